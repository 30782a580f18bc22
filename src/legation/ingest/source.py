"""One input (a file, or a page fetched from a URL) opened safely for a reader.

Readers never open files themselves: a :class:`Source` checks the size limit before reading anything
(a 20 MB file is refused from its ``stat``), refuses binary data (NUL bytes) and bytes that are not
UTF-8 (naming the byte offset), and drops a UTF-8 byte order mark. Record formats (JSONL, CSV) stream
the file line by line instead, so the limit applies to each record and a large export still reads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from legation.errors import EmptyDocument, IngestError, NotText, TooLarge

#: Largest document (or record) read, in bytes; above it a document is refused with :class:`TooLarge`.
MAX_BYTES = 10 * 1024 * 1024

BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the caller of :func:`legation.ingest.read_paths` decided for every reader.

    ``date`` is the publication date of documents that carry none (plain text needs it); ``columns``
    maps model fields to CSV column names (``{"text": "body"}``); ``max_bytes`` is the size limit.
    """

    date: dt.date | None = None
    max_bytes: int = MAX_BYTES
    columns: Mapping[str, str] = field(default_factory=dict)


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


class Source:
    """A named input: a file path, or bytes already fetched (``name`` is then the URL)."""

    def __init__(
        self, name: str, *, path: Path | None = None, data: bytes | None = None, max_bytes: int = MAX_BYTES
    ) -> None:
        if (path is None) == (data is None):
            raise ValueError("a Source needs exactly one of path and data")
        self.name = name
        self.path = path
        self._data = data
        self._text: str | None = None
        self.max_bytes = max_bytes

    @property
    def url(self) -> str | None:
        """The URL the data was fetched from, for sources given as URLs."""
        return self.name if self.name.startswith(("http://", "https://")) else None

    @property
    def size(self) -> int:
        if self._data is not None:
            return len(self._data)
        assert self.path is not None
        return self.path.stat().st_size

    def head(self, n: int) -> bytes:
        """The first ``n`` bytes, for sniffing the format."""
        if self._data is not None:
            return self._data[:n]
        assert self.path is not None
        with self.path.open("rb") as handle:
            return handle.read(n)

    def _check_size(self) -> None:
        size = self.size
        if size > self.max_bytes:
            raise TooLarge(
                self.name,
                f"{_megabytes(size)} is over the size limit of {_megabytes(self.max_bytes)}; "
                "split the file or raise the limit (max_bytes)",
            )

    def read_bytes(self) -> bytes:
        """The whole content, after the size check; raises :class:`EmptyDocument` when there is none."""
        self._check_size()
        if self._data is not None:
            data = self._data
        else:
            assert self.path is not None
            try:
                data = self.path.read_bytes()
            except OSError as exc:
                raise IngestError(self.name, f"cannot read: {exc.strerror or exc}") from exc
        if not data.strip():
            raise EmptyDocument(self.name, "the file is empty")
        return data

    def text(self) -> str:
        """The content as text: no NUL bytes, valid UTF-8 (a leading BOM is dropped)."""
        if self._text is None:
            self._text = decode(self.read_bytes(), self.name)
        return self._text

    def lines(self) -> Iterator[tuple[int, str] | IngestError]:
        """``(line number, text)`` for every line, or an error for a line that is not text or too long.

        Only the line is lost, never the rest of the file.
        """
        if self._data is not None:
            handle_lines: Iterator[bytes] = iter(self._data.splitlines(keepends=True))
            yield from self._decode_lines(handle_lines)
            return
        assert self.path is not None
        try:
            handle = self.path.open("rb")
        except OSError as exc:
            yield IngestError(self.name, f"cannot read: {exc.strerror or exc}")
            return
        with handle:
            yield from self._decode_lines(iter(handle))

    def _decode_lines(self, raw_lines: Iterator[bytes]) -> Iterator[tuple[int, str] | IngestError]:
        offset = 0
        for number, raw in enumerate(raw_lines, start=1):
            start = offset
            offset += len(raw)
            if number == 1 and raw.startswith(BOM):
                raw = raw[len(BOM) :]
                start += len(BOM)
            if len(raw) > self.max_bytes:
                yield TooLarge(
                    self.name, f"the record is over the size limit of {_megabytes(self.max_bytes)}", number
                )
                continue
            try:
                yield number, decode(raw, self.name, base=start)
            except NotText as exc:
                yield NotText(exc.source, exc.reason, number)


def decode(data: bytes, name: str, *, base: int = 0) -> str:
    """Bytes as UTF-8 text; :class:`NotText` naming the byte offset of the first bad byte."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise NotText(name, f"binary data (a NUL byte at byte offset {base + nul}); give a text file")
    skip = len(BOM) if data.startswith(BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = base + skip + exc.start
        raise NotText(
            name,
            f"not UTF-8 text: byte 0x{data[skip + exc.start]:02x} at byte offset {at}; "
            "convert the file to UTF-8",
        ) from None
