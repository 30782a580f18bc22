"""Dropping page furniture ("Advertisement", "Share this article", "Updated 14:03 GMT", captions).

The patterns are data (``legation/data/boilerplate.yaml``) so that a new outlet's furniture is one entry,
not a code change. A pattern must match a *whole* trimmed line or paragraph: furniture is removed as a
unit and a sentence is never cut. Every entry carries examples it must match; the loader checks them
and reports every bad entry (bad regex, example not matched) with file and line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from legation.errors import LexiconError
from legation.lexicon import DataFile, Field, data_path, load_data_file

BOILERPLATE_FILE = "boilerplate.yaml"
KINDS = ("advert", "share", "subscribe", "timestamp", "caption", "credit", "navigation", "byline", "legal")
FIELDS = (
    Field("kind", str, choices=KINDS),
    Field("pattern", str),
    Field("examples", list),
    Field("case_sensitive", bool, required=False),
)


#: Separators a page sets between pieces of furniture on one line; never inside a sentence's words.
_SEPARATOR = re.compile(r"\s+[|·•]\s+")


@dataclass(frozen=True, slots=True)
class FurniturePattern:
    kind: str
    regex: re.Pattern[str]
    line: int


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A compiled set of furniture patterns."""

    path: str
    patterns: tuple[FurniturePattern, ...]

    def match(self, text: str) -> FurniturePattern | None:
        """The pattern matching all of ``text`` (trimmed), or None when it is content.

        Pages often set several pieces of furniture on one line ("By A | Published 12 May 2025",
        "12 May 2025 · 3 min read"): such a line is furniture when every piece between strong
        separators is, and the first piece's pattern is returned.
        """
        text = text.strip()
        if not text:
            return None
        whole = self._whole(text)
        if whole is not None:
            return whole
        pieces = _SEPARATOR.split(text)
        if len(pieces) < 2:
            return None
        found = [self._whole(piece) for piece in pieces if piece.strip()]
        if not found or any(pattern is None for pattern in found):
            return None
        return found[0]

    def _whole(self, text: str) -> FurniturePattern | None:
        for pattern in self.patterns:
            if pattern.regex.fullmatch(text.strip()):
                return pattern
        return None

    def is_furniture(self, text: str) -> bool:
        return self.match(text) is not None


def compile_boilerplate(data: DataFile) -> Boilerplate:
    """Compile validated entries; raise :class:`LexiconError` listing every bad regex or example."""
    problems: list[str] = []
    patterns: list[FurniturePattern] = []
    for entry in data.entries:
        flags = 0 if entry.get("case_sensitive", False) else re.IGNORECASE
        try:
            regex = re.compile(entry["pattern"], flags)
        except re.error as exc:
            problems.append(f"{data.path}:{entry.line}: pattern: not a valid regular expression: {exc}")
            continue
        for example in entry["examples"]:
            if not regex.fullmatch(example.strip()):
                problems.append(
                    f"{data.path}:{entry.line}: examples: {example!r} is not matched by the pattern"
                )
        patterns.append(FurniturePattern(entry["kind"], regex, entry.line))
    if problems:
        raise LexiconError(data.path, problems)
    return Boilerplate(data.path, tuple(patterns))


def load_boilerplate(path: str | Path) -> Boilerplate:
    """Load a furniture file of the same format as the bundled one (for an outlet's own patterns)."""
    return compile_boilerplate(load_data_file(path, FIELDS))


@functools.cache
def bundled_boilerplate() -> Boilerplate:
    """The bundled patterns, loaded and checked once per process."""
    return load_boilerplate(data_path(BOILERPLATE_FILE))
