"""A stop at 07:14:31 reads 07:15 everywhere: route sheet PDF, driver page, API JSON, GeoJSON, and
the dispatcher page (which shows the API's strings and formats no time itself)."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

from api_testing import ApiClient
from plans_on_disk import edit_plan, write_stored_plan
from pypdf import PdfReader

from domain.clock import format_hhmm, format_local_hhmm
from routing.precheck import clock as precheck_clock
from store.models import PlanRow

pytest_plugins = ["api_testing"]

AT_S = 7 * 3600 + 14 * 60 + 31  # 07:14:31
DISPATCHER_JS = Path(__file__).resolve().parents[2] / "api" / "static" / "dispatcher.js"


def pdf_text(content: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages)


def _first_stop_at(api: ApiClient, plan_id: int, seconds: int) -> dict[str, Any]:
    """Move the first stop of the first route with stops to `seconds`; that route (plan view)."""
    plan = api.get(f"/plans/{plan_id}", "dispatcher").json()
    route = next(r for r in plan["routes"] if r["stops"])

    def edit(row: PlanRow, document: dict[str, Any]) -> None:
        stored = next(r for r in row.routes if r.seq == route["route"])
        first = next(s for s in stored.stops if s.seq == 1)
        first.start_s = seconds
        planned = next(r for r in document["routes"] if r["vehicle_id"] == stored.vehicle_id)
        visit = planned["trips"][first.trip]["visits"][0]
        assert visit["stop_id"] == first.stop_key
        visit["start_s"] = seconds

    edit_plan(api, plan_id, edit)
    return route


def test_a_stop_at_07_14_31_reads_07_15_on_every_surface(
    planned: tuple[ApiClient, int], tmp_path: Path
) -> None:
    api, plan_id = planned
    assert format_hhmm(AT_S) == "07:15"
    route = _first_stop_at(api, plan_id, AT_S)
    n = route["route"]

    driver_json = api.get(f"/plans/{plan_id}/routes/{n}", "dispatcher").json()
    assert driver_json["stops"][0]["time"] == "07:15"
    plan_json = api.get(f"/plans/{plan_id}", "dispatcher").json()
    assert next(r for r in plan_json["routes"] if r["route"] == n)["stops"][0]["arrival"] == "07:15"
    features = api.get(f"/plans/{plan_id}/geojson", "dispatcher").json()["features"]
    stop = next(
        f["properties"]
        for f in features
        if f["properties"]["kind"] == "stop"
        and (f["properties"]["route"], f["properties"]["seq"]) == (n, 1)
    )
    assert stop["arrival"] == "07:15"
    served_pdf = pdf_text(api.get(f"/plans/{plan_id}/routes/{n}/sheet.pdf", "dispatcher").content)

    files = write_stored_plan(api, plan_id, tmp_path)
    written_pdf = pdf_text(files.sheets_pdf.read_bytes()) if files.sheets_pdf else ""
    page = next(p for p in files.driver_pages if p.stem == route["vehicle_id"].replace("/", "-"))
    driver_page = page.read_text(encoding="utf-8")
    for text in (served_pdf, written_pdf, driver_page):
        assert "07:15" in text and "07:14" not in text


def test_the_dispatcher_page_shows_the_api_strings_and_formats_no_time() -> None:
    js = DISPATCHER_JS.read_text(encoding="utf-8")
    assert "hhmm" not in js and "toFixed" not in js
    assert not re.search(r"/\s*60\b|/\s*3600\b|/\s*1000\b", js), (
        "seconds or metres turned into text"
    )
    for shown in ("s.arrival", "s.time", "p.arrival", "f.driving", "f.distance", "route.distance"):
        assert shown in js
    assert "a.raised" in js and "toLocaleTimeString" not in js


def test_an_alert_raised_at_04_14_31_utc_reads_07_15_on_the_kitchen_clock() -> None:
    assert format_local_hhmm(dt.datetime(2025, 11, 12, 4, 14, 31, tzinfo=dt.UTC)) == "07:15"
    assert format_local_hhmm(dt.datetime(2025, 11, 12, 4, 14, 29, 600000, tzinfo=dt.UTC)) == "07:14"


def test_the_engine_words_its_details_with_the_same_rounding() -> None:
    # routing imports no other Sofra package, so it keeps a copy of the rule; it must agree.
    for seconds in [*range(0, 86_400, 7), AT_S, 29.9, 30.0, 59.5]:
        assert precheck_clock(seconds) == format_hhmm(seconds), seconds
