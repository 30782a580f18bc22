"""Scoring time values against the gold's (partial) list of time expressions.

The gold lists the time expressions that matter, not every one, and gives their text rather than
character offsets. So a gold timex is looked for among the dossier's timexes of the same file whose text
equals or overlaps its text, and a dossier timex the gold does not mention at all is not scored. A
dossier timex over a gold extent with a value the gold does not accept is a false positive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from legation.evaluate.gold import GoldTimex
from legation.evaluate.normalise import extents_overlap, fold_extent
from legation.evaluate.tally import Tally
from legation.model import TimeValue, Timex


def _slots(time: TimeValue) -> tuple[str, ...]:
    """The values a dossier timex states: its value, and both ends of a range."""
    return tuple(v for v in (time.value, time.begin, time.finish) if v)


def _accepts(gold: GoldTimex, time: TimeValue, slot: str) -> bool:
    return slot in gold.values and (not gold.mods or time.mod in gold.mods)


def _closeness(gold: GoldTimex, time: TimeValue) -> int:
    """0 for the very same text, 1 for the same text in another case, 2 for an overlapping text."""
    if time.text == gold.text:
        return 0
    return 1 if fold_extent(time.text) == fold_extent(gold.text) else 2


def score_timexes(
    tally: Tally, golds: Sequence[GoldTimex], timexes: Sequence[Timex], file_of: Callable[[str], str]
) -> None:
    """Part ``timexes``: one-to-one matching per file; a range may match one gold value per end."""
    by_file: dict[str, list[tuple[int, Timex]]] = {}
    for n, timex in enumerate(timexes):
        by_file.setdefault(file_of(timex.evidence.document_id), []).append((n, timex))
    used: set[tuple[int, str]] = set()  # (index of the dossier timex, value slot)
    found: dict[int, str] = {}  # index of the gold timex → what it matched
    ordered = sorted(range(len(golds)), key=lambda i: golds[i].optional)
    # Exact texts are paired first, then texts equal but for case, then overlapping texts, so that a
    # looser match never takes the timex another gold timex names exactly.
    for loosest in (0, 1, 2):
        for i in ordered:
            gold = golds[i]
            if i in found:
                continue
            fits = [
                (_closeness(gold, t.time), n, t, slot)
                for n, t in by_file.get(gold.file, [])
                if _closeness(gold, t.time) <= loosest and extents_overlap(t.time.text, gold.text)
                for slot in _slots(t.time)
                if (n, slot) not in used and _accepts(gold, t.time, slot)
            ]
            if fits:
                _, n, timex, slot = min(fits, key=lambda fit: fit[:2])
                used.add((n, slot))
                found[i] = f"{timex.time.text!r} {slot}"
    for i, gold in enumerate(golds):
        where = f"{gold.file}: {gold.text!r}"
        if gold.optional:
            continue
        if i in found:
            tally.add("timexes", "tp", f"{where} = {found[i]}")
        else:
            tally.add("timexes", "fn", f"{where} {gold.value}: not found")
    matched = {key[0] for key in used}
    for file, pool in sorted(by_file.items()):
        for n, timex in pool:
            if n in matched:
                continue
            over = [g for g in golds if g.file == file and extents_overlap(timex.time.text, g.text)]
            # A timex with the very extent of a gold timex is judged by that one alone.
            over = [g for g in over if _closeness(g, timex.time) < 2] or over
            if any(g.optional for g in over):
                continue  # a claim about an optional fact counts neither way
            if over and not any(_accepts(g, timex.time, s) for g in over for s in _slots(timex.time)):
                tally.add(
                    "timexes",
                    "fp",
                    f"{file}: {timex.time.text!r} {timex.time.value} over gold {[g.text for g in over]}: "
                    f"gold values {sorted({v for g in over for v in g.values})}",
                )
