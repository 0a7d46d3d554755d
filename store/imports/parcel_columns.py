"""Columns of a parcel family spreadsheet, Turkish or English headers."""

from __future__ import annotations

from store.imports.spec import ColumnSpec

PARCEL_COLUMNS = ColumnSpec(
    columns={
        "ref": ("ref", "Referans", ("reference", "aile no", "kayit no", "code", "kod")),
        "name": ("name", "Ad Soyad", ("full name", "adi soyadi", "isim")),
        "phone": ("phone", "Telefon", ("tel", "telephone", "cep telefonu", "gsm")),
        "street": ("street", "Sokak", ("cadde sokak", "cadde", "address", "adres")),
        "house_number": ("house_number", "Kapı No", ("kapi numarasi", "no", "number")),
        "neighbourhood": ("neighbourhood", "Mahalle", ("neighborhood", "mah")),
        "building": ("building", "Bina", ("bina kodu", "block", "blok")),
        "floor": ("floor", "Kat", ("storey",)),
        "lift": ("lift", "Asansör", ("elevator", "asansor var")),
        "lat": ("lat", "Enlem", ("latitude",)),
        "lon": ("lon", "Boylam", ("lng", "longitude")),
        "persons": ("persons", "Hane Büyüklüğü", ("household size", "kisi sayisi", "kisi")),
        "cycle": ("cycle", "Dönem", ("siklik", "period")),
        "two_person": ("two_person", "İki Kişi", ("two person", "iki kisilik ekip", "crew of two")),
        "coeliac": ("coeliac", "Çölyak", ("celiac", "gluten free", "glutensiz")),
        "weekdays": ("weekdays", "Günler", ("days", "musait gunler", "available days")),
        "half_day": ("half_day", "Gün Yarısı", ("half day", "saat dilimi", "time of day")),
        "appointment": ("appointment", "Randevu", ("appointment window", "randevu saati")),
        "last_day": ("last_day", "Son Teslim", ("last delivery", "son teslim tarihi")),
        "notes": ("notes", "Notlar", ("note", "not", "aciklama")),
    },
    required=("ref", "name", "phone", "street", "lat", "lon", "persons", "weekdays"),
)
"""Coordinates are required: parcel families come from the intake record with a map point."""
