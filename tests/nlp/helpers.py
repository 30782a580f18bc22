"""Build an extraction context from a hand-written text, as the pipeline would."""

from __future__ import annotations

import datetime as dt
from typing import Any

from legation.model import Document
from legation.nlp.context import DocContext
from legation.time import normalise_doc


def context(nlp: Any, text: str, anchor: str = "2024-05-13", dateline: str | None = None) -> DocContext:
    day = dt.date.fromisoformat(anchor)
    doc = nlp(text)
    return DocContext(Document("t1", text, day, dateline_place=dateline), doc, normalise_doc(doc, day))
