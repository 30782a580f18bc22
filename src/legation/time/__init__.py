"""The temporal normaliser: finds dates, times, durations and sets in news text and gives each its
TIMEX3 value, resolved against the document's date (see ``docs/time.md``).

    >>> from legation.time import normalise
    >>> [(t.text, t.value) for t in normalise("The talks ended on Thursday.", "2019-06-08")]
    [('Thursday', '2019-06-06')]
"""

from __future__ import annotations

from legation.time.normalise import normalise, normalise_doc, parse_anchor

__all__ = ["normalise", "normalise_doc", "parse_anchor"]
