"""Normalising the text of a report: whitespace, paragraphs, and page furniture.

The result is the text every later stage reads and every evidence offset points into, so it is built
once, here: unusual spaces become spaces, runs of spaces one space, paragraphs are separated by exactly
one blank line (``"\\n\\n"``), lines hard-wrapped inside a sentence are joined, and lines or paragraphs
that are wholly page furniture (see :mod:`legation.ingest.boilerplate`) are dropped.
"""

from __future__ import annotations

import re
import unicodedata

from legation.ingest.boilerplate import Boilerplate, bundled_boilerplate

_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_BLANK_LINES = re.compile(r"\n\s*\n")
#: Closing quotes and brackets a line may end on after its last stop.
_CLOSERS = r"['\"’”»)\]]*$"
#: A line that ends a sentence (or a heading that is all there is on its line).
_ENDS_SENTENCE = re.compile(r"[.!?…:;]" + _CLOSERS)
#: A navigation heading with something after its colon ("Read more: <title>") lists nothing below it.
#: A line that ends a statement, not a question: listed titles may ask ("What are rare earths?").
_ENDS_STATEMENT = re.compile(r"[.!…:;]" + _CLOSERS)
_HAS_ITEM = re.compile(r"[:|»›>]\s*\S")
#: The titles listed under a bare navigation heading ("Read more:", "Related") are short lines that end
#: no sentence; the first line that does, or a longer one, is the report again.
MAX_LISTED_TITLE = 160
#: A hard-wrapped line fills at least this share of the longest line in its paragraph...
WRAP_SHARE = 0.6
#: ...and text is only taken for hard-wrapped when its longest line is at least this long.
WRAP_MIN_WIDTH = 40


def normalise_spaces(text: str) -> str:
    """NFC, no invisible characters, ``\\n`` line ends, single spaces, trimmed lines."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def paragraphs(text: str, boilerplate: Boilerplate | None = None) -> list[str]:
    """The paragraphs of ``text`` without furniture, each on one line."""
    boilerplate = boilerplate or bundled_boilerplate()
    out: list[str] = []
    listing = False
    for block in _BLANK_LINES.split(normalise_spaces(text)):
        # lines between two lines of furniture stay apart: a headline over a dropped date and a caption
        # is no sentence with the caption
        runs: list[list[str]] = [[]]
        for line in block.split("\n"):
            if not line:
                continue
            found = boilerplate.match(line)
            if found is not None:
                listing = found.kind == "navigation" and not _HAS_ITEM.search(line)
                runs.append([])
                continue
            if listing and not _ENDS_STATEMENT.search(line) and len(line) <= MAX_LISTED_TITLE:
                continue  # a title listed under "Read more:" (a question is a title too)
            listing = False
            runs[-1].append(line)
        for paragraph in (p for lines in runs for p in _join_lines(lines)):
            if not boilerplate.is_furniture(paragraph):
                out.append(paragraph)
    return out


def clean_text(text: str, boilerplate: Boilerplate | None = None) -> str:
    """Paragraphs joined by blank lines: the document text."""
    return "\n\n".join(paragraphs(text, boilerplate))


def _join_lines(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs.

    A line continues on the next when it does not end a sentence and either the next line starts in
    lower case or the line fills most of a fixed-width text. So texts that put one paragraph per line
    (no blank lines) keep their paragraphs and a headline its own line, while texts wrapped at a fixed
    width get their sentences back whole.
    """
    if not lines:
        return []
    longest = max(len(line) for line in lines)
    wrapped = longest >= WRAP_MIN_WIDTH
    out: list[str] = []
    current: list[str] = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        current.append(line)
        continues = not _ENDS_SENTENCE.search(line) and (
            following[:1].islower() or (wrapped and len(line) >= WRAP_SHARE * longest)
        )
        if not continues:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out
