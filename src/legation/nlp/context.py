"""What every extractor needs to know about one parsed document.

Built once per document so that the extractors share one sentence index, one set of time values and
one party resolver, instead of each recomputing them.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from legation.model import Document, Evidence, Sentence, TimeValue
from legation.nlp.gazetteer import Gazetteer, load_gazetteer
from legation.nlp.prefilter import fold

if TYPE_CHECKING:
    from legation.nlp.actors import DocActors

Span = Any  # spacy.tokens.Span
Token = Any  # spacy.tokens.Token


@dataclass
class DocContext:
    document: Document
    doc: Any  # spacy.tokens.Doc
    times: list[TimeValue]
    gazetteer: Gazetteer = field(default_factory=load_gazetteer)
    sentences: list[Sentence] = field(init=False)
    _sent_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.sentences = []
        for i, sent in enumerate(self.doc.sents):
            self.sentences.append(
                Sentence(self.document.id, i, sent.start_char, sent.end_char, sent.text.strip())
            )
        self._sent_starts = [s.start_char for s in self.doc.sents]

    @functools.cached_property
    def actors(self) -> DocActors:
        """Every actor mention of the document (countries, organisations, movements), found once."""
        from legation.nlp.actors import find_actors

        return find_actors(self)

    @functools.cached_property
    def ents(self) -> tuple[Span, ...]:
        """The document's entities, read once: spaCy rebuilds ``Doc.ents`` (and so ``Span.ents``) from
        every token on each access."""
        return tuple(self.doc.ents)

    def ents_in(self, span: Span) -> list[Span]:
        """``span.ents`` from :attr:`ents`: the entities wholly inside the span, in order."""
        out = []
        for ent in self.ents:
            if ent.start >= span.start:
                if ent.end > span.end:
                    break
                out.append(ent)
        return out

    @functools.cached_property
    def noun_chunks(self) -> tuple[Span, ...]:
        """The document's noun chunks, read once: ``Span.noun_chunks`` walks the whole document."""
        return tuple(self.doc.noun_chunks)

    def noun_chunks_in(self, span: Span) -> list[Span]:
        """``span.noun_chunks`` from :attr:`noun_chunks`: the chunks wholly inside the span."""
        return [c for c in self.noun_chunks if c.start >= span.start and c.end <= span.end]

    @functools.cached_property
    def folded(self) -> str | None:
        """The text lower-cased once, to ask :func:`legation.nlp.prefilter.may_match` whether a pattern
        can match (None: ask the pattern itself)."""
        return fold(self.document.text)

    def folded_of(self, span: Span) -> str | None:
        """A span's slice of :attr:`folded` (lower-casing keeps the offsets of a text it accepts)."""
        folded = self.folded
        return None if folded is None else folded[span.start_char : span.end_char]

    @property
    def anchor(self) -> dt.date:
        return self.document.anchor

    def sentence_index(self, char: int) -> int:
        """Index of the sentence holding character offset ``char``."""
        lo, hi = 0, len(self._sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._sent_starts[mid] <= char:
                lo = mid
            else:
                hi = mid - 1
        return lo

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
