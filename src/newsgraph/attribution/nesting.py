"""Nested attributions: a report inside another report.

In "According to CNN, Sanders said the plan failed" CNN reports that Sanders
said something: Sanders's quote lies *within* CNN's. Both are kept; the inner
one carries a link to the outer, so a reader can tell the statement an
outlet or a witness relays from one made to the reporter, and an evaluation
against a univocal corpus (PolNeAR holds the outer attribution only) can
fold the inner one into the outer.

A quote is within another when its cue, and its speaker when it has one,
lie inside the other's content. Of several such outers the innermost (the
shortest content) is the one that reports it directly.
"""

from __future__ import annotations

from typing import Protocol, Sequence


class _Quoted(Protocol):
    id: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    speaker_span: tuple[int, int] | None


def within(quotes: Sequence[_Quoted]) -> dict[str, str]:
    """``{inner quote id: id of the quote that reports it}``."""
    links: dict[str, str] = {}
    for q in quotes:
        if q.cue is None:
            continue
        best = None
        for o in quotes:
            if o is q:
                continue
            lo, hi = o.content
            if not (lo <= q.cue[0] and q.cue[1] <= hi):
                continue
            if q.speaker_span is not None and not (lo <= q.speaker_span[0] and q.speaker_span[1] <= hi):
                continue
            if o.content[1] - o.content[0] <= q.content[1] - q.content[0]:
                continue  # an outer holds more than what it relays
            if best is None or o.content[1] - o.content[0] < best.content[1] - best.content[0]:
                best = o
        if best is not None:
            links[q.id] = best.id
    return links
