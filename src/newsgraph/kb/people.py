"""Political office holders with dated roles.

The rows are data: ``lang/en/kb_people.psv`` (the G20's office holders, then
countries in armed conflict since 2010, IGOs and armed groups), read and
checked here once per process. Its header gives the provenance and the row
format: ``Name; alias; ... | gender | role / role / ...`` where a role is
``CTRY SECTOR START..END title``, dates inclusive, ``..`` open-ended, and
``IGO:UN`` the country of a post at an organisation (country IGO, org UN).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from newsgraph.kb.model import NONSTATE, SECTORS, KBEntry, Role, name_key
from newsgraph.lang.tables import Row, TableError, data_file, read_rows

PEOPLE_FILE = "kb_people.psv"
GENDERS = ("m", "f", "")  # "" when unknown

_ROLE = re.compile(r"^(?P<c>[A-Z]{3})(?::(?P<o>[A-Z0-9]+))? (?P<s>[A-Z]{3}) (?P<a>[\d-]*)\.\.(?P<b>[\d-]*) (?P<t>.+)$")


class KBDataError(TableError):
    """A row of a shipped people table cannot be read; the message starts with ``file:line``."""


def _role(text: str, row: Row, countries: frozenset[str], orgs: frozenset[str]) -> Role:
    m = _ROLE.match(text.strip())
    if not m:
        raise KBDataError(f"{row.where}: cannot read role {text.strip()!r}; expected 'CTRY SECTOR START..END title' "
                          "such as 'RUS GOV 2004-03-09.. foreign minister'")
    country, org = m["c"], m["o"]
    if country not in countries:
        raise KBDataError(f"{row.where}: unknown country code {country!r} in role {text.strip()!r}; use an ISO3 code "
                          f"the KB knows (kb/countries.py) or one of {', '.join(sorted(NONSTATE))}")
    if org is not None and (country != "IGO" or org not in orgs):
        raise KBDataError(f"{row.where}: unknown organisation {country}:{org} in role {text.strip()!r}; a post at an "
                          f"organisation is 'IGO:ORG' with ORG one of {', '.join(sorted(orgs))} (kb_orgs.psv)")
    if m["s"] not in SECTORS:
        raise KBDataError(f"{row.where}: unknown sector {m['s']!r} in role {text.strip()!r}; "
                          f"use one of {' '.join(sorted(SECTORS))}")
    try:
        start = date.fromisoformat(m["a"]) if m["a"] else None
        end = date.fromisoformat(m["b"]) if m["b"] else None
    except ValueError as exc:
        raise KBDataError(f"{row.where}: bad date in role {text.strip()!r} ({exc}); write YYYY-MM-DD") from None
    if start and end and end < start:
        raise KBDataError(f"{row.where}: role {text.strip()!r} ends before it starts; swap or fix the dates")
    return Role(country, m["s"], m["t"], org, start, end)


def load_people(path: str | Path | None = None, *, countries: frozenset[str] | None = None,
                orgs: frozenset[str] | None = None) -> tuple[KBEntry, ...]:
    """The entries of ``kb_people.psv`` (or ``path``), in file order; raises :class:`KBDataError`
    (or ``TableError`` for a row of the wrong shape) naming file:line.

    A name or alias that already belongs to another person is an error: the KB
    could not tell which of the two a story means.
    """
    from newsgraph.kb.orgs import igo_orgs
    from newsgraph.kb.table import known_countries

    countries = countries if countries is not None else known_countries()
    orgs = orgs if orgs is not None else igo_orgs()
    table = read_rows(path or data_file(PEOPLE_FILE), min_fields=3, max_fields=3,
                      shape="Name;alias | m|f | CTRY SECTOR START..END title / ...")
    out: list[KBEntry] = []
    owner: dict[str, tuple[str, int]] = {}  # name key -> (the person's name, line)
    ids: dict[str, int] = {}
    for row in table.rows:
        names, gender, roles = row.fields
        alias = [n.strip() for n in names.split(";") if n.strip()]
        if not alias:
            raise KBDataError(f"{row.where}: the row names nobody; start it with the person's name")
        if gender not in GENDERS:
            raise KBDataError(f"{row.where}: unknown gender {gender!r} for {alias[0]!r}; write m, f, or nothing")
        slug = re.sub(r"[^a-z0-9]+", "-", alias[0].lower()).strip("-")
        eid = f"ng:person/{slug}"
        if len(alias) != len(set(alias)):
            raise KBDataError(f"{row.where}: a name of {alias[0]!r} is listed twice in its row; keep one")
        for a in alias:  # (one person's spellings may read alike: 'JD Vance', 'J.D. Vance')
            first = owner.setdefault(name_key(a), (alias[0], row.line))
            if first[1] != row.line:
                raise KBDataError(f"{row.where}: {a!r} already names {first[0]!r} (line {first[1]}); "
                                  "one name, one person (merge the rows or drop the alias)")
        if eid in ids:  # ('Jan Kubiš' and 'Jan Kubi' are two names but one id)
            raise KBDataError(f"{row.where}: {alias[0]!r} has the id {eid} of line {ids[eid]}; "
                              "spell the name differently or merge the rows")
        ids[eid] = row.line
        out.append(KBEntry(eid, alias[0], "person", tuple(alias[1:]),
                           tuple(_role(r, row, countries, orgs) for r in roles.split(" / ")),
                           gender=gender or None))
    return tuple(out)


@lru_cache(maxsize=1)
def _shipped() -> tuple[KBEntry, ...]:
    return load_people()


def people_entries() -> list[KBEntry]:
    """The shipped office holders (``lang/en/kb_people.psv``), in file order."""
    return list(_shipped())
