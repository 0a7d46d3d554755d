"""Move families between days on the days' current routes: exact, deterministic, no re-routing.

The unit of a move is a block: the consecutive visits of one trip at one building (one family,
or several of a block of flats — moving one of them alone saves nothing, the van stops there
anyway). Taking a block out of its trip saves `d(p,x) + d(x,n) − d(p,x→n)` seconds of driving
(p, n its neighbours); putting it into a trip of another day between a and b costs
`d(a,x) + d(x,b) − d(a,b)`. Driving depends only on the order of the stops, so these are the
exact changes of the two days' driving, not estimates. A move is applied when it saves at least
`MIN_GAIN_S` (plus `KEEP_GAIN_S` when a family leaves last cycle's day), every family of the
block may go on the target day (availability, day limit, stock), the target trip has room in
kg and litres, and the target van's retimed trips keep every window, the warehouse hours, the
reloads and the shift end. Removing stops never breaks a route (later visits only come earlier).

Rounds: all candidates are priced at once (numpy over every day's trip edges), the best are
applied greedily with each day touched at most once per round, then prices are recomputed.
The search ends when no move saves driving, after `MAX_ROUNDS`, or (not deterministic) when the
time budget is spent; the same month always gives the same moves.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from domain.parcels import ParcelVan, Warehouse
from domain.services import PARCELS
from routing.model import Problem, Route, Solution, Stop, Trip, Vehicle, Visit
from routing.verify import verify
from scheduler.parcels.assign import Assignment
from scheduler.parcels.problem import (
    WAREHOUSE_ID,
    BuildingMatrix,
    building_of,
    day_problem,
    half_vehicles,
    parcel_stop,
)

IntArray = npt.NDArray[np.int64]

MIN_GAIN_S = 10
"""A move must save at least this much driving (seconds)."""
KEEP_GAIN_S = 120
"""Extra saving needed to move a family off last cycle's day (per family)."""
MAX_ROUNDS = 400
"""Rounds of moves at most (the work bound of deterministic mode)."""


@dataclass(frozen=True, slots=True)
class _Block:
    day: dt.date
    vehicle: str
    trip: int
    first: int
    last: int  # inclusive visit positions
    ids: tuple[str, ...]
    row: int
    saving: int
    kg: int
    litres: int
    skills: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Slot:
    vehicle: str
    trip: int
    position: int  # insert before this visit position (len(visits): before the return)


@dataclass(frozen=True, slots=True)
class Move:
    """One applied move: the families, from which day to which, and the driving saved (s)."""

    ids: tuple[str, ...]
    source: dt.date
    target: dt.date
    saving_s: int


class DayEditor:
    """The month's routes as trips on the whole building matrix, edited in place."""

    def __init__(
        self,
        matrix: BuildingMatrix,
        vehicles: Sequence[Vehicle],
        assignment: Assignment,
        trips: Mapping[dt.date, Mapping[str, list[Trip]]],
        depot_close_s: int,
    ) -> None:
        # whole seconds and metres, as `routing.model.Problem` rounds them
        self.dur = np.rint(matrix.duration_s)
        self.dist = np.rint(matrix.distance_m)
        self.vehicles = {v.id: v for v in vehicles}
        self.assignment = assignment
        self.trips = {day: {v: list(ts) for v, ts in by.items()} for day, by in trips.items()}
        self.close_s = depot_close_s
        self.stop: dict[str, Stop] = {
            i: parcel_stop(d, matrix.row[building_of(d.family)])
            for i, d in assignment.deliveries.items()
        }
        self.count = {day: 0 for day in assignment.calendar.days}
        for day in assignment.day_of.values():
            self.count[day] = self.count.get(day, 0) + 1
        self.limited = {
            code: {day: assignment.stock_used(day, code) for day in self.count}
            for code in assignment.stock.per_day
        }

    # --- exact times ------------------------------------------------------------------------
    def retime(self, departure_s: int, ids: Sequence[str]) -> Trip | None:
        """A trip over `ids` leaving the warehouse at `departure_s`; None when a window or the
        warehouse hours are missed."""
        if departure_s > self.close_s:
            return None
        stops = [self.stop[i] for i in ids]
        load = (sum(s.demand[0] for s in stops), sum(s.demand[1] for s in stops))
        on_board = list(load)
        clock, here = departure_s, 0
        driving = distance = 0
        visits = []
        for s in stops:
            travel = int(self.dur[here, s.location])
            driving += travel
            distance += int(self.dist[here, s.location])
            arrival = clock + travel
            start = max(arrival, s.window[0]) if s.window else arrival
            if s.window and start > s.window[1]:
                return None
            on_board = [q - d for q, d in zip(on_board, s.demand, strict=True)]
            visits.append(
                Visit(
                    s.id,
                    arrival,
                    start,
                    start + s.service_s,
                    start - arrival,
                    tuple(on_board),
                    start - departure_s,
                )
            )
            clock, here = start + s.service_s, s.location
        back = int(self.dur[here, 0])
        return Trip(
            WAREHOUSE_ID,
            departure_s,
            load,
            tuple(visits),
            WAREHOUSE_ID,
            clock + back,
            driving + back,
            distance + int(self.dist[here, 0]),
        )

    def _rerun(
        self, vehicle: Vehicle, trips: list[Trip], k: int, ids: list[str]
    ) -> list[Trip] | None:
        """`trips` with trip k's stops replaced by `ids` (empty: the trip goes) and the later
        trips shifted where they must wait for it; None when infeasible."""
        out = list(trips[:k])
        first = self.retime(trips[k].departure_s, ids) if ids else None
        if ids and first is None:
            return None
        if first is not None:
            out.append(first)
        for trip in trips[k + 1 :]:
            ready = out[-1].return_s + vehicle.reload_s if out else vehicle.shift_start_s
            if trip.departure_s >= ready:
                out.append(trip)
                continue
            later = self.retime(ready, [v.stop_id for v in trip.visits])
            if later is None:
                return None
            out.append(later)
        if out and out[-1].return_s > vehicle.shift_end_s:
            return None
        return out

    # --- pricing ----------------------------------------------------------------------------
    def blocks(self) -> list[_Block]:
        """Every block whose removal saves at least MIN_GAIN_S."""
        out = []
        for day, by in self.trips.items():
            for vid, trips in by.items():
                for t, trip in enumerate(trips):
                    rows = [self.stop[v.stop_id].location for v in trip.visits]
                    seq = [0, *rows, 0]
                    k = 0
                    while k < len(rows):
                        j = k
                        while j + 1 < len(rows) and rows[j + 1] == rows[k]:
                            j += 1
                        p, x, n = seq[k], rows[k], seq[j + 2]
                        saving = int(self.dur[p, x] + self.dur[x, n] - self.dur[p, n])
                        if saving >= MIN_GAIN_S:
                            ids = tuple(v.stop_id for v in trip.visits[k : j + 1])
                            kg = sum(self.stop[i].demand[0] for i in ids)
                            litres = sum(self.stop[i].demand[1] for i in ids)
                            skills = frozenset().union(*(self.stop[i].required_skills for i in ids))
                            out.append(
                                _Block(day, vid, t, k, j, ids, x, saving, kg, litres, skills)
                            )
                        k = j + 1
        return out

    def _edges(self, day: dt.date) -> tuple[IntArray, IntArray, IntArray, IntArray, list[_Slot]]:
        """Every edge of `day`'s trips: from row, to row, room in kg and litres (skilled
        vans: negative room is marked by the slot's vehicle), and where it is."""
        a: list[int] = []
        b: list[int] = []
        room: list[tuple[int, int]] = []
        slots: list[_Slot] = []
        for vid, trips in sorted(self.trips[day].items()):
            cap = self.vehicles[vid].capacity
            for t, trip in enumerate(trips):
                seq = [0, *(self.stop[v.stop_id].location for v in trip.visits), 0]
                spare = (cap[0] - trip.load[0], cap[1] - trip.load[1])
                for pos in range(len(seq) - 1):
                    a.append(seq[pos])
                    b.append(seq[pos + 1])
                    room.append(spare)
                    slots.append(_Slot(vid, t, pos))
        arr = np.array(room, dtype=np.int64).reshape(-1, 2)
        return np.array(a, dtype=np.int64), np.array(b, dtype=np.int64), arr[:, 0], arr[:, 1], slots

    def may_take(self, block: _Block, day: dt.date) -> bool:
        """Every family of `block` may go on `day`: available, room under the limit, stock."""
        a = self.assignment
        if self.count.get(day, 0) + len(block.ids) > a.limit_of(day):
            return False
        for code, used in self.limited.items():
            need = sum(
                1 for i in block.ids for p in a.deliveries[i].family.parcels if p.code == code
            )
            limit = a.stock.limit(code)
            if need and limit is not None and used[day] + need > limit:
                return False
        return all(day in a.deliveries[i].days for i in block.ids)

    def keep_cost(self, block: _Block, target: dt.date) -> int:
        cost = 0
        for i in block.ids:
            keep = self.assignment.deliveries[i].keep
            if keep is not None and keep == block.day:
                cost += KEEP_GAIN_S
            elif keep is not None and keep == target:
                cost -= KEEP_GAIN_S
        return cost

    def candidates(
        self, tried: set[tuple[str, dt.date]]
    ) -> list[tuple[int, _Block, dt.date, _Slot]]:
        """Moves that save driving, best first: (gain, block, target day, slot)."""
        blocks = self.blocks()
        if not blocks:
            return []
        cols = np.array([bl.row for bl in blocks], dtype=np.int64)
        kg = np.array([bl.kg for bl in blocks], dtype=np.int64)
        litres = np.array([bl.litres for bl in blocks], dtype=np.int64)
        saving = np.array([bl.saving for bl in blocks], dtype=np.float64)
        needs = np.array([bool(bl.skills) for bl in blocks])
        best: list[tuple[int, _Block, dt.date, _Slot]] = []
        best_gain = np.full(len(blocks), -np.inf)
        best_at: list[tuple[dt.date, _Slot] | None] = [None] * len(blocks)
        for day in sorted(self.trips):
            a, b, room_kg, room_l, slots = self._edges(day)
            if len(a) == 0:
                continue
            detour = self.dur[a][:, cols] + self.dur[:, b][cols].T - self.dur[a, b][:, None]
            fits = (room_kg[:, None] >= kg[None, :]) & (room_l[:, None] >= litres[None, :])
            skilled = np.array([self.vehicles[s.vehicle].skills for s in slots], dtype=object)
            for j in map(int, np.flatnonzero(needs)):
                fits[:, j] &= np.array([blocks[j].skills <= sk for sk in skilled])
            detour = np.where(fits, detour, np.inf)
            where = detour.argmin(axis=0)
            gain = saving - detour[where, np.arange(len(blocks))]
            for k in map(int, np.flatnonzero(gain > best_gain)):
                bl = blocks[k]
                if day == bl.day or (bl.ids[0], day) in tried or not self.may_take(bl, day):
                    continue
                g = gain[k] - self.keep_cost(bl, day)
                if g > best_gain[k]:
                    best_gain[k], best_at[k] = g, (day, slots[int(where[k])])
        for k, at in enumerate(best_at):
            if at is not None and best_gain[k] >= MIN_GAIN_S:
                best.append((int(best_gain[k]), blocks[k], at[0], at[1]))
        best.sort(key=lambda c: (-c[0], c[1].ids, c[2]))
        return best

    # --- applying ---------------------------------------------------------------------------
    def apply(self, block: _Block, target: dt.date, slot: _Slot) -> bool:
        """Move `block` into `slot` of `target` when both vans' retimed routes are feasible."""
        src_trips = self.trips[block.day][block.vehicle]
        left = [v.stop_id for v in src_trips[block.trip].visits]
        del left[block.first : block.last + 1]
        source = self._rerun(self.vehicles[block.vehicle], src_trips, block.trip, left)
        dst_trips = self.trips[target][slot.vehicle]
        ids = [v.stop_id for v in dst_trips[slot.trip].visits]
        ids[slot.position : slot.position] = list(block.ids)
        dest = self._rerun(self.vehicles[slot.vehicle], dst_trips, slot.trip, ids)
        if source is None or dest is None:
            return False
        self.trips[block.day][block.vehicle] = source
        self.trips[target][slot.vehicle] = dest
        a = self.assignment
        for i in block.ids:
            a.day_of[i] = target
            for code, used in self.limited.items():
                n = sum(1 for p in a.deliveries[i].family.parcels if p.code == code)
                used[block.day] -= n
                used[target] += n
        self.count[block.day] -= len(block.ids)
        self.count[target] = self.count.get(target, 0) + len(block.ids)
        return True


def _solution(problem: Problem, trips: Mapping[str, list[Trip]], old: Solution) -> Solution:
    routes = []
    for v in problem.vehicles:
        ts = trips.get(v.id) or []
        if ts:
            routes.append(
                Route(
                    v.id,
                    tuple(ts),
                    sum(t.driving_s for t in ts),
                    sum(t.distance_m for t in ts),
                    ts[-1].return_s - ts[0].departure_s,
                )
            )
    cost = {v.id: v for v in problem.vehicles}
    objective = sum(
        cost[r.vehicle_id].fixed_cost
        + cost[r.vehicle_id].cost_per_s * r.driving_s
        + cost[r.vehicle_id].cost_per_m * r.distance_m
        for r in routes
    )
    return Solution(
        routes=tuple(routes),
        unserved=old.unserved,
        objective=objective,
        driving_s=sum(r.driving_s for r in routes),
        distance_m=sum(r.distance_m for r in routes),
        working_s=sum(r.working_s for r in routes),
        stats=replace(old.stats, notes=(*old.stats.notes, "families moved between days")),
    )


@dataclass(frozen=True, slots=True)
class MoveResult:
    """What the move search did: the moves, rounds, and the days whose routes changed."""

    moves: list[Move]
    rounds: int
    changed: dict[dt.date, tuple[Problem, Solution]]


def move_families(
    matrix: BuildingMatrix,
    vans: Sequence[ParcelVan],
    warehouse: Warehouse,
    assignment: Assignment,
    days: Mapping[dt.date, tuple[Problem, Solution]],
    budget_s: float,
    deterministic: bool,
    tick: Callable[[int, int], None] | None = None,
) -> MoveResult:
    """Move blocks of families between days (module docstring); `assignment` is updated in
    place, the changed days come back rebuilt (problem and solution) and verified."""
    vehicles = half_vehicles(vans)
    close_s = min((p.depots[0].close_s for p, _ in days.values()), default=86_400)
    trips = {
        day: {r.vehicle_id: list(r.trips) for r in sol.routes} for day, (_p, sol) in days.items()
    }
    editor = DayEditor(matrix, vehicles, assignment, trips, close_s)
    started = time.perf_counter()
    moves: list[Move] = []
    tried: set[tuple[str, dt.date]] = set()
    rounds = 0
    budget_ms = max(1, int(budget_s * 1000))
    while rounds < MAX_ROUNDS:
        elapsed = time.perf_counter() - started
        if not deterministic and elapsed >= budget_s:
            break
        if tick:
            tick(min(int(elapsed * 1000), budget_ms), budget_ms)
        rounds += 1
        touched: set[dt.date] = set()
        applied = 0
        for gain, block, target, slot in editor.candidates(tried):
            if block.day in touched or target in touched:
                continue
            tried.add((block.ids[0], target))
            if editor.apply(block, target, slot):
                moves.append(Move(block.ids, block.day, target, gain))
                touched |= {block.day, target}
                applied += 1
        if not applied:
            break
    changed_days = {m.source for m in moves} | {m.target for m in moves}
    changed: dict[dt.date, tuple[Problem, Solution]] = {}
    for day in sorted(changed_days):
        problem = day_problem(warehouse, matrix, vans, assignment.on(day), PARCELS)
        solution = _solution(problem, editor.trips[day], days[day][1])
        problems = verify(problem, solution)
        if problems:  # a bug, never a plan the verifier refuses
            raise AssertionError(f"moving families broke {day}: {problems[:3]}")
        changed[day] = (problem, solution)
    return MoveResult(moves, rounds, changed)
