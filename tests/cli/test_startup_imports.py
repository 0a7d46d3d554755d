"""`sofra` starts without the heavy layers: `sofra solve --time-limit S` is wall clock for the
whole command, so a module imported at start-up that the command does not use (the store and
SQLAlchemy, httpx, the solvers) spends the planner's budget (issue 12: ~1.5 s at start-up)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "httpx", "config", "api", "store", "pyvrp", "ortools", "pandas")


def test_the_command_line_starts_without_the_store_the_web_or_the_solvers() -> None:
    code = f"import sys, cli.main; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
