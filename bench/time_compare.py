"""legation's time normaliser beside the Python peers, on the same TempEval-3 documents.

    .venv/bin/python bench/time_compare.py [--limit N] [--data DIR]

Systems, each given every document's text and its creation time (DCT) as the anchor:

* legation  ``legation.time.normalise(text, dct)`` (no spaCy parse: the fast path);
* dateparser ``dateparser.search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct})``;
  its datetimes become day values (``YYYY-MM-DD``), type DATE;
* ctparse   ``ctparse.ctparse(sentence, ts=dct)`` on every sentence (it finds at most one expression in
  the string it is given); its resolution becomes the value at the precision it resolved (year, month,
  day, hour), type DATE or TIME.

Scores follow the TempEval-3 definitions (``legation.time.score``): extent F1 is strict (same
characters), value F1 = value accuracy x relaxed F1. Expressions per second = gold TIMEX3 expressions in
the processed documents / seconds the system spent on them (the same numerator for every system, so the
ratio of two systems' figures is the inverse ratio of their times). One warm-up call per system is not
timed. The last line is ``speedup_vs_dateparser=<legation expressions/s / dateparser expressions/s>``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from legation.model import TimeValue
from legation.time import normalise
from legation.time.score import TimeScore, score_document
from legation.time.timeml import TimeMLDocument, read_corpus

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "tempeval3" / "train"
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")

System = Callable[[str, dt.date], list[TimeValue]]


def run_legation(text: str, dct: dt.date) -> list[TimeValue]:
    return normalise(text, dct)


def run_dateparser(text: str, dct: dt.date) -> list[TimeValue]:
    from dateparser.search import search_dates

    base = dt.datetime(dct.year, dct.month, dct.day)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out: list[TimeValue] = []
    cursor = 0
    for substring, when in found:
        start = text.find(substring, cursor)
        if start < 0:
            continue
        cursor = start + len(substring)
        out.append(TimeValue(substring, "DATE", when.date().isoformat(), start, cursor))
    return out


def _ctparse_value(resolution: object) -> tuple[str, str] | None:
    """The TIMEX3 value of a ctparse Time at the precision it resolved; None for what it cannot say."""
    year, month, day = (getattr(resolution, k, None) for k in ("year", "month", "day"))
    hour, minute = getattr(resolution, "hour", None), getattr(resolution, "minute", None)
    if year is None:
        return None
    value = f"{year:04d}"
    if month is not None:
        value += f"-{month:02d}"
        if day is not None:
            value += f"-{day:02d}"
            if hour is not None:
                return "TIME", f"{value}T{hour:02d}:{minute or 0:02d}"
    return "DATE", value


def run_ctparse(text: str, dct: dt.date) -> list[TimeValue]:
    from ctparse import ctparse

    ts = dt.datetime(dct.year, dct.month, dct.day)
    out: list[TimeValue] = []
    for sentence in _SENTENCE.finditer(text):
        stripped = sentence.group().strip()
        if not stripped:
            continue
        offset = sentence.start() + sentence.group().index(stripped)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parse = ctparse(stripped, ts=ts, timeout=1.0)
        if parse is None:
            continue
        resolution = parse.resolution
        if not hasattr(resolution, "mstart"):
            continue
        anchor = resolution.start if hasattr(resolution, "start") and resolution.start else resolution
        valued = _ctparse_value(anchor)
        if valued is None:
            continue
        start = offset + resolution.mstart
        end = start + len(text[start : offset + resolution.mend].rstrip(" ,.;:"))
        out.append(TimeValue(text[start:end], valued[0], valued[1], start, end))  # type: ignore[arg-type]
    return out


SYSTEMS: dict[str, System] = {"legation": run_legation, "dateparser": run_dateparser, "ctparse": run_ctparse}


def measure(name: str, system: System, docs: list[TimeMLDocument]) -> tuple[TimeScore, float]:
    """Score and time one system over every document (after one untimed warm-up call)."""
    system("The talks ended on Thursday, March 3, 2016.", dt.date(2016, 3, 5))
    score = TimeScore()
    seconds = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        found = system(doc.text, doc.dct)
        seconds += time.perf_counter() - t0
        score_document(score, doc.text, doc.timexes, found, doc.path)
    return score, seconds


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("ctparse").setLevel(logging.CRITICAL)  # it logs every sentence it cannot parse
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="folder of TimeML .tml files")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset of systems")
    args = parser.parse_args(argv)
    if not Path(args.data).is_dir():
        print(
            f"error: {args.data}: no TempEval-3 data there (expected ../shared/data/tempeval3/train)",
            file=sys.stderr,
        )
        return 2
    docs = list(read_corpus(args.data, args.limit))
    gold = sum(len(d.timexes) for d in docs)
    rows: dict[str, tuple[TimeScore, float]] = {}
    for name in args.systems.split(","):
        rows[name] = measure(name, SYSTEMS[name], docs)
    print(f"{len(docs)} documents, {gold} gold expressions")
    header = ("strict F1", "relaxed F1", "value F1", "found", "seconds", "expr/s")
    widths = (10, 11, 10, 7, 9, 10)
    print(f"{'system':<11}" + "".join(f"{h:>{w}}" for h, w in zip(header, widths, strict=True)))
    for name, (score, seconds) in rows.items():
        rate = gold / seconds if seconds else float("inf")
        print(
            f"{name:<11}{score.strict_f1:>10.3f}{score.relaxed_f1:>11.3f}{score.value_f1:>10.3f}"
            f"{score.system:>7}{seconds:>9.2f}{rate:>10.0f}"
        )
    if "legation" in rows and "dateparser" in rows:
        print(f"speedup_vs_dateparser={rows['dateparser'][1] / rows['legation'][1]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
