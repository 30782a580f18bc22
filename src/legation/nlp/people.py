"""People in news text: the title and country a report gives a person when it names them."""

from __future__ import annotations

from legation.nlp.context import Span
from legation.nlp.gazetteer import load_gazetteer


def title_before(name: Span) -> tuple[str | None, str | None] | None:
    """ "Kenyan Foreign Minister Jane Doe": the title and the country of the words before a name."""
    doc = name.doc
    words = []
    i = name.start - 1
    while (
        i >= name.sent.start
        and doc[i].dep_ in ("compound", "amod", "poss", "case", "nmod")
        and not doc[i].is_punct
    ):
        words.insert(0, doc[i])
        i -= 1
    if not words:
        return None
    gazetteer = load_gazetteer()
    party = next((c for t in words if (c := gazetteer.country(t.text)) is not None), None)
    # "the president's special envoy X": the title is what follows the last possessive
    cut = max((k for k, t in enumerate(words) if t.dep_ == "case"), default=-1)
    kept = [t.text for t in words[cut + 1 :] if gazetteer.country(t.text) is None]
    role = " ".join(kept).strip() or None
    return role, party
