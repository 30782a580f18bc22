"""Publication dates: from metadata strings, from the top of a text, and month-day datelines.

Only the calendar date matters to legation (a timestamp's own day as written, not converted to UTC: a
report filed at 23:30 in Moscow was published that day in Moscow).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from pathlib import PurePath

#: English month names and their usual abbreviations: the calendar, not a tunable rule.
MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    start=1,
):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
MONTHS["sept"] = 9

MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_WORD}),?\s+(\d{{4}})\b", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({MONTH_WORD})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

#: A date in a file name: ``2016-06-09`` or ``20160609``, not inside a longer run of digits.
_DATE_IN_NAME = re.compile(r"(?<!\d)(?:(\d{4})-(\d{2})-(\d{2})|((?:19|20)\d{2})(\d{2})(\d{2}))(?!\d)")
#: How far into a text :func:`date_near_top` looks for a publication date.
TOP_CHARS = 400


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def parse_date(value: str) -> dt.date:
    """A date from a metadata string: ISO date or datetime, RFC 2822 (feeds), "12 March 2024",
    "March 12, 2024". Raises ValueError when it is none of these or not a calendar date."""
    value = value.strip()
    iso = _ISO.fullmatch(value)
    if iso:
        return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        found = pattern.fullmatch(value)
        if found:
            return _from_match(found, order)
    try:
        stamp = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        stamp = None
    if stamp is not None:
        return stamp.date()
    raise ValueError(f"{value!r} is not a date (expected YYYY-MM-DD, an ISO datetime or '12 March 2024')")


def _from_match(found: re.Match[str], order: str) -> dt.date:
    if order == "dmy":
        day, month, year = int(found[1]), month_number(found[2]), int(found[3])
    else:
        month, day, year = month_number(found[1]), int(found[2]), int(found[3])
    return dt.date(year, month, day)


def date_near_top(text: str, chars: int = TOP_CHARS) -> dt.date | None:
    """The first full date (with a year) in the first ``chars`` characters, or None.

    Pages and exports without a date field usually print the date under the headline.
    """
    top = text[:chars]
    candidates: list[tuple[int, dt.date]] = []
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        for found in pattern.finditer(top):
            try:
                candidates.append((found.start(), _from_match(found, order)))
            except ValueError:
                continue
    for found in _ISO_IN_TEXT.finditer(top):
        try:
            candidates.append((found.start(), dt.date(int(found[1]), int(found[2]), int(found[3]))))
        except ValueError:
            continue
    return min(candidates)[1] if candidates else None


def date_in_name(name: str) -> dt.date | None:
    """The one calendar date written in a file name (its last path segment), or None.

    Archives and corpora name a report by its publication date (``outlet_2016-06-09_slug.txt``,
    ``AGENCY_20160609.0042.txt``); that is the date a user means for a plain-text file without a date
    line. Digits that are no calendar date are not a date; a name with two different dates says
    nothing, as there is no telling which one was the publication.
    """
    found: set[dt.date] = set()
    for match in _DATE_IN_NAME.finditer(PurePath(name).name):
        year, month, day = (match[1], match[2], match[3]) if match[1] else (match[4], match[5], match[6])
        try:
            found.add(dt.date(int(year), int(month), int(day)))
        except ValueError:
            continue
    return found.pop() if len(found) == 1 else None


def latest_on_or_before(month: int, day: int, limit: dt.date) -> dt.date | None:
    """The most recent ``month``/``day`` not after ``limit`` (this year's, else last year's...).

    A dateline gives a day without a year; the report was written on or before it was published.
    Returns None for a day that does not exist (31 April) in any of the years tried.
    """
    for year in range(limit.year, limit.year - 5, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return candidate if (limit - candidate).days <= 366 else None
    return None
