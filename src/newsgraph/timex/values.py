"""TIMEX3 values and calendar arithmetic.

A resolved date is a :class:`Point`: a year plus the finer parts the text
supports (month, day, ISO week, season, quarter, half) or a coarser unit
(decade, century). Years are astronomical-ish integers with BC years negative
(480 BC is -480), which is enough for narrative history; BC points have no ISO
interval because Python dates cannot hold them.

Seasons follow the project convention: winter YYYY runs from December YYYY to
February YYYY+1.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

#: season code -> (first month, last month); winter crosses the year end.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar point at some granularity (``precision``)."""

    precision: str  # day|week|month|season|quarter|half|year|decade|century
    year: int
    month: int | None = None
    day: int | None = None
    week: int | None = None  # ISO week number
    season: str | None = None  # SP|SU|FA|WI
    quarter: int | None = None
    half: int | None = None
    part_of_day: str | None = None  # MO|AF|EV|NI (TIMEX3 parts of day)
    clock: str | None = None  # "19:15"

    # --- the TIMEX3 value ---
    @property
    def value(self) -> str:
        y = _year(self.year)
        p = self.precision
        if p == "day":
            v = f"{y}-{self.month:02d}-{self.day:02d}"
            if self.clock:
                return f"{v}T{self.clock}"
            if self.part_of_day:
                return f"{v}T{self.part_of_day}"
            return v
        if p == "month":
            return f"{y}-{self.month:02d}"
        if p == "week":
            return f"{y}-W{self.week:02d}"
        if p == "season":
            return f"{y}-{self.season}"
        if p == "quarter":
            return f"{y}-Q{self.quarter}"
        if p == "half":
            return f"{y}-H{self.half}"
        if p == "year":
            return y
        if p == "decade":
            return y[:-1]
        if p == "century":
            return y[:-2]
        raise ValueError(f"unknown precision {p!r}")

    # --- first and last day ---
    def bounds(self) -> tuple[date, date] | None:
        """First and last day, or None when out of Python's calendar (BC)."""
        y = self.year
        if y < 1 or y > 9998:
            return None
        p = self.precision
        if p == "day":
            d = date(y, self.month, self.day)
            return d, d
        if p == "month":
            return date(y, self.month, 1), date(y, self.month, _last_day(y, self.month))
        if p == "week":
            first = date.fromisocalendar(y, self.week, 1)
            return first, first + timedelta(days=6)
        if p == "season":
            m0, m1 = SEASON_MONTHS[self.season]
            y1 = y + 1 if self.season == "WI" else y
            return date(y, m0, 1), date(y1, m1, _last_day(y1, m1))
        if p == "quarter":
            m0 = 3 * (self.quarter - 1) + 1
            return date(y, m0, 1), date(y, m0 + 2, _last_day(y, m0 + 2))
        if p == "half":
            m0 = 6 * (self.half - 1) + 1
            return date(y, m0, 1), date(y, m0 + 5, _last_day(y, m0 + 5))
        if p == "year":
            return date(y, 1, 1), date(y, 12, 31)
        if p == "decade":
            y0 = y - y % 10
            return date(max(y0, 1), 1, 1), date(y0 + 9, 12, 31)
        if p == "century":
            y0 = y - y % 100
            return date(max(y0, 1), 1, 1), date(y0 + 99, 12, 31)
        return None

    def interval(self, mod: str | None = None) -> tuple[str, str] | None:
        b = self.bounds()
        if b is None:
            return None
        first, last = narrow(b, mod)
        return first.isoformat(), last.isoformat()

    @property
    def timex_precision(self) -> str:
        """Precision from the project's list (day|week|month|season|quarter|year|decade|unknown).

        The list has no half-year and no century: a half is reported at the next
        coarser listed unit (year, the interval still says which half); a century
        is too coarse to date anything, so it is "unknown" (the interval remains).
        """
        return {"half": "year", "century": "unknown"}.get(self.precision, self.precision)


def _year(y: int) -> str:
    return f"BC{-y:04d}" if y < 0 else f"{y:04d}"


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def narrow(bounds: tuple[date, date], mod: str | None) -> tuple[date, date]:
    """Early/mid/late narrow an interval to its first, middle or last third."""
    first, last = bounds
    if mod not in ("START", "MID", "END"):
        return first, last
    span = (last - first).days + 1
    third = max(span // 3, 1)
    if mod == "START":
        return first, first + timedelta(days=third - 1)
    if mod == "END":
        return last - timedelta(days=third - 1), last
    return first + timedelta(days=third), last - timedelta(days=third)


# --- constructors -------------------------------------------------------------


def day_point(d: date) -> Point:
    return Point("day", d.year, d.month, d.day)


def safe_day(y: int, m: int, d: int) -> Point | None:
    """A day point, or None for an impossible date (30 February, 29 Feb 2021)."""
    if y < 1 or y > 9998:
        return Point("day", y, m, d) if 1 <= m <= 12 and 1 <= d <= 31 else None
    try:
        date(y, m, d)
    except ValueError:
        return None
    return Point("day", y, m, d)


def week_point(d: date) -> Point:
    iso = d.isocalendar()
    return Point("week", iso[0], week=iso[1])


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shift_day(d: date, months: int = 0, years: int = 0) -> date:
    """``d`` moved by whole months/years, clamped to the month end (leap days)."""
    y, m = add_months(d.year, d.month, months + 12 * years)
    return date(y, m, min(d.day, _last_day(y, m)))


def season_of(d: date) -> tuple[int, str]:
    """The season containing day ``d`` (December belongs to that year's winter)."""
    m = d.month
    if m == 12:
        return d.year, "WI"
    if m <= 2:
        return d.year - 1, "WI"
    if m <= 5:
        return d.year, "SP"
    if m <= 8:
        return d.year, "SU"
    return d.year, "FA"


def shift(point: Point, n: int) -> Point:
    """The point ``n`` units of its own precision later (earlier when n < 0)."""
    p = point.precision
    if p == "day":
        if point.bounds() is None:
            return point
        return replace(day_point(date(point.year, point.month, point.day) + timedelta(days=n)),
                       part_of_day=None)
    if p == "month":
        y, m = add_months(point.year, point.month, n)
        return Point("month", y, m)
    if p == "week":
        d = date.fromisocalendar(point.year, point.week, 1) + timedelta(weeks=n)
        return week_point(d)
    if p == "season":
        order = ["SP", "SU", "FA", "WI"]
        k = point.year * 4 + order.index(point.season) + n
        return Point("season", k // 4, season=order[k % 4])
    if p == "quarter":
        k = point.year * 4 + point.quarter - 1 + n
        return Point("quarter", k // 4, quarter=k % 4 + 1)
    if p == "half":
        k = point.year * 2 + point.half - 1 + n
        return Point("half", k // 2, half=k % 2 + 1)
    if p == "year":
        return Point("year", point.year + n)
    if p == "decade":
        return Point("decade", point.year + 10 * n)
    if p == "century":
        return Point("century", point.year + 100 * n)
    return point


def coarsen(point: Point, precision: str) -> Point:
    """``point`` seen at a coarser precision (the day's month, the month's year)."""
    y = point.year
    if precision == "year":
        return Point("year", y)
    if precision == "month" and point.month:
        return Point("month", y, point.month)
    if precision == "day" and point.day:
        return Point("day", y, point.month, point.day)
    if precision == "week" and point.day and point.bounds():
        return week_point(date(y, point.month, point.day))
    if precision == "decade":
        return Point("decade", y - y % 10)
    if precision == "century":
        return Point("century", y - y % 100)
    return point


_VALUE = re.compile(r"^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|W(\d{2})|(SP|SU|FA|WI)|Q([1-4])|H([12])))?(?:T.*)?$")


def parse_value(value: str | None) -> Point | None:
    """The calendar point of a TIMEX3 date value ("2019-10-01", "2019-W40", "2020-WI",
    "2019"); None for durations, sets, unknown parts ("2017-XX-XX") and impossible dates."""
    m = _VALUE.match(value or "")
    if not m:
        return None
    y, mo, d, w, season, q, h = m.groups()
    year = int(y)
    if d:
        return safe_day(year, int(mo), int(d))
    if mo:
        return Point("month", year, int(mo)) if 1 <= int(mo) <= 12 else None
    if w:
        return Point("week", year, week=int(w)) if 1 <= int(w) <= 53 else None
    if season:
        return Point("season", year, season=season)
    if q:
        return Point("quarter", year, quarter=int(q))
    if h:
        return Point("half", year, half=int(h))
    return Point("year", year)


_PARTS_OF_DAY_WORDS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "MI": "midday",
                       "DT": "daytime"}


def display(value: str | None, interval: tuple[str, str] | None) -> str:
    """How a date reads to a person: its days, never a bare TIMEX3 value.

    "2020-01-11TMO" with interval (2020-01-11, 2020-01-11) reads "2020-01-11 morning";
    "2020-W02-WE" reads "2020-01-11..2020-01-12"; a value with no interval
    ("XXXX-XX-XXT06:00", "PRESENT_REF") says what is known and that the day is not.
    """
    time_part = value.split("T", 1)[1] if value and "T" in value[4:] and not value.startswith("P") else ""
    time_words = _PARTS_OF_DAY_WORDS.get(time_part, time_part)
    if interval is None:
        if time_words:
            return f"{time_words} (day unknown)"
        return {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}.get(value or "", "unknown")
    first, last = interval
    days = first if first == last else f"{first}..{last}"
    return f"{days} {time_words}" if time_words else days
