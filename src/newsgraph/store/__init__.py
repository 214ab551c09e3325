"""The DuckDB store.

Two primitives, :meth:`Store.execute` and :meth:`Store.execute_fn`, and named
queries as short methods on top. Writes go in one transaction per batch:
a killed ingest loses at most the batch in flight, which the next run redoes,
and a document already stored is skipped, so nothing is lost or doubled.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import duckdb

from newsgraph.model import NewsDoc
from newsgraph.store.rows import document_rows
from newsgraph.store.schema import COUNTED, SCHEMA_VERSION, TABLES

DEFAULT_DB = "newsgraph.duckdb"


class StoreError(RuntimeError):
    """The store cannot be opened or written."""


@dataclass
class Results:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r)) for r in self.rows]

    def first(self) -> tuple[Any, ...] | None:
        return self.rows[0] if self.rows else None

    def __len__(self) -> int:
        return len(self.rows)


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False):
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no database at {self.path}; create it with `newsgraph ingest PATH --db {self.path}`")
        try:
            self.conn = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path}: {exc}") from None
        self._column_cache: dict[str, list[str]] = {}
        if not read_only:
            self._migrate()

    # --- primitives ---

    def execute(self, sql: str, params: Sequence[Any] | dict | None = None) -> Results:
        cur = self.conn.execute(sql, params or [])
        cols = [d[0] for d in cur.description] if cur.description else []
        return Results(cols, cur.fetchall() if cols else [])

    def execute_fn(self, fn: Callable[[duckdb.DuckDBPyConnection], Any]) -> Any:
        return fn(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- schema ---

    def _migrate(self) -> None:
        for ddl in TABLES.values():
            self.conn.execute(ddl)
        row = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        current = row[0] if row else None
        if current is None:
            self.conn.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION])
        elif current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {current}, newer than this newsgraph ({SCHEMA_VERSION}); upgrade newsgraph"
            )

    def _columns(self, table: str) -> list[str]:
        if table not in self._column_cache:
            self._column_cache[table] = self.execute(f"SELECT * FROM {table} LIMIT 0").columns
        return self._column_cache[table]

    @property
    def schema_version(self) -> int:
        return self.execute("SELECT max(version) FROM schema_version").rows[0][0]

    # --- writes ---

    def known_documents(self, doc_ids: Iterable[str]) -> set[str]:
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return set()
        res = self.execute("SELECT doc_id FROM documents WHERE list_contains(?, doc_id)", [ids])
        return {r[0] for r in res.rows}

    def write_batch(self, docs: Sequence[NewsDoc], errors: Sequence[tuple[str, str | None, str]] = ()) -> int:
        """Store annotated documents and ingest errors in one transaction.

        Documents already stored are skipped. Returns how many were added.
        """
        fresh: dict[str, NewsDoc] = {}
        for d in docs:
            if not d.failed and d.id not in fresh:
                fresh[d.id] = d
        known = self.known_documents(fresh)
        todo = [d for i, d in fresh.items() if i not in known]
        per_table: dict[str, list[tuple]] = {}
        for d in todo:
            for table, rows in document_rows(d).items():
                per_table.setdefault(table, []).extend(rows)
        failed = [(d.id, d.document.source, e) for d in docs if d.failed for e in d.errors]
        all_errors = list(errors) + failed
        self.conn.execute("BEGIN TRANSACTION")
        try:
            for table, rows in per_table.items():
                if not rows:
                    continue
                # Rows give the leading columns; trailing ones keep their defaults.
                cols = ", ".join(self._columns(table)[: len(rows[0])])
                marks = ", ".join("?" * len(rows[0]))
                conflict = " ON CONFLICT DO NOTHING" if table == "events" else ""
                self.conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks}){conflict}", rows)
            if all_errors:
                self.conn.executemany(
                    "INSERT INTO ingest_errors (doc_id, source, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    all_errors,
                )
            self.conn.execute("COMMIT")
        except Exception:
            self.conn.execute("ROLLBACK")
            raise
        return len(todo)

    # --- named queries ---

    def stats(self) -> dict[str, int]:
        return {t: self.execute(f"SELECT count(*) FROM {t}").rows[0][0] for t in COUNTED}

    def document(self, doc_id: str) -> dict[str, Any] | None:
        res = self.execute("SELECT * FROM documents WHERE doc_id = ? OR doc_id LIKE ? || '%' LIMIT 2", [doc_id, doc_id])
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
