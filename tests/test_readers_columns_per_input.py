"""Column names for some inputs only (--column FILE:FIELD=COLUMN), the others keeping theirs."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Document
from newsgraph.readers import ReaderOptions
from newsgraph.readers.dispatch import read_paths


def _two_csvs(tmp_path):
    (tmp_path / "feed.csv").write_text('id,date,body\n1,2021-03-01,"Police in Lima arrested the mayor."\n')
    (tmp_path / "plain.csv").write_text('id,date,text\n7,2021-03-02,"The Kenyan army shelled rebel camps."\n')
    return [tmp_path / "feed.csv", tmp_path / "plain.csv"]


def test_a_mapping_for_one_input_leaves_the_others_alone(tmp_path):
    paths = _two_csvs(tmp_path)
    items = list(read_paths(paths, ReaderOptions(columns_for={"feed*.csv": {"text": "body"}})))
    assert [type(i) for i in items] == [Document, Document]
    assert "Lima" in items[0].text and "Kenyan" in items[1].text


def test_an_unknown_field_in_a_per_input_mapping_is_refused():
    with pytest.raises(ValueError, match="columns_for"):
        ReaderOptions(columns_for={"feed.csv": {"body": "text"}})


def test_the_command_line_takes_a_file_name_before_the_field(tmp_path):
    paths = _two_csvs(tmp_path)
    res = CliRunner().invoke(app, ["extract", *map(str, paths), "--column", "feed.csv:text=body"])
    assert res.exit_code == 0, res.output
    assert res.output.count('"events"') == 2 and '"error"' not in res.output
