"""Named word lists of the data files load, refuse a name given twice and a list asked for that is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from legation.errors import LexiconError
from legation.lexicon import read_word_lists, word_list, word_lists


def test_a_file_of_lists_reads_each_list_as_a_set_of_words(tmp_path: Path) -> None:
    path = tmp_path / "lists.yaml"
    path.write_text("lists:\n  - {list: greeting, words: [hello, hi]}\n  - {list: parting, words: [bye]}\n")
    assert read_word_lists(path) == {"greeting": frozenset({"hello", "hi"}), "parting": frozenset({"bye"})}


def test_a_list_named_twice_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "lists.yaml"
    path.write_text("lists:\n  - {list: greeting, words: [hello]}\n  - {list: greeting, words: [hi]}\n")
    with pytest.raises(LexiconError, match=r"lists.yaml:3: list: 'greeting' is given twice"):
        read_word_lists(path)


def test_an_entry_without_words_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "lists.yaml"
    path.write_text("lists:\n  - {list: greeting}\n")
    with pytest.raises(LexiconError, match="words: missing"):
        read_word_lists(path)


def test_a_missing_list_fails_loudly_not_with_an_empty_list() -> None:
    with pytest.raises(LexiconError, match="no list 'no-such-list'"):
        word_list("meeting_lists.yaml", "no-such-list")


@pytest.mark.parametrize(
    ("name", "list_name", "word"),
    [
        ("meeting_lists.yaml", "opening", "open"),
        ("fuse_lists.yaml", "honorifics", "mr"),
        ("time.yaml", "plan-lemmas", "schedule"),
        ("actors.yaml", "umbrellas", "Council"),
        ("statement_lists.yaml", "colon-labels", "h/t"),
    ],
)
def test_the_bundled_lists_load(name: str, list_name: str, word: str) -> None:
    assert word in word_list(name, list_name)
    assert all(w == w.strip() and w for words in word_lists(name).values() for w in words)
