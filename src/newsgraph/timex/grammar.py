"""The recognition grammar: one compiled regular expression per kind of timex.

Each pattern names its parts (``mon``, ``d``, ``y``, ``rel``, ``unit``, ...);
:mod:`newsgraph.timex.resolve` turns a match of kind K into a TIMEX3 value.
Running a handful of compiled patterns over the raw text is much cheaper than
walking tokens in Python, which matters at millions of articles.

Kinds named ``trap_*`` find things that look temporal but are not (ages,
counts, headers); they win overlaps and produce nothing.
"""

from __future__ import annotations

import re

from newsgraph.timex.lexicon import CLOCK_WORDS, HOLIDAY_NAMES, NOT_TIMEXES, PARTS_OF_DAY, WORDS

# --- building blocks -----------------------------------------------------------

# Month names: case-sensitive (Title or UPPER), so "may" and "march" never match.
_MON_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MON = rf"(?:{_MON_FULL}|{_MON_FULL.upper()}|(?:{_MON_ABBR}|{_MON_ABBR.upper()})\b\.?)"
MON_FULL = rf"(?:{_MON_FULL})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_WD_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY = rf"(?:{_WD_FULL}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.(?=\s))"
ERA = r"(?:BCE|BC|B\.C\.|AD|A\.D\.|CE)(?![A-Za-z])"
# a year written alone: 1000-2099, not part of a bigger number
YEAR = r"(?<![\d,.$£€#/])(?:1\d{3}|20\d{2})(?![\d%]|,\d|\.\d)"
NUM = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundred|a\s+dozen|dozen|a\s+couple\s+of|single"
    r"|half\s+an?|a\s+half)"
)
VAGUE = r"(?:several|a\s+few|few|many|some|numerous|a\s+number\s+of)"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|weekend|month|quarter|year|decade|century|centuries)"
UNIT_PL = rf"(?:{UNIT}s?|centuries)"
# early/mid/late and "the end of" in front of a date
MODP = (
    r"(?:(?P<mod>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|dawn|outset)\s+of(?:\s+the)?"
    r"|(?:the\s+)?(?:early|late|mid)\s+(?:in|part\s+of)\s+(?:the\s+)?"
    r"|[Ee]arly|[Ll]ate|[Mm]id(?:dle)?|EARLY|LATE|MID)(?:\s+|-))?"
)
ORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first"
    r"|\d{1,2}(?:st|nd|rd|th))"
)
# parts of the day and named clock times (timex_parts_of_day.psv)
POD = "(?:" + "|".join(sorted(PARTS_OF_DAY, key=len, reverse=True)) + ")"
CLOCK_WORD = "(?:" + "|".join(sorted(CLOCK_WORDS, key=len, reverse=True)) + ")"
# adjectives that may sit inside a duration: "two bloody weeks", "five more years"
DUR_ADJ = (r"(?:(?:relatively|very|extremely)\s+)?(?:"
           + "|".join(sorted(map(re.escape, WORDS["DURATION_ADJECTIVES"]), key=len, reverse=True)) + ")")


def _phrase(text: str) -> str:
    """A data-file phrase as a pattern: any spacing, either apostrophe."""
    return r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in text.split())


HOLIDAY = "|".join(_phrase(h) for h in sorted(HOLIDAY_NAMES, key=len, reverse=True))
POD_PL = r"(?:mornings|afternoons|evenings|nights)"
_WD_PL = "Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays"

# a pattern starts at the start of a word ("a day", not the end of "Banana day")
WS = r"(?<![\w])(?<!\d[,.])"


def _c(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags | re.VERBOSE)


# --- patterns, most specific first (priority breaks ties of equal length) ----------

PATTERNS: list[tuple[str, re.Pattern]] = [
    # 2021-08-19, 2021-08-19T10:30
    ("iso", _c(r"(?<![\d-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:[T\s](?P<clock>[01]\d:[0-5]\d|2[0-3]:[0-5]\d))?(?![\d-])")),
    # 19/08/2021 is ambiguous between day-first and month-first; accept only when one
    # reading is impossible (day > 12) -- see resolve.
    ("slash", _c(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4})(?![\d/])")),
    # (Thursday,) 19 August 2021, the 19th of August, 19 Aug. 480 BC
    ("dmy", _c(rf"""{WS}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?<![\d,.])(?P<d>{DAY})(?:\s+of)?\s+(?P<mon>{MON})
                    (?:,?\s+(?P<y>\d{{4}}(?:\s*(?P<era>{ERA}))?|\d{{1,3}}\s*(?P<era2>{ERA})))?(?![\d])""")),
    # (Thursday,) August 19, 2021 / Aug. 19 / August 19th
    ("mdy", _c(rf"""{WS}(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MON})\s+(?P<d>{DAY})(?![\d:,.]\d|\d|\s*%)
                    (?:,?\s+(?P<y>\d{{4}})(?:\s*(?P<era>{ERA}))?(?!\d))?""")),
    # (early) April 2019, February of 1940, April 480 BC
    ("my", _c(rf"""{WS}{MODP}(?P<mon>{MON})(?:\s+of)?,?\s+(?P<y>(?:{YEAR})|\d{{1,4}}\s*(?P<era>{ERA}))""")),
    # July of that year, January 24 of the same year
    ("month_of_rel", _c(rf"""{WS}(?P<mon>{MON})(?:\s+(?P<d>{DAY}))?,?\s+of\s+(?:the\s+)?(?P<rel>(?i:that|the\s+same|same|following|next|previous|preceding))\s+(?i:year)(?![\w])""")),
    # last/this/next December
    ("rel_month", _c(rf"{WS}(?P<rel>(?i:last|this|next|past|coming|previous|following))\s+(?P<mon>{MON_FULL})\b")),
    # fixed-date holidays: Christmas (1963), New Year's Eve
    ("holiday", _c(rf"""{WS}(?P<hol>{HOLIDAY})(?:,?\s+(?P<y>{YEAR}))?(?![\w])""")),
    # 9/11: the attacks of 11 September 2001, a named day in news
    ("named_day", _c(r"(?<![\w/])(?P<named>9/11)(?![\w/]|-\d)")),
    # on the 20th (of the month in the story)
    # (only the part in group "span" is the timex)
    ("day_only", _c(r"\b(?:on|by|until|till|from|to|On|By|Until|From)\s+(?P<span>the\s+(?P<d>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)))(?![\w-])")),
    # (early) December -- ambiguity checked in recognise
    ("month", _c(rf"{WS}{MODP}(?P<mon>{MON_FULL}|{MON_FULL.upper()})\b(?!\s+\d)")),
    # the 1990s, the mid-1980s, '90s, the 470s BC
    ("decade", _c(rf"""{WS}(?:(?i:the)\s+)?{MODP}(?:(?P<dec>\d{{2,3}}0)['\u2019]?s|['\u2019](?P<dd>\d)0s)(?:\s+(?P<era>{ERA}))?(?![\w'\u2019])""")),
    # the sixties, the late Seventies ("the" required: "in his sixties" is an age)
    ("decade_word", _c(rf"""{WS}(?i:the)\s+{MODP}(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w'])""")),
    # the 19th century, the early twenty-first century, eighteenth-century
    ("century", _c(rf"{WS}(?i:(?:the\s+)?{MODP}(?P<c>{ORD})[\s-]+century(?:\s+(?P<era>{ERA}))?)")),
    # (the) (early) (spring|summer...) (of) 2003 / last winter / this summer
    ("season", _c(rf"""{WS}(?i:(?:(?P<rel>last|this|next|past|coming|previous|following|that|same)\s+|(?:the\s+)?{MODP}(?:the\s+)?)?
                    (?<!Arab\s)(?<!Prague\s)(?P<season>spring|summer|autumn|fall|winter)(?!\s+(?:olympics|paralympics|games|palace|school|session|term|solstice))
                    (?:\s+(?:of\s+)?(?P<y>(?:{YEAR})|\d{{1,4}}\s*(?P<era>{ERA})))?)(?![\w-])""")),
    # the first quarter (of 2021), Q3 2020, the second half of 2008
    ("quarter", _c(rf"""{WS}(?i:(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th|latter)\s+
                    (?P<part>quarter|half)(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next|the)\s+year))?)(?![\w-])""")),
    ("qcode", _c(rf"(?<![\w])(?P<part>Q|H)(?P<ord>[1-4])(?:\s+(?P<y>{YEAR}))?(?![\w])")),
    # (early) 2011, mid-2020, the end of 2003, 480 BC, AD 70
    ("year", _c(rf"{MODP}(?:(?P<y>{YEAR})(?:\s*(?P<era>{ERA}))?|(?P<y2>\d{{1,4}})\s*(?P<era2>{ERA})|(?:AD|A\.D\.)\s+(?P<y3>\d{{1,4}}))(?![\w]|-[A-Za-z])")),
    # '89
    ("year2", _c(r"(?<![\w'\u2019])['\u2019](?P<yy>\d\d)(?![\w'\u2019])")),
    # yesterday, today, tomorrow (+ morning/night), tonight, the day before yesterday
    ("deictic_day", _c(rf"""{WS}(?i:(?P<w>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)
                        (?:\s+(?P<pod>{POD}))?)(?!\w)""")),
    ("pod_rel", _c(rf"{WS}(?i:(?:early\s+)?(?P<rel>this|last|that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+(?P<pod>{POD}))(?![\w])")),
    # "in the evening", "during the night": a part of the story's day (cues checked in recognise)
    ("pod_the", _c(rf"(?<![\w])(?i:the\s+(?P<pod>{POD}))(?![\w-])")),
    # the following days, the coming years, the intervening months: stretches of unknown length
    ("rel_plural", _c(r"""(?<![\w])(?i:(?:the\s+)?(?:following|coming|next|succeeding|intervening|previous|preceding|past|last|early|final|first|ensuing)
                        \s+(?:few\s+|several\s+)?(?P<unit>days|weeks|months|years|decades|hours|minutes|centuries))(?![\w])""")),
    # earlier/later this year, earlier in the month
    ("this_unit_mod", _c(r"(?<![\w])(?i:(?P<m>earlier|later|early|late)\s+(?P<det>this|in\s+the|that)\s+(?P<unit>week|month|year|decade|century))(?![\w])")),
    # N units ago / N days later / a year earlier / N years before
    ("offset", _c(rf"""{WS}(?i:(?P<q>(?:about|some|nearly|almost|over|more\s+than|less\s+than|just|only|around|roughly)\s+)?
                    (?P<n>{NUM}|{VAGUE}|\d+)[\s-]+(?P<unit>{UNIT_PL})\s+
                    (?P<dir>ago|earlier|later|before|after|afterwards?|previously|from\s+now|hence|since|beforehand
                    |prior\s+to|in\s+advance\s+of|ahead\s+of|into))(?![\w])""")),
    # the end of the year, the beginning of the month, the rest of that year
    ("unit_mod", _c(r"""(?<![\w])(?i:(?:the\s+)?(?P<m>end|beginning|start|middle|close|latter\s+part|first\s+part|early\s+part|later\s+part|rest|remainder|turn)
                      \s+of\s+(?P<det>the|that|this|next|last)\s+(?P<unit>year|month|week|decade|century))(?![\w])""")),
    # at the same time
    ("same_time", _c(r"(?<![\w])(?i:(?:the\s+same\s+time|this\s+date))(?![\w])")),
    # the day before, the year after (anaphoric)
    ("offset_the", _c(r"(?<![\w])(?i:(?P<n>the)\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after))(?![\w])")),
    # last month, next week, this year, the following day, that year, the same month
    ("rel_unit", _c(rf"""{WS}(?i:(?P<the>the\s+)?(?P<rel>this\s+past|last|this|next|past|coming|previous|preceding|following|succeeding|same|that|current|present|subsequent)
                    \s+(?:(?P<fy>fiscal|financial|budget|academic|school)\s+)?(?P<unit>day|night|week|weekend|fortnight|month|quarter|year|decade|century))(?![\w-])""")),
    # over the weekend, throughout the weekend (only the part in group "span" is the timex)
    ("the_weekend", _c(r"(?<![\w])(?i:(?:over|during|throughout|at|on|for)\s+(?P<span>the\s+weekend))(?![\w-])")),
    # (last/next) Thursday (morning)
    ("weekday", _c(rf"""{WS}(?:(?P<rel>(?i:last|this|next|past|coming|previous|following|that))\s+)?(?P<wd>{WEEKDAY}|{_WD_FULL.upper()})
                    (?:\s+(?P<pod>(?i:{POD})))?(?![\w])""")),
    # clock times: 5:34 a.m., 19:15, 3 p.m., (12) midnight, noon (cues checked in recognise)
    ("clock", _c(rf"""(?i:(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|hrs\b|hr\b|h\b|GMT\b|UTC\b|local\s+time)
                     |(?<![\d:.])(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?![\d:])
                     |(?<![\w-])(?:12\s+)?(?P<cw>{CLOCK_WORD})(?![\w-]))""")),
    # sets: every Friday, every two weeks, daily, each year, per month
    ("set", _c(rf"""{WS}(?i:(?:every|each)\s+(?:(?P<other>other)\s+|(?P<n>{NUM})\s+)?(?:(?P<wd>{_WD_FULL})(?:\s+(?P<wdpod>{POD}))?|(?P<mon>{_MON_FULL})
                    |(?P<pod>morning|afternoon|evening|night)|(?P<season>spring|summer|autumn|fall|winter|season)|(?P<unit>{UNIT_PL}))
                    |(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly)
                    |per\s+(?P<punit>{UNIT})|(?P<times>once|twice|\w+\s+times)\s+(?:a|per)\s+(?P<tunit>{UNIT}))(?![\w-])""")),
    # durations: three years, 46-day, a decade, several months, year-long, the past two weeks
    ("duration", _c(rf"""{WS}(?i:(?:(?P<the>the\s+)?(?P<rel>past|last|next|coming|previous|following|first|final|first|initial)\s+)?
                    (?:(?P<q>about|some|nearly|almost|over|more\s+than|less\s+than|at\s+least|just|only|around|roughly|up\s+to)\s+)?
                    (?!(?:1\d{{3}}|20\d{{2}})\s+{UNIT}(?![s\w]))  # "World Cup 2018 day five": a year, not 2018 days
                    (?P<n>{NUM}|{VAGUE}|\d+(?:\.\d+)?)(?P<andhalf>\s+and\s+a\s+half)?[\s-]+(?:{DUR_ADJ}\s+)?(?P<unit>{UNIT_PL})
                    (?P<andhalf2>\s+and\s+a\s+half)?(?P<long>[\s-]+long)?
                    |(?P<unit2>year|month|week|day|decade|hour)[\s-]long)(?![\w-])""")),
    # a bare plural unit: "for weeks", "minutes before", "in recent years" (cues checked in recognise)
    ("bare_unit", _c(r"""(?<![\w-])(?P<recent>(?i:recent)\s+)?(?P<bare>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))(?![\w'\u2019-])""")),
    # plural days and parts of days: "on Sundays", "at weekends", "in the mornings" (sets)
    ("set_plural", _c(rf"""(?<![\w-])(?:(?P<wdpl>{_WD_PL})|(?P<wepl>(?i:weekends))|(?P<podpl>(?i:{POD_PL})))(?![\w'\u2019-])""")),
    # the end of the year without its article: "by year end", "year-end", "end of year", "the year's end"
    ("unit_end", _c(r"""(?<![\w-])(?i:(?:the\s+)?(?P<m>end|close)\s+of\s+(?P<unit>year|month)
                    |(?:the\s+)?(?P<unit2>year|month)(?:['\u2019]s)?[\s-]+(?P<m2>end))(?![\w-])""")),
    # fiscal 2019, fiscal year 2020, FY2021, FY 2021
    ("fiscal", _c(rf"""(?<![\w-])(?:(?i:fiscal|financial)\s+(?i:year\s+)?(?P<y>{YEAR})|FY\s?(?P<y2>\d{{4}}|\d{{2}}))(?![\w-])""")),
    # clock-format durations: "in 2:03:59", "a 1:45 hours drive"
    ("clock_duration", _c(r"""(?<![\d:.,])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.\d+)?(?![\d:])
                    |(?P<a>\d{1,2}):(?P<b>[0-5]\d)\s+(?P<u>(?i:hours|hrs|minutes|mins))(?![\w]))""")),
    # now, currently, former, recently, the future, the past
    ("ref", _c(r"""(?i:(?<![\w-])(?P<present>now|currently|current|at\s+present|nowadays|present-day|(?:the\s+)?present\s+day
                              |(?:to|until|till)\s+the\s+present|these\s+days|at\s+the\s+moment)
                   |(?P<past>former|formerly|recently|recent|in\s+the\s+past|the\s+past)
                   |(?P<future>(?:the\s+)?future))(?![\w-])""")),
    # traps: ages, counts, scores -- they win overlaps and make nothing
    ("trap_phrase", _c(r"(?<![\w])(?i:" + "|".join(_phrase(t) for t in NOT_TIMEXES) + r")(?![\w])")),
    ("trap_age", _c(rf"""{WS}(?i:(?:aged|age|ages)\s+(?:of\s+)?(?:\d{{1,3}}|{NUM})(?:\s*(?:and|to|-|\u2013)\s*(?:\d{{1,3}}|{NUM}))?(?:[\s-]+(?:years?|months?|weeks?|days?))?
                        |\d{{1,3}}\s*(?:-|\s)(?:years?|months?|weeks?|days?)(?:-|\s)old
                        |(?:{NUM}|\d+)[\s-]+(?:years?|months?)[\s-]+old)(?![\w])""")),
]

# Datelines, a date alone on the first line, and metadata lines: a date there
# restates the publication date and must not become a reference time
# ("WASHINGTON, Aug 19 (Reuters) -", "Tuesday, September 24, 2019\n").
HEADER = re.compile(
    r"""\A\s*(?:date\s+\d{4}-\d{2}-\d{2}\b
        |[A-Z][A-Za-z .'/-]{1,40},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)
           \s*(?:\([A-Za-z ]{2,20}\)\s*)?[-\u2013\u2014]+
        |(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}
           |\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})[ \t]*(?=\n|\Z))
      |^[ \t]*(?:Published|Updated|Posted|Last\s+updated|Last\s+modified|Date|Dateline|Filed)\b\s*:?[^\n]*
      |^[ \t]*(?:Copyright|\(c\)|\u00a9)[^\n]*""",
    re.VERBOSE | re.MULTILINE,
)

KIND_PRIORITY = {name: i for i, (name, _) in enumerate(PATTERNS)}

# a day sharing its month with the next or previous date: "6-7 January", "28 and 29 August",
# "May 4 and 5", "January 25-29", "the 13th to the 19th of October"
RANGE_BEFORE = re.compile(rf"(?<![\d,.])(?:the\s+)?(?P<d>{DAY})\s*(?:-|\u2013|\u2014|and|to|or|until|through)\s*(?:the\s+)?$")
# the first number of a duration range whose unit is written once: "between 12 and 18 months",
# "three to four years", "two-to-three weeks" (group n; the unit is the duration's)
ELIDED_UNIT_BEFORE = re.compile(rf"(?i)(?<![\w.,])(?P<n>{NUM}(?!\d)|\d{{1,3}}\.\d+)\s*(?:-|\u2013|to|and|or)\s*$")
# the second year of "1915-17", "1958-59"
YEAR_RANGE_AFTER = re.compile(r"^[-\u2013/](?P<yy>\d\d)(?![\d\w])")
RANGE_AFTER = re.compile(rf"^\s*(?:-|\u2013|\u2014|and|to|or|until|through)\s*(?P<d>{DAY})(?![\d:.,]\d|\d|\s+(?:{MON}|%|per|percent))")

# Cheap trigger words: a costly pattern is run only in windows around them, so
# a long article without a unit word never pays for the duration grammar.
_UNIT_TRIGGER = re.compile(r"(?i)second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|aged?\b")
TRIGGERS: dict[str, re.Pattern] = {
    "duration": _UNIT_TRIGGER, "offset": _UNIT_TRIGGER, "bare_unit": _UNIT_TRIGGER, "rel_plural": _UNIT_TRIGGER, "trap_age": _UNIT_TRIGGER,
    "rel_unit": _UNIT_TRIGGER, "unit_mod": _UNIT_TRIGGER, "this_unit_mod": _UNIT_TRIGGER, "offset_the": _UNIT_TRIGGER,
    "century": re.compile(r"(?i)centur"),
    "season": re.compile(r"(?i)spring|summer|autumn|fall|winter"),
    "set": re.compile(r"(?i)\b(?:every|each|per|daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly"
                      r"|fortnightly|once|twice|times)\b"),
    "quarter": re.compile(r"(?i)quarter|half"),
    "weekday": re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)"),
    "deictic_day": re.compile(r"(?i)yesterday|today|tomorrow|tonight"),
    "pod_rel": re.compile(r"(?i)morning|afternoon|evening|night"),
    "pod_the": re.compile(r"(?i)morning|afternoon|evening|night"),
    "same_time": re.compile(r"(?i)same\s+time|this\s+date"),
    "the_weekend": re.compile(r"(?i)weekend"),
    "set_plural": re.compile(r"(?i)(?:days|weekends|mornings|noons|evenings|nights)\b"),
    "unit_end": re.compile(r"(?i)\bend\b"),
    "fiscal": re.compile(r"(?i)fiscal|financial|FY"),
    "clock_duration": re.compile(r"\d:\d\d"),
    "trap_phrase": re.compile(r"(?i)\bnow\b|minutes|time|clock"),
    "named_day": re.compile(r"9/11"),
    "decade": re.compile(r"\d0['\u2019]?s\b"),
    "decade_word": re.compile(r"(?i)ties\b"),
}
_MONTH_TRIGGER = re.compile(rf"(?:{_MON_FULL}|{_MON_ABBR}|{_MON_ABBR.upper()})")
_DIGITS_TRIGGER = re.compile(r"\d\d")
for _kind in ("dmy", "mdy", "my", "month_of_rel", "rel_month", "month"):
    TRIGGERS[_kind] = _MONTH_TRIGGER
for _kind in ("iso", "slash", "year", "year2", "day_only", "qcode"):
    TRIGGERS[_kind] = _DIGITS_TRIGGER
#: characters a match may reach before and after its trigger word
WINDOW_BEFORE, WINDOW_AFTER = 80, 48
