"""A simulated year of operations, so the report has real records to count.

Meals are planned for real: every day and shift of the year the demo town's households due
(`scheduler.due`: enrolment, meal plan, service days, holds) are planned by the engine with a
short budget (`SOLVER_TIME_LIMIT_S`), verified, and saved into a store as plan versions; some
shifts are re-planned after a late cancellation (a second version, the cancelled door counted
once, as cancelled); every door of the newest version gets an outcome (delivered, not at home,
refused; seeded). The report reads the meals and the fleet's figures from that store. Parcels,
home visits and applications have no tables on this branch yet: they are simulated as records
(parcel outcomes with a not-at-home rate and a retry in the next weeks, without routing the
parcel days, so the year has no parcel driving figures) and written as the delivery-log file
next to the store (`scheduler.reports.log`).

Calibration (against the published 2025 figures: 494 households, 26,749 meals, 6,091 parcel
families, 40 coeliac families):

- households: the year's population is `N_HOUSEHOLDS` (494) demo households
  (`demo.households.generate_households`: places, meal plans, service days, portions, diets),
  each with an enrolment that overlaps the year by at least `MIN_OVERLAP_DAYS`, so every one
  of them is served in the year and the count is exact;
- meals (a meal is one container: a two-portion household gets two): enrolment lengths are
  the demo's stay lengths (`STAY_LENGTH_DAYS`) times `STAY_SCALE`. `calibrate_stay_scale`
  bisects the scale until the expected meals (portions due, not held, times one minus the
  not-at-home and refusal shares) of the year equal 26,749; the default is its answer for the
  default seed, rounded. The routed year then lands within ±2% (unserved stops and the seeded
  door outcomes make the rest of the difference);
- parcels: the 6,091 families and 40 coeliac families of `demo.parcels` each get a parcel
  every cycle of the year, so every family is served once at least (exact by construction);
- not-at-home shares: 3% for meals (regular clients expect the van), 6% for parcels (a
  monthly appointment is missed more often); holds are the demo calendar's (~4% of clients).

`simulate_year` writes into a fresh SQLite file; `demo_year` caches it under the cache folder
keyed by the seed, the year and every setting that changes the outcome (files mode 0600).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import fcntl
import hashlib
import json
import os
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlalchemy import Engine

from demo.calendar import demo_holds
from demo.fleet import demo_fleet
from demo.households import STAY_LENGTH_DAYS, _exact, generate_households
from demo.parcels import generate_families
from demo.store import add_demo_fleet, add_households
from demo.town import KITCHEN
from domain.applications import Channel
from domain.calendar import Calendar, Hold, OneOff, OneOffKind
from domain.households import Household
from domain.parcels import GLUTEN_FREE, Cycle, Family
from domain.reports import (
    ApplicationRecord,
    DeliveryLog,
    ParcelOutcome,
    ParcelRecord,
    VisitRecord,
)
from domain.services import HOT_MEALS
from geodata.road import RoadGraph
from routing.model import SolveParams
from scheduler.day_plan import ShiftPlan, Town, plan_shift
from scheduler.due import deliveries_on
from scheduler.replan import replan_shift
from scheduler.reports.log import read_log, write_log
from scheduler.settings import SchedulerSettings
from scheduler.stored import save_shift_plan
from store.db import make_engine, session_scope, upgrade
from store.exports.pseudonym import pseudonym, pseudonym_key
from store.models import OutcomeRow, OutcomeStatus

PUBLISHED_2025 = {
    "rep_meal_households": 494,
    "rep_meals": 26_749,
    "rep_parcel_families": 6_091,
    "rep_gluten_free_families": 40,
}
"""The municipality's published 2025 figures (annual report)."""
TOLERANCE = {"rep_meal_households": 0.0, "rep_meals": 0.02}
"""How close the simulated year must come (share of the published figure); parcel figures
are exact."""

DEFAULT_SEED = 2025
N_HOUSEHOLDS = 494
MIN_OVERLAP_DAYS = 21
"""Every household's enrolment overlaps the year by at least three weeks."""
STAY_SCALE = 0.369
"""Enrolment length factor on the demo's stay lengths, from `calibrate_stay_scale`."""
MEAL_NOT_AT_HOME_SHARE = 0.03
MEAL_REFUSED_SHARE = 0.002
REPLAN_SHARE = 0.02
"""Shifts re-planned after a late cancellation (a second version)."""
SOLVER_TIME_LIMIT_S = 0.2
"""Engine budget per shift: the simulated year is about plans that exist, not the best ones."""
PARCEL_NOT_AT_HOME_SHARE = 0.06
PARCEL_RETRIES = 2
"""A parcel nobody took is brought again the next week, at most this many times."""
VISIT_PEOPLE = 180
"""Elderly people with home services (house cleaning, shopping help, follow-up visits)."""
VISIT_KINDS = {"cleaning": (0.45, 14), "shopping": (0.35, 7), "follow_up": (0.20, 60)}
"""Kind of home service (a `domain.visits` kind code): share of the people and days between
two visits."""
VISIT_MISSED_SHARE = 0.04
APPLICATIONS_PER_WORKDAY = 9.0
CHANNEL_SHARES = {
    Channel.CALL_CENTRE_153.value: 0.55,
    Channel.WHATSAPP.value: 0.30,
    Channel.WALK_IN.value: 0.10,
    Channel.REFERRAL.value: 0.05,
}
DECISION_SHARES = {"approved": 0.68, "rejected": 0.32}
PENDING_DAYS = 21
"""Applications of the year's last weeks are still being decided."""
ACTOR = "demo-year"

Progress = Callable[[int, int], None]
"""Called with (days done, days in all) while simulating."""


def _no_progress(_done: int, _total: int) -> None:
    """Report nothing."""


# --- the year's households ----------------------------------------------------------------


def year_households(
    road: RoadGraph, year: int, seed: int = DEFAULT_SEED, stay_scale: float = STAY_SCALE
) -> list[Household]:
    """`N_HOUSEHOLDS` demo households, each enrolled for a stay that overlaps `year`."""
    base = generate_households(road, N_HOUSEHOLDS, seed)
    return _enrol(base, year, seed, stay_scale)


def _enrol(base: Sequence[Household], year: int, seed: int, scale: float) -> list[Household]:
    rng = np.random.default_rng(seed + 1)
    stays = _exact(rng, len(base), STAY_LENGTH_DAYS)
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    out = []
    for h, (lo, hi) in zip(base, stays, strict=True):
        length = max(MIN_OVERLAP_DAYS, round(float(rng.uniform(lo, hi)) * scale))
        earliest = first - dt.timedelta(days=length - MIN_OVERLAP_DAYS)
        latest = last - dt.timedelta(days=MIN_OVERLAP_DAYS - 1)
        start = earliest + dt.timedelta(days=int(rng.integers(0, (latest - earliest).days + 1)))
        end = start + dt.timedelta(days=length - 1)
        out.append(dataclasses.replace(h, start_date=start, end_date=end))
    return out


def expected_meals(households: Sequence[Household], holds: Sequence[Hold], year: int) -> float:
    """Meals the year would deliver on average: portions due and not held, less doors missed."""
    calendar = Calendar(holds=list(holds))
    day, total = dt.date(year, 1, 1), 0
    while day.year == year:
        for shift in HOT_MEALS.shift_names:
            total += sum(h.portions for h in deliveries_on(households, day, shift, calendar).due)
        day += dt.timedelta(days=1)
    return total * (1 - MEAL_NOT_AT_HOME_SHARE - MEAL_REFUSED_SHARE)


def calibrate_stay_scale(
    road: RoadGraph, year: int = 2025, seed: int = DEFAULT_SEED, target: int = 26_749
) -> float:
    """The stay-length factor whose expected meals of `year` are `target` (bisection)."""
    base = generate_households(road, N_HOUSEHOLDS, seed)
    lo, hi = 0.1, 3.0
    for _ in range(14):
        mid = (lo + hi) / 2
        people = _enrol(base, year, seed, mid)
        if expected_meals(people, demo_holds(people, seed), year) < target:
            lo = mid
        else:
            hi = mid
    return round((lo + hi) / 2, 3)


# --- meals, planned and saved ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class YearRun:
    """What a simulated year wrote, and how long it took (wall clock, seconds)."""

    store: Path
    log: Path
    shifts: int
    replans: int
    seconds: float


def _door_outcome(rng: random.Random) -> OutcomeStatus:
    x = rng.random()
    if x < MEAL_NOT_AT_HOME_SHARE:
        return OutcomeStatus.NOT_AT_HOME
    if x < MEAL_NOT_AT_HOME_SHARE + MEAL_REFUSED_SHARE:
        return OutcomeStatus.REFUSED
    return OutcomeStatus.DELIVERED


def _late_cancel(plan: ShiftPlan, rng: random.Random) -> str | None:
    refs = sorted(plan.solution.served_stop_ids)
    return rng.choice(refs) if refs and rng.random() < REPLAN_SHARE else None


def _plan_day(
    engine: Engine,
    town: Town,
    calendar: Calendar,
    day: dt.date,
    previous: dict[str, ShiftPlan],
    params: SolveParams,
    seed: int,
) -> int:
    """Plan, maybe re-plan, save and record the outcomes of both shifts of `day`; returns the
    number of re-plans."""
    replans = 0
    for shift in HOT_MEALS.shift_names:
        rng = random.Random(f"{seed}-{day.isoformat()}-{shift}")
        plan = plan_shift(town, day, shift, calendar, previous=previous.get(shift), params=params)
        if plan.violations:
            raise RuntimeError(f"{day} {shift}: plan fails the verifier: {plan.violations[0]}")
        with session_scope(engine) as session:
            row = save_shift_plan(
                session, town, plan, actor=ACTOR, params=params, base_version=None
            )
            cancelled = _late_cancel(plan, rng)
            if cancelled is not None:
                late = OneOff(cancelled, day, shift, OneOffKind.CANCEL, "son dakika iptal")
                changed = Calendar(holds=calendar.holds, one_offs=[late])
                start_s = min(
                    (t.departure_s for r in plan.solution.routes for t in r.trips), default=0
                )
                plan, _ = replan_shift(town, plan, max(0, start_s - 600), changed, params)
                row = save_shift_plan(
                    session, town, plan, actor=ACTOR, params=params, base_version=row.version
                )
                replans += 1
            session.flush()
            midnight = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
            session.add_all(
                OutcomeRow(
                    stop_id=stop.id,
                    status=_door_outcome(rng).value,
                    at=midnight + dt.timedelta(seconds=stop.arrival_s),
                    recorded_by=ACTOR,
                )
                for route in row.routes
                for stop in route.stops
            )
        previous[shift] = plan
    return replans


# --- parcels, visits, applications (records) --------------------------------------------------


def _cycle_days(family: Family, year: int, rng: random.Random) -> list[dt.date]:
    """The first try of each cycle: a day someone is home, in each month or fortnight."""
    step = 14 if family.cycle is Cycle.BIWEEKLY else None
    days = []
    if step is None:
        for month in range(1, 13):
            days.append(_available(family, dt.date(year, month, rng.randint(1, 20))))
    else:
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 13))
        while day.year == year:
            days.append(_available(family, day))
            day += dt.timedelta(days=step)
    return [d for d in days if d.year == year]


def _available(family: Family, day: dt.date) -> dt.date:
    while not family.available_on(day) or day.isoweekday() > 5:
        day += dt.timedelta(days=1)
    return day


def parcel_records(
    families: Sequence[Family], year: int, seed: int, ref: Callable[[str], str]
) -> list[ParcelRecord]:
    """Every parcel try of `year`: each cycle's delivery, retried the next week when nobody
    was at home (at most `PARCEL_RETRIES` times)."""
    out = []
    for family in families:
        rng = random.Random(f"{seed}-parcels-{family.ref}")
        who = ref(family.ref)
        for first in _cycle_days(family, year, rng):
            day = first
            for attempt in range(PARCEL_RETRIES + 1):
                missed = rng.random() < PARCEL_NOT_AT_HOME_SHARE and attempt < PARCEL_RETRIES
                outcome = ParcelOutcome.NOT_AT_HOME if missed else ParcelOutcome.DELIVERED
                if day.year != year:
                    break
                for product in family.parcels:
                    out.append(
                        ParcelRecord(
                            day,
                            who,
                            family.neighbourhood,
                            product.code,
                            float(product.kg),
                            product is GLUTEN_FREE,
                            outcome,
                            family.persons,
                        )
                    )
                if not missed:
                    break
                day = _available(family, day + dt.timedelta(days=7))
    return out


def visit_records(
    households: Sequence[Household], year: int, seed: int, ref: Callable[[str], str]
) -> list[VisitRecord]:
    """Home services for `VISIT_PEOPLE` elderly people, each of one kind at its interval."""
    rng = np.random.default_rng(seed + 2)
    kinds = _exact(rng, VISIT_PEOPLE, {k: share for k, (share, _) in VISIT_KINDS.items()})
    out = []
    for i, kind in enumerate(kinds):
        person = households[i % len(households)]
        r = random.Random(f"{seed}-visits-{i}")
        every = VISIT_KINDS[kind][1]
        day = dt.date(year, 1, 1) + dt.timedelta(days=r.randint(0, every - 1))
        who = ref(f"V{i + 1:04d}")
        while day.year == year:
            workday = day + dt.timedelta(
                days=max(0, 8 - day.isoweekday()) if day.isoweekday() > 5 else 0
            )
            if workday.year == year:
                done = r.random() >= VISIT_MISSED_SHARE
                outcome = "done" if done else "missed"
                out.append(VisitRecord(workday, kind, who, person.neighbourhood, outcome))
            day += dt.timedelta(days=every)
    return out


def application_records(year: int, seed: int) -> list[ApplicationRecord]:
    """Applications arriving each working day by channel, decided (pending near the year's
    end)."""
    rng = np.random.default_rng(seed + 3)
    channels, shares = list(CHANNEL_SHARES), list(CHANNEL_SHARES.values())
    out = []
    day, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    while day <= last:
        if day.isoweekday() <= 5:
            for _ in range(int(rng.poisson(APPLICATIONS_PER_WORKDAY))):
                channel = str(rng.choice(channels, p=shares))
                if (last - day).days < PENDING_DAYS:
                    decision = "pending"
                else:
                    approved = rng.random() < DECISION_SHARES["approved"]
                    decision = "approved" if approved else "rejected"
                out.append(ApplicationRecord(day, channel, decision))
        day += dt.timedelta(days=1)
    return out


# --- the whole year -------------------------------------------------------------------------


def simulate_year(
    road: RoadGraph,
    settings: SchedulerSettings,
    store: Path,
    log: Path,
    *,
    year: int = 2025,
    seed: int = DEFAULT_SEED,
    days: int | None = None,
    progress: Progress = _no_progress,
) -> YearRun:
    """Simulate `year` (or its first `days` days) into the SQLite file `store` and the
    delivery-log file `log`, both new (mode 0600)."""
    began = time.perf_counter()
    for path in (store, log):
        path.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{store}")
    upgrade(engine)
    households = year_households(road, year, seed)
    holds = demo_holds(households, seed)
    with session_scope(engine) as session:
        add_demo_fleet(session, settings, actor=ACTOR)
        add_households(session, households, holds, actor=ACTOR)
        key = pseudonym_key(session)
    town = Town(
        road=road,
        households=households,
        kitchen=KITCHEN,
        fleet=demo_fleet(settings.van_count, settings.van_capacity_meals),
        settings=settings,
    )
    calendar = Calendar(holds=holds)
    params = dataclasses.replace(settings.solve_params(), time_limit_s=SOLVER_TIME_LIMIT_S)
    total = days or (dt.date(year, 12, 31) - dt.date(year, 1, 1)).days + 1
    previous: dict[str, ShiftPlan] = {}
    replans = 0
    for i in range(total):
        day = dt.date(year, 1, 1) + dt.timedelta(days=i)
        replans += _plan_day(engine, town, calendar, day, previous, params, seed)
        progress(i + 1, total)
    engine.dispose()

    def ref(code: str) -> str:
        return pseudonym(key, code)

    families = generate_families(road)
    records = DeliveryLog(
        parcels=tuple(parcel_records(families, year, seed, ref)),
        visits=tuple(visit_records(households, year, seed, ref)),
        applications=tuple(application_records(year, seed)),
    )
    if days is not None:
        records = records.between(
            dt.date(year, 1, 1), dt.date(year, 1, 1) + dt.timedelta(total - 1)
        )
    write_log(records, log)
    return YearRun(store, log, 2 * total, replans, time.perf_counter() - began)


def cache_key(settings: SchedulerSettings, year: int, seed: int, days: int | None) -> str:
    """What makes one simulated year differ from another: seed, year, length, the module's
    constants and the planning settings."""
    constants = {k: v for k, v in globals().items() if k.isupper() and isinstance(v, int | float)}
    document = {
        "year": year,
        "seed": seed,
        "days": days,
        "constants": constants,
        "settings": settings.model_dump(mode="json"),
        "format": 2,
    }
    text = json.dumps(document, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def demo_year(
    road: RoadGraph,
    settings: SchedulerSettings,
    cache_dir: Path,
    *,
    year: int = 2025,
    seed: int = DEFAULT_SEED,
    days: int | None = None,
    progress: Progress = _no_progress,
) -> tuple[YearRun, bool]:
    """The simulated year from the cache, or simulated now; and whether it was simulated."""
    key = cache_key(settings, year, seed, days)
    folder = cache_dir / "demo-year"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    store, log = folder / f"{year}-{key}.sqlite", folder / f"{year}-{key}-log.json"
    done = folder / f"{year}-{key}.done"
    lock = os.open(folder / f"{year}-{key}.lock", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a second process waits for the first one's year
        if done.is_file() and store.is_file() and log.is_file():
            read_log(log)  # fails loudly on a damaged cache
            seconds = float(done.read_text(encoding="utf-8").split()[0])
            return YearRun(store, log, 0, 0, seconds), False
        run = simulate_year(
            road, settings, store, log, year=year, seed=seed, days=days, progress=progress
        )
        text = f"{run.seconds:.1f} seconds, {run.shifts} shifts, {run.replans} re-plans\n"
        fd = os.open(done, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        return run, True
    finally:
        os.close(lock)
