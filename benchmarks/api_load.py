"""Load on the API: N concurrent clients on loopback read a plan, its GeoJSON and a route sheet.

    python benchmarks/api_load.py [--clients 50] [--seconds 10] [--database-url URL] [--jobs 5]

Starts `uvicorn api.main:create_app --factory` in a subprocess on a fresh store (the embedded
SQLite file by default; PostGIS with --database-url), which seeds the demo town; plans dinner
through the API (a background job), then for each scenario runs the clients for a bounded time
and prints request rates and latency percentiles. Route sheets are rendered once per plan and
language and then served from the in-memory cache; `--no-sheet-cache` measures rendering. The
last two rows are a cheap GET (`/kitchens`) by 5 clients, idle and while `--jobs` planning jobs
run: what a dispatcher's page feels like while planners' jobs solve.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

PASSWORD = "bench-load-sofra-26"
"""The administrator's (SOFRA_API__ADMIN_PASSWORD); the demo logins get random ones, so the load
runs as the administrator, who may read everything a dispatcher reads."""
DAY = "2026-11-25"


@dataclass
class Result:
    """Latencies (seconds) and failures of one scenario."""

    name: str
    seconds: float
    latencies_s: list[float] = field(default_factory=list)
    errors: int = 0
    error_kinds: set[str] = field(default_factory=set)

    def percentile_ms(self, q: float) -> float:
        """The q-th percentile latency in milliseconds."""
        if not self.latencies_s:
            return float("nan")
        ordered = sorted(self.latencies_s)
        return 1000 * ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_server(database_url: str, port: int, sheet_cache: bool) -> subprocess.Popen[bytes]:
    env = os.environ | {
        "DATABASE_URL": database_url,
        "SOFRA_API__ADMIN_PASSWORD": PASSWORD,
        "SOFRA_API__SEED_DEMO": "true",
        "SOFRA_SCHEDULER__SOLVER_TIME_LIMIT_S": "2",
        "SOFRA_API__PDF_CACHE_ENTRIES": "64" if sheet_cache else "0",
    }
    command = [sys.executable, "-m", "uvicorn", "api.main:create_app", "--factory"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    root = Path(__file__).resolve().parent.parent
    return subprocess.Popen(command, env=env, cwd=root)


def wait_ready(base: str, server: subprocess.Popen[bytes], timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            if httpx.get(base + "/openapi.json", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit("the server did not start in time")


def plan_dinner(base: str) -> tuple[dict[str, str], int, int]:
    """Plan dinner of DAY through the API; (auth header, plan id, a route number)."""
    token = httpx.post(
        base + "/login/access-token", data={"username": "admin", "password": PASSWORD}
    ).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    job = httpx.post(base + "/plans", json={"day": DAY, "shift": "dinner"}, headers=auth).json()
    while job["status"] not in ("done", "failed", "interrupted"):
        time.sleep(0.3)
        job = httpx.get(f"{base}/jobs/{job['id']}", headers=auth).json()
    if job["status"] == "failed":
        raise SystemExit(f"planning failed: {job['error']}")
    plan_id = int(job["result"]["plan_id"])
    plan = httpx.get(f"{base}/plans/{plan_id}", headers=auth).json()
    route = next(r["route"] for r in plan["routes"] if r["stops"])
    return auth, plan_id, route


def start_jobs(base: str, auth: dict[str, str], jobs: int) -> list[str]:
    """Queue `jobs` plans of other days (dinner); the ids of the jobs the API accepted."""
    day = dt.date.fromisoformat(DAY)
    ids = []
    for i in range(1, jobs + 1):
        body = {"day": (day + dt.timedelta(days=i)).isoformat(), "shift": "dinner"}
        response = httpx.post(base + "/plans", json=body, headers=auth)
        if response.status_code == 202:
            ids.append(response.json()["id"])
    return ids


def jobs_running(base: str, auth: dict[str, str], ids: list[str]) -> int:
    """How many of the jobs `ids` are still queued or running."""
    statuses = [httpx.get(f"{base}/jobs/{i}", headers=auth).json()["status"] for i in ids]
    return sum(1 for s in statuses if s in ("queued", "running"))


async def run(base: str, path: str, auth: dict[str, str], clients: int, seconds: float) -> Result:
    result = Result(path, seconds)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, headers=auth, limits=limits, timeout=60) as http:
        deadline = time.perf_counter() + seconds

        async def client() -> None:
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                try:
                    response = await http.get(path)
                    kind = "" if response.status_code == 200 else str(response.status_code)
                except httpx.HTTPError as exc:
                    kind = type(exc).__name__
                if kind:
                    result.errors += 1
                    result.error_kinds.add(kind)
                else:
                    result.latencies_s.append(time.perf_counter() - started)

        began = time.perf_counter()
        await asyncio.gather(*(client() for _ in range(clients)))
        result.seconds = time.perf_counter() - began
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0, help="per scenario")
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    parser.add_argument("--no-sheet-cache", action="store_true")
    parser.add_argument("--jobs", type=int, default=5, help="planning jobs for the last row")
    args = parser.parse_args()

    console = Console()
    with tempfile.TemporaryDirectory(prefix="sofra-load-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'load.sqlite'}"
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(url, port, sheet_cache=not args.no_sheet_cache)
        try:
            with console.status("starting the server (migrations, demo town)"):
                wait_ready(base, server)
            with console.status("planning dinner"):
                auth, plan_id, route = plan_dinner(base)
            scenarios = [
                ("plan (JSON)", f"/plans/{plan_id}"),
                ("plan (GeoJSON)", f"/plans/{plan_id}/geojson"),
                ("route sheet (PDF)", f"/plans/{plan_id}/routes/{route}/sheet.pdf"),
            ]
            results = []
            for name, path in scenarios:
                with console.status(f"{args.clients} clients: {name}"):
                    result = asyncio.run(run(base, path, auth, args.clients, args.seconds))
                result.name = name
                results.append(result)
            with console.status("5 clients: cheap GET, idle"):
                idle = asyncio.run(run(base, "/kitchens", auth, 5, args.seconds))
            idle.name = "GET /kitchens, idle"
            results.append(idle)
            ids = start_jobs(base, auth, args.jobs)
            with console.status(f"5 clients: cheap GET while {len(ids)} planning jobs run"):
                busy = asyncio.run(run(base, "/kitchens", auth, 5, args.seconds))
            busy.name = f"GET /kitchens, {len(ids)} jobs ({jobs_running(base, auth, ids)} left)"
            results.append(busy)
        finally:
            server.terminate()
            server.wait(timeout=30)

    store = "PostGIS" if url.startswith("postgresql") else "SQLite"
    cache = "off" if args.no_sheet_cache else "on"
    table = Table(
        title=f"Sofra API · {args.clients} clients · {args.seconds:.0f} s each · {store} · "
        f"1 uvicorn worker · sheet cache {cache}"
    )
    columns = ("scenario", "requests", "errors", "req/s", "p50 ms", "p90 ms", "p99 ms", "mean ms")
    for column in columns:
        table.add_column(column, justify="right")
    for r in results:
        table.add_row(
            r.name,
            str(len(r.latencies_s)),
            f"{r.errors} {' '.join(sorted(r.error_kinds))}".strip(),
            f"{len(r.latencies_s) / r.seconds:.0f}",
            f"{r.percentile_ms(50):.0f}",
            f"{r.percentile_ms(90):.0f}",
            f"{r.percentile_ms(99):.0f}",
            f"{1000 * statistics.fmean(r.latencies_s):.0f}" if r.latencies_s else "-",
        )
    console.print(table)


if __name__ == "__main__":
    main()
