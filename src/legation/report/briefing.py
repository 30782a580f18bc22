"""The briefing: a dossier as a document to read, send and print, in Markdown and self-contained HTML.

An analyst's first question is "where does each issue stand?", so every track opens with the latest
status of each agenda item and the sentence that says so; then comes a timeline chart of the rounds on
a date axis, the rounds, the issue × round matrix, the statements, where the sources disagree, and
finally the sources themselves. The two renderings share one view model (:func:`brief`) built here;
the Jinja templates in ``report/templates`` only lay it out. The HTML file carries its CSS and the SVG
chart inline and loads nothing, so it opens offline, attaches to an e-mail and prints cleanly.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import jinja2
from markupsafe import Markup

from legation.model import STATUS_ORDER, STATUS_OTHER, Document, Dossier, Evidence, Round, Track
from legation.report.paths import Step, describe, path
from legation.report.tables import latest_status
from legation.report.terminal import ordered_rounds
from legation.report.values import (
    MISSING,
    actor_words,
    date_range,
    document_label,
    field_value_words,
    round_label,
    said_on,
    said_words,
    source_words,
    third_party_words,
    time_words,
    when_words,
)

#: One colour per status, light enough to print text on: blues while an item is talked about, greens
#: once agreed, warm colours when refused or dropped (the terminal view follows the same scheme).
STATUS_COLOURS: Mapping[str, str] = {
    "raised": "#dbeafe",
    "proposed": "#bfdbfe",
    "discussed": "#fef3c7",
    "agreed": "#bbf7d0",
    "roadmap": "#86efac",
    "formalised": "#4ade80",
    "implemented": "#22c55e",
    "rejected": "#fecaca",
    "deferred": "#f5d0fe",
    "excluded": "#fed7aa",
}
#: Characters of a statement shown in the briefing.
STATEMENT_CHARS = 280
#: Statements per track shown in the briefing; the full list is in the exports.
BRIEFING_STATEMENTS = 20

#: Width of the timeline chart, in SVG user units (it scales to the page width); its height grows with
#: the number of label levels close rounds need.
CHART_WIDTH = 860
_MARGIN = 40
_PLANNED_ZONE = 110
#: Round labels closer than this share no level; at most this many levels are stacked.
_LABEL_GAP = 56
_MAX_LEVELS = 4
_LEVEL_STEP = 32


# --- view model ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cited:
    """A sentence and the source it was read in, as the briefing shows it."""

    source: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Standing:
    """Where one issue stands: its latest status, at which round, and since when it has been talked of."""

    label: str
    status: str
    round: str
    first_round: str
    raised_by: str
    evidence: tuple[Cited, ...]  # one sentence per step of the path, its round named in the source
    path: str = ""  # "raised at #1 → roadmap at #2"


@dataclass(frozen=True, slots=True)
class RoundView:
    label: str
    date: str
    place: str
    duration: str
    format: str
    heads: str
    sources: str
    planned: bool
    disputed: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StatementView:
    date: str
    speaker: str
    cue: str
    text: str
    quoted: bool
    source: str


@dataclass(frozen=True, slots=True)
class ConflictValue:
    value: str
    sources: str


@dataclass(frozen=True, slots=True)
class ConflictView:
    round: str
    field: str
    values: tuple[ConflictValue, ...]


@dataclass(frozen=True, slots=True)
class TrackBrief:
    id: str
    name: str
    parties: str
    third_parties: str
    subject: str
    rounds_held: str
    reports: str
    standing: tuple[Standing, ...]
    chart: str
    rounds: tuple[RoundView, ...]
    matrix_rounds: tuple[str, ...]
    matrix: tuple[tuple[str, tuple[str, ...]], ...]
    statements: tuple[StatementView, ...]
    more_statements: int
    conflicts: tuple[ConflictView, ...]


@dataclass(frozen=True, slots=True)
class SourceView:
    id: str
    outlet: str
    published: str
    title: str
    link: str
    note: str


@dataclass(frozen=True, slots=True)
class Brief:
    title: str
    generated: str
    tracks: tuple[TrackBrief, ...]
    sources: tuple[SourceView, ...]
    errors: tuple[str, ...]
    progress: tuple[str, ...] = STATUS_ORDER
    other: tuple[str, ...] = STATUS_OTHER
    statuses: tuple[str, ...] = STATUS_ORDER + STATUS_OTHER
    colours: Mapping[str, str] = field(default_factory=lambda: dict(STATUS_COLOURS))


def _cite(evidence: Evidence, documents: Mapping[str, Document]) -> Cited:
    doc = evidence.document_id
    return Cited(source_words(documents.get(doc), doc), " ".join(evidence.sentence.split()))


def _step_cite(step: Step, documents: Mapping[str, Document]) -> Cited:
    """The first sentence behind one step of an item's path, its source prefixed with the round."""
    if not step.row.evidence:
        return Cited(f"{step.round}, {step.status}", "")
    cited = _cite(step.row.evidence[0], documents)
    return Cited(f"{step.round}, {step.status}: {cited.source}", cited.sentence)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _standing(track: Track, documents: Mapping[str, Document]) -> tuple[Standing, ...]:
    labels = {i.key: i.label for i in track.issues}
    order = {r.id: n for n, r in enumerate(ordered_rounds(track.rounds))}
    rounds = {r.id: round_label(r) for r in track.rounds}
    out = []
    for key, last in latest_status(track).items():
        steps = path(track, key, round_label)
        reports = sorted(
            (s for s in track.issue_status if s.issue == key), key=lambda s: order.get(s.round_id, len(order))
        )
        out.append(
            Standing(
                label=labels.get(key, key),
                status=last.status,
                round=rounds.get(last.round_id, last.round_id),
                first_round=rounds.get(reports[0].round_id, reports[0].round_id),
                raised_by=next((s.raised_by for s in reports if s.raised_by), None) or MISSING,
                evidence=tuple(_step_cite(step, documents) for step in steps),
                path=describe(steps),
            )
        )
    return tuple(out)


def _round_view(r: Round, documents: Mapping[str, Document], disputed: Iterable[str]) -> RoundView:
    return RoundView(
        label=f"#{r.ordinal}" if r.ordinal is not None else MISSING,
        date=when_words(r),
        place=", ".join(x for x in (r.venue, r.city) if x) or MISSING,
        duration=time_words(r.duration),
        format=r.format or MISSING,
        heads="; ".join(actor_words(h.actor) for h in r.heads) or MISSING,
        sources="; ".join(source_words(documents.get(d), d) for d in r.sources) or MISSING,
        planned=r.planned,
        disputed=tuple(disputed),
    )


def _statement_view(track: Track, documents: Mapping[str, Document]) -> tuple[StatementView, ...]:
    seen: set[tuple[str, str]] = set()
    views = []
    for s in track.statements:
        key = (s.speaker.name.casefold(), " ".join(s.text.casefold().split()))
        if key in seen:  # the same words republished by another outlet
            continue
        seen.add(key)
        views.append(
            StatementView(
                date=said_on(s, documents.get(s.evidence.document_id)),
                speaker=actor_words(s.speaker),
                cue=s.cue or MISSING,
                text=said_words(s, STATEMENT_CHARS),
                quoted=s.quoted,
                source=_cite(s.evidence, documents).source,
            )
        )
    return tuple(sorted(views, key=lambda v: v.date))


def _conflicts(track: Track, documents: Mapping[str, Document]) -> tuple[ConflictView, ...]:
    rounds = {r.id: round_label(r) for r in track.rounds}
    out = []
    for c in track.conflicts:
        grouped: dict[str, list[str]] = {}
        for v in c.values:
            doc = v.evidence.document_id
            grouped.setdefault(field_value_words(c.field, v.value), []).append(
                source_words(documents.get(doc), doc)
            )
        values = tuple(ConflictValue(k, "; ".join(dict.fromkeys(v))) for k, v in grouped.items())
        out.append(ConflictView(rounds.get(c.round_id, c.round_id), c.field, values))
    return tuple(out)


def track_brief(track: Track, documents: Mapping[str, Document]) -> TrackBrief:
    """Everything the briefing shows of one track, as words."""
    rounds = ordered_rounds(track.rounds)
    disputed: dict[str, list[str]] = {}
    for c in track.conflicts:
        disputed.setdefault(c.round_id, []).append(c.field)
    columns = [r.id for r in rounds] + [
        rid
        for rid in dict.fromkeys(s.round_id for s in track.issue_status)
        if rid not in {r.id for r in rounds}
    ]
    labels = {r.id: round_label(r) for r in rounds}
    cells = {(s.issue, s.round_id): s.status for s in track.issue_status}
    issue_labels = {i.key: i.label for i in track.issues}
    keys = list(dict.fromkeys([i.key for i in track.issues] + [s.issue for s in track.issue_status]))
    matrix = tuple((issue_labels.get(k, k), tuple(cells.get((k, rid), "") for rid in columns)) for k in keys)
    statements = _statement_view(track, documents)
    held = [r.date for r in rounds if not r.planned]
    published = [documents[d].published.isoformat() for d in track.documents if d in documents]
    return TrackBrief(
        id=track.id,
        name=track.name or track.id,
        parties=" – ".join(track.parties) or MISSING,
        third_parties=third_party_words(track.third_parties),
        subject=track.subject or MISSING,
        rounds_held=f"{date_range(held)} ({_plural(len(held), 'round')})",
        reports=f"{date_range(published)} ({_plural(len(track.documents), 'source')})",
        standing=_standing(track, documents),
        chart=timeline_svg(track, documents),
        rounds=tuple(_round_view(r, documents, disputed.get(r.id, ())) for r in rounds),
        matrix_rounds=tuple(labels.get(rid, rid) for rid in columns) if track.issue_status else (),
        matrix=matrix if track.issue_status else (),
        statements=statements[:BRIEFING_STATEMENTS],
        more_statements=max(0, len(statements) - BRIEFING_STATEMENTS),
        conflicts=_conflicts(track, documents),
    )


def brief(dossier: Dossier, generated: dt.datetime | None = None) -> Brief:
    """The view model of the whole briefing."""
    documents = {d.id: d for d in dossier.documents}
    sources = tuple(
        SourceView(
            id=d.id,
            outlet=d.source or MISSING,
            published=d.published.isoformat(),
            title=document_label(d),
            link=d.url or d.path or "",
            note=dossier.skipped.get(d.id, ""),
        )
        for d in sorted(dossier.documents, key=lambda d: (d.published, d.id))
    )
    errors = tuple(
        f"{e.source}:{e.line}: {e.reason}" if e.line is not None else f"{e.source}: {e.reason}"
        for e in dossier.errors
    )
    title = "; ".join(t.name for t in dossier.tracks) or "No negotiation track found"
    stamp = (generated or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat()
    return Brief(
        title=f"Briefing: {title}",
        generated=stamp,
        tracks=tuple(track_brief(t, documents) for t in dossier.tracks),
        sources=sources,
        errors=errors,
    )


# --- timeline chart -------------------------------------------------------------------------------------


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """Axis ticks between two dates, at most about ten: every other day or week under two months,
    month starts under three years, else the first of January."""
    span = (last - first).days
    if span <= 62:
        step = 7 if span > 14 else 2
        days = [first + dt.timedelta(days=d) for d in range(0, span + 1, step)]
        return [(d, d.strftime("%d %b")) for d in days]
    if span <= 3 * 365:
        starts, fmt = _month_starts(first, last), "%b %Y"
    else:
        starts, fmt = (
            [dt.date(y, 1, 1) for y in range(first.year, last.year + 1) if dt.date(y, 1, 1) >= first],
            "%Y",
        )
    stride = max(1, -(-len(starts) // 10))
    return [(d, d.strftime(fmt)) for d in starts[::stride]]


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = dt.date(year, month, 1)
        if day >= first:
            months.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _parse(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _levels(xs: list[float]) -> list[tuple[int, bool]]:
    """A label height for each x (in increasing order): the lowest level whose last label is far
    enough to the left; when every level is taken, the one free the longest, marked crowded (its city
    is then left out, the number stays)."""
    last: list[float] = []
    out: list[tuple[int, bool]] = []
    for x in xs:
        free = [n for n, prev in enumerate(last) if x - prev >= _LABEL_GAP]
        if free:
            level, crowded = free[0], False
        elif len(last) < _MAX_LEVELS:
            level, crowded = len(last), False
            last.append(x)
        else:
            level, crowded = min(range(len(last)), key=lambda n: last[n]), True
        last[level] = x
        out.append((level, crowded))
    return out


def timeline_svg(track: Track, documents: Mapping[str, Document]) -> str:
    """An SVG chart of the rounds on a date axis: held rounds as filled circles at their date, undated
    or planned rounds as hollow circles in a zone at the right, report dates as small ticks below the
    axis. Labels of close rounds are stacked at up to four heights so that they stay readable."""
    rounds = ordered_rounds(track.rounds)
    dated = [(r, d) for r in rounds if (d := _parse(r.date)) is not None]
    undated = [r for r in rounds if _parse(r.date) is None]
    reports = sorted({documents[d].published for d in track.documents if d in documents})
    known = [d for _, d in dated] + reports
    right = CHART_WIDTH - _MARGIN - (_PLANNED_ZONE if undated else 0)
    marks: list[tuple[Round, float, bool]] = []  # round, x, filled
    axis: list[str] = []
    if known:
        first, last = min(known), max(known)
        pad = max(3, (last - first).days // 20)
        first, last = first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)
        span = max(1, (last - first).days)

        def x(day: dt.date) -> float:
            return _MARGIN + (right - _MARGIN) * (day - first).days / span

        axis.append(f'<line class="axis" x1="{_MARGIN}" y1="{{axis}}" x2="{right}" y2="{{axis}}"/>')
        for day, label in _ticks(first, last):
            axis.append(
                f'<line class="tick" x1="{x(day):.1f}" y1="{{axis}}" x2="{x(day):.1f}" y2="{{axis_6}}"/>'
                f'<text class="tick-label" x="{x(day):.1f}" y="{{axis_44}}">{html.escape(label)}</text>'
            )
        for day in reports:
            axis.append(
                f'<rect class="report" x="{x(day) - 1.5:.1f}" y="{{axis_10}}" width="3" height="10">'
                f"<title>report {day.isoformat()}</title></rect>"
            )
        marks += [(r, x(day), not r.planned) for r, day in dated]
    else:
        axis.append(f'<text class="note" x="{_MARGIN}" y="{{axis}}">No dated rounds or reports.</text>')
    if undated:
        left = CHART_WIDTH - _MARGIN - _PLANNED_ZONE + 20
        axis.append(
            f'<text class="zone-label" x="{left}" y="{{axis_44}}">undated / planned</text>'
            f'<line class="zone" x1="{left - 10}" y1="20" x2="{left - 10}" y2="{{bottom}}"/>'
        )
        gap = (_PLANNED_ZONE - 20) / max(1, len(undated))
        marks += [(r, left + gap * (n + 0.5), False) for n, r in enumerate(undated)]
    levels = _levels([m[1] for m in marks])
    axis_y = 52 + _LEVEL_STEP * max((level for level, _ in levels), default=0)
    height = axis_y + 66
    where = {
        "axis": axis_y,
        "axis_6": axis_y + 6,
        "axis_10": axis_y + 10,
        "axis_44": axis_y + 44,
        "bottom": height - 16,
    }
    parts = [part.format(**where) for part in axis]
    parts += [
        _round_mark(r, x_, axis_y, level=level, crowded=crowded, filled=filled)
        for (r, x_, filled), (level, crowded) in zip(marks, levels, strict=True)
    ]
    title = html.escape(f"Timeline of {track.name or track.id}")
    body = "\n".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" '
        f'viewBox="0 0 {CHART_WIDTH} {height}" '
        f'role="img" aria-label="{title}"><title>{title}</title>\n{body}\n</svg>'
    )


def _round_mark(r: Round, x: float, axis_y: int, *, level: int, crowded: bool, filled: bool) -> str:
    """One round: a circle on the axis and a stem up to its number and city at the given height."""
    label = f"#{r.ordinal}" if r.ordinal is not None else "round"
    where = "" if crowded else (r.city or r.date or "")
    top = axis_y - 34 - _LEVEL_STEP * level
    tip = html.escape(f"{round_label(r)} {r.city or ''}".strip())
    return (
        f'<g class="round{"" if filled else " open"}"><title>{tip}</title>'
        f'<line class="stem" x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{top + 18}"/>'
        f'<circle cx="{x:.1f}" cy="{axis_y}" r="7"/>'
        f'<text class="round-label" x="{x:.1f}" y="{top}">{html.escape(label)}</text>'
        f'<text class="round-sub" x="{x:.1f}" y="{top + 14}">{html.escape(where)}</text></g>'
    )


# --- rendering ----------------------------------------------------------------------------------------


def _markdown_cell(value: Any) -> str:
    """A value safe in a Markdown table cell: one line, pipes escaped."""
    return " ".join(str(value).split()).replace("|", "\\|")


def _environment(autoescape: bool) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("legation.report", "templates"),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cell"] = _markdown_cell
    return env


def briefing_markdown(dossier: Dossier, generated: dt.datetime | None = None) -> str:
    """The briefing as Markdown (GitHub tables); the timeline chart is left to the HTML version."""
    return _environment(False).get_template("briefing.md.j2").render(brief=brief(dossier, generated))


def briefing_html(dossier: Dossier, generated: dt.datetime | None = None) -> str:
    """The briefing as one HTML file with inline CSS and SVG: no scripts, fonts or images to fetch."""
    model = brief(dossier, generated)
    charts = {t.id: Markup(t.chart) for t in model.tracks}  # drawn here from escaped values
    return _environment(True).get_template("briefing.html.j2").render(brief=model, charts=charts)
