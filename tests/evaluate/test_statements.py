"""Statements: (file, speaker) facts, with the date and party given for each speaker."""

from __future__ import annotations

from typing import Any

from legation.evaluate import score
from legation.model import Statement

from .factories import counts, dossier, gold, gold_track, statement, track

GOLD_STATEMENTS = [
    {
        "file": "a.txt",
        "speaker": "Rosa Villanueva",
        "aliases": ["Villanueva"],
        "party": "Peru",
        "date": "2024-03-04",
    },
    {
        "file": "a.txt",
        "speaker": "Japanese Fisheries Agency",
        "aliases": ["the Agency"],
        "party": "Japan",
        "date": "2024-03-05",
        "also_accepted": {"date": ["2024-03-06"]},
    },
    {"file": "b.txt", "speaker": "Rosa Villanueva", "party": "Peru", "date": None},
    {"file": "b.txt", "speaker": "Andean Wire", "party": None, "optional": True},
]


def _score(*statements: Statement) -> Any:
    return score(dossier(track(statements=statements)), gold(gold_track(statements=GOLD_STATEMENTS)))


def test_speakers_match_by_name_or_alias_in_the_same_file() -> None:
    e = _score(
        statement("Villanueva", "d1"),
        statement("Rosa Villanueva", "d1"),  # same fact again: collapses
        statement("agency", "d1"),  # alias "the Agency" after dropping "the"
        statement("Villanueva", "d2"),  # alias only listed for a.txt's fact: no match in b.txt
    )
    assert counts(e, "statements") == (2, 1, 1)


def test_unmatched_speakers_are_one_false_positive_per_distinct_name_and_file() -> None:
    e = _score(
        statement("Kenji Mori", "d1"),
        statement("kenji  mori", "d1"),
        statement("Kenji Mori", "d2"),
        statement("Andean Wire", "d2"),  # optional: neither way
    )
    assert counts(e, "statements") == (0, 2, 3)


def test_statement_date_any_statement_of_the_speaker_may_carry_it() -> None:
    e = _score(
        statement("Rosa Villanueva", "d1"),
        statement("Villanueva", "d1", date="2024-03-04"),
        statement("Japanese Fisheries Agency", "d1", date="2024-03-06"),  # also accepted
        statement("Rosa Villanueva", "d2", date="2024-03-09"),  # gold date null: not scored
    )
    assert counts(e, "statement_date") == (2, 0, 0)


def test_statement_date_wrong_or_missing() -> None:
    e = _score(statement("Rosa Villanueva", "d1", date="2024-03-01"), statement("the Agency", "d1"))
    assert counts(e, "statement_date") == (0, 1, 2)


def test_statement_party() -> None:
    e = _score(
        statement("Rosa Villanueva", "d1", party="peru"),
        statement("Japanese Fisheries Agency", "d1", party="Peru"),
        statement("Rosa Villanueva", "d2"),
    )
    assert counts(e, "statement_party") == (1, 1, 2)


def test_statements_of_an_unknown_file_are_false() -> None:
    e = score(
        dossier(track(statements=(statement("Rosa Villanueva", "d9"),))),
        gold(gold_track(statements=GOLD_STATEMENTS)),
    )
    assert counts(e, "statements") == (0, 1, 3)
