"""Event dating: the time expression that governs an event trigger.

The events and claims stages call :func:`event_date`; it reads only
``doc.timexes`` and the parse, so it depends on the document model, not on the
time stage. The search goes from near to far, as a reader would:

1. a timex in the trigger's own clause (the verb that governs the trigger, or
   the trigger itself when it is the verb; a timex inside the trigger's own
   phrase counts too: "the 2019 offensive");
2. a timex of a clause that contains the trigger's clause ("In April 2019,
   Hifter launched an offensive ..., backed by Egypt"); a timex of a clause
   beside or below it does not count ("talks installed a government expected to
   lead until elections take place in December" does not date the talks);
3. the paragraph's reference time: the last timex of an earlier sentence of
   the same paragraph, unless it bounds a period ("since 1995", "by 2025") or
   dates a relative clause ("her husband, who was arrested in May");
4. the publication date, with precision ``publication``.

Sets and vague references (PRESENT_REF, ...) never date an event; a duration does
only when anchored ("two days later", "three weeks before the vote": the date it
implies, :mod:`newsgraph.timex.anchored`).
"""

from __future__ import annotations

import re

from newsgraph.model import EventDate, NewsDoc, Timex
from newsgraph.timex.anchored import implied_date
from newsgraph.timex.syntax import TokenIndex, clause_head, span_root

_PRECISIONS = {"day", "week", "month", "season", "quarter", "year", "decade"}


def publication_date(doc: NewsDoc) -> EventDate:
    if doc.published is None:
        return EventDate(value=None, interval=None, precision="unknown")
    iso = doc.published.isoformat()
    return EventDate(value=iso, interval=(iso, iso), precision="publication")


def can_date(t: Timex) -> bool:
    """A timex that says when something happened (a date or time with an interval)."""
    return t.type in ("DATE", "TIME") and t.interval is not None and t.precision in _PRECISIONS


def from_timex(t: Timex) -> EventDate:
    return EventDate(value=t.value, interval=t.interval, precision=t.precision or "unknown", timex=t.id)


def _ancestors(tokens, i: int, limit: int = 12) -> list[int]:
    out = []
    cur = i
    for _ in range(limit):
        h = tokens[cur].head
        if h == cur:
            break
        out.append(h)
        cur = h
    return out


# "since 1995", "until 2025", "by 2025": the bound of a period
_BOUND_BEFORE = re.compile(r"(?i)\b(?:since|until|till|by|through)\s+$")


def _bound(text: str, t: Timex) -> bool:
    return bool(_BOUND_BEFORE.search(text, max(0, t.start - 8), t.start))


def _not_reference(doc: NewsDoc, index: TokenIndex, t: Timex) -> bool:
    """Does the timex bound a period or date a relative clause ("her husband, who was
    arrested in May")? Either way it says nothing of when the next sentences happen."""
    if _bound(doc.text, t):
        return True
    root = span_root(doc.tokens, index.span(t.start, t.end))
    if root is None:
        return False
    return any(doc.tokens[k].dep in ("relcl", "acl") for k in [root, *_ancestors(doc.tokens, root)])


_SIDE_CLAUSES = frozenset({"relcl", "advcl", "ccomp"})


def _clause_between(tokens, ups: list[int], trigger_token: int) -> bool:
    """Is there a side clause on the way up from a time expression to the trigger, one that
    is not the trigger's own ("Carter, who was released last month, stabbed two men": the
    month is the release's)? A clause describing the trigger noun itself stays its own."""
    for k in ups:
        if k == trigger_token:
            return False
        if tokens[k].dep in _SIDE_CLAUSES and tokens[k].head != trigger_token:
            return True
    return False


#: prepositions that set a noun apart from the act in time: what it is for, or before or after
_APART = frozenset({"for", "before", "after", "ahead", "until", "since", "towards", "toward"})


def _dates_a_goal(tokens, root: int, ups: list[int], trigger: int) -> bool:
    """Is the time expression a modifier of a noun the act is for, or before or after
    ("endorsed her for this year's election", "arrested after the 2019 riots")? It dates
    that noun, not the act; "attended last week's summit" is dated by it."""
    if not ups or ups[0] == trigger or tokens[root].dep not in ("poss", "compound", "nmod", "amod", "nummod"):
        return False
    noun = tokens[ups[0]]
    if noun.pos not in ("NOUN", "PROPN") or noun.dep != "pobj" or len(ups) < 2:
        return False
    prep = tokens[ups[1]]
    return prep.text.lower() in _APART or (prep.text.lower() == "of" and prep.head != prep.i
                                           and tokens[prep.head].text.lower() == "ahead")


def event_date(doc: NewsDoc, trigger_token: int) -> EventDate:
    """Date of the event whose trigger is token ``trigger_token`` (a doc-level token index)."""
    tokens = doc.tokens
    if not tokens or not 0 <= trigger_token < len(tokens):
        return publication_date(doc)
    trig = tokens[trigger_token]
    if trig.sent >= len(doc.sentences):
        return publication_date(doc)
    sent = doc.sentences[trig.sent]
    usable = [t for t in doc.timexes if can_date(t)]
    in_sent = [t for t in usable if sent.start <= t.start and t.end <= sent.end]
    # an anchored duration dates its clause too: "Two days later, police arrested him"
    implied = {t.id: d for t in doc.timexes if t.type == "DURATION" and sent.start <= t.start and t.end <= sent.end
               and (d := implied_date(doc, t)) is not None}
    in_sent += [t for t in doc.timexes if t.id in implied]
    if in_sent:
        index = TokenIndex(doc)
        clause = clause_head(tokens, trigger_token)
        # the clauses the trigger sits in, from its own up to the sentence root
        above = {trigger_token, clause, *_ancestors(tokens, trigger_token)}
        best: tuple[int, int, Timex] | None = None
        # "a plan for yesterday's march, which they rejected": a date on the noun a relative
        # clause hangs on dates that noun's event, not the clause's
        rel_noun = tokens[clause].head if tokens[clause].dep == "relcl" else None
        for t in in_sent:
            root = span_root(tokens, index.span(t.start, t.end))
            if root is None:
                continue
            ups = _ancestors(tokens, root)
            if rel_noun is not None and ups and ups[0] == rel_noun:
                continue
            if _dates_a_goal(tokens, root, ups, trigger_token):
                continue
            governor = clause_head(tokens, ups[0]) if ups else root
            if governor == clause or (trigger_token in ups[:4] and not _clause_between(tokens, ups, trigger_token)):
                rank = 0  # same clause, or inside the trigger's phrase ("the 2019 offensive")
            elif governor in above:
                rank = 1  # a clause that contains the trigger's clause
            else:
                continue  # a date of another clause ("... until elections take place in December")
            key = (rank, abs(root - trigger_token))
            if best is None or key < best[:2]:
                best = (key[0], key[1], t)
        if best is not None:
            return implied.get(best[2].id) or from_timex(best[2])
    # Words in a direct quote were said when the quote was said: an earlier
    # sentence's date (often another speaker's statement) does not carry into it.
    quote = doc.quote_containing(trig.start, trig.end)
    if quote is not None and quote.direct:
        return quote.date if quote.date is not None else publication_date(doc)
    # the paragraph's reference time: the last date of an earlier sentence in the paragraph
    para = sent.paragraph
    earlier = [s for s in doc.sentences[: sent.i] if s.paragraph == para]
    if earlier:
        first = earlier[0].start
        index = TokenIndex(doc)
        before = [t for t in usable if first <= t.start and t.end <= sent.start and not _not_reference(doc, index, t)]
        if before:
            return from_timex(before[-1])
    return publication_date(doc)
