"""Imports flow one way: cli/api → scheduler → routing, geodata, store, domain; sheets present.

Reads every module's imports (static, with `ast`, so lazy imports inside functions count too) and
fails on an arrow against the data path.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SOFRA = ("domain", "demo", "geodata", "routing", "scheduler", "store", "sheets", "api", "cli")

FORBIDDEN: dict[str, set[str]] = {
    "domain": set(SOFRA) - {"domain"},
    "routing": set(SOFRA) - {"routing"},
    "geodata": set(SOFRA) - {"geodata"},
    "store": {"api", "cli", "scheduler", "sheets", "demo"},
    "scheduler": {"api", "cli", "sheets"},
    "sheets": {"api", "cli", "scheduler", "store"},
    "demo": {"api", "cli"},
    "api": {"cli"},
}
"""Packages each package must not import."""


def imports_of(package: str) -> list[tuple[str, int, str]]:
    """(file, line, imported top-level Sofra package) for every import in `package`."""
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
                    found.append((str(path.relative_to(REPO_ROOT)), node.lineno, top))
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_import_against_the_data_path(package: str) -> None:
    wrong = [f"{f}:{line} imports {top}" for f, line, top in imports_of(package)]
    wrong = [w for w in wrong if w.rsplit(" ", 1)[1] in FORBIDDEN[package]]
    assert not wrong, "\n".join(wrong)


def test_every_package_is_checked() -> None:
    on_disk = {p.parent.name for p in REPO_ROOT.glob("*/__init__.py")}
    assert on_disk - {"tests", "benchmarks", "notebooks"} <= set(SOFRA)


def test_moved_modules_are_gone() -> None:
    gone = ["scheduler/views.py", "scheduler/outputs.py", "api/road_layer.py", "api/models.py"]
    gone += ["api/migrations", "geodata/households.py", "scheduler/fleet.py", "sheets/i18n.py"]
    assert [g for g in gone if (REPO_ROOT / g).exists()] == []
