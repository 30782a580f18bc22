"""What the pages show, computed from a :class:`~legation.model.Track`: plain functions, no HTTP.

Kept apart from the routes so that filtering, the timeline layout, the issue × round matrix and text
highlighting are tested directly, and the templates only lay out what these return.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from legation.model import Event, Evidence, IssueStatus, Round, Statement, Track
from legation.report.paths import CHANGE_WORDS, changes, mark
from legation.report.values import (
    actor_words,
    period_words,
    round_label,
    said_words,
    shorten,
    time_words,
    when_words,
)
from legation.store.reading import DocumentSummary

#: Round fields shown in the rounds table, in this order; ``Round.fields`` keeps every source's value.
ROUND_FIELDS: tuple[str, ...] = ("date", "city", "venue", "duration", "format", "ordinal")
#: Event types that already have a place on the timeline (a round) and are not repeated as events.
TIMELINE_SKIPS: frozenset[str] = frozenset({"CONSULT", "STATEMENT"})

EvidenceRef = dict[str, str | int]


def evidence_refs(evidence: Iterable[Evidence]) -> list[EvidenceRef]:
    """The evidence of a fact as the page hands it to the evidence panel (``data-evidence``)."""
    refs: list[EvidenceRef] = []
    seen: set[tuple[str, int, int]] = set()
    for e in evidence:
        key = (e.document_id, e.start, e.end)
        if key in seen:
            continue
        seen.add(key)
        refs.append({"d": e.document_id, "s": e.start, "e": e.end, "i": e.sentence_index, "t": e.sentence})
    return refs


# --- filters -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Filters:
    """The track page's filters; None means no filter."""

    party: str | None = None
    issue: str | None = None
    source: str | None = None

    @property
    def active(self) -> bool:
        return any((self.party, self.issue, self.source))


@dataclass(frozen=True, slots=True)
class FilterOptions:
    parties: tuple[str, ...]
    issues: tuple[tuple[str, str], ...]  # (key, label)
    sources: tuple[str, ...]


def filter_options(track: Track, documents: Sequence[DocumentSummary]) -> FilterOptions:
    """The values each filter can take on this track."""
    parties = set(track.parties)
    parties.update(s.speaker.party for s in track.statements if s.speaker.party)
    parties.update(h.actor.party for r in track.rounds for h in r.heads if h.actor.party)
    parties.update(a.party for e in track.events for a in e.actors if a.party)
    sources = {d.source for d in documents if d.source}
    return FilterOptions(
        tuple(sorted(parties)), tuple((i.key, i.label) for i in track.issues), tuple(sorted(sources))
    )


def apply_filters(track: Track, filters: Filters, sources: Mapping[str, str | None]) -> Track:
    """The track with only the facts the filters keep.

    * ``party``: statements by its speakers, events with it among the actors, issue statuses it raised
      (or raised by nobody known), delegation heads of it; rounds stay (they are the frame).
    * ``issue``: the matrix row of that issue, events about it, statements made in a sentence that
      reports the issue.
    * ``source`` (an outlet): only facts with evidence from a document of that outlet (``sources`` maps
      document id → outlet); rounds it did not report are dropped.
    """
    if not filters.active:
        return track
    rounds = list(track.rounds)
    statuses = list(track.issue_status)
    statements = list(track.statements)
    events = list(track.events)
    conflicts = list(track.conflicts)
    if filters.party:
        party = filters.party
        statements = [s for s in statements if s.speaker.party == party]
        events = [e for e in events if any(a.party == party for a in e.actors)]
        statuses = [s for s in statuses if s.raised_by in (None, party)]
        rounds = [
            dataclasses.replace(r, heads=tuple(h for h in r.heads if h.actor.party == party)) for r in rounds
        ]
    if filters.issue:
        issue = filters.issue
        statuses = [s for s in statuses if s.issue == issue]
        sentences = {(e.document_id, e.sentence_index) for s in statuses for e in s.evidence}
        events = [e for e in events if e.issue == issue]
        statements = [
            s for s in statements if (s.evidence.document_id, s.evidence.sentence_index) in sentences
        ]
    if filters.source:
        outlet = filters.source

        def kept(e: Evidence) -> bool:
            return sources.get(e.document_id) == outlet

        rounds = [r for r in rounds if any(sources.get(d) == outlet for d in r.sources)]
        statuses = [
            dataclasses.replace(s, evidence=tuple(e for e in s.evidence if kept(e)))
            for s in statuses
            if any(kept(e) for e in s.evidence)
        ]
        statements = [s for s in statements if kept(s.evidence)]
        events = [e for e in events if kept(e.evidence)]
        conflicts = [c for c in conflicts if any(kept(v.evidence) for v in c.values)]
    round_ids = {r.id for r in rounds}
    return dataclasses.replace(
        track,
        rounds=tuple(rounds),
        issues=tuple(i for i in track.issues if not filters.issue or i.key == filters.issue),
        issue_status=tuple(s for s in statuses if s.round_id in round_ids),
        statements=tuple(statements),
        events=tuple(events),
        conflicts=tuple(c for c in conflicts if c.round_id in round_ids),
    )


# --- timeline ----------------------------------------------------------------------------------------

WIDTH = 1000
MARGIN = 40
LANE_HEIGHT = 70
LANES: tuple[tuple[str, str], ...] = (("round", "Rounds"), ("statement", "Statements"), ("event", "Events"))
#: Most marks stacked on one day in one lane; more are counted in the last one's tooltip.
STACK = 4
#: Width of one character of a mark label (11px sans-serif) in viewBox units, and the least gap
#: between two labels: used to keep labels from overlapping (``static/app.js`` measures them instead).
LABEL_CHAR = 6.6
LABEL_GAP = 6.0


@dataclass(frozen=True, slots=True)
class Mark:
    """One item on the timeline: where it is drawn and what it points to."""

    lane: str
    kind: str  # "round", "planned", "statement" or the event type in lower case
    day: int  # date.toordinal()
    x: float
    y: float
    label: str
    title: str
    evidence: list[EvidenceRef]
    base: str = ""  # the label before clustering; ``label`` is "" when a neighbour's label counts it


@dataclass(frozen=True, slots=True)
class Tick:
    day: int
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Timeline:
    start: int
    end: int
    width: int
    height: int
    marks: tuple[Mark, ...]
    ticks: tuple[Tick, ...]
    lanes: tuple[tuple[str, str, float], ...]  # (key, title, y)
    undated: int


def iso_day(value: str | None) -> dt.date | None:
    """A calendar date from a ``YYYY-MM-DD`` value (or the start of one); None for anything vaguer."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _statement_day(s: Statement, published: Mapping[str, dt.date]) -> dt.date | None:
    return iso_day(s.date.value if s.date else None) or published.get(s.evidence.document_id)


def _event_day(e: Event, published: Mapping[str, dt.date]) -> dt.date | None:
    return iso_day(e.time.value if e.time else None) or published.get(e.evidence.document_id)


def timeline(track: Track, published: Mapping[str, dt.date]) -> Timeline:
    """Rounds, statements and events (other than meetings) on one horizontal time axis, three lanes.

    A statement or event with no calendar date of its own sits at its report's publication date.
    """
    items: list[tuple[str, str, dt.date, str, str, list[EvidenceRef]]] = []
    undated = 0
    for r in track.rounds:
        day = iso_day(r.date)
        if day is None:
            undated += 1
            continue
        place = ", ".join(x for x in (r.city, r.venue) if x)
        label = f"#{r.ordinal}" if r.ordinal is not None else (r.city or "")
        title = f"Round {round_label(r)}" + (f" — {place}" if place else "")
        refs = evidence_refs(s.evidence for values in r.fields.values() for s in values)
        items.append(("round", "planned" if r.planned else "round", day, label, title, refs))
    for s in track.statements:
        day = _statement_day(s, published)
        if day is None:
            undated += 1
            continue
        title = f"{actor_words(s.speaker)} {s.cue}: {said_words(s, 120)}"
        items.append(("statement", "statement", day, "", title, evidence_refs([s.evidence])))
    for e in track.events:
        if e.type in TIMELINE_SKIPS:
            continue
        day = _event_day(e, published)
        if day is None:
            undated += 1
            continue
        who = ", ".join(sorted({a.party or a.name for a in e.actors}))
        title = f"{e.type.title()}" + (f" ({who})" if who else "") + f": {shorten(e.evidence.sentence, 120)}"
        items.append(("event", e.type.lower(), day, e.type.title(), title, evidence_refs([e.evidence])))
    days = [day for _l, _k, day, *_ in items]
    first = min(days) if days else dt.date.today()
    last = max(days) if days else first
    start = first.toordinal() - 2
    end = max(last.toordinal() + 2, start + 14)
    lane_y = {key: 30 + LANE_HEIGHT * i + LANE_HEIGHT / 2 for i, (key, _t) in enumerate(LANES)}
    stacked: dict[tuple[str, int], int] = defaultdict(int)
    marks = []
    for lane, kind, day, label, title, refs in sorted(items, key=lambda i: (i[2], i[0])):
        n = stacked[(lane, day.toordinal())]
        stacked[(lane, day.toordinal())] += 1
        y = lane_y[lane] + (min(n, STACK - 1) * 12 - (STACK - 1) * 6 if lane != "round" else 0)
        marks.append(
            Mark(
                lane,
                kind,
                day.toordinal(),
                x_of(day.toordinal(), start, end),
                y,
                label,
                f"{day.isoformat()} — {title}",
                refs,
                label,
            )
        )
    marks = cluster_labels(marks)
    height = 30 + LANE_HEIGHT * len(LANES) + 30
    return Timeline(
        start,
        end,
        WIDTH,
        height,
        tuple(marks),
        ticks(start, end),
        tuple((key, title, lane_y[key]) for key, title in LANES),
        undated,
    )


def cluster_labels(marks: list[Mark]) -> list[Mark]:
    """Labels that would overlap in their lane ("AgrAgree") are folded into the leftmost one, which
    then counts them ("Agree +2"); every mark keeps its tooltip. Marks on one day stack up, so a stack
    gets one label too."""
    out = list(marks)
    for lane, _title in LANES:
        order = sorted((i for i, m in enumerate(out) if m.lane == lane and m.base), key=lambda i: out[i].x)
        head: int | None = None
        count = 0
        right = float("-inf")
        for i in order:
            m = out[i]
            half = len(m.base) * LABEL_CHAR / 2
            if head is not None and m.x - half < right + LABEL_GAP:
                count += 1
                folded = f"{out[head].base} +{count}"
                out[head] = dataclasses.replace(out[head], label=folded)
                out[i] = dataclasses.replace(m, label="")
                right = out[head].x + len(folded) * LABEL_CHAR / 2
                continue
            head, count, right = i, 0, m.x + half
    return out


def x_of(day: int, start: int, end: int) -> float:
    """The x position of a day on an axis from ``start`` to ``end`` (ordinals); JS does the same on zoom."""
    return round(MARGIN + (day - start) / max(end - start, 1) * (WIDTH - 2 * MARGIN), 1)


def ticks(start: int, end: int, most: int = 10) -> tuple[Tick, ...]:
    """Axis ticks: days, weeks, months or years, whichever gives at most ``most`` ticks."""
    span = end - start
    first = dt.date.fromordinal(start)
    out: list[Tick] = []
    if span <= most * 7:
        step = 1 if span <= most else 7
        for day in range(start, end + 1, step):
            out.append(Tick(day, x_of(day, start, end), dt.date.fromordinal(day).isoformat()))
        return tuple(out)
    step = (span // 30) // most + 1  # months between ticks
    month = first.year * 12 + first.month  # the month after the first day's, counted from year 0
    while True:
        month += 1
        if month % step:
            continue
        year, index = divmod(month - 1, 12)
        day = dt.date(year, index + 1, 1).toordinal()
        if day > end:
            return tuple(out)
        out.append(Tick(day, x_of(day, start, end), f"{year}-{index + 1:02d}"))


# --- matrix, rounds, delegations -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cell:
    status: str | None
    raised_by: str | None
    evidence: list[EvidenceRef]
    mark: str = ""  # "*" for a round reported with less than an earlier one reached
    note: str = ""  # how the step reads against the previous round, when it is not a plain advance


@dataclass(frozen=True, slots=True)
class MatrixRow:
    key: str
    label: str
    cells: tuple[Cell, ...]


def matrix(track: Track) -> tuple[tuple[Round, ...], tuple[MatrixRow, ...]]:
    """The issue × round matrix: one row per issue, one column per round, a status (or None) per cell."""
    by_cell: dict[tuple[str, str], IssueStatus] = {(s.issue, s.round_id): s for s in track.issue_status}
    steps = changes(track)
    rows = []
    for issue in track.issues:
        cells = []
        for r in track.rounds:
            status = by_cell.get((issue.key, r.id))
            cells.append(
                Cell(
                    status.status,
                    status.raised_by,
                    evidence_refs(status.evidence),
                    mark(steps.get((issue.key, r.id))),
                    _step_note(steps.get((issue.key, r.id))),
                )
                if status
                else Cell(None, None, [])
            )
        rows.append(MatrixRow(issue.key, issue.label, tuple(cells)))
    return track.rounds, tuple(rows)


def _step_note(change: str | None) -> str:
    return CHANGE_WORDS[change] if change in ("reported-less", "turned", "resumed") else ""


@dataclass(frozen=True, slots=True)
class FieldView:
    name: str
    value: str
    conflict: bool
    evidence: list[EvidenceRef]


def round_fields(r: Round, conflicts: Iterable[tuple[str, str]]) -> tuple[FieldView, ...]:
    """A round's settled values with each field's supporting evidence and whether sources disagree on it."""
    disputed = {f for rid, f in conflicts if rid == r.id}
    settled = {
        "date": r.date,
        "city": r.city,
        "venue": r.venue,
        "duration": time_words(r.duration) if r.duration else None,
        "format": r.format,
        "ordinal": r.ordinal,
    }
    out = []
    for name in ROUND_FIELDS:
        value = settled[name]
        sources = [name]
        if name == "date" and value is None and r.period is not None:
            # a planned round with no day: the stretch of time it was announced for ("next week")
            value, sources = period_words(r.period), ["period"]
        elif name == "date" and value is not None:
            value, sources = when_words(r), ["date", "end"]  # a round of several days: first and last
        refs = evidence_refs(s.evidence for source in sources for s in r.fields.get(source, ()))
        conflict = any(source in disputed for source in sources)
        out.append(FieldView(name, "—" if value is None else str(value), conflict, refs))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Delegate:
    name: str
    role: str | None
    rounds: tuple[str, ...]
    evidence: list[EvidenceRef]


def delegations(track: Track) -> tuple[tuple[str, tuple[Delegate, ...]], ...]:
    """The heads of delegation by party, each with the rounds they led and the sentences naming them."""
    by_party: dict[str, dict[str, tuple[str | None, list[str], list[Evidence]]]] = defaultdict(dict)
    for r in track.rounds:
        for h in r.heads:
            party = h.actor.party or "unknown party"
            _role, rounds, evidence = by_party[party].setdefault(h.actor.name, (h.actor.role, [], []))
            if round_label(r) not in rounds:
                rounds.append(round_label(r))
            evidence.append(h.evidence)
    return tuple(
        (
            party,
            tuple(
                Delegate(name, role, tuple(rounds), evidence_refs(evidence))
                for name, (role, rounds, evidence) in sorted(people.items())
            ),
        )
        for party, people in sorted(by_party.items())
    )


# --- highlighting --------------------------------------------------------------------------------------


def segments(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The text cut into (piece, highlighted) runs for the given character spans.

    Spans outside the text are clipped, overlapping spans merged; the template escapes every piece.
    """
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in merged:
        if start > at:
            out.append((text[at:start], False))
        out.append((text[start:end], True))
        at = end
    if at < len(text):
        out.append((text[at:], False))
    return out


def marked(snippet: str, marks: tuple[str, str]) -> list[tuple[str, bool]]:
    """A search snippet with ``«matches»`` as (piece, highlighted) runs; stray marks are dropped."""
    left, right = marks
    out: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        i = rest.find(left)
        j = rest.find(right, i + 1) if i >= 0 else -1
        if i < 0 or j < 0:
            out.append((rest, False))
            break
        out.append((rest[:i], False))
        out.append((rest[i + len(left) : j], True))
        rest = rest[j + len(right) :]
    cleaned = [(piece.replace(left, "").replace(right, ""), m) for piece, m in out]
    return [piece for piece in cleaned if piece[0]]
