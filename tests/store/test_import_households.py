"""Household imports: the shipped sample, all-or-nothing rejection, idempotence, geocoding."""

from __future__ import annotations

import csv
import logging
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from domain.households import Diet, MealPlan
from geodata.geocode import StreetIndex
from geodata.settings import REPO_ROOT
from store.db import session_scope
from store.imports import ImportRejectedError, ImportResult, import_households
from store.models import AuditRow, HouseholdRow
from store.repositories import households as repo

SAMPLE_CSV = REPO_ROOT / "data" / "households-sample.csv"
SAMPLE_XLSX = REPO_ROOT / "data" / "households-sample.xlsx"


def _import(engine: Engine, path: Path, streets: StreetIndex | None = None) -> ImportResult:
    with session_scope(engine) as s:
        return import_households(s, path, actor="test", street_index=streets)


def _count(engine: Engine) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(HouseholdRow)) or 0


def _snapshot(engine: Engine) -> list[tuple[object, ...]]:
    with Session(engine) as s:
        rows = repo.list_household_rows(s, active_only=False)
        return [(r.ref, r.version, r.name, r.phone, r.notes, r.location.wkt) for r in rows]


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def test_shipped_sample_imports_cleanly_and_both_formats_agree(store_engine: Engine) -> None:
    result = _import(store_engine, SAMPLE_CSV)
    assert (result.created, result.updated, result.geocoded, result.flagged) == (494, 0, 0, [])
    assert _count(store_engine) == 494
    with Session(store_engine) as s:
        first = repo.get_household(s, ref="H0001")
    assert first.street and first.phone.startswith("+90 5") and 40.0 < first.lat < 40.2

    again = _import(store_engine, SAMPLE_XLSX)  # Turkish columns and values, same households
    assert (again.created, again.updated, again.unchanged) == (0, 0, 494)


def test_reimport_changes_nothing(store_engine: Engine) -> None:
    _import(store_engine, SAMPLE_CSV)
    before = _snapshot(store_engine)
    result = _import(store_engine, SAMPLE_CSV)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 494)
    assert _snapshot(store_engine) == before  # no version bumped either
    with Session(store_engine) as s:
        actions = s.scalars(select(AuditRow.action).where(AuditRow.entity_ref == "H0001")).all()
    assert actions == ["create"]


def test_one_bad_row_rejects_the_whole_import(store_engine: Engine, tmp_path: Path) -> None:
    _import(store_engine, SAMPLE_CSV)
    before = _snapshot(store_engine)
    with SAMPLE_CSV.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    rows[0]["notes"] = "a valid change to row 2 that must not be written"
    rows[99]["phone"] = "12345"  # spreadsheet row 101
    rows.append(dict(rows[5], ref="H9999"))  # a new, valid household: must not be created
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    with pytest.raises(ImportRejectedError) as rejected:
        _import(store_engine, bad)

    assert [(e.row, e.column) for e in rejected.value.errors] == [(101, "phone")]
    assert "row 101, phone: not a Turkish phone number" in str(rejected.value)
    assert "12345" not in str(rejected.value)  # personal values are not echoed
    assert _snapshot(store_engine) == before


def test_report_lists_every_bad_row_and_field(store_engine: Engine, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "haneler.csv",
        "Referans,Ad Soyad,Telefon,Sokak,Kapı No,Enlem,Boylam,Öğün,Günler,Diyet,Başlangıç,Bitiş\n"
        "H1,Ayşe Kaya,0532 123 45 67,Lale Sokak,3,40.08,29.51,akşam,her gün,,,\n"
        "H2,,0532 123 45 68,Lale Sokak,4,40.08,29.51,öğle,Pzt,,,\n"
        "H3,Ali Veli,0532 123 45 69,Lale Sokak,5,40.08,,kahvaltı,Pzt;Sal,şekersiz,,\n"
        "H4,Can Er,0532 123 45 70,Lale Sokak,6,29.51,40.08,kahvaltı,Pzt,,01.02.2025,01.01.2025\n"
        "H1,Ayşe Kaya,0532 123 45 67,Lale Sokak,3,40.08,29.51,akşam,Cuma-Pzt,,32.13.2025,\n",
    )
    with pytest.raises(ImportRejectedError) as rejected:
        _import(store_engine, path)
    assert [(e.row, e.column) for e in rejected.value.errors] == [
        (3, "Ad Soyad"),
        (3, "Öğün"),
        (4, "Diyet"),
        (5, ""),
        (6, "Başlangıç"),
        (6, "Referans"),
    ]
    text = str(rejected.value)
    assert "row 3, Ad Soyad: required" in text
    assert "unknown meal plan 'öğle'" in text
    # issue 11: an unknown diet label is named (to the dispatcher who sent the file, never to
    # the logs), so a typo cannot silently cost a client his diet
    assert "row 4, Diyet: 1 unknown diet label(s): `şekersiz`" in text
    assert _count(store_engine) == 0


def test_coordinates_and_date_problems_need_a_valid_row_first(
    store_engine: Engine, tmp_path: Path
) -> None:
    """Row-level checks (both coordinates, swapped lat/lon, date order, duplicates)."""
    path = _write(
        tmp_path / "h.csv",
        "ref,name,phone,street,lat,lon,meal_plan,service_days,start_date,end_date\n"
        "H1,A B,05321234567,Lale Sokak,40.08,,dinner,daily,,\n"
        "H2,A B,05321234567,Lale Sokak,29.51,40.08,dinner,daily,,\n"
        "H3,A B,05321234567,Lale Sokak,40.08,29.51,dinner,daily,2025-02-01,2025-01-01\n"
        "H3,A B,05321234567,Lale Sokak,40.08,29.51,dinner,daily,,\n",
    )
    with pytest.raises(ImportRejectedError) as rejected:
        _import(store_engine, path)
    messages = [(e.row, e.column, e.message) for e in rejected.value.errors]
    assert messages[0] == (2, "", "give both latitude and longitude, or neither (to geocode)")
    assert messages[1][0] == 3 and "swapped" in messages[1][2]
    assert messages[2] == (4, "", "end date is before start date")
    assert messages[3] == (5, "ref", "reference H3 repeats row 4")


def test_turkish_headers_values_casing_semicolons_and_windows_encoding(
    store_engine: Engine, tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "liste.csv",
        "REFERANS;ad soyad;TELEFON;SOKAK;KAPI NO;ENLEM;BOYLAM;ÖĞÜN;GÜNLER;DİYET;NOTLAR;BİTİŞ;Ek\n"
        "17;İSMAİL IŞIK;(0224) 713 00 00;Lale Sokak;12/A;40,0812;29,5123;HER İKİSİ;Pzt-Cum;"
        "DİYABETİK, az tuzlu;Zil çalışmıyor;31.12.2025;x\n"
        "18;Ayşe Kaya;+90 532 123 45 67;Lale Sokak;3;40,0812;29,5123;KAHVALTI;HAFTA SONU;"
        "YUMUŞAK;;;\n",
        encoding="cp1254",
    )
    with session_scope(store_engine) as s:  # "Ek" is no Sofra column: allowed explicitly
        result = import_households(s, path, actor="test", allow_extra_columns=True)
    assert (result.created, result.ignored_columns) == (2, ["Ek"])
    with Session(store_engine) as s:
        first = repo.get_household(s, ref="17")
        second = repo.get_household(s, ref="18")
    assert first.name == "İSMAİL IŞIK" and first.phone == "+90 224 713 00 00"
    assert (first.lat, first.lon, first.house_number) == (40.0812, 29.5123, "12/A")
    assert first.meal_plan is MealPlan.BOTH and first.service_days == frozenset(range(1, 6))
    assert first.diets == (Diet.DIABETIC, Diet.LOW_SALT)
    assert str(first.end_date) == "2025-12-31"
    assert second.meal_plan is MealPlan.BREAKFAST and second.service_days == {6, 7}
    assert second.diets == (Diet.SOFT_FOOD,)


def test_missing_required_column_is_reported_by_name(store_engine: Engine, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "h.csv", "ref,name,street,meal_plan,service_days\nH1,A,Lale Sokak,dinner,daily\n"
    )
    with pytest.raises(ImportRejectedError, match=r"header, Telefon \(or phone\): required column"):
        _import(store_engine, path)


ADDRESSES = (
    "Referans,Ad Soyad,Telefon,Sokak,Kapı No,Öğün,Günler\n"
    "A1,Ayşe Kaya,05321234567,İsmail Efendi Cad.,34,akşam,her gün\n"
    "A2,Ali Kaya,05321234568,MUSTAFA KEMAL BLV.,7,akşam,her gün\n"
    "A3,Can Kaya,05321234569,Kemalettin Sami Paşa Cadesi,2,akşam,her gün\n"
)


def test_rows_without_coordinates_are_geocoded_and_weak_matches_flagged(
    store_engine: Engine, tmp_path: Path, inegol_streets: StreetIndex
) -> None:
    path = _write(tmp_path / "adresler.csv", ADDRESSES)
    result = _import(store_engine, path, inegol_streets)
    assert (result.created, result.geocoded) == (3, 3)
    assert [(f.row, f.ref, f.method, f.matched_street) for f in result.flagged] == [
        (4, "A3", "fuzzy_street", "Kemalettin Sami Paşa Caddesi")
    ]
    with Session(store_engine) as s:
        placed = {r.ref: r for r in repo.list_household_rows(s)}
    assert (placed["A1"].location_source, placed["A1"].needs_review) == ("house_number", False)
    assert (placed["A2"].location_source, placed["A2"].geocode_confidence) == ("street", 0.75)
    assert (placed["A3"].location_source, placed["A3"].needs_review) == ("fuzzy_street", True)

    again = _import(store_engine, path, inegol_streets)
    assert (again.created, again.updated, again.unchanged, again.geocoded) == (0, 0, 3, 0)


def test_reimport_keeps_a_location_corrected_by_hand(
    store_engine: Engine, tmp_path: Path, inegol_streets: StreetIndex
) -> None:
    path = _write(tmp_path / "adresler.csv", ADDRESSES)
    _import(store_engine, path, inegol_streets)
    with session_scope(store_engine) as s:
        repo.update_household(s, ref="A3", actor="dispatcher", lat=40.0801, lon=29.5031)
    result = _import(store_engine, path, inegol_streets)
    assert (result.updated, result.flagged) == (0, [])
    with Session(store_engine) as s:
        moved = repo.get_household_row(s, ref="A3")
    assert (moved.location.y, moved.location.x, moved.location_source) == (
        40.0801,
        29.5031,
        "manual",
    )


def test_an_unknown_street_without_coordinates_rejects_the_file(
    store_engine: Engine, tmp_path: Path, inegol_streets: StreetIndex
) -> None:
    path = _write(
        tmp_path / "a.csv", ADDRESSES + "A4,Efe Kaya,05321234560,Olmayan Sokak,1,akşam,Pzt\n"
    )
    with pytest.raises(ImportRejectedError) as rejected:
        _import(store_engine, path, inegol_streets)
    assert [(e.row, e.column) for e in rejected.value.errors] == [(5, "Sokak")]
    assert "give Enlem (lat)/Boylam (lon)" in rejected.value.errors[0].message
    assert _count(store_engine) == 0


def test_dry_run_checks_and_counts_without_writing(session: Session) -> None:
    result = import_households(session, SAMPLE_CSV, actor="test", dry_run=True)
    assert result.created == 494
    assert session.scalar(select(func.count()).select_from(HouseholdRow)) == 0


def test_an_import_logs_counts_not_people(
    store_engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    path = _write(tmp_path / "a.csv", ADDRESSES.replace("Kemalettin Sami Paşa Cadesi", "Yok Sk"))
    with pytest.raises(ImportRejectedError):
        _import(store_engine, path)
    _import(store_engine, SAMPLE_CSV)
    with Session(store_engine) as s:
        people = repo.list_households(s)[:100]
    assert "household import: 494 created" in caplog.text
    for household in people:
        assert household.name not in caplog.text and household.phone not in caplog.text
    assert "Ayşe Kaya" not in caplog.text and "05321234567" not in caplog.text
