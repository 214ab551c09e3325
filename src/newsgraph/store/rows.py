"""Turning an annotated document into table rows, and the cross-document keys.

An actor key names the same actor across documents (its KB id when known,
else country, sector and normalised name). An event key names the same event
across reports: type, mode, actor and recipient keys, date and place. Two
articles reporting the same strike on the same day give one event with two
mentions.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from typing import Any

from newsgraph.model import Actor, Event, NewsDoc

_NON_WORD = re.compile(r"[^\w]+")


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def actor_key(actor: Actor) -> str:
    if actor.kb_id:
        return actor.kb_id
    name = _NON_WORD.sub(" ", actor.name.lower()).strip()
    return f"{actor.country or '-'}|{actor.sector or '-'}|{name}"


def event_key(doc: NewsDoc, event: Event, actors: dict[str, Actor]) -> str:
    def keys(ids: list[str]) -> list[str]:
        return sorted(actor_key(actors[i]) for i in ids if i in actors)

    place = doc_place = None
    if event.place:
        p = next((p for p in doc.places if p.id == event.place), None)
        if p is not None:
            doc_place = p.geonameid if p.geonameid is not None else p.name.lower()
            place = doc_place
    when = event.date.value if event.date else None
    parts = [event.type, event.mode or "", keys(event.actor), keys(event.recipient), when or "", place or ""]
    # An undated, unplaced, actor-less event is only the same event within its report.
    if not (event.actor or event.recipient) and not when:
        parts.append(doc.id)
    return "ev_" + hashlib.sha1(json.dumps(parts, default=str).encode()).hexdigest()[:20]


def document_rows(doc: NewsDoc) -> dict[str, list[tuple[Any, ...]]]:
    """All rows one document contributes, per table."""
    d = doc.document
    text = d.text
    did = d.id
    rows: dict[str, list[tuple[Any, ...]]] = {
        "documents": [(did, d.published, d.title, d.url, d.source, text, len(text), list(doc.warnings))],
        "sentences": [(did, s.i, s.paragraph, s.start, s.end) for s in doc.sentences],
        "actors": [],
        "actor_mentions": [],
        "places": [],
        "place_mentions": [],
        "timexes": [],
        "events": [],
        "event_mentions": [],
        "quotes": [],
        "claims": [],
    }
    actors = {a.id: a for a in doc.actors}
    for a in doc.actors:
        rows["actors"].append((did, a.id, actor_key(a), a.name, a.kind, a.country, a.org, a.sector, a.role, a.kb_id))
        for s, e in dict.fromkeys(map(tuple, a.mentions)):
            rows["actor_mentions"].append((did, a.id, s, e, text[s:e]))
    places = {p.id: p for p in doc.places}
    for p in doc.places:
        rows["places"].append((did, p.id, p.name, p.geonameid, p.country, p.lat, p.lon, p.precision, p.feature_class))
        for s, e in dict.fromkeys(map(tuple, p.mentions)):
            rows["place_mentions"].append((did, p.id, s, e, text[s:e]))
    for t in doc.timexes:
        lo, hi = t.interval if t.interval else (None, None)
        rows["timexes"].append((did, t.id, t.start, t.end, t.text, t.type, t.value, _iso(lo), _iso(hi), t.precision,
                                t.mod))
    seen_keys: set[str] = set()
    for ev in doc.events:
        key = event_key(doc, ev, actors)
        if key not in seen_keys:
            seen_keys.add(key)
            rows["events"].append(_event_row(key, did, ev, actors, places.get(ev.place or "")))
        rows["event_mentions"].append(
            (key, did, ev.id, ev.aux, ev.confidence, ev.trigger[0], ev.trigger[1], ev.sentence[0], ev.sentence[1],
             json.dumps(ev.size) if ev.size else None)
        )
    for q in doc.quotes:
        cs, ce = q.cue if q.cue else (None, None)
        rows["quotes"].append((did, q.id, q.speaker, q.speaker_text, q.direct, cs, ce, q.content[0], q.content[1],
                               text[q.content[0]:q.content[1]], q.date.value if q.date else None, q.continues))
    for c in doc.claims:
        rows["claims"].append((did, c.id, c.value, c.value_max, c.bound, c.unit, c.source, c.place,
                               c.date.value if c.date else None, c.date.precision if c.date else None,
                               c.span[0], c.span[1]))
    return rows


def _event_row(key, did, ev: Event, actors: dict[str, Actor], place) -> tuple[Any, ...]:
    def cols(ids):
        acts = [actors[i] for i in ids if i in actors]
        return ([actor_key(a) for a in acts], [a.name for a in acts],
                [a.country for a in acts], [a.sector for a in acts])

    a_keys, a_names, a_countries, a_sectors = cols(ev.actor)
    r_keys, r_names, r_countries, r_sectors = cols(ev.recipient)
    dt = ev.date
    lo, hi = dt.interval if dt and dt.interval else (None, None)
    return (
        key, ev.type, ev.mode, ev.aux, ev.cameo, ev.intensity,
        dt.value if dt else None, _iso(lo), _iso(hi), dt.precision if dt else None,
        a_keys, a_names, a_countries, a_sectors, r_keys, r_names, r_countries, r_sectors,
        place.name if place else None, place.geonameid if place else None, place.country if place else None,
        place.lat if place else None, place.lon if place else None, place.precision if place else None,
        did,
    )
