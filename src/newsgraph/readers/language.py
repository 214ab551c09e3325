"""Is this text English? A warning, naming the language, for documents the English pipeline cannot read.

Two cheap signals, both from data files in ``readers/data``: the writing system
of the letters (``scripts.psv``: Arabic, CJK, Cyrillic ... and the languages
written in them) and, for the Latin alphabet, which language's commonest words
the text uses (``function_words.txt``). Nothing is dropped: the document is
stored as it is, with the warning, so the user knows why nothing was extracted.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

from newsgraph.lang.tables import TableError, read_classes, read_rows

DATA = Path(__file__).resolve().parent / "data"

# How much text is looked at: enough to decide, cheap on a long document.
_SAMPLE = 5_000
# A script other than Latin must cover this share of the letters to count.
_SCRIPT_SHARE = 0.5
# Below this many words the function-word signal is noise.
_MIN_WORDS = 25
_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=1)
def scripts() -> dict[str, str]:
    """Script key (first word of the Unicode name) -> the languages usually written in it."""
    table = read_rows(DATA / "scripts.psv", min_fields=2, max_fields=2, shape="SCRIPT | languages")
    out = {}
    for row in table.rows:
        key, languages = row.fields
        if not key.isupper() or not key.isalpha():
            raise row.error(f"script {key!r} must be the upper-case first word of Unicode names, e.g. ARABIC")
        out[key] = languages
    return out


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Language name -> its commonest short words (lower case)."""
    path = DATA / "function_words.txt"
    _, classes, lines = read_classes(path)
    if "English" not in classes:
        raise TableError(f"{path}:1: no 'English:' line; the language check compares every language with English")
    for name, words in classes.items():
        bad = sorted(w for w in words if w != w.lower())
        if bad:
            raise TableError(f"{path}:{lines[name]}: words must be lower case: {', '.join(bad)}")
    return classes


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def language_warning(text: str) -> str | None:
    """A warning when the text is not English, naming the language; None for English text."""
    sample = text[:_SAMPLE]
    wide = _NON_ASCII.findall(sample)
    # only characters outside ASCII can be of another script: most texts skip the per-letter look-up
    if len(wide) * 4 >= len(sample):
        total = sum(1 for ch in sample if ch.isalpha())
        letters = Counter(_script(ch) for ch in wide if ch.isalpha())
        known = scripts()
        script, n = max(((s, c) for s, c in letters.items() if s in known), key=lambda x: x[1], default=("", 0))
    else:
        total, n = 1, 0
    if total and n / total >= _SCRIPT_SHARE:
        return (
            f"language: the text is mostly in {script.title()} script ({known[script]}); the pipeline reads "
            "English only, so little or nothing is extracted from it"
        )
    words = Counter(w.lower() for w in _WORD.findall(sample))
    n_words = sum(words.values())
    if n_words < _MIN_WORDS:
        return None
    shares = {lang: sum(words[w] for w in vocab) / n_words for lang, vocab in function_words().items()}
    best = max(shares, key=shares.get)
    if best != "English" and shares[best] > 1.5 * shares["English"]:
        return (
            f"language: the text looks {best}, not English ({shares[best]:.0%} of its words are common {best} "
            f"words, {shares['English']:.0%} English ones); the pipeline reads English only, so little is "
            "extracted from it"
        )
    return None
