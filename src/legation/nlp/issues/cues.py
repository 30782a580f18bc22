"""Status cues of a sentence: the words (``data/status_cues.yaml``) and phrases that say an item was
raised, proposed, discussed, agreed, signed and so on, and the uses of those words that are no cue (a
description, a side's standing position, a third party's call, a market's "demand")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from legation.lexicon import word_list
from legation.nlp.agenda import is_founding
from legation.nlp.context import DocContext, Span, Token, has_child, parse_tables, sentence_range
from legation.nlp.issues.grammar import (
    AMOUNTS,
    CONTENT_VERBS,
    FURTHERING,
    HOLDING,
    MEETING_CUES,
    MODALS,
    OCCASIONS,
    SETTLING,
    TOGETHER,
    WANT,
    Cue,
    a_draft,
    a_year,
    clause_verb,
    conditions,
    cue_lemmas,
    demanded,
    first_conjunct,
    holding_verb,
    is_document,
    is_negated,
    named_text_says,
    not_the_time,
    subject_of,
    unwanted,
)
from legation.nlp.lexicons import agenda_words, meeting_words, speech_cues, status_cues
from legation.nlp.prefilter import folded_pattern


def sentence_cues(ctx: DocContext, sent: Span) -> list[Cue]:
    """Status cues of a sentence: cue words, and phrase cues anchored on their first verb or noun."""
    out: list[Cue] = []
    taken: set[int] = set()
    text = ctx.text_of(sent)
    pos = ctx.pos
    cues = status_cues()
    lower_text = ctx.folded_of(sent)  # searched case-sensitively where it may be (faster), same places
    matches = [
        (m.start(), m.end(), cues[k].status)
        for k in ctx.patterns_in(_status_phrases(), sent)  # the cues whose words the sentence has
        for m in _finditer(cues[k].phrases, text, lower_text)
    ]
    for start, end, status in sorted(matches, key=lambda m: m[0] - m[1]):  # longest first
        toks = [ctx.tokens[i] for i in ctx.tokens_from(sent, sent.start_char + start, sent.start_char + end)]
        if not toks or any(t.i in taken for t in toks):
            continue
        # a main verb before an auxiliary ("an agreement was reached": reached), a noun only without one
        anchor = next((t for t in toks if pos[t.i] == "VERB"), None)
        anchor = anchor or next((t for t in toks if pos[t.i] in ("AUX", "NOUN")), toks[0])
        if pos[toks[-1].i] == "ADP" and toks[-1].head in toks:
            anchor = toks[-1].head  # "called for X", "voiced concern over X": what the preposition hangs on
        act = _readied(anchor, toks)
        if act is not None and is_negated(anchor):
            status = "rejected"  # "is not willing to discuss X": the side turns X down
        anchor = act or anchor
        if status != "excluded" and (_outsider(ctx, anchor) or _standing(clause_verb(anchor))):
            continue
        if _in_background(anchor):
            continue
        out.append(Cue(anchor, status))
        taken.update(t.i for t in toks)
    by_lemma = cue_lemmas()
    agreeing = {c.token.i for c in out if c.status == "agreed"}
    for t in _conditioned_verbs(ctx, sent, by_lemma):
        if conditions(t):
            out.append(Cue(t, "discussed"))  # "will not negotiate until X": X is the side's condition
            taken.add(t.i)
    for t in cue_candidates(ctx, sent, by_lemma):  # no other word is a cue
        if t.i not in taken and named_text_says(t):
            out.append(Cue(t, "agreed"))  # "The Free Trade Agreement covers X": what it settles
            continue
        if t.i in taken or t.pos_ not in ("VERB", "NOUN"):
            continue
        found = "raised" if demanded(t) else by_lemma.get(t.lemma_.lower())
        if (
            t.pos_ == "NOUN"
            and is_document(t)
            and _signing_of(ctx.heads, ctx.lowers, t.i)
            and _a_signing_held(t)
        ):
            found = "formalised"  # "witnessed the signing of three deals on X": X is signed, not only agreed
        if found is None and _draft_says(t):
            found = "proposed"  # "the revised draft would mandate X": what a draft says is put forward
        if found == "agreed" and t.pos_ == "VERB" and t.lemma_.lower() in _HANDLING:
            if _coping(t):
                continue  # "the government is dealing with floods at home": its trouble, not the talks'
            found = "discussed"  # "how to deal with X": X is handled, not a deal struck
        if found is None and _meeting_content(t):
            found = "discussed"  # "the talks will cover X", "the meeting tackled X"
        if found is None and _purpose_of_meeting(t):
            act = _act_aimed_at(t) or t
            if not _cue_below(ctx, act, by_lemma):
                # "the talks are aimed at securing X", "the visit aims to boost Y": the act it is for
                # takes X; "aimed at hammering out an agreement on X" is read by the agreement's cue
                out.append(Cue(act, "raised"))
            continue
        if found is None and unwanted(t):
            found = "rejected"  # "does not want to concede X": the side turns X down
        if found is None and _joint_decision(t):
            found = "agreed"  # "the summit decided to set up X", "both sides decided to X"
        if found is None and _asks_to_act(t):
            found = "raised"  # "asked the council to lift X", "pressed them to reopen X"
        if found is None and _pledged(ctx, t):
            found = "proposed"  # "China will provide loans", "said it would build X": an offer
        if found is None and _put_before_the_talks(t):
            found = "raised"  # "had put telecommunications and electricity supply on the table"
        if found is None and _left_open(t):
            found = "deferred"  # "left X unresolved", "leaving X for the legal teams to settle"
        if found is None or _not_a_cue(t):
            continue
        if found == "rejected" and _denies_a_charge(t):
            continue  # "rejected accusations that it violated the truce": a denial, the truce not turned down
        if found == "implemented" and _agreed_act(t, agreeing, by_lemma):
            continue  # "agreed to implement X", "agreement on implementing X": what is agreed, not done
        if _describes(t) or _describes(clause_verb(t)) or _outsider_asks(ctx, t) or _standing(clause_verb(t)):
            continue
        if _in_background(t):
            continue  # "the first country to sign a peace treaty", "the accord signed in 1993": a description
        if _of_an_earlier_text(t):
            continue  # "X was agreed under an earlier resolution": settled before the talks reported
        if _what_a_founded_thing_is_for(t):
            continue  # "set up a monitoring centre to deal with X": the centre is the item, X its purpose
        if _in_doubt(t):
            continue  # "raised questions as to whether they can fulfil commitments": a doubt, no status
        if t.pos_ == "NOUN" and any(a_year(c) for c in t.lefts):
            continue  # "the 1953 armistice agreement": a document of the past, not an agreement reached
            # ("a year-old proposal" is still on the table)
        if t.pos_ == "NOUN" and t.lemma_.lower() in MEETING_CUES and holding_verb(t) is None:
            continue  # "the second round of talks on X" names the talks; "held talks on X" reports them
        if t.pos_ == "NOUN" and t.lemma_.lower() in MEETING_CUES and _not_yet(holding_verb(t) or t.head):
            found = "raised"  # "to allow negotiations on X to begin": X is on the table, not discussed
        if t.pos_ == "NOUN" and found in ("proposed", "raised") and (_answered(t) or _dated_before(t)):
            found = "discussed"  # "the answer to a year-old proposal": on the table, not put there now
        elif t.pos_ == "NOUN" and found in SETTLING and _followed_by_a_meeting(t):
            found = "discussed"  # "after an agreement to form X, a committee held its first meeting"
        elif found == "agreed" and _one_sides_will(ctx, t):
            found = "raised"  # "Canada's commitment to X is firm": one side's stance, no agreement
        out.append(Cue(t, found))
    return out


@functools.cache
def _status_phrases() -> tuple[re.Pattern[str] | None, ...]:
    """The status cues' phrase patterns, in the cues' order: one sequence for
    :meth:`~legation.nlp.context.DocContext.patterns_in` to keep its table by."""
    return tuple(cue.phrases for cue in status_cues())


def _finditer(pattern: re.Pattern[str] | None, text: str, folded: str | None) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` (none for no pattern), found in the folded text (``fold(text)``,
    where not None) by :func:`~legation.nlp.prefilter.folded_pattern` where the pattern has one: the
    same places, found faster."""
    if pattern is None:
        return iter(())
    lower = folded_pattern(pattern) if folded is not None else None
    return lower.finditer(folded) if lower is not None and folded is not None else pattern.finditer(text)


#: Nouns of a will to do a thing, which said of one side tell its stance, not an agreement.
_WILL_NOUNS = {"commitment", "pledge"}

#: Possessive pronouns of one side ("its commitment"); "their" may be the sides together.
_ONE_OWNER = {"its", "his", "her"}


def _one_sides_will(ctx: DocContext, noun: Token) -> bool:
    """ "Canada's commitment to cutting X", "its pledge to cut X": a will owned by one side is where
    that side stands (as "reiterated its commitment to X" raises X); "their commitment", "the
    commitment of both sides" are the sides' together."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _WILL_NOUNS:
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return False
    if owner.pos_ == "PRON":
        return owner.lower_ in _ONE_OWNER
    if any(c.dep_ == "conj" for c in owner.children):
        return False  # "India and Japan's commitment": both sides
    return owner.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or ctx.party_of(owner.text) is not None


def _what_a_founded_thing_is_for(verb: Token) -> bool:
    """ "decided to set up a monitoring centre to deal with X": an infinitive of purpose on a verb
    founding a thing tells what the thing is for; what the sides settle is the founding. ("met to
    discuss X" is no founding: X is what the meeting was about.)"""
    if verb.dep_ != "advcl" or not has_child(verb, ("aux",), ("to",)):
        return False
    founder = verb.head
    return is_founding(founder) and any(c.dep_ in ("dobj", "nsubjpass") for c in founder.children)


def _draft_says(noun: Token) -> bool:
    """ "The revised draft would mandate X", "the draft text bars X": a draft (no cue word itself) as the
    subject of a verb saying what it settles."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if noun.lemma_.lower() != "draft" and not (is_document(noun) and a_draft(noun)):
        return False
    return noun.head.lemma_.lower() in CONTENT_VERBS


def _conditioned_verbs(ctx: DocContext, sent: Span, by_lemma: dict[str, str]) -> list[Token]:
    """The verbs of a sentence that are no cue word and have an adverbial clause (which
    :func:`conditions` looks for among their children), found in the document's tables."""
    pos, lemmas, deps, kids, tokens = ctx.pos, ctx.lemmas, ctx.deps, ctx.kids, ctx.tokens
    return [
        tokens[i]
        for i in range(sent.start, sent.end)
        if pos[i] == "VERB" and lemmas[i] not in by_lemma and any(deps[c] == "advcl" for c in kids[i])
    ]


def cue_candidates(ctx: DocContext, sent: Span, by_lemma: dict[str, str]) -> list[Token]:
    """The words of a sentence that may be cues (:func:`sentence_cues`), found in the document's tables
    by what each test of a cue asks first: a cue word's lemma, a verb of one of the lists the tests
    read, a verb reported as said (``ccomp``, :func:`demanded`), or a document's title
    (:func:`named_text_says`). Only these are made into Tokens and have their parse read; every other
    word fails all the tests, so no cue is lost."""
    pos, lowers, lemmas, deps, tokens = ctx.pos, ctx.lowers, ctx.lemmas, ctx.deps, ctx.tokens
    documents, verbs = agenda_words().document, _cue_verbs()
    out = []
    for i in range(sent.start, sent.end):
        tag = pos[i]
        if tag == "PROPN":
            maybe = lowers[i] in documents
        elif tag == "NOUN":
            # a cue word, or a document as a subject (:func:`_draft_says`)
            maybe = lemmas[i] in by_lemma or (lemmas[i] in documents and deps[i] in ("nsubj", "nsubjpass"))
            # a document whose signing the sentence reports (:func:`_signing_of`)
            maybe = maybe or (
                lemmas[i] in documents and deps[i] == "pobj" and _signing_of(ctx.heads, lowers, i)
            )
        elif tag == "VERB":
            maybe = lemmas[i] in by_lemma or lemmas[i] in verbs or deps[i] == "ccomp"
        else:
            maybe = False
        if maybe:
            out.append(tokens[i])
    return out


def _readied(anchor: Token, toks: list[Token]) -> Token | None:
    """ "is ready to expand X", "stands ready to resume X": a phrase of a side's readiness has no verb
    of its own to take X, so the cue is the infinitive its adjective takes, whose object X is (None
    when the phrase is no such one). Only an act done to a thing the sides can settle counts (to
    further it, give it, or change it: "resume", "release"); "must be ready to face an aggressive
    regime" names a threat, no item."""
    words = agenda_words()
    for adj in (c for c in anchor.children if c.dep_ == "acomp" and c in toks):
        act = next((c for c in adj.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if act is None:
            continue
        lemma = act.lemma_.lower()
        if lemma in FURTHERING or lemma in words.pledge or words.noun_of(lemma) is not None:
            return act
    return None


#: Nouns of the act of signing a text, whose "of" or "for" phrase names the text signed.
_SIGNING = {"signing", "signature"}


def _signing_of(heads: list[int], lowers: list[str], i: int) -> bool:
    """Whether the document at ``i`` is what a signing is of ("witnessed the signing of an accord on X",
    "a signing ceremony for the deal"): the report tells of the text signed, so what it is on is
    formalised, as by "signed an accord on X"; a verb over the signing still says more ("the signing
    was postponed")."""
    prep = heads[i]
    if lowers[prep] not in ("of", "for") or heads[prep] == prep:
        return False
    noun = heads[prep]
    return lowers[noun] in _SIGNING or (
        lowers[noun] == "ceremony" and noun > 0 and lowers[noun - 1] in _SIGNING
    )


#: Verbs whose object is a signing that took place ("witnessed the signing of X"), and the
#: prepositions of a time or place next to one ("after the signing of X", "at the signing ceremony").
_SIGNING_SEEN = {"witness", "attend", "oversee", "preside", "mark", "follow", "complete", "conclude"}
_BESIDE_A_SIGNING = {"at", "after", "during", "following", "with", "over"}


def _a_signing_held(document: Token) -> bool:
    """Whether the signing a document is "of" is told as done: seen or attended ("witnessed the
    signing of"), the time or place of something else ("after the signing of"), or the subject of its
    clause ("the signing of X followed the talks"; a verb over it, "was postponed", still says more).
    A signing hoped for, prepared or agreed on ("paved the way for the signing of", "agreed on the
    signing of") is not one yet."""
    noun = document.head.head  # the signing, or the ceremony of one
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in _SIGNING_SEEN
    return noun.dep_ == "pobj" and noun.head.lower_ in _BESIDE_A_SIGNING


@functools.cache
def _cue_verbs() -> frozenset[str]:
    """The lemmas of the verbs the cue tests read beside the cue words: of a meeting's content
    (:func:`_meeting_content`), not wanting (:func:`unwanted`), deciding (:func:`_joint_decision`),
    asking (:func:`_asks_to_act`) and pledging (:func:`_pledged`)."""
    return frozenset(
        {
            *_CONTENT_OF_MEETINGS,
            *_PURPOSE,
            *WANT,
            *_DECIDING,
            *_ASKING,
            *agenda_words().pledge,
            *_PUTTING,
            *_LEAVING,
        }
    )


#: Verbs by which the talks leave a thing for later, and the words that say it is left unsettled.
_LEAVING = {"leave"}
_UNSETTLED = {"open", "unresolved", "undecided", "unsettled", "pending", "unanswered", "aside"}
#: Nouns of a later meeting a thing is left for ("left X for the next round").
_LATER = {"later", "future", "round", "stage", "session", "meeting", "talks", "date"}
#: Objects of "leave" that are idioms, not agenda items ("left the door open").
_IDIOMS = {"door", "option", "possibility", "room", "window", "way"}


def _left_open(verb: Token) -> bool:
    """ "left X unresolved", "left X for the next round", "leaving X for the legal teams to resolve": a
    thing the talks leave unsettled is put off, however the parser hangs the word that says so."""
    if verb.lemma_.lower() not in _LEAVING or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(o.lemma_.lower() in _IDIOMS for o in objects):
        return False
    after = [t for t in verb.subtree if t.i > objects[0].i]
    if any(t.lower_ in _UNSETTLED and t.pos_ in ("ADJ", "ADV") for t in after):
        return True  # "left X unresolved", "left the question of X open"
    for t in after:
        if t.lower_ != "for":
            continue
        if t.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in _LATER for g in t.children):
            return True  # "left X for the next round"
        if t.dep_ == "mark" and any(g.dep_ == "aux" and g.lower_ == "to" for g in t.head.children):
            return True  # "leaving X for the legal teams to resolve"
    return False


#: Verbs by which a side lays a thing before the talks, and where it lays it ("put X on the table").
_PUTTING = {"put", "place", "lay"}
_BEFORE_THE_TALKS = {"table", "agenda"}


def _put_before_the_talks(verb: Token) -> bool:
    """ "Belgrade had put telecommunications and electricity supply on the table": what a side puts on
    the table or the agenda it raises, however long the object between the verb and the place (the
    phrase cue reads only a short one)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PUTTING:
        return False
    # the parser hangs "on the table" on the verb or on the object's last noun ("put the question of
    # X on the agenda")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    places = [*verb.children, *(t for o in objects for t in o.subtree)]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.lemma_.lower() in _BEFORE_THE_TALKS for g in c.children)
        for c in places
    )


#: Verbs of asking a side to act (not of making it act: "sanctions force X to withdraw").
_ASKING = {"ask", "press", "call", "push", "encourage", "persuade", "request", "pressure"}


def _asks_to_act(verb: Token) -> bool:
    """ "asked the council to lift X", "pressed India to reopen X", "called on them to end X": a verb of
    asking with an infinitive says what a side asks for, though alone ("asked about X", "asked not to
    be named" of a source) it is no cue."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ASKING or verb.dep_ == "relcl":
        return False  # "the minister, who had asked X to do Y": a description of the minister
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "being asked to help": who asks is not said
    return any(
        c.dep_ in ("xcomp", "ccomp")
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ == "neg" for a in c.children)
        for c in verb.children
    )


#: Auxiliaries by which a side says what it will do (not what it may, could or should do).
_WILL = {"will", "would", "'ll", "shall"}


def _pledged(ctx: DocContext, verb: Token) -> bool:
    """ "China will provide loans and establish a fund", "said it would build X": a verb of giving or
    setting up (``pledge`` in ``agenda.yaml``) that a side says it will do is its offer. Not negated,
    not a meeting's doing ("the talks will open X"), nor a description ("a plant that will supply X")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in agenda_words().pledge:
        return False
    first = first_conjunct(verb)  # "will provide X and establish Y": the auxiliary is the first verb's
    if first.dep_ in ("relcl", "acl", "advcl") or any(
        c.dep_ == "neg" for c in (*verb.children, *first.children)
    ):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in first.children):
        return False
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if subject.pos_ == "PRON":
        # "China said it would provide X": the pronoun stands for the side that says so
        said = first.head
        if first.dep_ != "ccomp" or said.lemma_.lower() not in speech_cues().lemmas:
            return False
        subject = next((c for c in said.children if c.dep_ == "nsubj"), subject)
    return _a_side_or_person(ctx, subject)


def _a_side_or_person(ctx: DocContext, subject: Token) -> bool:
    """Whether a subject is a side, a person or a body that can give ("China", "the EU", "Premier
    Wen", "the government"), not a text or an act ("the agreement will provide X")."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("we", "i")
    documents = agenda_words().document
    if subject.lemma_.lower() in documents or subject.lower_ in documents:
        return False  # "the Action Plan will provide X": what a text provides, not an offer
    if ctx.party_of(" ".join(t.text for t in subject.subtree)) is not None:
        return True
    if subject.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
        return True
    return subject.lemma_.lower() in TOGETHER


def _agreed_act(verb: Token, agreeing: set[int], by_lemma: dict[str, str]) -> bool:
    """A verb of doing in the infinitive or gerund under an agreement ("agreed to implement X",
    "reached agreement on implementing X; and establishing Y"): the act is what the sides agreed to do,
    so the agreement's cue, not the verb, gives the item its status."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VB", "VBG"):
        return False
    node = verb
    for _ in range(4):
        if node.dep_ not in ("xcomp", "pcomp", "prep", "advcl", "conj", "acl") or node.head.i == node.i:
            return False
        node = node.head
        if node.i in agreeing or by_lemma.get(node.lemma_.lower()) == "agreed":
            return True
    return False


#: Agreement lemmas that, as verbs, say an item is handled, not agreed ("deal with X").
_HANDLING = {"deal"}


def _coping(verb: Token) -> bool:
    """ "Sudan is dealing with floods", "the government is also dealing with insecurity": a side busy
    with a trouble of its own tells what it copes with, not what the talks handle. A verb of handling
    in the progressive with a subject that is neither a meeting nor a text ("the talks are dealing with
    X", "the agreement deals with X") is that; "how to deal with X" and "agreed to deal with X" are not
    (no subject of their own)."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return False
    nouns = meeting_words().nouns | agenda_words().document
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() not in nouns and c.lower_ not in nouns for c in verb.children
    )


#: Verbs whose object is what a meeting is about when a meeting is their subject ("the talks will
#: cover X", "the summit tackled X", "the discussions would include X").
_CONTENT_OF_MEETINGS = {"cover", "tackle", "include", "address", "examine", "consider"}


def _meeting_content(t: Token) -> bool:
    """A verb that tells what a meeting is about: one of :data:`_CONTENT_OF_MEETINGS` with a meeting
    noun (or the agenda) for subject."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _CONTENT_OF_MEETINGS:
        return False
    nouns = meeting_words().nouns
    return any(
        c.dep_ == "nsubj" and (c.lower_ in nouns or c.lemma_.lower() in nouns or c.lemma_.lower() == "agenda")
        for c in t.children
    )


#: Verbs that say what a meeting or a visit is for (``statement_lists.yaml``, ``purpose``).
_PURPOSE = word_list("statement_lists.yaml", "purpose")
#: Nouns of a visit, which has a purpose as talks do ("his visit is aimed at X").
_TRIPS = word_list("statement_lists.yaml", "trips")


def _purpose_of_meeting(t: Token) -> bool:
    """ "the talks are aimed at securing X", "his visit aims to boost Y", "talks designed to end Z": what
    a meeting or a visit is for is on its table (raised: put there, not yet discussed). Only a meeting's
    or a visit's purpose counts: "missiles aimed at X", "a reform meant to cut Y" set no agenda."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _PURPOSE or is_negated(t):
        return False  # "the visits are not aimed at X": a purpose denied sets nothing on the table
    holders = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    if t.dep_ == "acl":
        holders.append(t.head)  # "talks aimed at X": the participle describes the meeting noun
    nouns = meeting_words().nouns
    return any(h.lower_ in nouns or h.lemma_.lower() in nouns or h.lemma_.lower() in _TRIPS for h in holders)


def _cue_below(ctx: DocContext, act: Token, by_lemma: dict[str, str]) -> bool:
    """Whether a cue word stands in the phrase of ``act`` (itself included)."""
    lemmas = ctx.lemmas
    return any(lemmas[i] in by_lemma for i in range(act.left_edge.i, act.right_edge.i + 1))


def _act_aimed_at(verb: Token) -> Token | None:
    """The act a verb of purpose names ("aimed at securing X": securing; "aims to boost Y": boost), whose
    object is what the meeting is for; None when it names a thing, not an act ("aimed at a truce")."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            return c
        if c.dep_ == "prep" and c.lower_ in ("at", "toward", "towards"):
            act = next((g for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
            if act is not None:
                return act
    return None


#: Nouns of a charge or a rumour, whose rejection is a denial (``statement_lists.yaml``).
_CHARGES = word_list("statement_lists.yaml", "charges")
#: Nouns of an assertion, a charge when a "that" clause says what is asserted ("claims that X").
_ASSERTIONS = word_list("statement_lists.yaml", "assertions")


def _denies_a_charge(verb: Token) -> bool:
    """ "rejected accusations that its troops broke the truce", "dismissed allegations of ceasefire
    violations", "rejected claims that it had laid mines": a side denying a charge or a report turns
    down no agenda item (what the charge names is no stance of the talks), though "rejected the claim
    to the islands" or "rejected the proposal for a truce" do turn one down."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        lemma = c.lemma_.lower()
        if lemma in _CHARGES:
            return True
        if lemma in _ASSERTIONS and any(
            g.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
            for g in c.children
        ):
            return True
    return False


#: Cue lemmas that are no cue as nouns ("a sign of progress" is not a signature).
_VERB_ONLY = {
    "sign", "initial", "address", "settle", "raise", "insist", "oppose", "commit", "table", "submit",
}  # fmt: skip


def _not_a_cue(t: Token) -> bool:
    """A cue word used otherwise: "according to the report", "a sign of", "the signed treaty" (a
    description of the noun, not news of its signing), "the agreed plan"."""
    if t.lower_ == "according" or (t.pos_ == "NOUN" and t.lemma_.lower() in _VERB_ONLY):
        return True
    if t.pos_ == "NOUN" and _market_demand(t):
        return True
    if t.pos_ != "VERB":
        return False
    if t.dep_ == "amod":
        return True
    if t.lemma_.lower() == "adopt" and not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in agenda_words().document for c in t.children
    ):
        return True  # "adopted a declaration" settles it; "adopt an approach" is no agreement
    if t.lemma_.lower() == "recommend" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in t.children):
        return True  # "it will recommend X": a report or panel recommends; a side proposes
    if t.lemma_.lower() == "seek" and not any(c.dep_ == "dobj" or _seeks_a_change(c) for c in t.children):
        return True  # "will seek to overcome divisions": an aim, not a thing asked of the other side
    if t.lemma_.lower() == "raise" and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _RAISED_MOODS or _doubts(c))
        for c in t.children
    ):
        return True  # "raised doubts about whether troops will go": a mood stirred, no item put forward
    if t.lemma_.lower() == "raise" and _raised_by_an_amount(t):
        return True  # "will raise purchases of rice by 75%": an increase, no item put on the table
    # "honouring signed peace deals": a bare participle before its own object describes it
    if t.tag_ not in ("VBN", "VBD") or t.dep_ == "conj" or t.i == sentence_range(t)[0]:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
        return False
    after_a_verb = t.nbor(-1).pos_ in ("VERB", "ADP", "DET", "ADJ")  # "honouring signed deals"
    return after_a_verb and any(c.dep_ == "dobj" and c.left_edge.i == t.i + 1 for c in t.children)


def _raised_by_an_amount(verb: Token) -> bool:
    """ "raise purchases of rice by 75%", "raise defence spending to 3.5% of output": "raise" with the
    amount it goes up by or to means increase, not bring up (a "by" of an amount, or a "to" of one)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "to")):
        if any(g.dep_ == "pobj" and g.ent_type_ in AMOUNTS for g in prep.children):
            return True
    return False


def _seeks_a_change(child: Token) -> bool:
    """ "is seeking to reduce tariffs", "sought to lift the ban": the infinitive of a verb of change on
    a thing (a ``nominal`` verb of ``agenda.yaml``) is a change a side asks for, as "sought a reduction
    of tariffs" is; not a change of the side's own ("is seeking to extend its programme") nor the end
    of a fight ("the mediators sought to end the conflict"), aims."""
    words = agenda_words()
    if child.dep_ != "xcomp" or words.noun_of(child.lemma_.lower()) is None:
        return False
    aims = words.placed | words.stop
    return any(
        c.dep_ == "dobj" and not has_child(c, ("poss",)) and c.lemma_.lower() not in aims
        for c in child.children
    )


#: Verbs of an amount that changes, and nouns of an amount told ("demand will grow", "its estimate
#: for demand"): said of "demand", the market's, not a side's.
_AMOUNT_CHANGES = {
    "increase", "grow", "rise", "fall", "decline", "drop", "slow", "soften", "weaken", "strengthen",
    "outstrip", "exceed", "surge", "slump", "recover", "rebound", "shrink", "expand", "outpace", "pick",
}  # fmt: skip

_AMOUNTS_TOLD = {
    "estimate", "forecast", "projection", "outlook", "growth", "increase", "rise", "fall", "drop",
    "decline", "level", "figure", "slowdown", "surge", "slump", "share", "rate",
}  # fmt: skip

_MARKETS = {"world", "global", "domestic", "consumer", "market", "energy", "oil", "gas", "fuel"}


def _market_demand(noun: Token) -> bool:
    """ "world demand for oil will increase", "lowered its estimate for demand", "oil demand": the
    market's demand for a good, which is no side's demand of the other."""
    if noun.lemma_.lower() != "demand":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _MARKETS for c in noun.children):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _AMOUNT_CHANGES:
        return True
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and prep.head.lemma_.lower() in _AMOUNTS_TOLD


#: Objects of "raise" that are a mood, a stake or an amount, not an item put on the table ("raised
#: hopes of X", "raised funds", "raised prices").
_RAISED_MOODS = {
    "doubt", "fear", "hope", "eyebrow", "stake", "spectre", "specter", "prospect", "alarm", "tension",
    "expectation", "suspicion", "speculation", "temperature", "pressure", "voice", "level", "profile",
    "fund", "money", "capital", "cash", "price", "tax", "rate", "wage", "salary", "output", "production",
    # things lifted up, and charges made against someone ("the flags were raised", "raised accusations
    # that X mistreated Y"): nothing put on the table
    "flag", "banner", "glass", "toast", "hand", "arm", "fist", "accusation", "allegation", "charge",
}  # fmt: skip

#: Nouns of doubt whose "whether" clause says what is doubted ("questions as to whether X will sign").
_DOUBTING = {"question", "doubt", "uncertainty", "speculation", "suspicion"}


def _doubts(noun: Token) -> bool:
    """ "raised questions about X": questions in the bare plural are doubts stirred, while "raised the
    question of X" puts X on the table."""
    return (
        noun.lemma_.lower() == "question"
        and noun.tag_ == "NNS"
        and not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those", "two", "both") for c in noun.children
        )
    )


def _in_doubt(cue: Token) -> bool:
    """Whether a cue is in a "whether" clause of doubt: "raised questions as to whether the consortium
    can fulfil its commitments", "doubts about whether they will agree" ask whether a thing will be
    done, and report no status of it."""
    node = clause_verb(cue)
    for _ in range(6):
        if has_child(node, ("mark",), ("whether", "if")):
            break
        if node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    governor = node.head
    while governor.pos_ == "ADP" and governor.head.i != governor.i:
        governor = governor.head  # "questions as to whether": through the prepositions
    if governor.lemma_.lower() in _DOUBTING:
        return True
    return governor.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DOUBTING for c in governor.children
    )


#: Nouns and verbs of answering: what they answer was on the table before ("a reply to the offer").
_ANSWERS = {"answer", "response", "reply", "respond", "reaction", "react", "counter", "counterproposal"}


def _answered(noun: Token) -> bool:
    """ "a response to a proposal to begin talks": a proposal being answered was made before."""
    prep = noun.head
    return prep.lower_ == "to" and prep.dep_ == "prep" and prep.head.lemma_.lower() in _ANSWERS


def _dated_before(noun: Token) -> bool:
    """ "a year-old proposal", "the March offer": a proposal dated by when it was made."""
    return any(c.ent_type_ == "DATE" for c in noun.lefts)


def _followed_by_a_meeting(noun: Token) -> bool:
    """ "After an agreement to form X, a committee held its first meeting": the agreement came before
    the meeting the sentence reports, which worked on X."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "following", "since"):
        return False
    verb = prep.head
    return verb.lemma_.lower() in ("meet", *HOLDING) and verb.lemma_.lower() not in cue_lemmas()


#: Adverbs by which a perfect tense tells a standing position ("has consistently rejected X").
_STANDING = {"long", "always", "consistently", "persistently", "steadfastly", "staunchly", "invariably"}


def _not_yet(verb: Token) -> bool:
    """ "for negotiations on X to begin", "talks on X will start": a holding verb of talks still to come."""
    return has_child(verb, ("aux",), ("to", *MODALS))


def _standing(verb: Token) -> bool:
    """ "have long expressed concern about X", "has always opposed X": a side's standing position, which
    is background to a report, not news of the round it reports."""
    return has_child(verb, ("advmod",), _STANDING) and has_child(verb, ("aux",), lemmas=("have",))


def _in_background(t: Token) -> bool:
    """A cue deep in a relative clause describing something other than an agreement, the talks or the
    visit they were held on: "at a time when he is facing a power struggle, which boiled over after the
    president called for early elections" tells what led here, not what the talks put on the table;
    "a visit during which he secured a deal" tells what the visit settled."""
    tables = parse_tables(t.doc)  # a walk up the heads' table: no Token made for the words passed
    heads, deps = tables.heads, tables.deps
    at = t.i
    depth = 0
    while heads[at] != at and depth < 12:
        if deps[at] == "relcl" and at != t.i:
            head = tables.tokens[heads[at]]
            names = {head.lemma_.lower(), head.lower_}
            kept = agenda_words().document | meeting_words().nouns | MEETING_CUES | OCCASIONS
            return not (names & kept or head.pos_ == "PRON")
        at = heads[at]
        depth += 1
    return False


#: Words by which a text is one of the past ("an earlier resolution", "the previous accord").
_EARLIER = {"earlier", "previous", "prior", "past", "former"}


def _an_earlier_text(noun: Token) -> bool:
    return is_document(noun) and has_child(noun, ("amod",), _EARLIER)


def _of_an_earlier_text(t: Token) -> bool:
    """ "the earlier agreement on X", "X was agreed under a previous resolution": what a text of the
    past settled was settled before the talks the report tells of, at no round it names."""
    if _an_earlier_text(t):
        return True
    verb = clause_verb(t)
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("under", "by", "in")
        and any(_an_earlier_text(g) for g in c.children)
        for c in verb.children
    )


def _describes(t: Token) -> bool:
    """A cue inside a description of a noun: "the first country to sign a treaty", "the accord signed
    in 1993", "Egypt, which signed a treaty with Israel"."""
    if t.dep_ == "acl":
        return True
    if t.dep_ == "relcl" and not_the_time(t):
        return False  # "it is not the time to discuss X": X kept off the table, no description
    if t.dep_ == "relcl":
        return (
            t.head.dep_ == "appos"
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            or _a_persons_stance(t)
        )
    return False


def _a_persons_stance(verb: Token) -> bool:
    """ "a meeting with Smith, who opposes closer ties": a relative clause in the present on a person
    says where that person stands, not what was put on the table."""
    person = verb.head
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return bool(person.ent_type_ == "PERSON" or (person.pos_ == "PROPN" and person.ent_type_ == ""))


def _outsider_asks(ctx: DocContext, cue: Token) -> bool:
    """Whether a third party gives the cue (:func:`_outsider`); a demand said as speech ("X should be
    settled by a court, the minister said") is the speaker's, whoever it asks to act."""
    return _outsider(ctx, cue.head if demanded(cue) else cue)


def _outsider(ctx: DocContext, cue: Token) -> bool:
    """Whether the cue's subject is a third party ("the Security Council urged", "analysts discussed")."""
    subject = subject_of(cue)
    if subject is None or subject.lemma_.lower() not in agenda_words().outsider:
        return False
    return not ctx.parties_in(" ".join(t.text for t in subject.subtree))


#: Verbs of deciding, and of directing officials to act ("the two leaders directed their ministers to
#: resume talks"): a decision of the sides together is an agreement, one side's is not.
_DECIDING = {"decide", "resolve", "direct", "instruct", "task", "mandate"}


def _joint_decision(verb: Token) -> bool:
    """ "the summit decided to set up X", "both sides decided to X": a decision taken together, which
    agrees X; "the government has decided to offer X" is one side's and agrees nothing."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DECIDING:
        return False
    # "the ministers met in Oslo and decided to X": a verb joined to another has its subject
    doer = verb if any(c.dep_ == "nsubj" for c in verb.children) else first_conjunct(verb)
    subject = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in meeting_words().nouns:
        return True  # "the summit decided"
    if any(c.dep_ == "conj" for c in subject.children):
        return True  # "India and Canada decided"
    return lemma in TOGETHER and subject.tag_ == "NNS"
