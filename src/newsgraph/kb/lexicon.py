"""Role and sector lexicon: which nouns name actors, and in which PLOVER sector.

The words are data: ``lang/en/actor_roles.psv`` (role nouns and sector modifiers)
and ``lang/en/actor_words.txt`` (the word classes the mention finder reads),
loaded and checked here once per process.

``ROLE_NOUNS`` maps a noun lemma to (sector, kind): "troops" is MIL, a group;
"minister" is GOV, a person. ``MODIFIER_SECTORS`` are words that set the
sector of a generic head ("rebel leader" is REB, "opposition leader" OPP,
"military official" MIL). ``canonical_title`` maps the many ways of naming an
office to one title, so "Russia's top diplomat" and "foreign minister Sergey
Lavrov" can be recognised as the same office.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.lang.tables import TableError, data_file, read_classes, read_rows

P, G, O = "person", "group", "organization"
_KINDS = (P, G, O)


def load_roles(path=None) -> tuple[str, dict[str, tuple[str, str]], dict[str, str]]:
    """(version, role nouns, sector modifiers) of ``actor_roles.psv`` (or ``path``), checked."""
    from newsgraph.kb.model import SECTORS

    table = read_rows(path or data_file("actor_roles.psv"), min_fields=4, max_fields=4, key=lambda f: (f[0], f[1], f[2]),
                      shape="role | SECTOR | person|group|organization | word, word")
    roles: dict[str, tuple[str, str]] = {}
    modifiers: dict[str, str] = {}
    where: dict[tuple[str, str], int] = {}
    for row in table.rows:
        what, sector, kind, words = row.fields
        if what not in ("role", "modifier"):
            raise row.error(f"the first field is 'role' or 'modifier', not {what!r}")
        if sector not in SECTORS:
            raise row.error(f"unknown sector {sector!r}; known: {', '.join(sorted(SECTORS))}")
        if (what == "role") != (kind in _KINDS) or (what == "modifier" and kind != "-"):
            raise row.error(f"a role's kind is one of {', '.join(_KINDS)}; a modifier's is '-', not {kind!r}")
        for w in (w.strip() for w in words.split(",")):
            if not w:
                raise row.error("an empty word (two commas in a row?)")
            if (what, w) in where:
                raise row.error(f"{w!r} is already a {what} on line {where[(what, w)]}; a word has one sector")
            where[(what, w)] = row.line
            if what == "role":
                roles[w] = (sector, kind)
            else:
                modifiers[w] = sector
    return table.version, roles, modifiers


#: the classes of ``actor_words.txt``; the file must define each of them
WORD_CLASSES = ("NEEDS_ANCHOR", "GENERIC_HEADS", "WEAK_MODIFIERS", "FORMER", "PLACE_NOUNS", "PERSON_TITLE_HEADS",
                "EVENT_NOUNS", "COLLECTION_NOUNS", "NOMINAL_PARTICIPLES", "SUBJECT_INSTITUTIONS",
                "LOCATIVE_PREPS", "PLAIN_PEOPLE", "SUSPECT_NOUNS", "KIN", "CHAMBERS", "VISIT_WORDS",
                "BODY_TITLES",
                "MALE_PRONOUNS", "FEMALE_PRONOUNS", "PLURAL_QUANTIFIERS", "ANAPHOR_BUSINESS", "ANAPHOR_ARMED_OR_POLITICAL",
                "ANAPHOR_KNOWN_BODY", "ANAPHOR_PARTY", "ANAPHOR_TEAM", "ANAPHOR_CHURCH", "ANAPHOR_UNION",
                "CORPORATE_SUFFIXES", "FEMALE_HONORIFICS", "MALE_HONORIFICS", "FEMALE_KIN", "MALE_KIN",
                "HUMAN_NOUNS",
                "TITLE_WORDS", "HYPHEN_VERBS", "MOTION_VERBS", "TO_RECIPIENT", "FROM_SOURCE", "ON_TARGET",
                "STATE_MEDIA", "COMMUNITY_HEADS", "FAITHS", "REGIONAL", "ASSOCIATIONS", "NOT_OWN_PREPS",
                "ACTOR_PREPS", "STATE_HEADS",
                "RANKS", "FOREIGN", "WORLD_FAITHS", "AREA_FORCES", "GENERIC_FORCE_WORDS", "PLACE_OPENERS",
                "STANCE_PREFIXES", "FORCE_DESCRIPTORS")


def load_words(path=None) -> tuple[str, dict[str, frozenset[str]]]:
    """(version, word classes) of ``actor_words.txt`` (or ``path``), checked."""
    path = path or data_file("actor_words.txt")
    version, classes, _ = read_classes(path)
    missing = [c for c in WORD_CLASSES if c not in classes]
    if missing:
        raise TableError(f"{path}:1: classes {', '.join(missing)} are missing; the mention finder reads them")
    return version, classes


def load_agents(path=None) -> tuple[str, dict[str, str]]:
    """(version, agent noun -> sector) of ``actor_agents.tsv`` (or ``path``), checked.

    The broad table derived from the Phoenix agents dictionary by
    ``scripts/build_phoenix_agents.py``: read only where a phrase already names a
    person, for a noun the role lexicon does not know ("Sheriff Ann Cole").
    """
    from newsgraph.kb.model import SECTORS

    table = read_rows(path or data_file("actor_agents.tsv"), min_fields=2, max_fields=2, sep="\t",
                      shape="noun<TAB>SECTOR")
    agents: dict[str, str] = {}
    for row in table.rows:
        noun, sector = row.fields
        if sector not in SECTORS:
            raise row.error(f"unknown sector {sector!r}; known: {', '.join(sorted(SECTORS))}")
        if noun != noun.lower():
            raise row.error(f"nouns are lower case: {noun!r}")
        agents[noun] = sector
    return table.version, agents


ROLES_VERSION, ROLE_NOUNS, MODIFIER_SECTORS = load_roles()
AGENTS_VERSION, AGENT_NOUNS = load_agents()
WORDS_VERSION, _WORDS = load_words()

#: nouns that need a country or organisation in the phrase to be an actor
#: ("people in Hong Kong" is an actor, "people" alone is not).
NEEDS_ANCHOR = _WORDS["NEEDS_ANCHOR"]
#: generic heads whose sector follows a modifier ("rebel leader", "army chief")
GENERIC_HEADS = _WORDS["GENERIC_HEADS"]
# "foreign", "state" and "official" only colour a generic head, never override
# a specific one; "security" is COP for people but leaves "security council".
WEAK_MODIFIERS = _WORDS["WEAK_MODIFIERS"]
#: "former", "ex-", "retired", "ousted", "exiled" make an official ELI
FORMER = _WORDS["FORMER"]
#: nouns that name a part of a place: "Libya's capital" is a place, not an actor
PLACE_NOUNS = _WORDS["PLACE_NOUNS"]
#: adjectives and participles that name people after "the" ("the accused")
NOMINAL_PARTICIPLES = _WORDS["NOMINAL_PARTICIPLES"]
#: institutions that are actors when they act ("the court ruled"), not when named as a place
SUBJECT_INSTITUTIONS = _WORDS["SUBJECT_INSTITUTIONS"]
#: prepositions after which a one-word name is a place ("in Lyon"), whatever the recogniser says
LOCATIVE_PREPS = _WORDS["LOCATIVE_PREPS"]
#: people named by no role of their own ("a man", "two teenagers"): suspects when arrested
PLAIN_PEOPLE = _WORDS["PLAIN_PEOPLE"]
#: what a story calls the one who did it ("a gunman ... the suspect"): one person
SUSPECT_NOUNS = _WORDS["SUSPECT_NOUNS"]
#: family ties ("the suspect's wife"): actors only as the ones acted upon
KIN = _WORDS["KIN"]
#: words for a legislature's chamber that are buildings when lower-case ("a house in Leeds")
CHAMBERS = _WORDS["CHAMBERS"]
#: verbs and nouns of travel: their subject, or the one a visit is "by", is a visitor
VISIT_WORDS = _WORDS["VISIT_WORDS"]
#: titles of a body's head that take the body's sector ("the president of the Red Cross")
BODY_TITLES = _WORDS["BODY_TITLES"]

# Classes read by coreference (actors/coref.py), the phrase reader (actors/phrase.py) and the
# actors stage; what each is for is said above it in actor_words.txt.
MALE_PRONOUNS, FEMALE_PRONOUNS = _WORDS["MALE_PRONOUNS"], _WORDS["FEMALE_PRONOUNS"]
PLURAL_QUANTIFIERS = _WORDS["PLURAL_QUANTIFIERS"]
FORCE_DESCRIPTORS = _WORDS["FORCE_DESCRIPTORS"]
PLACE_OPENERS = _WORDS["PLACE_OPENERS"]
STANCE_PREFIXES = _WORDS["STANCE_PREFIXES"]


def after_stance(words: Sequence[str], k: int) -> bool:
    """Is word ``k`` of the lower-case ``words`` the second half of "anti-war", "pro-Russian",
    "post-war" (a stance or a time, not who acts)?"""
    return k >= 2 and words[k - 1] in ("-", "–") and words[k - 2] in STANCE_PREFIXES
ANAPHOR_BUSINESS = _WORDS["ANAPHOR_BUSINESS"]
ANAPHOR_ARMED_OR_POLITICAL = _WORDS["ANAPHOR_ARMED_OR_POLITICAL"]
ANAPHOR_KNOWN_BODY = _WORDS["ANAPHOR_KNOWN_BODY"]
ANAPHOR_PARTY = _WORDS["ANAPHOR_PARTY"]
ANAPHOR_TEAM = _WORDS["ANAPHOR_TEAM"]
ANAPHOR_CHURCH = _WORDS["ANAPHOR_CHURCH"]
ANAPHOR_UNION = _WORDS["ANAPHOR_UNION"]
CORPORATE_SUFFIXES = _WORDS["CORPORATE_SUFFIXES"]
FEMALE_HONORIFICS = _WORDS["FEMALE_HONORIFICS"]
MALE_HONORIFICS = _WORDS["MALE_HONORIFICS"]
FEMALE_KIN = _WORDS["FEMALE_KIN"]
MALE_KIN = _WORDS["MALE_KIN"]
HUMAN_NOUNS = _WORDS["HUMAN_NOUNS"]
TITLE_WORDS = _WORDS["TITLE_WORDS"]
HYPHEN_VERBS = _WORDS["HYPHEN_VERBS"]
MOTION_VERBS = _WORDS["MOTION_VERBS"]
TO_RECIPIENT = _WORDS["TO_RECIPIENT"]
FROM_SOURCE = _WORDS["FROM_SOURCE"]
ON_TARGET = _WORDS["ON_TARGET"]
STATE_MEDIA = _WORDS["STATE_MEDIA"]
COMMUNITY_HEADS = _WORDS["COMMUNITY_HEADS"]
FAITHS = _WORDS["FAITHS"]
REGIONAL = _WORDS["REGIONAL"]
ASSOCIATIONS = _WORDS["ASSOCIATIONS"]
NOT_OWN_PREPS = _WORDS["NOT_OWN_PREPS"]
ACTOR_PREPS = _WORDS["ACTOR_PREPS"]
STATE_HEADS = _WORDS["STATE_HEADS"]
RANKS = _WORDS["RANKS"]
FOREIGN = _WORDS["FOREIGN"]
WORLD_FAITHS = _WORDS["WORLD_FAITHS"]
AREA_FORCES = _WORDS["AREA_FORCES"]
GENERIC_FORCE_WORDS = _WORDS["GENERIC_FORCE_WORDS"]

# --- canonical office titles -------------------------------------------------

def load_titles(path=None) -> tuple[list[tuple[str, "re.Pattern[str]"]], dict[str, str]]:
    """(canonical titles with their compiled patterns, in order; KB title -> canonical title)
    of ``actor_titles.psv`` (or ``path``), checked: a pattern that does not compile, a kind
    other than title or alias, or a title listed twice is an error naming file and line."""
    rows = read_rows(path or data_file("actor_titles.psv"), min_fields=3, max_fields=3, sep="~",
                     key=lambda f: (f[0], f[1]), shape="title ~ CANONICAL ~ PATTERN  or  alias ~ KB TITLE ~ CANONICAL")
    titles: list[tuple[str, re.Pattern[str]]] = []
    aliases: dict[str, str] = {}
    for row in rows.rows:
        kind, name, value = row.fields
        if kind == "title":
            try:
                titles.append((name, re.compile(r"\b(?:" + value + r")\b")))
            except re.error as exc:
                raise row.error(f"the pattern of {name!r} does not compile: {exc}") from None
        elif kind == "alias":
            aliases[name] = value
        else:
            raise row.error(f"unknown kind {kind!r}; use title or alias")
    return titles, aliases


_TITLE_RES, _KB_TITLE_ALIASES = load_titles()


def canonical_title(text: str | None) -> str | None:
    """One canonical office title for a phrase ("top diplomat" -> "foreign minister")."""
    if not text:
        return None
    low = text.lower()
    for title, rx in _TITLE_RES:
        if rx.search(low):
            # a deputy holds another office: "deputy prime minister" is not the prime minister
            if title != "vice president" and re.search(r"\b(deputy|vice|assistant|under|junior|state)\b[- ]*" +
                                                      r"(\w+ )?" + title.split()[0], low):
                return "deputy " + title
            return title
    return None


def kb_title(title: str | None) -> str | None:
    """Canonical title for a KB role title."""
    if not title:
        return None
    if title in _KB_TITLE_ALIASES:
        return _KB_TITLE_ALIASES[title]
    return canonical_title(title) or title


#: heads of person roles where a "counterpart" inherits the office
PERSON_TITLE_HEADS = _WORDS["PERSON_TITLE_HEADS"]
#: nouns naming an act whose national modifier is its agent: "an Indian proposal",
#: "US mediation", "Russian sanctions" (the state did it)
EVENT_NOUNS = _WORDS["EVENT_NOUNS"]
#: quantity and collection nouns: "a group of Moroccan diplomats" is the diplomats
COLLECTION_NOUNS = _WORDS["COLLECTION_NOUNS"]


def role_of(word: str, lemma: str | None = None) -> tuple[str, str] | None:
    """(sector, kind) of a role noun, trying the word, its lemma and a naive singular."""
    w = word.lower()
    hit = ROLE_NOUNS.get(w) or (ROLE_NOUNS.get(lemma.lower()) if lemma else None)
    if hit is None and len(w) > 3 and w.endswith("s"):
        hit = ROLE_NOUNS.get(w[:-1]) or (ROLE_NOUNS.get(w[:-2]) if w.endswith("es") else None)
    return hit


def agent_sector(word: str, lemma: str | None = None, before: str | None = None) -> str | None:
    """Sector of a noun naming a kind of person in the broad agent table ("sheriff" COP,
    "dentist" MED), with the word before it for two-word nouns ("fire marshal"); None
    for a noun the role lexicon knows (``role_of`` decides those) or no table lists."""
    w = word.lower()
    forms = [w] + ([lemma.lower()] if lemma else []) + ([w[:-1]] if len(w) > 3 and w.endswith("s") else [])
    if before:
        for f in forms:
            pair = f"{before.lower()} {f}"
            if pair in ROLE_NOUNS:
                return None
            if pair in AGENT_NOUNS:
                return AGENT_NOUNS[pair]
    if role_of(word, lemma) is not None:
        return None
    return next((AGENT_NOUNS[f] for f in forms if f in AGENT_NOUNS), None)


_ROLE_SLIPS: dict[str, set[str]] = {}


def role_of_misspelt(word: str) -> tuple[str, str] | None:
    """(sector, kind) of a long role noun misspelt by one letter inside it ("Commision").

    Only for capitalised words in names, where copy misspells; one candidate only.
    """
    w = word.lower()
    if len(w) < 7 or not word[:1].isupper():
        return None
    if not _ROLE_SLIPS:
        for k in ROLE_NOUNS:
            if len(k) >= 7 and " " not in k:
                for i in range(1, len(k) - 1):
                    _ROLE_SLIPS.setdefault(k[:i] + k[i + 1 :], set()).add(k)
                _ROLE_SLIPS.setdefault(k, set()).add(k)
    forms = {w[:i] + w[i + 1 :] for i in range(1, len(w) - 1)} | {w}
    hits = {k for f in forms for k in _ROLE_SLIPS.get(f, ()) if k[0] == w[0] and k[-1] == w[-1]
            and abs(len(k) - len(w)) <= 1 and k != w}
    return ROLE_NOUNS[hits.pop()] if len(hits) == 1 else None
