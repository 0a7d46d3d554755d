"""KVKK-safe tables: small cells hidden, and a second cell hidden so no difference reveals them.

A cell counting 1..k-1 people (k = `ReportSettings.suppress_below`) is hidden (primary
suppression). In a table whose rows add up to a total row, the hidden cells of a column must
together count at least k people and be at least two, or the total minus the visible cells
would give a hidden cell (or a small sum) back: the smallest visible cells are hidden as well,
and the total itself when none is left (complementary suppression). Cells counting nobody (0)
and figures that count no one (kilometres, costs) stay visible.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from domain.reports import Cell, Row, Table


def is_small(cell: Cell, k: int) -> bool:
    """True when `cell` counts some people, but fewer than `k`."""
    return 0 < cell.people < k


def hide(cell: Cell) -> Cell:
    """The cell with its figure hidden (its people count kept for further suppression)."""
    return replace(cell, value=None)


def suppress_cell(cell: Cell, k: int) -> Cell:
    """`cell`, hidden when small."""
    return hide(cell) if is_small(cell, k) else cell


def suppress_table(table: Table, k: int) -> Table:
    """`table` with small cells hidden, and complementary cells hidden per column against
    differencing with the total row (when it has one)."""
    body = [i for i, r in enumerate(table.rows) if not r.total]
    totals = [i for i, r in enumerate(table.rows) if r.total]
    cells = [list(r.cells) for r in table.rows]
    for j in range(len(table.columns)):
        hidden = {i for i in range(len(cells)) if is_small(cells[i][j], k)}
        if totals:
            _complement(cells, body, totals, j, hidden, k)
        for i in hidden:
            cells[i][j] = hide(cells[i][j])
    rows = tuple(replace(r, cells=tuple(cells[i])) for i, r in enumerate(table.rows))
    return replace(table, rows=rows)


def _complement(
    cells: list[list[Cell]], body: list[int], totals: list[int], j: int, hidden: set[int], k: int
) -> None:
    """Hide further body cells of column `j` (smallest first), or the totals, until the hidden
    body cells are none, or at least two counting at least `k` people together."""
    while True:
        mine = [i for i in body if i in hidden]
        if not mine or (len(mine) >= 2 and sum(cells[i][j].people for i in mine) >= k):
            return
        if any(t in hidden for t in totals):
            return
        free = [i for i in body if i not in hidden and cells[i][j].people > 0]
        if not free:
            hidden.update(totals)
            return
        hidden.add(min(free, key=lambda i: (cells[i][j].people, cells[i][j].value or 0, i)))


def suppress_headline(
    headline: dict[str, Cell], k: int, parts: Mapping[str, Sequence[str]] | None = None
) -> dict[str, Cell]:
    """Headline figures with the small ones hidden; `parts` maps a figure to the figures that
    add up to it (meals to meals per shift), suppressed like a table column and its total."""
    out = {key: suppress_cell(cell, k) for key, cell in headline.items()}
    for total, keys in (parts or {}).items():
        rows = [Row(key, (headline[key],)) for key in keys]
        column = Table(total, ("value",), (*rows, Row(total, (headline[total],), total=True)))
        for row in suppress_table(column, k).rows:
            out[row.key] = row.cells[0]
    return out


def suppress_series(series: tuple[Cell, ...], k: int) -> tuple[Cell, ...]:
    """A monthly series with the small months hidden."""
    return tuple(suppress_cell(c, k) for c in series)


def suppress_rows(rows: tuple[Row, ...], k: int) -> tuple[Row, ...]:
    """Rows of a table without a total, each cell hidden when small."""
    return tuple(replace(r, cells=tuple(suppress_cell(c, k) for c in r.cells)) for r in rows)
