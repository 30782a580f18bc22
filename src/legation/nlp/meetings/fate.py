"""The fate of a meeting that is not simply held: one planned or announced ("will meet next week", "the
scheduled talks"), one only wished for or asked for ("hope to meet", "calls for talks"), one put off or
called off ("postponed", "called off"), one refused; and the window of days an announced meeting can be in.
It is separate from the dates because it reads tense, modality and wanting, not when."""

from __future__ import annotations

import datetime as dt
import re

from legation.lexicon import word_list
from legation.model import MeetingMention, TimeValue
from legation.nlp.context import DocContext, Token, parse_tables, subtree_of
from legation.nlp.lexicons import MEETING_LISTS, agenda_words, meeting_words
from legation.nlp.meetings.dates import CLOSING, NEXT_WORDS, OPENING, STAGE_NOUNS, next_word
from legation.nlp.meetings.grammar import (
    AFTER_WORDS,
    DELEGATION_WORDS,
    MEETING_EVENT_VERBS,
    PLANNING,
    REQUESTING,
    WILLING,
    infinitive,
    is_speech,
    joined_to,
    purpose_of,
    topic,
    wisher_of,
)
from legation.time.values import granularity, shift_date, stretch

#: Modal verbs that make a meeting one that may happen: "X could meet Y on Monday", "said he would meet Y".
_MODALS = {"could", "might", "may", "would"}
#: Verbs whose "to meet" did not happen: "refused to meet", "failed to meet".
_UNWILLING = word_list(MEETING_LISTS, "unwilling")


def refused(ctx: DocContext, start: int) -> bool:
    """Whether the word at a character offset describes a meeting someone refused or did not hold:
    "refused to meet face-to-face", "did not meet in person" give no format of the talks held."""
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for t in [span[0], *span[0].ancestors][:4]:
        if t.pos_ in ("VERB", "AUX") and (
            t.lemma_.lower() in _UNWILLING or any(c.dep_ == "neg" for c in t.children)
        ):
            return True
    return False


def of_the_sides(triggers: list[Token]) -> bool:
    """With no side named, whether a meeting is still the talks': a word for talks says so ("the talks
    will resume soon"), or the sides or delegations as who meets ("the two sides will meet again next
    month"), or a joint body of theirs ("the joint committee will meet next week"), or the meeting is one
    "again", or what is to be negotiated is its subject ("the rest will be negotiated next month"); not
    "she was expected to meet the community shortly"."""
    if any(t.pos_ in ("NOUN", "PROPN") for t in triggers):
        return True
    if any(c.lower_ == "again" and c.dep_ == "advmod" for t in triggers for c in t.children):
        return True  # "the leaders agreed to meet again in October": those who met before
    passive = (t for t in triggers if any(c.dep_ == "auxpass" for c in t.children))
    if any(t.lemma_.lower() == "negotiate" for t in passive):
        return True  # "the remaining protocols will be negotiated in the coming weeks": by the sides
    return any(
        (c.lower_ in DELEGATION_WORDS or (c.dep_ == "nsubj" and _joint_body(c)))
        and c.dep_ in ("nsubj", "nsubjpass", "dobj")
        for t in triggers
        for c in t.children
    )


def _joint_body(noun: Token) -> bool:
    """A standing body of the sides meeting: "the joint border committee will meet next week", "the
    bilateral commission meets in May" (a ``body`` noun of ``agenda.yaml`` that a ``joint-body`` word of
    ``meetings.yaml`` makes the sides' own), not "the committee will meet" of one side's parliament."""
    if noun.lemma_.lower() not in agenda_words().body:
        return False
    joint = meeting_words().joint_bodies
    return any(c.dep_ in ("amod", "compound") and c.lower_ in joint for c in noun.children)


def only_wished(triggers: list[Token]) -> bool:
    """Whether the meeting the sentence announces is only wished, asked for or offered: "hope to meet
    next month", "talks could resume soon", "urged them to meet next week", "a possible meeting" (the
    `wish` words of `meetings.yaml`). The first meeting word whose tense tells decides, as for
    :func:`future_verdict`."""
    wishes = meeting_words().wishes
    for t in triggers:
        if _future_word(t) is not True:
            continue
        if any(c.dep_ == "amod" and c.lower_ in wishes for c in t.children):
            return True  # "a possible meeting next week"
        nouns = [t, *(c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c in triggers)]
        if any(c.dep_ == "amod" and c.lower_ in NEXT_WORDS for n in nouns for c in n.children):
            return False  # "offered to host the next summit": the summit is set, the offer is to host it
        verb = t
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if any(c.dep_ == "aux" and c.lower_ in wishes for c in verb.children):
            return True  # "could resume", "might meet"
        if t.dep_ == "dobj" and verb.lemma_.lower() in wishes:
            return True  # "proposed a meeting of the two presidents", "offered talks"
        wisher = wisher_of(verb)
        if wisher is not None and wisher.lemma_.lower() in wishes:
            return True  # "hope to meet", "urged them to hold talks"
        if verb.tag_ == "VBG" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in wishes:
            return True  # "would propose holding talks", "suggested meeting next week"
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in wishes  # "hopes talks will resume soon"
    return False


#: Nouns that make a meeting hoped for, not held or set: "hopes of talks between X and Y rose",
#: "the possibility of a meeting on Monday", "calls for talks".
_HOPE_NOUNS = word_list(MEETING_LISTS, "hope-nouns")


#: Verbs (lemma, particle) that put a meeting off or call it off.
_FATES = {
    ("postpone", ""): "postponed",
    ("delay", ""): "postponed",
    ("defer", ""): "postponed",
    ("reschedule", ""): "postponed",
    ("put", "off"): "postponed",
    ("push", "back"): "postponed",
    ("put", "back"): "postponed",
    ("set", "back"): "postponed",
    ("cancel", ""): "cancelled",
    ("scrap", ""): "cancelled",
    ("call", "off"): "cancelled",
    ("abandon", ""): "cancelled",
    # talks halted are not held that day, and may resume: put off
    ("suspend", ""): "postponed",
    ("freeze", ""): "postponed",
    ("halt", ""): "postponed",
}


_PARTICLES = frozenset(particle for _verb, particle in _FATES if particle)


def fate_of(triggers: list[Token]) -> tuple[str, Token] | None:
    """Whether the meeting was put off ("the talks were postponed", "postponed the second round",
    "the delayed meeting") or called off ("called off the talks"), and the word that says so."""
    for t in triggers:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        # "the long-delayed round started": the adjective tells the round's past, the verb its fate
        started = t.head.pos_ == "VERB" and t.head.lemma_.lower() in MEETING_EVENT_VERBS
        candidates = [] if started else [c for c in t.children if c.dep_ == "amod"]
        if t.dep_ in ("nsubjpass", "nsubj", "dobj"):
            candidates.append(t.head)
        if t.dep_ in ("nsubjpass", "nsubj", "dobj"):
            # "the talks were due to resume on Aug. 8 but were postponed", "X called the meeting for the
            # 8th, but it was postponed": a verb joined to the talks' own, with no subject of its own but
            # a pronoun for them
            candidates += [
                v
                for v in t.head.conjuncts
                if all(c.lower_ in ("it", "they") for c in v.children if c.dep_.startswith("nsubj"))
            ]
        for verb in candidates:
            # the particle, also where the parser took it for an adverb ("was put back by four days")
            particle = next(
                (
                    c.lower_
                    for c in verb.children
                    if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLES)
                ),
                "",
            )
            fate = _FATES.get((verb.lemma_.lower(), particle)) or _FATES.get((verb.lemma_.lower(), ""))
            if fate is not None and not any(c.dep_ == "neg" for c in verb.children):
                return fate, verb
        if t.dep_ in ("nsubj", "nsubjpass") and _did_not_happen(t.head):
            return "postponed", t.head
        if t.dep_ in ("nsubj", "nsubjpass") and _will_not_happen(t.head):
            return "cancelled", t.head
    return None


#: Verbs whose subject, a meeting, took place: "the talks started", "the meeting took place" (not "were
#: held", which "were not held in public" negates the manner of).
_HAPPENING = OPENING | {"take", "convene"}


def _did_not_happen(verb: Token) -> bool:
    """Whether a meeting's own verb says it did not happen when set: "the talks did not start on the date
    planned", "the meeting did not take place" (put off, not held); not "have not started yet" (still to
    come, no fate)."""
    lemma = verb.lemma_.lower()
    if lemma not in _HAPPENING or not any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return False
    if any(c.lower_ == "yet" for c in verb.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


#: Words after a meeting's negated verb that only move it: "will not take place until May", "before".
_NOT_UNTIL = frozenset({"until", "till", "before", "yet"})


def _will_not_happen(verb: Token) -> bool:
    """Whether a meeting's own verb says, in the future, that it is off: "Sunday's talks will not take
    place", "the round would not now go ahead" (called off); not "will not start until May" (put off,
    which the date to come tells) nor "did not take place" (:func:`_did_not_happen`)."""
    lemma = verb.lemma_.lower()
    if (lemma not in _HAPPENING and lemma != "go") or not any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return False
    if lemma == "go" and not any(c.lower_ == "ahead" for c in verb.children):
        return False
    if any(c.lower_ in _NOT_UNTIL for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "wo", "'ll", "shall") for c in verb.children)


def hoped_for(trigger: Token) -> bool:
    """A meeting noun governed by "hopes of", "prospects for", "the possibility of", "calls for", and
    a meeting verb that did not happen ("refused to meet")."""
    if trigger.pos_ == "VERB":
        return trigger.dep_ == "xcomp" and trigger.head.lemma_ in _UNWILLING
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    head = trigger.head
    if head.dep_ == "prep" and head.lower_ in ("of", "for"):
        return head.head.lower_ in _HOPE_NOUNS
    if head.dep_ == "prep" and head.lower_ in ("toward", "towards"):
        return True  # "the momentum toward the first direct talks", "a step towards negotiations"
    if head.dep_ == "prep" and head.lower_ in ("on", "about", "over") and head.head.pos_ == "ADJ":
        # "optimistic on the next talks", "confident about the coming round": a mood, no announcement
        return next_word([trigger]) is not None
    if trigger.dep_ == "dobj" and head.lemma_.lower() in _NEEDING:
        return True  # "they need further talks with Y": talks still to be had, not held
    if trigger.dep_ == "dobj" and head.lemma_.lower() in _REVIVING and head.dep_ in ("pcomp", "acl", "xcomp"):
        # "ways of reviving peace talks", "efforts to restart the negotiations": talks sought, not held
        above = head.head.head if head.head.dep_ == "prep" else head.head
        return above.lower_ in _SEEKING_NOUNS
    return False


#: Verbs of needing: the meeting they govern is still wanting.
_NEEDING = word_list(MEETING_LISTS, "needing")

#: Verbs that bring talks back, and nouns under which doing so is only sought.
_REVIVING = word_list(MEETING_LISTS, "reviving")
_SEEKING_NOUNS = _HOPE_NOUNS | word_list(MEETING_LISTS, "seeking-nouns")


def future_verdict(triggers: list[Token]) -> bool | None:
    """A meeting not yet held (True): "will meet", "a fifth round will be announced", "scheduled for";
    held (False); None when no verb tells. The first meeting word whose tense can be told decides:
    "the talks have stalled, with both sides agreeing to meet again next month" reports talks held,
    "X and Y will meet again after the talks ended on Friday" talks to come."""
    for t in triggers:
        verdict = _future_word(t, alone=len(triggers) == 1)
        if verdict is not None:
            return verdict
    return None


#: Nouns of a part of a meeting that stand between it and the verb it is the setting of: "agreed to X at the
#: end of the meeting", "on the sidelines of the summit".
_SETTINGS = frozenset({*STAGE_NOUNS, "sideline", "sidelines", "margin", "margins"})


def _tells_a_meeting(verb: Token, besides: Token) -> bool:
    """Whether what a verb says names a meeting other than ``besides`` ("announced that they would meet
    again"), which may be the plan the verb tells."""
    words, lemmas = meeting_words(), parse_tables(verb.doc).lemmas
    own = range(besides.left_edge.i, besides.right_edge.i + 1)
    return any(
        (lemmas[i] in words.verbs or lemmas[i] in words.nouns) and i not in own
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp", "dobj")
        for i in subtree_of(c)
    )


#: Auxiliaries of a time to come, also as seen from the past ("would be held").
_WILL = frozenset({"will", "would", "shall", "'ll"})


def _told_of(clause: Token) -> Token:
    """The verb a clause on a meeting tells it by: the one a speech verb reports ("which diplomats said
    would be held": "held", not "said")."""
    if is_speech(clause):
        return next((c for c in clause.children if c.dep_ == "ccomp"), clause)
    return clause


def _future_word(t: Token, alone: bool = False) -> bool | None:
    """Whether one meeting word names a meeting to come; None when no verb tells. ``alone``: the
    sentence names no other meeting (which what it says is to come could be)."""
    told = [_told_of(c) for c in t.children if c.dep_ in ("relcl", "acl")]
    if any(c.tag_ == "VBD" for c in told):
        return False  # "the talks, which ended Thursday, are aimed at a truce": held
    if any(
        c.tag_ in ("VB", "VBN")
        and c.lemma_.lower() in _HOLDING
        and any(a.lower_ in _WILL for a in c.children if a.dep_ == "aux")
        for c in told
    ):
        # "a meeting, which diplomats said would be held later on Friday": to come (not "a summit which
        # would try to relaunch the process", what it is for)
        return True
    places = [o for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for o in p.children]
    if any(
        c.dep_ == "relcl" and c.tag_ == "VBD" and c.lemma_.lower() in _TOLD_HELD
        for o in places
        for c in o.children
    ):
        return False  # "the talks in X, which began on May 6, are expected to continue": the parser's X
    if any(c.dep_ in ("acl", "relcl") and infinitive(c) for c in t.children if c.lemma_.lower() in _HOLDING):
        return True  # "the meeting, to be held on Monday", "talks to start next week": to come
    if t.pos_ in ("NOUN", "PROPN") and _announced(t):
        return True
    verb = t
    for _ in range(4):  # up through "of", "for": "the date of a fifth round will be set"
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if _not_attending(verb):
        # "X was not expected to join the session": whether X goes, not that the talks are to come; unless
        # the talks' own clause tells ("would not attend talks that had been due to begin on Tuesday")
        return True if any(_due(c) for c in t.children if c.dep_ in ("relcl", "acl")) else None
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in _CONTENT for c in verb.children):
        return None  # "the talks are expected to focus on farm goods": what they are about, not when
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i and verb.lemma_.lower() in _PURPOSE:
        return None  # "the talks are aimed at settling X": what they are for, not when
    if t.dep_ == "nsubj" and t.head.i == verb.i and verb.lemma_ in PLANNING:
        return None  # "the meeting on Thursday announced a new accord": the meeting announces, held
    setting = t
    if (
        setting.dep_ == "pobj"
        and setting.head.lower_ == "of"
        and setting.head.head.lemma_.lower() in _SETTINGS
    ):
        setting = setting.head.head  # "at the end of a two-day meeting", "on the sidelines of the summit"
    if (
        setting.dep_ == "pobj"
        and setting.head.lower_ in ("in", "at", "during", "on", "after")
        and verb.dep_ == "xcomp"
    ):
        # "agreed Friday to exchange prisoners in their first talks": the talks are where it was agreed;
        # "agreed to pull back troops after the sixth round": the talks came before the agreement
        verb = verb.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    joined = joined_to(verb)
    if not aux and joined is not None:  # "X will visit Y and hold talks": the talks are to come too
        aux = {c.lower_ for c in joined.children if c.dep_ in ("aux", "auxpass")}
    purpose = purpose_of(verb)
    if purpose is not None:  # "X will visit Y next week to meet Z": the meeting is the visit's purpose
        aux = {c.lower_ for c in purpose.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll"} or (aux & _MODALS and "have" not in aux):
        return True
    if _due(verb):
        return True  # "the talks were due to start Monday", "had been due to take place": a plan told
    if verb.head.lemma_ in PLANNING and verb.dep_ in ("xcomp", "ccomp"):
        return True
    if (
        alone
        and setting.dep_ == "pobj"
        and setting.head.lower_ in AFTER_WORDS
        and verb.tag_ == "VBD"
        and verb.i > setting.i
        and not _tells_a_meeting(verb, setting)
    ):
        # "After her meeting with X, the ministry announced that ...": what was announced came of a
        # meeting already held, unless it is another meeting ("... that they would meet again")
        return False
    if verb.head.lemma_ in WILLING | REQUESTING and verb.dep_ == "xcomp":
        return True  # "agreed to meet", "urged X and Y to hold talks": not held (yet)
    if (
        infinitive(verb)
        and verb.lemma_.lower() in _HOLDING
        and any(a.lemma_.lower() in WILLING | REQUESTING | PLANNING for a in verb.ancestors)
    ):
        return True  # "agreed to avoid X and to hold a seventh round": the parser hangs the second one low
    return verb.lemma_ in PLANNING or wisher_of(verb) is not None


def _due(verb: Token) -> bool:
    """Whether a verb "be" tells a plan: "were due to start", "had been scheduled to take place"."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _ANNOUNCING and any(x.dep_ == "xcomp" for x in c.children)
        for c in verb.children
    )


def _not_attending(verb: Token) -> bool:
    """Whether the verb a meeting word hangs on says someone will not be at it: "X will not attend the
    talks", "Y was not expected to join the session" (an `attending` verb of ``meetings.yaml``, negated
    itself or in the verb of expecting above it). Who stays away tells nothing of the talks' own time: a
    plan of them is told elsewhere, or there is none."""
    if verb.lemma_.lower() not in meeting_words().attending:
        return False
    above = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]
    return any(c.dep_ == "neg" for v in above for c in v.children)


#: Verbs whose infinitive on a meeting noun says it is to come: "the meeting, to be held", "talks to start"
#: (not "talks to end the war", "talks to open the border": what the talks are for).
_HOLDING = word_list(MEETING_LISTS, "holding")
#: Verbs of what a meeting deals with: an expectation of them ("the talks are expected to focus on X") tells
#: what the talks are about, not that they are still to come.
_CONTENT = word_list(MEETING_LISTS, "content")
#: Verbs of what a meeting is for, whose subject it is: "the talks are aimed at X", "the talks aim to end Y"
#: (unlike "X aims to hold talks", a meeting planned).
_PURPOSE = word_list(MEETING_LISTS, "purpose")
#: Verbs of a meeting's course that a relative clause hung on its place can only be telling of the meeting.
_TOLD_HELD = OPENING | CLOSING


#: Words after a meeting noun that announce it: "talks due to start", "a round scheduled for May".
_ANNOUNCING = word_list(MEETING_LISTS, "announcing")


def _to_way(prep: Token) -> bool:
    """Whether a "for" opens the way to a meeting: "paved the way for talks", "the way for a summit"."""
    head = prep.head
    return head.lower_ == "way" or any(c.dep_ == "dobj" and c.lower_ == "way" for c in head.children)


#: Verbs of keeping something for a meeting to come: "the decisions are being saved for a summit" (and "the
#: way for a summit", paved or cleared, is to one to come).
_KEPT_FOR = word_list(MEETING_LISTS, "kept-for")


def _announced(noun: Token) -> bool:
    """A meeting noun that names talks to come: "the planned talks", "the upcoming round" (`planned`
    words in `meetings.yaml`), "talks due to start", "prepare for the talks", "push for talks"."""
    if topic(noun):
        return False  # "met to discuss the proposed talks": what a meeting is about, not the meeting
    planned = meeting_words().planned
    if any(c.dep_ == "amod" and (c.lower_ in planned or c.lemma_.lower() in PLANNING) for c in noun.children):
        return True  # "the scheduled talks", "the planned meeting", "the upcoming round"
    after = noun.doc[noun.i + 1 : noun.i + 3]
    if len(after) == 2 and after[0].lower_ in _ANNOUNCING and after[1].lower_ in ("to", "for"):
        return True
    prep = noun.head
    return bool(
        noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and (prep.head.lemma_.lower() in WILLING | REQUESTING | PLANNING | _KEPT_FOR or _to_way(prep))
    )


def announced_only(m: MeetingMention) -> bool:
    """A meeting announced with no day and no ordinal, only a stretch of time ("next week", "soon")."""
    return m.planned and m.date is None and m.ordinal is None and m.period is not None


def announced_window(period: TimeValue, anchor: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days a meeting announced for a week or a month can be on: that week or month, from the day
    after the report when it says "later" ("later this month"); for "in two weeks", a week either side of
    that; None for a longer or vaguer stretch ("early next year", "soon"), which no day is sure to be in."""
    counted = _COUNTED_DURATION.match(period.value) if period.type == "DURATION" else None
    if counted is not None:  # "in two weeks": about two weeks after the report, give or take one
        n, unit = int(counted.group(1)), counted.group(2)
        early, late = shift_date(anchor, n - 1, unit), shift_date(anchor, n + 1, unit)
        if early is None or late is None:
            return None
        return max(early, anchor + dt.timedelta(days=1)), late
    days = stretch(period.value)
    if days is None or granularity(period.value) not in ANNOUNCED_STRETCHES:
        return None
    first, last = days
    if period.mod == "END" or "later" in period.text.lower():
        first = max(first, anchor + dt.timedelta(days=1))
    return (first, last) if first <= last else None


#: The stretches a meeting announced for them is told by its day in: a week, a month.
ANNOUNCED_STRETCHES = ("W", "M")
#: A counted stretch from the report ("in two weeks", "within ten days"); "in the coming days" counts none.
_COUNTED_DURATION = re.compile(r"^P(\d+)([DWM])$")
