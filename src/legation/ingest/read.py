"""``read_paths``: every document under the given paths, and an error for each one that cannot be read.

Errors are yielded, not raised, so that one bad file (or one bad line of a JSONL export) never loses
the others; the caller decides what to do with them (the pipeline keeps them in the dossier).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from legation.errors import ConfigError, IngestError
from legation.ingest.registry import (
    SNIFF_BYTES,
    Reader,
    known_extensions,
    reader_for_extension,
    reader_named,
    sniff_reader,
)
from legation.ingest.source import MAX_BYTES, ReadOptions, Source, wide_bom
from legation.ingest.tables import column_mapping
from legation.model import Document

#: The reader for a file named on the command line whose format neither extension nor content tells.
FALLBACK_READER = "text"


def read_paths(
    paths: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    max_bytes: int = MAX_BYTES,
    columns: Mapping[str, str] | None = None,
) -> Iterator[Document | IngestError]:
    """Documents from files, directories (recursively, by extension, in sorted order) and URLs.

    ``date`` is the publication date of plain-text files without a date line; ``columns`` maps model
    fields to CSV column names; ``max_bytes`` is the size limit of one document or record. A bad
    ``columns`` or ``max_bytes`` raises :class:`ConfigError` when iteration starts, before any file is read.
    """
    if max_bytes <= 0:
        raise ConfigError(f"max_bytes must be a positive number of bytes, got {max_bytes}")
    column_mapping(columns or {})  # a bad mapping is the caller's error, refused before any file is read
    options = ReadOptions(date=date, max_bytes=max_bytes, columns=dict(columns or {}))
    for given in paths:
        if isinstance(given, str) and given.startswith(("http://", "https://")):
            yield from _read_url(given, options)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _read_directory(path, options)
        elif path.is_file():
            yield from read_file(path, options)
        elif path.exists():
            yield IngestError(str(path), "not a regular file or directory")
        else:
            yield IngestError(str(path), "no such file or directory")


def read_file(
    path: Path, options: ReadOptions, reader: Reader | None = None
) -> Iterator[Document | IngestError]:
    """The documents of one file, with the reader its extension (else its first bytes) selects."""
    source = Source(str(path), path=path, max_bytes=options.max_bytes)
    try:
        reader = reader or reader_for_extension(path.suffix) or _sniff(source)
    except OSError as exc:
        yield IngestError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    yield from run_reader(reader, source, options)


def run_reader(reader: Reader, source: Source, options: ReadOptions) -> Iterator[Document | IngestError]:
    """Run a reader; an error it raises becomes one yielded error for its source."""
    try:
        if not (reader.binary or reader.streams):
            source.text()  # refuse binary, non-UTF-8, empty or oversized input before parsing it
        yield from reader.read(source, options)
    except IngestError as exc:
        yield exc


def _sniff(source: Source) -> Reader:
    return sniff_reader(_utf8_head(source.head(SNIFF_BYTES))) or reader_named(FALLBACK_READER)


def _utf8_head(head: bytes) -> bytes:
    """The first bytes as the sniffers expect them: UTF-16/UTF-32 (with a BOM) transcoded to UTF-8."""
    wide = wide_bom(head)
    if wide is None:
        return head
    mark, encoding, _label = wide
    return head[len(mark) :].decode(encoding, errors="ignore").encode("utf-8")


def _read_directory(root: Path, options: ReadOptions) -> Iterator[Document | IngestError]:
    extensions = known_extensions()
    found = False
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).parts):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in parts) or not path.is_file():
            continue
        if path.suffix.lower() in extensions:
            found = True
            yield from read_file(path, options)
    if not found:
        yield IngestError(str(root), f"no files to read (known extensions: {', '.join(sorted(extensions))})")


def _read_url(url: str, options: ReadOptions) -> Iterator[Document | IngestError]:
    from legation.ingest.fetch import fetch

    try:
        data, suffix = fetch(url, options.max_bytes)
    except IngestError as exc:
        yield exc
        return
    source = Source(url, data=data, max_bytes=options.max_bytes)
    reader = (
        sniff_reader(_utf8_head(data[:SNIFF_BYTES]))
        or reader_for_extension(suffix)
        or reader_named(FALLBACK_READER)
    )
    yield from run_reader(reader, source, options)
