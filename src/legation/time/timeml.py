"""Reading TimeML ``.tml`` files (TempEval-3): the article text, its creation date and its TIMEX3 tags.

Offsets of a tag are positions in the character data of ``<TEXT>`` once every tag is stripped, which is
how TempEval-3 aligns gold and system files; the document creation time (``<DCT>``) is the anchor.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from legation.errors import EvaluationError
from legation.model import TimeValue, TimexType

_TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """One annotated article: ``timexes`` are the gold TIMEX3 in ``text`` (the DCT is not among them)."""

    path: str
    text: str
    dct: dt.date
    timexes: tuple[TimeValue, ...]


def read_tml(path: str | Path) -> TimeMLDocument:
    """Parse one ``.tml`` file; a file that is not TimeML raises :class:`EvaluationError` naming it."""
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        where = f"{path}:{line}" if line else str(path)
        raise EvaluationError(f"{where}: not well-formed XML ({exc}); is this a TimeML .tml file?") from exc
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    dct_node = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if dct_node is None or body is None:
        raise EvaluationError(
            f"{path}: no <DCT><TIMEX3 .../></DCT> or no <TEXT>: not a TempEval-style TimeML file"
        )
    try:
        dct = dt.date.fromisoformat((dct_node.get("value") or "")[:10])
    except ValueError as exc:
        raise EvaluationError(
            f"{path}: the DCT value {dct_node.get('value')!r} is not a YYYY-MM-DD date"
        ) from exc
    parts: list[str] = []
    timexes: list[TimeValue] = []
    _walk(body, parts, timexes, path)
    return TimeMLDocument(str(path), "".join(parts), dct, tuple(timexes))


def _walk(node: ET.Element, parts: list[str], timexes: list[TimeValue], path: Path) -> None:
    parts.append(node.text or "")
    for child in node:
        start = sum(len(p) for p in parts)
        _walk(child, parts, timexes, path)
        if child.tag == "TIMEX3":
            end = sum(len(p) for p in parts)
            text = "".join(parts)[start:end]
            kind = child.get("type", "")
            if kind not in _TYPES:
                raise EvaluationError(
                    f"{path}: TIMEX3 {child.get('tid')!r} has type {kind!r}, not one of {_TYPES}"
                )
            if text.strip():
                timexes.append(
                    TimeValue(
                        text, cast(TimexType, kind), child.get("value", ""), start, end, child.get("mod")
                    )
                )
        parts.append(child.tail or "")


def tml_files(directory: str | Path) -> list[Path]:
    """Every ``.tml`` file under ``directory``, recursively, in a stable order."""
    root = Path(directory)
    if not root.is_dir():
        raise EvaluationError(f"{root}: not a directory; give the folder that holds the .tml files")
    files = sorted(root.rglob("*.tml"))
    if not files:
        raise EvaluationError(f"{root}: no .tml files found under it")
    return files


def read_corpus(directory: str | Path, limit: int | None = None) -> Iterator[TimeMLDocument]:
    for path in tml_files(directory)[:limit]:
        yield read_tml(path)
