"""What a parcel month prints: the calendar (CSV + chart), loading lists, route sheets (PDF).

Plain inputs only (domain families and vans, routing problems and solutions), so the
presentation never reaches into the planner. Loading order: the last stop's parcels go in
first, so the first stop's are by the door.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from domain.lang import format_date, format_duration, format_hhmm, label
from domain.parcels import Family, ParcelVan, Warehouse
from routing.model import Solution


@dataclass(frozen=True, slots=True)
class LoadingLine:
    """One family's parcels in a van's load, `order` 1 = into the van first."""

    vehicle_id: str
    trip: int
    order: int
    stop: int
    delivery_id: str
    family: Family

    @property
    def parcels(self) -> str:
        return " + ".join(p.code for p in self.family.parcels)


def loading_lines(solution: Solution, families: Mapping[str, Family]) -> list[LoadingLine]:
    """Every van's load, trip by trip, in loading order (last stop first)."""
    out = []
    for route in solution.routes:
        for t, trip in enumerate(route.trips, start=1):
            stops = list(enumerate(trip.visits, start=1))
            for order, (stop_no, visit) in enumerate(reversed(stops), start=1):
                out.append(
                    LoadingLine(
                        route.vehicle_id, t, order, stop_no, visit.stop_id, families[visit.stop_id]
                    )
                )
    return out


def parcel_names(family: Family, lang: str = "tr") -> str:
    """ "Büyük koli + Glütensiz koli"."""
    return " + ".join(label(f"parcel_{p.code}", lang) for p in family.parcels)


def write_loading_csv(path: Path, lines: Sequence[LoadingLine], lang: str = "tr") -> None:
    """The loading lists of a day as one CSV (one block per van and trip)."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                label("van", lang),
                label("col_trip", lang),
                label("col_load_order", lang),
                label("col_stop", lang),
                label("col_ref", lang),
                label("col_parcels", lang),
                label("col_weight", lang),
                label("col_volume", lang),
                label("two_person", lang),
            ]
        )
        for line in lines:
            f = line.family
            w.writerow(
                [
                    line.vehicle_id,
                    line.trip,
                    line.order,
                    line.stop,
                    line.delivery_id,
                    parcel_names(f, lang),
                    f.kg,
                    f.litres,
                    "x" if f.needs_two_people else "",
                ]
            )


CalendarRow = tuple[dt.date, str, int, int]
"""(day, neighbourhood, families, kg)."""


def write_calendar_csv(path: Path, rows: Sequence[CalendarRow], lang: str = "tr") -> None:
    """The month calendar: families and kilograms per day and neighbourhood."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                label("sum_day", lang),
                label("neighbourhood", lang),
                label("sum_families", lang),
                label("sum_kg", lang),
            ]
        )
        for day, hood, families, kg in rows:
            w.writerow([day.isoformat(), hood, families, kg])


def _value(row: CalendarRow, k: int) -> int:
    return row[2] if k == 2 else row[3]


def calendar_png(path: Path, rows: Sequence[CalendarRow], month: dt.date, lang: str = "tr") -> None:
    """Two stacked bar charts (families, kg per day) coloured by neighbourhood."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days = sorted({r[0] for r in rows})
    hoods = sorted({r[1] for r in rows})
    fig, axes = plt.subplots(2, 1, figsize=(11, 6.5), sharex=True)
    x = list(range(len(days)))
    for ax, k, title in ((axes[0], 2, "calendar_families"), (axes[1], 3, "calendar_kg")):
        bottom = [0] * len(days)
        for hood in hoods:
            values = [sum(_value(r, k) for r in rows if r[0] == d and r[1] == hood) for d in days]
            ax.bar(x, values, bottom=bottom, label=hood or "—")
            bottom = [b + v for b, v in zip(bottom, values, strict=True)]
        ax.set_ylabel(label(title, lang))
        ax.grid(axis="y", alpha=0.3)
    handles, names = axes[0].get_legend_handles_labels()
    fig.legend(handles, names, ncol=min(6, len(names)) or 1, fontsize=8, loc="lower center")
    axes[1].set_xticks(x, [d.strftime("%d") for d in days])
    fig.suptitle(label("month_title", lang, month=month.strftime("%Y-%m")))
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)


LOAD_COLUMNS_MM = (16, 19, 53, 64, 30)
"""Widths of the loading table (order, stop, family, parcels, weight): "Durak" in 10 pt bold
needs 19 mm with the cell padding, or it wraps ("Dura/k"); "Order" needs 16 mm."""
STOP_COLUMNS_MM = (14, 19, 68, 40, 45)
"""Widths of the stops table (no, time, family, parcels, notes); 182 mm of A4's 186."""


def render_parcel_sheets(
    path: Path,
    day: dt.date,
    solution: Solution,
    families: Mapping[str, Family],
    vans: Mapping[str, ParcelVan],
    warehouse: Warehouse,
    lang: str = "tr",
) -> None:
    """A4 sheets, one section per van and half day: crew, loading list, stops in order."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from sheets._pdf_page import Styles, esc
    from sheets.fonts import FONT, register_fonts

    register_fonts()
    story: list[Flowable] = []
    grid = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.2, 0.2, 0.2)),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    for route in solution.routes:
        van_id, half = route.vehicle_id.rsplit("-", 1)
        van = vans[van_id]
        crew = ", ".join(n for n in (van.driver, van.helper) if n)
        when = label("half_morning" if half == "am" else "half_afternoon", lang)
        story += [
            Paragraph(esc(label("parcel_sheet_title", lang)), Styles.marker),
            Paragraph(esc(f"{van.id} · {van.plate} · {van.model}"), Styles.driver),
            Paragraph(esc(f"{format_date(day, lang)} · {when}"), Styles.shift),
            Paragraph(esc(f"{label('crew', lang)}: {crew} ({van.crew})"), Styles.date),
            Paragraph(
                esc(
                    f"{label('warehouse', lang)}: {warehouse.name} · "
                    f"{label('driving', lang)}: {format_duration(route.driving_s, lang)}"
                ),
                Styles.key,
            ),
            Spacer(1, 3 * mm),
        ]
        for t, trip in enumerate(route.trips, start=1):
            fams = [families[v.stop_id] for v in trip.visits]
            story.append(
                Paragraph(
                    esc(
                        f"{label('trip', lang, n=t)} — {label('leave_warehouse', lang)} "
                        f"{format_hhmm(trip.departure_s)} · "
                        + label(
                            "load_line",
                            lang,
                            kg=sum(f.kg for f in fams),
                            litres=sum(f.litres for f in fams),
                            n=len(fams),
                        )
                    ),
                    Styles.trip,
                )
            )
            story.append(Paragraph(esc(label("loading_hint", lang)), Styles.legend))
            load_rows = [
                [
                    Paragraph(esc(label(k, lang)), Styles.th)
                    for k in (
                        "col_load_order",
                        "col_stop",
                        "col_family",
                        "col_parcels",
                        "col_weight",
                    )
                ]
            ]
            for order, (stop_no, f) in enumerate(reversed(list(enumerate(fams, start=1))), start=1):
                load_rows.append(
                    [
                        Paragraph(str(order), Styles.address),
                        Paragraph(f"<b>{stop_no}</b>", Styles.address),
                        Paragraph(esc(f.name), Styles.address),
                        Paragraph(esc(parcel_names(f, lang)), Styles.address),
                        Paragraph(f"{f.kg} kg · {f.litres} L", Styles.address),
                    ]
                )
            table = Table(load_rows, colWidths=[w * mm for w in LOAD_COLUMNS_MM], repeatRows=1)
            dense = TableStyle(grid.getCommands())
            dense.add("TOPPADDING", (0, 1), (-1, -1), 1)
            dense.add("BOTTOMPADDING", (0, 1), (-1, -1), 1)
            table.setStyle(dense)
            story += [table, Spacer(1, 3 * mm)]
            stop_rows = [
                [
                    Paragraph(esc(label(k, lang)), Styles.th)
                    for k in ("col_no", "col_time", "col_family", "col_parcels", "col_notes")
                ]
            ]
            for stop_no, (visit, f) in enumerate(zip(trip.visits, fams, strict=True), start=1):
                two = f"<b>{esc(label('two_person', lang))}</b><br/>" if f.needs_two_people else ""
                stop_rows.append(
                    [
                        Paragraph(str(stop_no), Styles.seq),
                        Paragraph(f"<b>{format_hhmm(visit.start_s)}</b>", Styles.trip),
                        Paragraph(
                            f"<b>{esc(f.name)}</b><br/>{esc(f.address)}, {esc(f.neighbourhood)}"
                            f"<br/>{esc(f.phone)}",
                            Styles.address,
                        ),
                        Paragraph(
                            f"{esc(parcel_names(f, lang))}<br/><b>{f.kg} kg</b>", Styles.address
                        ),
                        Paragraph(two + esc(f.notes), Styles.notes),
                    ]
                )
            table = Table(
                stop_rows,
                colWidths=[w * mm for w in STOP_COLUMNS_MM],
                repeatRows=1,
            )
            style = TableStyle(grid.getCommands())
            for r, f in enumerate(fams, start=1):
                if f.needs_two_people:
                    style.add("BACKGROUND", (0, r), (-1, r), colors.Color(1.0, 0.92, 0.75))
            table.setStyle(style)
            story += [table, Spacer(1, 2 * mm)]
            story.append(
                Paragraph(
                    esc(f"{label('back_at_warehouse', lang)}: {format_hhmm(trip.return_s)}"),
                    Styles.key,
                )
            )
            story.append(Spacer(1, 4 * mm))
        story.append(PageBreak())
    if not story:
        story.append(Paragraph(esc(label("no_stops", lang)), Styles.notes))
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm
    )
    doc.title = f"{label('parcel_sheet_title', lang)} {day.isoformat()}"
    doc.build(story)
