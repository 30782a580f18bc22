"""The normaliser's word lists (``legation/data/time.yaml``), read once and turned into regex pieces.

Rules in :mod:`legation.time.rules` are regex templates over these alternations, so adding a month
abbreviation or a modifier is a data change, not a code change.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from legation.lexicon import Field, load_bundled

TIME_FILE = "time.yaml"

KINDS = (
    "month",
    "weekday",
    "number",
    "fuzzy_number",
    "ordinal",
    "unit",
    "decade_word",
    "season",
    "part_of_day",
    "vague",
    "set_word",
    "mod",
    "point_mod",
    "holiday",
    "future_cue",
    "past_cue",
    "timezone",
)
FIELDS = (
    Field("kind", str, choices=KINDS),
    Field("value", str),
    Field("words", list),
)

#: Kinds whose words must keep their capital ("May" the month, not "may" the verb).
CASED = frozenset({"month", "weekday", "holiday"})


def fold(word: str) -> str:
    """The lookup key of a surface form: lower case, single spaces, no trailing dot."""
    return " ".join(word.lower().split()).rstrip(".")


@dataclass(frozen=True)
class TimeLexicon:
    """Word → value per kind, and per kind a ready regex alternation of its surface forms."""

    words: dict[str, dict[str, str]]  # kind -> folded word -> value
    alternations: dict[str, str]  # kind -> "(?:form|form...)"

    def value(self, kind: str, word: str) -> str | None:
        return self.words[kind].get(fold(word))

    def alternation(self, kind: str) -> str:
        return self.alternations[kind]


def _alternation(kind: str, forms: list[str]) -> str:
    """Longest form first (so "Sept." wins over "Sept"), spaces matching any run of whitespace."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        piece = r"\s+".join(re.escape(w) for w in form.split())
        parts.append(f"(?-i:{piece})" if kind in CASED else piece)
    return "(?:" + "|".join(parts) + ")"


@functools.cache
def load_time_lexicon() -> TimeLexicon:
    """Read ``time.yaml`` (every bad entry reported at once by :func:`load_bundled`)."""
    data = load_bundled(TIME_FILE, FIELDS)
    words: dict[str, dict[str, str]] = {k: {} for k in KINDS}
    forms: dict[str, list[str]] = {k: [] for k in KINDS}
    for entry in data.entries:
        kind = entry["kind"]
        for word in entry["words"]:
            words[kind][fold(word)] = entry["value"]
            forms[kind].append(word)
            if kind in CASED and word.replace(".", "").isalpha():
                forms[kind].append(word.upper())
    return TimeLexicon(words, {k: _alternation(k, v) for k, v in forms.items()})
