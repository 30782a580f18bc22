"""Finding and valuing the temporal expressions of one text.

Every rule of :mod:`legation.time.rules` proposes extents; overlapping proposals are settled longest
first (so "Friday, March 3, 2025" beats "Friday" and "March 3"), then the survivors are valued in text
order, each one able to lean on the last specific date before it ("the day before").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from legation.errors import TimeError
from legation.model import TimeValue
from legation.nlp.prefilter import fold, folded_pattern
from legation.time.lexicon import load_time_lexicon, word_pattern
from legation.time.rules import Context, Rule, build_rules, trigger_classes
from legation.time.tense import CueTense, ParseTense, TenseSource
from legation.time.values import SPECIFIC, add_months, granularity

_RANGE_GAP = re.compile(r"^\s*(?:and|to|through|until|till|-|–|—)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:between|from)\s+$", re.IGNORECASE)
#: The bare day that ends a range opened by a full date ("from March 6 to 10"): a day of the month, not
#: a number of something ("from March 6 to 10 percent") nor the start of a decimal or a time.
_BARE_LAST_DAY = re.compile(
    r"^\s*(?:and|to|through|until|till)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,:]\d|\s*(?:%|[a-z]))",
    re.IGNORECASE,
)
#: The bare day that opens a range a full date ends ("from 6 to 10 March 2023", "between 6 and 10 March").
_BARE_FIRST_DAY = re.compile(
    r"\b(?:between|from)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|to|through|until|till|-|–)\s*$",
    re.IGNORECASE,
)


@functools.cache
def _rules() -> tuple[Rule, ...]:
    return tuple(build_rules(load_time_lexicon()))


@functools.cache
def _folded_rules() -> tuple[re.Pattern[str] | None, ...]:
    """For each rule, its regex as a case-sensitive one of lower-case letters that matches the folded
    text (:func:`legation.nlp.prefilter.fold`) at exactly the places where the rule's regex matches the
    text, or None (:func:`legation.nlp.prefilter.folded_pattern` with its groups matched again on the
    text). ``re`` compares each character of a case-insensitive pattern by lower-casing it; the folded
    text has done that once, which makes the search about a fifth faster. The rules that match "May" only
    capitalised have ``(?-i:...)`` and have none."""
    return tuple(folded_pattern(rule.regex, match_groups=True) for rule in _rules())


def _rule_matches(
    regex: re.Pattern[str], fast: re.Pattern[str] | None, text: str, folded: str | None, lo: int, hi: int
) -> list[re.Match[str]]:
    """The non-empty matches of ``regex.finditer(text, lo, hi)``, found with ``fast`` (the rule's
    :func:`_folded_rules` pattern) on ``folded`` where both are there: each place it finds is matched
    again by ``regex`` on the text, so that the match's groups keep their case. Should one not come out
    the same (an empty match's neighbour, which no rule makes), the stretch is searched as before."""
    if fast is None or folded is None:
        return [m for m in regex.finditer(text, lo, hi) if m.end() > m.start()]
    found = []
    for place in fast.finditer(folded, lo, hi):
        if place.end() > place.start():
            m = regex.match(text, place.start(), hi)
            if m is None or m.end() != place.end():
                return [m for m in regex.finditer(text, lo, hi) if m.end() > m.start()]
            found.append(m)
    return found


#: A number is a trigger when it may be a date on its own: a year, a decade, 12/31/98, 19981231, 10:30.
_DATE_NUMBER = r"(?:1[6-9]|20)\d\d(?:'?s)?|\d+'?s|\d{8}|\d+[/:-]\d+(?:[/:.-]\d+)*"
_NUMBER = frozenset({"number"})


@functools.cache
def _triggers() -> tuple[re.Pattern[str], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """One regex finding every trigger word or date-like number, and the classes of each word."""
    lower, cased = trigger_classes(load_time_lexicon())
    words, capitals = word_pattern(list(lower)), word_pattern(list(cased), cased=True)
    pattern = rf"(?<![A-Za-z\d])(?:(?P<n>{_DATE_NUMBER})(?!\d)|(?:{words}|{capitals})(?![A-Za-z]))"
    return re.compile(pattern, re.IGNORECASE), lower, cased


_LEFT, _RIGHT = 40, 24  # characters a match may reach before its first / after its last trigger word


def windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger class, the stretches of ``text`` around its words, merged; rules run only there.

    Scanning 30-odd regexes over every character is what costs; most of a news text holds no temporal
    word, and a month rule has nothing to do where no month is named, so this one tokenising pass makes
    the rules' work proportional to the temporal content.
    """
    finder, lower, cased = _triggers()
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in finder.finditer(text):
        token = m.group()
        classes = _NUMBER if m.lastgroup == "n" else lower.get(token.lower()) or cased.get(token)
        if not classes:
            continue
        start, end = max(0, m.start() - _LEFT), min(len(text), m.end() + _RIGHT)
        for kind in classes:
            found = spans.setdefault(kind, [])
            if found and start <= found[-1][1]:
                found[-1] = (found[-1][0], end)
            else:
                found.append((start, end))
    return spans


def _merge(lists: list[list[tuple[int, int]]], text: str) -> list[tuple[int, int]]:
    """One sorted list of non-overlapping stretches, each ending at whitespace (never inside a word)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(span for spans in lists for span in spans):
        while end < len(text) and not text[end].isspace():
            end += 1
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def parse_anchor(anchor: object) -> dt.date:
    """The anchor as a date; a missing or malformed one raises :class:`TimeError` saying what is wanted."""
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    if anchor is None:
        raise TimeError(
            "no anchor date: relative expressions such as 'Thursday' or 'last week' need the date the "
            "text was written; pass it as a date or 'YYYY-MM-DD' (CLI: --anchor 2019-06-08)"
        )
    if isinstance(anchor, str):
        try:
            return dt.date.fromisoformat(anchor.strip())
        except ValueError:
            pass
        raise TimeError(
            f"anchor date {anchor!r} is not a calendar date in the form YYYY-MM-DD (e.g. 2019-06-08)"
        )
    raise TimeError(
        f"anchor date must be a date or a 'YYYY-MM-DD' string, not {type(anchor).__name__} {anchor!r}"
    )


def find(text: str, anchor: dt.date, tense: TenseSource) -> list[TimeValue]:
    """The temporal expressions of ``text`` valued against ``anchor``, in text order."""
    rules = _rules()
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    spans = windows(text)
    stretches: dict[frozenset[str], list[tuple[int, int]]] = {}  # rules sharing trigger classes share them
    folded, fast = fold(text), _folded_rules()
    for index, rule in enumerate(rules):
        if rule.triggers not in stretches:
            stretches[rule.triggers] = _merge([spans.get(kind, []) for kind in rule.triggers], text)
        for lo, hi in stretches[rule.triggers]:
            for m in _rule_matches(rule.regex, fast[index], text, folded, lo, hi):
                candidates.append((m.start(), m.end(), index, m))
    candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int, int, re.Match[str]]] = []
    occupied = bytearray(len(text) + 1)
    for cand in candidates:
        start, end = cand[0], cand[1]
        if any(occupied[start:end]):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        taken.append(cand)
    taken.sort(key=lambda c: c[0])

    ctx = Context(text, anchor, tense, load_time_lexicon())
    found: list[TimeValue] = []
    for start, end, index, m in taken:
        try:
            result = rules[index].handler(m, ctx)
        except (ValueError, OverflowError, KeyError):  # a date off the calendar ("year 9999 + 1")
            result = None
        if result is None:
            continue
        found.append(
            TimeValue(
                text[start:end],
                result.type,  # type: ignore[arg-type]
                result.value,
                start,
                end,
                result.mod,
                result.begin,
                result.finish,
            )
        )
        if result.type in ("DATE", "TIME") and not result.anaphoric and SPECIFIC.match(result.value):
            ctx.ref = result.value
            if granularity(result.value) in ("Q", "HALF") and _over(result.value, anchor):
                ctx.period = result.value
    return _ranges(text, found)


def _over(period: str, anchor: dt.date) -> bool:
    """Whether a quarter or half-year ended by the anchor: only such a period has results to report, so
    only it is what "a year ago" and "the year-ago period" compare with ("expects a profit by the third
    quarter of 1990" in a report on 1989's third quarter is a forecast, not the report's period)."""
    year, part = int(period[:4]), period[5:]
    months = 3 if part.startswith("Q") else 6
    end = add_months(dt.date(year, 1, 1), int(part[1:]) * months)
    return end <= anchor + dt.timedelta(days=1)


def _ranges(text: str, found: list[TimeValue]) -> list[TimeValue]:
    """ "between 2016 and 2018": both ends keep their own value and carry the range as begin/finish."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != "DATE" or b.type != "DATE":
            continue
        if not _RANGE_GAP.match(text[a.end : b.start]) or not _RANGE_OPEN.search(
            text[max(0, a.start - 10) : a.start]
        ):
            continue
        out[i] = TimeValue(a.text, a.type, a.value, a.start, a.end, a.mod, a.value, b.value)
        out[i + 1] = TimeValue(b.text, b.type, b.value, b.start, b.end, b.mod, a.value, b.value)
    return [_with_bare_day_range(text, t) for t in out]


def _with_bare_day_range(text: str, t: TimeValue) -> TimeValue:
    """A day whose range's other end is a bare day of the same month ("from March 6 to 10", "from 6 to 10
    March 2023"): the value stays the written day, the range is carried as begin/finish, as for
    "March 6-10"."""
    if t.type != "DATE" or t.begin is not None or len(t.value) != 10 or not t.value[:4].isdigit():
        return t
    day = dt.date.fromisoformat(t.value)
    after, before = _BARE_LAST_DAY.match(text[t.end :]), None
    if after is None or not _RANGE_OPEN.search(text[max(0, t.start - 10) : t.start]):
        after, before = None, _BARE_FIRST_DAY.search(text[max(0, t.start - 30) : t.start])
    other = after or before
    if other is None:
        return t
    try:
        end = day.replace(day=int(other["day"]))
    except ValueError:
        return t
    first, last = (day, end) if after else (end, day)
    if first >= last:
        return t
    return TimeValue(t.text, t.type, t.value, t.start, t.end, t.mod, first.isoformat(), last.isoformat())


def normalise(text: str, anchor_date: dt.date | str, *, doc: Any = None) -> list[TimeValue]:
    """Find and normalise the temporal expressions of ``text`` against ``anchor_date``.

    Without ``doc`` the tense of a clause comes from nearby cue words (fast, no model); with a spaCy
    ``doc`` of the same text it comes from the parse. Never raises on the text; a missing or malformed
    anchor raises :class:`~legation.errors.TimeError`.
    """
    anchor = parse_anchor(anchor_date)
    if not isinstance(text, str):
        raise TimeError(f"text to normalise must be a string, not {type(text).__name__}")
    if not text:
        return []
    return _normalise(text, anchor, doc if doc is not None and doc.text == text else None)


def normalise_doc(doc: Any, anchor: dt.date, text: str | None = None) -> list[TimeValue]:
    """The pipeline's entry: the expressions of a parsed spaCy ``Doc``, offsets into ``doc.text``.

    ``text`` is ``doc.text`` when the caller has it already: spaCy rebuilds it from every token.
    """
    anchor = parse_anchor(anchor)
    text = doc.text if text is None else text
    return _normalise(text, anchor, doc) if text else []


def _normalise(text: str, anchor: dt.date, doc: Any) -> list[TimeValue]:
    """:func:`normalise` once ``doc`` (if any) is known to be a parse of ``text``."""
    cues = CueTense(text, load_time_lexicon())
    tense: TenseSource = cues if doc is None else ParseTense(doc, cues)
    return find(text, anchor, tense)
