"""Which year a date written without one falls in, and which way a weekday points (issue 10, item 4):
past → the most recent such day not after the anchor, future → the next one, in doubt → the nearest."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legation.time import normalise
from legation.time.rules import year_for
from legation.time.tense import Tense

S7, T7 = "2024-12-07", "2023-12-07"  # a Saturday, a Thursday
A, N20 = "2025-02-13", "2024-11-20"
# (text, anchor, expression, value); 2024-12-05 is a Thursday, 2025-11-07 a Friday.
ROWS = [
    # a past verb governing the date: the most recent such day, never one months ahead
    ("The envoys met on December 20 in Oslo.", "2024-12-05", "December 20", "2023-12-20"),
    ("The accord was signed in October.", "2024-09-20", "October", "2023-10"),
    ("Fighting has continued since December 12.", "2024-12-05", "December 12", "2023-12-12"),
    # ... give or take the two days by which a report's date may trail the day it tells of
    ("The envoys met on December 6 in Oslo.", "2024-12-05", "December 6", "2024-12-06"),
    # issue 10, item 4, word for word: "on December 30" in a story of January 2
    ("The envoys met on December 30 in Oslo.", "2025-01-02", "December 30", "2024-12-30"),
    ("The envoys will meet on December 30 in Oslo.", "2025-01-02", "December 30", "2025-12-30"),
    # the future: the next such day
    ("The envoys will meet again on November 20.", "2024-12-05", "November 20", "2025-11-20"),
    ("The talks will be held on Monday.", "2024-12-05", "Monday", "2024-12-09"),
    ("The talks will be held in February.", "2024-12-05", "February", "2025-02"),
    # in doubt (a past verb elsewhere in the sentence, a term), the nearest
    ("Shares fell ahead of the January 10 election, dealers said.", "2024-12-05", "January 10", "2025-01-10"),
    ("The dividend is payable Jan. 2 to holders of record Dec. 15.", "2024-12-05", "Jan. 2", "2025-01-02"),
    ("The company said it extended its offer to Dec. 15.", "2024-12-05", "Dec. 15", "2024-12-15"),
    ("The minister said the deal would be signed by January.", "2024-12-05", "January", "2025-01"),
    # a weekday written with the date picks the year it fits
    (
        "The paper said in an editorial on Saturday, December 7:",
        "2024-12-05",
        "Saturday, December 7",
        "2024-12-07",
    ),
    (
        "The paper said in an editorial on Thursday, December 7:",
        "2024-12-05",
        "Thursday, December 7",
        "2023-12-07",
    ),
    # plans already overtaken are past; nouns after "to" are no plan
    ("The talks, which were scheduled for Monday, were postponed.", "2024-12-05", "Monday", "2024-12-02"),
    # a plan told in a past tense whose day is near ahead: the nearest such day, ahead or behind
    ("The talks that had been scheduled for Sunday were put off.", "2024-12-07", "Sunday", "2024-12-08"),
    ("She had been due to meet the envoy on Monday but fell ill.", "2024-12-05", "Monday", "2024-12-02"),
    ("He had been due to sign the deal on Tuesday, aides said.", "2024-12-07", "Tuesday", "2024-12-10"),
    # a meeting put off to a weekday is put off to a day to come, told in the past or not
    ("The summit was put off until Friday, officials said.", "2024-12-05", "Friday", "2024-12-06"),
    ("The talks were postponed to Monday after a row.", "2024-12-05", "Monday", "2024-12-09"),
    ("The club agreed to terms on Thursday with the player.", "2024-12-05", "Thursday", "2024-12-05"),
    # an intention after the date says nothing of it
    ("J&J missed the Nov. 4 deadline for closing the purchase.", "2025-11-07", "Nov. 4", "2025-11-04"),
    (
        "They welcomed the truce struck in August and pledged to keep monitoring it.",
        "2025-11-07",
        "August",
        "2025-08",
    ),
    # adjectives in -ed ("untouched") and a present perfect ("has set") are no past clause of the date
    ("The airline will add flights by August to markets untouched by the crisis.", A, "August", "2025-08"),
    ("The board has set Dec. 10 as the deadline for offers.", "2024-12-05", "Dec. 10", "2024-12-10"),
    (
        "The vote, originally scheduled for November 20, was delayed.",
        "2024-12-05",
        "November 20",
        "2024-11-20",
    ),
    # "later" tells of a time after another, not of the future
    ("Three days later, as of Friday's close, the index was down.", "2024-12-09", "Friday", "2024-12-06"),
    # the weekday of the report itself, in a future clause, is that day
    ("The winner will be announced on Friday.", "2025-11-07", "Friday", "2025-11-07"),
    # a scheduling verb in the plain present is a timetable: "the two envoys meet Monday"
    ("The two envoys meet separately Monday with the mediator.", "2025-11-07", "Monday", "2025-11-10"),
    ("Both delegations arrive on Sunday, officials said.", "2025-11-07", "Sunday", "2025-11-09"),
    # ... but not once it is past: "did not meet", "met"
    ("The two envoys did not meet on Monday, officials said.", "2025-11-07", "Monday", "2025-11-03"),
    # an intention after the date is no cue, but its verb's own past tense is the date's clause
    (
        "The meeting of both sides on Thursday agreed to deploy monitors.",
        "2025-11-07",
        "Thursday",
        "2025-11-06",
    ),
    # a plan's day: the scheduling may be told in the past, the day it set is the nearest such day
    ("A further meeting was scheduled for December 12.", "2024-12-05", "December 12", "2024-12-12"),
    ('A meeting was "provisionally scheduled" for December 12.', "2024-12-05", "December 12", "2024-12-12"),
    ("The talks, set for November 28, were called off.", "2024-12-05", "November 28", "2024-11-28"),
]


@pytest.mark.parametrize(("text", "anchor", "extent", "value"), ROWS)
def test_year_and_direction(text: str, anchor: str, extent: str, value: str) -> None:
    found = {t.text: t.value for t in normalise(text, anchor)}
    assert found.get(extent) == value, found


@pytest.mark.parametrize(
    ("tense", "certain", "year"),
    [
        (Tense.PAST, True, 2023),  # December 20 is after a December 5 anchor: last year's
        (Tense.PAST, False, 2024),  # a doubtful past allows two months ahead, and takes the nearest
        (Tense.FUTURE, True, 2024),
        (Tense.UNKNOWN, True, 2024),
    ],
)
def test_year_for(tense: Tense, certain: bool, year: int) -> None:
    assert year_for(dt.date(2024, 12, 5), 12, 20, tense, certain=certain) == year


def test_the_parse_also_decides_years(nlp: Any) -> None:
    text = (
        "The envoys met on December 20 in Oslo. They will meet again on November 20. "
        "Shares fell ahead of the January 10 election. A further round was scheduled for December 12."
    )
    values = {t.text: t.value for t in normalise(text, "2024-12-05", doc=nlp(text))}
    assert values == {
        "December 20": "2023-12-20",
        "November 20": "2025-11-20",
        "January 10": "2025-01-10",
        "December 12": "2024-12-12",
    }


@pytest.mark.parametrize(
    ("text", "extent", "kind", "value"),
    [
        ("Islam will one day be the second largest religion.", "one day", "DATE", "FUTURE_REF"),
        ("The talks lasted one day.", "one day", "DURATION", "P1D"),
        ("Over the years many envoys came and went.", "the years", "DURATION", "PXY"),
    ],
)
def test_vague_spans(text: str, extent: str, kind: str, value: str) -> None:
    found = {t.text: (t.type, t.value) for t in normalise(text, "2024-12-05")}
    assert found.get(extent) == (kind, value), found


@pytest.mark.parametrize(
    ("text", "extent", "value", "mod"),
    [
        ("Trade grew over the past five years.", "the past five years", "P5Y", None),
        ("Trade grew over five years.", "over five years", "P5Y", "MORE_THAN"),
        ("The eight-year war ended in 1988.", "eight-year", "P8Y", None),
        ("The delegates left after the two-week conference.", "two-week", "P2W", None),
        ("Trade grew in the past two weeks.", "the past two weeks", "P2W", None),
    ],
)
def test_duration_extents(text: str, extent: str, value: str, mod: str | None) -> None:
    """Extents as TimeML draws them: a preposition or an article of the noun phrase stays out."""
    found = {t.text: (t.value, t.mod) for t in normalise(text, "2024-12-05")}
    assert found.get(extent) == (value, mod), found


# --- cue words of plans and schedules (no parse) -----------------------------------------------------------

SAT, SUN = "2025-11-08", "2025-11-09"  # a Saturday, a Sunday


@pytest.mark.parametrize(
    ("text", "anchor", "extent", "value"),
    [
        # a verb in a clause of its own after the date is not the date's ("after the government agreed")
        (
            "Hospital staff will return to work on Sunday after the government paid their wages.",
            SAT,
            "Sunday",
            "2025-11-09",
        ),
        ("Envoys met on Friday, before the talks collapsed.", SAT, "Friday", "2025-11-07"),
        # "is to", "are to": a plan
        ("The celebrations are to start on Saturday with a parade.", "2025-11-07", "Saturday", "2025-11-08"),
        ("The convict is to be executed early Tuesday.", SUN, "early Tuesday", "2025-11-11"),
        # a scheduled event in the simple present: "resumes on Monday", "which ends Sunday"
        ("The trial resumes on Monday with new witnesses.", SUN, "Monday", "2025-11-10"),
        ("The conference, which ends Sunday, has stalled over farm subsidies.", SAT, "Sunday", "2025-11-09"),
        ("The third round opens Tuesday in Geneva.", SUN, "Tuesday", "2025-11-11"),
        # a plan named by its noun: "an agreement to buy ... in January"; not "a bid to", often a failed one
        ("The bank announced an agreement to buy the lender in January.", "2025-11-02", "January", "2026-01"),
        ("The envoy arrived on Saturday in a bid to ease the standoff.", SUN, "Saturday", "2025-11-08"),
        (
            "A court thwarted his bid to win a third term in the vote of October 1.",
            "2025-12-30",
            "October 1",
            "2025-10-01",
        ),
        ("The leaders signed on Monday a deal to end the strike.", SUN, "Monday", "2025-11-03"),
    ],
)
def test_plans_and_schedules_point_forward(text: str, anchor: str, extent: str, value: str) -> None:
    found = {t.text: t.value for t in normalise(text, anchor)}
    assert found.get(extent) == value, found


SCHEDULE_VERBS = ["begins", "starts", "opens", "ends", "closes", "resumes", "meets", "convenes", "arrives"]


#: Report days over five decades, and the weekdays a text may name.
ANCHORS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
WEEKDAYS = st.integers(1, 7)


def weekday_offset(template: str, weekday: int, anchor: dt.date) -> int:
    """Days from the report to the one weekday ``template`` (with ``{day}`` for its name) resolves to."""
    (found,) = normalise(template.format(day=calendar.day_name[weekday - 1]), anchor)
    day = dt.date.fromisoformat(found.value)
    assert day.isoweekday() == weekday
    return (day - anchor).days


@settings(max_examples=80, deadline=None)
@given(verb=st.sampled_from(SCHEDULE_VERBS), weekday=WEEKDAYS, anchor=ANCHORS)
def test_a_scheduled_weekday_is_never_before_the_report(verb: str, weekday: int, anchor: dt.date) -> None:
    assert 0 <= weekday_offset(f"The summit {verb} on {{day}} in the capital.", weekday, anchor) <= 6


@settings(max_examples=60, deadline=None)
@given(
    told=st.sampled_from(["had been scheduled for", "had been due to open on", "had been meant to open on"]),
    weekday=WEEKDAYS,
    anchor=ANCHORS,
)
def test_a_past_perfect_plan_takes_the_nearest_weekday(told: str, weekday: int, anchor: dt.date) -> None:
    assert -3 <= weekday_offset(f"The talks {told} {{day}} in the capital.", weekday, anchor) <= 3
