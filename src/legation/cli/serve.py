"""``legation serve``: the web app and JSON API over a store, on uvicorn."""

from __future__ import annotations

import socket
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

    store = open_store(db, existing=True)
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
    try:
        listening = _listen(host, port)
    except ConfigError:
        store.close()
        raise
    # Said only once the port is ours, so that "serving" is never printed by a server that cannot serve.
    print(f"legation: serving {store.url} on http://{host}:{port}/ — {mode}", file=sys.stderr)
    config = uvicorn.Config(
        create_app(store, token=token, max_body=max_body, cache_seconds=cache_seconds),
        log_level="warning",
    )
    try:
        uvicorn.Server(config).run(sockets=[listening])
    finally:
        listening.close()
        store.close()


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` and listening; ConfigError naming the address if it is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.socket(family, socket.SOCK_STREAM)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listening.bind((host, port))
        listening.listen(2048)
    except OSError as exc:
        listening.close()
        reason = exc.strerror or str(exc)
        raise ConfigError(
            f"{host}:{port}: cannot listen there: {reason}; choose another --port or --host"
        ) from None
    listening.set_inheritable(True)
    return listening
