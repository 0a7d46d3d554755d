"""Exports: households round-trip through the import format; planner exports hide people."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from pathlib import Path

from shapely import LineString
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from domain.households import Household
from geodata.settings import REPO_ROOT
from routing.model import Route, Solution, Trip, Visit
from store.db import make_engine, session_scope
from store.exports.households import (
    PSEUDONYMISED_COLUMNS,
    feature_collection,
    household_columns,
    household_record,
    pseudonymised_record,
    write_csv,
    write_xlsx,
)
from store.exports.plans import outcome_records, outcomes_geojson, plan_records
from store.exports.pseudonym import pseudonym_key
from store.imports import import_households
from store.models import Base, OutcomeStatus
from store.repositories import households as repo
from store.repositories import outcomes, plans

SAMPLE_CSV = REPO_ROOT / "data" / "households-sample.csv"


def _sample_store(engine: Engine) -> list[Household]:
    with session_scope(engine) as s:
        import_households(s, SAMPLE_CSV, actor="test")
        return repo.list_households(s)


def test_household_export_reimports_to_the_same_households(
    store_engine: Engine, tmp_path: Path
) -> None:
    households = _sample_store(store_engine)
    english = tmp_path / "export.csv"
    with english.open("w", encoding="utf-8", newline="") as out:
        write_csv([household_record(h) for h in households], out, household_columns("en"))
    turkish = tmp_path / "export.xlsx"
    write_xlsx(
        [household_record(h, lang="tr") for h in households], turkish, household_columns("tr")
    )

    with session_scope(store_engine) as s:  # same store: nothing to change
        result = import_households(s, english, actor="test")
    assert (result.created, result.updated) == (0, 0)

    fresh = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    Base.metadata.create_all(fresh)
    with session_scope(fresh) as s:
        import_households(s, turkish, actor="test")
        assert repo.list_households(s) == households
    fresh.dispose()


def test_pseudonymised_export_has_no_personal_data(store_engine: Engine) -> None:
    households = _sample_store(store_engine)
    with session_scope(store_engine) as s:
        key = pseudonym_key(s)
        again = pseudonym_key(s)
    records = [pseudonymised_record(h, key=key, decimals=3) for h in households]
    text = io.StringIO()
    write_csv(records, text, PSEUDONYMISED_COLUMNS)
    exported = text.getvalue()

    assert key == again and list(records[0]) == list(PSEUDONYMISED_COLUMNS)
    for h in households[:50]:
        for value in (h.name, h.phone, h.street, h.ref):
            assert value not in exported
        assert not h.notes or h.notes not in exported
    assert exported.count("DİYABETİK") == exported.count("diabetic") == 0
    pseudonyms = [r["pseudonym"] for r in records]
    assert len(set(pseudonyms)) == len(households)  # stable and distinct
    for h, r in zip(households, records, strict=True):
        assert r["lat"] == round(h.lat, 3) and r["lon"] == round(h.lon, 3)
        off_m = math.hypot((r["lat"] - h.lat) * 111_000, (r["lon"] - h.lon) * 85_000)
        assert off_m < 100
    collection = feature_collection(records)
    assert collection["features"][0]["geometry"]["coordinates"] == [
        records[0]["lon"],
        records[0]["lat"],
    ]


def _plan(session: Session, households: list[Household]) -> int:
    refs = [h.ref for h in households[:3]]
    visits = tuple(
        Visit(ref, 61500 + 300 * i, 61500 + 300 * i, 61560 + 300 * i, 0, (0,), 300 + 300 * i)
        for i, ref in enumerate(refs)
    )
    trip = Trip("K1", 61200, (3,), visits, "K1", 62600, 1000, 5000)
    solution = Solution((Route("V1", (trip,), 1000, 5000, 1400),), (), 1000, 1000, 5000, 1400)
    line = LineString([(h.lon, h.lat) for h in households[:3]])
    plan = plans.save_plan(
        session,
        day=dt.date(2025, 3, 4),
        shift="dinner",
        solution=solution,
        created_by="t",
        lines={"V1": line},
    )
    return plan.id


def test_plan_and_outcome_exports(store_engine: Engine) -> None:
    households = _sample_store(store_engine)
    with session_scope(store_engine) as s:
        plan_id = _plan(s, households)
        stop_id = plans.plan_stops(s, plan_id=plan_id)[1][1].id
        outcomes.record_outcome(
            s,
            stop_id=stop_id,
            status=OutcomeStatus.NOT_AT_HOME,
            recorded_by="D1",
            note="komşuya soruldu",
        )
    with session_scope(store_engine) as s:
        rows = plan_records(s, plan_id=plan_id)
        hidden = plan_records(s, plan_id=plan_id, pseudonymise=True)
        logged = outcome_records(s, plan_id=plan_id)
        logged_hidden = outcome_records(s, plan_id=plan_id, pseudonymise=True)
        points = outcomes_geojson(s, plan_id=plan_id, pseudonymise=True)

    assert [(r["seq"], r["household"], r["arrival"], r["outcome"]) for r in rows] == [
        (1, households[0].ref, "17:05", ""),
        (2, households[1].ref, "17:10", "not_at_home"),
        (3, households[2].ref, "17:15", ""),
    ]
    assert all(r["household"].startswith("P-") for r in hidden)
    assert [(o["household"], o["status"], o["note"]) for o in logged] == [
        (households[1].ref, "not_at_home", "komşuya soruldu")
    ]
    assert (
        logged_hidden[0]["note"] == "" and logged_hidden[0]["household"] == hidden[1]["household"]
    )
    assert points["features"][0]["geometry"]["coordinates"] == [
        round(households[1].lon, 3),
        round(households[1].lat, 3),
    ]
    out = io.StringIO()
    write_csv(rows, out, list(rows[0]))
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["arrival"] == "17:05"
