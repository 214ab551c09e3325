"""places: toponyms recognised and resolved to GeoNames entries.

Recognition takes spaCy's GPE, LOC and FAC entities, and adds what the model
missed when the gazetteer knows the name: a capitalised proper-noun run that
names a country, state or region, or any gazetteer place right after a
locative preposition ("in Harwinton"). A direction word in front of a
country or region is kept ("eastern Libya").

Metonymy belongs to the actors stage: a toponym that overlaps an actor
mention ("Moscow supports", "backed by Egypt") is an actor, not a place, so
it is skipped here; the actors' countries still count as evidence for
resolution (an article whose actors are Libyan is about Libya).

Resolution (:mod:`newsgraph.gazetteer.resolve`) gives each name a GeoNames
entry; a name the gazetteer lacks stays a place with ``geonameid=None`` and its
text, never a guess. "the capital" right after a capital city was named joins
that city's mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsgraph.gazetteer.countries import DEMONYMS
from newsgraph.gazetteer.index import get_gazetteer, name_key
from newsgraph.gazetteer.regions import DIRECTIONS
from newsgraph.gazetteer.resolve import Resolution, Resolver, Toponym
from newsgraph.model import NewsDoc, Place
from newsgraph.registry import stages
from newsgraph.stages.base import Stage

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_STRONG_KINDS = frozenset({"country", "admin1", "region", "continent", "county"})
_MISLABELLED = frozenset({"PERSON", "ORG", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT"})
_LOCATIVE = frozenset({"in", "at", "near", "from", "to", "outside", "into", "across", "of", "around", "toward", "towards"})
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_TRAILING_POSS = re.compile(r"(?:'s|’s|')$")
_DIRECTION_BEFORE = re.compile(r"\b(" + "|".join(sorted(DIRECTIONS, key=len, reverse=True)) + r")\s+$", re.I)
# "the capital", "the country's capital", "the Libyan capital" (not "the capital of X",
# which names its own place, nor "capital gains").
_CAPITAL = re.compile(r"\b[Tt]he (?:(?:country|nation)'s |([A-Z][a-z]+) )?capital\b(?! of| gains| city of)")


@lru_cache(maxsize=1)
def _alpha3_to_alpha2() -> dict[str, str]:
    import pycountry

    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the' and a trailing possessive from an entity span."""
    span = text[start:end]
    m = _LEADING_THE.match(span)
    if m:
        start += m.end()
    m = _TRAILING_POSS.search(text[start:end])
    if m and end - m.start() + start > start:
        end = start + m.start()
    return start, end


@stages.register("places")
class PlacesStage(Stage):
    name = "places"
    requires = ("tokens", "entities", "actors")
    sets = ("places",)

    def __init__(self, config=None):
        super().__init__(config)
        # The gazetteer loads once per process (module-level cache) on first use.
        self.gazetteer = get_gazetteer(self.config.min_population)
        self.resolver = Resolver(self.gazetteer)

    # --- recognition ---

    def toponyms(self, doc: NewsDoc) -> list[Toponym]:
        """Toponym spans in the text, before the metonymy filter."""
        text = doc.text
        spans: list[tuple[int, int]] = []
        taken = [False] * len(doc.tokens)
        for ent in doc.entities:
            for i in range(ent.token_start, min(ent.token_end, len(taken))):
                taken[i] = True
            if ent.label in PLACE_LABELS:
                s, e = _trim(text, ent.start, ent.end)
                if e > s:
                    spans.append((s, e))
            elif ent.label == "ORG" and self._main_name(text[ent.start:ent.end]):
                # An organisation whose whole name is a place's name ("Dublin",
                # "Ohio") is the small model mislabelling a place; a metonymic
                # use ("Ohio sued") is the actors stage's to claim.
                spans.append(_trim(text, ent.start, ent.end))
            elif ent.label in _MISLABELLED and self._prep_before(doc, ent.token_start):
                # The small model calls some places persons, organisations or
                # even languages ("outside Aleppo"); after a locative
                # preposition, trust the gazetteer's main names.
                s, e = _trim(text, ent.start, ent.end)
                if any(not alt for _, alt in self.gazetteer.lookup(text[s:e])):
                    spans.append((s, e))
        spans.extend(self._gazetteer_matches(doc, taken))
        spans.extend(self._repeats(doc, spans))
        spans = self._with_direction(text, spans)
        spans.sort()
        out: list[Toponym] = []
        last_end = -1
        for s, e in spans:
            if s >= last_end:
                out.append(Toponym(s, e, text[s:e]))
                last_end = e
        return out

    def _main_name(self, name: str) -> bool:
        s, e = _trim(name, 0, len(name))
        return any(not alt for _, alt in self.gazetteer.lookup(name[s:e]))

    def _repeats(self, doc: NewsDoc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """One sense per discourse: a name recognised as a place once is a
        place at its other occurrences too, unless it is part of a longer
        entity there ("Andrew Jackson" after "Jackson, Miss.")."""
        text = doc.text
        names = {text[s:e] for s, e in spans if e - s > 2 and text[s:s + 1].isupper()}
        # only names the gazetteer knows: a surname spaCy once took for a
        # place must not spread
        names = {n for n in names if self._main_name(n)}
        if not names:
            return []
        covered = sorted(spans)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
        ents = doc.entities
        out = []
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(cs < e and s < ce for cs, ce in covered):
                continue
            ent = next((x for x in ents if x.start < e and s < x.end), None)
            if ent is not None and (ent.start < s or ent.end > e) and text[ent.start:ent.end].strip() != text[s:e]:
                continue
            if ent is not None and ent.label == "PERSON" and not self._prominent(text[s:e]):
                continue
            out.append((s, e))
        return out

    def _prominent(self, name: str) -> bool:
        """A strong name, or a city of 15,000 or more: enough to overrule a PERSON label."""
        return any(
            not alt and (e.kind in _STRONG_KINDS or e.population >= 15000) for e, alt in self.gazetteer.lookup(name)
        )

    def _strong(self, name: str) -> bool:
        return any(not alt and e.kind in _STRONG_KINDS for e, alt in self.gazetteer.lookup(name))

    @staticmethod
    def _prep_before(doc: NewsDoc, i: int) -> bool:
        return i > 0 and doc.tokens[i - 1].text.lower() in _LOCATIVE

    def _gazetteer_matches(self, doc: NewsDoc, taken: list[bool]) -> list[tuple[int, int]]:
        """Proper-noun runs outside any entity that the gazetteer knows."""
        toks = doc.tokens
        out = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if taken[i] or t.tag not in ("NNP", "NNPS") or not t.text[:1].isupper():
                i += 1
                continue
            j = i
            while j < n and j - i < 4 and not taken[j] and toks[j].tag in ("NNP", "NNPS"):
                j += 1
            # the longest known run starting at i
            for k in range(j, i, -1):
                name = doc.text[toks[i].start : toks[k - 1].end]
                cands = [e for e, alt in self.gazetteer.lookup(name) if not alt]
                if not cands:
                    continue
                if any(e.kind in _STRONG_KINDS for e in cands) or self._prep_before(doc, i):
                    out.append((toks[i].start, toks[k - 1].end))
                    break
            i = j if j > i else i + 1
        return out

    def _with_direction(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'eastern Libya': take the direction word into the span of a country or region."""
        out = []
        for s, e in spans:
            m = _DIRECTION_BEFORE.search(text, max(0, s - 16), s)
            if m and m.group(1)[0].islower() and self._strong(text[s:e]):
                s = m.start(1)
            out.append((s, e))
        return out

    # --- the stage ---

    def find(self, doc: NewsDoc) -> list[Place]:
        toponyms = [t for t in self.toponyms(doc) if doc.actor_at(t.start, t.end) is None]
        context: dict[str, float] = {}
        a2 = _alpha3_to_alpha2()
        for actor in doc.actors:
            c = a2.get(actor.country or "")
            if c:
                context[c] = context.get(c, 0.0) + len(actor.mentions) * 0.5
        resolutions = self.resolver.resolve(toponyms, doc.text, context_countries=context)
        return self._places(doc, resolutions)

    def _places(self, doc: NewsDoc, resolutions: list[Resolution]) -> list[Place]:
        places: list[Place] = []
        by_key: dict[tuple, Place] = {}
        for r in resolutions:
            key = (r.geonameid, r.name if r.geonameid is None else None, r.lat, r.lon)
            if r.entry is None:
                key = ("unresolved", name_key(r.toponym.text))
            p = by_key.get(key)
            if p is None:
                p = Place(
                    id=f"p{len(places) + 1}",
                    name=r.name,
                    geonameid=r.geonameid,
                    country=r.country,
                    lat=round(r.lat, 5) if r.lat is not None else None,
                    lon=round(r.lon, 5) if r.lon is not None else None,
                    precision=r.precision,
                    feature_class=r.fclass,
                )
                by_key[key] = p
                places.append(p)
            p.mentions.append((r.toponym.start, r.toponym.end))
        self._capital_anaphora(doc, places)
        return places

    def _capital_anaphora(self, doc: NewsDoc, places: list[Place]) -> None:
        """'the capital' names the capital city last mentioned before it."""
        capitals = []
        for p in places:
            if p.geonameid is None or p.feature_class != "P":
                continue
            e = next((e for e, alt in self.gazetteer.lookup(p.name) if e.geonameid == p.geonameid), None)
            if e is not None and e.capital:
                capitals.extend((m[0], p) for m in p.mentions)
        if not capitals:
            return
        capitals.sort(key=lambda x: x[0])
        for m in _CAPITAL.finditer(doc.text):
            span = (m.start(), m.end())
            if doc.actor_at(*span) is not None or any(
                ms < span[1] and me > span[0] for p in places for ms, me in p.mentions
            ):
                continue
            nation = DEMONYMS.get(m.group(1) or "")
            if m.group(1) and nation is None:
                continue  # "the Tory capital": not a country's adjective
            cands = [(s, p) for s, p in capitals if nation is None or p.country == nation]
            before = [p for s, p in cands if s < m.start()]
            after = [p for s, p in cands if m.end() <= s < m.end() + 40]
            # "the capital, Tripoli": the apposition names it; else the last one named.
            target = after[0] if after else (before[-1] if before else None)
            if target is not None and span not in target.mentions:
                target.mentions.append(span)
                target.mentions.sort()
