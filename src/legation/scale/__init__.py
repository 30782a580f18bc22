"""Scale out on Dask: the NLP stage of a store build as Dask tasks, and corpora read as Dask bags.

    from legation.scale import open_engine, read_partitions, ingest_partitions
    with open_store(url) as store, open_engine(workers=2) as engine:   # or scheduler="tcp://host:8786"
        ingest_partitions(store, read_partitions("corpus/"), engine.client)
        store.build(engine=engine, batch_size=engine.batch_size)

Fusion and storage stay in the client process (SQLite has one writer), so the store is the one a
single-process build gives: same facts, same tracks, same ids. See ``docs/scale.md``.
Needs the ``scale`` extra (``pip install 'legation[scale]'``).
"""

from __future__ import annotations

import importlib.util

from legation.errors import ConfigError

if importlib.util.find_spec("distributed") is None:  # pragma: no cover - the dev environment has it
    raise ConfigError("the Dask engine needs dask and distributed: pip install 'legation[scale]'")

from legation.scale.building import ENGINES, build
from legation.scale.engine import (
    PARTITION_SIZE,
    DaskEngine,
    LoadModel,
    analyse_partition,
    close_client,
    open_engine,
    start_client,
)
from legation.scale.partitions import ingest_partitions, items_of, read_partitions

__all__ = [
    "ENGINES",
    "PARTITION_SIZE",
    "DaskEngine",
    "LoadModel",
    "analyse_partition",
    "build",
    "close_client",
    "ingest_partitions",
    "items_of",
    "open_engine",
    "read_partitions",
    "start_client",
]
