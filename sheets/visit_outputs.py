"""What a visit team takes along: the day sheet (PDF, A4) and the phone page (HTML).

Plain inputs only (`TeamDaySheet`: the team, the office and the day's stops as domain visits
with the engine's times), so the presentation never reaches into the planner or the store.
The sheet lists the visits in order with arrival, appointment, what to do, the person,
address, phone and notes, the lunch break at the office, and tick boxes for the outcome. The
phone page has call and directions links and one button per outcome (done, not at home,
refused, needs follow-up); served by the API it loads `visits.js`, which records the outcome
with the team member's login.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from domain.clock import format_hhmm
from domain.lang import OSM_CREDIT, check_lang, format_date, format_duration, label
from domain.lang.visits_labels import visit_word
from domain.visits import OUTCOMES, Office, Team, Visit
from routing.model import Solution
from sheets.driver_page import nav_links, tel_href

ACCENT = "#2e6b3a"


@dataclass(frozen=True, slots=True)
class SheetStop:
    """One visit of the day: its order, half day ("am"/"pm"), planned times (s since
    midnight), the visit, and its status (a recorded outcome or "planned")."""

    seq: int
    half: str
    arrival_s: int
    start_s: int
    departure_s: int
    visit: Visit
    status: str = "planned"
    record_id: int | None = None


@dataclass(frozen=True, slots=True)
class TeamDaySheet:
    """A team's day: who, which car, the office, the stops in order, driving (s)."""

    day: dt.date
    team: Team
    office: Office
    stops: tuple[SheetStop, ...]
    driving_s: int = 0


def _what(visit: Visit, lang: str) -> str:
    """What to do: the kind, its minutes, and the skills it needs."""
    needs = sorted(visit.required_skills)
    extra = f" · {', '.join(visit_word('skill', s, lang) for s in needs)}" if needs else ""
    minutes = f"{visit.duration_min} {label('minute_abbr', lang)}"
    return f"{visit_word('kind', visit.kind.code, lang)} ({minutes}){extra}"


def _window(visit: Visit) -> str:
    if visit.appointment is None:
        return ""
    return f"{visit.appointment.start}–{visit.appointment.end}"


def _staff_line(team: Team, lang: str) -> str:
    parts = []
    for m in team.staff:
        skills = ", ".join(visit_word("skill", s, lang) for s in sorted(m.skills))
        parts.append(f"{m.name} ({skills})" if skills else m.name)
    return ", ".join(parts)


def render_team_day_pdf(
    sheets: Sequence[TeamDaySheet], lang: str = "tr", path: Path | None = None
) -> bytes:
    """A4 day sheets, one section per team (a page break between): the PDF's bytes, also
    written to `path` when given."""
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

    lang = check_lang(lang)
    register_fonts()
    story: list[Flowable] = []
    grid = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.18, 0.42, 0.23)),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    for k, sheet in enumerate(sheets):
        team = sheet.team
        if k:
            story.append(PageBreak())
        story += [
            Paragraph(esc(label("visit_sheet_title", lang)), Styles.marker),
            Paragraph(esc(f"{team.name} ({team.code})"), Styles.driver),
            Paragraph(esc(format_date(sheet.day, lang)), Styles.shift),
            Paragraph(esc(f"{label('visit_staff', lang)}: {_staff_line(team, lang)}"), Styles.date),
            Paragraph(
                esc(
                    f"{label('visit_car', lang)}: {team.car_plate or '—'} · "
                    f"{label('visit_hours', lang)}: {team.starts}–{team.ends} · "
                    f"{label('visit_lunch', lang)}: {team.lunch_starts}–{team.lunch_ends} · "
                    f"{label('visit_driving', lang)}: {format_duration(sheet.driving_s, lang)}"
                ),
                Styles.key,
            ),
            Paragraph(esc(f"{sheet.office.name} · {sheet.office.address}"), Styles.key),
            Spacer(1, 3 * mm),
        ]
        if not sheet.stops:
            story.append(Paragraph(esc(label("visit_no_visits", lang)), Styles.notes))
            continue
        heads = ("#", "visit_arrival", "visit_person", "visit_what", "visit_notes", "visit_outcome")
        rows: list[list[Flowable]] = [
            [Paragraph(esc(h if h == "#" else label(h, lang)), Styles.th) for h in heads]
        ]
        lunch_row: int | None = None
        for stop in sheet.stops:
            if stop.half == "pm" and lunch_row is None:
                lunch_row = len(rows)
                text = f"{label('visit_lunch', lang)} {team.lunch_starts}–{team.lunch_ends}"
                rows.append([Paragraph("", Styles.seq), Paragraph(esc(text), Styles.trip)])
            v = stop.visit
            window = _window(v)
            when = f"<b>{format_hhmm(stop.arrival_s)}</b>"
            if window:
                when += f"<br/>{esc(label('visit_window', lang))}<br/><b>{esc(window)}</b>"
            outcomes = "<br/>".join(
                ("■ " if stop.status == o.value else "□ ")
                + esc(visit_word("status", o.value, lang))
                for o in OUTCOMES
            )
            rows.append(
                [
                    Paragraph(str(stop.seq), Styles.seq),
                    Paragraph(when, Styles.address),
                    Paragraph(
                        f"<b>{esc(v.name)}</b><br/>{esc(v.address)}"
                        + (f", {esc(v.neighbourhood)}" if v.neighbourhood else "")
                        + f"<br/>{esc(v.phone)}",
                        Styles.address,
                    ),
                    Paragraph(esc(_what(v, lang)), Styles.address),
                    Paragraph(esc(v.notes), Styles.notes),
                    Paragraph(outcomes, Styles.legend),
                ]
            )
        table = Table(
            rows, colWidths=[10 * mm, 21 * mm, 56 * mm, 37 * mm, 34 * mm, 28 * mm], repeatRows=1
        )
        style = TableStyle(grid.getCommands())
        if lunch_row is not None:
            style.add("SPAN", (1, lunch_row), (-1, lunch_row))
            style.add("BACKGROUND", (0, lunch_row), (-1, lunch_row), colors.Color(0.9, 0.9, 0.9))
        table.setStyle(style)
        story += [table, Spacer(1, 3 * mm)]
        last = format_hhmm(max(s.departure_s for s in sheet.stops))
        story.append(
            Paragraph(
                esc(
                    f"{label('visit_count', lang, n=len(sheet.stops))} · "
                    f"{label('visit_last_ends', lang)}: {last} · "
                    f"{label('visit_hours', lang)}: {team.ends}"
                ),
                Styles.key,
            )
        )
    if not story:
        story.append(Paragraph(esc(label("visit_no_visits", lang)), Styles.notes))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm
    )
    day = sheets[0].day.isoformat() if sheets else ""
    doc.title = f"{label('visit_sheet_title', lang)} {day}"
    doc.build(story)
    data = buffer.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


_CSS = """
*{box-sizing:border-box}
body{margin:0;font:18px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
 color:#111;background:#f2f2f2}
header{background:#fff;border-top:8px solid var(--accent);padding:14px 16px 10px}
h1{font-size:1.5rem;margin:0 0 2px}
.sub{margin:0;color:#333}
ol{list-style:none;margin:0;padding:8px}
li{background:#fff;margin:0 0 10px;padding:12px 14px;border-left:6px solid var(--accent);
 border-radius:6px}
li.lunch{background:#ddd;border-left-color:#111;font-weight:700}
.head{display:flex;align-items:baseline;gap:12px;flex-wrap:wrap}
.seq{display:inline-block;min-width:2em;padding:2px 6px;border-radius:1em;text-align:center;
 background:var(--accent);color:#fff;font-weight:700}
.time{font-size:1.5rem;font-weight:700}
.name{font-size:1.3rem;font-weight:700}
.what{margin:6px 0;font-weight:700}
.window{font-weight:700;color:#8a1c1c}
.notes{margin:6px 0;padding:6px 8px;background:#fff6d6;border-radius:4px}
.actions,.outcomes{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:48px;
 min-width:48px;padding:10px 16px;border-radius:8px;border:2px solid var(--accent);
 color:var(--accent);background:#fff;font-weight:700;text-decoration:none;font-size:1rem}
.btn.primary{background:var(--accent);color:#fff}
.btn[aria-pressed=true]{background:#111;color:#fff;border-color:#111}
.status{font-weight:700}
footer{padding:12px 16px 28px;color:#555;font-size:.85rem}
"""


def _links(visit: Visit, lang: str) -> str:
    out = []
    if visit.phone.strip():
        href = escape(tel_href(visit.phone))
        text = escape(f"{label('visit_call', lang)} {visit.phone}")
        out.append(f'<a class="btn primary" href="{href}">{text}</a>')
    text, href, _primary = nav_links(visit.lat, visit.lon, lang)[0]
    out.append(f'<a class="btn" href="{escape(href)}">{escape(label("visit_navigate", lang))}</a>')
    return f'<div class="actions">{"".join(out)}</div>'


def _outcome_buttons(stop: SheetStop, lang: str) -> str:
    ident = stop.record_id if stop.record_id is not None else stop.visit.id
    buttons = "".join(
        f'<button type="button" class="btn outcome" data-visit="{escape(str(ident))}" '
        f'data-status="{o.value}" aria-pressed="{"true" if stop.status == o.value else "false"}">'
        f"{escape(visit_word('status', o.value, lang))}</button>"
        for o in OUTCOMES
    )
    return f'<div class="outcomes">{buttons}</div>'


def _stop_item(stop: SheetStop, lang: str) -> str:
    v = stop.visit
    window = _window(v)
    window_html = (
        f' <span class="window">{escape(label("visit_window", lang))} {escape(window)}</span>'
        if window
        else ""
    )
    notes = f'<p class="notes">{escape(v.notes)}</p>' if v.notes.strip() else ""
    status = escape(visit_word("status", stop.status, lang))
    return (
        f'<li class="stop" id="visit-{escape(str(v.id))}">'
        f'<div class="head"><span class="seq">{stop.seq}</span>'
        f'<span class="time">{format_hhmm(stop.arrival_s)}</span>'
        f'<span class="name">{escape(v.name)}</span>{window_html}</div>'
        f"<p>{escape(v.address)}</p>"
        f'<p class="what">{escape(_what(v, lang))}</p>{notes}'
        f'<p class="status">{escape(label("visit_outcome", lang))}: {status}</p>'
        f"{_links(v, lang)}{_outcome_buttons(stop, lang)}</li>"
    )


def render_team_day_page(sheet: TeamDaySheet, lang: str = "tr", script: str | None = None) -> str:
    """The team's day as one mobile-friendly HTML page; `script` (a same-origin URL) wires the
    outcome buttons when the API serves it."""
    lang = check_lang(lang)
    team = sheet.team
    items = []
    lunch_done = False
    for stop in sheet.stops:
        if stop.half == "pm" and not lunch_done:
            text = f"{label('visit_lunch', lang)} {team.lunch_starts}–{team.lunch_ends}"
            items.append(f'<li class="lunch">{escape(text)}</li>')
            lunch_done = True
        items.append(_stop_item(stop, lang))
    if not items:
        items.append(f"<li>{escape(label('visit_no_visits', lang))}</li>")
    title = label("visit_phone_title", lang, team=team.name, date=format_date(sheet.day, lang))
    sub = (
        f"{_staff_line(team, lang)} · {team.car_plate} · "
        f"{label('visit_count', lang, n=len(sheet.stops))}"
    )
    tag = f'<script src="{escape(script)}"></script>' if script else ""
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{escape(title)}</title>
<style>:root{{--accent:{ACCENT}}}{_CSS}</style>
</head>
<body data-visit-phone="{escape(lang)}">
<header>
<h1>{escape(title)}</h1>
<p class="sub">{escape(sub)}</p>
</header>
<main>
<ol class="stops">
{"".join(items)}
</ol>
</main>
<footer>Sofra · {escape(OSM_CREDIT)}</footer>
{tag}
</body>
</html>
"""


def sheet_from_solution(
    day: dt.date,
    team: Team,
    office: Office,
    solution: Solution,
    visits: Mapping[str, Visit],
    statuses: Mapping[str, str] | None = None,
) -> TeamDaySheet:
    """The sheet of one routed team-day (the engine's solution, half-day vehicles
    "<team>-am"/"<team>-pm")."""
    stops = []
    timed = sorted(
        (v.arrival_s, r.vehicle_id.rsplit("-", 1)[1], v)
        for r in solution.routes
        for t in r.trips
        for v in t.visits
    )
    for seq, (_arrival, half, v) in enumerate(timed, start=1):
        stops.append(
            SheetStop(
                seq,
                half,
                v.arrival_s,
                v.start_s,
                v.departure_s,
                visits[v.stop_id],
                (statuses or {}).get(v.stop_id, "planned"),
            )
        )
    return TeamDaySheet(day, team, office, tuple(stops), solution.driving_s)


def sheet_from_stops(
    day: dt.date,
    team: Team,
    office: Office,
    stops: Sequence[Mapping[str, Any]],
    visits: Mapping[int, Visit],
    statuses: Mapping[int, str],
    driving_s: int = 0,
) -> TeamDaySheet:
    """The sheet of a stored team-day: `stops` as stored (`visit_id`, `half`, `arrival_s`,
    `start_s`, `departure_s`), `visits` and `statuses` by the stored visit id."""
    out = []
    ordered = sorted(stops, key=lambda s: (int(s["arrival_s"]), int(s["visit_id"])))
    for seq, s in enumerate([s for s in ordered if int(s["visit_id"]) in visits], start=1):
        ident = int(s["visit_id"])
        out.append(
            SheetStop(
                seq,
                str(s["half"]),
                int(s["arrival_s"]),
                int(s["start_s"]),
                int(s["departure_s"]),
                visits[ident],
                statuses.get(ident, "planned"),
                ident,
            )
        )
    return TeamDaySheet(day, team, office, tuple(out), driving_s)
