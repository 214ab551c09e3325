"""Issue 18's figures: local workers, store growth, lake against store.

    python benchmarks/scale.py workers --docs 2000
        1 and 2 local workers on the same Reuters documents, in one run, each into a fresh
        store through newsgraph.api.ingest (what `newsgraph ingest --workers N` runs). Prints
        whole-run and steady-state throughput (after the first batch, which pays for loading
        the model) and where the time went: annotation (with workers: the driver waiting for
        them; ingest sends batch k+1 before it writes batch k) and the driver's store writes.

    python benchmarks/scale.py growth --docs 21578 --distinct 1000 [--annotated ann.pkl]
        A store and a lake grown to 21,578 documents (1,000 distinct Reuters documents annotated
        once, then copies of them with new ids and dates moved by years), written batch by batch
        as ingest writes: store and lake write time per document for each thousand, ingest's
        documents per second for each thousand (annotation measured once plus that thousand's
        writes), store and lake size, and a filtered `events` query on each at 1k, 5k and all
        documents (the lake's time to load its files into DuckDB given apart).

Both read ../shared/data/reuters21578 (newsgraph.bench.load_corpus: shuffled, seed 13).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import tempfile
import time
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its children reaped so far."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def machine_busy_s() -> float:
    """CPU seconds every process of the machine has used since boot (/proc/stat, all cores)."""
    with open("/proc/stat") as fh:
        user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fh.readline().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def cpu_since(start: tuple[float, float], busy_start: float | None = None) -> dict:
    """CPU seconds of the driver and of the worker processes since ``start`` (the workers' once
    they have exited): on a machine others share, these say what a run costs, the wall clock not.
    With ``busy_start``, also what other people's processes took of the machine meanwhile."""
    me, kids = cpu_seconds()
    out = {"driver_cpu_s": round(me - start[0], 1), "workers_cpu_s": round(kids - start[1], 1)}
    if busy_start is not None:
        out["others_cpu_s"] = round(machine_busy_s() - busy_start - (me - start[0]) - (kids - start[1]), 1)
    return out


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(),
            "load_average_at_start": os.getloadavg()}


def workers_run(docs, n: int, tmp: Path) -> dict:
    from newsgraph.api import ingest
    from newsgraph.config import Config
    from newsgraph.pipeline import Pipeline
    from newsgraph.scale import ParallelAnnotator
    from newsgraph.store import Store

    config = Config()
    spent = {"annotate": 0.0, "write": 0.0}
    marks: list[tuple[float, int]] = []
    done = [0]

    class TimedStore(Store):
        def write_batch(self, *a, **kw):
            t0 = time.perf_counter()
            try:
                return super().write_batch(*a, **kw)
            finally:
                spent["write"] += time.perf_counter() - t0

    original = ParallelAnnotator.submit

    def timed_submit(self, batch):
        result = original(self, batch)

        def wait():
            t0 = time.perf_counter()
            try:
                return result()
            finally:
                spent["annotate"] += time.perf_counter() - t0

        return wait

    ParallelAnnotator.submit = timed_submit
    pipeline = None
    if n == 1:
        pipeline = Pipeline(config)  # built before the clock, as the workers' first batch is not
        inner = pipeline.pipe

        def timed_pipe(batch, *a, **kw):
            t0 = time.perf_counter()
            out = list(inner(batch, *a, **kw))
            spent["annotate"] += time.perf_counter() - t0
            return iter(out)

        pipeline.pipe = timed_pipe  # type: ignore[method-assign]

    def on_batch(k: int) -> None:
        done[0] += k
        marks.append((time.perf_counter(), done[0]))

    store = TimedStore(tmp / f"w{n}.duckdb")
    cpu0, busy0 = cpu_seconds(), machine_busy_s()
    t0 = time.perf_counter()
    try:
        report = ingest(db=store, items=docs, config=config, workers=n, pipeline=pipeline, on_batch=on_batch)
    finally:
        store.close()
        ParallelAnnotator.submit = original
    seconds = time.perf_counter() - t0
    (t1, d1), (t2, d2) = marks[0], marks[-1]
    return {"workers": n, "docs": report.read, "stored": report.stored, "seconds": round(seconds, 1),
            "docs_per_s": round(report.read / seconds, 2),
            "steady_docs_per_s": round((d2 - d1) / (t2 - t1), 2) if t2 > t1 else None,
            "first_batch_s": round(t1 - t0, 1),
            "annotate_s": round(spent["annotate"], 1), "driver_write_s": round(spent["write"], 1),
            "core_s": round(seconds * (os.cpu_count() or 1), 1), **cpu_since(cpu0, busy0)}


def cmd_workers(args) -> None:
    from newsgraph.bench import load_corpus

    docs = load_corpus(args.file, args.docs)
    out = {"machine": machine(), "docs": len(docs)}
    with tempfile.TemporaryDirectory() as tmp:
        runs = [workers_run(docs, n, Path(tmp)) for n in args.workers]
    out["runs"] = runs
    base = runs[0]
    for r in runs[1:]:
        r["ratio"] = round(r["docs_per_s"] / base["docs_per_s"], 3)
        if r["steady_docs_per_s"] and base["steady_docs_per_s"]:
            r["steady_ratio"] = round(r["steady_docs_per_s"] / base["steady_docs_per_s"], 3)
    out["load_average_at_end"] = os.getloadavg()
    print(json.dumps(out, indent=1))


def dir_mb(path: Path) -> float:
    if path.is_file():
        return round(path.stat().st_size / 2**20, 1)
    # a lake's own files, not the loaded copy a reader leaves in _read/
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and "_read" not in p.parts)
                 / 2**20, 1)


def query_times(store_path: Path, lake_path: Path) -> dict:
    from newsgraph.query import EventFilter, find_events
    from newsgraph.store import Store
    from newsgraph.store.lake import _loaded

    filt = EventFilter(type="PROTEST", since="1987-01-01", limit=100)
    out = {}
    with Store(store_path, read_only=True) as s:
        t0 = time.perf_counter()
        n = len(find_events(s, filt))
        out["store_query_s"] = round(time.perf_counter() - t0, 3)
    _loaded.clear()
    with Store(lake_path, read_only=True) as lake:
        t0 = time.perf_counter()
        lake.conn  # noqa: B018 - loads the files and derives events
        out["lake_load_s"] = round(time.perf_counter() - t0, 2)
        t0 = time.perf_counter()
        m = len(find_events(lake, filt))
        out["lake_query_s"] = round(time.perf_counter() - t0, 3)
    _loaded.clear()  # the next reader (another process) opens what the first one left in DIR/_read
    t0 = time.perf_counter()
    with Store(lake_path, read_only=True) as lake:
        find_events(lake, filt)
    out["lake_next_reader_open_and_query_s"] = round(time.perf_counter() - t0, 3)
    _loaded.clear()
    out["events_found"] = [n, m]
    return out


def annotated_corpus(args) -> tuple[list, float]:
    """``--distinct`` Reuters documents annotated once on ``--workers`` processes (kept in
    ``--annotated`` for the next run), and the seconds that took per document."""
    import pickle

    from newsgraph.bench import load_corpus
    from newsgraph.config import Config
    from newsgraph.scale import ParallelAnnotator

    if args.annotated and args.annotated.exists():
        with open(args.annotated, "rb") as fh:
            saved = pickle.load(fh)
        return saved["docs"], saved["seconds_per_doc"]
    docs = load_corpus(args.file, args.distinct)
    with ParallelAnnotator(Config(), workers=args.workers) as annotator:
        annotator.warm()
        t0 = time.perf_counter()
        out = [d for k in range(0, len(docs), 256) for d in annotator.annotate(docs[k:k + 256])]
        per_doc = (time.perf_counter() - t0) / len(docs)
    out = [d for d in out if not d.failed]
    if args.annotated:
        with open(args.annotated, "wb") as fh:
            pickle.dump({"docs": out, "seconds_per_doc": per_doc}, fh)
    return out, per_doc


def cmd_growth(args) -> None:
    """The store (and a lake) grown to ``--docs`` documents: the distinct annotated documents,
    then copies of them k years later with new ids (benchmarks/clustering.py's _copy), written
    batch by batch as ingest writes them. Annotation does not depend on the store, so ingest's
    documents per second for each thousand is 1000 / (annotation time of 1000 + this thousand's
    store writes), the annotation time measured once."""
    import sys

    from newsgraph.batching import batched
    from newsgraph.config import Config
    from newsgraph.store import Store

    sys.path.insert(0, str(Path(__file__).parent))
    from clustering import _copy

    base, annotate_per_doc = annotated_corpus(args)
    docs = (_copy(d, k) for k in range(-(-args.docs // len(base))) for d in base)
    total = args.docs
    out = {"machine": machine(), "docs": total, "distinct_annotated": len(base), "workers": args.workers,
           "annotate_s_per_1000": round(annotate_per_doc * 1000, 1), "per_thousand": [], "at": {}}
    checkpoints = sorted({1000, 5000, total})
    tmp = Path(tempfile.mkdtemp(dir=args.tmp))
    store_path, lake_path = tmp / "growth.duckdb", tmp / "lake"
    store = Store(store_path)
    lake = Store(lake_path, create_lake=True)
    done = 0
    window = {"store": 0.0, "lake": 0.0}
    try:
        for batch in batched(docs, Config().batch_size * args.workers):
            batch = batch[:total - done]
            if not batch:
                break
            t1 = time.perf_counter()
            store.known_documents(d.id for d in batch)  # the check ingest makes before annotation
            store.write_batch(batch)
            t2 = time.perf_counter()
            lake.known_documents(d.id for d in batch)
            lake.write_batch(batch)
            t3 = time.perf_counter()
            window["store"] += t2 - t1
            window["lake"] += t3 - t2
            before, done = done, done + len(batch)
            if done // 1000 > before // 1000 or done == total:
                n = done - (out["per_thousand"][-1]["up_to"] if out["per_thousand"] else 0)
                out["per_thousand"].append({
                    "up_to": done, "store_write_ms_per_doc": round(window["store"] / n * 1000, 1),
                    "lake_write_ms_per_doc": round(window["lake"] / n * 1000, 1),
                    "ingest_docs_per_s": round(n / (annotate_per_doc * n + window["store"]), 2),
                    "driver_rss_mb": round(rss_mb())})
                window = {"store": 0.0, "lake": 0.0}
            for c in checkpoints:
                if before < c <= done:
                    store.close()
                    out["at"][str(done)] = {"store_mb": dir_mb(store_path), "lake_mb": dir_mb(lake_path),
                                            "lake_files": len(list(lake_path.rglob("*.parquet"))),
                                            **query_times(store_path, lake_path)}
                    store = Store(store_path)
                    print(json.dumps({"at": done, **out["at"][str(done)]}), file=sys.stderr, flush=True)
    finally:
        store.close()
        lake.close()
    first, last = out["per_thousand"][0], out["per_thousand"][-1]
    out["last_over_first_seconds_per_doc"] = round(first["ingest_docs_per_s"] / last["ingest_docs_per_s"], 3)
    out["peak_rss_mb_driver"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    out["load_average_at_end"] = os.getloadavg()
    if args.keep:
        out["kept"] = str(tmp)
    else:
        shutil.rmtree(tmp)
    print(json.dumps(out, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("workers")
    w.add_argument("--docs", type=int, default=2000)
    w.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    w.add_argument("--file", type=Path, default=None)
    w.add_argument("--overlap", action="store_true",
                   help="(no effect: newsgraph.api.ingest sends the next batch before writing one since issue 18)")
    g = sub.add_parser("growth")
    g.add_argument("--docs", type=int, default=21578)
    g.add_argument("--distinct", type=int, default=1000, help="Reuters documents annotated (the rest are copies)")
    g.add_argument("--annotated", type=Path, default=None, help="pickle of annotated documents: read, or written")
    g.add_argument("--workers", type=int, default=2)
    g.add_argument("--file", type=Path, default=None)
    g.add_argument("--tmp", type=Path, default=None)
    g.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    {"workers": cmd_workers, "growth": cmd_growth}[args.cmd](args)


if __name__ == "__main__":
    main()
