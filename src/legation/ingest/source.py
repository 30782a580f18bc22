"""One input (a file, or a page fetched from a URL) opened safely for a reader.

Readers never open files themselves: a :class:`Source` checks the size limit before reading anything
(a 20 MB file is refused from its ``stat``), refuses binary data (NUL bytes) and bytes that are not
UTF-8 (naming the byte offset), and drops a UTF-8 byte order mark. UTF-16 and UTF-32 are read when a
byte order mark says so (Windows tools write them); without one they are refused as what they look
like ("UTF-16 without BOM"), not as binary data. Record formats (JSONL, CSV) stream
the file line by line instead, so the limit applies to each record and a large export still reads.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from legation.errors import EmptyDocument, IngestError, NotText, TooLarge

#: Largest document (or record) read, in bytes; above it a document is refused with :class:`TooLarge`.
MAX_BYTES = 10 * 1024 * 1024

BOM = b"\xef\xbb\xbf"
#: Byte order marks of the Unicode encodings read besides UTF-8; UTF-32 first, as its little-endian
#: mark begins with UTF-16's.
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
#: Bytes looked at to tell UTF-16 without a BOM from binary data.
_WIDE_SAMPLE = 4096


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
                "split the file or raise the limit (--max-bytes; max_bytes in the API)",
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
            if wide_bom(self._data) is not None:
                yield from self._wide_lines(io.BytesIO(self._data))
                return
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
            if wide_bom(handle.read(4)) is not None:
                handle.seek(0)
                yield from self._wide_lines(handle)
                return
            handle.seek(0)
            yield from self._decode_lines(iter(handle))

    def _wide_lines(self, handle: BinaryIO) -> Iterator[tuple[int, str] | IngestError]:
        """The lines of UTF-16/UTF-32 input with a byte order mark, decoded as they are read."""
        found = wide_bom(handle.read(4))
        assert found is not None
        mark, encoding, label = found
        handle.seek(len(mark))
        text = io.TextIOWrapper(handle, encoding=encoding, newline="")
        number = 0
        try:
            for number, line in enumerate(text, start=1):
                if len(line.encode(encoding)) > self.max_bytes:
                    yield TooLarge(
                        self.name,
                        f"the record is over the size limit of {_megabytes(self.max_bytes)}",
                        number,
                    )
                elif "\x00" in line:
                    yield NotText(self.name, "binary data (a NUL character); give a text file", number)
                else:
                    yield number, line
        except UnicodeDecodeError:
            yield NotText(self.name, f"not {label} text after line {number}; convert the file to UTF-8")
        finally:
            text.detach()

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


def wide_bom(data: bytes) -> tuple[bytes, str, str] | None:
    """``(mark, codec, label)`` when ``data`` starts with a UTF-32 or UTF-16 byte order mark."""
    for mark, encoding, label in WIDE_BOMS:
        if data.startswith(mark):
            return mark, encoding, label
    return None


def decode(data: bytes, name: str, *, base: int = 0) -> str:
    """Bytes as text: UTF-8, or UTF-16/UTF-32 with a byte order mark; :class:`NotText` otherwise, naming
    the byte offset of the first bad byte."""
    wide = wide_bom(data)
    if wide is not None:
        return _decode_wide(data, name, wide)
    nul = data.find(b"\x00")
    if nul >= 0:
        order = _utf16_order(data)
        if order is not None:
            raise NotText(
                name,
                f"UTF-16 without BOM ({order}); convert the file to UTF-8, "
                "or save it as UTF-16 with a byte order mark",
            )
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


def _decode_wide(data: bytes, name: str, wide: tuple[bytes, str, str]) -> str:
    mark, encoding, label = wide
    try:
        text = data[len(mark) :].decode(encoding)
    except UnicodeDecodeError as exc:
        raise NotText(
            name,
            f"not {label} text: bad bytes at byte offset {len(mark) + exc.start}; convert the file to UTF-8",
        ) from None
    if "\x00" in text:
        raise NotText(name, f"binary data (a NUL character in {label} text); give a text file")
    return text


def _utf16_order(data: bytes) -> str | None:
    """ "little-endian"/"big-endian" when NUL bytes sit at every other position, as in mostly-Latin text
    written as UTF-16 without a byte order mark; None for other data (binary files)."""
    sample = data[: _WIDE_SAMPLE - _WIDE_SAMPLE % 2]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0 and sample[i - 1] != 0)
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0 and sample[i + 1] != 0)
    if odd >= 0.9 * pairs:
        return "little-endian"
    if even >= 0.9 * pairs:
        return "big-endian"
    return None
