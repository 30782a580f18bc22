"""Web test fixtures: the app over a SQLite store holding the hand-made record (``records.py``), and
HTTP clients for it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from legation.web import MemoryRepository, create_app

from . import records

with warnings.catch_warnings():  # starlette announces a future httpx change on import
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TOKEN = "a-long-test-token-0123456789"


@pytest.fixture(scope="session")
def record_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store file with the record's documents ingested and built (analyses from ``records.analyse``)."""
    from legation.store import open_store

    path = tmp_path_factory.mktemp("store") / "record.db"
    url = f"sqlite:///{path}"
    try:
        with open_store(url) as store:
            store.ingest(records.DOCUMENTS)
            store.build(engine=records.analyse)
    except ImportError as exc:  # a stage the store relies on is not committed yet
        pytest.skip(f"the store cannot ingest yet: {exc}")
    return url


@pytest.fixture()
def store(record_db: str, tmp_path: Path) -> Iterator[object]:
    """A fresh copy of the record's store for one test (writes do not leak into other tests)."""
    from legation.store import open_store

    source = Path(record_db.removeprefix("sqlite:///"))
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            (tmp_path / f"record.db{suffix}").write_bytes(Path(f"{source}{suffix}").read_bytes())
    with open_store(f"sqlite:///{tmp_path / 'record.db'}") as opened:
        yield opened


@pytest.fixture(params=["store", "memory"])
def repository(request: pytest.FixtureRequest) -> object:
    """The record behind the app: in the SQLite store (as ``legation serve`` reads it) or in memory."""
    if request.param == "memory":
        return MemoryRepository(records.DOSSIER, records.DOCUMENTS)
    return request.getfixturevalue("store")


@pytest.fixture()
def client(repository: object) -> Iterator[TestClient]:
    """A read-only app over the record."""
    with TestClient(create_app(repository, read_env=False)) as c:  # type: ignore[arg-type]
        yield c


@pytest.fixture()
def writer(store: object) -> Iterator[TestClient]:
    """The same app with a token configured, so ``POST /api/v1/documents`` is enabled."""
    with TestClient(create_app(store, token=TOKEN, max_body=20_000)) as c:  # type: ignore[arg-type]
        yield c
