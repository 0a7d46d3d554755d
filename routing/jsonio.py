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


def _inlined(node: Any, definitions: Mapping[str, Any]) -> Any:
    """`node` with every local `$ref` replaced by its definition (merged with sibling keys)."""
    if isinstance(node, list):
        return [_inlined(x, definitions) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: _inlined(v, definitions) for k, v in node.items() if k not in ("$ref", "$defs")}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        target = _inlined(definitions[ref.removeprefix("#/$defs/")], definitions)
        out = {**target, **out} if not set(target) & set(out) else {"allOf": [target, out]}
    return out


@cache
def _validator(kind: str) -> Any:
    """A validator of the schema with its `$ref`s inlined: the same rules, checked ~2× faster."""
    from jsonschema import Draft202012Validator  # only loaded when a document is read

    document = schema(kind)
    return Draft202012Validator(_inlined(document, document.get("$defs", {})))


@cache
def _fast_validator(kind: str) -> Any:
    """The schema compiled by `jsonschema_rs` when it is installed (None otherwise): it answers
    "valid?" for a 1,500-stop document in milliseconds where `jsonschema` takes ~0.5 s."""
    try:
        import jsonschema_rs
    except ImportError:
        return None
    return jsonschema_rs.Draft202012Validator(schema(kind), validate_formats=False)


def _schema_errors(document: Any, kind: str) -> list[tuple[list[str | int], str]]:
    """Every schema error of `document` as (path, message).

    A valid document is recognised by the fast validator when there is one; the messages of an
    invalid one always come from `jsonschema` (one wording, whichever is installed).
    """
    fast = _fast_validator(kind)
    if fast is not None and fast.is_valid(document):
        return []
    validator = _validator(kind)
    found = []
    for error in validator.iter_errors(document):
        message = error.message
        if error.validator == "not" and isinstance(error.schema, dict):
            message = error.schema.get("x-error", message)
        found.append((list(error.absolute_path), message))
    return found


def _without_matrix_cells(document: Any) -> Any:
    """The document with each matrix given as rows replaced by a one-cell stand-in.

    JSON Schema checks the document's structure; the cells (N² of them) are checked with numpy
    by `matrix_errors`, which is what keeps loading a 1,500-stop problem fast.
    """
    if not isinstance(document, dict):
        return document
    stubbed = dict(document)
    for name in _MATRICES:
        if isinstance(stubbed.get(name), list) and stubbed[name]:
            stubbed[name] = [[0]]
    return stubbed


def _checked(document: Any, kind: str) -> tuple[list[str], dict[str, npt.NDArray[np.float64]]]:
    """Schema errors, then matrix-cell errors, in document order; and the matrices given as rows."""
    errors = _schema_errors(
        _without_matrix_cells(document) if kind == "problem" else document, kind
    )
    arrays: dict[str, npt.NDArray[np.float64]] = {}
    if kind == "problem" and isinstance(document, dict):
        for name in _MATRICES:
            rows = document.get(name)
            if isinstance(rows, list) and rows:
                matrix, found = matrix_errors(name, rows)
                errors += found
                if matrix is not None:
                    arrays[name] = matrix
    errors.sort(key=lambda e: _sort_key(e[0]))
    return [f"{_where(path)}: {message}" for path, message in errors], arrays


def document_errors(document: Any, kind: str) -> list[str]:
    """Every error of `document` (schema, then matrix cells) as `path: message`, in order."""
    return _checked(document, kind)[0]


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


def validate_document(document: Any, kind: str) -> dict[str, npt.NDArray[np.float64]]:
    """Raise `ProblemError`/`SolutionFormatError` listing where `document` breaks its schema.

    Returns the matrices a problem gives as rows, already converted (`null` as inf).
    """
    fail = ProblemError if kind == "problem" else SolutionFormatError
    _check_header(document, kind, fail)
    errors, arrays = _checked(document, kind)
    if errors:
        shown = errors[:MAX_LISTED_ERRORS]
        more = len(errors) - len(shown)
        tail = f"\n  ... and {more} more" if more else ""
        raise fail(f"invalid {kind} document:\n  " + "\n  ".join(shown) + tail)
    return arrays


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


_TYPE_HINTS: dict[type[Any], dict[str, Any]] = {}


def _type_hints(cls: type[Any]) -> dict[str, Any]:
    """`typing.get_type_hints(cls)`, computed once per class (it dominated reading 1,500 stops)."""
    if cls not in _TYPE_HINTS:
        _TYPE_HINTS[cls] = typing.get_type_hints(cls)
    return _TYPE_HINTS[cls]


def _decode_dataclass(cls: type[Any], document: Mapping[str, Any], **given: Any) -> Any:
    """An instance of `cls` from the document's entries named like its fields (absent: default)."""
    hints = _type_hints(cls)
    kwargs = dict(given)
    for f in dataclasses.fields(cls):
        if f.name in document and f.name not in kwargs:
            kwargs[f.name] = _decode(document[f.name], hints[f.name])
    return cls(**kwargs)


# --- matrices ----------------------------------------------------------------------------------


def _matrix_to_json(matrix: npt.NDArray[np.float64]) -> list[list[int | None]]:
    """Whole units per entry, `null` for inf (unreachable)."""
    return [[int(x) if math.isfinite(x) else None for x in row] for row in matrix.tolist()]


MatrixErrors = list[tuple[list[str | int], str]]

_CELL_TYPES = frozenset({int, float, type(None)})


def _first_cells(mask: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    return [(int(i), int(j)) for i, j in np.argwhere(mask)[:MAX_LISTED_ERRORS]]


def matrix_errors(name: str, rows: Any) -> tuple[npt.NDArray[np.float64] | None, MatrixErrors]:
    """A matrix given as JSON rows, checked with numpy: square, numbers or null, none negative.

    Returns the float matrix (`null` as inf) and no errors, or None and each error's place.
    """
    size = len(rows)
    errors: MatrixErrors = []
    lengths = {len(row) for row in rows if isinstance(row, list)}
    if len(lengths) == 1 and lengths != {size} and all(isinstance(row, list) for row in rows):
        width = lengths.pop()
        message = f"{size} rows, expected {width} (rows have {width} entries; it must be square)"
        return None, [([name], message)]
    for i, row in enumerate(rows):
        if not isinstance(row, list):
            errors.append(([name, i], f"{row!r} is not of type 'array'"))
        elif len(row) != size:
            errors.append(
                ([name, i], f"{len(row)} entries, expected {size} (the matrix must be square)")
            )
    if errors:
        return None, errors
    kinds: set[type] = set()
    for row in rows:
        kinds.update(map(type, row))
    if not kinds <= _CELL_TYPES:
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                if type(cell) not in _CELL_TYPES and len(errors) < MAX_LISTED_ERRORS:
                    errors.append(([name, i, j], f"{cell!r} is not of type 'number', 'null'"))
        return None, errors
    matrix = np.array(rows, dtype=np.float64)  # null becomes NaN here
    if type(None) in kinds:
        matrix[np.isnan(matrix)] = np.inf
    errors += [
        ([name, i, j], f"{rows[i][j]!r} is less than the minimum of 0")
        for i, j in _first_cells(matrix < 0)
    ]
    return (None, errors) if errors else (matrix, [])


def check_matrix_array(name: str, values: npt.ArrayLike) -> npt.NDArray[np.float64]:
    """A matrix read from a binary file, checked with numpy; `ProblemError` naming the cell.

    Integer arrays mark an unreachable pair with -1 (int32 has no infinity); float arrays use
    inf. Any other negative value, NaN, or a non-square or non-numeric array is an error.
    """
    array = np.asarray(values)
    if array.ndim != 2 or array.shape[0] != array.shape[1]:
        raise ProblemError(f"{name}: shape {array.shape}; the matrix must be square (N × N)")
    if array.dtype.kind not in "iuf":
        raise ProblemError(f"{name}: dtype {array.dtype}; expected integers (int32) or floats")
    matrix = array.astype(np.float64)
    if array.dtype.kind in "iu":
        matrix[array == -1] = np.inf
    nan = _first_cells(np.isnan(matrix))
    if nan:
        raise ProblemError(f"{name}{list(nan[0])}: NaN; mark an unreachable pair with inf or -1")
    negative = _first_cells(matrix < 0)
    if negative:
        (i, j), value = negative[0], matrix[negative[0]]
        raise ProblemError(f"{name}[{i}][{j}]: {value:g} is less than the minimum of 0")
    return matrix


def _matrix_to_array(matrix: npt.NDArray[np.float64]) -> npt.NDArray[np.int32 | np.float64]:
    """int32 with -1 for unreachable when every entry fits, else float64 with inf."""
    finite = np.isfinite(matrix)
    if not finite.any() or matrix[finite].max() < np.iinfo(np.int32).max:
        return np.where(finite, matrix, -1).astype(np.int32)
    return matrix


def _read_matrices_file(path: Path) -> dict[str, npt.NDArray[np.float64]]:
    """`duration_s` (and `distance_m`) from an .npz file, checked."""
    try:
        with np.load(path, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
    except (OSError, ValueError) as exc:
        raise ProblemError(f"matrices_file: cannot read {path} as .npz ({exc})") from exc
    unknown = sorted(set(arrays) - set(_MATRICES))
    if "duration_s" not in arrays or unknown:
        raise ProblemError(
            f"matrices_file: {path} holds {sorted(arrays)}; expected duration_s and optionally "
            "distance_m"
        )
    return {name: check_matrix_array(name, array) for name, array in arrays.items()}


# --- problems ------------------------------------------------------------------------------------


def problem_to_dict(problem: Problem, with_matrices: bool = True) -> dict[str, Any]:
    """The problem as a JSON-ready document with its matrices (locations explicit)."""
    document: dict[str, Any] = {"format": PROBLEM_FORMAT, "format_version": FORMAT_VERSION}
    for f in dataclasses.fields(problem):
        if f.name not in _MATRICES:
            document[f.name] = _encode(getattr(problem, f.name))
    if with_matrices:
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
    document: Mapping[str, Any],
    given: Mapping[str, npt.NDArray[np.float64]],
    osm_resolver: OsmResolver | None,
    base_dir: Path | None,
) -> tuple[npt.ArrayLike, npt.ArrayLike]:
    """Matrices from the document, or built from its OSM file by `osm_resolver`."""
    if "matrices_file" in document:
        matrices_file = Path(document["matrices_file"])
        if not matrices_file.is_absolute() and base_dir is not None:
            matrices_file = base_dir / matrices_file
        arrays = _read_matrices_file(matrices_file)
        return arrays["duration_s"], arrays.get("distance_m", arrays["duration_s"])
    if "osm_file" not in document:
        duration = given["duration_s"]
        return duration, given.get("distance_m", duration)
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
    given_matrices = validate_document(document, "problem")
    layout = _layout(document)
    num_depots = len(document["depots"])
    size = num_depots + len(document["stops"])
    rows = len(document.get("duration_s", ()))
    given_rows = "osm_file" not in document and "matrices_file" not in document
    if layout and given_rows and rows != size:
        raise ProblemError(
            f"duration_s: {rows} rows, expected {size} ({num_depots} depots then "
            f"{size - num_depots} stops), or give each depot and stop its location"
        )
    duration, distance = _resolved_matrices(document, given_matrices, osm_resolver, base_dir)
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
        {k: v for k, v in document.items() if k not in _MATRICES and k != "matrices_file"},
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


def _parse_json(data: bytes) -> Any:
    """`data` parsed by `orjson` when it is installed and accepts it (~1.5× faster on big
    matrices), else by `json` (which also words every syntax error)."""
    try:
        import orjson
    except ImportError:
        return json.loads(data.decode("utf-8"))
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:  # NaN literals, huge integers, or an error to word: json
        return json.loads(data.decode("utf-8"))


def _read_json(path: Path, fail: type[Exception]) -> Any:
    try:
        return _parse_json(Path(path).read_bytes())
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


def dump_problem(
    problem: Problem, path: str | Path, matrices_file: str | Path | None = None
) -> None:
    """Write the problem as a JSON document; with `matrices_file`, its matrices go to that .npz.

    A relative `matrices_file` is placed beside the document. The .npz holds int32 arrays with
    -1 for an unreachable pair (float64 with inf when a value does not fit int32).
    """
    path = Path(path)
    document = problem_to_dict(problem, with_matrices=matrices_file is None)
    if matrices_file is not None:
        target = Path(matrices_file)
        if not target.is_absolute():
            target = path.parent / target
        with target.open("wb") as handle:
            np.savez(
                handle,
                duration_s=_matrix_to_array(problem.duration_s),
                distance_m=_matrix_to_array(problem.distance_m),
            )
        document["matrices_file"] = str(matrices_file)
    path.write_text(dumps(document), encoding="utf-8")


def dump_solution(solution: Solution, path: str | Path) -> None:
    """Write the solution as a JSON document."""
    Path(path).write_text(dumps(solution_to_dict(solution)), encoding="utf-8")
