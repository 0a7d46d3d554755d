"""JSON I/O of problems and solutions: round trips, schema errors with paths, inf as null, OSM."""

from __future__ import annotations

import dataclasses
import json
import math
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from cli.main import app
from cli.solve import osm_matrices
from routing.errors import ProblemError, SolutionFormatError
from routing.jsonio import (
    dumps,
    load_problem,
    load_solution,
    problem_from_dict,
    problem_to_dict,
    schema,
    solution_from_dict,
    solution_to_dict,
)
from routing.model import (
    Depot,
    Problem,
    Route,
    Solution,
    SolveStats,
    Stop,
    Trip,
    Unserved,
    UnservedReason,
    Vehicle,
    Visit,
)
from routing.verify import verify

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "data" / "routing"
SCHEMA_README = REPO / "routing" / "schema" / "README.md"
INEGOL_OSM = REPO / "data" / "osm" / "inegol-center.osm.xml"


def assert_same_problem(a: Problem, b: Problem) -> None:
    """Field by field (Problem compares by identity): matrices with inf, the rest by value."""
    for f in dataclasses.fields(Problem):
        left, right = getattr(a, f.name), getattr(b, f.name)
        if isinstance(left, np.ndarray):
            assert np.array_equal(left, right), f.name
        else:
            assert dict(left) == dict(right) if f.name == "max_ride_s" else left == right, f.name


# --- strategies -----------------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6)
LABELS = st.frozensets(st.sampled_from(["carry_inside", "cold_box", "wheelchair"]), max_size=2)
SECONDS = st.integers(0, 172_800)
LAT = st.none() | st.floats(-90, 90, allow_nan=False)
LON = st.none() | st.floats(-180, 180, allow_nan=False)


def loads(dims: int) -> st.SearchStrategy[tuple[int, ...]]:
    return st.tuples(*[st.integers(0, 50)] * dims)


@st.composite
def problems(draw: st.DrawFn) -> Problem:
    """Small random problems: any locations, unreachable pairs, every optional field varied."""
    dims = draw(st.integers(1, 2))
    size = draw(st.integers(1, 6))
    location = st.integers(0, size - 1)
    depot_ids = draw(st.lists(TEXT, min_size=1, max_size=2, unique=True))
    depots = [
        Depot(i, draw(location), draw(SECONDS), draw(SECONDS), draw(LAT), draw(LON))
        for i in depot_ids
    ]
    vehicles = []
    for vehicle_id in draw(st.lists(TEXT, max_size=3, unique=True)):
        start, length = draw(SECONDS), draw(st.integers(0, 40_000))
        vehicles.append(
            Vehicle(
                vehicle_id,
                draw(st.sampled_from(depot_ids)),
                draw(st.sampled_from(depot_ids)),
                start,
                start + length,
                draw(loads(dims)),
                fixed_cost=draw(st.integers(0, 10_000)),
                cost_per_s=draw(st.integers(0, 3)),
                cost_per_m=draw(st.integers(0, 3)),
                skills=draw(LABELS),
                reload_s=draw(st.integers(0, 900)),
                max_trips=draw(st.none() | st.integers(1, 5)),
            )
        )
    stops = []
    for stop_id in draw(st.lists(TEXT, max_size=5, unique=True)):
        window = draw(st.none() | st.tuples(SECONDS, st.integers(0, 7200)))
        stops.append(
            Stop(
                stop_id,
                draw(location),
                draw(loads(dims)),
                window=None if window is None else (window[0], window[0] + window[1]),
                service_s=draw(st.integers(0, 600)),
                priority=draw(st.integers(-2, 3)),
                required_skills=draw(LABELS),
                meal_type=draw(st.sampled_from(["hot", "cold", "diet"])),
                lat=draw(LAT),
                lon=draw(LON),
            )
        )
    entry = st.integers(0, 100_000).map(float) | st.just(np.inf)
    matrices = [
        np.array(
            draw(
                st.lists(
                    st.lists(entry, min_size=size, max_size=size), min_size=size, max_size=size
                )
            )
        )
        for _ in range(2)
    ]
    ride = draw(st.dictionaries(st.sampled_from(["hot", "cold", "diet"]), SECONDS, max_size=3))
    return Problem(tuple(depots), tuple(vehicles), tuple(stops), matrices[0], matrices[1], ride)


@st.composite
def solutions(draw: st.DrawFn) -> Solution:
    """Random solution documents (structure only: the verifier judges whether they make sense)."""
    count = st.integers(0, 100_000)
    load = st.lists(st.integers(-5, 20), min_size=1, max_size=2).map(tuple)

    def visit() -> Visit:
        return Visit(draw(TEXT), *(draw(count) for _ in range(4)), draw(load), draw(count))

    def trip() -> Trip:
        visits = tuple(visit() for _ in range(draw(st.integers(0, 3))))
        return Trip(
            draw(TEXT),
            draw(count),
            draw(load),
            visits,
            draw(TEXT),
            *(draw(count) for _ in range(3)),
        )

    routes = tuple(
        Route(
            draw(TEXT),
            tuple(trip() for _ in range(draw(st.integers(0, 3)))),
            draw(count),
            draw(count),
            draw(count),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    unserved = tuple(
        Unserved(draw(TEXT), draw(st.sampled_from(list(UnservedReason))), draw(st.text()))
        for _ in range(draw(st.integers(0, 3)))
    )
    stats = SolveStats(
        draw(st.text(max_size=8)),
        draw(st.floats(0, 1e4, allow_nan=False)),
        draw(st.integers(0, 99)),
        tuple(draw(st.lists(st.text(max_size=12), max_size=3))),
    )
    return Solution(routes, unserved, *(draw(count) for _ in range(4)), stats=stats)


# --- round trips ----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_problem_round_trips_through_json_text(problem: Problem) -> None:
    text = dumps(problem_to_dict(problem))
    assert_same_problem(problem_from_dict(json.loads(text)), problem)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(solutions())
def test_solution_round_trips_through_json_text(solution: Solution) -> None:
    back = solution_from_dict(json.loads(dumps(solution_to_dict(solution))))
    assert back == solution
    assert back.stats == solution.stats  # excluded from Solution equality, kept in the document


def test_a_solved_plan_round_trips_through_files_and_still_verifies(tmp_path: Path) -> None:
    from routing.model import SolveParams
    from routing.solve import solve

    problem = load_problem(FIXTURES / "grid-8-stops.json")
    solution = solve(problem, SolveParams(time_limit_s=2, deterministic=True))
    (tmp_path / "p.json").write_text(dumps(problem_to_dict(problem)), encoding="utf-8")
    (tmp_path / "s.json").write_text(dumps(solution_to_dict(solution)), encoding="utf-8")
    problem_back = load_problem(tmp_path / "p.json")
    solution_back = load_solution(tmp_path / "s.json")
    assert_same_problem(problem_back, problem)
    assert solution_back == solution
    assert verify(problem_back, solution_back) == []


# --- inf <-> null ---------------------------------------------------------------------------------


def test_unreachable_pairs_are_null_in_json_and_inf_in_python() -> None:
    duration = np.array([[0, 60, np.inf], [70, 0, 30], [np.inf, 40, 0]])
    problem = Problem.from_matrices(
        [Depot("k", 0)],
        [Vehicle("v", "k", "k", 0, 3600, (5,))],
        [Stop("a", 0, (1,)), Stop("b", 0, (1,))],
        duration,
    )
    document = problem_to_dict(problem)
    assert document["duration_s"] == [[0, 60, None], [70, 0, 30], [None, 40, 0]]
    assert "Infinity" not in dumps(document)
    document["distance_m"][1][2] = None
    back = problem_from_dict(json.loads(dumps(document)))
    assert np.isinf(back.duration_s[0, 2]) and np.isinf(back.duration_s[2, 0])
    assert np.isinf(back.distance_m[1, 2]) and back.distance_m[1, 0] == 70


def test_locations_default_to_depots_first_then_stops_and_distance_to_duration() -> None:
    document = {
        "format": "sofra-problem",
        "format_version": 1,
        "depots": [{"id": "k"}],
        "vehicles": [],
        "stops": [{"id": "a", "demand": [1]}, {"id": "b", "demand": [1]}],
        "duration_s": [[0, 5, 6], [5, 0, 7], [6, 7, 0]],
    }
    problem = problem_from_dict(document)
    assert [d.location for d in problem.depots] == [0]
    assert [s.location for s in problem.stops] == [1, 2]
    assert np.array_equal(problem.distance_m, problem.duration_s)
    assert dict(problem.max_ride_s) == {"hot": 3600}  # the model's default


# --- schema errors name the place -----------------------------------------------------------------


def fixture_document(name: str = "grid-8-stops.json") -> dict[str, Any]:
    document: dict[str, Any] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return document


def test_schema_errors_name_every_broken_place() -> None:
    document = fixture_document()
    document["stops"][3]["window"] = [30600, 32400, 5]
    document["stops"][5]["windw"] = [1, 2]
    document["vehicles"][1]["capacity"] = "three"
    document["duration_s"][2][4] = -3
    with pytest.raises(ProblemError) as caught:
        problem_from_dict(document)
    message = str(caught.value)
    assert "stops[3].window: [30600, 32400, 5] is too long" in message
    assert "stops[5]: Additional properties are not allowed ('windw' was unexpected)" in message
    assert "vehicles[1].capacity: 'three' is not of type 'array'" in message
    assert "duration_s[2][4]: -3 is less than the minimum of 0" in message
    lines = [line.strip().split(":")[0] for line in message.splitlines()[1:]]
    assert lines == ["duration_s[2][4]", "stops[3].window", "stops[5]", "vehicles[1].capacity"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["duration_s"][3].pop(), "duration_s[3]: 8 entries, expected 9"),
        (lambda d: d["stops"][2].__setitem__("location", 3), "depots[0].location: missing"),
        (lambda d: d["duration_s"].pop(), "duration_s: 8 rows, expected 9"),
        (lambda d: d.__setitem__("format", "sofra-solution"), "this is a 'sofra-solution'"),
        (lambda d: d.__setitem__("format_version", 2), "format_version: 2 is newer"),
        (lambda d: d.pop("duration_s"), "(document): 'duration_s' is a required property"),
        (lambda d: d["vehicles"][0].pop("shift_end_s"), "vehicles[0]: 'shift_end_s' is a req"),
        (lambda d: d["stops"][1].__setitem__("window", [500, 100]), "stop s2: window (500, 100)"),
    ],
)
def test_semantic_errors_name_the_place(change: Any, expected: str) -> None:
    document = fixture_document()
    change(document)
    with pytest.raises(ProblemError, match=re.escape(expected)):
        problem_from_dict(document)


def test_a_broken_file_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "sofra-problem",\n "depots": [}', encoding="utf-8")
    with pytest.raises(ProblemError, match=r"broken\.json: not valid JSON \(line 2, column 13"):
        load_problem(path)
    with pytest.raises(SolutionFormatError, match="cannot read the file"):
        load_solution(tmp_path / "absent.json")


def test_solution_schema_refuses_an_unknown_reason_with_its_place() -> None:
    document = solution_to_dict(
        Solution((), (Unserved("a", UnservedReason.UNREACHABLE),), 0, 0, 0, 0)
    )
    document["unserved"][0]["reason"] = "too_far"
    with pytest.raises(SolutionFormatError, match=r"unserved\[0\]\.reason: 'too_far' is not one"):
        solution_from_dict(document)


# --- the schemas themselves -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["problem", "solution"])
def test_schema_is_valid_draft_2020_12(kind: str) -> None:
    Draft202012Validator.check_schema(schema(kind))
    assert schema(kind)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize(
    ("kind", "definition", "cls", "optional_in_json"),
    [
        ("problem", "depot", Depot, {"location"}),
        ("problem", "vehicle", Vehicle, set()),
        ("problem", "stop", Stop, {"location"}),
        ("solution", "route", Route, set()),
        ("solution", "trip", Trip, set()),
        ("solution", "visit", Visit, set()),
        ("solution", "unserved", Unserved, set()),
        ("solution", "stats", SolveStats, set()),
    ],
)
def test_schema_lists_every_field_of_the_model(
    kind: str, definition: str, cls: type, optional_in_json: set[str]
) -> None:
    """When the model gains a field, the schema (and README) must say how it is written."""
    part = schema(kind)["$defs"][definition]
    names = {f.name for f in dataclasses.fields(cls)}
    without_default = {
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    assert set(part["properties"]) == names
    assert set(part.get("required", [])) == without_default - optional_in_json


@pytest.mark.parametrize(("kind", "cls"), [("problem", Problem), ("solution", Solution)])
def test_schema_top_level_lists_every_field_of_the_model(kind: str, cls: type) -> None:
    names = {f.name for f in dataclasses.fields(cls)}
    extra = {"$schema", "format", "format_version", "description", "osm_file", "matrices_file"}
    assert set(schema(kind)["properties"]) - extra == names


def test_every_fixture_and_readme_example_is_valid_and_the_example_plan_verifies() -> None:
    for path in FIXTURES.glob("*.json"):
        Draft202012Validator(schema("problem")).validate(json.loads(path.read_text("utf-8")))
    blocks = re.findall(r"```json\n(.*?)```", SCHEMA_README.read_text("utf-8"), re.DOTALL)
    problem_doc, solution_doc = (json.loads(b) for b in blocks)
    problem = problem_from_dict(problem_doc)
    solution = solution_from_dict(solution_doc)
    assert np.isinf(problem.duration_s[2, 1])
    assert verify(problem, solution) == []


# --- coordinates + OSM file -----------------------------------------------------------------------


def test_an_osm_problem_needs_a_resolver_and_builds_its_matrices_from_the_extract() -> None:
    path = FIXTURES / "inegol-osm.json"
    with pytest.raises(ProblemError, match=r"osm_file: .*inegol-center\.osm\.xml needs a road"):
        load_problem(path)
    seen: list[Path] = []

    def resolver(osm_file: Path, points: Any) -> Any:
        seen.append(osm_file)
        return osm_matrices(osm_file, points)

    problem = load_problem(path, resolver)
    assert seen[0].resolve() == INEGOL_OSM.resolve()  # relative to the problem file
    assert [s.location for s in problem.stops] == [1, 2, 3, 4, 5]
    kitchen_to_h01 = problem.duration_s[0, 1]
    assert 20 < kitchen_to_h01 < 300  # a few hundred metres of town streets
    assert np.isfinite(problem.duration_s).all()
    assert problem.distance_m[0, 1] > 100


def test_osm_variant_refuses_matrices_and_locations_with_the_place() -> None:
    document = fixture_document("inegol-osm.json")
    document["duration_s"] = [[0]]
    document["stops"][2]["location"] = 3
    del document["stops"][4]["lat"]
    with pytest.raises(ProblemError) as caught:
        problem_from_dict(document)
    message = str(caught.value)
    assert "duration_s: not allowed with osm_file" in message
    assert "stops[2]: with osm_file, places are given by lat/lon; drop location" in message
    assert "stops[4]: 'lat' is a required property" in message


def test_cli_solves_and_verifies_the_osm_problem(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    problem = FIXTURES / "inegol-osm.json"
    solved = CliRunner().invoke(
        app, ["solve", str(problem), "--time-limit", "2", "--out", str(out), "--deterministic"]
    )
    assert solved.exit_code == 0, solved.output
    assert "served 5/5 stops" in solved.output
    plan = load_solution(out)
    assert sorted(plan.served_stop_ids) == ["h01", "h02", "h03", "h04", "h05"]
    assert len(plan.routes[0].trips) >= 2  # 6 boxes, 3 per load
    checked = CliRunner().invoke(app, ["verify", str(problem), str(out)])
    assert checked.exit_code == 0, checked.output
    assert "valid" in checked.output


# --- sofra solve / sofra verify ---------------------------------------------------------------


def test_cli_solve_then_verify_a_fixture_and_refuse_a_tampered_plan(tmp_path: Path) -> None:
    problem = FIXTURES / "grid-8-stops.json"
    out = tmp_path / "plan.json"
    args = ["solve", str(problem), "--time-limit", "2", "--seed", "3", "--out", str(out)]
    solved = CliRunner().invoke(app, [*args, "--engine", "auto", "--deterministic"])
    assert solved.exit_code == 0, solved.output
    assert "served 8/8 stops" in solved.output and f"wrote {out}" in solved.output
    checked = CliRunner().invoke(app, ["verify", str(problem), str(out)])
    assert checked.exit_code == 0, checked.output
    assert "valid; 8 stops served, 0 unserved" in checked.output

    document = json.loads(out.read_text(encoding="utf-8"))
    document["driving_s"] += 60
    first = document["routes"][0]["trips"][0]
    first["visits"][0]["arrival_s"] -= 30
    gone = first["visits"].pop()["stop_id"]
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(document), encoding="utf-8")
    refused = CliRunner().invoke(app, ["verify", str(problem), str(tampered)])
    assert refused.exit_code == 1
    listed = [line.strip() for line in refused.output.splitlines() if line.strip().startswith("[")]
    assert {line.split("]")[0] + "]" for line in listed} >= {"[totals]", "[time]", "[missing]"}
    assert any(gone in line for line in listed if line.startswith("[missing]"))
    assert f"{len(listed)} violations" in refused.output


def test_cli_names_the_broken_place_of_a_bad_document_and_exits_2(tmp_path: Path) -> None:
    document = fixture_document()
    document["stops"][1]["demand"] = [1, "two"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = CliRunner().invoke(app, ["solve", str(bad), "--out", str(tmp_path / "x.json")])
    assert result.exit_code == 2
    assert "stops[1].demand[1]: 'two' is not of type 'integer'" in result.output
    assert not (tmp_path / "x.json").exists()
    wrong_way = CliRunner().invoke(app, ["verify", str(bad), str(FIXTURES / "inegol-osm.json")])
    assert wrong_way.exit_code == 2


def test_documents_read_alike_whichever_parser_and_validator_are_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """orjson and jsonschema_rs are fast paths only: JSON's own literals (NaN) still parse, and
    an invalid document lists the same errors with the fast validator as without it."""
    from routing import jsonio

    assert math.isnan(jsonio._parse_json(b'{"x": NaN}')["x"])
    assert jsonio._parse_json('{"name": "İnegöl"}'.encode()) == {"name": "İnegöl"}
    document = fixture_document()
    document["stops"][1]["demand"] = [-1]
    del document["vehicles"][0]["shift_end_s"]
    with_fast = jsonio.document_errors(document, "problem")
    monkeypatch.setattr(jsonio, "_fast_validator", lambda kind: None)
    assert jsonio.document_errors(document, "problem") == with_fast
    assert any(e.startswith("stops[1].demand[0]") for e in with_fast)
    assert any(e.startswith("vehicles[0]") for e in with_fast)
