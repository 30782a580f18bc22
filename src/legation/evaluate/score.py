"""Scoring a dossier against a gold file: match tracks, then score every part of every track pair.

The rules are stated in ``docs/evaluation.md``. A gold track without a dossier track, or a dossier track
without a gold track, is scored against an empty counterpart, so every fact on either side is counted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from legation.evaluate.gold import Gold, GoldTrack, load_gold
from legation.evaluate.issues import score_issue_status
from legation.evaluate.normalise import party_key
from legation.evaluate.prf import PRF
from legation.evaluate.rounds import score_rounds
from legation.evaluate.schema import load_dossier
from legation.evaluate.statements import score_statements
from legation.evaluate.tally import PARTS, Finding, Tally
from legation.evaluate.timexes import score_timexes
from legation.model import Dossier, Track


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Counts per part (in :data:`PARTS` order) and every finding behind them."""

    parts: dict[str, PRF]
    findings: tuple[Finding, ...] = ()

    @property
    def total(self) -> PRF:
        """Micro-average: the parts' counts summed, then divided."""
        return sum(self.parts.values(), PRF())

    def to_json(self) -> dict[str, Any]:
        """The object ``legation eval --json`` prints."""
        return {
            "total": self.total.ratios(),
            "parts": {
                name: {**prf.ratios(), "tp": prf.tp, "fp": prf.fp, "fn": prf.fn}
                for name, prf in self.parts.items()
            },
        }


def basename(path: str) -> str:
    """The file name of a path written on any system."""
    return PureWindowsPath(PurePosixPath(path).name).name


def file_index(dossier: Dossier) -> Callable[[str], str]:
    """Document id → file name (the basename of the document's path; its id when it has no path)."""
    files = {d.id: basename(d.path) if d.path else d.id for d in dossier.documents}
    return lambda document_id: files.get(document_id, document_id)


def same_parties(gold: Sequence[str], track: Track) -> bool:
    """Whether a dossier track's parties are the gold's: each gold party is a different dossier party,
    under its name or one of the wordings the reports used for it (``Track.party_names``)."""
    if len(gold) != len(track.parties):
        return False
    names = {p: {party_key(p), *(party_key(w) for w in track.party_names.get(p, ()))} for p in track.parties}
    left = set(track.parties)
    for g in sorted(gold, key=lambda g: sum(party_key(g) in n for n in names.values())):
        match = next((p for p in sorted(left) if party_key(g) in names[p]), None)
        if match is None:
            return False
        left.remove(match)
    return True


def match_tracks(
    gold: Sequence[GoldTrack], tracks: Sequence[Track], file_of: Callable[[str], str]
) -> list[tuple[GoldTrack | None, Track | None]]:
    """Pairs each gold track with the dossier track of the same parties (sharing most files, if several).

    Unpaired tracks on either side come back paired with None.
    """
    pool = list(tracks)
    pairs: list[tuple[GoldTrack | None, Track | None]] = []
    for g in gold:
        candidates = [t for t in pool if same_parties(g.parties, t)]
        best = max(candidates, key=lambda t: len(g.files & {file_of(d) for d in t.documents}), default=None)
        if best is not None:
            pool.remove(best)
        pairs.append((g, best))
    pairs.extend((None, t) for t in pool)
    return pairs


def score(dossier: Dossier, gold: Gold) -> Evaluation:
    """Score every part of ``dossier`` against ``gold``."""
    tally = Tally()
    file_of = file_index(dossier)
    for g, track in match_tracks(gold.tracks, dossier.tracks, file_of):
        g = (
            g
            if g is not None
            else GoldTrack(id=f"(none for dossier track {track.id if track else '?'})", parties=())
        )
        rounds = score_rounds(tally, g, track)
        score_issue_status(tally, g, track, rounds)
        score_statements(tally, g, track, file_of)
    score_timexes(tally, gold.timexes, dossier.timexes, file_of)
    return Evaluation({part: tally.counts[part] for part in PARTS}, tuple(tally.findings))


def evaluate_files(dossier_path: str | Path, gold_path: str | Path) -> Evaluation:
    """Read and check both files, then score: what ``legation eval`` runs."""
    return score(load_dossier(dossier_path), load_gold(gold_path))
