"""Quote-mark scanner: quoted spans in raw text, whatever the mark style.

Real news copy mixes straight and curly marks, sometimes within one pair (a
quote opened with ``"`` and closed with ``”``), uses guillemets, uses single
marks for headline quotes, and runs long quotes over paragraph breaks by the
wire convention: every paragraph of the quote opens with a mark and only the
last one closes. The scanner therefore decides whether a mark *opens* or
*closes* from its context first (a mark after a space and before a word opens;
one after a word and before a space or punctuation closes) and from its glyph
only when the context says nothing, and pairs marks by that role, not by
glyph.

It works on characters, not on sentences: the parser often splits a closing
mark off into a sentence of its own, and quotes cross sentence boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Same notion of a paragraph break as the nlp stage: a blank line, or a
# newline followed by indentation (wire copy indents new paragraphs).
PARA_BREAK = re.compile(r"\n[ \t]*\n\s*|\n[ \t]+")

DOUBLE_OPEN = frozenset("“„‟«")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_AMBIG = frozenset('"')
SINGLE_OPEN = frozenset("‘‹")
SINGLE_CLOSE = frozenset("’›")
SINGLE_AMBIG = frozenset("'")

# Two apostrophes (or two backticks) stand for a double mark in archive and
# TeX-style copy: ''like this'' or ``like this''.
_DOUBLE = re.compile("''|``|[\"“”„‟«»]")
_SINGLE = re.compile("['‘’‹›]")

# characters after which a mark starts a quote: start of text, space, an
# opening bracket or a dash
_BEFORE_OPEN = frozenset(" \t\n\r([{—–-/\u00a0")
# characters after which (i.e. following the mark) a mark ends a quote
_AFTER_CLOSE = frozenset(" \t\n\r.,;:!?)]}—–-\u00a0…")

#: a single-quoted span longer than this is taken to be an accident of
#: apostrophes, not a quote (single marks quote short phrases and headlines)
MAX_SINGLE = 300


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quoted stretch: ``start``/``end`` include the marks, ``inner`` does not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    single: bool = False
    #: paragraph breaks the quote runs over (wire-style continuation)
    continued: int = 0

    @property
    def inner(self) -> tuple[int, int]:
        return (self.inner_start, self.inner_end)


def _role(text: str, i: int, opens: frozenset, closes: frozenset, width: int = 1) -> str:
    """'open', 'close' or '?' for the mark at ``i``, context first, glyph second."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    before_ok = prev in _BEFORE_OPEN or prev in DOUBLE_OPEN or prev in SINGLE_OPEN
    after_ok = nxt in _AFTER_CLOSE or nxt in DOUBLE_CLOSE or nxt in SINGLE_CLOSE or nxt in "'\""
    if before_ok and not after_ok:
        return "open"
    if after_ok and not before_ok:
        return "close"
    ch = text[i : i + width]
    if ch in opens or ch == "``":
        return "open"
    if ch in closes:
        return "close"
    return "?"


def _breaks_between(breaks: list[tuple[int, int]], a: int, b: int) -> list[tuple[int, int]]:
    return [br for br in breaks if a < br[0] < b]


def scan_double(text: str, breaks: list[tuple[int, int]] | None = None) -> list[QuotedSpan]:
    """Double-quoted spans (straight, curly, low-9 and guillemets)."""
    if breaks is None:
        breaks = [(m.start(), m.end()) for m in PARA_BREAK.finditer(text)]
    out: list[QuotedSpan] = []
    open_at: int | None = None
    open_width = 1
    continued = 0
    for m in _DOUBLE.finditer(text):
        i = m.start()
        width = m.end() - m.start()
        role = _role(text, i, DOUBLE_OPEN, DOUBLE_CLOSE, width)
        if role == "?":
            role = "close" if open_at is not None else "open"
        if open_at is not None:
            crossed = _breaks_between(breaks, open_at, i)
            if crossed:
                last_break_end = crossed[-1][1]
                at_para_start = not text[last_break_end:i].strip()
                if role == "open" and at_para_start:
                    # wire convention: the quote goes on in this paragraph
                    continued = len(crossed)
                    continue
                if continued < len(crossed):
                    # the quote never closed before a paragraph that does not
                    # carry it on: the earlier mark was stray, unless it opened
                    # a sentence, when the writer forgot the closing mark
                    # ('“His candidacy has defied all conventions.' ending a paragraph)
                    unclosed = _unclosed(text, open_at, open_width, crossed[continued][0], continued)
                    if unclosed is not None:
                        out.append(unclosed)
                    open_at, continued = None, 0
        if role == "open":
            # a second opener before any closer: keep the later one (the
            # earlier was a stray or an inch mark)
            open_at, open_width, continued = i, width, 0
        elif open_at is not None:
            if i > open_at + open_width:
                out.append(QuotedSpan(open_at, i + width, open_at + open_width, i, False, continued))
            open_at, continued = None, 0
    return out


def _unclosed(text: str, open_at: int, width: int, para_end: int, continued: int) -> QuotedSpan | None:
    """A quote opened at the start of a sentence and left open to its paragraph's end."""
    before = text[:open_at].rstrip(" \t")
    if before and before[-1] not in ".!?:\n":
        return None
    inner = text[open_at + width : para_end].rstrip()
    if len(inner.split()) < 3 or inner[-1:] not in ".!?" or any(ch in inner for ch in "\"“”„«»"):
        return None
    return QuotedSpan(open_at, open_at + width + len(inner), open_at + width, open_at + width + len(inner), False, continued)


def scan_single(text: str, skip: list[QuotedSpan] = (), breaks=None) -> list[QuotedSpan]:
    """Single-quoted spans outside ``skip`` (the double-quoted spans).

    A single mark inside a word is an apostrophe (``don't``, ``Clinton’s``);
    a closer must be followed by a space or punctuation and the pair must sit
    in one paragraph, within :data:`MAX_SINGLE` characters.
    """
    if breaks is None:
        breaks = [(m.start(), m.end()) for m in PARA_BREAK.finditer(text)]
    covered = [(q.start, q.end) for q in skip]
    # a pair of apostrophes is a double mark, never a single one
    marks = [m.start() for m in _SINGLE.finditer(text)
             if text[m.start() : m.start() + 2] != "''" and (m.start() == 0 or text[m.start() - 1 : m.start() + 1] != "''")]
    out: list[QuotedSpan] = []
    k = 0
    while k < len(marks):
        i = marks[k]
        k += 1
        if any(a <= i < b for a, b in covered):
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if not ((prev in _BEFORE_OPEN or prev in DOUBLE_OPEN) and nxt.isalpha()):
            continue
        # find the closer
        for kk in range(k, len(marks)):
            j = marks[kk]
            if j - i > MAX_SINGLE or _breaks_between(breaks, i, j):
                break
            pj = text[j - 1]
            nj = text[j + 1] if j + 1 < len(text) else " "
            if pj.isspace() or nj.isalnum():
                continue  # apostrophe inside a word, or another opener
            if j > i + 1:
                out.append(QuotedSpan(i, j + 1, i + 1, j, True, 0))
            k = kk + 1
            break
    return out


def scan(text: str) -> list[QuotedSpan]:
    """All top-level quoted spans, in text order."""
    breaks = [(m.start(), m.end()) for m in PARA_BREAK.finditer(text)]
    doubles = scan_double(text, breaks)
    singles = scan_single(text, doubles, breaks)
    return sorted(doubles + singles, key=lambda q: q.start)
