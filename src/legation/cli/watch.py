"""``legation watch``: ingest and build files as they appear in a folder."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated, Any

import typer

from legation.cli import app


@app.command()
def watch(
    folder: Annotated[Path, typer.Argument(help="Folder to watch (recursively).")],
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: $LEGATION_DB or ./legation.db).")
    ] = None,
    rescan: Annotated[
        float, typer.Option("--rescan", help="Seconds between full rescans of the folder.")
    ] = 30.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
) -> None:
    """Ingest new and changed files in FOLDER as they appear; rebuild the tracks they touch (Ctrl-C stops)."""
    from legation.watch import summary
    from legation.watch import watch as run_watch

    def report(paths: list[Path], ingested: Any, built: Any) -> None:
        for error in ingested.errors:
            typer.echo(f"error: {error}", err=True)
        for failure in built.failed:
            typer.echo(f"error: {failure.source}: {failure.reason}", err=True)
        if not quiet:
            typer.echo(summary(paths, ingested, built))

    if not quiet:
        typer.echo(f"watching {folder} (Ctrl-C to stop)")
    with contextlib.suppress(KeyboardInterrupt):
        run_watch(folder, db, rescan_seconds=rescan, on_batch=report)
