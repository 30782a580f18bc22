"""Which database a command uses: ``--db URL``, else ``$LEGATION_DB``, else ``./legation.db``.

Kept apart from the engine so that the CLI (and the lead's global ``--db`` option) can resolve a URL
without importing SQLAlchemy.
"""

from __future__ import annotations

import os

from legation.errors import StoreError

#: The store used when neither ``--db`` nor ``$LEGATION_DB`` names one: a SQLite file in the working folder.
DEFAULT_URL = "sqlite:///./legation.db"
#: Environment variable naming the store when ``--db`` is not given.
ENV_VAR = "LEGATION_DB"


def resolve_url(option: str | None = None) -> str:
    """The database URL to open: the option if given, else ``$LEGATION_DB``, else :data:`DEFAULT_URL`.

    A bare path (``data/store.db``) is taken as a SQLite file, so that ``--db my.db`` does what it says;
    a bare value with a colon (``::::``, ``postgres:/x``) is more likely a mistyped URL than a file name,
    so it is refused rather than created (``sqlite:///a:b.db`` still names such a file).
    """
    url = option or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in url:
        if ":" in url:
            raise StoreError(
                f"{url}: neither a database URL nor a plain file name; "
                f"use sqlite:///PATH, postgresql://USER@HOST/DB, or sqlite:///{url} for a file of that name"
            )
        url = f"sqlite:///{url}"
    return url
