"""Page machinery for the route sheets: A4 geometry, type styles, small flowables, and a doc
template that knows which route each page belongs to (bookmarks, running header, "Sayfa i/n")."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from domain.lang import label
from sheets.fonts import FONT, FONT_BOLD

PAGE_W, PAGE_H = A4
MARGIN_X = 12 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 14 * mm
BODY_W = PAGE_W - 2 * MARGIN_X
INK = colors.black


def esc(text: str) -> str:
    """Escape text for ReportLab paragraph markup."""
    return escape(text, quote=False)


def _style(name: str, size: float, bold: bool = False, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=kw.pop("leading", size * 1.2),
        textColor=kw.pop("textColor", INK),
        **kw,
    )


class Styles:
    """Paragraph styles of the sheet, sizes in points: table text 10 pt or more, times 15 pt."""

    marker = _style("marker", 10, bold=True, textColor=colors.Color(0.3, 0.3, 0.3))
    driver = _style("driver", 20, bold=True, leading=24)
    shift = _style("shift", 14, bold=True, leading=17)
    date = _style("date", 12, leading=15)
    key = _style("key", 10, textColor=colors.Color(0.25, 0.25, 0.25))
    load = _style("load", 12, bold=True, leading=15)
    legend = _style("legend", 8.5, leading=10.5, textColor=colors.Color(0.25, 0.25, 0.25))
    value = _style("value", 11.5, bold=True)
    value_big = _style("value_big", 15, bold=True, leading=17)
    th = _style("th", 10, bold=True, textColor=colors.white, leading=11.5)
    th_center = _style(
        "th_center", 10, bold=True, textColor=colors.white, leading=11.5, alignment=TA_CENTER
    )
    seq = _style("seq", 15, bold=True, alignment=TA_CENTER, leading=18)
    time = _style("time", 15, bold=True, leading=18)
    name = _style("name", 13, bold=True, leading=15.5)
    address = _style("address", 10.5, leading=13)
    phone = _style("phone", 11, leading=13.5)
    meals = _style("meals", 12.5, bold=True, leading=15)
    diet = _style("diet", 10, bold=True, textColor=colors.white, leading=12)
    notes = _style("notes", 10.5, leading=13)
    trip = _style("trip", 11.5, bold=True, leading=14)
    foot = _style("foot", 11, leading=14)


class SectionStart(Flowable):
    """Zero-size mark where a route's section begins; the document reacts to it."""

    def __init__(self, index: int, title: str) -> None:
        super().__init__()
        self.index = index
        self.title = title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (0.0, 0.0)

    def draw(self) -> None:
        return None


class TickBox(Flowable):
    """An empty square for the driver's pen."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._offset = (availWidth - self.size) / 2
        return (availWidth, self.size)

    def draw(self) -> None:
        self.canv.setLineWidth(1.5)
        self.canv.setFillColor(colors.white)
        self.canv.rect(self._offset, 0, self.size, self.size, stroke=1, fill=1)


@dataclass(frozen=True, slots=True)
class SectionInfo:
    running_title: str
    footer: str


class SheetDoc(BaseDocTemplate):
    """Tracks which route section each page belongs to, for bookmarks, headers and footers."""

    def __init__(
        self, target: Any, sections: list[SectionInfo], sheet_lang: str, **kw: Any
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kw,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            BODY_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate("sheet", [frame], onPageEnd=self._running_header)])
        self.sections = sections
        self.sheet_lang = sheet_lang
        self.section_index = 0
        self.section_first_page = 1
        self.page_sections: list[int] = []  # the section of each finished page, in order

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab hook)
        if isinstance(flowable, SectionStart):
            self.section_index = flowable.index
            self.section_first_page = self.page
            key = f"route-{flowable.index}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.title, key, level=0)

    def _running_header(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.page_sections.append(self.section_index)
        if self.page > self.section_first_page:
            canv.saveState()
            canv.setFont(FONT_BOLD, 10)
            canv.setFillColor(INK)
            canv.drawString(
                MARGIN_X, PAGE_H - 10 * mm, self.sections[self.section_index].running_title
            )
            canv.restoreState()

    def draw_footer(self, canv: Canvas, section: int, page_no: int, pages: int) -> None:
        """Footer of one page: the route on the left, "Sayfa i/n" within the route on the right."""
        canv.saveState()
        canv.setFont(FONT, 8.5)
        canv.setFillColor(colors.Color(0.3, 0.3, 0.3))
        canv.drawString(MARGIN_X, 7 * mm, self.sections[section].footer)
        text = label("page", self.sheet_lang, i=page_no, n=pages)
        canv.drawRightString(PAGE_W - MARGIN_X, 7 * mm, text)
        canv.restoreState()


class FooterCanvas(Canvas):
    """Holds pages back until the end, so each footer can count the pages of its route."""

    def __init__(self, *args: Any, sheet_doc: SheetDoc, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._sheet_doc = sheet_doc
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab API)
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        sections = self._sheet_doc.page_sections
        pages = Counter(sections)
        for k, state in enumerate(self._held_pages):
            self.__dict__.update(state)
            section = sections[k]
            page_no = k - sections.index(section) + 1
            self._sheet_doc.draw_footer(self, section, page_no, pages[section])
            super().showPage()
        super().save()
