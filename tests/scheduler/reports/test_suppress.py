"""Suppression below the threshold, and against differencing with the total."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from domain.reports import Cell, Row, Table
from scheduler.reports.suppress import suppress_headline, suppress_table

K = 5


def _table(counts: list[int]) -> Table:
    rows = [Row(f"m{i}", (Cell(n, n),)) for i, n in enumerate(counts)]
    total = sum(counts)
    return Table("t", ("households",), (*rows, Row("total", (Cell(total, total),), total=True)))


def _shown(table: Table) -> list[float | None]:
    return [r.cells[0].value for r in table.rows]


def test_a_cell_below_the_threshold_is_hidden_and_one_more_with_it() -> None:
    out = suppress_table(_table([3, 40, 12, 0]), K)
    # 3 is hidden; alone, 55 - 40 - 12 would give it back: the next smallest (12) goes too.
    assert _shown(out) == [None, 40, None, 0, 55]


def test_two_small_cells_that_add_up_to_less_than_the_threshold_take_a_third() -> None:
    assert _shown(suppress_table(_table([1, 2, 30, 50]), K)) == [None, None, None, 50, 83]


def test_two_small_cells_worth_the_threshold_together_are_enough() -> None:
    assert _shown(suppress_table(_table([2, 4, 30, 50]), K)) == [None, None, 30, 50, 86]


def test_when_nothing_else_can_be_hidden_the_total_is() -> None:
    assert _shown(suppress_table(_table([3, 0]), K)) == [None, 0, None]


def test_nothing_small_nothing_hidden() -> None:
    assert _shown(suppress_table(_table([5, 9, 0]), K)) == [5, 9, 0, 14]


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=8))
def test_no_hidden_cell_can_be_worked_out_from_the_visible_ones(counts: list[int]) -> None:
    out = _shown(suppress_table(_table(counts), K))
    body, total = out[:-1], out[-1]
    hidden = [i for i, v in enumerate(body) if v is None]
    for i, n in enumerate(counts):
        if 0 < n < K:
            assert body[i] is None  # primary
    if total is not None and hidden:
        # Total minus the visible cells gives only the sum of the hidden ones: never one alone,
        # and never a sum smaller than the threshold.
        assert len(hidden) >= 2
        assert sum(counts[i] for i in hidden) >= K


def test_meals_per_shift_on_page_one_cannot_be_told_from_the_total() -> None:
    headline = {
        "rep_meals": Cell(60, 9),
        "rep_meals_breakfast": Cell(6, 3),  # three households: hidden
        "rep_meals_dinner": Cell(54, 9),
    }
    parts = {"rep_meals": ("rep_meals_breakfast", "rep_meals_dinner")}
    out = suppress_headline(headline, K, parts)
    # 60 - 54 would give breakfast back: dinner is hidden too, the total stays.
    assert [out[k].value for k in headline] == [60, None, None]
