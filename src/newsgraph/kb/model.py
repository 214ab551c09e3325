"""Knowledge-base records: entries with dated roles, and the name index.

An entry is a person, organisation, state, capital, demonym or armed group
known by one or more names. Its *roles* say which country and PLOVER sector it
belongs to and when: Sergey Lavrov is RUS GOV "foreign minister" from
2004-03-09 on; Hamid Karzai is AFG GOV until 2014-09-29 and AFG ELI after.
Resolution always asks for the role valid on the document's date.

The index maps a normalised name to entries. Short all-capital acronyms
("US", "UN", "IS") are matched case-sensitively so the pronoun "us" or the
verb "is" never resolves to a country.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from typing import Iterable

#: PLOVER sectors (manual, "Sector Codes"), plus PRM used by some coders.
SECTORS = frozenset(
    "GOV MIL REB LEG JUD COP OPP PTY SPY UAF CVL BUS JRN MED REL LAB EDU REF CRM PRE ELI AGR SOC NGO UNK PRM".split()
)
#: non-state country codes (PLOVER table of international non-state actors).
NONSTATE = frozenset({"IGO", "NGO", "ISM", "IMG", "MNC"})

#: sectors of an office that a term ends (a stale open-ended one becomes ELI)
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})

KINDS = ("person", "organization", "state", "capital", "seat", "demonym", "group", "region")


@dataclass(frozen=True, slots=True)
class Role:
    """What an entry is, between two dates (both inclusive; None is open)."""

    country: str | None
    sector: str | None = None
    title: str | None = None
    org: str | None = None
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def to_json(self) -> dict:
        out = {"country": self.country}
        for k in ("sector", "title", "org"):
            v = getattr(self, k)
            if v is not None:
                out[k] = v
        if self.start:
            out["start"] = self.start.isoformat()
        if self.end:
            out["end"] = self.end.isoformat()
        return out

    @classmethod
    def from_json(cls, d: dict) -> "Role":
        return cls(
            country=d.get("country"),
            sector=d.get("sector"),
            title=d.get("title"),
            org=d.get("org"),
            start=date.fromisoformat(d["start"]) if d.get("start") else None,
            end=date.fromisoformat(d["end"]) if d.get("end") else None,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenRolePolicy:
    """How long a stale dictionary's open-ended office role is believed.

    A dictionary written on ``as_of`` that never closes a term: its open office
    role is trusted past ``as_of`` for ``share`` of the time it had lasted by
    then, and for ``min_years`` at least (a leader 29 years in office by then
    is likely still there a few years on; a minister of two years is not).
    After that the person keeps the country and becomes ELI.
    """

    as_of: date
    min_years: float
    share: float

    def stale(self, role: Role, day: date) -> bool:
        if role.end is not None or role.start is None or role.sector not in _OFFICE_SECTORS:
            return False
        lasted = max((self.as_of - role.start).days, 0)
        return (day - self.as_of).days > max(365.25 * self.min_years, self.share * lasted)


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    gender: str | None = None  # "m" | "f" for persons, when known
    source: str = "builtin"
    #: names given as prefixes (TABARI entries without a trailing "_").
    prefixes: tuple[str, ...] = ()
    #: when an open-ended office role stops being believed (entries of a stale
    #: dictionary); None: open roles are trusted
    open_roles: OpenRolePolicy | None = None

    def role_on(self, day: date | None) -> Role | None:
        """The role valid on ``day``.

        Dated roles win when one is valid; an undated role is the default
        (TABARI semantics). Without a date, the latest role is used. When every
        dated role lies in the past and there is no default, a built-in or
        Phoenix-table person becomes ELI (a former official, PLOVER's
        definition); imported entries follow their dictionary and get no sector.
        """
        if not self.roles:
            return None
        undated = [r for r in self.roles if not r.dated]
        dated = [r for r in self.roles if r.dated]
        if day is None:
            if dated:
                # the current (open-ended) role, else the latest one
                open_ = [r for r in dated if r.end is None]
                pick = open_ or dated
                return max(pick, key=lambda r: r.start or date.min)
            return undated[0]
        valid = [r for r in dated if r.valid_on(day)]
        if valid:
            # the most recently started role is the most specific one
            best = max(valid, key=lambda r: r.start or date.min)
            if self.open_roles is not None and self.open_roles.stale(best, day):
                return Role(best.country, "ELI", None, best.org, None, None)
            return best
        if undated:
            return undated[0]
        past = [r for r in dated if r.end is not None and r.end < day]
        if past:
            last = max(past, key=lambda r: r.end)
            if self.kind == "person" and self.source in ("builtin", "phoenix"):
                title = f"former {last.title}" if last.title else None
                return Role(last.country, "ELI", title, last.org, None, None)
            return Role(last.country, None, None, last.org, None, None)
        # not yet in office: the country is known, the sector is not
        first = min(dated, key=lambda r: r.start or date.min)
        return Role(first.country, None, None, first.org, None, None)

    def to_json(self) -> dict:
        out: dict = {"id": self.id, "name": self.name, "kind": self.kind}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.prefixes:
            out["prefixes"] = list(self.prefixes)
        if self.roles:
            out["roles"] = [r.to_json() for r in self.roles]
        if self.gender:
            out["gender"] = self.gender
        out["source"] = self.source
        return out

    @classmethod
    def from_json(cls, d: dict) -> "KBEntry":
        return cls(
            id=d["id"],
            name=d["name"],
            kind=d["kind"],
            aliases=tuple(d.get("aliases", ())),
            roles=tuple(Role.from_json(r) for r in d.get("roles", ())),
            gender=d.get("gender"),
            source=d.get("source", "imported"),
            prefixes=tuple(d.get("prefixes", ())),
        )


# --- name normalisation ------------------------------------------------------

_DOTS = re.compile(r"(?<=\b[A-Za-z])\.")
_NONWORD = re.compile(r"[^\w&]+")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")


def _fold(text: str) -> str:
    if text.isascii():
        return text  # nothing to fold (most names): skip the Unicode work
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=131072)
def name_key(text: str) -> str:
    """Lower-case key: accents, dots, possessive 's, hyphens and quotes removed (cached: names repeat)."""
    t = _fold(text).replace("’", "'")
    t = re.sub(r"'s\b", "", t)
    t = _DOTS.sub("", t)
    t = _NONWORD.sub(" ", t).strip().lower()
    return t


#: generational suffixes after a surname ("Jr.", "III"): not the surname
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def person_key(text: str) -> str:
    """A person's name key without middle initials or a generational suffix: "Aldo R.
    Brennan" and "Aldo Brennan", "Robert J. Hallworth Jr." and "Robert Hallworth" meet."""
    words = name_key(text).split()
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    if len(words) > 2:
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    return " ".join(words)


def acronym_key(text: str) -> str | None:
    """Case-sensitive key for acronyms such as "U.S." or "UN", else None."""
    t = _DOTS.sub("", _fold(text)).replace(" ", "").replace("'s", "")
    return "=" + t if _ACRONYM.match(t) else None


@dataclass
class NameIndex:
    """Normalised names to entry ids, with TABARI-style prefix names."""

    exact: dict[str, list[str]] = field(default_factory=dict)
    prefix: dict[str, list[str]] = field(default_factory=dict)
    #: one-letter-deleted forms of long names, to read misspellings (built on first use)
    _deletes: dict[str, set[str]] | None = field(default=None, repr=False)
    _misspelt: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def add(self, entry: KBEntry) -> None:
        for name in (entry.name, *entry.aliases):
            key = acronym_key(name) or name_key(name)
            if key:
                ids = self.exact.setdefault(key, [])
                if entry.id not in ids:
                    ids.append(entry.id)
        for name in entry.prefixes:
            key = name_key(name)
            if len(key) >= 4:
                ids = self.prefix.setdefault(key, [])
                if entry.id not in ids:
                    ids.append(entry.id)

    def find(self, text: str) -> list[str]:
        ak = acronym_key(text)
        if ak and ak in self.exact:
            return self.exact[ak]
        if ak:
            # An all-capital short word that is not a known acronym: do not
            # fall back to a case-insensitive match ("IS" is not "is").
            if len(ak) <= 4:
                return []
        key = name_key(text)
        hit = self.exact.get(key)
        if hit:
            return hit
        if self.prefix:
            # TABARI prefix names: "ARGENTIN" matches "Argentina", "Argentine"
            for k in range(len(key), 3, -1):
                if " " in key[k - 1 :]:
                    break  # a prefix name ends inside the last word only
                hit = self.prefix.get(key[:k])
                if hit:
                    return hit
        return []


def _deleted_forms(key: str) -> set[str]:
    return {key[:k] + key[k + 1 :] for k in range(len(key)) if key[k] != " "}


def _one_slip(a: str, b: str) -> bool:
    """Do names ``a`` and ``b`` differ by one slip of the pen in one long word?

    The word must be six letters or more and keep its first and last letters, so
    "Iran" is never "Iraq" and "Commision" is "Commission".
    """
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    # the slip is inside the word: an added or dropped ending changes the word
    # ("Dagestan" is not "Dagestani", "Palestinians" not "Palestinian")
    return min(len(x), len(y)) >= 6 and x[0] == y[0] and x[-1] == y[-1] and not (x.isdigit() or y.isdigit())


_MIN_SLIP_KEY = 8


def misspelt_find(index: "NameIndex", text: str) -> list[str]:
    """Entry ids whose name ``text`` misspells by one letter (deleted, added, changed or swapped).

    News copy misspells names ("Kenya Anti-Corruption Commision"); a capitalised
    name of eight letters or more that matches exactly one known name within one
    slip is read as that name. Ambiguous slips match nothing.
    """
    if not text[:1].isupper():
        return []
    key = name_key(text)
    if not (_MIN_SLIP_KEY <= len(key) <= 60):
        return []
    cached = index._misspelt.get(key)
    if cached is not None:
        return cached
    if index._deletes is None:
        deletes: dict[str, set[str]] = {}
        for k in index.exact:
            if k.startswith("=") or len(k) < _MIN_SLIP_KEY:
                continue
            for form in _deleted_forms(k) | {k}:
                deletes.setdefault(form, set()).add(k)
        index._deletes = deletes
    near: set[str] = set()
    for form in _deleted_forms(key) | {key}:
        for k in index._deletes.get(form, ()):
            if k != key and _one_slip(key, k):
                near.add(k)
    ids = {i for k in near for i in index.exact[k]}
    out = list(ids) if len(ids) == 1 else []
    if len(index._misspelt) < 65536:
        index._misspelt[key] = out
    return out


def entries_by_id(entries: Iterable[KBEntry]) -> dict[str, KBEntry]:
    out: dict[str, KBEntry] = {}
    for e in entries:
        out[e.id] = e
    return out
