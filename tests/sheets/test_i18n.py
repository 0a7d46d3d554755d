"""Labels, Turkish casing and formats used on every sheet."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from demo.sheet_views import handmade_route
from domain.lang import (
    UnsupportedLanguageError,
    diet_label,
    format_date,
    format_duration,
    format_hhmm,
    format_km,
    label,
    shift_name,
    upper,
)
from sheets.view import DIET_CODES, ViewError, format_load


def test_turkish_upper_case_keeps_dotted_and_dotless_i() -> None:
    assert upper("istanbul ılıca ığdır") == "İSTANBUL ILICA IĞDIR"
    assert upper("şükrü çağlayan", "tr") == "ŞÜKRÜ ÇAĞLAYAN"
    assert upper("diabetic", "en") == "DIABETIC"


def test_every_diet_has_a_label_in_both_languages() -> None:
    tr = [diet_label(d, "tr") for d in DIET_CODES]
    en = [diet_label(d, "en") for d in DIET_CODES]
    assert tr == ["GLÜTENSİZ", "DİYABETİK", "YUMUŞAK", "AZ TUZLU", "VEJETARYEN"]
    assert en == ["GLUTEN-FREE", "DIABETIC", "SOFT FOOD", "LOW SALT", "VEGETARIAN"]
    # The printed labels are already in their language's upper case.
    assert all(upper(t, "tr") == t for t in tr)


def test_shift_names_and_tick_box_labels() -> None:
    assert shift_name("breakfast") == "Kahvaltı"
    assert shift_name("dinner") == "Akşam yemeği"
    assert shift_name("dinner", "en") == "Dinner"
    assert (label("delivered"), label("not_home")) == ("Teslim edildi", "Evde yok")
    assert (label("delivered", "en"), label("not_home", "en")) == ("Delivered", "Not at home")


def test_times_dates_and_distances() -> None:
    assert format_hhmm(7 * 3600 + 14 * 60 + 29) == "07:14"
    assert format_hhmm(7 * 3600 + 14 * 60 + 31) == "07:15"
    assert format_duration(85 * 60) == "1 sa 25 dk"
    assert format_duration(38 * 60, "en") == "38 min"
    assert format_km(23_449) == "23,4 km"
    assert format_km(23_449, "en") == "23.4 km"
    assert format_date(dt.date(2025, 5, 14)) == "14 Mayıs 2025, Çarşamba"
    assert format_date(dt.date(2025, 5, 14), "en") == "Wednesday 14 May 2025"


def test_load_counts_meals_per_diet() -> None:
    route = handmade_route()
    assert format_load(route.stops) == "4 porsiyon — GLÜTENSİZ 2 · DİYABETİK 2 · YUMUŞAK 1"
    assert format_load(route.stops[2:], "en") == "1 meal"


def test_unknown_language_is_refused_with_the_supported_ones() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"\['tr', 'en'\]"):
        label("delivered", "de")


def test_view_rejects_unknown_diet_shift_and_unsafe_colour() -> None:
    route = handmade_route()
    with pytest.raises(ViewError, match="unknown diet"):
        dataclasses.replace(route.stops[0], diets=("halal",))
    with pytest.raises(ViewError, match="shift"):
        dataclasses.replace(route, shift="lunch")  # type: ignore[arg-type]
    with pytest.raises(ViewError, match="colour"):
        dataclasses.replace(route, colour='red;"><script>')
    assert dataclasses.replace(route, colour="#0072B2").colour == "#0072B2"
