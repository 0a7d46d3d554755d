"""Turkish-aware casing: `str.upper()` maps "i" to "I"; Turkish maps it to "İ" (and "ı" to "I").

Address matching keeps its own folding in `geodata.turkish` (geodata imports nothing of Sofra);
everything shown to a person is cased here.
"""

from __future__ import annotations

_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_UPPER = str.maketrans({"i": "İ", "ı": "I"})


def tr_lower(text: str) -> str:
    """Lower-case with Turkish rules: "I" → "ı", "İ" → "i" ("DİYABETİK" → "diyabetik")."""
    return text.translate(_LOWER).lower()


def tr_upper(text: str) -> str:
    """Upper-case with Turkish rules: "i" → "İ", "ı" → "I" ("glütensiz" → "GLÜTENSİZ")."""
    return text.translate(_UPPER).upper()


def upper(text: str, lang: str = "tr") -> str:
    """Upper-case `text` by the rules of `lang` (Turkish: i → İ, ı → I; English: plain)."""
    return tr_upper(text) if lang == "tr" else text.upper()
