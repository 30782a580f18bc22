"""Fusing many documents' mentions into one record per negotiation track.

* Documents are grouped by :func:`track_key` (the parties and the subject).
* Within a track, meeting mentions are clustered into rounds: two mentions are one meeting when their
  dates are within a day (and their cities do not differ), or when they share an ordinal and their
  dates do not clash. A later report's "the first round was held on ..." thus joins the round an
  earlier report described.
* Each round keeps every source's value of every field; the settled value is the one most sources
  give (ties: the earliest report's), and a field with more than one value becomes a
  :class:`Conflict`.
* Agenda items and their status per round are fused by :mod:`legation.fuse.issues`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from legation.fuse.issues import fuse_issues
from legation.model import (
    Analysis,
    Conflict,
    Head,
    MeetingMention,
    Round,
    Sourced,
    Track,
)

ROUND_FIELDS = ("date", "city", "venue", "duration", "format", "ordinal")
#: Dates within this many days are one meeting (a report dated by its dateline can be a day off).
DATE_TOLERANCE_DAYS = 1


def track_key(analysis: Analysis) -> str | None:
    """Which track a document belongs to: its parties; None when it names fewer than two.

    The subject names the track but does not key it: reports of one negotiation often name no agenda
    item a taxonomy knows, and keying on the subject would split their rounds off into a second track.
    """
    if analysis.skipped or len(analysis.parties) < 2:
        return None
    return "+".join(sorted(analysis.parties))


def fuse(analyses: Iterable[Analysis]) -> list[Track]:
    groups: dict[str, list[Analysis]] = defaultdict(list)
    for a in analyses:
        key = track_key(a)
        if key is not None:
            groups[key].append(a)
    return [
        _fuse_track(key, sorted(items, key=lambda a: (a.document.published, a.document.id)))
        for key, items in sorted(groups.items())
    ]


@dataclass
class _Cluster:
    mentions: list[tuple[Analysis, MeetingMention]] = field(default_factory=list)

    def dates(self) -> list[dt.date]:
        return [dt.date.fromisoformat(m.date.value) for _a, m in self.mentions if m.date is not None]

    def ordinals(self) -> set[int]:
        return {m.ordinal for _a, m in self.mentions if m.ordinal is not None}

    def cities(self) -> set[str]:
        return {_norm(m.city) for _a, m in self.mentions if m.city}

    @property
    def planned(self) -> bool:
        return all(m.planned for _a, m in self.mentions)

    def accepts(self, m: MeetingMention) -> bool:
        if m.planned != self.planned and m.date is None:
            return bool(m.ordinal is not None and m.ordinal in self.ordinals())
        dates = self.dates()
        if m.date is not None and dates:
            d = dt.date.fromisoformat(m.date.value)
            close = any(abs((d - x).days) <= DATE_TOLERANCE_DAYS for x in dates)
            if not close:
                return False
            if m.city and self.cities() and _norm(m.city) not in self.cities():
                return False
            return not (m.ordinal is not None and self.ordinals() and m.ordinal not in self.ordinals())
        if m.ordinal is not None:
            return m.ordinal in self.ordinals()
        return False


def _fuse_track(key: str, analyses: list[Analysis]) -> Track:
    parties = tuple(key.split("+"))
    subject = _subject(analyses)
    track_id = _slug(f"{'-'.join(parties)}-{subject or 'talks'}")
    clusters = _cluster(analyses)
    rounds, where = _rounds(track_id, clusters)
    issues, statuses = fuse_issues(analyses, where, rounds)
    conflicts = tuple(c for r in rounds for c in _conflicts(r))
    name = f"{' – '.join(parties)}: {subject}" if subject else f"{' – '.join(parties)} talks"
    return Track(
        id=track_id,
        name=name,
        parties=parties,
        subject=subject or None,
        documents=tuple(a.document.id for a in analyses),
        rounds=tuple(rounds),
        issues=issues,
        issue_status=tuple(statuses),
        statements=tuple(s for a in analyses for s in a.statements),
        events=tuple(e for a in analyses for e in a.events),
        conflicts=conflicts,
    )


def _subject(analyses: list[Analysis]) -> str | None:
    """The subject most of the track's reports have (ties: alphabetical, so rebuilds agree)."""
    counts = Counter(a.subject for a in analyses if a.subject)
    if not counts:
        return None
    return min(counts, key=lambda s: (-counts[s], s))


def _cluster(analyses: list[Analysis]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    # Mentions with a date first, so that ordinal-only mentions find the dated round they name.
    mentions = [(a, m) for a in analyses for m in a.meetings]
    mentions.sort(key=lambda am: (am[1].date is None, am[1].planned))
    for a, m in mentions:
        target = next((c for c in clusters if c.accepts(m)), None)
        if target is None:
            clusters.append(_Cluster([(a, m)]))
        else:
            target.mentions.append((a, m))
    # A planned round that a later report says was held is the held round.
    held_ordinals = {o for c in clusters if not c.planned for o in c.ordinals()}
    # A planned meeting dated before a round held later was postponed or folded into it: not pending.
    last_held = max((d for c in clusters if not c.planned for d in c.dates()), default=None)
    return [
        c
        for c in clusters
        if not (c.planned and c.ordinals() & held_ordinals)
        and not (c.planned and last_held is not None and c.dates() and max(c.dates()) < last_held)
    ]


def _rounds(track_id: str, clusters: list[_Cluster]) -> tuple[list[Round], dict[tuple[str, str], str]]:
    rounds = []
    used: set[str] = set()
    where: dict[tuple[str, str], str] = {}
    for c in clusters:
        fields: dict[str, tuple[Sourced, ...]] = {}
        for name in ROUND_FIELDS:
            values = []
            for _a, m in c.mentions:
                value = getattr(m, name)
                if value is None:
                    continue
                ev = m.field_evidence.get(name) or m.evidence[0]
                values.append(Sourced(_field_value(name, value), ev))
            if values:
                fields[name] = tuple(values)
        settled: dict[str, Any] = {name: _settle(vals) for name, vals in fields.items()}
        date = settled.get("date")
        ordinal = settled.get("ordinal")
        round_id = _round_id(track_id, date, ordinal, settled.get("city"))
        while round_id in used:  # two meetings on one day in one city: number them in order
            round_id += "+"
        used.add(round_id)
        duration = next(
            (
                m.duration
                for _a, m in c.mentions
                if m.duration is not None and _field_value("duration", m.duration) == settled.get("duration")
            ),
            None,
        )
        heads = _heads(c)
        parties = sorted({p for _a, m in c.mentions for p in m.parties})
        rounds.append(
            Round(
                id=round_id,
                ordinal=ordinal,
                date=date,
                city=settled.get("city"),
                venue=settled.get("venue"),
                duration=duration,
                format=settled.get("format"),
                heads=heads,
                parties=tuple(parties),
                sources=tuple(dict.fromkeys(a.document.id for a, _m in c.mentions)),
                fields=fields,
                planned=c.planned,
            )
        )
        for a, m in c.mentions:
            where[(a.document.id, m.key)] = round_id
    rounds.sort(key=lambda r: (r.planned, r.date or "9999", r.ordinal or 0))
    return rounds, where


def _round_id(track_id: str, date: object, ordinal: object, city: object) -> str:
    """A round's id from what identifies the meeting, so that it is the same however it is rebuilt."""
    parts = [str(date)] if date else []
    if ordinal:
        parts.append(f"n{ordinal}")
    if city and not ordinal:
        parts.append(_slug(str(city)))
    return f"{track_id}/r/{'-'.join(parts)}"


def _field_value(name: str, value: object) -> object:
    if name == "duration":
        return {"value": value.value, "mod": value.mod}  # type: ignore[attr-defined]
    if name == "date":
        return value.value  # type: ignore[attr-defined]
    return value


def _settle(values: tuple[Sourced, ...]) -> object:
    counts = Counter(_hashable(v.value) for v in values)
    best = max(counts.values())
    for v in values:  # sources are in publication order: the earliest among the most common wins
        if counts[_hashable(v.value)] == best:
            return v.value
    return None


def _hashable(value: object) -> object:
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    if isinstance(value, str):
        return _norm(value)
    return value


def _heads(c: _Cluster) -> tuple[Head, ...]:
    by_name: dict[str, Head] = {}
    for _a, m in c.mentions:
        for h in m.heads:
            key = _norm(h.actor.name)
            if key not in by_name or (by_name[key].actor.role is None and h.actor.role):
                by_name[key] = h
    return tuple(by_name.values())


def _conflicts(r: Round) -> list[Conflict]:
    out = []
    for name, values in r.fields.items():
        if len({_hashable(v.value) for v in values}) > 1:
            out.append(Conflict(r.id, name, values))
    return out


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or hashlib.sha1(text.encode()).hexdigest()[:8]
