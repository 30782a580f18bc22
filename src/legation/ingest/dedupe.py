"""Near-duplicates: wire copies of one story carried by several outlets.

A copy adds nothing to the record but would count twice as a source, so it is linked to its original:
the earliest published copy, then the first seen. Candidates come from MinHash LSH over word 2-shingles;
every candidate pair is then checked with the exact Jaccard similarity of the shingle sets, so the
threshold means what it says. Two-word shingles make an edited word cost two shingles rather than three,
so a short wire story with a changed word or an outlet's line added still clears 0.9, while two
different reports of one event stay far below it. (The store's band index blocks on 3-shingles; a pair
at bigram similarity 0.9 is well inside what its bands find.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from datasketch import MinHash, MinHashLSH

from legation.model import Document

SHINGLE = 2
NUM_PERM = 128
#: The LSH index is built for a lower similarity than asked, so that it misses (almost) no true pair;
#: the exact check then removes the extra candidates.
LSH_SLACK = 0.2
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> frozenset[str]:
    """The set of ``size``-word shingles of a text (lower case, punctuation ignored)."""
    words = _WORD.findall(text.lower())
    if not words:
        return frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def near_duplicates(documents: Iterable[Document], threshold: float = 0.9) -> dict[str, str]:
    """Each duplicate document's id → its original's id (the earliest published, then first seen).

    Every duplicate points straight at an original (never at another copy). Documents with no words
    are never duplicates.
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    ordered = sorted(enumerate(documents), key=lambda pair: (pair[1].published, pair[0]))
    lsh = MinHashLSH(threshold=max(0.1, threshold - LSH_SLACK), num_perm=NUM_PERM)
    template = MinHash(num_perm=NUM_PERM, seed=1)  # permutations drawn once, shared by every document
    sets: dict[str, frozenset[str]] = {}
    rank: dict[str, int] = {}
    result: dict[str, str] = {}
    for position, (_index, document) in enumerate(ordered):
        if document.id in sets or document.id in result:
            continue  # the same document given twice
        grams = shingles(document.text)
        if not grams:
            continue
        minhash = MinHash(
            num_perm=NUM_PERM, seed=1, permutations=template.permutations, scheme=template.scheme
        )
        minhash.update_batch([g.encode("utf-8") for g in grams])
        matches = [key for key in lsh.query(minhash) if jaccard(grams, sets[key]) >= threshold]
        if matches:
            result[document.id] = min(matches, key=rank.__getitem__)
            continue
        sets[document.id] = grams
        rank[document.id] = position
        lsh.insert(document.id, minhash)
    return result
