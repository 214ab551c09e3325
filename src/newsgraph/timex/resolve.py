"""Resolution: a recognised expression to a TIMEX3 value, interval and precision.

News text is read against the publication date ("last month", "on Thursday",
"in December" with the tense of its verb). Anaphoric expressions ("the
following day", "that year", "three days later") are read against the last
date the text mentioned. In ``narrative`` mode (history, encyclopaedia text
whose creation date says nothing about the story) every relative expression is
read against the last mentioned date, and a bare month takes that date's year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from newsgraph.timex.lexicon import MODS, MONTHS, UNITS, number
from newsgraph.timex.values import Point, day_point, safe_day, week_point


_MIN_ANCHOR_YEAR, _MAX_ANCHOR_YEAR = 3, 9990
# expressions that read from the story's last date ("two days later", "the next day")
_ANAPHORIC_KINDS = {"offset", "offset_the", "rel_unit", "pod_rel", "same_time"}
# a stretch said to run "from" a day this recent has already begun
_STARTED_DAYS = 31


@dataclass(slots=True)
class Resolved:
    """What resolution found for one expression."""

    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    point: Point | None = None
    anchor: str = "none"  # none | publication | previous
    mod: str | None = None
    interval: tuple[str, str] | None = None
    precision: str = "unknown"
    #: for an anchored duration ("three days later"): the point it leads to, which
    #: becomes the story's reference time as a date would
    implied: Point | None = None


#: calendar precisions from finest to coarsest, for "at least as fine as"
_FINENESS = ("day", "week", "month", "season", "quarter", "half", "year")


@dataclass
class Context:
    """Per-document resolution state."""

    published: date | None
    mode: str = "news"  # news | narrative
    #: tense of the verb governing [start, end): past | present | future | None
    tense: Callable[[int, int], str | None] = lambda s, e: None
    #: points resolved so far, in text order (the reference times)
    history: list[Point] = field(default_factory=list)
    #: the document text, for the word before an expression ("until October 14")
    text: str = ""
    #: dated quotes: (start, end, the day the words were said or written)
    speech: list[tuple[int, int, date]] = field(default_factory=list)
    #: start of the expression being resolved
    current: int = 0
    #: the sentence index of a character offset (-1 when the text has no sentences)
    sentence: Callable[[int], int] = lambda offset: -1
    #: what was resolved so far, in text order: (sentence index, start, point or None, anchor, kind)
    resolved: list[tuple] = field(default_factory=list)
    #: (root token, governing verb token) of the span [start, end), from the parse
    parse: Callable[[int, int], tuple] = lambda s, e: (None, None)
    #: TIMEX3: "three days later" is a DURATION anchored on the story's time; TIMEX2
    #: (WikiWars) writes the date it leads to instead
    anchored_durations: bool = True
    #: whether the clause of [start, end) is habitual ("she usually starts at 6am")
    habitual: Callable[[int, int], bool] = lambda s, e: False
    #: news: whether the story has been set in the past by a written date ("In 1995, ...")
    past_story: bool = False

    def word_before(self, start: int) -> str:
        k = start
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        j = k
        while j > 0 and self.text[j - 1].isalpha():
            j -= 1
        return self.text[j:k].lower()

    # --- anchors ---
    def deictic_anchor(self) -> tuple[date | None, str]:
        """The 'now' of the text: publication date (news) or the story's time (narrative)."""
        anchor, how = self._deictic_anchor()
        if anchor is not None and not (_MIN_ANCHOR_YEAR <= anchor.year <= _MAX_ANCHOR_YEAR):
            return None, "none"  # calendar arithmetic needs room on both sides
        return anchor, how

    def _deictic_anchor(self) -> tuple[date | None, str]:
        for qs, qe, said in self.speech:
            if qs <= self.current < qe:
                return said, "previous"  # words in a dated quote count from the day they were said
        if self.mode == "narrative":
            ref = self.ref_day()
            if ref is not None:
                return ref, "previous"
        if self.published is not None:
            return self.published, "publication"
        ref = self.ref_day()
        return (ref, "previous") if ref else (None, "none")

    def in_speech(self) -> bool:
        """Whether the expression being resolved is in a dated quote."""
        return any(qs <= self.current < qe for qs, qe, _ in self.speech)

    def story_day(self, start: int) -> date | None:
        """The story's day when the sentence reads from it: an anaphoric or anchored
        expression before ``start`` in the same sentence ("Two days later, on Tuesday")."""
        k = self.sentence(start)
        if k < 0:
            return None
        for sent, begin, point, anchor, kind in reversed(self.resolved):
            if sent != k or begin >= start:
                continue
            if anchor == "previous" and kind in _ANAPHORIC_KINDS:
                return self.ref_day()
        return None

    def sentence_year(self, start: int) -> int | None:
        """An explicit year written earlier in the same sentence ("In 2015, in March, ...")."""
        k = self.sentence(start)
        if k < 0:
            return None
        for sent, begin, point, anchor, _ in reversed(self.resolved):
            if sent == k and begin < start and point is not None and anchor == "none" \
                    and point.precision in ("year", "month", "season", "quarter", "half"):
                return point.year
        return None

    def continued_date(self, start: int, month: int, day: int | None) -> int | None:
        """The year of a month (and day) written without one that carries on a dated
        account: "the army moved on November 15, 2017 ... his resignation on November 21"
        is 2017, not the November before publication. Only an explicit date of month or
        day precision in this or the previous sentence counts, and only when the new day
        follows it by less than half a year (the account goes on)."""
        k = self.sentence(start)
        if k < 0:
            return None
        for sent, begin, point, anchor, _ in reversed(self.resolved):
            if begin >= start:
                continue
            if sent < k - 1:
                break  # (resolved in text order: all the rest is earlier still)
            if point is None or anchor != "none" or point.precision not in ("day", "month"):
                continue
            for yy in (point.year, point.year + 1):
                then = safe_day(yy, month, day or 1)
                if then is None:
                    continue
                gap = (date(yy, month, day or 1) - date(point.year, point.month, point.day or 1)).days
                if 0 <= gap <= 183:
                    return yy
            return None
        return None

    def finer_ref(self, precision: str, start: int) -> Point | None:
        """The latest point at least as fine as ``precision`` told before ``start``, past
        coarser ones: "On Tuesday, X won ... in 2016 ... Y quit the same day" is that
        Tuesday; a day cannot point back at a year."""
        if precision not in _FINENESS:
            return None
        need = _FINENESS.index(precision)
        for _, begin, point, _, _ in reversed(self.resolved):
            if begin < start and point is not None and point.precision in _FINENESS \
                    and _FINENESS.index(point.precision) <= need:
                return point
        return None

    def ref(self) -> Point | None:
        return self.history[-1] if self.history else None

    def ref_day(self) -> date | None:
        """The last mentioned day (or first day of the last mentioned month/year)."""
        p = self.ref_at("day") or self.ref_at("month") or self.ref()
        if p is None or p.precision in ("decade", "century"):
            return None
        b = p.bounds()
        return b[0] if b else None

    def ref_at(self, precision: str) -> Point | None:
        """The last point at least as fine as ``precision`` that agrees with the latest one."""
        if not self.history:
            return None
        last = self.history[-1]
        order = _FINENESS
        need = order.index(precision) if precision in order else len(order) - 1
        for p in reversed(self.history[-12:]):
            if p.precision not in order or order.index(p.precision) > need:
                continue
            if p.year != last.year and p is not last:
                break
            if last.month and p.month and p.month != last.month and last.precision in ("day", "month"):
                break
            return p
        return None

    def ref_year(self) -> int | None:
        p = self.ref()
        if p is None:
            if self.mode == "news" and self.published:
                return self.published.year
            return None
        return p.year


# --- helpers -----------------------------------------------------------------------


def mod_of(text: str | None) -> str | None:
    if not text:
        return None
    low = text.lower()
    for word, mod in MODS.items():
        if re.search(rf"\b{word}", low):
            return mod
    return None


def month_num(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def day_num(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def year_num(y: str | None, era: str | None) -> int | None:
    if not y:
        return None
    n = int(re.match(r"\d+", y.strip()).group())
    if era and era.upper().startswith("B"):
        return -n
    return n


def month_by_tense(month: int, anchor: date, tense: str | None) -> int:
    """Year of a bare month: the past one for past tense, the next one otherwise."""
    y = anchor.year
    if tense == "past":
        return y if month <= anchor.month else y - 1
    if tense == "future":
        return y if month >= anchor.month else y + 1
    # present tense or no verb: the nearest occurrence, ties go to the past (news
    # mostly reports); scheduled presents ("elections take place in December")
    # come here as future from the syntax
    return min((y - 1, y, y + 1), key=lambda yy: (abs((yy * 12 + month) - (y * 12 + anchor.month)), yy))


def day_by_tense(month: int, day: int, anchor: date, tense: str | None, endpoint: bool = False,
                 startpoint: bool = False) -> Point | None:
    """Year of a day written without one ("Aug. 19").

    ``endpoint``: the day ends a stretch ("suspended until October 14"), so even
    in a past-tense sentence it may lie a little ahead of the publication date.
    ``startpoint``: the day opens a stretch ("is to run from January 23 through
    March 9"), so even in a future-tense sentence it may lie a little behind.
    """
    options = []
    for yy in (anchor.year - 1, anchor.year, anchor.year + 1):
        p = safe_day(yy, month, day)
        if p is not None:
            options.append((date(yy, month, day), p))
    if not options:
        return None
    if tense == "past":
        past = [o for o in options if o[0] <= anchor]
        if endpoint:
            soon = [o for o in options if anchor < o[0] <= anchor + timedelta(days=92)]
            if soon and (not past or (anchor - past[-1][0]).days > 183):
                return soon[0][1]
        return (past[-1] if past else options[0])[1]
    if tense == "future":
        if startpoint:
            recent = [o for o in options if anchor - timedelta(days=_STARTED_DAYS) <= o[0] < anchor]
            if recent:
                return recent[-1][1]
        fut = [o for o in options if o[0] >= anchor]
        return (fut[0] if fut else options[-1])[1]
    # present tense or no verb: a dated day in news is close to the publication date
    return min(options, key=lambda o: (abs((o[0] - anchor).days), o[0] > anchor))[1]


def weekday(wd: int, anchor: date, rel: str | None, tense: str | None) -> date:
    back = (anchor.isoweekday() - wd) % 7
    fwd = (wd - anchor.isoweekday()) % 7
    rel = (rel or "").lower()
    if rel in ("last", "past", "previous"):
        return anchor - timedelta(days=back or 7)
    if rel in ("next", "coming", "following"):
        return anchor + timedelta(days=fwd or 7)
    if rel == "this":
        return anchor - timedelta(days=anchor.isoweekday() - wd)
    if tense == "past":
        return anchor - timedelta(days=back)
    if tense == "future":
        return anchor + timedelta(days=fwd)
    return anchor - timedelta(days=back) if back <= fwd else anchor + timedelta(days=fwd)


def _season_occurrences(code: str, around: int) -> list[Point]:
    return [Point("season", y, season=code) for y in range(around - 2, around + 2)]


def season(code: str, anchor: date, rel: str | None, tense: str | None) -> Point:
    occ = _season_occurrences(code, anchor.year)
    spans = [(p, *p.bounds()) for p in occ]
    rel = (rel or "").lower()
    if rel in ("last", "past", "previous"):
        return [p for p, a, b in spans if b < anchor][-1]
    if rel == "this":
        return next(p for p, a, b in spans if b >= anchor)
    if rel in ("next", "coming", "following"):
        return next(p for p, a, b in spans if a > anchor)
    if tense == "past":
        return [p for p, a, b in spans if a <= anchor][-1]
    if tense == "future":
        return next(p for p, a, b in spans if b >= anchor)
    # nearest by distance from the anchor to the season's span
    def distance(span) -> int:
        _, first, last = span
        if first <= anchor <= last:
            return 0
        return min(abs((first - anchor).days), abs((last - anchor).days))

    return min(spans, key=distance)[0]


def count(text: str | None) -> float | None:
    if text is None:
        return None
    if text.lower() == "the":  # "the day before"
        return 1
    return number(text)


def unit_letter(unit: str) -> tuple[str, str | None]:
    u = unit.lower()
    if u == "centuries":
        u = "century"
    u = u[:-1] if u.endswith("s") and u[:-1] in UNITS else u
    return UNITS.get(u, ("D", "day"))


# a fraction of a unit in whole smaller units: half an hour is PT30M, half a year P6M
_SMALLER = {"hour": (60, "minute"), "day": (24, "hour"), "week": (7, "day"), "year": (12, "month"),
            "minute": (60, "second"), "decade": (10, "year"), "century": (100, "year")}


def duration_value(n: float | None, unit: str) -> str:
    letter, _ = unit_letter(unit)
    u = unit.lower().rstrip("s")
    if u == "centurie":
        u = "century"
    if n is not None and not float(n).is_integer() and u in _SMALLER and float(n * _SMALLER[u][0]).is_integer():
        return duration_value(n * _SMALLER[u][0], _SMALLER[u][1])
    if u == "fortnight":
        n = None if n is None else n * 2
    q = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if letter in ("H", "S") or (letter == "M" and u.startswith("minute")):
        return f"PT{q}{letter}"
    return f"P{q}{letter}"


def point_result(point: Point, anchor: str, mod: str | None = None, type_: str = "DATE") -> Resolved:
    if point.clock or point.part_of_day:
        type_ = "TIME"
    return Resolved(type_, point.value, point, anchor, mod, point.interval(mod), point.timex_precision)


def unit_point(unit: str, anchor: date) -> Point | None:
    u = unit.lower()
    if u in ("day", "night"):
        return day_point(anchor)
    if u in ("week", "weekend", "fortnight"):
        return week_point(anchor)
    if u == "month":
        return Point("month", anchor.year, anchor.month)
    if u == "quarter":
        return Point("quarter", anchor.year, quarter=(anchor.month - 1) // 3 + 1)
    if u == "year":
        return Point("year", anchor.year)
    if u == "decade":
        return Point("decade", anchor.year - anchor.year % 10)
    if u == "century":
        return Point("century", anchor.year - anchor.year % 100)
    return None


def partial(unit: str, ref: Point | None) -> str:
    """A value with unknown parts, for anaphora without a fine enough reference."""
    y = ref.value[: 4 if ref and ref.year >= 0 else 6] if ref else "XXXX"
    u = unit.lower()
    if u in ("day", "night"):
        return f"{y}-{ref.month:02d}-XX" if ref and ref.month else f"{y}-XX-XX"
    if u.startswith("week"):
        return f"{y}-WXX"
    if u == "month":
        return f"{y}-XX"
    return y
