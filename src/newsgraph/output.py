"""The output contract of ``newsgraph extract`` (see DESIGN.md)."""

from __future__ import annotations

from typing import Any

from newsgraph.model import NewsDoc


def _span(s) -> list[int] | None:
    return [int(s[0]), int(s[1])] if s is not None else None


def to_contract(doc: NewsDoc) -> dict[str, Any]:
    """One JSON-ready object per document, as outside evaluation reads it."""
    d = doc.document
    out: dict[str, Any] = {
        "id": d.id,
        "published": d.published.isoformat() if d.published else None,
        "title": d.title,
        "url": d.url,
        "source": d.source,
        "text": d.text,
        "setting": doc.setting,
        "actors": [],
        "places": [],
        "times": [],
        "events": [],
        "quotes": [],
        "claims": [],
        "errors": list(doc.errors),
        "warnings": list(doc.warnings),
    }
    if doc.failed:
        return out
    out["actors"] = [
        {
            "id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "org": a.org,
            "sector": a.sector, "role": a.role, "kb_id": a.kb_id,
            "mentions": [_span(m) for m in a.mentions],
        }
        for a in doc.actors
    ]
    out["places"] = [
        {
            "id": p.id, "name": p.name, "geonameid": p.geonameid, "country": p.country,
            "lat": p.lat, "lon": p.lon, "precision": p.precision, "feature_class": p.feature_class,
            "mentions": [_span(m) for m in p.mentions],
        }
        for p in doc.places
    ]
    out["times"] = [
        {
            "id": t.id, "start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
            "interval": list(t.interval) if t.interval else None, "precision": t.precision, "mod": t.mod,
        }
        for t in doc.timexes
    ]
    out["events"] = [
        {
            "id": e.id, "type": e.type, "mode": e.mode, "aux": e.aux,
            "actor": list(e.actor), "recipient": list(e.recipient), "place": e.place,
            "date": e.date.to_json() if e.date else None,
            "cameo": e.cameo, "intensity": e.intensity, "confidence": e.confidence,
            "trigger": _span(e.trigger), "sentence": _span(e.sentence), "size": e.size,
            # further mentions of the same event in this document (the within-document pass)
            "mentions": [{"trigger": _span(t), "sentence": _span(s)} for t, s in e.mentions],
            # participants whose role the knowledge base dates otherwise on the event's own date
            **({"roles": {i: {"country": c, "sector": sec} for i, (c, sec) in e.roles.items()}} if e.roles else {}),
        }
        for e in doc.events
    ]
    out["quotes"] = [
        {
            "id": q.id, "speaker": q.speaker, "speaker_text": q.speaker_text, "direct": q.direct,
            "cue": _span(q.cue), "content": _span(q.content), "speaker_span": _span(q.speaker_span),
            "date": q.date.to_json() if q.date else None, "continues": q.continues, "within": q.within,
        }
        for q in doc.quotes
    ]
    out["claims"] = [
        {
            "id": c.id, "value": c.value, "value_max": c.value_max, "bound": c.bound, "unit": c.unit,
            "source": c.source, "place": c.place, "date": c.date.to_json() if c.date else None,
            "span": _span(c.span),
        }
        for c in doc.claims
    ]
    return out


def error_object(doc_id: str, message: str) -> dict[str, Any]:
    """The contract object of a document that could not even be read."""
    return {
        "id": doc_id, "published": None, "title": None, "url": None, "text": "",
        "actors": [], "places": [], "times": [], "events": [], "quotes": [], "claims": [],
        "errors": [message],
    }
