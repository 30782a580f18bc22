"""``legation ingest``, ``build``, ``stats``, ``search``: the persistent store from the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from legation.cli import app
from legation.cli.options import MaxBytesOption
from legation.cli.progress import QuietFlag, progress_bar
from legation.cli.run import parse_date_option

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database URL or SQLite file (default: $LEGATION_DB, else sqlite:///./legation.db)."
    ),
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
BatchOption = Annotated[
    int | None,
    typer.Option("--batch-size", min=1, help="Documents per transaction (a crash redoes at most one batch)."),
]


def _open(db: str | None, *, existing: bool = False) -> Any:
    """The store; ``existing`` for commands that only read it (a missing store is then an error)."""
    from legation.store import open_store

    store = open_store(db, existing=existing)
    for notice in store.notices:
        print(notice, file=sys.stderr)
    return store


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of news reports.")],
    db: DbOption = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Publication date (YYYY-MM-DD) for plain text with no date line or date in its name.",
        ),
    ] = None,
    json_out: JsonFlag = False,
    batch_size: BatchOption = None,
    quiet: QuietFlag = False,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Store documents; ingesting the same file twice changes nothing."""
    import dataclasses

    from legation.store.ingesting import BATCH_SIZE

    with _open(db) as store, progress_bar("ingesting", quiet=quiet) as update:
        report = store.ingest(
            paths,
            date=parse_date_option(date),
            batch_size=batch_size or BATCH_SIZE,
            progress=update,
            max_bytes=max_bytes,
        )
    if json_out:
        _print_json(dataclasses.asdict(report))
    else:
        print(
            f"added {report.added}, unchanged {report.unchanged}, updated {report.updated}, "
            f"near-duplicates {report.duplicates}, skipped (not English) {report.skipped}, "
            f"errors {len(report.errors)}"
        )
        for message in report.errors:
            print(f"  error: {message}", file=sys.stderr)
    if report.errors:
        raise typer.Exit(1)


@app.command()
def build(
    db: DbOption = None,
    json_out: JsonFlag = False,
    batch_size: BatchOption = None,
    engine: Annotated[
        str, typer.Option("--engine", help="Where the NLP runs: local (this process) or dask.")
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://HOST:8786).")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Worker processes of a local Dask cluster.")
    ] = None,
    quiet: QuietFlag = False,
) -> None:
    """Analyse new documents and re-fuse only the tracks they touch."""
    import dataclasses

    from legation.store.building import BATCH_SIZE

    with _open(db) as store:
        if engine == "local" and scheduler is None and workers is None:
            with progress_bar("analysing", quiet=quiet) as update:
                report = store.build(batch_size=batch_size or BATCH_SIZE, progress=update)
        else:  # see docs/scale.md
            from legation.scale import build as scale_build

            report = scale_build(
                store, engine=engine, scheduler=scheduler, workers=workers, batch_size=batch_size
            )
    if json_out:
        _print_json(dataclasses.asdict(report))
    else:
        print(
            f"analysed {report.analysed}, skipped {report.skipped}, tracks re-fused {len(report.fused)}, "
            f"removed {report.removed} ({report.seconds_analysing:.1f}s analysing, "
            f"{report.seconds_fusing:.1f}s fusing)"
        )
        for error in report.failed:
            print(f"error: {error.source}: {error.reason}", file=sys.stderr)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def stats(db: DbOption = None, json_out: JsonFlag = False) -> None:
    """Counts of documents, duplicates, skipped, errors, sentences, facts by kind, tracks and rounds."""
    from rich.console import Console
    from rich.table import Table

    with _open(db, existing=True) as store:
        counts = store.stats()
    if json_out:
        _print_json(counts)
        return
    table = Table(title="legation store", caption=store.url, show_header=False)
    for name, value in counts.items():
        label = name.replace("_", " ").replace("re fuse", "re-fuse")
        if isinstance(value, dict):
            for kind, n in value.items():
                table.add_row(f"{label}: {kind}", str(n))
        else:
            table.add_row(label, str(value))
    Console().print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words (all must match), "a phrase", -excluded.')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most hits to show.")] = 20,
    json_out: JsonFlag = False,
) -> None:
    """Full-text search over the stored documents and statements."""
    import dataclasses

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from legation.store.search import MARKS

    with _open(db, existing=True) as store:
        hits = store.search(query, limit=limit)
    if json_out:
        _print_json([dataclasses.asdict(hit) for hit in hits])
        return
    table = Table(title=f"{len(hits)} hit{'s' if len(hits) != 1 else ''} for {query!r}")
    for column in ("kind", "document", "published", "source", "title / speaker", "snippet"):
        table.add_column(column)
    left, right = MARKS
    for hit in hits:
        snippet = escape(hit.snippet).replace(left, "[bold yellow]").replace(right, "[/bold yellow]")
        table.add_row(
            hit.kind, hit.document_id, str(hit.published or ""), hit.source or "", escape(hit.title), snippet
        )
    Console().print(table)
    if not hits:
        raise typer.Exit(1)
