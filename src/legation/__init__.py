"""legation: a sourced, living record of diplomatic negotiations, read from dated news reports."""

from legation.model import Analysis, Document, Dossier, Track

__version__ = "0.1.0"
__all__ = ["Analysis", "Document", "Dossier", "Track", "__version__"]
