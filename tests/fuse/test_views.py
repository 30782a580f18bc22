"""A report that tells several negotiations feeds one track per pair of sides that met."""

from __future__ import annotations

import datetime as dt
from typing import Any

from legation.fuse import fuse
from legation.fuse.views import views
from legation.model import (
    Actor,
    Analysis,
    Document,
    Evidence,
    Head,
    IssueMention,
    MeetingMention,
    Statement,
    ThirdParty,
    TimeValue,
)
from legation.pipeline import analyse, build_dossier

TOUR = (
    "Chilean Foreign Minister Rosa Alvear held talks with her Argentine counterpart in Buenos Aires on "
    "Monday on a gas pipeline.",
    "On Tuesday Alvear met Uruguay's foreign minister in Montevideo and the two signed a fisheries accord.",
    "Alvear said the pipeline would be built by 2027.",
)


def _ev(doc_id: str, i: int) -> Evidence:
    return Evidence(doc_id, i, 0, 10, TOUR[i % len(TOUR)])


def _date(value: str) -> TimeValue:
    return TimeValue("on Monday", "DATE", value, 0, 9)


def _meeting(
    key: str, doc_id: str, i: int, day: str, city: str | None, *parties: str, heads: tuple[Head, ...] = ()
) -> MeetingMention:
    return MeetingMention(key, (_ev(doc_id, i),), date=_date(day), city=city, parties=parties, heads=heads)


def _tour(doc_id: str = "t1", third: tuple[ThirdParty, ...] = ()) -> Analysis:
    alvear = Head(Actor("Rosa Alvear", "person", party="Chile"), _ev(doc_id, 0))
    return Analysis(
        Document(doc_id, " ".join(TOUR), dt.date(2024, 5, 7)),
        meetings=(
            _meeting("m0", doc_id, 0, "2024-05-06", "Buenos Aires", "Chile", "Argentina", heads=(alvear,)),
            _meeting("m1", doc_id, 1, "2024-05-07", "Montevideo", "Chile", "Uruguay"),
        ),
        issues=(
            IssueMention("other:gas-pipeline", "gas pipeline", "discussed", _ev(doc_id, 0), meeting="m0"),
            IssueMention("other:fisheries", "fisheries", "formalised", _ev(doc_id, 1), meeting="m1"),
        ),
        statements=(
            Statement(Actor("Rosa Alvear", "person", party="Chile"), "said", "x", False, _ev(doc_id, 2)),
        ),
        parties=("Argentina", "Chile"),
        third_parties=third,
        subject="gas pipeline",
        negotiation=True,
    )


def test_a_tour_with_two_hosts_gives_two_tracks() -> None:
    tracks = fuse([_tour()])
    assert sorted((t.parties, t.documents) for t in tracks) == [
        (("Argentina", "Chile"), ("t1",)),
        (("Chile", "Uruguay"), ("t1",)),
    ]
    by_sides = {t.parties: t for t in tracks}
    pipeline, fisheries = by_sides[("Argentina", "Chile")], by_sides[("Chile", "Uruguay")]
    assert [(r.date, r.city) for r in pipeline.rounds] == [("2024-05-06", "Buenos Aires")]
    assert [(r.date, r.city) for r in fisheries.rounds] == [("2024-05-07", "Montevideo")]
    assert [s.issue for s in pipeline.issue_status] == ["other:gas-pipeline"]
    assert [s.issue for s in fisheries.issue_status] == ["other:fisheries"]
    # the report's other content goes with its own sides
    assert len(pipeline.statements) == 1 and not fisheries.statements


def test_a_mediator_meeting_one_side_stays_one_track() -> None:
    mediator = (ThirdParty("Uruguay", "mediator", (_ev("t1", 1),)),)
    report = _tour(third=mediator)
    assert views(report) == (report,)
    assert [t.parties for t in fuse([report])] == [("Argentina", "Chile")]


def test_a_pair_that_is_a_tracks_side_and_go_between_joins_that_track() -> None:
    # another report names Uruguay the mediator of the Argentina-Chile talks: the view of Chile's meeting
    # with Uruguay joins their track, and goes back into its report
    mediated = Analysis(
        Document("t0", "text", dt.date(2024, 5, 6)),
        meetings=(_meeting("m0", "t0", 0, "2024-05-06", "Buenos Aires", "Chile", "Argentina"),),
        parties=("Argentina", "Chile"),
        third_parties=(ThirdParty("Uruguay", "mediator", (_ev("t0", 0),)),),
        negotiation=True,
    )
    tracks = fuse([mediated, _tour()])
    assert [(t.parties, t.documents) for t in tracks] == [(("Argentina", "Chile"), ("t0", "t1"))]


def test_another_pair_met_on_the_day_and_in_the_city_of_the_talks_is_no_other_negotiation() -> None:
    report = _tour()
    sideline = _meeting("m1", "t1", 1, "2024-05-06", None, "Chile", "Uruguay")
    report = Analysis(
        report.document,
        meetings=(report.meetings[0], sideline),
        parties=report.parties,
        negotiation=True,
    )
    assert views(report) == (report,)


def test_a_report_of_one_pair_gives_the_same_dossier_as_before() -> None:
    report = _tour()
    one = Analysis(
        report.document,
        meetings=report.meetings[:1],
        issues=report.issues[:1],
        statements=report.statements,
        parties=report.parties,
        subject=report.subject,
        negotiation=True,
    )
    assert views(one) == (one,)
    (track,) = fuse([one])
    assert track.parties == ("Argentina", "Chile") and track.documents == ("t1",)
    assert [s.issue for s in track.issue_status] == ["other:gas-pipeline"]


def test_talks_of_many_are_not_split_into_their_pairs() -> None:
    report = _tour()
    many = _meeting("m2", "t1", 0, "2024-05-06", "Buenos Aires", "Chile", "Argentina", "Uruguay")
    report = Analysis(
        report.document,
        meetings=(*report.meetings, many),
        parties=report.parties,
        negotiation=True,
    )
    assert views(report) == (report,)


def _run(nlp: Any, *texts: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    docs = [Document(f"d{i}", text, dt.date(2024, 5, 8)) for i, text in enumerate(texts)]
    return sorted((t.parties, t.documents) for t in build_dossier(analyse(docs, nlp=nlp)).tracks)


def test_a_report_of_one_sides_talks_with_two_others_on_two_days_feeds_two_tracks(nlp: Any) -> None:
    text = (
        "Chile and Argentina held talks in Buenos Aires on Monday on a new gas pipeline. Chile and Uruguay "
        "held talks on Tuesday on fisheries."
    )
    assert _run(nlp, text) == [(("Argentina", "Chile"), ("d0",)), (("Chile", "Uruguay"), ("d0",))]


def test_a_mediators_meeting_with_one_side_the_next_day_feeds_no_other_track(nlp: Any) -> None:
    mediated = (
        "Argentine and Chilean negotiators held talks in Buenos Aires on Monday on their border dispute, "
        "mediated by Uruguay. On Tuesday the Uruguayan mediator met Chile's delegation in Buenos Aires."
    )
    assert _run(nlp, mediated) == [(("Argentina", "Chile"), ("d0",))]
    # another report reads the mediator's meeting as talks of two sides: its track is the mediated one's
    told = (
        "Argentine and Chilean negotiators held talks in Buenos Aires on Monday on their border dispute. "
        "Uruguay and Chile held talks on Tuesday on the dispute."
    )
    assert _run(nlp, mediated, told) == [(("Argentina", "Chile"), ("d0", "d1"))]


def test_another_pairs_meeting_recalled_from_weeks_before_starts_no_track() -> None:
    report = _tour()
    recalled = _meeting("m1", "t1", 1, "2024-04-10", "Montevideo", "Chile", "Uruguay")
    report = Analysis(
        report.document,
        meetings=(report.meetings[0], recalled),
        parties=report.parties,
        negotiation=True,
    )
    assert len(views(report)) == 2  # a view of its own ...
    assert [t.parties for t in fuse([report])] == [("Argentina", "Chile")]  # ... that joins no track
    # ... but joins the track of that pair that other reports tell
    pair = Analysis(
        Document("u1", "text", dt.date(2024, 4, 11)),
        meetings=(_meeting("m0", "u1", 1, "2024-04-10", "Montevideo", "Chile", "Uruguay"),),
        parties=("Chile", "Uruguay"),
        negotiation=True,
    )
    assert sorted((t.parties, t.documents) for t in fuse([report, pair])) == [
        (("Argentina", "Chile"), ("t1",)),
        (("Chile", "Uruguay"), ("u1", "t1")),
    ]
