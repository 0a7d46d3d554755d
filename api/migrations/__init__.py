"""Alembic migrations of the API's own tables (users, alerts)."""
