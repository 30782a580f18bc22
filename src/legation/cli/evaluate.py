"""``legation eval``: score a dossier against a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from legation.cli import app


@app.command("eval")
def eval_command(
    dossier: Annotated[Path, typer.Argument(help="Dossier JSON written by `legation run --json`.")],
    gold: Annotated[Path, typer.Argument(help="Gold file (legation-gold/1); see docs/evaluation.md.")],
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the scores as JSON instead of a table.")
    ] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Also list every false positive and false negative.")
    ] = False,
) -> None:
    """Score a dossier against a gold file: precision, recall and F1 per part and in total."""
    from rich.console import Console
    from rich.markup import escape

    from legation.evaluate import evaluate_files
    from legation.evaluate.render import explain_lines, score_table

    evaluation = evaluate_files(dossier, gold)
    if json_out:
        print(json.dumps(evaluation.to_json()))
        return
    console = Console()
    console.print(score_table(evaluation, title=f"{dossier.name} against {gold.name}"))
    if explain:
        for line in explain_lines(evaluation):
            console.print(escape(line), soft_wrap=True)


@app.command("eval-statements")
def eval_statements_command(
    folder: Annotated[
        Path,
        typer.Argument(help="Brat standoff corpus folder with text/ and attributions/ (e.g. PolNeAR dev)."),
    ],
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the scores as JSON instead of a table.")
    ] = False,
) -> None:
    """Score legation's statements against annotated attributions: cue, source, content; exact and overlap.

    A malformed annotation file is reported as one ``error: FILE:LINE: reason`` line and left out; the
    other articles are scored, and the exit status is 1.
    """
    import sys

    from rich.console import Console
    from rich.table import Table

    from legation.evaluate.attributions import (
        ELEMENTS,
        MODES,
        iter_predictions,
        read_corpus,
        score_article,
        to_json,
        total,
    )

    articles, errors = read_corpus(folder)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    scores = total(score_article(a.text, a.gold, predicted) for a, predicted in iter_predictions(articles))
    if json_out:
        print(json.dumps(to_json(scores, len(articles), errors)))
    else:
        table = Table(title=f"statements in {folder} ({len(articles)} articles)")
        for column in ("element", "match", "P", "R", "F1", "tp", "fp", "fn"):
            table.add_column(column, justify="left" if column in ("element", "match") else "right")
        for element in ELEMENTS:
            for mode in MODES:
                p = scores[f"{element}/{mode}"]
                table.add_row(
                    element, mode, f"{p.precision:.3f}", f"{p.recall:.3f}", f"{p.f1:.3f}",
                    str(p.tp), str(p.fp), str(p.fn),
                )  # fmt: skip
        Console().print(table)
    if errors:
        raise typer.Exit(1)
