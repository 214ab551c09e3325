"""HTTP API and an offline web page over the query API (``pip install 'newsgraph[serve]'``).

    newsgraph serve --db news.duckdb            # http://127.0.0.1:8765/
    newsgraph serve --db news.duckdb --get '/api/events?country=LBY'   # answer in-process, no server

Every route calls the same functions as the CLI; the page needs no network
(no CDN, no map tiles): events are drawn on a plain longitude/latitude grid.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from newsgraph.query import EventFilter, events_by_type, find_events, top_actors
from newsgraph.store import Store, StoreBusy, StoreError, json_value

# The page and the API come from this server only; nothing may frame the page
# (clickjacking), and browsers must not guess content types.
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
# Host names a browser on this machine uses for a local server. Checking the
# Host header stops DNS rebinding: a web page on another site cannot make the
# browser read this API under that site's name. "testserver" is the name the
# in-process test client sends.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]", "testserver")


def allowed_hosts(host: str) -> list[str]:
    """Host names to accept for a server bound to ``host``: local names, and the address itself;
    any name when it listens on every interface (the user then chose to be reachable)."""
    if host in ("0.0.0.0", "::", ""):
        return ["*"]
    return sorted(set(LOCAL_HOSTS) | {host})


def _rows(rows: list[dict]) -> list[dict]:
    return [{k: json_value(v) for k, v in r.items()} for r in rows]


def create_app(db: str | Path, *, host: str = "127.0.0.1"):
    try:
        from fastapi import FastAPI, HTTPException, Query, Request
        from fastapi.responses import HTMLResponse, JSONResponse
        from starlette.middleware.trustedhost import TrustedHostMiddleware
    except ImportError as exc:  # pragma: no cover - depends on extras
        raise RuntimeError("the HTTP API needs the serve extra: pip install 'newsgraph[serve]'") from exc

    db = str(db)
    Store(db, read_only=True).close()  # fail early, with the store's own message
    app = FastAPI(title="newsgraph", description="Political event data with evidence.")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts(host))

    @app.exception_handler(StoreError)
    async def store_unavailable(request: Request, exc: StoreError):
        # an ingest holding the store longer than the wait, or a store that cannot be read:
        # a clear answer the client can retry, never a bare 500
        status = 503 if isinstance(exc, StoreBusy) else 500
        return JSONResponse({"detail": str(exc)}, status_code=status,
                            headers={"Retry-After": "5", **SECURITY_HEADERS} if status == 503 else SECURITY_HEADERS)

    def store() -> Store:
        # waits for an ingest's batch write to finish (the writer holds the store only that long)
        return Store(db, read_only=True, lock_wait=20.0)

    @app.get("/api/stats")
    def stats() -> dict:
        with store() as s:
            return {"schema_version": s.schema_version, **s.stats(), "events_by_type": dict(events_by_type(s))}

    @app.get("/api/events")
    def events(
        actor: str | None = None,
        country: str | None = None,
        type: str | None = None,
        since: date | None = None,
        until: date | None = None,
        place: str | None = None,
        aux: str | None = None,
        limit: int = Query(500, ge=1, le=100_000),
    ) -> list[dict]:
        filt = EventFilter(actor=actor, country=country, type=type, since=since, until=until, place=place,
                           aux=aux, limit=limit)
        with store() as s:
            return _rows(find_events(s, filt))

    @app.get("/api/actors")
    def actors(limit: int = Query(20, ge=1, le=1000)) -> list[dict]:
        with store() as s:
            return _rows(top_actors(s, limit))

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str) -> dict:
        with store() as s:
            doc = s.document(doc_id)
            if doc is None:
                raise HTTPException(404, f"no single document with id {doc_id!r}")
            did = doc["doc_id"]
            out = {k: json_value(v) for k, v in doc.items()}
            for table in ("actors", "actor_mentions", "places", "timexes", "quotes", "claims"):
                out[table] = _rows(s.table(table, did))
            out["events"] = _rows(find_events(s, EventFilter(doc_id=did)))
            return out

    @app.get("/", response_class=HTMLResponse)
    def page() -> str:
        return PAGE

    return app


def get(db: str | Path, path: str) -> tuple[int, Any]:
    """Answer one GET in-process (for ``serve --get`` and tests)."""
    from fastapi.testclient import TestClient

    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    res = client.get(path)
    try:
        return res.status_code, res.json()
    except ValueError:
        return res.status_code, res.text


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph</title>
<style>
 body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
 form input,form select{margin-right:.6em} table{border-collapse:collapse;width:100%;margin-top:1em}
 td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top} th{background:#f4f4f4}
 .ev{color:#555;font-size:12px} svg{border:1px solid #ccc;background:#f8fbff;margin-top:1em}
 .row{display:flex;gap:1.5em;flex-wrap:wrap}
</style></head><body>
<h1>newsgraph</h1><div id="stats"></div>
<form id="f">actor <input name="actor" size="12"> country <input name="country" size="4">
 type <input name="type" size="9"> since <input name="since" type="date"> until <input name="until" type="date">
 place <input name="place" size="10"> <button>filter</button></form>
<div class="row"><svg id="map" width="540" height="270" viewBox="-180 -90 360 180"></svg>
<svg id="timeline" width="540" height="270"></svg></div>
<table><thead><tr><th>date</th><th>type</th><th>actor</th><th>recipient</th><th>place</th><th>reports</th><th>evidence</th></tr></thead>
<tbody id="rows"></tbody></table>
<script>
const esc=s=>String(s??'').replace(/[&<>"]/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}[c]));
const who=(n,c,s)=>(n||[]).map((x,i)=>esc(x)+' <small>'+esc([c[i],s[i]].filter(Boolean).join('/'))+'</small>').join(', ');
async function load(){
  const q=new URLSearchParams([...new FormData(document.getElementById('f'))].filter(([k,v])=>v));
  const st=await (await fetch('/api/stats')).json();
  document.getElementById('stats').textContent=`${st.documents} documents, ${st.events} events, ${st.actors} actors, ${st.quotes} quotes, ${st.claims} claims`;
  const ev=await (await fetch('/api/events?'+q)).json();
  document.getElementById('rows').innerHTML=ev.map(e=>`<tr><td>${esc(e.date_value)}</td><td>${esc(e.type)} <small>${esc(e.mode||'')} ${esc(e.aux||'')}</small></td>
   <td>${who(e.actor_names,e.actor_countries,e.actor_sectors)}</td><td>${who(e.recipient_names,e.recipient_countries,e.recipient_sectors)}</td>
   <td>${esc(e.place_name||'')}</td><td>${e.n_reports}</td><td class="ev">${esc(e.evidence)}</td></tr>`).join('');
  const map=document.getElementById('map'); let g='';
  for(let x=-180;x<=180;x+=30) g+=`<line x1="${x}" y1="-90" x2="${x}" y2="90" stroke="#dde"/>`;
  for(let y=-90;y<=90;y+=30) g+=`<line x1="-180" y1="${y}" x2="180" y2="${y}" stroke="#dde"/>`;
  for(const e of ev) if(e.lat!=null) g+=`<circle cx="${e.lon}" cy="${-e.lat}" r="${e.place_precision==='city'?1.6:3}" fill="#c33" fill-opacity=".6"><title>${esc(e.place_name)}: ${esc(e.type)} ${esc(e.date_value)}</title></circle>`;
  map.innerHTML=g;
  const byMonth={}; for(const e of ev){ if(!e.date_start) continue; const m=e.date_start.slice(0,7); byMonth[m]=(byMonth[m]||0)+1; }
  const ms=Object.keys(byMonth).sort(), mx=Math.max(1,...Object.values(byMonth)), w=520/Math.max(1,ms.length);
  document.getElementById('timeline').innerHTML=ms.map((m,i)=>`<rect x="${10+i*w}" y="${250-230*byMonth[m]/mx}" width="${Math.max(1,w-2)}" height="${230*byMonth[m]/mx}" fill="#36c"><title>${m}: ${byMonth[m]}</title></rect>`).join('')
    +(ms.length?`<text x="10" y="265" font-size="10">${ms[0]}</text><text x="470" y="265" font-size="10">${ms[ms.length-1]}</text>`:'');
}
document.getElementById('f').addEventListener('submit',e=>{e.preventDefault();load()}); load();
</script></body></html>
"""
