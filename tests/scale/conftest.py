"""Scale fixtures: a hand-written corpus, its single-process store (the reference) and a 2-worker cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scale.corpus import write_corpus

CORPUS_SIZE = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of JSONL part files: 40 hand-written reports and one malformed record."""
    return write_corpus(tmp_path_factory.mktemp("corpus") / "news", CORPUS_SIZE)


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Stats and dossier JSON of the corpus ingested and built in this process (no Dask)."""
    from legation.model import to_dict
    from legation.store import open_store

    url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'single.db'}"
    with open_store(url) as store:
        store.ingest([corpus])
        store.build()
        return {"stats": store.stats(), "dossier": to_dict(store.dossier())}


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A LocalCluster of 2 single-threaded worker processes, with the model loaded on each."""
    from legation.scale import close_client, start_client

    client = start_client(workers=2)
    try:
        yield client
    finally:
        close_client(client)
