"""The web page in a real browser: Playwright driving Debian's chromium, headless, against a
server on 127.0.0.1 over the small workbench store. Each view shows its events, an event is
followed to its sentence, and markup inside an article stays text.

The browser is the system's (``chromium``, or NEWSGRAPH_CHROMIUM); Playwright downloads
nothing. These tests skip, saying why, only when no browser can be started here. With
NEWSGRAPH_SCREENSHOTS=DIR they save one screenshot per view there (``make screenshots``
writes docs/screenshots, which the README shows)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

from workbench_store import hostile_doc_id, workbench_db

pytest.importorskip("fastapi")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the dev extra: pip install -e '.[dev]'")


def chromium_path() -> str | None:
    return os.environ.get("NEWSGRAPH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def server(pipeline):
    import uvicorn

    from newsgraph.serve import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(workbench_db(pipeline)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start in 20 s"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    exe = chromium_path()
    if not exe:
        pytest.skip("no chromium on this machine (apt-get install chromium; .ci/run does) and NEWSGRAPH_CHROMIUM unset")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=exe, args=["--headless", "--no-sandbox"])
        except Exception as exc:  # noqa: BLE001 - any failure to start is a reason to skip, said in full
            pytest.skip(f"chromium at {exe} does not start: {exc}")
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server)
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    # nothing but this server: a request elsewhere would fail the offline promise
    pg.outside = []
    pg.on("request", lambda r: None if r.url.startswith((server, "data:", "blob:" + server))
          else pg.outside.append(r.url))
    yield pg
    assert pg.errors == [], pg.errors
    assert pg.outside == [], pg.outside
    context.close()


def snap(pg, name: str) -> None:
    folder = os.environ.get("NEWSGRAPH_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(Path(folder) / f"{name}.png"))


def count_of(pg) -> int:
    return int(pg.locator("[data-total]").first.get_attribute("data-total"))


def test_the_events_view_pages_and_keeps_its_filters_in_the_url(page):
    page.goto("/events")
    page.wait_for_selector("table.events tbody tr")
    total = count_of(page)
    assert total > 50 or page.locator("table.events tbody tr").count() == total
    assert page.locator("table.events mark.trigger").count() > 0  # the trigger is marked
    snap(page, "events")
    page.fill("input[name=country]", "Kenya")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*country=Kenya*")
    page.wait_for_selector("table.events tbody tr")
    assert 0 < count_of(page) < total
    assert page.input_value("input[name=country]") == "Kenya"  # reloaded from the URL
    rows = page.locator("table.events tbody tr")
    assert all("KEN" in rows.nth(i).inner_text() for i in range(rows.count()))


def test_paging(page):
    page.goto("/events?aux=all&sort=oldest")
    page.wait_for_selector("table.events tbody tr")
    first = page.locator("table.events tbody tr").first.get_attribute("data-event")
    total = count_of(page)
    if total <= 50:
        pytest.skip(f"the store has {total} events: one page")
    page.click("text=next →")
    page.wait_for_url("**offset=50*")
    page.wait_for_selector("table.events tbody tr")
    assert page.locator("table.events tbody tr").first.get_attribute("data-event") != first


def test_an_empty_result_says_what_to_change(page):
    page.goto("/events?country=Iceland")
    page.wait_for_selector(".empty")
    text = page.inner_text(".empty")
    assert "No events match" in text and "remove country = Iceland" in text
    snap(page, "empty")


def test_a_refused_value_says_why(page):
    page.goto("/events?country=Narnia")
    page.wait_for_selector(".error")
    assert "ISO-2" in page.inner_text(".error")


def test_the_timeline_draws_bars_on_a_time_axis(page):
    page.goto("/timeline?interval=year&aux=all")
    page.wait_for_selector("svg rect.bar")
    assert page.locator("svg rect.bar").count() > 3
    snap(page, "timeline")
    page.goto("/timeline?interval=month&by=quad")
    page.wait_for_selector("svg rect.bar")


def test_the_network_shows_actors_and_links_to_their_pages(page):
    page.goto("/network?aux=all")
    page.wait_for_selector("svg .node")
    assert page.locator("svg .node").count() > 4
    snap(page, "network")
    page.goto("/actors/" + quote("ng:state/RUS"))
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "Russia"
    assert page.locator("table.events tbody tr").count() >= 1
    snap(page, "actor")


def test_the_map_has_country_outlines_and_events_by_place(page):
    page.goto("/map?aux=all")
    page.wait_for_selector("svg circle.place")
    assert page.locator("svg path.country").count() > 150
    assert page.locator("svg circle.place").count() > 3
    snap(page, "map")


def test_an_event_is_followed_to_its_sentence(page):
    page.goto("/events?text=" + quote("arrested 30 people"))
    page.wait_for_selector("table.events tbody tr")
    key = page.locator("table.events tbody tr").first.get_attribute("data-event")
    page.locator("table.events a.doclink").first.click()
    page.wait_for_url("**/documents/*")
    page.wait_for_selector("#doctext .selected")
    sentence = " ".join(page.locator("#doctext .selected").all_inner_texts())
    assert "arrested" in sentence and "30 people" in sentence
    assert page.locator(f'#doctext [data-event="{key}"]').count() == 1
    snap(page, "document")


def test_markup_inside_an_article_is_shown_as_text_and_never_runs(page):
    doc_id = hostile_doc_id(workbench_db())
    for path in (f"/documents/{doc_id}", "/events?aux=all&text=" + quote("onerror"), "/quotes?text=reject"):
        page.goto(path)
        page.wait_for_selector("main table, #doctext")
        page.wait_for_timeout(200)
        assert page.evaluate("window.__xss") is None, path
        assert page.locator("main img, main script").count() == 0, path
        text = page.inner_text("main")
        assert "<script>" in text or "<img src=x onerror" in text, path
    page.goto(f"/documents/{doc_id}")
    page.wait_for_selector("#doctext")
    text = page.inner_text("#doctext")
    assert "<script>window.__xss = 1</script>" in text and '<img src=x onerror="window.__xss = 2">' in text
    assert "reject [the] tax" in text


def test_the_list_views(page):
    for view in ("actors", "documents", "quotes", "claims", "places"):
        page.goto("/" + view)
        page.wait_for_selector("main table tbody tr")
        assert count_of(page) > 0, view
        snap(page, view)


def test_the_api_docs_load_offline(page):
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert page.locator(".swagger-ui .opblock").count() >= 10
    snap(page, "api-docs")


def test_redoc_loads_offline(page):
    page.goto("/redoc")
    page.wait_for_selector("h1:has-text('newsgraph')", timeout=20000)
    page.wait_for_timeout(500)  # the side menu, with the logo that must not come from a CDN
    assert page.locator("text=Events, filtered, sorted and paged").count() >= 1
