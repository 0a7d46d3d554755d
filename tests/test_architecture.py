"""Imports flow one way: cli/api → scheduler → routing, geodata, store, domain; sheets present.

The settings tree's root (`config`) sits at the top beside cli and api: it gathers every
package's section, and only cli, api and demo (the entry points) import it; everything below is
handed its section. Reads every module's imports (static, with `ast`, so lazy imports inside
functions count too) and fails on an arrow against the data path.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SOFRA = (
    "domain",
    "demo",
    "geodata",
    "routing",
    "scheduler",
    "store",
    "sheets",
    "api",
    "cli",
    "config",
)

FORBIDDEN: dict[str, set[str]] = {
    "domain": set(SOFRA) - {"domain"},
    "routing": set(SOFRA) - {"routing"},
    "geodata": set(SOFRA) - {"geodata"},
    "store": {"api", "cli", "scheduler", "sheets", "demo", "config"},
    "scheduler": {"api", "cli", "sheets", "config"},
    "sheets": {"api", "cli", "scheduler", "store", "config"},
    "demo": {"api", "cli"},
    "api": {"cli"},
    "config": {"cli", "demo"},
}
"""Packages each package must not import."""

CONFIG_FROM_API = {"api.core.config"}
"""The only module of `api` the settings root imports (the API's section)."""


def imports_of(package: str, *, modules: bool = False) -> list[tuple[str, int, str]]:
    """(file, line, imported top-level Sofra package) for every import in `package`; with
    `modules`, the whole imported module name instead of its top-level package."""
    found = []
    for path in sorted((REPO_ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                top = name.split(".")[0]
                if top in SOFRA and top != package:
                    where = str(path.relative_to(REPO_ROOT))
                    found.append((where, node.lineno, name if modules else top))
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_import_against_the_data_path(package: str) -> None:
    wrong = [f"{f}:{line} imports {top}" for f, line, top in imports_of(package)]
    wrong = [w for w in wrong if w.rsplit(" ", 1)[1] in FORBIDDEN[package]]
    assert not wrong, "\n".join(wrong)


def test_config_takes_only_the_api_section_from_api() -> None:
    wrong = [
        f"{f}:{line} imports {name}"
        for f, line, name in imports_of("config", modules=True)
        if name.split(".")[0] == "api" and name not in CONFIG_FROM_API
    ]
    assert not wrong, "\n".join(wrong)


def test_only_the_entry_points_import_config() -> None:
    readers = {p for p in SOFRA if p != "config" and any(t == "config" for *_, t in imports_of(p))}
    assert readers <= {"cli", "api", "demo"}


def test_every_package_is_checked() -> None:
    on_disk = {p.parent.name for p in REPO_ROOT.glob("*/__init__.py")}
    assert on_disk - {"tests", "benchmarks", "notebooks"} <= set(SOFRA)


def test_moved_modules_are_gone() -> None:
    gone = ["scheduler/views.py", "scheduler/outputs.py", "api/road_layer.py", "api/models.py"]
    gone += ["api/migrations", "geodata/households.py", "scheduler/fleet.py", "sheets/i18n.py"]
    assert [g for g in gone if (REPO_ROOT / g).exists()] == []
