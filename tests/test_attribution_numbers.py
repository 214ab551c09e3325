"""Number words (lang/en/attribution_numbers.psv) and their checked loader."""

from __future__ import annotations

import pytest

from newsgraph.attribution.numbers import (
    BOUND_PHRASES, NUMBERS_VERSION, VAGUE, bound_before, load_number_words, parse_numeral, parse_words,
    vague_quantity, word_value,
)
from newsgraph.lang.tables import TableError


def test_numbers_read_as_before():
    assert NUMBERS_VERSION.startswith("newsgraph-attribution-numbers-")
    assert word_value("twenty-five") == 25
    assert parse_words(["two", "hundred", "thousand"]) == 200_000
    assert parse_words(["a", "dozen"]) == 12
    assert parse_numeral("3bn") == 3_000_000_000
    assert vague_quantity(["tens", "of", "thousands"]) == (20_000, "at least")
    assert VAGUE["dozens"] == 24


def test_the_longest_bound_phrase_wins():
    assert bound_before(["there", "were", "no", "more", "than"]) == ("at most", 3)
    assert bound_before(["just", "over"]) == ("about", 2)
    assert [len(p) for p, _ in BOUND_PHRASES] == sorted((len(p) for p, _ in BOUND_PHRASES), reverse=True)


def _load(tmp_path, body):
    path = tmp_path / "attribution_numbers.psv"
    path.write_text("# version: test-1\n" + body, encoding="utf-8")
    return load_number_words(path)


def test_a_small_file_loads(tmp_path):
    version, words = _load(tmp_path, "UNIT | one | 1\nGROUP | half | 0.5\nBOUND | at least | at least\n")
    assert version == "test-1"
    assert words["UNIT"] == {"one": 1} and words["GROUP"] == {"half": 0.5}
    assert words["BOUND"] == {"at least": "at least"}


def test_a_malformed_line_is_named_by_file_and_line(tmp_path):
    with pytest.raises(TableError, match=r"attribution_numbers.psv:3: expected 'KIND \| words \| value'"):
        _load(tmp_path, "UNIT | one | 1\nUNIT | two\n")
    with pytest.raises(TableError, match=r"attribution_numbers.psv:2: a TEN value is a number: 'twenty'"):
        _load(tmp_path, "TEN | twenty | twenty\n")


def test_unknown_kinds_bounds_and_duplicates_are_rejected(tmp_path):
    with pytest.raises(TableError, match=r"attribution_numbers.psv:2: unknown kind 'UNITS'"):
        _load(tmp_path, "UNITS | one | 1\n")
    with pytest.raises(TableError, match=r"attribution_numbers.psv:2: unknown bound 'at least about'"):
        _load(tmp_path, "BOUND | roughly | at least about\n")
    with pytest.raises(TableError, match=r"attribution_numbers.psv:3: duplicate key \('SCALE', 'bn'\)"):
        _load(tmp_path, "SCALE | bn | 1000000000\nSCALE | bn | 1000000\n")
    with pytest.raises(TableError, match=r"attribution_numbers.psv:2: words are lower case"):
        _load(tmp_path, "SCALE | Bn | 1000000000\n")
