"""The broad agent-noun table: a person's sector from a kind-of-person noun the role lexicon lacks."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from conftest import ROOT, actor_at, shared_path, stage_runner

from newsgraph.kb.lexicon import AGENT_NOUNS, ROLE_NOUNS, agent_sector, load_agents
from newsgraph.lang.tables import TableError


@pytest.fixture(scope="module")
def run(parse):
    return stage_runner("actors", parse, date(2022, 5, 4))


at = actor_at


def test_a_title_before_a_name(run):
    doc = run("Roads stay closed, said the Oakdale County Sheriff Hal Rennick.")
    assert at(doc, "Hal Rennick").sector == "COP"


def test_an_appositive_kind_of_person(run):
    doc = run("Marta Quill, a dentist from Leeds, said the clinic had closed.")
    assert at(doc, "Marta Quill").sector == "MED"
    doc = run("Omar Saleh, an economist at the bank, warned of inflation.")
    assert at(doc, "Omar Saleh").sector == "EDU"


def test_the_last_word_of_a_name_is_no_title(run):
    doc = run("Bill Hunter said he would appeal the fine.")
    assert at(doc, "Bill Hunter").sector != "AGR"


def test_the_role_lexicon_wins():
    assert agent_sector("minister") is None  # actor_roles.psv decides
    assert "minister" in ROLE_NOUNS and "minister" not in AGENT_NOUNS
    assert agent_sector("sheriff") == "COP"
    assert agent_sector("Sheriffs", "sheriff") == "COP"
    assert agent_sector("marshal", before="fire") == "GOV"


def test_a_bad_row_names_file_and_line(tmp_path):
    bad = tmp_path / "agents.tsv"
    bad.write_text("# version: t\nsheriff\tCOP\ndentist\tDOC\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"agents.tsv:3: unknown sector 'DOC'"):
        load_agents(bad)
    bad.write_text("# version: t\nsheriff\tCOP\nsheriff\tGOV\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"agents.tsv:3: duplicate key"):
        load_agents(bad)


def test_shipped_table_is_exactly_what_the_script_builds(tmp_path):
    phoenix_dir = shared_path("data", "petrarch", "phoenix")
    out = tmp_path / "actor_agents.tsv"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_phoenix_agents.py"), "--phoenix",
                           str(phoenix_dir), "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    shipped = ROOT / "src" / "newsgraph" / "lang" / "en" / "actor_agents.tsv"
    assert out.read_bytes() == shipped.read_bytes(), (
        "actor_agents.tsv differs from what scripts/build_phoenix_agents.py writes; rebuild it with "
        "'.venv/bin/python scripts/build_phoenix_agents.py' and commit the result")
