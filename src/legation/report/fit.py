"""Fitting the terminal dossier to the width of the terminal it is printed in.

rich shrinks a table that is too wide by squeezing its widest columns, whatever they hold, and then
folds the words that no longer fit ("ministr/y", "2031-05-/12"). An analyst reading an 80-column
terminal needs every word whole, so the dossier's tables are laid out here instead: each column gets at
least its longest word (a column marked ``no_wrap``, such as a date, its whole text), the room left is
shared by shrinking the widest columns first, and when even that does not fit — or the console is
narrower than a table needs to stay readable — the same rows are printed as stacked records, one block
per row, whose text wraps at spaces only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

#: Below this many columns a table of many fields is stacked as records even if its words would fit:
#: squeezed into a few characters each, a row of eight columns reads worse than a block of lines.
WIDE = 100


class Fitted:
    """``table`` with column widths that never break a word, or ``records()`` when it cannot fit.

    ``min_width`` is the narrowest console the table form is used in (0: whenever its words fit).
    """

    def __init__(
        self, table: Table, records: Callable[[], Iterable[RenderableType]], min_width: int = WIDE
    ) -> None:
        self.table = table
        self.records = records
        self.min_width = min_width

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = column_widths(console, options, self.table) if options.max_width >= self.min_width else None
        if widths is None:
            yield Group(*self.records())
            return
        for column, width in zip(self.table.columns, widths, strict=True):
            column.width = width
            column.min_width = column.max_width = None
        yield self.table


def column_widths(console: Console, options: ConsoleOptions, table: Table) -> list[int] | None:
    """Content width of each column so that the table fits ``options.max_width`` without breaking a
    word, shrinking the widest columns first; ``None`` when the longest words alone do not fit."""
    lows: list[int] = []
    highs: list[int] = []
    for column in table.columns:
        low = high = 1
        for cell in (column.header, *column.cells):
            measured = Measurement.get(console, options, cell)
            low = max(low, measured.maximum if column.no_wrap else measured.minimum)
            high = max(high, measured.maximum)
        if column.max_width is not None:
            high = max(low, min(high, column.max_width))
        lows.append(low)
        highs.append(high)
    padding = sum(table._get_padding_width(i) for i in range(len(table.columns)))
    room = options.max_width - table._extra_width - padding
    if sum(lows) > room:
        return None
    widths = list(highs)
    excess = sum(widths) - room
    while excess > 0:
        widest = max((w, i) for i, w in enumerate(widths) if w > lows[i])[1]
        others = [w for i, w in enumerate(widths) if i != widest and w < widths[widest]]
        step = min(excess, widths[widest] - max([lows[widest], *others]))
        widths[widest] -= max(step, 1)
        excess -= max(step, 1)
    return widths


def record(heading: Text, fields: Iterable[tuple[str, RenderableType]], indent: int = 2) -> RenderableType:
    """One row as a block: a heading line, then ``label  value`` lines whose values wrap under
    themselves."""
    grid = Table.grid(padding=(0, 2, 0, 0))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column()
    for label, value in fields:
        grid.add_row(label, value)
    return Group(heading, Padding(grid, (0, 0, 0, indent)))


def indented(renderable: RenderableType, indent: int = 4) -> RenderableType:
    return Padding(renderable, (0, 0, 0, indent))
