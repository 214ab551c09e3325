"""The shipped Phoenix-derived KB table, the project's alias table, and how they merge."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, shared_path

from newsgraph.kb import KnowledgeBase, load_kb, project_entries
from newsgraph.kb.model import KBEntry, OpenRolePolicy, Role
from newsgraph.kb.table import (
    PHOENIX_OPEN_ROLES, KBTableError, apply_aliases, phoenix_entries, read_alias_table, read_phoenix_table,
)

HEADER = "# version: test-1\n"
POLICY = PHOENIX_OPEN_ROLES


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def person(eid: str, name: str, *roles: Role, aliases: tuple[str, ...] = (), source: str = "phoenix") -> KBEntry:
    return KBEntry(eid, name, "person", aliases, roles, source=source,
                   open_roles=POLICY if source == "phoenix" else None)


# --- the checked loaders -----------------------------------------------------


def test_table_loader_rejects_a_duplicate_id_with_file_and_line(tmp_path):
    path = write(tmp_path, "kb.tsv", HEADER +
                 "phx:c/jane-roe\tperson\tJane Roe\tRoe\tGBR GOV 2001-02-03..\n"
                 "phx:c/jane-roe\tperson\tJane Roe\t\tGBR ELI\n")
    with pytest.raises(KBTableError, match=rf"{path}:3: duplicate id 'phx:c/jane-roe' \(first on line 2\)"):
        read_phoenix_table(path)


def test_table_loader_rejects_unknown_codes_with_file_and_line(tmp_path):
    bad_country = write(tmp_path, "c.tsv", HEADER + "phx:m/kach\tgroup\tKach\t\tMEA REB\n")
    with pytest.raises(KBTableError, match=rf"{bad_country}:2: unknown country code 'MEA'"):
        read_phoenix_table(bad_country)
    bad_sector = write(tmp_path, "s.tsv", HEADER + "phx:c/x\tperson\tJohn Doe\t\tUSA XYZ\n")
    with pytest.raises(KBTableError, match=rf"{bad_sector}:2: unknown sector 'XYZ'"):
        read_phoenix_table(bad_sector)
    malformed = write(tmp_path, "m.tsv", HEADER + "phx:c/x\tperson\tJohn Doe\tUSA GOV\n")
    with pytest.raises(KBTableError, match=rf"{malformed}:2: expected 5 tab-separated fields"):
        read_phoenix_table(malformed)
    no_version = write(tmp_path, "v.tsv", "phx:c/x\tperson\tJohn Doe\t\tUSA GOV\n")
    with pytest.raises(KBTableError, match="no '# version: NAME' line"):
        read_phoenix_table(no_version)


def test_alias_loader_rejects_twice_listed_unknown_and_taken_names(tmp_path):
    twice = write(tmp_path, "a.tsv", HEADER + "Hamas\tHarakat al-Muqawama; Harakat al Muqawama\n")
    with pytest.raises(KBTableError, match=rf"{twice}:2: 'Harakat al Muqawama' is listed twice"):
        read_alias_table(twice)
    hamas = KBEntry("ng:org/1", "Hamas", "group", (), (Role("PSE", "REB"),))
    fatah = KBEntry("ng:org/2", "Fatah", "organization", (), (Role("PSE", "PTY"),))
    unknown = write(tmp_path, "u.tsv", HEADER + "Hamass\tIslamic Resistance Movement\n")
    with pytest.raises(KBTableError, match=rf"{unknown}:2: no KB entry is called 'Hamass'"):
        apply_aliases(unknown, [[hamas, fatah], []])
    taken = write(tmp_path, "t.tsv", HEADER + "Hamas\tFatah\n")
    with pytest.raises(KBTableError, match=rf"{taken}:2: alias 'Fatah' already names 'Fatah'"):
        apply_aliases(taken, [[hamas, fatah], []])
    ok = write(tmp_path, "ok.tsv", HEADER + "Hamas\tIslamic Resistance Movement\n")
    (project, _), = [apply_aliases(ok, [[hamas, fatah], []])]
    assert project[0].aliases == ("Islamic Resistance Movement",)


# --- the shipped table -------------------------------------------------------


def test_shipped_table_loads_with_its_source_named():
    entries = phoenix_entries()
    assert len(entries) > 20000
    assert all(e.source == "phoenix" for e in entries)
    text = (ROOT / "src" / "newsgraph" / "lang" / "en" / "kb_phoenix.tsv").read_text(encoding="utf-8")
    head = text[:4000]
    assert "openeventdata/petrarch2 commit 676801cd9cb2924bbbad09f86d15c9323e7097bf" in head
    assert "facts derived for newsgraph" in head and "MIT License" in head


def test_phoenix_only_person_resolves_with_the_role_valid_on_the_date():
    kb = load_kb()
    # Phoenix: [JPNGOV 101001-110131] [JPNGOV >110201]; the project has no entry for him
    m = kb.lookup("Banri Kaieda", date(2011, 6, 1))
    assert m.entry.source == "phoenix"
    assert (m.role.country, m.role.sector, m.role.start) == ("JPN", "GOV", date(2011, 2, 1))
    assert kb.lookup("Banri Kaieda", date(2010, 11, 1)).role.start == date(2010, 10, 1)
    # before any role: the country is known, the sector is not
    before = kb.lookup("Banri Kaieda", date(2005, 1, 1)).role
    assert (before.country, before.sector) == ("JPN", None)


def test_accented_and_plain_spellings_find_the_same_entry():
    kb = load_kb()
    worner = kb.find("Manfred Wörner")  # a Phoenix-only NATO secretary general
    assert worner and worner[0].source == "phoenix"
    assert kb.find("Manfred Worner") == worner
    assert kb.find("Recep Tayyip Erdoğan")[0].id == kb.find("Recep Tayyip Erdogan")[0].id
    assert kb.find("Vučić")[0].id == kb.find("Vucic")[0].id


@pytest.mark.parametrize("name,country,sector", [
    ("PKK", "TUR", "REB"), ("Partiya Karkerên Kurdistanê", "TUR", "REB"),
    ("YPG", "SYR", "REB"), ("Yekineyen Parastina Gel", "SYR", "REB"),
    ("Houthis", "YEM", "REB"), ("Ansar Allah", "YEM", "REB"), ("Ansarullah movement", "YEM", "REB"),
    ("ISIS", "IMG", "REB"), ("ISIL", "IMG", "REB"), ("Islamic State", "IMG", "REB"), ("Daesh", "IMG", "REB"),
    ("Da'esh", "IMG", "REB"),
    ("IRGC", "IRN", "MIL"), ("Pasdaran", "IRN", "MIL"), ("Islamic Revolutionary Guards Corps", "IRN", "MIL"),
    ("Hezbollah", "LBN", "REB"), ("Hizb Allah", "LBN", "REB"),
    ("Hamas", "PSE", "REB"), ("Islamic Resistance Movement", "PSE", "REB"),
    ("Taliban", "AFG", None), ("Taleban", "AFG", None),
    ("al-Shabaab", "SOM", "REB"), ("Harakat al-Shabaab al-Mujahideen", "SOM", "REB"),
    ("Boko Haram", "NGA", "REB"), ("JAS", "NGA", "REB"),
])
def test_armed_group_aliases_resolve(name, country, sector):
    m = load_kb().lookup(name, date(2019, 6, 1))
    assert m is not None, name
    assert m.role.country == country
    if sector:
        assert m.role.sector == sector


# --- merging under the project's entries -------------------------------------


def test_project_entry_wins_over_a_phoenix_entry_of_the_same_name():
    ours = person("ng:person/jane-roe", "Jane Roe", Role("GBR", "GOV", "minister", None, date(2001, 1, 1),
                                                          date(2005, 1, 1)), aliases=("Roe",), source="builtin")
    theirs = person("phx:c/jane-roe", "Jane Roe", Role("GBR", "GOV", None, None, date(2001, 1, 1), None),
                    aliases=("Minister Jane Roe", "Janet Roe"))
    other = person("phx:c/john-doe", "John Doe", Role("USA", "GOV", None, None, date(2010, 1, 1), None))
    kb = KnowledgeBase([ours], phoenix=[theirs, other])
    m = kb.lookup("Jane Roe", date(2010, 1, 1))
    assert m.entry.id == "ng:person/jane-roe" and m.role.sector == "ELI"  # the dated role ended
    # the same person under another spelling is left out whole: no stale GOV comes back
    assert kb.find("Janet Roe") == []
    assert kb.find("John Doe")[0].id == "phx:c/john-doe"
    # and in the shipped KB: Phoenix keeps Karzai as AFGGOV from 2001 with no end
    real = load_kb()
    assert real.lookup("Hamid Karzai", date(2016, 5, 1)).entry.source == "builtin"
    assert real.lookup("Hamid Karzai", date(2016, 5, 1)).role.sector == "ELI"
    assert real.lookup("President Karzai", date(2016, 5, 1)) is None


def test_stale_open_roles_become_eli_after_a_while():
    minister = person("phx:c/a", "Ama Mensah", Role("GHA", "GOV", None, None, date(2011, 3, 1), None))
    leader = person("phx:c/b", "Kofi Boateng", Role("GHA", "GOV", None, None, date(1990, 1, 1), None))
    kb = KnowledgeBase([], phoenix=[minister, leader])
    assert kb.lookup("Ama Mensah", date(2013, 1, 1)).role.sector == "GOV"
    assert kb.lookup("Ama Mensah", date(2015, 6, 1)).role.sector == "GOV"  # two years past the dictionary
    stale = kb.lookup("Ama Mensah", date(2020, 1, 1)).role
    assert (stale.country, stale.sector) == ("GHA", "ELI")
    # 24 years in office by 2014: believed for another 12
    assert kb.lookup("Kofi Boateng", date(2020, 1, 1)).role.sector == "GOV"
    assert kb.lookup("Kofi Boateng", date(2027, 1, 1)).role.sector == "ELI"
    assert OpenRolePolicy(as_of=date(2014, 1, 30), min_years=2, share=0.5) == POLICY


def test_phoenix_names_answer_only_text_written_as_a_name():
    guard = KBEntry("phx:c/bgs", "Border Guard Service", "organization", (), (Role("UKR", "MIL"),), source="phoenix")
    kb = KnowledgeBase([], phoenix=[guard])
    assert kb.find("Border Guard Service")[0].id == "phx:c/bgs"
    assert kb.find("border guard service") == []
    assert kb.find("Border guard service") == []


def test_phoenix_surnames_answer_whole_mentions_only():
    p = person("phx:c/x", "Yuval Steinitz", Role("ISR", "GOV", None, None, date(2009, 4, 1), None),
               aliases=("Steinitz",))
    kb = KnowledgeBase([], phoenix=[p])
    assert kb.find("Steinitz")[0].id == "phx:c/x"
    assert kb.find("Steinitz", surnames=False) == []  # part of a longer name: not him


def test_project_entries_carry_the_alias_table():
    builtin, phoenix = project_entries()
    houthis = next(e for e in builtin if e.name == "Houthis")
    assert "Houthi group" in houthis.aliases
    assert len(phoenix) == len(phoenix_entries())


# --- the shipped file is the recipe's output ---------------------------------


def test_shipped_table_is_exactly_what_the_script_builds(tmp_path):
    phoenix_dir = shared_path("data", "petrarch", "phoenix")
    out = tmp_path / "kb_phoenix.tsv"
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_phoenix_kb.py"), "--phoenix", str(phoenix_dir),
                          "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    shipped = ROOT / "src" / "newsgraph" / "lang" / "en" / "kb_phoenix.tsv"
    assert out.read_bytes() == shipped.read_bytes(), (
        "kb_phoenix.tsv differs from what scripts/build_phoenix_kb.py writes; rebuild it with "
        "'.venv/bin/python scripts/build_phoenix_kb.py' and commit the result")


def test_a_branch_of_government_after_gov_is_the_sector():
    from newsgraph.kb.phoenix import parse_code

    assert parse_code("USAGOVLEG") == ("USA", "LEG", None)
    assert parse_code("USAGOVJUD") == ("USA", "JUD", None)
    assert parse_code("AFGGOVMIL") == ("AFG", "GOV", None)
