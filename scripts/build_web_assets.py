"""Build the web page's country outlines from Natural Earth (the npm package world-atlas).

    python scripts/build_web_assets.py            # npm pack world-atlas@2.0.2, then convert

Writes src/newsgraph/web/static/countries.json: one entry per country of Natural Earth's
1:110m admin-0 map, {"iso3", "name", "d"} with "d" an SVG path in an equirectangular
projection (x = longitude, y = -latitude), rounded to 0.1 degree. The result is committed,
so neither installing nor running newsgraph needs npm or a network. Natural Earth is in the
public domain; world-atlas is ISC-licensed (its LICENSE goes beside the output).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "world-atlas@2.0.2"
OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "web" / "static"


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantised, delta-encoded arcs as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in ring:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc[1:] if points else arc)
    return points


def path(polygons: list[list[list[int]]], arcs) -> str:
    parts = []
    for polygon in polygons:
        for ring in polygon:
            pts = ring_points(ring, arcs)
            seg, shift, last_x = [], 0.0, None
            for lon, lat in pts:
                # a ring crossing the antimeridian is unwrapped (longitudes past 180) so that it
                # closes on its own side; the map's frame clips what lies beyond
                if last_x is not None and abs(lon + shift - last_x) > 180:
                    shift += 360 if last_x > lon + shift else -360
                x = lon + shift
                seg.append(f"{'L' if seg else 'M'}{x:.1f} {-lat:.1f}")
                last_x = x
            parts.append("".join(seg) + "Z")
    return "".join(parts)


def convert(topo: dict) -> list[dict]:
    import pycountry

    arcs = decode_arcs(topo)
    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        c = pycountry.countries.get(numeric=g.get("id")) if g.get("id") else None
        out.append({"iso3": c.alpha_3 if c else None, "name": g["properties"]["name"], "d": path(polygons, arcs)})
    return sorted(out, key=lambda c: c["name"])


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        (tgz,) = Path(tmp).glob("world-atlas-*.tgz")
        with tarfile.open(tgz) as tar:
            tar.extractall(tmp, filter="data")
        topo = json.loads((Path(tmp) / "package" / "countries-110m.json").read_text())
        licence = (Path(tmp) / "package" / "LICENSE").read_text()
    countries = convert(topo)
    (OUT / "countries.json").write_text(json.dumps(countries, separators=(",", ":")) + "\n")
    (OUT / "countries.LICENSE.txt").write_text(
        f"countries.json is built by scripts/build_web_assets.py from the npm package {PACKAGE}\n"
        "(Natural Earth 1:110m admin-0 countries, public domain). world-atlas's licence:\n\n" + licence)
    print(f"wrote {len(countries)} countries to {OUT / 'countries.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
