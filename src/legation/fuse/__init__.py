"""The fusion stage: per-document mentions → one record per negotiation track.

Contract used by the store's incremental build and the Dask engine:

* :func:`track_key` — which track an analysis belongs to; deterministic, from the analysis alone, so
  that adding a document only touches the tracks whose key it has.
* :func:`fuse` — the tracks of a set of analyses. Fusing the analyses of one key gives the same track
  (same ids) whether or not other tracks' analyses are passed too.
"""

from __future__ import annotations

from legation.fuse.tracks import fuse, track_key

__all__ = ["fuse", "track_key"]
