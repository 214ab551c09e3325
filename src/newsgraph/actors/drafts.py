"""The data of in-document coreference: mentions and the actors they are grouped into.

Shared by the mention finder (:mod:`newsgraph.actors.mentions`), the grouper
(:mod:`newsgraph.actors.coref`), the group pronouns (:mod:`newsgraph.actors.groupref`)
and the actor cues (:mod:`newsgraph.actors.cues`), so none of them imports another
for its types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from newsgraph.kb import KnowledgeBase
from newsgraph.actors.phrase import Description
from newsgraph.model import NewsDoc


@dataclass(slots=True)
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    head: int  # token index of the syntactic head
    source: str  # entity label, "ROLE" or "PRON"
    desc: Description | None = None
    possessor: int | None = None  # token index of a possessive pronoun ("her government")
    appos_of: int | None = None  # head token of the name this role is in apposition to
    actor: "Draft | None" = None
    gender: str | None = None
    home: str | None = None  # country a people lives in ("Albanians in southern Serbia")
    person_name: bool = False  # a person's name that is also a place's ("Ali Amman" ... "Amman said")


@dataclass(slots=True)
class Draft:
    key: tuple
    name: str
    kind: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    office: str | None = None
    kb_id: str | None = None
    gender: str | None = None
    text_sector: bool = False
    mentions: list[Mention] = field(default_factory=list)


class Grouping(Protocol):
    """What the group-pronoun resolver needs from the grouper (:class:`newsgraph.actors.coref.Grouper`)."""

    doc: NewsDoc
    kb: KnowledgeBase
    day: date | None
    drafts: dict[tuple, Draft]

    def draft(self, key: tuple, m: Mention, d: Description, name: str) -> Draft: ...

    def state(self, m: Mention, d: Description) -> None: ...
