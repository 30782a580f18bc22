"""The reader registry: a user's reader plugs in exactly as the built-in ones do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from legation.errors import BadRecord, ConfigError, IngestError
from legation.ingest import (
    ReadOptions,
    Source,
    build_document,
    read_paths,
    readers,
    register_reader,
    unregister_reader,
)
from legation.model import Document


def read_memo(source: Source, options: ReadOptions) -> Iterator[Document | IngestError]:
    """A toy format: '[MEMO] DATE|text' per paragraph."""
    for number, block in enumerate(source.text().split("\n\n"), start=1):
        day, sep, text = block.partition("|")
        if not sep:
            yield BadRecord(source.name, "expected 'DATE|text'", number)
            continue
        yield build_document(
            text, published=dt.date.fromisoformat(day.removeprefix("MEMO").strip()), name=source.name
        )


@pytest.fixture
def memo_reader() -> Iterator[None]:
    register_reader("memo", [".memo"], read_memo, sniff=lambda head: head.startswith(b"MEMO"))
    yield
    unregister_reader("memo")


def test_built_in_readers_are_registered() -> None:
    names = {r.name for r in readers()}
    assert {"text", "jsonl"} <= names
    assert ".txt" in next(r for r in readers() if r.name == "text").extensions


def test_a_users_reader_is_used_for_its_extension_in_directories(tmp_path: Path, memo_reader: None) -> None:
    (tmp_path / "a.memo").write_text(
        "2031-01-05|Kenya and Tanzania met in Arusha.\n\nno separator here", encoding="utf-8"
    )
    items = list(read_paths([tmp_path]))
    assert [type(i).__name__ for i in items] == ["Document", "BadRecord"]
    assert isinstance(items[0], Document) and items[0].published == dt.date(2031, 1, 5)


def test_sniffing_picks_a_reader_for_a_file_without_a_known_extension(
    tmp_path: Path, memo_reader: None
) -> None:
    path = tmp_path / "notes"
    path.write_text("MEMO 2031-01-05|Kenya and Tanzania met in Arusha.", encoding="utf-8")
    (item,) = read_paths([path])
    assert isinstance(item, Document) and item.text == "Kenya and Tanzania met in Arusha."


def test_an_extension_cannot_be_taken_twice(memo_reader: None) -> None:
    with pytest.raises(ConfigError, match=r"\.memo \(memo\)"):
        register_reader("other-memo", [".memo"], read_memo)
    with pytest.raises(ConfigError, match="already registered"):
        register_reader("memo", [".m2"], read_memo)
