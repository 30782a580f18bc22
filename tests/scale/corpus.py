"""Hand-written news for the scale tests (none of it from the seed reports), as JSONL files.

Documents follow a few invented negotiations (fishing quotas, river water, a border survey...) between
pairs of countries, with meetings in varied cities and dates, quotes, planned rounds, an article in
Spanish (skipped, not English), a wire copy (a near-duplicate) and a malformed record (an ingest error),
so that a store built from them has tracks, rounds, statements, conflicts and every document state.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

PAIRS = (
    ("Norway", "Iceland", "fishing quotas", "Bergen"),
    ("Chile", "Peru", "water rights", "Lima"),
    ("Kenya", "Tanzania", "the border survey", "Arusha"),
    ("Canada", "Denmark", "the island dispute", "Ottawa"),
)
PEOPLE = ("Marta Lindqvist", "Tomas Ferreira", "Anika Rao", "Jonas Weber", "Lucia Moreno", "Ivo Petrak")
ORDINALS = ("first", "second", "third", "fourth", "fifth")

LEADS = (
    "Negotiators from {a} and {b} met in {city} on {weekday} for the {ordinal} round of talks on {subject}.",
    "Delegations of {a} and {b} held a {ordinal} round of negotiations on {subject} in {city} on {weekday}.",
)
BODY = (
    "The talks lasted about {hours} hours, the foreign ministry of {a} said in a statement.",
    "The delegation of {b} was led by deputy foreign minister {person}.",
    '"We made real progress on {subject}, but gaps remain," {person} told reporters after the meeting.',
    "Both sides agreed to meet again next month in {city2}.",
    "{b} rejected a proposal to extend the moratorium, according to officials familiar with the talks.",
    "The two sides discussed a joint monitoring commission and agreed to exchange technical data.",
    "Officials said a draft agreement on {subject} could be signed before the end of the year.",
    '"Nothing is agreed until everything is agreed," said {person}, who heads the talks for {a}.',
)
SPANISH = (
    "Los negociadores se reunieron el martes para una nueva ronda de conversaciones sobre el agua, "
    "según informó el ministerio. Las dos partes acordaron reunirse de nuevo el próximo mes."
)


def records(n: int, seed: int = 11) -> list[dict[str, str]]:
    """``n`` JSONL records (dicts) of hand-written reports; record 5 is in Spanish, record 9 a wire copy."""
    rng = random.Random(seed)
    out: list[dict[str, str]] = []
    for k in range(n):
        a, b, subject, home = PAIRS[k % len(PAIRS)]
        if rng.random() < 0.5:
            a, b = b, a
        day = dt.date(2033, 1, 10) + dt.timedelta(days=7 * (k // len(PAIRS)) + rng.randrange(3))
        if k == 5:
            out.append({"published": day.isoformat(), "source": "Diario Ejemplo", "text": SPANISH})
            continue
        if k == 9 and out:
            copy = dict(out[-1])
            copy["source"] = "Second Example Wire"
            copy["text"] += " (Reporting by a second example wire.)"
            out.append(copy)
            continue
        values = {
            "a": a,
            "b": b,
            "subject": subject,
            "city": rng.choice((home, "Geneva", "Vienna")),
            "city2": rng.choice(("Geneva", "Vienna", "Oslo", "Nairobi")),
            "weekday": f"{day - dt.timedelta(days=1):%A}",
            "ordinal": ORDINALS[(k // len(PAIRS)) % len(ORDINALS)],
            "hours": str(rng.randint(3, 9)),
            "person": rng.choice(PEOPLE),
        }
        sentences = [rng.choice(LEADS), *rng.sample(BODY, rng.randint(3, 5))]
        out.append(
            {
                "published": day.isoformat(),
                "source": "Example Wire",
                "title": f"{a} and {b} hold talks on {subject}",
                "text": " ".join(s.format(**values) for s in sentences),
            }
        )
    return out


def write_corpus(folder: Path, n: int, per_file: int = 10) -> Path:
    """Write ``n`` records as JSONL part files of ``per_file`` records, plus one malformed line."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = records(n)
    for i in range(0, n, per_file):
        lines = [json.dumps(r) for r in rows[i : i + per_file]]
        if i == 0:
            lines.append('{"published": "2033-02-01", "text": ')  # a truncated record: an ingest error
        (folder / f"part-{i // per_file:03d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
