"""The road from a phone call to the first dinner, in a real browser (Debian's Chromium via
Playwright, never downloaded): a 153 agent records a call, a signed WhatsApp message of the same
phone joins the same application, a social worker records the assessment and approves, and the
household is on the next day's dinner plan (planned through the API). Between the call and the
approval the social worker books the assessment visit on the page, the home-visit week planner
gives it to a team with a social worker, and the team records it on its phone page."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_testing import client_on
from browser_testing import Watch, log_in, password_of, serving, set_date
from pydantic import SecretStr
from whatsapp_testing import APP_SECRET, VERIFY_TOKEN, location_message, signed, text_message

from api.core.config import WhatsAppSettings
from geodata.road import RoadGraph
from sheets.settings import CHROMIUM_ARGS, SheetsSettings
from store.db import make_engine, session_scope
from store.repositories import visits as visits_repo

pytest_plugins = ["api_testing", "browser_testing"]

CHROMIUM = Path(SheetsSettings().chromium_path)
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.is_file(), reason="no system Chromium"),
]
WAIT_MS = 60_000
DOCS = Path(__file__).resolve().parents[2] / "docs"
PHONE_TYPED, PHONE_WA = "0532 765 43 21", "905327654321"


@pytest.fixture
def served_whatsapp(seeded_template: Path, tmp_path: Path, inegol_road: RoadGraph) -> Iterator[str]:
    """The API under uvicorn (as `browser_testing.served`), with the webhook configured."""
    settings = WhatsAppSettings(
        verify_token=SecretStr(VERIFY_TOKEN), app_secret=SecretStr(APP_SECRET)
    )
    for api in client_on(seeded_template, tmp_path, inegol_road, whatsapp=settings):
        with serving(api.state) as base:
            yield base


def _auth(base: str, username: str) -> dict[str, str]:
    token = httpx.post(
        base + "/login/access-token",
        data={"username": username, "password": password_of(username)},
    ).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def _dinner_plan(base: str, day: dt.date) -> dict[str, Any]:
    auth = _auth(base, "dispatcher")
    job = httpx.post(
        base + "/plans", json={"day": day.isoformat(), "shift": "dinner"}, headers=auth
    ).json()
    deadline = time.monotonic() + 180
    while job["status"] not in {"done", "failed", "interrupted"}:
        assert time.monotonic() < deadline, "planning did not finish"
        time.sleep(0.5)
        job = httpx.get(f"{base}/jobs/{job['id']}", headers=auth).json()
    assert job["status"] == "done", job
    plan: dict[str, Any] = httpx.get(
        f"{base}/plans/{job['result']['plan_id']}", headers=auth
    ).json()
    return plan


def _next_weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _plan_visit_week(base: str, day: dt.date, visit_id: int) -> str:
    """Plan and publish the visits of `day`'s week through the API; the team of `visit_id`."""
    auth = _auth(base, "dispatcher")
    monday = day - dt.timedelta(days=day.weekday())
    job = httpx.post(f"{base}/visits/weeks/{monday}/plan", headers=auth).json()
    deadline = time.monotonic() + 180
    while job["status"] not in {"done", "failed", "interrupted"}:
        assert time.monotonic() < deadline, "visit planning did not finish"
        time.sleep(0.5)
        job = httpx.get(f"{base}/visits/jobs/{job['id']}", headers=auth).json()
    assert job["status"] == "done", job
    week = httpx.get(f"{base}/visits/weeks/{monday}", headers=auth).json()
    [team] = [
        td["team"]
        for td in week["team_days"]
        if td["day"] == day.isoformat() and any(s["visit_id"] == visit_id for s in td["stops"])
    ]
    published = httpx.post(f"{base}/visits/plans/{week['plan_id']}/publish", headers=auth)
    assert published.status_code == 200, published.text
    return str(team)


def test_from_a_153_call_to_the_next_days_dinner(served_whatsapp: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    base = served_whatsapp
    watch = Watch(base)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        try:
            agent = browser.new_context(viewport={"width": 1300, "height": 1000}).new_page()
            watch.attach(agent)
            log_in(agent, base, "agent")
            agent.wait_for_selector("#intake-view:not([hidden])")
            agent.wait_for_selector("#intake-consent-version:text('kvkk')")
            assert agent.text_content("#intake-save") == "Başvuruyu kaydet"  # Turkish first
            agent.fill("#intake-search-phone", PHONE_TYPED)
            agent.click("#intake-search-button")
            agent.wait_for_selector("#intake-search-results[data-done='0']")
            assert agent.input_value("#intake-phone") == PHONE_TYPED  # carried into the form
            agent.fill("#intake-applicant", "Mehmet Şahin")
            agent.fill("#intake-relation", "komşusu")
            agent.fill("#intake-person", "Zehra Öztürk")
            agent.fill("#intake-street", "İsmail Efendi Caddesi")
            agent.fill("#intake-house-number", "12")
            agent.check("input[name='intake-needs'][value='hot_meals']")
            agent.fill("#intake-health", "Kalp hastası, tek başına yürüyemiyor")
            agent.fill("#intake-social", "Yalnız yaşıyor, oğlu İstanbul'da")
            agent.check("#intake-consent")
            agent.screenshot(path=str(DOCS / "intake-form.png"), full_page=True)
            agent.click("#intake-save")
            agent.wait_for_selector("#intake-saved[data-ref]")
            ref = agent.get_attribute("#intake-saved", "data-ref")
            assert ref is not None and ref.startswith("B")
            agent.wait_for_selector(f"#intake-list tr[data-ref='{ref}']")

            for body in (
                text_message(PHONE_WA, "wamid.browser.1", "Annemin adresi konumda"),
                location_message(PHONE_WA, "wamid.browser.2", 40.0790, 29.5090),
            ):
                answer = httpx.post(base + "/whatsapp/webhook", content=body, headers=signed(body))
                assert answer.status_code == 200 and answer.json()["stored"] == 1

            social = browser.new_context(viewport={"width": 1300, "height": 1000}).new_page()
            watch.attach(social)
            log_in(social, base, "social")
            social.wait_for_selector("#intake-view:not([hidden])")
            social.wait_for_selector("#intake-list[data-count='1']")  # one application, joined
            social.click(f"#intake-list tr[data-ref='{ref}']")
            social.wait_for_selector(f"#intake-detail[data-ref='{ref}']")
            assert social.locator("#intake-messages li").count() == 2
            assert "Kalp hastası" in (social.text_content("#intake-detail") or "")
            assert social.input_value("#intake-pin-lat") == "40.079"  # the shared location
            social.fill("#intake-pin-lat", "40.0791")  # the social worker corrects the pin
            social.click("#intake-move-pin")
            social.wait_for_selector("#intake-detail:has-text('40.07910')")

            # the assessment visit: booked on the page, planned for a team, recorded by it
            visit_day = _next_weekday(dt.date.today() + dt.timedelta(days=1))
            set_date(social, "#intake-visit-from", visit_day.isoformat())
            set_date(social, "#intake-visit-to", visit_day.isoformat())
            social.click("#intake-book-visit")
            social.wait_for_selector("#intake-detail[data-state='assessment_scheduled']")
            [visit] = [
                v
                for v in httpx.get(
                    f"{base}/visits?week={visit_day - dt.timedelta(days=visit_day.weekday())}",
                    headers=_auth(base, "dispatcher"),
                ).json()
                if v["kind"] == "assessment" and v["application_id"] is not None
            ]
            team = _plan_visit_week(base, visit_day, visit["id"])
            engine = make_engine(f"sqlite:///{tmp_path / 'store.sqlite'}")
            with session_scope(engine) as session:
                visits_repo.link_team_login(session, username="ekip1", team_code=team, actor="t")
            engine.dispose()
            phone = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
            watch.attach(phone)
            log_in(phone, base, "ekip1")
            phone.wait_for_selector("#visits-view:not([hidden]) #visits-week")
            set_date(phone, "#visits-week", visit_day.isoformat())
            row = f"tr[data-visit='{visit['id']}']"
            phone.wait_for_selector(row)
            phone.click(f"{row} button[data-status='done']")
            phone.wait_for_selector(f"{row} .visit-status:has-text('Yapıldı')")
            social.fill("#intake-assessment-notes", "Evde görüşüldü; akşam yemeği uygun")
            social.click("#intake-assess")
            social.wait_for_selector("#intake-detail[data-state='assessed']")
            tomorrow = dt.date.today() + dt.timedelta(days=1)
            set_date(social, "#intake-start", tomorrow.isoformat())
            social.select_option("#intake-meal-plan", "dinner")
            social.click("#intake-approve")
            social.wait_for_selector("#intake-detail[data-state='registered']")
            assert f"H{ref}" in (social.text_content("#intake-detail") or "")
        finally:
            browser.close()

    detail = httpx.get(f"{base}/applications/{ref}", headers=_auth(base, "agent")).json()
    assert detail["channel"] == "call_centre_153" and len(detail["messages"]) == 2
    assert (detail["lat"], detail["lon"]) == (40.0791, 29.5090)  # shared, then corrected
    assert detail["location_source"] == "manual"
    assert "health_notes" not in detail
    plan = _dinner_plan(base, tomorrow)
    served = {s["household"] for r in plan["routes"] for s in r["stops"]}
    assert f"H{ref}" in served
    assert watch.errors == []
    assert watch.blocked == []
    assert watch.failed == []
