"""Exports of households, plans and outcomes to CSV and GeoJSON, optionally pseudonymised."""
