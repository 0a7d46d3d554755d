"""The home-visits tab in a real browser: the dispatcher plans a week and publishes it, the
grid shows each team's days; a team member sees only their own day and records an outcome."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest
from browser_testing import CHROMIUM, WAIT_MS, Watch, log_in, password_of, set_date

from store.db import make_engine, session_scope
from store.repositories import visits as repo

pytest_plugins = ["api_testing", "browser_testing"]
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.is_file(), reason="no system Chromium"),
]

WEEK = dt.date(2026, 2, 2)
TUESDAY = WEEK + dt.timedelta(days=1)
SPOTS = [(40.0790, 29.5125), (40.0755, 29.5080), (40.0800, 29.5060), (40.0740, 29.5140)]


def _office(base: str) -> httpx.Client:
    token = httpx.post(
        base + "/login/access-token",
        data={"username": "dispatcher", "password": password_of("dispatcher")},
    ).json()["access_token"]
    return httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=60)


def test_the_office_plans_a_week_and_a_team_works_its_day(served: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    from sheets.settings import CHROMIUM_ARGS

    server = served
    http = _office(server)
    for k, (lat, lon) in enumerate(SPOTS):
        body = {
            "kind": "shopping" if k else "assessment",
            "person": f"browser-{k}",
            "name": f"Ziyaret Kişisi {k}",
            "address": f"Deneme Sokak No: {k}",
            "lat": lat,
            "lon": lon,
            "earliest": TUESDAY.isoformat(),
        }
        assert http.post("/visits", json=body).status_code == 201
    watch = Watch(server)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        try:
            desk = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
            watch.attach(desk)
            log_in(desk, server, "dispatcher")
            desk.wait_for_selector("#tabs button[data-view='visits-view']")
            desk.click("#tabs button[data-view='visits-view']")
            desk.wait_for_selector("#visits-view:not([hidden]) #visits-week")
            set_date(desk, "#visits-week", WEEK.isoformat())
            desk.click("#visits-plan")
            desk.wait_for_selector("#visits-status[data-done]", timeout=WAIT_MS)
            desk.wait_for_selector("#visits-grid")
            assert "1" in (desk.text_content("#visits-summary") or "")
            week = http.get(f"/visits/weeks/{WEEK}").json()
            busy_days = [td for td in week["team_days"] if td["stops"]]
            assert len(busy_days) >= 2  # the load is spread over the teams
            busy = busy_days[0]
            desk.click(f"#visits-grid td[data-team='{busy['team']}'][data-day='{TUESDAY}'] button")
            desk.wait_for_selector(".visits-team-day")
            assert busy["stops"][0]["name"] in (desk.text_content(".visits-team-day") or "")
            desk.click("#visits-publish")
            desk.wait_for_selector("#visits-summary:has-text('Yayımlandı')")

            engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite'}")
            with session_scope(engine) as session:
                repo.link_team_login(
                    session, username="ekip1", team_code=busy["team"], actor="test"
                )
            engine.dispose()
            phone = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
            watch.attach(phone)
            log_in(phone, server, "ekip1")
            phone.wait_for_selector("#visits-view:not([hidden]) #visits-week")
            set_date(phone, "#visits-week", TUESDAY.isoformat())
            phone.wait_for_selector(".visits-team-day tr[data-visit]")
            rows = phone.locator(".visits-team-day tr[data-visit]")
            assert rows.count() == len(busy["stops"])
            assert phone.locator(".visits-team-day").count() == 1
            first = busy["stops"][0]["visit_id"]
            phone.click(f"tr[data-visit='{first}'] button[data-status='done']")
            phone.wait_for_selector(f"tr[data-visit='{first}'] .visit-status:has-text('Yapıldı')")

            # another team's member records on the phone page, with the same login as the tab
            other = busy_days[1]
            engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite'}")
            with session_scope(engine) as session:
                repo.link_team_login(
                    session, username="ekip2", team_code=other["team"], actor="test"
                )
            engine.dispose()
            mobile = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
            watch.attach(mobile)
            log_in(mobile, server, "ekip2")
            mobile.wait_for_selector("#visits-view:not([hidden]) #visits-week")
            set_date(mobile, "#visits-week", TUESDAY.isoformat())
            mobile.wait_for_selector("#visits-phone-link")
            mobile.click("#visits-phone-link")
            second = other["stops"][0]["visit_id"]
            button = f"#visit-{second} button[data-status='not_at_home']"
            mobile.wait_for_selector(button)
            mobile.click(button)
            mobile.wait_for_selector(button + "[aria-pressed='true']")
            assert "Evde yok" in (mobile.text_content(f"#visit-{second} .status") or "")
        finally:
            browser.close()
    assert watch.errors == [] and watch.blocked == []
    with_outcome = http.get(f"/visits?week={WEEK}").json()
    assert not {first, second} & {v["id"] for v in with_outcome}  # no longer planned
