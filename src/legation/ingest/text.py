"""The seed format and plain text.

Seed format: the first line is `` date YYYY-MM-DD `` (spaces around it optional), optionally followed on
the same line by the headline; the report follows. Plain text without that line takes its publication
date from the file name (``outlet_2016-06-09_slug.txt``, as archives and corpora name reports), else from
the caller (``--date``); a report without a date cannot be placed in time, so it is refused.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from legation.errors import BadDate, BadDateLine, IngestError
from legation.ingest.dates import date_in_name
from legation.ingest.document import build_document, looks_like_headline
from legation.ingest.registry import register_reader
from legation.ingest.source import BOM, ReadOptions, Source
from legation.model import Document

_DATE_LINE = re.compile(
    r"[^\S\n]*date[^\S\n]+(?P<date>\S+)(?:[^\S\n]+(?P<rest>.*?))?\s*", re.IGNORECASE | re.DOTALL
)
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SNIFF = re.compile(rb"[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}", re.IGNORECASE)
#: How much of a bad first line an error message quotes.
QUOTE_CHARS = 40


def _quote(line: str) -> str:
    """The start of a line for a message, cut at a word boundary."""
    line = line.strip()
    if len(line) <= QUOTE_CHARS:
        return line
    cut = line[:QUOTE_CHARS]
    if not line[QUOTE_CHARS].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + " …"


def _no_date_line(name: str, line: str, expected: str) -> BadDateLine:
    """The error of a file whose first line is no date line: what was expected where, what was found."""
    return BadDateLine(
        name,
        f"expected ' date YYYY-MM-DD ' {expected}, found {_quote(line)!r}; give --date for plain text",
        1,
    )


def parse_date_line(line: str, name: str) -> tuple[dt.date, str]:
    """The date and the rest (a headline, or nothing) of a seed-format first line.

    Raises :class:`BadDateLine` when the line is not `` date YYYY-MM-DD ...`` and :class:`BadDate` when
    it has that shape but the date is not on the calendar (``2023-02-30``).
    """
    found = _DATE_LINE.fullmatch(line)
    if found is None or not _DATE_SHAPE.fullmatch(found["date"]):
        raise _no_date_line(name, line, "on the first line")
    try:
        published = dt.date.fromisoformat(found["date"])
    except ValueError:
        raise BadDate(name, f"{found['date']!r} is not a calendar date (expected YYYY-MM-DD)", 1) from None
    return published, (found["rest"] or "").strip()


def read_text(source: Source, options: ReadOptions) -> Iterator[Document | IngestError]:
    """One document from a seed-format file, or from plain text dated by its file name or ``options.date``.

    The date line wins, then the file name (it names this one report), then the caller's date for
    every undated file; plain text is read the same whichever gave the date.
    """
    text = source.text()
    first, _, rest = text.partition("\n")
    title: str | None = None
    find_title = True
    try:
        published, headline = parse_date_line(first, source.name)
    except BadDateLine:
        dated = date_in_name(source.name) or options.date
        if dated is None:
            raise _no_date_line(
                source.name, first, "on the first line or a date (YYYY-MM-DD) in the file name"
            ) from None
        published, body = dated, text
    else:
        body = rest
        if headline and looks_like_headline(headline):
            title, find_title = headline, False
        elif headline:
            body, find_title = f"{headline}\n\n{rest}", False
    yield build_document(body, published=published, name=source.name, title=title, find_title=find_title)


def sniff_text(head: bytes) -> bool:
    return _SNIFF.match(head.removeprefix(BOM)) is not None


register_reader("text", (".txt", ".text"), read_text, sniff=sniff_text)
