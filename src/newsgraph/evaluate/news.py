"""Task "news": whole articles as a user gets them, against ../shared/data/newsgold.

The gold (layout in its README) codes every political event of an article with
its type, actors and recipients as ``[country, sector]`` pairs, its date and
evidence sentence; ``must`` events are what a good system has to find, the
others are acceptable extras, and ``forbidden_events`` are tempting mistakes.
Each article is run through the whole pipeline (``newsgraph extract``) and
scored:

- **events**: a gold event is *found* when one of ours has its type, covers
  every gold actor pair among our actors and every recipient pair among our
  recipients, agrees on whether it happened (our asserted or historical event
  for a gold asserted or historical one; our negated, hypothetical or future one
  for a gold negated, hypothetical or future one) (a null country or sector in the gold matches anything; an empty
  gold side matches anything; meetings and other mutual types may put both
  parties on either side), and has its date: the same TIMEX3 value, or a more
  precise one inside it; a gold null date ("the text gives none") is matched
  by our publication-date fallback. Alternatives the annotator named in the
  event's ``note`` ("REQUEST also accepted", "recipient PHL BUS acceptable",
  "null also accepted") count as correct. *Must recall* is over must events;
  *precision* is the share of our events that match some gold event, must or
  not; a *forbidden hit* is a forbidden pattern (its type plus every field it
  gives) met by one of our events that matches no gold event. The ``_type``
  figures relax the match to the type in the gold event's sentence: what the
  trigger finding alone gets.
- **actors**: each gold actor (name and aliases) is looked up among ours by
  name, mention text or surname; it is *correct* when the actor found has the
  gold country and sector. Errors are counted by cause: missing, no country,
  wrong country, wrong sector, split (one gold actor, several of ours).
  ``nonactor_suspects`` counts our actors named like a time zone, a disease
  or a law.
- **times**: must time expressions found with the gold value; **places**: gold
  toponyms found with the gold GeoNames id; **quotes**: must quotes found with
  most of their words and the right speaker; **claims**: must claims found with
  the gold quantity and bound.

``split`` is ``tune``, ``check`` or ``all`` (``SPLITS.md``). Error details are
printed for the tune half only: the check half is reported as it comes and
never read for errors.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from newsgraph.config import Config
from newsgraph.evaluate import EvalReport, require
from newsgraph.evaluate.codes import norm_country
from newsgraph.plover.ontology import TYPES
from newsgraph.registry import eval_tasks
from newsgraph.timex.values import parse_value

SPLITS = ("tune", "check", "all")
SECTORS = frozenset("GOV MIL REB LEG JUD COP OPP PTY SPY UAF CVL BUS JRN MED REL LAB EDU REF CRM PRE ELI AGR SOC "
                    "NGO IGO HLH ENV IMG UNK".split())
# types whose parties may sit on either side ("X and Y met", "X met Y")
MUTUAL = frozenset({"CONSULT", "COOPERATE", "AGREE"})
_CLAUSE = re.compile(r";|\.\s")
_DATE = re.compile(r"(?<![\d-])(\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|WI|SP|SU|FA))?)(?![\d-])")
_PAIR = re.compile(r"\b([A-Z]{3})[ /,]+([A-Z]{3})\b")
_CODE = re.compile(r"\b[A-Z]{3,9}\b")
_PRONOUNS = frozenset("he she it they we i you him her them his its their our one this that these those who "
                      "himself herself themselves".split())
# names of things that are never actors: a time zone as the whole name, a disease anywhere
# in it, a law as its last word ("the National Emergencies Act", not "Bill Clinton")
_NONACTOR = re.compile(
    r"^(UTC|GMT|[ECMP][SD]T|BST|CET|CEST)$|\b(COVID|coronavirus|virus|SARS|influenza|flu|measles|Ebola|HIV)\b|"
    r"\s(Act|Amendment|Section|Article|Bill|Constitution)$", re.I)


# --- gold ---------------------------------------------------------------------

def load_split(base: Path, split: str) -> list[str]:
    """Doc ids of one half (or both) of the gold, as SPLITS.md lists them."""
    if split not in SPLITS:
        raise ValueError(f"unknown newsgold split {split!r}; use one of {', '.join(SPLITS)}")
    halves: dict[str, list[str]] = {"tune": [], "check": []}
    current = None
    for line in require(base / "SPLITS.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
        elif current in halves and line.startswith("- "):
            halves[current].append(line[2:].strip())
    return halves["tune"] + halves["check"] if split == "all" else halves[split]


@dataclass
class Alternatives:
    """What an event's note says an annotator would also accept."""

    types: set[str] = field(default_factory=set)
    dates: set[str | None] = field(default_factory=set)
    aux: set[str] = field(default_factory=set)
    pairs: dict[str, set[tuple[str | None, str | None]]] = field(default_factory=lambda: {"actor": set(), "recipient": set()})
    sectors: dict[str, set[str]] = field(default_factory=lambda: {"actor": set(), "recipient": set()})
    empty: set[str] = field(default_factory=set)


def note_alternatives(note: str | None) -> Alternatives:
    """Alternatives named in the clauses of a note that say "accept" ("EDU also accepted",
    "REQUEST change also acceptable; recipient PHL BUS acceptable", "null also accepted")."""
    alt = Alternatives()
    for clause in _CLAUSE.split(note or ""):
        low = clause.lower()
        if "accept" not in low and "alternative" not in low:
            continue
        sides = [s for s in ("actor", "recipient") if s in low] or ["actor", "recipient"]
        alt.types.update(w for w in _CODE.findall(clause) if w in TYPES)
        alt.dates.update(_DATE.findall(clause))
        alt.aux.update(re.findall(r"\baux (asserted|historical|future|hypothetical|negated)\b", low))
        if re.search(r"\b(null|undated)\b", low):
            alt.dates.add(None)
        if "empty" in low:
            alt.empty.update(sides)
        paired = set()
        for c, s in _PAIR.findall(clause):
            if s in SECTORS and c not in SECTORS | set(TYPES):
                for side in sides:
                    alt.pairs[side].add((c, s))
                paired.add(s)
        for w in _CODE.findall(clause):
            if w in SECTORS and w not in paired:
                for side in sides:
                    alt.sectors[side].add(w)
    return alt


# --- our output ---------------------------------------------------------------

def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower().strip(" .,'\"’")
    s = re.sub(r"^(the|a|an)\s+", "", s)
    return re.sub(r"['’]s$", "", s).strip()


def _pair_ok(actor: dict, country: str | None, sector: str | None) -> bool:
    ours = norm_country(actor.get("country"))
    if country == "IGO":
        return ours == "IGO" and (sector is None or _fold(actor.get("org") or "") == _fold(sector))
    if country is not None and ours != country:
        return False
    return sector is None or sector in (actor.get("sector"), actor.get("org")) or (
        sector == "HLH" and actor.get("sector") == "MED")


def side_ok(gold: list, ours: list[dict], alts: set, sectors: set[str], empty_ok: bool) -> bool:
    pairs = {tuple(p) for p in gold}
    if not pairs:
        return True
    if not ours:
        return empty_ok
    for c, s in pairs:
        cands = {(c, s)} | alts | {(c, x) for x in sectors}
        if not any(_pair_ok(a, cc, ss) for a in ours for cc, ss in cands):
            return False
    return True


def date_ok(ev_date: dict | None, gold: str | None, alts: set[str | None]) -> bool:
    ev_date = ev_date or {}
    value, precision = ev_date.get("value"), ev_date.get("precision")
    # a value the calendar parser does not read ("2019-W31-WE", a weekend) still has the
    # interval the extractor gave it
    given = tuple(ev_date["interval"]) if ev_date.get("interval") else None
    for g in {gold} | alts:
        if g is None:
            if precision in (None, "publication"):
                return True
            continue
        if value == g:
            return True
        gp, ep = parse_value(g), parse_value(value)
        if precision == "publication" or gp is None or (ep is None and given is None):
            continue
        gi, ei = gp.interval(), ep.interval() if ep is not None else given
        # more precise and inside the gold date ("2019-10-01" for "2019-10")
        if gi and ei and gi[0] <= ei[0] and ei[1] <= gi[1]:
            return True
    return False


@dataclass
class Scored:
    """One article's output with the look-ups the matchers need."""

    out: dict[str, Any]
    actors: dict[str, dict] = field(init=False)

    def __post_init__(self):
        self.actors = {a["id"]: a for a in self.out["actors"]}

    def geonameid(self, place_id: str | None) -> int | None:
        """The GeoNames id of one of our places, by its id in the output."""
        return next((p.get("geonameid") for p in self.out.get("places") or [] if p["id"] == place_id), None)

    def side(self, ev: dict, key: str) -> list[dict]:
        """The event's participants, each with its country and sector on the event's date
        where the output dates them (``roles``)."""
        roles = ev.get("roles") or {}
        return [{**self.actors[i], **roles[i]} if i in roles else self.actors[i] for i in ev[key] if i in self.actors]

    def sentence(self, ev: dict) -> str:
        a, b = ev["sentence"]
        return self.out["text"][a:b]


#: gold auxiliary modes that say the event happened (our aux None or "historical")
HAPPENED = frozenset({"asserted", "historical"})


def happened_ok(ours: str | None, gold: str | None, alts: set[str]) -> bool:
    """Do we and the gold agree on whether the event happened? An asserted CONCEDE does not
    code "has not conceded" (negated), nor a planned one (future)."""
    ours_happened = ours in (None, "historical")
    return any(ours_happened == ((g or "asserted") in HAPPENED) for g in {gold} | alts)


def event_matches(ev: dict, gold: dict, s: Scored, *, relaxed: bool = False) -> bool:
    """Does our event ``ev`` code gold event ``gold``? ``relaxed``: its type, in its sentence."""
    alt = note_alternatives(gold.get("note"))
    if ev["type"] != gold["type"] and ev["type"] not in alt.types:
        return False
    if relaxed:
        return _same_sentence(s.sentence(ev), gold.get("evidence") or "")
    if not happened_ok(ev.get("aux"), gold.get("aux"), alt.aux):
        return False
    if not date_ok(ev.get("date"), gold.get("date"), alt.dates):
        return False
    acts, recs = s.side(ev, "actor"), s.side(ev, "recipient")
    if side_ok(gold["actor"], acts, alt.pairs["actor"], alt.sectors["actor"], "actor" in alt.empty) and \
            side_ok(gold["recipient"], recs, alt.pairs["recipient"], alt.sectors["recipient"], "recipient" in alt.empty):
        return True
    if gold["type"] in MUTUAL:
        both = gold["actor"] + gold["recipient"]
        pairs = alt.pairs["actor"] | alt.pairs["recipient"]
        sectors = alt.sectors["actor"] | alt.sectors["recipient"]
        return side_ok(both, acts + recs, pairs, sectors, False)
    return False


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


def _same_sentence(ours: str, evidence: str) -> bool:
    """Our sentence and the gold evidence are the same sentence (tokenisers may split or
    join differently, so most of the shorter one's words in the longer one's)."""
    a, b = set(_words(ours)), set(_words(evidence))
    if not a or not b:
        return False
    # most words in common, and not two sentences cut from one mould ("Trump granted X a
    # full and unconditional pardon" for each X): the shared words must be most of both
    return len(a & b) >= 0.8 * min(len(a), len(b)) and len(a & b) >= 0.6 * max(len(a), len(b))


def forbidden_hit(ev: dict, f: dict, s: Scored) -> bool:
    if ev["type"] != f["type"]:
        return False
    if f.get("date") is not None and (ev.get("date") or {}).get("value") != f["date"]:
        return False
    if f.get("mode") and ev.get("mode") != f["mode"]:
        return False
    if f.get("aux"):
        aux = ev.get("aux")
        if f["aux"] == "asserted" and aux not in (None, "historical"):
            return False
        if f["aux"] != "asserted" and aux != f["aux"]:
            return False
    if f.get("place") is not None and s.geonameid(ev.get("place")) != f["place"]:
        return False  # "the planned meeting in Warsaw did not happen": only one there
    for key in ("actor", "recipient"):
        if f.get(key) and not side_ok(f[key], s.side(ev, key), set(), set(), False):
            return False
    return True


# --- per-article scoring ------------------------------------------------------

@dataclass
class Tally:
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def ratio(self, num: str, den: str) -> float:
        d = self.counts.get(den, 0)
        return round(self.counts.get(num, 0) / d, 3) if d else 0.0


def _keys(name: str, aliases: Iterable[str]) -> set[str]:
    return {k for k in (_fold(x) for x in [name, *aliases]) if k and k not in _PRONOUNS}


def _actor_keys(a: dict, text: str) -> set[str]:
    keys = {_fold(a.get("name") or "")}
    keys.update(_fold(text[s:e]) for s, e in a.get("mentions") or [])
    return {k for k in keys if k and k not in _PRONOUNS}


def _surname(name: str) -> str | None:
    words = [w for w in re.findall(r"[\w'-]+", name) if w[:1].isupper()]
    return _fold(words[-1]) if len(words) >= 2 else None


def _contains(longer: str, shorter: str) -> bool:
    return bool(shorter) and re.search(r"(?<!\w)" + re.escape(shorter) + r"(?!\w)", longer) is not None


def match_actors(gold_actor: dict, ours: list[dict], text: str) -> list[dict]:
    """Our actors that are this gold actor: by name, alias or mention text (one of them inside
    the other when the inner one is a name of two words or more: "Represenative Adam Schiff"
    for "Adam Schiff"), else by surname."""
    keys = _keys(gold_actor["name"], gold_actor.get("aliases") or [])
    found = [a for a in ours if _actor_keys(a, text) & keys]
    if not found:
        long_keys = {k for k in keys if len(k.split()) >= 2}
        found = [a for a in ours if any(
            _contains(ours_k, k) or (len(ours_k.split()) >= 2 and _contains(k, ours_k))
            for ours_k in _actor_keys(a, text) for k in long_keys)]
    if not found and (sur := _surname(gold_actor["name"])):
        found = [a for a in ours if a.get("kind") == "person" and _surname(a.get("name") or "") == sur]
    return found


def _sector_alternatives(g: dict) -> set[str]:
    out = set()
    for part in (g.get("role") or "", g.get("note") or ""):
        for clause in _CLAUSE.split(part):
            if "accept" in clause.lower():
                out.update(w for w in _CODE.findall(clause) if w in SECTORS)
    return out


def score_actors(gold: dict, out: dict, t: Tally, errors: list[str]) -> None:
    text = out["text"]
    for g in gold.get("actors") or []:
        t.add("actors")
        found = match_actors(g, out["actors"], text)
        if not found:
            t.add("actor_missing")
            errors.append(f"actor missing: {g['name']} ({g.get('country')}/{g.get('sector')})")
            continue
        if len({a["id"] for a in found}) > 1:
            t.add("actor_split")
            errors.append(f"actor split: {g['name']} -> {[a['name'] for a in found]}")
        best = max(found, key=lambda a: len(a.get("mentions") or []))
        want_c, want_s = g.get("country"), g.get("sector")
        country = norm_country(best.get("country"))
        if want_c == "IGO":
            c_ok = country == "IGO"
        else:
            c_ok = want_c is None or country == want_c
        s_ok = want_s is None or want_s in (best.get("sector"), best.get("org")) or \
            best.get("sector") in _sector_alternatives(g) or (want_s == "HLH" and best.get("sector") == "MED")
        if c_ok and s_ok:
            t.add("actor_correct")
            continue
        if not c_ok:
            cause = "actor_no_country" if country is None else "actor_wrong_country"
        else:
            cause = "actor_wrong_sector"
        t.add(cause)
        errors.append(f"{cause[6:].replace('_', ' ')}: {g['name']} want {want_c}/{want_s} got "
                      f"{best['name']!r} {best.get('country')}/{best.get('sector') or best.get('org')}")
    for a in out["actors"]:
        if _NONACTOR.search(a.get("name") or ""):
            t.add("nonactor_suspects")
            errors.append(f"not an actor? {a['name']!r} ({a.get('country')}/{a.get('sector')})")


def score_events(gold: dict, out: dict, t: Tally, errors: list[str]) -> dict[str, int]:
    s = Scored(out)
    golds = gold.get("events") or []
    must = [g for g in golds if g.get("must")]
    local = {"must": len(must), "found": 0, "predicted": len(out["events"]), "correct": 0, "forbidden": 0}
    for g in must:
        t.add("must_events")
        if any(event_matches(e, g, s) for e in out["events"]):
            t.add("must_found")
            local["found"] += 1
        else:
            near = [e for e in out["events"] if event_matches(e, g, s, relaxed=True)]
            t.add("must_found_type", bool(near))
            if near:
                got = "; ".join(_describe(e, s) for e in near)
                errors.append(f"event wrong args/date: {g['id']} {_describe_gold(g)} got {got}")
            else:
                errors.append(f"event missed: {g['id']} {_describe_gold(g)} «{g['evidence'][:110]}»")
            continue
        t.add("must_found_type")
    hit_forbidden: set[int] = set()
    for e in out["events"]:
        t.add("predicted")
        if any(event_matches(e, g, s) for g in golds):
            t.add("correct")
            local["correct"] += 1
            t.add("correct_type")
            continue
        if any(event_matches(e, g, s, relaxed=True) for g in golds):
            t.add("correct_type")
        hits = [k for k, f in enumerate(gold.get("forbidden_events") or []) if forbidden_hit(e, f, s)]
        hit_forbidden.update(hits)
        tag = "FORBIDDEN " if hits else ""
        errors.append(f"{tag}event extra: {_describe(e, s)} «{s.sentence(e)[:110]}»")
    local["forbidden"] = len(hit_forbidden)
    t.add("forbidden", len(hit_forbidden))
    return local


def _describe_gold(g: dict) -> str:
    side = lambda ps: ",".join(f"{c}/{x}" for c, x in ps)
    return f"{g['type']} {side(g['actor'])}->{side(g['recipient'])} date={g.get('date')} [{g.get('trigger')}]"


def _describe(e: dict, s: Scored) -> str:
    side = lambda key: ",".join(f"{a.get('country')}/{a.get('sector') or a.get('org')}" for a in s.side(e, key))
    a, b = e["trigger"]
    date = (e.get("date") or {})
    when = date.get("value") if date.get("precision") != "publication" else "pub"
    return f"{e['type']} {side('actor')}->{side('recipient')} date={when} aux={e.get('aux')} [{s.out['text'][a:b]}]"


def _same_value(ours: str | None, gold: str | None) -> bool:
    """TIMEX3 values that say the same: equal, or one the other with a part of day or a clock
    ("2019-01-13TNI" for "2019-01-13")."""
    if not ours or not gold:
        return False
    return ours == gold or ours.split("T")[0] == gold or gold.split("T")[0] == ours


def score_times(gold: dict, out: dict, t: Tally, errors: list[str]) -> None:
    """Must time expressions: one of ours inside (or over) the gold words, with the same value.
    Our span may leave out a signal the gold keeps ("since 1998", "On Friday", "late Sunday")."""
    text = out["text"]
    for g in gold.get("times") or []:
        if not g.get("must", True):
            continue
        t.add("times")
        spots = [m.start() for m in re.finditer(re.escape(g["text"]), text)]
        same = [x for x in out["times"]
                if any(x["start"] < k + len(g["text"]) and k < x["end"] for k in spots)]
        if any(_same_value(x["value"], g["value"]) for x in same):
            t.add("times_correct")
        else:
            errors.append(f"time: {g['text']!r} want {g['value']} got {[x['value'] for x in same] or 'nothing'}")


def score_places(gold: dict, out: dict, t: Tally, errors: list[str]) -> None:
    text = out["text"]
    for g in gold.get("places") or []:
        t.add("places")
        want = _fold(g["text"])
        found = [p for p in out["places"] if any(_fold(text[a:b]) == want for a, b in p["mentions"])]
        if found:
            t.add("places_found")
        if any(p.get("geonameid") == g["geonameid"] for p in found):
            t.add("places_correct")
        else:
            errors.append(f"place: {g['text']!r} want {g['geonameid']} got {[p.get('geonameid') for p in found] or 'nothing'}")


def _overlap(a: str, b: str) -> float:
    wa, wb = set(_words(a)), set(_words(b))
    return len(wa & wb) / len(wb) if wb else 0.0


def score_quotes(gold: dict, out: dict, t: Tally, errors: list[str]) -> None:
    text = out["text"]
    by_name = {g["name"]: g for g in gold.get("actors") or []}
    actors = {a["id"]: a for a in out["actors"]}
    for g in gold.get("quotes") or []:
        if not g.get("must"):
            continue
        t.add("quotes")
        speaker = by_name.get(g["speaker"], {"name": g["speaker"]})
        keys = _keys(speaker["name"], speaker.get("aliases") or [])
        sur = _surname(speaker["name"])
        ok = False
        for q in out["quotes"]:
            content = text[q["content"][0]:q["content"][1]]
            if _overlap(content, g["text"]) < 0.8 or _overlap(g["text"], content) < 0.5:
                continue
            a = actors.get(q.get("speaker") or "")
            said = ({_fold(q.get("speaker_text") or "")} | (_actor_keys(a, text) if a else set())) - {""}
            if said & keys or (sur and any(k.split()[-1:] == [sur] for k in said)):
                ok = True
                break
        if ok:
            t.add("quotes_correct")
        else:
            errors.append(f"quote: {g['speaker']}: «{g['text'][:70]}»")


_BOUNDS = {"between": "range"}


def score_claims(gold: dict, out: dict, t: Tally, errors: list[str]) -> None:
    for g in gold.get("claims") or []:
        if not g.get("must"):
            continue
        t.add("claims")
        bound = _BOUNDS.get(g.get("bound"), g.get("bound"))
        ok = any(c.get("value") == g.get("quantity") and c.get("bound") == bound for c in out["claims"]) \
            if g.get("quantity") is not None else any(c.get("bound") == bound for c in out["claims"])
        if ok:
            t.add("claims_correct")
        else:
            errors.append(f"claim: {g.get('bound')} {g.get('quantity')} {g.get('unit')}")


# --- the task -----------------------------------------------------------------

def article_texts(shared: Path, urls: set[str]) -> dict[str, Any]:
    """The Wikinews documents the gold annotates, read with our own CSV reader, by URL."""
    from newsgraph.readers import read_path

    docs = {}
    for path in sorted(require(shared / "data" / "wikinews" / "data").glob("*.csv")):
        for d in read_path(path):
            if getattr(d, "url", None) in urls:
                docs[d.url] = d
    return docs


def load_gold_dir(folder: Path) -> list[dict]:
    """Every ``*.json`` gold file of a folder in the newsgold layout (your own annotations,
    ``data/training/newsgold-free``), checked for the fields the scorer reads."""
    if not folder.is_dir():
        raise ValueError(f"{folder}: no such folder of gold files")
    golds = []
    for path in sorted(folder.glob("*.json")):
        try:
            g = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from None
        missing = [k for k in ("doc", "url", "events") if k not in g]
        if missing:
            raise ValueError(f"{path}: no {', '.join(missing)} (see ../shared/data/newsgold/README.md)")
        golds.append(g)
    if not golds:
        raise ValueError(f"{folder}: no gold files (*.json)")
    return golds


def evaluate(shared: Path, *, config: Config, split: str = "tune", limit: int | None = None,
             outputs: dict[str, dict] | None = None, gold_dir: Path | None = None) -> EvalReport:
    """Score the pipeline's output on one split, or on the gold files of ``gold_dir`` (in
    the newsgold layout, for articles of ../shared/data/wikinews); ``outputs`` (doc id ->
    contract object) skips running the pipeline (tests, cached runs)."""
    from newsgraph.output import to_contract
    from newsgraph.pipeline import Pipeline

    if gold_dir is not None:
        golds = load_gold_dir(gold_dir)[:limit]
    else:
        base = shared / "data" / "newsgold"
        ids = load_split(base, split)[:limit]
        golds = [json.loads(require(base / "gold" / f"{d}.json").read_text(encoding="utf-8")) for d in ids]
    if outputs is None:
        docs = article_texts(shared, {g["url"] for g in golds})
        missing = [g["doc"] for g in golds if g["url"] not in docs]
        if missing:
            raise ValueError(f"gold articles not found in ../shared/data/wikinews: {', '.join(missing[:3])}")
        outputs = {}
        for g, nd in zip(golds, Pipeline(config).pipe([docs[g["url"]] for g in golds])):
            outputs[g["doc"]] = to_contract(nd)
    total = Tally()
    details: list[str] = []
    # your own gold shows its errors; of the newsgold halves only the tune half does
    show_errors = split == "tune" or gold_dir is not None
    for g in golds:
        out = outputs[g["doc"]]
        errors: list[str] = []
        if out.get("errors"):
            errors += [f"pipeline error: {x}" for x in out["errors"]]
        ev = score_events(g, out, total, errors)
        score_actors(g, out, total, errors)
        score_times(g, out, total, errors)
        score_places(g, out, total, errors)
        score_quotes(g, out, total, errors)
        score_claims(g, out, total, errors)
        details.append(f"{g['doc']}: must events {ev['found']}/{ev['must']}, correct {ev['correct']}/{ev['predicted']}, "
                       f"forbidden {ev['forbidden']}")
        if show_errors:
            details += [f"    {x}" for x in errors]
    c = total.counts
    metrics: dict[str, float | int] = {
        "articles": len(golds),
        "must_event_recall": total.ratio("must_found", "must_events"),
        "event_precision": total.ratio("correct", "predicted"),
        "forbidden_events": c.get("forbidden", 0),
        "must_event_recall_type": total.ratio("must_found_type", "must_events"),
        "event_precision_type": total.ratio("correct_type", "predicted"),
        "must_events": c.get("must_events", 0),
        "events_predicted": c.get("predicted", 0),
        "actor_accuracy": total.ratio("actor_correct", "actors"),
        "actors": c.get("actors", 0),
    }
    for cause in ("missing", "no_country", "wrong_country", "wrong_sector", "split"):
        metrics[f"actor_{cause}"] = c.get(f"actor_{cause}", 0)
    metrics["nonactor_suspects"] = c.get("nonactor_suspects", 0)
    metrics.update({
        "time_recall": total.ratio("times_correct", "times"),
        "place_found": total.ratio("places_found", "places"),
        "place_correct": total.ratio("places_correct", "places"),
        "quote_recall": total.ratio("quotes_correct", "quotes"),
        "claim_recall": total.ratio("claims_correct", "claims"),
    })
    p, r = metrics["event_precision"], metrics["must_event_recall"]
    metrics["event_f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    if not show_errors:
        details.append("(error details are shown for the tune half only; the check half is reported as it comes)")
    return EvalReport(f"news:{gold_dir.name}" if gold_dir is not None else f"news:{split}", metrics, details)


@eval_tasks.register("news")
def run(shared: Path, *, config: Config, limit: int | None = None, split: str = "tune",
        gold: Path | None = None) -> EvalReport:
    return evaluate(shared, config=config, split=split, limit=limit, gold_dir=gold)
