"""The round a sentence speaks of: a meeting it reports, a planned meeting it announces, the ordinal
("at the first round") or the date of the time expression governing its cues, else the document's focal
meeting; and the dates of agreements a report refers back to."""

from __future__ import annotations

import re

from legation.model import MeetingMention, TimeValue
from legation.nlp.context import DocContext, Span, Token, subtree_of
from legation.nlp.issues.grammar import (
    DRAFTS,
    HOLDING,
    LIGHT,
    MEETING_CUES,
    OCCASIONS,
    PARTY_ENTS,
    SETTLING,
    Cue,
    a_draft,
    actors_of,
    clause_verb,
    cue_lemmas,
    holding_verb,
    is_document,
    is_hedged,
    subject_of,
)
from legation.nlp.lexicons import agenda_words, meeting_words, speech_cues
from legation.nlp.meetings import focal_meeting
from legation.nlp.meetings.sentence import meeting_level
from legation.nlp.ordinals import ordinal_value

#: "the fifth round", "the twenty-first session", "the 67th round": a word before a round noun, read by
#: :func:`~legation.nlp.ordinals.ordinal_value` (which says None for "next" or "new").
_ORDINAL_ROUND = re.compile(
    r"\b([a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))\s+(?:round|session)\b", re.IGNORECASE
)

_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def planned_meeting(ctx: DocContext, sent: Span, meetings: list[MeetingMention]) -> str | None:
    """The planned meeting a sentence is about, when it reports no held one."""
    index = ctx.sentence_index(sent.start_char)
    here = [m for m in meetings if any(e.sentence_index == index for e in m.evidence)]
    if not here or any(not m.planned for m in here):
        return None
    return here[0].key


def announced_meeting(
    ctx: DocContext, sent: Span, meetings: list[MeetingMention], cues: list[Cue]
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
    if not any(is_hedged(c.token) for c in cues) or any(_told_as_done(c.token) for c in cues):
        return None
    if governing_date(ctx, sent, [c.token for c in cues]) is not None:
        return None  # "on Friday they restated that no X is possible": a day of its own, not the meeting's
    meeting = _of_the_level_named(sent, told) or max(
        told, key=lambda m: min(e.sentence_index for e in m.evidence)
    )
    if any(_another_body(ctx, c.token, meeting) for c in cues):
        return None  # "the ruling party will seek to discuss X": what a body outside the meeting wants
    return meeting.key


def _of_the_level_named(sent: Span, told: list[MeetingMention]) -> MeetingMention | None:
    """ "The ministerial meeting will give priority to X", in a report that announced the ministers'
    meeting and then the leaders': the planned meeting of the level the sentence's meeting noun names
    (the last told of that level), not merely the last one told."""
    words = meeting_words()
    nouns = [t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in words.nouns]
    level = meeting_level(nouns, words.levels) if nouns else None
    same = [m for m in told if level is not None and m.level == level]
    return max(same, key=lambda m: min(e.sentence_index for e in m.evidence)) if same else None


def _another_body(ctx: DocContext, cue: Token, meeting: MeetingMention) -> bool:
    """Whether the subject of a cue's clause is a named country or body that is none of the meeting's
    sides (a party at home, another government)."""
    subject = subject_of(cue)
    if subject is None or not meeting.parties or subject.ent_type_ not in PARTY_ENTS:
        return False
    named = {ctx.party_of(subject.text), *actors_of(ctx, subject)} - {None}
    return not named & set(meeting.parties)


def _told_as_done(cue: Token) -> bool:
    """Whether a cue's clause is told in the past ("they discussed X", "X has been agreed", "X was
    raised"): a thing done, not one still to come."""
    verb = clause_verb(cue)
    if verb.tag_ == "VBD":
        return True
    done = {"has", "have", "had", "was", "were"}
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in done for c in verb.children
    )


def planned_scope(
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
    verb = clause_verb(tok)
    talks = verb.head
    if verb.dep_ in ("relcl", "acl") and talks.dep_ in ("nsubj", "nsubjpass") and _names_a_meeting(talks):
        # "the talks, which will take place on May 20, will cover X": the date describes the talks,
        # and the clause they are the subject of tells what they will do (not so "a call about the
        # summit scheduled for May 20": the summit is not what the call's clause is about)
        verb = clause_verb(talks)
    return set(subtree_of(verb)) if verb.pos_ in ("VERB", "AUX") else None


def _names_a_meeting(noun: Token) -> bool:
    """A noun that names talks or a meeting ("the discussions", "the summit")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in MEETING_CUES or lemma in meeting_words().nouns)


def told_before(cue: Token, scope: set[int]) -> bool:
    """Whether a cue outside the planned meeting's clause tells what was done before it: a clause in
    the simple past governs it ("cancelled a news conference after failing to agree on X, but agreed to
    meet again on May 20"), not an infinitive the parser hung elsewhere ("prepare talks scheduled for
    May 12 to discuss X")."""
    node = clause_verb(cue)
    for _ in range(8):
        if node.i in scope:
            return False
        if node.tag_ == "VBD":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def round_of(
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
    date = governing_date(ctx, sent, [c for c in cues if c is not None])
    for m in meetings:
        if not m.planned and any(e.sentence_index == index for e in m.evidence):
            if date is None or m.date is None or _same_time(m.date.value, date):
                return m.key, None, None
            # "met on Wednesday ... satisfied with the agreement reached on Tuesday": the cue's own date
            return round_on(ctx, meetings, date)
    text = ctx.text_of(sent)
    numbered = _ORDINAL_ROUND.finditer(text) if ctx.may_match(_ORDINAL_ROUND, sent) else ()
    ordinals = {ordinal_value(m.group(1)) for m in numbered}
    ordinals.discard(None)
    if len(ordinals) == 1:
        ordinal = ordinals.pop()
        for m in meetings:
            if m.ordinal == ordinal and not m.planned:
                return m.key, None, None
        return None, ordinal, None
    if date is not None:
        return round_on(ctx, meetings, date)
    focal = newest_held(ctx, meetings)
    when = next((m.date.value for m in meetings if m.key == focal and m.date is not None), None)
    if lead is not None and when is not None and when[:10] < lead[:10]:
        return None, None, lead
    if focal is None and lead is not None:
        # a report of no meeting whose lead dated what a side said ("on Friday the rebels restated X")
        # goes on about that day: "Y rejected any suggestion that Z" was said then too
        return None, None, lead
    return focal, None, None


def newest_held(ctx: DocContext, meetings: list[MeetingMention]) -> str | None:
    """The held meeting an undated sentence of a report speaks of: the focal (first told) one, unless the
    report also tells of a later held meeting, up to its own day ("X met Y on 16 April ... The
    deal was finally struck on Tuesday"). A report recaps older meetings and is about its newest one,
    which is what its undated lines ("Ruritania will buy Z") go on about, not the first meeting it recalls. A
    later meeting of other sides only (another pair met the day before) is not."""
    focal = focal_meeting(meetings)
    first = next((m for m in meetings if m.key == focal), None)
    if first is None or first.date is None or len(first.date.value) < 10:
        return focal
    today = ctx.anchor.isoformat()
    later = [
        m
        for m in meetings
        if not m.planned
        and m.date is not None
        and len(m.date.value) >= 10
        and first.date.value[:10] < m.date.value[:10] <= today
        and not (m.parties and first.parties and not set(m.parties) & set(first.parties))
    ]
    return max(later, key=lambda m: m.date.value[:10] if m.date else "").key if later else focal


def round_on(
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


def _same_time(day: str, value: str) -> bool:
    """Whether a meeting on ``day`` falls within a time value (a day within one day, or a month)."""
    import datetime as dt

    if len(value) == 10 and len(day) >= 10:
        try:
            return abs((dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat(value)).days) <= 1
        except ValueError:
            return False
    return day.startswith(value)


def governing_date(ctx: DocContext, sent: Span, cues: list[Token]) -> str | None:
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
        if root.dep_ == "pobj" and root.head.lower_ in _DEADLINES:
            continue  # "gave Iran until August 31", "must sign by June": a deadline, not when it was done
        if root.dep_ in ("compound", "nmod", "amod", "nummod") and root.head.pos_ in ("NOUN", "PROPN"):
            if not _an_occasion(root.head):
                continue  # "the January 25 elections": the date of a thing named, not of the clause
            # "agreed to build X during his October visit": the occasion dates the clause it is in
            if _value(t) > ctx.anchor.isoformat()[: len(_value(t))]:
                continue  # a visit still to come dates no agreement reached at it
            tok, occasion = root.head, True
        verb = clause_verb(tok.head if tok.head.i != tok.i else tok)
        lemma = verb.lemma_.lower()
        if lemma in speech and lemma not in cue_lemmas() and not _an_earlier_month(ctx, _value(t)):
            continue  # "said on Monday": when it was said, not when it was agreed ("insisted on
            # Monday that ...": the insisting is the raising)
        if any(_dates(verb, c) or (occasion and _goes_on_into(c, verb)) for c in cues):
            return _value(t)
        if verb.dep_ in ("acl", "relcl") and any(verb.head.i == c.i for c in cues):
            return _value(t)  # "the agreement reached on Tuesday"
    return None


#: Prepositions of a time by which a thing is to be done.
_DEADLINES = {"until", "till", "by"}


def _an_occasion(noun: Token) -> bool:
    """ "during his October visit", "at their March summit": a dated visit or meeting after a
    preposition of time or place, when the clause it hangs on happened."""
    lemma = noun.lemma_.lower()
    nouns = meeting_words().nouns  # plural-only words listed as written ("talks", lemma "talk")
    if lemma not in OCCASIONS and lemma not in nouns and noun.lower_ not in nouns:
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


def _an_earlier_month(ctx: DocContext, value: str) -> bool:
    """ "had issued a joint statement in March pledging X", "said last year it would X", in a report of
    May: a month or a year before the report's dates what was said then, and what it settled or put
    forward with it, to that time, not to the meeting the report is about. A day ("said on Monday")
    is most often only when a side spoke of the meeting."""
    return len(value) in (4, 7) and value < ctx.anchor.isoformat()[: len(value)]


def _past_year(ctx: DocContext, value: str) -> bool:
    """ "signed a peace treaty last year": a year before the report's dates a clause to a past no
    round of the report is on."""
    return len(value) == 4 and value.isdigit() and value < ctx.anchor.isoformat()[:4]


def _dates(verb: Token, cue: Token) -> bool:
    """Whether a time expression on ``verb`` dates ``cue``: the cue itself or a clause below it; a noun
    cue only through a verb of its making ("reached an agreement on Tuesday", not "welcomed on
    Wednesday the agreement reached ...")."""
    if verb.i == cue.i:
        return True
    if cue.pos_ in ("VERB", "AUX"):
        return verb.i == clause_verb(cue).i or verb in cue.ancestors
    holder = holding_verb(cue) if cue.lemma_.lower() in MEETING_CUES else None
    if holder is not None and verb.i == holder.i:
        return True  # "would sit down for talks on X in May": the talks are held when the sitting is
    if verb.i != clause_verb(cue).i:
        return False
    lemma = verb.lemma_.lower()
    settling = cue_lemmas().get(lemma) in SETTLING  # "signed on Monday an accord", not "rejected on ..."
    return lemma in LIGHT or lemma in HOLDING or settling or verb.pos_ == "AUX"


def agreement_date(ctx: DocContext, sent: Span) -> str | None:
    """The date of an agreement the sentence reports ("the agreement reached on Tuesday"), if any."""
    documents = [t for t in ctx.tokens_lemma_in(sent, agenda_words().document) if t.pos_ == "NOUN"]
    return governing_date(ctx, sent, documents) if documents else None


def refers_back(cues: list[Token | None]) -> bool:
    """ "the agreement says ...", "under the deal": a definite agreement the report has dated before;
    not a draft ("the revised draft would mandate X"), a text still on the table, not one reached."""
    return any(
        c is not None
        and is_document(c)
        and c.lemma_.lower() not in DRAFTS
        and not a_draft(c)
        and any(d.lower_ in ("the", "this", "that") for d in c.children)
        for c in cues
    )


def _value(t: TimeValue) -> str:
    return t.value
