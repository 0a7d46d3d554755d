"""OpenStreetMap file → road graph, snapping, travel-time matrices, demo households."""
