"""Words of the calendar, written for newsgraph (no rule files copied).

Month names are matched case-sensitively (``may`` the modal, ``march`` the
noun); the other temporal words are case-insensitive.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

#: full month names that are also common words or first names: accepted alone
#: only with a temporal cue (see ``recognise``).
AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august", "january"}

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

#: units of durations and offsets -> (TIMEX3 duration letter, precision of a point)
UNITS = {
    "second": ("S", None), "minute": ("M", None), "hour": ("H", None),
    "day": ("D", "day"), "night": ("D", "day"), "week": ("W", "week"), "fortnight": ("W", "week"),
    "weekend": ("WE", "week"), "month": ("M", "month"), "quarter": ("Q", "quarter"),
    "year": ("Y", "year"), "decade": ("DE", "decade"), "century": ("CE", "century"),
}

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "couple of": 2,
    "a half": 0.5, "half a": 0.5, "half an": 0.5, "single": 1,
}
#: quantities that say "some number" (TIMEX3 writes X)
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "numerous", "a number of", "the"}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
    "last": -1, "final": -1, "latter": 2, "former": 1,
}

#: early/mid/late and friends -> TIMEX3 mod
MODS = {
    "early": "START", "beginning": "START", "start": "START", "dawn": "START", "outset": "START",
    "mid": "MID", "middle": "MID", "late": "END", "end": "END", "close": "END", "turn": "END",
}


def number(word: str) -> float | None:
    """'three' -> 3, '12' -> 12, 'several' -> None (vague)."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w.isdigit():
        return int(w)
    if w in NUMBERS:
        return NUMBERS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS and NUMBERS[parts[1]] < 10:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]  # twenty one
    return None


# --- word lists kept as data (newsgraph/lang/en/timex_*) ------------------------------

_WORD_CLASSES = ("DURATION_ADJECTIVES", "BARE_UNIT_BEFORE", "BARE_UNIT_AFTER", "NUMBER_NOUNS",
                 "DATED_PRESENT_VERBS", "DEFERRAL_VERBS", "EVERYDAY_DETERMINERS", "SPEECH_VERBS",
                 "HABITUAL_ADVERBS", "PART_OF_DAY_CUES", "CLOCK_WORD_CUES", "RELATIVE_DAYS", "STORY_SETTING_PREPS")


def load_words(path) -> dict[str, frozenset[str]]:
    """The time stage's word classes; '_' in a word stands for a space."""
    from newsgraph.lang.tables import TableError, read_classes

    _, classes, lines = read_classes(path)
    for name in classes:
        if name not in _WORD_CLASSES:
            raise TableError(f"{path}:{lines[name]}: unknown class {name}; the time stage reads "
                             f"{', '.join(_WORD_CLASSES)}")
    missing = [c for c in _WORD_CLASSES if c not in classes]
    if missing:
        raise TableError(f"{path}:1: class {missing[0]} is missing; the time stage needs it")
    return {k: frozenset(w.replace("_", " ").lower() for w in v) for k, v in classes.items()}


def load_holidays(path) -> dict[str, tuple[int, int]]:
    """Fixed-day holidays: name as written -> (month, day)."""
    from datetime import date

    from newsgraph.lang.tables import read_rows

    rows = read_rows(path, min_fields=3, max_fields=3, key=lambda f: holiday_key(f[0]), shape="name | month | day")
    out = {}
    for row in rows.rows:
        name, month, day = row.fields
        try:
            date(2000, int(month), int(day))  # a leap year: 29 February is a real day
        except ValueError:
            raise row.error(f"{month}/{day} is not a day of the year; write 'name | month | day'") from None
        out[name] = (int(month), int(day))
    return out


def holiday_key(name: str) -> str:
    return " ".join(name.lower().replace("\u2019", "'").split())


_PART_CODES = {"MO", "AF", "EV", "NI", "MI", "DT"}
_CLOCK_VALUE = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$")


def load_parts_of_day(path) -> tuple[dict[str, str], dict[str, str]]:
    """Parts of the day ('evening' -> 'EV') and named clock times ('midnight' -> '24:00')."""
    from newsgraph.lang.tables import read_rows

    rows = read_rows(path, min_fields=2, max_fields=2, key=lambda f: f[0].lower(), shape="word | value")
    parts: dict[str, str] = {}
    clocks: dict[str, str] = {}
    for row in rows.rows:
        word, value = row.fields[0].lower(), row.fields[1]
        if not word.isalpha():
            raise row.error(f"{word!r} is not one word of letters")
        if value in _PART_CODES:
            parts[word] = value
        elif _CLOCK_VALUE.match(value):
            clocks[word] = value
        else:
            raise row.error(f"value {value!r} is neither a TIMEX3 part of day ({', '.join(sorted(_PART_CODES))}) "
                            f"nor a clock time HH:MM from 00:00 to 24:00")
    return parts, clocks


def load_phrases(path) -> tuple[str, ...]:
    """Phrases that name no time ('phrase | why'), longest first."""
    from newsgraph.lang.tables import read_rows

    rows = read_rows(path, min_fields=2, max_fields=2, key=lambda f: f[0].lower(), shape="phrase | why")
    return tuple(sorted((r.fields[0].lower() for r in rows.rows), key=len, reverse=True))


def _data(name: str):
    from newsgraph.lang.tables import data_file

    return data_file(name)


WORDS: dict[str, frozenset[str]] = load_words(_data("timex_words.txt"))
HOLIDAY_NAMES: dict[str, tuple[int, int]] = load_holidays(_data("timex_holidays.psv"))
#: normalised name (``holiday_key``) -> (month, day)
HOLIDAYS: dict[str, tuple[int, int]] = {holiday_key(k): v for k, v in HOLIDAY_NAMES.items()}
NOT_TIMEXES: tuple[str, ...] = load_phrases(_data("timex_not_timexes.psv"))
#: part-of-day words -> TIMEX3 code ("evening" -> "EV"); named clock times -> "HH:MM" ("midnight" -> "24:00")
PARTS_OF_DAY, CLOCK_WORDS = load_parts_of_day(_data("timex_parts_of_day.psv"))
