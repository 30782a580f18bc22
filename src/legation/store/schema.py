"""The tables of a legation store.

* ``documents`` — every ingested document, its text and content hash (idempotent ingest), its state
  (``pending`` → ``analysed``; or ``skipped``, ``duplicate`` of another document, ``failed`` when its
  analysis crashed — the reason is kept in ``ingest_errors``).
* ``analyses`` — the JSON form of each document's :class:`~legation.model.Analysis` and its track key, so
  that re-fusing a track never re-runs the NLP stage.
* ``sentences``, ``facts`` (timexes, meetings, issues, events by kind), ``statements`` — the analyses in
  normalised rows for stats, search and the web app.
* ``tracks`` (JSON of the fused :class:`~legation.model.Track`), ``track_documents``, ``rounds``,
  ``issue_statuses``, ``conflicts``, ``evidence`` — the fused record, rewritten per track key.
* ``dirty_tracks`` — track keys whose analyses changed and that are not yet re-fused; written in the
  same transaction as the analyses, so a killed build knows exactly what is left to do.
* ``document_bands`` — MinHash LSH band hashes, to find near-duplicate candidates without comparing
  a new document with every stored one.
* ``ingest_errors`` — documents that could not be read, kept once each.
* ``search_index`` — full-text index (SQLite FTS5 or a PostgreSQL tsvector column), made by migration
  0002 and not mapped here because its form differs per database.

The Alembic migrations in ``migrations/versions`` create exactly these tables; a test compares them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Length of identifier columns (document ids, track keys, round ids).
ID = 255

DOCUMENT_STATES = ("pending", "analysed", "skipped", "duplicate")
FACT_KINDS = ("timex", "meeting", "issue", "event")


class Base(DeclarativeBase):
    pass


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    published: Mapped[dt.date] = mapped_column(Date, index=True)
    written: Mapped[dt.date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16))
    dateline_place: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), index=True)
    skipped: Mapped[str | None] = mapped_column(Text)
    duplicate_of: Mapped[str | None] = mapped_column(ForeignKey("documents.id"), index=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class DocumentBandRow(Base):
    """One MinHash LSH band hash of a document (see ``legation.store.bands``): near-duplicate blocking."""

    __tablename__ = "document_bands"

    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(16), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_document_bands_document_id", "document_id"),)


class IngestErrorRow(Base):
    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class AnalysisRow(Base):
    __tablename__ = "analyses"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    track_key: Mapped[str | None] = mapped_column(String(ID), index=True)
    data: Mapped[str] = mapped_column(Text)
    analysed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class AnalysisViewRow(Base):
    """The track of another view of an analysed report (``legation.fuse.views``: another pair's meetings
    the report tells), by the view's place among the report's views; its main view's track is the
    analysis row's ``track_key``."""

    __tablename__ = "analysis_views"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    view: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    track_key: Mapped[str] = mapped_column(String(ID), index=True)


class SentenceRow(Base):
    __tablename__ = "sentences"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    index: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class FactRow(Base):
    """One extracted mention: ``kind`` is timex, meeting, issue or event; ``data`` its JSON form."""

    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    label: Mapped[str | None] = mapped_column(Text)
    value: Mapped[str | None] = mapped_column(Text)
    sentence_index: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class StatementRow(Base):
    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    speaker: Mapped[str] = mapped_column(Text)
    speaker_kind: Mapped[str] = mapped_column(String(16))
    party: Mapped[str | None] = mapped_column(Text)
    cue: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    quoted: Mapped[bool] = mapped_column(Boolean)
    date: Mapped[str | None] = mapped_column(Text)
    sentence_index: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class DirtyTrackRow(Base):
    __tablename__ = "dirty_tracks"

    key: Mapped[str] = mapped_column(String(ID), primary_key=True)


class TrackRow(Base):
    __tablename__ = "tracks"

    key: Mapped[str] = mapped_column(String(ID), primary_key=True)
    id: Mapped[str] = mapped_column(String(ID), index=True)
    name: Mapped[str] = mapped_column(Text)
    parties: Mapped[str] = mapped_column(Text)  # JSON list
    subject: Mapped[str | None] = mapped_column(Text)
    document_count: Mapped[int] = mapped_column(Integer)
    round_count: Mapped[int] = mapped_column(Integer)
    first_published: Mapped[dt.date | None] = mapped_column(Date)
    last_published: Mapped[dt.date | None] = mapped_column(Date)
    data: Mapped[str] = mapped_column(Text)
    fused_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class TrackDocumentRow(Base):
    __tablename__ = "track_documents"

    track_key: Mapped[str] = mapped_column(ForeignKey("tracks.key", ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_track_documents_document_id", "document_id"),)


class RoundRow(Base):
    __tablename__ = "rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    track_key: Mapped[str] = mapped_column(ForeignKey("tracks.key", ondelete="CASCADE"), index=True)
    round_id: Mapped[str] = mapped_column(
        String(ID)
    )  # Round.id: not unique if fusion gives two rounds one id
    ordinal: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(32))
    city: Mapped[str | None] = mapped_column(Text)
    venue: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str | None] = mapped_column(Text)
    planned: Mapped[bool] = mapped_column(Boolean)
    source_count: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)


class IssueStatusRow(Base):
    __tablename__ = "issue_statuses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    track_key: Mapped[str] = mapped_column(ForeignKey("tracks.key", ondelete="CASCADE"), index=True)
    round_id: Mapped[str] = mapped_column(String(ID))
    issue: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32))
    raised_by: Mapped[str | None] = mapped_column(Text)


class ConflictRow(Base):
    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    track_key: Mapped[str] = mapped_column(ForeignKey("tracks.key", ondelete="CASCADE"), index=True)
    round_id: Mapped[str] = mapped_column(String(ID))
    field: Mapped[str] = mapped_column(String(64))
    data: Mapped[str] = mapped_column(Text)


class EvidenceRow(Base):
    """A sentence supporting a fused record: ``owner`` is ``round``, ``issue_status`` or ``conflict``,
    ``ref`` the round id (with the issue key or field name after a ``|``)."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    track_key: Mapped[str] = mapped_column(ForeignKey("tracks.key", ondelete="CASCADE"), index=True)
    owner: Mapped[str] = mapped_column(String(16))
    ref: Mapped[str] = mapped_column(Text)
    document_id: Mapped[str] = mapped_column(String(ID), index=True)
    sentence_index: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
