"""The actor knowledge base: built-in facts plus imported dictionaries.

Modules: ``model`` (entries, dated roles, name index), ``countries``,
``orgs``, ``people`` (the built-in facts, read from ``kb_orgs.psv`` and ``kb_people.psv``), ``lexicon`` (role
nouns, sectors, office titles), ``names`` (given names and gender),
``phoenix`` (TABARI/Phoenix importer), ``cli`` (``newsgraph kb``). Reading
mentions and grouping them into actors is :mod:`newsgraph.actors`'s.

``load_kb(config)`` returns the process-wide :class:`KnowledgeBase` (built
once per process and per imported file). The built-in part is written in
``countries``, ``orgs`` and ``people``; an imported part (``newsgraph kb
import``) is a JSON file at ``Config.kb_path`` saved by :func:`save_entries`.
With ``Config.prefer_imported_kb`` an imported entry wins over a built-in one
of the same name; otherwise built-in facts win and imported entries fill gaps.

Under both lies the shipped Phoenix-derived table (``table``: about 24,000
people, organisations and armed groups, source tag ``phoenix``). It only
answers for a name neither the project's entries (nor their surnames) nor an
imported file know, and only for text written as a name ("Security forces"
at the start of a sentence is no name). A Phoenix person who is a project
person under another spelling is left out, so a stale dictionary role never
beats a dated project one. The project's alias table (``kb_aliases.tsv``)
adds names to either part.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from newsgraph.kb.lexicon import kb_title
from newsgraph.kb.model import KBEntry, NameIndex, Role, acronym_key, misspelt_find, name_key
from newsgraph.kb.table import ALIAS_TABLE, apply_aliases, phoenix_entries, table_path

__all__ = ["KBEntry", "Role", "KnowledgeBase", "Match", "load_kb", "builtin_entries", "project_entries",
           "save_entries", "load_entries", "KBFileError"]

KB_FORMAT = "newsgraph-kb"
KB_VERSION = 1

# Which entry wins when one name has several: a person before an organisation
# before a government seat, then the state, its capital and its demonym.
_KIND_RANK = {"person": 0, "organization": 1, "group": 1, "seat": 2, "state": 3, "capital": 4, "demonym": 5,
              "region": 6}

# Surnames too common to resolve on their own.
_AMBIGUOUS_SURNAMES = frozenset(
    "khan singh kim lee park wang li zhang liu chen ali hussein ahmed mohamed mohammed muhammad hassan "
    "abdullah salman bush clinton johnson brown smith jones taylor williams sharif aoun hariri gaddafi "
    "assad rajapaksa kenyatta castro kirchner fernandez sanchez gandhi bhutto zardari deby gul "
    "mahdi saleh haqqani thani nahyan zayed mustafa".split()
)


def _office_key(country: str, org: str | None) -> str:
    """Offices of an IGO are kept per organisation: the EU's president is not the UN's."""
    return f"IGO:{org}" if country == "IGO" and org else country


class KBFileError(ValueError):
    """An imported KB file cannot be read; the message says how to fix it."""


@dataclass(frozen=True, slots=True)
class Match:
    """A KB entry found for a name, with the role it had on the document date."""

    entry: KBEntry
    role: Role | None


# Function words a name may keep in lower case ("Bank of America", "al-Qaeda").
_NAME_PARTICLES = frozenset("of the and for in on at de del des la le du da di von van der den al el bin ibn".split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _given_name(word: str) -> bool:
    from newsgraph.kb.names import gender_of  # (names reads the KB's data; imported late)

    return gender_of(word.strip()) is not None


def looks_like_name(text: str) -> bool:
    """Is ``text`` written as a proper name: every content word capitalised?

    The Phoenix table holds names only; "Security forces said" or "the armed
    forces" are descriptions the actors stage reads itself.
    """
    words = _WORD.findall(text)
    if not words:
        return False
    for w in words:
        if w.lower() in _NAME_PARTICLES:
            continue
        if not any(p[:1].isupper() for p in re.split(r"[-'’]", w) if p):
            return False
    return True


class KnowledgeBase:
    def __init__(self, builtin: Iterable[KBEntry], imported: Iterable[KBEntry] = (), *, prefer_imported: bool = False,
                 phoenix: Iterable[KBEntry] = ()):
        self.prefer_imported = prefer_imported
        self.entries: dict[str, KBEntry] = {}
        self._builtin = NameIndex()
        self._imported = NameIndex()
        builtin = list(builtin)
        for e in builtin:
            self.entries[e.id] = e
            self._builtin.add(e)
        for e in imported:
            self.entries[e.id] = e
            self._imported.add(e)
        self.imported_count = len(self.entries) - len({e.id for e in builtin}) if imported else 0
        self._surnames: dict[str, str] = {}
        self._offices: dict[tuple[str, str], list[tuple[KBEntry, Role]]] = {}
        #: title -> the countries (or IGO bodies) that have that office, for sole_office_holder
        self._office_keys: dict[str, set[str]] = {}
        self._index_people()
        self._phoenix = NameIndex()
        self._phoenix_surnames: dict[str, str] = {}
        self.phoenix_count = self._add_phoenix(phoenix)

    def _index_people(self) -> None:
        seen: dict[str, set[str]] = {}
        for e in self.entries.values():
            if e.kind != "person" or e.source != "builtin":
                continue
            last = name_key(e.name).split()[-1:] or [""]
            if len(last[0]) >= 4 and last[0] not in _AMBIGUOUS_SURNAMES:
                seen.setdefault(last[0], set()).add(e.id)
            for r in e.roles:
                t = kb_title(r.title)
                # offices of government and armed forces only: an "opposition leader"
                # or a "Hamas leader" holds no office of the state (the Holy See's pope does)
                if r.country and t and r.sector in ("GOV", "MIL", "LEG", "JUD", "SPY", "REL"):
                    key = _office_key(r.country, r.org)
                    self._offices.setdefault((key, t), []).append((e, r))
                    self._office_keys.setdefault(t, set()).add(key)
        self._surnames = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}

    def _add_phoenix(self, phoenix: Iterable[KBEntry]) -> int:
        """Index the Phoenix table under the project's entries; returns how many entries it adds.

        A name the project already has stays the project's. A Phoenix entry
        that shares a name (or a lone surname) with a project person of the
        same country is that person: the whole Phoenix entry is left out, so
        none of its other spellings brings back a stale role.
        """
        added = 0
        for e in phoenix:
            if e.id in self.entries:
                continue
            keep: list[str] = []
            same_person = False
            for n in (e.name, *e.aliases):
                key = acronym_key(n) or name_key(n)
                hits = list(self._builtin.exact.get(key, ()))
                if not hits and key in self._surnames:
                    hits = [self._surnames[key]]
                if not hits:
                    keep.append(n)
                    continue
                # Phoenix files some people as organisations ("BARACK_OBAMA"): any kind counts
                if any(self._same_person(e, self.entries[i]) for i in hits):
                    same_person = True
                    break
            if same_person or not keep:
                continue
            if len(keep) != 1 + len(e.aliases):
                e = replace(e, name=keep[0], aliases=tuple(keep[1:]))
            self.entries[e.id] = e
            added += 1
            single = [n for n in keep if e.kind == "person" and " " not in name_key(n)]
            for n in single:
                # a lone surname answers like the project's surnames: only for a whole mention
                self._phoenix_surnames[name_key(n)] = e.id
            if len(single) == len(keep):
                self._phoenix.add(replace(e, name="", aliases=()))  # nothing to index but the id
            else:
                self._phoenix.add(e if not single else replace(e, name=next(n for n in keep if n not in single),
                                                                 aliases=tuple(n for n in keep if n not in single)))
        return added

    @staticmethod
    def _same_person(p: KBEntry, ours: KBEntry) -> bool:
        if ours.kind != "person":
            return False
        theirs = {r.country for r in p.roles}
        return any(r.country in theirs for r in ours.roles)

    # --- look-ups ---

    def find(self, name: str, *, surnames: bool = True, is_place=None) -> list[KBEntry]:
        """Entries known by ``name``, best first (imported first when preferred).

        ``surnames``: a lone surname of a built-in office holder ("Kishida")
        matches too; callers matching parts of a longer name turn it off.
        ``is_place``: name -> whether the gazetteer knows it as a place; such a name is
        never read as a one-letter slip for a known one ("Columbia, South Carolina" is
        not Colombia). Asked only when a slip would be tried.
        """
        b = [self.entries[i] for i in self._builtin.find(name)]
        m = [self.entries[i] for i in self._imported.find(name)] if self._imported.exact else []
        if not b and not m:
            # a lone word that is also a common given name ("Omar", "Hassan") is too often
            # someone else to be a known person's surname (asked only on a miss: find is hot)
            surnames = surnames and not (" " not in name.strip() and _given_name(name))
            sid = self._surnames.get(name_key(name)) if surnames else None
            if sid:
                return [self.entries[sid]]
            p = self._find_phoenix(name, surnames=surnames)
            if p:
                return p
            words = name.split()
            if len(words) >= 3 and any(len(w.rstrip(".")) == 1 for w in words[1:-1]):
                # "John R. Bolton" is John Bolton: a middle initial the entry does not list
                plain = " ".join(w for k, w in enumerate(words) if k in (0, len(words) - 1) or len(w.rstrip(".")) > 1)
                people = [e for e in self.find(plain, surnames=False, is_place=is_place) if e.kind == "person"]
                if people:
                    return people
            # a misspelt known name ("Commision"), when one slip makes it one known name
            slips = misspelt_find(self._builtin, name)
            if slips and is_place is not None and is_place(name):
                return []  # a place's own name, not a slip for the entry's
            return [self.entries[i] for i in slips]
        b.sort(key=lambda e: _KIND_RANK.get(e.kind, 9))
        return (m + b) if self.prefer_imported else (b + m)

    def _find_phoenix(self, name: str, *, surnames: bool) -> list[KBEntry]:
        if not self.phoenix_count or not looks_like_name(name):
            return []
        ids = self._phoenix.find(name)
        if not ids and surnames:
            sid = self._phoenix_surnames.get(name_key(name))
            ids = [sid] if sid else []
        return [self.entries[i] for i in ids]

    def lookup(self, name: str, day: date | None) -> Match | None:
        """The best entry for ``name`` and its role on ``day``."""
        found = self.find(name)
        if not found:
            return None
        best = found[0]
        # prefer an entry whose role is valid on the day (same name, two people),
        # among entries of the winning source only
        if day is not None and len(found) > 1 and best.kind == "person":
            for e in found:
                if e.kind == "person" and e.source == best.source and any(
                        r.valid_on(day) for r in e.roles if r.dated):
                    best = e
                    break
        return Match(best, best.role_on(day))

    def office_holder(self, country: str, title: str, day: date | None, org: str | None = None) -> KBEntry | None:
        """Who held ``title`` ("foreign minister") for ``country`` (or IGO ``org``) on ``day``.

        None when nobody or more than one person did (rival governments).
        """
        return self._holder(_office_key(country, org), title, day)

    def sole_office_holder(self, title: str, day: date | None) -> KBEntry | None:
        """Who held ``title`` on ``day`` when only one country or body has that office at all
        ("pope"); None for offices many countries have ("president") or none."""
        keys = self._office_keys.get(title, ())
        return self._holder(next(iter(keys)), title, day) if len(keys) == 1 else None

    def _holder(self, key: str, title: str, day: date | None) -> KBEntry | None:
        if day is None:
            return None
        hits = {e.id: e for e, r in self._offices.get((key, title), ()) if r.valid_on(day)}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def person_title(self, entry: KBEntry, day: date | None) -> str | None:
        role = entry.role_on(day)
        return kb_title(role.title) if role else None


# --- built-in and imported entries --------------------------------------------


@lru_cache(maxsize=1)
def builtin_entries() -> tuple[KBEntry, ...]:
    from newsgraph.kb.countries import country_entries
    from newsgraph.kb.orgs import org_entries
    from newsgraph.kb.people import people_entries

    return tuple(people_entries() + org_entries() + country_entries())


def save_entries(entries: Iterable[KBEntry], path: str | Path, *, source: str = "") -> Path:
    """Write entries as the JSON that :func:`load_entries` reads back unchanged."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    doc = {"format": KB_FORMAT, "version": KB_VERSION, "source": source,
           "entries": [e.to_json() for e in entries]}
    p.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return p


def load_entries(path: str | Path) -> list[KBEntry]:
    p = Path(path)
    if not p.exists():
        raise KBFileError(f"imported KB not found: {p}; create it with 'newsgraph kb import --format phoenix FILE --kb {p}'")
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise KBFileError(f"{p} is not a newsgraph KB (invalid JSON: {exc}); re-run 'newsgraph kb import'") from None
    if not isinstance(doc, dict) or doc.get("format") != KB_FORMAT:
        raise KBFileError(f"{p} is not a newsgraph KB file (format must be {KB_FORMAT!r}); re-run 'newsgraph kb import'")
    if doc.get("version", 0) > KB_VERSION:
        raise KBFileError(f"{p} was written by a newer newsgraph (KB version {doc['version']}); upgrade newsgraph")
    return [KBEntry.from_json(d) for d in doc.get("entries", [])]


@lru_cache(maxsize=1)
def project_entries() -> tuple[tuple[KBEntry, ...], tuple[KBEntry, ...]]:
    """The built-in entries and the shipped Phoenix table, with the project's aliases added."""
    builtin, phoenix = apply_aliases(table_path(ALIAS_TABLE), [list(builtin_entries()), list(phoenix_entries())])
    return tuple(builtin), tuple(phoenix)


@lru_cache(maxsize=8)
def _load(kb_path: str | None, prefer_imported: bool, mtime: float) -> KnowledgeBase:
    imported = load_entries(kb_path) if kb_path else []
    builtin, phoenix = project_entries()
    return KnowledgeBase(builtin, imported, prefer_imported=prefer_imported, phoenix=phoenix)


def load_kb(config=None) -> KnowledgeBase:
    """The knowledge base for a config, loaded once per process (and per file version)."""
    kb_path = getattr(config, "kb_path", None)
    prefer = bool(getattr(config, "prefer_imported_kb", False))
    mtime = Path(kb_path).stat().st_mtime if kb_path and Path(kb_path).exists() else 0.0
    return _load(kb_path, prefer, mtime)


class DocumentKB:
    """A knowledge base seen from one document: a name several entries share ("RSF": the
    Sudanese Rapid Support Forces, or Reporters Without Borders) means the one whose other
    names the document also uses. Everything else is the wrapped base's."""

    def __init__(self, base: "KnowledgeBase", text: str, is_place=None):
        self._base = base
        self._text = text
        self._seen: dict[tuple[str, str], bool] = {}
        #: name -> whether the gazetteer knows it as a place ("Columbia, South Carolina"): such
        #: a name is never read as a misspelling of another entry's ("Colombia")
        self._is_place = is_place

    def __getattr__(self, name: str):
        return getattr(self._base, name)

    def _named_elsewhere(self, entry, name: str) -> bool:
        own = name_key(name)
        hit = self._seen.get((entry.id, own))
        if hit is None:
            hit = any(len(n) >= 6 and name_key(n) != own and n in self._text for n in (entry.name, *entry.aliases))
            self._seen[(entry.id, own)] = hit
        return hit

    def find(self, name: str, **kw) -> list:
        found = self._base.find(name, is_place=self._is_place, **kw)
        if len(found) > 1:
            # stable: the base's order among equals
            found = sorted(found, key=lambda e: not self._named_elsewhere(e, name))
        return found
