"""The Python API for analysts: ``legation.open(...)`` and the dossier as objects and data frames.

    import legation
    rec = legation.open("legation.db")           # a store (SQLite path or database URL), or dossier.json
    for track in rec.tracks:
        print(track.name, [r.date for r in track.rounds], track.latest_status())
    rounds = rec.to_pandas("rounds")             # the same tables as `legation export --format csv`
    statuses = rec.to_polars("issue_status")

The objects are the frozen records of :mod:`legation.model`; the tables are those of
:mod:`legation.report.tables` (documented in ``docs/outputs.md``), built once per opened record.
Only this module and the ``export`` command read from the store; everything else takes a
:class:`~legation.model.Dossier`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from legation.errors import ConfigError
from legation.model import (
    Conflict,
    Document,
    Dossier,
    Event,
    Issue,
    IssueStatus,
    Round,
    Statement,
    Track,
)
from legation.report.tables import TABLE_NAMES, Row, arrow_table, check_table, dossier_tables, latest_status
from legation.report.terminal import ordered_rounds


class TrackView:
    """One negotiation track: the :class:`~legation.model.Track` with its rounds in timeline order."""

    def __init__(self, track: Track) -> None:
        self.track = track

    @property
    def id(self) -> str:
        return self.track.id

    @property
    def name(self) -> str:
        return self.track.name

    @property
    def parties(self) -> tuple[str, ...]:
        return self.track.parties

    @property
    def subject(self) -> str | None:
        return self.track.subject

    @property
    def documents(self) -> tuple[str, ...]:
        return self.track.documents

    @property
    def rounds(self) -> list[Round]:
        """Held rounds by date, then undated and planned ones."""
        return ordered_rounds(self.track.rounds)

    @property
    def issues(self) -> tuple[Issue, ...]:
        return self.track.issues

    @property
    def issue_status(self) -> tuple[IssueStatus, ...]:
        return self.track.issue_status

    @property
    def statements(self) -> tuple[Statement, ...]:
        return self.track.statements

    @property
    def events(self) -> tuple[Event, ...]:
        return self.track.events

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return self.track.conflicts

    def latest_status(self) -> dict[str, str]:
        """issue key → its status at the latest round that reports it."""
        return {key: s.status for key, s in latest_status(self.track).items()}

    def __repr__(self) -> str:
        return f"<TrackView {self.id!r}: {len(self.track.rounds)} rounds, {len(self.track.issues)} issues>"


class Record:
    """A dossier opened for analysis: tracks as objects, every entity as a table.

    Build one with :func:`open`, or ``Record(dossier)`` from a dossier in hand (e.g. from
    :func:`legation.pipeline.run`).
    """

    def __init__(self, dossier: Dossier, origin: str = "dossier") -> None:
        self.dossier = dossier
        self.origin = origin

    @property
    def tracks(self) -> list[TrackView]:
        return [TrackView(t) for t in self.dossier.tracks]

    @property
    def documents(self) -> tuple[Document, ...]:
        return self.dossier.documents

    def track(self, track_id: str) -> TrackView:
        """The track with this id; a :class:`ConfigError` listing the ids when there is none."""
        for t in self.dossier.tracks:
            if t.id == track_id:
                return TrackView(t)
        known = ", ".join(t.id for t in self.dossier.tracks) or "none"
        raise ConfigError(f"{self.origin}: no track {track_id!r} (tracks: {known})")

    @functools.cached_property
    def _tables(self) -> dict[str, list[Row]]:
        return dossier_tables(self.dossier)

    @property
    def table_names(self) -> tuple[str, ...]:
        return TABLE_NAMES

    def rows(self, table: str) -> list[Row]:
        """One table as a list of dicts (column → value)."""
        return list(self._tables[check_table(table)])

    def to_arrow(self, table: str) -> Any:
        """One table as a :class:`pyarrow.Table`, typed as documented."""
        return arrow_table(table, self._tables[check_table(table)])

    def to_pandas(self, table: str) -> Any:
        """One table as a :class:`pandas.DataFrame` (nullable integer and boolean columns)."""
        import pandas as pd

        frame = self.to_arrow(table).to_pandas(types_mapper=_pandas_types(pd))
        return frame

    def to_polars(self, table: str) -> Any:
        """One table as a :class:`polars.DataFrame`."""
        import polars as pl

        return pl.from_arrow(self.to_arrow(table))

    def export(self, formats: Iterable[str], out: str | Path) -> list[Path]:
        """Write the dossier in these formats into ``out`` (see :func:`legation.report.export.export`)."""
        from legation.report.export import export

        return export(self.dossier, formats, out)

    def __repr__(self) -> str:
        return (
            f"<legation.Record {self.origin}: {len(self.dossier.tracks)} tracks, "
            f"{len(self.dossier.documents)} documents>"
        )


def _pandas_types(pd: Any) -> Any:
    """Map Arrow integers and booleans to pandas' nullable dtypes, so a missing value stays missing
    instead of turning a column into floats or objects."""
    import pyarrow as pa

    mapping = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
    return mapping.get


def sqlite_file(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL, None for other databases and in-memory SQLite."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    path = url[len(prefix) :].split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def store_dossier(db: str | None = None, track_ids: Iterable[str] = ()) -> Dossier:
    """The dossier kept in a store (``--db`` value, else ``$LEGATION_DB``, else ``./legation.db``).

    Raises :class:`ConfigError` when a SQLite store file does not exist (rather than creating an empty
    one) or the store holds no documents, saying how to fill it.
    """
    from legation.store import open_store, resolve_url

    url = resolve_url(db)
    path = sqlite_file(url)
    if path is not None and not path.exists():
        raise ConfigError(
            f"no store at {path}: create it with `legation ingest PATHS --db {path}` and "
            "`legation build`, or name the report files to read"
        )
    wanted = list(dict.fromkeys(track_ids))
    with open_store(url, existing=True) as store:
        dossier = store.dossier(wanted or None)
        if not dossier.documents and not dossier.tracks and not wanted:
            raise ConfigError(
                f"the store {store.url} is empty: add reports with `legation ingest PATHS` and "
                "`legation build`, or name the report files to read"
            )
        if wanted:
            found = {t.id for t in dossier.tracks}
            missing = [t for t in wanted if t not in found]
            if missing:
                known = ", ".join(s.id for s in store.tracks()) or "none"
                raise ConfigError(f"--track {', '.join(missing)}: not in {store.url} (tracks: {known})")
    return dossier


def open(target: str | Path | Dossier) -> Record:
    """Open a dossier for analysis.

    ``target`` is a dossier JSON file (``*.json``, as written by ``legation run --json`` or
    ``legation export --format json``), a store (SQLite file path or database URL, e.g.
    ``postgresql+psycopg://...``), or a :class:`~legation.model.Dossier` already in hand.
    """
    if isinstance(target, Dossier):
        return Record(target)
    text = str(target)
    if "://" not in text and Path(text).suffix.lower() == ".json":
        from legation.evaluate import load_dossier

        return Record(load_dossier(text), origin=text)
    return Record(store_dossier(text), origin=text)
