"""Writing a dossier in the formats analysts already use: ``legation export --format FORMAT --out DIR``.

Every format is a function of a :class:`~legation.model.Dossier` that writes files into a folder and
returns their paths, so that the CLI, the Python API and tests all run the same code, whether the
dossier came from the store, a JSON file or the in-memory pipeline. ``docs/outputs.md`` documents every
file, table, column and id.

- ``json``: the dossier's JSON form (``legation-dossier/1``) and its JSON Schema beside it;
- ``csv`` / ``parquet``: one table per entity (:mod:`legation.report.tables`);
- ``timelinejs``: a TimelineJS3 JSON file of rounds and key statements with their sources;
- ``plover``: one PLOVER event record per line (JSON Lines);
- ``report``: the briefing, in Markdown and as a self-contained HTML file.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from legation.errors import ConfigError
from legation.lexicon import data_path
from legation.model import Actor, Document, Dossier, Event, Round, Statement, Track, to_dict
from legation.report.tables import (
    TABLE_NAMES,
    UniqueIds,
    arrow_table,
    dossier_tables,
    event_id,
    evidence_id,
    plover_types,
    statement_id,
)
from legation.report.terminal import ordered_rounds
from legation.report.values import actor_words, said_words, source_words, state_of, time_words

JSON_FILE = "dossier.json"
SCHEMA_FILE = "dossier.schema.json"
TIMELINE_FILE = "timeline.json"
PLOVER_FILE = "events.plover.jsonl"
BRIEFING_MARKDOWN = "briefing.md"
BRIEFING_HTML = "briefing.html"

#: Statements per track in the TimelineJS file: enough to tell the story, few enough to browse.
TIMELINE_STATEMENTS = 12

#: The version of the PLOVER record layout written (``version`` field of every record).
PLOVER_VERSION = "legation-plover/1"

#: The fields of every PLOVER record, in order (``docs/outputs.md`` says what each holds). The names
#: follow the PLOVER specification and its POLECAT data set; the last five are legation's own.
PLOVER_FIELDS: tuple[str, ...] = (
    "id",
    "event_date",
    "event_type",
    "mode",
    "context",
    "actor",
    "actor_country",
    "actor_type",
    "actor_title",
    "recipient",
    "recipient_country",
    "recipient_type",
    "recipient_title",
    "location",
    "location_country",
    "story_id",
    "story_source",
    "story_date",
    "story_headline",
    "story_url",
    "event_text",
    "language",
    "version",
    "legation_type",
    "track_id",
    "issue",
    "evidence_id",
    "time_text",
)

_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


# --- the folder ---------------------------------------------------------------------------------------


def check_out_dir(out: str | Path) -> Path:
    """Check, without creating anything, that ``out`` is or can become a writable folder.

    The command runs this before reading the store or the reports, so that a bad ``--out`` fails at
    once rather than after a long pipeline run.
    """
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise ConfigError(f"--out {path}: is a file, not a folder: name a folder to write the export into")
    existing = next((p for p in (path, *path.absolute().parents) if p.exists()), None)
    if existing is None or not existing.is_dir():
        raise ConfigError(
            f"--out {path}: cannot create the folder ({existing} is not a folder): choose a writable place"
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ConfigError(
            f"--out {path}: {existing} is not writable: choose another folder or fix its permissions"
        )
    return path


def prepare_out_dir(out: str | Path) -> Path:
    """Create ``out`` if needed and check that files can be written in it.

    Raises :class:`ConfigError` naming the folder when it is a file, cannot be created or is read-only,
    before any format starts writing, so that a run never leaves half an export behind for that reason.
    """
    path = check_out_dir(out)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"--out {path}: cannot create the folder ({exc.strerror or exc}): choose a writable place"
        ) from exc
    return path


def _write_text(path: Path, text: str) -> Path:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write ({exc.strerror or exc}): choose a writable --out") from exc
    return path


def _json_text(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# --- json, csv, parquet ---------------------------------------------------------------------------------


def write_json(dossier: Dossier, out: Path) -> list[Path]:
    """The dossier's JSON form, checked against its schema, and the schema file beside it."""
    from legation.evaluate import validate_dossier

    data = to_dict(dossier)
    validate_dossier(data, JSON_FILE)
    written = [_write_text(out / JSON_FILE, _json_text(data))]
    try:
        shutil.copyfile(data_path(SCHEMA_FILE), out / SCHEMA_FILE)
    except OSError as exc:
        raise ConfigError(f"{out / SCHEMA_FILE}: cannot write ({exc.strerror or exc})") from exc
    return [*written, out / SCHEMA_FILE]


def write_csv(dossier: Dossier, out: Path) -> list[Path]:
    """One UTF-8 CSV file per table, with a header row; unknown values are empty cells."""
    written = []
    for name, rows in dossier_tables(dossier).items():
        path = out / f"{name}.csv"
        columns = [f.name for f in arrow_table(name, []).schema]
        try:
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns)
                writer.writeheader()
                writer.writerows(rows)
        except OSError as exc:
            raise ConfigError(f"{path}: cannot write ({exc.strerror or exc})") from exc
        written.append(path)
    return written


def write_parquet(dossier: Dossier, out: Path) -> list[Path]:
    """One Parquet file per table, typed as :data:`legation.report.tables.TABLES` declares."""
    import pyarrow.parquet as pq

    written = []
    for name, rows in dossier_tables(dossier).items():
        path = out / f"{name}.parquet"
        try:
            pq.write_table(arrow_table(name, rows), path)
        except OSError as exc:
            raise ConfigError(f"{path}: cannot write ({exc})") from exc
        written.append(path)
    return written


# --- TimelineJS ------------------------------------------------------------------------------------------


def _timeline_date(value: str | None) -> dict[str, str] | None:
    """A TimelineJS date object from a full ISO date; partial or unknown dates give None."""
    match = _FULL_DATE.match(value or "")
    if match is None:
        return None
    year, month, day = match.groups()
    return {"year": year, "month": str(int(month)), "day": str(int(day))}


def _source_line(evidence_document: str, documents: Mapping[str, Document], sentence: str) -> str:
    """``<cite>Outlet, 2031-05-13</cite>: “sentence”`` as escaped HTML."""
    cited = html.escape(source_words(documents.get(evidence_document), evidence_document))
    return f"<p><cite>{cited}</cite>: “{html.escape(' '.join(sentence.split()))}”</p>"


def _round_slide(track: Track, round_: Round, documents: Mapping[str, Document]) -> dict[str, Any] | None:
    start = _timeline_date(round_.date)
    if start is None:
        return None
    where = ", ".join(x for x in (round_.venue, round_.city) if x)
    headline = f"Round {round_.ordinal}" if round_.ordinal is not None else "Round"
    if where:
        headline += f" in {where}"
    if round_.planned:
        headline += f" ({state_of(round_)})"
    facts = [
        ("Parties", " – ".join(round_.parties)),
        ("Duration", time_words(round_.duration) if round_.duration else ""),
        ("Format", round_.format or ""),
        ("Heads of delegation", "; ".join(actor_words(h.actor) for h in round_.heads)),
    ]
    body = "".join(f"<p><b>{k}:</b> {html.escape(v)}</p>" for k, v in facts if v)
    cited: dict[str, str] = {}
    for values in round_.fields.values():
        for sourced in values:
            cited.setdefault(sourced.evidence.document_id, sourced.evidence.sentence)
    for head in round_.heads:
        cited.setdefault(head.evidence.document_id, head.evidence.sentence)
    body += "".join(_source_line(doc, documents, sentence) for doc, sentence in cited.items())
    uncited = [d for d in round_.sources if d not in cited]
    if uncited:
        names = "; ".join(source_words(documents.get(d), d) for d in uncited)
        body += f"<p><b>Also reported by:</b> {html.escape(names)}</p>"
    slide = {
        "unique_id": round_.id,
        "start_date": start,
        "text": {"headline": html.escape(headline), "text": body},
        "group": track.name,
    }
    end = _timeline_date(round_.end)
    if end is not None:
        slide["end_date"] = end  # a round held over several days spans them on the timeline
    return slide


def key_statements(track: Track, limit: int = TIMELINE_STATEMENTS) -> list[Statement]:
    """The statements a timeline shows: heads of delegation first, then quotations, then the rest,
    each group in report order, at most ``limit``; the same words by the same speaker carried by
    several reports count once."""
    heads = {h.actor.name for r in track.rounds for h in r.heads}
    unique = {(s.speaker.name, " ".join(s.text.split())): s for s in reversed(track.statements)}
    first = [s for s in track.statements if unique[(s.speaker.name, " ".join(s.text.split()))] is s]
    ranked = sorted(
        enumerate(first), key=lambda item: (item[1].speaker.name not in heads, not item[1].quoted, item[0])
    )
    return [st for _, st in ranked[:limit]]


def _statement_date(statement: Statement, documents: Mapping[str, Document]) -> str | None:
    if statement.date is not None and _FULL_DATE.match(statement.date.value):
        return statement.date.value
    document = documents.get(statement.evidence.document_id)
    return document.anchor.isoformat() if document is not None else None


def _statement_slide(
    track: Track, statement: Statement, documents: Mapping[str, Document]
) -> dict[str, Any] | None:
    start = _timeline_date(_statement_date(statement, documents))
    if start is None:
        return None
    said = said_words(statement)
    return {
        "unique_id": statement_id(track.id, statement),
        "start_date": start,
        "text": {
            "headline": html.escape(f"{actor_words(statement.speaker)} {statement.cue}"),
            "text": f"<p>{html.escape(said)}</p>"
            + _source_line(statement.evidence.document_id, documents, statement.evidence.sentence),
        },
        "group": track.name,
    }


def timeline(dossier: Dossier) -> dict[str, Any]:
    """The TimelineJS3 JSON object: a title slide and one event per dated round and key statement.

    Rounds and statements whose date is not a full calendar date are left out: TimelineJS needs a
    year, and legation does not guess one.
    """
    documents = {d.id: d for d in dossier.documents}
    events: list[dict[str, Any]] = []
    for track in dossier.tracks:
        slides = [_round_slide(track, r, documents) for r in ordered_rounds(track.rounds)]
        slides += [_statement_slide(track, s, documents) for s in key_statements(track)]
        events.extend(s for s in slides if s is not None)
    events.sort(key=lambda e: tuple(int(e["start_date"][k]) for k in ("year", "month", "day")))
    names = "; ".join(t.name for t in dossier.tracks) or "no negotiation track found"
    outlets = sorted({d.source for d in dossier.documents if d.source})
    return {
        "title": {
            "text": {
                "headline": html.escape(names),
                "text": f"<p>Read from {len(dossier.documents)} reports"
                + (f" ({html.escape(', '.join(outlets))})" if outlets else "")
                + " by legation.</p>",
            }
        },
        "events": events,
    }


def write_timelinejs(dossier: Dossier, out: Path) -> list[Path]:
    return [_write_text(out / TIMELINE_FILE, _json_text(timeline(dossier)))]


# --- PLOVER ----------------------------------------------------------------------------------------------


def _country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code of a country named in any form, None for organisations and unknowns."""
    if not name:
        return None
    from legation.nlp.gazetteer import load_gazetteer

    country = load_gazetteer().get(name)
    return country.iso2 if country is not None else None


def _place_country(place: str | None) -> str | None:
    """The country of a place when the gazetteer knows it as a capital; legation has no city list."""
    if not place:
        return None
    from legation.nlp.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    return _country_code(gazetteer.country(place)) if gazetteer.is_capital(place) else None


def _party_fields(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {prefix: None, f"{prefix}_country": None, f"{prefix}_type": None, f"{prefix}_title": None}
    return {
        prefix: actor.name,
        f"{prefix}_country": _country_code(actor.party or actor.name),
        f"{prefix}_type": actor.kind,
        f"{prefix}_title": actor.role,
    }


def _recipient(event: Event, track: Track) -> Actor | None:
    """The second actor of the event; else, in a two-party track, the party the actor is not."""
    if len(event.actors) > 1:
        return event.actors[1]
    if not event.actors or len(track.parties) != 2:
        return None
    side = event.actors[0].party or event.actors[0].name
    others = [p for p in track.parties if p != side]
    return Actor(others[0], "country", party=others[0]) if len(others) == 1 else None


def plover_records(dossier: Dossier) -> list[dict[str, Any]]:
    """One PLOVER record per coded event of every track, fields in :data:`PLOVER_FIELDS` order.

    STATEMENT events have no PLOVER type (a statement is PLOVER's source text, not an event) and are
    left out; the statements are in the ``statements`` table.
    """
    documents = {d.id: d for d in dossier.documents}
    mapping = plover_types()
    records: list[dict[str, Any]] = []
    ids = UniqueIds()  # the same suffixes as the events table: STATEMENT ids never collide with others
    for track in dossier.tracks:
        for event in track.events:
            if event.type not in mapping:
                continue
            plover_type, plover_mode = mapping[event.type]
            record_id = ids(event_id(track.id, event))
            document = documents.get(event.evidence.document_id)
            time = event.time.value if event.time is not None else None
            date = (
                time
                if time and _FULL_DATE.match(time)
                else (document.anchor.isoformat() if document else None)
            )
            context = [c for c in dict.fromkeys((event.issue, track.subject)) if c]
            record = {
                "id": record_id,
                "event_date": date,
                "event_type": plover_type,
                "mode": event.mode or plover_mode,
                "context": context,
                **_party_fields("actor", event.actors[0] if event.actors else None),
                **_party_fields("recipient", _recipient(event, track)),
                "location": event.place,
                "location_country": _place_country(event.place),
                "story_id": event.evidence.document_id,
                "story_source": document.source if document else None,
                "story_date": document.published.isoformat() if document else None,
                "story_headline": document.title if document else None,
                "story_url": document.url if document else None,
                "event_text": event.evidence.sentence,
                "language": document.language if document else None,
                "version": PLOVER_VERSION,
                "legation_type": event.type,
                "track_id": track.id,
                "issue": event.issue,
                "evidence_id": evidence_id(event.evidence),
                "time_text": event.time.text if event.time is not None else None,
            }
            records.append({name: record[name] for name in PLOVER_FIELDS})
    return records


def write_plover(dossier: Dossier, out: Path) -> list[Path]:
    lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in plover_records(dossier))
    return [_write_text(out / PLOVER_FILE, "".join(lines))]


# --- briefing --------------------------------------------------------------------------------------------


def write_report(dossier: Dossier, out: Path) -> list[Path]:
    """The briefing as Markdown and as one self-contained HTML file."""
    from legation.report.briefing import briefing_html, briefing_markdown

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return [
        _write_text(out / BRIEFING_MARKDOWN, briefing_markdown(dossier, generated=now)),
        _write_text(out / BRIEFING_HTML, briefing_html(dossier, generated=now)),
    ]


# --- dispatch --------------------------------------------------------------------------------------------

Writer = Callable[[Dossier, Path], list[Path]]

#: Every format, in the order ``--format all`` writes them.
WRITERS: Mapping[str, Writer] = {
    "json": write_json,
    "csv": write_csv,
    "parquet": write_parquet,
    "timelinejs": write_timelinejs,
    "plover": write_plover,
    "report": write_report,
}
FORMATS: tuple[str, ...] = tuple(WRITERS)


def check_formats(formats: Iterable[str]) -> list[str]:
    """The formats asked for, ``all`` expanded, repeats dropped; an unknown one is a ConfigError."""
    chosen: list[str] = []
    for fmt in formats:
        for name in (f.strip().lower() for f in fmt.split(",")):
            if name == "all":
                chosen.extend(FORMATS)
            elif name in WRITERS:
                chosen.append(name)
            else:
                raise ConfigError(
                    f"--format {name!r}: unknown export format: choose one of {', '.join(FORMATS)} (or all)"
                )
    if not chosen:
        raise ConfigError(f"--format: name at least one of {', '.join(FORMATS)} (or all)")
    return list(dict.fromkeys(chosen))


def select_tracks(dossier: Dossier, track_ids: Iterable[str]) -> Dossier:
    """The dossier cut down to the named tracks (and the documents they read); unknown ids are an error
    that lists the known ones."""
    wanted = list(dict.fromkeys(track_ids))
    if not wanted:
        return dossier
    known = {t.id: t for t in dossier.tracks}
    missing = [t for t in wanted if t not in known]
    if missing:
        listed = ", ".join(known) or "none"
        raise ConfigError(f"--track {', '.join(missing)}: no such track (tracks: {listed})")
    tracks = tuple(known[t] for t in wanted)
    read = {d for t in tracks for d in t.documents}
    return Dossier(
        documents=tuple(d for d in dossier.documents if d.id in read),
        tracks=tracks,
        timexes=tuple(x for x in dossier.timexes if x.evidence.document_id in read),
        skipped={},
        errors=(),
        format=dossier.format,
    )


def export(dossier: Dossier, formats: Iterable[str], out: str | Path) -> list[Path]:
    """Write ``dossier`` in every format named into ``out``; returns the files written.

    Formats and the folder are checked before anything is written.
    """
    chosen = check_formats(formats)
    folder = prepare_out_dir(out)
    written: list[Path] = []
    for fmt in chosen:
        written.extend(WRITERS[fmt](dossier, folder))
    return written


__all__ = [
    "FORMATS",
    "PLOVER_FIELDS",
    "TABLE_NAMES",
    "check_formats",
    "export",
    "plover_records",
    "prepare_out_dir",
    "select_tracks",
    "timeline",
]
