"""What the coder works with: trigger candidates and the events it codes from them.

Kept apart from :mod:`newsgraph.plover.coder` so that its mixins (arguments,
absorption, readings, deontic requests) can name them without importing the coder.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.plover.lexicon import Entry


@dataclass
class Coded:
    """One event as the coder found it (ids, dates and places come later)."""

    type: str
    mode: str | None
    trigger: int  # token index of the trigger word
    support: int | None  # light verb carrying a nominal trigger ("launched" an offensive)
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    aux: str | None = None
    confidence: float = 0.6
    military: bool = False
    span: tuple[int, int] = (0, 0)  # trigger character span
    sentence: int = 0
    past: bool = False  # the trigger (or its light verb) is in the past tense
    scene: bool = False  # a bare nominal in a time adjunct ("after talks", "following an offensive")
    # an ASSAULT no one is named for, done by the weapon or attack at these characters ("a
    # roadside bombing"); the events stage gives it an unidentified (UAF) actor
    unattributed: tuple[int, int] | None = None
    # an arrest, ban, charge, conviction or investigation told without its doer: the events
    # stage gives it the authorities of the place where it happened (or of the story's setting)
    authority: bool = False
    # a plea told without the court it is made to ("pleaded guilty"): the events stage gives it
    # the courts of the place (or of the story's setting) as recipient
    to_court: bool = False
    lemma: str = ""  # the trigger's lemma (which authorities a "sentence" or a "charge" is)
    learned: bool = False  # proposed by the trained detector, not the lexicon
    implicit: bool = False  # its participants are the story's, not the sentence's ("protests erupted")


@dataclass
class Candidate:
    """A trigger word the lexicon knows (or the detector proposes), before its arguments are read."""

    entry: Entry
    i: int
    type: str
    mode: str | None
    support: int | None = None
    absorbed: bool = False
    by_object: bool = False  # type chosen by an object rule ("lifted sanctions")
    merged: list = field(default_factory=list)  # same-event reports folded into this one
    content: "Candidate | None" = None
    learned: bool = False  # proposed by the trained detector, not the lexicon
