"""Matching gold rounds to dossier rounds, and scoring each field of a matched pair.

A held gold round matches a held dossier round with the same date (or a date the gold also accepts);
a gold round without a date matches by ordinal. Planned rounds are matched among themselves by ordinal
(by date when the gold gives no ordinal). Matching is one-to-one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from legation.evaluate.gold import GoldDuration, GoldPlanned, GoldRound, GoldTrack
from legation.evaluate.normalise import normalise, same, same_as
from legation.evaluate.tally import Tally
from legation.model import Round, TimeValue, Track


def describe(r: Round) -> str:
    return f"round {r.id} ({r.date or 'no date'}, ordinal {r.ordinal})"


def score_rounds(tally: Tally, gold: GoldTrack, track: Track | None) -> dict[str, str]:
    """Score parts ``rounds``, the round fields, ``heads`` and ``planned``.

    Returns the round matching: dossier round id → gold round (or planned) id.
    """
    rounds = track.rounds if track is not None else ()
    held = [r for r in rounds if not r.planned]
    planned = [r for r in rounds if r.planned]
    matched = match_held(gold.rounds, held)
    for g in gold.rounds:
        if g.id in matched:
            tally.add("rounds", "tp", f"gold {g.id} = dossier {describe(matched[g.id])}")
            score_fields(tally, g, matched[g.id])
        else:
            tally.add("rounds", "fn", f"gold {g.id} ({g.date or 'no date'}): no dossier round")
    used = {r.id for r in matched.values()}
    for r in held:
        if r.id not in used:
            tally.add("rounds", "fp", f"dossier {describe(r)} matches no gold round of track {gold.id}")
    matched_planned = match_planned(gold.planned, planned)
    for p in gold.planned:
        if p.id in matched_planned:
            tally.add("planned", "tp", f"gold {p.id} = dossier {describe(matched_planned[p.id])}")
        else:
            tally.add("planned", "fn", f"gold planned {p.id} (ordinal {p.ordinal}): no planned dossier round")
    used_planned = {r.id for r in matched_planned.values()}
    for r in planned:
        if r.id not in used_planned:
            tally.add("planned", "fp", f"dossier planned {describe(r)} matches no gold planned round")
    return {r.id: gid for gid, r in (*matched.items(), *matched_planned.items())}


def _claim(
    golds: Sequence[GoldRound] | Sequence[GoldPlanned],
    pool: list[Round],
    test: Callable[[GoldRound | GoldPlanned, Round], bool],
    out: dict[str, Round],
) -> None:
    for g in golds:
        if g.id in out:
            continue
        found = next((r for r in pool if test(g, r)), None)
        if found is not None:
            out[g.id] = found
            pool.remove(found)


def match_held(golds: Sequence[GoldRound], held: Sequence[Round]) -> dict[str, Round]:
    """Gold round id → dossier round: by exact date, then by an also-accepted date, then by ordinal."""
    pool = list(held)
    out: dict[str, Round] = {}
    dated = [g for g in golds if g.date is not None]
    _claim(dated, pool, lambda g, r: r.date == g.date, out)
    # an undated gold round's accepted dates count too (docs/evaluation.md, rule 2 names no exception): an
    # annotator who could not fix the day lists the days the story allows
    _claim(golds, pool, lambda g, r: isinstance(g, GoldRound) and r.date in g.accepted.get("date", ()), out)
    undated = [g for g in golds if g.date is None]
    _claim(undated, pool, lambda g, r: g.ordinal is not None and r.ordinal == g.ordinal, out)
    return out


def match_planned(golds: Sequence[GoldPlanned], planned: Sequence[Round]) -> dict[str, Round]:
    """Gold planned id → planned dossier round: by ordinal, or by date when the gold has no ordinal,
    or any planned round when the gold has neither."""
    pool = list(planned)
    out: dict[str, Round] = {}
    _claim([g for g in golds if g.ordinal is not None], pool, lambda g, r: r.ordinal == g.ordinal, out)
    _claim([g for g in golds if g.ordinal is None and g.date], pool, lambda g, r: r.date == g.date, out)
    _claim([g for g in golds if g.ordinal is None and not g.date], pool, lambda g, r: True, out)
    return out


def _duration(value: TimeValue | GoldDuration | None) -> tuple[str, str | None] | None:
    """A duration as the pair that is compared: TIMEX3 value and mod."""
    return None if value is None else (value.value, value.mod)


def score_fields(tally: Tally, g: GoldRound, r: Round) -> None:
    """One part per field: the dossier's settled value against the gold's."""
    where = f"gold {g.id} / dossier {r.id}"
    acc = g.accepted
    dates = (g.date, *acc.get("date", ()))
    # an undated gold round whose accepted dates hold the dossier's: the date is right, not one the gold lacks
    expected = g.date if g.date is not None or r.date not in dates else r.date
    tally.compare("date", r.date, expected, lambda v: v in dates, f"{where} date")
    for name, stated, expected in (
        ("city", r.city, g.city),
        ("venue", r.venue, g.venue),
        ("format", r.format, g.format),
    ):
        accepted = [a for a in (expected, *acc.get(name, ())) if a is not None]
        tally.compare(name, stated, expected, same_as(accepted), f"{where} {name}")
    durations = [_duration(d) for d in (g.duration, *acc.get("duration", ())) if d is not None]
    tally.compare(
        "duration",
        _duration(r.duration),
        _duration(g.duration),
        lambda v: v in durations,
        f"{where} duration",
    )
    ordinals = (g.ordinal, *acc.get("ordinal", ()))
    tally.compare("ordinal", r.ordinal, g.ordinal, lambda v: v in ordinals, f"{where} ordinal")
    score_heads(tally, g, r)


def score_heads(tally: Tally, g: GoldRound, r: Round) -> None:
    """Each gold head matches one dossier head whose name equals the gold name or an alias."""
    pool = list(r.heads)
    for head in sorted(g.heads, key=lambda h: h.optional):
        found = next((h for h in pool if same(h.actor.name, head.names)), None)
        if found is not None:
            pool.remove(found)
            if not head.optional:
                tally.add("heads", "tp", f"gold {g.id} head {head.name} = {found.actor.name!r}")
        elif not head.optional:
            tally.add("heads", "fn", f"gold {g.id} head {head.name}: not among the dossier's heads")
    for h in pool:
        tally.add(
            "heads", "fp", f"dossier {r.id} head {h.actor.name!r} ({normalise(h.actor.name)}) is no gold head"
        )
