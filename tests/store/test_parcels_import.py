"""The parcel family import: Turkish and English headers, every bad row and field named, an
unknown column refused, nothing saved when anything is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy.orm import Session

from domain.parcels import Appointment, Cycle, HalfDay
from store.imports.parcel_families import import_parcel_families
from store.imports.report import ImportRejectedError
from store.repositories import parcels as repo

TR = (
    "Referans;Ad Soyad;Telefon;Sokak;Kapı No;Mahalle;Kat;Asansör;Enlem;Boylam;"
    "Hane Büyüklüğü;Dönem;Çölyak;Günler;Gün Yarısı;Randevu"
)
ROWS = [
    "A1;Ayşe Yılmaz;0532 111 22 33;Deneme Sokak;3;Cuma;3;hayır;40.072;29.502;"
    "5;aylık;evet;Pzt,Çar;sabah;10:30-12:00",
    "A2;Ali Kaya;0532 111 22 34;Deneme Sokak;5;Cuma;0;evet;40.073;29.503;"
    "3;iki haftada bir;hayır;hafta içi;tüm gün;",
]


def _csv(tmp_path: Path, header: str, rows: list[str], name: str = "aileler.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_turkish_csv_imports_every_field(session: Session, tmp_path: Path) -> None:
    result = import_parcel_families(session, _csv(tmp_path, TR, ROWS), actor="test")
    assert (result.created, result.updated, result.unchanged) == (2, 0, 0)
    a1, a2 = (repo.to_family(r) for r in repo.list_families(session))
    assert a1.persons == 5 and a1.coeliac and a1.needs_two_people
    assert a1.weekdays == frozenset({1, 3}) and a1.half_day is HalfDay.MORNING
    assert a1.appointment == Appointment("10:30", "12:00")
    assert a2.cycle is Cycle.BIWEEKLY and a2.weekdays == frozenset({1, 2, 3, 4, 5})
    again = import_parcel_families(session, _csv(tmp_path, TR, ROWS), actor="test")
    assert again.unchanged == 2


def test_english_xlsx_imports(session: Session, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        [
            "ref",
            "name",
            "phone",
            "street",
            "lat",
            "lon",
            "persons",
            "weekdays",
            "cycle",
            "two_person",
        ]
    )
    sheet.append(
        [
            "E1",
            "Can Demir",
            "05321112235",
            "Test Street",
            40.07,
            29.5,
            2,
            "Tue,Thu",
            "monthly",
            "yes",
        ]
    )
    path = tmp_path / "families.xlsx"
    book.save(path)
    result = import_parcel_families(session, path, actor="test")
    assert result.created == 1
    family = repo.to_family(repo.list_families(session)[0])
    assert family.weekdays == frozenset({2, 4}) and family.needs_two_people


def test_bad_rows_name_row_and_field_and_save_nothing(session: Session, tmp_path: Path) -> None:
    bad = [
        ROWS[0],
        "A2;Ali Kaya;12;Deneme Sokak;5;Cuma;0;evet;40.073;29.503;"
        "üç;haftalık;hayır;Pzx;tüm gün;12:00-10:00",
        ROWS[0].replace("A1;Ayşe", "A1;Ayşe2"),
    ]
    with pytest.raises(ImportRejectedError) as caught:
        import_parcel_families(session, _csv(tmp_path, TR, bad), actor="test")
    where = {(e.row, e.column) for e in caught.value.errors}
    assert {
        (3, "Telefon"),
        (3, "Hane Büyüklüğü"),
        (3, "Dönem"),
        (3, "Günler"),
        (3, "Randevu"),
    } <= where
    assert (4, "Referans") in where  # A1 repeats row 2
    assert repo.list_families(session) == []


def test_an_unknown_column_is_refused_with_a_suggestion(session: Session, tmp_path: Path) -> None:
    with pytest.raises(ImportRejectedError) as caught:
        import_parcel_families(
            session, _csv(tmp_path, TR.replace("Çölyak", "Çölyk"), ROWS), actor="test"
        )
    (error,) = caught.value.errors
    assert error.row == 1 and error.column == "Çölyk" and "Çölyak" in error.message
    assert repo.list_families(session) == []


def test_a_missing_required_column_is_refused(session: Session, tmp_path: Path) -> None:
    header = TR.replace(";Enlem;Boylam", "")
    rows = [r.replace(";40.072;29.502", "").replace(";40.073;29.503", "") for r in ROWS]
    with pytest.raises(ImportRejectedError) as caught:
        import_parcel_families(session, _csv(tmp_path, header, rows), actor="test")
    assert {e.column for e in caught.value.errors} == {"Enlem (or lat)", "Boylam (or lon)"}
