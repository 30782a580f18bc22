"""Language identification with the packaged py3langid model (no downloads).

legation analyses English only; other languages are kept and reported as skipped. A short English text
("Talks resumed.") is often guessed as something else with low confidence, so a short text defaults to
English *only* when the identifier is not confident; a confident guess (a French sentence) always wins.
"""

from __future__ import annotations

import functools
from typing import Any

#: Probability at or above which the identifier's answer is taken as is.
CONFIDENT = 0.5
#: Texts shorter than this many words default to English when the identifier is not confident.
SHORT_WORDS = 40
#: Characters the identifier looks at: plenty to decide (a paragraph or three), and identification is
#: the costliest step of ingest, so long texts are not read to the end.
SAMPLE_CHARS = 1500
DEFAULT_LANGUAGE = "en"


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """The identifier's best language code and its probability (0..1)."""
    lang, prob = _identifier().classify(text[:SAMPLE_CHARS])
    return str(lang), float(prob)


def detect_language(text: str) -> str:
    """The ISO 639-1 code of ``text``'s language (``"en"``, ``"fr"``, ``"ru"``)."""
    if not text.strip():
        return DEFAULT_LANGUAGE
    lang, prob = identify(text)
    if prob >= CONFIDENT:
        return lang
    if len(text.split()) < SHORT_WORDS:
        return DEFAULT_LANGUAGE
    return lang
