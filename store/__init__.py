"""The shared store: SQLAlchemy 2 + GeoAlchemy2 models, Alembic migrations, repositories, imports.

- `store.db`: `make_engine`, `open_store` (SQLite default, migrated on the spot; PostGIS must be
  at head), `session_scope` (one all-or-nothing transaction), `upgrade`.
- `store.models`: every table, user accounts and alerts included (one migration history).
  `store.types.GeometryType` is PostGIS geometry on PostgreSQL and WKT text on SQLite, shapely
  objects in Python either way.
- `store.repositories.*`: keyword-only functions on a `Session` (households, fleet, calendar,
  plans, outcomes, spatial, audit, accounts, alerts); the caller commits.
- `store.passwords`: the Argon2 hashes of `users.password_hash`.
- `store.imports.import_households`, `store.exports.*`: spreadsheets in and out.

Which database is the entry points' choice (`config.Settings.database_url()`: `DATABASE_URL`
selects PostgreSQL/PostGIS; unset, a SQLite file under `.cache/sofra/`); `store` is handed the
URL and its section of the settings tree (`store.settings.StoreSettings`).
"""
