"""How fast the workbench's API answers (issue 15): a filtered page of /api/events, the
timeline and the network, over a store you built.

    python benchmarks/serve.py --db reuters.duckdb [--repeat 7] [--format json]

A real server (uvicorn on 127.0.0.1, a free port, in this process) answers real HTTP
requests from one client; each request is timed from send to the end of the body, after one
untimed warm-up request of each kind. The median and the slowest of ``--repeat`` runs are
printed per request, with the targets of the issue: a filtered /api/events page under 200 ms,
/api/timeline and /api/network under 500 ms.

A store of 20,000 Reuters-21578 documents:

    python - <<'PY'   # the first 20,000 articles of ../shared as JSON lines
    import gzip, itertools, shutil
    with gzip.open("../shared/data/reuters21578/reuters21578.jsonl.gz", "rt") as f, open("reuters20k.jsonl", "w") as o:
        o.writelines(itertools.islice(f, 20000))
    PY
    newsgraph ingest reuters20k.jsonl --db reuters.duckdb --workers 2
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

#: (name, path, target in ms)
def requests_for(store_path: str) -> list[tuple[str, str, float]]:
    from newsgraph.store import Store

    with Store(store_path, read_only=True) as s:
        country = s.execute("""SELECT c FROM (SELECT unnest(actor_countries) AS c FROM events) WHERE c IS NOT NULL
                               GROUP BY c ORDER BY count(*) DESC LIMIT 1""").rows[0][0]
        first, last = s.execute("SELECT quantile_disc(date_start, 0.25), quantile_disc(date_start, 0.75) "
                                "FROM events").rows[0]
    year = str(first.year) if first else "2000"
    q = lambda **kw: urlencode(kw)  # noqa: E731
    return [
        ("events, first page", "/api/events?" + q(limit=50), 200),
        ("events, filtered", "/api/events?" + q(country=country, type="CONSULT,ACCUSE,ASSAULT", since=year,
                                                limit=50), 200),
        ("events, filtered, page 3", "/api/events?" + q(country=country, aux="all", limit=50, offset=100), 200),
        ("events, text search", "/api/events?" + q(text="talks", limit=50), 200),
        ("events, oldest first", "/api/events?" + q(sort="oldest", aux="all", limit=50), 200),
        ("timeline, auto, by type", "/api/timeline", 500),
        ("timeline, month, by quad", "/api/timeline?" + q(interval="month", by="quad", since=year), 500),
        ("timeline, week, one country", "/api/timeline?" + q(interval="week", country=country, since=year), 500),
        ("network, everything", "/api/network", 500),
        ("network, one year", "/api/network?" + q(since=year, until=year, aux="all"), 500),
        ("network, one country", "/api/network?" + q(country=country), 500),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--format", choices=("table", "json"), default="table")
    args = ap.parse_args()

    import httpx
    import uvicorn

    from newsgraph.serve import create_app
    from newsgraph.store import Store

    with Store(args.db, read_only=True) as s:
        stats = s.stats()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(args.db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    results = []
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for name, path, target in requests_for(args.db):
                res = client.get(path)  # warm-up, untimed
                res.raise_for_status()
                times = []
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    res = client.get(path)
                    times.append((time.perf_counter() - t) * 1000)
                    res.raise_for_status()
                body = res.json()
                size = body.get("total", len(body.get("edges", body.get("periods", []))))
                results.append({"request": name, "path": path, "median_ms": round(statistics.median(times), 1),
                                "max_ms": round(max(times), 1), "target_ms": target, "answer_size": size,
                                "ok": statistics.median(times) < target})
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    report = {"db": args.db, "documents": stats["documents"], "events": stats["events"],
              "event_mentions": stats["event_mentions"], "repeat": args.repeat, "results": results}
    if args.format == "json":
        print(json.dumps(report, indent=1))
    else:
        print(f"{args.db}: {stats['documents']:,} documents, {stats['events']:,} events; median and max of "
              f"{args.repeat} requests each")
        for r in results:
            print(f"  {r['request']:<30} {r['median_ms']:>8.1f} ms  (max {r['max_ms']:>7.1f}; target "
                  f"{r['target_ms']:.0f}) {'ok' if r['ok'] else 'SLOW'}  [{r['answer_size']}]")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
