"""CSV exports: default columns, a column mapping, delimiters, and bad files and rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from legation.errors import BadRecord, ConfigError, EmptyDocument, IngestError
from legation.ingest import read_paths
from legation.ingest.tables import parse_column_option
from legation.model import Document

TEXT = "Kenya and Tanzania agreed in Arusha on Monday to reopen two border crossings, trade ministers said."


def _read(tmp_path: Path, name: str, content: str, **kwargs: object) -> list[Document | IngestError]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return list(read_paths([path], **kwargs))  # type: ignore[arg-type]


def test_default_columns(tmp_path: Path) -> None:
    content = (
        "id,url,source,published,title,text\n"
        f'k1,https://east.example/a,East Daily,2031-03-03,Crossings to reopen,"{TEXT}"\n'
        f'k2,,,2031-03-04T08:00:00Z,,"A second report.\n\nWith two paragraphs, and a comma."\n'
    )
    first, second = _read(tmp_path, "export.csv", content)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, first.url, first.source, first.title) == (
        "k1",
        "https://east.example/a",
        "East Daily",
        "Crossings to reopen",
    )
    assert first.published == dt.date(2031, 3, 3) and first.text == TEXT
    assert first.path == f"{tmp_path / 'export.csv'}:2"
    assert (second.source, second.url, second.title) == (None, None, None)
    assert second.text == "A second report.\n\nWith two paragraphs, and a comma."
    assert second.path == f"{tmp_path / 'export.csv'}:3"


def test_a_column_mapping_and_another_delimiter(tmp_path: Path) -> None:
    content = f"date;outlet;body\n2031-03-03;East Daily;{TEXT}\n"
    (doc,) = _read(
        tmp_path, "export.csv", content, columns={"text": "body", "published": "date", "source": "outlet"}
    )
    assert isinstance(doc, Document)
    assert (doc.published, doc.source, doc.text) == (dt.date(2031, 3, 3), "East Daily", TEXT)


def test_tab_separated(tmp_path: Path) -> None:
    (doc,) = _read(tmp_path, "export.tsv", f"published\ttext\n2031-03-03\t{TEXT}\n")
    assert isinstance(doc, Document) and doc.text == TEXT


def test_a_csv_without_the_text_column_is_one_error(tmp_path: Path) -> None:
    (error,) = _read(tmp_path, "export.csv", f"published,body\n2031-03-03,{TEXT}\n")
    assert isinstance(error, BadRecord)
    assert str(error) == (
        f"{tmp_path / 'export.csv'}:1: no 'text' column for the text (columns: published, body); "
        "map the text column with --column text=NAME"
    )


def test_bad_rows_are_reported_by_line_and_the_others_read(tmp_path: Path) -> None:
    content = (
        "published,text\n"
        f'2031-03-03,"{TEXT}"\n'
        "2031-03-04\n"
        f'not a date,"{TEXT}"\n'
        "2031-03-05,,\n"
        f'2031-03-06,"{TEXT} Later."\n'
    )
    items = _read(tmp_path, "export.csv", content)
    assert [(type(i).__name__, getattr(i, "line", None)) for i in items] == [
        ("Document", None),
        ("BadRecord", 3),
        ("BadDate", 4),
        ("BadRecord", 5),
        ("Document", None),
    ]
    assert "1 fields, but the header has 2" in str(items[1])


@pytest.mark.parametrize(
    "content, error, message",
    [
        ("", EmptyDocument, "has no header row"),
        ("published,text\n", EmptyDocument, "has a header but no rows"),
    ],
)
def test_empty_csv(tmp_path: Path, content: str, error: type[IngestError], message: str) -> None:
    (item,) = _read(tmp_path, "export.csv", content)
    assert type(item) is error and message in str(item)


def test_column_option() -> None:
    assert parse_column_option(["text=body", " published = date "]) == {"text": "body", "published": "date"}
    with pytest.raises(ConfigError, match="expected FIELD=COLUMN"):
        parse_column_option(["body"])
    with pytest.raises(ConfigError, match=r"unknown field.*'summary'"):
        parse_column_option(["summary=body"])


def test_a_bad_mapping_is_refused_before_any_file_is_read(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"unknown field\(s\) 'body'"):
        list(read_paths([tmp_path / "missing.csv"], columns={"body": "text"}))
