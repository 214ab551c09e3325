"""What the parse says about a timex: its tokens, its governing verb, its tense.

Reads only the document model's tokens (``head`` indexes, ``tag``, ``pos``),
so it works on any doc the nlp stage produced and on hand-built docs in tests.
"""

from __future__ import annotations

import bisect

from newsgraph.model import NewsDoc, ParseView, Token

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
_PAST_AUX = {"had", "did", "was", "were", "'d"}
_PRESENT_PERFECT = {"has", "have", "'ve", "'s"}
_BE_FINITE = {"is", "are", "am", "'re", "'m"}
# verbs whose infinitive complement is in the future: "expected to lead",
# "plans to hold", "is due to meet", "scheduled to", "set to"
_FUTURE_GOVERNORS = {"expect", "plan", "schedule", "due", "set", "intend", "aim", "hope", "prepare",
                     "promise", "pledge", "vow", "agree", "decide", "want", "seek", "propose", "go"}
_VERBAL = {"VERB", "AUX"}
_SCHEDULE_VERBS = {"take", "begin", "start", "open", "close", "end", "expire", "resume", "run", "hold", "meet",
                   "launch", "arrive", "leave", "return", "visit", "vote", "travel", "head", "kick", "come"}


class TokenIndex:
    """Character offset -> token index, over the document's cached token starts."""

    __slots__ = ("tokens", "starts")

    def __init__(self, doc: NewsDoc):
        self.tokens = doc.tokens
        self.starts = doc.token_starts()

    def at(self, offset: int) -> int | None:
        k = bisect.bisect_right(self.starts, offset) - 1
        if k < 0:
            return None
        return k

    def span(self, start: int, end: int) -> range:
        a = bisect.bisect_left(self.starts, start)
        # a span starting inside a token (mid-2020 split oddly) still gets that token
        if a > 0 and (a >= len(self.starts) or self.starts[a] > start) and self.tokens[a - 1].end > start:
            a -= 1
        b = bisect.bisect_left(self.starts, end)
        return range(a, max(b, a))


def span_root(tokens: list[Token], rng: range) -> int | None:
    """The token of ``rng`` whose head lies outside it (the phrase's syntactic root)."""
    if not rng:
        return None
    for i in rng:
        h = tokens[i].head
        if h == i or h < rng.start or h >= rng.stop:
            return i
    return rng.start


def clause_head(tokens: list[Token], i: int, max_steps: int = 16) -> int:
    """The verb that governs token ``i`` (itself when it is a verb), or the sentence root."""
    cur = i
    for _ in range(max_steps):
        t = tokens[cur]
        if t.pos in _VERBAL and t.dep not in ("aux", "auxpass"):
            return cur
        if t.head == cur:
            return cur
        cur = t.head
    return cur


def verb_tense(view: ParseView, v: int) -> str | None:
    """'past', 'future', 'present' or None for the verb at index ``v`` (``view``: the
    document's parse view, ``doc.view``)."""
    tokens = view.tokens
    t = tokens[v]
    if t.pos not in _VERBAL:
        return None
    kids = view.children(v)
    auxes = [c for c in kids if c.dep in ("aux", "auxpass") or c.tag == "MD"]
    words = {c.text.lower() for c in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if any(c.text.lower() == "going" for c in auxes) and t.tag == "VB":
        return "future"
    if "to" in words:
        h = tokens[t.head]
        if h.i != v and h.text.lower() in _BE_FINITE:
            # "is to be held", "are to travel": the be-to construction schedules
            return "future"
    if words & _PAST_AUX or any(c.tag == "VBD" for c in auxes):
        return "past"
    if words & _PRESENT_PERFECT and t.tag == "VBN":
        return "past"
    if t.tag == "VBD":
        return "past"
    if t.tag == "VB" and any(c.tag == "MD" for c in auxes):
        # would/could/may/might: hypothetical, read as not-past
        return "future"
    if t.tag == "VB" and any(c.text.lower() == "to" for c in kids):
        # infinitive: its governor decides ("expected to lead" -> future)
        h = tokens[t.head]
        if h.i != v and h.lemma.lower() in _FUTURE_GOVERNORS:
            return "future"
        if h.i != v and h.i != t.i:
            return verb_tense(view, h.i) if h.pos in _VERBAL else None
        return None
    if t.tag == "VBN" and not auxes:
        # reduced relative or participle clause: "an offensive launched in April"
        return "past"
    if t.tag in ("VBZ", "VBP"):
        # a present that schedules: "elections take place in December", "the deal expires in May"
        return "future" if t.lemma.lower() in _SCHEDULE_VERBS else "present"
    if t.tag == "VBG" and words & _BE_FINITE:
        # the futurate progressive: "I am going to Italy in November", "they are
        # meeting on Friday"; a dated present progressive arranges the future
        return "future"
    if t.tag == "VBG":
        h = tokens[t.head]
        if h.i != v and h.pos in _VERBAL:
            return verb_tense(view, h.i)
        if not auxes and h.i != v:
            # a bare gerund under a preposition or noun ("shortly after opening Friday")
            # says nothing about time
            return None
        return "present"
    return None


def tense_of_span(doc: NewsDoc, index: TokenIndex, start: int, end: int) -> str | None:
    """Tense of the verb governing the timex at [start, end)."""
    tokens = doc.tokens
    if not tokens:
        return None
    root = span_root(tokens, index.span(start, end))
    if root is None:
        return None
    v = clause_head(tokens, tokens[root].head if tokens[root].head != root else root)
    return verb_tense(doc.view, v)


def governing(doc: NewsDoc, index: TokenIndex, start: int, end: int) -> tuple[Token | None, Token | None]:
    """(the span's root token, the verb that governs it) -- either None when unknown."""
    tokens = doc.tokens
    if not tokens:
        return None, None
    root = span_root(tokens, index.span(start, end))
    if root is None:
        return None, None
    v = clause_head(tokens, tokens[root].head if tokens[root].head != root else root)
    return tokens[root], (tokens[v] if tokens[v].pos in _VERBAL else None)


def attachment(doc: NewsDoc, index: TokenIndex, start: int, end: int) -> Token | None:
    """The word a timex phrase modifies, looking through its preposition.

    "a campaign planned for 1976" -> planned; "the cutoff in 1976" -> cutoff.
    """
    tokens = doc.tokens
    if not tokens:
        return None
    root = span_root(tokens, index.span(start, end))
    if root is None:
        return None
    h = tokens[root].head
    if h == root:
        return None
    if tokens[h].dep == "prep" or tokens[h].pos == "ADP":
        h2 = tokens[h].head
        return tokens[h2] if h2 != h else None
    return tokens[h]


def habitual(doc: NewsDoc, index: TokenIndex, start: int, end: int, adverbs: frozenset[str]) -> bool:
    """Whether the verb governing [start, end) is modified by a habitual adverb
    ("she usually started work at 6am", "the shop normally closes at noon")."""
    _, verb = governing(doc, index, start, end)
    if verb is None:
        return False
    return any(c.text.lower() in adverbs and c.dep == "advmod" for c in doc.view.children(verb.i))
