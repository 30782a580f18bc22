"""``Store.build``: analyse what is new, then re-fuse only the tracks it touched.

1. Documents still ``pending`` are analysed in batches; each batch's analyses, sentences, facts,
   statements, search entries and the track keys they touch (``dirty_tracks``) are written in one
   transaction.
2. Each dirty track key is re-fused from its stored analyses (JSON, no NLP) and its track rows replaced
   in one transaction that also clears the key.

A build killed at any point leaves pending documents and dirty keys behind, never half of either, so
running it again finishes the work.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select, update

from legation.errors import IngestError, StoreError
from legation.model import Analysis, Document, DocumentError
from legation.store import killpoint
from legation.store.engine import shown, transaction
from legation.store.rows import analysis_from_json, analysis_rows, document_from_row, track_rows
from legation.store.schema import (
    AnalysisRow,
    AnalysisViewRow,
    ConflictRow,
    DirtyTrackRow,
    DocumentRow,
    EvidenceRow,
    IssueStatusRow,
    RoundRow,
    TrackDocumentRow,
    TrackRow,
)
from legation.store.search import index_rows
from legation.store.sql import insert_new, insert_rows

#: Documents analysed per transaction.
BATCH_SIZE = 64

Analyser = Callable[[list[Document]], Iterable[Analysis]]


@dataclass
class BuildReport:
    """What a build did: documents analysed, skipped or failed (their errors), tracks re-fused (their ids)
    or removed."""

    analysed: int = 0
    skipped: int = 0
    failed: list[DocumentError] = field(default_factory=list)
    fused: list[str] = field(default_factory=list)
    removed: int = 0
    seconds_analysing: float = 0.0
    seconds_fusing: float = 0.0


def analyser_of(engine: Any) -> Analyser:
    """The analysing function: the default NLP stage, a callable, or an engine object with ``analyse``."""
    if engine is None:
        from legation.pipeline import analyse

        return lambda documents: analyse(documents)
    if callable(engine):
        return engine  # type: ignore[no-any-return]
    if callable(getattr(engine, "analyse", None)):
        return engine.analyse  # type: ignore[no-any-return]
    raise StoreError(f"build engine {engine!r} is neither callable nor has an analyse() method")


#: Called after each stored batch with (documents analysed so far, documents pending at the start).
Progress = Callable[[int, int], None]


def build(
    engine: Engine, analyser: Analyser, *, batch_size: int = BATCH_SIZE, progress: Progress | None = None
) -> BuildReport:
    report = BuildReport()
    started = time.perf_counter()
    _analyse_pending(engine, analyser, batch_size, report, progress)
    report.seconds_analysing = time.perf_counter() - started
    started = time.perf_counter()
    _fuse_dirty(engine, report)
    report.seconds_fusing = time.perf_counter() - started
    return report


def _analyse_pending(
    engine: Engine, analyser: Analyser, batch_size: int, report: BuildReport, progress: Progress | None
) -> None:
    after = ""
    total = 0
    if progress is not None:
        with transaction(engine, "counting pending documents", write=False) as connection:
            total = connection.execute(
                select(func.count()).select_from(DocumentRow).where(DocumentRow.state == "pending")
            ).scalar_one()
    done = 0
    while True:
        with transaction(engine, "reading pending documents", write=False) as connection:
            rows = connection.execute(
                select(DocumentRow.__table__)
                .where(DocumentRow.state == "pending", DocumentRow.id > after)
                .order_by(DocumentRow.id)
                .limit(batch_size)
            ).all()
            documents = [document_from_row(row) for row in rows]
        if not documents:
            return
        after = documents[-1].id
        from legation.pipeline import analyse_each

        analyses = {a.document.id: a for a in analyse_each(analyser, documents)}
        missing = [d.id for d in documents if d.id not in analyses]
        if missing:
            raise StoreError(
                f"{shown(engine.url)}: the analyser returned nothing for {', '.join(missing[:5])}; "
                "nothing of this batch was stored"
            )
        with transaction(engine, "storing analyses") as connection:
            analysed, skipped, failed = _store_analyses(connection, [analyses[d.id] for d in documents])
        killpoint.checkpoint("commit")
        report.analysed += analysed
        report.skipped += skipped
        report.failed.extend(failed)
        done += len(documents)
        if progress is not None:
            progress(done, total)


def _existing_tracks(connection: Connection) -> list[Any]:
    """What keying needs of the tracks already stored: their keys (sides) and their rounds' dates and
    cities, including keys whose analyses are stored but not yet fused."""
    from legation.fuse import TrackSummary, parties_of_key
    from legation.fuse.keys import fold

    summaries: dict[str, Any] = {}
    for table in (AnalysisRow, AnalysisViewRow):  # the tracks of reports' main views, then of other views
        spans = connection.execute(
            select(table.track_key, func.min(DocumentRow.published), func.max(DocumentRow.published))
            .join(DocumentRow, DocumentRow.id == table.document_id)
            .where(table.track_key.is_not(None))
            .group_by(table.track_key)
        )
        for key, first, last in spans:
            if key is None:
                continue
            if key in summaries:
                summaries[key].published += [first, last]
            else:
                summaries[key] = TrackSummary(key, parties_of_key(key), published=[first, last])
    for key, date, city in connection.execute(select(RoundRow.track_key, RoundRow.date, RoundRow.city)):
        if key in summaries and date:
            try:
                day = dt.date.fromisoformat(date[:10])
            except ValueError:
                continue
            summaries[key].meetings.append((day, fold(city) if city else None))
    return list(summaries.values())


def _store_analyses(connection: Connection, analyses: list[Analysis]) -> tuple[int, int, list[DocumentError]]:
    from legation.fuse.views import assign_view_keys
    from legation.pipeline import source_of

    ids = [a.document.id for a in analyses]
    # Another build may have stored some of these meanwhile: write only what is still pending.
    still = set(
        connection.scalars(
            select(DocumentRow.id).where(DocumentRow.id.in_(ids), DocumentRow.state == "pending")
        )
    )
    tables: dict[str, list[dict[str, Any]]] = {}
    keys: set[str] = set()
    analysed = skipped = 0
    failed: list[DocumentError] = []
    fresh = [a for a in analyses if a.document.id in still and not a.failed]
    assigned = assign_view_keys(fresh, _existing_tracks(connection))
    for analysis in analyses:
        doc_id = analysis.document.id
        if doc_id not in still:
            continue
        if analysis.failed:
            # Kept as an error like an unreadable file (same table, same `error:` line), and out of the
            # pending set so that the next build does not crash on it again; new text makes it pending.
            failed.append(DocumentError(source_of(analysis.document), analysis.failed))
            connection.execute(update(DocumentRow).where(DocumentRow.id == doc_id).values(state="failed"))
        elif analysis.skipped:
            connection.execute(
                update(DocumentRow)
                .where(DocumentRow.id == doc_id)
                .values(state="skipped", skipped=analysis.skipped)
            )
            skipped += 1
        else:
            key, others = assigned.get(doc_id, (None, {}))
            for name, rows in analysis_rows(analysis, key).items():
                tables.setdefault(name, []).extend(rows)
            tables.setdefault("analysis_views", []).extend(
                {"document_id": doc_id, "view": n, "track_key": k} for n, k in sorted(others.items())
            )
            keys |= {k for k in (key, *others.values()) if k}
            analysed += 1
        killpoint.checkpoint("analyse")
    for name in ("analyses", "analysis_views", "sentences", "facts", "statements"):
        insert_rows(connection, name, tables.get(name, []))
    index_rows(connection, tables.get("search", []))
    if failed:
        from legation.store.ingesting import record_errors

        record_errors(connection, [IngestError(e.source, e.reason) for e in failed])
    done = [a.document.id for a in analyses if a.document.id in still and not a.skipped and not a.failed]
    if done:
        connection.execute(update(DocumentRow).where(DocumentRow.id.in_(done)).values(state="analysed"))
    insert_new(connection, "dirty_tracks", [{"key": key} for key in sorted(keys)])
    return analysed, skipped, failed


def _fuse_dirty(engine: Engine, report: BuildReport) -> None:
    while True:
        with transaction(engine, "reading tracks to re-fuse", write=False) as connection:
            keys = list(connection.scalars(select(DirtyTrackRow.key).order_by(DirtyTrackRow.key).limit(100)))
        if not keys:
            return
        for key in keys:
            with transaction(engine, f"re-fusing track {key!r}") as connection:
                fused = refuse(connection, key)
                killpoint.checkpoint("fuse")
            killpoint.checkpoint("commit")
            if fused is None:
                report.removed += 1
            else:
                report.fused.append(fused)


def refuse(connection: Connection, key: str) -> str | None:
    """Replace the track of ``key`` by a fusion of its stored analyses (the views of them keyed to it: a
    report that tells several pairs' meetings feeds each pair's track with that pair's own, as in memory);
    its id, or None if none is left."""
    from legation.fuse import fuse_track
    from legation.fuse.views import keyed_views

    viewed = select(AnalysisViewRow.document_id).where(AnalysisViewRow.track_key == key)
    rows = connection.execute(
        select(AnalysisRow.data, AnalysisRow.track_key.label("main_key"), DocumentRow.__table__)
        .join(DocumentRow, DocumentRow.id == AnalysisRow.document_id)
        .where((AnalysisRow.track_key == key) | AnalysisRow.document_id.in_(viewed))
        .order_by(DocumentRow.id)
    ).all()
    others: dict[str, dict[int, str]] = {}
    ids = [row.id for row in rows]
    for doc_id, view, view_key in connection.execute(
        select(AnalysisViewRow.document_id, AnalysisViewRow.view, AnalysisViewRow.track_key).where(
            AnalysisViewRow.document_id.in_(ids)
        )
    ):
        others.setdefault(doc_id, {})[view] = view_key
    analyses = [
        view
        for row in rows
        for view, view_key in keyed_views(
            analysis_from_json(row.data, document_from_row(row)), (row.main_key, others.get(row.id, {}))
        )
        if view_key == key
    ]
    published: dict[str, dt.date] = {a.document.id: a.document.published for a in analyses}
    for table in (EvidenceRow, ConflictRow, IssueStatusRow, RoundRow, TrackDocumentRow):
        connection.execute(delete(table).where(table.track_key == key))
    connection.execute(delete(TrackRow).where(TrackRow.key == key))
    tracks = [fuse_track(key, analyses)] if analyses else []
    for track in tracks:
        for name, table_rows in track_rows(key, track, published).items():
            insert_rows(connection, name, table_rows)
    connection.execute(delete(DirtyTrackRow).where(DirtyTrackRow.key == key))
    return tracks[0].id if tracks else None
