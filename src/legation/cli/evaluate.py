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
