"""The score table ``legation eval`` prints, and the list of misses and false claims behind it."""

from __future__ import annotations

from rich.table import Table

from legation.evaluate.prf import PRF
from legation.evaluate.score import Evaluation


def _row(name: str, prf: PRF) -> list[str]:
    return [
        name,
        f"{prf.precision:.3f}",
        f"{prf.recall:.3f}",
        f"{prf.f1:.3f}",
        str(prf.tp),
        str(prf.fp),
        str(prf.fn),
    ]


def score_table(evaluation: Evaluation, title: str = "legation eval") -> Table:
    """Precision, recall, F1 and counts per part, with the micro-averaged total last."""
    table = Table(title=title)
    for header in ("part", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(header, justify="left" if header == "part" else "right")
    for name, prf in evaluation.parts.items():
        table.add_row(*_row(name, prf))
    table.add_section()
    table.add_row(*_row("total", evaluation.total), style="bold")
    return table


def explain_lines(evaluation: Evaluation) -> list[str]:
    """One line per false positive and false negative, by part: what to look at to improve a score."""
    return [f"{f.outcome} {f.part}: {f.detail}" for f in evaluation.findings if f.outcome != "tp"]
