"""The store, with documents annotated by hand (no model needed)."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from newsgraph.exporters import export
from newsgraph.model import Actor, Document, Event, EventDate, NewsDoc, Place, Quote, Sentence, Timex
from newsgraph.query import EventFilter, find_events, top_actors
from newsgraph.store import Store, StoreError
from newsgraph.store.schema import SCHEMA_VERSION


def strike_report(text: str, published=date(2022, 3, 2), url=None) -> NewsDoc:
    """A report of an air strike by Russia on Ukraine in Kharkiv, annotated by hand."""
    doc = NewsDoc(Document.create(text, published=published, url=url))
    doc.sentences = [Sentence(0, 0, len(text), 0, 0, 0)]
    r, u, k = text.index("Russian"), text.index("Ukrain"), text.index("Kharkiv")
    doc.actors = [
        Actor("a1", "Russia", "state", country="RUS", sector="MIL", mentions=[(r, r + 7)]),
        Actor("a2", "Ukraine", "state", country="UKR", sector="GOV", mentions=[(u, u + 9)]),
    ]
    doc.places = [Place("p1", "Kharkiv", geonameid=706483, country="UA", lat=49.98, lon=36.25,
                        precision="city", mentions=[(k, k + 7)])]
    t = text.index("struck")
    doc.timexes = [Timex(0, 7, text[:7], "DATE", "2022-03-01", ("2022-03-01", "2022-03-01"), "day", id="t1")]
    doc.events = [Event("e1", "ASSAULT", (t, t + 6), (0, len(text)), actor=["a1"], recipient=["a2"], mode="aerial",
                        place="p1", date=EventDate("2022-03-01", ("2022-03-01", "2022-03-01"), "day"),
                        cameo="19", intensity=-9.5, confidence=0.8)]
    doc.quotes = [Quote("q1", (0, 7), direct=False, speaker="a2", speaker_text="Ukraine")]
    return doc


A = "Tuesday Russian jets struck Kharkiv, Ukrainian officials said."
B = "On Tuesday Russian aircraft struck Kharkiv, the Ukrainian government said in a statement."


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.duckdb")
    yield s
    s.close()


def test_schema_version_recorded(store):
    assert store.schema_version == SCHEMA_VERSION


def test_same_document_twice_is_stored_once(store):
    assert store.write_batch([strike_report(A)]) == 1
    before = store.stats()
    assert store.write_batch([strike_report(A), strike_report(A)]) == 0
    assert store.stats() == before
    assert before["documents"] == 1 and before["actors"] == 2 and before["event_mentions"] == 1


def test_one_event_told_by_two_reports_is_one_event(store):
    store.write_batch([strike_report(A), strike_report(B)])
    stats = store.stats()
    assert stats["documents"] == 2
    assert stats["events"] == 1
    assert stats["event_mentions"] == 2
    (ev,) = find_events(store)
    assert ev["n_reports"] == 2 and ev["type"] == "ASSAULT"
    assert "struck" in ev["evidence"]


def test_rows_keep_document_offsets(store):
    store.write_batch([strike_report(A)])
    doc_id = strike_report(A).id
    (m,) = [m for m in store.table("actor_mentions", doc_id) if m["actor_id"] == "a1"]
    assert A[m["start_char"]:m["end_char"]] == "Russian" == m["text"]
    (em,) = store.table("event_mentions", doc_id)
    assert A[em["trigger_start"]:em["trigger_end"]] == "struck"


def test_failed_documents_go_to_ingest_errors_not_documents(store):
    bad = strike_report(A)
    bad.errors.append(f"{bad.id}: stage events failed: ValueError: boom")
    store.write_batch([bad], errors=[("err_1", "file.csv:3", "row has no text")])
    stats = store.stats()
    assert stats["documents"] == 0 and stats["ingest_errors"] == 2
    store.write_batch([bad], errors=[("err_1", "file.csv:3", "row has no text")])
    assert store.stats()["ingest_errors"] == 2


def test_a_failing_batch_writes_nothing(store, monkeypatch):
    import newsgraph.store as store_mod

    good = strike_report(A)

    def broken_rows(doc):
        rows = store_mod.document_rows(doc)
        rows["claims"] = [{"doc_id": doc.id, "claim_id": "x"}]  # no offsets (NOT NULL): the INSERT fails mid-batch
        return rows

    monkeypatch.setattr(store_mod, "document_rows", broken_rows)
    with pytest.raises(Exception):
        store.write_batch([good])
    monkeypatch.undo()
    assert store.stats()["documents"] == 0
    assert store.write_batch([good]) == 1


def test_filters(store):
    store.write_batch([strike_report(A)])
    assert len(find_events(store, EventFilter(country="rus"))) == 1
    assert len(find_events(store, EventFilter(country="FRA"))) == 0
    assert len(find_events(store, EventFilter(actor="ukraine"))) == 1
    assert len(find_events(store, EventFilter(type="assault", place="kharkiv"))) == 1
    assert len(find_events(store, EventFilter(place="706483"))) == 1
    assert len(find_events(store, EventFilter(since=date(2022, 3, 2)))) == 0
    assert len(find_events(store, EventFilter(until=date(2022, 3, 1)))) == 1
    assert top_actors(store)[0]["documents"] == 1


def test_exports(store, tmp_path):
    store.write_batch([strike_report(A), strike_report(B)])
    assert export(store, "plover-jsonl", tmp_path / "e.jsonl") == 1
    rec = json.loads((tmp_path / "e.jsonl").read_text().splitlines()[0])
    assert rec["event_type"] == "ASSAULT" and rec["actor"][0]["country"] == "RUS"
    assert rec["location"]["geonameid"] == 706483 and rec["n_reports"] == 2
    export(store, "gdelt-tsv", tmp_path / "e.tsv")
    rows = list(csv.DictReader(open(tmp_path / "e.tsv"), delimiter="\t"))
    assert rows[0]["SQLDATE"] == "20220301" and rows[0]["QuadClass"] == "4" and rows[0]["NumMentions"] == "2"
    export(store, "csv", tmp_path / "e.csv")
    assert "ASSAULT" in (tmp_path / "e.csv").read_text()
    export(store, "parquet", tmp_path / "pq")
    import pyarrow.parquet as pq

    assert pq.read_table(tmp_path / "pq" / "events.parquet").num_rows == 1


def test_read_only_on_missing_file_says_how_to_create(tmp_path):
    with pytest.raises(StoreError, match="newsgraph ingest"):
        Store(tmp_path / "nope.duckdb", read_only=True)


def test_a_document_stored_later_is_no_longer_an_ingest_error(store):
    bad = strike_report(A)
    bad.errors.append(f"{bad.id}: stage events failed: ValueError: boom")
    store.write_batch([bad], errors=[("err_2", "notes.txt", "not UTF-8")])
    assert store.stats()["ingest_errors"] == 2
    good = strike_report(A)  # the same document annotated cleanly on a later run
    fixed = strike_report(B)
    fixed.document = Document.create(B, published=date(2022, 3, 2), source="notes.txt")
    store.write_batch([good, fixed])
    assert store.stats()["ingest_errors"] == 0 and store.stats()["documents"] == 2
