"""The store's delivery log beyond meals: parcels with their last outcome, applications by
channel and decision, home visits with an outcome; pseudonyms, never codes or names."""

from __future__ import annotations

import datetime as dt

import parcel_town as town
import pytest
from sqlalchemy import Engine

from domain.applications import Channel, Need
from domain.clock import today as clock_today
from domain.reports import ParcelOutcome
from scheduler.parcels.month import MonthParams
from scheduler.parcels.stored import ParcelSetup, plan_month_and_save
from store.db import session_scope
from store.repositories import applications as applications_repo
from store.repositories import parcels as parcels_repo
from store.repositories import visits as visits_repo
from store.repositories.delivery_log import read_applications, read_parcels, read_visits

SETUP = ParcelSetup(
    town.WAREHOUSE,
    town.VANS,
    lambda _w, families: town.matrix_of(families),
    MonthParams(time_limit_s=0.2, improve_s=0.0),
)


def test_applications_are_counted_by_channel_and_decision(store_engine: Engine) -> None:
    today = clock_today()
    with session_scope(store_engine) as session:
        for channel, phone in [
            (Channel.CALL_CENTRE_153, "05321110001"),
            (Channel.WHATSAPP, "05321110002"),
        ]:
            new = applications_repo.NewApplication(
                channel=channel, phone=phone, applicant_name="Ayşe Kaya", needs=(Need.HOT_MEALS,)
            )
            applications_repo.create_application(session, new=new, actor="t")
        second = applications_repo.list_applications(session)[0]  # newest first: WhatsApp's
        applications_repo.reject(session, ref=second.ref, reason="kapsam dışı", actor="t")
    with session_scope(store_engine) as session:
        records = read_applications(
            session, start=today - dt.timedelta(days=1), end=today + dt.timedelta(days=1)
        )
    assert sorted((r.channel, r.decision) for r in records) == [
        ("call_centre_153", "pending"),
        ("whatsapp", "rejected"),
    ]
    assert all(r.applicant_ref.startswith("P-") for r in records)


def test_visits_count_only_with_an_outcome(store_engine: Engine) -> None:
    day = dt.date(2026, 2, 3)
    with session_scope(store_engine) as session:
        ids = [
            visits_repo.add_visit(
                session,
                kind="cleaning",
                person=f"person-{k}",
                address="Deneme Sokak 1",
                lat=40.0779,
                lon=29.5101,
                earliest=day,
                latest=day,
                neighbourhood="Cuma Mah.",
                actor="t",
            ).id
            for k in range(2)
        ]
        done = visits_repo.get_visit(session, ids[0])
        done.planned_day, done.team_code = day, "T1"
        visits_repo.record_outcome(session, visit_id=ids[0], status="done", note="", actor="t")
    with session_scope(store_engine) as session:
        [record] = read_visits(session, start=day, end=day)
    assert (record.kind, record.outcome, record.mahalle) == ("cleaning", "done", "Cuma Mah.")
    assert record.person_ref.startswith("P-") and "person-0" not in record.person_ref


@pytest.mark.slow
def test_parcels_count_the_last_outcome_of_each_family_and_day(store_engine: Engine) -> None:
    families = [town.family(f"F{k:04d}", k, coeliac=k == 0) for k in range(6)]
    with session_scope(store_engine) as session:
        for family in families:
            parcels_repo.upsert_family(session, family, actor="t")
    week = town.week()
    saved = plan_month_and_save(
        store_engine, SETUP, month=week.month, actor="t", progress=lambda *_: None, calendar=week
    )
    first = saved.days[0]
    with session_scope(store_engine) as session:
        plan = parcels_repo.get_day_plan(session, plan_id=first.plan_id)
        stops = [s for r in plan.routes for s in r.stops]
        parcels_repo.record_outcome(session, stop_id=stops[0].id, status="not_at_home", actor="t")
        parcels_repo.record_outcome(session, stop_id=stops[0].id, status="delivered", actor="t")
        if len(stops) > 1:
            parcels_repo.record_outcome(
                session, stop_id=stops[1].id, status="not_at_home", actor="t"
            )
        kg = stops[0].kg
    with session_scope(store_engine) as session:
        records = read_parcels(session, start=first.day, end=first.day)
    assert len(records) == min(2, len(stops))  # a stop with no outcome is no attempt
    assert records[0].outcome in set(ParcelOutcome)
    delivered = [r for r in records if r.outcome is ParcelOutcome.DELIVERED]
    assert len(delivered) == 1 and delivered[0].kg == kg
    assert all(r.family_ref.startswith("P-") for r in records)
    assert not {r.family_ref for r in records} & {f.ref for f in families}
