"""The word classes of ``newsgraph/lang/en/actor_cues.txt``, loaded once and checked.

Read by the mention finder (which capitalised names are organisations) and by
the actor cues (:mod:`newsgraph.actors.cues`: which sector a name's last word gives).
"""

from __future__ import annotations

from functools import lru_cache

from newsgraph.lang.tables import TableError, data_file, read_classes

#: the classes the actors stage reads; the file must define each of them
CLASSES = ("NAME_BUS", "NAME_JRN", "NAME_NGO", "NAME_EDU", "NAME_REL", "NAME_MED", "NAME_GOV", "NAME_MIL",
           "NAME_COP", "NAME_JUD", "NAME_PTY", "ORG_WORDS", "NGO_WORDS", "MEDIA_VERBS", "TOLD_VERBS",
           "LEGISLATURE", "LEG_TITLES", "CANDIDATE", "TIME_ZONES", "DISEASE_WORDS", "LAW_HEADS", "LONE_ATTACKERS")


@lru_cache(maxsize=1)
def cue_words() -> tuple[str, dict[str, frozenset[str]]]:
    """(version, word classes) of ``actor_cues.txt``."""
    path = data_file("actor_cues.txt")
    version, classes, where = read_classes(path)
    missing = [c for c in CLASSES if c not in classes]
    if missing:
        raise TableError(f"{path}:1: classes {', '.join(missing)} are missing; the actors stage reads them")
    seen: dict[str, str] = {}
    for cls, words in classes.items():
        if not cls.startswith("NAME_"):
            continue
        for w in words:
            if w in seen:
                raise TableError(f"{path}:{where[cls]}: {w!r} is in {seen[w]} and {cls}; a name word gives one sector")
            seen[w] = cls
    return version, classes


@lru_cache(maxsize=1)
def name_sectors() -> dict[str, str]:
    """Last word of an organisation's name -> the sector it gives ("airlines" -> BUS)."""
    _, classes = cue_words()
    return {w: cls[5:] for cls, words in classes.items() if cls.startswith("NAME_") for w in words}


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    """Words that end an organisation's name, whether or not they give its sector."""
    _, classes = cue_words()
    return frozenset(name_sectors()) | classes["ORG_WORDS"]


def never_actor(name: str) -> bool:
    """A time zone ("UTC"), a disease ("COVID-19") or a law ("the National Emergencies Act"):
    names the recogniser may tag as organisations that are never actors."""
    _, classes = cue_words()
    words = name.lower().replace("’", "'").split()
    if not words:
        return False
    if len(words) == 1 and words[0] in classes["TIME_ZONES"]:
        return True
    if any(w.strip(".,'\"") in classes["DISEASE_WORDS"] for w in words):
        return True
    return len(words) >= 2 and words[-1] in classes["LAW_HEADS"] and name[:1].isupper()
