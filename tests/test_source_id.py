"""An input's own id (JSONL `id`, a CSV id column, a file's name) is kept as documents.source_id,
beside the content hash that stays the key; schema 4 also keeps the quote a quote is reported in."""

from __future__ import annotations

import json
from datetime import date

import duckdb

from newsgraph.config import Config
from newsgraph.exporters import export
from newsgraph.model import Document, NewsDoc, Quote, Sentence
from newsgraph.readers import ReadError, read_paths
from newsgraph.store import Store
from newsgraph.store.schema import SCHEMA_VERSION


def documents(paths) -> list[Document]:
    items = list(read_paths([str(p) for p in paths]))
    assert not [i for i in items if isinstance(i, ReadError)], items
    return items


def test_jsonl_id_is_the_source_id(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"id": "wire-0042", "date": "2021-03-02", "text": "Talks resumed in Geneva."}) + "\n"
                 + json.dumps({"date": "2021-03-02", "text": "A row without an id."}) + "\n"
                 + json.dumps({"id": 17, "date": "2021-03-02", "text": "A numeric id."}) + "\n")
    with_id, without, numeric = documents([f])
    assert with_id.source_id == "wire-0042" and with_id.id.startswith("doc_")
    assert without.source_id is None
    assert numeric.source_id == "17"


def test_csv_id_column_is_the_source_id(tmp_path):
    f = tmp_path / "corpus.csv"
    f.write_text("id,date,title,text\nA-1,2021-03-02,Talks,Talks resumed in Geneva.\n")
    (doc,) = documents([f])
    assert doc.source_id == "A-1" and doc.title == "Talks"


def test_a_renamed_id_column_is_the_source_id(tmp_path):
    from newsgraph.readers import ReaderOptions

    f = tmp_path / "corpus.csv"
    f.write_text("article_no,date,text\n991,2021-03-02,Talks resumed in Geneva.\n")
    (doc,) = list(read_paths([str(f)], ReaderOptions(columns={"id": "article_no"})))
    assert doc.source_id == "991"


def test_a_file_name_is_the_source_id(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "geneva-talks.txt").write_text("date 2021-03-02\n\nTalks resumed in Geneva.\n")
    (doc,) = documents([folder])
    assert doc.source_id == "geneva-talks.txt"


def hand_annotated(text: str, source_id: str | None) -> NewsDoc:
    doc = NewsDoc(Document.create(text, published=date(2021, 3, 2), source_id=source_id))
    doc.sentences = [Sentence(0, 0, len(text), 0, 0, 0)]
    doc.quotes = [Quote("q1", (0, 5), direct=True), Quote("q2", (6, 10), direct=False, within="q1")]
    return doc


def test_the_store_keeps_source_id_and_quote_within(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch([hand_annotated("Talks resumed in Geneva on Tuesday.", "wire-0042")])
        assert store.execute("SELECT source_id FROM documents").rows == [("wire-0042",)]
        assert store.execute("SELECT quote_id, within FROM quotes ORDER BY quote_id").rows == [
            ("q1", None), ("q2", "q1")]
        # queryable: find a document by the user's own id
        (row,) = store.execute("SELECT doc_id FROM documents WHERE source_id = ?", ["wire-0042"]).rows
        assert row[0].startswith("doc_")
        export(store, "parquet", tmp_path / "out")
    exported = duckdb.sql(f"SELECT source_id FROM '{tmp_path / 'out' / 'documents.parquet'}'").fetchall()
    assert exported == [("wire-0042",)]


def test_a_schema_3_store_upgrades_and_keeps_its_documents(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.write_batch([hand_annotated("Talks resumed in Geneva on Tuesday.", None)])
    # make it the store schema 3 wrote: no source_id, no within, version 3
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE documents DROP COLUMN source_id")
    con.execute("ALTER TABLE quotes DROP COLUMN within")
    con.execute("UPDATE schema_version SET version = 3")
    con.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION == 4
        assert store.execute("SELECT count(*), count(source_id) FROM documents").rows == [(1, 0)]
        store.write_batch([hand_annotated("Talks resumed in Bern on Friday.", "x.txt")])
        assert store.execute("SELECT source_id FROM documents WHERE source_id IS NOT NULL").rows == [("x.txt",)]
        columns = [r[0] for r in store.execute("DESCRIBE documents").rows]
    fresh = Store(tmp_path / "new.duckdb")
    assert [r[0] for r in fresh.execute("DESCRIBE documents").rows] == columns  # same columns, same order
    fresh.close()


def test_ingest_keeps_the_jsonl_id(tmp_path):
    from newsgraph.api import ingest

    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"id": "wire-7", "date": "2021-03-02", "text": "Talks resumed in Geneva."}) + "\n")
    db = tmp_path / "s.duckdb"
    report = ingest([f], db=db, config=Config(stages=("nlp",)))
    assert report.stored == 1
    with Store(db, read_only=True) as store:
        assert store.execute("SELECT source_id, source FROM documents").rows == [("wire-7", f"{f}:1")]
