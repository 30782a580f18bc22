"""Throughput of legation's whole pipeline against bare spaCy on the same texts, in one process.

The corpus is synthetic: the example reports (``examples/``, read with :func:`legation.ingest.read_paths`)
repeated until there are ``--n`` documents, each copy with its own id (``synthetic-…``) and its dates
shifted by a few days per copy, so that the fuser sees many dated reports rather than one report many
times. Both sides use the same loaded model (:func:`legation.nlp.load_model`) and the same batch size,
and both are warmed up on a few documents first, so the ratio measures what legation adds on top of
the parse (extraction, time normalisation, fusion) and nothing else. With ``--repeat`` the two sides
run in turn (spaCy, legation, spaCy, …) so that both meet the same drift of a shared machine's load.

    .venv/bin/python bench/throughput.py [--n 2000] [--batch-size 32] [--repeat 1] [--profile 25]

The last line is ``ratio=<legation docs/s ÷ spaCy docs/s>``; 1.0 means legation costs nothing beyond
the parse. Time is wall-clock (``time.perf_counter``); on a shared machine run with ``--repeat 3``,
which keeps the fastest run of each side.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import pstats
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
WARM_UP_DOCS = 4
#: Days between two copies of the same example, so copies spread over the calendar.
SHIFT_DAYS = 3


def seed_documents(paths: Sequence[Path]) -> list[Any]:
    """The example documents, read the way ``legation run`` reads them; unreadable ones are reported."""
    from legation.errors import IngestError
    from legation.ingest import read_paths

    documents = []
    for item in read_paths(paths):
        if isinstance(item, IngestError):
            print(f"skipping unreadable example: {item}", file=sys.stderr)
        else:
            documents.append(item)
    if not documents:
        raise SystemExit(f"no readable documents under {', '.join(map(str, paths))}")
    return documents


def synthetic_corpus(seeds: Sequence[Any], n: int) -> list[Any]:
    """``n`` documents: copy ``i`` of a seed is dated ``SHIFT_DAYS * (i // len(seeds))`` days later."""
    corpus = []
    for i in range(n):
        seed = seeds[i % len(seeds)]
        shift = dt.timedelta(days=SHIFT_DAYS * (i // len(seeds)))
        corpus.append(
            dataclasses.replace(
                seed,
                id=f"synthetic-{i:05d}-{seed.id}",
                published=seed.published + shift,
                written=seed.written + shift if seed.written is not None else None,
                path=None,
            )
        )
    return corpus


def words(documents: Sequence[Any]) -> int:
    return sum(len(d.text.split()) for d in documents)


def alternate_runs(
    corpus: Sequence[Any], texts: Sequence[str], nlp: Any, batch_size: int, repeat: int
) -> tuple[list[float], list[tuple[float, float]]]:
    """``repeat`` spaCy runs and ``repeat`` legation runs, taken in turn.

    On a shared machine the load drifts over minutes; running every spaCy repeat first and every legation
    repeat after would charge that drift to one side. Alternating puts both sides under the same spells
    of load, and the fastest run of each side is the one least disturbed.
    """
    spacy_times: list[float] = []
    legation_times: list[tuple[float, float]] = []
    for _ in range(repeat):
        start = time.perf_counter()
        run_spacy(texts, nlp, batch_size)
        spacy_times.append(time.perf_counter() - start)
        legation_times.append(run_legation(corpus, nlp, batch_size))
    return spacy_times, legation_times


def run_legation(corpus: Sequence[Any], nlp: Any, batch_size: int) -> tuple[float, float]:
    """One full run; returns the seconds spent analysing and fusing, so the report can split them."""
    from legation.pipeline import analyse, build_dossier

    start = time.perf_counter()
    analyses = list(analyse(corpus, nlp=nlp, batch_size=batch_size))
    analysed = time.perf_counter()
    build_dossier(analyses)
    return analysed - start, time.perf_counter() - analysed


def run_spacy(texts: Sequence[str], nlp: Any, batch_size: int) -> None:
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass


def profile(corpus: Sequence[Any], nlp: Any, batch_size: int, top: int) -> str:
    """cProfile of one legation run: time per layer, then legation's own functions by cumulative time.

    Calls into C (``~`` in cProfile: regex, dict, Cython) are charged to the layer of the Python
    function that made them, so ``re.finditer`` called by an extractor counts as legation, not "other".
    """
    profiler = cProfile.Profile()
    profiler.enable()
    run_legation(corpus, nlp, batch_size)
    profiler.disable()
    stats = pstats.Stats(profiler)
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    layers: dict[str, float] = {}
    for key, (_cc, _nc, own, _cum, _callers) in raw.items():
        for layer, share in _caller_layers(raw, key, {}, frozenset()).items():
            layers[layer] = layers.get(layer, 0.0) + own * share
    total = sum(layers.values()) or 1.0
    lines = ["own time by layer (C calls charged to their callers):"]
    lines += [f"  {name:<16} {secs:8.2f} s  {100 * secs / total:5.1f} %" for name, secs in _by_value(layers)]
    ours = [
        (key, cum) for key, (_cc, _nc, _own, cum, _callers) in raw.items() if _layer(key[0]) == "legation"
    ]
    lines.append(f"legation functions by cumulative time (top {top}):")
    for (filename, line, name), cum in sorted(ours, key=lambda item: -item[1])[:top]:
        where = filename[filename.rfind("legation/") :]
        lines.append(f"  {cum:8.2f} s  {100 * cum / total:5.1f} %  {where}:{line} {name}")
    return "\n".join(lines)


def _caller_layers(
    raw: dict[Any, Any], key: Any, memo: dict[Any, dict[str, float]], seen: frozenset[Any]
) -> dict[str, float]:
    """Which layers a function's time belongs to, as shares summing to 1.

    A Python function belongs to the layer of its file. A C function (file ``~``) has no file, so its
    time is shared among its callers in proportion to the time spent in each call site, recursively
    through C callers, so that Cython inside spaCy counts as spaCy and ``re`` called by legation as
    legation.
    """
    filename = key[0]
    if filename != "~":
        return {_layer(filename): 1.0}
    if key in memo:
        return memo[key]
    callers = raw[key][4]
    weights = {c: v[2] for c, v in callers.items() if c not in seen}
    total = sum(weights.values())
    shares: dict[str, float] = {}
    if total <= 0:
        shares = {"C/unattributed": 1.0}
    else:
        for caller, weight in weights.items():
            for layer, share in _caller_layers(raw, caller, memo, seen | {key}).items():
                shares[layer] = shares.get(layer, 0.0) + share * weight / total
    memo[key] = shares
    return shares


#: Path fragments that place a profiled function in a layer; the first match wins.
_LAYERS = (
    ("legation", ("/legation/",)),
    ("spacy", ("/spacy/", "/thinc/", "/numpy/", "/srsly/", "/cymem/", "/preshed/", "/blis/")),
)


def _layer(filename: str) -> str:
    filename = filename if filename.startswith("/") else "/" + filename  # Cython files are relative
    for name, fragments in _LAYERS:
        if any(f in filename for f in fragments):
            return name
    if "site-packages" in filename:
        return filename.split("site-packages/")[1].split("/")[0]
    return "stdlib/other"


def _by_value(counts: dict[str, float]) -> list[tuple[str, float]]:
    return sorted(counts.items(), key=lambda item: -item[1])


def report(name: str, seconds: float, n_docs: int, n_words: int) -> float:
    docs_per_s = n_docs / seconds
    print(f"{name:<9} {seconds:8.2f} s  {docs_per_s:9.1f} docs/s  {n_words / seconds:11.0f} words/s")
    return docs_per_s


def main(argv: Sequence[str] | None = None) -> None:
    try:
        from legation.ingest import read_paths  # noqa: F401  (checked here, used in seed_documents)
        from legation.nlp import load_model
        from legation.pipeline import BATCH_SIZE
    except ImportError as exc:
        raise SystemExit(f"throughput: legation's pipeline cannot be imported yet: {exc}") from exc

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="documents in the corpus (default 2000)")
    parser.add_argument(
        "--batch-size", type=int, default=BATCH_SIZE, help=f"nlp.pipe batch size (default {BATCH_SIZE})"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per side; the fastest counts (default 1)")
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="TOP",
        help="also profile legation and print the TOP functions",
    )
    parser.add_argument("--examples", type=Path, default=EXAMPLES, help="folder of seed documents")
    args = parser.parse_args(argv)
    if args.n < 1 or args.batch_size < 1 or args.repeat < 1:
        parser.error("--n, --batch-size and --repeat must be positive")

    corpus = synthetic_corpus(seed_documents([args.examples]), args.n)
    texts = [d.text for d in corpus]
    n_words = words(corpus)
    print(f"corpus: {len(corpus)} synthetic documents, {n_words} words, batch size {args.batch_size}")

    nlp = load_model()
    run_legation(corpus[:WARM_UP_DOCS], nlp, args.batch_size)
    run_spacy(texts[:WARM_UP_DOCS], nlp, args.batch_size)

    spacy_times, legation_times = alternate_runs(corpus, texts, nlp, args.batch_size, args.repeat)
    spacy_s = min(spacy_times)
    analyse_s, fuse_s = min(legation_times, key=sum)
    legation_s = analyse_s + fuse_s
    spacy_rate = report("spaCy", spacy_s, len(corpus), n_words)
    legation_rate = report("legation", legation_s, len(corpus), n_words)
    print(f"          of which analyse {analyse_s:.2f} s, build_dossier {fuse_s:.2f} s")
    if args.profile:
        print(profile(corpus, nlp, args.batch_size, args.profile))
    if args.repeat > 1:
        pairs = " ".join(f"{s / sum(lg):.3f}" for s, lg in zip(spacy_times, legation_times, strict=True))
        print(f"ratio of each pair of runs, in order: {pairs}")
    print(f"ratio={legation_rate / spacy_rate:.3f}")


if __name__ == "__main__":
    main()
