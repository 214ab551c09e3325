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

from newsgraph.clusters.compat import TOKEN_SEP, ClusterOptions, identity_tokens, link_interval
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


def event_key(doc: NewsDoc, event: Event, actors: dict[str, Actor], *, own: bool = False) -> str:
    """The exact key of an event: type, mode, actors, date and place; ``own``: this document's
    event alone (another event of the document says the same)."""

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
    if own or (not (event.actor or event.recipient) and not when):
        parts.append(doc.id)
    if own:
        parts.append(event.id)
    return "ev_" + hashlib.sha1(json.dumps(parts, default=str).encode()).hexdigest()[:20]


Row = dict[str, Any]


def unstored(docs, known) -> list[NewsDoc]:
    """The batch's documents that were annotated and are not stored yet, each once, in order;
    ``known`` answers which of a dict's ids are stored (the store's or the lake's)."""
    fresh: dict[str, NewsDoc] = {}
    for d in docs:
        if not d.failed and d.id not in fresh:
            fresh[d.id] = d
    stored = known(fresh)
    return [d for i, d in fresh.items() if i not in stored]


def document_rows(doc: NewsDoc, options: ClusterOptions = ClusterOptions()) -> dict[str, list[Row]]:
    """All rows one document contributes, per table; each row names its columns (the store
    writes the columns a row names, the others keep their defaults).

    ``events`` has one row per exact event key (what a store without cross-document grouping
    keeps); ``event_mentions`` one per report, with what the report said, which the store's
    grouping (:mod:`newsgraph.store.clustering`) reads."""
    d = doc.document
    text = d.text
    did = d.id
    rows: dict[str, list[Row]] = {
        "documents": [dict(doc_id=did, published=d.published, title=d.title, url=d.url, source=d.source, text=text,
                           n_chars=len(text), warnings=list(doc.warnings), source_id=d.source_id)],
        "sentences": [dict(doc_id=did, sent_i=s.i, paragraph=s.paragraph, start_char=s.start, end_char=s.end)
                      for s in doc.sentences],
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
        rows["actors"].append(dict(doc_id=did, actor_id=a.id, actor_key=actor_key(a), name=a.name, kind=a.kind,
                                   country=a.country, org=a.org, sector=a.sector, role=a.role, kb_id=a.kb_id))
        for s, e in dict.fromkeys(map(tuple, a.mentions)):
            rows["actor_mentions"].append(dict(doc_id=did, actor_id=a.id, start_char=s, end_char=e, text=text[s:e]))
    places = {p.id: p for p in doc.places}
    for p in doc.places:
        rows["places"].append(dict(doc_id=did, place_id=p.id, name=p.name, geonameid=p.geonameid, country=p.country,
                                   lat=p.lat, lon=p.lon, precision=p.precision, feature_class=p.feature_class))
        for s, e in dict.fromkeys(map(tuple, p.mentions)):
            rows["place_mentions"].append(dict(doc_id=did, place_id=p.id, start_char=s, end_char=e, text=text[s:e]))
    for t in doc.timexes:
        lo, hi = t.interval if t.interval else (None, None)
        rows["timexes"].append(dict(doc_id=did, timex_id=t.id, start_char=t.start, end_char=t.end, text=t.text,
                                    type=t.type, value=t.value, interval_start=_iso(lo), interval_end=_iso(hi),
                                    precision=t.precision, mod=t.mod))
    seen_keys: set[str] = set()
    for ev in doc.events:
        key = event_key(doc, ev, actors)
        if key in seen_keys:
            # the within-document pass (newsgraph.clusters.within) kept it apart from an event
            # of this document that says the same: its own key keeps them apart here too
            key = event_key(doc, ev, actors, own=True)
        seen_keys.add(key)
        event = _event_row(key, did, ev, actors, places.get(ev.place or ""))
        rows["events"].append(event)
        said = {k: v for k, v in event.items() if k not in ("event_key", "aux", "first_doc_id")}
        lo, hi = link_interval(said["date_start"], said["date_end"], said["date_precision"], options)
        # each participant's identity tokens, joined by TOKEN_SEP (one list item per participant)
        tokens = {side: [TOKEN_SEP.join(identity_tokens(actor_key(actors[i]), kind=actors[i].kind,
                                                        country=actors[i].country, sector=actors[i].sector))
                         for i in dict.fromkeys(ids) if i in actors]
                  for side, ids in (("actor", ev.actor), ("recipient", ev.recipient))}
        participants = list(dict.fromkeys(t for x in tokens["actor"] + tokens["recipient"] for t in x.split(TOKEN_SEP)))
        rows["event_mentions"].append(dict(
            event_key=key, doc_id=did, event_id=ev.id, aux=ev.aux, confidence=ev.confidence,
            trigger_start=ev.trigger[0], trigger_end=ev.trigger[1], sentence_start=ev.sentence[0],
            sentence_end=ev.sentence[1], size=json.dumps(ev.size) if ev.size else None,
            exact_key=key, **said,
            spans=json.dumps([[list(t), list(sp)] for t, sp in ev.mentions]) if ev.mentions else None,
            participants=participants, link_start=lo, link_end=hi,
            actor_tokens=tokens["actor"], recipient_tokens=tokens["recipient"],
            linkable=bool(lo and hi and participants and (hi - lo).days < options.max_days + 1),
        ))
    for q in doc.quotes:
        cs, ce = q.cue if q.cue else (None, None)
        rows["quotes"].append(dict(
            doc_id=did, quote_id=q.id, speaker_actor_id=q.speaker, speaker_text=q.speaker_text, direct=q.direct,
            cue_start=cs, cue_end=ce, content_start=q.content[0], content_end=q.content[1],
            content=text[q.content[0]:q.content[1]], date_value=q.date.value if q.date else None,
            continues=q.continues, within=q.within,
        ))
    for c in doc.claims:
        rows["claims"].append(dict(
            doc_id=did, claim_id=c.id, value=c.value, value_max=c.value_max, bound=c.bound, unit=c.unit,
            source_actor_id=c.source, place_id=c.place, date_value=c.date.value if c.date else None,
            date_precision=c.date.precision if c.date else None, start_char=c.span[0], end_char=c.span[1],
        ))
    return rows


def _event_row(key, did, ev: Event, actors: dict[str, Actor], place) -> Row:
    def cols(ids):
        acts = [actors[i] for i in ids if i in actors]
        # each participant as the event's date has it (Event.roles), else as the document does
        then = [ev.roles.get(a.id, (a.country, a.sector)) for a in acts]
        return ([actor_key(a) for a in acts], [a.name for a in acts],
                [c for c, _ in then], [s for _, s in then])

    a_keys, a_names, a_countries, a_sectors = cols(ev.actor)
    r_keys, r_names, r_countries, r_sectors = cols(ev.recipient)
    dt = ev.date
    lo, hi = dt.interval if dt and dt.interval else (None, None)
    return dict(
        event_key=key, type=ev.type, mode=ev.mode, aux=ev.aux, cameo=ev.cameo, intensity=ev.intensity,
        date_value=dt.value if dt else None, date_start=_iso(lo), date_end=_iso(hi),
        date_precision=dt.precision if dt else None,
        actor_keys=a_keys, actor_names=a_names, actor_countries=a_countries, actor_sectors=a_sectors,
        recipient_keys=r_keys, recipient_names=r_names, recipient_countries=r_countries,
        recipient_sectors=r_sectors,
        place_name=place.name if place else None, geonameid=place.geonameid if place else None,
        place_country=place.country if place else None, lat=place.lat if place else None,
        lon=place.lon if place else None, place_precision=place.precision if place else None,
        first_doc_id=did,
    )
