"""TempEval-3 scoring of time expressions (see ``/work/shared/data/tempeval3/README.md``).

* relaxed match: a gold and a system extent share at least one token (here: one non-space character);
* strict match: the two extents are the same characters;
* precision = matched system / all system, recall = matched gold / all gold, F1 their harmonic mean,
  counts summed over all documents (micro-average);
* type and value accuracy over relaxed-matched pairs (exact string equality);
* value F1 = value accuracy × relaxed F1.

Pairs are one-to-one: each gold expression takes the first unused system expression that overlaps it,
preferring one with the very same extent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from legation.model import TimeValue


@dataclass
class TimeScore:
    documents: int = 0
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[tuple[str, TimeValue | None, TimeValue | None]] = field(default_factory=list, repr=False)

    @staticmethod
    def _f1(matched: int, system: int, gold: int) -> float:
        p = matched / system if system else 0.0
        r = matched / gold if gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def strict_f1(self) -> float:
        return self._f1(self.strict, self.system, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return self._f1(self.relaxed, self.system, self.gold)

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    def as_dict(self) -> dict[str, float | int]:
        return {
            "strict_f1": round(self.strict_f1, 4),
            "relaxed_f1": round(self.relaxed_f1, 4),
            "type_accuracy": round(self.type_accuracy, 4),
            "value_accuracy": round(self.value_accuracy, 4),
            "value_f1": round(self.value_f1, 4),
            "documents": self.documents,
            "timexes": self.gold,
        }


def _overlap(text: str, a: TimeValue, b: TimeValue) -> bool:
    lo, hi = max(a.start, b.start), min(a.end, b.end)
    return lo < hi and not text[lo:hi].isspace()


def score_document(
    score: TimeScore, text: str, gold: Sequence[TimeValue], system: Sequence[TimeValue], name: str = ""
) -> None:
    """Add one document's counts to ``score`` (and keep its errors for inspection)."""
    score.documents += 1
    score.gold += len(gold)
    score.system += len(system)
    used: set[int] = set()
    for g in gold:
        fits = [i for i, s in enumerate(system) if i not in used and _overlap(text, g, s)]
        if not fits:
            score.errors.append((name, g, None))
            continue
        exact = [i for i in fits if (system[i].start, system[i].end) == (g.start, g.end)]
        i = (exact or fits)[0]
        used.add(i)
        s = system[i]
        score.relaxed += 1
        score.strict += bool(exact)
        score.type_ok += s.type == g.type
        score.value_ok += s.value == g.value
        if s.value != g.value or s.type != g.type or not exact:
            score.errors.append((name, g, s))
    score.errors.extend((name, None, s) for i, s in enumerate(system) if i not in used)


def score_corpus(pairs: Iterable[tuple[str, str, Sequence[TimeValue], Sequence[TimeValue]]]) -> TimeScore:
    """Score (name, text, gold, system) for every document."""
    score = TimeScore()
    for name, text, gold, system in pairs:
        score_document(score, text, gold, system, name)
    return score


def evaluate_directory(directory: str, limit: int | None = None) -> TimeScore:
    """Score :func:`legation.time.normalise` (no parse) on every ``.tml`` file under ``directory``."""
    from legation.time.normalise import normalise
    from legation.time.timeml import read_corpus

    return score_corpus(
        (doc.path, doc.text, doc.timexes, normalise(doc.text, doc.dct))
        for doc in read_corpus(directory, limit)
    )


def error_lines(score: TimeScore) -> list[str]:
    """One tab-separated line per error: kind (MISSED, SPURIOUS, VALUE, TYPE, EXTENT), file, then the
    gold and the system expression as ``TYPE value "text"@offset``. Read them to find general errors."""

    def show(t: TimeValue | None) -> str:
        return f'{t.type} {t.value} "{t.text}"@{t.start}' if t is not None else "-"

    lines = []
    for name, gold, system in score.errors:
        if system is None:
            kind = "MISSED"
        elif gold is None:
            kind = "SPURIOUS"
        elif system.value != gold.value:
            kind = "VALUE"
        elif system.type != gold.type:
            kind = "TYPE"
        else:
            kind = "EXTENT"
        lines.append("\t".join((kind, name, show(gold), show(system))))
    return lines
