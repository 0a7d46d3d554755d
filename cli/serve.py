"""`sofra serve`: the dispatchers' API and page (uvicorn), on the embedded store or PostGIS."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from api.seed import SeedReport
    from api.state import AppState

FIRST_ADMIN = (
    "Henüz yönetici yok / no administrator yet. Create one with\n"
    "    sofra users add --role admin admin\n"
    "(or start with SOFRA_API__ADMIN_PASSWORD set); until then nobody can log in."
)


def print_report(console: Console, report: SeedReport) -> None:
    """What the first start made: the demo town, and the logins with passwords shown once."""
    from rich.table import Table

    if report.households:
        console.print(
            f"Demo: {report.households} hane / households, {report.vans} araç / vans, "
            f"{report.drivers} sürücü / drivers"
        )
    if report.credentials:
        table = Table(title="İlk girişler / first logins (shown once, each its own password)")
        for column in ("user", "role", "password"):
            table.add_column(column)
        for c in report.credentials:
            table.add_row(c.username, c.role, c.password or "(from the environment)")
        console.print(table)


def ask_first_admin(console: Console, state: AppState, username: str) -> bool:
    """On a terminal, ask for the first administrator's password and create the account."""
    from domain.password_policy import password_message, password_problem
    from store.db import session_scope
    from store.models import Role
    from store.repositories.accounts import count_users, create_user

    if not typer.confirm(f"Create the administrator {username!r} now?", default=True):
        return False
    while True:
        password = typer.prompt("Parola / password", hide_input=True, confirmation_prompt=True)
        weak = password_problem(password, username)
        if weak is None:
            break
        console.print(f"{password_message(weak, 'tr')} / {password_message(weak, 'en')}")
    with session_scope(state.engine) as session:
        if count_users(session):
            console.print("Someone created a user meanwhile; nothing changed.")
            return False
        create_user(session, username=username, password=password, role=Role.ADMIN, actor="cli")
    console.print(f"Administrator {username!r} created.")
    return True


def register(app: typer.Typer) -> None:
    """Add `serve` to the `sofra` app."""

    @app.command()
    def serve(
        host: Annotated[
            str | None, typer.Option(help="address (default SOFRA_API__HOST, 127.0.0.1)")
        ] = None,
        port: Annotated[
            int | None, typer.Option(help="port (default SOFRA_API__PORT, 8000)")
        ] = None,
        demo: Annotated[
            bool,
            typer.Option(
                "--demo",
                help="on an empty store, load İnegöl's demo town and demo logins (each with "
                "its own password, printed once); never for a real office",
            ),
        ] = False,
    ) -> None:
        """Serve the API and the dispatcher page. Migrates the store on start (DATABASE_URL
        selects PostGIS). A store without users gets its first administrator from
        SOFRA_API__ADMIN_PASSWORD, else `sofra serve` asks for one (or says how to add one with
        `sofra users add`); only with --demo does an empty store get the demo town."""
        import uvicorn
        from rich.console import Console

        from api.main import create_app, open_state
        from api.seed import AdminPasswordError
        from config import get_settings

        console = Console()
        config = get_settings()
        if demo:
            api = config.api.model_copy(update={"seed_demo": True})
            config = config.model_copy(update={"api": api})
        settings = config.api
        if os.environ.get("SOFRA_DEMO_PASSWORD"):
            console.print("SOFRA_DEMO_PASSWORD is no longer used: each demo login gets its own.")
        try:
            with console.status("Veritabanı ve yol ağı / store and road graph"):
                state, report = open_state(config=config)
        except AdminPasswordError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(code=2) from exc
        print_report(console, report)
        if report.needs_admin:
            console.print(FIRST_ADMIN)
            if sys.stdin.isatty():
                ask_first_admin(console, state, settings.admin_username)
        where_host, where_port = host or settings.host, port or settings.port
        console.print(f"Sofra: http://{where_host}:{where_port}/  (API docs: /docs)")
        try:
            uvicorn.run(
                create_app(state),
                host=where_host,
                port=where_port,
                log_level="info",
                timeout_graceful_shutdown=5,  # alert streams would otherwise hold it open
            )
        finally:
            state.jobs.shutdown(wait=False)
            state.engine.dispose()
