"""Values in words: durations, modifiers, actors, round labels, shortening."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.model import Actor, Document, Evidence, Round, Statement, TimeValue
from legation.report.values import (
    MISSING,
    actor_words,
    date_range,
    document_label,
    duration_words,
    field_value_words,
    round_label,
    said_words,
    shorten,
    source_words,
    time_words,
    when_words,
)


@pytest.mark.parametrize(
    ("value", "mod", "words"),
    [
        ("PT6H", "MORE_THAN", "over 6 h"),
        ("PT5H", "APPROX", "about 5 h"),
        ("PT5H", None, "5 h"),
        ("PT1H30M", None, "1 h 30 min"),
        ("PT45M", "LESS_THAN", "under 45 min"),
        ("P1D", None, "1 day"),
        ("P3D", "EQUAL_OR_MORE", "at least 3 days"),
        ("P2W", None, "2 weeks"),
        ("P1Y6M", None, "1 year 6 months"),
        ("P1.5Y", None, "1.5 years"),
        ("PXD", None, "several days"),
        ("PTXH", None, "several hours"),
        ("PT6H", "ODD_MOD", "6 h (odd mod)"),
        ("FUTURE_REF", None, "FUTURE_REF"),
        ("P", None, "P"),
        (None, None, MISSING),
        ("", "APPROX", MISSING),
    ],
)
def test_duration_words(value: str | None, mod: str | None, words: str) -> None:
    assert duration_words(value, mod) == words


@given(st.text(max_size=20), st.one_of(st.none(), st.text(max_size=12)))
def test_duration_words_never_fails_and_never_empty(value: str, mod: str | None) -> None:
    assert duration_words(value, mod)


@pytest.mark.parametrize(
    ("time", "words"),
    [
        (None, MISSING),
        (TimeValue("over six hours", "DURATION", "PT6H", 0, 14, mod="MORE_THAN"), "over 6 h"),
        (TimeValue("next Tuesday", "DATE", "2031-06-24", 0, 12), "2031-06-24"),
        (TimeValue("early June", "DATE", "2031-06", 0, 10, mod="START"), "early 2031-06"),
        (TimeValue("2029 to 2031", "DATE", "2029", 0, 12, begin="2029", finish="2031"), "2029 – 2031"),
        (TimeValue("currently", "DATE", "PRESENT_REF", 0, 9), "now"),
        (TimeValue("in recent years", "DATE", "PAST_REF", 0, 15), "earlier"),
        (TimeValue("in the years ahead", "DATE", "FUTURE_REF", 0, 18), "later"),
    ],
)
def test_time_words(time: TimeValue | None, words: str) -> None:
    assert time_words(time) == words


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("duration", {"value": "PT3H", "mod": "APPROX"}, "about 3 h"),
        ("duration", {"value": "PT3H"}, "3 h"),
        ("date", "2031-05-12", "2031-05-12"),
        ("ordinal", 2, "2"),
        ("city", None, MISSING),
        ("parties", ("Chile", "Norway"), "Chile, Norway"),
    ],
)
def test_field_value_words(field: str, value: object, words: str) -> None:
    assert field_value_words(field, value) == words


@pytest.mark.parametrize(
    ("actor", "words"),
    [
        (Actor("Ines Moreau", "person", role="envoy", party="France"), "Ines Moreau (envoy, France)"),
        (Actor("Ines Moreau", "person"), "Ines Moreau"),
        (Actor("Norway", "country", party="Norway"), "Norway"),
        (Actor("Foreign Office", "organisation", party="Chile"), "Foreign Office (Chile)"),
    ],
)
def test_actor_words(actor: Actor, words: str) -> None:
    assert actor_words(actor) == words


def _round(ordinal: int | None, date: str | None, city: str | None = None, planned: bool = False) -> Round:
    return Round("t/r/x", ordinal, date, city, None, None, None, (), (), (), planned=planned)


@pytest.mark.parametrize(
    ("round_", "label"),
    [
        (_round(2, "2031-06-19"), "#2 2031-06-19"),
        (_round(None, "2031-06-19"), "2031-06-19"),
        (_round(3, None, planned=True), "#3 (planned)"),
        (_round(None, None, "Oslo"), "Oslo"),
        (_round(None, None), "t/r/x"),
    ],
)
def test_round_label(round_: Round, label: str) -> None:
    assert round_label(round_) == label


def test_shorten_cuts_at_a_word_with_an_ellipsis() -> None:
    text = "The delegations agreed   to meet again\nafter the summer recess " * 10
    short = shorten(text, 60)
    assert len(short) <= 60
    assert short.endswith("…")
    assert "  " not in short and "\n" not in short
    assert text.startswith(short[:-1].split(" ")[0])
    assert shorten("Short enough.", 60) == "Short enough."


@given(st.text(max_size=400), st.integers(min_value=10, max_value=200))
def test_shorten_respects_the_limit(text: str, limit: int) -> None:
    assert len(shorten(text, limit)) <= limit


def test_date_range() -> None:
    assert date_range(["2031-06-19", None, "2031-05-12"]) == "2031-05-12 – 2031-06-19"
    assert date_range(["2031-05-12", "2031-05-12"]) == "2031-05-12"
    assert date_range([None]) == MISSING


def test_source_words() -> None:
    doc = Document("d9", "", dt.date(2031, 1, 2), source="Harbour Times")
    assert source_words(doc, "d9") == "Harbour Times, 2031-01-02"
    assert source_words(Document("d8", "", dt.date(2031, 1, 3)), "d8") == "d8, 2031-01-03"
    assert source_words(None, "gone") == "gone"
    bare = Document("d7", "Crews waited for news.\nMore text.", dt.date(2031, 1, 4))
    assert source_words(bare, "d7") == "Crews waited for news., 2031-01-04"


@pytest.mark.parametrize(
    ("document", "label"),
    [
        (Document("d1", "Text.", dt.date(2031, 1, 2), title=" Talks  open\n", source="Wire"), "Talks open"),
        (Document("d2", "Text.", dt.date(2031, 1, 2), source="Harbour Times"), "Harbour Times, 2031-01-02"),
        (Document("d3", "\n Crews waited for news.\n\nMore.", dt.date(2031, 1, 2)), "Crews waited for news."),
        (Document("d4", "word " * 40, dt.date(2031, 1, 2)), ("word " * 15).strip() + "…"),
        (Document("d5", "  ", dt.date(2031, 1, 2), title=" "), "d5"),
    ],
)
def test_document_label_is_headline_else_outlet_and_date_else_first_words(
    document: Document, label: str
) -> None:
    assert document_label(document) == label


def _statement(text: str, quoted: bool) -> Statement:
    return Statement(Actor("Kari Holm", "person"), "say", text, quoted, Evidence("d", 0, 0, 1, "x"))


def test_said_words_marks_only_the_quoted_words() -> None:
    mixed = _statement("the talks had been “constructive” and a deal was near", True)
    assert said_words(mixed) == "the talks had been “constructive” and a deal was near"
    assert said_words(_statement("“We are ready”", True)) == "“We are ready”"  # never doubled
    assert said_words(_statement("the talks were useful", False)) == "(reported) the talks were useful"
    assert said_words(_statement("We are ready", True)) == "“We are ready”"  # stored before parts were marked


def test_said_words_closes_a_quotation_it_cuts() -> None:
    long = _statement("“" + "we will return to the table " * 20 + "”", True)
    cut = said_words(long, 60)
    assert cut.endswith("…”") and cut.count("“") == cut.count("”") == 1


def test_a_round_not_held_is_named_by_its_fate() -> None:
    from legation.report.values import round_label, state_of

    pending = Round("r", 3, "2024-06-10", None, None, None, None, (), (), (), planned=True)
    put_off = Round("r", 3, "2024-06-10", None, None, None, None, (), (), (), planned=True, fate="postponed")
    held = Round("r", 2, "2024-05-06", None, None, None, None, (), (), (), fate="held")
    assert [state_of(r) for r in (pending, put_off, held)] == ["planned", "postponed", "held"]
    assert round_label(put_off) == "#3 2024-06-10 (postponed)"


def test_a_planned_round_with_no_day_is_named_by_the_time_it_was_announced_for() -> None:
    from legation.report.values import period_words, short_period, when_words

    month = TimeValue("later this month", "DATE", "2031-06", 40, 56, mod="END")
    vague = Round("t/r/2031-06", None, None, None, None, None, None, (), (), (), planned=True, period=month)
    assert round_label(vague) == "2031-06 (“later this month”) (planned)"
    assert when_words(vague) == "2031-06 (“later this month”)"
    soon = TimeValue("as soon as possible", "DATE", "FUTURE_REF", 0, 19)
    assert period_words(soon) == "“as soon as possible”"
    assert (short_period(month), short_period(soon)) == ("2031-06", "“as soon as possible”")
    assert when_words(Round("r", None, "2031-06-19", None, None, None, None, (), (), ())) == "2031-06-19"
    assert when_words(Round("r", None, None, None, None, None, None, (), (), ())) == MISSING


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ({"value": "2031-W25", "mod": None}, "2031-W25"),
        ({"value": "FUTURE_REF", "mod": None}, "later"),
        ({"value": "PXD", "mod": None}, "within several days"),
    ],
)
def test_a_sources_period_in_words(value: object, words: str) -> None:
    assert field_value_words("period", value) == words


def test_a_round_of_several_days_is_told_by_its_first_and_last_day() -> None:
    def held(date: str, end: str | None) -> Round:
        return Round("r", None, date, None, None, None, None, (), (), (), end=end)

    assert when_words(held("2024-11-21", "2024-12-12")) == "2024-11-21–12-12"
    assert when_words(held("2024-12-30", "2025-01-02")) == "2024-12-30–2025-01-02"
    assert when_words(held("2024-11-21", None)) == "2024-11-21"
