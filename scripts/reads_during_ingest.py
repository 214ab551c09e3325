"""Reads during ingest, measured: `newsgraph serve` on a store, then `newsgraph ingest` into the same store
while API requests are fired one after another; prints the statuses (issue 16).

    python scripts/reads_during_ingest.py DB PORT ARTICLES   # e.g. /tmp/wn.duckdb 8799 ../shared/data/wikinews/data
"""
import json, os, shutil, subprocess, sys, time, urllib.error, urllib.request
from collections import Counter
from pathlib import Path

db, port, articles = sys.argv[1], int(sys.argv[2]), sys.argv[3]
NG = shutil.which("newsgraph") or str(Path(sys.executable).with_name("newsgraph"))
if os.path.exists(db): os.remove(db)
# a store with something in it first: the bundled samples
samples = Path(__file__).resolve().parents[1] / "samples"
subprocess.run([NG, "ingest", str(samples), "--db", db], check=False, capture_output=True)
server = subprocess.Popen([NG, "serve", "--db", db, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
time.sleep(4)
t0 = time.time()
ingest = subprocess.Popen([NG, "ingest", articles, "--db", db, "--batch-size", "16"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
paths = ["/api/stats", "/api/events?limit=50", "/api/actors", "/api/events?country=USA&limit=20"]
statuses = Counter(); lat = []
n = 0
during = 0
while ingest.poll() is None or n < 1000:
    running = ingest.poll() is None
    p = paths[n % len(paths)]
    t = time.time()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{p}", timeout=60) as r:
            statuses[r.status] += 1
    except urllib.error.HTTPError as e:
        statuses[e.code] += 1
    except Exception as e:
        statuses[type(e).__name__] += 1
    lat.append(time.time() - t)
    n += 1
    during += running
    if ingest.poll() is not None and n >= 1000:
        break
out, err = ingest.communicate()
server.terminate()
lat.sort()
print(json.dumps({"requests": n, "during_ingest": during, "statuses": dict(statuses), "ingest_exit": ingest.returncode,
                  "ingest_seconds": round(time.time() - t0, 1), "ingest_out": out.strip()[-200:],
                  "p50_ms": round(lat[len(lat)//2]*1000), "p99_ms": round(lat[int(len(lat)*0.99)]*1000),
                  "ingest_err_tail": err.strip()[-300:]}))
