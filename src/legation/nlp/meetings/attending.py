"""Heads a report names apart from its meeting sentence: the people it says attended, took part in or
joined the talks ("X's top diplomat A and his Y counterpart B also attended"), the counterpart of one
side's head it names ("A and his Y counterpart, B, told reporters"), the person and the counterpart one
phrase names together when neither side has its head yet ("A and his Y counterpart B held talks", "A said
he had discussed it with his Y counterpart B"), and, at a meeting it says was of office holders ("the
foreign ministers of the three countries met"), the sides' holders of that office it names ("Z's Foreign
Minister C said ...").

Read once the document's sides are known, because only a side's people head its delegation: the host's
minister or the mediator's envoy who also attended is no head, and the sentence alone cannot tell them
apart.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from legation.model import Head, MeetingMention
from legation.nlp.context import DocContext, Token
from legation.nlp.lexicons import meeting_words
from legation.nlp.meetings.heads import counterpart_pairs, counterparts, of_level, office_holders
from legation.nlp.meetings.merge import meeting_for_sentence
from legation.nlp.meetings.parties import principals_in

#: Levels of a meeting of office holders, whose sides' holders of that office named in the report head
#: them ("the ministers met": each side's minister is there).
_OFFICE_LEVELS = frozenset({"ministers", "leaders"})
#: Words that make a verb's act one that did not happen or is still to come ("did not attend", "will
#: attend", "refused to take part").
_NOT_DONE = frozenset({"not", "n't", "never", "will", "would", "could", "may", "might", "should", "to"})
#: Objects of a verb of attending that are those who met, not the meeting ("joined them").
_PRONOUNS = frozenset({"them", "him", "her", "us"})


def with_attending_heads(
    ctx: DocContext, meetings: list[MeetingMention], parties: Collection[str]
) -> list[MeetingMention]:
    """The document's meetings with the heads its sides' attending people and office holders give each
    held one (at the meeting the sentence naming them tells of, else at the one the report is about)."""
    if len(parties) < 2 or all(m.planned for m in meetings):
        return meetings
    added: dict[str, list[Head]] = {}
    # not a meeting of a side with someone else ("A's leader met C's on the sidelines of a summit")
    own = {m.key for m in meetings if set(m.parties) <= set(parties)}
    for verb in ctx.tokens_lemma_in(ctx.doc[:], meeting_words().attending):
        if not (_took_part_with(verb) if verb.pos_ == "NOUN" else _attended(verb)):
            continue
        key = meeting_for_sentence(meetings, ctx.sentence_index(verb.idx))
        heads = [h for h, _tagged in principals_in(ctx, verb.sent, [verb]) if h.actor.party in parties]
        if key in own and heads:
            added.setdefault(key, []).extend(heads)
    by_key = {m.key: m for m in meetings}
    for sentence, head in counterparts(ctx, set(parties)):
        key = meeting_for_sentence(meetings, sentence)
        if key is None or key not in own or by_key[key].planned:
            continue
        meeting = by_key[key]
        known = [h for h in [*meeting.heads, *added.get(key, [])] if h.actor.party in parties]
        others = {h.actor.party for h in known} - {head.actor.party}
        if others and not any(h.actor.party == head.actor.party for h in known):
            added.setdefault(key, []).append(head)
    for sentence, head, other in counterpart_pairs(ctx, set(parties)):
        key = meeting_for_sentence(meetings, sentence)
        if key is None or key not in own or by_key[key].planned:
            continue
        led = {h.actor.party for h in [*by_key[key].heads, *added.get(key, [])]}
        # each side's head when the meeting has none of that side yet ("A and his counterpart B held ...")
        added.setdefault(key, []).extend(h for h in (head, other) if h.actor.party not in led)
    levels = {m.key: m.level for m in meetings if m.level in _OFFICE_LEVELS and _of_office_holders(ctx, m)}
    if levels:
        for sentence, head in office_holders(ctx, set(parties)):
            key = meeting_for_sentence(meetings, sentence)
            if key in levels and key in own and of_level(head, levels[key]):
                added.setdefault(key, []).append(head)
    return with_added_heads(meetings, added)


def with_added_heads(meetings: list[MeetingMention], added: dict[str, list[Head]]) -> list[MeetingMention]:
    """The meetings, each with the heads ``added`` gives its key that it does not have yet, each once."""
    return [
        replace(m, heads=(*m.heads, *_new(added[m.key], m.heads))) if m.key in added else m for m in meetings
    ]


def _of_office_holders(ctx: DocContext, meeting: MeetingMention) -> bool:
    """Whether a report tells a meeting as one of office holders: they are who meets ("the foreign
    ministers of the three countries met", "the two leaders held talks", "talks between the ministers"),
    not only a noun of its level ("a summit", "the leaders' meeting", "a gathering of leaders"), at which
    a side's office holder may only have been present."""
    words = meeting_words()
    for e in meeting.evidence:
        for t in ctx.sents[e.sentence_index]:
            if t.tag_ != "NNS" or words.levels.get(t.lemma_.lower()) not in _OFFICE_LEVELS:
                continue
            if t.dep_ == "nsubj" and t.head.lemma_.lower() in words.verbs:
                return True
            between = t.head if t.dep_ == "pobj" else None
            if between is not None and between.lower_ == "between" and between.head.lower_ in words.nouns:
                return True
    return False


def _new(heads: list[Head], known: tuple[Head, ...]) -> list[Head]:
    """The heads not yet among ``known``, each once."""
    names = {h.actor.name for h in known}
    new = []
    for h in heads:
        if h.actor.name not in names:
            names.add(h.actor.name)
            new.append(h)
    return new


def _took_part_with(noun: Token) -> bool:
    """Whether a noun of attending tells who was at the meeting: "hosted the round, with the participation
    of X and Y"; not "without the participation of X" or "called for the participation of X"."""
    return bool(noun.dep_ == "pobj" and noun.head.lower_ == "with")


def _attended(verb: Token) -> bool:
    """Whether a verb of attending tells that its subject was at the meeting: "also attended", "took part
    in the talks", "were joined by X", "joined them"; not "did not attend", "will take part", "joined the
    alliance" or "attended the funeral"."""
    if verb.pos_ != "VERB" or any(c.lower_ in _NOT_DONE for c in verb.children):
        return False
    if verb.dep_ == "xcomp":  # "refused to attend", "plans to take part"
        return False
    nouns = meeting_words().nouns
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_ == "take":  # "take part (in X)"
        if not any(o.lower_ == "part" for o in objects):
            return False
        objects = []
    places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children]
    return all(o.lower_ in nouns or o.lower_ in _PRONOUNS for o in [*objects, *places])
