"""Opening a database: SQLite (WAL mode, foreign keys, explicit transactions) or PostgreSQL (psycopg 3).

Every database error is turned into a :class:`~legation.errors.StoreError` that names the database and
says what to do; the transaction it happened in is rolled back, so the store never holds half a batch.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from legation.errors import StoreError

#: Seconds a SQLite writer waits for another writer's lock before giving up.
SQLITE_BUSY_TIMEOUT = 30
#: Execution option asking for a write transaction (SQLite ``BEGIN IMMEDIATE``): taking the write lock
#: up front means a batch never fails half-way because another process wrote in between.
WRITE = "legation_write"


def parse_url(url: str) -> URL:
    """Parse a database URL; ``postgresql://`` and ``postgres://`` mean PostgreSQL through psycopg 3."""
    try:
        parsed = make_url(url)
    except exc.ArgumentError as error:
        raise StoreError(
            f"{url}: not a database URL ({error}); use sqlite:///PATH or postgresql://..."
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"{shown(parsed)}: legation stores work on SQLite or PostgreSQL only")
    return parsed


def shown(url: URL | str) -> str:
    """A URL fit for a message: the password hidden."""
    parsed = url if isinstance(url, URL) else make_url(url)
    return parsed.render_as_string(hide_password=True)


def create(url: str) -> Engine:
    """An engine for ``url``, checked by connecting once; StoreError if the database cannot be opened."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(parsed)
    else:
        try:
            engine = create_engine(parsed, pool_pre_ping=True)
        except (exc.NoSuchModuleError, ImportError) as error:
            raise StoreError(
                f"{shown(parsed)}: the PostgreSQL driver is missing ({error}); install legation[postgres]"
            ) from None
    try:
        with engine.connect():
            pass
    except exc.DBAPIError as error:
        engine.dispose()
        raise StoreError(f"{shown(parsed)}: cannot open the database: {reason(error)}") from None
    return engine


def _sqlite_engine(url: URL) -> Engine:
    database = url.database
    memory = not database or database == ":memory:" or "mode=memory" in str(url)
    if not memory and database and not url.query.get("uri"):
        folder = Path(database).expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(
                f"{shown(url)}: the folder {folder} does not exist; create it or choose another --db"
            )
    kwargs: dict[str, Any] = {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT}}
    if memory:
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin: the module's own
        # handling commits before DDL, which would split a migration from its bookkeeping row.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        with contextlib.suppress(Exception):  # a read-only file cannot switch; reads still work
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses nothing committed
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT * 1000}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def reason(error: exc.DBAPIError) -> str:
    """The database's own words for an error, first line only, with advice for the common ones."""
    text = str(error.orig).strip().splitlines()[0] if error.orig is not None else str(error)
    lower = text.lower()
    if "disk is full" in lower or "no space left" in lower or "could not extend file" in lower:
        return f"{text} — the disk is full (or the database reached its size limit); free space and rerun"
    if "readonly" in lower or "read-only" in lower or "read only" in lower:
        return (
            f"{text} — the database is read-only; make the file (and its folder) writable or use another --db"
        )
    if "unable to open" in lower:
        return f"{text} — check that the path exists and is readable"
    if "locked" in lower:
        return f"{text} — another process holds the database; wait for it and rerun"
    return text


@contextlib.contextmanager
def transaction(engine: Engine, what: str, *, write: bool = True) -> Iterator[Connection]:
    """One transaction: committed when the block ends, rolled back (and a StoreError raised) on failure."""
    try:
        with engine.connect() as connection:
            if write:
                connection = connection.execution_options(**{WRITE: True})
            with connection.begin():
                yield connection
    except exc.DBAPIError as error:
        raise StoreError(
            f"{shown(engine.url)}: {what} failed, nothing of it was kept: {reason(error)}"
        ) from None
