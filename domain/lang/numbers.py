"""Numbers as a person reads them: Turkish groups thousands with "." and uses "," for decimals."""

from __future__ import annotations


def format_number(value: float, decimals: int = 0, lang: str = "tr") -> str:
    """`value` with thousands grouped: 3134 → "3.134" (tr) / "3,134" (en); 2.5 → "2,5" (tr)."""
    text = f"{value:,.{decimals}f}"
    if lang == "tr":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_metres(distance_m: float, lang: str = "tr") -> str:
    """A distance in whole metres: "3.134 m"."""
    return f"{format_number(round(distance_m), 0, lang)} m"
