"""Presentation only: route sheet PDFs, driver pages, maps and GeoJSON from a plan view.

view (what the caller fills) · route_sheet_pdf · driver_page · map_page · geojson · i18n ·
render_docs (docs PNGs) · browser (headless Chromium checks) · sample (synthetic views).
"""
