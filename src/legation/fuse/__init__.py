"""The fusion stage: per-document mentions → one record per negotiation track.

Contract used by the store's incremental build and the Dask engine:

* :func:`assign_tracks` — the track key of each analysis, given the tracks that already exist
  (:class:`TrackSummary`): a report joins the track of the negotiation it reports, even when it names
  more or fewer actors, and only a report of a negotiation with a meeting starts a track.
* :func:`fuse_track` — one track from the analyses of one key; the store re-fuses a track this way.
* :func:`fuse` — the tracks of a set of analyses, keyed in memory (each report read as one view per pair
  of sides whose meetings it tells, :mod:`legation.fuse.views`, keyed with no existing tracks, then
  :func:`fuse_track` per key).
* :func:`track_key` — the key a report would start a track under on its own (None: it starts none).
"""

from __future__ import annotations

from legation.fuse.keys import TrackSummary, assign_tracks, parties_of_key
from legation.fuse.tracks import fuse, fuse_track, track_key

__all__ = ["TrackSummary", "assign_tracks", "fuse", "fuse_track", "parties_of_key", "track_key"]
