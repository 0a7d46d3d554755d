"""Migration 0004 on a store with plans: every version an office version made from the one
before it; of the versions a dispatcher had published, the newest of each shift stays published
(when and by whom from the audit log) and the older become superseded; every other version is a
draft. Downgrade gives the old shape back."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy import Engine, inspect

from store.db import current_revision, downgrade, head_revision, upgrade

DAY = dt.date(2026, 11, 25)
PUBLISHED_AT = dt.datetime(2026, 11, 25, 4, 41, tzinfo=dt.UTC)  # 07:41 in İnegöl


def _at(engine: Engine, moment: dt.datetime) -> dt.datetime:
    return moment if engine.dialect.name == "postgresql" else moment.replace(tzinfo=None)


def _old_plans(engine: Engine) -> dict[tuple[str, int], int]:
    """Plans as a store at 0002 holds them: dinner v1, v2 published, v3 a draft; breakfast v1."""
    upgrade(engine, "0002")
    ids = {}
    with engine.begin() as connection:
        meta = sa.MetaData()
        plans = sa.Table("plans", meta, autoload_with=connection)
        audit = sa.Table("audit_log", meta, autoload_with=connection)
        made = _at(engine, PUBLISHED_AT - dt.timedelta(hours=1))
        for shift, version, status in (
            ("dinner", 1, "published"),
            ("dinner", 2, "published"),
            ("dinner", 3, "draft"),
            ("breakfast", 1, "draft"),
        ):
            row = connection.execute(
                plans.insert().values(
                    day=DAY,
                    shift=shift,
                    version=version,
                    status=status,
                    created_at=made,
                    created_by="mehmet",
                    solution={},
                    summary={},
                    changes={},
                )
            )
            ids[(shift, version)] = row.inserted_primary_key[0]
        connection.execute(
            audit.insert().values(
                at=_at(engine, PUBLISHED_AT),
                actor="ayse",
                action="publish",
                entity="plan",
                entity_ref=str(ids[("dinner", 2)]),
                detail={},
            )
        )
    return ids


def _plans(engine: Engine) -> dict[int, dict[str, object]]:
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT * FROM plans")).mappings().all()
    return {row["id"]: dict(row) for row in rows}


def test_existing_versions_become_drafts_but_the_newest_published_stays_published(
    empty_engine: Engine,
) -> None:
    ids = _old_plans(empty_engine)
    upgrade(empty_engine)
    assert current_revision(empty_engine) == head_revision()
    plans = _plans(empty_engine)
    v1, v2, v3 = (plans[ids[("dinner", n)]] for n in (1, 2, 3))
    breakfast = plans[ids[("breakfast", 1)]]
    assert [p["status"] for p in (v1, v2, v3, breakfast)] == [
        "superseded",
        "published",
        "draft",
        "draft",
    ]
    assert [p["base_version"] for p in (v1, v2, v3, breakfast)] == [None, 1, 2, None]
    assert not any(p["what_if"] for p in plans.values())
    assert v2["published_by"] == "ayse" and v2["replaces_plan_id"] == v1["id"]
    published_at = v2["published_at"]  # SQLite's text, PostgreSQL's timestamptz
    if isinstance(published_at, str):
        published_at = dt.datetime.fromisoformat(published_at).replace(tzinfo=dt.UTC)
    assert isinstance(published_at, dt.datetime) and published_at == PUBLISHED_AT
    assert v1["published_by"] is None and v3["published_at"] is None
    assert "jobs" in inspect(empty_engine).get_table_names()

    downgrade(empty_engine, "0002")
    columns = {c["name"] for c in inspect(empty_engine).get_columns("plans")}
    assert not {"what_if", "base_version", "published_at", "replaces_plan_id"} & columns
    assert "jobs" not in inspect(empty_engine).get_table_names()
    statuses = {p["id"]: p["status"] for p in _plans(empty_engine).values()}
    assert statuses[ids[("dinner", 1)]] == "published"  # superseded is the old "published"
    upgrade(empty_engine)
    assert current_revision(empty_engine) == head_revision()
