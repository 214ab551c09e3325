"""How approving or harsh a word is: the VADER valence lexicon, read from its package.

VADER (Hutto and Gilbert 2014; the ``vaderSentiment`` package, MIT) rates about
7,500 English words from -4 (most negative) to +4 by the mean of ten human
ratings. The file ships with the pinned dependency and is read from it, once
per process; nothing is downloaded. The speech-act coder uses it to tell a
judgment ("called the deal lousy", "an unacceptable act") from a neutral
label, and praise from blame.

VADER was rated on social media text and lacks much of the vocabulary of political
judgment ("sham", "heinous", "unconstitutional"); ``lang/en/valence_politics.psv`` adds
those words on the same scale, without overriding a word VADER rates.
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


@lru_cache(maxsize=1)
def political_valence() -> dict[str, float]:
    """word -> valence from ``valence_politics.psv`` (checked: a number in -4..4 per word)."""
    from newsgraph.lang.tables import data_file, read_rows

    out: dict[str, float] = {}
    for row in read_rows(data_file("valence_politics.psv"), min_fields=2, max_fields=2,
                         key=lambda f: f[0].lower(), shape="word | valence").rows:
        try:
            val = float(row.fields[1])
        except ValueError:
            raise row.error(f"valence must be a number: {row.fields[1]!r}") from None
        if not -4.0 <= val <= 4.0:
            raise row.error(f"valence must lie in -4..4: {val}")
        out[row.fields[0].lower()] = val
    return out


def valence(word: str, lemma: str | None = None) -> float | None:
    """The valence of a word (or its lemma), None when the lexicon has neither."""
    for lex in (valence_lexicon(), political_valence()):
        v = lex.get(word.lower())
        if v is None and lemma:
            v = lex.get(lemma.lower())
        if v is not None:
            return v
    return None
