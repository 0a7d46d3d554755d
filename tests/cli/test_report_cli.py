"""`sofra report` errors are one line naming the fix, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "2025", "--month", "2026-01"], "give exactly one of --year"),
        ([], "give exactly one of --year"),
        (["--quarter", "2025Q7"], "quarter (2025Q2)"),
        (["--month", "2026-13"], "a month is 01..12"),
        (["--year", "2025", "--lang", "de"], "de"),
    ],
)
def test_a_bad_period_or_language_is_one_line(
    args: list[str], message: str, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["report", *args, "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_damaged_log_file_names_its_record(tmp_path: Path) -> None:
    log = tmp_path / "log.json"
    log.write_text('{"format": "sofra-delivery-log", "version": 1, "visits": [{"day": "x"}]}')
    result = runner.invoke(
        app,
        ["report", "--year", "2025", "--log", str(log), "--out", str(tmp_path / "o")],
        env={"DATABASE_URL": f"sqlite:///{tmp_path / 'store.sqlite'}"},
    )
    assert result.exit_code == 2, result.output
    assert "visits[0]: missing field(s)" in result.output
    assert "Traceback" not in result.output
