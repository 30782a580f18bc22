"""Which negotiation track each report belongs to.

A report keys a track by its sides (:attr:`Analysis.parties`; a non-state movement counts as
:data:`~legation.nlp.actors.GROUP_KEY`, since reports name it by its full name, an acronym or "the
rebels"; a name one report of a track recognises as a movement or a company is that movement in every
report that names it, :meth:`TrackSummary.forms`, :func:`with_movements`). Reports of one negotiation
do not all name the same sides, so a report joins an existing track when:

1. it names the same sides; or
2. it reports a meeting of that track (dates within a day, same city where both give one) or a head of
   delegation of it, and shares a side with it; or
3. it names some of the track's sides and otherwise only the track's third parties (a mediator meeting
   one side is part of that side's negotiation); or
4. its sides and the track's share at least two and one set contains the other (a report of six-party
   talks that names only two of the six); or
5. it names every side of the track in its sentences about a negotiation, and its own sides are the
   track's sides or third parties (a report of the talks that takes a mediator for a side still names
   both real sides; a report of two other sides that names the track's in passing stays out).

Only a report that describes a negotiation with at least one meeting (held or announced) starts a
track, or two reports close in time that describe a negotiation between the same sides; a report that
merely mentions talks joins the track of those talks as background, or none. A track of one report that
names every side of a larger track and shares a side with it is that track's background.
The key of a track is the sorted sides of the report that started it (all N of the "N-party talks"
it lists, when its own are among them: :func:`starting_sides`); it never changes, so that the store
can re-fuse a track from its key alone (``docs/fusion.md``).

Reports of a grouping's own meeting (a forum: :mod:`legation.nlp.groupings`) key one track per forum,
``forum:<grouping>`` (:func:`forum_key`), whatever members each names: its sides are every member its
reports name. No other report joins a forum's track (two members meeting on its sidelines hold talks of
their own), but one that tells of the forum's meeting (its day and city) and names every member the
forum's reports name; its own sides are then none of the forum's. A forum's report joins no other track.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Any

from legation.model import Analysis, MeetingMention
from legation.nlp.actors import actor_words
from legation.nlp.lexicons import meeting_words
from legation.text import strip_diacritics

#: The key form of every non-state movement (see :mod:`legation.nlp.actors`).
GROUP_KEY = "(movement)"
#: Two dates this close are one meeting (a report dated by its dateline can be a day off).
MEETING_DAYS = 1
#: A report published more than this many days from every report of a track starts or joins another:
#: talks between the same sides years apart are another negotiation.
TRACK_GAP_DAYS = 180
#: ... unless it names the track's go-between in that role (the same facilitator after a pause of some
#: months, elections on one side): the mediated process resumed, up to this many days apart.
MEDIATED_GAP_DAYS = 365
#: ... and up to this many when its reports also tell the talks taken up again ("the negotiations resumed
#: on Saturday after 15 months of paralysis", "the mediator resumed his mediation"): a mediated process
#: resumed after more than a year is still that process (:func:`tells_resumption`).
RESUMED_GAP_DAYS = 730
#: The third parties who go between the sides: their return tells the same process resumed, and their
#: meeting with one side is part of that side's negotiation (not a host: one city hosts many). A chair of
#: talks between others is one ("co-chaired the talks between the rebels and the government").
GO_BETWEEN_ROLES = frozenset({"mediator", "facilitator", "guarantor", "chair"})
KEY_SEPARATOR = "+"
#: The start of a forum track's key: ``forum:APEC``.
FORUM_PREFIX = "forum:"


def _itself(day: dt.date) -> dt.date:
    return day


#: The day of a meeting's (day, city) pair.
_first = itemgetter(0)


@dataclass
class TrackSummary:
    """What keying needs to know of a track: its sides, third parties, meetings and heads."""

    key: str
    parties: set[str]
    third: set[str] = field(default_factory=set)
    #: the third parties its reports name as mediator, facilitator or guarantor
    go_betweens: set[str] = field(default_factory=set)
    #: the most sides any of its reports says the talks have ("six-party talks"; 0: none says)
    size: int = 0
    meetings: list[tuple[dt.date, str | None]] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    published: list[dt.date] = field(default_factory=list)
    #: how many of the track's reports name each side
    side_counts: Counter[str] = field(default_factory=Counter)
    #: the actors every one of the track's reports names about a negotiation
    named: set[str] | None = None
    #: the names its reports recognise as a movement or a company (keyed :data:`GROUP_KEY`)
    movement_names: set[str] = field(default_factory=set)
    #: the capitalised wordings its reports use for a side, lower case → the side's key form: a report
    #: that names the movement only so ("X-ian forces") names that side
    wordings: dict[str, str] = field(default_factory=dict)
    #: whether one of its reports tells the talks taken up again after a pause (:func:`tells_resumption`)
    resumes: bool = False
    #: the common nouns its reports use for its movement ("the union" of "the X Workers"; see
    #: :func:`by_common_noun`)
    movement_nouns: set[str] = field(default_factory=set)
    #: :attr:`published` and :attr:`meetings` in order of day, and how many of their items each holds:
    #: every report asks every track whether it is near one of its reports and shares one of its
    #: meetings, and a track of many reports would otherwise be read whole for each (the lists only ever
    #: grow, by ``append`` and ``+=``, so the items added since the last question are put in place); each
    #: kept with the list it was read from
    _by_day: dict[str, tuple[list[Any], list[dt.date], list[Any]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def near(self, day: dt.date, go_betweens: Iterable[str] = (), resuming: bool = False) -> bool:
        """Whether a report of ``day`` is close enough in time to belong to this track: within
        :data:`TRACK_GAP_DAYS` of one of its reports, or :data:`MEDIATED_GAP_DAYS` when the report names
        one of the track's ``go_betweens`` in that role (:data:`RESUMED_GAP_DAYS` when it also tells the
        talks ``resuming``)."""
        mediated = bool(self.go_betweens & set(go_betweens))
        gap = TRACK_GAP_DAYS if not mediated else RESUMED_GAP_DAYS if resuming else MEDIATED_GAP_DAYS
        if not self.published:
            return True
        days, _items = self._in_order("published", self.published, _itself)
        try:
            first, last = day - dt.timedelta(days=gap), day + dt.timedelta(days=gap)
        except OverflowError:  # a day at the calendar's edge: read them all
            return any(abs((day - p).days) <= gap for p in self.published)
        k = bisect.bisect_left(days, first)  # the first report on or after ``first``
        return k < len(days) and days[k] <= last

    def shares_meeting(self, meetings: Iterable[tuple[dt.date, str | None]], common: int) -> bool:
        """``any(_same_meeting(m, n, common) for m in meetings for n in self.meetings)``, each meeting
        compared with the track's meetings within :data:`MEETING_DAYS` of its day only (no other can be
        the same meeting)."""
        days, items = self._in_order("meetings", self.meetings, _first)
        span = dt.timedelta(days=MEETING_DAYS)
        for m in meetings:
            try:
                lo, hi = bisect.bisect_left(days, m[0] - span), bisect.bisect_right(days, m[0] + span)
            except OverflowError:  # a day at the calendar's edge: compare with them all
                lo, hi = 0, len(days)
            if any(_same_meeting(m, items[k], common) for k in range(lo, hi)):
                return True
        return False

    def _in_order(
        self, which: str, items: list[Any], day_of: Callable[[Any], dt.date]
    ) -> tuple[list[dt.date], list[Any]]:
        """``items`` (:attr:`published` or :attr:`meetings`, named by ``which``) in order of day
        (``day_of`` an item), with their days: the items added since the last call are put in place by
        bisection, not the whole list read again."""
        kept = self._by_day.get(which)
        if kept is None or kept[0] is not items or len(kept[2]) > len(items):  # a list replaced: anew
            kept = self._by_day[which] = (items, [], [])
        _items, days, ordered = kept
        for item in items[len(ordered) :]:
            k = bisect.bisect_right(days, day_of(item))
            days.insert(k, day_of(item))
            ordered.insert(k, item)
        return days, ordered

    def forms(self, names: Iterable[str]) -> set[str]:
        """Key forms of a report's sides or named actors, a name the track's reports recognise as a
        movement being the track's movement also where a report names it bare ("X executives met ...",
        after "the Russian gas giant X")."""
        names = set(names)
        if self.apart(names):
            return names
        return {GROUP_KEY if n in self.movement_names else n for n in names}

    def sides_of(self, analysis: Analysis, names: Iterable[str] | None = None) -> set[str]:
        """Key forms of a report's sides (or of ``names`` it uses): :meth:`forms`, and a movement the report
        names only by a wording other reports of the track use for one of its sides is that side."""
        analysis = by_common_noun(analysis, self.movement_nouns)
        found = set()
        # a report that names two sides apart that the track's reports each took for its one movement (a
        # union and a company) keys each by its name: two sides are not one
        apart = self.apart(key_form(n, analysis) for n in analysis.parties)
        for name in analysis.parties if names is None else names:
            side = self.wordings.get(name.lower()) if name in analysis.movements else None
            if side is None and analysis.movements == (name,):
                side = self.known_movement()
            form = key_form(name, analysis)
            found |= {side} if side is not None else {form} if apart else self.forms({form})
        return found

    def apart(self, names: Iterable[str]) -> bool:
        """Whether two or more of these sides are names the track's reports recognise as a movement or
        a company: the sides of a union's talks with a company, each keyed by its name."""
        return sum(n in self.movement_names for n in set(names)) >= 2

    def known_movement(self) -> str | None:
        """The track's one side that is a well-known movement ("Houthis": a `names` entry of
        ``actors.yaml``, no party family), when it has exactly one and no movement keyed by
        :data:`GROUP_KEY`: a report that names its one movement only by common nouns ("the coup
        militias", "the rebels") names that side."""
        if GROUP_KEY in self.parties:
            return None
        words = actor_words()
        known = [p for p in self.parties if p in words.names and p not in words.party_families]
        return known[0] if len(known) == 1 else None

    def named_of(self, analysis: Analysis) -> set[str]:
        """Key forms of every actor a report names about a negotiation (:func:`key_named`), as
        :meth:`sides_of` reads them."""
        return self.sides_of(analysis, [*analysis.named, *analysis.parties])

    def add(self, analysis: Analysis) -> None:
        self.published.append(analysis.document.published)
        self.movement_names |= set(analysis.movements) & set(analysis.parties)
        for party, wordings in analysis.party_names.items():
            (form,) = self.sides_of(analysis, [party])
            if form != GROUP_KEY:
                self.wordings.update({w.lower(): form for w in wordings if w[:1].isupper() and w != party})
            if form == GROUP_KEY:
                self.movement_nouns |= {w for w in (party, *wordings) if w.islower()}
        forum = forum_of_key(self.key) is not None
        if analysis.forum or not forum:  # a report of no forum tells no forum's members (_forum_met)
            self.side_counts.update(self.sides_of(analysis))
        self.third |= {t.name for t in analysis.third_parties}
        self.go_betweens |= go_betweens_of(analysis)
        self.resumes = self.resumes or tells_resumption(analysis)
        self.size = max(self.size, analysis.size or 0)
        self.meetings += meetings_of(analysis)
        self.heads |= heads_of(analysis)
        named = self.named_of(analysis)
        self.named = named if self.named is None else self.named & named
        if forum:
            self.parties = set(self.side_counts)  # every member its reports name
            return
        # The key's sides and those most of its reports name: a report naming more sides (or others) does
        # not widen the track for the reports that come after it.
        self.parties = parties_of_key(self.key) | self.common_sides()

    def common_sides(self) -> set[str]:
        """The sides more than half of the track's reports name."""
        return {p for p, n in self.side_counts.items() if 2 * n > len(self.published)}


def key_parties(analysis: Analysis) -> set[str]:
    return {key_form(p, analysis) for p in analysis.parties}


def starting_sides(analysis: Analysis) -> set[str]:
    """The sides a report starts a track with: its own, or all those of the "N-party talks" it names
    when one of its sentences lists the N and its own are among them (a report of a meeting of two of
    the six starts the six-party track, which reports of the other sides' meetings then join)."""
    sides = key_parties(analysis)
    members = {key_form(p, analysis) for p in analysis.members}
    if analysis.size and len(members) == analysis.size and sides <= members:
        return members
    return sides


def with_movements(analyses: Sequence[Analysis]) -> list[Analysis]:
    """The analyses, each taking for a movement every party that another report recognises as one
    (:attr:`Analysis.movements`): a company or movement one report names with a word that says what it
    is ("the Russian gas giant X") and another names bare is one side of one negotiation, keyed alike
    (:func:`key_form`)."""
    known = {name for a in analyses for name in a.movements}
    # the common nouns reports use for their movement ("the union" of "the X Workers")
    nouns = {w for a in analyses for m in a.movements for w in (m, *a.party_names.get(m, ())) if w.islower()}
    out = []
    for a in analyses:
        a = by_common_noun(a, nouns)
        more = tuple(p for p in a.parties if p in known and p not in a.movements)
        if len(more) + len(set(a.movements) & set(a.parties)) >= 2:
            more = ()  # a report that names two such sides apart ("the union and X") keys each by name
        out.append(replace(a, movements=(*a.movements, *more)) if more else a)
    return out


def by_common_noun(analysis: Analysis, nouns: Collection[str]) -> Analysis:
    """The analysis with its movement read from a common noun other reports use for their movement:
    a report that names the union only so ("X and the union") and took its counterpart, a company named
    with a word that says what it is, for its movement has the union as its movement and the company by
    its name, as the reports that name the union do."""
    generic = [p for p in analysis.parties if p.islower() and p in nouns and p not in analysis.movements]
    if len(generic) != 1 or not analysis.movements:
        return analysis
    return replace(analysis, movements=(generic[0],))


def key_named(analysis: Analysis) -> set[str]:
    """Every actor the report names about a negotiation, in key form."""
    return {key_form(p, analysis) for p in (*analysis.named, *analysis.parties)}


def key_form(party: str, analysis: Analysis) -> str:
    """A party as it keys a track: a movement without a well-known name is :data:`GROUP_KEY`."""
    if party in analysis.movements:
        return GROUP_KEY
    return party


def key_of(parties: Iterable[str]) -> str:
    return KEY_SEPARATOR.join(sorted(parties))


def forum_key(forum: str) -> str:
    """The key of a forum's track: ``forum:<grouping>``."""
    return f"{FORUM_PREFIX}{forum}"


def forum_of_key(key: str) -> str | None:
    """The grouping a forum track's key names (None: a track keyed by its sides)."""
    base = key.split("#", 1)[0]
    return base.removeprefix(FORUM_PREFIX) if base.startswith(FORUM_PREFIX) else None


def meetings_of(analysis: Analysis, held_only: bool = False) -> list[tuple[dt.date, str | None]]:
    """The day and city key of each of a report's dated meetings (held ones only, if ``held_only``)."""
    return [
        (dt.date.fromisoformat(m.date.value[:10]), place_key(m.city) if m.city else None)
        for m in analysis.meetings
        if m.date is not None and not (held_only and m.planned)
    ]


def heads_of(analysis: Analysis) -> set[str]:
    """The surnames of the heads a report names, as spellings of one person share them ("Kim Kye-gwan"
    and "Kim Gye Gwan" both give "gwan")."""
    from legation.fuse.names import surname_key  # names folds with this module's fold

    return {surname_key(h.actor.name) for m in analysis.meetings for h in m.heads if h.actor.name.strip()}


#: Letters that Unicode does not decompose into a base letter and a mark.
_UNMARKED = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ð": "d",
        "þ": "th",
    }
)


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without diacritics: "Kirchner", "KIRCHNER" and "Kírchner" are one name.

    Remembered for the last few thousand texts: the fuser folds the same few names of a track's mentions
    for every pair it compares, and the decomposition costs more than the lookup."""
    return " ".join(strip_diacritics(text.translate(_UNMARKED)).lower().split())


#: Abbreviations place names are written with and without: "St. Petersburg" is "Saint Petersburg".
_PLACE_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}


@functools.lru_cache(maxsize=8192)
def place_key(text: str) -> str:
    """A place name compared across reports: folded (:func:`fold`), hyphens and dots as spaces, and
    abbreviations spelt out ("St. Petersburg", "Saint-Petersburg" and "Saint Petersburg" are one city).

    Remembered like :func:`fold`: the fuser compares each mention's city with every round's cities,
    asking the key of the same few names tens of thousands of times a run."""
    words = re.sub(r"[-.]", " ", fold(text)).split()
    return " ".join(_PLACE_ABBREVIATIONS.get(w, w) for w in words)


#: A held meeting dated this many days before its report is background, not a round of the talks reported.
BACKGROUND_DAYS = 60


def substantial(analysis: Analysis, m: MeetingMention) -> bool:
    """A meeting that can make a round on its own report: not background, and more than a date next to
    a meeting word (an ordinal, a place, a head, or the sides that met)."""
    if not (m.ordinal is not None or m.city or m.venue or m.heads or len(m.parties) >= 2):
        return False
    if with_outsider(m):
        return False  # no round, as rounds are made
    if m.date is None or m.planned:
        return True
    return (analysis.document.anchor - dt.date.fromisoformat(m.date.value[:10])).days <= BACKGROUND_DAYS


def with_outsider(m: MeetingMention) -> bool:
    """A held meeting of one side with a person no report ties to an actor ("the Pope met X"), with no
    ordinal: that side's meeting with an outsider, not a round of its negotiation."""
    return not m.planned and len(m.parties) == 1 and m.ordinal is None and m.outsider is not None


def starts_track(analysis: Analysis) -> bool:
    """A report that can start a track: it describes a negotiation between two sides with a meeting that
    can make a round, held or announced: a meeting announced with no day ("direct talks between X and Y
    will start early next year") starts one when it is seen with two sides."""
    return (
        analysis.negotiation
        and len(analysis.parties) >= 2
        and (
            any(substantial(analysis, m) for m in analysis.meetings)
            or any(len(m.parties) >= 2 and substantial(analysis, m) for m in analysis.announced)
        )
    )


def assign_tracks(
    analyses: Sequence[Analysis], existing: Iterable[TrackSummary] = ()
) -> dict[str, str | None]:
    """The track key of every analysis (None: no track), given the tracks that already exist."""
    return assign_keys(analyses, existing)[0]


def assign_keys(
    analyses: Sequence[Analysis], existing: Iterable[TrackSummary] = (), later: Sequence[Analysis] = ()
) -> tuple[dict[str, str | None], list[str | None]]:
    """The track key of every analysis (None: no track), given the tracks that already exist, and of each
    of the ``later`` views of some of them (:mod:`legation.fuse.views`: another pair's meetings told in a
    report), keyed in order once every report is, before new tracks are folded into larger ones: a view
    joins or starts a track as a report does."""
    tracks = {t.key: t for t in existing}
    old = set(tracks)
    keys: dict[str, str | None] = {}
    ordered = sorted(
        (a for a in analyses if not a.skipped and (a.parties or a.forum)),
        key=lambda a: (not starts_track(a), a.document.published, a.document.id),
    )
    for a in ordered:
        target = best_track(a, tracks.values())
        if target is None and starts_track(a):
            key = _unique(forum_key(a.forum) if a.forum else key_of(starting_sides(a)), tracks)
            target = tracks.setdefault(key, TrackSummary(key, set()))
        if target is not None:
            target.add(a)
        keys[a.document.id] = target.key if target is not None else None
    for sides, reports in _corroborated([a for a in ordered if keys[a.document.id] is None]).items():
        key = _unique(key_of(sides), tracks)
        target = tracks[key] = TrackSummary(key, set())
        for a in reports:
            target.add(a)
            keys[a.document.id] = target.key
    later_keys: list[str | None] = []
    for view in later:
        target = best_track(view, tracks.values())
        if target is None and starts_track(view) and _told_as_news(view):
            key = _unique(key_of(starting_sides(view)), tracks)
            target = tracks.setdefault(key, TrackSummary(key, set()))
        if target is not None:
            target.add(view)
        later_keys.append(target.key if target is not None else None)
    new = [t for key, t in tracks.items() if key not in old]
    absorbed = _absorbed(new, list(tracks.values()))
    for merged, into in absorbed.items():
        keys = {doc: into if key == merged else key for doc, key in keys.items()}
        later_keys = [into if key == merged else key for key in later_keys]
    settled = [t for key, t in tracks.items() if key not in absorbed and forum_of_key(key) is None]
    for a in analyses:
        if not a.skipped and not a.parties and not a.forum and _sideless_news(a):
            told = _joined_sideless(a, settled)
            keys[a.document.id] = told.key if told is not None else None
    for a in analyses:
        keys.setdefault(a.document.id, None)
    return keys, later_keys


#: A view of another pair (:mod:`legation.fuse.views`) starts a track only with a meeting held this close to
#: its report's date: the next leg of a tour is news; a meeting of another pair the report recalls from
#: weeks before ("the talks follow a meeting in March between X and Z") joins that pair's track, if any.
NEWS_DAYS = 7


def _told_as_news(view: Analysis) -> bool:
    """Whether a view tells a held meeting within :data:`NEWS_DAYS` of its report's date."""
    anchor = view.document.anchor
    return any(abs((anchor - day).days) <= NEWS_DAYS for day, _city in meetings_of(view, held_only=True))


def _sideless_news(analysis: Analysis) -> bool:
    """A report that reads no sides of its own yet names two or more actors about a negotiation and tells
    of a held meeting: once every other report is keyed, it may join a track whose meeting it reports
    (:func:`_joined_sideless`), never start one ("the fourth round of negotiations in Z", told with "X's
    chief negotiator" and "Y had offered", but no sentence saying who negotiates with whom)."""
    return len(analysis.named) >= 2 and bool(meetings_of(analysis, held_only=True))


def _corroborated(unkeyed: list[Analysis]) -> dict[frozenset[str], list[Analysis]]:
    """Reports that start no track on their own (no meeting that can make a round) but that several name
    the same sides of a negotiation: two reports, close in time, that each describe talks, a deal or an
    offer between X and Y tell of a negotiation between them, though neither reports a meeting."""
    groups: dict[frozenset[str], list[Analysis]] = {}
    for a in unkeyed:
        if a.forum or not a.negotiation or len(a.parties) < 2:
            continue
        groups.setdefault(frozenset(key_parties(a)), []).append(a)
    corroborated = {}
    for sides, reports in groups.items():
        near = [
            x
            for x in reports
            if any(
                y is not x and abs((x.document.published - y.document.published).days) <= TRACK_GAP_DAYS
                for y in reports
            )
        ]
        if near:
            corroborated[sides] = near
    return corroborated


def _absorbed(new: list[TrackSummary], tracks: list[TrackSummary]) -> dict[str, str]:
    """New tracks that are part of a larger one once every report is read: their sides are the larger
    track's sides and third parties ("Israel" and the mediator "United States" in talks between Israel
    and the Palestinians), and their reports are close in time. Maps each such key to the key it joins."""
    merged: dict[str, str] = {}
    for small in sorted(new, key=lambda t: len(t.published)):
        if forum_of_key(small.key) is not None:
            continue
        forum = next(
            (
                t
                for t in tracks
                if t.key not in merged
                and _tells_forum_meeting(
                    t, small.parties, small.named or set(), small.meetings, small.published
                )
            ),
            None,
        )
        if forum is not None:  # reports of the forum's meeting, started before the forum's own
            merged[small.key] = forum.key
            forum.published += small.published
            forum.meetings += small.meetings
            continue
        hosts = [
            t
            for t in tracks
            if t is not small
            and forum_of_key(t.key) is None
            and t.key not in merged
            and len(t.published) > len(small.published)
            and _part_of(small, t)
        ]
        if hosts:
            into = max(hosts, key=lambda t: (len(t.forms(small.parties) & t.parties), len(t.published)))
            merged[small.key] = into.key
            into.published += small.published
            into.meetings += small.meetings
            into.heads |= small.heads
    return {key: _final(key, merged) for key in merged}


def _part_of(small: TrackSummary, large: TrackSummary) -> bool:
    """Whether a new track is part of a larger one, close in time: its sides are the larger track's sides
    and go-betweens, or its reports tell the larger track's talks in passing (:func:`_within`,
    :func:`_told`), or they are its process resumed (:func:`_resumed`); or its sides are all third parties
    of the larger track talking about its negotiation (:func:`_go_betweens_talk`)."""
    near = any(large.near(day) for day in small.published)
    if large.forms(small.parties) & large.parties:
        return ((_within(small, large) or _told(small, large)) and near) or _resumed(small, large)
    return near and _go_betweens_talk(small, large)


def _resumed(later: TrackSummary, earlier: TrackSummary) -> bool:
    """Whether a track is another's process resumed after a pause: the same sides, and a go-between of
    both within :data:`MEDIATED_GAP_DAYS` (one report of the resumed talks that names no facilitator
    started it), or :data:`RESUMED_GAP_DAYS` when the later track's reports tell the talks resumed; or
    the same two heads of delegation within :data:`MEDIATED_GAP_DAYS` (the two leaders who met half a
    year before meeting again, with new go-betweens or none)."""
    if earlier.common_sides() != later.common_sides():
        return False
    if any(earlier.near(day, later.go_betweens, later.resumes) for day in later.published):
        return True
    return len(earlier.heads & later.heads) >= 2 and any(
        abs((day - p).days) <= MEDIATED_GAP_DAYS for day in later.published for p in earlier.published
    )


def tells_resumption(analysis: Analysis) -> bool:
    """Whether a report tells its talks taken up again after a pause: a `resuming` word of
    ``meetings.yaml`` in a sentence of one of its meetings, held or announced ("the negotiations resumed
    after 15 months", "talks will resume in the coming weeks"), or of a go-between's role ("the envoy
    resumed his mediation"). Only the sentences the report's meetings and roles were read from are
    looked at, not the whole text."""
    words = meeting_words().resuming
    sentences = {e.sentence for m in (*analysis.meetings, *analysis.announced) for e in m.evidence} | {
        e.sentence for t in analysis.third_parties if t.role in GO_BETWEEN_ROLES for e in t.evidence
    }
    return any(not words.isdisjoint(_WORD.findall(s.lower())) for s in sentences)


_WORD = re.compile(r"[a-z]+")


def _go_betweens_talk(small: TrackSummary, large: TrackSummary) -> bool:
    """Whether a track is the larger one's third parties talking about its negotiation: every side of it
    a third party of the larger track (the two facilitators, the host and the accompanying countries),
    and a side of the larger track named about a negotiation in each of its reports ("the Saudi and US
    mediators said the army and the paramilitaries had agreed a truce"): no negotiation of their own (and
    a meeting of the third parties alone is no round of the larger track either)."""
    sides = large.forms(small.parties)
    return (
        len(sides) >= 2
        and not sides & large.parties
        and sides <= large.third | large.go_betweens
        and bool(large.forms(small.named or ()) & large.parties)
    )


def _within(small: TrackSummary, large: TrackSummary) -> bool:
    """Whether a track's sides are a larger track's sides and go-betweens (a mediator meeting one side), not
    one side and the host of the larger track's talks; or two or more of its sides that tell of the larger
    track's talks (:func:`_tells_of_more`)."""
    sides = large.forms(small.parties)
    if len(sides) >= 2 and sides < large.parties:
        return _tells_of_more(large, sides, small.size)
    return sides <= large.parties | large.go_betweens


def _nested(track: TrackSummary, sides: set[str], size: int) -> bool:
    """Whether reports of ``sides`` (of which ``size``, the number of sides they say the talks have, if
    any) tell of a track's talks when one side set contains the other: some of its sides that tell of
    its talks (:func:`_tells_of_more`), or more sides, unless they speak of "N-party talks" of more sides
    than the track's while its reports speak of none (two sides' talks, then talks of four that include
    them, are two negotiations)."""
    if sides < track.parties:
        return _tells_of_more(track, sides, size)
    return track.parties <= sides and (bool(track.size) or size <= len(track.parties))


def _tells_of_more(track: TrackSummary, sides: set[str], size: int) -> bool:
    """Whether reports whose sides are some of a track's tell of the track's talks: the track's reports
    never say how many sides the talks have (one may have read a side too many), or these reports tell of
    talks of more sides than their own (``size``: "the six-party talks"). Two sides of talks their reports
    call "six-party talks" that meet and speak of no such talks hold talks of their own, whatever third
    country they discuss (two leaders at a summit on the sidelines of which both meet)."""
    return not track.size or size > len(sides)


def _told(small: TrackSummary, large: TrackSummary) -> bool:
    """Whether a track of one report is the background of a larger one: the report is of one side's
    talks with another actor, and names every side of the larger track about a negotiation ("X met Z,
    seeking support in its dispute with Y")."""
    return (
        len(small.published) == 1
        and len(large.parties) >= 2
        and large.parties <= large.forms(small.named or ())
    )


def _final(key: str, merged: dict[str, str]) -> str:
    while key in merged:
        key = merged[key]
    return key


def _unique(key: str, tracks: dict[str, TrackSummary]) -> str:
    """A new track's key: its sides, and a number when the same sides already key another track."""
    if key not in tracks:
        return key
    n = 2
    while f"{key}#{n}" in tracks:
        n += 1
    return f"{key}#{n}"


def go_betweens_of(analysis: Analysis) -> set[str]:
    return {t.name for t in analysis.third_parties if t.role in GO_BETWEEN_ROLES}


def parties_of_key(key: str) -> set[str]:
    return set(key.split("#", 1)[0].split(KEY_SEPARATOR))


def best_track(analysis: Analysis, tracks: Iterable[TrackSummary]) -> TrackSummary | None:
    if analysis.forum:
        own = [
            t for t in tracks if forum_of_key(t.key) == analysis.forum and t.near(analysis.document.published)
        ]
        return max(own, key=lambda t: max(t.published, default=dt.date.min), default=None)
    tracks = list(tracks)
    sides = key_parties(analysis)
    named = key_named(analysis)
    meetings = meetings_of(analysis)
    forum = _forum_met(tracks, analysis, named, meetings)
    if forum is not None:
        return forum
    tracks = [t for t in tracks if forum_of_key(t.key) is None]
    heads = heads_of(analysis)
    go_betweens, resuming = go_betweens_of(analysis), tells_resumption(analysis)
    scored = []
    for t in tracks:
        sides = t.sides_of(analysis)
        common = sides & t.parties
        if not common or not t.near(analysis.document.published, go_betweens, resuming):
            continue
        named = t.named_of(analysis)  # only for a track the report may join: most tracks share no side
        same = sides == t.parties
        outside = sides - t.parties - t.third  # sides of the report that are no actor of the track
        # A report with sides of its own names the track's sides in passing.
        covers = len(t.parties) >= 2 and t.parties <= named and not outside
        # A leader meets many, and a summit's city sees many meetings on one day: a shared meeting or head
        # joins a report with one side in common only when its other sides are the track's go-betweens
        # (A's talks with C, or with the host, in the city and on the day of A's talks with B are no report
        # of the latter).
        foreign = sides - t.parties - t.go_betweens
        alike = len(common) >= 2 or not foreign
        # (a report of the talks of more sides than its own, "N-party talks", tells of theirs)
        shares_meeting = (alike or (analysis.size or 0) > len(sides)) and t.shares_meeting(
            meetings, len(common)
        )
        shares_head = alike and bool(heads & t.heads)
        # a mediator meeting one side: the report's side is the track's, and its go-between the track's
        # go-between ("the UN envoy will meet the rebel leader") or one of its sides
        mediated = not foreign and bool((sides | {p.name for p in analysis.third_parties}) & t.go_betweens)
        # Talks of many sides reported by naming two of them, or a report of more sides (:func:`_nested`).
        nested = len(common) >= 2 and _nested(t, sides, analysis.size or 0)
        if same or covers or shares_meeting or shares_head or mediated or nested:
            rank = (same, covers, shares_meeting or shares_head, len(common), -len(t.parties ^ sides))
            scored.append((rank, t))
    if not scored:
        return None
    return max(scored, key=lambda st: st[0])[1]


def _joined_sideless(analysis: Analysis, tracks: list[TrackSummary]) -> TrackSummary | None:
    """The track a report without sides of its own tells of (:func:`_sideless_news`): one whose every side
    the report names about a negotiation, close in time, with a meeting on the day of one of the report's
    held meetings (in the same city when both say one). The track with most reports wins a tie."""
    held = meetings_of(analysis, held_only=True)
    told = [
        t
        for t in tracks
        if len(t.parties) >= 2
        and t.parties <= t.named_of(analysis)
        and t.near(analysis.document.published)
        and t.shares_meeting(held, len(t.parties))
    ]
    return max(told, key=lambda t: len(t.published), default=None)


def _forum_met(
    tracks: list[TrackSummary],
    analysis: Analysis,
    named: set[str],
    meetings: list[tuple[dt.date, str | None]],
) -> TrackSummary | None:
    """The forum track whose meeting a report of no forum tells of: the same day and city as one of the
    forum's meetings, and every member the forum's reports name named about a negotiation ("the six
    powers' draft was debated in New York on Monday", in a report that takes another reading of the
    sides). A meeting of two members on the forum's sidelines names too few of them."""
    day, sides = analysis.document.published, key_parties(analysis)
    return next((t for t in tracks if _tells_forum_meeting(t, sides, named, meetings, [day])), None)


def _tells_forum_meeting(
    forum: TrackSummary,
    sides: set[str],
    named: set[str],
    meetings: list[tuple[dt.date, str | None]],
    days: list[dt.date],
) -> bool:
    """Whether reports of these days, with these sides, naming these actors and meetings, tell of the
    forum's meeting: one of its meetings' day and city, and every member its reports name
    (:func:`_forum_met`); not when their sides are members of the forum, who meet on its sidelines."""
    if forum_of_key(forum.key) is None or len(forum.parties) < 2 or not any(forum.near(d) for d in days):
        return False
    if sides <= forum.parties:
        return False  # two members' own talks on the forum's sidelines
    return forum.parties <= named and forum.shares_meeting([m for m in meetings if m[1] is not None], 0)


def _same_meeting(a: tuple[dt.date, str | None], b: tuple[dt.date, str | None], common: int) -> bool:
    if abs((a[0] - b[0]).days) > MEETING_DAYS:
        return False
    if a[1] and b[1]:
        return a[1] == b[1]
    return common >= 2
