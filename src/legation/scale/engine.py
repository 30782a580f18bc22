"""The Dask engine: the NLP stage as Dask tasks, one partition of documents per task.

``Store.build(engine=DaskEngine(client))`` hands the engine each batch of pending documents; the engine
cuts the batch into partitions, runs :func:`analyse_partition` on the workers and gives the analyses
back to the store, which writes them and re-fuses the touched tracks in the client process exactly as
a single-process build does. Extraction is a pure function of the document, so the store ends up with
the same facts, tracks and ids whichever worker analysed what.

Each worker process loads the spaCy model once: :class:`LoadModel` is a worker plugin that loads it
when the worker starts (and again when a killed worker is restarted by its nanny), and
:func:`legation.nlp.load_model` is cached per process, so tasks never load it themselves.

A worker that dies mid-task loses nothing: the scheduler re-runs its partitions on another worker
(up to ``distributed.scheduler.allowed-failures`` deaths per task), and nothing reaches the store
before every partition of the batch is back.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from legation.errors import ConfigError
from legation.model import Analysis, Document
from legation.pipeline import BATCH_SIZE as NLP_BATCH_SIZE

#: Documents per Dask task: about a second of parsing, so that the workers finish a batch together
#: (a batch waits for its slowest partition) while the scheduler's cost per task (milliseconds) is noise.
PARTITION_SIZE = 16
#: Partitions per worker in one store batch: the more, the smaller the share of a batch spent waiting
#: for the last partition; the batch is also one transaction (a crash redoes at most one).
PARTITIONS_PER_WORKER = 16
#: Seconds to wait for a scheduler given by address before giving up.
CONNECT_TIMEOUT = 10


class LoadModel(WorkerPlugin):
    """Load the English model when a worker starts, so that no task pays for it (or loads it twice)."""

    name = "legation-load-model"

    def setup(self, worker: Any) -> None:
        from legation.nlp import load_model

        load_model()


def analyse_partition(documents: list[Document], nlp_batch_size: int = NLP_BATCH_SIZE) -> list[Analysis]:
    """The task run on a worker: the NLP stage over one partition, with the worker's cached model."""
    from legation.pipeline import analyse

    return list(analyse(documents, batch_size=nlp_batch_size))


@dataclass
class DaskEngine:
    """An engine for :meth:`legation.store.Store.build`: analyses batches of documents on a Dask cluster.

    ``partition_size`` documents go to one task; ``nlp_batch_size`` is the ``nlp.pipe`` batch inside a
    task. The client is not owned: close it (or use :func:`open_engine`) when done.
    """

    client: Client
    partition_size: int = PARTITION_SIZE
    nlp_batch_size: int = NLP_BATCH_SIZE

    def __post_init__(self) -> None:
        if self.partition_size < 1:
            raise ConfigError(f"partition size must be at least 1 document, got {self.partition_size}")

    @property
    def workers(self) -> int:
        """Workers connected right now (a cluster may grow or shrink during a build)."""
        return len(self.client.scheduler_info(n_workers=-1)["workers"])

    @property
    def batch_size(self) -> int:
        """A store batch that gives every worker :data:`PARTITIONS_PER_WORKER` partitions."""
        return max(1, self.workers) * PARTITIONS_PER_WORKER * self.partition_size

    def analyse(self, documents: list[Document]) -> list[Analysis]:
        """The analyses of ``documents`` (in their order), computed on the cluster."""
        if not documents:
            return []
        size = self.partition_size
        partitions = [documents[i : i + size] for i in range(0, len(documents), size)]
        run = uuid.uuid4().hex[:8]
        keys = [f"legation-analyse-{run}-{i}" for i in range(len(partitions))]
        futures = self.client.map(
            analyse_partition, partitions, nlp_batch_size=self.nlp_batch_size, key=keys, pure=False
        )
        try:
            results: list[list[Analysis]] = self.client.gather(futures)  # type: ignore[no-untyped-call]
        finally:
            for future in futures:
                future.release()  # type: ignore[no-untyped-call]
        return [analysis for part in results for analysis in part]


def start_client(
    scheduler: str | None = None,
    workers: int | None = None,
    *,
    memory_limit: str | int = "auto",
    timeout: float = CONNECT_TIMEOUT,
) -> Client:
    """A client on the scheduler at ``scheduler`` (an address or a scheduler file), else on a new local
    cluster of ``workers`` processes.

    A local cluster runs one single-threaded worker process per core (spaCy parses hold the GIL, so
    processes rather than threads). Every worker gets :class:`LoadModel`. Raises :class:`ConfigError`
    for a bad option, or a scheduler not reached within ``timeout`` seconds.
    """
    if scheduler is not None and workers is not None:
        raise ConfigError(
            "give either --scheduler (an existing cluster) or --workers (a local one), not both"
        )
    if workers is not None and workers < 1:
        raise ConfigError(f"--workers must be at least 1, got {workers}")
    if scheduler is not None:
        # A scheduler file (``dask scheduler --scheduler-file``, the usual way on SLURM) or an address.
        by_file = Path(scheduler).is_file()
        address = scheduler_file_address(Path(scheduler)) if by_file else scheduler
        try:
            client = Client(address, timeout=timeout)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError, ValueError) as exc:
            what = "scheduler file" if by_file else "address (tcp://HOST:8786)"
            raise ConfigError(
                f"cannot reach the Dask scheduler at {address!r} ({exc}); check the {what} and that "
                "`dask scheduler` is running there"
            ) from None
    else:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            memory_limit=memory_limit,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)  # type: ignore[no-untyped-call]
    try:
        client.register_plugin(LoadModel())
    except BaseException:
        close_client(client)
        raise
    return client


def scheduler_file_address(path: Path) -> str:
    """The scheduler address in a file written by ``dask scheduler --scheduler-file PATH``."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{path}: not a Dask scheduler file ({exc}); check the scheduler file") from None
    address = data.get("address") if isinstance(data, dict) else None
    if not isinstance(address, str) or not address:
        raise ConfigError(f'{path}: not a Dask scheduler file (no "address"); check the scheduler file')
    return address


def close_client(client: Client) -> None:
    """Close the client and, if :func:`start_client` made it one, its local cluster."""
    cluster = client.cluster
    client.close()  # type: ignore[no-untyped-call]
    if isinstance(cluster, LocalCluster):
        cluster.close()


@contextmanager
def open_engine(
    scheduler: str | None = None,
    workers: int | None = None,
    *,
    partition_size: int = PARTITION_SIZE,
    nlp_batch_size: int = NLP_BATCH_SIZE,
) -> Iterator[DaskEngine]:
    """A :class:`DaskEngine` on a scheduler or a local cluster (see :func:`start_client`), closed after."""
    client = start_client(scheduler, workers)
    try:
        yield DaskEngine(client, partition_size=partition_size, nlp_batch_size=nlp_batch_size)
    finally:
        close_client(client)
