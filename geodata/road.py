"""`RoadGraph`: the OSMnx graph plus compact arrays for compiled shortest paths and snapping."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from geodata.places import Place
from geodata.settings import DEFAULT_SNAP_LIMIT_M

if TYPE_CHECKING:  # heavy imports stay out of a cached load (see RoadGraph)
    import networkx as nx
    import pyproj
    from scipy import sparse
    from shapely import STRtree

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# Two directed edges are the two sides of one two-way street when their geometries lie
# within this distance of each other (metres, Hausdorff) and their lengths agree as closely.
TWIN_TOLERANCE_M = 1.0
# scipy.sparse.csgraph reads an explicit 0 as "no edge"; a 0-second edge gets this instead.
MIN_EDGE_TIME_S = 1e-6
# Integers up to 2**53 are exact in float64 (lexicographic Dijkstra weights rely on it).
FLOAT64_EXACT_BITS = 53


@dataclass(frozen=True, slots=True)
class GraphSummary:
    """What a graph build kept and dropped, and how long it took."""

    source: str
    nodes: int
    edges: int
    dropped_ways: dict[str, int]
    dropped_nodes: dict[str, int]
    build_s: float
    from_cache: bool = False

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready dict (the one-line summary `sofra graph` prints)."""
        return {
            "source": self.source,
            "nodes": self.nodes,
            "edges": self.edges,
            "dropped_ways": self.dropped_ways,
            "dropped_nodes": self.dropped_nodes,
            "build_s": round(self.build_s, 3),
            "from_cache": self.from_cache,
        }


def utm_epsg(lat: float, lon: float) -> int:
    """EPSG code of the WGS 84 / UTM zone containing (lat, lon): metres, little distortion."""
    zone = int((lon + 180.0) // 6.0) + 1
    return (32600 if lat >= 0 else 32700) + zone


@dataclass(frozen=True, slots=True)
class LexWeights:
    """Edge weights `time_ms · scale + length_units`, exact integers in float64.

    One Dijkstra over them finds the fastest path (ties: the shorter) and its length at once:
    time_ms = floor(w / scale), length_m = (w mod scale) · length_unit_m.
    """

    csr: sparse.csr_array
    scale: float
    length_unit_m: float


@dataclass(eq=False)
class RoadGraph:
    """A strongly connected drivable road graph and its array form.

    Node `i` of the arrays is `node_ids[i]` of `graph`. Edge `e` runs `edge_u[e] → edge_v[e]`
    with `edge_time_s[e]` seconds and `edge_length_m[e]` metres along `edge_geom[e]` (projected,
    metres in `crs`). `edge_twin[e]` is the opposite-direction edge of a two-way street or -1.
    `time_csr`/`length_csr` hold, per node pair, the fastest parallel edge (same sparsity);
    `csr_edge` is the edge behind each stored entry. The networkx graph, the shapely geometries
    and the CSR matrices materialise on first use, so a cached load stays light.
    """

    summary: GraphSummary
    crs_epsg: int
    bounds: tuple[float, float, float, float]  # min_lat, min_lon, max_lat, max_lon of the file
    places: list[Place]
    node_ids: IntArray
    node_xy: FloatArray
    edge_u: IntArray
    edge_v: IntArray
    edge_time_s: FloatArray
    edge_length_m: FloatArray
    edge_twin: IntArray
    edge_highway: list[str]
    edge_name: list[str]
    csr_indptr: IntArray
    csr_indices: IntArray
    csr_edge: IntArray
    source_path: str = ""
    snap_limit_m: float = DEFAULT_SNAP_LIMIT_M
    """Farthest a point may be snapped from a road: `GeodataSettings.snap_limit_m` of the load."""
    _graph: nx.MultiDiGraph | None = field(default=None, repr=False)
    _graph_pickle: bytes = field(default=b"", repr=False)
    _edge_geom: npt.NDArray[np.object_] | None = field(default=None, repr=False)
    _edge_wkb: npt.NDArray[np.object_] | None = field(default=None, repr=False)
    _tree: Any = field(default=None, repr=False)

    @property
    def n_nodes(self) -> int:
        """Number of graph nodes."""
        return len(self.node_ids)

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The OSMnx MultiDiGraph (lon/lat node coordinates, `travel_time` s, `length` m)."""
        if self._graph is None:
            self._graph = _unpickle_graph(self._graph_pickle)
            self._graph_pickle = b""
        return self._graph

    @property
    def edge_geom(self) -> npt.NDArray[np.object_]:
        """Projected shapely LineString of each edge (metres in `crs`)."""
        if self._edge_geom is None:
            import shapely

            self._edge_geom = shapely.from_wkb(self._edge_wkb)
            self._edge_wkb = None
        return self._edge_geom

    @property
    def tree(self) -> STRtree:
        """Spatial index over one edge per street side pair (twins share geometry)."""
        if self._tree is None:
            from shapely import STRtree

            self._tree = STRtree(self.edge_geom[self.tree_edges])
        return self._tree

    @cached_property
    def tree_edges(self) -> IntArray:
        """Edges indexed for snapping: every edge except the second of each twin pair."""
        e = np.arange(len(self.edge_u))
        keep = (self.edge_twin < 0) | (e < self.edge_twin)
        return e[keep]

    @cached_property
    def time_csr(self) -> sparse.csr_array:
        """Travel time (s) of the fastest edge between each node pair."""
        return self._csr(np.maximum(self.edge_time_s[self.csr_edge], MIN_EDGE_TIME_S))

    @cached_property
    def length_csr(self) -> sparse.csr_array:
        """Length (m) of the fastest edge between each node pair (same sparsity as time)."""
        return self._csr(self.edge_length_m[self.csr_edge])

    @cached_property
    def lex_weights(self) -> LexWeights:
        """Lexicographic (time, length) weights for one-pass time+distance matrices."""
        time_ms = np.maximum(np.rint(self.edge_time_s * 1000.0), 1.0)
        time_bits = int(np.ceil(np.log2(time_ms.sum() + 1)))
        length_bits = int(np.ceil(np.log2(self.edge_length_m.sum() * 10.0 + 1)))
        # a path is at most every edge once, so these sums bound it; keep within 53 bits
        coarser = max(0, time_bits + length_bits - FLOAT64_EXACT_BITS)
        length_unit_m = 0.1 * 2.0**coarser
        units = np.rint(self.edge_length_m / length_unit_m)
        scale = 2.0 ** (length_bits - coarser)
        weights = time_ms * scale + units
        return LexWeights(self._csr(weights[self.csr_edge]), scale, length_unit_m)

    def _csr(self, data: FloatArray) -> sparse.csr_array:
        from scipy import sparse

        n = self.n_nodes
        return sparse.csr_array((data, self.csr_indices, self.csr_indptr), shape=(n, n))

    @property
    def crs(self) -> pyproj.CRS:
        """The metric (UTM) CRS of `node_xy` and `edge_geom`."""
        import pyproj

        return pyproj.CRS.from_epsg(self.crs_epsg)

    @cached_property
    def to_wgs84(self) -> pyproj.Transformer:
        """Projected metres → (lon, lat)."""
        import pyproj

        return pyproj.Transformer.from_crs(self.crs_epsg, 4326, always_xy=True)

    @cached_property
    def from_wgs84(self) -> pyproj.Transformer:
        """(lon, lat) → projected metres."""
        import pyproj

        return pyproj.Transformer.from_crs(4326, self.crs_epsg, always_xy=True)

    @cached_property
    def csr_keys(self) -> IntArray:
        """Sorted `row * n + col` of each CSR entry, to find the edge between two nodes fast."""
        n = self.n_nodes
        rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(self.csr_indptr))
        return rows * n + self.csr_indices.astype(np.int64)

    def edge_between(self, u_idx: IntArray, v_idx: IntArray) -> IntArray:
        """Index of the fastest edge u → v for each pair (arrays of node indices)."""
        keys = u_idx.astype(np.int64) * self.n_nodes + v_idx.astype(np.int64)
        pos = np.searchsorted(self.csr_keys, keys)
        return self.csr_edge[pos]

    def __getstate__(self) -> dict[str, Any]:
        # Keep the pickle lazy: networkx and shapely objects travel as bytes, decoded on use.
        import shapely

        state = {k: getattr(self, k) for k in self.__dataclass_fields__ if k[0] != "_"}
        state["_graph_pickle"] = (
            _pickle_graph(self._graph) if self._graph is not None else self._graph_pickle
        )
        state["_edge_wkb"] = (
            shapely.to_wkb(self._edge_geom) if self._edge_geom is not None else self._edge_wkb
        )
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for k in self.__dataclass_fields__:
            object.__setattr__(self, k, state.get(k))


def _pickle_graph(graph: nx.MultiDiGraph) -> bytes:
    """Pickle a graph with its edge geometries as one WKB array (fast to decode)."""
    import shapely

    graph = graph.copy()
    keys, geoms = [], []
    for u, v, k, data in graph.edges(keys=True, data=True):
        geom = data.pop("geometry", None)
        if geom is not None:
            keys.append((u, v, k))
            geoms.append(geom)
    wkb = shapely.to_wkb(np.array(geoms, dtype=object))
    return pickle.dumps((graph, keys, wkb), protocol=pickle.HIGHEST_PROTOCOL)


def _unpickle_graph(blob: bytes) -> nx.MultiDiGraph:
    import shapely

    graph, keys, wkb = pickle.loads(blob)
    edges = graph.edges
    for key, geom in zip(keys, shapely.from_wkb(wkb), strict=True):
        edges[key]["geometry"] = geom
    return graph


def from_networkx(
    graph: nx.MultiDiGraph,
    summary: GraphSummary,
    bounds: tuple[float, float, float, float],
    places: list[Place],
) -> RoadGraph:
    """Build the array form of an OSMnx graph that has `travel_time` and `length` on edges."""
    import pyproj
    from shapely import LineString

    node_ids = np.fromiter(graph.nodes, dtype=np.int64, count=len(graph))
    index = {int(n): i for i, n in enumerate(node_ids)}
    lon = np.array([graph.nodes[n]["x"] for n in node_ids], dtype=float)
    lat = np.array([graph.nodes[n]["y"] for n in node_ids], dtype=float)
    epsg = utm_epsg(float(lat.mean()), float(lon.mean()))
    fwd = pyproj.Transformer.from_crs(4326, epsg, always_xy=True)
    x, y = fwd.transform(lon, lat)
    node_xy = np.column_stack([x, y])

    us, vs, times, lengths, geoms, highways, names = [], [], [], [], [], [], []
    for u, v, data in graph.edges(data=True):
        iu, iv = index[int(u)], index[int(v)]
        us.append(iu)
        vs.append(iv)
        times.append(float(data["travel_time"]))
        lengths.append(float(data["length"]))
        geom = data.get("geometry")
        if geom is None:
            coords = np.array([node_xy[iu], node_xy[iv]])
        else:
            gx, gy = fwd.transform(*np.asarray(geom.coords).T)
            coords = np.column_stack([gx, gy])
        geoms.append(LineString(coords))
        highways.append(_first(data.get("highway")))
        names.append(data["name"] if isinstance(data.get("name"), str) else "")
    edge_u, edge_v = np.array(us, dtype=np.int64), np.array(vs, dtype=np.int64)
    edge_length_m = np.array(lengths)
    edge_geom = np.empty(len(geoms), dtype=object)
    edge_geom[:] = geoms
    indptr, indices, csr_edge = _fastest_edge_csr(edge_u, edge_v, np.array(times), len(node_ids))
    return RoadGraph(
        summary=summary,
        crs_epsg=epsg,
        bounds=bounds,
        places=places,
        node_ids=node_ids,
        node_xy=node_xy,
        edge_u=edge_u,
        edge_v=edge_v,
        edge_time_s=np.array(times),
        edge_length_m=edge_length_m,
        edge_twin=_twins(edge_u, edge_v, edge_length_m, edge_geom),
        edge_highway=highways,
        edge_name=names,
        csr_indptr=indptr,
        csr_indices=indices,
        csr_edge=csr_edge,
        _graph=graph,
        _edge_geom=edge_geom,
    )


def _first(value: Any) -> str:
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return "" if value is None else str(value)


def _fastest_edge_csr(
    edge_u: IntArray, edge_v: IntArray, time_s: FloatArray, n: int
) -> tuple[IntArray, IntArray, IntArray]:
    """CSR structure (indptr, indices, edge per entry) keeping the fastest parallel edge."""
    keys = edge_u * n + edge_v
    order = np.lexsort((time_s, keys))  # by key, then fastest first
    first = np.ones(len(order), dtype=bool)
    first[1:] = keys[order][1:] != keys[order][:-1]
    best = order[first]  # sorted by key = row-major order, as CSR stores it
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(edge_u[best], minlength=n), out=indptr[1:])
    return indptr, edge_v[best].astype(np.int32), best.astype(np.int64)


def _twins(
    edge_u: IntArray, edge_v: IntArray, length_m: FloatArray, geoms: npt.NDArray[np.object_]
) -> IntArray:
    """For each edge, the edge running the other way along the same geometry, or -1."""
    by_pair: dict[tuple[int, int], list[int]] = {}
    for e, (u, v) in enumerate(zip(edge_u.tolist(), edge_v.tolist(), strict=True)):
        by_pair.setdefault((u, v), []).append(e)
    import shapely

    twin = np.full(len(edge_u), -1, dtype=np.int64)
    for e, (u, v) in enumerate(zip(edge_u.tolist(), edge_v.tolist(), strict=True)):
        if twin[e] >= 0 or u == v:
            continue
        for r in by_pair.get((v, u), []):
            if (
                twin[r] < 0
                and abs(length_m[r] - length_m[e]) <= TWIN_TOLERANCE_M
                and shapely.hausdorff_distance(geoms[e], geoms[r]) <= TWIN_TOLERANCE_M
            ):
                twin[e], twin[r] = r, e
                break
    return twin
