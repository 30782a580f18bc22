"""Fusion of meeting mentions from several reports into rounds, with conflicts kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from legation.fuse import fuse, track_key
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


def _doc(doc_id: str, published: str) -> Document:
    return Document(doc_id, "text", dt.date.fromisoformat(published))


def _ev(doc_id: str, i: int = 0) -> Evidence:
    return Evidence(doc_id, i, 0, 4, "sentence")


def _date(value: str) -> TimeValue:
    return TimeValue("on Monday", "DATE", value, 0, 9)


def _analysis(
    doc_id: str, published: str, *meetings: MeetingMention, issues: tuple[IssueMention, ...] = ()
) -> Analysis:
    return Analysis(
        _doc(doc_id, published),
        meetings=meetings,
        issues=issues,
        parties=("Iran", "United States"),
        subject="nuclear programme",
        negotiation=True,
    )


def test_track_key_needs_two_parties_and_a_negotiation_with_a_meeting() -> None:
    meeting = MeetingMention("m0", (_ev("d"),), date=_date("2024-05-01"), city="Muscat")
    a = Analysis(_doc("d1", "2024-05-01"), parties=("Iran",), negotiation=True, meetings=(meeting,))
    assert track_key(a) is None
    named_only = Analysis(_doc("d2", "2024-05-01"), parties=("United States", "Iran"), subject="x")
    assert track_key(named_only) is None  # two countries named: no negotiation
    no_meeting = Analysis(_doc("d3", "2024-05-01"), parties=("United States", "Iran"), negotiation=True)
    assert track_key(no_meeting) is None  # talks mentioned in passing: background at most
    b = Analysis(
        _doc("d4", "2024-05-01"), parties=("United States", "Iran"), negotiation=True, meetings=(meeting,)
    )
    assert track_key(b) == "Iran+United States"


def test_same_meeting_from_two_outlets_is_one_round_with_every_source_value() -> None:
    m1 = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-06"), city="Muscat", venue="royal palace")
    m2 = MeetingMention("m0", (_ev("b"),), date=_date("2024-05-07"), city="Muscat", venue="foreign ministry")
    tracks = fuse([_analysis("a", "2024-05-07", m1), _analysis("b", "2024-05-08", m2)])
    assert len(tracks) == 1
    (round_,) = tracks[0].rounds
    assert round_.sources == ("a", "b")
    assert [s.value for s in round_.fields["venue"]] == ["royal palace", "foreign ministry"]
    fields = {c.field for c in tracks[0].conflicts}
    assert fields == {"date", "venue"}  # both disagreements are shown, not hidden


def test_later_report_of_an_ordinal_confirms_the_earlier_round() -> None:
    first = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-06"), city="Muscat")
    later_focal = MeetingMention("m0", (_ev("b"),), date=_date("2024-06-10"), ordinal=2)
    later_about_first = MeetingMention(
        "m1", (_ev("b", 5),), date=_date("2024-05-06"), ordinal=1, city="Muscat"
    )
    tracks = fuse(
        [_analysis("a", "2024-05-07", first), _analysis("b", "2024-06-10", later_focal, later_about_first)]
    )
    rounds = tracks[0].rounds
    assert [(r.date, r.ordinal) for r in rounds] == [("2024-05-06", 1), ("2024-06-10", 2)]
    assert rounds[0].sources == ("a", "b")
    assert tracks[0].conflicts == ()


def test_meetings_far_apart_stay_separate_rounds() -> None:
    m1 = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-06"), city="Muscat")
    m2 = MeetingMention("m0", (_ev("b"),), date=_date("2024-05-20"), city="Muscat")
    tracks = fuse([_analysis("a", "2024-05-07", m1), _analysis("b", "2024-05-21", m2)])
    assert len(tracks[0].rounds) == 2


def test_planned_round_is_dropped_once_reported_held() -> None:
    planned = MeetingMention("m1", (_ev("a"),), ordinal=2, planned=True)
    held = MeetingMention("m0", (_ev("b"),), date=_date("2024-06-10"), ordinal=2)
    tracks = fuse([_analysis("a", "2024-05-07", planned), _analysis("b", "2024-06-10", held)])
    assert [(r.ordinal, r.planned) for r in tracks[0].rounds] == [(2, False)]


def test_issue_status_is_the_furthest_reported_and_keeps_the_raiser() -> None:
    m = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-06"), city="Muscat")
    m_b = MeetingMention("m0", (_ev("b"),), date=_date("2024-05-06"), city="Muscat")
    raised = IssueMention("sanctions", "Sanctions relief", "raised", _ev("a"), raised_by="Iran", meeting="m0")
    agreed = IssueMention("sanctions", "Sanctions relief", "agreed", _ev("b"), meeting="m0")
    tracks = fuse(
        [
            _analysis("a", "2024-05-07", m, issues=(raised,)),
            _analysis("b", "2024-05-07", m_b, issues=(agreed,)),
        ]
    )
    (status,) = tracks[0].issue_status
    assert (status.status, status.raised_by, len(status.evidence)) == ("agreed", "Iran", 2)


def test_heads_from_several_sources_are_merged_by_name() -> None:
    ev = _ev("a")
    h1 = Head(Actor("Jane Roe", "person", party="United States"), ev)
    h2 = Head(Actor("Jane Roe", "person", role="special envoy", party="United States"), _ev("b"))
    m1 = MeetingMention("m0", (ev,), date=_date("2024-05-06"), heads=(h1,))
    m2 = MeetingMention("m0", (_ev("b"),), date=_date("2024-05-06"), heads=(h2,))
    tracks = fuse([_analysis("a", "2024-05-07", m1), _analysis("b", "2024-05-07", m2)])
    (head,) = tracks[0].rounds[0].heads
    assert head.actor.role == "special envoy"


def test_fusing_one_key_alone_gives_the_same_track() -> None:
    m = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-06"))
    a = _analysis("a", "2024-05-07", m)
    other = Analysis(_doc("z", "2024-01-01"), meetings=(m,), parties=("Armenia", "Azerbaijan"), subject=None)
    alone = fuse([a])
    together = [t for t in fuse([a, other]) if t.id == alone[0].id]
    assert together == alone


def test_two_meetings_on_one_day_in_two_cities_get_distinct_ids() -> None:
    m1 = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-06"), city="Muscat")
    m2 = MeetingMention("m0", (_ev("b"),), date=_date("2024-05-06"), city="Doha")
    tracks = fuse([_analysis("a", "2024-05-07", m1), _analysis("b", "2024-05-07", m2)])
    ids = [r.id for r in tracks[0].rounds]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_subject_names_the_track_without_splitting_it() -> None:
    m = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-06"), city="Muscat")
    a = _analysis("a", "2024-05-07", m)
    b = Analysis(_doc("b", "2024-05-08"), meetings=(m,), parties=("United States", "Iran"), subject=None)
    (track,) = fuse([a, b])
    assert track.subject == "nuclear programme"
    assert set(track.documents) == {"a", "b"}


def test_a_planned_meeting_overtaken_by_a_later_round_is_dropped() -> None:
    planned = MeetingMention("m1", (_ev("a"),), date=_date("2024-05-20"), planned=True)
    held = MeetingMention("m0", (_ev("b"),), date=_date("2024-06-10"), city="Muscat")
    tracks = fuse([_analysis("a", "2024-05-07", planned), _analysis("b", "2024-06-10", held)])
    assert [(r.date, r.planned) for r in tracks[0].rounds] == [("2024-06-10", False)]


def test_a_planned_meeting_put_off_is_not_overtaken_by_a_later_round() -> None:
    held = MeetingMention("m0", (_ev("b"),), date=_date("2024-06-10"), city="Muscat")
    put_off = MeetingMention("m1", (_ev("a"),), date=_date("2024-05-20"), planned=True, fate="postponed")
    tracks = fuse([_analysis("a", "2024-05-21", put_off), _analysis("b", "2024-06-10", held)])
    assert [(r.date, r.planned, r.fate) for r in tracks[0].rounds] == [
        ("2024-06-10", False, None),
        ("2024-05-20", True, "postponed"),
    ]
    called_off = replace(put_off, fate="cancelled")
    tracks = fuse([_analysis("a", "2024-05-21", called_off), _analysis("b", "2024-06-10", held)])
    assert [(r.planned, r.fate) for r in tracks[0].rounds] == [(False, None), (True, "cancelled")]
    # put off by a few days and then held: the held round, rescheduled
    soon = replace(held, date=_date("2024-05-24"))
    tracks = fuse([_analysis("a", "2024-05-21", put_off), _analysis("b", "2024-05-24", soon)])
    assert [(r.date, r.planned) for r in tracks[0].rounds] == [("2024-05-24", False)]


def test_the_next_round_is_numbered_from_the_ordinal_most_reports_give_the_round_it_counts_from() -> None:
    # b counts the round of 10 June as the fourth (an earlier series with it), a and c as the third
    third = MeetingMention("m0", (_ev("a"),), date=_date("2024-06-10"), city="Muscat", ordinal=3)
    fourth = MeetingMention("m0", (_ev("b"),), date=_date("2024-06-10"), city="Muscat", ordinal=4)
    also_third = replace(third, evidence=(_ev("c"),))
    following = MeetingMention("m1", (_ev("b"),), ordinal=5, planned=True, counted_from=("2024-06-10", 1))
    tracks = fuse(
        [
            _analysis("a", "2024-06-11", third),
            _analysis("b", "2024-06-11", fourth, following),
            _analysis("c", "2024-06-12", also_third),
        ]
    )
    assert [(r.ordinal, r.planned) for r in tracks[0].rounds if r.planned] == [(4, True)]


def _meeting(doc_id: str, day: str, **fields: object) -> MeetingMention:
    return MeetingMention("m0", (_ev(doc_id),), date=_date(day), **fields)  # type: ignore[arg-type]


def test_a_meeting_counted_differently_by_two_outlets_is_one_round_with_an_ordinal_conflict() -> None:
    first = _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Muscat", ordinal=1))
    second = _analysis("b", "2024-05-07", _meeting("b", "2024-05-06", city="Muscat", ordinal=2))
    (track,) = fuse([first, second])
    (round_,) = track.rounds
    assert [c.field for c in track.conflicts] == ["ordinal"]
    assert sorted(s.value for s in round_.fields["ordinal"]) == [1, 2]


def test_an_undated_first_round_is_the_one_unnumbered_round_before_the_second() -> None:
    """One report dates the talks of May 6 and numbers none; another numbers a "first round" and dates
    none; a third dates the second round. The first round is the talks of May 6: one round, not two."""
    dated = _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Muscat"))
    numbered = _analysis("b", "2024-06-12", MeetingMention("m0", (_ev("b"),), city="Muscat", ordinal=1))
    second = _analysis("c", "2024-06-11", _meeting("c", "2024-06-10", city="Muscat", ordinal=2))
    (track,) = fuse([dated, numbered, second])
    assert [(r.date, r.ordinal) for r in track.rounds if not r.planned] == [
        ("2024-05-06", 1),
        ("2024-06-10", 2),
    ]
    # with two unnumbered rounds before the second, which one was the first is not known
    other = _analysis("d", "2024-05-21", _meeting("d", "2024-05-20", city="Muscat"))
    (track,) = fuse([dated, other, numbered, second])
    assert [(r.date, r.ordinal) for r in track.rounds if not r.planned] == [
        ("2024-05-06", None),
        ("2024-05-20", None),
        ("2024-06-10", 2),
        (None, 1),
    ]


def test_a_round_over_several_days_is_one_round_with_its_first_and_last_day() -> None:
    reports = [
        _analysis(d, p, _meeting(d, day, city="Muscat"))
        for d, p, day in (
            ("a", "2024-05-06", "2024-05-06"),
            ("b", "2024-05-07", "2024-05-07"),
            ("c", "2024-05-09", "2024-05-08"),
        )
    ]
    (track,) = fuse(reports)
    (round_,) = track.rounds
    assert (round_.date, round_.end) == ("2024-05-06", "2024-05-08")


def test_the_first_and_the_last_day_of_a_long_round_of_one_ordinal_are_one_round() -> None:
    opened = _analysis("a", "2024-03-09", _meeting("a", "2024-03-08", city="Havana", ordinal=6))
    ended = _analysis("b", "2024-03-30", _meeting("b", "2024-03-29", city="Havana", ordinal=6))
    (track,) = fuse([opened, ended])
    (round_,) = track.rounds
    assert (round_.date, round_.end, round_.ordinal) == ("2024-03-08", "2024-03-29", 6)


def test_the_day_a_long_round_was_told_to_close_is_its_end_not_a_date_conflict() -> None:
    opened = _analysis(
        "a", "2024-03-09", _meeting("a", "2024-03-08", city="Havana", ordinal=6, stage="opened")
    )
    ended = _analysis(
        "b", "2024-03-30", _meeting("b", "2024-03-29", city="Havana", ordinal=6, stage="closed")
    )
    (track,) = fuse([opened, ended])
    (round_,) = track.rounds
    assert (round_.date, round_.end) == ("2024-03-08", "2024-03-29")
    assert track.conflicts == ()
    assert [s.evidence.document_id for s in round_.fields["date"]] == ["a"]
    assert [s.evidence.document_id for s in round_.fields["end"]] == ["b"]
    # two outlets giving a one-day meeting two days, neither told as its close, still disagree
    other = _analysis("c", "2024-03-10", _meeting("c", "2024-03-09", city="Havana", ordinal=6))
    (track,) = fuse([opened, other])
    assert [c.field for c in track.conflicts] == ["date"]


def test_rounds_of_one_ordinal_far_apart_or_in_two_cities_stay_two() -> None:
    for later, city in (("2024-06-20", "Havana"), ("2024-03-15", "Caracas")):
        first = _analysis("a", "2024-03-09", _meeting("a", "2024-03-08", city="Havana", ordinal=6))
        second = _analysis("b", later, _meeting("b", later, city=city, ordinal=6))
        assert len(fuse([first, second])[0].rounds) == 2


def test_a_report_of_talks_and_of_another_meeting_the_day_before_keeps_them_apart() -> None:
    talks = MeetingMention(
        "m0", (_ev("a"),), date=_date("2024-11-19"), city="Hanoi", parties=("Iran", "United States")
    )
    summit = MeetingMention("m1", (_ev("a", 4),), date=_date("2024-11-18"))  # "the summit ended Saturday"
    (track,) = fuse([_analysis("a", "2024-11-19", talks, summit)])
    assert [r.date for r in track.rounds] == ["2024-11-19"]
    # another outlet dating the same talks a day earlier still reports the same round
    other = _analysis("b", "2024-11-19", MeetingMention("m0", (_ev("b"),), date=_date("2024-11-18")))
    (track,) = fuse([_analysis("a", "2024-11-19", talks), other])
    assert [(r.date, r.end) for r in track.rounds] == [("2024-11-18", "2024-11-19")]


def test_a_report_of_a_day_with_no_place_joins_the_round_of_that_day() -> None:
    first = _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Muscat", ordinal=1))
    second = _analysis("b", "2024-05-08", _meeting("b", "2024-05-07", city="Rome", ordinal=2))
    later = _analysis("c", "2024-05-08", _meeting("c", "2024-05-07"))
    (track,) = fuse([first, second, later])
    assert {r.city: sorted(r.sources) for r in track.rounds} == {"Muscat": ["a"], "Rome": ["b", "c"]}


def test_background_and_future_meetings_are_not_held_rounds() -> None:
    old = _meeting("a", "2023-11-02", city="Muscat")  # months before the report: background
    announced = _meeting("a", "2024-06-20", city="Muscat")  # after the report: not yet held
    held = _meeting("a", "2024-05-06", city="Muscat")
    (track,) = fuse([_analysis("a", "2024-05-07", old, announced, held)])
    assert [(r.date, r.planned) for r in track.rounds] == [("2024-05-06", False), ("2024-06-20", True)]


def test_a_date_next_to_a_meeting_word_alone_is_no_round() -> None:
    bare = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-06"))
    with_sides = MeetingMention(
        "m1", (_ev("a", 3),), date=_date("2024-05-20"), parties=("Iran", "United States")
    )
    (track,) = fuse([_analysis("a", "2024-05-21", bare, with_sides)])
    assert [r.date for r in track.rounds] == ["2024-05-20"]


def _sided(
    doc_id: str, published: str, parties: tuple[str, ...], *meetings: MeetingMention, **kw: object
) -> Analysis:
    return Analysis(
        _doc(doc_id, published),
        meetings=meetings,
        parties=parties,
        negotiation=True,
        **kw,  # type: ignore[arg-type]
    )


def test_reports_of_one_meeting_naming_more_or_fewer_actors_are_one_track() -> None:
    two = _sided("a", "2024-05-07", ("Iran", "United States"), _meeting("a", "2024-05-06", city="Muscat"))
    three = _sided(
        "b", "2024-05-07", ("Iran", "Oman", "United States"), _meeting("b", "2024-05-06", city="Muscat")
    )
    (track,) = fuse([two, three])
    assert set(track.documents) == {"a", "b"}


def test_a_mediator_is_a_third_party_and_a_mediator_meeting_one_side_joins_the_track() -> None:
    from legation.model import ThirdParty

    mediated = ThirdParty("Oman", "mediator", (_ev("a"),))
    talks = _sided(
        "a",
        "2024-05-07",
        ("Iran", "United States"),
        _meeting("a", "2024-05-06", city="Muscat"),
        third_parties=(mediated,),
    )
    shuttle = _sided("b", "2024-05-09", ("Iran", "Oman"), _meeting("b", "2024-05-08", city="Muscat"))
    (track,) = fuse([talks, shuttle])
    assert track.parties == ("Iran", "United States")
    assert [(t.name, t.role) for t in track.third_parties] == [("Oman", "mediator")]
    assert set(track.documents) == {"a", "b"}


def test_two_mediators_meeting_each_other_hold_no_round_of_the_talks_they_mediate() -> None:
    from legation.model import ThirdParty

    mediators = (ThirdParty("Oman", "mediator", (_ev("a"),)), ThirdParty("Qatar", "mediator", (_ev("a"),)))
    talks = _meeting("a", "2024-05-06", city="Muscat", parties=("Iran", "United States"))
    envoys = replace(_meeting("a", "2024-05-09", city="Doha", parties=("Oman", "Qatar")), key="m1")
    report = _sided("a", "2024-05-10", ("Iran", "United States"), talks, envoys, third_parties=mediators)
    (track,) = fuse([report])
    assert [r.city for r in track.rounds] == ["Muscat"]


def test_the_go_betweens_of_talks_meeting_about_them_make_no_track_of_their_own() -> None:
    from legation.model import ThirdParty

    def talks(doc_id: str, day: str) -> Analysis:
        roles = (ThirdParty("Oman", "mediator", (_ev(doc_id),)), ThirdParty("Qatar", "host", (_ev(doc_id),)))
        meeting = _meeting(doc_id, day, city="Doha", parties=("Iran", "United States"))
        return _sided(doc_id, day, ("Iran", "United States"), meeting, third_parties=roles)

    # "Oman's and Qatar's foreign ministers met in Muscat on Sunday to prepare the next round between Iran
    # and the United States": the mediator and the host talking about the talks they serve
    envoys = _meeting("c", "2024-05-19", city="Muscat", parties=("Oman", "Qatar"))
    about = _sided(
        "c", "2024-05-20", ("Oman", "Qatar"), envoys, named=("Iran", "Oman", "Qatar", "United States")
    )
    (track,) = fuse([talks("a", "2024-05-06"), talks("b", "2024-05-13"), about])
    assert track.parties == ("Iran", "United States")
    assert set(track.documents) == {"a", "b", "c"}
    # the same two meeting about something else stay a track of their own
    other = replace(about, named=("Oman", "Qatar"))
    assert len(fuse([talks("a", "2024-05-06"), talks("b", "2024-05-13"), other])) == 2


def test_reports_without_a_negotiation_make_no_track_and_talks_years_apart_are_two() -> None:
    bystander = Analysis(_doc("x", "2024-05-07"), parties=("Iran", "United States"))
    assert fuse([bystander]) == []
    early = _sided("a", "2014-05-07", ("Iran", "United States"), _meeting("a", "2014-05-06", city="Muscat"))
    late = _sided("b", "2024-05-07", ("Iran", "United States"), _meeting("b", "2024-05-06", city="Muscat"))
    assert len(fuse([early, late])) == 2


def test_two_negotiations_between_the_same_sides_have_different_ids() -> None:
    early = _sided("a", "2014-05-07", ("Iran", "United States"), _meeting("a", "2014-05-06", city="Muscat"))
    late = _sided("b", "2024-05-07", ("Iran", "United States"), _meeting("b", "2024-05-06", city="Muscat"))
    ids = [t.id for t in fuse([early, late])]
    assert len(set(ids)) == 2


def test_venue_spellings_with_and_without_diacritics_are_one_value() -> None:
    a = _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Istanbul", venue="Çırağan Palace"))
    b = _analysis("b", "2024-05-07", _meeting("b", "2024-05-06", city="Istanbul", venue="Ciragan Palace"))
    (track,) = fuse([a, b])
    assert track.conflicts == ()
    assert track.rounds[0].venue == "Çırağan Palace"


def test_venue_transliterations_are_one_value_under_the_most_given_spelling_with_every_variant_kept() -> None:
    a = _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Istanbul", venue="Chiragan Palace"))
    b = _analysis("b", "2024-05-07", _meeting("b", "2024-05-06", city="Istanbul", venue="Ciragan Palace"))
    c = _analysis("c", "2024-05-08", _meeting("c", "2024-05-06", city="Istanbul", venue="Çırağan Palace"))
    (track,) = fuse([a, b, c])
    assert track.conflicts == ()
    (round_,) = track.rounds
    assert round_.venue == "Ciragan Palace"  # "Ciragan" and "Çırağan" are one spelling, given twice
    assert [s.value for s in round_.fields["venue"]] == [
        "Chiragan Palace",
        "Ciragan Palace",
        "Çırağan Palace",
    ]


def test_two_venues_of_one_round_are_still_a_conflict() -> None:
    a = _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Istanbul", venue="Ciragan Palace"))
    b = _analysis("b", "2024-05-07", _meeting("b", "2024-05-06", city="Istanbul", venue="Foreign Ministry"))
    (track,) = fuse([a, b])
    assert [c.field for c in track.conflicts] == ["venue"]


def test_spellings_of_one_head_in_several_reports_are_one_head_and_namesakes_of_two_sides_are_two() -> None:
    def head(doc_id: str, name: str, party: str | None, role: str | None = None) -> Head:
        return Head(Actor(name, "person", role=role, party=party), _ev(doc_id))

    reports = [
        (
            "a",
            [head("a", "Kim Kye-gwan", "North Korea", "vice foreign minister"), head("a", "Lee Su", "Japan")],
        ),
        ("b", [head("b", "Kim Gye Gwan", None), head("b", "Mr Kim", "South Korea")]),
        ("c", [head("c", "Kim Kye Gwan", "North Korea")]),
    ]
    sides = ("North Korea", "South Korea", "Japan")
    analyses = [
        _sided(
            doc_id,
            "2024-05-07",
            sides,
            _meeting(doc_id, "2024-05-06", city="Beijing", heads=tuple(heads), parties=sides),
        )
        for doc_id, heads in reports
    ]
    (track,) = fuse(analyses)
    heads = [(h.actor.name, h.actor.party, h.actor.role) for h in track.rounds[0].heads]
    assert heads == [
        ("Kim Kye-gwan", "North Korea", "vice foreign minister"),
        ("Lee Su", "Japan", None),
        ("Mr Kim", "South Korea", None),  # another side's Kim is another person
    ]


def test_spellings_of_one_head_are_one_head() -> None:
    from legation.fuse.tracks import same_person

    assert same_person("Kim Gye Gwan", "Kim Kye-gwan")
    assert same_person("Bizima Karaha", "Bizimana Karaha")
    assert same_person("Karaha", "Bizima Karaha")
    assert same_person("Sergei Lavrov", "Sergey Lavrov")
    assert not same_person("Kim Gye Gwan", "Christopher Hill")
    assert not same_person("John Smith", "Jane Doe")


def test_an_actor_never_seen_taking_part_in_a_meeting_is_not_a_side() -> None:
    # Two reports of talks between a government and a movement; two more also name an outside power that
    # urged the sides to talk, in the same sentences, but no report has it meet anyone.
    def met(doc_id: str, day: str) -> MeetingMention:
        return _meeting(doc_id, day, city="Arusha", parties=("Burundi", "rebels"))

    reports = [
        _sided("a", "2024-05-07", ("Burundi", "rebels"), met("a", "2024-05-06")),
        _sided("b", "2024-05-07", ("Burundi", "rebels"), met("b", "2024-05-06")),
        _sided("c", "2024-05-08", ("Burundi", "France", "rebels"), met("c", "2024-05-06")),
        _sided("d", "2024-05-09", ("Burundi", "France", "rebels")),
    ]
    (track,) = fuse(reports)
    assert track.parties == ("Burundi", "rebels")


def test_the_sides_of_a_meeting_only_announced_outrank_an_actor_named_near_the_talks() -> None:
    # One report announces a visit for talks between two sides; the other names a witness of their deal
    # with them. No held meeting: the announced one still tells who takes part.
    coming = TimeValue("next week", "DATE", "2024-W20", 0, 9)
    visit = MeetingMention("m0", (_ev("a"),), planned=True, period=coming, parties=("Chile", "Peru"))
    reports = [
        replace(_sided("a", "2024-05-07", ("Chile", "Peru")), announced=(visit,)),
        _sided("b", "2024-05-08", ("Bolivia", "Chile", "Peru")),
    ]
    (track,) = fuse(reports)
    assert track.parties == ("Chile", "Peru")


def test_the_host_of_six_party_talks_named_as_a_side_by_some_reports_is_the_sixth_side() -> None:
    from legation.model import ThirdParty

    five = ("Japan", "North Korea", "Russia", "South Korea", "United States")
    host = ThirdParty("China", "host", (_ev("a"),))
    reports = [
        _sided(
            d, "2024-05-07", five, _meeting(d, "2024-05-06", city="Beijing"), third_parties=(host,), size=6
        )
        for d in ("a", "b", "c")
    ]
    reports.append(_sided("d", "2024-05-07", (*five, "China"), _meeting("d", "2024-05-06"), size=6))
    (track,) = fuse(reports)
    assert track.parties == ("China", *five)
    without_size = [
        _sided(r.document.id, "2024-05-07", r.parties, *r.meetings, third_parties=r.third_parties)
        for r in reports
    ]
    assert "China" not in fuse(without_size)[0].parties


def test_a_meeting_of_one_side_with_an_outsider_is_no_round_of_the_track() -> None:
    talks = _meeting("a", "2024-05-06", city="Muscat", parties=("Iran", "United States"))
    visit = _meeting("a", "2024-05-02", city="Baku", parties=("Iran", "Azerbaijan"))
    summit = _meeting("a", "2024-05-10", city="Tokyo", parties=("Japan",), planned=True)
    tracks = {t.parties: t for t in fuse([_analysis("a", "2024-05-07", talks, visit, summit)])}
    assert [r.date for r in tracks[("Iran", "United States")].rounds] == ["2024-05-06"]
    # the visit, a held meeting of another pair on another day, is that pair's track (fuse.views)
    assert sorted(tracks) == [("Azerbaijan", "Iran"), ("Iran", "United States")]
    assert [r.date for r in tracks[("Azerbaijan", "Iran")].rounds] == ["2024-05-02"]


def test_the_members_a_report_lists_for_n_party_talks_are_the_tracks_sides() -> None:
    listing = _sided(
        "a",
        "2024-05-07",
        ("Benin", "Ghana"),
        _meeting("a", "2024-05-06", city="Accra"),
        size=4,
        members=("Benin", "Ghana", "Nigeria", "Togo"),
    )
    others = [
        _sided(d, "2024-05-07", ("Benin", "Ghana"), _meeting(d, "2024-05-06", city="Accra"), size=4)
        for d in "bc"
    ]
    (track,) = fuse([listing, *others])
    assert track.parties == ("Benin", "Ghana", "Nigeria", "Togo")


def test_a_report_of_two_of_the_n_parties_that_lists_all_n_starts_their_track() -> None:
    """The first report is of a meeting of two of the four on the talks' fringe; a later one of two
    others: both belong to the four-party talks the first lists."""
    four = ("Benin", "Ghana", "Nigeria", "Togo")
    fringe = _sided(
        "a", "2024-05-02", ("Benin", "Ghana"), _meeting("a", "2024-05-01", city="Accra"), size=4, members=four
    )
    later = _sided("b", "2024-06-03", ("Nigeria", "Togo"), _meeting("b", "2024-06-02", city="Lome"), size=4)
    (track,) = fuse([fringe, later])
    assert track.parties == four
    without_list = replace(fringe, members=())
    assert len(fuse([without_list, later])) == 2


def test_an_announced_round_keeps_its_fate() -> None:
    announced = _analysis(
        "a", "2024-05-01", _meeting("a", "2024-05-06", city="Muscat", ordinal=2, planned=True)
    )
    held = _analysis("b", "2024-05-07", _meeting("b", "2024-05-06", city="Muscat", ordinal=2))
    (track,) = fuse([announced, held])
    (round_,) = track.rounds
    assert (round_.planned, round_.fate) == (False, "held")
    assert [s.evidence.document_id for s in round_.fields["fate"]] == ["b"]
    put_off = _meeting("c", "2024-06-10", city="Muscat", ordinal=3, planned=True, fate="postponed")
    (track,) = fuse([announced, held, _analysis("c", "2024-05-20", put_off)])
    assert [(r.ordinal, r.planned, r.fate) for r in track.rounds] == [
        (2, False, "held"),
        (3, True, "postponed"),
    ]


def test_a_side_named_by_one_report_in_three_is_a_bystander() -> None:
    # The report that starts the track also tells of a visit to a third country; the two others do not.
    visit = _meeting("a", "2024-05-02", city="Cairo", parties=("Egypt",))
    talks = [_meeting(d, "2024-05-21", planned=True, parties=("Iran", "European Union")) for d in "abc"]
    reports = [
        _sided("a", "2024-05-03", ("Egypt", "European Union", "Iran"), visit, talks[0]),
        _sided("b", "2024-05-10", ("European Union", "Iran"), talks[1]),
        _sided("c", "2024-05-12", ("European Union", "Iran"), talks[2]),
    ]
    (track,) = fuse(reports)
    assert track.parties == ("European Union", "Iran")


def test_a_report_of_two_other_sides_does_not_join_a_track_it_names_in_passing() -> None:
    mediation = _sided(
        "a",
        "2024-05-03",
        ("Egypt", "Palestinians"),
        _meeting("a", "2024-05-02", parties=("Egypt", "Palestinians")),
    )
    other = _sided(
        "b",
        "2024-05-10",
        ("Israel", "Palestinians"),
        _meeting("b", "2024-05-09", parties=("Israel", "Palestinians")),
        named=("Egypt", "Israel", "Palestinians"),
    )
    tracks = fuse([mediation, other])
    assert sorted(t.parties for t in tracks) == [("Egypt", "Palestinians"), ("Israel", "Palestinians")]


def test_a_meeting_of_one_side_with_an_outsider_person_is_no_round() -> None:
    leader = Head(Actor("Ari Leader", "person", role="president", party="Iran"), _ev("a"))
    talks = _meeting("a", "2024-04-25", city="Muscat", parties=("Iran", "United States"))
    counted = _meeting("a", "2024-04-28", city="Muscat", parties=("Iran",), ordinal=2, outsider="Tomas Lind")
    unnamed = _meeting("a", "2024-05-01", city="Muscat", parties=("Iran",), heads=(leader,))
    audience = _meeting(
        "a", "2024-05-06", city="Rome", parties=("Iran",), heads=(leader,), outsider="Tomas Lind"
    )
    (track,) = fuse([_analysis("a", "2024-05-07", talks, counted, unnamed, audience)])
    assert [r.date for r in track.rounds] == ["2024-04-25", "2024-04-28", "2024-05-01"]


def test_a_report_of_a_leaders_other_meetings_does_not_join_a_track_by_the_leader_alone() -> None:
    leader = Head(Actor("Ari Leader", "person", role="president", party="Iran"), _ev("a"))
    talks = _sided(
        "a",
        "2024-05-03",
        ("Iran", "United States"),
        _meeting("a", "2024-05-02", city="Muscat", heads=(leader,)),
    )
    visit = _sided(
        "b", "2024-05-10", ("Iran", "Italy"), _meeting("b", "2024-05-09", city="Rome", heads=(leader,))
    )
    assert sorted(t.parties for t in fuse([talks, visit])) == [("Iran", "Italy"), ("Iran", "United States")]


def test_a_report_whose_only_meeting_is_one_side_with_an_outsider_starts_no_track() -> None:
    visit = _sided(
        "a",
        "2024-05-03",
        ("Iran", "United States"),
        _meeting("a", "2024-05-02", city="Rome", parties=("Iran",), outsider="Tomas Lind"),
    )
    assert fuse([visit]) == []


_FUSE_TIED_SIDES = """
import datetime as dt, json
from legation.fuse import fuse
from legation.model import Analysis, Document, Evidence, MeetingMention, TimeValue
sides = ("Chile", "Peru", "Bolivia", "Ecuador", "Uruguay")
analyses = []
for i in range(4):
    meeting = MeetingMention(
        key="m0", evidence=(Evidence(f"d{i}", 0, 0, 4, "s"),),
        date=TimeValue("on Monday", "DATE", "2024-05-06", 0, 9), parties=sides[:2],
    )
    doc = Document(f"d{i}", "text", dt.date(2024, 5, 7))
    names = {p: (p.upper(),) for p in sides}
    analyses.append(Analysis(doc, meetings=(meeting,), parties=sides, party_names=names, negotiation=True))
(track,) = fuse(analyses)
print(json.dumps([track.parties, list(track.party_names)]))
"""


def test_a_track_is_the_same_whatever_the_hash_seed_of_the_run() -> None:
    """Reports' sides are sets: ties between sides must not follow a run's string hashing, or a store
    re-fused after a crash would differ from one built in one go."""
    import os
    import subprocess
    import sys

    outputs = {
        subprocess.run(
            [sys.executable, "-c", _FUSE_TIED_SIDES],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1, outputs


def test_announcements_do_not_make_a_meeting_with_an_outsider_a_round() -> None:
    # Two reports announce talks of both sides for Monday; on Monday a third reports one side meeting a
    # person tied to no actor. The announcements say nothing of who was met on Monday: no held round.
    announced = [
        _analysis(d, "2024-05-02", _meeting(d, "2024-05-06", parties=("Iran", "United States"), planned=True))
        for d in "ab"
    ]
    audience = _analysis(
        "c", "2024-05-07", _meeting("c", "2024-05-06", parties=("Iran",), outsider="Tomas Lind")
    )
    (track,) = fuse([*announced, audience])
    assert [r for r in track.rounds if not r.planned] == []


def test_the_host_who_received_the_sides_leads_no_delegation_of_the_track() -> None:
    from legation.model import ThirdParty

    def head(name: str, party: str) -> Head:
        return Head(Actor(name, "person", party=party), _ev("a"))

    host = ThirdParty("Jordan", "host", (_ev("a"),))
    heads = (head("Ana Ruiz", "Chile"), head("Abdullah Haddad", "Jordan"), head("Luis Soto", "Peru"))
    summit = _meeting("a", "2024-05-06", city="Amman", parties=("Chile", "Peru"), heads=heads)
    (track,) = fuse([_sided("a", "2024-05-07", ("Chile", "Peru"), summit, third_parties=(host,))])
    assert [h.actor.name for h in track.rounds[0].heads] == ["Ana Ruiz", "Luis Soto"]


def _announced(doc_id: str, value: str, text: str, **fields: object) -> MeetingMention:
    """A meeting a report announces for a stretch of time and no day ("next week", "soon")."""
    period = TimeValue(text, "DURATION" if value.startswith("P") else "DATE", value, 0, len(text))
    return MeetingMention(
        "m9",
        (_ev(doc_id, 5),),
        planned=True,
        period=period,
        field_evidence={"period": _ev(doc_id, 5)},
        **fields,
    )  # type: ignore[arg-type]


def _with_announced(analysis: Analysis, *announced: MeetingMention) -> Analysis:
    return replace(analysis, announced=announced)


def test_a_meeting_announced_for_a_month_is_a_planned_round_with_that_month_and_its_evidence() -> None:
    held = _meeting("a", "2024-05-06", city="Muscat")
    report = _with_announced(_analysis("a", "2024-05-07", held), _announced("a", "2024-06", "in June"))
    (track,) = fuse([report])
    assert [(r.date, r.planned) for r in track.rounds] == [("2024-05-06", False), (None, True)]
    planned = track.rounds[1]
    assert planned.period is not None and planned.period.value == "2024-06"
    assert planned.id.endswith("/r/2024-06")
    assert [s.evidence.sentence_index for s in planned.fields["period"]] == [5]


def test_next_week_in_one_report_and_monday_in_another_are_one_planned_round() -> None:
    dated = _meeting("b", "2024-05-20", city="Muscat", planned=True)
    reports = [
        _with_announced(
            _analysis("a", "2024-05-15", _meeting("a", "2024-05-14", city="Muscat")),
            _announced("a", "2024-W21", "next week"),
        ),
        _analysis("b", "2024-05-16", dated),
    ]
    (track,) = fuse(reports)
    planned = [r for r in track.rounds if r.planned]
    assert [(r.date, set(r.sources)) for r in planned] == [("2024-05-20", {"a", "b"})]
    assert planned[0].period is None  # the day is known; the week stays as a source's value
    assert [s.value["value"] for s in planned[0].fields["period"]] == ["2024-W21"]
    assert not track.conflicts


def test_a_meeting_announced_for_later_this_month_then_reported_held_keeps_its_fate() -> None:
    announced = _with_announced(
        _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Muscat")),
        _announced("a", "2024-05", "later this month"),
    )
    held = _analysis("b", "2024-05-22", _meeting("b", "2024-05-21", city="Rome"))
    (track,) = fuse([announced, held])
    assert [(r.date, r.planned, r.fate) for r in track.rounds] == [
        ("2024-05-06", False, None),  # the report's own round is not the one it announces "later"
        ("2024-05-21", False, "held"),
    ]


def test_the_next_round_is_the_first_round_after_the_report_that_announced_it() -> None:
    announced = _with_announced(
        _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Muscat")),
        _announced("a", "FUTURE_REF", "next"),
    )
    later = [
        _analysis(d, day, _meeting(d, day, city="Rome"))
        for d, day in (("b", "2024-06-03"), ("c", "2024-07-01"))
    ]
    (track,) = fuse([announced, *later])
    assert [(r.date, r.fate) for r in track.rounds] == [
        ("2024-05-06", None),
        ("2024-06-03", "held"),
        ("2024-07-01", None),
    ]


def test_announcements_with_no_day_are_one_planned_round_unless_a_round_was_held_between_them() -> None:
    first = _with_announced(
        _analysis("a", "2024-05-01", _meeting("a", "2024-04-30", city="Muscat")),
        _announced("a", "FUTURE_REF", "soon"),
    )
    again = _with_announced(_analysis("b", "2024-05-05"), _announced("b", "PXW", "in the coming weeks"))
    (track,) = fuse([first, again])
    assert [(r.planned, r.sources) for r in track.rounds if r.planned] == [(True, ("a", "b"))]
    held = _analysis("c", "2024-05-10", _meeting("c", "2024-05-09", city="Rome"))
    after = _with_announced(_analysis("d", "2024-05-20"), _announced("d", "FUTURE_REF", "soon"))
    (track,) = fuse([first, again, held, after])
    assert [r.sources for r in track.rounds if r.planned] == [("a", "b"), ("d",)]


def test_a_meeting_announced_in_two_weeks_is_the_round_dated_about_two_weeks_later() -> None:
    announced = _with_announced(
        _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Muscat")),
        _announced("a", "P2W", "in two weeks"),
    )
    dated = _analysis("b", "2024-05-10", _meeting("b", "2024-05-23", city="Rome", planned=True))
    (track,) = fuse([announced, dated])
    assert [(r.date, r.planned, set(r.sources)) for r in track.rounds] == [
        ("2024-05-06", False, {"a"}),
        ("2024-05-23", True, {"a", "b"}),
    ]


def test_a_meeting_of_one_side_recalled_from_weeks_before_is_no_round() -> None:
    agent = Head(Actor("Ivo Marek", "person", role="former agent", party="Iran"), _ev("a"))
    negotiator = Head(Actor("Ana Ruiz", "person", role="chief negotiator", party="Iran"), _ev("a"))
    talks = _meeting("a", "2024-05-09", city="Muscat", parties=("Iran", "United States"))
    # "poisoned at the hotel where X met three contacts on April 1", in a report of May 10
    recalled = _meeting("a", "2024-04-01", venue="London hotel", parties=("Iran",), heads=(agent,))
    # the same, reported as news, is a round; and a negotiator's meeting is one whenever it was
    news = _meeting("a", "2024-05-06", venue="London hotel", parties=("Iran",), heads=(agent,))
    negotiated = _meeting("a", "2024-03-20", parties=("Iran",), heads=(negotiator,))
    (track,) = fuse([_analysis("a", "2024-05-10", talks, recalled, news, negotiated)])
    assert [r.date for r in track.rounds] == ["2024-03-20", "2024-05-06", "2024-05-09"]


def test_a_head_of_no_side_alone_makes_no_round() -> None:
    # "X led his team on a tour of the sites": no side's delegation, no place, one report
    inspector = Head(Actor("Ivo Marek", "person"), _ev("a"))
    talks = _meeting("a", "2024-05-02", city="Muscat", parties=("Iran", "United States"))
    tour = _meeting("a", "2024-05-09", parties=("United States",), heads=(inspector,))
    (track,) = fuse([_analysis("a", "2024-05-10", talks, tour)])
    assert [r.date for r in track.rounds] == ["2024-05-02"]


def test_the_day_of_an_arrival_for_talks_dated_a_day_later_is_no_day_of_the_talks() -> None:
    sides = ("Iran", "United States")
    arrived = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-01"), parties=sides, arrival=True)
    held = MeetingMention("m0", (_ev("b"),), date=_date("2024-05-02"), parties=sides, city="Muscat")
    (track,) = fuse([_analysis("a", "2024-05-01", arrived), _analysis("b", "2024-05-03", held)])
    (r,) = track.rounds
    assert (r.date, r.end) == ("2024-05-02", None)
    # a report that dates the talks themselves on the first day: two days of talks
    met = replace(arrived, arrival=False)
    (track,) = fuse([_analysis("a", "2024-05-01", met), _analysis("b", "2024-05-03", held)])
    assert [(r.date, r.end) for r in track.rounds] == [("2024-05-01", "2024-05-02")]


def test_reports_within_the_days_the_talks_lasted_in_one_city_are_one_round() -> None:
    began = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-06"), city="Muscat")
    lasted = TimeValue("four days", "DURATION", "P4D", 0, 9)
    ended = MeetingMention("m0", (_ev("b"),), date=_date("2024-05-09"), city="Muscat", duration=lasted)
    tracks = fuse([_analysis("a", "2024-05-06", began), _analysis("b", "2024-05-09", ended)])
    assert len(tracks[0].rounds) == 1
    apart = MeetingMention("m0", (_ev("c"),), date=_date("2024-05-09"), city="Muscat")
    tracks = fuse([_analysis("a", "2024-05-06", began), _analysis("c", "2024-05-09", apart)])
    assert len(tracks[0].rounds) == 2  # no report says the talks lasted days: two meetings


def test_an_undated_round_its_report_numbers_and_says_lasted_days_is_the_held_round_of_those_days() -> None:
    earlier = _analysis("a", "2024-05-01", _meeting("a", "2024-04-29", city="Muscat"))
    began = _analysis("b", "2024-05-13", _meeting("b", "2024-05-13", city="Muscat"))
    six_days = TimeValue("six days", "DURATION", "P6D", 0, 8)
    numbered = MeetingMention("m0", (_ev("c"),), city="Muscat", ordinal=3, duration=six_days)
    (track,) = fuse([earlier, began, _analysis("c", "2024-05-18", numbered)])
    assert [(r.date, r.ordinal) for r in track.rounds] == [("2024-04-29", None), ("2024-05-13", 3)]
    # told without its length it may be any round: it names none of those dated
    bare = replace(numbered, duration=None)
    (track,) = fuse([earlier, began, _analysis("c", "2024-05-18", bare)])
    rounds = [(r.date, r.ordinal) for r in track.rounds]
    assert rounds == [("2024-04-29", None), ("2024-05-13", None), (None, 3)]
    # nor does a report written after the days it says the talks lasted
    (track,) = fuse([earlier, began, _analysis("c", "2024-05-28", numbered)])
    assert ("2024-05-13", 3) not in [(r.date, r.ordinal) for r in track.rounds]


def test_weeks_of_talks_join_the_days_between_even_those_a_report_places_nowhere() -> None:
    sides = ("Iran", "United States")
    began = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-06"), city="Muscat", parties=sides)
    signed = MeetingMention("m0", (_ev("b"),), date=_date("2024-05-11"), parties=sides)
    weeks = TimeValue("two weeks", "DURATION", "P2W", 0, 9)
    agreed = MeetingMention(
        "m0", (_ev("c"),), date=_date("2024-05-20"), city="Muscat", parties=sides, duration=weeks
    )
    reports = [
        _analysis("a", "2024-05-06", began),
        _analysis("b", "2024-05-12", signed),
        _analysis("c", "2024-05-21", agreed),
    ]
    (track,) = fuse(reports)
    assert [(r.date, r.end) for r in track.rounds] == [("2024-05-06", "2024-05-20")]
    # without the report of how long the talks lasted, three meetings
    (track,) = fuse([*reports[:2], _analysis("c", "2024-05-21", replace(agreed, duration=None))])
    assert len(track.rounds) == 3


def test_a_report_of_the_talks_days_in_no_city_takes_in_a_report_of_their_first_day_in_one() -> None:
    # "signed an accord on Thursday after a week of talks" (no place), then "opened talks in Muscat on
    # Saturday": the first day of the week the other report measures
    sides = ("Iran", "United States")
    week = TimeValue("a week", "DURATION", "P1W", 0, 6)
    signed = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-11"), parties=sides, duration=week)
    opened = MeetingMention("m0", (_ev("b"),), date=_date("2024-05-06"), city="Muscat", parties=sides)
    (track,) = fuse([_analysis("a", "2024-05-12", signed), _analysis("b", "2024-05-06", opened)])
    assert [(r.date, r.end, r.city) for r in track.rounds] == [("2024-05-06", "2024-05-11", "Muscat")]


def test_a_clusters_dates_ordinals_and_cities_follow_the_mentions_added_to_it() -> None:
    # A cluster keeps what it last read of its mentions; a mention added since must be read too.
    from legation.fuse.tracks import _Cluster, _norm

    first = _meeting("a", "2024-05-06", city="Muscat", ordinal=1)
    cluster = _Cluster([(_analysis("a", "2024-05-07", first), first)])
    assert (cluster.dates(), cluster.ordinals(), cluster.cities()) == (
        [dt.date(2024, 5, 6)],
        {1},
        {_norm("Muscat")},
    )
    second = _meeting("b", "2024-05-08", city="Geneva", ordinal=2)
    cluster.mentions.append((_analysis("b", "2024-05-09", second), second))
    assert cluster.dates() == [dt.date(2024, 5, 6), dt.date(2024, 5, 8)]
    assert cluster.ordinals() == {1, 2}
    assert cluster.cities() == {_norm("Muscat"), _norm("Geneva")}


def test_more_than_a_week_of_talks_joins_a_first_day_a_report_places_in_no_city() -> None:
    sides = ("Iran", "United States")
    opened = MeetingMention("m0", (_ev("a"),), date=_date("2024-10-25"), parties=sides[:1])
    week = TimeValue("more than a week", "DURATION", "P1W", 0, 9, "MORE_THAN")
    agreed = MeetingMention("m0", (_ev("b"),), date=_date("2024-11-02"), city="Muscat", duration=week)
    (track,) = fuse([_analysis("a", "2024-10-25", opened), _analysis("b", "2024-11-02", agreed)])
    assert [(r.date, r.end) for r in track.rounds] == [("2024-10-25", "2024-11-02")]


def test_a_meeting_announced_with_no_day_between_two_sides_starts_their_track() -> None:
    soon = TimeValue("early next year", "DATE", "2025", 0, 15, "START")
    between = MeetingMention("m0", (_ev("a"),), planned=True, period=soon, parties=("Iran", "United States"))
    a = replace(_analysis("a", "2024-11-02"), announced=(between,))
    (track,) = fuse([a])
    (round_,) = track.rounds
    assert round_.planned and round_.date is None
    one_side = replace(between, parties=("Iran",))
    assert fuse([replace(_analysis("b", "2024-11-02"), announced=(one_side,))]) == []


def test_a_day_announced_that_the_talks_length_reaches_back_to_is_their_first_day() -> None:
    sides = ("Iran", "United States")
    announced = MeetingMention(
        "m0", (_ev("a"),), date=_date("2024-05-11"), city="Geneva", parties=sides, planned=True
    )
    two_days = TimeValue("two days", "DURATION", "P2D", 0, 9)
    ended = MeetingMention(
        "m0", (_ev("b"),), date=_date("2024-05-12"), city="Geneva", parties=sides, duration=two_days
    )
    said = MeetingMention(
        "m0", (_ev("c"),), date=_date("2024-05-14"), city="Geneva", parties=sides, duration=two_days
    )
    reports = [_analysis("a", "2024-05-10", announced), _analysis("b", "2024-05-12", ended)]
    (track,) = fuse(reports)
    assert [(r.date, r.end) for r in track.rounds] == [("2024-05-11", "2024-05-12")]
    # "after two days of talks", said two days after the last: still those talks
    (track,) = fuse([*reports, _analysis("c", "2024-05-14", said)])
    assert len(track.rounds) == 1


def test_reports_of_one_forum_naming_different_members_are_one_track_of_every_member_named() -> None:
    first = _sided(
        "a", "2024-05-07", ("Chile", "Mexico", "Peru"), _meeting("a", "2024-05-06", city="Lima"), forum="APEC"
    )
    second = _sided(
        "b", "2024-05-08", ("Canada", "Chile"), _meeting("b", "2024-05-07", city="Lima"), forum="APEC"
    )
    sideline = _sided(
        "c",
        "2024-05-07",
        ("Chile", "Peru"),
        _meeting("c", "2024-05-06", city="Lima", parties=("Chile", "Peru")),
    )
    forum, bilateral = sorted(fuse([first, second, sideline]), key=lambda t: len(t.parties), reverse=True)
    assert forum.parties == ("Canada", "Chile", "Mexico", "Peru")
    assert set(forum.documents) == {"a", "b"} and forum.name.startswith("APEC")
    assert bilateral.parties == ("Chile", "Peru") and bilateral.documents == ("c",)


def test_a_forum_report_naming_one_member_joins_the_forum_s_track() -> None:
    started = _sided(
        "a", "2024-05-07", ("Chile", "Mexico"), _meeting("a", "2024-05-06", city="Lima"), forum="APEC"
    )
    one = _sided("b", "2024-05-08", ("Peru",), forum="APEC")
    (track,) = fuse([started, one])
    assert track.parties == ("Chile", "Mexico", "Peru")


def test_talks_one_report_says_opened_and_another_says_closed_days_later_are_one_round() -> None:
    sides = ("Iran", "United States")
    opened = MeetingMention(
        "m0", (_ev("a"),), date=_date("2024-08-22"), city="Cairo", parties=sides, stage="opened"
    )
    closed = MeetingMention("m0", (_ev("b"),), date=_date("2024-08-25"), city="Cairo", stage="closed")
    (track,) = fuse([_analysis("a", "2024-08-24", opened), _analysis("b", "2024-08-25", closed)])
    assert [(r.date, r.end) for r in track.rounds] == [("2024-08-22", "2024-08-25")]
    # told the other way round (the last day first), or with no stage, or too far apart: two rounds
    late = replace(closed, date=_date("2024-09-05"))
    (apart,) = fuse([_analysis("a", "2024-08-24", opened), _analysis("b", "2024-09-05", late)])
    assert len(apart.rounds) == 2
    early_close = replace(closed, date=_date("2024-08-20"))
    (before,) = fuse([_analysis("a", "2024-08-24", opened), _analysis("b", "2024-08-20", early_close)])
    assert len(before.rounds) == 2
    unstaged = replace(closed, stage=None)
    (plain,) = fuse([_analysis("a", "2024-08-24", opened), _analysis("b", "2024-08-25", unstaged)])
    assert len(plain.rounds) == 2


def test_a_numbered_round_one_report_says_began_and_another_says_ended_weeks_later_is_one_round() -> None:
    sides = ("Iran", "United States")
    began = MeetingMention(
        "m0", (_ev("a"),), date=_date("2024-02-12"), city="Cairo", parties=sides, stage="opened", ordinal=2
    )
    ended = MeetingMention(
        "m0", (_ev("b"),), date=_date("2024-03-08"), city="Cairo", parties=sides, stage="closed", ordinal=2
    )
    (track,) = fuse([_analysis("a", "2024-02-13", began), _analysis("b", "2024-03-09", ended)])
    assert [(r.date, r.end, r.ordinal) for r in track.rounds] == [("2024-02-12", "2024-03-08", 2)]
    # with no ordinal both reports share, talks that far apart are two meetings
    (apart,) = fuse(
        [_analysis("a", "2024-02-13", began), _analysis("b", "2024-03-09", replace(ended, ordinal=None))]
    )
    assert len(apart.rounds) == 2


def test_a_head_a_report_gives_no_side_takes_the_side_the_tracks_other_reports_give_that_person() -> None:
    # "the government delegation is led by X" (no side read), and elsewhere "government negotiator X said"
    unsided = Head(Actor("Paul Okello", "person", role="former senator"), _ev("a"))
    held = _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Muscat", heads=(unsided,)))
    said = Statement(
        Actor("Paul Okello", "person", party="Iran"), "said", "the talks went well", False, _ev("b")
    )
    other = _analysis("b", "2024-05-08", _meeting("b", "2024-05-06", city="Muscat"))
    (track,) = fuse([held, replace(other, statements=(said,))])
    (r,) = track.rounds
    assert [(h.actor.name, h.actor.party) for h in r.heads] == [("Paul Okello", "Iran")]


def test_a_head_named_by_surname_at_one_round_takes_the_full_name_given_at_another() -> None:
    ev = _ev("a")
    full = Head(Actor("Vladimir Okonkwo", "person", role="presidential aide", party="Iran"), ev)
    short = Head(Actor("Okonkwo", "person"), _ev("b"))
    first = MeetingMention("m0", (ev,), date=_date("2024-05-16"), city="Muscat", heads=(full,))
    later = MeetingMention("m0", (_ev("b"),), date=_date("2024-07-23"), city="Muscat", heads=(short,))
    (track,) = fuse([_analysis("a", "2024-05-16", first), _analysis("b", "2024-07-23", later)])
    (head,) = track.rounds[1].heads
    assert (head.actor.name, head.actor.party, head.actor.role) == (
        "Vladimir Okonkwo",
        "Iran",
        "presidential aide",
    )
    assert head.evidence.document_id == "b"  # the round's own evidence


def test_a_round_lists_no_third_party_of_the_track_among_its_sides() -> None:
    sides = ("Iran", "Oman", "United States")
    m = MeetingMention("m0", (_ev("a"),), date=_date("2024-05-16"), city="Muscat", parties=sides)
    a = replace(
        _analysis("a", "2024-05-16", m),
        third_parties=(ThirdParty("Oman", "mediator", (_ev("a"),)),),
    )
    (track,) = fuse([a])
    assert track.rounds[0].parties == ("Iran", "United States")


def test_talks_dated_by_their_first_day_and_length_end_on_their_last() -> None:
    first = replace(_date("2024-05-20"), begin="2024-05-20", finish="2024-05-21")
    announced = _analysis("a", "2024-05-17", _meeting("a", "2024-05-19", city="Muscat", planned=True))
    ended = _analysis("b", "2024-05-22", _meeting("b", "2024-05-20", city="Muscat", duration=_length("P2D")))
    ended = replace(ended, meetings=(replace(ended.meetings[0], date=first, stage="opened"),))
    (track,) = fuse([announced, ended])
    (round_,) = track.rounds
    # the day announced (a day of travel before the talks) is not within the two days they lasted
    assert (round_.date, round_.end) == ("2024-05-20", "2024-05-21")


def _length(value: str) -> TimeValue:
    return TimeValue("two days", "DURATION", value, 0, 8)


def test_a_speaker_a_report_gives_no_side_takes_the_side_the_track_gives_that_person() -> None:
    head = Head(Actor("Paul Okello", "person", role="Trade Minister", party="Uganda"), _ev("a"))
    held = _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Muscat", heads=(head,)))
    bare = Statement(Actor("Okello", "organisation"), "said", "the talks went well", False, _ev("b"))
    other = _analysis("b", "2024-05-08", _meeting("b", "2024-05-06", city="Muscat"))
    (track,) = fuse([held, replace(other, statements=(bare,))])
    (said,) = track.statements
    assert (said.speaker.name, said.speaker.kind, said.speaker.party) == ("Okello", "person", "Uganda")


def test_a_speaker_takes_the_side_most_of_the_tracks_reports_give_that_person() -> None:
    def said(doc: str, party: str | None) -> Analysis:
        st = Statement(Actor("Paul Okello", "person", party=party), "said", "it went well", False, _ev(doc))
        return replace(
            _analysis(doc, "2024-05-08", _meeting(doc, "2024-05-06", city="Muscat")), statements=(st,)
        )

    # one report's slip (another side) against three reports giving the person a side
    sides = {"a": "Iran", "b": "Iran", "c": "Iran", "d": "United States", "e": None}
    (track,) = fuse([said(doc, party) for doc, party in sides.items()])
    assert {s.evidence.document_id: s.speaker.party for s in track.statements}["e"] == "Iran"
    # a name two sides' people share, each side in more than one report, stays unsided
    sides = {"a": "Iran", "b": "Iran", "c": "United States", "d": "United States", "e": None}
    (track,) = fuse([said(doc, party) for doc, party in sides.items()])
    assert {s.evidence.document_id: s.speaker.party for s in track.statements}["e"] is None


def test_a_speakers_side_in_another_wording_of_a_party_is_that_party() -> None:
    held = _analysis("a", "2024-05-07", _meeting("a", "2024-05-06", city="Muscat"))
    held = replace(held, party_names={"Iran": ("Islamic Republic of Iran",)})

    def said(party: str) -> Statement:
        return Statement(Actor("Ali Rezaei", "person", party=party), "said", "it went well", False, _ev("b"))

    sides = ("District 9 of the United States", "Islamic Republic", "Islamic Republic of Iran", "Oman")
    other = replace(
        _analysis("b", "2024-05-08", _meeting("b", "2024-05-06", city="Muscat")),
        statements=tuple(said(p) for p in sides),
    )
    (track,) = fuse([held, other])
    # a unit of a party, a name of it "of" the party and its name cut before "of" are the party; another
    # actor is no party's
    assert [s.speaker.party for s in track.statements] == ["United States", "Iran", "Iran", "Oman"]
    # a wording of the reports with no "of" stays as it is: it is one of the party's names already
    other = replace(other, statements=(said("Iranian government"),))
    held = replace(held, party_names={"Iran": ("Iranian government",)})
    (track,) = fuse([held, other])
    assert [s.speaker.party for s in track.statements] == ["Iranian government"]


def test_meetings_of_different_levels_in_one_city_on_adjacent_days_are_different_rounds() -> None:
    members = ("Chile", "Mexico", "Peru")
    officials = _sided(
        "a", "2024-05-07", members, _meeting("a", "2024-05-06", city="Lima", level="officials"), forum="APEC"
    )
    ministers = _sided(
        "b", "2024-05-08", members, _meeting("b", "2024-05-07", city="Lima", level="ministers"), forum="APEC"
    )
    leaders = _sided(
        "c", "2024-05-09", members, _meeting("c", "2024-05-08", city="Lima", level="leaders"), forum="APEC"
    )
    untold = _sided("d", "2024-05-09", members, _meeting("d", "2024-05-08", city="Lima"), forum="APEC")
    (track,) = fuse([officials, ministers, leaders, untold])
    assert [(r.date, r.sources) for r in track.rounds] == [
        ("2024-05-06", ("a",)),
        ("2024-05-07", ("b",)),
        ("2024-05-08", ("c", "d")),
    ]
    assert not track.conflicts


def test_a_forum_meeting_told_as_the_grouping_s_is_its_round_and_its_business_meeting_none() -> None:
    members = ("Chile", "Mexico", "Peru")
    grouping = _meeting("a", "2024-05-08", city="Lima", parties=("APEC",), level="leaders")
    business = _meeting("b", "2024-05-07", city="Lima", level="business")
    reports = [
        _sided("a", "2024-05-08", members, grouping, forum="APEC"),
        _sided("b", "2024-05-07", members, business, forum="APEC"),
    ]
    (track,) = fuse(reports)
    assert [(r.date, r.sources) for r in track.rounds] == [("2024-05-08", ("a",))]


def test_a_report_of_a_forum_s_meeting_naming_every_member_joins_it_whatever_its_own_sides() -> None:
    members = ("Chile", "Mexico", "Peru")
    forum = _sided(
        "a", "2024-05-07", members, _meeting("a", "2024-05-06", city="Lima", parties=members), forum="APEC"
    )
    sideline = _sided(  # two members' own talks on the forum's day, by its venue
        "c",
        "2024-05-07",
        ("Chile", "Mexico"),
        _meeting("c", "2024-05-06", city="Lima", parties=("Chile", "Mexico")),
        named=members,
    )
    for published in ("2024-05-06", "2024-05-08"):  # read before the forum's report, or after
        other_reading = _sided(
            "b",
            published,
            ("Chile", "Cuba", "Peru"),
            _meeting("b", "2024-05-06", city="Lima", parties=("Chile", "Cuba", "Peru")),
            named=(*members, "Cuba"),
        )
        tracks = sorted(fuse([forum, other_reading]), key=lambda t: len(t.documents), reverse=True)
        assert [(t.parties, set(t.documents)) for t in tracks] == [(members, {"a", "b"})]
    tracks = sorted(fuse([forum, sideline]), key=lambda t: len(t.parties), reverse=True)
    assert [(t.parties, t.documents) for t in tracks] == [(members, ("a",)), (("Chile", "Mexico"), ("c",))]


def test_a_company_one_report_names_bare_is_the_side_another_report_recognises() -> None:
    described = _sided(
        "a",
        "2024-05-07",
        ("Gasco", "Ruritania"),
        _meeting("a", "2024-05-06", city="Lima", parties=("Gasco", "Ruritania")),
        movements=("Gasco",),
    )
    third = _sided("c", "2024-05-09", ("Gasco", "Ruritania"), movements=("Gasco",))
    for published in ("2024-05-06", "2024-05-08"):  # read before the reports that recognise it, or after
        bare = _sided(
            "b",
            published,
            ("Gasco", "Pipeco", "Ruritania"),
            _meeting("b", published, parties=("Gasco", "Pipeco")),
        )
        (track,) = fuse([described, bare, third])
        assert track.parties == ("Gasco", "Ruritania")
        assert set(track.documents) == {"a", "b", "c"}


def test_a_numbered_leaders_meeting_is_the_leaders_meeting_the_track_dates() -> None:
    members = ("Chile", "Mexico", "Peru")
    dated = _meeting("a", "2024-05-18", city="Lima", level="leaders", planned=True)
    numbered = MeetingMention("m1", (_ev("b"),), ordinal=13, level="leaders", planned=True)
    ministers = MeetingMention("m2", (_ev("b"),), ordinal=17, level="ministers", planned=True)
    reports = [
        _sided("a", "2024-05-07", members, dated, forum="APEC"),
        _sided("b", "2024-05-08", members, numbered, ministers, forum="APEC"),
    ]
    (track,) = fuse(reports)
    assert [(r.date, r.ordinal) for r in track.rounds] == [("2024-05-18", 13), (None, 17)]


def test_a_mediated_process_resumed_after_a_pause_of_months_is_one_track_and_unmediated_talks_two() -> None:
    def report(doc_id: str, day: str, *third: ThirdParty) -> Analysis:
        meeting = MeetingMention("m0", (_ev(doc_id),), date=_date(day), city="Geneva")
        return replace(_analysis(doc_id, day, meeting), third_parties=third)

    facilitator = ThirdParty("European Union", "facilitator", (_ev("a"),))
    resumed = fuse([report("a", "2024-01-10", facilitator), report("b", "2024-10-01", facilitator)])
    assert len(resumed) == 1 and len(resumed[0].rounds) == 2
    apart = fuse([report("a", "2024-01-10"), report("b", "2024-10-01")])
    assert len(apart) == 2  # the same sides eight months later, with no go-between: another negotiation
    years = fuse([report("a", "2024-01-10", facilitator), report("b", "2025-06-01", facilitator)])
    assert len(years) == 2
    # the first report after the pause names no facilitator and one more side, the next ones name the
    # two sides, one of them the facilitator: one process all the same
    before = [report(f"a{i}", f"2024-01-1{i}", facilitator) for i in range(4)]
    first = replace(report("b", "2024-10-01"), parties=("Iran", "Qatar", "United States"))
    later = [first, report("c", "2024-10-05"), report("d", "2024-10-06", facilitator)]
    assert len(fuse([*before, *later])) == 1


def test_a_mediated_process_its_reports_say_resumed_after_more_than_a_year_is_one_track() -> None:
    def report(doc_id: str, day: str, sentence: str) -> Analysis:
        evidence = Evidence(doc_id, 0, 0, len(sentence), sentence)
        meeting = MeetingMention("m0", (evidence,), date=_date(day), city="Geneva")
        facilitator = ThirdParty("European Union", "facilitator", (evidence,))
        return replace(_analysis(doc_id, day, meeting), third_parties=(facilitator,))

    first = report(
        "a", "2024-01-10", "The two delegations met in Geneva on Monday with European facilitators."
    )
    resumed = report(
        "b", "2025-03-01", "The talks resumed in Geneva on Saturday after 14 months of deadlock."
    )
    again = report(
        "b", "2025-03-01", "The two delegations met in Geneva on Saturday with European facilitators."
    )
    assert len(fuse([first, resumed])) == 1  # the same go-between, and the report says the talks resumed
    assert len(fuse([first, again])) == 2  # more than a year later, told as no resumption: other talks
    far = report("c", "2027-03-01", "The talks resumed in Geneva on Saturday after three years of deadlock.")
    assert len(fuse([first, far])) == 2  # years apart: another negotiation, whatever the words


def _led(doc_id: str, *people: tuple[str, str]) -> tuple[Head, ...]:
    return tuple(Head(Actor(name, "person", party=party), _ev(doc_id)) for name, party in people)


def _envoy_met_leader() -> MeetingMention:
    """A's report: the envoy met the leader in Muscat on 6 May."""
    return MeetingMention(
        "m0",
        (_ev("a"),),
        date=_date("2024-05-06"),
        city="Muscat",
        parties=("Iran", "United States"),
        heads=_led("a", ("Dana Envoy", "United States"), ("Ari Leader", "Iran")),
    )


def test_a_meeting_the_next_day_with_another_head_of_a_side_is_another_round() -> None:
    # "A met the president on Monday"; a later report: "the accord signed on Tuesday by A and the vice
    # president": the signing is another meeting, not the second day of the first
    met = _envoy_met_leader()
    signed = MeetingMention(
        "m0",
        (_ev("b"),),
        date=_date("2024-05-07"),
        parties=("Iran", "United States"),
        heads=_led("b", ("Dana Envoy", "United States"), ("Bo Deputy", "Iran")),
    )
    (track,) = fuse([_analysis("a", "2024-05-06", met), _analysis("b", "2024-05-20", signed)])
    assert [(r.date, r.planned) for r in track.rounds] == [("2024-05-06", False), ("2024-05-07", False)]
    assert [sorted(h.actor.name for h in r.heads) for r in track.rounds] == [
        ["Ari Leader", "Dana Envoy"],
        ["Bo Deputy", "Dana Envoy"],
    ]


def test_a_meeting_announced_for_later_the_day_of_a_held_one_with_another_head_stays_announced() -> None:
    # "A met the president this morning ... is expected to meet the foreign minister later this afternoon"
    met = _envoy_met_leader()
    later = MeetingMention(
        "m1", (_ev("a", 3),), date=_date("2024-05-06"), planned=True, heads=_led("a", ("Bo Minister", "Iran"))
    )
    (track,) = fuse([_analysis("a", "2024-05-06", met, later)])
    assert [(r.date, r.planned) for r in track.rounds] == [("2024-05-06", False), ("2024-05-06", True)]
    assert "Bo Minister" not in {h.actor.name for h in track.rounds[0].heads}


def test_a_person_one_report_names_bare_is_no_outsider_when_another_gives_a_side() -> None:
    # one report: "the Iranian leader talked with Bo Carter on Monday" (Carter tied to no actor there);
    # another, of Wednesday: Carter led the American side
    leader = Head(Actor("Ari Leader", "person", role="president", party="Iran"), _ev("a"))
    carter = Head(Actor("Bo Carter", "person", role="envoy", party="United States"), _ev("b"))
    bare = _meeting("a", "2024-05-06", parties=("Iran",), heads=(leader,), outsider="Bo Carter")
    sided = _meeting("b", "2024-05-08", city="Muscat", parties=("Iran", "United States"), heads=(carter,))
    (track,) = fuse([_analysis("a", "2024-05-07", bare), _analysis("b", "2024-05-09", sided)])
    assert [r.date for r in track.rounds] == ["2024-05-06", "2024-05-08"]


def test_talks_dated_by_the_end_of_a_visit_join_the_round_another_report_dates_in_it() -> None:
    leader = Head(Actor("Ari Leader", "person", role="president", party="Iran"), _ev("a"))
    dated = _meeting("a", "2024-05-06", parties=("Iran", "United States"), heads=(leader,))
    ended = _meeting(
        "b", "2024-05-08", city="Muscat", parties=("Iran", "United States"), heads=(leader,), departure=True
    )
    (track,) = fuse([_analysis("a", "2024-05-07", dated), _analysis("b", "2024-05-08", ended)])
    (round_,) = track.rounds
    assert (round_.date, round_.city, [s.value for s in round_.fields["date"]]) == (
        "2024-05-06",
        "Muscat",
        ["2024-05-06"],
    )


def test_a_day_weeks_from_the_one_most_reports_give_is_no_first_day_of_the_round() -> None:
    """Three reports date the fourth round on March 29; one dates "the fourth round" on March 15 (another
    meeting it counted so): the round is of March 29, the other day a conflict, not its first day."""
    reports = [
        _analysis(d, p, _meeting(d, day, city="Muscat", ordinal=4))
        for d, p, day in (
            ("a", "2024-03-16", "2024-03-15"),
            ("b", "2024-03-29", "2024-03-29"),
            ("c", "2024-03-30", "2024-03-29"),
            ("d", "2024-03-30", "2024-03-29"),
        )
    ]
    (track,) = fuse(reports)
    (round_,) = track.rounds
    assert (round_.date, round_.end) == ("2024-03-29", None)
    assert [c.field for c in track.conflicts] == ["date"]


def test_the_last_day_of_long_talks_told_with_only_the_mediator_named_is_the_same_round() -> None:
    # "talks opened in Muscat on Monday between A and B", then "the Omani-mediated talks collapsed on
    # Wednesday of the week after, after ten days of negotiations": the mediator is no other side
    from legation.model import ThirdParty

    sides = ("Iran", "United States")
    mediated = ThirdParty("Oman", "mediator", (_ev("a"),))
    began = _sided(
        "a",
        "2024-05-07",
        sides,
        _meeting("a", "2024-05-06", city="Muscat", parties=sides),
        third_parties=(mediated,),
    )
    ten_days = TimeValue("10 days", "DURATION", "P10D", 0, 9)
    collapsed = _sided(
        "b",
        "2024-05-15",
        sides,
        _meeting("b", "2024-05-15", parties=("Oman",), duration=ten_days),
        third_parties=(mediated,),
    )
    (track,) = fuse([began, collapsed])
    assert [(r.date, r.end) for r in track.rounds] == [("2024-05-06", "2024-05-15")]


def test_a_report_of_a_round_opened_on_monday_and_its_talks_on_friday_is_one_round() -> None:
    # "the talks hit a crisis on Friday in Muscat ... the fifth round, which had opened on Monday"
    sides = ("Iran", "United States")
    crisis = _meeting("a", "2024-05-10", city="Muscat", parties=sides)
    opened = _meeting("a", "2024-05-06", ordinal=5, stage="opened")
    (track,) = fuse([_analysis("a", "2024-05-11", crisis, replace(opened, key="m1"))])
    assert [(r.date, r.ordinal) for r in track.rounds] == [("2024-05-06", 5)]
    # told by two reports, neither telling the other's day: two meetings
    (track,) = fuse([_analysis("a", "2024-05-11", crisis), _analysis("b", "2024-05-07", opened)])
    assert len(track.rounds) == 2


def test_two_spellings_the_fullest_name_gathers_are_one_head() -> None:
    sides = ("Iran", "United States")
    full = Head(Actor("Tariq bin Saad Al-Rumaidan", "person", party="United States"), _ev("c"))
    spelt = Head(Actor("Tariq bin Saad al-Rumaydan", "person", party="United States"), _ev("a"))
    short = Head(Actor("Tariq Al-Rumaidan", "person"), _ev("b"))
    other = Head(Actor("Saeed Nourani", "person", party="Iran"), _ev("a"))
    first = MeetingMention("m0", (_ev("c"),), date=_date("2024-04-02"), city="Muscat", heads=(full,))
    a = MeetingMention(
        "m0", (_ev("a"),), date=_date("2024-05-16"), city="Muscat", parties=sides, heads=(other, spelt)
    )
    b = MeetingMention(
        "m0", (_ev("b"),), date=_date("2024-05-16"), city="Muscat", parties=sides, heads=(short,)
    )
    reports = [
        _analysis("c", "2024-04-03", first),
        _analysis("a", "2024-05-17", a),
        _analysis("b", "2024-05-17", b),
    ]
    (track,) = fuse(reports)
    assert sorted(h.actor.name for h in track.rounds[1].heads) == [
        "Saeed Nourani",
        "Tariq bin Saad Al-Rumaidan",
    ]


def test_an_undated_round_of_one_ordinal_in_another_city_lends_no_venue_to_the_dated_one() -> None:
    # one outlet's "fourth round" held in Lima, undated, is not the fourth round another dates in Quito
    dated = _analysis("a", "2024-03-09", _meeting("a", "2024-03-08", city="Quito", ordinal=4))
    undated = MeetingMention("m0", (_ev("b"),), city="Lima", venue="Torre Tagle Palace", ordinal=4)
    (track,) = fuse([dated, _analysis("b", "2024-03-12", undated)])
    quito = next(r for r in track.rounds if r.city == "Quito")
    assert quito.venue is None and "city" not in {c.field for c in track.conflicts}


def test_the_hosts_meeting_with_one_sides_head_the_day_before_does_not_date_the_round() -> None:
    # "the host's president met X separately on Friday", in a report of the talks of Saturday and Sunday
    host = ThirdParty("Norway", "host", (_ev("a"),))
    envoy = Head(Actor("Ana Lund", "person", "Prime Minister", "Norway"), _ev("a"))
    talks = _sided(
        "a",
        "2024-05-13",
        ("Iran", "United States"),
        _meeting("a", "2024-05-11", city="Oslo", parties=("Iran", "United States")),
        replace(
            _meeting("a", "2024-05-10", parties=("Norway",), heads=(envoy,), outsider="Ali Karimi"), key="m1"
        ),
        third_parties=(host,),
    )
    closing = _sided(
        "b",
        "2024-05-13",
        ("Iran", "United States"),
        _meeting("b", "2024-05-12", city="Oslo", parties=("Iran", "United States")),
    )
    (track,) = fuse([talks, closing])
    (round_,) = track.rounds
    assert (round_.date, round_.end) == ("2024-05-11", "2024-05-12")


def test_an_outsiders_meeting_with_one_sides_head_the_day_before_a_numbered_round_does_not_date_it() -> None:
    # "Y, who met X on Friday evening, said ..." (Y tied to no side), in a report of the second round of
    # Saturday: Y's meeting with one side's head is not the round's first day
    envoy = Head(Actor("Tom Reed", "person", "envoy", "United States"), _ev("a"))
    talks = _sided(
        "a",
        "2024-05-11",
        ("Iran", "United States"),
        _meeting("a", "2024-05-11", city="Rome", ordinal=2),
        replace(
            _meeting("a", "2024-05-10", parties=("United States",), heads=(envoy,), outsider="Lia Conti"),
            key="m1",
        ),
    )
    (track,) = fuse([talks])
    (round_,) = track.rounds
    assert (round_.date, round_.end, round_.ordinal) == ("2024-05-11", None, 2)


def test_a_round_of_weeks_told_as_it_goes_on_is_as_long_as_the_longest_stretch_told() -> None:
    # "after a week of talks" in one report, "ends nearly four weeks of negotiations" in a later one
    week = TimeValue("a week", "DURATION", "P1W", 0, 6)
    weeks = TimeValue("nearly four weeks", "DURATION", "P4W", 0, 17, "APPROX")
    reports = [
        _analysis("a", "2024-05-13", _meeting("a", "2024-05-06", city="Jeddah", ordinal=1, duration=week)),
        _analysis("b", "2024-06-01", _meeting("b", "2024-05-06", city="Jeddah", ordinal=1, duration=weeks)),
    ]
    (round_,) = fuse(reports)[0].rounds
    assert round_.duration is not None and (round_.duration.value, round_.duration.mod) == ("P4W", "APPROX")
    # lengths in hours of one day's talks, told differently by two outlets: the earliest report's
    hours = [TimeValue("two hours", "DURATION", f"PT{n}H", 0, 9) for n in (3, 2)]
    reports = [
        _analysis(d, "2024-05-07", _meeting(d, "2024-05-06", city="Jeddah", duration=h))
        for d, h in zip("cd", hours, strict=True)
    ]
    (round_,) = fuse(reports)[0].rounds
    assert round_.duration is not None and round_.duration.value == "PT3H"


def test_a_mediators_meeting_with_one_side_joins_the_track_but_is_no_round() -> None:
    # "the Omani envoy met the Iranian negotiator in Salalah on Monday", days after the sides' own round
    mediated = ThirdParty("Oman", "mediator", (_ev("a"),))
    sides = ("Iran", "United States")
    talks = _sided(
        "a",
        "2024-05-07",
        sides,
        _meeting("a", "2024-05-06", city="Muscat", parties=sides),
        third_parties=(mediated,),
    )
    negotiator = Head(Actor("Reza Amini", "person", "chief negotiator", "Iran"), _ev("b"))
    visit = _sided(
        "b",
        "2024-05-14",
        sides,
        _meeting("b", "2024-05-13", city="Salalah", parties=("Iran", "Oman"), heads=(negotiator,)),
        third_parties=(mediated,),
    )
    (track,) = fuse([talks, visit])
    assert set(track.documents) == {"a", "b"}
    assert [r.date for r in track.rounds] == ["2024-05-06"]


def test_reports_of_the_last_day_of_talks_dated_by_a_range_join_the_round(nlp: Any) -> None:
    """ "held talks in X from 10 to 14 March", then reports of the deal of the 14th: one round of five
    days, not a second round on its last day (before, a day four days from the first was another round)."""
    from legation.pipeline import analyse, build_dossier

    reports = [
        (
            "a1",
            "2031-03-14",
            "Delegations from Chile and Bolivia held talks in Geneva from March 10 to 14, the two foreign "
            "ministries said on Friday. The Chilean delegation was led by Deputy Foreign Minister Ana Ruiz.",
        ),
        (
            "a2",
            "2031-03-15",
            "Chile and Bolivia agreed on Friday to restore diplomatic relations after talks in Geneva, the "
            "Chilean foreign ministry said on Saturday.",
        ),
        (
            "a3",
            "2031-03-15",
            "The talks between Chile and Bolivia in Geneva closed on Friday with a joint statement, "
            "officials said.",
        ),
    ]
    docs = [Document(i, text, dt.date.fromisoformat(day)) for i, day, text in reports]
    (track,) = build_dossier(analyse(docs, nlp=nlp)).tracks
    (round_,) = track.rounds
    assert (round_.date, round_.end, round_.city) == ("2031-03-10", "2031-03-14", "Geneva")
    assert set(round_.sources) == {"a1", "a2", "a3"}


def test_the_same_two_heads_meeting_again_months_later_is_the_process_resumed() -> None:
    def report(doc_id: str, day: str, *people: tuple[str, str]) -> Analysis:
        meeting = MeetingMention(
            "m0", (_ev(doc_id),), date=_date(day), city="Geneva", heads=_led(doc_id, *people)
        )
        return _analysis(doc_id, day, meeting)

    leaders = (("Ana Primera", "Iran"), ("Bo Segundo", "United States"))
    first = [report("a", "2024-01-10", *leaders), report("c", "2024-01-11")]
    again = fuse([*first, report("b", "2024-08-01", *leaders)])
    assert len(again) == 1 and len(again[0].rounds) == 2  # the two who met meet again: one process
    others = (("Cy Tercero", "Iran"), ("Di Cuarto", "United States"))
    assert len(fuse([*first, report("b", "2024-08-01", *others)])) == 2
    one = (("Ana Primera", "Iran"), ("Di Cuarto", "United States"))
    assert len(fuse([*first, report("b", "2024-08-01", *one)])) == 2
    assert len(fuse([*first, report("b", "2025-03-01", *leaders)])) == 2  # over a year later: other talks


def test_one_sides_own_leaders_summit_is_no_round(nlp: Any) -> None:
    """ "EU leaders will meet at their summit ... to decide whether the negotiations can move on": a
    summit of one side's leaders, told in reports of its talks with the other, is no round of the talks
    (before, it became a held round of the track on the summit's day)."""
    from legation.pipeline import analyse, build_dossier

    reports = [
        (
            "a1",
            "2031-10-07",
            "EU and Swiss negotiators held a fifth round of talks in Brussels on Monday, the Commission "
            "said. The Swiss delegation was led by chief negotiator Anna Keller.",
        ),
        (
            "a2",
            "2031-10-18",
            "EU leaders will meet at their summit in Brussels on October 20 to decide whether the "
            "negotiations can move on to the next phase. Swiss and EU negotiators last met in Brussels on "
            "October 6 for a fifth round of talks.",
        ),
        (
            "a3",
            "2031-10-22",
            "EU leaders on Monday concluded at their summit in Brussels that there had not yet been "
            "enough progress. Swiss and EU negotiators last met in Brussels on October 6 for a fifth "
            "round of talks.",
        ),
    ]
    docs = [Document(i, text, dt.date.fromisoformat(day)) for i, day, text in reports]
    (track,) = build_dossier(analyse(docs, nlp=nlp)).tracks
    assert [(r.date, r.ordinal) for r in track.rounds] == [("2031-10-06", 5)]


def test_talks_told_going_on_some_days_later_are_a_later_day_of_the_round() -> None:
    """ "The talks continued in Muscat on Thursday", in a report three days after talks held in Muscat on
    Monday, is a later day of that round (before, it was a second round); a report of talks on Thursday
    that says nothing of their going on is still another meeting."""
    held = _analysis("a", "2024-05-06", _meeting("a", "2024-05-06", city="Muscat"))
    going = _analysis("b", "2024-05-09", _meeting("b", "2024-05-09", city="Muscat", stage="going"))
    (track,) = fuse([held, going])
    assert [(r.date, r.end) for r in track.rounds] == [("2024-05-06", "2024-05-09")]
    other = _analysis("c", "2024-05-09", _meeting("c", "2024-05-09", city="Muscat"))
    (track,) = fuse([held, other])
    assert [r.date for r in track.rounds] == ["2024-05-06", "2024-05-09"]
    far = _analysis("d", "2024-05-20", _meeting("d", "2024-05-20", city="Muscat", stage="going"))
    (track,) = fuse([held, far])
    assert len(track.rounds) == 2  # weeks later: not the same days of talks


def test_reports_of_a_mediators_meetings_with_one_side_leave_the_other_side_a_party(nlp: Any) -> None:
    """Two of three reports tell of the mediators meeting the rebels alone: they name no fewer sides of
    the talks, and the government stays a party with the round both sides held (before, a side named
    by one report in three was a bystander, and the round of both sides went with it)."""
    from legation.pipeline import analyse, build_dossier

    reports = [
        (
            "m1",
            "2024-03-04",
            "The Colombian government and the Andean Liberation Front held UN-mediated talks in Geneva on "
            "Monday. The session ended without a deal.",
        ),
        (
            "m2",
            "2024-03-09",
            "The Andean Liberation Front delegation met UN envoys in Geneva on Saturday to discuss a "
            "ceasefire proposal.",
        ),
        (
            "m3",
            "2024-03-10",
            "Negotiators of the Andean Liberation Front met UN mediators in Geneva on Sunday.",
        ),
    ]
    docs = [Document(i, text, dt.date.fromisoformat(day)) for i, day, text in reports]
    (track,) = build_dossier(analyse(docs, nlp=nlp)).tracks
    assert track.parties == ("Andean Liberation Front", "Colombia")
    assert "2024-03-04" in [r.date for r in track.rounds]


def test_a_gathering_one_side_is_to_attend_is_a_forum_s_round_and_none_of_two_sides_talks() -> None:
    held = _meeting("a", "2024-05-06", city="Santiago")
    attended = _meeting("a", "2024-05-18", city="Lima", ordinal=9, planned=True, gone_to=True)
    (track,) = fuse([_sided("a", "2024-05-07", ("Chile", "Peru"), held, attended)])
    assert [(r.date, r.planned) for r in track.rounds] == [("2024-05-06", False)]
    members = ("Chile", "Mexico", "Peru")
    summit = _meeting("b", "2024-05-18", city="Lima", ordinal=9, planned=True, gone_to=True)
    (forum,) = fuse([_sided("b", "2024-05-07", members, summit, forum="APEC")])
    assert [(r.date, r.planned, r.ordinal) for r in forum.rounds] == [("2024-05-18", True, 9)]


def test_a_day_next_to_a_rounds_day_goes_to_that_round_not_one_a_length_of_talks_reaches_back_from() -> None:
    """A report of a round on the 10th in Muscat, and of the next round, six days of talks from the 16th in
    Geneva: a mention of the 11th (no city) is the first round's next day, though the second round's six
    days reach back to it and it names more of that round's sides (before, it went to the second)."""
    sides = ("Iran", "United States")
    first = _analysis("a", "2024-05-11", _meeting("a", "2024-05-10", city="Muscat", ordinal=1))
    second = _analysis(
        "b",
        "2024-05-22",
        _meeting("b", "2024-05-16", city="Geneva", ordinal=2, parties=sides, duration=_length("P6D")),
    )
    next_day = _analysis("c", "2024-05-25", _meeting("c", "2024-05-11", parties=sides))
    (track,) = fuse([first, second, next_day])
    by_ordinal = {r.ordinal: r for r in track.rounds}
    assert "c" in by_ordinal[1].sources and "c" not in by_ordinal[2].sources


def test_a_sides_call_with_the_mediator_the_day_before_does_not_make_their_planned_round_held() -> None:
    mediated = ThirdParty("Oman", "mediator", (_ev("a"),))
    plan = replace(
        _meeting("a", "2024-05-12", city="Muscat"), parties=("Iran", "United States"), planned=True
    )
    announced = _sided("a", "2024-05-09", ("Iran", "United States"), plan, third_parties=(mediated,))
    call = replace(_meeting("b", "2024-05-11"), parties=("Iran", "Oman"), format="phone call")
    called = _sided("b", "2024-05-11", ("Iran", "United States"), call, third_parties=(mediated,))
    (track,) = fuse([announced, called])
    assert [(r.date, r.planned) for r in track.rounds] == [("2024-05-12", True)]


def test_a_side_of_talks_of_so_many_sides_that_meets_one_other_side_is_no_go_between() -> None:
    # "three-party talks": the third side, seen meeting one other side apart, is one of the three, no mediator
    three, two = ("Iran", "Oman", "United States"), ("Iran", "United States")
    reports = [
        _sided(
            d,
            "2024-05-07",
            three if d in "abc" else two,
            _meeting(d, "2024-05-06", city="Muscat", parties=two),
            size=3,
        )
        for d in "abcdefgh"
    ]
    apart = _meeting("i", "2024-05-08", city="Muscat", parties=("Oman", "United States"))
    (track,) = fuse([*reports, _sided("i", "2024-05-09", ("Oman", "United States"), apart, size=3)])
    assert track.parties == three
    assert not track.third_parties
