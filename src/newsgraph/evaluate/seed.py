"""Score the running example against its gold, as ../shared/examples/README.md says.

Must-items are scored for recall; may-items never count against us;
forbidden events must not appear.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from newsgraph.config import Config
from newsgraph.evaluate import EvalReport, require
from newsgraph.registry import eval_tasks

_WORD = re.compile(r"\w+")
# Types the gold accepts for one another where its note says so.
_ALTERNATIVES = {"SUPPORT": {"AID"}, "AID": {"SUPPORT"}, "RETREAT": {"AGREE"}, "AGREE": {"COOPERATE"}}


def extract_seed(shared: Path, config: Config) -> dict[str, Any]:
    from newsgraph.api import extract

    outs = list(extract([require(shared / "examples" / "seed.txt")], config=config))
    if len(outs) != 1:
        raise ValueError(f"seed.txt should hold one document, read {len(outs)}")
    return outs[0]


def _words(s: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(s)}


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(1, len(wb)) if wb else 0.0


def _actor_matches(actor: dict, code: list) -> bool:
    country, sector = code[0], code[1] if len(code) > 1 else None
    if actor.get("country") != country:
        return False
    return sector is None or sector in (actor.get("sector"), actor.get("org"))


def _cover(pred_ids: list[str], gold: list[list], actors: dict[str, dict]) -> bool:
    preds = [actors[i] for i in pred_ids if i in actors]
    return all(any(_actor_matches(a, g) for a in preds) for g in gold)


def event_matches(ev: dict, gold: dict, actors: dict[str, dict], places: dict[str, dict]) -> bool:
    types = {gold["type"]} | (_ALTERNATIVES.get(gold["type"], set()) if "accepted" in gold.get("note", "") else set())
    if ev["type"] not in types:
        return False
    if (ev.get("date") or {}).get("value") != gold["date"]:
        return False
    if "place" in gold:
        p = places.get(ev.get("place") or "")
        if not p or p.get("geonameid") != gold["place"]:
            return False
    if _cover(ev["actor"], gold["actor"], actors) and _cover(ev["recipient"], gold["recipient"], actors):
        return True
    # A meeting may list both parties as actors with no recipient.
    return gold["type"] == "CONSULT" and _cover(ev["actor"], gold["actor"] + gold["recipient"], actors)


def score(out: dict[str, Any], gold: dict[str, Any]) -> EvalReport:
    text = out["text"]
    actors = {a["id"]: a for a in out["actors"]}
    places = {p["id"]: p for p in out["places"]}
    details: list[str] = []
    found: dict[str, tuple[int, int]] = {}

    # actors: one-to-one, country + sector (+ org)
    free = list(out["actors"])
    hit = 0
    for g in gold["actors"]:
        code = [g["country"], g.get("org") or g.get("sector")]
        cands = [a for a in free if _actor_matches(a, code) and (not g.get("sector") or a.get("sector") == g["sector"])]
        surname = g["name"].split()[-1].lower()
        cands.sort(key=lambda a: surname not in a["name"].lower())
        if cands:
            free.remove(cands[0])
            hit += 1
        else:
            details.append(f"actor missed: {g['name']} {g['country']}/{g.get('sector')}")
    found["actors"] = (hit, len(gold["actors"]))

    geo = {p.get("geonameid") for p in out["places"]}
    hit = sum(1 for g in gold["places"] if g["geonameid"] in geo)
    details += [f"place missed: {g['text']} {g['geonameid']}" for g in gold["places"] if g["geonameid"] not in geo]
    found["places"] = (hit, len(gold["places"]))

    must_times = [g for g in gold["times"] if g.get("must", True)]
    hit = 0
    for g in must_times:
        ok = any(t["text"].lower() == g["text"].lower() and t["value"] == g["value"] for t in out["times"])
        hit += ok
        if not ok:
            got = [t["value"] for t in out["times"] if t["text"].lower() == g["text"].lower()]
            details.append(f"time wrong: {g['text']!r} want {g['value']} got {got or 'nothing'}")
    found["times"] = (hit, len(must_times))
    bad_times = [t for t in out["times"] if t["text"] == "Jan"]
    if bad_times:
        details.append("not-a-time found: 'Jan' in 'Jan Kubis'")

    must_events = [g for g in gold["events"] if g.get("must")]
    hit = 0
    for g in must_events:
        ok = any(event_matches(e, g, actors, places) for e in out["events"])
        hit += ok
        if not ok:
            details.append(f"event missed: {g['id']} {g['type']} {g['date']} «{g['evidence'][:60]}»")
    found["events"] = (hit, len(must_events))
    forbidden = 0
    for f in gold.get("forbidden_events", []):
        for e in out["events"]:
            date = (e.get("date") or {}).get("value")
            asserted = f.get("status") != "asserted" or e.get("aux") in (None, "historical")
            if e["type"] == f["type"] and date == f["date"] and asserted:
                forbidden += 1
                details.append(f"forbidden event: {f['type']} {f['date']} ({f['note']})")

    must_quotes = [g for g in gold["quotes"] if g.get("must")]
    hit = 0
    for g in must_quotes:
        ok = False
        for q in out["quotes"]:
            content = text[q["content"][0]:q["content"][1]]
            speaker = actors.get(q.get("speaker") or "", {}).get("name") or q.get("speaker_text") or ""
            if _overlap(content, g["text"]) >= 0.8 and _overlap(g["text"], content) >= 0.6 and \
                    g["speaker"].split()[-1].lower() in speaker.lower():
                ok = True
                break
        hit += ok
        if not ok:
            details.append(f"quote missed: {g['speaker']}: «{g['text'][:60]}»")
    found["quotes"] = (hit, len(must_quotes))

    must_claims = [g for g in gold["claims"] if g.get("must")]
    hit = 0
    for g in must_claims:
        ok = False
        for c in out["claims"]:
            src = actors.get(c.get("source") or "", {})
            src_ok = g["source"].lower() in (src.get("name") or "").lower() or (
                src.get("org") and src.get("org") in ("".join(w[0] for w in g["source"].split()),))
            if c["value"] == g["quantity"] and c["bound"] == g["bound"] and src_ok and \
                    (c.get("date") or {}).get("value") == g.get("date"):
                ok = True
        hit += ok
        if not ok:
            details.append(f"claim missed: {g['bound']} {g['quantity']} {g['unit']} ({g['source']}, {g.get('date')})")
    found["claims"] = (hit, len(must_claims))

    metrics: dict[str, float | int] = {f"{k}_recall": round(h / n, 3) if n else 1.0 for k, (h, n) in found.items()}
    total_hit = sum(h for h, _ in found.values())
    total = sum(n for _, n in found.values())
    metrics["must_recall"] = round(total_hit / total, 3) if total else 1.0
    metrics["forbidden_events"] = forbidden
    metrics["not_times_found"] = len(bad_times)
    lines = [f"{k}: {h}/{n}" for k, (h, n) in found.items()]
    return EvalReport("seed", metrics, lines + details)


@eval_tasks.register("seed")
def run(shared: Path, *, config: Config, limit: int | None = None) -> EvalReport:
    gold = json.loads(require(shared / "examples" / "seed.gold.json").read_text(encoding="utf-8"))
    return score(extract_seed(shared, config), gold)
