"""Agenda items of a document, read sentence by sentence (:func:`find_issues`): each sentence's cues,
taxonomy and open items, the round they belong to and who raised them, with what a sentence inherits
from the one before (a continued list of an agreement's provisions, "These commitments ...")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from legation.model import IssueMention, MeetingMention, Statement
from legation.nlp.agenda import items_of, slug, words_of
from legation.nlp.context import DocContext, Span, Token, has_child
from legation.nlp.issues.cues import sentence_cues
from legation.nlp.issues.grammar import (
    CONTENT_VERBS,
    CONTINUATION_NOUNS,
    MODALS,
    SETTLING,
    Cue,
    NamedItem,
    best_status,
    is_document,
    named_item,
    named_text_says,
    under_the_document,
)
from legation.nlp.issues.items import clause_items, elaborates, open_items
from legation.nlp.issues.raisers import people_parties, proposer, raiser_of
from legation.nlp.issues.reading import read_cue
from legation.nlp.issues.rounds import (
    agreement_date,
    announced_meeting,
    governing_date,
    planned_meeting,
    planned_scope,
    refers_back,
    round_of,
    round_on,
    told_before,
)
from legation.nlp.issues.taxonomy import ranked_taxonomies, taxonomy_named, worded
from legation.nlp.lexicons import agenda_words, speech_cues
from legation.nlp.meetings import announced_window, focal_meeting


def find_issues(
    ctx: DocContext,
    meetings: list[MeetingMention],
    statements: list[Statement],
    announced: Sequence[MeetingMention] = (),
) -> tuple[list[IssueMention], str | None]:
    """Issue mentions of a document and the subject of the taxonomy they come from (if any).

    ``announced`` are the meetings the report announces for a stretch of time only ("the next round
    will be held in May, when X will be on the table"): what the sentence announcing one for a week or
    a month puts on its table is that round's, though no day places it among the report's meetings.
    """
    ranked = ranked_taxonomies(ctx.document.text, ctx.folded, ctx.word_places)
    taxonomy = ranked[0][0] if ranked else None
    # a round announced for a week or a month ("in May") is a round to come; one announced for "the
    # coming days" or "early next year" is too vague for what its sentence puts on the table not to be
    # what the held round left for later
    timed = [m for m in announced if m.period is not None and announced_window(m.period, ctx.anchor)]
    people = people_parties(meetings, statements)
    sides_named = {slug(p) for m in meetings for p in m.parties}
    mentions: list[IssueMention] = []
    previous_status: str | None = None
    agreed_on: str | None = None  # the date of the agreement the report spoke of last
    lead: str | None = None  # the date of the first round the report placed an item on by its date
    # where the last sentence put what an agreement provides ("Under the deal, X will ..."), for the
    # sentences that go on listing its provisions
    provision: tuple[str | None, int | None, str | None] | None = None
    provision_here: tuple[str | None, int | None, str | None] | None = None
    signed: str | None = None  # how far the report said an agreement went (signed, in force), if it did
    under_way = _told_on_its_day(ctx, meetings)
    asked: list[NamedItem] = []  # what the last sentence with items put forward, for "rejected the appeal"
    # the status and round of the agreement the last sentence before a list of points reported reached
    # ("X announced a trade deal with Ruritania:" then "- Ruritania will buy Y"), for the points listed
    deal: tuple[str, tuple[str | None, int | None, str | None]] | None = None
    for sent in ctx.sents:
        point = deal is not None and _a_point(ctx.text_of(sent))
        if not point:
            deal = None
        planned = planned_meeting(ctx, sent, [*meetings, *timed])
        scope = planned_scope(ctx, sent, meetings, planned)
        cues = sentence_cues(ctx, sent)
        planned = planned or announced_meeting(ctx, sent, meetings, cues)
        if planned and under_way and _next_session(meetings, planned):
            # "the leaders will meet again on Sunday, when they will discuss X", told on the first day
            cues = [Cue(c.token, c.status, under_way=True) for c in cues]
        elif planned:
            cues = [Cue(c.token, c.status, scope is None or c.token.i in scope) for c in cues]
        elif under_way:
            cues = [Cue(c.token, c.status, c.future, under_way=True) for c in cues]
        sentence_status = best_status([c.status for c in cues])
        listed = (provision is not None or point) and not cues and not planned and _a_provision(sent)
        if point and deal is not None:
            previous_status, provision = deal[0], deal[1]
        members = _members_of_previous(sent) if not cues and previous_status is not None else []
        inherits = _continues_previous(ctx, sent) or listed or bool(members)
        named = taxonomy_named(ctx, sent, ranked, cues, previous_status if inherits else None)
        covered = [(n.start, n.end) for n in named]
        taxonomy_spans = list(covered)
        taxonomy_words = {w for n in named for w in words_of(n.phrase)}
        more = _provision_items(ctx, sent, previous_status) if listed else []
        if members and previous_status is not None:
            # "The commission discussed a range of issues. These included X, Y and Z."
            more += [named_item(i, previous_status, None) for m in members for i in items_of(ctx, m)]
        for n in [*open_items(ctx, sent, cues), *more]:
            if not any(s < n.end and n.start < e for s, e in covered) and not elaborates(
                n, taxonomy_spans, taxonomy_words
            ):
                named.append(n)
                covered.append((n.start, n.end))
        named += _answered(cues, [*named, *(asked if not named else [])])
        named = [n for n in named if not _names_a_side(n, sides_named)]
        asked = [n for n in named if n.status in _ASKING]
        if named:
            meeting, ordinal, date = (
                (planned, None, None)
                if planned
                else round_of(ctx, sent, meetings, _dating_cues(named, cues), lead)
            )
            lead = lead or date
            if listed and provision is not None:
                meeting, ordinal, date = provision  # the agreement's next provision, same round
            elif not planned and agreed_on and refers_back([n.cue for n in named]):
                own = governing_date(ctx, sent, [n.cue for n in named if n.cue is not None])
                if own is None:
                    meeting, ordinal, date = round_on(ctx, meetings, agreed_on)
            elif (meeting, ordinal, date) == (None, None, None) and agreed_on and _settles(named):
                # a report of an agreement it dated, and of no meeting: what it says was settled, was
                # settled then ("the two sides reached a compromise that ...")
                meeting, ordinal, date = round_on(ctx, meetings, agreed_on)
            where = (meeting, ordinal, date)
            # "after failing to agree on X, they agreed to meet again on May 20": X is the held round's
            before = [
                n
                for n in named
                if planned and scope is not None and n.cue is not None and told_before(n.cue, scope)
            ]
            held = round_of(ctx, sent, meetings, [n.cue for n in before], lead) if before else None
            if point and deal is not None:
                where = deal[1]  # a point of the agreement is the agreement's round's
                named = [_term_of(n, deal[0]) for n in named]
            for n in named:
                meeting, ordinal, date = held if held is not None and n in before else where
                sides = _sides_of(meetings, meeting)
                if meeting is None and ordinal is None and date is None:
                    continue
                raiser = proposer(ctx, n.head, n.cue) or raiser_of(ctx, n.cue, sent, statements, people)
                if n.status in _REFUSING and raiser is not None and sides and raiser not in sides:
                    continue  # "Japan has refused to give food aid": a country outside the talks refuses
                status = n.status
                if _provides(n):
                    provision_here = (meeting, ordinal, date)
                    if status == "agreed" and signed is not None:
                        status = signed  # "they signed a deal ... Under the deal, X": X was signed too
                mentions.append(
                    IssueMention(
                        issue=n.key,
                        label=n.label,
                        status=status,
                        evidence=ctx.evidence(n.start, n.end),
                        raised_by=raiser,
                        meeting=meeting,
                        phrase=n.phrase if n.key.startswith("other:") else worded(ctx, sent, n),
                        round_ordinal=ordinal,
                        round_date=date,
                    )
                )
        signed = best_status(
            [
                *(n.status for n in named if n.status in _ENACTED),
                *_documents_enacted(cues),
                *([signed] if signed else []),
            ]
        )
        agreed_on = agreement_date(ctx, sent) or agreed_on
        provision = provision_here if (provision_here or not listed) else provision
        provision = provision if listed or provision_here else None
        provision_here = None
        if not point and _reached(cues):
            # the sentence before a list of points: the agreement it reports, and its round
            reached = best_status([c.status for c in cues if c.status in _REACHED]) or "agreed"
            tokens: list[Token | None] = [c.token for c in cues]
            at = (planned, None, None) if planned else round_of(ctx, sent, meetings, tokens, lead)
            deal = (reached, at)
        if sentence_status is not None:
            previous_status = sentence_status
        elif not inherits:
            previous_status = None
    subject = (
        taxonomy.subject if taxonomy and any(not m.issue.startswith("other:") for m in mentions) else None
    )
    return mentions, subject


#: Statuses of an agreement that has gone past its agreeing: signed, or put into effect.
_ENACTED = ("formalised", "implemented")

#: Statuses only a side of the talks can give an item: a refusal by anyone else is no status of them.
_REFUSING = {"rejected", "excluded"}


#: The marks a point of a list begins with: a dash, a bullet, or a number in brackets ("(5) X shall ...").
_POINT = re.compile(r"^\s*(?:[-\u2013\u2022*]|\(\d{1,2}\)|\d{1,2}\))\s+")

#: Statuses of an agreement reached, whose listed points are settled as it is.
_REACHED = ("agreed", "formalised")


def _a_point(text: str) -> bool:
    """Whether a sentence is a point of a list ("- Ruritania will buy 100 aircraft.", "(2) The tariff shall
    be 15%."): fact sheets and readouts list the terms of an agreement so."""
    return _POINT.match(text) is not None


def _reached(cues: list[Cue]) -> bool:
    """Whether a sentence reports an agreement reached or signed ("announced a trade deal", "the two
    sides reached agreement on the following points:"), read with its negation and modality."""
    return any(c.status in _REACHED and read_cue(c, []) == c.status for c in cues)


def _term_of(n: NamedItem, status: str) -> NamedItem:
    """A point of an agreement reached: what a side "will" give or do in it ("Ruritania will purchase 100
    aircraft") is a term of the agreement, settled as it is, not an offer of the side's own."""
    cue = n.cue
    if n.status != "proposed" or cue is None or cue.pos_ != "VERB":
        return n
    if cue.lemma_.lower() not in agenda_words().pledge:
        return n
    return dataclasses.replace(n, status=status)


def _names_a_side(n: NamedItem, sides: set[str]) -> bool:
    """Whether an open item only names a side of the report's meetings ("a long-standing demand of the
    M23", "signed by Y for the AFC/M23"): a party is who asks or signs, never what is negotiated. A
    name the reader's own lists do not know as a party (a movement, an alliance) is known here from
    the meetings the report tells of."""
    if not n.key.startswith("other:") or any(w.islower() for w in n.phrase.split()):
        return False
    item = slug(n.phrase)
    return any(item == side or item.endswith("-" + side) for side in sides)


def _documents_enacted(cues: list[Cue]) -> list[str]:
    """How far a sentence says an agreement went when it names none of its items: "The deal was signed
    on Saturday", "has signed an agreement with X" (signed), "the accord took effect" (in force). The
    next sentences that list what the agreement provides ("Under the agreement, X") go as far."""
    out = []
    for c in cues:
        if c.status not in _ENACTED or c.token.pos_ != "VERB":
            continue
        texts = [t for t in c.token.children if t.dep_ in ("dobj", "nsubjpass", "nsubj") and is_document(t)]
        if texts and read_cue(c, []) == c.status:  # not "could be signed", "has not signed"
            out.append(c.status)
    return out


def _dating_cues(named: list[NamedItem], cues: list[Cue]) -> list[Token | None]:
    """The cues whose time expressions date the items of a sentence: those that govern them; when none
    does ("the last deal, reached in November, saw a weeklong truce": the truce hangs on no cue), the
    sentence's own cues, whose status the items took, date them too."""
    governing = [n.cue for n in named if n.cue is not None]
    return list(governing) if governing else [c.token for c in cues]


def _provides(n: NamedItem) -> bool:
    """Whether an item is settled by what an agreement says ("under the deal, X", "the agreement says
    X"), so that the next sentence may go on listing the agreement's provisions."""
    cue = n.cue
    if cue is None or n.status not in SETTLING:
        return False
    if named_text_says(cue):
        return True
    if not is_document(cue):
        return False
    says = cue.dep_ in ("nsubj", "nsubjpass") and cue.head.lemma_.lower() in CONTENT_VERBS
    return says or under_the_document(cue)


def _a_provision(sent: Span) -> bool:
    """ "All card holders can travel through the crossing": a sentence with no cue of its own whose
    main verb says what may or will be done, as an agreement's provisions do (not what someone said)."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in speech_cues().lemmas:
        return False
    if any(c.dep_ == "neg" for c in root.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in root.children)


def _provision_items(ctx: DocContext, sent: Span, status: str | None) -> list[NamedItem]:
    """The items of a sentence that goes on listing an agreement's provisions, with its status."""
    if status not in SETTLING:
        return []
    return [named_item(i, status, None) for i in clause_items(ctx, sent.root)]


def _sides_of(meetings: list[MeetingMention], key: str | None) -> set[str]:
    """The sides of the document's meeting ``key`` when the report names two or more, else none."""
    found = next((m for m in meetings if m.key == key), None)
    return set(found.parties) if found is not None and len(found.parties) >= 2 else set()


def _settles(named: list[NamedItem]) -> bool:
    return any(n.status in SETTLING for n in named)


#: Pronouns by which a sentence points back to the things the previous one spoke of ("These included").
_POINTING_BACK = ("these", "they", "those")


#: Statuses of what a side asks or offers, which the other side's answer may settle or turn down.
_ASKING = ("raised", "proposed")

#: Determiners by which a bare noun points back to a thing named before ("the appeal", "this offer").
_POINTING = ("the", "this", "that", "these", "those", "such", "its", "their", "his", "her")


def _answered(cues: list[Cue], asked: list[NamedItem]) -> list[NamedItem]:
    """ "The agency sought permission to resume X, but officials rejected the appeal", "Canada proposed
    X. India accepted the offer.": a refusal or acceptance of a bare noun of asking that points back
    stands for the items asked for just before (in the sentence, else the one before it), which it
    turns down or settles."""
    out: list[NamedItem] = []
    asking = agenda_words().asking
    for cue in cues:
        verb = cue.token
        if cue.status not in ("rejected", "agreed") or verb.pos_ != "VERB" or read_cue(cue, []) != cue.status:
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass") and _points_back(c, asking) for c in verb.children):
            continue
        earlier = [n for n in asked if n.status in _ASKING and n.head is not None and n.head.i < verb.i]
        out += [dataclasses.replace(n, status=cue.status, cue=verb) for n in earlier]
    return out


def _points_back(noun: Token, asking: frozenset[str]) -> bool:
    """A bare noun of asking with a pointing determiner ("the appeal", "their request"), that says
    nothing of what was asked (no phrase, clause or modifier of its own)."""
    if noun.lemma_.lower() not in asking or not has_child(noun, ("det", "poss"), _POINTING):
        return False
    return not has_child(noun, ("prep", "acl", "relcl", "compound", "amod", "nmod"))


def _members_of_previous(sent: Span) -> list[Token]:
    """ "These included X, Y and Z": a sentence with no cue of its own that lists, through a pronoun,
    what the previous sentence spoke of (its "range of issues"). The first members of the list (the
    object of "include"), or none."""
    root = sent.root
    if root.lemma_.lower() != "include" or not has_child(root, ("nsubj",), _POINTING_BACK):
        return []
    return [c for c in root.children if c.dep_ == "dobj"]


def _continues_previous(ctx: DocContext, sent: Span) -> bool:
    """ "These commitments are designed to ...": a sentence about what the previous one settled."""
    for t in ctx.tokens_lemma_in(sent, CONTINUATION_NOUNS):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return any(c.lower_ in ("these", "this", "those", "the", "such") for c in t.children)
    return False


def _told_on_its_day(ctx: DocContext, meetings: list[MeetingMention]) -> bool:
    """Whether the report tells of its held meeting on the meeting's own day (or before it): what the
    sides "will discuss" or "are expected to discuss" there is then the agenda of that meeting, which
    analysts code as discussed at it, not something left for later."""
    focal = focal_meeting(meetings)
    day = next((m.date.value for m in meetings if m.key == focal and m.date is not None), None)
    return day is not None and len(day) >= 10 and day[:10] >= ctx.anchor.isoformat()


def _next_session(meetings: list[MeetingMention], planned: str) -> bool:
    """Whether a planned meeting is the next day's session of the report's held meeting ("the leaders
    will meet again on Sunday" in a report of Saturday's summit): the same meeting of the same level
    going on, whose agenda is that meeting's."""
    focal = next((m for m in meetings if m.key == focal_meeting(meetings)), None)
    coming = next((m for m in meetings if m.key == planned), None)
    if focal is None or coming is None or focal.date is None or coming.date is None:
        return False
    if focal.level is not None and coming.level is not None and focal.level != coming.level:
        return False
    first, then = focal.date.value, coming.date.value
    if len(first) < 10 or len(then) < 10:
        return False
    gap = (dt.date.fromisoformat(then[:10]) - dt.date.fromisoformat(first[:10])).days
    return 0 <= gap <= 1
