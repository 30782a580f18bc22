"""Statements found by legation against textacy's ``direct_quotations``, scored alike on a brat corpus.

Both read the same spaCy parses (legation's model, parsed once) of the same articles, and both are
scored by :mod:`legation.evaluate.attributions` (the scorer of ``legation eval-statements``): cue, source
and content, exact and overlap. textacy finds direct quotations only; legation finds direct and
indirect attributions, which is what PolNeAR annotates.

    .venv/bin/python bench/statements.py [--corpus ../shared/data/polnear/dev] [--limit N]

The last line is ``f1_vs_textacy=<legation cue F1 ÷ textacy cue F1>`` (overlap match).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "polnear" / "dev"


def _extent(tokens: Any) -> tuple[tuple[int, int], ...]:
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ()
    return ((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)),)


def textacy_attributions(doc: Any) -> list[Any]:
    from textacy.extract.triples import direct_quotations

    from legation.evaluate.attributions import Attribution

    out = []
    try:
        triples = list(direct_quotations(doc))
    except (ValueError, IndexError):  # textacy gives up on some quotation layouts
        triples = []
    for triple in triples:
        content = triple.content
        out.append(
            Attribution(
                cue=_extent(triple.cue),
                source=_extent(triple.speaker),
                content=((content.start_char, content.end_char),),
            )
        )
    return out


def legation_attributions(name: str, text: str, doc: Any) -> list[Any]:
    from legation.evaluate.attributions import from_statement
    from legation.model import Document
    from legation.nlp.context import DocContext
    from legation.nlp.statements import find_statements
    from legation.time import normalise_doc

    day = dt.date(2000, 1, 1)
    try:
        times = normalise_doc(doc, day)
    except Exception:  # dates are not scored; a time-normaliser bug must not stop the comparison
        times = []
    ctx = DocContext(Document(name, text, day), doc, times)
    return [from_statement(s) for s in find_statements(ctx, unresolved=True)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)
    if not (args.corpus / "text").is_dir():
        print(f"no corpus at {args.corpus} (needs ../shared/data/polnear/dev)", file=sys.stderr)
        return 1
    from legation.evaluate.attributions import ELEMENTS, MODES, read_corpus, score_article, total
    from legation.nlp import load_model

    articles, errors = read_corpus(args.corpus)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    articles = articles[: args.limit] if args.limit else articles
    nlp = load_model()
    started = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    print(f"{len(articles)} articles parsed in {time.perf_counter() - started:.1f} s")
    sides = {"legation": [], "textacy": []}  # type: dict[str, list[Any]]
    seconds = {"legation": 0.0, "textacy": 0.0}
    for article, doc in zip(articles, docs, strict=True):
        for side in sides:
            started = time.perf_counter()
            if side == "legation":
                predicted = legation_attributions(article.name, article.text, doc)
            else:
                predicted = textacy_attributions(doc)
            seconds[side] += time.perf_counter() - started
            sides[side].append(score_article(article.text, article.gold, predicted))
    totals = {side: total(scores) for side, scores in sides.items()}
    print(f"{'':10} {'element':8} {'match':8} {'P':>6} {'R':>6} {'F1':>6}")
    for side, scores in totals.items():
        for element in ELEMENTS:
            for mode in MODES:
                p = scores[f"{element}/{mode}"]
                print(f"{side:10} {element:8} {mode:8} {p.precision:6.3f} {p.recall:6.3f} {p.f1:6.3f}")
        print(f"{side:10} extraction after the parse: {seconds[side]:.1f} s")
    ours, theirs = totals["legation"]["cue/overlap"].f1, totals["textacy"]["cue/overlap"].f1
    ratio = ours / theirs if theirs else float("inf")
    print(f"f1_vs_textacy={ratio:.3f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main())
