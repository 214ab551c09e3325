"""Given names with a usual gender (newsgraph.kb.names), read from lang/en/given_names.txt."""

from __future__ import annotations

import pytest

from newsgraph.kb.names import FEMALE, MALE, NAMES_VERSION, gender_of, load_given_names
from newsgraph.lang.tables import TableError


def test_gender_of_a_listed_name_in_any_case():
    assert gender_of("Najla") == "f"
    assert gender_of("SERGEY") == "m"
    assert gender_of("mary.") == "f"


def test_a_name_common_to_both_genders_has_no_gender():
    for name in ("Jean", "Alexis", "Ilham"):
        assert gender_of(name) is None
        assert name.lower() not in FEMALE | MALE


def test_an_unlisted_name_has_no_gender():
    assert gender_of("Zorblat") is None
    assert gender_of("") is None


def test_the_built_in_file_loads_with_its_version():
    assert NAMES_VERSION.startswith("newsgraph-given-names-")
    assert not FEMALE & MALE


def _write(tmp_path, body):
    path = tmp_path / "given_names.txt"
    path.write_text("# version: test-1\n" + body, encoding="utf-8")
    return path


def test_loader_rejects_a_name_under_both_genders(tmp_path):
    path = _write(tmp_path, "FEMALE: mary\n    jean\nMALE: john jean\n")
    with pytest.raises(TableError, match=r"given_names.txt:4: 'jean' is under both FEMALE and MALE"):
        load_given_names(path)


def test_loader_rejects_a_gendered_name_also_under_either(tmp_path):
    path = _write(tmp_path, "FEMALE: mary\nMALE: john\nEITHER: mary\n")
    with pytest.raises(TableError, match=r"given_names.txt:4: 'mary' is under both FEMALE and EITHER"):
        load_given_names(path)


def test_loader_rejects_a_malformed_line_naming_file_and_line(tmp_path):
    path = _write(tmp_path, "FEMALE: mary\nMALE john\n")
    with pytest.raises(TableError, match=r"given_names.txt:3: expected 'NAME: word word"):
        load_given_names(path)


def test_loader_rejects_an_unknown_class_and_upper_case(tmp_path):
    with pytest.raises(TableError, match=r"given_names.txt:4: unknown class NEUTER"):
        load_given_names(_write(tmp_path, "FEMALE: mary\nMALE: john\nNEUTER: sam\n"))
    with pytest.raises(TableError, match=r"given_names.txt:2: names are lower case: 'Mary'"):
        load_given_names(_write(tmp_path, "FEMALE: Mary\nMALE: john\n"))


def test_loader_rejects_a_name_twice_in_one_class(tmp_path):
    with pytest.raises(TableError, match=r"given_names.txt:4: word 'john' twice in class MALE"):
        load_given_names(_write(tmp_path, "FEMALE: mary\nMALE: john\n    john\n"))
