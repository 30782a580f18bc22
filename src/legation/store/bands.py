"""Blocking for near-duplicate detection at scale: MinHash LSH bands stored per document.

Comparing every new document with every stored one grows with the store; instead each document keeps
:data:`BANDS` band hashes of a small MinHash of its word 3-shingles, and only stored documents sharing
a band with a new one are handed to ``legation.ingest.near_duplicates``, which makes the decision. Two
documents of similarity 0.9 share a band with probability 1 - (1 - 0.9**8)**16 > 0.9999; reports that
merely reuse some sentences (similarity 0.35) with probability 0.004, unrelated ones almost never.
"""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash

BANDS = 16
ROWS = 8
SHINGLE = 3
_WORD = re.compile(r"\w+", re.UNICODE)


def band_hashes(text: str) -> list[str]:
    """The band hashes of a text (hex strings), one per band."""
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=BANDS * ROWS, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    values = minhash.hashvalues
    return [
        hashlib.blake2b(values[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()
        for b in range(BANDS)
    ]


def band_rows(document_id: str, text: str) -> list[dict[str, object]]:
    return [{"document_id": document_id, "band": b, "hash": h} for b, h in enumerate(band_hashes(text))]
