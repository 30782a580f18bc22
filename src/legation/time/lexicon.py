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
    "name_noun",
    "future_cue",
    "past_cue",
    "not_a_cue",
    "timezone",
    "abbreviation",
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
    alternation_forms: dict[str, tuple[str, ...]]  # kind -> the surface forms, as written

    def value(self, kind: str, word: str) -> str | None:
        return self.words[kind].get(fold(word))

    def alternation(self, kind: str) -> str:
        return self.alternations[kind]


def word_pattern(forms: list[str], *, cased: bool = False) -> str:
    """A regex (trie) matching any of ``forms``; ``cased`` ones keep their case under re.IGNORECASE."""
    return _alternation("month" if cased else "", forms)


def _alternation(kind: str, forms: list[str]) -> str:
    """A regex matching any of ``forms``, factored as a trie ("Sept" and "Sept." share "Sept", and at each
    letter only the branches that can still match are tried): Python's regex engine tries alternatives one
    by one, so a flat list of a hundred words made every rule slow. Longer forms win (optional tails are
    greedy); a space in a form matches any run of whitespace."""
    keys = {" ".join(f.split()) for f in forms}
    if kind not in CASED:
        keys = {k.lower() for k in keys}
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    pattern = _trie_pattern(trie)
    return f"(?-i:{pattern})" if kind in CASED else f"(?:{pattern})"


def _trie_pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


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
    return TimeLexicon(
        words, {k: _alternation(k, v) for k, v in forms.items()}, {k: tuple(v) for k, v in forms.items()}
    )
