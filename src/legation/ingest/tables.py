"""CSV (and TSV) exports: one document per row, with a column mapping.

The default columns are the model's field names (``id, url, source, published, title, text``); only
``text`` is required. Exports that call them otherwise are read with a mapping from field to column,
``read_paths(..., columns={"text": "body", "published": "date"})`` (``--column text=body`` on the
command line). The delimiter (comma, semicolon, tab or bar) is detected from the header. A file without
the text column is one error; a bad row is one error naming its line; the other rows are still read.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator, Mapping

from legation.errors import BadRecord, ConfigError, EmptyDocument, IngestError
from legation.ingest.records import RECORD_FIELDS, record_document
from legation.ingest.registry import register_reader
from legation.ingest.source import ReadOptions, Source
from legation.model import Document

_DELIMITERS = ",;\t|"


def column_mapping(columns: Mapping[str, str]) -> dict[str, str]:
    """Model field → column name, the defaults completed by the user's mapping.

    Raises :class:`ConfigError` for a field the model does not have.
    """
    unknown = sorted(set(columns) - set(RECORD_FIELDS))
    if unknown:
        raise ConfigError(
            f"column mapping: unknown field(s) {', '.join(map(repr, unknown))}; "
            f"map one of {', '.join(RECORD_FIELDS)} to a column name (e.g. text=body)"
        )
    return {field: columns.get(field, field) for field in RECORD_FIELDS}


def parse_column_option(values: list[str]) -> dict[str, str]:
    """``["text=body", "published=date"]`` (the CLI's repeated ``--column``) as a mapping."""
    mapping: dict[str, str] = {}
    for value in values:
        field, sep, column = value.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ConfigError(f"--column {value!r}: expected FIELD=COLUMN, e.g. text=body")
        mapping[field.strip()] = column.strip()
    column_mapping(mapping)
    return mapping


def read_csv(source: Source, options: ReadOptions) -> Iterator[Document | IngestError]:
    """One document per row under a header row."""
    mapping = column_mapping(options.columns)
    lines = iter(source.lines())
    header_line = next((i for i in lines if isinstance(i, IngestError) or i[1].strip()), None)
    if header_line is None:
        yield EmptyDocument(source.name, "the file has no header row")
        return
    if isinstance(header_line, IngestError):
        yield header_line
        return
    _, header_text = header_line
    dialect = _dialect(source, header_text)
    numbers: list[int] = []

    def feed() -> Iterator[str]:
        yield header_text
        for item in lines:
            if isinstance(item, IngestError):
                errors.append(item)
                continue
            numbers.append(item[0])
            yield item[1]

    errors: list[IngestError] = []
    csv.field_size_limit(min(sys.maxsize, options.max_bytes))
    reader = csv.reader(feed(), dialect)
    try:
        header = [h.strip() for h in next(reader)]
    except csv.Error as exc:
        yield BadRecord(source.name, f"bad header row: {exc}", 1)
        return
    if mapping["text"] not in header:
        yield BadRecord(
            source.name,
            f"no {mapping['text']!r} column for the text (columns: {', '.join(header)}); "
            "map the text column with --column text=NAME",
            1,
        )
        return
    seen = False
    while True:
        start = len(numbers)
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield from _flush(errors)
            yield BadRecord(source.name, f"bad row: {exc}", numbers[start] if start < len(numbers) else None)
            continue
        yield from _flush(errors)
        line = numbers[start] if start < len(numbers) else None
        if not any(cell.strip() for cell in row):
            continue
        seen = True
        if len(row) != len(header):
            yield BadRecord(source.name, f"{len(row)} fields, but the header has {len(header)}", line)
            continue
        cells = dict(zip(header, row, strict=True))
        record = {field: cells.get(column) for field, column in mapping.items()}
        try:
            yield record_document(
                record, options, source.name, line, path=f"{source.name}:{line}", fields=mapping
            )
        except IngestError as exc:
            yield exc
    yield from _flush(errors)
    if not seen:
        yield EmptyDocument(source.name, "the file has a header but no rows")


def _flush(errors: list[IngestError]) -> Iterator[IngestError]:
    yield from errors
    errors.clear()


def _dialect(source: Source, header: str) -> type[csv.Dialect] | csv.Dialect:
    if source.name.lower().endswith(".tsv"):
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(header, delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel


register_reader("csv", (".csv", ".tsv"), read_csv, streams=True)
