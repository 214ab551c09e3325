"""Peak memory of one ingest process, and its resident size after every batch.

    python benchmarks/memory.py ../shared/data/wikinews/data [--batch-chars 60000] [--no-trim] [--piece-chars 0]

Ingests PATHS into a fresh temporary store in this process (as `newsgraph ingest PATHS`
does) and prints JSON: the peak resident set size (ru_maxrss), the size after loading
and after each batch, and the longest document. ``--batch-chars 0`` turns the character
bound of a batch off (batches of ``--batch-size`` documents only, as before issue 18);
``--no-trim`` keeps freed memory in the allocator instead of handing it back;
``--piece-chars 0`` parses every text whole (a long one is parsed in pieces of whole
paragraphs otherwise: newsgraph.stages.nlp.PIECE_CHARS).
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--batch-chars", type=int, default=None, help="0: no character bound")
    ap.add_argument("--no-trim", action="store_true")
    ap.add_argument("--piece-chars", type=int, default=None, help="0: parse every text whole")
    args = ap.parse_args()

    import newsgraph.pipeline as pipeline_module
    from newsgraph.api import ingest, read_inputs
    from newsgraph.config import Config

    if args.batch_chars is not None:
        pipeline_module.BATCH_CHARS = args.batch_chars or 10**12
    if args.no_trim:
        pipeline_module._TRIM = None
    import newsgraph.stages.nlp as nlp_module

    if args.piece_chars is not None:
        nlp_module.PIECE_CHARS = args.piece_chars or 10**12
    config = Config(batch_size=args.batch_size)
    trace: list[float] = []
    longest = [0]

    def items():
        for it in read_inputs(args.paths, config=config):
            longest[0] = max(longest[0], len(getattr(it, "text", "")))
            yield it

    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        report = ingest(db=Path(tmp) / "m.duckdb", items=items(), config=config,
                        on_batch=lambda n: trace.append(round(rss_mb())))
    print(json.dumps({
        "docs": report.read, "stored": report.stored, "seconds": round(time.perf_counter() - t0, 1),
        "batch_size": args.batch_size, "batch_chars": pipeline_module.BATCH_CHARS,
        "trim": pipeline_module._TRIM is not None, "piece_chars": nlp_module.PIECE_CHARS,
        "longest_doc_chars": longest[0],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rss_after_each_batch_mb": trace,
    }))


if __name__ == "__main__":
    main()
