"""A read-only view of one document's dependency parse, built once per doc.

The document model stores each token's head; the engines need the other
direction (children by relation) many times per sentence, so it is indexed
once here instead of scanning the sentence for every question. The view also
keeps each token's lower-cased form and lemma, so rules do not lower-case the
same strings again and again. Get it with ``doc.view``: built on first use and
rebuilt when a stage replaces the token list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.model import NewsDoc, Token

SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# relations that stay inside a noun phrase when we look for the actor it names
NP_INNER = frozenset({"compound", "amod", "poss", "nmod", "flat", "det", "nummod", "quantmod", "npadvmod"})


class ParseView:
    __slots__ = ("doc", "tokens", "kids", "low", "lem")

    def __init__(self, doc: NewsDoc):
        self.doc = doc
        self.tokens: list[Token] = doc.tokens
        kids: list[list[int]] = [[] for _ in doc.tokens]
        for t in doc.tokens:
            if t.head != t.i:
                kids[t.head].append(t.i)
        self.kids = kids
        #: lower-cased text and lemma of each token, by token index
        self.low: list[str] = [t.text.lower() for t in doc.tokens]
        self.lem: list[str] = [t.lemma.lower() for t in doc.tokens]

    def tok(self, i: int) -> Token:
        return self.tokens[i]

    def children(self, i: int, *deps: str) -> list[Token]:
        toks = self.tokens
        if not deps:
            return [toks[k] for k in self.kids[i]]
        return [toks[k] for k in self.kids[i] if toks[k].dep in deps]

    def child(self, i: int, *deps: str) -> Token | None:
        toks = self.tokens
        for k in self.kids[i]:
            if toks[k].dep in deps:
                return toks[k]
        return None

    def head(self, i: int) -> Token | None:
        t = self.tokens[i]
        return None if t.head == i else self.tokens[t.head]

    def conjuncts(self, i: int) -> list[Token]:
        """The token and every token coordinated with it ("Egypt, the UAE, Russia and France")."""
        out = [self.tokens[i]]
        stack = [i]
        while stack:
            k = stack.pop()
            for c in self.kids[k]:
                if self.tokens[c].dep == "conj":
                    out.append(self.tokens[c])
                    stack.append(c)
        return out

    def preps(self, i: int, *words: str) -> list[Token]:
        """Objects of the prepositions ``words`` attached to token i ("talks WITH x")."""
        out = []
        toks = self.tokens
        for k in self.kids[i]:
            t = toks[k]
            if t.dep in ("prep", "agent", "dative") and t.text.lower() in words:
                for c in self.kids[k]:
                    if toks[c].dep in ("pobj", "pcomp"):
                        out.append(toks[c])
        return out

    def for_clauses(self, i: int) -> list[Token]:
        """Heads of "for X to do Y" clauses of verb i ("called for the government to resign"):
        an adverbial clause marked "for" with a subject of its own."""
        out = []
        for k in self.kids[i]:
            a = self.tokens[k]
            if a.dep == "advcl" and any(self.tokens[m].text.lower() == "for" and self.tokens[m].dep == "mark"
                                        for m in self.kids[a.i]) and any(
                    self.tokens[m].dep in ("nsubj", "nsubjpass") for m in self.kids[a.i]):
                out.append(a)
        return out

    def particle(self, i: int) -> str | None:
        for k in self.kids[i]:
            t = self.tokens[k]
            if t.dep == "prt":
                return t.text.lower()
        return None

    def subtree_span(self, i: int) -> tuple[int, int]:
        """Token index range [lo, hi] of the subtree of token i."""
        lo = hi = i
        stack = [i]
        while stack:
            k = stack.pop()
            lo, hi = min(lo, k), max(hi, k)
            stack.extend(self.kids[k])
        return lo, hi

    def ancestors(self, i: int):
        seen = 0
        t = self.tokens[i]
        while t.head != t.i and seen < 64:
            t = self.tokens[t.head]
            seen += 1
            yield t
