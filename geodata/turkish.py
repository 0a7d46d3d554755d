"""Turkish-aware casing and folding (str.lower() maps "I" to "i"; Turkish maps it to "ı")."""

from __future__ import annotations

import functools
import re
import unicodedata

_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_ASCII = str.maketrans(
    {"ı": "i", "ş": "s", "ğ": "g", "ü": "u", "ö": "o", "ç": "c", "â": "a", "î": "i", "û": "u"}
)
_SPACES = re.compile(r"\s+")


def tr_lower(text: str) -> str:
    """Lower-case with Turkish rules: "I" → "ı", "İ" → "i" ("DİYABETİK" → "diyabetik")."""
    return text.translate(_LOWER).lower()


def tr_upper(text: str) -> str:
    """Upper-case with Turkish rules: "i" → "İ", "ı" → "I" ("glütensiz" → "GLÜTENSİZ")."""
    return text.translate(_UPPER).upper()


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Comparison key: Turkish lower case, then plain ASCII letters and single spaces.

    Dotted and dotless i fold to "i", so "Ismail", "İsmail" and "ısmaıl" all compare equal; this is
    deliberate, because spreadsheets typed on non-Turkish keyboards lose the distinction.
    """
    lowered = tr_lower(text).translate(_ASCII)
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped).strip()
