"""The built-in people, organisations and detector words are data files: they load, and a bad edit is
named by file and line."""

from __future__ import annotations

import re
from datetime import date

import pytest

from newsgraph.kb import load_kb
from newsgraph.kb.orgs import load_orgs, org_entries
from newsgraph.kb.people import load_people, people_entries
from newsgraph.lang.tables import TableError, read_version
from newsgraph.plover import detector
from newsgraph.plover.detector import load_words

HEADER = "# version: test-1\n"
COUNTRIES = frozenset({"RUS", "USA", "GBR", "SDN", "FRA", "IGO", "NGO", "IMG"})
IGO_ORGS = frozenset({"UN", "EU"})


def write(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def at_line(path, n: int) -> str:
    return re.escape(f"{path}:{n}:")


def people(path):
    return load_people(path, countries=COUNTRIES, orgs=IGO_ORGS)


def orgs(path):
    return load_orgs(path, countries=COUNTRIES)


# --- the shipped files ---------------------------------------------------------


def test_shipped_files_load_with_their_versions():
    from importlib import resources

    folder = resources.files("newsgraph.lang.en")
    assert read_version(str(folder / "kb_people.psv")) == "newsgraph-kb-people-1"
    assert read_version(str(folder / "kb_orgs.psv")) == "newsgraph-kb-orgs-2"
    assert detector.WORDS_VERSION == read_version(str(folder / "detector_words.txt"))
    assert len(people_entries()) > 500 and len(org_entries()) > 250
    assert people_entries() == people_entries() and people_entries() is not people_entries()  # a fresh list


def test_a_g20_leader_is_found_with_his_dated_roles():
    kb = load_kb()
    before, after = kb.lookup("Olaf Scholz", date(2020, 6, 1)), kb.lookup("Olaf Scholz", date(2023, 6, 1))
    assert (before.role.country, before.role.sector, before.role.title) == ("DEU", "GOV", "finance minister")
    assert after.role.title == "chancellor" and after.role.start == date(2021, 12, 8)
    # (a chancellor is filed under the canonical title, actor_titles.psv)
    assert kb.office_holder("DEU", "prime minister", date(2023, 6, 1)).name == "Olaf Scholz"


def test_a_post_at_an_igo_and_an_organisation_of_the_table():
    kb = load_kb()
    guterres = kb.lookup("Antonio Guterres", date(2022, 1, 1)).role
    assert (guterres.country, guterres.org, guterres.title) == ("IGO", "UN", "UN Secretary-General")
    assert (kb.lookup("Reuters", None).role.country, kb.lookup("Reuters", None).role.sector) == ("GBR", "JRN")
    hamas = next(e for e in org_entries() if e.name == "Hamas")
    assert hamas.kind == "group" and hamas.roles[0].sector == "REB"


def test_detector_words_keep_the_feature_layout_order():
    version, words = load_words()
    assert words["PREPS"][:4] == ("with", "against", "to", "on") and words["PARTICLES"][-1] == "in"
    assert detector.PREPS == words["PREPS"] and "n't" in detector.NEGATORS and "ca" in detector.POSSIBLE
    assert detector.CATEGORICAL.index("prep=with") + len(words["PREPS"]) == detector.CATEGORICAL.index("prt=up")


# --- a bad edit of the people table -----------------------------------------------


GOOD_PERSON = "Ann Example;Example|f|GBR GOV 2001-01-01..2005-12-31 foreign minister\n"


@pytest.mark.parametrize("row, message", [
    ("Bob Example|m\n", "expected 'Name;alias | m|f | CTRY SECTOR START..END title"),
    ("Bob Example|x|USA GOV 2001-01-01.. president\n", "unknown gender 'x'"),
    ("Bob Example|m|XYZ GOV 2001-01-01.. president\n", "unknown country code 'XYZ'"),
    ("Bob Example|m|IGO:WHO GOV 2001-01-01.. director\n", "unknown organisation IGO:WHO"),
    ("Bob Example|m|USA GOB 2001-01-01.. president\n", "unknown sector 'GOB'"),
    ("Bob Example|m|USA GOV 2001-02-30.. president\n", "bad date in role"),
    ("Bob Example|m|USA GOV 2005-01-01..2001-01-01 president\n", "ends before it starts"),
    ("Bob Example|m|USA GOV 2001-01-01 president\n", "cannot read role"),
    ("Bob Example;Example|m|USA GOV 2001-01-01.. president\n", "'Example' already names 'Ann Example' (line 2)"),
    ("Ann Example|f|USA GOV 2001-01-01.. president\n", "'Ann Example' already names 'Ann Example' (line 2)"),
])
def test_a_bad_person_row_is_named_by_file_and_line(tmp_path, row, message):
    path = write(tmp_path, "people.psv", GOOD_PERSON + "# a comment\n" + row)
    with pytest.raises(TableError, match=at_line(path, 4) + ".*" + re.escape(message)):
        people(path)


def test_spellings_of_one_person_may_read_alike(tmp_path):
    path = write(tmp_path, "people.psv", GOOD_PERSON + "J.D. Example;JD Example|m|USA GOV 2025-01-20.. vice president\n")
    (ann, jd) = people(path)
    assert jd.id == "ng:person/j-d-example" and jd.aliases == ("JD Example",) and jd.gender == "m"
    assert ann.roles[0].end == date(2005, 12, 31) and ann.roles[0].title == "foreign minister"


# --- a bad edit of the organisations table ---------------------------------------


GOOD_ORGS = "IGO|UN|GOV|UN Security Council;Security Council\nSDN||MIL|Rapid Support Forces;RSF\n"


@pytest.mark.parametrize("row, message", [
    ("USA||BUS|Example Corp|extra\n", "expected 'COUNTRY | ORG | SECTOR | name;alias / name;alias'"),
    ("USA||BIZ|Example Corp\n", "unknown sector 'BIZ'"),
    ("XYZ||BUS|Example Corp\n", "unknown country code 'XYZ'"),
    ("USA||BUS|Example Corp / ; / Other Corp\n", "organisation 2 of the row has no name"),
    ("IGO|UN|JUD|World Court;security council\n", "'security council' already names 'UN Security Council' of IGO/UN (line 2)"),
    ("SDN||REB|Sudan Example Front;RSF\n", "'RSF' already names 'Rapid Support Forces' of SDN (line 3)"),
])
def test_a_bad_org_row_is_named_by_file_and_line(tmp_path, row, message):
    path = write(tmp_path, "orgs.psv", GOOD_ORGS + row)
    with pytest.raises(TableError, match=at_line(path, 4) + ".*" + re.escape(message)):
        orgs(path)


def test_one_acronym_in_two_countries_is_two_organisations(tmp_path):
    path = write(tmp_path, "orgs.psv", GOOD_ORGS + "FRA||NGO|Reporters Without Borders;RSF / Example Watch\n")
    entries = orgs(path)
    assert [e.id for e in entries] == ["ng:org/0", "ng:org/1", "ng:org/2", "ng:org/2.1"]
    assert [(e.name, e.kind, e.roles[0].country) for e in entries[1:3]] == [
        ("Rapid Support Forces", "group", "SDN"), ("Reporters Without Borders", "organization", "FRA")]


# --- a bad edit of the detector's words ------------------------------------------


GOOD_WORDS = ("FUTURE: will shall\nPOSSIBLE: would could\nOBLIGED: should\nNEGATORS: not\nQUOTE_OPEN: “\n"
              "QUOTE_CLOSE: ”\nPREPS: with against\n")


@pytest.mark.parametrize("lines, n, message", [
    ("PARTICLES: up down up\n", 9, "'up' twice in class PARTICLES"),
    ("PARTICLE: up down\n", 9, "unknown class 'PARTICLE'"),
    ("PARTICLES:\n", 9, "class PARTICLES has no words"),
    ("PREPS: to\n", 9, "duplicate key 'PREPS' (first on line 8)"),
    # a continuation line would lose the order of the class's words
    ("PARTICLES: up\n    down\n", 10, "expected 'NAME: word word ... (one line per class)'"),
])
def test_a_bad_detector_word_line_is_named_by_file_and_line(tmp_path, lines, n, message):
    path = write(tmp_path, "words.txt", GOOD_WORDS + lines)
    with pytest.raises(TableError, match=at_line(path, n) + ".*" + re.escape(message)):
        load_words(path)


def test_every_class_the_detector_reads_must_be_there(tmp_path):
    path = write(tmp_path, "words.txt", GOOD_WORDS)
    with pytest.raises(TableError, match=at_line(path, 1) + ".*classes PARTICLES are missing"):
        load_words(path)


def test_un_agencies_are_their_own_igo_orgs():
    # as coders code them (IGO WHO, IGO UNESCO), with the UN proper still UN
    from newsgraph.kb import load_kb

    kb = load_kb()
    for name, org in (("World Health Organization", "WHO"), ("UNESCO", "UNESCO"), ("UNICEF", "UNICEF"),
                      ("FAO", "FAO"), ("United Nations", "UN")):
        role = kb.find(name)[0].roles[0]
        assert (role.country, role.org) == ("IGO", org), name
