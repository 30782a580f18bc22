"""Shared reading of the parse around status cues: the clause a cue belongs to, its subject,
whether it is negated, hedged, requested or refused, whether a noun is a document ("the agreement",
"under the deal"), the verb that holds a meeting noun, and the lexical sets every step uses. Every other
module of the package asks these questions, so they live here, in the lowest module, which imports
none of the others."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from legation.model import STATUS_RANK
from legation.nlp.agenda import Item
from legation.nlp.context import DocContext, Token, has_child, parse_tables
from legation.nlp.lexicons import agenda_words, speech_cues, status_cues

RANK = STATUS_RANK

#: Nouns by which a sentence goes on about what the previous one settled ("These commitments ...");
#: frozen, so that the sentences' look-ups of them are kept per document (:meth:`DocContext.tokens_lemma_in`).
CONTINUATION_NOUNS = frozenset({
    "commitment", "agreement", "measure", "step", "arrangement", "document", "note", "deal", "accord",
    "understanding", "decision", "plan", "roadmap",
})  # fmt: skip

#: Statuses that say the sides settled something: negated or hedged, they report only a discussion.
SETTLING = {"agreed", "roadmap", "formalised", "implemented"}

#: Verbs of furthering a thing: what sides agree to go on furthering, they agree on; what a side is
#: ready to further, it puts forward.
FURTHERING = {
    "promote", "strengthen", "boost", "enhance", "deepen", "advance", "foster", "expand", "facilitate",
    "increase", "intensify",
}  # fmt: skip

MODALS = {"will", "would", "could", "may", "might", "should", "can", "shall", "'ll", "must", "wo", "ca"}

_HEDGES = {
    "hope", "expect", "want", "seek", "aim", "plan", "intend", "try", "wish", "prepare", "ready", "likely",
    "willing", "able", "need", "attempt", "push", "strive", "set", "endeavor", "endeavour", "struggle",
    "look",
    "hop",  # the English model's lemma of "hoped" and "hoping"
}  # fmt: skip

_REQUESTS = {
    "urge", "ask", "press", "call", "push", "encourage", "invite", "persuade", "request", "demand", "insist",
    "induce", "convince", "pressure", "force",
}  # fmt: skip

_NEAR = {"close", "near", "possible", "likely", "closer", "nearer"}

_NEGATORS = {"fail", "refuse", "decline", "without", "failure", "refusal", "unable", "inability"}

#: Meeting nouns that report a discussion only when held ("held talks on X", "talks on X were held").
MEETING_CUES = {"talk", "talks", "negotiation", "consultation", "discussion"}

HOLDING = {
    "hold", "have", "conduct", "continue", "resume", "begin", "start", "open", "launch", "finish",
    "conclude", "end", "wrap", "focus", "centre", "center", "concentrate", "deal", "cover",
}  # fmt: skip

PARTY_ENTS = {"NORP", "GPE", "ORG"}

#: Entity labels of an amount: what it counts ("50 million euros of aid") or how far a thing goes up
#: ("raise purchases by 75%") says the rest.
AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})

#: Nouns of an occasion on which sides meet ("his October visit", "a four-day trip"): a date before them
#: dates it, and what a clause describing it tells happened at it.
OCCASIONS = {"visit", "trip", "tour", "stay"}


@dataclass(frozen=True, slots=True)
class Cue:
    token: Token
    status: str
    future: bool = False  # the sentence is about a planned round: a hedged cue puts the item on its table
    # the report tells of its held meeting on that meeting's own day: what the sides will discuss there
    # is that meeting's agenda
    under_way: bool = False


@dataclass(frozen=True, slots=True)
class NamedItem:
    key: str
    label: str
    start: int
    end: int
    phrase: str
    status: str
    cue: Token | None
    head: Token | None = None


def named_text_says(tok: Token) -> bool:
    """ "The Free Trade Agreement also covers X": an agreement named by its title (a proper noun the
    parser does not take for a cue word) as the subject of a verb saying what it settles."""
    return (
        tok.pos_ == "PROPN"
        and tok.lower_ in agenda_words().document
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.lemma_.lower() in CONTENT_VERBS
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.subtree)
    )


#: A year written in figures ("1953", "the 1990s", "'90s").
_YEAR = re.compile(r"(?:1\d|20)\d\ds?|'\d0s")


def a_year(tok: Token) -> bool:
    """ "1953", "the 1990s": a date that dates a document to its year; a length of time ("a six-week
    ceasefire", "a 90-day deal") dates nothing."""
    return tok.ent_type_ == "DATE" and any(_YEAR.fullmatch(t.text) for t in tok.subtree)


#: Nouns of one sitting of talks ("held a second round of talks on X").
_SITTINGS = {"round", "session", "sitting"}


def holding_verb(talks: Token) -> Token | None:
    """The verb that holds a meeting noun: "held talks on X", "held a new round of talks soon on X";
    None when the noun only names the talks ("the second round of talks on X was postponed")."""
    head = talks.head
    if talks.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _SITTINGS:
        if any(
            c.dep_ == "prep"
            and c.lower_ in ABOUT_TALKS
            and any(g.ent_type_ not in ("DATE", "TIME") for g in c.children)
            for c in talks.children
        ):
            return None  # "finished the second round of talks on X": the talks' name, their subject
        head = head.head.head  # "held a round of talks soon on X"
    if talks.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _GOING_FOR:
        return head.head  # "will meet Putin in Moscow for talks on X": the meeting holds the talks
    return head if head.lemma_.lower() in HOLDING else None


#: Verbs of meeting and going whose "for talks" phrase says what talks are held there.
_GOING_FOR = {"meet", "visit", "arrive", "travel", "fly", "go", "come", "head", "gather", "convene", "sit"}


@functools.cache
def cue_lemmas() -> dict[str, str]:
    """Cue lemma → status (the first entry of ``status_cues.yaml`` that lists it)."""
    out: dict[str, str] = {}
    for cue in status_cues():
        for lemma in cue.lemmas:
            out.setdefault(lemma, cue.status)
    return out


def demanded(verb: Token) -> bool:
    """ "said sanctions must be lifted": a demand reported as speech."""
    tables, i = parse_tables(verb.doc), verb.i  # asked of every cue: read from the tables, no Token made
    if tables.pos[i] != "VERB" or tables.deps[i] != "ccomp":
        return False
    if tables.lemmas[tables.heads[i]] not in speech_cues().lemmas:  # the verb's head, ``lemma_.lower()``
        return False
    return has_child(verb, ("aux",), ("must", "should"))


def best_status(statuses: list[str]) -> str | None:
    return max(statuses, key=lambda s: RANK[s]) if statuses else None


def addressee(child: Token, verb: Token) -> bool:
    """Whether ``child`` is whom a verb of asking asks ("urged the groups to cooperate")."""
    if verb.lemma_.lower() not in _REQUESTS or child.dep_ not in ("dobj", "prep"):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


#: Verbs of wanting whose negation turns an item down ("does not want to concede X").
WANT = {"want", "wish"}


def unwanted(verb: Token) -> bool:
    """ "does not want to concede X", "did not want X": a side's plain refusal, said as not wanting."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in WANT
        and has_child(verb, ("neg",))
        and not is_hedged(verb)
    )


#: Nouns that, in the plural or counted ("both sides", "the leaders"), name the sides together.
TOGETHER = {"side", "party", "leader", "minister", "delegation", "country", "nation", "member", "government"}

#: Conjunctions of a condition a side sets ("until the ban is lifted", "unless troops leave").
_CONDITION_MARKS = {"until", "unless", "till"}


def conditions(verb: Token) -> list[Token]:
    """The condition clauses of a verb a side will not do, or will do only on them: "will not negotiate
    until X", "refused to resume talks unless X", "will talk only if X"."""
    out = []
    tables = parse_tables(verb.doc)  # the verb's clauses read from the tables: most verbs have none
    deps, pos, lowers, kids = tables.deps, tables.pos, tables.lowers, tables.kids
    for c in kids[verb.i]:
        if deps[c] != "advcl" or pos[c] not in ("VERB", "AUX"):
            continue
        marks = {lowers[m] for m in kids[c] if deps[m] == "mark"}
        only = "if" in marks and any(deps[m] == "advmod" and lowers[m] == "only" for m in kids[c])
        # the verb's refusal is read only for a clause marked as a condition: most are not ("when", "as")
        if only or (marks & _CONDITION_MARKS and (is_negated(verb) or under_refusal(verb))):
            out.append(tables.tokens[c])
    return out


def under_refusal(verb: Token) -> bool:
    """ "refused to resume talks": a verb under a refusal."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline", "reject")


def declines_to_tell(verb: Token) -> bool:
    """ "declined to comment on X", "refused to give details of X": a refusal to tell the press, which
    turns nothing on the table down (unlike "refused to discuss X": a verb of saying that is a status
    cue itself keeps its reading)."""
    if verb.lemma_.lower() not in ("refuse", "decline"):
        return False
    for c in verb.children:
        if c.dep_ != "xcomp" or c.pos_ not in ("VERB", "AUX"):
            continue
        lemma = c.lemma_.lower()
        if lemma in speech_cues().lemmas and lemma not in cue_lemmas():
            return True
        if has_child(c, ("dobj",), lemmas=("detail",)):
            return True  # "declined to give details"
    return False


def clause_verb(tok: Token) -> Token:
    """The verb of the clause a cue belongs to (a noun cue's governing verb)."""
    tables = parse_tables(tok.doc)  # a walk up the heads' table: no Token made for the words passed
    pos, heads = tables.pos, tables.heads
    i = tok.i
    for _ in range(4):
        if pos[i] in ("VERB", "AUX") or heads[i] == i:
            break
        i = heads[i]
    return tok if i == tok.i else tables.tokens[i]


def is_negated(cue: Token) -> bool:
    """ "did not agree", "failed to agree", "no agreement on", "ended without agreement", "its failure
    to recognise X and agree to Y" (a failure governs every verb of the list it heads)."""
    if has_child(cue, ("neg",)) or has_child(cue, ("det",), ("no",)):
        return True
    tables = parse_tables(cue.doc)  # heads and strings from the tables: no Token made for each look
    deps, lemmas, heads = tables.deps, tables.lemmas, tables.heads
    if tables.pos[cue.i] == "VERB" and any(
        deps[c] in ("nsubj", "nsubjpass") and has_child(tables.tokens[c], ("det",), ("no",))
        for c in tables.kids[cue.i]
    ):
        return True  # "no agreement was reached on X"
    head = heads[cue.i]
    if head != cue.i and lemmas[head] in _NEGATORS:
        return True
    verb = clause_verb(cue)
    if _not_yet_done(verb):
        return True  # "have yet to agree on X"
    if verb.i != cue.i:
        if has_child(verb, ("neg",)):
            return True
        if lemmas[verb.i] in _NEGATORS:
            return True
        if deps[verb.i] == "xcomp" and lemmas[heads[verb.i]] in _NEGATORS:
            return True
    first = first_conjunct(verb).i
    return first != verb.i and deps[first] in ("xcomp", "acl") and lemmas[heads[first]] in _NEGATORS


def _not_yet_done(verb: Token) -> bool:
    """ "have yet to agree", "is yet to sign": a thing still to be done is not done."""
    tables = parse_tables(verb.doc)
    head = tables.heads[verb.i]
    if tables.deps[verb.i] != "xcomp" or tables.lemmas[head] not in ("have", "be"):
        return False
    return has_child(tables.tokens[head], None, ("yet",))


def first_conjunct(tok: Token) -> Token:
    """The first member of the list ``tok`` ends ("recognise X, renounce Y and agree to Z" → recognise)."""
    node = tok
    for _ in range(8):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    return node


#: Verbs by which a side wishes another would act ("hopes that Canada will offer X", "wants Canada to
#: sign X"): what it wishes the other side to do, it asks for.
_WISHING = {"hope", "want", "wish", "hop"}  # "hop": the English model's lemma of "hoped" and "hopes"


def requested(cue: Token) -> bool:
    """ "urged Israel to agree", "asked them to sign", "hopes that Canada will offer X": a verb under a
    request, or under a side's wish that another side act. An act joined to the one asked for is asked
    for too ("wants Iran to give up X and to accept Y")."""
    verb = clause_verb(cue)
    for _ in range(4):
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.dep_ not in ("xcomp", "ccomp"):
        return False
    wish = verb.head.lemma_.lower()
    return wish in _REQUESTS or (wish in _WISHING and _wished_of_another(verb))


def _wished_of_another(verb: Token) -> bool:
    """Whether a wished clause names its own doer, another than the one who wishes: "India hopes Canada
    will offer X" (Canada), not "India hopes it will ...", nor "hopes the two sides will agree" (the
    sides together, the wisher among them)."""
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.pos_ == "PRON" or (doer.lemma_.lower() in TOGETHER and doer.tag_ == "NNS"):
        return False
    wisher = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return wisher is None or wisher.lower_ != doer.lower_


def is_hedged(cue: Token) -> bool:
    """ "will agree", "could be agreed at the next round", "hope to agree", "if they agree"."""
    verb = clause_verb(cue)
    tables = parse_tables(cue.doc)  # heads and strings from the tables: no Token made for each look
    deps, lowers, lemmas, heads = tables.deps, tables.lowers, tables.lemmas, tables.heads
    for v in {cue, verb}:
        at = v.i
        head = heads[at]
        above = heads[head]
        if has_child(v, ("aux", "auxpass"), MODALS):
            return True
        if has_child(v, ("acomp",), _NEAR):
            return True  # "a deal on X is close"
        if lowers[head] in _NEAR or (lowers[head] == "to" and lowers[above] in _NEAR):
            return True  # "close to reaching an agreement on X"
        if lowers[head] in ("at", "toward", "towards") and lemmas[above] in _HEDGES:
            return True  # "talks aimed at hammering out a peace agreement"
        if has_child(v, ("mark",), ("if", "whether", "unless")):
            return True
        if deps[at] in ("xcomp", "ccomp", "acomp") and lemmas[head] in _HEDGES:
            return True
        if deps[at] == "xcomp" and _still_to_do(tables.tokens[head]):
            return True  # "the sides still have to agree on X": a thing still to be done
        if _planned_with_be(v):
            return True  # "the premiers are to discuss X": a plan, nothing done yet
        if head != at and deps[head] == "xcomp" and lemmas[above] in _HEDGES:
            return True
    return False


def _still_to_do(verb: Token) -> bool:
    """ "have to agree", "has to sign", "will have to agree": "have" of a thing still to be done (not
    the past "had to agree", which tells it was done)."""
    if verb.lemma_.lower() != "have":
        return False
    return verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VB" and has_child(verb, ("aux",), MODALS))


#: Verbs under which a clause tells what is foreseen ("are expected to discuss", "are set to discuss").
_FORESEEING = {"expect", "set", "schedule", "due", "slate"}
#: Auxiliaries of a plain future (not "could", "may", "should": what is only possible or wished).
_FUTURE = {"will", "'ll", "shall"}


def foreseen(cue: Token) -> bool:
    """ "will discuss X", "are expected to discuss X", "are to discuss X": a cue told as what is to happen,
    not as a side's wish ("hope to", "want to"), a possibility ("could") or a condition ("if")."""
    verb = clause_verb(cue)
    for v in {cue, verb}:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in v.children):
            return False
    for v in {cue, verb}:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE for c in v.children):
            return True
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in _FORESEEING:
            return True
        if _planned_with_be(v):
            return True
    return False


def _planned_with_be(verb: Token) -> bool:
    """ "are to discuss X", "was to sign X": "be" with an infinitive tells what is planned."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() == "be"
        and verb.head.pos_ == "AUX"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


#: Prepositions whose object is what talks are about.
ABOUT_TALKS = ("on", "upon", "about", "over", "regarding", "concerning")


def under_the_document(tok: Token) -> bool:
    """ "under the deal", "according to the agreement": a clause saying what a document settles."""
    if not is_document(tok) or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in ("under", "in") or (prep.lower_ == "to" and prep.head.lower_ == "according")


def any_document(tok: Token) -> bool:
    """ "any deal", "any agreement": a text not reached, on which a side sets its conditions."""
    return is_document(tok) and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children)


def is_document(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in agenda_words().document


#: Verbs by which an agreement states what it settles ("the agreement says ...", "the deal includes").
CONTENT_VERBS = {
    "say", "provide", "stipulate", "state", "call", "envisage", "include", "allow", "set", "foresee",
    "specify", "require", "oblige", "grant", "outline", "cover", "give", "guarantee", "permit",
    "mandate", "impose", "bar", "ban", "commit", "bind",
}  # fmt: skip


def named_item(item: Item, status: str, cue: Token | None) -> NamedItem:
    return NamedItem(item.key, item.label, item.start, item.end, item.phrase, status, cue, item.head)


#: Verbs whose time is their object's: "reached an agreement on Tuesday", "held talks on X on Monday".
LIGHT = {"reach", "strike", "conclude", "clinch", "seal", "make", "achieve", "hammer", "sign", "announce"}


def subject_of(cue: Token) -> Token | None:
    """The subject of a cue's clause, through "wanted to raise", "proposed X and rejected Y"."""
    node = cue
    if cue.pos_ == "NOUN":
        own = [
            c for c in cue.children if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in PARTY_ENTS
        ]
        if len(own) == 1:
            return own[0]  # "a Canadian proposal", "Iran's demand"
    # the walk up reads the tables: a clause's words are not made into Tokens, only the subject found
    tables = parse_tables(cue.doc)
    deps, pos, lowers, heads, kids, tokens = (
        tables.deps,
        tables.pos,
        tables.lowers,
        tables.heads,
        tables.kids,
        tables.tokens,
    )
    at = node.i
    for _ in range(4):
        for c in kids[at]:
            if deps[c] == "poss" and pos[c] == "PRON":
                continue  # "India reiterated its demand": whose "its" is, the clause's subject says
            if deps[c] in ("nsubj", "agent", "poss"):
                if deps[c] == "agent":
                    return next((tokens[g] for g in kids[c] if deps[g] == "pobj"), None)
                return tokens[c]
        for c in kids[at]:
            if deps[c] == "prep" and lowers[c] == "by" and pos[at] == "NOUN":
                return next((tokens[g] for g in kids[c] if deps[g] == "pobj"), None)
        head = heads[at]
        # "made a number of proposals": through the noun the cue is "of" to the verb that takes it
        of_a_noun = pos[at] == "ADP" and lowers[at] == "of" and pos[head] == "NOUN"
        # "threatens to retaliate by refusing X": a gerund's doer is the subject of the verb it serves
        of_a_gerund = pos[at] == "ADP" and pos[head] == "VERB" and any(deps[c] == "pcomp" for c in kids[at])
        # "is ready to expand X": the infinitive's doer is the subject of the adjective's verb
        readied = deps[at] == "acomp" and pos[at] == "ADJ"
        if (
            deps[at] in ("xcomp", "conj", "advcl", "pcomp")
            or pos[at] == "NOUN"
            or of_a_noun
            or of_a_gerund
            or readied
        ):
            if head == at:
                return None
            at = head
            continue
        return None
    return None


def actors_of(ctx: DocContext, phrase: Token) -> list[str]:
    """The actors (movements, organisations) the report names in a phrase ("the Hamas movement"), for a
    side that is no country."""
    start = phrase.left_edge.idx
    end = phrase.right_edge.idx + len(phrase.right_edge.text)
    return ctx.actors.names_in(start, end)


#: Words by which a document is still a text put forward ("a draft accord", "the proposed deal").
DRAFTS = {"draft", "proposed", "suggested", "tentative"}


#: Nouns of an occasion that a side may say has not come ("not the time to discuss X").
_OCCASION = {"time", "moment"}


def not_the_time(cue: Token) -> bool:
    """ "It is not a time for discussing X", "not an appropriate time to talk about X", "there is no
    time to discuss X": a discussion the speaker says is out of place now, which keeps X off the table."""
    if cue.dep_ == "pcomp" and cue.head.lower_ == "for":
        noun: Token | None = cue.head.head
    else:
        noun = cue.head if cue.dep_ in ("relcl", "acl") else None
    if noun is None or noun.lemma_.lower() not in _OCCASION:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    return noun.dep_ == "attr" and any(c.dep_ == "neg" for c in noun.head.children)


def titled_text(tok: Token) -> bool:
    """A document noun named by its title ("the Oslo Action Plan", "the Lima roadmap")."""
    words = agenda_words().document
    if tok.lemma_.lower() not in words and tok.lower_ not in words:
        return False
    return tok.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def a_draft(noun: Token) -> bool:
    """ "a draft agreement", "the proposed deal", "a draft of the accord": a text on the table."""
    if noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in DRAFTS for c in noun.children):
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in DRAFTS
