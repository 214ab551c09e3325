"""Build the shipped Phoenix-derived KB table (``src/newsgraph/lang/en/kb_phoenix.tsv``).

    .venv/bin/python scripts/build_phoenix_kb.py                 # from ../shared, into the package
    .venv/bin/python scripts/build_phoenix_kb.py --out /tmp/x.tsv --phoenix DIR

A deterministic recipe: it reads the three Phoenix actor dictionaries with the
project's importer (``newsgraph.kb.phoenix.read_phoenix``), recodes their
CAMEO codes as newsgraph's (``kb_phoenix_codes.tsv``), drops what would match
the wrong thing (``kb_phoenix_filters.txt`` and the English words of the
pinned spaCy model) and writes one entry per row in the format
``newsgraph.kb.table`` reads. ``tests/test_kb_phoenix.py`` rebuilds it and
compares it with the shipped file byte for byte, so the file is never edited
by hand: change this recipe or its data files and re-run it.

What is dropped, and why:

- the Countries file's state entries: the project's own country table covers
  states, and Phoenix lists provinces and towns as names of their state;
- roles whose code newsgraph does not know (regions such as MEA, states that
  no longer exist such as USR, sector-only codes such as [ELI]); an entry left
  with no role has no usable code;
- people whose dated roles all ended before 1980: they rarely act in the news
  the project codes, and their names collide with living people's;
- names that are English words, bare first names, titles plus a name
  ("PRESIDENT_KARZAI": the actors stage reads the title itself), one or two
  common words ("Security Council"), short person names, digits;
- a name two different entries claim (both lose it); an entry with the same
  name, kind and countries as an earlier one is merged into it.

TABARI prefix names become whole names: a short prefix ("GHOR" for
Afghanistan) would otherwise match the start of unrelated words.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from newsgraph.kb.model import NONSTATE, Role, acronym_key, name_key
from newsgraph.kb.names import FEMALE, MALE
from newsgraph.kb.phoenix import INITIALS, read_phoenix
from newsgraph.kb.table import KBTableError, format_role, known_countries

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newsgraph" / "lang" / "en"
DEFAULT_PHOENIX = ROOT.parent / "shared" / "data" / "petrarch" / "phoenix"
DEFAULT_OUT = DATA / "kb_phoenix.tsv"
CODES = DATA / "kb_phoenix_codes.tsv"
FILTERS = DATA / "kb_phoenix_filters.txt"

#: bump when the recipe changes what it writes
RECIPE_VERSION = 3
FILES = (("Phoenix.Countries.actors.txt", "c"), ("Phoenix.International.actors.txt", "i"),
         ("Phoenix.MilNonState.actors.txt", "m"))
#: people whose every dated role ended before this day are historical
HISTORICAL_BEFORE = date(1980, 1, 1)
MAX_NAME_WORDS = 8

_PAREN = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
_VERSION = re.compile(r"^#\s*version:\s*(\S+)\s*$")
_CLASS = re.compile(r"^([A-Z][A-Z_]*)\s*:(.*)$")


# --- the recipe's data files (checked: file:line on a bad row) ----------------


def _data_lines(path: Path) -> tuple[str, list[tuple[int, str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    version = next((m.group(1) for raw in lines if (m := _VERSION.match(raw.strip()))), None)
    if version is None:
        raise KBTableError(f"{path}:1: no '# version: NAME' line; add one at the top")
    return version, [(n, raw) for n, raw in enumerate(lines, 1) if raw.strip() and not raw.lstrip().startswith("#")]


def read_codes(path: Path = CODES) -> tuple[str, dict[str, str], dict[str, str]]:
    """(version, Phoenix country -> newsgraph country, Phoenix IGO code -> org)."""
    version, lines = _data_lines(path)
    known = known_countries()
    maps: dict[str, dict[str, str]] = {"country": {}, "org": {}}
    for n, raw in lines:
        f = [x.strip() for x in raw.split("\t")]
        if len(f) != 4 or f[0] not in maps or not re.fullmatch(r"[A-Z]{2,4}", f[1]) or not f[2]:
            raise KBTableError(f"{path}:{n}: expected 'country|org<TAB>CODE<TAB>CODE<TAB>why': {raw.strip()!r}")
        kind, src, dst = f[0], f[1], f[2]
        if src in maps[kind]:
            raise KBTableError(f"{path}:{n}: {kind} code {src} twice; keep one row")
        if kind == "country" and dst not in known:
            raise KBTableError(f"{path}:{n}: unknown country code {dst!r}; use one the KB knows")
        maps[kind][src] = dst
    return version, maps["country"], maps["org"]


def read_filters(path: Path = FILTERS) -> tuple[str, dict[str, frozenset[str]]]:
    version, lines = _data_lines(path)
    classes: dict[str, list[str]] = {}
    current = None
    for n, raw in lines:
        if raw[:1].isspace():
            if current is None:
                raise KBTableError(f"{path}:{n}: an indented line continues a class, but none is open")
            words = raw.split()
        else:
            m = _CLASS.match(raw.strip())
            if not m:
                raise KBTableError(f"{path}:{n}: expected 'NAME: word word ...': {raw.strip()!r}")
            current = m.group(1)
            if current in classes:
                raise KBTableError(f"{path}:{n}: class {current} defined twice")
            classes[current] = []
            words = m.group(2).split()
        for w in words:
            if w in classes[current]:
                raise KBTableError(f"{path}:{n}: word {w!r} twice in class {current}; remove one")
            classes[current].append(w)
    need = {"TITLES", "GIVEN", "PARTICLES", "COMMON", "ORG_WORDS", "GENERIC"}
    if need - set(classes):
        raise KBTableError(f"{path}:1: missing classes {sorted(need - set(classes))}")
    return version, {k: frozenset(v) for k, v in classes.items()}


def english_words() -> frozenset[str]:
    """Lower-case English words: the spaCy model's lemma tables and stop words (pinned)."""
    import spacy

    from newsgraph.config import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "ner", "senter"])
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = {w.lower() for pos in index.values() for w in pos if "_" not in w}
    return frozenset(words | stop_words())


def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w.lower() for w in STOP_WORDS)


# --- names -------------------------------------------------------------------


@dataclass
class Words:
    english: frozenset[str]
    stop: frozenset[str]
    titles: frozenset[str]
    given: frozenset[str]
    particles: frozenset[str]
    org_words: frozenset[str]
    generic: frozenset[str]

    def is_english(self, w: str) -> bool:
        w = w.lower()
        return any(x in self.english for x in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else ""))


def _initials(name: str, particles: frozenset[str]) -> set[str]:
    ws = [w for w in re.split(r"[\s-]+", name) if w and w[0].isalnum()]
    full = "".join(w[0] for w in ws)
    short = "".join(w[0] for w in ws if w.lower() not in particles | {"of", "the", "and", "for"})
    return {full.upper(), short.upper()}


def _case_word(w: str, first: bool, particles: frozenset[str]) -> str:
    if INITIALS.fullmatch(w):
        return w.upper()  # "U.S. Federal Reserve", not "U.s."
    parts = w.split("-")
    out = []
    for i, p in enumerate(parts):
        low = p.lower()
        if (not first or i > 0) and low in particles | {"of", "the", "and", "for", "in", "on", "at"}:
            out.append(low)
            continue
        # "PEOPLE'S" -> "People's", "O'BRIEN" -> "O'Brien"
        bits = p.split("'")
        cased = [bits[0][:1].upper() + bits[0][1:].lower()]
        for b in bits[1:]:
            cased.append(b[:1].upper() + b[1:].lower() if len(bits[0]) == 1 else b.lower())
        out.append("'".join(cased))
    return "-".join(out)


def display(name: str, acronyms: set[str], particles: frozenset[str]) -> str:
    words = name.split()
    return " ".join(w if w.upper() in acronyms else _case_word(w, i == 0, particles) for i, w in enumerate(words))


def clean_names(raw: list[str], kind: str, words: Words, drops: Counter) -> list[str]:
    """Usable names of one entry, display-cased, primary first."""
    names: list[str] = []
    paren_acronyms: set[str] = set()
    for n in raw:
        n = " ".join(n.replace("_", " ").split()).strip(" ,.;:")
        if "\ufffd" in n or sum(c.isalpha() for c in n) < 2:
            drops["name: unreadable or no letters"] += 1
            continue
        m = _PAREN.match(n)
        if m:
            n, inner = m.group(1).strip(), m.group(2).strip()
            if re.fullmatch(r"[A-Za-z]{2,6}", inner):
                paren_acronyms.add(inner.upper())
                names.append(inner.upper())
        if n.upper().startswith("THE "):
            n = n[4:]
        if len(n.split()) > MAX_NAME_WORDS:
            drops["name: a description, not a name"] += 1
            continue
        if _titled(n, raw, kind, words):
            drops["name: a title plus a name"] += 1
            continue
        names.append(n)
    # acronyms: initials of another name of the entry, vowel-less, or given in parentheses
    initials = set().union(*(_initials(n, words.particles) for n in names if " " in n)) if names else set()
    acronyms = {n.upper() for n in names if " " not in n and len(n) <= 6 and (
        n.upper() in initials or n.upper() in paren_acronyms or not re.search(r"[AEIOUY]", n.upper()))}
    if kind == "person":
        acronyms = {a for a in acronyms if a in initials}
    out: list[str] = []
    seen: set[str] = set()
    for n in names:
        shown = n.upper() if n.upper() in acronyms else display(n, acronyms, words.particles)
        key = acronym_key(shown) or name_key(shown)
        if not key or key in seen:
            continue
        reason = _bad_name(shown, kind, words, acronym=n.upper() in acronyms)
        if reason:
            drops[f"name: {reason}"] += 1
            continue
        seen.add(key)
        out.append(shown)
    return out


def _titled(name: str, raw: list[str], kind: str, words: Words) -> bool:
    """Is ``name`` a title plus a name ("PRESIDENT_KARZAI", "US_PRESIDENT_BARACK_OBAMA")?

    For a person any name starting with a title word; for an organisation
    only when the rest is the entry's own name or its last word (Phoenix files
    some people as organisations).
    """
    ws = name_key(name).split()
    titled = [i for i, w in enumerate(ws) if w in words.titles]
    if not titled or titled[0] > 1:  # a title first, or after a country ("US President")
        return False
    if kind == "person":
        return True
    rest = " ".join(ws[titled[-1] + 1:])
    primary = name_key(raw[0])
    return bool(rest) and (rest == primary or rest == primary.split()[-1])


def _bad_name(name: str, kind: str, words: Words, *, acronym: bool) -> str | None:
    toks = name_key(name).split()
    if not toks:
        return "no letters"
    core = [t for t in toks if t not in words.particles]
    if acronym:
        return None if len(toks) == 1 else "acronym with spaces"
    if len(core) <= 1:
        w = core[0] if core else toks[0]
        if kind == "person" and len(w) < 4:
            return "short single word"
        if len(w) < 3:
            return "short single word"
        if words.is_english(w):
            return "an English word"
        if w in words.given:
            return "a bare first name"
        return None
    if kind == "person":
        return "a bare first name" if all(t in words.given for t in core) else None
    if all(t in words.generic or t in words.stop for t in core):
        return "an institution every country has"
    return None


# --- roles -------------------------------------------------------------------


def recode(r: Role, countries: dict[str, str], orgs: dict[str, str], known: frozenset[str]) -> Role | None:
    country = countries.get(r.country, r.country) if r.country else None
    if country is None or country not in known:
        return None
    org, sector = r.org, r.sector
    home = countries.get(org, org) if org else None
    home = home if home in known and home not in NONSTATE else None
    if country == "MNC":
        # a company: its home country when Phoenix gives one (MNCUSA), sector BUS
        country, org, sector = home or "MNC", None, sector or "BUS"
    elif country == "NGO":
        # an NGO with a home country (NGOUSA) is coded to it, as news gold does
        country, org = home or "NGO", None
    elif country == "IGO":
        org = orgs.get(org) if org else None
    else:
        org = None  # IMG "orgs" in Phoenix are regions
    if r.start and r.end and r.end < r.start:
        return None
    return Role(country, sector, None, org, r.start, r.end)


# --- the build ---------------------------------------------------------------


@dataclass
class Draft:
    file: str
    kind: str
    names: list[str]
    roles: list[Role]
    merged: int = 0
    countries: frozenset[str] = field(default_factory=frozenset)


def _kind(entry_kind: str, roles: list[Role], raw: list[str], words: Words, tag: str) -> str:
    """A dated entry is a person unless a name says organisation ("... Front", "... State").

    An undated entry of the Countries or MilNonState file is a person when its
    name looks like one: two to five words, none an organisation's, starting
    with a given name or known by a title plus a name ("EDWARD_SNOWDEN_ [USAOPP]").
    """
    plain = [name_key(n).split() for n in raw]
    plain = [ws for ws in plain if ws and ws[0] not in words.titles]  # "US_PRESIDENT_X" says nothing
    if any(t in words.org_words for ws in plain for t in ws):
        return "group" if any(r.sector == "REB" for r in roles) else "organization"
    if entry_kind == "person":
        return "person"
    first = name_key(raw[0]).split()
    if tag in ("c", "m") and 2 <= len(first) <= 5 and (
            first[0] in words.given or any(name_key(n).split()[0] in words.titles for n in raw[1:])):
        return "person"
    return "group" if any(r.sector == "REB" for r in roles) else "organization"


def _historical(roles: list[Role]) -> bool:
    dated = [r for r in roles if r.dated]
    return bool(dated) and all(r.end is not None and r.end < HISTORICAL_BEFORE for r in dated)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-") or "x"


def source_commit(phoenix_dir: Path) -> str:
    readme = phoenix_dir.parent / "README.md"
    m = re.search(r"github\.com/openeventdata/petrarch2, commit ([0-9a-f]{40})", readme.read_text(encoding="utf-8"))
    if not m:
        raise SystemExit(f"{readme}: no 'github.com/openeventdata/petrarch2, commit <sha>' line; cannot name the source")
    return m.group(1)


def build(phoenix_dir: Path = DEFAULT_PHOENIX) -> tuple[str, Counter]:
    """The table's text and the counts of what was kept and dropped."""
    codes_version, countries, orgs = read_codes()
    filters_version, classes = read_filters()
    words = Words(english=english_words() | classes["COMMON"], stop=stop_words(), titles=classes["TITLES"],
                  given=classes["GIVEN"] | FEMALE | MALE, particles=classes["PARTICLES"],
                  org_words=classes["ORG_WORDS"], generic=classes["GENERIC"])
    known = known_countries()
    stats: Counter = Counter()
    drafts: list[Draft] = []
    digests = []
    for fname, tag in FILES:
        path = phoenix_dir / fname
        digests.append(f"{fname} sha256:{hashlib.sha256(path.read_bytes()).hexdigest()[:16]}")
        problems: list[str] = []
        entries = read_phoenix(path, problems=problems)
        stats[f"read {fname}"] = len(entries)
        stats["entry: unreadable code in the dictionary (role skipped)"] += len(problems)
        for e in entries:
            if tag == "c" and all(r.sector is None for r in e.roles):
                stats["entry: a country (the project's table has them)"] += 1
                continue
            roles: list[Role] = []
            for r in e.roles:
                if tag == "m" and r.sector is None:
                    r = replace(r, sector="REB")  # the file of armed non-state groups
                rr = recode(r, countries, orgs, known)
                if rr is None:
                    stats["role: unknown code or dates"] += 1
                elif rr not in roles:
                    roles.append(rr)
            if not roles:
                stats["entry: no usable code"] += 1
                continue
            raw = [e.name.upper(), *e.aliases, *e.prefixes]
            kind = _kind(e.kind, roles, raw, words, tag)
            if kind == "person" and _historical(roles):
                stats["entry: historical person (roles ended before 1980)"] += 1
                continue
            names = clean_names(raw, kind, words, stats)
            if not names:
                stats["entry: no usable name"] += 1
                continue
            drafts.append(Draft(tag, kind, names, roles, countries=frozenset(r.country for r in roles)))
    # the same name, kind and countries twice: one entry
    first: dict[tuple, Draft] = {}
    kept: list[Draft] = []
    for d in drafts:
        k = (name_key(d.names[0]), d.kind, d.countries)
        if k in first:
            into = first[k]
            into.names += [n for n in d.names if name_key(n) not in {name_key(x) for x in into.names}]
            into.roles += [r for r in d.roles if r not in into.roles]
            stats["entry: merged into an earlier duplicate"] += 1
            continue
        first[k] = d
        kept.append(d)
    # a name two entries claim is ambiguous: neither keeps it
    owners: dict[str, set[int]] = {}
    for i, d in enumerate(kept):
        for n in d.names:
            owners.setdefault(acronym_key(n) or name_key(n), set()).add(i)
    rows: list[str] = []
    ids: set[str] = set()
    from newsgraph.kb.model import KBEntry
    from newsgraph.kb.table import format_row

    for i, d in enumerate(kept):
        names = [n for n in d.names if owners[acronym_key(n) or name_key(n)] == {i}]
        stats["name: claimed by two entries"] += len(d.names) - len(names)
        if not names:
            stats["entry: every name ambiguous"] += 1
            continue
        eid = f"phx:{d.file}/{_slug(names[0])}"
        k = 2
        while eid in ids:
            eid, k = f"phx:{d.file}/{_slug(names[0])}-{k}", k + 1
        ids.add(eid)
        rows.append(format_row(KBEntry(eid, names[0], d.kind, tuple(names[1:]), tuple(d.roles))))
        stats[f"kept {d.kind}"] += 1
    stats["kept"] = len(rows)
    header = _header(source_commit(phoenix_dir), digests, codes_version, filters_version, phoenix_dir, stats)
    return header + "\n".join(rows) + "\n", stats


def _header(commit: str, digests: list[str], codes_version: str, filters_version: str, phoenix_dir: Path,
            stats: Counter) -> str:
    licence = (phoenix_dir / "LICENSE.petrarch2.MIT.txt").read_text(encoding="utf-8").strip().splitlines()
    lines = [
        f"# version: phoenix-{commit[:7]}-r{RECIPE_VERSION}",
        "# kb_phoenix.tsv: facts derived for newsgraph from the Phoenix actor dictionaries.",
        f"# source: github.com/openeventdata/petrarch2 commit {commit}, files:",
        *(f"#   {d}" for d in digests),
        f"# built by scripts/build_phoenix_kb.py (recipe {RECIPE_VERSION}, {codes_version}, {filters_version});",
        "# do not edit: change the recipe or its data files and rebuild.",
        "# columns: id<TAB>kind<TAB>name<TAB>aliases (;)<TAB>roles ( / ; CTRY[:ORG] SECTOR [START..END])",
        f"# entries: {stats['kept']} ({stats['kept person']} people, {stats['kept organization']} organisations, "
        f"{stats['kept group']} armed groups)",
        "# The dictionaries are distributed under the MIT licence:",
        "#",
        *(f"# {x}".rstrip() for x in licence),
        "#",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX, help="folder of the Phoenix .actors files")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="table to write")
    ap.add_argument("--stats", action="store_true", help="print what was kept and dropped")
    args = ap.parse_args(argv)
    if not (args.phoenix / FILES[0][0]).exists():
        print(f"error: {args.phoenix / FILES[0][0]} not found; pass --phoenix DIR", file=sys.stderr)
        return 2
    text, stats = build(args.phoenix)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {stats['kept']} entries ({len(text.encode()) // 1024} KiB) to {args.out}")
    if args.stats:
        for k, v in sorted(stats.items()):
            print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
