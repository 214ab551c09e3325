"""The query API over the store: what the CLI, the HTTP API and exports call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from newsgraph.store import Store


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
