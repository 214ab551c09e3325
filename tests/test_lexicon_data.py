"""The trigger lexicon is data: the shipped files load, and each loader names file:line of a bad edit."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from newsgraph.lang.tables import TableError, read_classes, read_rows, read_version
from newsgraph.plover.classes import load_mode_cues, load_modifier_classes
from newsgraph.plover.lexicon import (
    AGREEMENT_VERBS, LEXICON_VERSION, LIGHT_OVERRIDES, LIGHT_VERBS, NOUN_CLASSES, LexiconError,
    load_light_overrides, load_triggers, load_word_sets, noun_lexicon, verb_lexicon,
)

HEADER = "# version: test-1\n"


def write(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def at_line(path, n: int) -> str:
    return re.escape(f"{path}:{n}")


def test_shipped_files_load_with_one_version():
    verbs, nouns = verb_lexicon(), noun_lexicon()
    assert [e.particle for e in verbs["call"]] == ["off", "on", "for"] and verbs["call"][1].object_control
    assert nouns["strike"][0].type == "PROTEST" and "troop" in NOUN_CLASSES["TROOPS"]
    assert "hold" in LIGHT_VERBS and "clinch" in AGREEMENT_VERBS and LIGHT_OVERRIDES[("lodge", "PROTEST")] == "ACCUSE"
    shipped = [f for f in resources.files("newsgraph.lang.en").iterdir() if f.name.startswith("plover_")]
    assert len(shipped) >= 8
    assert {read_version(str(f)) for f in shipped} == {LEXICON_VERSION}  # bump them together



def test_trigger_file_rejects_a_duplicate_lemma_and_particle(tmp_path):
    path = write(tmp_path, "v.psv", "call on | REQUEST | objctl\ncall off | CONCEDE\n# a comment\ncall  on | REQUEST\n")
    with pytest.raises(TableError, match=at_line(path, 5) + ".*duplicate key 'call on'.*line 2"):
        load_triggers(path, "VERB")


def test_trigger_file_rejects_unknown_type_mode_class_and_option(tmp_path):
    cases = {
        "urge | PLEAD\n": "unknown PLOVER type 'PLEAD'",
        "urge | REQUEST:beg\n": "REQUEST has no mode 'beg'",
        "sign | SUPPORT | need | TREATIES>SUPPORT\n": "unknown noun class 'TREATIES'",
        "sign | SUPPORT | need | AGREEMENT>SUPORT\n": "unknown PLOVER type 'SUPORT'",
        "sign | SUPPORT | quickly\n": "unknown option 'quickly'",
        "sign\n": "expected 'lemma | TYPE",
    }
    for body, message in cases.items():
        path = write(tmp_path, "v.psv", "meet | CONSULT\n" + body)
        with pytest.raises(LexiconError if "expected" not in message else TableError,
                           match=at_line(path, 3) + ".*" + re.escape(message)):
            load_triggers(path, "VERB")


def test_a_file_without_version_is_refused(tmp_path):
    path = tmp_path / "v.psv"
    path.write_text("meet | CONSULT\n", encoding="utf-8")
    with pytest.raises(TableError, match="version"):
        load_triggers(path, "VERB")


def test_class_file_rejects_a_word_twice_and_a_class_twice(tmp_path):
    path = write(tmp_path, "c.txt", "TROOPS: troop soldier\n    army troop\n")
    with pytest.raises(TableError, match=at_line(path, 3) + ".*'troop' twice in class TROOPS"):
        read_classes(path)
    path = write(tmp_path, "c.txt", "TROOPS: troop\nPOLICE: police\nTROOPS: army\n")
    with pytest.raises(TableError, match=at_line(path, 4) + ".*TROOPS defined twice"):
        read_classes(path)
    path = write(tmp_path, "c.txt", "troop soldier\n")
    with pytest.raises(TableError, match=at_line(path, 2) + ".*NAME: word"):
        read_classes(path)


def test_class_continuation_lines_join_the_class_above(tmp_path):
    path = write(tmp_path, "c.txt", "# why\nTROOPS: troop\n  soldier army\nPOLICE: police\n")
    version, classes, lines = read_classes(path)
    assert version == "test-1" and classes["TROOPS"] == {"troop", "soldier", "army"} and lines["POLICE"] == 5


def test_mode_cues_reject_an_unknown_mode(tmp_path):
    path = write(tmp_path, "m.txt", "aerial: jet\nsniper: rifle\n")
    with pytest.raises(TableError, match=at_line(path, 3) + ".*ASSAULT has no mode 'sniper'"):
        load_mode_cues(path, "ASSAULT")
    assert load_mode_cues(write(tmp_path, "m.txt", "riot: riot\nstrike: walkout\n"), "PROTEST")[0][0] == "riot"


def test_modifier_class_may_not_shadow_a_noun_class(tmp_path):
    path = write(tmp_path, "m.txt", "JOINT: joint\nTROOPS: army\n")
    with pytest.raises(TableError, match=at_line(path, 3) + ".*also a noun class"):
        load_modifier_classes(path, noun_classes=NOUN_CLASSES)


def test_word_sets_reject_an_unknown_set_and_a_duplicate_word(tmp_path):
    path = write(tmp_path, "w.txt", "LIGHT_VERBS: hold stage\nHEAVY_VERBS: lift\n")
    with pytest.raises(LexiconError, match=at_line(path, 3) + ".*unknown word set HEAVY_VERBS"):
        load_word_sets(path, ("LIGHT_VERBS",))
    path = write(tmp_path, "w.txt", "LIGHT_VERBS: hold stage hold\n")
    with pytest.raises(TableError, match=at_line(path, 2) + ".*'hold' twice"):
        load_word_sets(path, ("LIGHT_VERBS",))


def test_light_overrides_reject_a_duplicate_pair_and_an_unknown_type(tmp_path):
    path = write(tmp_path, "o.psv", "lodge | PROTEST | ACCUSE\nlodge | PROTEST | REJECT\n")
    with pytest.raises(TableError, match=at_line(path, 3) + ".*duplicate key"):
        load_light_overrides(path)
    path = write(tmp_path, "o.psv", "lodge | PROTEST | COMPLAIN\n")
    with pytest.raises(LexiconError, match=at_line(path, 2) + ".*unknown PLOVER type 'COMPLAIN'"):
        load_light_overrides(path)
    assert load_light_overrides(write(tmp_path, "o.psv", "seek | CONSULT | REQUEST\n")) == {("seek", "CONSULT"): "REQUEST"}


def test_rows_reader_counts_fields(tmp_path):
    path = write(tmp_path, "r.psv", "a | b | c | d\n")
    with pytest.raises(TableError, match=at_line(path, 2) + ".*expected 'x | y'"):
        read_rows(path, min_fields=2, max_fields=3, shape="x | y")


def test_office_titles_are_checked_data(tmp_path):
    from newsgraph.kb.lexicon import canonical_title, load_titles
    from newsgraph.lang.tables import TableError

    assert canonical_title("the top diplomat") == "foreign minister"
    assert canonical_title("US ambassador to the UN") == "UN ambassador"
    bad = tmp_path / "titles.psv"
    bad.write_text("# version: t-1\ntitle ~ envoy ~ (special envoy\n", encoding="utf-8")
    with pytest.raises(TableError, match="titles.psv:2.*does not compile"):
        load_titles(bad)
    bad.write_text("# version: t-1\ntitle ~ envoy ~ envoy\ntitle ~ envoy ~ mediator\n", encoding="utf-8")
    with pytest.raises(TableError, match="titles.psv:3.*duplicate"):
        load_titles(bad)
