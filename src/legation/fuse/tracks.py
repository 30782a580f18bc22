"""Fusing many documents' mentions into one record per negotiation track.

* Documents are grouped into tracks by :func:`legation.fuse.keys.assign_tracks` (their sides, meetings,
  heads and third parties); a track's parties are the sides most of its reports name, less the actors
  its reports give a third-party role (host, mediator ...), which are kept as its third parties.
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from legation.fuse.issues import fuse_issues
from legation.fuse.keys import (
    BACKGROUND_DAYS,
    GROUP_KEY,
    forum_of_key,
    key_form,
    key_of,
    key_parties,
    parties_of_key,
    place_key,
    starts_track,
    with_movements,
    with_outsider,
)
from legation.fuse.names import name_words, same_person, same_venue, venue_key
from legation.fuse.views import assign_views
from legation.model import (
    Actor,
    Analysis,
    Conflict,
    Evidence,
    Head,
    MeetingMention,
    Round,
    Sourced,
    Statement,
    ThirdParty,
    TimeValue,
    Track,
)
from legation.nlp.actors import SOFT_ROLES
from legation.nlp.meetings import (
    LOOSE_DATE_DAYS,
    NEGOTIATOR_WORDS,
    NEXT_WORDS,
    VISIT_DAYS,
    announced_only,
    announced_window,
    days_lasted,
)

ROUND_FIELDS = ("date", "city", "venue", "duration", "format", "ordinal")
#: Dates within this many days are one meeting (a report dated by its dateline can be a day off).
DATE_TOLERANCE_DAYS = 1
#: A held round of one ordinal in one city can last this long: reports of its first and of its last day
#: ("the sixth round opened on ...", "the sixth round ended on ...") are one round, not two.
ROUND_SPAN_DAYS = 21
#: Talks a report says opened on one day and another says closed on a later day are one round when the
#: two days are at most this far apart (a round of talks without an ordinal rarely runs longer).
STAGE_SPAN_DAYS = 7
#: The stages that are one end of a meeting (:attr:`MeetingMention.stage`), unlike "going" (a day after
#: its first).
_ENDS = frozenset({"opened", "closed"})
#: ... and at most this far apart when both reports give the round the same ordinal ("began a second round
#: of talks" and "wrapped up the second round" a month later: rounds of peace talks often last weeks).
NUMBERED_STAGE_SPAN_DAYS = 45
#: Days beyond which no rule of :meth:`_Cluster.accepts` other than a length of talks a report gives joins
#: a dated mention to a dated round: the widest of the spans it reads (a day either side, a visit's days,
#: a numbered round's span, a round opened and closed with a day either side), with a day to spare.
REACH_DAYS = (
    max(DATE_TOLERANCE_DAYS, VISIT_DAYS, ROUND_SPAN_DAYS, STAGE_SPAN_DAYS, NUMBERED_STAGE_SPAN_DAYS + 1) + 1
)


def track_key(analysis: Analysis) -> str | None:
    """The track a document would start on its own: its sorted sides; None when it starts none.

    Which track a document joins depends on the tracks already there: see :func:`assign_tracks`.
    """
    if analysis.skipped or not starts_track(analysis):
        return None
    return key_of(key_parties(analysis))


def fuse(analyses: Iterable[Analysis]) -> list[Track]:
    """Every track of these documents, each fused from the documents keyed to it."""
    groups: dict[str, list[Analysis]] = defaultdict(list)
    for view, key in assign_views(list(analyses)):
        groups[key].append(view)
    return [fuse_track(key, items) for key, items in sorted(groups.items())]


def fuse_track(key: str, analyses: list[Analysis]) -> Track:
    """One track from the documents keyed to it (the store re-fuses a track this way, from its key)."""
    return _fuse_track(key, sorted(analyses, key=lambda a: (a.document.published, a.document.id)))


@dataclass
class _Cluster:
    mentions: list[tuple[Analysis, MeetingMention]] = field(default_factory=list)
    #: What :meth:`dates`, :meth:`ordinals` and :meth:`cities` last read, and from how many mentions:
    #: every mention of the track asks every cluster, so each is read again only once the cluster has
    #: grown (mentions are only ever added to a cluster, never replaced or removed).
    _read: dict[str, tuple[int, Any]] = field(default_factory=dict, repr=False, compare=False)
    #: the track's sides under all their names: a mediator or host a report names at the talks is no
    #: other side meeting (empty: every party a mention names counts)
    track_sides: frozenset[str] = frozenset()

    def _cached(self, what: str, read: Callable[[], Any]) -> Any:
        seen = self._read.get(what)
        if seen is None or seen[0] != len(self.mentions):
            seen = self._read[what] = (len(self.mentions), read())
        return seen[1]

    def dates(self) -> list[dt.date]:
        dates: list[dt.date] = self._cached(
            "dates",
            lambda: [dt.date.fromisoformat(m.date.value) for _a, m in self.mentions if m.date is not None],
        )
        return dates

    def ranges(self) -> list[tuple[dt.date, dt.date]]:
        """The ranges of days its reports date the meeting by ("held talks from 6 to 10 March")."""
        ranges: list[tuple[dt.date, dt.date]] = self._cached(
            "ranges", lambda: [r for _a, m in self.mentions if (r := _range(m)) is not None]
        )
        return ranges

    def _close(self, m: MeetingMention, day: dt.date, dates: list[dt.date]) -> bool:
        """Whether a day is the cluster's meeting's by date: within a day of one of its days, or within
        the range of days a report of either gives the talks (a later report of the talks' last day)."""
        tolerance = dt.timedelta(days=DATE_TOLERANCE_DAYS)
        if any(abs(day - x) <= tolerance for x in dates):
            return True
        if any(first - tolerance <= day <= last + tolerance for first, last in self.ranges()):
            return True
        own = _range(m)
        return own is not None and any(own[0] - tolerance <= x <= own[1] + tolerance for x in dates)

    def ordinals(self) -> set[int]:
        ordinals: set[int] = self._cached(
            "ordinals", lambda: {m.ordinal for _a, m in self.mentions if m.ordinal is not None}
        )
        return ordinals

    def main_ordinals(self) -> set[int]:
        """The ordinals most of the cluster's reports give it (all of them when they tie): a report that
        counts the round otherwise (an earlier series with it) does not make it the round of its number."""
        main: set[int] = self._cached("main_ordinals", self._count_main_ordinals)
        return main

    def _count_main_ordinals(self) -> set[int]:
        counts = Counter(m.ordinal for _a, m in self.mentions if m.ordinal is not None)
        top = max(counts.values(), default=0)
        return {o for o, n in counts.items() if n == top}

    def cities(self) -> set[str]:
        cities: set[str] = self._cached(
            "cities", lambda: {_norm(m.city) for _a, m in self.mentions if m.city}
        )
        return cities

    def levels(self) -> set[str]:
        levels: set[str] = self._cached("levels", lambda: {m.level for _a, m in self.mentions if m.level})
        return levels

    def vague(self) -> bool:
        """A planned round its reports date by no day and number by no ordinal ("next week", "soon")."""
        vague: bool = self._cached("vague", lambda: all(announced_only(m) for _a, m in self.mentions))
        return vague

    def sides(self) -> set[str]:
        sides: set[str] = self._cached("sides", lambda: {p for _a, m in self.mentions for p in m.parties})
        return sides

    def _other_sides(self, m: MeetingMention) -> bool:
        """Whether the mention and the cluster both name sides of the track, and none in common (a report
        that names only the mediator at the talks names no other sides: "UN-backed talks collapsed")."""
        sides, theirs = self.sides(), set(m.parties)
        if self.track_sides:
            sides, theirs = sides & self.track_sides, theirs & self.track_sides
        return bool(theirs and sides and not theirs & sides)

    def anchors(self) -> list[dt.date]:
        return [a.document.anchor for a, _m in self.mentions]

    @property
    def planned(self) -> bool:
        planned: bool = self._cached("planned", lambda: all(m.planned for _a, m in self.mentions))
        return planned

    def reach(self) -> tuple[dt.date, dt.date, int] | None:
        """The cluster's first day, its last (or the last of a range a report gives) and the most days a
        report says its talks lasted; None when no report dates it."""
        return self._cached("reach", self._read_reach)  # type: ignore[no-any-return]

    def _read_reach(self) -> tuple[dt.date, dt.date, int] | None:
        dates = self.dates()
        if not dates:
            return None
        last = max([*dates, *(r[1] for r in self.ranges())])
        lasted = max((days_lasted(n.duration) for _a, n in self.mentions), default=0)
        return min(dates), last, lasted

    def beyond_reach(self, reach: tuple[dt.date, dt.date, int] | None) -> bool:
        """Whether a dated mention (``reach``: its first day, last day and the days it says its talks
        lasted, :func:`_reach`) is so many days from every day of the cluster that :meth:`accepts` cannot
        take it: every mention of a track asks every cluster, and most are weeks or months apart, so
        this cheap test runs first (its bound is :data:`REACH_DAYS`, or a longer length of talks)."""
        ours = self.reach() if reach is not None else None
        if ours is None or reach is None:
            return False
        gap = max((ours[0] - reach[1]).days, (reach[0] - ours[1]).days)
        return gap > max(REACH_DAYS, reach[2], ours[2])

    def accepts(self, a: Analysis, m: MeetingMention) -> bool:
        if m.level and self.levels() and m.level not in self.levels():
            return False  # the ministers' meeting and the leaders' summit of one week: two rounds
        if m.planned != self.planned and m.date is None:
            return bool(m.ordinal is not None and m.ordinal in self.main_ordinals())
        if m.date is None and m.ordinal is not None and not self.ordinals() and self.dates():
            # "the 13th leaders' meeting", in a track that dates the leaders' meeting and numbers none
            return (bool(m.level) and self.levels() == {m.level}) or self._days_before(a, m)
        dates = self.dates()
        if m.date is not None and dates:
            d = dt.date.fromisoformat(m.date.value)
            if not self._close(m, d, dates):
                return (
                    self._during_visit(m, d, dates) or self._spans(m, d, dates) or self._still_open(a, m, d)
                )
            if self._told_apart(a, m, d):
                return False
            if d not in dates and self._led_by_others(m):
                return False  # the next day a side led by someone else: another meeting, not another day
            if self._plan_and_a_third(m):
                return False
            # Same days, same place: one meeting, whatever ordinal each outlet counts it by (a conflict).
            return not (m.city and self.cities() and _norm(m.city) not in self.cities())
        if m.ordinal is not None:
            # an undated "fourth round" in another city is another outlet's count of another meeting: it
            # never lends its venue to the round of that number held elsewhere
            return m.ordinal in self.ordinals() and not (
                m.city and self.cities() and _norm(m.city) not in self.cities()
            )
        return False

    def _days_before(self, a: Analysis, m: MeetingMention) -> bool:
        """Whether an undated, numbered round its report says lasted days ("the proposal emerged after six
        days of talks, the third round") is this held round that no report numbers, dated within those
        days before the report: the talks the report tells the end of, numbered by one outlet only."""
        days = days_lasted(m.duration)
        if m.planned or self.planned or days < 2 or self.ordinals():
            return False
        if m.city and self.cities() and _norm(m.city) not in self.cities():
            return False
        anchor = a.document.anchor
        first = anchor - dt.timedelta(days=days + DATE_TOLERANCE_DAYS)
        return any(first <= d <= anchor for d in self.dates())

    def fit(self, m: MeetingMention) -> tuple[bool, bool, bool, int, bool]:
        """How well a mention the cluster accepts fits it, for a mention several clusters accept (a report
        with no place of a meeting on a day between two): the same day, a day next to one of its days (not
        one only a report's length of the talks reaches: "six days of talks" from the next round's first
        day reach back to the round before), the same place, more sides."""
        same_day = m.date is not None and m.date.value[:10] in {d.isoformat() for d in self.dates()}
        near = m.date is not None and self._close(m, dt.date.fromisoformat(m.date.value[:10]), self.dates())
        same_city = m.city is not None and _norm(m.city) in self.cities()
        # last: an undated round goes to the round of its number before one its days reach back to
        numbered = m.ordinal is not None and m.ordinal in self.ordinals()
        return same_day, near, same_city, len(self.sides() & set(m.parties)), numbered

    def _told_apart(self, a: Analysis, m: MeetingMention, day: dt.date) -> bool:
        """Whether the mention's own report already tells it from the cluster's meeting: two meetings it
        dates on different days, one of which it names no side, place or ordinal of ("the summit that
        ended on Saturday", in a report of talks held on Sunday), are two meetings, not two days of one.
        An announced one is not told apart ("they meet again tomorrow": the next day of the same), unless
        its report tells it beside a held meeting of the cluster on the same day with another head of a side
        ("X met Y this morning ... is expected to meet Z later this afternoon": two meetings of one day)."""
        if m.planned:
            return self._led_by_others(m) and any(
                b.document.id == a.document.id
                and not n.planned
                and n.date is not None
                and n.date.value[:10] == day.isoformat()
                for b, n in self.mentions
            )
        return any(
            b.document.id == a.document.id
            and not n.planned
            and n.date is not None
            and n.date.value[:10] != day.isoformat()
            and (_bare(m) or _bare(n))
            for b, n in self.mentions
        )

    def _plan_and_a_third(self, m: MeetingMention) -> bool:
        """Whether a meeting planned between the track's sides and a meeting held of one side with a
        third party (its call with the mediator the day before: "X told the Omani minister in a phone
        call") would join: the sides' round to come is not that side's talks with another, whatever their
        days."""
        if not self.track_sides or m.planned == self.planned:
            return False
        held = [n for _a, n in self.mentions if not n.planned] or ([] if m.planned else [m])
        plans = [n for _a, n in self.mentions if n.planned] or ([m] if m.planned else [])
        with_third = all(len(n.parties) >= 2 and _one_side_and_others(n, self.track_sides) for n in held)
        return bool(held) and with_third and any(len(self.track_sides & set(n.parties)) >= 2 for n in plans)

    def _led_by_others(self, m: MeetingMention) -> bool:
        """Whether the mention names a side's head and the cluster's reports name that side's heads, none of
        them the same person: "signed by A and Z" a day after "A met Y" (Y and Z of one side) is the
        signing, another meeting."""
        sides = self.sides() | set(m.parties)
        ours = [h for _a, n in self.mentions for h in n.heads if h.actor.party]
        return any(
            any(o.actor.party == h.actor.party for o in ours)
            and not any(_one_person(h, o, sides) for o in ours if o.actor.party == h.actor.party)
            for h in m.heads
            if h.actor.party
        )

    def _spans(self, m: MeetingMention, day: dt.date, dates: list[dt.date]) -> bool:
        """Whether a held mention of the cluster's ordinal and city, dated some days from it, is another
        day of the same round (a round lasting days or weeks), not another meeting; or one in the
        cluster's city within the days a report says the talks lasted ("after four days of talks")."""
        if m.planned or self.planned:
            return False
        cities = self.cities()
        # in its city; or, where the mention or the cluster gives no city, between sides not others
        here = _norm(m.city) in cities if m.city and cities else not self._other_sides(m)
        if here and (self._lasted(m, day) or self._opened_and_closed(m, day) or self._goes_on(m, day)):
            return True  # in its city, or in no city the report gives, between sides not others
        if m.ordinal is None or m.ordinal not in self.ordinals():
            return False
        if m.city and self.cities() and _norm(m.city) not in self.cities():
            return False
        return all(abs((day - x).days) <= ROUND_SPAN_DAYS for x in dates)

    def _still_open(self, a: Analysis, m: MeetingMention, day: dt.date) -> bool:
        """Whether the mention's own report tells the talks opening on one day and tells them again a few
        days later, with no end between ("the 13th round, which had opened on Monday" in a report of the
        talks' crisis on Friday): one round, its later day, in no other city and between no other sides."""
        if m.planned or self.planned or (m.city and self.cities() and _norm(m.city) not in self.cities()):
            return False
        if self._other_sides(m):
            return False
        ours = [
            (n, dt.date.fromisoformat(n.date.value[:10]))
            for b, n in self.mentions
            if b.document.id == a.document.id and n.date is not None and not n.planned
        ]
        if not ours:
            return False
        if m.stage == "opened":  # the cluster holds the report's later days
            return all(0 < (x - day).days <= STAGE_SPAN_DAYS for x in self.dates())
        return any(
            n.stage == "opened" and 0 < (day - first).days <= STAGE_SPAN_DAYS for n, first in ours
        ) and all(x <= day for x in self.dates())

    def _during_visit(self, m: MeetingMention, day: dt.date, dates: list[dt.date]) -> bool:
        """Whether a held mention dated by the end of a visit (:attr:`MeetingMention.departure`) is the
        cluster's meeting, held in the visit's days before: a head or a side in common, every day of the
        cluster within :data:`VISIT_DAYS` before the visit ended."""
        if not m.departure or m.planned or self.planned:
            return False
        if not all(0 < (day - x).days < VISIT_DAYS for x in dates):
            return False
        names = {h.actor.name for _a, n in self.mentions for h in n.heads}
        return any(h.actor.name in names for h in m.heads) or (
            len(m.parties) >= 2 and set(m.parties) <= self.sides()
        )

    def _goes_on(self, m: MeetingMention, day: dt.date) -> bool:
        """Whether the mention tells the talks going on ("the talks continued on Thursday") a few days
        after every day of the cluster: a later day of its round, not a new one."""
        return m.stage == "going" and all(0 < (day - x).days <= STAGE_SPAN_DAYS for x in self.dates())

    def _opened_and_closed(self, m: MeetingMention, day: dt.date) -> bool:
        """Whether the mention tells the first day of the cluster's talks and a report of the cluster the
        last, or the other way round, a few days apart ("talks opened on Monday", "talks ended on
        Thursday"), with every day of the cluster between them."""
        if m.stage not in _ENDS:
            return False
        numbered = m.ordinal is not None and m.ordinal in self.ordinals()
        span = NUMBERED_STAGE_SPAN_DAYS if numbered else STAGE_SPAN_DAYS
        for _a, n in self.mentions:
            if n.stage not in _ENDS or n.stage == m.stage or n.date is None or n.planned:
                continue
            other = dt.date.fromisoformat(n.date.value[:10])
            first, last = (day, other) if m.stage == "opened" else (other, day)
            if 0 < (last - first).days <= span and all(
                (first - x).days <= 1 and (x - last).days <= 1 for x in self.dates()
            ):
                return True
        return False

    def _lasted(self, m: MeetingMention, day: dt.date) -> bool:
        """Whether the mention's day and the cluster's days fit in the days one of them says the talks
        lasted."""
        own = days_lasted(m.duration)
        lasted: list[int] = [own] if own >= 2 else []
        lasted += self._cached(
            "lasted", lambda: [d for _a, n in self.mentions if (d := days_lasted(n.duration)) >= 2]
        )
        if not lasted:
            return False
        dates = self.dates()
        # "after two days of talks", said the day after they ended: the day of saying is within reach
        return any(all(abs((day - x).days) <= days for x in dates) for days in lasted)


def _range(m: MeetingMention) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a held meeting dated by a range of days; None for a single day."""
    if m.planned or m.date is None or not m.date.finish or len(m.date.value) < 10:
        return None
    first, last = dt.date.fromisoformat(m.date.value[:10]), dt.date.fromisoformat(m.date.finish[:10])
    return (first, last) if first < last else None


def _reach(m: MeetingMention) -> tuple[dt.date, dt.date, int] | None:
    """A dated mention's first day, last day (of the range of days it gives, if any) and the days it says
    its talks lasted, for :meth:`_Cluster.beyond_reach`; None when it gives no day."""
    if m.date is None:
        return None
    day = dt.date.fromisoformat(m.date.value[:10])
    own = _range(m)
    return day, own[1] if own is not None else day, days_lasted(m.duration)


def _bare(m: MeetingMention) -> bool:
    """A meeting mention that gives a date and nothing else of its meeting (no side, place or ordinal)."""
    return not (m.parties or m.city or m.ordinal is not None)


def _fuse_track(key: str, analyses: list[Analysis]) -> Track:
    analyses = with_movements(analyses)  # a movement one report names bare is the track's movement
    parties, third_parties, party_names = _sides(key, analyses)
    subject = _subject(analyses)
    # Another negotiation between the same sides (years apart) is numbered like its key: "...#2".
    number = f"-{key.rsplit('#', 1)[1]}" if "#" in key else ""
    # a forum's track is named after the grouping, not its many members
    forum = forum_of_key(key)
    named = [forum] if forum is not None else list(parties)
    track_id = _slug(f"{'-'.join(named)}-{subject or 'talks'}{number}")
    # a forum's meeting told as the grouping's own ("leaders of APEC's member economies met") is its members'
    sides = {*parties, *(w for ws in party_names.values() for w in ws), *([forum] if forum else [])}
    clusters = _cluster(analyses, sides, {*sides, *(t.name for t in third_parties)}, forum is not None)
    outside = {t.name for t in third_parties} - set(parties)
    # the people the track's reports give a side, as heads or as speakers, for heads a report leaves unsided
    sided = [
        *((h.actor, h.evidence.document_id) for c in clusters for _a, m in c.mentions for h in m.heads),
        *(
            (s.speaker, s.evidence.document_id)
            for a in analyses
            for s in a.statements
            if s.speaker.kind == "person" and not s.generic
        ),
    ]
    rounds, where = _rounds(
        track_id, clusters, outside, _side_finder(p for p in sided if p[0].party in parties)
    )
    issues, statuses = fuse_issues(analyses, where, rounds, party_names)
    conflicts = tuple(c for r in rounds for c in _conflicts(r))
    name = f"{' – '.join(named)}: {subject}" if subject else f"{' – '.join(named)} talks"
    return Track(
        id=track_id,
        name=name,
        parties=parties,
        subject=subject or None,
        documents=tuple(a.document.id for a in analyses),
        rounds=tuple(rounds),
        issues=issues,
        issue_status=tuple(statuses),
        statements=_speakers_sided(
            tuple(s for a in analyses for s in a.statements), rounds, _party_of_wording(parties, party_names)
        ),
        events=tuple(e for a in analyses for e in a.events),
        conflicts=conflicts,
        third_parties=third_parties,
        party_names=party_names,
    )


#: A side named by no more than this share of a track's reports is a bystander of some of them.
SIDE_SHARE = 1 / 3
#: An actor is a third party of the track when its third-party roles are at least this share of the
#: reports that name it as a side.
THIRD_SHARE = 1 / 3


def _sides(
    key: str, analyses: list[Analysis]
) -> tuple[tuple[str, ...], tuple[ThirdParty, ...], dict[str, tuple[str, ...]]]:
    """The track's parties (display names), third parties and every wording of each party."""
    side_count: Counter[str] = Counter()
    movement_names: Counter[str] = Counter()
    wordings: dict[str, list[str]] = defaultdict(list)
    roles: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    # each role's evidence as a set too: a track of many reports names its mediator in most of them, and
    # asking the list whether it holds each new piece compares it with every piece kept
    roles_held: dict[tuple[str, str], set[Evidence]] = defaultdict(set)
    role_docs: Counter[str] = Counter()
    met: Counter[str] = Counter()
    for a in analyses:
        side_count.update(key_parties(a))
        # (a meeting it only announces shows who takes part too: "X's minister will visit Y for talks")
        met.update(
            {key_form(p, a) for m in (*a.meetings, *a.announced) if len(m.parties) >= 2 for p in m.parties}
        )
        for name in a.movements:
            movement_names[name] += 1
        for party, names in a.party_names.items():
            form = key_form(party, a)
            wordings[form] += [party, *names]
        for t in a.third_parties:
            held = roles_held[(t.name, t.role)]
            new = [e for e in t.evidence if e not in held]
            roles[(t.name, t.role)] += new
            held.update(new)
        role_docs.update({t.name for t in a.third_parties})
    keyed = sorted(parties_of_key(key))
    if forum_of_key(key) is not None:
        # a forum's sides: every member its reports name, whatever each names (keys.forum_key); a report
        # of no forum that tells of its meeting names no member (keys._forum_met)
        members = Counter(p for a in analyses if a.forum for p in key_parties(a)) or side_count
        forms = sorted(members, key=lambda p: (-members[p], p))
        return _named_sides(forms, wordings, roles, movement_names)
    # a share of the reports that see two sides or more: a report of one side's meeting with a mediator,
    # or of none, names no fewer sides of the talks for it
    threshold = SIDE_SHARE * max(1, sum(1 for a in analyses if len(key_parties(a)) >= 2))
    # by count, then name: reports' sides are sets, so ties must not follow the hash order of a run
    forms = [p for p, n in sorted(side_count.items(), key=lambda pn: (-pn[1], pn[0])) if n > threshold]
    forms = [p for p in forms if not (role_docs[p] and role_docs[p] >= THIRD_SHARE * side_count[p])] or keyed
    if sum(1 for p in forms if met[p]) >= 2:
        # Sides seen taking part in a meeting outrank actors only named near the talks.
        forms = [p for p in forms if met[p]]
    forms += _sides_by_count(analyses, forms, roles, side_count)
    for name, evidence in _go_betweens(analyses, forms, side_count).items():
        forms.remove(name)
        roles[(name, "mediator")] += evidence
    return _named_sides(forms, wordings, roles, movement_names)


def _named_sides(
    forms: list[str],
    wordings: dict[str, list[str]],
    roles: dict[tuple[str, str], list[Evidence]],
    movement_names: Counter[str],
) -> tuple[tuple[str, ...], tuple[ThirdParty, ...], dict[str, tuple[str, ...]]]:
    """The track's parties under their display names, its third parties (every actor given a role that
    is no party) and the wordings of each party."""
    display = {GROUP_KEY: _movement_name(movement_names)}
    parties = tuple(sorted(display.get(p, p) for p in forms))
    third = tuple(
        ThirdParty(name, role, tuple(evidence))
        for (name, role), evidence in sorted(roles.items())
        if name not in forms
    )
    party_names = {
        display.get(p, p): tuple(dict.fromkeys(w for w in wordings.get(p, []) if w != display.get(p, p)))
        for p in sorted(forms, key=lambda p: display.get(p, p))
    }
    return parties, third, party_names


def _sides_by_count(
    analyses: list[Analysis],
    forms: list[str],
    roles: dict[tuple[str, str], list[Evidence]],
    side_count: Counter[str],
) -> list[str]:
    """The sides a track lacks when its reports say how many sides talk ("six-party talks") and name
    fewer: the sides a report lists in one sentence ("the six-party talks, which involve A, B, ..."), else
    the hosts and chairs some report names as a side (the host of six-party talks negotiates)."""
    sizes = Counter(a.size for a in analyses if a.size).most_common(1)
    if not sizes or len(forms) >= sizes[0][0]:
        return []
    size = sizes[0][0]
    listed = Counter(
        tuple(sorted(key_form(p, a) for p in a.members)) for a in analyses if len(a.members) == size
    ).most_common(1)
    if listed and set(forms) <= set(listed[0][0]):
        return [p for p in listed[0][0] if p not in forms]  # a report lists every side
    soft = {name for (name, role) in roles if role in SOFT_ROLES}
    extra = sorted((p for p in soft if side_count[p] and p not in forms), key=lambda p: -side_count[p])
    extra = extra[: size - len(forms)]
    return extra


def _go_betweens(
    analyses: list[Analysis], forms: list[str], side_count: Counter[str]
) -> dict[str, list[Evidence]]:
    """Actors that meet each of the two main sides but are never reported meeting both at once, and that
    most reports do not name as a side: an envoy shuttling between the sides is a mediator, not a side."""
    meetings = [({key_form(p, a) for p in m.parties}, m.evidence[0]) for a in analyses for m in a.meetings]
    pairs: Counter[tuple[str, str]] = Counter()
    for sides, _e in meetings:
        ranked = sorted(sides & set(forms))
        pairs.update((a, b) for i, a in enumerate(ranked) for b in ranked[i + 1 :])
    if not pairs or len(forms) < 3:
        return {}
    sizes = Counter(a.size for a in analyses if a.size).most_common(1)
    if sizes and sizes[0][0] >= len(forms):
        return {}  # "six-party talks" with six sides named: one that meets one other side is one of the six
    best = max(pairs, key=lambda pair: (pairs[pair], side_count[pair[0]] + side_count[pair[1]]))
    core = set(best)
    found: dict[str, list[Evidence]] = {}
    for name in forms:
        if name in core or side_count[name] * 2 >= len(analyses):
            continue
        with_both = any(core <= sides and name in sides for sides, _e in meetings)
        with_one = [e for sides, e in meetings if name in sides and sides & core]
        if with_one and not with_both:
            found[name] = with_one
    return found


def _movement_name(names: Counter[str]) -> str:
    """The movement's name on the track: the name most reports give it, a proper name before a noun."""
    if not names:
        return GROUP_KEY
    return max(names, key=lambda n: (n[:1].isupper() and len(n.split()) > 1, names[n], len(n)))


def _subject(analyses: list[Analysis]) -> str | None:
    """The subject most of the track's reports have (ties: alphabetical, so rebuilds agree)."""
    counts = Counter(a.subject for a in analyses if a.subject)
    if not counts:
        return None
    return min(counts, key=lambda s: (-counts[s], s))


def _placed(a: Analysis, m: MeetingMention) -> MeetingMention | None:
    """A mention as its report's date places it: a "held" meeting dated after the report is announced,
    one dated months before it is background (None)."""
    if m.date is None:
        return m
    day = dt.date.fromisoformat(m.date.value[:10])
    if not m.planned and (day - a.document.anchor).days > DATE_TOLERANCE_DAYS:
        return replace(m, planned=True)
    if not m.planned and (a.document.anchor - day).days > BACKGROUND_DAYS:
        return None
    return m


def _corroborated(c: _Cluster, sided: set[str], forum: bool = False) -> bool:
    """A held round needs more than a date next to a meeting word: an ordinal, the two sides that met
    (named, or their heads), a place or a head of a side (unless the meeting is one side's, recalled
    from weeks before), or a second report. A meeting that its reports only ever see one side at, with
    a person no report ties to an actor (and no ordinal), is that side's meeting with an outsider ("the
    Pope met X"), not a round of X's negotiation; ``sided``: the names of the people the track's reports
    give a side as heads, who are no outsiders though one report names them bare; ``forum``: the track is
    a grouping's, whose leaders' summit is its members' round."""
    if c.planned:
        return True
    sources = {a.document.id for a, _m in c.mentions}
    held = [m for _a, m in c.mentions if not m.planned]  # announcements do not say who was met
    outsiders = [m for m in held if with_outsider(m) and not _known_person(m.outsider or "", sided)]
    if outsiders and all(len(m.parties) <= 1 and m.ordinal is None for m in held):
        return False
    if (
        c.track_sides
        and held
        and all(m.ordinal is None and _one_side_and_others(m, c.track_sides) for m in held)
    ):
        return False  # "the host's envoy met the rebels' chairman at their camp": a visit, not a round
    seen = {s for _a, m in c.mentions for s in m.sides_seen}
    if not forum and c.levels() == {"leaders"} and len(seen) == 1 and seen <= c.track_sides:
        # "EU leaders ... at their summit": one side's own summit, not a round with the other (a forum's
        # summit, told as the grouping's, is the round of its members' track; "the two leaders met" at
        # a mediator's office, told with the mediator alone, is the sides' meeting)
        return False
    return len(sources) > 1 or any(
        m.ordinal is not None or _two_sides(m) or (_placed_or_led(m) and not _recalled(a, m))
        for a, m in c.mentions
    )


def _one_side_and_others(m: MeetingMention, sides: frozenset[str]) -> bool:
    """Whether a meeting sees one side of the track only, with a third party or an outsider: a mediator's,
    an observer's or a host's meeting with that side, part of its negotiation but no round of it."""
    seen = m.sides_seen
    return len(seen & sides) == 1 and bool(seen - sides)


def _known_person(name: str, sided: set[str]) -> bool:
    """Whether a name is one of the ``sided`` people's, in full, by some of its words, or with a title
    before it ("Archbishop X Y" is X Y)."""
    words = set(name.split())
    return bool(words) and any(words <= (other := set(full.split())) or other <= words for full in sided)


def _placed_or_led(m: MeetingMention) -> bool:
    """A meeting with a place, or with a head tied to a side (not "X led his team on a tour of the
    sites", a man of no side's delegation)."""
    return bool(m.city or m.venue or any(h.actor.party for h in m.heads))


def _two_sides(m: MeetingMention) -> bool:
    """Whether a mention sees the sides meet: two sides named, two people at the table, or one person
    whose role is to negotiate ("chief negotiator X said the meeting agreed ..."). One other person of one
    side ("X met three contacts", "X led his team on a tour of the sites") is that side's own business,
    not a round of its negotiation."""
    sides = m.sides_seen
    return (
        len(sides) >= 2
        or len(m.heads) >= 2
        or any(w in NEGOTIATOR_WORDS for h in m.heads for w in (h.actor.role or "").lower().split())
    )


def _recalled(a: Analysis, m: MeetingMention) -> bool:
    """A held meeting its report dates more than a week back: recalled, not the news of the report
    ("poisoned at the hotel where X met his contacts on November 1", in a December report), so its
    place alone does not make it a round."""
    if m.date is None or m.planned:
        return False
    return (a.document.anchor - dt.date.fromisoformat(m.date.value[:10])).days > LOOSE_DATE_DAYS


def _ours(a: Analysis, m: MeetingMention, sides: set[str], known: set[str]) -> bool:
    """Whether a meeting can be one of the track's: it names no side that is neither a party nor a third
    party of the track (a summit of one side with an outsider, or an outsider's meeting, is another), and
    when it names two or more, one of the track's parties (two mediators meeting each other hold no
    round)."""
    # one outsider alone is another meeting too ("a meeting here Friday between the President and the
    # Japanese Prime Minister" in a report of other talks)
    forms = [(p, key_form(p, a)) for p in m.parties]
    if not all(p in known or form in known for p, form in forms):
        return False
    return len(forms) < 2 or any(p in sides or form in sides or form == GROUP_KEY for p, form in forms)


#: Levels of meeting (``level`` words of ``meetings.yaml``) at which a forum's members do not meet: the
#: forum's CEO summit or business council, held beside its ministers' and leaders' meetings.
SIDELINE_LEVELS = frozenset({"business"})


def _cluster(
    analyses: list[Analysis], sides: set[str], known: set[str], forum: bool = False
) -> list[_Cluster]:
    """The track's meetings grouped into rounds. ``forum``: the track is a grouping's, whose business
    people's meetings (:data:`SIDELINE_LEVELS`) are none of its rounds; the gatherings one side is to
    attend (:attr:`MeetingMention.gone_to`) are a forum's rounds, and none of a track of two sides."""
    clusters: list[_Cluster] = []
    # Mentions with a date first, so that ordinal-only mentions find the dated round they name.
    mentions = [
        (a, p)
        for a in analyses
        for m in (*a.meetings, *a.announced)
        if (p := _placed(a, m)) is not None
        and _ours(a, m, sides, known)
        and not (forum and m.level in SIDELINE_LEVELS)
        and (forum or not m.gone_to)
    ]
    mentions = _recounted(mentions)
    # those with a place first, so that one with none finds the round of its day whatever the order; and
    # before them those that say how many days the talks lasted, which join the days between
    # (and those dated by the end of a visit last: they join the visit's round dated by another report)
    mentions.sort(
        key=lambda am: (
            am[1].date is None,
            am[1].planned,
            am[1].departure,
            days_lasted(am[1].duration) < 2,
            am[1].city is None,
        )
    )
    for a, m in mentions:
        if announced_only(m):
            target = _announced_round(clusters, a, m)
        else:
            reach = _reach(m)
            fits = [c for c in clusters if not c.vague() and not c.beyond_reach(reach) and c.accepts(a, m)]
            target = max(fits, key=lambda c: c.fit(m)) if fits else None
        if target is None:
            clusters.append(_Cluster([(a, m)], track_sides=frozenset(sides)))
        else:
            target.mentions.append((a, m))
    # A planned round that a later report says was held is the held round (announced, then held).
    held_ordinals = {o for c in clusters if not c.planned for o in c.main_ordinals()}
    for c in clusters:
        if c.planned and c.ordinals() & held_ordinals and not any(m.fate for _a, m in c.mentions):
            into = next(h for h in clusters if not h.planned and h.main_ordinals() & c.ordinals())
            into.mentions += [(a, m) for a, m in c.mentions if m.date is None]
    _number_the_unnumbered(clusters)
    # A planned meeting dated before a round held later was postponed or folded into it: not pending
    # (one a report told was put off or called off stays, with that fate).
    last_held = max((d for c in clusters if not c.planned for d in c.dates()), default=None)
    sided = {h.actor.name for c in clusters for _a, m in c.mentions for h in m.heads if h.actor.party}
    return [
        c
        for c in clusters
        if c.mentions
        and _corroborated(c, sided, forum)
        and not (c.planned and c.ordinals() & held_ordinals)
        and not (
            c.planned
            and last_held is not None
            and c.dates()
            and max(c.dates()) < last_held
            and not _not_overtaken(c, clusters)
        )
    ]


def _not_overtaken(planned: _Cluster, clusters: list[_Cluster]) -> bool:
    """Whether a planned meeting dated before a round held later stays a planned round of its own: a
    report told its fate ("the talks due on Monday were postponed", "called off") and no round was held
    within :data:`RESCHEDULED_DAYS` after its day (talks put off by a few days and then held are that held
    round, rescheduled)."""
    if not any(m.fate in ("postponed", "cancelled") for _a, m in planned.mentions):
        return False
    day = max(planned.dates())
    soon = day + dt.timedelta(days=RESCHEDULED_DAYS)
    return not any(day < d <= soon for c in clusters if not c.planned for d in c.dates())


#: The days after a put-off meeting's day within which a round held is that meeting, rescheduled.
RESCHEDULED_DAYS = 7


def _recounted(mentions: list[tuple[Analysis, MeetingMention]]) -> list[tuple[Analysis, MeetingMention]]:
    """The rounds a report numbers only as "the next" one, numbered from the ordinal most of the track's
    reports give the round it counts from: a report that counts that round otherwise ("the fourth round",
    counting an earlier series) would number the next one apart from the others' ("the fourth round")."""
    told: dict[str, Counter[int]] = {}
    for _a, m in mentions:
        if not m.planned and m.date is not None and m.ordinal is not None:
            told.setdefault(m.date.value[:10], Counter())[m.ordinal] += 1
    out = []
    for a, m in mentions:
        counts = told.get(m.counted_from[0]) if m.counted_from is not None else None
        if m.counted_from is not None and counts:
            (most, n), *rest = counts.most_common()
            if not rest or n > rest[0][1]:  # only when most of them agree
                m = replace(m, ordinal=most + m.counted_from[1])
        out.append((a, m))
    return out


def _number_the_unnumbered(clusters: list[_Cluster]) -> None:
    """An undated held round one report numbers ("a constructive first round") is the one dated held
    round no report numbers between the rounds numbered before and after it ("the second round began on
    July 17"): moved into it, when there is exactly one such round and their cities do not differ."""
    held = [c for c in clusters if not c.planned]
    numbered = [(min(c.ordinals()), min(c.dates())) for c in held if c.ordinals() and c.dates()]
    for c in held:
        if c.dates() or len(c.ordinals()) != 1:
            continue
        (k,) = c.ordinals()
        before = max((d for o, d in numbered if o < k), default=None)
        after = min((d for o, d in numbered if o > k), default=None)
        if after is None:
            continue
        between = [
            h
            for h in held
            if h.dates()
            and not h.ordinals()
            and min(h.dates()) < after
            and (before is None or min(h.dates()) > before)
            and not (h.cities() and c.cities() and not h.cities() & c.cities())
        ]
        if len(between) == 1:
            between[0].mentions += c.mentions
            c.mentions.clear()


def _announced_round(clusters: list[_Cluster], a: Analysis, m: MeetingMention) -> _Cluster | None:
    """The round a meeting announced with no day ("next week", "later this month", "soon") is: the round
    of the track dated in the week or month it was announced for (held then, or announced with its day
    by another report); else a round announced with no day whose reports no held round comes between
    (one announcement, reported with several timings); else a new planned round."""
    assert m.period is not None
    anchor = a.document.anchor
    if m.period.text.lower() in NEXT_WORDS:
        # "the next round": the first round the track dates after the report
        later = [(min(c.dates()), i) for i, c in enumerate(clusters) if c.dates() and min(c.dates()) > anchor]
        if later:
            return clusters[min(later)[1]]
    window = announced_window(m.period, anchor)
    if window is not None:
        first, last = window
        for c in clusters:
            if c.vague() or (m.city and c.cities() and _norm(m.city) not in c.cities()):
                continue
            if any(first <= d <= last for d in c.dates()):
                return c
    held = sorted(d for c in clusters if not c.planned for d in c.dates())
    for c in clusters:
        if not c.vague():
            continue
        since, until = min([*c.anchors(), anchor]), max([*c.anchors(), anchor])
        if not any(since < d <= until for d in held):
            return c
    return None


def _rounds(
    track_id: str, clusters: list[_Cluster], outside: set[str], side_of: Callable[[str], str | None]
) -> tuple[list[Round], dict[tuple[str, str], str]]:
    """The rounds of the clusters, and the round each meeting mention went to. ``outside``: the track's
    third parties, whose people lead no delegation of it (the host's king who received the sides);
    ``side_of``: the side the track's reports give a person (:func:`_side_finder`)."""
    rounds = []
    used: set[str] = set()
    where: dict[tuple[str, str], str] = {}
    # each spelling once, with its side and role (a track of many reports names its heads many times)
    everyone = list(
        {
            (h.actor.name, h.actor.party, h.actor.role): h
            for c in clusters
            for _a, m in c.mentions
            for h in m.heads
        }.values()
    )
    for c in clusters:
        held = [m for _a, m in c.mentions if not m.planned]
        days, eve = _held_days(_of_the_sides(held, c.track_sides))
        days = _with_announced_days(c, held, _most_told_run(held, days))
        last = days[-1] if len(days) > 1 and not c.planned else None
        told: dict[str, list[Sourced]] = {}
        # the day a visit ended, when a report dates the talks held during it, is no other date of theirs
        dated_by_talks = any(not m.departure for m in held if m.date is not None)
        for name in ROUND_FIELDS:
            for _a, m in c.mentions:
                value = getattr(m, name)
                if value is None or (name == "date" and m.departure and dated_by_talks):
                    continue
                ev = m.field_evidence.get(name) or m.evidence[0]
                # a round's last day told as its close ("wrapped up the talks on Friday") is the source's
                # value of its end, not another date for it: reports of its opening and of its close agree
                closing = name == "date" and m.stage == "closed" and value.value[:10] == last
                told.setdefault("end" if closing else name, []).append(Sourced(_field_value(name, value), ev))
        fields = {name: tuple(values) for name, values in told.items()}
        periods = [
            Sourced(_field_value("period", m.period), m.field_evidence.get("period") or m.evidence[0])
            for _a, m in c.mentions
            if m.period is not None
        ]
        if periods:
            fields["period"] = tuple(periods)
        settled: dict[str, Any] = {
            name: _settle(vals, _shown_as(name, vals)) for name, vals in fields.items()
        }
        if "duration" in fields:
            settled["duration"] = _settle_length(c, fields["duration"], settled["duration"])
        if (len(days) > 1 or eve) and not c.planned:  # a round held over days: its first and last day
            settled["date"] = days[0]
        date = settled.get("date")
        ordinal = settled.get("ordinal")
        # a round announced with no day: when it is expected
        period = _settled_time(c, "period", settled) if date is None and c.planned else None
        round_id = _round_id(track_id, date, ordinal, settled.get("city"), period)
        while round_id in used:  # two meetings on one day in one city: number them in order
            round_id += "+"
        used.add(round_id)
        duration = _settled_time(c, "duration", settled)
        heads = tuple(
            h
            for h in _with_sides(_named_in_full(_heads(c), everyone), side_of)
            if h.actor.party not in outside
        )
        # the sides seen at the round, not the track's host or mediator ("X chaired the meeting")
        parties = sorted({p for _a, m in c.mentions for p in m.parties} - outside)
        fate, fate_sources = _fate(c)
        if fate_sources:
            fields["fate"] = fate_sources
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
                end=last,
                fate=fate,
                period=period,
            )
        )
        for a, m in c.mentions:
            where[(a.document.id, m.key)] = round_id
    rounds.sort(key=lambda r: (r.planned, r.date or "9999", r.ordinal or 0))
    return rounds, where


def _of_the_sides(held: list[MeetingMention], sides: frozenset[str]) -> list[MeetingMention]:
    """The held mentions that date the round: not a third party's meeting with one side's head ("the host's
    president met X separately on Friday", before the talks of Saturday and Sunday: a head of the third
    party, a person the report ties to no side, none of the track's sides), when a mention that sees a
    side dates the round. (The talks told with only their mediator named are still the sides' talks.)"""
    if not sides:
        return held
    # a report dates the sides' round: the sides met, or a round of theirs was numbered, with no outsider
    met = any(
        m.date is not None
        and m.outsider is None
        and (len(m.sides_seen & sides) >= 2 or m.ordinal is not None)
        for m in held
    )
    apart = [
        m
        for m in held
        if m.date is not None
        and m.outsider is not None
        and m.heads
        and m.sides_seen
        # an outsider with one side's head is apart too when a report dates the sides' round ("the host's
        # minister, who met X on Friday evening", a day before the second round, held on Saturday)
        and (not m.sides_seen & sides or (met and len(m.sides_seen & sides) == 1))
    ]
    if not apart or not any(m.date is not None and m.sides_seen & sides for m in held):
        return held
    return [m for m in held if m not in apart]


def _held_days(held: list[MeetingMention]) -> tuple[list[str], bool]:
    """The days a held round's reports date it on, but for the day of an arrival for it that another
    report's date follows by one day ("X arrived Wednesday for talks" and "X said Thursday after the
    talks": the talks were on Thursday); and whether such an eve was left out."""
    # and the last day of talks a report dates by their first day and length ("wrapped up two days of talks")
    last = {m.date.finish[:10] for m in held if m.date is not None and m.date.finish}
    days = {m.date.value[:10] for m in held if m.date is not None} | last
    surely = {m.date.value[:10] for m in held if m.date is not None and not m.arrival} | last
    eves = {d for d in days - surely if _next_day(d) in surely}
    # the day a visit ended does not date the talks held during it, when another report dates them
    ends = {m.date.value[:10] for m in held if m.date is not None and m.departure}
    ends -= {m.date.value[:10] for m in held if m.date is not None and not m.departure}
    kept = days - eves - ends
    return sorted(kept or days - eves), bool(eves)


#: Days between two days reports date one round on beyond which they are no one stretch of talks.
_RUN_GAP_DAYS = 3


def _most_told_run(held: list[MeetingMention], days: list[str]) -> list[str]:
    """The held days of the stretch of talks most reports date the round in: days a few days apart are
    one round held over days (a round of two weeks reported day by day), while a day weeks from those
    that at least twice as many reports give is one report's mistake or another meeting taken for this
    one (two outlets' "fourth round" counted differently), not the round's first day."""
    runs: list[list[str]] = []
    for day in days:
        if runs and (dt.date.fromisoformat(day) - dt.date.fromisoformat(runs[-1][-1])).days <= _RUN_GAP_DAYS:
            runs[-1].append(day)
        else:
            runs.append([day])
    if len(runs) < 2:
        return days
    told = Counter(m.date.value[:10] for m in held if m.date is not None)
    best = max(runs, key=lambda run: sum(told[d] for d in run))
    most, rest = sum(told[d] for d in best), sum(told[d] for run in runs if run is not best for d in run)
    # a long round told at its opening and at its close by one report each is one round: only days
    # most reports contradict are dropped
    return best if most >= 3 and most >= 2 * rest else days


def _with_announced_days(c: _Cluster, held: list[MeetingMention], days: list[str]) -> list[str]:
    """The held days, and a day the round was announced for that a report's length of the talks reaches
    back to from the day it dates them ("will meet on Saturday", then "wrapped up two days of talks on
    Sunday")."""
    reaches = [  # from the last day the talks were dated on ("on Sunday"; or the range of one so dated)
        (dt.date.fromisoformat((m.date.finish or m.date.value)[:10]), lasted)
        for m in held
        if m.date is not None and (lasted := days_lasted(m.duration)) >= 2
    ]
    announced = {
        m.date.value[:10]
        for _a, m in c.mentions
        if m.planned
        and m.date is not None
        and any(0 < (day - dt.date.fromisoformat(m.date.value[:10])).days < n for day, n in reaches)
    }
    return sorted({*days, *announced}) if days else days


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _settled_time(c: _Cluster, name: str, settled: dict[str, Any]) -> TimeValue | None:
    """The time value (``duration``, ``period``) of a mention that gives the value the round settled on."""
    for _a, m in c.mentions:
        value = getattr(m, name)
        if value is not None and _field_value(name, value) == settled.get(name):
            return value  # type: ignore[no-any-return]
    return None


def _fate(c: _Cluster) -> tuple[str | None, tuple[Sourced, ...]]:
    """What became of an announced round, with the sentences that say so: "held" when reports announced
    it and a report then says it was held; else "cancelled" or "postponed" when a report says so."""
    held = [m for _a, m in c.mentions if not m.planned]
    if held and len(held) < len(c.mentions):
        return "held", tuple(Sourced("held", m.evidence[0]) for m in held)
    for fate in ("cancelled", "postponed"):
        said = [m for _a, m in c.mentions if m.fate == fate]
        if said:
            return fate, tuple(Sourced(fate, m.field_evidence.get("fate") or m.evidence[0]) for m in said)
    return None, ()


def _round_id(
    track_id: str, date: object, ordinal: object, city: object, period: TimeValue | None = None
) -> str:
    """A round's id from what identifies the meeting, so that it is the same however it is rebuilt."""
    parts = [str(date)] if date else []
    if period is not None and not date and not ordinal:
        parts.append(_slug(period.value))  # "next week": .../r/2006-w47
    if ordinal:
        parts.append(f"n{ordinal}")
    if city and not ordinal:
        parts.append(_slug(str(city)))
    return f"{track_id}/r/{'-'.join(parts)}"


def _field_value(name: str, value: object) -> object:
    if name in ("duration", "period"):
        return {"value": value.value, "mod": value.mod}  # type: ignore[attr-defined]
    if name == "date":
        return value.value  # type: ignore[attr-defined]
    return value


def _settle(values: tuple[Sourced, ...], shown: Callable[[object], object]) -> object:
    """The value most sources give, as shown (ties: the earliest report's, sources being in
    publication order)."""
    counts = Counter(_hashable(shown(v.value)) for v in values)
    best = max(counts.values())
    return next((shown(v.value) for v in values if counts[_hashable(shown(v.value))] == best), None)


def _settle_length(c: _Cluster, values: tuple[Sourced, ...], settled: object) -> object:
    """A round's length: the one most sources give; of lengths in days that as many give, the longest. A
    round held over days is told as it goes on ("after nearly a week of talks", then "ends nearly four
    weeks of negotiations"): a shorter stretch is part of the round, not another count of it (the lengths
    in hours of one day's talks that outlets give differently stay the earliest report's)."""
    counts = Counter(_hashable(v.value) for v in values)
    tied = [m.duration for _a, m in c.mentions if m.duration is not None]
    tied = [d for d in tied if counts[_hashable(_field_value("duration", d))] == max(counts.values())]
    if len(tied) < 2 or any(days_lasted(d) < 2 for d in tied):
        return settled
    return _field_value("duration", max(tied, key=days_lasted))


def _shown_as(name: str, values: tuple[Sourced, ...]) -> Callable[[object], object]:
    """How a field's values are shown, and so told apart: a venue under one spelling of its place
    (spellings of one place are one value), the rest as given."""
    if name != "venue":
        return lambda value: value
    spelling = _venue_spellings([str(v.value) for v in values])
    return lambda value: spelling.get(str(value), value)


def _venue_spellings(venues: list[str]) -> dict[str, str]:
    """Each venue spelling → the one it is shown under: of the spellings of one place ("Çırağan
    Palace", "Ciragan Palace", "the palace"), the most given, then the fullest, then the earliest."""
    groups: list[list[str]] = []
    for v in venues:
        group = next((g for g in groups if any(same_venue(v, w) for w in g)), None)
        if group is None:
            groups.append([v])
        else:
            group.append(v)
    out: dict[str, str] = {}
    for g in groups:
        counts = Counter(venue_key(v) for v in g)
        best = max(g, key=lambda v: (counts[venue_key(v)], len(venue_key(v).split()), -g.index(v)))
        out.update((v, best) for v in g)
    return out


def _hashable(value: object) -> object:
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    if isinstance(value, str):
        return _norm(value)
    return value


def _heads(c: _Cluster) -> tuple[Head, ...]:
    """One head per person: spellings, transliterations and typos of one name ("Kim Gye Gwan", "Kim
    Kye-gwan"; "Karaha", "Bizima Karaha") are one head, under the fullest name with a role; the heads of
    two of the round's sides are never one, whatever their names."""
    people: list[Head] = []
    sides = {p for _a, m in c.mentions for p in m.parties}
    for _a, m in c.mentions:
        for h in m.heads:
            same = next((i for i, p in enumerate(people) if _one_person(p, h, sides)), None)
            if same is None:
                people.append(h)
            elif _fuller(h, people[same]):
                old = people[same].actor
                actor = replace(h.actor, party=h.actor.party or old.party, role=h.actor.role or old.role)
                people[same] = replace(h, actor=actor)
    return tuple(people)


def _speakers_sided(
    statements: tuple[Statement, ...], rounds: list[Round], track_party: Callable[[str], str | None]
) -> tuple[Statement, ...]:
    """The statements, a person whose report gives no side taking the one the track's other reports
    give that person (as a head of delegation or as a speaker): "Bessent said ..." in a report that never
    says whose minister he is, the side most of those reports give (:func:`_side_finder`). A
    side given as a part or a formal name of one of the track's parties is that party (``track_party``)."""
    statements = tuple(
        replace(s, speaker=replace(s.speaker, party=side))
        if s.speaker.party is not None and (side := track_party(s.speaker.party)) is not None
        else s
        for s in statements
    )
    heads = [(h.actor, h.evidence.document_id) for r in rounds for h in r.heads]
    known = [*heads, *((s.speaker, s.evidence.document_id) for s in statements)]
    side_of = _side_finder(known, majority=SIDE_MAJORITY)
    names = {a.name for a, _doc in known if a.kind == "person" and a.party}
    out = []
    for st in statements:
        sp = st.speaker
        # a surname alone the statement reader could not tell for a person's is that person's
        bare = sp.kind == "person" or (
            sp.kind == "organisation" and (len(sp.name.split()) == 1 or sp.name in names)
        )
        if bare and sp.party is None and not st.generic and (side := side_of(sp.name)):
            st = replace(st, speaker=replace(sp, kind="person", party=side))
        out.append(st)
    return tuple(out)


#: A person's side in the track's other reports outweighs another side given to a name by this many times
#: as many reports: one report's slip ("President X" of the wrong side) does not unside the person.
SIDE_MAJORITY = 3


def _party_of_wording(
    parties: tuple[str, ...], party_names: dict[str, tuple[str, ...]]
) -> Callable[[str], str | None]:
    """The track's party a side names as a part or a formal name of it: a unit of it ("District 9 of the
    Y Workers" for the Y Workers), a name "of" it ("the Federal Republic of X" for X) or one of its names
    cut before "of" ("the Federal Republic" for "the Federal Republic of X"). Another wording the reports
    use ("the X army") is left as it is: one of the party's names already, which a reader may use as
    well. Only a party's proper names count (not "government", which both sides may be called), and a
    wording of two parties names neither."""

    def key(name: str) -> str:
        return " ".join(w for w in _norm(name).split() if w != "the")

    forms = {
        p: {key(w) for w in (p, *party_names.get(p, ())) if w[:1].isupper() and len(w) > 2} for p in parties
    }

    def party_of(side: str) -> str | None:
        if side in parties:
            return None
        low = key(side)
        found = {
            p
            for p, names in forms.items()
            if any(low.endswith(f" of {f}") or f.startswith(f"{low} of ") for f in names)
        }
        return next(iter(found)) if len(found) == 1 else None

    return party_of


def _named_in_full(heads: tuple[Head, ...], everyone: list[Head]) -> tuple[Head, ...]:
    """The round's heads under the fullest name the track's reports give each ("Medinsky", named in
    full at another round, is that person), with the side and role given there when the round's own
    reports leave them out. The evidence stays the round's own."""
    out: list[Head] = []
    for h in heads:
        fuller = [
            o
            for o in everyone
            if _fuller(o, h)
            and (h.actor.party is None or o.actor.party == h.actor.party)  # another side's Kim is another
            and same_person(o.actor.name, h.actor.name)
        ]
        best = max(
            fuller, key=lambda o: (len(name_words(o.actor.name)), o.actor.role is not None), default=None
        )
        if best is not None and all(same_person(o.actor.name, best.actor.name) for o in fuller):
            # (a surname two people of the track share names neither: "Kim")
            actor = replace(
                h.actor,
                name=best.actor.name,
                party=h.actor.party or best.actor.party,
                role=h.actor.role or best.actor.role,
            )
            h = replace(h, actor=actor)
        if not any(o.actor.name == h.actor.name and o.actor.party == h.actor.party for o in out):
            out.append(h)  # two spellings the fullest name gathers ("al-Humaydan", "Al-Humaidan") are one
    return tuple(out)


def _with_sides(heads: tuple[Head, ...], side_of: Callable[[str], str | None]) -> tuple[Head, ...]:
    """The heads, one whose reports give no side taking the one the track's other reports give that
    person ("the government delegation is led by X", and elsewhere "government negotiator X"); a name
    people of two sides share stays unsided."""
    return tuple(
        replace(h, actor=replace(h.actor, party=side))
        if h.actor.party is None and (side := side_of(h.actor.name))
        else h
        for h in heads
    )


def _side_finder(
    people: Iterable[tuple[Actor, str]], majority: int | None = None
) -> Callable[[str], str | None]:
    """The side the reports (document ids) giving a person a side give a name's spellings ("Okello" is
    the side of "Paul Okello"): the one side they give; or, with a ``majority``, the side of at least that
    many times as many reports as any other and of two reports at least, so that one report's slip
    ("President X" of the wrong side) does not unside the person. Else None: a name two sides' people
    share stays unsided."""
    reports: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for actor, doc in people:
        if actor.kind == "person" and actor.party:
            reports[actor.name][actor.party].add(doc)
    cache: dict[str, str | None] = {}

    def side_of(name: str) -> str | None:
        if name not in cache:
            told: dict[str, set[str]] = defaultdict(set)
            for other, sides in reports.items():
                if same_person(other, name):
                    for side, docs in sides.items():
                        told[side] |= docs
            ranked = sorted(told.items(), key=lambda sd: (-len(sd[1]), sd[0]))
            counts = [len(docs) for _side, docs in ranked] + [0, 0]
            outweighs = len(ranked) == 1 or (
                majority is not None and counts[0] >= max(2, majority * counts[1])
            )
            cache[name] = ranked[0][0] if ranked and outweighs else None
        return cache[name]

    return side_of


def _one_person(a: Head, b: Head, sides: set[str]) -> bool:
    """Whether two heads are one person: one name's spellings, unless they lead two of the round's sides
    (another side's "Mr Kim" is another Kim; a party only the title gave, "X's guerrillas", decides
    nothing)."""
    parties = a.actor.party, b.actor.party
    if parties[0] != parties[1] and parties[0] in sides and parties[1] in sides:
        return False
    return same_person(a.actor.name, b.actor.name)


def _fuller(new: Head, old: Head) -> bool:
    """Whether a spelling names the person more fully: more words ("Kim Kye-gwan" has three), then a role."""
    return (len(name_words(new.actor.name)), new.actor.role is not None) > (
        len(name_words(old.actor.name)),
        old.actor.role is not None,
    )


def _conflicts(r: Round) -> list[Conflict]:
    out = []
    for name, values in r.fields.items():
        if name == "period" and r.period is None:
            continue  # the stretch a round was announced for, once its day is known, disputes nothing
        shown = _shown_as(name, values)
        if len({_hashable(shown(v.value)) for v in values}) > 1:
            out.append(Conflict(r.id, name, values))
    return out


def _norm(text: str) -> str:
    """Values compared without case, diacritics, spacing or abbreviations: "Çırağan Palace" is "Ciragan
    Palace", "St. Petersburg" is "Saint Petersburg" (:func:`place_key`)."""
    return place_key(text)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or hashlib.sha1(text.encode()).hexdigest()[:8]
