"""Bad input to the store: URLs that cannot be opened, read-only files, a full disk, foreign schemas."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from legation.errors import StoreError
from legation.store import open_store
from legation.store.engine import create
from legation.store.migrate import head, upgrade

from .helpers import make_document

SENTENCE = "Delegations from Chile and Peru met in Lima on Tuesday to discuss water rights along the border."


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("://no-scheme", "not a database URL"),
        ("mysql://someone@db.example/legation", "SQLite or PostgreSQL only"),
        ("sqlite:////no/such/folder/anywhere/store.db", "does not exist"),
        ("postgresql://someone:s3cret@127.0.0.1:1/legation", "cannot open the database"),
    ],
)
def test_url_that_cannot_be_opened(url: str, words: str) -> None:
    with pytest.raises(StoreError, match=words) as caught:
        open_store(url)
    assert "s3cret" not in str(caught.value)


def test_newer_schema_is_refused(store_url: str) -> None:
    open_store(store_url).close()
    engine = create(store_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer legation"):
        open_store(store_url)


def test_older_schema_is_migrated_with_a_notice(store_url: str) -> None:
    engine = create(store_url)
    assert upgrade(engine, "0001") is None  # a new store: no notice
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO documents (id, content_hash, published, language, text, state, ingested_at) "
                "VALUES ('old-1', 'h1', '2031-03-01', 'en', :t, 'pending', '2031-03-01 00:00:00')"
            ),
            {"t": SENTENCE},
        )
    engine.dispose()
    with open_store(store_url) as store:
        assert store.notices == [f"{store.url}: store migrated from schema version 0001 to {head()}"]
        assert store.stats()["documents"] == 1
        assert [hit.document_id for hit in store.search("water rights")] == ["old-1"]
    with open_store(store_url) as store:
        assert store.notices == []


def test_migrated_schema_matches_the_models(store_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from legation.store.schema import Base

    open_store(store_url).close()
    engine = create(store_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"include_object": lambda obj, name, kind, *_: not (name or "").startswith("search_index")},
        )
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


@pytest.mark.parametrize("how", ["uri-mode-ro", "file-permissions"])
def test_read_only_database(tmp_path: Path, how: str) -> None:
    path = tmp_path / "store.db"
    with open_store(f"sqlite:///{path}") as store:
        store.ingest([make_document("d1", SENTENCE)])
    if how == "uri-mode-ro":
        url = f"sqlite:///file:{path}?mode=ro&uri=true"
    else:
        if os.geteuid() == 0:
            pytest.skip("root ignores file permissions; the uri-mode-ro case covers this")
        path.chmod(0o444)
        tmp_path.chmod(0o555)
        url = f"sqlite:///{path}"
    try:
        with open_store(url) as store:
            assert store.stats()["documents"] == 1  # reading still works
            with pytest.raises(StoreError, match="read-only") as caught:
                store.ingest([make_document("d2", SENTENCE.replace("Tuesday", "Friday"), 2)])
            assert "nothing of it was kept" in str(caught.value)
    finally:
        tmp_path.chmod(0o755)
        path.chmod(0o644)
    with open_store(f"sqlite:///{path}") as store:
        assert store.stats()["documents"] == 1


def test_full_disk_rolls_the_batch_back(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = open_store(f"sqlite:///{path}")
    store.ingest([make_document("d0", SENTENCE)])
    with store.engine.connect() as connection:
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar_one())
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def _small_disk(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    big = [make_document(f"d{i}", f"Report {i}. " + SENTENCE * 40, 2) for i in range(1, 30)]
    with pytest.raises(StoreError, match="disk is full") as caught:
        store.ingest(big, batch_size=100)
    assert "nothing of it was kept" in str(caught.value)
    store.close()
    with open_store(f"sqlite:///{path}") as store:
        assert store.stats()["documents"] == 1
        report = store.ingest(big, batch_size=100)  # space again: the rerun stores everything
        assert report.added == len(big)
        assert store.stats()["documents"] == 1 + len(big)


def test_opening_an_existing_store_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "new.db"
    with pytest.raises(StoreError, match=r"new\.db: no store here .* does not exist"):
        open_store(f"sqlite:///{missing}", existing=True)
    assert not missing.exists()


def test_opening_an_existing_store_refuses_a_database_without_one(store_url: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(store_url)
    with engine.connect() as connection:  # a database, but not a legation store
        connection.execute(text("CREATE TABLE other (x INTEGER)"))
        connection.commit()
    engine.dispose()
    with pytest.raises(StoreError, match="holds no legation store"):
        open_store(store_url, existing=True)
    with open_store(store_url) as store:  # writers still create the schema
        assert store.stats()["documents"] == 0
    with open_store(store_url, existing=True) as store:
        assert store.stats()["tracks_to_re_fuse"] == 0
