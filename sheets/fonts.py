"""Embed DejaVu Sans in ReportLab so İ ı ğ ş ç ö ü print; the TTFs come with matplotlib."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import matplotlib
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}


class FontNotFoundError(FileNotFoundError):
    """DejaVu Sans is missing from matplotlib's data directory."""


def font_dir() -> Path:
    """matplotlib's bundled TrueType folder, which holds DejaVu Sans."""
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique) once; return the family name for styles."""
    for name, filename in _FILES.items():
        path = font_dir() / filename
        if not path.is_file():
            raise FontNotFoundError(
                f"{path} not found; reinstall matplotlib (it ships DejaVu Sans) "
                "to print route sheets"
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # So <b> and <i> in Paragraph markup pick the embedded faces, not Helvetica.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, "DejaVuSans-Oblique")
    addMapping(FONT, 1, 1, "DejaVuSans-BoldOblique")
    return FONT
