"""The partial mention one sentence gives of one meeting (:class:`Partial`) and the reading of a sentence
into it: its meeting words (triggers), ordinals ("the second round"), and then the date, fate, place,
format, parties and heads the other modules read. It is the one module that knows all the fields of a
partial mention, and the only one that calls the others for a sentence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from legation.lexicon import word_list
from legation.model import Evidence, Head, TimeValue
from legation.nlp.context import DocContext, Span, Token, has_child, parse_tables, subtree_of
from legation.nlp.lexicons import MEETING_LISTS, MeetingWords, agenda_words, meeting_words
from legation.nlp.meetings.dates import (
    DATE_RE,
    MEETING_AFTER,
    MEETING_LENGTH,
    OFFSET,
    OPENING,
    VISIT_WORDS,
    after_writing,
    arrival_date,
    coming,
    earlier_period,
    first_day_of_run,
    going_on,
    governs_meeting,
    led_up_to,
    length_of_trigger,
    measures_another,
    meeting_length,
    meeting_verb,
    next_word,
    occasion_of_statement,
    of_another_thing,
    on_arrival,
    recent,
    said_after,
    said_of_meeting,
    since,
    soon,
    stage_told,
    weekend_days,
)
from legation.nlp.meetings.fate import fate_of, future_verdict, hoped_for, of_the_sides, only_wished, refused
from legation.nlp.meetings.grammar import (
    AFTER_WORDS,
    DELEGATION_WORDS,
    EARLIER_OPENERS,
    actors_in_tokens,
    counts_meetings,
    in_earlier_clause,
    is_speech,
    joined_to,
    meets_a_requirement,
    number_word,
    of_a_contest,
    said_on,
    talks_discussed,
)
from legation.nlp.meetings.heads import (
    HEAD_VERBS,
    NEGOTIATOR_WORDS,
    chief_heads,
    delegation_heads,
    visiting_heads,
)
from legation.nlp.meetings.parties import among_people, meeting_parties, outsider_of, principals_in, whom_met
from legation.nlp.meetings.places import (
    building_of_meeting,
    city_of_meeting,
    country_of_meeting,
    departing,
    placed_unknown,
    venue_of_meeting,
)
from legation.nlp.ordinals import ordinal_value

#: Meeting nouns a report numbers: the rounds of talks, and the sittings of a standing gathering ("the
#: 13th summit of the association", "the 12th Conference of the Parties"), which count like rounds.
_ROUND_NOUNS = word_list(MEETING_LISTS, "round-nouns")
#: Nouns whose "first" counts the rounds of a negotiation ("the first round"); "the first meeting",
#: "their first direct talks" more often say that two sides met at all, or in a new way.
_COUNTED_NOUNS = word_list(MEETING_LISTS, "counted-nouns")
#: Nouns that number the talks they are of, like a round: "the third cycle of peace talks" (never a meeting
#: word alone: "the cycle of violence").
_ROUND_OF_NOUNS = word_list(MEETING_LISTS, "round-of-nouns")


@dataclass
class Partial:
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
    #: the name of someone named as taking part whom the report ties to no actor ("the Pope met X")
    outsider: str | None = None
    #: the sentence puts its meeting in a country ("talks in Oman") and no city of it is known
    abroad: bool = False
    #: the country the sentence puts its meeting in: the one it names, else its city's ("in Antalya" is in
    #: Turkey); a meeting in another country is another meeting
    country: str | None = None
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
    #: the sentence opens with words of another matter ("In a separate development, ..."): its meeting
    #: joins none of the report's own, whatever its day
    other_matter: bool = False
    #: the date is the day someone arrived for the meeting ("arrived here Wednesday for talks with Y")
    arrival: bool = False
    #: the date is the last day of the visit the meeting was held during (:attr:`MeetingMention.departure`)
    departure: bool = False
    #: those of the meeting set off for it ("left for X to resume talks"): the day they meet is to come
    bound: bool = False
    #: the heads were named as having led a delegation ("X, who led the delegation, said the next round
    #: ..."): they led it at the meeting held, not at the one to come the sentence announces
    led_before: bool = False
    #: who meets: "leaders", "ministers", "officials" ... (:attr:`MeetingMention.level`)
    level: str | None = None
    #: the meeting is to come between two sides or more, at no time the sentence says ("X will hold talks
    #: with Y"): the words that say so, as a vague future
    untimed: TimeValue | None = None
    #: the days the talks had run by the day the sentence gives ("continued on Tuesday for the third day":
    #: 3): the date is the first of them, and a sentence of the report dated on any of them is this round's
    run_days: int = 1
    #: the sentence names no meeting, only the first day of a visit to come ("X's December 7-9 visit"):
    #: it dates a meeting the report announces for the visit, and is no meeting of its own
    visit: bool = False
    #: the meeting is a named gathering one side is only to attend (:attr:`MeetingMention.gone_to`)
    gone_to: bool = False
    #: the date is the day of the visit the meeting is told with ("will sign X during his visit to Y on
    #: Nov. 29"), which may be the first of several: a meeting the report announces for a later day of the
    #: visit is this one, dated by its own day
    visit_day: bool = False


_MET_VERBS = word_list(MEETING_LISTS, "met-verbs")


def _trigger(t: Token, words: MeetingWords) -> bool:
    """A word that names a meeting: a meeting noun, or a verb of meeting (with a meeting object)."""
    pos = t.pos_
    if pos in ("NOUN", "PROPN"):
        return t.lower_ in words.nouns or (t.lower_ in words.calls and _by_phone(t, words))
    if pos != "VERB":
        return False
    if t.lower_ in words.nouns and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return True  # a meeting noun the tagger took for a verb ("Ceasefire talks between X and Y stalled")
    lemma = t.lemma_.lower()
    if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in t.children):
        return True  # "negotiators will sit down next week", "sat down with X"
    if lemma in words.receiving or lemma in words.calling:
        return bool(whom_met(t))  # "summoned Y's ambassador", not "summoned the courage"; "phoned Y"
    if lemma == "talk":
        return _talked_with(t, words)
    if lemma in words.joint:
        return _both_sides_did(t) and _dated_itself(t)
    if lemma == "speak":
        return _by_phone(t, words) and _talked_with(t, words)  # "spoke by phone with Y"
    if lemma == "sign" and _signed(t) in words.unsigned:
        return False  # "the letter, signed by X", "signed a decree": one side's paper, no meeting
    return lemma in _MET_VERBS or (lemma in words.verbs and _has_meeting_object(t, words))


#: Entity types of whom one "talked with" at a meeting: a person, a country, a people, a body.
_COUNTERPART_ENTITIES = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def _talked_with(verb: Token, words: MeetingWords) -> bool:
    """Whether "talk" says two sides met: "X talked with Y on Monday", "talked with the Y delegation",
    "talked with Y's prime minister" (not "talked to reporters", "talked about trade", "talked with
    journalists")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for c in (o for o in prep.children if o.dep_ == "pobj"):
            if (
                c.ent_type_ in _COUNTERPART_ENTITIES
                or c.lower_ in DELEGATION_WORDS
                or c.lower_ in words.titles
            ):
                return True
    return False


#: Words before a plural noun that make it the two sides ("the two ministers", "both delegations").
_BOTH = frozenset({"two", "both"})


def _both_sides_did(verb: Token) -> bool:
    """Whether the subject of a verb of doing together is both sides, so that they met: two people joined
    by "and" ("X and Y agreed on Thursday"), or, during a visit, two sides ("X and Y agreed during a
    visit by Z", "the two sides", "the top diplomats of the two countries"); not "X agreed to the plan",
    "officials discussed it"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.ent_type_ == "PERSON" and any(
        c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in subject.children
    ):
        return True  # two people did it together: they met (or spoke)
    # two states or "the two sides" may each agree where they are ("X and Y agreed on Wednesday to a
    # truce, both sides said"): together only during one side's visit to the other
    doc, lowers = verb.doc, parse_tables(verb.doc).lowers  # the clause's words read from the table
    if not any(
        any(o.lemma_.lower() in VISIT_WORDS for o in doc[i].children)
        for i in subtree_of(verb)
        if lowers[i] == "during"  # most clauses have none: no Token made of their words
    ):
        return False
    if subject.ent_type_ in _COUNTERPART_ENTITIES and any(
        c.dep_ == "conj" and c.ent_type_ in _COUNTERPART_ENTITIES for c in subject.children
    ):
        return True
    owners = (o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    counted = ("nummod", "det", "predet")
    return any(
        n.tag_ == "NNS" and any(c.dep_ in counted and c.lower_ in _BOTH for c in n.children)
        for n in (subject, *owners)
    )


def _dated_itself(verb: Token) -> bool:
    """Whether a verb says its own day ("agreed Thursday", "agreed on Monday"): what two sides did on a
    day they did together there; undated, it may sum up a process ("the sides agreed to continue")."""
    for c in verb.children:
        if c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "tmod", "nmod"):
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(o.ent_type_ == "DATE" for o in c.children):
            return True
    return False


def _by_phone(word: Token, words: MeetingWords) -> bool:
    """Whether a call or a conversation is by telephone, or someone spoke by it: "a phone call", "a
    telephone conversation", "spoke by phone", "talked over the telephone" (``calling`` words of
    ``meetings.yaml``): a meeting of two sides held from afar, not "a call for talks"."""
    for c in word.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.lower_ in words.calling:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("by", "over", "on")
            and any(o.dep_ == "pobj" and o.lower_ in words.calling for o in c.children)
        ):
            return True
    return False


def _a_call(trigger: Token, words: MeetingWords) -> bool:
    """Whether a meeting word names a call (:func:`_by_phone`): "a phone call", "phoned Y", "spoke by
    phone". A word that is also a meeting noun ("discussions") names a call only by phone: "held
    discussions with their X counterparts" is the meeting, with its "with", not a call beside it."""
    if trigger.pos_ == "VERB":
        return trigger.lemma_.lower() in words.calling or trigger.lemma_.lower() == "speak"
    return trigger.lower_ in words.calls and (trigger.lower_ not in words.nouns or _by_phone(trigger, words))


def _told_in_a_call(trigger: Token) -> bool:
    """Whether a call is only where someone spoke: "X told Y in a phone call on Saturday that ...", "X said
    during a telephone conversation ...". The call carries a statement; unless it names both sides it is
    no meeting of them (a side's call with a mediator or a third state)."""
    prep = trigger.head
    return (
        trigger.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in ("in", "during", "on")
        and is_speech(prep.head)
    )


def _caller_and_called(ctx: DocContext, speech: Token) -> list[str]:
    """The sides of a call a speech verb was said in: its speaker's and its addressee's ("the Chilean
    minister told his Peruvian counterpart in a phone call"), each read from their own phrase."""
    found: list[str] = []
    for c in speech.children:
        if c.dep_ in ("nsubj", "dobj", "dative"):
            found += [a for a in actors_in_tokens(ctx, list(c.subtree)) if a not in found]
    return found


#: Verbs that set a meeting for a day: "scheduled for May 3", "planned for Saturday", "set for Monday".
_SETTING_VERBS = word_list(MEETING_LISTS, "setting-verbs")


def _day_it_was_set_for(ctx: DocContext, sent: Span, day: TimeValue) -> TimeValue | None:
    """The day a put-off meeting had been set for ("had been scheduled for May 3"), when the sentence
    names the meeting by another day, as a possessive ("Sunday's meeting"): that day is when it was held
    after all, not the plan's."""
    word = ctx.token_at(sent, day.start)
    if word is None or word.dep_ != "poss":
        return None
    for t in ctx.times_in(sent.start_char, sent.end_char):
        other = ctx.token_at(sent, t.start)
        if other is None or t.type != "DATE" or not DATE_RE.match(t.value) or t.value[:10] == day.value[:10]:
            continue
        prep = other.head if other.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "for" and prep.head.lemma_.lower() in _SETTING_VERBS:
            return t
    return None


def _signed(verb: Token) -> str | None:
    """What a verb of signing says was signed (lower case): its object, passive subject, or the noun it
    describes ("the letter, signed by X")."""
    thing = verb.head if verb.dep_ == "acl" else None
    thing = thing or next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    return str(thing.lower_) if thing is not None else None


#: The last meeting words :func:`_trigger_words` read, and the words and lemmas it found in them.
_LAST_TRIGGER_WORDS: tuple[MeetingWords | None, frozenset[str], frozenset[str]] = (
    None,
    frozenset(),
    frozenset(),
)


def _trigger_words(words: MeetingWords) -> tuple[frozenset[str], frozenset[str]]:
    """The lower-case words and the lemmas of which :func:`trigger_candidates` takes a word up, made once
    per meeting words (the same set objects each time, which the document's places are kept by)."""
    global _LAST_TRIGGER_WORDS
    if _LAST_TRIGGER_WORDS[0] is not words:
        lemmas = {"sit", "talk", "speak", *_MET_VERBS, *words.verbs, *words.receiving, *words.joint}
        lemmas |= words.calling
        _LAST_TRIGGER_WORDS = (words, words.nouns | words.calls, frozenset(lemmas))
    return _LAST_TRIGGER_WORDS[1], _LAST_TRIGGER_WORDS[2]


def trigger_candidates(ctx: DocContext, sent: Span, words: MeetingWords) -> list[Token]:
    """The words of a sentence that may name a meeting (:func:`_trigger`), chosen from the document's
    tables by what :func:`_trigger` asks first (part of speech, word, lemma): only these are made into
    Tokens and have their children read, and no word :func:`_trigger` accepts is left out."""
    pos, lowers, lemmas, tokens = ctx.pos, ctx.lowers, ctx.lemmas, ctx.tokens
    out = []
    # only the words a test below may pass are visited (found by the document's places of words and
    # lemmas), not every word of the sentence
    by_lower, by_lemma = _trigger_words(words)
    for i in sorted({*ctx.lower_indexes_in(sent, by_lower), *ctx.lemma_indexes_in(sent, by_lemma)}):
        tag = pos[i]
        if tag in ("NOUN", "PROPN"):
            maybe = lowers[i] in words.nouns or lowers[i] in words.calls
        elif tag == "VERB":
            lemma = lemmas[i]
            maybe = (
                lowers[i] in words.nouns
                or lemma in ("sit", "talk", "speak")
                or lemma in _MET_VERBS
                or lemma in words.verbs
            )
            maybe = maybe or lemma in words.receiving or lemma in words.joint
            maybe = maybe or lemma in words.receiving or lemma in words.calling
        else:
            maybe = False
        if maybe:
            out.append(tokens[i])
    return out


def _arrived_after(trigger: Token, words: MeetingWords) -> bool:
    """Whether a meeting word stands in the phrase of what someone arrived after: "X arrived in Y on
    Tuesday after a summit in Z", "flew in after two days of talks" (`arriving` verbs of
    `meetings.yaml`)."""
    for word in [trigger, *trigger.ancestors]:
        if word.pos_ in ("VERB", "AUX"):
            return False
        after = word.head
        if word.dep_ == "pobj" and after.lower_ in AFTER_WORDS:
            verb = after.head
            return verb.pos_ == "VERB" and verb.lemma_.lower() in words.arriving and _somewhere(verb)
    return False


def _somewhere(verb: Token) -> bool:
    """Whether a verb of arriving says where someone arrived ("arrived in Y", "flew here"): a journey's, not
    "the deadlock came after the talks"."""
    return any(
        (
            c.dep_ == "prep"
            and c.lower_ in ("in", "at", "to", "into")
            and any(o.ent_type_ in _PLACES for o in c.children)
        )
        or (c.dep_ == "advmod" and c.lower_ in ("here", "there", "home", "back"))
        for c in verb.children
    )


#: Entity types of the place someone arrives in.
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _told_before(trigger: Token) -> bool:
    """Whether a meeting is told in the past perfect by the report itself ("X had visited Y and met Z
    earlier"), not in what someone says ("officials said they had met"): before the report's own events."""
    verb = meeting_verb(trigger)
    if verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" for c in verb.children):
        verb = joined_to(verb) or verb  # "had visited Y and met Z"
    return (
        any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
        and not (verb.dep_ == "ccomp" and is_speech(verb.head))
        and not any(a.dep_ == "ccomp" and is_speech(a.head) for a in verb.ancestors)
    )


#: The opener of a clause whose meeting is a point the report measures from, never the report's meeting
#: ("after talks in X" may be the very talks the report tells of).
_SINCE = frozenset({"since"})


def read_clauses(ctx: DocContext, sent: Span) -> list[Partial]:
    """What a sentence says of each meeting it tells: one partial mention, or one for each of two
    conjoined clauses that tell two meetings of their own ("X met A on Sunday in P, and Y met B on Monday
    in Q"), whose date, place and sides never pass from one to the other."""
    spans = [sent]
    second = _second_meeting_clause(ctx, sent)
    if second is not None:
        cut = second.left_edge.i
        end = cut
        while end > sent.start and ctx.pos[end - 1] in ("CCONJ", "PUNCT"):
            end -= 1  # the ", and" between the clauses belongs to neither
        two = [sent.doc[sent.start : end], sent.doc[cut : sent.end]]
        if all(_sets_a_meeting(ctx, span) for span in two):
            spans = two
    return [p for span in spans if (p := read_sentence(ctx, span)) is not None]


def _sets_a_meeting(ctx: DocContext, span: Span) -> bool:
    """Whether a clause gives a day or a place of its own: two clauses that do tell two meetings ("X met A
    on Sunday in P, and Y met B on Monday"); two that do not are read as one sentence, whose modals and
    verbs of saying are the second clause's too ("decided that the meeting be postponed and that the
    talks be held soon")."""
    return bool(ctx.times_in(span.start_char, span.end_char)) or any(
        t.ent_type_ in ("GPE", "FAC") for t in span
    )


def _second_meeting_clause(ctx: DocContext, sent: Span) -> Token | None:
    """The head of the second of two conjoined clauses or phrases that each tell a meeting of their own:
    a second clause with a subject of its own ("X met A on Sunday, and Y met B on Monday"; "after an
    initial round in P produced a truce and a second round in Q agreed to ..."), or two meeting nouns each
    with a place or a day of its own ("a round in P on Monday and another in Q on Friday"). Not "X met A
    and held talks with B" (one side's day), nor "X and Y met" (one clause)."""
    words = meeting_words()
    found = trigger_candidates(ctx, sent, words)
    if len(found) < 2:
        return None  # cheap: most sentences have no two meeting words
    triggers = [t for t in found if _trigger(t, words)]
    succeeded = _succeeded_meeting(triggers, words)
    if succeeded is not None:
        return succeeded
    plan = _trailing_plan(triggers)
    if plan is not None:
        return plan
    clauses = {_clause_of(t).i: _clause_of(t) for t in triggers}
    for second in [*clauses.values(), *triggers]:
        if second.dep_ != "conj" or second.left_edge.i <= second.head.i:
            continue
        # a clause with a subject of its own after another meeting's ("after a round in P produced X and a
        # round in Q agreed Y", where the parser hangs the second on the verb above the first)
        if (
            second.i in clauses
            and _subject(second) is not None
            and any(v.i < second.left_edge.i for v in clauses.values())
        ):
            return second
        first = second.head
        if first in triggers and second in triggers and _own_setting(first) and _own_setting(second):
            return second
    return None


def _succeeded_meeting(triggers: list[Token], words: MeetingWords) -> Token | None:
    """The meeting noun another meeting follows or precedes ("The X round follows the first round of talks in
    Y on Oct. 18", ``succeeding`` verbs of ``meetings.yaml``): the object of the verb, whose place, day and
    number are its own, not those of the meeting that is the verb's subject."""
    for t in triggers:
        verb = t.head
        if (
            t.dep_ == "dobj"
            and t.pos_ in ("NOUN", "PROPN")
            and verb.lemma_.lower() in words.succeeding
            and any(s in triggers for c in verb.children if c.dep_ == "nsubj" for s in c.subtree)
        ):
            return t
    return None


def _trailing_plan(triggers: list[Token]) -> Token | None:
    """The head of a participle clause at the end of a sentence that tells a meeting to come after the
    meeting the sentence tells held: "the round ended in P on Saturday, with both sides agreeing to meet
    again next week", "... wrapped up talks on Saturday, agreeing to meet again on Friday". The held round
    and the one to come are two meetings (read as one, the plan's tense makes the held round a plan).
    The clause is the absolute "with" phrase or the participle itself; it must follow every meeting word
    outside it, and those must not tell a meeting to come themselves ("will meet on Monday, with both
    expected to sign next week" is one plan)."""
    for t in triggers:
        head = _participle_clause(t)
        if head is None:
            continue
        inside = range(head.left_edge.i, head.right_edge.i + 1)
        before = [o for o in triggers if o.i not in inside]
        if (
            before
            and all(o.i < head.left_edge.i for o in before)
            and future_verdict([t]) is True
            and future_verdict(before) is not True
        ):
            return head
    return None


def _participle_clause(trigger: Token) -> Token | None:
    """The trailing participle clause a meeting is agreed to in ("..., agreeing to meet again", "with both
    sides pledging to hold talks"): the "with" of an absolute phrase above the participle, or the
    participle hung on the clause after its verb; None when the meeting is no complement of a participle
    ("committing to an accord to be negotiated": what was committed to, not a meeting agreed)."""
    verb = trigger if trigger.pos_ == "VERB" else None
    if verb is None and trigger.dep_ in ("dobj", "nsubjpass"):
        verb = trigger.head  # "agreeing to hold talks"
    if verb is None or verb.dep_ != "xcomp" or verb.head.tag_ != "VBG":
        return None
    participle = verb.head
    if participle.dep_ == "advcl" and participle.left_edge.i > participle.head.i:
        return participle
    # "with both sides agreeing to meet", or, misparsed, "with officials describing the talks as
    # constructive and agreeing to meet"
    return next(
        (t for t in [participle, *list(participle.ancestors)[:6]] if t.lower_ == "with" and t.dep_ == "prep"),
        None,
    )


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, active or passive."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _clause_of(trigger: Token) -> Token:
    """The verb of the clause a meeting word tells its meeting in: itself, or the verb it is the subject or
    object of ("the round produced a truce", "held talks")."""
    if trigger.pos_ != "VERB" and trigger.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return trigger.head
    return trigger


#: Entity types of a meeting's own place or day, in a phrase hung on its noun.
_SETTING_ENTITIES = frozenset({"GPE", "DATE", "FAC", "LOC"})


def _own_setting(noun: Token) -> bool:
    """Whether a meeting noun has a place or a day of its own: "a round in Doha", "the talks on Monday"."""
    return any(
        o.ent_type_ in _SETTING_ENTITIES
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("in", "at", "on")
        for o in p.children
        if o.dep_ == "pobj"
    )


def read_sentence(ctx: DocContext, sent: Span) -> Partial | None:
    words = meeting_words()
    triggers = [t for t in trigger_candidates(ctx, sent, words) if _trigger(t, words)]
    triggers = [t for t in triggers if not meets_a_requirement(t) and not of_a_contest(t)]
    # the verbs of meetings only sought ("an attempt to convene talks on 8 October collapsed"): a day told
    # with one is a plan's, not that of a meeting held the sentence names besides ("those meetings")
    sought = {t.head.i for t in triggers if t.dep_ == "dobj" and hoped_for(t)}
    triggers = [t for t in triggers if not hoped_for(t) and not _not_meeting(t, words.not_meetings)]
    triggers = [t for t in triggers if not _of_a_legislature(t, words.legislatures)]
    triggers = [t for t in triggers if not _in_a_state(t, words.seeming) and not _denied(t)]
    triggers = [t for t in triggers if not _talked_over_elsewhere(t, words)]
    triggers = [t for t in triggers if not _topic_of_another(t, triggers)]
    calls = [t for t in triggers if _a_call(t, words)]
    if calls and len(calls) < len(triggers):
        # "in a phone call with Z, X said his meeting with Y ...": the call is where X spoke of the meeting
        # the sentence tells, no meeting of its own (its sides are not the meeting's)
        triggers = [t for t in triggers if t not in calls]
    # a named gathering one side is to attend ("X will attend the 13th summit of the bloc"): the forum's
    # round, not one of that side's talks (see :attr:`MeetingMention.gone_to`)
    gone_to = bool(triggers) and all(_gathering_one_goes_to(t, words) for t in triggers)
    roles = [t for t in triggers if _in_a_role(t)]
    if len(roles) < len(triggers):
        triggers = [t for t in triggers if t not in roles]
    led = delegation_heads(ctx, sent)
    heads = led + [h for h in chief_heads(ctx, sent) if h.actor.name not in {x.actor.name for x in led}]
    if not triggers and not heads:
        return _visit_to_come(ctx, sent)
    if triggers:
        heads += [h for h in visiting_heads(ctx, sent) if h.actor.name not in {x.actor.name for x in heads}]
    ev = ctx.span_evidence(sent)
    p = Partial(sentence=ev.sentence_index, evidence=ev, heads=heads, gone_to=gone_to)
    text = ctx.text_of(sent)  # ``Span.text`` is rebuilt from the tokens on each call
    p.other_matter = bool(words.asides is not None and words.asides.match(text))
    p.aside = p.other_matter
    p.aside = p.aside or any(among_people(t) for t in triggers)  # "the intra-X talks": another meeting
    ordinals = set()
    gathering = False  # whether the ordinal numbers a summit or conference, not a round of talks
    # the meeting a statement was made after ("X said Friday after a second round of talks in Y, adding the
    # two sides agreed to intensify negotiations") is the report's, not one the sentence measures from
    occasions = [t for t in triggers if said_after(t)] if len(triggers) > 1 else []
    references = [t for t in triggers if _time_reference(t) and t not in occasions]
    # the place and number of a meeting the sentence measures this one from ("the third round since they
    # met in Geneva", "a day after they agreed at talks in Putrajaya") are that meeting's
    measured = bool(ctx.tokens_lower_in(sent, EARLIER_OPENERS))
    earlier = [t for t in triggers if in_earlier_clause(t)] if measured else []
    # the place of meetings the sentence counts ("five rounds held in X") is not that of the one it tells
    counted = [t for t in triggers if counts_meetings(t)]
    # a later meeting something comes before ("did not rule out another trip before the summit in X,
    # which begins June 15"), beside the sentence's own: its place and day are its own
    later = [t for t in references if _comes_before(t)] if len(references) < len(triggers) else []
    own = [t for t in triggers if t not in later]
    placed = (
        [t for t in own if t not in earlier and t not in counted]
        or [t for t in triggers if t not in earlier]
        or triggers
    )
    for t in triggers:
        ordinal, relative = _ordinal_of(t)
        if t in references and len(references) < len(triggers):
            ordinal = None  # "met Y before the opening of the 14th summit": the summit's number
        if ordinal is not None:
            ordinals.add(ordinal)
        if t not in placed:
            ordinal = relative = None  # "resumed talks, five months after the first round collapsed"
        if ordinal is not None and p.ordinal is None:
            p.ordinal = ordinal
            p.field_evidence["ordinal"] = ctx.span_evidence(t)
            gathering = _numbered_noun(t).lower_ in _GATHERINGS
        if relative and p.relative is None:
            p.relative = relative
            p.planned = relative == "next"
    if len(ordinals) > 1:  # "agreed in the fifth round, discussed in the sixth": a history of rounds
        p.ordinal = None
        p.field_evidence.pop("ordinal", None)
    # a statement made after a numbered or placed meeting ("said Friday after a second round of talks in Y
    # that the sides agreed to intensify negotiations"): that meeting was held, whatever the statement says
    # is to come
    held_occasions = [t for t in occasions if _ordinal_of(t)[0] is not None or _own_setting(t)]
    tense = future_verdict(held_occasions or triggers)
    if tense or any(_awaiting_a_date(t) for t in triggers):
        p.planned = True
    fate = fate_of(triggers)
    if fate is not None:
        p.fate, p.planned = fate[0], True
        p.field_evidence["fate"] = ctx.span_evidence(fate[1])
    times = ctx.times_in(sent.start_char, sent.end_char)
    if any(
        earlier_period(ctx, t)
        and not since(sent, t)
        and (governs_meeting(sent, t, triggers) or led_up_to(ctx, sent, t, triggers))
        and not _begun_before_a_recent_day(ctx, sent, t, times, triggers)
        for t in times
    ):
        return None  # "talks in X collapsed in November": a meeting of a month or year gone by, background
    # a date in a clause of an earlier event ("..., after X held talks last Thursday") is that event's,
    # unless the sentence's meeting words are all in it
    all_earlier = len(earlier) == len(triggers)
    elsewhere = measured and not all_earlier
    earlier_day: TimeValue | None = None  # the day of the earlier event, should nothing else date this one
    for t in ctx.times_in(sent.start_char, sent.end_char):
        if (
            elsewhere
            and t.type != "DURATION"  # "agreed on Friday after two days of talks": the talks' length
            and (word := ctx.token_at(sent, t.start)) is not None
            and in_earlier_clause(word)
        ):
            if (
                earlier_day is None
                and t.type in ("DATE", "TIME")
                and DATE_RE.match(t.value)
                and any(e.is_ancestor(word) for e in earlier)  # a meeting's day, not "after midnight"
            ):
                earlier_day = t
            continue
        if (
            t.type == "DURATION"
            and MEETING_LENGTH.match(t.value)
            and ("H" in t.value or meeting_length(text) or length_of_trigger(ctx, sent, t, triggers))
            and not OFFSET.match(ctx.document.text, t.end)
            and not measures_another(ctx, sent, t, triggers)
            and coming(ctx, t) is None  # "a summit in two weeks": when, not how long
        ):
            if p.duration is None:
                p.duration = t
                p.field_evidence["duration"] = ctx.evidence(t.start, t.end)
        elif (
            t.type in ("DATE", "TIME")
            and DATE_RE.match(t.value)
            # the first date the meeting governs; a later one its own verb governs directly outranks one
            # on the verb above ("proposed on Wednesday holding talks on June 2")
            and (p.date is None or (not p.direct_date and governs_meeting(sent, t, own, directly=True)))
            and not since(sent, t)
            and governs_meeting(sent, t, own)
        ):
            p.date = TimeValue(t.text, "DATE", t.value[:10], t.start, t.end, t.mod, *_range_of_days(t))
            p.field_evidence["date"] = ctx.evidence(t.start, t.end)
            p.direct_date = governs_meeting(sent, t, own, directly=True)
            p.arrival = arrival_date(sent, t, triggers)
            p.visit_day = _dates_a_visit(ctx, sent, t)
            if sought and (word := ctx.token_at(sent, t.start)) is not None and _verb_above(word) in sought:
                p.planned = True  # the day of talks only attempted: a plan, whatever else the sentence holds
            if after_writing(ctx, t.value):
                p.planned = True  # "talks would resume on Friday": not held when the report was written
        elif (
            (weekend := weekend_days(t.value)) is not None
            # a weekend the meeting word itself is told on ("at a weekend meeting") outranks a day on the
            # verb above ("the yen sank on Monday as ministers were unfazed at a weekend meeting")
            and (p.date is None or (not p.direct_date and governs_meeting(sent, t, own, directly=True)))
            and weekend[1] <= ctx.anchor.isoformat()
            and recent(ctx, weekend[0])
            and governs_meeting(sent, t, triggers)
        ):
            # "two days of talks over the weekend": held on the weekend's days, dated by its first
            p.date = TimeValue(t.text, "DATE", weekend[0], t.start, t.end, t.mod, weekend[0], weekend[1])
            p.field_evidence["date"] = ctx.evidence(t.start, t.end)
            p.direct_date = governs_meeting(sent, t, own, directly=True)
        elif (
            t.type in ("DATE", "TIME")
            and DATE_RE.match(t.value)
            and p.loose_date is None
            and triggers  # a sentence that only names a delegation's head dates no meeting
            and not said_on(sent, t)
            and recent(ctx, t.value)
            and not of_another_thing(ctx.token_at(sent, t.start), triggers)
        ):
            p.loose_date = TimeValue(t.text, "DATE", t.value[:10], t.start, t.end, t.mod)
            p.field_evidence["loose_date"] = ctx.evidence(t.start, t.end)
        elif p.period is None and coming(ctx, t) is not None and said_of_meeting(sent, t, triggers):
            p.period = t
            p.field_evidence["period"] = ctx.evidence(t.start, t.end)
    if p.fate == "postponed" and p.date is not None:
        set_day = _day_it_was_set_for(ctx, sent, p.date)
        if set_day is not None:
            # "Sunday's meeting had been scheduled for May 3 but was postponed": the plan put off is May
            # 3's; Sunday, the day it was held instead, names the meeting the report tells
            p.date = TimeValue(
                set_day.text, "DATE", set_day.value[:10], set_day.start, set_day.end, set_day.mod
            )
            p.field_evidence["date"] = ctx.evidence(set_day.start, set_day.end)
    now = next((c for t in triggers for c in t.lefts if c.dep_ == "amod" and c.lower_ in words.ongoing), None)
    if now is None:  # "the talks were continuing", "talks are continuing"
        now = next((t.head for t in triggers if t.dep_ == "nsubj" and going_on(t.head, words)), None)
    if now is not None and p.date is None and p.loose_date is None and not p.planned:
        # "at the ongoing summit": going on the day the report was written
        p.loose_date = TimeValue(now.text, "DATE", ctx.anchor.isoformat(), now.idx, now.idx + len(now.text))
        p.field_evidence["loose_date"] = ctx.span_evidence(now)
    if triggers and all(departing(t) for t in triggers):
        # "X's delegation left for Y on Monday to resume talks": talks to come, not on the day of leaving
        p.date = p.loose_date = None
        p.field_evidence.pop("date", None)
        p.planned = p.bound = True
    if p.period is None and triggers:
        p.period = soon(ctx, sent, triggers) or next_word(triggers)
        if p.period is not None:
            p.field_evidence["period"] = ctx.evidence(p.period.start, p.period.end)
    if p.period is not None and tense is None and coming(ctx, p.period) == "later" and not held_occasions:
        # "talks next month", "talks in the coming days": not held when the report was written
        p.planned = True
    if triggers and p.date is None and not p.planned and all(_after_the_verb(t) for t in triggers):
        # a meeting to come whose day another sentence may give, as one a delegation set off for
        p.planned = p.bound = _said_of_late(ctx, sent)
    if (
        earlier_day is not None
        and p.date is None
        and p.loose_date is None
        and not p.planned
        and recent(ctx, earlier_day.value)
        and not after_writing(ctx, earlier_day.value)
    ):
        # "the talks are back on track after the leaders met over dinner on Tuesday night": a state of the
        # talks, undated, that the meeting of a few days before brought about is that meeting's news
        p.loose_date = replace(
            earlier_day, type="DATE", value=earlier_day.value[:10], begin=None, finish=None
        )
        p.field_evidence["loose_date"] = ctx.evidence(earlier_day.start, earlier_day.end)
    if triggers and p.date is not None and not p.planned and all(_arrived_after(t, words) for t in triggers):
        # "X arrived in Y on Tuesday after a summit in Z": the day is the arrival's, and the summit one the
        # report looks back on (held before it, elsewhere): it dates no meeting of the report's
        p.date, p.aside = None, True
        p.field_evidence.pop("date", None)
    arrived = on_arrival(ctx, sent, triggers) if triggers and p.date is None and not p.planned else None
    if arrived is not None and recent(ctx, arrived.value) and not after_writing(ctx, arrived.value):
        # "held talks soon after arrival", the arrival dated in the sentence before: that day's talks
        p.date = TimeValue(arrived.text, "DATE", arrived.value[:10], arrived.start, arrived.end, arrived.mod)
        p.field_evidence["date"] = ctx.evidence(arrived.start, arrived.end)
    p.occasion = occasion_of_statement(sent, triggers)
    if p.occasion and p.date is None:
        said = next(
            (
                t
                for t in ctx.times_in(sent.start_char, sent.end_char)
                if t.type in ("DATE", "TIME") and DATE_RE.match(t.value) and said_on(sent, t)
            ),
            None,
        )
        if said is not None and recent(ctx, said.value) and not after_writing(ctx, said.value):
            p.date = TimeValue(said.text, "DATE", said.value[:10], said.start, said.end, said.mod)
            p.field_evidence["date"] = ctx.evidence(said.start, said.end)
    # the day the sentence gives, its meeting's or one the lead will lend it ("Talks in X ended on Sunday")
    if gathering and p.date is None:
        # "said on the sidelines of the fourth summit of the Americas", "will attend the ninth summit with
        # X": a numbered gathering the sentence does not date is a setting or a stop on a tour, not a round
        # the report tells (its number alone would make it one)
        p.ordinal = None
        p.field_evidence.pop("ordinal", None)
    day = p.date or next((t for t in ctx.times_in(sent.start_char, sent.end_char) if t.type == "DATE"), None)
    p.stage = stage_told(triggers, ctx.token_at(sent, day.start)) if day is not None else None
    if p.date is not None and not p.planned:
        first = first_day_of_run(ctx.token_at(sent, p.date.start), p.date)
        if first is not None:  # "talks continued on Tuesday for the third day": begun on Sunday
            p.run_days = (dt.date.fromisoformat(p.date.value) - dt.date.fromisoformat(first.value)).days + 1
            p.date, p.stage = first, None
    country = country_of_meeting(ctx, sent, placed)
    city = city_of_meeting(ctx, sent, placed, country)
    if city is not None:
        p.city, p.field_evidence["city"] = city[0], city[1]
    elif country is not None or placed_unknown(ctx, sent, placed):
        p.abroad = True  # "talks in Ecuador" filed from elsewhere: not in the dateline's city
    p.country = ctx.gazetteer.city_country(p.city) if p.city is not None else None
    if p.country is None and country is not None:
        p.country = ctx.gazetteer.country(ctx.text_of(country))
    venues = meeting_words().venues
    venue = (
        venue_of_meeting(ctx, sent, placed) if ctx.may_match(venues, sent) and venues.search(text) else None
    )
    venue = venue or building_of_meeting(ctx, sent, placed)
    if venue is not None:
        p.venue, p.field_evidence["venue"] = venue[0], venue[1]
        if (
            p.city is not None
            and _norm_place(p.city) == _norm_place(p.venue)
            and ctx.gazetteer.city_country(p.city) is None
        ):
            # "met at the X" (a building): read as both, no city the gazetteer knows
            p.city, p.country = None, None
            p.field_evidence.pop("city", None)
    for value, pattern in words.formats if triggers else ():
        m = pattern.search(text) if ctx.may_match(pattern, sent) else None
        if m and not refused(ctx, sent.start_char + m.start()):
            p.format = value
            start = sent.start_char + m.start()
            p.field_evidence["format"] = ctx.evidence(start, sent.start_char + m.end())
            break
    p.level = meeting_level(triggers, words.levels)
    # those who "took part in the meeting" a report already told (undated here) are at it, not its sides:
    # a mediator, an observer or a side's people (whom :mod:`.attending` makes heads once the report's
    # sides are known); "X and Y took part in the talks in Z on Monday" tells the meeting and its sides
    p.parties = (
        [] if p.date is None and _only_attended(placed, words) else meeting_parties(ctx, sent, triggers)
    )
    if triggers and len(p.parties) < 2 and all(_a_call(t, words) and _told_in_a_call(t) for t in triggers):
        # "X told Y in a phone call that ...": a call between who spoke and whom they told, else no meeting
        p.parties = _caller_and_called(ctx, triggers[0].head.head)
        if len(p.parties) < 2:
            return None
    discussed = talks_discussed(ctx, triggers) if p.parties else set()
    if discussed and not discussed & set(p.parties):
        p.parties = []  # those who meet about others' talks are no sides of them
    host = _seat_held_in(ctx, p.venue) if len(p.parties) == 1 and triggers else None
    if host is not None and host not in p.parties:
        # "X's leader met President Y at the White House": a meeting in the seat of a state's government
        # is held with that government, which the report need not name again; when the sentence names
        # two sides already ("X and Y held talks at the White House"), that state is their host
        p.parties = [*p.parties, host]
    if (
        tense
        and p.period is None
        and p.date is None
        and p.fate is None
        and len(p.parties) >= 2
        and not any(_conditioned(t) for t in triggers)
        and not all_earlier  # "agreed to work for a truce after talks"
    ):
        # "X will hold talks with Y and Z": a meeting of its sides to come at a time the sentence does not
        # say (see :func:`.merge.read_meetings`)
        said = triggers[0]
        p.untimed = TimeValue(said.text, "DATE", "FUTURE_REF", said.idx, said.idx + len(said.text))
    if p.date is None and p.ordinal is None and triggers and all(_told_before(t) for t in triggers):
        p.aside = True  # "X had visited Y and met Z": an earlier meeting the report looks back on
    if p.date is None and p.ordinal is None and triggers and len(counted) == len(triggers):
        p.aside = True  # "X has hosted several rounds of talks": meetings the report sums up, not one
    if (
        p.date is None
        and p.ordinal is None
        and triggers
        and all(in_earlier_clause(t, _SINCE) for t in triggers)
    ):
        p.aside = True  # "a point X has raised since the Y talks": a meeting the report measures from
    talks = bool(p.parties) or of_the_sides(triggers)
    p.announced = p.planned and p.period is not None and talks and not only_wished(triggers)
    p.anaphoric = any(_definite(t) for t in triggers) and not any(
        t.pos_ == "VERB" and t.lemma_ in ("meet", "negotiate", "convene", "confer") for t in triggers
    )
    # titled chief negotiators and the people who met, for the sides no one is said to lead ("X and Y
    # arrived for talks with a delegation led by Z": X and Y are the other side's)
    led_sides = {h.actor.party for h in led}
    if triggers:  # (who took part is read from the meeting words)
        named = {h.actor.name for h in p.heads}
        # not the people of a later meeting this one comes ahead of ("the X-Y meeting comes ahead of a
        # summit between A and B on Friday"), when the sentence names another; those of an earlier one may
        # be this visit's ("following his talks with A, X met B")
        own = [t for t in triggers if not _after_the_verb(t)] or triggers
        principals = [
            (h, tagged)
            for h, tagged in principals_in(ctx, sent, own)
            if h.actor.name not in named and h.actor.party not in led_sides
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
        v.lemma_.lower() in HEAD_VERBS and v.tag_ == "VBD" and v.dep_ == "relcl" for v in sent
    )
    p.outsider = outsider_of(ctx, triggers, {h.actor.name for h in p.heads if h.actor.party})
    if p.outsider is None and len(p.parties) == 1:
        p.outsider = _own_people_met(ctx, triggers, p.parties[0])
    return p


def _begun_before_a_recent_day(
    ctx: DocContext, sent: Span, period: TimeValue, times: list[TimeValue], triggers: list[Token]
) -> bool:
    """Whether a month gone by is only when the meeting began, in a clause on the meeting or with a recent
    day the sentence tells it on too: "the accord was signed (on Sunday) at the end of a round of talks
    that resumed at the end of August" is the round ending now, no background."""
    word = ctx.token_at(sent, period.start)
    verb = next((a for a in word.ancestors if a.pos_ == "VERB"), None) if word is not None else None
    if verb is None or verb.lemma_.lower() not in OPENING:
        return False
    if verb.dep_ in ("relcl", "acl") and verb.head in triggers:
        return True  # "at the end of a round of talks that resumed in August": the clause tells the news
    return any(
        t is not period
        and t.type == "DATE"
        and DATE_RE.match(t.value)
        and recent(ctx, t.value)
        and not said_on(sent, t)
        and governs_meeting(sent, t, triggers)
        for t in times
    )


def _seat_held_in(ctx: DocContext, venue: str | None) -> str | None:
    """The state whose seat of government a venue is ("the White House", "the Kremlin"), or None."""
    if venue is None or not ctx.gazetteer.is_seat(venue):
        return None
    return ctx.gazetteer.country(venue)


def _definite(trigger: Token) -> bool:
    """A meeting noun with a definite determiner ("the talks", "that meeting"): one the report has told."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in trigger.children
    )


def _only_attended(triggers: list[Token], words: MeetingWords) -> bool:
    """Whether every meeting word of a sentence is the meeting told before, by a bare definite noun ("the
    meeting", "the talks", not "the intra-X meeting"), that someone attended or took part in ("X and Y
    took part in the meeting")."""

    def attended(t: Token) -> bool:
        if not _definite(t) or any(
            c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in t.children
        ):
            return False
        verb = (
            t.head.head
            if t.dep_ == "pobj" and t.head.lower_ == "in"
            else t.head
            if t.dep_ == "dobj"
            else None
        )
        return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in words.attending

    return bool(triggers) and all(attended(t) for t in triggers)


def _verb_above(tok: Token) -> int | None:
    """The index of the nearest verb above a word (the verb a date is told with)."""
    return next((a.i for a in tok.ancestors if a.pos_ == "VERB"), None)


def _own_people_met(ctx: DocContext, triggers: list[Token], side: str) -> str | None:
    """Whom a side met when they are its own people, a group named with the side's name, met by someone
    the sentence names with it too ("X, A's negotiator, met local A leaders"): the side's meeting with
    its own, no round of talks with another side (kept as the meeting's outsider, as a person of no side
    is)."""
    for verb in (t for t in triggers if t.pos_ == "VERB" and t.lemma_.lower() == "meet"):
        met = [c for c in verb.children if c.dep_ == "dobj"]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        joined = joined_to(verb)
        if subject is None and joined is not None:  # "X travelled north and met ..."
            subject = next((c for c in joined.children if c.dep_ == "nsubj"), None)
        if not met or subject is None or side not in actors_in_tokens(ctx, list(subject.subtree)):
            continue
        if all(m.tag_ == "NNS" and actors_in_tokens(ctx, [*m.lefts, m]) == [side] for m in met):
            return str(ctx.text_of(met[0].doc[met[0].left_edge.i : met[0].i + 1]))
    return None


#: Words of a visit, whose days a sentence may give apart from the talks held on it.


def _visit_to_come(ctx: DocContext, sent: Span) -> Partial | None:
    """The first day of a visit to come, told in a sentence that names no meeting: "X's December 7-9
    visit was part of regular contact", "X is going to visit Y from 7th to 9th December". The date hangs
    on the visit word itself (no other noun or verb between), and is after the report's day."""
    for t in ctx.times_in(sent.start_char, sent.end_char):
        if t.type != "DATE" or not DATE_RE.match(t.value) or not after_writing(ctx, t.value):
            continue
        if not _dates_a_visit(ctx, sent, t):
            continue
        ev = ctx.span_evidence(sent)
        day = TimeValue(t.text, "DATE", t.value[:10], t.start, t.end, t.mod)
        p = Partial(sentence=ev.sentence_index, evidence=ev, date=day, planned=True, visit=True)
        p.field_evidence["date"] = ctx.evidence(t.start, t.end)
        return p
    return None


def _dates_a_visit(ctx: DocContext, sent: Span, t: TimeValue) -> bool:
    """Whether a date hangs on a visit word, with no other noun or verb between: "X's visit to Y on Nov.
    29", "will visit Y from Dec. 13". It is the day the visit starts, and the talks held on the visit may
    be on a later day of it."""
    tok = ctx.token_at(sent, t.start)
    if tok is None:
        return False
    above = next(
        (a for a in tok.ancestors if a.pos_ in ("NOUN", "VERB") and not t.start <= a.idx < t.end), None
    )
    return above is not None and (above.lemma_.lower() in VISIT_WORDS or _sets_out_on_a_visit(above))


def _sets_out_on_a_visit(verb: Token) -> bool:
    """A verb whose day is that of a visit's start: one whose object is the visit ("will start a
    week-long visit to Y on Sunday", "pays a visit on Monday"), or one of arriving for or on it ("is due
    to arrive in Y on Tuesday on a four-day visit")."""
    if verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in VISIT_WORDS for c in verb.children):
        return True
    return verb.lemma_.lower() in meeting_words().arriving and any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "for")
        and any(o.lemma_.lower() in VISIT_WORDS for o in c.children)
        for c in verb.children
    )


#: Dependencies by which a word before a meeting noun says what kind of meeting it is: "the ministerial
#: meeting", "the Senior Officials' Meeting", "the CEO summit".
_KIND_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})


def meeting_level(triggers: list[Token], levels: dict[str, str]) -> str | None:
    """Who meets at the sentence's meeting (``level`` words of ``meetings.yaml``): told by a word before
    the meeting noun, the nearest first ("the APEC CEO Summit" is the business people's, "the Economic
    Leaders' Meeting" the leaders'), then by the noun itself ("the summit"), then by the common noun
    that is the subject of meeting ("senior officials wrapped up their meeting", "foreign ministers
    met"; not a titled person, "Foreign Minister X met Y", whose talks may be of any level). None when
    nothing says, or when the sentence's meeting words say different levels (a sentence about several
    meetings: "the officials' meeting, to be followed by the ministers'")."""
    found = set()
    for t in triggers:
        level = None
        if t.pos_ in ("NOUN", "PROPN"):
            modifiers = sorted((c for c in t.lefts if c.dep_ in _KIND_MODIFIERS), key=lambda c: -c.i)
            level = next((v for c in [*modifiers, t] if (v := _level_word(c, levels))), None)
        if level is None:
            verb = t.head if t.dep_ in ("dobj", "pobj") and t.head.pos_ == "VERB" else t
            level = next(
                (v for c in verb.children if c.dep_ == "nsubj" and (v := _subject_level(c, levels))), None
            )
        if level is not None:
            found.add(level)
    return next(iter(found)) if len(found) == 1 else None


def _subject_level(subject: Token, levels: dict[str, str]) -> str | None:
    """The level the subject of a meeting names: a common noun ("senior officials met"), or the words
    before the name of a body ("the X Business Advisory Council opened its meeting"); never a person's
    title ("Foreign Minister X met Y")."""
    if subject.pos_ == "NOUN":
        return _level_word(subject, levels)
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return None
    modifiers = sorted((c for c in subject.lefts if c.dep_ in _KIND_MODIFIERS), key=lambda c: -c.i)
    return next((v for c in modifiers if c.ent_type_ != "PERSON" and (v := _level_word(c, levels))), None)


def _level_word(tok: Token, levels: dict[str, str]) -> str | None:
    """The level a word names, by its lemma or its form ("Leaders'" the tagger left a proper noun)."""
    return levels.get(tok.lemma_.lower()) or levels.get(tok.lower_) or levels.get(tok.lower_.rstrip("s'"))


def _not_meeting(trigger: Token, phrases: frozenset[str]) -> bool:
    """A meeting noun that names no session of talks: "a press conference", "a public meeting" (a
    speaker's or a rally's place and day are not a round's)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.i == 0:
        return False
    return f"{trigger.doc[trigger.i - 1].lower_} {trigger.lower_}" in phrases


#: Nouns of when a meeting is to be held: "no date has been set for the next round".
_WHEN_NOUNS = word_list(MEETING_LISTS, "when-nouns")


def _awaiting_a_date(trigger: Token) -> bool:
    """A meeting noun whose date the sentence says is not set yet: "there is no date yet for a sixth
    round", "no date has been set for the talks", "they have yet to fix a time for the next meeting" (a
    meeting to come, not one held)."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("for", "of"):
        return False
    holder = trigger.head.head
    when = [holder] if holder.lower_ in _WHEN_NOUNS else []
    when += [
        c
        for c in holder.children
        if c.lower_ in _WHEN_NOUNS and c.dep_ in ("nsubj", "nsubjpass", "attr", "dobj")
    ]
    if not when:
        return False
    verb = holder if holder.pos_ in ("VERB", "AUX") else holder.head
    unset = [c for w in when for c in w.children if c.lower_ in ("no", "yet")]
    verbs = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]  # "have yet to fix a date for"
    unset += [c for v in verbs for c in v.children if c.dep_ == "neg" or c.lower_ == "yet"]
    return bool(unset)


def _denied(trigger: Token) -> bool:
    """A meeting noun the sentence says there is none of: "there is no seventh round scheduled", "no
    talks were held" (neither its number nor its day is a round's)."""
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ == "no" for c in trigger.children
    )


#: Verbs of going over talks at another meeting: "X discussed the talks in a phone call with Y".
_TALKING_OVER = word_list(MEETING_LISTS, "talking-over")
#: Nouns of the other meeting the talks were gone over at (besides the meeting nouns).
_OTHER_MEETING = word_list(MEETING_LISTS, "other-meeting")


def _talked_over_elsewhere(trigger: Token, words: MeetingWords) -> bool:
    """A meeting noun that is what another meeting went over: "X discussed the talks in a phone call with
    Y on Wednesday", "reviewed the negotiations at a meeting with Z" tell of the call or the meeting (its
    day, its format, its sides), not of the talks (not "discussed the next round")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "dobj":
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in _TALKING_OVER | words.commenting:
        return False
    if any(c.lower_ in words.planned or c.dep_ in ("amod", "nummod") for c in trigger.children):
        return False  # "discussed the next round", "welcomed the third round"
    return any(
        o.lemma_.lower() in _OTHER_MEETING or o.lower_ in words.nouns
        for prep in [*verb.children, *trigger.children]  # the parser may hang it on the talks
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "during", "over", "by")
        for o in prep.children
        if o.dep_ == "pobj"
    )


#: Nouns of a gathering one goes to (not talks one holds): "will attend the 13th summit of the bloc".
_GATHERING_NOUNS = word_list(MEETING_LISTS, "gathering-nouns")


def _gathering_one_goes_to(trigger: Token, words: MeetingWords) -> bool:
    """A named gathering to come that one person or side is to attend or take part in, with no one it is
    with: "X is also scheduled to attend the 13th summit of the bloc", "the minister will take part in a
    meeting of the contact group on Tuesday". It is a stop on that side's calendar, not a round of its
    talks (those are held "with" someone, or attended by the sides together: "X and Y will attend"); "the
    meeting" bare is the one the report tells, which someone may join, and is kept."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lemma_.lower() not in _GATHERING_NOUNS:
        return False
    if trigger.dep_ == "dobj":
        verb = trigger.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "in":
        verb = trigger.head.head  # "take part in", "participate in"
    else:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.attending:
        return False
    named = any(c.dep_ in ("compound", "amod", "nummod") for c in trigger.children)
    preps = {c.lower_ for c in trigger.children if c.dep_ == "prep"}
    if "with" in preps or not (named or "of" in preps):
        return False
    subject = _subject(verb)
    if subject is None and verb.dep_ == "xcomp":  # "X is scheduled to attend": the doer of the verb above
        subject = _subject(verb.head)
    if subject is None or subject.tag_ not in ("NNP", "NN", "PRP") or subject.lower_ in ("they", "we"):
        return False
    if any(c.dep_ == "conj" for c in subject.children):
        return False  # "X and Y will attend the summit": the sides meet there
    return future_verdict([trigger]) is True


#: Prepositions of what a meeting is about: "talks on X", "issues including Y".
_TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning", "including"})


def _norm_place(name: str) -> str:
    return name.lower().removeprefix("the ").strip()


def _topic_of_another(trigger: Token, triggers: list[Token]) -> bool:
    """A meeting noun that is a topic of another meeting of the sentence: "held talks with Y on regional
    issues, including the Vienna negotiations" tells of the talks, not of the negotiations in Vienna
    (whose city is no place of the talks)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    tok = trigger
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "Yemen and the X negotiations"
    if tok.dep_ != "pobj" or tok.head.lower_ not in _TOPIC_PREPOSITIONS:
        return False
    above = list(tok.head.ancestors)[:6]  # "talks with Y on issues, including ...": the meeting it is of
    return any(a in triggers and a.i != trigger.i and a.pos_ in ("NOUN", "PROPN", "VERB") for a in above)


def _in_a_state(trigger: Token, seeming: frozenset[str]) -> bool:
    """A meeting noun that is the subject of a verb of how things stand, in the present: "the talks appear
    to be back to square one", "the negotiations seem stalled" tell how the talks stand as the report is
    written, not a meeting held that day."""
    verb = trigger.head
    return (
        trigger.dep_ == "nsubj"
        and verb.lemma_.lower() in seeming
        and verb.tag_ in ("VBP", "VBZ")
        and not any(c.dep_ == "aux" for c in verb.children)
    )


#: Meeting nouns that name a legislature's sitting when it owns them ("its first session").
_SITTINGS = word_list(MEETING_LISTS, "sittings")


def _in_a_role(trigger: Token) -> bool:
    """Talks named in the role of a person set off by commas ("X, A's chief negotiator in the talks
    with B, travelled north and met local leaders"): they tell who the person is, and the meeting the
    sentence reports is another (the caller keeps them when the sentence names no other)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj" or trigger.head.dep_ != "prep":
        return False
    role = trigger.head.head
    return role.dep_ == "appos" and role.lower_ in _NEGOTIATOR_ROLES


#: Nouns of a person's part in talks, whose "in the talks" is the person's role.
_NEGOTIATOR_ROLES = NEGOTIATOR_WORDS | {"mediator", "facilitator"}


def _of_a_legislature(trigger: Token, legislatures: frozenset[str]) -> bool:
    """A legislature's own sitting, no session of talks: "the new parliament holds its first session",
    "the senate met on Tuesday", "a session of the assembly". Its owner ("the parliament's session"),
    its "of" phrase or the subject of meeting is a ``legislature`` noun of ``meetings.yaml``."""

    def legislature(t: Token) -> bool:
        return t.lemma_.lower() in legislatures or t.lower_ in legislatures

    if trigger.pos_ == "VERB":  # "the senate met"; "the session of the assembly was held"
        met_someone = has_child(trigger, ("dobj",)) or has_child(trigger, ("prep",), ("with",))
        return any(
            (c.dep_ == "nsubj" and legislature(c) and not met_someone)
            or (c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and _of_a_legislature(c, legislatures))
            for c in trigger.children
        )
    if trigger.lower_ not in _SITTINGS:
        return False  # "the parliament held talks with the council": a side in talks
    if any(c.dep_ == "poss" and legislature(c) for c in trigger.children):
        return True
    if any(
        legislature(o)
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ):
        return True
    verb = trigger.head if trigger.dep_ == "dobj" else None
    return verb is not None and any(c.dep_ == "nsubj" and legislature(c) for c in verb.children)


def _has_meeting_object(verb: Token, words: MeetingWords) -> bool:
    def meeting(c: Token) -> bool:
        return c.lower_ in words.nouns and not _not_meeting(c, words.not_meetings)

    if any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and meeting(c) for c in verb.children):
        return True
    deps = parse_tables(verb.doc).deps  # the clause's objects found in the table, a Token made of them only
    return any(meeting(verb.doc[i]) for i in subtree_of(verb) if deps[i] == "dobj")


def _conditioned(trigger: Token) -> bool:
    """Whether a meeting is to come only on a condition or after an event a clause tells ("as soon as
    the ceasefire holds, X and Y will open talks", "once the truce holds"): a subordinate clause under
    its verb."""
    verb = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in ("VERB", "AUX")), trigger)
    tables = parse_tables(verb.doc)  # the clause's words read from the tables, no Token made
    deps, kids = tables.deps, tables.kids
    return any(deps[c] == "mark" for i in subtree_of(verb) if deps[i] == "advcl" for c in kids[i])


def _of_a_body(noun: Token) -> bool:
    """A meeting of a standing body ("the first meeting of the joint committee"), which its meetings
    number like rounds (``body`` words of ``agenda.yaml``), or of a standing process named with a
    meeting noun ("the first meeting of the Strategic Economic Dialogue")."""
    bodies, meetings = agenda_words().body, meeting_words().nouns
    return any(
        o.lemma_.lower() in bodies or (o.pos_ == "PROPN" and o.lower_ in meetings)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _range_of_days(t: TimeValue) -> tuple[str | None, str | None]:
    """The first and last day of a date written as a range of days ("from 6 to 10 March"), kept on the
    meeting's date so that reports of its later days fall within it; none for a range of years."""
    if t.begin and t.finish and DATE_RE.match(t.begin) and DATE_RE.match(t.finish):
        return t.begin[:10], t.finish[:10]
    return None, None


def _after_the_verb(trigger: Token) -> bool:
    """A meeting word the sentence's event comes before: "said on Saturday ahead of a meeting", "before
    the talks", "prior to the summit" (see :data:`.dates.MEETING_AFTER`)."""
    if trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    return prep.lower_ in MEETING_AFTER or (prep.lower_ in ("of", "to") and prep.head.lower_ in MEETING_AFTER)


def _said_of_late(ctx: DocContext, sent: Span) -> bool:
    """Whether the sentence's statement is dated the day of writing or the day before ("the cartel's
    chief said on Saturday ahead of a meeting" in Saturday's report): a meeting it comes before is still
    to come."""
    said = [
        t
        for t in ctx.times_in(sent.start_char, sent.end_char)
        if t.type == "DATE" and DATE_RE.match(t.value) and said_on(sent, t)
    ]
    latest = (ctx.anchor - dt.timedelta(days=1)).isoformat()
    return bool(said) and all(t.value[:10] >= latest for t in said)


def _numbered_noun(tok: Token) -> Token:
    """The meeting noun an ordinal of a meeting word numbers: the word itself or the noun it modifies."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _ROUND_OF_NOUNS:
        return tok.head.head  # "the third cycle of talks"
    return tok if tok.lower_ in _ROUND_NOUNS else tok.head


def _ordinal_of(tok: Token) -> tuple[int | None, str | None]:
    """The ordinal of a meeting noun ("second round", "round two", "the 3rd session"), or "next".

    "Previous"/"last" rounds are not numbered from the focal one: reports use them loosely
    ("previous rounds were held ...", "the last direct talks, in 2022").
    """
    if tok.lower_ not in _ROUND_NOUNS and tok.head.lower_ not in _ROUND_NOUNS:
        return None, None
    noun = _numbered_noun(tok)
    if _session_of_a_gathering(noun):
        return None, None  # "the second summit session": the summit's sittings, not the talks' rounds
    if _a_persons_count(noun):
        return None, None  # "it was the first round for General X", "his third round": X's count
    relative = None
    # "the 7th Abuja peace talks", "the 10th Prime Ministers' Meeting": the ordinal may hang on a name
    # compounded with the noun or on the owners it is of
    modifiers = [
        *noun.children,
        *(g for c in noun.children if c.dep_ in ("compound", "poss") for g in c.children),
    ]
    for c in modifiers:
        low = c.lower_
        if low == "opening" and noun.lower_ == "round" and c.dep_ in ("amod", "compound") and c.i < noun.i:
            return 1, None  # "an opening round of talks" (not "the opening session" of a summit)
        value = _ordinal_word(c)
        if value is not None and c.dep_ in ("amod", "nummod", "compound", "npadvmod") and c.i < noun.i:
            if _counted_over(noun) and noun.lower_ not in _COUNTED_NOUNS:
                # "the second meeting since the accord", "... in two months": not a round's ("the third
                # round since May" counts the rounds of the talks)
                return None, None
            if value == 1 and noun.lower_ not in _COUNTED_NOUNS and not _of_a_body(noun):
                continue  # "their first meeting (since June)", "the first direct talks": a first, not round 1
            return value, None
        if low in ("next", "upcoming", "following", "forthcoming"):
            relative = "next"
    # "the talks, the second between the two leaders, ...": the ordinal in apposition to the noun
    for c in noun.children:
        value = _ordinal_word(c)
        if (
            c.dep_ == "appos"
            and c.i > noun.i
            and value is not None
            and (value > 1 or noun.lower_ in _COUNTED_NOUNS)
        ):
            return value, None
    # "round two", "round 3"
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    counts_after = nxt is not None and nxt.dep_ == "nummod" and nxt.head.i > nxt.i
    if nxt is not None and noun.lower_ == "round" and nxt.like_num and not counts_after:
        # (not "discussed in the sixth round 40 points": a number of what follows)
        value = number_word(nxt.lower_)
        if value is not None:
            return value, None
    return None, relative


def _a_persons_count(noun: Token) -> bool:
    """Whether a round noun is counted for one person: "the first round for General X", "his second
    round as chief negotiator", "X's first session" (not "their third round": the two sides' count)."""
    for c in noun.children:
        if c.dep_ == "poss" and (c.lower_ in ("his", "her") or c.ent_type_ == "PERSON"):
            return not _with_the_other_side(noun)
        if (
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in c.children)
        ):
            return True
    return False


def _with_the_other_side(noun: Token) -> bool:
    """Whether a person's round is "of" talks "with" the other side ("wrapped up his fifth round of talks
    with the Y government"): the round of the negotiation he leads his side at, not his own count ("his
    second round as chief negotiator")."""
    talks = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    talks = [o for o in talks if o.dep_ == "pobj" and o.lower_ in meeting_words().nouns]
    return any(p.dep_ == "prep" and p.lower_ == "with" for t in (noun, *talks) for p in t.children)


#: Meetings whose sessions are its sittings, numbered within it: "the second summit session", "the
#: opening session of the conference" (the sessions of talks or of a body are their rounds).
_GATHERINGS = word_list(MEETING_LISTS, "gatherings")


def _session_of_a_gathering(noun: Token) -> bool:
    """A session of a summit or conference ("the second summit session", "the third session of the
    conference"), whose ordinal counts the gathering's sittings, not the negotiation's rounds."""
    if noun.lower_ not in ("session", "sessions"):
        return False
    owners = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    owners += [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(o.lemma_.lower() in _GATHERINGS or o.lower_ in _GATHERINGS for o in owners)


#: Prepositions by which a meeting dates another event: "met before the 14th summit".
_TIME_PREPOSITIONS = frozenset({"before", "after", "since", "following", "until", "ahead", "prior"})


def _time_reference(trigger: Token) -> bool:
    """Whether a meeting word only says when something else happened: it hangs, through "of" phrases
    ("before the opening of the summit"), on a preposition of time."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in _TIME_PREPOSITIONS or prep.head.lower_ in ("ahead", "prior"):
            return True  # "before the summit", "ahead of the summit", "prior to the summit"
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return False
        tok = prep.head
    return False


def _comes_before(trigger: Token) -> bool:
    """Whether a meeting word is one something else comes before ("before the summit", "ahead of the
    talks", "until the conference"): a time reference to a meeting still to come."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in ("before", "until") or prep.head.lower_ in ("ahead", "prior"):
            return True
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return False
        tok = prep.head
    return False


def _ordinal_word(tok: Token) -> int | None:
    """The ordinal a word says, read with the tens before its hyphen ("twenty-first" is three tokens)."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-":
        whole = ordinal_value(f"{doc[tok.i - 2].lower_}-{tok.lower_}")
        if whole is not None:
            return whole
    return ordinal_value(tok.lower_)


#: Words of a stretch of time over which meetings are counted ("the second meeting in two months").
_PERIOD_WORDS = word_list(MEETING_LISTS, "period-words")


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
