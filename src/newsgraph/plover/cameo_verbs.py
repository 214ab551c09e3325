"""Broad verb triggers from the CAMEO verb dictionary, mapped to PLOVER.

``newsgraph/lang/en/cameo_verbs.tsv`` is derived by
``scripts/build_cameo_triggers.py`` from PETRARCH-2's CAMEO.2.0.txt and the
CAMEO2PLOVER table. Each row reads a verb lemma, optionally with a particle,
required prepositions and required object words, as a CAMEO code and a PLOVER
type and mode. :func:`match` picks the most specific row a verb use satisfies:

    >>> match("shell").type
    'ASSAULT'
    >>> match("ask", preps=("for",), objects=("asylum",)) is None  # CAMEO 0233: an appeal, no PLOVER event
    True

A row whose object words or prepositions match beats the verb's bare default;
a veto row (type ``-``: CAMEO codes that use as no event, or as a statement)
that matches gives None. This module only reads the table; the coder decides
when to ask it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.lang.tables import Row, TableError, data_file, read_rows
from newsgraph.plover.ontology import check

FILE = "cameo_verbs.tsv"
_CODE = re.compile(r"\d{2,4}|---")
_WORD = re.compile(r"[a-z0-9][a-z0-9'./-]*")


class CameoVerbsError(TableError):
    """A row of the CAMEO verb table that does not load; the message names file and line."""


@dataclass(frozen=True, kw_only=True)
class CameoRule:
    """One reading of a verb: what it needs and what it means."""

    lemma: str
    particle: str | None
    preps: tuple[frozenset[str], ...]  # each slot: one of these prepositions
    objects: tuple[tuple[tuple[str, ...], ...], ...]  # each slot: alternatives, each a tuple of words all needed
    cameo_code: str
    type: str | None  # None: a veto
    mode: str | None
    line: int

    @property
    def specificity(self) -> int:
        return len(self.objects) + len(self.preps) + (1 if self.particle else 0)

    def fits(self, attached: frozenset[str], objects: frozenset[str]) -> bool:
        return all(slot & attached for slot in self.preps) and all(
            any(all(w in objects for w in alt) for alt in slot) for slot in self.objects
        )


@dataclass(frozen=True, kw_only=True)
class CameoMatch:
    """The PLOVER reading CAMEO gives a verb use; ``specificity`` 0 is the verb's bare default."""

    type: str
    mode: str | None
    cameo_code: str
    specificity: int


@dataclass(frozen=True, kw_only=True)
class CameoLexicon:
    version: str
    rules: dict[str, tuple[CameoRule, ...]]  # lemma -> rules in file order

    def match(
        self, lemma: str, *, particle: str | None = None, preps: Iterable[str] = (), objects: Iterable[str] = ()
    ) -> CameoMatch | None:
        rules = self.rules.get(lemma.lower())
        if not rules:
            return None
        part = particle.lower() if particle else None
        prep_set = frozenset(p.lower() for p in preps)
        # a phrasal verb CAMEO lists is its own verb ("call off"); an unlisted particle
        # ("fought back") leaves the bare verb's readings
        if part is not None and any(r.particle == part for r in rules):
            pool = [r for r in rules if r.particle == part]
        else:
            pool = [r for r in rules if r.particle is None or r.particle in prep_set]
        attached = prep_set | ({part} if part else frozenset())
        obj_set = frozenset(o.lower() for o in objects)
        best: CameoRule | None = None
        for rule in pool:
            if rule.fits(attached, obj_set) and (best is None or rule.specificity > best.specificity):
                best = rule
        if best is None or best.type is None:
            return None
        return CameoMatch(type=best.type, mode=best.mode, cameo_code=best.cameo_code, specificity=best.specificity)


def _none(field: str) -> str | None:
    return None if field == "-" else field


def _rule(row: Row) -> CameoRule:
    lemma, particle, preps, objects, code, etype, mode, line = row.fields
    if not _WORD.fullmatch(lemma):
        raise CameoVerbsError(f"{row.where}: lemma {lemma!r} is not a lower-case word")
    if not _CODE.fullmatch(code):
        raise CameoVerbsError(f"{row.where}: CAMEO code {code!r} is not 2 to 4 digits or '---'")
    if etype == "-":
        if mode != "-":
            raise CameoVerbsError(f"{row.where}: a veto row (type '-') takes no mode, found {mode!r}")
    else:
        try:
            check(etype, _none(mode))
        except ValueError as exc:
            raise CameoVerbsError(f"{row.where}: {exc}") from None
    prep_slots, object_slots = [], []
    for slot in preps.split() if preps != "-" else ():
        alts = slot.split("|")
        if not all(_WORD.fullmatch(a) for a in alts):
            raise CameoVerbsError(f"{row.where}: malformed preposition slot {slot!r} (expected 'by' or 'by|with')")
        prep_slots.append(frozenset(alts))
    for slot in objects.split() if objects != "-" else ():
        alts = tuple(tuple(a.split("+")) for a in slot.split("|"))
        if not all(alt and all(_WORD.fullmatch(w) for w in alt) for alt in alts):
            raise CameoVerbsError(f"{row.where}: malformed object slot {slot!r} (expected 'word', 'a|b' or 'a+b')")
        object_slots.append(alts)
    if not line.isdigit():
        raise CameoVerbsError(f"{row.where}: source line {line!r} is not a number")
    return CameoRule(lemma=lemma, particle=_none(particle), preps=tuple(prep_slots), objects=tuple(object_slots),
                     cameo_code=code, type=_none(etype), mode=_none(mode), line=row.line)


def load_cameo_verbs(path: str | Path) -> CameoLexicon:
    """Read and check a CAMEO verb table (``lemma particle preps objects cameo type mode source_line``)."""
    table = read_rows(path, min_fields=8, max_fields=8, sep="\t", key=lambda f: tuple(f[:4]),
                      shape="lemma<TAB>particle<TAB>preps<TAB>objects<TAB>cameo<TAB>type<TAB>mode<TAB>source_line")
    rules: dict[str, list[CameoRule]] = {}
    for row in table.rows:
        rule = _rule(row)
        rules.setdefault(rule.lemma, []).append(rule)
    return CameoLexicon(version=table.version, rules={k: tuple(v) for k, v in rules.items()})


@lru_cache(maxsize=1)
def cameo_lexicon() -> CameoLexicon:
    """The shipped table, loaded and checked once."""
    return load_cameo_verbs(data_file(FILE))


def match(
    lemma: str, *, particle: str | None = None, preps: Iterable[str] = (), objects: Iterable[str] = ()
) -> CameoMatch | None:
    """CAMEO's PLOVER reading of a verb use, or None when CAMEO gives it none.

    CAMEO patterns are flat word sequences after the verb, so both bags are the
    verb's phrase: ``preps`` the prepositions in it (on the verb or inside its
    objects: "extended the state of emergency" has "of"), ``objects`` the lemmas
    of its direct and prepositional objects and their modifiers.
    """
    return cameo_lexicon().match(lemma, particle=particle, preps=preps, objects=objects)
