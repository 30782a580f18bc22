"""Where a meeting is: its city ("in X", "the X talks", "in the Omani capital", "talks here" and the
dateline), the country a sentence puts it in, where those who set off for it are going, and its venue ("at
the X Palace"), never the place a speaker spoke from. Separate because it reads the gazetteer and the
entities of a sentence, which no other part of a meeting needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

from legation.lexicon import word_list
from legation.model import Evidence, MeetingMention
from legation.nlp.context import DocContext, Span, Token
from legation.nlp.lexicons import MEETING_LISTS, agenda_words, meeting_words
from legation.nlp.meetings.dates import VISIT_WORDS, meeting_verb
from legation.nlp.meetings.grammar import (
    EARLIER_OPENERS,
    MEETING_EVENT_VERBS,
    counts_meetings,
    holds_no_meeting,
    in_earlier_clause,
    infinitive,
    is_speech,
    states,
    stretch_of,
    topic,
)


def placed_by_dateline(ctx: DocContext, m: MeetingMention) -> MeetingMention:
    """A meeting the report tells as news (held within a day of its writing) with no place of its own is
    where the report was written when that is a city of one of the two sides seen meeting: "MOSCOW, Nov 1
    - Georgia's foreign minister met Lavrov on Wednesday". The evidence is the dateline; a venue named
    after its own city places it there instead ("was met at Grozny airport")."""
    city = _dateline_city(ctx)
    if m.city is not None or m.planned or m.date is None or city is None:
        return m
    if m.format in meeting_words().remote:
        return m  # "the two presidents met by video link on Monday": held in no city, the dateline's least
    sides = m.sides_seen
    if len(sides) < 2 and len(m.heads) < 2:
        return m  # one side seen: its people may be on the way to talks elsewhere
    if abs((dt.date.fromisoformat(m.date.value[:10]) - ctx.anchor).days) > 1:
        return m
    if ctx.gazetteer.city_country(city) not in sides and not _seat_in_report(ctx, city):
        return m
    named = _city_of_venue(ctx, m.venue) if m.venue else None
    if named is not None and "venue" in m.field_evidence:  # "met at Grozny airport": in Grozny
        return replace(m, city=named, field_evidence={**m.field_evidence, "city": m.field_evidence["venue"]})
    evidence = Evidence(ctx.document.id, 0, 0, 0, f"(dateline) {ctx.document.dateline_place}")
    return replace(m, city=city, field_evidence={**m.field_evidence, "city": evidence})


def _city_of_venue(ctx: DocContext, venue: str) -> str | None:
    """The city a venue's name begins with ("Grozny airport", "the Geneva Intercontinental hotel"), when
    the gazetteer knows it as a city and the venue is of a kind named after its own city (``city-venue``
    words of ``meetings.yaml``: not a house or a palace named after another city)."""
    words = venue.removeprefix("the ").split()
    if not words or words[-1].lower() not in meeting_words().city_venues:
        return None
    for n in range(min(len(words) - 1, 3), 0, -1):
        name = " ".join(words[:n])
        if name[:1].isupper() and ctx.gazetteer.city_country(name) is not None:
            return name
    return None


def _seat_in_report(ctx: DocContext, city: str) -> bool:
    """Whether the city is the seat of an organisation the report names: talks it brokers or hosts are
    held there ("BRUSSELS - EU-mediated talks between X and Y collapsed on Thursday")."""
    names = {m.name for m in ctx.actors.mentions if m.type == "organisation"}
    return any((ctx.gazetteer.seat_of(n) or "").lower() == city.lower() for n in names)


#: Nouns of a place named after "of": "in the port city of X" is in X.
_PLACE_NOUNS = word_list(MEETING_LISTS, "place-nouns")


def _place_noun_of(name: Token) -> Token | None:
    """The place noun a name follows "of" ("the port city of X"), or None."""
    of = name.head
    if name.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in _PLACE_NOUNS:
        return of.head
    return None


def _before_place_noun(name: Token) -> bool:
    """Whether a name is set before a place noun ("in X town", "X city"); not the region before one that
    names its place after "of" ("the X ski resort of Y" is in Y)."""
    return name.dep_ == "compound" and name.head.lower_ in _PLACE_NOUNS and not _named_after_of(name.head)


def _named_after_of(noun: Token) -> bool:
    """Whether a place noun names its place after "of" ("the resort of X")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(n.dep_ == "pobj" and n.pos_ == "PROPN" for n in c.children)
        for c in noun.children
    )


def _town_described(noun: Token) -> bool:
    """Whether a venue word is a town's (a place noun such as "resort") told by what it is like, not a
    building's name: "a Swiss mountain resort", "the X ski resort of Y" (in Y, which is the city)."""
    if noun.lower_ not in _PLACE_NOUNS:
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return indefinite or _named_after_of(noun)


def _places_in(ctx: DocContext, sent: Span) -> Iterator[tuple[Span, str]]:
    """The sentence's entities with their labels, and the city a name runs on over ("the ... Forces in
    X": the model took the place into the name), as a place."""
    named: set[int] = set()
    for ent in ctx.ents_in(sent):
        named.update(range(ent.start, ent.end))
        if _place_noun_of(ent.root) is not None or _before_place_noun(ent.root):
            yield ent, "GPE"  # "the lakeside town of X", "in X town", whatever the model took X for
            continue
        yield ent, ent.label_
        if ent.label_ != "ORG":
            continue
        for tok in ent[1:-1]:
            if tok.lower_ in ("in", "at"):
                rest = ent[tok.i - ent.start + 1 :]
                if rest.text[:1].isupper() and ctx.gazetteer.city_country(rest.text) is not None:
                    yield rest, "GPE"
    for noun in ctx.tokens_lower_in(sent, _PLACE_NOUNS):
        # "the western town of X" with X a name the model tagged as nothing: a place all the same
        for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for name in (c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                if name.i not in named and name.text[:1].isupper():
                    yield sent.doc[name.left_edge.i : name.i + 1], "GPE"


def city_of_meeting(
    ctx: DocContext, sent: Span, triggers: list[Token], country: Span | None = None
) -> tuple[str, Evidence] | None:
    """A place (GPE) the meeting was in: "in X", "X talks", not a country, not a speaker's location; or
    the dateline's city when it is the capital of the ``country`` the sentence puts the meeting in."""
    # a place in a clause of an earlier meeting is that meeting's, unless the sentence is all of it
    elsewhere = bool(ctx.tokens_lower_in(sent, EARLIER_OPENERS)) and not all(
        in_earlier_clause(t) for t in triggers
    )
    # "in the Kenyan capital", told before any place the model names, is the place
    capital = _capital_named(ctx, sent, triggers)
    # a place hung on the talks' topic ("talks on X in Y", which the parser may hang on X) only when no
    # place is hung on the talks themselves ("talks on a truce in X, held in Y")
    on_topic: tuple[Span, str] | None = None
    for ent, label in _places_in(ctx, sent):
        name = ctx.text_of(ent)  # ``Span.text`` joins the tokens anew on each read
        hung = _meeting_city(ctx, ent, label, name, triggers, elsewhere)
        if hung == "talks":
            return _first(capital, ctx, ent, name)
        if hung == "topic" and on_topic is None:
            on_topic = ent, name
    if on_topic is not None:
        return _first(capital, ctx, *on_topic)
    if capital is not None:
        return capital[0], capital[1]
    place = _dateline_city(ctx)
    if (
        place is not None
        and country is not None
        and ctx.gazetteer.is_capital(place)
        and ctx.gazetteer.city_country(place) == ctx.gazetteer.country(country.text)
    ):
        # "talks in Oman" filed from its capital; not from another city of it, which may be an agency's
        # regional hub rather than the talks' place
        return place, ctx.span_evidence(country)
    if place is not None:
        # "talks here": the city of the dateline; not "X said here", where X spoke
        for tok in ctx.tokens_lower_in(sent, ("here",)):
            if tok.dep_ == "advmod" and not states(tok.head) and _near_trigger(tok, triggers):
                return place, ctx.span_evidence(tok)
    return None


def _meeting_city(
    ctx: DocContext, ent: Span, label: str, name: str, triggers: list[Token], elsewhere: bool
) -> str | None:
    """Whether a place the sentence names is the meeting's: "talks" when it is ("in X", "the X talks", "at
    X's Palace", "left for X to resume talks"), "topic" when the parser only hung it on the talks' topic
    (see :func:`_hung_on`), else None."""
    if name[:1].islower() or name.lower().startswith("the "):
        return None
    if elsewhere and in_earlier_clause(ent.root):
        return None
    if label != "GPE" and not (label in ("NORP", "LOC") and ctx.gazetteer.is_capital(name)):
        return None  # a capital the model took for a nationality ("in the Tunisian capital Tunis")
    if _only_country(ctx, name):
        return None  # a country, not a city
    root = ent.root
    if root.dep_ in ("appos", "compound") and root.head.lower_ == "capital":
        root = root.head  # "in the Kenyan capital Nairobi"
    elif (place := _place_noun_of(root)) is not None:
        root = place  # "in the Red Sea city of X", "in the resort town of X"
    elif _before_place_noun(root):
        root = root.head  # "in X town", "in X city"
    at = root.head.lower_ in _IN_PLACE or (root.head.lower_ == "on" and root.lower_ == "island")
    hung = (
        _hung_on(root.head, triggers) if root.dep_ == "pobj" and at else None
    )  # "in X", "on the island of X"
    if hung == "talks":
        return hung
    if (
        root.dep_ == "compound"
        and root.head in triggers
        and not _round_of_a_body(ctx, root.head)
        and ctx.gazetteer.city_country(name) is not None  # not "the Brexit talks" the model took for one
    ):
        return "talks"  # "the Geneva talks"
    venue = root.head
    if (
        root.dep_ == "poss"
        and (venue.pos_ == "PROPN" or meeting_words().venues.search(venue.text))  # not "at X's request"
        and venue.dep_ == "pobj"
        and venue.head.lower_ in _IN_PLACE
    ):
        hung = _hung_on(venue.head, triggers) or hung  # "talks at Lima's Palace of Government"
        if hung == "talks":
            return hung
    if root.dep_ == "pobj" and root.head.lower_ in ("for", "to") and _bound_for(root.head.head, triggers):
        return "talks"  # "left for X to resume talks": where they are held
    if _where_met(root, triggers):
        return "talks"  # "visited X, where he met Y"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and _travels_for_the_talks(root.head.head, triggers):
        return "talks"  # "will travel to X next week for talks", "flew to X to meet Y": where they are held
    return hung


def _where_met(place: Token, triggers: list[Token]) -> bool:
    """Whether a place is the one a relative clause of "where" holds the meeting in: "visited X, where he
    met Y", "flew to X, where she held talks with Y" (the clause's verb is the meeting's)."""
    return any(
        c.dep_ == "relcl"
        and any(w.dep_ == "advmod" and w.lower_ == "where" for w in c.children)
        and any(meeting_verb(t) == c for t in triggers)
        for c in place.children
    )


def _first(
    capital: tuple[str, Evidence, int] | None, ctx: DocContext, place: Span, name: str
) -> tuple[str, Evidence]:
    """Of a capital named by its country ("in the Omani capital") and a place named ``name``, the one
    told first."""
    if capital is not None and capital[2] < place.start_char:
        return capital[0], capital[1]
    return name, ctx.span_evidence(place)


def _capital_named(ctx: DocContext, sent: Span, triggers: list[Token]) -> tuple[str, Evidence, int] | None:
    """The capital a sentence names by its country, where the meeting is: "met in Oman's capital", "in
    the Omani capital"; with where it is told."""
    for tok in ctx.tokens_lower_in(sent, ("capital",)):
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
            continue
        if not _near_trigger(tok.head, triggers):
            continue
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        if (
            before is not None
            and before.head.i == tok.i
            and before.dep_ in ("amod", "compound")
            and ctx.gazetteer.country(before.text) is None
        ):
            continue  # "Malaysia's administrative capital", "its commercial capital": another city
        owner = next((c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")), None)
        country = ctx.gazetteer.country(owner.text) if owner is not None else None
        capital = ctx.gazetteer.capital_of(country) if country is not None else None
        if capital is not None and owner is not None:
            return capital, ctx.span_evidence(sent.doc[min(owner.i, tok.i) : tok.i + 1]), owner.idx
    return None


def _round_of_a_body(ctx: DocContext, noun: Token) -> bool:
    """A round of an organisation's negotiations named after the city that launched it ("the X round of
    World Trade Organization negotiations", "the X round of GATT talks"): a name, not where a meeting
    is held."""
    if noun.lower_ not in ("round", "rounds"):
        return False
    owners = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(ctx.gazetteer.organisations_in(ctx.text_of(o.doc[o.left_edge.i : o.i + 1])) for o in owners)


#: Dependencies by which a verb holds a meeting word: "held talks", "the talks were held".
_HELD_BY = frozenset({"dobj", "nsubj", "nsubjpass"})


def placed_unknown(ctx: DocContext, sent: Span, triggers: list[Token]) -> bool:
    """Whether the sentence puts its meeting "at" or "in" a named place that is no city the model and the
    gazetteer know: a border post or a village the model takes for a person ("the meeting, held at X on
    the other side of the line"). The meeting is not where the report was written, though no city can be
    given; a venue ("at X House") is no such place."""
    dateline = _dateline_city(ctx)
    holders = [
        *triggers,
        *(t.head for t in triggers if t.dep_ in _HELD_BY and t.head.pos_ == "VERB"),
        *(c for t in triggers for c in t.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"),
    ]
    words = meeting_words()
    for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("at", "in")):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            phrase = ctx.doc[place.left_edge.i : place.i + 1].text
            if place.pos_ == "PROPN":
                name = phrase.removeprefix("the ")
                if place.ent_type_ in _KNOWN_PLACE_TYPES or words.venues.search(name):
                    continue  # a city :func:`city_of_meeting` reads, a building, a day, or a venue
            elif _of_named_kind(phrase, words.named_venues):
                # "the X border post": a named post or crossing, in X
                name = " ".join(t.text for t in ctx.doc[place.left_edge.i : place.i] if t.pos_ == "PROPN")
            else:
                continue
            if not name[:1].isupper() or name == dateline or ctx.gazetteer.country(name) is not None:
                continue
            if ctx.gazetteer.city_country(name) is None:
                return True
    return False


#: Entity types of a place named after "at" or "in" that :func:`placed_unknown` leaves to other readers: a
#: city, a building or an office ("at the Kremlin"), a day.
_KNOWN_PLACE_TYPES = frozenset({"GPE", "FAC", "ORG", "DATE", "TIME"})


def _only_country(ctx: DocContext, name: str) -> bool:
    """A country's name that is not also a city's (a city-state, a seat of an organisation)."""
    gazetteer = ctx.gazetteer
    return gazetteer.country(name) is not None and not (gazetteer.is_capital(name) or gazetteer.is_seat(name))


def country_of_meeting(ctx: DocContext, sent: Span, triggers: list[Token]) -> Span | None:
    """The country a sentence says its meeting was in ("talks on Saturday in Oman"), or None."""
    for ent in ctx.ents_in(sent):
        root = ent.root
        if (
            ent.label_ == "GPE"
            and _only_country(ctx, ent.text)
            # "talks in X", or "visited X, where he met Y"
            and (_at_place(root, triggers) or _where_met(root, triggers))
        ):
            return ent
    return None


def _at_place(name: Token, triggers: list[Token]) -> bool:
    """Whether a place is one the meeting is "in" or "at" ("talks on Saturday in Oman")."""
    return name.dep_ == "pobj" and name.head.lower_ in ("in", "at") and _near_trigger(name.head, triggers)


#: Prepositions that put a meeting in a city: "in X", "at X", and just outside it ("near X", "outside X":
#: a venue in the suburbs is reported by the city's name).
_IN_PLACE = frozenset({"in", "at", "near", "outside"})


def _bound_for(verb: Token, triggers: list[Token]) -> bool:
    """Whether the verb is one of setting off for the meeting: its destination is the meeting's city."""
    return any(_departure(t) == verb for t in triggers)


def _dateline_city(ctx: DocContext) -> str | None:
    """The city the report was written in, by its dateline: the seat of an organisation ("UNITED NATIONS,
    Dec 11"); None for a country's name or no dateline."""
    place = ctx.dateline
    if place and ctx.gazetteer.organisation(place) is not None:
        place = ctx.gazetteer.seat_of(place)  # "UNITED NATIONS, Dec 11": the headquarters' city
    if place and (ctx.gazetteer.country(place) is None or ctx.gazetteer.is_capital(place)):
        return str(place)
    return None


def _near_trigger(prep: Token, triggers: list[Token]) -> bool:
    """Whether a preposition hangs on the meeting, or on its topic (see :func:`_hung_on`)."""
    return _hung_on(prep, triggers) is not None


def _hung_on(prep: Token, triggers: list[Token]) -> str | None:
    """What of the meeting a preposition hangs on: "talks" for its word, its verb, its venue, its time,
    its sides, its doors; "topic" when it hangs only on its topic ("talks over the nuclear programme in
    Lima", which the parser may hang on the programme: the talks' place when no other place is hung on
    them); else None."""
    if _on_the_talks(prep, triggers):
        return "talks"
    head = prep.head
    if not holds_no_meeting(head) and topic(head) and head.head.head in triggers and not _local(head):
        return "topic"
    if _in_the_object(head, triggers) and not _local(head):
        return "topic"  # "signed a declaration of principles in X", which the parser hangs on the principles
    return None


def _in_the_object(noun: Token, triggers: list[Token]) -> bool:
    """Whether a noun is the object of a meeting verb or stands in the phrases hung on it ("signed a
    declaration of principles"): a place the parser hangs there is the verb's, when none is hung on it."""
    for _ in range(3):
        if noun.dep_ == "dobj":
            return noun.head in triggers and noun.head.pos_ == "VERB"
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
    return False


#: Nouns of a stay in a place, during which a meeting is held there: "during his stay in X, he met Y".
_STAYS = VISIT_WORDS | {"stay"}


def _on_the_talks(prep: Token, triggers: list[Token]) -> bool:
    head = prep.head
    if head in triggers:
        return True
    if (
        head.lemma_.lower() in _STAYS
        and head.dep_ == "pobj"
        and head.head.lower_ == "during"
        and head.head.head in triggers
    ):
        return True  # "during his stay in X, he met Y", "met Y during a visit in X": the visit's place
    if holds_no_meeting(head):
        return False  # "gunmen holding nine nurses at a compound ... sat down with envoys"
    if any(c in triggers or stretch_of(c, triggers) for c in head.children):
        return True  # "followed two days of talks in Geneva": the verb's object is a stretch of the talks
    if head.pos_ == "VERB" and head.lemma_.lower() in MEETING_EVENT_VERBS:
        # not "five rounds of talks held in X" in a sentence of other talks: the place of those it counts
        return not (
            head.dep_ in ("relcl", "acl") and head.head not in triggers and counts_meetings(head.head)
        )
    # "talks held at X", "the talks, which lasted four hours at X" (hung on the hours)
    verb = head.head if head.ent_type_ in ("DATE", "TIME") and head.dep_ in ("dobj", "npadvmod") else head
    if verb.pos_ == "VERB" and verb.dep_ in ("relcl", "acl") and verb.head in triggers:
        return True
    # "talks at the Foreign Ministry in Lima", "at the building of the X Council in Lima", "at the State
    # Department in Washington": the place of the venue of the meeting
    venue = head
    while venue.dep_ == "pobj" and venue.head.lower_ == "of" and venue.head.head.pos_ in ("NOUN", "PROPN"):
        venue = venue.head.head
    named = venue.pos_ == "PROPN" and venue.dep_ == "pobj" and venue.head.lower_ == "at"
    if venue.pos_ not in ("NOUN", "PROPN") or not (named or meeting_words().venues.search(venue.text)):
        venue = None
    if venue is not None and venue.dep_ == "pobj" and _near_trigger(venue.head, triggers):
        return True
    # "the first meeting of the joint committee in Lima", "a meeting of Chilean and Peruvian ministers in
    # Lima": the place of the body's meeting, or of those who meet
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head in triggers:
        word = head.lemma_.lower()
        return word in agenda_words().body or word in meeting_words().levels
    # "talks over the weekend in Geneva", "talks on Monday in Geneva": hung by the parser on the time
    if head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj" and head.head.head in triggers:
        return True
    if _last_of_between(head, triggers):
        return True  # "talks between X and Y in Lima", "a meeting with Y in Lima": hung on the last side
    if head.lemma_.lower() == "door" and head.dep_ == "pobj" and head.head.head in triggers:
        return True  # "met behind closed doors in Lima": hung by the parser on the doors
    if (
        head.lower_ == "time"
        and head.dep_ == "pobj"
        and head.head.lower_ == "for"
        and head.head.head in triggers
    ):
        return True  # "met for the first time in Lima": hung by the parser on the time
    if (
        head.pos_ == "VERB"
        and head.lemma_.lower() in meeting_words().arriving
        and _for_the_talks(head, triggers)
    ):
        return True  # "a delegation arrived in X for talks"
    return _on_the_way(head, triggers)


def _local(noun: Token) -> bool:
    """Whether a topic of talks takes place where its "in" phrase says ("the situation in X", "a truce in
    Y"): that place is the topic's, not the talks'."""
    lemma = noun.lemma_.lower()
    return lemma in agenda_words().placed or lemma in meeting_words().local


def _for_the_talks(verb: Token, triggers: list[Token]) -> bool:
    """Whether a verb of arriving says what for: the talks ("arrived in X on Sunday for a new round")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(g in triggers or stretch_of(g, triggers) for g in c.children)
        for c in verb.children
    )


def _travels_for_the_talks(verb: Token, triggers: list[Token]) -> bool:
    """Whether a verb of going somewhere (an `arriving` verb of ``meetings.yaml``: "travel", "fly") says it
    is for the talks: "for talks", or an infinitive of meeting ("flew to X to meet Y")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in meeting_words().arriving:
        return False
    return _for_the_talks(verb, triggers) or any(
        c in triggers and c.dep_ in ("advcl", "xcomp") and infinitive(c) for c in verb.children
    )


def _last_of_between(side: Token, triggers: list[Token]) -> bool:
    """Whether the token is a side named in a meeting's "between X and Y" or "with Y" phrase ("a meeting
    with his counterpart X in Y", where the parser hangs the place on the name after its title)."""
    while side.dep_ in ("conj", "appos"):
        side = side.head
    return side.dep_ == "pobj" and side.head.lower_ in ("between", "with") and side.head.head in triggers


#: Nouns a meeting's place may hang on: "met on the sidelines of a summit in Tunis".
_OCCASIONS = word_list(MEETING_LISTS, "occasions")


def departing(trigger: Token) -> bool:
    """Whether a meeting word is what someone sets off for: "left for X for talks", "left for X on Monday
    to resume talks", "departed to meet Y" (`departing` verbs of `meetings.yaml`); not "left the
    building following five hours of talks"."""
    return _departure(trigger) is not None


def _departure(trigger: Token) -> Token | None:
    """The verb of setting off that a meeting word is the purpose of (:func:`departing`), or None."""
    tok = trigger.head if trigger.dep_ == "compound" else trigger
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to"):
        verb = tok.head.head  # "left for talks"
    elif tok.dep_ == "dobj" and infinitive(tok.head):
        verb = tok.head.head  # "left to resume talks"
    elif tok.pos_ == "VERB" and infinitive(tok):
        verb = tok.head  # "left to meet Y"
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in meeting_words().departing else None


def _on_the_way(tok: Token, triggers: list[Token]) -> bool:
    """Whether a few steps up the parse, through occasions ("the sidelines of a summit"), participles
    and the one met ("a meeting with visiting X in Jerusalem"), reach a meeting word."""
    for _ in range(5):
        if tok in triggers:
            return True
        passable = (
            tok.pos_ == "ADP"
            or (tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in _OCCASIONS)
            or (tok.pos_ == "VERB" and tok.dep_ in ("pcomp", "acl"))
            # the one met: "talks with X in Lima", "met X in Lima"
            or (tok.dep_ == "pobj" and tok.head.lower_ in ("with", "between"))
            or (tok.dep_ == "dobj" and tok.head.lemma_ == "meet")
        )
        if not passable or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def venue_of_meeting(ctx: DocContext, sent: Span, triggers: list[Token]) -> tuple[str, Evidence] | None:
    """The building the meeting was in: "met at the X Palace", "the meeting at the foreign ministry",
    "X hosted Y at his residence". Not where a speaker is or spoke ("a spokesman at the press centre",
    "told reporters at the airport"): that is a statement's place, not the meeting's."""
    words = meeting_words()
    if not triggers:
        return None
    for chunk in ctx.noun_chunks_in(sent):
        if not words.venues.search(ctx.text_of(chunk)):
            continue
        root = chunk.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in (
            "say",
            "report",
            "add",
            "tell",
        ):
            continue
        at = root.dep_ == "pobj" and root.head.lower_ in ("at", "in", "inside")
        if at and not (_meeting_place(root.head) and _near_trigger(root.head, triggers)):
            continue
        if _town_described(root):
            continue
        if at or (root.dep_ == "dobj" and root.head.lemma_ in ("leave", "arrive", "enter", "host")):
            span = _venue_name(chunk)
            if span is not None and not _unnamed(span, words.named_venues):
                return str(span.text), ctx.span_evidence(span)
    return None


def _unnamed(venue: Span, named_venues: frozenset[str]) -> bool:
    """A venue of a kind that only a proper name makes one ("the border post") named by none."""
    return _of_named_kind(venue.text, named_venues) and not any(t.pos_ == "PROPN" for t in venue)


def _of_named_kind(phrase: str, named_venues: frozenset[str]) -> bool:
    """Whether a phrase ends in a venue noun that only a proper name makes a venue ("... border post")."""
    low = phrase.lower()
    return any(low.endswith(w) for w in named_venues)


def building_of_meeting(ctx: DocContext, sent: Span, triggers: list[Token]) -> tuple[str, Evidence] | None:
    """The building the meeting was at when its name has no venue word: "met at the State Department",
    "talks at the Kremlin", "held at the Hilton X" (see :func:`_named_building`)."""
    named = {
        c.i
        for at in ctx.tokens_lower_in(sent, ("at",))
        for c in at.children
        if c.dep_ == "pobj" and c.pos_ == "PROPN"
    }
    if not triggers or not named:
        return None
    for chunk in ctx.noun_chunks_in(sent):
        if chunk.root.i in named and _named_building(ctx, chunk, triggers):
            span = _venue_name(chunk)
            if span is not None:
                return str(span.text), ctx.span_evidence(span)
    return None


#: Entity types of a building's name: a facility, or an office named by its seat ("the State Department",
#: "the Kremlin"), which the model may tag an organisation or a place.
_BUILDING_ENTITIES = frozenset({"FAC", "ORG", "GPE", ""})


def _named_building(ctx: DocContext, chunk: Span, triggers: list[Token]) -> bool:
    """Whether a proper name the meeting was held at is its building, no venue word in it: "met at the
    State Department", "talks at the Kremlin", "held at the Hilton X". Not a place ("at Geneva"), nor an
    organisation the talks are held under ("talks at the OSCE", "at the UN": a forum more than a house),
    nor a person ("at Smith's")."""
    root = chunk.root
    if root.pos_ != "PROPN" or root.dep_ != "pobj" or root.head.lower_ != "at":
        return False
    if root.ent_type_ not in _BUILDING_ENTITIES or not any(c.dep_ == "det" for c in root.children):
        return False  # "the X": a building's name takes the article, a city's or a person's does not
    if not (_meeting_place(root.head) and _on_the_talks(root.head, triggers)):
        return False
    name = ctx.text_of(chunk).removeprefix("the ").removeprefix("The ")
    gazetteer = ctx.gazetteer
    if gazetteer.city_country(name) or gazetteer.organisation(name):
        return False
    if gazetteer.country(name) and not gazetteer.is_seat(name):
        return False  # a country's name; not a seat standing for its government ("the Kremlin")
    return not any(m.type == "organisation" for m in ctx.actors.in_range(chunk.start_char, chunk.end_char))


def _meeting_place(prep: Token) -> bool:
    """Whether "at/in X" places a meeting, not a speaker: it hangs neither on a speech verb ("told
    reporters at the airport") nor on the one who speaks ("a spokesman at the press centre said")."""
    head = prep.head
    if head.pos_ in ("VERB", "AUX"):
        return not is_speech(head)
    if head.pos_ == "NOUN" and head.lower_ in meeting_words().nouns:
        return True  # "the sources said the discussions at the X hotel focused on ...": the talks' place
    return not (head.dep_ in ("nsubj", "nsubjpass") and is_speech(head.head))


def _venue_name(chunk: Span) -> Span | None:
    """A venue's name without articles and descriptive words: "the historic X Palace" is "X Palace",
    "the state X Buildings" is "X Buildings"; a possessor stays when it is all that names the place
    ("Olmert's residence", not "residence")."""
    tokens = [t for t in chunk if t.dep_ != "det" and not t.is_punct]
    named = any(t.pos_ == "PROPN" and t.dep_ != "poss" and t.text[:1].isupper() for t in tokens)
    if named:
        tokens = [t for t in tokens if t.dep_ not in ("poss", "case")]
        while tokens and tokens[0].text.islower() and any(t.text[:1].isupper() for t in tokens[1:]):
            tokens = tokens[1:]  # "historic", "state" before a proper name
    else:
        while tokens and tokens[0].pos_ == "ADJ" and tokens[0].text.islower() and len(tokens) > 1:
            if tokens[1].pos_ == "ADJ" or tokens[0].lower_ in meeting_words().descriptive:
                tokens = tokens[1:]
            else:
                break
    if not tokens:
        return None
    end = tokens[-1].i + 1
    of = next((c for c in chunk.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if not named and of is not None and any(t.pos_ == "PROPN" for t in of.subtree):
        # "the office of the Trade Representative", not "office"; up to the place it is in ("in X")
        owner = list(of.subtree)
        cut = next((i for i, t in enumerate(owner) if t.dep_ == "prep" and t.lower_ != "of"), len(owner))
        end = owner[cut - 1].i + 1
    return chunk.doc[tokens[0].i : end]
