"""Fusing agenda items: the round a sentence speaks of, merging items, and each item's path."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from legation.fuse import fuse
from legation.fuse.issues import change, merge_keys
from legation.model import Analysis, Document, Evidence, IssueMention, MeetingMention, TimeValue
from legation.nlp.agenda import words_of


def _ev(doc_id: str, i: int = 0) -> Evidence:
    return Evidence(doc_id, i, 0, 4, "sentence")


def _meeting(doc_id: str, day: str, ordinal: int | None = None) -> MeetingMention:
    return MeetingMention(
        "m0", (_ev(doc_id),), date=TimeValue("on Monday", "DATE", day, 0, 9), ordinal=ordinal, city="Ottawa"
    )


def _mention(doc_id: str, label: str, status: str, **where: object) -> IssueMention:
    key = "other:" + label.lower().replace(" ", "-")
    return IssueMention(key, label, status, _ev(doc_id, 1), phrase=label.lower(), **where)  # type: ignore[arg-type]


def _analysis(doc_id: str, published: str, meeting: MeetingMention, *issues: IssueMention) -> Analysis:
    return Analysis(
        Document(doc_id, "text", dt.date.fromisoformat(published)),
        meetings=(meeting,),
        issues=issues,
        parties=("Canada", "India"),
        negotiation=True,
    )


def test_flights_direct_flights_and_air_links_are_one_item() -> None:
    mentions = [
        _mention("a", "Flights", "raised"),
        _mention("a", "Direct flights", "discussed"),
        _mention("b", "Resumption of direct air links", "agreed"),
    ]
    keys = merge_keys(mentions)
    assert len(set(keys.values())) == 1
    assert words_of("Resumption of direct air links") >= words_of("direct flights")


def test_a_short_item_inside_two_longer_ones_stays_apart() -> None:
    mentions = [
        _mention("a", "Border security", "raised"),
        _mention("a", "Security guarantees", "raised"),
        _mention("a", "Security", "raised"),
    ]
    assert len(set(merge_keys(mentions).values())) == 3


def test_a_later_summary_of_earlier_talks_stays_on_the_earlier_round() -> None:
    first = _analysis(
        "a", "2024-03-05", _meeting("a", "2024-03-04", 1), _mention("a", "Fishing quotas", "raised")
    )
    later = _analysis(
        "b",
        "2024-05-07",
        _meeting("b", "2024-05-06", 2),
        _mention("b", "Fishing quotas", "agreed", meeting="m0"),
        _mention("b", "Water sharing", "agreed", round_ordinal=1),  # "at the first round, they agreed ..."
        _mention("b", "Grain trade", "proposed", round_date="2024-03"),  # "in March, India proposed ..."
    )
    first = Analysis(first.document, meetings=first.meetings, parties=first.parties, negotiation=True,
                     issues=tuple(IssueMention(m.issue, m.label, m.status, m.evidence, meeting="m0")
                                  for m in first.issues))  # fmt: skip
    (track,) = fuse([first, later])
    by_round = {r.id: r for r in track.rounds}
    rows = {(by_round[s.round_id].ordinal, s.issue): s for s in track.issue_status}
    assert rows[(1, "other:water-sharing")].status == "agreed"
    assert rows[(1, "other:grain-trade")].status == "proposed"
    assert (2, "other:water-sharing") not in rows and (2, "other:grain-trade") not in rows
    quotas = [rows[(1, "other:fishing-quotas")], rows[(2, "other:fishing-quotas")]]
    assert [(s.previous, s.status, s.change) for s in quotas] == [
        (None, "raised", "first"),
        ("raised", "agreed", "advanced"),
    ]


def test_a_step_backwards_is_a_source_reporting_less() -> None:
    assert change("proposed", "raised") == "reported-less"
    assert change("agreed", "discussed") == "reported-less"
    assert change("raised", "roadmap") == "advanced"
    assert change("agreed", "rejected") == "turned"
    assert change("deferred", "agreed") == "resumed"
    assert change(None, "raised") == "first"
    assert change("agreed", "agreed") == "same"


def test_a_day_between_two_rounds_goes_to_the_round_begun_the_day_before() -> None:
    monday = _analysis("a", "2024-03-04", _meeting("a", "2024-03-04"))
    wednesday = _analysis(
        "b",
        "2024-03-07",
        _meeting("b", "2024-03-06"),
        _mention("b", "Fishing quotas", "agreed", round_date="2024-03-05"),  # "agreed on Tuesday"
    )
    (track,) = fuse([monday, wednesday])
    dates = {r.id: r.date for r in track.rounds}
    (row,) = [s for s in track.issue_status if s.issue == "other:fishing-quotas"]
    assert dates[row.round_id] == "2024-03-04"


def test_an_open_item_worded_inside_a_taxonomy_item_of_its_round_is_that_item() -> None:
    crossing = IssueMention(
        "crossings",
        "Border crossings",
        "agreed",
        _ev("a", 1),
        phrase="reopen the ferry crossing",
        meeting="m0",
    )
    first = _analysis(
        "a",
        "2024-03-05",
        _meeting("a", "2024-03-04"),
        crossing,
        _mention("a", "Ferry crossing", "agreed", meeting="m0"),
    )
    later = _analysis(
        "b",
        "2024-05-07",
        _meeting("b", "2024-05-06"),
        _mention("b", "Ferry crossing", "raised", meeting="m0"),
    )
    (track,) = fuse([first, later])
    dates = {r.id: r.date for r in track.rounds}
    rows = sorted((dates[s.round_id], s.issue) for s in track.issue_status)
    assert rows == [("2024-03-04", "crossings"), ("2024-05-06", "other:ferry-crossing")]


def test_talks_named_for_a_taxonomy_item_of_their_round_are_that_item() -> None:
    treaty = IssueMention(
        "peace_agreement", "Peace agreement", "discussed", _ev("a", 1), phrase="peace treaty", meeting="m0"
    )
    first = _analysis(
        "a",
        "2024-03-05",
        _meeting("a", "2024-03-04"),
        treaty,
        _mention("a", "Peace negotiations", "discussed", meeting="m0"),
        _mention("a", "Fishing talks", "discussed", meeting="m0"),
    )
    (track,) = fuse([first])
    assert sorted(s.issue for s in track.issue_status) == ["other:fishing-talks", "peace_agreement"]


def _stance_track(*mentions: IssueMention) -> dict[str, str | None]:
    """Round date of each item's row when a second report, a week or more after the one round held,
    states positions on days no round was held."""
    held = _analysis("a", "2024-03-05", _meeting("a", "2024-03-04"))
    later = Analysis(
        Document("b", "text", dt.date(2024, 3, 30)),
        meetings=(replace(_meeting("b", "2024-04-20"), planned=True),),  # the next round, still to come
        issues=mentions,
        parties=("Canada", "India"),
        negotiation=True,
    )
    (track,) = fuse([held, later])
    dates = {r.id: r.date for r in track.rounds}
    return {s.issue: dates[s.round_id] for s in track.issue_status}


def test_a_stance_dated_between_rounds_stays_on_the_last_round_held() -> None:
    rows = _stance_track(
        # "On Monday, India restated that it rejects X": eight days after the round
        _mention("b", "Fishing quotas", "rejected", round_date="2024-03-12"),
        # an agreement on a day no round was held was reached at some other meeting
        _mention("b", "Water sharing", "agreed", round_date="2024-03-12"),
        # three weeks on, a stance is no longer where that round left the item
        _mention("b", "Grain trade", "proposed", round_date="2024-03-27"),
    )
    assert rows == {"other:fishing-quotas": "2024-03-04"}


def test_a_raiser_is_named_by_the_tracks_party_not_by_the_reports_wording() -> None:
    meeting = _meeting("a", "2024-03-04")
    first = Analysis(
        Document("a", "text", dt.date(2024, 3, 5)),
        meetings=(meeting,),
        issues=(
            IssueMention(
                "other:fishing-quotas",
                "Fishing quotas",
                "raised",
                _ev("a", 1),
                raised_by="New Delhi",
                meeting="m0",
            ),
        ),
        parties=("Canada", "India"),
        party_names={"India": ("New Delhi",)},
        negotiation=True,
    )
    (track,) = fuse([first])
    (row,) = track.issue_status
    assert row.raised_by == "India"


def test_the_placing_of_forces_in_other_words_is_one_item() -> None:
    mentions = [
        _mention("a", "Disposition of forces", "discussed"),
        _mention("b", "Repositioning of forces", "raised"),
    ]
    assert len(set(merge_keys(mentions).values())) == 1


def test_an_open_item_that_only_wraps_a_taxonomy_item_of_its_round_is_that_item() -> None:
    demarcation = IssueMention(
        "border",
        "Border demarcation",
        "agreed",
        _ev("a", 1),
        phrase="demarcate the land border",
        meeting="m0",
    )
    first = _analysis(
        "a",
        "2024-03-05",
        _meeting("a", "2024-03-04"),
        demarcation,
        _mention("a", "Border issue", "discussed", meeting="m0"),
    )
    (track,) = fuse([first])
    assert [s.issue for s in track.issue_status] == ["border"]


def test_a_meeting_no_round_took_speaks_of_the_round_held_that_day() -> None:
    """A report whose meeting the track's round did not take (it names other sides than the round's
    reports) still tells what was done at the talks of its day: the round held that day."""
    told = _analysis(
        "a",
        "2024-03-05",
        _meeting("a", "2024-03-04"),
        _mention("a", "Grain trade", "discussed", meeting="m0"),
    )
    apart = replace(_meeting("b", "2024-03-04"), parties=("Norway",), city=None)
    other = _analysis("b", "2024-03-05", apart, _mention("b", "Fishing quotas", "agreed", meeting="m0"))
    (track,) = fuse([told, other])
    (held,) = track.rounds
    assert held.sources == ("a",)
    assert (held.id, "other:fishing-quotas", "agreed") in {
        (s.round_id, s.issue, s.status) for s in track.issue_status
    }


def test_a_meeting_no_round_took_dated_by_its_last_day_speaks_of_the_round_begun_the_day_before() -> None:
    """ "The ministers wrapped up their two-day gathering on Tuesday": a report dating the meeting no
    round took by its last day tells what was done at the round begun on Monday."""
    told = _analysis(
        "a",
        "2024-03-05",
        _meeting("a", "2024-03-04"),
        _mention("a", "Grain trade", "discussed", meeting="m0"),
    )
    apart = replace(_meeting("b", "2024-03-05"), parties=("Norway",), city=None)
    other = _analysis("b", "2024-03-06", apart, _mention("b", "Fishing quotas", "agreed", meeting="m0"))
    (track,) = fuse([told, other])
    (held,) = track.rounds
    assert held.date == "2024-03-04"
    assert (held.id, "other:fishing-quotas", "agreed") in {
        (s.round_id, s.issue, s.status) for s in track.issue_status
    }
