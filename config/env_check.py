"""Environment variables that look like Sofra settings but are none: warn, never ignore silently.

pydantic-settings ignores an unknown `SOFRA_…` variable (the tree is read with `extra="ignore"`,
so the process environment may hold other tools' variables). A misspelt or flat name such as
`SOFRA_MAX_RIDE_MIN` (the setting is `SOFRA_SCHEDULER__MAX_RIDE_MIN`) would then change
nothing without a word; `unknown_settings` names each one and the closest valid name. Only
names are reported, never values (they may be secrets).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

from pydantic import AliasChoices, BaseModel
from pydantic.fields import FieldInfo

PREFIX = "SOFRA_"
NESTED = "__"

NOT_SETTINGS = frozenset(
    {
        "SOFRA_TEST_DATABASE_URL",  # the PostGIS server of the test suite (tests/conftest.py)
        "SOFRA_DEMO_PASSWORD",  # the demo logins' password (api/seed.py)
        "SOFRA_STUDY_WORKERS",  # notebooks' sweep
        "SOFRA_STUDY_QUICK",
    }
)
"""`SOFRA_` variables read by tools around Sofra, not by the settings tree."""


def _aliases(info: FieldInfo) -> list[str]:
    alias = info.validation_alias
    if isinstance(alias, str):
        return [alias]
    if isinstance(alias, AliasChoices):
        return [c for c in alias.choices if isinstance(c, str)]
    return []


def setting_names(model: type[BaseModel], prefix: str = PREFIX) -> set[str]:
    """Every environment name that sets a field of `model` (upper case): sections and nested
    sections joined with `__`, plus the fields' own aliases."""
    names: set[str] = set()
    for name, info in model.model_fields.items():
        full = f"{prefix}{name}".upper()
        names.add(full)
        names.update(a.upper() for a in _aliases(info))
        kind = info.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            names.update(setting_names(kind, full + NESTED))
    return names


def unknown_settings(
    environ: Mapping[str, str], model: type[BaseModel], also_known: Iterable[str] = ()
) -> list[str]:
    """One sentence per `SOFRA_…` variable in `environ` that sets nothing, with the closest
    valid name when there is one, e.g. "SOFRA_MAX_RIDE_MIN is not a Sofra setting; did you mean
    SOFRA_SCHEDULER__MAX_RIDE_MIN?"."""
    valid = setting_names(model) | NOT_SETTINGS | {n.upper() for n in also_known}
    out = []
    for key in sorted(environ):
        upper = key.upper()
        if not upper.startswith(PREFIX) or upper in valid:
            continue
        leaf = upper.rsplit(NESTED, 1)[-1].removeprefix(PREFIX)
        by_leaf = sorted(v for v in valid if v.rsplit(NESTED, 1)[-1] == leaf and NESTED in v)
        close = by_leaf or difflib.get_close_matches(upper, sorted(valid), n=1, cutoff=0.75)
        hint = f"; did you mean {' or '.join(close[:2])}?" if close else ""
        out.append(f"{key} is not a Sofra setting and changes nothing{hint}")
    return out
