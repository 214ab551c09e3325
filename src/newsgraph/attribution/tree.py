"""Dependency-tree helpers over the document model's tokens.

Subtree edges and noun phrases over the document's one parse view (``doc.view``,
:class:`newsgraph.model.ParseView`, whose children lists are built once per
document), so the quotes and claims engines ask for them without Python loops
over the whole document per question.
"""

from __future__ import annotations

from newsgraph.model import NewsDoc, Token

#: dependents that are not part of a speaker's or subject's name
_NP_DROP = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "cc", "conj", "ccomp"})
_PUNCT_EDGE = frozenset("\"'“”‘’„«»,;:.!?-–—()[]")


class Tree:
    """Children and subtree edges of a parsed document."""

    def __init__(self, doc: NewsDoc):
        self.doc = doc
        self.view = doc.view
        self.tokens = doc.tokens
        self.kids: list[list[int]] = self.view.kids
        self._left: dict[int, int] = {}
        self._right: dict[int, int] = {}

    def children(self, i: int, *deps: str) -> list[Token]:
        return self.view.children(i, *deps)

    def child(self, i: int, *deps: str) -> Token | None:
        return self.view.child(i, *deps)

    def edges(self, i: int) -> tuple[int, int]:
        """First and last token index of the subtree of token ``i`` (inclusive)."""
        if i in self._left:
            return self._left[i], self._right[i]
        lo = hi = i
        stack = [i]
        while stack:
            k = stack.pop()
            if k < lo:
                lo = k
            if k > hi:
                hi = k
            stack.extend(self.kids[k])
        self._left[i], self._right[i] = lo, hi
        return lo, hi

    def edges_without(self, i: int, drop: frozenset[str]) -> tuple[int, int]:
        """Subtree edges of ``i`` leaving out children whose relation is in ``drop``."""
        lo = hi = i
        for k in self.kids[i]:
            if self.tokens[k].dep in drop:
                continue
            a, b = self.edges(k)
            lo, hi = min(lo, a), max(hi, b)
        return lo, hi

    def noun_phrase(self, i: int) -> tuple[int, int]:
        """The name part of the phrase headed by ``i``: compounds, modifiers and
        prepositional attachments, without relative clauses or appositions."""
        lo, hi = self.edges_without(i, _NP_DROP)
        return self.trim(lo, hi)

    def trim(self, lo: int, hi: int) -> tuple[int, int]:
        """Drop punctuation and quote marks at both ends of a token range."""
        toks = self.tokens
        # conjunctions left dangling at an edge ("..., and") go too
        while lo < hi and (toks[lo].pos in ("PUNCT", "SPACE", "CCONJ") or toks[lo].text in _PUNCT_EDGE):
            lo += 1
        while hi > lo and (toks[hi].pos in ("PUNCT", "SPACE", "CCONJ") or toks[hi].text in _PUNCT_EDGE):
            hi -= 1
        return lo, hi

    def char_span(self, lo: int, hi: int) -> tuple[int, int]:
        return self.tokens[lo].start, self.tokens[hi].end

    def ancestors(self, i: int, limit: int = 12):
        """Heads of token ``i`` upwards to the root (at most ``limit`` steps)."""
        t = self.tokens[i]
        for _ in range(limit):
            if t.head == t.i:
                return
            t = self.tokens[t.head]
            yield t
