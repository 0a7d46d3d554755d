"""Plans stored before the store kept the versioned routing document still load.

The old codec wrote `dataclasses.asdict(solution)` as JSON: the same fields as the routing
document, without its `format`/`format_version` header. `store.repositories.plans` reads such a
document as format version 1, through `routing.jsonio` like any other.
"""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from typing import Any

import pytest
from api_testing import ApiClient

from routing.jsonio import solution_to_dict
from routing.model import Solution
from store.db import session_scope
from store.errors import StoredPlanError
from store.models import PlanRow
from store.repositories.plans import plan_solution, solution_from_document, stored_document

pytest_plugins = ["api_testing"]


def asdict_document(solution: Solution) -> dict[str, Any]:
    """A solution as the old store codec wrote it (dataclass fields, enums as values)."""

    def default(value: Any) -> Any:
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, frozenset | set):
            return sorted(value)
        raise TypeError(type(value).__name__)

    document: dict[str, Any] = json.loads(json.dumps(dataclasses.asdict(solution), default=default))
    return document


def store_old_form(api: ApiClient, plan_id: int) -> Solution:
    """Rewrite plan `plan_id`'s document in the old form, as an old database holds it."""
    with session_scope(api.state.engine) as session:
        row = session.get(PlanRow, plan_id)
        assert row is not None
        solution = plan_solution(row)
        row.solution = asdict_document(solution)
    return solution


def test_the_old_form_is_the_routing_document_without_its_header(
    planned: tuple[ApiClient, int],
) -> None:
    api, plan_id = planned
    solution = store_old_form(api, plan_id)
    with session_scope(api.state.engine) as session:
        row = session.get(PlanRow, plan_id)
        assert row is not None
        assert "format" not in row.solution and row.solution["routes"]
        assert stored_document(row.solution) == solution_to_dict(solution)
        assert plan_solution(row) == solution


def test_a_plan_of_the_old_form_reads_and_replans_through_the_api(
    planned: tuple[ApiClient, int],
) -> None:
    api, plan_id = planned
    solution = store_old_form(api, plan_id)
    plan = api.get(f"/plans/{plan_id}", "dispatcher")
    assert plan.status_code == 200, plan.text
    served = [s["household"] for r in plan.json()["routes"] for s in r["stops"]]
    assert served == solution.served_stop_ids
    route = next(r for r in plan.json()["routes"] if r["stops"])
    sheet = api.get(f"/plans/{plan_id}/routes/{route['route']}/sheet.pdf", "dispatcher")
    assert sheet.status_code == 200
    job = api.wait_job(api.post(f"/plans/{plan_id}/replan", "dispatcher", json={}).json()["id"])
    assert job["status"] == "done", job
    with session_scope(api.state.engine) as session:
        newer = session.get(PlanRow, job["result"]["plan_id"])
        assert newer is not None and newer.solution["format"] == "sofra-solution"


def test_a_document_that_reads_as_neither_names_the_plan(planned: tuple[ApiClient, int]) -> None:
    api, plan_id = planned
    with session_scope(api.state.engine) as session:
        row = session.get(PlanRow, plan_id)
        assert row is not None
        row.solution = {"routes": [], "objective": 0}
    with session_scope(api.state.engine) as session:
        row = session.get(PlanRow, plan_id)
        assert row is not None
        with pytest.raises(StoredPlanError, match=rf"(?s)plan {plan_id} .*driving_s"):
            plan_solution(row)
    with pytest.raises(StoredPlanError, match="format_version: 2 is newer"):
        solution_from_document({"format": "sofra-solution", "format_version": 2})
