"""Shared store: SQLAlchemy/GeoAlchemy2 models, migrations, repositories, imports."""
