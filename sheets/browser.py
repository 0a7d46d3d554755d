"""Open a rendered page in the system's headless Chromium (Playwright), screenshot it, check it.

Used by the browser tests and the docs renderer. Never runs `playwright install`: it drives the
Chromium at `SheetsSettings.chromium_path`, and blocks every request that leaves file://.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sheets.settings import CHROMIUM_ARGS, SheetsSettings


class BrowserNotFoundError(FileNotFoundError):
    """No Chromium at the configured path; the message says how to point to one."""


@dataclass(slots=True)
class PageReport:
    """What happened while the page loaded: console errors, uncaught errors, blocked requests."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked_requests: list[str] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when nothing went wrong and nothing tried to reach the network."""
        return not (self.console_errors or self.page_errors or self.blocked_requests)


def screenshot(
    html_path: Path,
    png_path: Path | None,
    *,
    width: int = 1280,
    height: int = 860,
    device_scale: float = 1.0,
    full_page: bool = False,
    wait_for: str | None = None,
    probes: dict[str, str] | None = None,
    settings: SheetsSettings | None = None,
) -> PageReport:
    """Load `html_path`, wait for `wait_for` (a CSS selector), evaluate `probes`, screenshot.

    `probes` maps a name to a JavaScript expression; its value lands in `PageReport.values`.
    `png_path` None skips the screenshot (checks only).
    """
    from playwright.sync_api import Request, Route, sync_playwright

    chromium = Path((settings or SheetsSettings()).chromium_path)
    if not chromium.is_file():
        raise BrowserNotFoundError(
            f"no Chromium at {chromium}; install Debian's chromium or set "
            "SOFRA_SHEETS__CHROMIUM_PATH"
        )
    report = PageReport()

    def guard(route: Route, request: Request) -> None:
        if request.url.startswith(("file:", "data:", "about:", "blob:")):
            route.continue_()
        else:
            report.blocked_requests.append(request.url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium), args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page(
                viewport={"width": width, "height": height}, device_scale_factor=device_scale
            )
            page.route("**/*", guard)
            page.on(
                "console",
                lambda m: report.console_errors.append(m.text) if m.type == "error" else None,
            )
            page.on("pageerror", lambda e: report.page_errors.append(str(e)))
            page.goto(Path(html_path).resolve().as_uri(), wait_until="load")
            if wait_for:
                page.wait_for_selector(wait_for, timeout=10_000)
            for name, expression in (probes or {}).items():
                report.values[name] = page.evaluate(expression)
            if png_path is not None:
                page.screenshot(path=str(png_path), full_page=full_page)
        finally:
            browser.close()
    return report
