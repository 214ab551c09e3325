"""Each ingest stores what it ran with; each stored event points at its run; old stores migrate."""

from __future__ import annotations

import json

import duckdb
from test_store import A, B, strike_report
from typer.testing import CliRunner

from newsgraph.api import ingest
from newsgraph.config import Config
from newsgraph.model import Document
from newsgraph.pipeline import Pipeline
from newsgraph.plover.lexicon import LEXICON_VERSION
from newsgraph.plover.ontology import TABLE_VERSION
from newsgraph.stages.base import Stage
from newsgraph.store import Store
from newsgraph.store.schema import SCHEMA_VERSION


class _ByHand(Stage):
    """Annotates the two strike reports of test_store by hand, so no model is needed."""

    name = "by_hand"
    sets = ("events",)

    def __call__(self, doc):
        done = strike_report(doc.text, published=doc.document.published)
        for attr in ("sentences", "actors", "places", "timexes", "events", "quotes"):
            setattr(doc, attr, getattr(done, attr))
        doc.done.append(self.name)
        return doc


def _pipeline() -> Pipeline:
    p = Pipeline(Config(stages=()))
    p.stages.append(_ByHand(p.config))
    return p


def _report(text):
    return Document.create(text, published=strike_report(text).document.published)


def test_an_ingest_stores_its_versions_and_its_events_point_at_it(tmp_path):
    db = tmp_path / "runs.duckdb"
    ingest(db=db, items=[_report(A)], pipeline=_pipeline())
    ingest(db=db, items=[_report(A), _report(B)], pipeline=_pipeline())
    with Store(db, read_only=True) as s:
        first, second = s.runs()
        assert (first["run_id"], second["run_id"]) == (1, 2)
        assert first["lexicon_version"] == LEXICON_VERSION and first["ontology_version"] == TABLE_VERSION
        assert first["kb_version"].startswith("builtin-") and first["kb_phoenix_version"].startswith("phoenix-")
        assert first["timex_version"] and first["model_name"] == Config().model and first["model_version"]
        assert first["newsgraph_version"] and first["spacy_version"]
        assert first["detector_version"] is None  # the rules coder loads no detector
        assert json.loads(first["data_versions"])["plover_verbs.psv"] == LEXICON_VERSION
        assert json.loads(first["config"])["min_population"] == 15000
        assert (second["docs_read"], second["docs_stored"], second["docs_skipped"]) == (2, 1, 1)
        assert first["finished_at"] and second["finished_at"]
        # B tells the event A told: one event, first stored by run 1, with a report from each run
        assert s.execute("SELECT run_id FROM events").rows == [(1,)]
        assert sorted(s.execute("SELECT run_id FROM event_mentions").rows) == [(1,), (2,)]
        assert sorted(s.execute("SELECT run_id FROM documents").rows) == [(1,), (2,)]


def test_stats_lists_the_runs(tmp_path):
    from newsgraph.cli import app

    db = tmp_path / "runs.duckdb"
    ingest(db=db, items=[_report(A)], pipeline=_pipeline())
    res = CliRunner().invoke(app, ["stats", "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    (run,) = json.loads(res.stdout)["ingest_runs"]
    assert run["run_id"] == 1 and run["lexicon_version"] == LEXICON_VERSION
    res = CliRunner().invoke(app, ["stats", "--db", str(db)])
    assert "ingest runs" in res.stdout and LEXICON_VERSION in res.stdout


# The tables schema 1 had and schema 2 changed, as schema 1 created them.
SCHEMA_1 = [
    "CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp)",
    "INSERT INTO schema_version (version) VALUES (1)",
    """CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY, published DATE, title VARCHAR, url VARCHAR,
       source VARCHAR, text VARCHAR NOT NULL, n_chars INTEGER, warnings VARCHAR[],
       ingested_at TIMESTAMP DEFAULT current_timestamp)""",
    """CREATE TABLE events (event_key VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, mode VARCHAR, aux VARCHAR,
       cameo VARCHAR, intensity DOUBLE, date_value VARCHAR, date_start DATE, date_end DATE, date_precision VARCHAR,
       actor_keys VARCHAR[], actor_names VARCHAR[], actor_countries VARCHAR[], actor_sectors VARCHAR[],
       recipient_keys VARCHAR[], recipient_names VARCHAR[], recipient_countries VARCHAR[],
       recipient_sectors VARCHAR[], place_name VARCHAR, geonameid BIGINT, place_country VARCHAR, lat DOUBLE,
       lon DOUBLE, place_precision VARCHAR, first_doc_id VARCHAR NOT NULL)""",
    """CREATE TABLE event_mentions (event_key VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
       aux VARCHAR, confidence DOUBLE, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL,
       sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, size VARCHAR,
       PRIMARY KEY (doc_id, event_id))""",
    "INSERT INTO documents (doc_id, text) VALUES ('doc_old', 'An old article.')",
    "INSERT INTO events (event_key, type, first_doc_id) VALUES ('ev_old', 'ASSAULT', 'doc_old')",
    "INSERT INTO event_mentions VALUES ('ev_old', 'doc_old', 'e1', NULL, 0.5, 0, 2, 0, 15, NULL)",
]


def _schema_1_store(path) -> None:
    conn = duckdb.connect(str(path))
    for statement in SCHEMA_1:
        conn.execute(statement)
    conn.close()


def test_a_schema_1_store_is_migrated_when_opened_for_writing(tmp_path):
    db = tmp_path / "old.duckdb"
    _schema_1_store(db)
    with Store(db, read_only=True) as s:  # reading does not change it
        assert s.schema_version == 1 and s.runs() == []
        assert s.execute("SELECT count(*) FROM events").rows == [(1,)]
    ingest(db=db, items=[_report(A)], pipeline=_pipeline())
    with Store(db, read_only=True) as s:
        assert s.schema_version == SCHEMA_VERSION  # migrated to the current schema, whatever it is
        cols = s.execute("SELECT * FROM events LIMIT 0").columns
        assert "run_id" in cols and cols.index("run_id") > cols.index("type")  # new columns go last
        fresh = tmp_path / "new.duckdb"
        Store(fresh).close()
        with Store(fresh, read_only=True) as new:
            for table in ("documents", "events", "event_mentions", "ingest_runs"):
                q = f"SELECT * FROM {table} LIMIT 0"
                assert s.execute(q).columns == new.execute(q).columns, table
        assert s.execute("SELECT doc_id, run_id FROM documents ORDER BY run_id NULLS FIRST").rows[0] == \
            ("doc_old", None)
        assert s.execute("SELECT count(*) FROM events WHERE run_id = 1").rows == [(1,)]
        assert [r["run_id"] for r in s.runs()] == [1]
    Store(db).close()  # opening again changes nothing
    with Store(db, read_only=True) as s:
        assert s.execute("SELECT version FROM schema_version ORDER BY version").rows == [
            (v,) for v in range(1, SCHEMA_VERSION + 1)]


def test_rows_name_their_columns(tmp_path):
    from newsgraph.store.rows import document_rows

    with Store(tmp_path / "cols.duckdb", share=False) as s:
        for table, rows in document_rows(strike_report(A)).items():
            columns = s.execute(f"SELECT * FROM {table} LIMIT 0").columns
            required = {r[0] for r in s.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND is_nullable = 'NO'",
                [table]).rows}
            for row in rows:
                assert set(row) <= set(columns) and required <= set(row), table
