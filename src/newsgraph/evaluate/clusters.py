"""How well reports are grouped into events, and how many documents are near duplicates.

``newsgraph eval clusters``: the articles of ``evaluate/data/clusters.jsonl`` (written for
newsgraph: a few events each told by several articles in different words, on different
days and with different date precision, and look-alikes that must stay apart: two
attacks in one city a week apart, two meetings of the same ministers a month apart,
two crackdowns in one city a month apart) go through the whole pipeline into an
in-memory store. Each gold mention (an article and a phrase of it) takes the event
whose report has a trigger in the phrase, else the nearest trigger in the phrase's
sentence; a mention no event covers is a cluster of its own. Scores are pairwise:
precision is the share of mention pairs we put in one event that the gold puts in one
event, recall the converse.

``newsgraph eval duplicates``: MinHash/LSH near-duplicate stories on Reuters-21578 from
``../shared`` (its wires include many updates of one story): the share of documents that
join another's story, and sample pairs.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from itertools import combinations
from pathlib import Path

from newsgraph.config import Config
from newsgraph.evaluate import EvalReport, require
from newsgraph.registry import eval_tasks


def corpus_path() -> Path:
    return Path(str(resources.files("newsgraph.evaluate").joinpath("data", "clusters.jsonl")))


def load_corpus(path: Path | None = None) -> list[dict]:
    """The articles with their gold mentions; each line is checked (the file is data)."""
    path = path or corpus_path()
    out, seen = [], set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            date.fromisoformat(rec["date"])
            gold = [(str(label), str(phrase)) for label, phrase in rec["gold"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: expected {{id, date, url, text, gold: [[EVENT, phrase], ...]}}: {exc}") from None
        if rec["id"] in seen:
            raise ValueError(f"{path}:{n}: article id {rec['id']!r} twice; give each article its own id")
        seen.add(rec["id"])
        for _, phrase in gold:
            if phrase not in rec["text"]:
                raise ValueError(f"{path}:{n}: gold phrase {phrase!r} is not in the text; copy it exactly")
        out.append({**rec, "gold": gold})
    return out


def pairwise(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of a clustering of the same items (item -> cluster)."""
    items = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(items, 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "pairs_gold": tp + fn,
            "pairs_predicted": tp + fp}


def _assign(store, doc_id: str, text: str, phrase: str) -> str | None:
    """The event of the report that tells ``phrase`` of the document (None: no event there)."""
    from newsgraph.store.clustering import spans

    start = text.index(phrase)
    end = start + len(phrase)
    best = None
    for row in store.execute("SELECT * FROM event_mentions WHERE doc_id = ?", [doc_id]).dicts():
        for (ts, te), (ss, se) in spans(row):
            if not (ss <= start < se):
                continue
            inside = ts < end and te > start
            dist = 0 if inside else min(abs(ts - start), abs(te - end))
            if best is None or (dist, row["event_key"]) < best[0]:
                best = ((dist, row["event_key"]), row["event_key"])
    return best[1] if best else None


def run_clusters(config: Config, articles: list[dict] | None = None) -> tuple[dict, list[str]]:
    from newsgraph.api import ingest
    from newsgraph.model import Document
    from newsgraph.store import Store

    articles = articles if articles is not None else load_corpus()
    docs = [Document.create(a["text"], published=date.fromisoformat(a["date"]), url=a.get("url"), source=a["id"])
            for a in articles]
    gold: dict[str, str] = {}
    predicted: dict[str, str] = {}
    details = []
    with Store(":memory:") as store:
        ingest(db=store, items=docs, config=config)
        for a, d in zip(articles, docs):
            for k, (label, phrase) in enumerate(a["gold"]):
                item = f"{a['id']}#{k}"
                gold[item] = label
                ev = _assign(store, d.id, a["text"], phrase)
                predicted[item] = ev or f"missed:{item}"
                if ev is None:
                    details.append(f"missed: {a['id']} {phrase!r} (no event in its sentence)")
        events = store.execute("SELECT count(*) FROM events").rows[0][0]
        multi = store.execute("SELECT count(*) FROM events WHERE n_reports > 1").rows[0][0]
    m = pairwise(gold, predicted)
    by_label: dict[str, set[str]] = {}
    for item, label in gold.items():
        by_label.setdefault(label, set()).add(predicted[item])
    for label, evs in sorted(by_label.items()):
        n = sum(1 for v in gold.values() if v == label)
        details.append(f"{label}: {n} mentions in {len(evs)} event(s)")
    for ev in sorted(set(predicted.values())):
        labels = sorted({gold[i] for i, p in predicted.items() if p == ev})
        if len(labels) > 1:
            details.append(f"merged look-alikes: {', '.join(labels)} in {ev}")
    metrics = {**m, "mentions": len(gold), "gold_events": len(by_label),
               "missed": sum(1 for v in predicted.values() if v.startswith("missed:")),
               "stored_events": events, "events_with_several_reports": multi}
    return metrics, details


@eval_tasks.register("clusters")
def eval_clusters(shared: Path, *, config: Config, limit: int | None = None) -> EvalReport:
    """Pairwise cluster precision, recall and F1 on the project's own multi-report corpus."""
    articles = load_corpus()
    if limit:
        articles = articles[:limit]
    metrics, details = run_clusters(config, articles)
    return EvalReport("clusters", metrics, details)


# --- near-duplicate documents --------------------------------------------------------


def reuters_documents(shared: Path, limit: int | None = None) -> list[dict]:
    import gzip

    path = require(shared / "data" / "reuters21578" / "reuters21578.jsonl.gz")
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if (rec.get("text") or "").strip():
                out.append(rec)
                if limit and len(out) >= limit:
                    break
    return out


def near_duplicates(texts: dict[str, str], published: dict[str, date | None] | None = None,
                    options=None) -> tuple[dict[str, str], list[tuple[str, str, float]]]:
    """Stories of documents (id -> story id) and the linked pairs with their estimated similarity,
    by the same MinHash/LSH rule as the store's."""
    from newsgraph.clusters.neardup import NearDupOptions, band_hashes, same_story, signature, similarity

    options = options or NearDupOptions()
    published = published or {}
    sigs = {k: signature(t, options) for k, t in texts.items()}
    buckets: dict[int, list[str]] = {}
    for k, s in sigs.items():
        if s is not None:
            for h in band_hashes(s, options):
                buckets.setdefault(h, []).append(k)
    pairs = set()
    for ks in buckets.values():
        for a, b in combinations(sorted(set(ks)), 2):
            pairs.add((a, b))
    linked = []
    parent = {k: k for k in texts}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in sorted(pairs):
        sim = similarity(sigs[a], sigs[b])
        if same_story(sim, published.get(a), published.get(b), options):
            linked.append((a, b, sim))
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for k in texts:
        groups.setdefault(find(k), []).append(k)
    story = {}
    for members in groups.values():
        name = min(members, key=lambda k: (published.get(k) or date.max, k))
        story |= {k: name for k in members}
    return story, linked


@eval_tasks.register("duplicates")
def eval_duplicates(shared: Path, *, config: Config, limit: int | None = None) -> EvalReport:
    """Near-duplicate rate on Reuters-21578 and sample pairs to read."""
    import random
    import time

    docs = reuters_documents(shared, limit)
    texts = {str(d["id"]): f"{d.get('title') or ''}\n{d['text']}" for d in docs}
    published = {str(d["id"]): date.fromisoformat(d["date"][:10]) if d.get("date") else None for d in docs}
    t0 = time.perf_counter()
    story, linked = near_duplicates(texts, published)
    seconds = time.perf_counter() - t0
    stories = len(set(story.values()))
    dup_docs = sum(1 for k, s in story.items() if k != s)
    sizes: dict[str, int] = {}
    for s in story.values():
        sizes[s] = sizes.get(s, 0) + 1
    titles = {str(d["id"]): (d.get("title") or d["text"][:60]).strip() for d in docs}
    details = [f"{len(docs)} documents with a body, {stories} stories, {dup_docs} documents join another's story "
               f"({dup_docs / max(1, len(docs)):.1%}); largest story {max(sizes.values(), default=0)} documents; "
               f"{len(linked)} linked pairs; {seconds:.1f} s"]
    rng = random.Random(14)
    for a, b, sim in sorted(rng.sample(linked, min(10, len(linked)))):
        details.append(f"pair {a} ~ {b} ({sim:.2f}): {titles[a][:70]!r} | {titles[b][:70]!r}")
    metrics = {"documents": len(docs), "stories": stories, "duplicate_documents": dup_docs,
               "duplicate_rate": dup_docs / max(1, len(docs)), "linked_pairs": len(linked), "seconds": round(seconds, 1)}
    return EvalReport("duplicates", metrics, details)
