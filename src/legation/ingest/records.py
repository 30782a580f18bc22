"""Record formats (JSONL, CSV): one document per record, one error per bad record.

Both map a record's fields onto the model's (``id, url, source, published, title, text``) and share the
rules here: ``text`` is required, ``published`` is an ISO date or datetime (or another form
:func:`legation.ingest.dates.parse_date` reads); without one the date is taken from the top of the text,
else from ``--date``, else the record is refused. A bad record never stops the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from legation.errors import BadDate, BadRecord, EmptyDocument, IngestError
from legation.ingest.dates import date_near_top, parse_date
from legation.ingest.document import build_document
from legation.ingest.registry import register_reader
from legation.ingest.source import ReadOptions, Source
from legation.model import Document

#: The model fields a record may carry.
RECORD_FIELDS = ("id", "url", "source", "published", "title", "text")


def resolve_published(
    value: Any, text: str, options: ReadOptions, name: str, line: int | None, field: str = "published"
) -> dt.date:
    """The publication date of a record or page: metadata, else the top of the text, else ``--date``."""
    if value not in (None, ""):
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value))
        except ValueError as exc:
            raise BadDate(name, f"{field}: {exc}", line) from None
    found = date_near_top(text)
    if found is not None:
        return found
    if options.date is not None:
        return options.date
    raise BadDate(
        name, f"no publication date: no '{field}' value and no date at the top of the text; give --date", line
    )


def record_document(
    record: Mapping[str, Any],
    options: ReadOptions,
    name: str,
    line: int | None,
    *,
    path: str,
    fields: Mapping[str, str] | None = None,
) -> Document:
    """A document from one record whose keys are the model's field names (after any column mapping).

    ``fields`` names each model field as the user's data calls it, for error messages.
    """
    fields = fields or {}
    text_field = fields.get("text", "text")
    text = record.get("text")
    if text is None or text == "":
        raise BadRecord(name, f"field {text_field!r} is missing or empty", line)
    if not isinstance(text, str):
        raise BadRecord(name, f"field {text_field!r} must be a string, found {type(text).__name__}", line)
    published = resolve_published(
        record.get("published"), text, options, name, line, fields.get("published", "published")
    )
    strings: dict[str, str | None] = {}
    for key in ("id", "url", "source", "title"):
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            raise BadRecord(
                name, f"field {fields.get(key, key)!r} must be a string, found {type(value).__name__}", line
            )
        strings[key] = (str(value).strip() or None) if value is not None else None
    return build_document(
        text,
        published=published,
        name=name,
        line=line,
        title=strings["title"],
        source=strings["source"],
        url=strings["url"],
        path=path,
        doc_id=strings["id"],
    )


def read_jsonl(source: Source, options: ReadOptions) -> Iterator[Document | IngestError]:
    """One document per JSON object line; blank lines are skipped."""
    import json

    seen = False
    for item in source.lines():
        if isinstance(item, IngestError):
            yield item
            continue
        number, line = item
        if not line.strip():
            continue
        seen = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(source.name, f"not valid JSON: {exc.msg} (column {exc.colno})", number)
            continue
        if not isinstance(record, dict):
            yield BadRecord(source.name, f"expected a JSON object, found {type(record).__name__}", number)
            continue
        try:
            yield record_document(record, options, source.name, number, path=f"{source.name}:{number}")
        except IngestError as exc:
            yield exc
    if not seen:
        yield EmptyDocument(source.name, "the file has no records")


def sniff_jsonl(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


register_reader("jsonl", (".jsonl", ".ndjson", ".jsonlines"), read_jsonl, sniff=sniff_jsonl, streams=True)
