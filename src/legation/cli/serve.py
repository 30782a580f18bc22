"""``legation serve``: the web app and JSON API over a store, on uvicorn."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from legation.cli import app
from legation.errors import ConfigError


@app.command()
def serve(
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Store URL or SQLite file (default: $LEGATION_DB, else sqlite:///./legation.db)."
        ),
    ] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
    max_body: Annotated[
        int, typer.Option("--max-body", min=1, help="Largest request body in bytes (larger: 413).")
    ] = 1_000_000,
    cache_seconds: Annotated[
        float,
        typer.Option(
            "--cache-seconds", min=0, help="Reuse a decoded track this long (0: read it every time)."
        ),
    ] = 5.0,
) -> None:
    """Serve the record in a browser and as JSON (/api/v1); read-only unless LEGATION_TOKEN is set."""
    import os

    import uvicorn

    from legation.store import open_store
    from legation.web import TOKEN_ENV, create_app

    store = open_store(db)
    for notice in store.notices:
        print(notice, file=sys.stderr)
    token = os.environ.get(TOKEN_ENV) or None
    if token is not None and len(token) < 16:
        store.close()
        raise ConfigError(f"${TOKEN_ENV} is shorter than 16 characters; use a long random token")
    mode = (
        "accepting documents with the bearer token"
        if token
        else f"read-only (set ${TOKEN_ENV} to accept documents)"
    )
    print(f"legation: serving {store.url} on http://{host}:{port}/ — {mode}", file=sys.stderr)
    try:
        uvicorn.run(
            create_app(store, token=token, max_body=max_body, cache_seconds=cache_seconds),
            host=host,
            port=port,
            log_level="warning",
        )
    finally:
        store.close()
