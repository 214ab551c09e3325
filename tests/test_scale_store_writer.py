"""A writer keeps the store open between batches while nobody waits (opening, checkpointing
and closing cost more than a batch's rows), and lets a reader in as soon as one comes."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date

from newsgraph.model import Document, NewsDoc, Sentence
from newsgraph.store import Store

READ = """
import sys, time
from newsgraph.store import Store
t0 = time.monotonic()
with Store(sys.argv[1], read_only=True, lock_wait=20) as s:
    n = s.stats()["documents"]
print(n, round(time.monotonic() - t0, 2))
"""


def doc(i: int) -> NewsDoc:
    text = f"Talks number {i} resumed in Geneva on Tuesday."
    d = NewsDoc(Document.create(text, published=date(2021, 3, 2)))
    d.sentences = [Sentence(0, 0, len(text), 0, 0, 0)]
    return d


def test_the_writer_keeps_its_connection_while_nobody_waits(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([doc(1)])
        kept = store._conn
        assert kept is not None
        assert store.known_documents([doc(1).id, doc(2).id]) == {doc(1).id}
        store.write_batch([doc(2)])
        assert store._conn is kept  # not reopened
    assert store._conn is None


def test_a_reader_gets_in_while_the_writer_is_between_batches(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_batch([doc(1), doc(2)])
        assert store._conn is not None
        # a reader in another process waits at the turnstile; the writer's watcher lets it in
        out = subprocess.run([sys.executable, "-c", READ, str(path)], capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        n, waited = out.stdout.split()
        assert n == "2"  # the batches written so far, checkpointed on the way out
        assert store._conn is None
        # and the writer goes on: its next batch opens the store again
        assert store.write_batch([doc(3)]) == 1
    with Store(path, read_only=True) as s:
        assert s.stats()["documents"] == 3


def test_two_writers_take_turns(tmp_path):
    path = tmp_path / "s.duckdb"
    other = """
import sys
from datetime import date
from newsgraph.model import Document, NewsDoc, Sentence
from newsgraph.store import Store
text = "Talks resumed in Bern on Friday."
d = NewsDoc(Document.create(text, published=date(2021, 3, 5)))
d.sentences = [Sentence(0, 0, len(text), 0, 0, 0)]
with Store(sys.argv[1], lock_wait=20) as s:
    print(s.write_batch([d]))
"""
    with Store(path) as store:
        store.write_batch([doc(1)])
        out = subprocess.run([sys.executable, "-c", other, str(path)], capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and out.stdout.strip() == "1", out.stderr
        time.sleep(0.1)
        assert store.write_batch([doc(2)]) == 1
        assert store.stats()["documents"] == 3


def test_a_reader_of_the_same_process_gets_in_too(tmp_path):
    path = tmp_path / "s.duckdb"
    store = Store(path)
    store.write_batch([doc(1)])
    with Store(path, read_only=True, lock_wait=5) as reader:
        assert reader.stats()["documents"] == 1
    assert store.write_batch([doc(2)]) == 1
    store.close()
