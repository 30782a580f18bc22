"""Model objects ↔ table rows: what the store writes for a document, an analysis and a track."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from typing import Any

from legation.model import Analysis, Document, Evidence, Track, from_dict, to_dict


def dumps(value: Any) -> str:
    """Compact JSON of a model object (or list of them)."""
    return json.dumps(to_dict(value), ensure_ascii=False, separators=(",", ":"))


def content_hash(document: Document) -> str:
    """What makes two ingested documents the same: their text, byte for byte (line endings aside)."""
    text = document.text.replace("\r\n", "\n").strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_row(
    document: Document,
    digest: str,
    state: str,
    *,
    skipped: str | None = None,
    duplicate_of: str | None = None,
) -> dict[str, Any]:
    return {
        "id": document.id,
        "content_hash": digest,
        "published": document.published,
        "written": document.written,
        "source": document.source,
        "url": document.url,
        "title": document.title,
        "path": document.path,
        "language": document.language,
        "dateline_place": document.dateline_place,
        "text": document.text,
        "state": state,
        "skipped": skipped,
        "duplicate_of": duplicate_of,
        "ingested_at": now(),
    }


def document_from_row(row: Any) -> Document:
    return Document(
        id=row.id,
        text=row.text,
        published=row.published,
        source=row.source,
        url=row.url,
        title=row.title,
        path=row.path,
        language=row.language,
        dateline_place=row.dateline_place,
        written=row.written,
    )


def analysis_from_json(data: str, document: Document) -> Analysis:
    """An analysis as stored, with its document (whose text the JSON form leaves out) put back."""
    return dataclasses.replace(from_dict(Analysis, json.loads(data)), document=document)


def analysis_rows(analysis: Analysis, track_key: str | None) -> dict[str, list[dict[str, Any]]]:
    """The rows one analysis adds: its JSON, sentences, facts by kind, statements and search entries."""
    doc_id = analysis.document.id
    facts: list[dict[str, Any]] = []

    def fact(kind: str, label: str | None, value: str | None, evidence: Evidence | None, obj: Any) -> None:
        facts.append(
            {
                "document_id": doc_id,
                "kind": kind,
                "label": label,
                "value": value,
                "sentence_index": evidence.sentence_index if evidence else None,
                "start": evidence.start if evidence else None,
                "end": evidence.end if evidence else None,
                "data": dumps(obj),
            }
        )

    for t in analysis.timexes:
        fact("timex", t.time.text, t.time.value, t.evidence, t)
    for m in (*analysis.meetings, *analysis.announced):
        where = ", ".join(x for x in (m.city, m.venue) if x) or None
        when = m.date or m.period
        fact("meeting", where, when.value if when else None, m.evidence[0] if m.evidence else None, m)
    for i in analysis.issues:
        fact("issue", i.issue, i.status, i.evidence, i)
    for e in analysis.events:
        fact("event", e.type, e.issue, e.evidence, e)
    statements = [
        {
            "document_id": doc_id,
            "speaker": s.speaker.name,
            "speaker_kind": s.speaker.kind,
            "party": s.speaker.party,
            "cue": s.cue,
            "text": s.text,
            "quoted": s.quoted,
            "date": s.date.value if s.date else None,
            "sentence_index": s.evidence.sentence_index,
            "data": dumps(s),
        }
        for s in analysis.statements
    ]
    return {
        "analyses": [
            {"document_id": doc_id, "track_key": track_key, "data": dumps(analysis), "analysed_at": now()}
        ],
        "sentences": [
            {"document_id": doc_id, "index": s.index, "start": s.start, "end": s.end, "text": s.text}
            for s in analysis.sentences
        ],
        "facts": facts,
        "statements": statements,
        "search": [
            {
                "kind": "statement",
                "document_id": doc_id,
                "ref": str(s["sentence_index"]),
                "title": s["speaker"],
                "body": s["text"],
            }
            for s in statements
        ],
    }


def track_rows(key: str, track: Track, published: dict[str, dt.date]) -> dict[str, list[dict[str, Any]]]:
    """The rows of one fused track: the track, its documents, rounds, statuses, conflicts, evidence."""
    dates = [published[d] for d in track.documents if d in published]
    evidence: list[dict[str, Any]] = []

    def cite(owner: str, ref: str, items: tuple[Evidence, ...]) -> None:
        for e in items:
            evidence.append(
                {
                    "track_key": key,
                    "owner": owner,
                    "ref": ref,
                    "document_id": e.document_id,
                    "sentence_index": e.sentence_index,
                    "start": e.start,
                    "end": e.end,
                }
            )

    for r in track.rounds:
        cite("round", r.id, tuple(s.evidence for values in r.fields.values() for s in values))
    for st in track.issue_status:
        cite("issue_status", f"{st.round_id}|{st.issue}", st.evidence)
    for c in track.conflicts:
        cite("conflict", f"{c.round_id}|{c.field}", tuple(s.evidence for s in c.values))
    return {
        "tracks": [
            {
                "key": key,
                "id": track.id,
                "name": track.name,
                "parties": json.dumps(list(track.parties), ensure_ascii=False),
                "subject": track.subject,
                "document_count": len(track.documents),
                "round_count": len(track.rounds),
                "first_published": min(dates) if dates else None,
                "last_published": max(dates) if dates else None,
                "data": dumps(track),
                "fused_at": now(),
            }
        ],
        "track_documents": [{"track_key": key, "document_id": d} for d in dict.fromkeys(track.documents)],
        "rounds": [
            {
                "track_key": key,
                "round_id": r.id,
                "ordinal": r.ordinal,
                "date": r.date,
                "city": r.city,
                "venue": r.venue,
                "format": r.format,
                "planned": r.planned,
                "source_count": len(r.sources),
                "data": dumps(r),
            }
            for r in track.rounds
        ],
        "issue_statuses": [
            {
                "track_key": key,
                "round_id": s.round_id,
                "issue": s.issue,
                "status": s.status,
                "raised_by": s.raised_by,
            }
            for s in track.issue_status
        ],
        "conflicts": [
            {"track_key": key, "round_id": c.round_id, "field": c.field, "data": dumps(c)}
            for c in track.conflicts
        ],
        "evidence": evidence,
    }


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
