"""Cue words of attribution: verbs of speaking and writing, and their kin.

The word lists are data (``lang/en/attribution_cues.txt`` and
``lang/en/attribution_prep_cues.psv``), read once per process by the checked
loaders of :mod:`newsgraph.lang.tables`; a missing or unknown class, a word
that is not a lower-case lemma or a malformed line is an error naming file and
line. The module keeps the names its readers import (``SPEECH_VERBS``,
``QUOTE_VERBS``, ...), so the quotes and claims stages read the same sets.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsgraph.lang.tables import TableError, data_file, read_classes, read_rows

#: the classes ``attribution_cues.txt`` must have, and what each is for
CUE_CLASSES = {
    "SPEECH_VERBS": "verbs whose subject is a speaker and whose clause or quote is what was said",
    "QUOTE_VERBS": "verbs that introduce a direct quote standing next to them",
    "OBJECT_CUES": "verbs whose object noun phrase is itself the statement",
    "URGE_VERBS": "verbs of urging whose content is object + to-infinitive",
    "QUESTION_VERBS": "verbs that report a question",
    "FRAME_VERBS": "verbs that close or interrupt the clause they report",
    "INTRODUCING_VERBS": "verbs of a clause that, ending in a comma or colon, introduces a quote",
    "LABEL_VERBS": "verbs whose object and its label are what was said",
    "DESCRIBE_VERBS": "verbs whose object and 'as' phrase are what was said",
    "APPEAL_VERBS": "verbs whose 'for' or 'on X to' phrase is what was said",
    "REPORTING_NOUNS": "nouns that report a statement carried by their clause",
    "ADDRESSEE_VERBS": "verbs whose object is the addressee",
}
_LEMMA = re.compile(r"^[a-z][a-z-]*$")


def read_cue_classes(path: str | Path) -> dict[str, frozenset[str]]:
    """The classes of an ``attribution_cues.txt`` file, checked."""
    _, classes, where = read_classes(path)
    missing = set(CUE_CLASSES) - set(classes)
    if missing:
        raise TableError(f"{path}: classes {sorted(missing)} missing; add them ({'; '.join(CUE_CLASSES[m] for m in sorted(missing))})")
    for name, words in classes.items():
        if name not in CUE_CLASSES:
            raise TableError(f"{path}:{where[name]}: unknown class {name}; the quotes stage reads {sorted(CUE_CLASSES)}")
        bad = sorted(w for w in words if not _LEMMA.match(w))
        if bad:
            raise TableError(f"{path}:{where[name]}: {bad[0]!r} in {name} is not a lower-case lemma")
    return classes


def read_prep_cues(path: str | Path) -> dict[str, tuple[str, ...]]:
    """``lemma | prepositions`` rows of an ``attribution_prep_cues.psv`` file, checked."""
    out: dict[str, tuple[str, ...]] = {}
    for row in read_rows(path, min_fields=2, max_fields=2, shape="lemma | preposition preposition ...").rows:
        lemma, preps = row.fields
        words = tuple(preps.split())
        if not _LEMMA.match(lemma) or not words or not all(_LEMMA.match(w) for w in words):
            raise row.error(f"expected a lower-case lemma and lower-case prepositions: {lemma!r} | {preps!r}")
        out[lemma] = words
    return out


_CLASSES = read_cue_classes(data_file("attribution_cues.txt"))

#: verbs that introduce a direct quote standing next to them even when the
#: parse does not give them the quote as a clause (``He said: "..."``)
QUOTE_VERBS = _CLASSES["QUOTE_VERBS"]

#: verbs whose subject is a speaker and whose clause or quote is what was said
SPEECH_VERBS = _CLASSES["SPEECH_VERBS"]

#: cues that take the content as an object clause even without "that"
#: (``X warned of``, ``X called for``) — used with their preposition only
PREP_CUES = read_prep_cues(data_file("attribution_prep_cues.psv"))

#: verbs whose object noun phrase is itself the statement ("announced his
#: resignation", "tweeted her thanks", "denied the charges")
OBJECT_CUES = _CLASSES["OBJECT_CUES"]

#: verbs of urging whose content is "object + to-infinitive" ("urged supporters to vote")
URGE_VERBS = _CLASSES["URGE_VERBS"]

#: verbs that report a question ("asked if", "wondered whether")
QUESTION_VERBS = _CLASSES["QUESTION_VERBS"]

#: verbs that close or interrupt the clause they report ("..., police said.")
FRAME_VERBS = _CLASSES["FRAME_VERBS"]

#: verbs of a clause that, ending in "," or ":", introduces the quote after it
INTRODUCING_VERBS = _CLASSES["INTRODUCING_VERBS"] | QUOTE_VERBS

#: the cue families of newsgraph.attribution.families
LABEL_VERBS = _CLASSES["LABEL_VERBS"]
DESCRIBE_VERBS = _CLASSES["DESCRIBE_VERBS"]
APPEAL_VERBS = _CLASSES["APPEAL_VERBS"]
REPORTING_NOUNS = _CLASSES["REPORTING_NOUNS"]

#: verbs whose object is the addressee, not what was said ("told reporters")
ADDRESSEE_VERBS = _CLASSES["ADDRESSEE_VERBS"]

#: "according to X", "as X put it": the speaker sits in a prepositional phrase
ACCORDING = ("according", "to")

#: pronouns a speaker slot may hold; resolved to the most recent matching actor
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "we", "i"})

# The speech-and-writing subset of PolNeAR (issue 7): cues built on these
# words, in any form. Used by the evaluation only, to decide which gold
# attributions count for recall.
_SPEECH_SUBSET = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|according\s+to|"
    r"write|writes|wrote|written|writing|add|adds|added|adding|ask|asks|asked|asking|"
    r"announce|announces|announced|announcing|note|notes|noted|noting|"
    r"tweet|tweets|tweeted|tweeting|reply|replies|replied|replying|"
    r"warn|warns|warned|warning)\b",
    re.IGNORECASE,
)


def is_speech_cue(cue_text: str) -> bool:
    """True when a cue is in the speech-and-writing subset (say, tell, write, ...)."""
    return bool(_SPEECH_SUBSET.search(cue_text))
