"""A Parquet lake: the store's tables as Parquet files in a directory, read through DuckDB.

    newsgraph ingest articles/ --lake news-lake/      # writes DIR/<table>/year=YYYY/month=MM/*.parquet
    newsgraph events --db news-lake/                  # any read command, as on a store file

Layout. Every row that belongs to a document (the document itself, its sentences, actors,
places, time expressions, reports of events, quotes, claims, MinHash signature) goes under
``DIR/<table>/year=YYYY/month=MM/`` by the document's publication date (``year=0/month=0``
when it has none). Each batch adds one file per table and month, named by the batch; nothing
written is ever rewritten, so a lake can be copied, synced or read while it grows. Ingest
errors go to ``DIR/ingest_errors/``, runs to ``DIR/ingest_runs/``.

Commit. A batch's ``documents`` files are written last, each renamed into place whole; a row
of another table counts only when a documents file of its batch holds its document. A killed
ingest so leaves at most files no reader counts, and the next run, which skips the documents
stored, redoes the rest.

What documents say together (events grouped across reports, near-duplicate stories) is not
stored: it changes as documents arrive, and storing it would mean rewriting earlier files.
Opening a lake for reading loads its files into an in-memory DuckDB and derives it there,
with the same functions the store runs batch by batch (:mod:`newsgraph.store.clustering`),
whose result does not depend on the order documents arrived in: ``events`` on a lake equals
``events`` on a store of the same documents. The loaded database is a DuckDB file in
``DIR/_read/``, named by the lake's files, which every later reader opens as it is until the
lake's files change (a read-only lake is loaded into memory instead).

``Store(DIR)`` opens a lake directory (``Store(DIR, create_lake=True)`` makes one), so the
read commands and ingest need nothing else. One process writes a lake at a time
(``DIR/_lake.lock``); a cluster's workers annotate and the driver writes, as with a store
(:mod:`newsgraph.scale`).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import threading
import time
import uuid
from pathlib import Path
from typing import Any, Iterable, Sequence

import duckdb

from newsgraph.clusters.compat import ClusterOptions
from newsgraph.clusters.neardup import NearDupOptions
from newsgraph.model import NewsDoc
from newsgraph.store.errors import StoreBusy, StoreError
from newsgraph.store.errors import cause as _cause
from newsgraph.store.clustering import insert_rows
from newsgraph.store.rows import document_rows, unstored
from newsgraph.store.schema import SCHEMA_VERSION, TABLES

MARK = "_lake.json"
FORMAT = "newsgraph-lake"

#: tables whose rows belong to one document, partitioned by its publication month
DOCUMENT_TABLES = ("documents", "sentences", "actors", "actor_mentions", "places", "place_mentions", "timexes",
                   "event_mentions", "quotes", "claims", "doc_minhash")
#: derived when the lake is read, never written: events across reports, stories' band index
DERIVED_TABLES = ("events", "doc_bands")



def is_lake(path: str | Path) -> bool:
    """Whether ``path`` is a lake directory (it holds the mark a lake is created with)."""
    p = Path(path)
    return p.is_dir() and (p / MARK).is_file()


def create_lake(path: str | Path) -> Path:
    """Make ``path`` a lake (an empty or missing directory, or a lake already)."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise StoreError(f"{p} is a file, not a lake directory; give --lake a directory (a store file takes --db)")
    if is_lake(p):
        return p
    if p.exists() and any(p.iterdir()):
        raise StoreError(f"{p} is a directory with other files in it; give --lake a new or empty directory")
    p.mkdir(parents=True, exist_ok=True)
    (p / MARK).write_text(json.dumps({"format": FORMAT, "schema_version": SCHEMA_VERSION}) + "\n")
    return p


def _sql_list(paths: Sequence[Path]) -> str:
    return "[" + ", ".join("'" + p.as_posix().replace("'", "''") + "'" for p in paths) + "]"


def _files(root: Path, table: str) -> list[Path]:
    return sorted((root / table).glob("**/*.parquet"))


# --- reading: the lake loaded into DuckDB, per process ----------------------------------------

_loaded: dict[str, tuple[tuple, duckdb.DuckDBPyConnection]] = {}  # lake path -> (fingerprint, database)
_loaded_guard = threading.Lock()


def _fingerprint(root: Path) -> tuple:
    return tuple((str(p), p.stat().st_mtime_ns) for p in sorted(root.glob("*/**/*.parquet")))


def _load(root: Path, clustering: ClusterOptions | None, near_duplicates: NearDupOptions | None,
          target: str = ":memory:") -> duckdb.DuckDBPyConnection:
    from newsgraph.clusters.neardup import from_blob
    from newsgraph.store.clustering import assign_stories, resolve

    conn = duckdb.connect(target)
    for ddl in TABLES.values():
        conn.execute(ddl)
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION])

    def read(files: list[Path], filename: bool = False) -> str:
        return (f"read_parquet({_sql_list(files)}, union_by_name = true, hive_partitioning = false"
                f"{', filename = true' if filename else ''})")

    def insert(table: str, files: list[Path]) -> None:
        # BY NAME: a file older than a column lacks it, and the column keeps its default
        if files:
            conn.execute(f"INSERT OR IGNORE INTO {table} BY NAME SELECT * FROM {read(files)}")

    doc_files = _files(root, "documents")
    # A file of a batch counts when the batch's documents file of the same month exists: it was
    # written after all the batch's other files, and holds every document they speak of.
    committed = {(p.parent, p.name) for p in doc_files}

    def counted(table: str) -> list[Path]:
        return [p for p in _files(root, table)
                if (root / "documents" / p.parent.relative_to(root / table), p.name) in committed]

    insert("documents", doc_files)
    for table in DOCUMENT_TABLES:
        if table not in ("documents", "doc_minhash"):
            insert(table, counted(table))
    insert("ingest_errors", _files(root, "ingest_errors"))
    runs = _files(root, "ingest_runs")
    if runs:
        # a run's start file, then its end file: the last word on each run wins
        conn.execute(f"""INSERT INTO ingest_runs BY NAME SELECT * EXCLUDE (k, filename) FROM (
            SELECT *, row_number() OVER (PARTITION BY run_id ORDER BY finished_at IS NOT NULL DESC, filename DESC) AS k
            FROM {read(runs, filename=True)}) WHERE k = 1""")
    conn.execute("BEGIN TRANSACTION")
    sig_files = counted("doc_minhash")
    if near_duplicates is not None and sig_files:
        signed = conn.execute(
            f"""SELECT DISTINCT ON (s.doc_id) s.doc_id, d.published, s.signature FROM {read(sig_files)} s
                JOIN documents d USING (doc_id) ORDER BY s.doc_id""").fetchall()
        assign_stories(conn, [(d, p, from_blob(s)) for d, p, s in signed], near_duplicates)
    keys = [r[0] for r in conn.execute("SELECT doc_id || '#' || event_id FROM event_mentions ORDER BY 1").fetchall()]
    if keys and clustering is not None:
        resolve(conn, keys, options=clustering)
    elif keys:
        # no grouping: each exact key is one event, as a store opened with clustering=None keeps
        from newsgraph.store.clustering import event_row

        rows = conn.execute(
            "SELECT m.*, m.doc_id || '#' || m.event_id AS report_key, d.published, d.url, "
            "coalesce(d.story_id, d.doc_id) AS story FROM event_mentions m JOIN documents d USING (doc_id)")
        cols = [c[0] for c in rows.description]
        by_key: dict[str, list[dict[str, Any]]] = {}
        for r in rows.fetchall():
            row = dict(zip(cols, r))
            by_key.setdefault(row["exact_key"] or row["event_key"], []).append(row)
        insert_rows(conn, "events", [event_row(k, rs) for k, rs in by_key.items()])
    conn.execute("COMMIT")
    return conn


def _snapshot(root: Path, fp: tuple, clustering, near_duplicates) -> duckdb.DuckDBPyConnection:
    """The lake as loaded and derived, from ``DIR/_read/<digest>.duckdb`` when a process made it
    for the same files and options, else made now (on disk, so DuckDB may spill rather than hold
    it all in memory) and left there for the next reader; in memory where the lake is read-only."""
    digest = hashlib.sha1(repr((fp, clustering, near_duplicates)).encode()).hexdigest()[:20]
    path = root / "_read" / f"{digest}.duckdb"
    if not path.exists():
        tmp = path.with_name(f".{uuid.uuid4().hex}.tmp")
        try:
            path.parent.mkdir(exist_ok=True)
            conn = _load(root, clustering, near_duplicates, target=str(tmp))
            conn.execute("CHECKPOINT")
            conn.close()
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)
            return _load(root, clustering, near_duplicates)
        for old in path.parent.glob("*.duckdb"):  # the lake has grown past them
            if old != path:
                old.unlink(missing_ok=True)
    return duckdb.connect(str(path), read_only=True)


def _open_loaded(root: Path, clustering, near_duplicates) -> duckdb.DuckDBPyConnection:
    key = f"{root.resolve()}|{clustering!r}|{near_duplicates!r}"
    fp = _fingerprint(root)
    with _loaded_guard:
        hit = _loaded.get(key)
        if hit is None or hit[0] != fp:
            # the old database is left to the cursors still reading it (a server's requests)
            _loaded[key] = hit = (fp, _snapshot(root, fp, clustering, near_duplicates))
        return hit[1].cursor()


# --- the lake's files, behind a Store ------------------------------------------------------------------


class LakeFiles:
    """A lake directory's files. :class:`newsgraph.store.Store` opens a lake directory with one:
    its reads go to :meth:`open` (the lake loaded into DuckDB, see the module's doc), its writes
    (:meth:`write_batch`, :meth:`begin_run`, :meth:`finish_run`) add files."""

    def __init__(self, path: str | Path, *, read_only: bool = False, lock_wait: float = 30.0,
                 clustering: ClusterOptions | None = ClusterOptions(),
                 near_duplicates: NearDupOptions | None = NearDupOptions(), create: bool = False):
        root = create_lake(path) if create else Path(path)
        if not is_lake(root):
            raise StoreError(f"no lake at {root}; create it with `newsgraph ingest PATH --lake {root}`")
        mark = json.loads((root / MARK).read_text())
        if mark.get("schema_version", 0) > SCHEMA_VERSION:
            raise StoreError(f"{root} is a lake of schema version {mark['schema_version']}, newer than this "
                             f"newsgraph ({SCHEMA_VERSION}); upgrade newsgraph")
        self.root = root
        self.clustering = clustering
        self.near_duplicates = near_duplicates
        self.read_only = read_only
        self._lock_fd: int | None = None
        self._known: set[str] | None = None
        self._seq = 0
        self._stage: duckdb.DuckDBPyConnection | None = None
        self._run_row: dict[str, Any] = {}
        if not read_only:
            self._lock(lock_wait)

    def open(self) -> duckdb.DuckDBPyConnection:
        """A connection to the lake as loaded now (tables, events and stories derived)."""
        return _open_loaded(self.root, self.clustering, self.near_duplicates)

    def _lock(self, wait: float) -> None:
        fd = os.open(self.root / "_lake.lock", os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._lock_fd = fd
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise StoreBusy(f"cannot write to {self.root}: another ingest has written it for {wait:.0f} s; "
                                    "one process writes a lake at a time: wait for it to finish") from None
                time.sleep(0.05)

    def close(self) -> None:
        if self._stage is not None:
            self._stage.close()
            self._stage = None
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    # --- writes ---

    def _staging(self) -> duckdb.DuckDBPyConnection:
        """An in-memory database with the tables' columns and types, to write Parquet from."""
        if self._stage is None:
            self._stage = duckdb.connect(":memory:")
            for ddl in TABLES.values():
                self._stage.execute(ddl)
        return self._stage

    def known_documents(self, doc_ids: Iterable[str]) -> set[str]:
        if self._known is None:
            files = _files(self.root, "documents")
            self._known = set()
            if files:
                self._known = {r[0] for r in duckdb.execute(
                    f"SELECT doc_id FROM read_parquet({_sql_list(files)}, hive_partitioning = false)").fetchall()}
        return {d for d in doc_ids if d in self._known}

    def _write_table(self, stage, table: str, rows: list[dict[str, Any]], month_of: dict[str, tuple[int, int]],
                     batch: str) -> None:
        if not rows:
            return
        insert_rows(stage, table, rows)
        try:
            months = sorted({month_of[r["doc_id"]] for r in rows}) if table != "ingest_errors" else [None]
            for month in months:
                if month is None:
                    folder = self.root / table
                    where, params = "", None
                else:
                    folder = self.root / table / f"year={month[0]}" / f"month={month[1]:02d}"
                    # the ids as a parameter: an id is any string a caller gave (Document.create(id=...))
                    where, params = " WHERE list_contains(?, doc_id)", [[d for d, m in month_of.items() if m == month]]
                folder.mkdir(parents=True, exist_ok=True)
                tmp = folder / f".{batch}.tmp"
                target = tmp.as_posix().replace("'", "''")
                stage.execute(f"COPY (SELECT * FROM {table}{where}) TO '{target}' (FORMAT PARQUET)", params)
                os.replace(tmp, folder / f"{batch}.parquet")  # whole or not at all
        finally:
            stage.execute(f"DELETE FROM {table}")

    def write_batch(self, docs: Sequence[NewsDoc], errors: Sequence[tuple[str, str | None, str]] = (), *,
                    run_id: int | None = None, timings: dict[str, float] | None = None) -> int:
        """Add a batch's documents (those not stored yet) and errors as new files; documents and
        reports carry ``run_id``."""
        if self.read_only:
            raise StoreError(f"{self.root} was opened for reading; open it without read_only to write")
        todo = unstored(docs, self.known_documents)
        per_table: dict[str, list[dict[str, Any]]] = {}
        options = self.clustering or ClusterOptions()
        for d in todo:
            for table, rows in document_rows(d, options).items():
                if table in DERIVED_TABLES:
                    continue
                if run_id is not None and table in ("documents", "event_mentions"):
                    rows = [{**r, "run_id": run_id} for r in rows]
                if table == "documents":  # its own story until the reader finds near duplicates
                    rows = [{**r, "story_id": r["doc_id"]} for r in rows]
                per_table.setdefault(table, []).extend(rows)
        t0 = time.perf_counter()
        if self.near_duplicates is not None and todo:
            from newsgraph.clusters.neardup import signature, to_blob

            per_table["doc_minhash"] = [
                {"doc_id": d.id, "signature": to_blob(s)} for d in todo
                if (s := signature(d.text, self.near_duplicates)) is not None]
        if timings is not None:
            timings["stories"] = timings.get("stories", 0.0) + time.perf_counter() - t0
        failed = [(d.id, d.document.source, e) for d in docs if d.failed for e in d.errors]
        all_errors = list(dict.fromkeys(list(errors) + failed))
        month_of = {d.id: ((d.published.year, d.published.month) if d.published else (0, 0)) for d in todo}
        self._seq += 1
        batch = f"r{run_id or 0}-{self._seq:06d}-{uuid.uuid4().hex[:12]}"
        stage = self._staging()
        try:
            for table in DOCUMENT_TABLES:
                if table != "documents":
                    self._write_table(stage, table, per_table.get(table, []), month_of, batch)
            self._write_table(stage, "ingest_errors", [
                {"doc_id": i, "source": s, "reason": r} for i, s, r in all_errors], month_of, batch)
            self._write_table(stage, "documents", per_table.get("documents", []), month_of, batch)  # the commit
        except (duckdb.Error, OSError) as exc:
            raise StoreError(
                f"cannot write to {self.root}: {_cause(exc) if isinstance(exc, duckdb.Error) else exc}; the lake "
                "keeps every batch written before this one: fix the cause (free space on a full disk) and run the "
                "same command again to resume") from None
        if self._known is not None:
            self._known.update(d.id for d in todo)
        return len(todo)

    # --- ingest runs ---

    def _runs_on_disk(self) -> list[int]:
        files = _files(self.root, "ingest_runs")
        if not files:
            return [0]
        return [r[0] for r in duckdb.execute(
            f"SELECT run_id FROM read_parquet({_sql_list(files)}, union_by_name = true)").fetchall()] or [0]

    def _write_run(self, row: dict[str, Any], name: str) -> None:
        stage = self._staging()
        insert_rows(stage, "ingest_runs", [row])
        try:
            folder = self.root / "ingest_runs"
            folder.mkdir(exist_ok=True)
            tmp = folder / f".{name}.tmp"
            stage.execute(f"COPY ingest_runs TO '{tmp.as_posix()}' (FORMAT PARQUET)")
            os.replace(tmp, folder / f"{name}.parquet")
        finally:
            stage.execute("DELETE FROM ingest_runs")

    def begin_run(self, versions: dict[str, Any]) -> int:
        run_id = max(self._runs_on_disk()) + 1
        self._run_row = {"run_id": run_id, "started_at": _now(), **versions}
        self._write_run(self._run_row, f"run-{run_id:06d}-0-{uuid.uuid4().hex[:12]}")
        self._seq = 0
        return run_id

    def finish_run(self, run_id: int, *, read: int, stored: int, skipped: int, failed: int) -> None:
        row = {**(self._run_row or {"run_id": run_id}), "finished_at": _now(), "docs_read": read,
               "docs_stored": stored, "docs_skipped": skipped, "docs_failed": failed}
        self._write_run(row, f"run-{run_id:06d}-1-{uuid.uuid4().hex[:12]}")


def _now():
    from datetime import datetime

    return datetime.now()
