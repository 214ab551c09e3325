"""Build the shipped agent-noun table (``src/newsgraph/lang/en/actor_agents.tsv``) from Phoenix.

    .venv/bin/python scripts/build_phoenix_agents.py                 # from ../shared, into the package
    .venv/bin/python scripts/build_phoenix_agents.py --out /tmp/x.tsv --phoenix DIR

The Phoenix agents dictionary (``Phoenix.agents.txt``, MIT) lists about 2,300
nouns that name a kind of actor with its CAMEO sector: "sheriff" [~COP],
"dentist" [~HLH], "historian" [~EDU], "mobster" [~CRM]. The project's own role
lexicon (``actor_roles.psv``) is small and decides which nouns make actors; this
table is a second, broad source read only where a phrase is already known to
name a person ("Sheriff Ann Cole", "Ann Cole, a dentist"): it gives that
person's sector when the role lexicon does not know the noun.

A deterministic recipe:

- substitution sets (``!PERSON!``) are expanded to their singular words;
- CAMEO sectors are recoded as newsgraph's by ``newsgraph.kb.phoenix.parse_code``
  (CAMEO's MED is media, JRN; HLH is medical, MED); the first sector element
  is the noun's sector; entries whose code has no sector newsgraph knows are dropped;
- only nouns of one or two words are kept (the readers look at a title word, or
  a word and the one before it); forms with digits or dots (aircraft models,
  abbreviations) are dropped;
- a noun listed with two different sectors is dropped (it decides nothing);
- nouns the role lexicon already lists are kept out: the lexicon wins.

``tests/test_actor_agents.py`` rebuilds the table and compares it with the
shipped file byte for byte, so it is never edited by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsgraph.kb.lexicon import ROLE_NOUNS, ROLES_VERSION  # noqa: E402
from newsgraph.kb.phoenix import parse_code  # noqa: E402

DEFAULT_PHOENIX = ROOT.parent / "shared" / "data" / "petrarch" / "phoenix"
DEFAULT_OUT = ROOT / "src" / "newsgraph" / "lang" / "en" / "actor_agents.tsv"
SOURCE = "Phoenix.agents.txt"
#: bump when the recipe changes what it writes
RECIPE_VERSION = 1

_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.*)$")
_ENTRY = re.compile(r"^(?P<phrase>[^\[{]*?)\s*(?:\{[^}]*\})?\s*\[~?(?P<code>[A-Z]*)\]")
_PLURAL = re.compile(r"(MEN|IES)$")


def read_agents(path: Path) -> dict[str, set[str]]:
    """noun phrase (lower case, words joined by spaces) -> the sectors Phoenix gives it."""
    subs: dict[str, list[str]] = {}
    out: dict[str, set[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = _SUBSTITUTION.match(line)
        if m:
            # only the singular words: the readers singularise what they look up
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if not _PLURAL.search(w.strip())]
            continue
        m = _ENTRY.match(line)
        if not m:
            continue  # a malformed code ("[~ENV}"): Phoenix itself skips these
        _, sector, _ = parse_code("XXX" + m.group("code"))
        if sector is None:
            continue
        forms = [m.group("phrase")]
        for name, words in subs.items():
            forms = [f.replace(name, f" {w} ") for f in forms for w in words] if any(name in f for f in forms) else forms
        for f in forms:
            phrase = re.sub(r"[_\s]+", " ", f).strip().lower()
            if phrase:
                out.setdefault(phrase, set()).add(sector)
    return out


def build(phoenix_dir: Path = DEFAULT_PHOENIX) -> tuple[str, int]:
    path = phoenix_dir / SOURCE
    agents = read_agents(path)
    rows = []
    for phrase, sectors in sorted(agents.items()):
        if len(sectors) != 1 or len(phrase.split()) > 2 or re.search(r"[\d.]", phrase) or phrase in ROLE_NOUNS:
            continue
        rows.append(f"{phrase}\t{next(iter(sectors))}")
    licence = (phoenix_dir / "LICENSE.petrarch2.MIT.txt").read_text(encoding="utf-8").strip().splitlines()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    header = [
        f"# version: phoenix-agents-r{RECIPE_VERSION}",
        "# actor_agents.tsv: nouns naming a kind of actor, with its PLOVER sector, derived for newsgraph",
        f"# from the Phoenix agents dictionary ({SOURCE} sha256:{digest}, github.com/openeventdata/petrarch2).",
        f"# built by scripts/build_phoenix_agents.py (recipe {RECIPE_VERSION}, without the nouns of {ROLES_VERSION});",
        "# do not edit: change the recipe and rebuild. Read by newsgraph.kb.lexicon.load_agents.",
        f"# columns: noun<TAB>SECTOR; rows: {len(rows)}",
        "# The dictionary is distributed under the MIT licence:",
        "#",
        *(f"# {x}".rstrip() for x in licence),
        "#",
    ]
    return "\n".join(header) + "\n" + "\n".join(rows) + "\n", len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX, help="folder of Phoenix.agents.txt")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="table to write")
    args = ap.parse_args(argv)
    if not (args.phoenix / SOURCE).exists():
        print(f"error: {args.phoenix / SOURCE} not found; pass --phoenix DIR", file=sys.stderr)
        return 2
    text, n = build(args.phoenix)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {n} agent nouns to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
