"""The Python API. The CLI is a thin layer over these functions.

    from newsgraph.api import extract, extract_text, ingest
    for obj in extract(["articles/"]):
        print(obj["events"])
    obj = extract_text("Police arrested 40 protesters in Minsk on Sunday.", published="2022-02-01")
    report = ingest(["articles/"], db="news.duckdb")
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from newsgraph.batching import batched
from newsgraph.clusters.compat import ClusterOptions
from newsgraph.clusters.neardup import NearDupOptions
from newsgraph.config import DEFAULT_MAX_CHARS, Config, ConfigError
from newsgraph.model import Document, NewsDoc
from newsgraph.output import error_object, to_contract
from newsgraph.pipeline import Pipeline
from newsgraph.readers import ReadError, ReaderOptions, read_paths
from newsgraph.store import Store
from newsgraph.versions import run_versions

Item = Document | ReadError


def read_inputs(paths: Sequence[str | Path], options: ReaderOptions = ReaderOptions(), *,
                config: Config | None = None) -> Iterator[Item]:
    """Documents (and read errors) from paths in order; ``-`` reads standard input.

    The character limit is the Config's (``Config.max_chars``): the readers refuse
    what the pipeline would refuse, with a read error naming the input.
    """
    yield from read_paths(paths, reader_options(options, config or Config()))


def reader_options(options: ReaderOptions, config: Config) -> ReaderOptions:
    """``options`` with the Config's character limit; a different limit set in both is an error."""
    if options.max_chars not in (DEFAULT_MAX_CHARS, config.max_chars):
        raise ConfigError(f"ReaderOptions.max_chars ({options.max_chars:,}) and Config.max_chars "
                          f"({config.max_chars:,}) differ; set the limit once, in Config.max_chars")
    return replace(options, max_chars=config.max_chars)


def annotate(items: Iterable[Item], pipeline: Pipeline) -> Iterator[NewsDoc | ReadError]:
    """Run the pipeline over readers' output, keeping read errors in order."""
    for batch in batched(items, pipeline.config.batch_size):
        docs = iter(pipeline.pipe([d for d in batch if isinstance(d, Document)]))
        for it in batch:
            yield it if isinstance(it, ReadError) else next(docs)


def extract(
    paths: Sequence[str | Path],
    *,
    options: ReaderOptions = ReaderOptions(),
    config: Config | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[dict[str, Any]]:
    """One contract object per document (see DESIGN.md); nothing is stored."""
    pipeline = pipeline or Pipeline(config or Config())
    for out in annotate(read_inputs(paths, options, config=pipeline.config), pipeline):
        if isinstance(out, ReadError):
            yield error_object(out.doc_id, f"{out.source}: {out.reason}")
        else:
            yield to_contract(out)


def extract_text(
    text: str,
    *,
    published: "date | str | None" = None,
    title: str | None = None,
    url: str | None = None,
    config: Config | None = None,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """The contract object of one article given as a string (nothing read from disk, nothing
    stored): ``extract_text("Police arrested 40 protesters in Minsk on Sunday.", published="2022-02-01")``.
    ``published`` (a date or YYYY-MM-DD) resolves relative dates; pass one pipeline to many calls
    to load the model once."""
    from datetime import date

    if isinstance(published, str):
        try:
            published = date.fromisoformat(published)
        except ValueError:
            raise ConfigError(f"published {published!r} is not a date; use YYYY-MM-DD") from None
    pipeline = pipeline or Pipeline(config or Config())
    if len(text) > pipeline.config.max_chars:
        raise ConfigError(f"the text has {len(text):,} characters, more than Config.max_chars "
                          f"({pipeline.config.max_chars:,}); raise the limit or split the text")
    (doc,) = pipeline.pipe([Document.create(text, published=published, title=title, url=url, source="<text>")])
    return to_contract(doc)


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"read": self.read, "stored": self.stored, "skipped": self.skipped,
                "failed": self.failed, "errors": self.errors}


@dataclass
class _Sent:
    """A batch sent for annotation: its items, the documents sent (``result()`` waits for them)
    and those held back because the batch before, still being annotated, has their id."""

    items: list[Item]
    todo: list[Document]
    held: list[Document]
    result: Callable[[], list[NewsDoc]]

    @property
    def ids(self) -> frozenset[str]:
        """What this batch may still store: the next batch holds these back until it is written."""
        return frozenset(d.id for d in (*self.todo, *self.held))


def _send(batch: list[Item], store: Store, submit, report: IngestReport, *, in_flight: frozenset[str]) -> _Sent:
    """Send a batch's new documents (not stored, not earlier in the batch) for annotation."""
    docs = [it for it in batch if isinstance(it, Document)]
    known = store.known_documents(d.id for d in docs)
    seen: set[str] = set()
    todo, held = [], []
    for d in docs:
        if d.id in known or d.id in seen:
            report.skipped += 1
        else:
            seen.add(d.id)
            (held if d.id in in_flight else todo).append(d)
    return _Sent(batch, todo, held, submit(todo))


def _write(sent: _Sent, store: Store, annotate_batch, report: IngestReport,
           on_batch: Callable[[int], None] | None) -> None:
    """Write a sent batch as a serial run would have: a document held back is skipped if the
    batch before stored it, else annotated now (that batch's copy failed)."""
    annotated = dict(zip([d.id for d in sent.todo], sent.result()))
    if sent.held:
        stored = store.known_documents(d.id for d in sent.held)
        report.skipped += sum(d.id in stored for d in sent.held)
        retry = [d for d in sent.held if d.id not in stored]
        annotated.update(zip([d.id for d in retry], annotate_batch(retry) if retry else []))
    # in the batch's order, as a serial run annotates them (each document once)
    in_order = [annotated[i] for i in dict.fromkeys(d.id for d in sent.items if isinstance(d, Document))
                if i in annotated]
    read_errors = [it for it in sent.items if isinstance(it, ReadError)]
    errors = [(e.doc_id, e.source, e.reason) for e in read_errors]
    report.stored += store.write_batch(in_order, errors)
    for e in read_errors:
        report.failed += 1
        report.errors.append(f"{e.source}: {e.reason}")
    for d in in_order:
        if d.failed:
            report.failed += 1
            report.errors.extend(d.errors)
    if on_batch:
        on_batch(len(sent.items))


def ingest(
    paths: Sequence[str | Path] | None = None,
    *,
    db: str | Path | Store = "newsgraph.duckdb",
    items: Iterable[Item] | None = None,
    options: ReaderOptions = ReaderOptions(),
    config: Config | None = None,
    pipeline: Pipeline | None = None,
    on_batch: Callable[[int], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    clustering: ClusterOptions | None = ClusterOptions(),
    near_duplicates: NearDupOptions | None = NearDupOptions(),
) -> IngestReport:
    """Read, annotate and store documents, one transaction per batch.

    Documents already in the store are not processed again, so re-running an
    interrupted ingest resumes where it stopped. With ``workers`` > 1 (or a Dask
    ``scheduler`` address) annotation runs in parallel and this process writes.

    Reports are grouped into events across documents (``clustering``) and near-duplicate
    documents into stories (``near_duplicates``) as each batch is written; None turns either
    off. A ``db`` given as a Store keeps the options it was opened with.
    """
    config = pipeline.config if pipeline else (config or Config())
    store = db if isinstance(db, Store) else Store(db, clustering=clustering, near_duplicates=near_duplicates)
    parallel = None
    if workers > 1 or scheduler:
        from newsgraph.scale import ParallelAnnotator

        parallel = ParallelAnnotator(config, workers=workers, scheduler=scheduler)
        annotate_batch = parallel.annotate
        submit = parallel.submit
        batch_size = config.batch_size * parallel.workers
    else:
        pipeline = pipeline or Pipeline(config)
        annotate_batch = lambda docs: list(pipeline.pipe(docs))  # noqa: E731
        submit = lambda docs: (lambda done=annotate_batch(docs): done)  # noqa: E731 - annotated now
        batch_size = config.batch_size
    report = IngestReport()
    source = items if items is not None else read_inputs(paths or [], options, config=config)
    try:
        run_id = store.begin_run(run_versions(config))
        # With workers, batch k+1 goes to them before this process writes batch k, so they
        # annotate while it writes (the writes were 30% of a run: benchmarks/README.md); the
        # batches are written in order, each as a serial run writes it.
        pending: _Sent | None = None
        for batch in batched(source, batch_size):
            report.read += len(batch)
            sent = _send(batch, store, submit, report, in_flight=pending.ids if pending else frozenset())
            if pending is not None:
                _write(pending, store, annotate_batch, report, on_batch)
            pending = sent
            if parallel is None:
                _write(pending, store, annotate_batch, report, on_batch)
                pending = None
        if pending is not None:
            _write(pending, store, annotate_batch, report, on_batch)
        # a run stopped by an error or a kill keeps no end: `newsgraph stats` shows it unfinished
        store.finish_run(run_id, read=report.read, stored=report.stored, skipped=report.skipped,
                         failed=report.failed)
    finally:
        if parallel is not None:
            parallel.close()
        if not isinstance(db, Store):
            store.close()
    return report
