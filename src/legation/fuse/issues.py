"""Fusing issue mentions into a track's agenda: one item per thing negotiated, one status per round.

* A mention belongs to the round its sentence speaks of: the document's meeting it names, else the
  track's round with the ordinal or date the sentence gives. A later report's summary of earlier talks
  thus lands on the earlier round, not on the report's newest one. A side's stance dated between
  rounds (at most :data:`STANDING_DAYS` after the last one held) is where that round left the item.
* Open-vocabulary items (``other:…``) of all reports merge by lemma, synonym (``data/issue_synonyms.yaml``)
  and containment: "flights", "direct flights" and "resumption of direct air links" are one item. A
  short item contained in two different longer ones ("security" in "border security" and "security
  guarantees") stays apart rather than joining them.
* At one round, an open item worded inside a taxonomy item's wording ("the Rafah crossing" beside
  "reopen the Rafah crossing", "the border issue" beside "demarcate the border") is that item.
* An item's status at a round is the furthest any source reports there; who raised it is the first
  party named behind a raising, proposing or rejecting clause, else behind any clause, under the
  track's name for that party.
* Each status row records the item's status at its previous reported round and how this one reads
  against it (:data:`legation.model.STATUS_CHANGES`): a later round's report of less than an earlier
  one reached is a source reporting less, not the talks going back.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from legation.lexicon import word_list
from legation.model import (
    STATUS_ORDER,
    STATUS_OTHER,
    STATUS_RANK,
    Analysis,
    Issue,
    IssueMention,
    IssueStatus,
    Round,
)
from legation.nlp.agenda import words_of
from legation.nlp.lexicons import agenda_words

_RAISING = ("raised", "proposed", "rejected", "excluded")


def fuse_issues(
    analyses: Sequence[Analysis],
    where: dict[tuple[str, str], str],
    rounds: Sequence[Round],
    party_names: Mapping[str, Sequence[str]] | None = None,
) -> tuple[tuple[Issue, ...], tuple[IssueStatus, ...]]:
    """The track's agenda items and their status per round, with each row's step from the previous.

    ``party_names`` (party → the wordings its reports used) names each raiser by the track's party:
    "the rebels" raising an item in one report is the party the track calls "Northern Front rebels".
    """
    side = _side_namer(party_names or {})
    placed = [
        (rid, replace(m, raised_by=side(m.raised_by)))
        for a in analyses
        for m in a.issues
        if (rid := round_of(a, m, where, rounds)) is not None
    ]
    canonical = merge_keys([m for _r, m in placed])
    cells: dict[tuple[str, str], list[IssueMention]] = defaultdict(list)
    for rid, m in placed:
        cells[(rid, canonical[m.issue])].append(m)
    cells = _folded(cells)
    statuses = [_settle(rid, key, mentions) for (rid, key), mentions in sorted(cells.items())]
    statuses = with_changes(statuses, rounds)
    issues = _issues([m for _r, m in placed], canonical, {s.issue for s in statuses})
    return issues, tuple(statuses)


def _side_namer(party_names: Mapping[str, Sequence[str]]) -> Callable[[str | None], str | None]:
    """A raiser's name → the track's party it is a wording of (unchanged when it is none's)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for party, wordings in party_names.items():
        for w in (party, *wordings):
            owners[w.casefold()].add(party)
    # a wording two parties share ("government") names neither
    by_wording = {w: next(iter(ps)) for w, ps in owners.items() if len(ps) == 1}
    return lambda name: by_wording.get(name.casefold(), name) if name else name


def round_of(
    a: Analysis, m: IssueMention, where: dict[tuple[str, str], str], rounds: Sequence[Round]
) -> str | None:
    """The id of the track's round a mention reports, or None when none of its rounds is meant."""
    held = [r for r in rounds if not r.planned]
    if m.meeting is not None:
        found = where.get((a.document.id, m.meeting))
        if found is not None:
            return found
        return _round_of_untaken(a, m.meeting, held)
    if m.round_ordinal is not None:
        hits = [r for r in held if r.ordinal == m.round_ordinal]
        return hits[0].id if len(hits) == 1 else None
    if m.round_date is not None:
        dated = [r for r in held if r.date is not None]
        found = _round_on(dated, m.round_date)
        if found is None and m.status in _RAISING and len(m.round_date) == 10:
            found = _standing(dated, m.round_date)
        return found
    return None


def _round_of_untaken(a: Analysis, key: str, held: Sequence[Round]) -> str | None:
    """The held round on the day of a report's held meeting that no round of the track took ("the six
    met Monday", told by a report whose sides the round's reports did not name): what the report says
    was done at its meeting was done at the track's round of that day, when there is exactly one.
    The day is read as a dated sentence's is (:func:`_round_on`): a report of a two-day meeting dated
    by its last day ("wrapped up their two-day gathering on Thursday") speaks of the round begun the
    day before."""
    meeting = next((m for m in a.meetings if m.key == key), None)
    if meeting is None or meeting.planned or meeting.date is None or len(meeting.date.value) != 10:
        return None
    return _round_on([r for r in held if r.date is not None], meeting.date.value)


def _round_on(held: Sequence[Round], value: str) -> str | None:
    """The one held round a date speaks of, or None when none or several may be meant.

    A day picks the round held over it (from its date to its end), else the round of the day before
    (a round's date is its first day: talks begun on Monday may still sit on Tuesday), else the round of
    the day after (a report's day may be off by one). A month picks its only round.
    """
    if len(value) != 10:
        hits = [r for r in held if r.date is not None and r.date.startswith(value)]
        return hits[0].id if len(hits) == 1 else None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    for offset in (0, 1, -1):
        hits = [r for r in held if _spans(r, day - dt.timedelta(days=offset), offset)]
        if hits:
            return hits[0].id if len(hits) == 1 else None
    return None


#: Days after a held round within which a side's dated stance, matching no round, is that round's.
STANDING_DAYS = 14


def _standing(held: Sequence[Round], value: str) -> str | None:
    """The held round a side's stance dated between rounds belongs to: the last one held before it,
    if it ended at most :data:`STANDING_DAYS` before ("on Friday the rebels restated that no ceasefire
    is possible", a week after the round, is where that round left the item). Only a stance (raised,
    proposed, rejected, excluded) stands between rounds: an agreement or a discussion on a day no
    round was held was reached at some other meeting."""
    day = _day(value)
    ended = [(e, r) for r in held if (e := _day(r.end or r.date)) is not None and day and e < day]
    if day is None or not ended:
        return None
    last, found = max(ended, key=lambda pair: pair[0])
    return found.id if (day - last).days <= STANDING_DAYS else None


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _spans(r: Round, day: dt.date, offset: int) -> bool:
    """Whether round ``r`` began on ``day``, or (``offset`` 0) was held over it."""
    try:
        first = dt.date.fromisoformat(r.date or "")
        last = dt.date.fromisoformat(r.end) if r.end and offset == 0 else first
    except ValueError:
        return False
    return first <= day <= last


def _folded(cells: dict[tuple[str, str], list[IssueMention]]) -> dict[tuple[str, str], list[IssueMention]]:
    """Open items folded into the taxonomy item of the same round whose wording holds all their words.

    "the Rafah crossing" beside "reopen the Rafah crossing" (the crossings item) at one round is that
    item, not a second row; in a round without it, it stays an item of its own. The words of a meeting
    do not count: "peace negotiations" beside "a peace treaty" are talks on that item.
    """
    out = {k: list(v) for k, v in cells.items()}
    for rid, key in sorted(cells):
        if not key.startswith("other:"):
            continue
        # "peace negotiations" beside "a peace treaty": talks on peace are about the peace item
        own = words_of(cells[(rid, key)][0].label) - _MEETING_WORDS - _wrappers()
        homes = [
            k
            for (r, k), ms in cells.items()
            if r == rid and not k.startswith("other:") and own and own <= _wording(ms)
        ]
        if len(homes) == 1:
            out[(rid, homes[0])] += out.pop((rid, key))
    return out


#: The words of a meeting, which say how an item is negotiated, not which item it is.
_MEETING_WORDS = word_list("fuse_lists.yaml", "meeting-words")


@functools.cache
def _wrappers() -> frozenset[str]:
    """Nouns that only wrap an item ("the border issue", "the question of X"): an open item worded
    with one is the item it wraps ("Border issue" beside "border demarcation" is that item)."""
    return frozenset(w for word in agenda_words().wrapper for w in words_of(word))


def _wording(mentions: list[IssueMention]) -> frozenset[str]:
    return frozenset(w for m in mentions for w in words_of(m.phrase or m.label))


def _settle(round_id: str, key: str, mentions: list[IssueMention]) -> IssueStatus:
    best = max(mentions, key=lambda m: STATUS_RANK[m.status])
    raisers = [m.raised_by for m in mentions if m.raised_by and m.status in _RAISING]
    raisers += [m.raised_by for m in mentions if m.raised_by and m.status not in _RAISING]
    evidence = tuple(
        dict.fromkeys(m.evidence for m in sorted(mentions, key=lambda m: -STATUS_RANK[m.status]))
    )
    return IssueStatus(round_id, key, best.status, evidence, raisers[0] if raisers else None)


# --- merging open-vocabulary items ------------------------------------------------------------------


def merge_keys(mentions: Sequence[IssueMention]) -> dict[str, str]:
    """Each mention key → the key of the item it merges into (taxonomy keys stay as they are)."""
    out: dict[str, str] = {m.issue: m.issue for m in mentions}
    counts = Counter(m.issue for m in mentions)
    labels: dict[str, str] = {}
    for m in mentions:
        labels.setdefault(m.issue, m.label)
    sets = {k: words_of(labels[k]) for k in out if k.startswith("other:")}
    sets = {k: s for k, s in sets.items() if s}
    # Largest word sets seed the groups; a smaller set joins the one group that contains it.
    order = sorted(sets, key=lambda k: (-len(sets[k]), -counts[k], k))
    groups: list[tuple[frozenset[str], list[str]]] = []
    for k in order:
        s = sets[k]
        homes = [g for g in groups if s <= g[0]]
        if len(homes) == 1:
            homes[0][1].append(k)
        else:
            groups.append((s, [k]))
    for _s, members in groups:
        # The group takes the key of its most reported member (ties: the shortest label).
        lead = min(members, key=lambda k: (-counts[k], len(labels[k]), k))
        for k in members:
            out[k] = lead
    return out


def _issues(mentions: Sequence[IssueMention], canonical: dict[str, str], keep: set[str]) -> tuple[Issue, ...]:
    labels: dict[str, str] = {}
    aliases: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        key = canonical[m.issue]
        if m.issue == key:
            labels.setdefault(key, m.label)
        for alias in (m.phrase, m.label if m.issue != key else None):
            if alias and alias not in aliases[key] and alias != labels.get(key):
                aliases[key].append(alias)
    return tuple(
        Issue(k, labels.get(k, k), tuple(a for a in aliases[k] if a != labels.get(k))) for k in sorted(keep)
    )


# --- transitions --------------------------------------------------------------------------------------


def change(previous: str | None, current: str) -> str:
    """How ``current`` reads against the item's status at its previous reported round."""
    if previous is None:
        return "first"
    if previous == current:
        return "same"
    if current in STATUS_OTHER:
        return "turned"
    if previous in STATUS_OTHER:
        return "resumed"
    if STATUS_ORDER.index(current) > STATUS_ORDER.index(previous):
        return "advanced"
    return "reported-less"


def with_changes(statuses: Sequence[IssueStatus], rounds: Sequence[Round]) -> list[IssueStatus]:
    """The rows with ``previous`` and ``change`` filled in, walking each item's rounds in order."""
    order = {r.id: n for n, r in enumerate(_in_time(rounds))}
    out: list[IssueStatus] = []
    last: dict[str, str] = {}
    for s in sorted(statuses, key=lambda s: (order.get(s.round_id, len(order)), s.round_id, s.issue)):
        previous = last.get(s.issue)
        out.append(
            IssueStatus(
                s.round_id, s.issue, s.status, s.evidence, s.raised_by, previous, change(previous, s.status)
            )
        )
        last[s.issue] = s.status
    out.sort(key=lambda s: (s.round_id, s.issue))
    return out


def _in_time(rounds: Sequence[Round]) -> list[Round]:
    return sorted(rounds, key=lambda r: (r.planned, r.date or "9999", r.ordinal or 0))


def path(track_statuses: Sequence[IssueStatus], issue: str, rounds: Sequence[Round]) -> list[IssueStatus]:
    """One item's rows in round order: its path across the talks."""
    order = {r.id: n for n, r in enumerate(_in_time(rounds))}
    rows = [s for s in track_statuses if s.issue == issue]
    return sorted(rows, key=lambda s: order.get(s.round_id, len(order)))
