"""Ordinal words and numerals."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from legation.nlp.ordinals import ordinal_value


def _numeral(n: int) -> str:
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@given(st.integers(min_value=1, max_value=999))
def test_every_numeral_reads_as_its_number(n: int) -> None:
    assert ordinal_value(_numeral(n)) == n
    assert ordinal_value(_numeral(n).upper()) == n


@given(st.text(max_size=12))
def test_any_text_is_read_without_error_and_never_below_one(text: str) -> None:
    value = ordinal_value(text)
    assert value is None or value >= 1


def test_words_and_wrong_suffixes() -> None:
    assert [ordinal_value(w) for w in ("first", "Twelfth", "nineteenth", "twentieth", "twenty-first")] == [
        1,
        12,
        19,
        20,
        21,
    ]
    assert ordinal_value("ninety-ninth") == 99
    assert [ordinal_value(w) for w in ("11st", "2th", "twenty", "twenty-tenth", "0th", "round")] == [None] * 6
