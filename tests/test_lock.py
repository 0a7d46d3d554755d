"""The lock and pyproject.toml agree, and the environment runs the locked versions.

`requirements.lock` (uv pip compile) pins every run-time and dev dependency; both README
commands and `.ci/run` install through it, so an upstream release cannot change a fresh install.
"""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO_ROOT = Path(__file__).resolve().parent.parent
LOCK = REPO_ROOT / "requirements.lock"
PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;\\]+)", re.M)


def locked() -> dict[str, Version]:
    """Package name → pinned version, from the lock file."""
    pins = {}
    for name, version in PIN.findall(LOCK.read_text(encoding="utf-8")):
        pins[canonicalize_name(name.split("[")[0])] = Version(version)
    return pins


def declared() -> list[Requirement]:
    """Run-time and dev requirements of pyproject.toml."""
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        specs += extra
    return [Requirement(s) for s in specs]


def test_every_declared_requirement_is_pinned_within_its_range() -> None:
    pins = locked()
    problems = []
    for req in declared():
        name = canonicalize_name(req.name)
        if name not in pins:
            problems.append(f"{req} is in pyproject.toml but not in requirements.lock")
        elif not req.specifier.contains(pins[name], prereleases=True):
            problems.append(f"{req}: the lock pins {pins[name]}")
    assert not problems, "refresh the lock (see the README):\n" + "\n".join(problems)


def test_pytest_cannot_be_the_release_that_broke_schemathesis() -> None:
    assert locked()["pytest"] != Version("9.2.0")


def test_installed_versions_are_the_locked_ones() -> None:
    pins = locked()
    wrong = []
    for dist in importlib.metadata.distributions():
        name = canonicalize_name(dist.metadata["Name"])
        if name in pins and Version(dist.version) != pins[name]:
            wrong.append(f"{name} {dist.version} installed, {pins[name]} locked")
    assert not wrong, "install with the README's command:\n" + "\n".join(sorted(wrong))
