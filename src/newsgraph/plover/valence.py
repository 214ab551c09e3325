"""How approving or harsh a word is: the VADER valence lexicon, read from its package.

VADER (Hutto and Gilbert 2014; the ``vaderSentiment`` package, MIT) rates about
7,500 English words from -4 (most negative) to +4 by the mean of ten human
ratings. The file ships with the pinned dependency and is read from it, once
per process; nothing is downloaded. The speech-act coder uses it to tell a
judgment ("called the deal lousy", "an unacceptable act") from a neutral
label, and praise from blame.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


class ValenceError(ValueError):
    """The valence lexicon is missing or malformed; the message says which line."""


@lru_cache(maxsize=1)
def valence_lexicon() -> dict[str, float]:
    """word -> mean valence (-4..4), lower-cased."""
    try:
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ValenceError(f"the valence lexicon needs the vaderSentiment package ({exc}); "
                           "reinstall newsgraph with its dependencies") from None
    out: dict[str, float] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        try:
            out[parts[0].lower()] = float(parts[1])
        except (IndexError, ValueError):
            raise ValenceError(f"vader_lexicon.txt:{n}: expected 'word<TAB>valence<TAB>...': {line[:60]!r}") from None
    return out


def valence(word: str, lemma: str | None = None) -> float | None:
    """The valence of a word (or its lemma), None when the lexicon has neither."""
    lex = valence_lexicon()
    v = lex.get(word.lower())
    if v is None and lemma:
        v = lex.get(lemma.lower())
    return v
