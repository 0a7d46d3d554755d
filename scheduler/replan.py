"""Re-plan a shift after a change: delivered and loaded stops stay, the rest is planned again.

A trip whose van has left the kitchen (`departure_s <= now_s`) is loaded: its meals are on
board, so it stays on its van in its order (a cancelled household on it is simply skipped,
unless something happened at its door already). Everything not yet loaded is planned again
from when each van is next free at the kitchen, and routes go back to the crews that had them
where crews are interchangeable.

Doors with an outcome (`done`) never move: they stay on their trip, on their van, even when the
household is no longer due. A retired crew (its van or driver out of service) keeps only those
doors; the rest of its stops are planned again on the other vans.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from domain.calendar import Calendar
from domain.clock import format_hhmm
from domain.lang import change_text
from routing.model import Problem, Solution, SolveParams, Trip, Visit
from routing.solve import solve
from routing.verify import verify
from scheduler.consistency import drivers_by_household, keep_drivers
from scheduler.day_plan import ShiftPlan, Town
from scheduler.due import deliveries_on
from scheduler.problem import explain_off_road, kitchen_problem
from scheduler.trip_edit import assemble, retime_trip, stop_ids


@dataclass(frozen=True, slots=True)
class Change:
    """One difference between two versions of a plan; `text` words it for a dispatcher.

    `detail` holds only vehicle ids and clock times, so it reads the same in every language.
    """

    ref: str
    kind: str  # added | removed | moved | retimed
    detail: str

    def text(self, lang: str = "tr") -> str:
        """The change in words: "H0012: çıkarıldı (V1/D1)" / "H0012: removed (V1/D1)"."""
        return change_text(self.ref, self.kind, self.detail, lang)

    def __str__(self) -> str:
        return self.text("en")


def merge(problem: Problem, fixed: Mapping[str, list[Trip]], fresh: Solution) -> Solution:
    """One solution from the loaded trips of each van and the freshly planned ones."""
    trips: dict[str, list[Trip]] = {vid: list(ts) for vid, ts in fixed.items()}
    for route in fresh.routes:
        trips.setdefault(route.vehicle_id, []).extend(route.trips)
    return assemble(problem, trips, fresh.unserved, fresh.stats)


def changes_between(before: Solution, after: Solution, min_shift_s: int = 600) -> list[Change]:
    """What a re-plan changed: households added, removed, moved to another van, or retimed."""

    def visits(solution: Solution) -> dict[str, tuple[str, Visit]]:
        return {
            v.stop_id: (r.vehicle_id, v) for r in solution.routes for t in r.trips for v in t.visits
        }

    old, new = visits(before), visits(after)
    changes = [
        Change(ref, "added", f"{new[ref][0]} {format_hhmm(new[ref][1].start_s)}")
        for ref in sorted(new.keys() - old.keys())
    ]
    changes += [Change(ref, "removed", old[ref][0]) for ref in sorted(old.keys() - new.keys())]
    for ref in sorted(old.keys() & new.keys()):
        (van_a, a), (van_b, b) = old[ref], new[ref]
        if van_a != van_b:
            changes.append(Change(ref, "moved", f"{van_a} → {van_b}"))
        elif abs(a.start_s - b.start_s) >= min_shift_s:
            changes.append(
                Change(ref, "retimed", f"{format_hhmm(a.start_s)} → {format_hhmm(b.start_s)}")
            )
    return changes


def replan_shift(
    town: Town,
    current: ShiftPlan,
    now_s: int,
    calendar: Calendar | None = None,
    params: SolveParams | None = None,
    *,
    done: Collection[str] = (),
    retired: Collection[str] = (),
) -> tuple[ShiftPlan, list[Change]]:
    """A new version of `current` for today's households at clock time `now_s`.

    Loaded trips (left the kitchen at or before `now_s`) stay on their vans; cancelled
    households on them are skipped, except those in `done` (an outcome is recorded at their
    door). The rest is planned again, each van free from the later of `now_s` and its return
    from a loaded trip plus reload. Vehicles in `retired`, and vehicles of `current` that are no
    crew any more, keep only their trips' `done` doors and get no new work.
    """
    params = params or town.settings.solve_params()
    deliveries = deliveries_on(town.households, current.day, current.shift, calendar)
    due_refs = set(deliveries.refs)
    late = [h for h in town.households if h.ref in done and h.ref not in due_refs]
    due = [*deliveries.due, *late]  # what happened at a door stays, due or not
    problem, off_road = kitchen_problem(
        town.road, town.settings, town.kitchen, current.shift, due, current.crews
    )
    kept_refs = due_refs | {h.ref for h in late}
    crew_ids = {v.id for v in problem.vehicles}
    out = set(retired) | {r.vehicle_id for r in current.solution.routes} - crew_ids
    fixed: dict[str, list[Trip]] = {}
    for route in current.solution.routes:
        if route.vehicle_id in out:
            keep = [(t, [i for i in stop_ids(t) if i in done]) for t in route.trips]
        else:
            keep = [
                (t, [i for i in stop_ids(t) if i in kept_refs])
                for t in route.trips
                if t.departure_s <= now_s
            ]
        if route.vehicle_id in crew_ids:
            fixed[route.vehicle_id] = [retime_trip(problem, t, ids) for t, ids in keep if ids]
    on_board = {v.stop_id for trips in fixed.values() for t in trips for v in t.visits}
    vehicles = []
    for vehicle in problem.vehicles:
        if vehicle.id in out:
            continue
        trips = fixed.get(vehicle.id, [])
        free_s = max(
            [vehicle.shift_start_s, now_s] + [t.return_s + vehicle.reload_s for t in trips]
        )
        if free_s < vehicle.shift_end_s:
            vehicles.append(replace(vehicle, shift_start_s=free_s))
    rest = replace(
        problem,
        vehicles=tuple(vehicles),
        stops=tuple(s for s in problem.stops if s.id not in on_board),
    )
    fresh = solve(rest, params)
    fresh = keep_drivers(rest, fresh, drivers_by_household(current.solution))
    solution = explain_off_road(merge(problem, fixed, fresh), off_road)
    changes = changes_between(current.solution, solution)
    plan = ShiftPlan(
        day=current.day,
        shift=current.shift,
        version=current.version + 1,
        problem=problem,
        solution=solution,
        households={h.ref: h for h in due},
        crews=current.crews,
        violations=tuple(str(v) for v in verify(problem, solution)),
        same_driver_share=current.same_driver_share,
        changes=tuple(str(c) for c in changes),
        held=deliveries.held,
    )
    return plan, changes
