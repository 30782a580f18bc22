"""When a meeting is: the dates a sentence ties to its meeting word (not a statement's date, not the start
of a stretch "since"), the lead's date that dates the report's main meeting, recent and earlier periods, the
day someone arrived, the first or last day of a meeting, a vague future ("soon", "next week", "the next
round") and how long a meeting lasted. Dates are separate because they are read from the time normaliser's
values and the parse, not from the sides or places of a meeting."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from legation.lexicon import word_list
from legation.model import Evidence, TimeValue
from legation.nlp.context import DocContext, Span, Token, parse_tables, subtree_of
from legation.nlp.lexicons import (
    MEETING_LISTS,
    MeetingWords,
    agenda_words,
    event_rules,
    issue_synonyms,
    meeting_words,
)
from legation.nlp.meetings.grammar import (
    PLANNING,
    STRETCH_NOUNS,
    addressed,
    holds_no_meeting,
    infinitive,
    is_speech,
    joined_to,
    said_on,
    states,
    wisher_of,
)
from legation.nlp.ordinals import ordinal_value
from legation.time.values import granularity, stretch

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}")


#: The report's main meeting is dated by its lead when it is named this early and nothing else dates it.
LEAD_SENTENCES = 3


@functools.cache
def _dealing_verbs() -> frozenset[str]:
    """Verbs of the sides dealing with each other: meeting verbs and those of the event ontology's
    consulting, agreeing, asking and rejecting (``events.yaml``)."""
    kinds = {"CONSULT", "AGREE", "REQUEST", "REJECT"}
    verbs = {lemma for rule in event_rules() if rule.plover in kinds for lemma in rule.lemmas}
    return frozenset(verbs | meeting_words().verbs | {"end", "discuss"})


def _dated_below(sent: Span, verb: Token) -> bool:
    """Whether a date of the sentence hangs in the clause of a verb ("reached a deal on Friday")."""
    types = parse_tables(verb.doc).ent_types  # the clause's words read from the table, no Token made
    return any(types[i] in ("DATE", "TIME") for i in subtree_of(verb) if i < sent.end)


def _announced_by_the_sides(speech: Token, reported: Token) -> bool:
    """Whether the speakers are those the reported clause tells of ("X and Y announced that they had
    reached ..."): their pronoun subject in the clause, not a third party reporting others' dealings."""
    speakers = [c for c in speech.children if c.dep_ == "nsubj"]
    subject = next((c for c in reported.children if c.dep_ == "nsubj"), None)
    return bool(speakers) and subject is not None and subject.lower_ in ("they", "we")


def _concludes_a_deal(verb: Token) -> bool:
    """Whether a verb's object is a deal the sides made ("struck a pact", "clinched an accord", "sealed
    the deal"): the sides' dealings, whatever the verb."""
    deals = meeting_words().negotiation & agenda_words().document
    return any(c.dep_ == "dobj" and c.lower_ in deals for c in verb.children)


#: Words of a visit, whose days a report may give apart from the days of the talks held on it.
VISIT_WORDS = word_list(MEETING_LISTS, "visit")
#: The days of a visit: talks held or announced during a visit are within so many days of its first or
#: its last day.
VISIT_DAYS = 5


def ends_a_visit(ctx: DocContext) -> bool:
    """Whether the lead tells the end of a visit ("X ended his visit to Y and left for Z Wednesday"): the
    day it gives is the visit's last, and the talks the report tells of were held on it or before."""
    lead = ctx.sents[0] if ctx.sents else None
    return lead is not None and _ending_a_visit(lead.root)


def _ending_a_visit(verb: Token) -> bool:
    """Whether a verb ends a visit: "X ended his visit to Y", or a verb of leaving whose clause does ("X
    left Y on Friday, ending his visit")."""
    if verb.lemma_.lower() in CLOSING:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_WORDS for c in verb.children)
    return any(c.dep_ in ("advcl", "conj", "xcomp") and _ending_a_visit(c) for c in verb.children)


def begins_a_visit(ctx: DocContext) -> bool:
    """Whether the lead tells a visit's first day or the day of a visit ("X arrived in Y on Monday for a
    three-day visit", "X on Wednesday visited Y"): the talks the report tells of undated were held that
    day or, on a visit of days, the next (see :attr:`MeetingMention.arrival`)."""
    lead = _first_dated(ctx)
    return lead is not None and _visiting(lead.root)


def _visiting(verb: Token) -> bool:
    """Whether a verb tells someone's visit: "X visited Y", "X began a visit to Y", or a verb of arriving
    for one ("X arrived in Y for a three-day visit"; `arriving` verbs of `meetings.yaml`)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma in VISIT_WORDS:
        return True
    if lemma in OPENING:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_WORDS for c in verb.children)
    if lemma not in meeting_words().arriving:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and o.dep_ == "pobj" and o.lemma_.lower() in VISIT_WORDS
        for c in verb.children
        for o in c.children
    )


#: Verbs of trying, succeeding or failing at what the verb they complete says: "X and Y failed to agree
#: Tuesday", "managed to strike a deal".
_ATTEMPT_VERBS = word_list(MEETING_LISTS, "attempt")


def _first_dated(ctx: DocContext) -> Span | None:
    """The lead: the first sentence that gives a date, within the first :data:`LEAD_SENTENCES` (a web page's
    headline and standfirst often say what was agreed and leave the day to the sentence after them)."""
    for sent in ctx.sents[:LEAD_SENTENCES]:
        if any(
            t.type in ("DATE", "TIME") and DATE_RE.match(t.value)
            for t in ctx.times_in(sent.start_char, sent.end_char)
        ):
            return sent
    return None


def lead_date(ctx: DocContext) -> tuple[TimeValue, Evidence, bool] | None:
    """The date of the lead's main event ("Albania and Italy agreed Wednesday ..."): wire copy dates the
    news once, in its first sentence, and names the meeting behind it in the next without a date. The
    flag says the lead dates a statement ("X should do Y, an official said here Friday"), which dates
    only a meeting named as the occasion of a statement."""
    lead = _first_dated(ctx)
    if lead is None:
        return None
    root = lead.root
    attempted = next((c for c in root.children if c.dep_ == "xcomp"), None)
    if root.lemma_.lower() in _ATTEMPT_VERBS and attempted is not None:
        root = attempted  # "ministers failed to agree Tuesday on ...": the day of their dealings
    if not states(root):
        # "Any delay could derail the process, a senior diplomat warned on Monday": the parser may take the
        # closing clause of saying for a second conjunct of what was said; it is the lead's statement
        teller = next((c for c in root.children if c.dep_ == "conj" and _tells(c)), None)
        root = teller or root
    speech = states(root)
    reported = next(
        (
            c
            for c in root.children
            if c.dep_ == "ccomp" and (c.lemma_.lower() in _dealing_verbs() or _concludes_a_deal(c))
        ),
        None,
    )
    told = False
    if speech and reported is not None:
        # "X and Y agreed on Monday to ..., Z said": the day of the dealings the speech reports
        if not _dated_below(lead, reported) and _announced_by_the_sides(root, reported):
            # "X and Y announced Sunday that they had reached an agreement": the sides' own announcement
            # tells their dealings of that day (the day the deal was told is the day it was made known)
            reported = root
        root, speech, told = reported, False, True
    if (
        not told
        and root.lemma_.lower() not in _dealing_verbs()
        and not speech
        and not _concludes_a_deal(root)
        and not _ending_a_visit(root)
        and not _visiting(root)
    ):
        return None  # a lead about the sides' dealings ("X and Y agreed Wednesday"), not "hopes rose Sunday"
    for t in ctx.times_in(lead.start_char, lead.end_char):
        if t.type not in ("DATE", "TIME") or not DATE_RE.match(t.value):
            continue
        if not told and said_on(lead, t) != speech:
            continue
        if not recent(ctx, t.value):
            continue
        span = lead.doc.char_span(t.start, t.end, alignment_mode="expand")
        # the expression's own head ("afternoon" of "on Friday afternoon"), then its preposition and verb
        tok = span.root if span is not None else None
        if tok is not None and root in [tok, *tok.ancestors][:3]:
            value = TimeValue(t.text, "DATE", t.value[:10], t.start, t.end, t.mod)
            return value, ctx.evidence(t.start, t.end), speech
    return None


def _tells(verb: Token) -> bool:
    """Whether a verb is a closing clause of saying with its own subject ("..., a diplomat warned")."""
    return states(verb) and any(c.dep_ == "nsubj" for c in verb.children) and not verb.n_rights > 2


#: Prepositions that make a meeting the occasion of what is said: "said during a meeting with Y", "told
#: reporters after talks with Y"; "at" only on the speech verb itself ("said at the talks", not "equal
#: footing at the talks").
_OCCASION_PREPOSITIONS = frozenset({"during", "after", "following"})

#: Prepositions of the meeting a statement was made at, only with a verb of saying ("in a meeting with Y,
#: X said"): with another verb they tell where something was done ("the plan agreed in the talks").
_SAID_AT = frozenset({"at", "in"})


def occasion_of_statement(sent: Span, triggers: list[Token]) -> bool:
    """Whether a meeting of the sentence is the occasion of a statement in it ("X said ... during a
    meeting with Y"), however the parse hangs the prepositional phrase."""
    return (
        any(
            t.pos_ == "NOUN"
            and t.dep_ == "pobj"
            and (
                (t.head.lower_ in _OCCASION_PREPOSITIONS and _past_act(t.head.head))
                # "said at the meeting", "in a meeting with Y, X said": where it was said
                or (t.head.lower_ in _SAID_AT and states(t.head.head))
            )
            for t in triggers
        )
        and any(states(t) for t in sent)
    ) or any(addressed(t) or _saying_while(t) for t in triggers)


def said_after(trigger: Token) -> bool:
    """Whether a meeting noun is the occasion a statement was made after or during, itself or the noun it is
    "of" ("X said Friday after a second round of talks in Y"): a meeting of the report, however many meeting
    words the statement holds, not an earlier event the sentence measures from."""
    tok = trigger
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in _OCCASION_PREPOSITIONS
        and states(tok.head.head)
    )


def _saying_while(trigger: Token) -> bool:
    """Whether a meeting verb qualifies a statement: "X said when meeting Y", "said while meeting Y", or is
    its occasion as a gerund: "X told reporters after meeting Y", "made the remarks after meeting Y"."""
    if trigger.pos_ != "VERB":
        return False
    if trigger.dep_ == "advcl":
        return states(trigger.head)
    return (
        trigger.dep_ == "pcomp"
        and trigger.head.lower_ in _OCCASION_PREPOSITIONS
        and states(trigger.head.head)
    )


def _past_act(verb: Token) -> bool:
    """A statement, or something done in the past: not "would be appointed after consultations"."""
    if states(verb):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return False  # "said Y is studying a proposal submitted during the talks": the proposal's past
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children
    )


#: Verbs of a meeting's first and of its last day.
OPENING = word_list(MEETING_LISTS, "opening")
CLOSING = word_list(MEETING_LISTS, "closing")
#: Verbs of talks failing, that end them on the day told as CLOSING does ("the talks collapsed on Tuesday
#: after two days"), and the particles with "break" that do ("broke down", "broke off"; not "broke the
#: deadlock"). Kept apart from CLOSING, which also says who presides or that a meeting was held.
_FAILING = word_list(MEETING_LISTS, "failing")
_BREAKING_OFF = frozenset({"down", "off", "up"})
#: Verbs of a meeting going on from an earlier day: "the talks continued on Thursday".
CONTINUING = word_list(MEETING_LISTS, "continuing")


#: Nouns of a meeting's first and of its last day, by the verb they name: "at the end of the meeting",
#: "at the close of the talks", "the opening of the session".
STAGE_NOUNS = {"end": "end", "close": "close", "conclusion": "conclude", "opening": "open", "start": "start"}


def _stage_nouns(triggers: list[Token]) -> set[str]:
    """The stage a noun above the meeting word names ("at the end of the four-day meeting", however the
    parser hung the meeting word under its name), as the verb it stands for."""
    found = set()
    for t in triggers:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        for anc in list(t.ancestors)[:4]:
            if anc.pos_ == "VERB":
                break
            if anc.lower_ == "of" and anc.head.lemma_.lower() in STAGE_NOUNS:
                found.add(STAGE_NOUNS[anc.head.lemma_.lower()])
                break
    return found


def stage_told(triggers: list[Token], day: Token | None) -> str | None:
    """Whether the sentence tells the meeting's first day ("opened") or its last ("closed"), or neither
    (or both: "talks that began on Monday ended on Thursday" dates each day apart), or a day after its
    first ("going": "the talks continued on Thursday"). The verb the day hangs on counts too, however the
    parser took the talks ("Talks in X ... ended on Sunday")."""
    if day is not None and any(c.ent_type_ == "DATE" for c in day.conjuncts):
        return None  # "the talks on Thursday and Friday ended with ...": the days are told, the first first
    verbs = [t for t in triggers if t.pos_ == "VERB"]
    if day is not None:
        verbs += [v for v in (day.head, day.head.head) if v.pos_ == "VERB"][:1]
    # "the talks ended on X", "the sides ended the round on X"
    verbs += [t.head for t in triggers if t.dep_ in ("nsubj", "nsubjpass", "dobj")]
    verbs += [c for t in triggers for c in t.children if c.dep_ in ("relcl", "acl")]  # "talks, which began"
    lemmas = {v.lemma_.lower() for v in verbs if v.pos_ == "VERB"} | _stage_nouns(triggers)
    opening = bool(lemmas & OPENING)
    closing = bool(lemmas & (CLOSING | _FAILING)) or any(_broke_off(v) for v in verbs if v.pos_ == "VERB")
    if opening == closing:
        return "going" if not opening and lemmas & CONTINUING else None
    return "opened" if opening else "closed"


def _broke_off(verb: Token) -> bool:
    """Whether a verb is "break" with a particle that ends talks ("broke down"): their last day, as
    "ended" tells it, so that a length told with it counts back to their first day."""
    if verb.lemma_.lower() != "break":
        return False
    return any(c.dep_ == "prt" and c.lower_ in _BREAKING_OFF for c in verb.children)


#: A date the parse does not tie to the meeting dates it only if it is this close to the report's date:
#: older dates in such sentences are background ("two months after its nuclear test on October 9").
LOOSE_DATE_DAYS = 7


def after_writing(ctx: DocContext, value: str) -> bool:
    try:
        return dt.date.fromisoformat(value[:10]) > ctx.anchor
    except ValueError:
        return False


def recent(ctx: DocContext, value: str) -> bool:
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return False
    return -1 <= (ctx.anchor - day).days <= LOOSE_DATE_DAYS


_PERIOD_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def earlier_period(ctx: DocContext, t: TimeValue) -> bool:
    """A month or a year (not a day) that ended before the month of the report: "in November" in a
    report of December, "in 2004"; or the part of this year or month gone by ("earlier this year")."""
    m = _PERIOD_RE.match(t.value) if t.type == "DATE" else None
    if m is None:
        return False
    if t.mod == "START" and t.text.lower().startswith("earlier"):
        return True
    year, month = int(m.group(1)), int(m.group(2) or 12)
    return (year, month) < (ctx.anchor.year, ctx.anchor.month)


def led_up_to(ctx: DocContext, sent: Span, t: TimeValue, triggers: list[Token]) -> bool:
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


def since(sent: Span, t: TimeValue) -> bool:
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


def coming(ctx: DocContext, t: TimeValue) -> str | None:
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


def soon(ctx: DocContext, sent: Span, triggers: list[Token]) -> TimeValue | None:
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
        if said_of_meeting(sent, t, triggers):
            return t
    return None


def said_of_meeting(sent: Span, t: TimeValue, triggers: list[Token]) -> bool:
    """Whether a stretch of time says when a meeting is to be: it hangs on a meeting word ("talks next
    week", "will meet soon"), or on a verb whose subject, object or infinitive one is ("more meetings are
    scheduled in the coming days", "X is expected later this month to meet Y"); not on a verb that merely
    has a meeting in a phrase of its own ("at the meetings, we will propose a trade zone as soon as
    possible")."""
    tok = next((x for x in sent if x.idx <= t.start < x.idx + len(x.text) + 1), None)
    for anc in [tok, *tok.ancestors] if tok is not None else []:
        if anc in triggers:
            return True
        if anc is tok and _time_of_a_thing(tok, triggers):
            return False  # "the talks would build on the declaration of May": the declaration's month
        if anc.pos_ in ("VERB", "AUX"):
            if is_speech(anc):
                return False
            if any(c in triggers and c.dep_ in ("nsubj", "nsubjpass", "dobj", "xcomp") for c in anc.children):
                return True
            if any(
                c.dep_ == "prep" and c.lower_ == "for" and any(o in triggers for o in c.children)
                for c in anc.children
            ):
                # "X will visit Y this week for talks", "will lead a team next month for the first
                # meeting": the time of what is done for the talks is the talks'
                return True
            if anc.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
                return False
    return False


def _time_of_a_thing(tok: Token, triggers: list[Token]) -> bool:
    """Whether a time word is the time of a noun that is no meeting, by "of": "the declaration of May",
    "the accord of last week" (not "the second week of May", a time itself)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    noun = tok.head.head
    return noun.pos_ in ("NOUN", "PROPN") and noun not in triggers and noun.ent_type_ not in ("DATE", "TIME")


#: Words by which a meeting is the one after those reported: "the next round", "the upcoming talks".
NEXT_WORDS = word_list(MEETING_LISTS, "next")


def next_word(triggers: list[Token]) -> TimeValue | None:
    """ "The next round", "the upcoming talks" as a time: a meeting after the one reported, ``FUTURE_REF``."""
    for t in triggers:
        if t.pos_ not in ("NOUN", "PROPN"):
            continue  # "X will next meet Y": then, not the next round
        compounds = [g for x in t.children if x.dep_ == "compound" for g in x.children]
        for c in [*t.children, *compounds]:
            if c.lower_ in NEXT_WORDS and c.i < t.i and c.dep_ in ("amod", "compound", "nummod"):
                return TimeValue(c.text, "DATE", "FUTURE_REF", c.idx, c.idx + len(c.text))
    return None


def meeting_verb(trigger: Token) -> Token:
    """The verb a meeting word is: itself, or the verb it is the object of ("hold talks")."""
    if trigger.pos_ != "VERB" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return trigger.head
    return trigger


#: How long a meeting can last: hours and minutes (five or more: "at the last minute" is no length), or
#: days ("talks in more than three years" is no length).
MEETING_LENGTH = re.compile(r"^P(?:T[\d.]+H(?:[\d.]+M)?|T(?:[5-9]|[1-9]\d{1,2})M|[1-9]D|1\dD|[1-6]W)$")


#: A stretch of time that places something rather than measures it: "a day after the talks", "two
#: hours before the meeting", "three days later", "ended a day early".
OFFSET = re.compile(r"\s+(?:after|before|later|earlier|early|late|ago|since)\b", re.IGNORECASE)


def meeting_length(text: str) -> bool:
    """Whether a sentence measures a meeting: "lasted", "after two days of talks", "wrapped up four
    days of talks" (a stretch of days "of" a meeting noun)."""
    low = text.lower()
    return any(w in low for w in ("lasted", "last ", "after ", "following")) or bool(_DAYS_OF.search(low))


#: A length written as an adjective: "four-day", "two-day", "three-hour", "90-minute".
_LENGTH_ADJECTIVE = re.compile(r"^[\w.]+-(?:day|hour|minute|week)(?:-long)?$", re.IGNORECASE)
#: How many words may stand between such a length and the meeting word ("the four-day extraordinary
#: General Border Committee (GBC) meeting").
_LENGTH_REACH = 8


def length_of_trigger(ctx: DocContext, sent: Span, t: TimeValue, triggers: list[Token]) -> bool:
    """Whether a length written as an adjective qualifies a meeting word after it in the same noun
    phrase ("the four-day meeting", "two-day talks"), with no verb or clause between."""
    if not _LENGTH_ADJECTIVE.match(t.text):
        return False
    tok = ctx.token_at(sent, t.end - 1)
    if tok is None:
        return False
    for nxt in sent.doc[tok.i + 1 : min(tok.i + 1 + _LENGTH_REACH, sent.end)]:
        if nxt in triggers:
            # not a meeting some of those meeting are in town for ("who are in X for a three-day summit")
            aside = any(a.dep_ == "relcl" for a in [nxt, *nxt.ancestors])
            return nxt.pos_ in ("NOUN", "PROPN") and not aside
        if nxt.pos_ in ("VERB", "AUX", "ADP", "SCONJ") or nxt.text in (",", ";", ":"):
            return False
    return False


def measures_another(ctx: DocContext, sent: Span, t: TimeValue, triggers: list[Token]) -> bool:
    """Whether the stretch of time is the length of a thing negotiated named with it: "a seven-day truce",
    "a ceasefire of two to three days" (an item of the agenda, ``issue_synonyms.yaml``), or the time
    something other than a meeting was held ("the hostages held for four weeks"), not of the meeting."""
    tok = ctx.token_at(sent, t.end - 1)
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None) if tok is not None else None
    if verb is not None and verb not in triggers and holds_no_meeting(verb):
        return True  # "the hostages they had held for four weeks": how long they were held
    if verb is not None and _lasting_of_another(verb, triggers):
        return True  # "the two men had a conversation that lasted 45 minutes": not the talks' length
    if tok is not None and _stretch_of_another(tok, triggers):
        return True  # "talks aimed at ending five days of fighting": how long the fighting lasted
    if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head  # "a ceasefire of two to three days": the stretch hangs on the item through "of"
    if tok is None or tok.dep_ not in ("amod", "compound", "nmod", "prep") or tok.head in triggers:
        return False
    head = tok.head
    lefts = [c for c in head.lefts if c.i > tok.i]  # "cease-fire": the words after the stretch's
    named = sent.doc[lefts[0].i : head.i + 1].text.lower() if lefts else head.lower_
    items = issue_synonyms()
    return head.pos_ in ("NOUN", "PROPN") and (named in items or head.lemma_.lower() in items)


def _lasting_of_another(verb: Token, triggers: list[Token]) -> bool:
    """Whether a verb of lasting (``lasting`` words of ``meetings.yaml``) has for its subject a thing that
    is no meeting word of the sentence ("a direct conversation that lasted about 45 minutes", "the
    fighting lasted five days"): the length is that thing's, not the talks' ("the talks, which lasted
    four hours"; a person's "he said the meeting lasted two hours" hangs on the meeting)."""
    if verb.lemma_.lower() not in meeting_words().lasting:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ in ("relcl", "acl") and (subject is None or subject.tag_ in ("WDT", "WP")):
        subject = verb.head  # "a conversation that lasted", "a conversation lasting an hour"
    if subject is None or subject.pos_ != "NOUN" or subject in triggers:
        return False
    nouns = meeting_words().nouns
    return subject.lower_ not in nouns and subject.lemma_.lower() not in nouns


def _stretch_of_another(stretch: Token, triggers: list[Token]) -> bool:
    """Whether a stretch of time is "of" something other than a meeting ("five days of fighting", "two
    weeks of protests"), not "four days of talks" nor "a week of intensive negotiation"."""
    of = next((c for c in stretch.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if thing is None or thing in triggers:
        return False
    nouns = meeting_words().nouns
    return thing.pos_ == "NOUN" and thing.lower_ not in nouns and thing.lemma_.lower() not in nouns


#: "four days of talks", "a week of negotiations": days spent in the meeting.
_DAYS_OF = re.compile(
    r"\b(?:days?|weeks?) of (?:[\w-]+ ){0,2}(?:talks|negotiations|meetings|consultations|discussions)\b"
)


def governs_meeting(sent: Span, t: TimeValue, triggers: list[Token], *, directly: bool = False) -> bool:
    """Is the date about the meeting, rather than about a statement in the same sentence? ``directly``:
    does it hang on a meeting word itself, not on a verb above one?"""
    tok = next((x for x in sent if x.idx <= t.start < x.idx + len(x.text) + 1), None)
    if tok is None:
        return False
    wishers = {w.i for t in triggers if (w := wisher_of(meeting_verb(t))) is not None}
    for anc in [tok, *tok.ancestors]:
        if anc in triggers:
            return True
        if anc.pos_ == "NOUN" and any(c.dep_ == "acl" and c in triggers for c in anc.children):
            return True  # "the May 3 accord signed by X and Y": the day of the signing
        if anc.i in wishers and anc.pos_ == "VERB" and anc.lemma_.lower() not in PLANNING:
            return False  # "agreed on Monday to meet", "urged X on Monday to hold talks": not the talks' day
        if anc.pos_ in ("VERB", "AUX") and _trigger_below(anc, triggers):
            return not directly
        if anc.pos_ == "VERB" and any(_undated_meeting_verb(c, triggers) for c in anc.children):
            return not directly  # "X will visit Y from June 3 and hold talks with Z": the talks' time
        if is_speech(anc):
            return not directly and _closes_reported_meeting(anc, tok, triggers)
        if anc.pos_ == "VERB" and anc.dep_ in ("acl", "relcl"):
            # "the talks, which opened Monday": the meeting's; "the air clouded by the disaster Friday":
            # the date of another event, told inside a noun phrase; "the talks in X, which began on
            # Monday": the clause the parser hung on the talks' place
            place = anc.head
            if place.ent_type_ == "GPE" and place.dep_ == "pobj" and place.head.lower_ in ("in", "at"):
                place = place.head.head
            return place in triggers
    return False


def of_another_thing(tok: Token | None, triggers: list[Token]) -> bool:
    """Whether a date (``tok``, its first word) is told in a relative clause that describes another thing
    than a meeting ("the ceasefire, which expired on Friday, until the end of the talks"): the day of that
    thing, never the meeting's, even as the one date a sentence about the meeting gives."""
    for anc in tok.ancestors if tok is not None else ():
        if anc in triggers:
            return False
        if anc.pos_ == "VERB" and anc.dep_ == "relcl":
            # (not "the five days of talks, which wrapped up on Friday": a noun the talks are of; not an
            # "acl", which the parser also makes of a sentence's own verb: "Talks on X and Y ended on Monday")
            return not any(w in triggers for w in anc.head.subtree)
    return False


def _closes_reported_meeting(speech: Token, date: Token, triggers: list[Token]) -> bool:
    """Whether a date the parser hung on a verb of saying ends the meeting the verb reports: "X added he
    talked with Y on Monday afternoon" (the parser often lifts a date after a long object to the verb
    that opens the sentence). The saying comes first, its reported clause holds a meeting verb, and the
    date comes after that verb with no clause of its own between: "X said on Monday he met Y" and "Talks
    were useful, X said on Monday" date the saying."""
    for clause in speech.children:
        if clause.dep_ != "ccomp" or not speech.i < clause.i < date.i or clause.pos_ != "VERB":
            continue
        if clause in triggers:
            return not any(v.pos_ == "VERB" for v in speech.doc[clause.i + 1 : date.i])
    return False


def _undated_meeting_verb(verb: Token, triggers: list[Token]) -> bool:
    """A meeting verb joined to another with no day of its own: it is dated by the day of the verb it is
    joined to (not "arrived on Monday and met Y on Tuesday")."""
    if verb.pos_ != "VERB" or joined_to(verb) is None:
        return False
    if not (verb in triggers or _trigger_below(verb, triggers)):
        return False
    types = parse_tables(verb.doc).ent_types  # the clause's words read from the table, no Token made
    return not any(types[i] in ("DATE", "TIME") for i in subtree_of(verb))


#: Words by which a verb happens before a meeting ("said on Saturday ahead of a meeting", "before the
#: talks", "prior to the summit"): the verb's day is not the meeting's.
MEETING_AFTER = frozenset({"ahead", "before", "prior"})


def _trigger_below(verb: Token, triggers: list[Token]) -> bool:
    """A meeting word among the verb's arguments, or theirs ("ended two days of talks")."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and _trigger_below(child, triggers):
            return True  # "agreed on Tuesday, ending two days of talks": the same doers, the same time
        if child.dep_ in ("ccomp", "advcl", "relcl", "conj", "parataxis"):
            continue  # another clause: its meeting is not this verb's
        if child.lower_ in MEETING_AFTER:
            continue  # "said on Saturday ahead of a meeting": the meeting comes after the verb's day
        if child in triggers or any(g in triggers for g in child.children if g.dep_ in ("prep", "pobj")):
            return True
        if any(g in triggers for p in child.children if p.lower_ == "of" for g in p.children):
            return True  # "two days of talks ended on Friday"
        if child.dep_ == "prep" and any(g in triggers for c in child.children for g in [c, *c.children]):
            return True
        if child.dep_ == "prep" and any(  # "agreed on Friday after two days of talks"
            g in triggers
            for c in child.children
            if c.lower_ in STRETCH_NOUNS
            for p in c.children
            if p.lower_ == "of"
            for g in p.children
        ):
            return True
    return False


def going_on(verb: Token, words: MeetingWords) -> bool:
    """Whether the verb says its subject is going on as the report is written ("were continuing")."""
    return verb.tag_ == "VBG" and verb.lower_ in words.ongoing and any(c.dep_ == "aux" for c in verb.children)


def arrival_date(sent: Span, t: TimeValue, triggers: list[Token]) -> bool:
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
        if word.pos_ == "VERB" and infinitive(word) and word.head.i == verb.i:
            return True  # "flew in on Monday to meet Y"
    return False


#: Prepositions by which a meeting follows someone's arrival at once: "held talks soon after arrival",
#: "met Y upon his arrival", "on arriving".
_ON_ARRIVAL = frozenset({"after", "upon", "on"})


def on_arrival(ctx: DocContext, sent: Span, triggers: list[Token]) -> TimeValue | None:
    """The day of the arrival a meeting followed at once ("X arrived in Y on Monday afternoon. He held
    talks with Z soon after arrival"): a date the sentence, or the one before, hangs on a verb of
    arriving (`arriving` verbs of `meetings.yaml`), when a meeting verb of the sentence is "after
    arrival", "upon his arrival" or "after arriving"."""
    arriving = meeting_words().arriving
    if not any(
        prep.dep_ == "prep"
        and prep.lower_ in _ON_ARRIVAL
        and any(
            (o.dep_ == "pobj" and o.lemma_.lower() == "arrival")
            or (o.dep_ == "pcomp" and o.lemma_.lower() in arriving)
            for o in prep.children
        )
        for t in triggers
        for word in {t, meeting_verb(t)}  # the parser hangs "after arrival" on "held" or on "talks"
        for prep in word.children
    ):
        return None
    index = ctx.sentence_index(sent.start_char)
    for span in (sent, *ctx.sents[max(index - 1, 0) : index]):
        for t in ctx.times_in(span.start_char, span.end_char):
            if t.type not in ("DATE", "TIME") or not DATE_RE.match(t.value):
                continue
            tok = ctx.token_at(span, t.start)
            verb = next((a for a in ([tok, *tok.ancestors] if tok else []) if a.pos_ == "VERB"), None)
            if verb is not None and verb.lemma_.lower() in arriving:
                return t
    return None


#: A duration in days or weeks ("P4D", "P2W"), compiled once: the fuser asks for every pair of mentions.
_DAYS_OR_WEEKS = re.compile(r"P(\d+)([DW])")


def days_lasted(duration: TimeValue | None) -> int:
    """How many days a meeting lasted, when its duration is said in days ("after four days of talks":
    4), else 0."""
    days = _DAYS_OR_WEEKS.fullmatch(duration.value) if duration is not None else None
    if days is None:
        return 0
    # "two weeks of talks" is told loosely: a day more than the weeks' days
    count = int(days.group(1)) if days.group(2) == "D" else 7 * int(days.group(1)) + 1
    return count * 3 // 2 if duration is not None and duration.mod == "MORE_THAN" else count


_WEEKEND = re.compile(r"^(\d{4})-W(\d{2})-WE$")


def weekend_days(value: str) -> tuple[str, str] | None:
    """The Saturday and Sunday of a weekend value ("over the weekend": ``2025-W19-WE``), else None."""
    m = _WEEKEND.match(value)
    if m is None:
        return None
    year, week = int(m.group(1)), int(m.group(2))
    try:
        saturday = dt.date.fromisocalendar(year, week, 6)
    except ValueError:
        return None
    return saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat()


def first_day_of_run(day: Token | None, date: TimeValue) -> TimeValue | None:
    """The first day of talks a dated verb says run "for the Nth (consecutive) day" ("talks continued
    on Tuesday for the third consecutive day" began on Sunday): the round is one, dated by its first day,
    not a round of each day a report tells. None when the sentence counts no days."""
    if day is None or day.head.dep_ != "prep":
        return None
    said = day.head.head  # the verb, or the talks the parser hung the day on ("held talks on X for ...")
    for prep in (c for w in (said, said.head) for c in w.children if c.dep_ == "prep" and c.lower_ == "for"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() == "day"):
            count = next(
                (n for c in noun.children if c.dep_ == "amod" and (n := ordinal_value(c.text)) is not None),
                None,
            )
            if count is None or count < 2:
                continue
            try:
                first = dt.date.fromisoformat(date.value[:10]) - dt.timedelta(days=count - 1)
            except ValueError:
                return None
            return replace(date, value=first.isoformat())
    return None
