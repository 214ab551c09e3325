"""A writer holds the store only while it writes a batch, so readers get in between batches; the
check before annotation (which documents are stored) needs no open of the file."""

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


def test_the_check_before_annotation_needs_no_open_of_the_file(tmp_path, monkeypatch):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([doc(1)])
        assert store._conn is None  # closed between batches
        opens = []
        real = Store._connect
        monkeypatch.setattr(Store, "_connect", lambda self: opens.append(1) or real(self))
        assert store.known_documents([doc(1).id, doc(2).id]) == {doc(1).id}
        store.write_batch([doc(2)])
        assert len(opens) == 2  # the stored ids, read once, and the write
        assert store.known_documents([doc(2).id, doc(3).id]) == {doc(2).id}
        assert store.known_documents([doc(1).id]) == {doc(1).id}
        assert len(opens) == 2  # the checks answered from the ids read once and those written since


def test_a_reader_gets_in_while_the_writer_is_between_batches(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.write_batch([doc(1), doc(2)])
        # a reader in another process, between two batches
        out = subprocess.run([sys.executable, "-c", READ, str(path)], capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        n, waited = out.stdout.split()
        assert n == "2"
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
