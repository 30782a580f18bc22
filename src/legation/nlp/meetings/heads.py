"""Heads of delegation: people said to lead a side ("the X delegation was led by NAME", "NAME, head of the
X delegation", "a NAME-led delegation"), chief negotiators named by title, signatories for a side, and how a
head is described (their name, role and side). Separate because it reads people's names and titles (the
`people` helpers), which the parties and the sentence reader only use through it."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from legation.lexicon import word_list
from legation.model import Actor, Head
from legation.nlp.actors import actor_words
from legation.nlp.context import DocContext, Span, Token, sentence_range
from legation.nlp.lexicons import MEETING_LISTS, meeting_words
from legation.nlp.meetings.dates import VISIT_WORDS
from legation.nlp.meetings.grammar import DELEGATION_WORDS, actors_in_tokens, is_speech
from legation.nlp.people import fuller_mention, name_span, person_name, title_before

#: Verbs of leading a delegation (frozen: a document's places of them are looked up once).
HEAD_VERBS = word_list(MEETING_LISTS, "head-verbs")
#: Roles of who speaks for a side without leading it ("the company's spokesman X").
SPEAKING_ROLE = re.compile(r"\bspokes(?:man|woman|person)\b|\bpress (?:secretary|officer)\b", re.IGNORECASE)


_DELEGATION_NOUNS = word_list(MEETING_LISTS, "delegation-nouns")


def delegation_heads(ctx: DocContext, sent: Span) -> list[Head]:
    """Delegation heads: "the X delegation was led by NAME, ROLE", "headed by", "NAME led the delegation",
    "NAME, who led the X delegation", "a NAME-led delegation", "heading the delegation was NAME", "the head
    of the X delegation, NAME", "NAME, who is the head of the X delegation", and the gapped "..., and the
    Y one by NAME"."""
    found: list[tuple[Token, Token | None]] = []  # (person, delegation word or None)
    for verb in ctx.tokens_lemma_in(sent, HEAD_VERBS):
        if verb.pos_ != "VERB":
            continue
        delegation = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if delegation is None and verb.dep_ == "acl":
            delegation = verb.head  # "the delegation, led by X"
        if delegation is None and verb.dep_ == "advcl" and verb.tag_ == "VBN":
            delegation = _led_by_clause(ctx, verb)  # "a delegation is flying to X, headed by Y"
        if delegation is None and verb.dep_ == "amod" and verb.head.lower_ in DELEGATION_WORDS:
            delegation = verb.head  # "a X-led delegation" (not "a Hamas-led one", a government)
        if delegation is None or _working_level(delegation):
            continue
        if not _is_delegation(ctx, delegation):
            talks = delegation.lower_ in meeting_words().nouns or _talks_before(delegation)
            # "X, who co-chaired the meeting with Y": a side's head (not "X co-chaired talks between ...")
            shared = verb.lower_.startswith("co-") and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in delegation.children
            )
            if not talks or (delegation.dep_ != "nsubjpass" and verb.dep_ != "acl" and not shared):
                continue  # "the talks were led by", "the talks, led by A and B, ended"
            delegation = None  # "the talks are led by X for Y and by Z for W": each person's own side
        for person in _leaders(verb):
            person = _name_of_title(person) or person  # "Egypt's Foreign Minister X, ... led"
            found.append((person, delegation))
            # "led by X and Y": one side's heads, however the parser hung the first name
            found.extend(
                (c, delegation) for c in [*person.conjuncts, *_listed_before(person), *_listed_after(person)]
            )
    found += _heads_of_delegations(ctx, sent)
    signed = {person.i: side for person, side in [*_signatories(ctx, sent), *_listed_heads(ctx, sent)]}
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
        span = head_name(ctx, person)
        if span is None:  # "led by the secretary of the council, X, who ...": the name in apposition
            named = next((c for c in person.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            title = person.pos_ == "NOUN" or person.lower_ in meeting_words().titles
            span = head_name(ctx, named) if named is not None and title else None
        if span is None:
            continue
        name, role, party = describe_head(ctx, span)
        if delegation is not None:
            party = _party_of_delegation(ctx, delegation) or party
        party = _side_led(ctx, person) or party
        party = signed.get(person.i, party)
        if party is None:
            party = side_before(ctx, span)
        if name not in {h.actor.name for h in heads}:
            heads.append(Head(Actor(name, "person", role=role, party=party), ctx.span_evidence(span)))
    return heads


#: Words of a team below the delegation: who leads "the technical teams" or "an expert group" is no
#: head of delegation.
_WORKING_LEVEL = word_list(MEETING_LISTS, "working-level")


def _name_of_title(word: Token) -> Token | None:
    """The name in apposition to a title the parser made the subject or agent ("Egypt's Foreign Minister
    X, Y's Z and W led their delegations": the title leads, the names hang on it)."""
    if word.pos_ not in ("NOUN", "PROPN") or word.lower_ not in meeting_words().titles:
        return None
    return next((c for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _led_by_clause(ctx: DocContext, verb: Token) -> Token | None:
    """The delegation a participle set off by a comma says is led, which the parser hangs on the verb of
    the clause: "a delegation is flying to X, headed by Y" (the clause's subject), "the talks opened with
    the delegation, led by Y" (the noun right before the comma)."""
    if not any(c.dep_ == "agent" for c in verb.children) or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    before = verb.doc[verb.i - 2]
    subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return next((t for t in (before, *subjects) if t.pos_ == "NOUN" and _is_delegation(ctx, t)), None)


def _working_level(delegation: Token) -> bool:
    return any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _WORKING_LEVEL for c in delegation.children
    )


def _first_agent(by: Token) -> bool:
    return bool(next(c for c in by.head.children if c.dep_ == "agent").i == by.i)


def _listed_after(person: Token) -> list[Token]:
    """People named after a person in a list the parser took for an apposition: in "A's minister X, B's
    minister Y and C's minister Z led ..." Y may hang on X as if it were X's title, and Z on Y."""
    named = [c for c in person.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    return [t for n in named for t in (n, *n.conjuncts) if t.i != person.i]


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
    first = sentence_range(pronoun)[0]
    if pronoun.lower_ != "they" or first == 0:
        return False
    before = pronoun.doc[first - 1].sent
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


#: A person named with their side right after: "A of X" in a list of the heads of delegations.
_OF_SIDE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)


def _listed_heads(ctx: DocContext, sent: Span) -> list[tuple[Token, str]]:
    """The heads of delegations a sentence lists after naming them so, each with the side named after
    the name: "signed by the heads of the two delegations, A of X and B of Y". The parser hangs such a
    list anywhere (the names on the accord, the second on the first's country), so it is read from the
    words: a name right before "of" or "for" and a side, after the comma that follows the delegations."""
    found: list[tuple[Token, str]] = []
    for noun in ctx.tokens_lower_in(sent, _LEADER_NOUNS | _LEADER_PLURALS):
        words = [t for t in sent if t.i > noun.i][:5]
        if len(words) < 3 or words[0].lower_ != "of":
            continue
        delegation = next((t for t in words[1:] if t.lower_ in _DELEGATION_NOUNS), None)
        if delegation is None or delegation.i + 1 >= sent.end or sent.doc[delegation.i + 1].text != ",":
            continue
        text = ctx.document.text
        for m in ctx.actors.in_range(sent.doc[delegation.i + 1].idx, sent.end_char):
            cue = None if m.generic else _OF_SIDE.search(text, max(sent.start_char, m.start - 12), m.start)
            person = cue and next((t for t in sent if t.idx + len(t.text) == cue.start()), None)
            if person is not None and person.pos_ == "PROPN" and person.ent_type_ not in ("GPE", "NORP"):
                found.append((person, m.name))
    return found


#: Plurals of :data:`_LEADER_NOUNS`: "the heads of the two delegations, A of X and B of Y".
_LEADER_PLURALS = word_list(MEETING_LISTS, "leader-plurals")


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
_LEADER_NOUNS = word_list(MEETING_LISTS, "leader-nouns")


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
_CHIEF_WORDS = word_list(MEETING_LISTS, "chief-words")
#: Words of a role held for talks: a "chief negotiator", a "special envoy" negotiates for a side.
NEGOTIATOR_WORDS = word_list(MEETING_LISTS, "negotiator-words")


def chief_heads(ctx: DocContext, sent: Span) -> list[Head]:
    """Heads named only by their title of chief negotiator ("chief US negotiator X")."""
    heads: list[Head] = []
    for person, title in _chief_negotiators(ctx, sent):
        span = head_name(ctx, person)
        if span is None:
            continue
        name, role, party = describe_head(ctx, span)
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


#: The word forms of :data:`VISIT_WORDS` (the document's tables are looked up by lower-case form).
_VISIT_FORMS = frozenset({*VISIT_WORDS, *(w + "s" for w in VISIT_WORDS)})


def visiting_heads(ctx: DocContext, sent: Span) -> list[Head]:
    """The visitor a meeting's sentence names ("X and Y agreed on Thursday ... during a visit by X's
    foreign minister Z"): the talks held during a visit have the visitor for the visiting side's head."""
    heads: list[Head] = []
    for visit in ctx.tokens_lower_in(sent, _VISIT_FORMS):
        if visit.pos_ != "NOUN" or visit.head.lower_ != "during":
            continue  # not "discussed the upcoming visit by X": a visit the meeting is held during
        by = (c for c in visit.children if c.dep_ == "prep" and c.lower_ == "by")
        for person in (o for prep in by for o in prep.children if o.dep_ == "pobj"):
            span = head_name(ctx, person)
            if span is None:
                continue
            name, role, party = describe_head(ctx, span)
            if party is not None and name not in {h.actor.name for h in heads}:
                heads.append(Head(Actor(name, "person", role=role, party=party), ctx.span_evidence(span)))
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
        span = person_name(ent) if ent.label_ == "PERSON" else None
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
        # "X's top negotiator in Y, Jane Doe,": the parser hangs the name on the title's last noun
        found += [
            (c, tok)
            for prep in tok.children
            if prep.dep_ == "prep" and prep.i > tok.i
            for place in prep.children
            if place.dep_ == "pobj"
            for c in place.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "")
        ]
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":  # "Jane Doe, the chief negotiator"
            found.append((tok.head, tok))
    return found


def head_name(ctx: DocContext, tok: Token) -> Span | None:
    """The name of the person a token names, without titles; None for a place or a body the model took
    for a person ("King Abdullah of Jordan" gives no head "Jordan")."""
    whole = name_span(tok)
    span = person_name(whole)
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
    # (a person's name that stands for their side is still the person's)
    actors = [m for m in ctx.actors.in_range(span.start_char, span.end_char) if not m.person]
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


def side_before(ctx: DocContext, name: Span) -> str | None:
    """The side named in the words right before a name, back to the nearest conjunction, preposition or
    punctuation: "A's premier X and B's acting premier Y", however the parser hung Y's title."""
    i = name.start
    first = sentence_range(name)[0]
    while i > first:
        word = name.doc[i - 1]
        if word.pos_ in ("CCONJ", "PUNCT", "ADP") or (word.pos_ == "VERB" and word.dep_ != "amod"):
            break  # "acting" in "B's acting premier" is the title's
        i -= 1
    return next((m.name for m in ctx.actors.in_range(name.doc[i].idx, name.start_char)), None)


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
_SENDING = word_list(MEETING_LISTS, "sending")


def describe_head(ctx: DocContext, name: Span) -> tuple[str, str | None, str | None]:
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
    else:
        title = _title_in_apposition(span)
        if title is not None:
            role, party = _role_and_side(ctx, ctx.text_of(ctx.doc[title.left_edge.i : span.start]))
    return str(span.text), role, party


def _title_in_apposition(name: Span) -> Token | None:
    """The title a name follows after a comma: "the Libyan representative to the group, Y", "his
    Brazilian counterpart, Y" (which the parser often hangs elsewhere)."""
    doc = name.doc
    if name.start < 2 or doc[name.start - 1].text != ",":
        return None
    if name.root.dep_ == "appos" and name.root.head.i < name.start:
        title = name.root.head
        while (
            title.dep_ == "pobj" and title.head.dep_ == "prep" and title.head.head.pos_ in ("NOUN", "PROPN")
        ):
            title = title.head.head  # the name hung on the end of the title ("to the group, Y")
        return title
    before = doc[name.start - 2]
    return before if before.lemma_.lower() in COUNTERPART_NOUNS else None


#: Nouns of the title of who holds the same office on the other side.
COUNTERPART_NOUNS = word_list(MEETING_LISTS, "counterpart-nouns")


def titles_a_person(word: Token) -> bool:
    """Whether a noun is a title of a person (a ``titles`` word of ``meetings.yaml``, or "counterpart")."""
    return word.lower_ in meeting_words().titles or word.lemma_.lower() in COUNTERPART_NOUNS


#: Words left dangling at either end of a role once its country is taken out ("minister of", "the").
_ROLE_EDGES = re.compile(
    r"^(?:(?:the|a|an|his|her|their|its|'s|of|for|to)\s+)+|(?:\s+(?:the|of|for|to|'s))+$", re.IGNORECASE
)


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
    for t in doc[i + 1 : sentence_range(name)[1]]:
        if (
            (t.is_punct and not (t.text == "-" and words))  # (the hyphen of "vice-chairman" is the title's)
            or t.lower_ in ("who", "which", "while", "and", "whose")
            # (a participle that is an adjective of the title is the title's: "the visiting US envoy")
            or (t.tag_ in ("VBG", "VBD", "VBZ", "VBP", "VBN") and not (t.dep_ == "amod" and words))
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
    if any(t.ent_type_ == "PERSON" for t in words):
        return None  # "X, Y's Foreign Minister Z and ...": the next person of a list, not X's title
    return str(doc[words[0].i : words[-1].i + 1].text)


def office_holders(ctx: DocContext, sides: Collection[str]) -> list[tuple[int, Head]]:
    """The people a report names with an office of one of ``sides`` ("Kuwaiti Energy Minister X said",
    "the Libyan representative to the group, Y, said"), each once with the sentence first naming them.

    At a meeting of a grouping's members, each member's minister or leader there heads its side whether or
    not the report says who led whom: reports of such meetings quote the members' ministers one by one and
    never write "the X delegation, led by". Spokesmen speak for a side without leading it, and a former
    office holder holds none."""
    offices = meeting_words().offices

    def holds_office(role: str) -> bool:
        if SPEAKING_ROLE.search(role):
            return False
        words = {w.lower().strip("-") for w in re.findall(r"[\w-]+", role)}
        # an office of a side's, and one still held (not "former chancellor")
        return bool(offices & words) and not words & actor_words().bygone_words

    return _described_people(ctx, sides, holds_office)


def counterparts(ctx: DocContext, sides: Collection[str]) -> list[tuple[int, Head]]:
    """The people a report names as one of ``sides``' counterpart ("A and his Brazilian counterpart, B",
    "B, his Brazilian counterpart"), each once with the sentence first naming them so.

    A counterpart holds the same office on the other side: once the report says whose counterpart he
    is, he heads his side at their meeting as the other heads hers, though the meeting sentence names
    only the visitor ("during a visit by A")."""
    return _described_people(ctx, sides, lambda role: _COUNTERPART.search(role) is not None)


def counterpart_pairs(ctx: DocContext, sides: Collection[str]) -> list[tuple[int, Head, Head]]:
    """Two heads one phrase names, each of another of ``sides``: the person whose counterpart a name is,
    and that name ("A and his Brazilian counterpart B", "A held talks with his Brazilian counterpart B",
    "A, speaking after a meeting with her counterpart B", "A said he had discussed it with his counterpart
    B"), with the sentence naming them.

    "His counterpart" says whose: the person the phrase hangs on (joined to it by "and", or the subject
    of the clause the "with" is in, through a "he" or "she" to the subject it stands for). Each is a
    side's head at the meeting the sentence tells of, however the parser hung the names (a name after a
    fronted phrase is often hung on the phrase's place)."""
    found: list[tuple[int, Head, Head]] = []
    for noun in ctx.tokens_lemma_in(ctx.doc[:], COUNTERPART_NOUNS):
        if noun.tag_ != "NN" or not any(c.dep_ == "poss" and c.lower_ in _ONES for c in noun.children):
            continue
        after = noun.i + 1
        if after < len(noun.doc) and noun.doc[after].text == ",":
            after += 1  # "his counterpart, B"
        if after >= sentence_range(noun)[1]:
            continue
        owner = _whose_counterpart(noun)
        if owner is None:
            continue
        # the counterpart's side is in the words of "his Brazilian counterpart"
        title = _role_and_side(ctx, ctx.text_of(noun.doc[noun.left_edge.i : noun.i + 1]))
        people = []
        for tok in (owner, noun.doc[after]):
            span = head_name(ctx, tok) if name_span(tok) is not None else None
            if span is None:
                break
            people.append((span, *describe_head(ctx, span)))
        if len(people) < 2:
            continue
        (first, name, role, party), (second, other, its_role, its_party) = people
        its_party = its_party or title[1]
        if party is None and its_party is not None and len(sides) == 2:
            party = next(s for s in sides if s != its_party)  # the counterpart's is the other side
        if party == its_party or party not in sides or its_party not in sides:
            continue
        if any(r is not None and SPEAKING_ROLE.search(r) for r in (role, its_role)):
            continue
        head = Head(Actor(name, "person", role=role, party=party), ctx.span_evidence(first))
        its_actor = Actor(other, "person", role=its_role or title[0], party=its_party)
        counterpart = Head(its_actor, ctx.span_evidence(second))
        found.append((head.evidence.sentence_index, head, counterpart))
    return found


#: Possessives of one person's counterpart ("his counterpart", not "their counterparts").
_ONES = frozenset({"his", "her"})


def _whose_counterpart(noun: Token) -> Token | None:
    """The person a "his counterpart" is the counterpart of, when the two share what is told: the name it
    is joined to ("A and his counterpart"), or, after a "with", the name a clause it is in describes ("A,
    speaking after a meeting with his counterpart") or the subject of that clause, through a pronoun to
    the subject of the clause above ("A said he had discussed it with his counterpart"). None for a
    counterpart who only invited, thanked or was told of ("at the invitation of his counterpart")."""
    if noun.dep_ == "conj":
        return noun.head if noun.head.pos_ == "PROPN" else None
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None  # not one who shares the act: "at the invitation of his counterpart"
    for word in noun.ancestors:
        if word.pos_ == "PROPN" and word.i < noun.i:
            return word  # "A, speaking after a meeting with his counterpart"
        if word.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.pos_ == "PROPN":
            return subject
        if subject.lower_ not in ("he", "she"):
            return None
    return None


def _described_people(
    ctx: DocContext, sides: Collection[str], keep: Callable[[str], bool]
) -> list[tuple[int, Head]]:
    """The people of the report that a role ``keep`` accepts describes as one of ``sides``, each once
    with the sentence first naming them."""
    found: list[tuple[int, Head]] = []
    for ent in ctx.ents:
        span = person_name(ent) if ent.label_ == "PERSON" else None
        if span is None:
            continue
        name, role, party = describe_head(ctx, span)
        if party not in sides or role is None or not keep(role):
            continue
        if any(name == h.actor.name for _i, h in found):
            continue
        evidence = ctx.span_evidence(span)
        found.append((evidence.sentence_index, Head(Actor(name, "person", role=role, party=party), evidence)))
    return found


#: A role that is the counterpart of another's: "counterpart", "Brazilian counterpart".
_COUNTERPART = re.compile(r"^(?:\w+\s+)?counterparts?$", re.IGNORECASE)


#: Words of a deputy's title: a deputy prime minister is a minister.
_DEPUTY = word_list(MEETING_LISTS, "deputy")


def of_level(head: Head, level: str | None) -> bool:
    """Whether an office holder sits at a meeting of that level (``level`` words of ``meetings.yaml``):
    the ministers at a ministers' meeting, the leaders at a leaders' one; anyone at one of no level."""
    levels = meeting_words().levels
    words = (head.actor.role or "").lower().replace("-", " ").split()
    said = {levels.get(w) for w in words}
    if "prime" in words and not _DEPUTY & set(words):
        said = {"leaders"}  # a prime minister heads a government, and sits at its leaders' meetings
    return level is None or level in said or (level == "leaders" and "ministers" not in said)
