"""Interactive API documentation (Swagger UI) served from the bundled package, not a CDN."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from swagger_ui_bundle import swagger_ui_path

ASSETS_DIR = swagger_ui_path
ASSETS_URL = "/static/docs"
DOCS_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'"
)
"""Swagger UI starts from an inline script; everything else still comes from this server."""

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def swagger_ui() -> HTMLResponse:
    """Try the API in the browser (log in with the Authorize button)."""
    page = get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="Sofra API",
        swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
        swagger_favicon_url=f"{ASSETS_URL}/favicon-32x32.png",
        oauth2_redirect_url="/docs/oauth2-redirect",
    )
    page.headers["Content-Security-Policy"] = DOCS_CSP
    return page


@router.get("/docs/oauth2-redirect")
def swagger_ui_redirect() -> HTMLResponse:
    """Swagger UI's OAuth2 helper page."""
    page = get_swagger_ui_oauth2_redirect_html()
    page.headers["Content-Security-Policy"] = DOCS_CSP
    return page
