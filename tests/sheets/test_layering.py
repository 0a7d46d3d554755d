"""Presentation sits above planning: sheets/ draws plans, scheduler/ makes them (imports only)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("domain", "demo", "geodata", "routing", "scheduler", "store", "sheets", "api", "cli")
FORBIDDEN = {
    "sheets": {"scheduler", "store", "api", "cli"},
    "scheduler": {"sheets", "api"},
    "store": {"api"},
    "domain": set(PACKAGES) - {"domain"},
    "routing": set(PACKAGES) - {"routing"},
    "geodata": set(PACKAGES) - {"geodata"},
}


def imported_packages(path: Path) -> set[str]:
    """Top-level Sofra packages a module imports (anywhere in it, not only at the top)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & set(PACKAGES)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_follow_the_layers(package: str) -> None:
    wrong = {
        str(path.relative_to(ROOT)): sorted(imported_packages(path) & FORBIDDEN[package])
        for path in sorted((ROOT / package).rglob("*.py"))
    }
    assert {k: v for k, v in wrong.items() if v} == {}


def test_presentation_modules_left_scheduler() -> None:
    for gone in ("views.py", "outputs.py"):
        assert not (ROOT / "scheduler" / gone).exists()
    assert not (ROOT / "api" / "road_layer.py").exists()
