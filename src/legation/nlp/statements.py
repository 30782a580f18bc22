"""Attributed statements: who said what, with which verb, and when.

A statement is a speech-cue verb (``data/speech_cues.yaml``) with a subject. The subject is turned
into an :class:`Actor`: a named person (with the role and party in the words around the name), or an
organisation. Pronouns ("it said"), bare heads ("the ministry said") and document nouns ("the
statement concluded") are resolved to the most recent speaker they can stand for, so that one
speaker is one actor however the article refers to it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from legation.model import Actor, Statement, TimeValue
from legation.nlp.context import DocContext, Span, Token
from legation.nlp.lexicons import speech_cues
from legation.nlp.people import fuller_mention, propn_chain, title_before

_PRONOUNS = {"it", "he", "she", "they", "we", "i"}
_DOCUMENT_NOUNS = {
    "statement",
    "release",
    "report",
    "communique",
    "communiqué",
    "readout",
    "note",
    "document",
}
_GENERIC_SPEAKERS = {
    "officials",
    "sources",
    "diplomats",
    "people",
    "analysts",
    "experts",
    "observers",
    "reports",
}
_CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_DROP_LEADING = {"det", "poss", "case", "punct", "predet"}
_NOT_PEOPLE = {"ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW"}


@dataclass
class _Speakers:
    """Speakers seen so far in the document, most recent last, for resolving later references."""

    actors: list[Actor]

    def resolve(self, words: str, person: bool | None) -> Actor | None:
        """The latest speaker that ``words`` can stand for: same head noun, or a name that contains it."""
        low = words.lower()
        head = low.split()[-1] if low else ""
        for actor in reversed(self.actors):
            if person is not None and (actor.kind == "person") != person:
                continue
            if not low:
                return actor
            name = actor.name.lower()
            if f" {low} " in f" {name} " or head in _head_words(name):
                return actor
            if actor.role and low in actor.role.lower():
                return actor
        return None

    def remember(self, actor: Actor) -> None:
        self.actors = [a for a in self.actors if a != actor] + [actor]


def _head_words(name: str) -> set[str]:
    """The nouns a full name can be called by later: "Foreign Ministry of X" → {"ministry"}."""
    before_of = name.split(" of ")[0].split(" in ")[0].split()
    return {before_of[-1]} if before_of else set()


def find_statements(ctx: DocContext) -> list[Statement]:
    cues = speech_cues()
    speakers = _Speakers([])
    statements: list[Statement] = []
    for sent in ctx.doc.sents:
        for tok in sent:
            source = _according_to(tok)
            if source is not None:
                actor = _actor_for(ctx, source, speakers)
                if actor is not None:
                    speakers.remember(actor)
                    statements.append(
                        Statement(
                            actor, "according to", ctx.text_of(sent).strip(), False, ctx.span_evidence(sent),
                            _statement_date(ctx, tok),
                        )
                    )  # fmt: skip
                continue
            if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in cues.lemmas:
                continue
            subject = _subject_of(tok)
            if subject is None or subject.lower_ in ("that", "which", "who"):
                continue
            content = _content(tok)
            if tok.lemma_.lower() in cues.needs_clause and content is None:
                continue
            actor = _actor_for(ctx, subject, speakers)
            if actor is None:
                continue
            speakers.remember(actor)
            text, quoted = content if content is not None else (sent.text.strip(), False)
            statements.append(
                Statement(
                    speaker=actor,
                    cue=tok.lemma_.lower(),
                    text=text,
                    quoted=quoted,
                    evidence=ctx.span_evidence(sent),
                    date=_statement_date(ctx, tok),
                )
            )
    return _complete_names(statements)


def _complete_names(statements: list[Statement]) -> list[Statement]:
    """Name a speaker first called by a bare head ("the Ministry said") by the full name used later."""
    full = [
        s.speaker for s in statements if s.speaker.kind == "organisation" and len(s.speaker.name.split()) > 1
    ]
    out = []
    for st in statements:
        sp = st.speaker
        if sp.kind == "organisation" and len(sp.name.split()) == 1:
            match = next((a for a in full if sp.name.lower() in _head_words(a.name.lower())), None)
            if match is not None:
                st = replace(st, speaker=match)
        out.append(st)
    return out


def _according_to(tok: Token) -> Token | None:
    """The source of "according to X" (the only common attribution without a verb)."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        to = tok.doc[tok.i + 1]
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
    # "..., adding that ...": a participle shares the subject of the verb it hangs from.
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ in ("VBG", "VB"):
        return _subject_of(verb.head) if verb.head.i != verb.i else None
    return None


def _content(verb: Token) -> tuple[str, bool] | None:
    """The reported clause or the quotation a speech verb governs, if any."""
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS:
            words = list(child.subtree)
            text = _strip_quotes(str(verb.doc[words[0].i : words[-1].i + 1].text))
            quoted = any(t.text in "“”\"‘’'" for t in verb.sent if t.i < verb.i) or _is_quoted(words)
            return text, quoted
    return None


def _is_quoted(tokens: list[Token]) -> bool:
    return any(t.text in '“”"' for t in tokens)


def _strip_quotes(text: str) -> str:
    return text.strip().strip("“”\"‘’' ,").strip()


def _statement_date(ctx: DocContext, verb: Token) -> TimeValue | None:
    """The date a speech verb carries ("said Tuesday", "on Friday ... said"); else the report's own date."""
    for t in ctx.times_in(verb.sent.start_char, verb.sent.end_char):
        if t.type != "DATE" or len(t.value) != 10:
            continue
        head = _token_at(verb, t.start)
        if head is not None and _attached_to(head, verb):
            return t
    # No date of its own: a statement reported in an article is dated by the article (zero-width).
    return TimeValue("", "DATE", ctx.anchor.isoformat(), verb.idx, verb.idx)


def _token_at(verb: Token, char: int) -> Token | None:
    for t in verb.sent:
        if t.idx <= char < t.idx + len(t.text) + 1:
            return t
    return None


def _attached_to(tok: Token, verb: Token) -> bool:
    """True when ``tok`` hangs from ``verb`` through modifiers only (not through another clause)."""
    steps = 0
    while tok.i != verb.i and tok.head.i != tok.i and steps < 4:
        if tok.dep_ in ("ccomp", "xcomp", "relcl", "advcl", "conj") and tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
        steps += 1
    return bool(tok.i == verb.i)


def _actor_for(ctx: DocContext, subject: Token, speakers: _Speakers) -> Actor | None:
    lower = subject.lower_
    if lower in _PRONOUNS:
        return speakers.resolve("", person=None if lower == "they" else lower in ("he", "she", "i"))
    if subject.lemma_.lower() in _DOCUMENT_NOUNS and not any(c.dep_ == "compound" for c in subject.children):
        return speakers.resolve("", person=False)
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "X and Y said": a joint statement, no one speaker
    person = _person_in(subject)
    phrase = _noun_phrase(subject)
    if person is not None:
        return _person_actor(ctx, subject, person, speakers)
    if not phrase:
        return None
    words = phrase.split()
    if len(words) == 1 and lower in _GENERIC_SPEAKERS:
        return None
    if subject.pos_ == "PROPN" and len(words) == 1 and ctx.gazetteer.country(phrase) is not None:
        return Actor(ctx.gazetteer.country(phrase) or phrase, "country", party=ctx.gazetteer.country(phrase))
    if len(words) <= 2 and not any(t.pos_ == "PROPN" for t in subject.subtree if t.dep_ != "det"):
        # "the ministry", "the consulate": the nearest earlier speaker with that head.
        earlier = speakers.resolve(phrase, person=False)
        if earlier is not None:
            return earlier
    elif len(words) <= 3:
        earlier = speakers.resolve(phrase, person=False)
        if earlier is not None and earlier.name.lower().endswith(phrase.lower()):
            return earlier
    party = ctx.party_of(phrase)
    if party is None and phrase[:1].islower() and not any(t.pos_ == "PROPN" for t in subject.subtree):
        return None  # "the foreign minister said", unnamed and unresolved: no speaker to record
    return Actor(phrase, "organisation", party=party)


def _noun_phrase(head: Token) -> str:
    """The words of a subject noun phrase, without leading determiners and trailing clauses."""
    tokens = [t for t in head.subtree if t.dep_ not in ("relcl", "acl", "appos") or t.i == head.i]
    keep = []
    for t in tokens:
        inside_clause = any(
            a.dep_ in ("relcl", "acl", "appos") and a.i != head.i and a in head.subtree for a in t.ancestors
        )
        if inside_clause and t.i > head.i:
            continue
        keep.append(t)
    while keep and (keep[0].dep_ in _DROP_LEADING or keep[0].is_punct):
        keep.pop(0)
    while keep and keep[-1].is_punct:
        keep.pop()
    if not keep:
        return ""
    doc = head.doc
    return str(doc[keep[0].i : keep[-1].i + 1].text).strip(' ,“”"')


def _person_in(subject: Token) -> Span | None:
    """A PERSON entity that is the subject, part of its compound chain, or its apposition."""
    doc = subject.doc
    candidates = [subject] + [c for c in subject.children if c.dep_ == "appos"]
    for cand in candidates:
        covering = next((ent for ent in doc.ents if ent.start <= cand.i < ent.end), None)
        if covering is not None and covering.label_ == "PERSON":
            return covering
        if covering is not None and covering.label_ in _NOT_PEOPLE:
            continue
        if cand.pos_ == "PROPN" and (cand.dep_ == "appos" or cand.i == subject.i):
            names = [t for t in cand.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            chain = propn_chain(cand)
            if len(chain) >= 2 and names:
                return chain
    return None


def _person_actor(ctx: DocContext, subject: Token, person: Span, speakers: _Speakers) -> Actor:
    name = str(person.text).strip()
    start, end = person.start, person.end
    # Role: the subject's words around the name, minus the name and a leading possessive country.
    role_tokens = [
        t
        for t in subject.subtree
        if not (start <= t.i < end) and t.dep_ not in ("det", "punct", "relcl", "acl")
    ]
    role_tokens = [
        t
        for t in role_tokens
        if not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a in subject.subtree)
    ]
    role_words = [t for t in role_tokens if t.dep_ != "case"]
    party = None
    role_kept = []
    for t in role_words:
        country = ctx.gazetteer.country(t.text)
        if country is not None and (t.dep_ in ("poss", "compound", "amod", "nmod") or t.i == role_words[0].i):
            party = party or country
            continue
        role_kept.append(t.text)
    role = " ".join(role_kept).strip(" ,") or None
    if len(name.split()) == 1:
        earlier = speakers.resolve(name, person=True)
        if earlier is not None:
            return earlier
        full = fuller_mention(ctx, person)
        if full is not None:
            described = _person_actor(ctx, full.root, full, speakers)
            return Actor(
                described.name, "person", role=role or described.role, party=party or described.party
            )
    if party is None and role:
        party = ctx.party_of(role)
    if party is None or role is None:
        # "Jane Doe said": her title and country are where the report first introduced her.
        for ent in ctx.doc.ents:
            if ent.label_ == "PERSON" and ent.text == name and ent.start != start:
                title = title_before(ent)
                if title is not None:
                    role, party = role or title[0], party or title[1]
                    if party is not None:
                        break
    return Actor(name, "person", role=role, party=party)
