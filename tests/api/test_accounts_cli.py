"""`sofra users add|list|reset|deactivate` on both stores, and the first start of `sofra serve`:
no demo data on a plain start of an empty store, a first administrator asked for or printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from api_testing import scheduler_settings
from pydantic import SecretStr
from sqlalchemy import func, select
from typer.testing import CliRunner

import api.main
from api.core.config import ApiSettings
from api.main import open_state
from api.seed import AdminPasswordError
from cli.main import app
from geodata.road import RoadGraph
from store.db import make_engine, session_scope
from store.models import HouseholdRow, UserRow
from store.repositories import fleet
from store.repositories.accounts import authenticate, find_user

pytest_plugins = ["api_testing"]

runner = CliRunner()
GOOD = "mavi-kapi-sokak-12"


def _sofra(url: str, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"DATABASE_URL": url}, input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def store_url(empty_store_url: str) -> str:
    """An empty store, migrated (as `sofra db upgrade` leaves a PostGIS database)."""
    code, _, err = _sofra(empty_store_url, "db", "upgrade")
    assert code == 0, err
    return empty_store_url


def test_users_add_list_reset_deactivate(store_url: str) -> None:
    code, out, err = _sofra(
        store_url, "users", "add", "--role", "admin", "ayse", "--password-stdin", stdin=GOOD + "\n"
    )
    assert code == 0, err
    assert "Added ayse (admin)" in out
    code, _, err = _sofra(
        store_url, "users", "add", "--role", "planner", "mehmet", stdin=f"{GOOD}\n{GOOD}\n"
    )
    assert code == 0, err  # asked twice on the terminal
    code, _, err = _sofra(
        store_url, "users", "add", "--role", "admin", "ayse", "--password-stdin", stdin=GOOD + "x\n"
    )
    assert code == 2 and "already exists" in err

    code, out, _ = _sofra(store_url, "users", "list")
    assert code == 0 and "2 user(s)" in out
    assert "ayse" in out and "mehmet" in out and "planner" in out and "$argon2" not in out

    engine = make_engine(store_url)
    try:
        with session_scope(engine) as session:
            before = find_user(session, username="mehmet")
            assert before is not None
            version = before.token_version
        code, out, _ = _sofra(store_url, "users", "reset", "mehmet")
        assert code == 0 and "shown once" in out
        new_password = out.strip().rsplit(" ", 1)[1]
        assert len(new_password) >= 12
        with session_scope(engine) as session:
            assert authenticate(session, username="mehmet", password=GOOD) is None
            user = authenticate(session, username="mehmet", password=new_password)
            assert user is not None and user.token_version == version + 1  # old tokens die

        code, out, _ = _sofra(store_url, "users", "deactivate", "mehmet")
        assert code == 0 and "Deactivated mehmet" in out
        with session_scope(engine) as session:
            assert authenticate(session, username="mehmet", password=new_password) is None
        code, out, _ = _sofra(store_url, "users", "list")
        assert "no" in out.split("mehmet", 1)[1].splitlines()[0]
        code, _, err = _sofra(store_url, "users", "reset", "nobody")
        assert code == 2 and "nobody" in err
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("password", "lang", "says"),
    [
        ("12345678", "tr", "en az 12 karakter"),
        ("123456789012", "en", "too common"),
        ("xx-ayse-kitchen-xx", "en", "username"),
    ],
)
def test_users_add_applies_the_password_policy(
    store_url: str, password: str, lang: str, says: str
) -> None:
    code, _, err = _sofra(
        store_url,
        "users",
        "add",
        "--role",
        "dispatcher",
        "ayse",
        "--password-stdin",
        "--lang",
        lang,
        stdin=password + "\n",
    )
    assert code == 1 and says in err
    engine = make_engine(store_url)
    with session_scope(engine) as session:
        assert find_user(session, username="ayse") is None
    engine.dispose()


def test_a_driver_login_names_an_existing_driver(store_url: str) -> None:
    args = ("users", "add", "--role", "driver", "d9", "--password-stdin")
    code, _, err = _sofra(store_url, *args, "--driver", "D9", stdin=GOOD + "\n")
    assert code == 2 and "D9" in err
    engine = make_engine(store_url)
    with session_scope(engine) as session:
        fleet.add_driver(
            session, code="D9", name="Ali Kaya", phone="", shifts=[], skills=[], actor="t"
        )
    engine.dispose()
    code, out, err = _sofra(store_url, *args, "--driver", "D9", stdin=GOOD + "\n")
    assert code == 0 and "driver D9" in out, err


def test_a_team_login_names_an_existing_team_in_the_same_transaction(store_url: str) -> None:
    from domain.visits import Staff, Team
    from store.repositories.visits import add_team

    args = ("users", "add", "--role", "team", "ekip9", "--password-stdin")
    code, _, err = _sofra(store_url, *args, stdin=GOOD + "\n")
    assert code == 2 and "--team" in err  # a team login without its team
    code, _, err = _sofra(store_url, *args, "--team", "T9", stdin=GOOD + "\n")
    assert code == 2 and "T9" in err
    engine = make_engine(store_url)
    with session_scope(engine) as session:
        assert find_user(session, username="ekip9") is None  # the unknown team left nothing
        add_team(session, team=Team("T9", "Ekip 9", (Staff("S9", "Elif"),)), actor="t")
    engine.dispose()
    code, out, err = _sofra(store_url, *args, "--team", "T9", stdin=GOOD + "\n")
    assert code == 0 and "team T9" in out, err
    code, out, _ = _sofra(store_url, "users", "list")
    assert "T9" in out
    planner = ("users", "add", "--role", "planner", "p9", "--team", "T9", "--password-stdin")
    code, _, err = _sofra(store_url, *planner, stdin=GOOD + "\n")
    assert code == 2 and "only team logins" in err


def _counts(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    with session_scope(engine) as session:
        counts = (
            int(session.scalar(select(func.count(HouseholdRow.id))) or 0),
            int(session.scalar(select(func.count(UserRow.id))) or 0),
        )
    engine.dispose()
    return counts


def test_a_plain_start_of_an_empty_store_seeds_no_demo_data(
    empty_store_url: str, inegol_road: RoadGraph
) -> None:
    engine = make_engine(empty_store_url)
    settings = ApiSettings(admin_password=None, secret_key=None)
    state, report = open_state(
        settings, engine=engine, road=inegol_road, scheduler_settings=scheduler_settings()
    )
    state.jobs.shutdown()
    assert report.needs_admin and report.credentials == [] and report.households == 0
    engine.dispose()
    assert _counts(empty_store_url) == (0, 0)


def test_the_first_admin_comes_from_the_environment_and_must_pass_the_policy(
    tmp_path: Path, inegol_road: RoadGraph
) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    engine = make_engine(url)
    weak = ApiSettings(admin_password=SecretStr("admin1234567"), secret_key=None)
    with pytest.raises(AdminPasswordError, match="SOFRA_API__ADMIN_PASSWORD"):
        open_state(weak, engine=engine, road=inegol_road, scheduler_settings=scheduler_settings())
    good = ApiSettings(admin_password=SecretStr(GOOD), secret_key=None)
    state, report = open_state(
        good, engine=engine, road=inegol_road, scheduler_settings=scheduler_settings()
    )
    state.jobs.shutdown()
    assert [(c.username, c.role, c.password) for c in report.credentials] == [
        ("admin", "admin", "")
    ]
    assert not report.needs_admin and report.households == 0
    engine.dispose()
    assert _counts(url) == (0, 1)


@pytest.fixture
def no_server(monkeypatch: pytest.MonkeyPatch, inegol_road: RoadGraph) -> dict[str, Any]:
    """`sofra serve` up to uvicorn (not run), with the road graph loaded already."""
    seen: dict[str, Any] = {}
    monkeypatch.setattr(api.main, "load_graph", lambda *_args, **_kw: inegol_road)
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: seen.update(app=app, **kw))
    for name in ("SOFRA_API__ADMIN_PASSWORD", "SOFRA_API__SEED_DEMO", "SOFRA_API__SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    return seen


def test_sofra_serve_on_an_empty_store_says_how_to_add_the_first_admin(
    tmp_path: Path, no_server: dict[str, Any]
) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    code, out, err = _sofra(url, "serve", "--port", "8123")
    assert code == 0, err + out
    assert "sofra users add --role admin" in " ".join(out.split())
    assert "Demo" not in out and no_server["port"] == 8123
    assert _counts(url) == (0, 0)


def test_sofra_serve_demo_asks_for_the_demo_town(
    tmp_path: Path, no_server: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[ApiSettings] = []
    real = api.main.open_state

    def capture(settings: ApiSettings | None = None, *, config: Any = None, **kwargs: Any) -> Any:
        api_settings = settings or config.api
        asked.append(api_settings)
        return real(api_settings.model_copy(update={"seed_demo": False}), config=config, **kwargs)

    monkeypatch.setattr(api.main, "open_state", capture)
    code, _, err = _sofra(f"sqlite:///{tmp_path / 'demo.sqlite'}", "serve", "--demo")
    assert code == 0, err
    assert [s.seed_demo for s in asked] == [True]
