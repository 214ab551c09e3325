"""KB tables shipped as package data: Phoenix-derived entries and the project's aliases.

Two files in ``newsgraph.lang.en``, each read once per process by a checked
reader that names ``file:line`` for a malformed row, a duplicate id or name,
or an unknown country or sector code:

- ``kb_phoenix.tsv`` (written by ``scripts/build_phoenix_kb.py`` from the
  Phoenix actor dictionaries, MIT): one entry per row, tab-separated::

      id  kind  name  aliases  roles

  ``aliases`` are ``;``-separated; ``roles`` are `` / ``-separated, each
  ``CTRY[:ORG] SECTOR [START..END]`` with ``-`` for no sector and ISO dates,
  either side of ``..`` empty when open (``AFG GOV 2001-12-22..``). A role
  without dates is the entry's default (TABARI semantics).
- ``kb_aliases.tsv`` (written by the project): ``name<TAB>alias; alias``, more
  names for an entry the KB already has (``Hezbollah  Hizbullah; Party of God``).

Entries from the Phoenix table get ``source="phoenix"``; the knowledge base
indexes them under the project's own entries (see ``KnowledgeBase``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsgraph.kb.model import KINDS, NONSTATE, SECTORS, KBEntry, OpenRolePolicy, Role, name_key

PHOENIX_TABLE = "kb_phoenix.tsv"
ALIAS_TABLE = "kb_aliases.tsv"
PHOENIX_SOURCE = "phoenix"

#: The Phoenix people's open-ended office roles (the dictionaries stop on
#: 2014-01-30, CountryInfo.140130, and rarely close a term) are believed past
#: that date for half as long as they had lasted by then, two years at least;
#: then the person keeps the country and becomes ELI. Checked against the
#: project's own dated people who are also in Phoenix (see README, "Actor
#: dictionaries"): sector agreement 0.661, against 0.609 when open roles are
#: always believed and 0.570 for "ELI five years after the start".
PHOENIX_OPEN_ROLES = OpenRolePolicy(as_of=date(2014, 1, 30), min_years=2, share=0.5)

_VERSION = re.compile(r"^#\s*version:\s*(\S+)\s*$")
_ROLE = re.compile(r"^(?P<c>[A-Z]{3})(?::(?P<o>[A-Za-z0-9&]+))?\s+(?P<s>[A-Z]{3}|-)"
                   r"(?:\s+(?P<a>\d{4}-\d{2}-\d{2})?\.\.(?P<b>\d{4}-\d{2}-\d{2})?)?$")
_ID = re.compile(r"^[a-z]+:[a-z0-9][a-z0-9._/-]*$")


class KBTableError(ValueError):
    """A shipped KB table does not load; the message starts with ``file:line``."""


@dataclass(frozen=True, kw_only=True)
class PhoenixTable:
    version: str
    entries: tuple[KBEntry, ...]


def table_path(name: str) -> Path:
    path = Path(str(resources.files("newsgraph.lang.en").joinpath(name)))
    if not path.is_file():
        raise KBTableError(f"{path}: no such KB table; is newsgraph installed with its package data?")
    return path


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """Country codes a table may use: the project's states plus the non-state codes."""
    from newsgraph.kb.countries import country_entries

    return frozenset(r.country for e in country_entries() if e.kind == "state" for r in e.roles
                     if r.country) | NONSTATE


# --- one role, one row -------------------------------------------------------


def format_role(r: Role) -> str:
    where = f"{r.country}:{r.org}" if r.org else str(r.country)
    out = f"{where} {r.sector or '-'}"
    if r.dated:
        out += f" {r.start.isoformat() if r.start else ''}..{r.end.isoformat() if r.end else ''}"
    return out


def format_row(e: KBEntry) -> str:
    return "\t".join((e.id, e.kind, e.name, "; ".join(e.aliases), " / ".join(format_role(r) for r in e.roles)))


def _error(path: Path, line: int, message: str) -> KBTableError:
    return KBTableError(f"{path}:{line}: {message}")


def parse_role(text: str, *, path: Path, line: int, countries: frozenset[str]) -> Role:
    m = _ROLE.match(text.strip())
    if not m:
        raise _error(path, line, f"cannot read role {text.strip()!r}; expected 'CTRY[:ORG] SECTOR [START..END]' "
                                 "such as 'AFG GOV 2001-12-22..'")
    country, sector = m["c"], None if m["s"] == "-" else m["s"]
    if country not in countries:
        raise _error(path, line, f"unknown country code {country!r} in role {text.strip()!r}; "
                                 "use an ISO3 code the KB knows or IGO/NGO/IMG/ISM/MNC")
    if sector is not None and sector not in SECTORS:
        raise _error(path, line, f"unknown sector {sector!r} in role {text.strip()!r}; "
                                 f"use one of {' '.join(sorted(SECTORS))} or '-'")
    try:
        start = date.fromisoformat(m["a"]) if m["a"] else None
        end = date.fromisoformat(m["b"]) if m["b"] else None
    except ValueError as exc:
        raise _error(path, line, f"bad date in role {text.strip()!r}: {exc}") from None
    if start and end and end < start:
        raise _error(path, line, f"role {text.strip()!r} ends before it starts")
    return Role(country, sector, None, m["o"], start, end)


def _header(path: Path, lines: list[str]) -> str:
    for raw in lines:
        m = _VERSION.match(raw.strip())
        if m:
            return m.group(1)
        if raw.strip() and not raw.startswith("#"):
            break
    raise _error(path, 1, "no '# version: NAME' line before the first row; add one at the top")


def _rows(path: Path):
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise _error(path, 0, f"cannot read ({exc.strerror})") from None
    version = _header(path, lines)
    rows = ((n, raw) for n, raw in enumerate(lines, 1) if raw.strip() and not raw.startswith("#"))
    return version, rows


def read_phoenix_table(path: str | Path, *, countries: frozenset[str] | None = None,
                       open_roles: OpenRolePolicy | None = None) -> PhoenixTable:
    """Entries of a Phoenix-derived table; raises :class:`KBTableError` at the first bad row.

    ``open_roles`` is given to the people (see ``KBEntry.open_roles``).
    """
    path = Path(path)
    countries = countries if countries is not None else known_countries()
    version, rows = _rows(path)
    entries: list[KBEntry] = []
    ids: dict[str, int] = {}
    seen_roles: dict[str, Role] = {}  # roles repeat ("AFG ELI"): read each text once
    for n, raw in rows:
        fields = raw.split("\t")
        if len(fields) != 5:
            raise _error(path, n, f"expected 5 tab-separated fields 'id kind name aliases roles', got {len(fields)}")
        eid, kind, name, aliases, roles = (f.strip() for f in fields)
        if not _ID.match(eid):
            raise _error(path, n, f"bad id {eid!r}; ids look like 'phx:hamid-karzai'")
        if eid in ids:
            raise _error(path, n, f"duplicate id {eid!r} (first on line {ids[eid]}); give each entry its own id")
        ids[eid] = n
        if kind not in KINDS:
            raise _error(path, n, f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        if not any(c.isalpha() for c in name):
            raise _error(path, n, f"entry {eid} has no name")
        names = tuple(a.strip() for a in aliases.split(";") if a.strip()) if aliases else ()
        if not roles:
            raise _error(path, n, f"entry {eid} has no role; every entry needs at least one code")
        parsed = []
        for r in roles.split(" / "):
            role = seen_roles.get(r)
            if role is None:
                role = seen_roles[r] = parse_role(r, path=path, line=n, countries=countries)
            parsed.append(role)
        entries.append(KBEntry(eid, name, kind, names, tuple(parsed), source=PHOENIX_SOURCE,
                               open_roles=open_roles if kind == "person" else None))
    return PhoenixTable(version=version, entries=tuple(entries))


def read_alias_table(path: str | Path) -> tuple[str, tuple[tuple[int, str, tuple[str, ...]], ...]]:
    """(version, rows of (line, entry name, aliases)); a name or an alias twice is an error."""
    path = Path(path)
    version, rows = _rows(path)
    out: list[tuple[int, str, tuple[str, ...]]] = []
    seen: dict[str, int] = {}
    for n, raw in rows:
        fields = raw.split("\t")
        if len(fields) != 2 or not fields[0].strip() or not fields[1].strip():
            raise _error(path, n, "expected 'entry name<TAB>alias; alias; ...'")
        name = fields[0].strip()
        aliases = tuple(a.strip() for a in fields[1].split(";") if a.strip())
        for a in (name, *aliases):
            k = name_key(a)
            if not k:
                raise _error(path, n, f"{a!r} has no letters")
            if k in seen and not (a == name and seen[k] == n):
                raise _error(path, n, f"{a!r} is listed twice (first on line {seen[k]}); keep one")
            seen[k] = n
        out.append((n, name, aliases))
    return version, tuple(out)


def apply_aliases(path: str | Path, groups: list[list[KBEntry]]) -> list[list[KBEntry]]:
    """``groups`` (project entries first, then Phoenix) with the alias table's names added.

    An alias row names its entry as the KB knows it; the first group that knows
    the name exactly once takes the aliases. A name nobody knows, or one that
    stands for two entries, is an error naming the line.
    """
    path = Path(path)
    _, rows = read_alias_table(path)
    by_key: list[dict[str, list[int]]] = []
    for g in groups:
        keys: dict[str, list[int]] = {}
        for i, e in enumerate(g):
            for nm in (e.name, *e.aliases):
                keys.setdefault(name_key(nm), [])
                if i not in keys[name_key(nm)]:
                    keys[name_key(nm)].append(i)
        by_key.append(keys)
    out = [list(g) for g in groups]
    for n, name, aliases in rows:
        k = name_key(name)
        for gi, keys in enumerate(by_key):
            hits = keys.get(k, [])
            if len(hits) > 1:
                raise _error(path, n, f"{name!r} names {len(hits)} entries; use a longer name")
            if hits:
                e = out[gi][hits[0]]
                for a in aliases:
                    # a later group (Phoenix) loses the name to an earlier one anyway
                    other = next((groups[gj][j] for gj, ks in enumerate(by_key[: gi + 1])
                                  for j in ks.get(name_key(a), ()) if (gj, j) != (gi, hits[0])), None)
                    if other is not None:
                        raise _error(path, n, f"alias {a!r} already names {other.name!r} ({other.id}); "
                                              "remove it or merge the entries")
                have = {name_key(x) for x in (e.name, *e.aliases)}
                new = tuple(a for a in aliases if name_key(a) not in have)
                out[gi][hits[0]] = replace(e, aliases=e.aliases + new)
                break
        else:
            raise _error(path, n, f"no KB entry is called {name!r}; name the entry as the KB knows it")
    return out


@lru_cache(maxsize=1)
def phoenix_entries() -> tuple[KBEntry, ...]:
    """The shipped Phoenix-derived entries (read once per process)."""
    return read_phoenix_table(table_path(PHOENIX_TABLE), open_roles=PHOENIX_OPEN_ROLES).entries
