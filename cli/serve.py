"""`sofra serve`: the dispatchers' API and page (uvicorn), on the embedded store or PostGIS."""

from __future__ import annotations

from typing import Annotated

import typer


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
    ) -> None:
        """Serve the API and the dispatcher page. Migrates the store on start and, on an empty
        one, loads the demo town and prints the first logins (DATABASE_URL selects PostGIS)."""
        import uvicorn
        from rich.console import Console
        from rich.table import Table

        from api.main import create_app, open_state
        from config import get_settings

        console = Console()
        config = get_settings()
        settings = config.api
        with console.status("Veritabanı ve yol ağı / store and road graph"):
            state, report = open_state(config=config)
        if report.households:
            console.print(
                f"Demo: {report.households} hane / households, {report.vans} araç / vans, "
                f"{report.drivers} sürücü / drivers, {report.holds} askı / holds"
            )
        if report.credentials:
            table = Table(title="İlk girişler / first logins (shown once)")
            for column in ("user", "role", "password"):
                table.add_column(column)
            for c in report.credentials:
                table.add_row(c.username, c.role, c.password or "(from the environment)")
            console.print(table)
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
