"""Presentation only: route sheet PDFs, driver pages and maps from a plan view."""
