"""legation's web app and HTTP API (``legation serve``): tracks, timelines, the issue × round matrix and
the evidence behind every fact, read from the store.

    from legation.store import open_store
    from legation.web import create_app
    app = create_app(open_store("sqlite:///legation.db"))      # an ASGI app: uvicorn.run(app)

See ``docs/web.md`` for the pages, the API and the security rules.
"""

from __future__ import annotations

from legation.web.app import MAX_BODY, TOKEN_ENV, create_app
from legation.web.repository import MemoryRepository, Repository, WritableRepository

__all__ = ["MAX_BODY", "TOKEN_ENV", "MemoryRepository", "Repository", "WritableRepository", "create_app"]
