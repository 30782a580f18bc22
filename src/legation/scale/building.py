"""``legation build --engine dask``: the command's options turned into a Dask build of a store."""

from __future__ import annotations

from typing import Any

from legation.errors import ConfigError
from legation.scale.engine import open_engine

ENGINES = ("local", "dask")


def build(
    store: Any,
    *,
    engine: str = "dask",
    scheduler: str | None = None,
    workers: int | None = None,
    batch_size: int | None = None,
) -> Any:
    """Build ``store`` (a :class:`legation.store.Store`) on a Dask cluster; its :class:`BuildReport`.

    ``scheduler`` is the address of an existing cluster, ``workers`` the size of a local one (default:
    one per core). ``batch_size`` is documents per store transaction (default: enough to give every
    worker several partitions). Raises :class:`ConfigError` for options that do not go together.
    """
    if engine not in ENGINES:
        raise ConfigError(f"--engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    if engine == "local":
        if scheduler is not None or workers is not None:
            raise ConfigError("--scheduler and --workers choose a Dask cluster: add --engine dask")
        return store.build(batch_size=batch_size) if batch_size else store.build()
    with open_engine(scheduler, workers) as dask_engine:
        return store.build(dask_engine, batch_size=batch_size or dask_engine.batch_size)
