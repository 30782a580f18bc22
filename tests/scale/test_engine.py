"""The Dask engine gives the store a single-process build gives, even when a worker dies mid-run."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from distributed.diagnostics.plugin import WorkerPlugin

from legation.errors import ConfigError
from legation.model import Document, to_dict
from legation.scale import DaskEngine, ingest_partitions, read_partitions
from legation.store import open_store

pytestmark = pytest.mark.slow


def _dask_build(url: str, corpus: Path, client: Any) -> dict[str, Any]:
    with open_store(url) as store:
        ingest_partitions(store, read_partitions(corpus), client, read_ahead=2)
        # Small store batches and partitions: several batches, each split across both workers.
        report = store.build(DaskEngine(client, partition_size=4), batch_size=16)
        return {"report": report, "stats": store.stats(), "dossier": to_dict(store.dossier())}


def test_dask_build_equals_single_process_build(
    corpus: Path, reference: dict[str, Any], client: Any, tmp_path: Path
) -> None:
    built = _dask_build(f"sqlite:///{tmp_path / 'dask.db'}", corpus, client)
    assert built["stats"] == reference["stats"]
    assert built["dossier"] == reference["dossier"]  # same facts, tracks, rounds and ids
    stats = built["stats"]
    assert (stats["analysed"], stats["duplicates"], stats["skipped"], stats["errors"]) == (38, 1, 1, 1)
    assert stats["tracks"] == 4 and stats["rounds"] > 4 and stats["facts"]["statement"] > 0
    assert built["report"].analysed == 38


def test_each_worker_loads_the_model_once(corpus: Path, client: Any) -> None:
    from legation.nlp import load_model

    documents = [d for d in read_partitions(corpus).compute(scheduler="sync") if isinstance(d, Document)]
    analyses = DaskEngine(client, partition_size=2).analyse(documents[:12])  # 6 tasks on 2 workers
    assert [a.document.id for a in analyses] == [d.id for d in documents[:12]]
    # The plugin loaded it at start-up; the tasks only ever hit the per-process cache.
    loads = client.run(lambda: load_model.cache_info().misses)
    assert len(loads) == 2
    assert set(loads.values()) == {1}


class KillOnce(WorkerPlugin):
    """Kills the worker process the first time it starts analysing a partition (once per marker file)."""

    name = "test-kill-once"

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        if finish == "executing" and str(key).startswith("legation-analyse-"):
            try:
                os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                return
            os._exit(1)


def test_killed_worker_does_not_lose_or_duplicate(
    corpus: Path, reference: dict[str, Any], client: Any, tmp_path: Path
) -> None:
    marker = tmp_path / "killed"
    before = set(client.run(os.getpid).values())
    client.register_plugin(KillOnce(str(marker)))
    try:
        built = _dask_build(f"sqlite:///{tmp_path / 'killed.db'}", corpus, client)
    finally:
        client.unregister_worker_plugin(KillOnce.name)
    assert marker.exists()  # a worker did die in the middle of a partition
    client.wait_for_workers(2)
    assert set(client.run(os.getpid).values()) != before  # and its nanny started a new one
    assert built["stats"] == reference["stats"]
    assert built["dossier"] == reference["dossier"]


def test_partition_size_must_be_positive(client: Any) -> None:
    with pytest.raises(ConfigError, match="partition size"):
        DaskEngine(client, partition_size=0)


def test_batch_size_gives_each_worker_several_partitions(client: Any) -> None:
    assert DaskEngine(client, partition_size=8).batch_size == 2 * 16 * 8
    assert DaskEngine(client, partition_size=8).analyse([]) == []
