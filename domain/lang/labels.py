"""Every label shown to a person, Turkish (default) and English, and the formats around them.

Route sheets, driver pages, maps, the API and the CLI read their words here. Turkish upper-casing
goes through `domain.lang.turkish.upper()`: plain `str.upper()` turns "i" into "I", not "İ".
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from domain.clock import round_to_minute
from domain.lang.numbers import format_number

Lang = Literal["tr", "en"]
LANGS: tuple[Lang, ...] = ("tr", "en")

OSM_CREDIT = "© OpenStreetMap contributors"


class UnsupportedLanguageError(ValueError):
    """The requested language has no labels; the message lists the ones there are."""


_LABELS: dict[str, tuple[str, str]] = {
    # key: (Turkish, English)
    "section_title": ("ROTA KAĞIDI", "ROUTE SHEET"),
    "route": ("Rota", "Route"),
    "driver": ("Şoför", "Driver"),
    "van": ("Araç", "Van"),
    "shift": ("Öğün", "Shift"),
    "date": ("Tarih", "Date"),
    "departure": ("Mutfaktan çıkış", "Leave kitchen"),
    "return": ("Mutfağa dönüş", "Back at kitchen"),
    "stops": ("Durak", "Stops"),
    "meals_total": ("Yükle", "Load"),
    "portions": ("porsiyon", "meals"),
    "portion": ("porsiyon", "meal"),
    "driving": ("Sürüş", "Driving"),
    "longest_ride": ("En uzun taşıma", "Longest ride"),
    "limit": ("sınır", "limit"),
    "col_no": ("No", "No."),
    "col_time": ("Saat", "Time"),
    "col_household": ("Ad · Adres · Telefon", "Name · Address · Phone"),
    "col_handover": ("Verilecek", "Hand over"),
    "col_notes": ("Not", "Notes"),
    "delivered": ("Teslim edildi", "Delivered"),
    "not_home": ("Evde yok", "Not at home"),
    "trip": ("{n}. sefer", "Trip {n}"),
    "trips": ("{n} sefer", "{n} trips"),
    "map_numbers": ("numaralar durak sırası", "numbers show the stop order"),
    "map_trips": ("düz çizgi 1. sefer, kesikli 2. sefer", "solid line trip 1, dashed trip 2"),
    "trip_first": ("{n}. sefer — yükle: {load}", "Trip {n} — load {load}"),
    "trip_reload": (
        "{n}. sefer — mutfağa dön, yükle: {load}",
        "Trip {n} — back to the kitchen, load {load}",
    ),
    "continued": ("devam", "continued"),
    "page": ("Sayfa {i}/{n}", "Page {i} of {n}"),
    "phone": ("Tel", "Tel"),
    "call": ("Ara", "Call"),
    "navigate": ("Yol tarifi", "Navigate"),
    "google_maps": ("Google Haritalar", "Google Maps"),
    "osm": ("OpenStreetMap", "OpenStreetMap"),
    "kitchen": ("Mutfak", "Kitchen"),
    "map_title": ("Teslimat haritası", "Delivery map"),
    "unserved": ("Teslim edilemeyenler", "Unserved households"),
    "returned_at": ("Dönüş saati", "Returned at"),
    "signature": ("İmza", "Signature"),
    "no_stops": ("Bu rotada durak yok.", "This route has no stops."),
    "arrival": ("Varış", "Arrival"),
    "notes": ("Not", "Notes"),
    "hour_abbr": ("sa", "h"),
    "minute_abbr": ("dk", "min"),
    "driver_page_title": ("Rota", "Route"),
    # accounts: password policy, login throttling
    "password_too_short": (
        "Parola en az {n} karakter olmalı.",
        "The password must have at least {n} characters.",
    ),
    "password_too_long": (
        "Parola en çok {n} karakter olabilir.",
        "The password may have at most {n} characters.",
    ),
    "password_has_username": (
        "Parola kullanıcı adını içermemeli.",
        "The password must not contain the username.",
    ),
    "password_common": (
        "Bu parola çok yaygın, kolayca tahmin edilir; başka bir parola seçin (örneğin birkaç "
        "kelimelik bir cümle).",
        "This password is too common and easily guessed; choose another one (a phrase of "
        "several words, for example).",
    ),
    "password_predictable": (
        "Bu parola tahmin edilebilir: yaygın parolalardan, sıralı ya da tekrarlanan "
        "karakterlerden veya bir yıldan oluşuyor; başka bir parola seçin.",
        "This password is predictable: it is made of common passwords, runs of letters, digits "
        "or keys, repeated characters or a year; choose another one.",
    ),
    "login_throttled_account": (
        "Bu hesap için çok fazla hatalı giriş denemesi oldu; {seconds} saniye sonra yeniden "
        "deneyin ya da yöneticiden parolanızı sıfırlamasını isteyin.",
        "Too many failed logins for this account; try again in {seconds} seconds, or ask an "
        "admin to reset your password.",
    ),
    "login_throttled_address": (
        "Bu adresten çok fazla hatalı giriş denemesi oldu; {seconds} saniye sonra yeniden deneyin.",
        "Too many failed logins from this address; try again in {seconds} seconds.",
    ),
    "login_busy": (
        "Sunucu şu anda başka girişleri denetliyor; {seconds} saniye sonra yeniden deneyin.",
        "The server is busy checking other logins; try again in {seconds} seconds.",
    ),
}

_DIETS: dict[str, tuple[str, str]] = {
    "gluten_free": ("GLÜTENSİZ", "GLUTEN-FREE"),
    "diabetic": ("DİYABETİK", "DIABETIC"),
    "soft_food": ("YUMUŞAK", "SOFT FOOD"),
    "low_salt": ("AZ TUZLU", "LOW SALT"),
    "vegetarian": ("VEJETARYEN", "VEGETARIAN"),
}

_SHIFTS: dict[str, tuple[str, str]] = {
    "breakfast": ("Kahvaltı", "Breakfast"),
    "dinner": ("Akşam yemeği", "Dinner"),
}

_MONTHS_TR = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_WEEKDAYS_TR = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
_WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def check_lang(lang: str) -> Lang:
    """Return `lang` as a `Lang`, or raise naming the supported languages."""
    if lang == "tr":
        return "tr"
    if lang == "en":
        return "en"
    raise UnsupportedLanguageError(f"language {lang!r} is not supported; use one of {list(LANGS)}")


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if check_lang(lang) == "tr" else pair[1]


def label(key: str, lang: str = "tr", **fmt: object) -> str:
    """The label `key` in `lang`, with `{placeholders}` filled from `fmt`."""
    text = _pick(_LABELS[key], lang)
    return text.format(**fmt) if fmt else text


def diet_label(code: str, lang: str = "tr") -> str:
    """Printed label of a diet code, e.g. "gluten_free" → "GLÜTENSİZ"."""
    return _pick(_DIETS[code], lang)


def shift_name(shift: str, lang: str = "tr") -> str:
    """Shift name, e.g. "dinner" → "Akşam yemeği"."""
    return _pick(_SHIFTS[shift], lang)


def format_duration(seconds: float, lang: str = "tr") -> str:
    """A duration as "1 sa 25 dk" / "1 h 25 min" (minutes only under an hour)."""
    minutes = round_to_minute(seconds)
    h_abbr, m_abbr = label("hour_abbr", lang), label("minute_abbr", lang)
    if minutes < 60:
        return f"{minutes} {m_abbr}"
    return f"{minutes // 60} {h_abbr} {minutes % 60:02d} {m_abbr}"


def format_minutes(minutes: float, lang: str = "tr") -> str:
    """Whole minutes with the unit, e.g. "38 dk"."""
    return f"{round(minutes)} {label('minute_abbr', lang)}"


def format_km(distance_m: float, lang: str = "tr") -> str:
    """A distance in km with one decimal, Turkish decimal comma: "23,4 km", "1.234,5 km"."""
    return f"{format_number(distance_m / 1000, 1, check_lang(lang))} km"


def format_date(day: dt.date, lang: str = "tr") -> str:
    """Long date with weekday: "14 Mayıs 2025, Çarşamba" / "Wednesday 14 May 2025"."""
    if check_lang(lang) == "tr":
        return f"{day.day} {_MONTHS_TR[day.month - 1]} {day.year}, {_WEEKDAYS_TR[day.weekday()]}"
    return f"{_WEEKDAYS_EN[day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_date_short(day: dt.date, lang: str = "tr") -> str:
    """Short date: "14.05.2025" / "2025-05-14"."""
    return day.strftime("%d.%m.%Y") if check_lang(lang) == "tr" else day.isoformat()


def portions(meals: int, lang: str = "tr") -> str:
    """Meal count with its noun: "2 porsiyon" / "1 meal", "2 meals"."""
    return f"{meals} {label('portion' if meals == 1 else 'portions', lang)}"
