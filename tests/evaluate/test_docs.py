"""docs/evaluation.md cannot drift: every part and every gold key the code knows is documented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from legation.evaluate import PARTS
from legation.evaluate.gold import GOLD_SCHEMA

DOC = Path(__file__).resolve().parents[2] / "docs" / "evaluation.md"


def _keys(schema: Any) -> set[str]:
    """Every property name anywhere in a JSON Schema."""
    if isinstance(schema, list):
        return set().union(*(_keys(s) for s in schema)) if schema else set()
    if not isinstance(schema, dict):
        return set()
    found = set(schema.get("properties", {}))
    return found.union(*(_keys(v) for v in schema.values()))


@pytest.mark.parametrize("part", PARTS)
def test_every_part_is_documented(part: str) -> None:
    assert f"`{part}`" in DOC.read_text(encoding="utf-8")


@pytest.mark.parametrize("key", sorted(_keys(GOLD_SCHEMA)))
def test_every_gold_key_is_documented(key: str) -> None:
    text = DOC.read_text(encoding="utf-8")
    assert any(f"{key}{c}" in text for c in ":?,}`")
