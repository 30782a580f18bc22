"""What the CLI and the web app read from a store: tracks, documents, the dossier, stats."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from legation.model import Analysis, Document, DocumentError, Dossier, Timex, Track, from_dict
from legation.store.rows import analysis_from_json, document_from_row
from legation.store.schema import (
    FACT_KINDS,
    AnalysisRow,
    ConflictRow,
    DirtyTrackRow,
    DocumentRow,
    FactRow,
    IngestErrorRow,
    IssueStatusRow,
    RoundRow,
    SentenceRow,
    StatementRow,
    TrackDocumentRow,
    TrackRow,
)


@dataclass(frozen=True, slots=True)
class TrackSummary:
    """One line of a track list."""

    id: str
    key: str
    name: str
    parties: tuple[str, ...]
    subject: str | None
    documents: int
    rounds: int
    first_published: dt.date | None
    last_published: dt.date | None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One line of a document list; ``state`` is pending, analysed, skipped or duplicate."""

    id: str
    published: dt.date
    title: str | None
    source: str | None
    language: str
    state: str
    skipped: str | None
    duplicate_of: str | None


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A document with everything the store knows of it.

    ``copies`` are its near-duplicates (wire copies) — other outlets that carried the same story, listed
    as further sources of this document rather than counted as documents of their own.
    """

    document: Document
    state: str
    skipped: str | None
    duplicate_of: str | None
    copies: tuple[DocumentSummary, ...]
    analysis: Analysis | None
    tracks: tuple[str, ...]


def tracks(connection: Connection) -> list[TrackSummary]:
    rows = connection.execute(
        select(TrackRow.__table__).order_by(TrackRow.last_published.desc(), TrackRow.id)
    )
    return [
        TrackSummary(
            r.id,
            r.key,
            r.name,
            tuple(json.loads(r.parties)),
            r.subject,
            r.document_count,
            r.round_count,
            r.first_published,
            r.last_published,
        )
        for r in rows
    ]


def track_stamp(connection: Connection, track_id: str) -> str | None:
    """A digest of a track's stored record: it changes whenever the track is re-fused differently."""
    data = connection.scalars(
        select(TrackRow.data).where(TrackRow.id == track_id).order_by(TrackRow.key)
    ).first()
    return None if data is None else hashlib.sha1(data.encode("utf-8")).hexdigest()


def track(connection: Connection, track_id: str) -> Track | None:
    data = connection.scalars(
        select(TrackRow.data).where(TrackRow.id == track_id).order_by(TrackRow.key)
    ).first()
    return None if data is None else from_dict(Track, json.loads(data))


def _summary(r: Any) -> DocumentSummary:
    return DocumentSummary(
        r.id, r.published, r.title, r.source, r.language, r.state, r.skipped, r.duplicate_of
    )


def documents(
    connection: Connection,
    *,
    track_id: str | None = None,
    state: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[DocumentSummary]:
    query = select(DocumentRow.__table__)
    if track_id is not None:
        keys = select(TrackRow.key).where(TrackRow.id == track_id)
        ids = select(TrackDocumentRow.document_id).where(TrackDocumentRow.track_key.in_(keys))
        query = query.where(DocumentRow.id.in_(ids) | DocumentRow.duplicate_of.in_(ids))
    if state is not None:
        query = query.where(DocumentRow.state == state)
    query = query.order_by(DocumentRow.published, DocumentRow.id).limit(limit).offset(offset)
    return [_summary(r) for r in connection.execute(query)]


def document(connection: Connection, doc_id: str) -> DocumentRecord | None:
    row = connection.execute(select(DocumentRow.__table__).where(DocumentRow.id == doc_id)).one_or_none()
    if row is None:
        return None
    doc = document_from_row(row)
    data = connection.scalar(select(AnalysisRow.data).where(AnalysisRow.document_id == doc_id))
    copies = connection.execute(
        select(DocumentRow.__table__)
        .where(DocumentRow.duplicate_of == doc_id)
        .order_by(DocumentRow.published, DocumentRow.id)
    )
    keys = select(TrackDocumentRow.track_key).where(
        TrackDocumentRow.document_id == (row.duplicate_of or doc_id)
    )
    track_ids = connection.scalars(select(TrackRow.id).where(TrackRow.key.in_(keys)).order_by(TrackRow.id))
    return DocumentRecord(
        document=doc,
        state=row.state,
        skipped=row.skipped,
        duplicate_of=row.duplicate_of,
        copies=tuple(_summary(c) for c in copies),
        analysis=analysis_from_json(data, doc) if data is not None else None,
        tracks=tuple(track_ids),
    )


def errors(connection: Connection) -> list[DocumentError]:
    rows = connection.execute(select(IngestErrorRow.__table__).order_by(IngestErrorRow.id))
    return [DocumentError(r.source, r.reason, r.line) for r in rows]


def dossier(connection: Connection, track_ids: list[str] | None = None) -> Dossier:
    """The dossier of the chosen tracks (all by default): tracks, their documents (copies too), timexes."""
    query = select(TrackRow.data).order_by(TrackRow.id)
    if track_ids is not None:
        query = query.where(TrackRow.id.in_(track_ids))
    chosen = [from_dict(Track, json.loads(data)) for data in connection.scalars(query)]
    doc_query = select(DocumentRow.__table__).order_by(DocumentRow.published, DocumentRow.id)
    if track_ids is not None:
        ids = sorted({d for t in chosen for d in t.documents})
        doc_query = doc_query.where(DocumentRow.id.in_(ids) | DocumentRow.duplicate_of.in_(ids))
    rows = connection.execute(doc_query).all()
    wanted = [r.id for r in rows]
    timex_query = (
        select(FactRow.data).where(FactRow.kind == "timex").order_by(FactRow.document_id, FactRow.id)
    )
    if track_ids is not None:
        timex_query = timex_query.where(FactRow.document_id.in_(wanted))
    return Dossier(
        documents=tuple(document_from_row(r) for r in rows),
        tracks=tuple(chosen),
        timexes=tuple(from_dict(Timex, json.loads(d)) for d in connection.scalars(timex_query)),
        skipped={r.id: r.skipped for r in rows if r.skipped},
        errors=tuple(errors(connection)) if track_ids is None else (),
    )


def stats(connection: Connection) -> dict[str, Any]:
    """Counts of everything in the store, for ``legation stats`` and monitoring."""

    def count(table: Any, *where: Any) -> int:
        return int(connection.scalar(select(func.count()).select_from(table).where(*where)) or 0)

    states = dict(
        connection.execute(select(DocumentRow.state, func.count()).group_by(DocumentRow.state)).all()
    )
    kinds = dict(connection.execute(select(FactRow.kind, func.count()).group_by(FactRow.kind)).all())
    facts = {kind: int(kinds.get(kind, 0)) for kind in FACT_KINDS}
    facts["statement"] = count(StatementRow)
    return {
        "documents": sum(states.values()),
        "analysed": int(states.get("analysed", 0)),
        "pending": int(states.get("pending", 0)),
        "duplicates": int(states.get("duplicate", 0)),
        "skipped": int(states.get("skipped", 0)),
        "failed": int(states.get("failed", 0)),
        "errors": count(IngestErrorRow),
        "sentences": count(SentenceRow),
        "facts": facts,
        "tracks": count(TrackRow),
        "rounds": count(RoundRow),
        "issue_statuses": count(IssueStatusRow),
        "conflicts": count(ConflictRow),
        "tracks_to_re_fuse": count(DirtyTrackRow),
    }
