"""Input partitions: a corpus read as a Dask bag on the workers, ingested by the client in order.

    bag = read_partitions("corpus/")            # folder of reports, JSONL exports, Parquet files
    report = ingest_partitions(store, bag, client)

A partition is a group of small files (seed format, plain text, HTML, feeds, CSV), one JSONL file or
one Parquet row group; the workers read and clean them with the same readers as ``legation ingest``
(:func:`legation.ingest.read_file`; Parquet rows go through the JSONL record rules). The bag holds
:class:`~legation.model.Document` items and, for what could not be read,
:class:`~legation.model.DocumentError` items (an exception does not survive the trip between
processes intact). :func:`ingest_partitions` writes them to the store from the client process, in the
order ``legation ingest`` would read the same path, so near-duplicates are linked to the same
originals and the store is the one a single-process ingest gives.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed import Client, Future

from legation.errors import ConfigError, IngestError
from legation.model import Document, DocumentError

#: Small files (one document each) read by one task.
FILES_PER_PARTITION = 100
#: Partitions read ahead of the one being ingested.
READ_AHEAD = 4
PARQUET_SUFFIXES = frozenset({".parquet", ".pq"})

Item = Document | DocumentError


@dataclass(frozen=True, slots=True)
class Piece:
    """One unit of input: a file, or one row group of a Parquet file (``first_row`` counted from 1)."""

    path: str
    row_group: int | None = None
    first_row: int = 1


def read_partitions(
    paths: str | Path | Iterable[str | Path],
    *,
    date: dt.date | None = None,
    files_per_partition: int = FILES_PER_PARTITION,
) -> Any:
    """A ``dask.bag`` of the documents (and read errors) under ``paths``, one partition per input piece.

    ``date`` is the publication date of plain-text files without one (as ``legation ingest --date``).
    Raises :class:`ConfigError` for a path that does not exist or a folder with nothing to read.
    """
    import dask.bag

    if files_per_partition < 1:
        raise ConfigError(f"files per partition must be at least 1, got {files_per_partition}")
    given = [paths] if isinstance(paths, (str, Path)) else list(paths)
    partitions = _partitions(list(_pieces(given)), files_per_partition)
    bag = dask.bag.from_sequence(partitions, npartitions=len(partitions))  # type: ignore[no-untyped-call]
    return bag.map_partitions(_read_partition, date=date)


def _pieces(paths: list[str | Path]) -> Iterator[Piece]:
    from legation.ingest.registry import known_extensions

    extensions = known_extensions() | PARQUET_SUFFIXES
    for given in paths:
        path = Path(given)
        if path.is_dir():
            # The order of legation.ingest.read_paths: sorted by path parts, hidden files left out.
            found = [
                p
                for p in sorted(path.rglob("*"), key=lambda p: p.relative_to(path).parts)
                if p.is_file()
                and p.suffix.lower() in extensions
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            if not found:
                raise ConfigError(
                    f"{path}: no files to read (known extensions: {', '.join(sorted(extensions))})"
                )
            for file in found:
                yield from _file_pieces(file)
        elif path.is_file():
            yield from _file_pieces(path)
        else:
            raise ConfigError(f"{path}: no such file or directory")


def _file_pieces(path: Path) -> Iterator[Piece]:
    if path.suffix.lower() not in PARQUET_SUFFIXES:
        yield Piece(str(path))
        return
    import pyarrow.parquet as pq

    try:
        metadata = pq.ParquetFile(path).metadata
    except (OSError, ValueError) as exc:  # pyarrow raises ArrowInvalid (a ValueError) for non-Parquet
        raise ConfigError(f"{path}: not a readable Parquet file ({exc})") from None
    first = 1
    for group in range(metadata.num_row_groups):
        yield Piece(str(path), group, first)
        first += metadata.row_group(group).num_rows


def _partitions(pieces: list[Piece], files_per_partition: int) -> list[list[Piece]]:
    """Consecutive small files share a partition; a record file or row group gets one of its own."""
    partitions: list[list[Piece]] = []
    run: list[Piece] = []
    for piece in pieces:
        if piece.row_group is None and Path(piece.path).suffix.lower() not in _RECORD_SUFFIXES:
            run.append(piece)
            if len(run) == files_per_partition:
                partitions.append(run)
                run = []
            continue
        if run:
            partitions.append(run)
            run = []
        partitions.append([piece])
    if run:
        partitions.append(run)
    return partitions


_RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines", ".csv", ".tsv"})


def _read_partition(partitions: Iterable[list[Piece]], date: dt.date | None) -> list[Item]:
    """Run on a worker: the documents of each piece of a partition, errors as :class:`DocumentError`."""
    from legation.ingest import ReadOptions, read_file

    options = ReadOptions(date=date)
    items: list[Item] = []
    for pieces in partitions:
        for piece in pieces:
            read = (
                read_file(Path(piece.path), options)
                if piece.row_group is None
                else _read_row_group(piece, options)
            )
            for item in read:
                items.append(
                    DocumentError(item.source, item.reason, item.line)
                    if isinstance(item, IngestError)
                    else item
                )
    return items


def _read_row_group(piece: Piece, options: Any) -> Iterator[Document | IngestError]:
    """The rows of one Parquet row group, read with the JSONL record rules (``text``, ``published``...)."""
    import pyarrow.parquet as pq

    from legation.ingest.records import record_document

    assert piece.row_group is not None
    try:
        rows = pq.ParquetFile(piece.path).read_row_group(piece.row_group).to_pylist()
    except (OSError, ValueError) as exc:
        yield IngestError(piece.path, f"cannot read row group {piece.row_group}: {exc}")
        return
    for number, record in enumerate(rows, start=piece.first_row):
        try:
            yield record_document(record, options, piece.path, number, path=f"{piece.path}:{number}")
        except IngestError as exc:
            yield exc


def ingest_partitions(
    store: Any, bag: Any, client: Client, *, read_ahead: int = READ_AHEAD, batch_size: int | None = None
) -> Any:
    """Ingest a bag from :func:`read_partitions` into ``store`` (a :class:`legation.store.Store`).

    The workers read up to ``read_ahead`` partitions ahead; the client writes them in bag order, one
    transaction per ``batch_size`` documents. Returns the store's :class:`~legation.store.IngestReport`.
    """
    from legation.store.ingesting import BATCH_SIZE

    return store.ingest(items_of(bag, client, read_ahead=read_ahead), batch_size=batch_size or BATCH_SIZE)


def items_of(bag: Any, client: Client, *, read_ahead: int = READ_AHEAD) -> Iterator[Document | IngestError]:
    """The bag's items in order, computed on the cluster a few partitions ahead of the consumer.

    Errors come back as :class:`IngestError`, which is what :meth:`legation.store.Store.ingest` takes.
    """
    if read_ahead < 1:
        raise ConfigError(f"read-ahead must be at least 1 partition, got {read_ahead}")
    waiting = deque(bag.to_delayed())
    running: deque[Future[list[Item]]] = deque()
    while waiting or running:
        while waiting and len(running) <= read_ahead:
            running.append(client.compute(waiting.popleft()))  # type: ignore[no-untyped-call]
        future = running.popleft()
        items = future.result()
        future.release()  # type: ignore[no-untyped-call]
        for item in items:
            yield (
                IngestError(item.source, item.reason, item.line) if isinstance(item, DocumentError) else item
            )
