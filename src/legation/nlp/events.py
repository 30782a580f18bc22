"""Events: sentences coded to the ontology of ``docs/ontology.md`` (aligned with PLOVER).

A verb (or noun) whose lemma an event rule lists, or a phrase it matches, makes one event, with the
countries behind its subject as actors, the time value and place in its clause, and the agenda item
named under it.
"""

from __future__ import annotations

from legation.model import Actor, Event, IssueMention, Statement
from legation.nlp.context import DocContext, Span, Token
from legation.nlp.lexicons import EventRule, event_rules


def find_events(ctx: DocContext, issues: list[IssueMention], statements: list[Statement]) -> list[Event]:
    events: list[Event] = []
    rules = event_rules()
    for sent in ctx.doc.sents:
        coded: set[str] = set()
        text = ctx.text_of(sent)
        for tok in sent:
            lemma = tok.lemma_.lower()
            for rule in rules:
                if lemma in rule.lemmas and tok.pos_ == "VERB" and rule.type not in coded:
                    events.append(_event(ctx, sent, rule, tok, issues))
                    coded.add(rule.type)
        for rule in rules:
            if rule.type in coded or rule.phrases is None:
                continue
            m = rule.phrases.search(text)
            if m:
                events.append(_event(ctx, sent, rule, None, issues, m.start(), m.end()))
                coded.add(rule.type)
    for st in statements:
        events.append(Event("STATEMENT", (st.speaker,), st.evidence, time=st.date, mode=st.cue))
    return events


def _event(
    ctx: DocContext,
    sent: Span,
    rule: EventRule,
    verb: Token | None,
    issues: list[IssueMention],
    start: int = 0,
    end: int = 0,
) -> Event:
    if verb is not None:
        evidence = ctx.span_evidence(verb)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
        words = " ".join(t.text for t in subject.subtree) if subject is not None else ""
    else:
        evidence = ctx.evidence(sent.start_char + start, sent.start_char + end)
        words = ctx.text_of(sent)[:start]
    actors = tuple(Actor(p, "country", party=p) for p in ctx.parties_in(words))
    times = [t for t in ctx.times_in(sent.start_char, sent.end_char) if t.type in ("DATE", "TIME")]
    issue = next((i.issue for i in issues if i.evidence.sentence_index == evidence.sentence_index), None)
    place = next(
        (e.text for e in sent.ents if e.label_ == "GPE" and ctx.gazetteer.country(e.text) is None), None
    )
    return Event(
        rule.type,
        actors,
        evidence,
        time=times[0] if times else None,
        place=place,
        issue=issue,
        mode=rule.mode,
    )
