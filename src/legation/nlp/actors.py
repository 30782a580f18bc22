"""The actors a report names — countries, international organisations and non-state movements — and the
role each plays in the negotiation it describes: a side, or a host, mediator, facilitator, chair,
guarantor or observer.

Negotiations are often between a state and a movement ("the government and the rebels"), and are often
held in a third country or through a mediator; a party list made of every country named would split one
negotiation into many. So every actor mention is found once per document (:class:`DocActors`), with:

* countries and organisations from the gazetteer;
* non-state actors from the data file ``actors.yaml``: proper names with a type word ("... Liberation
  Front"), known movement names, acronyms defined in the text, and common nouns ("Kabila's rebels",
  "the insurgents") that all stand for the document's movement;
* "the government" (without a country) as the document's main country.

A movement is named in a report by its full name where it gives one, else by its most specific common
noun phrase; every wording is kept, so that fusion can show them and tracks can be matched on any.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from spacy.tokens import Span

from legation.lexicon import Field, load_bundled, word_list
from legation.nlp.context import (
    doc_text,
    entities,
    expanded_root,
    expanded_span,
    parse_tables,
    sentence_range,
)
from legation.nlp.lexicons import MEETING_LISTS, meeting_words
from legation.nlp.people import capital_spoken_in, community_name, given_name, title_before

ActorType = Literal["country", "organisation", "group"]

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,7}")
#: The words between a name and a movement in apposition to it: "X, a ", "X, the exiled ".
_APPOSED = re.compile(r",\s+(?:an?|the)\s+(?:[a-z]+\s+)?$")
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
#: Roles that do not stop an actor from being a side when it is listed among the sides (the host of
#: multilateral talks often negotiates too).
SOFT_ROLES = frozenset({"host", "chair"})
#: Nouns of a state's government: "the government" is the main country, "the Ruritanian government" Ruritania.
GOVERNMENT_NOUNS = word_list("actors.yaml", "government-nouns")
#: Heads of a name that say it is a body of others: the words after "of" tell what kind ("Supreme Council
#: of Islamic Courts").
_UMBRELLAS = word_list("actors.yaml", "umbrellas")
#: nouns of a company that never describe a person ("energy giant X", where the model tags X as a person)
_IMPERSONAL = word_list("actors.yaml", "impersonal-describing")


@dataclass(frozen=True, slots=True)
class ActorWords:
    group_nouns: frozenset[str]
    name_words: frozenset[str]
    names: frozenset[str]
    roles: dict[str, str]  # cue word → third-party role
    aliases: dict[str, str] = field(default_factory=dict)  # full name → the name it is known by
    #: nouns of armed movements ("rebels", "insurgents"): in one report they all name its one armed
    #: movement, unlike "opposition parties" or "unions"
    armed_nouns: frozenset[str] = frozenset()
    #: nouns of a political movement ("the opposition", "the opposition coalition"): in one report they
    #: all name its one opposition, which may be a movement of another kind than its armed one
    movement_nouns: frozenset[str] = frozenset()
    #: common nouns after a movement's noun that stand for the movement ("the opposition delegation"); any
    #: other common noun after it is described by it ("opposition politicians"), no movement
    movement_heads: frozenset[str] = frozenset()
    #: cue words that give a role to an international organisation only ("the UN envoy")
    organisation_roles: dict[str, str] = field(default_factory=dict)
    #: nouns that make the proper name they describe a company ("gas giant X", "the oil firm X")
    company_nouns: frozenset[str] = frozenset()
    #: titles a company's people hold: the name before one is a company ("X chief executive Jane Doe")
    company_titles: frozenset[str] = frozenset()
    #: words of a public body's name, which a company title before a person does not make a company
    body_words: frozenset[str] = frozenset()
    #: words of a news outlet's name ("... Broadcasting Corporation"): an outlet reports, it is no party
    media_words: frozenset[str] = frozenset()
    #: words after "X-" that make X a backer of what follows ("X-backed rebels"), not a side there
    backing_words: frozenset[str] = frozenset()
    #: nouns of going somewhere ("a visit to X"): X is a place
    journey_words: frozenset[str] = frozenset()
    #: verbs of giving something to someone ("presented a proposal to X"): X is whom it goes to
    giving_words: frozenset[str] = frozenset()
    #: titles of a government's own officials ("Foreign Minister X"): with no country, the country of
    #: the capital the report is datelined in
    host_titles: frozenset[str] = frozenset()
    #: names of a state's own forces after its name or demonym ("the Chadian Armed Forces"): that state
    state_forces: frozenset[str] = frozenset()
    #: nouns of people held, freed or exchanged ("X prisoners", "Y hostages"): whose they are is what
    #: a deal is about, not a side at the table
    held_nouns: frozenset[str] = frozenset()
    #: words after "X-" that say where a thing is from ("an X-owned mine"): X is no actor there
    origin_words: frozenset[str] = frozenset()
    #: nouns of things named after a city ("the Minsk Group", "the Doha round"): the city is no actor there
    named_after: frozenset[str] = frozenset()
    #: names of currencies ("U.S. dollars", "Swiss francs"): the country before one names money, no actor
    currencies: frozenset[str] = frozenset()
    #: words before a title a person no longer holds ("former", "ex-"): the country in that title is
    #: theirs no more, and it makes them no side ("former Ruritanian foreign minister X, now a UN envoy")
    bygone_words: frozenset[str] = frozenset()
    #: nouns of a state's own bodies ("ministry", "embassy"): with the state named before them ("the
    #: Saudi foreign ministry") one body of that state, not a generic group
    body_nouns: frozenset[str] = frozenset()
    #: nouns of fighting forces named by a people or region that is no state ("Tigrayan forces"): a
    #: movement's, whose side is the movement
    people_forces: frozenset[str] = frozenset()
    #: capitalised words before those nouns that name no people ("Government forces", "Coalition forces")
    not_a_people: frozenset[str] = frozenset()
    #: nouns after a political party's family name that name the party itself ("the Socialist Party",
    #: "the small Greens party"): the party is its family ("Socialists")
    party_nouns: frozenset[str] = frozenset()
    #: the names of party families ("Socialists", "Communists"): with a country's word before them ("the
    #: Ruritanian Communist Party") they name that state's own party, no side of its own
    party_families: frozenset[str] = frozenset()
    #: common nouns for a state ("the island nation of X", "the kingdom of Y"): with the state's name after
    #: "of", the phrase is that state
    state_nouns: frozenset[str] = frozenset()
    #: military ranks ("General X", "Lieutenant General Y"): with no country, in a report datelined in a
    #: capital, an officer of that capital's country, as a government title is (a statement's speaker)
    ranks: frozenset[str] = frozenset()
    #: the words that make a proper name a union's ("... Workers", "... Federation"): the one such name
    #: of a report is what its "the union" stands for
    union_words: frozenset[str] = frozenset()
    #: the words that make a proper name a company's ("... Motor", "... Corp"): the name without them is
    #: the same company ("Ford" of "Ford Motor")
    company_words: frozenset[str] = frozenset()
    #: nouns of a boundary ("border", "frontier"): a country "near the border with" it is a place
    boundary_nouns: frozenset[str] = frozenset()
    #: nouns of forces taken away ("withdrawal", "pullout"): those "the withdrawal of" names are what a
    #: deal is about, not who makes it
    removal_nouns: frozenset[str] = frozenset()
    #: movements that govern a state from a day on (name → (state, first day)): in a report written
    #: since, the movement's name stands for the state it governs, as its government's side at a table
    governing: dict[str, tuple[str, dt.date]] = field(default_factory=dict)
    #: titles whose "of" or "for" names a field of government, not a body the holder serves ("the minister
    #: of Communication X"): no side
    portfolio_titles: frozenset[str] = frozenset()
    #: nouns for one side of talks ("side"): with a country's word before them ("the Thai side said") the
    #: phrase is an unnamed speaker of that country, no body
    side_nouns: frozenset[str] = frozenset()


#: Entry types of ``actors.yaml`` that list cue words (``words``), one set of :class:`ActorWords` each.
_CUE_WORD_TYPES = (
    "backing", "journey", "giving", "host_title", "state_forces", "held", "origin", "named_after", "currency",
    "bygone", "body", "people_forces", "not_a_people", "party_noun", "state_noun",
    "rank", "boundary", "removal", "portfolio_title", "side_noun",
)  # fmt: skip


@functools.cache
def actor_words() -> ActorWords:
    data = load_bundled(
        "actors.yaml",
        (
            Field(
                "type",
                choices=(
                    "armed_group",
                    "movement",
                    "authority",
                    "company",
                    "union",
                    "media",
                    "party",
                    "role",
                    "governing",
                    *_CUE_WORD_TYPES,
                ),
            ),
            Field("nouns", list, required=False),
            Field("name_words", list, required=False),
            Field("names", list, required=False),
            Field("role", required=False),
            Field("words", list, required=False),
            Field("aliases", dict, required=False),
            Field("actors", required=False, choices=("organisation",)),
            Field("describing", list, required=False),
            Field("titles", list, required=False),
            Field("not_words", list, required=False),
            Field("heads", list, required=False),
            Field("state", required=False),
            Field("since", required=False),
        ),
    )
    nouns: set[str] = set()
    name_words: set[str] = set()
    names: set[str] = set()
    roles: dict[str, str] = {}
    aliases: dict[str, str] = {}
    armed: set[str] = set()
    movement: set[str] = set()
    movement_heads: set[str] = set()
    organisation_roles: dict[str, str] = {}
    company: set[str] = set()
    company_titles: set[str] = set()
    body_words: set[str] = set()
    media: set[str] = set()
    families: set[str] = set()
    union_words: set[str] = set()
    company_words: set[str] = set()
    cue_words: dict[str, set[str]] = {k: set() for k in _CUE_WORD_TYPES}
    governing: dict[str, tuple[str, dt.date]] = {}
    for e in data.entries:
        if e["type"] == "governing":
            since = dt.date.fromisoformat(str(e["since"]))
            governing.update({name: (str(e["state"]), since) for name in e.get("names") or ()})
            continue
        company.update(w.lower() for w in e.get("describing") or ())
        company_titles.update(" ".join(w.lower().split()) for w in e.get("titles") or ())
        body_words.update(e.get("not_words") or ())
        if e["type"] == "media":
            media.update(e.get("name_words") or ())
            continue
        if e["type"] in cue_words:
            cue_words[e["type"]].update(" ".join(w.lower().split()) for w in e.get("words") or ())
            continue
        if e["type"] == "role":
            into = organisation_roles if e.get("actors") == "organisation" else roles
            into.update({w.lower(): e["role"] for w in e.get("words") or ()})
            continue
        nouns.update(w.lower() for w in e.get("nouns") or ())
        if e["type"] == "party":
            families.update(e.get("names") or ())
        if e["type"] == "armed_group":
            armed.update(w.lower() for w in e.get("nouns") or ())
        if e["type"] == "movement":
            movement.update(w.lower() for w in e.get("nouns") or ())
            movement_heads.update(w.lower() for w in e.get("heads") or ())
        name_words.update(e.get("name_words") or ())
        if e["type"] in ("union", "company"):
            (union_words if e["type"] == "union" else company_words).update(e.get("name_words") or ())
        names.update(e.get("names") or ())
        aliases.update(e.get("aliases") or {})
    # an acronym some papers write as a word ("Farc", "Unita"): the same name
    worded = {n.capitalize(): n for n in names if len(n) >= 4 and n.isalpha() and n.isupper()}
    names.update(worded)
    aliases.update(worded)
    return ActorWords(
        frozenset(nouns),
        frozenset(name_words),
        frozenset(names),
        roles,
        aliases,
        frozenset(armed),
        frozenset(movement),
        frozenset(movement_heads),
        organisation_roles,
        frozenset(company),
        frozenset(company_titles),
        frozenset(body_words),
        frozenset(media),
        frozenset(cue_words["backing"]),
        frozenset(cue_words["journey"]),
        frozenset(cue_words["giving"]),
        frozenset(cue_words["host_title"]),
        frozenset(cue_words["state_forces"]),
        frozenset(cue_words["held"]),
        frozenset(cue_words["origin"]),
        frozenset(cue_words["named_after"]),
        frozenset(cue_words["currency"]),
        frozenset(cue_words["bygone"]),
        frozenset(cue_words["body"]),
        frozenset(cue_words["people_forces"]),
        frozenset(cue_words["not_a_people"]),
        frozenset(cue_words["party_noun"]),
        frozenset(families),
        frozenset(cue_words["state_noun"]),
        frozenset(cue_words["rank"]),
        frozenset(union_words),
        frozenset(company_words),
        frozenset(cue_words["boundary"]),
        frozenset(cue_words["removal"]),
        governing,
        frozenset(cue_words["portfolio_title"]),
        frozenset(cue_words["side_noun"]),
    )


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    name: str  # the actor's name in this document
    type: ActorType
    surface: str
    generic: bool = False  # a common noun ("the rebels") standing for the document's movement
    person: bool = False  # a person's name standing for their side ("Zairean President X", later "X")


@dataclass
class DocActors:
    """Every actor mention of one document, in text order, and the wordings used for each actor."""

    mentions: list[ActorMention] = field(default_factory=list)
    #: The movement each person (by surname) belongs to when the report says so ("Hamas leader X",
    #: "X's Fatah party"), also for people who otherwise stand for their country by their title.
    affiliations: dict[str, str] = field(default_factory=dict)
    _index: tuple[list[int], list[int], int] | None = field(default=None, repr=False, compare=False)

    def in_range(self, start: int, end: int) -> list[ActorMention]:
        """The mentions wholly inside ``[start, end)``, in list order: a bisection of the mentions by
        start, as the meeting and issue readers ask this of every phrase."""
        index = self._by_start()
        lo = bisect.bisect_left(index[0], start)
        hi = bisect.bisect_right(index[0], end)
        return [self.mentions[i] for i in sorted(index[1][lo:hi]) if self.mentions[i].end <= end]

    def _by_start(self) -> tuple[list[int], list[int]]:
        """The mentions' starts in order, with each one's place in :attr:`mentions` (made again when
        mentions were added since)."""
        if self._index is None or self._index[2] != len(self.mentions):
            order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
            self._index = ([self.mentions[i].start for i in order], order, len(self.mentions))
        return self._index[0], self._index[1]

    def names_in(self, start: int, end: int) -> list[str]:
        return list(dict.fromkeys(m.name for m in self.in_range(start, end)))

    def surfaces(self, name: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.surface for m in self.mentions if m.name == name))


def find_actors(ctx: Any) -> DocActors:
    """Every actor mention of the document of ``ctx`` (a :class:`~legation.nlp.context.DocContext`)."""
    text: str = ctx.document.text
    doc = ctx.doc
    words = actor_words()
    groups = _spelt_out(text, ctx.gazetteer, words, _named_groups(doc, text, ctx.gazetteer, words))
    groups = [g for g in groups if not _party_in_office(text, g, words)]
    groups += _described(doc, text, words, groups, ctx.gazetteer)
    groups += _umbrella_members(text, groups)
    groups = _short_company_names(doc, groups, words, ctx.gazetteer)
    groups += _acronyms(text, groups)
    groups = _known_as(text, groups, words)
    starts = ctx.tokens_lower_in(doc[:], _first_words(words.group_nouns))  # most texts have few
    generic = _generic_groups(doc, text, words, groups, starts)
    generic += _counterparts(doc, text, [*groups, *generic], ctx.gazetteer)
    generic += _people_forces(ctx, words, [*groups, *generic])
    # a news outlet's name is no actor, nor the country in it ("Zambia National Broadcasting Corporation")
    taken = [(g.start, g.end) for g in [*groups, *generic]] + _outlets(doc, words) + _described_outlets(ctx)

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    mentions = [*groups, *generic]
    spelt = spelt_acronyms(text)
    for start, end, name in ctx.gazetteer.organisations_in(text):
        # (an acronym the report spells out as another name is not the body the list knows by it)
        other = spelt.get(text[start:end])
        if _end_of_another_name(text, start, end, ctx.gazetteer):
            continue
        if free(start, end) and (other is None or ctx.gazetteer.organisation(other) == name):
            mentions.append(ActorMention(start, end, name, "organisation", text[start:end]))
            taken.append((start, end))
    countries = _communities(
        text,
        [ActorMention(s, e, name, "country", text[s:e]) for s, e, name in ctx.gazetteer.countries_in(text)],
        ctx.gazetteer,
    )
    named_people = _metonym_surnames(doc, ctx.gazetteer) if countries else set()
    countries = [
        m
        for m in countries
        if free(m.start, m.end)
        and not _first_name(doc, m)
        and m.surface not in named_people
        and not _of_a_company(doc, m, words)
        and not _named_after(ctx, m, words)
        and not _of_a_currency(text, m, words)
        and not _in_bygone_title(doc, m, words)
        and not _of_a_movement(text, m, groups)
    ]
    mentions += countries
    affiliations = _affiliations(doc, text, mentions)
    main = _main_country(ctx, countries, [m for m in mentions if m.type == "group"])
    mentions += _people(ctx, mentions, free, affiliations, main)
    if main is not None:
        main = _main_besides_third_parties(ctx, mentions, countries, main)
    for named in _named_governments(ctx, countries, [m for m in mentions if m.type == "group"]):
        if free(named.start, named.end):
            mentions.append(named)
            taken.append((named.start, named.end))
    for seated in _seated_governments(ctx, words):
        if free(seated.start, seated.end):
            mentions.append(seated)
            taken.append((seated.start, seated.end))
    if main is not None:
        for tok in ctx.tokens_lower_in(doc[:], GOVERNMENT_NOUNS):
            # (the tagger may take a government noun before its people for an adjective: "junta officials")
            noun = tok.pos_ == "NOUN" or (tok.pos_ == "ADJ" and tok.dep_ in ("compound", "amod"))
            if noun and _bare(tok) and free(tok.idx, _end(tok)):
                start = _described_from(tok)  # "the caretaker government": reports name the side so
                mentions.append(ActorMention(start, _end(tok), main, "country", text[start : _end(tok)]))
    mentions = _name_opposition(text, _name_movement(mentions))
    mentions, affiliations = _as_governments(mentions, affiliations, ctx.document.anchor, words)
    mentions.sort(key=lambda m: (m.start, m.end))
    return DocActors(mentions, affiliations)


def _as_governments(
    mentions: list[ActorMention], affiliations: dict[str, str], day: dt.date, words: ActorWords
) -> tuple[list[ActorMention], dict[str, str]]:
    """A movement that governs a state when the report is written negotiates as that state: "Taliban
    negotiators" after the movement took power are the state's delegation, and reports that name the state
    and reports that name the movement must key one track."""
    states = {name: state for name, (state, since) in words.governing.items() if day >= since}
    if not states:
        return mentions, affiliations
    mentions = [
        replace(m, name=states[m.name], type="country", generic=False) if m.name in states else m
        for m in mentions
    ]
    return mentions, {who: states.get(side, side) for who, side in affiliations.items()}


def _named_governments(
    ctx: Any, countries: list[ActorMention], groups: list[ActorMention]
) -> list[ActorMention]:
    """A government named by what it stands for, not by its country ("the Government of National Accord
    (GNA)", "the Ruritanian Government of National Unity"): the government of the country its name
    gives, else of the country the report names most (:func:`_main_country`, wherever the report is
    written from: a capital's report on another country's rival governments), under that name and under
    the acronym in brackets
    after it ("the GNA"), so that the reports that call a side "the GNA" and those that call it "the
    government" or by its country name one side, with the name among its wordings. A government of a
    country, a city or a region ("the Government of Chad", "the Government of Tigray": a one-word name)
    is not one of these."""
    text: str = ctx.document.text
    found = []
    for ent in entities(ctx.doc):
        if ent.label_ != "ORG" or "of" not in text[ent.start_char : ent.end_char]:
            continue
        government = next((t for t in ent if t.lower_ in GOVERNMENT_NOUNS and t.text[:1].isupper()), None)
        if government is None or government.i + 3 >= ent.end or ent.doc[government.i + 1].lower_ != "of":
            continue
        stands_for = ent.doc[government.i + 2 : ent.end]
        if not all(t.text[:1].isupper() for t in stands_for) or ctx.gazetteer.countries_in(stands_for.text):
            continue
        if ctx.gazetteer.city_country(stands_for.text) is not None:
            continue
        own = ctx.gazetteer.countries_in(ent.doc[ent.start : government.i].text)
        country = own[0][2] if own else _main_country(ctx, countries, groups, by_dateline=False)
        if country is None:
            continue
        start, end = government.idx, ent.end_char
        found.append(ActorMention(start, end, country, "country", text[start:end]))
        acronym = _acronym_after(text, end)
        if acronym is not None:
            for hit in re.finditer(rf"\b{re.escape(acronym)}\b", text):
                found.append(ActorMention(hit.start(), hit.end(), country, "country", acronym))
    return found


def _seated_governments(ctx: Any, words: ActorWords) -> list[ActorMention]:
    """A government named by its seat, whoever else the report names: "the Tripoli-based government"
    (a city before an `origin` word), "the UN-backed government in Tripoli", "the recognised government
    in Aden" (a city after "in", when a participle says which government it is: "the government in
    Nairobi" alone may be where talks were held). It is the government of the city's country, named
    by the whole phrase, as reports that name the country call the same side."""
    doc, text, gazetteer = ctx.doc, ctx.document.text, ctx.gazetteer
    found = []
    for tok in ctx.tokens_lower_in(doc[:], GOVERNMENT_NOUNS):
        if tok.pos_ != "NOUN":
            continue
        for mod in (c for c in tok.lefts if c.dep_ == "amod" and c.lower_ in words.origin_words):
            city = next((c for c in mod.lefts if c.pos_ == "PROPN"), None)
            country = gazetteer.city_country(city.text) if city is not None else None
            if city is not None and country is not None:
                start, end = city.idx, _end(tok)
                found.append(ActorMention(start, end, country, "country", text[start:end]))
        if not any(c.dep_ == "amod" and (c.tag_ == "VBN" or "-" in c.text) for c in tok.lefts):
            continue
        for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"):
            city = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            country = gazetteer.city_country(city.text) if city is not None else None
            if city is not None and country is not None:
                start, end = tok.idx, _end(city)
                found.append(ActorMention(start, end, country, "country", text[start:end]))
    return found


def _main_country(
    ctx: Any,
    countries: list[ActorMention],
    groups: list[ActorMention],
    besides: frozenset[str] = frozenset(),
    by_dateline: bool = True,
) -> str | None:
    """The country "the government" of a report stands for: the one it names most as an actor, a
    movement's country counting too ("X-ian rebels" fight X's government); unless the report is
    datelined in a country's capital and names that country at least as often, as a place or not
    ("rebels in southern X ... government negotiators"): a capital's report speaks of its own
    government without naming it (not ``by_dateline``: the country named most, wherever the report is
    written). Countries ``besides`` are none of those."""
    named: Counter[str] = Counter()
    first: dict[str, int] = {}  # a tie goes to the country named first
    for m in countries:
        if not is_place(ctx.doc, m) and m.name not in besides:
            named[m.name] += 1
            first.setdefault(m.name, m.start)
    for group in groups:
        for _s, _e, name in ctx.gazetteer.countries_in(group.surface):
            if name not in besides:
                named[name] += 1
                first[name] = min(first.get(name, group.start), group.start)
    as_actor = sorted(named.items(), key=lambda kv: (-kv[1], first[kv[0]]))[:1]
    home = _dateline_country(ctx) if by_dateline else None
    if home is not None and home not in besides:
        times = sum(1 for m in countries if m.name == home)
        if times and (not as_actor or times >= as_actor[0][1]):
            return home
    return as_actor[0][0] if as_actor else None


def _main_besides_third_parties(
    ctx: Any, mentions: list[ActorMention], countries: list[ActorMention], main: str
) -> str | None:
    """The report's main country once its third parties are known: the talks' host, mediator or
    observers ("the host, X's foreign minister, welcomed the delegations", "members of the contact group
    -- X, Y and Z -- sat in as observers") are named by their role, and "the government" is a side's, the
    country the report names most besides them. A host (or chair) may also negotiate: it stays the main
    country when the report names no other; one that only goes between or watches never is."""
    roles: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "country" and (role := ctx.role_of(m)) is not None:
            roles.setdefault(m.name, set()).add(role)
    if main not in roles:
        return main
    groups = [m for m in mentions if m.type == "group"]
    other = _main_country(ctx, countries, groups, frozenset(roles))
    return other if other is not None or roles[main] - SOFT_ROLES else main


def _communities(text: str, countries: list[ActorMention], gazetteer: Any) -> list[ActorMention]:
    """A people named by two nationality words is a community, not either country: "Turkish Cypriot
    leader X" speaks for the Turkish Cypriots; a place before a nationality is that place's people
    ("Kosovo Albanian leaders" are Kosovo's, not Albania's). Hyphenated pairs name two countries
    ("Russian-Ukrainian talks") and stay two."""
    out: list[ActorMention] = []
    i = 0
    while i < len(countries):
        a = countries[i]
        b = countries[i + 1] if i + 1 < len(countries) else None
        if b is not None and _shared_people(text, a, b, gazetteer):
            # "Greek and Turkish Cypriot leaders": the Greek Cypriots, and the Turkish Cypriots after them
            out.append(_community(a.start, a.end, a.surface, b.surface.split()[-1]))
            i += 1
            continue
        if b is not None and text[a.end : b.start] == " " and a.name != b.name and b.surface != b.name:
            if a.surface == a.name:  # a place, then a nationality: the place's people
                out.append(ActorMention(a.start, b.end, a.name, "country", text[a.start : b.end]))
            else:
                out.append(_community(a.start, b.end, a.surface, b.surface))
            i += 2
            continue
        if _two_nationalities(a.surface, gazetteer):
            out.append(_community(a.start, a.end, *a.surface.split()))  # one listed form of two words
        else:
            out.append(a)
        i += 1
    return out


def _shared_people(text: str, a: ActorMention, b: ActorMention, gazetteer: Any) -> bool:
    """Whether a nationality word and a community's two words name two communities of one people:
    "Greek and Turkish Cypriot" (the people's word said once for both)."""
    return (
        a.surface != a.name
        and text[a.end : b.start] in (" and ", " or ")
        and _two_nationalities(b.surface, gazetteer)
        and gazetteer.country(b.surface.split()[1]) != a.name
    )


def _two_nationalities(surface: str, gazetteer: Any) -> bool:
    """Whether a listed form is two nationality words of two countries ("Turkish Cypriot")."""
    words = surface.split()
    return len(words) == 2 and len({gazetteer.country(w) for w in words} - {None}) == 2


def _community(start: int, end: int, first: str, second: str) -> ActorMention:
    return ActorMention(start, end, community_name(first, second), "group", f"{first} {second}")


def _outlets(doc: Any, words: ActorWords) -> list[tuple[int, int]]:
    """The spans of the news outlets the report names (a name with a media word; the model takes some
    for people: "told the Ruritania Tribune")."""
    return [
        (ent.start_char, ent.end_char)
        for ent in entities(doc)
        if ent.label_ in ("ORG", "PERSON", "WORK_OF_ART", "FAC")
        and len(ent) > 1
        and any(t.text in words.media_words for t in ent)
    ]


_MEDIA_NOUNS = word_list("actors.yaml", "media-nouns")
#: The last word of each media noun, by which the document's places of them are found ("agency" of "news
#: agency"), with the words that must come before it.
_MEDIA_LAST = {w.split()[-1]: w.split()[:-1] for w in _MEDIA_NOUNS}


def _described_outlets(ctx: Any) -> list[tuple[int, int]]:
    """The spans of the news outlets a report names with a common noun of what they are, before or after
    the name (`media-nouns` of `actors.yaml`): "the Turkish daily X reported", "according to the Y
    newspaper", "Ruritanian news agency Z". The name and the capitalised words before the noun (the
    outlet's country: "Turkish") are the outlet, which reports the talks and is no actor; a noun with no
    name beside it ("state television said") names none."""
    doc = ctx.doc
    out: list[tuple[int, int]] = []
    for tok in ctx.tokens_lower_in(doc[:], frozenset(_MEDIA_LAST)):
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue  # "the weekly meeting", "talks held daily"
        before = _MEDIA_LAST[tok.lower_]
        first = tok.i - len(before)
        if first < 0 or [t.lower_ for t in doc[first : tok.i]] != before:
            continue
        floor = tok.sent.start
        left = first
        while (
            left > floor
            and doc[left - 1].pos_ in ("PROPN", "ADJ", "NOUN")
            and doc[left - 1].text[:1].isupper()
        ):
            left -= 1
        right = tok.i + 1
        while right < len(doc) and doc[right].pos_ == "PROPN" and doc[right].text[:1].isupper():
            right += 1
        if left < first or right > tok.i + 1:
            last = doc[right - 1]
            out.append((doc[left].idx, last.idx + len(last.text)))
    return out


def _affiliations(doc: Any, text: str, actors: list[ActorMention]) -> dict[str, str]:
    """Surname → named movement, from "Hamas leader X" (the movement's name among the words before the
    name, in its phrase), "X, a Hamas leader," and "X's Fatah party" (the person owns it)."""
    groups = [m for m in actors if m.type == "group" and not m.generic]
    if not groups:
        return {}
    surnames = _surnames(doc)
    found: dict[str, str] = {}
    texts = parse_tables(doc).texts  # the words read from the table: a Token made of the surnames only
    for i in [i for i, word in enumerate(texts) if word in surnames]:
        # every mention of a person's surname, whatever the model made of it
        tok = first = doc[i]
        while (
            first.i > sentence_range(tok)[0]
            and doc[first.i - 1].pos_ == "PROPN"
            and doc[first.i - 1].ent_type_ == "PERSON"
        ):
            first = doc[first.i - 1]
        start, end = first.idx, tok.idx + len(tok.text)
        lo = doc[max(sentence_range(tok)[0], first.i - 5)].idx
        before = [m for m in groups if lo <= m.start and m.end <= start and _modifies(doc, m, tok)]
        if before and "," not in text[before[-1].end : start] and " and " not in text[before[-1].end : start]:
            found.setdefault(tok.text, before[-1].name)
        after = next((m for m in groups if end < m.start <= end + 30), None)
        if after is not None and _APPOSED.match(text[end : after.start]):
            found.setdefault(tok.text, after.name)  # "X, a Hamas leader,"
        owned = re.match(r"(?:'s|’s)\s+", text[end : end + 4])
        if owned:
            group = next((m for m in groups if m.start == end + owned.end()), None)
            if group is not None:
                found.setdefault(tok.text, group.name)
    for g in groups:  # "the Fatah faction of president X": X's movement
        span = expanded_span(doc, g.start, g.end)
        if span is None:
            continue
        noun = span.root.head if span.root.dep_ == "compound" else span.root
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                owner = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if owner is not None and owner.ent_type_ == "PERSON" and owner.text in surnames:
                    found.setdefault(owner.text, g.name)
    return found


def _surnames(doc: Any) -> set[str]:
    return {
        ent[-1].text
        for ent in entities(doc)
        if ent.label_ == "PERSON" and ent[-1].text[:1].isupper() and ent[-1].text.isalpha()
    }


#: Possessive pronouns of a person ("his Fatah faction", "her party").
_PERSONAL_POSSESSIVES = frozenset({"his", "her"})


def _pronoun_ties(doc: Any, actors: list[ActorMention]) -> dict[str, str]:
    """Surname → named movement the person owns by a pronoun ("X said his Fatah faction ..."): weaker
    than "Hamas leader X" (a head of state speaks of "his party" and negotiates for the state), so it only
    tells apart people of one country tied to different movements (:func:`_rival_members`)."""
    surnames = _surnames(doc)
    found: dict[str, str] = {}
    for g in actors:
        if g.type != "group" or g.generic:
            continue
        span = expanded_span(doc, g.start, g.end)
        owner = _pronoun_owner(doc, span, surnames) if span is not None else None
        if owner is not None:
            found.setdefault(owner, g.name)
    return found


def _pronoun_owner(doc: Any, span: Any, surnames: set[str]) -> str | None:
    """The person a possessive pronoun before a movement's name stands for ("X said his secular Fatah
    faction ...", "Y admitted her party ..."): the surname of the last person named before it in the
    sentence, who owns the movement as in "X's Fatah party"."""
    i = span.start - 1
    lo = sentence_range(span)[0]
    while i >= lo and doc[i].dep_ in ("amod", "compound") and doc[i].pos_ in ("ADJ", "NOUN"):
        i -= 1  # "his secular ..."
    if i < lo or doc[i].lower_ not in _PERSONAL_POSSESSIVES:
        return None
    return next((t.text for t in reversed(doc[lo:i]) if t.text in surnames), None)


def _modifies(doc: Any, group: ActorMention, person: Any) -> bool:
    """Whether a movement's name is part of the person's own noun phrase ("Hamas leader X", "the leader of
    Hamas X"), not of a clause before it ("the Hamas movement had agreed with X")."""
    tok = expanded_span(doc, group.start, group.end)
    if tok is None:
        return False
    node = tok.root
    between = doc[tok.end : person.i]
    if all(t.dep_ in ("compound", "amod") and t.head.i > t.i and t.head.i <= person.i for t in between):
        return bool(between) or node.head.i == person.i  # "Hamas prime minister X", misparsed or not
    if _title_between(between):
        return True  # "X Party leader Jane Doe", "the Greens' leader Jane Doe", however the model parsed it
    while node.i != person.i:
        of = (node.dep_ == "pobj" and node.head.lower_ == "of") or (
            node.dep_ == "prep" and node.lower_ == "of"
        )
        if not (of or node.dep_ in ("compound", "amod", "nmod", "poss", "flat")) or node.head.i == node.i:
            return False
        node = node.head
    return True


#: Most words of a title between a movement's name and a person's ("deputy political bureau chief").
_MAX_TITLE_WORDS = 4


def _title_between(between: Any) -> bool:
    """Whether the words between a movement's name and a person's name are only a title ("leader",
    "'s chief negotiator") and the person's first names: lower-case nouns and adjectives, a possessive
    mark, at least one noun. The model often takes the title for the subject of the sentence and the
    person for its owner ("Party leader Jane Doe and Y's leader ..."), but no verb, preposition or comma
    stands between a name and a title of its own."""
    tokens = list(between)
    names = next(
        (i for i, t in enumerate(tokens) if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"), len(tokens)
    )
    title, first_names = tokens[:names], tokens[names:]
    if not title or len(title) > _MAX_TITLE_WORDS or any(t.ent_type_ != "PERSON" for t in first_names):
        return False
    return any(t.pos_ == "NOUN" for t in title) and all(
        t.tag_ == "POS" or (t.pos_ in ("NOUN", "ADJ") and t.is_lower) for t in title
    )


def _people(
    ctx: Any,
    actors: list[ActorMention],
    free: Any,
    affiliations: dict[str, str] | None = None,
    main: str | None = None,
) -> list[ActorMention]:
    """People who stand for a side: "Zairean President X" (a country), "rebel leader Y" or "Y's rebels"
    (the movement); every later mention of their surname stands for the same side ("X met Y").

    A government title with no country ("Foreign Minister X") is the country of the capital the report
    is datelined in, when that country is also the one the report names most (``main``): a report from
    a regional hub about another country's leaders gives them no country."""
    doc = ctx.doc
    words = actor_words()
    sides: dict[str, tuple[str, ActorType]] = {}
    hosted: dict[str, tuple[str, ActorType]] = {}
    host = _dateline_country(ctx)
    host = host if host is not None and host == main else None
    sided_words: set[str] = set()  # every word of a name given a side ("Hu" of "Chinese President Hu Jintao")
    firsts: dict[str, set[tuple[str, ActorType]]] = {}  # the sides of the people each first word begins
    title_words = meeting_words().titles
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        side: tuple[str, ActorType] | None = None
        owned = next((m for m in actors if m.type == "group" and m.start <= ent.start_char < m.end), None)
        before = title_before(ent)
        modifiers = [doc[i] for i in range(max(sentence_range(ent)[0], ent.start - 4), ent.start)]
        lo = modifiers[0].idx if modifiers else ent.start_char
        in_title = [m for m in actors if lo <= m.start and m.end <= ent.start_char]
        bygone = any(t.lower_.rstrip("-") in words.bygone_words for t in modifiers)  # "former minister X"
        titled = next((m for m in in_title if m.type == "group"), None)  # "Turkish Cypriot leader X"
        body = next((m for m in in_title if m.type == "organisation"), None)  # "WTO chief X"
        if owned is not None:
            side = (owned.name, "group")
        elif titled is not None and (
            before is not None or company_title(ctx.document.text[titled.end : ent.start_char], words)
        ):  # "X chief executive officer Jane Doe", which the parser may not hang on the name
            side = (titled.name, "group")
        elif before is None and affiliations and ent[-1].text in affiliations:
            side = (affiliations[ent[-1].text], "group")  # "Hamas leader X" with no title of a country
        elif any(
            t.lower_ in words.group_nouns and not any(m.start <= t.idx < m.end for m in in_title)
            for t in modifiers
            if t.dep_ in ("compound", "amod", "nmod")
        ):  # "rebel leader X", not "the High Representative of the European Union X" (a body's word)
            side = ("", "group")
        elif before is not None and before[1] is not None and not bygone:
            side = (before[1], "country")
        elif main is not None and any(
            t.lower_ in GOVERNMENT_NOUNS and t.dep_ != "poss" for t in modifiers[-3:]
        ):
            side = (main, "country")  # "government negotiator X": of the government the report speaks of
        elif before is None and (after := _country_after(ent, actors)) is not None:
            side = (after, "country")  # "X, president of Ruritania"; "X, the Ruritanian foreign minister"
        elif body is not None and (before is not None or _titled(doc, ent)):
            side = (body.name, "organisation")
        if side is not None:
            sides.setdefault(ent[-1].text, side)
            sided_words.update(t.text for t in ent)
            words_of = [t for t in ent if t.lower_ not in title_words]  # "Councilor Tang Jiaxuan": Tang
            if len(words_of) >= 2 and words_of[0].text[:1].isupper():
                firsts.setdefault(words_of[0].text, set()).add(side)
        elif (
            host is not None
            and before is not None
            and _host_official(before[0], modifiers, words)
            and _spoken_at_home(ctx, ent, host)
        ):
            hosted.setdefault(ent[-1].text, (host, "country"))
    for first, of_first in firsts.items():  # "Hu" of "Hu Jintao": a surname written first, one person's
        if len(of_first) == 1 and first not in sides:
            sides[first] = next(iter(of_first))
    for surname, side in hosted.items():  # a side given anywhere in the report, by any name, comes first
        if surname not in sided_words:
            sides.setdefault(surname, side)
    sides.update(_rival_members(sides, {**_pronoun_ties(doc, actors), **(affiliations or {})}))
    if not sides:
        return []
    group_name = next((m.name for m in actors if m.type == "group"), None)
    found = []
    for ent in entities(doc):
        if ent.label_ != "PERSON" or ent[-1].text not in sides or not free(ent.start_char, ent.end_char):
            continue
        name, kind = sides[ent[-1].text]
        name = name or group_name or "rebels"
        found.append(
            ActorMention(ent.start_char, ent.end_char, name, kind, name, generic=kind == "group", person=True)
        )
    # a later mention of the surname the model tagged as no person, or as a place ("Kasuri would hold
    # talks with ...", often at the start of a sentence): the same person, the same side (a country or
    # a city of that name is an actor mention already, and stays one)
    for tok in ctx.tokens_lower_in(doc[:], {surname.lower() for surname in sides}):
        if tok.ent_type_ == "PERSON" or tok.pos_ != "PROPN" or tok.text not in sides:
            continue
        end = tok.idx + len(tok.text)
        if not free(tok.idx, end) or any(m.start < end and tok.idx < m.end for m in [*actors, *found]):
            continue
        name, kind = sides[tok.text]
        name = name or group_name or "rebels"
        found.append(ActorMention(tok.idx, end, name, kind, name, generic=kind == "group", person=True))
    return found


def _rival_members(
    sides: dict[str, tuple[str, ActorType]], affiliations: dict[str, str]
) -> dict[str, tuple[str, ActorType]]:
    """People of one country that the report ties to different movements ("Palestinian president X" of
    "his Fatah faction", "Palestinian premier Y" of "his Hamas movement") stand for their movements: a
    country does not negotiate with itself. One person of a country, or several of one movement, keep
    the country."""
    movements: dict[str, set[str]] = defaultdict(set)
    for surname, (name, kind) in sides.items():
        if kind == "country" and surname in affiliations:
            movements[name].add(affiliations[surname])
    return {
        surname: (affiliations[surname], "group")
        for surname, (name, kind) in sides.items()
        if kind == "country" and surname in affiliations and len(movements[name]) >= 2
    }


def _country_after(name: Any, actors: list[ActorMention]) -> str | None:
    """The country of a title set after a name, in apposition ("X, president of Ruritania", "X, the
    Ruritanian foreign minister", "X, party leader and president of Ruritania"): a country named as the
    title's own modifier or in its "of" phrase, not deeper in it."""
    titles = meeting_words().titles
    countries = {m.start: m.name for m in actors if m.type == "country"}
    after = [c for c in name.root.children if c.dep_ in ("appos", "conj") and c.i >= name.end]
    after += [c for a in after for c in a.children if c.dep_ == "conj"]
    for title in after:
        if title.lower_ not in titles:
            continue
        for child in title.children:
            if child.dep_ in ("amod", "compound") and child.idx in countries:
                return countries[child.idx]
            if child.dep_ == "prep" and child.lower_ == "of":
                found = _country_of_body(child, countries)
                if found is not None:
                    return found
    return None


#: How many "of" phrases deep a title's body may name its country ("vice-chairman of the Standing Committee
#: of Ruritania's parliament").
_BODY_DEPTH = 2


def _country_of_body(of: Any, countries: dict[int, str]) -> str | None:
    """The country an "of" phrase of a title names: "of Ruritania", "of the Ruritanian parliament", or, when
    the title's body is itself a body's part named with capitals, the country of that larger body ("of the
    Standing Committee of Ruritania's parliament"); not a country in a common noun's "of" ("of the
    committee of inquiry into Ruritania's ...")."""
    for _depth in range(_BODY_DEPTH):
        obj = next((c for c in of.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        if obj.left_edge.idx in countries:
            return countries[obj.left_edge.idx]
        if obj.pos_ != "PROPN":
            return None
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return None
    return None


def _titled(doc: Any, name: Any) -> bool:
    """A title word right before a name, however the parser hung it ("(WTO) chief X")."""
    return name.start > 0 and doc[name.start - 1].lower_ in meeting_words().titles


def _dateline_country(ctx: Any) -> str | None:
    """The country whose capital the report is datelined in: its own officials go without one."""
    place = ctx.dateline
    if not place or not ctx.gazetteer.is_capital(place):
        return None
    country: str | None = ctx.gazetteer.city_country(place)
    return country


def _spoken_at_home(ctx: Any, ent: Any, host: str) -> bool:
    """Whether a titled person is not said to speak in another country's capital ("In Tokyo, Prime
    Minister X said" in a report from Washington is no official of Washington's)."""
    elsewhere = capital_spoken_in(ent.root, ctx.gazetteer)
    return elsewhere is None or ctx.gazetteer.city_country(elsewhere) == host


def _host_official(role: str | None, modifiers: list[Any], words: ActorWords) -> bool:
    """A government title with no country ("Foreign Trade Minister X"), not a visitor's."""
    if not role or role.split()[-1].lower() not in words.host_titles:
        return False
    return not any(t.lower_ == "visiting" or t.lower_ in words.bygone_words for t in modifiers)


def _of_a_company(doc: Any, mention: ActorMention, words: ActorWords) -> bool:
    """A nationality that describes a company ("the British-Dutch energy giant", "two Japanese firms") or
    says where a thing is from ("an X-owned mine"): where it is from, not the country as an actor."""
    origin = _HYPHENED.match(doc_text(doc), mention.end)
    if origin and origin.group(1).lower() in words.origin_words:
        return True  # "a Canadian-owned mine", "a US-based firm": where it is from, whoever names it
    if mention.surface == mention.name:
        return False  # a country's own name ("Russia's gas giant") is the country
    tok = expanded_root(doc, mention.start, mention.end)
    for _ in range(3):
        if tok is None or tok.dep_ not in ("amod", "compound", "nmod") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lower_ in words.company_nouns or tok.lemma_.lower() in words.company_nouns:
            return True
    return False


def _named_after(ctx: Any, mention: ActorMention, words: ActorWords) -> bool:
    """A capital that names a thing after it ("the Minsk Group", "the Doha round", "the Oslo accords"):
    a name, not the capital's government."""
    if not (ctx.gazetteer.is_capital(mention.surface) or ctx.gazetteer.is_seat(mention.surface)):
        return False
    root = expanded_root(ctx.doc, mention.start, mention.end)
    if root is None or root.dep_ != "compound" or root.head.i < root.i:
        return False
    head = root.head
    return head.lower_ in words.named_after or head.lemma_.lower() in words.named_after


#: The word after a name.
_NEXT_WORD = re.compile(r"\s+(\w+)")


#: The word before a mention, and what comes before that word (a sentence's end, or more text).
_WORD_BEFORE = re.compile(r"(?:^|([.!?:;\n\"“”]\s*)|\s)([A-Z][\w-]*[a-z][\w-]*)\s+$")


def _end_of_another_name(text: str, start: int, end: int, gazetteer: Any) -> bool:
    """An organisation's descriptive alias ("Security Council", listed as "the Security Council") ending a
    longer capitalised name: "the Russian Security Council", "Iran's Supreme National Security Council",
    "the National Security Council" are a state's own bodies, and a report of talks "in the Russian
    Security Council" names Russia, not the UN body. The word before counts when it is a country's word,
    or any capitalised word that does not open a sentence ("In Security Council talks"); a possessive
    ("Thursday's Security Council meeting", "the UN's") is no part of a name."""
    if not gazetteer.descriptive(text[start:end]):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(2) in ("The", "A", "An"):
        return False
    opens_sentence = before.group(1) is not None or before.start() == 0
    return not opens_sentence or gazetteer.country(before.group(2)) is not None


def _of_a_currency(text: str, mention: ActorMention, words: ActorWords) -> bool:
    """A country that names the currency after it ("12 billion U.S. dollars", "paid in Swiss francs"):
    money, not the country (a deal's value names no side of it)."""
    after = _NEXT_WORD.match(text, mention.end)
    return after is not None and after.group(1).lower() in words.currencies


def _in_bygone_title(doc: Any, mention: ActorMention, words: ActorWords) -> bool:
    """A country in the title a person held before ("former Ruritanian foreign minister X", "the ex-US
    envoy Y"): the person no longer speaks for it, so it is no actor there; an envoy of the UN who once
    served a country does not bring that country to the talks he mediates."""
    if not words.bygone_words:
        return False
    root = expanded_root(doc, mention.start, mention.end)  # the mention's span, made once for all readers
    if root is None:
        return False
    titles = meeting_words().titles
    tables = parse_tables(doc)  # the walk up to the title reads the tables: no Token made
    deps, heads, lowers, kids = tables.deps, tables.heads, tables.lowers, tables.kids
    at = root.i
    for _ in range(3):
        if deps[at] not in ("amod", "compound", "nmod") or heads[at] == at:
            return False
        at = heads[at]
        bygone = words.bygone_words
        if lowers[at] in titles and any(lowers[c].rstrip("-") in bygone for c in kids[at] if c < at):
            return True
    return False


#: Lower-case words between an owner's "'s" and what it owns: "Ruritania's small Liberals".
_DESCRIBING_GAP = re.compile(r"(?:[a-z][a-z-]* ){0,3}")
#: Words that end the owner's phrase: what follows them is another phrase ("X's government and the Y").
_PHRASE_BREAKS = frozenset({"and", "or", "the", "a", "an", "of", "with", "to", "for", "in", "on", "at", "by"})


def _describes(gap: str, words: ActorWords) -> bool:
    """Whether the words between an owner's "'s" and a name only describe the name ("small", "main
    opposition"): lower-case words, none a word that ends a phrase or a government's noun, and none a
    noun that describes a company ("Russia's state-controlled monopoly X" stays the country's, as
    "Russia's gas giant" is: `describing` of `actors.yaml`)."""
    return _DESCRIBING_GAP.fullmatch(gap) is not None and not any(
        w in _PHRASE_BREAKS or w in GOVERNMENT_NOUNS or w in words.company_nouns for w in gap.split()
    )


def _of_a_movement(text: str, mention: ActorMention, groups: list[ActorMention]) -> bool:
    """A nationality word before a named movement or company says whose it is ("Lebanese Hezbollah"), and
    so does a country owning its name ("Ruritania's X SA", "Ruritania's Y Corp"): the named body is the
    side there, the country no side."""
    if text.startswith("'s ", mention.end) or text.startswith("\u2019s ", mention.end):
        # also with words that describe it between ("Ruritania's small Liberals", "Y's main opposition X")
        return any(
            g.type == "group" and _describes(text[mention.end + 3 : g.start], actor_words())
            for g in groups
            if mention.end + 3 <= g.start <= mention.end + 40
        )
    return mention.surface != mention.name and any(
        g.start == mention.end + 1 and text[mention.end] == " " for g in groups
    )


def _first_name(doc: Any, mention: ActorMention) -> bool:
    """A country word that is the first word of a person's name ("Minister of Fisheries Jordan Surname")."""
    span = expanded_span(doc, mention.start, mention.end)
    return span is not None and len(span) == 1 and given_name(span[0])


def _metonym_surnames(doc: Any, gazetteer: Any) -> set[str]:
    """The surnames of people the report names in full that are also a word standing for a state's
    government ("Stephanie Pope", "Denzel Washington"; `metonyms` of countries.yaml, with capitals): every
    mention of that word in the report is the person, not the state. A country's own name or demonym as a
    surname is left to the context ("Jordan" stays the country)."""
    found: set[str] = set()
    for ent in entities(doc):
        if ent.label_ != "PERSON" or len(ent) < 2 or not ent[-1].text[:1].isupper():
            continue
        surname = ent[-1].text
        country = gazetteer.get(surname)
        if country is not None and surname in country.metonyms:
            found.add(surname)
    return found


#: Nouns of a place a country's word may come before ("the Ruritanian port city of X", "in Ruritania's
#: capital"): where something happens, as the place it names is.
_PLACE_NOUNS = word_list(MEETING_LISTS, "place-nouns")


def is_place(doc: Any, mention: ActorMention) -> bool:
    """A country named as where something happens ("talks in Khartoum"), not as an actor."""
    root = expanded_root(doc, mention.start, mention.end)
    if root is None:
        return False
    if root.dep_ == "appos":  # "in Khartoum, Sudan"
        root = root.head
    if root.dep_ in ("amod", "compound", "poss") and root.head.lower_ in _PLACE_NOUNS:
        root = root.head  # "in the Ruritanian capital", "in Ruritania's capital", "the X resort of Y"
        if root.dep_ == "compound" and root.head.pos_ == "PROPN":
            root = root.head  # "in Ruritanian city Y" (no article): the city's name is what "in" takes
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "inside"):
        return True
    if _past_the_border(root):
        return True
    journey = journey_end(root)
    if journey is not None:
        return journey
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "from"):
        # "flew to X", "returned from X": a place; "presented it to X": whom it goes to
        return not (root.head.lower_ == "to" and root.head.head.lemma_.lower() in actor_words().giving_words)
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.pos_ == "VERB":
        return root.head.head.lemma_.lower() in meeting_words().departing  # "left for X": where to
    return names_talks(doc, mention)


#: Prepositions that place a thing by a border ("near the border with X", "close to the borders with Y",
#: "along its frontier with Z"); "talks on the border with X" tell what the talks are about instead.
_BY_THE_BORDER = frozenset({"near", "to", "along", "at", "across", "by", "from"})


def _past_the_border(root: Any) -> bool:
    """A country named as what a border divides a place from ("the town, close to the borders with X
    and Y"): where the place is, not an actor; "talks on the border with X" still name X."""
    if root.dep_ != "pobj" or root.head.lower_ != "with":
        return False
    border = root.head.head
    return bool(
        border.lemma_.lower() in actor_words().boundary_nouns
        and border.dep_ == "pobj"
        and border.head.lower_ in _BY_THE_BORDER
    )


def journey_end(root: Any) -> bool | None:
    """For a name under "to" or "from" that hangs on a noun: whether it is a place, as the noun is a
    journey ("a visit to X"), or whose people it names ("a proposal to X", "delegations from X"); None for
    any other name."""
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "from") or root.head.head.pos_ != "NOUN":
        return None
    return bool(root.head.head.lemma_.lower() in actor_words().journey_words)


def names_talks(doc: Any, mention: ActorMention) -> bool:
    """A country named by its capital or another place word before a meeting noun: "the Abuja peace
    talks", "the Addis Ababa talks" tell where, not who ("the Iran talks" still names a side, and so do
    two capitals of a hyphenated pair, "the X-Y dialogue"); an
    international organisation before one of its gatherings ("the APEC summit") tells the occasion."""
    organisation = mention.type == "organisation"
    if not organisation and (mention.type != "country" or mention.surface == mention.name):
        return False
    root = expanded_root(doc, mention.start, mention.end)
    if root is None or root.dep_ not in ("compound", "nmod"):
        return False
    if organisation:
        # "the APEC summit", "a NATO meeting": the body whose gathering it is; the parser makes a name
        # with its acronym after it a `nmod` ("the Asia-Pacific Economic Cooperation (APEC) forum")
        return root.head.lemma_.lower() in _GATHERINGS and not _paired(doc_text(doc), mention)
    if root.dep_ != "compound":
        return False
    return bool(
        root.head.lemma_.lower() in meeting_words().nouns or root.head.lower_ in meeting_words().nouns
    ) and not _paired(doc_text(doc), mention)  # "the X-Y dialogue": two capitals for the two sides


def _paired(text: str, mention: ActorMention) -> bool:
    """Whether the name is one of a hyphenated pair of names ("the EU-China summit"): the two sides of
    the gathering, not the body that holds it."""
    return bool(
        re.match(r"[-–][A-Z]", text[mention.end : mention.end + 2])
        or re.search(r"[A-Z][\w.]*[-–]$", text[max(0, mention.start - 20) : mention.start])
    )


#: Gatherings an international organisation holds: its name before one tells the occasion, not a side.
_GATHERINGS = frozenset(
    {"summit", "forum", "conference", "assembly", "session", "ministerial", "meeting", "gathering", "council"}
)


def _end(tok: Any) -> int:
    return int(tok.idx + len(tok.text))


def _described_from(tok: Any) -> int:
    """Where a bare government noun's phrase starts past its article: the lower-case words that say
    which government it is ("the interim government", "the caretaker administration") are part of
    the name reports give that side."""
    first = tok
    while first.i > 0:
        prev = tok.doc[first.i - 1]
        if not (
            prev.dep_ in ("amod", "compound") and prev.head.i == tok.i and prev.is_lower and prev.is_alpha
        ):
            break
        first = prev
    return int(first.idx)


def _between_ends(people: Any) -> bool:
    """Whether a government noun's people ("government officials", "junta negotiators") are one end of
    "a meeting between X and Y": there they are the government's side, where "a government official"
    elsewhere is only a source."""
    if people.tag_ != "NNS" or not people.text.islower():
        return False
    at = people
    while at.dep_ == "conj":
        at = at.head
    return bool(at.dep_ == "pobj" and at.head.lower_ == "between")


def _bare(tok: Any) -> bool:
    """ "the government", not "the Zairean government", "the government of X" or "a government
    official"."""
    if tok.dep_ in ("compound", "amod"):
        return _between_ends(tok.head)
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PROPN" for o in c.children)
        for c in tok.rights
    ):
        return False
    return all(
        c.dep_ in ("det", "punct", "prep", "relcl", "acl", "cc", "conj")
        # "the transitional government", "the caretaker government", not "the Zairean government"
        or (c.dep_ in ("amod", "compound") and c.text.islower() and c.is_alpha)
        for c in tok.children
        if c.i < tok.i
    )


def _named_groups(doc: Any, text: str, gazetteer: Any, words: ActorWords) -> list[ActorMention]:
    """Proper names of movements: a known name, or a name whose head is a type word ("Lord's Resistance
    Army", "Alliance of Democratic Forces for ..."), never a place or an organisation the gazetteer knows."""
    found = []
    for ent in _joined_names(doc, text, gazetteer, words):
        if ent.label_ not in ("ORG", "NORP", "PERSON", "GPE", "FAC"):
            continue
        tokens = list(ent)
        # "the", the owner of "Kabila's Alliance ...", and "Supplier" of "Supplier X Company" (a name that
        # owns what follows it alone, "Hamas's delegation", stays; so does an owner the acronym after the
        # name spells: "Lord's Resistance Army (LRA)")
        owned = not _spelt_by_acronym(text, ent)
        while len(tokens) > 1 and (
            tokens[0].lower_ in ("the", *words.company_nouns)
            or (owned and (tokens[0].dep_ == "poss" or tokens[0].tag_ == "POS"))
        ):
            tokens = tokens[1:]
        # "the X Workers union", "the Y Front rebels": the common noun after the name only says what it is
        while len(tokens) > 1 and tokens[-1].is_lower and tokens[-1].lower_ in words.group_nouns:
            tokens = tokens[:-1]
        if not tokens:
            continue
        # "the ... Forces in Ruritania": the model ran the name on over the place it is in
        cut = next(
            (
                i
                for i, t in enumerate(tokens[:-1])
                if i > 1 and t.lower_ in ("in", "at") and tokens[i + 1].text[:1].isupper()
            ),
            None,
        )
        if cut is not None:
            tokens = tokens[:cut]
        start, end = tokens[0].idx, _end(tokens[-1])
        name = text[start:end]
        before_of = next((t for t in tokens if t.lower_ in ("of", "for")), None)
        head = doc[before_of.i - 1] if before_of is not None and before_of.i > tokens[0].i else tokens[-1]
        if head.text in _UMBRELLAS and before_of is not None:
            head = tokens[-1]  # "Supreme Council of Islamic Courts", "Union of ... Forces"
        # (a company's name with its legal suffix the model may take for a place: "X SA", "Y AG")
        typed = (
            head.text in words.name_words
            and len(tokens) > 1
            and (
                ent.label_ in ("ORG", "NORP", "PERSON")
                or (head.text in words.company_words and ent.label_ == "FAC")
            )
        )
        known = _known_name(name, words)
        if (
            known is None
            and len(tokens) > 1
            and (tokens[0].pos_ == "ADJ" or gazetteer.country(tokens[0].text))
        ):
            # "the Afghan X", "Lebanese X", "Shiite X": a known movement with its country's word, which is
            # no side, or another word that describes it
            known = _known_name(text[tokens[1].idx : end], words)
            if known in words.party_families:
                known = None  # "the Ruritanian Communist Party": that state's own party
            if known is not None and tokens[0].pos_ == "ADJ" and not gazetteer.country(tokens[0].text):
                start = tokens[1].idx  # the movement's name, without the word that describes it
        state = _state_of_forces(name, gazetteer, words) if ent.label_ in ("ORG", "NORP") else None
        if state is not None:
            found.append(ActorMention(start, end, state, "country", text[start:end]))
            continue
        if (known is None and not typed) or any(t.text in words.media_words for t in tokens):
            continue
        name = known or name
        if gazetteer.organisation(name) is None and gazetteer.country(name) is None:
            found.append(ActorMention(start, end, name, "group", text[start:end]))
    if _stems_finder(words.names).search(text) is None:
        return found  # no known name in the text at all: no need to look at every word
    for tok in doc:  # a known name the model tagged as no entity ("Houthi negotiators")
        if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        known = _known_name(tok.text, words)
        if known is not None:
            found.append(ActorMention(tok.idx, tok.idx + len(tok.text), known, "group", tok.text))
    for name in (n for n in words.names if " " in n and n in text):
        # a known name of several words the model cut or tagged as a person ("Tahrir al-Sham")
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(f.start < hit.end() and hit.start() < f.end for f in found):
                found.append(ActorMention(hit.start(), hit.end(), name, "group", name))
    return found


def _party_in_office(text: str, mention: ActorMention, words: ActorWords) -> bool:
    """A party family before a state's own body ("the Socialist government", "the Conservative
    cabinet") says who governs the state: that government is the state's side, not the party's."""
    if mention.name not in words.party_families:
        return False
    after = _NEXT_WORD.match(text, mention.end)
    return after is not None and after.group(1).lower() in GOVERNMENT_NOUNS | words.body_nouns


def _state_of_forces(name: str, gazetteer: Any, words: ActorWords) -> str | None:
    """The state whose own forces a name is ("Chadian Armed Forces", "the Ruritanian Army"): its name or
    demonym and nothing else before the forces' word; "Free Ruritanian Army" or "Ruritanian People's
    Liberation Army" name movements."""
    low = name.lower()
    for forces in words.state_forces:
        if low.endswith(" " + forces):
            state = gazetteer.country(name[: len(name) - len(forces) - 1].removeprefix("the ").strip())
            if state is not None:
                return str(state)
    return None


#: An acronym in brackets: "(LRA)".
_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9]{1,8})\)")
#: A word of a name, or a small word inside one ("of", "for", "the", "and").
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|of|for|the|and|in|de|du|la|el)$")


def _spelt_out(text: str, gazetteer: Any, words: ActorWords, found: list[ActorMention]) -> list[ActorMention]:
    """Movements named in full before the acronym that spells them, ending in a type word ("... Resistance
    Army (XRA)"), that the model tagged as no entity or cut short ("Salvation Army" of "God's Salvation
    Army (GSA)"): the name runs back over the capitalised words whose initials the acronym spells. A
    mention the model found inside the name gives way to it."""
    if "(" not in text:
        return found
    for hit in _BRACKETED.finditer(text):
        acronym = hit.group(1)
        before = text[max(0, hit.start() - 120) : hit.start()].rstrip()
        tokens = before.split(" ")
        name_words: list[str] = []
        for word in reversed(tokens):
            if not word or not _NAME_WORD.match(word):
                break
            name_words.insert(0, word)
            initials = "".join(w[0] for w in name_words if w[:1].isupper())
            if initials == acronym or not acronym.endswith(initials):
                break
        capitals = [w for w in name_words if w[:1].isupper()]
        if "".join(w[0] for w in capitals) != acronym or not name_words[0][:1].isupper():
            continue
        if capitals[-1] not in words.name_words or len(capitals) < 2:
            continue
        name = " ".join(name_words)
        if gazetteer.organisation(name) is not None or gazetteer.country(name) is not None:
            continue
        end = hit.start() - (len(text[: hit.start()]) - len(text[: hit.start()].rstrip()))
        start = end - len(name)
        if any(m.start <= start and end <= m.end for m in found):
            continue  # the model found it whole
        found = [m for m in found if not (start <= m.start and m.end <= end)]
        found.append(ActorMention(start, end, name, "group", name))
    return found


#: An acronym of capitals only in brackets ("(IEA)").
_BRACKETED_CAPITALS = re.compile(r"\(([A-Z]{2,8})\)")
#: Small words a name spelt by its initials may hold ("Islamic Emirate of X").
_NAME_LINKS = {"of", "for", "the", "and", "de", "du", "la", "al"}


@functools.lru_cache(maxsize=8)
def spelt_acronyms(text: str) -> dict[str, str]:
    """The acronyms a report spells out, with the name before each ("Islamic Emirate of X (IEA)" → "IEA":
    "Islamic Emirate of X"): the capitalised words whose initials the acronym is."""
    found: dict[str, str] = {}
    for hit in _BRACKETED_CAPITALS.finditer(text):
        acronym = hit.group(1)
        words = text[max(0, hit.start() - 100) : hit.start()].split()
        for n in range(2, len(words) + 1):
            name = words[-n:]
            if not name[0][:1].isupper():
                if name[0] not in _NAME_LINKS:
                    break
                continue
            initials = "".join(w[0] for w in name if w.lower() not in _NAME_LINKS)
            if initials == acronym:
                found.setdefault(acronym, " ".join(name).removeprefix("The ").strip(",;:"))
                break
            if not acronym.endswith(initials):
                break
    return found


def _spelt_by_acronym(text: str, ent: Any) -> bool:
    """Whether the acronym in brackets after a name spells the initials of all its capitalised words."""
    after = _acronym_after(text, ent.end_char)
    return after is not None and after == "".join(t.text[0] for t in ent if t.text[:1].isupper())


def _acronym_after(text: str, end: int) -> str | None:
    """The acronym in brackets right after a name that ends at ``end`` ("... Army (XRA)"), or None."""
    after = _BRACKETED.match(text, end + 1) if text[end : end + 1] == " " else _BRACKETED.match(text, end)
    return after.group(1) if after is not None else None


def _joined_names(doc: Any, text: str, gazetteer: Any, words: ActorWords) -> list[Any]:
    """The entities, with a name the model cut at its "and" joined again: "Justice and Equality
    Movement" comes out as "Justice" + "Equality Movement", or as "Equality Movement" alone. Joined when
    the name's acronym follows it ("... (JEM)"), or when the part before "and" is one capitalised word
    no list knows and the part after ends in a type word ("Movement", "Front")."""
    out: list[Any] = []
    lowers = parse_tables(doc).lowers  # the word before each name read from the table, no Token made
    for ent in entities(doc):
        first = None
        if ent.start >= 2 and lowers[ent.start - 1] in ("and", "&"):
            after_previous = bool(out) and out[-1].end == ent.start - 1  # "Justice" + "Equality Movement"
            if after_previous:
                first = out[-1][0] if len(out[-1]) == 1 else None
            elif not doc[ent.start - 2].ent_type_:  # "Concord" untagged + "Progress Movement"
                first = doc[ent.start - 2]
            if first is not None and _cut_at_and(doc, text, gazetteer, words, first, ent):
                if after_previous:
                    out.pop()
                out.append(Span(doc, first.i, ent.end, label=ent.label_))
                continue
        out.append(ent)
    return out


def _cut_at_and(doc: Any, text: str, gazetteer: Any, words: ActorWords, first: Any, rest: Any) -> bool:
    joined = doc[first.i : rest.end]
    if not first.text[:1].isupper() or rest[0].lower_ == "the":
        # "the army and the X Forces (XF)", "X and the Y Workers": the name starts after the "and"
        return False
    if _spelt_by_acronym(text, joined):
        return True
    return bool(
        rest.label_ == "ORG"
        and rest[-1].text in words.name_words
        and first.pos_ in ("PROPN", "NOUN")
        and not first.is_sent_start
        and first.ent_type_ in ("ORG", "")
        and _known_name(first.text, words) is None
        and gazetteer.organisation(first.text) is None
        and gazetteer.country(first.text) is None
    )


@functools.cache
def _name_stems(names: frozenset[str]) -> tuple[str, ...]:
    """What every written form of a known name contains ("Houthi" of "Houthis")."""
    return tuple(n[:-1] if n.endswith("s") else n for n in names)


@functools.lru_cache(maxsize=4)
def _stems_finder(names: frozenset[str]) -> re.Pattern[str]:
    """One pattern finding any of the names' stems (:func:`_name_stems`) in a text: one scan of the
    text instead of a substring search per name, which every report pays (most name none of them)."""
    stems = sorted(set(_name_stems(names)))
    return re.compile("|".join(map(re.escape, stems)) if stems else "(?!)")  # no names: never found


def _known_name(name: str, words: ActorWords) -> str | None:
    """The well-known movement a name is, also as a modifier: "Houthi negotiators" are the Houthis'; a
    listed other name ("Chechen" of a separatist authority) is one too (:func:`_known_as` renames it); a
    party family's name with the noun of a party after it ("Socialist Party", "Greens party") is that
    family's party."""
    if name in words.names or name in words.aliases:
        return name
    if f"{name}s" in words.names:
        return f"{name}s"
    family, _, noun = name.rpartition(" ")
    if family and noun.lower() in words.party_nouns:
        return _known_name(family, words)
    return None


def _described(
    doc: Any, text: str, words: ActorWords, groups: list[ActorMention], gazetteer: Any
) -> list[ActorMention]:
    """Companies no list knows, named with a noun that says what they are: "Russian gas giant X", "the
    energy company X", "supplier X", or before the title of one of their people ("X chief executive
    Jane Doe", :func:`_titled_companies`); every mention of the name in the report is that company. The
    mention of the described name takes in the words that describe it ("Russian" is not a side)."""
    lowered = text.lower()
    named = _titled_companies(doc, text, words, gazetteer)
    if not named and not any(noun in lowered for noun in words.company_nouns):
        return []
    for tok in doc:
        if tok.lower_ not in words.company_nouns or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
            name_tok = tok.head
        elif tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.ent_type_ != "PERSON":
            name_tok = tok.head  # "X, the maker of Y vehicles,": the name the description follows
        else:
            name_tok = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name_tok is None or not name_tok.text[:1].isupper():
            continue
        if name_tok.ent_type_ == "PERSON" and not (name_tok.i > tok.i and tok.lower_ in _IMPERSONAL):
            continue  # a person is described by no company's noun ("the parent Jane Doe")
        first, lo = name_tok, (tok.i + 1 if name_tok.i > tok.i else name_tok.sent.start)
        while first.i > lo and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].dep_ == "compound":
            first = doc[first.i - 1]
        name = text[first.idx : name_tok.idx + len(name_tok.text)]
        described = min(t.i for t in tok.subtree if t.i <= tok.i) if name_tok.i > tok.i else first.i
        if doc[described].lower_ == "the":
            described += 1
        if gazetteer.country(name) is not None or gazetteer.organisation(name) is not None:
            continue  # "X, a major gas producer,": a state the noun describes, no company
        named.setdefault(name, doc[described].idx)
    taken = [(g.start, g.end) for g in groups]
    found = []
    for name, described_at in named.items():
        for m in _whole_word(name, text):
            start = (
                described_at
                if described_at < m.start() and text.find(name, described_at) == m.start()
                else m.start()
            )
            if not any(s < m.end() and start < e for s, e in taken):
                found.append(ActorMention(start, m.end(), name, "group", text[start : m.end()]))
    return found


def _whole_word(name: str, text: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """Every place a name stands as a whole word (not inside a longer word or a hyphenated one)."""
    return re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags)


def _counterparts(doc: Any, text: str, groups: list[ActorMention], gazetteer: Any) -> list[ActorMention]:
    """Organisations no list knows, named side by side with a movement, union or company ("X and the
    union resumed talks", "the rebels and X"): the other side of that actor, a party like it. Every
    mention of the name in the report is that actor."""
    if not groups:
        return []
    spans = [(g.start, g.end) for g in groups]

    def grouped(tok: Any) -> bool:
        return any(s <= tok.idx < e for s, e in spans)

    names = []
    for ent in entities(doc):
        # (the model takes many a company's name for a place or a building: "between X and the unions";
        # a name it tags so is a counterpart only when it is no city the gazetteer knows)
        if (
            ent.label_ not in ("ORG", "GPE", "FAC", "PRODUCT")
            or grouped(ent.root)
            or not ent.text[:1].isupper()
        ):
            continue
        if gazetteer.country(ent.text) is not None or gazetteer.organisation(ent.text) is not None:
            continue
        if ent.label_ != "ORG" and gazetteer.city_country(ent.text) is not None:
            continue
        if ent[0].tag_ in ("NN", "NNS") and ent[0].is_sent_start:
            continue  # "Delegations of X and the Y front met": a capital of the sentence, not a name
        if any(grouped(c) for c in ent.root.conjuncts):
            names.append(ent.text)
    found = []
    for name in dict.fromkeys(names):
        for m in _whole_word(name, text):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                found.append(ActorMention(m.start(), m.end(), name, "organisation", name))
    return found


def _titled_companies(doc: Any, text: str, words: ActorWords, gazetteer: Any) -> dict[str, int]:
    """The names before a title only a company's people hold ("X chairman Jane Doe", "Y chief executive
    officer John Roe"), by name: a proper name no list knows, with no country in it (a country's body
    is that country's: "the US Senate"), no word of a public body ("Federal Reserve"), and no person."""
    found: dict[str, int] = {}
    for ent in entities(doc):
        if ent.label_ != "PERSON":
            continue
        first, lo = ent.start, max(0, ent.start - 6)
        while first > lo and (
            # the title's own words ("deputy chairman"), not a conjunction ("Doe and CEO Jane Roe")
            (doc[first - 1].is_lower and doc[first - 1].is_alpha and doc[first - 1].pos_ in ("NOUN", "ADJ"))
            or doc[first - 1].lower_ in words.company_titles
        ):
            first -= 1
        if not company_title(doc[first : ent.start].text, words):
            continue
        start = first
        while (
            start > max(0, first - 4)
            and not doc[start].is_sent_start
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].ent_type_ != "PERSON"
        ):
            start -= 1
        if start == first:
            continue
        name_tokens = doc[start:first]
        if any(
            gazetteer.country(t.text) is not None or t.text in words.body_words or t.text in words.media_words
            for t in name_tokens
        ):
            continue
        if gazetteer.organisation(name_tokens.text) is None:
            found.setdefault(name_tokens.text, doc[start].idx)
    return found


def company_title(words_before: str, words: ActorWords) -> bool:
    """Whether the words before a name end in a title only a company's people hold ("deputy chairman")."""
    title = words_before.lower().split()
    return any(" ".join(title[k:]) in words.company_titles for k in range(len(title)))


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Lord's Resistance Army" → "LRA")."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'’\-]*", name))


def _short_company_names(
    doc: Any, groups: list[ActorMention], words: ActorWords, gazetteer: Any
) -> list[ActorMention]:
    """A company named with and without the word that says it is one ("Ford Motor" and "Ford", "Acme
    Corp." and "Acme"): when the report also writes the name without that word, standing alone (not in a
    longer name: "General" of "General Motors", "Attorney General"), that shorter name is the company's,
    so that reports writing either key one side; every such mention is the company. A shorter name that
    is a country's or an organisation's ("X Airlines" of the state X) is theirs, not the company's."""
    found = list(groups)
    taken = [(g.start, g.end) for g in groups]
    for g in groups:
        parts = g.name.split()
        if g.type != "group" or len(parts) < 2 or parts[-1] not in words.company_words:
            continue
        # the longest shorter name the report writes alone ("General Motors" of "General Motors Co.", else
        # "General" of it, which no report does)
        cut = len(parts) - 1
        while (
            cut > 1 and parts[cut - 1] in words.company_words and not _written_alone(doc, parts[:cut], taken)
        ):
            cut -= 1
        short = parts[:cut]
        if (
            gazetteer.country(" ".join(short)) is not None
            or gazetteer.organisation(" ".join(short)) is not None
        ):
            continue
        alone = _written_alone(doc, short, taken)
        if not alone:
            continue
        name = " ".join(short)
        found = [replace(m, name=name) if m.name == g.name else m for m in found]
        for a in alone:
            found.append(ActorMention(a.start_char, a.end_char, name, "group", a.text))
            taken.append((a.start_char, a.end_char))
    return found


def _written_alone(doc: Any, words: list[str], taken: list[tuple[int, int]]) -> list[Any]:
    """The places a name of these words stands alone: not inside a longer name (no capitalised proper
    noun just before or after it) nor a mention already found."""
    n = len(words)
    found = []
    for i in range(len(doc) - n + 1):
        if doc[i].text != words[0] or [t.text for t in doc[i : i + n]] != words:
            continue
        if i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper():
            continue
        if i + n < len(doc) and doc[i + n].text[:1].isupper() and doc[i + n].pos_ == "PROPN":
            continue
        span = doc[i : i + n]
        if not any(s < span.end_char and span.start_char < e for s, e in taken):
            found.append(span)
    return found


def _acronyms(text: str, groups: list[ActorMention]) -> list[ActorMention]:
    """ "Lord's Resistance Army (LRA)": every later "LRA" is that movement; "the Ruritanian Armed Forces
    (RAF)": every later "RAF" is that state, whose forces they are (their initials alone are not: a
    state keeps its own names)."""
    found = []
    for g in groups:
        after = re.match(r"\s*\(([A-Z][A-Za-z0-9&\-]{1,9})\)", text[g.end : g.end + 14])
        acronyms = {after.group(1)} if after else set()
        if g.type == "group" and len(initials := _initials(g.name)) >= 2:
            acronyms.add(initials)
        elif g.type != "group" and not g.surface.lower().endswith(tuple(actor_words().state_forces)):
            continue  # a state named by its name, not by its forces
        for acronym in acronyms:
            for m in re.finditer(rf"\b{re.escape(acronym)}\b", text):
                found.append(ActorMention(m.start(), m.end(), g.name, g.type, acronym))
    return found


_UMBRELLA_OF = re.compile(rf"^(?:[\w'’-]+ )*?(?:{'|'.join(sorted(_UMBRELLAS))}) of (?:the )?(?P<inner>.+)$")
_UMBRELLA_END = re.compile(rf"^(?P<inner>.+?) (?:{'|'.join(sorted(_UMBRELLAS))})$")


def _umbrella_members(text: str, groups: list[ActorMention]) -> list[ActorMention]:
    """A body of movements is also named by what it unites: "the Islamic courts" are the "Supreme
    Council of Islamic Courts" or the "Islamic Courts Union" of the same report."""
    taken = [(g.start, g.end) for g in groups]
    found = []
    for name in dict.fromkeys(g.name for g in groups if g.type == "group"):
        m = _UMBRELLA_OF.match(name) or _UMBRELLA_END.match(name)
        inner = m.group("inner") if m else ""
        if len(inner.split()) < 2:
            continue
        for hit in _whole_word(inner, text, re.IGNORECASE):
            if not any(s < hit.end() and hit.start() < e for s, e in taken):
                found.append(ActorMention(hit.start(), hit.end(), name, "group", hit.group()))
                taken.append((hit.start(), hit.end()))
    return found


def _known_as(text: str, groups: list[ActorMention], words: ActorWords) -> list[ActorMention]:
    """A movement's full name under the name it is best known by: "Islamic Resistance Movement (Hamas)",
    and the listed full names of well-known movements ("the Palestinian Islamic Resistance Movement"),
    are that movement wherever the report names it."""
    aliases = dict(words.aliases)
    for g in groups:
        after = re.match(r"\s*\(([^()]{2,40})\)", text[g.end : g.end + 44])
        if after and after.group(1) in words.names and g.name != after.group(1):
            aliases.setdefault(g.name, after.group(1))

    def known(name: str) -> str:
        # also a full name lengthened with a hyphen ("X Armed Forces-People's Army" of "X Armed Forces")
        return next(
            (
                short
                for full, short in aliases.items()
                if name == full or name.endswith(" " + full) or name.startswith(full + "-")
            ),
            name,
        )

    for g in groups:  # "Ruritanian Liberation Front" is the "RLF" the lexicon knows, written out
        initials = _initials(g.name)
        if len(initials) >= 3 and g.name not in words.names and initials in words.names:
            aliases.setdefault(g.name, initials)
    # a shortened name is the full one it is part of ("Liberation Tigers", "Tamil Tigers" of "Liberation
    # Tigers of Tamil Eelam"): the report's own full names first, then the listed ones; only when one fits
    fulls = {g.name for g in groups}
    spelt = _bracketed_acronyms(text, groups)
    for name in sorted(fulls):
        # a listed full name only when the name is a run of its words ("Liberation Tigers"): "the National
        # Army" of one country is no other country's "National Liberation Army"
        longer = _longer_names(name, fulls) or [
            n for n in _longer_names(name, set(words.aliases)) if f" {name} " in f" {n} "
        ]
        # two names the report gives two acronyms are two movements ("Sudan Liberation Movement (SLM)" and
        # "Sudan People's Liberation Movement (SPLM)")
        longer = [n for n in longer if name not in spelt or spelt.get(n, spelt[name]) == spelt[name]]
        if len(longer) == 1:
            aliases.setdefault(name, known(longer[0]))

    seen: set[tuple[int, int]] = set()
    found = []
    for g in groups:
        if (g.start, g.end) not in seen:
            seen.add((g.start, g.end))
            found.append(replace(g, name=known(g.name)))
    return found


def _bracketed_acronyms(text: str, groups: list[ActorMention]) -> dict[str, str]:
    """The acronym the report gives in brackets after a movement's name, by name."""
    found: dict[str, str] = {}
    for g in groups:
        after = _acronym_after(text, g.end)
        if after is not None:
            found.setdefault(g.name, after)
    return found


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w'’-]+", name) if w[:1].isupper()}


def _longer_names(name: str, names: set[str]) -> list[str]:
    """The names whose capitalised words include all of this name's two or more, and more."""
    own = _name_words(name)
    if len(own) < 2:
        return []
    return sorted(n for n in names if own < _name_words(n))


@functools.cache
def _first_words(nouns: frozenset[str]) -> frozenset[str]:
    return frozenset(n.split()[0] for n in nouns)


def _generic_groups(
    doc: Any, text: str, words: ActorWords, named: list[ActorMention], candidates: list[Any]
) -> list[ActorMention]:
    """Common nouns for a movement ("the rebels", "Kabila's rebels", "the rebel delegation");
    ``candidates`` are the document's tokens that are the first word of such a noun, in order."""
    spans = [(m.start, m.end) for m in named]
    found = []
    for tok in candidates:
        low = tok.lower_
        if not (tok.text.islower() or tok.is_sent_start or (tok.ent_type_ == "NORP" and tok.ent_iob_ == "B")):
            continue  # a common noun ("Islamists" too), not part of a name ("the Union Buildings")
        two = f"{low} {doc[tok.i + 1].lower_}" if tok.i + 1 < len(doc) else ""
        if two in words.group_nouns:
            last = doc[tok.i + 1]
        elif low in words.group_nouns and tok.pos_ in ("NOUN", "ADJ", "PROPN"):
            last = tok
        else:
            continue
        if _describes_others(last, words) or _describes_a_group_noun(last, words):
            continue
        first = tok
        # the modifiers directly before it: "Kabila's", "Tamil", "Maoist" (not a conjunct's words), within
        # its sentence (``is_sent_start``: spaCy finds a token's ``.sent`` anew by a walk on each call)
        while first.i > 0 and not first.is_sent_start:
            prev = doc[first.i - 1]
            if prev.tag_ == "POS" or (
                prev.dep_ in ("poss", "amod", "compound", "nmod") and not prev.is_punct
            ):
                first = prev
            else:
                break
        start, end = first.idx, _end(last)
        if any(s < end and start < e for s, e in spans):
            continue
        surface = text[start:end]
        name = _common_case(first, surface, words)
        found.append(ActorMention(start, end, name, "group", surface, generic=True))
        spans.append((start, end))
    return found


def _common_case(first: Any, surface: str, words: ActorWords) -> str:
    """The name of a common-noun mention as the noun is written inside a sentence: a sentence's capital is
    no proper name ("Rebel chief negotiator X" names "rebel", the report's "rebels"), while a people's
    or a name's capital stays ("Tamil rebels", "Islamists")."""
    if (
        first.is_sent_start
        and first.ent_type_ != "NORP"
        and first.text[:1].isupper()
        and first.text[1:].islower()
        and first.lower_ in _first_words(words.group_nouns)
    ):
        return surface[:1].lower() + surface[1:]
    return surface


def _describes_others(noun: Any, words: ActorWords) -> bool:
    """Whether a movement's noun only describes the common noun it modifies ("opposition politicians",
    "opposition candidates"): some of its people, not the movement as a side ("the opposition
    delegation", "opposition leader X", "the opposition Freedom Platform" stand for it)."""
    head = noun.head
    return (
        noun.lower_ in words.movement_nouns
        and noun.dep_ in ("compound", "amod", "nmod")
        and head.i > noun.i
        and head.pos_ == "NOUN"
        and head.lower_ not in words.movement_heads
    )


def _describes_a_group_noun(noun: Any, words: ActorWords) -> bool:
    """Whether a group noun only describes a later one ("the rebel X militia"): the later one, with its
    name words, is the mention."""
    head = noun.head
    return noun.dep_ in ("amod", "compound") and head.i > noun.i and head.lower_ in words.group_nouns


def _people_forces(ctx: Any, words: ActorWords, named: list[ActorMention]) -> list[ActorMention]:
    """Forces named by a people or a region that is no state ("Tigrayan forces", "Kurdish forces"): a
    movement's fighters. A state's ("Ethiopian forces"), an organisation's or a capitalised common word's
    ("Government forces", "Coalition forces") are not."""
    doc, text, gazetteer = ctx.doc, ctx.document.text, ctx.gazetteer
    found: list[ActorMention] = []
    for tok in ctx.tokens_lower_in(doc[:], words.people_forces):
        mod = doc[tok.i - 1] if tok.i > 0 else None
        if (
            mod is None
            or not tok.text.islower()
            or not _modifier_of(mod, tok)
            or not mod.text[:1].isupper()
            or mod.is_sent_start
            or mod.lower_ in words.not_a_people
            or gazetteer.country(mod.text) is not None
            or gazetteer.organisation(mod.text) is not None
        ):
            continue
        start, end = mod.idx, _end(tok)
        if any(m.start < end and start < m.end for m in named):
            continue
        found.append(ActorMention(start, end, text[start:end], "group", text[start:end], generic=True))
    return found


def _modifier_of(mod: Any, noun: Any) -> bool:
    """Whether a word modifies a noun, also as the last of two coordinated modifiers ("the government and
    X forces", which the model often parses so)."""
    if mod.dep_ == "conj" and mod.head.head.i == noun.i:
        return True
    return bool(mod.head.i == noun.i and mod.dep_ in ("amod", "compound", "nmod"))


#: A union named by a common noun, and unions in the plural (a report on several).
_ONE_UNION = word_list("actors.yaml", "one-union")
_UNIONS = word_list("actors.yaml", "unions")


def _name_movement(mentions: list[ActorMention]) -> list[ActorMention]:
    """One name for the document's movement: its full name if it has one, else its most specific noun."""
    # the name as written, also in another case or lengthened ("Farc", "FARC-EP" of "FARC")
    named = Counter(m.name for m in mentions if m.type == "group" and not m.generic and _written_as_named(m))
    armed = actor_words().armed_nouns | actor_words().people_forces  # "the rebels", "X-ian forces"
    generic = [m for m in mentions if m.generic and _noun_of(m.surface) in armed]
    if not generic:
        # a report on one union ("the union", "the machinists union") and on no other: named by the one
        # union name it writes ("the X Workers"), else by its most specific noun (a company named beside
        # it is its counterpart, not its name); a report on "unions" names their side by the one union it
        # names ("the unions ... the X Workers, one of the unions"), and with none named tells them apart
        generic = [m for m in mentions if m.generic and _noun_of(m.surface) in _ONE_UNION]
        plural = [m for m in mentions if m.generic and _noun_of(m.surface) in _UNIONS]
        unions = actor_words().union_words
        # (the head of the name, before an "of": "the X Workers of Y")
        named = Counter({n: k for n, k in named.items() if n.split(" of ")[0].split()[-1] in unions})
        if len(named) > 1:
            named.clear()
        if plural and not named:
            return mentions
        generic += plural
    if not generic:
        return mentions
    if named:
        name = named.most_common(1)[0][0]
    else:
        counts = Counter(m.name for m in generic)
        name = max(counts, key=lambda n: (n[:1].isupper() or len(n.split()) > 1, counts[n], len(n)))
    unify = {id(m) for m in generic}
    return [
        ActorMention(m.start, m.end, name, m.type, m.surface, True) if id(m) in unify else m for m in mentions
    ]


def _written_as_named(mention: ActorMention) -> bool:
    """Whether a movement's mention writes its name, also in another case, lengthened ("Farc", "FARC-EP"
    of "FARC") or as one of its listed names ("Huthi", "Ansar Allah" of "Houthis")."""
    surface = mention.surface.lower()
    if surface.startswith(mention.name.lower()):
        return True
    listed = (full.lower() for full, known in actor_words().aliases.items() if known == mention.name)
    return any(surface.startswith(full.removesuffix("s")) for full in listed)


def _name_opposition(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """One name for a report's opposition ("the opposition", "the Ruritanian opposition", "the main
    opposition coalition" all name one side in one report): the named movement the report calls so
    ("the opposition Freedom Platform", "the Freedom Platform, the main opposition coalition"), else its
    most frequent noun without a possessive ("the country's opposition" is "the opposition")."""
    nouns = actor_words().movement_nouns
    generic = [m for m in mentions if m.generic and _noun_of(m.surface) in nouns]
    if not generic:
        return mentions
    named = [m for m in mentions if m.type == "group" and not m.generic]
    described = Counter(n.name for g in generic for n in named if _side_by_side(text, g, n))
    if described:
        name = described.most_common(1)[0][0]
    else:
        counts = Counter(m.name for m in generic)
        name = max(counts, key=lambda n: ("'" not in n and "’" not in n, counts[n], -len(n)))
    unify = {id(m) for m in generic}
    return [
        ActorMention(m.start, m.end, name, m.type, m.surface, True) if id(m) in unify else m for m in mentions
    ]


def _side_by_side(text: str, first: ActorMention, second: ActorMention) -> bool:
    """Whether two mentions stand next to each other, with at most a comma and an article between them
    ("the opposition Freedom Platform", "the Freedom Platform, the opposition coalition")."""
    one, other = (first, second) if first.start < second.start else (second, first)
    between = text[one.end : other.start].strip(" ,").lower()
    return one.end <= other.start and between in ("", "the", "a", "its", "the main", "its main")


def _noun_of(surface: str) -> str:
    """The group noun a common-noun mention ends with: "Kabila's rebel movement" → "rebel movement"."""
    words = surface.lower().split()
    two = " ".join(words[-2:])
    return two if two in actor_words().group_nouns else words[-1] if words else ""


#: The word after an actor's name, past an acronym in brackets or a hyphen the next name shares ("US- and
#: Saudi-brokered talks"), and the word after that.
_ROLE_AFTER = re.compile(
    r"(?:\s*\([A-Z][A-Za-z.]{1,8}\))?(?:-\s*(?:,|and|or)\s+(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.]*)?"
    r"-?(\w+)(?:\s+(\w+))?"
)
#: What an actor leads as a go-between: "the AU-led talks", "a Qatari-led mediation effort".
_LED_WORK = word_list("actors.yaml", "led-work")


#: "X-backed", "X -backed": the word a hyphen joins to an actor's name.
_HYPHENED = re.compile(r"\s?-\s?(\w+)")


def backs(text: str, mention: ActorMention) -> bool:
    """Whether the actor is named as the backer of what follows ("Rwanda-backed rebels", "Iranian-funded
    militias"): the rebels' supporter, no side of talks that name them."""
    after = _HYPHENED.match(text, mention.end)
    return bool(after and after.group(1).lower() in actor_words().backing_words)


#: Verbs of taking part in a meeting, whose "as" phrase gives the role taken ("attended as observers").
_TAKING_PART = word_list("actors.yaml", "taking-part")


def joint_role(word: Any) -> bool:
    """Whether a role word is shared among those it names ("co-chaired by A and B", "A and B co-chaired"):
    the co-chairs of a committee of two sides are those sides, each chairing its half, not a third party
    presiding over them ("X co-chaired the talks between the rebels and the government" is a chair)."""
    if not word.lower_.startswith("co-"):  # one word: see meetings.yaml, kind one-word
        return False
    holders = [c for by in word.children if by.dep_ == "agent" for c in by.children if c.dep_ == "pobj"]
    holders += [
        c for c in word.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in meeting_words().nouns
    ]
    return any(h.conjuncts for h in holders)


def _object_of(ctx: Any, i: int, verb: int) -> bool:
    """Whether token ``i`` is in the direct object of the token ``verb`` (through the words above it),
    read from the document's tables: ``Token.head`` makes a new Token at each step of the walk."""
    heads, deps = ctx.heads, ctx.deps
    while heads[i] != i and heads[i] != verb:
        i = heads[i]
    return bool(heads[i] == verb and deps[i] == "dobj")


def third_party_role(ctx: Any, mention: ActorMention) -> str | None:
    """The third-party role a mention is given where it stands ("Qatari-mediated", "hosted by Oman",
    "the Norwegian facilitators", "observers from the EU"), or None."""
    roles = actor_words().roles
    text: str = ctx.document.text
    # "Qatari-mediated", "the African Union (AU)-sponsored talks"
    after = _ROLE_AFTER.match(text[mention.end : mention.end + 40])
    if after and after.group(1).lower() in roles:
        return roles[after.group(1).lower()]
    if after and after.group(1) == "led" and (after.group(2) or "").lower() in _LED_WORK:
        return "mediator"  # "African Union-led talks", not "a US-led coalition"
    if (
        after
        and after.group(1).lower() in actor_words().backing_words
        and (after.group(2) or "").lower() in _LED_WORK
    ):
        return "mediator"  # "UN-backed talks" (not "X-backed rebels": their supporter, no side of talks)
    own = expanded_root(ctx.doc, mention.start, mention.end)
    if own is None:
        return None
    # the document's tables, by token index: no Token made nor string read from the parse
    lowers, lemmas, pos, deps, heads, kids = ctx.lowers, ctx.lemmas, ctx.pos, ctx.deps, ctx.heads, ctx.kids
    root = own.i
    while deps[root] == "conj":  # "chaired by the UN and South Africa": the role of the first conjunct
        root = heads[root]
    head = heads[root]
    if deps[root] == "pobj" and lowers[head] in ("between", "among"):
        return None  # "X has been mediating between A and B": A and B are those mediated
    near = [head, heads[head]] if deps[root] != "ROOT" else []
    if deps[root] == "pobj" and lowers[head] in ("by", "from", "of"):
        near = [heads[head], heads[heads[head]]]
    elif deps[root] == "pobj" and lowers[head] == "to":
        # "had facilitated the talks as Ambassador of X to Y": whom a role's holder is sent to, or a
        # place the role's verb reaches, holds no role ("hosted by Oman", "the host Oman" still do)
        near = []
    if deps[root] in ("nsubj", "nsubjpass"):  # "X is expected to chair the talks"
        near += [c for c in kids[head] if deps[c] == "xcomp"]
    near_at = set(near)
    # "the guarantor powers, X and Y", "the guarantor powers X and Y", "the guarantor countries of X": the
    # common noun that names the actor says its role through the words before it
    named_as = [c for c in kids[root] if deps[c] == "compound" and pos[c] == "NOUN"]
    if deps[root] == "appos" or (deps[root] == "pobj" and lowers[head] == "of"):
        named_as.append(head if deps[root] == "appos" else heads[head])
    describing = [c for noun in named_as for c in kids[noun] if deps[c] in ("compound", "amod")]
    for t in [*near, *kids[root], *(kids[own.i] if own.i != root else ()), *describing]:
        is_near = t in near_at
        if is_near and pos[t] == "VERB" and _object_of(ctx, own.i, t):
            continue  # "X, who hosted the CIS summit": the summit is hosted, the CIS hosts nothing
        for form in (lowers[t], lemmas[t]):
            if form in roles and (is_near or deps[t] in ("amod", "compound", "appos", "relcl")):
                return None if roles[form] == "chair" and joint_role(ctx.tokens[t]) else roles[form]
    # "X's envoys attended the talks as observers" (not "X acting as intermediary in the four-way talks",
    # which often counts X among the sides)
    taking = list(near)
    if deps[root] == "appos":  # "members of the contact group -- X, Y and Z -- sat in as observers"
        at = heads[root]
        if deps[at] == "pobj" and lowers[heads[at]] == "of":
            at = heads[heads[at]]
        if deps[at] in ("nsubj", "nsubjpass"):
            taking.append(heads[at])
    for verb in (t for t in taking if pos[t] == "VERB" and lemmas[t] in _TAKING_PART):
        for role in (o for p in kids[verb] if lowers[p] == "as" for o in kids[p] if deps[o] == "pobj"):
            if lemmas[role] in roles:
                return roles[lemmas[role]]
    doer = root
    if deps[doer] == "pobj" and lowers[head] == "of" and pos[heads[head]] in ("NOUN", "PROPN"):
        doer = heads[head]  # "the Republic of X"
    while deps[doer] in ("conj", "appos"):  # "the State of X, the Kingdom of Y and the Republic of Z"
        doer = heads[doer]
    if deps[doer] in ("nsubj", "nsubjpass"):
        # "X and Y, in their capacity as mediators, announced ...": the capacity the doer acts in (unlike a
        # bare "X acting as intermediary", which often counts X among the sides)
        verb = heads[doer]
        capacity = [o for p in kids[verb] if lowers[p] == "in" for o in kids[p] if deps[o] == "pobj"]
        for role in (r for o in capacity for p in kids[o] if lowers[p] == "as" for r in kids[p]):
            if deps[role] == "pobj" and lemmas[role] in roles:
                return roles[lemmas[role]]
    if mention.type == "organisation":  # "UN envoy X", "the UN Secretary-General's special representative"
        at = own.i
        for _ in range(3):
            if deps[at] not in ("compound", "poss", "nmod", "amod") or heads[at] == at:
                break
            previous, at = at, heads[at]
            if any(deps[c] == "nummod" for c in kids[at]):
                break  # "the 11 X representatives": the members' own delegates, counted, go between no one
            # the noun, or a word beside it that says what it does ("the UN verification mission")
            for word in (at, *(c for c in kids[at] if c != previous and deps[c] in ("compound", "amod"))):
                if lemmas[word] in actor_words().organisation_roles:
                    return actor_words().organisation_roles[lemmas[word]]
    return None
