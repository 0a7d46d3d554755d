"""The shared store: SQLAlchemy 2 + GeoAlchemy2 models, Alembic migrations, repositories, imports.

- `store.db`: `make_engine`, `open_store` (SQLite default, migrated on the spot; PostGIS must be
  at head), `session_scope` (one all-or-nothing transaction), `upgrade`.
- `store.models`: the tables. `store.types.GeometryType` is PostGIS geometry on PostgreSQL and
  WKT text on SQLite, shapely objects in Python either way.
- `store.repositories.*`: keyword-only functions on a `Session` (households, fleet, calendar,
  plans, outcomes, spatial, audit); the caller commits.
- `store.imports.import_households`, `store.exports.*`: spreadsheets in and out.

`DATABASE_URL` selects PostgreSQL/PostGIS; unset, a SQLite file under `.cache/sofra/` is used.
"""
