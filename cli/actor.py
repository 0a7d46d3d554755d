"""Who did it, from the command line: the name an import or a saved plan is recorded under."""

from __future__ import annotations

import getpass


def cli_actor() -> str:
    """`cli:<user>` (just `cli` where the system has no user name, as in some containers)."""
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:
        return "cli"
