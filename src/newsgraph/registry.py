"""One registry for every extension point: stages, readers, exporters, eval tasks.

Built-in parts register themselves with the same decorators a third-party
package would use, so there is a single way in.
"""

from __future__ import annotations

import importlib
from typing import Callable, TypeVar

T = TypeVar("T")


class Registry:
    """Names to factories, with errors that list what is available."""

    def __init__(self, kind: str, modules: tuple[str, ...] = ()):
        self.kind = kind
        self._items: dict[str, object] = {}
        # modules whose import registers the built-in entries
        self._modules = modules
        self._loaded = False

    def register(self, name: str) -> Callable[[T], T]:
        def deco(obj: T) -> T:
            self._items[name] = obj
            return obj

        return deco

    def _load(self) -> None:
        if not self._loaded:
            self._loaded = True
            for mod in self._modules:
                importlib.import_module(mod)

    def get(self, name: str):
        self._load()
        try:
            return self._items[name]
        except KeyError:
            raise KeyError(
                f"unknown {self.kind} {name!r}; available: {', '.join(sorted(self._items))}"
            ) from None

    def names(self) -> list[str]:
        self._load()
        return sorted(self._items)

    def __contains__(self, name: str) -> bool:
        self._load()
        return name in self._items


stages = Registry(
    "stage",
    (
        "newsgraph.stages.nlp",
        "newsgraph.stages.time",
        "newsgraph.stages.actors",
        "newsgraph.stages.places",
        "newsgraph.stages.quotes",
        "newsgraph.stages.events",
        "newsgraph.stages.claims",
    ),
)
readers = Registry("input format", ("newsgraph.readers",))
exporters = Registry("export format", ("newsgraph.exporters",))
eval_tasks = Registry("eval task", ("newsgraph.evaluate",))
