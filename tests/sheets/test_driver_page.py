"""Driver phone page: escaped text, a call and navigation links per stop, nothing external."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

from demo.sheet_views import KITCHEN, handmade_route
from sheets.driver_page import render_driver_page, tel_href


class _Links(HTMLParser):
    """Collects hrefs of <a>, and every src/href of resources (link, script, img)."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[str] = []
        self.resources: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "a":
            self.anchors.append(a.get("href") or "")
        if tag == "script":
            self.scripts += 1
        if tag in ("link", "script", "img", "iframe") and (a.get("src") or a.get("href")):
            self.resources.append(a.get("src") or a.get("href") or "")


def _parse(html: str) -> _Links:
    p = _Links()
    p.feed(html)
    return p


def test_every_stop_has_navigation_and_call_links() -> None:
    route = handmade_route()
    links = _parse(render_driver_page(route, KITCHEN)).anchors
    for stop in route.stops:
        at = f"{stop.lat:.6f},{stop.lon:.6f}"
        assert f"geo:{at}?q={at}" in links
        assert any(h.startswith("https://www.google.com/maps/dir/") and at in h for h in links)
        assert tel_href(stop.phone) in links
    assert tel_href("0 532 111 22 31") == "tel:05321112231"
    # The way back to the kitchen is navigable too.
    assert f"geo:{KITCHEN.lat:.6f},{KITCHEN.lon:.6f}?q={KITCHEN.lat:.6f},{KITCHEN.lon:.6f}" in links


def test_stops_listed_in_order_with_time_handover_and_notes() -> None:
    html = render_driver_page(handmade_route(), KITCHEN)
    names = ["İbrahim Işık", "Gülşen Öztürk", "Ümmühan Ağaoğlu"]
    assert [html.index(n) for n in names] == sorted(html.index(n) for n in names)
    for expected in (
        "07:08",
        "2 porsiyon",
        "GLÜTENSİZ",
        "DİYABETİK",
        "YUMUŞAK",
        "3. kat, asansör yok",
        "Kahvaltı",
        'lang="tr"',
    ):
        assert expected in html
    assert 'name="viewport"' in html


def test_all_text_is_escaped() -> None:
    route = handmade_route()
    evil = dataclasses.replace(
        route.stops[0],
        name='<script>alert("x")</script>',
        notes="a & b <b>",
        address='"><img src=x>',
    )
    route = dataclasses.replace(route, stops=[evil, *route.stops[1:]], driver_name="<i>Ali</i>")
    html = render_driver_page(route, KITCHEN)
    assert "<script>" not in html and "<img" not in html and "<i>Ali" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "a &amp; b &lt;b&gt;" in html


def test_self_contained_and_english() -> None:
    html = render_driver_page(handmade_route(), KITCHEN, lang="en")
    parsed = _parse(html)
    assert parsed.resources == [] and parsed.scripts == 0
    assert 'lang="en"' in html
    for expected in ("Breakfast", "Navigate", "Call", "GLUTEN-FREE", "2 meals"):
        assert expected in html
    assert not re.search(r"porsiyon|Yol tarifi", html)
