"""Ordinal words and numerals: "second", "twenty-first", "7th", "138th".

Reports number rounds and sessions far past the first dozen ("the 67th meeting", "the 18th ministerial
meeting", "the 138th conference"); one reader serves every stage that counts them.
"""

from __future__ import annotations

import re

_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
#: "21st", "138th", "2nd": digits and the suffix of their last digit.
_NUMERAL = re.compile(r"^(\d{1,3})(st|nd|rd|th)$")


def ordinal_value(word: str) -> int | None:
    """The number an ordinal word or numeral says ("fifth" 5, "twenty-first" 21, "67th" 67), else None."""
    low = word.lower()
    if low in _UNITS:
        return _UNITS[low]
    numeral = _NUMERAL.match(low)
    if numeral:
        value = int(numeral.group(1))
        return value if value > 0 and numeral.group(2) == _suffix(value) else None
    tens, _, unit = low.partition("-")
    for stem, value in _TENS.items():
        if tens == stem + "ieth" and not unit:
            return value
        if tens == stem + "y" and unit in _UNITS and _UNITS[unit] < 10:
            return value + _UNITS[unit]
    return None


def _suffix(value: int) -> str:
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
