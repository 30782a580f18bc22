"""The whole pipeline on the two seed reports, scored against the shared gold file."""

from __future__ import annotations

from pathlib import Path

import pytest

from legation.evaluate import load_gold, score
from legation.evaluate.schema import validate_dossier
from legation.model import Dossier, from_dict, to_dict

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLD = ROOT.parent / "shared" / "gold" / "seeds.gold.json"


@pytest.mark.slow
def test_seed_reports_reach_full_recall_and_full_precision() -> None:
    if not GOLD.exists():
        pytest.skip(f"needs the seed gold file of ../shared ({GOLD}), absent in a lone clone")
    from legation.pipeline import run

    data = to_dict(run([EXAMPLES]))
    validate_dossier(data, "pipeline output")
    evaluation = score(from_dict(Dossier, data), load_gold(GOLD))
    misses = "\n".join(f"{f.outcome} {f.part}: {f.detail}" for f in evaluation.findings if f.outcome != "tp")
    assert evaluation.total.recall == 1.0, misses
    assert evaluation.total.precision == 1.0, misses
