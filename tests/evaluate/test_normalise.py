"""String comparison used in scoring: case, diacritics, a leading "the", punctuation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.evaluate.normalise import contains_phrase, extents_overlap, normalise, same


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Palais des Nations", "palais des nations"),
        ("  The   Hague ", "hague"),
        ("Théâtre  Municipal", "theatre municipal"),
        ("U.S. Embassy", "us embassy"),
        ("Peru's Foreign Ministry", "perus foreign ministry"),
        ("Peru’s Foreign Ministry", "perus foreign ministry"),
        ("closed-door", "closed door"),
        ("Ministry of Foreign Affairs, Lima", "ministry of foreign affairs lima"),
        ("theatre", "theatre"),  # only the word "the" is dropped
        ("Søren Ørsted", "søren ørsted"),  # letters without a decomposition are kept
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "value, accepted, expected",
    [
        ("US Embassy", ["U.S. embassy"], True),
        ("José Ortiz", ["Jose Ortiz"], True),
        ("Ortiz", ["José Ortiz"], False),  # strict: a last name is not the full name
        ("Ortiz", ["José Ortiz", "Ortiz"], True),
        (None, ["x"], False),
    ],
)
def test_same(value: str | None, accepted: list[str], expected: bool) -> None:
    assert same(value, accepted) is expected


@pytest.mark.parametrize(
    "text, phrase, expected",
    [
        ("Talks on fishing quotas and port access", "fishing quotas", True),
        ("Talks on Fishing-Quotas", "fishing quotas", True),
        ("overfishing quotas", "fishing quotas", False),  # whole words only
        ("anything", "", False),
    ],
)
def test_contains_phrase(text: str, phrase: str, expected: bool) -> None:
    assert contains_phrase(text, phrase) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("on Monday", "On Monday", True),
        ("Monday", "on Monday", True),
        ("between 2019 and 2021", "2021", True),
        ("Monday", "Mondays", False),
        ("March", "March 3", True),
        ("last week", "next week", False),
    ],
)
def test_extents_overlap(a: str, b: str, expected: bool) -> None:
    assert extents_overlap(a, b) is expected


@given(st.text())
def test_normalise_is_idempotent_on_any_text(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once or once.startswith("the ")
