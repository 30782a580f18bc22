"""A synthetic corpus for benchmarks: the example reports' sentences recombined, with other parties,
places and dates. Shared by the benchmarks (``make_corpus.py``, ``scale.py``); never used for accuracy
figures (it is marked ``source: "synthetic"`` and its titles start with ``[synthetic]``).

How a document is made, all from data rather than from the examples' wording:

* the sentences of every report in ``examples/`` (read with ``legation.ingest.read_paths``, so page
  furniture and datelines are gone), a random 4 to 8 of them per document;
* every country mention the gazetteer (``legation.nlp.gazetteer``) finds (name, alias, demonym,
  capital, metonym) is swapped for the same kind of form of one of two random parties: the first
  country a document names becomes party A, the next party B, any other a third country;
* every other place spaCy tags in the example sentences (GPE/LOC/FAC that the gazetteer does not know,
  and the examples' dateline places) becomes one venue city per document, the capital of a third
  country;
* a random publication date over two years, and an opening sentence naming both parties and the venue;
* about 3% of the documents are wire copies of an earlier one (another outlet, one line added), which
  the store links as near-duplicates.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
#: Parties are drawn from this many countries, so that tracks gather several documents.
POOL = 60
COPY_RATE = 0.03
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")
_PLACE_LABELS = ("GPE", "LOC", "FAC")


@dataclass(frozen=True)
class Material:
    """What documents are made of: example sentences, the places in them, and the gazetteer's countries."""

    sentences: tuple[str, ...]
    places: tuple[str, ...]
    countries: tuple[Any, ...]  # legation.nlp.gazetteer.Country
    gazetteer: Any


def load_material(examples: Path = EXAMPLES) -> Material:
    """Read the example reports once: their sentences, and the non-country places they mention."""
    from legation.ingest import read_paths
    from legation.model import Document
    from legation.nlp import load_model
    from legation.nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    documents = [d for d in read_paths([examples]) if isinstance(d, Document)]
    sentences = [
        s.strip()
        for d in documents
        for paragraph in d.text.split("\n")
        for s in _SENTENCE_END.split(paragraph)
        if len(s.split()) > 4
    ]
    places = {d.dateline_place for d in documents if d.dateline_place}
    for parsed in load_model().pipe(sentences):
        for entity in parsed.ents:
            if entity.label_ in _PLACE_LABELS and not gazetteer.mentions_in(entity.text):
                places.add(entity.text.removeprefix("the ").strip())
    countries = tuple(c for c in gazetteer.countries if c.capital and c.demonyms)
    return Material(tuple(sentences), tuple(sorted(places, key=len, reverse=True)), countries, gazetteer)


def _form(country: Any, kind: str) -> str:
    """The form of ``country`` that takes the place of a mention of another country of this kind."""
    if kind in ("demonym", "combining"):
        return str(country.demonyms[0])
    if kind in ("capital", "metonym"):
        return str(country.capital)
    return str(country.name)


def _swap(sentence: str, material: Material, parties: list[Any], third: Any, venue: str) -> str:
    order: dict[str, Any] = {}
    out, last = [], 0
    for mention in material.gazetteer.mentions_in(sentence):
        if mention.name not in order:
            order[mention.name] = parties[len(order)] if len(order) < len(parties) else third
        before = sentence[last : mention.start]
        if mention.kind in ("name", "alias") and before.endswith(("the ", "The ")):
            before = before[:-4]  # "the US" → "Peru", not "the Peru"
        out += [before, _form(order[mention.name], mention.kind)]
        last = mention.end
    out.append(sentence[last:])
    text = "".join(out)
    for place in material.places:
        text = re.sub(rf"\b{re.escape(place)}\b", venue, text)
    return text


def generate(n: int, seed: int = 7, material: Material | None = None) -> Iterator[dict[str, str]]:
    """``n`` synthetic records (``published``, ``source``, ``title``, ``text``: the JSONL record form)."""
    material = material or load_material()
    rng = random.Random(seed)
    pool = rng.sample(material.countries, min(POOL, len(material.countries)))
    made: list[dict[str, str]] = []
    for k in range(n):
        if made and rng.random() < COPY_RATE:
            copy = dict(rng.choice(made))
            copy["title"] = copy["title"].replace("[synthetic]", "[synthetic copy]", 1)
            copy["text"] += f"\n\n(Distributed by synthetic outlet {k}.)"
            yield copy
            continue
        a, b = rng.sample(pool, 2)
        third = rng.choice([c for c in pool if c not in (a, b)])
        venue = str(rng.choice((a, b, third, third)).capital)
        day = dt.date(2030, 1, 1) + dt.timedelta(days=rng.randrange(730))
        chosen = rng.sample(material.sentences, min(len(material.sentences), rng.randint(4, 8)))
        lead = (
            f"Delegations from {a.name} and {b.name} held talks in {venue} on "
            f"{day - dt.timedelta(days=rng.randint(1, 3)):%A}, officials said."
        )
        body = [_swap(s, material, [a, b], third, venue) for s in chosen]
        record = {
            "published": day.isoformat(),
            "source": "synthetic",
            "title": f"[synthetic] {a.name} and {b.name} talks, report {k}",
            "text": "\n\n".join([lead, *body]),
        }
        made.append(record)
        yield record


def write_jsonl(records: Iterator[dict[str, str]], path: Path) -> int:
    """Write records to one JSONL file; how many were written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_parts(records: Iterator[dict[str, str]], folder: Path, per_file: int = 500) -> list[Path]:
    """Write records as JSONL part files of ``per_file`` records (``part-00000.jsonl``...), in order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    batch: list[dict[str, str]] = []

    def flush() -> None:
        path = folder / f"part-{len(paths):05d}.jsonl"
        write_jsonl(iter(batch), path)
        paths.append(path)
        batch.clear()

    for record in records:
        batch.append(record)
        if len(batch) == per_file:
            flush()
    if batch:
        flush()
    return paths


def write_parquet(records: Iterator[dict[str, str]], path: Path, row_group_size: int = 500) -> int:
    """Write records to one Parquet file, ``row_group_size`` rows per row group (a Dask partition each)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(records)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return len(rows)


def write_seed_files(records: Iterator[dict[str, str]], folder: Path) -> int:
    """Write records as seed-format files (`` date YYYY-MM-DD `` line, headline, text), one per record."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for count, record in enumerate(records, start=1):
        report = f" date {record['published']} {record['title']}\n\n{record['text']}\n"
        (folder / f"{count - 1:06d}.txt").write_text(report, encoding="utf-8")
    return count
