"""The DuckDB store.

Two primitives, :meth:`Store.execute` and :meth:`Store.execute_fn`, and named
queries as short methods on top. Writes go in one transaction per batch:
a killed ingest loses at most the batch in flight, which the next run redoes,
and a document already stored is skipped, so nothing is lost or doubled.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import duckdb

from newsgraph.clusters.compat import ClusterOptions
from newsgraph.clusters.neardup import NearDupOptions
from newsgraph.model import NewsDoc
from newsgraph.store.clustering import insert_rows
from newsgraph.store.errors import StoreBusy, StoreError
from newsgraph.store.errors import cause as _cause
from newsgraph.store.lake import LakeFiles, is_lake
from newsgraph.store.rows import document_rows, unstored
from newsgraph.store.schema import COUNTED, MIGRATIONS, RUN_VERSION_COLUMNS, SCHEMA_VERSION, TABLES

DEFAULT_DB = "newsgraph.duckdb"

# How long to wait for another process's hold on the store before giving up:
# a writer holds it for one batch's write (well under a second), a reader for
# one command or request.
LOCK_WAIT = 30.0


#: at most this many stored document ids are kept in a writer's memory (about 75 MB), so that
#: checking a batch before annotation needs no open of the file; a bigger store asks the file
KNOWN_IN_MEMORY = 1_000_000

#: tables whose rows say which ingest run wrote them
_RUN_TABLES = frozenset({"documents", "events", "event_mentions"})


def _locked(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


# --- the turnstile ------------------------------------------------------------
#
# DuckDB lets one process write a file or several read it, never both, and
# refuses at once rather than wait. So that reads go on while an ingest runs,
# the writer opens the store only to write a batch, and a lock file beside the
# store (DB.lock) works as a turnstile: a writer holds it exclusively while its
# connection is open; a reader passes it (shared, then released) before it
# opens. A waiting writer so stops new readers, the ones inside finish, and it
# gets in; readers queued behind it follow as soon as its batch is written.

_held: dict[str, list] = {}  # lock path -> [fd, count]: this process's exclusive holds
_held_guard = threading.Lock()


def _lock_path(path: str) -> str:
    return os.path.abspath(path) + ".lock"


def _wait(deadline: float, attempt: int) -> None:
    if time.monotonic() >= deadline:
        raise TimeoutError
    time.sleep(min(0.002 * 2 ** min(attempt, 4), 0.02))


def _enter_writer(path: str, deadline: float) -> None:
    lock = _lock_path(path)
    with _held_guard:
        if lock in _held:
            _held[lock][1] += 1
            return
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    attempt = 0
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            try:
                _wait(deadline, attempt)
            except TimeoutError:
                os.close(fd)
                raise
            attempt += 1
    with _held_guard:
        _held[lock] = [fd, 1]


def _leave_writer(path: str) -> None:
    lock = _lock_path(path)
    with _held_guard:
        entry = _held.get(lock)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] > 0:
            return
        del _held[lock]
    fcntl.flock(entry[0], fcntl.LOCK_UN)
    os.close(entry[0])


def _pass_turnstile(path: str, deadline: float) -> None:
    lock = _lock_path(path)
    with _held_guard:
        if lock in _held:
            return  # this process is the writer
    try:
        fd = os.open(lock, os.O_RDONLY)
    except OSError:
        return  # no writer has used this store yet
    try:
        attempt = 0
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                fcntl.flock(fd, fcntl.LOCK_UN)
                return
            except BlockingIOError:
                _wait(deadline, attempt)
                attempt += 1
    finally:
        os.close(fd)


def json_value(value: Any) -> Any:
    """A stored value fit for JSON: a date or timestamp as its ISO string, anything else as it is."""
    return value.isoformat() if isinstance(value, date) else value


@dataclass
class Results:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r)) for r in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


class Store:
    """A DuckDB store. ``read_only`` opens it for reading (many processes may). A lake directory
    (:mod:`newsgraph.store.lake`; ``create_lake=True`` makes one) opens the same way: reads go to
    the lake loaded into DuckDB, writes add Parquet files.

    A writable store on a file holds DuckDB's lock only while it writes:
    :meth:`write_batch` and :meth:`known_documents` open the connection and
    close it again (``share=False`` keeps it open, as a plain DuckDB connection
    would), so other processes read between batches. Opening waits up to
    ``lock_wait`` seconds for another process's hold on the file.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, lock_wait: float = LOCK_WAIT,
                 share: bool = True, clustering: ClusterOptions | None = ClusterOptions(),
                 near_duplicates: NearDupOptions | None = NearDupOptions(), create_lake: bool = False):
        self.path = str(path)
        #: how reports are grouped into events across documents (None: only reports with equal
        #: exact keys are one event, as before schema 3)
        self.clustering = clustering
        #: how near-duplicate documents are found (None: each document is its own story)
        self.near_duplicates = near_duplicates
        #: seconds spent grouping reports and finding near duplicates, for benchmarks
        self.timings: dict[str, float] = {"events": 0.0, "stories": 0.0}
        self.read_only = read_only
        self.lock_wait = lock_wait
        self.memory = self.path == ":memory:"
        self.share = share and not read_only and not self.memory
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._writer_lock = False
        self._depth = 0
        self._wrote = False
        self._known: set[str] | None = None  # see known_documents
        self._known_checked = False
        #: the ingest run writing now (begin_run .. finish_run), None outside one
        self.run_id: int | None = None
        #: the lake's files when ``path`` is a lake directory, else None
        self.lake: LakeFiles | None = None
        if create_lake or (not self.memory and is_lake(self.path)):
            self.lake = LakeFiles(self.path, read_only=read_only, lock_wait=lock_wait, clustering=clustering,
                                  near_duplicates=near_duplicates, create=create_lake)
            self.share = False
            return
        if read_only and not self.memory and not Path(self.path).exists():
            raise StoreError(f"no database at {self.path}; create it with `newsgraph ingest PATH --db {self.path}`")
        self._conn = self._connect()
        if not read_only:
            self._migrate()
            self._release()

    # --- connection -------------------------------------------------------------

    def _connect(self) -> duckdb.DuckDBPyConnection:
        if self.memory:
            return duckdb.connect(self.path)
        deadline = time.monotonic() + self.lock_wait
        attempt = 0
        try:
            if not self.read_only:
                _enter_writer(self.path, deadline)
                self._writer_lock = True
            while True:
                if self.read_only:
                    _pass_turnstile(self.path, deadline)
                try:
                    return duckdb.connect(self.path, read_only=self.read_only)
                except duckdb.Error as exc:
                    if not _locked(exc):
                        raise StoreError(f"cannot open {self.path}: {_cause(exc)}") from None
                    holder = _cause(exc)
                    _wait(deadline, attempt)
                    attempt += 1
        except TimeoutError:
            self._unlock()
            what = "read" if self.read_only else "write to"
            raise StoreBusy(
                f"cannot {what} {self.path}: another process held it for {self.lock_wait:.0f} s"
                f"{' (' + holder + ')' if attempt else ''}; wait for it to finish, or close the program "
                "that keeps the store open"
            ) from None
        except BaseException:
            self._unlock()
            raise

    def _unlock(self) -> None:
        if self._writer_lock:
            self._writer_lock = False
            _leave_writer(self.path)

    @property
    def conn(self) -> duckdb.DuckDBPyConnection:
        if self._conn is None:
            self._conn = self.lake.open() if self.lake is not None else self._connect()
        return self._conn

    def _release(self, *, checkpoint: bool = True) -> None:
        """Close the connection between batches (shared stores only), so readers get in."""
        if self.share and self._depth == 0:
            self._close(checkpoint=checkpoint)

    def _close(self, *, checkpoint: bool = True) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            if checkpoint and not self.read_only and not self.memory:
                try:
                    conn.execute("CHECKPOINT")
                except duckdb.Error as exc:
                    raise StoreError(
                        f"cannot checkpoint {self.path}: {_cause(exc)}; the batches written so far are safe in "
                        f"{self.path}.wal and are applied the next time the store is opened: free space (or fix "
                        "the cause) and run the command again"
                    ) from None
        finally:
            try:
                conn.close()
            except duckdb.Error:
                pass
            self._unlock()

    # --- primitives ---

    def execute(self, sql: str, params: Sequence[Any] | dict | None = None) -> Results:
        cur = self.conn.execute(sql, params or [])
        cols = [d[0] for d in cur.description] if cur.description else []
        return Results(cols, cur.fetchall() if cols else [])

    def execute_fn(self, fn: Callable[[duckdb.DuckDBPyConnection], Any]) -> Any:
        return fn(self.conn)

    def close(self) -> None:
        """Close the store; a failed final checkpoint (a full disk) is a StoreError, not silence."""
        if self.lake is not None:
            conn, self._conn = self._conn, None
            if conn is not None:
                conn.close()
            self.lake.close()
            return
        self._close(checkpoint=True)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- schema ---

    def _migrate(self) -> None:
        conn = self.conn
        existing = {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        current = None
        if "schema_version" in existing:
            current = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        if current is not None and current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {current}, newer than this newsgraph ({SCHEMA_VERSION}); upgrade newsgraph"
            )
        # One transaction per step: DuckDB refuses to alter a table that the same transaction has
        # updated (migration 3 updates documents, 4 alters it), so each version commits alone and
        # a failure leaves the store at the last version it reached.
        steps: list[tuple[int | None, tuple[str, ...]]] = [(None, tuple(TABLES.values()))]
        if current is None:
            steps[0] = (SCHEMA_VERSION, steps[0][1])
        else:
            steps += [(v, MIGRATIONS.get(v, ())) for v in range(current + 1, SCHEMA_VERSION + 1)]
        reached = current
        for version, statements in steps:
            conn.execute("BEGIN TRANSACTION")
            try:
                for statement in statements:
                    conn.execute(statement)
                if version is not None:
                    conn.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
                conn.execute("COMMIT")
            except BaseException as exc:
                try:
                    conn.execute("ROLLBACK")
                except duckdb.Error:
                    pass
                if isinstance(exc, duckdb.Error):
                    where = "is unchanged" if reached == current else f"stays at schema version {reached}"
                    raise StoreError(f"cannot bring {self.path} from schema version {reached} to {SCHEMA_VERSION}: "
                                     f"{_cause(exc)}; the store {where} (free space, or restore a backup)") from None
                raise
            if version is not None:
                reached = version

    @property
    def schema_version(self) -> int:
        return self.execute("SELECT max(version) FROM schema_version").rows[0][0]

    # --- writes ---

    def known_documents(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these documents are stored. Outside a write, a shared writer answers from the
        ids it read once and has written since (opening the file costs more than the check):
        a document another process stored meanwhile is then annotated again, and skipped by
        :meth:`write_batch`, which always asks the file inside its transaction."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return set()
        if self.lake is not None:
            return self.lake.known_documents(ids)
        if self._depth == 0 and self.share:
            if not self._known_checked:
                self._known_checked = True
                try:
                    if self.execute("SELECT count(*) FROM documents").rows[0][0] <= KNOWN_IN_MEMORY:
                        self._known = {r[0] for r in self.execute("SELECT doc_id FROM documents").rows}
                finally:
                    self._release(checkpoint=False)
            if self._known is not None:
                return {i for i in ids if i in self._known}
        try:
            res = self.execute("SELECT doc_id FROM documents WHERE list_contains(?, doc_id)", [ids])
        finally:
            self._release(checkpoint=False)
        return {r[0] for r in res.rows}

    def write_batch(self, docs: Sequence[NewsDoc], errors: Sequence[tuple[str, str | None, str]] = ()) -> int:
        """Store annotated documents and ingest errors in one transaction.

        Documents already stored are skipped. Returns how many were added. During a run
        (:meth:`begin_run`) the documents, events and reports written carry its id.
        """
        if self.lake is not None:
            written = self.lake.write_batch(docs, errors, run_id=self.run_id, timings=self.timings)
            if self._conn is not None:  # what was loaded is out of date
                self._conn.close()
                self._conn = None
            return written
        self._depth += 1  # one connection for the whole batch
        try:
            return self._write_batch(docs, errors, self.run_id)
        finally:
            self._depth -= 1
            self._release(checkpoint=self._wrote)

    def _write_batch(self, docs: Sequence[NewsDoc], errors: Sequence[tuple[str, str | None, str]],
                     run_id: int | None) -> int:
        self._wrote = False
        todo = unstored(docs, self.known_documents)
        per_table: dict[str, list[dict[str, Any]]] = {}
        options = self.clustering or ClusterOptions()
        for d in todo:
            for table, rows in document_rows(d, options).items():
                if table == "events" and self.clustering is not None:
                    continue  # the grouping below writes the events
                if run_id is not None and table in _RUN_TABLES:
                    rows = [{**r, "run_id": run_id} for r in rows]
                if table == "documents":
                    rows = [{**r, "story_id": r["doc_id"]} for r in rows]
                per_table.setdefault(table, []).extend(rows)
        t0 = time.perf_counter()
        signatures = []
        if self.near_duplicates is not None and todo:
            from newsgraph.clusters.neardup import signature

            signatures = [(d.id, d.document.published, signature(d.text, self.near_duplicates)) for d in todo]
        self.timings["stories"] += time.perf_counter() - t0
        failed = [(d.id, d.document.source, e) for d in docs if d.failed for e in d.errors]
        all_errors = list(errors) + failed
        conn = self.conn
        conn.execute("BEGIN TRANSACTION")
        try:
            for table, rows in per_table.items():
                if not rows:
                    continue
                # Rows name their columns; the others keep their defaults.
                insert_rows(conn, table, rows, conflict=" ON CONFLICT DO NOTHING" if table == "events" else "")
            if todo:
                # a document stored now is no longer an error of an earlier run (same id, or a
                # source that failed before and reads cleanly now)
                conn.execute("DELETE FROM ingest_errors WHERE list_contains(?, doc_id) OR list_contains(?, source)",
                             [[d.id for d in todo], [d.document.source for d in todo if d.document.source]])
            if all_errors:
                conn.executemany(
                    "INSERT INTO ingest_errors (doc_id, source, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    all_errors,
                )
            self._group(conn, signatures, per_table.get("event_mentions", []))
            conn.execute("COMMIT")
        except BaseException as exc:
            try:
                conn.execute("ROLLBACK")
            except duckdb.Error:
                pass  # a failed COMMIT has already ended the transaction
            if isinstance(exc, duckdb.Error):
                raise StoreError(
                    f"cannot write to {self.path}: {_cause(exc)}; the store keeps every batch committed before "
                    "this one: fix the cause (free space on a full disk) and run the same command again to resume"
                ) from None
            raise
        self._wrote = True  # only then is the connection closed with a checkpoint
        if self._known is not None:
            self._known.update(d.id for d in todo)
            if len(self._known) > KNOWN_IN_MEMORY:
                self._known = None  # too many to keep: ask the file
        return len(todo)

    def _group(self, conn: duckdb.DuckDBPyConnection, signatures: list, mentions: list[dict[str, Any]]) -> None:
        """Near-duplicate stories of the batch's documents, then its reports grouped into events."""
        from newsgraph.store.clustering import assign_stories, refresh_story_counts, resolve

        t0 = time.perf_counter()
        moved = assign_stories(conn, signatures, self.near_duplicates) if signatures else []
        t1 = time.perf_counter()
        self.timings["stories"] += t1 - t0
        if self.clustering is not None and mentions:
            resolve(conn, [f"{m['doc_id']}#{m['event_id']}" for m in mentions], options=self.clustering)
        if moved:
            refresh_story_counts(conn, moved)
        self.timings["events"] += time.perf_counter() - t1

    def regroup(self) -> dict[str, int]:
        """Group every stored report again (after a change of the grouping's tables or options);
        the result is what ingesting the same documents afresh would give."""
        from newsgraph.store.clustering import resolve

        if self.clustering is None:
            raise StoreError("this store was opened with clustering=None; open it with ClusterOptions()")
        if self.lake is not None:
            raise StoreError("a lake's events are grouped each time it is read; there is nothing to regroup")
        self._depth += 1
        try:
            keys = [r[0] for r in self.execute("SELECT doc_id || '#' || event_id FROM event_mentions").rows]
            conn = self.conn
            conn.execute("BEGIN TRANSACTION")
            try:
                counts = resolve(conn, keys, options=self.clustering) if keys else {}
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            self._wrote = True
            return counts
        finally:
            self._depth -= 1
            self._release(checkpoint=True)

    # --- ingest runs ---

    def begin_run(self, versions: dict[str, Any]) -> int:
        """Record the start of an ingest with what it runs with (see :mod:`newsgraph.versions`);
        its id, which the batches written until :meth:`finish_run` carry."""
        unknown = sorted(set(versions) - set(RUN_VERSION_COLUMNS))
        if unknown:
            raise StoreError(f"ingest_runs has no column {', '.join(unknown)}; its columns: "
                             f"{', '.join(RUN_VERSION_COLUMNS)}")
        if self.lake is not None:
            self.run_id = self.lake.begin_run(versions)
            return self.run_id
        names = list(versions)
        try:
            res = self.execute(
                f"INSERT INTO ingest_runs (run_id, {', '.join(names)}) "
                f"SELECT coalesce(max(run_id), 0) + 1, {', '.join('?' * len(names))} FROM ingest_runs "
                "RETURNING run_id",
                [versions[n] for n in names],
            )
        except duckdb.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {_cause(exc)}") from None
        finally:
            self._release()
        self.run_id = res.rows[0][0]
        return self.run_id

    def finish_run(self, run_id: int, *, read: int, stored: int, skipped: int, failed: int) -> None:
        """Record the end of an ingest and its counts (a run without an end was interrupted)."""
        self.run_id = None
        if self.lake is not None:
            self.lake.finish_run(run_id, read=read, stored=stored, skipped=skipped, failed=failed)
            return
        try:
            self.execute(
                "UPDATE ingest_runs SET finished_at = current_timestamp, docs_read = ?, docs_stored = ?, "
                "docs_skipped = ?, docs_failed = ? WHERE run_id = ?",
                [read, stored, skipped, failed, run_id],
            )
        except duckdb.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {_cause(exc)}") from None
        finally:
            self._release()

    def runs(self) -> list[dict[str, Any]]:
        """Every ingest run, oldest first ([] for a store older than the runs table)."""
        if self.schema_version < 2:
            return []
        return self.execute("SELECT * FROM ingest_runs ORDER BY run_id").dicts()

    # --- named queries ---

    def stats(self) -> dict[str, int]:
        return {t: self.execute(f"SELECT count(*) FROM {t}").rows[0][0] for t in COUNTED}

    def document(self, doc_id: str) -> dict[str, Any] | None:
        # starts_with, not LIKE: '%' and '_' in what the user typed are not wildcards
        res = self.execute("SELECT * FROM documents WHERE doc_id = ? OR starts_with(doc_id, ?) LIMIT 2", [doc_id, doc_id])
        if len(res) != 1:
            return None
        return res.dicts()[0]

    def table(self, name: str, doc_id: str) -> list[dict[str, Any]]:
        if name not in TABLES:
            raise StoreError(f"unknown table {name!r}; available: {', '.join(TABLES)}")
        order = {"actors": "actor_id", "places": "place_id", "event_mentions": "trigger_start",
                 "quotes": "content_start", "sentences": "sent_i", "documents": "doc_id",
                 "ingest_errors": "reason"}.get(name, "start_char")
        return self.execute(f"SELECT * FROM {name} WHERE doc_id = ? ORDER BY {order}", [doc_id]).dicts()
