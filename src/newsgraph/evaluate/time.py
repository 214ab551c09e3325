"""Eval task "time": TIMEX3 value accuracy on WikiWars, the seed and GUM news.

Scoring follows TempEval-3: a system timex matches a gold one when their spans
overlap (relaxed match, one to one); value precision is the share of system
timexes that match a gold timex with the same value, value recall the share of
gold timexes matched with the same value.

WikiWars (``data/timex/wikiwars/whole-tml/tml``, TimeML) is narrative history:
its document creation time (2009) says nothing about the wars it tells, so its
documents are read in ``narrative`` mode (relative expressions against the last
date the text mentioned), with the DCT as the fallback anchor, as its README
says. The seed is news and is read in ``news`` mode against its publication date.
GUM news (``data/gum/xml/GUM_news_*.xml``, 24 Wikinews articles) is real news with
TEI ``<date>`` values: read in ``news`` mode against ``dateCreated``; how its
values map to TIMEX3 and what is left unscored is described in the GUM section. The
``gum_timex3_*`` metrics score GUM news strictly as TIMEX3, every type (DATE, TIME,
DURATION, SET, REF) on its own, with the values GUM lacks from ``data/gum_news_timex3.tsv``.
"""

from __future__ import annotations

import calendar
import html
import re
import time
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from newsgraph.config import Config
from newsgraph.evaluate import EvalReport, require
from newsgraph.model import Document, NewsDoc, Timex
from newsgraph.registry import eval_tasks
from newsgraph.timex.annotate import TimexOptions, find_timexes

_TAG = re.compile(r"<TIMEX3([^>]*)>|</TIMEX3>|&[a-z]+;|&#\d+;")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r'<DCT>.*?value="(\d{4}-\d{2}-\d{2})"', re.S)
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    value: str


def read_tml(path: Path) -> tuple[str, date | None, list[GoldTimex]]:
    """Plain text, document creation time and gold timexes of one TimeML file."""
    raw = path.read_text(encoding="utf-8")
    m = _DCT.search(raw)
    dct = date.fromisoformat(m.group(1)) if m else None
    body = _TEXT.search(raw)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element; is this a TimeML file?")
    src = body.group(1)
    out: list[str] = []
    pos = 0
    length = 0
    open_at: tuple[int, dict] | None = None
    gold: list[GoldTimex] = []
    for t in _TAG.finditer(src):
        chunk = src[pos:t.start()]
        out.append(chunk)
        length += len(chunk)
        tok = t.group(0)
        if tok.startswith("<TIMEX3"):
            open_at = (length, dict(_ATTR.findall(t.group(1))))
        elif tok == "</TIMEX3>":
            if open_at is not None:
                start, attrs = open_at
                text = "".join(out)[start:length]
                gold.append(GoldTimex(start, length, text, attrs.get("value", "null")))
                open_at = None
        else:
            s = html.unescape(tok)
            out.append(s)
            length += len(s)
        pos = t.end()
    out.append(src[pos:])
    return "".join(out), dct, gold


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    matched: int = 0
    value_ok: int = 0

    def add(self, other: "Score") -> None:
        self.gold += other.gold
        self.system += other.system
        self.matched += other.matched
        self.value_ok += other.value_ok

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score(gold: list[GoldTimex], system: list[Timex], errors: list[str] | None = None) -> Score:
    """Relaxed (overlap) one-to-one matching, then value comparison."""
    s = Score(gold=len(gold), system=len(system))
    used: set[int] = set()
    for g in gold:
        best = None
        for k, t in enumerate(system):
            if k in used or t.end <= g.start or t.start >= g.end:
                continue
            overlap = min(t.end, g.end) - max(t.start, g.start)
            if best is None or overlap > best[0]:
                best = (overlap, k)
        if best is None:
            if errors is not None:
                errors.append(f"missed  {g.text!r} gold={g.value} @{g.start}")
            continue
        used.add(best[1])
        t = system[best[1]]
        s.matched += 1
        if t.value == g.value:
            s.value_ok += 1
        elif errors is not None:
            errors.append(f"value   {t.text!r} -> {t.value} (gold {g.text!r} = {g.value}) @{g.start}")
    if errors is not None:
        for k, t in enumerate(system):
            if k not in used:
                errors.append(f"extra   {t.text!r} -> {t.value} @{t.start}")
    return s


def _metrics(prefix: str, s: Score) -> dict[str, float]:
    p, r, f = s.prf(s.value_ok)
    ep, er, ef = s.prf(s.matched)
    return {f"{prefix}precision": round(p, 4), f"{prefix}recall": round(r, 4), f"{prefix}value_f1": round(f, 4),
            f"{prefix}extent_f1": round(ef, 4)}


def parse_documents(texts: list[tuple[str, date | None]], config: Config) -> list[NewsDoc]:
    from newsgraph.stages.nlp import NlpStage

    nlp = NlpStage(config)
    docs = [NewsDoc(Document.create(t, published=d)) for t, d in texts]
    return list(nlp.pipe(docs, batch_size=4))


def wikiwars(shared: Path, config: Config, limit: int | None = None) -> tuple[dict, list[str]]:
    root = require(shared / "data" / "timex" / "wikiwars")
    files = sorted((root / "whole-tml" / "tml").glob("*.tml"))
    if not files:
        raise FileNotFoundError(f"no .tml files under {root / 'whole-tml' / 'tml'}; is the WikiWars copy complete?")
    test_names = {p.name for p in (root / "testset" / "tml").glob("*.tml")}
    if limit:
        files = files[:limit]
    read = [read_tml(f) for f in files]
    t0 = time.perf_counter()
    docs = parse_documents([(text, dct) for text, dct, _ in read], config)
    t_nlp = time.perf_counter() - t0
    # WikiWars follows TIMEX2, which counts "former" and "recent" as PAST_REF
    opts = TimexOptions(mode="narrative", adjective_refs=True, anchored_durations=False)
    total, train, test = Score(), Score(), Score()
    details: list[str] = []
    examples: list[str] = []
    t0 = time.perf_counter()
    for f, (text, dct, gold), doc in zip(files, read, docs):
        if doc.failed:
            details.append(f"{f.name}: nlp failed: {doc.errors}")
            continue
        system = find_timexes(doc, opts)
        errs: list[str] = []
        s = score(gold, system, errs)
        total.add(s)
        (test if f.name in test_names else train).add(s)
        p, r, fv = s.prf(s.value_ok)
        details.append(f"wikiwars {f.stem}: gold {s.gold} system {s.system} value P {p:.3f} R {r:.3f} F1 {fv:.3f}")
        examples.extend(f"{f.stem}: {e}" for e in errs[:6])
    t_time = time.perf_counter() - t0
    metrics = _metrics("", total)
    metrics.update(_metrics("train_", train) if train.gold else {})
    metrics.update(_metrics("test_", test) if test.gold else {})
    metrics["gold"] = total.gold
    metrics["system"] = total.system
    unvalued = sum(1 for _, _, g in read for x in g if x.value in ("null", ""))
    details.insert(0, f"wikiwars: {len(files)} documents, {total.gold} gold timexes ({unvalued} without a value, "
                      f"counted as misses), narrative mode; nlp {t_nlp:.1f}s, timex {t_time:.2f}s")
    details.append("train = the 16 SynTime training documents, test = the 6 test documents")
    details.extend(examples[:80])
    return metrics, details


def seed(shared: Path, config: Config) -> tuple[dict, list[str]]:
    import json

    from newsgraph.readers import read_path

    ex = require(shared / "examples")
    gold_json = json.loads((ex / "seed.gold.json").read_text(encoding="utf-8"))
    document = next(iter(read_path(ex / "seed.txt")))
    doc = parse_documents([(document.text, document.published)], config)[0]
    system = find_timexes(doc, TimexOptions(mode="news"))
    gold: list[GoldTimex] = []
    pos = 0
    for g in gold_json["times"]:
        k = doc.text.find(g["text"], pos)
        if k < 0:
            k = doc.text.find(g["text"])
        if k < 0:
            raise ValueError(f"seed gold time {g['text']!r} not found in the seed text")
        gold.append(GoldTimex(k, k + len(g["text"]), g["text"], g["value"]))
        pos = k + len(g["text"])
    errs: list[str] = []
    s = score(gold, system, errs)
    jan = doc.text.find("Jan Kubis")
    jan_dated = any(t.start <= jan < t.end for t in system) if jan >= 0 else False
    m = _metrics("seed_", s)
    m["seed_jan_kubis_dated"] = int(jan_dated)
    return m, [f"seed: gold {s.gold} system {s.system} value-correct {s.value_ok}"] + [f"seed: {e}" for e in errs]



# --- GUM news (Wikinews, TT-SGML) ----------------------------------------------------------
#
# GUM marks dates with TEI ``<date>`` elements around tokens; ``gum_value`` maps them to TIMEX3:
#   when="2017" / "2017-07" / "2017-07-21"   -> the same string; "2010-09-04T22:30:00" -> "2010-09-04T22:30"
#   when="--10" (a month of no known year)   -> "XXXX-10"
#   from/to a whole year, month, decade, century -> "2017", "2017-07", "196", "19"
#   from/to Monday..Sunday / Saturday..Sunday    -> "2017-W28" / "2016-W35-WE"
#   from/to a meteorological season          -> "2022-SU" (winter: Dec..Feb -> "YYYY-WI")
#   other from/to ranges                     -> compared with the system's interval
#   notBefore == notAfter                    -> that value ("a decade ago" -> "2001")
#   other notBefore/notAfter ("the past few days", "twelve years") -> neutral
# Neutral gold is not counted in recall, and a system timex overlapping it is not
# counted in precision. ``<time>`` elements (clock times without a date) and the
# GUM entity layer's ``time`` mentions that carry no ``<date>`` (durations, "the
# time", "a few weeks") are neutral as well: GUM gives them no value to score.
# A system value that adds a part of day GUM left outside its extent ("Thursday
# night" -> 2015-09-17TNI for GUM's "Thursday" = 2015-09-17) counts as right.

_GUM_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
# tokens glued to the previous one when the text is rebuilt
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "n't", "'re", "'ve", "'ll", "'d",
                    "'m", "'", "’s", "…"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "#"}
_GUM_PARAGRAPHS = {"p", "head", "caption", "item", "quote"}


@dataclass(frozen=True, slots=True)
class GumDate:
    start: int
    end: int
    text: str
    value: str | None  # TIMEX3 value, or None when only an interval (or nothing) is comparable
    interval: tuple[str, str] | None  # first and last day when the gold gives a closed range


@dataclass(frozen=True, slots=True)
class GumDoc:
    name: str
    text: str
    published: date
    dates: list[GumDate]  # valued or interval-bearing gold
    neutral: list[tuple[int, int]]  # gold spans without a comparable value
    token_spans: list[tuple[int, int]]


def _whole_months(a: date, b: date) -> tuple[int, int] | None:
    """(number of months, first month index) when [a, b] is a run of whole months."""
    if a.day != 1 or b.day != calendar.monthrange(b.year, b.month)[1]:
        return None
    return (b.year - a.year) * 12 + b.month - a.month + 1, a.year * 12 + a.month - 1


def gum_range_value(a: date, b: date) -> str | None:
    """The TIMEX3 value of the closed day range [a, b], when it is a calendar unit."""
    if a > b:
        return None
    months = _whole_months(a, b)
    if months is not None:
        n, first = months
        y, m = divmod(first, 12)
        m += 1
        if n == 1:
            return f"{y:04d}-{m:02d}"
        if n == 12 and m == 1:
            return f"{y:04d}"
        if n == 120 and m == 1 and y % 10 == 0:
            return f"{y // 10:03d}"
        if n == 1200 and m == 1 and y % 100 == 0:
            return f"{y // 100:02d}"
        if n == 1200 and m == 1 and y % 100 == 1:  # 1901-2000: the 20th century, read loosely
            return f"{y // 100:02d}"
        if n == 3 and m in (3, 6, 9, 12):
            code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}[m]
            return f"{y:04d}-{code}"
    iso = a.isocalendar()
    if (b - a).days == 6 and a.weekday() == 0:
        return f"{iso.year:04d}-W{iso.week:02d}"
    if (b - a).days == 1 and a.weekday() == 5:
        return f"{iso.year:04d}-W{iso.week:02d}-WE"
    if a == b:
        return a.isoformat()
    return None


def _iso_day(v: str, last: bool) -> date | None:
    """First (or last) day of a partial ISO date "2017", "2017-07", "2017-07-21"."""
    try:
        parts = [int(x) for x in v.split("T")[0].split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
    if len(parts) == 2:
        y, m = parts
        return date(y, m, calendar.monthrange(y, m)[1] if last else 1)
    return date(*parts[:3])


def gum_value(attrs: dict[str, str]) -> tuple[str | None, tuple[str, str] | None]:
    """(TIMEX3 value, interval) of a GUM ``<date>``; (None, None) when nothing is comparable."""
    when = attrs.get("when")
    if when and when.startswith("--"):
        return "XXXX-" + when[2:], None  # "--10": October of an unknown year (TEI's gMonth)
    if when:
        if "T" in when:
            d, clock = when.split("T", 1)
            hh_mm = clock[:5]
            return f"{d}T{hh_mm}", None
        return when, None
    lo, hi = attrs.get("from") or attrs.get("notBefore"), attrs.get("to") or attrs.get("notAfter")
    if lo and hi and lo == hi:
        return lo, None
    if "from" in attrs and "to" in attrs and lo and hi:
        a, b = _iso_day(lo, False), _iso_day(hi, True)
        if a is None or b is None:
            return None, None
        return gum_range_value(a, b), (a.isoformat(), b.isoformat())
    return None, None  # vague: "the past few days", "twelve years"


def _conll_time_mentions(path: Path) -> list[tuple[int, int]] | None:
    """Token spans [first, last] of the GUM entity layer's ``time`` mentions."""
    if not path.exists():
        return None
    spans: list[tuple[int, int]] = []
    open_: dict[str, list[int]] = {}
    k = -1
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            continue
        k += 1
        for m in re.finditer(r"\(([a-z]+)-(\d+)[^()|]*?\)|\(([a-z]+)-(\d+)|([a-z]+)-(\d+)[^()|]*?\)", cols[2]):
            if m.group(1):  # "(time-5)": one token
                if m.group(1) == "time":
                    spans.append((k, k))
            elif m.group(3):  # "(time-5": opens
                open_.setdefault(f"{m.group(3)}-{m.group(4)}", []).append(k)
            else:  # "time-5)": closes
                key = f"{m.group(5)}-{m.group(6)}"
                if open_.get(key):
                    first = open_[key].pop()
                    if m.group(5) == "time":
                        spans.append((first, k))
    return spans


def read_gum(path: Path, conll: Path | None = None) -> GumDoc:
    """Rebuild the text of one GUM TT-SGML file with its gold dates as character spans.

    Tokens are joined with single spaces except inside ``<w>`` (one written word
    split in tokens: "11-year") and around punctuation and clitics; paragraphs
    (``<p>``, ``<head>``, ...) are separated by a blank line so the nlp stage
    sees the same paragraph structure as in the source.
    """
    raw = path.read_text(encoding="utf-8")
    m = re.search(r'<text[^>]*dateCreated="(\d{4}-\d{2}-\d{2})"', raw)
    if m is None:
        raise ValueError(f"{path}: no dateCreated on <text>; is this a GUM TT-SGML file?")
    published = date.fromisoformat(m.group(1))
    parts: list[str] = []
    length = 0
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, dict[str, str], int]] = []  # open <date>/<time> elements: (tag, attrs, first token)
    dates: list[GumDate] = []
    neutral_tok: list[tuple[int, int]] = []
    in_w = False
    w_first = False
    new_para = False
    quote_open = False
    prev = ""
    for line in raw.splitlines():
        if not line:
            continue
        if line.startswith("<"):
            t = _GUM_TAG.match(line)
            if t is None:
                continue
            closing, tag, rest = t.group(1) == "/", t.group(2), t.group(3)
            if tag in _GUM_PARAGRAPHS and not closing:
                new_para = True
            elif tag == "w":
                in_w, w_first = not closing, not closing
            elif tag in ("date", "time"):
                if not closing:
                    stack.append((tag, dict(_ATTR.findall(rest)), len(spans)))
                else:
                    for j in range(len(stack) - 1, -1, -1):
                        if stack[j][0] == tag:
                            _, attrs, first = stack.pop(j)
                            if first < len(spans):
                                if tag == "date":
                                    value, interval = gum_value(attrs)
                                    if value is None and interval is None:
                                        neutral_tok.append((first, len(spans) - 1))
                                    else:
                                        s, e = spans[first][0], spans[-1][1]
                                        dates.append(GumDate(s, e, "", value, interval))
                                else:
                                    neutral_tok.append((first, len(spans) - 1))
                            break
            continue
        tok = line.split("\t", 1)[0]
        if not spans:
            sep = ""
        elif new_para:
            sep = "\n\n"
        elif in_w and not w_first:
            sep = ""
        elif tok in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER:
            sep = ""
        elif tok == '"':
            sep = "" if quote_open else " "
        elif prev == '"' and quote_open:
            sep = ""
        else:
            sep = " "
        if tok == '"':
            quote_open = not quote_open
        w_first = False
        new_para = False
        parts.append(sep)
        length += len(sep)
        spans.append((length, length + len(tok)))
        parts.append(tok)
        length += len(tok)
        prev = tok
    text = "".join(parts)
    dates = [replace(d, text=text[d.start:d.end]) for d in dates]
    if conll is not None:
        mentions = _conll_time_mentions(conll)
        if mentions is not None and (not mentions or mentions[-1][1] < len(spans)):
            neutral_tok.extend(mentions)
    neutral = [(spans[a][0], spans[b][1]) for a, b in neutral_tok]
    # a time mention that is also a valued <date> is scored as that date, not neutral
    neutral = [(a, b) for a, b in neutral if not any(_overlaps(a, b, d.start, d.end) for d in dates)]
    return GumDoc(path.stem, text, published, dates, neutral, spans)


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return a < d and c < b


_REF_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def _refines(system_value: str | None, gold_value: str | None) -> bool:
    """The system value is the gold day plus a part of day or clock time GUM left outside its extent
    ("Thursday night" -> 2015-09-17TNI where GUM marks "Thursday" = 2015-09-17)."""
    return bool(system_value and gold_value and len(gold_value) == 10 and system_value.startswith(gold_value + "T"))


def score_gum(doc: GumDoc, system: list[Timex], errors: list[str]) -> tuple[Score, Score]:
    """(calendar score, strict score) of one GUM document.

    One-to-one relaxed matching against the valued gold; a system timex is right
    when its value equals the gold value, refines it with a part of day GUM left
    outside its extent, or, for a gold range without a TIMEX3 value, when its
    interval equals the gold range.

    The calendar score leaves out unmatched system timexes GUM never gives a
    ``<date>``: durations, sets and the PRESENT/PAST/FUTURE_REF words ("now",
    "recently"); the strict score counts them as false positives.
    """
    gold = doc.dates
    used: set[int] = set()
    cal = Score(gold=len(gold))
    for g in gold:
        best = None
        for k, t in enumerate(system):
            if k in used or not _overlaps(t.start, t.end, g.start, g.end):
                continue
            overlap = min(t.end, g.end) - max(t.start, g.start)
            if best is None or overlap > best[0]:
                best = (overlap, k)
        if best is None:
            errors.append(f"missed  {g.text!r} gold={g.value or g.interval}")
            continue
        used.add(best[1])
        t = system[best[1]]
        cal.matched += 1
        ok = (g.value is not None and (t.value == g.value or _refines(t.value, g.value))) or \
             (g.value is None and g.interval is not None and t.interval == g.interval)
        if ok:
            cal.value_ok += 1
        else:
            errors.append(f"value   {t.text!r} -> {t.value} (gold {g.text!r} = {g.value or g.interval})")
    strict = Score(gold=cal.gold, matched=cal.matched, value_ok=cal.value_ok)
    for k, t in enumerate(system):
        if k in used:
            cal.system += 1
            strict.system += 1
            continue
        if any(_overlaps(t.start, t.end, a, b) for a, b in doc.neutral):
            continue  # GUM marks it but gives no comparable value
        strict.system += 1
        if t.type in ("DATE", "TIME") and t.value not in _REF_VALUES:
            cal.system += 1
            errors.append(f"extra   {t.text!r} -> {t.value}")
        else:
            errors.append(f"extra-unscored {t.text!r} -> {t.type} {t.value}")
    return cal, strict


# --- GUM news scored as TIMEX3, every type ----------------------------------------------------
#
# GUM's <date> layer values calendar dates only. ``data/gum_news_timex3.tsv`` (written for
# newsgraph, no article text: token spans and a checksum) adds the TIMEX3 values GUM does not
# give -- durations, sets, PRESENT/PAST/FUTURE_REF, clock times -- and replaces the few GUM
# values that are not TIMEX3 ones (an anchored duration GUM dates by its implied day, a year
# end GUM writes as its last day). With it nothing is neutral: every system timex is scored,
# and every timex is put in one type: DATE, TIME, DURATION, SET or REF (the *_REF values).

TIMEX3_TYPES = ("DATE", "TIME", "DURATION", "SET", "REF")
_SUPPLEMENT = Path(__file__).parent / "data" / "gum_news_timex3.tsv"
_DURATION_VALUE = re.compile(r"^PT?[\dX.]+[A-Z]+$")


@dataclass(frozen=True, slots=True)
class TypedGold:
    start: int
    end: int
    text: str
    kind: str  # one of TIMEX3_TYPES
    value: str | None
    interval: tuple[str, str] | None = None


def timex3_kind(type_: str | None, value: str | None) -> str:
    """The scoring type of a timex: its TIMEX3 type, with the *_REF values apart."""
    if value and value.endswith("_REF"):
        return "REF"
    if type_ in ("DURATION", "SET", "TIME"):
        return type_
    if type_ == "DATE" and value and "T" in value[4:] and not value.startswith("P"):
        return "TIME"
    return "DATE"


def read_supplement(path: Path = _SUPPLEMENT) -> dict[str, list[tuple]]:
    """The TIMEX3 supplement: doc name -> [(first token, last token, type, value, action, check, where)]."""
    from newsgraph.lang.tables import read_rows

    rows = read_rows(path, min_fields=7, max_fields=8, sep="\t", key=lambda f: (f[0], f[1]),
                     shape="doc<TAB>first<TAB>last<TAB>type<TAB>value<TAB>add|override<TAB>check[<TAB>note]")
    out: dict[str, list[tuple]] = {}
    for row in rows.rows:
        doc, a, b, type_, value, action, check = row.fields[:7]
        if not (a.isdigit() and b.isdigit() and int(a) <= int(b)):
            raise row.error(f"token span {a}-{b} is not 'first<=last' in whole numbers")
        if type_ not in ("DATE", "TIME", "DURATION", "SET"):
            raise row.error(f"unknown TIMEX3 type {type_!r}; use DATE, TIME, DURATION or SET")
        if action not in ("add", "override"):
            raise row.error(f"unknown action {action!r}; use add or override")
        if action == "override" and len(row.fields) < 8:
            raise row.error("an override needs a note saying why the GUM value is not the TIMEX3 one")
        if (type_ == "DURATION") != bool(_DURATION_VALUE.match(value)) and type_ != "SET":
            raise row.error(f"value {value!r} does not fit type {type_}")
        out.setdefault(doc, []).append((int(a), int(b), type_, value, action, check, row.where))
    return out


def timex3_gold(doc: GumDoc, entries: list[tuple]) -> list[TypedGold]:
    """GUM's valued dates with the supplement applied: the complete TIMEX3 gold of one document."""
    import hashlib

    gold = [TypedGold(d.start, d.end, d.text, timex3_kind("DATE", d.value), d.value, d.interval) for d in doc.dates]
    for a, b, type_, value, action, check, where in entries:
        if b >= len(doc.token_spans):
            raise ValueError(f"{where}: token {b} is past the end of {doc.name}; is the GUM copy the one named "
                             f"in its README?")
        s, e = doc.token_spans[a][0], doc.token_spans[b][1]
        if hashlib.sha1(doc.text[s:e].encode("utf-8")).hexdigest()[:8] != check:
            raise ValueError(f"{where}: tokens {a}-{b} of {doc.name} read {doc.text[s:e]!r}, not the text the "
                             f"entry was written for; realign the entry with the GUM copy")
        hit = [g for g in gold if _overlaps(s, e, g.start, g.end)]
        if action == "override":
            if not hit:
                raise ValueError(f"{where}: override of {doc.text[s:e]!r} but no GUM <date> is there; use add")
            gold = [g for g in gold if g not in hit]
        elif hit:
            raise ValueError(f"{where}: {doc.text[s:e]!r} overlaps the GUM <date> {hit[0].text!r}; use override")
        gold.append(TypedGold(s, e, doc.text[s:e], timex3_kind(type_, value), value))
    return sorted(gold, key=lambda g: g.start)


@dataclass
class TypedScore:
    """Per-type counts: gold and system timexes of each type, and those with the right value."""

    gold: dict[str, int]
    system: dict[str, int]
    gold_ok: dict[str, int]
    system_ok: dict[str, int]
    matched: int = 0

    @classmethod
    def empty(cls) -> "TypedScore":
        return cls(*({k: 0 for k in TIMEX3_TYPES} for _ in range(4)))

    def add(self, other: "TypedScore") -> None:
        for mine, theirs in ((self.gold, other.gold), (self.system, other.system), (self.gold_ok, other.gold_ok),
                             (self.system_ok, other.system_ok)):
            for k in TIMEX3_TYPES:
                mine[k] += theirs[k]
        self.matched += other.matched

    def metrics(self, prefix: str) -> dict[str, float | int]:
        def prf(g: int, s: int, g_ok: int, s_ok: int) -> tuple[float, float, float]:
            p = s_ok / s if s else 0.0
            r = g_ok / g if g else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        out: dict[str, float | int] = {}
        g, s = sum(self.gold.values()), sum(self.system.values())
        p, r, f = prf(g, s, sum(self.gold_ok.values()), sum(self.system_ok.values()))
        ep, er, ef = prf(g, s, self.matched, self.matched)
        out.update({f"{prefix}precision": round(p, 4), f"{prefix}recall": round(r, 4),
                    f"{prefix}value_f1": round(f, 4), f"{prefix}extent_f1": round(ef, 4),
                    f"{prefix}gold": g, f"{prefix}system": s})
        for k in TIMEX3_TYPES:
            p, r, f = prf(self.gold[k], self.system[k], self.gold_ok[k], self.system_ok[k])
            key = f"{prefix}{k.lower()}_"
            out.update({f"{key}precision": round(p, 4), f"{key}recall": round(r, 4), f"{key}value_f1": round(f, 4),
                        f"{key}gold": self.gold[k], f"{key}system": self.system[k]})
        return out


def score_typed(gold: list[TypedGold], system: list[Timex], errors: list[str]) -> TypedScore:
    """Strict TIMEX3 scoring: relaxed one-to-one span match, then the value; every timex counts.

    A gold timex is right when the system timex matched to it has its value (or, for a
    gold day, that day with a part of day GUM left outside its extent; for a gold range
    without a TIMEX3 value, the same interval). Recall is counted in the gold timex's
    type, precision in the system timex's type.
    """
    sc = TypedScore.empty()
    used: dict[int, bool] = {}
    for g in gold:
        sc.gold[g.kind] += 1
        best = None
        for k, t in enumerate(system):
            if k in used or not _overlaps(t.start, t.end, g.start, g.end):
                continue
            overlap = min(t.end, g.end) - max(t.start, g.start)
            if best is None or overlap > best[0]:
                best = (overlap, k)
        if best is None:
            errors.append(f"missed  [{g.kind}] {g.text!r} gold={g.value or g.interval}")
            continue
        t = system[best[1]]
        sc.matched += 1
        ok = (g.value is not None and (t.value == g.value or (g.kind == "DATE" and _refines(t.value, g.value)))) \
            or (g.value is None and g.interval is not None and t.interval == g.interval)
        used[best[1]] = ok
        if ok:
            sc.gold_ok[g.kind] += 1
        else:
            errors.append(f"value   [{g.kind}] {t.text!r} -> {t.type} {t.value} (gold {g.text!r} = "
                          f"{g.value or g.interval})")
    for k, t in enumerate(system):
        kind = timex3_kind(t.type, t.value)
        sc.system[kind] += 1
        if used.get(k):
            sc.system_ok[kind] += 1
        elif k not in used:
            errors.append(f"extra   [{kind}] {t.text!r} -> {t.type} {t.value}")
    return sc


def _gum_set(files: list[Path], conll_dir: Path, config: Config, label: str,
             supplement: dict[str, list[tuple]] | None = None) -> tuple[Score, Score, list[str], list[str], int,
                                                                         TypedScore | None]:
    """Scores of one GUM genre: (calendar, strict, per-document lines, error lines, neutral spans,
    TIMEX3 score over every type when a supplement is given)."""
    read = [read_gum(f, conll_dir / f"{f.stem}.conll") for f in files]
    docs = parse_documents([(g.text, g.published) for g in read], config)
    opts = TimexOptions(mode="news")
    total, strict = Score(), Score()
    typed = TypedScore.empty() if supplement is not None else None
    lines: list[str] = []
    examples: list[str] = []
    for g, doc in zip(read, docs):
        if doc.failed:
            lines.append(f"{label} {g.name}: nlp failed: {doc.errors}")
            continue
        system = find_timexes(doc, opts)
        errs: list[str] = []
        s_all, s_strict = score_gum(g, system, errs if typed is None else [])
        total.add(s_all)
        strict.add(s_strict)
        if typed is not None:
            t = score_typed(timex3_gold(g, supplement.get(g.name, [])), system, errs)
            typed.add(t)
            m = t.metrics("")
            lines.append(f"{label} {g.name} ({g.published}): TIMEX3 gold {m['gold']} system {m['system']} "
                         f"value P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['value_f1']:.3f}")
        else:
            p, r, fv = s_all.prf(s_all.value_ok)
            lines.append(f"{label} {g.name} ({g.published}): gold {s_all.gold} system {s_all.system} "
                         f"value P {p:.3f} R {r:.3f} F1 {fv:.3f}")
        examples.extend(f"{label} {g.name}: {e}" for e in errs)
    return total, strict, lines, examples, sum(len(g.neutral) for g in read), typed


def gum(shared: Path, config: Config, limit: int | None = None) -> tuple[dict, list[str]]:
    """GUM news (the headline ``gum_*`` metrics) and, as a second genre, GUM interviews (``gum_interview_*``)."""
    root = require(shared / "data" / "gum")
    conll_dir = root / "coref" / "gum" / "conll"
    news = sorted((root / "xml").glob("GUM_news_*.xml"))
    if not news:
        raise FileNotFoundError(f"no GUM_news_*.xml under {root / 'xml'}; is the GUM copy complete?")
    interviews = sorted((root / "xml").glob("GUM_interview_*.xml"))
    if limit:
        news, interviews = news[:limit], interviews[:limit]
    supplement = read_supplement()
    unknown = sorted(set(supplement) - {f.stem for f in sorted((root / "xml").glob("GUM_news_*.xml"))})
    if unknown:
        raise ValueError(f"{_SUPPLEMENT}: entries for {unknown[0]}, which is not a GUM news document here")
    total, strict, lines, examples, neutral, typed = _gum_set(news, conll_dir, config, "gum", supplement)
    metrics = _metrics("gum_", total)
    metrics.update(_metrics("gum_strict_", strict))
    metrics.update(typed.metrics("gum_timex3_"))
    metrics["gum_gold"] = total.gold
    metrics["gum_system"] = total.system
    details = [f"gum news: {len(news)} documents, {total.gold} valued gold <date>s, {neutral} neutral "
               f"gold spans (vague ranges, clock-only <time>, time mentions without a value); news mode "
               f"anchored at dateCreated. gum_* leaves out unmatched durations, sets and "
               f"PRESENT/PAST/FUTURE_REF timexes (GUM never gives those a <date>, so they cannot be checked); "
               f"gum_strict_* counts them as false positives"]
    per_type = "; ".join(
        f"{k} gold {metrics[f'gum_timex3_{k.lower()}_gold']} system {metrics[f'gum_timex3_{k.lower()}_system']} "
        f"F1 {metrics[f'gum_timex3_{k.lower()}_value_f1']:.3f}" for k in TIMEX3_TYPES)
    details.append(f"gum news as TIMEX3 (gum_timex3_*): GUM's <date>s plus {sum(map(len, supplement.values()))} "
                   f"entries of {_SUPPLEMENT.name} (durations, sets, *_REF, times; a few TIMEX3 values in place "
                   f"of GUM's); nothing neutral, every system timex scored. Value F1 "
                   f"{metrics['gum_timex3_value_f1']:.3f}; {per_type}")
    kinds = {k: sum(1 for e in examples if e.split(": ", 1)[1].startswith(k)) for k in ("missed", "value", "extra")}
    details.append(f"gum TIMEX3 errors: {kinds['missed']} missed, {kinds['value']} wrong value, "
                   f"{kinds['extra']} extra")
    i_examples: list[str] = []
    if interviews:
        i_total, i_strict, i_lines, i_examples, _, _ = _gum_set(interviews, conll_dir, config, "gum-interview")
        metrics.update(_metrics("gum_interview_", i_total))
        metrics.update(_metrics("gum_interview_strict_", i_strict))
        metrics["gum_interview_gold"] = i_total.gold
        details.append(f"gum interviews: {len(interviews)} Wikinews interviews, {i_total.gold} valued gold "
                       f"<date>s, read as news; a second genre to see that news fixes generalise")
        lines += i_lines
    return metrics, details + lines + examples + i_examples


@eval_tasks.register("time")
def run(shared: Path, *, config: Config, limit: int | None = None) -> EvalReport:
    """TIMEX3 value precision, recall and F1 on WikiWars (narrative), the seed and GUM news (news)."""
    metrics, details = wikiwars(shared, config, limit)
    m2, d2 = seed(shared, config)
    metrics.update(m2)
    m3, d3 = gum(shared, config, limit)
    metrics.update(m3)
    return EvalReport(task="time", metrics=metrics, details=d2 + d3 + details)
