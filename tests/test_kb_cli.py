"""`newsgraph kb` commands, checked through the library."""

from __future__ import annotations

from conftest import shared_path
from typer.testing import CliRunner

from newsgraph.kb import load_entries
from newsgraph.kb.cli import app


def test_kb_import_writes_a_loadable_kb(tmp_path):
    src = shared_path("data", "petrarch", "PETR.Validate.actors.txt")
    out = tmp_path / "kb.json"
    res = CliRunner().invoke(app, ["import", "--format", "phoenix", str(src), "--kb", str(out)])
    assert res.exit_code == 0, res.output
    entries = load_entries(out)
    assert any(e.name == "Gollum" for e in entries)
    # --append adds a second dictionary to the same file
    res = CliRunner().invoke(app, ["import", str(src), "--kb", str(out), "--append"])
    assert res.exit_code == 0
    assert len(load_entries(out)) == 2 * len(entries)


def test_kb_import_rejects_unknown_format_and_missing_file(tmp_path):
    src = shared_path("data", "petrarch", "PETR.Validate.actors.txt")
    res = CliRunner().invoke(app, ["import", "--format", "cameo", str(src), "--kb", str(tmp_path / "k.json")])
    assert res.exit_code == 2 and "unknown format" in res.output
    res = CliRunner().invoke(app, ["import", str(tmp_path / "nope.txt"), "--kb", str(tmp_path / "k.json")])
    assert res.exit_code == 2 and "not found" in res.output


def test_kb_lookup_by_date():
    res = CliRunner().invoke(app, ["lookup", "Karzai", "--date", "2010-01-01"])
    assert res.exit_code == 0 and "sector=GOV" in res.output
    res = CliRunner().invoke(app, ["lookup", "Karzai", "--date", "2016-01-01"])
    assert "sector=ELI" in res.output
    res = CliRunner().invoke(app, ["lookup", "Nobody Atall"])
    assert res.exit_code == 1


def test_kb_lookup_takes_a_year_or_month_as_every_command_does():
    res = CliRunner().invoke(app, ["lookup", "Karzai", "--date", "2016"])
    assert res.exit_code == 0 and "sector=ELI" in res.output
    res = CliRunner().invoke(app, ["lookup", "Karzai", "--date", "2016x"])
    assert res.exit_code == 2 and "YYYY, YYYY-MM or YYYY-MM-DD" in res.output


def test_kb_import_tells_a_command_line_user_the_flag(tmp_path):
    src = shared_path("data", "petrarch", "PETR.Validate.actors.txt")
    res = CliRunner().invoke(app, ["import", str(src), "--kb", str(tmp_path / "kb.json")])
    assert "newsgraph --kb" in res.output and "Config.kb_path" not in res.output
