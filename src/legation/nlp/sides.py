"""Who negotiates in a report: its sides (the parties), its third parties, and whether it describes a
negotiation at all.

Parties are read from how the report describes the talks — the actors of its meeting sentences ("talks
between X and Y", "X's delegation met Y's", "the rebel delegation") — never from every country it names.
An actor given a third-party role anywhere in the report ("South African-brokered talks", "hosted by
Oman", "observers from the EU") is recorded with that role and is not a side; so is the country whose
city — its capital or another large city (``cities.tsv``) — hosts the talks when it is not named as a
side. A host or chair that the report lists among
three or more sides stays a side (the host of multilateral talks often negotiates too), and so does one
that is one of only two sides the report names (a capital's country talking with a visiting delegation).

A report that names actors but describes no negotiation between them (no meeting, talks, delegation,
offer or agreement in a sentence that names two of them) has no parties, and so makes no track.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from legation.lexicon import word_list
from legation.model import Actor, Evidence, Head, MeetingMention, ThirdParty
from legation.nlp.actors import (
    GOVERNMENT_NOUNS,
    SOFT_ROLES,
    ActorMention,
    DocActors,
    actor_words,
    backs,
    is_place,
)
from legation.nlp.context import DocContext, expanded_span
from legation.nlp.gazetteer import Gazetteer
from legation.nlp.groupings import find_forum
from legation.nlp.lexicons import MEETING_LISTS, meeting_words
from legation.nlp.meetings import (
    LOOSE_DATE_DAYS,
    TOPIC_PREPOSITIONS,
    is_speech,
    meets_a_requirement,
    of_a_contest,
    others_talks,
)
from legation.nlp.meetings.places import placed_by_dateline
from legation.nlp.people import community_words
from legation.nlp.prefilter import folded_pattern, may_match

#: Most parties a track is named after (multilateral talks have six or more sides).
MAX_PARTIES = 6
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: "six-party talks", "the four-way negotiations", "six-nation nuclear talks": how many sides talk.
_SIZE = re.compile(
    rf"\b({'|'.join(_NUMBERS)}|[3-9])[- ](?:party|parties|nation|nations|way|country|power|member)\b"
    r"(?=(?:\s+[\w-]+){0,2}?\s+(?:talks|negotiations|meeting|meetings|summit|summits|conference|conferences"
    r"|process|framework|format|forum|dialogue|consultations)\b)",
    re.IGNORECASE,
)


#: The two sides of the talks met by someone who is neither ("met both delegations", "meetings with the
#: two sides").
_BOTH_SIDES = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talked|talks)\s+(?:separately\s+)?(?:with\s+)?(?:both|the two|each"
    r" of the two)\s+(?:delegations|sides|parties|negotiating teams|camps)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sides:
    parties: tuple[str, ...] = ()
    third_parties: tuple[ThirdParty, ...] = ()
    party_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    movements: tuple[str, ...] = ()
    negotiation: bool = False
    named: tuple[str, ...] = ()
    size: int | None = None
    members: tuple[str, ...] = ()
    forum: str | None = None
    #: lands named beside their communities, each with the community it stands for (None: no side)
    lands: dict[str, str | None] = field(default_factory=dict)
    #: the two sides the report's held meetings are of when they see one of them or none: those the headline
    #: names (:func:`_headline_sides`), or the two countries of "the two governments" (:func:`_pair_named`);
    #: those meetings are of both (:func:`meeting_with_counterpart`)
    headline: tuple[str, ...] = ()


def find_sides(
    ctx: DocContext, meetings: list[MeetingMention], announced: list[MeetingMention] | None = None
) -> Sides:
    actors = ctx.actors
    sentences = _talk_sentences(ctx, actors)
    in_talks = [names for names, _at_table in sentences]
    roles = _roles(ctx, actors, meetings, {name for names in in_talks for name in names})
    hard = {name for name, found in roles.items() if any(r not in SOFT_ROLES for r, _e in found)}
    soft = set(roles) - hard
    from_meetings: Counter[str] = Counter()
    listed_with_others: set[str] = set()
    for met in _who_met(meetings, announced, hard):
        from_meetings.update(met)
        if len(met) >= 3:
            listed_with_others.update(met)
    sides = [p for p, _n in from_meetings.most_common() if p not in soft or p in listed_with_others]
    if len(sides) < 2 and len(from_meetings) >= 2:
        # a host or chair that is one of only two sides met is a side: "X and Y co-chaired the dialogue"
        sides = [p for p, _n in from_meetings.most_common()]
    if len(sides) < 2:
        movements = {m.name for m in actors.mentions if m.type == "group"}
        in_sentences = _sentence_sides(sentences, hard | (soft - listed_with_others), sides, movements)
        if len(in_sentences) < 2 and soft - listed_with_others:
            # the host or chair that is one of only two sides named about the talks is a side ("the US
            # team will hold talks in Beijing": China hosts its own talks)
            with_host = _sentence_sides(sentences, hard, sides, movements)
            in_sentences = with_host if len(with_host) == 2 else in_sentences
        sides = in_sentences
    # the headline's two sides, when the body names fewer or the same two
    headline = () if len(sides) > 2 else _headline_sides(ctx, meetings, hard)
    if len(sides) == 2 and set(headline) != set(sides):
        headline = ()
    if len(sides) < 2 and not headline:
        headline = _pair_named(ctx, meetings)
    sides = list(headline) or sides
    size = talks_size(ctx.document.text, ctx.folded, ctx.word_places)
    if size is not None and len(sides) < size:
        # the host of "six-party talks" that names five sides is the sixth
        named_in_talks = {name for names in in_talks for name in names}
        sides += sorted(p for p in soft if p in named_in_talks and p not in sides)[: size - len(sides)]
    negotiation = len(sides) >= 2 or (len(sides) == 1 and bool(meetings) and bool(hard))
    # an organ beside its organisation ("the European Commission" and "the EU"): one side, the organisation
    sides = [p for p in sides if ctx.gazetteer.part_of(p) not in sides]
    lands = _lands_of_communities(ctx, actors, sides)
    sides = as_communities(sides, lands)
    parties = tuple(sorted(sides[:MAX_PARTIES]))
    named = {name for names in in_talks for name in names}
    forum = find_forum(ctx, meetings, named)
    if forum is not None and forum.name in hard:
        # a grouping the report has go between the sides ("the ASEAN-led process", "ASEAN observers"):
        # its members who meet hold talks of their own under its aegis, not a meeting of the grouping
        forum = None
    if forum is not None and len(parties) == 2 and forum.name in parties and _across(ctx, parties, meetings):
        forum = None  # the grouping across the table from one side ("X and the EU agreed"): a side itself
    if (
        forum is not None
        and negotiation
        and len(parties) >= 2
        and not set(parties) & {forum.name, *forum.members}
    ):
        forum = None  # talks of two outsiders that mention a summit of the grouping ("at an EU summit")
    if forum is not None:
        # talks of a grouping: its members are the sides, whatever else the report names
        return Sides(
            named=tuple(sorted(named | set(forum.members))),
            size=size,
            parties=forum.members,
            third_parties=_third_parties(roles, set(forum.members)),
            party_names={
                p: tuple(dict.fromkeys((*forum.wordings[p], *actors.surfaces(p)))) for p in forum.members
            },
            negotiation=bool(forum.members),
            forum=forum.name,
        )
    return Sides(
        named=tuple(sorted(named)),
        size=size,
        members=_members(ctx, actors, size) if size is not None else (),
        parties=parties if negotiation else (),
        third_parties=_third_parties(roles, set(parties)),
        party_names={p: _wordings(ctx, actors, p) for p in parties} if negotiation else {},
        movements=_movements(actors, {*parties, *named}, parties, ctx.gazetteer),
        negotiation=negotiation,
        lands=lands,
        headline=headline if negotiation and set(headline) == set(parties) else (),
    )


def _headline_sides(ctx: DocContext, meetings: list[MeetingMention], third: set[str]) -> tuple[str, ...]:
    """The two sides the headline names, when the body's meetings each see one of them only, with a
    person ("Ruritanian minister meets Freedonian guests" over "In a meeting with Jane Doe, X said ...";
    "Ruritanian FM seeks exports to Freedonia" over "he held talks with the Freedonian prime minister"):
    wire copy often names the visitor's country in the headline and the visitor in the body only by name,
    title or pronoun. Both must be named in the body as actors (not as places: "arrived in Freedonia") and
    neither be a third party; every held meeting the report tells must be its news (:func:`_news`) and see
    one of them and a person (a head, or someone tied to no actor), and no other actor. () otherwise: a
    headline's two countries alone ("X warns Y") say who is in the news, not who met."""
    title = ctx.document.title
    if not title or not meetings:
        return ()
    gazetteer = ctx.gazetteer
    named = {n for _s, _e, n in (*gazetteer.countries_in(title), *gazetteer.organisations_in(title))}
    if len(named) != 2 or named & third:
        return ()
    if not named <= {m.name for m in ctx.actors.mentions if m.name in named and not is_place(ctx.doc, m)}:
        return ()
    held = [m for m in meetings if not m.planned and not m.aside]
    if not held or any(
        len(seen := m.sides_seen) != 1
        or not seen <= named
        or not (m.heads or m.outsider)
        or not _news(ctx, m)
        for m in held
    ):
        return ()
    return tuple(sorted(named))


#: Plural nouns that name a report's two sides once counted as two ("the two governments").
_PAIR_NOUNS = word_list(MEETING_LISTS, "pair-nouns")


def _pair_named(ctx: DocContext, meetings: list[MeetingMention]) -> tuple[str, ...]:
    """The two countries a report names as actors (not as places), when a held meeting it tells as news
    sees no actor but has "the two governments" or "both countries" for its doers ("The agreement, which
    was signed by the two governments on Thursday, ..."): the two it names are those two. () when it names
    more or fewer, or no such meeting."""
    held = [m for m in meetings if not m.planned and not m.aside and not m.sides_seen and _news(ctx, m)]
    if not any(_done_by_a_pair(ctx, m) for m in held):
        return ()
    countries = {m.name for m in ctx.actors.mentions if m.type == "country" and not is_place(ctx.doc, m)}
    return tuple(sorted(countries)) if len(countries) == 2 else ()


def _done_by_a_pair(ctx: DocContext, m: MeetingMention) -> bool:
    """Whether a meeting's sentence has for a doer two of a kind, "the two governments" or "both
    countries": the subject of a verb, or who it was done by ("signed by the two governments")."""
    for tok in ctx.sents[m.evidence[0].sentence_index]:
        if tok.tag_ != "NNS" or tok.lower_ not in _PAIR_NOUNS:
            continue
        counted = any(
            c.dep_ in ("nummod", "det", "predet") and c.lower_ in ("two", "both") for c in tok.children
        )
        by = tok.dep_ == "pobj" and tok.head.dep_ == "agent"
        if counted and (tok.dep_ in ("nsubj", "nsubjpass") or by):
            return True
    return False


def _news(ctx: DocContext, m: MeetingMention) -> bool:
    """Whether a meeting is dated within a week of the report: its news, which a headline tells, not one
    recalled ("the hotel where X met his contacts on November 1", in a December report)."""
    return (
        m.date is not None
        and abs((ctx.anchor - dt.date.fromisoformat(m.date.value[:10])).days) <= LOOSE_DATE_DAYS
    )


def meeting_with_counterpart(ctx: DocContext, m: MeetingMention, sides: tuple[str, ...]) -> MeetingMention:
    """A held meeting that sees one of the headline's two sides (:func:`_headline_sides`) as a meeting of
    both: the other is whom that side met, and the person the report ties to no actor ("In a meeting with
    Jane Doe, X said ...") heads it; held with no place of its own, it is placed as the report's meetings
    of two sides are (:func:`~legation.nlp.meetings.places.placed_by_dateline`)."""
    seen = m.sides_seen
    if m.planned or m.aside or not seen <= set(sides):
        return m
    if not seen and _news(ctx, m) and _done_by_a_pair(ctx, m):  # "signed by the two governments"
        return placed_by_dateline(ctx, replace(m, parties=sides))
    if len(seen) != 1:
        return m
    other = next(s for s in sides if s not in seen)
    heads = m.heads
    if m.outsider is not None:
        told = m.evidence[0]
        at = told.sentence.find(m.outsider)
        start = ctx.sents[told.sentence_index].start_char + at
        where = ctx.evidence(start, start + len(m.outsider)) if at >= 0 else told
        heads = (*heads, Head(Actor(m.outsider, "person", party=other), where))
    both = replace(m, parties=(*dict.fromkeys((*m.parties, *seen)), other), heads=heads, outsider=None)
    return placed_by_dateline(ctx, both)  # two sides seen now: the dateline's city may be where they met


def _lands_of_communities(ctx: DocContext, actors: DocActors, sides: list[str]) -> dict[str, str | None]:
    """The sides of talks between the communities of one land, which the report names by a word they
    share ("Greek Cypriots" and "Turkish Cypriots"): the land itself beside one of them is no third side
    but how the report names the other community (its state's president leads that community), or,
    when the report names no single other community (None), the place the talks are about. Each such
    land, with the community it stands for."""
    communities: dict[str, set[str]] = defaultdict(set)  # each country, the communities that share its word
    for name in dict.fromkeys(m.name for m in actors.mentions if m.type == "group"):
        for country in community_words(name, ctx.gazetteer) or ():
            communities[country].add(name)
    lands: dict[str, str | None] = {}
    for land, people in communities.items():
        if land in sides and len(people) >= 2 and people & set(sides):
            others = sorted(people - set(sides))
            lands[land] = others[0] if len(others) == 1 else None
    return lands


def as_communities(names: Sequence[str], lands: dict[str, str | None]) -> list[str]:
    """Names with each land of :func:`_lands_of_communities` read as the community it stands for (or
    left out): a report's sides, and the sides of its meetings, which must be the track's to be rounds."""
    out: list[str] = []
    for name in names:
        found = lands.get(name, name)
        if found is not None and found not in out:
            out.append(found)
    return out


def meeting_as_communities(m: MeetingMention, lands: dict[str, str | None]) -> MeetingMention:
    """A meeting whose sides, and the sides its heads lead, are read by :func:`as_communities`: "President
    X" of the land heads the community the land stands for."""
    heads = tuple(
        replace(h, actor=replace(h.actor, party=lands[h.actor.party]))
        if h.actor.party is not None and lands.get(h.actor.party) is not None
        else h
        for h in m.heads
    )
    return replace(m, parties=tuple(as_communities(m.parties, lands)), heads=heads)


def _third_parties(roles: dict[str, list[tuple[str, Evidence]]], sides: set[str]) -> tuple[ThirdParty, ...]:
    """Every actor given a third-party role that is not a side, with the sentences that gave each role."""
    return tuple(
        ThirdParty(name, role, tuple(evidence))
        for name, found in sorted(roles.items())
        if name not in sides
        for role, evidence in _by_role(found).items()
    )


def _wordings(ctx: DocContext, actors: DocActors, party: str) -> tuple[str, ...]:
    """Every wording the report uses for a party: its mentions, and for a country the phrase of its
    government ("the Ruritanian transitional government", "Ruritania's caretaker government"), which
    reports and readers also name the side by; for a well-known movement, its full names in the lexicon
    (``aliases`` of ``actors.yaml``: "Islamic Resistance Movement" is Hamas's)."""
    wordings = list(actors.surfaces(party) or (party,))
    wordings += [full for full, known in actor_words().aliases.items() if known == party]
    for m in actors.mentions:
        if m.name != party or m.type != "country":
            continue
        tok = expanded_span(ctx.doc, m.start, m.end)
        head = tok.root.head if tok is not None else None
        if tok is None or head is None or tok.root.dep_ not in ("amod", "compound", "poss"):
            continue
        if head.lower_ in GOVERNMENT_NOUNS and head.i > tok.root.i:
            wordings.append(ctx.document.text[m.start : head.idx + len(head.text)])
    return tuple(dict.fromkeys(wordings))


def _who_met(
    meetings: list[MeetingMention], announced: list[MeetingMention] | None, hard: set[str]
) -> list[list[str]]:
    """The sides of each meeting the report describes, less the actors with a third-party role. When no
    held meeting has two sides but an announced one does, the announced meeting's sides: the actors of
    two meetings that each name one side ("X met officials in A", "Y flew to B for talks") never met
    each other, while the report names who will meet ("the next round between X and Y")."""
    own = [m for m in meetings if not m.aside]  # one told "separately" is another matter's
    if not own and not announced:
        own = meetings  # unless the report tells of no other
    held = [[p for p in m.parties if p not in hard] for m in own]
    took_place = [met for m, met in zip(own, held, strict=True) if not m.planned]
    if any(len(met) >= 2 for met in took_place):
        # a meeting to come with someone else ("X and Y met on Monday; X will open talks with Z on
        # Thursday") is X's other negotiation, not a third side of this one; so is a meeting held with
        # one other actor alone that the report tells after its lead ("Z's talks opened on Thursday")
        held_own = [m for m in own if not m.planned]
        lead = min(held_own, key=lambda m: min((e.sentence_index for e in m.evidence), default=0))
        pair = _lead_pair(held_own, took_place)
        if pair is not None:
            return [met for met in took_place if set(met) <= pair]
        paired = {p for met in took_place if len(met) >= 2 for p in met}
        return [
            met
            for m, met in zip(held_own, took_place, strict=True)
            if len(met) >= 2 or set(met) <= paired or m is lead
        ]
    if any(len(met) >= 2 for met in held):
        return held
    coming = [met for m in announced or () if len(met := [p for p in m.parties if p not in hard]) >= 2]
    return coming or held


def _lead_pair(held: list[MeetingMention], met: list[list[str]]) -> frozenset[str] | None:
    """The two sides of the report's first held meeting when its held meetings pair different sides ("X
    and Y began talks in A on Monday ... The talks follow a meeting in B in March between X and Z"; "X
    and Y signed a memorandum on Monday ... Z, W and V signed memorandums with X on Sunday"): one side's
    meetings with others are other negotiations, and the report tells of the one it leads with, not of
    talks of three or more. None when the held meetings pair the same two sides, when the first sees
    three or more sides, or when a meeting of three or more sees both sides of the first (talks of many,
    told also by their pairs)."""
    pairs = [(m, frozenset(sides)) for m, sides in zip(held, met, strict=True) if len(sides) >= 2]
    if len({pair for _m, pair in pairs}) < 2:
        return None
    first = min(pairs, key=lambda mp: min((e.sentence_index for e in mp[0].evidence), default=0))[1]
    if len(first) > 2 or any(len(pair) > 2 and first <= pair for _m, pair in pairs):
        return None
    return first


def talks_size(
    text: str, folded: str | None = None, places: Callable[[str], Sequence[int]] | None = None
) -> int | None:
    """The number of sides the talks have when the report says it ("six-party talks"); the most often
    said when it says several. ``folded`` and ``places`` let :func:`legation.nlp.prefilter.may_match`
    rule out at once a text that lacks the pattern's words, as most do."""
    if not may_match(_SIZE, folded, places):
        return None
    # the folded text searched case-sensitively where it may be: the same places and the number's word
    # lower-cased, about two fifths faster (``re`` lower-cases each character under IGNORECASE)
    lower = folded_pattern(_SIZE) if folded is not None else None
    found = lower.finditer(folded) if lower is not None and folded is not None else _SIZE.finditer(text)
    sizes = Counter(_NUMBERS.get(m.group(1).lower()) or int(m.group(1)) for m in found)
    return sizes.most_common(1)[0][0] if sizes else None


def _members(ctx: DocContext, actors: DocActors, size: int) -> tuple[str, ...]:
    """The sides of "N-party talks" when one sentence that names the format lists exactly N actors
    ("the six-party talks, which involve A, B, C, D, E and F")."""
    text = ctx.document.text
    for sent in ctx.sents:
        if not _SIZE.search(text, sent.start_char, sent.end_char):
            continue
        names = dict.fromkeys(
            m.name for m in actors.in_range(sent.start_char, sent.end_char) if not is_place(ctx.doc, m)
        )
        if len(names) == size:
            return tuple(sorted(names))
    return ()


def _roles(
    ctx: DocContext, actors: DocActors, meetings: list[MeetingMention], talk_actors: set[str]
) -> dict[str, list[tuple[str, Evidence]]]:
    roles: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
    for mention in actors.mentions:
        role = ctx.role_of(mention)
        if role is not None:
            roles[mention.name].append((role, ctx.evidence(mention.start, mention.end)))
    met = {p for m in meetings for p in m.parties}
    for m in meetings:
        if len(m.parties) == 1 and m.evidence and _BOTH_SIDES.search(m.evidence[0].sentence):
            # one who meets both delegations ("the host's minister met both delegations separately")
            # goes between the sides, and is none of them
            roles[m.parties[0]].append(("mediator", m.evidence[0]))
    for m in meetings:
        host = ctx.gazetteer.city_country(m.city) if m.city else None
        if host is None or host in met:
            continue
        if not ctx.gazetteer.is_capital(m.city or "") and host in talk_actors:
            continue  # a city of a country the report names about the talks: a place of one side's
        roles[host].append(("host", m.field_evidence.get("city") or m.evidence[0]))
    return roles


def _sentence_sides(
    sentences: list[tuple[list[str], bool]], not_sides: set[str], sides: list[str], movements: set[str]
) -> list[str]:
    """Sides from the sentences about the talks themselves first, else from every sentence that
    describes a negotiation (those about a deal name its bystanders too: "a deal that spares supplies
    to X"). The one side of a meeting comes first ("X met officials in A"), unless it is a movement that
    no sentence about the negotiation names beside another actor: a movement meeting alone ("the
    opposition parties will meet on Friday to choose a leader") holds no talks, while a country's or a
    body's may be with someone the report names only by a pronoun ("he told reporters after a meeting
    with the Ruritanian chancellor")."""
    beside_others = {name for names, _at in sentences if len(set(names) - not_sides) >= 2 for name in names}
    if beside_others:
        sides = [p for p in sides if p in beside_others or p not in movements]
    table = [names for names, at_table in sentences if at_table]
    at_table = _sides_from_sentences(table, not_sides, sides)
    if len(at_table) >= 2:
        return at_table
    return _sides_from_sentences([names for names, _at in sentences], not_sides, sides)


def _sides_from_sentences(in_talks: list[list[str]], third: set[str], sides: list[str]) -> list[str]:
    """Sides from the sentences that describe a negotiation, when no meeting sentence names two."""
    counts: Counter[str] = Counter()
    for actors in in_talks:
        names = [n for n in actors if n not in third]
        if len(names) >= 2:
            counts.update(names)
    ranked = [p for p in sides if p not in third] + [p for p, _n in counts.most_common() if p not in sides]
    if len(ranked) < 2 or not counts:
        return ranked
    second = sorted(counts.values(), reverse=True)[1] if len(counts) > 1 else 0
    return [p for i, p in enumerate(ranked) if i < 2 or counts[p] >= 0.75 * second]


def _movements(
    actors: DocActors, names: set[str], parties: tuple[str, ...], gazetteer: Gazetteer
) -> tuple[str, ...]:
    """The movements among these actors that reports name in many ways (not "Hamas", which is always
    "Hamas", nor a community, "the Turkish Cypriots"): they key a track as a movement, not by name."""
    known = actor_words().names
    movements = {m.name for m in actors.mentions if m.type == "group" and m.name in names} - known
    # a community is named alike by every report ("the Turkish Cypriots"), never by the many names of a
    # movement
    movements = {name for name in movements if community_words(name, gazetteer) is None}
    # a report that tells two movements apart by their names ("the SLM and the JEM") keys each by its name;
    # a common noun for others ("the opposition parties will meet on Friday", in a report of the rebels'
    # talks with the government) names no second movement
    named = {m.name for m in actors.mentions if m.type == "group" and not m.generic and m.name in movements}
    if len(movements) < 2:
        return tuple(sorted(movements))
    return tuple(named) if len(named) == 1 else ()


@functools.cache
def _at_table_words() -> frozenset[str]:
    """The negotiation words that name the talks or those at the table, not what they seek (a deal)."""
    words = meeting_words()
    table = {"negotiate", "negotiated", "negotiating", "negotiation", "negotiations", "negotiator"}
    table |= {"negotiators", "delegation", "delegations"}
    return frozenset(w for w in words.negotiation if w in words.nouns | words.verbs | table)


def _talk_sentences(ctx: DocContext, actors: DocActors) -> list[tuple[list[str], bool]]:
    """The actors of each sentence that describes a negotiation (talks, a delegation, an offer ...), and
    whether it speaks of the talks themselves or those at the table (:func:`_at_table_words`)."""
    words, table = meeting_words().negotiation, _at_table_words()
    text = ctx.document.text
    found = []
    lowers, lemmas = ctx.lowers, ctx.lemmas  # read once per document, not per sentence and word
    for sent in ctx.sents:
        talk = at_table = False
        for i in range(sent.start, sent.end):
            low, lemma = lowers[i], lemmas[i]
            if low not in words and lemma not in words:
                continue
            tok = ctx.tokens[i]
            if not meets_a_requirement(tok) and not of_a_contest(tok) and not others_talks(ctx, tok):
                talk = True
                at_table = at_table or low in table or lemma in table  # the table's words are talk words
                if at_table:
                    break
        if talk:
            in_sentence = actors.in_range(sent.start_char, sent.end_char)
            named = [
                m
                for m in in_sentence
                if not is_place(ctx.doc, m) and not _subject_matter(ctx, sent, m) and not backs(text, m)
            ]
            between = _between(ctx, sent, named, words)
            if len(between) >= 2:
                named = between  # "talks between X and Y" names the sides, whoever else the sentence names
            names = list(dict.fromkeys(m.name for m in named))
            # a source is an actor named only as the source ("X's ministry said Y and Z met"), not one also
            # named as a doer ("X and Y agreed ..., X's negotiator said")
            said = [_source_of_report(ctx, sent, m) for m in named]
            sources = {m.name for m, s in zip(named, said, strict=True) if s} - {
                m.name for m, s in zip(named, said, strict=True) if not s and _reported_doer(ctx, m)
            }
            if len(set(names) - sources) >= 2:
                names = [n for n in names if n not in sources]
            found.append((names, at_table))
    return found


def _across(ctx: DocContext, parties: tuple[str, ...], meetings: list[MeetingMention]) -> bool:
    """Whether the two actors are the two sides of the report's talks: one of its meetings is theirs
    alone, or a sentence pairs them (:func:`_joined_in_a_sentence`)."""
    return any(set(m.parties) == set(parties) for m in meetings if not m.aside) or _joined_in_a_sentence(
        ctx, *parties
    )


def _joined_in_a_sentence(ctx: DocContext, first: str, second: str) -> bool:
    """Whether a sentence makes the two actors one subject ("X and Y opened negotiations") or the two
    ends of a "between": the two sides of something, never one inside the other."""
    for sent in ctx.sents:
        roots: dict[str, list[Token]] = {first: [], second: []}
        for m in ctx.actors.in_range(sent.start_char, sent.end_char):
            span = expanded_span(ctx.doc, m.start, m.end) if m.name in roots else None
            if span is not None:
                roots[m.name].append(_owner(span.root))
        for a in roots[first]:
            for b in roots[second]:
                one, other = (a, b) if a.i < b.i else (b, a)
                joined = other.dep_ == "conj" and other.head.i == one.i
                if joined and (one.dep_ in ("nsubj", "nsubjpass") or one.head.lower_ == "between"):
                    return True
    return False


def _owner(tok: Token) -> Token:
    """The noun an actor's name modifies, through titles and names ("EU chief negotiator Jane Doe" →
    "Doe"): the one who stands for the actor in the sentence."""
    while tok.dep_ in ("compound", "poss", "amod", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _reported_doer(ctx: DocContext, m: ActorMention) -> bool:
    """Whether the actor is the subject of what the sentence reports ("X and Y agreed ..., a source
    said"), not of an aside in it ("..., with whom X met, ...")."""
    span = expanded_span(ctx.doc, m.start, m.end)
    if span is None:
        return False
    tok = span.root
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("ROOT", "ccomp")


def _between(
    ctx: DocContext, sent: Span, named: list[ActorMention], words: frozenset[str]
) -> list[ActorMention]:
    """The actors of "talks between X and Y" ("efforts between X and Y", "talks are under way between X
    and Y", "talks among X, Y and Z", "an agreement reached between X and Y"): a "between" or "among" hung
    on a negotiation word, on the verb whose subject one is, or on a participle describing one."""
    for tok in ctx.tokens_lower_in(sent, ("between", "among", "amongst")):
        if tok.dep_ != "prep":
            continue
        head = tok.head
        talk = (
            _talk_word(head, words)
            or any(c.dep_ in ("nsubj", "nsubjpass") and _talk_word(c, words) for c in head.children)
            # "an agreement reached between X and Y": on the participle that describes the talk word
            or (head.dep_ in ("acl", "relcl") and _talk_word(head.head, words))
        )
        if not talk:
            continue
        lo, hi = tok.idx, tok.right_edge.idx + len(tok.right_edge.text)
        inside = [m for m in named if lo <= m.start and m.end <= hi]
        if len({m.name for m in inside}) >= 2:
            return inside
    return []


def _talk_word(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words or tok.lower_ in meeting_words().nouns


def _source_of_report(ctx: DocContext, sent: Span, mention: ActorMention) -> bool:
    """Whether the actor is only who reports what the sentence says ("X and Y agreed ..., the European
    Council said"): the subject of a verb of saying that the sentence's talk is told under."""
    tok = ctx.token_at(sent, mention.start)
    while tok is not None and tok.dep_ in ("compound", "amod", "det", "poss") and tok.head.i != tok.i:
        tok = tok.head
    if tok is None or tok.dep_ != "nsubj":
        return False
    return is_speech(tok.head) and any(c.dep_ == "ccomp" for c in tok.head.children)


#: A clause inside the topic says something else about it ("talks on X, which also involve Y").
_CLAUSES = frozenset({"relcl", "acl", "appos", "ccomp", "advcl", "parataxis"})


def _subject_matter(ctx: DocContext, sent: Span, mention: ActorMention) -> bool:
    """Whether the actor is only what the talks are about, not one of those talking: it sits under a
    preposition of topic ("six powers resumed talks on how to coerce X"), and no clause inside the topic
    names it ("talks on the dispute, which involve X and Y"); or it only says whose are the people a
    deal frees ("X prisoners"), or who is taken away ("the withdrawal of X's militias and Y's
    mercenaries", not "the withdrawal of X from the talks")."""
    tok = ctx.token_at(sent, mention.start)
    if tok is None:
        return False
    if tok.dep_ in ("amod", "compound", "nmod") and _held(tok.head):
        return True  # "an exchange of X hostages for Y prisoners": whose they are, not who negotiates
    heads, deps, lowers = ctx.heads, ctx.deps, ctx.lowers  # the walk up read from the tables, no Tokens
    at = tok.i
    while heads[at] != at and deps[at] not in _CLAUSES:
        if deps[at] == "prep" and lowers[at] in TOPIC_PREPOSITIONS:
            return True
        if deps[at] == "prep" and lowers[at] == "of" and _removed(ctx.tokens[heads[at]]):
            return True
        at = heads[at]
    return False


def _removed(noun: Token) -> bool:
    """A noun of forces taken away ("withdrawal", `removal` words of ``actors.yaml``), not of a side leaving
    the talks ("the withdrawal of X from the negotiations")."""
    if (
        noun.lemma_.lower() not in actor_words().removal_nouns
        and noun.lower_ not in actor_words().removal_nouns
    ):
        return False
    left = (o for p in noun.children if p.lower_ == "from" for o in p.children if o.dep_ == "pobj")
    return not any(_talk_word(o, frozenset()) for o in left)


def _held(noun: Token) -> bool:
    return noun.lower_ in actor_words().held_nouns or noun.lemma_.lower() in actor_words().held_nouns


def _by_role(found: list[tuple[str, Evidence]]) -> dict[str, list[Evidence]]:
    out: dict[str, list[Evidence]] = defaultdict(list)
    for role, evidence in found:
        if evidence not in out[role]:
            out[role].append(evidence)
    return out
