"""The dispatcher's page and its data: the page itself and the road network base layer."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from api.core.problems import PROBLEM_RESPONSES
from api.deps import CurrentUser, StateDep
from domain.lang.labels import page_labels

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
LABELS_SLOT = '<script type="application/json" id="sofra-labels">{}</script>'
"""Where the page's words (`domain.lang.page_labels`, both languages) go into index.html."""

router = APIRouter(tags=["page"])


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def page() -> HTMLResponse:
    """The dispatcher's page (and the driver's, after logging in as a driver)."""
    html = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    words = json.dumps(page_labels(), ensure_ascii=False).replace("<", "\\u003c")
    html = html.replace(LABELS_SLOT, LABELS_SLOT.replace("{}", words))
    return HTMLResponse(html, headers={"Cache-Control": "no-cache"})


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    """No icon (and no 404 in the browser's console)."""
    return Response(status_code=204)


@router.get("/index.html", include_in_schema=False)
def index() -> RedirectResponse:
    """The page lives at /."""
    return RedirectResponse("/")


@router.get(
    "/map/roads",
    response_class=Response,
    tags=["map"],
    responses={
        200: {
            "content": {"application/json": {}},
            "description": '{"roads": [[[lat, lon], ...], ...]}: every street once, simplified',
        },
        **PROBLEM_RESPONSES,
    },
)
def roads(state: StateDep, _: CurrentUser) -> Response:
    """The road network of the graph, drawn as the map's base layer (no tile server)."""
    return Response(
        state.roads_json(), media_type="application/json", headers={"Cache-Control": "max-age=3600"}
    )
