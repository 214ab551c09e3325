"""Trigger lexicon: which words announce which PLOVER event.

Written for newsgraph (not taken from CAMEO or PETRARCH dictionaries). The
entries live in ``newsgraph/lang/en/plover_verbs.psv`` and ``plover_nouns.psv``
(``lemma | TYPE[:mode] | options``; the options are described at the top of
``plover_verbs.psv``), the word sets in ``plover_word_sets.txt`` and the light
verbs that retype a nominal in ``plover_light_overrides.psv``. Every loader
here rejects a malformed line, a duplicate key, an unknown type, mode, class
or option, naming file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.lang.tables import Row, TableError, data_file, read_classes, read_rows, read_version
from newsgraph.plover.classes import (  # noqa: F401 - re-exported for the coder
    ASSAULT_MODE_CUES, MODIFIER_CLASSES, NOUN_CLASSES, PROTEST_MODE_CUES,
)
from newsgraph.plover.ontology import check

#: the lexicon's version, read from the verb file; every plover_* file carries the same one
LEXICON_VERSION = read_version(data_file("plover_verbs.psv"))


@dataclass(frozen=True, kw_only=True)
class Entry:
    """One trigger: the event it announces and where its arguments are."""

    lemma: str
    particle: str | None
    pos: str  # VERB or NOUN
    type: str
    mode: str | None
    recipient_roles: tuple[str, ...]
    of_role: str | None = None
    poss_role: str | None = None  # "recipient": "his arrest" is his, unless "of X" follows
    need_object: bool = False
    need_dobj: bool = False
    no_dobj: bool = False
    need_complement: bool = False  # "committed to help" (not "committed crimes")
    required_preps: frozenset[str] = frozenset()  # "appealed to/for", not "appealed the verdict"
    need_argument: bool = False  # "agreed to/on/with ..." (not "the governor agreed, saying ...")  # "demonstrated a lack of ..." is not a demonstration
    need_partner: bool = False  # "talked with X", "the two leaders discussed" (not "discussed his role")
    need_support: bool = False  # nominal counts only with a verb that enacts it ("reached an agreement")
    need_verb: bool = False  # nominal counts only with a verb that carries it ("taken into custody")
    carriers: frozenset[str] = frozenset()  # ... and only these verbs ("received a sentence", not "completed")
    content: bool = False
    object_control: bool = False
    ccomp_recipient: bool = False
    mutual: bool = False
    to_court: bool = False  # with no recipient named, the courts are ("pleaded guilty")
    need_recipient: bool = False  # no event without an actor acted on ("recognized Kosovo", not "recognized by UNESCO")
    plural_only: bool = False
    required_mods: frozenset[str] = frozenset()
    civil: tuple[str, str | None] | None = None
    state: tuple[str, str | None] | None | str = None
    object_rules: tuple[tuple[str, str | None, str | None], ...] = ()  # (class, type or None=veto, mode)
    confidence: float = 0.7


class LexiconError(TableError):
    """A lexicon line that does not load; the message names file and line."""


def _type_mode(spec: str, where: str) -> tuple[str | None, str | None]:
    if spec == "-":
        return None, None
    t, _, m = spec.partition(":")
    try:
        check(t, m or None)
    except ValueError as exc:
        raise LexiconError(f"{where}: {exc}") from None
    return t, (m or None)


_FLAGS = {"need": "need_object", "dobj": "need_dobj", "light": "need_support", "nodobj": "no_dobj",
          "needcomp": "need_complement", "needarg": "need_argument", "partner": "need_partner",
          "content": "content", "objctl": "object_control", "ccomp": "ccomp_recipient", "mutual": "mutual",
          "plural": "plural_only", "verb": "need_verb",
          "needrecip": "need_recipient", "tocourt": "to_court"}


def _entry(row: Row, pos: str, classes: frozenset[str]) -> Entry:
    words = row.fields[0].split()
    if len(words) > 2:
        raise LexiconError(f"{row.where}: a lemma takes at most one particle ('call off'): {row.fields[0]!r}")
    lemma, particle = words[0], (words[1] if len(words) > 1 else None)
    where = f"{row.where} ({row.fields[0]})"
    etype, mode = _type_mode(row.fields[1], where)
    if etype is None:
        raise LexiconError(f"{where}: a trigger needs a type")
    kw: dict = {"recipient_roles": ("dobj",) if pos == "VERB" else ("against", "on", "with", "to")}
    rules = []
    conf = 0.7 if pos == "VERB" else 0.6
    for opt in row.fields[2:]:
        if opt.startswith("r="):
            kw["recipient_roles"] = tuple(opt[2:].split(","))
        elif opt.startswith("of="):
            kw["of_role"] = opt[3:]
        elif opt.startswith("poss="):
            kw["poss_role"] = opt[5:]
        elif opt.startswith("c="):
            try:
                conf = float(opt[2:])
            except ValueError:
                raise LexiconError(f"{where}: confidence {opt!r} is not a number") from None
        elif opt.startswith("needprep="):
            kw["required_preps"] = frozenset(opt[9:].split(","))
        elif opt.startswith("verb="):
            kw["need_verb"], kw["carriers"] = True, frozenset(opt[5:].split(","))
        elif opt.startswith("mod="):
            kw["required_mods"] = frozenset(opt[4:].split(","))
        elif opt.startswith("civil="):
            kw["civil"] = _type_mode(opt[6:], where)
        elif opt.startswith("state="):
            kw["state"] = _type_mode(opt[6:], where) if opt[6:] != "-" else "-"
        elif ">" in opt:
            cls, _, spec = opt.partition(">")
            if cls not in classes:
                raise LexiconError(f"{where}: unknown noun class {cls!r}; classes are in plover_noun_classes.txt "
                                   "and plover_modifier_classes.txt")
            t, m = _type_mode(spec, where)
            rules.append((cls, t, m))
        elif opt in _FLAGS:
            kw[_FLAGS[opt]] = True
        else:
            raise LexiconError(f"{where}: unknown option {opt!r}; the options are listed at the top of "
                               "plover_verbs.psv")
    return Entry(lemma=lemma, particle=particle, pos=pos, type=etype, mode=mode,
                 object_rules=tuple(rules), confidence=conf, **kw)


def load_triggers(path: str | Path, pos: str, *, classes: frozenset[str] | None = None) -> dict[str, list[Entry]]:
    """Lemma -> entries of a trigger file, in file order; ``pos`` is VERB or NOUN."""
    known = classes if classes is not None else frozenset(NOUN_CLASSES) | frozenset(MODIFIER_CLASSES)
    rows = read_rows(path, min_fields=2, shape="lemma | TYPE[:mode] | options")
    out: dict[str, list[Entry]] = {}
    for row in rows.rows:
        entry = _entry(row, pos, known)
        out.setdefault(entry.lemma, []).append(entry)
    return out


def load_word_sets(path: str | Path, names: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The named word sets of a class file; a set missing or not asked for is an error."""
    _, sets, lines = read_classes(path)
    for name, line in lines.items():
        if name not in names:
            raise LexiconError(f"{path}:{line}: unknown word set {name}; expected {', '.join(names)}")
    missing = [n for n in names if n not in sets]
    if missing:
        raise LexiconError(f"{path}: word set {', '.join(missing)} missing")
    return sets


def load_light_overrides(path: str | Path) -> dict[tuple[str, str], str]:
    """(light verb, nominal's type) -> the event's type."""
    rows = read_rows(path, min_fields=3, max_fields=3, key=lambda f: (f[0], f[1]),
                     shape="light verb | nominal's TYPE | event's TYPE")
    out: dict[tuple[str, str], str] = {}
    for row in rows.rows:
        verb, nominal, event = row.fields
        for t in (nominal, event):
            try:
                check(t)
            except ValueError as exc:
                raise LexiconError(f"{row.where}: {exc}") from None
        out[(verb, nominal)] = event
    return out


#: the closed word classes the coder's modules read by name (word_set)
CODER_WORD_SETS = (
    "ABSTRACT_TARGETS",
    "ADVERSARIES",
    "AFFILIATION",
    "ANIMALS",
    "ATTACK_MEANS",
    "ATTEMPTS",
    "ATTRIBUTING",
    "BLAMED_ROLES",
    "BLAME_PREDICATES",
    "BLAME_SAYING",
    "CIVILIAN_SITES",
    "CLAIM_OBJECTS",
    "CLAIM_VERBS",
    "CLEMENCY",
    "COLLECTIVES",
    "COMMITTING_AUX",
    "CONDITIONAL_MARKS",
    "CONTENT_TIME_PREPS",
    "CONTESTED",
    "CONTROL",
    "COUNTED_REFERENCES",
    "DEFINITE_DETERMINERS",
    "DEFINITE_QUANTIFIERS",
    "DEONTIC",
    "DISASTER",
    "ELECTORATE",
    "EVENT_CONTAINERS",
    "EVERYONE",
    "EVIDENCE_NOUNS",
    "FAILING",
    "FIRES",
    "FIRST_PERSON",
    "FUTURE_AUX",
    "FUTURE_GOVERNORS",
    "FUTURE_MODIFIERS",
    "HABIT_GOVERNORS",
    "HYPO_AUX",
    "HYPO_GOVERNORS",
    "HYPO_MODIFIERS",
    "IMPACT_VERBS",
    "INFORMAL_BLAME",
    "INTENT",
    "LIFELESS_OBJECTS",
    "LOCATIVE",
    "MANDATIVE",
    "MEDIA_WORDS",
    "MEDIUM_PREPS",
    "MEMBER_NOUNS",
    "MILITARY_WORDS",
    "NEGATING_GOVERNORS",
    "NEGATIVE_PRECONJ",
    "NEG_WORDS",
    "NOBODY",
    "NOT_YET",
    "OPERATIONS",
    "ORDERING",
    "OWN_PEOPLE",
    "PAIR_WORDS",
    "PARTICIPATE",
    "PENDING_LAW_NOUNS",
    "PERMITTING",
    "PLURAL_PRONOUNS",
    "POSSESSIVE_PRONOUNS",
    "PREDICATE_CLASSES",
    "PROPOSING",
    "PUBLIC",
    "RELATIONS",
    "REPORTING",
    "SCENE_PREPS",
    "SEQUENCE_PREPS",
    "STATE_REFERENCES",
    "STATE_VOICES",
    "STATIVE",
    "STAYING",
    "TEMPORAL_PREPS",
    "THING_RELATIVES",
    "THIRD_PERSON",
    "THREAT_CONTENT",
    "TOPIC_PREPS",
    "TRAFFIC",
    "VENUE_NOUNS",
    "VERBAL_ARENAS",
    "WH_WORDS",
    "YIELDING",
)
_SETS = load_word_sets(data_file("plover_word_sets.txt"), ("LIGHT_VERBS", "AGREEMENT_VERBS", "LABEL_VERBS", "NEGATORS",
                                                                "RECEIVING", "ADDRESS", "ACT_ANAPHORS", "COPULAS", "GENERIC_ACTS",
                                                                *CODER_WORD_SETS))


def word_set(name: str) -> frozenset[str]:
    """A closed word class of ``plover_word_sets.txt`` ("SCENE_PREPS", "CLEMENCY", ...)."""
    return _SETS[name]
# Verbs that only carry a nominal trigger ("held talks", "launched an
# offensive"): their subject is the event's actor; they are not events.
LIGHT_VERBS: frozenset[str] = _SETS["LIGHT_VERBS"]
# light verbs that change the nominal's type (verb lemma, nominal type) -> type
LIGHT_OVERRIDES: dict[tuple[str, str], str] = load_light_overrides(data_file("plover_light_overrides.psv"))
# verbs that enact an agreement noun ("reach a deal"); others ("sign", "reject") are triggers themselves
AGREEMENT_VERBS: frozenset[str] = _SETS["AGREEMENT_VERBS"]
# verbs that label ("called the deal lousy") and words that turn a judgment round ("not fair")
LABEL_VERBS: frozenset[str] = _SETS["LABEL_VERBS"]
NEGATORS: frozenset[str] = _SETS["NEGATORS"]
# verbs whose adjective judges their subject ("was unfair"), unlike an act's manner ("resigned effective immediately")
COPULAS: frozenset[str] = _SETS["COPULAS"]
# nouns of an act whose modifier names the event ("a mediation mission", "a peace effort")
GENERIC_ACTS: frozenset[str] = _SETS["GENERIC_ACTS"]
# verbs of receiving: their subject undergoes the nominal they carry ("received aid")
RECEIVING: frozenset[str] = _SETS["RECEIVING"]
# verbs of telling: their object is the addressee of the reported event
ADDRESS: frozenset[str] = _SETS["ADDRESS"]
# nouns that point back at an act ("criticized the move"): its doer is whom the reaction is about
ACT_ANAPHORS: frozenset[str] = _SETS["ACT_ANAPHORS"]


@lru_cache(maxsize=1)
def verb_lexicon() -> dict[str, list[Entry]]:
    """Verb lemma -> entries (several when particles differ: 'call on', 'call off')."""
    return load_triggers(data_file("plover_verbs.psv"), "VERB")


@lru_cache(maxsize=1)
def noun_lexicon() -> dict[str, list[Entry]]:
    return load_triggers(data_file("plover_nouns.psv"), "NOUN")


def _predicate_classes() -> frozenset[str]:
    """The object classes matched only by the object or its predicate (PREDICATE_CLASSES), each a
    class of plover_noun_classes.txt or plover_modifier_classes.txt."""
    names = _SETS["PREDICATE_CLASSES"]
    unknown = sorted(names - frozenset(NOUN_CLASSES) - frozenset(MODIFIER_CLASSES))
    if unknown:
        raise LexiconError(f"plover_word_sets.txt: PREDICATE_CLASSES names no object class: {', '.join(unknown)}")
    return names


PREDICATE_CLASSES: frozenset[str] = _predicate_classes()
