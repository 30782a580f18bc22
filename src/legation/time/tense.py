"""Which way an underspecified date points: back from the anchor (a report of the past) or forward.

"Thursday" in "delegations met on Thursday" is the Thursday before the report; in "they will meet on
Thursday" it is the one after. Two providers answer the question:

* :class:`ParseTense` reads the spaCy parse the pipeline already has: the verb that governs the
  expression, its auxiliaries (``will``, ``shall``, ``would``, ``going to``), its tag (``VBD``), and for
  an infinitive ("plan to meet") the verb above it.
* :class:`CueTense` is the fast path of :func:`legation.time.normalise` without a parse: the nearest
  tense cue in the same sentence (``will``, ``would``, ``next`` point forward; a past-tense verb, ``said``,
  ``ago`` point back). It is a cheap approximation and costs no model run, which keeps ``normalise`` an
  order of magnitude faster than the Python peers.

Both return PAST, FUTURE or UNKNOWN; a caller treats UNKNOWN as the news default, the past.
"""

from __future__ import annotations

import enum
import re
from typing import Any, Protocol

from legation.time.lexicon import TimeLexicon


class Tense(enum.Enum):
    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


class TenseSource(Protocol):
    def tense(self, start: int, end: int) -> Tense: ...


_WORD = re.compile(r"[A-Za-z']+(?:-[A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+(?=[A-Z\"“‘'(`])|\n\s*\n")
_NOT_PAST = frozenset(
    {
        "need",
        "seed",
        "speed",
        "feed",
        "bleed",
        "breed",
        "creed",
        "indeed",
        "proceed",
        "succeed",
        "exceed",
        "embed",
        "hundred",
        "red",
        "bed",
        "shed",
        "wed",
        "led",
    }
)

#: Words ending in -ed that are rarely past verbs in news ("limited", "United", "based").
_ADJECTIVAL = frozenset(
    {
        "limited",
        "united",
        "based",
        "related",
        "detailed",
        "advanced",
        "concerned",
        "interested",
        "so-called",
        "involved",
        "armed",
        "expected",
        "scheduled",
        "planned",
        "proposed",
        "unprecedented",
        "supposed",
    }
)

_WINDOW = 12  # words on either side of the expression that may hold its tense cue
_REACH = 200  # characters on either side in which the sentence boundaries are looked for


class CueTense:
    """Tense from the nearest cue word in the sentence (no parse)."""

    def __init__(self, text: str, lexicon: TimeLexicon) -> None:
        self.text = text
        self.future = lexicon.words["future_cue"]
        self.past = lexicon.words["past_cue"]
        self.neutral = lexicon.words["not_a_cue"]

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around ``start:end``, looked for within a few hundred characters (constant cost)."""
        lo = max(0, start - _REACH)
        for boundary in _SENTENCE_END.finditer(self.text, lo, start):
            lo = boundary.end()
        after = _SENTENCE_END.search(self.text, end, end + _REACH)
        return lo, after.end() if after else min(len(self.text), end + _REACH)

    def _cue(self, words: list[str]) -> Tense | None:
        """The tense cue at the start of ``words`` (one or two words), if any."""
        w = words[0].lower()
        two = f"{w} {words[1].lower()}" if len(words) > 1 else ""
        if two and two in self.neutral:
            return None
        if two and two in self.future:
            return Tense.FUTURE
        if w in self.future:
            return Tense.FUTURE
        if w in self.past:
            return Tense.PAST
        if (
            len(w) > 4
            and w.endswith("ed")
            and w not in _NOT_PAST
            and w not in _ADJECTIVAL
            and not words[0][0].isupper()
        ):
            return Tense.PAST
        return None

    def tense(self, start: int, end: int) -> Tense:
        lo, hi = self._sentence(start, end)
        before = _WORD.findall(self.text, lo, start)[-_WINDOW:]
        after = _WORD.findall(self.text, end, hi)[:_WINDOW]
        # Nearest cue wins; a cue before the expression is preferred at equal distance.
        for distance in range(1, _WINDOW + 1):
            if distance <= len(before):
                i = len(before) - distance
                cue = self._cue(before[i:])
                if cue is not None:
                    return cue
            if distance <= len(after):
                cue = self._cue(after[distance - 1 :])
                if cue is not None:
                    return cue
        return Tense.UNKNOWN


_FUTURE_AUX = frozenset({"will", "shall", "wo", "'ll", "would"})
_PLAN_LEMMAS = frozenset(
    {
        "plan",
        "expect",
        "schedule",
        "intend",
        "hope",
        "want",
        "aim",
        "prepare",
        "set",
        "due",
        "agree",
        "go",
        "propose",
        "decide",
        "seek",
        "arrange",
        "try",
    }
)


class ParseTense:
    """Tense from the spaCy parse: the governing verb of the expression and its auxiliaries."""

    def __init__(self, doc: Any, fallback: TenseSource) -> None:
        self.doc = doc
        self.fallback = fallback
        self._starts = [t.idx for t in doc]

    def _token(self, start: int) -> Any:
        import bisect

        i = bisect.bisect_right(self._starts, start) - 1
        return self.doc[max(i, 0)] if len(self.doc) else None

    def tense(self, start: int, end: int) -> Tense:
        token = self._token(start)
        if token is None:
            return self.fallback.tense(start, end)
        verb = _governing_verb(token)
        if verb is None:
            return self.fallback.tense(start, end)
        return _verb_tense(verb, depth=0) or self.fallback.tense(start, end)


def _governing_verb(token: Any) -> Any:
    """The first verb on the way from ``token`` to the root of its sentence."""
    seen = 0
    while seen < 8:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head is token:
            return None
        token = token.head
        seen += 1
    return None


def _verb_tense(verb: Any, depth: int) -> Tense | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    for aux in auxes:
        if aux.lower_ in _FUTURE_AUX or aux.lemma_ in ("will", "shall"):
            return Tense.FUTURE
    if any(a.lower_ == "to" for a in auxes) or verb.tag_ == "VB":
        head = verb.head
        if head is not verb and depth < 3:
            if head.lemma_ in _PLAN_LEMMAS or head.lower_ in ("due", "set", "going"):
                return Tense.FUTURE
            if head.pos_ in ("VERB", "AUX"):
                return _verb_tense(head, depth + 1)
        return None
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return Tense.PAST
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return Tense.PAST
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return Tense.FUTURE  # "are meeting on Thursday"
    if verb.tag_ in ("VBZ", "VBP"):
        return Tense.FUTURE if verb.lemma_ not in ("say", "be", "have") else None
    return None
