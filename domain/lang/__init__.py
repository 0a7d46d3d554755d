"""One language module: every label shown to a person, Turkish and English, and its formats."""

from domain.clock import format_hhmm
from domain.lang.labels import (
    LANGS,
    OSM_CREDIT,
    Lang,
    UnsupportedLanguageError,
    both_languages,
    check_lang,
    diet_label,
    format_date,
    format_date_short,
    format_duration,
    format_km,
    format_minutes,
    label,
    portions,
    shift_name,
)
from domain.lang.numbers import format_metres, format_number
from domain.lang.turkish import tr_lower, tr_upper, upper

__all__ = [
    "LANGS",
    "OSM_CREDIT",
    "Lang",
    "UnsupportedLanguageError",
    "both_languages",
    "check_lang",
    "diet_label",
    "format_date",
    "format_date_short",
    "format_duration",
    "format_hhmm",
    "format_km",
    "format_metres",
    "format_minutes",
    "format_number",
    "label",
    "portions",
    "shift_name",
    "tr_lower",
    "tr_upper",
    "upper",
]
