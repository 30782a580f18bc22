"""String helpers every stage shares: small, pure and free of any model or data file, so that ``nlp``,
``fuse`` and ``evaluate`` fold a name the same way without one stage importing another."""

from __future__ import annotations

import unicodedata


def strip_diacritics(text: str) -> str:
    """The text with its combining marks dropped after compatibility decomposition: "São" → "Sao"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
