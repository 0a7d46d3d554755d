"""A `SOFRA_…` variable that sets nothing is named, with the setting that was meant."""

from __future__ import annotations

import logging

import pytest

from config import get_settings, reset_settings
from config.env_check import setting_names, unknown_settings
from config.settings import Settings


def test_nested_names_are_settings() -> None:
    names = setting_names(Settings)
    assert "SOFRA_SCHEDULER__MAX_RIDE_MIN" in names
    assert "SOFRA_SCHEDULER__DINNER__DELIVERY_END" in names
    assert "SOFRA_DATABASE_URL" in names and "DATABASE_URL" in names


def test_flat_and_misspelt_names_are_reported_with_the_meant_one() -> None:
    env = {
        "SOFRA_MAX_RIDE_MIN": "45",
        "SOFRA_SCHEDULER__MAX_RIDEMIN": "45",
        "SOFRA_SCHEDULER__MAX_RIDE_MIN": "45",
        "SOFRA_TEST_DATABASE_URL": "postgresql://…",
        "PATH": "/usr/bin",
    }
    found = unknown_settings(env, Settings)
    assert len(found) == 2
    assert all("SOFRA_SCHEDULER__MAX_RIDE_MIN" in line for line in found)
    assert found[0].startswith("SOFRA_MAX_RIDE_MIN is not a Sofra setting")


def test_get_settings_warns_with_names_only(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("SOFRA_API__SECRET_KEYS", "do-not-log-me")
    reset_settings()
    with caplog.at_level(logging.WARNING, logger="sofra.config"):
        get_settings()
    reset_settings()
    assert "SOFRA_API__SECRET_KEYS is not a Sofra setting" in caplog.text
    assert "SOFRA_API__SECRET_KEY?" in caplog.text
    assert "do-not-log-me" not in caplog.text
