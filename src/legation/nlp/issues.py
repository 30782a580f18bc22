"""Agenda items and their status, sentence by sentence.

An item is named by a taxonomy pattern (``data/issues/*.yaml``; the document's main taxonomy first,
then the others) or, failing that, is the object of a negotiating word (:mod:`legation.nlp.agenda`).
Its status comes from the nearest status cue that governs the words naming it
(``data/status_cues.yaml``; a phrase cue such as "exchanged notes" is anchored on its first word), read
with its negation and modality: "failed to agree on X" and "hope to agree on X" report X discussed,
not agreed; "did not discuss X" reports nothing. A sentence that continues the previous one ("These
commitments ...") inherits that sentence's status.

The round a status belongs to is read from the sentence: a meeting the sentence itself reports, else
the ordinal ("at the first round") or the date of the time expression that governs the cue; only a
sentence that names no other round falls back on the document's focal meeting. Who raised, proposed or
rejected an item is the party behind the clause's subject.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from legation.model import STATUS_RANK, IssueMention, MeetingMention, Statement, TimeValue
from legation.nlp.agenda import (
    Item,
    compound_items,
    condition_items,
    content_clause,
    departure,
    is_item_word,
    is_leaving,
    items_of,
    misplaced_about,
    slug,
    stray_object,
    words_of,
)
from legation.nlp.context import DocContext, Span, Token
from legation.nlp.lexicons import (
    IssueDef,
    Taxonomy,
    agenda_words,
    meeting_words,
    speech_cues,
    status_cues,
    taxonomies,
)
from legation.nlp.meetings import announced_window, focal_meeting
from legation.nlp.prefilter import may_match, needed, within_lines

RANK = STATUS_RANK

_CONTINUATION_NOUNS = {
    "commitment", "agreement", "measure", "step", "arrangement", "document", "note", "deal", "accord",
    "understanding", "decision", "plan", "roadmap",
}  # fmt: skip
#: Statuses that a side takes on its own: the subject of the clause is who raised the item.
_RAISING = {"raised", "proposed", "rejected", "excluded"}
#: Statuses that say the sides settled something: negated or hedged, they report only a discussion.
_SETTLING = {"agreed", "roadmap", "formalised", "implemented"}
#: Verbs under "agree" that make the item a subject of further talks, not of agreement
#: ("agreed to continue work on X", "agreed to study X").
_FURTHER_TALK = {
    "continue", "work", "study", "consider", "discuss", "negotiate", "talk", "explore", "examine", "meet",
    "hold", "keep", "pursue", "resume", "look", "seek",
}  # fmt: skip
_MODALS = {"will", "would", "could", "may", "might", "should", "can", "shall", "'ll", "must", "wo", "ca"}
_HEDGES = {
    "hope", "expect", "want", "seek", "aim", "plan", "intend", "try", "wish", "prepare", "ready", "likely",
    "willing", "able", "need", "attempt", "push", "strive", "set", "endeavor", "endeavour", "struggle",
    "look",
    "hop",  # the English model's lemma of "hoped" and "hoping"
}  # fmt: skip
_REQUESTS = {
    "urge", "ask", "press", "call", "push", "encourage", "invite", "persuade", "request", "demand", "insist",
    "induce", "convince", "pressure", "force",
}  # fmt: skip
_NEAR = {"close", "near", "possible", "likely", "closer", "nearer"}
_NEGATORS = {"fail", "refuse", "decline", "without", "failure", "refusal"}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_ORDINAL_ROUND = re.compile(
    r"\b(" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:round|session)\b", re.IGNORECASE
)
#: Prepositions whose object is not what a cue is about ("discussed it with the rebels").
_NOT_ABOUT = {"with", "between", "among", "by", "at", "in", "after", "before", "during", "since", "from"}
#: Meeting nouns that report a discussion only when held ("held talks on X", "talks on X were held").
_MEETING_CUES = {"talk", "talks", "negotiation", "consultation", "discussion"}
_HOLDING = {
    "hold", "have", "conduct", "continue", "resume", "begin", "start", "open", "launch", "finish",
    "conclude", "end", "wrap", "focus", "centre", "center", "concentrate", "deal", "cover",
}  # fmt: skip
_PARTY_ENTS = {"NORP", "GPE", "ORG"}
_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


@dataclass(frozen=True, slots=True)
class _Cue:
    token: Token
    status: str
    future: bool = False  # the sentence is about a planned round: a hedged cue puts the item on its table


@dataclass(frozen=True, slots=True)
class _Named:
    key: str
    label: str
    start: int
    end: int
    phrase: str
    status: str
    cue: Token | None
    head: Token | None = None


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
    ranked = _ranked_taxonomies(ctx.document.text, ctx.folded)
    taxonomy = ranked[0][0] if ranked else None
    # a round announced for a week or a month ("in May") is a round to come; one announced for "the
    # coming days" or "early next year" is too vague for what its sentence puts on the table not to be
    # what the held round left for later
    timed = [m for m in announced if m.period is not None and announced_window(m.period, ctx.anchor)]
    people = _people_parties(meetings, statements)
    mentions: list[IssueMention] = []
    previous_status: str | None = None
    agreed_on: str | None = None  # the date of the agreement the report spoke of last
    lead: str | None = None  # the date of the first round the report placed an item on by its date
    # where the last sentence put what an agreement provides ("Under the deal, X will ..."), for the
    # sentences that go on listing its provisions
    provision: tuple[str | None, int | None, str | None] | None = None
    provision_here: tuple[str | None, int | None, str | None] | None = None
    signed: str | None = None  # how far the report said an agreement went (signed, in force), if it did
    for sent in ctx.sents:
        planned = _planned_meeting(ctx, sent, [*meetings, *timed])
        scope = _planned_scope(ctx, sent, meetings, planned)
        cues = _cues(ctx, sent)
        planned = planned or _announced_meeting(ctx, sent, meetings, cues)
        if planned:
            cues = [_Cue(c.token, c.status, scope is None or c.token.i in scope) for c in cues]
        sentence_status = _best([c.status for c in cues])
        listed = provision is not None and not cues and not planned and _a_provision(sent)
        inherits = _continues_previous(ctx, sent) or listed
        named = _taxonomy_named(ctx, sent, ranked, cues, previous_status if inherits else None)
        covered = [(n.start, n.end) for n in named]
        taxonomy_spans = list(covered)
        taxonomy_words = {w for n in named for w in words_of(n.phrase)}
        more = _provision_items(ctx, sent, previous_status) if listed else []
        for n in [*_open_items(ctx, sent, cues), *more]:
            if not any(s < n.end and n.start < e for s, e in covered) and not _elaborates(
                n, taxonomy_spans, taxonomy_words
            ):
                named.append(n)
                covered.append((n.start, n.end))
        if named:
            meeting, ordinal, date = (
                (planned, None, None)
                if planned
                else _round_of(ctx, sent, meetings, [n.cue for n in named], lead)
            )
            lead = lead or date
            if listed and provision is not None:
                meeting, ordinal, date = provision  # the agreement's next provision, same round
            elif not planned and agreed_on and _refers_back([n.cue for n in named]):
                own = _governing_date(ctx, sent, [n.cue for n in named if n.cue is not None])
                if own is None:
                    meeting, ordinal, date = _round_on(ctx, meetings, agreed_on)
            elif (meeting, ordinal, date) == (None, None, None) and agreed_on and _settles(named):
                # a report of an agreement it dated, and of no meeting: what it says was settled, was
                # settled then ("the two sides reached a compromise that ...")
                meeting, ordinal, date = _round_on(ctx, meetings, agreed_on)
            where = (meeting, ordinal, date)
            # "after failing to agree on X, they agreed to meet again on May 20": X is the held round's
            before = [
                n
                for n in named
                if planned and scope is not None and n.cue is not None and _told_before(n.cue, scope)
            ]
            held = _round_of(ctx, sent, meetings, [n.cue for n in before], lead) if before else None
            for n in named:
                meeting, ordinal, date = held if held is not None and n in before else where
                sides = _sides_of(meetings, meeting)
                if meeting is None and ordinal is None and date is None:
                    continue
                raiser = _proposer(ctx, n.head, n.cue) or _raiser(ctx, n.cue, sent, statements, people)
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
                        phrase=n.phrase,
                        round_ordinal=ordinal,
                        round_date=date,
                    )
                )
        signed = _best([*(n.status for n in named if n.status in _ENACTED), *([signed] if signed else [])])
        agreed_on = _agreement_date(ctx, sent) or agreed_on
        provision = provision_here if (provision_here or not listed) else provision
        provision = provision if listed or provision_here else None
        provision_here = None
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


def _provides(n: _Named) -> bool:
    """Whether an item is settled by what an agreement says ("under the deal, X", "the agreement says
    X"), so that the next sentence may go on listing the agreement's provisions."""
    cue = n.cue
    if cue is None or n.status not in _SETTLING:
        return False
    if _named_text_says(cue):
        return True
    if not _is_document(cue):
        return False
    says = cue.dep_ in ("nsubj", "nsubjpass") and cue.head.lemma_.lower() in _CONTENT_VERBS
    return says or _under_the_document(cue)


def _named_text_says(tok: Token) -> bool:
    """ "The Free Trade Agreement also covers X": an agreement named by its title (a proper noun the
    parser does not take for a cue word) as the subject of a verb saying what it settles."""
    return (
        tok.pos_ == "PROPN"
        and tok.lower_ in agenda_words().document
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.lemma_.lower() in _CONTENT_VERBS
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.subtree)
    )


def _a_provision(sent: Span) -> bool:
    """ "All card holders can travel through the crossing": a sentence with no cue of its own whose
    main verb says what may or will be done, as an agreement's provisions do (not what someone said)."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in speech_cues().lemmas:
        return False
    if any(c.dep_ == "neg" for c in root.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in root.children)


def _provision_items(ctx: DocContext, sent: Span, status: str | None) -> list[_Named]:
    """The items of a sentence that goes on listing an agreement's provisions, with its status."""
    if status not in _SETTLING:
        return []
    return [_named(i, status, None) for i in _clause_items(ctx, sent.root)]


def _sides_of(meetings: list[MeetingMention], key: str | None) -> set[str]:
    """The sides of the document's meeting ``key`` when the report names two or more, else none."""
    found = next((m for m in meetings if m.key == key), None)
    return set(found.parties) if found is not None and len(found.parties) >= 2 else set()


def _settles(named: list[_Named]) -> bool:
    return any(n.status in _SETTLING for n in named)


# --- taxonomies ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _issues_pattern(taxonomy: int, issues: tuple[int, ...]) -> re.Pattern[str]:
    """One pattern for some issues of a taxonomy (by index): counting their mentions is one pass."""
    tax = taxonomies()[taxonomy]
    return re.compile("|".join(f"(?:{tax.issues[i].pattern.pattern})" for i in issues), re.IGNORECASE)


def _ranked_taxonomies(text: str, folded: str | None) -> list[tuple[Taxonomy, tuple[IssueDef, ...]]]:
    """Every taxonomy, the one whose issues the text names most often first (none named: none), each
    with the issues the text may name (``folded`` is ``fold(text)``, see :mod:`legation.nlp.prefilter`).

    Issues a taxonomy keeps to itself (``shared: false``, too loose elsewhere: "the next round") count
    only to break ties. Ties go to the taxonomy with more issues: a report naming a ceasefire and
    prisoners is read as conflict settlement, of which humanitarian talks are a part. An issue whose
    words the text lacks matches nowhere in it, so leaving it out of the pattern changes no count, and
    costs far less.
    """
    scored = []
    for n, tax in enumerate(taxonomies()):
        kept = tuple(i for i, issue in enumerate(tax.issues) if may_match(issue.pattern, folded))
        shared = tuple(i for i in kept if tax.issues[i].shared)
        hits = _count(text, folded, n, kept) if kept else 0
        # issues too loose for other taxonomies ("the next round") do not say what the text is about
        strong = (_count(text, folded, n, shared) if len(shared) < len(kept) else hits) if shared else 0
        scored.append((-strong, -hits, -len(tax.issues), n, tax, tuple(tax.issues[i] for i in kept)))
    scored.sort(key=lambda x: (x[0], x[1], x[2], x[3]))  # ties: the broader taxonomy
    if not scored or scored[0][1] == 0:
        return []
    return [(tax, kept) for _s, _h, _size, _n, tax, kept in scored]


def _count(text: str, folded: str | None, taxonomy: int, issues: tuple[int, ...]) -> int:
    """Matches of some issues of a taxonomy in the text (non-overlapping, as ``findall`` counts them).

    When no issue's match can span a line break, each line is searched apart, and only for the issues
    whose words it holds (found by a substring search of each word): the matches are the same, and
    most lines are searched for none.
    """
    tax = taxonomies()[taxonomy]
    if folded is None or not all(within_lines(tax.issues[i].pattern) for i in issues):
        return len(_issues_pattern(taxonomy, issues).findall(text))
    starts = [0]
    while (brk := text.find("\n", starts[-1])) >= 0:
        starts.append(brk + 1)
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    by_line: dict[int, set[int]] = {}
    for i in issues:
        words = needed(tax.issues[i].pattern)
        if words is None:
            for line in range(len(starts)):
                by_line.setdefault(line, set()).add(i)
            continue
        for word in words:  # a word holds no line break, so each of its places is in one line
            at = folded.find(word)
            while at >= 0:
                by_line.setdefault(bisect.bisect_right(starts, at) - 1, set()).add(i)
                at = folded.find(word, at + 1)
    return sum(
        len(_issues_pattern(taxonomy, tuple(sorted(here))).findall(text, starts[line], ends[line]))
        for line, here in by_line.items()
    )


def _taxonomy_named(
    ctx: DocContext,
    sent: Span,
    ranked: list[tuple[Taxonomy, tuple[IssueDef, ...]]],
    cues: list[_Cue],
    inherited: str | None,
) -> list[_Named]:
    """Taxonomy issues named in the sentence with the status their governing cue gives them.

    The document's main taxonomy is matched first; a later taxonomy's match over the same words
    ("truce" as a ceasefire, not a tariff truce) is dropped. Only the issues the document may name
    are tried, each only if the sentence has its words (:func:`legation.nlp.prefilter.may_match`).
    """
    found: list[_Named] = []
    seen: set[str] = set()
    text = ctx.text_of(sent)
    if not ranked or (ctx.folded is None and not _any_issue_pattern().search(text)):
        return found
    for n, (_tax, issues) in enumerate(ranked):
        for issue in issues:
            if issue.key in seen or (n and not issue.shared) or not ctx.may_match(issue.pattern, sent):
                continue
            for m in issue.pattern.finditer(text):
                start, end = sent.start_char + m.start(), sent.start_char + m.end()
                if any(f.start < end and start < f.end for f in found) or _of_the_past(ctx, sent, end):
                    continue
                if _a_meetings_title(ctx.token_at(sent, end - 1)):
                    continue  # "on the sidelines of the Economic Leaders' Meeting": where, not what
                status, cue = _status_for(ctx, sent, start, end, cues)
                if cue is not None and _describes_another(ctx, ctx.token_at(sent, end - 1), cue):
                    continue  # "a peace treaty that would replace the armistice": the treaty is the item
                own_cues = [c for c in cues if c.token.lemma_.lower() not in _CONTINUATION_NOUNS]
                if status is None and inherited is not None and not own_cues:
                    status = inherited
                if status is None:
                    continue
                seen.add(issue.key)
                found.append(_Named(issue.key, issue.label, start, end, m.group(0), status, cue))
                break
    return found


#: Nouns of asking and offering whose clause says what is asked ("demands that it halt X").
_ASKING_NOUNS = {
    "demand", "call", "proposal", "offer", "request", "plan", "idea", "suggestion", "insistence",
    "condition", "precondition", "ultimatum", "appeal", "bid",
}  # fmt: skip


def _describes_another(ctx: DocContext, tok: Token | None, cue: Token) -> bool:
    """Whether words a cue governs sit in a clause describing another item, not in what the cue is
    about: in "discussed a peace treaty that would replace the armistice" the treaty is discussed, the
    armistice only describes it; "a deal involving a soldier who was held hostage" names no hostage
    talks. What an agreement's own clause says it provides ("an agreement that includes X") is its
    content, and stays."""
    node = tok
    while node is not None and node.head.i != node.i and node.i != cue.i:
        if node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX"):
            described = node.head
            if described.i == cue.i or (node.lemma_.lower() in _CONTENT_VERBS and _is_document(described)):
                return False
            if described.lemma_.lower() in _ASKING_NOUNS:
                return False  # "rejected demands that it halt X": what a demand asks is its content
            # only a bare agreement's clause may say what it settles ("a deal which lifts X")
            return not _is_document(described) or is_item_word(ctx, described)
        node = node.head
    return False


def _a_meetings_title(tok: Token | None) -> bool:
    """ "the Economic Leaders' Meeting", "the Peace Summit": a meeting named by its title (a capitalised
    meeting noun of a name) is where talks are held, never a thing negotiated; "agreed to hold a
    leaders' summit" puts one on the table."""
    return (
        tok is not None
        and tok.pos_ == "PROPN"
        and tok.is_title
        and (tok.lemma_.lower() in meeting_words().nouns or tok.lower_ in meeting_words().nouns)
    )


def _a_year(tok: Token) -> bool:
    """ "1953", "the 1990s": a date that dates a document to its year."""
    return tok.ent_type_ == "DATE" and any(t.like_num for t in tok.subtree)


def _of_the_past(ctx: DocContext, sent: Span, end: int) -> bool:
    """ "the 1953 armistice agreement": a document dated by its year is history, not an item."""
    tok = ctx.token_at(sent, end - 1)
    nouns = [tok] if tok is not None else []
    while nouns and nouns[-1].dep_ == "compound" and len(nouns) < 4:
        nouns.append(nouns[-1].head)
    return any(_a_year(c) for t in nouns for c in t.lefts)


# --- cues and status -------------------------------------------------------------------------------


def _cues(ctx: DocContext, sent: Span) -> list[_Cue]:
    """Status cues of a sentence: cue words, and phrase cues anchored on their first verb or noun."""
    out: list[_Cue] = []
    taken: set[int] = set()
    text = ctx.text_of(sent)
    matches = [
        (m.start(), m.end(), cue.status)
        for cue in status_cues()
        if cue.phrases is not None and ctx.may_match(cue.phrases, sent)
        for m in cue.phrases.finditer(text)
    ]
    for start, end, status in sorted(matches, key=lambda m: m[0] - m[1]):  # longest first
        toks = [t for t in sent if start <= t.idx - sent.start_char < end]
        if not toks or any(t.i in taken for t in toks):
            continue
        # a main verb before an auxiliary ("an agreement was reached": reached), a noun only without one
        anchor = next((t for t in toks if t.pos_ == "VERB"), None)
        anchor = anchor or next((t for t in toks if t.pos_ in ("AUX", "NOUN")), toks[0])
        if toks[-1].pos_ == "ADP" and toks[-1].head in toks:
            anchor = toks[-1].head  # "called for X", "voiced concern over X": what the preposition hangs on
        if status != "excluded" and (_outsider(ctx, anchor) or _standing(_clause_verb(anchor))):
            continue
        if _in_background(anchor):
            continue
        out.append(_Cue(anchor, status))
        taken.update(t.i for t in toks)
    by_lemma = _cue_lemmas()
    agreeing = {c.token.i for c in out if c.status == "agreed"}
    for t in ctx.tokens_pos_in(sent, ("VERB",)):
        if t.lemma_.lower() not in by_lemma and _conditions(t):
            out.append(_Cue(t, "discussed"))  # "will not negotiate until X": X is the side's condition
            taken.add(t.i)
    for t in ctx.tokens_pos_in(sent, _CUE_TAGS):  # no other word is a cue
        if t.i not in taken and _named_text_says(t):
            out.append(_Cue(t, "agreed"))  # "The Free Trade Agreement covers X": what it settles
            continue
        if t.i in taken or t.pos_ not in ("VERB", "NOUN"):
            continue
        found = "raised" if _demanded(t) else by_lemma.get(t.lemma_.lower())
        if found == "agreed" and t.pos_ == "VERB" and t.lemma_.lower() in _HANDLING:
            found = "discussed"  # "how to deal with X": X is handled, not a deal struck
        if found is None and _meeting_content(t):
            found = "discussed"  # "the talks will cover X", "the meeting tackled X"
        if found is None and _unwanted(t):
            found = "rejected"  # "does not want to concede X": the side turns X down
        if found is None and _joint_decision(t):
            found = "agreed"  # "the summit decided to set up X", "both sides decided to X"
        if found is None and _asks_to_act(t):
            found = "raised"  # "asked the council to lift X", "pressed them to reopen X"
        if found is None and _pledged(ctx, t):
            found = "proposed"  # "China will provide loans", "said it would build X": an offer
        if found is None or _not_a_cue(t):
            continue
        if found == "implemented" and _agreed_act(t, agreeing, by_lemma):
            continue  # "agreed to implement X", "agreement on implementing X": what is agreed, not done
        if _describes(t) or _describes(_clause_verb(t)) or _outsider(ctx, t) or _standing(_clause_verb(t)):
            continue
        if _in_background(t):
            continue  # "the first country to sign a peace treaty", "the accord signed in 1993": a description
        if t.pos_ == "NOUN" and any(_a_year(c) for c in t.lefts):
            continue  # "the 1953 armistice agreement": a document of the past, not an agreement reached
            # ("a year-old proposal" is still on the table)
        if t.pos_ == "NOUN" and t.lemma_.lower() in _MEETING_CUES and _holder(t) is None:
            continue  # "the second round of talks on X" names the talks; "held talks on X" reports them
        if t.pos_ == "NOUN" and t.lemma_.lower() in _MEETING_CUES and _not_yet(_holder(t) or t.head):
            found = "raised"  # "to allow negotiations on X to begin": X is on the table, not discussed
        if t.pos_ == "NOUN" and found in ("proposed", "raised") and (_answered(t) or _dated_before(t)):
            found = "discussed"  # "the answer to a year-old proposal": on the table, not put there now
        elif t.pos_ == "NOUN" and found in _SETTLING and _followed_by_a_meeting(t):
            found = "discussed"  # "after an agreement to form X, a committee held its first meeting"
        out.append(_Cue(t, found))
    return out


#: Parts of speech of a cue word: a verb or noun, or a document's title (:func:`_named_text_says`).
_CUE_TAGS = frozenset({"VERB", "NOUN", "PROPN"})

#: Verbs of asking a side to act (not of making it act: "sanctions force X to withdraw").
_ASKING = {"ask", "press", "call", "push", "encourage", "persuade", "request", "pressure"}


def _asks_to_act(verb: Token) -> bool:
    """ "asked the council to lift X", "pressed India to reopen X", "called on them to end X": a verb of
    asking with an infinitive says what a side asks for, though alone ("asked about X", "asked not to
    be named" of a source) it is no cue."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ASKING or verb.dep_ == "relcl":
        return False  # "the minister, who had asked X to do Y": a description of the minister
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "being asked to help": who asks is not said
    return any(
        c.dep_ in ("xcomp", "ccomp")
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ == "neg" for a in c.children)
        for c in verb.children
    )


#: Auxiliaries by which a side says what it will do (not what it may, could or should do).
_WILL = {"will", "would", "'ll", "shall"}


def _pledged(ctx: DocContext, verb: Token) -> bool:
    """ "China will provide loans and establish a fund", "said it would build X": a verb of giving or
    setting up (``pledge`` in ``agenda.yaml``) that a side says it will do is its offer. Not negated,
    not a meeting's doing ("the talks will open X"), nor a description ("a plant that will supply X")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in agenda_words().pledge:
        return False
    first = _first_conjunct(verb)  # "will provide X and establish Y": the auxiliary is the first verb's
    if first.dep_ in ("relcl", "acl", "advcl") or any(
        c.dep_ == "neg" for c in (*verb.children, *first.children)
    ):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in first.children):
        return False
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if subject.pos_ == "PRON":
        # "China said it would provide X": the pronoun stands for the side that says so
        said = first.head
        if first.dep_ != "ccomp" or said.lemma_.lower() not in speech_cues().lemmas:
            return False
        subject = next((c for c in said.children if c.dep_ == "nsubj"), subject)
    return _a_side_or_person(ctx, subject)


def _a_side_or_person(ctx: DocContext, subject: Token) -> bool:
    """Whether a subject is a side, a person or a body that can give ("China", "the EU", "Premier
    Wen", "the government"), not a text or an act ("the agreement will provide X")."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("we", "i")
    documents = agenda_words().document
    if subject.lemma_.lower() in documents or subject.lower_ in documents:
        return False  # "the Action Plan will provide X": what a text provides, not an offer
    if ctx.party_of(" ".join(t.text for t in subject.subtree)) is not None:
        return True
    if subject.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
        return True
    return subject.lemma_.lower() in _TOGETHER


def _agreed_act(verb: Token, agreeing: set[int], by_lemma: dict[str, str]) -> bool:
    """A verb of doing in the infinitive or gerund under an agreement ("agreed to implement X",
    "reached agreement on implementing X; and establishing Y"): the act is what the sides agreed to do,
    so the agreement's cue, not the verb, gives the item its status."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VB", "VBG"):
        return False
    node = verb
    for _ in range(4):
        if node.dep_ not in ("xcomp", "pcomp", "prep", "advcl", "conj", "acl") or node.head.i == node.i:
            return False
        node = node.head
        if node.i in agreeing or by_lemma.get(node.lemma_.lower()) == "agreed":
            return True
    return False


#: Nouns of one sitting of talks ("held a second round of talks on X").
_SITTINGS = {"round", "session", "sitting"}


def _holder(talks: Token) -> Token | None:
    """The verb that holds a meeting noun: "held talks on X", "held a new round of talks soon on X";
    None when the noun only names the talks ("the second round of talks on X was postponed")."""
    head = talks.head
    if talks.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _SITTINGS:
        if any(
            c.dep_ == "prep"
            and c.lower_ in _ABOUT_TALKS
            and any(g.ent_type_ not in ("DATE", "TIME") for g in c.children)
            for c in talks.children
        ):
            return None  # "finished the second round of talks on X": the talks' name, their subject
        head = head.head.head  # "held a round of talks soon on X"
    if talks.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in _GOING_FOR:
        return head.head  # "will meet Putin in Moscow for talks on X": the meeting holds the talks
    return head if head.lemma_.lower() in _HOLDING else None


#: Verbs of meeting and going whose "for talks" phrase says what talks are held there.
_GOING_FOR = {"meet", "visit", "arrive", "travel", "fly", "go", "come", "head", "gather", "convene", "sit"}


@functools.cache
def _cue_lemmas() -> dict[str, str]:
    """Cue lemma → status (the first entry of ``status_cues.yaml`` that lists it)."""
    out: dict[str, str] = {}
    for cue in status_cues():
        for lemma in cue.lemmas:
            out.setdefault(lemma, cue.status)
    return out


@functools.cache
def _any_issue_pattern() -> re.Pattern[str]:
    """One pattern for every taxonomy's issues: most sentences name none, and are skipped at once."""
    return re.compile(
        "|".join(f"(?:{i.pattern.pattern})" for t in taxonomies() for i in t.issues), re.IGNORECASE
    )


#: Agreement lemmas that, as verbs, say an item is handled, not agreed ("deal with X").
_HANDLING = {"deal"}
#: Verbs whose object is what a meeting is about when a meeting is their subject ("the talks will
#: cover X", "the summit tackled X", "the discussions would include X").
_CONTENT_OF_MEETINGS = {"cover", "tackle", "include", "address", "examine", "consider"}


def _meeting_content(t: Token) -> bool:
    """A verb that tells what a meeting is about: one of :data:`_CONTENT_OF_MEETINGS` with a meeting
    noun (or the agenda) for subject."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _CONTENT_OF_MEETINGS:
        return False
    nouns = meeting_words().nouns
    return any(
        c.dep_ == "nsubj" and (c.lower_ in nouns or c.lemma_.lower() in nouns or c.lemma_.lower() == "agenda")
        for c in t.children
    )


#: Cue lemmas that are no cue as nouns ("a sign of progress" is not a signature).
_VERB_ONLY = {
    "sign", "initial", "address", "settle", "raise", "insist", "oppose", "commit", "table", "submit",
}  # fmt: skip


def _not_a_cue(t: Token) -> bool:
    """A cue word used otherwise: "according to the report", "a sign of", "the signed treaty" (a
    description of the noun, not news of its signing), "the agreed plan"."""
    if t.lower_ == "according" or (t.pos_ == "NOUN" and t.lemma_.lower() in _VERB_ONLY):
        return True
    if t.pos_ == "NOUN" and _market_demand(t):
        return True
    if t.pos_ != "VERB":
        return False
    if t.dep_ == "amod":
        return True
    if t.lemma_.lower() == "adopt" and not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in agenda_words().document for c in t.children
    ):
        return True  # "adopted a declaration" settles it; "adopt an approach" is no agreement
    if t.lemma_.lower() == "recommend" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in t.children):
        return True  # "it will recommend X": a report or panel recommends; a side proposes
    if t.lemma_.lower() == "seek" and not any(c.dep_ == "dobj" for c in t.children):
        return True  # "will seek to overcome divisions": an aim, not a thing asked of the other side
    if t.lemma_.lower() == "raise" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _RAISED_MOODS for c in t.children
    ):
        return True  # "raised doubts about whether troops will go": a mood stirred, no item put forward
    # "honouring signed peace deals": a bare participle before its own object describes it
    if t.tag_ not in ("VBN", "VBD") or t.dep_ == "conj" or t.i == t.sent.start:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
        return False
    after_a_verb = t.nbor(-1).pos_ in ("VERB", "ADP", "DET", "ADJ")  # "honouring signed deals"
    return after_a_verb and any(c.dep_ == "dobj" and c.left_edge.i == t.i + 1 for c in t.children)


#: Verbs of an amount that changes, and nouns of an amount told ("demand will grow", "its estimate
#: for demand"): said of "demand", the market's, not a side's.
_AMOUNT_CHANGES = {
    "increase", "grow", "rise", "fall", "decline", "drop", "slow", "soften", "weaken", "strengthen",
    "outstrip", "exceed", "surge", "slump", "recover", "rebound", "shrink", "expand", "outpace", "pick",
}  # fmt: skip
_AMOUNTS_TOLD = {
    "estimate", "forecast", "projection", "outlook", "growth", "increase", "rise", "fall", "drop",
    "decline", "level", "figure", "slowdown", "surge", "slump", "share", "rate",
}  # fmt: skip
_MARKETS = {"world", "global", "domestic", "consumer", "market", "energy", "oil", "gas", "fuel"}


def _market_demand(noun: Token) -> bool:
    """ "world demand for oil will increase", "lowered its estimate for demand", "oil demand": the
    market's demand for a good, which is no side's demand of the other."""
    if noun.lemma_.lower() != "demand":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _MARKETS for c in noun.children):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in _AMOUNT_CHANGES:
        return True
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is not None and prep.head.lemma_.lower() in _AMOUNTS_TOLD


#: Objects of "raise" that are a mood, a stake or an amount, not an item put on the table ("raised
#: hopes of X", "raised funds", "raised prices").
_RAISED_MOODS = {
    "doubt", "fear", "hope", "eyebrow", "stake", "spectre", "specter", "prospect", "alarm", "tension",
    "expectation", "suspicion", "speculation", "temperature", "pressure", "voice", "level", "profile",
    "fund", "money", "capital", "cash", "price", "tax", "rate", "wage", "salary", "output", "production",
    # things lifted up, and charges made against someone ("the flags were raised", "raised accusations
    # that X mistreated Y"): nothing put on the table
    "flag", "banner", "glass", "toast", "hand", "arm", "fist", "accusation", "allegation", "charge",
}  # fmt: skip


#: Nouns and verbs of answering: what they answer was on the table before ("a reply to the offer").
_ANSWERS = {"answer", "response", "reply", "respond", "reaction", "react", "counter", "counterproposal"}


def _answered(noun: Token) -> bool:
    """ "a response to a proposal to begin talks": a proposal being answered was made before."""
    prep = noun.head
    return prep.lower_ == "to" and prep.dep_ == "prep" and prep.head.lemma_.lower() in _ANSWERS


def _dated_before(noun: Token) -> bool:
    """ "a year-old proposal", "the March offer": a proposal dated by when it was made."""
    return any(c.ent_type_ == "DATE" for c in noun.lefts)


def _followed_by_a_meeting(noun: Token) -> bool:
    """ "After an agreement to form X, a committee held its first meeting": the agreement came before
    the meeting the sentence reports, which worked on X."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "following", "since"):
        return False
    verb = prep.head
    return verb.lemma_.lower() in ("meet", *_HOLDING) and verb.lemma_.lower() not in _cue_lemmas()


#: Adverbs by which a perfect tense tells a standing position ("has consistently rejected X").
_STANDING = {"long", "always", "consistently", "persistently", "steadfastly", "staunchly", "invariably"}


def _not_yet(verb: Token) -> bool:
    """ "for negotiations on X to begin", "talks on X will start": a holding verb of talks still to come."""
    return any(c.dep_ == "aux" and c.lower_ in ("to", *_MODALS) for c in verb.children)


def _standing(verb: Token) -> bool:
    """ "have long expressed concern about X", "has always opposed X": a side's standing position, which
    is background to a report, not news of the round it reports."""
    kids = list(verb.children)
    return any(c.dep_ == "advmod" and c.lower_ in _STANDING for c in kids) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids
    )


def _in_background(t: Token) -> bool:
    """A cue deep in a relative clause describing something other than an agreement or the talks:
    "at a time when he is facing a power struggle, which boiled over after the president called for
    early elections" tells what led here, not what the talks put on the table."""
    node = t
    depth = 0
    while node.head.i != node.i and depth < 12:
        if node.dep_ == "relcl" and node.i != t.i:
            head = node.head
            names = {head.lemma_.lower(), head.lower_}
            kept = agenda_words().document | meeting_words().nouns | _MEETING_CUES
            return not (names & kept or head.pos_ == "PRON")
        node = node.head
        depth += 1
    return False


def _describes(t: Token) -> bool:
    """A cue inside a description of a noun: "the first country to sign a treaty", "the accord signed
    in 1993", "Egypt, which signed a treaty with Israel"."""
    if t.dep_ == "acl":
        return True
    if t.dep_ == "relcl":
        return (
            t.head.dep_ == "appos"
            or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
            or _a_persons_stance(t)
        )
    return False


def _a_persons_stance(verb: Token) -> bool:
    """ "a meeting with Smith, who opposes closer ties": a relative clause in the present on a person
    says where that person stands, not what was put on the table."""
    person = verb.head
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return bool(person.ent_type_ == "PERSON" or (person.pos_ == "PROPN" and person.ent_type_ == ""))


def _outsider(ctx: DocContext, cue: Token) -> bool:
    """Whether the cue's subject is a third party ("the Security Council urged", "analysts discussed")."""
    subject = _subject_of(cue)
    if subject is None or subject.lemma_.lower() not in agenda_words().outsider:
        return False
    return not ctx.parties_in(" ".join(t.text for t in subject.subtree))


def _demanded(verb: Token) -> bool:
    """ "said sanctions must be lifted": a demand reported as speech."""
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in speech_cues().lemmas:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children)


def _best(statuses: list[str]) -> str | None:
    return max(statuses, key=lambda s: RANK[s]) if statuses else None


def _status_for(
    ctx: DocContext, sent: Span, start: int, end: int, cues: list[_Cue]
) -> tuple[str | None, Token | None]:
    """The status the nearest cue governing the words ``start:end`` gives them, read in context."""
    tok = ctx.token_at(sent, end - 1)
    if tok is None:
        return None, None
    return _governing(tok, cues, set(ctx.tokens_from(sent, start, end)))


def _governing(
    tok: Token, cues: list[_Cue], inside: set[int] | None = None
) -> tuple[str | None, Token | None]:
    """The status of the nearest cue above ``tok``, read in context.

    A raising noun ("a proposal", "the demand") governed by a verb cue takes the verb's status: in
    "rejected a proposal for X" X was rejected, in "accepted the demand for X" agreed. The subject of
    a cue ("the rebels rejected ...") and a "with" phrase ("discussed it with the rebels") are not
    what the cue is about; the subject of a clause "on the agenda" is.
    """
    by_token = {c.token.i: c for c in cues}
    placed = {_clause_verb(c.token).i: c for c in cues if c.token.dep_ == "pobj"}
    node = tok
    path: list[Token] = []
    found: tuple[_Cue, list[Token]] | None = None
    while node.head.i != node.i:
        path.append(node)
        node = node.head
        child = path[-1]
        if node.i in placed and found is None and _placed_on(child, placed[node.i], path):
            found = (placed[node.i], list(path))
            break
        if node.i not in by_token:
            continue
        cue = by_token[node.i]
        if found is not None and _enacts(found[0], child, cue):
            found = (cue, list(path))  # "the deal came into force", "the accord was signed"
            break
        if child.dep_ in ("nsubj", "agent", "npadvmod") or (
            child.dep_ == "prep" and child.lower_ in _NOT_ABOUT
        ):
            break
        if _addressee(child, node):
            break  # "urged the armed groups to cooperate": whom a side urges is not what it raises
        if found is None:
            found = (cue, list(path))
            if not (cue.token.pos_ == "NOUN" and cue.status in ("proposed", "raised")) and not _a_text(cue):
                break
        elif cue.token.pos_ in ("VERB", "AUX") and (
            not _a_text(found[0]) or cue.token.i == _clause_verb(found[0].token).i
        ):
            # "rejected a proposal for X"; "initialled an agreement on X", "implemented the deal on X":
            # what is done to an agreement is what its item's status is
            found = (cue, list(path))
            break
        elif _a_text(found[0]):
            break
    if found is None:
        return None, None
    cue, on_path = found[0], [t for t in found[1] if t.i not in (inside or set())]
    if any(c.dep_ == "neg" for t in on_path for c in t.children):
        return None, None  # "focused on X, not on Y"
    if any(_purpose(t) for t in on_path):
        return None, None  # "agreed to release the money in order to help humanitarian aid": a purpose
    status = _read(cue, on_path)
    if status in _SETTLING and any(t.lemma_.lower() in _WISHES for t in on_path):
        status = "discussed"  # "agreed on the urgent need for a budget deal": the deal is still wanted
    if status in ("raised", "proposed") and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        status = "rejected"  # "the demand that no ceasefire be considered": the side rejects a ceasefire
    if status == "agreed":
        # "agreed to develop a roadmap regarding X": the stronger cue in the agreement's own clause
        below = [c.status for c in cues if c.token in cue.token.subtree and c.token.i != cue.token.i]
        stronger = [b for b in below if b in ("roadmap", "formalised")]
        if stronger:
            status = stronger[0]
    return status, cue.token


def _a_text(cue: _Cue) -> bool:
    """An agreement named as a noun ("an agreement on X"): a verb of its own clause may say more of it;
    not one a clause describes ("rejected the agreement reached between A and B": reached it was, and
    whoever rejects it reacts to it)."""
    described = any(c.dep_ in ("acl", "relcl") for c in cue.token.children)
    return cue.status in _SETTLING and _is_document(cue.token) and not described


def _enacts(document: _Cue, child: Token, verb: _Cue) -> bool:
    """ "the deal came into force", "the accord on X was signed": a verb that signs or puts into effect
    the agreement that is its subject gives the agreement's item its status."""
    return (
        _a_text(document)
        and child.i == document.token.i
        and child.dep_ in ("nsubj", "nsubjpass")
        and verb.status in ("formalised", "implemented")
    )


#: Nouns of wanting: agreeing on the need for X does not settle X.
_WISHES = {"need", "desire", "wish", "hope", "necessity", "importance", "urgency"}


def _addressee(child: Token, verb: Token) -> bool:
    """Whether ``child`` is whom a verb of asking asks ("urged the groups to cooperate")."""
    if verb.lemma_.lower() not in _REQUESTS or child.dep_ not in ("dobj", "prep"):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _purpose(tok: Token) -> bool:
    """ "in order to X", "so that X": what a settled act is for is not settled by it."""
    if tok.lower_ == "order" and tok.head.lower_ == "in":
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("so", "lest") for c in tok.children)


def _placed_on(child: Token, cue: _Cue, path: list[Token]) -> bool:
    """Whether a clause's ``child`` is what a cue placed in the clause is about: its subject ("X was
    high on the agenda"), and for a document its object too ("under the deal, they will reopen X"),
    but not what a clause describing them names ("the crossing, closed since the withdrawal")."""
    if any(t.dep_ in ("relcl", "acl", "advcl") for t in path):
        return False
    if child.dep_ in ("nsubj", "nsubjpass", "attr"):
        return True
    return child.dep_ == "dobj" and _under_the_document(cue.token)


#: Verbs of wanting whose negation turns an item down ("does not want to concede X").
_WANT = {"want", "wish"}


def _unwanted(verb: Token) -> bool:
    """ "does not want to concede X", "did not want X": a side's plain refusal, said as not wanting."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _WANT
        and any(c.dep_ == "neg" for c in verb.children)
        and not _hedged(verb)
    )


#: Verbs of deciding, and of directing officials to act ("the two leaders directed their ministers to
#: resume talks"): a decision of the sides together is an agreement, one side's is not.
_DECIDING = {"decide", "resolve", "direct", "instruct", "task", "mandate"}
#: Nouns that, in the plural or counted ("both sides", "the leaders"), name the sides together.
_TOGETHER = {"side", "party", "leader", "minister", "delegation", "country", "nation", "member", "government"}


def _joint_decision(verb: Token) -> bool:
    """ "the summit decided to set up X", "both sides decided to X": a decision taken together, which
    agrees X; "the government has decided to offer X" is one side's and agrees nothing."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DECIDING:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in meeting_words().nouns:
        return True  # "the summit decided"
    if any(c.dep_ == "conj" for c in subject.children):
        return True  # "India and Canada decided"
    return lemma in _TOGETHER and subject.tag_ == "NNS"


def _read(cue: _Cue, path: list[Token]) -> str | None:
    """A cue's status for an item below it, with negation, modality and "agreed to continue work on"."""
    status = cue.status
    if status == "rejected" and _unwanted(cue.token):
        return status
    if _conditional(cue.token, path):
        return "raised"  # "will not negotiate until X is lifted": X is a condition the side raises
    negated, hedged = _negated(cue.token), _hedged(cue.token)
    if status in (*_SETTLING, "discussed") and _refused(_clause_verb(cue.token)):
        return "rejected"  # "refused to discuss X", "declined to sign X": the side turns X down
    if status in _SETTLING and not negated and _under_the_document(cue.token):
        return status  # "under the deal, the crossing will be reopened": what the deal says
    if cue.future and hedged and not negated:
        # "the talks next month will discuss X", "hope to agree on X at the next round": X is on its table
        return status if status in ("rejected", "deferred", "excluded") else "raised"
    if status in _SETTLING and _a_draft(cue.token):
        return "proposed"  # "presented a draft agreement on X": put forward, not agreed
    if status in _SETTLING and _a_stance(cue.token):
        return "discussed"  # "the United States is committed to X": one side's stance, no agreement
    if status in _SETTLING:
        pursued = _pursued(cue.token)
        if pursued is not None and not negated:
            return pursued  # "negotiating a deal on X", "pushed for an agreement on X": not reached yet
        if any(t.lemma_.lower() in _FURTHER_TALK and t.pos_ == "VERB" for t in path[2:]) and not _furthered(
            path
        ):
            return "discussed"  # "agreed to continue work on X": X is still being talked about
        if path and path[-1].dep_ == "dobj" and path[-1].lower_ in _MEETING_CUES:
            return "discussed"  # "finalised talks on X": the talks, not X, were settled
        if _requested(cue.token):
            return "raised"  # "urged Israel to agree to X": X was asked for, not agreed
        if negated or hedged:
            return "discussed"  # "failed to agree on X", "hope to agree on X"
        return status
    if status == "raised" and not negated and not hedged and _jointly(cue.token):
        return "agreed"  # "in their joint statement, the two leaders called for X": both sides want X
    if status == "discussed" and _requested(cue.token) and not negated:
        return "raised"  # "called on the parties to negotiate X": X is asked for, not discussed
    if negated:
        return None  # "did not discuss X", "did not reject X"
    if hedged and status in ("discussed", "deferred"):
        return None  # "will discuss X next time": nothing happened yet
    return status


#: Verbs of furthering a thing: what sides agree to go on furthering, they agree on.
_FURTHERING = {
    "promote", "strengthen", "boost", "enhance", "deepen", "advance", "foster", "expand", "facilitate",
}  # fmt: skip


def _furthered(path: list[Token]) -> bool:
    """ "agreed to continue efforts to promote X": the first verb above the item furthers it, so the
    sides agree on X though they go on working at it (unlike "agreed to continue work on X")."""
    verb = next((t for t in path[1:] if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in _FURTHERING


#: Verbs by which sides call for a thing, which called for together they agree on.
_CALLING = {
    "call", "urge", "demand", "appeal", "press", "push", "stress", "underline", "underscore", "emphasise",
    "emphasize", "reaffirm", "reiterate",
}  # fmt: skip
#: Nouns of a text the sides issue together ("in their joint statement").
_JOINT_TEXTS = {"statement", "declaration", "communique", "communiqué"}


def _jointly(verb: Token) -> bool:
    """ "Yeltsin and Kuchma called for X", "the two leaders urged X", "in their joint statement, they
    called for X": sides calling for a thing together are agreed on it (one side's call only raises it)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CALLING:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for text in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in _JOINT_TEXTS):
            if any(c.dep_ == "amod" and c.lower_ == "joint" for c in text.children):
                return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if any(c.dep_ == "conj" for c in subject.children) and subject.ent_type_ in ("PERSON", *_PARTY_ENTS):
        return True  # "Yeltsin and Kuchma called for X"
    together = any(c.lower_ in ("two", "both") for c in subject.children) or any(
        c.dep_ == "amod" and any(g.dep_ == "conj" for g in c.children) for c in subject.children
    )  # "the two leaders", "the Canadian and Indian ministers"
    return together and subject.lemma_.lower() in _TOGETHER and subject.tag_ == "NNS"


#: Verbs by which a side works toward an agreement it has not reached ("negotiating a deal on X").
_PURSUING = {
    "negotiate", "work", "seek", "want", "push", "press", "call", "pursue", "coordinate", "discuss",
    "prepare", "draft", "broker", "mediate", "need", "demand", "urge", "favour", "favor", "support",
    "back", "propose", "offer", "explore", "eye", "chase", "aim",
}  # fmt: skip


#: Words by which a document is still a text put forward ("a draft accord", "the proposed deal").
_DRAFTS = {"draft", "proposed", "suggested", "tentative"}


def _a_draft(noun: Token) -> bool:
    """ "a draft agreement", "the proposed deal", "a draft of the accord": a text on the table."""
    if noun.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _DRAFTS for c in noun.children):
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _DRAFTS


def _a_stance(verb: Token) -> bool:
    """ "is committed to X", "remains committed to X": a side's stance, said as a state."""
    if verb.lemma_.lower() != "commit" or verb.tag_ != "VBN":
        return False
    return any(c.dep_ == "auxpass" and c.lemma_.lower() in ("be", "remain") for c in verb.children)


def _pursued(noun: Token) -> str | None:
    """The status of a settling noun ("a deal", "an agreement") that a side is still working toward:
    "negotiating a deal on X" → discussed, "pushed for an agreement on X" → raised; None when the noun
    reports an agreement reached ("reached a deal", "the deal says", "welcomed the agreement")."""
    if noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if verb.pos_ == "ADP" and noun.dep_ == "pobj" and verb.head.lemma_.lower() in _MEETING_CUES:
        return "discussed"  # "talks on a free trade agreement": the agreement is what is negotiated
    if verb.pos_ == "ADP" and noun.dep_ == "pobj":
        verb = verb.head  # "working on a deal", "pushed for an agreement"
    if verb.pos_ != "VERB" or noun.dep_ not in ("dobj", "pobj"):
        return None
    lemma = verb.lemma_.lower()
    progressive = verb.tag_ == "VBG" and any(
        c.lemma_.lower() == "be" and c.dep_ == "aux" for c in verb.children
    )
    if lemma not in _PURSUING and not (progressive and lemma in _LIGHT):
        return None  # "reached a deal", "are hammering out a deal" is pursued, "hammered out" is not
    own = _cue_lemmas().get(lemma)
    if lemma in _PURSUING_RAISES or _demanded(verb):
        return "raised"
    return own if own in ("raised", "proposed", "discussed") else "discussed"


#: Pursuing verbs by which a side puts an agreement forward ("called for an accord on X").
_PURSUING_RAISES = {"push", "press", "call", "demand", "urge", "want", "seek"}


#: Conjunctions of a condition a side sets ("until the ban is lifted", "unless troops leave").
_CONDITION_MARKS = {"until", "unless", "till"}


def _conditions(verb: Token) -> list[Token]:
    """The condition clauses of a verb a side will not do, or will do only on them: "will not negotiate
    until X", "refused to resume talks unless X", "will talk only if X"."""
    out = []
    for c in verb.children:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX"):
            continue
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        only = any(m.dep_ == "advmod" and m.lower_ == "only" for m in c.children)
        refused = _negated(verb) or _refused(verb)
        if (marks & _CONDITION_MARKS and refused) or ("if" in marks and only):
            out.append(c)
    return out


def _refused(verb: Token) -> bool:
    """ "refused to resume talks": a verb under a refusal."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline", "reject")


def _conditional(cue: Token, path: list[Token]) -> bool:
    """Whether the words a cue governs sit in one of the conditions a side sets (:func:`_conditions`)."""
    verbs = [cue, *(c for c in cue.children if c.dep_ == "xcomp")]
    clauses = {c.i for v in verbs for c in _conditions(v)}
    for below, t in itertools.pairwise(path):
        if t.i in clauses:
            # "until troops leave Somali territory": the troops' withdrawal, not the place they leave
            return not (is_leaving(t) and below.dep_ != "nsubj")
    return False


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause a cue belongs to (a noun cue's governing verb)."""
    node = tok
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _negated(cue: Token) -> bool:
    """ "did not agree", "failed to agree", "no agreement on", "ended without agreement", "its failure
    to recognise X and agree to Y" (a failure governs every verb of the list it heads)."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in cue.children):
        return True
    if cue.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in cue.children
    ):
        return True  # "no agreement was reached on X"
    head = cue.head
    if head.i != cue.i and head.lemma_.lower() in _NEGATORS:
        return True
    verb = _clause_verb(cue)
    if _not_yet_done(verb):
        return True  # "have yet to agree on X"
    if verb.i != cue.i:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        if verb.lemma_.lower() in _NEGATORS:
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NEGATORS:
            return True
    first = _first_conjunct(verb)
    return first.i != verb.i and first.dep_ in ("xcomp", "acl") and first.head.lemma_.lower() in _NEGATORS


def _not_yet_done(verb: Token) -> bool:
    """ "have yet to agree", "is yet to sign": a thing still to be done is not done."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in ("have", "be"):
        return False
    return any(c.lower_ == "yet" for c in verb.head.children)


def _first_conjunct(tok: Token) -> Token:
    """The first member of the list ``tok`` ends ("recognise X, renounce Y and agree to Z" → recognise)."""
    node = tok
    for _ in range(8):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    return node


def _requested(cue: Token) -> bool:
    """ "urged Israel to agree", "asked them to sign": a settling verb under a request."""
    verb = _clause_verb(cue)
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _REQUESTS


def _hedged(cue: Token) -> bool:
    """ "will agree", "could be agreed at the next round", "hope to agree", "if they agree"."""
    verb = _clause_verb(cue)
    for v in {cue, verb}:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in v.children):
            return True
        if any(c.dep_ == "acomp" and c.lower_ in _NEAR for c in v.children):
            return True  # "a deal on X is close"
        if v.head.lower_ in _NEAR or (v.head.lower_ == "to" and v.head.head.lower_ in _NEAR):
            return True  # "close to reaching an agreement on X"
        if v.head.lower_ in ("at", "toward", "towards") and v.head.head.lemma_.lower() in _HEDGES:
            return True  # "talks aimed at hammering out a peace agreement"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in v.children):
            return True
        if v.dep_ in ("xcomp", "ccomp", "acomp") and v.head.lemma_.lower() in _HEDGES:
            return True
        if v.head.i != v.i and v.head.dep_ == "xcomp" and v.head.head.lemma_.lower() in _HEDGES:
            return True
    return False


def _continues_previous(ctx: DocContext, sent: Span) -> bool:
    """ "These commitments are designed to ...": a sentence about what the previous one settled."""
    for t in ctx.tokens_lemma_in(sent, _CONTINUATION_NOUNS):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return any(c.lower_ in ("these", "this", "those", "the", "such") for c in t.children)
    return False


# --- open-vocabulary items -------------------------------------------------------------------------


def _open_items(ctx: DocContext, sent: Span, cues: list[_Cue]) -> list[_Named]:
    """Items outside the taxonomies: objects of negotiating words, or declared off the agenda."""
    out: list[_Named] = []
    for cue in cues:
        if cue.status == "excluded":
            out += _excluded(ctx, sent, cue)
            continue
        for item in _objects(ctx, cue):
            status, governing = _governing(item.head, cues)
            if governing is None and _negated_below(item.head, cue.token):
                continue  # "urged them not to withdraw the troops": no withdrawal is asked for
            if governing is None and _asked(item.head, cue.token):
                continue  # "urged the region to expand X": whom a side urges is not what it raises
            if governing is None:
                status, governing = _read(cue, []), cue.token
                if _is_document(cue.token) and not _negated(cue.token):
                    status = cue.status  # "under the deal, X will ...": what the deal says, not a hope
            if status is None:
                continue
            out.append(_named(item, status, governing))
        if (
            cue.status in ("proposed", "raised", "agreed")
            and cue.token.pos_ == "VERB"
            and not _negated(cue.token)
        ):
            out += [_named(item, "deferred", cue.token) for item in _put_after(ctx, cue.token)]
    return out


def _asked(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is whom a verb of asking asks: its object ("urged the region to X") or the object
    of its "on" ("called on the member states to X")."""
    if tok.head.i == verb.i:
        return _addressee(tok, verb)
    prep = tok.head
    return prep.head.i == verb.i and prep.lower_ == "on" and _addressee(prep, verb)


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


def _objects(ctx: DocContext, cue: _Cue) -> list[Item]:
    """What a cue word is about: its object, its "on/about/over" phrase, its passive subject.

    A raising or agreeing verb also takes the subjects and objects of its "that" clause ("insisted
    that sanctions must be lifted"); an agreement noun takes what it says or provides ("the agreement
    says a seaport can be built", "under the deal, Israel will allow convoys").
    """
    tok = cue.token
    found: list[Item] = []
    if tok.pos_ in ("VERB", "AUX"):
        found = items_of(ctx, tok, cue=True)
        found += [i for c in tok.children if c.dep_ == "dobj" for i in _counted(ctx, c)]
        found += _given_weight(ctx, tok)
        for v in [tok, *(c for c in tok.children if c.dep_ == "xcomp")]:
            found += [i for c in _conditions(v) for i in condition_items(ctx, c)]
        if cue.status in ("raised", "proposed", "agreed", "rejected"):
            found += [
                i
                for c in tok.children
                if c.dep_ == "ccomp" and not _a_claim(c)
                for i in _clause_items(ctx, c)
            ]
        return found
    lemma = tok.lemma_.lower()
    if cue.status in _SETTLING and lemma in agenda_words().document:
        verb = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _CONTENT_VERBS:
            found += [i for c in verb.children if c.dep_ == "dobj" for i in items_of(ctx, c)]
            found += [i for c in verb.children if c.dep_ == "ccomp" for i in _clause_items(ctx, c)]
        elif tok.dep_ == "pobj" and verb.lower_ == "under" and verb.head.pos_ in ("VERB", "AUX"):
            # "under the deal, they will begin to cut X": the clause and the verbs it goes on into
            found += [i for v in _going_on(verb.head) for i in _clause_items(ctx, v)]
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("be", "include") and not found:
        # "the main issues were X and Y", "hot topics will include X": what the phrase cue's noun is
        found += [i for c in tok.head.children if c.dep_ in ("attr", "dobj") for i in items_of(ctx, c)]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "off") and not found:
        # "X was high on the agenda", "on the agenda were X and Y"
        verb = _clause_verb(tok)
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass", "attr", "expl") and c.i != tok.i:
                found += items_of(ctx, c)
    holder = _holder(tok) if lemma in _MEETING_CUES else None
    if holder is not None and holder.pos_ == "VERB" and not found:
        # "held talks on Monday about X", "held a round of talks Monday on X": the parser hangs what
        # the talks are about on the verb that holds them
        about = [c for c in holder.children if c.dep_ == "prep" and c.lower_ in _ABOUT_TALKS and c.i > tok.i]
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
    if not found and tok.dep_ == "dobj":
        # "secured the commitment of both sides to observe a truce": the parser hangs the noun's
        # infinitive on the verb that takes the noun
        for c in tok.head.children:
            if _infinitive_right_after(tok, c):
                for v in [c, *(g for g in c.children if g.dep_ == "conj" and g.pos_ == "VERB")]:
                    found += items_of(ctx, v)
    return found


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


#: Entity labels of an amount, whose "in" or "of" phrase says what is counted.
_AMOUNTS = {"MONEY", "QUANTITY", "CARDINAL", "PERCENT"}


def _counted(ctx: DocContext, amount: Token) -> list[Item]:
    """ "provide 3 billion dollars in preferential loans", "pledged 50 million euros of aid": the object
    is an amount, and what it counts is the item."""
    if amount.ent_type_ not in _AMOUNTS:
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


#: Prepositions whose object is what talks are about.
_ABOUT_TALKS = ("on", "upon", "about", "over", "regarding", "concerning")


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
    return not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


#: What a clause may say its subject is that makes the subject an agenda item ("X is a serious issue",
#: "X is a priority for both sides").
_AGENDA_ATTRIBUTES = {"issue", "question", "problem", "priority", "concern", "matter", "challenge"}


def _under_the_document(tok: Token) -> bool:
    """ "under the deal", "according to the agreement": a clause saying what a document settles."""
    if not _is_document(tok) or tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ in ("under", "in") or (prep.lower_ == "to" and prep.head.lower_ == "according")


def _is_document(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in agenda_words().document


def _going_on(verb: Token) -> list[Token]:
    """A verb and the verbs it goes on into ("will begin to reduce or eliminate X": begin, reduce)."""
    out = [verb]
    for v in out:
        if len(out) > 4:
            break
        out += [c for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return out


def _clause_items(ctx: DocContext, verb: Token) -> list[Item]:
    """Items a clause is about: its passive subject, object and non-party subject, and its conjuncts'."""
    out: list[Item] = []
    for v in _clause_verbs(verb):
        found: list[Item] = []
        for c in v.children:
            if c.dep_ in ("nsubjpass", "dobj", "nsubj") and not stray_object(c):
                found += items_of(ctx, c)
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
    split from it by the parser ("will be re-opened": "re" and "opened")."""
    out = [verb, verb.head] if verb.dep_ in ("aux", "auxpass") else [verb]
    for v in out:
        if len(out) > 8:
            break
        out += [
            c
            for c in v.children
            if c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX") and c not in out and not _marked(c)
        ]
    return out


def _marked(verb: Token) -> bool:
    """ "before talks could begin", "if they agree": a clause of time or condition, not of content."""
    return verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") for c in verb.children)


#: Prepositions by which a settled clause names its means ("in convoys", "under the supervision of X").
_MEANS = {"under", "with", "in", "by", "via", "through"}


#: Verbs by which an agreement states what it settles ("the agreement says ...", "the deal includes").
_CONTENT_VERBS = {
    "say", "provide", "stipulate", "state", "call", "envisage", "include", "allow", "set", "foresee",
    "specify", "require", "oblige", "grant", "outline", "cover", "give", "guarantee", "permit",
}  # fmt: skip


#: Cue nouns whose compound modifier is the item ("a ceasefire proposal", "prisoner exchange talks").
_NOUN_WITH_COMPOUND = {"proposal", "agreement", "deal", "accord", "discussion", "talks", "demand", "offer"}


def _excluded(ctx: DocContext, sent: Span, cue: _Cue) -> list[_Named]:
    """ "X is not on the agenda": the subject of the clause the phrase belongs to."""
    verb = _clause_verb(cue.token)
    candidates = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    candidates += [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t not in candidates]
    generic = meeting_words().generic
    for t in candidates:
        if t.lower_ in generic or t.lemma_.lower() in meeting_words().nouns:
            continue
        found = items_of(ctx, t)
        if found:
            return [_named(i, "excluded", None) for i in found]
        if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC"):
            # "Ukraine is not on the agenda": a country declared off the agenda stands for its conflict
            return [_named(Item(t, t.text, t.text, t.idx, t.idx + len(t.text)), "excluded", None)]
    return []


def _named(item: Item, status: str, cue: Token | None) -> _Named:
    return _Named(item.key, item.label, item.start, item.end, item.phrase, status, cue, item.head)


def _elaborates(n: _Named, spans: list[tuple[int, int]], words: set[str]) -> bool:
    """Whether an open item is part of, or says more about, a taxonomy item of its sentence.

    "its diplomatic property in the US, specifically six real estate properties": the properties are
    the property; "visa processing and travel regulations": one item, the taxonomy's.
    """
    if n.head is None or not spans:
        return False
    if words_of(n.label) & words:
        return True
    start = n.head.left_edge.idx
    if any(s < n.end and start < e for s, e in spans):
        return True
    return any(any(s <= a.idx < e for s, e in spans) for a in n.head.ancestors)


# --- the round a sentence speaks of ------------------------------------------------------------------


def _planned_meeting(ctx: DocContext, sent: Span, meetings: list[MeetingMention]) -> str | None:
    """The planned meeting a sentence is about, when it reports no held one."""
    index = ctx.sentence_index(sent.start_char)
    here = [m for m in meetings if any(e.sentence_index == index for e in m.evidence)]
    if not here or any(not m.planned for m in here):
        return None
    return here[0].key


def _announced_meeting(
    ctx: DocContext, sent: Span, meetings: list[MeetingMention], cues: list[_Cue]
) -> str | None:
    """The planned meeting a future sentence of a report announcing it speaks of, though it names no
    meeting itself ("The two ministers will meet on May 20. They are expected to discuss X."): the
    last planned meeting told before it, when the report tells of no held one, a cue of the sentence
    is still to come (will, expected to, hope to), none is told as done and no date of its own
    governs them. What such a sentence says is on the
    meeting's table; a sentence of the past in the same report is not."""
    if not cues or focal_meeting(meetings) is not None:
        return None
    index = ctx.sentence_index(sent.start_char)
    told = [m for m in meetings if m.planned and min(e.sentence_index for e in m.evidence) < index]
    if not told or any(e.sentence_index == index for m in meetings for e in m.evidence):
        return None
    if not any(_hedged(c.token) for c in cues) or any(_told_as_done(c.token) for c in cues):
        return None
    if _governing_date(ctx, sent, [c.token for c in cues]) is not None:
        return None  # "on Friday they restated that no X is possible": a day of its own, not the meeting's
    meeting = max(told, key=lambda m: min(e.sentence_index for e in m.evidence))
    if any(_another_body(ctx, c.token, meeting) for c in cues):
        return None  # "the ruling party will seek to discuss X": what a body outside the meeting wants
    return meeting.key


def _another_body(ctx: DocContext, cue: Token, meeting: MeetingMention) -> bool:
    """Whether the subject of a cue's clause is a named country or body that is none of the meeting's
    sides (a party at home, another government)."""
    subject = _subject_of(cue)
    if subject is None or not meeting.parties or subject.ent_type_ not in _PARTY_ENTS:
        return False
    named = {ctx.party_of(subject.text), *_actors_of(ctx, subject)} - {None}
    return not named & set(meeting.parties)


def _told_as_done(cue: Token) -> bool:
    """Whether a cue's clause is told in the past ("they discussed X", "X has been agreed", "X was
    raised"): a thing done, not one still to come."""
    verb = _clause_verb(cue)
    if verb.tag_ == "VBD":
        return True
    done = {"has", "have", "had", "was", "were"}
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in done for c in verb.children
    )


def _planned_scope(
    ctx: DocContext, sent: Span, meetings: list[MeetingMention], planned: str | None
) -> set[int] | None:
    """The words of a sentence that speak of the planned meeting it reports: the clause its date
    hangs on ("agreed to meet again on May 20 to discuss X"); None when the meeting has no date in the
    sentence (then the whole sentence is about it)."""
    found = next((m for m in meetings if m.key == planned), None)
    if found is None or found.date is None or not sent.start_char <= found.date.start < sent.end_char:
        return None
    tok = ctx.token_at(sent, found.date.start)
    if tok is None:
        return None
    verb = _clause_verb(tok)
    return {t.i for t in verb.subtree} if verb.pos_ in ("VERB", "AUX") else None


def _told_before(cue: Token, scope: set[int]) -> bool:
    """Whether a cue outside the planned meeting's clause tells what was done before it: a clause in
    the simple past governs it ("cancelled a news conference after failing to agree on X, but agreed to
    meet again on May 20"), not an infinitive the parser hung elsewhere ("prepare talks scheduled for
    May 12 to discuss X")."""
    node = _clause_verb(cue)
    for _ in range(8):
        if node.i in scope:
            return False
        if node.tag_ == "VBD":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _round_of(
    ctx: DocContext,
    sent: Span,
    meetings: list[MeetingMention],
    cues: list[Token | None],
    lead: str | None = None,
) -> tuple[str | None, int | None, str | None]:
    """(meeting key, ordinal, date) of the round the sentence reports.

    A meeting the sentence itself reports wins; else an ordinal ("at the first round") or the date
    of a time expression governing a cue picks the document's meeting with that ordinal or date, or
    is handed to fusion to find the round among the track's; only then the focal meeting, unless
    that meeting is older than ``lead``, the round an earlier sentence of the report dated: a report
    whose lead says what a side insisted on Monday goes on about Monday's session, not an older event
    it recalls.
    """
    index = ctx.sentence_index(sent.start_char)
    date = _governing_date(ctx, sent, [c for c in cues if c is not None])
    for m in meetings:
        if not m.planned and any(e.sentence_index == index for e in m.evidence):
            if date is None or m.date is None or _same_time(m.date.value, date):
                return m.key, None, None
            # "met on Wednesday ... satisfied with the agreement reached on Tuesday": the cue's own date
            return _round_on(ctx, meetings, date)
    text = ctx.text_of(sent)
    ordinals = {_ordinal_value(m.group(1)) for m in _ORDINAL_ROUND.finditer(text)}
    ordinals.discard(None)
    if len(ordinals) == 1:
        ordinal = ordinals.pop()
        for m in meetings:
            if m.ordinal == ordinal and not m.planned:
                return m.key, None, None
        return None, ordinal, None
    if date is not None:
        return _round_on(ctx, meetings, date)
    focal = focal_meeting(meetings)
    when = next((m.date.value for m in meetings if m.key == focal and m.date is not None), None)
    if lead is not None and when is not None and when[:10] < lead[:10]:
        return None, None, lead
    if focal is None and lead is not None:
        # a report of no meeting whose lead dated what a side said ("on Friday the rebels restated X")
        # goes on about that day: "Y rejected any suggestion that Z" was said then too
        return None, None, lead
    return focal, None, None


def _round_on(
    ctx: DocContext, meetings: list[MeetingMention], date: str
) -> tuple[str | None, int | None, str | None]:
    """The round a date speaks of: the document's held meeting on that very day; else, for a date up
    to the report's day, the date itself for fusion to find among the track's rounds (a day-old
    meeting of this report is found there too); else the one meeting within a day of it; else none
    (a status about a meeting still to come is no held round's)."""
    held = [m for m in meetings if not m.planned and m.date is not None]
    exact = [m for m in held if m.date is not None and m.date.value[: len(date)] == date]
    if exact:
        return exact[0].key, None, None
    today = ctx.anchor.isoformat()[: len(date)]
    if date <= today:
        return None, None, date
    near = [m for m in held if m.date is not None and _same_time(m.date.value, date)]
    if len(near) == 1:
        return near[0].key, None, None
    return None, None, None


def _ordinal_value(word: str) -> int | None:
    low = word.lower()
    if low in _ORDINALS:
        return _ORDINALS[low]
    digits = re.match(r"\d+", low)
    return int(digits.group(0)) if digits else None


def _same_time(day: str, value: str) -> bool:
    """Whether a meeting on ``day`` falls within a time value (a day within one day, or a month)."""
    import datetime as dt

    if len(value) == 10 and len(day) >= 10:
        try:
            return abs((dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat(value)).days) <= 1
        except ValueError:
            return False
    return day.startswith(value)


def _governing_date(ctx: DocContext, sent: Span, cues: list[Token]) -> str | None:
    """The calendar value of a time expression that dates a cue's clause (not the saying of it)."""
    speech = speech_cues().lemmas
    for t in ctx.times_in(sent.start_char, sent.end_char):
        if t.type != "DATE" or not (_DAY.match(t.value) or _past_year(ctx, t.value)):
            continue
        tok = ctx.token_at(sent, t.start)
        if tok is None:
            continue
        root = tok
        while root.head.i != root.i and t.start <= root.head.idx < t.end:
            root = root.head  # the word of the expression the parse hangs on the sentence
        occasion = False
        if root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.pos_ in ("NOUN", "PROPN"):
            if not _an_occasion(root.head):
                continue  # "the January 25 elections": the date of a thing named, not of the clause
            # "agreed to build X during his October visit": the occasion dates the clause it is in
            if _value(t) > ctx.anchor.isoformat()[: len(_value(t))]:
                continue  # a visit still to come dates no agreement reached at it
            tok, occasion = root.head, True
        verb = _clause_verb(tok.head if tok.head.i != tok.i else tok)
        lemma = verb.lemma_.lower()
        if lemma in speech and lemma not in _cue_lemmas():
            continue  # "said on Monday": when it was said, not when it was agreed ("insisted on
            # Monday that ...": the insisting is the raising)
        if any(_dates(verb, c) or (occasion and _goes_on_into(c, verb)) for c in cues):
            return _value(t)
        if verb.dep_ in ("acl", "relcl") and any(verb.head.i == c.i for c in cues):
            return _value(t)  # "the agreement reached on Tuesday"
    return None


#: Nouns of an occasion that a date before them dates ("his October visit", "their May summit").
_OCCASIONS = {"visit", "trip", "tour", "stay"}


def _an_occasion(noun: Token) -> bool:
    """ "during his October visit", "at their March summit": a dated visit or meeting after a
    preposition of time or place, when the clause it hangs on happened."""
    lemma = noun.lemma_.lower()
    if lemma not in _OCCASIONS and lemma not in meeting_words().nouns:
        return False
    return noun.dep_ == "pobj" and noun.head.lower_ in ("during", "at", "on", "in")


def _goes_on_into(cue: Token, verb: Token) -> bool:
    """ "agreed to build X": a verb the cue goes on into (its open clause), which is done when it is."""
    node = verb
    for _ in range(3):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
        if node.i == cue.i:
            return True
    return False


def _past_year(ctx: DocContext, value: str) -> bool:
    """ "signed a peace treaty last year": a year before the report's dates a clause to a past no
    round of the report is on."""
    return len(value) == 4 and value.isdigit() and value < ctx.anchor.isoformat()[:4]


#: Verbs whose time is their object's: "reached an agreement on Tuesday", "held talks on X on Monday".
_LIGHT = {"reach", "strike", "conclude", "clinch", "seal", "make", "achieve", "hammer", "sign", "announce"}


def _dates(verb: Token, cue: Token) -> bool:
    """Whether a time expression on ``verb`` dates ``cue``: the cue itself or a clause below it; a noun
    cue only through a verb of its making ("reached an agreement on Tuesday", not "welcomed on
    Wednesday the agreement reached ...")."""
    if verb.i == cue.i:
        return True
    if cue.pos_ in ("VERB", "AUX"):
        return verb.i == _clause_verb(cue).i or verb in cue.ancestors
    if verb.i != _clause_verb(cue).i:
        return False
    lemma = verb.lemma_.lower()
    settling = _cue_lemmas().get(lemma) in _SETTLING  # "signed on Monday an accord", not "rejected on ..."
    return lemma in _LIGHT or lemma in _HOLDING or settling or verb.pos_ == "AUX"


def _agreement_date(ctx: DocContext, sent: Span) -> str | None:
    """The date of an agreement the sentence reports ("the agreement reached on Tuesday"), if any."""
    documents = [t for t in ctx.tokens_lemma_in(sent, agenda_words().document) if t.pos_ == "NOUN"]
    return _governing_date(ctx, sent, documents) if documents else None


def _refers_back(cues: list[Token | None]) -> bool:
    """ "the agreement says ...", "under the deal": a definite agreement the report has dated before."""
    return any(
        c is not None and _is_document(c) and any(d.lower_ in ("the", "this", "that") for d in c.children)
        for c in cues
    )


def _value(t: TimeValue) -> str:
    return t.value


# --- who raised it ---------------------------------------------------------------------------------


def _talks_about(cue: Token) -> bool:
    """ "talks between A and B on X will begin": a meeting noun that is its own clause's subject."""
    return (
        cue.pos_ == "NOUN"
        and cue.lemma_.lower() in _MEETING_CUES
        and cue.dep_ in ("nsubj", "nsubjpass")
        and _clause_verb(cue).i != cue.i
    )


def _people_parties(meetings: list[MeetingMention], statements: list[Statement]) -> dict[str, str]:
    """Surname (lower case) → party, from the document's delegation heads and speakers."""
    out: dict[str, str] = {}
    for m in meetings:
        for h in m.heads:
            if h.actor.party:
                out.setdefault(h.actor.name.split()[-1].lower(), h.actor.party)
    for s in statements:
        if s.speaker.party and s.speaker.kind == "person":
            out.setdefault(s.speaker.name.split()[-1].lower(), s.speaker.party)
    return out


def _subject_of(cue: Token) -> Token | None:
    """The subject of a cue's clause, through "wanted to raise", "proposed X and rejected Y"."""
    node = cue
    if cue.pos_ == "NOUN":
        own = [
            c for c in cue.children if c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in _PARTY_ENTS
        ]
        if len(own) == 1:
            return own[0]  # "a Canadian proposal", "Iran's demand"
    for _ in range(4):
        for c in node.children:
            if c.dep_ == "poss" and c.pos_ == "PRON":
                continue  # "India reiterated its demand": whose "its" is, the clause's subject says
            if c.dep_ in ("nsubj", "agent", "poss"):
                if c.dep_ == "agent":
                    return next((g for g in c.children if g.dep_ == "pobj"), None)
                return c
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "by" and node.pos_ == "NOUN":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        if node.dep_ in ("xcomp", "conj", "advcl", "pcomp") or node.pos_ == "NOUN":
            if node.head.i == node.i:
                return None
            node = node.head
            continue
        return None
    return None


#: Verbs of asking by which a description names who raised an item ("a gesture sought by Abbas").
_SEEKING = {"seek", "demand", "request", "want", "propose", "raise", "urge", "ask"}


def _seeker(ctx: DocContext, sent: Span, people: dict[str, str]) -> str | None:
    """The party of the agent of a verb of asking that describes something in the sentence."""
    for t in sent:
        if t.dep_ not in ("acl", "relcl") or t.lemma_.lower() not in _SEEKING:
            continue
        for agent in (g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
            parties = ctx.parties_in(" ".join(w.text for w in agent.subtree))
            if len(parties) == 1:
                return parties[0]
            if agent.lower_ in people:
                return people[agent.lower_]
    return None


def _actors_of(ctx: DocContext, phrase: Token) -> list[str]:
    """The actors (movements, organisations) the report names in a phrase ("the Hamas movement"), for a
    side that is no country."""
    start = phrase.left_edge.idx
    end = phrase.right_edge.idx + len(phrase.right_edge.text)
    return ctx.actors.names_in(start, end)


#: Participles by which a description of an accepted thing names who put it forward ("accepted a
#: candidate nominated by X": X raised it).
_PUT_FORWARD = {"nominate", "propose", "suggest", "offer", "present", "submit", "table", "draft", "put"}


def _proposer(ctx: DocContext, head: Token | None, cue: Token | None) -> str | None:
    """The party that put forward an item a side accepted ("a candidate nominated by X")."""
    if head is None or cue is None or _cue_lemmas().get(cue.lemma_.lower()) not in _SETTLING:
        return None
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _PUT_FORWARD):
        for agent in (g for c in acl.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
            words = " ".join(t.text for t in agent.subtree)
            parties = ctx.parties_in(words) or _actors_of(ctx, agent)
            if len(parties) == 1:
                return parties[0]
    return None


_COMPASS = {"north", "south", "east", "west"}
#: Pronouns that stand for the subject of the clause a report hangs them on ("India said it ...").
_THIRD_PERSON = {"it", "they", "he", "she"}


def _elliptic_party(ctx: DocContext, subject: Token) -> list[str]:
    """ "the North put forth X": a compass point standing for the one party of the report named by it
    ("North Korea", "South Sudan"); looked for only when a subject is such a word."""
    if subject.lower_ not in _COMPASS or not any(c.lower_ == "the" for c in subject.children):
        return []
    named = [p for p in ctx.parties_in(ctx.document.text) if p.lower().split()[0] == subject.lower_]
    return named if len(named) == 1 else []


#: Pronouns of a person, who is the one the sentence before had speak or act.
_PERSONAL = {"he", "she"}


def _previous_subject(ctx: DocContext, sent: Span) -> Token | None:
    """The subject of the sentence before ``sent`` when it names someone (not a pronoun itself)."""
    index = ctx.sentence_index(sent.start_char)
    if index == 0:
        return None
    subject = _subject_of(ctx.sents[index - 1].root)
    return subject if subject is not None and subject.pos_ != "PRON" else None


def _raiser(
    ctx: DocContext,
    cue: Token | None,
    sent: Span,
    statements: list[Statement],
    people: dict[str, str],
) -> str | None:
    """The party behind the subject of the cue's clause; for a declaration, the speaker's party.

    What talks are to be about ("talks between A and B on X will begin", someone of A said) was
    raised by no one: the talks are the clause's subject, and who announces them only tells of them.
    """
    if cue is not None and _talks_about(cue):
        return None
    settling = _cue_lemmas().get(cue.lemma_.lower()) in _SETTLING if cue is not None else False
    if cue is not None and settling and _negated(cue) and not _refused(_clause_verb(cue)):
        # "Israel did not agree to release prisoners, a gesture sought by Abbas": who refuses does not
        # raise it; who sought it does
        return _seeker(ctx, sent, people)
    if cue is not None:
        # "the EU insists that Iran implement X": who asks raises X, not who is asked
        # "the rebels said sanctions must be lifted": who demands raises it, not the subject of the demand
        asker = _requested(cue) or _demanded(cue)
        subject = _subject_of(_clause_verb(cue).head) if asker else _subject_of(cue)
        if subject is not None and subject.lower_ in ("we", "i"):
            subject = None  # "we proposed ...," Kim said: the speaker's side, found below
        elif subject is not None and subject.lower_ in _THIRD_PERSON and subject.head.dep_ == "ccomp":
            # "India said it would not discuss X until ...": "it" is who said so
            subject = _subject_of(subject.head.head) or subject
        elif subject is not None and subject.lower_ in _THIRD_PERSON and subject.head.i != sent.root.i:
            # "the rebels indicated before the talks that they will not negotiate until X": the parser
            # hangs the "that" clause elsewhere, but "they" is still the subject of the sentence
            main = _subject_of(sent.root)
            subject = main if main is not None and main.pos_ != "PRON" else subject
        elif subject is not None and subject.lower_ in _PERSONAL and subject.head.i == sent.root.i:
            # "The Japanese prime minister suggested X. He also recommended Y": the person of the
            # sentence before
            subject = _previous_subject(ctx, sent) or subject
        if subject is not None:
            words = " ".join(t.text for t in subject.subtree)
            parties = ctx.parties_in(words) or _elliptic_party(ctx, subject) or _actors_of(ctx, subject)
            if len(parties) == 1:
                return parties[0]
            if not parties:
                for t in subject.subtree:
                    if t.pos_ == "PROPN" and t.lower_ in people:
                        return people[t.lower_]
                amod = [ctx.party_of(t.text) for t in cue.children if t.dep_ in ("amod", "compound")]
                amod = [p for p in amod if p]
                if len(amod) == 1:
                    return amod[0]
            return None
        amod = [ctx.party_of(t.text) for t in cue.children if t.dep_ in ("amod", "compound", "poss")]
        amod = [p for p in amod if p]
        if len(amod) == 1:
            return amod[0]  # "the Iranian proposal"
    index = ctx.sentence_index(sent.start_char)
    for st in statements:
        ev = st.evidence
        in_it = ev.start <= sent.start_char < ev.end + 1 or ev.sentence_index == index
        if in_it and st.speaker.party:
            return str(st.speaker.party)
    return None


__all__ = ["find_issues", "slug"]
