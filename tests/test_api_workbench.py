"""The HTTP API over a small real store: every list pages with a total, every filter takes
what the CLI takes, a bad value is a 422 that says why, and the docs load nothing from
another host."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from workbench_store import hostile_doc_id, workbench_db

pytest.importorskip("fastapi")
# the test client itself warns about its transport; the app is what is tested here
pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx`")


@pytest.fixture(scope="module")
def client(pipeline):
    from fastapi.testclient import TestClient

    from newsgraph.serve import create_app

    return TestClient(create_app(workbench_db(pipeline)), base_url="http://127.0.0.1:8765")


def ok(client, path):
    res = client.get(path)
    assert res.status_code == 200, (path, res.text)
    return res.json()


def test_events_page_with_a_total_newest_first(client):
    first = ok(client, "/api/events?limit=5")
    assert first["total"] > 5 and len(first["items"]) == 5 and first["sort"] == "newest"
    assert first["aux"] == ["asserted", "historical"]
    dates = [e["date_start"] for e in first["items"]]
    assert dates == sorted(dates, reverse=True)
    second = ok(client, "/api/events?limit=5&offset=5")
    assert not {e["event_key"] for e in first["items"]} & {e["event_key"] for e in second["items"]}
    every = ok(client, "/api/events?aux=all&limit=1000")
    assert every["total"] > first["total"] == len(ok(client, "/api/events?limit=1000")["items"])
    oldest = ok(client, "/api/events?sort=oldest&limit=3")["items"]
    assert oldest[0]["date_start"] <= oldest[-1]["date_start"]


def test_each_event_row_carries_what_the_page_shows(client):
    (e,) = ok(client, "/api/events?type=ASSAULT&limit=1")["items"]
    assert e["date_text"] and e["doc_id"].startswith("doc_") and e["evidence"]
    assert e["evidence"][e["trigger_offset"]:e["trigger_offset"] + len(e["trigger"])] == e["trigger"]


@pytest.mark.parametrize("country", ["Russia", "RU", "RUS", "russian%20federation"])
def test_country_forms(client, country):
    data = ok(client, f"/api/events?country={country}&since=2020")
    assert data["total"] > 0
    assert all("RUS" in e["actor_countries"] + e["recipient_countries"] for e in data["items"])


@pytest.mark.parametrize("query, says", [
    ("country=Narnia", "ISO-2"),
    ("type=FOO", "not a PLOVER type"),
    ("aux=bogus", "use all or any of"),
    ("since=2020-13", "YYYY-MM-DD"),
    ("since=2021&until=2020", "swap them"),
    ("sort=random", "newest, oldest"),
    ("quad=9", "verbal-cooperation"),
])
def test_a_bad_value_is_a_422_that_says_why(client, query, says):
    res = client.get("/api/events?" + query)
    assert res.status_code == 422 and says in res.json()["detail"]


def test_a_bad_page_is_a_422_too(client):
    res = client.get("/api/events?limit=-1")
    assert res.status_code == 422 and "limit" in str(res.json()["detail"])
    assert client.get("/api/documents?offset=-3").status_code == 422


def test_text_searches_the_evidence(client):
    data = ok(client, "/api/events?text=ARRESTED&aux=all")
    assert data["total"] >= 1 and all("arrested" in e["evidence"].lower() for e in data["items"])


def test_one_event_with_every_report_and_span(client):
    key = ok(client, "/api/events?limit=1")["items"][0]["event_key"]
    ev = ok(client, f"/api/events/{key}")
    assert ev["event_key"] == key and ev["reports"]
    span = ev["reports"][0]["evidence"][0]
    assert span["trigger_text"] and span["sentence_text"]
    assert client.get("/api/events/ev_nope").status_code == 404


def test_documents_list_and_one_with_its_annotations(client):
    docs = ok(client, "/api/documents?limit=3")
    assert docs["total"] >= 8 and len(docs["items"]) == 3 and "doc_id" in docs["columns"]
    found = ok(client, "/api/documents?text=onerror")
    assert found["total"] == 1
    doc = ok(client, "/api/documents/" + found["items"][0]["doc_id"])
    assert "<script>" in doc["text"]  # the text as stored; the page shows it as text
    for key in ("actors", "places", "timexes", "quotes", "claims", "events", "event_mentions"):
        assert key in doc
    assert all(a["mentions"] for a in doc["actors"])
    assert client.get("/api/documents/nope").status_code == 404


def test_actors_are_distinct_with_counts_and_one_actor_has_a_page(client):
    actors = ok(client, "/api/actors?limit=200")
    keys = [a["actor_key"] for a in actors["items"]]
    assert len(keys) == len(set(keys)) and actors["total"] >= len(keys)
    busiest = actors["items"][0]
    assert busiest["events"] == busiest["as_actor"] + busiest["as_recipient"] > 0
    actor = ok(client, "/api/actors/" + quote(busiest["actor_key"], safe=""))
    assert actor["name"] and actor["documents"] >= 1
    assert actor["events_as_actor_total"] + actor["events_as_recipient_total"] >= 1
    assert client.get("/api/actors/nobody").status_code == 404
    russia = ok(client, "/api/actors?country=RU")
    assert russia["items"] and {a["country"] for a in russia["items"]} == {"RUS"}


def test_quotes_claims_places(client):
    quotes = ok(client, "/api/quotes?text=reject")
    assert any("[the]" in q["content"] for q in quotes["items"])
    claims = ok(client, "/api/claims")
    assert claims["total"] > 0 and all(c["text"] for c in claims["items"])
    places = ok(client, "/api/places?country=Kenya")
    assert "Nairobi" in {p["name"] for p in places["items"]}
    mapped = ok(client, "/api/event-places")
    assert mapped["placed"] == sum(p["events"] for p in mapped["items"]) <= mapped["total"]


def test_the_timeline_keeps_empty_periods(client):
    data = ok(client, "/api/timeline?interval=year&aux=all")
    years = [int(p[:4]) for p in data["periods"]]
    assert years == list(range(years[0], years[-1] + 1))
    totals = [sum(s[i] for s in data["series"].values()) for i in range(len(years))]
    assert 0 in totals and sum(totals) == data["total"]
    months = ok(client, "/api/timeline?interval=month&since=2023&until=2023&by=quad")
    assert set(months["series"]) <= {"verbal-cooperation", "material-cooperation", "verbal-conflict",
                                      "material-conflict"}
    res = client.get("/api/timeline?interval=day&aux=all")
    assert res.status_code in (200, 422)  # centuries of days are refused with the advice to coarsen
    assert client.get("/api/timeline?interval=fortnight").status_code == 422
    # unasked, the interval is the finest that draws at most 300 periods, however far apart the
    # first and last events are (a story that names the year 1201)
    auto = ok(client, "/api/timeline?aux=all")
    assert auto["interval"] in ("week", "month") and len(auto["periods"]) <= 300


def test_a_timeline_over_eight_centuries_picks_years(tmp_path):
    from datetime import date

    from newsgraph.model import EventDate
    from newsgraph.query import timeline
    from newsgraph.store import Store
    from test_store import A, B, strike_report

    now, then = strike_report(A, published=date(2020, 5, 1)), strike_report(B, published=date(2020, 5, 2))
    then.events[0].date = EventDate("1201", ("1201-01-01", "1201-12-31"), "year")
    with Store(tmp_path / "s.duckdb", clustering=None) as s:
        s.write_batch([now, then])
        data = timeline(s)
        assert s.execute("SELECT min(date_start) FROM events").rows[0][0].year == 1201
    assert data["interval"] == "year" and len(data["periods"]) == 2022 - 1201 + 1  # A is dated 2022-03-01
    assert data["periods"][0] == "1201-01-01" and sum(map(sum, data["series"].values())) == 2


def test_the_network_links_actors_by_event_type(client):
    net = ok(client, "/api/network?aux=all")
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert all(e["weight"] >= 1 and e["quad"] for e in net["edges"])
    window = ok(client, "/api/network?aux=all&since=2030")
    assert window == {"nodes": [], "edges": []}


def test_stats_count_distinct_actors(client):
    st = ok(client, "/api/stats")
    assert st["distinct_actors"] < st["actors"] and st["documents"] >= 8


def test_the_docs_are_served_from_this_machine(client):
    for path in ("/docs", "/redoc"):
        res = client.get(path)
        assert res.status_code == 200
        assert "cdn" not in res.text.lower() and "https://" not in res.text and "fonts.googleapis" not in res.text
    assert client.get("/assets/docs/swagger-ui-bundle.js").status_code == 200
    assert client.get("/assets/docs/redoc.standalone.js").status_code == 200
    schema = ok(client, "/openapi.json")
    for path in ("/api/events", "/api/events/{event_key}", "/api/documents", "/api/documents/{doc_id}",
                 "/api/actors", "/api/quotes", "/api/claims", "/api/places", "/api/timeline", "/api/network"):
        assert path in schema["paths"], path


def test_the_page_and_its_views_come_from_this_server(client):
    for path in ("/", "/events", "/timeline", "/network", "/map", "/actors", "/documents",
                 f"/documents/{hostile_doc_id(workbench_db())}", "/actors/ng:state/RUS"):
        res = client.get(path)
        assert res.status_code == 200 and "/assets/app.js" in res.text, path
        assert "script-src 'self';" in res.headers["content-security-policy"]
        assert "unsafe-inline" not in res.headers["content-security-policy"]
    for asset in ("/assets/app.js", "/assets/app.css", "/assets/countries.json"):
        res = client.get(asset)
        assert res.status_code == 200 and "https://" not in res.text.replace("http://www.w3.org/2000/svg", "")


def test_serve_prints_its_address(tmp_path):
    from newsgraph.serve import served

    banner = served(workbench_db(), "127.0.0.1", 8765).banner()
    assert "http://127.0.0.1:8765/" in banner and "documents" in banner
    assert "http://[::1]:9000/" in served(workbench_db(), "::1", 9000).banner()


def test_extract_text_from_a_string_in_memory(pipeline):
    from newsgraph.api import extract_text

    obj = extract_text("Police arrested 40 protesters in Minsk on Sunday.", published="2022-02-01",
                       pipeline=pipeline)
    assert obj["published"] == "2022-02-01" and obj["text"].startswith("Police arrested")
    assert any(e["type"] in ("COERCE", "ASSAULT") for e in obj["events"])
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        extract_text("x", published="Feb 1", pipeline=pipeline)


@pytest.mark.parametrize("value, precision, start, end, shown", [
    ("2019-03", "month", "2019-03-01", "2019-03-31", "March 2019"),
    ("2020-W02", "week", "2020-01-06", "2020-01-12", "week of 6 Jan 2020"),
    ("2020-01-11TMO", "day", "2020-01-11", "2020-01-11", "11 Jan 2020 (morning)"),
    ("2017", "year", "2017-01-01", "2017-12-31", "2017"),
    ("2019-SP", "season", "2019-03-01", "2019-05-31", "spring 2019"),
    ("2020-XX", "season", "2020-01-01", "2020-12-31", "2020 (season)"),
    ("2019-01-09", "publication", "2019-01-09", "2019-01-09", "about 9 Jan 2019 (report date)"),
    ("197", "decade", "1970-01-01", "1979-12-31", "1970s"),
    ("PRESENT_REF", None, None, None, "PRESENT_REF"),
])
def test_dates_read_as_a_person_reads_them(value, precision, start, end, shown):
    from datetime import date

    from newsgraph.query import readable_date

    d = lambda x: date.fromisoformat(x) if x else None  # noqa: E731
    assert readable_date(value, precision, d(start), d(end)) == shown
