"""The read commands as a new user meets them: the values the API takes, the same refusals,
CSV that a spreadsheet reads, a quiet end when the reader of a pipe goes away."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from workbench_store import hostile_doc_id, workbench_db

runner = CliRunner()


@pytest.fixture(scope="module")
def db(pipeline):
    return workbench_db(pipeline)


def invoke(*args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def as_json(res):
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


@pytest.mark.parametrize("country", ["Russia", "russia", "RU", "RUS", "rus", "Russian Federation"])
def test_a_country_is_a_name_an_iso2_or_an_iso3_code(db, country):
    rows = as_json(invoke("events", "--db", db, "--country", country, "--format", "json"))
    assert rows and all("RUS" in (r["actor_countries"] + r["recipient_countries"]) for r in rows)


@pytest.mark.parametrize("args, says", [
    (["--country", "Narnia"], "ISO-2"),
    (["--type", "FOO"], "not a PLOVER type"),
    (["--aux", "bogus"], "use all or any of asserted"),
    (["--limit", "-1"], "limit -1 is out of range"),
    (["--since", "2020-13"], "YYYY, YYYY-MM or YYYY-MM-DD"),
    (["--since", "2021", "--until", "2020"], "swap them"),
    (["--quad", "hugs"], "verbal-cooperation"),
])
def test_a_value_no_query_can_use_is_a_usage_error_that_says_why(db, args, says):
    res = invoke("events", "--db", db, *args)
    assert res.exit_code == 2 and says in res.output and "Traceback" not in res.output
    assert "duckdb" not in res.output.lower().replace(str(db).lower(), "")


def test_types_are_case_blind_and_comma_separated(db):
    rows = as_json(invoke("events", "--db", db, "--type", "assault,Consult", "--aux", "all", "--format", "json"))
    assert rows and {r["type"] for r in rows} == {"ASSAULT", "CONSULT"}


def test_events_default_to_asserted_and_historical_and_say_so(db):
    shown = as_json(invoke("events", "--db", db, "--format", "json"))
    every = as_json(invoke("events", "--db", db, "--aux", "all", "--format", "json"))
    assert len(every) > len(shown) and {r["aux"] for r in shown} <= {None, "historical"}
    negated = as_json(invoke("events", "--db", db, "--aux", "negated,future", "--format", "json"))
    assert {r["aux"] for r in negated} <= {"negated", "future"}
    res = invoke("events", "--db", db, env={"COLUMNS": "200"})
    assert "--aux all lists every one" in " ".join(res.stdout.split())


def test_the_newest_events_come_first_and_pages_follow(db):
    rows = as_json(invoke("events", "--db", db, "--aux", "all", "--format", "json"))
    dates = [r["date_start"] for r in rows if r["date_start"]]
    assert dates == sorted(dates, reverse=True)
    second = as_json(invoke("events", "--db", db, "--aux", "all", "--limit", "3", "--offset", "3", "--format", "json"))
    assert [r["event_key"] for r in second] == [r["event_key"] for r in rows[3:6]]
    res = invoke("events", "--db", db, "--aux", "all", "--limit", "3", env={"COLUMNS": "200"})
    assert f"of {len(rows)}" in res.stdout


def test_a_year_stands_for_the_whole_year(db):
    rows = as_json(invoke("events", "--db", db, "--since", "2023", "--until", "2023", "--format", "json"))
    assert rows and all(r["date_start"] <= "2023-12-31" and (r["date_end"] or r["date_start"]) >= "2023-01-01"
                        for r in rows)


def test_an_empty_csv_still_has_its_header(db):
    res = invoke("events", "--db", db, "--country", "Iceland", "--format", "csv")
    assert res.exit_code == 0
    (header,) = list(csv.reader(io.StringIO(res.stdout)))
    assert header[:3] == ["event_key", "type", "mode"] and "evidence" in header and "doc_id" in header
    res = invoke("quotes", "--db", db, "--text", "no such words anywhere", "--format", "csv")
    assert res.exit_code == 0 and res.stdout.startswith("doc_id,quote_id,speaker")


def test_csv_shows_missing_values_as_empty_cells(db):
    res = invoke("events", "--db", db, "--aux", "all", "--format", "csv")
    assert res.exit_code == 0 and "None" not in res.stdout
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert any(r["place_name"] == "" for r in rows)
    # a list with a missing item keeps its place: "; RUS" for [None, "RUS"]
    assert all(len(r["actor_names"].split("; ")) == len(r["actor_countries"].split("; "))
               for r in rows if r["actor_names"])


@pytest.mark.parametrize("fmt", ["csv", "table"])  # plain writes, and Rich
def test_a_closed_pipe_ends_quietly(db, fmt):
    # the reader is gone before the first line is written, as with `| head` on a long output
    import os

    read, write = os.pipe()
    os.close(read)
    try:
        res = subprocess.run([sys.executable, "-m", "newsgraph.cli", "events", "--db", str(db), "--aux", "all",
                              "--format", fmt], stdout=write, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write)
    assert res.stderr == "" and res.returncode == 0, res.stderr


def test_the_events_table_marks_cut_evidence_and_names_the_document(db):
    res = invoke("events", "--db", db, "--aux", "all", env={"COLUMNS": "400"})
    assert res.exit_code == 0
    assert "…" in res.stdout and "document" in res.stdout and "doc_" in res.stdout


def test_clip_keeps_the_trigger_in_view():
    from newsgraph.render import clip

    text = "x" * 300 + " struck " + "y" * 300
    shown, shift = clip(text, 160, keep=(301, 307))
    assert len(shown) <= 160 and shown.startswith("…") and shown.endswith("…")
    assert shown[301 + shift:307 + shift] == "struck"
    assert clip("short", 160) == ("short", 0)


def test_version():
    from newsgraph import __version__

    res = invoke("--version")
    assert res.exit_code == 0 and res.stdout.strip() == f"newsgraph {__version__}"


def test_the_list_commands(db):
    docs = as_json(invoke("documents", "--db", db, "--format", "json"))
    assert len(docs) >= 8 and {"doc_id", "published", "events", "quotes"} <= set(docs[0])
    assert [d["published"] for d in docs] == sorted((d["published"] for d in docs), reverse=True)
    kenya = as_json(invoke("documents", "--db", db, "--country", "KE", "--format", "json"))
    assert kenya and len(kenya) < len(docs)
    quotes = as_json(invoke("quotes", "--db", db, "--text", "reject", "--format", "json"))
    assert any("[the]" in q["content"] for q in quotes)
    claims = as_json(invoke("claims", "--db", db, "--format", "json"))
    assert claims and all(c["text"] for c in claims)
    places = as_json(invoke("places", "--db", db, "--country", "Kenya", "--format", "json"))
    assert "Nairobi" in {p["name"] for p in places}
    actors = as_json(invoke("actors", "--db", db, "--country", "RU", "--format", "json"))
    assert actors and {a["country"] for a in actors} == {"RUS"}
    for kind in ("documents", "actors", "quotes", "claims", "places"):
        res = invoke(kind, "--db", db, "--limit", "2", env={"COLUMNS": "200"})
        assert res.exit_code == 0, res.output
        assert "--offset 2" in res.output  # more than a page: how to get the next
    res = invoke("documents", "--db", db, "--since", "2020-02-30")
    assert res.exit_code == 2 and "YYYY-MM-DD" in res.output
    res = invoke("documents", "--db", db, "--limit", "0")
    assert res.exit_code == 2 and "limit 0" in res.output


def test_show_prints_brackets_in_quotes_as_text(db):
    res = invoke("show", hostile_doc_id(db), "--db", db, env={"COLUMNS": "300"})
    assert res.exit_code == 0, res.output
    assert "reject [the] tax" in res.stdout


def test_show_of_an_unknown_id_names_the_documents_command(db):
    res = invoke("show", "doc_nope", "--db", db)
    assert res.exit_code == 2 and "newsgraph documents" in res.output


def test_gdelt_tsv_is_gdelt_2_s_61_field_layout(db, tmp_path):
    from newsgraph.exporters import GDELT_COLUMNS

    out = tmp_path / "events.tsv"
    res = invoke("export", out, "--db", db, "--format", "gdelt-tsv")
    assert res.exit_code == 0, res.output
    header, *lines = out.read_text(encoding="utf-8").splitlines()
    assert header.split("\t") == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61  # BigQuery's names
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines]
    assert rows and all(len(line.split("\t")) == 61 for line in lines)
    for r in rows:
        assert r["GLOBALEVENTID"].isdigit() and r["IsRootEvent"] in ("0", "1")
        assert len(r["EventRootCode"]) == 2 and r["EventCode"].startswith(r["EventRootCode"])
        assert len(r["EventCode"]) == 3 and r["QuadClass"] in "1234"
        assert r["SQLDATE"] == "" or (len(r["SQLDATE"]) == 8 and r["Year"] == r["SQLDATE"][:4])
    countries = {r["ActionGeo_FullName"]: r["ActionGeo_CountryCode"] for r in rows if r["ActionGeo_FullName"]}
    assert countries.get("Tbilisi") == "GG" and countries.get("Sagaing") == "BM"  # FIPS, not ISO (GE, MM)
    assert countries.get("Nairobi") == "KE"
    nairobi = next(r for r in rows if r["ActionGeo_FullName"] == "Nairobi")
    assert nairobi["ActionGeo_Type"] == "4" and nairobi["ActionGeo_FeatureID"].isdigit()
    assert any(r["Actor1Code"] == "KENCOP" and r["Actor1CountryCode"] == "KEN" for r in rows)


def test_serve_get_prints_no_warning(db):
    res = subprocess.run([sys.executable, "-W", "default", "-m", "newsgraph.cli", "serve", "--db", str(db), "--get",
                          "/api/events?since=2020&country=RU&limit=1"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and res.stderr == "", res.stderr
    assert json.loads(res.stdout)["total"] >= 1
    res = subprocess.run([sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(db), "--get",
                          "/api/events?type=FOO"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 1 and "not a PLOVER type" in res.stdout


def test_serve_prints_its_address_when_it_starts(db):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(db), "--port", str(port)],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        line = proc.stderr.readline()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert f"http://127.0.0.1:{port}/" in line and "documents" in line


def test_summary_counts_distinct_actors(db):
    from newsgraph.store import Store

    res = invoke("summary", "--db", db, env={"COLUMNS": "160"})
    with Store(db, read_only=True) as s:
        distinct = s.execute("SELECT count(DISTINCT actor_key) FROM actors").rows[0][0]
    assert res.exit_code == 0 and f"distinct actors │ {distinct}" in " ".join(res.stdout.split())


def test_an_empty_table_says_what_to_change(db):
    res = invoke("events", "--db", db, "--country", "Iceland", "--type", "AID")
    assert res.exit_code == 0
    said = " ".join(res.output.split())
    assert "no event matches --country Iceland --type AID" in said and "--aux all" in said
