"""The pipeline: stages built from one config, checked for order, run in batches."""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Iterable, Iterator

from newsgraph.config import Config
from newsgraph.model import Document, NewsDoc
from newsgraph.registry import stages as stage_registry
from newsgraph.stages.base import Stage


class PipelineError(ValueError):
    """The pipeline is misconfigured (unknown stage, wrong order)."""


def check_order(stage_objs: list[Stage]) -> None:
    """Every stage's requirements must be set by a stage before it."""
    available: set[str] = set()
    for st in stage_objs:
        missing = [r for r in st.requires if r not in available]
        if missing:
            setters = {
                r: [s.name for s in stage_objs if r in s.sets] or ["no configured stage"] for r in missing
            }
            hint = "; ".join(f"{r} is set by {', '.join(v)}" for r, v in setters.items())
            raise PipelineError(f"stage {st.name!r} requires {', '.join(missing)} before it runs ({hint})")
        available.update(st.sets)


class Pipeline:
    def __init__(self, config: Config | None = None):
        self.config = config or Config()
        self.stages: list[Stage] = []
        for name in self.config.stages:
            try:
                factory = stage_registry.get(name)
            except KeyError as exc:
                raise PipelineError(exc.args[0]) from None
            self.stages.append(factory(self.config))
        check_order(self.stages)
        #: seconds spent per stage since the pipeline was built
        self.timings: dict[str, float] = defaultdict(float)

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, document: Document) -> NewsDoc:
        return next(iter(self.pipe([document])))

    def pipe(self, documents: Iterable[Document], batch_size: int | None = None) -> Iterator[NewsDoc]:
        """Annotate documents; a failed document comes out with ``errors`` set."""
        size = batch_size or self.config.batch_size
        batch: list[NewsDoc] = []
        for document in documents:
            batch.append(NewsDoc(document))
            if len(batch) >= size:
                yield from self._run(batch, size)
                batch = []
        if batch:
            yield from self._run(batch, size)

    def _run(self, batch: list[NewsDoc], size: int) -> list[NewsDoc]:
        docs = batch
        for st in self.stages:
            t0 = time.perf_counter()
            docs = list(st.pipe(docs, batch_size=size))
            self.timings[st.name] += time.perf_counter() - t0
        for d in docs:
            d.spacy_doc = None  # free the parse once the batch is done
        return docs
