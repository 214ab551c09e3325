"""The query API over the store: what the CLI, the HTTP API, the web page and exports call.

Every filter value a person types goes through one parser here (:func:`parse_date`,
:func:`parse_country`, :func:`parse_types`, :func:`parse_aux`, ...), so the CLI and the
HTTP API accept the same forms and reject the same mistakes with the same message
(a :class:`QueryError`: exit code 2 on the command line, 422 over HTTP).
"""

from __future__ import annotations

import calendar
import json
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Sequence

from newsgraph.store import Store, StoreError


class QueryError(ValueError):
    """A filter value that cannot be read; the message says which forms work."""


# --- value forms -------------------------------------------------------------------

#: what an event's ``aux`` may be asked for ("asserted": the event was reported as having happened)
AUX_VALUES = ("asserted", "historical", "future", "hypothetical", "negated")
#: what the API, the page and the CLI show unless asked: events reported as having happened
DEFAULT_AUX = ("asserted", "historical")
#: PLOVER quad classes, by the name the API takes (numbers 1-4 work too)
QUAD_NAMES = {1: "verbal-cooperation", 2: "material-cooperation", 3: "verbal-conflict", 4: "material-conflict"}
SORTS = ("newest", "oldest", "reports", "type")
INTERVALS = ("day", "week", "month", "year")
#: most periods one timeline answers with; a longer span asks for a coarser interval
MAX_PERIODS = 5000


def parse_date(value: str | date | None, *, end: bool = False, name: str = "since") -> date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a year or month stands for its first day, or its
    last with ``end`` (``until=2020`` takes in all of 2020)."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        if len(text) == 4 and text.isdigit():
            return date(int(text), 12, 31) if end else date(int(text), 1, 1)
        if len(text) == 7 and text[4] == "-":
            y, m = int(text[:4]), int(text[5:])
            return date(y, m, calendar.monthrange(y, m)[1]) if end else date(y, m, 1)
        return date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"{name} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from None


@lru_cache(maxsize=1)
def _country_index() -> tuple[dict[str, str], frozenset[str]]:
    """(lower-cased name or ISO-2 code -> ISO-3, the ISO-3 and non-state codes actors carry)."""
    import pycountry

    from newsgraph.kb.countries import country_names

    names: dict[str, str] = {}
    codes: set[str] = set(country_names())
    for c in pycountry.countries:
        codes.add(c.alpha_3)
        names[c.alpha_2.lower()] = c.alpha_3
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, attr, None):
                names.setdefault(getattr(c, attr).lower(), c.alpha_3)
    for code, name in country_names().items():
        names[name.lower()] = code  # the short name news uses wins ("Russia", "Syria")
    from newsgraph.web.codes import non_state_codes

    for code, label in non_state_codes().items():
        codes.add(code)
        names.setdefault(label.lower(), code)
    return names, frozenset(codes)


def parse_country(value: str | None) -> str | None:
    """A country name ("Russia"), ISO-2 ("RU") or ISO-3 code ("RUS"), or a non-state code of
    the actor coding ("IGO") -> the ISO-3 (or non-state) code events carry."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    names, codes = _country_index()
    if len(text) == 3 and text.upper() in codes:
        return text.upper()
    code = names.get(text.lower())
    if code:
        return code
    raise QueryError(f"country {value!r} is unknown; use a name (Russia), an ISO-2 code (RU) or an ISO-3 code "
                     "(RUS), or IGO/NGO for organisations")


def iso2(code: str) -> str:
    """The ISO-2 code of an ISO-3 one (places carry GeoNames' ISO-2 codes); a code without one as it is."""
    import pycountry

    c = pycountry.countries.get(alpha_3=code)
    return c.alpha_2 if c else code


def parse_types(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """PLOVER types, comma-separated and in any case ("assault,coerce")."""
    from newsgraph.plover.ontology import TYPES

    items = _items(value)
    bad = [x for x in items if x.upper() not in TYPES]
    if bad:
        raise QueryError(f"type {', '.join(map(repr, bad))} is not a PLOVER type; use one of {', '.join(TYPES)}")
    return tuple(dict.fromkeys(x.upper() for x in items))


def parse_quads(value: str | Sequence[str] | None) -> tuple[int, ...]:
    """Quad classes by name (verbal-cooperation, ...) or number 1-4."""
    by_name = {v: k for k, v in QUAD_NAMES.items()}
    out = []
    for x in _items(value):
        k = int(x) if x.isdigit() else by_name.get(x.lower())
        if k not in QUAD_NAMES:
            raise QueryError(f"quad {x!r} is unknown; use {', '.join(QUAD_NAMES.values())} (or 1-4)")
        out.append(k)
    return tuple(dict.fromkeys(out))


def parse_aux(value: str | Sequence[str] | None, *, default: tuple[str, ...] | None = DEFAULT_AUX
              ) -> tuple[str, ...] | None:
    """Aux values, comma-separated; ``all`` (or an empty value with ``default=None``) is no filter."""
    items = _items(value)
    if not items:
        return default
    if "all" in [x.lower() for x in items]:
        return None
    bad = [x for x in items if x.lower() not in AUX_VALUES]
    if bad:
        raise QueryError(f"aux {', '.join(map(repr, bad))} is unknown; use all or any of {', '.join(AUX_VALUES)}")
    return tuple(dict.fromkeys(x.lower() for x in items))


def parse_choice(value: str | None, choices: Sequence[str], name: str) -> str:
    if value is None or value == "":
        return choices[0]
    if value not in choices:
        raise QueryError(f"{name} {value!r} is unknown; use one of {', '.join(choices)}")
    return value


def _items(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    parts = value.split(",") if isinstance(value, str) else [p for v in value for p in str(v).split(",")]
    return [p.strip() for p in parts if p.strip()]


def check_page(limit: int | None, offset: int | None, *, most: int = 10_000) -> None:
    if limit is not None and not 1 <= limit <= most:
        raise QueryError(f"limit {limit} is out of range; use 1 to {most:,}")
    if offset is not None and offset < 0:
        raise QueryError(f"offset {offset} is negative; use 0 or more")


# --- readable dates ------------------------------------------------------------------

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}


def _day(d: date) -> str:
    return f"{d.day} {d:%b %Y}"


def readable_date(value: str | None, precision: str | None, start: date | None, end: date | None = None) -> str:
    """A TIMEX3 value as a person reads it, with its precision: "March 2019", "week of 4 Mar 2019",
    "spring 2019", "1970s", "11 Jan 2020 (morning)", "about 9 Jan 2019 (report date)"."""
    if start is None:
        return value or "undated"
    value = value or ""
    if precision == "publication":
        return f"about {_day(start)} (report date)"
    if precision == "day":
        part = value.partition("T")[2]
        return _day(start) + (f" ({_PARTS[part]})" if part in _PARTS else f" {part}" if part[:1].isdigit() else "")
    if precision == "week":
        return f"week of {_day(start)}"
    if precision == "month":
        return f"{start:%B %Y}"
    if precision == "season":
        season = _SEASONS.get(value[-2:])
        return f"{season} {start.year}" if season else f"{start.year} (season)"
    if precision == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision == "year":
        return str(start.year)
    if precision == "decade":
        return f"{start.year // 10 * 10}s"
    if precision == "century":
        return f"{start.year // 100 + 1}th century"
    if end and end != start:
        return f"{_day(start)} – {_day(end)}"
    return _day(start)


# --- events ---------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    """Which events, in which order, which page. String fields take what a person types
    (see the parsers above); a field left None does not filter."""

    actor: str | None = None  # substring of an actor or recipient name, or an actor key
    country: str | None = None  # country of an actor or recipient: name, ISO-2 or ISO-3
    type: str | Sequence[str] | None = None  # PLOVER type(s)
    quad: str | Sequence[str] | None = None  # quad class(es)
    since: date | str | None = None  # event interval ends on or after
    until: date | str | None = None  # event interval starts on or before
    place: str | None = None  # substring of the place name, or a GeoNames id
    aux: str | Sequence[str] | None = None  # None: every event; else the aux values to keep
    text: str | None = None  # substring of a report's evidence sentence
    doc_id: str | None = None
    event_key: str | None = None
    recipient_of: str | None = None  # actor key: events where it is a recipient (actor pages)
    actor_of: str | None = None  # actor key: events where it is an actor
    sort: str = "oldest"
    limit: int | None = None
    offset: int = 0

    @classmethod
    def parse(cls, **raw: Any) -> "EventFilter":
        """A filter from what a person typed, checked: a bad value is a QueryError."""
        raw = {k: v for k, v in raw.items() if v is not None}
        filt = cls(**{**raw, "aux": parse_aux(raw.get("aux"))})
        filt.check()
        return filt

    def check(self) -> None:
        """Raise a QueryError for a value no query can use."""
        _where(self)
        parse_choice(self.sort, SORTS, "sort")
        check_page(self.limit, self.offset, most=100_000)


_ORDER = {
    "newest": "e.date_start DESC NULLS LAST, e.event_key",
    "oldest": "e.date_start NULLS LAST, e.type, e.event_key",
    "reports": "e.n_reports DESC NULLS LAST, e.date_start DESC NULLS LAST, e.event_key",
    "type": "e.type, e.date_start DESC NULLS LAST, e.event_key",
}


EVENT_COLUMNS = (
    "event_key", "type", "mode", "aux", "cameo", "intensity", "date_value", "date_start", "date_end",
    "date_precision", "actor_keys", "actor_names", "actor_countries", "actor_sectors", "recipient_keys",
    "recipient_names", "recipient_countries", "recipient_sectors", "place_name", "geonameid", "place_country",
    "lat", "lon", "place_precision",
)

#: the columns of a row of :func:`find_events`, in order (a CSV of no events still has them)
EVENT_ROW_COLUMNS = EVENT_COLUMNS + (
    "n_reports", "n_documents", "n_sources", "n_stories", "first_report", "last_report", "doc_id", "source_id",
    "doc_title", "evidence", "trigger", "trigger_offset", "date_text",
)

#: a report's source: the host of its URL (a document without one is its own source)
SOURCE_SQL = "nullif(lower(regexp_extract(d.url, '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)', 1)), '')"


def _story(store: Store) -> str:
    """The story of a report's document (a store older than schema 3, read as it is, has none)."""
    return "coalesce(d.story_id, m.doc_id)" if store.schema_version >= 3 else "m.doc_id"


def _source_id(store: Store) -> str:
    """A document's own id in its input (a store older than schema 4, read as it is, kept none)."""
    return "d.source_id" if store.schema_version >= 4 else "NULL::VARCHAR"


def _where(filt: EventFilter) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``events e`` and their parameters; raises QueryError for a bad value."""
    from newsgraph.plover.ontology import QUAD

    where: list[str] = []
    params: list[Any] = []
    types = list(parse_types(filt.type))
    quads = parse_quads(filt.quad)
    if quads:
        in_quad = [t for t, q in QUAD.items() if q in quads]
        types = [t for t in types if t in in_quad] if types else in_quad
        if not types:
            where.append("false")
    if types:
        where.append("list_contains(?, e.type)")
        params.append(types)
    country = parse_country(filt.country)
    if country:
        where.append("(list_contains(e.actor_countries, ?) OR list_contains(e.recipient_countries, ?))")
        params += [country] * 2
    if filt.actor:
        where.append(
            "(list_contains(e.actor_keys, ?) OR list_contains(e.recipient_keys, ?) OR "
            "len(list_filter(list_concat(e.actor_names, e.recipient_names), x -> contains(lower(x), ?))) > 0)"
        )
        # a plain substring test: with LIKE, '%' and '_' in a name would be wildcards
        params += [filt.actor, filt.actor, filt.actor.lower()]
    if filt.actor_of:
        where.append("list_contains(e.actor_keys, ?)")
        params.append(filt.actor_of)
    if filt.recipient_of:
        where.append("list_contains(e.recipient_keys, ?)")
        params.append(filt.recipient_of)
    since = parse_date(filt.since, name="since")
    until = parse_date(filt.until, end=True, name="until")
    if since and until and since > until:
        raise QueryError(f"since {since} is after until {until}; swap them")
    if since:
        where.append("coalesce(e.date_end, e.date_start) >= ?")
        params.append(since)
    if until:
        where.append("e.date_start <= ?")
        params.append(until)
    if filt.place:
        if filt.place.strip().isdigit():
            where.append("e.geonameid = ?")
            params.append(int(filt.place))
        else:
            where.append("contains(lower(e.place_name), ?)")
            params.append(filt.place.strip().lower())
    aux = parse_aux(filt.aux, default=None)
    if aux:
        cond = ["e.aux IS NULL"] if "asserted" in aux else []
        rest = [a for a in aux if a != "asserted"]
        if rest:
            cond.append("list_contains(?, e.aux)")
            params.append(rest)
        where.append("(" + " OR ".join(cond) + ")")
    if filt.doc_id:
        where.append("e.event_key IN (SELECT event_key FROM event_mentions WHERE doc_id = ?)")
        params.append(filt.doc_id)
    if filt.event_key:
        where.append("e.event_key = ?")
        params.append(filt.event_key)
    if filt.text and filt.text.strip():
        where.append(
            "e.event_key IN (SELECT m.event_key FROM event_mentions m JOIN documents d USING (doc_id) "
            "WHERE contains(lower(substr(d.text, m.sentence_start + 1, m.sentence_end - m.sentence_start)), ?))")
        params.append(filt.text.strip().lower())
    return where, params


def _where_sql(where: list[str]) -> str:
    return "WHERE " + " AND ".join(where) if where else ""


def count_events(store: Store, filt: EventFilter = EventFilter()) -> int:
    where, params = _where(filt)
    return store.execute(f"SELECT count(*) FROM events e {_where_sql(where)}", params).rows[0][0]


def find_events(store: Store, filt: EventFilter = EventFilter()) -> list[dict[str, Any]]:
    """Events matching the filter (its page of them), each with its number of reports, first
    document, first evidence sentence and trigger, and a readable date."""
    where, params = _where(filt)
    order = _ORDER[parse_choice(filt.sort, SORTS, "sort")]
    page = f"LIMIT {int(filt.limit)}" if filt.limit else ""
    if filt.offset:
        page += f" OFFSET {int(filt.offset)}"
    # The page's keys first (events alone, one quick query), then the reports of those events
    # only, grouped by key alone: as one statement, DuckDB planned the page twice and grouped
    # by the event's list columns, several times slower.
    keys = [k for (k,) in store.execute(
        f"SELECT e.event_key FROM events e {_where_sql(where)} ORDER BY {order} {page}", params).rows]
    if not keys:
        return []
    first = "m.doc_id || lpad(m.sentence_start::VARCHAR, 9, '0')"
    sql = f"""
        WITH told AS (
            SELECT m.event_key,
                   count(m.doc_id) AS n_reports,
                   count(DISTINCT m.doc_id) AS n_documents,
                   count(DISTINCT coalesce({SOURCE_SQL}, m.doc_id)) AS n_sources,
                   count(DISTINCT {_story(store)}) AS n_stories,
                   min(d.published) AS first_report,
                   max(d.published) AS last_report,
                   arg_min(m.doc_id, {first}) AS doc_id,
                   arg_min_null({_source_id(store)}, {first}) AS source_id,
                   arg_min_null(d.title, {first}) AS doc_title,  -- (a first report without a title has none)
                   arg_min(substr(d.text, m.sentence_start + 1, m.sentence_end - m.sentence_start), {first})
                       AS evidence,
                   arg_min(substr(d.text, m.trigger_start + 1, m.trigger_end - m.trigger_start), {first}) AS trigger,
                   arg_min(m.trigger_start - m.sentence_start, {first}) AS trigger_offset
            FROM event_mentions m JOIN documents d ON d.doc_id = m.doc_id
            WHERE m.event_key IN (SELECT unnest(?::VARCHAR[]))
            GROUP BY m.event_key
        )
        SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)}, told.* EXCLUDE (event_key)
        FROM events e JOIN told USING (event_key)
        WHERE e.event_key IN (SELECT unnest(?::VARCHAR[]))
    """
    at = {k: i for i, k in enumerate(keys)}
    rows = sorted(store.execute(sql, [keys, keys]).dicts(), key=lambda r: at[r["event_key"]])
    for r in rows:
        r["date_text"] = readable_date(r["date_value"], r["date_precision"], r["date_start"], r["date_end"])
    return rows


def get_event(store: Store, event_key: str) -> dict[str, Any] | None:
    """One event with every report and every piece of evidence of each (None: no such event)."""
    rows = find_events(store, EventFilter(event_key=event_key))
    if not rows:
        return None
    event = rows[0]
    event["reports"] = find_reports(store, [event_key]).get(event_key, [])
    return event


def find_reports(store: Store, event_keys: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The reports of each event, earliest first: document, date, source, and every piece of
    evidence (the trigger and sentence of each mention the report folded in)."""
    if not event_keys:
        return {}
    if store.schema_version < 3:
        raise StoreError(f"{store.path} has schema version {store.schema_version}; open it for writing once "
                         "(any `newsgraph ingest` into it) to bring it to schema 3")
    rows = store.execute(
        f"""SELECT m.event_key, m.doc_id, {_source_id(store)} AS source_id, m.event_id, d.published, d.title,
                   d.url, {SOURCE_SQL} AS source,
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


# --- documents, actors, quotes, claims, places -------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ListFilter:
    """The filter of the list views (documents, actors, quotes, claims, places): each view reads
    the fields that apply to it and ignores the rest."""

    text: str | None = None  # substring: of title or text (documents), name (actors, places), content
    country: str | None = None  # name, ISO-2 or ISO-3
    since: date | str | None = None  # published on or after
    until: date | str | None = None  # published on or before
    doc_id: str | None = None
    actor: str | None = None  # an actor key, or a substring of a speaker's or source's name
    unit: str | None = None  # claims: the unit counted ("people", "percent")
    limit: int = 50
    offset: int = 0

    def check(self) -> None:
        check_page(self.limit, self.offset)
        parse_country(self.country)
        parse_date(self.since, name="since")
        parse_date(self.until, end=True, name="until")


@dataclass
class Page:
    """One page of a list: its rows, the column names (for a CSV header even when empty) and
    how many rows the whole list has."""

    columns: list[str]
    rows: list[dict[str, Any]]
    total: int
    limit: int | None = None
    offset: int = 0
    note: str = field(default="")


def _published(filt: ListFilter, column: str, where: list[str], params: list[Any]) -> None:
    since = parse_date(filt.since, name="since")
    until = parse_date(filt.until, end=True, name="until")
    if since:
        where.append(f"{column} >= ?")
        params.append(since)
    if until:
        where.append(f"{column} <= ?")
        params.append(until)


def _page(store: Store, select: str, where: list[str], params: list[Any], order: str, filt: ListFilter,
          count_from: str | None = None) -> Page:
    filt.check()
    res = store.execute(f"{select} {_where_sql(where)} {order} LIMIT {int(filt.limit)} OFFSET {int(filt.offset)}",
                        params)
    total = store.execute(f"SELECT count(*) FROM ({count_from or select} {_where_sql(where)})", params).rows[0][0]
    return Page(res.columns, res.dicts(), total, filt.limit, filt.offset)


def list_documents(store: Store, filt: ListFilter = ListFilter()) -> Page:
    """Stored documents, newest first, with how many events, actors, quotes and claims each has."""
    where: list[str] = []
    params: list[Any] = []
    if filt.text:
        where.append("(contains(lower(d.title), ?) OR contains(lower(d.text), ?))")
        params += [filt.text.lower()] * 2
    _published(filt, "d.published", where, params)
    country = parse_country(filt.country)
    if country:
        where.append("d.doc_id IN (SELECT doc_id FROM actors WHERE country = ? UNION "
                     "SELECT doc_id FROM places WHERE country = ?)")
        params += [country, iso2(country)]
    if filt.actor:
        where.append("d.doc_id IN (SELECT doc_id FROM actors WHERE actor_key = ? OR contains(lower(name), ?))")
        params += [filt.actor, filt.actor.lower()]
    select = """SELECT d.doc_id, d.published, d.title, d.url, d.n_chars,
                  (SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.doc_id) AS events,
                  (SELECT count(*) FROM actors a WHERE a.doc_id = d.doc_id) AS actors,
                  (SELECT count(*) FROM quotes q WHERE q.doc_id = d.doc_id) AS quotes,
                  (SELECT count(*) FROM claims c WHERE c.doc_id = d.doc_id) AS claims
                FROM documents d"""
    return _page(store, select, where, params, "ORDER BY d.published DESC NULLS LAST, d.doc_id", filt,
                 count_from="SELECT 1 FROM documents d")


def get_document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """A document's text with every annotation: actors and their mentions, places and theirs,
    times, events (each report's trigger and sentence), quotes and claims, all as character
    offsets into ``text``. A unique prefix of the id is enough."""
    doc = store.document(doc_id)
    if doc is None:
        return None
    did = doc["doc_id"]
    out = dict(doc)
    out["actors"] = store.table("actors", did)
    mentions = store.table("actor_mentions", did)
    for a in out["actors"]:
        a["mentions"] = [[m["start_char"], m["end_char"]] for m in mentions if m["actor_id"] == a["actor_id"]]
    out["actor_mentions"] = mentions
    out["places"] = store.table("places", did)
    pm = store.table("place_mentions", did)
    for p in out["places"]:
        p["mentions"] = [[m["start_char"], m["end_char"]] for m in pm if m["place_id"] == p["place_id"]]
    out["place_mentions"] = pm
    out["timexes"] = store.table("timexes", did)
    for t in out["timexes"]:
        t["readable"] = readable_date(t["value"], t["precision"], t["interval_start"], t["interval_end"]) \
            if t["interval_start"] else t["value"]
    out["quotes"] = store.table("quotes", did)
    out["claims"] = store.table("claims", did)
    for c in out["claims"]:
        c["text"] = doc["text"][c["start_char"]:c["end_char"]]
    out["events"] = find_events(store, EventFilter(doc_id=did))
    mentions = store.execute(
        "SELECT event_key, event_id, trigger_start, trigger_end, sentence_start, sentence_end, spans, type, aux "
        "FROM event_mentions WHERE doc_id = ? ORDER BY trigger_start", [did]).dicts()
    for m in mentions:
        extra = json.loads(m.pop("spans") or "[]")
        m["evidence"] = [[[m["trigger_start"], m["trigger_end"]], [m["sentence_start"], m["sentence_end"]]]] + extra
    out["event_mentions"] = mentions
    return out


def list_actors(store: Store, filt: ListFilter = ListFilter(), *, sort: str = "events") -> Page:
    """Distinct actors (by actor key, across documents), with documents, mentions and events as
    actor or recipient. ``sort``: events, documents or name."""
    where: list[str] = []
    params: list[Any] = []
    if filt.text:
        where.append("contains(lower(name), ?)")
        params.append(filt.text.lower())
    country = parse_country(filt.country)
    if country:
        where.append("country = ?")
        params.append(country)
    if filt.doc_id:
        where.append("actor_key IN (SELECT actor_key FROM actors WHERE doc_id = ?)")
        params.append(filt.doc_id)
    order = {"events": "ORDER BY events DESC, documents DESC, name",
             "documents": "ORDER BY documents DESC, events DESC, name",
             "name": "ORDER BY lower(name), actor_key"}[parse_choice(sort, ("events", "documents", "name"), "sort")]
    select = """WITH a AS (
                  SELECT actor_key, mode(name) AS name, mode(country) AS country, mode(sector) AS sector,
                         mode(kind) AS kind, count(DISTINCT doc_id) AS documents
                  FROM actors GROUP BY actor_key),
                ev AS (
                  SELECT k AS actor_key, count(*) FILTER (WHERE r = 'actor') AS as_actor,
                         count(*) FILTER (WHERE r = 'recipient') AS as_recipient
                  FROM (SELECT unnest(actor_keys) AS k, 'actor' AS r FROM events
                        UNION ALL SELECT unnest(recipient_keys), 'recipient' FROM events)
                  GROUP BY k)
                SELECT * FROM (
                  SELECT a.actor_key, a.name, a.country, a.sector, a.kind, a.documents,
                         coalesce(ev.as_actor, 0) AS as_actor, coalesce(ev.as_recipient, 0) AS as_recipient,
                         coalesce(ev.as_actor, 0) + coalesce(ev.as_recipient, 0) AS events
                  FROM a LEFT JOIN ev USING (actor_key))"""
    return _page(store, select, where, params, order, filt)


def get_actor(store: Store, actor_key: str, *, limit: int = 200) -> dict[str, Any] | None:
    """One actor: its names, roles over time (per document date), events as actor and as
    recipient, and quotes."""
    rows = store.execute(
        """SELECT a.doc_id, a.actor_id, a.name, a.kind, a.country, a.sector, a.role, a.org, a.kb_id,
                  d.published, d.title
           FROM actors a JOIN documents d USING (doc_id) WHERE a.actor_key = ?
           ORDER BY d.published NULLS LAST, a.doc_id""", [actor_key]).dicts()
    if not rows:
        return None
    names: dict[str, int] = {}
    for r in rows:
        names[r["name"]] = names.get(r["name"], 0) + 1
    first = rows[0]
    roles = [{"published": r["published"], "role": r["role"], "doc_id": r["doc_id"], "title": r["title"]}
             for r in rows if r["role"]]
    as_actor = EventFilter(actor_of=actor_key, sort="newest", limit=limit)
    as_recipient = EventFilter(recipient_of=actor_key, sort="newest", limit=limit)
    quotes = store.execute(
        """SELECT q.doc_id, q.quote_id, q.direct, q.content, q.date_value, d.published, d.title
           FROM quotes q JOIN actors a ON a.doc_id = q.doc_id AND a.actor_id = q.speaker_actor_id
           JOIN documents d ON d.doc_id = q.doc_id
           WHERE a.actor_key = ? ORDER BY d.published DESC NULLS LAST, q.doc_id, q.content_start LIMIT ?""",
        [actor_key, limit]).dicts()
    return {
        "actor_key": actor_key,
        "name": max(names, key=lambda n: (names[n], len(n or ""))),
        "names": sorted(names, key=lambda n: -names[n]),
        "country": first["country"], "sector": first["sector"], "kind": first["kind"], "kb_id": first["kb_id"],
        "documents": len({r["doc_id"] for r in rows}),
        "roles": roles,
        "events_as_actor": find_events(store, as_actor),
        "events_as_actor_total": count_events(store, as_actor),
        "events_as_recipient": find_events(store, as_recipient),
        "events_as_recipient_total": count_events(store, as_recipient),
        "quotes": quotes,
        "document_list": [{"doc_id": r["doc_id"], "published": r["published"], "title": r["title"],
                           "name": r["name"]} for r in rows][:limit],
    }


def list_quotes(store: Store, filt: ListFilter = ListFilter()) -> Page:
    """Quotes, newest first, with their speaker (the actor's name, else the words naming them)."""
    where: list[str] = []
    params: list[Any] = []
    if filt.text:
        where.append("contains(lower(q.content), ?)")
        params.append(filt.text.lower())
    if filt.actor:
        where.append("(a.actor_key = ? OR contains(lower(coalesce(a.name, q.speaker_text)), ?))")
        params += [filt.actor, filt.actor.lower()]
    if filt.doc_id:
        where.append("q.doc_id = ?")
        params.append(filt.doc_id)
    country = parse_country(filt.country)
    if country:
        where.append("a.country = ?")
        params.append(country)
    _published(filt, "d.published", where, params)
    select = """SELECT q.doc_id, q.quote_id, coalesce(a.name, q.speaker_text) AS speaker, a.actor_key,
                       a.country, a.sector, q.direct, q.content, q.date_value, d.published, d.title,
                       q.content_start, q.content_end
                FROM quotes q JOIN documents d USING (doc_id)
                LEFT JOIN actors a ON a.doc_id = q.doc_id AND a.actor_id = q.speaker_actor_id"""
    return _page(store, select, where, params, "ORDER BY d.published DESC NULLS LAST, q.doc_id, q.content_start",
                 filt)


def list_claims(store: Store, filt: ListFilter = ListFilter()) -> Page:
    """Quantity claims ("at least 12 killed"), newest first, with their source and evidence."""
    where: list[str] = []
    params: list[Any] = []
    if filt.unit:
        where.append("lower(c.unit) = ?")
        params.append(filt.unit.lower())
    if filt.text:
        where.append("contains(lower(substr(d.text, c.start_char + 1, c.end_char - c.start_char)), ?)")
        params.append(filt.text.lower())
    if filt.actor:
        where.append("(a.actor_key = ? OR contains(lower(a.name), ?))")
        params += [filt.actor, filt.actor.lower()]
    if filt.doc_id:
        where.append("c.doc_id = ?")
        params.append(filt.doc_id)
    _published(filt, "d.published", where, params)
    select = """SELECT c.doc_id, c.claim_id, c.value, c.value_max, c.bound, c.unit, a.name AS source,
                       a.actor_key AS source_key, p.name AS place, c.date_value, d.published, d.title,
                       substr(d.text, c.start_char + 1, c.end_char - c.start_char) AS text,
                       c.start_char, c.end_char
                FROM claims c JOIN documents d USING (doc_id)
                LEFT JOIN actors a ON a.doc_id = c.doc_id AND a.actor_id = c.source_actor_id
                LEFT JOIN places p ON p.doc_id = c.doc_id AND p.place_id = c.place_id"""
    return _page(store, select, where, params, "ORDER BY d.published DESC NULLS LAST, c.doc_id, c.start_char",
                 filt)


def list_places(store: Store, filt: ListFilter = ListFilter()) -> Page:
    """Places named in documents (one row per GeoNames id, or per name where there is none),
    with how many documents name them and how many events happened there."""
    where: list[str] = []
    params: list[Any] = []
    if filt.text:
        where.append("contains(lower(name), ?)")
        params.append(filt.text.lower())
    country = parse_country(filt.country)
    if country:
        where.append("country = ?")  # places carry ISO-2 codes (GeoNames)
        params.append(iso2(country))
    if filt.doc_id:
        where.append("place IN (SELECT coalesce(geonameid::VARCHAR, lower(name)) FROM places WHERE doc_id = ?)")
        params.append(filt.doc_id)
    select = """WITH p AS (
                  SELECT coalesce(geonameid::VARCHAR, lower(name)) AS place, mode(name) AS name,
                         any_value(geonameid) AS geonameid, mode(country) AS country,
                         any_value(lat) AS lat, any_value(lon) AS lon, mode(precision) AS precision,
                         count(DISTINCT doc_id) AS documents
                  FROM places GROUP BY 1),
                e AS (SELECT coalesce(geonameid::VARCHAR, lower(place_name)) AS place, count(*) AS events
                      FROM events WHERE place_name IS NOT NULL GROUP BY 1)
                SELECT * FROM (SELECT p.*, coalesce(e.events, 0) AS events FROM p LEFT JOIN e USING (place))"""
    return _page(store, select, where, params, "ORDER BY events DESC, documents DESC, name", filt)


def event_places(store: Store, filt: EventFilter = EventFilter()) -> list[dict[str, Any]]:
    """Events by place for the map: one row per placed location with its count and types."""
    where, params = _where(filt)
    where.append("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    return store.execute(
        f"""SELECT coalesce(e.geonameid::VARCHAR, e.place_name) AS place, any_value(e.geonameid) AS geonameid,
                   mode(e.place_name) AS name, any_value(e.place_country) AS country,
                   any_value(e.lat) AS lat, any_value(e.lon) AS lon, mode(e.place_precision) AS precision,
                   count(*) AS events, histogram(e.type) AS types
            FROM events e {_where_sql(where)} GROUP BY 1 ORDER BY events DESC, name""", params).dicts()


# --- timeline and network ------------------------------------------------------------


#: the most periods an ``auto`` timeline draws: the finest interval that stays under it is chosen
AUTO_PERIODS = 300


def timeline(store: Store, filt: EventFilter = EventFilter(), *, interval: str = "auto",
             by: str = "type") -> dict[str, Any]:
    """Event counts per period (day, week, month or year; ``auto``: the finest that gives at most
    AUTO_PERIODS periods) from the first event to the last, empty periods included, one series
    per type or per quad class. Undated events are counted apart (``undated``)."""
    interval = parse_choice(interval, ("auto",) + INTERVALS, "interval")
    by = parse_choice(by, ("type", "quad"), "by")
    where, params = _where(filt)
    key = "e.type" if by == "type" else _quad_sql()
    dated = where + ["e.date_start IS NOT NULL"]
    # the dated span and count and the undated count in one pass (min, max and count skip NULLs)
    span = store.execute(f"""SELECT min(e.date_start), max(e.date_start), count(e.date_start),
                                    count(*) - count(e.date_start) FROM events e {_where_sql(where)}""",
                         params).rows[0]
    undated = span[3]
    out: dict[str, Any] = {"interval": interval, "by": by, "periods": [], "series": {}, "total": span[2],
                           "undated": undated}
    if not span[2]:
        return out
    if interval == "auto":
        interval = next((i for i in INTERVALS if _periods_between(_trunc(span[0], i), span[1], i) <= AUTO_PERIODS),
                        "year")
        out["interval"] = interval
    first, last = _trunc(span[0], interval), span[1]
    n = _periods_between(first, last, interval)
    if n > MAX_PERIODS:
        raise QueryError(f"{n:,} {interval}s from {first} to {last} is more than {MAX_PERIODS:,}; use a coarser "
                         "interval (week, month, year) or narrow since/until")
    rows = store.execute(
        f"""SELECT date_trunc('{interval}', e.date_start)::DATE AS period, {key} AS k, count(*) AS n
            FROM events e {_where_sql(dated)} GROUP BY ALL""", params).rows
    periods = [_add(first, i, interval) for i in range(n)]
    index = {p: i for i, p in enumerate(periods)}
    series: dict[str, list[int]] = {}
    for period, k, count in rows:
        series.setdefault(str(k), [0] * n)[index[period]] = count
    out["periods"] = [p.isoformat() for p in periods]
    out["series"] = dict(sorted(series.items(), key=lambda kv: -sum(kv[1])))
    return out


def _quad_sql() -> str:
    from newsgraph.plover.ontology import QUAD

    cases = " ".join(f"WHEN '{t}' THEN '{QUAD_NAMES[q]}'" for t, q in QUAD.items())
    return f"CASE e.type {cases} END"


def _trunc(d: date, interval: str) -> date:
    if interval == "day":
        return d
    if interval == "week":
        return d - timedelta(days=d.weekday())
    if interval == "month":
        return d.replace(day=1)
    return d.replace(month=1, day=1)


def _add(d: date, i: int, interval: str) -> date:
    if interval == "day":
        return d + timedelta(days=i)
    if interval == "week":
        return d + timedelta(weeks=i)
    if interval == "month":
        m = d.month - 1 + i
        return date(d.year + m // 12, m % 12 + 1, 1)
    return date(d.year + i, 1, 1)


def _periods_between(first: date, last: date, interval: str) -> int:
    if interval == "day":
        return (last - first).days + 1
    if interval == "week":
        return (last - first).days // 7 + 1
    if interval == "month":
        return (last.year - first.year) * 12 + last.month - first.month + 1
    return last.year - first.year + 1


def network(store: Store, filt: EventFilter = EventFilter(), *, max_edges: int = 300,
            min_weight: int = 1) -> dict[str, Any]:
    """Who did what to whom: one edge per (actor, recipient, event type) with the number of
    events, the strongest ``max_edges`` of them, and their actors as nodes."""
    if not 1 <= max_edges <= 5000:
        raise QueryError(f"max_edges {max_edges} is out of range; use 1 to 5,000")
    if min_weight < 1:
        raise QueryError(f"min_weight {min_weight} is out of range; use 1 or more")
    where, params = _where(filt)
    edges = store.execute(
        f"""WITH f AS (SELECT e.type, e.actor_keys, e.actor_names, e.actor_countries, e.recipient_keys,
                          e.recipient_names, e.recipient_countries
                   FROM events e {_where_sql(where + ['len(e.actor_keys) > 0', 'len(e.recipient_keys) > 0'])}),
            a AS (SELECT type, unnest(actor_keys) AS source, unnest(actor_names) AS source_name,
                         unnest(actor_countries) AS source_country, recipient_keys, recipient_names,
                         recipient_countries FROM f),
            pairs AS (SELECT type, source, source_name, source_country, unnest(recipient_keys) AS target,
                             unnest(recipient_names) AS target_name, unnest(recipient_countries) AS target_country
                      FROM a)
            SELECT source, target, type, count(*) AS weight, mode(source_name) AS source_name,
                   mode(target_name) AS target_name, any_value(source_country) AS source_country,
                   any_value(target_country) AS target_country
            FROM pairs WHERE source <> target GROUP BY source, target, type HAVING count(*) >= ?
            ORDER BY weight DESC, source, target, type LIMIT ?""", params + [min_weight, max_edges]).dicts()
    from newsgraph.plover.ontology import QUAD

    nodes: dict[str, dict[str, Any]] = {}
    for e in edges:
        e["quad"] = QUAD_NAMES[QUAD[e["type"]]]
        for side in ("source", "target"):
            node = nodes.setdefault(e[side], {"id": e[side], "name": e[f"{side}_name"],
                                              "country": e[f"{side}_country"], "events": 0})
            node["events"] += e["weight"]
    return {"nodes": sorted(nodes.values(), key=lambda n: -n["events"]), "edges": edges}


def store_stats(store: Store) -> dict[str, Any]:
    """Counts for the page header: rows per table, distinct actors and the span of event dates."""
    out: dict[str, Any] = {"schema_version": store.schema_version, **store.stats()}
    out["distinct_actors"] = store.execute("SELECT count(DISTINCT actor_key) FROM actors").rows[0][0]
    span = store.execute("SELECT min(date_start), max(date_start) FROM events").rows[0]
    out["first_event"], out["last_event"] = span
    out["events_by_type"] = dict(events_by_type(store))
    return out
