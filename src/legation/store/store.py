"""The :class:`Store`: one object over a database that the CLI, the web app and ``legation run`` share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine

from legation.errors import StoreError
from legation.model import DocumentError, Dossier, Track
from legation.store import building, ingesting, reading, search
from legation.store.engine import create, parse_url, shown, transaction
from legation.store.migrate import upgrade
from legation.store.url import resolve_url


class Store:
    """A legation store. Open it with :func:`open_store`; every method is one or more transactions.

    ``notices`` holds messages for the user about opening it (e.g. a schema migration).
    """

    def __init__(self, engine: Engine, notices: list[str]) -> None:
        self.engine = engine
        self.notices = notices

    @property
    def url(self) -> str:
        return shown(self.engine.url)

    # --- writing ---------------------------------------------------------------------------------------

    def ingest(
        self,
        items: Iterable[ingesting.Item],
        *,
        date: dt.date | None = None,
        batch_size: int = ingesting.BATCH_SIZE,
        progress: Callable[[int], None] | None = None,
        max_bytes: int | None = None,
    ) -> ingesting.IngestReport:
        """Store documents, or the documents read from paths (files, folders); idempotent by content."""
        return ingesting.ingest(
            self.engine, items, date=date, batch_size=batch_size, progress=progress, max_bytes=max_bytes
        )

    def build(
        self,
        engine: Any = None,
        *,
        batch_size: int = building.BATCH_SIZE,
        progress: building.Progress | None = None,
    ) -> building.BuildReport:
        """Analyse the documents not yet analysed and re-fuse the tracks they touch.

        ``engine``: None for the NLP stage in this process; or a callable (or an object with an
        ``analyse`` method) mapping a list of documents to their analyses, e.g. the Dask engine.
        ``progress(done, total)`` is called after each stored batch.
        """
        return building.build(
            self.engine, building.analyser_of(engine), batch_size=batch_size, progress=progress
        )

    # --- reading ---------------------------------------------------------------------------------------

    def dossier(self, track_ids: list[str] | None = None) -> Dossier:
        with transaction(self.engine, "reading the dossier", write=False) as connection:
            return reading.dossier(connection, track_ids)

    def stats(self) -> dict[str, Any]:
        with transaction(self.engine, "counting", write=False) as connection:
            return reading.stats(connection)

    def search(self, query: str, limit: int = 20) -> list[search.SearchHit]:
        with transaction(self.engine, "searching", write=False) as connection:
            return search.search(connection, query, limit)

    def tracks(self) -> list[reading.TrackSummary]:
        with transaction(self.engine, "listing tracks", write=False) as connection:
            return reading.tracks(connection)

    def track(self, track_id: str) -> Track | None:
        with transaction(self.engine, "reading a track", write=False) as connection:
            return reading.track(connection, track_id)

    def track_stamp(self, track_id: str) -> str | None:
        """A digest of the stored track: cheap to read, so a cache can tell whether to decode it again."""
        with transaction(self.engine, "reading a track stamp", write=False) as connection:
            return reading.track_stamp(connection, track_id)

    def documents(
        self, *, track_id: str | None = None, state: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[reading.DocumentSummary]:
        with transaction(self.engine, "listing documents", write=False) as connection:
            return reading.documents(connection, track_id=track_id, state=state, limit=limit, offset=offset)

    def document(self, doc_id: str) -> reading.DocumentRecord | None:
        with transaction(self.engine, "reading a document", write=False) as connection:
            return reading.document(connection, doc_id)

    def errors(self) -> list[DocumentError]:
        """Documents that could not be read, as kept by ingest."""
        with transaction(self.engine, "listing errors", write=False) as connection:
            return reading.errors(connection)

    # --- lifetime --------------------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, *_exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> None:
        self.close()


def open_store(url: str | None = None, *, migrate: bool = True, existing: bool = False) -> Store:
    """Open (creating or migrating as needed) the store at ``url`` (resolved by :func:`resolve_url`).

    ``existing``: the caller only reads (``stats``, ``search``, ``serve``, ``export``), so a store that
    does not exist is an error, not something to create: a mistyped ``--db`` must not leave an empty
    SQLite file behind. Raises :class:`~legation.errors.StoreError` if it cannot be opened or migrated.
    """
    resolved = resolve_url(url)
    if existing:
        _check_file_exists(resolved)
    engine = create(resolved)
    notices: list[str] = []
    if existing and not _has_schema(engine):
        engine.dispose()
        raise StoreError(f"{shown(engine.url)}: holds no legation store; {_FILL}")
    if migrate:
        try:
            notice = upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        if notice:
            notices.append(notice)
    return Store(engine, notices)


#: How to fill a store, for the messages of commands that only read one.
_FILL = "fill one with `legation run PATHS` (or `legation ingest PATHS` and `legation build`), or give --db"


def _check_file_exists(url: str) -> None:
    """A SQLite store file that is not there: refused before SQLite would create it."""
    parsed = parse_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return
    if parsed.query.get("uri") or "mode=memory" in url:
        return
    path = Path(database).expanduser()
    if not path.exists():
        raise StoreError(f"{shown(parsed)}: no store here ({path} does not exist); {_FILL}")


def _has_schema(engine: Engine) -> bool:
    from alembic.runtime.migration import MigrationContext

    with transaction(engine, "reading the schema version", write=False) as connection:
        return MigrationContext.configure(connection).get_current_revision() is not None
