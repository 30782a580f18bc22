"""Counting facts per part, and remembering why each was counted (for ``legation eval --explain``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from legation.evaluate.prf import PRF

#: Every part a dossier is scored on, in the order reports list them.
ROUND_FIELDS: tuple[str, ...] = ("date", "city", "venue", "duration", "format", "ordinal")
PARTS: tuple[str, ...] = (
    "rounds",
    *ROUND_FIELDS,
    "heads",
    "planned",
    "issue_status",
    "raised_by",
    "statements",
    "statement_date",
    "statement_party",
    "timexes",
)

Outcome = Literal["tp", "fp", "fn"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One counted fact: the part, whether it was right, missed or wrong, and a line saying which."""

    part: str
    outcome: Outcome
    detail: str


class Tally:
    """Accumulates :class:`PRF` counts and findings while the parts are scored."""

    def __init__(self) -> None:
        self.counts: dict[str, PRF] = {part: PRF() for part in PARTS}
        self.findings: list[Finding] = []

    def add(self, part: str, outcome: Outcome, detail: str) -> None:
        if part not in self.counts:
            raise KeyError(f"unknown part {part!r}; known: {', '.join(PARTS)}")
        self.counts[part] += PRF(int(outcome == "tp"), int(outcome == "fp"), int(outcome == "fn"))
        self.findings.append(Finding(part, outcome, detail))

    def compare(
        self, part: str, stated: Any, expected: Any, matches: Callable[[Any], bool], where: str
    ) -> None:
        """Score one single-valued fact.

        Equal → tp; a different value → fp and fn; nothing stated where the gold has a value → fn; a value
        stated where the gold has none → fp; neither → not counted.
        """
        if stated is None and expected is None:
            return
        if stated is None:
            self.add(part, "fn", f"{where}: no value, gold {expected!r}")
        elif expected is None:
            self.add(part, "fp", f"{where}: {stated!r}, gold has none")
        elif matches(stated):
            self.add(part, "tp", f"{where}: {stated!r}")
        else:
            self.add(part, "fp", f"{where}: {stated!r}, gold {expected!r}")
            self.add(part, "fn", f"{where}: gold {expected!r} not found")
