"""Printable A4 route sheets: one section per driver, header and map, then the stops in order.

Each section starts on a new page with the marker `label("section_title")` ("ROTA KAĞIDI") and
a PDF bookmark; a long route flows on with the table header repeated and "Sayfa 2/3" footers.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from domain.lang import (
    check_lang,
    diet_label,
    format_date,
    format_date_short,
    format_duration,
    format_hhmm,
    format_km,
    format_minutes,
    label,
    portions,
    shift_name,
)
from sheets._pdf_page import (
    BODY_W,
    INK,
    FooterCanvas,
    SectionInfo,
    SectionStart,
    SheetDoc,
    Styles,
    TickBox,
    esc,
)
from sheets.fonts import register_fonts
from sheets.roads import RoadNetwork
from sheets.route_map import route_map_drawing
from sheets.view import KitchenView, LatLon, RouteView, StopView, ViewError, format_load

MAP_W = 100 * mm
MAP_H = 76 * mm
TICK_MM = 9
# no., time, household, hand over, notes, delivered, not at home — sums to BODY_W (186 mm)
COL_MM = (12, 20, 54, 32, 28, 20, 20)
HEADER_FILL = colors.Color(0.2, 0.2, 0.2)
ZEBRA_FILL = colors.Color(0.93, 0.93, 0.93)
TRIP_FILL = colors.Color(0.82, 0.82, 0.82)


def _info_table(route: RouteView, lang: str) -> Table:
    st = Styles
    stops = str(len(route.stops))
    if route.trip_count > 1:
        stops += f" · {label('trips', lang, n=route.trip_count)}"
    kv: list[tuple[str, Paragraph]] = [
        (label("van", lang), Paragraph(esc(route.van_id), st.value)),
        (label("departure", lang), Paragraph(format_hhmm(route.departure_s), st.value_big)),
        (label("return", lang), Paragraph(format_hhmm(route.return_s), st.value_big)),
        (label("stops", lang), Paragraph(esc(stops), st.value)),
        (
            label("driving", lang),
            Paragraph(
                f"{format_duration(route.driving_s, lang)} · {format_km(route.distance_m, lang)}",
                st.value,
            ),
        ),
    ]
    if route.ride_limit_min is not None:
        kv.append(
            (
                label("longest_ride", lang),
                Paragraph(
                    f"{format_minutes(route.max_ride_min, lang)} "
                    f"({label('limit', lang)} {format_minutes(route.ride_limit_min, lang)})",
                    st.value,
                ),
            )
        )
    info = Table([[Paragraph(esc(k), st.key), v] for k, v in kv], colWidths=[30 * mm, None])
    info.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.Color(0.75, 0.75, 0.75)),
            ]
        )
    )
    return info


def _map_legend(route: RouteView, lang: str) -> Paragraph:
    parts = [
        f"<b>{esc(label('kitchen', lang)[0])}</b> = {esc(label('kitchen', lang))}",
        esc(label("map_numbers", lang)),
    ]
    if route.trip_count > 1:
        parts.append(esc(label("map_trips", lang)))
    return Paragraph(" · ".join(parts), Styles.legend)


def _header(route: RouteView, route_map: Flowable, lang: str) -> list[Flowable]:
    st = Styles
    left = [
        Paragraph(f"{esc(label('section_title', lang))} · {esc(route.route_id)}", st.marker),
        Paragraph(esc(route.driver_name), st.driver),
        Paragraph(esc(shift_name(route.shift, lang)), st.shift),
        Paragraph(esc(format_date(route.date, lang)), st.date),
        Spacer(1, 2 * mm),
        _info_table(route, lang),
    ]
    right = [
        route_map,
        Spacer(1, 1),
        _map_legend(route, lang),
    ]
    outer = Table([[left, right]], colWidths=[BODY_W - MAP_W, MAP_W])
    outer.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    load = Table(
        [
            [
                Paragraph(
                    f"{esc(label('meals_total', lang))}: {esc(format_load(route.stops, lang))}",
                    st.load,
                )
            ]
        ],
        colWidths=[BODY_W],
    )
    load.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [outer, Spacer(1, 3 * mm), load]


def _handover(stop: StopView, lang: str) -> list[Flowable]:
    cells: list[Flowable] = [Paragraph(esc(portions(stop.meals, lang)), Styles.meals)]
    if stop.diets:
        chips = Table(
            [[Paragraph(esc(diet_label(d, lang)), Styles.diet)] for d in stop.diets], hAlign="LEFT"
        )
        chips.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.black),
                    ("LINEBELOW", (0, 0), (-1, -2), 1.5, colors.white),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        cells += [Spacer(1, 1.5), chips]
    return cells


def _stop_row(stop: StopView, lang: str) -> list[Any]:
    st = Styles
    household: list[Flowable] = [
        Paragraph(esc(stop.name), st.name),
        Paragraph(esc(stop.address), st.address),
    ]
    if stop.phone:
        household.append(Paragraph(f"{label('phone', lang)} <b>{esc(stop.phone)}</b>", st.phone))
    return [
        Paragraph(str(stop.seq), st.seq),
        Paragraph(format_hhmm(stop.arrival_s), st.time),
        household,
        _handover(stop, lang),
        Paragraph(esc(stop.notes), st.notes),
        TickBox(TICK_MM * mm),
        TickBox(TICK_MM * mm),
    ]


def _stop_table(route: RouteView, lang: str) -> Table:
    st = Styles
    head = [
        Paragraph(esc(label(k, lang)), st.th)
        for k in ("col_no", "col_time", "col_household", "col_handover", "col_notes")
    ]
    head += [Paragraph(esc(label(k, lang)), st.th_center) for k in ("delivered", "not_home")]
    rows: list[list[Any]] = [head]
    style: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.Color(0.45, 0.45, 0.45)),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBEFORE", (5, 0), (5, -1), 0.6, colors.Color(0.45, 0.45, 0.45)),
        ("LEFTPADDING", (5, 0), (6, 0), 1),
        ("RIGHTPADDING", (5, 0), (6, 0), 1),
    ]
    multi_trip = route.trip_count > 1
    for trip_no, trip_stops in groupby(route.stops, key=lambda s: s.trip_no):
        stops = list(trip_stops)
        if multi_trip:
            key = "trip_first" if rows == [head] else "trip_reload"
            text = label(key, lang, n=trip_no, load=format_load(stops, lang))
            rows.append([Paragraph(esc(text), st.trip), "", "", "", "", "", ""])
            r = len(rows) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), TRIP_FILL)]
        for stop in stops:
            rows.append(_stop_row(stop, lang))
            if stop.seq % 2 == 0:
                style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), ZEBRA_FILL))
    table = Table(rows, colWidths=[w * mm for w in COL_MM], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _sign_off(lang: str) -> Table:
    blank = "_" * 18
    t = Table(
        [
            [
                Paragraph(f"{esc(label('returned_at', lang))}: {blank}", Styles.foot),
                Paragraph(f"{esc(label('signature', lang))}: {blank}", Styles.foot),
            ]
        ],
        colWidths=[BODY_W / 2, BODY_W / 2],
    )
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def _section(index: int, route: RouteView, route_map: Flowable, lang: str) -> list[Flowable]:
    title = f"{route.route_id} · {route.driver_name} · {shift_name(route.shift, lang)}"
    story: list[Flowable] = [] if index == 0 else [PageBreak()]
    story += [
        SectionStart(index, title),
        *_header(route, route_map, lang),
        Spacer(1, 3 * mm),
    ]
    if route.stops:
        story.append(_stop_table(route, lang))
    else:
        story.append(Paragraph(esc(label("no_stops", lang)), Styles.name))
    story += [Spacer(1, 8 * mm), _sign_off(lang)]
    return story


def _section_info(route: RouteView, lang: str) -> SectionInfo:
    when = f"{shift_name(route.shift, lang)} {format_date_short(route.date, lang)}"
    return SectionInfo(
        running_title=(
            f"{route.route_id} · {route.driver_name} · {when} ({label('continued', lang)})"
        ),
        footer=f"Sofra · {label('route', lang)} {route.route_id} · {route.driver_name} · {when}",
    )


def _document_title(routes: Sequence[RouteView], lang: str) -> str:
    shifts = " + ".join(shift_name(s, lang) for s in dict.fromkeys(r.shift for r in routes))
    days = ", ".join(format_date_short(d, lang) for d in sorted({r.date for r in routes}))
    return f"Sofra — {label('section_title', lang).title()} — {shifts} {days}"


def render_route_sheets(
    routes: list[RouteView],
    kitchen: KitchenView,
    out_path: str | Path,
    lang: str = "tr",
    *,
    road_lines: Sequence[Sequence[LatLon]] = (),
) -> None:
    """Write the A4 route sheet PDF for `routes` to `out_path`, one section per route.

    `road_lines` (optional, (lat, lon) polylines) draws the streets around each route on its map.
    """
    lang = check_lang(lang)
    if not routes:
        raise ViewError("no routes to print; pass at least one RouteView to render_route_sheets")
    register_fonts()
    sections = [_section_info(r, lang) for r in routes]
    meta = {
        "title": _document_title(routes, lang),
        "author": "Sofra",
        "creator": "Sofra",
        "subject": label("section_title", lang),
        "lang": lang,
        "displayDocTitle": True,
        "invariant": True,
    }

    network = RoadNetwork(road_lines) if road_lines else None
    story: list[Flowable] = []
    for i, route in enumerate(routes):
        route_map = route_map_drawing(route, kitchen, MAP_W, MAP_H, network, lang)
        story += _section(i, route, route_map, lang)
    doc = SheetDoc(str(out_path), sections, lang, **meta)
    doc.build(story, canvasmaker=partial(FooterCanvas, sheet_doc=doc))
