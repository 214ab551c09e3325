"""Given names with a usual gender, for pronoun resolution ("she" after "Najla Mangoush").

The names are data (``lang/en/given_names.txt``). A name that is common for
both genders is left out (listed under EITHER); a person whose first name is not
listed keeps an unknown gender and any pronoun may refer to them.
"""

from __future__ import annotations

from newsgraph.lang.tables import TableError, data_file, read_classes

_CLASSES = ("FEMALE", "MALE", "EITHER")


def load_given_names(path=None) -> tuple[str, frozenset[str], frozenset[str]]:
    """(version, female names, male names) of ``given_names.txt`` (or ``path``), checked.

    A name under two of FEMALE, MALE and EITHER is rejected: one with no usual
    gender belongs under EITHER alone.
    """
    path = path or data_file("given_names.txt")
    version, classes, where = read_classes(path)
    unknown = [c for c in classes if c not in _CLASSES]
    if unknown:
        raise TableError(f"{path}:{where[unknown[0]]}: unknown class {unknown[0]}; known: {', '.join(_CLASSES)}")
    missing = [c for c in ("FEMALE", "MALE") if c not in classes]
    if missing:
        raise TableError(f"{path}:1: classes {', '.join(missing)} are missing; gender_of reads them")
    seen: dict[str, str] = {}
    for name in _CLASSES:
        for w in sorted(classes.get(name, ())):
            if w != w.lower():
                raise TableError(f"{path}:{where[name]}: names are lower case: {w!r} in {name}")
            if w in seen:
                raise TableError(
                    f"{path}:{where[name]}: {w!r} is under both {seen[w]} and {name}; "
                    "a name common to both genders goes under EITHER alone"
                )
            seen[w] = name
    return version, classes["FEMALE"], classes["MALE"]


NAMES_VERSION, FEMALE, MALE = load_given_names()


def gender_of(given_name: str) -> str | None:
    """'f', 'm' or None for a given name."""
    n = given_name.lower().strip(".")
    if n in FEMALE:
        return "f"
    if n in MALE:
        return "m"
    return None
