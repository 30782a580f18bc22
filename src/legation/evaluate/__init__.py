"""Scoring a dossier against a gold file, and the dossier's JSON Schema.

``legation eval DOSSIER.json GOLD.json`` runs :func:`evaluate_files`; the matching rules and the gold
format are in ``docs/evaluation.md``.
"""

from __future__ import annotations

from legation.evaluate.gold import Gold, load_gold, parse_gold
from legation.evaluate.prf import PRF
from legation.evaluate.schema import dossier_schema, load_dossier, validate_dossier
from legation.evaluate.score import Evaluation, evaluate_files, match_tracks, score
from legation.evaluate.tally import PARTS, Finding

__all__ = [
    "PARTS",
    "PRF",
    "Evaluation",
    "Finding",
    "Gold",
    "dossier_schema",
    "evaluate_files",
    "load_dossier",
    "load_gold",
    "match_tracks",
    "parse_gold",
    "score",
    "validate_dossier",
]
