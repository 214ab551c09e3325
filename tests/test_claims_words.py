"""The claims stage's words (lang/en/claims_words.psv) and their checked loader."""

from __future__ import annotations

import pytest

from newsgraph.lang.tables import TableError
from newsgraph.attribution.claims import CLAIM_WORDS, load_claim_words


def test_the_built_in_file_gives_each_kind():
    assert CLAIM_WORDS.version.startswith("newsgraph-claims-words-")
    assert "million" in CLAIM_WORDS.scale_words
    assert "o'clock" in CLAIM_WORDS.time_units
    assert CLAIM_WORDS.currency["US$"] == "US dollars"
    assert CLAIM_WORDS.currency_words["dlrs"] == "US dollars"
    assert CLAIM_WORDS.casualty["detain"] == ("detained", "arrested")
    assert CLAIM_WORDS.casualty_nouns["fatalities"] == "dead"


def _load(tmp_path, body):
    path = tmp_path / "claims_words.psv"
    path.write_text("# version: test-1\n" + body, encoding="utf-8")
    return load_claim_words(path)


def test_a_small_file_loads(tmp_path):
    words = _load(tmp_path, "SCALE | million\nCASUALTY_VERB | kill | killed | dead\nCURRENCY | € | euros\n")
    assert words.scale_words == {"million"} and words.casualty == {"kill": ("killed", "dead")}
    assert words.currency == {"€": "euros"} and words.time_units == frozenset()


def test_a_malformed_line_is_named_by_file_and_line(tmp_path):
    with pytest.raises(TableError, match=r"claims_words.psv:3: a CURRENCY_WORD row has 3 non-empty fields"):
        _load(tmp_path, "SCALE | million\nCURRENCY_WORD | dlrs\n")
    with pytest.raises(TableError, match=r"claims_words.psv:2: expected 'KIND \| word \| value ...'"):
        _load(tmp_path, "SCALE\n")


def test_unknown_kind_size_key_and_upper_case_are_rejected(tmp_path):
    with pytest.raises(TableError, match=r"claims_words.psv:2: unknown kind 'SCALES'"):
        _load(tmp_path, "SCALES | million\n")
    with pytest.raises(TableError, match=r"claims_words.psv:2: unknown size key 'hurt'"):
        _load(tmp_path, "CASUALTY_NOUN | injuries | hurt\n")
    with pytest.raises(TableError, match=r"claims_words.psv:2: words are lower case: 'Million'"):
        _load(tmp_path, "SCALE | Million\n")


def test_a_duplicate_word_of_one_kind_is_rejected(tmp_path):
    with pytest.raises(TableError, match=r"claims_words.psv:3: duplicate key \('SCALE', 'bn'\)"):
        _load(tmp_path, "SCALE | bn\nSCALE | bn\n")
    _load(tmp_path, "SCALE | dead\nCASUALTY_NOUN | dead | dead\n")  # one word, two kinds: fine
