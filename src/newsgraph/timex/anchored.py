"""Anchored durations: the signal and anchor of "three days later", and the date they imply.

TIMEX3 writes "three days later" as the DURATION "three days" (P3D) with the
signal "later" beside it and an anchor: the story's last date, the text's now
("eight years from now"), a date named after the signal ("two weeks before
Christmas") or an event ("ten days before the Hajj"). The time stage keeps the
DURATION; :func:`anchoring` reads its signal and anchor back from the text and
the document's timexes, and :func:`implied_date` gives the date it leads to
when a caller asks (event dating: "Two years after his diagnosis, he died").

Both read only ``doc.text``, ``doc.published`` and ``doc.timexes``, so they work
on any document the time stage annotated, in any later stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.model import EventDate, NewsDoc, Span, Timex
from newsgraph.timex.values import Point, add_months, day_point, shift, week_point

# the signal right after the duration; the ones that take an object name the anchor after them
_SIGNAL = re.compile(r"\s*(?P<s>(?i:later|earlier|before|after|afterwards?|previously|beforehand|from\s+now|hence"
                     r"|prior\s+to|in\s+advance\s+of|ahead\s+of|into))(?!\w)")
_BACKWARD = {"earlier", "before", "previously", "beforehand", "prior to", "in advance of", "ahead of"}
_TAKES_OBJECT = {"before", "after", "prior to", "in advance of", "ahead of", "into"}
_NOW = {"from now", "hence"}
# where an event anchor's phrase stops: a clause or sentence boundary
_PHRASE_END = re.compile(r"[,.;:!?\"\u201c\u201d()]|\s(?:and|but|when|while|which|who|that|as)\s")
_DURATION = re.compile(r"^P(T?)(\d+(?:\.\d+)?)([A-Z]{1,2})$")
_DATABLE = {"day", "week", "month", "season", "quarter", "year", "decade"}


@dataclass(frozen=True, kw_only=True)
class Anchoring:
    """How a DURATION is anchored."""

    timex: str  # id of the duration
    signal: str  # "later", "before", "from now", ... (lower case, single spaces)
    signal_span: Span
    direction: int  # +1: the duration runs forward from the anchor; -1: back from it
    #: what the anchor is: "timex" (a date of the text), "publication" (the text's
    #: now), "event" (words after the signal that name no date) or "none"
    anchor: str
    anchor_timex: str | None = None
    anchor_span: Span | None = None


def anchoring(doc: NewsDoc, timex: Timex) -> Anchoring | None:
    """The signal and anchor of a DURATION, or None when nothing anchors it ("for three days")."""
    if timex.type != "DURATION":
        return None
    m = _SIGNAL.match(doc.text, timex.end)
    if m is None:
        return None
    signal = " ".join(m.group("s").lower().split())
    base = dict(timex=timex.id, signal=signal, signal_span=m.span("s"),
                direction=-1 if signal in _BACKWARD else 1)
    if signal in _NOW:
        return Anchoring(**base, anchor="publication" if doc.published else "none")
    if signal in _TAKES_OBJECT:
        after = m.end("s")
        nxt = next((t for t in doc.timexes if after <= t.start <= after + 12 and t.id != timex.id), None)
        if nxt is not None and not doc.text[after:nxt.start].strip(" the"):
            return Anchoring(**base, anchor="timex", anchor_timex=nxt.id, anchor_span=(nxt.start, nxt.end))
        stop = _PHRASE_END.search(doc.text, after, min(len(doc.text), after + 80))
        end = stop.start() if stop else min(len(doc.text), after + 80)
        span = (after + (len(doc.text[after:end]) - len(doc.text[after:end].lstrip())), end)
        return Anchoring(**base, anchor="event" if span[1] > span[0] else "none", anchor_span=span)
    # "later", "earlier": the story's last date before the duration, else the text's now
    prev = [t for t in doc.timexes if t.end <= timex.start and _datable(t)]
    if prev:
        return Anchoring(**base, anchor="timex", anchor_timex=prev[-1].id, anchor_span=(prev[-1].start, prev[-1].end))
    return Anchoring(**base, anchor="publication" if doc.published else "none")


def implied_date(doc: NewsDoc, timex: Timex, *, anchor_date: EventDate | None = None) -> EventDate | None:
    """The date an anchored duration leads to ("three days later" -> the third day after
    the anchor), at the precision of its unit; None when the duration is vague (PXD),
    not anchored, or anchored on an event and no ``anchor_date`` is given for it."""
    a = anchoring(doc, timex)
    m = _DURATION.match(timex.value or "")
    if a is None or m is None:
        return None
    clock, n, unit = m.group(1) == "T", float(m.group(2)), m.group(3)
    if not n.is_integer():
        return None
    start = _anchor_day(doc, a, anchor_date)
    if start is None:
        return None
    p = _move(start, int(n) * a.direction, unit, clock)
    if p is None:
        return None
    lo, hi = p.bounds()
    return EventDate(value=p.value, interval=(lo.isoformat(), hi.isoformat()), precision=p.timex_precision,
                     timex=timex.id)


def _datable(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and t.interval is not None and t.precision in _DATABLE


def _anchor_day(doc: NewsDoc, a: Anchoring, anchor_date: EventDate | None) -> date | None:
    if a.anchor == "publication":
        return doc.published
    if a.anchor == "timex":
        t = next((x for x in doc.timexes if x.id == a.anchor_timex), None)
        if t is None or t.interval is None:
            return None
        # "three days before 4 May" counts back from its start, "after" forward from its end
        return date.fromisoformat(t.interval[0 if a.direction < 0 else 1])
    if a.anchor == "event" and anchor_date is not None and anchor_date.interval:
        return date.fromisoformat(anchor_date.interval[0])
    return None


def _move(start: date, k: int, unit: str, clock: bool) -> Point | None:
    """The point ``k`` units from ``start``, at that unit's precision (hours and minutes: the day)."""
    try:
        if clock:
            hours = {"H": 1, "M": 1 / 60, "S": 1 / 3600}.get(unit)
            return day_point(start + timedelta(hours=k * hours)) if hours is not None else None
        if unit == "D":
            return day_point(start + timedelta(days=k))
        if unit == "W":
            return shift(week_point(start), k)
        if unit == "M":
            y, mo = add_months(start.year, start.month, k)
            return Point("month", y, mo)
        if unit == "Y":
            return Point("year", start.year + k)
        if unit == "DE":
            return Point("year", start.year + 10 * k)
    except (ValueError, OverflowError):
        return None
    return None

