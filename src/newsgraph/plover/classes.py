"""Word classes for the trigger lexicon's object rules and mode cues.

Object rules (``CLASS>TYPE:mode`` in the trigger lexicon) test the lemmas of a
trigger's object, its modifiers and prepositional objects against these
classes; the mode cues pick an ASSAULT or PROTEST mode from the words around
the trigger. The words live in ``newsgraph/lang/en/plover_*.txt``; this module
loads and checks them once, at import.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.lang.tables import TableError, data_file, read_classes
from newsgraph.plover.ontology import check


def load_noun_classes(path: str | Path) -> dict[str, frozenset[str]]:
    return read_classes(path)[1]


def load_modifier_classes(path: str | Path, *, noun_classes: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    _, classes, lines = read_classes(path)
    for name in classes:
        if name in noun_classes:
            # an object rule looks its class up among the noun classes first
            raise TableError(f"{path}:{lines[name]}: {name} is also a noun class; rename one")
    return classes


def load_mode_cues(path: str | Path, event_type: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(mode, words) in file order: the coder takes the first mode whose words occur."""
    _, cues, lines = read_classes(path)
    for mode in cues:
        try:
            check(event_type, mode)
        except ValueError as exc:
            raise TableError(f"{path}:{lines[mode]}: {exc}") from None
    return tuple(cues.items())


# Noun classes used by object rules. Lemmas (spaCy lemmatises plurals).
NOUN_CLASSES: dict[str, frozenset[str]] = load_noun_classes(data_file("plover_noun_classes.txt"))
# Modifier classes for nominal triggers (compound/amod lemmas)
MODIFIER_CLASSES: dict[str, frozenset[str]] = load_modifier_classes(
    data_file("plover_modifier_classes.txt"), noun_classes=NOUN_CLASSES)
# Words in a sentence that set an ASSAULT's mode when the trigger has none
# (order matters: the first family found wins).
ASSAULT_MODE_CUES: tuple[tuple[str, frozenset[str]], ...] = load_mode_cues(data_file("plover_assault_modes.txt"), "ASSAULT")
PROTEST_MODE_CUES: tuple[tuple[str, frozenset[str]], ...] = load_mode_cues(data_file("plover_protest_modes.txt"), "PROTEST")
