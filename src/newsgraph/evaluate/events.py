"""Task "events": the seed's must/forbidden events and the PLOVER development gold.

PLOVER dev (``data/plover/PLOVER_GSR_dev.json``) holds one coded event per
sentence, in PLOVER 0.5/0.6 labels mapped to the current 16 types. Scores:

- type recall: sentences where some event of ours has the gold type;
- type+dyad recall: ... with the gold type, every gold actor among our actors
  and every gold recipient among our recipients (country code, plus sector
  where the gold gives one; reciprocal codings may sit on either side;
  CAMEO-era codes on both sides mapped as in ``evaluate.codes``);
- precision: our events (one per distinct type/dyad in a sentence) that match
  the sentence's gold event in type and dyad; F1 from these two. This is the
  headline number. Because the gold codes one event per sentence, a second true
  event in a sentence counts as an error; ``precision_marked``/``f1_marked`` are
  a labelled secondary view that judges only events whose trigger overlaps the
  words the gold markup marks as events (EVT), or that match.

The dev numbers are reported twice: through the full pipeline (what users
get; actors come from the actors stage) and with "oracle" actors built from
the gold markup, which measures the event coder alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from newsgraph.config import Config
from newsgraph.evaluate import EvalReport, require
from newsgraph.evaluate.codes import norm_country, norm_sector, plover_sector
from newsgraph.model import Actor, Document, NewsDoc
from newsgraph.registry import eval_tasks

OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
_MARK = re.compile(r"\((SRC/TAR|SRC|TAR):\s*([^()]+?)\)")


@dataclass(frozen=True, kw_only=True)
class GoldRecord:
    id: str
    text: str
    type: str
    source: tuple[tuple[str, str | None], ...]
    target: tuple[tuple[str, str | None], ...]
    markup: str


def _side(x: Any) -> tuple[tuple[str, str | None], ...]:
    if not x or isinstance(x, str):
        return ()
    if isinstance(x, dict):
        x = [x]
    out = []
    for s in x:
        if isinstance(s, dict) and s.get("code"):
            out.append((norm_country(s["code"]), norm_sector(s.get("sector"))))
    return tuple(out)


def load_plover_dev(path: Path) -> list[GoldRecord]:
    data = json.loads(require(path).read_text(encoding="utf-8"))
    out = []
    for r in data:
        if r.get("event") in (None, "DOCUMENT") or not r.get("text"):
            continue
        ti = r.get("textInfo")
        out.append(GoldRecord(
            id=r["id"], text=r["text"], type=OLD_LABELS.get(r["event"], r["event"]),
            source=_side(r.get("source")), target=_side(r.get("target")),
            markup=(ti.get("markup") if isinstance(ti, dict) else "") or "",
        ))
    return out


def _match_side(gold: Iterable[tuple[str, str | None]], pred: list[Actor]) -> bool:
    return all(any(norm_country(a.country) == c and (s is None or plover_sector(a.sector) == s) for a in pred)
               for c, s in gold)


def dyad_matches(rec: GoldRecord, actors: list[Actor], recipients: list[Actor], *, sector: bool = True) -> bool:
    src = rec.source if sector else tuple((c, None) for c, _ in rec.source)
    tar = rec.target if sector else tuple((c, None) for c, _ in rec.target)
    if _match_side(src, actors) and _match_side(tar, recipients):
        return True
    # reciprocal codings (SRC/TAR) and meetings: both parties may be actors
    return not tar and _match_side(src, actors + recipients) and bool(actors)


def oracle_actors(doc: NewsDoc, rec: GoldRecord) -> None:
    """Actors from the gold markup (SRC/TAR spans) with the gold codes: isolates the coder."""
    srcs, tars = list(rec.source), list(rec.target)
    text = doc.text
    k = 0
    for m in _MARK.finditer(rec.markup):
        role, name = m.group(1), m.group(2).strip()
        pool = tars if role == "TAR" else srcs
        if not pool:
            continue
        code, sector = pool.pop(0)
        pos = text.find(name)
        if pos < 0:
            continue
        k += 1
        kind = "state" if sector is None else "group"
        doc.actors.append(Actor(id=f"o{k}", name=name, kind=kind, country=code, sector=sector,
                                mentions=[(pos, pos + len(name))]))


_EVT = re.compile(r"\(EVT:\s*([^()]+)")


def marked_spans(rec: GoldRecord) -> list[tuple[int, int]]:
    """Character spans of the sentence that the gold markup marks as event words (EVT)."""
    out = []
    for m in _EVT.finditer(rec.markup):
        phrase = m.group(1).strip()
        pos = rec.text.find(phrase)
        if pos < 0:
            pos = rec.text.lower().find(phrase.lower())
        if phrase and pos >= 0:
            out.append((pos, pos + len(phrase)))
    return out


def _score_docs(records: list[GoldRecord], docs: list[NewsDoc]) -> tuple[dict[str, float], list[str]]:
    type_hit = dyad_hit = country_hit = tp = npred = judged = 0
    misses: list[str] = []
    for rec, doc in zip(records, docs):
        by_id = {a.id: a for a in doc.actors}
        seen = set()
        got_type = got_dyad = got_country = False
        spans = marked_spans(rec)
        for e in doc.events:
            acts = [by_id[a] for a in e.actor if a in by_id]
            recs = [by_id[a] for a in e.recipient if a in by_id]
            key = (e.type, tuple(sorted(a.country or "" for a in acts)), tuple(sorted(a.country or "" for a in recs)))
            if key in seen:
                continue
            seen.add(key)
            npred += 1
            hit = e.type == rec.type and dyad_matches(rec, acts, recs)
            # judged: the gold marks no event words, or the trigger is among them, or it matched
            judged += hit or not spans or any(s < e.trigger[1] and e.trigger[0] < t for s, t in spans)
            if e.type != rec.type:
                continue
            got_type = True
            if hit:
                got_dyad = True
                tp += 1
            if dyad_matches(rec, acts, recs, sector=False):
                got_country = True
        type_hit += got_type
        dyad_hit += got_dyad
        country_hit += got_country
        if not got_dyad and len(misses) < 400:
            names = {a.id: f"{a.country}/{a.sector}" for a in doc.actors}
            got = "; ".join(f"{e.type}({','.join(names.get(a, a) for a in e.actor)}->{','.join(names.get(a, a) for a in e.recipient)})"
                            for e in doc.events) or "nothing"
            misses.append(f"{rec.id}: want {rec.type} {rec.source}->{rec.target}; got {got} | {rec.text[:110]}")
    n = len(records)
    p = tp / npred if npred else 0.0
    pm = tp / judged if judged else 0.0
    r = dyad_hit / n if n else 0.0
    return {
        "type_recall": round(type_hit / n, 3) if n else 0.0,
        "type_dyad_recall": round(r, 3),
        "type_country_recall": round(country_hit / n, 3) if n else 0.0,
        "precision": round(p, 3),
        "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        # secondary: the gold codes one event per sentence; events whose trigger is not
        # among the words it marks as event words (EVT) are left unjudged here
        "precision_marked": round(pm, 3),
        "f1_marked": round(2 * pm * r / (pm + r), 3) if pm + r else 0.0,
        "sentences": n,
        "predicted": npred,
        "predicted_marked": judged,
    }, misses


def plover_dev(shared: Path, config: Config, limit: int | None = None, *, oracle: bool = False) -> tuple[dict, list[str]]:
    from newsgraph.pipeline import Pipeline

    records = load_plover_dev(shared / "data" / "plover" / "PLOVER_GSR_dev.json")[:limit]
    published = date(2000, 1, 1)  # the gold file's nominal date for every record
    documents = [Document.create(r.text, published=published, id=r.id) for r in records]
    if not oracle:
        docs = list(Pipeline(config).pipe(documents))
    else:
        from newsgraph.registry import stages

        nlp = stages.get("nlp")(config)
        ev = stages.get("events")(config)
        docs = []
        for d, rec in zip(nlp.pipe([NewsDoc(x) for x in documents]), records):
            oracle_actors(d, rec)
            docs.append(ev.safe_call(d))
    return _score_docs(records, docs)


def seed_events(shared: Path, config: Config) -> tuple[dict, list[str]]:
    from newsgraph.evaluate.seed import event_matches, extract_seed

    gold = json.loads(require(shared / "examples" / "seed.gold.json").read_text(encoding="utf-8"))
    out = extract_seed(shared, config)
    actors = {a["id"]: a for a in out["actors"]}
    places = {p["id"]: p for p in out["places"]}
    details = []
    must = [g for g in gold["events"] if g.get("must")]
    hit = 0
    for g in must:
        ok = any(event_matches(e, g, actors, places) for e in out["events"])
        hit += ok
        if not ok:
            details.append(f"seed event missed: {g['id']} {g['type']} {g['date']} «{g['evidence'][:60]}»")
    forbidden = 0
    for f in gold.get("forbidden_events", []):
        for e in out["events"]:
            when = (e.get("date") or {}).get("value")
            asserted = f.get("status") != "asserted" or e.get("aux") in (None, "historical")
            if e["type"] == f["type"] and when == f["date"] and asserted:
                forbidden += 1
                details.append(f"seed forbidden event: {e['type']} {when} ({f['note']})")
    names = {a["id"]: f"{a['name']}({a.get('country')}/{a.get('sector')})" for a in out["actors"]}
    for e in out["events"]:
        details.append(
            f"seed produced: {e['type']}/{e.get('mode')} aux={e.get('aux')} "
            f"{[names.get(a, a) for a in e['actor']]} -> {[names.get(a, a) for a in e['recipient']]} "
            f"date={(e.get('date') or {}).get('value')} «{out['text'][e['trigger'][0]:e['trigger'][1]]}»"
        )
    return {"seed_must_found": hit, "seed_must_total": len(must),
            "seed_must_recall": round(hit / len(must), 3) if must else 1.0, "seed_forbidden": forbidden}, details


@eval_tasks.register("events")
def run(shared: Path, *, config: Config, limit: int | None = None) -> EvalReport:
    metrics: dict[str, float | int] = {}
    details: list[str] = []
    m, d = seed_events(shared, config)
    metrics.update(m)
    details += d
    m, d = plover_dev(shared, config, limit)
    metrics.update({f"plover_{k}": v for k, v in m.items()})
    details += [f"plover miss: {x}" for x in d]
    m, _ = plover_dev(shared, config, limit, oracle=True)
    metrics.update({f"plover_oracle_actors_{k}": v for k, v in m.items()})
    return EvalReport("events", metrics, details)
