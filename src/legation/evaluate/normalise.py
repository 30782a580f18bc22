"""How two strings are compared when a dossier is scored: strictly, but blind to spelling noise.

The rules are the ones ``docs/evaluation.md`` states; they are generic (case, diacritics, punctuation)
and never know any particular name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from legation.text import strip_diacritics

#: Dots and apostrophes vanish ("U.S." → "us", "Russia's" → "russias"); other punctuation separates words.
_DELETED = re.compile(r"[.'\u2019\u02bc`]")
_SEPARATORS = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Case-folded, diacritics stripped, a leading "the " dropped, punctuation and whitespace collapsed."""
    # Compatibility forms first ("𝐀" → "A"), so that case folding sees plain letters.
    out = strip_diacritics(unicodedata.normalize("NFKD", text).casefold())
    out = _DELETED.sub("", out)
    out = _SEPARATORS.sub(" ", out).strip()
    if out.startswith("the "):
        out = out[4:]
    return out


def same(value: str | None, accepted: Iterable[str]) -> bool:
    """Whether ``value`` equals any accepted string after normalisation."""
    if value is None:
        return False
    key = normalise(value)
    return any(key == normalise(a) for a in accepted)


def same_as(accepted: Iterable[str]) -> Callable[[str | None], bool]:
    """A test for :func:`same` against a fixed list of accepted strings."""
    accepted = tuple(accepted)
    return lambda value: same(value, accepted)


def contains_phrase(text: str, phrase: str) -> bool:
    """Whether normalised ``phrase`` occurs in normalised ``text`` as whole words."""
    needle = normalise(phrase)
    return bool(needle) and f" {needle} " in f" {normalise(text)} "


def fold_extent(text: str) -> str:
    """A time expression's text for extent comparison: case-folded, whitespace collapsed."""
    return _SPACES.sub(" ", text.casefold()).strip()


def extents_overlap(a: str, b: str) -> bool:
    """Whether one time expression's text contains the other's as whole words ("Friday" / "on Friday")."""
    x, y = f" {fold_extent(a)} ", f" {fold_extent(b)} "
    return x.strip() != "" and y.strip() != "" and (x in y or y in x)


def party_key(name: str) -> str:
    """A party name compared loosely in number: "Palestinians" and "Palestinian" are one party."""
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in normalise(name).split())
