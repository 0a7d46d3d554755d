"""`sofra parcels import FILE`: one line per problem and exit 1 on a bad file, nothing saved;
a good file imports; FILE and --demo exclude each other."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from store.db import make_engine, session_scope
from store.repositories.parcels import list_families

runner = CliRunner()
HEADER = "ref,name,phone,street,lat,lon,persons,weekdays"
GOOD = "C1,Can Demir,05321112235,Test Street,40.07,29.5,2,Tue;Thu"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "store.sqlite"
    monkeypatch.setenv("SOFRA_STORE__DATABASE_URL", f"sqlite:///{path}")
    return path


def _families(path: Path) -> list[str]:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with session_scope(engine) as session:
            return [r.ref for r in list_families(session)]
    finally:
        engine.dispose()


def test_a_good_file_imports(store: Path, tmp_path: Path) -> None:
    file = tmp_path / "families.csv"
    file.write_text(HEADER + "\n" + GOOD.replace("Tue;Thu", '"Tue,Thu"') + "\n")
    result = runner.invoke(app, ["parcels", "import", str(file)])
    assert result.exit_code == 0, result.output
    assert "1 created" in result.output
    assert _families(store) == ["C1"]


def test_a_bad_file_is_refused_in_one_line_per_problem(store: Path, tmp_path: Path) -> None:
    file = tmp_path / "families.csv"
    bad = GOOD.replace("Tue;Thu", "Someday").replace(",2,", ",0,")
    file.write_text(HEADER + ",colour\n" + bad + ",red\n")
    result = runner.invoke(app, ["parcels", "import", str(file)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "header, colour" in result.output
    assert _families(store) == []


def test_file_and_demo_exclude_each_other(store: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["parcels", "import"])
    assert result.exit_code == 2
    assert "FILE or --demo" in result.output
