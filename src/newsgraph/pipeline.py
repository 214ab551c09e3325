"""The pipeline: stages built from one config, checked for order, run in batches."""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Iterable, Iterator

from newsgraph.config import Config, ConfigError
from newsgraph.model import Document, NewsDoc
from newsgraph.registry import UnknownName
from newsgraph.registry import stages as stage_registry
from newsgraph.stages.base import Stage, build_options, option_fields


#: characters a batch holds at most (a longer document goes alone). spaCy's working memory for a
#: batch grows with the characters in it, about 4 KB a character while it parses (one article of
#: 104,000 characters takes ~400 MB), so batches of 32 Wikinews pages took one ingest to 1.73 GB;
#: bounded, the peak is the longest single document's (957 MB on the same pages, see
#: benchmarks/memory.py). Reuters-sized batches (about 25,000 characters) are unaffected.
BATCH_CHARS = 60_000


def bounded(items: Iterable[NewsDoc], size: int, max_chars: int = BATCH_CHARS) -> Iterator[list[NewsDoc]]:
    """Lists of at most ``size`` documents and ``max_chars`` characters, in order."""
    batch: list[NewsDoc] = []
    chars = 0
    for item in items:
        n = len(item.text)
        if batch and (len(batch) >= size or chars + n > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += n
    if batch:
        yield batch


class PipelineError(ValueError):
    """The pipeline is misconfigured (unknown stage, wrong order, options a stage does not take)."""


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


def _factory(name: str, where: str = ""):
    try:
        return stage_registry.get(name)
    except UnknownName as exc:
        raise PipelineError(f"{where} {exc}" if where else str(exc)) from None


class Pipeline:
    """The configured stages, then the within-document event pass (``within_events``: mentions of
    one event folded into one event, :mod:`newsgraph.clusters.within`) when events were coded."""

    def __init__(self, config: Config | None = None, *, within_events: bool = True):
        self.config = config or Config()
        self.within_events = within_events
        self.stages: list[Stage] = []
        factories = {name: _factory(name) for name in self.config.stages}
        factories |= {name: _factory(name, "stage_options names") for name in self.config.stage_options}
        try:
            # every stage's options are checked, also those of a stage this run leaves out
            options = {name: build_options(f, self.config) for name, f in factories.items()}
        except ConfigError as exc:
            raise PipelineError(str(exc)) from None
        for name in self.config.stages:
            stage = factories[name](self.config, options[name])
            if stage.name != name:
                raise PipelineError(f"stage {name!r} is registered under that name but calls itself "
                                    f"{stage.name!r}; give its class name = {name!r}")
            self.stages.append(stage)
        check_order(self.stages)
        #: seconds spent per stage since the pipeline was built
        self.timings: dict[str, float] = defaultdict(float)
        #: seconds spent in the within-document event pass (not a stage)
        self.within_seconds = 0.0

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, document: Document) -> NewsDoc:
        return next(iter(self.pipe([document])))

    def pipe(self, documents: Iterable[Document], batch_size: int | None = None) -> Iterator[NewsDoc]:
        """Annotate documents; a failed document comes out with ``errors`` set."""
        size = batch_size or self.config.batch_size
        for batch in bounded((NewsDoc(d) for d in documents), size):
            yield from self._run(batch, size)

    def _run(self, batch: list[NewsDoc], size: int) -> list[NewsDoc]:
        docs = batch
        for st in self.stages:
            t0 = time.perf_counter()
            docs = list(st.pipe(docs, batch_size=size))
            self.timings[st.name] += time.perf_counter() - t0
        if self.within_events and "events" in self.stage_names:
            from newsgraph.clusters.within import merge_within

            t0 = time.perf_counter()
            docs = [merge_within(d) for d in docs]
            self.within_seconds += time.perf_counter() - t0
        for d in docs:
            d.spacy_doc = None  # free the parse once the batch is done
        release_memory()
        return docs


def _libc_trim():
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to trim
        return None


_TRIM = _libc_trim()


def release_memory() -> None:
    """Hand the memory a batch's parses freed back to the system (glibc keeps freed blocks for
    reuse), so the resident size between batches is what the process holds, not its last peak."""
    if _TRIM is not None:
        _TRIM(0)


def describe_stages(config: Config | None = None) -> list[dict]:
    """Each stage of the configured pipeline, in order, with what it requires, sets and takes as
    options (their values under ``config``), then the registered stages it leaves out. Nothing is
    loaded: this reads the stage classes only."""
    config = config or Config()
    for name in config.stage_options:
        _factory(name, "stage_options names")
    check_order([_factory(name) for name in config.stages])  # the classes declare requires and sets
    names = list(dict.fromkeys(config.stages))
    names += [n for n in stage_registry.names() if n not in names]
    out = []
    for name in names:
        factory = _factory(name)
        options = option_fields(factory)
        try:
            built = build_options(factory, config)
        except ConfigError as exc:
            raise PipelineError(str(exc)) from None
        if built is not None:
            options = {k: getattr(built, k) for k in options}
        out.append({
            "name": name,
            "in_pipeline": name in config.stages,
            "requires": list(getattr(factory, "requires", ())),
            "sets": list(getattr(factory, "sets", ())),
            "options": options,
            "from": stage_registry.origin(name),
        })
    return out
