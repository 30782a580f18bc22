"""The dossier as flat tables that join by id: what the CSV and Parquet exports and the Python API hold.

Analysts load these into pandas, polars, R or a spreadsheet, so every table is flat (one scalar per
cell; lists are joined with :data:`LIST_SEPARATOR`) and every row has an id built from the dossier's own
keys, never a row number, so that the ids of one export join those of the next:

- ``track_id`` and ``round_id`` are the dossier's ids;
- ``issue_id`` is ``<track_id>/i/<issue key>`` and ``issue_status_id`` is ``<round_id>/i/<issue key>``;
- ``evidence_id`` is ``<document_id>#<sentence_index>:<start>-<end>``: one sentence span of one document;
- statements, events, heads, round fields and conflicts are keyed by their owner's id and their
  evidence id; the rare record that repeats an earlier key gets a ``~2``, ``~3`` suffix.

The column lists (:data:`TABLES`) are the contract documented in ``docs/outputs.md``; a test checks that
the two agree.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from legation.errors import ConfigError
from legation.model import (
    STATUS_RANK,
    Actor,
    Document,
    Dossier,
    Event,
    Evidence,
    IssueStatus,
    Statement,
    TimeValue,
    Track,
    to_dict,
)
from legation.report.terminal import ordered_rounds
from legation.report.values import field_value_words, period_words, time_words

#: Joins the items of a list in one cell (parties, sources, evidence ids).
LIST_SEPARATOR = "; "

ColumnType = Literal["string", "int", "bool"]
Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name, its type in Parquet (and pandas/polars), and what it holds."""

    name: str
    type: ColumnType
    doc: str


def _c(name: str, type_: ColumnType, doc: str) -> Column:
    return Column(name, type_, doc)


_EVIDENCE_REF = _c("evidence_id", "string", "the sentence span it was read from (evidence.evidence_id)")
_DOCUMENT_REF = _c("document_id", "string", "the document of that evidence (documents.document_id)")

#: Every table and its columns, in order. The first column is the table's key.
TABLES: Mapping[str, tuple[Column, ...]] = {
    "tracks": (
        _c("track_id", "string", "the track's id"),
        _c("name", "string", "the track's name"),
        _c("parties", "string", "canonical party names, joined by '; '"),
        _c("third_parties", "string", "hosts, mediators ... as 'name (role)', joined by '; '"),
        _c("subject", "string", "what is negotiated, when known"),
        _c("first_round_date", "string", "date of the first held round (YYYY-MM-DD)"),
        _c("last_round_date", "string", "date of the last held round"),
        _c("n_rounds", "int", "rounds held or planned"),
        _c("n_documents", "int", "documents the track was read from"),
    ),
    "documents": (
        _c("document_id", "string", "the document's id"),
        _c("published", "string", "publication date (YYYY-MM-DD)"),
        _c("written", "string", "date of writing from a dateline, when it differs"),
        _c("source", "string", "the outlet"),
        _c("title", "string", "headline"),
        _c("url", "string", "where it was read from online"),
        _c("path", "string", "where it was read from on disk"),
        _c("language", "string", "ISO 639-1 language code"),
        _c("dateline_place", "string", "place in the dateline"),
        _c("skipped", "string", "why the document was not analysed; empty when it was"),
        _c("track_ids", "string", "tracks that read it, joined by '; '"),
    ),
    "rounds": (
        _c("round_id", "string", "the round's id"),
        _c("track_id", "string", "tracks.track_id"),
        _c("sequence", "int", "position in the track's timeline (held by date, then planned), from 1"),
        _c("ordinal", "int", 'the round\'s number as reported ("second round")'),
        _c("date", "string", "date settled on (YYYY-MM-DD); a round of several days: its first day"),
        _c("end", "string", "a round of several days: its last day (YYYY-MM-DD)"),
        _c("period", "string", "planned with no date: TIMEX3 value of when (2006-W47, 2006-11, FUTURE_REF)"),
        _c("period_words", "string", "the same as the reports say it (2006-11 (“later this month”), “soon”)"),
        _c("city", "string", "city settled on"),
        _c("venue", "string", "venue settled on"),
        _c("duration", "string", "duration settled on, TIMEX3 value (PT6H)"),
        _c("duration_mod", "string", "TimeML modifier of the duration (MORE_THAN, APPROX)"),
        _c("duration_words", "string", "the duration in words (over 6 h)"),
        _c("format", "string", "meeting format settled on"),
        _c("parties", "string", "parties at the round, joined by '; '"),
        _c("planned", "bool", "announced but not yet held"),
        _c("fate", "string", "what became of an announced round: held, postponed, cancelled"),
        _c("sources", "string", "document ids reporting the round, joined by '; '"),
        _c("n_sources", "int", "number of documents reporting the round"),
        _c("n_conflicts", "int", "fields the sources disagree on"),
    ),
    "round_fields": (
        _c("round_field_id", "string", "<round_id>/f/<field>/<evidence_id>"),
        _c("round_id", "string", "rounds.round_id"),
        _c("track_id", "string", "tracks.track_id"),
        _c("field", "string", "date, city, venue, duration, format, ordinal, period or fate"),
        _c("value", "string", "this source's value (JSON for structured values)"),
        _c("value_words", "string", "the value in words"),
        _c("settled", "bool", "whether this is the value the round settled on"),
        _EVIDENCE_REF,
        _DOCUMENT_REF,
    ),
    "heads": (
        _c("head_id", "string", "<round_id>/h/<name>"),
        _c("round_id", "string", "rounds.round_id"),
        _c("track_id", "string", "tracks.track_id"),
        _c("name", "string", "the head of delegation"),
        _c("kind", "string", "person, organisation or country"),
        _c("role", "string", "title or office"),
        _c("party", "string", "the party the head speaks for"),
        _EVIDENCE_REF,
        _DOCUMENT_REF,
    ),
    "issues": (
        _c("issue_id", "string", "<track_id>/i/<issue key>"),
        _c("track_id", "string", "tracks.track_id"),
        _c("issue", "string", "the issue key in the taxonomy (other:<slug> for surfaced items)"),
        _c("label", "string", "the issue's label"),
        _c("aliases", "string", "other names, joined by '; '"),
        _c("latest_status", "string", "status at the latest round that reports it"),
        _c("latest_round_id", "string", "rounds.round_id of that round"),
        _c("n_rounds", "int", "rounds at which the issue has a status"),
    ),
    "issue_status": (
        _c("issue_status_id", "string", "<round_id>/i/<issue key>"),
        _c("round_id", "string", "rounds.round_id"),
        _c("track_id", "string", "tracks.track_id"),
        _c("issue_id", "string", "issues.issue_id"),
        _c("issue", "string", "the issue key"),
        _c("status", "string", "raised, proposed, discussed, agreed, ... (docs/dossier.md)"),
        _c("status_rank", "int", "how far the status goes (legation.model.STATUS_RANK)"),
        _c("raised_by", "string", "party that raised it"),
        _c("evidence_ids", "string", "evidence.evidence_id of every supporting sentence, joined by '; '"),
    ),
    "statements": (
        _c("statement_id", "string", "<track_id>/s/<evidence_id>"),
        _c("track_id", "string", "tracks.track_id"),
        _c("speaker", "string", "who spoke"),
        _c("speaker_kind", "string", "person, organisation or country"),
        _c("speaker_role", "string", "title or office"),
        _c("speaker_party", "string", "the party the speaker speaks for"),
        _c("cue", "string", "the speech verb (said, stressed)"),
        _c("text", "string", "what was said"),
        _c("quoted", "bool", "a direct quotation"),
        _c("date", "string", "when it was said (TIMEX3 value)"),
        _c("date_text", "string", "the words that dated it; empty when the report's date is used"),
        _EVIDENCE_REF,
        _DOCUMENT_REF,
    ),
    "events": (
        _c("event_id", "string", "<track_id>/e/<type>/<evidence_id>"),
        _c("track_id", "string", "tracks.track_id"),
        _c("type", "string", "legation's event type (docs/ontology.md)"),
        _c("plover_type", "string", "the PLOVER event type"),
        _c("mode", "string", "PLOVER mode"),
        _c("actors", "string", "actor names, joined by '; '"),
        _c("actor_parties", "string", "the parties behind them, joined by '; '"),
        _c("time", "string", "time value in the sentence (TIMEX3)"),
        _c("time_text", "string", "the words of that time value"),
        _c("place", "string", "city named in the sentence"),
        _c("issue", "string", "issue key named under the event"),
        _EVIDENCE_REF,
        _DOCUMENT_REF,
    ),
    "conflicts": (
        _c("conflict_id", "string", "<round_id>/c/<field>"),
        _c("round_id", "string", "rounds.round_id"),
        _c("track_id", "string", "tracks.track_id"),
        _c("field", "string", "the disputed field"),
        _c("n_values", "int", "distinct values the sources give"),
        _c("values", "string", "every source's value in words, joined by '; '"),
        _c("evidence_ids", "string", "evidence.evidence_id of every value, joined by '; '"),
    ),
    "evidence": (
        _c("evidence_id", "string", "<document_id>#<sentence_index>:<start>-<end>"),
        _c("document_id", "string", "documents.document_id"),
        _c("sentence_index", "int", "sentence number in the document, from 0"),
        _c("start", "int", "character offset of the span in the document text"),
        _c("end", "int", "character offset where the span ends"),
        _c("sentence", "string", "the sentence"),
    ),
    "citations": (
        _c("table", "string", "the table of the citing row"),
        _c("row_id", "string", "the key of the citing row in that table"),
        _EVIDENCE_REF,
    ),
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLES)


def check_table(name: str) -> str:
    """Return ``name`` when it is a table, else raise a :class:`ConfigError` listing the tables."""
    if name not in TABLES:
        raise ConfigError(f"unknown table {name!r}: choose one of {', '.join(TABLE_NAMES)}")
    return name


def evidence_id(evidence: Evidence) -> str:
    """The stable id of one sentence span: ``<document_id>#<sentence_index>:<start>-<end>``."""
    return f"{evidence.document_id}#{evidence.sentence_index}:{evidence.start}-{evidence.end}"


def issue_id(track_id: str, issue: str) -> str:
    return f"{track_id}/i/{issue}"


def issue_status_id(round_id: str, issue: str) -> str:
    return f"{round_id}/i/{issue}"


def statement_id(track_id: str, statement: Statement) -> str:
    """The id of a statement before any ``~n`` suffix: ``<track_id>/s/<evidence_id>``."""
    return f"{track_id}/s/{evidence_id(statement.evidence)}"


def event_id(track_id: str, event: Event) -> str:
    """The id of an event before any ``~n`` suffix: ``<track_id>/e/<type>/<evidence_id>``."""
    return f"{track_id}/e/{event.type}/{evidence_id(event.evidence)}"


class UniqueIds:
    """Hands out ids, suffixing ``~2``, ``~3`` to a repeat so that every key stays unique; the same
    records in the same order always get the same ids."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, base: str) -> str:
        n = self._seen.get(base, 0) + 1
        self._seen[base] = n
        return base if n == 1 else f"{base}~{n}"


def _join(items: Iterable[str | None]) -> str:
    return LIST_SEPARATOR.join(i for i in items if i)


def _cell(value: Any) -> str | None:
    """A round field's value as one string cell: text as it is, anything structured as JSON."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(to_dict(value), ensure_ascii=False, sort_keys=True)


def _time(time: TimeValue | None) -> tuple[str | None, str | None]:
    return (time.value, time.text or None) if time is not None else (None, None)


class _Builder:
    """Fills every table from one dossier; evidence and citations are gathered as rows cite them."""

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self.tables: dict[str, list[Row]] = {name: [] for name in TABLES}
        self._evidence: dict[str, Row] = {}
        self._ids = UniqueIds()

    def cite(self, table: str, row_id: str, evidence: Evidence) -> str:
        eid = evidence_id(evidence)
        if eid not in self._evidence:
            self._evidence[eid] = {
                "evidence_id": eid,
                "document_id": evidence.document_id,
                "sentence_index": evidence.sentence_index,
                "start": evidence.start,
                "end": evidence.end,
                "sentence": evidence.sentence,
            }
        self.tables["citations"].append({"table": table, "row_id": row_id, "evidence_id": eid})
        return eid

    def build(self) -> dict[str, list[Row]]:
        track_ids: dict[str, list[str]] = {}
        for track in self.dossier.tracks:
            self.track(track)
            for doc in track.documents:
                track_ids.setdefault(doc, []).append(track.id)
        for document in self.dossier.documents:
            self.document(document, track_ids.get(document.id, []))
        self.tables["evidence"] = list(self._evidence.values())
        return self.tables

    def document(self, d: Document, track_ids: list[str]) -> None:
        self.tables["documents"].append(
            {
                "document_id": d.id,
                "published": d.published.isoformat(),
                "written": d.written.isoformat() if d.written else None,
                "source": d.source,
                "title": d.title,
                "url": d.url,
                "path": d.path,
                "language": d.language,
                "dateline_place": d.dateline_place,
                "skipped": self.dossier.skipped.get(d.id),
                "track_ids": _join(track_ids),
            }
        )

    def track(self, track: Track) -> None:
        held = sorted(r.date for r in track.rounds if r.date and not r.planned)
        self.tables["tracks"].append(
            {
                "track_id": track.id,
                "name": track.name,
                "parties": _join(track.parties),
                "third_parties": _join(f"{t.name} ({t.role})" for t in track.third_parties),
                "subject": track.subject,
                "first_round_date": held[0] if held else None,
                "last_round_date": held[-1] if held else None,
                "n_rounds": len(track.rounds),
                "n_documents": len(track.documents),
            }
        )
        self.rounds(track)
        self.issues(track)
        self.statements(track)
        self.events(track)
        self.conflicts(track)

    def rounds(self, track: Track) -> None:
        disputed: dict[str, int] = {}
        for c in track.conflicts:
            disputed[c.round_id] = disputed.get(c.round_id, 0) + 1
        for n, r in enumerate(ordered_rounds(track.rounds), start=1):
            self.tables["rounds"].append(
                {
                    "round_id": r.id,
                    "track_id": track.id,
                    "sequence": n,
                    "ordinal": r.ordinal,
                    "date": r.date,
                    "end": r.end,
                    "period": r.period.value if r.period else None,
                    "period_words": period_words(r.period) if r.period else None,
                    "city": r.city,
                    "venue": r.venue,
                    "duration": r.duration.value if r.duration else None,
                    "duration_mod": r.duration.mod if r.duration else None,
                    "duration_words": time_words(r.duration) if r.duration else None,
                    "format": r.format,
                    "parties": _join(r.parties),
                    "planned": r.planned,
                    "fate": r.fate,
                    "sources": _join(r.sources),
                    "n_sources": len(r.sources),
                    "n_conflicts": disputed.get(r.id, 0),
                }
            )
            settled = {
                "date": r.date,
                "end": r.end,
                "city": r.city,
                "venue": r.venue,
                "format": r.format,
                "ordinal": r.ordinal,
                "duration": time_words(r.duration) if r.duration else None,
                "period": {"value": r.period.value, "mod": r.period.mod} if r.period else None,
            }
            for field, values in r.fields.items():
                for sourced in values:
                    row_id = self._ids(f"{r.id}/f/{field}/{evidence_id(sourced.evidence)}")
                    words = field_value_words(field, sourced.value)
                    settled_value = settled.get(field)
                    self.tables["round_fields"].append(
                        {
                            "round_field_id": row_id,
                            "round_id": r.id,
                            "track_id": track.id,
                            "field": field,
                            "value": _cell(sourced.value),
                            "value_words": words,
                            "settled": settled_value is not None
                            and words == field_value_words(field, settled_value),
                            "evidence_id": self.cite("round_fields", row_id, sourced.evidence),
                            "document_id": sourced.evidence.document_id,
                        }
                    )
            for head in r.heads:
                row_id = self._ids(f"{r.id}/h/{head.actor.name}")
                self.tables["heads"].append(
                    {
                        "head_id": row_id,
                        "round_id": r.id,
                        "track_id": track.id,
                        **_actor(head.actor),
                        "evidence_id": self.cite("heads", row_id, head.evidence),
                        "document_id": head.evidence.document_id,
                    }
                )

    def issues(self, track: Track) -> None:
        sequence = {r.id: n for n, r in enumerate(ordered_rounds(track.rounds))}
        latest = latest_status(track)
        keys = list(dict.fromkeys([i.key for i in track.issues] + [s.issue for s in track.issue_status]))
        issues = {i.key: i for i in track.issues}
        for key in keys:
            issue = issues.get(key)
            last = latest.get(key)
            self.tables["issues"].append(
                {
                    "issue_id": issue_id(track.id, key),
                    "track_id": track.id,
                    "issue": key,
                    "label": issue.label if issue else key,
                    "aliases": _join(issue.aliases) if issue else "",
                    "latest_status": last.status if last else None,
                    "latest_round_id": last.round_id if last else None,
                    "n_rounds": len({s.round_id for s in track.issue_status if s.issue == key}),
                }
            )
        statuses = sorted(
            track.issue_status, key=lambda s: (sequence.get(s.round_id, len(sequence)), s.issue)
        )
        for s in statuses:
            row_id = self._ids(issue_status_id(s.round_id, s.issue))
            self.tables["issue_status"].append(
                {
                    "issue_status_id": row_id,
                    "round_id": s.round_id,
                    "track_id": track.id,
                    "issue_id": issue_id(track.id, s.issue),
                    "issue": s.issue,
                    "status": s.status,
                    "status_rank": STATUS_RANK.get(s.status),
                    "raised_by": s.raised_by,
                    "evidence_ids": _join(self.cite("issue_status", row_id, e) for e in s.evidence),
                }
            )

    def statements(self, track: Track) -> None:
        for st in track.statements:
            row_id = self._ids(statement_id(track.id, st))
            value, text = _time(st.date)
            speaker = _actor(st.speaker)
            self.tables["statements"].append(
                {
                    "statement_id": row_id,
                    "track_id": track.id,
                    **{f"speaker_{k}" if k != "name" else "speaker": v for k, v in speaker.items()},
                    "cue": st.cue,
                    "text": st.text,
                    "quoted": st.quoted,
                    "date": value,
                    "date_text": text,
                    "evidence_id": self.cite("statements", row_id, st.evidence),
                    "document_id": st.evidence.document_id,
                }
            )

    def events(self, track: Track) -> None:
        plover = plover_types()
        for e in track.events:
            row_id = self._ids(event_id(track.id, e))
            value, text = _time(e.time)
            self.tables["events"].append(
                {
                    "event_id": row_id,
                    "track_id": track.id,
                    "type": e.type,
                    "plover_type": plover.get(e.type, (None, None))[0],
                    "mode": e.mode,
                    "actors": _join(a.name for a in e.actors),
                    "actor_parties": _join(a.party for a in e.actors),
                    "time": value,
                    "time_text": text,
                    "place": e.place,
                    "issue": e.issue,
                    "evidence_id": self.cite("events", row_id, e.evidence),
                    "document_id": e.evidence.document_id,
                }
            )

    def conflicts(self, track: Track) -> None:
        for c in track.conflicts:
            row_id = self._ids(f"{c.round_id}/c/{c.field}")
            words = [field_value_words(c.field, v.value) for v in c.values]
            self.tables["conflicts"].append(
                {
                    "conflict_id": row_id,
                    "round_id": c.round_id,
                    "track_id": track.id,
                    "field": c.field,
                    "n_values": len({w.casefold() for w in words}),
                    "values": _join(words),
                    "evidence_ids": _join(self.cite("conflicts", row_id, v.evidence) for v in c.values),
                }
            )


def _actor(actor: Actor) -> Row:
    return {"name": actor.name, "kind": actor.kind, "role": actor.role, "party": actor.party}


def plover_types() -> dict[str, tuple[str, str | None]]:
    """legation event type → (PLOVER event type, PLOVER mode), from ``data/events.yaml``."""
    from legation.nlp.lexicons import event_rules

    return {rule.type: (rule.plover, rule.mode) for rule in event_rules()}


def latest_status(track: Track) -> dict[str, IssueStatus]:
    """issue key → the :class:`~legation.model.IssueStatus` at the latest round (timeline order) that
    reports the issue; statuses at rounds the track does not list come last."""
    sequence = {r.id: n for n, r in enumerate(ordered_rounds(track.rounds))}
    latest: dict[str, IssueStatus] = {}
    for s in sorted(track.issue_status, key=lambda s: sequence.get(s.round_id, len(sequence))):
        latest[s.issue] = s
    return latest


def dossier_tables(dossier: Dossier) -> dict[str, list[Row]]:
    """Every table of :data:`TABLES` as a list of row dicts (column → value, ``None`` when unknown)."""
    return _Builder(dossier).build()


def arrow_schema(name: str) -> Any:
    """The :class:`pyarrow.Schema` of one table."""
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "bool": pa.bool_()}
    return pa.schema([pa.field(c.name, types[c.type]) for c in TABLES[check_table(name)]])


def arrow_table(name: str, rows: list[Row]) -> Any:
    """One table as a :class:`pyarrow.Table` with the declared column types (empty tables keep them)."""
    import pyarrow as pa

    schema = arrow_schema(name)
    return pa.Table.from_pylist(rows, schema=schema)
