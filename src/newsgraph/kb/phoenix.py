"""Import TABARI/Phoenix actor dictionaries (``.actors`` files).

The format, as PETRARCH reads it::

    HAMID_KARZAI_  # comment
    +KARZAI_                      synonym of the entry above
    +PRESIDENT_KARZAI_
        [AFGELI 750101-000101]    code valid between two dates
        [AFGGOV >011222]          code valid from a date on
        [AFGELI]                  undated: the default code
    AFGHANISTAN_  [AFG]           code on the same line
    GOLLUM  [HOB < 950601]        code valid until a date

Words join with ``_`` or spaces; a name ending in ``_`` matches whole words
only, otherwise its last word is a prefix ("ARGENTIN" matches "Argentina").
Dates are YYMMDD (years up to 30 read as 20xx) or YYYYMMDD. A code is a
country (three letters, or IGO/NGO/IMG...) followed by three-letter sector
elements: ``AFGGOVMIL`` is AFG with GOV (and MIL), but ``USAGOVLEG`` is the
legislature (LEG) and ``USAGOVJUD`` the judiciary (JUD); CAMEO's old sectors are
mapped to PLOVER's (HLH is MED, MED was media so JRN). ``---`` codes mean "no
actor" and are skipped. Comment lines start with ``#`` or ``<!--``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from newsgraph.kb.model import SECTORS, KBEntry, Role

# CAMEO/Phoenix sector elements to PLOVER sectors (the manual's Note 4: CAMEO's
# MED was media, HLH medical).
_CAMEO_SECTOR = {
    "MED": "JRN", "HLH": "MED", "HRI": "CVL", "ENV": "SOC", "NGM": "SOC", "MOS": "REL", "CHR": "REL",
    "JEW": "REL", "BUD": "REL", "HIN": "REL", "INS": "REB", "SEP": "REB", "RAD": "REB", "MOD": None,
    "IGO": None, "NGO": None, "CIV": "CVL", "DEV": "SOC", "UAF": "UAF", "PRM": "MIL",
}
# branches of government Phoenix writes after GOV: the branch is the PLOVER sector
_BRANCHES = frozenset({"LEG", "JUD"})
_NONSTATE_CODES = {"IGO", "NGO", "IMG", "ISM", "MNC", "NGM", "UNO", "EUR"}
_CODE = re.compile(r"\[\s*([^\]\s]+)\s*([^\]]*)\]")
_DATE = r"\d{6}|\d{8}"
_RANGE = re.compile(rf"^\s*(?:(?P<a>{_DATE})\s*-\s*(?P<b>{_DATE})|>\s*(?P<from>{_DATE})|<\s*(?P<until>{_DATE}))\s*$")


class PhoenixFormatError(ValueError):
    """A line of a Phoenix/TABARI dictionary cannot be read."""


def parse_date(text: str) -> date:
    """TABARI date: YYMMDD (00-30 -> 20xx, else 19xx) or YYYYMMDD."""
    if len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    yy = int(text[:2])
    year = 2000 + yy if yy <= 30 else 1900 + yy
    return date(year, int(text[2:4]), int(text[4:6]))


def parse_code(code: str) -> tuple[str | None, str | None, str | None]:
    """``AFGGOVMIL`` -> ("AFG", "GOV", None); ``IGOCOPITP`` -> ("IGO", "COP", "ITP")."""
    code = code.strip().upper()
    if not code or set(code) <= {"-", "+", "~"}:
        return None, None, None
    country = code[:3]
    org = None
    if country in ("UNO",):
        country, org = "IGO", "UN"
    elif country in ("EUR",):
        country, org = "IGO", "EU"
    sector = None
    rest = [code[i : i + 3] for i in range(3, len(code), 3)]
    if len(rest) >= 2 and rest[0] == "GOV" and rest[1] in _BRANCHES:
        rest = rest[1:]  # "USAGOVLEG": Congress is the legislature, a branch of government
    for el in rest:
        mapped = _CAMEO_SECTOR.get(el, el)
        if mapped in SECTORS:
            sector = mapped
            break
        if country in _NONSTATE_CODES and org is None and mapped is not None:
            org = el  # e.g. IGOEEU: the organisation's own code
    return country, sector, org


def _role(code: str, dates: str, line_no: int, path: str) -> Role | None:
    country, sector, org = parse_code(code)
    if country is None:
        return None
    start = end = None
    dates = dates.split("#", 1)[0].strip()
    if dates:
        m = _RANGE.match(dates)
        if not m:
            raise PhoenixFormatError(f"{path}:{line_no}: cannot read dates {dates!r} in [{code} {dates}]; "
                                     "expected 'YYMMDD-YYMMDD', '>YYMMDD' or '<YYMMDD'")
        try:
            if m["a"]:
                start, end = parse_date(m["a"]), parse_date(m["b"])
            elif m["from"]:
                start = parse_date(m["from"])
            else:
                # "<date": valid until the day before
                end = parse_date(m["until"]) - timedelta(days=1)
        except ValueError as exc:
            raise PhoenixFormatError(f"{path}:{line_no}: bad date in [{code} {dates}]: {exc}") from None
    return Role(country, sector, None, org, start, end)


#: an initialism written with dots ("U.S."), kept in capitals when a name is title-cased
INITIALS = re.compile(r"(?:[A-Za-z]\.)+")


def display_name(name: str) -> str:
    """A dictionary name in title case, initialisms kept in capitals ("U.S. Federal Reserve",
    not "U.s. Federal Reserve")."""
    return " ".join(w.upper() if INITIALS.fullmatch(w) else w.title() for w in name.split(" "))


def _name(raw: str) -> tuple[str, bool]:
    """TABARI name to text, and whether it is a whole-word (exact) name."""
    raw = raw.strip()
    exact = raw.endswith("_")
    text = re.sub(r"[_\s]+", " ", raw).strip()
    return text, exact


def _kind(roles: list[Role], name: str) -> str:
    if any(r.dated for r in roles):
        return "person"
    if any(r.sector for r in roles):
        return "organization"
    return "state" if roles and roles[0].country and roles[0].country not in _NONSTATE_CODES else "organization"


def read_phoenix(path: str | Path, *, source: str | None = None, strict: bool = False,
                 problems: list[str] | None = None) -> list[KBEntry]:
    """Read a Phoenix/TABARI ``.actors`` file into KB entries.

    Real dictionaries carry typos ("9008223-911221"); such a code is skipped
    and reported in ``problems`` (or raised with ``strict=True``).
    """
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(f"actor dictionary not found: {p}")
    src = source or p.name
    entries: list[KBEntry] = []
    cur: dict | None = None
    in_comment = False

    def role(code: str, dates: str, no: int) -> Role | None:
        try:
            return _role(code, dates, no, str(p))
        except PhoenixFormatError as exc:
            if strict:
                raise
            if problems is not None:
                problems.append(str(exc))
            return None

    def flush() -> None:
        nonlocal cur
        if cur and cur["roles"]:
            names = cur["names"]
            exact = [n for n, e in names if e]
            prefix = [n for n, e in names if not e]
            primary = names[0][0]
            entries.append(KBEntry(
                id=f"{src}:{len(entries) + 1}", name=display_name(primary), kind=_kind(cur["roles"], primary),
                aliases=tuple(n for n in exact if n != primary), roles=tuple(cur["roles"]),
                source=f"phoenix:{src}", prefixes=tuple(prefix)))
        cur = None

    with p.open(encoding="utf-8", errors="replace") as fh:
        for no, line in enumerate(fh, 1):
            s = line.rstrip("\n")
            st = s.strip()
            if in_comment:
                in_comment = "-->" not in st
                continue
            if st.startswith("<!--"):
                in_comment = "-->" not in st
                continue
            if not st or st.startswith("#"):
                continue
            body = st.split("#", 1)[0].rstrip() if "#" in st else st
            if not body:
                continue
            if body.startswith("["):
                if cur is None:
                    continue  # a code with no name above it: ignore, as PETRARCH does
                for code, dates in _CODE.findall(body):
                    r = role(code, dates, no)
                    if r:
                        cur["roles"].append(r)
                continue
            if body.startswith("+"):
                if cur is not None:
                    n, exact = _name(body[1:])
                    if n:
                        cur["names"].append((n, exact))
                continue
            # a new entry: NAME [CODE ...]?
            flush()
            head = body.split("[", 1)[0]
            n, exact = _name(head)
            if not n:
                continue
            cur = {"names": [(n, exact)], "roles": []}
            for code, dates in _CODE.findall(body):
                r = role(code, dates, no)
                if r:
                    cur["roles"].append(r)
    flush()
    return entries
