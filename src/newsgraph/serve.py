"""HTTP API and the analyst's web page over the query API (``pip install 'newsgraph[serve]'``).

    newsgraph serve --db news.duckdb            # http://127.0.0.1:8765/  (API docs at /docs and /redoc)
    newsgraph serve --db news.duckdb --get '/api/events?country=Libya'   # answer in-process, no server

Every route calls the functions of :mod:`newsgraph.query`, as the CLI does, so both accept
the same values and refuse the same mistakes (here with a 422 that says why). Nothing the
page or the docs load comes from another host: the page's files are in
``newsgraph/web/static`` (country outlines from Natural Earth, built by
``scripts/build_web_assets.py``), the Swagger UI and ReDoc files come from the installed
``fastapi-offline`` package.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsgraph.query import (
    EventFilter, ListFilter, QueryError, count_events, event_places, find_events, get_actor, get_document,
    get_event, list_actors, list_claims, list_documents, list_places, list_quotes, network, parse_aux,
    store_stats, timeline,
)
from newsgraph.store import Store, StoreBusy, StoreError
from newsgraph.web import STATIC

# The page and the API come from this server only; nothing may frame the page
# (clickjacking), browsers must not guess content types, and the page runs only its
# own script files (no inline script: text from an article can never become code).
_CSP_PAGE = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
             "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'")
# Swagger UI and ReDoc start from an inline script and ReDoc runs a worker from a blob.
_CSP_DOCS = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
             "img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; "
             "base-uri 'none'; form-action 'self'; object-src 'none'")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": _CSP_PAGE,
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
# Host names a browser on this machine uses for a local server. Checking the
# Host header stops DNS rebinding: a web page on another site cannot make the
# browser read this API under that site's name. "testserver" is the name the
# in-process test client sends.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]", "testserver")
#: the page's own paths: each answers with the page, which reads its view from the URL
PAGE_PATHS = ("/", "/events", "/timeline", "/network", "/map", "/actors", "/documents", "/quotes", "/claims",
              "/places")


def allowed_hosts(host: str) -> list[str]:
    """Host names to accept for a server bound to ``host``: local names, and the address itself;
    any name when it listens on every interface (the user then chose to be reachable)."""
    if host in ("0.0.0.0", "::", ""):
        return ["*"]
    return sorted(set(LOCAL_HOSTS) | {host})


def docs_assets() -> Path:
    """The folder of Swagger UI and ReDoc files that the fastapi-offline package installs."""
    from importlib.util import find_spec

    spec = find_spec("fastapi_offline")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the API docs need fastapi-offline: pip install 'newsgraph[serve]'")
    return Path(list(spec.submodule_search_locations)[0]) / "static"


@dataclass(frozen=True)
class Served:
    """What ``serve`` tells the person who started it."""

    url: str
    db: str
    stats: dict[str, Any]

    def banner(self) -> str:
        s = self.stats
        return (f"newsgraph: serving {self.db} ({s['documents']:,} documents, {s['events']:,} events) at {self.url}\n"
                f"  API docs: {self.url}docs (Swagger UI), {self.url}redoc; stop with Ctrl+C")


def create_app(db: str | Path, *, host: str = "127.0.0.1"):
    try:
        from fastapi import Depends, FastAPI, HTTPException, Query, Request
        from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
        from fastapi.responses import FileResponse, JSONResponse, Response
        from fastapi.staticfiles import StaticFiles
        from starlette.middleware.trustedhost import TrustedHostMiddleware
    except ImportError as exc:  # pragma: no cover - depends on extras
        raise RuntimeError("the HTTP API needs the serve extra: pip install 'newsgraph[serve]'") from exc

    db = str(db)
    Store(db, read_only=True).close()  # fail early, with the store's own message
    app = FastAPI(
        title="newsgraph",
        description=("Political event data with evidence: events in the PLOVER ontology, their reports, actors, "
                     "places, quotes and claims. Filters take what the CLI takes: dates as YYYY, YYYY-MM or "
                     "YYYY-MM-DD; countries as names, ISO-2 or ISO-3 codes; a value no query can use is a 422 "
                     "whose detail says which forms work."),
        docs_url=None, redoc_url=None,
    )

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        docs = request.url.path in ("/docs", "/redoc")
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, _CSP_DOCS if docs and key == "Content-Security-Policy" else value)
        return response

    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host))

    @app.exception_handler(StoreError)
    async def store_unavailable(request: Request, exc: StoreError):
        # an ingest holding the store longer than the wait, or a store that cannot be read:
        # a clear answer the client can retry, never a bare 500
        status = 503 if isinstance(exc, StoreBusy) else 500
        return JSONResponse({"detail": str(exc)}, status_code=status,
                            headers={"Retry-After": "5", **SECURITY_HEADERS} if status == 503 else SECURITY_HEADERS)

    @app.exception_handler(QueryError)
    async def bad_value(request: Request, exc: QueryError):
        return JSONResponse({"detail": str(exc)}, status_code=422, headers=SECURITY_HEADERS)

    def store() -> Store:
        # waits for an ingest's batch write to finish (the writer holds the store only that long)
        return Store(db, read_only=True, lock_wait=20.0)

    def event_filter(
        actor: str | None = Query(None, description="Actor or recipient: a substring of a name, or an actor key."),
        country: str | None = Query(None, description="Country of an actor or recipient: Russia, RU or RUS."),
        type: str | None = Query(None, description="PLOVER type(s), comma-separated: ASSAULT,COERCE."),
        quad: str | None = Query(None, description="Quad class(es): verbal-cooperation, material-cooperation, "
                                                    "verbal-conflict, material-conflict (or 1-4)."),
        since: str | None = Query(None, description="Events on or after: YYYY, YYYY-MM or YYYY-MM-DD."),
        until: str | None = Query(None, description="Events on or before: YYYY, YYYY-MM or YYYY-MM-DD."),
        place: str | None = Query(None, description="Place name (substring) or GeoNames id."),
        aux: str | None = Query(None, description="asserted, historical, future, hypothetical, negated "
                                                   "(comma-separated) or all; default asserted,historical."),
        text: str | None = Query(None, description="Words in a report's evidence sentence."),
        doc_id: str | None = Query(None, description="Events reported by this document."),
    ) -> EventFilter:
        filt = EventFilter(actor=actor, country=country, type=type, quad=quad, since=since, until=until,
                           place=place, aux=parse_aux(aux), text=text, doc_id=doc_id)
        filt.check()
        return filt

    def list_filter(
        text: str | None = Query(None, description="Words to look for (title or text, name, content)."),
        country: str | None = Query(None, description="Russia, RU or RUS."),
        since: str | None = Query(None, description="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD."),
        until: str | None = Query(None, description="Published on or before."),
        doc_id: str | None = Query(None, description="Only this document's."),
        actor: str | None = Query(None, description="An actor key, or a substring of a speaker's or source's name."),
        unit: str | None = Query(None, description="Claims: the unit counted (people, percent)."),
        limit: int = Query(50, ge=1, le=1000),
        offset: int = Query(0, ge=0),
    ) -> ListFilter:
        filt = ListFilter(text=text, country=country, since=since, until=until, doc_id=doc_id, actor=actor,
                          unit=unit, limit=limit, offset=offset)
        filt.check()
        return filt

    def page(p) -> dict[str, Any]:
        return {"total": p.total, "limit": p.limit, "offset": p.offset, "columns": p.columns, "items": p.rows}

    def found(item, missing: str):
        """The item a path names, or a 404 that says how to find one."""
        if item is None:
            raise HTTPException(404, missing)
        return item

    @app.get("/api/stats", tags=["store"], summary="Counts: documents, events, distinct actors, ...")
    def stats() -> dict:
        with store() as s:
            return store_stats(s)

    @app.get("/api/events", tags=["events"], summary="Events, filtered, sorted and paged, with the total")
    def events(filt: EventFilter = Depends(event_filter),
               sort: str = Query("newest", description="newest, oldest, reports or type."),
               limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)) -> dict:
        filt = replace(filt, sort=sort, limit=limit, offset=offset)
        filt.check()
        with store() as s:
            return {"total": count_events(s, filt), "limit": limit, "offset": offset, "sort": sort,
                    "aux": list(filt.aux) if filt.aux else "all", "items": find_events(s, filt)}

    @app.get("/api/events/{event_key}", tags=["events"], summary="One event with every report and evidence span")
    def event(event_key: str) -> dict:
        with store() as s:
            return found(get_event(s, event_key), f"no event {event_key!r}; find keys with /api/events")

    @app.get("/api/documents", tags=["documents"], summary="Documents, newest first, with annotation counts")
    def documents(filt: ListFilter = Depends(list_filter)) -> dict:
        with store() as s:
            return page(list_documents(s, filt))

    @app.get("/api/documents/{doc_id}", tags=["documents"],
             summary="A document's text with every annotation as character offsets")
    def document(doc_id: str) -> dict:
        with store() as s:
            return found(get_document(s, doc_id),
                         f"no single document with id {doc_id!r}; list them with /api/documents")

    @app.get("/api/actors", tags=["actors"], summary="Distinct actors with documents and events")
    def actors(filt: ListFilter = Depends(list_filter),
               sort: str = Query("events", description="events, documents or name.")) -> dict:
        with store() as s:
            return page(list_actors(s, filt, sort=sort))

    @app.get("/api/actors/{actor_key:path}", tags=["actors"],
             summary="One actor: names, roles over time, events as actor and recipient, quotes")
    def actor(actor_key: str) -> dict:
        with store() as s:
            return found(get_actor(s, actor_key), f"no actor {actor_key!r}; list actors with /api/actors")

    @app.get("/api/quotes", tags=["quotes and claims"], summary="Quotes with their speakers")
    def quotes(filt: ListFilter = Depends(list_filter)) -> dict:
        with store() as s:
            return page(list_quotes(s, filt))

    @app.get("/api/claims", tags=["quotes and claims"], summary="Quantity claims with their sources")
    def claims(filt: ListFilter = Depends(list_filter)) -> dict:
        with store() as s:
            return page(list_claims(s, filt))

    @app.get("/api/places", tags=["places"], summary="Places named in documents, with events there")
    def places(filt: ListFilter = Depends(list_filter)) -> dict:
        with store() as s:
            return page(list_places(s, filt))

    @app.get("/api/event-places", tags=["places"], summary="Events by place, for a map")
    def events_by_place(filt: EventFilter = Depends(event_filter)) -> dict:
        with store() as s:
            rows = event_places(s, filt)
            return {"total": count_events(s, filt), "placed": sum(r["events"] for r in rows), "items": rows}

    @app.get("/api/timeline", tags=["events"],
             summary="Event counts per day, week, month or year, by type or quad class, empty periods included")
    def timeline_(filt: EventFilter = Depends(event_filter),
                  interval: str = Query("auto", description="day, week, month, year, or auto: the finest "
                                                            "that draws at most 300 periods."),
                  by: str = Query("type", description="type or quad.")) -> dict:
        with store() as s:
            return timeline(s, filt, interval=interval, by=by)

    @app.get("/api/network", tags=["actors"],
             summary="Actor-to-actor edges weighted by events of each type within the filter")
    def network_(filt: EventFilter = Depends(event_filter),
                 max_edges: int = Query(300, ge=1, le=5000), min_weight: int = Query(1, ge=1)) -> dict:
        with store() as s:
            return network(s, filt, max_edges=max_edges, min_weight=min_weight)

    # --- the docs and the page, all from files on this machine ---

    redoc_js: list[bytes] = []

    @app.get("/assets/redoc-offline.js", include_in_schema=False)
    def redoc_offline_js():
        # ReDoc's side menu shows a logo it loads from its makers' CDN; an empty image instead
        # (ReDoc hides the logo when it does not load), so the docs ask no other host for anything
        if not redoc_js:
            text = (docs_assets() / "redoc.standalone.js").read_text(encoding="utf-8")
            redoc_js.append(text.replace("https://cdn.redoc.ly/redoc/logo-mini.svg", "data:,").encode("utf-8"))
        return Response(redoc_js[0], media_type="text/javascript", headers={"Cache-Control": "max-age=3600"})

    app.mount("/assets/docs", StaticFiles(directory=docs_assets()), name="docs-assets")
    app.mount("/assets", StaticFiles(directory=STATIC), name="assets")

    @app.get("/docs", include_in_schema=False)
    def swagger():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="newsgraph API",
                                   swagger_js_url="/assets/docs/swagger-ui-bundle.js",
                                   swagger_css_url="/assets/docs/swagger-ui.css",
                                   swagger_favicon_url="/assets/docs/favicon.png",
                                   # no badge from the public validator service
                                   swagger_ui_parameters={"validatorUrl": None})

    @app.get("/redoc", include_in_schema=False)
    def redoc():
        return get_redoc_html(openapi_url=app.openapi_url, title="newsgraph API",
                              redoc_js_url="/assets/redoc-offline.js",
                              redoc_favicon_url="/assets/docs/favicon.png", with_google_fonts=False)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(status_code=204)  # none: a browser asks anyway, and a 404 reads as a fault

    index = STATIC / "index.html"

    def the_page() -> FileResponse:
        return FileResponse(index, media_type="text/html")

    for path in PAGE_PATHS:
        app.add_api_route(path, the_page, include_in_schema=False, methods=["GET"])
    app.add_api_route("/actors/{actor_key:path}", the_page, include_in_schema=False, methods=["GET"])
    app.add_api_route("/documents/{doc_id}", the_page, include_in_schema=False, methods=["GET"])
    return app


def served(db: str | Path, host: str, port: int) -> Served:
    """The URL and counts ``serve`` prints when it starts."""
    with Store(db, read_only=True) as s:
        stats = s.stats()
    shown = f"[{host}]" if ":" in host else ("127.0.0.1" if host in ("0.0.0.0", "") else host)
    return Served(url=f"http://{shown}:{port}/", db=str(db), stats=stats)


def get(db: str | Path, path: str) -> tuple[int, Any]:
    """Answer one GET in-process (for ``serve --get`` and tests): the app is called as a server
    would call it, with no socket and no test client (whose transport prints deprecation notices)."""
    import asyncio
    import json
    from urllib.parse import unquote, urlsplit

    app = create_app(db)
    url = urlsplit(path)
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": unquote(url.path or "/"), "raw_path": (url.path or "/").encode(), "root_path": "",
             "query_string": url.query.encode(), "headers": [(b"host", b"127.0.0.1")],
             "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 80)}
    status, chunks, asked = 500, [], []

    async def receive():
        if not asked:
            asked.append(True)
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # the client never leaves; the app stops listening once it has answered

    async def send(message):
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    asyncio.run(app(scope, receive, send))
    body = b"".join(chunks).decode("utf-8", "replace")
    try:
        return status, json.loads(body)
    except ValueError:
        return status, body
