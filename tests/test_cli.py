"""The CLI, checked through the library: run a command, then look in the store."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store

runner = CliRunner()

ARTICLES = {
    "talks.txt": "date 2023-05-10 Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Tuesday "
                 "to discuss the border dispute. \"We agreed to keep talking,\" the minister said.",
    "strike.txt": "date 2023-06-02\nGovernment troops shelled rebel positions near Goma last week, "
                  "killing at least 12 fighters, the army said on Thursday.",
    "protest.txt": "date 2023-07-15 Thousands of protesters marched in Dakar on Friday against the arrest of "
                   "an opposition leader. Police fired tear gas and detained dozens of people.",
}


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def test_extract_prints_one_contract_object_per_document(corpus):
    res = invoke("extract", corpus)
    assert res.exit_code == 0, res.output
    objs = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(objs) == 3
    assert {o["published"] for o in objs} == {"2023-05-10", "2023-06-02", "2023-07-15"}
    for o in objs:
        for key in ("id", "published", "title", "url", "text", "actors", "places", "times", "events", "quotes",
                    "claims", "errors"):
            assert key in o


def test_extract_json_is_one_array(corpus):
    res = invoke("extract", corpus / "talks.txt", "--format", "json")
    assert res.exit_code == 0
    (obj,) = json.loads(res.stdout)
    assert obj["text"].startswith("Kenya's foreign minister")


def test_extract_reads_standard_input_with_a_date():
    res = invoke("extract", "-", "--date", "2022-02-01", input="Police arrested 40 protesters in Minsk on Sunday.")
    assert res.exit_code == 0, res.output
    (obj,) = [json.loads(x) for x in res.stdout.splitlines()]
    assert obj["published"] == "2022-02-01"


def test_ingest_twice_changes_nothing(corpus, tmp_path):
    db = tmp_path / "n.duckdb"
    res = invoke("ingest", corpus, "--db", db)
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as s:
        first = s.stats()
    assert first["documents"] == 3
    res = invoke("ingest", corpus, "--db", db)
    assert res.exit_code == 0
    assert "already stored 3" in res.stdout
    with Store(db, read_only=True) as s:
        assert s.stats() == first


def test_bad_documents_exit_1_and_the_good_ones_are_stored(corpus, tmp_path):
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.bin").write_bytes(b"\x00\x01\x02\xff" * 100)
    db = tmp_path / "n.duckdb"
    res = invoke("ingest", corpus, "--db", db)
    assert res.exit_code == 1
    assert "empty.txt" in res.output
    with Store(db, read_only=True) as s:
        st = s.stats()
    assert st["documents"] == 3 and st["ingest_errors"] == 2


def test_stats_json_and_events_formats(corpus, tmp_path):
    db = tmp_path / "n.duckdb"
    invoke("ingest", corpus, "--db", db)
    res = invoke("stats", "--db", db, "--format", "json")
    assert res.exit_code == 0
    counts = json.loads(res.stdout)
    assert counts["documents"] == 3 and "events" in counts and counts["schema_version"] >= 1
    for fmt in ("table", "json", "jsonl", "csv"):
        res = invoke("events", "--db", db, "--format", fmt, "--since", "2023", "--until", "2023-12")
        assert res.exit_code == 0, res.output
    res = invoke("events", "--db", db, "--format", "json", "--country", "Iceland")
    assert res.exit_code == 0 and json.loads(res.stdout) == []
    res = invoke("events", "--db", db, "--format", "json", "--country", "ZZZ")
    assert res.exit_code == 2 and "ISO-3" in res.output


def test_show_and_export(corpus, tmp_path):
    db = tmp_path / "n.duckdb"
    invoke("ingest", corpus, "--db", db)
    with Store(db, read_only=True) as s:
        doc_id = s.execute("SELECT doc_id FROM documents ORDER BY published LIMIT 1").rows[0][0]
    res = invoke("show", doc_id[:10], "--db", db)
    assert res.exit_code == 0, res.output
    assert "Kenya" in res.stdout
    for fmt, name in (("plover-jsonl", "e.jsonl"), ("gdelt-tsv", "e.tsv"), ("csv", "e.csv"), ("parquet", "pq")):
        res = invoke("export", tmp_path / name, "--db", db, "--format", fmt)
        assert res.exit_code == 0, res.output
        assert (tmp_path / name).exists()


def test_usage_errors_exit_2_with_one_line(tmp_path):
    res = invoke("events", "--db", tmp_path / "missing.duckdb")
    assert res.exit_code == 1 and "newsgraph ingest" in res.output and "Traceback" not in res.output
    res = invoke("extract", "-", "--date", "2021-13-45", input="x")
    assert res.exit_code == 2 and "--date" in res.output
    res = invoke("eval", "nonsense")
    assert res.exit_code == 2 and "available:" in res.output
    res = invoke("eval", "time", "--gold", tmp_path)
    assert res.exit_code == 2 and "--gold is for: news" in res.output
    res = invoke("eval", "news", "--gold", tmp_path, "--split", "tune")
    assert res.exit_code == 2 and "give one" in res.output
    res = invoke("export", tmp_path / "x", "--db", tmp_path / "missing.duckdb", "--format", "xml")
    assert res.exit_code == 2 and "plover-jsonl" in res.output
    res = invoke("frobnicate")
    assert res.exit_code == 2


def test_every_command_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    names += [g.name for g in app.registered_groups]
    for name in names:
        assert f"newsgraph {name}" in readme, f"command {name!r} is not in README.md"
