"""TIMEX3 value arithmetic: building values at a granularity and moving them by calendar units.

Values are the strings TimeML uses (``1998``, ``1998-10``, ``1998-Q3``, ``1998-W41``, ``1998-SU``,
``1998-10-08``, ``199`` for a decade). Keeping them as strings, rather than a class hierarchy, keeps the
rules short: a rule builds a value with one of the ``*_value`` helpers and shifts it with
:func:`shift`, which keeps the granularity of the value it is given.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

#: Units as TIMEX3 duration letters. ``MIN`` is a minute (``PT5M``), ``M`` a month.
DAY_UNITS = {"D": 1, "W": 7, "FN": 14}
MONTH_UNITS = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}
TIME_UNITS = {"S", "MIN", "H"}

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

#: A value that names a stretch of the calendar (and so can anchor a relative expression).
SPECIFIC = re.compile(r"^\d{2,4}(-(\d\d|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI)(-\d\d)?)?(-WE)?(T.*)?$")


def day_value(d: dt.date) -> str:
    return d.isoformat()


def is_day(value: str) -> bool:
    """Whether a value names one calendar day (``1998-10-08``): a ten-character value may also be a
    reference word (``FUTURE_REF``), which no date parser reads."""
    return len(value) == 10 and _DAY.match(value) is not None


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def week_value(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def season_of(d: dt.date) -> str:
    """Meteorological season (northern hemisphere); December counts as the coming year's winter's start."""
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        d.month, "FA"
    )


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, the day clipped to the month's length (Jan 31 + 1 month = Feb 28)."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    year = min(max(year, 1), 9999)
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def unit_value(d: dt.date, unit: str) -> str:
    """The value of the ``unit``-sized stretch of calendar holding ``d`` ("this month" → ``1998-10``)."""
    if unit in DAY_UNITS and unit != "W":
        return day_value(d)
    if unit == "W":
        return week_value(d)
    if unit == "WE":
        return week_value(d) + "-WE"
    if unit == "M":
        return month_value(d.year, d.month)
    if unit == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "HALF":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "DE":
        return f"{d.year // 10:03d}"
    if unit == "CE":
        return f"{d.year // 100:02d}"
    if unit in {"SP", "SU", "FA", "WI"}:
        return f"{d.year:04d}-{unit}"
    return f"{d.year:04d}"


def shift_date(d: dt.date, n: int, unit: str) -> dt.date | None:
    """``d`` moved by ``n`` units (days, weeks, months, quarters, years, decades); None off the calendar."""
    try:
        if unit in DAY_UNITS:
            return d + dt.timedelta(days=n * DAY_UNITS[unit])
        if unit == "WE":
            return d + dt.timedelta(days=7 * n)
        if unit in MONTH_UNITS:
            return add_months(d, n * MONTH_UNITS[unit])
    except (OverflowError, ValueError):
        return None
    return None


def shift(value: str, n: int, unit: str) -> str | None:
    """``value`` moved by ``n`` units, keeping its granularity ("1989-Q3" - 1 year = "1988-Q3").

    Returns None when the unit is finer than the value can express (a month moved by days).
    """
    if m := _DAY.match(value):
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        moved = shift_date(d, n, unit) if d else None
        return day_value(moved) + (m[4] or "") if moved else None
    if m := _MONTH.match(value):
        if unit not in MONTH_UNITS:
            return None
        moved = add_months(dt.date(int(m[1]), int(m[2]), 1), n * MONTH_UNITS[unit])
        return month_value(moved.year, moved.month)
    if m := _QUARTER.match(value):
        if unit not in MONTH_UNITS or unit == "M":
            return None
        q = int(m[1]) * 4 + int(m[2]) - 1 + n * MONTH_UNITS[unit] // 3
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if m := _HALF.match(value):
        if unit not in ("Y", "DE"):
            return None
        return f"{int(m[1]) + n * MONTH_UNITS[unit] // 12:04d}-H{m[2]}"
    if m := _WEEK.match(value):
        if unit not in ("W", "Y"):
            return None
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        moved = shift_date(monday, n, unit)
        return week_value(moved) + (m[3] or "") if moved else None
    if m := _SEASON.match(value):
        return f"{int(m[1]) + n:04d}-{m[2]}" if unit == "Y" else None
    if m := _YEAR.match(value):
        if unit not in ("Y", "DE", "CE"):
            return None
        return f"{int(m[1]) + n * MONTH_UNITS[unit] // 12:04d}"
    if m := _DECADE.match(value):
        return f"{int(m[1]) + n * MONTH_UNITS[unit] // 120:03d}" if unit in ("DE", "CE") else None
    return None


def granularity(value: str) -> str | None:
    """The unit of a calendar value: D, W, M, Q, HALF, SE (season), Y, DE, CE; None if not one."""
    for pattern, unit in (
        (_DAY, "D"),
        (_WEEK, "W"),
        (_MONTH, "M"),
        (_QUARTER, "Q"),
        (_HALF, "HALF"),
        (_SEASON, "SE"),
        (_YEAR, "Y"),
        (_DECADE, "DE"),
        (_CENTURY, "CE"),
    ):
        if pattern.match(value):
            return unit
    return None


def to_date(value: str) -> dt.date | None:
    """The first day of the stretch a calendar value names (``1998-Q3`` → 1998-07-01); None if vague."""
    if m := _DAY.match(value):
        return safe_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _MONTH.match(value):
        return safe_date(int(m[1]), int(m[2]), 1)
    if m := _QUARTER.match(value):
        return safe_date(int(m[1]), int(m[2]) * 3 - 2, 1)
    if m := _WEEK.match(value):
        try:
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
    if m := _YEAR.match(value):
        return safe_date(int(m[1]), 1, 1)
    return None


#: The first month of each (northern) season, and the months it spans; winter runs into the next year.
_SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def stretch(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the calendar stretch a value names (``2006-W47`` → 20–26 Nov 2006,
    ``2007-01`` → all January, ``2007-H1``, ``2006-WI``, ``2007``); None for a vague or finer value.
    Lets a meeting announced for "next week" be told from, or matched to, one dated by its day."""
    if m := _DAY.match(value):
        d = safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (d, d) if d else None
    if m := _SEASON.match(value):
        first = dt.date(int(m[1]), _SEASON_MONTHS[m[2]], 1)
        return first, add_months(first, 3) - dt.timedelta(days=1)
    if m := _HALF.match(value):
        first = dt.date(int(m[1]), 1 if m[2] == "1" else 7, 1)
        return first, add_months(first, 6) - dt.timedelta(days=1)
    unit = granularity(value)
    start = to_date(value.removesuffix("-WE"))
    if start is None or unit not in ("W", "M", "Q", "Y"):
        return None
    last = shift_date(start, 1, unit)
    return (start, last - dt.timedelta(days=1)) if last else None


def holds(period: str, day: str) -> bool:
    """Whether a day (``2006-11-20``, or a time on it) falls in the stretch a calendar value names
    (``2006-W47``); False when either is vague."""
    days = stretch(period)
    d = to_date(day[:10])
    return days is not None and d is not None and days[0] <= d <= days[1]


#: The next finer unit and how many of it make one: a fraction of a unit is written in it (P2Y6M).
_FINER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def duration_value(amount: float | None, unit: str) -> str:
    """``P3Y``, ``PT5H``, ``P10Y`` (a decade), ``P2Y6M`` (two and a half years), ``PXM`` (some months)."""
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "FN": ("W", 2), "WE": ("D", 2), "Q": ("M", 3)}
    if unit in scale:
        unit, factor = scale[unit]
        amount = None if amount is None else amount * factor
    if amount is None:
        return f"PTX{'M' if unit == 'MIN' else unit}" if unit in TIME_UNITS else f"PX{unit}"
    whole = int(amount)
    parts = [(whole, unit)] if whole else []
    rest = amount - whole
    if rest and unit in _FINER:
        finer, factor = _FINER[unit]
        extra = rest * factor
        if float(extra).is_integer():
            parts.append((int(extra), finer))
        elif not parts:
            return duration_value(extra, finer)
    elif rest:
        return (
            f"P{amount:g}{unit}"
            if unit not in TIME_UNITS
            else f"PT{amount:g}{'M' if unit == 'MIN' else unit}"
        )
    if not parts:
        parts = [(0, unit)]
    date_part = "".join(f"{n}{u}" for n, u in parts if u not in TIME_UNITS)
    time_part = "".join(f"{n}{'M' if u == 'MIN' else u}" for n, u in parts if u in TIME_UNITS)
    return "P" + date_part + (f"T{time_part}" if time_part else "")
