"""Toponym resolution: pick the gazetteer entry each place name refers to.

Evidence, in the order of its weight:

1. an explicit qualifier: "Alexandria, La.", "Tripoli, Lebanon", "Springfield, Illinois";
2. the kind of the name: a country or US state name is that country or state,
   not the village of the same name;
3. coherence with the document: the countries and US states its other places
   and its actors belong to ("Tripoli" in an article about Libya is Libya's);
4. proximity: a local-news article's places cluster, so in a second pass a
   candidate near the places already resolved wins;
5. population, as the prior when nothing else speaks.

Small towns from the secondary index (:mod:`.towns`) are candidates when the
primary index has none for a name; otherwise a town competes only with its
own evidence (a qualifier it fits, the document's US state, another name of
the document near it), never on population alone, and never against a
country's or region's name without a qualifier ("Russia, Ohio").

All mentions of one name in a document get one sense (one sense per
discourse), and the evidence a name gives is never used to resolve itself.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from newsgraph.gazetteer.countries import DEMONYMS
from newsgraph.gazetteer.index import Entry, Gazetteer, name_key
from newsgraph.gazetteer.regions import DIRECTIONS
from newsgraph.gazetteer.words import is_demonym, word_classes


@dataclass(frozen=True, kw_only=True)
class ResolveOptions:
    #: weight of an explicit ", State"/", Country" qualifier that agrees (and
    #: the penalty, halved, when it disagrees)
    qualifier_weight: float = 15.0
    #: weight of document country coherence, times the country's share of the evidence
    country_weight: float = 5.0
    #: weight of document US-state coherence, times the state's share
    state_weight: float = 4.0
    #: proximity bonus for a candidate within 50/150/400 km of the document's anchor
    proximity: tuple[float, float, float] = (3.0, 2.0, 1.0)
    #: spatial minimality: bonus per other name with a candidate near this one, and its cap
    spatial_weight: float = 2.0
    spatial_cap: float = 4.0
    #: candidates per name (most populous first) in the spatial comparison
    spatial_candidates: int = 15
    #: a country named within this many characters of a name is strong local evidence
    local_window: int = 150
    local_weight: float = 4.0
    #: weight of each nationality word ("Libyan") in the text as country evidence
    demonym_weight: float = 0.5
    #: what a town loses when its name is also a country's / a region's main name
    country_name_penalty: float = 6.0
    region_name_penalty: float = 3.0
    #: a match on an alternate name is weaker evidence than on the main name
    alternate_penalty: float = 2.5
    #: small towns from the secondary index (:mod:`.towns`): "missing" = only
    #: for names the primary index lacks, "gated" = also when a qualifier or the
    #: document's state/country/neighbourhood supports one, "always", "none"
    towns: str = "gated"
    #: what a secondary-index town loses against the primary index's places
    town_tier_penalty: float = 0.0
    #: at most this many towns of one name (most populous first)
    town_candidates: int = 40
    #: whether such a town's point supports the other names' candidates near it
    towns_support_others: bool = False
    #: a name only the town index knows resolves only to a town of a country the document names
    town_needs_country: bool = False
    #: bonus of a state or country for a name mostly written where only one stands
    #: ("Albany, New York", "upstate New York")
    area_position_weight: float = 6.0
    #: a dateline that needs no state after it is a capital's ("WASHINGTON (AP) —", "BEIRUT:")
    dateline_capital_weight: float = 8.0


@dataclass
class Toponym:
    """A place name in the text, as recognised (or as given by gold spans)."""

    start: int
    end: int
    text: str
    #: a name kept only if it fits the story (a town inside an organisation's name): the
    #: places stage checks it against the places resolved without it
    weak: bool = False
    #: read as a state or country by its position ("the Southern District of New York")
    area: bool = False
    #: the country (ISO alpha-2) the phrase around the name puts it in, a qualifier as strong
    #: as ", United States" after it (a federal court's "Northern District of Georgia")
    within: str | None = None


@dataclass
class Resolution:
    toponym: Toponym
    entry: Entry | None
    name: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    country: str | None = None
    precision: str = "other"
    fclass: str | None = None
    #: how the coordinates were found: gazetteer, near-places (a county placed
    #: by the document's places in its state), direction (eastern X), none
    point: str = "none"
    score: float = 0.0


def _name_then(words: frozenset[str]) -> re.Pattern:
    """A name, then one of ``words`` ending the text, in any case: group 1 is the name."""
    return re.compile(r"^(.+?)\s+(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")$", re.I)


_QUALIFIER = re.compile(r"\s*,\s*((?:[A-Z][\w.'-]*\.?)(?:\s+[A-Z][\w.'-]*\.?){0,2})")
_DIRECTION = re.compile(r"^(?:the\s+)?(" + "|".join(sorted(DIRECTIONS, key=len, reverse=True)) + r")\s+(?:of\s+)?(.+)$", re.I)

# "Puge county", "Enfield Borough", "Montreal East": a known name and an area word after it
_AREA_SUFFIX = _name_then(word_classes()["AREA_SUFFIX_WORDS"])
_DATELINE_AFTER = re.compile(r"\s*(?:\([A-Za-z ]+\)\s*)?(?:—|–|--+|-\s|:\s|[A-Z][a-z])")
_ADMIN_SUFFIX = _name_then(word_classes()["ADMIN_SUFFIX_WORDS"])

# "British Airways", "the Libyan counterpart": nationality words are evidence
# of the story's countries even when they are not places themselves.
_DEMONYM = re.compile(r"\b(" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) + r")s?\b")

#: kinds placed at a point small enough for spatial coherence (a county is a few tens of km)
_LOCAL_KINDS = frozenset({"city", "county"})

_AREA_KINDS = frozenset({"country", "admin1", "region", "continent"})

_KIND_PRIOR = {"country": 15.0, "admin1": 9.0, "county": 9.0, "region": 9.0, "continent": 9.0}

# Words of a division's name that say what it is, not where ("Western Region", "Eastern District").
_ADMIN_WORDS = word_classes()["ADMIN_WORDS"]  # lang/en/places_words.txt


def compass_only(name: str) -> bool:
    """'Northern', 'Western Region', 'Eastern District', 'North East': a name made of a
    compass word and administrative words only. Many countries have a division so named
    (Fiji's Northern Division, Ghana's Northern Region), so such a name says nothing of
    where it is: it resolves only to a division of a country the story speaks for."""
    words = name_key(name).split()
    return any(w in DIRECTIONS for w in words) and all(w in DIRECTIONS or w in _ADMIN_WORDS for w in words)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


distance_km = _km


@dataclass
class _Group:
    key: str
    text: str
    direction: str | None
    toponyms: list[Toponym] = field(default_factory=list)
    candidates: list[tuple[Entry, bool]] = field(default_factory=list)
    qualifiers: list[Entry] = field(default_factory=list)
    #: candidates[:primary] come from the primary index, the rest are small towns
    primary: int = 10**9
    #: country-level readings this name gives on its own (first pass)
    picks: list[Entry] = field(default_factory=list)
    choice: Entry | None = None
    score: float = 0.0
    margin: float = 0.0
    #: mentions read as a state or country by their position: after "Town, " ("Albany, New
    #: York") or after "upstate" ("upstate New York")
    as_area: int = 0
    #: written as an upper-case dateline with no state or country after it ("WASHINGTON (AP) —")
    dateline: bool = False
    #: a compass word and administrative words only ("Northern", "Western Region"): no evidence
    #: of its own, and only a division of a country the story speaks for (:func:`compass_only`)
    compass: bool = False


def _prior(entry: Entry, alt: bool, opts: ResolveOptions) -> float:
    if entry.kind == "city":
        p = 1.5 * math.log10(entry.population + 10) + (1.0 if entry.capital else 0.0)
    elif entry.kind == "admin1" and entry.geonameid is None and entry.lat is None:
        p = 3.0  # a pycountry subdivision we cannot place: a last resort
    else:
        p = _KIND_PRIOR.get(entry.kind, 5.0)
    if alt and entry.kind == "county":
        # A bare county name ("Douglas") is a county only when the document's
        # state says so; alone it loses to a town of that name.
        return p - 2 * opts.alternate_penalty
    return p - (opts.alternate_penalty if alt else 0.0)


def _qualifier_fit(entry: Entry, quals: list[Entry]) -> bool:
    for q in quals:
        if q.kind == "country" and entry.country == q.country:
            return True
        if q.kind == "admin1" and entry.country == q.country and (
            q.admin1 is None or entry.admin1 == q.admin1 or entry is q
        ):
            return True
    return False


class Resolver:
    def __init__(self, gazetteer: Gazetteer, options: ResolveOptions | None = None):
        self.gaz = gazetteer
        self.opts = options or ResolveOptions()

    def _group(self, toponyms: list[Toponym], text: str) -> list[_Group]:
        groups: dict[str, _Group] = {}
        area_cues = word_classes()["AREA_BEFORE"]
        area_after = word_classes()["AREA_AFTER"]
        prev_end = -10
        for t in toponyms:
            # "Albany, New York": a name right after another one and a comma qualifies it;
            # "upstate New York": a word before it that only a state or region takes
            before = text[max(0, t.start - 20):t.start]
            as_area = bool(re.fullmatch(r"\s*,\s*", text[prev_end:t.start])) if 0 <= t.start - prev_end < 4 else False
            as_area = as_area or (before.split() or [""])[-1].lower() in area_cues
            # "New York Gov. Andrew Cuomo", "the New York border": a word after it that
            # only a state or country has
            after = text[t.end:t.end + 20].split()
            as_area = as_area or bool(after) and after[0].rstrip(".,").lower() in area_after
            as_area = as_area or t.area
            prev_end = t.end
            surface = t.text.strip()
            quals: list[Entry] = []
            if "," in surface:
                # "Alexandria, La." recognised as one span: the part after the comma qualifies.
                head, _, tail = surface.partition(",")
                q = self.gaz.qualifier(tail.strip())
                if q and self.gaz.has(head):
                    surface, quals = head.strip(), q
            if not quals:
                m = _QUALIFIER.match(text, t.end)
                if m:
                    quals = self.gaz.qualifier(m.group(1))
            if not quals and t.within and self.gaz.country(t.within) is not None:
                quals = [self.gaz.country(t.within)]
            direction = None
            dm = _DIRECTION.match(surface)
            if dm and not self.gaz.has(surface) and not self.gaz.towns(surface):
                if self.gaz.has(dm.group(2)) and (dm.group(1)[0].islower() or self._area(dm.group(2))):
                    # "eastern Libya", "Southern California", "North London"; but a
                    # capitalised "East Bank" or "West Stockbridge" is a name of its
                    # own, not the east of some town called Bank
                    direction, surface = dm.group(1).lower(), dm.group(2)
            elif dm and self._quarter_of_named_city(surface, dm.group(2), t, toponyms):
                # "East London" in a story that names London: a quarter of it, not East
                # London, South Africa
                direction, surface = dm.group(1).lower(), dm.group(2)
            key = (direction or "") + "|" + name_key(surface)
            if as_area and self._city_and_state(surface):
                # "New York Gov. Cuomo" and "met in New York": the state here, the city there
                key += "|area"
            g = groups.get(key)
            if g is None:
                cands = self.gaz.lookup(surface)
                if not cands:
                    # "Fars Province", "Karak district": the name without its administrative word.
                    m = _ADMIN_SUFFIX.match(surface)
                    if m:
                        cands = [(e, alt) for e, alt in self.gaz.lookup(m.group(1)) if e.kind != "city"] or \
                            self.gaz.lookup(m.group(1))
                if cands and not direction and compass_only(surface) and (m := _ADMIN_SUFFIX.match(surface)):
                    # "Northern Region": Malawi's of that name, and any "Northern" division
                    # (Ghana's); the story's country chooses
                    have = {id(e) for e, _ in cands}
                    cands = cands + [(e, alt) for e, alt in self.gaz.lookup(m.group(1))
                                     if e.kind != "city" and id(e) not in have]
                if not cands or surface.endswith(".") or (len(surface) == 2 and surface.isupper()):
                    # A state abbreviation standing alone ("Ky.") when handed one.
                    # (also "Mo." or "KY": an abbreviation is the state, not the town Mo in Norway).
                    cands = [(q, False) for q in self.gaz.qualifier(surface) if q.kind == "admin1"] or cands
                if any(not alt and e.kind in _AREA_KINDS for e, alt in cands):
                    # "Washington", "Texas", "Delaware": the state, never a county named
                    # without its "County" after it
                    cands = [(e, alt) for e, alt in cands if not (alt and e.kind == "county")]
                if is_demonym(surface):
                    # "Russian", "Canadian": the country or region, never a town called so
                    cands = [(e, alt) for e, alt in cands if e.kind != "city"]
                g = groups[key] = _Group(key, surface, direction, candidates=cands,
                                         compass=not direction and compass_only(surface))
                if self.opts.towns != "none" and not direction and not is_demonym(surface):
                    towns = self.gaz.towns(surface)[: self.opts.town_candidates]
                    if towns and (not cands or self.opts.towns != "missing"):
                        g.candidates = cands + [(e, False) for e in towns]
                        g.primary = len(cands)
            g.toponyms.append(t)
            g.as_area += as_area
            if not quals and t.text.isupper() and len(t.text) > 3 and _DATELINE_AFTER.match(text, t.end):
                g.dateline = True
            g.qualifiers.extend(q for q in quals if q not in g.qualifiers)
        return list(groups.values())

    def _quarter_of_named_city(self, name: str, base: str, t: Toponym, toponyms: list[Toponym]) -> bool:
        """Whether a known name made of a direction and a city's name ("East London") is
        read as the quarter of that city: the city has 100,000 people, the name is only
        towns' elsewhere, in other countries than the city's ("East London", South Africa;
        not "East Hampton" beside Hampton, Virginia, nor "West Virginia"), and another
        toponym of the story names the city or a direction of it ("London", "south London")."""
        found = [e for e, alt in self.gaz.lookup(name) if not alt]
        if not found or any(e.kind != "city" for e in found):
            return False
        cities = [e for e, alt in self.gaz.lookup(base) if not alt and e.kind == "city" and e.population >= 100_000]
        if not cities or {e.country for e in found} & {e.country for e in cities}:
            return False
        return self._named_apart(base, t, toponyms)

    @staticmethod
    def _named_apart(base: str, t: Toponym, toponyms: list[Toponym]) -> bool:
        """Whether another toponym of the story is the place ``base`` or a direction of it
        ("London", "south London" beside "East London")."""
        key = name_key(base)
        for u in toponyms:
            if u is t:
                continue
            m = _DIRECTION.match(u.text.strip())
            if name_key(u.text) == key or (m and name_key(m.group(2)) == key):
                return True
        return False

    def _city_and_state(self, name: str) -> bool:
        """Whether a name is both a state's (or country's) main name and a city's name ("New York")."""
        found = self.gaz.lookup(name)
        return any(e.kind == "city" and (not alt or e.population >= 1_000_000) for e, alt in found) and any(
            not alt and e.kind in ("admin1", "country") for e, alt in found)

    def _area(self, name: str) -> bool:
        """Whether a name's main reading is a country, a region or a city big enough to have
        named quarters (100,000 inhabitants or more)."""
        return any(not alt and (e.kind in ("country", "admin1", "region", "continent") or e.population >= 100_000)
                   for e, alt in self.gaz.lookup(name))

    def _evidence(self, groups: list[_Group], context: dict[str, float], first_pass: bool):
        """Country and US-state weights contributed by each group (so a group's own can be removed)."""
        per_group: list[tuple[dict[str, float], dict[str, float]]] = []
        for g in groups:
            cw: dict[str, float] = defaultdict(float)
            sw: dict[str, float] = defaultdict(float)
            n = len(g.toponyms)
            picks: list[tuple[Entry, float]] = []
            if first_pass and g.compass:
                pass  # "Northern" is no evidence of Fiji's Northern Division
            elif first_pass:
                # small towns say little about the document's country until chosen
                own = g.candidates[: g.primary] or g.candidates
                main = [e for e, alt in own if not alt]
                strong = [e for e in main if e.kind in ("country", "admin1", "county", "region", "continent")]
                if g.qualifiers:
                    picks = [(q, 1.0) for q in g.qualifiers]
                if strong:
                    picks.append((strong[0], 1.0))
                elif len(main) == 1:
                    picks.append((main[0], 0.7))
            elif g.choice is not None:
                picks = [(g.choice, 1.0 if g.margin > 2 else 0.5)]
            if first_pass:
                g.picks = [e for e, w in picks if w >= 1.0]
            for e, w in picks:
                if e.country:
                    cw[e.country] += w * n
                if e.country == "US" and e.admin1:
                    sw[e.admin1] += w * n
            per_group.append((cw, sw))
        total_c: dict[str, float] = defaultdict(float, context)
        total_s: dict[str, float] = defaultdict(float)
        for cw, sw in per_group:
            for k, v in cw.items():
                total_c[k] += v
            for k, v in sw.items():
                total_s[k] += v
        return per_group, total_c, total_s

    def _local_countries(self, g: _Group, groups: list[_Group]) -> set[str]:
        """Countries named (as countries, states or regions) within a few words of this name:
        "Paris ... in France" in a Kentucky paper is still France's."""
        win = self.opts.local_window
        out: set[str] = set()
        for other in groups:
            if other is g or not other.picks:
                continue
            if any(abs(t.start - u.start) <= win for t in g.toponyms for u in other.toponyms):
                out.update(e.country for e in other.picks if e.country)
        return out

    def _anchor(self, groups: list[_Group], skip: _Group) -> tuple[float, float] | None:
        """The document's local centre: the mean of its resolved cities (a city is where local news is)."""
        pts = [
            (g.choice.lat, g.choice.lon, len(g.toponyms))
            for g in groups
            if g is not skip and g.choice is not None and g.choice.kind == "city" and g.margin > 1
        ]
        if not pts:
            return None
        w = sum(p[2] for p in pts)
        return sum(p[0] * p[2] for p in pts) / w, sum(p[1] * p[2] for p in pts) / w

    def _spatial_support(self, groups: list[_Group]) -> dict[tuple[int, int], float]:
        """(group, candidate) -> how many other names have a candidate near it.

        Places in one article cluster (spatial minimality): "Paris" next to
        "Lamar County" and "Clarksville" is the Texan one. Only the likeliest
        city candidates of each name take part, in one numpy distance matrix.
        """
        import numpy as np

        rows: list[tuple[int, int, float, float]] = []
        starts: list[int] = []
        mute: list[int] = []
        # keep the matrix small on long documents (at most ~1500 points)
        k = max(3, min(self.opts.spatial_candidates, 1500 // max(1, len(groups))))
        for gi, g in enumerate(groups):
            cands = [(ci, e) for ci, (e, alt) in enumerate(g.candidates)
                     if e.kind in _LOCAL_KINDS and e.lat is not None]
            if not cands:
                continue
            cands.sort(key=lambda x: (x[1].kind != "county", -x[1].population))
            starts.append(len(rows))
            rows.extend((gi, ci, e.lat, e.lon) for ci, e in cands[:k])
            if self.opts.towns_support_others:
                continue
            # A small town of a name the primary index also knows is only a
            # possibility; it may be supported, but not lend support: any
            # place has some hamlet of a common name near it.
            for r in range(starts[-1], len(rows)):
                ci = rows[r][1]
                if 0 < g.primary <= ci or (g.candidates[ci][1] and g.candidates[ci][0].kind == "county"):
                    mute.append(r)  # (nor does a county named without its "County": "Washington")
        if len(starts) < 2:
            return {}
        arr = np.array([(r[2], r[3]) for r in rows], dtype=float)
        grp = np.array([r[0] for r in rows])
        lat, lon = np.radians(arr[:, 0]), np.radians(arr[:, 1])
        a = (np.sin((lat[:, None] - lat[None, :]) / 2) ** 2
             + np.cos(lat[:, None]) * np.cos(lat[None, :]) * np.sin((lon[:, None] - lon[None, :]) / 2) ** 2)
        d = 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
        close = np.where(d < 50, 1.0, np.where(d < 150, 0.6, np.where(d < 400, 0.25, 0.0)))
        if mute:
            close[:, mute] = 0.0
        per_group = np.maximum.reduceat(close, starts, axis=1)  # N x groups-with-cities
        own = np.searchsorted(starts, np.arange(len(rows)), side="right") - 1
        per_group[np.arange(len(rows)), own] = 0.0
        support = per_group.sum(axis=1)
        return {(int(grp[i]), rows[i][1]): float(support[i]) for i in range(len(rows))}

    def _score_all(self, groups: list[_Group], context: dict[str, float], first_pass: bool) -> None:
        per_group, total_c, total_s = self._evidence(groups, context, first_pass)
        o = self.opts
        support = self._spatial_support(groups) if first_pass else self._support
        self._support = support
        for gi, (g, (own_c, own_s)) in enumerate(zip(groups, per_group)):
            if not g.candidates:
                g.choice = None
                continue
            cw = {k: v - own_c.get(k, 0.0) for k, v in total_c.items()}
            sw = {k: v - own_s.get(k, 0.0) for k, v in total_s.items()}
            csum = sum(v for v in cw.values() if v > 0) or 1.0
            ssum = sum(v for v in sw.values() if v > 0) or 1.0
            anchor = None if first_pass else self._anchor(groups, g)
            # The kind of the name: if it is a country's or a first-level
            # region's main name, the towns that share it need more evidence
            # ("Russia", "Florida", "Quebec" are rarely the towns).
            kinds = {e.kind for e, alt in g.candidates if not alt}
            town_penalty = o.country_name_penalty if "country" in kinds else (
                o.region_name_penalty if kinds & {"admin1", "region"} else 0.0)
            local = self._local_countries(g, groups)
            scored = []
            for ci, (e, alt) in enumerate(g.candidates):
                near = support.get((gi, ci), 0.0)
                if e.tier and ci >= g.primary and g.primary > 0 and o.towns == "gated":
                    if not self._town_supported(e, g, near, sw, anchor, strong_name=town_penalty > 0):
                        continue
                if g.compass and (alt or not self._compass_fits(e, g, cw, sw, local)):
                    continue
                if e.tier and g.primary == 0 and o.town_needs_country and not first_pass:
                    # a name only the town index knows: a hamlet somewhere in the
                    # world is a guess unless the document speaks for its country
                    if not (cw.get(e.country, 0) > 0 or near > 0 or e.country in local or
                            (g.qualifiers and _qualifier_fit(e, g.qualifiers))):
                        continue
                s = _prior(e, alt, o)
                if e.kind == "city":
                    s -= town_penalty
                if e.tier:
                    s -= o.town_tier_penalty
                s += min(o.spatial_cap, o.spatial_weight * near)
                if g.qualifiers:
                    s += o.qualifier_weight if _qualifier_fit(e, g.qualifiers) else -o.qualifier_weight / 2
                if g.as_area * 2 > len(g.toponyms) and e.kind in ("admin1", "country"):
                    s += o.area_position_weight
                if g.dateline and e.capital:
                    s += o.dateline_capital_weight
                if e.country and e.country in local and e.kind != "country":
                    s += o.local_weight
                if e.country and cw.get(e.country, 0) > 0:
                    s += 1.5 + o.country_weight * cw[e.country] / csum
                if e.country == "US" and e.admin1 and sw.get(e.admin1, 0) > 0:
                    s += 1.5 + o.state_weight * sw[e.admin1] / ssum
                if anchor and e.kind in _LOCAL_KINDS and e.lat is not None:
                    d = _km(anchor[0], anchor[1], e.lat, e.lon)
                    s += o.proximity[0] if d < 50 else o.proximity[1] if d < 150 else o.proximity[2] if d < 400 else 0
                scored.append((s, e))
            if not scored:
                g.choice, g.score, g.margin = None, 0.0, 0.0
                continue
            scored.sort(key=lambda x: -x[0])
            g.choice, g.score = scored[0][1], scored[0][0]
            g.margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 10.0

    @staticmethod
    def _compass_fits(e: Entry, g: _Group, cw: dict[str, float], sw: dict[str, float], local: set[str]) -> bool:
        """A division named by a compass word only is one of a country the story speaks for
        (a qualifier, a name near it, the story's evidence), and a US county so named
        (American Samoa's "Western District") one of a state it speaks for."""
        if g.qualifiers and _qualifier_fit(e, g.qualifiers):
            return True
        if not e.country or not (cw.get(e.country, 0) > 0 or e.country in local):
            return False
        return not (e.country == "US" and e.kind == "county") or sw.get(e.admin1 or "", 0) > 0

    @staticmethod
    def _town_supported(e: Entry, g: _Group, near: float, sw: dict[str, float],
                        anchor: tuple[float, float] | None, strong_name: bool) -> bool:
        """A small town competes with the primary index's places of its name only
        with evidence of its own: a qualifier it fits ("Clinton, Iowa"), the
        document's US state, another name of the document near it, or the
        document's centre near it. Population alone never brings one in, and
        when the name is a country's or region's ("Russia", "Georgia") only a
        qualifier does ("Russia, Ohio")."""
        if g.qualifiers and _qualifier_fit(e, g.qualifiers):
            return True
        if strong_name:
            return False
        if e.country == "US" and e.admin1 and sw.get(e.admin1, 0) > 0:
            return True
        if near >= 0.6:
            return True
        return anchor is not None and _km(anchor[0], anchor[1], e.lat, e.lon) < 150

    def resolve(self, toponyms: list[Toponym], text: str, *, context_countries: dict[str, float] | None = None
                ) -> list[Resolution]:
        """Resolve every toponym; names the gazetteer lacks come back with ``entry=None``."""
        groups = self._group(toponyms, text)
        context = dict(context_countries or {})
        if self.opts.demonym_weight:
            for m in _DEMONYM.finditer(text):
                c = DEMONYMS[m.group(1)]
                context[c] = context.get(c, 0.0) + self.opts.demonym_weight
        self._score_all(groups, context, first_pass=True)
        self._score_all(groups, context, first_pass=False)
        out: list[Resolution] = []
        for g in groups:
            for t in g.toponyms:
                out.append(self._resolution(g, t, groups))
        out.sort(key=lambda r: r.toponym.start)
        return out

    def _unlisted(self, g: _Group, t: Toponym, groups: list[_Group]) -> Resolution:
        """A name the gazetteer lacks: no GeoNames id, and a point only where the text gives one.

        1. a place of the document inside the name ("Vancouver Art Gallery", "Far North
           Queensland", "Peace River Valley"): its point. Only one the document itself
           names: "Rogers Centre" is not in Rogers, Arkansas;
        2. an area word after a known name ("Puge county", "Enfield Borough", "Montreal
           East"): that place's point;
        3. a street, building or natural feature of a local story ("Lake Lanier", "the
           Catawba River", "Court Square"): the middle of the story's towns and counties,
           when they lie close together (``point="story"``).
        """
        r = Resolution(t, None, t.text.strip())
        if g.compass:
            return r  # "Western District": no place of the story is inside it, nor its point
        host = self._within(g.text, groups)
        how = "contains:"
        if host is None:
            host = self._coherent_part(g.text, groups)
        if host is None:
            m = _AREA_SUFFIX.match(g.text)
            if m:
                found = [x for x, alt in self.gaz.lookup(m.group(1)) if not alt and x.lat is not None]
                host = max(found, key=lambda x: (x.kind != "city", x.population), default=None)
        if host is not None and host.lat is not None:
            r.lat, r.lon, r.country, r.point = host.lat, host.lon, host.country, how + host.name
            r.precision = "other"
            return r
        words = {w.lower().strip(".,'’") for w in g.text.split()[1:]} | {g.text.split()[0].lower()}
        if words & word_classes()["FEATURE_WORDS"]:
            centre = self._story_centre(groups)
            if centre is not None:
                r.lat, r.lon, r.point = centre[0], centre[1], "story"
                r.country = centre[2]
        return r

    def _coherent_part(self, text: str, groups: list[_Group]) -> Entry | None:
        """A town a feature's name contains ("Best Western DeKalb Inn") that lies within 80 km
        of a town or county the story names: the feature is there. "Rogers Centre" in a
        Toronto story is not in Rogers, Arkansas."""
        local = [x.choice for x in groups if x.choice is not None and x.choice.kind in _LOCAL_KINDS
                 and x.choice.lat is not None]
        if not local:
            return None
        feature = word_classes()["FEATURE_WORDS"]
        words = [w for w in re.findall(r"[A-Z][\w'.]*", text.replace("-", " ")) if w.lower().strip(".") not in feature]
        for n in (3, 2, 1):
            for i in range(0, len(words) - n + 1):
                name = " ".join(words[i:i + n])
                cands = [x for x, alt in self.gaz.lookup(name) if not alt and x.kind == "city"] + self.gaz.towns(name)
                for c in cands:
                    if c.lat is not None and any(_km(c.lat, c.lon, p.lat, p.lon) < 80 for p in local):
                        return c
        return None

    def _story_centre(self, groups: list[_Group]) -> tuple[float, float, str | None] | None:
        """The middle of a local story: the mean of its resolved towns and counties, when
        all lie within 100 km of it; None for a story spread over a country or the world."""
        pts = [(x.choice.lat, x.choice.lon, x.choice.country) for x in groups
               if x.choice is not None and x.choice.kind in _LOCAL_KINDS and x.choice.lat is not None]
        if not pts:
            return None
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        if any(_km(lat, lon, p[0], p[1]) > 100 for p in pts):
            return None
        countries = {p[2] for p in pts}
        return lat, lon, countries.pop() if len(countries) == 1 else None

    def _within(self, text: str, groups: list[_Group]) -> Entry | None:
        """The place a feature's name contains, one the document itself names and resolved."""
        words = re.findall(r"[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*)*", text.replace("-", " "))
        # Only a place the document itself names and resolved: "Vancouver Art
        # Gallery" in an article that mentions Vancouver.
        chosen = {name_key(x.text): x.choice for x in groups
                  if x.choice is not None and x.choice.lat is not None and x.text != text
                  and x.choice.kind in ("city", "county", "admin1", "region")}
        for w in words:
            parts = w.split()
            for n in range(len(parts), 0, -1):
                for i in range(0, len(parts) - n + 1):
                    k = name_key(" ".join(parts[i : i + n]))
                    if k in chosen:
                        return chosen[k]
        return None

    def _resolution(self, g: _Group, t: Toponym, groups: list[_Group]) -> Resolution:
        e = g.choice
        if e is None:
            return self._unlisted(g, t, groups)
        r = Resolution(t, e, e.name, e.lat, e.lon, e.geonameid, e.country, e.precision, e.fclass,
                       "gazetteer" if e.lat is not None else "none", g.score)
        if e.kind == "county" and e.lat is None:
            # No point for a county in the data: the document's places in the
            # same state are in or near it (local news); else the state's centre.
            near = [x.choice for x in groups if x.choice is not None and x.choice.kind == "city"
                    and x.choice.country == "US" and x.choice.admin1 == e.admin1]
            if near:
                r.lat = sum(c.lat for c in near) / len(near)
                r.lon = sum(c.lon for c in near) / len(near)
                r.point = "near-places"
            else:
                st = self.gaz.us_state(e.admin1 or "")
                if st is not None and st.lat is not None:
                    r.lat, r.lon, r.point = st.lat, st.lon, "state"
        if g.direction and e.kind == "city":
            # "South London", "north London": a quarter of the city, which the city's
            # entry stands for (GeoNames has no entry for the quarter)
            return r
        if g.direction:
            # "eastern Libya" is a region of Libya, not Libya: no GeoNames id,
            # and a point moved from the centre toward that side.
            dy, dx = DIRECTIONS[g.direction]
            r.name = f"{g.direction} {e.name}"
            r.geonameid = None
            r.precision = "region"
            if r.lat is not None and e.kind == "country":
                size_km = math.sqrt(self.gaz.country_area.get(e.country or "", 0.0) or 10000.0)
                shift = 0.3 * size_km / 111.0
                r.lat = max(-89.0, min(89.0, r.lat + dy * shift))
                r.lon = r.lon + dx * shift / max(0.2, math.cos(math.radians(r.lat)))
                r.point = "direction"
        return r
