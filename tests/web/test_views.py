"""The page computations: filters, timeline layout, matrix, round fields, delegations, highlighting."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.store.search import MARKS
from legation.web import views

from . import records

PUBLISHED = {d.id: d.published for d in records.DOCUMENTS}
OUTLETS = {d.id: d.source for d in records.DOCUMENTS}


def test_no_filter_keeps_the_track_as_it_is() -> None:
    assert views.apply_filters(records.TRACK, views.Filters(), OUTLETS) is records.TRACK


@pytest.mark.parametrize(
    ("filters", "statements", "statuses", "events", "rounds"),
    [
        (views.Filters(party="Kenya"), 1, 3, 2, 2),
        (views.Filters(party="Tanzania"), 1, 3, 1, 2),
        (views.Filters(issue="border_patrols"), 1, 2, 0, 2),
        (views.Filters(source="Great Rift Times"), 1, 1, 1, 1),
        (views.Filters(source="No Such Outlet"), 0, 0, 0, 0),
        (views.Filters(party="Kenya", source="Lakeside Courier"), 1, 3, 2, 2),
    ],
)
def test_filters(filters: views.Filters, statements: int, statuses: int, events: int, rounds: int) -> None:
    shown = views.apply_filters(records.TRACK, filters, OUTLETS)
    assert (len(shown.statements), len(shown.issue_status), len(shown.events), len(shown.rounds)) == (
        statements,
        statuses,
        events,
        rounds,
    )


def test_source_filter_keeps_only_that_outlets_evidence() -> None:
    shown = views.apply_filters(records.TRACK, views.Filters(source="Great Rift Times"), OUTLETS)
    evidence = [e for s in shown.issue_status for e in s.evidence]
    assert evidence and {e.document_id for e in evidence} == {"rift-2"}
    assert [c.field for c in shown.conflicts] == ["duration"]


def test_party_filter_keeps_that_partys_heads_only() -> None:
    shown = views.apply_filters(records.TRACK, views.Filters(party="Tanzania"), OUTLETS)
    assert [h.actor.name for r in shown.rounds for h in r.heads] == ["Baraka Mushi"]


def test_filter_options_list_parties_issues_and_outlets() -> None:
    from legation.store.reading import DocumentSummary

    summaries = [
        DocumentSummary(d.id, d.published, d.title, d.source, "en", "analysed", None, None)
        for d in records.DOCUMENTS
    ]
    options = views.filter_options(records.TRACK, summaries)
    assert options.parties == ("Kenya", "Tanzania")
    assert [k for k, _ in options.issues] == ["fishing_quotas", "border_patrols"]
    assert options.sources == ("Great Rift Times", "Lakeside Courier", records.HOSTILE_SOURCE)


def test_timeline_places_rounds_statements_and_events_in_date_order() -> None:
    line = views.timeline(records.TRACK, PUBLISHED)
    rounds = [m for m in line.marks if m.lane == "round"]
    assert [dt.date.fromordinal(m.day).isoformat() for m in rounds] == ["2031-04-01", "2031-05-19"]
    assert rounds[0].x < rounds[1].x
    assert all(views.MARGIN <= m.x <= line.width - views.MARGIN for m in line.marks)
    kinds = sorted(m.kind for m in line.marks if m.lane == "event")
    assert kinds == ["expel", "propose"]  # CONSULT is the round itself
    # a statement with a date of its own sits there; one without, at its report's publication date
    days = sorted(dt.date.fromordinal(m.day).isoformat() for m in line.marks if m.lane == "statement")
    assert days == ["2031-04-01", "2031-04-02", "2031-05-21"]
    # an event whose time is not a calendar day ("last week" → a week value) sits at the report's date
    expel = next(m for m in line.marks if m.kind == "expel")
    assert dt.date.fromordinal(expel.day) == dt.date(2031, 5, 20)
    assert line.undated == 0


def test_timeline_ticks_are_in_order_and_on_the_axis() -> None:
    line = views.timeline(records.TRACK, PUBLISHED)
    xs = [t.x for t in line.ticks]
    assert xs == sorted(xs) and len(xs) >= 3
    assert all(line.start <= t.day <= line.end for t in line.ticks)


@pytest.mark.parametrize("span", [3, 20, 60, 400, 3000])
def test_ticks_stay_few_whatever_the_span(span: int) -> None:
    start = dt.date(2031, 1, 10).toordinal()
    ticks = views.ticks(start, start + span)
    assert 1 <= len(ticks) <= 12


def test_an_empty_track_gives_an_empty_timeline() -> None:
    import dataclasses

    empty = dataclasses.replace(records.TRACK, rounds=(), statements=(), events=())
    line = views.timeline(empty, {})
    assert line.marks == () and line.end > line.start


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2031-04-01", dt.date(2031, 4, 1)),
        ("2031-04-01T10:00", dt.date(2031, 4, 1)),
        ("2031-W20", None),
        ("2031-04", None),
        ("PAST_REF", None),
        ("", None),
        (None, None),
        ("2031-02-30", None),
    ],
)
def test_iso_day(value: str | None, day: dt.date | None) -> None:
    assert views.iso_day(value) == day


def test_matrix_has_a_cell_per_issue_and_round() -> None:
    rounds, rows = views.matrix(records.TRACK)
    assert [r.id for r in rounds] == [records.R1, records.R2]
    assert {row.key: [c.status for c in row.cells] for row in rows} == {
        "fishing_quotas": ["raised", "agreed"],
        "border_patrols": ["discussed", "rejected"],
    }
    quotas = rows[0].cells[0]
    assert quotas.raised_by == "Kenya" and len(quotas.evidence) == 2


def test_round_fields_flag_the_disputed_field() -> None:
    fields = {f.name: f for f in views.round_fields(records.ROUND_1, [(records.R1, "duration")])}
    assert fields["duration"].conflict and fields["duration"].value == "5 h"
    assert len(fields["duration"].evidence) == 2
    assert not fields["city"].conflict and fields["venue"].value == "—"


def test_the_date_of_a_planned_round_with_no_day_is_the_time_it_was_announced_for() -> None:
    import dataclasses

    from legation.model import Sourced, TimeValue

    evidence = records.ROUND_1.heads[0].evidence
    week = TimeValue("next week", "DATE", "2031-W25", 0, 9)
    vague = dataclasses.replace(
        records.ROUND_1,
        date=None,
        planned=True,
        period=week,
        fields={"period": (Sourced({"value": "2031-W25", "mod": None}, evidence),)},
    )
    fields = {f.name: f for f in views.round_fields(vague, [])}
    assert fields["date"].value == "2031-W25 (“next week”)" and len(fields["date"].evidence) == 1


def test_delegations_group_heads_by_party() -> None:
    parties = dict(views.delegations(records.TRACK))
    assert [d.name for d in parties["Kenya"]] == ["Wanjiru Otieno"]
    assert parties["Tanzania"][0].rounds == ("#1 2031-04-01",)


def test_evidence_refs_drop_repeats() -> None:
    e = records.ev("rift-2", records.sentence("rift-2", 1))
    assert views.evidence_refs([e, e]) == [{"d": "rift-2", "s": e.start, "e": e.end, "i": 1, "t": e.sentence}]


spans = st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=6)


@given(text=st.text(max_size=50), spans=spans)
def test_segments_cover_the_text_and_mark_only_the_spans(text: str, spans: list[tuple[int, int]]) -> None:
    pieces = views.segments(text, spans)
    assert "".join(p for p, _ in pieces) == text
    at = 0
    for piece, marked in pieces:
        for i in range(at, at + len(piece)):
            inside = any(s <= i < e for s, e in spans)
            assert inside == marked
        at += len(piece)


@given(st.lists(st.tuples(st.text(alphabet="ab «»", max_size=5), st.booleans()), max_size=5))
def test_marked_leaves_no_marks_in_the_text(parts: list[tuple[str, bool]]) -> None:
    left, right = MARKS
    snippet = "".join(f"{left}{p}{right}" if m else p for p, m in parts)
    pieces = views.marked(snippet, MARKS)
    assert all(left not in p and right not in p for p, _ in pieces)


@pytest.mark.parametrize(
    ("snippet", "pieces"),
    [
        ("the «talks» ended", [("the ", False), ("talks", True), (" ended", False)]),
        ("«a» and «b»", [("a", True), (" and ", False), ("b", True)]),
        ("no marks", [("no marks", False)]),
        ("broken «mark", [("broken mark", False)]),
    ],
)
def test_marked(snippet: str, pieces: list[tuple[str, bool]]) -> None:
    assert views.marked(snippet, MARKS) == pieces


def test_cached_repository_serves_a_stale_track_while_reading_it_again() -> None:
    from legation.web.repository import CachedRepository, MemoryRepository

    class Counting(MemoryRepository):
        reads = 0

        def track(self, track_id: str):  # type: ignore[no-untyped-def]
            Counting.reads += 1
            return super().track(track_id)

    now = [100.0]
    cached = CachedRepository(Counting(records.DOSSIER, records.DOCUMENTS), seconds=5, clock=lambda: now[0])
    first = cached.track(records.TRACK_ID)
    assert cached.track(records.TRACK_ID) is first
    assert Counting.reads == 1
    now[0] += 6
    assert cached.track(records.TRACK_ID) is first  # stale, served at once; a refresh is under way
    cached.wait()
    assert Counting.reads == 2
    assert cached.track(records.TRACK_ID) == records.TRACK
    assert Counting.reads == 2  # refreshed: fresh again
    assert cached.track("no-such-track") is None and cached.track("no-such-track") is None
    assert Counting.reads == 4  # a missing track is not remembered: it may be built any moment
    cached.clear()
    cached.track(records.TRACK_ID)
    assert Counting.reads == 5


def test_cached_repository_does_not_decode_an_unchanged_track_again() -> None:
    from legation.web.repository import CachedRepository, MemoryRepository

    class Stamped(MemoryRepository):
        reads = 0
        stamp = "v1"

        def track(self, track_id: str):  # type: ignore[no-untyped-def]
            Stamped.reads += 1
            return super().track(track_id)

        def track_stamp(self, track_id: str) -> str:
            return Stamped.stamp

    now = [100.0]
    cached = CachedRepository(Stamped(records.DOSSIER, records.DOCUMENTS), seconds=5, clock=lambda: now[0])
    cached.track(records.TRACK_ID)
    now[0] += 6
    cached.track(records.TRACK_ID)
    cached.wait()
    assert Stamped.reads == 1  # same stamp: kept as decoded, and fresh again
    Stamped.stamp = "v2"
    now[0] += 6
    cached.track(records.TRACK_ID)
    cached.wait()
    assert Stamped.reads == 2  # the store's track changed: read again


def test_overlapping_timeline_labels_are_folded_into_one_that_counts_them() -> None:
    import dataclasses
    import itertools

    first = records.TRACK.events[0]
    close = [
        dataclasses.replace(first, type=kind, time=None, evidence=first.evidence)
        for kind in ("PROPOSE", "AGREE", "REJECT")
    ]
    track = dataclasses.replace(records.TRACK, events=(*records.TRACK.events, *close))
    line = views.timeline(track, PUBLISHED)
    shown = [m for m in line.marks if m.lane == "event" and m.label]
    assert any("+" in m.label for m in shown)  # one label counts its neighbours
    assert sum(1 for m in line.marks if m.lane == "event" and m.base and not m.label) >= 2
    # no two labels that are shown overlap (at the estimated width of their characters)
    for lane, _title in views.LANES:
        spans = sorted(
            (m.x - len(m.label) * views.LABEL_CHAR / 2, m.x + len(m.label) * views.LABEL_CHAR / 2)
            for m in line.marks
            if m.lane == lane and m.label
        )
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
