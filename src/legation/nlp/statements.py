"""Attributed statements: who said what, with which cue, and when, as spans of the document.

An attribution has a **cue** (a reporting verb or noun from ``data/speech_cues.yaml``, or "according
to"), a **source** (the words naming who: "the ministry", "he", "officials") and a **content** (the
reported clause or the quotation). Which cue words count, and in which frame (with a clause, with an
infinitive, with only a subject, bare), is in the data file: mined from PolNeAR's train split by
``bench/mine_speech_cues.py`` and checked by hand. Two rules hold for every cue:

* a cue inside another attribution's content (inside a quotation, or inside the clause a reporting verb
  governs) is part of that content, not an attribution of its own ("'I think we can win,' she said");
* a quotation that runs on over several sentences is one content, and quotation marks are kept only
  around what the source was quoted as saying (``Statement.text``).

The source is turned into an :class:`Actor`: a named person (with the role and party in the words around
the name), an organisation, or a generic group ("officials", ``Statement.generic``). Pronouns resolve
to the latest person named before them whose gender and number fit, preferring a sentence's subject;
role nouns ("the minister") to the latest person given that title; bare heads ("the ministry") and
document nouns ("the statement") to the latest organisation that can be called so.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from legation.lexicon import word_list
from legation.model import Actor, Statement, TimeValue
from legation.nlp.actors import actor_words, spelt_acronyms
from legation.nlp.context import (
    DocContext,
    Span,
    Token,
    ancestor_indexes,
    children_of,
    doc_text,
    has_child,
    parse_tables,
    sentence_range,
    subtree_of,
)
from legation.nlp.lexicons import SpeechCues, given_names, meeting_words, speech_cues
from legation.nlp.people import capital_spoken_in, fuller_mention, name_span, propn_chain, title_before
from legation.time.values import is_day

Gender = Literal["m", "f"]

_DOCUMENT_NOUNS = {"statement", "release", "report", "communique", "communiqué", "readout", "document"}
_CLAUSE_DEPS = {"ccomp", "parataxis"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_DROP_LEADING = {"det", "poss", "case", "punct", "predet", "preconj"}
_NOT_PEOPLE = {"ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
_RELATIVE = {"who", "that", "which", "whom"}
#: Entity labels of the place or body a title names ("spokesman in Kabul", "envoy to the UN").
_PLACES_AND_BODIES = {"GPE", "LOC", "FAC", "ORG", "NORP"}
#: Endings of singular nouns that name a person ("the minister", "the spokeswoman", "the president").
_PERSON_ENDINGS = ("er", "or", "ist", "man", "woman", "person", "ent", "ant", "ate", "chief", "aide", "envoy",
                   "official", "secretary", "adviser", "expert")  # fmt: skip
_NEGATION = {"not", "n't", "never", "no"}
#: Quotations: a pair of curly or straight double quotes within one paragraph (a curly opening mark
#: closed by a straight one or the other way round, as copy edited in several hands has it, or closed
#: by a second opening mark right after the quotation's last comma or stop: “No,“ he said); wire
#: copy's ``...'' first, so that the closing marks of two such quotations are never taken for a pair of
#: their own.
_QUOTATION = re.compile(
    r"``(?:(?!``)[^\n])*?''|“[^“”\n]*”|“[^“”\"\n]*\"|“[^“”\"\n]*?[,.?!]“|\"[^\"“”\n]*”|\"[^\"\n]*\""
    r"|''(?:(?!'')[^\n])*''"
)
_QUOTE_MARKS = "“”\"‘’'`"
_POSSESSIVE_END = re.compile(r"\s*['’]s?$")


@dataclass(frozen=True, slots=True)
class _Mention:
    """A person named in the text, for resolving later pronouns and role nouns."""

    actor: Actor
    sentence: int
    char: int
    subject: bool
    #: The subject of the sentence's main clause ("X said Y had sent a proposal": X, not Y), whom a
    #: pronoun of the next sentence stands for before any other subject.
    main: bool = False


@dataclass
class _Speakers:
    """Speakers and people seen so far in the document, most recent last."""

    actors: list[Actor] = field(default_factory=list)
    people: list[_Mention] = field(default_factory=list)
    genders: dict[str, Gender] = field(default_factory=dict)
    #: The unnamed speakers met ("an official"): a pronoun standing for one of them names no one.
    unnamed: list[Actor] = field(default_factory=list)
    #: Whether a word names a place (a country, a city): no one's given name stands for it.
    place: Callable[[str], bool] = field(default=lambda _word: False)
    #: The latest group that spoke ("the two leaders", "officials") and the sentence it spoke in: the
    #: "they" of the next sentences.
    group: tuple[Actor, int] | None = None
    #: The latest unnamed person who spoke under a title ("a Kremlin spokesman said Thursday"), with the
    #: sentence and the day of it: whom a bare title and a name in the next sentence introduce.
    untitled: tuple[Actor, int, TimeValue | None] | None = None

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
            if actor.role and f" {head} " in f" {actor.role.lower()} ":
                return actor
        return None

    def pronoun(self, gender: Gender | None, before: int, sentence: int) -> Actor | None:
        """The person a "he"/"she" stands for: the nearest sentence naming someone of that gender,
        the subject of its main clause if that fits, else its last subject, else its last such person
        ("X said Y had sent a proposal. She said": X, whatever Y did in what X said)."""
        fitting = [
            m
            for m in self.people
            if m.char < before and sentence - m.sentence <= 3 and self._fits(m.actor.name, gender)
        ]
        if not fitting:
            return None
        nearest = max(m.sentence for m in fitting)
        same = [m for m in fitting if m.sentence == nearest]
        chosen = next((m for m in reversed(same) if m.main), None)
        chosen = chosen or next((m for m in reversed(same) if m.subject), same[-1])
        return chosen.actor

    def role_noun(self, noun: str, before: int, party: str | None = None) -> Actor | None:
        """The latest person given the title ``noun`` ("the minister" → "Foreign Minister X"), of the
        country ``party`` when the title names one ("the Iraqi ambassador" is no other country's)."""
        for m in reversed(self.people):
            role = (m.actor.role or "").lower()
            if party is not None and m.actor.party != party:
                continue
            if m.char < before and f" {noun} " in f" {role} ":
                return m.actor
        return None

    def party_of_person(self, name: str) -> str | None:
        """The side given to the latest person called ``name`` in full or by surname ("Doe's spokesman"
        speaks for Doe's side)."""
        words = name.split()
        for m in reversed(self.people):
            full = m.actor.name.split()
            if m.actor.party and (full == words or full[-len(words) :] == words):
                return m.actor.party
        return None

    def office_of_person(self, name: str) -> str | None:
        """The office given to the latest person called ``name`` in full (a title naming one, not "Mr")."""
        words = name.split()
        for m in reversed(self.people):
            role = m.actor.role
            if m.actor.name.split() == words and role and not all(_honorific(w) for w in role.split()):
                return role
        return None

    def named_in_full(self, surname: str) -> Actor | None:
        """The latest speaker, else person, named in full whose name ends with the words ``surname``
        (a surname of several words: "Garcia Lopez" for "Maria Garcia Lopez")."""
        words = surname.split()
        candidates = [*reversed(self.actors), *(m.actor for m in reversed(self.people))]
        for actor in candidates:
            full = actor.name.split()
            if actor.kind != "person" or len(full) <= len(words) or full[-len(words) :] != words:
                continue
            # a given name, not a title the model took into the name ("Ministers Jane Doe")
            given = [w.lower().rstrip(".") for w in full[: -len(words)]]
            if not any(_title_word(w) or _title_word(w.removesuffix("s")) for w in given):
                return actor
        return None

    def by_surname(self, word: str) -> Actor | None:
        """The latest person named in full whose last name is ``word``: the one a surname alone stands
        for, whatever tag the model gave it ("Doe" taken for a body after "Jane Doe said").

        Failing that, the one person named in full with ``word`` as another of their names: a family name
        written first ("Hun" for "Hun Sen") or the given name by which some countries' press calls its
        people ("Somchai" for "Somchai Wongsa"). Never a place's name ("Israel said" after "Israel
        Doe" is the country) nor a word two people named share."""
        people = [m.actor for m in reversed(self.people) if m.actor.kind == "person"]
        for actor in people:
            full = actor.name.split()
            if len(full) > 1 and full[-1] == word:
                return actor
        if self.place(word):
            return None
        named = {a for a in people if word in a.name.split()[:-1]}
        return named.pop() if len(named) == 1 else None

    def _fits(self, name: str, gender: Gender | None) -> bool:
        known = self.genders.get(name)
        return gender is None or known is None or known == gender

    def remember(self, actor: Actor) -> None:
        self.actors = [a for a in self.actors if a != actor] + [actor]


def _head_words(name: str) -> set[str]:
    """The nouns a full name can be called by later: "Foreign Ministry of X" → {"ministry"}."""
    before_of = name.split(" of ")[0].split(" in ")[0].split()
    return {before_of[-1]} if before_of else set()


# --- cues -----------------------------------------------------------------------------------------------


def quotations(text: str) -> list[tuple[int, int]]:
    """The quoted stretches of a text, marks included, paragraph by paragraph.

    Marks pair within a paragraph (“…”, "…", ``…'', ''…''); a quotation still open at the end of its paragraph
    runs to the end of it, as news writing continues a quotation in the next paragraph by opening it
    again without closing the first.
    """
    out: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        line, base = para.group(), para.start()
        taken = 0
        for m in _QUOTATION.finditer(line):
            out.append((base + m.start(), base + m.end()))
            taken = m.end()
        rest = line[taken:]
        opened = min((i for i in (rest.find("“"), rest.find('"'), rest.find("``")) if i >= 0), default=-1)
        if opened >= 0 and "”" not in rest[opened:] and rest[opened:].count('"') <= 1:
            out.append((base + taken + opened, base + len(line)))
    return out


_FAR = 1 << 62


def _inside(char: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Is ``char`` strictly inside one of ``ranges`` (sorted by start, not overlapping)?"""
    i = bisect.bisect_right(ranges, (char, _FAR)) - 1
    return i >= 0 and ranges[i][0] < char < ranges[i][1]


def cue_frame(tok: Token) -> str:
    """How a cue word is used: with a clause, with an infinitive, with only a subject, or bare.

    Nouns are ``clause`` when they govern a "that"-clause ("his claim that ...") and ``bare`` otherwise.
    """
    tables = parse_tables(tok.doc)  # the children's relations from the tables: no Token made for each
    kids, dep_of = tables.kids, tables.deps
    if tables.pos[tok.i] == "NOUN":
        for c in kids[tok.i]:
            if dep_of[c] in ("acl", "ccomp") and has_child(tables.tokens[c], ("mark",), ("that",)):
                return "clause"
        return "bare"
    deps = {dep_of[c] for c in kids[tok.i]}
    if deps & _CLAUSE_DEPS:
        return "clause"
    if "xcomp" in deps:
        return "xcomp"
    if deps & _SUBJECT_DEPS:
        return "subject"
    return "bare"


def nested_tokens(ctx: DocContext, sent: Span, reporting: frozenset[str]) -> set[int]:
    """Tokens inside the clause a reporting verb governs: cues there belong to that attribution.

    A clause the parser hangs on the verb across a semicolon ("A is to send 200; B said it was sending
    100; C has promised 50") is a clause of its own, whose cues are attributions of their own."""
    inner: set[int] = set()
    text = ctx.document.text  # not ``Doc.text``, which spaCy rebuilds from the tokens on every access
    # the verbs and their clauses are read from the tables, no Token made: most sentences have one
    starts, pos, lemmas, deps, kids, lowers = ctx.starts, ctx.pos, ctx.lemmas, ctx.deps, ctx.kids, ctx.lowers
    has_semicolon = ";" in text[sent.start_char : sent.end_char]  # most sentences have none
    semicolons = [j for j in range(sent.start, sent.end) if lowers[j] == ";"] if has_semicolon else []
    for i in range(sent.start, sent.end):
        if pos[i] == "VERB" and lemmas[i] in reporting:
            for c in kids[i]:
                if deps[c] == "ccomp":
                    # a parse that runs over a paragraph break joins two paragraphs' clauses: only
                    # the reporting verb's own paragraph is its content
                    lo = text.rfind("\n", 0, starts[i])
                    hi = text.find("\n", starts[i])
                    hi = len(text) if hi < 0 else hi
                    clause = ctx.subtree_indexes(c)
                    if semicolons and _semicolon_between(semicolons, i, clause):
                        continue
                    inner.update(j for j in clause if lo < starts[j] < hi)
    return inner


def _semicolon_between(semicolons: Sequence[int], verb: int, clause: Sequence[int]) -> bool:
    """Whether one of the sentence's semicolons stands between a verb and the clause it governs (the
    clause's words in order)."""
    lo, hi = (clause[-1], verb) if clause[0] < verb else (verb, clause[0])
    return any(lo < j < hi for j in semicolons)


def cue_place(tok: Token, quoted: Sequence[tuple[int, int]], nested: set[int]) -> str:
    """``quoted`` (inside a quotation), ``nested`` (inside a reported clause) or ``free``."""
    if _inside(tok.idx, quoted):
        return "quoted"
    return "nested" if tok.i in nested else "free"


def frame_key(tok: Token, quoted: Sequence[tuple[int, int]], nested: set[int]) -> str | None:
    """The frame a cue word is listed under in the data file: ``clause`` in a free place,
    ``nested-clause`` inside a reported clause; ``None`` inside a quotation (never a cue there)."""
    place = cue_place(tok, quoted, nested)
    if place == "quoted":
        return None
    frame = cue_frame(tok)
    return frame if place == "free" else f"nested-{frame}"


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int  # characters of the cue words
    end: int
    word: str  # lemma shown as the cue ("say", "according to")
    kind: str
    token: Token
    source: Token | None
    content: list[tuple[int, int]]
    source_words: Span | None = None  # the source as a span, where it is no phrase of the parse


_ACCORDING = frozenset({"according"})

#: The last speech cues :func:`_cue_lemmas` read, and their nouns' and verbs' lemmas.
_LAST_CUE_LEMMAS: tuple[SpeechCues | None, frozenset[str]] = (None, frozenset())


def _cue_lemmas(cues: SpeechCues) -> frozenset[str]:
    """The lemmas listed as noun or verb cues in ``cues`` (the words :func:`_cues_in` takes up), made once
    per cues (the same set object each time, which :meth:`DocContext.lemma_indexes_in` keys its places by)."""
    global _LAST_CUE_LEMMAS
    if _LAST_CUE_LEMMAS[0] is not cues:
        lemmas = frozenset(cues.frames.get("noun", {})) | frozenset(cues.frames.get("verb", {}))
        _LAST_CUE_LEMMAS = (cues, lemmas)
    return _LAST_CUE_LEMMAS[1]


def _cues_in(
    ctx: DocContext, sent: Span, cues: SpeechCues, quoted: Sequence[tuple[int, int]]
) -> Iterator[_Cue]:
    text = ctx.document.text
    nested = nested_tokens(ctx, sent, cues.lemmas)
    colon = _colon_cue(ctx, sent, text)
    if colon is not None:
        yield colon
    tokens, tags, lowers, lemmas = ctx.tokens, ctx.pos, ctx.lowers, ctx.lemmas  # read once per document
    # only the words that may be cues are visited (found by the document's places of words), not every
    # word of every sentence: any other word is passed over by the tests below
    candidates = ctx.lemma_indexes_in(sent, _cue_lemmas(cues))
    according = ctx.lower_indexes_in(sent, _ACCORDING)
    for i in sorted({*candidates, *according}) if according else candidates:
        if lowers[i] == "according":
            tok = tokens[i]
            cue = _according_to(tok, sent)
            if cue is not None and cue_place(tok, quoted, nested) != "quoted":
                yield cue
            continue
        lemma, tag = lemmas[i], tags[i]
        pos = "noun" if tag == "NOUN" else "verb" if tag in ("VERB", "AUX") else None
        if pos is None or lemma not in cues.frames.get(pos, {}):
            continue
        tok = tokens[i]
        frame = frame_key(tok, quoted, nested)
        if frame is None:
            continue
        source = None
        if not cues.is_cue(pos, lemma, frame, tok.dep_):
            own = frame.removeprefix("nested-")
            if pos == "noun" and own == frame:
                # "such as official X's claim that ...": a claim whose owner is a person named is his,
                # wherever the noun stands in its sentence
                source = _noun_source(tok)
                if source is None or _person_in(source) is None or not cues.is_cue(pos, lemma, frame, ""):
                    continue
            else:
                # "X said Z, the agency reported": a person named as the speaker of a reported clause is
                # a speaker too, where the word is a cue outside such a clause; what someone is reported
                # to plan or think is the reporter's account
                if own == frame or pos != "verb" or cues.kinds.get(lemma, "spoken") == "belief":
                    continue
                if not cues.is_cue(pos, lemma, own, tok.dep_):
                    continue
                source = _source_of(tok)
                if source is None or _person_in(source) is None:
                    continue
        if pos == "verb" and _junk_verb(tok):
            continue
        source = source or (_source_of(tok) if pos == "verb" else _noun_source(tok))
        yield _Cue(
            tok.idx,
            tok.idx + len(tok.text),
            lemma,
            cues.kinds.get(lemma, "spoken"),
            tok,
            source,
            _content_spans(tok, source, sent, quoted, text),
        )


def _junk_verb(verb: Token) -> bool:
    """Not an attribution: negated speech ("wouldn't say"), "let's say", "requiring police to tell"."""
    if has_child(verb, ("neg",)) or has_child(verb, ("advmod",), _NEGATION):
        return True
    i, lowers = verb.i, parse_tables(verb.doc).lowers  # the words around read from the table, no Token made
    if i > 0 and lowers[i - 1] == "that" and lowers[i] == "said" and verb.dep_ != "ROOT":
        return True  # "That said, ...": a connective
    if i > 0 and lowers[i - 1] == "that" and lowers[i] == "said" and not has_child(verb, _CLAUSE_DEPS):
        return True
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "let":
        return True
    before = lowers[max(i - 2, 0) : i]
    if before in (["let", "’s"], ["let", "'s"], ["let", "us"]):
        return True  # "let's say", not "he's saying"
    if _meeting_held(verb):
        return True
    # "requiring police to tell": an infinitive under a verb that is not itself reporting
    return bool(verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in _OBLIGING)


def _meeting_held(verb: Token) -> bool:
    """A meeting that ends or is held, told with a reporting verb and no words said ("the meeting
    concluded on Sunday"; "the ministers concluded a two-day meeting", a verb of meeting with a meeting
    noun for object, unlike "announced the talks"); with a clause it is what was found there ("the
    meeting concluded that ...")."""
    if cue_frame(verb) not in ("subject", "bare"):
        return False
    words = meeting_words()
    objects = ("nsubj", "nsubjpass", "dobj") if verb.lemma_.lower() in words.verbs else ("nsubj", "nsubjpass")
    return any(c.dep_ in objects and c.lower_ in words.nouns for c in verb.children)


#: Verbs whose infinitive is another's deed ("requires them to report"): no cue of the subject.
_OBLIGING = word_list("statement_lists.yaml", "obliging")


#: Nouns that speak through a colon at the head of a line ("Poll: ...").
_COLON_NOUNS = word_list("statement_lists.yaml", "colon-nouns")
#: Labels that are no speaker ("Editor's Note:", "Update:", "The Latest:").
_COLON_LABELS = word_list("statement_lists.yaml", "colon-labels")
#: Marks that open the items of a list ("- Borders: ...", "• Prisoners: ...").
_BULLETS = {"-", "–", "—", "•", "*", "·"}
#: A clock time ("16:48", "9.30", "10:05am"): a live report's timestamp before an entry's headline.
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$", re.IGNORECASE)


def _colon_cue(ctx: DocContext, sent: Span, text: str) -> _Cue | None:
    """ "Name: words" at the head of a line (a headline or a transcript): the name said the words.

    Timestamps, section labels and datelines are no speakers; the name must be a person or an
    organisation named with a capital, or a poll or survey. The words must say something, not be a
    subheading's phrase ("Background: a long mistrust") nor an address ("Contact X: x@example.com").
    """
    if ":" not in text[sent.start_char : sent.end_char]:
        return None  # no colon, no colon token: most sentences are ruled out without making a token
    doc = sent.doc
    start = sent.start
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    head = not text[line_start : doc[start].idx].strip()
    # A quotation after the colon lets the name stand inside a paragraph and name where it was said
    # ("... agenda. Deputy spokesman X at the briefing: \"...\""), as live and web copy quote
    colon = next((t for t in doc[start : min(start + _COLON_REACH, sent.end)] if t.text == ":"), None)
    if colon is None or colon.i == start or colon.i + 1 >= sent.end:
        return None
    quoted = doc[colon.i + 1].text[:1] in _QUOTE_MARKS
    if not head and not quoted:
        return None
    before = doc[start : colon.i]
    if quoted:
        before = _without_circumstance(before)
    if not head and not any(e.label_ == "PERSON" for e in before.ents):
        return None  # inside a paragraph only a named person speaks so, not a label ("Key points:")
    if len(before) > _COLON_NAME_WORDS:
        return None
    words = {t.lower_ for t in before}
    if words & _COLON_LABELS or any(
        t.like_num or t.pos_ in ("VERB", "AUX") or _CLOCK.match(t.text) for t in before
    ):
        return None  # a label, a timestamp ("16:48 GMT - X:", a live report's entry), or "X said:"
    if any(before.text.count(a) > before.text.count(b) for a, b in ("()", "[]")):
        return None  # a colon inside brackets ("Boeing [NYSE: BA] said"): a ticker, no line's speaker
    if len(before.text) < 3 or doc[colon.i + 1].like_num:
        return None  # "Q:", "A:", a score ("Clinton: 547")
    if before[0].text in _BULLETS and not any(e.label_ in ("PERSON", "ORG") for e in before.ents):
        return None  # a list item's heading ("- Withdrawal: the army wants ..."), no one speaking
    named = any(e.label_ in ("PERSON", "ORG") for e in before.ents) or (
        all(t.pos_ == "PROPN" or t.is_punct for t in before)
        and not any(e.label_ == "GPE" for e in before.ents)
    )
    if not named and not (len(before) == 1 and before[0].lemma_.lower() in _COLON_NOUNS):
        return None
    if any(e.label_ in ("GPE", "DATE", "TIME") for e in before.ents) and not named:
        return None
    if _places_only(ctx, before):
        return None  # a dateline of one place or several ("CITY/OTHER CITY:")
    line_end = text.find("\n", colon.idx)
    line_end = len(text) if line_end < 0 else line_end
    said = doc[colon.i + 1 : min(sent.end, len(doc))]
    if said[0].like_email or said[0].like_url:
        return None
    if said[0].text[:1].islower() and not any(t.pos_ in ("VERB", "AUX") for t in said):
        return None  # a subheading's phrase (a headline's words in capitals may be tagged as names)
    content = [(doc[colon.i + 1].idx, line_end)]
    return _Cue(colon.idx, colon.idx + 1, ":", "spoken", colon, before.root, content, before)


#: How far into a sentence a speaker's colon may stand: a name, a title, and where it was said.
_COLON_REACH = 14
#: How many words a name before a colon may have, with its title ("Deputy Foreign Ministry spokesman X Y").
_COLON_NAME_WORDS = 6


def _without_circumstance(words: Span) -> Span:
    """A named speaker before a colon without the place or occasion that follows the name ("X in a
    statement", "X at the weekly briefing"): the preposition after the last name word ends the name."""
    names = [e for e in words.ents if e.label_ in ("PERSON", "ORG")]
    if not names:
        return words
    end = names[-1].end
    if end < words.end and words.doc[end].pos_ == "ADP" and words.doc[end].lower_ != "of":
        return words.doc[words.start : end]
    return words


def _places_only(ctx: DocContext, words: Span) -> bool:
    """Whether a line's label names places only ("CITY:", "CITY/OTHER CITY:"), as a dateline does."""
    names = [n for n in re.split(r"\s*[/,&-]\s*", words.text.strip()) if n]
    return bool(names) and all(
        ctx.gazetteer.country(n.title()) or ctx.gazetteer.city_country(n.title()) for n in names
    )


def _according_to(tok: Token, sent: Span) -> _Cue | None:
    """ "according to X": the cue is the two words, the source X, the content the rest of the clause."""
    doc = tok.doc
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        to = doc[tok.i + 1]
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    phrase = list(tok.subtree) + ([t for t in to.subtree] if to not in tok.subtree else [])
    lo, hi = min(t.i for t in phrase), max(t.i for t in phrase)
    content: list[tuple[int, int]] = []
    if lo > sent.start:
        content.append((sent.start_char, doc[lo - 1].idx + len(doc[lo - 1].text)))
    if hi + 1 < sent.end:
        content.append((doc[hi + 1].idx, sent.end_char))
    return _Cue(tok.idx, to.idx + len(to.text), "according to", "spoken", tok, source, content)


def _source_of(verb: Token) -> Token | None:
    """Who speaks: the subject, the agent of a passive, the antecedent of "who", or the subject shared
    by a participle ("..., adding that ...")."""
    passive = next(iter(children_of(verb, ("nsubjpass",))), None)
    if (
        passive is not None
        and verb.lemma_.lower() in _QUOTED_AS
        and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(p.tag_ == "VBG" for p in c.children)
            for c in verb.children
        )
    ):
        return passive  # "X was quoted by the radio as saying": X spoke, not the radio
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in _QUOTED_AS:
        # the "saying" of "X was quoted as saying" and of "the radio quoted X as saying" has X for speaker
        quoted_one = [c for c in verb.head.head.children if c.dep_ in ("nsubjpass", "dobj")]
        return quoted_one[0] if quoted_one else None
    if verb.lemma_.lower() == "say" and verb.i + 1 < len(verb.doc) and _hearsay(verb):
        return None  # "plan said to include X" (a headline's "is said to"): what is said of it, by no one
    subjects = children_of(verb, ("nsubj",))
    if (
        len(subjects) > 1
        and not any(c.dep_ == "cc" for c in subjects[0].children)
        and _person_in(subjects[0]) is None
    ):
        # "UN agency (UNAG) spokesman X said" parsed as two subjects, the first naming no one: the one
        # nearest the verb speaks
        return subjects[-1]
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    shares = verb.dep_ in ("xcomp", "conj") or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    if shares and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.i != head.i:
            head = head.head  # "X was quick to point out": the subject of "was"
        shared = _source_of(_reporter_of(head) or head)
        if verb.dep_ == "advcl" and shared is not None and shared.pos_ == "NOUN" and not _may_speak(shared):
            # "Doe's trip comes on the heels of a report that urged X, saying ...": the parser hung the
            # participle on the main verb, whose subject is a thing that says nothing
            return None
        return shared
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        # "X answered by saying ...", "after saying ...", "before insisting ...": whoever does what the
        # preposition is a part of
        done = verb.head.head
        if done.pos_ in ("VERB", "AUX") and done.i != verb.head.i:
            return _source_of(done)
    return _subject_hung_elsewhere(verb)


#: Labels the parser gives a subject it failed to see as one ("Doe said", "Doe" made an adverb).
_MISSED_SUBJECT = {"advmod", "npadvmod", "dep", "nmod"}


def _subject_hung_elsewhere(verb: Token) -> Token | None:
    """The name right before a finite main verb of speech that the parser gave no subject: a surname it
    took for an adverb ("Doe said ..."), or a name in apposition to the object of an opening phrase ("On
    the radio, Jane Doe, the envoy, said ..."). Only the words up to the verb, joined by commas, are
    read, so a name elsewhere in the sentence is never taken."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == verb.sent.start:
        return None
    left = verb.doc[verb.i - 1]
    while left.is_punct and left.text == "," and left.i > verb.sent.start:
        left = verb.doc[left.i - 1]
    chain = [left]
    while chain[-1].head.i != verb.i:
        head = chain[-1].head
        if head.i > verb.i or head.i == chain[-1].i:
            return None
        chain.append(head)
    top = chain[-1]
    # a name the tagger may even take for an adverb, though the model tags it a name ("Doe said")
    named = top.pos_ == "PROPN" or (bool(top.ent_type_) and top.text[:1].isupper() and top.text.isalpha())
    if named and top.dep_ in _MISSED_SUBJECT and top.i == left.i:
        return top  # "Doe said": the word right before the verb, hung on it as a modifier
    # "On the radio, Jane Doe, the envoy, said": the person in apposition in the opening phrase
    return next((t for t in reversed(chain) if t.dep_ == "appos" and t.ent_type_ == "PERSON"), None)


def _reporter_of(clause: Token) -> Token | None:
    """The speech verb whose reported clause ``clause`` is: a second speech verb the parser joins to
    what the first reports ("He said the attacks helped him and said ...", "X told Y that Z had failed,
    adding ...") shares the first one's speaker, not the subject of the words it reports."""
    reporter = clause.head
    if clause.dep_ == "ccomp" and reporter.pos_ == "VERB" and reporter.lemma_.lower() in speech_cues().lemmas:
        return reporter
    return None


def _hearsay(verb: Token) -> bool:
    """ "said to" and an infinitive ("the plan said to include X", a headline's "is said to"): no one says
    "say to do", so the subject is what is said of, not who says it."""
    after = verb.doc[verb.i + 1]
    return bool(
        after.lower_ == "to"
        and after.dep_ == "aux"
        and after.head.dep_ == "xcomp"
        and after.head.head.i == verb.i
    )


#: Verbs whose passive with "as saying" has the speaker for subject ("X was quoted as saying").
_QUOTED_AS = {"quote", "cite"}


def _noun_source(noun: Token) -> Token | None:
    """ "Trump's claim that", "a claim by Trump that": the possessor or the by-agent."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def subtree_ends(tok: Token) -> tuple[Token, Token]:
    """The first and the last word ``tok.subtree`` yields, found without walking the whole subtree
    (which makes a Token of every word): spaCy yields a word's left children's subtrees, the word,
    then its right children's, so the first is at the end of the chain of first left children and
    the last at the end of the chain of last right children."""
    tables = parse_tables(tok.doc)  # the chains read from the children's table: no Token made on the way
    kids = tables.kids
    first = tok.i
    while (below := kids[first]) and below[0] < first:
        first = below[0]
    last = tok.i
    while (below := kids[last]) and below[-1] > last:
        last = below[-1]
    return tables.tokens[first], tables.tokens[last]


def _content_spans(
    cue: Token, source: Token | None, sent: Span, quoted: Sequence[tuple[int, int]], text: str
) -> list[tuple[int, int]]:
    """What was said: the clause the cue governs; else the quotation beside it; else its object. A clause
    the parser hung on the cue across a semicolon ("A met B; the movement says C") is the last resort:
    it is most often another sentence's."""
    clauses = [
        c
        for c in cue.children
        if c.dep_ in _CLAUSE_DEPS or (c.dep_ in ("acl", "ccomp") and cue.pos_ == "NOUN")
    ]
    own = [c for c in clauses if not _beyond_semicolon(c, cue)]
    if own:
        return _clause_content(own[0], cue, quoted)
    found = _content_beside(cue, source, sent, quoted)
    return found if found or not clauses else _clause_content(clauses[0], cue, quoted)


def _clause_content(clause: Token, cue: Token, quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    lead, last = subtree_ends(clause)
    if lead.dep_ == "prep" and lead.head.i == clause.i and _timeish(lead) and lead.i == cue.i + 1:
        # "said on Thursday it rejected ...": the day of the saying, parsed into the clause
        skip = set(subtree_of(lead))
        words = [t for t in clause.subtree if t.i not in skip]
        lead, last = (words[0], words[-1]) if words else (lead, last)
    return _widen_to_quotes((lead.idx, last.idx + len(last.text)), quoted)


def _content_beside(
    cue: Token, source: Token | None, sent: Span, quoted: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The content of a cue that governs no clause: the quotation beside it, the clause around an aside,
    or the words after it."""
    doc = cue.doc
    near = [
        q for q in quoted if q[1] > sent.start_char and q[0] < sent.end_char and not q[0] <= cue.idx < q[1]
    ]
    if near:
        # a quotation in a clause of its own ("called for X, saying it would be a “strong basis”") is
        # that clause's words, not the cue's
        clauses = [subtree_ends(c) for c in cue.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"]
        spans = [(a.idx, b.idx + len(b.text)) for a, b in clauses]
        near = [q for q in near if not any(a <= q[0] and q[1] <= b for a, b in spans)]
    if near:
        before = [q for q in near if q[1] <= cue.idx]
        return [before[-1] if before else near[0]]
    if cue.dep_ == "parataxis" and cue.head.i != cue.i:
        return _around(cue)
    skip = {
        "nsubj",
        "nsubjpass",
        "aux",
        "auxpass",
        "neg",
        "punct",
        "cc",
        "mark",
        "advmod",
        "npadvmod",
        "agent",
    }
    parts = [c for c in cue.rights if c.dep_ not in skip and not (c.dep_ == "conj" and c.pos_ == "VERB")]
    parts = [
        c
        for c in parts
        if not (c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during") and _timeish(c))
    ]
    if not parts:
        return []
    # the subtrees' indexes read from the parse's tables, no Token made of every word of the content
    of_source = set(subtree_of(source)) if source is not None else set()  # read once, not per word
    tokens = [i for p in parts for i in subtree_of(p) if i not in of_source]
    if not tokens:
        return []
    lo, hi = min(tokens), max(tokens)
    return [(doc[lo].idx, doc[hi].idx + len(doc[hi].text))]


def _beyond_semicolon(clause: Token, cue: Token) -> bool:
    """Whether a semicolon stands between a clause and the cue governing it."""
    first, last = subtree_ends(clause)
    lo, hi = (last.i + 1, cue.i) if clause.i < cue.i else (cue.i + 1, first.i)
    lowers = parse_tables(cue.doc).lowers
    return any(lowers[j] == ";" for j in range(lo, hi))


def _around(aside: Token) -> list[tuple[int, int]]:
    """The content of a speech verb set in a clause as an aside ("The talks, the minister said, will
    resume"): the clause around it, before and after the aside's own words."""
    own = set(subtree_of(aside))
    words = [t for t in aside.head.subtree if t.i not in own and not t.is_punct]
    out = []
    for part in ([t for t in words if t.i < aside.i], [t for t in words if t.i > aside.i]):
        if part:
            out.append((part[0].idx, part[-1].idx + len(part[-1].text)))
    return out


def _timeish(prep: Token) -> bool:
    types = parse_tables(prep.doc).ent_types  # the phrase's words read from the table, no Token made
    return any(types[i] in ("DATE", "TIME") for i in subtree_of(prep))


def _widen_to_quotes(span: tuple[int, int], quoted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A clause that starts or ends inside a quotation takes the whole quotation (it may run on)."""
    start, end = span
    for s, e in quoted:
        if s < start < e or s < end - 1 < e:
            start, end = min(start, s), max(end, e)
    return [(start, end)]


def content_parts(
    text: str, spans: Sequence[tuple[int, int]], quoted: Sequence[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Content spans split at quotation marks: quoted stretches (marks excluded) and reported ones."""
    parts: list[tuple[int, int, bool]] = []
    for start, end in spans:
        cuts = sorted({start, end, *(x for s, e in quoted for x in (s, e) if start < x < end)})
        for a, b in itertools.pairwise(cuts):
            inside = any(s <= a and b <= e for s, e in quoted)
            if inside:
                a, b = a + 1 if text[a] in _QUOTE_MARKS else a, b - 1 if text[b - 1] in _QUOTE_MARKS else b
            a, b = _trim(text, a, b)
            if b > a and any(ch.isalnum() for ch in text[a:b]):
                parts.append((a, b, inside))
    return parts


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    edge = " \t\n,;:" + _QUOTE_MARKS
    while a < b and text[a] in edge:
        a += 1
    while b > a and text[b - 1] in edge:
        b -= 1
    return a, b


def render(text: str, parts: Sequence[tuple[int, int, bool]]) -> str:
    """The content as shown: quoted parts between “ ”, reported parts plain, original marks dropped."""
    pieces = []
    for a, b, inside in parts:
        words = " ".join(text[a:b].replace("“", "").replace("”", "").replace('"', "").split())
        pieces.append(f"“{words}”" if inside else words)
    return " ".join(p for p in pieces if p.strip("“”"))


# --- statements -----------------------------------------------------------------------------------------


def find_statements(ctx: DocContext, *, unresolved: bool = False) -> list[Statement]:
    """Every attribution of a document whose source resolves to a speaker.

    Deeds that PolNeAR's annotators mark as attributions ("approved", "ordered", "voted": cues of kind
    ``act``) are no statements of the dossier; they are kept with ``unresolved=True``.
    With ``unresolved=True`` attributions whose source is missing ("is expected to") or cannot be
    resolved ("he" with nobody named before) are kept too, with the source words as speaker: the
    statement scorer measures cues and spans, the dossier keeps only statements it can attribute.
    """
    cues = speech_cues()
    text = ctx.document.text
    quoted = quotations(text)
    speakers = _Speakers(place=lambda word: _is_place(ctx, word))
    statements: list[Statement] = []
    covered: list[tuple[int, int]] = []
    people = _people_by_sentence(ctx)
    news = _news_day(ctx)
    dated: tuple[Actor, int, str] | None = None  # the latest statement's speaker, sentence and own day
    for index, sent in enumerate(ctx.sents):
        found = _outermost(
            [c for c in _cues_in(ctx, sent, cues, quoted) if not any(a < c.start < b for a, b in covered)]
        )
        for cue in found:
            parts = content_parts(text, cue.content, quoted)
            if not unresolved and (
                cue.kind == "act" or _not_yet_said(cue.token) or _intention(cue) or not parts
            ):
                # "the cabinet approved X", "X would issue a statement if ...", "every envoy who asks",
                # "X has agreed to meet Y": nothing said
                continue
            resolved = _speaker(ctx, cue, speakers, quoted, index)
            if resolved is None:
                if not unresolved:
                    continue
                words = _source_words(ctx, cue.source) if cue.source is not None else ""
                resolved = (Actor(words or "unknown", "organisation"), True)
            actor, generic = resolved
            generic = generic or any(actor is a for a in speakers.unnamed)  # "he" of "an official said"
            date = _statement_date(ctx, cue.token, news)
            introduced = _introduced(actor, generic, speakers, index)
            if introduced is not None:
                # "A Kremlin spokesman said Thursday ... 'We stay,' said spokesman Ivan Petrov": the one
                # just met, now named; his side and, where he is given no day of his own, that day
                actor = replace(actor, role=introduced[0].role, party=introduced[0].party)
                date = introduced[2] if date is not None and not date.text else date
            own = date is not None and bool(date.text)
            if date is not None and not own and dated is not None and _goes_on(dated, actor, index):
                # "X said on Wednesday that ... He said Y": on Wednesday too, not on the report's news day
                date, own = replace(date, value=dated[2]), True
            if date is not None and not own and actor.kind == "person" and index > 0:
                # "X on Tuesday cautioned against haste. 'It would be wrong,' X said": that Tuesday
                day = _day_of_person_before(ctx, actor, people.get(index - 1, []))
                date, own = (replace(date, value=day), True) if day is not None else (date, own)
            dated = (actor, index, date.value) if own and date is not None else None
            if not generic:
                speakers.remember(actor)
                if actor.kind == "person" and cue.source is not None:
                    # a person who speaks is someone a later "he" or "she" can stand for, as the
                    # sentence's subject, however named: a surname the model tagged as no person, a
                    # title standing for him ("the president said"), a pronoun
                    main = _in_main_clause(cue.source, sent.root)
                    speakers.people.append(_Mention(actor, index, cue.source.idx, True, main))
            elif cue.source is not None and (
                cue.source.tag_ in ("NNS", "NNPS")
                or cue.source.lower_ == "they"
                or has_child(cue.source, ("conj",))
            ):
                speakers.group = (actor, index)
            elif actor.kind == "person" and actor.role and cue.source is not None:
                # "an Israeli official said ... the official said": the one just met, not one named before
                speakers.people.append(_Mention(actor, index, cue.source.idx, True))
                speakers.unnamed.append(actor)
                speakers.untitled = (actor, index, date)
            source_span = (
                (cue.source_words.start_char, cue.source_words.end_char)
                if cue.source_words is not None
                else _source_span(_relative_word(cue.token) or cue.source)
            )
            covered.extend((a, b) for a, b, _q in parts if b > sent.end_char)
            joint = _joint_people(cue.source, speakers) if cue.source is not None and not generic else []
            if joint and source_span is not None:  # the source words run to the last person joined
                last = _source_span(joint[-1][0])
                source_span = (source_span[0], max(source_span[1], last[1] if last else 0))
            for speaker in [actor, *(_person_actor(ctx, t, p, speakers) for t, p in joint)]:
                statements.append(
                    Statement(
                        speaker=speaker,
                        cue=cue.word,
                        text=render(text, parts),
                        quoted=any(q for _a, _b, q in parts),
                        evidence=ctx.span_evidence(sent),
                        date=date,
                        kind=cue.kind,  # type: ignore[arg-type]
                        source=text[source_span[0] : source_span[1]] if source_span else None,
                        generic=generic,
                        cue_span=(cue.start, cue.end),
                        source_span=source_span,
                        content=tuple(parts),
                    )
                )
        _note_people(ctx, sent, people.get(index, []), index, speakers, quoted)
    return _complete_names(statements)


def _day_of_person_before(ctx: DocContext, actor: Actor, named: Sequence[Span]) -> str | None:
    """The day a sentence (whose people are ``named``) gives what a person did as the subject of its verb
    ("X on Tuesday cautioned against haste", "X met Y on Tuesday"): the day of the words the person goes
    on to say."""
    if not named:
        return None
    sent = ctx.sentences[ctx.sentence_index(named[0].start_char)]
    times = ctx.times_in(sent.start, sent.end)
    if not times:
        return None
    surname = actor.name.split()[-1]
    for ent in named:
        subject = ent.root
        if ent.text.split()[-1] != surname or subject.dep_ not in _SUBJECT_DEPS:
            continue
        for t in times:
            day = _day_of(t)
            head = _token_at(subject.head, t.start) if day is not None else None
            if head is not None and _attached_to(head, subject.head):
                return day
    return None


def _goes_on(dated: tuple[Actor, int, str], actor: Actor, index: int) -> bool:
    """Whether a statement goes on from the one before, dated on a day of its own: the same speaker, in
    the same sentence or the next."""
    return dated[0].name == actor.name and dated[0].kind == actor.kind and index - dated[1] <= 1


def _introduced(
    actor: Actor, generic: bool, speakers: _Speakers, index: int
) -> tuple[Actor, int, TimeValue | None] | None:
    """The unnamed speaker of this or the sentence before whom a named person given only that bare title
    is ("A Kremlin spokesman said ... 'We stay,' said spokesman Ivan Petrov"): the report names him now.
    A title with words of its own ("rebel spokesman X") or another side's person is someone else."""
    met = speakers.untitled
    if met is None or generic or actor.kind != "person" or not actor.role or index - met[1] > 1:
        return None
    title = (met[0].role or "").lower().split()
    if len(actor.role.split()) != 1 or not title or title[-1] != actor.role.lower():
        return None
    return met if actor.party is None or actor.party == met[0].party else None


def _intention(cue: _Cue) -> bool:
    """A belief verb with an infinitive ("X has agreed to meet Y", "arrived seeking to mediate", "the
    cabinet decided to continue"): what someone means to do, a deed to come, not a stance stated."""
    return cue.kind == "belief" and cue.token.pos_ in ("VERB", "AUX") and cue_frame(cue.token) == "xcomp"


#: Auxiliaries that make a speech verb a plan or a supposition ("will announce", "would issue").
_NOT_YET = {"will", "would", "could", "might", "may", "shall", "should", "'ll", "’ll", "wo"}


def _not_yet_said(cue: Token) -> bool:
    """A speech verb with a modal ("the chairman would issue a statement if ...", "the minister will
    announce the plan on Friday"): something to be said, not a statement made."""
    return cue.pos_ in ("VERB", "AUX") and has_child(cue, ("aux",), _NOT_YET)


#: Cues whose content is the rest of their sentence or line rather than a clause of the parse.
_WHOLE_CONTENT = {"according to", ":"}


def _outermost(found: list[_Cue]) -> list[_Cue]:
    """Drop the cue words that stand in the content of an "according to X" or a "Name: ..." line of the
    same sentence: "Y said Z, according to X" reports X's account, Y's words inside it."""
    if len(found) < 2:
        return found
    aside = {c.token.head.i for c in found if c.token.dep_ == "parataxis" and c.token.pos_ == "VERB"}
    found = [c for c in found if c.token.i not in aside or _by_someone_named(c)]
    outer = [c for c in found if c.word in _WHOLE_CONTENT]
    if not outer:
        return found
    return [
        c
        for c in found
        if _by_someone_named(c)
        or not any(o is not c and any(s <= c.start < e for s, e in o.content) for o in outer)
    ]


def _by_someone_named(cue: _Cue) -> bool:
    """Whether a cue's source names a person: "Jane Doe said Z, the agency reported" tells what she said
    (she is a speaker too), where "officials said Z, the agency reported" is the agency's account."""
    return cue.source is not None and cue.source_words is None and _person_in(cue.source) is not None


def _relative_word(cue: Token) -> Token | None:
    """The relative pronoun that writes a speech verb's source ("X, who said ..."): the speaker is X, the
    source as written is "who", as a pronoun is the source of "he said"."""
    if cue.dep_ != "relcl":
        return None
    return next((c for c in cue.children if c.dep_ == "nsubj" and c.lower_ in _RELATIVE), None)


def _source_span(source: Token | None) -> tuple[int, int] | None:
    """The words naming the source: its phrase without a relative clause ("X, who said ...")."""
    if source is None:
        return None
    skip: set[int] = set()
    for c in source.children:
        if c.dep_ in ("relcl", "acl"):
            skip.update(subtree_of(c))
    tokens = [t for t in source.subtree if t.i not in skip and not t.is_punct]
    first_skipped = min(skip, default=len(source.doc))
    tokens = [t for t in tokens if t.i < first_skipped or t.i <= source.i] or [source]
    lo = min(tokens, key=lambda t: t.i)
    hi = max(tokens, key=lambda t: t.i)
    return lo.idx, hi.idx + len(hi.text)


def _source_words(ctx: DocContext, source: Token) -> str:
    span = _source_span(source)
    return ctx.document.text[span[0] : span[1]] if span else ""


def _people_by_sentence(ctx: DocContext) -> dict[int, list[Span]]:
    """PERSON entities by sentence index, read once (``Span.ents`` scans every entity of the document)."""
    out: dict[int, list[Span]] = {}
    for ent in ctx.ents:
        if ent.label_ == "PERSON":
            out.setdefault(ctx.sentence_index(ent.start_char), []).append(ent)
    return out


def _note_people(
    ctx: DocContext,
    sent: Span,
    ents: list[Span],
    index: int,
    speakers: _Speakers,
    quoted: Sequence[tuple[int, int]],
) -> None:
    """Remember the people a sentence names outside quotations, with their title and any gender it gives."""
    for ent in ents:
        if _inside(ent.start_char, quoted):
            continue
        # named as a speaker is named ("Spokeswoman Jane Doe" is Jane Doe), for a later "she" to be her
        named_as = _without_office(ent)
        name = named_as.text.strip()
        bare = _untitled(name)  # "Sheikh X" after "Sheikh X Y Z": the one named in full before
        if len(bare.split()) == 1:
            full = next((m.actor for m in reversed(speakers.people) if bare in m.actor.name.split()), None)
        else:
            full = None
        role, party = title_before(ent) or (None, None)
        if named_as.start > ent.start:  # the office taken into the name ends the title
            role = " ".join(w for w in (role, ent.doc[ent.start : named_as.start].text) if w)
        if role is not None and role.lower().rstrip(".") in _HONORIFICS:
            role = None
        if role is None:
            role, party = _title_after(ctx, ent)
        actor = full or Actor(name, "person", role=role, party=party)
        subject = ent.root.dep_ in _SUBJECT_DEPS
        main = subject and _in_main_clause(ent.root, sent.root)
        speakers.people.append(_Mention(actor, index, ent.start_char, subject, main))
        named = given_names().get(_untitled(actor.name).split()[0])
        gender = _gender_near(ent) or ("f" if named == "f" else "m" if named == "m" else None)
        if gender is not None:
            speakers.genders.setdefault(actor.name, gender)


def _untitled(name: str) -> str:
    """A name without the titles the model took into it ("Sheikh X", "Gen. Y"): what is left names the
    person, and its first word is the given name ("Sheikh" names no woman, whatever a given-name list says
    of it); a name that is all titles stays as it is."""
    words = name.split()
    while len(words) > 1 and _title_word(words[0].lower().rstrip(".")):
        words = words[1:]
    return " ".join(words)


def _title_word(word: str) -> bool:
    """A title, or a title typed with two letters swapped ("Shiekh" for "Sheikh"), as wire copy has it."""
    return word in _titles_as_typed()


@functools.cache
def _titles_as_typed() -> frozenset[str]:
    """Every title, and every title with two neighbouring letters swapped, made once."""
    titles = meeting_words().titles
    swapped = {t[:i] + t[i + 1] + t[i] + t[i + 2 :] for t in titles if len(t) > 3 for i in range(len(t) - 1)}
    return frozenset(titles | swapped)


def _title_after(ctx: DocContext, ent: Span) -> tuple[str | None, str | None]:
    """A person's title set after the name ("X, the president of Y, ..."), so that "the president" of a
    later sentence is X, and the country it names as the one X serves ("Defence Minister of the
    Kingdom of Y"; never where X is sent: "ambassador to Z")."""
    title = next(
        (
            c
            for c in ent.root.rights
            if c.dep_ == "appos"
            and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.lower_ in meeting_words().titles))
        ),
        None,
    )
    if title is None:
        return None, None
    phrase = _noun_phrase(title) or None
    if phrase is None:
        return None, None
    words = list(title.subtree)
    sent_to = _sent_to(ctx, words)
    served = [c for c in ctx.parties_in(phrase) if c not in sent_to]
    return phrase, served[0] if len(served) == 1 else None


#: Courtesy titles: a role that is only one of these keeps the office read earlier.
_HONORIFICS = word_list("statement_lists.yaml", "courtesy-titles")


#: Titles that are styles of rank by birth or faith, part of how a person is named ("Crown Prince X").
_STYLES = {
    "king", "queen", "prince", "sheikh", "emir", "majesty", "highness", "excellency", "excellencies",
    "eminence", "datuk", "dato", "seri",
}  # fmt: skip


def _office_word(tok: Token) -> bool:
    """A capitalised word of an office's title ("Spokesman", "Foreign", "Ministry"), no style of rank."""
    low = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and low in meeting_words().titles and low not in _STYLES | _HONORIFICS


def _without_office(person: Span) -> Span:
    """A name without the office the model took into it ("Foreign Ministry Spokesman Jane Doe",
    "Chairperson Jane Doe" → "Jane Doe"): the office is her title, not her name. A style of rank by birth
    or faith ("Crown Prince X") stays, and so do the last two words."""
    while len(person) > 2 and _office_word(person[0]):
        person = person[1:]
    return person


def _honorific(word: str) -> bool:
    """A word that names no office: a courtesy title ("Mr") or a title of rank or religion ("Sheikh")."""
    low = word.lower().rstrip(".")
    return low in _HONORIFICS or _title_word(low)


_FEMALE = {
    "mrs.",
    "ms.",
    "mrs",
    "ms",
    "miss",
    "madam",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "wife",
    "mother",
    "daughter",
    "sister",
    "businesswoman",
    "actress",
    "grandmother",
    "queen",
    "princess",
    "her",
    "she",
    "herself",
    "woman",
}
_MALE = {
    "mr.",
    "mr",
    "spokesman",
    "chairman",
    "congressman",
    "husband",
    "father",
    "son",
    "brother",
    "businessman",
    "actor",
    "grandfather",
    "king",
    "prince",
    "his",
    "he",
    "himself",
    "man",
}


_GENDERED = _FEMALE | _MALE


def _gender_near(ent: Span) -> Gender | None:
    """A gender the text gives a person: a title before the name, a gendered role, or the first
    possessive or pronoun after it in the same sentence."""
    # the words read from the parse's tables, no Token made: asked of every person a report names
    tables = parse_tables(ent.doc)
    lowers, deps = tables.lowers, tables.deps
    first, end = sentence_range(ent)  # not ``ent.sent``, which walks the tokens to both ends
    words = lowers[max(first, ent.start - 2) : ent.start]
    words += [lowers[c] for c in tables.kids[ent.root.i] if deps[c] in ("appos", "compound")]
    for w in words:
        if w in _GENDERED:
            return "f" if w in _FEMALE else "m"
    # only the first gendered word after the name counts: the rest of the sentence is not read
    after = next((w for w in lowers[ent.end : end] if w in _GENDERED), None)
    return None if after is None else "f" if after in _FEMALE else "m"


def _speaker(
    ctx: DocContext, cue: _Cue, speakers: _Speakers, quoted: Sequence[tuple[int, int]], index: int
) -> tuple[Actor, bool] | None:
    """The actor a cue's source stands for, and whether it is a generic group."""
    source = cue.source
    if source is None:
        return None
    if cue.source_words is not None:
        return _named(ctx, cue.source_words, speakers)
    lower = source.lower_
    style = _style_of_someone(source)
    if style is not None:
        lower = style  # "His Excellency stated": the man named before, as "he stated" would be
    if lower in ("he", "she", "him", "her"):
        gender: Gender = "m" if lower in ("he", "him") else "f"
        actor = speakers.pronoun(gender, source.idx, index)
        if actor is not None:
            speakers.genders.setdefault(actor.name, gender)
            return actor, False
        return None
    if lower in ("it", "they", "we", "i", "you"):
        if lower in ("i", "we", "you") or _inside(source.idx, quoted):
            return None
        if lower == "they" and speakers.group is not None and index - speakers.group[1] <= 3:
            return speakers.group[0], True  # "The two leaders met ... They agreed": that group
        # "it" or "they": a body or a country, never one person
        actor = speakers.resolve("", person=False)
        return (actor, False) if actor is not None else None
    actor = _actor_for(ctx, source, speakers)
    if actor is not None:
        return actor, _owned_title(source)
    return _generic(ctx, source, speakers)


def _style_of_someone(subject: Token) -> str | None:
    """ "he" or "she" for a style of rank owned by "his" or "her" ("His Highness", "Her Excellency"): a
    way to refer to a person named before, never a new speaker."""
    if subject.lower_ not in _STYLES:
        return None
    # "His Highness Sayyid X, the minister, said": a name given with the style is that person's
    if any(c.dep_ not in ("poss", "punct") for c in subject.children) or _person_in(subject) is not None:
        return None
    owner = next((c.lower_ for c in subject.children if c.dep_ == "poss"), None)
    return {"his": "he", "her": "she"}.get(owner or "")


def _owned_title(subject: Token) -> bool:
    """Whether the source is a title owned by a name and no person's name ("Japan's top negotiator",
    "Doe's spokesman"): someone speaks for that side, and no one is named, as with "an official"."""
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ == "NN"
        and subject.lemma_.lower().endswith(_PERSON_ENDINGS)
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subject.children)
        and not any(t.ent_type_ == "PERSON" for t in subject.subtree)  # "X's spokesman, Jan Olek,"
        # "X's ministry spokesperson Jan Olek", the name the model left untagged: a person named
        and _person_in(subject) is None
    )


def _named(ctx: DocContext, words: Span, speakers: _Speakers) -> tuple[Actor, bool]:
    """The speaker of a "Name: ..." line: a person named there, else the words as a body or a group."""
    person = next((e for e in words.ents if e.label_ == "PERSON"), None)
    if person is not None:
        return _person_actor(ctx, person.root, person, speakers), False
    text = words.text.strip()
    generic = text[:1].islower() or all(t.pos_ == "NOUN" for t in words)
    return Actor(text, "organisation", party=ctx.party_of(text) or _organisation_party(ctx, text)), generic


def _generic(ctx: DocContext, subject: Token, speakers: _Speakers) -> tuple[Actor, bool] | None:
    """ "officials", "Republican sources", "the president": a group, or a title nobody was given before."""
    phrase = _noun_phrase(subject)
    if not phrase or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if _name_taken_for_a_noun(subject):
        # "Doe said" with "Doe" tagged a common noun: one named, the person named in full before if any
        return speakers.by_surname(subject.text) or Actor(subject.text, "organisation"), False
    # "the president", or "The President" capitalised with no name ("The Prime Minister, who ..., said")
    title = subject.pos_ == "PROPN" and subject.lower_ in meeting_words().titles and _title_alone(subject)
    if (title or (subject.pos_ == "NOUN" and subject.tag_ == "NN")) and not _indefinite(subject):
        own = next((c for c in map(ctx.gazetteer.country, (t.text for t in subject.lefts)) if c), None)
        earlier = speakers.role_noun(subject.lower_, subject.idx, own)  # not "a minister"
        if earlier is not None:
            return earlier, False
    kind: Literal["person", "organisation"] = "organisation"
    if title or (subject.tag_ == "NN" and subject.lemma_.lower().endswith(_PERSON_ENDINGS)):
        kind = "person"
    role = phrase if kind == "person" else None
    return Actor(phrase, kind, role=role, party=ctx.party_of(phrase)), True


def _name_taken_for_a_noun(subject: Token) -> bool:
    """A capitalised word alone that the tagger took for a common noun though the model names it ("Doe
    said", "Doe" read as the noun "doe", at the head of a sentence): a name, not a group or a role."""
    return (
        subject.tag_ == "NN"
        and subject.ent_type_ in ("PERSON", "ORG")
        and subject.text[:1].isupper()
        and not subject.text.isupper()
        and subject.lower_ not in meeting_words().titles
        and subject.lower_ not in actor_words().body_nouns
        and not any(True for _ in subject.children)
    )


def _indefinite(subject: Token) -> bool:
    """A speaker introduced as new ("an official", "another diplomat", "one diplomat"), who is no one
    named before."""
    return has_child(subject, ("det",), ("a", "an", "another")) or has_child(subject, ("nummod",), ("one",))


def _complete_names(statements: list[Statement]) -> list[Statement]:
    """Name a speaker first called by a bare head ("the Ministry said") by the full name used later."""
    full = [
        s.speaker
        for s in statements
        if s.speaker.kind == "organisation" and len(s.speaker.name.split()) > 1 and not s.generic
    ]
    out = []
    for st in statements:
        sp = st.speaker
        if sp.kind == "organisation" and len(sp.name.split()) == 1:
            match = next((a for a in full if sp.name.lower() in _head_words(a.name.lower())), None)
            if match is not None:
                st = replace(st, speaker=match, generic=False)
        out.append(st)
    return out


def _statement_date(ctx: DocContext, verb: Token, news: TimeValue | None = None) -> TimeValue | None:
    """The date a speech verb carries ("said Tuesday", "on Friday ... said"); else the day of the news the
    report opens with (``news``), else the report's own date."""
    sent = ctx.sentences[ctx.sentence_index(verb.idx)]  # ``Token.sent`` walks the document on each call
    times = ctx.times_in(sent.start, sent.end)
    for t in times:
        day = _day_of(t)
        if day is None:
            continue
        head = _token_at(verb, t.start)
        if head is not None and _attached_to(head, verb):
            return t if day == t.value else replace(t, value=day)
    opening = _opening_day(verb, times)
    if opening is not None:
        return opening
    earlier = _days_after(ctx, verb, times)
    if earlier is not None:
        return earlier
    # No date of its own: a statement reported in an article is dated by its news (outside the sentence
    # telling it, where a clause not dated by its day is of another time: "..., after X said"), else by
    # the article (zero-width).
    if news is not None and ctx.sentence_index(news.start) != ctx.sentence_index(verb.idx):
        return TimeValue("", "DATE", news.value, verb.idx, verb.idx)
    return TimeValue("", "DATE", ctx.anchor.isoformat(), verb.idx, verb.idx)


#: The clauses that tell of another event than their head's: what was said, what came before or after.
_OTHER_EVENT = {"ccomp", "parataxis", "relcl", "advcl", "conj"}


def _in_main_clause(tok: Token, root: Token) -> bool:
    """Whether ``tok`` belongs to the event its sentence's main verb tells, the verbs it governs
    ("failed to reach a deal on Friday") and the nouns it names ("talks held on Friday") included, not to
    a clause of what was said or of another event."""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ in _OTHER_EVENT and tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return bool(tok.i == root.i)


#: How many days before its date a report's opening news may be for its statements to date by it.
_NEWS_DAYS = 3


def _news_day(ctx: DocContext) -> TimeValue | None:
    """The day of the news a report opens with when it is a day or a few before the report's own ("TOKYO,
    May 24 -- The two sides failed to agree in talks on Friday", May 23): the day of the first sentence's
    main verb, among the report's first sentences that give one. What was said with no day of its own
    ("'We made progress,' X told reporters") was said then, not on the day the report came out."""
    # the lead: the first sentence that ends as one, not a dateline or a headline
    lead = next((s for s in ctx.sents[:4] if len(s) >= 8 and s.text.rstrip(" \n'\"”’").endswith(".")), None)
    if lead is None:
        return None
    root = lead.root
    for t in ctx.times_in(lead.start_char, lead.end_char):
        day = _day_of(t)
        head = _token_at(root, t.start) if day is not None else None
        if day is None or head is None or not _in_main_clause(head, root):
            continue
        if 0 < (ctx.anchor - dt.date.fromisoformat(day)).days <= _NEWS_DAYS:
            return replace(t, value=day)  # (not the dateline's own day: "TOKYO, May 24 -- ...")
    return None


_DAYS = re.compile(r"P(\d+)D")
_WEEKEND = re.compile(r"(\d{4})-W(\d{2})-WE")


def _day_of(time: TimeValue) -> str | None:
    """The day a date names: itself, or the Saturday of a weekend ("said last weekend", "at the
    weekend"), the first day of it, as a span of days is dated by its first; None for any other value."""
    if time.type != "DATE":
        return None
    if is_day(time.value):
        return time.value
    weekend = _WEEKEND.fullmatch(time.value)
    if weekend is None:
        return None
    return dt.date.fromisocalendar(int(weekend.group(1)), int(weekend.group(2)), 6).isoformat()


def _days_after(ctx: DocContext, verb: Token, times: Sequence[TimeValue]) -> TimeValue | None:
    """The day of a speech verb in a clause an event came some days after ("The remarks came a day
    after X said ...", "two days after Y announced"): that many days before the day of the event."""
    if verb.dep_ != "advcl":
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None:
        return None
    main = verb.head
    for t in times:
        days = _DAYS.fullmatch(t.value) if t.type == "DURATION" else None
        length = _token_at(verb, t.end - 1) if days is not None else None
        if days is None or length is None or length.i + 1 != mark.i:
            continue
        if length.dep_ != "npadvmod" or length.head.i not in (main.i, verb.i):
            continue  # ("two days" hangs on either verb, as the parser reads it)
        event = _statement_date(ctx, main)
        if event is None or len(event.value) != 10:
            return None
        day = dt.date.fromisoformat(event.value) - dt.timedelta(days=int(days.group(1)))
        return TimeValue(t.text, "DATE", day.isoformat(), t.start, t.end)
    return None


#: The clauses a sentence's opening day reaches from its main verb: those joined to it ("..., although
#: X warned", "and X said"), not those it reports.
_JOINED_CLAUSES = ("advcl", "conj")


#: Words joining a clause of another time than the main verb's ("after X said", "before Y warned").
_ANOTHER_TIME = {"after", "before", "since", "until", "till", "once"}


def _opening_day(verb: Token, times: Sequence[TimeValue]) -> TimeValue | None:
    """The day that opens a sentence, for a speech verb in a clause joined to its main verb ("On Sunday
    the cabinet decided X, although the premier warned that Y": Sunday is when he warned), when the
    speech verb has no time of its own (not "..., after X said last week")."""
    main = verb
    while main.dep_ in _JOINED_CLAUSES and main.head.i != main.i:
        if any(c.dep_ == "mark" and c.lower_ in _ANOTHER_TIME for c in main.children):
            return None  # "..., after X said": before that day
        main = main.head
    if main.i == verb.i or main.dep_ != "ROOT":
        return None
    opening = None
    for t in times:
        head = _token_at(verb, t.start)
        if head is None:
            continue
        if _attached_to(head, verb):
            return None  # a time of its own, however vague
        if opening is None and t.type == "DATE" and is_day(t.value) and head.i < main.i:
            opening = t if _attached_to(head, main) else None
    return opening


def _token_at(verb: Token, char: int) -> Token | None:
    start, end = sentence_range(verb)
    firsts, ends, _ordered = parse_tables(verb.doc).characters  # no Token made of each word before it
    for i in range(start, end):
        if firsts[i] <= char < ends[i] + 1:
            return verb.doc[i]
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
    if subject.lemma_.lower() in _DOCUMENT_NOUNS and not any(c.dep_ == "compound" for c in subject.children):
        issuer = _issuer(subject)  # "a statement released by the foreign ministry": the ministry speaks
        return _actor_for(ctx, issuer, speakers) if issuer is not None else speakers.resolve("", person=False)
    titled = _titled_with_field(subject) or _titles_joined(subject)
    if titled is not None:  # "Minister of X and Y Jane Doe": one person, whatever "and" the field has
        return _person_actor(ctx, subject, titled, speakers)
    if any(c.dep_ == "conj" for c in subject.children) and not _people_joined(subject, speakers):
        return None  # "X and Y said": a joint statement, no one speaker (unless each is a person named)
    person = _person_in(subject)
    if person is not None:
        return _person_actor(ctx, subject, person, speakers)
    known = _known_surname(subject, speakers)
    if known is not None:
        return known  # "Both Doe and analyst Roe said": Doe is the Jane Doe named before
    phrase = _noun_phrase(subject)
    if not phrase or _kin_of_someone(subject):
        return None
    phrase = _without_describing_words(subject, phrase)
    state = _state_named(ctx, subject)
    if state is not None:
        return Actor(state, "country", party=state)  # "the island nation of X said": X speaks
    if _side_named(ctx, subject) is not None:
        return None  # "the Thai side said": a side no one named, with its country, for the caller
    words = phrase.split()
    country = ctx.gazetteer.country(phrase) if subject.pos_ == "PROPN" else None
    if country is not None and len(words) <= 2 and _office_of(ctx, phrase):
        # "the Pentagon said": the office speaks, for its country
        return Actor(phrase, "organisation", party=country)
    if country is not None and (len(words) == 1 or ctx.gazetteer.is_capital(phrase)):
        # "Nairobi says", "Kuala Lumpur says": the capital speaks for its government, whatever its length
        return Actor(country, "country", party=country)
    if _indefinite(subject):
        if subject.pos_ == "NOUN":
            return None  # "a Ruritanian official", "a rebel statement": no one named, a group for the caller
        # "an Israeli official said": someone not named before, never the official named earlier
    elif len(words) <= 2 and not _proper_below(subject, but="det"):
        # "the ministry", "the consulate": the nearest earlier speaker with that head.
        earlier = speakers.resolve(phrase, person=False)
        if earlier is not None:
            return earlier
    elif len(words) <= 3:
        # "the foreign ministry"; a surname the model did not tag ("..., Trump said"): the speaker named
        # in full before, or a person named in full in a sentence before
        surname = subject.pos_ == "PROPN" and len(words) == 1
        earlier = speakers.resolve(phrase, person=None if surname else False)
        if earlier is not None and earlier.name.lower().endswith(phrase.lower()):
            return earlier
        named = speakers.by_surname(phrase) if surname else None
        if named is not None:
            return named
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and subject.pos_ == "NOUN":
        # "Doe's spokesman": someone speaking for Doe, never Doe, and no one named; "Kenya's public
        # broadcaster": the country's, its describing words kept
        whose = re.sub(r"\s*['’]s$", "", _noun_phrase(owner) or owner.text)  # the phrase may keep its "'s"
        party = ctx.party_of(phrase) or ctx.gazetteer.country(whose) or speakers.party_of_person(whose)
        # the owner's words and "'s" left out of the phrase where it kept them ("Jane Doe's senior aide")
        own = re.sub(r"^['’]s?\s+", "", phrase.removeprefix(whose).strip()) or subject.text
        named = _entity_at(owner)
        if party is None and named is not None and named.label_ == "PERSON":
            # "Prime Minister Jane Doe's office", she named before as X's: X's office
            party = speakers.party_of_person(_POSSESSIVE_END.sub("", _without_office(named).text.strip()))
        if subject.lemma_.lower() in actor_words().body_nouns:
            return Actor(f"{whose}'s {own}", "organisation", party=party)  # "Doe's office": a body, no one
        return Actor(f"{whose}'s {own}", "person", role=own, party=party)
    if subject.tag_ in ("NNS", "NNPS") and subject.pos_ == "NOUN":
        return None  # a plural common noun ("authorities", "people", "countries"): a group, for the caller
    # "China's commerce ministry": the body of the country its possessive names
    party = ctx.party_of(phrase) or next(
        (ctx.gazetteer.country(c.text) for c in subject.children if c.dep_ == "poss"), None
    )
    if party is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in actor_words().body_nouns:
        return Actor(phrase, "organisation", party=party)  # "the Saudi foreign ministry said": its body
    if phrase[:1].islower() and not _proper_below(subject):
        return None  # "the foreign minister said", unnamed: a role noun or a group, for the caller
    if _role_of_a_nation(subject):
        return None  # "the Omani mediator said": someone of that country, unnamed, for the caller
    if subject.pos_ != "PROPN" and not _proper_below(subject):
        return None
    if subject.lower_ in meeting_words().titles and (subject.pos_ == "NOUN" or _title_alone(subject)):
        return None  # "the visiting U.S. president": a title, the person it stands for found by the caller
    return Actor(phrase, "organisation", party=party or _organisation_party(ctx, phrase))


def _role_of_a_nation(subject: Token) -> bool:
    """A singular common noun for a person ("mediator", "negotiator", "envoy") whose only proper words name
    a country or a people ("the Omani mediator", "the French envoy"): someone unnamed of that country,
    not a body called so (the tagger makes the nationality a proper noun)."""
    return (
        subject.pos_ == "NOUN"
        and subject.tag_ == "NN"
        and subject.lemma_.lower().endswith(_PERSON_ENDINGS)
        and _ent_types_below(subject) - {""} <= {"NORP", "GPE"}
    )


def _without_describing_words(subject: Token, phrase: str) -> str:
    """A name without the words before it that only describe it ("the so-called Middle East Quartet",
    "key mediator Turkey" → "Middle East Quartet", "Turkey"): the common words ahead of the first proper
    noun or named word ("Iranian" of "the Iranian Foreign Ministry" stays, a part of the name); a word in
    lower case the tagger took for a proper noun ("mediator") is a common one."""
    if subject.pos_ != "PROPN":
        return phrase
    start = doc_text(subject.doc).find(phrase, subject.left_edge.idx)
    if start < 0:
        return phrase
    for t in subject.doc[subject.left_edge.i : subject.i + 1]:
        if t.idx >= start and ((t.pos_ == "PROPN" and not t.text[:1].islower()) or t.ent_type_):
            return phrase[t.idx - start :]
    return phrase


def _may_speak(noun: Token) -> bool:
    """Whether a common noun can name who speaks: a person ("spokesman", "envoy", a title), a body
    ("ministry"), a group ("opposition", any plural) or a document ("statement"), not a thing or a deed
    ("trip", "visit", "decision")."""
    low = noun.lemma_.lower()
    words = actor_words()
    return (
        noun.tag_ == "NNS"  # "officials", "analysts", "talks ended, leaving": a group, for the caller
        or low in _DOCUMENT_NOUNS
        or low.endswith(_PERSON_ENDINGS)
        or low in meeting_words().titles
        or low in words.body_nouns
        or low in words.group_nouns
    )


def _title_alone(subject: Token) -> bool:
    """A title with no name ("The Prime Minister, who arrived on Monday, said"; "the prime minister" the
    tagger took for a proper noun): the words up to the title name no one and no body."""
    if subject.lower_ in actor_words().body_nouns:
        return False  # "the trade ministry" the parser took for a name: a body
    words = subject.doc[subject.left_edge.i : subject.i + 1]
    return not any(t.ent_type_ in ("PERSON", "ORG") for t in words)


def _issuer(document: Token) -> Token | None:
    """Who issued a document noun: the agent of its participle ("a statement released by X")."""
    for clause in document.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            for agent in clause.children:
                if agent.dep_ == "agent":
                    return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _is_place(ctx: DocContext, word: str) -> bool:
    """Whether a word names a country or a city of the gazetteer."""
    return ctx.gazetteer.country(word) is not None or ctx.gazetteer.city_country(word) is not None


def _state_named(ctx: DocContext, subject: Token) -> str | None:
    """The country a common noun for a state names after "of" ("the predominantly X nation of Y", "the
    kingdom of Z"): the phrase is that state, whatever words describe it, not a body named by them."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in actor_words().state_nouns:
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if place is not None and place.pos_ == "PROPN":
                return ctx.gazetteer.country(_noun_phrase(place))
    return None


def _side_named(ctx: DocContext, subject: Token) -> str | None:
    """The country a side noun's one modifier names ("the Thai side said", "the US side"): an unnamed
    speaker of that country, as "the Afghan side" (an adjective) is, not a body called "Thai side" (the
    tagger makes some nationalities proper nouns)."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in actor_words().side_nouns:
        return None
    modifiers = [c for c in subject.children if c.dep_ in ("amod", "compound", "nmod")]
    if len(modifiers) != 1 or any(True for _ in modifiers[0].children):
        return None
    return ctx.gazetteer.country(modifiers[0].text)


def _proper_below(tok: Token, but: str | None = None) -> bool:
    """Whether a token's subtree holds a proper noun (not counting words of the dependency ``but``), read
    from the parse's tables: ``any(t.pos_ == "PROPN" for t in tok.subtree)`` without a Token made of each
    word, asked of every speaker's subject."""
    tables = parse_tables(tok.doc)
    pos, deps = tables.pos, tables.deps
    return any(pos[i] == "PROPN" and deps[i] != but for i in subtree_of(tok))


def _ent_types_below(tok: Token) -> set[str]:
    """The entity types of the words of a token's subtree ("" for a word in none), from the tables."""
    types = parse_tables(tok.doc).ent_types
    return {types[i] for i in subtree_of(tok)}


def _kin_of_someone(subject: Token) -> bool:
    """A common noun relating its speaker to a person named after it ("the widow of X", "the son of X"):
    someone unnamed, neither X nor a body."""
    return subject.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and "PERSON" in _ent_types_below(c) for c in subject.children
    )


def _office_of(ctx: DocContext, phrase: str) -> bool:
    """Whether a name standing for a country's government is one of its offices ("the Pentagon", "the
    Kremlin"), not its capital ("Washington", which is the country speaking)."""
    return ctx.gazetteer.is_seat(phrase) and not ctx.gazetteer.is_capital(phrase)


def _organisation_party(ctx: DocContext, words: str) -> str | None:
    """The side an organisation named in ``words`` speaks for: the organisation, or the one it is an organ
    of ("the U.N. Security Council" speaks for the United Nations). An acronym the report spells out as
    another name ("the Islamic Emirate of X (IEA)") is that name's, whatever body the list knows by it."""
    found = ctx.gazetteer.organisations_in(words)
    if not found:
        return None
    start, end, name = found[0]
    spelt = spelt_acronyms(ctx.document.text).get(words[start:end])
    if spelt is not None and ctx.gazetteer.organisation(spelt) != name:
        return ctx.party_of(spelt) or ctx.gazetteer.organisation(spelt)
    return ctx.gazetteer.part_of(name) or name


def _noun_phrase(head: Token) -> str:
    """The words of a subject noun phrase, without leading determiners and trailing clauses."""
    aside = _asides(head)
    subtree = [t for t in head.subtree if t.i not in aside]
    under_head = {t.i for t in subtree}  # read once: asking ``a in head.subtree`` walks the whole subtree
    tokens = [t for t in subtree if t.dep_ not in ("relcl", "acl", "appos") or t.i == head.i]
    keep = []
    tables = parse_tables(head.doc)  # each word's ancestors read from the heads' table: no Token made
    heads, deps = tables.heads, tables.deps
    for t in tokens:
        inside_clause = any(
            deps[a] in ("relcl", "acl", "appos") and a != head.i and a in under_head
            for a in ancestor_indexes(heads, t.i)
        )
        if inside_clause and t.i > head.i:
            continue
        keep.append(t)
    # a dash set apart by spaces before the head ends a heading's label ("16:48 GMT - X's minister")
    cut = max((t.i for t in keep if t.i < head.i and _separating_dash(t)), default=-1)
    keep = [t for t in keep if t.i > cut]
    while keep and (keep[0].dep_ in _DROP_LEADING or keep[0].is_punct):
        keep.pop(0)
    while keep and (keep[-1].is_punct or keep[-1].dep_ == "cc"):
        keep.pop()  # and an "and" whose other half the parser made a subject of its own ("Both X and")
    if not keep:
        return ""
    last = keep[-1]  # the words' text sliced from the document, not joined anew from a Span's tokens
    return doc_text(head.doc)[keep[0].idx : last.idx + len(last.text)].strip(' ,“”"\n\r\t')


def _separating_dash(token: Token) -> bool:
    """A dash with a space on each side: it separates two phrases (a live entry's time from its
    headline), unlike the hyphen inside a name ("Al-Khulaifi"), which the parser splits too."""
    text = doc_text(token.doc)
    spaced = bool(token.whitespace_) and text[token.idx - 1 : token.idx] == " "
    return spaced and token.text in ("-", "–", "—")


def _asides(head: Token) -> set[int]:
    """The words of a comma-set aside after a subject ("Doe, in a televised address Monday, said"):
    where and when the speaker spoke, not who."""
    doc = head.doc
    out: set[int] = set()
    for c in head.rights:
        if c.dep_ not in ("prep", "npadvmod", "advmod", "punct"):
            break
        words = range(c.left_edge.i, c.right_edge.i + 1)
        dated = c.dep_ != "punct" and any(doc[i].ent_type_ in ("DATE", "TIME") for i in words)
        if out or dated or (c.dep_ != "punct" and doc[c.left_edge.i - 1].text == ","):
            out.update(words)  # and "the cabinet on Thursday approved": when, not who
    return out


def _entity_at(tok: Token) -> Span | None:
    """The named entity a token is part of, read from the token's IOB tags (not by scanning
    ``doc.ents``, which spaCy rebuilds on every access)."""
    if not tok.ent_type_:
        return None
    doc, tables = tok.doc, parse_tables(tok.doc)
    iobs = tables.ent_iobs  # read from the tables, no Token made of each word of the name
    start = tok.i
    while start > 0 and iobs[start] == 1:  # "I"
        start -= 1
    end = tok.i + 1
    while end < len(iobs) and iobs[end] == 1:
        end += 1
    firsts, ends, _ordered = tables.characters
    return doc.char_span(firsts[start], ends[end - 1], label=tok.ent_type_)


def _person_in(subject: Token) -> Span | None:
    """A PERSON entity that is the subject, part of its compound chain, or its apposition."""
    candidates = [subject] + [c for c in subject.children if c.dep_ == "appos"]
    last = subject.right_edge
    if last.i > subject.i and last.ent_type_ == "PERSON" and subject.pos_ == "PROPN":
        # "Organisation of X envoy Jane Doe said": the name that ends the subject, after a title
        named = _entity_at(last)
        titles = meeting_words().titles
        # "the Minister for Trade Jane Doe said": the name the parser made the object of the title's "for",
        # after the words of the title's field (not "the Spokesman for Jane Doe", who speaks for her)
        of_title = subject.lower_ in titles and last.dep_ == "pobj" and last.head.head.i == subject.i
        if (
            named is not None
            and named.start > 0
            and (
                subject.doc[named.start - 1].lower_ in titles or (of_title and named.start > last.head.i + 1)
            )
        ):
            candidates.append(last)
    if subject.pos_ == "NOUN":
        # "the spokesman in Kabul, Jane Doe, said", "the spokesman for the X Bank, Jane Doe, said": the
        # name the parser hung on the role's place or body; "spokesperson for the ministry Jane Doe
        # said": the name after the body the title serves (not "a spokesman for Jane Doe")
        bodies = actor_words().body_nouns
        candidates += [
            t
            for t in _role_words(subject)
            if (t.dep_ == "appos" and t.head.i != subject.i and t.head.ent_type_ in _PLACES_AND_BODIES)
            or (
                t.dep_ == "pobj"
                and t.ent_type_ == "PERSON"
                and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ in bodies for c in t.lefts)
            )
        ]
    for cand in candidates:
        covering = _entity_at(cand)
        if covering is not None and covering.label_ == "PERSON":
            return covering
        given = next((c for c in cand.lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"), None)
        if given is not None and cand.pos_ == "PROPN":
            named = name_span(given)  # "Minister Jane Mary Doe" with "Doe" taken for a place
            if named is not None and named.end == cand.i + 1:
                return named
        if covering is not None and covering.label_ == "ORG" and cand.pos_ == "PROPN":
            titled = _titled_name(cand)  # "aide Jane Mary Doe" the model took for a body
            if titled is not None:
                return titled
        if covering is not None and covering.label_ in _NOT_PEOPLE:
            continue
        if cand.pos_ == "PROPN" and (cand.dep_ == "appos" or cand.i == subject.i):
            names = [t for t in cand.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            chain = propn_chain(cand)
            # a name is capitalised and names no body ("foreign ministry", "Foreign Ministry" the parser
            # took for proper nouns)
            named = (
                all(t.text[:1].isupper() for t in chain)
                and chain[-1].lower_ not in actor_words().body_nouns
                and chain[-1].lower_ not in meeting_words().titles  # "Oil Minister" is a title, no name
                # "Union District 751": a numbered unit of a body, no person
                and not any(c.dep_ == "nummod" and c.text[:1].isdigit() for c in cand.children)
            )
            if len(chain) >= 2 and names and named:
                return chain
    return _titled_with_field(subject)


def _titled_with_field(subject: Token) -> Span | None:
    """ "Minister for Information and Broadcasting Jane Doe said", parsed as no name: the name that ends
    the subject, whether the parser made it the head or hung it on the title (as a conjunct of it, too)."""
    last = subject.right_edge  # nothing after the name: "X and Minister of Y Z said" is two people
    if subject.pos_ != "PROPN" or (subject.i != last.i and subject.lower_ not in meeting_words().titles):
        return None
    words = subject.doc[subject.left_edge.i : last.i + 1]
    return _name_after_field(words) if len(words) > 4 else None


def _titles_joined(subject: Token) -> Span | None:
    """ "Acme President and CEO Jane Doe said": two titles of one person joined by "and", the person's
    name after the second, the parser having made the name a conjunct of the first title. Not where a
    name or an article stands before the "and" ("President X and Prime Minister Y", "the president and
    ..."): two people."""
    if subject.pos_ != "PROPN" or subject.lower_ not in meeting_words().titles:
        return None
    conj = next((c for c in subject.children if c.dep_ == "conj"), None)
    cc = next((c for c in subject.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    person = _entity_at(conj) if conj is not None else None
    if cc is None or person is None or person.label_ != "PERSON" or person.end - 1 != subject.right_edge.i:
        return None
    doc = subject.doc
    before, between = doc[subject.left_edge.i : cc.i], doc[cc.i + 1 : person.start]
    if not len(between) or any(t.ent_type_ == "PERSON" or t.dep_ == "det" for t in before):
        return None
    return person if all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in between) else None


def _people_joined(subject: Token, speakers: _Speakers) -> bool:
    """Whether every word a subject joins with "and" names a person (the first too), by name or by the
    surname of someone named before."""
    return all(
        _person_in(t) is not None or _known_surname(t, speakers) is not None
        for t in [subject, *subject.conjuncts]
    )


def _known_surname(tok: Token, speakers: _Speakers) -> Actor | None:
    """The person named before whose surname ``tok`` is, alone (no title or name before it), whatever
    the model tagged it: "Doe" after "Jane Doe said" is Jane Doe, not a body called Doe; a surname the
    tagger took for another part of speech too ("Nkemdirim said" read as an adverb)."""
    if not tok.text[:1].isupper() or (tok.pos_ != "PROPN" and not tok.text.isalpha()):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children):
        return None
    return speakers.by_surname(tok.text)


def _joint_people(subject: Token, speakers: _Speakers) -> list[tuple[Token, Span]]:
    """ "Jane Doe and analyst John Roe said": the people after the first of a subject joining named
    people, each a speaker of the statement; none when any of the joined words names no person ("X and
    the ministry said" is a joint statement of no one speaker)."""
    joined = [c for c in subject.conjuncts if c.i > subject.i]
    if not joined and any(c.dep_ == "cc" for c in subject.children):
        # "Both X and analyst Y said" parsed as two subjects of the verb, the "and" hung on the first
        joined = [c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i]
    first = _person_in(subject)
    lead = _lead_person(subject, speakers)
    if lead is not None and first is not None:
        # "Both Doe and bank analyst Roe said" parsed as one phrase, Doe a modifier of Roe's title
        return [(subject.doc[lead.start], lead)]
    if not joined or (first is None and _known_surname(subject, speakers) is None):
        return []
    people = [(t, _person_in(t) or _surname_span(t, speakers)) for t in joined]
    if not all(p is not None for _t, p in people):
        return []
    # a name the first person's words end on ("Organisation for X and Y envoy Jane Doe") is no other person
    return [(t, p) for t, p in people if p is not None and (first is None or p.start != first.start)]


def _lead_person(subject: Token, speakers: _Speakers) -> Span | None:
    """A person the parser hung as a modifier at the head of another's title, joined by "and" ("Both
    Doe and bank analyst Roe", "Doe" a modifier of "analyst"): named in full, or by the surname of
    someone named before."""
    first, _last = subtree_ends(subject)
    while first.dep_ in ("det", "preconj") and first.i < subject.i:
        first = subject.doc[first.i + 1]
    if first.i >= subject.i or first.dep_ not in ("nmod", "compound") or first.pos_ != "PROPN":
        return None
    if not any(c.dep_ == "cc" for c in first.children):
        return None
    named = _entity_at(first)
    if named is not None and named.label_ == "PERSON" and named.end == first.i + 1:
        return named
    return _surname_span(first, speakers)


def _surname_span(tok: Token, speakers: _Speakers) -> Span | None:
    """``tok`` as a name of its own where it is the surname of someone named before."""
    return tok.doc[tok.i : tok.i + 1] if _known_surname(tok, speakers) is not None else None


def _titled_name(tok: Token) -> Span | None:
    """The capitalised words after the last title of the compound chain ending at ``tok`` ("Regional
    Governor Jane Doe" → "Jane Doe"), two words at least and none naming a body; None without a title."""
    doc = tok.doc
    start = tok.i
    while (
        start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in range(start, tok.i + 1)
    ):
        start -= 1
    titles = meeting_words().titles
    last = max((i for i in range(start, tok.i) if doc[i].lower_ in titles), default=None)
    if last is None:
        return None
    name = doc[last + 1 : tok.i + 1]
    bodies = actor_words().body_nouns
    if len(name) < 2 or any(
        t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in bodies for t in name
    ):
        return None
    return name


#: Prepositions that open the field of a title ("Minister for Information", "Secretary of the Council").
_FIELD_PREPOSITIONS = {"of", "for"}


def _name_after_field(words: Span) -> Span | None:
    """The name that ends a title with a field of its own ("Federal Minister for Information and
    Broadcasting Jane Doe", "Secretary of the Security Council John Roe" → "Jane Doe", "John Roe"), the
    model having taken the whole for one name or for none: the person's name the model tags after the
    field, else the last two capitalised words, or three where the first of them is a given name, none of
    them a title or a body's word. None where no title with a field opens the words."""
    titles = meeting_words().titles
    first_title = next((k for k, t in enumerate(words) if t.lower_ in titles), None)
    if first_title is None or first_title > 2:
        return None  # "Botswana Minister of ...": a country's word may stand before the title
    # a preposition with words of the field after it ("the Spokesman for Jane Doe" speaks for her)
    field = words[first_title + 1 : len(words) - 3]
    prep = next((t for t in field if t.lower_ in _FIELD_PREPOSITIONS and t.text.islower()), None)
    if prep is None:
        return None
    named = _entity_at(words[-1])  # the model's name, when it tells the name from the field
    if named is not None and named.label_ == "PERSON" and prep.i + 1 < named.start and named.end == words.end:
        return named
    bodies = actor_words().body_nouns
    size = 3 if len(words) > 4 and words[-3].text in given_names() else 2
    name = words[len(words) - size :]
    if any(
        t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in titles or t.lower_ in bodies
        for t in name
    ):
        return None
    return name


def _role_words(subject: Token) -> list[Token]:
    """The words after a role noun that still describe the speaker ("spokesman in Kabul"): its
    prepositions' objects, never a clause of its own."""
    out = []
    for c in subject.rights:
        if c.dep_ == "prep":
            out += [t for t in c.subtree if not _in_clause(t, c)]
        elif c.dep_ == "appos" and c.pos_ == "NOUN":
            # "the head of the X observer mission to Y, Jane Doe": the parser made the title's last
            # words ("observer mission to Y") an apposition of its first
            out += _role_words(c)
    return out


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether a word sits in a clause of its own below ``top`` ("who said ...", "seen by ...")."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def _person_actor(ctx: DocContext, subject: Token, person: Span, speakers: _Speakers) -> Actor:
    # "On Sunday Jane Doe said": a day the model took into the name is when she spoke, not who she is
    dated = _dated_words(ctx, subject)
    while len(person) > 1 and person[0].i in dated:
        person = person[1:]
    person = _without_office(person)
    # "Federal Minister for Information and Broadcasting Jane Doe" taken for one name: the title is her role
    person = (_name_after_field(person) if len(person) > 3 else None) or person
    # "Jane Doe's claim that ...": the model's name may keep the possessive ending, the person's may not
    name = _POSSESSIVE_END.sub("", str(person.text).strip())
    start, end = person.start, person.end
    # Role: the subject's words around the name, minus the name and a leading possessive country.
    subtree = list(subject.subtree)
    under_subject = {t.i for t in subtree}  # read once: asking ``a in subject.subtree`` walks it all
    # the other people a joint subject names ("X and analyst Y said") are no part of X's title
    joined = {t.i for c in subject.children if c.dep_ in ("conj", "cc", "preconj") for t in c.subtree}
    lead = _lead_person(subject, speakers)
    if lead is not None:  # "Both Doe and bank analyst Roe": Doe and the "and" are no part of Roe's title
        joined.update(range(subject.left_edge.i, lead.end))
        joined.update(c.i for c in subject.doc[lead.end - 1].children if c.dep_ == "cc")
    # "President X at the summit in Y": where and when the person was is no part of the title (nor Y the side)
    where = {
        t.i
        for name in subject.doc[start:end]
        for p in name.rights
        if (p.dep_ == "prep" and p.lower_ in _CIRCUMSTANCE) or p.dep_ == "advmod"  # "X here on Tuesday"
        for t in p.subtree
    }
    # "led by X, the other side's one by Y": an apposition headed by no noun describes someone else
    where.update(
        t.i
        for name in subject.doc[start:end]
        for c in name.children
        if c.dep_ == "appos" and c.pos_ not in ("NOUN", "PROPN")
        for t in c.subtree
    )
    role_tokens = [
        t
        for t in subtree
        if not (start <= t.i < end or t.i in joined or t.i in dated or t.i in where)
        and t.dep_ not in ("det", "punct", "relcl", "acl")
    ]
    role_tokens = [
        t
        for t in role_tokens
        if not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i in under_subject)
    ]
    role_tokens = _past_other_person(role_tokens)
    role_words = [t for t in role_tokens if t.dep_ != "case" and not t.is_space]  # no line breaks
    party = None
    role_kept = []
    for t in role_words:
        country = ctx.gazetteer.country(t.text)
        if country is not None and (t.dep_ in ("poss", "compound", "amod", "nmod") or t.i == role_words[0].i):
            party = party or country
            continue
        role_kept.append(t.text)
    role = " ".join(role_kept).strip(" ,") or None
    bare = _untitled(name)
    if len(bare.split()) == 1 and bare != name:
        # "Sheikh X said" after "Sheikh X Y Z, the minister, said": the person named in full before;
        # "Special Envoy X said" after "Special Envoy Jan X held talks": the one named, though he spoke not
        earlier = speakers.resolve(bare, person=True) or speakers.by_surname(bare)
        if earlier is not None and len(earlier.name.split()) > 1 and bare in earlier.name.split():
            return earlier
    if len(name.split()) > 1:
        # "Ould Cheikh Ahmed said" after "Jane Ould Cheikh Ahmed, the envoy, said": a surname of several
        # words stands for the person named in full before, as one of one word does
        longer = speakers.named_in_full(name)
        if longer is not None:
            return longer
    if len(name.split()) == 1:
        earlier = speakers.resolve(name, person=True)
        if earlier is not None and name in earlier.name.split():
            return earlier
        full = fuller_mention(ctx, person)
        if full is not None:
            described = _person_actor(ctx, full.root, full, speakers)
            return Actor(
                described.name, "person", role=role or described.role, party=party or described.party
            )
    sent_to = _sent_to(ctx, role_tokens) if role else set()  # "mission to Y": where it goes, not its side
    if party is None and role:
        party = next((c for c in ctx.parties_in(role) if c not in sent_to), None)
        party = party or _organisation_party(ctx, role)  # "OSCE envoy X" speaks for the OSCE
    if party is None:  # "X, spokesman for the Ruritanian Liberation Front": the body he speaks for
        party = _organisation_served(role_tokens)
    if party is None:  # "Doe's spokesman X" speaks for Doe's side
        owner = next((t for t in role_tokens if t.dep_ == "poss" and t.pos_ == "PROPN"), None)
        party = speakers.party_of_person(owner.text) if owner is not None else None
    if party is None and role is not None:  # "Norwegian Prime Minister X and Foreign Minister Y"
        party = _conjunct_country(person)
    if party is None:  # the side the report's actors give the person ("President X" in a capital's report)
        party = next((m.name for m in ctx.actors.in_range(person.start_char, person.end_char)), None)
    if party is None:  # "Sheikh Jane Doe said", after "Jane Doe, X's minister": the side she was given
        party = speakers.party_of_person(name)
    if party is not None and (role is None or all(_honorific(w) for w in role.split())):
        role = speakers.office_of_person(name) or role
    if party is None or role is None:
        # "Jane Doe said": her title and country are where the report first introduced her.
        for ent in ctx.ents:
            if ent.label_ == "PERSON" and ent.text == name and ent.start != start:
                title = title_before(ent)
                if title is not None:
                    role, party = role or title[0], party or title[1]
                    if party is not None:
                        break
    if party is None and role is not None:  # "spokesman of the X administration": the side X stands for
        party = _actor_in_title(ctx, role_tokens, sent_to)
    if party is None and role is not None:
        party = _host_office(ctx, role, capital_spoken_in(subject, ctx.gazetteer) or ctx.dateline)
    return Actor(name, "person", role=role, party=party)


def _past_other_person(role_tokens: list[Token]) -> list[Token]:
    """A title's words after the last "and" that follows another person's name ("Acme CEO Jane Roe and
    Union President John Doe led the talks", the parser having hung Roe on Doe's title): the words up to
    it are the other person's name and title, not Doe's."""
    cut = None
    for t in role_tokens:
        if t.dep_ == "cc" and any(u.ent_type_ == "PERSON" and u.i < t.i for u in role_tokens):
            cut = t.i
    return role_tokens if cut is None else [t for t in role_tokens if t.i > cut]


def _actor_in_title(ctx: DocContext, role_tokens: Sequence[Token], sent_to: set[str]) -> str | None:
    """The side of the actor a title names when no country word gave one ("chief spokesman of the X
    administration", X a movement the report's actors stand for a state or a side): the holder serves
    that actor, not the government of the capital the report is written in. A place the holder is sent
    to ("envoy to Y") is no side of theirs."""
    if not role_tokens:
        return None
    starts = {t.idx for t in role_tokens}
    lo, hi = min(starts), max(t.idx + len(t.text) for t in role_tokens)
    for m in ctx.actors.in_range(lo, hi):
        if m.start in starts and not m.person and not m.generic and m.name not in sent_to:
            return m.name
    return None


#: Prepositions of where and when ("X at the summit in Y"), never of the office a title names ("of", "for").
_CIRCUMSTANCE = {"at", "in", "on", "during", "after", "before", "near", "since", "until", "amid", "ahead"}


def _conjunct_country(person: Span) -> str | None:
    """The country of the titled person a titled name is joined to ("met Norwegian Prime Minister X and
    Foreign Minister Y": Y is Norway's foreign minister too), the country word standing before both."""
    name = person.root
    if name.dep_ != "conj" or name.head.ent_type_ != "PERSON":
        return None
    first = _entity_at(name.head)
    title = title_before(first) if first is not None else None
    return title[1] if title is not None else None


def _dated_words(ctx: DocContext, subject: Token) -> set[int]:
    """The words of a subject's phrase inside a time expression ("On Sunday Jane Doe said", the day
    parsed into her phrase)."""
    first, last = subtree_ends(subject)
    times = ctx.times_in(first.idx, last.idx + len(last.text))
    if not times:
        return set()
    return {i for i in range(first.i, last.i + 1) if any(t.start <= ctx.starts[i] < t.end for t in times)}


def _sent_to(ctx: DocContext, role_tokens: Sequence[Token]) -> set[str]:
    """The countries a title names as where its holder is sent ("envoy to Y", "mission to Y",
    "ambassador to Y"), which are not the side the holder speaks for."""
    sent = set()
    for t in role_tokens:
        if t.dep_ == "pobj" and t.head.lower_ == "to":
            named = _entity_at(t)
            country = ctx.gazetteer.country(named.text if named is not None else t.text)
            if country is not None:
                sent.add(country)
    return sent


def _organisation_served(role_tokens: Sequence[Token]) -> str | None:
    """The organisation a title says its holder serves ("spokesman for X", "a member of X"): a body the
    model names (ORG) after "for" or "of" a common noun, not one of a government's bodies ("the Foreign
    Ministry", whose country the caller finds elsewhere) nor the word ending a title ("Secretary of
    State")."""
    bodies, portfolios = actor_words().body_nouns, actor_words().portfolio_titles
    for t in role_tokens:
        prep = t.head
        if t.dep_ != "pobj" or t.ent_type_ != "ORG" or prep.lower_ not in ("for", "of"):
            continue
        if prep.head.pos_ != "NOUN" or t.lower_ in bodies or prep.head.lower_ in portfolios:
            continue  # "minister of Communication": a field of government, not a body served
        return _proper_name(t)
    return None


def _proper_name(head: Token) -> str | None:
    """The capitalised words of a name headed by ``head``, an "of" phrase of it included ("the rebel
    Liberation Front of the North (LFN)" → "Liberation Front of the North"), without its article, its
    descriptive words or an acronym in brackets."""
    doc = head.doc
    first = head.left_edge
    while first.i < head.i and not (first.pos_ == "PROPN" and first.text[:1].isupper()):
        first = doc[first.i + 1]  # past "the rebel"
    last = head
    for c in head.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            bracketed = {t.i for a in c.subtree if a.dep_ == "appos" for t in a.subtree}
            names = [t for t in c.subtree if t.pos_ == "PROPN" and t.i not in bracketed]
            last = names[-1] if names else last
            break
    name = doc_text(doc)[first.idx : last.idx + len(last.text)].split("(")[0].strip(" ,")
    return name or None


def _host_office(ctx: DocContext, role: str, home: str | None) -> str | None:
    """The country of the capital a report is datelined in, for a person given an office of a government
    or a military rank and no country ("Prime Minister X", "Foreign Ministry spokesman X", "General X" in
    a report from that capital): the report's own government's officials and officers go without one. A
    former, visiting or rebel one is no one's. A city that stands for its government though it is not
    the capital in law (a seat of government the gazetteer lists as a country's metonym) is such a
    capital too. ``home`` is that city: the report's dateline, or the capital the person is said to
    speak in."""
    if not home:
        return None
    seat = ctx.gazetteer.country(home)
    if seat is None and not ctx.gazetteer.is_capital(home):
        return None
    words = actor_words()
    said = [w.lower().rstrip("-") for w in role.split()]
    if any(w == "visiting" or w in words.bygone_words or w in words.group_nouns for w in said):
        return None  # a visitor, a former officer, a rebel or opposition one: not the government's
    if said[-1] not in words.host_titles | words.ranks and not any(w in words.body_nouns for w in said):
        return None
    return seat or ctx.gazetteer.city_country(home)


def statements_of_texts(texts: Sequence[str], *, unresolved: bool = True) -> Iterator[list[Statement]]:
    """Statements of plain texts, character offsets into each text as given (nothing is cut or cleaned):
    what the statement scorer compares with brat annotations."""
    import datetime as dt

    from legation.model import Document
    from legation.nlp import load_model
    from legation.time import normalise_doc

    nlp = load_model()
    day = dt.date(2000, 1, 1)
    for i, doc in enumerate(nlp.pipe(texts, batch_size=32)):
        document = Document(f"text-{i}", texts[i], day)
        try:
            times = normalise_doc(doc, day)
        except Exception:
            times = []
        yield find_statements(DocContext(document, doc, times), unresolved=unresolved)


def parsed_statements(ctx: DocContext) -> list[Statement]:
    """All attributions of a parsed document, resolved or not (for mining and scoring)."""
    return find_statements(ctx, unresolved=True)
