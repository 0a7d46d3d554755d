"""Presentation only: route sheet PDFs, driver pages, maps and GeoJSON from a plan.

plan_views (a plan → views) · view (the view objects) · outputs (the CLI's files) ·
route_sheet_pdf · driver_page · map_page · geojson (the one plan GeoJSON, CLI and API) ·
roads (road paths and the street network for drawing) · colours · render_docs (docs PNGs) ·
browser (headless Chromium checks). Imports domain/, routing/ (plan types) and geodata/ (road
paths), never scheduler/, store/ or api/. Words and formats come from `domain.lang`.
"""
