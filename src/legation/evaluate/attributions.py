"""Scoring statements against attribution corpora in brat standoff (PolNeAR, PARC-style).

A corpus folder holds ``text/NAME.txt`` (the article) and ``attributions/NAME_ANNOTATOR.ann`` (brat
standoff: ``T`` spans labelled Source, Cue, Content, and ``E`` relations tying them into one
attribution). Where an article has several annotators the first ``.ann`` in sorted order is used.

Each attribution has three elements: its cue, its source (optional) and its content. They are scored
separately, each as a set of items per article, by one-to-one matching of predicted to gold items
(in document order, each gold item used once):

* **exact**: the two items cover the same characters, once whitespace, punctuation and quotation
  marks at their edges are trimmed;
* **overlap**: the two items share at least one character.

Precision = matched predicted items / predicted items, recall = matched gold items / gold items, summed
over all articles before dividing (micro-average). Rules in ``docs/evaluation.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from legation.errors import BratError, EvaluationError
from legation.evaluate.prf import PRF
from legation.model import Statement

Spans = tuple[tuple[int, int], ...]

ELEMENTS = ("cue", "source", "content")
MODES = ("exact", "overlap")
#: Span labels a PolNeAR file may carry; ``Discuss``/``Discard`` are annotator notes and are ignored.
_SPAN_LABELS = {"Source", "Cue", "Content", "Attribution", "Attribution-no-source", "Discuss", "Discard"}
_RELATIONS = {"Attribution", "Attribution-no-source"}
_ROLES = {"Attribution", "Attribution-no-source", "Source", "Cue", "Content"}
_EDGE = " \t\n\r.,;:!?\"'“”‘’«»()[]—–-"
_SPAN_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution's elements as character spans of the article (a content may have several)."""

    cue: Spans
    source: Spans
    content: Spans


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    text: str
    gold: tuple[Attribution, ...]


def read_ann(path: Path, text: str) -> list[Attribution]:
    """The attributions of one ``.ann`` file; raises :class:`BratError` naming the first bad line."""
    spans: dict[str, tuple[str, Spans]] = {}
    relations: list[tuple[int, list[tuple[str, str]]]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip("\r")
        if line.startswith("T") and line[1:2].isdigit():
            spans[line.split("\t", 1)[0]] = _span_line(path, number, line, text)
        elif line.startswith("E") and line[1:2].isdigit():
            relations.append((number, _relation_line(path, number, line)))
        # other lines: '#' notes, 'A' attributes, stray text the corpus carries; nothing to score
    out = []
    for number, roles in relations:
        parts: dict[str, list[tuple[int, int]]] = {"Cue": [], "Source": [], "Content": []}
        for role, ref in roles:
            if ref not in spans:
                raise BratError(str(path), number, f"relation refers to {ref}, which no T line defines")
            if role in parts:
                parts[role].extend(spans[ref][1])
        if not parts["Cue"]:
            continue  # an unfinished relation (the corpus has a few): nothing to score
        out.append(
            Attribution(
                tuple(sorted(parts["Cue"])), tuple(sorted(parts["Source"])), tuple(sorted(parts["Content"]))
            )
        )
    return out


def _span_line(path: Path, number: int, line: str, text: str) -> tuple[str, Spans]:
    match = _SPAN_LINE.match(line)
    if match is None:
        raise BratError(str(path), number, f"not a brat span line: {line[:60]!r}")
    label = match.group(2)
    if label not in _SPAN_LABELS:
        raise BratError(str(path), number, f"unknown span label {label!r}")
    pieces: list[tuple[int, int]] = []
    for piece in match.group(3).split(";"):
        start, end = (int(x) for x in piece.split())
        if not 0 <= start < end <= len(text):
            raise BratError(
                str(path), number, f"offsets {start}-{end} are outside the text ({len(text)} characters)"
            )
        pieces.append((start, end))
    return label, tuple(pieces)


def _relation_line(path: Path, number: int, line: str) -> list[tuple[str, str]]:
    fields = line.split("\t")
    if len(fields) < 2 or not fields[1].strip():
        raise BratError(str(path), number, "relation line without arguments")
    args = fields[1].split()
    kind = args[0].split(":", 1)[0]
    if kind not in _RELATIONS:
        raise BratError(str(path), number, f"unknown relation {kind!r}")
    roles = []
    for arg in args:
        role, _, ref = arg.partition(":")
        role = role.rstrip("0123456789")  # brat numbers repeated roles: Content2
        if role not in _ROLES or not ref:
            raise BratError(str(path), number, f"unknown relation argument {arg!r}")
        roles.append((role, ref))
    return roles


def read_corpus(folder: Path) -> tuple[list[Article], list[BratError]]:
    """Every article of a brat folder with its gold attributions; bad files come back as errors."""
    texts = folder / "text"
    anns = folder / "attributions"
    if not texts.is_dir() or not anns.is_dir():
        raise EvaluationError(f"{folder}: expected the folders text/ and attributions/ (brat standoff)")
    by_article: dict[str, list[Path]] = {}
    for ann in sorted(anns.glob("*.ann")):
        by_article.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    articles: list[Article] = []
    errors: list[BratError] = []
    for txt in sorted(texts.glob("*.txt")):
        found = by_article.get(txt.stem)
        if not found:
            continue
        text = txt.read_text(encoding="utf-8")
        try:
            articles.append(Article(txt.stem, text, tuple(read_ann(found[0], text))))
        except BratError as exc:
            errors.append(exc)
    return articles, errors


def from_statement(statement: Statement) -> Attribution:
    """The spans a statement claims, in the scorer's form."""
    return Attribution(
        cue=(statement.cue_span,) if statement.cue_span else (),
        source=(statement.source_span,) if statement.source_span else (),
        content=tuple((s, e) for s, e, _quoted in statement.content),
    )


def _trimmed(text: str, spans: Spans) -> tuple[int, int]:
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _overlaps(a: Spans, b: Spans) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _items(attributions: Iterable[Attribution], element: str) -> list[Spans]:
    seen: dict[Spans, None] = {}
    for a in attributions:
        spans: Spans = getattr(a, element)
        if spans:
            seen.setdefault(spans, None)
    return sorted(seen, key=lambda s: s[0])


def score_article(text: str, gold: Iterable[Attribution], predicted: Iterable[Attribution]) -> dict[str, PRF]:
    """``{"cue/exact": PRF, "cue/overlap": PRF, ...}`` for one article."""
    gold, predicted = list(gold), list(predicted)
    out = {}
    for element in ELEMENTS:
        g_items, p_items = _items(gold, element), _items(predicted, element)
        for mode in MODES:
            used: set[int] = set()
            for p in p_items:
                for i, g in enumerate(g_items):
                    if i in used:
                        continue
                    hit = _overlaps(p, g) if mode == "overlap" else _trimmed(text, p) == _trimmed(text, g)
                    if hit:
                        used.add(i)
                        break
            out[f"{element}/{mode}"] = PRF(len(used), len(p_items) - len(used), len(g_items) - len(used))
    return out


def total(scores: Iterable[dict[str, PRF]]) -> dict[str, PRF]:
    summed = {f"{e}/{m}": PRF() for e in ELEMENTS for m in MODES}
    for one in scores:
        for key, prf in one.items():
            summed[key] = summed[key] + prf
    return summed


def to_json(scores: dict[str, PRF], articles: int, errors: list[BratError]) -> dict[str, object]:
    """The ``--json`` form: per element and mode, counts and ratios."""
    return {
        "articles": articles,
        "errors": [str(e) for e in errors],
        **{
            element: {
                mode: {"tp": p.tp, "fp": p.fp, "fn": p.fn, **p.ratios()}
                for mode in MODES
                for p in [scores[f"{element}/{mode}"]]
            }
            for element in ELEMENTS
        },
    }


def iter_predictions(articles: list[Article]) -> Iterator[tuple[Article, list[Attribution]]]:
    """legation's statements for each article, parsed in batches with the pipeline's model."""
    from legation.nlp.statements import statements_of_texts

    for article, statements in zip(articles, statements_of_texts([a.text for a in articles]), strict=True):
        yield article, [from_statement(s) for s in statements]
