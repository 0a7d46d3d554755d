"""Spreadsheet columns: Turkish or English headers → the fields of a household."""

from __future__ import annotations

import difflib
import re

from geodata.turkish import fold

# field: (English header, Turkish header, other accepted spellings). The first two are what
# Sofra writes; matching ignores case, Turkish letters, spaces, dots and underscores.
COLUMNS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "ref": ("ref", "Referans", ("reference", "referans no", "kayit no", "ref no")),
    "name": ("name", "Ad Soyad", ("full name", "adi soyadi", "ad soyadi", "isim")),
    "phone": ("phone", "Telefon", ("tel", "telephone", "cep telefonu", "gsm")),
    "street": ("street", "Sokak", ("cadde sokak", "sokak cadde", "cadde", "street name")),
    "house_number": ("house_number", "Kapı No", ("kapi numarasi", "bina no", "no", "number")),
    "neighbourhood": ("neighbourhood", "Mahalle", ("neighborhood", "mah")),
    "lat": ("lat", "Enlem", ("latitude",)),
    "lon": ("lon", "Boylam", ("lng", "longitude")),
    "meal_plan": ("meal_plan", "Öğün", ("meal", "meals", "ogunler")),
    "service_days": ("service_days", "Günler", ("days", "teslim gunleri", "gun")),
    "diets": ("diets", "Diyet", ("diet", "diyetler")),
    "notes": ("notes", "Notlar", ("note", "not", "aciklama")),
    "portions": ("portions", "Porsiyon", ("portion", "adet")),
    "required_skills": ("required_skills", "Beceriler", ("skills", "gereken beceriler")),
    "start_date": ("start_date", "Başlangıç", ("start", "baslangic tarihi")),
    "end_date": ("end_date", "Bitiş", ("end", "bitis tarihi")),
}
REQUIRED = ("ref", "name", "phone", "street", "meal_plan", "service_days")

_SEPARATORS = re.compile(r"[\s._/-]+")


def _key(header: str) -> str:
    return _SEPARATORS.sub(" ", fold(header)).strip()


_BY_KEY: dict[str, str] = {}
for _field, (_en, _tr, _others) in COLUMNS.items():
    for _spelling in (_field, _en, _tr, *_others):
        _BY_KEY[_key(_spelling)] = _field


def field_of(header: str) -> str | None:
    """The household field a header names ("KAPI NO" → "house_number"), or None."""
    return _BY_KEY.get(_key(header))


def header_of(field: str, lang: str) -> str:
    """The header Sofra writes for `field` in "en" or "tr"."""
    en, tr, _ = COLUMNS[field]
    return tr if lang == "tr" else en


SUGGEST_CUTOFF = 0.75
"""How alike a header must be to a known spelling to be suggested (difflib's ratio)."""


def closest_header(header: str, lang: str = "tr") -> str | None:
    """The known header a misspelt one most resembles ("Diyt" → "Diyet", "dietss" → "diets"),
    as Sofra writes it: in English when it resembles the English header, in Turkish when the
    Turkish one, else in `lang` (the file's language); None when nothing is close."""
    match = difflib.get_close_matches(_key(header), _BY_KEY, n=1, cutoff=SUGGEST_CUTOFF)
    if not match:
        return None
    field = _BY_KEY[match[0]]
    en, tr, _ = COLUMNS[field]
    if match[0] in (_key(en), _key(field)):
        return en
    if match[0] == _key(tr):
        return tr
    return header_of(field, lang)


def header_language(headers: list[str]) -> str:
    """ "en" when more of a file's headers are Sofra's English ones than its Turkish, else "tr"."""
    english = sum(1 for h in headers if (f := field_of(h)) and _key(h) == _key(COLUMNS[f][0]))
    turkish = sum(1 for h in headers if (f := field_of(h)) and _key(h) == _key(COLUMNS[f][1]))
    return "en" if english > turkish else "tr"
