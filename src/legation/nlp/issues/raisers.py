"""Who raised, proposed or rejected an item: the party behind the subject of the cue's clause (through
pronouns, a compass point standing for a party, the sentence before), who proposed a thing a side
accepted, who sought a thing a side refused, else the speaker of the sentence's statement."""

from __future__ import annotations

from legation.model import MeetingMention, Statement
from legation.nlp.context import DocContext, Span, Token
from legation.nlp.issues.grammar import (
    HOLDING,
    MEETING_CUES,
    SETTLING,
    actors_of,
    clause_verb,
    cue_lemmas,
    demanded,
    is_negated,
    requested,
    subject_of,
    under_refusal,
)

#: Statuses that a side takes on its own: the subject of the clause is who raised the item.
_RAISING = {"raised", "proposed", "rejected", "excluded"}


def _talks_about(cue: Token) -> bool:
    """ "talks between A and B on X will begin": a meeting noun that is its own clause's subject; "A is
    to hold talks with B over X": talks one side holds with another, whose topic is both sides'."""
    if cue.pos_ != "NOUN" or cue.lemma_.lower() not in MEETING_CUES:
        return False
    if cue.dep_ in ("nsubj", "nsubjpass"):
        return bool(clause_verb(cue).i != cue.i)
    held = cue.dep_ == "dobj" and cue.head.lemma_.lower() in HOLDING
    return held and any(c.dep_ == "prep" and c.lower_ == "with" for h in (cue, cue.head) for c in h.children)


def people_parties(meetings: list[MeetingMention], statements: list[Statement]) -> dict[str, str]:
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


#: Participles by which a description of an accepted thing names who put it forward ("accepted a
#: candidate nominated by X": X raised it).
_PUT_FORWARD = {"nominate", "propose", "suggest", "offer", "present", "submit", "table", "draft", "put"}


def proposer(ctx: DocContext, head: Token | None, cue: Token | None) -> str | None:
    """The party that put forward an item a side accepted ("a candidate nominated by X")."""
    if head is None or cue is None or cue_lemmas().get(cue.lemma_.lower()) not in SETTLING:
        return None
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _PUT_FORWARD):
        for agent in (g for c in acl.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
            words = " ".join(t.text for t in agent.subtree)
            parties = ctx.parties_in(words) or actors_of(ctx, agent)
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
    subject = subject_of(ctx.sents[index - 1].root)
    return subject if subject is not None and subject.pos_ != "PRON" else None


#: Clauses and phrases that describe a subject, whose words name others than the subject.
_DESCRIBING = {"relcl", "acl", "appos"}


def _own_words(subject: Token) -> list[Token]:
    """A subject's words but those of the clauses describing it: "Belarus, which lies between Russia
    and Poland" is Belarus."""
    inside = {t.i for c in subject.children if c.dep_ in _DESCRIBING for t in c.subtree}
    return [t for t in subject.subtree if t.i not in inside]


def _own_actors(ctx: DocContext, subject: Token) -> list[str]:
    """The actors named in a subject's own words, not in a clause describing it: "Doe, who held talks
    with Roe on Tuesday, raised X" is Doe's side only (:func:`actors_of` reads the whole phrase)."""
    inside = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    if not inside:  # an apposition ("Doe, Ruritania's envoy, ...") still says whose Doe is
        return actors_of(ctx, subject)
    doc = subject.doc
    first = last = subject.i
    while first > subject.left_edge.i and first - 1 not in inside:
        first -= 1
    while last < subject.right_edge.i and last + 1 not in inside:
        last += 1
    return ctx.actors.names_in(doc[first].idx, doc[last].idx + len(doc[last].text))


def raiser_of(
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
    settling = cue_lemmas().get(cue.lemma_.lower()) in SETTLING if cue is not None else False
    if cue is not None and settling and is_negated(cue) and not under_refusal(clause_verb(cue)):
        # "Israel did not agree to release prisoners, a gesture sought by Abbas": who refuses does not
        # raise it; who sought it does
        return _seeker(ctx, sent, people)
    if cue is not None:
        # "the EU insists that Iran implement X": who asks raises X, not who is asked
        # "the rebels said sanctions must be lifted": who demands raises it, not the subject of the demand
        asker = requested(cue) or demanded(cue)
        subject = subject_of(clause_verb(cue).head) if asker else subject_of(cue)
        if subject is not None and subject.lower_ in ("we", "i"):
            subject = None  # "we proposed ...," Kim said: the speaker's side, found below
        elif subject is not None and subject.lower_ in _THIRD_PERSON and subject.head.dep_ == "ccomp":
            # "India said it would not discuss X until ...": "it" is who said so
            subject = subject_of(subject.head.head) or subject
        elif subject is not None and subject.lower_ in _THIRD_PERSON and subject.head.i != sent.root.i:
            # "the rebels indicated before the talks that they will not negotiate until X": the parser
            # hangs the "that" clause elsewhere, but "they" is still the subject of the sentence
            main = subject_of(sent.root)
            subject = main if main is not None and main.pos_ != "PRON" else subject
        elif subject is not None and subject.lower_ in _PERSONAL and subject.head.i == sent.root.i:
            # "The Japanese prime minister suggested X. He also recommended Y": the person of the
            # sentence before
            subject = _previous_subject(ctx, sent) or subject
        if subject is not None:
            words = " ".join(t.text for t in _own_words(subject))
            parties = ctx.parties_in(words) or _elliptic_party(ctx, subject) or _own_actors(ctx, subject)
            if len(parties) == 1:
                return parties[0]
            if not parties:
                for t in _own_words(subject):
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
