"""Exports of the store: PLOVER JSONL, GDELT-style TSV, flat CSV, Parquet tables.

Each exporter is ``fn(store, out: Path) -> int`` (rows or files written),
registered by format name.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from newsgraph.query import EventFilter, find_events, find_reports
from newsgraph.registry import exporters
from newsgraph.store import Store
from newsgraph.store.schema import TABLES

# CAMEO root codes to the GDELT/CAMEO quad class (1 verbal coop, 2 material
# coop, 3 verbal conflict, 4 material conflict).
_QUAD = {**{f"{i:02d}": 1 for i in range(1, 6)}, **{f"{i:02d}": 2 for i in range(6, 9)},
         **{f"{i:02d}": 3 for i in range(9, 14)}, **{f"{i:02d}": 4 for i in range(14, 21)}}


def _first(xs):
    return xs[0] if xs else None


def _jsonable(v):
    if isinstance(v, date):
        return v.isoformat()
    return v


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
                "event_date_interval": [_jsonable(e["date_start"]), _jsonable(e["date_end"])],
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
                "first_report": _jsonable(e["first_report"]),
                "last_report": _jsonable(e["last_report"]),
                "source_doc": e["doc_id"],
                "evidence": e["evidence"],
                "reports": [{k: _jsonable(v) for k, v in r.items()} for r in reports.get(e["event_key"], [])],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "DatePrecision", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode",
    "EventRootCode", "PloverType", "PloverMode", "QuadClass", "Intensity", "NumMentions", "NumSources",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "SOURCEDOC",
]
_GEO_TYPE = {"country": 1, "region": 2, "city": 4, "other": 4}


@exporters.register("gdelt-tsv")
def export_gdelt(store: Store, out: Path) -> int:
    """GDELT 2.0 event-table columns (a subset, plus PLOVER type and date precision)."""
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(GDELT_COLUMNS)
        for e in find_events(store):
            start = e["date_start"]
            root = e["cameo"][:2] if e["cameo"] else ""
            w.writerow([
                e["event_key"], start.strftime("%Y%m%d") if start else "", e["date_precision"] or "",
                _first(e["actor_names"]) or "", _first(e["actor_countries"]) or "", _first(e["actor_sectors"]) or "",
                _first(e["recipient_names"]) or "", _first(e["recipient_countries"]) or "",
                _first(e["recipient_sectors"]) or "", 1, e["cameo"] or "", e["cameo"] or "", root,
                e["type"], e["mode"] or "", _QUAD.get(root, ""), "" if e["intensity"] is None else e["intensity"],
                e["n_reports"], e["n_sources"],
                _GEO_TYPE.get(e["place_precision"] or "", 0) if e["place_name"] else 0, e["place_name"] or "",
                e["place_country"] or "", "" if e["lat"] is None else e["lat"], "" if e["lon"] is None else e["lon"],
                e["geonameid"] or "", e["doc_id"],
            ])
            n += 1
    return n


@exporters.register("csv")
def export_csv(store: Store, out: Path) -> int:
    """One row per event, lists joined with '; '."""
    rows = find_events(store)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        if not rows:
            fh.write(",".join(EVENT_CSV_HEADER) + "\n")
            return 0
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        for r in rows:
            w.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else _jsonable(v) for k, v in r.items()})
    return len(rows)


EVENT_CSV_HEADER = ["event_key", "type", "mode", "aux", "date_value", "actor_names", "recipient_names", "evidence"]


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
