"""The one extension point for input formats: a registry of readers.

A reader is a function from a :class:`~legation.ingest.source.Source` (a file or fetched page, opened
lazily under the size limit) to the documents and per-document errors it holds. The built-in readers
(seed/plain text, JSONL, CSV, RSS/Atom, HTML) register themselves with :func:`register_reader` exactly
as a user's own reader would, so adding a format never means editing :func:`legation.ingest.read_paths`.

A reader is chosen by file extension; a file given by name whose extension no reader claims is
offered to each reader's ``sniff`` (which sees the first bytes), and read as text if none claims it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from legation.errors import ConfigError, IngestError
from legation.model import Document

if TYPE_CHECKING:
    from legation.ingest.source import ReadOptions, Source

ReadFunction = Callable[["Source", "ReadOptions"], Iterable[Document | IngestError]]
SniffFunction = Callable[[bytes], bool]

#: How many bytes of a file ``sniff`` functions see.
SNIFF_BYTES = 2048


def _never(_head: bytes) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class Reader:
    """A registered input format.

    ``extensions`` are lower-case with the dot (``".jsonl"``); ``sniff`` recognises the format from the
    first :data:`SNIFF_BYTES` bytes when the extension does not say; ``binary`` readers get the raw bytes
    unchecked (text readers are refused files with NUL bytes or invalid UTF-8 before they see them);
    ``streams`` readers read their source record by record (``Source.lines``), so the size limit and
    the text checks apply to each record, not to the file.
    """

    name: str
    extensions: tuple[str, ...]
    read: ReadFunction
    sniff: SniffFunction = field(default=_never)
    binary: bool = False
    streams: bool = False


_READERS: dict[str, Reader] = {}


def register_reader(
    name: str,
    extensions: Iterable[str],
    read: ReadFunction,
    *,
    sniff: SniffFunction | None = None,
    binary: bool = False,
    streams: bool = False,
    replace: bool = False,
) -> Reader:
    """Register a reader for ``extensions``; later registrations win an extension only with ``replace``.

    Raises :class:`ConfigError` when the name or an extension is already taken, so two plug-ins never
    silently fight over a format.
    """
    exts = tuple(e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions)
    reader = Reader(name, exts, read, sniff or _never, binary, streams)
    if not replace:
        if name in _READERS:
            raise ConfigError(f"a reader named {name!r} is already registered; pass replace=True")
        taken = {e: r.name for r in _READERS.values() for e in r.extensions}
        clashes = [f"{e} ({taken[e]})" for e in exts if e in taken]
        if clashes:
            raise ConfigError(
                f"reader {name!r}: extensions already registered: {', '.join(clashes)}; pass replace=True"
            )
    else:
        for other in list(_READERS.values()):
            if other.name != name and set(other.extensions) & set(exts):
                kept = tuple(e for e in other.extensions if e not in exts)
                _READERS[other.name] = Reader(
                    other.name, kept, other.read, other.sniff, other.binary, other.streams
                )
    _READERS[name] = reader
    return reader


def unregister_reader(name: str) -> None:
    """Remove a reader (for tests and plug-ins that replace a built-in)."""
    _READERS.pop(name, None)


def readers() -> tuple[Reader, ...]:
    """Every registered reader, in registration order."""
    return tuple(_READERS.values())


def reader_named(name: str) -> Reader:
    try:
        return _READERS[name]
    except KeyError:
        known = ", ".join(sorted(_READERS))
        raise ConfigError(f"no reader named {name!r} (known: {known})") from None


def reader_for_extension(suffix: str) -> Reader | None:
    """The reader claiming a file extension (``".txt"``), or None."""
    suffix = suffix.lower()
    for reader in _READERS.values():
        if suffix in reader.extensions:
            return reader
    return None


def sniff_reader(head: bytes) -> Reader | None:
    """The first reader whose ``sniff`` recognises these leading bytes, or None."""
    for reader in _READERS.values():
        if reader.sniff(head):
            return reader
    return None


def known_extensions() -> frozenset[str]:
    return frozenset(e for r in _READERS.values() for e in r.extensions)
