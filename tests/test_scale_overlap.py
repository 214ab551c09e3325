"""With workers, ingest sends batch k+1 for annotation before it writes batch k, so the workers
annotate while the driver writes; what it stores, in what order, and its report are those of a
serial run with the same batches."""

from __future__ import annotations

from datetime import date

import pytest

import newsgraph.scale
from newsgraph.api import ingest
from newsgraph.config import Config
from newsgraph.model import Document
from newsgraph.pipeline import Pipeline
from newsgraph.readers import ReadError
from newsgraph.stages.base import Stage
from newsgraph.store import Store


class _FailsOnce(Stage):
    """Fails a document that says 'flaky' the first time it sees it (a worker that ran out of
    memory, say), so the same document read again later is annotated then."""

    name = "fails_once"
    sets = ()

    def __init__(self, config=None, options=None):
        super().__init__(config, options)
        self.seen: set[str] = set()

    def __call__(self, doc):
        if "flaky" in doc.text and doc.id not in self.seen:
            self.seen.add(doc.id)
            raise RuntimeError("worker lost")
        doc.done.append(self.name)
        return doc


def pipeline(config: Config) -> Pipeline:
    p = Pipeline(config)
    p.stages.append(_FailsOnce(p.config))
    return p


class InProcessWorkers:
    """A ParallelAnnotator that annotates in this process, when the driver asks for a batch's
    documents, and logs when batches are sent and collected."""

    log: list[str] = []

    def __init__(self, config: Config, workers: int = 2, scheduler: str | None = None):
        self.workers = workers
        self.pipeline = pipeline(config)
        self.sent = 0

    def submit(self, docs):
        self.sent += 1
        k = self.sent
        InProcessWorkers.log.append(f"send {k}")

        def result():
            InProcessWorkers.log.append(f"collect {k}")
            return list(self.pipeline.pipe(docs))

        return result

    def annotate(self, docs):
        return self.submit(docs)()

    def close(self):
        pass


def doc(text: str) -> Document:
    return Document.create(f"Talks on {text} resumed in Geneva on Tuesday.", published=date(2021, 3, 2),
                           source_id=text)


A, B, C, D, E, F, G, H, I, FLAKY = (doc(t) for t in ("a", "b", "c", "d", "e", "f", "g", "h", "i", "flaky"))
UNREADABLE = ReadError.at("feed.jsonl:15", "not JSON")
# batches of four: the flaky document fails in the first and is read again in the next two;
# the second batch also repeats a document the first batch stores
ITEMS = [A, B, FLAKY, C,
         FLAKY, D, A, E,
         FLAKY, F, G, H,
         B, B, UNREADABLE, I]


class LoggedStore(Store):
    def write_batch(self, docs, errors=()):
        InProcessWorkers.log.append("write")
        return super().write_batch(docs, errors)


def stored(path) -> tuple[list, list]:
    with Store(path, read_only=True) as s:
        return (s.execute("SELECT source_id FROM documents").rows,  # in the order written
                s.execute("SELECT doc_id, source, reason FROM ingest_errors ORDER BY doc_id").rows)


@pytest.fixture
def in_process_workers(monkeypatch):
    monkeypatch.setattr(newsgraph.scale, "ParallelAnnotator", InProcessWorkers)
    InProcessWorkers.log = []


def test_the_next_batch_is_sent_before_this_one_is_written(tmp_path, in_process_workers):
    store = LoggedStore(tmp_path / "overlap.duckdb")
    ingest(db=store, items=ITEMS, config=Config(stages=(), batch_size=2), workers=2)
    store.close()
    log = [e for e in InProcessWorkers.log if not e.startswith("collect")]
    assert log[:4] == ["send 1", "send 2", "write", "send 3"]
    assert log.count("write") == 4


def test_overlapped_batches_store_what_a_serial_run_stores(tmp_path, in_process_workers):
    serial = ingest(db=tmp_path / "serial.duckdb", items=ITEMS, pipeline=pipeline(Config(stages=(), batch_size=4)))
    overlapped = ingest(db=tmp_path / "overlap.duckdb", items=ITEMS, config=Config(stages=(), batch_size=2),
                        workers=2)
    assert serial.to_json() == overlapped.to_json()
    assert (serial.read, serial.stored, serial.skipped, serial.failed) == (16, 10, 4, 2)
    assert stored(tmp_path / "serial.duckdb") == stored(tmp_path / "overlap.duckdb")
    order, _ = stored(tmp_path / "overlap.duckdb")
    assert [r[0] for r in order] == ["a", "b", "c", "flaky", "d", "e", "f", "g", "h", "i"]


def test_a_resumed_overlapped_ingest_skips_what_is_stored(tmp_path, in_process_workers):
    db = tmp_path / "overlap.duckdb"
    ingest(db=db, items=ITEMS[:8], config=Config(stages=(), batch_size=2), workers=2)
    again = ingest(db=db, items=ITEMS, config=Config(stages=(), batch_size=2), workers=2)
    assert (again.stored, again.skipped, again.failed) == (4, 11, 1)  # f, g, h, i stored; the read error
