"""`sofra users add|list|reset|deactivate`: the office's logins, on the configured store.

Passwords follow the policy (`domain.password_policy`: 12+ characters, not common, not the
username). `reset` prints a new random password once; `reset` and `deactivate` revoke the
account's tokens at once, closing its open alert streams.
"""

from __future__ import annotations

import getpass
import sys
from enum import StrEnum
from typing import Annotated

import typer

users_app = typer.Typer(help="User accounts: add, list, reset, deactivate.", no_args_is_help=True)


class RoleChoice(StrEnum):
    """The roles (as `store.models.Role`; kept here for a fast start-up)."""

    ADMIN = "admin"
    DISPATCHER = "dispatcher"
    PLANNER = "planner"
    DRIVER = "driver"
    CALL_CENTRE = "call_centre"
    SOCIAL_WORKER = "social_worker"
    TEAM = "team"


Username = Annotated[str, typer.Argument(help="the login name")]
LangOption = Annotated[str, typer.Option("--lang", help="tr (Türkçe) or en (English)")]


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in some containers
        return "cli"


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code=code)


def _check_lang(lang: str) -> str:
    if lang not in ("tr", "en"):
        raise typer.BadParameter(f"language {lang!r} is not supported; use tr or en")
    return lang


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password: str = typer.prompt("Parola / password", hide_input=True, confirmation_prompt=True)
    return password


@users_app.command("add")
def add_command(
    username: Username,
    role: Annotated[RoleChoice, typer.Option("--role", help="what the user may do")],
    driver: Annotated[
        str | None, typer.Option("--driver", help="a driver login: the driver's code")
    ] = None,
    team: Annotated[
        str | None,
        typer.Option("--team", help="a home-visit team member's login: the team's code"),
    ] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="read the password from standard input")
    ] = False,
    lang: LangOption = "tr",
) -> None:
    """Add a login; asks for its password (twice), or reads it with --password-stdin. A team
    login names its team (--team), which must exist; the login and its link are one
    transaction."""
    from config import get_settings
    from domain.password_policy import password_message, password_problem
    from store.db import open_store, session_scope
    from store.errors import StoreError
    from store.models import Role
    from store.repositories.accounts import create_user
    from store.repositories.visits import link_team_login

    lang = _check_lang(lang)
    if (role is RoleChoice.TEAM) != (team is not None):
        raise _fail("error: a team login needs --team CODE, and only team logins name one", 2)
    password = _read_password(password_stdin)
    weak = password_problem(password, username)
    if weak is not None:
        raise _fail(password_message(weak, lang), 1)
    try:
        engine = open_store(get_settings().database_url())
        try:
            with session_scope(engine) as session:
                create_user(
                    session,
                    username=username,
                    password=password,
                    role=Role(role.value),
                    driver_code=driver,
                    actor=_actor(),
                )
                if team is not None:
                    link_team_login(session, username=username, team_code=team, actor=_actor())
        finally:
            engine.dispose()
    except StoreError as exc:
        raise _fail(f"error: {exc}", 2) from exc
    link = f", driver {driver}" if driver else f", team {team}" if team else ""
    typer.echo(f"Added {username} ({role.value}{link}).")


@users_app.command("list")
def list_command() -> None:
    """Every login: username, role, active, driver, team (never a password hash)."""
    from rich.console import Console
    from rich.table import Table

    from config import get_settings
    from store.db import open_store, session_scope
    from store.errors import StoreError
    from store.repositories.accounts import list_users

    try:
        engine = open_store(get_settings().database_url())
        try:
            with session_scope(engine) as session:
                rows = [
                    (
                        u.username,
                        u.role,
                        "yes" if u.active else "no",
                        u.driver_code or "",
                        u.team_code or "",
                    )
                    for u in list_users(session)
                ]
        finally:
            engine.dispose()
    except StoreError as exc:
        raise _fail(f"error: {exc}", 2) from exc
    table = Table(title=f"{len(rows)} user(s)")
    for column in ("username", "role", "active", "driver", "team"):
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    Console(width=100).print(table)


@users_app.command("reset")
def reset_command(username: Username) -> None:
    """Give the user a new random password (printed once); the old one and every token of the
    account stop working at once."""
    from config import get_settings
    from store.db import open_store, session_scope
    from store.errors import StoreError
    from store.repositories.accounts import reset_password

    try:
        engine = open_store(get_settings().database_url())
        try:
            with session_scope(engine) as session:
                password = reset_password(session, username=username, actor=_actor())
        finally:
            engine.dispose()
    except StoreError as exc:
        raise _fail(f"error: {exc}", 2) from exc
    typer.echo(f"New password of {username} (shown once): {password}")


@users_app.command("deactivate")
def deactivate_command(username: Username) -> None:
    """Deactivate the login: it can no longer log in, its tokens and alert streams end at once."""
    from config import get_settings
    from store.db import open_store, session_scope
    from store.errors import StoreError
    from store.repositories.accounts import update_user

    try:
        engine = open_store(get_settings().database_url())
        try:
            with session_scope(engine) as session:
                update_user(session, username=username, actor=_actor(), active=False)
        finally:
            engine.dispose()
    except StoreError as exc:
        raise _fail(f"error: {exc}", 2) from exc
    typer.echo(f"Deactivated {username}; its tokens no longer work.")


def register(app: typer.Typer) -> None:
    """Add the `users` group to the `sofra` app."""
    app.add_typer(users_app, name="users")
