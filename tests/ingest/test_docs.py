"""docs/inputs.md cannot drift: every reader, extension, error and furniture kind is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from legation import errors
from legation.ingest import readers
from legation.ingest.boilerplate import KINDS
from legation.ingest.records import RECORD_FIELDS

DOCS = (Path(__file__).resolve().parents[2] / "docs" / "inputs.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("reader", readers(), ids=lambda r: r.name)
def test_every_reader_and_extension_is_documented(reader: object) -> None:
    name = reader.name  # type: ignore[attr-defined]
    extensions = reader.extensions  # type: ignore[attr-defined]
    row = next((line for line in DOCS.splitlines() if line.startswith(f"| `{name}` |")), None)
    assert row is not None, f"no row for reader {name!r} in the formats table"
    assert all(f"`{ext}`" in row for ext in extensions), row


@pytest.mark.parametrize(
    "error", [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.IngestError)]
)
def test_every_ingest_error_is_documented(error: type) -> None:
    assert f"| `{error.__name__}` |" in DOCS


def test_every_furniture_kind_and_record_field_is_documented() -> None:
    assert all(f"`{kind}`" in DOCS for kind in KINDS)
    assert ", ".join(RECORD_FIELDS) in DOCS
