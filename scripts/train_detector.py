"""Train the event-trigger detector (newsgraph.plover.detector) and write its weights.

Usage (from the repository root, with ../shared beside it):

    .venv/bin/python scripts/train_detector.py            # evaluate, train, write the weights
    .venv/bin/python scripts/train_detector.py --no-save  # evaluate only

Training data, rebuilt on every run from:

- the PLOVER dev half (../shared/data/plover/PLOVER_GSR_dev.json): one coded event
  per sentence, trigger words in the ``(EVT: ...)`` markup; old labels mapped to
  the current manual (DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT);
- the TUNE half of ../shared/data/newsgold (never the check half), articles from
  ../shared/data/wikinews by url; the gold lists every political event, so the
  articles' other verbs and nouns are negatives;
- every data/training/newsgold-free/*.json present when it runs (same layout);
- data/training/sentences.jsonl if present: {"text": ..., "events": [{"trigger": ..., "type": ...}]}.

Texts are parsed with the project's nlp stage, so the tokens are the ones the coder
sees. Each gold trigger phrase becomes its head token (the verb or noun highest in
the parse); its other words are neither positive nor negative. Printed: data sizes,
document-level 5-fold cross-validation (trigger+type precision/recall/F1 at several
thresholds), the F1 on the PLOVER dev half of a model trained without it, the
rule lexicon's coverage of the gold triggers beside the detector's, and timing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

#: bump when the data recipe, the features or the model change; stored in the weights
VERSION = "detector-3"

ROOT = Path(__file__).resolve().parents[1]
LABEL_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CANDIDATE_POS = ("VERB", "NOUN")
THRESHOLDS = (0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
SEED = 13


@dataclass(frozen=True, kw_only=True)
class Hyper:
    """Model and training settings (chosen by the cross-validation printed below)."""

    hidden: int = 0  # 0: softmax regression; else one ReLU hidden layer of this size
    l2: float = 1e-4
    steps: int = 300
    lr: float = 0.05
    pos_weight: float = 2.0  # weight of a positive example (negatives 1)
    plover_neg_weight: float = 0.5  # PLOVER sentences code one event each: their other words are weak negatives


# --- gold ------------------------------------------------------------------------


@dataclass
class Gold:
    type: str
    tokens: set[int]  # every token of the trigger phrase
    head: int | None  # the verb or noun heading it (None: no verb or noun in it)
    alts: frozenset[str] = frozenset()  # other types the annotator accepts (scoring only; training uses ``type``)


@dataclass
class Example:
    """One parsed document with its gold triggers."""

    source: str  # plover | newsgold | free | sentences
    group: str  # cross-validation keeps a group in one fold
    doc: object  # NewsDoc
    golds: list[Gold] = field(default_factory=list)
    ignore: set[int] = field(default_factory=set)  # neither positive nor negative


def _types() -> tuple[str, ...]:
    from newsgraph.plover.ontology import TYPES
    return TYPES


def plover_records(path: Path) -> list[tuple[str, str, str, list[str]]]:
    """(id, text, type, EVT phrases) per coded PLOVER sentence, labels mapped to the current manual."""
    out = []
    for r in json.loads(path.read_text(encoding="utf-8")):
        ev = LABEL_MAP.get(r.get("event"), r.get("event"))
        if ev not in _types() or not r.get("text"):
            continue
        info = r.get("textInfo") or {}
        markup = info.get("markup", "") if isinstance(info, dict) else str(info)  # (one record has the bare markup)
        pieces = re.findall(r"\(EVT: ([^)}]*)[)}]", markup) or [r.get("eventText", "")]
        out.append((r["id"], r["text"], ev, [p.strip() for p in pieces if p.strip()]))
    return out


def newsgold_files(shared: Path) -> list[Path]:
    """The TUNE half's gold files, as SPLITS.md lists them (the check half is never opened)."""
    from newsgraph.evaluate.news import load_split

    base = shared / "data" / "newsgold"
    return [base / "gold" / f"{d}.json" for d in load_split(base, "tune")]


def free_files() -> list[Path]:
    return sorted((ROOT / "data" / "training" / "newsgold-free").glob("*.json"))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def check_half_ids(shared: Path) -> list[str]:
    """Ids of the check half as SPLITS.md lists them (ids only: no check gold or article is opened),
    so that a training file written on a check article is refused."""
    from newsgraph.evaluate.news import load_split

    return load_split(shared / "data" / "newsgold", "check")


def is_check_article(doc, check_ids: list[str]) -> bool:
    """Does the article's "wikinews-<date>-<title words>" name start a check-half id's way?"""
    d = doc  # (a reader Document)
    name = f"wikinews-{d.published}-{_slug(d.title or '')}" if d.published else ""
    return bool(name) and any(name.startswith(c) or c.startswith(name) for c in check_ids)


def _find_word(text: str, phrase: str, start: int = 0) -> int:
    """First occurrence of ``phrase`` in ``text`` at word boundaries (else anywhere), or -1."""
    m = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text[start:])
    if m:
        return start + m.start()
    return text.find(phrase, start)


def _depth(doc, i: int) -> int:
    d, t = 0, doc.tokens[i]
    while t.head != t.i and d < 64:
        t, d = doc.tokens[t.head], d + 1
    return d


def head_token(doc, tokens: set[int]) -> int | None:
    """The verb or noun highest in the parse among ``tokens``.

    A reporting verb over a that-clause in the phrase ("announced [it] will return")
    gives way to the clause's verb: the event is the content, not the telling.
    """
    cands = [i for i in tokens if doc.tokens[i].pos in CANDIDATE_POS]
    if not cands:
        return None
    best = min(cands, key=lambda i: (_depth(doc, i), i))
    for _ in range(3):
        sub = [c for c in cands if doc.tokens[c].head == best and doc.tokens[c].dep == "ccomp"]
        if not sub:
            break
        best = sub[0]
    return best


def _gold(doc, spans: list[tuple[int, int]], type_: str, note: str | None = None) -> Gold:
    from newsgraph.evaluate.news import note_alternatives

    toks = {t.i for s, e in spans for t in doc.tokens_in(s, e)}
    alts = frozenset(note_alternatives(note).types) - {type_} if note else frozenset()
    return Gold(type=type_, tokens=toks, head=head_token(doc, toks), alts=alts)


def _restatements(ex: Example) -> None:
    """In an exhaustive article, a word whose lemma heads a gold trigger elsewhere is
    most likely the same event told again ("the shooting"): no negative."""
    heads = {ex.doc.tokens[g.head].lemma.lower() for g in ex.golds if g.head is not None}
    pos = {g.head for g in ex.golds}
    for t in ex.doc.tokens:
        if t.pos in CANDIDATE_POS and t.i not in pos and t.lemma.lower() in heads:
            ex.ignore.add(t.i)


# --- parsing -----------------------------------------------------------------------


class Parser:
    def __init__(self):
        from newsgraph.config import Config
        from newsgraph.stages.nlp import NlpStage

        self.stage = NlpStage(Config())
        self.seconds: dict[str, float] = defaultdict(float)  # parse time per source
        self.docs: Counter = Counter()

    def parse(self, documents: list, source: str) -> list:
        from newsgraph.model import NewsDoc

        t0 = time.perf_counter()
        out = list(self.stage.pipe([NewsDoc(d) for d in documents]))
        self.seconds[source] += time.perf_counter() - t0
        self.docs[source] += len(documents)
        for d in out:
            if d.failed:
                raise SystemExit(f"parse failed: {d.errors}")
            d.spacy_doc = None  # (not needed; keeps memory down)
        return out


def load_examples(shared: Path, parser: Parser, warn) -> tuple[list[Example], dict]:
    from newsgraph.evaluate.news import article_texts
    from newsgraph.model import Document

    types = set(_types())
    examples: list[Example] = []
    recipe: dict = {"sources": {}}

    # (a) PLOVER dev half
    recs = plover_records(shared / "data" / "plover" / "PLOVER_GSR_dev.json")
    docs = parser.parse([Document.create(text, id=rid) for rid, text, _, _ in recs], "plover")
    for (rid, text, ev, pieces), doc in zip(recs, docs):
        spans, pos = [], 0
        for p in pieces:
            k = _find_word(text, p, pos)
            if k < 0:
                k = _find_word(text, p)
            if k < 0:
                warn(f"PLOVER {rid}: trigger {p!r} not in its text; skipped")
                continue
            spans.append((k, k + len(p)))
            pos = k + len(p)
        ex = Example(source="plover", group=rid, doc=doc)
        if spans:
            g = _gold(doc, spans, ev)
            ex.golds.append(g)
            ex.ignore |= g.tokens
        examples.append(ex)
    recipe["sources"]["plover"] = {"file": "data/plover/PLOVER_GSR_dev.json", "sentences": len(recs),
                                   "label_map": LABEL_MAP}

    # (b) newsgold tune half, (c) newsgold-layout files written for training
    check_ids = check_half_ids(shared)
    seen_urls: set[str] = set()
    def gold_articles(files: list[Path], source: str) -> list[str]:
        golds = []
        for f in files:
            try:
                golds.append(json.loads(f.read_text(encoding="utf-8")))
            except (OSError, ValueError) as exc:
                warn(f"{f}: not readable JSON ({exc}); skipped")
        texts = article_texts(shared, {g.get("url") for g in golds})
        used = []
        keep = []
        for g in golds:
            if g.get("url") not in texts:
                warn(f"{source} {g.get('doc')}: article {g.get('url')} not in ../shared/data/wikinews; skipped")
            elif g["url"] in seen_urls:
                warn(f"{source} {g.get('doc')}: article {g['url']} is annotated twice; the first is kept")
            elif is_check_article(texts[g["url"]], check_ids):
                warn(f"{source} {g.get('doc')}: article {g['url']} is in the newsgold CHECK half; never trained on")
            else:
                seen_urls.add(g["url"])
                keep.append(g)
        for g, doc in zip(keep, parser.parse([texts[g["url"]] for g in keep], source)):
            ex = Example(source=source, group=g.get("doc") or g["url"], doc=doc)
            seen = set()
            for e in g.get("events", []):
                typ, trig, evid = e.get("type"), e.get("trigger"), e.get("evidence")
                if typ not in types or not trig or not evid:
                    warn(f"{source} {g.get('doc')} {e.get('id')}: no valid type/trigger/evidence; skipped")
                    continue
                s = doc.text.find(evid)
                k = _find_word(evid, trig) if s >= 0 else -1
                if k < 0:
                    warn(f"{source} {g.get('doc')} {e.get('id')}: trigger or evidence not found verbatim; skipped")
                    continue
                gold = _gold(doc, [(s + k, s + k + len(trig))], typ, e.get("note"))
                key = (gold.head, typ)
                if key in seen:
                    continue  # the same trigger coded twice
                seen.add(key)
                ex.golds.append(gold)
                ex.ignore |= gold.tokens
            _restatements(ex)
            examples.append(ex)
            used.append(ex.group)
        return used

    recipe["sources"]["newsgold"] = {"split": "tune", "articles": gold_articles(newsgold_files(shared), "newsgold")}
    recipe["sources"]["free"] = {"dir": "data/training/newsgold-free",
                                 "articles": gold_articles(free_files(), "free")}

    # (d) sentences written by the team
    sent_path = ROOT / "data" / "training" / "sentences.jsonl"
    lines = []
    if sent_path.is_file():
        for n, raw in enumerate(sent_path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
                text, events = rec["text"], rec.get("events", [])
            except (ValueError, KeyError, TypeError) as exc:
                warn(f"{sent_path}:{n}: not a {{'text', 'events'}} record ({exc}); skipped")
                continue
            lines.append((n, text, events))
    docs = parser.parse([Document.create(text, id=f"sentence-{n}") for n, text, _ in lines], "sentences")
    for (n, text, events), doc in zip(lines, docs):
        ex = Example(source="sentences", group=f"sentences:{n}", doc=doc)
        for e in events:
            k = _find_word(text, e.get("trigger") or "\0")
            if e.get("type") not in types or k < 0:
                warn(f"{sent_path}:{n}: event {e} has no valid type or its trigger is not in the text; skipped")
                continue
            g = _gold(doc, [(k, k + len(e["trigger"]))], e["type"])
            ex.golds.append(g)
            ex.ignore |= g.tokens
        examples.append(ex)
    recipe["sources"]["sentences"] = {"file": "data/training/sentences.jsonl", "sentences": len(lines)}
    return examples, recipe


# --- the training matrix -------------------------------------------------------------


@dataclass
class Matrix:
    x: np.ndarray
    y: np.ndarray  # class index
    w: np.ndarray  # sample weight
    ex: np.ndarray  # example index
    tok: np.ndarray  # token index


def candidates(ex: Example) -> tuple[list[int], list[str]]:
    """Candidate tokens of a document and their labels (gold type or NONE)."""
    label = {g.head: g.type for g in ex.golds if g.head is not None}
    toks, labels = [], []
    for t in ex.doc.tokens:
        if t.i in label:
            toks.append(t.i)
            labels.append(label[t.i])
        elif t.pos in CANDIDATE_POS and t.i not in ex.ignore:
            toks.append(t.i)
            labels.append("NONE")
    return toks, labels


def build_matrix(examples: list[Example], vectors, classes: tuple[str, ...], hyper: Hyper,
                 all_tokens: bool = False) -> Matrix:
    """Features of every candidate (``all_tokens``: also the ignored ones, for prediction)."""
    from newsgraph.plover.detector import featurize

    xs, ys, ws, es, ts = [], [], [], [], []
    cidx = {c: k for k, c in enumerate(classes)}
    for k, ex in enumerate(examples):
        if all_tokens:
            toks = [t.i for t in ex.doc.tokens if t.pos in CANDIDATE_POS]
            label = {g.head: g.type for g in ex.golds if g.head is not None}
            labels = [label.get(i, "NONE") for i in toks]
        else:
            toks, labels = candidates(ex)
        if not toks:
            continue
        xs.append(featurize(ex.doc, toks, vectors).dense(vectors.table))
        neg_w = hyper.plover_neg_weight if ex.source == "plover" else 1.0
        for lab, i in zip(labels, toks):
            ys.append(cidx[lab])
            ws.append(hyper.pos_weight if lab != "NONE" else neg_w)
            es.append(k)
            ts.append(i)
    return Matrix(np.concatenate(xs).astype(np.float32), np.array(ys), np.array(ws, dtype=np.float32),
                  np.array(es), np.array(ts))


def train(m: Matrix, classes: tuple[str, ...], hyper: Hyper):
    """Softmax regression or a one-hidden-layer MLP, full-batch Adam on weighted cross-entropy + L2."""
    from newsgraph.plover.detector import Model, _softmax

    rng = np.random.default_rng(SEED)
    n, d = m.x.shape
    c = len(classes)
    y1 = np.zeros((n, c), dtype=np.float32)
    y1[np.arange(n), m.y] = 1
    sw = (m.w / m.w.sum())[:, None].astype(np.float32)
    if hyper.hidden:
        params = {"w1": (rng.standard_normal((d, hyper.hidden)) * np.sqrt(2 / d)).astype(np.float32),
                  "b1": np.zeros(hyper.hidden, np.float32),
                  "w": (rng.standard_normal((hyper.hidden, c)) * np.sqrt(1 / hyper.hidden)).astype(np.float32),
                  "b": np.zeros(c, np.float32)}
    else:
        params = {"w": np.zeros((d, c), np.float32), "b": np.zeros(c, np.float32)}
    mom = {k: np.zeros_like(v) for k, v in params.items()}
    var = {k: np.zeros_like(v) for k, v in params.items()}
    b1, b2, eps = 0.9, 0.999, 1e-8
    for step in range(1, hyper.steps + 1):
        if hyper.hidden:
            hpre = m.x @ params["w1"] + params["b1"]
            h = np.maximum(hpre, 0)
            p = _softmax(h @ params["w"] + params["b"])
            g = (p - y1) * sw
            grads = {"w": h.T @ g + hyper.l2 * params["w"], "b": g.sum(0)}
            gh = (g @ params["w"].T) * (hpre > 0)
            grads |= {"w1": m.x.T @ gh + hyper.l2 * params["w1"], "b1": gh.sum(0)}
        else:
            p = _softmax(m.x @ params["w"] + params["b"])
            g = (p - y1) * sw
            grads = {"w": m.x.T @ g + hyper.l2 * params["w"], "b": g.sum(0)}
        lr = hyper.lr * min(1.0, step / 20)
        for k in params:
            mom[k] = b1 * mom[k] + (1 - b1) * grads[k]
            var[k] = b2 * var[k] + (1 - b2) * grads[k] ** 2
            params[k] -= lr * (mom[k] / (1 - b1 ** step)) / (np.sqrt(var[k] / (1 - b2 ** step)) + eps)
    return Model(classes=classes, w=params["w"], b=params["b"], w1=params.get("w1"), b1=params.get("b1"))


# --- evaluation ----------------------------------------------------------------------


@dataclass
class Predictions:
    """Per example: token -> (best non-NONE type, its probability)."""

    by_example: dict[int, dict[int, tuple[str, float]]]


def predict(model, m: Matrix) -> dict[int, dict[int, tuple[str, float]]]:
    p = model.proba(m.x)
    none = model.classes.index("NONE")
    p[:, none] = -1
    best = p.argmax(1)
    out: dict[int, dict[int, tuple[str, float]]] = defaultdict(dict)
    for k in range(len(m.y)):
        out[int(m.ex[k])][int(m.tok[k])] = (model.classes[best[k]], float(p[k, best[k]]))
    return out


@dataclass
class Score:
    tp: int = 0  # predictions that match a gold trigger and type
    fp: int = 0
    found: int = 0  # gold triggers found with their type
    gold: int = 0

    def add(self, o: "Score") -> None:
        self.tp += o.tp
        self.fp += o.fp
        self.found += o.found
        self.gold += o.gold

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def __str__(self) -> str:
        return f"P {self.p:.3f}  R {self.r:.3f}  F1 {self.f1:.3f}  (tp {self.tp} fp {self.fp} found {self.found}/{self.gold})"


def score_example(ex: Example, preds: dict[int, tuple[str, float]], th: float) -> tuple[Score, set[int]]:
    """A gold trigger is found when any word of its phrase is predicted with its type (or a type
    its note accepts, as ``newsgraph eval news`` counts it); a
    prediction on an ignored word (a restatement) counts neither way. Returns the found gold indices."""
    s = Score(gold=len(ex.golds))
    found: set[int] = set()
    for i, (typ, p) in preds.items():
        if p < th:
            continue
        hits = [k for k, g in enumerate(ex.golds) if i in g.tokens and (typ == g.type or typ in g.alts)]
        if hits:
            s.tp += 1
            found.update(hits)
        elif i not in ex.ignore:
            s.fp += 1
    s.found = len(found)
    return s, found


def folds_of(examples: list[Example], k: int) -> list[int]:
    """Fold per example, whole documents per fold, sizes balanced per source."""
    rng = np.random.default_rng(SEED)
    fold = [0] * len(examples)
    by_source: dict[str, list[int]] = defaultdict(list)
    for n, ex in enumerate(examples):
        by_source[ex.source].append(n)
    for idx in by_source.values():
        order = list(rng.permutation(idx))
        order.sort(key=lambda n: -len(examples[n].doc.tokens))
        for j, n in enumerate(order):
            fold[n] = j % k
    return fold


def cross_validate(examples: list[Example], vectors, classes, hyper: Hyper, k: int = 5):
    """Out-of-fold predictions for every candidate of every example."""
    fold = folds_of(examples, k)
    preds: dict[int, dict[int, tuple[str, float]]] = {}
    for f in range(k):
        tr = [ex for n, ex in enumerate(examples) if fold[n] != f]
        te_idx = [n for n in range(len(examples)) if fold[n] == f]
        model = train(build_matrix(tr, vectors, classes, hyper), classes, hyper)
        te = build_matrix([examples[n] for n in te_idx], vectors, classes, hyper, all_tokens=True)
        for local, p in predict(model, te).items():
            preds[te_idx[local]] = p
    return preds


def report_scores(title: str, examples: list[Example], preds, sources=None) -> dict[float, Score]:
    print(f"\n{title}")
    out = {}
    for th in THRESHOLDS:
        total = Score()
        per: dict[str, Score] = defaultdict(Score)
        for n, ex in enumerate(examples):
            s, _ = score_example(ex, preds.get(n, {}), th)
            total.add(s)
            per[ex.source].add(s)
        out[th] = total
        extra = "  ".join(f"{src} F1 {sc.f1:.3f}" for src, sc in sorted(per.items()) if sources is None or src in sources)
        print(f"  threshold {th:.2f}: {total}   [{extra}]")
    return out


def per_type(examples: list[Example], preds, th: float) -> None:
    found, gold = Counter(), Counter()
    fp = Counter()
    for n, ex in enumerate(examples):
        _, f = score_example(ex, preds.get(n, {}), th)
        for k, g in enumerate(ex.golds):
            gold[g.type] += 1
            found[g.type] += k in f
        for i, (typ, p) in preds.get(n, {}).items():
            if p >= th and i not in ex.ignore and not any(i in g.tokens and (typ == g.type or typ in g.alts)
                                                          for g in ex.golds):
                fp[typ] += 1
    print(f"\nper type at threshold {th:.2f} (cross-validated): found/gold, false positives")
    for t in _types():
        print(f"  {t:<10} {found[t]:>4}/{gold[t]:<4} fp {fp[t]}")


def lexicon_coverage(examples: list[Example], preds, th: float) -> dict:
    """Share of gold trigger heads the rule lexicon lists, beside the share the detector finds (CV)."""
    try:
        from newsgraph.plover.lexicon import noun_lexicon, verb_lexicon
        verbs, nouns = verb_lexicon(), noun_lexicon()
    except Exception as exc:  # noqa: BLE001 - the lexicon is being edited by others; report, do not stop
        print(f"\nlexicon coverage: lexicon did not load ({type(exc).__name__}: {exc})")
        return {}
    n = listed = listed_typed = det = det_unlisted = unlisted = 0
    for k, ex in enumerate(examples):
        _, found = score_example(ex, preds.get(k, {}), th)
        for j, g in enumerate(ex.golds):
            n += 1
            entries = []
            if g.head is not None:
                t = ex.doc.tokens[g.head]
                entries = (verbs if t.pos == "VERB" else nouns).get(t.lemma.lower(), [])
            listed += bool(entries)
            listed_typed += any(e.type == g.type or e.type in g.alts for e in entries)
            det += j in found
            if not entries:
                unlisted += 1
                det_unlisted += j in found
    out = {"gold": n, "lexicon_lemma": listed / n, "lexicon_lemma_and_type": listed_typed / n,
           "detector": det / n, "detector_on_unlisted": det_unlisted / max(unlisted, 1)}
    print(f"\nlexicon vs detector on {n} gold triggers (detector cross-validated, threshold {th:.2f}):")
    print(f"  head lemma in the rule lexicon:               {listed / n:.3f}")
    print(f"  head lemma in it with the gold type:          {listed_typed / n:.3f}")
    print(f"  detector finds (trigger + type):              {det / n:.3f}")
    print(f"  detector finds, of the {unlisted} not in the lexicon:  {det_unlisted / max(unlisted, 1):.3f}")

    # where the coder will use it: words the lexicon lacks
    from newsgraph.plover.lexicon import LIGHT_VERBS

    def unlisted_word(t) -> bool:
        # (as plover/learned.py asks: a verb or noun neither lexicon lists, not a light verb)
        lem = t.lemma.lower()
        return lem not in verbs and lem not in nouns and lem not in LIGHT_VERBS

    print("  the detector on words the lexicon lacks (its predictions there; the unlisted gold triggers):")
    out["unlisted"] = {}
    for t_ in THRESHOLDS:
        tp = fp = found = 0
        for k, ex in enumerate(examples):
            hit: set[int] = set()
            for i, (typ, p) in preds.get(k, {}).items():
                if p < t_ or not unlisted_word(ex.doc.tokens[i]):
                    continue
                js = [j for j, g in enumerate(ex.golds) if i in g.tokens and (typ == g.type or typ in g.alts)]
                if js:
                    tp += 1
                    hit.update(js)
                elif i not in ex.ignore:
                    fp += 1
            found += sum(1 for j in hit if ex.golds[j].head is None or unlisted_word(ex.doc.tokens[ex.golds[j].head]))
        p_, r_ = tp / max(tp + fp, 1), found / max(unlisted, 1)
        f_ = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
        out["unlisted"][str(t_)] = {"p": round(p_, 4), "r": round(r_, 4), "f1": round(f_, 4)}
        print(f"    threshold {t_:.2f}: P {p_:.3f}  R {r_:.3f}  F1 {f_:.3f}  (tp {tp} fp {fp})")
    return out


def plover_heldout(examples: list[Example], vectors, classes, hyper: Hyper, th: float) -> dict:
    """Train without the PLOVER dev half, score on it: per trigger and per sentence type."""
    train_ex = [ex for ex in examples if ex.source != "plover"]
    test_ex = [ex for ex in examples if ex.source == "plover"]
    model = train(build_matrix(train_ex, vectors, classes, hyper), classes, hyper)
    te = build_matrix(test_ex, vectors, classes, hyper, all_tokens=True)
    preds = predict(model, te)
    scores = report_scores("PLOVER dev half, model trained WITHOUT it (trigger+type; other words of a sentence "
                           "count as false positives, though PLOVER codes only one event per sentence):",
                           test_ex, preds, sources=())
    # sentence level: the types predicted in a sentence against its one gold type
    print("  sentence level (types predicted in the sentence vs its gold type; top-1 = the best-scoring word's type):")
    out = {}
    for t in THRESHOLDS:
        tp = fp = found = top1 = 0
        for n, ex in enumerate(test_ex):
            gold = {g.type for g in ex.golds}
            pr = preds.get(n, {})
            typed = {typ for typ, p in pr.values() if p >= t}
            tp += len(typed & gold)
            fp += len(typed - gold)
            found += bool(typed & gold)
            if pr and t == THRESHOLDS[0]:
                best = max(pr.values(), key=lambda v: v[1])
                top1 += best[0] in gold
        p = tp / (tp + fp) if tp + fp else 0
        r = found / len(test_ex)
        f = 2 * p * r / (p + r) if p + r else 0
        out[t] = {"p": p, "r": r, "f1": f, "trigger_f1": scores[t].f1}
        print(f"    threshold {t:.2f}: type P {p:.3f} R {r:.3f} F1 {f:.3f}")
    top = sum(1 for n, ex in enumerate(test_ex) if preds.get(n) and
              max(preds[n].values(), key=lambda v: v[1])[0] in {g.type for g in ex.golds})
    print(f"    top-1 type accuracy: {top / len(test_ex):.3f} ({top}/{len(test_ex)})")
    out["top1"] = top / len(test_ex)
    return out


# --- main ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    from newsgraph.paths import shared_dir
    from newsgraph.plover.detector import FEATURES_VERSION, load_vectors, weights_path

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=None, help="the ../shared folder (default: found as newsgraph does)")
    ap.add_argument("--out", type=Path, default=None, help="weights file (default: the package's lang/en/detector.npz)")
    ap.add_argument("--no-save", action="store_true", help="evaluate only")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--hidden", type=int, default=Hyper.hidden)
    ap.add_argument("--l2", type=float, default=Hyper.l2)
    ap.add_argument("--steps", type=int, default=Hyper.steps)
    ap.add_argument("--lr", type=float, default=Hyper.lr)
    ap.add_argument("--pos-weight", type=float, default=Hyper.pos_weight)
    ap.add_argument("--plover-neg-weight", type=float, default=Hyper.plover_neg_weight)
    ap.add_argument("--without", action="append", default=[], choices=("plover", "newsgold", "free", "sentences"),
                    help="leave a source out of training (repeatable): e.g. --without newsgold to measure "
                         "the coder on the tune half with a detector that never saw it")
    args = ap.parse_args(argv)
    hyper = Hyper(hidden=args.hidden, l2=args.l2, steps=args.steps, lr=args.lr, pos_weight=args.pos_weight,
                  plover_neg_weight=args.plover_neg_weight)
    shared = args.shared or shared_dir()
    warnings: list[str] = []

    def warn(msg: str) -> None:
        warnings.append(msg)

    t0 = time.perf_counter()
    vectors = load_vectors()
    print(f"vectors: {vectors.name}, loaded in {time.perf_counter() - t0:.2f} s")
    parser = Parser()
    examples, recipe = load_examples(shared, parser, warn)
    plover_all = [ex for ex in examples if ex.source == "plover"]  # (scored below even --without plover)
    if args.without:
        examples = [ex for ex in examples if ex.source not in args.without]
        recipe["without"] = sorted(args.without)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    classes = ("NONE",) + _types()

    # data sizes
    print("\nparsed: " + ", ".join(f"{src} {n} texts in {parser.seconds[src]:.1f} s" for src, n in parser.docs.items()))
    full = build_matrix(examples, vectors, classes, hyper)
    counts = Counter(classes[c] for c in full.y)
    unaligned = sum(1 for ex in examples for g in ex.golds if g.head is None)
    print(f"examples: {len(examples)} documents; candidates {len(full.y)} "
          f"({counts['NONE']} NONE); gold triggers with no verb or noun head: {unaligned}")
    for src in ("plover", "newsgold", "free", "sentences"):
        exs = [ex for ex in examples if ex.source == src]
        pos = sum(1 for ex in exs for g in ex.golds if g.head is not None)
        neg = sum(len(candidates(ex)[0]) for ex in exs) - pos
        print(f"  {src:<10} {len(exs):>4} docs  {pos:>4} positives  {neg:>6} negatives")
    print("  positives per type: " + ", ".join(f"{t} {counts[t]}" for t in _types()))

    # cross-validation
    t1 = time.perf_counter()
    preds = cross_validate(examples, vectors, classes, hyper, args.folds)
    scores = report_scores(f"{args.folds}-fold cross-validation by document, trigger+type "
                           f"({hyper}; {time.perf_counter() - t1:.0f} s):", examples, preds)
    best_th = max(THRESHOLDS, key=lambda t: (scores[t].f1, -t))
    per_type(examples, preds, best_th)
    coverage = lexicon_coverage(examples, preds, best_th)
    heldout = plover_heldout([ex for ex in examples if ex.source != "plover"] + plover_all, vectors, classes,
                             hyper, best_th)

    # the shipped model: all data
    model = train(full, classes, hyper)
    recipe |= {
        "hyper": hyper.__dict__,
        "classes": list(classes),
        "counts": {"documents": len(examples), "candidates": int(len(full.y)),
                   "positives": {t: int(counts[t]) for t in _types()}, "negatives": int(counts["NONE"])},
        "cv": {str(t): {"p": round(s.p, 4), "r": round(s.r, 4), "f1": round(s.f1, 4)} for t, s in scores.items()},
        "lexicon_coverage": {k: round(v, 4) if isinstance(v, float) else v for k, v in coverage.items()},
        "plover_heldout": {str(k): v for k, v in heldout.items()},
        "trigger_head": "the verb or noun highest in the parse (a that-clause's verb under a reporting verb)",
        "negatives": "other verbs and nouns of the documents; PLOVER ones weighted, restated trigger lemmas ignored",
    }
    meta = {"version": VERSION, "features": FEATURES_VERSION, "vectors": vectors.name, "threshold": best_th,
            "recipe": recipe}
    if not args.no_save:
        out = args.out or weights_path()
        arrays = {k: v.astype(np.float32) if v.dtype.kind == "f" else v for k, v in model.arrays().items()}
        np.savez_compressed(out, meta=np.array(json.dumps(meta)), **arrays)
        print(f"\nwrote {out} ({out.stat().st_size / 1e6:.2f} MB), version {VERSION}, threshold {best_th}")
        articles = parser.docs["newsgold"] + parser.docs["free"]
        parse_ms = 1000 * (parser.seconds["newsgold"] + parser.seconds["free"]) / max(articles, 1)
        timing(out, examples, parse_ms)
    return 0


def timing(weights: Path, examples: list[Example], parse_ms: float) -> None:
    """Scoring time per document with the written weights, beside the parse time."""
    from newsgraph.plover.detector import TriggerDetector

    det = TriggerDetector.from_files(weights)
    docs = [ex.doc for ex in examples if ex.source in ("newsgold", "free")]
    if not det.available or not docs:
        return
    idx = [[t.i for t in d.tokens if t.pos in CANDIDATE_POS] for d in docs]
    det.score(docs[0], idx[0])  # (warm the cache)
    t0 = time.perf_counter()
    for _ in range(3):
        for d, i in zip(docs, idx):
            det.score(d, i)
    per = (time.perf_counter() - t0) / (3 * len(docs))
    ntok = sum(len(d.tokens) for d in docs) / len(docs)
    ncand = sum(map(len, idx)) / len(docs)
    print(f"scoring: {per * 1000:.2f} ms per article ({ntok:.0f} tokens, {ncand:.0f} candidates on average); "
          f"the nlp stage took {parse_ms:.1f} ms per article ({100 * per * 1000 / parse_ms:.1f}%)")


if __name__ == "__main__":
    sys.exit(main())
