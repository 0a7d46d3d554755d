"""Under CI=true a skipped `postgis` or `browser` test fails: a missing server or browser fails."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from conftest import (
    pytest_runtest_makereport,  # tests/ is on sys.path (pythonpath in pyproject.toml)
)


class _Item:
    def __init__(self, *markers: str) -> None:
        self._markers = markers

    def get_closest_marker(self, name: str) -> object | None:
        return object() if name in self._markers else None


class _Outcome:
    def __init__(self, report: pytest.TestReport) -> None:
        self._report = report

    def get_result(self) -> pytest.TestReport:
        return self._report


def _report_after_hook(item: _Item) -> pytest.TestReport:
    report = pytest.TestReport("t::x", ("t", 1, "x"), {}, "skipped", "no server", "call")
    hook: Any = pytest_runtest_makereport(item, None)  # type: ignore[arg-type]
    next(hook)
    with contextlib.suppress(StopIteration):
        hook.send(_Outcome(report))
    return report


def test_a_skipped_postgis_test_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    failed = _report_after_hook(_Item("postgis"))
    assert failed.outcome == "failed" and "skipped under CI=true" in str(failed.longrepr)
    assert _report_after_hook(_Item()).outcome == "skipped"  # other skips stay skips


def test_outside_ci_a_postgis_test_may_skip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert _report_after_hook(_Item("postgis")).outcome == "skipped"


def test_a_skipped_browser_test_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    failed = _report_after_hook(_Item("browser"))
    assert failed.outcome == "failed" and "browser test skipped" in str(failed.longrepr)
