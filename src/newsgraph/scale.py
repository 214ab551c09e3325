"""Scale-out with Dask (``pip install 'newsgraph[scale]'``).

Annotation is the expensive part and is embarrassingly parallel: each batch of
documents is split into one chunk per worker, the chunks run in worker
processes (each loads the model once and keeps its pipeline), and the driver
writes the results to the store in one transaction per batch, so the
single-writer DuckDB file, idempotency and resume work exactly as in a serial
ingest.

A Dask cluster is used the same way: pass ``scheduler="tcp://host:8786"``
(needs ``dask.distributed`` installed on the driver and the workers).
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Sequence

from newsgraph.config import Config
from newsgraph.model import Document, NewsDoc

_PIPELINES: dict[Config, object] = {}


def _annotate_chunk(config: Config, docs: Sequence[Document]) -> list[NewsDoc]:
    """Runs in a worker: annotate one chunk with the worker's cached pipeline."""
    from newsgraph.pipeline import Pipeline

    pipeline = _PIPELINES.get(config)
    if pipeline is None:
        pipeline = _PIPELINES[config] = Pipeline(config)
    return list(pipeline.pipe(docs))  # type: ignore[attr-defined]


class ParallelAnnotator:
    """Annotate batches of documents on ``workers`` processes or a Dask cluster."""

    def __init__(self, config: Config, workers: int = 2, scheduler: str | None = None):
        try:
            import dask
        except ImportError as exc:  # pragma: no cover - depends on extras
            raise RuntimeError("parallel ingest needs the scale extra: pip install 'newsgraph[scale]'") from exc
        self._dask = dask
        self.config = config
        self.workers = max(1, workers)
        self._client = None
        self._pool = None
        if scheduler:
            from dask.distributed import Client  # optional: only for a real cluster

            self._client = Client(scheduler)
        else:
            self._pool = ProcessPoolExecutor(self.workers)

    def annotate(self, docs: Sequence[Document]) -> list[NewsDoc]:
        if not docs:
            return []
        size = -(-len(docs) // self.workers)
        chunks = [list(docs[i:i + size]) for i in range(0, len(docs), size)]
        delayed = self._dask.delayed(_annotate_chunk, pure=False)
        tasks = [delayed(self.config, chunk) for chunk in chunks]
        if self._client is not None:
            results = self._dask.compute(*tasks, scheduler=self._client)
        else:
            results = self._dask.compute(*tasks, scheduler="processes", pool=self._pool)
        return [d for chunk in results for d in chunk]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> "ParallelAnnotator":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
