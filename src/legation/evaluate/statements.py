"""Scoring statements: who spoke in which file, and the date and party given for them.

A fact is a (file, speaker) pair: a speaker quoted five times in one article is one fact, found or not.
Generic speakers ("officials") are not scored: a gold lists named speakers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from legation.evaluate.gold import GoldStatement, GoldTrack
from legation.evaluate.normalise import normalise, same
from legation.evaluate.tally import Tally
from legation.model import Statement, Track


def score_statements(
    tally: Tally, gold: GoldTrack, track: Track | None, file_of: Callable[[str], str]
) -> None:
    """Parts ``statements``, ``statement_date`` and ``statement_party``."""
    said: dict[int, list[Statement]] = {}
    unmatched: set[tuple[str, str]] = set()
    ordered = sorted(range(len(gold.statements)), key=lambda i: gold.statements[i].optional)
    for statement in track.statements if track is not None else ():
        if statement.generic:
            continue  # "officials", "sources": a group, not one of the named speakers a gold lists
        file = file_of(statement.evidence.document_id)
        index = next(
            (
                i
                for i in ordered
                if gold.statements[i].file == file and same(statement.speaker.name, gold.statements[i].names)
            ),
            None,
        )
        if index is None:
            unmatched.add((file, normalise(statement.speaker.name)))
        else:
            said.setdefault(index, []).append(statement)
    for i, g in enumerate(gold.statements):
        if g.optional:
            continue
        where = f"{g.file}: {g.speaker}"
        if i not in said:
            tally.add("statements", "fn", f"{where}: no dossier statement by this speaker")
            continue
        tally.add("statements", "tp", f"{where} = {sorted({s.speaker.name for s in said[i]})}")
        _score_attribute(tally, "statement_date", g, g.date, [s.date.value for s in said[i] if s.date], where)
        _score_attribute(tally, "statement_party", g, g.party, [s.speaker.party for s in said[i]], where)
    for file, name in sorted(unmatched):
        tally.add("statements", "fp", f"{file}: speaker {name!r} is no gold speaker of this file")


def _score_attribute(
    tally: Tally, part: str, g: GoldStatement, expected: str | None, stated: Sequence[str | None], where: str
) -> None:
    """Scored where the gold gives a value: right if any of the speaker's statements has it."""
    if expected is None:
        return
    field = part.removeprefix("statement_")
    accepted = [expected, *g.accepted.get(field, ())]
    values = sorted({v for v in stated if v is not None})
    if any(same(v, accepted) for v in values):
        tally.add(part, "tp", f"{where} {field} {expected}")
    elif values:
        tally.add(part, "fp", f"{where} {field} {values}, gold {expected}")
        tally.add(part, "fn", f"{where} {field}: gold {expected} not found")
    else:
        tally.add(part, "fn", f"{where} {field}: none given, gold {expected}")
