"""Progress bars for commands that process many documents: count, rate (documents/s), time left.

Printed on stderr so that ``--json`` output on stdout stays clean; off with ``--quiet`` and when stderr
is not a terminal only the final line is kept by rich, so logs stay short.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

QuietFlag = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar (for scripts).")]


class _Rate(TextColumn):
    """Documents per second since the task started."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task: Any) -> Any:  # rich's Task
        speed = task.finished_speed or task.speed
        from rich.text import Text

        return Text(f"{speed:,.1f} docs/s" if speed else "", style="progress.data.speed")


@contextlib.contextmanager
def progress_bar(description: str, *, quiet: bool = False) -> Iterator[Callable[..., None]]:
    """A callback ``update(done, total=None)`` that drives a bar; a no-op when ``quiet``."""
    if quiet:
        yield lambda done, total=None: None
        return
    columns = [
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TimeRemainingColumn(),
    ]
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(description, total=None)

        def update(done: int, total: int | None = None) -> None:
            bar.update(task, completed=done, total=total or None)

        yield update
