"""The driver's phone page: one self-contained HTML file per route, stops in order, big buttons.

No external assets (inline CSS, no scripts); every text is escaped. Navigation links (geo:,
Google Maps, OpenStreetMap) and tel: links are only followed by the driver's phone.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import urlencode

from domain.lang import (
    OSM_CREDIT,
    check_lang,
    diet_label,
    format_date,
    format_date_short,
    format_hhmm,
    label,
    portions,
    shift_name,
)
from sheets.view import KitchenView, RouteView, StopView, format_load

DEFAULT_ACCENT = "#1f4e79"

_CSS = """
*{box-sizing:border-box}
body{margin:0;font:18px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
 color:#111;background:#f2f2f2}
header{background:#fff;border-top:8px solid var(--accent);padding:14px 16px 10px}
h1{font-size:1.6rem;margin:0 0 2px}
.sub{margin:0 0 8px;color:#333}
.facts{display:flex;flex-wrap:wrap;gap:6px 18px;margin:0}
.facts div{min-width:8.5em}
.facts dt{font-size:.85rem;color:#555}
.facts dd{margin:0;font-weight:700;font-size:1.15rem}
.load{margin:10px 0 0;padding:8px 10px;border:2px solid #111;font-weight:700}
ol{list-style:none;margin:0;padding:8px}
li{background:#fff;margin:0 0 10px;padding:12px 14px;border-left:6px solid var(--accent);
 border-radius:6px}
li.trip,li.end{background:#ddd;border-left-color:#111;font-weight:700}
.head{display:flex;align-items:baseline;gap:12px;flex-wrap:wrap}
.seq{display:inline-block;min-width:2em;padding:2px 6px;border-radius:1em;text-align:center;
 background:var(--accent);color:#fff;font-weight:700}
.time{font-size:1.5rem;font-weight:700}
.name{font-size:1.3rem;font-weight:700}
.addr{margin:4px 0}
.hand{margin:6px 0;font-weight:700;font-size:1.1rem}
.diet{display:inline-block;margin:2px 4px 2px 0;padding:2px 8px;background:#111;color:#fff;
 border-radius:4px;font-size:.95rem}
.notes{margin:6px 0;padding:6px 8px;background:#fff6d6;border-radius:4px}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:48px;
 min-width:48px;padding:10px 16px;border-radius:8px;border:2px solid var(--accent);
 color:var(--accent);background:#fff;font-weight:700;text-decoration:none}
.btn.primary{background:var(--accent);color:#fff}
footer{padding:12px 16px 28px;color:#555;font-size:.85rem}
"""


def _accent(colour: str | None) -> str:
    return colour or DEFAULT_ACCENT


def tel_href(phone: str) -> str:
    """A tel: URI with only the digits (and a leading +) of `phone`."""
    digits = re.sub(r"[^\d+]", "", phone)
    return "tel:" + (digits[0] + digits[1:].replace("+", "") if digits else "")


def nav_links(lat: float, lon: float, lang: str) -> list[tuple[str, str, bool]]:
    """(label, href, primary) navigation links to a point: the phone's own app, Google, OSM."""
    at = f"{lat:.6f},{lon:.6f}"
    google = "https://www.google.com/maps/dir/?" + urlencode(
        {"api": "1", "destination": at, "travelmode": "driving"}, safe=","
    )
    osm = (
        "https://www.openstreetmap.org/directions?"
        + urlencode({"engine": "fossgis_osrm_car", "route": f";{at}"}, safe=",;")
        + f"#map=18/{lat:.6f}/{lon:.6f}"
    )
    return [
        (label("navigate", lang), f"geo:{at}?q={at}", True),
        (label("google_maps", lang), google, False),
        (label("osm", lang), osm, False),
    ]


def _a(text: str, href: str, cls: str = "btn") -> str:
    return f'<a class="{cls}" href="{escape(href)}">{escape(text)}</a>'


def _actions(lat: float, lon: float, phone: str, lang: str) -> str:
    links = []
    if phone.strip():
        links.append(_a(f"{label('call', lang)} {phone}", tel_href(phone), "btn primary"))
    for text, href, primary in nav_links(lat, lon, lang):
        links.append(_a(text, href, "btn primary" if primary else "btn"))
    return f'<div class="actions">{"".join(links)}</div>'


def _stop_item(stop: StopView, lang: str) -> str:
    diets = "".join(f'<span class="diet">{escape(diet_label(d, lang))}</span>' for d in stop.diets)
    notes = f'<p class="notes">{escape(stop.notes)}</p>' if stop.notes.strip() else ""
    return (
        f'<li class="stop" id="stop-{stop.seq}">'
        f'<div class="head"><span class="seq">{stop.seq}</span>'
        f'<span class="time">{format_hhmm(stop.arrival_s)}</span>'
        f'<span class="name">{escape(stop.name)}</span></div>'
        f'<p class="addr">{escape(stop.address)}</p>'
        f'<p class="hand">{escape(portions(stop.meals, lang))} {diets}</p>'
        f"{notes}{_actions(stop.lat, stop.lon, stop.phone, lang)}</li>"
    )


def _items(route: RouteView, kitchen: KitchenView, lang: str) -> list[str]:
    items: list[str] = []
    trip = 0
    for stop in route.stops:
        if route.trip_count > 1 and stop.trip_no != trip:
            key = "trip_first" if trip == 0 else "trip_reload"
            load = format_load([s for s in route.stops if s.trip_no == stop.trip_no], lang)
            items.append(
                f'<li class="trip">{escape(label(key, lang, n=stop.trip_no, load=load))}</li>'
            )
            trip = stop.trip_no
        items.append(_stop_item(stop, lang))
    back = f"{label('return', lang)} {format_hhmm(route.return_s)} · {kitchen.name}"
    items.append(
        f'<li class="end">{escape(back)}{_actions(kitchen.lat, kitchen.lon, "", lang)}</li>'
    )
    return items


def _facts(route: RouteView, lang: str) -> str:
    facts = [
        (label("departure", lang), format_hhmm(route.departure_s)),
        (label("return", lang), format_hhmm(route.return_s)),
        (label("stops", lang), str(len(route.stops))),
        (label("van", lang), route.van_id),
    ]
    cells = "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in facts)
    return f'<dl class="facts">{cells}</dl>'


def render_driver_page(route: RouteView, kitchen: KitchenView, lang: str = "tr") -> str:
    """The route as one self-contained, mobile-friendly HTML page (returned as a string)."""
    lang = check_lang(lang)
    shift = shift_name(route.shift, lang)
    title = (
        f"{label('driver_page_title', lang)} {route.route_id} — {route.driver_name} — "
        f"{shift} {format_date_short(route.date, lang)}"
    )
    sub = f"{shift} · {format_date(route.date, lang)} · {label('route', lang)} {route.route_id}"
    load = f"{label('meals_total', lang)}: {format_load(route.stops, lang)}"
    body = "\n".join(_items(route, kitchen, lang))
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{escape(title)}</title>
<style>:root{{--accent:{_accent(route.colour)}}}{_CSS}</style>
</head>
<body>
<header>
<h1>{escape(route.driver_name)}</h1>
<p class="sub">{escape(sub)}</p>
{_facts(route, lang)}
<p class="load">{escape(load)}</p>
</header>
<main>
<ol class="stops">
{body}
</ol>
</main>
<footer>Sofra · {escape(OSM_CREDIT)}</footer>
</body>
</html>
"""
