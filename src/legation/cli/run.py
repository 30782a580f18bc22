"""``legation run``: ingest, analyse, fuse and show a dossier."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer

from legation.cli import app
from legation.cli.options import MaxBytesOption, check_input_paths, check_output_file
from legation.cli.progress import QuietFlag, progress_bar
from legation.errors import ConfigError

EXAMPLES = Path("examples")


def parse_date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"--date: expected YYYY-MM-DD, found {value!r}") from exc


@app.command()
def run(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or directories; default: examples/.")
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Publication date (YYYY-MM-DD) for plain text with no date line or date in its name.",
        ),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the dossier as JSON here.")
    ] = None,
    db: Annotated[
        str | None,
        typer.Option("--db", help="Store URL (default: $LEGATION_DB or sqlite:///./legation.db)."),
    ] = None,
    memory: Annotated[
        bool, typer.Option("--memory", help="Do not use a store: analyse in memory only.")
    ] = False,
    quiet: QuietFlag = False,
    column: Annotated[
        list[str] | None,
        typer.Option("--column", help="CSV column mapping FIELD=COLUMN (e.g. text=body); repeatable."),
    ] = None,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Read articles, add them to the store, and print the dossier of their negotiations."""
    from legation.ingest.tables import parse_column_option
    from legation.model import to_dict
    from legation.pipeline import run as run_pipeline
    from legation.pipeline import run_stored
    from legation.report.terminal import print_dossier

    if not paths:
        if not EXAMPLES.is_dir():
            raise ConfigError("no paths given and no examples/ folder here: name the files to read")
        paths = [EXAMPLES]
    check_input_paths(paths)
    if json_out is not None:
        check_output_file(json_out, "--json")
    day = parse_date_option(date)
    columns = parse_column_option(column or []) or None
    if memory:
        dossier = run_pipeline(paths, date=day, columns=columns, max_bytes=max_bytes)
    else:
        with progress_bar("analysing", quiet=quiet) as update:
            dossier = run_stored(paths, db, date=day, columns=columns, progress=update, max_bytes=max_bytes)
    if json_out is not None:
        try:
            json_out.write_text(
                json.dumps(to_dict(dossier), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
        except OSError as exc:
            raise ConfigError(f"--json {json_out}: cannot write: {exc.strerror or exc}") from None
    if dossier.documents or not dossier.errors:
        # Errors go once, to stderr, as `error:` lines; the dossier is not repeated around them.
        print_dossier(dataclasses.replace(dossier, errors=()))
    for error in dossier.errors:
        where = f"{error.source}:{error.line}" if error.line is not None else error.source
        typer.echo(f"error: {where}: {error.reason}", err=True)
    if dossier.errors:
        raise typer.Exit(1)
