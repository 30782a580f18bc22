"""Incremental build vs full rebuild, and peak memory, on a synthetic corpus.

    .venv/bin/python bench/incremental.py --n 2000        # default --n 10000 (spaCy: expect many minutes)

The corpus is clearly synthetic: sentences of the example reports recombined, with every country
(name, demonym, capital, from ``data/countries.yaml``) swapped for one of a random pair, random cities
and dates, titles starting "[synthetic]"; about 3% of the documents are wire copies of another one.

Measured, each in a child process (so that ``ru_maxrss`` is the peak of that step alone):
  1. full: ingest + build of N documents into an empty SQLite store (the baseline);
  2. incremental: ingest + build of one more document into that store;
The model is loaded before the clock starts in both, so the ratio compares the store's work, not
spaCy's start-up. Prints both times, their ratio (goal < 2%) and peak memory (goal < 1 GiB).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
COUNTRIES = ROOT / "src" / "legation" / "data" / "countries.yaml"
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")


def _countries() -> list[dict[str, object]]:
    return [e for e in yaml.safe_load(COUNTRIES.read_text(encoding="utf-8"))["entries"] if e.get("capital")]


def _example_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        body = " ".join(line.strip() for line in lines[1:] if len(line.split()) > 3)
        sentences += [s.strip() for s in _SENTENCE_END.split(body) if len(s.split()) > 4]
    return sentences


def _swapper(countries: list[dict[str, object]]) -> tuple[re.Pattern[str], dict[str, tuple[int, str]]]:
    """A regex of every country surface form, and form → (country index, which slot it fills)."""
    forms: dict[str, tuple[int, str]] = {}
    for i, entry in enumerate(countries):
        forms[str(entry["name"])] = (i, "name")
        for demonym in entry.get("demonyms") or []:  # type: ignore[attr-defined]
            forms[str(demonym)] = (i, "demonym")
        for alias in entry.get("aliases") or []:  # type: ignore[attr-defined]
            forms[str(alias)] = (i, "name")
        forms[str(entry["capital"])] = (i, "capital")
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b")
    return pattern, forms


def generate(n: int, folder: Path, seed: int = 7) -> None:
    """Write ``n`` synthetic seed-format reports into ``folder``."""
    rng = random.Random(seed)
    countries = _countries()
    sentences = _example_sentences()
    pattern, forms = _swapper(countries)
    folder.mkdir(parents=True, exist_ok=True)
    pool = rng.sample(range(len(countries)), 60)
    previous: list[str] = []
    for k in range(n):
        if previous and rng.random() < 0.03:  # a wire copy of an earlier story
            copy = rng.choice(previous)
            copy = copy.replace("[synthetic]", "[synthetic copy]", 1)
            copy += f" (Distributed by synthetic outlet {k}.)"
            (folder / f"{k:06d}.txt").write_text(copy + "\n", encoding="utf-8")
            continue
        a, b = rng.sample(pool, 2)
        chosen = (countries[a], countries[b])
        day = dt.date(2030, 1, 1) + dt.timedelta(days=rng.randrange(720))

        order: dict[int, int] = {}  # the first country a sentence names becomes party A, the next B

        def swap(
            match: re.Match[str],
            chosen: tuple[dict[str, object], ...] = chosen,
            order: dict[int, int] = order,
        ) -> str:
            index, slot = forms[match.group(1)]
            target = chosen[order.setdefault(index, len(order)) % 2]
            if slot == "demonym":
                demonyms = target.get("demonyms") or [target["name"]]  # type: ignore[union-attr]
                return str(demonyms[0])  # type: ignore[index]
            return str(target[slot])

        body = [pattern.sub(swap, s) for s in rng.sample(sentences, min(len(sentences), rng.randint(4, 8)))]
        city = chosen[rng.randrange(2)]["capital"]
        lead = (
            f"Delegations from {chosen[0]['name']} and {chosen[1]['name']} held talks in {city} on "
            f"{day:%A}, officials said."
        )
        text = " ".join([lead, *body])
        title = f"[synthetic] {chosen[0]['name']} and {chosen[1]['name']} talks, report {k}"
        report = f" date {day.isoformat()} {title}\n\n{text}"
        previous.append(report)
        (folder / f"{k:06d}.txt").write_text(report + "\n", encoding="utf-8")


def child(db: str, paths: list[str]) -> None:
    """One measured step: ingest ``paths`` and build; prints JSON with times and peak memory."""
    from legation.nlp import load_model
    from legation.store import open_store

    load_model()
    with open_store(db) as store:
        started = time.perf_counter()
        ingested = store.ingest(paths)
        ingest_s = time.perf_counter() - started
        report = store.build()
        total = time.perf_counter() - started
        stats = store.stats()
    print(
        json.dumps(
            {
                "seconds": total,
                "ingest_seconds": ingest_s,
                "analysed": report.analysed,
                "fused": len(report.fused),
                "fusing_seconds": report.seconds_fusing,
                "added": ingested.added,
                "duplicates": ingested.duplicates,
                "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "documents": stats["documents"],
                "tracks": stats["tracks"],
                "facts": sum(stats["facts"].values()),
            }
        )
    )


def _run_child(db: str, paths: list[str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", db, *paths], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        sys.exit(f"child failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10_000, help="documents in the store (default 10000)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    with tempfile.TemporaryDirectory(prefix="legation-bench-") as tmp:
        corpus, extra = Path(tmp) / "corpus", Path(tmp) / "extra"
        generate(args.n + 1, Path(tmp) / "all")
        files = sorted((Path(tmp) / "all").glob("*.txt"))
        corpus.mkdir()
        extra.mkdir()
        for f in files[:-1]:
            f.rename(corpus / f.name)
        files[-1].rename(extra / files[-1].name)
        db = f"sqlite:///{Path(tmp) / 'bench.db'}"
        full = _run_child(db, [str(corpus)])
        step = _run_child(db, [str(extra)])
    ratio = step["seconds"] / full["seconds"]
    print(
        f"corpus: {args.n} synthetic documents ({full['duplicates']} wire copies), "
        f"{full['tracks']} tracks, {full['facts']} facts"
    )
    print(
        f"full ingest+build of {args.n}: {full['seconds']:.1f} s "
        f"(ingest {full['ingest_seconds']:.1f} s, fusing {full['fusing_seconds']:.1f} s), "
        f"peak RSS {full['peak_rss_mib']:.0f} MiB (goal < 1024)"
    )
    print(
        f"add 1 document + build:   {step['seconds']:.3f} s (re-fused {step['fused']} track(s)), "
        f"peak RSS {step['peak_rss_mib']:.0f} MiB"
    )
    print(f"ratio incremental / full: {ratio:.4%} (goal < 2%)")


if __name__ == "__main__":
    main()
