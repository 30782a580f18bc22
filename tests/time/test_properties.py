"""Hypothesis properties: dates written in every supported surface form come back as their value, and no
text makes the normaliser raise."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legation.time import normalise
from legation.time.lexicon import load_time_lexicon
from legation.time.rules import trigger_classes
from legation.time.timeml import read_tml, tml_files

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ABBREVIATIONS = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]

FORMS = [
    lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{ABBREVIATIONS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    lambda d: (
        f"{MONTHS[d.month - 1]} {d.day}th, {d.year}"
        if d.day in range(4, 21)
        else f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    ),
    lambda d: d.isoformat(),
    lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    lambda d: d.strftime("%Y%m%d"),
    lambda d: f"{d.strftime('%A')}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
]

dates = st.dates(min_value=dt.date(1700, 1, 1), max_value=dt.date(2099, 12, 31))
anchors = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


@settings(max_examples=300)
@given(
    date=dates,
    anchor=anchors,
    form=st.sampled_from(FORMS),
    frame=st.sampled_from(["The talks were held on {}.", "{}: envoys met.", "Signed {} in Rome", "{}"]),
)
def test_written_date_round_trips(date: dt.date, anchor: dt.date, form, frame: str) -> None:  # type: ignore[no-untyped-def]
    written = form(date)
    text = frame.format(written)
    found = [t for t in normalise(text, anchor) if t.type == "DATE"]
    assert [(t.text, t.value) for t in found] == [(written, date.isoformat())]


@settings(max_examples=200)
@given(date=dates, anchor=anchors)
def test_month_day_without_year_is_within_a_year_of_the_anchor(date: dt.date, anchor: dt.date) -> None:
    text = f"The envoys met on {MONTHS[date.month - 1]} {date.day}."
    (found,) = normalise(text, anchor)
    value = dt.date.fromisoformat(found.value)
    assert (value.month, value.day) == (date.month, date.day)
    # within a year of the anchor; February 29 within the four years that hold one
    assert abs((value - anchor).days) <= (1461 if (date.month, date.day) == (2, 29) else 366)


@settings(max_examples=300)
@given(text=st.text(max_size=400), anchor=anchors)
def test_any_text_never_raises(text: str, anchor: dt.date) -> None:
    for t in normalise(text, anchor):
        assert text[t.start : t.end] == t.text


WORDS = [
    "last",
    "next",
    "this",
    "the",
    "early",
    "late",
    "mid-",
    "about",
    "over",
    "two",
    "a",
    "year",
    "years",
    "week",
    "Friday",
    "May",
    "March",
    "1999",
    "ago",
    "earlier",
    "later",
    "quarter",
    "third",
    "day",
    "before",
    "after",
    "morning",
    "10",
    "p.m.",
    "12/31/",
    "-",
    "2025-02-30",
    "9999",
    "0000",
    "1600s",
    "decade",
    "century",
    "fiscal",
    "every",
    "daily",
    ",",
    ".",
    "between",
    "and",
    "'80s",
    "summer",
    "ahead",
    "recent",
    "coming",
    "remaining",
    "in",
    "of",
]


def _lexicon_words() -> list[str]:
    """Every surface form of the lexicon and every trigger word of the rules, plus the glue words the
    rule templates spell out ("ahead", "the", "same"): a soup that reaches every rule's optional groups."""
    lex = load_time_lexicon()
    forms = {form for kind_forms in lex.alternation_forms.values() for form in kind_forms}
    lower, cased = trigger_classes(lex)
    glue = [
        "the",
        "a",
        "of",
        "in",
        "on",
        "ahead",
        "same",
        "that",
        "this",
        "past",
        "previous",
        "following",
        "current",
        "'s",
        "s",
        ",",
        ".",
        "-",
        "5",
        "31",
        "1998",
    ]
    return sorted(forms | set(lower) | set(cased) | set(glue))


LEXICON_WORDS = _lexicon_words()


@settings(max_examples=800)
@given(
    words=st.lists(st.sampled_from(WORDS), max_size=25)
    | st.lists(st.sampled_from(LEXICON_WORDS), max_size=12),
    anchor=anchors,
)
def test_time_word_soup_never_raises(words: list[str], anchor: dt.date) -> None:
    text = " ".join(words)
    for t in normalise(text, anchor):
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


def test_extreme_anchors_and_long_text() -> None:
    text = "On Friday, a year later, the day before, next month, 9999, the 20th century. " * 2000
    for anchor in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        assert isinstance(normalise(text, anchor), list)


def test_a_group_that_did_not_match_is_not_folded() -> None:
    """ "in the years ahead" matched the_rel_unit without its "recent/coming" group (a crash once)."""
    found = normalise("growth in the years ahead", "2005-12-13")
    assert [(t.text, t.type) for t in found] == [("the years ahead", "DURATION")]


TEMPEVAL = Path(__file__).resolve().parents[3] / "shared" / "data" / "tempeval3"
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


@pytest.mark.tempeval
@pytest.mark.slow
@pytest.mark.skipif(
    not (TEMPEVAL / "silver").is_dir() or not (TEMPEVAL / "train").is_dir(),
    reason="TempEval-3 train/ and silver/ not in ../shared/data/tempeval3",
)
def test_real_stories_never_raise() -> None:
    """Every sentence, and every whole text, of the 2,452 silver stories and the 256 training files
    (about 32,000 sentences; ~10 s on one core) is normalised without an exception."""
    started = time.perf_counter()
    files = tml_files(TEMPEVAL / "silver") + tml_files(TEMPEVAL / "train")
    assert len(files) >= 2452 + 256
    sentences = 0
    for path in files:
        doc = read_tml(path)
        for t in normalise(doc.text, doc.dct):
            assert doc.text[t.start : t.end] == t.text, path
        for sentence in _SENTENCE.split(doc.text):
            if sentence.strip():
                sentences += 1
                normalise(sentence, doc.dct)
    assert sentences > 30_000
    assert time.perf_counter() - started < 120


@pytest.mark.parametrize("anchor", ["2000-01-01", "2001-03-05", "2003-01-01", "2024-03-01"])
def test_february_29_without_a_year_is_in_the_nearest_leap_year(anchor: str) -> None:
    (found,) = normalise("The envoys met on February 29.", dt.date.fromisoformat(anchor))
    day = dt.date.fromisoformat(found.value)
    assert (day.month, day.day) == (2, 29)
    assert abs((day - dt.date.fromisoformat(anchor)).days) <= 1461


FRACTIONS = ["a quarter", "one quarter", "three quarters", "about a quarter", "more than a quarter"]
WHOLES = ["the country", "voters", "the budget", "its exports", "all seats", "China's sales"]


@given(fraction=st.sampled_from(FRACTIONS), whole=st.sampled_from(WHOLES), anchor=anchors)
def test_a_quarter_of_a_whole_is_no_time(fraction: str, whole: str, anchor: dt.date) -> None:
    """ "a quarter of the votes" is a share, never three months (it was P3M)."""
    assert normalise(f"The rebels hold {fraction} of {whole}.", anchor) == []


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TIMETABLE = ["meet", "begin", "resume", "convene", "arrive", "depart", "conclude"]


@given(
    verb=st.sampled_from(TIMETABLE),
    weekday=st.sampled_from(WEEKDAYS),
    on=st.sampled_from(["", "on "]),
    anchor=anchors,
)
def test_a_timetable_in_the_plural_present_points_forward(
    verb: str, weekday: str, on: str, anchor: dt.date
) -> None:
    """ "the envoys meet Monday" is the next Monday; "did not meet on Monday" the last one."""
    ahead = normalise(f"The two envoys {verb} {on}{weekday} in Geneva.", anchor)
    back = normalise(f"The two envoys did not {verb} {on}{weekday} in Geneva.", anchor)
    day = WEEKDAYS.index(weekday) + 1
    assert [dt.date.fromisoformat(t.value).isoweekday() for t in ahead + back] == [day, day]
    assert 0 <= (dt.date.fromisoformat(ahead[0].value) - anchor).days <= 6
    assert 0 <= (anchor - dt.date.fromisoformat(back[0].value)).days <= 6


ORDINALS = ["first", "second", "third", "fourth"]


@given(
    n=st.integers(min_value=1, max_value=4),
    year=st.integers(min_value=1950, max_value=2040),
    phrase=st.sampled_from(
        ["the same period last year", "the corresponding period a year ago", "the same quarter of last year"]
    ),
    anchor=anchors,
)
def test_the_same_period_last_year_is_the_reported_quarter_a_year_before(
    n: int, year: int, phrase: str, anchor: dt.date
) -> None:
    """The quarter reported on, a year before; a quarter not over by the anchor is a forecast, not a
    report's period, and the phrase is then the year before the anchor."""
    text = f"Net rose in the {ORDINALS[n - 1]} quarter of {year} from {phrase}."
    values = {t.text: t.value for t in normalise(text, anchor)}
    over = dt.date(year + (n == 4), 1 if n == 4 else 3 * n + 1, 1) <= anchor + dt.timedelta(days=1)
    assert values[phrase] == (f"{year - 1}-Q{n}" if over else f"{anchor.year - 1}")
