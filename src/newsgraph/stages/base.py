"""The stage interface.

A stage has a name, declares which annotations it ``requires`` and which it
``sets``, and does one job: ``find`` computes its annotations from the doc and
``set_annotations`` writes them. ``__call__`` does both; ``pipe`` runs a
stream and turns a failure into an error on that document, so one bad
document never stops a batch.
"""

from __future__ import annotations

import os
import traceback
from typing import Any, ClassVar, Iterable, Iterator

from newsgraph.config import Config
from newsgraph.model import NewsDoc


class StageError(Exception):
    """A stage could not process one document; the message says why."""


class Stage:
    name: ClassVar[str] = ""
    #: annotation names this stage reads: "tokens", "timexes", "actors", ...
    requires: ClassVar[tuple[str, ...]] = ()
    #: annotation names this stage writes.
    sets: ClassVar[tuple[str, ...]] = ()

    def __init__(self, config: Config | None = None):
        self.config = config or Config()

    def find(self, doc: NewsDoc) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError(f"stage {self.name!r} does not implement find()")

    def set_annotations(self, doc: NewsDoc, found: Any) -> None:
        # Default: the stage sets exactly one annotation list.
        if len(self.sets) != 1:
            raise NotImplementedError(f"stage {self.name!r} must implement set_annotations()")
        setattr(doc, self.sets[0], list(found))

    def __call__(self, doc: NewsDoc) -> NewsDoc:
        found = self.find(doc)
        self.set_annotations(doc, found)
        doc.done.append(self.name)
        return doc

    def pipe(self, docs: Iterable[NewsDoc], batch_size: int = 32) -> Iterator[NewsDoc]:
        for doc in docs:
            yield self.safe_call(doc)

    def safe_call(self, doc: NewsDoc) -> NewsDoc:
        """Run the stage on one doc; a failure becomes an error on the doc."""
        if doc.failed:
            return doc
        try:
            return self(doc)
        except Exception as exc:  # noqa: BLE001 - reported per document
            if os.environ.get("NEWSGRAPH_DEBUG"):
                traceback.print_exc()
            doc.errors.append(f"{doc.label}: stage {self.name} failed: {type(exc).__name__}: {exc}")
            doc.clear_annotations()
            return doc
