"""International organisations, NGOs and armed groups that recur in the news.

The rows are data: ``lang/en/kb_orgs.psv`` (its header gives the row format:
``country | org | sector | name; aliases / name; aliases``), read and checked
here once per process. IGOs get country ``IGO`` and their acronym as ``org``;
armed groups that fight across borders get ``IMG``, national ones their
country with REB.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newsgraph.kb.model import NONSTATE, SECTORS, KBEntry, Role, name_key
from newsgraph.lang.tables import data_file, read_rows

ORGS_FILE = "kb_orgs.psv"


def load_orgs(path: str | Path | None = None, *, countries: frozenset[str] | None = None) -> tuple[KBEntry, ...]:
    """The entries of ``kb_orgs.psv`` (or ``path``); raises ``TableError`` naming file:line of a bad row.

    A row is rejected when it is malformed, uses a country code the KB does not
    know or an unknown PLOVER sector, or gives a name that another organisation
    of the same country and org already has.
    """
    from newsgraph.kb.table import known_countries

    countries = countries if countries is not None else known_countries()
    table = read_rows(path or data_file(ORGS_FILE), min_fields=4, max_fields=4, key=lambda f: f,
                      shape="COUNTRY | ORG | SECTOR | name;alias / name;alias")
    out: list[KBEntry] = []
    owner: dict[tuple[str, str, str], tuple[str, str, int]] = {}  # (country, org, name key) -> (id, name, line)
    for i, row in enumerate(table.rows):
        country, org, sector, names = row.fields
        if country not in countries:
            raise row.error(f"unknown country code {country!r}; use an ISO3 code the KB knows "
                            f"(kb/countries.py) or one of {', '.join(sorted(NONSTATE))}")
        if sector and sector not in SECTORS:
            raise row.error(f"unknown sector {sector!r}; use one of {' '.join(sorted(SECTORS))} or leave it empty")
        kind = "group" if sector in ("REB", "MIL") and country != "IGO" else "organization"
        role = Role(country, sector or None, None, org or None)
        # " / " separates distinct organisations sharing a row; ";" separates one's names
        for j, body in enumerate(names.split(" / ")):
            alias = [n.strip() for n in body.split(";") if n.strip()]
            if not alias:
                raise row.error(f"organisation {j + 1} of the row has no name (an empty ' / ' part?)")
            oid = f"ng:org/{i}" if j == 0 else f"ng:org/{i}.{j}"
            for a in alias:  # (one body's own spellings may read alike: 'UN', 'U.N.', 'the UN')
                first = owner.setdefault((country, org, name_key(a)), (oid, alias[0], row.line))
                if first[0] != oid:
                    raise row.error(f"{a!r} already names {first[1]!r} of {country}{'/' + org if org else ''} "
                                    f"(line {first[2]}); one name, one organisation")
            out.append(KBEntry(oid, alias[0], kind, tuple(alias[1:]), (role,)))
    return tuple(out)


@lru_cache(maxsize=1)
def _shipped() -> tuple[KBEntry, ...]:
    return load_orgs()


def org_entries() -> list[KBEntry]:
    return list(_shipped())


def igo_orgs() -> frozenset[str]:
    """The ``org`` codes of the IGOs the table lists (a person's post may name them: ``IGO:UN``)."""
    return frozenset(r.org for e in _shipped() for r in e.roles if r.country == "IGO" and r.org)
