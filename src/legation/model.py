"""The one data model every stage reads and writes.

Data flows one way: :class:`Document` (ingest) → mentions (:class:`TimeValue`, :class:`MeetingMention`,
:class:`IssueMention`, :class:`Statement`, :class:`Event`, gathered per document in :class:`Analysis`)
→ fused :class:`Track` records (:class:`Round`, :class:`IssueStatus`, :class:`Conflict`) in a
:class:`Dossier`. Records are frozen so a later stage can never edit what an earlier one produced, and
every extracted fact carries the :class:`Evidence` it was read from.

``to_dict``/``from_dict`` give the JSON form documented in ``docs/dossier.md`` and
``src/legation/data/dossier.schema.json``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

DOSSIER_FORMAT = "legation-dossier/1"

ActorKind = Literal["person", "organisation", "country"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

#: Ordered progression of an agenda item, then the terminal states outside it.
STATUS_ORDER: tuple[str, ...] = (
    "raised",
    "proposed",
    "discussed",
    "agreed",
    "roadmap",
    "formalised",
    "implemented",
)
STATUS_OTHER: tuple[str, ...] = ("rejected", "deferred", "excluded")
STATUSES: tuple[str, ...] = STATUS_ORDER + STATUS_OTHER
#: How a round's status of an item reads against the previous round that reports it: ``first`` (no
#: earlier report), ``advanced`` (further along the progression), ``same``, ``reported-less`` (a
#: source reporting less than an earlier round reached: not a step back in the talks), ``turned``
#: (rejected, deferred or excluded after progress), ``resumed`` (back in the progression after one).
STATUS_CHANGES: tuple[str, ...] = ("first", "advanced", "same", "reported-less", "turned", "resumed")
#: How far a status goes, for settling between two reports of one item at one round: further wins.
#: A declared refusal outranks talk about an item, and any agreement outranks a refusal.
STATUS_RANK: dict[str, int] = {
    s: i
    for i, s in enumerate(
        (
            "raised",
            "proposed",
            "discussed",
            "deferred",
            "rejected",
            "excluded",
            *STATUS_ORDER[STATUS_ORDER.index("agreed") :],
        )
    )
}


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the document, the sentence, and the character span in the document."""

    document_id: str
    sentence_index: int
    start: int
    end: int
    sentence: str


@dataclass(frozen=True, slots=True)
class Document:
    """One dated article, as ingested.

    ``written`` is the date of writing a dateline gives ("GENEVA, May 11 (Reuters) -"), which can be a
    day before ``published``; relative dates resolve against :attr:`anchor`.
    """

    id: str
    text: str
    published: dt.date
    source: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None
    language: str = "en"
    dateline_place: str | None = None
    written: dt.date | None = None

    @property
    def anchor(self) -> dt.date:
        return self.written or self.published


@dataclass(frozen=True, slots=True)
class Sentence:
    document_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A temporal expression normalised to a TIMEX3 value (``1998-10-08``, ``PT5H``, ``PAST_REF``).

    ``start``/``end`` are character offsets in the text that was normalised (the document text in the
    pipeline). ``begin``/``finish`` hold the two ends of a range ("between 2016 and 2018").
    """

    text: str
    type: TimexType
    value: str
    start: int
    end: int
    mod: str | None = None
    begin: str | None = None
    finish: str | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A time value found in a document, with its evidence."""

    time: TimeValue
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation or country, with the party (country) it speaks for."""

    name: str
    kind: ActorKind
    role: str | None = None
    party: str | None = None


@dataclass(frozen=True, slots=True)
class Head:
    """The head of a delegation at a meeting."""

    actor: Actor
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Event:
    """A sentence coded to the ontology (``docs/ontology.md``): CONSULT, AGREE, REQUEST, ..."""

    type: str
    actors: tuple[Actor, ...]
    evidence: Evidence
    time: TimeValue | None = None
    place: str | None = None
    issue: str | None = None
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class MeetingMention:
    """One document's account of one meeting. Fields are None when the document does not say."""

    key: str  # unique within the document
    evidence: tuple[Evidence, ...]
    date: TimeValue | None = None
    city: str | None = None
    venue: str | None = None
    duration: TimeValue | None = None
    format: str | None = None
    ordinal: int | None = None
    parties: tuple[str, ...] = ()
    heads: tuple[Head, ...] = ()
    planned: bool = False
    field_evidence: dict[str, Evidence] = field(default_factory=dict, compare=False, hash=False)
    #: "postponed" or "cancelled" when the sentence says the meeting was put off or called off.
    fate: str | None = None
    #: the name of someone named as taking part whom the report ties to no actor ("the Pope met X"):
    #: another report of the track may give that person a side
    outsider: str | None = None
    #: A planned meeting the report dates only by a stretch of time: the week, month, season or year
    #: ("next week" → ``2006-W47``, "later this month" → ``2006-11``), or a vague future ("soon",
    #: "in the coming days", "the next round": ``FUTURE_REF`` or the duration's value). None when a day
    #: is known or the meeting is held.
    period: TimeValue | None = None
    #: the report tells it in a sentence opening on another matter ("Separately, X and Y signed ..."): a
    #: meeting of other sides than the report's
    aside: bool = False
    #: its date is the day someone arrived for it ("X arrived here Wednesday for talks with Y"): the talks
    #: may have been held the next day, as another report dates them
    arrival: bool = False
    #: its date is the day a visit it was held during ended ("X ended his visit Wednesday ... during his
    #: stay, X held talks with Y"): the talks were held on that day or on one of the visit's days before
    departure: bool = False
    #: "opened" or "closed" when the sentence dating it tells its first or its last day ("the talks opened
    #: on Monday", "the talks, which ended on Thursday"): two such reports some days apart are one round;
    #: "going" when it tells a day after the first ("the talks continued on Thursday"): a later day of a
    #: round its track holds a few days before
    stage: str | None = None
    #: who meets ("leaders", "ministers", "officials", "business": ``level`` words of ``meetings.yaml``),
    #: when the report says: the senior officials' meeting, the ministerial meeting and the leaders'
    #: summit of one forum, in one city on adjacent days, are three rounds, not one
    level: str | None = None
    #: a named gathering to come that the report tells only as one person or side is to attend it, with
    #: no one it is with ("X will also attend the 13th summit of the bloc"): a round of the forum's track,
    #: none of that side's talks with another
    gone_to: bool = False
    #: for a round the report numbers only as "the next" (or "the previous") one: the day of the round it
    #: counts from and the step (+1, -1), so that the number follows the one the track's reports give
    #: that round when this report's own count differs
    counted_from: tuple[str, int] | None = None

    @property
    def sides_seen(self) -> set[str]:
        """The actors this account sees at the meeting: its parties and its heads' sides (the rules that
        ask who met read it, in nlp as in fuse)."""
        return {*self.parties, *(h.actor.party for h in self.heads if h.actor.party)}


@dataclass(frozen=True, slots=True)
class IssueMention:
    """An agenda item and its status as one sentence reports it."""

    issue: str  # key in the taxonomy, or ``other:<slug>`` for items surfaced by the fallback
    label: str
    status: str
    evidence: Evidence
    raised_by: str | None = None
    meeting: str | None = None  # MeetingMention.key of the round it belongs to
    phrase: str | None = None  # the words that named the issue
    #: The round the sentence names when it is none of the document's meetings ("at the first round",
    #: "in March"): fusion finds it among the track's rounds. Both None: the round is ``meeting``.
    round_ordinal: int | None = None
    round_date: str | None = None


@dataclass(frozen=True, slots=True)
class ThirdParty:
    """A host, mediator, facilitator, chair, guarantor or observer of a negotiation: present, not a side.

    Kept apart from the parties so that a mediated or hosted negotiation is still one negotiation
    between its sides, and shown with the sentences that gave each role.
    """

    name: str
    role: str  # one of THIRD_PARTY_ROLES
    evidence: tuple[Evidence, ...]


THIRD_PARTY_ROLES: tuple[str, ...] = ("host", "mediator", "facilitator", "chair", "guarantor", "observer")


@dataclass(frozen=True, slots=True)
class Statement:
    """An attributed statement: who said it, with which cue, what, and when, with the spans it was read from.

    ``text`` is the content as an analyst reads it: the words the source was quoted with stand between
    quotation marks (“…”), reported speech stands without them, so marks in any output come from quoted
    spans only. ``content`` holds the same as character spans of the document, each with ``True`` when
    it is quoted verbatim; ``quoted`` is true when any of it is. ``cue_span`` and ``source_span`` are the
    cue ("said", "according to") and the words naming the source as written ("he", "officials"), which
    ``speaker`` resolves. ``generic`` marks a speaker that is a group rather than one person or body
    ("officials", "Republican sources"); ``kind`` says whether the attribution was spoken, written, or a
    belief or intention ("believes", "wants"); ``act`` (a deed taking a stance: "approved", "ordered")
    is an attribution in PolNeAR's sense only, kept for scoring and never in a dossier.
    """

    speaker: Actor
    cue: str
    text: str
    quoted: bool
    evidence: Evidence
    date: TimeValue | None = None
    kind: Literal["spoken", "written", "belief", "act"] = "spoken"
    source: str | None = None
    generic: bool = False
    cue_span: tuple[int, int] | None = None
    source_span: tuple[int, int] | None = None
    content: tuple[tuple[int, int, bool], ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything extracted from one document: the unit the store keeps and the fuser reads."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    timexes: tuple[Timex, ...] = ()
    meetings: tuple[MeetingMention, ...] = ()
    issues: tuple[IssueMention, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    parties: tuple[str, ...] = ()
    subject: str | None = None
    skipped: str | None = None  # why the document was not analysed (language, duplicate, ...)
    failed: str | None = None  # why its analysis crashed: the document's error line, never the run's end
    third_parties: tuple[ThirdParty, ...] = ()
    #: Every wording the document uses for each party ("the rebels", "ADFL" for one movement).
    party_names: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    #: Whether the document describes a negotiation between its parties (talks, a meeting, a
    #: delegation, an offer, an agreement), not merely names them.
    negotiation: bool = False
    #: The parties that are non-state movements (named differently from report to report).
    movements: tuple[str, ...] = ()
    #: Every actor named in the document's sentences about a negotiation (sides, third parties,
    #: bystanders); a report that names both sides of a known negotiation belongs to its track.
    named: tuple[str, ...] = ()
    #: How many sides the report says the talks have ("six-party talks", "four-way talks"), if it says.
    size: int | None = None
    #: The sides the report lists for talks of that many sides ("the six-party talks, which involve A, B,
    #: C, D, E and F"), when it lists them all in one sentence.
    members: tuple[str, ...] = ()
    #: The named grouping whose own meeting the report tells of ("the APEC summit"; data/groupings.yaml):
    #: its members are the report's parties, and its reports key one track (see :mod:`legation.fuse.keys`).
    forum: str | None = None
    #: Meetings the report announces for a stretch of time and no day ("will meet next week", "talks
    #: are to resume soon"; see :attr:`MeetingMention.period`). Kept apart from :attr:`meetings`, which
    #: tell a report's sides, track and rounds of issues: an announcement with no day says little of
    #: those, and becomes a planned round only when fusion finds it a meeting of the track's sides.
    announced: tuple[MeetingMention, ...] = ()


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Sourced:
    """One source's value for one field of a fused record."""

    value: Any
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that disagree on one field of one round: every value with the sources that gave it."""

    round_id: str
    field: str
    values: tuple[Sourced, ...]


@dataclass(frozen=True, slots=True)
class Round:
    """One real meeting of a track, fused from every document that reports it.

    The top-level values are the ones legation settles on; ``fields`` keeps every source's value.
    """

    id: str
    ordinal: int | None
    date: str | None
    city: str | None
    venue: str | None
    duration: TimeValue | None
    format: str | None
    heads: tuple[Head, ...]
    parties: tuple[str, ...]
    sources: tuple[str, ...]
    fields: dict[str, tuple[Sourced, ...]] = field(default_factory=dict, compare=False, hash=False)
    planned: bool = False
    end: str | None = None  # the last day of a round held over several days
    #: What became of an announced round: "held" (announced, then reported held), "postponed",
    #: "cancelled"; None for a round still pending or one reported only once held. Its sources are in
    #: ``fields["fate"]``.
    fate: str | None = None
    #: When a planned round the reports date by no day is expected: the time they give it ("next week"
    #: as ``2006-W47``, "in January" as ``2007-01``, "soon" as ``FUTURE_REF``; see
    #: :attr:`MeetingMention.period`), every source's in ``fields["period"]``.
    period: TimeValue | None = None


@dataclass(frozen=True, slots=True)
class Issue:
    key: str
    label: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IssueStatus:
    """Where one issue stood at one round, with who raised it and the supporting sentences.

    ``previous`` is the issue's status at the last earlier round that reports it, and ``change`` how
    this round's report reads against it (see :data:`STATUS_CHANGES`), so that an item's path across
    rounds ("raised at #1 → roadmap at #2") can be read with the evidence of every step.
    """

    round_id: str
    issue: str
    status: str
    evidence: tuple[Evidence, ...]
    raised_by: str | None = None
    previous: str | None = None
    change: str | None = None


@dataclass(frozen=True, slots=True)
class Track:
    """One negotiation: the parties, the subject, its rounds and everything said about them."""

    id: str
    name: str
    parties: tuple[str, ...]
    subject: str | None
    documents: tuple[str, ...]
    rounds: tuple[Round, ...] = ()
    issues: tuple[Issue, ...] = ()
    issue_status: tuple[IssueStatus, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    third_parties: tuple[ThirdParty, ...] = ()
    #: Every wording the reports use for each party, the party's own name first.
    party_names: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class DocumentError:
    """A document that could not be ingested or analysed, kept in the dossier so it is never lost silently."""

    source: str
    reason: str
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Dossier:
    documents: tuple[Document, ...]
    tracks: tuple[Track, ...]
    timexes: tuple[Timex, ...] = ()
    skipped: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    errors: tuple[DocumentError, ...] = ()
    format: str = DOSSIER_FORMAT


# --- JSON form -----------------------------------------------------------------------------------------

_OMIT_FROM_JSON = {("Document", "text")}


def to_dict(obj: Any) -> Any:
    """The JSON form of any model object (dates as ISO strings, tuples as lists)."""
    names = _json_fields(type(obj)) if dataclasses.is_dataclass(obj) and not isinstance(obj, type) else None
    if names is not None:
        return {n: to_dict(getattr(obj, n)) for n in names}
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_dict(v) for v in obj]
    return obj


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a model object from its JSON form; the inverse of :func:`to_dict`."""
    return typing.cast(T, _decode(cls, data))


@functools.cache
def _json_fields(cls: type) -> tuple[str, ...]:
    """The fields of a model class that its JSON form carries, once per class."""
    return tuple(f.name for f in dataclasses.fields(cls) if (cls.__name__, f.name) not in _OMIT_FROM_JSON)


@functools.cache
def _hints(tp: Any) -> dict[str, Any]:
    """Resolved field types of a model class, once per class (resolving them is slow)."""
    return typing.get_type_hints(tp)


def _decode(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _decode(args[0], data) if len(args) == 1 else data
    if origin is Literal:
        return data
    if origin is tuple:
        (inner, *_rest) = typing.get_args(tp)
        return tuple(_decode(inner, v) for v in data)
    if origin is dict:
        _k, inner = typing.get_args(tp)
        return {k: _decode(inner, v) for k, v in data.items()}
    if tp is dt.date:
        return dt.date.fromisoformat(data)
    if dataclasses.is_dataclass(tp):
        hints = _hints(typing.cast(type, tp))
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = _decode(hints[f.name], data[f.name])
            elif f.name == "text" and tp is Document:
                kwargs[f.name] = ""
        return typing.cast(Any, tp)(**kwargs)
    return data
