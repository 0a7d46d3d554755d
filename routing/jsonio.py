"""Problems and solutions as JSON documents (see routing/schema/README.md), checked by JSON Schema.

Documents mirror the dataclasses of `routing.model` field by field (tuples and frozensets as
lists, enums as their values, `null` for an unreachable matrix entry), plus `format` and
`format_version`. A problem gives its matrices, or coordinates and an `osm_file`: then an
`OsmResolver` supplied by the caller builds the matrices, since routing never imports geodata.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from routing.errors import ProblemError, SolutionFormatError
from routing.model import Depot, Problem, Solution, Stop

FORMAT_VERSION = 1
PROBLEM_FORMAT = "sofra-problem"
SOLUTION_FORMAT = "sofra-solution"
MAX_LISTED_ERRORS = 10

OsmResolver = Callable[[Path, Sequence[tuple[float, float]]], tuple[npt.ArrayLike, npt.ArrayLike]]
"""Builds `(duration_s, distance_m)` matrices between `(lat, lon)` points from an OSM file."""

_MATRICES = ("duration_s", "distance_m")


# --- schema validation ----------------------------------------------------------------------


@cache
def schema(kind: str) -> dict[str, Any]:
    """The bundled JSON Schema of `kind` ("problem" or "solution")."""
    text = resources.files("routing").joinpath(f"schema/{kind}.schema.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def _where(path: Sequence[str | int]) -> str:
    """`stops[3].window` from a jsonschema path."""
    where = ""
    for part in path:
        where += f"[{part}]" if isinstance(part, int) else f".{part}" if where else str(part)
    return where or "(document)"


def _sort_key(path: Iterable[str | int]) -> list[tuple[int, int, str]]:
    """Document order: list indices numerically, keys by name."""
    return [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in path]


def document_errors(document: Any, kind: str) -> list[str]:
    """Every schema error of `document` as `path: message`, in document order."""
    from jsonschema import Draft202012Validator  # only loaded when a document is read

    validator = Draft202012Validator(schema(kind))
    found = []
    errors = sorted(validator.iter_errors(document), key=lambda e: _sort_key(e.absolute_path))
    for error in errors:
        message = error.message
        if error.validator == "not" and isinstance(error.schema, dict):
            message = error.schema.get("x-error", message)
        found.append(f"{_where(list(error.absolute_path))}: {message}")
    return found


def _check_header(document: Any, kind: str, fail: type[Exception]) -> None:
    """Refuse another kind of document or a newer format before the detailed schema errors."""
    if not isinstance(document, dict):
        raise fail(f"a {kind} document must be a JSON object, got {type(document).__name__}")
    expected = PROBLEM_FORMAT if kind == "problem" else SOLUTION_FORMAT
    given = document.get("format")
    if given in (PROBLEM_FORMAT, SOLUTION_FORMAT) and given != expected:
        raise fail(f"format: this is a {given!r} document; expected {expected!r}")
    version = document.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise fail(
            f"format_version: {version} is newer than this Sofra reads ({FORMAT_VERSION}); "
            "upgrade Sofra or write the document in version 1"
        )


def validate_document(document: Any, kind: str) -> None:
    """Raise `ProblemError`/`SolutionFormatError` listing where `document` breaks its schema."""
    fail = ProblemError if kind == "problem" else SolutionFormatError
    _check_header(document, kind, fail)
    errors = document_errors(document, kind)
    if errors:
        shown = errors[:MAX_LISTED_ERRORS]
        more = len(errors) - len(shown)
        tail = f"\n  ... and {more} more" if more else ""
        raise fail(f"invalid {kind} document:\n  " + "\n  ".join(shown) + tail)


# --- generic dataclass <-> JSON ---------------------------------------------------------------


def _encode(value: Any) -> Any:
    """Plain JSON data of a model value (dataclasses field by field)."""
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, frozenset | set):
        return sorted(_encode(v) for v in value)
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _encode(v) for k, v in value.items()}
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def _decode(value: Any, hint: Any) -> Any:
    """A model value of type `hint` from JSON data that passed the schema."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        return _decode(value, next(a for a in args if a is not type(None)))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(v, args[0]) for v in value)
        return tuple(_decode(v, a) for v, a in zip(value, args, strict=True))
    if origin in (frozenset, set):
        return frozenset(_decode(v, args[0]) for v in value)
    if origin in (Mapping, dict):
        return {str(k): _decode(v, args[1]) for k, v in value.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _decode_dataclass(hint, value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if hint is float and value is not None:
        return float(value)
    return value


def _decode_dataclass(cls: type[Any], document: Mapping[str, Any], **given: Any) -> Any:
    """An instance of `cls` from the document's entries named like its fields (absent: default)."""
    hints = typing.get_type_hints(cls)
    kwargs = dict(given)
    for f in dataclasses.fields(cls):
        if f.name in document and f.name not in kwargs:
            kwargs[f.name] = _decode(document[f.name], hints[f.name])
    return cls(**kwargs)


# --- matrices ----------------------------------------------------------------------------------


def _matrix_to_json(matrix: npt.NDArray[np.float64]) -> list[list[int | None]]:
    """Whole units per entry, `null` for inf (unreachable)."""
    return [[int(x) if math.isfinite(x) else None for x in row] for row in matrix.tolist()]


def _matrix_from_json(name: str, rows: list[list[float | None]]) -> npt.NDArray[np.float64]:
    """A square float matrix with inf where the document has `null`."""
    size = len(rows)
    for i, row in enumerate(rows):
        if len(row) != size:
            raise ProblemError(
                f"{name}[{i}]: {len(row)} entries, expected {size} (the matrix must be square)"
            )
    return np.array([[np.inf if x is None else x for x in row] for row in rows], np.float64)


# --- problems ------------------------------------------------------------------------------------


def problem_to_dict(problem: Problem) -> dict[str, Any]:
    """The problem as a JSON-ready document with its matrices (locations explicit)."""
    document: dict[str, Any] = {"format": PROBLEM_FORMAT, "format_version": FORMAT_VERSION}
    for f in dataclasses.fields(problem):
        if f.name not in _MATRICES:
            document[f.name] = _encode(getattr(problem, f.name))
    for name in _MATRICES:
        document[name] = _matrix_to_json(getattr(problem, name))
    return document


def _placed(document: Mapping[str, Any], kind: str) -> list[Mapping[str, Any]]:
    """The depots or stops of a document."""
    items: list[Mapping[str, Any]] = document[kind]
    return items


def _layout(document: Mapping[str, Any]) -> bool:
    """True when no depot or stop gives a location (depots first, then stops); False when all do."""
    items = [(k, i, x) for k in ("depots", "stops") for i, x in enumerate(_placed(document, k))]
    located = ["location" in x for _, _, x in items]
    if all(located):
        return False
    if any(located):
        kind, index, _ = next((k, i, x) for k, i, x in items if "location" not in x)
        raise ProblemError(
            f"{kind}[{index}].location: missing, while other depots/stops give one; give a "
            "location on every depot and stop, or on none (matrices list depots, then stops)"
        )
    return True


def _resolved_matrices(
    document: Mapping[str, Any], osm_resolver: OsmResolver | None, base_dir: Path | None
) -> tuple[npt.ArrayLike, npt.ArrayLike]:
    """Matrices from the document, or built from its OSM file by `osm_resolver`."""
    if "osm_file" not in document:
        duration = _matrix_from_json("duration_s", document["duration_s"])
        distance = document.get("distance_m")
        return duration, duration if distance is None else _matrix_from_json("distance_m", distance)
    osm_file = Path(document["osm_file"])
    if not osm_file.is_absolute() and base_dir is not None:
        osm_file = base_dir / osm_file
    if osm_resolver is None:
        raise ProblemError(
            f"osm_file: {osm_file} needs a road network to build the matrices; load the problem "
            "through `sofra solve`/`sofra verify`, or pass osm_resolver to load_problem"
        )
    points = [
        (float(x["lat"]), float(x["lon"]))
        for kind in ("depots", "stops")
        for x in _placed(document, kind)
    ]
    return osm_resolver(osm_file, points)


def problem_from_dict(
    document: Mapping[str, Any],
    osm_resolver: OsmResolver | None = None,
    base_dir: Path | None = None,
) -> Problem:
    """The `Problem` of a validated document; `base_dir` anchors a relative `osm_file`."""
    validate_document(document, "problem")
    layout = _layout(document)
    num_depots = len(document["depots"])
    size = num_depots + len(document["stops"])
    rows = len(document.get("duration_s", ()))
    if layout and "osm_file" not in document and rows != size:
        raise ProblemError(
            f"duration_s: {rows} rows, expected {size} ({num_depots} depots then "
            f"{size - num_depots} stops), or give each depot and stop its location"
        )
    duration, distance = _resolved_matrices(document, osm_resolver, base_dir)
    given: dict[str, Any] = {}
    if layout:
        given["depots"] = tuple(
            _decode_dataclass(Depot, d, location=i) for i, d in enumerate(document["depots"])
        )
        given["stops"] = tuple(
            _decode_dataclass(Stop, s, location=num_depots + i)
            for i, s in enumerate(document["stops"])
        )
    problem: Problem = _decode_dataclass(
        Problem,
        {k: v for k, v in document.items() if k not in _MATRICES},
        duration_s=duration,
        distance_m=distance,
        **given,
    )
    return problem


# --- solutions -----------------------------------------------------------------------------------


def solution_to_dict(solution: Solution) -> dict[str, Any]:
    """The solution as a JSON-ready document (the dataclass fields, stats included)."""
    body: dict[str, Any] = _encode(solution)
    return {"format": SOLUTION_FORMAT, "format_version": FORMAT_VERSION, **body}


def solution_from_dict(document: Mapping[str, Any]) -> Solution:
    """The `Solution` of a validated document (stats entries this version does not know dropped)."""
    validate_document(document, "solution")
    solution: Solution = _decode_dataclass(Solution, document)
    return solution


# --- files ---------------------------------------------------------------------------------------


def dumps(document: Mapping[str, Any]) -> str:
    """Indented JSON text with each list of plain values (a matrix row, a load) on one line."""

    def render(value: Any, indent: str) -> str:
        inner = indent + "  "
        if isinstance(value, Mapping) and value:
            items = [f"{inner}{json.dumps(k)}: {render(v, inner)}" for k, v in value.items()]
            return "{\n" + ",\n".join(items) + "\n" + indent + "}"
        if isinstance(value, list) and any(isinstance(v, list | Mapping) for v in value):
            return "[\n" + ",\n".join(inner + render(v, inner) for v in value) + "\n" + indent + "]"
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    return render(document, "") + "\n"


def _read_json(path: Path, fail: type[Exception]) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise fail(f"{path}: cannot read the file ({exc.strerror}); check the path") from exc
    except json.JSONDecodeError as exc:
        raise fail(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc


def load_problem(path: str | Path, osm_resolver: OsmResolver | None = None) -> Problem:
    """Read a problem document; a relative `osm_file` is taken from the document's folder."""
    path = Path(path)
    document = _read_json(path, ProblemError)
    try:
        return problem_from_dict(document, osm_resolver, base_dir=path.parent)
    except ProblemError as exc:
        raise ProblemError(f"{path}: {exc}") from exc


def load_solution(path: str | Path) -> Solution:
    """Read a solution document."""
    path = Path(path)
    document = _read_json(path, SolutionFormatError)
    try:
        return solution_from_dict(document)
    except SolutionFormatError as exc:
        raise SolutionFormatError(f"{path}: {exc}") from exc


def dump_problem(problem: Problem, path: str | Path) -> None:
    """Write the problem (with its matrices) as a JSON document."""
    Path(path).write_text(dumps(problem_to_dict(problem)), encoding="utf-8")


def dump_solution(solution: Solution, path: str | Path) -> None:
    """Write the solution as a JSON document."""
    Path(path).write_text(dumps(solution_to_dict(solution)), encoding="utf-8")
