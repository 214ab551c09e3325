"""US state abbreviations and direction words (lang/en/places_regions_words.psv), read by gazetteer.regions."""

from __future__ import annotations

import pytest

from newsgraph.gazetteer.regions import DIRECTIONS, US_STATE_ABBREVIATIONS, read_region_words
from newsgraph.lang.tables import TableError


def test_the_built_in_words():
    assert US_STATE_ABBREVIATIONS["calif"] == "CA" and US_STATE_ABBREVIATIONS["wva"] == "WV"
    assert DIRECTIONS["south-western"] == (-0.7, -0.7) and DIRECTIONS["central"] == (0, 0)


def _read(tmp_path, body):
    path = tmp_path / "places_regions_words.psv"
    path.write_text("# version: test-1\n" + body, encoding="utf-8")
    return read_region_words(path)


def test_a_small_file_reads(tmp_path):
    assert _read(tmp_path, "STATE_ABBREVIATION | tex | TX\nDIRECTION | northeast | 0.7,0.7\n") == (
        {"tex": "TX"}, {"northeast": (0.7, 0.7)})


def test_a_malformed_line_is_named_by_file_and_line(tmp_path):
    with pytest.raises(TableError, match=r"places_regions_words.psv:3: expected 'KIND \| word \| value'"):
        _read(tmp_path, "STATE_ABBREVIATION | tex | TX\nDIRECTION | north\n")
    with pytest.raises(TableError, match=r"places_regions_words.psv:2: a direction is 'north,east'"):
        _read(tmp_path, "DIRECTION | north | 1\n")


def test_unknown_kinds_codes_case_and_duplicates_are_rejected(tmp_path):
    with pytest.raises(TableError, match=r"places_regions_words.psv:2: unknown kind 'COMPASS'"):
        _read(tmp_path, "COMPASS | north | 1,0\n")
    with pytest.raises(TableError, match=r"places_regions_words.psv:2: unknown US state code 'XX'"):
        _read(tmp_path, "STATE_ABBREVIATION | tex | XX\n")
    with pytest.raises(TableError, match=r"places_regions_words.psv:2: words are lower case"):
        _read(tmp_path, "STATE_ABBREVIATION | Tex | TX\n")
    with pytest.raises(TableError, match=r"places_regions_words.psv:3: duplicate key \('DIRECTION', 'north'\)"):
        _read(tmp_path, "DIRECTION | north | 1,0\nDIRECTION | north | 0,1\n")
