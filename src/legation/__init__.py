"""legation: a sourced, living record of diplomatic negotiations, read from dated news reports."""

from typing import Any

from legation.model import Analysis, Document, Dossier, Track

__version__ = "0.1.0"
__all__ = ["Analysis", "Document", "Dossier", "Track", "__version__", "open"]


def __getattr__(name: str) -> Any:
    """``legation.open`` is imported on first use, so that ``import legation`` stays light."""
    if name == "open":
        from legation.api import open

        return open
    raise AttributeError(f"module 'legation' has no attribute {name!r}")
