"""The rule set: one compiled regex per kind of temporal expression, and the function that values it.

Each :class:`Rule` finds candidate extents (its regex is built from the word lists in ``time.yaml``) and
its handler turns a match into a TIMEX3 type, value and mod, given a :class:`Context`: the anchor date,
the last specific date the document mentioned (for "the day before", "a week later", "the afternoon"),
and the tense of the clause (for "Thursday", "March 3", "the third quarter" without a year).
A handler returns None to drop a match that the context shows is not a time ("the day" alone).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.easter import easter

from legation.time.lexicon import TimeLexicon, fold
from legation.time.tense import Tense, TenseSource
from legation.time.values import (
    SPECIFIC,
    add_months,
    day_value,
    duration_value,
    granularity,
    month_value,
    quarter_of,
    safe_date,
    shift,
    shift_date,
    to_date,
    unit_value,
    week_value,
)


@dataclass
class Context:
    """What a handler may read: the text, the anchor, the tense source and the running reference."""

    text: str
    anchor: dt.date
    tense: TenseSource
    lex: TimeLexicon
    ref: str | None = None  # last specific DATE/TIME value mentioned, for anaphoric expressions
    period: str | None = None  # last quarter or half mentioned: what "a year ago" compares with

    def tense_at(self, m: re.Match[str]) -> Tense:
        return self.tense.tense(m.start(), m.end())

    def past(self, m: re.Match[str]) -> bool:
        """True unless the clause is in the future (news reports the past by default)."""
        return self.tense.tense(m.start(), m.end()) is not Tense.FUTURE

    def ref_date(self) -> dt.date:
        """The day the reference value starts on, or the anchor when there is no reference day."""
        if self.ref and granularity(self.ref) == "D":
            d = to_date(self.ref)
            if d:
                return d
        return self.anchor


@dataclass(frozen=True, slots=True)
class Found:
    """A valued expression. ``anaphoric`` ones (valued from the reference) do not become the reference,
    so "a year earlier" said twice of one quarter does not drift back two years."""

    type: str
    value: str
    mod: str | None = None
    anaphoric: bool = False
    begin: str | None = None  # the two ends of a range of days ("December 15-16")
    finish: str | None = None


Handler = Callable[[re.Match[str], Context], Found | None]


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: Handler
    triggers: frozenset[str]  # classes of trigger words one of which every match contains


YEAR = r"(?:1[6-9]|20)\d\d"
L = r"(?<![\w$£€#'’.,-])"  # left edge: not inside a word, a number or an amount
R = r"(?![\w-])"  # right edge


class Pieces:
    """Regex alternations from the lexicon, named as the rule templates use them."""

    def __init__(self, lex: TimeLexicon) -> None:
        a = lex.alternation
        self.MONTH, self.WEEKDAY, self.UNIT, self.SEASON = a("month"), a("weekday"), a("unit"), a("season")
        self.POD, self.VAGUE, self.SETW, self.MOD = a("part_of_day"), a("vague"), a("set_word"), a("mod")
        self.PMOD, self.HOLIDAY, self.TZ, self.FUZZY = (
            a("point_mod"),
            a("holiday"),
            a("timezone"),
            a("fuzzy_number"),
        )
        self.ORD = a("ordinal")
        self.DECADE_WORD = a("decade_word")
        calendar_units = [w for w, v in lex.words["unit"].items() if v not in ("S", "MIN", "H")]
        self.CAL_UNIT = (
            "(?:"
            + "|".join(
                r"\s+".join(map(re.escape, w.split())) for w in sorted(calendar_units, key=len, reverse=True)
            )
            + ")"
        )
        numbers = lex.words["number"]
        tens = [w for w, v in numbers.items() if v in {str(n) for n in range(20, 100, 10)} and " " not in w]
        ones = [w for w, v in numbers.items() if v in {str(n) for n in range(1, 10)} and w.isalpha()]
        compound = f"(?:{'|'.join(tens)})[\\s-](?:{'|'.join(o for o in ones if len(o) > 2)})"
        self.NUM = rf"(?:\d[\d,]*(?:\.\d+)?(?:\s+1/2)?|{compound}|{a('number')})(?:\s+and\s+a\s+half)?"
        # "over the past five years": "over" before "the" is a preposition, not "more than"
        self.PRE_MOD = rf"(?:(?!over\s+the\b)(?P<mod>{self.MOD})\s+)?"
        self.PRE_PM = rf"(?:(?P<pm>{self.PMOD})(?:\s*-\s*|\s+))?"
        # a year said in words, as broadcast transcripts write it: "nineteen ninety-seven", "two thousand"
        teens = [w for w, v in numbers.items() if v in {str(n) for n in range(10, 20)} and w.isalpha()]
        digit = f"(?:{'|'.join(o for o in ones if len(o) > 2 and o != 'single')})"
        tail = rf"(?:(?:{'|'.join(tens)})(?:[\s-]{digit})?|{'|'.join(teens)})"
        self.SPOKEN_YEAR = (
            rf"(?:(?:eighteen|nineteen|twenty)[\s-]+(?:{tail}|oh[\s-]+{digit})|"
            rf"two\s+thousand(?:\s+and\s+(?:{tail}|{digit}))?)"
        )


# --- helpers -------------------------------------------------------------------------------------------


def parse_number(text: str, lex: TimeLexicon) -> float | None:
    """ "five" → 5, "twenty-five" → 25, "2.5" → 2.5, "two and a half" → 2.5; None for "several"."""
    text = fold(text)
    half = 0.0
    if text.endswith("and a half"):
        text, half = text[: -len("and a half")].strip(), 0.5
    elif text.endswith(" 1/2"):
        text, half = text[:-4].strip(), 0.5
    digits = text.replace(",", "")
    try:
        return float(digits) + half
    except ValueError:
        pass
    value = lex.words["number"].get(text)
    if value is not None:
        return float(value) + half
    parts = re.split(r"[\s-]+", text)
    if len(parts) == 2 and parts[0] in lex.words["number"] and parts[1] in lex.words["number"]:
        return float(lex.words["number"][parts[0]]) + float(lex.words["number"][parts[1]]) + half
    return None


def point_mod(m: re.Match[str], lex: TimeLexicon, *groups: str) -> str | None:
    """The START/MID/END or APPROX/MORE_THAN... mod from the named groups that matched."""
    for g in groups:
        word = m.groupdict().get(g)
        if word:
            kind = "point_mod" if g.startswith("pm") else "mod"
            value = lex.value(kind, word)
            if value:
                return value
    return None


def unit_of(word: str, lex: TimeLexicon) -> str | None:
    w = fold(word)
    if w in ("qtr", "qtrs"):
        return "Q"
    if w in ("half", "halves"):
        return "HALF"
    if w.startswith("fiscal year"):
        return "Y"
    value = lex.words["unit"].get(w)
    if value is None and lex.words["season"].get(w):
        return lex.words["season"][w]
    return value


#: A past clause may name a day this many days after the anchor: the anchor is the day a report was
#: published or filed, and the day it tells of can be a day or two later in another time zone.
PAST_SLACK_DAYS = 2
#: When the past tense is only somewhere in the sentence ("fell ... ahead of the May 1 election"), a date
#: up to this many months after the anchor is still taken: news names coming dates in past sentences.
DOUBTFUL_PAST_MONTHS = 2


def year_for(
    anchor: dt.date,
    month: int,
    day: int,
    tense: Tense,
    weekday: int | None = None,
    *,
    certain: bool = True,
) -> int:
    """The year of a month-day date written without one: the nearest year that the tense allows.

    A past clause takes the most recent such day not after the anchor (give or take
    :data:`PAST_SLACK_DAYS`: "met on December 28" in a January report is last year's), a future one the
    next such day from the anchor on ("will meet on January 10" in December is next year's); in doubt,
    whichever is nearest the anchor ("February 27" in an April report is this year's). A past tense that
    is not ``certain`` to be the date's own clause is a doubt leaning back: the nearest day up to
    :data:`DOUBTFUL_PAST_MONTHS` after the anchor. A weekday written with the date ("Saturday, April 25",
    ISO 1-7) picks the year it fits, when one of the three does.
    """
    candidates = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := safe_date(y, month, 28 if (month, day) == (2, 29) and not calendar.isleap(y) else day))
    ]
    if not candidates:
        return anchor.year
    if weekday is not None:
        fitting = [d for d in candidates if d.isoweekday() == weekday]
        if fitting:
            return min(fitting, key=lambda d: abs((d - anchor).days)).year
    if tense is Tense.PAST and certain:
        allowed = [d for d in candidates if (d - anchor).days <= PAST_SLACK_DAYS]
        return max(allowed).year if allowed else anchor.year
    if tense is Tense.PAST:
        allowed = [d for d in candidates if d <= add_months(anchor, DOUBTFUL_PAST_MONTHS)]
    elif tense is Tense.FUTURE:
        allowed = [d for d in candidates if d >= anchor]
    else:
        allowed = candidates
    return min(allowed or candidates, key=lambda d: abs((d - anchor).days)).year


def weekday_date(anchor: dt.date, weekday: int, past: bool, *, today: bool = False) -> dt.date:
    """The weekday nearest the anchor in the tense's direction: the anchor itself when it is that
    weekday and the clause is past, or ``today`` is allowed ("will be announced on Thursday" in a report
    filed on a Thursday is that day: a week later would be "next Thursday")."""
    if past:
        return anchor - dt.timedelta(days=(anchor.isoweekday() - weekday) % 7)
    ahead = (weekday - anchor.isoweekday()) % 7
    return anchor + dt.timedelta(days=ahead if today else ahead or 7)


def _pod_suffix(pod: str, lex: TimeLexicon) -> str:
    v = lex.value("part_of_day", pod) or "MO"
    return f"T{v}:00" if v.isdigit() else f"T{v}"


def _day_word(word: str, anchor: dt.date) -> dt.date | None:
    w = fold(word)
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    if w in offsets:
        return anchor + dt.timedelta(days=offsets[w])
    if w == "the day before yesterday":
        return anchor - dt.timedelta(days=2)
    if w == "the day after tomorrow":
        return anchor + dt.timedelta(days=2)
    return None


# --- handlers -------------------------------------------------------------------------------------------


def h_iso(m: re.Match[str], ctx: Context) -> Found | None:
    """ISO ``1998-10-08``, compact ``19981008`` or US ``10/08/1998`` (``10-08-98``), with a clock time."""
    g = m.groupdict()
    if g.get("mdy"):
        year = int(g["y2"])
        if year < 100:
            year += 1900 if year >= 30 else 2000
        date = safe_date(year, int(g["mo2"]), int(g["d2"]))
    else:
        date = safe_date(int(g["y"]), int(g["mo"]), int(g["d"]))
    if date is None:
        return None
    if g.get("h"):
        seconds = f":{g['s']}" if g.get("s") else ""
        return Found("TIME", f"{day_value(date)}T{g['h']}:{g['mi']}{seconds}")
    return Found("DATE", day_value(date))


#: Verbs of putting something off, and the words up to the "to" of its new day: "postponed to",
#: "put off until", "moved, after a row, to".
_PUT_OFF = r"(?:postpone|delay|defer|move|adjourn|reschedule|push(?:ed|es|ing)?\s+back|put\s+off)"
_TO_NEW_DAY = r"\w*(?:[\s,]+[\w'’$.-]+){0,8}?[\s,]+(?:to|until|till)"
#: A plan's day: "was scheduled for May 3", "was "provisionally scheduled" for May 3", "set for June 1".
_SET_FOR = r"(?:scheduled|set|slated|planned|fixed|earmarked|penciled\s+in|pencilled\s+in)[\"'”’]*\s+for"
#: Words before a date that make it a term, not an event: "payable Dec. 15", "by May 1", "extended to
#: Nov. 20", "effective June 1", "of record Nov. 15", a plan's "scheduled for May 3". The clause's
#: tense tells when the term was set, not on which side of the anchor it falls, so such a date takes
#: the nearest year.
_TERM_BEFORE = re.compile(
    r"(?:\b(?:by|until|till|through|thru|payable|effective|expires?|expiring|expired|record|due|deadline|"
    rf"before|(?:extend|{_PUT_OFF}){_TO_NEW_DAY}|{_SET_FOR})\s+(?:on\s+|at\s+)?)$",
    re.IGNORECASE,
)
#: A plan told in the past tense: "were due to resume in Doha on Aug. 8", "was scheduled to open on May 3".
#: The plan was made before the report, its day may have passed since ("... but were postponed"), so a
#: date without a year takes the nearest year, not the next one the future tense would give.
_PLAN_TOLD_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:due|scheduled|set|slated|expected|planned|supposed|meant)\s+to\s+"
    r"[^.;:!?]{0,60}$",
    re.IGNORECASE,
)
#: A meeting put off to a weekday is put off to a day to come, whatever the tense of the telling:
#: "the summit was put off until Thursday", "talks were postponed to Monday".
_POSTPONED_TO = re.compile(rf"\b{_PUT_OFF}{_TO_NEW_DAY}\s+(?:on\s+)?(?:next\s+)?$", re.IGNORECASE)
#: A meeting a participle sets for a weekday is one to come from the telling on, whatever the tense of the
#: sentence: "said on Tuesday that talks planned for Saturday would be indirect", "the round is set for
#: Saturday" (a present plan; the parse may take "set" for a past). (Not a plan told in the past tense:
#: "talks that were scheduled for Monday" may be one whose day has passed.)
_SET_FOR_DAY = re.compile(rf"(?<!was )(?<!were )(?<!been )\b{_SET_FOR}\s+$", re.IGNORECASE)
#: A plan told in the past perfect, for a weekday: "talks that had been scheduled for Sunday", "she had been
#: due to meet him on Monday". It is the telling of a plan overtaken by what came after (a postponement,
#: a cancellation), which is reported just before or just after the plan's day, so the weekday is the
#: nearest one, ahead or behind. (A plan in the simple past, "were scheduled for Monday", keeps the past.)
_PLAN_TOLD_FOR_DAY = re.compile(
    rf"\bhad\s+been\s+(?:(?:due|supposed|meant|expected)\s+to\s+[^.;:!?]{{0,50}}?|{_SET_FOR}\s+)(?:on\s+)?$",
    re.IGNORECASE,
)


def date_year(m: re.Match[str], ctx: Context, month: int, day: int, weekday: int | None = None) -> int:
    """The year of a date written without one, from the clause's tense; a term takes the nearest."""
    tense = ctx.tense_at(m)
    before = ctx.text[max(0, m.start() - 100) : m.start()]
    if (tense is Tense.PAST and _TERM_BEFORE.search(before[-80:])) or (
        tense is Tense.FUTURE and _PLAN_TOLD_BEFORE.search(before)
    ):
        tense = Tense.UNKNOWN
    certain = tense is Tense.PAST and ctx.tense.certain_past(m.start(), m.end())
    return year_for(ctx.anchor, month, day, tense, weekday, certain=certain)


def h_month_day(m: re.Match[str], ctx: Context) -> Found | None:
    month = int(ctx.lex.value("month", m["mon"]) or 0)
    day = int(m["day"])
    weekday = int(ctx.lex.value("weekday", m["wd"]) or 0) if m["wd"] else None
    year = int(m["year"]) if m["year"] else date_year(m, ctx, month, day, weekday)
    if not m["year"] and (month, day) == (2, 29) and not calendar.isleap(year):
        # "February 29" without a year: the leap year nearest the year the tense chose, earlier on a tie
        leap_years = (y for y in range(year - 3, year + 4) if calendar.isleap(y))
        year = min(leap_years, key=lambda y: (abs(y - year), y))
    date = safe_date(year, month, day)
    if date is None:
        return None
    mod = point_mod(m, ctx.lex, "pm", "mod")
    if m.groupdict().get("pod"):
        return Found("TIME", day_value(date) + _pod_suffix(m["pod"], ctx.lex), mod)
    last = safe_date(year, month, int(m["last"])) if m["last"] else None
    if last is not None and last > date:  # "December 15-16": a span of days, valued as its first
        return Found("DATE", day_value(date), mod, begin=day_value(date), finish=day_value(last))
    return Found("DATE", day_value(date), mod)


_NAME_BEFORE = re.compile(r"\b(?:the|a|an|annual|``|\")\s*$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?:of\s+the|for)\b", re.IGNORECASE)


def h_month(m: re.Match[str], ctx: Context) -> Found | None:
    month = int(ctx.lex.value("month", m["mon"]) or 0)
    rel = fold(m["rel"] or "")
    mod = point_mod(m, ctx.lex, "pm", "mod")
    if rel in ("each", "every"):
        return Found("SET", f"XXXX-{month:02d}")
    if not (m["year"] or rel or mod) and (
        _NAME_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        and _NAME_AFTER.match(ctx.text, m.end())
    ):
        return None  # "the annual March for Life": a name, not a month
    spoken = spoken_year(m["sy"], ctx.lex) if m["sy"] else None
    if m["year"]:
        year = int(m["year"])
    elif spoken:
        year = spoken
    elif rel == "last":
        year = ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
    elif rel == "next":
        year = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
    elif rel == "this":
        year = ctx.anchor.year
    elif rel == "the same" and ctx.ref and to_date(ctx.ref):
        year = to_date(ctx.ref).year  # type: ignore[union-attr]
    elif m["yrel"]:
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[fold(m["yrel"])]
    elif month == ctx.anchor.month:
        year = ctx.anchor.year
    else:
        year = date_year(m, ctx, month, 15)
    return Found("DATE", month_value(year, month), mod)


def h_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    weekday = int(ctx.lex.value("weekday", m["wd"]) or 1)
    if m["plural"] or m["pods"]:
        suffix = _pod_suffix(m["pod"], ctx.lex) if m["pod"] else ""
        return Found("SET", f"XXXX-WXX-{weekday}{suffix}")
    rel = fold(m["rel"] or "")
    if rel in ("next", "coming", "the following"):
        base = ctx.ref_date() if rel == "the following" else ctx.anchor
        date = weekday_date(base, weekday, past=False)
        if rel == "next" and (date - ctx.anchor).days < 2:
            date += dt.timedelta(days=7)
    elif rel in ("last", "past", "the previous"):
        base = ctx.ref_date() if rel == "the previous" else ctx.anchor
        date = weekday_date(base - dt.timedelta(days=1), weekday, past=True)
    elif rel == "this":
        date = ctx.anchor + dt.timedelta(days=weekday - ctx.anchor.isoweekday())
    elif _POSTPONED_TO.search(ctx.text, max(0, m.start() - 80), m.start()) or _SET_FOR_DAY.search(
        ctx.text, max(0, m.start() - 40), m.start()
    ):
        date = weekday_date(ctx.anchor, weekday, past=False, today=True)  # "was put off until Thursday"
    elif _PLAN_TOLD_BEFORE.search(ctx.text, max(0, m.start() - 100), m.start()) or _PLAN_TOLD_FOR_DAY.search(
        ctx.text, max(0, m.start() - 80), m.start()
    ):
        # "the meetings were due to begin on Wednesday (but were pushed back)", "talks that had been
        # scheduled for Sunday": a plan made before the report, whose day may have passed since, is the
        # nearest such weekday, not the next one
        back = weekday_date(ctx.anchor, weekday, past=True)
        ahead = weekday_date(ctx.anchor, weekday, past=False)
        date = back if (ctx.anchor - back) <= (ahead - ctx.anchor) else ahead
    else:
        date = weekday_date(ctx.anchor, weekday, ctx.past(m), today=True)
    mod = point_mod(m, ctx.lex, "pm", "mod")
    if m["pod"]:
        return Found("TIME", day_value(date) + _pod_suffix(m["pod"], ctx.lex), mod)
    return Found("DATE", day_value(date), mod)


def h_pod_day(m: re.Match[str], ctx: Context) -> Found | None:
    """ "noon Saturday", "mid-afternoon yesterday"."""
    day = _day_word(m["day"], ctx.anchor)
    if day is None:
        weekday = int(ctx.lex.value("weekday", m["day"]) or 1)
        day = weekday_date(ctx.anchor, weekday, ctx.past(m), today=True)
    return Found("TIME", day_value(day) + _pod_suffix(m["pod"], ctx.lex), point_mod(m, ctx.lex, "pm"))


def h_day_word(m: re.Match[str], ctx: Context) -> Found | None:
    day = _day_word(m["rd"], ctx.anchor)
    if day is None:
        return None
    mod = point_mod(m, ctx.lex, "pm")
    if fold(m["rd"]) == "tonight":
        return Found("TIME", day_value(day) + "TNI", mod)
    if m["pod"]:
        return Found("TIME", day_value(day) + _pod_suffix(m["pod"], ctx.lex), mod)
    return Found("DATE", day_value(day), mod)


def h_this_pod(m: re.Match[str], ctx: Context) -> Found | None:
    """ "this morning", "last night", "the afternoon" (of the day last mentioned)."""
    rel = fold(m["rel"] or "the")
    day = ctx.ref_date() if rel in ("the", "that") else ctx.anchor
    if rel in ("the next", "the following", "the previous"):
        day = ctx.ref_date() + dt.timedelta(days=-1 if rel == "the previous" else 1)
    if rel == "last":
        if fold(m["pod"]) not in ("night", "evening"):
            return None
        day = ctx.anchor - dt.timedelta(days=1)
    mod = point_mod(m, ctx.lex, "pm", "pm2")
    return Found("TIME", day_value(day) + _pod_suffix(m["pod"], ctx.lex), mod)


_BACK = ("last", "past", "previous", "this past", "the previous", "the preceding", "preceding")
_FORWARD = ("next", "coming", "following", "the following", "the next")


def h_rel_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """ "last week", "next month", "this year", "the previous day", "that year" (DATE values)."""
    unit = unit_of(m["unit"], ctx.lex)
    if unit is None:
        return None
    rel = fold(m["rel"])
    anaphoric = (rel.startswith(("the ", "that")) or rel == "following") and rel != "the current"
    base = ctx.ref_date() if anaphoric else ctx.anchor
    if anaphoric and ctx.ref and unit not in ("D", "W", "WE") and to_date(ctx.ref):
        base = to_date(ctx.ref) or base
    mod = point_mod(m, ctx.lex, "pm")
    if unit in ("SP", "SU", "FA", "WI"):
        return _season(ctx, unit, rel, None, mod)
    step = -1 if rel in _BACK else 1 if rel in _FORWARD else 0
    moved = shift_date(base, step, "W" if unit == "WE" else "M" if unit == "HALF" else unit)
    if unit == "HALF":
        moved = shift_date(base, step * 6, "M")
    if moved is None:
        return None
    return Found("DATE", unit_value(moved, unit), mod, anaphoric=anaphoric)


def h_the_rel_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the past decade" (DURATION P10Y), "the next year", "the coming weeks" (PXW)."""
    unit = unit_of(m["unit"], ctx.lex)
    if unit is None or unit == "HALF":
        return None
    plural = fold(m["unit"]).endswith("s") or fold(m["unit"]) == "centuries"
    if unit in ("SP", "SU", "FA", "WI"):
        return None
    if m["rel2"] or m["ahead"]:
        if not plural:
            return None
        if unit in ("Y", "DE") and fold(m["rel2"] or "") == "recent":
            return Found("DATE", "PAST_REF")  # "in recent years"
    return Found("DURATION", duration_value(None if plural else 1, unit))


def h_ago(m: re.Match[str], ctx: Context) -> Found | None:
    """ "two years ago" (from the anchor), "a week later", "three days earlier" (from the last date)."""
    unit = unit_of(m["unit"], ctx.lex)
    if unit is None or unit in ("S", "MIN", "H"):
        return None
    amount = parse_number(m["num"], ctx.lex)
    direction = fold(m["dir"])
    sign = -1 if direction in ("ago", "earlier", "before", "previously", "back") else 1
    mod = point_mod(m, ctx.lex, "mod") or ("APPROX" if m["orso"] else None)
    if amount is None or not float(amount).is_integer():
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    n = int(amount) * sign
    from_ref = direction not in ("ago", "from now", "hence", "back")
    if ctx.ref and from_ref and SPECIFIC.match(ctx.ref):
        moved = shift(ctx.ref, n, unit)
        if moved is not None:
            return Found("DATE", moved, mod, anaphoric=True)
    if unit == "Y" and ctx.period:  # "profit rose from $2 million a year ago": the reported quarter
        moved = shift(ctx.period, n, unit)
        if moved is not None:
            return Found("DATE", moved, mod, anaphoric=True)
    date = shift_date(ctx.anchor, n, "W" if unit == "WE" else unit)
    if date is None:
        return None
    return Found("DATE", unit_value(date, unit), mod)


def h_quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the third quarter", "fourth-quarter", "the first half of 1999", "the year-earlier quarter"."""
    unit = "HALF" if fold(m["unit"]).startswith("half") else "Q"
    which = fold(m["ord"] or "")
    year_text = m["y"] or m["y2"] or m["yr"]
    mod = point_mod(m, ctx.lex, "pm")
    letter, count = ("H", 2) if unit == "HALF" else ("Q", 4)
    n_ord = ctx.lex.words["ordinal"].get(which)
    if n_ord is None and which in ("last", "final") and year_text:
        n_ord = str(count)
    if n_ord is not None and fold(m["unit"]) == "period":
        return None
    if n_ord is not None:
        n = int(n_ord)
        if n > count:
            return None
        if year_text:
            year = int(year_text)
        elif m["yrel"]:
            year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[fold(m["yrel"])]
        else:
            year = ctx.anchor.year
            current = quarter_of(ctx.anchor) if unit == "Q" else (1 if ctx.anchor.month <= 6 else 2)
            tense = ctx.tense_at(m)
            if tense is Tense.PAST and n > current:
                year -= 1  # "fourth-quarter results" in a February report
            elif tense is Tense.FUTURE and n < current - 1:
                year += 1
        if m["ago"]:
            year -= 1
        return Found("DATE", f"{year:04d}-{letter}{n}", mod)
    base = _reference_quarter(ctx) if unit == "Q" else unit_value(ctx.anchor, "HALF")
    if not which and m["yr"]:  # "the 1988 quarter": the quarter reported on, in that year
        return Found("DATE", f"{int(m['yr']):04d}{base[4:]}", mod, anaphoric=True)
    if which in ("year-earlier", "year-ago", "year earlier") or m["ago"]:
        moved = shift(base, -1, "Y")
        return Found("DATE", moved, mod, anaphoric=True) if moved else None
    if which in ("current", "this"):
        return Found("DATE", unit_value(ctx.anchor, unit), mod)
    if which in ("latest", "most recent"):  # the last one finished at the anchor
        return Found("DATE", unit_value(add_months(ctx.anchor, -3 if unit == "Q" else -6), unit), mod)
    if which == "last":
        return Found("DATE", unit_value(add_months(ctx.anchor, -3 if unit == "Q" else -6), unit), mod)
    return Found("DATE", base, mod)


def h_period_a_year_before(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the corresponding period last year", "the same quarter a year ago", "last year's quarter": the
    quarter or half-year last reported on, a year before (as "the year-ago quarter"); when the report
    named none ("the first ten months ... the same period last year"), the year before."""
    mod = point_mod(m, ctx.lex, "pm")
    moved = shift(ctx.period, -1, "Y") if ctx.period else None
    return Found("DATE", moved or f"{ctx.anchor.year - 1:04d}", mod, anaphoric=True)


def _reference_quarter(ctx: Context) -> str:
    """The quarter a report is about: the one last mentioned, else the last one finished at the anchor."""
    if ctx.period and granularity(ctx.period) == "Q":
        return ctx.period
    return unit_value(add_months(ctx.anchor, -3), "Q")


def h_the_unit(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the quarter" (the one reported on), "the year" (this year, or a year's span after "for")."""
    unit = unit_of(m["unit"], ctx.lex)
    mod = point_mod(m, ctx.lex, "pm")
    if unit == "Q":
        return Found("DATE", _reference_quarter(ctx), mod)
    if unit not in ("Y", "M", "W", "WE", "D", "DE"):
        return None
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower().split()
    prev = before[-1] if before else ""
    after = ctx.text[m.end() : m.end() + 10].lower().split()
    if (
        unit != "WE"
        and mod is None
        and (prev in ("throughout", "within", "all") or (after and after[0] in ("ended", "ending")))
    ):
        return Found("DURATION", duration_value(1, unit), None)  # "for the year ended June 30"
    if mod is None and unit == "D":
        return None
    if unit == "WE":
        # the weekend before a past report, the one after a plan
        saturday = weekday_date(ctx.ref_date(), 6, ctx.past(m))
        return Found("DATE", week_value(saturday) + "-WE", mod)
    base = ctx.ref_date() if unit == "D" else ctx.anchor
    return Found("DATE", unit_value(base, unit), mod)


def h_year_end(m: re.Match[str], ctx: Context) -> Found | None:
    unit = unit_of(m["unit"], ctx.lex) or "Y"
    return Found("DATE", unit_value(ctx.anchor, unit), "END")


def h_in_the(m: re.Match[str], ctx: Context) -> Found | None:
    """ "Earlier in the day" (the anchor), "later in the week", "early in the year"."""
    unit = unit_of(m["unit"], ctx.lex)
    mod = point_mod(m, ctx.lex, "pm")
    if unit is None:
        pod = _pod_suffix(m["unit"], ctx.lex)
        return Found("TIME", day_value(ctx.ref_date()) + pod, mod)
    base = ctx.ref_date() if unit == "D" else ctx.anchor
    return Found("DATE", unit_value(base, unit), mod)


def h_year(m: re.Match[str], ctx: Context) -> Found | None:
    return Found("DATE", f"{int(m['y']):04d}", point_mod(m, ctx.lex, "pm", "mod"))


def h_decade(m: re.Match[str], ctx: Context) -> Found | None:
    if m["dw"]:
        tens = ctx.lex.value("decade_word", m["dw"]) or "9"
        century = ctx.anchor.year // 100 - (int(tens) * 10 > ctx.anchor.year % 100)
        return Found("DATE", f"{century}{tens}", point_mod(m, ctx.lex, "pm", "pm2"))
    digits = m["dec"].lstrip("'")
    if len(digits) == 2:
        century = (
            ctx.anchor.year // 100 if int(digits) <= ctx.anchor.year % 100 else ctx.anchor.year // 100 - 1
        )
        digits = f"{century}{digits}"
    mod = point_mod(m, ctx.lex, "pm", "pm2")
    return Found("DATE", digits[:3], mod)


def h_century(m: re.Match[str], ctx: Context) -> Found | None:
    n = ctx.lex.words["ordinal"].get(fold(m["ord"]))
    if n is None:
        digits = re.match(r"\d+", m["ord"])
        n = digits.group() if digits else None
    if n is None or not 1 <= int(n) <= 30:
        return None
    return Found("DATE", f"{int(n) - 1:02d}", point_mod(m, ctx.lex, "pm"))


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season(ctx: Context, season: str, rel: str, year: int | None, mod: str | None) -> Found:
    if year is None:
        year = ctx.anchor.year
        start = dt.date(year, _SEASON_START[season], 1)
        if rel in ("last", "past", "this past") and add_months(start, 3) > ctx.anchor:
            year -= 1  # this one is not over yet: the one before
        elif rel in ("next", "coming") and start <= ctx.anchor:
            year += 1
    return Found("DATE", f"{year:04d}-{season}", mod)


def h_season(m: re.Match[str], ctx: Context) -> Found | None:
    rel = fold(m["rel"] or "")
    before = ctx.text[max(0, m.start() - 4) : m.start()].lower()
    if not (rel or m["pm"] or m["y"] or m["sy"] or before.endswith("in ")):
        return None
    season = ctx.lex.value("season", m["season"]) or "SU"
    year = int(m["y"]) if m["y"] else spoken_year(m["sy"], ctx.lex) if m["sy"] else None
    return _season(ctx, season, rel, year, point_mod(m, ctx.lex, "pm"))


_PREVIOUS_WORD = re.compile(r"([A-Za-z$%\d]+)\W*$")


def previous_word(text: str, start: int) -> re.Match[str] | None:
    """The word before ``start`` (looked for in the 40 characters before it, so the cost is constant)."""
    return _PREVIOUS_WORD.search(text, max(0, start - 40), start)


_DURATION_CUES = frozenset(
    {
        "for",
        "in",
        "over",
        "within",
        "after",
        "of",
        "than",
        "about",
        "nearly",
        "almost",
        "some",
        "up",
        "lasted",
        "took",
        "spent",
        "last",
        "lasting",
    }
)


#: "of" after "a quarter" that makes it a fraction of something, not three months ("a quarter of the
#: votes"); "a quarter of a century" and "a quarter of an hour" are still spans of time.
_FRACTION_OF = re.compile(
    r"\s+of\s+(?!(?:a|an)\s+(?:century|hour)\b|(?:fiscal\s+)?(?:1[6-9]|20)\d\d\b)", re.IGNORECASE
)

_MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "shall", "must"})

#: A noun after "a weekend" that makes the weekend the day of a thing ("a weekend meeting", "a weekend
#: fire"), not a span ("a weekend of talks", "spent a weekend in X", "took a weekend off").
_WEEKEND_THING = re.compile(
    r"\s+(?!(?:of|in|at|on|to|with|and|or|for|off|away|ago|before|after|earlier|later|from|when|that|which|"
    r"is|was|were|are|the|a|an|there|here|by|as)\b)[a-z]{3,}\b"
)


def h_duration(m: re.Match[str], ctx: Context) -> Found | None:
    unit = unit_of(m["unit"], ctx.lex)
    if unit is None or unit == "HALF":
        return None
    num = m["num"]
    amount = parse_number(num, ctx.lex)
    folded = fold(num)
    if folded in ("a", "an", "one") and not (m["the"] or m["rel"] or m["mod"]):
        prev = previous_word(ctx.text, m.start())
        word = prev.group(1).lower() if prev else ""
        # "$40 a year", "3% a month", "500 barrels a day": a rate, not a span.
        if (
            folded != "one"
            and word not in _DURATION_CUES
            and (
                any(c.isdigit() for c in word)
                or word.endswith("s")
                or "%" in word
                or word in ("percent", "cents", "dollars")
            )
        ):
            return Found("SET", duration_value(1, unit))
    if (
        unit == "WE"
        and folded in ("a", "an")
        and not (m["the"] or m["rel"] or m["mod"])
        and _WEEKEND_THING.match(ctx.text, m.end())
    ):
        # "at a weekend meeting", "a weekend fire": the weekend a thing was on (the one before a past
        # report, the one after a plan), not two days
        saturday = weekday_date(ctx.ref_date(), 6, ctx.past(m))
        return Found("DATE", week_value(saturday) + "-WE")
    after = ctx.text[m.end() : m.end() + 12]
    if re.match(r"\s*(?:-\s*)?old\b", after):
        return None  # an age: "52 years old"
    if unit == "Q" and fold(m["unit"]).endswith("s") and "-" in m.group()[: m.start("unit") - m.start()]:
        return None  # a fraction: "three-quarters"
    if (
        unit == "Q"
        and folded in ("a", "one", "three")
        and not (m["the"] or m["rel"])
        and _FRACTION_OF.match(ctx.text, m.end(), m.end() + 30)
    ):
        return None  # a fraction: "a quarter of the market", "three quarters of voters"
    if unit == "S" and folded in ("a", "an") and re.match(r"\s+[a-z]", after):
        return None  # an ordinal: "a second round"
    if unit == "D" and folded == "one" and not (m["the"] or m["rel"] or m["mod"]):
        prev = previous_word(ctx.text, m.start())
        if prev and prev.group(1).lower() in _MODALS:
            return Found("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day, not 24 hours
    mod = point_mod(m, ctx.lex, "mod") or ("APPROX" if m["orso"] else None)
    if m["num2"] and fold(m["num2"]) and not amount:
        amount = parse_number(m["num2"], ctx.lex)
    if amount is not None and m["half"]:
        amount += 0.5
    if amount is not None and amount >= 1000 and unit not in ("S", "MIN", "H", "D"):
        return None  # "the 1988 quarter" is a year, not 1,988 quarters
    return Found("DURATION", duration_value(amount, unit), mod)


def h_bare_units(m: re.Match[str], ctx: Context) -> Found | None:
    """ "for years", "after months of talks", "weeks or months": a span of unknown length."""
    prev = previous_word(ctx.text, m.start())
    word = prev.group(1).lower() if prev else ""
    if word not in (
        "for",
        "in",
        "over",
        "within",
        "after",
        "take",
        "took",
        "takes",
        "taken",
        "lasted",
        "spent",
        "last",
        "recent",
        "coming",
        "past",
    ):
        return None
    unit = unit_of(m["unit"], ctx.lex)
    if unit is None:
        return None
    return Found("DURATION", duration_value(None, unit), "APPROX" if m["alt"] else None)


def h_the_years(m: re.Match[str], ctx: Context) -> Found | None:
    """ "over the years", "through the decades": a span of unknown length."""
    prev = previous_word(ctx.text, m.start())
    if not prev or prev.group(1).lower() not in ("over", "through", "throughout"):
        return None
    unit = unit_of(m["unit"], ctx.lex)
    return Found("DURATION", duration_value(None, unit)) if unit else None


def spoken_year(words: str, lex: TimeLexicon) -> int | None:
    """ "nineteen ninety-six" → 1996, "nineteen oh five" → 1905, "two thousand and two" → 2002; None
    when the words are no year ("nineteen people")."""
    folded = fold(words).replace("-", " ")
    parts = folded.split(None, 1)
    if len(parts) < 2:
        return None
    if folded.startswith("two thousand"):
        tail = folded[len("two thousand") :].strip()
        if tail.startswith("and "):
            tail = tail[4:]
        rest = parse_number(tail, lex) if tail else 0.0
        return 2000 + int(rest) if rest is not None and 0 <= rest < 100 and rest.is_integer() else None
    century = {"eighteen": 18, "nineteen": 19, "twenty": 20}.get(parts[0])
    if century is None:
        return None
    tail = parts[1]
    if tail.startswith("oh "):
        rest = parse_number(tail[3:], lex)
        return century * 100 + int(rest) if rest is not None and 0 < rest < 10 else None
    rest = parse_number(tail, lex)
    if rest is None or not 10 <= rest < 100 or not float(rest).is_integer():
        return None
    return century * 100 + int(rest)


def h_spoken_year(m: re.Match[str], ctx: Context) -> Found | None:
    """ "nineteen ninety-six" → 1996, "two thousand" → 2000 (transcripts of broadcast news)."""
    year = spoken_year(m["sy"], ctx.lex)
    return Found("DATE", f"{year:04d}") if year is not None else None


def h_year_ago_adj(m: re.Match[str], ctx: Context) -> Found | None:
    """ "year-earlier levels": the period last reported on, a year before."""
    base = ctx.period or (ctx.ref if ctx.ref and granularity(ctx.ref) == "M" else None)
    if base:
        moved = shift(base, -1, "Y")
        if moved:
            return Found("DATE", moved, anaphoric=True)
    return Found("DATE", f"{ctx.anchor.year - 1:04d}", anaphoric=True)


def h_vague(m: re.Match[str], ctx: Context) -> Found | None:
    value = ctx.lex.value("vague", m["v"])
    return Found("DATE", value) if value else None


def h_set_word(m: re.Match[str], ctx: Context) -> Found | None:
    word = fold(m["s"])
    if word.startswith(("a ", "an ", "per ")) and not word.startswith("per"):
        prev = previous_word(ctx.text, m.start())
        w = prev.group(1).lower() if prev else ""
        if not (any(c.isdigit() for c in w) or w.endswith("s") or w in ("percent", "times", "once", "twice")):
            return None
    value = ctx.lex.value("set_word", m["s"])
    return Found("SET", value) if value else None


def h_every(m: re.Match[str], ctx: Context) -> Found | None:
    if m["wd"]:
        weekday = ctx.lex.value("weekday", m["wd"]) or "1"
        return Found("SET", f"XXXX-WXX-{weekday}")
    unit = unit_of(m["unit"], ctx.lex)
    if unit is None or unit == "HALF":
        return None
    amount = parse_number(m["num"], ctx.lex) if m["num"] else 1.0
    if m["other"]:
        amount = 2.0
    return Found("SET", duration_value(amount, unit))


def h_clock(m: re.Match[str], ctx: Context) -> Found | None:
    g = m.groupdict()
    hour = int(g["h"])
    minute = int(g["mi"] or 0)
    ap = (g.get("ap") or "").lower().replace(".", "").replace(" ", "")
    if hour > 24 or (ap and hour > 12):
        return None
    if ap == "pm" and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    date = ctx.ref_date()
    if g.get("day"):
        date = _day_word(g["day"], ctx.anchor) or weekday_date(
            ctx.anchor, int(ctx.lex.value("weekday", g["day"]) or 1), ctx.past(m), today=True
        )
    elif g.get("mon"):
        month = int(ctx.lex.value("month", m["mon"]) or 1)
        day = int(m["md"])
        date = safe_date(date_year(m, ctx, month, day), month, day) or ctx.anchor
    return Found("TIME", f"{day_value(date)}T{hour:02d}:{minute:02d}", point_mod(m, ctx.lex, "mod"))


def h_noon(m: re.Match[str], ctx: Context) -> Found | None:
    return Found(
        "TIME", day_value(ctx.ref_date()) + _pod_suffix(m["pod"], ctx.lex), point_mod(m, ctx.lex, "mod")
    )


def h_holiday(m: re.Match[str], ctx: Context) -> Found | None:
    value = ctx.lex.value("holiday", m["hol"]) or ""
    if value == "NAME" or _names_something(m, ctx):
        return None  # "Bloody Sunday", "the Good Friday Agreement": no day of the report's calendar
    year = int(m["y"]) if m["y"] else None
    if value.startswith("E"):  # a feast counted from Easter, which moves from year to year
        offset = dt.timedelta(days=int(value[1:]))

        def feast(y: int) -> dt.date:
            day: dt.date = easter(y)
            return day + offset

        near = feast(ctx.anchor.year)
        y = year or date_year(m, ctx, near.month, near.day)
        return Found("DATE", day_value(feast(y)))
    parts = value.split("-")
    month = int(parts[0])
    if len(parts) == 3:  # n-th weekday of the month
        n, weekday = int(parts[1]), int(parts[2])

        def nth(y: int) -> dt.date:
            first = dt.date(y, month, 1)
            return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))

        y = year or date_year(m, ctx, month, nth(ctx.anchor.year).day)
        return Found("DATE", day_value(nth(y)))
    day = int(parts[1])
    y = year or date_year(m, ctx, month, day)
    date = safe_date(y, month, day)
    return Found("DATE", day_value(date)) if date else None


#: The word right after a match, on the same line.
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _names_something(m: re.Match[str], ctx: Context) -> bool:
    """Whether the word after a holiday makes it part of a name ("the Good Friday Agreement", "the Easter
    Rising"): a :data:`name_noun` of the lexicon, a capital or not ("the Good Friday peace accord")."""
    after = _NEXT_WORD.match(ctx.text, m.end())
    return after is not None and ctx.lex.value("name_noun", after[1]) is not None


# --- the rules ------------------------------------------------------------------------------------------

#: Words the rules spell out themselves, by trigger class (besides the lexicon's words, below).
_RULE_WORDS = {
    "day_word": ("today", "yesterday", "tomorrow", "tonight"),
    "quarter": ("quarter", "quarters", "qtr", "half", "period"),
    "unit": ("ago", "weekend", "century", "centuries"),
    "spoken": ("nineteen", "eighteen", "twenty", "thousand"),
    "clock": ("am", "pm", "m"),
}
#: Words of multi-word lexicon entries that say nothing temporal on their own.
_NOT_TRIGGERS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "in",
        "at",
        "on",
        "per",
        "each",
        "every",
        "for",
        "and",
        "or",
        "to",
        "this",
        "that",
        "last",
        "next",
        "some",
        "few",
        "many",
        "one",
        "new",
        "trading",
        "business",
        "working",
        "these",
        "right",
    }
)
_TRIGGER_KINDS = ("unit", "season", "part_of_day", "vague", "set_word", "decade_word")
_CASED_TRIGGER_KINDS = ("month", "weekday", "holiday")


def trigger_classes(lex: TimeLexicon) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Trigger words and their classes: lower-case words, and words that count only with a capital
    ("May", "Sun."). Every match of a rule contains a word of one of its classes (or, for the class
    ``number``, a date-like number).

    The normaliser runs each rule only on stretches of text around its trigger words, so a text with no
    temporal word costs one tokenising pass. A new rule names its classes in :data:`RULE_TRIGGERS`.
    """
    lower: dict[str, set[str]] = {}
    for kind in _TRIGGER_KINDS:
        for phrase in lex.words[kind]:
            for w in re.split(r"[\s-]+", phrase):
                lower.setdefault(w.strip(".").lower(), set()).add(kind)
    for kind, words in _RULE_WORDS.items():
        for w in words:
            lower.setdefault(w, set()).add(kind)
    cased: dict[str, set[str]] = {}
    for kind in _CASED_TRIGGER_KINDS:
        for phrase in lex.alternation_forms[kind]:
            for w in re.split(r"[\s-]+", phrase):
                if w[:1].isupper():
                    cased.setdefault(w.strip("."), set()).add(kind)
    return (
        {w: frozenset(k) for w, k in lower.items() if w and w not in _NOT_TRIGGERS and not w.isdigit()},
        {w: frozenset(k) for w, k in cased.items()},
    )


def build_rules(lex: TimeLexicon) -> list[Rule]:
    """Compile every rule against the lexicon. Order matters only to break ties between equal extents."""
    p = Pieces(lex)
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    last_day = r"(?:\s*[-–]\s*(?P<last>[0-3]?\d)(?:st|nd|rd|th)?)?"  # "December 15-16", "15-16 December"
    year_opt = rf"(?:,?\s*(?P<year>{YEAR}){R})?"
    weekday_prefix = rf"(?:(?P<wd>{p.WEEKDAY}),?\s+(?:the\s+)?)?"
    rel_unit_words = rf"(?:week|month|year|quarter|weekend|decade|century|fiscal\s+year|half|{p.SEASON})"
    defs: list[tuple[str, str, Handler]] = [
        (
            "iso",
            rf"{L}(?:(?P<y>{YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)|(?P<mdy>(?P<mo2>[01]?\d)[/-](?P<d2>[0-3]?\d)[/-](?P<y2>{YEAR}|\d\d)))"
            rf"(?:[T\s]+(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?(?![\w/-])",
            h_iso,
        ),
        (
            "compact",
            rf"{L}(?P<y>{YEAR})(?P<mo>0[1-9]|1[0-2])(?P<d>[0-3]\d)(?!\d)",
            h_iso,
        ),
        (
            "month_day",
            rf"{L}{p.PRE_MOD}{p.PRE_PM}{weekday_prefix}(?P<mon>{p.MONTH})\s*{day}{last_day}{R}{year_opt}"
            rf"(?:\s+(?P<pod>{p.POD}))?",
            h_month_day,
        ),
        (
            "day_month",
            rf"{L}{p.PRE_MOD}{weekday_prefix}{day}{last_day}\s+(?:of\s+)?(?P<mon>{p.MONTH}){R}{year_opt}",
            h_month_day,
        ),
        (
            "month",
            rf"{L}{p.PRE_MOD}{p.PRE_PM}(?:(?P<rel>this|last|next|each|every|the\s+same)\s+)?(?P<mon>{p.MONTH}){R}"
            rf"(?!\s*[0-3]?\d(?![\d:]))(?:(?:\s+of|,)?\s+(?P<year>{YEAR}){R}|\s+(?P<yrel>this|last|next)\s+year{R}|"
            rf"(?:\s+of)?\s+(?P<sy>{p.SPOKEN_YEAR}){R})?",
            h_month,
        ),
        (
            "weekday",
            # no "more than"/"about" before a day: "over Thursday" is a preposition, "close to Monday's
            # talks" an adjective
            rf"{L}{p.PRE_PM}(?:(?P<rel>last|next|this|coming|past|the\s+following|the\s+previous)\s+)?"
            rf"(?P<wd>{p.WEEKDAY})(?P<plural>s)?(?:\s+(?P<pod>morning|afternoon|evening|night)(?P<pods>s)?)?{R}",
            h_weekday,
        ),
        (
            "pod_day",
            rf"{L}{p.PRE_PM}(?P<pod>{p.POD})\s+(?:on\s+)?(?P<day>today|yesterday|tomorrow|{p.WEEKDAY}){R}",
            h_pod_day,
        ),
        (
            "day_word",
            rf"{L}{p.PRE_PM}(?P<rd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|"
            rf"tomorrow|tonight)(?:\s+(?P<pod>morning|afternoon|evening|night))?{R}",
            h_day_word,
        ),
        (
            "this_pod",
            rf"{L}(?:{p.PRE_PM}(?P<rel>this|last|that|the|the\s+next|the\s+following|the\s+previous)\s+|"
            rf"(?P<pm2>early|mid|late)(?:\s*-\s*|\s+))(?P<pod>morning|afternoon|evening|night){R}(?!\s+of\b)",
            h_this_pod,
        ),
        (
            "rel_unit",
            rf"{L}{p.PRE_PM}(?P<rel>this\s+past|this|last|next|past|coming|previous|current|following|"
            rf"the\s+same|that\s+same|that|the\s+previous|the\s+preceding|the\s+following|the\s+current)\s+"
            rf"(?P<unit>{rel_unit_words}|day){R}",
            h_rel_unit,
        ),
        (
            "the_rel_unit",
            rf"{L}(?:(?P<the>the\s+)(?P<rel>past|last|next|coming|remaining|ensuing)|(?P<rel2>recent|coming)|"
            rf"(?P<ahead>the))\s+(?:several\s+|few\s+|many\s+)?(?P<unit>{p.UNIT})(?(ahead)\s+ahead){R}",
            h_the_rel_unit,
        ),
        (
            "rel_day",
            rf"{L}(?P<the>the)\s+(?P<unit>day|week|month|year)\s+(?P<rel>before|after|earlier|later){R}",
            _rel_day_adapter,
        ),
        (
            "ago",
            rf"{L}{p.PRE_MOD}(?P<num>{p.NUM}|{p.FUZZY})[\s-]+(?P<unit>{p.CAL_UNIT})(?P<orso>\s+or\s+so)?\s+"
            rf"(?P<dir>ago|earlier|later|previously|from\s+now|hence|back|(?:before|after)(?=\s*(?:[,.;:!?)\"”]|$))){R}",
            h_ago,
        ),
        (
            "quarter",
            # "the third-quarter loss": the article is the noun's, a hyphenated quarter only qualifies it
            rf"{L}{p.PRE_PM}(?:the\s+(?!(?:fiscal[\s-]+)?\w+-(?:quarter|qtr|half|period)\b))?(?:(?P<yr>{YEAR})(?:'s)?\s+|(?P<yrel>this|last|next)\s+year's\s+)?"
            rf"(?:comparable\s+|corresponding\s+)?(?:(?P<ago>year-earlier|year-ago|year\s+earlier)\s+)?(?:fiscal[\s-]+)?"
            rf"(?:(?P<ord>{p.ORD}|final|last|latest|current|most\s+recent|year-earlier|year-ago|year\s+earlier|same)"
            rf"[\s-]+|(?<=\d\s))(?:fiscal[\s-]+)?(?P<unit>quarter|qtr|half|period)(?!\w)"
            rf"(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR})|,?\s+(?P<y2>{YEAR}))?{R}",
            h_quarter,
        ),
        (
            "period_a_year_before",
            rf"{L}{p.PRE_PM}(?:(?:the\s+)?(?:same|corresponding|comparable)\s+(?:quarter|period)\s+"
            rf"(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+previous\s+year)|"
            rf"last\s+year's\s+(?:comparable\s+|corresponding\s+)?(?:quarter|period)){R}",
            h_period_a_year_before,
        ),
        (
            "the_unit",
            rf"{L}{p.PRE_PM}the\s+(?:full\s+|fiscal\s+|calendar\s+|whole\s+|entire\s+)?"
            rf"(?P<unit>year|month|week|weekend|quarter|day|decade)(?!\s*-|\s+(?:before|after|earlier|later)){R}",
            h_the_unit,
        ),
        ("year_end", rf"{L}(?:the\s+)?(?P<unit>year|month)(?:'s\s+|\s*-\s*|\s+)end{R}", h_year_end),
        (
            "in_the",
            rf"{L}(?P<pm>earlier|later|early|late)\s+(?:in|on)\s+the\s+"
            rf"(?P<unit>day|week|month|year|morning|afternoon|evening){R}",
            h_in_the,
        ),
        (
            "year",
            rf"{L}{p.PRE_MOD}{p.PRE_PM}(?:(?:fiscal|calendar|the\s+year|model\s+year)\s+)?(?P<y>{YEAR})"
            rf"(?![\d%]|[.,]\d|-\d|\s+(?:percent|per\s+cent|people|troops|workers|members|tons|miles|feet)\b)",
            h_year,
        ),
        (
            "decade",
            rf"{L}{p.PRE_PM}(?:the\s+)?(?:(?P<pm2>early|mid|late)[\s-]*)?(?:(?P<dec>(?:1[6-9]|20)\d0|'\d0)'?s|"
            rf"(?<=the\s)(?P<dw>{p.DECADE_WORD})){R}",
            h_decade,
        ),
        (
            "century",
            rf"{L}{p.PRE_PM}(?:the\s+)?(?P<ord>{p.ORD}|\d{{1,2}}(?:st|nd|rd|th))\s+century{R}",
            h_century,
        ),
        (
            "season",
            rf"{L}{p.PRE_PM}(?:(?P<rel>this\s+past|this|last|next|past|coming|the)\s+)?(?P<season>{p.SEASON})"
            rf"(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<sy>{p.SPOKEN_YEAR})))?{R}",
            h_season,
        ),
        (
            "duration",
            # "the" before a hyphenated span ("the eight-year war") belongs to the noun it qualifies
            rf"{L}{p.PRE_MOD}(?P<the>the\s+(?!(?:{p.NUM})\s*-\s*{p.UNIT}\b))?"
            rf"(?:(?P<rel>past|last|next|previous|coming|first|final|remaining|"
            rf"following|latest|initial|preceding|other)\s+)?(?P<num>{p.NUM}|{p.FUZZY})"
            rf"(?:\s+(?:to|or|-|–)\s+(?P<num2>{p.NUM}))?(?:\s+|\s*-\s*)"
            rf"(?:more\s+|additional\s+|full\s+|straight\s+|consecutive\s+|long\s+)?(?P<unit>{p.UNIT})"
            rf"(?P<half>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?{R}",
            h_duration,
        ),
        (
            "bare_units",
            rf"{L}(?P<unit>years|months|weeks|decades|days|hours)(?P<alt>\s+or\s+(?:years|months|weeks|decades|days))?{R}",
            h_bare_units,
        ),
        ("the_years", rf"{L}the\s+(?P<unit>years|decades|centuries|months|weeks){R}", h_the_years),
        (
            "spoken_year",
            rf"{L}(?:the\s+year\s+)?(?P<sy>{p.SPOKEN_YEAR}){R}",
            h_spoken_year,
        ),
        ("year_ago_adj", rf"{L}(?P<w>year-earlier|year-ago)(?=\s+[a-z])", h_year_ago_adj),
        ("vague", rf"{L}(?P<v>{p.VAGUE}){R}", h_vague),
        ("set_word", rf"{L}(?P<s>{p.SETW}){R}", h_set_word),
        (
            "every",
            rf"{L}(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<wd>{p.WEEKDAY})|(?:(?P<num>{p.NUM})\s+)?"
            rf"(?P<unit>{p.UNIT})){R}",
            h_every,
        ),
        (
            "clock",
            rf"{L}{p.PRE_MOD}(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m{R})"
            rf"(?:\s+(?P<tz>{p.TZ}))?(?:,?\s+(?:on\s+)?(?:(?P<day>today|yesterday|tomorrow|{p.WEEKDAY})|"
            rf"(?P<mon>{p.MONTH})\s*(?P<md>[0-3]?\d)){R})?",
            h_clock,
        ),
        (
            "clock24",
            rf"(?<=\bat\s)(?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?:\s+(?P<tz>{p.TZ}))?{R}",
            h_clock,
        ),
        ("noon", rf"{L}{p.PRE_MOD}(?P<pod>noon|midnight|midday){R}", h_noon),
        ("holiday", rf"{L}(?P<hol>{p.HOLIDAY})(?:\s+(?P<y>{YEAR}))?{R}", h_holiday),
    ]
    return [
        Rule(name, re.compile(pattern, re.IGNORECASE), handler, frozenset(RULE_TRIGGERS[name]))
        for name, pattern, handler in defs
    ]


#: For each rule, the classes of trigger words (see :func:`trigger_classes`) its matches contain.
RULE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso": ("number",),
    "compact": ("number",),
    "month_day": ("month",),
    "day_month": ("month",),
    "month": ("month", "spoken"),
    "weekday": ("weekday",),
    "pod_day": ("part_of_day",),
    "day_word": ("day_word",),
    "this_pod": ("part_of_day",),
    "rel_unit": ("unit", "season", "quarter"),
    "the_rel_unit": ("unit",),
    "rel_day": ("unit",),
    "ago": ("unit",),
    "quarter": ("quarter",),
    "period_a_year_before": ("quarter",),
    "the_unit": ("unit",),
    "year_end": ("unit",),
    "in_the": ("unit", "part_of_day"),
    "year": ("number",),
    "decade": ("number", "decade_word"),
    "century": ("unit",),
    "season": ("season", "spoken"),
    "duration": ("unit",),
    "bare_units": ("unit",),
    "the_years": ("unit",),
    "spoken_year": ("spoken",),
    "year_ago_adj": ("unit",),
    "vague": ("vague",),
    "set_word": ("set_word", "unit"),
    "every": ("unit", "weekday"),
    "clock": ("clock",),
    "clock24": ("number",),
    "noon": ("part_of_day",),
    "holiday": ("holiday",),
}


def _rel_day_adapter(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the day before", "the week after", "the year earlier": one unit from the last date."""
    unit = unit_of(m["unit"], ctx.lex) or "D"
    step = -1 if fold(m["rel"]) in ("before", "earlier") else 1
    if ctx.ref and SPECIFIC.match(ctx.ref):
        moved = shift(ctx.ref, step, unit)
        if moved is not None:
            if unit == "W" and granularity(moved) == "D":
                moved = week_value(to_date(moved) or ctx.anchor)
            return Found("DATE", moved, anaphoric=True)
    date = shift_date(ctx.anchor, step, unit)
    return Found("DATE", unit_value(date, unit), anaphoric=True) if date else None
