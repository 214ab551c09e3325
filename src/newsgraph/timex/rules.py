"""One resolution rule per grammar kind (see :mod:`newsgraph.timex.grammar`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from newsgraph.timex.lexicon import CLOCK_WORDS, HOLIDAYS, ORDINALS, PARTS_OF_DAY, SEASONS, WEEKDAYS, WORDS, holiday_key
from newsgraph.timex.resolve import (
    Context, Resolved, count, day_by_tense, day_num, duration_value, mod_of, month_by_tense,
    month_num, partial, point_result, season, unit_letter, unit_point, weekday, year_num,
)
from newsgraph.timex.values import Point, add_months, coarsen, day_point, safe_day, shift

_DEICTIC = {"last": -1, "past": -1, "this": 0, "current": 0, "present": 0, "next": 1, "coming": 1}
_ANAPHORIC = {"previous": -1, "preceding": -1, "same": 0, "that": 0, "following": 1, "succeeding": 1,
              "subsequent": 1, "next": 1}


_ENDPOINT_WORDS = {"until", "till", "through", "to", "by", "before"}


def resolve(kind: str, g: dict, ctx: Context, start: int, end: int) -> Resolved | None:
    fn = _RULES.get(kind)
    return fn(g, ctx, start, end) if fn else None


# --- absolute dates ------------------------------------------------------------------


def _iso(g, ctx, s, e):
    p = safe_day(int(g["y"]), int(g["m"]), int(g["d"]))
    if p is None:
        return None
    if g.get("clock"):
        p = replace(p, clock=g["clock"])
    return point_result(p, "none")


def _slash(g, ctx, s, e):
    a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
    day, month = (a, b) if a > 12 else (b, a)  # month-first unless impossible (US wires)
    p = safe_day(y, month, day)
    return point_result(p, "none") if p else None


_OPENING_WORDS = {"since", "from"}


def _endpoint_tense(ctx: Context, s: int, e: int) -> str | None:
    """The tense that places a bare month or weekday, read with its preposition.

    A stretch that runs until (through, to, by) a month or weekday under a present verb
    ends ahead ("the exhibition continues through June"); under a verb that pushes a
    date ahead it does so even in the past tense ("the match was postponed until
    Saturday"). One that runs since a month began before ("has grown since June").
    """
    tense = ctx.tense(s, e)
    before = ctx.word_before(s)
    if before in _ENDPOINT_WORDS - {"before"}:
        if tense in ("present", None):
            return "future"
        _, verb = ctx.parse(s, e)
        if tense == "past" and verb is not None and verb.lemma.lower() in WORDS["DEFERRAL_VERBS"]:
            return "future"
    elif before in _OPENING_WORDS and tense in ("present", None):
        return "past"
    return tense


def _bare_year_for_month(ctx: Context, month: int, day: int | None, s: int, e: int):
    """Year for a month (and day) written without one."""
    if ctx.mode == "narrative" and ctx.history:
        ref = ctx.ref()
        if ref.precision in ("decade", "century"):
            return None, "none"
        return ref.year, "previous"
    year = ctx.sentence_year(s)
    if year is not None:
        return year, "previous"  # "In 2015, in March, ...": the year written beside it
    year = ctx.continued_date(s, month, day) if ctx.tense(s, e) == "past" else None
    if year is not None and ctx.published is not None and year < ctx.published.year:
        return year, "previous"  # "... on November 15, 2017. ... on November 21": 2017
    anchor, how = ctx.deictic_anchor()
    if anchor is None:
        return None, "none"
    tense = ctx.tense(s, e)
    if day is not None:
        before = ctx.word_before(s)
        p = day_by_tense(month, day, anchor, tense, endpoint=before in _ENDPOINT_WORDS,
                         startpoint=before in ("from", "since"))
        return (p.year if p else None), how
    return month_by_tense(month, anchor, _endpoint_tense(ctx, s, e)), how


def _dated(g, ctx, s, e):
    month = month_num(g["mon"])
    day = day_num(g["d"])
    year = year_num(g.get("y"), g.get("era") or g.get("era2"))
    how = "none"
    if year is None:
        wd = g.get("wd")
        anchor, _ = ctx.deictic_anchor()
        if wd and anchor and ctx.mode == "news":
            # "Thursday, Aug. 19": the year in which that day is that weekday
            want = WEEKDAYS[wd.lower().rstrip(".")]
            for yy in (anchor.year, anchor.year - 1, anchor.year + 1):
                if safe_day(yy, month, day) and date(yy, month, day).isoweekday() == want:
                    year, how = yy, "publication"
                    break
        if year is None:
            year, how = _bare_year_for_month(ctx, month, day, s, e)
        if year is None:
            return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}", anchor="none")
    p = safe_day(year, month, day)
    if p is None:
        # an impossible day (29 February 2019, 31 April) is a typo; keep what is certain
        return point_result(Point("month", year, month), how)
    return point_result(p, how)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _holiday(g, ctx, s, e):
    month, day = HOLIDAYS[holiday_key(g["hol"])]
    return _dated({"mon": _MONTH_NAMES[month - 1], "d": str(day), "y": g.get("y")}, ctx, s, e)


_NAMED_DAYS = {"9/11": (2001, 9, 11)}


def _named_day(g, ctx, s, e):
    y, m, d = _NAMED_DAYS[g["named"]]
    return point_result(Point("day", y, m, d), "none")


def _month_year(g, ctx, s, e):
    year = year_num(g["y"], g.get("era"))
    return point_result(Point("month", year, month_num(g["mon"])), "none", mod_of(g.get("mod")))


def _day_only(g, ctx, s, e):
    ref = ctx.ref_at("month")
    if ref is None or not ref.month:
        return None
    p = safe_day(ref.year, ref.month, day_num(g["d"]))
    return point_result(p, "previous") if p else None


def _month_of_rel(g, ctx, s, e):
    month = month_num(g["mon"])
    rel = g["rel"].lower().split()[-1]
    year = ctx.ref_year()
    if year is None:
        return None
    year += _ANAPHORIC.get(rel, 0)
    if g.get("d"):
        p = safe_day(year, month, day_num(g["d"]))
        return point_result(p, "previous") if p else None
    return point_result(Point("month", year, month), "previous")


def _month(g, ctx, s, e):
    month = month_num(g["mon"])
    year, how = _bare_year_for_month(ctx, month, None, s, e)
    mod = mod_of(g.get("mod"))
    if year is None:
        return Resolved("DATE", f"XXXX-{month:02d}", anchor="none", mod=mod)
    return point_result(Point("month", year, month), how, mod)


def _rel_month(g, ctx, s, e):
    month = month_num(g["mon"])
    anchor, how = ctx.deictic_anchor()
    rel = g["rel"].lower()
    if anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}", anchor="none")
    if rel in ("last", "past", "previous"):
        y = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in ("next", "coming", "following"):
        y = anchor.year if month > anchor.month else anchor.year + 1
    else:
        y = anchor.year
    return point_result(Point("month", y, month), how)


def _decade(g, ctx, s, e):
    mod = mod_of(g.get("mod"))
    if g.get("dec"):
        y = int(g["dec"])
        if len(g["dec"]) == 2:  # "the 20s" is not a decade we can place
            return None
        if g.get("era") and g["era"].upper().startswith("B"):
            y = -y
    else:
        anchor, _ = ctx.deictic_anchor()
        base = (anchor.year if anchor else 2000) // 100 * 100
        y = base + int(g["dd"]) * 10
        if anchor and y > anchor.year:
            y -= 100
    return point_result(Point("decade", y), "none", mod)


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}


def _decade_word(g, ctx, s, e):
    """"the sixties": the last such decade that has ended by the anchor (the 1960s read in 2014)."""
    anchor, _ = ctx.deictic_anchor()
    now = anchor.year if anchor else 2000
    y = now // 100 * 100 + _DECADE_WORDS[g["dw"].lower()]
    while y + 10 > now:
        y -= 100
    return point_result(Point("decade", y), "none", mod_of(g.get("mod")))


def _century(g, ctx, s, e):
    text = g["c"].lower().replace(" ", "-")
    n = ORDINALS.get(text)
    if n is None:
        digits = "".join(ch for ch in text if ch.isdigit())
        n = int(digits) if digits else None
    if not n or n < 1:
        return None
    if g.get("era") and g["era"].upper().startswith("B"):
        y = -((n - 1) * 100)  # the 4th century BC is BC03, as TIMEX writes it
    else:
        y = (n - 1) * 100
    return point_result(Point("century", y), "none", mod_of(g.get("mod")))


def _season_rule(g, ctx, s, e):
    code = SEASONS[g["season"].lower()]
    mod = mod_of(g.get("mod"))
    year = year_num(g.get("y"), g.get("era"))
    if year is not None:
        return point_result(Point("season", year, season=code), "none", mod)
    rel = (g.get("rel") or "").lower()
    if rel in ("that", "same") or (ctx.mode == "narrative" and ctx.history):
        ref = ctx.ref()
        if ref is None:
            return Resolved("DATE", f"XXXX-{code}", anchor="none", mod=mod)
        y = ref.year
        if code == "WI" and ref.month and ref.month <= 2:
            y -= 1
        off = {"last": -1, "past": -1, "previous": -1, "next": 1, "following": 1, "coming": 1}.get(rel, 0)
        return point_result(Point("season", y + off, season=code), "previous", mod)
    anchor, how = ctx.deictic_anchor()
    if anchor is None:
        return Resolved("DATE", f"XXXX-{code}", anchor="none", mod=mod)
    return point_result(season(code, anchor, rel or None, ctx.tense(s, e)), how, mod)


def _quarter(g, ctx, s, e):
    part = g["part"].lower()
    o = g["ord"].lower()
    n = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(o) or ORDINALS.get(o)
    size = 4 if part in ("quarter", "q") else 2
    if n == -1:
        n = size
    if not n or n > size:
        return None
    year = year_num(g.get("y"), None)
    how = "none"
    if year is None:
        anchor, how = ctx.deictic_anchor() if ctx.mode == "news" else (None, "previous")
        if anchor is None:
            year = ctx.ref_year()
            if year is None:
                return None
            how = "previous"
        else:
            year = anchor.year
            rel = (g.get("rel") or "").lower()
            year += {"last": -1, "next": 1}.get(rel, 0)
    if size == 4:
        return point_result(Point("quarter", year, quarter=n), how)
    return point_result(Point("half", year, half=n), how)


def _year(g, ctx, s, e):
    if g.get("y"):
        year = year_num(g["y"], g.get("era"))
    elif g.get("y2"):
        year = year_num(g["y2"], g.get("era2"))
    else:
        year = int(g["y3"])
    return point_result(Point("year", year), "none", mod_of(g.get("mod")))


def _year2(g, ctx, s, e):
    anchor, _ = ctx.deictic_anchor()
    ref_year = anchor.year if anchor else ctx.ref_year()
    if ref_year is None:
        return None
    y = ref_year // 100 * 100 + int(g["yy"])
    if y > ref_year + 5:
        y -= 100
    return point_result(Point("year", y), "none")


# --- relative to the publication date or the last mentioned date ------------------


def _generic_today(ctx, s, e) -> bool:
    """"Today, about 100,000 Greeks worship Zeus", "as strong today as it was": the present
    in general, not the day of publication ("the ministry today announces")."""
    tok, verb = ctx.parse(s, e)
    if tok is None or verb is None or tok.dep not in ("npadvmod", "advmod"):
        return False
    if ctx.text[verb.end:verb.end + 4] == " to " or ctx.text[e:e + 4] == " to ":
        return False  # "today is to begin": the be-to future schedules a day
    return ctx.tense(s, e) == "present" and verb.tag in ("VBZ", "VBP") \
        and verb.lemma.lower() not in WORDS["DATED_PRESENT_VERBS"]


def _deictic_day(g, ctx, s, e):
    w = " ".join(g["w"].lower().split())
    if ctx.mode == "narrative" and w in ("today",):
        return Resolved("DATE", "PRESENT_REF", anchor="none")
    if w == "today" and not g.get("pod") and _generic_today(ctx, s, e):
        return Resolved("DATE", "PRESENT_REF", anchor="none")
    anchor, how = ctx.deictic_anchor()
    if anchor is None:
        return None
    off = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}.get(w.replace("the ", ""))
    if off is None:
        off = -2 if "yesterday" in w else 2
    p = day_point(anchor + timedelta(days=off))
    pod = g.get("pod") or ("night" if w == "tonight" else None)
    if pod:
        p = replace(p, part_of_day=PARTS_OF_DAY[pod.lower()])
    return point_result(p, how)


def _pod_rel(g, ctx, s, e):
    rel = " ".join(g["rel"].lower().split())
    pod = PARTS_OF_DAY[g["pod"].lower()]
    if rel in ("that", "the same", "the next", "the following", "the previous"):
        ref = ctx.ref_at("day")
        if ref is None or ref.precision != "day" or ref.bounds() is None:
            return Resolved("TIME", f"{partial('day', ctx.ref())}T{pod}", anchor="previous")
        off = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
        return point_result(replace(shift(ref, off), part_of_day=pod, clock=None), "previous")
    anchor, how = ctx.deictic_anchor()
    if anchor is None:
        return None
    d = anchor - timedelta(days=1) if rel == "last" else anchor
    return point_result(replace(day_point(d), part_of_day=pod), how)


def _this_unit_mod(g, ctx, s, e):
    det = g["det"].lower()
    if det == "that" or (det != "this" and ctx.history):
        # "later that year": the year of the last mentioned date
        _, prec = unit_letter(g["unit"])
        ref = ctx.ref_at(prec) if prec else ctx.ref()
        if ref is None or ref.bounds() is None:
            if ref is not None and g["unit"].lower() == "year":
                return point_result(Point("year", ref.year), "previous")
            return None
        p = unit_point(g["unit"], ref.bounds()[0])
        if p is None:
            return None
        mod = "START" if g["m"].lower().startswith("earl") else "END"
        return point_result(p, "previous", mod)
    anchor, how = ctx.deictic_anchor()
    if anchor is None:
        return None
    p = unit_point(g["unit"], anchor)
    if p is None:
        return None
    r = point_result(p, how)
    b = p.bounds()
    if b:  # "earlier this year": from the start of the year to the anchor
        early = g["m"].lower().startswith("earl")
        r.interval = (b[0].isoformat(), anchor.isoformat()) if early else (anchor.isoformat(), b[1].isoformat())
        r.mod = "START" if early else "END"
    return r


def _unit_mod(g, ctx, s, e):
    """"the end of the year": that unit of the anchor, narrowed by the mod."""
    unit = g["unit"].lower()
    det = g["det"].lower()
    word = g["m"].lower().split()[0]
    mod = {"end": "END", "close": "END", "latter": "END", "later": "END", "rest": "END", "remainder": "END",
           "turn": "END", "beginning": "START", "start": "START", "first": "START", "early": "START",
           "middle": "MID"}.get(word)
    off = {"next": 1, "last": -1}.get(det, 0)
    # in news "by the end of the year" under a present or future verb is this year,
    # whatever year the story mentioned last; a past verb may look back to it
    deictic_news = ctx.mode == "news" and (not ctx.history or (det == "the" and ctx.tense(s, e) in ("present", "future")))
    if det in ("this", "next", "last") or deictic_news:
        anchor, how = ctx.deictic_anchor()
        if anchor is None:
            return None
        p = unit_point(unit, anchor)
    else:
        _, prec = unit_letter(unit)
        ref = ctx.ref_at(prec) if prec else ctx.ref()
        if ref is None or ref.bounds() is None:
            return Resolved("DATE", partial(unit, ctx.ref()), anchor="previous", mod=mod) if ctx.ref() else None
        p, how = unit_point(unit, ref.bounds()[0]), "previous"
    if p is None:
        return None
    return point_result(shift(p, off), how, mod)


def _same_time(g, ctx, s, e):
    ref = ctx.ref()
    if ref is None:
        return None
    return point_result(ref, "previous")


_BACKWARD_SIGNALS = {"ago", "earlier", "before", "previously", "beforehand", "prior to", "in advance of", "ahead of"}
# signals that anchor on the text's now, not on the story's last date
_DEICTIC_SIGNALS = {"ago", "from now", "hence"}


def _offset(g, ctx, s, e):
    """"three days later", "a year ago", "two weeks before the vote".

    TIMEX3 writes an anchored duration as the DURATION with its signal and anchor
    beside it ("ago" excepted: "a year ago" is the DATE it names); the point it
    leads to is kept as ``implied`` so the story's time still moves with it.
    TIMEX2 (``anchored_durations=False``) writes that point as a DATE.
    """
    unit = g["unit"].lower()
    direction = " ".join(g["dir"].lower().split())
    if direction == "since":
        return Resolved("DURATION", duration_value(count(g["n"]), unit), precision="unknown")
    dated = _offset_point(g, ctx, unit, direction)
    if direction == "ago" or not ctx.anchored_durations or g["n"].lower() == "the":
        return dated  # "a year ago", "the year before": the date they name
    implied = dated.point if dated is not None else None
    return Resolved("DURATION", duration_value(count(g["n"]), unit), anchor=dated.anchor if dated else "none",
                    implied=implied)


def _ago_hours(g, ctx, unit: str):
    """"24 hours ago", "ten minutes ago": the day they lead back to."""
    anchor, how = ctx.deictic_anchor()
    n = count(g["n"])
    if anchor is None:
        return None
    hours = (n or 0) * (1 if unit.startswith("hour") else 0)
    return point_result(day_point(anchor - timedelta(days=int(hours // 24))), how)


def _offset_point(g, ctx, unit: str, direction: str) -> Resolved | None:
    """The date an offset leads to, from the text's now (ago, from now) or the story's last date."""
    letter, prec = unit_letter(unit)
    n = count(g["n"])
    sign = -1 if direction in _BACKWARD_SIGNALS else 1
    if direction == "ago" and prec is None:
        return _ago_hours(g, ctx, unit)
    if direction in _DEICTIC_SIGNALS:
        anchor, how = ctx.deictic_anchor()
    else:
        ref = ctx.ref_at(prec or "day") if prec else ctx.ref()
        how = "previous"
        if ref is None:
            anchor, how = ctx.deictic_anchor() if ctx.mode == "news" and not ctx.history else (None, "none")
        else:
            b = ref.bounds()
            anchor = b[0] if b else None
            if anchor is not None and prec and _coarser(ref.precision, prec):
                # "three days later" after "in May 1940": we know the month only
                return Resolved("DATE", partial(unit.rstrip("s"), ref), anchor="previous",
                                interval=ref.interval(), precision=ref.timex_precision)
    if anchor is None or prec is None:
        return Resolved("DATE", partial(unit.rstrip("s"), ctx.ref()), anchor=how)
    if n is None:
        return Resolved("DATE", partial(unit.rstrip("s"), coarsen(day_point(anchor), "year")), anchor=how)
    k = int(round(n * sign))
    if prec == "day":
        p = day_point(anchor + timedelta(days=k * (7 if unit.startswith("fortnight") else 1)))
    elif prec == "week":
        p = shift(unit_point("week", anchor), k)
    elif prec == "month":
        y, m = add_months(anchor.year, anchor.month, k)
        p = Point("month", y, m)
    elif prec == "quarter":
        p = shift(unit_point("quarter", anchor), k)
    elif prec == "year" or direction == "ago":
        # "a decade ago" names the year ten years back, as news writes it
        step = {"year": 1, "decade": 10, "century": 100}[prec]
        p = Point("year", anchor.year + k * step)
    elif prec == "decade":
        p = Point("decade", (anchor.year + 10 * k) // 10 * 10)
    else:
        p = Point("century", (anchor.year + 100 * k) // 100 * 100)
    return point_result(p, how)


def _coarser(have: str, need: str) -> bool:
    order = ["day", "week", "month", "season", "quarter", "half", "year", "decade", "century"]
    return order.index(have) > order.index(need) if have in order and need in order else False


def _rel_unit(g, ctx, s, e):
    rel = " ".join(g["rel"].lower().split())
    unit = g["unit"].lower()
    has_the = bool(g.get("the"))
    if rel == "this past":
        rel = "last"  # "this past week": the week just gone, a date, not a stretch
    if rel == "present" and unit == "day":
        return Resolved("DATE", "PRESENT_REF")  # "to the present day"
    if rel == "past" or (rel == "last" and has_the):
        # "the past week" is a stretch of time up to now
        return Resolved("DURATION", duration_value(1, unit), precision="unknown")
    anaphoric = rel in _ANAPHORIC and (rel != "next" or has_the) or ctx.mode == "narrative"
    if rel in ("this", "current", "present", "last", "coming") and ctx.mode == "news":
        anaphoric = False
    if anaphoric:
        off = _ANAPHORIC.get(rel, _DEICTIC.get(rel, 0))
        _, prec = unit_letter(unit)
        ref = ctx.ref_at(prec) if prec else ctx.ref()
        if ref is None and prec and ctx.mode == "news":
            ref = ctx.finer_ref(prec, s)  # past a background year ("in 2016")
        if ref is None:
            if ctx.ref() is None:
                anchor, how = ctx.deictic_anchor()
                if ctx.mode == "news" and anchor and rel in ("this", "current", "present", "same", "that"):
                    p = unit_point(unit, anchor)
                    return point_result(p, how) if p else None
                return Resolved("DATE", partial(unit, None), anchor="none")
            return Resolved("DATE", partial(unit, ctx.ref()), anchor="previous",
                            interval=ctx.ref().interval(), precision=ctx.ref().timex_precision)
        b = ref.bounds()
        if b is None:
            if unit == "year":
                return point_result(Point("year", ref.year + off), "previous")
            return Resolved("DATE", partial(unit, ref), anchor="previous")
        p = unit_point(unit, b[0])
        if p is None:
            return None
        if unit == "night":
            p = replace(p, part_of_day="NI")
        return point_result(shift(p, off), "previous")
    anchor, how = ctx.deictic_anchor()
    if anchor is None:
        return None
    p = unit_point(unit, anchor)
    if p is None:
        return None
    off = _DEICTIC.get(rel, 0)
    if unit == "weekend" and off == 0 and anchor.isoweekday() < 6 and ctx.tense(s, e) == "past":
        off = -1  # "took place this weekend", said on a Tuesday: the weekend just gone
    p = shift(p, off)
    if unit == "night":
        p = replace(p, part_of_day="NI")
    if unit == "weekend":
        r = point_result(p, how)
        r.value = f"{p.value}-WE"
        b = p.bounds()
        if b:  # the weekend's days, not the whole week
            r.interval = ((b[0] + timedelta(days=5)).isoformat(), b[1].isoformat())
        return r
    return point_result(p, how)


def _the_weekend(g, ctx, s, e):
    """"over the weekend": the weekend of the reference week, the one just gone under a past verb."""
    return _rel_unit(dict(g, rel="this", unit="weekend", the=None), ctx, s, e)


def _weekday_rule(g, ctx, s, e):
    wd = WEEKDAYS[g["wd"].lower().rstrip(".")]
    rel = (g.get("rel") or "").lower() or None
    if rel == "that":
        return None
    anchor, how = ctx.deictic_anchor()
    story = ctx.story_day(s) if ctx.mode == "news" and rel is None else None
    if story is not None:
        # "Two days later, on Tuesday": the sentence reads from the story's day, forward
        p = day_point(weekday(wd, story, None, "future"))
        if g.get("pod"):
            p = replace(p, part_of_day=PARTS_OF_DAY[g["pod"].lower()])
        return point_result(p, "previous")
    if anchor is None:
        return Resolved("DATE", f"XXXX-WXX-{wd}", anchor="none")
    tense = _endpoint_tense(ctx, s, e)
    if ctx.mode == "narrative" and tense != "future":
        tense = "future"  # a story moves forward from its last date
    elif tense is None:
        # no verb to go by (captions, "shortly after opening Friday"): news
        # reports what happened, so a bare weekday is the last one
        tense = "past"
    p = day_point(weekday(wd, anchor, rel, tense))
    if g.get("pod"):
        p = replace(p, part_of_day=PARTS_OF_DAY[g["pod"].lower()])
    return point_result(p, how)


def _clock_hm(g) -> str | None:
    """"HH:MM" of a clock match, or None when it is no hour of a day."""
    if g.get("cw"):
        return CLOCK_WORDS[g["cw"].lower()]  # "midnight" is 24:00, the end of its day (TimeML)
    h = g.get("h") or g.get("h2")
    minute = g.get("min") or g.get("min2") or "00"
    hour = int(h)
    ampm = (g.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute}" if hour <= 23 else None


def _clock_day(g, ctx, s, e):
    """A clock time on a named day: the day's rule places the day, the clock refines it."""
    start = s if g["clock_first"] else g["day_start"]  # "until 15:00 GMT Saturday" reads "until"
    day = resolve(g["day_kind"], g["day"], ctx, start, g["day_end"])
    hm = _clock_hm(g["clock"])
    if day is None or hm is None or day.point is None or day.point.precision != "day":
        return day
    return point_result(replace(day.point, clock=hm, part_of_day=None), day.anchor, type_="TIME")


def _story_day(ctx: Context, s: int, e: int) -> tuple[Point | None, str]:
    """The day a clock time or part of day without its own day falls on: (day, anchor),
    or (None, "none") when no day can be named.

    A habitual clause names no day ("she usually worked from 6am to midnight"); in news,
    neither does a story set in the past by a year or month that dates a clause ("In 1995
    she was sent to the ship ... working from 6am", ``Context.past_story``): the
    publication day would be a guess. Nor, in a narrative, does a story with no day named.
    """
    if ctx.habitual(s, e):
        return None, "none"
    ref = ctx.ref_at("day")
    if (ref is None or ref.precision != "day") and ctx.mode == "news" and ctx.published:
        # a clock time in a report falls on the story's last day named, though a year in a
        # caption came between ("held on Sunday ... from file, 2008 ... polls closed at 22:30"),
        # as long as that day is the story's own (within a week before publication)
        ref = next((p for p in reversed(ctx.history) if p.precision == "day" and p.bounds()
                    and 0 <= (ctx.published - p.bounds()[0]).days <= 7), ref)
    if ref is not None and ref.precision == "day" and ref.bounds():
        return ref, "previous"
    if ctx.mode == "narrative" and not ctx.in_speech():
        return None, "none"  # a history names its days; the first of the last month or year would be a guess
    if ctx.mode == "news" and ctx.past_story and not ctx.in_speech():
        return None, "none"
    anchor, how = ctx.deictic_anchor()
    return (day_point(anchor), how) if anchor is not None else (None, "none")


def _clock(g, ctx, s, e):
    hm = _clock_hm(g)
    if hm is None:
        return None
    if g.get("later_day") and not ctx.habitual(s, e):
        # "at midnight on Friday", "as of 15:11 GMT ..., and by the end of the day Saturday"
        kind, groups, ds, de = g["later_day"]
        day = resolve(kind, groups, ctx, ds, de)
        if day is not None and day.point is not None and day.point.precision == "day" and day.point.bounds():
            return point_result(replace(day.point, clock=hm, part_of_day=None), day.anchor, type_="TIME")
    p, how = _story_day(ctx, s, e)
    if p is None:
        return Resolved("TIME", f"XXXX-XX-XXT{hm}", anchor="none")
    return point_result(replace(p, clock=hm, part_of_day=None), how, type_="TIME")


def _pod_the(g, ctx, s, e):
    """"in the evening", "during the night": that part of the story's day."""
    pod = PARTS_OF_DAY[g["pod"].lower()]
    p, how = _story_day(ctx, s, e)
    if p is None:
        return Resolved("TIME", f"XXXX-XX-XXT{pod}", anchor="none")
    return point_result(replace(p, part_of_day=pod, clock=None), how, type_="TIME")


def _set(g, ctx, s, e):
    if g.get("wd"):
        pod = f"T{PARTS_OF_DAY[g['wdpod'].lower()]}" if g.get("wdpod") else ""
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[g['wd'].lower()]}{pod}")
    if g.get("pod"):
        return Resolved("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[g['pod'].lower()]}")  # every morning
    if g.get("season"):
        name = g["season"].lower()
        if name == "season":
            return Resolved("SET", "P1Y")  # each season: a sports or farming season comes once a year
        return Resolved("SET", f"XXXX-{SEASONS[name]}")
    if g.get("unit") and g["unit"].lower().startswith("weekend"):
        return Resolved("SET", "XXXX-WXX-WE")
    if g.get("mon"):
        return Resolved("SET", f"XXXX-{month_num(g['mon']):02d}")
    if g.get("adv"):
        adv = g["adv"].lower()
        unit = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month", "annually": "year",
                "yearly": "year", "hourly": "hour", "biweekly": "fortnight", "fortnightly": "fortnight"}[adv]
        return Resolved("SET", duration_value(1, unit))
    if g.get("punit"):
        return Resolved("SET", duration_value(1, g["punit"]))
    if g.get("tunit"):
        return Resolved("SET", duration_value(1, g["tunit"]))
    n = 2 if g.get("other") else (count(g.get("n")) or 1)
    return Resolved("SET", duration_value(n, g["unit"]))


def _duration(g, ctx, s, e):
    if g.get("unit2"):
        return Resolved("DURATION", duration_value(1, g["unit2"]))
    unit = g["unit"].lower()
    n_text = g["n"].lower()
    if (n_text in ("a", "an", "single") and unit == "second") or unit.startswith("quarter"):
        return None  # "a second attack", "three quarters of the vote"
    n = count(n_text)
    if n is None and not n_text.replace(" ", "").isalpha():
        return None
    if n is not None and (g.get("andhalf") or g.get("andhalf2")):
        n += 0.5  # "two and a half years", "an hour and a half"
    return Resolved("DURATION", duration_value(n, unit))


def _bare_unit(g, ctx, s, e):
    """"for weeks", "minutes before", "in recent years": a duration of unknown length."""
    if ctx.text[e:e + 4].lower() == " ago":
        return Resolved("DATE", "PAST_REF")  # "years ago": some time back
    if not ctx.anchored_durations and _SIGNAL_AFTER.match(ctx.text, e):
        # TIMEX2 writes "months later" as the date it leads to, of unknown month
        return Resolved("DATE", _UNKNOWN_OF_UNIT.get(g["bare"].lower(), "XXXX"), anchor="none")
    return Resolved("DURATION", duration_value(None, g["bare"]))


_SIGNAL_AFTER = re.compile(r"(?i)\s+(?:later|earlier|before|after|afterwards|previously)\b")
_UNKNOWN_OF_UNIT = {"days": "XXXX-XX-XX", "weeks": "XXXX-WXX", "months": "XXXX-XX", "hours": "XXXX-XX-XX",
                    "minutes": "XXXX-XX-XX"}


def _set_plural(g, ctx, s, e):
    """"on Sundays", "at weekends", "in the mornings": every such day or part of day."""
    if g.get("wdpl"):
        return Resolved("SET", f"XXXX-WXX-{WEEKDAYS[g['wdpl'][:-1].lower()]}")
    if g.get("wepl"):
        return Resolved("SET", "XXXX-WXX-WE")
    return Resolved("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[g['podpl'][:-1].lower()]}")


def _unit_end(g, ctx, s, e):
    """"by year end", "end of year": the year (month) of the text's now, its end."""
    unit = (g.get("unit") or g.get("unit2")).lower()
    if ctx.mode == "narrative" and ctx.history:
        return _unit_mod({"unit": unit, "det": "that", "m": "end"}, ctx, s, e)
    # without an article it cannot point back to a year the story named: the current one
    return _unit_mod({"unit": unit, "det": "this", "m": "end"}, ctx, s, e)


def _fiscal(g, ctx, s, e):
    """"fiscal 2019", "FY2021": the year (its calendar interval; fiscal years differ by country)."""
    if g.get("y"):
        return point_result(Point("year", int(g["y"])), "none")
    y = g["y2"]
    if len(y) == 2:
        anchor, _ = ctx.deictic_anchor()
        base = (anchor.year if anchor else 2000) // 100 * 100
        year = base + int(y)
        if anchor and year > anchor.year + 10:
            year -= 100
        return point_result(Point("year", year), "none")
    return point_result(Point("year", int(y)), "none")


def _clock_duration(g, ctx, s, e):
    """"2:03:59" (a race time), "1:45 hours": TIMEX3 durations."""
    if g.get("h"):
        parts = [(int(g["h"]), "H"), (int(g["m"]), "M"), (int(g["s"]), "S")]
    elif g["u"].lower().startswith(("hour", "hr")):
        parts = [(int(g["a"]), "H"), (int(g["b"]), "M")]
    else:
        parts = [(int(g["a"]), "M"), (int(g["b"]), "S")]
    body = "".join(f"{n}{u}" for n, u in parts if n)
    return Resolved("DURATION", f"PT{body or '0S'}")


def _rel_plural(g, ctx, s, e):
    return Resolved("DURATION", duration_value(None, g["unit"]))


def _ref(g, ctx, s, e):
    if g.get("present"):
        return Resolved("DATE", "PRESENT_REF")
    if g.get("past"):
        return Resolved("DATE", "PAST_REF")
    return Resolved("DATE", "FUTURE_REF")


_RULES = {
    # absolute
    "iso": _iso, "slash": _slash, "dmy": _dated, "mdy": _dated, "my": _month_year, "year": _year,
    "year2": _year2, "decade": _decade, "decade_word": _decade_word, "century": _century, "holiday": _holiday,
    "named_day": _named_day,
    # months, seasons and quarters, placed by tense or by the story
    "month": _month, "rel_month": _rel_month, "month_of_rel": _month_of_rel, "day_only": _day_only,
    "season": _season_rule, "quarter": _quarter, "qcode": _quarter,
    # relative to publication or to the last date
    "deictic_day": _deictic_day, "pod_rel": _pod_rel, "this_unit_mod": _this_unit_mod, "offset": _offset,
    "offset_the": _offset, "unit_mod": _unit_mod, "same_time": _same_time, "rel_unit": _rel_unit,
    "weekday": _weekday_rule, "the_weekend": _the_weekend, "clock": _clock, "clock_day": _clock_day,
    "pod_the": _pod_the,
    # not dates
    "set": _set, "duration": _duration, "rel_plural": _rel_plural, "ref": _ref, "bare_unit": _bare_unit,
    "set_plural": _set_plural, "clock_duration": _clock_duration,
    # the end of the year without its article, fiscal years
    "unit_end": _unit_end, "fiscal": _fiscal,
}
