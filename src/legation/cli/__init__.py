"""The command line: thin Typer commands over importable functions.

This is the only place that catches :class:`~legation.errors.LegationError`: it prints ``error: ...``
and exits non-zero; ``--debug`` shows the traceback instead. Each command lives in its own module of this
package and registers itself on :data:`app`.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from legation.errors import LegationError

app = typer.Typer(
    name="legation",
    help="Read dated news reports about diplomatic negotiations and keep a sourced record of them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: typer's rich panels label every flag `<bool>`, as if `--memory` took a value.
    rich_markup_mode=None,
)

_state = {"debug": False}


@app.callback()
def _root(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks instead of one-line errors.")
    ] = False,
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Store URL for every command (default: $LEGATION_DB or sqlite:///./legation.db)."
        ),
    ] = None,
) -> None:
    _state["debug"] = debug
    if db is not None:
        # Commands resolve their store through LEGATION_DB when they are given no --db of their own.
        os.environ["LEGATION_DB"] = db


def main() -> None:
    """Entry point of the ``legation`` console script and ``python -m legation``."""
    try:
        app()
    except LegationError as exc:
        if _state["debug"]:
            raise
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)


# Commands register themselves on import; keep one import per module.
from legation.cli import evaluate as _evaluate  # noqa: E402,F401
from legation.cli import export as _export  # noqa: E402,F401
from legation.cli import run as _run  # noqa: E402,F401
from legation.cli import serve as _serve  # noqa: E402,F401
from legation.cli import store as _store  # noqa: E402,F401
from legation.cli import time as _time  # noqa: E402,F401
from legation.cli import watch as _watch  # noqa: E402,F401
