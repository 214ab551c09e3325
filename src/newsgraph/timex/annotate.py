"""Find and normalise the timexes of one document (what the time stage calls)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from newsgraph.model import NewsDoc, Timex
from newsgraph.timex.lexicon import PARTS_OF_DAY, WORDS
from newsgraph.timex.recognise import candidates
from newsgraph.timex.resolve import Context, point_result
from newsgraph.timex.rules import resolve
from newsgraph.timex.syntax import TokenIndex, attachment, governing, habitual, tense_of_span

MODES = ("news", "narrative")
# points that can serve as the reference time of later anaphora
_REFERENCE_PRECISIONS = {"day", "week", "month", "season", "quarter", "half", "year"}


@dataclass(frozen=True, kw_only=True)
class TimexOptions:
    #: "news": relative expressions are read against the publication date;
    #: "narrative": against the last date the text mentioned (history, encyclopaedias).
    mode: str = "news"
    #: whether modifiers like "former", "recent", "current", "future" ("the former
    #: minister") are timexes: yes under TIMEX2/ACE (WikiWars annotates them
    #: PAST_REF), no under TIMEX3/TimeML, which the stage follows
    adjective_refs: bool = False
    #: TIMEX3 (yes): "three days later" is a DURATION ("three days") with its signal
    #: ("later") and anchor beside it (:mod:`newsgraph.timex.anchored`); TIMEX2 (no,
    #: WikiWars): the whole phrase is the DATE it leads to
    anchored_durations: bool = True

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown timex mode {self.mode!r}; use one of: {', '.join(MODES)}")


_BACKWARD = re.compile(r"(?i)previous|earlier|before|ago|preceding|last")
_SIDE_CLAUSES = {"acl", "relcl"}
# a bare year this far from the story's time is a side remark (a later study, an anniversary)
_FAR_YEARS = 20
_PLAN_WORDS = {"plan", "planned", "schedule", "scheduled", "due", "expect", "expected", "intend", "target",
               "deadline", "goal", "promise", "pledge"}


def _sets_reference(doc: NewsDoc, index: TokenIndex, ctx: Context, c, r) -> bool:
    """Whether this date becomes the reference time of what follows.

    In a narrative a year mentioned in passing ("a campaign planned for 1976",
    "cutoff of funding in 1976") does not move the story's time; a date that
    dates a clause does.
    """
    if ctx.mode != "narrative" or not doc.tokens:
        return True
    if r.anchor != "none" and c.kind in ("offset", "offset_the", "rel_unit") \
            and _BACKWARD.search(doc.text, c.start, c.end):
        return False  # "the previous year", "two years earlier": a flashback, the story stays put
    if ctx.tense(c.start, c.end) == "future":
        return False
    ref = ctx.ref()
    if ref is not None and r.point.precision == "year" and abs(r.point.year - ref.year) > _FAR_YEARS:
        return False  # "documents found in 2004" in a story of 1920
    att = attachment(doc, index, c.start, c.end)
    if att is None:
        return True
    if att.pos in ("VERB", "AUX") and att.dep in _SIDE_CLAUSES and r.point.precision == "year":
        return False  # "documents found in 2004": a side remark, not the story's time
    if att.lemma.lower() in _PLAN_WORDS or att.text.lower() in _PLAN_WORDS:
        return False
    if r.point.precision == "year" and att.pos in ("NOUN", "PROPN") and att.i < index.span(c.start, c.end).start:
        return False
    return True


_ADJECTIVE_REFS = {"former", "recent", "current", "future", "present"}


def _is_adjective_ref(doc: NewsDoc, index: TokenIndex, start: int, end: int) -> bool:
    """"former members", "recent reports": a modifier of a noun, not a time of its own."""
    if doc.text[start:end].lower() not in _ADJECTIVE_REFS or not doc.tokens:
        return False
    rng = index.span(start, end)
    if len(rng) != 1:
        return False
    t = doc.tokens[rng.start]
    return t.dep in ("amod", "compound") and t.head > t.i


def _sentence_of(doc: NewsDoc, offset: int) -> int:
    s = doc.sentence_at(offset)
    return s.i if s is not None else -1


def find_timexes(doc: NewsDoc, options: TimexOptions | None = None) -> list[Timex]:
    """Timexes of ``doc`` in text order with ids t1, t2, ..."""
    options = options or TimexOptions()
    index = TokenIndex(doc)
    cands = candidates(doc, index)
    out = _resolve_all(doc, index, options, [replace(c) for c in cands], [])
    if options.mode == "news" and doc.tokens:
        speech = _speech_anchors(doc, index, out)
        if speech and any(t.anchor == "publication" and qs <= t.start < qe for t in out for qs, qe, _ in speech):
            # a dated quote's "Sunday night" counts from the day it was said: read again
            out = _resolve_all(doc, index, options, cands, speech)
    return _month_of_year(doc, out)


_MONTH_ONLY = re.compile(r"^\d{4}-\d{2}$")


def _month_of_year(doc: NewsDoc, timexes: list[Timex]) -> list[Timex]:
    """"January of last year", "March of that year": the month is of the year that follows,
    not of the publication's: one expression, the year's month."""
    out: list[Timex] = []
    skip = False
    for k, t in enumerate(timexes):
        if skip:
            skip = False
            continue
        nxt = timexes[k + 1] if k + 1 < len(timexes) else None
        if (nxt is not None and t.type == nxt.type == "DATE" and t.precision == "month" and _MONTH_ONLY.match(t.value)
                and nxt.precision == "year" and len(t.text.split()) == 1 and nxt.value[:4].isdigit()
                and doc.text[t.end : nxt.start].strip().lower() == "of"):
            year, month = nxt.value[:4], t.value[5:7]
            first = date(int(year), int(month), 1)
            last = (date(int(year) + (month == "12"), int(month) % 12 + 1, 1) - timedelta(days=1))
            t = replace(t, end=nxt.end, text=doc.text[t.start : nxt.end], value=f"{year}-{month}",
                        interval=(first.isoformat(), last.isoformat()), anchor=nxt.anchor)
            skip = True
        out.append(replace(t, id=f"t{len(out) + 1}"))
    return out


_QUOTES = re.compile(r"\u201c[^\u201d]{3,}\u201d|\"[^\"\n]{3,}\"")


def _speech_anchors(doc: NewsDoc, index: TokenIndex, timexes: list[Timex]) -> list[tuple[int, int, date]]:
    """Quotes dated by a speech verb outside them, in the sentences they stand in:
    (quote start, quote end, the day)."""
    out = []
    for m in _QUOTES.finditer(doc.text):
        qs, qe = m.span()
        first, last = doc.sentence_at(qs), doc.sentence_at(max(qs, qe - 1))
        if first is None or last is None:
            continue
        for t in timexes:
            if not (first.start <= t.start and t.end <= last.end) or qs <= t.start < qe:
                continue
            if t.type not in ("DATE", "TIME") or t.precision != "day" or t.interval is None:
                continue
            _, verb = governing(doc, index, t.start, t.end)
            if verb is not None and verb.lemma.lower() in WORDS["SPEECH_VERBS"]:
                out.append((qs, qe, date.fromisoformat(t.interval[0])))
                break
    return out


# a written date that ended this long before publication takes a news story back in time
_PAST_STORY_DAYS = 31
_SETTING_PREPOSITIONS = WORDS["STORY_SETTING_PREPS"]


def _moves_story_back(doc: NewsDoc, index: TokenIndex, ctx: Context, c, r) -> bool:
    """Whether a news story is set in the past after this date: a written year or month well
    before publication that dates a clause ("In 1995, she was told to leave"); a date near
    publication brings the story back. A date in passing moves nothing ("its highest since
    April 1985", "a 1990 law"); a day keeps its own reference (``Context.ref_at``)."""
    b = r.point.bounds()
    if ctx.mode != "news" or ctx.published is None or b is None:
        return ctx.past_story
    if (ctx.published - b[1]).days <= _PAST_STORY_DAYS:
        return False
    if r.anchor != "none" or r.point.precision not in ("year", "month", "season", "quarter", "half") \
            or ctx.word_before(c.start) not in _SETTING_PREPOSITIONS or not doc.tokens:
        return ctx.past_story
    att = attachment(doc, index, c.start, c.end)
    return True if att is not None and att.pos in ("VERB", "AUX") else ctx.past_story


def _resolve_all(doc: NewsDoc, index: TokenIndex, options: TimexOptions, cands: list,
                 speech: list[tuple[int, int, date]]) -> list[Timex]:
    # a sentence with a set in it is habitual: "every day she worked from 6am to midnight"
    set_sentences = {_sentence_of(doc, c.start) for c in cands if c.kind in ("set", "set_plural")} \
        if doc.sentences else set()

    def _habitual(s: int, e: int) -> bool:
        if not doc.tokens:
            return False
        return _sentence_of(doc, s) in set_sentences or habitual(doc, index, s, e, WORDS["HABITUAL_ADVERBS"])

    ctx = Context(
        published=doc.published,
        mode=options.mode,
        tense=(lambda s, e: tense_of_span(doc, index, s, e)) if doc.tokens else (lambda s, e: None),
        parse=(lambda s, e: governing(doc, index, s, e)),
        sentence=(lambda offset: _sentence_of(doc, offset)) if doc.sentences else (lambda offset: -1),
        text=doc.text,
        anchored_durations=options.anchored_durations,
        speech=speech,
        habitual=_habitual,
    )
    text = doc.text
    out: list[Timex] = []
    for c in cands:
        ctx.current = c.start
        if c.kind == "ref" and not options.adjective_refs and _is_adjective_ref(doc, index, c.start, c.end):
            continue
        try:
            r = resolve(c.kind, c.groups, ctx, c.start, c.end)
        except (ValueError, OverflowError, KeyError, IndexError, TypeError) as exc:
            # one odd expression must not cost the document its other annotations;
            # the warning travels with the document so the case can be fixed
            doc.warnings.append(f"time: could not resolve {text[c.start:c.end]!r} ({c.kind}): {exc}")
            continue
        if r is None or r.value is None:
            continue
        pod = c.groups.get("pod")
        if pod and r.point is not None and r.point.precision == "day" and not r.point.part_of_day:
            r = point_result(replace(r.point, part_of_day=PARTS_OF_DAY[pod.lower()]), r.anchor, r.mod)
        if r.point is not None and r.point.precision in _REFERENCE_PRECISIONS \
                and _sets_reference(doc, index, ctx, c, r):
            ctx.history.append(replace(r.point, part_of_day=None, clock=None))
        elif r.implied is not None and r.implied.precision in _REFERENCE_PRECISIONS \
                and _sets_reference(doc, index, ctx, c, replace(r, point=r.implied)):
            ctx.history.append(replace(r.implied, part_of_day=None, clock=None))
        if r.point is not None:
            ctx.past_story = _moves_story_back(doc, index, ctx, c, r)
        ctx.resolved.append((ctx.sentence(c.start), c.start, r.point, r.anchor, c.kind))
        if r.type == "DURATION" and c.kind == "offset" and c.groups.get("dir"):
            # the signal ("later", "before") is not part of the duration
            c.end = c.start + len(text[c.start:c.end].rstrip()[: -len(c.groups["dir"])].rstrip())
        out.append(
            Timex(
                start=c.start,
                end=c.end,
                text=text[c.start:c.end],
                type=r.type,
                value=r.value,
                interval=r.interval,
                precision=r.precision if r.type in ("DATE", "TIME") else "unknown",
                anchor=r.anchor,
                id=f"t{len(out) + 1}",
                mod=r.mod,
            )
        )
    return out
