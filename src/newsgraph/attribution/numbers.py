"""Numbers as news writes them: numerals, number words, vague plurals, bounds.

``parse_numeral("20,000") == 20000``; ``parse_words(["two", "hundred"]) == 200``;
``vague_quantity("dozens")`` gives the least value the word commits to (24)
with the bound ``at least``. Bounds come from the words before the number
("at least", "more than", "up to", "about", "between ... and ...").
"""

from __future__ import annotations

import re

from newsgraph.lang.tables import data_file, parse_number, read_kinds

#: kinds of row in attribution_numbers.psv; every kind but BOUND has a number for value
_KINDS = ("UNIT", "TEN", "SCALE", "GROUP", "VAGUE", "PLURAL_SCALE", "BOUND")
#: the bounds a phrase before a number can set
BOUNDS = ("at least", "more than", "at most", "fewer than", "about")


def load_number_words(path=None) -> tuple[str, dict[str, dict[str, float | int | str]]]:
    """(version, kind -> words -> value) of ``attribution_numbers.psv`` (or ``path``), checked:
    a known kind, lower-case words, a number (or, for BOUND, a known bound), each pair once."""
    version, rows = read_kinds(path or data_file("attribution_numbers.psv"), _KINDS, fields=3,
                               shape="KIND | words | value")
    out: dict[str, dict[str, float | int | str]] = {k: {} for k in _KINDS}
    for row, kind, words, (value,) in rows:
        if kind == "BOUND":
            if value not in BOUNDS:
                raise row.error(f"unknown bound {value!r}; known: {', '.join(BOUNDS)}")
            out[kind][words] = value
            continue
        try:
            out[kind][words] = parse_number(value)
        except ValueError:
            raise row.error(f"a {kind} value is a number: {value!r}") from None
        if " " in words:
            raise row.error(f"a {kind} is one word: {words!r}")
    return version, out


NUMBERS_VERSION, _NUMBER_WORDS = load_number_words()
_UNITS = _NUMBER_WORDS["UNIT"]
_TENS = _NUMBER_WORDS["TEN"]
_SCALES = _NUMBER_WORDS["SCALE"]
#: words that fix a number on their own ("a dozen" is twelve, about)
_GROUP_WORDS = _NUMBER_WORDS["GROUP"]
#: vague plurals: the least value they commit to, read as "at least"
VAGUE = _NUMBER_WORDS["VAGUE"]
_PLURAL_SCALES = _NUMBER_WORDS["PLURAL_SCALE"]

_NUMERAL = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)(k|m|bn|mln|bln|tn)$", re.IGNORECASE)

#: bound words before a number, longest first; the value is the bound name
BOUND_PHRASES: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(((tuple(w.split()), b) for w, b in _NUMBER_WORDS["BOUND"].items()), key=lambda p: -len(p[0]))
)


def parse_numeral(text: str) -> float | None:
    """A numeral token: ``20,000``, ``1.5``, ``3m``; None when it is not one."""
    t = text.strip().lower()
    if _NUMERAL.match(t):
        try:
            return float(t.replace(",", ""))
        except ValueError:
            return None
    m = _SUFFIXED.match(t)
    if m:
        return float(m.group(1)) * _SCALES[m.group(2).lower()]
    return None


def word_value(word: str) -> float | None:
    """The value of one number word ("twenty-five" counts as one word)."""
    w = word.lower()
    if w in _UNITS:
        return float(_UNITS[w])
    if w in _TENS:
        return float(_TENS[w])
    if "-" in w:
        a, _, b = w.partition("-")
        if a in _TENS and b in _UNITS and 0 < _UNITS[b] < 10:
            return float(_TENS[a] + _UNITS[b])
    return None


def is_scale(word: str) -> bool:
    """A scale word that multiplies the number before it ("million", "bn")."""
    return word.lower() in _SCALES


def parse_words(words: list[str]) -> float | None:
    """A run of number tokens: ``["1.5", "million"]``, ``["two", "hundred", "thousand"]``,
    ``["a", "dozen"]``. None if the run is not a number."""
    total = 0.0
    current: float | None = None
    seen = False
    for raw in words:
        w = raw.lower().strip()
        if w in ("and", ",", "-"):
            continue
        if w in ("a", "an"):
            # "a hundred", "a dozen": an implicit one
            if current is None:
                current = 1.0
            continue
        v = parse_numeral(w)
        if v is None:
            v = word_value(w)
        if v is not None:
            current = v if (current is None or not seen) else current + v
            seen = True
            continue
        if w in _SCALES and (w in ("hundred", "thousand", "million", "billion", "trillion") or seen):
            base = current if current is not None else 1.0
            if _SCALES[w] == 100:
                current = base * 100
            else:
                total += base * _SCALES[w]
                current = None
            seen = True
            continue
        if w in _GROUP_WORDS:
            current = (current if current is not None else 1.0) * _GROUP_WORDS[w]
            seen = True
            continue
        return None
    if not seen:
        return None
    # 8.2 * 1e6 is 8199999.999999999 in binary floating point
    return round(total + (current or 0.0), 6)




def vague_quantity(words: list[str]) -> tuple[float, str] | None:
    """Vague plurals, read as the least value they commit to:
    ``dozens`` -> (24, "at least"), ``tens of thousands`` -> (20000, "at least")."""
    ws = [w.lower() for w in words if w.lower() != "of"]
    if not ws or ws[0] not in VAGUE:
        return None
    value = float(VAGUE[ws[0]])
    for w in ws[1:]:
        if w not in _PLURAL_SCALES:
            return None
        value *= _PLURAL_SCALES[w]
    return value, "at least"


def bound_before(words: list[str]) -> tuple[str, int] | None:
    """The bound phrase that ends ``words`` (lower-cased), and its length in words."""
    ws = [w.lower() for w in words]
    for phrase, bound in BOUND_PHRASES:
        n = len(phrase)
        if len(ws) >= n and tuple(ws[-n:]) == phrase:
            return bound, n
    return None
