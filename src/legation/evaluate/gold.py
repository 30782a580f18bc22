"""The gold file (``legation-gold/1``): the facts a correct dossier contains, read into frozen records.

The format is described in ``docs/evaluation.md``. A gold file is checked against :data:`GOLD_SCHEMA`
(types, required keys, no unknown keys, so that a misspelt ``also_accepted`` is an error rather than a
silently ignored fact) and then for references: every round, issue and file a fact names must exist.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from legation.errors import EvaluationError
from legation.evaluate.files import check_schema, read_json
from legation.model import STATUSES

GOLD_FORMAT = "legation-gold/1"

_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_NULLABLE_DATE = {"anyOf": [_DATE, {"type": "null"}]}
_TEXT = {"type": "string", "minLength": 1}
_NULLABLE_TEXT = {"type": ["string", "null"]}
_TEXTS = {"type": "array", "items": _TEXT}
_NOTE = {"type": "string"}
_DURATION = {
    "type": "object",
    "properties": {"value": _TEXT, "mod": _NULLABLE_TEXT, "note": _NOTE},
    "required": ["value"],
    "additionalProperties": False,
}
_STATUS = {"enum": list(STATUSES)}


def _accepted(**lists: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {k: {"type": "array", "items": v} for k, v in lists.items()},
        "additionalProperties": False,
    }


def _record(required: list[str], **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties | {"note": _NOTE},
        "required": required,
        "additionalProperties": False,
    }


_HEAD = _record(
    ["name"],
    name=_TEXT,
    aliases=_TEXTS,
    party=_NULLABLE_TEXT,
    role=_NULLABLE_TEXT,
    optional={"type": "boolean"},
)
_ROUND = _record(
    ["id", "date", "city", "venue", "duration", "format", "ordinal", "heads"],
    id=_TEXT,
    date=_NULLABLE_DATE,
    city=_NULLABLE_TEXT,
    venue=_NULLABLE_TEXT,
    duration={"anyOf": [_DURATION, {"type": "null"}]},
    format=_NULLABLE_TEXT,
    ordinal={"type": ["integer", "null"]},
    heads={"type": "array", "items": _HEAD},
    sources=_TEXTS,
    also_accepted=_accepted(
        date=_DATE, city=_TEXT, venue=_TEXT, format=_TEXT, ordinal={"type": "integer"}, duration=_DURATION
    ),
)
_PLANNED = _record(
    ["id"], id=_TEXT, ordinal={"type": ["integer", "null"]}, date=_NULLABLE_DATE, sources=_TEXTS
)
_ISSUE = _record(["key", "label"], key=_TEXT, label=_TEXT, aliases=_TEXTS)
_ISSUE_STATUS = _record(
    ["round", "issue", "status"],
    round=_TEXT,
    issue=_TEXT,
    status=_STATUS,
    raised_by=_NULLABLE_TEXT,
    optional={"type": "boolean"},
    also_accepted=_accepted(status=_STATUS),
)
_STATEMENT = _record(
    ["file", "speaker"],
    file=_TEXT,
    speaker=_TEXT,
    aliases=_TEXTS,
    kind={"enum": ["person", "organisation", "country"]},
    role=_NULLABLE_TEXT,
    party=_NULLABLE_TEXT,
    date=_NULLABLE_DATE,
    optional={"type": "boolean"},
    also_accepted=_accepted(date=_DATE, party=_TEXT),
)
_TRACK = _record(
    ["parties"],
    id=_TEXT,
    parties={"type": "array", "items": _TEXT, "minItems": 2},
    rounds={"type": "array", "items": _ROUND},
    planned={"type": "array", "items": _PLANNED},
    issues={"type": "array", "items": _ISSUE},
    issue_status={"type": "array", "items": _ISSUE_STATUS},
    statements={"type": "array", "items": _STATEMENT},
    conflicts={"type": "array"},
    hosts={"type": "array", "items": _TEXT},
    mediators={"type": "array", "items": _TEXT},
)
_TIMEX = _record(
    ["file", "text", "value"],
    file=_TEXT,
    text=_TEXT,
    type={"enum": ["DATE", "TIME", "DURATION", "SET"]},
    value=_TEXT,
    mod=_NULLABLE_TEXT,
    optional={"type": "boolean"},
    also_accepted=_accepted(value=_TEXT, mod=_TEXT),
)
_DOCUMENT = _record(["file"], file=_TEXT, published=_DATE, headline={"type": "boolean"})

#: JSON Schema (draft 2020-12) of a gold file.
GOLD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "legation gold file",
    **_record(
        ["format", "tracks"],
        format={"const": GOLD_FORMAT},
        about=_NOTE,
        documents={"type": "array", "items": _DOCUMENT},
        tracks={"type": "array", "items": _TRACK},
        timexes={"type": "array", "items": _TIMEX},
    ),
}


@dataclass(frozen=True, slots=True)
class GoldHead:
    name: str
    aliases: tuple[str, ...] = ()
    party: str | None = None
    optional: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldDuration:
    value: str
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRound:
    """A held round. ``accepted`` maps a field to the other values that count as correct."""

    id: str
    date: str | None
    city: str | None
    venue: str | None
    duration: GoldDuration | None
    format: str | None
    ordinal: int | None
    heads: tuple[GoldHead, ...] = ()
    sources: tuple[str, ...] = ()
    accepted: dict[str, tuple[Any, ...]] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class GoldPlanned:
    """An announced round not yet held."""

    id: str
    ordinal: int | None = None
    date: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldIssue:
    key: str
    label: str
    aliases: tuple[str, ...] = ()

    @property
    def phrases(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldIssueStatus:
    round: str
    issue: str
    status: str
    raised_by: str | None = None
    optional: bool = False
    statuses: tuple[str, ...] = ()  # status and every also_accepted status


@dataclass(frozen=True, slots=True)
class GoldStatement:
    file: str
    speaker: str
    aliases: tuple[str, ...] = ()
    party: str | None = None
    date: str | None = None
    optional: bool = False
    accepted: dict[str, tuple[Any, ...]] = field(default_factory=dict, hash=False)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.speaker, *self.aliases)


@dataclass(frozen=True, slots=True)
class GoldTrack:
    id: str
    parties: tuple[str, ...]
    rounds: tuple[GoldRound, ...] = ()
    planned: tuple[GoldPlanned, ...] = ()
    issues: tuple[GoldIssue, ...] = ()
    issue_status: tuple[GoldIssueStatus, ...] = ()
    statements: tuple[GoldStatement, ...] = ()
    hosts: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()

    @property
    def files(self) -> frozenset[str]:
        """Every file the track's facts cite: what a dossier track should share with it."""
        held = {source for r in self.rounds for source in r.sources}
        planned = {source for p in self.planned for source in p.sources}
        return frozenset(held | planned | {s.file for s in self.statements})


@dataclass(frozen=True, slots=True)
class GoldTimex:
    file: str
    text: str
    value: str
    mod: str | None = None
    optional: bool = False
    values: tuple[str, ...] = ()  # value and every also_accepted value
    mods: tuple[str, ...] = ()  # mod and every also_accepted mod (empty: mod not scored)


@dataclass(frozen=True, slots=True)
class Gold:
    files: tuple[str, ...]
    tracks: tuple[GoldTrack, ...]
    timexes: tuple[GoldTimex, ...] = ()


def load_gold(path: str | Path) -> Gold:
    """Read and check a gold file; :class:`EvaluationError` names the file and every problem found."""
    return parse_gold(read_json(path, "gold file"), str(path))


def parse_gold(data: Any, source: str = "gold") -> Gold:
    """Build :class:`Gold` from parsed JSON, after checking its form and its references."""
    check_schema(
        data, GOLD_SCHEMA, source, "legation gold file", f"see docs/evaluation.md; format {GOLD_FORMAT}"
    )
    gold = Gold(
        files=tuple(d["file"] for d in data.get("documents", [])),
        tracks=tuple(_track(t, i) for i, t in enumerate(data["tracks"])),
        timexes=tuple(_timex(t) for t in data.get("timexes", [])),
    )
    problems = _reference_problems(gold)
    if problems:
        listed = "\n".join(f"  {p}" for p in problems)
        raise EvaluationError(f"{source}: the gold file refers to things it does not define:\n{listed}")
    return gold


def _accepted_of(item: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    return {k: tuple(v) for k, v in item.get("also_accepted", {}).items()}


def _duration(value: dict[str, Any] | None) -> GoldDuration | None:
    return None if value is None else GoldDuration(value["value"], value.get("mod"))


def _round(r: dict[str, Any]) -> GoldRound:
    accepted = _accepted_of(r)
    if "duration" in accepted:
        accepted["duration"] = tuple(_duration(d) for d in accepted["duration"])
    return GoldRound(
        id=r["id"],
        date=r["date"],
        city=r["city"],
        venue=r["venue"],
        duration=_duration(r["duration"]),
        format=r["format"],
        ordinal=r["ordinal"],
        heads=tuple(
            GoldHead(h["name"], tuple(h.get("aliases", ())), h.get("party"), h.get("optional", False))
            for h in r["heads"]
        ),
        sources=tuple(r.get("sources", ())),
        accepted=accepted,
    )


def _track(t: dict[str, Any], index: int) -> GoldTrack:
    return GoldTrack(
        id=t.get("id", f"track{index}"),
        parties=tuple(t["parties"]),
        hosts=tuple(t.get("hosts", ())),
        mediators=tuple(t.get("mediators", ())),
        rounds=tuple(_round(r) for r in t.get("rounds", [])),
        planned=tuple(
            GoldPlanned(p["id"], p.get("ordinal"), p.get("date"), tuple(p.get("sources", ())))
            for p in t.get("planned", [])
        ),
        issues=tuple(
            GoldIssue(i["key"], i["label"], tuple(i.get("aliases", ()))) for i in t.get("issues", [])
        ),
        issue_status=tuple(
            GoldIssueStatus(
                s["round"],
                s["issue"],
                s["status"],
                s.get("raised_by"),
                s.get("optional", False),
                (s["status"], *s.get("also_accepted", {}).get("status", ())),
            )
            for s in t.get("issue_status", [])
        ),
        statements=tuple(
            GoldStatement(
                s["file"],
                s["speaker"],
                tuple(s.get("aliases", ())),
                s.get("party"),
                s.get("date"),
                s.get("optional", False),
                _accepted_of(s),
            )
            for s in t.get("statements", [])
        ),
    )


def _timex(t: dict[str, Any]) -> GoldTimex:
    accepted = _accepted_of(t)
    mod = t.get("mod")
    return GoldTimex(
        file=t["file"],
        text=t["text"],
        value=t["value"],
        mod=mod,
        optional=t.get("optional", False),
        values=(t["value"], *accepted.get("value", ())),
        mods=(mod, *accepted.get("mod", ())) if mod is not None else (),
    )


def _reference_problems(gold: Gold) -> list[str]:
    """Dangling references and impossible dates, each with its JSON path."""
    problems: list[str] = []
    files = set(gold.files)

    def check_file(name: str, where: str) -> None:
        if files and name not in files:
            problems.append(f"{where}: file {name!r} is not in $.documents")

    def check_date(value: str | None, where: str) -> None:
        if value is None:
            return
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            problems.append(f"{where}: {value!r} is not a calendar date")

    for ti, track in enumerate(gold.tracks):
        at = f"$.tracks[{ti}]"
        round_ids = [r.id for r in track.rounds] + [p.id for p in track.planned]
        for dup in sorted({i for i in round_ids if round_ids.count(i) > 1}):
            problems.append(f"{at}: round id {dup!r} is used twice")
        keys = {i.key for i in track.issues}
        for ri, r in enumerate(track.rounds):
            check_date(r.date, f"{at}.rounds[{ri}].date")
            for d in r.accepted.get("date", ()):
                check_date(d, f"{at}.rounds[{ri}].also_accepted.date")
            for source in r.sources:
                check_file(source, f"{at}.rounds[{ri}].sources")
        for pi, p in enumerate(track.planned):
            check_date(p.date, f"{at}.planned[{pi}].date")
        for si, row in enumerate(track.issue_status):
            if row.round not in round_ids:
                problems.append(f"{at}.issue_status[{si}].round: {row.round!r} is not a round or planned id")
            if row.issue not in keys:
                problems.append(
                    f"{at}.issue_status[{si}].issue: {row.issue!r} is not a key in $.tracks[{ti}].issues"
                )
        for si, st in enumerate(track.statements):
            check_file(st.file, f"{at}.statements[{si}].file")
            check_date(st.date, f"{at}.statements[{si}].date")
    for xi, x in enumerate(gold.timexes):
        check_file(x.file, f"$.timexes[{xi}].file")
    return problems
