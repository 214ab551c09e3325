"""Country aliases and adjectives (lang/en/places_country_*.psv), read by gazetteer.countries."""

from __future__ import annotations

import pytest

from newsgraph.gazetteer.countries import COUNTRY_ALIASES, DEMONYMS, read_country_aliases, read_country_demonyms
from newsgraph.lang.tables import TableError


def test_the_built_in_tables_name_countries_by_code():
    assert COUNTRY_ALIASES["britain"] == "GB" and COUNTRY_ALIASES["kosovo"] == "XK"
    assert DEMONYMS["Turkish"] == "TR" and DEMONYMS["South Sudanese"] == "SS"


def _write(tmp_path, name, body):
    path = tmp_path / name
    path.write_text("# version: test-1\n" + body, encoding="utf-8")
    return path


def test_a_malformed_line_is_named_by_file_and_line(tmp_path):
    path = _write(tmp_path, "places_country_aliases.psv", "britain | GB\nholland NL\n")
    with pytest.raises(TableError, match=r"places_country_aliases.psv:3: expected 'alias \| ISO alpha-2'"):
        read_country_aliases(path)


def test_unknown_codes_duplicates_and_case_are_rejected(tmp_path):
    with pytest.raises(TableError, match=r"places_country_aliases.psv:2: unknown country code 'UK'"):
        read_country_aliases(_write(tmp_path, "places_country_aliases.psv", "britain | UK\n"))
    with pytest.raises(TableError, match=r"places_country_aliases.psv:3: duplicate key 'burma'"):
        read_country_aliases(_write(tmp_path, "places_country_aliases.psv", "burma | MM\nburma | MM\n"))
    with pytest.raises(TableError, match=r"places_country_aliases.psv:2: aliases are written lower case"):
        read_country_aliases(_write(tmp_path, "places_country_aliases.psv", "Britain | GB\n"))
    with pytest.raises(TableError, match=r"places_country_demonyms.psv:2: an adjective of place is capitalised"):
        read_country_demonyms(_write(tmp_path, "places_country_demonyms.psv", "turkish | TR\n"))
    assert read_country_demonyms(_write(tmp_path, "places_country_demonyms.psv", "Kosovar | XK\n")) == {"Kosovar": "XK"}
