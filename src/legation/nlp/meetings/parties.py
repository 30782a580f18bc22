"""Who takes part in a meeting: the actors of its sides ("talks between X and Y", "X held talks with
Y", "the rebel delegation"), factions of one actor, a person no report ties to an actor (an outsider), and,
when no head of delegation is named, the principals who met. Separate from the heads because sides are
actors (countries, organisations, movements) read through who does a meeting verb, not people read through
titles."""

from __future__ import annotations

from collections.abc import Iterator

from legation.model import Actor, Head
from legation.nlp.actors import actor_words, joint_role
from legation.nlp.context import DocContext, Span, Token, parse_tables
from legation.nlp.lexicons import meeting_words
from legation.nlp.meetings.dates import CLOSING, OPENING, meeting_verb
from legation.nlp.meetings.grammar import (
    DELEGATION_WORDS,
    STRETCH_NOUNS,
    actors_in_tokens,
    addressed,
    comments,
    is_speech,
    joined_to,
    stretch_of,
    trade_partner,
    visit_for,
    visited,
    wisher_of,
)
from legation.nlp.meetings.heads import (
    COUNTERPART_NOUNS,
    SPEAKING_ROLE,
    describe_head,
    head_name,
    side_before,
    titles_a_person,
)
from legation.nlp.people import person_name, propn_chain, title_before


def meeting_parties(ctx: DocContext, sent: Span, triggers: list[Token]) -> list[str]:
    """Actors taking part: "Iranian and US delegations held talks", "talks between X and Y",
    "X and Y met", "X held talks with Y", "the rebel delegation" (not the host of "talks in Geneva,
    Switzerland")."""
    found: list[str] = []

    affiliations = ctx.actors.affiliations

    def add(tokens: list[Token]) -> None:
        names = actors_in_tokens(ctx, tokens)
        # a person the report ties to a movement takes part as that movement ("Meshaal met X"); most
        # reports tie no one, and then no word of the phrase need be read
        for tok in tokens if affiliations else ():
            movement = affiliations.get(tok.text) if tok.pos_ == "PROPN" else None
            if movement is not None and movement not in names:
                names.append(movement)
        owners = _owners_of(ctx, tokens, names) if affiliations else set()
        for name in names:
            if name not in found and name not in owners:
                found.append(name)

    for t in ctx.tokens_lower_in(sent, DELEGATION_WORDS):
        if not (t.dep_ == "nsubj" and is_speech(t.head)) and not _according_to(t):
            # (not "the talks lasted an hour, Turkish officials said", nor "according to Turkish
            # officials": who tells of the talks)
            add([m for left in t.lefts for m in left.subtree])
            # "negotiators for X and Y", "the delegation of X"
            add(
                [
                    m
                    for p in t.children
                    if p.dep_ == "prep" and p.lower_ in ("of", "for", "from")
                    for m in p.subtree
                ]
            )
    wished = _only_wished(triggers) if len(triggers) > 1 else set()
    for phrase in _taking_part([t for t in triggers if t.i not in wished]):
        add(_without_members(ctx, phrase))
    for trigger in triggers:
        add(among_people(trigger))
    for trigger in triggers:  # "the EU-China summit", "Sino-Japanese talks": a pair before the meeting word
        if any(t.dep_ in ("relcl", "acl") for t in trigger.ancestors):
            continue  # "X, who has overseen the A-B talks for months": other talks than the sentence's
        # ... or before the body whose meeting it is ("a meeting of the X-Y joint committee")
        bodies = [o for p in trigger.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        for word in (trigger, *bodies):
            before = [
                m for left in word.lefts if left.dep_ in ("compound", "amod", "nmod") for m in left.subtree
            ]
            if sum(t.text[:1].isupper() for t in before) >= 2 and len(actors_in_tokens(ctx, before)) >= 2:
                add(before)
    if len(found) == 1:
        # "X met Y's minister on Tuesday. On Wednesday he then met Z's": the next leg is X's meeting too
        side = _side_of_pronoun_doer(ctx, sent, triggers)
        if side is not None and side not in found:
            found.insert(0, side)
    return _factions(ctx, sent, found)


#: Pronouns of one person as the doer of a meeting verb ("he then met ...").
_PERSONAL = frozenset({"he", "she"})


def _side_of_pronoun_doer(ctx: DocContext, sent: Span, triggers: list[Token]) -> str | None:
    """The side of the person a "he" or "she" who meets stands for: the person who is the subject of the
    main clause of one of the two sentences before ("X held talks with Y in A on Tuesday. On Wednesday she
    met Z's prime minister in B"), the nearest first; None when neither has a person as its subject."""
    if not any(
        c.dep_ == "nsubj" and c.lower_ in _PERSONAL for t in triggers if t.pos_ == "VERB" for c in t.children
    ):
        return None
    at = ctx.sentence_index(sent.start_char)
    for before in reversed(ctx.sents[max(0, at - 2) : at]):
        subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        person = next((c for c in subjects if c.ent_type_ == "PERSON" and c.pos_ == "PROPN"), None)
        if person is not None:
            return describe_head(ctx, propn_chain(person))[2]
        if any(c.lower_ not in _PERSONAL for c in subjects):
            return None  # "The two leaders discussed ...": someone else is told of in between
    return None


def _only_wished(triggers: list[Token]) -> set[int]:
    """The meeting nouns only pledged, offered or agreed on beside a meeting the sentence tells ("X, meeting
    Y on Thursday, pledged to step up dialogue with Z", "X met Y and agreed to open talks with Z"): talks
    still to be had, whose counterpart is no side of that meeting. The indices of those nouns; none when
    every meeting word of the sentence is of the pledge ("X agreed to hold talks with Y": its sides)."""
    wished: set[int] = set()
    scope: set[int] = set()
    for trigger in triggers:
        noun = trigger
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "agreed to hold a round of talks with Z"
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
            continue
        wisher = wisher_of(noun.head)
        if wisher is not None:
            wished.add(trigger.i)
            scope |= {t.i for t in noun.head.subtree} | {wisher.i}
    return wished if any(t.i not in scope for t in triggers) else set()


def among_people(trigger: Token) -> list[Token]:
    """The people word of "the intra-X meeting": a meeting among that people's own factions, whose
    country takes part (and which is no other side's meeting)."""
    lefts = list(trigger.lefts)
    return [
        t for i, t in enumerate(lefts[2:], 2) if lefts[i - 2].lower_ == "intra" and lefts[i - 1].text == "-"
    ]


def outsider_of(ctx: DocContext, triggers: list[Token], sided: set[str]) -> str | None:
    """The name of someone named as taking part whom the report ties to no actor: "Pope X met Israeli
    Prime Minister Y" is Y's meeting with an outsider, not a round of Y's negotiation. A head the
    sentence gives a side (``sided``: "Australian Prime Minister X") is no outsider."""
    for phrase in _taking_part(triggers):
        for tok in phrase:
            if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B":
                continue
            if _speaker(tok) and not _met_said(tok, triggers):
                continue  # who speaks after talks with a side is the report's source, its side named
            ent = next((e for e in ctx.ents_in(tok.sent) if e.start == tok.i), None)
            if ent is None or any(set(ent.text.split()) <= set(name.split()) for name in sided):
                continue  # a head of a side, also by one of their names ("Hu said when meeting ...")
            if not any(m.start < ent.end_char and ent.start_char < m.end for m in ctx.actors.mentions):
                return str(ent.text)
    return None


def _met_said(tok: Token, triggers: list[Token]) -> bool:
    """Whether a speaker's own meeting is told in a relative clause on their name ("X, who met Y on Friday,
    said ..."): the speaker took part in that meeting, and is its outsider when no report ties them to an
    actor (the host's minister who met one side's envoy the day before the talks)."""
    name = _chain_end(tok)
    return any(t.dep_ == "relcl" and t.head == name for t in triggers)


def _according_to(tok: Token) -> bool:
    """Whether a word is the source a sentence cites ("according to X officials")."""
    return bool(tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according")


def _speaker(tok: Token) -> bool:
    """Whether a name is the subject of a verb of saying ("X told the press after talks with Y")."""
    head = _chain_end(tok)
    return head.dep_ == "nsubj" and is_speech(head.head)


def _owners_of(ctx: DocContext, tokens: list[Token], names: list[str]) -> set[str]:
    """The countries of people named with their own movement in one phrase: "the Fatah faction of
    Palestinian president X" is Fatah, not also X's country."""
    owners: set[str] = set()
    affiliations = ctx.actors.affiliations
    for tok in tokens:
        movement = affiliations.get(tok.text) if tok.ent_type_ == "PERSON" else None
        if movement is None or movement not in names:
            continue
        end = tok.idx + len(tok.text)
        owners |= {
            m.name for m in ctx.actors.mentions if m.start < end and tok.idx < m.end and m.name != movement
        }
    return owners


def _without_members(ctx: DocContext, phrase: list[Token]) -> list[Token]:
    """A group named with the list of its members is one side: "the EU3 (Britain, France and Germany)",
    "the EU -- A, B and C --". The members are left out when the group's own name is an actor (not a
    common noun such as "the two rebel groups", whose members are the sides)."""
    inside = {t.i for t in phrase}
    drop: set[int] = set()
    for tok in phrase:
        if tok.dep_ != "appos" or tok.head.i not in inside:
            continue
        members = [t for t in tok.subtree if t.i in inside]
        head = tok.head  # "the two rebel groups -- A and B --" names no one group: A and B are the sides
        named = any(m.start <= head.idx < m.end and not m.generic for m in ctx.actors.mentions)
        if named and len(actors_in_tokens(ctx, members)) >= 2:
            drop |= {m.i for m in members}
    return [t for t in phrase if t.i not in drop] if drop else phrase


def _taking_part(triggers: list[Token]) -> Iterator[list[Token]]:
    """The phrases that name who takes part in a meeting: "talks between X and Y", "talks with Y", the
    meeting verb's doers ("X and Y met", "X held talks", "X sent a delegation for talks with Y",
    "signed by X and Y") and whom "X met"."""
    for trigger in triggers:
        tables = parse_tables(trigger.doc)  # the children's strings from the tables: Tokens only for preps
        deps, lowers, kids = tables.deps, tables.lowers, tables.kids
        calls = meeting_words().calls
        if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in meeting_words().attending:
            # "with the participation of X and Y": who took part are the "of" phrase, and a name the parser
            # joined to the verb instead ("hosted the round, with the participation of X, and Y"): a noun
            # is no conjunct of a verb
            yield from (
                _phrase(tables.tokens[at])
                for at in kids[trigger.i]
                if deps[at] == "prep" and lowers[at] == "of"
            )
            verb = trigger.head.head if trigger.dep_ == "pobj" else trigger
            yield from (
                _phrase(c)
                for c in verb.children
                if c.dep_ == "conj" and c.i > trigger.i and c.pos_ in ("NOUN", "PROPN")
            )
            continue
        for at in kids[trigger.i]:
            if deps[at] == "prep" and (
                lowers[at] in ("between", "with", "among") or (lowers[at] == "to" and trigger.lower_ in calls)
            ):  # ("a phone call to Y": whom the call was made to)
                prep = tables.tokens[at]
                if any(_clause_with_subject(c) for c in prep.children):
                    continue  # "held talks, with X acting as host": X's part is said, and it is not a side's
                if prep.lower_ == "with" and trigger.dep_ == "dobj" and _presides(trigger.head):
                    continue  # "Y, who mediated the talks with X": X may mediate with Y as well as talk
                yield _phrase(prep)
                yield from (_phrase(c) for c in _listed_on_the_verb(trigger, prep))
        yield from (_phrase(w) for w in _with_on_the_place(trigger))
        # "a meeting took place between X and Y", "talks are being held in A between X and Y", "it followed
        # two days of talks in A between X and Y"
        holding = None
        if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
            holding = trigger.head
        elif trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
            stretch = trigger.head.head
            if stretch_of(stretch, [trigger]) and stretch.head.pos_ == "VERB":
                holding = stretch.head
        if holding is not None:
            place = [c for c in kids[holding.i] if deps[c] == "dobj" and lowers[c] == "place"]  # "take place"
            for at in (p for w in (holding.i, *place) for p in kids[w]):
                if deps[at] == "prep" and lowers[at] in ("between", "among"):
                    yield _phrase(tables.tokens[at])
            if trigger.dep_ == "nsubjpass" and holding.lemma_.lower() == "attend":
                # "the meeting was attended by X and Y": the passive of "X and Y attended the meeting"
                yield from (_phrase(c) for c in _doers(holding))
        # "the conference, attended by the leaders of X and Y, ...": who attended it took part
        attended = [c for c in kids[trigger.i] if deps[c] == "acl" and tables.lemmas[c] == "attend"]
        for by in (b for verb in attended for b in kids[verb] if deps[b] == "agent"):
            yield from (_phrase(tables.tokens[o]) for o in kids[by] if deps[o] == "pobj")
        if trigger.dep_ == "appos" and trigger.head.pos_ == "PROPN" and trigger.lower_.endswith("ing"):
            # "X, meeting here with Y on Thursday, pledged ...": X met Y (X's name, not the apposition)
            yield [t for t in trigger.head.subtree if t.i <= trigger.head.i]
        visit = visit_for(trigger)
        if visit is not None:  # "X will visit Y for talks": the visitor and the visited hold them
            yield from (_phrase(c) for c in [*_doers(visit), *visited(visit)])
            continue
        verb = trigger if trigger.pos_ == "VERB" else _carrier(trigger)
        if verb is None:
            continue
        doers = [] if _opened_by_one(verb) else _doers(verb)
        for c in [*whom_met(verb), *doers, *_joined(verb), *_traded_with(verb)]:
            if c.lower_ not in DELEGATION_WORDS:
                yield _phrase(c)
                continue
            # the delegation's own side is read with the delegation words; who is listed beside it
            # ("envoys of X and the Y movement began talks") does the meeting verb with it
            for other in c.conjuncts:
                if other.lower_ not in DELEGATION_WORDS:
                    yield _phrase(other)


def _listed_on_the_verb(trigger: Token, prep: Token) -> list[Token]:
    """The people listed after the first one "with" names when that one's title, set off by commas,
    breaks the list: in "X held talks with Y, general secretary of the party, and President Z" the
    parser hangs Z on "held" as if a clause began. A person's name is no conjunct of a verb, so a named
    person joined to the meeting verb after the "with" phrase is the next one met."""
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    if verb.pos_ != "VERB":
        return []
    met = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if met is None or not any(c.dep_ == "appos" for c in met.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > met.i
        and c.pos_ == "PROPN"
        and c.ent_type_ == "PERSON"
        and c.left_edge.i > 0
        and c.doc[c.left_edge.i - 1].lower_ == "and"
    ]


def _traded_with(verb: Token) -> list[Token]:
    """Whom a deal signed is to buy from or sell to: "X signed an agreement to purchase a satellite from Y",
    "signed a contract to sell jets to Y". The seller or buyer is the other side of the deal, though the
    sentence names it only as where the goods come from or go to."""
    if verb.lemma_.lower() != "sign":
        return []
    return [
        o
        for deal in verb.children
        if deal.dep_ == "dobj"
        for trade in deal.children
        if trade.dep_ == "acl"
        for p in trade.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj" and trade_partner(o)
    ]


def _with_on_the_place(trigger: Token) -> list[Token]:
    """The "with" the parser hung on the meeting's place instead of the meeting ("X held talks today in
    Oman with Y's foreign minister": "with Y's foreign minister" on "Oman"): whom the talks were with, as
    "X held talks with Y in Oman" says. Only a named place ("in Oman", "at the Kremlin") directly after
    "in" or "at" of the meeting word or its verb."""
    verb = meeting_verb(trigger)
    carriers = [trigger] if verb == trigger else [trigger, verb]
    return [
        w
        for holder in carriers
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
        for place in prep.children
        if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC", "FAC")
        for w in place.children
        if w.dep_ == "prep" and w.lower_ == "with" and w.i == place.i + 1
    ]


#: Verbs of opening or closing a meeting that one person does for all: "the talks were opened by the host's
#: foreign minister".
_PRESIDING = OPENING | CLOSING | {"chair", "host"}


def _opened_by_one(verb: Token) -> bool:
    """Whether talks were opened or closed by one person ("The talks ... were opened by Foreign Minister
    X, who told the delegations ..."): the host presiding, no side ("were opened by the two ministers"
    names the sides)."""
    if verb.lemma_.lower() not in _PRESIDING:
        return False
    if not any(c.dep_ == "nsubjpass" and c.lower_ in meeting_words().nouns for c in verb.children):
        return False
    agents = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
    return len(agents) == 1 and not agents[0].conjuncts


def _clause_with_subject(tok: Token) -> bool:
    """A clause under "with" that has its own doer ("with X acting as host"), not "with visiting
    President X", a guest the parser also reads as a clause."""
    return tok.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in tok.children)


def _factions(ctx: DocContext, sent: Span, found: list[str]) -> list[str]:
    """Leaders of one country meeting each other meet as their movements: "Palestinian President X and
    Palestinian Prime Minister Y met" are X's and Y's movements when the report names them ("X's
    Fatah", "Hamas leader Y"), not one country meeting itself."""
    if not found or not ctx.actors.affiliations:
        return found
    factions = list(
        dict.fromkeys(
            ctx.actors.affiliations[ent[-1].text]
            for ent in ctx.ents_in(sent)
            if ent.label_ == "PERSON" and ent[-1].text in ctx.actors.affiliations
        )
    )
    others = [p for p in found if p not in factions]
    return factions if len(factions) >= 2 and len(others) <= 1 else found


#: Prepositions through which a verb's subject holds the talks: "came for talks with Y", "spoke to
#: reporters after a meeting with Y", "made the remarks during talks with Y".
_CARRYING = frozenset({"for", "to", "after", "following", "during", "at", "before", "in", "into"})


def _presides(verb: Token) -> bool:
    """A verb of a third party's part in the talks ("X chaired the talks between A and B", "Y mediated
    them"): its doer is no side, unless the sides share the part ("A and B co-chaired the talks")."""
    return verb.lemma_.lower() in actor_words().roles and not joint_role(verb)


def _carrier(noun: Token) -> Token | None:
    """The verb whose doers hold the talks with someone that a meeting noun names: "X will send a
    delegation to Cairo for talks with Y", "X arrived in Cairo for talks with Y" (not a speech verb)."""
    head = noun.head
    if addressed(noun):  # "X told the meeting", "X addressed the talks": X took part in them
        return head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":  # "X began a meeting with Y"
        return None if is_speech(head) or comments(head) or _presides(head) else head
    if head.lower_ == "of" and head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB":
        # "X and Y held three hours of talks", not "X welcomed the resumption of talks"
        verb = head.head.head
        return None if is_speech(verb) or comments(verb) else verb
    stretch = head.head if head.lower_ == "of" else None
    if (
        stretch is not None
        and stretch_of(stretch, [noun])
        and stretch.dep_ == "pobj"
        and stretch.head.lower_ in ("during", "over", "after", "in")
        and stretch.head.head.pos_ == "VERB"
    ):
        # "X and Y exchanged messages during two hours of talks", "X and Y signed it after a week of talks"
        verb = stretch.head.head
        return None if is_speech(verb) or comments(verb) else verb
    attending = _attending(noun)
    if attending is not None:
        return attending
    counterpart = any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children)
    ended = _ended_by(noun)
    if ended is not None:
        return ended
    if counterpart and head.dep_ == "prep" and head.lower_ in _CARRYING and noun.dep_ == "pobj":
        verb = head.head
        if verb.pos_ == "NOUN" and verb.lower_ in DELEGATION_WORDS and verb.dep_ == "dobj":
            verb = verb.head  # "send a delegation for talks"
        if verb.pos_ == "VERB" and (not is_speech(verb) or head.lower_ in _SPEAKING_AFTER):
            # "X said after talks with Y": the speaker held them (not "Z said the talks ...")
            return verb
    return None


#: Prepositions by which who speaks held the talks named with a counterpart: "X said after talks with
#: Y", "X told reporters during a meeting with Y", "in talks with Y, X reaffirmed ...", "X said at a
#: meeting with Y".
_SPEAKING_AFTER = frozenset({"after", "following", "during", "in", "at"})


def _ended_by(noun: Token) -> Token | None:
    """The verb whose doers did something after talks, and so held them: "X and Y agreed to a truce after
    several days of talks in Doha", "X signed the accord following talks" (not a speech verb: "Z said
    after the talks" tells nothing of who held them)."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "of" and prep.head.lower_ in STRETCH_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head
    if prep.dep_ != "prep" or prep.lower_ not in ("after", "following"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or is_speech(verb) or comments(verb):
        return None
    return verb


#: Words by which someone takes part in a meeting named by a noun: "X were present at the meeting",
#: "X took part in the talks", "X participated in the talks".
_ATTENDING = {"at": frozenset({"present", "join"}), "in": frozenset({"take", "participate", "join"})}


def _attending(noun: Token) -> Token | None:
    """The verb whose subject attends the meeting a noun names: "members of X and Y were present at the
    meeting" (the verb "present" hangs on), "X took part in the talks"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _ATTENDING:
        return None
    word = prep.head
    if word.lemma_.lower() not in _ATTENDING[prep.lower_]:
        return None
    if word.pos_ == "ADJ" and word.dep_ == "acomp":
        word = word.head
    if word.pos_ not in ("VERB", "AUX") or is_speech(word):
        return None
    if word.lemma_ == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in word.children):
        return None
    return word


def whom_met(verb: Token) -> list[Token]:
    """Whom "X met": the object of "meet" when it names someone (not "met a South African ship"), also
    by a title ("met the leader of Y", "will meet Ruritanian officials"); also whom X had come to it
    ("summoned Y's ambassador": `receiving` verbs of `meetings.yaml`), or whom X called by phone
    ("telephoned Y": `calling` verbs); also X's counterparts, whose people words name the other sides ("X's
    diplomats met their A and B counterparts": a meeting of X with A and B, not of X alone)."""
    lemma = verb.lemma_.lower()
    if lemma != "meet" and lemma not in meeting_words().receiving and lemma not in meeting_words().calling:
        return []
    titles = meeting_words().titles

    def someone(c: Token) -> bool:
        return (
            c.ent_type_ in _ACTOR_ENTITIES
            or c.lower_ in DELEGATION_WORDS
            or c.lower_ in titles
            or c.lemma_.lower() in COUNTERPART_NOUNS
        )

    met = [c for c in verb.children if c.dep_ == "dobj" and someone(c)]
    if met or any(c.dep_ == "dobj" for c in verb.children):
        return met
    if lemma in meeting_words().receiving and any(c.dep_ == "agent" for c in verb.children):
        # "X was received by Y", "X is to be received by Y": X is whom Y had come to it
        received = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not received and verb.dep_ == "xcomp":
            received = [c for c in verb.head.children if c.dep_ == "nsubj"]
        return [c for c in received if someone(c)]
    # "X met Ruritanian President Y Wednesday": with no "on", the parser may hang the name on the day as
    # its compounds and leave the verb with no object: the name before the day is whom X met
    return [
        k
        for c in verb.children
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"
        for k in c.children
        if k.dep_ == "compound" and k.i == c.i - 1 and someone(k)
    ]


_ACTOR_ENTITIES = frozenset({"PERSON", "GPE", "NORP", "ORG"})


def _joined(verb: Token) -> list[Token]:
    """The body "X joined" at the meeting ("X and Y joined the alliance at a ceremony"): the other side of
    the meeting, as an organisation (not "X joined Y in urging ...")."""
    if verb.lemma_.lower() not in meeting_words().joining:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "ORG"]


def _phrase(tok: Token) -> list[Token]:
    """A noun phrase without the phrases hung on it ("Kabila for talks on board a South African ship",
    "X, who arrived from Y"), but with its "of" ("the delegation of X") and its conjuncts."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "prep" and c.lower_ != "of"):
            continue
        if c.dep_ == "appos" and c.pos_ == "NOUN" and meeting_words().venues.fullmatch(c.lower_):
            continue  # "met X at the villa, the residence of Y's ambassador": a place the parser hung on X
        out += _phrase(c)
    return sorted(out, key=lambda t: t.i)


#: Subjects of a reported clause that are the speaker themselves: "X and Y said they had agreed", "X said
#: he met Y".
_SPEAKER_PRONOUNS = frozenset({"they", "we", "he", "she", "i"})


def _doers(verb: Token) -> list[Token]:
    """Who does the meeting verb: its subject, or the agents of a passive one ("the accord was signed by
    X and Y", "the accord, signed by X and Y"); for "X and Y refused to meet" the subject of the verb it
    completes, for "Z urged X and Y to meet" that verb's object (Z only asks), and for "X and Y
    sparked hope by meeting" the subject of the verb it qualifies."""
    tables = parse_tables(verb.doc)  # the verb's children read from the tables: Tokens only for the doers
    deps, kids, tokens = tables.deps, tables.kids, tables.tokens
    agents = [tokens[c] for a in kids[verb.i] if deps[a] == "agent" for c in kids[a] if deps[c] == "pobj"]
    if agents:
        return agents
    own = [tokens[c] for c in kids[verb.i] if deps[c] in ("nsubj", "nsubjpass")]
    if (
        own
        and all(deps[c] != "nsubj" for c in kids[verb.i])
        and any(deps[c] == "auxpass" for c in kids[verb.i])
    ):
        agents = _agents_hung_on_a_setting(verb)
        if agents:
            return agents
    reported = verb.dep_ == "ccomp" and is_speech(verb.head)
    if own and reported and all(c.lower_ in _SPEAKER_PRONOUNS for c in own):
        # "X and Y said they had agreed ...", "X added he talked with Y": who said it
        return [c for c in verb.head.children if c.dep_ == "nsubj"] or own
    if own and verb.dep_ == "relcl" and all(c.lower_ in ("who", "that") for c in own):
        return [verb.head]  # "US envoy X, who met Y in Z": the envoy met Y
    if own:
        return own
    joined = joined_to(verb)
    if joined is not None:  # "X will visit Y and hold talks with Z": X holds them
        return _doers(joined)
    if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
        # "X and Y sparked hope by meeting", "X was quoted as saying at a meeting with Y"
        return [c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "advcl":  # "X and Y shook hands, meeting for the first time"
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and is_speech(verb) and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "X, speaking after a meeting with Y, said ...": X held it
    if verb.dep_ != "xcomp":
        return own
    above = verb.head
    if above.dep_ == "acomp" and above.lower_ == "due":
        # "X is due to meet Y" (a plan): the subject of "be"; not "X would be willing to host talks" (an
        # offer, whose doer only says what it would do)
        above = above.head
    objects = [c for c in above.children if c.dep_ in ("dobj", "obj")]
    return objects or [c for c in above.children if c.dep_ in ("nsubj", "nsubjpass")]


def _agents_hung_on_a_setting(verb: Token) -> list[Token]:
    """The agents of a passive verb that the parser hung on the place or time told before them: "the deal
    was signed on Friday at the State Department by X and Y" ("by" under "Department"). Only people or
    sides: not "a meeting at a villa by the sea"."""
    return [
        agent
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ != "by"
        for setting in prep.children
        if setting.dep_ == "pobj"
        for by in setting.children
        if by.dep_ == "prep" and by.lower_ == "by"
        for agent in by.children
        if agent.dep_ == "pobj" and any(t.ent_type_ in _ACTOR_ENTITIES for t in agent.subtree)
    ]


def principals_in(ctx: DocContext, sent: Span, triggers: list[Token]) -> list[tuple[Head, bool]]:
    """The people who met, when no delegation head is named, each with whether the model tagged the name
    a person: "Israeli Foreign Minister X and Palestinian leader Y met", "X held talks with Y", "talks
    between Chile's envoy X and Y". Only people a title or the
    report ties to a side count (not "analyst Z met reporters"), and not the people of an earlier meeting
    the sentence compares this one with ("the first contact since a meeting between X and Y in June")."""
    current = [t for t in triggers if not _earlier(t)]
    tokens = sorted({t.i: t for phrase in _taking_part(current) for t in phrase}.values(), key=lambda t: t.i)
    respective = _respective_sides(ctx, tokens)
    heads: list[Head] = []
    tagged: list[bool] = []
    seen: set[int] = set()
    for tok in tokens:
        listed = respective.get(tok.i)
        if tok.i in seen or not (listed or _names_person(tok) or _named_before(ctx, tok)):
            continue
        span = listed[0] if listed else head_name(ctx, tok if tok.ent_type_ else _chain_end(tok))
        if span is None:
            continue
        seen.update(range(span.start, span.end))
        if not listed and _names_a_body(ctx, span):
            continue  # "the X People's Liberation Front", which the model may tag a person: no one's name
        name, role, party = describe_head(ctx, span)
        if listed:
            party, role = party or listed[1], role or listed[2]
        if role is not None and SPEAKING_ROLE.search(role):
            continue  # "the company's spokesman X": he speaks for a side, he does not lead it
        if party is None:
            party = next((m.name for m in ctx.actors.in_range(span.start_char, span.end_char)), None)
        if party is None:
            party = _of_country(ctx, span)
        if party is None:
            # "A's premier X and B's acting premier Y", however the parser hung Y's title: the words right
            # before Y are Y's
            party = side_before(ctx, span)
        if party is None and span.root.dep_ == "appos":  # "Iranian Foreign Minister, X," parsed as apposition
            title = span.root.head
            party = next((m.name for m in ctx.actors.in_range(title.left_edge.idx, title.idx)), None)
        if party is None and span.root.dep_ == "conj" and heads and span.root.head.i in seen:
            # "Israeli Prime Minister X and Foreign Minister Y" (not "members of the Japanese parliament
            # and Foreign Minister Y", who is joined to no one named)
            party = heads[-1].actor.party
        if party is not None and name not in {h.actor.name for h in heads}:
            heads.append(Head(Actor(name, "person", role=role, party=party), ctx.span_evidence(span)))
            tagged.append(tok.ent_type_ == "PERSON")
    for tok in tokens:  # "the visiting U.S. president": the one the report named so before
        described = _described_person(ctx, tok)
        if described is None or described.start in seen:
            continue
        name, role, party = describe_head(ctx, described)
        if party is not None and name not in {h.actor.name for h in heads}:
            evidence = ctx.span_evidence(tok.doc[tok.left_edge.i : tok.i + 1])
            heads.append(Head(Actor(name, "person", role=role, party=party), evidence))
            tagged.append(True)
    return list(zip(heads, tagged, strict=True))


def _names_a_body(ctx: DocContext, name: Span) -> bool:
    """Whether a name the model took for a person's is a movement's or an organisation's."""
    root = name.root.idx
    return any(
        m.type in ("group", "organisation") and not m.person and m.start <= root < m.end
        for m in ctx.actors.in_range(name.start_char, name.end_char)
    )


def _respective_sides(ctx: DocContext, tokens: list[Token]) -> dict[int, tuple[Span, str, str]]:
    """Each name listed after a plural title of two or more sides, with its side and role in the order the
    sides were named: "the foreign ministers of A and B, X and Y, met" (X is A's foreign minister), however
    the model tagged the names. Keyed by the first token of each name; empty unless as many names as sides
    follow the title."""
    titles = meeting_words().titles
    for noun in tokens:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in titles:
            continue
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            continue
        # the comma the names follow ("of A, B and C, X, Y and Z"), not one inside the sides' list
        doc = noun.doc
        commas = (t for t in tokens if t.i > of.i and t.text == "," and t.i + 1 < len(doc))
        comma = next((t for t in commas if doc[t.i + 1].pos_ == "PROPN"), None)
        if comma is None:
            continue
        sides = list(dict.fromkeys(m.name for m in ctx.actors.in_range(of.idx, comma.idx)))
        names: list[Span] = []
        for tok in (t for t in tokens if t.i > comma.i):
            if tok.pos_ == "PROPN":  # a name, tagged or not (the model takes some names for bodies)
                if names and names[-1].end == tok.i:
                    names[-1] = doc[names[-1].start : tok.i + 1]
                else:
                    names.append(doc[tok.i : tok.i + 1])
            elif tok.lower_ != "and" and tok.text != ",":
                break  # the list of names ends
        if any(ctx.gazetteer.country(n.text) or ctx.gazetteer.organisation(n.text) for n in names):
            continue  # "the leaders of A and B, C and D": more sides, no names
        if len(sides) >= 2 and len(names) == len(sides):
            role = " ".join([*(c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")), noun.lemma_])
            return {n.start: (n, side, role) for n, side in zip(names, sides, strict=True)}
    return {}


def _of_country(ctx: DocContext, name: Span) -> str | None:
    """The country a person is named "of": "President X of Chile", "Y of Peru and Z of Chile"."""
    for prep in name.root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for place in (c for c in prep.children if c.dep_ == "pobj"):  # not a name joined to it by "and"
            start, end = place.left_edge.idx, place.idx + len(place.text)
            found = [m.name for m in ctx.actors.in_range(start, end) if m.type == "country"]
            if len(found) == 1:
                return found[0]
    return None


def _described_person(ctx: DocContext, tok: Token) -> Span | None:
    """The person a definite title with no name stands for ("the visiting U.S. president", "the Chinese
    premier"): the last one named before it with that title and side. None when two are."""
    if tok.pos_ != "NOUN" or tok.lower_ not in actor_words().host_titles:
        return None
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "appos") and c.ent_type_ == "PERSON" for c in tok.children):
        return None  # a name follows or is joined: "the president, X"
    sides = {m.name for m in ctx.actors.in_range(tok.left_edge.idx, tok.idx)}
    if len(sides) != 1:
        return None
    found = []
    for ent in ctx.ents:
        if ent.label_ != "PERSON" or ent.start_char >= tok.idx:
            continue
        before = title_before(ent)
        titled = before is not None and (before[0] or "").lower().split()[-1:] == [tok.lower_]
        if titled and before is not None and before[1] in sides:
            found.append(ent)
    if len({ent[-1].text for ent in found}) != 1:
        return None
    return found[-1]


def _earlier(trigger: Token) -> bool:
    """A meeting named as a point in the past: "since a conference between X and Y in June"."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.head.lower_ == "since" and trigger.dep_ == "pobj"


def _named_before(ctx: DocContext, tok: Token) -> bool:
    """Whether a lone proper noun the model left untagged is the surname of a person the report named in
    full before ("Foreign Minister Ana Ruiz arrived ... Ruiz and her counterpart met"): later mentions
    give the surname alone, and the model often misses it at the start of a sentence."""
    if tok.pos_ != "PROPN" or tok.ent_type_:
        return False
    doc = tok.doc
    if (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN") or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
    ):
        return False  # part of a longer name
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent.end <= tok.i and ent[-1].text == tok.text
        for ent in ctx.ents
    )


def _names_person(tok: Token) -> bool:
    """Whether a token begins a person's name: a PERSON entity, or a proper noun after a title the
    model did not tag ("Chile's envoy Ana Ruiz", "deputy foreign minister Ana Ruiz")."""
    if tok.ent_type_ == "PERSON":
        return bool(tok.ent_iob_ == "B")
    titles = meeting_words().titles
    if tok.pos_ != "PROPN" or tok.ent_type_ or tok.lower_ in titles:
        return False
    previous = tok.doc[tok.i - 1] if tok.i > 0 else None
    if previous is not None and previous.pos_ == "PROPN" and previous.lower_ not in titles:
        return False  # inside a name, not at its start
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if following is not None and following.ent_type_ == "PERSON" and following.ent_iob_ == "B":
        return False  # a word of the title before a name ("Secretary Treasury Jane Doe"): the name follows
    whole = propn_chain(_chain_end(tok))
    chain = person_name(whole)
    if chain is None:
        return False
    if _titled_after(whole):
        return True  # "Ana Maria Ruiz, chairman of the joint chiefs of staff, ...": a title after the name
    if previous is None:
        return False
    before = title_before(chain)
    role = before[0] if before is not None else None
    if role is not None and any(w in titles for w in role.lower().replace("-", " ").split()):
        return True
    # "met his Latvian counterpart Aigars Kalvitis", the name parsed as the title's apposition: the title
    # is its head, right before it
    title = chain.root.head
    return chain.root.dep_ == "appos" and title.i == chain.start - 1 and titles_a_person(title)


def _titled_after(name: Span) -> bool:
    """Whether a name is followed by a person's title set off by commas ("Ana Ruiz, chairman of the
    joint chiefs of staff, went into talks with ..."): the model often leaves a name untagged at the start
    of a sentence, and the title after it says it is a person's."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].text != ",":
        return False
    return any(
        c.dep_ == "appos" and c.i > name.end and c.pos_ == "NOUN" and titles_a_person(c)
        for c in name.root.children
    )


def _chain_end(tok: Token) -> Token:
    """The last word of the proper-noun chain a word begins ("Ana" of "Ana Ruiz" → "Ruiz"), however the
    parser hung the words between ("Ana" and "Maria" of "Ana Maria Ruiz" both on "Ruiz")."""
    doc = tok.doc
    while (
        tok.dep_ == "compound"
        and tok.head.pos_ == "PROPN"
        and tok.head.i > tok.i
        and all(t.pos_ == "PROPN" for t in doc[tok.i + 1 : tok.head.i])
    ):
        tok = tok.head
    return tok
