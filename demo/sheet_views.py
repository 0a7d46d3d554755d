"""A synthetic day of views on a street grid near İnegöl, for tests and layout previews.

Deterministic and fast; it needs no road graph. Real plans come from the scheduler.
"""

from __future__ import annotations

import datetime as dt
import random

from sheets.view import DIET_CODES, DayMapView, KitchenView, LatLon, RouteView, StopView

KITCHEN = KitchenView("İnegöl Belediyesi Aşevi", 40.0790, 29.5130)
_STEP_DEG = 0.0011  # ≈ 120 m between grid streets
_GRID = 14  # streets each way from the kitchen

_FIRST = [
    "Şükrü",
    "Ayşe",
    "İbrahim",
    "Gülşen",
    "Çiğdem",
    "Ömer",
    "Ümmühan",
    "Hüseyin",
    "Fatma",
    "Işıl",
    "İsmail",
    "Özlem",
    "Şerife",
    "Nazmiye",
    "Kâzım",
    "Gönül",
    "Yıldız",
    "Ağah",
    "Süleyman",
    "Mürüvvet",
    "Zübeyde",
    "Rıza",
    "Hatice",
    "Ilgaz",
]
_LAST = [
    "Çağlayan",
    "Işık",
    "Öztürk",
    "Güneş",
    "Şahin",
    "Yıldırım",
    "Doğan",
    "Kılıç",
    "Aydın",
    "Çelik",
    "Koç",
    "Özdemir",
    "Ağaoğlu",
    "Erdoğdu",
    "Bıçakçı",
    "Gökçe",
    "Uğurlu",
    "İnce",
    "Türkoğlu",
    "Şimşek",
]
_STREETS = [
    "Cumhuriyet",
    "Cad.",
    "Atatürk",
    "Bulvarı",
    "Kemalpaşa",
    "Sok.",
    "Ertuğrulgazi",
    "Cad.",
    "Işıklar",
    "Sok.",
    "Çarşı",
    "Sok.",
    "Gazi",
    "Sok.",
    "Yenice",
    "Sok.",
    "Şehitler",
    "Cad.",
    "Ağaçlı",
    "Sok.",
]
_NOTES = (
    "3. kat, asansör yok",
    "Kapı zili bozuk, telefonla arayın",
    "Komşu teslim alabilir",
    "Bahçe kapısından girin",
    "",
    "",
    "",
    "Köpek var, bahçede bağlı",
    "",
)
_DRIVERS = ("Şükrü Çağlayan", "İbrahim Işık", "Gülşen Öztürk", "Ömer Ağaoğlu")
_VANS = ("16 AŞ 101", "16 İN 202", "16 ÇĞ 303", "16 ÖZ 404")


def _street_names(rng: random.Random) -> list[str]:
    names = [" ".join(p) for p in zip(_STREETS[::2], _STREETS[1::2], strict=True)]
    return [rng.choice(names) for _ in range(400)]


def _grid_point(ix: int, iy: int) -> LatLon:
    return (KITCHEN.lat + iy * _STEP_DEG, KITCHEN.lon + ix * _STEP_DEG * 1.3)


def _manhattan(a: tuple[int, int], b: tuple[int, int]) -> list[LatLon]:
    """Grid path from a to b: along x first, then along y."""
    (ax, ay), (bx, by) = a, b
    sx = 1 if bx >= ax else -1
    sy = 1 if by >= ay else -1
    cells = [(x, ay) for x in range(ax, bx + sx, sx)] + [
        (bx, y) for y in range(ay + sy, by + sy, sy)
    ]
    return [_grid_point(x, y) for x, y in cells]


def road_grid() -> list[list[LatLon]]:
    """The synthetic street grid as (lat, lon) polylines."""
    span = range(-_GRID, _GRID + 1)
    rows = [[_grid_point(x, y) for x in span] for y in span]
    cols = [[_grid_point(x, y) for y in span] for x in span]
    return rows + cols


def sample_route(
    index: int, n_stops: int, day: dt.date, shift: str = "breakfast", trips: int = 1, seed: int = 7
) -> RouteView:
    """One route of `n_stops` stops in `trips` trips; stop names, diets and notes vary by seed."""
    rng = random.Random(seed * 100 + index)
    streets = _street_names(rng)
    start_s = 6 * 3600 + 45 * 60 if shift == "breakfast" else 16 * 3600 + 30 * 60
    t = start_s
    stops: list[StopView] = []
    path: list[list[LatLon]] = []
    per_trip = -(-n_stops // trips)
    seq = 0
    quadrant = [(1, 1), (-1, 1), (-1, -1), (1, -1)][index % 4]
    for trip in range(1, trips + 1):
        here = (0, 0)
        trip_path: list[LatLon] = [_grid_point(0, 0)]
        trip_start = t
        for _ in range(min(per_trip, n_stops - seq)):
            seq += 1
            nxt = (
                here[0] + quadrant[0] * rng.randint(0, 3),
                here[1] + quadrant[1] * rng.randint(0, 2),
            )
            nxt = (max(-_GRID, min(_GRID, nxt[0])), max(-_GRID, min(_GRID, nxt[1])))
            leg = _manhattan(here, nxt)
            trip_path += leg[1:]
            t += 25 * len(leg) + 150
            lat, lon = _grid_point(*nxt)
            diets = tuple(sorted(rng.sample(DIET_CODES, k=rng.choice((0, 0, 1, 1, 2)))))
            stops.append(
                StopView(
                    seq=seq,
                    trip_no=trip,
                    ref=f"H{index:02d}{seq:02d}",
                    arrival_s=t,
                    name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                    address=f"{streets[seq]} No: {rng.randint(1, 120)}, Daire {rng.randint(1, 12)}",
                    phone=f"0 5{rng.randint(30, 55)} {rng.randint(100, 999)} {rng.randint(10, 99)} "
                    f"{rng.randint(10, 99)}",
                    lat=lat + 0.00012,
                    lon=lon + 0.00012,
                    meals=rng.choice((1, 1, 1, 2, 2, 3)),
                    diets=diets,
                    notes=rng.choice(_NOTES),
                    ride_min=(t - trip_start) / 60,
                )
            )
            here = nxt
        trip_path += _manhattan(here, (0, 0))[1:]
        t += 25 * len(_manhattan(here, (0, 0))) + 15 * 60
        path.append(trip_path)
    return RouteView(
        route_id=f"{'K' if shift == 'breakfast' else 'A'}{index + 1}",
        driver_name=_DRIVERS[index % len(_DRIVERS)],
        van_id=_VANS[index % len(_VANS)],
        shift="breakfast" if shift == "breakfast" else "dinner",
        date=day,
        departure_s=start_s,
        return_s=t - 15 * 60,
        stops=stops,
        path=path,
        colour=None,
        driving_s=(t - start_s) // 2,
        distance_m=sum(len(p) for p in path) * 120.0,
        max_ride_min=max((s.ride_min for s in stops), default=0.0),
        ride_limit_min=45.0,
    )


def sample_day(day: dt.date = dt.date(2025, 5, 14)) -> DayMapView:
    """Three breakfast routes (one long, in two trips) and one dinner route, plus unserved."""
    routes = [
        sample_route(0, 9, day),
        sample_route(1, 24, day, trips=2),
        sample_route(2, 6, day),
        sample_route(3, 8, day, shift="dinner"),
    ]
    unserved = [
        ("H9901", "Adres yola 650 m uzakta (sınır 300 m)"),
        ("H9902", "Araç kapasitesi yetmedi"),
    ]
    return DayMapView(day, KITCHEN, routes, road_grid(), unserved)


def handmade_route(
    route_id: str = "K1",
    driver_name: str = "Şükrü Çağlayan",
    shift: str = "breakfast",
    day: dt.date = dt.date(2025, 5, 14),
) -> RouteView:
    """Three known stops (İbrahim Işık, Gülşen Öztürk, Ümmühan Ağaoğlu) for tests and examples."""
    people = [
        (
            "İbrahim Işık",
            "Cumhuriyet Cad. No: 12",
            2,
            ("gluten_free", "diabetic"),
            "3. kat, asansör yok",
            (2, 1),
        ),
        (
            "Gülşen Öztürk",
            "Işıklar Sok. No: 4",
            1,
            ("soft_food",),
            "Kapı zili bozuk, telefonla arayın",
            (3, 3),
        ),
        ("Ümmühan Ağaoğlu", "Şehitler Cad. No: 7", 1, (), "", (1, 4)),
    ]
    start_s = 7 * 3600 if shift == "breakfast" else 17 * 3600
    here, path, stops = (0, 0), [_grid_point(0, 0)], []
    for seq, (name, address, meals, diets, notes, cell) in enumerate(people, start=1):
        path += _manhattan(here, cell)[1:]
        lat, lon = _grid_point(*cell)
        stops.append(
            StopView(
                seq=seq,
                trip_no=1,
                ref=f"{route_id}-H{seq}",
                arrival_s=start_s + seq * 8 * 60,
                name=name,
                address=address,
                phone=f"0 532 111 22 3{seq}",
                lat=lat,
                lon=lon,
                meals=meals,
                diets=diets,
                notes=notes,
                ride_min=seq * 8.0,
            )
        )
        here = cell
    path += _manhattan(here, (0, 0))[1:]
    return RouteView(
        route_id=route_id,
        driver_name=driver_name,
        van_id="16 AŞ 101",
        shift="breakfast" if shift == "breakfast" else "dinner",
        date=day,
        departure_s=start_s,
        return_s=start_s + 40 * 60,
        stops=stops,
        path=[path],
        driving_s=22 * 60,
        distance_m=4_350.0,
        max_ride_min=24.0,
        ride_limit_min=45.0,
    )
