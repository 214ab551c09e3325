"""The stage interface.

A stage has a name, declares which annotations it ``requires`` and which it
``sets``, and does one job: ``find`` computes its annotations from the doc and
``set_annotations`` writes them. ``__call__`` does both; ``pipe`` runs a
stream and turns a failure into an error on that document, so one bad
document never stops a batch.

A stage with options names their frozen dataclass in ``options_class``; its
factory (the class) is called with the Config and those options, built from
``Config.stage_options[name]`` by :func:`build_options`.
"""

from __future__ import annotations

import dataclasses
import traceback
import typing
from typing import Any, ClassVar, Iterable, Iterator

from newsgraph.config import Config, ConfigError
from newsgraph.model import NewsDoc


class StageError(Exception):
    """A stage could not process one document; the message says why."""


class Stage:
    name: ClassVar[str] = ""
    #: annotation names this stage reads: "tokens", "timexes", "actors", ...
    requires: ClassVar[tuple[str, ...]] = ()
    #: annotation names this stage writes.
    sets: ClassVar[tuple[str, ...]] = ()
    #: the frozen dataclass of this stage's options; None when it takes none.
    options_class: ClassVar[type | None] = None

    def __init__(self, config: Config | None = None, options: Any = None):
        self.config = config or Config()
        #: an ``options_class`` value: the one given, else the Config's for this stage
        self.options = options if options is not None else build_options(type(self), self.config)

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
            if self.config.debug:
                traceback.print_exc()
            doc.errors.append(f"{doc.label}: stage {self.name} failed: {type(exc).__name__}: {exc}")
            doc.clear_annotations({*annotation_names(), *self.sets})
            return doc


def annotation_names() -> list[str]:
    """Every annotation a registered stage sets (its ``sets``): what a failed document loses."""
    from newsgraph.registry import RegistryError, stages

    names: dict[str, None] = {}
    for name in stages.names():
        try:
            names.update(dict.fromkeys(getattr(stages.get(name), "sets", ())))
        except RegistryError:
            continue  # a plugin that does not load has set nothing
    return list(names)


def option_fields(stage: type) -> dict[str, Any]:
    """A stage's options and their defaults ({} when it takes none)."""
    cls = getattr(stage, "options_class", None)
    if cls is None:
        return {}
    return {f.name: (f.default if f.default is not dataclasses.MISSING else f.default_factory())  # type: ignore[misc]
            for f in dataclasses.fields(cls)}


def build_options(stage: type, config: Config) -> Any:
    """The options of ``stage`` from ``config.stage_options``, checked: an unknown option, a
    value of the wrong type or one its dataclass refuses is a ConfigError naming the stage."""
    name = getattr(stage, "name", "") or getattr(stage, "__name__", "?")
    given = config.stage_options.get(name, {})
    cls = getattr(stage, "options_class", None)
    if cls is None:
        if given:
            raise ConfigError(f"stage {name!r} takes no options; remove {', '.join(sorted(given))} "
                              f"from stage_options[{name!r}]")
        return None
    known = option_fields(stage)
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise ConfigError(f"unknown option{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))} "
                          f"for stage {name!r}; its options are: {', '.join(known)}")
    hints = typing.get_type_hints(cls)
    for key, value in given.items():
        want = hints.get(key)
        ok = {int: (int,), float: (int, float), str: (str,), bool: (bool,)}.get(want)  # type: ignore[call-overload]
        if ok and (not isinstance(value, ok) or (want is not bool and isinstance(value, bool))):
            raise ConfigError(f"stage {name!r} option {key} must be {want.__name__}, not {value!r}")  # type: ignore[union-attr]
    try:
        return cls(**given)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"stage {name!r} options: {exc}") from None
