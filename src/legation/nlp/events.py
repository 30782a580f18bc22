"""Events: sentences coded to the ontology of ``docs/ontology.md`` (aligned with PLOVER).

A verb (or noun) whose lemma an event rule lists, or a phrase it matches, makes one event, with the
countries behind its subject as actors, the time value and place in its clause, and the agenda item
named under it.

Attributed statements are not events here: they are the dossier's statements already, and repeating
each one as a ``STATEMENT`` event only doubled the event list.

Two things are read from the parse rather than from the whole sentence, because a sentence often
names more than one party and more than one time: the actors are the parties in the *subject* of the
event's verb (an object or a prepositional phrase names who was acted upon, not who acted), and the
time is one attached to the event's own clause ("Russia raised the issue of property seized between
2016 and 2018" is a request of the report's day, not of 2016).
"""

from __future__ import annotations

import functools
import re

from legation.model import Actor, Event, Evidence, IssueMention, Statement, TimeValue
from legation.nlp.context import DocContext, Span, Token
from legation.nlp.lexicons import EventRule, event_rules
from legation.nlp.prefilter import folded_pattern

#: Dependency labels of a verb's agent: the active subject and the "by" phrase of a passive.
_AGENT_DEPS = frozenset({"nsubj", "agent"})
#: Parts of speech that head a clause: a time under one of them belongs to that clause.
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})
#: Dependency labels of a clause's subject, active or passive.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def find_events(ctx: DocContext, issues: list[IssueMention], statements: list[Statement]) -> list[Event]:
    """Every coded event of the document; ``statements`` give the speaker of a sentence whose event
    has no agent of its own ("X is not on the agenda, the spokesperson said")."""
    events: list[Event] = []
    rules = event_rules()
    speakers: dict[int, Actor] = {}
    for st in statements:
        speakers.setdefault(st.evidence.sentence_index, st.speaker)
    any_lemma = _rule_lemmas()
    for sent in ctx.sents:
        coded: set[str] = set()
        text, lower_text = ctx.text_of(sent), ctx.folded_of(sent)
        for tok in ctx.tokens_lemma_in(sent, any_lemma):
            lemma = tok.lemma_.lower()
            for rule in rules:
                if lemma in rule.lemmas and tok.pos_ == "VERB" and rule.type not in coded:
                    events.append(_event(ctx, sent, rule, tok, issues, None))
                    coded.add(rule.type)
        for k in ctx.patterns_in(_rule_phrases(), sent):  # the rules whose words the sentence has
            rule = rules[k]
            if rule.type in coded or rule.phrases is None:
                continue
            lower = folded_pattern(rule.phrases) if lower_text is not None else None
            # the folded sentence searched case-sensitively where it may be (faster), at the same places
            m = (
                lower.search(lower_text)
                if lower is not None and lower_text is not None
                else rule.phrases.search(text)
            )
            if m:
                start, end = sent.start_char + m.start(), sent.start_char + m.end()
                head, predicate = _phrase_head(ctx, sent, start, end)
                speaker = speakers.get(ctx.sentence_index(start)) if predicate else None
                events.append(_event(ctx, sent, rule, head, issues, speaker, ctx.evidence(start, end)))
                coded.add(rule.type)
    return events


@functools.cache
def _rule_phrases() -> tuple[re.Pattern[str] | None, ...]:
    """Every rule's phrase pattern, in the rules' order: one sequence for
    :meth:`~legation.nlp.context.DocContext.patterns_in` to keep its table by."""
    return tuple(rule.phrases for rule in event_rules())


@functools.cache
def _rule_lemmas() -> frozenset[str]:
    """Every rule's lemmas: most words are none of them, and skip the rules at once."""
    return frozenset(lemma for rule in event_rules() for lemma in rule.lemmas)


def _phrase_head(ctx: DocContext, sent: Span, start: int, end: int) -> tuple[Token | None, bool]:
    """The clause head of a matched phrase: its own verb ("*held* talks"), else the nearest verb above
    it ("Ukraine *is* not on the agenda"); and whether the phrase is that clause's predicate rather
    than part of its subject ("the next *round of talks* is being planned")."""
    tokens = [ctx.tokens[i] for i in ctx.tokens_from(sent, start, end)]
    verb = next((t for t in tokens if t.pos_ == "VERB"), None)
    if verb is not None:
        return verb, True
    top = next((t for t in tokens if not (start <= t.head.idx < end) or t.head.i == t.i), None)
    if top is None:
        return None, False
    head = _clause_head(top)
    in_subject = any(t.dep_ in _SUBJECT_DEPS for t in _up_to(top, head))
    return head, not in_subject


def _up_to(tok: Token, head: Token) -> list[Token]:
    """``tok`` and its ancestors below ``head``."""
    path = []
    while tok.i != head.i and tok.head.i != tok.i:
        path.append(tok)
        tok = tok.head
    return path


def _clause_head(tok: Token) -> Token:
    """The nearest verb or auxiliary at or above ``tok``: the head of the clause it belongs to."""
    while tok.pos_ not in _CLAUSE_HEADS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _event(
    ctx: DocContext,
    sent: Span,
    rule: EventRule,
    head: Token | None,
    issues: list[IssueMention],
    speaker: Actor | None,
    evidence: Evidence | None = None,
) -> Event:
    if evidence is None:
        evidence = ctx.span_evidence(head)
    index = evidence.sentence_index
    issue = next((i.issue for i in issues if i.evidence.sentence_index == index), None)
    places = (ctx.text_of(e) for e in ctx.ents_in(sent) if e.label_ == "GPE")  # not ``Span.text``, rebuilt
    place = next((name for name in places if ctx.gazetteer.country(name) is None), None)
    return Event(
        rule.type,
        _actors(ctx, head, speaker),
        evidence,
        time=_clause_time(ctx, sent, head),
        place=place,
        issue=issue,
        mode=rule.mode,
    )


def _actors(ctx: DocContext, head: Token | None, speaker: Actor | None) -> tuple[Actor, ...]:
    """The countries behind the agent of ``head``.

    A copula has no agent: in "X is not on the agenda" X is the topic, and the party that declared it
    off the agenda is the sentence's speaker (``speaker``, given only when the matched phrase is the
    copula's predicate and a statement in the sentence names one).
    """
    if head is None:
        return ()
    if head.lemma_.lower() == "be" and head.pos_ == "AUX":
        party = speaker.party if speaker is not None else None
        return (Actor(party, "country", party=party),) if party else ()
    subject = next((c for c in head.children if c.dep_ in _AGENT_DEPS), None)
    if subject is None:
        return ()
    words = ctx.document.text[subject.left_edge.idx : subject.right_edge.idx + len(subject.right_edge)]
    return tuple(Actor(p, "country", party=p) for p in ctx.parties_in(words))


def _clause_time(ctx: DocContext, sent: Span, head: Token | None) -> TimeValue | None:
    """The first calendar time whose words hang on ``head``'s own clause (not on a clause below it,
    such as a relative clause describing the object)."""
    if head is None:
        return None
    for time in ctx.times_in(sent.start_char, sent.end_char):
        if time.type not in ("DATE", "TIME"):
            continue
        tokens = [ctx.tokens[i] for i in ctx.tokens_from(sent, time.start, time.end)]
        top = next((t for t in tokens if not (time.start <= t.head.idx < time.end) or t.head.i == t.i), None)
        if top is not None and _clause_head(top.head) == head:
            return time
    return None
