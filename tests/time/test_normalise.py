"""Table-driven checks of normalise(): extents, types, values and mods on hand-written news sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from legation.errors import TimeError
from legation.time import normalise

# (text, anchor, expression, expected value) — anchors: 2024-06-15 is a Saturday, 2023-11-08 a Wednesday.
VALUES = [
    # weekdays: past reports look back, plans look forward
    ("Negotiators held talks in Geneva on Thursday.", "2024-06-15", "Thursday", "2024-06-13"),
    ("The ministry said on Friday that progress was made.", "2024-06-15", "Friday", "2024-06-14"),
    ("The envoy said Tuesday that the gap remained wide.", "2024-06-15", "Tuesday", "2024-06-11"),
    ("The delegations will meet on Thursday in Oslo.", "2024-06-15", "Thursday", "2024-06-20"),
    ("Talks are scheduled to resume on Monday.", "2024-06-15", "Monday", "2024-06-17"),
    ("The foreign minister spoke on Saturday.", "2024-06-15", "Saturday", "2024-06-15"),
    # wire copy names the day of writing by its weekday too ("is expected to open Wednesday", written on
    # a Wednesday, is that day; a week later would be "next Wednesday")
    ("The summit is expected to open Wednesday.", "2023-11-08", "Wednesday", "2023-11-08"),
    ("The summit is expected to open Wednesday.", "2023-11-07", "Wednesday", "2023-11-08"),
    ("Officials met last Friday in Doha.", "2023-11-08", "last Friday", "2023-11-03"),
    ("They will travel to Nairobi next Tuesday.", "2023-11-08", "next Tuesday", "2023-11-14"),
    # month-day dates: the year from the anchor and the tense
    ("The first round was held in Vienna on March 3.", "2024-06-15", "March 3", "2024-03-03"),
    ("The accord was signed on December 28.", "2024-01-05", "December 28", "2023-12-28"),
    ("The next round will take place on January 10.", "2023-12-20", "January 10", "2024-01-10"),
    ("The ceasefire began on 4 May 2022.", "2024-06-15", "4 May 2022", "2022-05-04"),
    ("Envoys met on Sept. 30, 1998, in Cairo.", "2024-06-15", "Sept. 30, 1998", "1998-09-30"),
    ("The text is dated 2021-07-14.", "2024-06-15", "2021-07-14", "2021-07-14"),
    # relative to the anchor
    ("Earlier in the day, the envoys left the embassy.", "2024-06-15", "Earlier in the day", "2024-06-15"),
    ("The sides met today.", "2024-06-15", "today", "2024-06-15"),
    ("The sides met yesterday.", "2024-06-15", "yesterday", "2024-06-14"),
    ("Talks broke down last week.", "2024-06-15", "last week", "2024-W23"),
    ("Talks resume next month.", "2024-06-15", "next month", "2024-07"),
    ("Trade grew this year.", "2024-06-15", "this year", "2024"),
    ("Trade fell last year.", "2024-06-15", "last year", "2023"),
    ("The treaty was signed two years ago.", "2024-06-15", "two years ago", "2022"),
    # relative to the date mentioned before
    (
        "The talks opened on March 3. The day before, both sides had met.",
        "2024-06-15",
        "The day before",
        "2024-03-02",
    ),
    (
        "The talks opened on March 3. A week later, they collapsed.",
        "2024-06-15",
        "A week later",
        "2024-03-10",
    ),
    ("The envoys arrived on Monday and left the afternoon.", "2024-06-15", "the afternoon", "2024-06-10TAF"),
    # years, ranges, decades, quarters, seasons, vague values
    ("Six properties were seized between 2011 and 2013.", "2024-06-15", "2011", "2011"),
    ("Six properties were seized between 2011 and 2013.", "2024-06-15", "2013", "2013"),
    ("The dispute dates back to the 1990s.", "2024-06-15", "the 1990s", "199"),
    ("Exports rose in the third quarter.", "2024-11-02", "the third quarter", "2024-Q3"),
    ("Talks stalled last summer.", "2024-06-15", "last summer", "2023-SU"),
    ("In recent years, both capitals expelled diplomats.", "2024-06-15", "recent years", "PAST_REF"),
    ("The embassy is now closed.", "2024-06-15", "now", "PRESENT_REF"),
    ("Relations may improve in the future.", "2024-06-15", "the future", "FUTURE_REF"),
    # durations and sets
    ("Over the past decade, both sides reduced their staff.", "2024-06-15", "the past decade", "P10Y"),
    ("The closed-door meeting lasted over six hours.", "2024-06-15", "over six hours", "PT6H"),
    ("They met for approximately five hours.", "2024-06-15", "approximately five hours", "PT5H"),
    ("They met for about five hours.", "2024-06-15", "about five hours", "PT5H"),
    ("The truce held for two weeks.", "2024-06-15", "two weeks", "P2W"),
    ("Inspectors report daily.", "2024-06-15", "daily", "P1D"),
    # "a weekend" before a noun is the weekend a thing was on; before "of" it is a span
    ("Ministers looked unfazed at a weekend meeting.", "2024-06-17", "a weekend", "2024-W24-WE"),
    ("After a weekend of bitter talks, the sides met.", "2024-06-17", "a weekend", "P2D"),
    ("The envoys arrived at 10:30 a.m. on Monday.", "2024-06-15", "10:30 a.m. on Monday", "2024-06-10T10:30"),
]


def _find(text: str, anchor: str, extent: str) -> tuple[str, str, str | None]:
    found = {t.text: (t.value, t.type, t.mod) for t in normalise(text, anchor)}
    assert extent in found, f"{extent!r} not found in {found}"
    return found[extent]


@pytest.mark.parametrize(("text", "anchor", "extent", "value"), VALUES)
def test_value(text: str, anchor: str, extent: str, value: str) -> None:
    assert _find(text, anchor, extent)[0] == value


TYPES_AND_MODS = [
    ("The meeting lasted over six hours.", "over six hours", "DURATION", "MORE_THAN"),
    ("They talked for approximately five hours.", "approximately five hours", "DURATION", "APPROX"),
    ("They talked for less than an hour.", "less than an hour", "DURATION", "LESS_THAN"),
    ("The truce must hold at least 30 days.", "at least 30 days", "DURATION", "EQUAL_OR_MORE"),
    ("The deal expires in no more than sixty days.", "no more than sixty days", "DURATION", "EQUAL_OR_LESS"),
    ("The vote is due in early December.", "early December", "DATE", "START"),
    ("The vote is due in late November.", "late November", "DATE", "END"),
    ("Unrest grew in mid-November.", "mid-November", "DATE", "MID"),
    ("The envoys left in the afternoon.", "the afternoon", "TIME", None),
    ("Inspectors report daily.", "daily", "SET", None),
    ("Negotiators met on Thursday.", "Thursday", "DATE", None),
]


@pytest.mark.parametrize(("text", "extent", "kind", "mod"), TYPES_AND_MODS)
def test_type_and_mod(text: str, extent: str, kind: str, mod: str | None) -> None:
    _value, found_kind, found_mod = _find(text, "2024-06-15", extent)
    assert (found_kind, found_mod) == (kind, mod)


def test_range_carries_both_ends() -> None:
    years = [
        t for t in normalise("Assets were seized between 2016 and 2018.", "2024-06-15") if t.type == "DATE"
    ]
    assert [(t.value, t.begin, t.finish) for t in years] == [
        ("2016", "2016", "2018"),
        ("2018", "2016", "2018"),
    ]


@pytest.mark.parametrize(
    ("text", "extent", "ends"),
    [
        (
            "The envoys talked in Oslo from June 3 to 7, officials said.",
            "June 3",
            ("2024-06-03", "2024-06-07"),
        ),
        ("The envoys talked in Oslo from 3 to 7 June 2024.", "7 June 2024", ("2024-06-03", "2024-06-07")),
        ("The envoys talked in Oslo between 3 and 7 June.", "7 June", ("2024-06-03", "2024-06-07")),
        ("Prices rose from June 3 to 7 percent.", "June 3", (None, None)),
        ("The office stays open from June 3 to 7:30 in the evening.", "June 3", (None, None)),
    ],
)
def test_a_range_ending_or_opening_on_a_bare_day_carries_both_ends(
    text: str, extent: str, ends: tuple[str | None, str | None]
) -> None:
    """ "from June 3 to 7", "from 3 to 7 June": the written day keeps its value, the range its two ends
    (before, the bare day was read as no date and the range was lost); a number of something after "to"
    is no day."""
    (found,) = [t for t in normalise(text, "2024-06-15") if t.text == extent]
    assert (found.begin, found.finish) == ends


def test_offsets_index_the_text() -> None:
    text = "On Friday, after about five hours, the envoys left Oslo; they return next month."
    for t in normalise(text, dt.date(2024, 6, 15)):
        assert text[t.start : t.end] == t.text


def test_no_expression_gives_empty_list() -> None:
    assert normalise("The delegations exchanged notes on banking services.", "2024-06-15") == []
    assert normalise("", "2024-06-15") == []


def test_may_the_verb_is_not_a_month() -> None:
    assert normalise("The talks may resume.", "2024-06-15") == []


def test_a_holiday_in_a_name_is_no_date() -> None:
    """A weekday inside a name ("the Good Friday accord") was read as the report's Friday and dated a
    meeting; a feast counted from Easter is dated from that year's Easter."""
    upheld = normalise("Both sides upheld the Holy Thursday peace accord of 1986.", "2023-10-12")
    assert [t.value for t in upheld] == ["1986"]
    assert [t.value for t in normalise("Rebels recalled the Palm Sunday Declaration.", "2023-10-12")] == []
    assert [t.value for t in normalise("Marchers remembered Black Friday.", "2023-10-12")] == []
    assert [t.value for t in normalise("The ministers meet again after Easter Monday.", "2023-02-01")] == [
        "2023-04-10"
    ]
    assert [t.value for t in normalise("Shops closed on Good Friday.", "2024-05-02")] == ["2024-03-29"]


@pytest.mark.parametrize("anchor", [None, "", "2024-13-01", "yesterday", "15/06/2024", 20240615])
def test_bad_anchor_raises_time_error(anchor: object) -> None:
    with pytest.raises(TimeError, match="anchor"):
        normalise("They met on Friday.", anchor)  # type: ignore[arg-type]


def test_datetime_anchor_is_its_date() -> None:
    (t,) = normalise("They met yesterday.", dt.datetime(2024, 6, 15, 23, 59))
    assert t.value == "2024-06-14"


_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _year_in_words(year: int) -> str:
    """1997 → "nineteen ninety-seven", 1905 → "nineteen oh five", 2002 → "two thousand and two"."""
    century, rest = divmod(year, 100)
    if century == 20 and rest < 10:
        return "two thousand" + (f" and {_ONES[rest - 1]}" if rest else "")
    head = {18: "eighteen", 19: "nineteen", 20: "twenty"}[century]
    if rest < 10:
        return f"{head} oh {_ONES[rest - 1]}"
    if rest < 20:
        return f"{head} {_TEENS[rest - 10]}"
    tens, ones = divmod(rest, 10)
    return f"{head} {_TENS[tens - 2]}" + (f"-{_ONES[ones - 1]}" if ones else "")


@settings(max_examples=80, deadline=None)
@given(
    year=st.integers(1801, 2099).filter(lambda y: y % 100 != 0 or y == 2000),
    month=st.integers(1, 12),
    frame=st.sampled_from(["{}. A bomb went off.", "Talks began in {}.", "It was {} in Oslo."]),
)
def test_a_month_with_a_year_in_words(year: int, month: int, frame: str) -> None:
    """Broadcast transcripts spell years out: "January nineteen ninety-seven" is one expression."""
    name = dt.date(2000, month, 1).strftime("%B")
    written = f"{name} {_year_in_words(year)}"
    found = normalise(frame.format(written), "1998-02-27")
    assert [(t.text, t.value) for t in found] == [(written, f"{year:04d}-{month:02d}")]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("It was the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        ("In March of two thousand and two, they met.", "March of two thousand and two", "2002-03"),
        # a number after a month that is no year stays out of it
        ("In January twenty one people died.", "January", "1998-01"),
        ("In June nineteen delegates came.", "June", "1997-06"),
    ],
)
def test_spoken_years_join_months_and_seasons(text: str, extent: str, value: str) -> None:
    found = {t.text: t.value for t in normalise(text, "1998-02-27")}
    assert found.get(extent) == value, found


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("A big factor in the third-quarter loss was the strike.", "third-quarter", "2025-Q3"),
        ("The firm posted a profit for the fiscal second-quarter.", "fiscal second-quarter", "2025-Q2"),
        ("The firm lost money in the third quarter.", "the third quarter", "2025-Q3"),
    ],
)
def test_a_hyphenated_quarter_leaves_the_article_to_its_noun(text: str, extent: str, value: str) -> None:
    """TimeML draws "the third-quarter loss" as "third-quarter": the article is the loss's."""
    found = {t.text: t.value for t in normalise(text, "2025-11-05")}
    assert found.get(extent) == value, found


@settings(max_examples=80, deadline=None)
@given(
    first=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 20)),
    days=st.integers(1, 6),
    dash=st.sampled_from(["-", "–"]),
    month_first=st.booleans(),
)
def test_a_span_of_days_is_one_date_with_both_ends(
    first: dt.date, days: int, dash: str, month_first: bool
) -> None:
    """ "December 15-16", "15–16 December": one DATE valued as its first day, the last day in ``finish``
    (a multi-day round keeps both); before, the span was lost or read as the bare month."""
    last = first + dt.timedelta(days=days)
    assume(last.month == first.month)
    month = first.strftime("%B")
    span = f"{month} {first.day}{dash}{last.day}" if month_first else f"{first.day}{dash}{last.day} {month}"
    anchor = last + dt.timedelta(days=3)
    (found,) = normalise(f"Envoys met in Geneva on {span} and agreed on a text.", anchor)
    assert (found.text, found.type, found.value) == (span, "DATE", first.isoformat())
    assert (found.begin, found.finish) == (first.isoformat(), last.isoformat())


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("The talks dragged on over Thursday and Friday.", "Thursday"),
        ("Sources close to Monday's talks said the gap was narrow.", "Monday"),
        ("Envoys met late Tuesday in Vienna.", "late Tuesday"),
    ],
)
def test_a_weekday_takes_no_quantity_mod(text: str, extent: str) -> None:
    """ "over" and "close to" are "more than" and "about" only before a quantity, never before a day."""
    found = normalise(text, "2025-11-08")
    assert found[0].text == extent and found[0].mod in (None, "END"), found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels hold more than a quarter of the country.",
        "About a quarter of voters backed the accord.",
        "Three quarters of the budget went to defence.",
        "Exports to the bloc were one quarter of the total.",
    ],
)
def test_a_quarter_of_something_is_a_fraction(text: str) -> None:
    assert normalise(text, "2024-06-15") == []


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # a quarter of a year, a century or an hour is still time
        ("Output grew in the first three quarters of this year.", "the first three quarters", "P9M"),
        ("The truce held for a quarter of 2023.", "a quarter", "P3M"),
        ("Net rose in the fiscal-first quarter.", "the fiscal-first quarter", "2024-Q1"),
    ],
)
def test_quarters_that_are_time(text: str, extent: str, value: str) -> None:
    assert _find(text, "2024-06-15", extent)[0] == value


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        # the period a report is about, a year before, like "the year-ago quarter"
        (
            "Net rose in the third quarter from the corresponding period last year.",
            "the corresponding period last year",
            "2023-Q3",
        ),
        (
            "Output grew in the first half of 2024 against the same period of last year.",
            "the same period of last year",
            "2023-H1",
        ),
        ("Sales in the third quarter beat last year's quarter.", "last year's quarter", "2023-Q3"),
        (
            "Sales in the second quarter beat the same quarter a year ago.",
            "the same quarter a year ago",
            "2023-Q2",
        ),
        # no period reported on ("the first ten months"): the year before
        (
            "Trade in the first ten months rose from the same period last year.",
            "the same period last year",
            "2023",
        ),
    ],
)
def test_the_same_period_last_year(text: str, extent: str, value: str) -> None:
    assert _find(text, "2024-11-02", extent)[0] == value


def test_a_forecast_quarter_is_not_the_period_reported_on() -> None:
    """ "a profit by the third quarter of 1990" in a report on 1989's third quarter is a forecast: "the
    year-ago period" after it is still 1988's third quarter."""
    text = (
        "The steelmaker posted a third-quarter loss and expects a profit by the third quarter of 1990. "
        "In the year-ago period, it earned $120 million."
    )
    values = {t.text: t.value for t in normalise(text, "1989-10-26")}
    assert values["the third quarter of 1990"] == "1990-Q3"
    assert values["the year-ago period"] == "1988-Q3"


def test_the_rules_searched_in_the_folded_text_match_where_and_as_they_match_the_text() -> None:
    import importlib

    module = importlib.import_module("legation.time.normalise")  # the module, not the function
    from legation.nlp.prefilter import fold

    text = (
        "The envoys met on TUESDAY, 3 MARCH 2015, and will meet again Early Next Week; the LAST ROUND "
        "was in the late 1990s, about Two Weeks before the summit of May 4 at 10:30 GMT (£5 a day)."
    )
    folded = fold(text)
    fast = module._folded_rules()
    assert folded is not None and any(f is not None for f in fast) and None in fast  # "May" stays cased
    found = 0
    for rule, quick in zip(module._rules(), fast, strict=True):
        expected = [(m.span(), m.groupdict()) for m in rule.regex.finditer(text) if m.end() > m.start()]
        got = module._rule_matches(rule.regex, quick, text, folded, 0, len(text))
        assert [(m.span(), m.groupdict()) for m in got] == expected  # the groups keep the text's case
        found += len(got)
    assert found > 5
