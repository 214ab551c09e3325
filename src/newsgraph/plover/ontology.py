"""The PLOVER ontology as newsgraph uses it: types, modes, quads, intensity.

Written from the PLOVER manual (draft 0.8, September 2021). The intensity
scores are the manual's conflict/cooperation scale (-10 most conflictual,
+10 most cooperative), kept here as our own versioned lookup table: bump
``TABLE_VERSION`` whenever a number changes, because stored events carry
scores computed from it.
"""

from __future__ import annotations

TABLE_VERSION = "plover-0.8/newsgraph-1"

#: the 16 event types, in the manual's order (verbal cooperation first)
TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: quad category of each type (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)
QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

#: the modes each type allows (an event's mode must be one of these or None)
MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset(),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset({"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                          "withhold", "misinformation", "cyber"}),
    "ASSAULT": frozenset({"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                           "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                           "crowd-control", "unconventional"}),
}

#: cooperative types that, reported as future, are coded AGREE (manual, AGREE); a
#: promised concession too ("will allow refugees to return", CAMEO 035 "express intent
#: to yield" is AGREE); an announced withdrawal stays CONCEDE (the coder maps RETREAT)
FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE"})

#: material conflict announced for the future is a threat
# (an announced sanction is a decision, kept as SANCTION + future)
FUTURE_TO_THREATEN = {
    "ASSAULT": "violence", "COERCE": "restrict", "PROTEST": "restrict", "MOBILIZE": "violence",
}

# Intensity: type-level score, then mode-level where the manual gives one.
_TYPE_SCORE: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5, "PROTEST": -5.0,
    "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}
# The manual prints ACCUSE's type score as 3, an evident sign slip next to its
# modes (-2 .. -3.5); we use -3.0 so the scale stays monotone in conflict.
_MODE_SCORE: dict[tuple[str, str], float] = {
    ("CONSULT", "visit"): 4.0, ("CONSULT", "third-party"): 1.0, ("CONSULT", "multilateral"): 4.0,
    ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8.0, ("RETREAT", "release"): 6.5, ("RETREAT", "disarm"): 10.0,
    ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5, ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1.0, ("REQUEST", "yield"): -1.0,
    ("REQUEST", "meet"): 0.0,
    ("ACCUSE", "disapprove"): -2.0, ("ACCUSE", "investigate"): -3.5, ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5, ("REJECT", "change"): -2.0, ("REJECT", "yield"): -2.0,
    ("REJECT", "meet"): -2.0,
    ("THREATEN", "restrict"): -3.0, ("THREATEN", "arrest"): -3.5, ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5, ("THREATEN", "territory"): -4.0, ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5.0, ("PROTEST", "riot"): -7.0, ("PROTEST", "strike"): -5.0,
    ("PROTEST", "hunger"): -4.5, ("PROTEST", "boycott"): -4.5, ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6.0, ("SANCTION", "expel"): -5.5, ("SANCTION", "withdraw"): -6.0,
    ("SANCTION", "discontinue"): -6.0,
    ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5, ("MOBILIZE", "police"): -5.5,
    ("MOBILIZE", "militia"): -6.0,
    ("COERCE", "seize"): -7.0, ("COERCE", "restrict"): -7.0, ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5, ("COERCE", "martial-law"): -7.5, ("COERCE", "arrest"): -7.0,
    ("COERCE", "deport"): -7.0, ("COERCE", "withhold"): -7.0, ("COERCE", "misinformation"): -6.5,
    ("COERCE", "cyber"): -7.0,
    ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5, ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5, ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8.0, ("ASSAULT", "firearms"): -9.0, ("ASSAULT", "explosives"): -9.0,
    ("ASSAULT", "suicide-attack"): -9.5, ("ASSAULT", "aerial"): -9.5, ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5, ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10.0,
}


class OntologyError(ValueError):
    """An event type or mode that PLOVER does not define."""


def check(event_type: str, mode: str | None = None) -> None:
    """Raise if ``event_type``/``mode`` is not in the ontology (used by tests and loaders)."""
    if event_type not in MODES:
        raise OntologyError(f"unknown PLOVER type {event_type!r}; the 16 types are: {', '.join(TYPES)}")
    if mode is not None and mode not in MODES[event_type]:
        allowed = ", ".join(sorted(MODES[event_type])) or "none"
        raise OntologyError(f"{event_type} has no mode {mode!r}; allowed: {allowed}")


def intensity(event_type: str, mode: str | None = None) -> float:
    """PLOVER conflict/cooperation score of a type (and mode when the table has one)."""
    if mode is not None and (event_type, mode) in _MODE_SCORE:
        return _MODE_SCORE[(event_type, mode)]
    try:
        return _TYPE_SCORE[event_type]
    except KeyError:
        raise OntologyError(f"unknown PLOVER type {event_type!r}; the 16 types are: {', '.join(TYPES)}") from None
