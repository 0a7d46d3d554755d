"""Alembic migrations of the Sofra store (run with `sofra db upgrade`)."""
