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

import bisect
import enum
import re
from typing import Any, Protocol

from legation.lexicon import word_list
from legation.time.lexicon import TIME_FILE, TimeLexicon


class Tense(enum.Enum):
    PAST = "past"
    FUTURE = "future"
    UNKNOWN = "unknown"


class TenseSource(Protocol):
    def tense(self, start: int, end: int) -> Tense: ...

    def certain_past(self, start: int, end: int) -> bool:
        """Whether the past tense is the expression's own clause's ("met on May 1"), not a past verb
        somewhere in the sentence ("said ... the May 1 election"): a year is chosen strictly only then."""
        ...


_WORD = re.compile(r"[A-Za-z']+(?:-[A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s+(?=[A-Z\"“‘'(`])|\n\s*\n")
_WORD_BEFORE_STOP = re.compile(r"(?<![A-Za-z])[A-Za-z]+$")
_NOT_PAST = word_list(TIME_FILE, "not-past")

#: Words ending in -ed that are rarely past verbs in news ("limited", "United", "based").
_ADJECTIVAL = word_list(TIME_FILE, "adjectival")

#: A participle after these is passive ("will be held"): it says nothing of the clause's tense.
_PASSIVE_BE = frozenset({"be", "being"})
#: A plan word after these was a plan in the past ("was expected to", "had been scheduled", "as
#: originally planned").
_PAST_AUX = frozenset({"was", "were", "had", "been", "previously", "originally", "initially"})

#: A timetable verb after these takes its tense from the auxiliary before them ("did not meet on Monday").
_NEGATION = frozenset({"not", "never"})

#: Words that may stand between a past verb and the date it governs ("met on", "was held in early").
_ADVERBIAL = frozenset({"on", "in", "at", "during", "early", "late", "mid"})
#: Past cues that are not verbs: they say the sentence is about the past, not that the date is.
_NOT_VERB_CUES = word_list(TIME_FILE, "past-adverbs")
#: A present perfect takes no date of its own ("has met on Monday" is not English): a date after it is a
#: term or an object ("has set Nov. 10 as the deadline"), so its year is not certain.
_PERFECT = frozenset({"has", "have", "'ve"})
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: "pledged to", "plans to", "deadline": the intention is future, its date comes after it; after the
#: date ("the talks in March, and pledged to continue", "missed the Nov. 4 deadline") it says nothing.
_INTENTION = re.compile(
    r"(?i:agreed|agree|agrees|pledged|promised|vowed|decided|hopes?|aims?|plans?|planning|intends?|deadline|"
    r"agreement|deal|proposal|decision)$"
)
_NOT_INFINITIVE = frozenset(
    {
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "it",
        "him",
        "them",
        "us",
        "me",
        "some",
        "any",
        "all",
        "terms",
    }
)
#: Words that open a clause of its own: a verb after them is that clause's, not the date's ("will return to
#: work Sunday after the government paid their wages").
_SUBORDINATORS = frozenset(
    {
        "after",
        "before",
        "when",
        "while",
        "because",
        "although",
        "though",
        "unless",
        "until",
        "whereas",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "if",
    }
)
_CLOSE = 3  # a past cue this many words before the expression is its own clause's ("was held on")
_WINDOW = 20  # words on either side of the expression that may hold its tense cue
_REACH = 200  # characters on either side in which the sentence boundaries are looked for


class CueTense:
    """Tense from the nearest cue word in the sentence (no parse)."""

    def __init__(self, text: str, lexicon: TimeLexicon) -> None:
        self.text = text
        self.future = lexicon.words["future_cue"]
        self.past = lexicon.words["past_cue"]
        self.neutral = lexicon.words["not_a_cue"]
        self.abbreviations = frozenset(lexicon.alternation_forms["abbreviation"])

    def _sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around ``start:end``, looked for within a few hundred characters (constant cost)."""
        lo = max(0, start - _REACH)
        for boundary in _SENTENCE_END.finditer(self.text, lo, start):
            if self._ends(boundary):
                lo = boundary.end()
        hi = min(len(self.text), end + _REACH)
        for boundary in _SENTENCE_END.finditer(self.text, end, hi):
            if self._ends(boundary):
                return lo, boundary.end()
        return lo, hi

    def _ends(self, boundary: re.Match[str]) -> bool:
        """Whether a full stop ends a sentence: not after a title ("Mr. Smith will ...") or an initial
        ("Daniel P. Davison", "the U.S. envoy"), which wire copy is full of; cutting the sentence there
        left the date without the verb that gives its tense."""
        at = boundary.start()
        if self.text[at] != ".":
            return True
        word = _WORD_BEFORE_STOP.search(self.text, max(0, at - 12), at)
        if word is None:
            return True
        token = word.group()
        return not ((len(token) == 1 and token.isupper()) or token in self.abbreviations)

    def _cue(self, words: list[str], previous: str) -> Tense | None:
        """The tense cue at the start of ``words`` (one or two words), if any; ``previous`` is the word
        before them (lower case, "" at the start of the window)."""
        cue = self._word_cue(words)
        if cue is Tense.PAST and previous in _PASSIVE_BE:
            return None  # "will be held", "to be signed": a participle, its tense is the auxiliary's
        if cue is Tense.FUTURE and previous in _PAST_AUX:
            return Tense.PAST  # "was scheduled to", "had been due to": a plan already overtaken
        if cue is Tense.FUTURE and self.future.get(words[0].lower()) == "TIMETABLE":
            if previous in _NEGATION:
                return None  # "did not meet", "will not meet": the auxiliary before tells
            if previous in ("did", "didn't"):
                return Tense.PAST
        return cue

    def _word_cue(self, words: list[str]) -> Tense | None:
        w = words[0].lower()
        two = f"{w} {words[1].lower()}" if len(words) > 1 else ""
        if two and two in self.neutral:
            return None
        # "due to the rain", "agreed to terms": a noun follows, not a plan
        if (
            two
            and two in self.future
            and not (two.endswith(" to") and len(words) > 2 and words[2].lower() in _NOT_INFINITIVE)
        ):
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
            and not w.startswith("un")  # "unspecified", "untouched", "unnamed": adjectives
            and not words[0][0].isupper()
        ):
            return Tense.PAST
        return None

    def tense(self, start: int, end: int) -> Tense:
        return self._nearest(start, end)[0]

    def certain_past(self, start: int, end: int) -> bool:
        """A past verb right before the expression, with at most a preposition between ("met on", "was
        signed in", "held talks on" is not: "talks" may be what the date qualifies)."""
        if _SINCE.search(self.text, max(0, start - 8), start):
            return True
        tense, distance = self._nearest(start, end)
        if tense is not Tense.PAST or not 0 < distance <= _CLOSE:
            return False
        lo, _ = self._sentence(start, end)
        window = [w.lower() for w in _WORD.findall(self.text, lo, start)[-distance - 1 :]]
        words = window[-distance:]
        perfect = len(window) > distance and window[0] in _PERFECT  # "has set Nov. 10 as the deadline"
        return not perfect and words[0] not in _NOT_VERB_CUES and all(w in _ADVERBIAL for w in words[1:])

    def _nearest(self, start: int, end: int) -> tuple[Tense, int]:
        """The nearest cue's tense and its distance in words (negative after the expression)."""
        lo, hi = self._sentence(start, end)
        before = _WORD.findall(self.text, lo, start)[-_WINDOW - 1 :]
        after = _WORD.findall(self.text, end, hi)[:_WINDOW]
        for i, word in enumerate(after):
            if word.lower() in _SUBORDINATORS:
                after = after[:i]
                break
        reach = min(len(before), _WINDOW)
        # Nearest cue wins; a cue before the expression is preferred at equal distance.
        for distance in range(1, _WINDOW + 1):
            if distance <= reach:
                i = len(before) - distance
                cue = self._cue(before[i:], before[i - 1].lower() if i else "")
                if cue is not None:
                    return cue, distance
            if distance <= len(after):
                previous = after[distance - 2] if distance > 1 else ""
                cue = self._cue(after[distance - 1 :], previous.lower())
                if cue is Tense.FUTURE and _INTENTION.match(after[distance - 1]):
                    # the intention says nothing of the date before it, but its verb's own tense does:
                    # "the meeting on Thursday agreed to deploy ..." is past
                    cue = self._cue(after[distance - 1 : distance], previous.lower())
                    cue = cue if cue is Tense.PAST else None
                if cue is not None:
                    return cue, -distance
        return Tense.UNKNOWN, 0


_FUTURE_AUX = frozenset({"will", "shall", "wo", "'ll", "would"})
_PLAN_LEMMAS = word_list(TIME_FILE, "plan-lemmas")


class ParseTense:
    """Tense from the spaCy parse: the governing verb of the expression and its auxiliaries."""

    def __init__(self, doc: Any, fallback: TenseSource) -> None:
        from legation.nlp.context import parse_tables  # the parse's tables, shared with the extractors

        self.doc = doc
        self.fallback = fallback
        self._tables = parse_tables(doc)

    def _token(self, start: int) -> Any:
        i = bisect.bisect_right(self._tables.characters[0], start) - 1
        return self._tables.tokens[max(i, 0)] if len(self.doc) else None

    def tense(self, start: int, end: int) -> Tense:
        return self._parsed(start, end) or self.fallback.tense(start, end)

    def certain_past(self, start: int, end: int) -> bool:
        parsed = self._parsed(start, end)
        if parsed is None:
            return self.fallback.certain_past(start, end)
        if parsed is not Tense.PAST or not self._adverbial(start, end):
            return False
        # a present perfect takes no date of its own: "has set Nov. 10 as the deadline" is a term
        token = self._token(start)
        verb = _governing_verb(token) if token is not None else None
        return verb is None or not any(c.lower_ in _PERFECT for c in verb.children if c.dep_ == "aux")

    def _expression_head(self, start: int, end: int) -> Any:
        """The token of the expression whose head lies outside it ("10" → "January" in "January 10")."""
        token = self._token(start)
        if token is None:
            return None
        for _ in range(8):
            if token.head is token or not start <= token.head.idx < end:
                break
            token = token.head
        return token

    def _adverbial(self, start: int, end: int) -> bool:
        """Whether the expression hangs on its verb directly or through a preposition ("met on May 1"),
        not through a noun ("fell ahead of the May 1 election")."""
        token = self._expression_head(start, end)
        if token is None:
            return False
        head = token.head
        if head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
        return bool(head.pos_ in ("VERB", "AUX"))

    def _parsed(self, start: int, end: int) -> Tense | None:
        """The tense of the verb governing the expression, when the parse says. A date that qualifies a
        noun ("under a June agreement", "follows Tuesday's declaration") tells when that thing was, not
        when the verb is: the parse leaves it to the cue words."""
        token = self._token(start)
        if token is None:
            return None
        top = self._expression_head(start, end)
        if top is not None and _of_a_noun(top):
            return None
        verb = _governing_verb(token)
        return _verb_tense(verb, depth=0) if verb is not None else None


#: Verbs whose simple present tells the report's now, not a schedule ("the envoys meet Monday" is ahead):
#: "X says", "the talks follow rounds in Y on April 12", where the date is that of what came before.
_PRESENT_OF_NOW = word_list(TIME_FILE, "present-of-now")


def _of_a_noun(top: Any) -> bool:
    """Whether a date qualifies a noun, before it ("under a June agreement") or in a phrase on it
    ("during their summit with X in September"): it tells when that thing was, not when the verb is."""
    if top.dep_ in ("poss", "compound", "nmod", "amod"):
        return bool(top.head.pos_ == "NOUN")
    return bool(top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ == "NOUN")


def _overtaken(plan: Any) -> bool:
    """Whether a plan word is in the past perfect: "had been due to expire Friday", "had been scheduled
    to". ("was scheduled to begin Friday" is not: wire copy reports a plan still ahead in the past
    tense.) The auxiliary is the plan word's, or for an adjective such as "due" its copula's."""
    words = [plan, plan.head] if plan.dep_ in ("acomp", "xcomp") and plan.head.i != plan.i else [plan]
    return any(c.lower_ == "had" for w in words for c in w.children if c.dep_ in ("aux", "auxpass"))


def _plan_word(word: Any) -> bool:
    return bool(word.lemma_ in _PLAN_LEMMAS or word.lower_ in ("due", "set", "going", "slated"))


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
        if head.i != verb.i and depth < 3:
            if _plan_word(head):
                # "had been due to expire Friday", "was scheduled to meet": a plan already overtaken
                if _overtaken(head):
                    return Tense.PAST
                return Tense.FUTURE
            if head.lemma_ == "be":
                return Tense.FUTURE  # "were to meet Wednesday": a plan seen from the report's day
            if (
                verb.dep_ in ("acl", "relcl")
                and head.pos_ in ("NOUN", "PROPN")
                and any(a.lower_ == "to" for a in auxes)
            ):
                return Tense.FUTURE  # "the meeting, to be held on Monday": an infinitive on a noun is ahead
            if head.pos_ in ("VERB", "AUX"):
                return _verb_tense(head, depth + 1)
        return None
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return Tense.PAST
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes and not _plan_word(verb) and depth < 3:
        # "a declaration signed in Doha on July 19": a reduced relative tells a past event ("the summit
        # scheduled for Nov. 18" tells a plan), unless the clause of its noun is to come ("will end
        # ahead of a session on Thursday co-chaired by X")
        # ("follows the summit held on 9 December": a present tense is the report's now, not a plan)
        above = _governing_verb(verb.head)
        ahead = (
            above is not None
            and above.tag_ not in ("VBZ", "VBP")
            and _verb_tense(above, depth + 1) is Tense.FUTURE
        )
        return Tense.FUTURE if ahead else Tense.PAST
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return Tense.PAST
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return Tense.FUTURE  # "are meeting on Thursday"
    if verb.tag_ in ("VBZ", "VBP"):
        return Tense.FUTURE if verb.lemma_ not in _PRESENT_OF_NOW else None
    return None
