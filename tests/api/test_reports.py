"""`GET /reports` and its files: the same figures as `sofra report`, for planners, dispatchers
and admins only, and no name, phone, address or household code anywhere in them."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_testing import DAY, ApiClient, is_problem, pdf_text
from openpyxl import load_workbook
from sqlalchemy import select
from typer.testing import CliRunner

from cli.main import app
from config import reset_settings
from domain.reports import DeliveryLog, ParcelOutcome, ParcelRecord
from scheduler.reports.log import write_log
from store.db import session_scope
from store.models import HouseholdRow, OutcomeRow, OutcomeStatus
from store.repositories.plans import plan_stops

pytest_plugins = ["api_testing"]

MONTH = DAY.strftime("%Y-%m")


@pytest.fixture
def delivered(
    planned: tuple[ApiClient, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[ApiClient, Path]]:
    """The planned dinner with every door delivered but the first (not at home), and a
    delivery-log file of parcels named by SOFRA_REPORTS__LOG_FILE."""
    client, plan_id = planned
    with session_scope(client.state.engine) as session:
        stops = plan_stops(session, plan_id=plan_id)
        for n, (_route, stop, _ref) in enumerate(stops):
            status = OutcomeStatus.NOT_AT_HOME if n == 0 else OutcomeStatus.DELIVERED
            at = dt.datetime.combine(DAY, dt.time(18), tzinfo=dt.UTC)
            session.add(OutcomeRow(stop_id=stop.id, status=status.value, at=at, recorded_by="d1"))
    parcels = tuple(
        ParcelRecord(
            DAY, f"P-f{n}", "Cuma Mah.", "standard", 18.0, False, ParcelOutcome.DELIVERED, 4
        )
        for n in range(7)
    )
    log = tmp_path / "log.json"
    write_log(DeliveryLog(parcels=parcels), log)
    monkeypatch.setenv("SOFRA_REPORTS__LOG_FILE", str(log))
    reset_settings()  # the app reads the settings tree afresh
    yield client, tmp_path / "store.sqlite"


def test_planners_read_reports_drivers_do_not(delivered: tuple[ApiClient, Path]) -> None:
    client, _ = delivered
    for role in ("planner", "dispatcher"):
        assert client.get(f"/reports?month={MONTH}", role).status_code == 200
    is_problem(client.get(f"/reports?month={MONTH}", "d1"), 403)
    is_problem(client.get(f"/reports.pdf?month={MONTH}", "d1"), 403)
    is_problem(client.get("/reports?month=2026-13", "planner"), 422)
    is_problem(client.get("/reports?year=2026&month=2026-01", "planner"), 422)


@pytest.mark.slow
def test_the_api_and_the_cli_give_the_same_figures(
    delivered: tuple[ApiClient, Path], tmp_path: Path
) -> None:
    client, store = delivered
    body = client.get(f"/reports?month={MONTH}&lang=tr", "planner").json()
    figures = {f["key"]: f for f in body["headline"]}
    with session_scope(client.state.engine) as session:
        doors = len(plan_stops(session, plan_id=_plan_id(client)))
    assert figures["rep_meal_households"]["value"] == doors - 1  # one nobody-home door
    assert figures["rep_parcel_families"]["value"] == 7
    assert figures["rep_parcel_kg"]["text"] == "126"

    out = tmp_path / "cli-out"
    result = CliRunner().invoke(
        app,
        ["report", "--month", MONTH, "--out", str(out)],
        env={"DATABASE_URL": f"sqlite:///{store}"},
    )
    assert result.exit_code == 0, result.output
    for key in ("rep_meal_households", "rep_meals", "rep_parcel_families", "rep_meal_not_at_home"):
        line = next(x for x in result.output.splitlines() if x.startswith(figures[key]["label"]))
        assert line.split()[-1] == figures[key]["text"]
    api_csv = client.get(f"/reports.csv?month={MONTH}", "planner")
    assert api_csv.content == (out / f"report-{MONTH}-tr.csv").read_bytes()
    xlsx = client.get(f"/reports.xlsx?month={MONTH}&lang=en", "planner")
    assert "By neighbourhood" in load_workbook(io.BytesIO(xlsx.content)).sheetnames


def _plan_id(client: ApiClient) -> int:
    from store.models import PlanRow

    with session_scope(client.state.engine) as session:
        return int(session.scalar(select(PlanRow.id).where(PlanRow.day == DAY)) or 0)


@pytest.mark.slow
def test_no_report_names_or_reidentifies_a_person(delivered: tuple[ApiClient, Path]) -> None:
    client, _ = delivered
    with session_scope(client.state.engine) as session:
        rows = session.scalars(select(HouseholdRow)).all()
        secrets = {v for r in rows for v in (r.name, r.phone, r.street, r.ref) if v}
        secrets |= {f"{r.street} No: {r.house_number}" for r in rows}
    texts = [
        json.dumps(client.get(f"/reports?month={MONTH}", "planner").json(), ensure_ascii=False),
        client.get(f"/reports.csv?month={MONTH}", "planner").content.decode("utf-8-sig"),
        pdf_text(client.get(f"/reports.pdf?month={MONTH}", "planner").content),
    ]
    for text in texts:
        leaked = sorted(s for s in secrets if s in text)
        assert not leaked, leaked[:5]
    body = json.loads(texts[0])
    # Every people-count cell is either hidden or counts at least the threshold.
    by_mahalle = next(t for t in body["tables"] if t["key"] == "rep_table_mahalle")
    for row in by_mahalle["rows"]:
        value = row["cells"][0]["value"]
        assert value is None or value == 0 or value >= body["threshold"]
