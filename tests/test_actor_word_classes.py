"""The word lists of coreference, the phrase reader and the actors stage are classes of
actor_words.txt: each loads with its words, and a bad edit fails naming file and line."""

from __future__ import annotations

import re

import pytest

from newsgraph.actors import coref, phrase
from newsgraph.kb import lexicon
from newsgraph.lang.tables import TableError, data_file, read_version
from newsgraph.actors import story as actors

SHIPPED = data_file("actor_words.txt")
MOVED = ("MALE_PRONOUNS", "FEMALE_PRONOUNS", "ANAPHOR_BUSINESS", "ANAPHOR_ARMED_OR_POLITICAL", "ANAPHOR_KNOWN_BODY",
         "ANAPHOR_PARTY", "ANAPHOR_TEAM", "ANAPHOR_CHURCH", "ANAPHOR_UNION", "CORPORATE_SUFFIXES",
         "FEMALE_HONORIFICS", "MALE_HONORIFICS", "FEMALE_KIN", "MALE_KIN", "HUMAN_NOUNS", "TITLE_WORDS",
         "HYPHEN_VERBS", "MOTION_VERBS", "TO_RECIPIENT", "FROM_SOURCE", "ON_TARGET", "STATE_MEDIA",
         "COMMUNITY_HEADS", "FAITHS", "REGIONAL", "ASSOCIATIONS", "NOT_OWN_PREPS", "ACTOR_PREPS", "STATE_HEADS",
         "RANKS", "FOREIGN", "WORLD_FAITHS", "AREA_FORCES", "GENERIC_FORCE_WORDS")


def shipped_with(tmp_path, edit) -> tuple:
    """A copy of the shipped file with ``edit`` applied to its text: (path, text)."""
    text = edit(SHIPPED.read_text(encoding="utf-8"))
    path = tmp_path / "actor_words.txt"
    path.write_text(text, encoding="utf-8")
    return path, text


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def test_each_moved_class_is_checked_and_loads_with_its_words():
    version, words = lexicon.load_words()
    assert version == read_version(SHIPPED) == lexicon.WORDS_VERSION
    assert set(MOVED) <= set(lexicon.WORD_CLASSES) and set(MOVED) <= set(words)
    assert "husband" in words["MALE_KIN"] and "husband" not in words["FEMALE_KIN"]
    assert {"widow", "girlfriend"} <= words["FEMALE_KIN"] and "widower" in words["MALE_KIN"]
    assert {"corp.", "plc", "holdings"} <= words["CORPORATE_SUFFIXES"]
    assert {"mrs.", "dame"} <= words["FEMALE_HONORIFICS"] and {"mr.", "sir"} <= words["MALE_HONORIFICS"]
    assert {"de", "facto", "self-proclaimed", "lt."} <= words["TITLE_WORDS"]
    assert "shell" in words["MOTION_VERBS"] and "pan-arab" in words["REGIONAL"]
    assert {"u.n.", "mercenaries"} <= words["FOREIGN"] and "jihadis" in words["WORLD_FAITHS"]
    assert "coast" in words["GENERIC_FORCE_WORDS"] and "rangers" in words["AREA_FORCES"]


def test_modules_read_the_classes():
    assert coref.PRONOUN_GENDER["himself"] == "m" and coref.PRONOUN_GENDER["hers"] == "f"
    assert coref.DEFINITE_ANAPHORS["firm"] == {"BUS"} and coref.DEFINITE_ANAPHORS["party"] == {"PTY", "OPP"}
    assert "REB" in coref.DEFINITE_ANAPHORS["militia"] and "GOV" in coref.DEFINITE_ANAPHORS["agency"]
    assert coref.HUMAN_NOUNS is lexicon.HUMAN_NOUNS and "passenger" in coref.HUMAN_NOUNS
    assert phrase.TITLE_WORDS is lexicon.TITLE_WORDS and "kremlin" in phrase.STATE_HEADS
    assert "towards" in phrase.NOT_OWN_PREPS and "versus" in phrase.ACTOR_PREPS
    assert actors.RANKS == {"officer", "sergeant", "lieutenant", "captain"}


def test_a_missing_class_is_named_with_the_file(tmp_path):
    path, _ = shipped_with(tmp_path, lambda t: re.sub(r"(?m)^MALE_KIN:.*\n(?:[ \t]+.*\n)*", "", t))
    with pytest.raises(TableError, match=re.escape(f"{path}:1:") + ".*MALE_KIN.*missing"):
        lexicon.load_words(path)


def test_a_word_twice_in_a_class_is_rejected_at_its_line(tmp_path):
    path, text = shipped_with(tmp_path, lambda t: t.replace("\nMALE_KIN: husband", "\nMALE_KIN: husband husband"))
    n = line_of(text, "MALE_KIN:")
    with pytest.raises(TableError, match=re.escape(f"{path}:{n}:") + ".*'husband' twice in class MALE_KIN"):
        lexicon.load_words(path)


def test_a_class_defined_twice_is_rejected_at_its_second_line(tmp_path):
    path, text = shipped_with(tmp_path, lambda t: t + "\nRANKS: corporal\n")
    first, second = line_of(text, "RANKS:"), len(text.splitlines())
    with pytest.raises(TableError, match=re.escape(f"{path}:{second}:") + f".*RANKS defined twice.*line {first}"):
        lexicon.load_words(path)


def test_a_head_in_two_anaphor_classes_would_leave_one_reading_dead():
    with pytest.raises(TableError, match=r"actor_words\.txt.*'group' is in two ANAPHOR_ classes"):
        coref._by_word(((frozenset({"group"}), frozenset({"REB"})), (frozenset({"group"}), frozenset({"BUS"}))),
                       "ANAPHOR_")
