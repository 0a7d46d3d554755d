"""The parcel route sheet's one-word column headers fit their columns (no "Dura/k")."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from domain.lang import label
from sheets.fonts import FONT_BOLD, register_fonts
from sheets.parcel_outputs import LOAD_COLUMNS_MM, STOP_COLUMNS_MM

LOAD_HEADERS = ("col_load_order", "col_stop", "col_family", "col_parcels", "col_weight")
STOP_HEADERS = ("col_no", "col_time", "col_family", "col_parcels", "col_notes")
PADDING_PT = 12  # reportlab's table cells: 6 pt left and right
HEADER_PT = 10  # sheets._pdf_page.Styles.th


@pytest.mark.parametrize("lang", ["tr", "en"])
@pytest.mark.parametrize(
    ("keys", "widths"), [(LOAD_HEADERS, LOAD_COLUMNS_MM), (STOP_HEADERS, STOP_COLUMNS_MM)]
)
def test_one_word_headers_fit_their_column(
    lang: str, keys: tuple[str, ...], widths: tuple[int, ...]
) -> None:
    register_fonts()
    assert sum(widths) <= 186  # A4 less 12 mm margins
    for key, width in zip(keys, widths, strict=True):
        text = label(key, lang)
        if " " in text:
            continue  # several words may wrap between words
        need = stringWidth(text, FONT_BOLD, HEADER_PT) + PADDING_PT
        assert need <= width * mm, f"{text!r} needs {need / mm:.1f} mm, has {width} mm"
