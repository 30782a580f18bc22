"""Open-vocabulary agenda items: the things negotiated, named as objects of negotiating words.

An agenda item is a noun phrase that a negotiating verb or noun takes as its object ("discussed X",
"agreed on X", "X was raised", "an agreement on X", "the issue of X", "the return of X") or a member of
a list such an object introduces ("issues such as X, Y and Z", "discussed X and Y"). What can never be
one (people, titles, organisations, countries, dates, vague nouns such as "efforts" or "war") is in
``data/agenda.yaml``, so that an analyst can extend it; spaCy's entity types and the country gazetteer
catch the names the list cannot hold.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from legation.lexicon import word_list
from legation.nlp.actors import actor_words
from legation.nlp.context import DocContext, ParseTables, Token, entities, has_child, sentence_range
from legation.nlp.lexicons import (
    AgendaWords,
    agenda_words,
    issue_synonyms,
    meeting_words,
    speech_cues,
    status_cues,
)

#: Entity types that are never an agenda item by themselves (a person, an organisation, a date, ...).
_NOT_ITEMS = {
    "PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
    "FAC", "LANGUAGE", "WORK_OF_ART",
}  # fmt: skip
#: Prepositions whose object is the item a negotiating word is about ("talks on X", "agreed over X").
_ABOUT = {"on", "upon", "about", "over", "regarding", "concerning", "for", "of", "to", "towards", "toward"}
#: The same for words that are not themselves negotiating words ("work on X", "progress on X").
_ABOUT_STRICT = {"on", "upon", "about", "over", "regarding", "concerning"}
#: Prepositions that name who receives a verb's object rather than what is negotiated.
_RECIPIENT = {"to"}
_MAX_LABEL_WORDS = 4
_DEVERBAL = ("tion", "sion", "ment", "ance", "ence", "ure", "al")
#: Meeting nouns that a process noun may act on ("the resumption of talks" is an item).
_MEETINGS = {"talk", "talks", "negotiation", "negotiations", "dialogue", "consultation", "consultations"}


@dataclass(frozen=True, slots=True)
class Item:
    """One agenda item named in a sentence: its head token, readable label, and the words that named it."""

    head: Token
    label: str
    phrase: str
    start: int  # character offsets of the phrase in the document
    end: int

    @property
    def key(self) -> str:
        return "other:" + slug(self.label)


def items_of(
    ctx: DocContext, tok: Token | None, *, about: set[str] | None = None, cue: bool = False
) -> list[Item]:
    """The agenda items named by the phrase headed by ``tok`` (an object of a negotiating word).

    ``cue``: ``tok`` is the negotiating verb itself, whose object is not relabelled by its noun.
    """
    if tok is None:
        return []
    out: list[Item] = []
    seen: set[int] = set()
    heads = [tok] if tok.pos_ in ("VERB", "AUX") else [tok, *_conjuncts(tok)]
    for t in heads:
        for item in _items(ctx, t, agenda_words(), about or _ABOUT, -1 if cue else 0):
            if item.head.i not in seen:
                seen.add(item.head.i)
                out.append(item)
    return out


def is_item_word(ctx: DocContext, tok: Token) -> bool:
    """Whether ``tok`` could head an agenda item by itself (used for "X is not on the agenda")."""
    words = agenda_words()
    return _own_item(ctx, tok, words) is not None


def _conjuncts(tok: Token) -> list[Token]:
    """The other members of the list ``tok`` is in, without those that only modify the next member
    (:func:`_run_on`)."""
    try:
        return [t for t in tok.conjuncts if not _run_on(t)]
    except (AttributeError, ValueError):  # pragma: no cover - spaCy versions differ
        return []


def _run_on(tok: Token) -> bool:
    """ "fishing and grain security": the parser may list "grain" and "security" as two members of
    one list; a noun member right before another member of the same list, with no comma or "and"
    between, is that member's modifier, not a member of its own."""
    if tok.dep_ != "conj" or tok.pos_ != "NOUN" or tok.i + 1 >= len(tok.doc):
        return False
    following = tok.doc[tok.i + 1]
    return bool(following.dep_ == "conj" and following.head.i == tok.head.i and following.pos_ == "NOUN")


def _items(ctx: DocContext, tok: Token, words: AgendaWords, about: set[str], depth: int) -> list[Item]:
    if depth > 4:
        return []
    depth = max(depth, 0) if tok.pos_ not in ("VERB", "AUX") else depth
    if tok.pos_ in ("VERB", "AUX"):
        # "proposed resuming direct flights", "agreed to continue work on X": the verb's own object
        found = _below(ctx, tok, words, _ABOUT, depth, verb=True)
        if not found and depth >= 0:
            found = departure(ctx, tok)
        admitted = _admission(ctx, tok)
        if admitted:
            found = admitted + [f for f in found if all(f.head.i != a.head.i for a in admitted)]
        found += _visit(ctx, tok)
        founding = _founding_noun(tok)
        if founding is not None:
            # "agreed to set up a joint committee": a body the sides found is an item, named by its founding
            bodies = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            made = [
                m for o in bodies for b in [o, *_conjuncts(o)] if (m := _founded(ctx, b, words)) is not None
            ]
            # a joint team founded is named by its founding, not as the joint body it also is
            joint = {m.head.i for m in made if _joint_body(m.head, words)}
            found = [f for f in found if f.head.i not in joint or f.head.lemma_.lower() not in words.stop]
            found += [_nominalised(ctx, tok, founding, m) for m in made]
            if depth < 0:
                return found
        noun = words.noun_of(tok.lemma_.lower())
        if noun is None or depth < 0:
            return found
        if not found:
            # "directed them to resume dialogue": a change of the talks themselves, as "the resumption of
            # talks" is an item
            talks = [
                c
                for c in tok.children
                if c.dep_ == "dobj"
                and (
                    (c.lemma_.lower() in _MEETINGS and tok.lemma_.lower() in _TALKS_CHANGING)
                    or (c.lemma_.lower() in meeting_words().nouns and tok.lemma_.lower() in _HOSTING)
                )
            ]
            found = [_make(ctx, [*_modifiers(ctx, t, words), t], t) for t in talks]
        return [_nominalised(ctx, tok, noun, item) for item in found]
    if tok.pos_ not in ("NOUN", "PROPN") or _actor(ctx, tok):
        return []  # "offered six posts to the rebels, including defence": a side, not what it is given
    listed = _listed(ctx, tok, words, depth)
    lemma = tok.lemma_.lower()
    low = tok.lower_
    timing = lemma in words.timing or low in words.timing
    if lemma in words.wrapper or low in words.wrapper or timing:
        # "a timetable for the withdrawal": when a thing is done stands for the thing, by "for" too
        preps = {"of", "for", *_ABOUT_STRICT} if timing else {"of", *_ABOUT_STRICT}
        below = _below(ctx, tok, words, preps, depth)
        if below or listed:
            return below + listed
    if lemma in words.document or low in words.document:
        # "a memorandum of understanding on X": through "of" to the document that names X
        of_document = any(
            c.dep_ == "prep" and c.lower_ == "of" and any(_is_document(g, words) for g in c.children)
            for c in tok.children
        )
        preps = {"on", "upon", "over", "about", "for", "regarding", "concerning"} | (
            {"of"} if of_document else set()
        )
        below = _below(ctx, tok, words, preps, depth)
        if below:
            return below + listed
    own = _own_item(ctx, tok, words)
    if own is not None and listed and (lemma in words.generic or low in words.generic):
        return listed  # "thorny issues like the budget": the members are the items, not their kind
    if own is not None:
        # "investments, including investment protection and dispute settlement": what a named item
        # includes are facets of it, not items of their own (only a kind of item, "issues such as X",
        # is named by its members)
        return [own]
    if listed:
        return listed
    wanting = lemma in _WANTING or low in _WANTING
    preps = _ABOUT_STRICT | {"for"} if wanting else _ABOUT_STRICT
    if lemma in words.backing or low in words.backing:
        preps = preps | {"for", "of"}  # "sought Japan's blessing for X": what is approved is the item
    if lemma in _INTEREST or lemma in _BONDS or low in _BONDS:
        preps = preps | {"in"}  # "raised US interest in developing X", "cooperation in law enforcement"
        hung = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps]
        if tok.dep_ == "dobj" and not any(c.lower_ in ("in", "on") for c in hung):
            # "enhance cooperation in X", "beef up cooperation, especially on X, Y and Z": the parser
            # hangs the bond's "in" or "on" phrase on the verb
            hung += [
                c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("in", "on") and c.i > tok.i
            ]
        if lemma not in _INTEREST:
            fields = _fields_of_a_bond(ctx, tok, hung, words, depth)
            if fields is not None:
                return [fields]
        return _below(ctx, tok, words, preps, depth) + [
            i
            for c in hung
            if c.head.i != tok.i
            for g in c.children
            if g.dep_ == "pobj"
            for i in _conj_items(ctx, g, words, depth)
        ]
    return _below(ctx, tok, words, preps, depth)


def _fields_of_a_bond(
    ctx: DocContext, bond: Token, preps: list[Token], words: AgendaWords, depth: int
) -> Item | None:
    """ "improve cooperation in culture, tourism, defence and education": a bare bond between the sides
    whose "in" or "on" phrase lists the fields it covers is one item, the cooperation in those fields,
    as an analyst codes it; its fields are not items of their own. A single field ("cooperation in
    law enforcement") is the item by itself, and a list of deals ("deals on X, Y and Z") is several, as
    are the fields of a bond listed as the content of several accords ("ten accords, including
    cooperation in X, Y and Z")."""
    if bond.dep_ == "pobj" and (bond.head.lower_ in words.listing or _such_as(bond.head)):
        return None
    for prep in preps:
        if prep.lower_ not in ("in", "on"):
            continue
        for g in prep.children:
            if g.dep_ != "pobj" or not _conjuncts(g) or len(_conj_items(ctx, g, words, depth)) < 2:
                continue
            last = g.right_edge
            while last.i > g.i and (last.is_punct or last.dep_ == "cc"):
                last = last.doc[last.i - 1]
            fields = ctx.document.text[g.left_edge.idx : last.idx + len(last.text)]
            label = re.sub(r"\s+", " ", f"{bond.text} {prep.lower_} {fields}")
            start, end = min(bond.idx, prep.idx), last.idx + len(last.text)
            return Item(bond, label[:1].upper() + label[1:], ctx.document.text[start:end], start, end)
    return None


#: Nouns of wanting whose "for" phrase names what is wanted ("Georgia's desire for X", "a bid for X").
_WANTING = {"desire", "hope", "need", "wish", "bid", "push", "call", "quest", "appetite", "readiness"}
#: Nouns of wanting whose "in" phrase names what is wanted ("an interest in joint patrols").
_INTEREST = {"interest", "participation", "involvement"}
#: Nouns of the bond between sides: a change of them is an item ("the normalisation of relations").
_BONDS = {"relation", "relations", "tie", "ties", "relationship", "cooperation", "dialogue"}
#: Determiners by which a noun points back to an item named before ("these assurances").
_POINTING = {"this", "these", "that", "those", "such"}


#: Verbs of inviting a side to come.
_INVITING = {"invite"}
#: Verbs of visiting a place: the visit is the item ("invited the premier to visit Ottawa").
_VISITING = {"visit", "tour"}


def _visit(ctx: DocContext, verb: Token) -> list[Item]:
    """ "invited the premier to visit Ottawa next year" → Visit to Ottawa: a visit one side invites the
    other to make is put on the table between them (a place alone is no item, and a side's own plan to
    visit somewhere, "proposed to visit X", arranges a meeting rather than an item)."""
    if verb.lemma_.lower() not in _VISITING or verb.pos_ != "VERB":
        return []
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _INVITING:
        return []
    places = [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ in ("GPE", "LOC")]
    out = []
    for place in places:
        name = _name_of(place)
        start, end = verb.idx, name[-1].idx + len(name[-1].text)
        label = "Visit to " + " ".join(t.text for t in name)
        out.append(Item(place, label, ctx.document.text[start:end], start, end))
    return out


#: Verbs of taking a newcomer in, and what it is taken in as ("accepted Angola as a new member").
_ADMITTING = {"accept", "admit", "approve", "welcome", "endorse"}
_JOINING_AS = {"member", "members", "observer", "observers"}


def _admission(ctx: DocContext, verb: Token) -> list[Item]:
    """ "accepted African producer Angola as a new member" → Admission of Angola: the newcomer is a
    country or body, no item by itself, but its admission as a member is."""
    if verb.lemma_.lower() not in _ADMITTING or verb.pos_ != "VERB":
        return []
    as_member = any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ in _JOINING_AS for g in c.children)
        for c in verb.children
    )
    if not as_member:
        return []
    out = []
    for newcomer in (c for c in verb.children if c.dep_ == "dobj"):
        name = [t for t in newcomer.subtree if t.pos_ == "PROPN" and t.i <= newcomer.i + 1]
        if not name:
            continue  # "accepted the offer as a basis": no newcomer named
        start, end = name[0].idx, name[-1].idx + len(name[-1].text)
        label = "Admission of " + ctx.document.text[start:end]
        out.append(Item(newcomer, label, ctx.document.text[start:end], start, end))
    return out


#: Words that make a visit one still to come.
_TO_COME = {"upcoming", "forthcoming", "planned", "proposed", "next", "coming", "future", "expected"}


def _visit_to_come(ctx: DocContext, noun: Token) -> Item | None:
    """ "discussed the preparations of the upcoming visit to Vietnam" → Visit to Vietnam: a visit still
    to come, named by where it goes, is on the table as :func:`_visit` puts one; a visit told as done or
    going on is the meeting itself, no item."""
    if not any(c.lower_ in _TO_COME for c in noun.lefts):
        return None
    to = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    places = [g for g in to if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")]
    if not places:
        return None
    name = _name_of(places[0])
    start, end = noun.idx, name[-1].idx + len(name[-1].text)
    label = "Visit to " + " ".join(t.text for t in name)
    return Item(noun, label, ctx.document.text[start:end], start, end)


#: Verbs of a change of the talks themselves ("resume talks"; "hold talks" only reports them).
_TALKS_CHANGING = {"resume", "restore", "reopen", "suspend", "halt", "end", "freeze"}
#: Verbs of hosting a meeting: who is to host the next one is settled at the talks ("offered to host the
#: next summit" → Hosting of summit).
_HOSTING = {"host"}


#: Nouns of founding a body ("the establishment of a joint committee").
_FOUNDING = {"establishment", "creation", "formation", "setting", "founding", "launch"}


def is_founding(verb: Token) -> bool:
    """Whether a verb founds a thing ("set up", "establish", "create")."""
    return _founding_noun(verb) is not None


def _founding_noun(verb: Token) -> str | None:
    """The noun of a verb of founding ("establish" → establishment, "set up" → establishment)."""
    lemma = verb.lemma_.lower()
    if lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return "establishment"
    noun = agenda_words().noun_of(lemma)
    return noun if noun in _FOUNDING else None


def _founded(ctx: DocContext, tok: Token, words: AgendaWords) -> Item | None:
    """A body as what is founded ("a joint cooperation committee" → Cooperation committee); a named
    body (an organisation already there) is none."""
    if tok.pos_ != "NOUN" or (tok.lemma_.lower() not in words.body and tok.lower_ not in words.body):
        return None
    return _make(ctx, [*_modifiers(ctx, tok, words), tok], tok)


def _below(
    ctx: DocContext, tok: Token, words: AgendaWords, preps: set[str], depth: int, *, verb: bool = False
) -> list[Item]:
    out: list[Item] = []
    # the children from the parse's tables, each Token made once (``Token.children`` makes them anew)
    children = [ctx.tokens[k] for k in ctx.kids[tok.i]]
    deps = ctx.deps
    objects = [c for c in children if deps[c.i] == "dobj"] if verb else []
    if objects:
        preps = preps - _RECIPIENT  # "offered aid to the government": the government receives it
    if any(_titled_document(ctx, c, words) for c in objects):
        # "endorsed the Hanoi Action Plan for free and open trade": the titled text is the item, and the
        # "for" phrase the parser hangs on the verb what the text is for
        preps = preps - {"for"}
    whom = verb and tok.lemma_.lower() in words.whom  # "offered to meet X": whom, not what
    for c in children:
        if verb and c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            if stray_object(c) or (whom and c.dep_ == "dobj") or _place_acted_on(tok, c, words, depth):
                continue
            out += _conj_items(ctx, c, words, depth)
        elif (verb or c.dep_ == "acl") and c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB":
            # "agreed to resume X", "a call to stop X"; "agreed to release X and return Y": the verbs
            # joined to the infinitive with no subject of their own are asked or settled with it
            for v in [c, *_joined_verbs(c)]:
                out += _items(ctx, v, words, _ABOUT_STRICT, depth + 1)
        elif not verb and c.dep_ == "relcl" and c.pos_ == "VERB" and content_clause(c):
            # "the demand that the leader quit power": what a demand says, however the parser hangs it
            out += _items(ctx, c, words, _ABOUT_STRICT, depth + 1)
        elif not verb and _infinitive(c) and _means(tok, words):
            # "ways to cut fees", "steps to ease quotas": what a noun of means is for
            out += _items(ctx, c, words, _ABOUT_STRICT, depth + 1)
        elif verb and _gerund_continues(tok, c):
            # "agreed on easing X, expanding Y and setting up Z": the parser hangs the later gerunds of
            # the list on the verb
            for v in [c, *(g for g in c.children if g.dep_ == "conj" and g.tag_ == "VBG")]:
                out += _items(ctx, v, words, _ABOUT_STRICT, depth + 1)
        elif verb and _infinitive(c) and tok.lemma_.lower() in _TELLING and _right_after_object(tok, c):
            # "directed their ministers to resume dialogue": what the addressee is told to do, though
            # the parser hangs it on the verb as a clause of its own
            out += _items(ctx, c, words, _ABOUT_STRICT, depth + 1)
        elif verb and _infinitive(c) and _means_before(tok, c, words):
            # "discussed the work to revise X": the parser hangs the object's infinitive on the verb
            out += _items(ctx, c, words, _ABOUT_STRICT, depth + 1)
        elif c.dep_ == "prep" and (
            c.lower_ in preps
            or (verb and c.lower_ == "in" and tok.lemma_.lower() in _TAKING_PART)
            or (verb and c.lower_ in _HANDLING.get(tok.lemma_.lower(), ()))
            or (not verb and c.lower_ == "of" and tok.lemma_.lower() in _TALKS_STATE and _of_talks(c))
        ):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    out += _conj_items(ctx, g, words, depth)
        elif c.dep_ == "prep" and "on" in preps:
            out += [i for g in misplaced_about(ctx, c) for i in _conj_items(ctx, g, words, depth)]
        elif verb and list_member_on_verb(c):
            out += _conj_items(ctx, c, words, depth)
    return out


def _joined_verbs(verb: Token) -> list[Token]:
    """The verbs joined to ``verb`` by "and"/"or" that share its subject ("to release X and return Y"),
    not a clause of their own ("to release X, but the rebels refused Y")."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [c for c in joined if not has_child(c, ("nsubj", "nsubjpass"))]


def list_member_on_verb(c: Token) -> bool:
    """Whether ``c``, a noun the parser hangs on a verb, is a later member of the list the verb's
    object or "for" phrase begins: "agreed to strengthen cooperation on X, and the settlement of Y"
    (a conjunct), "provides for X, the exchange of Y and the start of Z" (an apposition after a comma,
    which a verb cannot have)."""
    if c.pos_ != "NOUN" or c.head.pos_ not in ("VERB", "AUX"):
        return False
    if c.dep_ == "conj":
        return any(g.lower_ == "the" for g in c.children)
    first = c.left_edge.i
    return bool(c.dep_ == "appos" and first > 0 and c.doc[first - 1].text == ",")


def compound_items(ctx: DocContext, head: Token, compound: Token) -> list[Item]:
    """The item the noun modifiers of a cue noun name ("a ceasefire proposal"): several in a row are
    one item ("the grain export deal" → Grain export), named once, at the last of them."""
    nouns = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if len(nouns) < 2:
        return items_of(ctx, compound)
    if compound.i != nouns[-1].i:
        return []
    found = items_of(ctx, compound)
    words = agenda_words()
    if any(n.lemma_.lower() in words.stop or ctx.party_of(n.text) for n in nouns):
        return found
    if not found and _own_item(ctx, nouns[0], words) is None:
        return []
    # "a uranium supply deal": "supply" alone names nothing, the words before it name what is supplied
    return [_make(ctx, [*nouns, *_modifiers(ctx, compound, words)], compound)]


def _a_name(ctx: DocContext, tok: Token) -> bool:
    """A proper name that is no side, place or movement: a person the model may have typed otherwise."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "DATE"):
        return False
    return ctx.party_of(tok.text) is None and not _actor(ctx, tok)


def content_clause(clause: Token) -> bool:
    """ "that X quit": a clause led by "that" as a conjunction says what a noun holds, and describes
    nothing (in "the deal that was signed", "that" is the clause's subject)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


#: Verbs by which a leader gives up power ("Mobutu must quit power", "should relinquish his rule").
_STEPPING_DOWN = {"quit", "resign", "relinquish", "abdicate", "step", "stand", "cede"}
#: What a leader gives up, when said ("quit power", "relinquish his rule", "stand down").
_POWER = {"power", "rule", "office", "post", "presidency", "throne", "leadership", "position", "seat"}


def departure(ctx: DocContext, verb: Token) -> list[Item]:
    """ "that the president quit power", "Mobutu should relinquish his rule": a named person giving up
    power is an item, the departure of that person ("Departure of Mobutu")."""
    lemma = verb.lemma_.lower()
    if lemma not in _STEPPING_DOWN:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and not all(o.lemma_.lower() in _POWER for o in objects):
        return []  # "quit the talks", "cede territory"
    if lemma in ("step", "stand") and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or _a_name(ctx, subject)):
        return []
    name = _name_of(subject)
    end = verb.idx + len(verb.text)
    start = min(name[0].idx, verb.idx)
    label = "Departure of " + " ".join(t.text for t in name)
    return [Item(subject, label, ctx.document.text[start:end], start, end)]


#: Verbs of taking part whose "in" phrase names the activity ("involving Japan in developing X").
_TAKING_PART = word_list("statement_lists.yaml", "taking-part-in")

#: Verbs whose "with" or "by" phrase is what they handle or keep to ("how to deal with X", "abide by
#: X"), not whom; and verbs of objecting whose "at" or "against" phrase is what they object to
#: ("protested at the presence of X").
_HANDLING = {
    "deal": ("with",), "cope": ("with",), "grapple": ("with",), "contend": ("with",), "wrestle": ("with",),
    "comply": ("with",), "abide": ("by",), "protest": ("at", "against"),
}  # fmt: skip


#: Nouns of how talks stand, whose talks' "on" phrase names the item ("progress of talks on X"); a
#: sitting of talks is not ("the round of talks on X was postponed" defers the round, not X).
_TALKS_STATE = {"progress", "outcome", "result", "course", "success", "failure", "state", "review"}


def _of_talks(prep: Token) -> bool:
    """ "progress of talks on X", "the outcome of negotiations on X": through "of" to talks whose
    "on" phrase names the item."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _MEETINGS for g in prep.children)


#: Prepositions that name whom a side negotiates with ("talks with X", "agreement between A and B").
_PARTNERS = {"with", "between", "among", "amongst"}


def misplaced_about(ctx: DocContext, prep: Token) -> list[Token]:
    """ "an agreement between the two sides on X", "talks with India over Y": the parser hangs what is
    negotiated on the sides named just before it; the sides take no such phrase, so it is the cue's."""
    if prep.lower_ not in _PARTNERS:
        return []
    out: list[Token] = []
    for side in (g for g in prep.children if g.dep_ == "pobj"):
        for s in [side, *_conjuncts(side)]:
            if _own_item(ctx, s, agenda_words()) is not None:
                continue  # "cooperation with the customs service on X": an item, not a side
            for p in (c for c in s.children if c.dep_ == "prep" and c.lower_ in _ABOUT_STRICT):
                out += [o for o in p.children if o.dep_ in ("pobj", "pcomp")]
    return out


def _place_acted_on(verb: Token, obj: Token, words: AgendaWords, depth: int) -> bool:
    """ "a consensus on how to run Darfur": a bare place that a verb below the cue acts on names no
    item (the act is the item, and only a verb with a noun of its own can label it: "recognise X" →
    Recognition of X). The cue's own object stays ("discussed Kashmir")."""
    if depth < 0 or obj.ent_type_ not in ("GPE", "LOC") or words.noun_of(verb.lemma_.lower()):
        return False
    return not any(c.dep_ in ("amod", "compound") and c.ent_type_ == "" for c in obj.children)


def _is_document(tok: Token, words: AgendaWords) -> bool:
    return tok.dep_ == "pobj" and (tok.lemma_.lower() in words.document or tok.lower_ in words.document)


def _infinitive(tok: Token) -> bool:
    """ "to cut X" hung on a word as a clause ("ways to cut X", "work to revise X")."""
    return (
        tok.dep_ in ("advcl", "relcl")
        and tok.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _gerund_continues(verb: Token, clause: Token) -> bool:
    """A gerund clause after a comma or semicolon that goes on a list of gerunds under the verb's object
    ("reached agreement on easing X; expanding Y; and setting up Z"), not a clause of its own."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.left_edge.i <= verb.i:
        return False
    if any(c.dep_ in ("nsubj", "mark", "aux") for c in clause.children):
        return False  # "while easing X", "with the rebels easing X": a clause of its own
    if clause.doc[clause.left_edge.i - 1].text not in (",", ";"):
        return False
    return any(t.dep_ == "pcomp" and t.tag_ == "VBG" for t in clause.doc[verb.i + 1 : clause.left_edge.i])


#: Verbs by which someone is told or asked to act ("directed X to", "urged X to", "invited X to").
_TELLING = {
    "direct", "instruct", "task", "mandate", "order", "urge", "ask", "invite", "press", "encourage", "call",
}  # fmt: skip


def _right_after_object(verb: Token, clause: Token) -> bool:
    """Whether a verb's clause starts right after the verb's object ("told X | to do Y")."""
    return any(c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i for c in verb.children)


def _means(tok: Token, words: AgendaWords) -> bool:
    """A noun of a way to do something ("ways", "steps", "work"; ``means`` in ``agenda.yaml``)."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in words.means or tok.lower_ in words.means)


def _means_before(verb: Token, clause: Token, words: AgendaWords) -> bool:
    """Whether a verb's infinitive clause follows right after its object, a noun of means ("discussed
    the work to revise X", "agreed on steps to ease Y"): what that object is for."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.right_edge.i + 1 == clause.left_edge.i and _means(o, words) for o in objects)


def stray_object(tok: Token) -> bool:
    """ "sanctions imposed after its nuclear test must be lifted": a noun right after a preposition that
    has no object is that preposition's object, however the parser attached it."""
    before = tok.left_edge.i - 1
    if before < sentence_range(tok)[0]:
        return False
    prep = tok.doc[before]
    return (
        prep.pos_ == "ADP"
        and prep.dep_ == "prep"
        and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
    )


def _conj_items(ctx: DocContext, tok: Token, words: AgendaWords, depth: int) -> list[Item]:
    out: list[Item] = []
    members = [tok, *_conjuncts(tok), *_list_in_apposition(tok)]
    for t in [*members, *(s for m in members for s in _stranded_last_member(m))]:
        out += _items(ctx, t, words, _ABOUT, depth + 1)
    return out


def _stranded_last_member(member: Token) -> list[Token]:
    """ "raised X, the return of Y and Z": the parser may hang the last member of a list on the noun of
    the member before's "of" phrase, as if the return were of Y and Z. After a comma that lists, the
    "and" of a single pair inside a member ends the outer list (a pair inside a member would read "X and
    the return of Y and Z"), so Z is a member of its own when the member has no conjunct of its own."""
    doc = member.doc
    first = member.left_edge.i
    listed = member.dep_ in ("appos", "conj") and first > 0 and doc[first - 1].text == ","
    if not listed or any(c.dep_ == "conj" for c in member.children):
        return []
    words = agenda_words()
    if member.lemma_.lower() in words.stop or member.lower_ in words.stop or member.ent_type_:
        return []  # "Jo Pike, the minister of trade and industry": a title, no list
    out: list[Token] = []
    for prep in member.children:
        if prep.dep_ != "prep" or prep.lower_ not in _ACTED_ON:
            continue
        for inner in prep.children:
            pair = [c for c in inner.children if c.dep_ == "conj"]
            joined = [c for c in inner.children if c.dep_ == "cc" and c.lower_ in ("and", "or")]
            commas = [c for c in inner.children if c.text == ","]
            if inner.dep_ != "pobj" or len(pair) != 1 or not joined or commas:
                continue
            if pair[0].pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "conj" for c in pair[0].children):
                out.append(pair[0])
    return out


def is_stranded_member(tok: Token) -> bool:
    """Whether ``tok`` is a list's last member the parser hung inside the member before
    (:func:`_stranded_last_member`): an item of its own, not part of that member's."""
    if tok.dep_ != "conj" or tok.head.dep_ != "pobj" or tok.head.head.dep_ != "prep":
        return False
    return any(s.i == tok.i for s in _stranded_last_member(tok.head.head.head))


def _list_in_apposition(member: Token) -> list[Token]:
    """ "issues including X, Y's access to Z, W and V": the parser may hang the second member of a list
    on the first as an apposition, and the rest of the list on that apposition. An apposition that has
    conjuncts of its own (or a last member hung inside it, :func:`_stranded_last_member`) continues the
    list, so it and its conjuncts are members too (a true apposition renames one thing and lists
    nothing)."""
    return [
        m
        for a in member.children
        if a.dep_ == "appos" and (any(c.dep_ == "conj" for c in a.children) or _stranded_last_member(a))
        for m in [a, *_conjuncts(a)]
    ]


def _listed(ctx: DocContext, tok: Token, words: AgendaWords, depth: int) -> list[Item]:
    """Members of a list a noun introduces: "issues such as X, Y and Z", "two issues: X and Y"."""
    out: list[Item] = []
    for c in [*tok.children, *_list_after_attribution(tok, words)]:
        if c.dep_ == "prep" and (c.lower_ in words.listing or _such_as(c)):
            for g in c.children:
                if g.dep_ == "pobj":
                    out += _conj_items(ctx, g, words, depth)
        elif c.dep_ == "appos":
            found = _conj_items(ctx, c, words, depth)
            if not found and (tok.lemma_.lower() in words.document or tok.lower_ in words.document):
                found = _titles(ctx, c)  # "passed three agreements -- Avoidance of Double Taxation, ..."
            out += found
        elif c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "include":
            for g in c.children:
                if g.dep_ == "dobj":
                    out += _conj_items(ctx, g, words, depth)
    return out


def _list_after_attribution(tok: Token, words: AgendaWords) -> list[Token]:
    """ "Ten accords were signed on Monday, including X and Y", "ten accords are to be signed, the
    official said, including X and Y": the parser hangs a list that follows the clause on its verb, or
    on the verb of saying after it, though it lists the members of the plural passive subject."""
    if tok.dep_ != "nsubjpass" or tok.tag_ != "NNS":
        return []
    verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp")]
    if tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in _reporting_lemmas():
        verbs.append(tok.head.head)
    return [
        c for v in verbs for c in v.children if c.dep_ == "prep" and c.i > v.i and c.lower_ in words.listing
    ]


def _titles(ctx: DocContext, appos: Token) -> list[Item]:
    """The titles a list in apposition to a document noun gives ("three agreements -- Avoidance of Double
    Taxation, Liberalization of Visa Regime and SAARC Arbitration Council"): each member, split at its
    commas and "and", is a document's title when every content word of it is capitalised, and so an
    item by its whole title (the parser hangs a title's words anyhow)."""
    span = list(appos.doc[appos.left_edge.i : appos.right_edge.i + 1])
    members: list[list[Token]] = [[]]
    for t in span:
        if t.lower_ in (",", "and", "or", ";"):
            members.append([])
        elif not (t.is_punct and not members[-1]):
            members[-1].append(t)
    out: list[Item] = []
    for member in (m for m in members if m):
        content = [t for t in member if t.is_alpha and not t.is_stop]
        if not content or not all(t.is_title or t.is_upper for t in content):
            return []  # not a list of titles: one plain member and none is
        if len(member) == 1 and _a_name(ctx, member[0]):
            return []  # "the agreements, Smith said": one name is a person more likely than a title
        head = next(
            (t for t in member if not any(t.head.i == m.i for m in member) or t.head.i == t.i), member[-1]
        )
        start, end = member[0].idx, member[-1].idx + len(member[-1].text)
        text = ctx.document.text[start:end]
        out.append(Item(head, text, text, start, end))
    return out


def _such_as(prep: Token) -> bool:
    """ "issues such as X": "as" lists members only after "such"; "demanded his rights as a parent"
    says in what capacity, and names no item."""
    if prep.lower_ != "as":
        return False
    return any(c.lower_ == "such" for c in prep.children) or (
        prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
    )


def _modifiers(ctx: DocContext, tok: Token, words: AgendaWords) -> list[Token]:
    """The content words before a noun that belong to the item's name ("direct" "air" links).

    Places and bodies stay ("Rafah crossing", "UN sanctions"); people, dates, numbers and countries
    do not ("Iran's nuclear programme" is the nuclear programme).
    """
    kept = []
    far: list[Token] = []  # content words further from the noun than a label holds
    for t in _with_listed(tok.lefts):
        if t.dep_ not in ("amod", "compound", "nmod", "npadvmod", "conj") or t.is_punct:
            continue
        if _hyphened(t) and t.ent_type_ not in _MEASURES:  # "two-state solution", "four-way talks"
            kept.append(t)
            continue
        if (t.lower_ in words.vague or t.lemma_.lower() in words.vague or t.like_num) and not _scoping(
            t, tok, words
        ):
            continue
        if t.tag_ in ("JJS", "RBS"):
            continue  # "the hardest questions", "the toughest issues": a judgement, no domain
        if t.ent_type_ in ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "NORP", *_AMOUNTS):
            continue
        if t.ent_type_ and ctx.party_of(t.text) is not None:
            continue
        if t.i >= tok.i - _MAX_LABEL_WORDS:
            kept.append(t)
        else:
            far.append(t)
    if not kept and far:
        # "yearly cultural, sporting, scientific, health and education exchanges": a long list of
        # modifiers is named by the nearest out of reach, rather than the noun going bare
        kept.append(far[-1])
    before = tok.doc[tok.i - 1] if tok.i > sentence_range(tok)[0] else None
    if before is not None and _run_on(before) and before.lemma_.lower() not in words.vague:
        kept.append(before)  # "fishing and grain security": "grain" names the security
    return kept


#: Entity types of an amount, which says how much of a thing, not what it is ("a 15 percent tariff").
_AMOUNTS = ("PERCENT", "MONEY", "QUANTITY")


#: Vague modifiers that say how far a thing reaches: they make no generic noun an item ("regional
#: issues"), but name the reach of an item that is one ("global growth", "national elections").
_SCOPES = {"international", "regional", "global", "national", "domestic"}


def _scoping(t: Token, noun: Token, words: AgendaWords) -> bool:
    """Whether ``t`` is a scope word kept in the label of ``noun``, a noun that names an item bare."""
    generic = noun.lemma_.lower() in words.generic or noun.lower_ in words.generic
    return t.dep_ == "amod" and t.lower_ in _SCOPES and not generic


def _with_listed(lefts: Iterable[Token]) -> list[Token]:
    """The words before a noun and the adjectives listed with them ("technical and financial"
    assistance: financial hangs on technical, and names the assistance though technical is vague)."""
    out: list[Token] = []
    for t in lefts:
        out.append(t)
        if t.dep_ == "amod":
            out += [c for c in t.children if c.dep_ == "conj" and c.pos_ == "ADJ" and c.i < t.head.i]
    return out


#: Entity types of a hyphenated number that measures rather than names ("his 32-year rule").
_MEASURES = {"DATE", "TIME", "QUANTITY", "MONEY", "PERCENT"}


def _hyphened(t: Token) -> bool:
    """A word joined by a hyphen to a number ("two-state", "six-party")."""
    doc = t.doc
    before = t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].like_num
    after = t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].like_num
    return bool(before or after or (t.like_num and t.i + 1 < len(doc) and doc[t.i + 1].text == "-"))


def _own_item(ctx: DocContext, tok: Token, words: AgendaWords) -> Item | None:
    """``tok`` as an item, or None when it cannot name one."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if tok.pos_ not in ("NOUN", "PROPN") or tok.like_num or len(low) < 3:
        return None
    if _the_talks_themselves(ctx, tok, words):
        return None
    if lemma in words.placed or low in words.placed:
        placed = _placed(ctx, tok, words)
        if placed is not None:
            return placed  # "the situation in Kashmir"
    if lemma in _VISITING and tok.pos_ == "NOUN":
        return _visit_to_come(ctx, tok)
    if (lemma in words.stop or low in words.stop) and _joint_body(tok, words):
        # "discussed a joint team": a body the sides would form together, though "the team" is none
        joint = [c for c in tok.lefts if c.dep_ == "amod" and c.lower_ == "joint"]
        return _make(ctx, [*joint, *_modifiers(ctx, tok, words), tok], tok)
    if lemma in words.stop or low in words.stop:
        return _hollow(ctx, tok, words) if lemma in words.hollow or low in words.hollow else None
    if lemma in words.outsider or low in words.outsider:
        return None  # "forced landowners to renew leases": people and bodies outside the talks
    titled = _titled_document(ctx, tok, words)
    if titled is not None:
        return titled  # whatever the model typed it as ("Dhaka Declaration" as a person)
    if tok.ent_type_ in _NOT_ITEMS:
        return None
    if ctx.party_of(tok.text) is not None or ctx.party_of(_entity_text(tok)) is not None:
        return None  # a country, its capital or demonym ("South Korea")
    if _actor(ctx, tok) or _reports(tok):
        return None
    if tok.pos_ == "PROPN" and tok.lower_ in ctx.speakers:
        return None  # "proposals for Russia's Gazprom to enter X, Gazprom said": a source, no item
    is_document = lemma in words.document or low in words.document
    if is_document and any(c.ent_type_ == "DATE" and c.like_num for c in tok.lefts):
        return None  # "the 1953 armistice agreement": a document of the past
    mods = _modifiers(ctx, tok, words)
    mods += [t for t in _quoted_before(tok) if t not in mods]
    if not mods and any(c.dep_ == "det" and c.lower_ in _POINTING for c in tok.children):
        return None  # "we accepted these assurances": what they are was said before
    opens_sentence = tok.i == sentence_range(tok)[0]
    if tok.pos_ == "PROPN" and not mods and tok.ent_type_ == "" and tok.is_title and not opens_sentence:
        return None  # an unknown capitalised name ("Smith said"): more likely a person than an item
    if lemma in words.restriction or low in words.restriction:
        return _restriction(ctx, tok, words, mods)
    tail: list[Token] = []
    particle = _particle(tok)
    if lemma in words.process or low in words.process or particle or _deverbal(ctx, tok, words):
        of = _of_object(tok)
        owner = _possessor(tok) if of is None else None
        whose = _own_item(ctx, owner, words) if owner is not None else None
        bond = of is not None and (of.lemma_.lower() in _MEETINGS or of.lower_ in _BONDS)
        founded = _founded(ctx, of, words) if of is not None and lemma in _FOUNDING else None
        if founded is not None:  # "the creation of a working group", "the setting up of a panel"
            return _nominalised(ctx, tok, " ".join([lemma, *(p.lower_ for p in particle)]), founded)
        if of is not None and (bond or _own_item(ctx, of, words) is not None):
            tail = [*_prep_to(tok, of), *_modifiers(ctx, of, words), of]
        elif (
            of is not None and (lemma in words.process or low in words.process) and _a_side_or_person(ctx, of)
        ):
            # "the recognition of Israel", "the participation of the rebels": the change names its side
            tail = [*_prep_to(tok, of), *_name_of(of)]
        elif of is not None and particle:
            # "the handing over of its leaders", "the pulling out of troops": a phrasal verb's act names
            # what it acts on, people too
            tail = [*_prep_to(tok, of), *_modifiers(ctx, of, words), of]
        elif of is not None and (lemma in words.process or low in words.process) and _is_document(of, words):
            # "the ratification of the treaty", "the implementation of the agreement": an act done to a
            # text is an item, though the bare text ("the treaty") is none
            tail = [*_prep_to(tok, of), of]
        elif of is not None and _a_body_outside(ctx, of):
            # "the reconstitution of the Election Commission": a change done to a body, which is no side
            tail = [*_prep_to(tok, of), *_name_of(of)]
        elif whose is not None:  # "the monitors' role" → Role of monitors
            label = f"{tok.text[:1].upper()}{tok.text[1:]} of {whose.label[:1].lower()}{whose.label[1:]}"
            end = tok.idx + len(tok.text)
            return Item(tok, label, ctx.document.text[whose.start : end], whose.start, end)
        elif owner is not None and _a_body_outside(ctx, owner):
            # "the World Bank's reform" is "the reform of the World Bank": a change done to a body
            # that is no side, named by its possessive as by its "of" phrase
            name = [t for t in _name_of(owner) if t.dep_ != "case"]
            label = f"{tok.text[:1].upper()}{tok.text[1:]} of {' '.join(t.text for t in name)}"
            start, end = name[0].idx, tok.idx + len(tok.text)
            return Item(tok, label, ctx.document.text[start:end], start, end)
        elif not mods or particle:
            return None  # "an immediate end", "the withdrawal": a change of nothing named
            # ("economic normalisation" names its domain)
        else:
            return _plain(ctx, tok, mods)
    elif (lemma in words.wrapper or low in words.wrapper) and (place := _place_named(ctx, tok)) is not None:
        # "the Taiwan issue", "the Kashmir question": a place whose issue it is names the item
        return _make(ctx, [*_name_of(place), tok], tok)
    elif lemma in words.document or low in words.document or lemma in words.generic or low in words.generic:
        if not [
            m for m in mods if m.lemma_.lower() not in words.stop or (m.ent_type_ == "" and _hyphened(m))
        ]:
            return None
        if _quoted_judgement(tok, mods):
            return None
    elif lemma in words.wrapper:
        return None
    if not mods and not tail:
        fuller = _named_before(ctx, tok, words)
        if fuller is not None:
            return fuller  # "scrap the fees": the "Arctic port-entry fees" named before
    return _make(ctx, [*mods, tok, *particle, *tail], tok)


def _particle(tok: Token) -> list[Token]:
    """The particle of a noun in "-ing" made from a phrasal verb ("handing over", "setting up"): the
    act is named with it, or "the handing over of X" would be labelled "Handing"."""
    if tok.pos_ != "NOUN" or not tok.lower_.endswith("ing"):
        return []
    return [c for c in tok.children if c.dep_ == "prt"]


#: Prepositions whose object is what a restriction restricts ("a ban on trade", "curbs against X").
_RESTRICTED = ("on", "of", "against")


def _restriction(ctx: DocContext, tok: Token, words: AgendaWords, mods: list[Token]) -> Item | None:
    """ "a travel ban", "a ban on trade", "a moratorium on nuclear tests": a restriction is named by its
    modifiers when it has some (its "on" phrase then mostly says whom it hits: "a travel ban on
    officials"), else by what its "on" phrase restricts, whatever that noun names alone ("tests" names
    no item, "a ban on tests" does; a side or a person is whom it hits, "a ban on Iran"); bare ("the
    ban"), by the restriction an earlier sentence named in full, else by nothing."""
    if mods:
        return _plain(ctx, tok, mods)
    for prep in (c for c in _restricting(tok) if c.lower_ in _RESTRICTED):
        for obj in (g for g in prep.children if g.dep_ in ("pobj", "pcomp")):
            named = obj.pos_ in ("NOUN", "PROPN") or obj.tag_ == "VBG"  # "a ban on trawling"
            when = obj.ent_type_ in ("DATE", "TIME")  # "discussed tariffs on Monday": when, not on what
            if named and not when and not obj.like_num and not _a_side_or_person(ctx, obj):
                return _make(ctx, [tok, prep, *_modifiers(ctx, obj, words), obj], tok)
    return _named_before(ctx, tok, words)


def _restricting(tok: Token) -> list[Token]:
    """The prepositions of a restriction noun, and those the parser hangs right after it on the verb
    that takes it ("would impose a moratorium on whaling", "rejected fishing quotas and curbs on rice":
    "on" hung on the verb)."""
    own = [c for c in tok.children if c.dep_ == "prep"]
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # the list's first member is the verb's object
    if first.dep_ != "dobj":
        return own
    after = tok.right_edge.i + 1
    return own + [c for c in first.head.children if c.dep_ == "prep" and c.i == after]


#: Determiners by which a bare noun points back to a thing the report named before.
_DEFINITE = {"the", "these", "those", "this", "that"}


#: Nouns of the talks, which a modifier of kind ``talks`` makes the talks themselves.
_TALKS_NOUNS = _MEETINGS | {"process", "track"}


def _the_talks_themselves(ctx: DocContext, tok: Token, words: AgendaWords) -> bool:
    """ "the peace talks were postponed", "pledged support for the peace process": the negotiation
    itself, which no side puts on its own table; another modifier makes it one ("the Middle East
    peace process"), and a change of the talks is named through its own noun ("the resumption of
    peace talks")."""
    if tok.lemma_.lower() not in _TALKS_NOUNS and tok.lower_ not in _TALKS_NOUNS:
        return False
    mods = _modifiers(ctx, tok, words)
    return bool(mods) and all(m.lemma_.lower() in words.talks for m in mods)


def _joint_body(tok: Token, words: AgendaWords) -> bool:
    """ "a joint team", "a joint committee": a body the sides would have together, which is something
    they negotiate whatever the verb (a body alone, "the committee", is none; one founded is named by
    its founding, :func:`_founded`)."""
    if tok.pos_ != "NOUN" or (tok.lemma_.lower() not in words.body and tok.lower_ not in words.body):
        return False
    return any(c.dep_ == "amod" and c.lower_ == "joint" for c in tok.lefts)


def _named_before(ctx: DocContext, tok: Token, words: AgendaWords) -> Item | None:
    """ "India agreed to scrap the fees": a definite bare noun is the thing an earlier sentence of
    the report named in full ("Arctic port-entry fees"), so the item takes that
    name, while its words stay the ones of this sentence. The nearest earlier mention with modifiers
    that name it counts; none, and the bare noun is its own name."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return None
    pos, tokens = ctx.pos, ctx.tokens
    places = ctx.lemma_places(ctx.lemmas[tok.i])
    for i in reversed(places[: bisect.bisect_left(places, sentence_range(tok)[0])]):  # nearest first
        if pos[i] != "NOUN":
            continue
        before = tokens[i]
        mods = _modifiers(ctx, before, words)
        if mods:
            named = _make(ctx, [*mods, before], before)
            return Item(
                tok,
                named.label,
                ctx.document.text[tok.idx : tok.idx + len(tok.text)],
                tok.idx,
                tok.idx + len(tok.text),
            )
    return None


def _titled_document(ctx: DocContext, tok: Token, words: AgendaWords) -> Item | None:
    """ "passed the Dhaka Declaration": a document named by a title (capitalised, with the names
    before it) is an item by its title, though a place names no item by itself; one of a past year
    ("the 1995 Madrid Declaration") is no news."""
    if not (tok.lemma_.lower() in words.document or tok.lower_ in words.document):
        return None
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if tok.pos_ != "PROPN" or not tok.is_title or not names or any(c.like_num for c in tok.lefts):
        return None
    return _make(ctx, [*names, tok], tok)


def _place_named(ctx: DocContext, tok: Token) -> Token | None:
    """The place a wrapper noun is named by, right before it ("the Taiwan issue"), if any."""
    before = [c for c in tok.lefts if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")]
    return before[-1] if before and before[-1].i == tok.i - 1 else None


def _placed(ctx: DocContext, tok: Token, words: AgendaWords) -> Item | None:
    """ "the situation in Kashmir", "the violence in the north": a state of a place is an item (the
    place alone is none, and neither is the bare state)."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")):
            return _make(ctx, [*_modifiers(ctx, tok, words), tok, prep, *_name_of(place)], tok)
    return None


def _hollow(ctx: DocContext, tok: Token, words: AgendaWords) -> Item | None:
    """ "the law enforcement effort", "the security situation", "troop levels": a vague noun whose noun
    modifiers say what it is about names an item with them; bare, or with a vague or stop modifier
    ("the current situation", "the meeting process"), it names none."""
    nouns = [
        m
        for m in _modifiers(ctx, tok, words)
        if m.dep_ == "compound" and m.pos_ == "NOUN" and m.lemma_.lower() not in words.stop
    ]
    return _make(ctx, [*nouns, tok], tok) if nouns else None


_QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}


def _quoted_judgement(tok: Token, mods: list[Token]) -> bool:
    """'what they called a "reckless deal"', 'would not agree to "their delusional demands"': a kind of
    item (a deal, demands) that only adjectives inside a quotation qualify is how a speaker judges it,
    not what it is about (a quoted name, 'the "two-plus-two" formula', is no adjective)."""
    if not mods or any(m.pos_ != "ADJ" for m in mods):
        return False
    doc = tok.doc
    # the quotation opens before the adjectives, however the parser hung a long list of them
    first = min(m.i for m in mods)
    opening = range(max(sentence_range(tok)[0], first - 8), first)
    after = [t for t in doc[tok.i + 1 : tok.i + 3]]
    closing = bool(after) and (
        after[0].text in _QUOTES or (after[0].is_punct and len(after) > 1 and after[1].text in _QUOTES)
    )
    return closing and any(doc[i].text in _QUOTES for i in opening)


def _quoted_before(tok: Token) -> list[Token]:
    """The words of a quoted name just before a noun (the "two-plus-two" formula): its modifier, even
    when the parser takes its numbers for a separate object."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in _QUOTES:
        return []
    for i in range(tok.i - 2, max(sentence_range(tok)[0], tok.i - 8) - 1, -1):
        if doc[i].text in _QUOTES:
            inner = list(doc[i + 1 : tok.i - 1])
            return inner if inner and any(t.is_alpha for t in inner) else []
    return []


def _actor(ctx: DocContext, tok: Token) -> bool:
    """A side or a movement named by a common noun ("the rebels", "Kabila's insurgents")."""
    groups = actor_words().group_nouns
    return tok.lower_ in groups or tok.lemma_.lower() in groups or ctx.party_of(tok.text) is not None


def _reports(tok: Token) -> bool:
    """ "the website reported", "sources said": a noun that reports is a source, not an item; "a
    candidate nominated by X", "a plan proposed by Y" are put forward, not reporting."""
    speech = _reporting_lemmas()
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in speech for c in tok.children)


#: Speech verbs by which a thing is put forward rather than reported ("a candidate named by X").
_PUTTING_FORWARD = {"nominate", "name", "appoint", "put", "present", "submit", "table", "forward"}


@functools.cache
def _reporting_lemmas() -> frozenset[str]:
    """Speech lemmas that make a noun a source: not those that put a thing forward or give it a status."""
    cues = {lemma for cue in status_cues() for lemma in cue.lemmas}
    return frozenset(speech_cues().lemmas - cues - _PUTTING_FORWARD)


def _make(ctx: DocContext, tokens: list[Token], head: Token) -> Item:
    """An item from the tokens that name it: hyphenated modifiers kept whole ("visa-free regime")."""
    words = agenda_words()
    chosen = {t.i: t for t in tokens}
    tables = ctx.tables  # the subtrees walked and their words read from the tables: Tokens only for pieces
    texts, deps, lowers = tables.texts, tables.deps, tables.lowers
    for t in tokens:
        if t.i == head.i:
            continue
        for sub in ctx.subtree_indexes(t.i):  # "visa - free": the pieces of a hyphenated modifier
            # (the cheap tests first: a piece is one of the two words either side of ``t``, not chosen yet)
            if sub in chosen or abs(sub - t.i) > 2:
                continue
            if _in_conjunct(sub, t.i, tables):
                continue  # "the return of boats and cultural heritage": "cultural" is the heritage's
            if _in_phrase(sub, t.i, tables):
                continue  # "a ban on trade in seal products": "seal" is the products', not the trade's
            hyphened = sub + 1 < len(texts) and texts[sub + 1] == "-" and ctx.tokens[sub].like_num
            piece = texts[sub] == "-" or hyphened or deps[sub] in ("compound", "npadvmod", "amod")
            named = hyphened or lowers[sub] not in words.vague
            if piece and named:
                chosen[sub] = ctx.tokens[sub]
    for i in sorted(chosen):
        # "over-fishing quotas": a word hyphened to a chosen one before the head is part of it,
        # however the parser hung it ("fishing" as the object of "over")
        doc = chosen[i].doc
        while i + 2 < head.i and not doc[i].whitespace_ and _glued(doc[i + 2], doc[i + 1], after=True):
            chosen[i + 1], chosen[i + 2] = doc[i + 1], doc[i + 2]
            i += 2
    ordered = _whole_words([chosen[i] for i in sorted(chosen)])
    gaps = [_space_after(t, nxt) for t, nxt in itertools.pairwise(ordered)] + [""]
    label = "".join(t.text + gap for t, gap in zip(ordered, gaps, strict=True))
    label = re.sub(r"\s+", " ", label).strip()
    label = label[:1].upper() + label[1:]
    start = ordered[0].idx
    end = ordered[-1].idx + len(ordered[-1].text)
    return Item(head, label, ctx.document.text[start:end], start, end)


def _in_phrase(sub: int, top: int, tables: ParseTables) -> bool:
    """Whether word ``sub`` hangs below word ``top`` through a prepositional phrase of its own (the words
    of "in seal products" after "trade" name the products, not the trade). Walked on the parse's
    tables: ``Token.head`` makes a new Token at every step."""
    heads, deps = tables.heads, tables.deps
    node = sub
    for _ in range(8):
        if node == top or heads[node] == node:
            return False
        if deps[node] == "prep":
            return True
        node = heads[node]
    return False


def _in_conjunct(sub: int, top: int, tables: ParseTables) -> bool:
    """Whether word ``sub``, below word ``top``, belongs to another member of a list ``top`` heads: a
    conjunct names a thing of its own, and its modifiers are no pieces of ``top``'s name."""
    heads, deps, pos = tables.heads, tables.deps, tables.pos
    while sub != top and heads[sub] != sub:
        if deps[sub] == "conj" and pos[sub] in ("NOUN", "PROPN"):
            return True
        sub = heads[sub]
    return False


def _whole_words(tokens: list[Token]) -> list[Token]:
    """The tokens of a label with the words the tokenizer split at a hyphen made whole again:
    "anti-corruption" is one word, not the items "Anti" and "corruption", and "Canada-India
    commission" keeps both names."""
    out = [t for t in tokens if t.text != "-" or tokens.index(t) not in (0, len(tokens) - 1)]
    if not out:
        return tokens
    doc = out[0].doc
    for _ in range(3):
        first = out[0]
        if first.i < 2 or not _glued(doc[first.i - 2], doc[first.i - 1]):
            break
        out = [doc[first.i - 2], doc[first.i - 1], *out]
    for _ in range(3):
        last = out[-1]
        if (
            last.whitespace_
            or last.i + 2 >= len(doc)
            or not _glued(doc[last.i + 2], doc[last.i + 1], after=True)
        ):
            break
        out = [*out, doc[last.i + 1], doc[last.i + 2]]
    return out


def _glued(word: Token, hyphen: Token, *, after: bool = False) -> bool:
    """Whether ``word`` is joined by ``hyphen`` to the label's edge with no space ("anti-", "-led")."""
    if hyphen.text != "-" or hyphen.whitespace_ or not word.is_alpha:
        return False
    return after or not word.whitespace_


def _space_after(t: Token, following: Token) -> str:
    """The text between two words of a label: their own spacing, a space where words were skipped."""
    if t.whitespace_ or following.i == t.i + 1:
        return str(t.whitespace_)
    return " "


#: Verbs whose subject is what changes ("foreign troops leave the region"): the item is the subject's
#: withdrawal, not the place left.
_LEAVING = {"leave", "withdraw", "quit", "depart", "retreat", "pull", "go", "exit"}


def is_leaving(verb: Token) -> bool:
    """A verb whose subject is what changes ("troops leave", "forces withdraw")."""
    return verb.lemma_.lower() in _LEAVING


def condition_items(ctx: DocContext, verb: Token) -> list[Item]:
    """The items a condition clause names ("until the fishing ban is lifted" → Lifting of fishing ban,
    "unless foreign troops leave" → Withdrawal of foreign troops), labelled by the verb's noun."""
    if is_leaving(verb):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        found = [i for c in subjects for i in items_of(ctx, c)]
        return [_nominalised(ctx, verb, "withdrawal", item) for item in found]
    return _items(ctx, verb, agenda_words(), _ABOUT, 0)


def subject_changed(ctx: DocContext, verb: Token, items: list[Item]) -> list[Item]:
    """ "under the deal, the rebel forces are to disarm", "the refugees will return": the subject of a
    verb of change with no object of its own is what changes, and the item is named by the change
    (Disarmament of rebel forces, Return of refugees), as "disarm the rebel forces" would name it."""
    acting = verb
    if verb.lemma_.lower() in ("be", "have"):  # "are to disarm", "have to withdraw"
        acting = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
    if any(c.dep_ in ("dobj", "nsubjpass") for c in acting.children):
        return items
    noun = agenda_words().noun_of(acting.lemma_.lower())
    return items if noun is None else [_nominalised(ctx, acting, noun, i) for i in items]


def object_changed(ctx: DocContext, verb: Token, items: list[Item]) -> list[Item]:
    """ "under the deal, the US will withdraw all forces", "the consulates will be reopened": the object
    of a verb of change in a clause an agreement or a side settles is named by the change (Withdrawal of
    forces, Reopening of consulates), as the object of "agreed to withdraw" is."""
    noun = agenda_words().noun_of(verb.lemma_.lower())
    return items if noun is None else [_nominalised(ctx, verb, noun, i) for i in items]


def _nominalised(ctx: DocContext, verb: Token, noun: str, item: Item) -> Item:
    """ "resume peace talks" → Resumption of peace talks (the verb's words stay the evidence)."""
    if item.label.lower().startswith(noun):
        return item
    label = f"{noun[:1].upper()}{noun[1:]} of {item.label[:1].lower()}{item.label[1:]}"
    # "lift the ban on X and the curbs on Y": a later member of the verb's list keeps its own words, so
    # that its phrase does not take in the members before it (and is not dropped as overlapping them)
    start = item.start if _later_member(item.head, verb) else min(verb.idx, item.start)
    return Item(item.head, label, ctx.document.text[start : item.end], start, item.end)


def _later_member(head: Token, verb: Token) -> bool:
    """Whether an item's head is a member after the first of a list the verb acts on ("lift X and Y"); not
    an apposition, which more often names the member before again ("hold a jirga, or assembly of X")."""
    return bool(head.dep_ == "conj" and head.i > verb.i and head.head.i >= verb.i)


def _plain(ctx: DocContext, tok: Token, mods: list[Token]) -> Item:
    return _make(ctx, [*mods, tok], tok)


def _deverbal(ctx: DocContext, tok: Token, words: AgendaWords) -> bool:
    """A noun of an act ("extradition", "settlement") whose "of" phrase says what it acts on; a noun
    in "-ing" only with "of" and an item there ("the repositioning of forces"; "the crossing on the
    border" is a place, "the wording of a statement" stays the wording)."""
    low = tok.lower_
    lemma = tok.lemma_.lower()
    if lemma in words.stop or lemma in words.generic or lemma in words.document or lemma in words.wrapper:
        return False
    if low.endswith("ing") and len(low) > 6:
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return obj is not None and _own_item(ctx, obj, words) is not None
    return low.endswith(_DEVERBAL) and _of_object(tok) is not None


def _entity_text(tok: Token) -> str:
    if not tok.ent_type_:
        return ""
    for ent in entities(tok.doc):
        if ent.start <= tok.i < ent.end:
            return str(ent.text)
    return ""


#: Nouns of a change in an amount, whose "in" phrase names what changes ("a cut in fishing quotas").
_AMOUNT_CHANGES = {"cut", "reduction", "increase", "rise", "hike", "decrease", "drop", "fall", "boost"}
#: Prepositions whose object is what a change acts on.
_ACTED_ON = ("of", "on", "from", "to", "for")


def _of_object(tok: Token) -> Token | None:
    """What a change acts on: its "of/on/from/to/for" object, through a part of it ("access to six of
    the ports": the ports); for a change in an amount, its "in" object too ("a cut in output")."""
    preps = (*_ACTED_ON, "in") if tok.lemma_.lower() in _AMOUNT_CHANGES else _ACTED_ON
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    return _whole_of(g) or g
    return None


#: Words that count a part of what their "of" phrase names ("some of the ports", "all of them").
_PARTS = {"some", "all", "most", "many", "part", "each", "any", "none", "several", "few", "both", "half"}


def _whole_of(part: Token) -> Token | None:
    """ "six of the ports", "some of the boats": the whole a number or a part is of, if any."""
    if not (part.like_num or part.ent_type_ == "CARDINAL" or part.lower_ in _PARTS):
        return None
    of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None


def _a_body_outside(ctx: DocContext, tok: Token) -> bool:
    """A named body that is no side of the talks nor one of their actors ("the Election Commission",
    "the World Bank"): a change done to it is an item, though the body alone is none."""
    return tok.ent_type_ == "ORG" and ctx.party_of(tok.text) is None and not _actor(ctx, tok)


def _a_side(ctx: DocContext, tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "ORG", "NORP") or _actor(ctx, tok)


def _a_side_or_person(ctx: DocContext, tok: Token) -> bool:
    """What a change may name by its side or person: "the recognition of Israel", "the extradition of
    Ana Ruiz" (a person is no item, the change done to them is)."""
    return _a_side(ctx, tok) or tok.ent_type_ == "PERSON"


def _name_of(tok: Token) -> list[Token]:
    """The words of the name ``tok`` ends ("South Korea", "the rebels" → rebels)."""
    if not tok.ent_type_:
        return [tok]
    for ent in entities(tok.doc):
        if ent.start <= tok.i < ent.end:
            return [t for t in ent if t.dep_ != "det" and not t.is_punct]
    return [tok]


def _possessor(tok: Token) -> Token | None:
    """The noun a process noun belongs to ("the inspectors' role"), standing for its "of" phrase."""
    return next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)


def _prep_to(tok: Token, obj: Token) -> list[Token]:
    """The preposition joining a change to its object, for the label ("access to ports"), also
    through a part of it ("access to six of the ports")."""
    if obj.head.head.i == tok.i:
        return [obj.head]
    part = obj.head.head  # "six" in "to six of the ports"
    return [part.head] if part.dep_ == "pobj" and part.head.head.i == tok.i else []


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


_FUNCTION_WORDS = {
    "of",
    "the",
    "a",
    "an",
    "and",
    "on",
    "for",
    "to",
    "in",
    "with",
    "between",
    "from",
    "its",
    "their",
}


@functools.lru_cache(maxsize=4096)
def words_of(label: str) -> frozenset[str]:
    """An item label's content words, synonyms folded to one word and plurals to the singular.

    Remembered per label (a frozenset, never changed by its readers): a report's items and their
    phrases are compared over and over (elaboration of a taxonomy item, fusion of a track's rounds),
    and the same labels come back in every report of a negotiation; each call otherwise tries every
    multi-word synonym and a regex on the label."""
    text = label.lower()
    synonyms = issue_synonyms()
    for phrase, pattern, canonical in _phrase_synonyms():
        if phrase in text:  # the pattern matches only where the phrase is
            text = pattern.sub(canonical, text)
    out = set()
    for w in re.findall(r"[a-z0-9_'-]+", text):
        if w in _FUNCTION_WORDS:
            continue
        w = synonyms.get(w, w)
        out.add(_singular(w))
    return frozenset(out)


@functools.cache
def _phrase_synonyms() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """The synonyms of more than one word, longest first, each with its pattern, compiled once."""
    synonyms = issue_synonyms()
    phrases = sorted((p for p in synonyms if " " in p or "-" in p), key=len, reverse=True)
    return tuple((p, re.compile(rf"\b{re.escape(p)}\b"), synonyms[p].replace(" ", "_")) for p in phrases)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
