"""The dossier in a terminal: one section per negotiation track, then the sources it was read from.

An analyst reads a track top-down: who negotiates about what and over which dates (header), when and
where they met (round timeline), where each agenda item stood at each round (issue × round matrix),
who said what (statements), where the reports disagree (conflicts), and finally which documents
were read, skipped or could not be read. Every value may be missing; a missing value shows as ``—``
rather than being guessed. Document text is always wrapped in :class:`rich.text.Text`, never parsed as
markup, so a ``[bracket]`` in an article cannot restyle or break the output.

Every section fits the width of the terminal (:mod:`legation.report.fit`): no word is ever broken and a
date never wraps; below :data:`~legation.report.fit.WIDE` columns the rounds, statements and conflicts
are stacked as records, one block each, and statements are always printed in full.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from legation.model import STATUS_ORDER, STATUS_OTHER, Conflict, Document, Dossier, Round, Statement, Track
from legation.report.fit import Fitted, column_widths, indented, record
from legation.report.paths import LESS_NOTE, changes, describe, mark, paths
from legation.report.values import (
    MISSING,
    actor_words,
    date_range,
    document_label,
    field_value_words,
    round_label,
    said_on,
    said_words,
    short_period,
    source_words,
    state_of,
    third_party_words,
    time_words,
    when_words,
)

#: Width of the plain-text rendering (tests and golden files).
RENDER_WIDTH = 120
#: Rounds per issue-matrix table at most; more rounds continue in a further table (fewer per table
#: when the terminal is narrower).
MATRIX_ROUNDS = 6
#: Characters of a statement shown before it is cut: a safety net for a runaway quotation, far above a
#: statement's usual length, so that statements are shown in full.
STATEMENT_CHARS = 1200

#: One style per status: cool colours while an item is talked about, green once agreed, red-ish when
#: refused or dropped, so that a row of the matrix reads as progress at a glance.
STATUS_STYLES: Mapping[str, str] = {
    "raised": "cyan",
    "proposed": "blue",
    "discussed": "yellow",
    "agreed": "green",
    "roadmap": "bold green",
    "formalised": "bold bright_green",
    "implemented": "reverse green",
    "rejected": "bold red",
    "deferred": "magenta",
    "excluded": "dim red",
}
CONFLICT_STYLE = "bold yellow"
ERROR_STYLE = "bold red"
_EMPTY_CELL = "·"


def print_dossier(dossier: Dossier, console: Console | None = None) -> None:
    """Print the whole dossier; ``legation run`` calls this with the default console."""
    console = console if console is not None else Console()
    for renderable in dossier_renderables(dossier):
        console.print(renderable)


def render_dossier(dossier: Dossier, width: int = RENDER_WIDTH) -> str:
    """The dossier as plain text, ``width`` columns wide (120 by default), without colour or trailing
    blanks: for tests and golden files."""
    console = Console(
        file=io.StringIO(),
        record=True,
        width=width,
        color_system=None,
        force_terminal=False,
        emoji=False,
        highlight=False,
    )
    print_dossier(dossier, console)
    text = console.export_text(styles=False)
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def dossier_renderables(dossier: Dossier) -> Iterator[RenderableType]:
    """Every section in reading order, so that other consoles (pager, file) can print them too."""
    documents = {d.id: d for d in dossier.documents}
    if not dossier.tracks:
        yield Text("No negotiation track found: no document names two parties meeting.", style="italic")
    for track in dossier.tracks:
        yield from track_renderables(track, documents)
    yield from sources_renderables(dossier)


# --- one track ------------------------------------------------------------------------------------------


def track_renderables(track: Track, documents: Mapping[str, Document]) -> Iterator[RenderableType]:
    """Header, timeline, matrix, statements and conflicts of one track; empty sections are left out."""
    yield Rule(Text(track.name or track.id, style="bold"), style="bold")
    yield track_header(track, documents)
    yield Text("")
    yield round_timeline(track, documents)
    if track.issue_status:
        yield Text("")
        yield status_matrix(track)
        yield status_legend()
        yield from issue_paths(track)
    if track.statements:
        yield Text("")
        yield statement_table(track.statements, documents)
    if track.conflicts:
        yield Text("")
        yield conflict_table(track, documents)
    yield Text("")


def track_header(track: Track, documents: Mapping[str, Document]) -> RenderableType:
    """Parties, subject and the span of dates the track covers, with how many reports it rests on."""
    published = [documents[d].published.isoformat() for d in track.documents if d in documents]
    held = [r.date for r in track.rounds if not r.planned]
    return _labelled(
        [
            ("Parties", " – ".join(track.parties) or MISSING),
            *([("Also there", third_party_words(track.third_parties))] if track.third_parties else []),
            ("Subject", track.subject or MISSING),
            ("Rounds held", f"{date_range(held)} ({_count(len(held), 'round')})"),
            ("Reports", f"{date_range(published)} ({_count(len(track.documents), 'source')})"),
        ]
    )


def _labelled(rows: list[tuple[str, str]]) -> RenderableType:
    """``Label:  value`` lines; a long value wraps under itself, not under the label."""
    grid = Table.grid()
    grid.add_column(no_wrap=True, style="bold", min_width=13)
    grid.add_column()
    for label, value in rows:
        grid.add_row(f"{label}:", Text(value))
    return grid


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def ordered_rounds(rounds: tuple[Round, ...]) -> list[Round]:
    """Held rounds by date (undated ones by ordinal, after the dated), then planned rounds."""
    return sorted(rounds, key=lambda r: (r.planned, r.date is None, r.date or "", r.ordinal or 0))


def round_timeline(track: Track, documents: Mapping[str, Document]) -> RenderableType:
    """One row per round; a field the sources disagree on carries a ``⚠ n values`` mark."""
    if not track.rounds:
        return Text("No rounds found in these reports.", style="italic")
    table = Table(title="Rounds", title_justify="left", box=box.SIMPLE_HEAD, show_lines=False)
    headers = ("#", "Date", "City", "Venue", "Duration", "Format", "Delegation heads", "Sources")
    for header in headers:
        table.add_column(header, no_wrap=header == "Date")
    disputed = _disputed_fields(track.conflicts)
    rows: list[tuple[Round, list[Text]]] = []
    for r in ordered_rounds(track.rounds):
        marks = disputed.get(r.id, {})
        date = Text(when_words(r))
        if r.planned:
            date.append(f"\n{state_of(r)}", style="italic")
        heads = "\n".join(actor_words(h.actor) for h in r.heads) or MISSING
        row = [
            _marked(str(r.ordinal) if r.ordinal is not None else MISSING, marks.get("ordinal")),
            _marked(date, _date_marks(marks)),
            _marked(r.city or MISSING, marks.get("city")),
            _marked(r.venue or MISSING, marks.get("venue")),
            _marked(time_words(r.duration), marks.get("duration")),
            _marked(r.format or MISSING, marks.get("format")),
            Text(heads),
            Text(str(len(r.sources))),
        ]
        table.add_row(*row)
        rows.append((r, row))

    def records() -> Iterator[RenderableType]:
        yield Text("Rounds", style="italic")
        for r, row in rows:
            heading = Text(f"Round {round_label(r)}", style="bold")
            date = _marked(when_words(r), _date_marks(disputed.get(r.id, {})))
            yield Text("")
            yield record(heading, [("Date", date), *zip(headers[2:], row[2:], strict=True)])

    return Fitted(table, records)


def _disputed_fields(conflicts: tuple[Conflict, ...]) -> dict[str, dict[str, int]]:
    """round id → field → number of distinct values the sources give."""
    out: dict[str, dict[str, int]] = {}
    for c in conflicts:
        distinct = {field_value_words(c.field, v.value).casefold() for v in c.values}
        out.setdefault(c.round_id, {})[c.field] = len(distinct)
    return out


def _date_marks(marks: dict[str, int]) -> int | None:
    """The sources' disagreement shown on a round's days: on its first day, else on its last."""
    return marks.get("date") or marks.get("end")


def _marked(value: str | Text, distinct: int | None) -> Text:
    text = value if isinstance(value, Text) else Text(value)
    if distinct is not None and distinct > 1:
        text.append(f"\n⚠ {distinct} values", style=CONFLICT_STYLE)
    return text


def status_matrix(track: Track) -> RenderableType:
    """Issues (rows, by label) × rounds (columns, in timeline order); each cell the issue's status.

    A long negotiation is split into several tables of :data:`MATRIX_ROUNDS` rounds each, so that
    columns stay readable at 120 characters instead of being squeezed into single letters.
    """
    labels = {i.key: i.label for i in track.issues}
    issue_keys = list(dict.fromkeys([i.key for i in track.issues] + [s.issue for s in track.issue_status]))
    rounds = ordered_rounds(track.rounds)
    columns = [(r.id, _round_header(r)) for r in rounds]
    known = {r.id for r in rounds}
    columns += [
        (rid, rid) for rid in dict.fromkeys(s.round_id for s in track.issue_status) if rid not in known
    ]
    cells = {(s.issue, s.round_id): s.status for s in track.issue_status}
    steps = changes(track)
    marks = {k: mark(steps.get(k)) for k in cells}
    return _Matrix([(key, labels.get(key, key)) for key in issue_keys], columns, cells, marks)


class _Matrix:
    """The issue × round tables, as many rounds to a table as the console has room for (at most
    :data:`MATRIX_ROUNDS`); an issue per block, its statuses listed, when not even one round fits."""

    def __init__(
        self,
        issues: list[tuple[str, str]],
        columns: list[tuple[str, str]],
        cells: Mapping[tuple[str, str], str],
        marks: Mapping[tuple[str, str], str],
    ) -> None:
        self.issues, self.columns, self.cells, self.marks = issues, columns, cells, marks

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for per_table in range(MATRIX_ROUNDS, 0, -1):
            tables = self.tables(per_table)
            if all(column_widths(console, options, t) is not None for t in tables):
                yield Group(*(Fitted(t, list, min_width=0) for t in tables))
                return
        yield Group(*self.records())

    def tables(self, per_table: int) -> list[Table]:
        columns = self.columns
        chunks = [columns[i : i + per_table] for i in range(0, len(columns), per_table)] or [[]]
        tables = []
        for n, chunk in enumerate(chunks, start=1):
            title = "Issues by round" + (f" ({n}/{len(chunks)})" if len(chunks) > 1 else "")
            table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
            table.add_column("Issue", max_width=40)
            for _rid, header in chunk:
                table.add_column(header, justify="center", no_wrap=True)
            for key, label in self.issues:
                row: list[RenderableType] = [Text(label)]
                for rid, _header in chunk:
                    row.append(self.cell(key, rid))
                table.add_row(*row)
            tables.append(table)
        return tables

    def cell(self, key: str, rid: str) -> Text:
        status = self.cells.get((key, rid))
        if not status:
            return Text(_EMPTY_CELL, style="dim")
        return Text(status + self.marks.get((key, rid), ""), style=STATUS_STYLES.get(status, ""))

    def records(self) -> Iterator[RenderableType]:
        yield Text("Issues by round", style="italic")
        for key, label in self.issues:
            fields = [(" ".join(h.split()), self.cell(key, rid)) for rid, h in self.columns]
            yield record(Text(label, style="bold"), fields)


def _round_header(r: Round) -> str:
    """A matrix column heading on two short lines: ``#2`` over the date (or ``planned``)."""
    top = f"#{r.ordinal}" if r.ordinal is not None else (r.city or MISSING)
    bottom = r.date or (short_period(r.period) if r.period is not None else "")
    if r.planned:
        bottom = f"{bottom} {state_of(r)}".strip()
    return f"{top}\n{bottom}" if bottom else top


def issue_paths(track: Track) -> Iterator[RenderableType]:
    """Each item reported at more than one round, as its path ("raised at #1 → roadmap at #2")."""
    found = paths(track)
    if not found:
        return
    yield Text("Paths:", style="dim")
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(style="bold")  # a path too long for the line wraps under itself
    grid.add_column()
    for label, steps in found:
        grid.add_row(Text(f"{label}:"), Text(describe(steps)))
    yield indented(grid, 2)
    if any(step.change == "reported-less" for _label, steps in found for step in steps):
        yield Text(LESS_NOTE, style="dim")


def status_legend() -> Table:
    """The statuses in order of progress, each in its colour, then the states outside that order."""
    progress = Text()
    for i, status in enumerate(STATUS_ORDER):
        if i:
            progress.append(" → ", style="dim")
        progress.append(status, style=STATUS_STYLES.get(status, ""))
    other = Text()
    for i, status in enumerate(STATUS_OTHER):
        if i:
            other.append(" · ", style="dim")
        other.append(status, style=STATUS_STYLES.get(status, ""))
    other.append(f"   ({_EMPTY_CELL} = not reported)", style="dim")
    legend = Table.grid()
    legend.add_column(no_wrap=True, style="dim", min_width=10)
    legend.add_column()
    legend.add_row("Progress:", progress)
    legend.add_row("Other:", other)
    return legend


def statement_table(statements: tuple[Statement, ...], documents: Mapping[str, Document]) -> RenderableType:
    """Who said what and when; quotes in quotation marks, reported speech marked as such.

    The same words by the same speaker carried by several reports are shown once, with the number of
    reports, since wire copy is often republished verbatim.
    """
    table = Table(title="Statements", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Date", no_wrap=True)
    table.add_column("Speaker", max_width=34)
    table.add_column("Cue")
    table.add_column("Statement")
    rows: list[tuple[Text, Text, Text, Text]] = []
    groups: dict[tuple[str, str, bool], list[Statement]] = {}
    for s in sorted(statements, key=lambda s: _statement_date(s, documents)):
        key = (s.speaker.name.casefold(), " ".join(s.text.casefold().split()), s.quoted)
        groups.setdefault(key, []).append(s)
    for same in groups.values():
        s = same[0]
        said = Text(said_words(s, STATEMENT_CHARS))
        reports = len({x.evidence.document_id for x in same})
        if reports > 1:
            said.append(f" ({reports} reports)", style="dim")
        row = (
            Text(_statement_date(s, documents)),
            Text(actor_words(s.speaker)),
            Text(s.cue or MISSING),
            said,
        )
        table.add_row(*row)
        rows.append(row)

    def records() -> Iterator[RenderableType]:
        yield Text("Statements", style="italic")
        for date, speaker, cue, text in rows:
            yield Text("")
            yield Text.assemble(date, "  ", (speaker.plain, "bold"), "  ", (cue.plain, "italic"))
            yield indented(text)

    return Fitted(table, records)


def _statement_date(statement: Statement, documents: Mapping[str, Document]) -> str:
    return said_on(statement, documents.get(statement.evidence.document_id))


def conflict_table(track: Track, documents: Mapping[str, Document]) -> RenderableType:
    """One row per value the sources give for a disputed field, with the sources that give it."""
    rounds = {r.id: round_label(r) for r in track.rounds}
    table = Table(title="Conflicting reports", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Round")
    table.add_column("Field")
    table.add_column("Value")
    table.add_column("Sources")
    disputes: list[tuple[str, str, dict[str, list[str]]]] = []
    for c in track.conflicts:
        grouped: dict[str, list[str]] = {}
        for v in c.values:
            doc_id = v.evidence.document_id
            grouped.setdefault(field_value_words(c.field, v.value), []).append(
                source_words(documents.get(doc_id), doc_id)
            )
        disputes.append((rounds.get(c.round_id, c.round_id), c.field, grouped))
        for i, (value, sources) in enumerate(grouped.items()):
            table.add_row(
                Text(rounds.get(c.round_id, c.round_id) if i == 0 else ""),
                Text(c.field if i == 0 else "", style=CONFLICT_STYLE),
                Text(value),
                Text("; ".join(dict.fromkeys(sources))),
                end_section=i == len(grouped) - 1,
            )

    def records() -> Iterator[RenderableType]:
        yield Text("Conflicting reports", style="italic")
        for label, field, grouped in disputes:
            heading = Text.assemble((label, "bold"), "  ", (field, CONFLICT_STYLE))
            yield Text("")
            yield record(
                heading, [(value, Text("; ".join(dict.fromkeys(s)))) for value, s in grouped.items()]
            )

    return Fitted(table, records)


# --- sources --------------------------------------------------------------------------------------------


def sources_renderables(dossier: Dossier) -> Iterator[RenderableType]:
    """The documents read, those skipped with the reason, and those that could not be read."""
    yield Rule(Text("Sources", style="bold"), style="bold")
    if dossier.documents:
        yield document_table(dossier.documents, dossier.skipped)
    else:
        yield Text("No documents were read.", style="italic")
    if dossier.skipped:
        yield Text("")
        yield skipped_table(dossier.skipped)
    if dossier.errors:
        yield Text("")
        yield Text(f"Errors ({len(dossier.errors)}):", style=ERROR_STYLE)
        for e in dossier.errors:
            where = f"{e.source}:{e.line}" if e.line is not None else e.source
            yield Text(f"  {where}: {e.reason}", style=ERROR_STYLE)


def document_table(documents: tuple[Document, ...], skipped: Mapping[str, str]) -> RenderableType:
    table = Table(title=f"Documents ({len(documents)})", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Published", no_wrap=True)
    table.add_column("Outlet", max_width=24)
    table.add_column("Document")
    table.add_column("File", max_width=40)
    rows: list[tuple[Text, Text, Text, Text]] = []
    for d in sorted(documents, key=lambda d: (d.published, d.id)):
        title = Text(document_label(d), style="dim" if d.id in skipped else "")
        row = (Text(d.published.isoformat()), Text(d.source or MISSING), title, Text(d.path or d.url or d.id))
        table.add_row(*row)
        rows.append(row)

    def records() -> Iterator[RenderableType]:
        yield Text(f"Documents ({len(documents)})", style="italic")
        for published, outlet, title, where in rows:
            yield Text("")
            yield Text.assemble(published, "  ", outlet)
            yield indented(Group(title, where))

    return Fitted(table, records)


def skipped_table(skipped: Mapping[str, str]) -> RenderableType:
    table = Table(title=f"Skipped ({len(skipped)})", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("Document")
    table.add_column("Reason")
    for doc_id, reason in skipped.items():
        table.add_row(Text(doc_id), Text(reason))

    def records() -> Iterator[RenderableType]:
        yield Text(f"Skipped ({len(skipped)})", style="italic")
        for doc_id, reason in skipped.items():
            yield Text(doc_id)
            yield indented(Text(reason))

    return Fitted(table, records, min_width=0)
