"""The query API over the store: what the CLI, the HTTP API and exports call."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsgraph.store import Store, StoreError


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    actor: str | None = None  # substring of an actor or recipient name, or an actor key
    country: str | None = None  # ISO alpha-3 (or IGO) of an actor or recipient
    type: str | None = None  # PLOVER type
    since: date | None = None  # event interval ends on or after
    until: date | None = None  # event interval starts on or before
    place: str | None = None  # substring of the place name, or a GeoNames id
    aux: str | None = None  # historical|future|hypothetical|negated|asserted
    doc_id: str | None = None
    limit: int | None = None


EVENT_COLUMNS = (
    "event_key", "type", "mode", "aux", "cameo", "intensity", "date_value", "date_start", "date_end",
    "date_precision", "actor_names", "actor_countries", "actor_sectors", "recipient_names",
    "recipient_countries", "recipient_sectors", "place_name", "geonameid", "place_country", "lat", "lon",
    "place_precision",
)


#: a report's source: the host of its URL (a document without one is its own source)
SOURCE_SQL = "nullif(lower(regexp_extract(d.url, '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)', 1)), '')"


def _story(store: Store) -> str:
    """The story of a report's document (a store older than schema 3, read as it is, has none)."""
    return "coalesce(d.story_id, m.doc_id)" if store.schema_version >= 3 else "m.doc_id"


def find_events(store: Store, filt: EventFilter = EventFilter()) -> list[dict[str, Any]]:
    """Events matching the filter, each with its number of reports and first evidence."""
    where: list[str] = []
    params: list[Any] = []
    if filt.type:
        where.append("e.type = ?")
        params.append(filt.type.upper())
    if filt.country:
        where.append("(list_contains(e.actor_countries, ?) OR list_contains(e.recipient_countries, ?))")
        params += [filt.country.upper()] * 2
    if filt.actor:
        where.append(
            "(list_contains(e.actor_keys, ?) OR list_contains(e.recipient_keys, ?) OR "
            "len(list_filter(list_concat(e.actor_names, e.recipient_names), x -> contains(lower(x), ?))) > 0)"
        )
        # a plain substring test: with LIKE, '%' and '_' in a name would be wildcards
        params += [filt.actor, filt.actor, filt.actor.lower()]
    if filt.since:
        where.append("coalesce(e.date_end, e.date_start) >= ?")
        params.append(filt.since)
    if filt.until:
        where.append("e.date_start <= ?")
        params.append(filt.until)
    if filt.place:
        if filt.place.isdigit():
            where.append("e.geonameid = ?")
            params.append(int(filt.place))
        else:
            where.append("contains(lower(e.place_name), ?)")
            params.append(filt.place.lower())
    if filt.aux:
        if filt.aux == "asserted":
            where.append("e.aux IS NULL")
        else:
            where.append("e.aux = ?")
            params.append(filt.aux)
    if filt.doc_id:
        where.append("e.event_key IN (SELECT event_key FROM event_mentions WHERE doc_id = ?)")
        params.append(filt.doc_id)
    sql = f"""
        SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)},
               count(m.doc_id) AS n_reports,
               count(DISTINCT m.doc_id) AS n_documents,
               count(DISTINCT coalesce({SOURCE_SQL}, m.doc_id)) AS n_sources,
               count(DISTINCT {_story(store)}) AS n_stories,
               min(d.published) AS first_report,
               max(d.published) AS last_report,
               min(m.doc_id) AS doc_id,
               arg_min(substr(d.text, m.sentence_start + 1, m.sentence_end - m.sentence_start),
                       m.doc_id || lpad(m.sentence_start::VARCHAR, 9, '0')) AS evidence,
               arg_min(substr(d.text, m.trigger_start + 1, m.trigger_end - m.trigger_start),
                       m.doc_id || lpad(m.sentence_start::VARCHAR, 9, '0')) AS trigger
        FROM events e
        JOIN event_mentions m USING (event_key)
        JOIN documents d ON d.doc_id = m.doc_id
        {'WHERE ' + ' AND '.join(where) if where else ''}
        GROUP BY ALL
        ORDER BY e.date_start NULLS LAST, e.type, e.event_key
        {'LIMIT ' + str(int(filt.limit)) if filt.limit else ''}
    """
    return store.execute(sql, params).dicts()


def find_reports(store: Store, event_keys: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The reports of each event, earliest first: document, date, source, and every piece of
    evidence (the trigger and sentence of each mention the report folded in)."""
    if not event_keys:
        return {}
    if store.schema_version < 3:
        raise StoreError(f"{store.path} has schema version {store.schema_version}; open it for writing once "
                         "(any `newsgraph ingest` into it) to bring it to schema 3")
    rows = store.execute(
        f"""SELECT m.event_key, m.doc_id, m.event_id, d.published, d.title, d.url, {SOURCE_SQL} AS source,
                   coalesce(d.story_id, d.doc_id) AS story_id, m.type, m.date_value, m.aux, m.confidence,
                   m.trigger_start, m.trigger_end, m.sentence_start, m.sentence_end, m.spans, d.text
            FROM event_mentions m JOIN documents d USING (doc_id)
            WHERE m.event_key IN (SELECT unnest(?))
            ORDER BY m.event_key, d.published NULLS LAST, m.doc_id, m.trigger_start""",
        [list(event_keys)],
    ).dicts()
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        text = r.pop("text")
        spans = [((r["trigger_start"], r["trigger_end"]), (r["sentence_start"], r["sentence_end"]))]
        spans += [(tuple(t), tuple(sp)) for t, sp in json.loads(r.pop("spans") or "[]")]
        r["evidence"] = [{"trigger": list(t), "sentence": list(sp), "trigger_text": text[t[0]:t[1]],
                          "sentence_text": text[sp[0]:sp[1]]} for t, sp in spans]
        out.setdefault(r.pop("event_key"), []).append(r)
    return out


def events_by_type(store: Store) -> list[tuple[str, int]]:
    return [tuple(r) for r in store.execute(
        "SELECT type, count(*) FROM events GROUP BY type ORDER BY count(*) DESC, type").rows]


def top_actors(store: Store, n: int = 10) -> list[dict[str, Any]]:
    """Actors by number of documents that mention them."""
    return store.execute(
        """SELECT any_value(name ORDER BY length(name) DESC) AS name, actor_key, any_value(country) AS country,
                  any_value(sector) AS sector, count(DISTINCT a.doc_id) AS documents,
                  count(m.start_char) AS mentions
           FROM actors a LEFT JOIN actor_mentions m USING (doc_id, actor_id)
           GROUP BY actor_key ORDER BY documents DESC, mentions DESC, name LIMIT ?""",
        [n],
    ).dicts()
