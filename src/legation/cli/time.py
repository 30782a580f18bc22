"""``legation time TEXT --anchor DATE`` and ``legation eval-time DIR``: the time normaliser on its own."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from legation.cli import app
from legation.model import to_dict


@app.command("time")
def time_command(
    text: Annotated[str, typer.Argument(help='The text to read, e.g. "The envoys met on Thursday."')],
    anchor: Annotated[
        str | None, typer.Option("--anchor", help="The date the text was written, YYYY-MM-DD.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list of time values.")] = False,
) -> None:
    """Find and normalise the temporal expressions of TEXT: one line each (text, type, value, mod)."""
    from legation.time import normalise

    values = normalise(text, anchor)  # type: ignore[arg-type]  # None → TimeError with the fix
    if as_json:
        typer.echo(json.dumps([to_dict(v) for v in values], ensure_ascii=False))
        return
    for v in values:
        typer.echo("\t".join((v.text, v.type, v.value, v.mod or "")))


@app.command("eval-time")
def eval_time_command(
    directory: Annotated[
        str, typer.Argument(help="Folder holding TimeML .tml files (searched recursively).")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
    limit: Annotated[int | None, typer.Option("--limit", help="Score only the first N files.")] = None,
    errors: Annotated[
        bool,
        typer.Option(
            "--errors", help="Also list every error (missed, spurious, wrong value/type/extent), one a line."
        ),
    ] = False,
) -> None:
    """Score the time normaliser on TimeML files with the TempEval-3 definitions."""
    from legation.time.score import error_lines, evaluate_directory

    score = evaluate_directory(directory, limit)
    figures = score.as_dict()
    if as_json:
        typer.echo(json.dumps(figures))
    else:
        for key, value in figures.items():
            typer.echo(f"{key:>15}  {value}")
    if errors:
        for line in error_lines(score):
            typer.echo(line)
