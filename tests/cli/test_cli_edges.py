"""Issue 11 at the command line: options are checked before any work (`--lang de` fails at once
and writes nothing), dates are ISO or dd.mm.yyyy as in imports, a bad scenario file is
`file:line: reason` and never a traceback, and `sofra demo --out` replaces what it wrote before
with owner-only files."""

from __future__ import annotations

import datetime as dt
import os
import stat
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cli.day_run import _publish
from cli.main import app
from cli.options import check_lang_option, parse_date_option

runner = CliRunner()


def _flat(text: str) -> str:
    """Rich wraps and boxes long messages: compare on the words alone."""
    return " ".join(text.replace("│", " ").replace("╭", " ").replace("╰", " ").split())


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--lang", "de"],
        ["plan", "--lang", "de", "--shift", "breakfast"],
        ["households", "export", "--lang", "de"],
        ["households", "import", "data/households-sample.csv", "--lang", "de"],
    ],
)
def test_an_unknown_language_fails_at_once_and_writes_nothing(
    args: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    store = tmp_path / "store.sqlite"
    extra = ["--out", str(out)] if args[0] in {"demo", "plan"} else []
    started = time.monotonic()
    result = runner.invoke(app, args + extra, env={"DATABASE_URL": f"sqlite:///{store}"})
    assert time.monotonic() - started < 5  # before the road graph or the solver
    assert result.exit_code == 2
    message = _flat(result.output)
    assert "Invalid value for '--lang'" in message
    assert "language 'de' is not supported; use tr, en" in message
    assert "'de' dili yok" in message
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not out.exists() and not store.exists()


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("30.02.2025", "'30.02.2025' is not a date; write 2025-01-31 or 31.01.2025"),
        ("2025/01/31x", "is not a date"),
        ("0001-01-01", "0001-01-01 is outside 2000-01-01..2100-12-31; check the year"),
    ],
)
def test_a_bad_date_fails_at_once(written: str, reason: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--date", written, "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert reason in _flat(result.output)
    assert not (tmp_path / "o").exists()


def test_dates_are_iso_or_turkish_as_in_imports() -> None:
    assert parse_date_option("2026-11-25") == dt.date(2026, 11, 25)
    assert parse_date_option("25.11.2026") == dt.date(2026, 11, 25)
    assert parse_date_option("25/11/2026") == dt.date(2026, 11, 25)
    with pytest.raises(typer.BadParameter):
        parse_date_option("2201-01-01")
    assert check_lang_option("en") == "en"


def test_out_must_be_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["plan", "--out", str(target)])
    assert result.exit_code == 2 and "is not a folder" in _flat(result.output)


# --- scenario files ---------------------------------------------------------------------------

SCENARIO = """\
name: edges
question: Does a bad value name its line?
seed: 3
days:
  start: 2025-06-01
  end: 2025-06-30
  sample: 2
shifts: [breakfast]
solver: {pyvrp_iterations: 50, ortools_solutions: 5, time_limit_s: 60}
variants:
  - name: base
  - name: more vans
    changes:
      vans: 3
"""


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("start: 2025-06-01", "start: 2025-02-30"), "edges.yaml:5: days.start: unreadable date"),
        (("start: 2025-06-01", "start: 0001-01-01"), "edges.yaml:5: days.start: date 0001-01-01"),
        (("end: 2025-06-30", "end: 31.05.2025"), "edges.yaml:4: days: end 2025-05-31 is before"),
        (("vans: 3", "vans: many"), "edges.yaml:14: variants.1.changes.vans:"),
        (("seed: 3", "seed: !!int three"), "edges.yaml:3: not valid YAML: cannot read 'three'"),
        (("  sample: 2\n", "  sample: 2\n  sample: 3\n"), "edges.yaml:8: days.sample: key given"),
    ],
)
def test_a_bad_scenario_value_is_file_line_reason_never_a_traceback(
    change: tuple[str, str], expected: str, tmp_path: Path
) -> None:
    scenario = tmp_path / "edges.yaml"
    scenario.write_text(SCENARIO.replace(*change), encoding="utf-8")
    out = tmp_path / "o"
    result = runner.invoke(app, ["simulate", str(scenario), "--out", str(out), "--workers", "0"])
    assert result.exit_code == 2, result.output
    assert expected in _flat(result.output).replace(f"{tmp_path}/", "")
    assert "Traceback" not in result.output
    assert not out.exists()


def test_scenario_dates_may_be_turkish_and_overrides_are_checked(tmp_path: Path) -> None:
    scenario = tmp_path / "edges.yaml"
    text = SCENARIO.replace("2025-06-01", "01.06.2025").replace("2025-06-30", "30.06.2025")
    scenario.write_text(text, encoding="utf-8")
    out = tmp_path / "o"
    args = ["simulate", str(scenario), "--out", str(out), "--workers", "0", "--days", "40"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "days: sample is 40 but 2025-06-01..2025-06-30 has only 30" in _flat(result.output)
    assert "Traceback" not in result.output and not out.exists()


def test_a_scenario_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    scenario = tmp_path / "edges.yaml"
    scenario.write_bytes(SCENARIO.replace("Does", "D\xf6es").encode("latin-1"))
    result = runner.invoke(app, ["simulate", str(scenario), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "edges.yaml:2: not UTF-8 text" in _flat(result.output)


# --- --out ------------------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_publish_replaces_what_a_run_wrote_and_leaves_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "dinner" / "drivers").mkdir(parents=True)
    (out / "dinner" / "drivers" / "V9-D9.html").write_text("yesterday", encoding="utf-8")
    (out / "map.html").write_text("yesterday", encoding="utf-8")
    (out / "notes.txt").write_text("the user's own", encoding="utf-8")
    staging = out / ".out-run"
    (staging / "dinner" / "drivers").mkdir(parents=True)
    (staging / "dinner" / "drivers" / "V1-D3.html").write_text("today", encoding="utf-8")
    (staging / "map.html").write_text("today", encoding="utf-8")
    _publish(staging, out)
    assert sorted(p.name for p in (out / "dinner" / "drivers").iterdir()) == ["V1-D3.html"]
    assert (out / "map.html").read_text(encoding="utf-8") == "today"
    assert (out / "notes.txt").read_text(encoding="utf-8") == "the user's own"
    assert sorted(p.name for p in out.iterdir()) == [".out-run", "dinner", "map.html", "notes.txt"]


def test_a_plan_run_leaves_no_stale_page_and_only_private_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    stale = out / "breakfast" / "drivers" / "V9-D9.html"
    stale.parent.mkdir(parents=True)
    stale.write_text("yesterday's route", encoding="utf-8")
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'store.sqlite'}"}  # not the user's store
    imported = runner.invoke(app, ["households", "import", "data/households-sample.csv"], env=env)
    assert imported.exit_code == 0, imported.output
    old = os.umask(0o022)
    try:
        result = runner.invoke(
            app,
            [
                *("demo", "--shift", "breakfast", "--date", "25.11.2026", "--out", str(out)),
                *("--time-limit", "1", "--lang", "en"),
            ],
            env=env,
        )
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    pages = list((out / "breakfast" / "drivers").glob("*.html"))
    assert pages and not stale.exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # staging cleaned up
    for path in [*pages, out / "breakfast" / "route-sheets.pdf", out / "map.html"]:
        assert _mode(path) == 0o600, path
    assert _mode(out / "breakfast") == 0o700 and _mode(out / "breakfast" / "drivers") == 0o700
