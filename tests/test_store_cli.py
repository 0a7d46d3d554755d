"""`sofra db upgrade`, `sofra households import` and `export` on both stores."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from cli.main import app
from store.db import head_revision
from store.settings import REPO_ROOT

SAMPLE_XLSX = REPO_ROOT / "data" / "households-sample.xlsx"
runner = CliRunner()


def _sofra(url: str, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"DATABASE_URL": url})
    return result.exit_code, result.stdout, result.stderr


def test_upgrade_import_and_export(empty_store_url: str, tmp_path: Path) -> None:
    code, out, _ = _sofra(empty_store_url, "db", "upgrade")
    assert code == 0 and f"is at migration {head_revision()}" in out

    code, out, _ = _sofra(empty_store_url, "households", "import", str(SAMPLE_XLSX))
    assert code == 0
    assert "Imported 494 households from households-sample.xlsx: 494 created" in out

    code, out, _ = _sofra(empty_store_url, "households", "import", str(SAMPLE_XLSX))
    assert code == 0 and "0 created, 0 updated, 494 unchanged" in out

    code, out, _ = _sofra(empty_store_url, "households", "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 494 and rows[0]["ref"] == "H0001"

    target = tmp_path / "planner.geojson"
    code, _, err = _sofra(
        empty_store_url,
        "households",
        "export",
        "--format",
        "geojson",
        "--pseudonymise",
        "--out",
        str(target),
    )
    collection = json.loads(target.read_text(encoding="utf-8"))
    assert code == 0 and "wrote 494 households" in err
    assert len(collection["features"]) == 494
    assert collection["features"][0]["properties"]["pseudonym"].startswith("P-")


def test_a_bad_file_exits_non_zero_with_the_report(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "ref,name,phone,street,meal_plan,service_days\n"
        "X1,Ayşe Kaya,0532 123 45 67,Lale Sokak,öğle,daily\n"
        "X2,Ali Kaya,123,Olmayan Sokak,akşam,daily\n",
        encoding="utf-8",
    )
    code, out, err = _sofra(url, "households", "import", str(bad))
    assert code == 1 and out == ""
    assert "3 problem(s) in 2 row(s); nothing was imported" in err
    assert "row 2, meal_plan: unknown meal plan 'öğle'" in err
    assert "row 3, phone: not a Turkish phone number" in err
    assert "row 3, street: no street of that name in the map" in err
    code, out, _ = _sofra(url, "households", "export")
    assert code == 0 and out.count("\n") == 1  # the header only: nothing was imported
