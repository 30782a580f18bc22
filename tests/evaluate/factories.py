"""Small hand-made dossiers and gold files for the evaluation tests (a fictional Peru–Japan channel)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from legation.evaluate.gold import Gold, parse_gold
from legation.model import (
    Actor,
    Document,
    Dossier,
    Evidence,
    Head,
    Issue,
    IssueStatus,
    Round,
    Statement,
    TimeValue,
    Timex,
    Track,
)

PARTIES = ("Japan", "Peru")


def ev(doc: str = "d1", sentence: str = "A sentence.", index: int = 0) -> Evidence:
    return Evidence(doc, index, 0, len(sentence), sentence)


def document(doc_id: str, path: str | None) -> Document:
    return Document(doc_id, "", dt.date(2024, 3, 5), path=path)


DOCUMENTS = (document("d1", "/data/news/a.txt"), document("d2", "b.txt"))


def duration(value: str, mod: str | None = None) -> TimeValue:
    return TimeValue("about three hours", "DURATION", value, 0, 17, mod=mod)


def head(name: str, party: str = "Peru") -> Head:
    return Head(Actor(name, "person", party=party), ev())


def round_(
    rid: str = "R1",
    date: str | None = "2024-03-04",
    ordinal: int | None = 1,
    *,
    city: str | None = None,
    venue: str | None = None,
    length: TimeValue | None = None,
    format: str | None = None,
    heads: tuple[Head, ...] = (),
    planned: bool = False,
) -> Round:
    return Round(rid, ordinal, date, city, venue, length, format, heads, PARTIES, ("d1",), planned=planned)


def statement(name: str, doc: str = "d1", date: str | None = None, party: str | None = None) -> Statement:
    when = TimeValue("on Monday", "DATE", date, 0, 9) if date else None
    return Statement(Actor(name, "person", party=party), "said", "words", False, ev(doc), when)


def track(
    rounds: tuple[Round, ...] = (),
    *,
    tid: str = "T1",
    parties: tuple[str, ...] = PARTIES,
    documents: tuple[str, ...] = ("d1", "d2"),
    issues: tuple[Issue, ...] = (),
    issue_status: tuple[IssueStatus, ...] = (),
    statements: tuple[Statement, ...] = (),
) -> Track:
    return Track(
        tid,
        "Japan–Peru fisheries talks",
        parties,
        "fisheries",
        documents,
        rounds=rounds,
        issues=issues,
        issue_status=issue_status,
        statements=statements,
    )


def timex(text: str, value: str, doc: str = "d1", **extra: Any) -> Timex:
    return Timex(TimeValue(text, extra.pop("type", "DATE"), value, 0, len(text), **extra), ev(doc))


def dossier(*tracks: Track, timexes: tuple[Timex, ...] = ()) -> Dossier:
    return Dossier(DOCUMENTS, tracks, timexes)


def gold_round(
    rid: str = "g1", date: str | None = "2024-03-04", ordinal: int | None = 1, **fields: Any
) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": rid,
        "date": date,
        "city": None,
        "venue": None,
        "duration": None,
        "format": None,
        "ordinal": ordinal,
        "heads": [],
        "sources": ["a.txt"],
    }
    return base | fields


def gold_track(**parts: Any) -> dict[str, Any]:
    return {"id": "fish", "parties": list(parts.pop("parties", PARTIES))} | parts


def gold_data(*tracks: dict[str, Any], timexes: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "legation-gold/1",
        "documents": [
            {"file": "a.txt", "published": "2024-03-05"},
            {"file": "b.txt", "published": "2024-03-06"},
        ],
        "tracks": list(tracks) or [gold_track()],
    }
    if timexes is not None:
        data["timexes"] = timexes
    return data


def gold(*tracks: dict[str, Any], timexes: list[dict[str, Any]] | None = None) -> Gold:
    return parse_gold(gold_data(*tracks, timexes=timexes), "test-gold.json")


def counts(evaluation: Any, part: str) -> tuple[int, int, int]:
    prf = evaluation.parts[part]
    return prf.tp, prf.fp, prf.fn
