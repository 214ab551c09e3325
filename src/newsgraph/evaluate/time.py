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
values map to TIMEX3 and what is left unscored is described in the GUM section.
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
    opts = TimexOptions(mode="narrative", adjective_refs=True)
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


def _gum_set(files: list[Path], conll_dir: Path, config: Config, label: str) -> tuple[Score, Score, list[str],
                                                                                     list[str], int]:
    """Scores of one GUM genre: (calendar, strict, per-document lines, error lines, neutral spans)."""
    read = [read_gum(f, conll_dir / f"{f.stem}.conll") for f in files]
    docs = parse_documents([(g.text, g.published) for g in read], config)
    opts = TimexOptions(mode="news")
    total, strict = Score(), Score()
    lines: list[str] = []
    examples: list[str] = []
    for g, doc in zip(read, docs):
        if doc.failed:
            lines.append(f"{label} {g.name}: nlp failed: {doc.errors}")
            continue
        system = find_timexes(doc, opts)
        errs: list[str] = []
        s_all, s_strict = score_gum(g, system, errs)
        total.add(s_all)
        strict.add(s_strict)
        p, r, fv = s_all.prf(s_all.value_ok)
        lines.append(f"{label} {g.name} ({g.published}): gold {s_all.gold} system {s_all.system} "
                     f"value P {p:.3f} R {r:.3f} F1 {fv:.3f}")
        examples.extend(f"{label} {g.name}: {e}" for e in errs)
    return total, strict, lines, examples, sum(len(g.neutral) for g in read)


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
    total, strict, lines, examples, neutral = _gum_set(news, conll_dir, config, "gum")
    metrics = _metrics("gum_", total)
    metrics.update(_metrics("gum_strict_", strict))
    metrics["gum_gold"] = total.gold
    metrics["gum_system"] = total.system
    details = [f"gum news: {len(news)} documents, {total.gold} valued gold <date>s, {neutral} neutral "
               f"gold spans (vague ranges, clock-only <time>, time mentions without a value); news mode "
               f"anchored at dateCreated. gum_* leaves out unmatched durations, sets and "
               f"PRESENT/PAST/FUTURE_REF timexes (GUM never gives those a <date>, so they cannot be checked); "
               f"gum_strict_* counts them as false positives"]
    kinds = {k: sum(1 for e in examples if e.split(": ", 1)[1].startswith(k)) for k in
             ("missed", "value", "extra  ", "extra-unscored")}
    details.append(f"gum errors: {kinds['missed']} missed (mostly event-anchored: 'opening night', 'day five'), "
                   f"{kinds['value']} wrong value, {kinds['extra  ']} extra dates, {kinds['extra-unscored']} "
                   f"durations/sets/REF GUM leaves unmarked; GUM's <date> is not exhaustive (some 'today', "
                   f"'this week' carry only a time-mention label), so precision is an estimate")
    i_examples: list[str] = []
    if interviews:
        i_total, i_strict, i_lines, i_examples, _ = _gum_set(interviews, conll_dir, config, "gum-interview")
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
