"""Calendar stretches of TIMEX3 values: the days a week, month, season or year names."""

from __future__ import annotations

import datetime as dt

import pytest

from legation.time.values import holds, is_day, stretch


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2006-W47", "2006-11-20", "2006-11-26"),
        ("2007-01", "2007-01-01", "2007-01-31"),
        ("2008-02", "2008-02-01", "2008-02-29"),
        ("2006-Q4", "2006-10-01", "2006-12-31"),
        ("2007-H1", "2007-01-01", "2007-06-30"),
        ("2006-WI", "2006-12-01", "2007-02-28"),
        ("2007", "2007-01-01", "2007-12-31"),
        ("2006-11-20", "2006-11-20", "2006-11-20"),
    ],
)
def test_stretch_gives_the_first_and_last_day(value: str, first: str, last: str) -> None:
    assert stretch(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["FUTURE_REF", "PXD", "199", "", "2006-13"])
def test_a_vague_or_broken_value_has_no_stretch(value: str) -> None:
    assert stretch(value) is None


def test_holds_tells_whether_a_day_is_in_a_stretch() -> None:
    assert holds("2006-W47", "2006-11-20T14:00")
    assert not holds("2006-W47", "2006-11-27")
    assert not holds("FUTURE_REF", "2006-11-20")


@pytest.mark.parametrize(
    ("value", "day"), [("2006-11-20", True), ("FUTURE_REF", False), ("2006-W47-WE", False)]
)
def test_a_day_is_told_from_a_reference_word_of_the_same_length(value: str, day: bool) -> None:
    assert is_day(value) is day
