"""Additive precision/recall/F1 counts.

Scores are summed as counts (tp, fp, fn) over facts, parts and files, and divided only at the end, so that
a total is a micro-average and never an average of ratios.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PRF:
    """True positives, false positives and false negatives of one part (or a sum of parts).

    With nothing predicted, precision is 1.0 (no false claim was made); with nothing to find, recall is
    1.0 (nothing was missed). F1 is 0.0 when both ratios are 0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        claimed = self.tp + self.fp
        return self.tp / claimed if claimed else 1.0

    @property
    def recall(self) -> float:
        expected = self.tp + self.fn
        return self.tp / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def ratios(self) -> dict[str, float]:
        """Precision, recall and F1 rounded to four places, as ``--json`` prints them."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }
