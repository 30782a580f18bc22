"""Time values: a partial gold list, matched by text and value per file."""

from __future__ import annotations

from typing import Any

import pytest

from legation.evaluate import score
from legation.model import Timex

from .factories import counts, dossier, gold, timex


def _score(timexes: tuple[Timex, ...], golds: list[dict[str, Any]]) -> Any:
    return score(dossier(timexes=timexes), gold(timexes=golds))


def g(text: str, value: str, file: str = "a.txt", **extra: Any) -> dict[str, Any]:
    return {"file": file, "text": text, "value": value, **extra}


@pytest.mark.parametrize(
    "stated, golds, expected",
    [
        ((timex("on Monday", "2024-03-04"),), [g("on Monday", "2024-03-04")], (1, 0, 0)),
        ((timex("On Monday", "2024-03-04"),), [g("on Monday", "2024-03-04")], (1, 0, 0)),
        ((timex("Monday", "2024-03-04"),), [g("on Monday", "2024-03-04")], (1, 0, 0)),
        ((timex("Monday", "2024-03-11"),), [g("on Monday", "2024-03-04")], (0, 1, 1)),
        ((timex("Monday", "2024-03-04", doc="d2"),), [g("on Monday", "2024-03-04")], (0, 0, 1)),
        ((timex("next year", "2025"),), [g("on Monday", "2024-03-04")], (0, 0, 1)),  # not in the gold list
        (
            (timex("last decade", "P10Y"),),
            [g("last decade", "P10Y", also_accepted={"value": ["PAST_REF"]})],
            (1, 0, 0),
        ),
        (
            (timex("last decade", "PAST_REF"),),
            [g("last decade", "P10Y", also_accepted={"value": ["PAST_REF"]})],
            (1, 0, 0),
        ),
        ((timex("the evening", "2024-03-04TEV"),), [g("the evening", "X", optional=True)], (0, 0, 0)),
    ],
)
def test_timex_rules(
    stated: tuple[Timex, ...], golds: list[dict[str, Any]], expected: tuple[int, int, int]
) -> None:
    assert counts(_score(stated, golds), "timexes") == expected


def test_mod_is_checked_only_when_the_gold_gives_one() -> None:
    golds = [g("about three hours", "PT3H", mod="APPROX"), g("two days", "P2D")]
    right = (
        timex("about three hours", "PT3H", mod="APPROX", type="DURATION"),
        timex("two days", "P2D", mod="EQUAL_OR_MORE"),
    )
    assert counts(_score(right, golds), "timexes") == (2, 0, 0)
    wrong = (timex("about three hours", "PT3H", type="DURATION"),)
    assert counts(_score(wrong, golds), "timexes") == (0, 1, 2)


def test_repeated_gold_text_needs_one_dossier_timex_each() -> None:
    golds = [g("on Friday", "2024-03-08"), g("On Friday", "2024-03-08")]
    one = (timex("Friday", "2024-03-08"),)
    assert counts(_score(one, golds), "timexes") == (1, 0, 1)
    two = (timex("On Friday", "2024-03-08"), timex("on Friday", "2024-03-08"))
    assert counts(_score(two, golds), "timexes") == (2, 0, 0)


def test_a_repeated_mention_with_an_accepted_value_is_not_held_against() -> None:
    golds = [g("2019", "2019")]
    assert counts(_score((timex("2019", "2019"), timex("2019", "2019")), golds), "timexes") == (1, 0, 0)
    assert counts(_score((timex("2019", "2019"), timex("2019", "2020")), golds), "timexes") == (1, 1, 0)


def test_a_range_matches_one_gold_value_per_end() -> None:
    golds = [g("2019", "2019"), g("2021", "2021")]
    ranged = (timex("between 2019 and 2021", "P2Y", begin="2019", finish="2021", type="DURATION"),)
    assert counts(_score(ranged, golds), "timexes") == (2, 0, 0)


def test_exact_text_is_preferred_so_a_looser_match_is_left_for_another_gold() -> None:
    golds = [g("Monday", "2024-03-04"), g("Monday morning", "2024-03-04TMO")]
    stated = (timex("Monday morning", "2024-03-04"), timex("Monday", "2024-03-04"))
    # "Monday" takes the exact "Monday" timex; "Monday morning" has a wrong value → fp and fn
    assert counts(_score(stated, golds), "timexes") == (1, 1, 1)


def test_an_exact_text_is_paired_before_a_case_variant() -> None:
    golds = [g("on Friday", "2024-03-08"), g("On Friday", "2024-03-08")]
    e = _score((timex("On Friday", "2024-03-08"),), golds)
    missed = [f.detail for f in e.findings if f.part == "timexes" and f.outcome == "fn"]
    assert missed == ["a.txt: 'on Friday' 2024-03-08: not found"]
