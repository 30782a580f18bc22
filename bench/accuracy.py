"""Accuracy of the whole pipeline on a corpus with a gold file (default: the development corpus).

    .venv/bin/python bench/accuracy.py                       # tests/data/dev against tests/data/dev.gold.json
    .venv/bin/python bench/accuracy.py examples ../shared/gold/seeds.gold.json

Runs the in-memory pipeline (ingest, NLP, fusion) on the corpus, scores the dossier with the same code
as ``legation eval``, prints the table of parts and, as its last line, ``f1=<total F1>``. The
development corpus is real-shaped reports of six negotiations other than the seed one, written for
development: its figure is a guide, not a held-out score.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rich.console import Console

from legation.evaluate import load_gold, score
from legation.evaluate.render import score_table
from legation.pipeline import run

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "tests/data/dev"))
    parser.add_argument("gold", nargs="?", default=str(ROOT / "tests/data/dev.gold.json"))
    args = parser.parse_args()
    started = time.perf_counter()
    dossier = run([args.corpus])
    seconds = time.perf_counter() - started
    evaluation = score(dossier, load_gold(args.gold))
    Console(width=100).print(score_table(evaluation, title=f"{Path(args.corpus).name} ({seconds:.1f} s)"))
    print(f"f1={evaluation.total.f1:.3f}")


if __name__ == "__main__":
    main()
