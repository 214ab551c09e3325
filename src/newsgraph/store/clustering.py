"""Reports grouped into events across documents, incrementally, inside the store.

Each batch's reports are written to ``event_mentions`` with what they said; then the
part of the compatibility graph they touch (every report compatible with them, and
every report compatible with those, ...) is read back and grouped again with
:func:`newsgraph.clusters.compat.group_reports`. Grouping is a function of that part
alone, and the graph's parts do not depend on the order reports arrived in, so the
store ends the same whatever the order of ingestion, and an event's id (the exact key
of its earliest report) is the same on every run. Nothing outside the touched part is
read or rewritten: cost grows with the batch and the reports it touches, plus one scan
of the reports' participants per round.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import duckdb

from newsgraph.clusters.compat import (
    DATE_RANK, PLACE_RANK, ClusterOptions, Neighbours, PlaceRef, Report, anchor, compatible, group_reports,
    neighbours, sides, unknown_key,
)
from newsgraph.clusters.neardup import NearDupOptions, band_hashes, from_blob, same_story, similarity, to_blob

#: the reports' columns read back for grouping and for the event's fields
_REPORT_SQL = """
    SELECT m.*, m.doc_id || '#' || m.event_id AS report_key, d.published, d.url, d.source AS doc_source,
           coalesce(d.story_id, d.doc_id) AS story
    FROM event_mentions m JOIN documents d USING (doc_id)
    WHERE m.doc_id || '#' || m.event_id IN (SELECT unnest(?))
"""


def _report(row: dict[str, Any], options: ClusterOptions) -> Report:
    place = None
    if row["place_name"] is not None or row["geonameid"] is not None:
        place = PlaceRef(name=row["place_name"], geonameid=row["geonameid"], country=row["place_country"],
                         lat=row["lat"], lon=row["lon"], precision=row["place_precision"])
    return Report(
        key=row["report_key"], exact=row["exact_key"] or row["event_key"], doc_id=row["doc_id"],
        type=row["type"] or "", published=row["published"],
        **sides(row["actor_tokens"] or row["actor_keys"] or [], row["recipient_tokens"] or row["recipient_keys"] or []),
        start=row["link_start"] if row["linkable"] else None, end=row["link_end"] if row["linkable"] else None,
        precision=row["date_precision"], place=place, aux=row["aux"],
        unknown=frozenset(k for k in row["actor_keys"] or () if unknown_key(k)),
    )


def _neighbours_of(conn: duckdb.DuckDBPyConnection, frontier: list[dict[str, Any]], table: Neighbours
                   ) -> list[tuple[str, str]]:
    """(frontier report, stored report) pairs worth testing: the same exact key, or a shared
    participant with overlapping link dates and a neighbouring type (both linkable)."""
    keys = [r["report_key"] for r in frontier]
    pairs = conn.execute(
        """SELECT f.k, m.doc_id || '#' || m.event_id
           FROM (SELECT unnest(?) AS k, unnest(?) AS exact_key) f JOIN event_mentions m USING (exact_key)""",
        [keys, [r["exact_key"] for r in frontier]],
    ).fetchall()
    linked = [r for r in frontier if r["linkable"]]
    if linked:
        lo, hi = min(r["link_start"] for r in linked), max(r["link_end"] for r in linked)
        rows = [(r["report_key"], p, r["link_start"], r["link_end"], list(table.of(r["type"])))
                for r in linked for p in r["participants"]]
        pairs += conn.execute(
            """WITH f AS (SELECT unnest(?) AS k, unnest(?) AS p, unnest(?) AS lo, unnest(?) AS hi, unnest(?) AS types),
                    m AS (SELECT doc_id || '#' || event_id AS mk, unnest(participants) AS p, link_start, link_end, type
                          FROM event_mentions WHERE linkable AND link_start <= ? AND link_end >= ?)
               SELECT DISTINCT f.k, m.mk FROM f JOIN m USING (p)
               WHERE m.link_start <= f.hi AND f.lo <= m.link_end AND list_contains(f.types, m.type)""",
            [[x[0] for x in rows], [x[1] for x in rows], [x[2] for x in rows], [x[3] for x in rows],
             [x[4] for x in rows], hi, lo],
        ).fetchall()
    return [(a, b) for a, b in pairs if a != b]


def _fetch(conn: duckdb.DuckDBPyConnection, keys: list[str]) -> list[dict[str, Any]]:
    cur = conn.execute(_REPORT_SQL, [keys])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def resolve(conn: duckdb.DuckDBPyConnection, new_keys: list[str], *, options: ClusterOptions = ClusterOptions(),
            table: Neighbours | None = None) -> dict[str, int]:
    """Regroup the part of the graph that the reports ``new_keys`` (``doc_id#event_id``, already in
    ``event_mentions``) touch, and rewrite its events. Runs inside the caller's transaction.
    Returns counts for benchmarks (reports read, rounds, events written)."""
    table = table or neighbours()
    rows: dict[str, dict[str, Any]] = {}
    reports: dict[str, Report] = {}
    pairs: set[tuple[str, str]] = set()
    frontier = _fetch(conn, new_keys)
    rounds = 0
    while frontier:
        rounds += 1
        for r in frontier:
            rows[r["report_key"]] = r
            reports[r["report_key"]] = _report(r, options)
        found = _neighbours_of(conn, frontier, table)
        unseen = sorted({b for _, b in found if b not in rows})
        more = {r["report_key"]: r for r in _fetch(conn, unseen)} if unseen else {}
        for a, b in found:
            rb = reports.get(b) or (_report(more[b], options) if b in more else None)
            if rb is not None and compatible(reports[a], rb, table, options):
                pairs.add((min(a, b), max(a, b)))
        # only reports compatible with the part join it and are looked at in turn
        linked = {b for a, b in found if (min(a, b), max(a, b)) in pairs}
        frontier = [more[k] for k in sorted(linked) if k in more]
    groups = group_reports(list(reports.values()), table, options, pairs=sorted(pairs))
    old_keys = {r["event_key"] for r in rows.values()}
    updates, events = [], []
    for members in groups:
        key = anchor(members).exact
        for m in members:
            row = rows[m.key]
            if row["event_key"] != key:
                updates.append((key, row["doc_id"], row["event_id"]))
        events.append(event_row(key, [rows[m.key] for m in members]))
    if updates:
        conn.execute(
            """UPDATE event_mentions AS m SET event_key = u.k
               FROM (SELECT unnest(?) AS k, unnest(?) AS d, unnest(?) AS e) AS u
               WHERE m.doc_id = u.d AND m.event_id = u.e""",
            [list(x) for x in zip(*updates)])
    gone = sorted(old_keys | {e["event_key"] for e in events})
    conn.execute("DELETE FROM events WHERE event_key IN (SELECT unnest(?))", [gone])
    # an event some of whose reports lie outside the part keeps its reports: write it back whole
    outside = conn.execute(
        "SELECT DISTINCT event_key FROM event_mentions WHERE event_key IN (SELECT unnest(?)) "
        "AND doc_id || '#' || event_id NOT IN (SELECT unnest(?))", [gone, list(rows)]).fetchall()
    if outside:
        raise RuntimeError(f"event grouping left reports of {outside[0][0]} outside the regrouped part; "
                           "this is a bug: report it with the documents ingested")
    insert_rows(conn, "events", events)
    return {"reports": len(rows), "rounds": rounds, "events": len(events), "moved": len(updates)}


def insert_rows(conn: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]], chunk: int = 100,
                conflict: str = "") -> None:
    """Insert rows that name the same columns, many per statement (DuckDB's executemany runs
    one statement per row). ``conflict``: e.g. " ON CONFLICT DO NOTHING"."""
    if not rows:
        return
    names = list(rows[0])
    one = f"({', '.join('?' * len(names))})"
    for k in range(0, len(rows), chunk):
        part = rows[k:k + chunk]
        conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES {', '.join([one] * len(part))}{conflict}",
                     [r[c] for r in part for c in names])


# --- the event's fields from its reports ----------------------------------------------


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _most(values: list, tie=lambda v: v):
    """The most frequent value (ties by ``tie``, smallest first); None for no values."""
    counts = Counter(values)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], tie(v)))


def event_row(key: str, reports: list[dict[str, Any]]) -> dict[str, Any]:
    """One event from its reports: the most reported type, the most precise date, the most
    specific place, every participant, counts of reports, documents, sources and stories,
    first and last report."""
    reports = sorted(reports, key=lambda r: r["report_key"])
    typ = _most([r["type"] for r in reports], tie=str)
    same = [r for r in reports if r["type"] == typ]
    best = max(same, key=lambda r: (r["confidence"] or 0, r["exact_key"] == key, r["report_key"]))

    def date_rank(r):
        if r["date_start"] is None or r["date_end"] is None:
            return (1, 0, 0, "")
        return (0, (r["date_end"] - r["date_start"]).days, DATE_RANK.get(r["date_precision"], 9), r["report_key"])

    dated = min(reports, key=date_rank)
    placed = [r for r in reports if r["place_name"] is not None]
    place = min(placed, key=lambda r: (-PLACE_RANK.get(r["place_precision"] or "other", 2),
                                       -sum(p["geonameid"] == r["geonameid"] for p in placed), r["report_key"])
                ) if placed else None
    sides: dict[str, dict[str, tuple]] = {"actor": {}, "recipient": {}}
    for side in ("actor", "recipient"):
        for r in reports:
            for k, n, c, s in zip(r[f"{side}_keys"] or [], r[f"{side}_names"] or [], r[f"{side}_countries"] or [],
                                  r[f"{side}_sectors"] or []):
                if side == "recipient" and k in sides["actor"]:
                    continue
                sides[side].setdefault(k, (n, c, s))
    for k in sides["actor"]:
        sides["recipient"].pop(k, None)
    published = [r["published"] for r in reports if r["published"] is not None]
    out = dict(
        event_key=key, type=typ,
        mode=_most([r["mode"] for r in same if r["mode"]], tie=str),
        aux=_most([r["aux"] for r in reports], tie=lambda v: (v is not None, v or "")),
        cameo=best["cameo"], intensity=best["intensity"],
        date_value=dated["date_value"], date_start=dated["date_start"], date_end=dated["date_end"],
        date_precision=dated["date_precision"],
        place_name=place["place_name"] if place else None, geonameid=place["geonameid"] if place else None,
        place_country=place["place_country"] if place else None, lat=place["lat"] if place else None,
        lon=place["lon"] if place else None, place_precision=place["place_precision"] if place else None,
        first_doc_id=min(reports, key=lambda r: (r["published"] or date.max, r["report_key"]))["doc_id"],
        run_id=min((r["run_id"] for r in reports if r["run_id"] is not None), default=None),
        n_reports=len(reports), n_documents=len({r["doc_id"] for r in reports}),
        n_sources=len({_host(r["url"]) or r["doc_id"] for r in reports}),
        n_stories=len({r["story"] for r in reports}),
        first_report=min(published, default=None), last_report=max(published, default=None),
    )
    for side, items in sides.items():
        ks = sorted(items)
        out[f"{side}_keys"] = ks
        out[f"{side}_names"] = [items[k][0] for k in ks]
        out[f"{side}_countries"] = [items[k][1] for k in ks]
        out[f"{side}_sectors"] = [items[k][2] for k in ks]
    return out


def spans(row: dict[str, Any]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Every (trigger, sentence) of one report: its own, then the further mentions the
    within-document pass folded into it."""
    own = ((row["trigger_start"], row["trigger_end"]), (row["sentence_start"], row["sentence_end"]))
    more = json.loads(row["spans"]) if row.get("spans") else []
    return [own] + [(tuple(t), tuple(s)) for t, s in more]


# --- near-duplicate stories ------------------------------------------------------------


def assign_stories(conn: duckdb.DuckDBPyConnection, docs: list[tuple[str, Any, Any]],
                   options: NearDupOptions = NearDupOptions()) -> list[str]:
    """Store the signatures of new documents (``(doc_id, published, signature or None)``, already
    in ``documents``) and join each to the story of the stored documents it nearly duplicates,
    merging stories it bridges. Returns the documents whose story changed."""
    signed = [(d, s) for d, _, s in docs if s is not None]
    if not signed:
        return []
    insert_rows(conn, "doc_minhash", [{"doc_id": d, "signature": to_blob(s)} for d, s in signed])
    bands = [(d, h) for d, s in signed for h in band_hashes(s, options)]
    conn.execute("INSERT INTO doc_bands SELECT unnest(?), unnest(?)", [[h for _, h in bands], [d for d, _ in bands]])
    found = conn.execute(
        """SELECT DISTINCT f.d, b.doc_id FROM (SELECT unnest(?) AS h, unnest(?) AS d) f
           JOIN doc_bands b ON b.band_hash = f.h WHERE b.doc_id <> f.d""",
        [[h for _, h in bands], [d for d, _ in bands]],
    ).fetchall()
    if not found:
        return []
    mine = dict(signed)
    others = sorted({b for _, b in found} - set(mine))
    sigs = dict(mine)
    if others:
        sigs |= {d: from_blob(b) for d, b in conn.execute(
            "SELECT doc_id, signature FROM doc_minhash WHERE doc_id IN (SELECT unnest(?))", [others]).fetchall()}
    pub = {d: p for d, p, _ in docs}
    pub |= dict(conn.execute("SELECT doc_id, published FROM documents WHERE doc_id IN (SELECT unnest(?))",
                             [others]).fetchall()) if others else {}
    edges = {(min(a, b), max(a, b)) for a, b in found
             if a in sigs and b in sigs and same_story(similarity(sigs[a], sigs[b]), pub.get(a), pub.get(b), options)}
    if not edges:
        return []
    linked = sorted({d for e in edges for d in e})
    story = dict(conn.execute("SELECT doc_id, coalesce(story_id, doc_id) FROM documents WHERE doc_id IN (SELECT unnest(?))",
                              [linked]).fetchall())
    # union of the stories the edges connect
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(story.get(a, a)), find(story.get(b, b))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    old_stories = sorted(parent)
    members = conn.execute(
        "SELECT doc_id, published, coalesce(story_id, doc_id) FROM documents WHERE coalesce(story_id, doc_id) IN "
        "(SELECT unnest(?))", [old_stories]).fetchall()
    by_root: dict[str, list[tuple[Any, str]]] = {}
    for doc_id, published, s in members:
        by_root.setdefault(find(s), []).append((published or date.max, doc_id))
    moves = []
    for root, ms in by_root.items():
        name = min(ms)[1]
        moves += [(name, d) for _, d in ms]
    current = {doc_id: s for doc_id, _, s in members}
    moves = [(name, d) for name, d in moves if current.get(d) != name]
    if moves:
        conn.execute("""UPDATE documents AS d SET story_id = u.s FROM (SELECT unnest(?) AS s, unnest(?) AS i) AS u
                        WHERE d.doc_id = u.i""", [[s for s, _ in moves], [d for _, d in moves]])
    return [d for _, d in moves]


def refresh_story_counts(conn: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    """Recount the stories of the events these documents report (their story changed)."""
    if not doc_ids:
        return
    conn.execute(
        """UPDATE events AS e SET n_stories = c.n FROM (
               SELECT m.event_key, count(DISTINCT coalesce(d.story_id, d.doc_id)) AS n
               FROM event_mentions m JOIN documents d USING (doc_id)
               WHERE m.event_key IN (SELECT event_key FROM event_mentions WHERE doc_id IN (SELECT unnest(?)))
               GROUP BY 1) AS c
           WHERE c.event_key = e.event_key""", [doc_ids])
