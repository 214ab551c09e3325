"""The Parquet lake: tables as Parquet partitioned by publication month, one file set per batch,
nothing rewritten, read through DuckDB so that every query runs the same on a lake and a store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.model import Actor, Document, Event, EventDate, NewsDoc, Place, Sentence
from newsgraph.query import find_events
from newsgraph.store import Store, StoreError
from newsgraph.store.lake import LakeFiles, create_lake, is_lake

ROOT = Path(__file__).resolve().parents[1]


def protest_report(text: str, published: date, url: str | None = None) -> NewsDoc:
    """A report of a protest by Georgian opposition groups against the government in Tbilisi."""
    doc = NewsDoc(Document.create(text, published=published, url=url, source_id=f"wire-{published}-{len(text)}"))
    doc.sentences = [Sentence(0, 0, len(text), 0, 0, 0)]
    o, t = text.index("opposition"), text.index("Tbilisi")
    doc.actors = [Actor("a1", "opposition", "group", country="GEO", sector="OPP", mentions=[(o, o + 10)]),
                  Actor("a2", "Georgia", "state", country="GEO", sector="GOV")]
    doc.places = [Place("p1", "Tbilisi", geonameid=611717, country="GE", lat=41.69, lon=44.83, precision="city",
                        mentions=[(t, t + 7)])]
    v = text.index("rallied")
    doc.events = [Event("e1", "PROTEST", (v, v + 7), (0, len(text)), actor=["a1"], recipient=["a2"],
                        mode="demonstrate", place="p1", date=EventDate("2021-11-14", ("2021-11-14", "2021-11-14"), "day"),
                        cameo="14", intensity=-6.5, confidence=0.7)]
    return doc


REPORTS = [
    ("On Sunday the opposition rallied in Tbilisi against the government.", date(2021, 11, 15), "https://a.example/1"),
    ("Thousands of opposition supporters rallied in Tbilisi on Sunday.", date(2021, 11, 16), "https://b.example/2"),
    ("The opposition rallied in Tbilisi again, a month after Sunday's march.", date(2021, 12, 14), None),
    ("Undated: the opposition rallied in Tbilisi.", None, None),
]


def docs(*which: int) -> list[NewsDoc]:
    return [protest_report(*REPORTS[i]) for i in which]


def comparable(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: r["event_key"])


def test_a_lake_is_partitioned_by_publication_month_and_never_rewritten(tmp_path):
    root = tmp_path / "lake"
    with Store(root, create_lake=True) as lake:
        assert lake.write_batch(docs(0, 1)) == 2
        first = {p: p.stat().st_mtime_ns for p in root.glob("**/*.parquet")}
        assert lake.write_batch(docs(2, 3)) == 2
    assert {p.relative_to(root).parent.as_posix() for p in root.glob("documents/**/*.parquet")} == {
        "documents/year=2021/month=11", "documents/year=2021/month=12", "documents/year=0/month=00"}
    # the second batch added files beside the first batch's, which are as they were
    assert {p: p.stat().st_mtime_ns for p in first} == first
    assert len(list(root.glob("documents/**/*.parquet"))) == 3


def test_events_on_a_lake_equal_events_on_a_store(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(docs(0, 2))
        store.write_batch(docs(1, 3))
        expected = comparable(find_events(store))
        stats = store.stats()
        doc_rows = store.execute("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id").rows
    with Store(tmp_path / "lake", create_lake=True) as lake:  # other batches, other order
        lake.write_batch(docs(3))
        lake.write_batch(docs(1, 0, 2))
    with Store(tmp_path / "lake", read_only=True) as lake:  # a lake directory opens as a lake
        assert lake.lake is not None
        assert comparable(find_events(lake)) == expected
        assert lake.stats() == stats
        assert lake.execute("SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY doc_id").rows == doc_rows
    assert len(expected) == 1 and expected[0]["n_reports"] == 4  # the reports of one protest, grouped


def test_re_ingesting_skips_stored_documents(tmp_path):
    with Store(tmp_path / "lake", create_lake=True) as lake:
        assert lake.write_batch(docs(0, 1)) == 2
    with Store(tmp_path / "lake") as lake:
        assert lake.known_documents([d.id for d in docs(0, 1, 2)]) == {d.id for d in docs(0, 1)}
        assert lake.write_batch(docs(0, 1, 2)) == 1
        assert lake.stats()["documents"] == 3
        assert lake.execute("SELECT count(*) FROM documents WHERE source_id LIKE 'wire-%'").rows == [(3,)]


def test_files_of_a_batch_that_never_committed_are_not_read(tmp_path):
    root = tmp_path / "lake"
    with Store(root, create_lake=True) as lake:
        lake.write_batch(docs(0))
        lake.write_batch(docs(1))
    # a batch killed before its documents file: its other files stay, and nobody counts them
    for p in root.glob("documents/**/*.parquet"):
        if "-000002-" in p.name:
            p.unlink()
    with Store(root) as lake:
        assert lake.stats()["documents"] == 1 and lake.stats()["event_mentions"] == 1
        assert lake.write_batch(docs(1)) == 1  # the next run redoes it
        assert lake.stats()["event_mentions"] == 2


def test_one_writer_at_a_time(tmp_path):
    with Store(tmp_path / "lake", create_lake=True):
        with pytest.raises(StoreError, match="one process writes a lake at a time"):
            Store(tmp_path / "lake", lock_wait=0.1)
        Store(tmp_path / "lake", read_only=True).close()  # readers need no lock


def test_a_lake_is_made_only_where_it_is_safe(tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="new or empty directory"):
        create_lake(tmp_path / "full")
    assert not is_lake(tmp_path / "nothing")
    with pytest.raises(StoreError, match="--lake"):
        LakeFiles(tmp_path / "nothing", read_only=True)


@pytest.mark.slow
def test_ingest_into_a_lake_and_a_store_gives_the_same_events(tmp_path, pipeline):
    from newsgraph.api import ingest

    samples = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))
    ingest(samples, db=tmp_path / "s.duckdb", pipeline=pipeline)  # one pipeline: the same annotations
    create_lake(tmp_path / "lake")
    report = ingest(list(reversed(samples)), db=tmp_path / "lake", pipeline=pipeline)
    assert report.stored == len(samples)
    again = ingest(samples, db=tmp_path / "lake", pipeline=pipeline)
    assert again.stored == 0 and again.skipped == len(samples)
    with Store(tmp_path / "s.duckdb", read_only=True) as store, Store(tmp_path / "lake", read_only=True) as lake:
        expected = comparable(find_events(store))
        assert expected and comparable(find_events(lake)) == expected
        assert lake.stats() == store.stats()
        assert [r["docs_stored"] for r in lake.runs()] == [len(samples), 0]


@pytest.mark.slow
def test_the_command_line_writes_a_lake_and_reads_it_like_a_store(tmp_path):
    import json

    from typer.testing import CliRunner

    from newsgraph.cli import app

    runner = CliRunner()
    samples = str(ROOT / "samples")
    lake, db = tmp_path / "lake", tmp_path / "s.duckdb"
    res = runner.invoke(app, ["ingest", samples, "--lake", str(lake)])
    assert res.exit_code == 0, res.output
    assert "stored 7" in res.output and is_lake(lake)
    assert runner.invoke(app, ["ingest", samples, "--lake", str(lake)]).output.count("already stored 7") == 1
    assert runner.invoke(app, ["ingest", samples, "--db", str(db)]).exit_code == 0
    on_lake = runner.invoke(app, ["events", "--db", str(lake), "--aux", "all", "--format", "json"])
    on_store = runner.invoke(app, ["events", "--db", str(db), "--aux", "all", "--format", "json"])
    assert on_lake.exit_code == 0, on_lake.output
    assert json.loads(on_lake.stdout) == json.loads(on_store.stdout) != []
    full = tmp_path / "full"
    full.mkdir()
    (full / "notes.txt").write_text("mine")
    res = runner.invoke(app, ["ingest", samples, "--lake", str(full)])
    assert res.exit_code == 1 and "new or empty directory" in res.output


def test_a_loaded_lake_is_kept_for_the_next_reader_until_the_lake_grows(tmp_path):
    from newsgraph.store.lake import _loaded

    root = tmp_path / "lake"
    with Store(root, create_lake=True) as lake:
        lake.write_batch(docs(0, 1))
    _loaded.clear()  # as in a new process
    with Store(root, read_only=True) as lake:
        assert lake.stats()["documents"] == 2
    (snapshot,) = (root / "_read").glob("*.duckdb")
    made = snapshot.stat().st_mtime_ns
    _loaded.clear()
    with Store(root, read_only=True) as lake:
        assert lake.stats()["documents"] == 2
    assert snapshot.exists() and snapshot.stat().st_mtime_ns == made  # opened, not made again
    with Store(root) as lake:
        lake.write_batch(docs(2))
    with Store(root, read_only=True) as lake:
        assert lake.stats()["documents"] == 3
    assert [p.name for p in (root / "_read").glob("*.duckdb")] != [snapshot.name]
    assert len(list((root / "_read").glob("*.duckdb"))) == 1


def test_a_document_id_with_a_quote_is_written_and_read(tmp_path):
    doc = protest_report(*REPORTS[0])
    doc.document = Document.create(doc.text, published=REPORTS[0][1], id="O'Brien \"wire\" 1")
    with Store(tmp_path / "lake", create_lake=True) as lake:
        assert lake.write_batch([doc]) == 1
    with Store(tmp_path / "lake", read_only=True) as lake:
        assert [r["doc_id"] for r in find_events(lake)] == ["O'Brien \"wire\" 1"]
