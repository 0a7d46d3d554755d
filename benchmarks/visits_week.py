"""A week of home visits (300 visits, 8 teams): Sofra's week planner against a plain baseline.

    PYTHONPATH=$PWD python benchmarks/visits_week.py [--week 2026-01-05] [--visits 300]
        [--time-limit 2] [--fast]

Sofra: visits assigned to days and teams (compact areas, continuity of care, minutes per
team-day), each team-day routed by the engine in two halves around the lunch break at the
office, what the engine left out offered to other team-days. Baseline, in the same run: each
visit on the day it was asked for, each day routed by PyVRP over all teams as whole-day
vehicles (no lunch break, no continuity). Both honour windows and skills and pass the
verifier. Prints wall time, visits served, driving per team-day, the share of visits with the
same team as last time, visits at a door during lunch, and the ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics

from rich.console import Console
from rich.table import Table

from demo.visits import DEMO_WEEK, demo_visit_inputs
from routing.model import Problem, Solution
from scheduler.visits.baseline import (
    baseline_continuity,
    lunch_overlaps,
    plan_baseline,
)
from scheduler.visits.week import WeekParams, check_week, plan_week


def _spread(values: list[float]) -> str:
    if not values:
        return "—"
    return f"{statistics.mean(values):.1f} ({min(values):.0f}–{max(values):.0f})"


def _office_legs_h(pairs: list[tuple[Problem, Solution]]) -> float:
    """Hours of driving between the office and the first or last visit of each trip."""
    total = 0.0
    for problem, solution in pairs:
        loc = {st.id: st.location for st in problem.stops}
        for route in solution.routes:
            for trip in route.trips:
                if trip.visits:
                    first, last = loc[trip.visits[0].stop_id], loc[trip.visits[-1].stop_id]
                    total += problem.duration_s[0, first] + problem.duration_s[last, 0]
    return total / 3600


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--week", default=DEMO_WEEK.isoformat(), help="the Monday")
    parser.add_argument("--visits", type=int, default=300)
    parser.add_argument("--time-limit", type=float, default=2.0, help="engine s per team-day")
    parser.add_argument("--fast", action="store_true", help="time-bounded, not deterministic")
    parser.add_argument("--workers", type=int, default=2, help="processes routing team-days")
    args = parser.parse_args()
    week = dt.date.fromisoformat(args.week)
    console = Console(width=170)
    inputs = demo_visit_inputs(week_start=week, n=args.visits)
    params = WeekParams(
        time_limit_s=args.time_limit, deterministic=not args.fast, seed=1, workers=args.workers
    )
    console.print(
        f"{len(inputs.visits)} visits, {len(inputs.teams)} teams, week of {week}; "
        f"{os.cpu_count()} cores; engine {'time-bounded' if args.fast else 'deterministic'}, "
        f"{args.time_limit:g} s per team-day; sofra on {args.workers} processes, baseline on 1"
    )
    sofra = plan_week(inputs, week, params)
    base = plan_baseline(inputs, week, params.solve_params())

    s_served = sofra.served()
    b_served = base.served()
    s_driving = [
        td.solution.driving_s / 60 for td in sofra.team_days.values() if td.solution.served_stop_ids
    ]
    b_driving = [r.driving_s / 60 for _p, s in base.days.values() for r in s.routes if r.trips]
    s_prev, s_same = sofra.continuity()
    b_prev, b_same = baseline_continuity(inputs, base)
    s_lunch = 0  # the halves end and start at the office around lunch (verifier: shifts)
    b_lunch = lunch_overlaps(inputs, base)
    s_check = "ok" if not check_week(sofra) else "FAIL"
    b_check = "ok" if not base.violations() else "FAIL"

    table = Table(
        title=f"Home visits, week of {week}: {len(inputs.visits)} visits, {len(inputs.teams)} teams"
    )
    for col in (
        "planner",
        "wall",
        "served",
        "not served",
        "team-days",
        "driving min / team-day",
        "driving h total",
        "driving min / visit",
        "same team as last time",
        "at a door in lunch",
        "verifier",
    ):
        table.add_column(col, justify="right")
    rows = (
        ("sofra", sofra.wall_s, s_served, s_driving, s_prev, s_same, s_lunch, s_check),
        (
            "baseline (pyvrp, day asked)",
            base.wall_s,
            b_served,
            b_driving,
            b_prev,
            b_same,
            b_lunch,
            b_check,
        ),
    )
    for name, wall, served, driving, prev, same, lunch, check in rows:
        table.add_row(
            name,
            f"{wall:.1f} s",
            str(len(served)),
            str(len(inputs.visits) - len(served)),
            str(len(driving)),
            _spread(driving),
            f"{sum(driving) / 60:.1f}",
            f"{sum(driving) / max(1, len(served)):.2f}",
            f"{same}/{prev} ({same / prev:.0%})" if prev else "—",
            str(lunch),
            check,
        )
    console.print(table)
    ratio_served = len(s_served) / max(1, len(b_served))
    per_td = sum(s_driving) / max(1, len(s_driving))
    ratio_driving = per_td / max(1e-9, sum(b_driving) / max(1, len(b_driving)))
    share_s = s_same / s_prev if s_prev else 0.0
    share_b = b_same / b_prev if b_prev else 0.0
    ratio_cont = share_s / share_b if share_b else float("inf")
    ratio_wall = sofra.wall_s / max(1e-9, base.wall_s)
    console.print(
        f"ratio sofra/baseline: served {ratio_served:.2f}, driving per team-day "
        f"{ratio_driving:.2f}, same-team share {ratio_cont:.2f}, wall {ratio_wall:.2f}"
    )
    reasons: dict[str, int] = {}
    for reason, _detail in sofra.unplaced.values():
        reasons[reason] = reasons.get(reason, 0) + 1
    console.print(f"sofra not served: {reasons or 'none'}; repaired {sofra.repaired}")
    s_legs = _office_legs_h([(td.problem, td.solution) for td in sofra.team_days.values()])
    b_legs = _office_legs_h(list(base.days.values()))
    console.print(
        f"driving to and from the office (lunch there: two more legs a day): "
        f"sofra {s_legs:.1f} h, baseline {b_legs:.1f} h"
    )
    b_reasons: dict[str, int] = {}
    for _p, s in base.days.values():
        for u in s.unserved:
            b_reasons[u.reason.value] = b_reasons.get(u.reason.value, 0) + 1
    console.print(
        f"baseline not served: {b_reasons or 'none'}; outside the week {len(base.outside)}"
    )


if __name__ == "__main__":
    main()
