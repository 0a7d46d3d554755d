"""Issue 11, "a typo deletes data": an unknown or misspelt column rejects the whole import and
names the closest known header, unless extra columns are allowed explicitly; unknown diet labels
are named with their row and column; dates are read as ISO or dd.mm.yyyy, within 2000..2100."""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from cli.main import app
from domain.households import Diet
from geodata.settings import REPO_ROOT
from store.db import session_scope
from store.imports import ImportRejectedError, ImportResult, import_households
from store.imports.columns import closest_header
from store.models import HouseholdRow
from store.repositories import households as repo

SAMPLE_CSV = REPO_ROOT / "data" / "households-sample.csv"

TURKISH = (
    "Referans,Ad Soyad,Telefon,Sokak,Kapı No,Enlem,Boylam,Öğün,Günler,Diyet\n"
    "T1,Ayşe Kaya,0532 123 45 67,Lale Sokak,3,40.08,29.51,akşam,her gün,DİYABETİK\n"
    "T2,Ali Kaya,0532 123 45 68,Lale Sokak,4,40.08,29.51,akşam,her gün,\n"
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _import(engine: Engine, path: Path, **options: object) -> ImportResult:
    with session_scope(engine) as s:
        return import_households(s, path, actor="test", **options)  # type: ignore[arg-type]


def _diabetic(engine: Engine) -> int:
    with Session(engine) as s:
        return sum(Diet.DIABETIC in h.diets for h in repo.list_households(s))


def _renamed_header(old: str, new: str) -> str:
    """The shipped sample with one header renamed (a dispatcher's typo)."""
    text = SAMPLE_CSV.read_text(encoding="utf-8")
    header, rest = text.split("\n", 1)
    return ",".join(new if h == old else h for h in header.split(",")) + "\n" + rest


@pytest.mark.parametrize(("typo", "meant"), [("dietss", "diets"), ("Diyt", "Diyet")])
def test_a_misspelt_diet_header_rejects_the_reimport_and_keeps_every_diet(
    store_engine: Engine, tmp_path: Path, typo: str, meant: str
) -> None:
    _import(store_engine, SAMPLE_CSV)
    diabetic = _diabetic(store_engine)
    assert diabetic > 50  # the figure was 99 on the demo data

    typoed = _write(tmp_path / "haneler.csv", _renamed_header("diets", typo))
    with pytest.raises(ImportRejectedError) as rejected:
        _import(store_engine, typoed)
    [error] = rejected.value.errors
    assert (error.row, error.column) == (1, typo)
    assert f"`{typo}`: did you mean `{meant}`?" in str(rejected.value)
    assert "nothing was imported" in str(rejected.value)
    assert _diabetic(store_engine) == diabetic  # not one diet label lost


def test_turkish_typo_suggests_the_turkish_header(store_engine: Engine, tmp_path: Path) -> None:
    path = _write(tmp_path / "liste.csv", TURKISH.replace("Diyet", "Diyt"))
    with pytest.raises(ImportRejectedError, match=r"header, Diyt: `Diyt`: did you mean `Diyet`\?"):
        _import(store_engine, path)
    with Session(store_engine) as s:
        assert s.scalar(select(func.count()).select_from(HouseholdRow)) == 0


def test_every_unknown_column_is_named_at_once_with_a_hint(
    store_engine: Engine, tmp_path: Path
) -> None:
    text = TURKISH.replace("Diyet", "Diyt").replace("Telefon", "Telefn")
    text = text.replace("Öğün,", "Öğün,Adres,", 1).replace("akşam,", "akşam,x,")
    path = _write(tmp_path / "liste.csv", text)
    with pytest.raises(ImportRejectedError) as rejected:
        _import(store_engine, path)
    by_column = {e.column: e.message for e in rejected.value.errors if e.row == 1}
    assert "did you mean `Diyet`?" in by_column["Diyt"]
    assert "did you mean `Telefon`?" in by_column["Telefn"]
    # nothing close: the known columns are listed, in the file's language
    assert "unknown column; the known columns are Referans, Ad Soyad, Telefon" in by_column["Adres"]
    assert "allow extra columns" in by_column["Adres"]


def test_header_problems_in_turkish_on_request(store_engine: Engine, tmp_path: Path) -> None:
    path = _write(tmp_path / "liste.csv", TURKISH.replace("Diyet", "Diyt"))
    with session_scope(store_engine) as s, pytest.raises(ImportRejectedError) as rejected:
        import_households(s, path, actor="test", lang="tr")
    assert "`Diyt`: bilinmeyen sütun; `Diyet` olabilir mi?" in str(rejected.value)


def test_extra_columns_are_imported_only_when_allowed(store_engine: Engine, tmp_path: Path) -> None:
    text = TURKISH.replace("Diyet\n", "Diyet,Ek Bilgi\n").replace("İK\n", "İK,x\n")
    path = _write(tmp_path / "liste.csv", text)
    with pytest.raises(ImportRejectedError, match="Ek Bilgi"):
        _import(store_engine, path)
    result = _import(store_engine, path, allow_extra_columns=True)
    assert (result.created, result.ignored_columns) == (2, ["Ek Bilgi"])
    assert _diabetic(store_engine) == 1


def test_unknown_diet_labels_are_named_with_row_and_column(
    store_engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    text = TURKISH.replace(",DİYABETİK\n", ',"DİYABETK, az tuzlu"\n').replace(
        "her gün,\n", "her gün,şekersiz\n"
    )
    path = _write(tmp_path / "liste.csv", text)
    with pytest.raises(ImportRejectedError) as rejected:
        _import(store_engine, path)
    problems = {(e.row, e.column): e.message for e in rejected.value.errors}
    assert set(problems) == {(2, "Diyet"), (3, "Diyet")}
    assert "1 unknown diet label(s): `DİYABETK`: did you mean `DİYABETİK`?" in problems[2, "Diyet"]
    assert "1 unknown diet label(s): `şekersiz`;" in problems[3, "Diyet"]
    assert "DİYABETK" not in caplog.text and "şekersiz" not in caplog.text  # never in the logs


def test_dates_iso_or_turkish_and_within_2000_to_2100(store_engine: Engine, tmp_path: Path) -> None:
    header = TURKISH.split("\n", 1)[0] + ",Başlangıç,Bitiş\n"
    good = _write(
        tmp_path / "iyi.csv",
        header + "T1,Ayşe Kaya,0532 123 45 67,Lale Sokak,3,40.08,29.51,akşam,her gün,,"
        "01.02.2026,2026-12-31\n",
    )
    _import(store_engine, good)
    with Session(store_engine) as s:
        household = repo.get_household(s, ref="T1")
    assert (str(household.start_date), str(household.end_date)) == ("2026-02-01", "2026-12-31")
    bad = _write(
        tmp_path / "kotu.csv",
        header + "T2,Ali Kaya,0532 123 45 68,Lale Sokak,4,40.08,29.51,akşam,her gün,,"
        "01.01.0001,31.12.2205\n",
    )
    with pytest.raises(ImportRejectedError) as rejected:
        _import(store_engine, bad)
    problems = {e.column: e.message for e in rejected.value.errors}
    assert "0001-01-01 is outside 2000-01-01..2100-12-31" in problems["Başlangıç"]
    assert "2205-12-31 is outside" in problems["Bitiş"]


def test_closest_header_suggestions() -> None:
    assert closest_header("Diyt") == "Diyet"
    assert closest_header("dietss") == "diets"
    assert closest_header("Telefn") == "Telefon"
    assert closest_header("longitud") == "Boylam"
    assert closest_header("longitud", "en") == "lon"
    assert closest_header("Adres") is None  # not close to anything: no misleading guess


def test_cli_import_refuses_a_typo_unless_extra_columns_are_allowed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    runner = CliRunner()
    path = _write(tmp_path / "liste.csv", TURKISH.replace("Diyet", "Diyt"))
    refused = runner.invoke(app, ["households", "import", str(path)], env={"DATABASE_URL": url})
    assert refused.exit_code == 1
    assert "header, Diyt: `Diyt`: did you mean `Diyet`?" in refused.stderr
    allowed = runner.invoke(
        app,
        ["households", "import", str(path), "--allow-extra-columns"],
        env={"DATABASE_URL": url},
    )
    assert allowed.exit_code == 0, allowed.output
    assert "2 created" in allowed.stdout and "columns not used: Diyt" in allowed.stdout
    export = runner.invoke(app, ["households", "export"], env={"DATABASE_URL": url})
    assert len(list(csv.DictReader(io.StringIO(export.stdout)))) == 2


def test_values_under_an_empty_header_reject_the_import(
    store_engine: Engine, tmp_path: Path
) -> None:
    path = _write(tmp_path / "liste.csv", TURKISH.replace("Diyet", ""))  # header cell deleted
    with pytest.raises(ImportRejectedError) as rejected:
        _import(store_engine, path)
    [error] = rejected.value.errors
    assert (error.row, error.column) == (1, "J")
    assert "column J has values but no header" in error.message
    result = _import(store_engine, path, allow_extra_columns=True)
    assert result.created == 2
