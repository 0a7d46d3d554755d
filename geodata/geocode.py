"""Offline geocoding of Turkish street addresses against an OSM extract's streets and numbers.

Three ways to find a point, best first (confidences are module constants below):

- `house_number`: the OSM file has this number on this street (`addr:street` + `addr:housenumber`);
- `street`: the street exists by name: the midpoint of its longest stretch;
- `fuzzy_street`: only a close spelling (difflib ratio) or the same name with another street type
  ("Cad." where OSM says "Bulvarı") — always below the review threshold of the store.

Names are compared after folding Turkish casing and dotted/dotless i, and after expanding the
usual abbreviations ("Cad."/"Cd." → "Caddesi", "Sk."/"Sok."/"Sokağı" → "Sokak", "Blv." →
"Bulvarı"); a leading "… Mah." (neighbourhood) and a trailing "No: 12" are ignored. A street
name shared by streets far apart (the same "Cami Sokak" in two neighbourhoods) lowers the
confidence, because the point may be on the wrong one.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import osmium
from shapely import LineString, MultiLineString
from shapely.ops import linemerge

from geodata.turkish import fold

CONFIDENCE_HOUSE_NUMBER = 0.95
"""The OSM file has this exact house number on this street."""
CONFIDENCE_STREET = 0.75
"""The street exists by name; the point is on it, not at the door (a long street: ~1 km off)."""
CONFIDENCE_AMBIGUOUS_STREET = 0.5
"""Several streets far apart share the name; the point is on the longest one."""
CONFIDENCE_FUZZY_MAX = 0.65
"""A close spelling: confidence = this × similarity, so never above 0.65."""
FUZZY_MIN_RATIO = 0.85
"""Spellings less similar than this (difflib ratio of the folded names) do not match."""
SAME_STREET_GAP_M = 300.0
"""Stretches of one name closer than this are one street; farther apart, two namesakes."""

_TYPE_WORDS = {
    "cad": "caddesi",
    "cd": "caddesi",
    "cadde": "caddesi",
    "caddesi": "caddesi",
    "sk": "sokak",
    "sok": "sokak",
    "sokak": "sokak",
    "sokagi": "sokak",
    "blv": "bulvari",
    "bul": "bulvari",
    "bulv": "bulvari",
    "bulvar": "bulvari",
    "bulvari": "bulvari",
    "cikmaz": "cikmazi",
    "cikmazi": "cikmazi",
    "yolu": "yolu",
    "meydani": "meydani",
}
_STREET_TYPES = frozenset(_TYPE_WORDS.values())
_MAHALLE_WORDS = frozenset({"mah", "mh", "mahalle", "mahallesi"})
_NUMBER_WORDS = frozenset({"no", "numara", "kapi"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_METRES_PER_DEG_LAT = 110_574.0
_HOUSE_NUMBER_TAIL = re.compile(
    r"[\s,]+(?:no|numara|kap[ıi] no)\s*[:.]?\s*(?P<number>[0-9][0-9a-z/-]*)\s*$", re.IGNORECASE
)


class MatchMethod(StrEnum):
    """How a geocoded point was found (see the module docstring)."""

    HOUSE_NUMBER = "house_number"
    STREET = "street"
    FUZZY_STREET = "fuzzy_street"


@dataclass(frozen=True, slots=True)
class GeocodeMatch:
    """A point for an address, how it was found, and how far to trust it (0..1)."""

    lat: float
    lon: float
    confidence: float
    method: MatchMethod
    street: str
    """The OSM street name that matched."""


@dataclass(frozen=True, slots=True)
class Street:
    """A named street of the extract: its representative point and how many namesakes."""

    name: str
    key: str
    lat: float
    lon: float
    length_m: float
    namesakes: int
    """Separate streets sharing this name (1 = unambiguous)."""


def normalise_street(name: str) -> str:
    """Comparison key of a street name: "İsmail Efendi Cad." → "ismail efendi caddesi"."""
    return " ".join(_tokens(name))


def normalise_house_number(number: str) -> str:
    """Comparison key of a house number: "12 / A" → "12/a"."""
    return re.sub(r"\s+", "", fold(number))


def split_house_number(text: str) -> tuple[str, str]:
    """Split "Şebboy Cad. No: 3/A" into ("Şebboy Cad.", "3/A"); ("…", "") without a number."""
    match = _HOUSE_NUMBER_TAIL.search(text)
    if match is None:
        return text.strip(), ""
    return text[: match.start()].strip(" ,"), match.group("number")


def _tokens(name: str) -> list[str]:
    tokens = [t for t in _NON_ALNUM.split(fold(name)) if t]
    for i, token in enumerate(tokens):
        if token in _MAHALLE_WORDS and i < len(tokens) - 1:
            tokens = tokens[i + 1 :]
            break
    for i, token in enumerate(tokens):
        if token in _NUMBER_WORDS and i > 0:
            tokens = tokens[:i]
            break
    return [_TYPE_WORDS.get(t, t) for t in tokens]


def _core(key: str) -> str:
    """The key without street-type words ("ataturk bulvari" → "ataturk")."""
    return " ".join(t for t in key.split() if t not in _STREET_TYPES)


class StreetIndex:
    """Street names and house numbers of one OSM extract, ready to geocode addresses."""

    def __init__(
        self, streets: list[Street], addresses: dict[tuple[str, str], tuple[float, float]]
    ) -> None:
        self._streets = {s.key: s for s in streets}
        self._addresses = dict(addresses)
        by_core: dict[str, list[Street]] = defaultdict(list)
        for street in streets:
            by_core[_core(street.key)].append(street)
        self._by_core = dict(by_core)

    @classmethod
    def from_osm(cls, path: Path) -> StreetIndex:
        """Read named highways and `addr:*` tagged nodes and buildings from an OSM file."""
        reader = _OsmStreetReader()
        reader.apply_file(str(path), locations=True)
        # Spellings that fold to one key ("Mutlu Sk.", "Mutlu Sokak") are one street, shown
        # under the spelling most of its ways carry.
        lines_by_key: dict[str, list[list[tuple[float, float]]]] = defaultdict(list)
        spellings: dict[str, Counter[str]] = defaultdict(Counter)
        for name, lines in reader.lines_by_name.items():
            key = normalise_street(name)
            usable = [line for line in lines if len(line) >= 2]
            lines_by_key[key].extend(usable)
            spellings[key][name] += len(usable)
        streets = [
            _street(spellings[key].most_common(1)[0][0], lines)
            for key, lines in lines_by_key.items()
            if key and lines
        ]
        return cls(streets, reader.addresses)

    @property
    def streets(self) -> list[Street]:
        """Every named street, sorted by name."""
        return sorted(self._streets.values(), key=lambda s: s.name)

    @property
    def house_number_count(self) -> int:
        """How many (street, house number) points the extract has."""
        return len(self._addresses)

    def geocode(self, street: str, house_number: str = "") -> GeocodeMatch | None:
        """The best point for this address, or None when no street name is close enough.

        Without `house_number`, a "No: 12" written inside `street` is used.
        """
        if not house_number.strip():
            house_number = split_house_number(street)[1]
        key = normalise_street(street)
        if not key:
            return None
        found = self._streets.get(key)
        if found is not None:
            point = self._addresses.get((key, normalise_house_number(house_number)))
            if point is not None and house_number.strip():
                return GeocodeMatch(
                    point[0],
                    point[1],
                    CONFIDENCE_HOUSE_NUMBER,
                    MatchMethod.HOUSE_NUMBER,
                    found.name,
                )
            confidence = CONFIDENCE_STREET if found.namesakes == 1 else CONFIDENCE_AMBIGUOUS_STREET
            return GeocodeMatch(found.lat, found.lon, confidence, MatchMethod.STREET, found.name)
        return self._fuzzy(key)

    def _fuzzy(self, key: str) -> GeocodeMatch | None:
        same_core = self._by_core.get(_core(key), [])
        if len(same_core) == 1 and _core(key):
            best, ratio = same_core[0], FUZZY_MIN_RATIO
        else:
            scored = [(difflib.SequenceMatcher(None, key, k).ratio(), k) for k in self._streets]
            ratio, best_key = max(scored, default=(0.0, ""))
            if ratio < FUZZY_MIN_RATIO:
                return None
            best = self._streets[best_key]
        confidence = CONFIDENCE_FUZZY_MAX * ratio
        if best.namesakes > 1:
            confidence = min(confidence, CONFIDENCE_AMBIGUOUS_STREET)
        return GeocodeMatch(
            best.lat, best.lon, round(confidence, 3), MatchMethod.FUZZY_STREET, best.name
        )


@functools.lru_cache(maxsize=4)
def _cached_index(path: Path, mtime_ns: int) -> StreetIndex:
    return StreetIndex.from_osm(path)


def load_street_index(path: Path) -> StreetIndex:
    """The street index of an OSM file, read once per process (re-read if the file changes)."""
    resolved = Path(path).resolve()
    return _cached_index(resolved, resolved.stat().st_mtime_ns)


class _OsmStreetReader(osmium.SimpleHandler):
    """Collects named highway lines and `addr:street` + `addr:housenumber` points."""

    def __init__(self) -> None:
        super().__init__()
        self.lines_by_name: dict[str, list[list[tuple[float, float]]]] = defaultdict(list)
        self.addresses: dict[tuple[str, str], tuple[float, float]] = {}

    def node(self, n: Any) -> None:
        if "addr:housenumber" in n.tags and "addr:street" in n.tags and n.location.valid():
            self._add_address(n.tags, n.location.lat, n.location.lon)

    def way(self, w: Any) -> None:
        coords = [(nd.lon, nd.lat) for nd in w.nodes if nd.location.valid()]
        if not coords:
            return
        tags = w.tags
        if "highway" in tags and "name" in tags:
            self.lines_by_name[tags["name"]].append(coords)
        if "addr:housenumber" in tags and "addr:street" in tags:
            lon = sum(c[0] for c in coords) / len(coords)
            lat = sum(c[1] for c in coords) / len(coords)
            self._add_address(tags, lat, lon)

    def _add_address(self, tags: Any, lat: float, lon: float) -> None:
        key = (
            normalise_street(tags["addr:street"]),
            normalise_house_number(tags["addr:housenumber"]),
        )
        self.addresses.setdefault(key, (lat, lon))


class _LocalMetres:
    """Equirectangular projection around a latitude: good to a few metres across a town."""

    def __init__(self, lat0: float) -> None:
        self.kx = _METRES_PER_DEG_LAT * math.cos(math.radians(lat0))

    def forward(self, line: list[tuple[float, float]]) -> LineString:
        return LineString([(lon * self.kx, lat * _METRES_PER_DEG_LAT) for lon, lat in line])

    def back(self, x: float, y: float) -> tuple[float, float]:
        return y / _METRES_PER_DEG_LAT, x / self.kx


def _street(name: str, lines: list[list[tuple[float, float]]]) -> Street:
    """One street from its OSM ways (2+ points each): midpoint of the longest stretch, and the
    number of namesakes."""
    lat0 = sum(lat for line in lines for _, lat in line) / sum(len(line) for line in lines)
    proj = _LocalMetres(lat0)
    merged = linemerge(MultiLineString([proj.forward(line) for line in lines]))
    parts = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
    groups = _group_touching(parts)
    main = max(groups, key=lambda g: sum(p.length for p in g))
    longest = max(main, key=lambda p: p.length)
    mid = longest.interpolate(0.5, normalized=True)
    lat, lon = proj.back(mid.x, mid.y)
    return Street(
        name=name,
        key=normalise_street(name),
        lat=round(lat, 7),
        lon=round(lon, 7),
        length_m=round(sum(p.length for p in main), 1),
        namesakes=len(groups),
    )


def _group_touching(parts: list[LineString]) -> list[list[LineString]]:
    """Union-find of stretches closer than `SAME_STREET_GAP_M` to one another."""
    parent = list(range(len(parts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(parts)):
        for j in range(i + 1, len(parts)):
            if parts[i].distance(parts[j]) < SAME_STREET_GAP_M:
                parent[root(i)] = root(j)
    groups: dict[int, list[LineString]] = defaultdict(list)
    for i, part in enumerate(parts):
        groups[root(i)].append(part)
    return list(groups.values())
