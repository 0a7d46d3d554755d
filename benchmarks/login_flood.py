"""A login flood on loopback: N clients post logins as fast as they can. Phases: the right
passwords, each client its own account (every login an Argon2 check of 64 MiB: the hashing
bound runs at most 2 at once and refuses the overflow with 503); wrong passwords for one
account from N addresses (the account limit: 429); wrong passwords for many usernames from one
address (the address limit: 429).
Prints statuses, latencies and the server's memory. Each phase comes from its own loopback
addresses (127.0.0.0/8), so one phase's throttling does not spill into the next.

    python benchmarks/login_flood.py [--clients 50] [--seconds 10] [--database-url URL]

Starts `uvicorn api.main:create_app --factory` on a fresh store (as benchmarks/api_load.py
does); the memory figures are the server process's resident set (VmRSS, peak VmHWM).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from api_load import PASSWORD, free_port, start_server, wait_ready
from rich.console import Console
from rich.table import Table


@dataclass
class Flood:
    """What one phase of the flood got back, and the server's memory meanwhile."""

    name: str
    seconds: float = 0.0
    statuses: Counter[str] = field(default_factory=Counter)
    latencies_s: list[float] = field(default_factory=list)
    peak_rss_mib: float = 0.0

    def percentile_ms(self, q: float) -> float:
        if not self.latencies_s:
            return float("nan")
        ordered = sorted(self.latencies_s)
        return 1000 * ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


def rss_mib(pid: int, key: str = "VmRSS") -> float:
    """The process's resident memory (or its peak, key VmHWM) in MiB, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass(frozen=True)
class Phase:
    """Who floods: `usernames` in turn, with `password`, from `addresses` (one per client)."""

    name: str
    usernames: tuple[str, ...]
    password: str
    addresses: tuple[str, ...]


async def flood(base: str, phase: Phase, clients: int, seconds: float, pid: int) -> Flood:
    result = Flood(phase.name)
    deadline = time.perf_counter() + seconds

    async def client(number: int) -> None:
        address = phase.addresses[number % len(phase.addresses)]
        transport = httpx.AsyncHTTPTransport(local_address=address)
        async with httpx.AsyncClient(base_url=base, transport=transport, timeout=60) as http:
            sent = 0
            while time.perf_counter() < deadline:
                username = phase.usernames[(number + sent) % len(phase.usernames)]
                sent += 1
                started = time.perf_counter()
                try:
                    response = await http.post(
                        "/login/access-token",
                        data={"username": username, "password": phase.password},
                    )
                    result.statuses[str(response.status_code)] += 1
                except httpx.HTTPError as exc:
                    result.statuses[type(exc).__name__] += 1
                result.latencies_s.append(time.perf_counter() - started)

    async def sample() -> None:
        while time.perf_counter() < deadline:
            result.peak_rss_mib = max(result.peak_rss_mib, rss_mib(pid))
            await asyncio.sleep(0.05)

    began = time.perf_counter()
    await asyncio.gather(sample(), *(client(i) for i in range(clients)))
    result.seconds = time.perf_counter() - began
    return result


USER_PASSWORD = "flood-test-kitchen-42"


def add_users(base: str, count: int) -> tuple[str, ...]:
    """`count` planner logins with one known password, each client logging in as its own."""
    token = httpx.post(
        base + "/login/access-token", data={"username": "admin", "password": PASSWORD}
    ).json()["access_token"]
    auth = {"Authorization": f"Bearer {token}"}
    names = tuple(f"flood{i}" for i in range(count))
    for name in names:
        body = {"username": name, "password": USER_PASSWORD, "role": "planner"}
        httpx.post(base + "/users", json=body, headers=auth, timeout=60).raise_for_status()
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10.0, help="per phase")
    parser.add_argument("--database-url", default=None, help="default: a fresh SQLite file")
    args = parser.parse_args()

    console = Console()
    with tempfile.TemporaryDirectory(prefix="sofra-flood-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'flood.sqlite'}"
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(url, port, sheet_cache=True)
        try:
            with console.status("starting the server (migrations, demo town)"):
                wait_ready(base, server)
            with console.status(f"adding {args.clients} logins"):
                users = add_users(base, args.clients)
            idle = rss_mib(server.pid)
            many = tuple(f"127.0.1.{i + 1}" for i in range(args.clients))
            phases = [
                Phase("right passwords", users, USER_PASSWORD, ("127.0.0.1",)),
                Phase("one account, many addresses", ("dispatcher",), "wrong-guess", many),
                Phase(
                    "many usernames, one address",
                    tuple(f"guess{i}" for i in range(1000)),
                    "wrong-guess",
                    ("127.0.2.1",),
                ),
            ]
            results = []
            for phase in phases:
                with console.status(f"{args.clients} clients: {phase.name}"):
                    results.append(
                        asyncio.run(flood(base, phase, args.clients, args.seconds, server.pid))
                    )
            peak = rss_mib(server.pid, "VmHWM")
        finally:
            server.terminate()
            server.wait(timeout=30)

    store = "PostGIS" if url.startswith("postgresql") else "SQLite"
    table = Table(
        title=f"Login flood · {args.clients} clients · {args.seconds:.0f} s each · {store} · "
        f"1 uvicorn worker · server idle {idle:.0f} MiB, peak {peak:.0f} MiB"
    )
    for column in ("phase", "answers", "req/s", "p50 ms", "p99 ms", "server peak MiB"):
        table.add_column(column, justify="right")
    for r in results:
        table.add_row(
            r.name,
            " ".join(f"{status}×{n}" for status, n in sorted(r.statuses.items())),
            f"{sum(r.statuses.values()) / r.seconds:.0f}",
            f"{r.percentile_ms(50):.0f}",
            f"{r.percentile_ms(99):.0f}",
            f"{r.peak_rss_mib:.0f}",
        )
    console.print(table)


if __name__ == "__main__":
    main()
