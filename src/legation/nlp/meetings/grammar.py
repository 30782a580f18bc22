"""Shared reading of the parse around meeting words: the verbs of planning, wanting and asking, whether a
verb is one of saying or judging, whose infinitive a meeting verb is, what a meeting noun is about, and which
actors some tokens name. Every other module of the package asks these questions, so they live here, in the
lowest module, which imports none of the others."""

from __future__ import annotations

from legation.lexicon import word_list
from legation.model import TimeValue
from legation.nlp.actors import actor_words, backs, journey_end, names_talks
from legation.nlp.context import DocContext, Span, Token, has_child
from legation.nlp.lexicons import MEETING_LISTS, meeting_words, speech_cues

#: Verbs whose place is the meeting's place when a meeting noun is their subject or object.
MEETING_EVENT_VERBS = word_list(MEETING_LISTS, "meeting-event-verbs")
#: Verbs that make a meeting one that has not (yet) happened: "scheduled for", "postponed".
PLANNING = word_list(MEETING_LISTS, "planning")
#: Verbs whose "to meet" is a meeting still to come: "agreed to meet", "offered to meet Y".
WILLING = word_list(MEETING_LISTS, "willing")
#: Verbs by which someone asks others to meet: "urged X and Y to hold talks" is a meeting still to come.
REQUESTING = word_list(MEETING_LISTS, "requesting")
#: Nouns by which a meeting is only wanted, offered or planned: "her willingness to meet X", "an
#: opportunity to meet X", "Y's invitation for talks".
_WANTING_NOUNS = word_list(MEETING_LISTS, "wanting-nouns")


def addressed(trigger: Token) -> bool:
    """Whether a meeting is what someone spoke to: "X told the meeting", "addressed the summit"."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in ("dobj", "dative")
        and trigger.head.pos_ == "VERB"
        and trigger.head.lemma_.lower() in meeting_words().addressing
    )


def states(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in meeting_words().stating


def infinitive(verb: Token) -> bool:
    return has_child(verb, ("aux",), ("to",))


#: Verbs whose object is what a meeting is about: "held contacts to discuss the proposed talks".
_DISCUSSING = word_list(MEETING_LISTS, "discussing")


#: Prepositions of topic: what follows is what talks are about ("talks on X", "a conference regarding X").
TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning"})


def topic(noun: Token) -> bool:
    """A meeting noun named as the subject of another meeting: "to discuss the proposed negotiations",
    "talks on the planned summit"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DISCUSSING:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPOSITIONS


def wisher_of(verb: Token) -> Token | None:
    """The verb by which a meeting is only offered, agreed or asked for ("offered for the first time to
    meet Y", "urged X to hold talks", "agreed on Monday to meet"): the first verb above a meeting verb
    in the infinitive, when it is one of wanting, asking or planning."""
    if verb.pos_ != "VERB":
        return None
    if not infinitive(verb):
        # "urged X to drop Y and accept talks": the second verb shares the first's "to"
        joined = joined_to(verb)
        if joined is None or joined.pos_ != "VERB" or not infinitive(joined):
            return None
        verb = joined
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
            return tok if tok.lemma_.lower() in WILLING | REQUESTING | PLANNING else None
    return None


def joined_to(verb: Token) -> Token | None:
    """The verb a verb is joined to by "and" when it has no doer of its own: the two share their doers,
    tense and time ("X will visit Y from June 3 and hold talks with Z")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb.head


def purpose_of(verb: Token) -> Token | None:
    """The verb whose purpose a verb in the infinitive tells, as a clause of its own ("X will visit Y
    next week to meet Z", "flew to Y to hold talks"): the meeting shares that verb's tense and time."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX") or not infinitive(verb):
        return None
    return verb.head


#: Verbs of holding: of a meeting ("held talks") or of people and places ("held the hostages").
_HOLDING = word_list(MEETING_LISTS, "holding-verbs")


def holds_no_meeting(verb: Token) -> bool:
    """Whether a verb of holding holds something other than a meeting: "rebels holding 31 people at a
    compound", "the hostages they had held for four weeks" (where and how long the hostages were held,
    not the talks)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _HOLDING:
        return False
    held = [c for c in verb.children if c.dep_ == "dobj"]
    if not held and verb.dep_ in ("relcl", "acl") and not any(c.dep_ == "nsubjpass" for c in verb.children):
        held = [verb.head]  # "the hostages (that) they held", "the hostages held in a school"
    nouns = meeting_words().nouns
    return bool(held) and not any(h.lower_ in nouns or h.lemma_.lower() in nouns for h in held)


def is_speech(tok: Token) -> bool:
    """Whether a token is a verb of saying (`speech_cues.yaml`); not one that makes its object something
    ("the summit was declared open", "declared the talks closed"): that opens or closes a meeting."""
    return bool(
        tok.pos_ == "VERB"
        and tok.lemma_.lower() in speech_cues().lemmas
        and not any(c.dep_ == "oprd" for c in tok.children)
    )


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


def others_talks(ctx: DocContext, word: Token) -> list[str]:
    """The actors whose negotiation a word names as a topic ("a conference regarding X's peace process",
    "met on Monday about the X talks"): a negotiation noun under a preposition of topic, and the actors
    of its own phrase; [] for any other word."""
    noun = word.head if word.dep_ == "compound" else word  # "peace" of "peace process"
    if noun.dep_ != "pobj" or noun.head.lower_ not in TOPIC_PREPOSITIONS:
        return []
    negotiation = meeting_words().negotiation
    before = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    if noun.lower_ not in negotiation and f"{before} {noun.lower_}" not in negotiation:
        return []
    return actors_in_tokens(ctx, list(noun.subtree))


def talks_discussed(ctx: DocContext, triggers: list[Token]) -> set[str]:
    """The actors whose negotiation a meeting is about, not held at it: "officials of A, B and C opened a
    conference regarding X's peace process" discuss X's talks (A, B and C are no sides of them)."""
    owners: set[str] = set()
    for trigger in triggers:
        for word in {trigger, trigger.head}:
            for prep in word.children:
                if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPOSITIONS:
                    for obj in prep.children:
                        owners.update(others_talks(ctx, obj))
    return owners


def of_a_contest(word: Token) -> bool:
    """Whether a meeting word names a round or a meeting of a game, a race or a vote (``contest`` words of
    ``meetings.yaml``), no session of talks: "the first round of voting", "the second round of the
    tournament", "lost in the first round", "winning through to the second round", "meeting the
    champions"."""
    contests = meeting_words().contests

    def contest(tok: Token) -> bool:
        return tok.lemma_.lower() in contests

    if word.pos_ == "VERB":  # "meeting five-time champions X"
        return word.lemma_.lower() == "meet" and any(c.dep_ == "dobj" and contest(c) for c in word.children)
    if any(
        p.dep_ == "prep" and p.lower_ == "of" and any(contest(o) for o in p.children) for p in word.children
    ):
        return True  # "the first round of voting"
    node = word
    for _ in range(3):  # "lost in the first round", "winning through to the second round"
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB":
            return node.lemma_.lower() in contests
    return False


def comments(verb: Token) -> bool:
    """Whether the verb judges a meeting rather than holds it: the subject of "welcomed the talks" or
    "hailed the resumption of talks" takes no part in them."""
    return verb.lemma_.lower() in meeting_words().commenting


def said_on(sent: Span, t: TimeValue) -> bool:
    """Is the date the date of a statement ("said on Monday") rather than of an event ("X dropped the
    demand on Monday, Y said": the nearest verb above the date is the event's)?"""
    tok = next((x for x in sent if x.idx <= t.start < x.idx + len(x.text) + 1), None)
    if tok is None:
        return True
    for a in [tok, *tok.ancestors][:4]:
        if is_speech(a):
            return True
        if a.pos_ == "VERB":
            return False
    return False


DELEGATION_WORDS = frozenset(
    {
        "delegation", "delegations", "side", "sides", "negotiators", "officials", "diplomats", "team",
        "teams", "envoys", "emissaries",
    }
)  # fmt: skip


#: Nouns of a stretch of talks: "after three days of talks", "following two rounds of negotiations".
STRETCH_NOUNS = word_list(MEETING_LISTS, "stretch-nouns")


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


#: Lemmas of buying ("purchase a satellite from X") and of selling ("sell jets to Y").
_BUYING = word_list(MEETING_LISTS, "buying")
_SELLING = word_list(MEETING_LISTS, "selling")


def trade_partner(tok: Token) -> bool:
    """Whether a name is whom something is bought from or sold to ("to purchase a satellite from X", "to sell
    jets to Y"): the other party of a trade, not where the goods come from or go to."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    verb = tok.head.head.lemma_.lower()
    return (tok.head.lower_ == "from" and verb in _BUYING) or (tok.head.lower_ == "to" and verb in _SELLING)


def _is_place(tok: Token) -> bool:
    """A country or capital named as where something is ("in Tunis", "to Geneva, Switzerland")."""
    root = tok
    while root.dep_ in ("compound", "flat") and root.head.i != root.i and root.head.pos_ == "PROPN":
        root = root.head  # up a name, not to the noun it names ("at the EU-Russia summit")
    if trade_partner(root):
        return False  # "to purchase a satellite from X": whom it is bought from
    journey = journey_end(root)  # "a visit to X" is a place, "delegations from X and Y" are people's
    if journey is not None:
        return journey
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "to", "toward", "towards", "near", "from"):
        return True
    return bool(root.dep_ == "appos" and root.head.ent_type_ == "GPE")


#: Words that open a clause or phrase of an earlier event the sentence measures from ("since they met",
#: "a day after the talks in X").
EARLIER_OPENERS = frozenset({"since", "after", "following"})
#: Openers of a phrase of a meeting something came after: the occasion of a statement ("said after talks
#: in Y"), of an announcement ("After the meeting, the ministry announced ...").
AFTER_WORDS = frozenset({"after", "following"})


def in_earlier_clause(word: Token, openers: frozenset[str] = EARLIER_OPENERS) -> bool:
    """Whether a word stands in a clause or phrase of another, earlier event: "the third round since the
    two sides met in Geneva", "met on Tuesday, a day after the governments agreed at talks in X" (a clause
    one of ``openers`` opens)."""
    for tok in [word, *word.ancestors]:
        if tok.dep_ == "ROOT":
            return False
        if any(c.dep_ == "mark" and c.lower_ in openers for c in tok.children):
            return True
        if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in openers:
            # "X said Friday after a second round of talks in Y": the occasion of the statement, a meeting
            # of the report, not an earlier event
            return not (tok.head.lower_ in AFTER_WORDS and states(tok.head.head))
        if tok.dep_ == "dobj" and tok.head.lower_ in openers and tok.head.dep_ == "prep":
            return True  # "following their meeting in X", which the parser takes for a verb and its object
    return False


def stretch_of(noun: Token, triggers: list[Token]) -> bool:
    """Whether a noun is a stretch of one of the meeting words ("two days of talks"), so that what the
    parser hangs on the verb above it ("followed two days of talks in Geneva between A and B") is the
    meeting's."""
    return noun.lower_ in STRETCH_NOUNS and any(
        c.lower_ == "of" and any(o in triggers for o in c.children) for c in noun.children
    )


def visit_for(noun: Token) -> Token | None:
    """The verb of a visit made for the talks a meeting noun names with no counterpart: "X will visit Y
    for talks" (a `journey` word of `actors.yaml` with an object), not "X will visit Geneva for talks
    with Y", where Y is the counterpart and Geneva only the place."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "VERB":
        return None
    if has_child(noun, ("prep",), ("with", "between", "among")):
        return None
    verb = prep.head
    if verb.lemma_.lower() not in actor_words().journey_words or not visited(verb):
        return None
    return verb


def visited(verb: Token) -> list[Token]:
    """Whom a visit is made to: "visit Y"."""
    return [c for c in verb.children if c.dep_ == "dobj"]


def counts_meetings(trigger: Token) -> bool:
    """Whether a meeting word tells several meetings, not one: a plural counted by a number above one or
    a word of many ("five rounds", "several meetings", "previous rounds"), a meeting noun hung on such a
    word ("rounds of talks", "a series of talks"), a verb whose object is one ("hosted several rounds"),
    or a verb of meeting so many times ("have met three times")."""
    words = meeting_words()
    nouns, many = words.nouns, words.many
    noun = trigger
    if noun.pos_ == "VERB":
        return any(
            (c.dep_ == "dobj" and c.lower_ in nouns and _many(c, many))
            or (c.dep_ in ("npadvmod", "advmod", "dobj") and c.lemma_ == "time" and _many(c, many))
            for c in noun.children
        )
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        above = noun.head.head  # "rounds of talks", not "days of talks"
        if above.lemma_.lower() in many or above.lower_ in many:
            return above.lemma_ != "number" or any(c.lower_ == "a" for c in above.children)
        if above.lower_ in nouns:
            noun = above
    return noun.lower_ in nouns and _many(noun, many)


def _many(noun: Token, many: frozenset[str]) -> bool:
    """Whether a plural noun is counted by more than one ("five rounds", "several meetings")."""
    if noun.tag_ != "NNS":
        return False
    for c in noun.children:
        if c.dep_ == "nummod" and (number_word(c.lower_) or 0) > 1:
            return True
        if c.i < noun.i and c.lower_ in many:  # "several", "numerous", "previous"
            return True
    return False


def number_word(word: str) -> int | None:
    """The value of a number written in digits or as a word up to nine."""
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
