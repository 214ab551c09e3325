"""A real Dask cluster on 127.0.0.1 (a scheduler and two workers, separate processes started
with the `dask` command as a user would), ingesting through it: the store equals a serial run's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgraph.api import ingest
from newsgraph.query import find_events
from newsgraph.store import Store

distributed = pytest.importorskip("distributed", reason="needs the scale extra: pip install 'newsgraph[scale]'")

ROOT = Path(__file__).resolve().parents[1]
DASK = Path(sys.executable).with_name("dask")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """tcp:// address of a scheduler with two single-threaded workers, each its own process."""
    if not DASK.exists():
        pytest.skip(f"no `dask` command beside {sys.executable}")
    tmp = tmp_path_factory.mktemp("cluster")
    info = tmp / "scheduler.json"
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    logs = [open(tmp / f"{name}.log", "w") for name in ("scheduler", "worker1", "worker2")]
    procs = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                               "--scheduler-file", str(info)], stdout=logs[0], stderr=subprocess.STDOUT, env=env)]
    try:
        deadline = time.monotonic() + 30
        while not info.exists() or not info.read_text().strip():
            if time.monotonic() > deadline or procs[0].poll() is not None:
                pytest.fail(f"the scheduler did not start: {(tmp / 'scheduler.log').read_text()[-2000:]}")
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        for k in (1, 2):
            procs.append(subprocess.Popen(
                [str(DASK), "worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--no-dashboard",
                 "--no-nanny", "--name", f"w{k}", "--local-directory", str(tmp / f"w{k}")],
                stdout=logs[k], stderr=subprocess.STDOUT, env=env))
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                p.kill()
        for f in logs:
            f.close()


def test_ingest_through_a_local_cluster_equals_a_serial_run(cluster, tmp_path):
    samples = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))
    on_cluster = ingest(samples, db=tmp_path / "cluster.duckdb", scheduler=cluster)
    # a pipeline built now, as the workers built theirs: the same data files
    serial = ingest(samples, db=tmp_path / "serial.duckdb")
    assert on_cluster.to_json() == serial.to_json() and serial.stored == len(samples)
    with Store(tmp_path / "cluster.duckdb", read_only=True) as a, Store(tmp_path / "serial.duckdb", read_only=True) as b:
        assert a.stats() == b.stats()
        key = lambda r: r["event_key"]  # noqa: E731
        assert sorted(find_events(a), key=key) == sorted(find_events(b), key=key)
        q = "SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id"
        assert a.execute(q).rows == b.execute(q).rows
    # the driver writes and skips what is stored, as a serial run does
    again = ingest(samples, db=tmp_path / "cluster.duckdb", scheduler=cluster)
    assert again.stored == 0 and again.skipped == len(samples)


def test_a_cluster_run_writes_a_lake(cluster, tmp_path):
    from newsgraph.store.lake import create_lake

    samples = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))[:3]
    create_lake(tmp_path / "lake")
    assert ingest(samples, db=tmp_path / "lake", scheduler=cluster).stored == 3
    with Store(tmp_path / "lake", read_only=True) as lake:
        assert lake.stats()["documents"] == 3
