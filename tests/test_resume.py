"""Kill an ingest mid-run, run it again: nothing is lost or doubled."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from newsgraph.store import Store

pytestmark = pytest.mark.slow

CITIES = ["Kabul", "Sanaa", "Mogadishu", "Bamako", "Juba", "Tripoli", "Khartoum", "Kyiv", "Caracas", "Yangon"]


def write_corpus(d):
    d.mkdir()
    for i, city in enumerate(CITIES):
        (d / f"a{i:02d}.txt").write_text(
            f"date 2022-0{1 + i % 9}-1{i % 9} Security forces clashed with armed men in {city} on Monday, "
            f"officials said. At least {i + 3} people were wounded in the fighting, which lasted {i + 2} hours.",
            encoding="utf-8",
        )


# The child process ingests with one document per batch and is killed with
# SIGKILL: either between two committed batches or inside a write, after the
# rows of the batch went in but before COMMIT.
CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from newsgraph.api import ingest
    from newsgraph.config import Config
    import newsgraph.store as store_mod

    corpus, db, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    calls = {"n": 0}
    if mode == "in-write":
        original_write = store_mod.Store.write_batch
        def write_then_die(self, docs, errors=()):
            calls["n"] += 1
            if calls["n"] == 4:
                # emulate dying after the inserts, before COMMIT
                self.conn.execute("BEGIN TRANSACTION")
                self.conn.execute("INSERT INTO documents (doc_id, text) VALUES ('half-written', 'x')")
                os.kill(os.getpid(), signal.SIGKILL)
            return original_write(self, docs, errors)
        store_mod.Store.write_batch = write_then_die

    def after_batch(n):
        calls.setdefault("batches", 0)
        calls["batches"] += 1
        if mode == "between" and calls["batches"] == 3:
            os.kill(os.getpid(), signal.SIGKILL)

    ingest([corpus], db=db, config=Config(batch_size=1), on_batch=after_batch)
    """
)


@pytest.mark.parametrize("mode", ["between", "in-write"])
def test_killed_ingest_resumes_without_loss_or_doubling(tmp_path, mode):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    killed = tmp_path / "killed.duckdb"
    proc = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(killed), mode], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == -9, proc.stderr  # it really was killed
    with Store(killed, read_only=True) as s:
        partial = s.stats()["documents"]
    assert 0 < partial < len(CITIES)

    from newsgraph.api import ingest

    report = ingest([corpus], db=killed)
    assert report.skipped == partial and report.stored == len(CITIES) - partial

    clean = tmp_path / "clean.duckdb"
    ingest([corpus], db=clean)
    with Store(killed, read_only=True) as a, Store(clean, read_only=True) as b:
        assert a.stats() == b.stats()
        assert a.execute("SELECT count(*) FROM documents WHERE doc_id = 'half-written'").rows[0][0] == 0
        q = "SELECT doc_id, count(*) FROM {} GROUP BY doc_id ORDER BY doc_id"
        for table in ("documents", "sentences", "actors", "timexes", "event_mentions", "claims"):
            assert a.execute(q.format(table)).rows == b.execute(q.format(table)).rows, table


def test_parallel_ingest_stores_what_a_serial_one_does(tmp_path):
    pytest.importorskip("dask")
    from newsgraph.api import ingest
    from newsgraph.config import Config

    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    serial, parallel = tmp_path / "serial.duckdb", tmp_path / "parallel.duckdb"
    ingest([corpus], db=serial, config=Config(batch_size=3))
    report = ingest([corpus], db=parallel, config=Config(batch_size=3), workers=2)
    assert report.stored == len(CITIES) and report.failed == 0
    with Store(serial, read_only=True) as a, Store(parallel, read_only=True) as b:
        assert a.stats() == b.stats()
        q = "SELECT * FROM actor_mentions ORDER BY ALL"
        assert a.execute(q).rows == b.execute(q).rows
