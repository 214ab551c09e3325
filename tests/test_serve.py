"""The HTTP API answers in-process from a real store."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.store import Store
from test_store import A, strike_report

pytest.importorskip("fastapi")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        s.write_batch([strike_report(A)])
    return path


def test_api_routes(db):
    from newsgraph.serve import get

    status, stats = get(db, "/api/stats")
    assert status == 200 and stats["documents"] == 1 and stats["events_by_type"] == {"ASSAULT": 1}
    status, events = get(db, "/api/events?country=RUS&since=2022-01-01")
    assert status == 200 and events["total"] == 1
    assert events["items"][0]["type"] == "ASSAULT" and events["items"][0]["date_start"] == "2022-03-01"
    assert get(db, "/api/events?country=FRA")[1]["items"] == []
    doc_id = strike_report(A).id
    status, doc = get(db, f"/api/documents/{doc_id}")
    assert status == 200 and doc["events"][0]["trigger"] == "struck" and len(doc["actors"]) == 2
    assert get(db, "/api/documents/nope")[0] == 404
    status, page = get(db, "/")
    # offline: the page loads nothing from another host
    assert status == 200 and "/assets/app.js" in page and "http://" not in page and "https://" not in page


def test_serve_get_from_the_cli(db):
    res = CliRunner().invoke(app, ["serve", "--db", str(db), "--get", "/api/events?type=ASSAULT"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["items"][0]["place_name"] == "Kharkiv"
    assert "Deprecation" not in res.output
