"""Shared pytest options."""

from __future__ import annotations

import pytest
from hypothesis import settings

# No per-example time limit: speed goals live in bench/, and a loaded CI machine must not fail a parser
# property for being slow.
settings.register_profile("legation", deadline=None)
settings.load_profile("legation")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite golden files (tests/**/golden/*) from the current output instead of comparing.",
    )


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The English model, loaded once for the whole session."""
    from legation.nlp import load_model

    return load_model()
