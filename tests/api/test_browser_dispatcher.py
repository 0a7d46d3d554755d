"""The dispatcher page in a real browser (Debian's Chromium via Playwright, never downloaded):
log in, plan dinner, see the routes drawn, publish, mark a stop "not at home" as the driver, and
see the alert as the dispatcher. The API runs under uvicorn in a thread, on loopback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from api_testing import DAY, password_of
from browser_testing import Watch, log_in, set_date

from sheets.settings import CHROMIUM_ARGS, SheetsSettings

pytest_plugins = ["api_testing", "browser_testing"]

CHROMIUM = Path(SheetsSettings().chromium_path)
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.is_file(), reason="no system Chromium"),
]
WAIT_MS = 60_000


def first_route(base: str) -> dict[str, Any]:
    token = httpx.post(
        base + "/login/access-token",
        data={"username": "dispatcher", "password": password_of("dispatcher")},
    ).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    versions = httpx.get(f"{base}/plans?day={DAY}&shift=dinner", headers=auth).json()
    plan = httpx.get(f"{base}/plans/{versions[-1]['id']}", headers=auth).json()
    routes: list[dict[str, Any]] = [r for r in plan["routes"] if r["stops"]]
    return {"plan": plan, "routes": routes, "first": routes[0]}


def test_plan_dinner_watch_routes_and_see_a_not_at_home_alert(served: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    watch = Watch(served)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        try:
            dispatcher = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            watch.attach(dispatcher)
            log_in(dispatcher, served, "dispatcher")
            dispatcher.wait_for_selector("#dispatch-view:not([hidden])")
            assert dispatcher.text_content("#plan-button") == "Planla"  # Turkish by default
            dispatcher.wait_for_selector(".leaflet-overlay-pane canvas")  # the roads base layer
            set_date(dispatcher, "#day", DAY.isoformat())
            dispatcher.select_option("#shift", "dinner")
            dispatcher.click("#plan-button")
            dispatcher.wait_for_selector("#job-status[data-done]", timeout=WAIT_MS)
            dispatcher.wait_for_selector("path.sofra-route")

            planned = first_route(served)
            routes, route = planned["routes"], planned["first"]
            assert dispatcher.locator("path.sofra-route").count() == len(routes)
            stops = sum(len(r["stops"]) for r in routes)
            assert dispatcher.locator(".sofra-stop").count() == stops
            assert dispatcher.locator(".route-card").count() == len(routes)
            held = [h["household"] for h in planned["plan"]["held"]]
            shown = dispatcher.locator("#held li").all_text_contents()
            assert [line.split(" ")[0] for line in shown] == (held or ["yok"])
            numbers = dispatcher.locator(".sofra-stop span").all_text_contents()
            expected = [str(i) for r in routes for i in range(1, len(r["stops"]) + 1)]
            assert sorted(numbers) == sorted(expected)  # stops numbered 1.. on each route
            card = f".route-card[data-route='{route['route']}']"
            sheet = dispatcher.get_attribute(f"{card} a.sheet-link", "href")
            assert sheet is not None and sheet.startswith(route["sheet_url"])
            dispatcher.screenshot(path=str(tmp_path / "dispatcher.png"))
            dispatcher.click("#publish-button")  # drivers see only the published version
            dispatcher.wait_for_selector(f"#drivers-see[data-published='{planned['plan']['id']}']")

            driver = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
            watch.attach(driver)
            log_in(driver, served, route["driver"].lower())
            driver.wait_for_selector("#driver-view:not([hidden])")
            set_date(driver, "#driver-day", DAY.isoformat())
            driver.select_option("#driver-shift", "dinner")
            driver.wait_for_selector(".driver-stop")
            assert driver.locator(".driver-stop").count() == len(route["stops"])
            target = route["stops"][1]
            stop = driver.locator(f".driver-stop[data-stop='{target['stop_id']}']")
            stop.locator("input").fill("Kapı açılmadı")
            stop.locator("[data-outcome='not_at_home']").click()
            driver.wait_for_selector(
                f".driver-stop[data-stop='{target['stop_id']}'] .outcome-not_at_home"
            )

            alert = dispatcher.wait_for_selector("#alerts li.alert", timeout=WAIT_MS)
            text = alert.text_content() or ""
            assert target["name"] in text and target["household"] in text
            assert "Kapı açılmadı" in text
            dispatcher.wait_for_selector(".sofra-stop.alerted")
            dispatcher.click("#lang-toggle")
            assert dispatcher.text_content("#plan-button") == "Plan"
            assert dispatcher.text_content("#alerts-card h2") == "Alerts"
            driver.screenshot(path=str(tmp_path / "driver.png"))
            dispatcher.screenshot(path=str(tmp_path / "alert.png"))
        finally:
            browser.close()
    assert watch.errors == []
    assert watch.blocked == []
    assert "/alerts/stream" in watch.requested  # alerts arrive as server-sent events
    # The only refusal: the driver's page first asks for today's route, which is not planned.
    assert all(f.startswith("404 /drivers/me/route?") for f in watch.failed), watch.failed
