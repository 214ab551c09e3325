"""What grouping events and finding near duplicates costs at ingest (issue 14).

    python benchmarks/clustering.py throughput --docs 5000 [--chunk 250] [--save annotated.pkl]
    python benchmarks/clustering.py scale --annotated annotated.pkl [--sizes 1000,5000,20000]

``throughput`` ingests the same Reuters-21578 documents (from ../shared) twice in one run,
after an untimed warm-up of both, chunk by chunk and alternating which goes first, into two stores: one with everything
of issue 14 (the within-document pass, the cross-document grouping, near-duplicate
stories) and one without (events merged only on equal keys). It prints both
throughputs, their ratio, and the seconds each part of the grouping took.

``scale`` replays annotated documents (saved by ``throughput --save``; copies beyond
them are the same documents a year later each time, with new ids) into one store and
prints the grouping's seconds per batch of ``--batch`` documents as the store holds
about each of ``--sizes`` documents: the cost per batch should grow no faster than the
store.
"""

from __future__ import annotations

import argparse
import json
import pickle
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from newsgraph.api import ingest
from newsgraph.bench import load_corpus
from newsgraph.config import Config
from newsgraph.model import Document, NewsDoc
from newsgraph.pipeline import Pipeline
from newsgraph.store import Store


def throughput(args) -> dict:
    docs = load_corpus(args.file, args.docs)
    config = Config(batch_size=args.batch_size)
    with_ = Pipeline(config, within_events=True)
    without = Pipeline(config, within_events=False)
    kept: list[NewsDoc] = []
    if args.save:
        pipe = with_.pipe

        def keep(documents, batch_size=None):
            for d in pipe(documents, batch_size):
                kept.append(d)
                yield d

        with_.pipe = keep
    seconds = {"with": 0.0, "without": 0.0}
    # warm-up, untimed: the model, the gazetteer, the KB and datasketch load once per process,
    # and whichever pipeline ran first would pay for both
    warm = load_corpus(args.file, args.docs + args.warmup)[args.docs:]
    with tempfile.TemporaryDirectory() as tmp:
        ingest(db=Path(tmp) / "warm-a.duckdb", items=warm, pipeline=with_)
        ingest(db=Path(tmp) / "warm-b.duckdb", items=warm, pipeline=without, clustering=None, near_duplicates=None)
        kept.clear()
        with_.within_seconds = 0.0
        a = Store(Path(tmp) / "with.duckdb")
        b = Store(Path(tmp) / "without.duckdb", clustering=None, near_duplicates=None)
        chunks = [docs[k:k + args.chunk] for k in range(0, len(docs), args.chunk)]
        for i, chunk in enumerate(chunks):
            order = [("with", a, with_), ("without", b, without)]
            for name, store, pipeline in (order if i % 2 == 0 else order[::-1]):
                t0 = time.perf_counter()
                ingest(db=store, items=chunk, pipeline=pipeline)
                seconds[name] += time.perf_counter() - t0
            print(f"  {sum(len(c) for c in chunks[:i + 1])} docs: with {seconds['with']:.1f} s, "
                  f"without {seconds['without']:.1f} s", flush=True)
        stats = {"with": a.stats(), "without": b.stats()}
        stories = a.execute("SELECT count(DISTINCT story_id) FROM documents").rows[0][0]
        multi = a.execute("SELECT count(*) FROM events WHERE n_reports > 1").rows[0][0]
        grouping = dict(a.timings)
        a.close()
        b.close()
    if args.save:
        for d in kept:
            d.tokens, d.entities, d.spacy_doc = [], [], None
        with open(args.save, "wb") as fh:
            pickle.dump(kept, fh)
    n = len(docs)
    return {
        "docs": n,
        "docs_per_s_with": round(n / seconds["with"], 2),
        "docs_per_s_without": round(n / seconds["without"], 2),
        "ratio": round(seconds["without"] / seconds["with"], 3),
        "seconds": {k: round(v, 1) for k, v in seconds.items()},
        "within_pass_seconds": round(getattr(with_, "within_seconds", with_.timings.get("within_events", 0.0)), 2),
        "store_grouping_seconds": {k: round(v, 2) for k, v in grouping.items()},
        "events_with": stats["with"]["events"], "events_without": stats["without"]["events"],
        "event_mentions_with": stats["with"]["event_mentions"],
        "event_mentions_without": stats["without"]["event_mentions"],
        "events_with_several_reports": multi, "stories": stories,
    }


def _copy(doc: NewsDoc, k: int) -> NewsDoc:
    """The document k years later, with a new id: same annotations, dates moved."""
    if k == 0:
        return doc

    def later(v):
        if not v or len(v) < 4 or not v[:4].isdigit():
            return v
        return f"{int(v[:4]) + k}{v[4:]}"

    d = doc.document
    pub = date(d.published.year + k, d.published.month, min(d.published.day, 28)) if d.published else None
    new = NewsDoc(Document.create(d.text, published=pub, url=f"copy{k}:{d.id}", source=d.source))
    new.sentences, new.actors, new.places, new.quotes, new.claims = (doc.sentences, doc.actors, doc.places,
                                                                     doc.quotes, doc.claims)
    new.timexes = [replace(t, value=later(t.value), interval=(later(t.interval[0]), later(t.interval[1]))
                           if t.interval else None) for t in doc.timexes]
    new.events = [replace(e, date=replace(e.date, value=later(e.date.value),
                                          interval=(later(e.date.interval[0]), later(e.date.interval[1]))
                                          if e.date.interval else None) if e.date else None)
                  for e in doc.events]
    return new


def scale(args) -> dict:
    with open(args.annotated, "rb") as fh:
        base: list[NewsDoc] = [d for d in pickle.load(fh) if not d.failed]
    sizes = sorted(int(s) for s in args.sizes.split(","))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "scale.duckdb")
        stored = 0
        k = 0
        for size in sizes:
            # fill up to the size, then time a few batches there
            while stored < size:
                batch = [_copy(d, (stored + j) // len(base)) for j, d in enumerate(
                    base[stored % len(base):][:min(args.batch, size - stored)])]
                store.write_batch(batch)
                stored += len(batch)
            before = dict(store.timings)
            t0 = time.perf_counter()
            timed = 0
            for _ in range(args.probes):
                batch = [_copy(d, (stored + j) // len(base)) for j, d in enumerate(
                    base[stored % len(base):][:args.batch])]
                store.write_batch(batch)
                stored += len(batch)
                timed += len(batch)
            write = time.perf_counter() - t0
            events = store.timings["events"] - before["events"]
            stories = store.timings["stories"] - before["stories"]
            reports = store.execute("SELECT count(*) FROM event_mentions").rows[0][0]
            out.append({"store_docs": stored - timed, "store_reports": reports,
                        "grouping_ms_per_batch": round(1000 * events / args.probes, 1),
                        "stories_ms_per_batch": round(1000 * stories / args.probes, 1),
                        "write_ms_per_batch": round(1000 * write / args.probes, 1), "batch": args.batch})
            print(json.dumps(out[-1]), flush=True)
            k += 1
        store.close()
    return {"sizes": out}


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="what", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--docs", type=int, default=5000)
    t.add_argument("--chunk", type=int, default=250)
    t.add_argument("--batch-size", type=int, default=64)
    t.add_argument("--warmup", type=int, default=40, help="Documents ingested untimed first, by both.")
    t.add_argument("--file", type=Path, default=None)
    t.add_argument("--save", type=Path, default=None, help="Pickle the annotated documents here (for scale).")
    s = sub.add_parser("scale")
    s.add_argument("--annotated", type=Path, required=True)
    s.add_argument("--sizes", default="1000,5000,20000")
    s.add_argument("--batch", type=int, default=64)
    s.add_argument("--probes", type=int, default=5)
    args = ap.parse_args()
    result = throughput(args) if args.what == "throughput" else scale(args)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
