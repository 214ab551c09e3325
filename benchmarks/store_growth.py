"""Ingest throughput and store growth on Reuters-21578 (from ../shared).

    python benchmarks/store_growth.py --docs 1000 [--batch-size 64]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

from newsgraph.api import ingest
from newsgraph.bench import load_corpus
from newsgraph.config import Config
from newsgraph.store import Store


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--file", type=Path, default=None)
    args = ap.parse_args()
    docs = load_corpus(args.file, args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        report = ingest(db=db, items=docs, config=Config(batch_size=args.batch_size))
        seconds = time.perf_counter() - t0
        with Store(db) as s:
            s.execute("CHECKPOINT")
            stats = s.stats()
        size = os.path.getsize(db)
    print(json.dumps({
        "docs": len(docs), "stored": report.stored, "seconds": round(seconds, 2),
        "docs_per_s": round(len(docs) / seconds, 2),
        "db_mb": round(size / 2**20, 2), "mb_per_1000_docs": round(size / 2**20 / len(docs) * 1000, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rows": stats,
    }, indent=1))


if __name__ == "__main__":
    main()
