"""The store's errors, shared by the DuckDB file (newsgraph.store) and the lake (newsgraph.store.lake)."""

from __future__ import annotations


class StoreError(RuntimeError):
    """The store cannot be opened or written."""


class StoreBusy(StoreError):
    """Another process held the store for longer than the wait."""


def cause(exc: BaseException) -> str:
    """DuckDB's message without its class prefixes ("TransactionContext Error: Failed to commit: ...")."""
    text = " ".join(str(exc).split())
    for prefix in ("TransactionContext Error: ", "IO Error: ", "Failed to commit: "):
        text = text.replace(prefix, "")
    return text
