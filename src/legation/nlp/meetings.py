"""Meeting mentions: the rounds a document reports, with date, city, venue, duration, format,
ordinal, parties and delegation heads.

Every sentence that names a meeting ("held talks", "the second round", "the meeting lasted") gives a
partial mention; mentions that agree (no clash of ordinal or date) are merged into the document's
meetings. A sentence with no ordinal and no date of its own is about the meeting the document is
mainly reporting (its *focal* meeting), which is the first one it names.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from legation.model import Actor, Evidence, Head, MeetingMention, TimeValue
from legation.nlp.actors import actor_words, backs, journey_end, names_talks
from legation.nlp.context import DocContext, Span, Token
from legation.nlp.lexicons import (
    MeetingWords,
    agenda_words,
    event_rules,
    issue_synonyms,
    meeting_words,
    speech_cues,
)
from legation.nlp.people import fuller_mention, name_span, propn_chain, title_before
from legation.time.values import granularity, holds, shift_date, stretch

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}  # fmt: skip
_ROUND_NOUNS = {"round", "rounds", "session", "meeting", "consultations", "talks"}
#: Nouns whose "first" counts the rounds of a negotiation ("the first round"); "the first meeting",
#: "their first direct talks" more often say that two sides met at all, or in a new way.
_COUNTED_NOUNS = {"round", "rounds", "session"}
_HEAD_VERBS = {"lead", "head", "chair", "co-chair", "cochair", "represent"}
#: Verbs whose place is the meeting's place when a meeting noun is their subject or object.
_MEETING_EVENT_VERBS = {
    "hold", "meet", "take", "finish", "begin", "conclude", "open", "end", "wrap", "start", "resume",
    "continue", "gather", "convene", "negotiate", "talk",
}  # fmt: skip
#: Verbs that make a meeting one that has not (yet) happened: "scheduled for", "postponed".
_PLANNING = {"plan", "expect", "schedule", "due", "set", "postpone", "propose", "announce", "intend", "aim"}
#: Verbs whose "to meet" is a meeting still to come: "agreed to meet", "offered to meet Y".
_WILLING = {
    "agree",
    "offer",
    "prepare",
    "want",
    "hope",
    "seek",
    "try",
    "promise",
    "pledge",
    "decide",
    "invite",
    "prepared",
    "ready",
    "willing",
    "eager",
}
#: Verbs by which someone asks others to meet: "urged X and Y to hold talks" is a meeting still to come.
_REQUESTING = {"urge", "ask", "call", "press", "encourage", "appeal", "push", "exhort"}
#: Modal verbs that make a meeting one that may happen: "X could meet Y on Monday", "said he would meet Y".
_MODALS = {"could", "might", "may", "would"}
#: Nouns by which a meeting is only wanted, offered or planned: "her willingness to meet X", "an
#: opportunity to meet X", "Y's invitation for talks".
_WANTING_NOUNS = frozenset(
    {
        "willingness", "readiness", "desire", "wish", "intention", "offer", "invitation", "proposal",
        "plan", "plans", "decision", "request", "opportunity", "agreement", "commitment", "pledge",
        "promise", "bid", "attempt", "effort", "efforts",
    }
)  # fmt: skip
#: Verbs whose "to meet" did not happen: "refused to meet", "failed to meet".
_UNWILLING = {"refuse", "fail", "decline"}
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class _Partial:
    """What one sentence says about one meeting."""

    sentence: int
    evidence: Evidence
    date: TimeValue | None = None
    city: str | None = None
    venue: str | None = None
    duration: TimeValue | None = None
    format: str | None = None
    ordinal: int | None = None
    relative: str | None = None  # "next" / "previous": ordinal relative to the focal meeting
    parties: list[str] = field(default_factory=list)
    heads: list[Head] = field(default_factory=list)
    planned: bool = False
    field_evidence: dict[str, Evidence] = field(default_factory=dict)
    loose_date: TimeValue | None = None  # a date in the sentence the parse does not tie to the meeting
    #: the date hangs on the meeting word itself ("met late Saturday"), not on a verb above it ("sparked
    #: hope Sunday by meeting"): the surer date when two sentences of one meeting differ by a day
    direct_date: bool = False
    fate: str | None = None  # "postponed" / "cancelled"
    #: a meeting word is a definite noun ("the meeting", "the talks") and no verb says someone met: this
    #: sentence speaks of a meeting already named, whoever its subject is ("X opened the meeting")
    anaphoric: bool = False
    #: someone named as taking part is a person no report ties to an actor ("the Pope met X")
    outsider: bool = False
    #: the sentence puts its meeting in a country ("talks in Oman") and no city of it is known
    abroad: bool = False
    #: the dated sentence tells the meeting's first or last day (:attr:`MeetingMention.stage`)
    stage: str | None = None
    #: the meeting is the occasion of a statement ("X said during a meeting with Y"): the statement's
    #: date, in its sentence or in the lead ("X said here Friday"), is the meeting's
    occasion: bool = False
    #: the stretch of time a planned meeting is expected in when no day is given ("next week", "soon")
    period: TimeValue | None = None
    #: a sentence announces the meeting for a stretch of time ("will meet next week"), not only wishes
    #: for it ("hope to meet next month", "could resume soon")
    announced: bool = False
    #: the sentence opens on another matter ("Separately, ..."): never a sentence of the report's meeting
    aside: bool = False
    #: the date is the day someone arrived for the meeting ("arrived here Wednesday for talks with Y")
    arrival: bool = False
    #: those of the meeting set off for it ("left for X to resume talks"): the day they meet is to come
    bound: bool = False
    #: the heads were named as having led a delegation ("X, who led the delegation, said the next round
    #: ..."): they led it at the meeting held, not at the one to come the sentence announces
    led_before: bool = False


def find_meetings(ctx: DocContext) -> list[MeetingMention]:
    """The meetings a document reports, held or planned with a day or an ordinal."""
    return read_meetings(ctx)[0]


def read_meetings(ctx: DocContext) -> tuple[list[MeetingMention], list[MeetingMention]]:
    """The meetings a document reports (:func:`find_meetings`), and those it only announces for a
    stretch of time with no day ("will meet next week", "soon"): see :attr:`Analysis.announced`."""
    partials = [p for sent in ctx.sents if (p := _read_sentence(ctx, sent)) is not None]
    abroad = {p.sentence for p in partials if p.abroad}
    found = [
        m if any(e.sentence_index in abroad for e in m.evidence) else _placed_by_dateline(ctx, m)
        for m in _merge(partials, _lead_date(ctx), ctx.anchor)
    ]
    return [m for m in found if not announced_only(m)], [m for m in found if announced_only(m)]


def _placed_by_dateline(ctx: DocContext, m: MeetingMention) -> MeetingMention:
    """A meeting the report tells as news (held within a day of its writing) with no place of its own is
    where the report was written when that is a city of one of the two sides seen meeting: "MOSCOW, Nov 1
    - Georgia's foreign minister met Lavrov on Wednesday". The evidence is the dateline."""
    city = _dateline_city(ctx)
    if m.city is not None or m.planned or m.date is None or city is None:
        return m
    sides = {*m.parties, *(h.actor.party for h in m.heads)} - {None}
    if len(sides) < 2 and len(m.heads) < 2:
        return m  # one side seen: its people may be on the way to talks elsewhere
    if abs((dt.date.fromisoformat(m.date.value[:10]) - ctx.anchor).days) > 1:
        return m
    if ctx.gazetteer.city_country(city) not in sides and not _seat_in_report(ctx, city):
        return m
    evidence = Evidence(ctx.document.id, 0, 0, 0, f"(dateline) {ctx.document.dateline_place}")
    return replace(m, city=city, field_evidence={**m.field_evidence, "city": evidence})


def _seat_in_report(ctx: DocContext, city: str) -> bool:
    """Whether the city is the seat of an organisation the report names: talks it brokers or hosts are
    held there ("BRUSSELS - EU-mediated talks between X and Y collapsed on Thursday")."""
    names = {m.name for m in ctx.actors.mentions if m.type == "organisation"}
    return any((ctx.gazetteer.seat_of(n) or "").lower() == city.lower() for n in names)


#: The report's main meeting is dated by its lead when it is named this early and nothing else dates it.
LEAD_SENTENCES = 3


@functools.cache
def _dealing_verbs() -> frozenset[str]:
    """Verbs of the sides dealing with each other: meeting verbs and those of the event ontology's
    consulting, agreeing, asking and rejecting (``events.yaml``)."""
    kinds = {"CONSULT", "AGREE", "REQUEST", "REJECT"}
    verbs = {lemma for rule in event_rules() if rule.plover in kinds for lemma in rule.lemmas}
    return frozenset(verbs | meeting_words().verbs | {"end", "discuss"})


def _lead_date(ctx: DocContext) -> tuple[TimeValue, Evidence, bool] | None:
    """The date of the lead's main event ("Albania and Italy agreed Wednesday ..."): wire copy dates the
    news once, in its first sentence, and names the meeting behind it in the next without a date. The
    flag says the lead dates a statement ("X should do Y, an official said here Friday"), which dates
    only a meeting named as the occasion of a statement."""
    lead = ctx.sents[0] if ctx.sents else None
    if lead is None:
        return None
    root = lead.root
    speech = _states(root)
    reported = next(
        (c for c in root.children if c.dep_ == "ccomp" and c.lemma_.lower() in _dealing_verbs()), None
    )
    told = False
    if speech and reported is not None:
        # "X and Y agreed on Monday to ..., Z said": the day of the dealings the speech reports
        root, speech, told = reported, False, True
    if root.lemma_.lower() not in _dealing_verbs() and not speech:
        return None  # a lead about the sides' dealings ("X and Y agreed Wednesday"), not "hopes rose Sunday"
    for t in ctx.times_in(lead.start_char, lead.end_char):
        if t.type not in ("DATE", "TIME") or not _DATE_RE.match(t.value):
            continue
        if not told and _said_on(lead, t) != speech:
            continue
        if not _recent(ctx, t.value):
            continue
        tok = next((x for x in lead if x.idx <= t.start < x.idx + len(x.text) + 1), None)
        if tok is not None and root in [tok, *tok.ancestors][:3]:
            value = TimeValue(t.text, "DATE", t.value[:10], t.start, t.end, t.mod)
            return value, ctx.evidence(t.start, t.end), speech
    return None


#: Prepositions that make a meeting the occasion of what is said: "said during a meeting with Y", "told
#: reporters after talks with Y"; "at" only on the speech verb itself ("said at the talks", not "equal
#: footing at the talks").
_OCCASION_PREPOSITIONS = frozenset({"during", "after", "following"})


def _occasion(sent: Span, triggers: list[Token]) -> bool:
    """Whether a meeting of the sentence is the occasion of a statement in it ("X said ... during a
    meeting with Y"), however the parse hangs the prepositional phrase."""
    return (
        any(
            t.pos_ == "NOUN"
            and t.dep_ == "pobj"
            and (
                (t.head.lower_ in _OCCASION_PREPOSITIONS and _past_act(t.head.head))
                or (t.head.lower_ == "at" and _states(t.head.head))
            )
            for t in triggers
        )
        and any(_states(t) for t in sent)
    ) or any(_addressed(t) or _saying_while(t) for t in triggers)


def _saying_while(trigger: Token) -> bool:
    """Whether a meeting verb qualifies a statement: "X said when meeting Y", "said while meeting Y"."""
    return trigger.pos_ == "VERB" and trigger.dep_ == "advcl" and _states(trigger.head)


def _addressed(trigger: Token) -> bool:
    """Whether a meeting is what someone spoke to: "X told the meeting", "addressed the summit"."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in ("dobj", "dative")
        and trigger.head.pos_ == "VERB"
        and trigger.head.lemma_.lower() in meeting_words().addressing
    )


def _states(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in meeting_words().stating


def _past_act(verb: Token) -> bool:
    """A statement, or something done in the past: not "would be appointed after consultations"."""
    if _states(verb):
        return True
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children
    )


_MET_VERBS = frozenset({"meet", "negotiate", "convene", "confer", "sign"})


#: Parts of speech of a word that names a meeting (:func:`_trigger`): no other word is tried.
_TRIGGER_TAGS = frozenset({"NOUN", "PROPN", "VERB"})


def _trigger(t: Token, words: MeetingWords) -> bool:
    """A word that names a meeting: a meeting noun, or a verb of meeting (with a meeting object)."""
    pos = t.pos_
    if pos in ("NOUN", "PROPN"):
        return t.lower_ in words.nouns
    if pos != "VERB":
        return False
    if t.lower_ in words.nouns and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return True  # a meeting noun the tagger took for a verb ("Ceasefire talks between X and Y stalled")
    lemma = t.lemma_.lower()
    if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children):
        return True  # "negotiators will sit down next week", "sat down with X"
    return lemma in _MET_VERBS or (lemma in words.verbs and _has_meeting_object(t, words))


def _read_sentence(ctx: DocContext, sent: Span) -> _Partial | None:
    words = meeting_words()
    triggers = [t for t in ctx.tokens_pos_in(sent, _TRIGGER_TAGS) if _trigger(t, words)]
    triggers = [t for t in triggers if not meets_a_requirement(t)]
    triggers = [t for t in triggers if not _hoped_for(t) and not _not_meeting(t, words.not_meetings)]
    led = _heads(ctx, sent)
    heads = led + [h for h in _chief_heads(ctx, sent) if h.actor.name not in {x.actor.name for x in led}]
    if not triggers and not heads:
        return None
    ev = ctx.span_evidence(sent)
    p = _Partial(sentence=ev.sentence_index, evidence=ev, heads=heads)
    text = ctx.text_of(sent)  # ``Span.text`` is rebuilt from the tokens on each call
    p.aside = bool(words.asides is not None and words.asides.match(text))
    ordinals = set()
    for t in triggers:
        ordinal, relative = _ordinal_of(t)
        if ordinal is not None:
            ordinals.add(ordinal)
        if ordinal is not None and p.ordinal is None:
            p.ordinal = ordinal
            p.field_evidence["ordinal"] = ctx.span_evidence(t)
        if relative and p.relative is None:
            p.relative = relative
            p.planned = relative == "next"
    if len(ordinals) > 1:  # "agreed in the fifth round, discussed in the sixth": a history of rounds
        p.ordinal = None
        p.field_evidence.pop("ordinal", None)
    tense = _future_verdict(triggers)
    if tense:
        p.planned = True
    fate = _fate(triggers)
    if fate is not None:
        p.fate, p.planned = fate[0], True
        p.field_evidence["fate"] = ctx.span_evidence(fate[1])
    if any(
        _earlier_period(ctx, t)
        and not _since(sent, t)
        and (_governs_meeting(sent, t, triggers) or _led_up_to(ctx, sent, t, triggers))
        for t in ctx.times_in(sent.start_char, sent.end_char)
    ):
        return None  # "talks in X collapsed in November": a meeting of a month or year gone by, background
    for t in ctx.times_in(sent.start_char, sent.end_char):
        if (
            t.type == "DURATION"
            and _MEETING_LENGTH.match(t.value)
            and ("H" in t.value or _meeting_length(text))
            and not _OFFSET.match(ctx.document.text, t.end)
            and not _measures_another(ctx, sent, t, triggers)
            and _coming(ctx, t) is None  # "a summit in two weeks": when, not how long
        ):
            if p.duration is None:
                p.duration = t
                p.field_evidence["duration"] = ctx.evidence(t.start, t.end)
        elif (
            t.type in ("DATE", "TIME")
            and _DATE_RE.match(t.value)
            # the first date the meeting governs; a later one its own verb governs directly outranks one
            # on the verb above ("proposed on Wednesday holding talks on June 2")
            and (p.date is None or (not p.direct_date and _governs_meeting(sent, t, triggers, directly=True)))
            and not _since(sent, t)
            and _governs_meeting(sent, t, triggers)
        ):
            p.date = TimeValue(t.text, "DATE", t.value[:10], t.start, t.end, t.mod)
            p.field_evidence["date"] = ctx.evidence(t.start, t.end)
            p.direct_date = _governs_meeting(sent, t, triggers, directly=True)
            p.arrival = _arrival_date(sent, t, triggers)
            if _after_writing(ctx, t.value):
                p.planned = True  # "talks would resume on Friday": not held when the report was written
        elif (
            t.type in ("DATE", "TIME")
            and _DATE_RE.match(t.value)
            and p.loose_date is None
            and triggers  # a sentence that only names a delegation's head dates no meeting
            and not _said_on(sent, t)
            and _recent(ctx, t.value)
        ):
            p.loose_date = TimeValue(t.text, "DATE", t.value[:10], t.start, t.end, t.mod)
            p.field_evidence["loose_date"] = ctx.evidence(t.start, t.end)
        elif p.period is None and _coming(ctx, t) is not None and _said_of_meeting(sent, t, triggers):
            p.period = t
            p.field_evidence["period"] = ctx.evidence(t.start, t.end)
    now = next((c for t in triggers for c in t.lefts if c.dep_ == "amod" and c.lower_ in words.ongoing), None)
    if now is None:  # "the talks were continuing", "talks are continuing"
        now = next((t.head for t in triggers if t.dep_ == "nsubj" and _going_on(t.head, words)), None)
    if now is not None and p.date is None and p.loose_date is None and not p.planned:
        # "at the ongoing summit": going on the day the report was written
        p.loose_date = TimeValue(now.text, "DATE", ctx.anchor.isoformat(), now.idx, now.idx + len(now.text))
        p.field_evidence["loose_date"] = ctx.span_evidence(now)
    if triggers and all(_departing(t) for t in triggers):
        # "X's delegation left for Y on Monday to resume talks": talks to come, not on the day of leaving
        p.date = p.loose_date = None
        p.field_evidence.pop("date", None)
        p.planned = p.bound = True
    if p.period is None and triggers:
        p.period = _soon(ctx, sent, triggers) or _next_word(triggers)
        if p.period is not None:
            p.field_evidence["period"] = ctx.evidence(p.period.start, p.period.end)
    if p.period is not None and tense is None and _coming(ctx, p.period) == "later":
        # "talks next month", "talks in the coming days": not held when the report was written
        p.planned = True
    p.occasion = _occasion(sent, triggers)
    if p.occasion and p.date is None:
        said = next(
            (
                t
                for t in ctx.times_in(sent.start_char, sent.end_char)
                if t.type in ("DATE", "TIME") and _DATE_RE.match(t.value) and _said_on(sent, t)
            ),
            None,
        )
        if said is not None and _recent(ctx, said.value) and not _after_writing(ctx, said.value):
            p.date = TimeValue(said.text, "DATE", said.value[:10], said.start, said.end, said.mod)
            p.field_evidence["date"] = ctx.evidence(said.start, said.end)
    # the day the sentence gives, its meeting's or one the lead will lend it ("Talks in X ended on Sunday")
    day = p.date or next((t for t in ctx.times_in(sent.start_char, sent.end_char) if t.type == "DATE"), None)
    p.stage = _stage(triggers, ctx.token_at(sent, day.start)) if day is not None else None
    country = _country_of_meeting(ctx, sent, triggers)
    city = _city(ctx, sent, triggers, country)
    if city is not None:
        p.city, p.field_evidence["city"] = city[0], city[1]
    elif country is not None:
        p.abroad = True  # "talks in Ecuador" filed from elsewhere: not in the dateline's city
    venues = meeting_words().venues
    venue = _venue(ctx, sent, triggers) if ctx.may_match(venues, sent) and venues.search(text) else None
    if venue is not None:
        p.venue, p.field_evidence["venue"] = venue[0], venue[1]
    for value, pattern in words.formats if triggers else ():
        m = pattern.search(text) if ctx.may_match(pattern, sent) else None
        if m and not _refused(ctx, sent.start_char + m.start()):
            p.format = value
            start = sent.start_char + m.start()
            p.field_evidence["format"] = ctx.evidence(start, sent.start_char + m.end())
            break
    p.parties = _parties(ctx, sent, triggers)
    talks = bool(p.parties) or _of_the_sides(triggers)
    p.announced = p.planned and p.period is not None and talks and not _only_wished(triggers)
    p.anaphoric = any(
        t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in t.children)
        for t in triggers
    ) and not any(
        t.pos_ == "VERB" and t.lemma_ in ("meet", "negotiate", "convene", "confer") for t in triggers
    )
    if not led:  # titled chief negotiators and the people who met, when no one is said to lead a side
        named = {h.actor.name for h in p.heads}
        principals = [
            (h, tagged) for h, tagged in _principals(ctx, sent, triggers) if h.actor.name not in named
        ]
        # a name the model did not tag, or an organisation's envoy, counts when two sides meet (not "EU
        # envoy X attended the ceremony": an organisation's envoy is a go-between more often than a side)
        sides = {h.actor.party for h in p.heads} | {h.actor.party for h, _t in principals} | set(p.parties)
        two_sides = len(sides - {None}) >= 2
        p.heads += [
            h
            for h, tagged in principals
            if two_sides or (tagged and ctx.gazetteer.organisation(h.actor.party or "") is None)
        ]
    if not triggers and not p.heads:
        return None
    p.led_before = bool(led) and any(
        v.lemma_.lower() in _HEAD_VERBS and v.tag_ == "VBD" and v.dep_ == "relcl" for v in sent
    )
    p.outsider = _outsider(ctx, triggers, {h.actor.name for h in p.heads if h.actor.party})
    return p


#: Verbs of a meeting's first and of its last day.
_OPENING = frozenset({"open", "begin", "start", "kick", "launch", "resume"})
_CLOSING = frozenset({"end", "conclude", "close", "wrap", "finish"})


def _stage(triggers: list[Token], day: Token | None) -> str | None:
    """Whether the sentence tells the meeting's first day ("opened") or its last ("closed"), or neither
    (or both: "talks that began on Monday ended on Thursday" dates each day apart). The verb the day
    hangs on counts too, however the parser took the talks ("Talks in X ... ended on Sunday")."""
    verbs = [t for t in triggers if t.pos_ == "VERB"]
    if day is not None:
        verbs += [v for v in (day.head, day.head.head) if v.pos_ == "VERB"][:1]
    verbs += [t.head for t in triggers if t.dep_ in ("nsubj", "nsubjpass")]  # "the talks ended on X"
    verbs += [c for t in triggers for c in t.children if c.dep_ in ("relcl", "acl")]  # "talks, which began"
    lemmas = {v.lemma_.lower() for v in verbs if v.pos_ == "VERB"}
    opening, closing = bool(lemmas & _OPENING), bool(lemmas & _CLOSING)
    if opening == closing:
        return None
    return "opened" if opening else "closed"


def _refused(ctx: DocContext, start: int) -> bool:
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


def _not_meeting(trigger: Token, phrases: frozenset[str]) -> bool:
    """A meeting noun that names no session of talks: "a press conference", "a public meeting" (a
    speaker's or a rally's place and day are not a round's)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.i == 0:
        return False
    return f"{trigger.doc[trigger.i - 1].lower_} {trigger.lower_}" in phrases


#: A date the parse does not tie to the meeting dates it only if it is this close to the report's date:
#: older dates in such sentences are background ("two months after its nuclear test on October 9").
LOOSE_DATE_DAYS = 7


def _after_writing(ctx: DocContext, value: str) -> bool:
    try:
        return dt.date.fromisoformat(value[:10]) > ctx.anchor
    except ValueError:
        return False


def _recent(ctx: DocContext, value: str) -> bool:
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return -1 <= (ctx.anchor - day).days <= LOOSE_DATE_DAYS


_PERIOD_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def _earlier_period(ctx: DocContext, t: TimeValue) -> bool:
    """A month or a year (not a day) that ended before the month of the report: "in November" in a
    report of December, "in 2004"."""
    m = _PERIOD_RE.match(t.value) if t.type == "DATE" else None
    if m is None:
        return False
    year, month = int(m.group(1)), int(m.group(2) or 12)
    return (year, month) < (ctx.anchor.year, ctx.anchor.month)


def _led_up_to(ctx: DocContext, sent: Span, t: TimeValue, triggers: list[Token]) -> bool:
    """Whether the meeting is told as what came before, or with, something the time dates: "X began in
    1993 after A met B in Y" (the meeting is no later than that)."""
    tok = ctx.token_at(sent, t.start)
    verbs = [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")] if tok is not None else []
    return any(
        c in triggers
        and c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("after", "when", "as") for m in c.children)
        for verb in verbs
        for c in verb.children
    )


def _since(sent: Span, t: TimeValue) -> bool:
    """A time named as where a stretch starts ("the second meeting since October"): not when the meeting
    was held."""
    tok = next((x for x in sent if x.idx <= t.start < x.idx + len(x.text)), None)
    while tok is not None and (
        tok.dep_ in ("amod", "compound", "nummod", "det", "nmod")
        or (tok.dep_ == "pobj" and tok.head.lower_ == "of")  # "since the agreement of May 2"
    ):
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "since":
        return True
    # "the first talks since tariffs soared last month": the time of what a stretch is counted from
    verb = next(
        (a for a in ([tok, *tok.ancestors] if tok is not None else []) if a.pos_ in ("VERB", "AUX")), None
    )
    return verb is not None and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


#: A duration that reaches forward from the report: "in the coming days", "within a week or two".
_FORWARD_DURATION = re.compile(r"^(?:the\s+)?(?:coming|next)\b", re.IGNORECASE)
_FORWARD_PREPOSITIONS = frozenset({"in", "within"})


def _coming(ctx: DocContext, t: TimeValue) -> str | None:
    """Whether a time value is a stretch of time still to come that a meeting may be announced for:
    "later" when it starts after the report ("next week", "in January", "early next year", "in the
    coming days", ``FUTURE_REF``), "now" when it holds the report's day ("later this month", "this
    week"); None for a day (dates are read apart), a stretch gone by, or a duration that is a length."""
    if t.type == "DATE" and t.value == "FUTURE_REF":
        return "later"
    if t.type == "DURATION":
        if not t.value.startswith("P") or t.value.startswith("PT"):
            return None
        before = ctx.document.text[max(0, t.start - 12) : t.start].split()
        forward = _FORWARD_DURATION.match(t.text) or (before and before[-1].lower() in _FORWARD_PREPOSITIONS)
        return "later" if forward else None
    if t.type != "DATE" or granularity(t.value) in (None, "D", "DE", "CE"):
        return None
    days = stretch(t.value)
    if days is None or days[1] < ctx.anchor:
        return None
    return "later" if days[0] > ctx.anchor else "now"


def _soon(ctx: DocContext, sent: Span, triggers: list[Token]) -> TimeValue | None:
    """A vague future the time normaliser leaves alone ("soon", "as soon as possible", "shortly"; the
    `soon` words of `meetings.yaml`) when it says when a meeting of the sentence is to be, as
    ``FUTURE_REF``."""
    pattern = meeting_words().soon
    if pattern is None or not ctx.may_match(pattern, sent):
        return None
    text = ctx.text_of(sent)
    for m in pattern.finditer(text):
        if text[: m.start()].lower().endswith("as ") and m.group().lower() == "soon":
            continue  # "as soon as we agree": a condition, not a time
        t = TimeValue(m.group(), "DATE", "FUTURE_REF", sent.start_char + m.start(), sent.start_char + m.end())
        if _said_of_meeting(sent, t, triggers):
            return t
    return None


def _said_of_meeting(sent: Span, t: TimeValue, triggers: list[Token]) -> bool:
    """Whether a stretch of time says when a meeting is to be: it hangs on a meeting word ("talks next
    week", "will meet soon"), or on a verb whose subject, object or infinitive one is ("more meetings are
    scheduled in the coming days", "X is expected later this month to meet Y"); not on a verb that merely
    has a meeting in a phrase of its own ("at the meetings, we will propose a trade zone as soon as
    possible")."""
    tok = next((x for x in sent if x.idx <= t.start < x.idx + len(x.text) + 1), None)
    for anc in [tok, *tok.ancestors] if tok is not None else []:
        if anc in triggers:
            return True
        if anc.pos_ in ("VERB", "AUX"):
            if is_speech(anc):
                return False
            if any(c in triggers and c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp") for c in anc.children):
                return True
            if anc.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
                return False
    return False


#: Words by which a meeting is the one after those reported: "the next round", "the upcoming talks".
NEXT_WORDS = frozenset({"next", "upcoming", "following", "forthcoming"})


def _next_word(triggers: list[Token]) -> TimeValue | None:
    """ "The next round", "the upcoming talks" as a time: a meeting after the one reported, ``FUTURE_REF``."""
    for t in triggers:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue  # "X will next meet Y": then, not the next round
        compounds = [g for x in t.children if x.dep_ == "compound" for g in x.children]
        for c in [*t.children, *compounds]:
            if c.lower_ in NEXT_WORDS and c.i < t.i and c.dep_ in ("amod", "compound", "nummod"):
                return TimeValue(c.text, "DATE", "FUTURE_REF", c.idx, c.idx + len(c.text))
    return None


def _of_the_sides(triggers: list[Token]) -> bool:
    """With no side named, whether a meeting is still the talks': a word for talks says so ("the talks
    will resume soon"), or the sides or delegations as who meets ("the two sides will meet again next
    month"), or the meeting is one "again"; not "she was expected to meet the community shortly"."""
    if any(t.pos_ in ("NOUN", "PROPN") for t in triggers):
        return True
    if any(c.lower_ == "again" and c.dep_ == "advmod" for t in triggers for c in t.children):
        return True  # "the leaders agreed to meet again in October": those who met before
    return any(
        c.lower_ in _DELEGATION_WORDS and c.dep_ in ("nsubj", "nsubjpass", "dobj")
        for t in triggers
        for c in t.children
    )


def _only_wished(triggers: list[Token]) -> bool:
    """Whether the meeting the sentence announces is only wished, asked for or offered: "hope to meet
    next month", "talks could resume soon", "urged them to meet next week", "a possible meeting" (the
    `wish` words of `meetings.yaml`). The first meeting word whose tense tells decides, as for
    :func:`_future_verdict`."""
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
        wisher = _wisher(verb)
        if wisher is not None and wisher.lemma_.lower() in wishes:
            return True  # "hope to meet", "urged them to hold talks"
        return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in wishes  # "hopes talks will resume soon"
    return False


def _has_meeting_object(verb: Token, words: MeetingWords) -> bool:
    def meeting(c: Token) -> bool:
        return c.lower_ in words.nouns and not _not_meeting(c, words.not_meetings)

    return any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and meeting(c) for c in verb.children) or any(
        meeting(c) for c in verb.subtree if c.dep_ == "dobj"
    )


#: Nouns that make a meeting hoped for, not held or set: "hopes of talks between X and Y rose",
#: "the possibility of a meeting on Monday", "calls for talks".
_HOPE_NOUNS = frozenset(
    {"hope", "hopes", "prospect", "prospects", "possibility", "chance", "chances", "call", "calls", "idea"}
)


#: Verbs (lemma, particle) that put a meeting off or call it off.
_FATES = {
    ("postpone", ""): "postponed",
    ("delay", ""): "postponed",
    ("defer", ""): "postponed",
    ("reschedule", ""): "postponed",
    ("put", "off"): "postponed",
    ("push", "back"): "postponed",
    ("cancel", ""): "cancelled",
    ("scrap", ""): "cancelled",
    ("call", "off"): "cancelled",
    ("abandon", ""): "cancelled",
    # talks halted are not held that day, and may resume: put off
    ("suspend", ""): "postponed",
    ("freeze", ""): "postponed",
    ("halt", ""): "postponed",
}


def _fate(triggers: list[Token]) -> tuple[str, Token] | None:
    """Whether the meeting was put off ("the talks were postponed", "postponed the second round",
    "the delayed meeting") or called off ("called off the talks"), and the word that says so."""
    for t in triggers:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        # "the long-delayed round started": the adjective tells the round's past, the verb its fate
        started = t.head.pos_ == "VERB" and t.head.lemma_.lower() in _MEETING_EVENT_VERBS
        candidates = [] if started else [c for c in t.children if c.dep_ == "amod"]
        if t.dep_ in ("nsubjpass", "nsubj", "dobj"):
            candidates.append(t.head)
        for verb in candidates:
            particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
            fate = _FATES.get((verb.lemma_.lower(), particle)) or _FATES.get((verb.lemma_.lower(), ""))
            if fate is not None and not any(c.dep_ == "neg" for c in verb.children):
                return fate, verb
    return None


def _hoped_for(trigger: Token) -> bool:
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
        return _next_word([trigger]) is not None
    if trigger.dep_ == "dobj" and head.lemma_.lower() in _REVIVING and head.dep_ in ("pcomp", "acl", "xcomp"):
        # "ways of reviving peace talks", "efforts to restart the negotiations": talks sought, not held
        above = head.head.head if head.head.dep_ == "prep" else head.head
        return above.lower_ in _SEEKING_NOUNS
    return False


#: Verbs that bring talks back, and nouns under which doing so is only sought.
_REVIVING = frozenset(
    {"revive", "resume", "restart", "reactivate", "relaunch", "reopen", "jumpstart", "kickstart"}
)
_SEEKING_NOUNS = _HOPE_NOUNS | frozenset(
    {"way", "ways", "effort", "efforts", "bid", "attempt", "push", "means"}
)


def _of_a_body(noun: Token) -> bool:
    """A meeting of a standing body ("the first meeting of the joint committee"), which its meetings
    number like rounds (``body`` words of ``agenda.yaml``)."""
    bodies = agenda_words().body
    return any(
        o.lemma_.lower() in bodies
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _ordinal_of(tok: Token) -> tuple[int | None, str | None]:
    """The ordinal of a meeting noun ("second round", "round two", "the 3rd session"), or "next".

    "Previous"/"last" rounds are not numbered from the focal one: reports use them loosely
    ("previous rounds were held ...", "the last direct talks, in 2022").
    """
    if tok.lower_ not in _ROUND_NOUNS and tok.head.lower_ not in _ROUND_NOUNS:
        return None, None
    noun = tok if tok.lower_ in _ROUND_NOUNS else tok.head
    relative = None
    # "the 7th Abuja peace talks": the ordinal may hang on a name compounded with the noun
    modifiers = [*noun.children, *(g for c in noun.children if c.dep_ == "compound" for g in c.children)]
    for c in modifiers:
        low = c.lower_
        if low == "opening" and noun.lower_ == "round" and c.dep_ in ("amod", "compound") and c.i < noun.i:
            return 1, None  # "an opening round of talks" (not "the opening session" of a summit)
        if low in _ORDINALS and c.dep_ in ("amod", "nummod", "compound", "npadvmod") and c.i < noun.i:
            if _counted_over(noun):
                return None, None  # "the second meeting since the accord", "... in two months": not a round's
            if _ORDINALS[low] == 1 and noun.lower_ not in _COUNTED_NOUNS and not _of_a_body(noun):
                continue  # "their first meeting (since June)", "the first direct talks": a first, not round 1
            return _ORDINALS[low], None
        if low in ("next", "upcoming", "following", "forthcoming"):
            relative = "next"
    # "the talks, the second between the two leaders, ...": the ordinal in apposition to the noun
    for c in noun.children:
        value = _ORDINALS.get(c.lower_)
        if (
            c.dep_ == "appos"
            and c.i > noun.i
            and value is not None
            and (value > 1 or noun.lower_ in _COUNTED_NOUNS)
        ):
            return value, None
    # "round two", "round 3"
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and noun.lower_ == "round" and nxt.like_num:
        value = _number(nxt.lower_)
        if value is not None:
            return value, None
    return None, relative


#: Words of a stretch of time over which meetings are counted ("the second meeting in two months").
_PERIOD_WORDS = frozenset({"day", "week", "month", "year", "decade"})


def _counted_over(noun: Token) -> bool:
    """Whether a numbered meeting is counted from an event or within a stretch of time ("the second
    meeting since the accord", "their second meeting in two months"), which numbers it among meetings
    of that time, not among the rounds of the talks. ("The second meeting this year" is still counted
    as the second: annotators read it so.)"""
    for c in noun.children:
        if c.lower_ == "since" and c.dep_ == "prep":
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("in", "within", "over")
            and any(t.lemma_.lower() in _PERIOD_WORDS for t in c.subtree if t.dep_ == "pobj")
        ):
            return True
    return False


def _number(word: str) -> int | None:
    small = {
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
    }
    if word.isdigit():
        return int(word)
    return small.get(word)


def _future_verdict(triggers: list[Token]) -> bool | None:
    """A meeting not yet held (True): "will meet", "a fifth round will be announced", "scheduled for";
    held (False); None when no verb tells. The first meeting word whose tense can be told decides:
    "the talks have stalled, with both sides agreeing to meet again next month" reports talks held,
    "X and Y will meet again after the talks ended on Friday" talks to come."""
    for t in triggers:
        verdict = _future_word(t)
        if verdict is not None:
            return verdict
    return None


def _future_word(t: Token) -> bool | None:
    """Whether one meeting word names a meeting to come; None when no verb tells."""
    if any(c.dep_ in ("relcl", "acl") and c.tag_ == "VBD" for c in t.children):
        return False  # "the talks, which ended Thursday, are aimed at a truce": held
    if any(c.dep_ in ("acl", "relcl") and _infinitive(c) for c in t.children if c.lemma_.lower() in _HOLDING):
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
    if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "during") and verb.dep_ == "xcomp":
        # "agreed Friday to exchange prisoners in their first talks": the talks are where it was agreed
        verb = verb.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    joined = _joined_to(verb)
    if not aux and joined is not None:  # "X will visit Y and hold talks": the talks are to come too
        aux = {c.lower_ for c in joined.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll"} or (aux & _MODALS and "have" not in aux):
        return True
    if verb.head.lemma_ in _PLANNING and verb.dep_ in ("xcomp", "ccomp"):
        return True
    if verb.head.lemma_ in _WILLING | _REQUESTING and verb.dep_ == "xcomp":
        return True  # "agreed to meet", "urged X and Y to hold talks": not held (yet)
    return verb.lemma_ in _PLANNING or _wisher(verb) is not None


#: Verbs whose infinitive on a meeting noun says it is to come: "the meeting, to be held", "talks to start"
#: (not "talks to end the war", "talks to open the border": what the talks are for).
_HOLDING = frozenset({"hold", "take", "begin", "start", "resume", "convene"})


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


#: Words after a meeting noun that announce it: "talks due to start", "a round scheduled for May".
_ANNOUNCING = frozenset({"due", "scheduled", "set", "slated", "expected", "planned"})


def _announced(noun: Token) -> bool:
    """A meeting noun that names talks to come: "the planned talks", "the upcoming round" (`planned`
    words in `meetings.yaml`), "talks due to start", "prepare for the talks", "push for talks"."""
    if _topic(noun):
        return False  # "met to discuss the proposed talks": what a meeting is about, not the meeting
    planned = meeting_words().planned
    if any(
        c.dep_ == "amod" and (c.lower_ in planned or c.lemma_.lower() in _PLANNING) for c in noun.children
    ):
        return True  # "the scheduled talks", "the planned meeting", "the upcoming round"
    after = noun.doc[noun.i + 1 : noun.i + 3]
    if len(after) == 2 and after[0].lower_ in _ANNOUNCING and after[1].lower_ in ("to", "for"):
        return True
    prep = noun.head
    return bool(
        noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in _WILLING | _REQUESTING | _PLANNING
    )


#: Verbs whose object is what a meeting is about: "held contacts to discuss the proposed talks".
_DISCUSSING = frozenset({"discuss", "prepare", "review", "debate", "consider", "examine", "address"})


def _topic(noun: Token) -> bool:
    """A meeting noun named as the subject of another meeting: "to discuss the proposed negotiations",
    "talks on the planned summit"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DISCUSSING:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "about", "over", "regarding")


def _wisher(verb: Token) -> Token | None:
    """The verb by which a meeting is only offered, agreed or asked for ("offered for the first time to
    meet Y", "urged X to hold talks", "agreed on Monday to meet"): the first verb above a meeting verb
    in the infinitive, when it is one of wanting, asking or planning."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    tok = verb
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lower_ in _WANTING_NOUNS:
            return tok
        if tok.pos_ == "AUX" and tok.lemma_ == "be" and verb.dep_ == "xcomp":
            return tok  # "X and Y are to meet on Monday": arranged, not held
        if tok.pos_ in ("VERB", "AUX"):
            return tok if tok.lemma_.lower() in _WILLING | _REQUESTING | _PLANNING else None
    return None


def _meeting_verb(trigger: Token) -> Token:
    """The verb a meeting word is: itself, or the verb it is the object of ("hold talks")."""
    if trigger.pos_ != "VERB" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return trigger.head
    return trigger


#: How long a meeting can last: hours and minutes, or days ("talks in more than three years" is no length).
_MEETING_LENGTH = re.compile(r"^P(?:T[\d.]+[HM](?:[\d.]+M)?|[1-9]D|1\dD|[1-6]W)$")


#: A stretch of time that places something rather than measures it: "a day after the talks", "two
#: hours before the meeting", "three days later".
_OFFSET = re.compile(r"\s+(?:after|before|later|earlier|ago|since)\b", re.IGNORECASE)


def _meeting_length(text: str) -> bool:
    """Whether a sentence measures a meeting: "lasted", "after two days of talks", "wrapped up four
    days of talks" (a stretch of days "of" a meeting noun)."""
    low = text.lower()
    return any(w in low for w in ("lasted", "last ", "after ", "following")) or bool(_DAYS_OF.search(low))


def _measures_another(ctx: DocContext, sent: Span, t: TimeValue, triggers: list[Token]) -> bool:
    """Whether the stretch of time is the length of a thing negotiated named with it: "a seven-day truce"
    (an item of the agenda, ``issue_synonyms.yaml``), not of the meeting."""
    tok = ctx.token_at(sent, t.end - 1)
    if tok is None or tok.dep_ not in ("amod", "compound", "nmod") or tok.head in triggers:
        return False
    head = tok.head
    lefts = [c for c in head.lefts if c.i > tok.i]  # "cease-fire": the words after the stretch's
    named = sent.doc[lefts[0].i : head.i + 1].text.lower() if lefts else head.lower_
    items = issue_synonyms()
    return head.pos_ in ("NOUN", "PROPN") and (named in items or head.lemma_.lower() in items)


#: "four days of talks", "three days of negotiations": days spent in the meeting.
_DAYS_OF = re.compile(r"\bdays? of (?:\w+ )?(?:talks|negotiations|meetings|consultations|discussions)\b")


def _governs_meeting(sent: Span, t: TimeValue, triggers: list[Token], *, directly: bool = False) -> bool:
    """Is the date about the meeting, rather than about a statement in the same sentence? ``directly``:
    does it hang on a meeting word itself, not on a verb above one?"""
    tok = next((x for x in sent if x.idx <= t.start < x.idx + len(x.text) + 1), None)
    if tok is None:
        return False
    wishers = {w.i for t in triggers if (w := _wisher(_meeting_verb(t))) is not None}
    for anc in [tok, *tok.ancestors]:
        if anc in triggers:
            return True
        if anc.pos_ == "NOUN" and any(c.dep_ == "acl" and c in triggers for c in anc.children):
            return True  # "the May 3 accord signed by X and Y": the day of the signing
        if anc.i in wishers and anc.pos_ == "VERB" and anc.lemma_.lower() not in _PLANNING:
            return False  # "agreed on Monday to meet", "urged X on Monday to hold talks": not the talks' day
        if anc.pos_ in ("VERB", "AUX") and _trigger_below(anc, triggers):
            return not directly
        if anc.pos_ == "VERB" and any(_undated_meeting_verb(c, triggers) for c in anc.children):
            return not directly  # "X will visit Y from June 3 and hold talks with Z": the talks' time
        if is_speech(anc):
            return False
        if anc.pos_ == "VERB" and anc.dep_ in ("acl", "relcl"):
            # "the talks, which opened Monday": the meeting's; "the air clouded by the disaster Friday":
            # the date of another event, told inside a noun phrase; "the talks in X, which began on
            # Monday": the clause the parser hung on the talks' place
            place = anc.head
            if place.ent_type_ == "GPE" and place.dep_ == "pobj" and place.head.lower_ in ("in", "at"):
                place = place.head.head
            return place in triggers
    return False


def _joined_to(verb: Token) -> Token | None:
    """The verb a verb is joined to by "and" when it has no doer of its own: the two share their doers,
    tense and time ("X will visit Y from June 3 and hold talks with Z")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb.head


def _undated_meeting_verb(verb: Token, triggers: list[Token]) -> bool:
    """A meeting verb joined to another with no day of its own: it is dated by the day of the verb it is
    joined to (not "arrived on Monday and met Y on Tuesday")."""
    if verb.pos_ != "VERB" or _joined_to(verb) is None:
        return False
    if not (verb in triggers or _trigger_below(verb, triggers)):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def is_speech(tok: Token) -> bool:
    """Whether a token is a verb of saying (`speech_cues.yaml`)."""
    return bool(tok.pos_ == "VERB" and tok.lemma_.lower() in speech_cues().lemmas)


def meets_a_requirement(verb: Token) -> bool:
    """Whether "meet" satisfies something rather than sees someone: "meeting the EU's gas needs",
    "met the deadline"."""
    if verb.lemma_.lower() != "meet" or verb.pos_ != "VERB":
        return False
    requirements = meeting_words().requirements
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.ent_type_ in ("PERCENT", "MONEY", "QUANTITY"):
            return True  # "meeting five percent of demand"
        if c.lemma_.lower() in requirements or any(
            g.lemma_.lower() in requirements for p in c.children if p.lower_ == "of" for g in p.children
        ):
            return True
    return False


def _comments(verb: Token) -> bool:
    """Whether the verb judges a meeting rather than holds it: the subject of "welcomed the talks" or
    "hailed the resumption of talks" takes no part in them."""
    return verb.lemma_.lower() in meeting_words().commenting


def _said_on(sent: Span, t: TimeValue) -> bool:
    """Is the date the date of a statement ("said on Monday") rather than of an event?"""
    tok = next((x for x in sent if x.idx <= t.start < x.idx + len(x.text) + 1), None)
    if tok is None:
        return True
    return any(is_speech(a) for a in [tok, *tok.ancestors][:4])


def _trigger_below(verb: Token, triggers: list[Token]) -> bool:
    """A meeting word among the verb's arguments, or theirs ("ended two days of talks")."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and _trigger_below(child, triggers):
            return True  # "agreed on Tuesday, ending two days of talks": the same doers, the same time
        if child.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis"):
            continue  # another clause: its meeting is not this verb's
        if child in triggers or any(g in triggers for g in child.children if g.dep_ in ("prep", "pobj")):
            return True
        if any(g in triggers for p in child.children if p.lower_ == "of" for g in p.children):
            return True  # "two days of talks ended on Friday"
        if child.dep_ == "prep" and any(g in triggers for c in child.children for g in [c, *c.children]):
            return True
        if child.dep_ == "prep" and any(  # "agreed on Friday after two days of talks"
            g in triggers
            for c in child.children
            if c.lower_ in _STRETCH_NOUNS
            for p in c.children
            if p.lower_ == "of"
            for g in p.children
        ):
            return True
    return False


#: Nouns of a place named after "of": "in the port city of X" is in X.
_PLACE_NOUNS = frozenset({"city", "town", "port", "resort", "village", "capital", "enclave", "island"})


def _place_noun_of(name: Token) -> Token | None:
    """The place noun a name follows "of" ("the port city of X"), or None."""
    of = name.head
    if name.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _PLACE_NOUNS:
        return of.head
    return None


def _going_on(verb: Token, words: MeetingWords) -> bool:
    """Whether the verb says its subject is going on as the report is written ("were continuing")."""
    return verb.tag_ == "VBG" and verb.lower_ in words.ongoing and any(c.dep_ == "aux" for c in verb.children)


def _places_in(ctx: DocContext, sent: Span) -> Iterator[tuple[Span, str]]:
    """The sentence's entities with their labels, and the city a name runs on over ("the ... Forces in
    X": the model took the place into the name), as a place."""
    for ent in ctx.ents_in(sent):
        if _place_noun_of(ent.root) is not None:
            yield ent, "GPE"  # "the lakeside town of X", whatever the model took X for
            continue
        yield ent, ent.label_
        if ent.label_ != "ORG":
            continue
        for tok in ent[1:-1]:
            if tok.lower_ in ("in", "at"):
                rest = ent[tok.i - ent.start + 1 :]
                if rest.text[:1].isupper() and ctx.gazetteer.city_country(rest.text) is not None:
                    yield rest, "GPE"


def _city(
    ctx: DocContext, sent: Span, triggers: list[Token], country: Span | None = None
) -> tuple[str, Evidence] | None:
    """A place (GPE) the meeting was in: "in X", "X talks", not a country, not a speaker's location; or
    the dateline's city when it is the capital of the ``country`` the sentence puts the meeting in."""
    for ent, label in _places_in(ctx, sent):
        if ent.text[:1].islower() or ent.text.lower().startswith("the "):
            continue
        if label != "GPE" and not (label in ("NORP", "LOC") and ctx.gazetteer.is_capital(ent.text)):
            continue  # a capital the model took for a nationality ("in the Tunisian capital Tunis")
        if _only_country(ctx, ent.text):
            continue  # a country, not a city
        root = ent.root
        if root.dep_ in ("appos", "compound") and root.head.lower_ == "capital":
            root = root.head  # "in the Kenyan capital Nairobi"
        elif (place := _place_noun_of(root)) is not None:
            root = place  # "in the Red Sea city of X", "in the resort town of X"
        if root.dep_ == "pobj" and root.head.lower_ in _IN_PLACE and _near_trigger(root.head, triggers):
            return ent.text, ctx.span_evidence(ent)
        if root.dep_ == "compound" and root.head in triggers:  # "the Geneva talks"
            return ent.text, ctx.span_evidence(ent)
        venue = root.head
        if (
            root.dep_ == "poss"
            and (venue.pos_ == "PROPN" or meeting_words().venues.search(venue.text))  # not "at X's request"
            and venue.dep_ == "pobj"
            and venue.head.lower_ in _IN_PLACE
            and _near_trigger(venue.head, triggers)
        ):
            return ent.text, ctx.span_evidence(ent)  # "talks at Lima's Palace of Government"
        if root.dep_ == "pobj" and root.head.lower_ in ("for", "to") and _bound_for(root.head.head, triggers):
            return ent.text, ctx.span_evidence(ent)  # "left for X to resume talks": where they are held
    for tok in ctx.tokens_lower_in(sent, ("capital",)):  # "met in Oman's capital", "in the Omani capital"
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
            continue
        if not _near_trigger(tok.head, triggers):
            continue
        owner = next((c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")), None)
        country = ctx.gazetteer.country(owner.text) if owner is not None else None
        capital = ctx.gazetteer.capital_of(country) if country is not None else None
        if capital is not None and owner is not None:
            return capital, ctx.span_evidence(sent.doc[min(owner.i, tok.i) : tok.i + 1])
    place = _dateline_city(ctx)
    if (
        place is not None
        and country is not None
        and ctx.gazetteer.is_capital(place)
        and ctx.gazetteer.city_country(place) == ctx.gazetteer.country(country.text)
    ):
        # "talks in Oman" filed from its capital; not from another city of it, which may be an agency's
        # regional hub rather than the talks' place
        return place, ctx.span_evidence(country)
    if place is not None:
        # "talks here": the city of the dateline; not "X said here", where X spoke
        for tok in ctx.tokens_lower_in(sent, ("here",)):
            if tok.dep_ == "advmod" and not _states(tok.head) and _near_trigger(tok, triggers):
                return place, ctx.span_evidence(tok)
    return None


def _only_country(ctx: DocContext, name: str) -> bool:
    """A country's name that is not also a city's (a city-state, a seat of an organisation)."""
    gazetteer = ctx.gazetteer
    return gazetteer.country(name) is not None and not (gazetteer.is_capital(name) or gazetteer.is_seat(name))


def _country_of_meeting(ctx: DocContext, sent: Span, triggers: list[Token]) -> Span | None:
    """The country a sentence says its meeting was in ("talks on Saturday in Oman"), or None."""
    for ent in ctx.ents_in(sent):
        root = ent.root
        if (
            ent.label_ == "GPE"
            and _only_country(ctx, ent.text)
            and root.dep_ == "pobj"
            and root.head.lower_ in ("in", "at")
            and _near_trigger(root.head, triggers)
        ):
            return ent
    return None


#: Prepositions that put a meeting in a city: "in X", "at X", and just outside it ("near X", "outside X":
#: a venue in the suburbs is reported by the city's name).
_IN_PLACE = frozenset({"in", "at", "near", "outside"})


def _bound_for(verb: Token, triggers: list[Token]) -> bool:
    """Whether the verb is one of setting off for the meeting: its destination is the meeting's city."""
    return any(_departure(t) == verb for t in triggers)


def _dateline_city(ctx: DocContext) -> str | None:
    """The city the report was written in, by its dateline: the seat of an organisation ("UNITED NATIONS,
    Dec 11"); None for a country's name or no dateline."""
    place = ctx.dateline
    if place and ctx.gazetteer.organisation(place) is not None:
        place = ctx.gazetteer.seat_of(place)  # "UNITED NATIONS, Dec 11": the headquarters' city
    if place and (ctx.gazetteer.country(place) is None or ctx.gazetteer.is_capital(place)):
        return str(place)
    return None


def _near_trigger(prep: Token, triggers: list[Token]) -> bool:
    head = prep.head
    if head in triggers:
        return True
    if any(c in triggers for c in head.children):
        return True
    if head.pos_ == "VERB" and head.lemma_.lower() in _MEETING_EVENT_VERBS:
        return True
    # "talks at the Foreign Ministry in Lima": the place of the venue of the meeting
    venue = head if head.pos_ in ("NOUN", "PROPN") and meeting_words().venues.search(head.text) else None
    if venue is not None and venue.dep_ == "pobj" and _near_trigger(venue.head, triggers):
        return True
    # "the first meeting of the joint committee in Lima": the place of the body's meeting
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head in triggers:
        return head.lemma_.lower() in agenda_words().body
    if _last_of_between(head, triggers):
        return True  # "talks between X and Y in Lima": hung by the parser on the last side
    if _topic(head) and head.head.head in triggers and head.lemma_.lower() not in agenda_words().placed:
        return True  # "talks over the nuclear programme in Lima": hung by the parser on the topic
    return _on_the_way(head, triggers)


def _last_of_between(side: Token, triggers: list[Token]) -> bool:
    """Whether the token is a side named in a meeting's "between X and Y" phrase."""
    while side.dep_ == "conj":
        side = side.head
    return side.dep_ == "pobj" and side.head.lower_ == "between" and side.head.head in triggers


#: Nouns a meeting's place may hang on: "met on the sidelines of a summit in Tunis".
_OCCASIONS = frozenset({"sidelines", "margins", "summit", "conference", "forum", "visit", "session"})


def _arrival_date(sent: Span, t: TimeValue, triggers: list[Token]) -> bool:
    """Whether a date is the day someone arrived for the meeting: it hangs on a verb of arriving whose
    purpose is a meeting word ("X arrived here Wednesday for talks with Y", "X flew in on Monday to meet
    Y"; `arriving` verbs of `meetings.yaml`)."""
    tok = next((x for x in sent if x.idx <= t.start < x.idx + len(x.text)), None)
    verb = next((a for a in ([tok, *tok.ancestors] if tok is not None else []) if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in meeting_words().arriving:
        return False
    for trigger in triggers:
        word = trigger.head if trigger.dep_ == "compound" else trigger
        if word.dep_ == "pobj" and word.head.lower_ == "for" and word.head.head.i == verb.i:
            return True  # "arrived Wednesday for talks"
        if word.pos_ == "VERB" and _infinitive(word) and word.head.i == verb.i:
            return True  # "flew in on Monday to meet Y"
    return False


def _departing(trigger: Token) -> bool:
    """Whether a meeting word is what someone sets off for: "left for X for talks", "left for X on Monday
    to resume talks", "departed to meet Y" (`departing` verbs of `meetings.yaml`); not "left the
    building following five hours of talks"."""
    return _departure(trigger) is not None


def _departure(trigger: Token) -> Token | None:
    """The verb of setting off that a meeting word is the purpose of (:func:`_departing`), or None."""
    tok = trigger.head if trigger.dep_ == "compound" else trigger
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to"):
        verb = tok.head.head  # "left for talks"
    elif tok.dep_ == "dobj" and _infinitive(tok.head):
        verb = tok.head.head  # "left to resume talks"
    elif tok.pos_ == "VERB" and _infinitive(tok):
        verb = tok.head  # "left to meet Y"
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in meeting_words().departing else None


def _on_the_way(tok: Token, triggers: list[Token]) -> bool:
    """Whether a few steps up the parse, through occasions ("the sidelines of a summit"), participles
    and the one met ("a meeting with visiting X in Jerusalem"), reach a meeting word."""
    for _ in range(5):
        if tok in triggers:
            return True
        passable = (
            tok.pos_ == "ADP"
            or (tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in _OCCASIONS)
            or (tok.pos_ == "VERB" and tok.dep_ in ("pcomp", "acl"))
            # the one met: "talks with X in Lima", "met X in Lima"
            or (tok.dep_ == "pobj" and tok.head.lower_ in ("with", "between"))
            or (tok.dep_ == "dobj" and tok.head.lemma_ == "meet")
        )
        if not passable or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _venue(ctx: DocContext, sent: Span, triggers: list[Token]) -> tuple[str, Evidence] | None:
    """The building the meeting was in: "met at the X Palace", "the meeting at the foreign ministry",
    "X hosted Y at his residence". Not where a speaker is or spoke ("a spokesman at the press centre",
    "told reporters at the airport"): that is a statement's place, not the meeting's."""
    words = meeting_words()
    if not triggers:
        return None
    for chunk in ctx.noun_chunks_in(sent):
        if not words.venues.search(chunk.text):
            continue
        root = chunk.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in (
            "say",
            "report",
            "add",
            "tell",
        ):
            continue
        at = root.dep_ == "pobj" and root.head.lower_ in ("at", "in", "inside")
        if at and not _meeting_place(root.head):
            continue
        if at or (root.dep_ == "dobj" and root.head.lemma_ in ("leave", "arrive", "enter", "host")):
            span = _venue_name(chunk)
            if span is not None:
                return str(span.text), ctx.span_evidence(span)
    return None


def _meeting_place(prep: Token) -> bool:
    """Whether "at/in X" places a meeting, not a speaker: it hangs neither on a speech verb ("told
    reporters at the airport") nor on the one who speaks ("a spokesman at the press centre said")."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        return not is_speech(head)
    return not (head.dep_ in ("nsubj", "nsubjpass") and is_speech(head.head))


def _venue_name(chunk: Span) -> Span | None:
    """A venue's name without articles and descriptive words: "the historic X Palace" is "X Palace",
    "the state X Buildings" is "X Buildings"; a possessor stays when it is all that names the place
    ("Olmert's residence", not "residence")."""
    tokens = [t for t in chunk if t.dep_ != "det" and not t.is_punct]
    named = any(t.pos_ == "PROPN" and t.dep_ != "poss" and t.text[:1].isupper() for t in tokens)
    if named:
        tokens = [t for t in tokens if t.dep_ not in ("poss", "case")]
        while tokens and tokens[0].text.islower() and any(t.text[:1].isupper() for t in tokens[1:]):
            tokens = tokens[1:]  # "historic", "state" before a proper name
    else:
        while tokens and tokens[0].pos_ == "ADJ" and tokens[0].text.islower() and len(tokens) > 1:
            if tokens[1].pos_ == "ADJ" or tokens[0].lower_ in meeting_words().descriptive:
                tokens = tokens[1:]
            else:
                break
    if not tokens:
        return None
    return chunk.doc[tokens[0].i : tokens[-1].i + 1]


_DELEGATION_WORDS = frozenset(
    {"delegation", "delegations", "side", "sides", "negotiators", "officials", "diplomats", "team", "teams"}
)


def _parties(ctx: DocContext, sent: Span, triggers: list[Token]) -> list[str]:
    """Actors taking part: "Iranian and US delegations held talks", "talks between X and Y",
    "X and Y met", "X held talks with Y", "the rebel delegation" (not the host of "talks in Geneva,
    Switzerland")."""
    found: list[str] = []

    def add(tokens: list[Token]) -> None:
        names = actors_in_tokens(ctx, tokens)
        # a person the report ties to a movement takes part as that movement ("Meshaal met X")
        for tok in tokens:
            movement = ctx.actors.affiliations.get(tok.text) if tok.pos_ == "PROPN" else None
            if movement is not None and movement not in names:
                names.append(movement)
        owners = _owners_of(ctx, tokens, names)
        for name in names:
            if name not in found and name not in owners:
                found.append(name)

    for t in sent:
        if t.lower_ in _DELEGATION_WORDS and not (t.dep_ == "nsubj" and is_speech(t.head)):
            # (not "the talks lasted an hour, Turkish officials said": who tells of the talks)
            add([m for left in t.lefts for m in left.subtree])
            # "negotiators for X and Y", "the delegation of X"
            add(
                [
                    m
                    for p in t.children
                    if p.dep_ == "prep" and p.lower_ in ("of", "for", "from")
                    for m in p.subtree
                ]
            )
    for phrase in _taking_part(triggers):
        add(_without_members(ctx, phrase))
    for trigger in triggers:  # "the EU-China summit", "Sino-Japanese talks": a pair before the meeting word
        if any(t.dep_ in ("relcl", "acl") for t in trigger.ancestors):
            continue  # "X, who has overseen the A-B talks for months": other talks than the sentence's
        # ... or before the body whose meeting it is ("a meeting of the X-Y joint committee")
        bodies = [o for p in trigger.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        for word in (trigger, *bodies):
            before = [
                m for left in word.lefts if left.dep_ in ("compound", "amod", "nmod") for m in left.subtree
            ]
            if sum(t.text[:1].isupper() for t in before) >= 2 and len(actors_in_tokens(ctx, before)) >= 2:
                add(before)
    return _factions(ctx, sent, found)


def _outsider(ctx: DocContext, triggers: list[Token], sided: set[str]) -> bool:
    """Whether someone named as taking part is a person the report ties to no actor: "Pope X met Israeli
    Prime Minister Y" is Y's meeting with an outsider, not a round of Y's negotiation. A head the
    sentence gives a side (``sided``: "Australian Prime Minister X") is no outsider."""
    for phrase in _taking_part(triggers):
        for tok in phrase:
            if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B" or _speaker(tok):
                continue  # who speaks after talks with a side is the report's source, its side named
            ent = next((e for e in ctx.ents_in(tok.sent) if e.start == tok.i), None)
            if ent is None or any(set(ent.text.split()) <= set(name.split()) for name in sided):
                continue  # a head of a side, also by one of their names ("Hu said when meeting ...")
            if not any(m.start < ent.end_char and ent.start_char < m.end for m in ctx.actors.mentions):
                return True
    return False


def _speaker(tok: Token) -> bool:
    """Whether a name is the subject of a verb of saying ("X told the press after talks with Y")."""
    head = _chain_end(tok)
    return head.dep_ == "nsubj" and is_speech(head.head)


def _owners_of(ctx: DocContext, tokens: list[Token], names: list[str]) -> set[str]:
    """The countries of people named with their own movement in one phrase: "the Fatah faction of
    Palestinian president X" is Fatah, not also X's country."""
    owners: set[str] = set()
    affiliations = ctx.actors.affiliations
    for tok in tokens:
        movement = affiliations.get(tok.text) if tok.ent_type_ == "PERSON" else None
        if movement is None or movement not in names:
            continue
        end = tok.idx + len(tok.text)
        owners |= {
            m.name for m in ctx.actors.mentions if m.start < end and tok.idx < m.end and m.name != movement
        }
    return owners


def _without_members(ctx: DocContext, phrase: list[Token]) -> list[Token]:
    """A group named with the list of its members is one side: "the EU3 (Britain, France and Germany)",
    "the EU -- A, B and C --". The members are left out when the group's own name is an actor (not a
    common noun such as "the two rebel groups", whose members are the sides)."""
    inside = {t.i for t in phrase}
    drop: set[int] = set()
    for tok in phrase:
        if tok.dep_ != "appos" or tok.head.i not in inside:
            continue
        members = [t for t in tok.subtree if t.i in inside]
        head = tok.head  # "the two rebel groups -- A and B --" names no one group: A and B are the sides
        named = any(m.start <= head.idx < m.end and not m.generic for m in ctx.actors.mentions)
        if named and len(actors_in_tokens(ctx, members)) >= 2:
            drop |= {m.i for m in members}
    return [t for t in phrase if t.i not in drop] if drop else phrase


def _taking_part(triggers: list[Token]) -> Iterator[list[Token]]:
    """The phrases that name who takes part in a meeting: "talks between X and Y", "talks with Y", the
    meeting verb's doers ("X and Y met", "X held talks", "X sent a delegation for talks with Y",
    "signed by X and Y") and whom "X met"."""
    for trigger in triggers:
        for prep in trigger.children:
            if prep.dep_ == "prep" and prep.lower_ in ("between", "with", "among"):
                if any(_clause_with_subject(c) for c in prep.children):
                    continue  # "held talks, with X acting as host": X's part is said, and it is not a side's
                yield _phrase(prep)
        if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
            # "a meeting took place between X and Y", "talks are being held in A between X and Y"
            verb = trigger.head
            place = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "place"]  # "take place"
            for prep in (p for w in (verb, *place) for p in w.children):
                if prep.dep_ == "prep" and prep.lower_ in ("between", "among"):
                    yield _phrase(prep)
        verb = trigger if trigger.pos_ == "VERB" else _carrier(trigger)
        if verb is None:
            continue
        for c in [*_met(verb), *_doers(verb), *_joined(verb)]:
            if c.lower_ not in _DELEGATION_WORDS:
                yield _phrase(c)


def _clause_with_subject(tok: Token) -> bool:
    """A clause under "with" that has its own doer ("with X acting as host"), not "with visiting
    President X", a guest the parser also reads as a clause."""
    return tok.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in tok.children)


def _factions(ctx: DocContext, sent: Span, found: list[str]) -> list[str]:
    """Leaders of one country meeting each other meet as their movements: "Palestinian President X and
    Palestinian Prime Minister Y met" are X's and Y's movements when the report names them ("X's
    Fatah", "Hamas leader Y"), not one country meeting itself."""
    if not found or not ctx.actors.affiliations:
        return found
    factions = list(
        dict.fromkeys(
            ctx.actors.affiliations[ent[-1].text]
            for ent in ctx.ents_in(sent)
            if ent.label_ == "PERSON" and ent[-1].text in ctx.actors.affiliations
        )
    )
    others = [p for p in found if p not in factions]
    return factions if len(factions) >= 2 and len(others) <= 1 else found


#: Prepositions through which a verb's subject holds the talks: "came for talks with Y", "spoke to
#: reporters after a meeting with Y", "made the remarks during talks with Y".
_CARRYING = frozenset({"for", "to", "after", "following", "during", "at", "before", "in"})


def _carrier(noun: Token) -> Token | None:
    """The verb whose doers hold the talks with someone that a meeting noun names: "X will send a
    delegation to Cairo for talks with Y", "X arrived in Cairo for talks with Y" (not a speech verb)."""
    head = noun.head
    if _addressed(noun):  # "X told the meeting", "X addressed the talks": X took part in them
        return head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":  # "X began a meeting with Y"
        return None if is_speech(head) or _comments(head) else head
    if head.lower_ == "of" and head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB":
        # "X and Y held three hours of talks", not "X welcomed the resumption of talks"
        verb = head.head.head
        return None if is_speech(verb) or _comments(verb) else verb
    attending = _attending(noun)
    if attending is not None:
        return attending
    counterpart = any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)
    ended = _ended_by(noun)
    if ended is not None:
        return ended
    if counterpart and head.dep_ == "prep" and head.lower_ in _CARRYING and noun.dep_ == "pobj":
        verb = head.head
        if verb.pos_ == "NOUN" and verb.lower_ in _DELEGATION_WORDS and verb.dep_ == "dobj":
            verb = verb.head  # "send a delegation for talks"
        if verb.pos_ == "VERB" and (not is_speech(verb) or head.lower_ in _SPEAKING_AFTER):
            # "X said after talks with Y": the speaker held them (not "Z said the talks ...")
            return verb
    return None


#: Prepositions by which who speaks held the talks named with a counterpart: "X said after talks with
#: Y", "X told reporters during a meeting with Y", "in talks with Y, X reaffirmed ...".
_SPEAKING_AFTER = frozenset({"after", "following", "during", "in"})


#: Nouns of a stretch of talks: "after three days of talks", "following two rounds of negotiations".
_STRETCH_NOUNS = frozenset({"hours", "days", "weeks", "months", "rounds", "sessions"})


def _ended_by(noun: Token) -> Token | None:
    """The verb whose doers did something after talks, and so held them: "X and Y agreed to a truce after
    several days of talks in Doha", "X signed the accord following talks" (not a speech verb: "Z said
    after the talks" tells nothing of who held them)."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "of" and prep.head.lower_ in _STRETCH_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head
    if prep.dep_ != "prep" or prep.lower_ not in ("after", "following"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or is_speech(verb) or _comments(verb):
        return None
    return verb


#: Words by which someone takes part in a meeting named by a noun: "X were present at the meeting",
#: "X took part in the talks", "X participated in the talks".
_ATTENDING = {"at": frozenset({"present", "join"}), "in": frozenset({"take", "participate", "join"})}


def _attending(noun: Token) -> Token | None:
    """The verb whose subject attends the meeting a noun names: "members of X and Y were present at the
    meeting" (the verb "present" hangs on), "X took part in the talks"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _ATTENDING:
        return None
    word = prep.head
    if word.lemma_.lower() not in _ATTENDING[prep.lower_]:
        return None
    if word.pos_ == "ADJ" and word.dep_ == "acomp":
        word = word.head
    if word.pos_ not in ("VERB", "AUX") or is_speech(word):
        return None
    if word.lemma_ == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in word.children):
        return None
    return word


def _met(verb: Token) -> list[Token]:
    """Whom "X met": the object of "meet" when it names someone (not "met a South African ship")."""
    if verb.lemma_ != "meet":
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj" and (c.ent_type_ in _ACTOR_ENTITIES or c.lower_ in _DELEGATION_WORDS)
    ]


_ACTOR_ENTITIES = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def _joined(verb: Token) -> list[Token]:
    """The body "X joined" at the meeting ("X and Y joined the alliance at a ceremony"): the other side of
    the meeting, as an organisation (not "X joined Y in urging ...")."""
    if verb.lemma_.lower() not in meeting_words().joining:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "ORG"]


def _phrase(tok: Token) -> list[Token]:
    """A noun phrase without the phrases hung on it ("Kabila for talks on board a South African ship",
    "X, who arrived from Y"), but with its "of" ("the delegation of X") and its conjuncts."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "prep" and c.lower_ != "of"):
            continue
        out += _phrase(c)
    return sorted(out, key=lambda t: t.i)


def _doers(verb: Token) -> list[Token]:
    """Who does the meeting verb: its subject, or the agents of a passive one ("the accord was signed by
    X and Y", "the accord, signed by X and Y"); for "X and Y refused to meet" the subject of the verb it
    completes, for "Z urged X and Y to meet" that verb's object (Z only asks), and for "X and Y
    sparked hope by meeting" the subject of the verb it qualifies."""
    agents = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
    if agents:
        return agents
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    reported = verb.dep_ == "ccomp" and is_speech(verb.head)
    if own and reported and all(c.lower_ in ("they", "we") for c in own):
        # "X and Y said they had agreed ...": who said it
        return [c for c in verb.head.children if c.dep_ == "nsubj"] or own
    if own:
        return own
    joined = _joined_to(verb)
    if joined is not None:  # "X will visit Y and hold talks with Z": X holds them
        return _doers(joined)
    if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:  # "X and Y sparked hope by meeting"
        return [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "advcl":  # "X and Y shook hands, meeting for the first time"
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ != "xcomp":
        return own
    objects = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")]
    return objects or [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _principals(ctx: DocContext, sent: Span, triggers: list[Token]) -> list[tuple[Head, bool]]:
    """The people who met, when no delegation head is named, each with whether the model tagged the name
    a person: "Israeli Foreign Minister X and Palestinian leader Y met", "X held talks with Y", "talks
    between Chile's envoy X and Y". Only people a title or the
    report ties to a side count (not "analyst Z met reporters"), and not the people of an earlier meeting
    the sentence compares this one with ("the first contact since a meeting between X and Y in June")."""
    current = [t for t in triggers if not _earlier(t)]
    tokens = sorted({t.i: t for phrase in _taking_part(current) for t in phrase}.values(), key=lambda t: t.i)
    heads: list[Head] = []
    tagged: list[bool] = []
    seen: set[int] = set()
    for tok in tokens:
        if tok.i in seen or not (_names_person(tok) or _named_before(ctx, tok)):
            continue
        span = _head_name(ctx, tok if tok.ent_type_ else _chain_end(tok))
        if span is None:
            continue
        seen.update(range(span.start, span.end))
        name, role, party = _describe_head(ctx, span)
        if role is not None and _SPEAKING_ROLE.search(role):
            continue  # "the company's spokesman X": he speaks for a side, he does not lead it
        if party is None:
            party = next((m.name for m in ctx.actors.in_range(span.start_char, span.end_char)), None)
        if party is None:
            party = _of_country(ctx, span)
        if party is None and span.root.dep_ == "appos":  # "Iranian Foreign Minister, X," parsed as apposition
            title = span.root.head
            party = next((m.name for m in ctx.actors.in_range(title.left_edge.idx, title.idx)), None)
        if party is None and span.root.dep_ == "conj" and heads and span.root.head.i in seen:
            # "Israeli Prime Minister X and Foreign Minister Y" (not "members of the Japanese parliament
            # and Foreign Minister Y", who is joined to no one named)
            party = heads[-1].actor.party
        if party is not None and name not in {h.actor.name for h in heads}:
            heads.append(Head(Actor(name, "person", role=role, party=party), ctx.span_evidence(span)))
            tagged.append(tok.ent_type_ == "PERSON")
    for tok in tokens:  # "the visiting U.S. president": the one the report named so before
        described = _described_person(ctx, tok)
        if described is None or described.start in seen:
            continue
        name, role, party = _describe_head(ctx, described)
        if party is not None and name not in {h.actor.name for h in heads}:
            evidence = ctx.span_evidence(tok.doc[tok.left_edge.i : tok.i + 1])
            heads.append(Head(Actor(name, "person", role=role, party=party), evidence))
            tagged.append(True)
    return list(zip(heads, tagged, strict=True))


def _of_country(ctx: DocContext, name: Span) -> str | None:
    """The country a person is named "of": "President X of Chile", "Y of Peru and Z of Chile"."""
    for prep in name.root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for place in (c for c in prep.children if c.dep_ == "pobj"):  # not a name joined to it by "and"
            start, end = place.left_edge.idx, place.idx + len(place.text)
            found = [m.name for m in ctx.actors.in_range(start, end) if m.type == "country"]
            if len(found) == 1:
                return found[0]
    return None


def _described_person(ctx: DocContext, tok: Token) -> Span | None:
    """The person a definite title with no name stands for ("the visiting U.S. president", "the Chinese
    premier"): the last one named before it with that title and side. None when two are."""
    if tok.pos_ != "NOUN" or tok.lower_ not in actor_words().host_titles:
        return None
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "appos") and c.ent_type_ == "PERSON" for c in tok.children):
        return None  # a name follows or is joined: "the president, X"
    sides = {m.name for m in ctx.actors.in_range(tok.left_edge.idx, tok.idx)}
    if len(sides) != 1:
        return None
    found = []
    for ent in ctx.doc.ents:
        if ent.label_ != "PERSON" or ent.start_char >= tok.idx:
            continue
        before = title_before(ent)
        titled = before is not None and (before[0] or "").lower().split()[-1:] == [tok.lower_]
        if titled and before is not None and before[1] in sides:
            found.append(ent)
    if len({ent[-1].text for ent in found}) != 1:
        return None
    return found[-1]


#: Roles of people who speak for a side rather than sit at the table for it.
_SPEAKING_ROLE = re.compile(r"\bspokes(?:man|woman|person)\b|\bpress (?:secretary|officer)\b", re.IGNORECASE)


def _earlier(trigger: Token) -> bool:
    """A meeting named as a point in the past: "since a conference between X and Y in June"."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.head.lower_ == "since" and trigger.dep_ == "pobj"


def _named_before(ctx: DocContext, tok: Token) -> bool:
    """Whether a lone proper noun the model left untagged is the surname of a person the report named in
    full before ("Foreign Minister Ana Ruiz arrived ... Ruiz and her counterpart met"): later mentions
    give the surname alone, and the model often misses it at the start of a sentence."""
    if tok.pos_ != "PROPN" or tok.ent_type_:
        return False
    doc = tok.doc
    if (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN") or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
    ):
        return False  # part of a longer name
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent.end <= tok.i and ent[-1].text == tok.text
        for ent in ctx.doc.ents
    )


def _names_person(tok: Token) -> bool:
    """Whether a token begins a person's name: a PERSON entity, or a proper noun after a title the
    model did not tag ("Chile's envoy Ana Ruiz", "deputy foreign minister Ana Ruiz")."""
    if tok.ent_type_ == "PERSON":
        return bool(tok.ent_iob_ == "B")
    titles = meeting_words().titles
    if tok.pos_ != "PROPN" or tok.ent_type_ or tok.lower_ in titles or tok.i == 0:
        return False
    previous = tok.doc[tok.i - 1]
    if previous.pos_ == "PROPN" and previous.lower_ not in titles:
        return False  # inside a name, not at its start
    chain = _person_name(propn_chain(_chain_end(tok)))
    before = title_before(chain) if chain is not None else None
    role = before[0] if before is not None else None
    return role is not None and any(w in titles for w in role.lower().replace("-", " ").split())


def _chain_end(tok: Token) -> Token:
    """The last word of the proper-noun chain a word begins ("Ana" of "Ana Ruiz" → "Ruiz")."""
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i == tok.i + 1:
        tok = tok.head
    return tok


def actors_in_tokens(ctx: DocContext, tokens: list[Token]) -> list[str]:
    """The actors (countries, organisations, movements) named by some of these tokens, in text order."""
    if not tokens:
        return []
    starts = {t.idx: t.idx + len(t.text) for t in tokens}
    mentions = ctx.actors.in_range(min(starts), max(starts.values()))
    if not mentions:
        return []  # most phrases name no actor: nothing more to look up
    by_start = {t.idx: t for t in tokens}
    names: list[str] = []
    for m in mentions:
        tok = by_start.get(m.start)  # a mention starts a token, but for one cut inside a word
        if tok is None:
            tok = next((t for s, t in by_start.items() if s <= m.start < starts[s]), None)
        if tok is None or m.name in names or _is_place(tok) or names_talks(ctx.doc, m):
            continue
        if ctx.role_of(m) is not None or backs(ctx.document.text, m):
            continue  # "the round of the AU-sponsored talks opened": the sponsor is no side, nor a backer
        names.append(m.name)
    return names


def _is_place(tok: Token) -> bool:
    """A country or capital named as where something is ("in Tunis", "to Geneva, Switzerland")."""
    root = tok
    while root.dep_ in ("compound", "flat") and root.head.i != root.i and root.head.pos_ == "PROPN":
        root = root.head  # up a name, not to the noun it names ("at the EU-Russia summit")
    journey = journey_end(root)  # "a visit to X" is a place, "delegations from X and Y" are people's
    if journey is not None:
        return journey
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "to", "toward", "towards", "near", "from"):
        return True
    return bool(root.dep_ == "appos" and root.head.ent_type_ == "GPE")


_DELEGATION_NOUNS = frozenset({"delegation", "delegations", "team", "teams", "side", "negotiators", "one"})


def _heads(ctx: DocContext, sent: Span) -> list[Head]:
    """Delegation heads: "the X delegation was led by NAME, ROLE", "headed by", "NAME led the delegation",
    "NAME, who led the X delegation", "a NAME-led delegation", "heading the delegation was NAME", "the head
    of the X delegation, NAME", "NAME, who is the head of the X delegation", and the gapped "..., and the
    Y one by NAME"."""
    found: list[tuple[Token, Token | None]] = []  # (person, delegation word or None)
    for verb in ctx.tokens_lemma_in(sent, _HEAD_VERBS):
        if verb.pos_ != "VERB":
            continue
        delegation = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if delegation is None and verb.dep_ == "acl":
            delegation = verb.head  # "the delegation, led by X"
        if delegation is None and verb.dep_ == "amod" and verb.head.lower_ in _DELEGATION_WORDS:
            delegation = verb.head  # "a X-led delegation" (not "a Hamas-led one", a government)
        if delegation is None or _working_level(delegation):
            continue
        if not _is_delegation(ctx, delegation):
            talks = delegation.lower_ in meeting_words().nouns or _talks_before(delegation)
            if not talks or (delegation.dep_ != "nsubjpass" and verb.dep_ != "acl"):
                continue  # "the talks were led by", "the talks, led by A and B, ended"
            delegation = None  # "the talks are led by X for Y and by Z for W": each person's own side
        for person in _leaders(verb):
            found.append((person, delegation))
            # "led by X and Y": one side's heads, however the parser hung the first name
            found.extend((c, delegation) for c in [*person.conjuncts, *_listed_before(person)])
    found += _heads_of_delegations(ctx, sent)
    signed = {person.i: side for person, side in _signatories(ctx, sent)}
    # Gapping: "..., while Ukraine's was headed by X" / "and the US team by Y": a "by" with a person
    # that no head verb governs, paired with the nearest delegation word (or "Peru's") before it.
    if found:
        used = {p.i for p, _d in found}
        for by in ctx.tokens_lower_in(sent, ("by",)):
            if by.dep_ == "agent" and _first_agent(by):
                continue  # a second agent is gapped too: "X's was led by A and Y's by B"
            person = next((c for c in by.children if c.dep_ == "pobj"), None)
            if person is None or person.i in used or name_span(person) is None:
                continue
            before = [t for t in sent if t.i < by.i and (_is_delegation(ctx, t) or _owning_country(ctx, t))]
            found.append((person, before[-1] if before else None))
    heads: list[Head] = []
    for person, delegation in [*found, *((sent.doc[i], None) for i in signed)]:
        span = _head_name(ctx, person)
        if span is None:
            continue
        name, role, party = _describe_head(ctx, span)
        if delegation is not None:
            party = _party_of_delegation(ctx, delegation) or party
        party = _side_led(ctx, person) or party
        party = signed.get(person.i, party)
        if name not in {h.actor.name for h in heads}:
            heads.append(Head(Actor(name, "person", role=role, party=party), ctx.span_evidence(span)))
    return heads


#: Words of a team below the delegation: who leads "the technical teams" or "an expert group" is no
#: head of delegation.
_WORKING_LEVEL = frozenset({"technical", "expert", "experts", "working", "working-level", "sub", "drafting"})


def _working_level(delegation: Token) -> bool:
    return any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _WORKING_LEVEL for c in delegation.children
    )


def _first_agent(by: Token) -> bool:
    return next(c for c in by.head.children if c.dep_ == "agent") is by


def _listed_before(person: Token) -> list[Token]:
    """People named before a person in a list the parser took for titles: in "by X and U.S. envoy Y" or
    "X and envoy Y led their delegations" the first name hangs inside the second's title words, with
    the "and" of the list on it."""
    return [
        t
        for t in person.subtree
        if t.i < person.i
        and t.pos_ == "PROPN"
        and t.dep_ in ("nmod", "compound", "appos")
        and any(c.dep_ == "cc" for c in t.children)
    ]


def _talks_before(pronoun: Token) -> bool:
    """Whether "they" stands for the talks the sentence before is about: "The talks were mediated by
    X. They were led by A and B"."""
    if pronoun.lower_ != "they" or pronoun.sent.start == 0:
        return False
    before = pronoun.doc[pronoun.sent.start - 1].sent
    words = meeting_words().nouns
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words for c in before.root.children)


def _side_led(ctx: DocContext, person: Token) -> str | None:
    """The side named right after a leader, or after the first of the leaders listed with them: "led by
    X for Y", "by X, Z and W on the Y side"."""
    first = person
    while first.dep_ == "conj" and first.head.pos_ == "PROPN":
        first = first.head
    for prep in (c for c in first.children if c.dep_ == "prep" and c.i > first.i):
        said = prep.lower_ == "for" or (prep.lower_ == "on" and any(t.lower_ == "side" for t in prep.subtree))
        named = next((c for c in prep.children if c.dep_ == "pobj"), None)
        sides = actors_in_tokens(ctx, list(named.subtree)) if said and named is not None else []
        if len(sides) == 1:
            return sides[0]
    return None


#: Words by which one signs for a side: "signed by X for Y", "X signed on behalf of Y".
_SIGNING_FOR = re.compile(r"\s*,?\s*(?:for|on behalf of)\s+(?:the\s+)?$", re.IGNORECASE)


def _signatories(ctx: DocContext, sent: Span) -> list[tuple[Token, str]]:
    """The people who sign a text for a side, with the side: "the accord was signed by A for X and B for
    Y", "A signed on behalf of X". Each signs for the side named right after the name."""
    if not any(t.pos_ == "VERB" for t in ctx.tokens_lemma_in(sent, ("sign",))):
        return []
    text = ctx.document.text
    found = []
    for m in ctx.actors.in_range(sent.start_char, sent.end_char):
        if m.generic:
            continue
        lo = max(sent.start_char, m.start - 20)
        cue = _SIGNING_FOR.search(text, lo, m.start)
        if cue is None:
            continue
        signer = next((t for t in sent if t.idx + len(t.text) == cue.start()), None)
        if signer is not None and signer.pos_ == "PROPN":
            found.append((signer, m.name))
    return found


def _leaders(verb: Token) -> list[Token]:
    """Who a verb of leading says leads: the agent of "led by X", the subject of "X led" or of "X, who
    led", the name before "-led" ("a X-led delegation"), the one "heading the delegation was"."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:  # "led by A", "led by A and by B"
        return [c for by in (agent, *agent.conjuncts) for c in by.children if c.dep_ == "pobj"]
    if verb.dep_ == "amod":  # "a Ruiz-led delegation": the name is parsed as the participle's modifier
        return [
            c
            for c in verb.children
            if c.i < verb.i and c.pos_ == "PROPN" and c.dep_ in ("npadvmod", "compound", "nmod", "nsubj")
        ]
    if verb.tag_ == "VBN":
        return []
    people = [c for c in verb.children if c.dep_ == "nsubj"]
    if people and people[0].lower_ in ("who", "that") and verb.dep_ == "relcl":
        return [verb.head]  # "X, who led the delegation"
    if not people and verb.tag_ == "VBG":  # "Heading the delegation was X"
        people = [
            c
            for be in [verb, *(a for a in verb.children if a.lemma_ == "be")]
            for c in be.children
            if c.dep_ in ("attr", "nsubj") and c.pos_ == "PROPN"
        ]
    return people


#: Nouns of the person at the head of a delegation: "the head of the X delegation, NAME".
_LEADER_NOUNS = frozenset({"head", "leader", "chief", "chairman", "chairwoman"})


def _heads_of_delegations(ctx: DocContext, sent: Span) -> list[tuple[Token, Token | None]]:
    """People named as "the head of the X delegation": in apposition ("the head of the X delegation,
    NAME," / "NAME, head of the X delegation") or as what someone is ("NAME, who is also the head of the
    X delegation")."""
    found: list[tuple[Token, Token | None]] = []
    for noun in ctx.tokens_lower_in(sent, _LEADER_NOUNS):
        if noun.pos_ != "NOUN":
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        delegation = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if delegation is None or not _is_delegation(ctx, delegation):
            continue
        people = [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ == "appos":
            people.append(noun.head)
        if noun.dep_ == "attr":
            for subject in (c for c in noun.head.children if c.dep_ == "nsubj"):
                relative = subject.lower_ in ("who", "that") and noun.head.dep_ == "relcl"
                people.append(noun.head.head if relative else subject)
        found += [(p, delegation) for p in people if p.pos_ == "PROPN"]
    return found


def _owning_country(ctx: DocContext, tok: Token) -> bool:
    """A country with a possessive that stands for its delegation: "and Peru's by X"."""
    return any(c.dep_ == "case" for c in tok.children) and ctx.gazetteer.country(tok.text) is not None


#: Titles of the person who leads a side in talks: "chief US negotiator X", "X, North Korea's chief
#: delegate to the talks", "top envoy X".
_CHIEF_WORDS = frozenset({"chief", "top", "lead", "head"})
#: Words of a role held for talks: a "chief negotiator", a "special envoy" negotiates for a side.
NEGOTIATOR_WORDS = frozenset({"negotiator", "delegate", "envoy"})


def _chief_heads(ctx: DocContext, sent: Span) -> list[Head]:
    """Heads named only by their title of chief negotiator ("chief US negotiator X")."""
    heads: list[Head] = []
    for person, title in _chief_negotiators(ctx, sent):
        span = _head_name(ctx, person)
        if span is None:
            continue
        name, role, party = _describe_head(ctx, span)
        if party is None:  # "Chile's top negotiator X": the side the title names
            sides = actors_in_tokens(ctx, [t for c in title.lefts for t in c.subtree])
            party = sides[0] if len(sides) == 1 else None
        if name not in {h.actor.name for h in heads}:
            heads.append(Head(Actor(name, "person", role=role, party=party), ctx.span_evidence(span)))
    for side in _unnamed_chiefs(ctx, sent):
        head = _named_next(ctx, sent, side)
        if head is not None and head.actor.name not in {h.actor.name for h in heads}:
            heads.append(head)
    return heads


def _unnamed_chiefs(ctx: DocContext, sent: Span) -> list[str]:
    """The sides whose chief negotiator a sentence names by title alone: "the top US envoy to the talks
    returned to Washington" (no name in or beside the title)."""
    sides = []
    for tok in ctx.tokens_lower_in(sent, NEGOTIATOR_WORDS):
        if tok.pos_ != "NOUN":
            continue
        if not _chief(tok):
            continue
        if (tok.dep_ == "compound" and tok.head.pos_ == "PROPN") or tok.dep_ == "appos":
            continue
        if any(c.dep_ == "appos" for c in tok.children):
            continue
        modifiers = [
            c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < tok.i
        ]
        side = actors_in_tokens(ctx, [t for m in modifiers for t in m.subtree])
        if len(side) == 1:
            sides.append(side[0])
    return sides


#: How many sentences after a chief negotiator described by title alone may name them.
NAMED_WITHIN = 2


def _named_next(ctx: DocContext, sent: Span, side: str) -> Head | None:
    """The first person the next sentences name with a title of that side ("The top US envoy …
    returned. … US Deputy Assistant Secretary of State Jane Doe left aides behind"): the report naming
    the envoy it has just described."""
    following: list[Span] = []
    while len(following) < NAMED_WITHIN and (following[-1] if following else sent).end < len(sent.doc):
        following.append(sent.doc[(following[-1] if following else sent).end].sent)
    titles = meeting_words().titles
    for ent in (e for f in following for e in ctx.ents_in(f)):
        span = _person_name(ent) if ent.label_ == "PERSON" else None
        if span is None:
            continue
        # the whole title before the name, "of" phrases included ("US Deputy Secretary of State X")
        title = [
            t
            for t in sent.doc[min(span.root.left_edge.i, span.start) : span.start]
            if t.ent_type_ not in ("DATE", "TIME")
        ]
        if not any(t.lower_ in titles for t in title):
            continue
        role, party = _role_and_side(ctx, str(sent.doc[title[0].i : title[-1].i + 1].text))
        if party == side:
            return Head(Actor(str(span.text), "person", role=role, party=party), ctx.span_evidence(span))
    return None


def _chief(title: Token) -> bool:
    """Whether a negotiator word is titled chief: "chief negotiator", and "chief ceasefire negotiator"
    (the parse hangs "chief" on the noun between)."""
    return any(
        c.lower_ in _CHIEF_WORDS
        for c in [*title.children, *(g for c in title.children if c.dep_ == "compound" for g in c.children)]
    )


def _chief_negotiators(ctx: DocContext, sent: Span) -> list[tuple[Token, Token]]:
    """People titled as a side's chief negotiator, before the name or in apposition to it, each with the
    title's noun ("negotiator")."""
    found = []
    for tok in ctx.tokens_lower_in(sent, NEGOTIATOR_WORDS):
        if not _chief(tok):
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":  # "chief US negotiator Jane Doe"
            found.append((tok.head, tok))
        found += [(c, tok) for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]  # ", Jane Doe"
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":  # "Jane Doe, the chief negotiator"
            found.append((tok.head, tok))
    return found


def _head_name(ctx: DocContext, tok: Token) -> Span | None:
    """The name of the person a token names, without titles; None for a place or a body the model took
    for a person ("King Abdullah of Jordan" gives no head "Jordan")."""
    whole = name_span(tok)
    span = _person_name(whole)
    # a surname the model took for a place here and for a person's name elsewhere in the report
    surname = span is None and whole is not None and len(whole) == 1 and fuller_mention(ctx, whole)
    if surname:
        span = whole
    if span is None:
        return None
    if ctx.gazetteer.country(span.text) is not None or ctx.gazetteer.organisation(span.text) is not None:
        return None
    if surname:
        return span
    actors = ctx.actors.in_range(span.start_char, span.end_char)
    person = any(t.ent_type_ == "PERSON" for t in span)
    if span.root.ent_type_ in _NOT_PEOPLE or (not person and actors):
        return None  # "a Hamas-led government": a movement, not a person
    text = ctx.document.text
    if any(
        m.type in ("group", "organisation")
        and m.start <= span.start_char
        and span.end_char <= m.end
        and text[m.start : m.end] == m.surface
        for m in actors
    ):
        return None  # "the X Liberation Front negotiators": a movement the model took for a person
    return span


#: Entity types that are never a person's name.
_NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})


def _person_name(span: Span | None) -> Span | None:
    """The name in a span without the title words before it ("Ambassador Jane Doe" → "Jane Doe"); None
    when nothing but a title is left ("Ambassador", "Deputy Assistant Secretary"): titles are no heads."""
    if span is None:
        return None
    titles = meeting_words().titles
    start = span.start
    while start < span.end and (
        span.doc[start].lower_.rstrip(".") in titles
        or span.doc[start].ent_type_ in ("NORP", "ORG", "GPE")
        or (span.doc[start].pos_ == "ADJ" and span.doc[start].text[:1].isupper())
    ):
        start += 1  # "Ambassador", and "Jordanian" of "Jordanian King ..."
    name = span.doc[start : span.end]
    if not len(name) or all(t.lower_ in titles or not t.text[:1].isupper() for t in name):
        return None
    return name


def _is_delegation(ctx: DocContext, tok: Token) -> bool:
    if tok.lower_ in _DELEGATION_NOUNS:
        return True
    # "Ukraine's was headed by ...": a possessive country standing for its delegation
    return tok.dep_ in ("nsubjpass", "nsubj") and ctx.gazetteer.country(tok.text) is not None


def _party_of_delegation(ctx: DocContext, delegation: Token) -> str | None:
    """The side a delegation word names ("the Chilean delegation", "Peru's"), or the sender of "X sent a
    delegation led by Y"."""
    parties = actors_in_tokens(ctx, [t for t in delegation.subtree if t.i <= delegation.i])
    if not parties and delegation.dep_ == "dobj" and delegation.head.lemma_ in _SENDING:
        senders = [t for c in delegation.head.children if c.dep_ == "nsubj" for t in c.subtree]
        parties = actors_in_tokens(ctx, senders)
    return parties[0] if len(parties) == 1 else None


#: Verbs whose subject is the side of the delegation they send: "Chile sent a delegation led by X".
_SENDING = frozenset({"send", "dispatch", "despatch"})


def _describe_head(ctx: DocContext, name: Span) -> tuple[str, str | None, str | None]:
    """Full name, role and party of a delegation head from the words around the name, or around a
    fuller mention of the same person elsewhere in the document ("Doe" → "Jane Doe"). Role and party
    are kept apart: "North Korean Vice Foreign Minister" is the role "Vice Foreign Minister" of North
    Korea, "UN Secretary General" the role "Secretary General" of the United Nations."""
    span = (fuller_mention(ctx, name) if len(name) == 1 else None) or name
    before = title_before(span)
    role = _role_after(span) or (before[0] if before else None)
    party = before[1] if before else None
    if role:
        role, named = _role_and_side(ctx, role)
        party = party or named
    return str(span.text), role, party


#: Words left dangling at either end of a role once its country is taken out ("minister of", "the").
_ROLE_EDGES = re.compile(r"^(?:(?:the|a|an|'s|of|for|to)\s+)+|(?:\s+(?:the|of|for|to|'s))+$", re.IGNORECASE)


def _role_and_side(ctx: DocContext, role: str) -> tuple[str | None, str | None]:
    """A role without the country or organisation it names, and that side."""
    spans = [(s, e, n) for s, e, n in ctx.gazetteer.countries_in(role)]
    if not spans:
        spans = [(s, e, n) for s, e, n in ctx.gazetteer.organisations_in(role)]
    side = spans[0][2] if spans else None
    for s, e, _n in reversed(spans):
        role = role[:s] + " " + role[e:]
    role = " ".join(role.replace(" 's", "'s").split())
    role = _ROLE_EDGES.sub("", role).strip(" ,")
    return role or None, side


def _role_after(name: Span) -> str | None:
    """The title after a name: ", director of the X Department," up to the next clause; not a place or
    an aside (", in Italy as part of a tour,")."""
    doc = name.doc
    i = name.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    words: list[Token] = []
    for t in doc[i + 1 : name.sent.end]:
        if (
            t.is_punct
            or t.lower_ in ("who", "which", "while", "and", "whose")
            or t.tag_ in ("VBG", "VBD", "VBZ", "VBP", "VBN")
        ):
            if words and is_speech(t):
                return None  # "..., a statement from the presidency said": who says it, not a title
            break
        words.append(t)
    in_charge = len(words) > 2 and words[0].lower_ == "in" and words[1].lower_ == "charge"
    if not words or (words[0].pos_ in ("ADP", "ADV", "VERB", "AUX", "NUM") and not in_charge):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words):
        return None
    return str(doc[words[0].i : words[-1].i + 1].text)


# --- merging partial mentions into meetings -------------------------------------------------------------


def _compatible(a: _Partial, b: _Partial) -> bool:
    if a.ordinal is not None and b.ordinal is not None and a.ordinal != b.ordinal:
        return False
    if a.city and b.city and a.city.lower() != b.city.lower():
        return False  # a meeting elsewhere is another meeting: it never takes this one's venue or ordinal
    if a.venue and b.venue and not _one_place(a.venue, b.venue):
        return False  # nor does a meeting in another building ("later met the president at his palace")
    # other sides meeting, or one dated apart: another meeting ("X opened the meeting, which lasted an
    # hour" is still this one)
    other = a.parties and b.parties and not _seen(a) & _seen(b)
    if other and not (b.anaphoric and len(b.parties) < 2 and b.date is None and len(a.parties) >= 2):
        # "the talks" told with one side each time, one of the tellings undated, are one meeting: "X's
        # delegation arrived for talks in A ... The talks brought together Y's negotiators and mediators"
        one_each = len(a.parties) == 1 and len(b.parties) == 1 and (a.date is None or b.date is None)
        if not (b.anaphoric and one_each):
            return False
    for lone, named in ((a, b), (b, a)):
        # someone meeting a person no report ties to an actor ("X met the Pope"): a sentence on talks
        # between other sides is about another meeting, not this one
        if _lone_outsider(lone) and (
            len(named.parties) >= 2 or (named.parties and not set(named.parties) & set(lone.parties))
        ):
            return False
    if _other_heads(a, b) or _other_heads(b, a):
        return False
    if a.date is not None and b.date is not None:
        da, db = dt.date.fromisoformat(a.date.value), dt.date.fromisoformat(b.date.value)
        if abs((da - db).days) > max(1, days_lasted(a.duration) - 1, days_lasted(b.duration) - 1):
            return False  # another day, unless talks of several days ("wrapped up four days of talks")
    return a.planned == b.planned


def days_lasted(duration: TimeValue | None) -> int:
    """How many days a meeting lasted, when its duration is said in days ("after four days of talks":
    4), else 0."""
    days = re.fullmatch(r"P(\d+)([DW])", duration.value) if duration is not None else None
    if days is None:
        return 0
    # "two weeks of talks" is told loosely: a day more than the weeks' days
    count = int(days.group(1)) if days.group(2) == "D" else 7 * int(days.group(1)) + 1
    return count * 3 // 2 if duration is not None and duration.mod == "MORE_THAN" else count


def _other_heads(a: _Partial, b: _Partial) -> bool:
    """Whether a sentence names someone else at the head of a side of the meeting: "X met his
    counterpart Y ... Z said after talks in Rome with X's foreign minister W" is W's meeting with Z, not
    X's with Y (a sentence on "the meeting" is about the meeting already named, whoever it names)."""
    if b.anaphoric:
        return False
    ours: dict[str, set[str]] = {h.actor.party: set() for h in a.heads if h.actor.party}
    for h in a.heads:
        if h.actor.party:
            ours[h.actor.party].add(h.actor.name)
    theirs = {h.actor.party for h in b.heads if h.actor.party in ours}
    return bool(theirs) and all(
        not ({h.actor.name for h in b.heads if h.actor.party == side} & ours[side]) for side in theirs
    )


def _seen(p: _Partial) -> set[str]:
    """The sides a sentence sees at its meeting: those it names, and those of the heads it names ("signed
    by A for X and B for Y at a ceremony attended by Z's officials" is X's and Y's meeting too), when
    its heads lead two sides or more."""
    led = {h.actor.party for h in p.heads if h.actor.party}
    return set(p.parties) | (led if len(led) >= 2 else set())


def _lone_outsider(p: _Partial) -> bool:
    """A meeting with a person no report ties to an actor, at which at most one side is named."""
    return p.outsider and len(p.parties) <= 1


def _one_place(a: str, b: str) -> bool:
    """Whether two venues one report names are one place: one names the other ("the palace", "the
    Raghdan Palace")."""
    fa, fb = " ".join(a.lower().split()), " ".join(b.lower().split())
    return fa in fb or fb in fa


def _absorb(into: _Partial, p: _Partial) -> None:
    if p.direct_date and not into.direct_date and p.date is not None and into.date is not None:
        into.date, into.direct_date, into.arrival, into.stage = p.date, True, p.arrival, p.stage
        into.field_evidence["date"] = p.field_evidence.get("date", p.evidence)
    if into.date is None and p.date is not None:
        into.arrival, into.stage = p.arrival, p.stage
    for name in ("date", "city", "venue", "duration", "format", "ordinal"):
        if getattr(into, name) is None and getattr(p, name) is not None:
            setattr(into, name, getattr(p, name))
            if name in p.field_evidence:
                into.field_evidence[name] = p.field_evidence[name]
    into.outsider = into.outsider or p.outsider
    into.occasion = into.occasion or p.occasion
    if into.fate is None and p.fate is not None:
        into.fate = p.fate
        into.field_evidence["fate"] = p.field_evidence.get("fate", p.evidence)
    if into.period is None and p.period is not None:
        into.period = p.period
        into.field_evidence["period"] = p.field_evidence.get("period", p.evidence)
    into.announced = into.announced or p.announced
    into.bound = into.bound or p.bound
    if into.loose_date is None and p.loose_date is not None:
        into.loose_date = p.loose_date
        into.field_evidence.setdefault("loose_date", p.field_evidence.get("loose_date", p.evidence))
    # heads of the meeting's own sides; one whose side the sentence leaves unsaid may stand with them
    # ("A and B's envoy C led their delegations in the talks")
    led = any(h.actor.party in into.parties for h in p.heads) and all(
        h.actor.party in into.parties or h.actor.party is None for h in p.heads
    )
    one_each = len(into.parties) == 1 and len(p.parties) == 1  # see _compatible
    if (
        p.anaphoric
        and into.parties
        and not set(p.parties) & set(into.parties)
        and not (led and not p.parties)
        and not one_each
    ):
        return  # "X opened the meeting": X is not one of its sides ("the talks were led by A for X": A is)
    into.parties += [x for x in p.parties if x not in into.parties]
    into.heads += [h for h in p.heads if h.actor.name not in {x.actor.name for x in into.heads}]


def _merge(
    partials: list[_Partial],
    lead: tuple[TimeValue, Evidence, bool] | None = None,
    anchor: dt.date | None = None,
) -> list[MeetingMention]:
    groups: list[tuple[_Partial, list[Evidence]]] = []
    focal: _Partial | None = None
    for p in partials:
        if p.planned and p.led_before and p.heads and focal is not None and not _other_heads(focal, p):
            focal.heads += [h for h in p.heads if h.actor.name not in {x.actor.name for x in focal.heads}]
            p = replace(p, heads=[])
        explicit = p.ordinal is not None or p.date is not None or p.relative is not None or p.planned
        target = None
        if explicit:
            target = next(
                (
                    g
                    for g in groups
                    if _compatible(g[0], p)
                    and (
                        (g[0].ordinal is not None and g[0].ordinal == p.ordinal)
                        or (g[0].date is not None and p.date is not None)
                        or (
                            g[0] is focal
                            and p.relative is None
                            and not p.planned
                            and not p.aside
                            and _may_date(g[0], p)
                        )
                        or _one_announcement(g[0], p)
                    )
                ),
                None,
            )
        elif focal is not None and not p.aside and _compatible(focal, p):
            target = next(g for g in groups if g[0] is focal)
        if target is None and not explicit and focal is None:
            target = None
        if target is None:
            groups.append((_copy(p), [p.evidence]))
            if focal is None and not p.planned and p.relative is None and not p.aside:
                focal = groups[-1][0]
        else:
            _absorb(target[0], p)
            target[1].append(p.evidence)
    for g, _evidence in groups:
        if g is focal and g.date is None and lead is not None and _lead_dates(lead, g):
            # "X and Y agreed Wednesday ... Z flew in for talks"; "X said here Friday ... said X during a
            # meeting with Y"
            g.date, g.field_evidence["date"] = lead[0], lead[1]
            continue
        if g.date is None and g.loose_date is not None and not g.planned and not _later(g.loose_date, anchor):
            # A round the parse could not date: a sentence that names it and one date, not a statement's,
            # is dated by that date ("after a third round of talks ... on Wednesday, officials agreed").
            g.date = g.loose_date
            g.field_evidence["date"] = g.field_evidence.get("loose_date", g.evidence)
    if anchor is not None:
        groups = _fold_announcements(groups, anchor)
    meetings = []
    focal_ordinal = focal.ordinal if focal is not None else None
    for i, (g, evidence) in enumerate(groups):
        ordinal = g.ordinal
        if ordinal is None and g.relative is not None and focal_ordinal is not None:
            ordinal = focal_ordinal + (1 if g.relative == "next" else -1)
        if g.date is None and ordinal is None and not _vague_planned(g):
            continue  # nothing to place it on a timeline or in a sequence
        meetings.append(
            MeetingMention(
                key=f"m{i}",
                evidence=tuple(evidence),
                date=g.date,
                city=g.city,
                venue=g.venue,
                duration=g.duration,
                format=g.format,
                ordinal=ordinal,
                parties=tuple(g.parties),
                heads=tuple(g.heads),
                planned=g.planned,
                field_evidence={k: v for k, v in g.field_evidence.items() if k != "loose_date"},
                fate=g.fate,
                outsider=g.outsider,
                period=g.period if g.date is None and g.planned else None,
                aside=g.aside,
                arrival=g.arrival and g.date is not None,
                stage=g.stage if g.date is not None else None,
            )
        )
    return meetings


def _later(t: TimeValue, anchor: dt.date | None) -> bool:
    """A day after the report's: it cannot date a meeting held ("the two men met during a visit which
    will end with a signing on Tuesday")."""
    return anchor is not None and dt.date.fromisoformat(t.value[:10]) > anchor


def _lead_dates(lead: tuple[TimeValue, Evidence, bool], focal: _Partial) -> bool:
    """Whether the lead's date dates the undated focal meeting: a lead about the sides' dealings dates it
    when the meeting is named early; a lead that dates a statement dates it only when the meeting is a
    statement's occasion and no date of its own sentences may date it."""
    if lead[2]:
        return focal.occasion and focal.loose_date is None
    return focal.sentence < LEAD_SENTENCES or focal.occasion


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


def _fold_announcements(
    groups: list[tuple[_Partial, list[Evidence]]], anchor: dt.date
) -> list[tuple[_Partial, list[Evidence]]]:
    """A meeting announced for a stretch the report's own held meeting is in is that meeting: "as
    negotiators prepared for this week's talks" in a report of talks held on Thursday."""
    out: list[tuple[_Partial, list[Evidence]]] = []
    for g, evidence in groups:
        held = _held_in(groups, g, anchor)
        if held is None:
            out.append((g, evidence))
            continue
        _absorb(held[0], replace(g, fate=None, planned=False))
        held[1].extend(evidence)
    return out


def _held_in(
    groups: list[tuple[_Partial, list[Evidence]]], g: _Partial, anchor: dt.date
) -> tuple[_Partial, list[Evidence]] | None:
    """The report's held meeting dated in the week or month a meeting with no day is announced for."""
    if not g.planned or g.period is None or g.date is not None or g.ordinal is not None:
        return None
    window = announced_window(g.period, anchor)
    if window is None:
        return None
    for h, evidence in groups:
        if h.planned or h.date is None or (g.parties and h.parties and not set(g.parties) & set(h.parties)):
            continue
        if window[0] <= dt.date.fromisoformat(h.date.value[:10]) <= window[1]:
            return h, evidence
    return None


def _vague_planned(p: _Partial) -> bool:
    """A meeting announced for a stretch of time and no day ("X and Y will meet next week", "talks are
    expected to resume soon", "the next round"): a planned round with what is known of when. Not one
    only wished ("hope to meet next month"), nor one that names a single side ("talks among the
    factions next week" is no meeting between this negotiation's sides)."""
    return p.planned and p.announced and len(p.parties) != 1


def _one_announcement(g: _Partial, p: _Partial) -> bool:
    """Whether two sentences of one report announce one meeting: both for a stretch of time and no day
    ("as soon as possible" ... "in a week or two"), or one says its day within the stretch the other
    gives ("next week" ... "on Monday"), or one tells of a delegation setting off for talks whose day the
    other says."""
    if not (g.planned and p.planned) or g.ordinal is not None or p.ordinal is not None:
        return False
    if g.date is None and p.date is None:
        return g.period is not None and p.period is not None
    dated, vague = (g, p) if g.date is not None else (p, g)
    if dated.date is None or vague.date is not None:
        return False
    if vague.period is None:
        return vague.bound  # "X's delegation left for Y for talks" ... "the talks open on Tuesday"
    return holds(vague.period.value, dated.date.value)


def _may_date(focal: _Partial, p: _Partial) -> bool:
    """Whether a dated sentence may be about the focal meeting: not when it tells of a meeting with a
    person no report ties to an actor and shares no side with it ("the question was raised during a
    meeting on Monday between X and Y" in a report of other talks)."""
    return not (_lone_outsider(p) and not set(p.parties) & set(focal.parties))


def _copy(p: _Partial) -> _Partial:
    return replace(p, parties=list(p.parties), heads=list(p.heads), field_evidence=dict(p.field_evidence))


def focal_meeting(meetings: list[MeetingMention]) -> str | None:
    """The key of the meeting a document mainly reports: the first held (not planned) one."""
    for m in meetings:
        if not m.planned:
            return m.key
    return None


def meeting_for_sentence(meetings: list[MeetingMention], sentence: int) -> str | None:
    """The meeting a sentence is about: one whose evidence includes it, else the focal one."""
    for m in meetings:
        if any(e.sentence_index == sentence for e in m.evidence) and not m.planned:
            return m.key
    return focal_meeting(meetings)
