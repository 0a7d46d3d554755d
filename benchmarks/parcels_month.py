"""The 6,091-family parcel month: Sofra's periodic planner against the office's old rule.

    PYTHONPATH=$PWD python benchmarks/parcels_month.py [--month 2026-01] [--time-limit 4]
        [--improve 60] [--deterministic]

Sofra: days chosen by the min-cost flow (compact areas, even spread, last cycle's day kept,
stock), each day routed by the engine ("auto": PyVRP then OR-Tools), then families moved
between days on the routes (exact insertion savings). Baseline, in the same run: each family
on its last cycle's day (else its neighbourhood's block of days), each day routed by PyVRP
alone with the same time per day, as PyVRP models a day (full-day vans, multi-trip reloads,
the lunch as a reload; `scheduler.parcels.baseline_pyvrp`). `--baseline-engine auto` adds a
third row: the baseline's days routed by Sofra's engine (the day choice alone). Prints wall
time, days, vans per day, kilometres and driving per day, unserved, and the ratio of total
driving.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace

from rich.console import Console
from rich.table import Table

from demo.parcels import demo_parcel_inputs
from scheduler.parcels.baseline import plan_baseline
from scheduler.parcels.calendar import month_calendar, parse_month
from scheduler.parcels.month import MonthParams, MonthPlan, check_month, plan_month


def _vans(plan: MonthPlan) -> list[int]:
    return [
        len({r.vehicle_id.rsplit("-", 1)[0] for r in pd.solution.routes})
        for pd in plan.days.values()
    ]


def _served(plan: MonthPlan) -> int:
    return sum(len(pd.solution.served_stop_ids) for pd in plan.days.values())


def _row(name: str, plan: MonthPlan) -> list[str]:
    days = len(plan.days)
    km = [pd.solution.distance_m / 1000 for pd in plan.days.values()]
    driving = [pd.solution.driving_s / 60 for pd in plan.days.values()]
    vans = _vans(plan)
    served = sum(len(pd.solution.served_stop_ids) for pd in plan.days.values())
    return [
        name,
        f"{plan.wall_s:.0f} s",
        str(days),
        f"{served:,}",
        f"{statistics.mean(vans):.1f} ({min(vans)}–{max(vans)})",
        f"{statistics.mean(km):.1f} ({min(km):.0f}–{max(km):.0f})",
        f"{statistics.mean(driving):.0f} ({min(driving):.0f}–{max(driving):.0f})",
        f"{sum(km):,.0f}",
        f"{sum(driving) / 60:.1f}",
        str(len(plan.unserved)),
        "ok" if not check_month(plan) else "FAIL",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--month", default="2026-01")
    parser.add_argument("--time-limit", type=float, default=4.0, help="seconds per day")
    parser.add_argument("--improve", type=float, default=60.0, help="seconds of day moves")
    parser.add_argument("--deterministic", action="store_true")
    parser.add_argument(
        "--baseline-engine",
        default="",
        help='also route the baseline days with this routing.solve engine (e.g. "auto")',
    )
    parser.add_argument(
        "--baseline-long",
        type=float,
        default=0.0,
        help="also route the baseline days by PyVRP alone with this many seconds per day",
    )
    args = parser.parse_args()
    console = Console(width=150)
    started = time.perf_counter()
    inputs = demo_parcel_inputs()
    setup_s = time.perf_counter() - started
    calendar = month_calendar(parse_month(args.month))
    params = MonthParams(
        time_limit_s=args.time_limit, improve_s=args.improve, deterministic=args.deterministic
    )
    console.print(
        f"{len(inputs.families):,} families, {len(calendar.days)} working days, "
        f"{len(inputs.vans)} vans; setup (graph, families, matrix) {setup_s:.1f} s"
    )
    sofra = plan_month(inputs, calendar, params)
    console.print(
        f"sofra: {sofra.moves} families moved in {sofra.rounds} rounds; " + "; ".join(sofra.log)
    )
    baseline = plan_baseline(inputs, calendar, params)
    long = (
        plan_baseline(inputs, calendar, replace(params, time_limit_s=args.baseline_long))
        if args.baseline_long > 0
        else None
    )
    other = (
        plan_baseline(inputs, calendar, params, engine=args.baseline_engine)
        if args.baseline_engine
        else None
    )
    table = Table(title=f"Parcel month {args.month}: {len(inputs.families):,} families")
    for head in (
        "plan",
        "wall",
        "days",
        "served",
        "vans/day",
        "km/day",
        "driving min/day",
        "km total",
        "driving h",
        "unserved",
        "check",
    ):
        table.add_column(head, justify="right")
    table.add_row(*_row("Sofra", sofra))
    table.add_row(*_row(f"baseline (PyVRP alone, {args.time_limit:g} s/day)", baseline))
    if long is not None:
        table.add_row(*_row(f"baseline (PyVRP alone, {args.baseline_long:g} s/day)", long))
    if other is not None:
        table.add_row(*_row(f"baseline days, {args.baseline_engine}", other))
    console.print(table)
    rows = [("baseline (PyVRP alone)", baseline), ("baseline, long", long)]
    rows.append((f"baseline days, {args.baseline_engine}", other))
    for name, plan in rows:
        if plan is None:
            continue
        ratio = sofra.driving_s / max(1, plan.driving_s)
        per = (sofra.driving_s / max(1, _served(sofra))) / (plan.driving_s / max(1, _served(plan)))
        console.print(
            f"Sofra / {name}: total driving {ratio:.2f}, driving per family served {per:.2f}"
        )
    console.print(
        f"whole run {time.perf_counter() - started:.0f} s "
        f"(Sofra incl. setup {sofra.wall_s + setup_s:.0f} s)"
    )


if __name__ == "__main__":
    main()
