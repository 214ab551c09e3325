"""Eval task "time": TIMEX3 value accuracy on WikiWars and on the seed.

Scoring follows TempEval-3: a system timex matches a gold one when their spans
overlap (relaxed match, one to one); value precision is the share of system
timexes that match a gold timex with the same value, value recall the share of
gold timexes matched with the same value.

WikiWars (``data/timex/wikiwars/whole-tml/tml``, TimeML) is narrative history:
its document creation time (2009) says nothing about the wars it tells, so its
documents are read in ``narrative`` mode (relative expressions against the last
date the text mentioned), with the DCT as the fallback anchor, as its README
says. The seed is news and is read in ``news`` mode against its publication date.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from newsgraph.config import Config
from newsgraph.evaluate import EvalReport, require
from newsgraph.model import Document, NewsDoc, Timex
from newsgraph.registry import eval_tasks
from newsgraph.timex.annotate import TimexOptions, find_timexes

_TAG = re.compile(r"<TIMEX3([^>]*)>|</TIMEX3>|&[a-z]+;|&#\d+;")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})"', re.S)
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    value: str


def read_tml(path: Path) -> tuple[str, date | None, list[GoldTimex]]:
    """Plain text, document creation time and gold timexes of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    m = _DCT.search(raw)
    dct = date.fromisoformat(m.group(1)) if m else None
    body = _TEXT.search(raw)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element; is this a TimeML file?")
    src = body.group(1)
    out: list[str] = []
    pos = 0
    length = 0
    open_at: tuple[int, dict] | None = None
    gold: list[GoldTimex] = []
    for t in _TAG.finditer(src):
        chunk = src[pos:t.start()]
        out.append(chunk)
        length += len(chunk)
        tok = t.group(0)
        if tok.startswith("<TIMEX3"):
            open_at = (length, dict(_ATTR.findall(t.group(1))))
        elif tok == "</TIMEX3>":
            if open_at is not None:
                start, attrs = open_at
                text = "".join(out)[start:length]
                gold.append(GoldTimex(start, length, text, attrs.get("value", "null")))
                open_at = None
        else:
            s = html.unescape(tok)
            out.append(s)
            length += len(s)
        pos = t.end()
    out.append(src[pos:])
    return "".join(out), dct, gold


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    matched: int = 0
    value_ok: int = 0

    def add(self, other: "Score") -> None:
        self.gold += other.gold
        self.system += other.system
        self.matched += other.matched
        self.value_ok += other.value_ok

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score(gold: list[GoldTimex], system: list[Timex], errors: list[str] | None = None) -> Score:
    """Relaxed (overlap) one-to-one matching, then value comparison."""
    s = Score(gold=len(gold), system=len(system))
    used: set[int] = set()
    for g in gold:
        best = None
        for k, t in enumerate(system):
            if k in used or t.end <= g.start or t.start >= g.end:
                continue
            overlap = min(t.end, g.end) - max(t.start, g.start)
            if best is None or overlap > best[0]:
                best = (overlap, k)
        if best is None:
            if errors is not None:
                errors.append(f"missed  {g.text!r} gold={g.value} @{g.start}")
            continue
        used.add(best[1])
        t = system[best[1]]
        s.matched += 1
        if t.value == g.value:
            s.value_ok += 1
        elif errors is not None:
            errors.append(f"value   {t.text!r} -> {t.value} (gold {g.text!r} = {g.value}) @{g.start}")
    if errors is not None:
        for k, t in enumerate(system):
            if k not in used:
                errors.append(f"extra   {t.text!r} -> {t.value} @{t.start}")
    return s


def _metrics(prefix: str, s: Score) -> dict[str, float]:
    p, r, f = s.prf(s.value_ok)
    ep, er, ef = s.prf(s.matched)
    return {f"{prefix}precision": round(p, 4), f"{prefix}recall": round(r, 4), f"{prefix}value_f1": round(f, 4),
            f"{prefix}extent_f1": round(ef, 4)}


def parse_documents(texts: list[tuple[str, date | None]], config: Config) -> list[NewsDoc]:
    from newsgraph.stages.nlp import NlpStage

    nlp = NlpStage(config)
    docs = [NewsDoc(Document.create(t, published=d)) for t, d in texts]
    return list(nlp.pipe(docs, batch_size=4))


def wikiwars(shared: Path, config: Config, limit: int | None = None) -> tuple[dict, list[str]]:
    root = require(shared / "data" / "timex" / "wikiwars")
    files = sorted((root / "whole-tml" / "tml").glob("*.tml"))
    if not files:
        raise FileNotFoundError(f"no .tml files under {root / 'whole-tml' / 'tml'}; is the WikiWars copy complete?")
    test_names = {p.name for p in (root / "testset" / "tml").glob("*.tml")}
    if limit:
        files = files[:limit]
    read = [read_tml(f) for f in files]
    t0 = time.perf_counter()
    docs = parse_documents([(text, dct) for text, dct, _ in read], config)
    t_nlp = time.perf_counter() - t0
    opts = TimexOptions(mode="narrative")
    total, train, test = Score(), Score(), Score()
    details: list[str] = []
    examples: list[str] = []
    t0 = time.perf_counter()
    for f, (text, dct, gold), doc in zip(files, read, docs):
        if doc.failed:
            details.append(f"{f.name}: nlp failed: {doc.errors}")
            continue
        system = find_timexes(doc, opts)
        errs: list[str] = []
        s = score(gold, system, errs)
        total.add(s)
        (test if f.name in test_names else train).add(s)
        p, r, fv = s.prf(s.value_ok)
        details.append(f"wikiwars {f.stem}: gold {s.gold} system {s.system} value P {p:.3f} R {r:.3f} F1 {fv:.3f}")
        examples.extend(f"{f.stem}: {e}" for e in errs[:6])
    t_time = time.perf_counter() - t0
    metrics = _metrics("", total)
    metrics.update(_metrics("train_", train) if train.gold else {})
    metrics.update(_metrics("test_", test) if test.gold else {})
    metrics["gold"] = total.gold
    metrics["system"] = total.system
    unvalued = sum(1 for _, _, g in read for x in g if x.value in ("null", ""))
    details.insert(0, f"wikiwars: {len(files)} documents, {total.gold} gold timexes ({unvalued} without a value, "
                      f"counted as misses), narrative mode; nlp {t_nlp:.1f}s, timex {t_time:.2f}s")
    details.append("train = the 16 SynTime training documents, test = the 6 test documents")
    details.extend(examples[:80])
    return metrics, details


def seed(shared: Path, config: Config) -> tuple[dict, list[str]]:
    import json

    from newsgraph.readers import read_path

    ex = require(shared / "examples")
    gold_json = json.loads((ex / "seed.gold.json").read_text(encoding="utf-8"))
    document = next(iter(read_path(ex / "seed.txt")))
    doc = parse_documents([(document.text, document.published)], config)[0]
    system = find_timexes(doc, TimexOptions(mode="news"))
    gold: list[GoldTimex] = []
    pos = 0
    for g in gold_json["times"]:
        k = doc.text.find(g["text"], pos)
        if k < 0:
            k = doc.text.find(g["text"])
        if k < 0:
            raise ValueError(f"seed gold time {g['text']!r} not found in the seed text")
        gold.append(GoldTimex(k, k + len(g["text"]), g["text"], g["value"]))
        pos = k + len(g["text"])
    errs: list[str] = []
    s = score(gold, system, errs)
    jan = doc.text.find("Jan Kubis")
    jan_dated = any(t.start <= jan < t.end for t in system) if jan >= 0 else False
    m = _metrics("seed_", s)
    m["seed_jan_kubis_dated"] = int(jan_dated)
    return m, [f"seed: gold {s.gold} system {s.system} value-correct {s.value_ok}"] + [f"seed: {e}" for e in errs]


@eval_tasks.register("time")
def run(shared: Path, *, config: Config, limit: int | None = None) -> EvalReport:
    """TIMEX3 value precision, recall and F1 on WikiWars (narrative) and the seed (news)."""
    metrics, details = wikiwars(shared, config, limit)
    m2, d2 = seed(shared, config)
    metrics.update(m2)
    return EvalReport(task="time", metrics=metrics, details=d2 + details)
