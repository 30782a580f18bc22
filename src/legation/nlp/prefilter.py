"""Literal pre-filters for the lexicons' regular expressions: skip a pattern when the text lacks its words.

Python's ``re`` has no literal pre-scan for a case-insensitive alternation: a taxonomy pattern tries
every one of its phrases at every word of a text, sentence or report alike, although most texts name
none of them. Every match of such a pattern contains one of a few words ("cease" or "fire",
"truce", "armistice" ...), and ``word in text.lower()`` is a C substring search, so asking first
whether any of the words is there rules most texts out at a fraction of the regex's cost.

:func:`needed` reads those words from a compiled pattern (lower-cased ASCII runs of literal
characters; None when some match needs none, e.g. a pattern starting with an optional part), and
:func:`may_match` answers "could the pattern match this text?": it says no only when the pattern
cannot match, so skipping the regex on a no changes no result.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Sequence
from typing import Any

_parser: Any = importlib.import_module("re._parser")  # no public parser for patterns; stable since 3.11
_c: Any = importlib.import_module("re._constants")

#: The non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter (dotted and dotless i,
#: long s, Kelvin sign) — ``str.lower`` does not map them to it; a text with one is not pre-filtered.
_UNSAFE = "\u0130\u0131\u017f\u212a"


def fold(text: str) -> str | None:
    """``text`` lower-cased for :func:`may_match`, with the offsets of ``text``; None when lower-casing
    and the regex engine's case-insensitive matching disagree on one of its characters."""
    if not text.isascii() and any(c in text for c in _UNSAFE):  # four substring searches: fastest
        return None
    return text.lower()


def may_match(
    pattern: re.Pattern[str], folded: str | None, places: Callable[[str], Sequence[int]] | None = None
) -> bool:
    """False only if ``pattern`` cannot match the text ``folded`` was made from (see :func:`fold`).

    ``places``, where given, tells where a word stands in ``folded`` (kept per document, e.g.
    :meth:`legation.nlp.context.DocContext.word_places`): a word is there when it has a place."""
    if folded is None:
        return True
    words = _needed(pattern.pattern, pattern.flags)
    if words is None:
        return True
    if places is not None:
        return any(places(w) for w in words)
    return any(w in folded for w in words)


def folded_pattern(pattern: re.Pattern[str], match_groups: bool = False) -> re.Pattern[str] | None:
    """``pattern`` (case-insensitive) as a case-sensitive pattern of lower-case letters, which matches a
    folded text (:func:`fold`, not None) at exactly the places where ``pattern`` matches the text: the
    regex engine compares each character case-insensitively by lower-casing it, which the folded text
    has done once. None unless the pattern is case-insensitive and known to allow it: all ASCII (an
    ASCII letter matches case-insensitively only its two cases and the four characters :func:`fold`
    refuses), with no escape or inline flag that lower-casing its source would change (``\\W``, ``\\B``,
    ``(?-i:...)``). With ``match_groups``, for a caller that only finds where the pattern matches and
    matches the pattern itself there for its groups: named groups are allowed (lower-cased, so two names
    that differ by case make no folded pattern), and so are non-ASCII characters without case ("£",
    "’")."""
    return _folded_pattern(pattern.pattern, pattern.flags, match_groups)


#: What lower-casing a pattern's source would change the meaning of: an upper-case escape (``\\S`` is
#: not ``\\s``), an inline flag or named group (``(?-i:X)``, ``(?P<Name>``).
_CASED_SYNTAX = re.compile(r"\\[A-Z]|\(\?[A-Za-z-]")
#: The same, named groups left out (``(?P<Name>...)``, ``(?P=Name)``).
_CASED_SYNTAX_BUT_GROUPS = re.compile(r"\\[A-Z]|\(\?(?!P[<=])[A-Za-z-]")


@functools.cache
def _folded_pattern(source: str, flags: int, match_groups: bool = False) -> re.Pattern[str] | None:
    if not flags & re.IGNORECASE:
        return None
    if not match_groups:
        if not source.isascii() or _CASED_SYNTAX.search(source):
            return None
        return re.compile(source.lower(), flags & ~re.IGNORECASE)
    if _CASED_SYNTAX_BUT_GROUPS.search(source) or any(
        not c.isascii() and (c.lower() != c or c.upper() != c) for c in source
    ):
        return None
    try:
        return re.compile(
            source.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P="), flags & ~re.IGNORECASE
        )
    except re.error:  # group names that lower-casing made clash
        return None


def count_alternation(
    patterns: Sequence[re.Pattern[str]], text: str, start: int = 0, end: int | None = None
) -> int:
    """How many matches ``findall`` finds for the alternation ``(?:P1)|(?:P2)|...`` of ``patterns`` in
    ``text[start:end]`` (searched as ``findall(text, start, end)`` searches), without compiling it.

    The alternation matches at the first place where one of the patterns does, with the first of them
    that matches there, and looks for its next match where that one ends; so does this, from each
    pattern's own next match. Compiling an alternation of a set of patterns costs far more than
    searching a line with it, and a document's lines name sets of a lexicon's patterns seldom seen
    before. No pattern may match the empty string (the alternation's next match would then depend on
    rules this does not follow): every pattern must have a width of at least one character.
    """
    end = len(text) if end is None else end
    if len(patterns) == 1:  # most lines: the regex engine alone
        return len(patterns[0].findall(text, start, end))
    ahead = [p.search(text, start, end) for p in patterns]
    at, total = start, 0
    while True:
        first: re.Match[str] | None = None
        for k, m in enumerate(ahead):
            if m is not None and m.start() < at:  # overtaken by the last match: its next one from there
                m = ahead[k] = patterns[k].search(text, at, end)
            if m is not None and (first is None or m.start() < first.start()):
                first = m
        if first is None:
            return total
        total += 1
        at = first.end()


def within_lines(pattern: re.Pattern[str]) -> bool:
    """Whether searching each line of a text (``pattern.finditer(text, start, end)`` between its line
    breaks) finds exactly the matches of the whole text: no match holds a line break or is empty,
    and the pattern looks at nothing outside its match but word boundaries (a line break is no word
    character, like the end of the text)."""
    return _within_lines(pattern.pattern, pattern.flags)


@functools.cache
def _within_lines(source: str, flags: int) -> bool:
    try:
        parsed = _parser.parse(source, flags)
        return bool(parsed.getwidth()[0] >= 1 and _no_break(parsed.data))
    except Exception:
        return False


def needed(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased words of which every match of ``pattern`` contains one (None: none known)."""
    return _needed(pattern.pattern, pattern.flags)


@functools.cache
def _needed(source: str, flags: int) -> frozenset[str] | None:
    # Keyed on the source, not the compiled pattern: a Pattern's hash covers its whole compiled code.
    try:
        return _sequence(_parser.parse(source, flags).data)
    except Exception:  # an unexpected parse tree only costs the pre-filter
        return None


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The best set of needed words of a sequence: its longest literal run, or an element's set."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        for candidate in (frozenset({"".join(run)}) if run else None, _element(op, av)):
            if candidate is not None and (best is None or _score(candidate) > _score(best)):
                best = candidate
        run = []
    return best


def _element(op: Any, av: Any) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(av[-1].data)
    if op is _c.ATOMIC_GROUP:
        return _sequence(av.data)
    if op is _c.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch.data)
            if found is None:
                return None
            words |= found
        return frozenset(words)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(av[2].data)
    return None


#: Zero-width assertions that read one character on each side, and read a line break as a text's end.
_BOUNDARIES = ("AT_BOUNDARY", "AT_NON_BOUNDARY")


def _no_break(items: list[tuple[Any, Any]]) -> bool:
    """No element of a sequence can consume a line break or look beyond a word boundary."""
    for op, av in items:
        if op is _c.LITERAL:
            ok = av != ord("\n")
        elif op is _c.IN:
            ok = all(_set_item_ok(o, a) for o, a in av)
        elif op is _c.AT:
            ok = str(av) in _BOUNDARIES
        elif op is _c.SUBPATTERN:
            ok = _no_break(av[-1].data)
        elif op is _c.ATOMIC_GROUP:
            ok = _no_break(av.data)
        elif op is _c.BRANCH:
            ok = all(_no_break(b.data) for b in av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            ok = _no_break(av[2].data)
        else:  # any character, negated sets, lookarounds, group references ...: not known to stay
            ok = False
        if not ok:
            return False
    return True


def _set_item_ok(op: Any, av: Any) -> bool:
    if op is _c.LITERAL:
        return bool(av != ord("\n"))
    if op is _c.RANGE:
        return not av[0] <= ord("\n") <= av[1]
    if op is _c.CATEGORY:
        return str(av) in ("CATEGORY_DIGIT", "CATEGORY_WORD")
    return False


def _score(words: frozenset[str]) -> tuple[int, int]:
    """Longer words first (rarer in text; spaces do not count), then fewer of them."""
    return min(len(w.strip()) for w in words), -len(words)
