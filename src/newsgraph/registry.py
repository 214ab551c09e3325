"""One registry for every extension point: stages, readers, exporters, eval tasks.

Built-in parts register themselves with the same decorator a third-party
module may use (``@stages.register("name")``). An installed package adds its
own through entry points, as datasette's plugins do; in its pyproject.toml::

    [project.entry-points."newsgraph.stages"]
    sentiment = "my_package.sentiment:SentimentStage"

The entry point's name is the registered name and its object is what gets
registered. The groups, one per registry, and what each object must be:

- ``newsgraph.stages``: a :class:`~newsgraph.stages.base.Stage` subclass whose
  ``name`` is the entry point's name; it is called with ``(config, options)``.
- ``newsgraph.readers``: ``reader(inp, options)`` yielding Documents and
  ReadErrors (see :mod:`newsgraph.readers.base`).
- ``newsgraph.exporters``: ``export(store, path) -> int`` (see :mod:`newsgraph.exporters`).
- ``newsgraph.eval_tasks``: ``task(shared, *, config, limit) -> Report`` (see :mod:`newsgraph.evaluate`).

Entry points are listed on first use and loaded when their name is asked for,
so a broken plugin fails only the command that uses it, with its name. A name
registered twice (by two plugins, or a plugin and a built-in part) is an
error, never a silent override.
"""

from __future__ import annotations

import importlib
from importlib.metadata import EntryPoint, entry_points
from typing import Callable, TypeVar

T = TypeVar("T")


class RegistryError(LookupError):
    """A registry cannot answer: an unknown name, a name registered twice, a plugin that does not load."""


class UnknownName(RegistryError):
    """No part is registered under the name asked for; the message lists the available ones."""


class DuplicateName(RegistryError):
    """Two parts claim one name."""


class Registry:
    """Names to factories, with errors that list what is available."""

    def __init__(self, kind: str, modules: tuple[str, ...] = (), group: str | None = None):
        self.kind = kind
        #: the entry point group third-party packages register in
        self.group = group
        self._items: dict[str, object] = {}
        # where each name came from, for error messages
        self._origin: dict[str, str] = {}
        # modules whose import registers the built-in entries
        self._modules = modules
        self._loaded = False
        # entry points listed but not loaded yet
        self._pending: dict[str, EntryPoint] = {}

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator: register ``obj`` under ``name``; a second, different part under one name is refused."""

        def deco(obj: T) -> T:
            self._add(name, obj, f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', obj)}")
            return obj

        return deco

    def _add(self, name: str, obj: object, origin: str) -> None:
        have = self._items.get(name)
        if have is not None and have is not obj:
            raise DuplicateName(
                f"{self.kind} {name!r} is registered twice: by {self._origin[name]} and by {origin}; "
                "uninstall one of the packages, or rename one of the two"
            )
        if name in self._pending:
            raise DuplicateName(
                f"{self.kind} {name!r} is registered twice: by {origin} and by entry point "
                f"{_describe(self._pending[name])}; uninstall one of the packages, or rename one of the two"
            )
        self._items[name] = obj
        self._origin[name] = origin

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for mod in self._modules:
            importlib.import_module(mod)
        if self.group:
            for ep in entry_points(group=self.group):
                if ep.name in self._items:
                    raise DuplicateName(
                        f"{self.kind} {ep.name!r} is registered twice: by {self._origin[ep.name]} and by entry "
                        f"point {_describe(ep)}; uninstall that package, or ask its author to rename it"
                    )
                other = self._pending.get(ep.name)
                if other is not None and other.value != ep.value:
                    raise DuplicateName(
                        f"{self.kind} {ep.name!r} is registered twice: by entry points {_describe(other)} and "
                        f"{_describe(ep)}; uninstall one of the packages"
                    )
                self._pending[ep.name] = ep

    def refresh(self) -> None:
        """Forget what entry points registered; the next use lists them again (after a package
        was installed or removed while the process runs). Built-in parts stay."""
        if not self.group:
            return
        self._loaded = False
        self._pending.clear()
        for name in [n for n, origin in self._origin.items() if origin.startswith("entry point ")]:
            del self._items[name], self._origin[name]

    def get(self, name: str):
        self._load()
        if name in self._items:
            return self._items[name]
        ep = self._pending.get(name)
        if ep is None:
            raise UnknownName(f"unknown {self.kind} {name!r}; available: {', '.join(self.names())}")
        try:
            obj = ep.load()
        except Exception as exc:  # noqa: BLE001 - any failure of a plugin's import
            raise RegistryError(f"{self.kind} {name!r} from entry point {_describe(ep)} does not load: "
                                f"{type(exc).__name__}: {exc}; reinstall or uninstall that package") from exc
        del self._pending[name]
        self._add(name, obj, f"entry point {_describe(ep)}")
        return obj

    def names(self) -> list[str]:
        self._load()
        return sorted({*self._items, *self._pending})

    def origin(self, name: str) -> str:
        """Where ``name`` comes from: a module and object, or an entry point of a distribution."""
        self._load()
        if name in self._pending:
            return f"entry point {_describe(self._pending[name])}"
        if name not in self._items:
            raise UnknownName(f"unknown {self.kind} {name!r}; available: {', '.join(self.names())}")
        return self._origin[name]

    def __contains__(self, name: str) -> bool:
        self._load()
        return name in self._items or name in self._pending


def _describe(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    by = f" of {dist.name} {dist.version}" if dist is not None else ""
    return f"{ep.name} = {ep.value}{by}"


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
    group="newsgraph.stages",
)
readers = Registry("input format", ("newsgraph.readers",), group="newsgraph.readers")
exporters = Registry("export format", ("newsgraph.exporters",), group="newsgraph.exporters")
eval_tasks = Registry("eval task", ("newsgraph.evaluate",), group="newsgraph.eval_tasks")
