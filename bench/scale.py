"""Dask engine: docs/s with 1 and 2 workers, the speed-up, and per-worker peak memory as the corpus grows.

    .venv/bin/python bench/scale.py                      # --n 5000 --small 1000 (tens of minutes on 2 cores)
    .venv/bin/python bench/scale.py --n 400 --small 100  # a quick look
    .venv/bin/python bench/scale.py --n 1000 --in-process

Corpus: ``bench/corpus.py`` (synthetic, example sentences recombined with other parties, places and
dates; never used for accuracy), written as JSONL part files and ingested in this process (not timed).

Each run builds a fresh SQLite store with ``Store.build(DaskEngine(client))`` on a new LocalCluster of
single-threaded worker processes; the cluster starts and every worker loads the model (the LoadModel
plugin) before the clock starts. Runs, all in this process:
  1. 1 worker on N documents  (the baseline)
  2. 2 workers on N documents
  3. 2 workers on the first --small documents (peak memory per worker should not grow with N)
  (--in-process adds the build without Dask on N documents, for reference.)
docs/s = documents analysed / seconds of the analysing stage (parsing, extraction and the client's
writes); the build's total (with re-fusing the tracks, in the client) is printed too. The last line is
``ratio=<docs/s with 2 workers ÷ docs/s with 1>`` (goal >= 1.7 on 2 free cores). Other load on the
machine distorts it: the load average is printed before and after.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate, write_parts


def _peak_rss_mib() -> float:
    """Peak resident memory of the calling process (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """CPU time (user + system) of the calling process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _ingest(db: str, parts: list[Path]) -> int:
    from legation.store import open_store

    with open_store(db) as store:
        report = store.ingest(parts)
    return report.added


def run_dask(db: str, parts: list[Path], workers: int, partition_size: int) -> dict[str, Any]:
    """Ingest ``parts`` into a new store at ``db`` and build it on a fresh local cluster of ``workers``."""
    from legation.scale import DaskEngine, close_client, start_client
    from legation.store import open_store

    added = _ingest(db, parts)
    client = start_client(workers=workers)
    try:
        engine = DaskEngine(client, partition_size=partition_size)
        cpu_before = client.run(_cpu_seconds)
        with open_store(db) as store:
            started, client_cpu = time.perf_counter(), time.process_time()
            report = store.build(engine, batch_size=engine.batch_size)
            seconds, client_cpu = time.perf_counter() - started, time.process_time() - client_cpu
        cpu = client.run(_cpu_seconds)
        peaks = sorted(client.run(_peak_rss_mib).values())
    finally:
        close_client(client)
    figures = _figures(report, seconds, added, peaks)
    figures["worker_cpu_s"] = sum(cpu[w] - cpu_before.get(w, 0.0) for w in cpu)
    figures["client_cpu_s"] = client_cpu
    return figures


def run_in_process(db: str, parts: list[Path]) -> dict[str, Any]:
    """The same build without Dask: the NLP stage in this process (the model loaded before the clock)."""
    from legation.nlp import load_model
    from legation.store import open_store

    added = _ingest(db, parts)
    load_model()
    with open_store(db) as store:
        started = time.perf_counter()
        report = store.build()
        seconds = time.perf_counter() - started
    return _figures(report, seconds, added, [])


def _figures(report: Any, seconds: float, added: int, peaks: list[float]) -> dict[str, Any]:
    return {
        "documents": added,
        "analysed": report.analysed,
        "tracks": len(report.fused),
        "analysing_s": report.seconds_analysing,
        "fusing_s": report.seconds_fusing,
        "total_s": seconds,
        "docs_per_s": report.analysed / report.seconds_analysing if report.seconds_analysing else 0.0,
        "total_docs_per_s": report.analysed / seconds if seconds else 0.0,
        "worker_peak_mib": peaks,
    }


def _show(label: str, f: dict[str, Any]) -> None:
    peaks = ", ".join(f"{p:.0f}" for p in f["worker_peak_mib"]) or "-"
    print(
        f"{label:<28} {f['analysed']:>6} analysed  {f['docs_per_s']:7.1f} docs/s "
        f"(analysing {f['analysing_s']:6.1f} s, fusing {f['fusing_s']:5.1f} s, "
        f"total {f['total_docs_per_s']:6.1f} docs/s)  worker peak RSS MiB: {peaks}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=5000, help="documents in the corpus (default 5000)")
    parser.add_argument("--small", type=int, default=1000, help="smaller corpus, for memory (default 1000)")
    parser.add_argument("--partition-size", type=int, default=16, help="documents per Dask task")
    parser.add_argument("--in-process", action="store_true", help="also time the build without Dask")
    args = parser.parse_args()
    if not 0 < args.small <= args.n:
        parser.error("need 0 < --small <= --n")
    # Part files of --small documents: the small corpus is the first part, the same documents as in N.
    per_file = args.small
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    with tempfile.TemporaryDirectory(prefix="legation-scale-") as tmp:
        parts = write_parts(generate(args.n), Path(tmp) / "corpus", per_file=per_file)

        def db(name: str) -> str:
            return f"sqlite:///{Path(tmp) / name}.db"

        print(f"corpus: {args.n} synthetic documents in {len(parts)} JSONL part(s)", flush=True)
        if args.in_process:
            _show(f"in process, {args.n} docs", run_in_process(db("local"), parts))
        one = run_dask(db("one"), parts, 1, args.partition_size)
        _show(f"dask 1 worker, {args.n} docs", one)
        two = run_dask(db("two"), parts, 2, args.partition_size)
        _show(f"dask 2 workers, {args.n} docs", two)
        small = run_dask(db("small"), parts[:1], 2, args.partition_size)
        _show(f"dask 2 workers, {args.small} docs", small)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    growth = max(two["worker_peak_mib"]) / max(small["worker_peak_mib"])
    print(
        f"per-worker peak RSS: {max(small['worker_peak_mib']):.0f} MiB at {args.small} docs, "
        f"{max(two['worker_peak_mib']):.0f} MiB at {args.n} docs (x{growth:.2f}; flat = 1.00)"
    )
    print(
        f"speed-up 2 workers / 1: analysing {two['docs_per_s'] / one['docs_per_s']:.2f}, "
        f"whole build {two['total_docs_per_s'] / one['total_docs_per_s']:.2f} (goal >= 1.7)"
    )
    # On idle cores a batch takes the client's share (writes, fusion) plus the workers' share divided by
    # their number (the client waits for each batch): the speed-up the CPU seconds predict.
    predicted = (one["client_cpu_s"] + one["worker_cpu_s"]) / (two["client_cpu_s"] + two["worker_cpu_s"] / 2)
    print(
        f"CPU seconds: 1 worker {one['worker_cpu_s']:.0f} + client {one['client_cpu_s']:.0f}; "
        f"2 workers {two['worker_cpu_s']:.0f} + client {two['client_cpu_s']:.0f}; "
        f"speed-up they predict on 2 idle cores: {predicted:.2f}"
    )
    print(f"ratio={two['docs_per_s'] / one['docs_per_s']:.3f}")


if __name__ == "__main__":
    main()
