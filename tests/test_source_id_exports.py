"""Each report of an event carries its document's own id in the input (documents.source_id)
beside the content hash, in `events`, `events --reports` and the PLOVER JSONL and CSV exports,
so an analyst can join the events back to their corpus."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import duckdb
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.exporters import export
from newsgraph.model import Actor, Document, Event, EventDate, NewsDoc, Sentence
from newsgraph.query import EVENT_ROW_COLUMNS, EventFilter, find_events, find_reports
from newsgraph.store import Store


def strike_report(text: str, published: date, source_id: str | None) -> NewsDoc:
    """A report of dockworkers striking against the port authority of Rotterdam."""
    doc = NewsDoc(Document.create(text, published=published, source_id=source_id))
    doc.sentences = [Sentence(0, 0, len(text), 0, 0, 0)]
    w = text.index("dockworkers")
    doc.actors = [Actor("a1", "dockworkers", "group", country="NLD", sector="LAB", mentions=[(w, w + 11)]),
                  Actor("a2", "the port authority", "organization", country="NLD", sector="GOV")]
    v = text.index("walked out")
    doc.events = [Event("e1", "PROTEST", (v, v + 10), (0, len(text)), actor=["a1"], recipient=["a2"],
                        mode="strike", date=EventDate("2022-06-07", ("2022-06-07", "2022-06-07"), "day"),
                        cameo="14", intensity=-6.5, confidence=0.7)]
    return doc


FIRST = strike_report("On Tuesday the dockworkers walked out over pay at the port of Rotterdam.",
                      date(2022, 6, 8), "harbour-feed-0001")
SECOND = strike_report("Rotterdam's dockworkers walked out on Tuesday, the port authority said.",
                       date(2022, 6, 9), "harbour-feed-0002")
NO_ID = strike_report("The dockworkers walked out on Tuesday in Rotterdam.", date(2022, 6, 8), None)
#: the input id of each document; an event's first report is the one whose content hash sorts first
SOURCE_ID = {d.document.id: d.document.source_id for d in (FIRST, SECOND, NO_ID)}


def store_of(tmp_path, docs, name="s.duckdb"):
    path = tmp_path / name
    with Store(path) as store:
        store.write_batch(docs)
    return path


def test_an_event_row_names_its_first_report_by_the_input_id(tmp_path):
    assert EVENT_ROW_COLUMNS.index("source_id") == EVENT_ROW_COLUMNS.index("doc_id") + 1
    with Store(store_of(tmp_path, [FIRST, SECOND]), read_only=True) as store:
        (event,) = find_events(store)
    assert event["n_reports"] == 2
    assert event["source_id"] in ("harbour-feed-0001", "harbour-feed-0002")
    assert event["source_id"] == SOURCE_ID[event["doc_id"]]


def test_each_report_carries_its_own_document_source_id(tmp_path):
    with Store(store_of(tmp_path, [FIRST, SECOND]), read_only=True) as store:
        (event,) = find_events(store)
        reports = find_reports(store, [event["event_key"]])[event["event_key"]]
    assert [(r["doc_id"], r["source_id"]) for r in reports] == [
        (FIRST.document.id, "harbour-feed-0001"), (SECOND.document.id, "harbour-feed-0002")]


def test_a_first_report_without_an_input_id_is_not_given_another_reports_id(tmp_path):
    assert NO_ID.document.id < FIRST.document.id  # so that the report without an id is the first
    with Store(store_of(tmp_path, [NO_ID, FIRST]), read_only=True) as store:
        (event,) = find_events(store)
    assert event["doc_id"] == NO_ID.document.id and event["source_id"] is None


def test_plover_jsonl_carries_the_source_id_of_the_event_and_of_every_report(tmp_path):
    out = tmp_path / "events.jsonl"
    with Store(store_of(tmp_path, [FIRST, SECOND]), read_only=True) as store:
        assert export(store, "plover-jsonl", out) == 1
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["source_id"] == SOURCE_ID[record["source_doc"]] is not None
    assert [(r["doc_id"], r["source_id"]) for r in record["reports"]] == [
        (FIRST.document.id, "harbour-feed-0001"), (SECOND.document.id, "harbour-feed-0002")]


def test_the_csv_export_has_a_source_id_column_after_doc_id(tmp_path):
    out = tmp_path / "events.csv"
    with Store(store_of(tmp_path, [FIRST, SECOND]), read_only=True) as store:
        export(store, "csv", out)
    with open(out, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        (row,) = list(reader)
    assert header[header.index("doc_id") + 1] == "source_id"
    assert row["source_id"] == SOURCE_ID[row["doc_id"]] is not None
    # joins back to the input corpus by the user's own id
    joined = duckdb.sql(f"SELECT source_id, type FROM read_csv('{out}') WHERE source_id LIKE 'harbour-feed-%'")
    assert joined.fetchall() == [(row["source_id"], "PROTEST")]


def test_events_reports_as_csv_list_every_report_with_its_source_id(tmp_path):
    db = store_of(tmp_path, [FIRST, SECOND, NO_ID])
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--reports", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(r["source_id"] for r in rows) == ["", "harbour-feed-0001", "harbour-feed-0002"]
    assert all(r["doc_id"].startswith("doc_") for r in rows)
    head = result.stdout.splitlines()[0].split(",")
    assert head[head.index("doc_id") + 1] == "source_id"


def test_events_as_json_carry_the_source_id(tmp_path):
    db = store_of(tmp_path, [FIRST, SECOND])
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--reports", "--format", "json"])
    assert result.exit_code == 0, result.output
    (event,) = json.loads(result.stdout)
    assert event["source_id"] == SOURCE_ID[event["doc_id"]] is not None
    assert [r["source_id"] for r in event["reports"]] == ["harbour-feed-0001", "harbour-feed-0002"]


def test_a_schema_3_store_read_as_it_is_exports_an_empty_source_id(tmp_path):
    path = store_of(tmp_path, [FIRST, SECOND], name="old.duckdb")
    con = duckdb.connect(str(path))  # the store schema 3 wrote: no source_id, version 3
    con.execute("ALTER TABLE documents DROP COLUMN source_id")
    con.execute("UPDATE schema_version SET version = 3")
    con.close()
    with Store(path, read_only=True) as store:
        assert store.schema_version == 3
        (event,) = find_events(store)
        reports = find_reports(store, [event["event_key"]])[event["event_key"]]
        export(store, "plover-jsonl", tmp_path / "old.jsonl")
        export(store, "csv", tmp_path / "old.csv")
    assert event["source_id"] is None and [r["source_id"] for r in reports] == [None, None]
    (record,) = [json.loads(line) for line in (tmp_path / "old.jsonl").read_text().splitlines()]
    assert record["source_id"] is None and record["source_doc"] in SOURCE_ID
    # opened for writing once, it is upgraded and keeps reading
    with Store(path) as store:
        assert find_events(store, EventFilter())[0]["source_id"] is None


def test_a_lake_gives_the_same_source_ids_as_a_store(tmp_path):
    with Store(tmp_path / "lake", create_lake=True) as lake:
        lake.write_batch([FIRST, SECOND])
    with Store(tmp_path / "lake", read_only=True) as lake:
        (event,) = find_events(lake)
        reports = find_reports(lake, [event["event_key"]])[event["event_key"]]
    assert event["source_id"] == SOURCE_ID[event["doc_id"]] is not None
    assert [r["source_id"] for r in reports] == ["harbour-feed-0001", "harbour-feed-0002"]


def test_an_event_row_gives_its_first_reports_title_or_none(tmp_path):
    """The title beside doc_id is that document's, never another report's when it has none."""
    titled = strike_report("Rotterdam's dockworkers walked out on Tuesday over pay.", date(2022, 6, 9), "t-1")
    titled.document = Document.create(titled.document.text, published=titled.document.published,
                                      title="Dock strike in Rotterdam", source_id="t-1")
    # (an untitled report whose content hash sorts first, so it is the event's first report)
    untitled = next(r for r in (strike_report(f"The dockworkers walked out on Tuesday in Rotterdam, union {k} said.",
                                              date(2022, 6, 8), "t-2") for k in range(50))
                    if r.document.id < titled.document.id)
    with Store(store_of(tmp_path, [titled, untitled]), read_only=True) as store:
        (event,) = find_events(store)
    assert event["doc_id"] == untitled.document.id
    assert event["doc_title"] is None
