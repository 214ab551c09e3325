// newsgraph's web page: one script, no library, no network beyond this server.
// Every view reads its state from the URL (path and query), so a filtered view can be
// bookmarked, shared and reloaded. Text from the store is only ever put in the page as
// text (textContent, never innerHTML): a <script> inside an article stays words.
"use strict";

const QUAD_COLOR = {"verbal-cooperation": "#2a9d8f", "material-cooperation": "#3a7bd5",
                    "verbal-conflict": "#e9a03b", "material-conflict": "#d1495b"};
const TYPE_QUAD = {AGREE: "verbal-cooperation", CONSULT: "verbal-cooperation", SUPPORT: "verbal-cooperation",
  CONCEDE: "verbal-cooperation", COOPERATE: "material-cooperation", AID: "material-cooperation",
  RETREAT: "material-cooperation", REQUEST: "verbal-conflict", ACCUSE: "verbal-conflict", REJECT: "verbal-conflict",
  THREATEN: "verbal-conflict", SANCTION: "verbal-conflict", PROTEST: "material-conflict",
  MOBILIZE: "material-conflict", COERCE: "material-conflict", ASSAULT: "material-conflict"};
const TYPES = Object.keys(TYPE_QUAD);
const TYPE_COLOR = {AGREE: "#1b9e77", CONSULT: "#66c2a5", SUPPORT: "#2a9d8f", CONCEDE: "#8dd3c7",
  COOPERATE: "#3a7bd5", AID: "#1f5fbf", RETREAT: "#80b1d3", REQUEST: "#fdb462", ACCUSE: "#e9a03b",
  REJECT: "#c77d00", THREATEN: "#b15928", SANCTION: "#ffd92f", PROTEST: "#fb8072", MOBILIZE: "#e7298a",
  COERCE: "#a6334a", ASSAULT: "#d1495b"};
const AUX = ["asserted", "historical", "future", "hypothetical", "negated"];
const SVGNS = "http://www.w3.org/2000/svg";

// --- building the page --------------------------------------------------------------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}
function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "onclick") el.addEventListener("click", v);
    // styles through the CSSOM: the page's CSP allows no style attributes
    else if (k === "style") for (const decl of String(v).split(";")) {
      const i = decl.indexOf(":");
      if (i > 0) el.style.setProperty(decl.slice(0, i).trim(), decl.slice(i + 1).trim());
    }
    else el.setAttribute(k, v === true ? "" : String(v));
  }
}
function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}
const fmt = n => Number(n).toLocaleString("en");
const main = () => document.getElementById("main");
function show(...nodes) { const m = main(); m.replaceChildren(); append(m, nodes); }

// --- the URL is the state -----------------------------------------------------------

const params = () => new URLSearchParams(location.search);
function withParams(changes, path) {
  const q = params();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === "") q.delete(k); else q.set(k, v);
  }
  const qs = q.toString();
  return (path || location.pathname) + (qs ? "?" + qs : "");
}
// the event filters the API takes, from the page's URL
const EVENT_KEYS = ["actor", "country", "type", "quad", "since", "until", "place", "aux", "text", "doc_id"];
function apiQuery(keys, extra) {
  const q = new URLSearchParams();
  const p = params();
  for (const k of keys) { const v = p.get(k); if (v) q.set(k, v); }
  for (const [k, v] of Object.entries(extra || {})) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  return q.toString();
}

async function api(path) {
  const res = await fetch(path, {headers: {Accept: "application/json"}});
  let body;
  try { body = await res.json(); } catch (e) { body = {detail: res.statusText}; }
  if (!res.ok) {
    const detail = Array.isArray(body.detail) ? body.detail.map(d => (d.loc || []).slice(-1)[0] + ": " + d.msg).join("; ")
                                                 : body.detail;
    throw new Error(detail || ("HTTP " + res.status));
  }
  return body;
}

function errorBox(err) {
  return h("div", {class: "error", role: "alert"}, h("strong", {}, "The server refused this view: "), err.message,
           h("div", {class: "muted"}, "Change the value named above (the filters are in the address bar too)."));
}

// --- shared pieces -------------------------------------------------------------------

function field(name, label, attrs) {
  return h("label", {}, label, h("input", {name, value: params().get(name) || "", ...attrs}));
}
function select(name, label, options, attrs) {
  const cur = params().get(name) || "";
  return h("label", {}, label, h("select", {name, ...attrs},
    options.map(([v, t]) => h("option", {value: v, selected: v === cur}, t))));
}
function auxBoxes() {
  const raw = params().get("aux");
  const on = raw ? raw.split(",") : ["asserted", "historical"];
  const all = raw === "all";
  const hidden = h("input", {type: "hidden", name: "aux", value: raw || ""});
  const boxes = AUX.map(a => h("label", {}, h("input", {type: "checkbox", "data-aux": a, checked: all || on.includes(a)}), a));
  return [hidden, h("fieldset", {}, h("div", {}, "reported as"), boxes)];
}
function eventFilterForm(extra) {
  const form = h("form", {class: "filters", method: "get", action: location.pathname},
    field("text", "evidence words", {size: 14, placeholder: "ceasefire"}),
    field("actor", "actor", {size: 12, placeholder: "name or key"}),
    field("country", "country", {size: 8, placeholder: "Russia, RU, RUS"}),
    select("type", "type", [["", "any type"], ...TYPES.map(t => [t, t])]),
    select("quad", "quad class", [["", "any"], ...Object.keys(QUAD_COLOR).map(q => [q, q.replace("-", " ")])]),
    field("since", "since", {size: 10, placeholder: "YYYY[-MM[-DD]]"}),
    field("until", "until", {size: 10, placeholder: "YYYY[-MM[-DD]]"}),
    field("place", "place", {size: 10, placeholder: "name or GeoNames id"}),
    auxBoxes(), extra || [], h("button", {type: "submit"}, "Apply"));
  form.addEventListener("submit", () => {
    // the aux boxes become one value; empty fields stay out of the URL
    const on = [...form.querySelectorAll("[data-aux]")].filter(b => b.checked).map(b => b.dataset.aux);
    form.querySelector("input[name=aux]").value =
      on.length === AUX.length ? "all" : (on.join(",") === "asserted,historical" ? "" : on.join(",") || "all");
    for (const el of form.querySelectorAll("input[name], select[name]")) if (!el.value) el.disabled = true;
  });
  return form;
}
function listForm(fields) {
  const form = h("form", {class: "filters", method: "get", action: location.pathname}, fields,
                 h("button", {type: "submit"}, "Search"));
  form.addEventListener("submit", () => {
    for (const el of form.querySelectorAll("input[name], select[name]")) if (!el.value) el.disabled = true;
  });
  return form;
}

function activeFilters() {
  const p = params();
  return EVENT_KEYS.filter(k => p.get(k)).map(k => [k, p.get(k)]);
}
function emptyState(what) {
  const active = activeFilters();
  const tips = active.map(([k, v]) => h("li", {}, h("a", {href: withParams({[k]: null, offset: null})},
    "remove " + k + " = " + v)));
  if (params().get("aux") !== "all") tips.push(h("li", {}, h("a", {href: withParams({aux: "all", offset: null})},
    "include future, hypothetical and negated events (aux = all)")));
  if (params().get("offset")) tips.push(h("li", {}, h("a", {href: withParams({offset: null})}, "go back to the first page")));
  return h("div", {class: "empty", role: "status"}, h("strong", {}, "No " + what + " match these filters."),
    active.length ? " Filters in force: " + active.map(([k, v]) => k + " = " + v).join(", ") + "." : "",
    tips.length ? [h("div", {}, "Try:"), h("ul", {}, tips)] : h("div", {}, "The store has none yet: ingest articles with `newsgraph ingest`."));
}
function pager(total, limit, offset, noun) {
  const first = total ? offset + 1 : 0, last = Math.min(offset + limit, total);
  return h("div", {class: "pager"},
    h("span", {class: "count", "data-total": total}, `${fmt(first)}–${fmt(last)} of ${fmt(total)} ${noun}`),
    offset > 0 ? h("a", {href: withParams({offset: Math.max(0, offset - limit) || null})}, "← previous") : null,
    last < total ? h("a", {href: withParams({offset: offset + limit})}, "next →") : null);
}

function who(names, countries, sectors, keys) {
  const out = [];
  (names || []).forEach((n, i) => {
    if (i) out.push(", ");
    const code = [countries && countries[i], sectors && sectors[i]].filter(Boolean).join("/");
    out.push(keys && keys[i] ? h("a", {href: "/actors/" + encodeURIComponent(keys[i])}, n) : n);
    if (code) out.push(" ", h("span", {class: "code"}, code));
  });
  return out.length ? out : h("span", {class: "muted"}, "–");
}
// the evidence sentence with its trigger marked
function evidence(e) {
  const text = e.evidence || "";
  const at = e.trigger_offset;
  if (at === null || at === undefined || !e.trigger || text.substr(at, e.trigger.length) !== e.trigger) return text;
  return [text.slice(0, at), h("mark", {class: "trigger"}, e.trigger), text.slice(at + e.trigger.length)];
}
function typeCell(e) {
  return [h("span", {class: "type", style: "color:" + (QUAD_COLOR[TYPE_QUAD[e.type]] || "#333")}, e.type),
    e.mode ? h("span", {class: "badge"}, e.mode) : null, e.aux ? h("span", {class: "badge"}, e.aux) : null];
}
function eventsTable(rows) {
  return h("table", {class: "events"},
    h("thead", {}, h("tr", {}, ["date", "type", "actor", "recipient", "place", "reports", "evidence", "document"]
      .map(c => h("th", {class: c === "reports" ? "num" : null}, c)))),
    h("tbody", {}, rows.map(e => h("tr", {"data-event": e.event_key},
      h("td", {title: e.date_value || ""}, e.date_text),
      h("td", {}, typeCell(e)),
      h("td", {}, who(e.actor_names, e.actor_countries, e.actor_sectors, e.actor_keys)),
      h("td", {}, who(e.recipient_names, e.recipient_countries, e.recipient_sectors, e.recipient_keys)),
      h("td", {}, e.place_name ? h("a", {href: "/events?place=" + encodeURIComponent(e.geonameid || e.place_name)}, e.place_name) : ""),
      h("td", {class: "num"}, fmt(e.n_reports)),
      h("td", {class: "ev"}, evidence(e)),
      h("td", {}, h("a", {class: "doclink", href: "/documents/" + encodeURIComponent(e.doc_id) + "?event=" +
        encodeURIComponent(e.event_key)}, e.doc_title || e.doc_id))))));
}

// --- views --------------------------------------------------------------------------

async function eventsView() {
  const p = params();
  const limit = 50, offset = Number(p.get("offset") || 0);
  const sortSel = select("sort", "order", [["", "newest first"], ["oldest", "oldest first"], ["reports", "most reported"], ["type", "by type"]]);
  const form = eventFilterForm(sortSel);
  show(h("h1", {}, "Events"), form, h("p", {class: "muted"}, "Loading…"));
  let data;
  try {
    data = await api("/api/events?" + apiQuery(EVENT_KEYS, {sort: p.get("sort"), limit, offset}));
  } catch (err) { return show(h("h1", {}, "Events"), form, errorBox(err)); }
  const auxNote = data.aux === "all" ? "all events" : "reported as " + data.aux.join(" or ");
  if (!data.total) return show(h("h1", {}, "Events"), form, emptyState("events"));
  show(h("h1", {}, "Events"), form, pager(data.total, limit, offset, "events (" + auxNote + ")"),
       eventsTable(data.items), pager(data.total, limit, offset, "events"));
}

function niceTicks(t0, t1, width) {
  // calendar ticks: years (every 1, 2, 5, 10, ... years) or months, about one per 90 px
  const want = Math.max(2, Math.floor(width / 90));
  const years = (t1 - t0) / (365.25 * 864e5);
  const ticks = [];
  if (years > want / 2) {
    const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
    const step = steps.find(st => years / st <= want) || 1000;
    const y0 = new Date(t0).getUTCFullYear();
    for (let y = Math.ceil(y0 / step) * step; Date.UTC(y, 0, 1) <= t1; y += step)
      if (Date.UTC(y, 0, 1) >= t0) ticks.push([Date.UTC(y, 0, 1), String(y)]);
  } else {
    const months = years * 12;
    const steps = [1, 2, 3, 6];
    const step = steps.find(st => months / st <= want) || 12;
    const d0 = new Date(t0);
    for (let y = d0.getUTCFullYear(), m = d0.getUTCMonth(); Date.UTC(y, m, 1) <= t1; m += 1) {
      if (m > 11) { y += 1; m = 0; }
      const t = Date.UTC(y, m, 1);
      if (t >= t0 && m % step === 0) ticks.push([t, new Date(t).toLocaleString("en", {month: "short", timeZone: "UTC"}) + (m === 0 || ticks.length === 0 ? " " + y : "")]);
    }
  }
  return ticks;
}
const DAY = 864e5;
function periodEnd(t, interval) {
  const d = new Date(t);
  if (interval === "day") return t + DAY;
  if (interval === "week") return t + 7 * DAY;
  if (interval === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
}

async function timelineView() {
  const p = params();
  const by = p.get("by") || "type";
  const form = eventFilterForm([
    select("interval", "per", [["", "auto"], ["day", "day"], ["week", "week"], ["month", "month"], ["year", "year"]]),
    select("by", "series", [["", "by type"], ["quad", "by quad class"]])]);
  show(h("h1", {}, "Timeline"), form, h("p", {class: "muted"}, "Loading…"));
  let data;
  try {
    data = await api("/api/timeline?" + apiQuery(EVENT_KEYS, {interval: p.get("interval"), by: p.get("by")}));
  } catch (err) { return show(h("h1", {}, "Timeline"), form, errorBox(err)); }
  if (!data.total) return show(h("h1", {}, "Timeline"), form, emptyState("dated events"));
  const interval = data.interval;  // the one the server chose for "auto"
  const W = 1100, H = 340, L = 44, R = 12, T = 12, B = 34;
  const starts = data.periods.map(d => Date.parse(d + "T00:00:00Z"));
  const t0 = starts[0], t1 = periodEnd(starts[starts.length - 1], interval);
  const x = t => L + (W - L - R) * (t - t0) / (t1 - t0);
  const totals = starts.map((_, i) => Object.values(data.series).reduce((a, sr) => a + sr[i], 0));
  const max = Math.max(1, ...totals);
  const y = v => T + (H - T - B) * (1 - v / max);
  const svg = s("svg", {class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events per " + interval});
  for (let v = 0; v <= max; v += Math.max(1, Math.ceil(max / 5))) {
    svg.append(s("line", {x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#eef1f4"}),
               s("text", {x: L - 6, y: y(v) + 4, "text-anchor": "end"}, String(v)));
  }
  const color = k => by === "quad" ? QUAD_COLOR[k] : TYPE_COLOR[k] || "#999";
  const keys = Object.keys(data.series);
  starts.forEach((t, i) => {
    let acc = 0;
    const w = Math.max(1, x(periodEnd(t, interval)) - x(t) - (x(periodEnd(t, interval)) - x(t) > 4 ? 1 : 0));
    for (const k of keys) {
      const n = data.series[k][i];
      if (!n) continue;
      svg.append(s("rect", {class: "bar", x: x(t), y: y(acc + n), width: w, height: y(acc) - y(acc + n), fill: color(k)},
        s("title", {}, `${data.periods[i]} (${interval}): ${n} ${k}`)));
      acc += n;
    }
  });
  svg.append(s("line", {x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: "#888"}));
  for (const [t, label] of niceTicks(t0, t1, W - L - R)) {
    svg.append(s("line", {x1: x(t), x2: x(t), y1: H - B, y2: H - B + 5, stroke: "#888"}),
               s("text", {class: "tick", x: x(t), y: H - B + 18, "text-anchor": "middle"}, label));
  }
  const legend = h("div", {class: "legend"}, keys.map(k => h("span", {},
    h("span", {class: "sw", style: "background:" + color(k)}), `${k} (${fmt(data.series[k].reduce((a, b) => a + b, 0))})`)));
  // a few far outliers (a year 1201 named in a story) squeeze the rest into a sliver: offer
  // the span that holds nearly all events, keeping the real axis
  let zoom = null;
  const total = totals.reduce((a, b) => a + b, 0);
  let acc = 0, lo = 0, hi = totals.length - 1;
  for (let i = 0; i < totals.length; i++) { acc += totals[i]; if (acc <= total * 0.02) lo = i + 1; }
  acc = 0;
  for (let i = totals.length - 1; i >= 0; i--) { acc += totals[i]; if (acc <= total * 0.02) hi = i - 1; }
  if (hi >= lo && (hi - lo + 1) < totals.length * 0.25) {
    const kept = totals.slice(lo, hi + 1).reduce((a, b) => a + b, 0);
    zoom = h("p", {}, h("a", {class: "zoom", href: withParams({since: data.periods[lo].slice(0, 10),
      until: new Date(periodEnd(starts[hi], interval) - DAY).toISOString().slice(0, 10)})},
      `Zoom to ${data.periods[lo]} – ${data.periods[hi]}`), ` (${fmt(kept)} of ${fmt(total)} events; the rest lie far outside it)`);
  }
  show(h("h1", {}, "Timeline"), form, zoom,
       h("p", {class: "count", "data-total": data.total}, `${fmt(data.total)} dated events per ${interval}, ` +
         `${data.periods[0]} to ${data.periods[data.periods.length - 1]}` +
         (data.undated ? `; ${fmt(data.undated)} undated events are not drawn` : "") +
         ". The axis is calendar time: empty periods take their width."),
       svg, legend);
}

async function networkView() {
  const p = params();
  const form = eventFilterForm(field("max_edges", "most edges", {size: 5, placeholder: "80"}));
  show(h("h1", {}, "Actor network"), form, h("p", {class: "muted"}, "Loading…"));
  let data;
  try {
    data = await api("/api/network?" + apiQuery(EVENT_KEYS, {max_edges: p.get("max_edges") || 80}));
  } catch (err) { return show(h("h1", {}, "Actor network"), form, errorBox(err)); }
  if (!data.edges.length) return show(h("h1", {}, "Actor network"), form, emptyState("events between two actors"));
  const W = 1100, H = 640;
  const nodes = data.nodes.map((n, i) => ({...n, x: W / 2 + 260 * Math.cos(i * 2.4) * Math.sqrt((i + 1) / data.nodes.length),
                                                   y: H / 2 + 220 * Math.sin(i * 2.4) * Math.sqrt((i + 1) / data.nodes.length), vx: 0, vy: 0}));
  const byId = Object.fromEntries(nodes.map(n => [n.id, n]));
  const links = data.edges.map(e => ({...e, s: byId[e.source], t: byId[e.target]}));
  // a small force layout, the same every time for the same data (no randomness), then
  // scaled to fit the drawing instead of pinning nodes to its edges
  for (let it = 0; it < 400; it++) {
    const alpha = 1 - it / 400;
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i], b = nodes[j];
      const dx = b.x - a.x, dy = b.y - a.y, d2 = Math.max(dx * dx + dy * dy, 25);
      const f = 1600 * alpha / d2;
      a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
    }
    for (const l of links) {
      const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - 60) * 0.05 * alpha;
      l.s.vx += dx / d * f; l.s.vy += dy / d * f; l.t.vx -= dx / d * f; l.t.vy -= dy / d * f;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.01 * alpha; n.vy += (H / 2 - n.y) * 0.015 * alpha;
      n.x += n.vx; n.y += n.vy; n.vx *= 0.55; n.vy *= 0.55;
    }
  }
  const xs = nodes.map(n => n.x), ys = nodes.map(n => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const n of nodes) {
    n.x = 30 + (W - 180) * (x1 > x0 ? (n.x - x0) / (x1 - x0) : 0.5);
    n.y = 25 + (H - 50) * (y1 > y0 ? (n.y - y0) / (y1 - y0) : 0.5);
  }
  const svg = s("svg", {class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network"});
  const defs = s("defs", {});
  for (const [q, c] of Object.entries(QUAD_COLOR))
    defs.append(s("marker", {id: "arrow-" + q, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto"},
      s("path", {d: "M0,0L10,5L0,10z", fill: c})));
  svg.append(defs);
  const maxW = Math.max(...links.map(l => l.weight));
  const radius = n => 4 + 10 * Math.sqrt(n.events / Math.max(...nodes.map(m => m.events)));
  for (const l of links) {
    const dx = l.t.x - l.s.x, dy = l.t.y - l.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1, r = radius(l.t) + 2;
    svg.append(s("line", {class: "edge", x1: l.s.x, y1: l.s.y, x2: l.t.x - dx / d * r, y2: l.t.y - dy / d * r,
      stroke: QUAD_COLOR[l.quad], "stroke-width": 1 + 3 * l.weight / maxW, "stroke-opacity": 0.7,
      "marker-end": `url(#arrow-${l.quad})`}, s("title", {}, `${l.source_name} ${l.type} ${l.target_name}: ${l.weight} event(s)`)));
  }
  for (const n of nodes) {
    const a = s("a", {class: "node", href: "/actors/" + encodeURIComponent(n.id)},
      s("circle", {cx: n.x, cy: n.y, r: radius(n), fill: "#fff", stroke: "#445", "stroke-width": 1.5}),
      s("text", {x: n.x + radius(n) + 3, y: n.y + 4}, n.name + (n.country ? " (" + n.country + ")" : "")),
      s("title", {}, `${n.name}: ${n.events} event(s) in this view`));
    svg.append(a);
  }
  show(h("h1", {}, "Actor network"), form,
       h("p", {class: "count", "data-total": data.edges.length}, `${fmt(nodes.length)} actors, ${fmt(links.length)} edges ` +
         "(actor → recipient, one per event type; thicker is more events). Click an actor for its page."),
       svg, h("div", {class: "legend"}, Object.entries(QUAD_COLOR).map(([q, c]) =>
         h("span", {}, h("span", {class: "sw", style: "background:" + c}), q.replace("-", " ")))));
}

let countriesCache = null;
async function mapView() {
  const form = eventFilterForm();
  show(h("h1", {}, "Map"), form, h("p", {class: "muted"}, "Loading…"));
  let data;
  try {
    [data, countriesCache] = await Promise.all([api("/api/event-places?" + apiQuery(EVENT_KEYS)),
      countriesCache || fetch("/assets/countries.json").then(r => r.json())]);
  } catch (err) { return show(h("h1", {}, "Map"), form, errorBox(err)); }
  const svg = s("svg", {class: "chart map", viewBox: "-180 -90 360 170", role: "img", "aria-label": "events by place"});
  svg.append(s("rect", {x: -180, y: -90, width: 360, height: 180, fill: "#eef5fb"}));
  const withEvents = new Set(data.items.map(r => r.country));
  for (const c of countriesCache)
    svg.append(s("path", {class: "country", d: c.d, fill: "#f4f1ea", stroke: "#b9b4a8", "stroke-width": 0.25},
      s("title", {}, c.name)));
  const max = Math.max(1, ...data.items.map(r => r.events));
  for (const r of data.items) {
    const top = Object.entries(r.types || {}).sort((a, b) => b[1] - a[1])[0];
    const q = top ? TYPE_QUAD[top[0]] : null;
    svg.append(s("a", {href: "/events?" + new URLSearchParams({...Object.fromEntries(activeFilters()), place: r.geonameid || r.name})},
      s("circle", {class: "place", cx: r.lon, cy: -r.lat, r: 0.9 + 5 * Math.sqrt(r.events / max),
        fill: QUAD_COLOR[q] || "#c33", "fill-opacity": 0.65, stroke: "#fff", "stroke-width": 0.2}),
      s("title", {}, `${r.name}: ${r.events} event(s) — ` + Object.entries(r.types || {}).map(([t, n]) => `${t} ${n}`).join(", "))));
  }
  const body = data.items.length ? [] : [emptyState("events with a place")];
  show(h("h1", {}, "Map"), form,
       h("p", {class: "count", "data-total": data.placed}, `${fmt(data.placed)} of ${fmt(data.total)} events have a place, ` +
         `at ${fmt(data.items.length)} places; circles are sized by count and coloured by their commonest quad class. ` +
         "Country outlines: Natural Earth 1:110m."),
       body, svg, h("div", {class: "legend"}, Object.entries(QUAD_COLOR).map(([q, c]) =>
         h("span", {}, h("span", {class: "sw", style: "background:" + c}), q.replace("-", " ")))));
}

async function actorsView() {
  const p = params();
  const limit = 50, offset = Number(p.get("offset") || 0);
  const form = listForm([field("text", "name", {size: 16}), field("country", "country", {size: 8}),
    select("sort", "order", [["", "most events"], ["documents", "most documents"], ["name", "name"]])]);
  let data;
  try { data = await api("/api/actors?" + apiQuery(["text", "country", "sort"], {limit, offset})); }
  catch (err) { return show(h("h1", {}, "Actors"), form, errorBox(err)); }
  if (!data.total) return show(h("h1", {}, "Actors"), form, emptyState("actors"));
  show(h("h1", {}, "Actors"), form, pager(data.total, limit, offset, "distinct actors"),
    h("table", {}, h("thead", {}, h("tr", {}, ["actor", "country", "sector", "kind", "documents", "as actor", "as recipient"]
      .map((c, i) => h("th", {class: i > 3 ? "num" : null}, c)))),
      h("tbody", {}, data.items.map(a => h("tr", {},
        h("td", {}, h("a", {href: "/actors/" + encodeURIComponent(a.actor_key)}, a.name || a.actor_key)),
        h("td", {}, a.country || ""), h("td", {}, a.sector || ""), h("td", {}, a.kind || ""),
        h("td", {class: "num"}, fmt(a.documents)), h("td", {class: "num"}, fmt(a.as_actor)),
        h("td", {class: "num"}, fmt(a.as_recipient)))))));
}

async function actorView(key) {
  let a;
  try { a = await api("/api/actors/" + encodeURIComponent(key)); }
  catch (err) { return show(h("h1", {}, "Actor"), errorBox(err)); }
  const evLink = (f, n) => h("a", {href: "/events?actor=" + encodeURIComponent(a.actor_key) + "&aux=all"}, `all ${fmt(n)} in the events table`);
  show(h("h1", {}, a.name),
    h("div", {class: "kv"}, h("span", {class: "muted"}, "key"), a.actor_key,
      h("span", {class: "muted"}, "country / sector"), [a.country || "–", " / ", a.sector || "–"],
      h("span", {class: "muted"}, "kind"), a.kind || "–",
      h("span", {class: "muted"}, "also named"), a.names.slice(0, 12).join("; ") || "–",
      h("span", {class: "muted"}, "documents"), fmt(a.documents)),
    h("p", {}, h("a", {href: "/network?actor=" + encodeURIComponent(a.actor_key) + "&aux=all"}, "this actor's network")),
    h("h2", {}, `Events as actor (${fmt(a.events_as_actor_total)})`),
    a.events_as_actor.length ? [eventsTable(a.events_as_actor), a.events_as_actor_total > a.events_as_actor.length ? evLink(0, a.events_as_actor_total) : null]
      : h("p", {class: "muted"}, "None."),
    h("h2", {}, `Events as recipient (${fmt(a.events_as_recipient_total)})`),
    a.events_as_recipient.length ? eventsTable(a.events_as_recipient) : h("p", {class: "muted"}, "None."),
    h("h2", {}, "Roles over time"),
    a.roles.length ? h("table", {}, h("tbody", {}, a.roles.map(r => h("tr", {}, h("td", {}, r.published || "undated"),
      h("td", {}, r.role), h("td", {}, h("a", {href: "/documents/" + encodeURIComponent(r.doc_id)}, r.title || r.doc_id))))))
      : h("p", {class: "muted"}, "No role (president, minister, …) given in any document."),
    h("h2", {}, `Quotes (${fmt(a.quotes.length)})`),
    a.quotes.length ? h("ul", {}, a.quotes.map(q => h("li", {}, h("span", {class: "muted"}, (q.published || "") + " "),
      q.direct ? "“" + q.content + "”" : q.content, " ",
      h("a", {href: "/documents/" + encodeURIComponent(q.doc_id)}, "document")))) : h("p", {class: "muted"}, "None."),
    h("h2", {}, "Documents"),
    h("ul", {}, a.document_list.map(d => h("li", {}, (d.published || "undated") + " ",
      h("a", {href: "/documents/" + encodeURIComponent(d.doc_id)}, d.title || d.doc_id), h("span", {class: "muted"}, " as “" + d.name + "”")))));
}

async function listView(kind) {
  const p = params();
  const limit = 50, offset = Number(p.get("offset") || 0);
  const conf = {
    documents: {title: "Documents", fields: [field("text", "words", {size: 16}), field("country", "country", {size: 8}),
      field("since", "since", {size: 10}), field("until", "until", {size: 10})], keys: ["text", "country", "since", "until", "actor"],
      cols: ["published", "title", "events", "actors", "quotes", "claims"],
      row: d => [d.published || "undated", h("a", {href: "/documents/" + encodeURIComponent(d.doc_id)}, d.title || d.doc_id),
                 fmt(d.events), fmt(d.actors), fmt(d.quotes), fmt(d.claims)]},
    quotes: {title: "Quotes", fields: [field("text", "words", {size: 16}), field("actor", "speaker", {size: 12}),
      field("since", "since", {size: 10}), field("until", "until", {size: 10})], keys: ["text", "actor", "since", "until", "doc_id"],
      cols: ["published", "speaker", "quote", "document"],
      row: q => [q.published || "undated", q.actor_key ? h("a", {href: "/actors/" + encodeURIComponent(q.actor_key)}, q.speaker || "?") : (q.speaker || "?"),
                 q.direct ? "“" + q.content + "”" : q.content, h("a", {href: "/documents/" + encodeURIComponent(q.doc_id)}, q.title || q.doc_id)]},
    claims: {title: "Claims", fields: [field("text", "words", {size: 16}), field("unit", "unit", {size: 10}),
      field("since", "since", {size: 10}), field("until", "until", {size: 10})], keys: ["text", "unit", "actor", "since", "until", "doc_id"],
      cols: ["published", "value", "unit", "source", "evidence", "document"],
      row: c => [c.published || "undated", [c.bound && c.bound !== "exact" ? c.bound + " " : "", fmt(c.value), c.value_max ? "–" + fmt(c.value_max) : ""],
                 c.unit || "", c.source || "", c.text, h("a", {href: "/documents/" + encodeURIComponent(c.doc_id)}, c.title || c.doc_id)]},
    places: {title: "Places", fields: [field("text", "name", {size: 16}), field("country", "country", {size: 8})], keys: ["text", "country"],
      cols: ["place", "country", "precision", "documents", "events"],
      row: pl => [pl.name, pl.country || "", pl.precision || "", fmt(pl.documents),
                  pl.events ? h("a", {href: "/events?place=" + encodeURIComponent(pl.geonameid || pl.name) + "&aux=all"}, fmt(pl.events)) : "0"]},
  }[kind];
  const form = listForm(conf.fields);
  let data;
  try { data = await api(`/api/${kind}?` + apiQuery(conf.keys, {limit, offset})); }
  catch (err) { return show(h("h1", {}, conf.title), form, errorBox(err)); }
  if (!data.total) return show(h("h1", {}, conf.title), form, emptyState(kind));
  show(h("h1", {}, conf.title), form, pager(data.total, limit, offset, kind),
    h("table", {}, h("thead", {}, h("tr", {}, conf.cols.map(c => h("th", {}, c)))),
      h("tbody", {}, data.items.map(r => h("tr", {}, conf.row(r).map(c => h("td", {}, c)))))));
}

// The document with every annotation marked. Annotations overlap (a quote holds actors and
// times), so the text is cut at every start and end and each piece gets the classes of all
// annotations covering it.
function markedText(doc, selectedKey) {
  const spans = [];
  const add = (start, end, cls, title, extra) => { if (end > start) spans.push({start, end, cls, title, ...extra}); };
  for (const a of doc.actors) for (const [st, en] of a.mentions) add(st, en, "actor", `actor: ${a.name} (${[a.country, a.sector].filter(Boolean).join("/") || "no code"})`, {actor: a.actor_key});
  for (const p of doc.places) for (const [st, en] of p.mentions) add(st, en, "place", `place: ${p.name}${p.country ? " (" + p.country + ")" : ""}`);
  for (const t of doc.timexes) add(t.start_char, t.end_char, "time", `time: ${t.readable || t.value || ""} [${t.value || ""}]`);
  for (const q of doc.quotes) add(q.content_start, q.content_end, "quote", "quote" + (q.speaker_text ? " of " + q.speaker_text : ""));
  for (const c of doc.claims) add(c.start_char, c.end_char, "claim", `claim: ${c.bound && c.bound !== "exact" ? c.bound + " " : ""}${c.value} ${c.unit || ""}`);
  for (const m of doc.event_mentions) {
    for (const [[ts, te], [ss, se]] of m.evidence) {
      add(ts, te, "trigger", `event: ${m.type}${m.aux ? " (" + m.aux + ")" : ""}`, {event: m.event_key, mention: m.event_id});
      if (m.event_key === selectedKey) add(ss, se, "selected", "the sentence of the event you followed");
    }
  }
  const cuts = new Set([0, doc.text.length]);
  for (const sp of spans) { cuts.add(Math.max(0, sp.start)); cuts.add(Math.min(doc.text.length, sp.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = h("div", {class: "doctext", id: "doctext"});
  const anchored = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const on = spans.filter(sp => sp.start <= a && sp.end >= b);
    const piece = doc.text.slice(a, b);
    if (!on.length) { out.append(document.createTextNode(piece)); continue; }
    const attrs = {class: [...new Set(on.map(sp => sp.cls))].join(" "), title: on.map(sp => sp.title).join("\n")};
    for (const sp of on) {
      if (sp.cls === "trigger" && !anchored.has(sp.mention) && sp.start === a) {
        attrs.id = "m-" + sp.mention; anchored.add(sp.mention); attrs["data-event"] = sp.event;
      }
    }
    out.append(h("span", attrs, piece));
  }
  return out;
}

async function documentView(id) {
  let doc;
  try { doc = await api("/api/documents/" + encodeURIComponent(id)); }
  catch (err) { return show(h("h1", {}, "Document"), errorBox(err)); }
  const selected = params().get("event");
  const firstMention = key => (doc.event_mentions.find(m => m.event_key === key) || {}).event_id;
  const byId = Object.fromEntries(doc.actors.map(a => [a.actor_id, a]));
  const side = h("div", {class: "side"},
    h("section", {}, h("h2", {}, `Events (${doc.events.length})`), doc.events.length ? h("ul", {}, doc.events.map(e => h("li", {class: e.event_key === selected ? "selected-event" : null},
      h("a", {href: withParams({event: e.event_key}) + "#m-" + firstMention(e.event_key), "data-event": e.event_key}, e.type),
      e.aux ? h("span", {class: "badge"}, e.aux) : null, " ", h("span", {class: "muted"}, e.date_text), " ",
      who(e.actor_names, e.actor_countries, e.actor_sectors, e.actor_keys), " → ",
      who(e.recipient_names, e.recipient_countries, e.recipient_sectors, e.recipient_keys),
      e.n_reports > 1 ? h("span", {class: "muted"}, ` (${e.n_reports} reports)`) : null))) : h("p", {class: "muted"}, "None found.")),
    h("section", {}, h("h2", {}, `Actors (${doc.actors.length})`), h("ul", {}, doc.actors.map(a => h("li", {},
      h("a", {href: "/actors/" + encodeURIComponent(a.actor_key)}, a.name), " ", h("span", {class: "code"}, [a.country, a.sector].filter(Boolean).join("/")),
      a.role ? h("span", {class: "muted"}, " " + a.role) : null)))),
    h("section", {}, h("h2", {}, `Places (${doc.places.length})`), h("ul", {}, doc.places.map(p => h("li", {}, p.name, " ",
      h("span", {class: "code"}, [p.country, p.precision].filter(Boolean).join(", ")))))),
    h("section", {}, h("h2", {}, `Times (${doc.timexes.length})`), h("ul", {}, doc.timexes.map(t => h("li", {}, t.text, " ",
      h("span", {class: "muted"}, "→ " + (t.readable || t.value || "")))))),
    h("section", {}, h("h2", {}, `Quotes (${doc.quotes.length})`), h("ul", {}, doc.quotes.map(q => h("li", {},
      h("strong", {}, (byId[q.speaker_actor_id] || {}).name || q.speaker_text || "?"), ": ", q.direct ? "“" + q.content + "”" : q.content)))),
    h("section", {}, h("h2", {}, `Claims (${doc.claims.length})`), h("ul", {}, doc.claims.map(c => h("li", {},
      `${c.bound && c.bound !== "exact" ? c.bound + " " : ""}${fmt(c.value)} ${c.unit || ""}`, " ", h("span", {class: "muted"}, "“" + c.text + "”"))))));
  const legend = h("div", {class: "legendtext doctext-legend"},
    ["actor", "place", "time", "quote", "claim", "trigger"].map(c => h("span", {class: "doctext", style: "display:inline;padding:0;border:0"},
      h("span", {class: c}, c === "trigger" ? "event trigger" : c), " ")));
  show(h("h1", {}, doc.title || "(untitled)"),
    h("p", {class: "muted"}, doc.published || "no date", " · ", doc.doc_id, doc.url ? [" · ", h("a", {href: doc.url, rel: "noreferrer noopener", target: "_blank"}, doc.url)] : ""),
    legend, h("div", {class: "doc"}, markedText(doc, selected), side));
  if (selected) {
    const el = document.querySelector(`#doctext [data-event="${CSS.escape(selected)}"]`) || document.querySelector("#doctext .selected");
    if (el) el.scrollIntoView({block: "center"});
  }
}

async function header() {
  try {
    const st = await api("/api/stats");
    document.getElementById("stats").textContent =
      `${fmt(st.documents)} documents · ${fmt(st.events)} events · ${fmt(st.distinct_actors)} actors · ` +
      `${fmt(st.quotes)} quotes · ${fmt(st.claims)} claims`;
  } catch (err) { document.getElementById("stats").textContent = "store unavailable: " + err.message; }
}

function route() {
  const path = decodeURIComponent(location.pathname.replace(/\/+$/, "")) || "/events";
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("on", path.startsWith(a.getAttribute("href")));
  if (path === "/" || path === "/events") return eventsView();
  if (path === "/timeline") return timelineView();
  if (path === "/network") return networkView();
  if (path === "/map") return mapView();
  if (path === "/actors") return actorsView();
  if (path.startsWith("/actors/")) return actorView(path.slice("/actors/".length));
  if (path.startsWith("/documents/")) return documentView(path.slice("/documents/".length));
  if (["/documents", "/quotes", "/claims", "/places"].includes(path)) return listView(path.slice(1));
  show(h("div", {class: "empty"}, "No view at " + path + ". ", h("a", {href: "/events"}, "Go to the events.")));
}

document.addEventListener("DOMContentLoaded", () => { header(); route(); });
