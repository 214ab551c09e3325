"""When can two reports tell the same event: type, participants, date and place.

A *report* is one document's telling of one event (an event of the extract
output after the within-document pass). Two reports are compatible when they say
exactly the same (type, mode, actors, date and place), or

- their types are the same or PLOVER neighbours (``lang/en/event_neighbours.tsv``),
- their participants agree (:func:`sides_agree`), by actor identity: the KB id, else
  country, sector and normalised name; an unnamed group or a state also by country and
  sector, and a state body by country (``lang/en/actor_identity.tsv``); when no one named
  is shared (only unnamed groups, sectors, countries, or a state as both reports'
  target) both reports must name a place finer than the country, and the same place
  unless one state acts in both,
- their date intervals overlap, each no wider than ``max_days`` (a month: a
  ``2020-01`` report joins a ``2020-01-03`` event, a ``2020`` one joins nothing; a
  statement dated more vaguely than a week only a report of the same town naming two
  of the same people, ``lang/en/event_roles.tsv``),
- their places are the same, one inside the other (a country and a town of it, a
  region and a town near it), or one of them has none,
- both are told as happened, or with the same other status (future, negated ...).

A group of reports stays *consistent*: all its dates share at least one day, its
types are pairwise neighbours, its places pairwise compatible, no two of its reports
name different participants where one event has the same ones, and two reports of one
document that the within-document pass kept apart stay apart. So a vague report never
chains two distinct events into one. :func:`group_reports` joins compatible pairs from
the most alike on: a deterministic union-find whose result depends only on the reports.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from newsgraph.lang.tables import TableError, data_file, read_classes, read_rows
from newsgraph.plover.ontology import TYPES

#: place precision from the widest to the narrowest
PLACE_RANK = {"country": 0, "region": 1, "other": 2, "city": 2}
#: date precision from the narrowest to the widest (ties between equal intervals)
DATE_RANK = {"day": 0, "publication": 1, "week": 2, "month": 3, "season": 4, "quarter": 5, "year": 6,
             "decade": 7, "unknown": 8}


@dataclass(frozen=True, kw_only=True)
class ClusterOptions:
    """How far reports may differ and still be one event."""

    #: a report dated more vaguely than this many days joins no other report across documents
    max_days: int = 31
    #: a statement (``statement`` in lang/en/event_roles.tsv) dated more vaguely than this many
    #: days joins only a report that names the same town and two of the same participants
    statement_days: int = 7
    #: an event dated only by its article's publication may have happened this many days before
    publication_slack: int = 2
    #: two towns (or sites) this close are one place (an airport and its city)
    town_km: float = 30.0
    #: a town this close to a region's point may be inside it
    region_km: float = 400.0


@dataclass(frozen=True, kw_only=True)
class PlaceRef:
    name: str | None
    geonameid: int | None = None
    country: str | None = None  # ISO alpha-2, as GeoNames has it
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None

    @property
    def rank(self) -> int:
        return PLACE_RANK.get(self.precision or "other", 2)


@dataclass(frozen=True, kw_only=True)
class Report:
    """One document's report of one event, as the cross-document grouping sees it."""

    key: str  # unique: document id and event id
    exact: str  # the old exact event key (type, mode, actors, date, place)
    doc_id: str
    type: str
    published: date | None = None
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    start: date | None = None  # the date interval used for linking (publication slack included)
    end: date | None = None
    precision: str | None = None
    place: PlaceRef | None = None
    aux: str | None = None
    #: actors that name no one in particular ("unidentified attackers", sector UAF without a KB id)
    unknown: frozenset[str] = frozenset()
    #: each participant's identity tokens (actors, then recipients)
    people: tuple[frozenset[str], ...] = ()

    @property
    def participants(self) -> frozenset[str]:
        return self.actors | self.recipients

    @property
    def named(self) -> frozenset[str]:
        return self.actors - self.unknown

    def linkable(self, options: ClusterOptions) -> bool:
        """Dated narrowly enough, with a participant: such a report may join others across documents."""
        if self.start is None or self.end is None or not self.participants:
            return False
        return (self.end - self.start).days < options.max_days + 1

    def vague_statement(self, options: ClusterOptions, kinds: dict[str, frozenset[str]] | None = None) -> bool:
        """A statement dated more vaguely than ``statement_days``: it joins only a report that names
        the same town and two of the same participants."""
        kinds = roles() if kinds is None else kinds
        return ("statement" in kinds.get(self.type, ()) and self.start is not None
                and (self.end - self.start).days >= options.statement_days)


#: joins the identity tokens of one participant in the store's actor_tokens column
TOKEN_SEP = "\x1f"


def sides(actor_tokens: list[str], recipient_tokens: list[str]) -> dict:
    """Report fields from per-participant token strings (``TOKEN_SEP``-joined)."""
    acts = [frozenset(x.split(TOKEN_SEP)) for x in actor_tokens]
    recs = [frozenset(x.split(TOKEN_SEP)) for x in recipient_tokens]
    return {"actors": frozenset().union(*acts), "recipients": frozenset().union(*recs), "people": tuple(acts + recs)}


def unknown_key(key: str) -> bool:
    """An actor key of unidentified attackers (country|UAF|name: sector UAF, no KB id)."""
    parts = key.split("|")
    return len(parts) == 3 and parts[1] == "UAF"


def sides_conflict(a: Report, b: Report, kinds: dict[str, frozenset[str]] | None = None) -> bool:
    """Do two reports name different participants where one event has the same ones: different
    actors, or (unless the type's reports name different victims, or the two sides are
    interchangeable) different recipients? ('Trump pardoned A' and 'Trump pardoned B')"""
    kinds = roles() if kinds is None else kinds
    ka, kb = kinds.get(a.type, frozenset()), kinds.get(b.type, frozenset())
    if "mutual" in ka and "mutual" in kb:
        return False
    if a.named and b.named and not a.named & b.named:
        return True
    return bool(a.recipients and b.recipients and not a.recipients & b.recipients
                and not ("victims" in ka and "victims" in kb))


def sides_agree(a: Report, b: Report, kinds: dict[str, frozenset[str]] | None = None) -> bool:
    """Participant overlap: the actors both name are the same (unidentified attackers match each
    other), the recipients too unless the type's reports name different victims, and some side
    is shared. For mutual types (a meeting) the two sides together."""
    kinds = roles() if kinds is None else kinds
    ka, kb = kinds.get(a.type, frozenset()), kinds.get(b.type, frozenset())
    if "mutual" in ka and "mutual" in kb:
        # a meeting told twice names the same people: two of them when both name two or more
        # ('the envoy met the president' and 'the envoy met the opposition leader' are two)
        pa = [p for p in a.people if not p <= a.unknown] or [a.named | a.recipients]
        pb = [p for p in b.people if not p <= b.unknown] or [b.named | b.recipients]
        # counted from both sides, so the test is symmetric (the grouping needs that)
        shared = min(sum(1 for p in pa if any(p & q for q in pb)), sum(1 for q in pb if any(p & q for p in pa)))
        return shared >= min(2, len(pa), len(pb)) and shared > 0
    if a.named and b.named and not a.named & b.named:
        return False
    unknown = bool(a.actors and b.actors and not a.named and not b.named)
    actors = bool(a.named & b.named) or unknown
    recipients = bool(a.recipients & b.recipients)
    if a.recipients and b.recipients and not recipients and not ("victims" in ka and "victims" in kb and actors):
        return False
    return actors or recipients


# --- the type table ------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Neighbours:
    version: str
    pairs: frozenset[frozenset[str]]

    def compatible(self, a: str, b: str) -> bool:
        return a == b or frozenset((a, b)) in self.pairs

    def of(self, t: str) -> tuple[str, ...]:
        """``t`` and its neighbours, sorted."""
        return tuple(sorted({t} | {x for p in self.pairs if t in p for x in p}))


def load_neighbours(path: str | Path) -> Neighbours:
    rows = read_rows(path, min_fields=3, max_fields=3, sep="\t", key=lambda f: frozenset(f[:2]),
                     shape="TYPE<TAB>TYPE<TAB>why")
    pairs = set()
    for row in rows.rows:
        a, b, why = row.fields
        for t in (a, b):
            if t not in TYPES:
                raise row.error(f"unknown PLOVER type {t!r}; use one of {', '.join(TYPES)}")
        if a == b:
            raise row.error(f"{a} is always compatible with itself; remove the line")
        if not why:
            raise row.error("say why the two types may tell one event (third field)")
        pairs.add(frozenset((a, b)))
    return Neighbours(version=rows.version, pairs=frozenset(pairs))


def load_anaphors(path: str | Path) -> dict[str, frozenset[str]]:
    """PLOVER type -> nouns that refer back to an event of that type ('the attack')."""
    _, classes, lines = read_classes(path)
    for name in classes:
        if name not in TYPES:
            raise TableError(f"{path}:{lines[name]}: unknown PLOVER type {name!r}; use one of {', '.join(TYPES)}")
    return classes


ROLES = ("mutual", "victims", "statement")


def load_roles(path: str | Path) -> dict[str, frozenset[str]]:
    """PLOVER type -> its properties (``mutual``, ``victims``, ``statement``)."""
    rows = read_rows(path, min_fields=3, max_fields=3, sep="\t", key=lambda f: tuple(f[:2]),
                     shape="TYPE<TAB>PROPERTY<TAB>why")
    out: dict[str, set[str]] = {}
    for row in rows.rows:
        t, role, why = row.fields
        if t not in TYPES:
            raise row.error(f"unknown PLOVER type {t!r}; use one of {', '.join(TYPES)}")
        if role not in ROLES:
            raise row.error(f"unknown property {role!r}; use one of {', '.join(ROLES)}")
        if not why:
            raise row.error("say why (third field)")
        out.setdefault(t, set()).add(role)
    return {t: frozenset(v) for t, v in out.items()}


IDENTITY = ("state", "own")


def load_identity(path: str | Path) -> dict[str, frozenset[str]]:
    """``state`` and ``own`` -> their sectors (``lang/en/actor_identity.tsv``)."""
    from newsgraph.kb.model import SECTORS

    rows = read_rows(path, min_fields=3, max_fields=3, sep="\t", shape="SECTOR<TAB>state|own<TAB>why")
    out: dict[str, set[str]] = {k: set() for k in IDENTITY}
    for row in rows.rows:
        sector, what, why = row.fields
        if sector not in SECTORS:
            raise row.error(f"unknown PLOVER sector {sector!r}; use one of {', '.join(sorted(SECTORS))}")
        if what not in IDENTITY:
            raise row.error(f"second field must be one of {', '.join(IDENTITY)}, not {what!r}")
        if not why:
            raise row.error("say why (third field)")
        out[what].add(sector)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _identity() -> dict[str, frozenset[str]]:
    return load_identity(data_file("actor_identity.tsv"))


def state_sectors() -> frozenset[str]:
    return _identity()["state"]


def own_sectors() -> frozenset[str]:
    return _identity()["own"]


def identity_tokens(key: str, *, kind: str | None, country: str | None, sector: str | None,
                    state: bool = True) -> list[str]:
    """What an actor matches other reports' actors by: its key, and for a group, organisation or
    state (not a person, not unidentified attackers) its country and sector, and (``state``) its
    country alone when it acts for its state. Within one document the actors stage has already
    told its actors apart, so the police and the intelligence service there stay two.

    An unnamed group ('protesters', 'police': kind group, no KB entry) names no one in
    particular: its key is marked like its country and sector ('~'), so it never identifies an
    event alone (:func:`compatible`)."""
    out = ["~" + key if kind == "group" and "|" in key and sector != "UAF" else key]
    if kind in ("group", "state") and country and sector and sector != "UAF" and sector not in own_sectors():
        out.append(f"~{country}|{sector}")
        if state and (sector in state_sectors() or kind == "state"):
            out.append(f"~{country}")
    return out


@lru_cache(maxsize=1)
def roles() -> dict[str, frozenset[str]]:
    return load_roles(data_file("event_roles.tsv"))


@lru_cache(maxsize=1)
def neighbours() -> Neighbours:
    return load_neighbours(data_file("event_neighbours.tsv"))


@lru_cache(maxsize=1)
def anaphors() -> dict[str, frozenset[str]]:
    return load_anaphors(data_file("event_anaphors.txt"))


# --- pairwise tests ------------------------------------------------------------------


def km(a: PlaceRef, b: PlaceRef) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def places_compatible(a: PlaceRef | None, b: PlaceRef | None, options: ClusterOptions = ClusterOptions()) -> bool:
    """The same place, one inside the other, or one unknown."""
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.geonameid is None and b.geonameid is None:
        return (a.name or "").lower() == (b.name or "").lower()
    if a.country and b.country and a.country != b.country:
        return False
    wide, narrow = (a, b) if a.rank <= b.rank else (b, a)
    if wide.precision == "country":
        return bool(wide.country) and wide.country == narrow.country
    d = km(a, b)
    if d is None:
        return False
    if wide.rank == narrow.rank:
        # two regions, or two towns: only a site and its town (an airport, a district)
        return wide.precision != "region" and d <= options.town_km
    return d <= options.region_km  # a town near a region's point may be in it


def dates_overlap(a: Report, b: Report) -> bool:
    return a.start is not None and b.start is not None and a.start <= b.end and b.start <= a.end


def link_interval(value_start: date | None, value_end: date | None, precision: str | None,
                  options: ClusterOptions) -> tuple[date | None, date | None]:
    """The interval a report links by: its date's, widened back for a publication date."""
    if value_start is None or value_end is None:
        return None, None
    if precision == "publication":
        return value_start - timedelta(days=options.publication_slack), value_end
    return value_start, value_end


def compatible(a: Report, b: Report, table: Neighbours, options: ClusterOptions = ClusterOptions()) -> bool:
    """May ``a`` and ``b``, from any documents, tell the same event?"""
    if a.exact == b.exact:
        return True
    if not (a.linkable(options) and b.linkable(options) and table.compatible(a.type, b.type)
            and bool(a.participants & b.participants) and sides_agree(a, b) and dates_overlap(a, b)
            and _aux_compatible(a.aux, b.aux) and places_compatible(a.place, b.place, options)):
        return False
    if not any(_identifies(t, a, b) for t in a.participants & b.participants):
        # only unnamed groups, state bodies of one country, or a country as target in common:
        # both reports must say where, finer than the country; and unless one state acts in
        # both (its forces, its police), the same place ('protesters' against 'the United
        # States' in Philadelphia and in Pennsylvania are two protests)
        if a.place is None or b.place is None or a.place.rank < 1 or b.place.rank < 1:
            return False
        state_acts = any(t.startswith("~") and "|" not in t for t in a.actors & b.actors)
        if not state_acts and not same_place(a.place, b.place, options):
            return False
    if a.vague_statement(options) or b.vague_statement(options):
        # a month holds many statements of the same people: the same town and two of the
        # same people make it one
        towns = a.place is not None and b.place is not None and a.place.rank >= 2 and b.place.rank >= 2
        return towns and _shared_people(a, b) >= 2
    return True


#: the key prefix of a state in the knowledge base (``ng:state/USA``)
STATE_KEY = "ng:state/"


def _identifies(token: str, a: Report, b: Report) -> bool:
    """Does a participant both reports name tell which event it is? A named person, organisation
    or armed group does; an unnamed group, a sector or a country does not, nor a state as the
    target of both (a protest 'against the United States' in two stories about it)."""
    if token.startswith("~"):
        return False
    return not (token.startswith(STATE_KEY) and not (token in a.actors and token in b.actors))


def same_place(a: PlaceRef, b: PlaceRef, options: ClusterOptions = ClusterOptions()) -> bool:
    """The same place: one GeoNames id, or two towns or sites a few kilometres apart."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.geonameid is None and b.geonameid is None:
        return (a.name or "").lower() == (b.name or "").lower()
    d = km(a, b)
    return a.rank >= 2 and b.rank >= 2 and d is not None and d <= options.town_km


def _shared_people(a: Report, b: Report) -> int:
    pa = [p for p in a.people if not p <= a.unknown]
    pb = [p for p in b.people if not p <= b.unknown]
    return min(sum(1 for p in pa if any(p & q for q in pb)), sum(1 for q in pb if any(p & q for p in pa)))


def _aux_compatible(a: str | None, b: str | None) -> bool:
    """Told as happened (asserted or as background) or as the same other status."""
    happened = (None, "historical")
    return a == b or (a in happened and b in happened)


def strength(a: Report, b: Report) -> tuple:
    """How alike two compatible reports are: the grouping joins the most alike pairs first.
    A tuple, larger is stronger; the keys break ties so the order is total."""
    same_place = a.place is not None and b.place is not None and a.place.geonameid == b.place.geonameid
    width = max((a.end - a.start).days, (b.end - b.start).days) if a.start and b.start else 9999
    return (a.exact == b.exact, len(a.actors & b.actors) + len(a.recipients & b.recipients),
            len(a.participants & b.participants), a.type == b.type, same_place, -width)


# --- groups --------------------------------------------------------------------------


@dataclass
class Group:
    """What a group of reports must keep consistent as it grows."""

    members: list[Report]
    start: date | None = None  # the days every dated member allows
    end: date | None = None
    types: set[str] = field(default_factory=set)
    places: list[PlaceRef] = field(default_factory=list)
    #: document -> exact keys of its reports in the group
    docs: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, r: Report) -> "Group":
        return cls([r], r.start, r.end, {r.type}, [r.place] if r.place else [], {r.doc_id: {r.exact}})

    def can_join(self, other: "Group", table: Neighbours, options: ClusterOptions) -> bool:
        # two reports of one document that the within-document pass kept apart stay apart
        # (unless they say exactly the same)
        for d in self.docs.keys() & other.docs.keys():
            if self.docs[d] != other.docs[d] or len(self.docs[d]) > 1:
                return False
        if self.start is not None and other.start is not None:
            if max(self.start, other.start) > min(self.end, other.end):
                return False
        if not all(table.compatible(x, y) for x in self.types for y in other.types):
            return False
        if not all(places_compatible(p, q, options) for p in self.places for q in other.places):
            return False
        # a summary joins one of its details, not two that name different people
        # ('issued seven pardons' and 'pardoned A', 'pardoned B')
        return not any(sides_conflict(x, y) for x in self.members for y in other.members if x.exact != y.exact)

    def join(self, other: "Group") -> None:
        self.members += other.members
        if other.start is not None:
            self.start = other.start if self.start is None else max(self.start, other.start)
            self.end = other.end if self.end is None else min(self.end, other.end)
        self.types |= other.types
        self.places += [p for p in other.places if p not in self.places]
        for d, keys in other.docs.items():
            self.docs.setdefault(d, set()).update(keys)


def group_reports(reports: list[Report], table: Neighbours | None = None,
                  options: ClusterOptions = ClusterOptions(),
                  pairs: list[tuple[str, str]] | None = None) -> list[list[Report]]:
    """Reports grouped into events, whatever order they come in.

    Every compatible pair (``pairs``, or all pairs when None) is tried from the most
    alike to the least (ties by report keys), joining the two groups when the result
    stays consistent: a deterministic union-find, so the same reports always give the
    same groups. Each group is sorted by report key; groups by their first key.
    """
    table = table or neighbours()
    by_key = {r.key: r for r in reports}
    if pairs is None:
        keys = sorted(by_key)
        pairs = [(x, y) for i, x in enumerate(keys) for y in keys[i + 1:]]
    edges = []
    for x, y in pairs:
        a, b = by_key[x], by_key[y]
        if compatible(a, b, table, options):
            lo, hi = sorted((x, y))
            edges.append((strength(a, b), lo, hi))
    edges.sort(key=lambda e: (tuple(-int(v) for v in e[0]), e[1], e[2]))
    parent = {k: k for k in by_key}
    groups = {k: Group.of(r) for k, r in by_key.items()}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for _, x, y in edges:
        gx, gy = find(x), find(y)
        if gx == gy or not groups[gx].can_join(groups[gy], table, options):
            continue
        root, other = min(gx, gy), max(gx, gy)
        groups[root].join(groups.pop(other))
        parent[other] = root
    out = [sorted(g.members, key=lambda r: r.key) for g in groups.values()]
    return sorted(out, key=lambda g: g[0].key)


def anchor(members: list[Report]) -> Report:
    """The report that names the event: the earliest published (then the smallest key), so
    later reports joining an event leave its id as it was."""
    return min(members, key=lambda r: (r.published or date.max, r.exact, r.key))
