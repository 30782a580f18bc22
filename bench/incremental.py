"""Incremental build vs full rebuild, and peak memory, on a synthetic corpus.

    .venv/bin/python bench/incremental.py --n 2000        # default --n 10000 (spaCy: expect many minutes)

Corpus: ``bench/corpus.py`` (clearly synthetic: the example reports' sentences recombined with other
parties, places and dates, titles starting "[synthetic]", about 3% wire copies).

Measured, each in a child process (so that ``ru_maxrss`` is the peak of that step alone):
  1. full: ingest + build of N documents into an empty SQLite store (the baseline);
  2. incremental: ingest + build of one more document into that store.
Ingest and the NLP stage are warmed up (models and lexicons loaded) before the clock starts in both, so the
ratio compares the work, not the start-up of a process. Prints both times, their ratio (goal < 2%)
and peak memory (goal < 1 GiB).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from corpus import generate, write_jsonl, write_parts


def child(db: str, paths: list[str]) -> None:
    """One measured step: ingest ``paths`` and build; prints JSON with times and peak memory."""
    from legation.ingest import near_duplicates, read_paths
    from legation.model import Document
    from legation.pipeline import analyse
    from legation.store import open_store

    # Warm up, outside the clock: what ingest and the NLP stage load on first use (language model,
    # spaCy, lexicons), on a throwaway document that is not stored.

    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm-up.jsonl"
        write_jsonl(islice(generate(1, seed=99), 1), warm)
        documents = [d for d in read_paths([warm]) if isinstance(d, Document)]
    near_duplicates(documents)
    list(analyse(documents))
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
        records = generate(args.n + 1)
        parts = write_parts(islice(records, args.n), Path(tmp) / "corpus")
        extra = Path(tmp) / "extra.jsonl"
        write_jsonl(records, extra)
        db = f"sqlite:///{Path(tmp) / 'bench.db'}"
        full = _run_child(db, [str(p) for p in parts])
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
