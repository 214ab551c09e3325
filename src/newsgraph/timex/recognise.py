"""Recognition: candidate spans from the grammar and from spaCy, minus the traps.

Candidates come from the compiled grammar run over the raw text; spaCy's
DATE/TIME entities confirm ambiguous words ("May", "spring") and its other
entities veto names ("April Ryan", "Jan Kubis", "Arab Spring"). Overlaps go to
the longest span; trap patterns (ages, counts) win overlaps and say nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.model import NewsDoc
from newsgraph.timex.grammar import (
    ELIDED_UNIT_BEFORE, HEADER, KIND_PRIORITY, PATTERNS, RANGE_AFTER, RANGE_BEFORE, TRIGGERS, WINDOW_AFTER, WINDOW_BEFORE,
    YEAR_RANGE_AFTER,
)
from newsgraph.timex.lexicon import AMBIGUOUS_MONTHS, WEEKDAYS, WORDS
from newsgraph.timex.syntax import TokenIndex


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    groups: dict


# spaCy labels that make a word a name, not a date
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
_COUNT_LABELS = {"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"}
# words before a month or a year that make it a date
_CUES = {
    "in", "on", "since", "by", "until", "till", "from", "to", "through", "during", "of", "last", "next",
    "this", "early", "late", "mid", "before", "after", "between", "and", "or", "around", "circa", "c.",
    "throughout", "fiscal", "year", "until", "into", "that", "the", "summer", "winter", "spring", "autumn",
    "fall", "end", "beginning", "start", "middle", "within", "for", "s", "'s", "as", "at", "-", "—", "(",
    "throughout", "spring", "early-", "late-", "mid-",
}
_QUANTITY_WORDS = {"about", "some", "around", "nearly", "over", "than", "least", "almost", "approximately",
                   "roughly", "estimated", "only", "just", "the", "all", "and"}
_WORD_BEFORE = re.compile(r"([\w'.\-—(]+)\s*$")
_POD_PREFIX = re.compile(r"(?i:(?:early\s+|late\s+)?(?:in\s+)?the\s+(morning|afternoon|evening|night)\s+of\s+)$")
_KINDS_WITH_DIGITS = {"iso", "slash", "dmy", "mdy", "my", "decade", "year", "year2", "clock", "qcode", "named_day"}
_ERA_RANGE_BEFORE = re.compile(r"(?<![\d,.])(\d{1,4})\s*[-\u2013]\s*$")
_TIME_ZONES = {"UTC", "GMT", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "MSK", "IST",
               "HRS", "HOURS", "LOCAL", "Z"}
_ERAS = {"BC", "B.C.", "BCE", "AD", "A.D.", "CE"}  # spaCy often calls "BC" an organisation
_TITLE_LABELS = {"PRODUCT", "WORK_OF_ART", "LAW", "FAC"}  # "Windows 2000", "Agenda 2030"
# nouns a year dates rather than counts: "2000 levels", "1990 prices", "2010 dollars"
_YEAR_NOUNS = {"level", "price", "figure", "rate", "standard", "value", "dollar", "census", "estimate", "total",
               "budget", "election", "edition", "season", "model", "peak", "high", "low", "baseline"}
_YEAR_PREPOSITIONS = {"in", "since", "by", "until", "till", "during", "from", "before", "after", "circa", "c."}
# words that make "the first half" or "the second quarter" a period of a game
_GAME_WORDS = re.compile(r"(?i)\b(?:goals?|scored?|scoring|scoreboard|match|game|kick-?off|half-?time|penalty|"
                         r"minutes?|innings?|touchdown|referee|booked|equalis|equaliz|ended\s+\d+\s*[-\u2013]\s*\d+)")
# "the 2014 protests": a recent, non-round year after "the" names an occasion, not a count
_RECENT_YEARS = 60
# a number this many years before publication, in front of a plural noun, counts things
_FAR_COUNT_YEARS = 150


_BARE_BEFORE = WORDS["BARE_UNIT_BEFORE"]
_BARE_AFTER = WORDS["BARE_UNIT_AFTER"]
_WORDS_BEFORE = re.compile(r"(?:[\w'\u2019]+\s+){1,2}$")
_WORDS_AFTER = re.compile(r"\s+([\w'\u2019]+)(?:\s+[\w'\u2019]+)?")
_COORDINATED_UNIT = re.compile(r"(?i)\b(?:seconds|minutes|hours|days|weeks|months|years|decades)\s+(?:and|or|to)\s+"
                               r"(?:even\s+|then\s+|perhaps\s+|possibly\s+|sometimes\s+)?$")
# words before a plural day or part of day that make it a set: "on Sundays", "at weekends"
_SET_CUES = {"on", "at", "during", "over", "most", "all", "some", "many", "the", "avoid", "and", "or", "every",
             "weekday", "through", "throughout"}


def header_spans(text: str) -> list[tuple[int, int]]:
    """Datelines and metadata lines: dates there restate the publication date."""
    return [m.span() for m in HEADER.finditer(text)]


def _windows(text: str, trigger: re.Pattern) -> list[tuple[int, int]]:
    """Merged stretches of text around the trigger words."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in trigger.finditer(text):
        lo, hi = max(0, m.start() - WINDOW_BEFORE), min(n, m.end() + WINDOW_AFTER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def raw_candidates(text: str) -> list[Candidate]:
    out = []
    windows: dict[int, list[tuple[int, int]]] = {}
    for kind, rx in PATTERNS:
        trigger = TRIGGERS.get(kind)
        if trigger is None:
            spans = [(0, len(text))]
        else:
            spans = windows.get(id(trigger))
            if spans is None:
                spans = windows[id(trigger)] = _windows(text, trigger)
        seen: set[tuple[int, int]] = set()
        for lo, hi in spans:
            for m in rx.finditer(text, lo, hi):
                if m.end() > m.start() and m.span() not in seen:
                    seen.add(m.span())
                    g = m.groupdict()
                    a, b = m.span("span") if g.get("span") else m.span()
                    out.append(Candidate(a, b, kind, g))
    return out


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then grammar priority."""
    cands = sorted(cands, key=lambda c: (-(c.end - c.start), KIND_PRIORITY.get(c.kind, 99), c.start))
    taken: list[Candidate] = []
    for c in cands:
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    return sorted((c for c in taken if not c.kind.startswith("trap")), key=lambda c: c.start)


class Checker:
    """Trap checks that need the parse (names, modals, counts)."""

    def __init__(self, doc: NewsDoc, index: TokenIndex):
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.index = index
        self.year_now = doc.published.year if doc.published else 2100

    def word_before(self, start: int) -> str:
        m = _WORD_BEFORE.search(self.text, max(0, start - 25), start)
        return m.group(1).lower() if m else ""

    def ok(self, c: Candidate) -> bool:
        toks = [self.tokens[i] for i in self.index.span(c.start, c.end)] if self.tokens else []
        if toks and not any(t.ent_type in ("DATE", "TIME") for t in toks):
            # digits are rarely part of a name ("492 BC" tagged ORG is still a year);
            # words are ("April Ryan", "Arab Spring")
            vetoes = _TITLE_LABELS if c.kind in _KINDS_WITH_DIGITS else _NAME_LABELS
            if c.kind in ("season", "holiday"):
                # "the Spring Offensive" happened in spring; spaCy calls holidays events
                vetoes = _NAME_LABELS - {"EVENT"}
            if any(t.ent_type in vetoes and t.text not in _ERAS for t in toks):
                return False
        check = _CHECKS.get(c.kind)
        return check(self, c, toks) if check else True

    def next_token(self, toks):
        if not toks:
            return None
        j = toks[-1].i + 1
        return self.tokens[j] if j < len(self.tokens) else None

    # --- per kind ---
    def month(self, c: Candidate, toks) -> bool:
        name = c.groups["mon"].lower()
        t = toks[-1] if toks else None
        if t is not None and (t.tag == "MD" or t.pos in ("VERB", "AUX")):
            return False  # "May" the modal, "March" the verb
        is_date = t is not None and t.ent_type in ("DATE", "TIME")
        nxt = self.next_token(toks)
        if nxt is not None and nxt.pos == "PROPN" and nxt.text[:1].isupper() and not is_date \
                and nxt.ent_type not in ("DATE", "GPE", "ORG", "NORP"):
            return False  # "April Ryan", "June Carter"
        if name not in AMBIGUOUS_MONTHS or c.groups.get("mod") or is_date:
            return True
        return self.word_before(c.start) in _CUES

    def year(self, c: Candidate, toks) -> bool:
        g = c.groups
        if g.get("era") or g.get("era2") or g.get("y3"):
            return True
        if not g.get("mod") and self.word_before(c.start) in WORDS["NUMBER_NOUNS"]:
            return False  # "Section 1201", "Resolution 2231", "Flight 1549": a label, not a year
        y = int(g["y"])
        t = toks[0] if toks else None
        is_date = t is not None and t.ent_type in ("DATE", "TIME")
        if self.text[c.end:c.end + 1] in "-\u2013" and self.text[c.end + 1:c.end + 3].isdigit():
            return True  # 1915-17
        nxt = self.next_token(toks)
        before = self.word_before(c.start)
        if nxt is not None and nxt.lemma.lower() in _YEAR_NOUNS:
            return True  # "2000 levels", "1990 prices": a year that dates a measure
        if nxt is not None and nxt.tag in ("NNS", "NNPS") and not g.get("mod") \
                and self.year_now - y > _FAR_COUNT_YEARS and before not in _YEAR_PREPOSITIONS:
            return False  # "1709 schoolchildren": so far back a plural noun makes it a count
        if y % 100 == 0 and not is_date and before in _QUANTITY_WORDS - {"the", "and"}:
            return False  # "just under 50000 articles and over 1000 featured ones"
        recent_event = before == "the" and is_date and y % 100 != 0 and abs(y - self.year_now) <= _RECENT_YEARS
        if nxt is not None and nxt.tag in ("NNS", "NNPS") and not recent_event and (
                not is_date or y % 50 == 0 or before in _QUANTITY_WORDS):
            return False  # "2000 fighters", "about 1950 troops"; but "1913 levels" is a year
        if nxt is not None and nxt.text.upper() in _TIME_ZONES:
            return False  # "1700 UTC" is a clock time
        if nxt is not None and nxt.text.lower() in ("people", "troops", "police", "personnel", "men", "women",
                                                    "children", "km", "kilometres", "miles", "tonnes", "tons"):
            return False
        cue = self.word_before(c.start) in _CUES or bool(g.get("mod"))
        if t is not None and t.ent_type in _COUNT_LABELS and not cue:
            return False
        if y < 1800 or y > self.year_now + 30:
            return is_date or cue
        return True

    def season(self, c: Candidate, toks) -> bool:
        g = c.groups
        if g.get("y") or g.get("rel") or g.get("mod"):
            return True
        nxt = self.next_token(toks)
        if len(toks) == 1 and nxt is not None and nxt.pos == "NOUN" and nxt.text.islower() \
                and self.text[c.start:c.end].lower() == g["season"].lower():
            return False  # bare "winter wheat", "summer camp": a kind of thing, not a time
        if toks and any(t.ent_type in ("DATE", "TIME") for t in toks):
            return True
        if g["season"].lower() == "fall":
            return False  # "the fall of Kabul"
        nxt = self.next_token(toks)
        if self.text[c.start:c.start + 4].lower() == "the " and (nxt is None or nxt.pos != "NOUN"):
            return True  # "they passed the winter"; but not "the summer heat"
        after = self.text[c.end:c.end + 4]
        if after.startswith(" of ") and not self.text[c.end + 4:c.end + 8].strip()[:1].isdigit():
            return False
        return self.word_before(c.start) in _CUES

    def ref(self, c: Candidate, toks) -> bool:
        # "now" as a discourse marker at the start of a sentence is still now; but
        # "current" in "electric current" or "the current" (noun) is not a time
        word = self.text[c.start:c.end].lower()
        if word == "current" and toks and toks[0].pos == "NOUN":
            return False
        return True

    def duration(self, c: Candidate, toks) -> bool:
        nxt = self.next_token(toks)
        if nxt is not None and nxt.text.lower() in ("old", "older", "younger"):
            return False
        return True

    def bare_unit(self, c: Candidate, toks) -> bool:
        """"for weeks", "can take months", "minutes before", "months and even years"."""
        if c.groups.get("recent"):
            return True
        before = _WORDS_BEFORE.search(self.text, max(0, c.start - 40), c.start)
        words = before.group(0).lower().split() if before else []
        if words and (words[-1] in _BARE_BEFORE or " ".join(words[-2:]) in _BARE_BEFORE):
            return True
        after = _WORDS_AFTER.match(self.text, c.end)
        if after and (after.group(1).lower() in _BARE_AFTER or " ".join(after.group(0).lower().split()) in _BARE_AFTER):
            return True
        # a second unit joined to a duration: "for months and even years"
        return bool(_COORDINATED_UNIT.search(self.text, max(0, c.start - 60), c.start))

    def set_plural(self, c: Candidate, toks) -> bool:
        g = c.groups
        after = self.text[c.end:c.end + 4].lower()
        if after.startswith(" of"):
            return False  # "the nights of 3 and 4 May"
        nxt = self.next_token(toks)
        before = self.word_before(c.start)
        if g.get("wdpl"):
            return nxt is None or nxt.pos != "PROPN"
        if g.get("wepl"):
            return before in _SET_CUES
        return before in _SET_CUES - {"the"} or self.text[max(0, c.start - 7):c.start].lower() == "in the "

    def set(self, c: Candidate, toks) -> bool:
        if self.text[c.start:c.end].lower().split()[-1] == "day" and \
                self.word_before(c.start) in WORDS["EVERYDAY_DETERMINERS"]:
            return False  # "their every day lives": the adjective everyday
        return True

    def holiday(self, c: Candidate, toks) -> bool:
        if toks:
            k = toks[0].i - 1
            if k >= 0 and self.tokens[k].ent_type == "PERSON" and self.tokens[k].pos == "PROPN":
                return False  # "illustrator Johnnie Christmas": a surname
        return True

    def quarter(self, c: Candidate, toks) -> bool:
        g = c.groups
        if g.get("y") or g.get("rel") or c.kind == "qcode":
            return True
        if self.text[c.end:c.end + 4].lower() == " of ":
            return False  # "the second half of the match / of the century": a part of something else
        sents = self.doc.sentences
        if toks and toks[0].sent < len(sents):
            # the sentence and its neighbours: "The second half ended with the Belgians ahead."
            k = toks[0].sent
            lo, hi = sents[max(0, k - 1)].start, sents[min(len(sents) - 1, k + 1)].end
            if _GAME_WORDS.search(self.text, lo, hi):
                return False  # "neither side scored in the first half": a period of a game
        return True

    def clock(self, c: Candidate, toks) -> bool:
        g = c.groups
        if g.get("cw"):
            # "at midnight", "by noon", "midnight Friday"; not "Midnight Oil", "at midnight mass"
            nxt = self.next_token(toks)
            if nxt is not None and nxt.pos in ("NOUN", "PROPN") and nxt.text.lower() not in _DAY_WORDS:
                return False
            if self.word_before(c.start) in _CLOCK_WORD_CUES:
                return True
            after = self.text[c.end:c.end + 12].lower().split()
            return bool(after) and after[0].strip(",.;") in _DAY_WORDS | {"on", "local", "gmt", "utc"}
        if g.get("h2"):
            # 19:15 without a.m./p.m.: only after "at" or "by", not a score or verse
            return self.word_before(c.start) in ("at", "by", "from", "until", "to", "around", "after", "before")
        return True


    def pod_the(self, c: Candidate, toks) -> bool:
        """"in the evening", "during the night", "the highlight of the evening"."""
        if self.word_before(c.start) not in WORDS["PART_OF_DAY_CUES"]:
            return False  # "spent the night", "the evening was warm"
        after = self.text[c.end:c.end + 4].lower()
        if after.startswith((" of", "'s", "\u2019s")):
            return False  # "the evening of 5 May" (the day takes it), "the night's events"
        nxt = self.next_token(toks)
        return nxt is None or nxt.pos not in ("NOUN", "PROPN")  # "the evening news"

    def weekday(self, c: Candidate, toks) -> bool:
        g = c.groups
        if g.get("rel") or g.get("pod"):
            return True
        nxt = self.next_token(toks)
        # "the Sunday trade ban", "Friday prayers": a kind of day, not a date
        if nxt is not None and nxt.pos == "NOUN" and toks and toks[-1].dep in ("compound", "amod", "nmod"):
            # ... unless a sentence opens with it: "On Saturday police arrested ..." (no comma;
            # the parser hangs the day on "police")
            before = self.tokens[toks[0].i - 1] if toks[0].i > 0 else None
            opening = before is not None and before.text.lower() == "on" and (
                before.i == 0 or self.tokens[before.i - 1].sent != before.sent)
            return opening
        return True

    def day_only(self, c: Candidate, toks) -> bool:
        nxt = self.next_token(toks)
        return nxt is None or nxt.pos not in ("NOUN", "PROPN", "ADJ", "NUM")


_CHECKS = {
    "bare_unit": Checker.bare_unit, "set_plural": Checker.set_plural, "set": Checker.set,
    "weekday": Checker.weekday,
    "day_only": Checker.day_only,
    "month": Checker.month, "year": Checker.year, "season": Checker.season, "ref": Checker.ref,
    "duration": Checker.duration, "clock": Checker.clock, "holiday": Checker.holiday,
    "quarter": Checker.quarter, "pod_the": Checker.pod_the,
}

# words before a named clock time that make it a time ("at midnight", "shortly after noon")
_CLOCK_WORD_CUES = WORDS["CLOCK_WORD_CUES"]
# the weekdays written in full, and today, tonight, tomorrow and yesterday
_DAY_WORDS = frozenset(w for w in WEEKDAYS if w.endswith("day")) | WORDS["RELATIVE_DAYS"]


def range_partners(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The other end of day ranges: "6" in "6-7 January 1916", "29" in "January 25-29"."""
    extra = []
    for c in chosen:
        if c.kind == "dmy":
            m = RANGE_BEFORE.search(text, max(0, c.start - 24), c.start)
            if m:
                extra.append(Candidate(m.start("d"), m.end("d"), "dmy", dict(c.groups, d=m.group("d"), wd=None)))
        elif c.kind == "year" and (c.groups.get("era2") or c.groups.get("era")):
            # "499-493 BC": the first year shares the era
            m = _ERA_RANGE_BEFORE.search(text, max(0, c.start - 8), c.start)
            if m:
                era = c.groups.get("era2") or c.groups.get("era")
                extra.append(Candidate(m.start(1), m.end(1), "year",
                                       dict(c.groups, y=None, y2=m.group(1), era2=era, mod=None)))
        elif c.kind == "year" and c.groups.get("y") and not c.groups.get("era"):
            m = YEAR_RANGE_AFTER.match(text[c.end:c.end + 4])
            if m:
                first = int(c.groups["y"])
                second = first // 100 * 100 + int(m.group("yy"))
                if first < second <= first + 30:
                    a = c.end + m.start("yy")
                    extra.append(Candidate(a, a + 2, "year", dict(c.groups, y=str(second), mod=None)))
        elif c.kind == "duration" and c.groups.get("n") and not c.groups.get("rel") and not c.groups.get("q"):
            # "between 12 and 18 months", "three to four years": the first number shares the unit
            m = ELIDED_UNIT_BEFORE.search(text, max(0, c.start - 40), c.start)
            if m:
                extra.append(Candidate(m.start("n"), m.end("n"), "duration",
                                       dict(c.groups, n=m.group("n"), andhalf=None, andhalf2=None, long=None)))
        elif c.kind == "mdy" and not c.groups.get("y"):
            m = RANGE_AFTER.match(text[c.end:c.end + 24])
            if m:
                extra.append(Candidate(c.end + m.start("d"), c.end + m.end("d"), "mdy",
                                       dict(c.groups, d=m.group("d"), wd=None)))
    if not extra:
        return chosen
    free = [e for e in extra if not any(e.start < t.end and t.start < e.end for t in chosen)]
    return sorted(chosen + free, key=lambda c: c.start)


_DAY_KINDS = {"weekday", "dmy", "mdy", "deictic_day", "rel_unit", "offset_the", "holiday"}
# only what reads as one expression; "at 5:00 on 3 October" and "Saturday at 3 p.m."
# are two, the clock taking its day from the one named beside it
_CLOCK_THEN_DAY = re.compile(r",?\s*")
_DAY_THEN_CLOCK = re.compile(r",?\s*")


def _is_day(c: Candidate) -> bool:
    if c.kind not in _DAY_KINDS:
        return False
    if c.kind in ("rel_unit", "offset_the"):
        return (c.groups.get("unit") or "").lower() == "day"
    return True


def merge_clock_days(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A clock time and the day it falls on are one TIME: "15:00 GMT Saturday",
    "2:30 the next day", "Saturday at 3 p.m.", "on 4 May at 10:00"."""
    out: list[Candidate] = []
    k = 0
    while k < len(cands):
        c = cands[k]
        nxt = cands[k + 1] if k + 1 < len(cands) else None
        if nxt is not None and nxt.start - c.end <= 8:
            gap = text[c.end:nxt.start]
            clock, day = (c, nxt) if c.kind == "clock" and _is_day(nxt) and _CLOCK_THEN_DAY.fullmatch(gap) else \
                (nxt, c) if nxt.kind == "clock" and _is_day(c) and _DAY_THEN_CLOCK.fullmatch(gap) else (None, None)
            if clock is not None and not day.groups.get("pod"):
                out.append(Candidate(c.start, nxt.end, "clock_day",
                                     {"clock": clock.groups, "day": day.groups, "day_kind": day.kind,
                                      "day_start": day.start, "day_end": day.end, "clock_first": clock is c}))
                k += 2
                continue
        out.append(c)
        k += 1
    return out


def candidates(doc: NewsDoc, index: TokenIndex) -> list[Candidate]:
    """The timex spans of ``doc`` in text order, traps removed, headers skipped."""
    text = doc.text
    chosen = range_partners(text, select(raw_candidates(text)))
    headers = header_spans(text)
    checker = Checker(doc, index)
    out = []
    for c in chosen:
        if any(a <= c.start and c.end <= b for a, b in headers):
            continue
        if not checker.ok(c):
            continue
        m = _POD_PREFIX.search(text, max(0, c.start - 40), c.start)
        if m and c.kind in ("dmy", "mdy", "iso", "weekday", "rel_unit", "deictic_day"):
            c.groups = dict(c.groups, pod=m.group(1))
            c.start = m.start()
        out.append(c)
    return _later_days(doc, merge_clock_days(text, out))


# what may stand between a clock time and its day: "midnight (EST) March 24", "noon on Friday"
_CLOCK_BESIDE_DAY = re.compile(r"(?i),?\s*(?:\([A-Za-z .]{2,12}\)\s*)?,?\s*(?:on\s+)?")


def _later_days(doc: NewsDoc, cands: list[Candidate]) -> list[Candidate]:
    """A clock time may take a day named after it in its sentence, when the day stands right
    beside it ("at midnight on Friday", "until noon (EST) March 24") or when no day came before
    it there ("As of 15:11 GMT the site was up, but by Saturday it was down").
    The day is handed to the clock's rule (groups ``later_day``); the rule decides."""
    if not doc.sentences:
        return cands
    for k, c in enumerate(cands):
        if c.kind != "clock":
            continue
        sent = doc.sentence_at(c.start)
        if sent is None:
            continue
        nxt = next((b for b in cands[k + 1:] if b.start < sent.end and _is_day(b)), None)
        if nxt is None or nxt.end > sent.end:
            continue
        beside = _CLOCK_BESIDE_DAY.fullmatch(doc.text, c.end, nxt.start) is not None
        if beside or not any(_is_day(b) and b.start >= sent.start for b in cands[:k]):
            # (a day named before it in the sentence is its reference time, unless this one
            # stands beside it: "on Friday extended the offer until midnight (EST) March 24")
            # a day beside the clock is read with the clock's preposition ("until midnight Friday")
            c.groups = dict(c.groups, later_day=(nxt.kind, nxt.groups, c.start if beside else nxt.start, nxt.end))
    return cands
