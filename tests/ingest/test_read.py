"""read_paths: every reader from a table of real-shaped files, directories, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from legation.errors import BadDate, BadDateLine, BadRecord, EmptyDocument, IngestError, NotText, TooLarge
from legation.ingest import MAX_BYTES, read_paths
from legation.model import Document

ARTICLE = (
    "Chile and Peru held a second round of talks on water rights in Arica on Tuesday, the Chilean "
    "foreign ministry said.\n\nThe delegations agreed to meet again in Tacna next month."
)


def _read(tmp_path: Path, name: str, content: str | bytes, **kwargs: object) -> list[Document | IngestError]:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return list(read_paths([path], **kwargs))  # type: ignore[arg-type]


def _jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


@pytest.mark.parametrize(
    "name, content, expected",
    [
        (
            "seed.txt",
            f" date 2030-05-07 Water talks in Arica\n\n{ARTICLE}\n",
            {"published": dt.date(2030, 5, 7), "title": "Water talks in Arica", "source": None},
        ),
        (
            "wire.txt",
            f"date 2030-05-08\n\nARICA, Chile, May 7 (Reuters) - {ARTICLE}\n",
            {
                "published": dt.date(2030, 5, 8),
                "written": dt.date(2030, 5, 7),
                "source": "Reuters",
                "dateline_place": "Arica",
            },
        ),
        (
            "export.jsonl",
            _jsonl(
                {
                    "id": "cp-1",
                    "url": "https://example.org/a",
                    "source": "Andes Daily",
                    "published": "2030-05-07T22:15:00-05:00",
                    "title": "Water talks",
                    "text": ARTICLE,
                }
            ),
            {
                "id": "cp-1",
                "published": dt.date(2030, 5, 7),
                "source": "Andes Daily",
                "title": "Water talks",
                "url": "https://example.org/a",
            },
        ),
        (
            "noext",
            f" date 2030-05-07\n{ARTICLE}\n",
            {"published": dt.date(2030, 5, 7)},
        ),
        (
            "dump.data",
            _jsonl({"published": "2030-05-07", "text": ARTICLE}),
            {"published": dt.date(2030, 5, 7)},
        ),
    ],
)
def test_readers(tmp_path: Path, name: str, content: str, expected: dict[str, object]) -> None:
    (doc,) = _read(tmp_path, name, content)
    assert isinstance(doc, Document), doc
    for field, value in expected.items():
        assert getattr(doc, field) == value, field
    assert doc.text.startswith("Chile and Peru held a second round")
    assert "\n\nThe delegations agreed" in doc.text
    assert doc.language == "en"


def test_document_path_and_content_id(tmp_path: Path) -> None:
    records = _jsonl(
        {"published": "2030-05-07", "text": ARTICLE}, {"published": "2030-05-07", "text": ARTICLE}
    )
    first, second = _read(tmp_path, "a.jsonl", records)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.path, second.path) == (f"{tmp_path / 'a.jsonl'}:1", f"{tmp_path / 'a.jsonl'}:2")
    assert first.id == second.id and first.id.startswith("d") and len(first.id) == 17
    (again,) = _read(tmp_path, "b.txt", f" date 2030-05-07\n{ARTICLE}")
    assert isinstance(again, Document) and again.id == first.id  # same text, same day, same id
    (later,) = _read(tmp_path, "c.txt", f" date 2030-05-08\n{ARTICLE}")
    assert isinstance(later, Document) and later.id != first.id


def test_directories_are_read_recursively_in_sorted_order_by_extension(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(f" date 2030-05-02\n{ARTICLE} Two.", encoding="utf-8")
    (tmp_path / "a.txt").write_text(f" date 2030-05-01\n{ARTICLE} One.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        _jsonl({"published": "2030-05-03", "text": ARTICLE + " Three."}), encoding="utf-8"
    )
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not read")
    (tmp_path / ".hidden.txt").write_text("not read", encoding="utf-8")
    docs = list(read_paths([tmp_path]))
    assert [d.published.day for d in docs if isinstance(d, Document)] == [1, 2, 3]
    assert len(docs) == 3


def test_one_bad_document_never_loses_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f" date 2030-05-01\n{ARTICLE}", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c.txt").write_text(f" date 2030-05-03\n{ARTICLE}", encoding="utf-8")
    kinds = [type(d).__name__ for d in read_paths([tmp_path, tmp_path / "missing.txt"])]
    assert kinds == ["Document", "NotText", "Document", "IngestError"]


@pytest.mark.parametrize(
    "name, content, error, message",
    [
        ("empty.txt", "", EmptyDocument, r"empty\.txt: the file is empty"),
        ("blank.txt", "  \n\n \t\n", EmptyDocument, r"blank\.txt: the file is empty"),
        ("only-date.txt", " date 2030-05-01 \n\n", EmptyDocument, r"only-date\.txt: no text to analyse"),
        (
            "furniture.txt",
            " date 2030-05-01\nAdvertisement\n\nShare this article\n",
            EmptyDocument,
            r"no text to analyse",
        ),
        ("nodate.txt", "Chile and Peru met.\n", BadDateLine, r"nodate\.txt:1: expected ' date YYYY-MM-DD '"),
        (
            "baddate.txt",
            " date 2030-02-30\nText.\n",
            BadDate,
            r"baddate\.txt:1: '2030-02-30' is not a calendar date",
        ),
        (
            "latin1.txt",
            " date 2030-05-01\nCaf\xe9 talks.\n".encode("latin-1"),
            NotText,
            r"latin1\.txt: not UTF-8 text: byte 0xe9 at byte offset 20",
        ),
        (
            "nul.txt",
            b" date 2030-05-01\nab\x00cd\n",
            NotText,
            r"nul\.txt: binary data \(a NUL byte at byte offset 19\)",
        ),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", NotText, r"image\.png: binary data"),
        ("bad.jsonl", "{not json\n", BadRecord, r"bad\.jsonl:1: not valid JSON"),
        ("list.jsonl", "[1, 2]\n", BadRecord, r"list\.jsonl:1: expected a JSON object, found list"),
        (
            "notext.jsonl",
            '{"published": "2030-05-01"}\n',
            BadRecord,
            r"notext\.jsonl:1: field 'text' is missing",
        ),
        (
            "nodate.jsonl",
            '{"text": "Chile and Peru met."}\n',
            BadDate,
            r"nodate\.jsonl:1: no publication date",
        ),
        (
            "baddate.jsonl",
            '{"published": "yesterday", "text": "Chile and Peru met."}\n',
            BadDate,
            r"baddate\.jsonl:1: published: 'yesterday' is not a date",
        ),
        ("empty.jsonl", "\n\n", EmptyDocument, r"empty\.jsonl: the file has no records"),
    ],
)
def test_bad_input(
    tmp_path: Path, name: str, content: str | bytes, error: type[IngestError], message: str
) -> None:
    (item,) = _read(tmp_path, name, content)
    assert type(item) is error
    assert item.source == str(tmp_path / name)
    assert re.search(message, str(item)), str(item)


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    (doc,) = _read(tmp_path, "bom.txt", b"\xef\xbb\xbf date 2030-05-01\n" + ARTICLE.encode())
    assert isinstance(doc, Document) and doc.published == dt.date(2030, 5, 1)
    (rec,) = _read(
        tmp_path, "bom.jsonl", b"\xef\xbb\xbf" + _jsonl({"published": "2030-05-01", "text": ARTICLE}).encode()
    )
    assert isinstance(rec, Document)


def test_a_malformed_jsonl_line_is_reported_and_the_others_read(tmp_path: Path) -> None:
    content = _jsonl(
        {"published": "2030-05-01", "text": ARTICLE},
        '{"published": "2030-05-02", "text": ',
        {"published": "2030-05-03", "text": ARTICLE + " Later."},
    )
    items = _read(tmp_path, "feed.jsonl", content)
    assert [type(i).__name__ for i in items] == ["Document", "BadRecord", "Document"]
    assert isinstance(items[1], BadRecord) and items[1].line == 2


def test_a_file_over_the_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)  # sparse: 20 MB of NUL bytes that are never read
    (item,) = read_paths([big])
    assert isinstance(item, TooLarge)
    assert "20.0 MB is over the size limit of 10.0 MB" in str(item)
    assert MAX_BYTES == 10 * 1024 * 1024


def test_the_limit_applies_to_each_jsonl_record(tmp_path: Path) -> None:
    small = _jsonl({"published": "2030-05-01", "text": ARTICLE})
    large = _jsonl({"published": "2030-05-01", "text": ARTICLE * 20})
    items = _read(tmp_path, "mixed.jsonl", small + large + small, max_bytes=len(small) + 10)
    assert [type(i).__name__ for i in items] == ["Document", "TooLarge", "Document"]
    assert isinstance(items[1], TooLarge) and items[1].line == 2


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    (item,) = read_paths([tmp_path / "nowhere.txt"])
    assert type(item) is IngestError and "no such file or directory" in str(item)


def test_a_directory_without_known_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (item,) = read_paths([tmp_path])
    assert type(item) is IngestError and "no files to read" in str(item)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path, encoding: str) -> None:
    text = f" date 2030-05-07 Water talks in Arica\n\n{ARTICLE} Café, Ñuñoa.\n"
    data = text.encode(encoding)
    if not encoding.endswith("-be"):
        assert data[:2] == b"\xff\xfe"  # Python's utf-16/utf-32 codecs write a little-endian BOM
    else:
        data = ("\ufeff" + text).encode(encoding)
    found = _read(tmp_path, "wide.txt", data)
    assert [type(d) for d in found] == [Document]
    document = found[0]
    assert isinstance(document, Document)
    assert document.published == dt.date(2030, 5, 7) and document.title == "Water talks in Arica"
    assert "Ñuñoa" in document.text


def test_utf16_records_and_sniffing_without_an_extension(tmp_path: Path) -> None:
    records = _jsonl(
        {"id": "a", "published": "2030-05-07", "text": ARTICLE},
        {"id": "b", "published": "2030-05-08", "text": ARTICLE + " Again."},
    )
    found = _read(tmp_path, "feed.jsonl", records.encode("utf-16"))
    assert [d.id for d in found if isinstance(d, Document)] == ["a", "b"]
    unnamed = _read(tmp_path, "report", f" date 2030-05-07\n{ARTICLE}\n".encode("utf-16"))
    assert [type(d) for d in unnamed] == [Document]


def test_utf16_without_a_byte_order_mark_is_named_as_such(tmp_path: Path) -> None:
    found = _read(tmp_path, "nobom.txt", f" date 2030-05-07\n{ARTICLE}\n".encode("utf-16-le"))
    assert len(found) == 1 and isinstance(found[0], NotText)
    assert "UTF-16 without BOM (little-endian)" in found[0].reason
    binary = _read(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    assert isinstance(binary[0], NotText) and binary[0].reason.startswith("binary data")
