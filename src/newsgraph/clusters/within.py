"""Mentions of one event within one document become one event with several evidence spans.

A strike and the killing it caused, a lede and its details, an anaphoric "the attack":
the events stage codes each mention as an event; this pass, run by the pipeline after
its stages, folds the later mentions into the first one. It is conservative: two events
stay two unless

- their types are the same or PLOVER neighbours (``lang/en/event_neighbours.tsv``),
- their participants overlap (``newsgraph.clusters.compat.sides_agree``): the actors both
  name are the same actors, or groups of one country and sector, or both unidentified
  attackers; the recipients too, unless the type's reports name different victims
  (``lang/en/event_roles.tsv``); and some side is shared; for a meeting, two of the same
  people when both name two. Or the later sentence refers back with a definite noun of
  the earlier event's type ("in the airstrike", ``lang/en/event_anaphors.txt``) and the
  named actors do not differ; or both are in one sentence, of one type, one of them
  without a doer ("six officers were killed when gunmen attacked the post"),
- their dates overlap (an undated mention takes the other's) and their places agree,
- both are told as happened, or both with the same other status (future, negated ...),
- for statements (``statement`` in ``lang/en/event_roles.tsv``: accusations, appeals,
  praise ...), both are in one sentence: a speaker says many things in one story.

Mentions join from the most alike pair on; a group stays consistent (its dates share a
day, its places agree, no two members name different participants where one event has
the same ones), so a summary joins one of its details, not two different ones. The
merged event keeps the first mention's id, trigger and sentence, lists the others in
``Event.mentions``, and takes the most precise date, the most specific place and the
union of the participants.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from newsgraph.clusters.compat import (
    DATE_RANK, ClusterOptions, Group, Neighbours, PlaceRef, Report, _aux_compatible, anaphors,
    identity_tokens, link_interval, neighbours, places_compatible, roles, sides_agree,
)
from newsgraph.model import Event, EventDate, NewsDoc

#: determiners before a noun that refers back to an event told before
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


@dataclass(frozen=True, kw_only=True)
class _Mention:
    i: int
    event: Event
    report: Report
    named: frozenset[str]  # actor ids, unidentified placeholders left out
    recipients: frozenset[str]
    refers: frozenset[str]  # lemmas of definite nouns in its sentence ("the airstrike")


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _interval(d: EventDate | None) -> tuple[date | None, date | None]:
    if d is None or not d.interval:
        return None, None
    return _iso(d.interval[0]), _iso(d.interval[1])


def _width(d: EventDate | None) -> tuple:
    lo, hi = _interval(d)
    if lo is None or hi is None:
        return (1, 10**6, 99)
    return (0, (hi - lo).days, DATE_RANK.get(d.precision, 9))


def _definite_nouns(doc: NewsDoc, sentence: tuple[int, int]) -> frozenset[str]:
    """Lower-cased words and lemmas of nouns after a definite determiner in the sentence."""
    out: set[str] = set()
    toks = doc.tokens_in(*sentence)
    for k, t in enumerate(toks):
        if t.pos in ("NOUN", "PROPN") and any(p.text.lower() in _DEFINITE for p in toks[max(0, k - 3):k]):
            out.update((t.text.lower(), t.lemma.lower()))
    return frozenset(out)


def _mentions(doc: NewsDoc, options: ClusterOptions) -> list[_Mention]:
    actors = {a.id: a for a in doc.actors}
    placeholder = {a.id for a in doc.actors if a.sector == "UAF" and not a.kb_id}
    places = {p.id: p for p in doc.places}
    out = []
    for i, ev in enumerate(doc.events):
        lo, hi = _interval(ev.date)
        lo, hi = link_interval(lo, hi, ev.date.precision if ev.date else None, options)
        p = places.get(ev.place or "")
        place = PlaceRef(name=p.name, geonameid=p.geonameid, country=p.country, lat=p.lat, lon=p.lon,
                         precision=p.precision) if p else None
        def tokens(ids):
            return [frozenset(identity_tokens(i, kind=actors[i].kind, country=actors[i].country,
                                              sector=actors[i].sector, state=False))
                    for i in dict.fromkeys(ids) if i in actors]

        people = tokens(ev.actor) + tokens(ev.recipient)
        acts = frozenset().union(*tokens(ev.actor))
        recs = frozenset().union(*tokens(ev.recipient))
        # each mention its own "document": the grouping keeps reports of one document apart
        report = Report(key=f"{i:05d}", exact=f"{i:05d}", doc_id=f"{i:05d}", type=ev.type, actors=acts,
                        recipients=recs, start=lo, end=hi, precision=ev.date.precision if ev.date else None,
                        place=place, aux=ev.aux, unknown=acts & placeholder, people=tuple(people))
        out.append(_Mention(i=i, event=ev, report=report, named=acts - placeholder, recipients=recs,
                            refers=_definite_nouns(doc, ev.sentence) if doc.tokens else frozenset()))
    return out


def _refers_back(earlier: _Mention, later: _Mention, words: dict[str, frozenset[str]]) -> bool:
    """The later sentence names the earlier event with a definite noun ('in the airstrike'),
    and the actors both name are the same ones."""
    nouns = words.get(earlier.event.type, frozenset())
    if not nouns & later.refers:
        return False
    return not (earlier.named and later.named and not earlier.named & later.named)


def _dates_agree(a: Report, b: Report) -> bool:
    return a.start is None or b.start is None or (a.start <= b.end and b.start <= a.end)


def linked(a: _Mention, b: _Mention, table: Neighbours, words: dict[str, frozenset[str]],
           options: ClusterOptions, kinds: dict[str, frozenset[str]] | None = None) -> bool:
    """May mentions ``a`` and ``b`` (``a`` first in the text) be one event?"""
    ra, rb = a.report, b.report
    if not table.compatible(ra.type, rb.type) or not _aux_compatible(ra.aux, rb.aux):
        return False
    if not _dates_agree(ra, rb) or not places_compatible(ra.place, rb.place, options):
        return False
    kinds = roles() if kinds is None else kinds
    if ("statement" in kinds.get(ra.type, ()) or "statement" in kinds.get(rb.type, ())) \
            and a.event.sentence != b.event.sentence:
        # a speaker says many things in one story ('criticized X ... opposed Y'): statements are
        # one only within one sentence
        return False
    if sides_agree(ra, rb, kinds) or _refers_back(a, b, words):
        return True
    # "six officers were killed when gunmen attacked the post": one event told twice in one
    # sentence, once without its doer
    return (a.event.sentence == b.event.sentence and ra.type == rb.type and not (ra.actors and rb.actors)
            and ra.start is not None and rb.start is not None)


def _group(ms: list[_Mention], table: Neighbours, words, options: ClusterOptions) -> list[list[_Mention]]:
    """Deterministic union-find: the closest linked pairs first, a group kept consistent."""
    edges = []
    for x in range(len(ms)):
        for y in range(x + 1, len(ms)):
            a, b = ms[x], ms[y]
            if linked(a, b, table, words, options):
                overlap = len(a.named & b.named) + len(a.recipients & b.recipients)
                edges.append((-overlap, a.event.type != b.event.type, y - x, x, y))
    edges.sort()
    parent = list(range(len(ms)))
    groups = {k: Group.of(m.report) for k, m in enumerate(ms)}
    members = {k: [k] for k in range(len(ms))}

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for *_, x, y in edges:
        gx, gy = find(x), find(y)
        if gx == gy:
            continue
        g, h = groups[gx], groups[gy]
        if not g.can_join(h, table, options):
            continue
        root, other = min(gx, gy), max(gx, gy)
        groups[root].join(groups.pop(other))
        members[root] += members.pop(other)
        parent[other] = root
    return [[ms[k] for k in sorted(v)] for _, v in sorted(members.items())]


def _merge(group: list[_Mention], placeholder: set[str]) -> Event:
    first = group[0].event
    evs = [m.event for m in group]
    named = [a for e in evs for a in e.actor if a not in placeholder]
    actors = list(dict.fromkeys(named or [a for e in evs for a in e.actor]))
    recipients = [r for r in dict.fromkeys(r for e in evs for r in e.recipient) if r not in actors]
    dated = min(evs, key=lambda e: (_width(e.date), evs.index(e)))
    placed = [m for m in group if m.event.place and m.report.place]
    place = max(placed, key=lambda m: (m.report.place.rank, -m.i)).event.place if placed else None
    size: dict[str, float] = {}
    for e in evs:
        for k, v in (e.size or {}).items():
            size[k] = max(size.get(k, v), v)
    mentions = list(first.mentions)
    for e in evs[1:]:
        mentions += [(e.trigger, e.sentence), *e.mentions]
    return replace(
        first, actor=actors, recipient=recipients, date=dated.date,
        place=place,
        mode=first.mode or next((e.mode for e in evs if e.type == first.type and e.mode), None),
        confidence=max(e.confidence for e in evs), size=size or None,
        mentions=sorted(dict.fromkeys(mentions)),
    )


def merge_within(doc: NewsDoc, *, options: ClusterOptions = ClusterOptions(),
                 table: Neighbours | None = None) -> NewsDoc:
    """Fold the mentions of one event into one Event (in place; returns ``doc``)."""
    if doc.failed or len(doc.events) < 2:
        return doc
    table = table or neighbours()
    ms = _mentions(doc, options)
    groups = _group(ms, table, anaphors(), options)
    if len(groups) == len(ms):
        return doc
    placeholder = {a.id for a in doc.actors if a.sector == "UAF" and not a.kb_id}
    doc.events = [g[0].event if len(g) == 1 else _merge(g, placeholder) for g in groups]
    doc.events.sort(key=lambda e: (e.trigger[0], e.id))
    return doc
