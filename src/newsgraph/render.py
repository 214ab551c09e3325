"""Human-readable views for the terminal: the store summary and one marked-up article."""

from __future__ import annotations

import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from newsgraph.query import EventFilter, find_events, store_stats, top_actors
from newsgraph.store import Store

STYLES = {
    "actor": "bold cyan",
    "place": "bold green",
    "time": "bold magenta",
    "quote": "italic yellow",
    "trigger": "bold red underline",
}


# Control characters in data would reach the terminal as commands (escape
# sequences clear the screen, retitle the window, fake output). Each becomes a
# visible stand-in of the same length, so character offsets still line up.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _stand_in(m: re.Match) -> str:
    c = ord(m.group())
    return chr(0x2400 + c) if c < 0x20 else "\u2421" if c == 0x7F else "\ufffd"


def safe(value: object) -> str:
    """Text from data, fit for a terminal: control characters replaced one for one."""
    return _CONTROL.sub(_stand_in, "" if value is None else str(value))


def cell(value: object) -> Text:
    """A table cell from data: never read as Rich markup ("[/]" in a title is text)."""
    return Text(safe(value))


def _names(names, countries, sectors) -> str:
    parts = []
    for n, c, s in zip(names or [], countries or [], sectors or []):
        code = "/".join(x for x in (c, s) if x)
        parts.append(f"{n} ({code})" if code else n)
    return ", ".join(parts) or "-"


#: the longest evidence an events table shows; a longer sentence is cut around its trigger, with "…"
EVIDENCE_CHARS = 160


def clip(text: str, width: int, *, keep: tuple[int, int] | None = None) -> tuple[str, int]:
    """``text`` cut to ``width`` characters with "…" where it was cut, keeping the span ``keep``
    (a trigger) in view. Returns the clipped text and how far the kept span moved."""
    text = " ".join(text.split()) if keep is None else text
    if len(text) <= width:
        return text, 0
    start = 0
    if keep and keep[1] > width - 1:
        start = max(0, min(len(text) - (width - 2), keep[0] - (width - (keep[1] - keep[0])) // 2))
    end = start + width - (1 if start == 0 else 2)
    piece = ("…" if start else "") + text[start:end].rstrip() + ("…" if end < len(text) else "")
    return piece, (1 if start else 0) - start


def evidence_text(e: dict, width: int = EVIDENCE_CHARS) -> Text:
    """An event's evidence sentence with its trigger marked, cut to ``width`` with "…"."""
    sentence = safe(e.get("evidence") or "")
    at, trig = e.get("trigger_offset"), e.get("trigger") or ""
    keep = (at, at + len(trig)) if at is not None and trig and sentence[at:at + len(trig)] == safe(trig) else None
    shown, shift = clip(sentence, width, keep=keep)
    t = Text(shown.replace("\n", " "))
    if keep:
        t.stylize(STYLES["trigger"], keep[0] + shift, keep[1] + shift)
    return t


def events_table(rows: list[dict], title: str = "events") -> Table:
    t = Table(title=title, show_lines=False, expand=True)
    t.add_column("date", overflow="fold", ratio=2)
    t.add_column("type", overflow="fold", ratio=2)
    t.add_column("actor", overflow="fold", ratio=3)
    t.add_column("recipient", overflow="fold", ratio=3)
    t.add_column("place", overflow="fold", ratio=2)
    t.add_column("n", justify="right", no_wrap=True)
    t.add_column("evidence", overflow="fold", ratio=6)
    t.add_column("document", overflow="fold", ratio=2)
    for e in rows:
        kind = Text(safe(e["type"]), style="bold")
        extra = ", ".join(x for x in (e["mode"], e["aux"]) if x)
        if extra:
            kind.append(safe(f" ({extra})"))
        t.add_row(
            cell(e.get("date_text") or e["date_value"] or "undated"),
            kind,
            cell(_names(e["actor_names"], e["actor_countries"], e["actor_sectors"])),
            cell(_names(e["recipient_names"], e["recipient_countries"], e["recipient_sectors"])),
            cell(e["place_name"] or ""),
            cell(e["n_reports"]),
            evidence_text(e),
            cell(e.get("doc_id") or ""),
        )
    return t


def list_table(rows: list[dict], columns: tuple[str, ...], title: str) -> Table:
    """A few columns of a list (documents, actors, quotes, claims, places) for the terminal."""
    t = Table(title=title)
    for col in columns:
        t.add_column(col.replace("_", " "), overflow="fold",
                     justify="right" if rows and isinstance(rows[0].get(col), (int, float)) else "left")
    for r in rows:
        values = []
        for col in columns:
            v = r.get(col)
            if isinstance(v, bool):
                v = "yes" if v else "no"
            elif isinstance(v, float):
                v = f"{v:g}"
            elif isinstance(v, int):
                v = f"{v:,}" if col != "geonameid" else str(v)
            elif isinstance(v, str) and col in ("content", "text", "title"):
                v = clip(v, 200)[0]
            values.append(cell("" if v is None else v))
        t.add_row(*values)
    return t


def summary(store: Store, console: Console, n_events: int = 6) -> None:
    stats = store_stats(store)
    counts = Table(title="store", show_header=False)
    for k in ("documents", "events", "event_mentions", "distinct_actors", "actors", "places", "timexes", "quotes",
              "claims", "ingest_errors"):
        # "actors" counts an actor once per document that names it
        label = {"distinct_actors": "distinct actors", "actors": "actors per document"}.get(k, k)
        counts.add_row(cell(label), cell(f"{stats[k]:,}"))
    by_type = Table(title="events by type")
    by_type.add_column("type")
    by_type.add_column("events", justify="right")
    for typ, n in stats["events_by_type"].items():
        by_type.add_row(cell(typ), cell(n))
    actors = Table(title="top actors")
    for col in ("actor", "country", "sector", "documents", "mentions"):
        actors.add_column(col)
    for a in top_actors(store, 10):
        actors.add_row(*map(cell, (a["name"], a["country"], a["sector"], a["documents"], a["mentions"])))
    console.print(counts)
    console.print(by_type)
    console.print(actors)
    rows = find_events(store, EventFilter())
    # The most reported first, then a spread of types.
    rows.sort(key=lambda e: (-e["n_reports"], e["type"]))
    picked, seen = [], set()
    for e in rows:
        if e["type"] not in seen:
            picked.append(e)
            seen.add(e["type"])
        if len(picked) >= n_events:
            break
    console.print(Text("a few events with their evidence", style="italic"))
    for e in picked:
        console.print(event_line(e))


def event_line(e: dict) -> Text:
    """One event as two lines: who did what to whom, when and where; then its evidence."""
    line = Text()
    line.append(safe(f"{e['date_value'] or 'undated'}  "), style="magenta")
    line.append(safe(e["type"]), style="bold red")
    extra = ", ".join(x for x in (e["mode"], e["aux"]) if x)
    if extra:
        line.append(safe(f" ({extra})"))
    line.append(safe("  " + _names(e["actor_names"], e["actor_countries"], e["actor_sectors"])), style="cyan")
    line.append(safe(" -> " + _names(e["recipient_names"], e["recipient_countries"], e["recipient_sectors"])),
                style="cyan")
    if e["place_name"]:
        line.append(safe(f"  @ {e['place_name']}"), style="green")
    line.append(f"  [{e['n_reports']} report{'s' if e['n_reports'] != 1 else ''}]")
    line.append(safe(f"\n    \u201c{(e['evidence'] or '').strip()}\u201d\n"), style="dim")
    return line


def show_document(store: Store, doc_id: str, console: Console) -> bool:
    doc = store.document(doc_id)
    if doc is None:
        return False
    did = doc["doc_id"]
    text = doc["text"]
    marked = Text(safe(text))  # same length: the offsets below still fit
    actors = {a["actor_id"]: a for a in store.table("actors", did)}
    places = {p["place_id"]: p for p in store.table("places", did)}
    for q in store.table("quotes", did):
        marked.stylize(STYLES["quote"], q["content_start"], q["content_end"])
    for m in store.table("actor_mentions", did):
        marked.stylize(STYLES["actor"], m["start_char"], m["end_char"])
    for m in store.table("place_mentions", did):
        marked.stylize(STYLES["place"], m["start_char"], m["end_char"])
    for t in store.table("timexes", did):
        marked.stylize(STYLES["time"], t["start_char"], t["end_char"])
    for m in store.table("event_mentions", did):
        marked.stylize(STYLES["trigger"], m["trigger_start"], m["trigger_end"])
    head = Text(safe(f"{doc['title'] or '(untitled)'}  ·  {doc['published'] or 'no date'}  ·  {did}"))
    legend = Text("  ").join(Text(k, style=v) for k, v in STYLES.items())
    console.print(Panel(Group(legend, Text(""), marked), title=head))

    t = Table(title="actors")
    for col in ("id", "name", "kind", "country", "sector", "role", "mentions"):
        t.add_column(col, overflow="fold")
    ment: dict[str, list[str]] = {}
    for m in store.table("actor_mentions", did):
        ment.setdefault(m["actor_id"], []).append(m["text"])
    for a in actors.values():
        t.add_row(*map(cell, (a["actor_id"], a["name"], a["kind"], a["country"], a["sector"], a["role"],
                              "; ".join(ment.get(a["actor_id"], [])))))
    console.print(t)
    t = Table(title="times")
    for col in ("text", "type", "value", "interval"):
        t.add_column(col)
    for x in store.table("timexes", did):
        iv = f"{x['interval_start']}..{x['interval_end']}" if x["interval_start"] else ""
        t.add_row(*map(cell, (x["text"], x["type"], x["value"], iv)))
    console.print(t)
    t = Table(title="places")
    for col in ("name", "geonameid", "country", "precision", "lat", "lon"):
        t.add_column(col)
    for p in places.values():
        t.add_row(*map(cell, (p["name"], p["geonameid"], p["country"], p["precision"],
                              "" if p["lat"] is None else f"{p['lat']:.3f}", "" if p["lon"] is None else f"{p['lon']:.3f}")))
    console.print(t)
    console.print(Text("events", style="italic"))
    for e in find_events(store, EventFilter(doc_id=did)):
        console.print(event_line(e))
    t = Table(title="quotes")
    for col in ("speaker", "direct", "content"):
        t.add_column(col, overflow="fold")
    for q in store.table("quotes", did):
        sp = actors.get(q["speaker_actor_id"] or "", {}).get("name") or q["speaker_text"] or "?"
        t.add_row(*map(cell, (sp, "yes" if q["direct"] else "no", q["content"])))
    console.print(t)
    t = Table(title="claims")
    for col in ("value", "bound", "unit", "source", "date", "evidence"):
        t.add_column(col, overflow="fold")
    for c in store.table("claims", did):
        src = actors.get(c["source_actor_id"] or "", {}).get("name") or ""
        t.add_row(*map(cell, (f"{c['value']:g}", c["bound"], c["unit"], src, c["date_value"],
                              text[c["start_char"]:c["end_char"]])))
    console.print(t)
    return True
