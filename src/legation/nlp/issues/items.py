"""Open-vocabulary items: what a cue word is about (its object, its "on/about/over" phrase, its
passive subject, the clause an agreement says it provides), what is declared off the agenda, and which
of them only elaborate on an item a taxonomy named in the same sentence."""

from __future__ import annotations

from legation.nlp.agenda import (
    Item,
    compound_items,
    condition_items,
    content_clause,
    departure,
    is_stranded_member,
    items_of,
    list_member_on_verb,
    misplaced_about,
    object_changed,
    stray_object,
    subject_changed,
    words_of,
)
from legation.nlp.context import DocContext, Span, Token
from legation.nlp.issues.grammar import (
    ABOUT_TALKS,
    AMOUNTS,
    CONTENT_VERBS,
    MEETING_CUES,
    MODALS,
    SETTLING,
    Cue,
    NamedItem,
    a_draft,
    addressee,
    any_document,
    clause_verb,
    conditions,
    demanded,
    holding_verb,
    is_document,
    is_negated,
    named_item,
    titled_text,
)
from legation.nlp.issues.reading import governing_cue, read_cue, set_against
from legation.nlp.lexicons import agenda_words, meeting_words


def open_items(ctx: DocContext, sent: Span, cues: list[Cue]) -> list[NamedItem]:
    """Items outside the taxonomies: objects of negotiating words, or declared off the agenda."""
    out: list[NamedItem] = []
    for cue in cues:
        if cue.status == "excluded":
            out += _excluded(ctx, sent, cue)
            continue
        for item in _objects(ctx, cue):
            if _carried_out_by_a_titled_text(item.head):
                continue  # "endorsed the Oslo Action Plan to implement the Lima Roadmap": one item, the plan
            status, governing = governing_cue(item.head, cues)
            if governing is None and _negated_below(item.head, cue.token):
                continue  # "urged them not to withdraw the troops": no withdrawal is asked for
            if governing is None and _asked(item.head, cue.token):
                continue  # "urged the region to expand X": whom a side urges is not what it raises
            if governing is None:
                status, governing = read_cue(cue, []), cue.token
                settled = not is_negated(cue.token) and not a_draft(cue.token) and not any_document(cue.token)
                if is_document(cue.token) and settled:
                    status = cue.status  # "under the deal, X will ...": what the deal says, not a hope
            if status is None:
                continue
            out.append(named_item(item, status, governing))
        if (
            cue.status in ("proposed", "raised", "agreed")
            and cue.token.pos_ == "VERB"
            and not is_negated(cue.token)
        ):
            out += [named_item(item, "deferred", cue.token) for item in _put_after(ctx, cue.token)]
    return out


#: Verbs by which a text is made to carry out another ("an action plan to implement the roadmap").
_CARRYING_OUT = {"implement", "realise", "realize", "execute", "enact"}


#: Verbs by which a text binds its sides to what their "to" phrase names ("commits the sides to X").
_BINDING = {"commit", "bind"}


def _clause_under(text: Token) -> Token | None:
    """The verb of the clause a text's phrase says the content of: "under the deal, X will ...",
    "according to the agreement, X will ...", or None."""
    if text.dep_ != "pobj":
        return None
    prep = text.head
    host = prep.head if prep.lower_ == "under" else None
    if prep.lower_ == "to" and prep.head.lower_ == "according":
        host = prep.head.head
    return host if host is not None and host.pos_ in ("VERB", "AUX") else None


def _carried_out_by_a_titled_text(head: Token) -> bool:
    """Whether ``head`` is a titled text that another titled text is made to carry out ("endorsed the
    Oslo Action Plan to implement the Lima Roadmap"): the plan is the item the sides settle, and the
    roadmap it serves is what it is for, not a second item of theirs (the parser hangs the infinitive on
    the plan or on the verb whose object the plan is)."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in _CARRYING_OUT or not titled_text(head):
        return False
    if verb.dep_ == "acl":
        return titled_text(verb.head)
    if verb.dep_ not in ("xcomp", "advcl"):
        return False
    return any(c.dep_ == "dobj" and c.i < verb.i and titled_text(c) for c in verb.head.children)


def _asked(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is whom a verb of asking asks: its object ("urged the region to X") or the object
    of its "on" ("called on the member states to X")."""
    if tok.head.i == verb.i:
        return addressee(tok, verb)
    prep = tok.head
    return prep.head.i == verb.i and prep.lower_ == "on" and addressee(prep, verb)


def _negated_below(tok: Token, cue: Token) -> bool:
    """Whether a word between an item and the cue above it is negated ("urged X not to withdraw Y")."""
    node = tok
    for _ in range(12):
        if node.i == cue.i or node.head.i == node.i:
            return False
        if any(c.dep_ == "neg" for c in node.children):
            return True
        node = node.head
    return False


def _put_after(ctx: DocContext, verb: Token) -> list[Item]:
    """ "proposed more rounds of three-way talks before beginning the four-way talks": what a side wants
    done only after something else is deferred."""
    clause = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    out: list[Item] = []
    for v in clause:
        for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ in ("before", "until")):
            for act in (g for g in prep.children if g.dep_ == "pcomp" and g.pos_ == "VERB"):
                out += [i for c in act.children if c.dep_ == "dobj" for i in items_of(ctx, c)]
    return out


def _objects(ctx: DocContext, cue: Cue) -> list[Item]:
    """What a cue word is about: its object, its "on/about/over" phrase, its passive subject.

    A raising or agreeing verb also takes the subjects and objects of its "that" clause ("insisted
    that sanctions must be lifted"); an agreement noun takes what it says or provides ("the agreement
    says a seaport can be built", "under the deal, Israel will allow convoys").
    """
    tok = cue.token
    found: list[Item] = []
    if tok.pos_ in ("VERB", "AUX"):
        found = items_of(ctx, tok, cue=True)
        found += [i for c in _raised_subjects(tok) for i in items_of(ctx, c)]
        if cue.status == "raised" and demanded(tok):
            found += [i for g in _means_asked_for(tok) for i in items_of(ctx, g)]
        found += [i for c in tok.children if c.dep_ == "dobj" for i in _counted(ctx, c)]
        found += _given_weight(ctx, tok)
        for v in [tok, *(c for c in tok.children if c.dep_ == "xcomp")]:
            found += [i for c in conditions(v) for i in condition_items(ctx, c)]
        if cue.status in ("raised", "proposed", "agreed", "rejected"):
            found += [
                i for c in tok.children if c.dep_ == "ccomp" and not _a_claim(c) for i in clause_items(ctx, c)
            ]
        return found
    lemma = tok.lemma_.lower()
    if (cue.status in SETTLING or cue.status == "proposed") and lemma in agenda_words().document:
        verb = tok.head
        if verb.lemma_.lower() not in CONTENT_VERBS:
            # "the draft is thought to envisage X": the verb of content the hedge takes
            hedged = (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in CONTENT_VERBS)
            verb = next(hedged, verb)
        if tok.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in CONTENT_VERBS:
            # "the draft would mandate X and impose Y": the verbs joined to the first say more of it
            saying = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
            found += [i for v in saying for c in v.children if c.dep_ == "dobj" for i in items_of(ctx, c)]
            # "the draft agreement provides for X", "the deal commits the sides to X"
            found += [
                i
                for c in verb.children
                if c.dep_ == "prep"
                and (c.lower_ == "for" or (c.lower_ == "to" and verb.lemma_.lower() in _BINDING))
                for g in c.children
                if g.dep_ == "pobj"
                for i in items_of(ctx, g)
            ]
            found += [i for c in verb.children if c.dep_ == "ccomp" for i in clause_items(ctx, c)]
            found += [i for c in verb.children if list_member_on_verb(c) for i in items_of(ctx, c)]
        elif (host := _clause_under(tok)) is not None:
            # "under the deal, they will begin to cut X", "according to the agreement, X will be
            # released": the clause and the verbs it goes on into
            found += [i for v in _going_on(host) for i in clause_items(ctx, v)]
    verb_lemma = tok.head.lemma_.lower()
    if tok.dep_ == "nsubj" and verb_lemma in ("be", "include") and not found and not _judged(tok, verb_lemma):
        # "the main issues were X and Y", "hot topics will include X": what the phrase cue's noun is
        found += [i for c in tok.head.children if c.dep_ in ("attr", "dobj") for i in items_of(ctx, c)]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "off") and not found:
        # "X was high on the agenda", "on the agenda were X and Y"
        verb = clause_verb(tok)
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "attr", "expl") and c.i != tok.i:
                found += items_of(ctx, c)
    holder = holding_verb(tok) if lemma in MEETING_CUES else None
    if holder is not None and holder.pos_ == "VERB" and not found:
        # "held talks on Monday about X", "held a round of talks Monday on X": the parser hangs what
        # the talks are about on the verb that holds them
        about = [c for c in holder.children if c.dep_ == "prep" and c.lower_ in ABOUT_TALKS and c.i > tok.i]
        found += [i for c in about for g in c.children if g.dep_ == "pobj" for i in items_of(ctx, g)]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "over", "about", "for", "of", "regarding", "to"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    found += items_of(ctx, g)
        elif c.dep_ == "prep":
            found += [i for g in misplaced_about(ctx, c) for i in items_of(ctx, g)]
        elif c.dep_ == "compound" and c.pos_ == "NOUN" and lemma in _NOUN_WITH_COMPOUND:
            found += compound_items(ctx, tok, c)
        elif c.dep_ in ("acl", "xcomp", "relcl") and c.pos_ == "VERB":
            if c.dep_ == "relcl" and not content_clause(c):
                continue
            # "the commitment of both sides to observe a truce and resume talks", "the demand that X"
            for v in [c, *(g for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB")]:
                found += items_of(ctx, v)
    taken = _wrapping(tok)
    if not found and taken.dep_ == "dobj":
        # "secured the commitment of both sides to observe a truce", "made a number of proposals for
        # X to do Y": the parser hangs the noun's infinitive on the verb that takes the noun
        for c in taken.head.children:
            if _infinitive_right_after(taken, c):
                for v in [c, *(g for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB")]:
                    found += items_of(ctx, v)
    return found


def _judged(noun: Token, verb_lemma: str) -> bool:
    """ "this agreement is a testament to X", "the deal was a milestone": what an agreement is said to
    be judges it, and names nothing it settles (what it includes does)."""
    return verb_lemma == "be" and is_document(noun)


def _wrapping(noun: Token) -> Token:
    """The quantity a noun is counted by ("a number of proposals", "a set of demands"), else the noun."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in agenda_words().wrapper:
        return prep.head
    return noun


def _means_asked_for(verb: Token) -> list[Token]:
    """ "the dispute should be settled by arbitration or through a joint panel": by what means a side
    demands a thing be done is what it puts forward (its "by" agent and the means listed with it)."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    preps = [*agents, *(c for a in agents for c in a.conjuncts if c.pos_ == "ADP")]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _raised_subjects(verb: Token) -> list[Token]:
    """ "Ten accords are set to be signed", "X is expected to be discussed": a passive infinitive with no
    subject of its own acts on the subject of the verb it completes."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


#: Nouns of weight a side gives a thing ("give priority to X", "pay attention to X"); not "attach
#: importance to X", a side's standing policy more than what a meeting takes up.
_WEIGHT = {"priority", "attention", "emphasis", "precedence"}


def _given_weight(ctx: DocContext, verb: Token) -> list[Item]:
    """ "will give priority to X, Y and Z", "paid special attention to X": the object is the weight
    given (no item), and what receives it, the verb's "to" phrase, is the item."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _WEIGHT for c in verb.children):
        return []
    to = [c for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"]
    return [i for p in to for g in p.children if g.dep_ == "pobj" for i in items_of(ctx, g)]


def _counted(ctx: DocContext, amount: Token) -> list[Item]:
    """ "provide 3 billion dollars in preferential loans", "pledged 50 million euros of aid": the object
    is an amount, and what it counts is the item."""
    if amount.ent_type_ not in AMOUNTS:
        return []
    # the parser hangs the phrase on the amount or, right after it, on the verb
    after = [c for c in amount.head.children if c.i == amount.right_edge.i + 1]
    preps = [c for c in (*amount.children, *after) if c.dep_ == "prep" and c.lower_ in ("in", "of")]
    return [i for p in preps for g in p.children if g.dep_ == "pobj" for i in items_of(ctx, g)]


def _infinitive_right_after(noun: Token, clause: Token) -> bool:
    """An infinitive clause that starts right where a noun's phrase ends ("the pledge of X | to do Y")."""
    return (
        clause.dep_ in ("advcl", "xcomp")
        and clause.pos_ == "VERB"
        and clause.left_edge.i == noun.right_edge.i + 1
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


#: Finite forms of verbs of being that state what is ("is", "remained"); the bare form may be a
#: demand ("insist that sanctions remain").
_STATING = {
    "is", "are", "was", "were", "'s", "'re", "’s", "’re", "remains", "remained", "stays", "stayed",
    "seems", "seemed",
}  # fmt: skip

#: Modals of a guess: "could be", "may be" tell what perhaps is, not what a side wants done.
_GUESSING = {"could", "may", "might"}


def _a_claim(verb: Token) -> bool:
    """ "insists its programme is peaceful", "insisted the offer remained on the table": a "that"
    clause saying what is, not what should be done (no modal, no subjunctive), states a claim, which
    puts nothing on the table."""
    if verb.lower_ == "be":
        # "suggested that warships could be in the region": a guess at what is, no proposal
        auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        return bool(auxiliaries) and all(a in _GUESSING for a in auxiliaries)
    if verb.lower_ not in _STATING:
        return False  # "insist that prisoners be among those released": a demand
    if any(c.dep_ == "attr" and c.lemma_.lower() in _AGENDA_ATTRIBUTES for c in verb.children):
        return False  # "agreed that the defence guidelines are a serious issue": X named an item
    return not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


#: What a clause may say its subject is that makes the subject an agenda item ("X is a serious issue",
#: "X is a priority for both sides").
_AGENDA_ATTRIBUTES = {"issue", "question", "problem", "priority", "concern", "matter", "challenge"}


def _going_on(verb: Token) -> list[Token]:
    """A verb and the verbs it goes on into ("will begin to reduce or eliminate X": begin, reduce)."""
    out = [verb]
    for v in out:
        if len(out) > 4:
            break
        out += [c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return out


def clause_items(ctx: DocContext, verb: Token) -> list[Item]:
    """Items a clause is about: its passive subject, object and non-party subject, and its conjuncts'."""
    out: list[Item] = []
    for v in _clause_verbs(verb):
        found: list[Item] = []
        for c in v.children:
            if c.dep_ == "nsubj" and not stray_object(c):
                found += subject_changed(ctx, v, items_of(ctx, c))  # "the rebels are to disarm"
            elif c.dep_ in ("nsubjpass", "dobj") and not stray_object(c):
                found += object_changed(ctx, v, items_of(ctx, c))  # "the US will withdraw all forces"
        found = found or departure(ctx, v)  # "insisted that the president step down"
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in _MEANS:
                # "the crossing will reopen under the presence of EU monitors", "people can travel in
                # bus convoys": the means a settled clause names are settled with it
                places = [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in _PLACES]
                found += [i for g in places for i in items_of(ctx, g)]
            elif c.dep_ == "prep":
                found += [i for g in _misplaced_means(c) for i in items_of(ctx, g)]
        out += found
    return out


def _misplaced_means(prep: Token) -> list[Token]:
    """ "travel between A and B in bus convoys": the parser hangs the means on the place before it; a
    place takes no means, so they are the clause's."""
    out: list[Token] = []
    for g in (g for g in prep.children if g.dep_ == "pobj"):
        for place in [g, *g.conjuncts]:
            if place.ent_type_ not in _PLACES:
                continue
            for p in place.children:
                if p.dep_ == "prep" and p.lower_ in _MEANS:
                    out += [o for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in _PLACES]
    return out


_PLACES = {"GPE", "LOC", "FAC", "DATE", "TIME"}


def _clause_verbs(verb: Token) -> list[Token]:
    """A clause's verb and the verbs joined to it ("X will be built, Y expanded and Z allowed") or
    split from it by the parser ("will be re-opened": "re" and "opened"); not a verb a "but" sets
    against it, which says something else of its own words."""
    out = [verb, verb.head] if verb.dep_ in ("aux", "auxpass") else [verb]
    for v in out:
        if len(out) > 8:
            break
        out += [
            c
            for c in v.children
            if c.dep_ in ("conj", "advcl")
            and c.pos_ in ("VERB", "AUX")
            and c not in out
            and not _marked(c)
            and not set_against(c, v)  # "X will be reopened, but the fate of Y remained unresolved"
        ]
    return out


def _marked(verb: Token) -> bool:
    """ "before talks could begin", "if they agree": a clause of time or condition, not of content."""
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") for c in verb.children)


#: Prepositions by which a settled clause names its means ("in convoys", "under the supervision of X").
_MEANS = {"under", "with", "in", "by", "via", "through"}

#: Cue nouns whose compound modifier is the item ("a ceasefire proposal", "prisoner exchange talks").
_NOUN_WITH_COMPOUND = {"proposal", "agreement", "deal", "accord", "discussion", "talks", "demand", "offer"}


def _excluded(ctx: DocContext, sent: Span, cue: Cue) -> list[NamedItem]:
    """ "X is not on the agenda": the subject of the clause the phrase belongs to."""
    verb = clause_verb(cue.token)
    candidates = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    candidates += [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t not in candidates]
    generic = meeting_words().generic
    # "X cannot be left out of the talks", "will not be excluded from the agenda": a leaving-out denied
    # puts X before the talks (a "not" in the phrase itself, "not on the agenda", hangs on no verb of it)
    status = "raised" if cue.token.pos_ == "VERB" and is_negated(cue.token) else "excluded"
    for t in candidates:
        if t.lower_ in generic or t.lemma_.lower() in meeting_words().nouns:
            continue
        found = items_of(ctx, t)
        if found:
            return [named_item(i, status, None) for i in found]
        if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC"):
            # "Ukraine is not on the agenda": a country declared off the agenda stands for its conflict
            return [named_item(Item(t, t.text, t.text, t.idx, t.idx + len(t.text)), status, None)]
    return []


def elaborates(n: NamedItem, spans: list[tuple[int, int]], words: set[str]) -> bool:
    """Whether an open item is part of, or says more about, a taxonomy item of its sentence.

    "its diplomatic property in the US, specifically six real estate properties": the properties are
    the property; "visa processing and travel regulations": one item, the taxonomy's.
    """
    if n.head is None or not spans or is_stranded_member(n.head):
        return False
    if words_of(n.label) & words:
        return True
    start = n.head.left_edge.idx
    if any(s < n.end and start < e for s, e in spans):
        return True
    for a in n.head.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            # "raised the return of displaced persons, while the other side insisted on X": a clause the
            # parser hangs on the taxonomy item's noun says what its own verb is about
            return False
        if any(s <= a.idx < e for s, e in spans):
            return True
    return False
