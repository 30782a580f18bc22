"""Small SQL helpers shared by ingest and build."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, insert
from sqlalchemy.dialects import postgresql, sqlite

from legation.store.schema import Base

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def table_of(name: str) -> Table:
    return Base.metadata.tables[name]


def insert_rows(connection: Connection, name: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table_of(name)), rows)


def insert_new(connection: Connection, name: str, rows: list[dict[str, Any]]) -> None:
    """Insert rows, skipping those whose unique key is already there (idempotent bookkeeping)."""
    if not rows:
        return
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    connection.execute(dialect.insert(table_of(name)).on_conflict_do_nothing(), rows)
