"""Load test of ``legation serve``: 50 concurrent clients reading track JSON from a store of N documents.

    .venv/bin/python bench/load.py                      # N=10,000 documents, 50 clients, 3,000 requests
    .venv/bin/python bench/load.py --n 2000 --requests 1000
    .venv/bin/python bench/load.py --db /tmp/load.db     # reuse a store built by an earlier run

The store is synthetic and built through the store's own API, without spaCy (parsing 10,000 documents
on two cores would take the better part of an hour and is measured by bench/throughput.py instead):

* documents: sentences of the reports in ``examples/`` recombined at random (8–14 per document), each
  headed by a line naming the track's two countries, published over a year — ingested with
  ``Store.ingest`` (so content hashing and near-duplicate checks run as for real documents);
* analyses: ``Store.build(engine=synthetic_analyser)``: each document reports one meeting (dated the
  Monday of its week, in one of a few cities), two statements and one agenda item with a status, each
  with evidence spans computed on its text; the store's own fuser then makes the tracks.

The documents fall into ``--tracks`` tracks (default 100, so ~100 documents and ~50 rounds per track).
The server is ``legation serve`` in a subprocess on 127.0.0.1; the clients are httpx AsyncClients in
this process. Every request is bounded (count and timeout) and only loopback is ever contacted.

Before measuring, every track is requested once (the server decodes a track on its first request and
then serves it from memory, re-reading it in the background every ``--cache-seconds``, 30 by default);
``--cache-seconds 0`` measures the server reading and decoding the track on every request instead.

Printed: p50/p95/p99 latency and errors for ``GET /api/v1/tracks/{id}`` (random track each time) and,
as the baseline under the same load, for ``GET /static/app.css``; the last line is the ratio of the
p95s. Goal: track JSON p95 under 100 ms, no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CITIES = ("Lakeport", "Northgate", "Riverton", "Eastholm", "Westmere")
ISSUES = ("fishing quotas", "border crossings", "visa rules", "trade tariffs", "water sharing")
STATUSES = ("raised", "proposed", "discussed", "agreed", "rejected")
COUNTRIES = (
    "Argentina", "Brazil", "Chile", "Egypt", "Finland", "Ghana", "Hungary", "India", "Japan", "Kenya",
    "Mexico", "Norway", "Peru", "Poland", "Senegal", "Spain", "Sweden", "Tanzania", "Uruguay", "Vietnam",
)  # fmt: skip
BASELINE = "baseline GET /static/app.css"
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")


def example_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        body = " ".join(line.strip() for line in lines if len(line.split()) > 3)
        sentences += [s.strip() for s in _SENTENCE_END.split(body) if len(s.split()) > 4]
    return sentences


def track_parties(count: int) -> list[tuple[str, str]]:
    pairs = [(a, b) for i, a in enumerate(COUNTRIES) for b in COUNTRIES[i + 1 :]]
    return pairs[:count]


def synthetic_documents(n: int, tracks: int, seed: int = 7) -> list[object]:
    from legation.model import Document

    rng = random.Random(seed)
    pool = example_sentences()
    pairs = track_parties(tracks)
    start = dt.date(2031, 1, 5)
    out = []
    for i in range(n):
        a, b = pairs[i % len(pairs)]
        head = f"Report {i}: delegations of {a} and {b} met for talks."
        body = rng.sample(pool, k=min(len(pool), rng.randint(8, 14)))
        out.append(
            Document(
                id=f"load-{i:05d}",
                text="\n\n".join([head, *body]),
                published=start + dt.timedelta(days=(i * 365) // n),
                source=f"Synthetic Wire {i % 7}",
                title=f"[synthetic] {a}/{b} talks, report {i}",
            )
        )
    return out


def synthetic_analyser(documents: Iterable[object]) -> list[object]:
    """One meeting, two statements and one agenda item per document, with true spans; no NLP."""
    from legation.model import (
        Actor,
        Analysis,
        Evidence,
        IssueMention,
        MeetingMention,
        Sentence,
        Statement,
        TimeValue,
    )

    out = []
    for doc in documents:
        text: str = doc.text  # type: ignore[attr-defined]
        rng = random.Random(int(hashlib.sha256(text.encode()).hexdigest()[:8], 16))
        sentences = []
        at = 0
        for index, piece in enumerate(text.split("\n\n")):
            sentences.append(Sentence(doc.id, index, at, at + len(piece), piece))  # type: ignore[attr-defined]
            at += len(piece) + 2
        ev = [Evidence(s.document_id, s.index, s.start, s.end, s.text) for s in sentences]
        head = sentences[0].text
        parties = tuple(sorted(re.findall(r"of (\w+) and (\w+)", head)[0]))
        published: dt.date = doc.published  # type: ignore[attr-defined]
        monday = published - dt.timedelta(days=published.weekday())
        day = monday.isoformat()
        meeting = MeetingMention(
            key="m1",
            evidence=(ev[0],),
            date=TimeValue(day, "DATE", day, 0, 0),
            city=CITIES[monday.toordinal() % len(CITIES)],
            parties=parties,
            field_evidence={"date": ev[0], "city": ev[0]},
        )
        statements = tuple(
            Statement(
                Actor(f"Spokesperson of {party}", "person", role="spokesperson", party=party),
                "said",
                ev[k].sentence,
                False,
                ev[k],
            )
            for k, party in ((1, parties[0]), (2, parties[1]))
            if k < len(ev)
        )
        key = rng.randrange(len(ISSUES))
        issue = IssueMention(
            f"other:{ISSUES[key].replace(' ', '-')}",
            ISSUES[key],
            rng.choice(STATUSES),
            ev[-1],
            raised_by=rng.choice(parties),
            meeting="m1",
        )
        out.append(
            Analysis(
                doc,  # type: ignore[arg-type]
                sentences=tuple(sentences),
                meetings=(meeting,),
                issues=(issue,),
                statements=statements,
                parties=parties,
                subject="load test talks",
            )
        )
    return out


def build_store(url: str, n: int, tracks: int) -> str:
    from legation.store import open_store

    with open_store(url) as store:
        if store.stats()["documents"] >= n:
            return f"reusing {url}: {store.stats()['documents']} documents, {len(store.tracks())} tracks"
        t0 = time.perf_counter()
        report = store.ingest(synthetic_documents(n, tracks))
        t1 = time.perf_counter()
        built = store.build(engine=synthetic_analyser)
        t2 = time.perf_counter()
        stats = store.stats()
    return (
        f"built {url}: ingested {report.added} documents ({report.duplicates} near-duplicates) "
        f"in {t1 - t0:.1f}s, "
        f"analysed {built.analysed} with the synthetic analyser and fused {len(built.fused)} tracks in "
        f"{t2 - t1:.1f}s; {stats['rounds']} rounds, {stats['facts']['statement']} statements"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def hammer(
    base: str, paths: list[str], clients: int, requests: int, seed: int
) -> tuple[list[float], int]:
    """``requests`` GETs of random ``paths`` by ``clients`` concurrent clients: latencies (s), errors."""
    import httpx

    rng = random.Random(seed)
    todo = [rng.choice(paths) for _ in range(requests)]
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30.0) as client:

        async def worker() -> None:
            nonlocal errors
            while todo:
                path = todo.pop()
                t0 = time.perf_counter()
                try:
                    response = await client.get(path)
                    await response.aread()
                    reason = "" if response.status_code == 200 else f"HTTP {response.status_code}"
                except httpx.HTTPError as exc:
                    reason = type(exc).__name__
                latencies.append(time.perf_counter() - t0)
                if reason:
                    errors += 1
                    print(f"  error: {path}: {reason}", flush=True)

        await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, errors


WRK_SCRIPT = """
local paths = {%s}
local count, limit = 0, %d
math.randomseed(os.time())
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
response = function(status, headers, body)
  count = count + 1
  if count >= limit then wrk.thread:stop() end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK %%d %%.3f %%.3f %%.3f %%.3f %%d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3,
    e.connect + e.read + e.write + e.timeout + e.status))
end
"""


def wrk_run(
    base: str, paths: list[str], clients: int, requests: int
) -> tuple[int, float, float, float, float, int]:
    """The same load from wrk, a C load generator: (requests, seconds, p50, p95, p99, errors).

    With 50 Python clients on a 2-core machine the clients, not the server, are what is measured; wrk
    spends a small fraction of a core. Each of wrk's 2 threads stops after its share of ``requests``
    (and after 60 s at the latest).
    """
    threads = 2
    lua = WRK_SCRIPT % (", ".join(f'"{p}"' for p in paths), requests // threads)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(lua)
    started = time.perf_counter()
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{clients}", "-d60s", "-s", f.name, base],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("WRK "))
    seconds = time.perf_counter() - started  # wrk's own duration counts to -d even when threads stop early
    n, _duration, p50, p95, p99, errors = line.split()[1:]
    return int(n), seconds, float(p50), float(p95), float(p99), int(errors)


def percentiles(latencies: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return cuts[49] * 1000, cuts[94] * 1000, cuts[98] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10_000, help="documents in the synthetic store")
    parser.add_argument("--tracks", type=int, default=100, help="tracks they fall into (at most 190)")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=3000, help="requests per measured endpoint")
    parser.add_argument("--db", help="SQLite file to build (or reuse if it already holds --n documents)")
    parser.add_argument("--cache-seconds", type=float, default=30.0, help="passed to legation serve")
    parser.add_argument(
        "--client",
        choices=("auto", "wrk", "httpx"),
        default="auto",
        help="load generator: wrk (Debian's, if installed: 'auto') or httpx clients in this process",
    )
    args = parser.parse_args()

    import httpx

    folder = tempfile.TemporaryDirectory(prefix="legation-load-")
    db = args.db or os.path.join(folder.name, "load.db")
    print(build_store(f"sqlite:///{db}", args.n, args.tracks), flush=True)

    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "legation",
            "serve",
            "--db",
            f"sqlite:///{db}",
            "--port",
            str(port),
            "--cache-seconds",
            str(args.cache_seconds),
        ],
        env={**os.environ, "LEGATION_TOKEN": ""},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                track_ids = [t["id"] for t in httpx.get(f"{base}/api/v1/tracks", timeout=5).json()]
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise SystemExit("the server did not start")
        sizes = [len(httpx.get(f"{base}/api/v1/tracks/{t}").content) for t in track_ids[:10]]
        print(
            f"{len(track_ids)} tracks; track JSON ~{statistics.mean(sizes) / 1024:.0f} KiB each", flush=True
        )
        # warm-up: the static file, and every track read once (the server decodes a track on its first
        # request, then serves it from memory and re-reads it in the background every --cache-seconds)
        asyncio.run(hammer(base, ["/static/app.css"], args.clients, 200, 1))
        t0 = time.perf_counter()
        for t in track_ids:
            httpx.get(f"{base}/api/v1/tracks/{t}", timeout=60)
        print(f"warm-up: {len(track_ids)} tracks read once in {time.perf_counter() - t0:.1f}s", flush=True)
        use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk") is not None)
        results = {}
        for name, paths in (
            (BASELINE, ["/static/app.css"]),
            ("GET /api/v1/tracks/{id}", [f"/api/v1/tracks/{t}" for t in track_ids]),
        ):
            if use_wrk:
                count, seconds, p50, p95, p99, errors = wrk_run(base, paths, args.clients, args.requests)
            else:
                t0 = time.perf_counter()
                latencies, errors = asyncio.run(hammer(base, paths, args.clients, args.requests, 2))
                seconds = time.perf_counter() - t0
                count = len(latencies)
                p50, p95, p99 = percentiles(latencies)
            results[name] = p95
            print(
                f"{name} [{'wrk' if use_wrk else 'httpx'}]: {count} requests, {args.clients} clients, "
                + (f"{count / seconds:.0f} req/s, " if not use_wrk else "")
                + f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms, errors {errors}",
                flush=True,
            )
        latencies, errors = asyncio.run(hammer(base, [f"/api/v1/tracks/{t}" for t in track_ids], 1, 200, 3))
        p50, p95, p99 = percentiles(latencies)
        print(
            f"GET /api/v1/tracks/{{id}} with 1 client: p50 {p50:.1f} ms, p95 {p95:.1f} ms, errors {errors} "
            f"(the cost of one request; with 50 clients, p50 ≈ 50 / throughput)",
            flush=True,
        )
        track_p95 = results["GET /api/v1/tracks/{id}"]
        print(f"goal: p95 < 100 ms and no errors — p95 {track_p95:.1f} ms")
        print(f"ratio=p95 track JSON / p95 static file = {track_p95 / results[BASELINE]:.2f}")
    finally:
        server.terminate()
        server.wait(timeout=10)
        folder.cleanup()


if __name__ == "__main__":
    main()
