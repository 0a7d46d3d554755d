"""Scenario files (YAML) as typed models; errors point at the line and say what to change.

A scenario is a base (the demo town plus `base` changes), named `variants` compared side by
side, and an optional `sweep` grid crossed with the variants. Later layers override the fields
they set: base → variant → sweep point. See docs/simulation/README.md for the format.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    model_validator,
)

from domain.clock import DateError, check_date_range, parse_date
from domain.services import SHIFTS
from scheduler.simulation.errors import ScenarioError, ScenarioIssue
from scheduler.simulation.settings import SimulationSettings

ClockTime = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", description="HH:MM")]
HouseholdCount = Annotated[int, Field(ge=0, description="clients in the register")]
VanCount = Annotated[int, Field(ge=1, le=50)]
Capacity = Annotated[int, Field(ge=1, description="meal containers per van load")]
RideMin = Annotated[int, Field(ge=1, le=240, description="kitchen → door limit, minutes")]
Factor = Annotated[float, Field(gt=0, le=5, description="multiplies every travel time")]
Minutes = Annotated[float, Field(ge=0, le=120)]
Shift = Literal["breakfast", "dinner"]


def _scenario_date(value: Any) -> Any:
    """A date written 2025-01-31 or 31.01.2025, within 2000..2100 (`domain.clock.parse_date`)."""
    try:
        if isinstance(value, dt.date):
            return check_date_range(value)
        if isinstance(value, str):
            return parse_date(value)
    except DateError as exc:
        raise ValueError(str(exc)) from None
    return value  # anything else: pydantic says it is not a date


Day = Annotated[dt.date, BeforeValidator(_scenario_date), Field(description="2025-01-31")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ShiftChange(_Strict):
    """New clock times of one shift; fields left out keep the town's."""

    delivery_start: ClockTime | None = None
    delivery_end: ClockTime | None = None
    kitchen_departure: ClockTime | None = None
    drivers_off: ClockTime | None = None


class KitchenAdd(_Strict):
    """A kitchen added at a coordinate; `vans` of the fleet (the last ones) move there."""

    name: str = Field(min_length=1)
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    vans: int = Field(ge=1, description="vans of the fleet based at this kitchen")


class Changes(_Strict):
    """What a scenario changes in the town. Unset fields keep the base value.

    `households` sets the register size (clients served over the year, like the demo's 494);
    `add_households` adds (or, negative, removes) clients. `vans`/`add_vans` likewise for vans.
    """

    households: HouseholdCount | None = None
    add_households: int | None = None
    vans: VanCount | None = None
    add_vans: int | None = None
    van_capacity_meals: Capacity | None = None
    add_kitchens: tuple[KitchenAdd, ...] | None = None
    breakfast: ShiftChange | None = None
    dinner: ShiftChange | None = None
    max_ride_min: RideMin | None = None
    travel_time_factor: Factor | None = None
    service_min: Minutes | None = None
    reload_min: Minutes | None = None

    def then(self, later: Changes) -> Changes:
        """These changes followed by `later`: fields `later` sets win (shift times field-wise)."""
        merged = self.model_dump(exclude_unset=True)
        for key, value in later.model_dump(exclude_unset=True).items():
            if key in ("breakfast", "dinner") and merged.get(key):
                merged[key] = {**merged[key], **value}
            else:
                merged[key] = value
        return Changes.model_validate(merged)


class Sweep(_Strict):
    """A grid over change fields: every combination of the values listed (scalars only)."""

    households: tuple[HouseholdCount, ...] | None = None
    add_households: tuple[int, ...] | None = None
    vans: tuple[VanCount, ...] | None = None
    add_vans: tuple[int, ...] | None = None
    van_capacity_meals: tuple[Capacity, ...] | None = None
    max_ride_min: tuple[RideMin, ...] | None = None
    travel_time_factor: tuple[Factor, ...] | None = None
    service_min: tuple[Minutes, ...] | None = None
    reload_min: tuple[Minutes, ...] | None = None

    def axes(self) -> dict[str, tuple[Any, ...]]:
        """The grid's axes (in the order of the fields above), each with its values."""
        return {k: tuple(v) for k, v in self.model_dump(exclude_unset=True).items() if v}


class Variant(_Strict):
    """A named alternative, e.g. "one kitchen" against "second kitchen east"."""

    name: str = Field(min_length=1)
    changes: Changes = Changes()


class DaysSpec(_Strict):
    """Which days are evaluated: `sample` distinct dates drawn from `start`..`end` (only the
    ISO `weekdays` listed, if any), or exactly the `dates` listed (no sampling)."""

    start: Day = dt.date(2025, 1, 1)
    end: Day = dt.date(2025, 12, 31)
    sample: int = Field(default_factory=lambda: _sim().days_sampled, ge=1, le=366)
    weekdays: tuple[Annotated[int, Field(ge=1, le=7)], ...] | None = None
    dates: tuple[Day, ...] | None = Field(None, min_length=1)

    @model_validator(mode="after")
    def _enough_days(self) -> DaysSpec:
        if self.dates is not None:
            return self
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}; swap them")
        if len(self.pool()) < self.sample:
            raise ValueError(
                f"sample is {self.sample} but {self.start}..{self.end} has only "
                f"{len(self.pool())} such days; widen the range or sample fewer"
            )
        return self

    def pool(self) -> list[dt.date]:
        """The days a sample is drawn from."""
        span = (self.end - self.start).days + 1
        days = [self.start + dt.timedelta(d) for d in range(span)]
        return [d for d in days if not self.weekdays or d.isoweekday() in self.weekdays]


def _sim() -> SimulationSettings:
    """The built-in defaults; `load_scenario` fills a file's gaps from the settings it is
    given (the tree's `simulation`, which `sofra simulate` passes)."""
    return SimulationSettings()


class Costs(_Strict):
    """Unit costs (Turkish lira) and the CO₂ factor; defaults from SimulationSettings."""

    per_km_try: float = Field(default_factory=lambda: _sim().cost_per_km_try, ge=0)
    per_hour_try: float = Field(default_factory=lambda: _sim().cost_per_hour_try, ge=0)
    per_van_try: float = Field(default_factory=lambda: _sim().cost_per_van_try, ge=0)
    co2_kg_per_km: float = Field(default_factory=lambda: _sim().co2_kg_per_km, ge=0)


class Solver(_Strict):
    """Solver work bounds; with them, the same scenario and seed give the same table."""

    pyvrp_iterations: int = Field(default_factory=lambda: _sim().pyvrp_iterations, ge=1)
    ortools_solutions: int = Field(default_factory=lambda: _sim().ortools_solutions, ge=1)
    time_limit_s: float = Field(default_factory=lambda: _sim().time_limit_s, gt=0)
    drop_penalty: int = Field(default_factory=lambda: _sim().drop_penalty, ge=1)


KPI_NAMES = (
    "vans_used",
    "driving_min",
    "distance_km",
    "working_h",
    "max_ride_min",
    "mean_ride_min",
    "over_limit_share",
    "unserved",
    "unserved_share",
    "cost_per_meal_try",
    "co2_kg",
)


class PlotSpec(_Strict):
    """The curve that answers the question: `y` against `x`, one line per value of `lines`."""

    x: str | None = None
    lines: str | None = None
    y: str = "over_limit_share"

    @model_validator(mode="after")
    def _known_kpi(self) -> PlotSpec:
        if self.y not in KPI_NAMES:
            raise ValueError(f"plot.y is {self.y!r}; use one of {', '.join(KPI_NAMES)}")
        return self


class Scenario(_Strict):
    """A what-if study: base, variants, sweep, sampled days, costs, solver bounds, plot."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    question: str = ""
    town: Literal["demo"] = "demo"
    seed: int = 0
    days: DaysSpec = Field(default_factory=DaysSpec)
    shifts: tuple[Shift, ...] = SHIFTS  # type: ignore[assignment]
    costs: Costs = Field(default_factory=Costs)
    solver: Solver = Field(default_factory=Solver)
    base: Changes = Changes()
    variants: tuple[Variant, ...] = (Variant(name="base"),)
    sweep: Sweep = Sweep()
    plot: PlotSpec = PlotSpec()
    _source: str = PrivateAttr(default="<scenario>")

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        names = [v.name for v in self.variants]
        if len(set(names)) != len(names):
            raise ValueError(f"variant names must be unique, got {names}")
        if not self.variants:
            raise ValueError("list at least one variant (or leave `variants` out)")
        if not self.shifts:
            raise ValueError("list at least one shift: breakfast and/or dinner")
        axes = set(self.sweep.axes()) | {"variant"}
        for label, key in (("plot.x", self.plot.x), ("plot.lines", self.plot.lines)):
            if key is not None and key not in axes:
                raise ValueError(f"{label} is {key!r}; use one of {sorted(axes)}")
        return self

    @property
    def source(self) -> str:
        """The file this scenario was read from."""
        return self._source


# --- YAML with line numbers ---------------------------------------------------------------


_INT, _FLOAT = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"


_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class _Loader(yaml.SafeLoader):
    """YAML 1.2-style scalars: "17:00" stays a string (YAML 1.1 reads it as 1020), and so does
    a date, which the model reads (2025-02-30 is then a field error with its line, not a crash
    of the YAML reader). A value the reader cannot build (`!!int x`) is an error at its line."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, OverflowError, ArithmeticError) as error:
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read {_shown(node)} ({error})", node.start_mark
            ) from None


def _shown(node: yaml.Node) -> str:
    value = node.value if isinstance(node, yaml.ScalarNode) else node.tag
    text = str(value)
    return repr(text if len(text) <= 40 else text[:40] + "…")


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (_INT, _FLOAT, _TIMESTAMP)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(_INT, re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789"))
_Loader.add_implicit_resolver(
    _FLOAT,
    re.compile(r"^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)

Loc = tuple[str | int, ...]


def _line_map(node: yaml.Node, loc: Loc = ()) -> tuple[dict[Loc, int], list[ScenarioIssue]]:
    """1-based line of every key and list item, and duplicate keys found on the way."""
    lines: dict[Loc, int] = {loc: node.start_mark.line + 1}
    duplicates: list[ScenarioIssue] = []
    children: list[tuple[str | int, yaml.Node, int]] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                where = ".".join(map(str, (*loc, name)))
                duplicates.append(ScenarioIssue(key.start_mark.line + 1, where, "key given twice"))
            seen.add(name)
            children.append((name, value, key.start_mark.line + 1))
    elif isinstance(node, yaml.SequenceNode):
        children = [(i, v, v.start_mark.line + 1) for i, v in enumerate(node.value)]
    for key, child, line in children:
        sub, dups = _line_map(child, (*loc, key))
        sub[(*loc, key)] = line
        lines.update(sub)
        duplicates.extend(dups)
    return lines, duplicates


def _line_of(lines: dict[Loc, int], loc: Loc) -> int | None:
    """Line of `loc`, or of its nearest ancestor present in the file."""
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _problems(error: ValidationError, lines: dict[Loc, int]) -> list[ScenarioIssue]:
    problems = []
    for item in error.errors():
        loc = tuple(p for p in item["loc"] if not (isinstance(p, str) and "[" in p))
        reason = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            reason = "unknown field; check the spelling (see docs/simulation/README.md)"
        if item["type"] == "missing":
            reason = "required field is missing"
        field = ".".join(str(p) for p in loc)
        problems.append(ScenarioIssue(_line_of(lines, loc), field, reason))
    return problems


def defaults_of(sim: SimulationSettings) -> dict[str, dict[str, Any]]:
    """The scenario fields whose defaults are the simulation's settings, by section."""
    return {
        "days": {"sample": sim.days_sampled},
        "costs": {
            "per_km_try": sim.cost_per_km_try,
            "per_hour_try": sim.cost_per_hour_try,
            "per_van_try": sim.cost_per_van_try,
            "co2_kg_per_km": sim.co2_kg_per_km,
        },
        "solver": {
            "pyvrp_iterations": sim.pyvrp_iterations,
            "ortools_solutions": sim.ortools_solutions,
            "time_limit_s": sim.time_limit_s,
            "drop_penalty": sim.drop_penalty,
        },
    }


def _with_defaults(data: dict[str, Any], sim: SimulationSettings | None) -> dict[str, Any]:
    """`data` with the fields it leaves out taken from `sim` (None: the built-in defaults)."""
    if sim is None:
        return data
    filled = dict(data)
    for section, defaults in defaults_of(sim).items():
        given = filled.get(section)
        if given is None or isinstance(given, dict):
            filled[section] = defaults | (given or {})
    return filled


def parse_scenario(
    text: str, source: str = "<scenario>", defaults: SimulationSettings | None = None
) -> Scenario:
    """A scenario from YAML text; raises ScenarioError listing each problem with its line.

    Costs, solver bounds and the sample size the file leaves out come from `defaults` (the
    tree's `simulation` section; None: the built-in defaults)."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise ScenarioError(
            source, [ScenarioIssue(line, "", f"not valid YAML: {error.problem}")]
        ) from None
    except yaml.reader.ReaderError as error:  # a control character the reader refuses
        line = text[: error.position].count("\n") + 1
        char = error.character
        code = char if isinstance(char, int) else ord(char)
        reason = f"not valid YAML: control character U+{code:04X} is not allowed; delete it"
        raise ScenarioError(source, [ScenarioIssue(line, "", reason)]) from None
    except yaml.YAMLError as error:
        raise ScenarioError(source, [ScenarioIssue(None, "", f"not valid YAML: {error}")]) from None
    if node is None or not isinstance(data, dict):
        raise ScenarioError(
            source, [ScenarioIssue(1, "", "expected a mapping of fields (name: ...)")]
        )
    lines, duplicates = _line_map(node)
    if duplicates:
        raise ScenarioError(source, duplicates)
    try:
        scenario = Scenario.model_validate(_with_defaults(data, defaults))
    except ValidationError as error:
        raise ScenarioError(source, _problems(error, lines)) from None
    scenario._source = source
    return scenario


def load_scenario(path: str | Path, defaults: SimulationSettings | None = None) -> Scenario:
    """Read and check a scenario file (gaps filled from `defaults`, see `parse_scenario`)."""
    source = Path(path)
    if not source.is_file():
        raise ScenarioError(
            str(source), [ScenarioIssue(None, "", "file not found; pass a .yaml path")]
        )
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        line = source.read_bytes()[: error.start].count(b"\n") + 1
        raise ScenarioError(
            str(source), [ScenarioIssue(line, "", "not UTF-8 text; save the file as UTF-8")]
        ) from None
    except OSError as error:
        raise ScenarioError(
            str(source), [ScenarioIssue(None, "", f"cannot read it ({error.strerror})")]
        ) from None
    return parse_scenario(text, str(source), defaults)


def recheck(scenario: Scenario, what: str = "the command line") -> Scenario:
    """`scenario` validated again after changes from `what` (`--days`, `--seed`), which
    `model_copy` does not check; ScenarioError naming the field otherwise."""
    try:
        checked = Scenario.model_validate(scenario.model_dump())
    except ValidationError as error:
        problems = [
            ScenarioIssue(None, p.field, f"{p.reason} (as set by {what})")
            for p in _problems(error, {})
        ]
        raise ScenarioError(scenario.source, problems) from None
    checked._source = scenario.source
    return checked
