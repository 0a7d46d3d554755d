"""Helpers of the sheets tests: a stored plan written to disk by the CLI's writer, and edits of a
stored plan."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from api_testing import ApiClient

from cli.day_run import shift_route_views
from scheduler.stored import load_town, stored_shift_plan
from sheets.outputs import ShiftFiles, write_shift
from sheets.plan_views import kitchen_view
from store.db import session_scope
from store.repositories.plans import get_plan


def write_stored_plan(api: ApiClient, plan_id: int, out: Path, lang: str = "tr") -> ShiftFiles:
    """Write a stored plan the way `sofra demo` writes the plans it makes: the same town (from
    the store), the plan's solution, the CLI's views and writer."""
    with session_scope(api.state.engine) as session:
        row = get_plan(session, plan_id=plan_id)
        town = load_town(session, api.state.road, api.state.scheduler_settings)
        plan = stored_shift_plan(row, tuple(town.fleet.crews(row.shift)))
    plan = dataclasses.replace(plan, households={h.ref: h for h in town.households})
    views = shift_route_views(town, plan)
    return write_shift(plan.problem, plan.solution, views, kitchen_view(town.kitchen), out, lang)


def edit_plan(api: ApiClient, plan_id: int, edit: Callable[[Any, dict[str, Any]], None]) -> None:
    """Change a stored plan in place: `edit(plan_row, solution_document)`."""
    with session_scope(api.state.engine) as session:
        row = get_plan(session, plan_id=plan_id)
        document = copy.deepcopy(row.solution)
        edit(row, document)
        row.solution = document
