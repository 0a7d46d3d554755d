"""The staff page's Raporlar / Reports tab in a real browser: a planner sees the headline table
and the links to the PDF, CSV and Excel; a driver gets no such tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_testing import Watch, log_in

from sheets.settings import CHROMIUM_ARGS, SheetsSettings

pytest_plugins = ["api_testing", "browser_testing"]

CHROMIUM = Path(SheetsSettings().chromium_path)
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.is_file(), reason="no system Chromium"),
]
WAIT_MS = 60_000


def test_a_planner_sees_the_headline_table_and_the_file_links(served: str) -> None:
    from playwright.sync_api import sync_playwright

    watch = Watch(served)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_context(viewport={"width": 1300, "height": 900}).new_page()
            watch.attach(page)
            log_in(page, served, "planner")
            tab = page.wait_for_selector("button.tab[data-view='reports-view']", timeout=WAIT_MS)
            assert tab.text_content() == "Raporlar"
            tab.click()
            page.wait_for_selector("#reports-headline tr[data-key='rep_meals']", timeout=WAIT_MS)
            page.fill("#reports-period", "2025Q2")
            page.click(".reports-form button")
            page.wait_for_selector("#reports-results h2:has-text('2. çeyrek')", timeout=WAIT_MS)
            row = page.text_content("#reports-headline tr[data-key='rep_meals']") or ""
            assert "Dağıtılan öğün" in row
            hrefs = page.eval_on_selector_all(".reports-links a", "as => as.map(a => a.href)")
            assert [h.split("/")[-1] for h in hrefs] == [
                "reports.pdf?quarter=2025Q2&lang=tr",
                "reports.csv?quarter=2025Q2&lang=tr",
                "reports.xlsx?quarter=2025Q2&lang=tr",
            ]
            pdf = page.request.get(hrefs[0])  # the login cookie is enough for a GET
            assert pdf.status == 200 and pdf.body()[:4] == b"%PDF"

            driver = browser.new_context().new_page()
            log_in(driver, served, "d1")
            driver.wait_for_selector("#driver-view:not([hidden])", timeout=WAIT_MS)
            assert driver.query_selector("button.tab[data-view='reports-view']") is None
        finally:
            browser.close()
    assert not watch.errors, watch.errors
    assert not watch.blocked, watch.blocked
