"""Annotation on several processes or a Dask cluster; this process writes.

Annotation is the expensive part and is embarrassingly parallel: each batch of
documents is split into one chunk per worker, the chunks run in worker processes
(each loads the model once and keeps its pipeline, one per configuration, which
travels with every task), and the driver writes the results to the store or lake
in one transaction per batch, so the single-writer DuckDB file, idempotency and
resume work exactly as in a serial ingest.

- ``workers=N``: N local processes (``concurrent.futures``, started with ``spawn``
  so no DuckDB or spaCy state of the driver is copied into them).
- ``scheduler="tcp://host:8786"``: the workers of a Dask cluster (``pip install
  'newsgraph[scale]'`` on every machine, the same newsgraph version), started the
  usual way::

      dask scheduler --port 8786                                  # one machine
      dask worker tcp://HOST:8786 --nthreads 1 --nworkers 2       # every machine, one process per core
      newsgraph ingest articles/ --scheduler tcp://HOST:8786      # the driver: reads, writes the store

  A worker process runs one document batch at a time (a pipeline is not shared
  between threads), so give workers one thread each and as many processes as cores.

The driver, not the workers, writes a lake too: it decides which documents are new
before they are sent, and a lake batch commits by its documents file, which only a
single writer can keep consistent; workers then need no shared file system, only
the scheduler's address. Workers send back what the store keeps, not the parse
(tokens and entities stay in the worker), which is most of what a result weighs.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Sequence

from newsgraph.config import Config
from newsgraph.model import Document, NewsDoc

_PIPELINES: dict[Config, object] = {}
_GUARD = threading.Lock()  # a worker process's threads take turns on its pipelines


def _slim(doc: NewsDoc) -> NewsDoc:
    """What the store and the lake read of an annotated document, without the parse."""
    doc.tokens = []
    doc.entities = []
    doc.spacy_doc = None
    return doc


def _annotate_chunk(config: Config, docs: Sequence[Document]) -> list[NewsDoc]:
    """Runs in a worker: annotate one chunk with the worker's cached pipeline."""
    from newsgraph.pipeline import Pipeline

    with _GUARD:
        pipeline = _PIPELINES.get(config)
        if pipeline is None:
            pipeline = _PIPELINES[config] = Pipeline(config)
        return [_slim(d) for d in pipeline.pipe(docs)]  # type: ignore[attr-defined]


def _warm(config: Config) -> bool:
    """Runs in a worker: build its pipeline (load the model) before documents arrive."""
    _annotate_chunk(config, [])
    return True


class ParallelAnnotator:
    """Annotate batches of documents on ``workers`` local processes or a Dask cluster's workers."""

    def __init__(self, config: Config, workers: int = 2, scheduler: str | None = None):
        self.config = config
        self.workers = max(1, workers)
        self._client = None
        self._pool = None
        if scheduler:
            try:
                from dask.distributed import Client
            except ImportError as exc:  # pragma: no cover - depends on extras
                raise RuntimeError("--scheduler needs dask.distributed: pip install 'newsgraph[scale]' "
                                   "(on the driver and on every worker)") from exc
            try:
                self._client = Client(scheduler, timeout="30s")
            except OSError as exc:
                raise RuntimeError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; start it with "
                                   "`dask scheduler` and give its address (tcp://HOST:8786)") from None
            # one chunk per worker thread the cluster has (workers=N asks for at least N)
            self.workers = max(workers if workers > 1 else 1, sum(self._client.nthreads().values()) or 1)
        else:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))

    def warm(self) -> None:
        """Load the pipeline in every worker now (otherwise the first batch waits for it)."""
        if self._client is not None:
            # a task pinned to each worker, so the model loads where documents will go
            self._client.gather([self._client.submit(_warm, self.config, workers=[w], allow_other_workers=False,
                                                     pure=False) for w in self._client.nthreads()])
        else:
            list(self._pool.map(_warm, [self.config] * self.workers))

    def annotate(self, docs: Sequence[Document]) -> list[NewsDoc]:
        return self.submit(docs)()

    def submit(self, docs: Sequence[Document]) -> Callable[[], list[NewsDoc]]:
        """Send a batch to the workers now; the returned function waits for its documents.
        A driver that submits the next batch before it writes this one keeps the workers busy
        while it writes, as newsgraph.api.ingest does."""
        if not docs:
            return list
        size = -(-len(docs) // self.workers)
        chunks = [list(docs[i:i + size]) for i in range(0, len(docs), size)]
        if self._client is not None:
            futures = [self._client.submit(_annotate_chunk, self.config, chunk, pure=False) for chunk in chunks]
            return lambda: [d for chunk in self._client.gather(futures) for d in chunk]
        futures = [self._pool.submit(_annotate_chunk, self.config, chunk) for chunk in chunks]
        return lambda: [d for f in futures for d in f.result()]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)  # a batch sent ahead is not waited for after an error
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> "ParallelAnnotator":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
