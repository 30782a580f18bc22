"""What every extractor needs to know about one parsed document.

Built once per document so that the extractors share one sentence index, one set of time values and
one party resolver, instead of each recomputing them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload

from legation.model import Document, Evidence, Sentence, TimeValue
from legation.nlp.gazetteer import Gazetteer, load_gazetteer
from legation.nlp.prefilter import fold, needed

if TYPE_CHECKING:
    from legation.nlp.actors import DocActors

Span = Any  # spacy.tokens.Span
Token = Any  # spacy.tokens.Token

#: Where :func:`entities` keeps a document's entities (``Doc.user_data``).
_ENTITIES = "legation.entities"


def entities(doc: Any) -> tuple[Span, ...]:
    """The document's entities, read once: spaCy rebuilds ``Doc.ents`` from every token on each access,
    and the extractors read them many times per document."""
    found: tuple[Span, ...] | None = doc.user_data.get(_ENTITIES)
    if found is None:
        found = tuple(doc.ents)
        doc.user_data[_ENTITIES] = found
    return found


#: Where :func:`expanded_span` keeps the spans it made, and :func:`doc_text` the text (``Doc.user_data``).
_SPANS = "legation.spans"
_TEXT = "legation.text"


def expanded_span(doc: Any, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, made once per document and characters:
    every actor mention is looked up by several readers (is it a place, a talks' name, a first name,
    which role does it have), each of which needs its span and root, and spaCy makes both anew."""
    made: dict[tuple[int, int], Span | None] = doc.user_data.setdefault(_SPANS, {})
    key = (start, end)
    if key not in made:
        made[key] = doc.char_span(start, end, alignment_mode="expand")
    return made[key]


def doc_text(doc: Any) -> str:
    """``doc.text``, read once per document: spaCy joins it anew from every token on each access, and
    readers given only the parse (an actor mention's checks) look at the text around a mention."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def expanded_root(doc: Any, start: int, end: int) -> Token | None:
    """The root of :func:`expanded_span` (None where there is no span), found once: ``Span.root`` walks
    the span's tokens on each read."""
    roots: dict[tuple[int, int], Token | None] = doc.user_data.setdefault(_SPANS + ".roots", {})
    key = (start, end)
    if key not in roots:
        span = expanded_span(doc, start, end)
        roots[key] = span.root if span is not None else None
    return roots[key]


def places_in(text: str, word: str) -> list[int]:
    """Every character at which ``word`` starts in ``text``, overlapping ones too, in order."""
    places = []
    at = text.find(word)
    while at >= 0:
        places.append(at)
        at = text.find(word, at + 1)
    return places


#: A trie of words: a character leads to the trie of what may follow it; ``""`` holds the word that
#: ends there.
_Trie = dict[str, Any]


class _WordScan:
    """Where every word sought so far in the documents' texts stands in one text, found by one scan.

    The lexicons' pre-filters seek the same few hundred words in every document, most of them absent,
    and a substring search per word reads the whole text each time. A scan by one regex of all the words
    (a trie as nested alternations, so each place is tried against a few letters, not every word) finds
    every place where one of them starts; a walk of the trie from each such place then says which words
    start there, overlapping ones too. A word first sought after the scan of a text is searched for
    alone (:func:`places_in`) and joins the scan of the next text: the words sought settle after a few
    documents, so the regex is remade a few times only (at most :data:`_SCAN_REMAKES`)."""

    def __init__(self) -> None:
        self.words: frozenset[str] = frozenset()
        self.waiting: set[str] = set()
        self.trie: _Trie = {}
        self.finder: re.Pattern[str] | None = None
        self.remakes = 0

    def scan(self, text: str) -> tuple[dict[str, list[int]], frozenset[str]]:
        """For each word of the scan that ``text`` holds, its places in order; and the scan's words
        (those of them missing from the first are absent from the text)."""
        if self.waiting and self.remakes < _SCAN_REMAKES:
            self._remake()
        found: dict[str, list[int]] = {}
        finder = self.finder
        if finder is None:
            return found, self.words
        trie, end = self.trie, len(text)
        m = finder.search(text)
        while m is not None:
            at = k = m.start()
            node = trie
            while k < end:
                below: _Trie | None = node.get(text[k])
                if below is None:
                    break
                node, k = below, k + 1
                word = node.get("")
                if word is not None:
                    found.setdefault(word, []).append(at)
            m = finder.search(text, at + 1)  # the next place may overlap this one's words
        return found, self.words

    def wait(self, word: str) -> None:
        """Have ``word`` scanned for from the next text on (never the empty word, found everywhere)."""
        if word and len(self.waiting) + len(self.words) < _SCAN_WORDS:
            self.waiting.add(word)

    def _remake(self) -> None:
        words = self.words | self.waiting
        self.waiting = set()
        self.remakes += 1
        trie: _Trie = {}
        for word in words:
            node = trie
            for char in word:
                node = node.setdefault(char, {})
            node[""] = word
        self.words, self.trie, self.finder = words, trie, re.compile(_alternatives(trie))


def _alternatives(trie: _Trie) -> str:
    """A regex matching where a word of ``trie`` starts (up to the end of the shortest word there)."""
    if "" in trie:
        return ""  # a word ends here: whatever follows, a word starts where the match began
    branches = [re.escape(char) + _alternatives(rest) for char, rest in sorted(trie.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


#: How often the scan's regex may be remade in a process, and how many words it may hold: bounds on
#: the cost should the words sought never settle (each remake costs a few milliseconds).
_SCAN_REMAKES = 32
_SCAN_WORDS = 20_000
_WORD_SCAN = _WordScan()


def _nearest_ends(
    words: Collection[str], places_of: Callable[[str], list[int]]
) -> tuple[list[int], list[int]]:
    """Every place where one of ``words`` starts (``places_of(word)``), in order, and for each the first
    character after the word that ends soonest among those starting there or later: a stretch from
    ``start`` to ``end`` holds one of the words when the first place at or after ``start`` has its end
    ``<= end``."""
    found = sorted((at, at + len(word)) for word in words for at in places_of(word))
    places = [at for at, _end in found]
    nearest_end = [end for _at, end in found]
    for k in range(len(found) - 2, -1, -1):
        nearest_end[k] = min(nearest_end[k], nearest_end[k + 1])
    return places, nearest_end


def _places_of(strings: list[str]) -> dict[str, list[int]]:
    """For each string of a token table, the indexes at which it stands, in order."""
    places: dict[str, list[int]] = {}
    for i, string in enumerate(strings):
        places.setdefault(string, []).append(i)
    return places


#: Where :func:`sentence_range` keeps each token's sentence (``Doc.user_data``).
_SENTENCES = "legation.sentences"


def sentence_range(part: Token | Span) -> tuple[int, int]:
    """The first token and the end of the sentence of a token or span (``part.sent.start``,
    ``part.sent.end``), read from a table made once per document: spaCy finds a ``.sent`` anew on each
    call by walking the tokens to both of its ends, and makes a Span of it."""
    doc = part.doc
    table: tuple[list[int], list[int]] | None = doc.user_data.get(_SENTENCES)
    if table is None:
        table = doc.user_data[_SENTENCES] = _sentence_table(doc)
    starts, ends = table
    if hasattr(part, "i"):  # a Token
        return starts[part.i], ends[part.i]
    return starts[part.start], ends[part.start]  # a span across sentences: its first token's, as spaCy


def _sentence_table_from(sents: Sequence[Span]) -> tuple[list[int], list[int]]:
    """:func:`_sentence_table` of a parse from its sentences (``Doc.sents``, which cover its tokens in
    order): each sentence's first token and end repeated over its tokens, a list made in C per sentence."""
    starts: list[int] = []
    ends: list[int] = []
    for sent in sents:
        starts += [sent.start] * (sent.end - sent.start)
        ends += [sent.end] * (sent.end - sent.start)
    return starts, ends


def _sentence_table(doc: Any) -> tuple[list[int], list[int]]:
    """For each token, the first token and the end of its sentence: a sentence runs from a token whose
    ``sent_start`` is 1 (or the first token) to the next such token, as ``Token.sent`` finds it."""
    from spacy.attrs import SENT_START  # spaCy is imported only where a parse is read

    if not len(doc):
        return [], []
    flags = doc.to_array([SENT_START]).tolist()
    starts: list[int] = []
    first = 0
    for i, flag in enumerate(flags):
        if flag == 1:
            first = i
        starts.append(first)
    ends: list[int] = [0] * len(flags)
    end = len(flags)
    for i in range(len(flags) - 1, -1, -1):
        ends[i] = end
        if starts[i] == i:
            end = i
    return starts, ends


def forget_entities(doc: Any) -> None:
    """Drop what :func:`entities`, :func:`expanded_span`, :func:`expanded_root`, :func:`doc_text`,
    :func:`sentence_range` and :func:`parse_tables` kept on a document."""
    for key in (_ENTITIES, _SPANS, _SPANS + ".roots", _TEXT, _SENTENCES, _TABLES):
        doc.user_data.pop(key, None)


#: Verbs by which a name is a source the report quotes.
_SPEAKING = frozenset({"say", "tell", "announce", "state", "add", "report"})


#: A string's id in spaCy's string store is a hash of the string, the same in every vocabulary, so the
#: strings the id tables point at (changed or not: None or ``str.lower``) are kept across documents:
#: a corpus repeats most of its words, and a look-up in the store costs far more than one in a dict.
_STRING_TABLES: dict[Callable[[str], str] | None, dict[int, str]] = {}
#: Ids kept per table before it starts anew (a few MB; a vocabulary of news text stays well below).
_STRING_TABLE_LIMIT = 200_000


class Tokens(Sequence[Token]):
    """A document's tokens by index, each made on first use and kept (``doc[i]`` makes a new Token on
    every call): the readers ask for the few words their tables point at, not for every word."""

    def __init__(self, doc: Any) -> None:
        self._doc = doc
        self._made: list[Token | None] = [None] * len(doc)

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[Token]: ...

    def __getitem__(self, i: int | slice) -> Token | Sequence[Token]:
        if isinstance(i, slice):
            return [self[j] for j in range(len(self._made))[i]]
        tok = self._made[i]
        if tok is None:
            tok = self._made[i] = self._doc[i]
        return tok


#: Where :func:`parse_tables` keeps a document's tables (``Doc.user_data``).
_TABLES = "legation.tables"


def parse_tables(doc: Any) -> ParseTables:
    """The per-token tables of a parse, made once per document: the readers given only a Token (a
    cue's children, a clause's verb) read its neighbours' strings from them, not from new Tokens."""
    tables: ParseTables | None = doc.user_data.get(_TABLES)
    if tables is None:
        tables = doc.user_data[_TABLES] = ParseTables(doc)
    return tables


def has_child(
    tok: Token,
    deps: Collection[str] | None,
    lowers: Collection[str] | None = None,
    *,
    lemmas: Collection[str] | None = None,
) -> bool:
    """Whether ``tok`` has a child whose ``dep_`` is one of ``deps`` (None: any), whose ``lower_`` is one
    of ``lowers`` and whose lower-cased lemma is one of ``lemmas`` (None: any), read from
    :func:`parse_tables`: ``any(c.dep_ == ... for c in tok.children)`` without a Token made and its
    strings read for every child, in the rules that ask it of every cue and verb."""
    # ``type(...) is``, not ``isinstance``, and the tables read without calling :func:`parse_tables`:
    # this is asked about 240 times a report, and the two cost about a third of the answer
    if type(deps) is str or type(lowers) is str or type(lemmas) is str:
        raise TypeError("has_child takes collections of words, not a string (a substring test)")
    doc = tok.doc
    tables: ParseTables | None = doc.user_data.get(_TABLES)
    if tables is None:
        tables = parse_tables(doc)
    kids = tables.kids[tok.i]
    if not kids:
        return False  # most words have no children
    dep_of, lower_of = tables.deps, tables.lowers
    if deps is not None and lemmas is None:  # the usual questions, without the tests they do not ask
        # plain loops, not ``any``: a generator made and resumed per child costs about three times the
        # tests themselves for the one to three children a word has, and this is asked ~240 times a report
        if lowers is None:
            for c in kids:  # noqa: SIM110
                if dep_of[c] in deps:
                    return True
            return False
        for c in kids:  # noqa: SIM110
            if dep_of[c] in deps and lower_of[c] in lowers:
                return True
        return False
    lemma_of = tables.lemmas if lemmas is not None else lower_of
    return any(
        (deps is None or dep_of[c] in deps)
        and (lowers is None or lower_of[c] in lowers)
        and (lemmas is None or lemma_of[c] in lemmas)
        for c in kids
    )


def children_of(tok: Token, deps: Collection[str]) -> list[Token]:
    """``[c for c in tok.children if c.dep_ in deps]``, the children found in :func:`parse_tables`: a
    Token made only of each child found, not of every child, and no string looked up."""
    if type(deps) is str:
        raise TypeError("children_of takes a collection of dependencies, not a string (a substring test)")
    doc = tok.doc
    tables = parse_tables(doc)
    dep_of = tables.deps
    return [doc[c] for c in tables.kids[tok.i] if dep_of[c] in deps]


def subtree_of(tok: Token) -> list[int]:
    """The indexes of a token's subtree (``Token.subtree``: the token and all its descendants), in order
    of position, read from :func:`parse_tables`: spaCy makes a Token of every word of it on each walk,
    and a rule asking whether a clause holds some word walks a whole sentence's."""
    kids = parse_tables(tok.doc).kids
    found = [tok.i]
    for j in found:  # grows as it is read: a walk of the whole subtree
        found.extend(kids[j])
    return sorted(found)


def ancestor_indexes(heads: Sequence[int], i: int) -> Iterator[int]:
    """The indexes ``Token.ancestors`` yields for token ``i`` (its head, the head's head, up to the root),
    read from a table of heads (:attr:`ParseTables.heads`) without making a Token of each."""
    for _ in range(len(heads)):  # spaCy's own bound on the walk
        if heads[i] == i:
            return
        i = heads[i]
        yield i


class ParseTables:
    """A parse's tokens, their strings, heads and children as per-token lists, each read on first use:
    a string attribute of a Token costs a look-up on every read, ``Token.children`` and ``Token.head``
    make new Tokens, and the rules read the same words a score of times."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc

    @functools.cached_property
    def tokens(self) -> Tokens:
        """The document's tokens, each made once, when first asked for: ``doc[i]`` and iterating a span
        make a new Token each time, and the extractors walk every sentence a score of times."""
        return Tokens(self.doc)

    @functools.cached_property
    def pos(self) -> list[str]:
        """Each token's ``pos_``, read once (a string attribute costs a lookup on each read)."""
        return self._strings("POS")

    @functools.cached_property
    def lowers(self) -> list[str]:
        """Each token's ``lower_``, read once."""
        return self._strings("LOWER")

    @functools.cached_property
    def lemmas(self) -> list[str]:
        """Each token's lemma lower-cased (``lemma_.lower()``), read once."""
        return self._strings("LEMMA", str.lower)

    @functools.cached_property
    def texts(self) -> list[str]:
        """Each token's ``text``, read once."""
        return self._strings("ORTH")

    @functools.cached_property
    def ent_types(self) -> list[str]:
        """Each token's ``ent_type_`` ("" outside an entity), read once."""
        return self._strings("ENT_TYPE")

    @functools.cached_property
    def ent_iobs(self) -> list[int]:
        """Each token's ``ent_iob`` (1 inside an entity begun before it, 3 at its beginning, 2 outside
        any, 0 unset), read once: ``ent_iob_`` is a string looked up on each read."""
        if not len(self.doc):
            return []
        return self.doc.to_array(["ENT_IOB"]).tolist()  # type: ignore[no-any-return]

    @functools.cached_property
    def deps(self) -> list[str]:
        """Each token's ``dep_``, read once."""
        return self._strings("DEP")

    def _strings(self, attribute: str, change: Callable[[str], str] | None = None) -> list[str]:
        """Each token's string of a spaCy attribute (changed by ``change``), read as one array of ids and
        looked up once per distinct id: no Token is made, and a text repeats most of its words."""
        if not len(self.doc):
            return []
        ids: list[int] = self.doc.to_array([attribute]).tolist()
        names = _STRING_TABLES.setdefault(change, {})
        try:
            return list(map(names.__getitem__, ids))  # the loop in C: a table is read for every document
        except KeyError:  # a word no document read so far had: look up the new ones, then read again
            if len(names) > _STRING_TABLE_LIMIT:
                names.clear()
            strings = self.doc.vocab.strings
            for i in set(ids).difference(names):
                names[i] = strings[i] if change is None else change(strings[i])
            return list(map(names.__getitem__, ids))

    @functools.cached_property
    def characters(self) -> tuple[list[int], list[int], bool]:
        """Each token's first character (``Token.idx``) and the character after it, read once for the
        readers of characters (a token at a character, the time rules' tense): ``Doc.to_array`` costs
        about 20 µs an attribute on a report, and they all read the same ones. The flag says whether the
        tokens are all non-empty and in order (as every parse of a text has them), so that a token at a
        character is a bisection."""
        from spacy.attrs import IDX, LENGTH  # spaCy is imported only where a parse is read

        if not len(self.doc):
            return [], [], True
        rows = self.doc.to_array([IDX, LENGTH]).astype("int64")  # array arithmetic, not a loop per token
        starts, lengths = rows[:, 0], rows[:, 1]
        ends = starts + lengths
        ordered = not bool((ends[:-1] > starts[1:]).any()) and not bool((lengths < 1).any())
        return starts.tolist(), ends.tolist(), ordered

    @functools.cached_property
    def heads(self) -> list[int]:
        """Each token's head as an index (a root is its own head), read once for the whole document:
        ``Token.head`` makes a new Token on each read."""
        import numpy
        from spacy.attrs import HEAD  # spaCy is imported only where a parse is read

        if not len(self.doc):
            return []
        relative = self.doc.to_array([HEAD]).astype("int64")  # offsets to the head, negative to the left
        return (relative + numpy.arange(len(relative))).tolist()  # type: ignore[no-any-return]

    @functools.cached_property
    def kids(self) -> list[list[int]]:
        """Each token's children as indexes, in order (``Token.children`` without making Tokens)."""
        kids: list[list[int]] = [[] for _ in self.heads]
        for i, head in enumerate(self.heads):
            if head != i:
                kids[head].append(i)
        return kids


@dataclass
class DocContext:
    document: Document
    doc: Any  # spacy.tokens.Doc
    times: list[TimeValue]
    gazetteer: Gazetteer = field(default_factory=load_gazetteer)
    sentences: list[Sentence] = field(init=False)
    #: The parse's sentences as spans, made once: ``Doc.sents`` makes every span anew on each walk.
    sents: list[Span] = field(init=False, repr=False)
    _sent_starts: list[int] = field(init=False)
    _roles: dict[tuple[int, int], str | None] = field(default_factory=dict, init=False, repr=False)
    #: For a pattern (by its id, the pattern kept so that the id stays its own while the document is
    #: read), the places and nearest ends of its needed words (:meth:`may_match`).
    _present: dict[int, tuple[re.Pattern[str], tuple[list[int], list[int]] | None]] = field(
        default_factory=dict, init=False, repr=False
    )
    _word_places: dict[str, list[int]] = field(default_factory=dict, init=False, repr=False)
    #: For a sequence of patterns (by its id, the sequence kept), the indexes of those that may match
    #: each sentence of :attr:`sents` (:meth:`patterns_in`).
    _patterns_by_sentence: dict[int, tuple[Sequence[re.Pattern[str] | None], list[list[int]]]] = field(
        default_factory=dict, init=False, repr=False
    )
    #: The words :attr:`_word_places` was filled with by one scan of the text (None: not scanned yet).
    _scanned: frozenset[str] | None = field(default=None, init=False, repr=False)
    #: For a table (its name) and a collection of words, the indexes of the tokens it has one of in
    #: (:meth:`_indexes_in`): the rules ask each sentence for the same few sets of words.
    _places_of_words: dict[tuple[str, Collection[str]], list[int]] = field(
        default_factory=dict, init=False, repr=False
    )

    def __post_init__(self) -> None:
        self.sentences = []
        self._sent_starts = []
        text = self.document.text  # the parse's text: sliced, not rebuilt from tokens as Span.text is
        self.doc.user_data.setdefault(_TEXT, text)  # so :func:`doc_text` never joins the tokens anew
        self.sents = list(self.doc.sents)
        # each token's sentence for :func:`sentence_range`, from the sentences just made rather than by
        # reading every token's ``sent_start`` (unless a reader asked for it before)
        self.doc.user_data.setdefault(_SENTENCES, _sentence_table_from(self.sents))
        for i, sent in enumerate(self.sents):
            start, end = sent.start_char, sent.end_char
            self.sentences.append(Sentence(self.document.id, i, start, end, text[start:end].strip()))
            self._sent_starts.append(start)

    @functools.cached_property
    def dateline(self) -> str | None:
        """The place of the report's dateline as a name ("BEIJING, April 21" → "Beijing"), or None."""
        place = self.document.dateline_place
        return place.title() if place and place.isupper() else place

    @functools.cached_property
    def actors(self) -> DocActors:
        """Every actor mention of the document (countries, organisations, movements), found once."""
        from legation.nlp.actors import find_actors

        return find_actors(self)

    def role_of(self, mention: Any) -> str | None:
        """The third-party role a mention is given where it stands, read once per mention: the sides
        and every meeting phrase that names the mention ask for it."""
        key = (mention.start, mention.end)
        try:
            return self._roles[key]
        except KeyError:
            # imported here, on a mention's first ask only: actors imports this module, and an import in
            # a function costs a look-up through the import system on every call
            from legation.nlp.actors import third_party_role

            role = self._roles[key] = third_party_role(self, mention)
            return role

    @functools.cached_property
    def tables(self) -> ParseTables:
        """The parse's per-token tables (:func:`parse_tables`), shared with the readers given a Token."""
        return parse_tables(self.doc)

    @functools.cached_property
    def tokens(self) -> Tokens:
        """The document's tokens, each made once (:attr:`ParseTables.tokens`)."""
        return self.tables.tokens

    @functools.cached_property
    def pos(self) -> list[str]:
        """Each token's ``pos_`` (:attr:`ParseTables.pos`)."""
        return self.tables.pos

    @functools.cached_property
    def lowers(self) -> list[str]:
        """Each token's ``lower_`` (:attr:`ParseTables.lowers`)."""
        return self.tables.lowers

    @functools.cached_property
    def lemmas(self) -> list[str]:
        """Each token's lemma lower-cased (:attr:`ParseTables.lemmas`)."""
        return self.tables.lemmas

    @functools.cached_property
    def deps(self) -> list[str]:
        """Each token's ``dep_`` (:attr:`ParseTables.deps`)."""
        return self.tables.deps

    @functools.cached_property
    def characters(self) -> tuple[list[int], list[int], bool]:
        """Each token's first character, the character after it, and whether they are in order
        (:attr:`ParseTables.characters`)."""
        return self.tables.characters

    @functools.cached_property
    def heads(self) -> list[int]:
        """Each token's head as an index (:attr:`ParseTables.heads`)."""
        return self.tables.heads

    @functools.cached_property
    def kids(self) -> list[list[int]]:
        """Each token's children as indexes (:attr:`ParseTables.kids`)."""
        return self.tables.kids

    def subtree_indexes(self, i: int) -> list[int]:
        """The indexes of token ``i``'s subtree (``Token.subtree``: the token and all its descendants),
        in order of position, from :attr:`kids` rather than by making a Token for each word."""
        kids = self.kids
        found = [i]
        for j in found:  # grows as it is read: a walk of the whole subtree
            found.extend(kids[j])
        return sorted(found)

    @functools.cached_property
    def starts(self) -> list[int]:
        """Each token's first character (``Token.idx``), read once (:attr:`ParseTables.characters`)."""
        return parse_tables(self.doc).characters[0]

    @functools.cached_property
    def speakers(self) -> frozenset[str]:
        """The proper names the report has speak ("Gazprom said Monday", "Rockwell told reporters"), in
        lower case: a source of the news, never what is negotiated."""
        said = [i for i, lemma in enumerate(self.lemmas) if lemma in _SPEAKING]
        return frozenset(
            c.lower_ for i in said for c in self.tokens[i].children if c.dep_ == "nsubj" and c.pos_ == "PROPN"
        )

    def tokens_pos_in(self, span: Span, tags: Collection[str]) -> list[Token]:
        """The tokens of ``span`` whose ``pos_`` is one of ``tags``, in order: a rule that looks only at
        verbs or nouns then skips the other words without making or reading them."""
        pos, tokens = self.pos, self.tokens
        return [tokens[i] for i in range(span.start, span.end) if pos[i] in tags]

    def tokens_lower_in(self, span: Span, words: Collection[str]) -> list[Token]:
        """The tokens of ``span`` whose ``lower_`` is one of ``words``, in order (:meth:`_indexes_in`)."""
        tokens = self.tokens
        return [tokens[i] for i in self._indexes_in(span, words, "lower")]

    def tokens_lemma_in(self, span: Span, lemmas: Collection[str]) -> list[Token]:
        """The tokens of ``span`` whose lower-cased lemma is one of ``lemmas``, in order."""
        tokens = self.tokens
        return [tokens[i] for i in self._indexes_in(span, lemmas, "lemma")]

    def lemma_places(self, lemma: str) -> list[int]:
        """The indexes of the tokens whose lower-cased lemma is ``lemma``, in order: a rule looking back
        over the document for a word reads its few places, not every token before it."""
        return self._lemma_places.get(lemma, [])

    @functools.cached_property
    def _lower_places(self) -> dict[str, list[int]]:
        return _places_of(self.lowers)

    @functools.cached_property
    def _lemma_places(self) -> dict[str, list[int]]:
        return _places_of(self.lemmas)

    def lower_indexes_in(self, span: Span, words: Collection[str]) -> list[int]:
        """The indexes of the tokens of ``span`` whose ``lower_`` is one of ``words``, in order: no Token
        made, for a rule that reads the tables before it takes a word up."""
        return self._indexes_in(span, words, "lower")

    def lemma_indexes_in(self, span: Span, lemmas: Collection[str]) -> list[int]:
        """The indexes of the tokens of ``span`` whose lower-cased lemma is one of ``lemmas``, in order."""
        return self._indexes_in(span, lemmas, "lemma")

    def _indexes_in(self, span: Span, words: Collection[str], table: str) -> list[int]:
        """The indexes of the tokens of ``span`` whose string in a table (``"lower"`` or ``"lemma"``) is
        one of ``words``, in order. The span is not walked: the places in the document of any of the
        words (each word's from :func:`_places_of`, merged once per document and set of words) are cut to
        the span by bisection, so a rule asking every sentence for a few words costs two look-ups each.
        The readers of Tokens call it themselves, not through a reader of indexes: they are asked a
        couple of hundred times a report, and a call more costs each of them about a tenth of its time."""
        if isinstance(words, str):  # ``in`` a string is a substring test: walk the span
            strings = self.lowers if table == "lower" else self.lemmas
            return [i for i in range(span.start, span.end) if strings[i] in words]
        try:
            at = self._places_of_words[table, words]
        except KeyError:
            at = self._places_of_words[table, words] = self._places_of_any(words, table)
        except TypeError:  # an unhashable collection (a set, a list): merged anew
            at = self._places_of_any(words, table)
        lo = bisect.bisect_left(at, span.start)
        return at[lo : bisect.bisect_left(at, span.end, lo)]

    def _places_of_any(self, words: Collection[str], table: str) -> list[int]:
        """The indexes of the tokens whose string in a table is one of ``words``, in order."""
        places = self._lower_places if table == "lower" else self._lemma_places
        held = places.keys() & words  # the words the document has, found in C: most lexicon words it lacks
        if len(held) == 1:
            return list(places[held.pop()])  # one word's places, in order already
        return sorted({i for word in held for i in places[word]})

    @functools.cached_property
    def ents(self) -> tuple[Span, ...]:
        """The document's entities, read once: spaCy rebuilds ``Doc.ents`` (and so ``Span.ents``) from
        every token on each access."""
        return entities(self.doc)

    def ents_in(self, span: Span) -> list[Span]:
        """``span.ents`` from :attr:`ents`: the entities wholly inside the span, in order."""
        out = []
        for ent in self.ents:
            if ent.start >= span.start:
                if ent.end > span.end:
                    break
                out.append(ent)
        return out

    def noun_chunks_in(self, span: Span) -> list[Span]:
        """``span.noun_chunks``, from the language's chunk iterator run on the span alone:
        ``Span.noun_chunks`` walks the whole document for every span (the chunks are the same, as none
        crosses a sentence)."""
        from spacy.tokens import Span as Chunk  # spaCy is imported only where a parse is read

        chunker = self.doc.vocab.get_noun_chunks
        if chunker is None:
            return list(span.noun_chunks)
        return [Chunk(self.doc, start, end, label=label) for start, end, label in chunker(span)]

    @functools.cached_property
    def _offsets(self) -> tuple[list[int], list[int]] | None:
        """Each token's first and end character (None if tokens were empty or overlapped, which no parse
        of a text makes): a token at a character is then a bisection, not a loop."""
        starts, ends, ordered = parse_tables(self.doc).characters
        return (starts, ends) if ordered else None

    def token_at(self, span: Span, char: int) -> Token | None:
        """The first token of ``span`` covering character ``char`` (an empty token covers the next)."""
        offsets = self._offsets
        if offsets is None:
            return next((t for t in span if t.idx <= char < t.idx + max(len(t.text), 1)), None)
        starts, ends = offsets
        i = bisect.bisect_right(starts, char, span.start, span.end) - 1
        return self.tokens[i] if i >= span.start and char < ends[i] else None

    def tokens_from(self, span: Span, start: int, end: int) -> range:
        """Indexes of the tokens of ``span`` that start at a character in ``start:end``."""
        offsets = self._offsets
        if offsets is None:
            inside = [t.i for t in span if start <= t.idx < end]
            return range(inside[0], inside[-1] + 1) if inside else range(0)
        starts = offsets[0]
        lo = bisect.bisect_left(starts, start, span.start, span.end)
        return range(lo, bisect.bisect_left(starts, end, lo, span.end))

    @functools.cached_property
    def folded(self) -> str | None:
        """The text lower-cased once, to ask :func:`legation.nlp.prefilter.may_match` whether a pattern
        can match (None: ask the pattern itself)."""
        return fold(self.document.text)

    def word_places(self, word: str) -> list[int]:
        """Every character of :attr:`folded` (not None) at which ``word`` starts, overlapping places
        too, found once per document: the taxonomies' counts and every sentence's pre-filter ask about
        the same lexicon words. The first word sought has the text scanned for all the words sought in
        earlier documents at once (:class:`_WordScan`); a word none of them sought is searched for alone."""
        try:
            return self._word_places[word]
        except KeyError:
            pass
        if word in self._scan():  # the first word sought has every word sought so far found in one scan
            return self._word_places.setdefault(word, [])  # scanned for: its places, or none
        found = self._word_places[word] = places_in(self.folded or "", word)
        _WORD_SCAN.wait(word)
        return found

    def _scan(self) -> frozenset[str]:
        """The words the text was scanned for (:class:`_WordScan`), scanning it the first time: the
        places of those it holds go to :attr:`_word_places`."""
        if self._scanned is None:
            found_all, self._scanned = _WORD_SCAN.scan(self.folded or "")
            self._word_places.update(found_all)
        return self._scanned

    def words_in_text(self, words: frozenset[str]) -> list[str]:
        """The words of ``words`` that :attr:`folded` holds, in no order: ``[w for w in words if
        self.word_places(w)]``, read by set operations on the words the text was scanned for rather than
        a look-up of each word (most are absent): the pre-filters ask it of every pattern they try."""
        scanned = self._scan()
        known = self._word_places
        held = [word for word in known.keys() & words if known[word]]
        for word in words - scanned:
            if word not in known and self.word_places(word):  # sought alone, first in this document
                held.append(word)
        return held

    def folded_of(self, span: Span) -> str | None:
        """A span's slice of :attr:`folded` (lower-casing keeps the offsets of a text it accepts)."""
        folded = self.folded
        return None if folded is None else folded[span.start_char : span.end_char]

    def may_match(self, pattern: re.Pattern[str], span: Span) -> bool:
        """``may_match(pattern, self.folded_of(span))`` (:func:`legation.nlp.prefilter.may_match`), for
        the sentences of one document: the pattern's needed words are looked up in the whole text once,
        and a span is then asked only about those the text holds (most often none, so most sentences
        are ruled out at once). Where each of those words stands in the text is found once too, so a
        span holds a word when the word's first place at or after the span's start ends inside it: a
        bisection instead of a slice and substring search for every sentence and pattern. A word in a
        span is in the text, so the answer is the same.

        The places of all the words are kept as one list in order, with, for each place, the nearest end
        of a word at it or after it (:func:`_nearest_ends`): one bisection answers for every word."""
        folded = self.folded
        if folded is None:
            return True
        # keyed by id: a Pattern's own hash covers its whole compiled code, and its source and flags make
        # a tuple to hash on each of the hundred-odd calls per sentence
        try:
            present = self._present[id(pattern)][1]
        except KeyError:
            words = needed(pattern)
            present = None if words is None else _nearest_ends(self.words_in_text(words), self.word_places)
            self._present[id(pattern)] = (pattern, present)
        if present is None:
            return True
        places, nearest_end = present
        if not places:
            return False  # the document lacks every word: so does each of its spans
        k = bisect.bisect_left(places, span.start_char)
        return k < len(places) and nearest_end[k] <= span.end_char

    def patterns_in(self, patterns: Sequence[re.Pattern[str] | None], sent: Span) -> list[int]:
        """The indexes of ``patterns`` that may match the span ``sent`` (:meth:`may_match`; a None
        pattern never), in order: ``[k for k, p in enumerate(patterns) if p and self.may_match(p, sent)]``.

        A rule trying a lexicon's patterns on every sentence asks this once per sentence, not once per
        pattern and sentence: for a sentence of :attr:`sents` the answer is read from a table made once
        per document and sequence (kept by its id, so pass the same sequence for every sentence), by
        placing each place of a pattern's words in its sentence, since a sentence may match a pattern
        exactly when one of its words stands wholly inside it. Most sentences hold the words of none."""
        i = self.sentence_index(sent.start_char)
        if not self.sents or (sent.start, sent.end) != (self.sents[i].start, self.sents[i].end):
            return [k for k, p in enumerate(patterns) if p is not None and self.may_match(p, sent)]
        try:
            table = self._patterns_by_sentence[id(patterns)][1]
        except KeyError:
            table = self._sentence_table_of(patterns)
            self._patterns_by_sentence[id(patterns)] = (patterns, table)
        return table[i]

    def _sentence_table_of(self, patterns: Sequence[re.Pattern[str] | None]) -> list[list[int]]:
        """For each sentence of :attr:`sents`, the indexes of the patterns that may match it, in order."""
        table: list[list[int]] = [[] for _ in self.sents]
        ends = [s.end for s in self.sentences]
        for k, pattern in enumerate(patterns):
            if pattern is None:
                continue
            words = needed(pattern) if self.folded is not None else None
            if words is None or "" in words:  # nothing known to rule a sentence out
                for row in table:
                    row.append(k)
                continue
            held = set()
            for word in self.words_in_text(words):
                for at in self._word_places[word]:
                    i = bisect.bisect_right(self._sent_starts, at) - 1
                    if i >= 0 and at + len(word) <= ends[i]:
                        held.add(i)
            for i in held:
                table[i].append(k)  # patterns in order: each row is appended to in that order
        return table

    @property
    def anchor(self) -> dt.date:
        return self.document.anchor

    def sentence_index(self, char: int) -> int:
        """Index of the sentence holding character offset ``char``: the last sentence starting at or
        before it (the first sentence for a character before any), found by bisection in C."""
        return max(bisect.bisect_right(self._sent_starts, char) - 1, 0)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the characters ``start:end`` of the document, with their sentence."""
        i = self.sentence_index(start)
        return Evidence(self.document.id, i, start, end, self.sentences[i].text)

    def text_of(self, span: Span) -> str:
        """A span's text sliced from the document: spaCy rebuilds ``Span.text`` from tokens on each call."""
        return self.document.text[span.start_char : span.end_char]

    def span_evidence(self, span: Span | Token) -> Evidence:
        start = span.idx if hasattr(span, "idx") else span.start_char
        end = start + len(span.text) if hasattr(span, "idx") else span.end_char
        return self.evidence(start, end)

    def times_in(self, start: int, end: int) -> list[TimeValue]:
        return [t for t in self.times if t.start >= start and t.end <= end]

    def party_of(self, text: str) -> str | None:
        """The first country named (by name, demonym, capital or metonym) in ``text``."""
        found = self.gazetteer.countries_in(text)
        return found[0][2] if found else None

    def parties_in(self, text: str) -> list[str]:
        seen: list[str] = []
        for _s, _e, name in self.gazetteer.countries_in(text):
            if name not in seen:
                seen.append(name)
        return seen
