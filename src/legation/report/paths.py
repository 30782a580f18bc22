"""An agenda item's path across rounds, in words every view shares.

Each status row of a track carries the item's status at its previous reported round and how this one
reads against it (``IssueStatus.change``). A later round reported with *less* than an earlier one
reached ("proposed" at #1, "raised" at #2) is a source reporting less, not the talks going back, and
every view says so instead of drawing it as a regression. Dossiers written before ``change`` existed
get it computed here from the rows themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from legation.fuse.issues import change as change_of
from legation.model import IssueStatus, Round, Track
from legation.report.values import short_period, state_of

#: How each kind of step reads, for tooltips, legends and the briefing.
CHANGE_WORDS: Mapping[str, str] = {
    "first": "first reported",
    "advanced": "further than at the previous round",
    "same": "as at the previous round",
    "reported-less": "reported with less than an earlier round reached: a source reporting less, "
    "not a step back in the talks",
    "turned": "turned down, put off or taken off the agenda after the previous round",
    "resumed": "back in the talks after being turned down, put off or taken off the agenda",
}
#: The mark a matrix cell carries for a step that is not a plain advance.
CHANGE_MARKS: Mapping[str, str] = {"reported-less": "*"}
#: The legend line for :data:`CHANGE_MARKS`.
LESS_NOTE = "* reported with less than an earlier round reached (a source reporting less, not a step back)"


@dataclass(frozen=True, slots=True)
class Step:
    """One round of an item's path: where it stood, how that reads against the round before, why."""

    round: str  # the round's label ("#2 2031-06-19")
    status: str
    change: str
    row: IssueStatus


def changes(track: Track) -> dict[tuple[str, str], str]:
    """(issue, round id) → change, from the rows or, for older dossiers, from their order."""
    out: dict[tuple[str, str], str] = {}
    for key in dict.fromkeys(s.issue for s in track.issue_status):
        for step in path(track, key):
            out[(key, step.row.round_id)] = step.change
    return out


def path(track: Track, issue: str, name: Callable[[Round], str] | None = None) -> list[Step]:
    """The item's rows in round order, each with its change; ``name`` names the rounds (short)."""
    from legation.report.terminal import ordered_rounds  # the terminal imports this module

    order = {r.id: n for n, r in enumerate(ordered_rounds(track.rounds))}
    labels = {r.id: (name or short_label)(r) for r in track.rounds}
    rows = sorted(
        (s for s in track.issue_status if s.issue == issue), key=lambda s: order.get(s.round_id, len(order))
    )
    steps: list[Step] = []
    previous: str | None = None
    for s in rows:
        kind = s.change or change_of(previous, s.status)
        steps.append(Step(labels.get(s.round_id, s.round_id), s.status, kind, s))
        previous = s.status
    return steps


def short_label(r: Round) -> str:
    """A round as a path names it: ``#2``, else its date, else its city."""
    when = short_period(r.period) if r.period is not None else None
    text = f"#{r.ordinal}" if r.ordinal is not None else r.date or when or r.city or r.id
    return f"{text} ({state_of(r)})" if r.planned else text


def mark(change: str | None) -> str:
    return CHANGE_MARKS.get(change or "", "")


def describe(steps: list[Step]) -> str:
    """ "raised at #1 → roadmap at #2"; a step reported with less says so."""
    parts = []
    for step in steps:
        text = f"{step.status} at {step.round}"
        if step.change == "reported-less":
            text += " (a source reporting less)"
        parts.append(text)
    return " → ".join(parts)


def paths(track: Track) -> list[tuple[str, list[Step]]]:
    """(label, steps) of every item reported at more than one round, in the track's issue order."""
    labels = {i.key: i.label for i in track.issues}
    keys = list(dict.fromkeys([i.key for i in track.issues] + [s.issue for s in track.issue_status]))
    out = []
    for key in keys:
        steps = path(track, key)
        if len(steps) > 1:
            out.append((labels.get(key, key), steps))
    return out
