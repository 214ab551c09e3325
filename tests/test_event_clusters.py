"""One event, many reports: reports grouped into events across documents, in the store.

Documents are annotated by hand (no model), so these tests take a second.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import pytest

from newsgraph.clusters.compat import (
    ClusterOptions, PlaceRef, load_anaphors, load_neighbours, load_roles, places_compatible,
)
from newsgraph.exporters import export
from newsgraph.lang.tables import TableError
from newsgraph.model import Actor, Document, Event, EventDate, NewsDoc, Place, Sentence
from newsgraph.query import EventFilter, find_events, find_reports
from newsgraph.store import Store

KABUL = dict(name="Kabul", geonameid=1138958, country="AF", lat=34.53, lon=69.17, precision="city")
HERAT = dict(name="Herat", geonameid=1140026, country="AF", lat=34.35, lon=62.20, precision="city")
AFGHANISTAN = dict(name="Afghanistan", geonameid=1149361, country="AF", lat=33.0, lon=66.0, precision="country")
VIENNA = dict(name="Vienna", geonameid=2761369, country="AT", lat=48.21, lon=16.37, precision="city")

TALIBAN = ("Taliban", "AFG", "REB", "ng:org/85")
POLICE = ("Afghan police", "AFG", "COP", None)
CIVILIANS = ("civilians", "AFG", "CVL", None)
IRAN_FM = ("Iranian foreign minister", "IRN", "GOV", "ng:person/iran-fm")
EU_FM = ("EU foreign policy chief", "EUR", "GOV", "ng:person/eu-fm")


def day(s: str) -> EventDate:
    return EventDate(s, (s, s), "day")


def month(s: str) -> EventDate:
    import calendar

    y, m = map(int, s.split("-"))
    return EventDate(s, (f"{s}-01", f"{s}-{calendar.monthrange(y, m)[1]:02d}"), "month")


def published_on(d: date) -> EventDate:
    return EventDate(d.isoformat(), (d.isoformat(), d.isoformat()), "publication")


def report(text: str, published: date, type_: str, actors=(), recipients=(), when: EventDate | None = None,
           place: dict | None = None, url: str | None = None, trigger: str | None = None) -> NewsDoc:
    """One article telling one event, annotated by hand."""
    doc = NewsDoc(Document.create(text, published=published, url=url))
    doc.sentences = [Sentence(0, 0, len(text), 0, 0, 0)]
    ids = {}
    for who in (*actors, *recipients):
        if who not in ids:
            name, country, sector, kb = who
            k = max(text.find(name.split()[0]), 0)
            ids[who] = f"a{len(ids) + 1}"
            doc.actors.append(Actor(ids[who], name, "group", country=country, sector=sector, kb_id=kb,
                                    mentions=[(k, k + len(name.split()[0]))]))
    if place:
        k = max(text.find(place["name"]), 0)
        doc.places = [Place("p1", mentions=[(k, k + len(place["name"]))], **place)]
    t = text.index(trigger) if trigger else 0
    doc.events = [Event("e1", type_, (t, t + len(trigger or text.split()[0])), (0, len(text)),
                        actor=[ids[a] for a in actors], recipient=[ids[r] for r in recipients],
                        place="p1" if place else None, date=when, confidence=0.7)]
    return doc


# Three articles, worded differently, published on different days, dated with different precision.
STORY = [
    lambda: report("Taliban fighters stormed a police post in Kabul on Tuesday, killing six officers.",
                   date(2021, 3, 3), "ASSAULT", [TALIBAN], [POLICE], day("2021-03-02"), KABUL,
                   url="https://one.example/a", trigger="stormed"),
    lambda: report("The Taliban said it attacked Afghan police in March; the insurgents named no town.",
                   date(2021, 3, 20), "ASSAULT", [TALIBAN], [POLICE], month("2021-03"), AFGHANISTAN,
                   url="https://two.example/b", trigger="attacked"),
    lambda: report("Police officers were detained and beaten by Taliban gunmen in the Afghan capital.",
                   date(2021, 3, 2), "COERCE", [TALIBAN], [POLICE], published_on(date(2021, 3, 2)), KABUL,
                   url="https://three.example/c", trigger="detained"),
]
# Look-alikes: the same attackers in the same city a week later; the same ministers meeting twice.
LATER_ATTACK = lambda: report("Taliban fighters attacked a police checkpoint in Kabul on Tuesday.",  # noqa: E731
                              date(2021, 3, 10), "ASSAULT", [TALIBAN], [POLICE], day("2021-03-09"), KABUL,
                              trigger="attacked")
MEETINGS = [
    lambda: report("The Iranian foreign minister met the EU foreign policy chief in Vienna on Monday.",
                   date(2021, 4, 6), "CONSULT", [IRAN_FM], [EU_FM], day("2021-04-05"), VIENNA, trigger="met"),
    lambda: report("The EU foreign policy chief held talks with the Iranian foreign minister in Vienna.",
                   date(2021, 4, 5), "CONSULT", [EU_FM], [IRAN_FM], published_on(date(2021, 4, 5)), VIENNA,
                   trigger="held"),
    lambda: report("The Iranian foreign minister and the EU foreign policy chief met again in Vienna.",
                   date(2021, 5, 4), "CONSULT", [IRAN_FM, EU_FM], [], day("2021-05-03"), VIENNA, trigger="met"),
]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "c.duckdb")
    yield s
    s.close()


def groups(store: Store) -> dict[str, list[str]]:
    """event key -> its reports' document ids, sorted."""
    out: dict[str, list[str]] = {}
    for k, d in store.execute("SELECT event_key, doc_id FROM event_mentions ORDER BY 1, 2").rows:
        out.setdefault(k, []).append(d)
    return out


def test_three_differently_worded_articles_are_one_event_with_three_reports(store):
    store.write_batch([make() for make in STORY])
    (ev,) = find_events(store, EventFilter(type="ASSAULT"))
    assert ev["n_reports"] == 3 and ev["n_documents"] == 3 and ev["n_sources"] == 3
    # the event's fields come from its reports: the most precise date, the most specific place
    assert ev["date_value"] == "2021-03-02" and ev["date_precision"] == "day"
    assert ev["place_name"] == "Kabul" and ev["actor_names"] == ["Taliban"]
    assert (ev["first_report"], ev["last_report"]) == (date(2021, 3, 2), date(2021, 3, 20))
    (stored,) = store.execute("SELECT n_reports, n_sources, first_report FROM events").rows
    assert stored == (3, 3, date(2021, 3, 2))
    told = find_reports(store, [ev["event_key"]])[ev["event_key"]]
    assert [r["source"] for r in told] == ["three.example", "one.example", "two.example"]
    assert [r["evidence"][0]["trigger_text"] for r in told] == ["detained", "stormed", "attacked"]


def test_two_attacks_a_week_apart_stay_two_and_a_vague_report_joins_one_of_them(store):
    store.write_batch([STORY[0](), LATER_ATTACK(), STORY[1]()])  # STORY[1] says only "in March"
    evs = find_events(store, EventFilter(type="ASSAULT"))
    assert sorted(e["date_value"] for e in evs) == ["2021-03-02", "2021-03-09"]
    assert sorted(e["n_reports"] for e in evs) == [1, 2]  # the March report joined one, never both


def test_two_meetings_of_the_same_ministers_a_month_apart_stay_two(store):
    store.write_batch([make() for make in MEETINGS])
    evs = find_events(store, EventFilter(type="CONSULT"))
    assert [(e["date_value"], e["n_reports"]) for e in evs] == [("2021-04-05", 2), ("2021-05-03", 1)]


def test_a_new_article_joins_the_stored_event_and_keeps_its_id(store):
    store.write_batch([STORY[0]()])
    (first,) = find_events(store)
    store.write_batch([STORY[1]()])  # a later, vaguer report
    (joined,) = find_events(store)
    assert joined["event_key"] == first["event_key"] and joined["n_reports"] == 2


def test_distinct_places_or_types_stay_apart(store):
    herat = report("Taliban fighters stormed a police post in Herat on Tuesday.", date(2021, 3, 3), "ASSAULT",
                   [TALIBAN], [POLICE], day("2021-03-02"), HERAT, trigger="stormed")
    protest = report("Afghan police protested against the Taliban in Kabul on Tuesday.", date(2021, 3, 3),
                     "PROTEST", [POLICE], [TALIBAN], day("2021-03-02"), KABUL, trigger="protested")
    store.write_batch([STORY[0](), herat, protest])
    assert len(find_events(store)) == 3


def test_undated_reports_join_only_reports_that_say_exactly_the_same():
    a = report("Taliban fighters attacked Afghan police.", date(2021, 3, 3), "ASSAULT", [TALIBAN], [POLICE])
    b = report("The Taliban attacked Afghan police, officials said.", date(2021, 6, 3), "ASSAULT", [TALIBAN], [POLICE])
    c = report("The Taliban attacked Afghan police in March.", date(2021, 3, 20), "ASSAULT", [TALIBAN], [POLICE],
               month("2021-03"))
    with Store(":memory:") as s:
        s.write_batch([a, b, c])
        assert sorted(len(v) for v in groups(s).values()) == [1, 2]


def _corpus() -> list[NewsDoc]:
    return [make() for make in (*STORY, LATER_ATTACK, *MEETINGS)]


def _snapshot(s: Store):
    return (groups(s), s.execute("SELECT * EXCLUDE (run_id) FROM events ORDER BY event_key").rows,
            s.execute("SELECT doc_id, story_id FROM documents ORDER BY 1").rows)


def test_ingestion_order_does_not_change_events_or_ids():
    """Property: any order, any batching, gives the same events with the same ids."""
    with Store(":memory:") as s:
        s.write_batch(_corpus())
        expected = _snapshot(s)
    assert len(expected[0]) == 4
    rng = random.Random(14)
    for _ in range(5):
        docs = _corpus()
        rng.shuffle(docs)
        with Store(":memory:") as s:
            k = 0
            while k < len(docs):
                n = rng.randint(1, 3)
                s.write_batch(docs[k:k + n])
                k += n
            assert _snapshot(s) == expected


def test_regroup_gives_what_a_fresh_ingest_gives():
    with Store(":memory:") as store:
        for d in _corpus():
            store.write_batch([d])
        before = _snapshot(store)
        store.regroup()
        assert _snapshot(store) == before


def test_without_grouping_only_equal_reports_are_one_event(tmp_path):
    with Store(tmp_path / "plain.duckdb", clustering=None, near_duplicates=None) as s:
        s.write_batch(_corpus())
        assert len(find_events(s)) == 7


# --- near-duplicate documents --------------------------------------------------------

WIRE = ("Afghan officials said Taliban fighters stormed a police post on the edge of Kabul early on Tuesday, "
        "killing six officers and wounding four others in a battle that lasted several hours, before "
        "reinforcements arrived from the city centre and the attackers withdrew towards the hills.")


def test_wire_copies_and_updates_are_one_story():
    update = WIRE + " A spokesman for the interior ministry later raised the toll to seven."
    other = ("The central bank of Afghanistan kept its main interest rate unchanged on Tuesday, saying inflation "
             "had eased over the winter and that the currency was stable against the dollar.")
    docs = [NewsDoc(Document.create(t, published=date(2021, 3, 2 + i), url=f"https://w{i}.example/x"))
            for i, t in enumerate([WIRE, update, other])]
    for d in docs:
        d.sentences = [Sentence(0, 0, len(d.text), 0, 0, 0)]
    with Store(":memory:") as s:
        s.write_batch(docs[::-1])
        stories = dict(s.execute("SELECT doc_id, story_id FROM documents").rows)
    assert stories[docs[1].id] == stories[docs[0].id] == docs[0].id  # named by the earliest
    assert stories[docs[2].id] == docs[2].id


# --- compatibility tables and rules --------------------------------------------------


def test_places_one_inside_the_other():
    kabul, herat, afg = PlaceRef(**KABUL), PlaceRef(**HERAT), PlaceRef(**AFGHANISTAN)
    airport = PlaceRef(name="Kabul airport", geonameid=1, country="AF", lat=34.56, lon=69.21, precision="other")
    assert places_compatible(kabul, afg) and places_compatible(afg, herat) and places_compatible(kabul, airport)
    assert not places_compatible(kabul, herat) and not places_compatible(kabul, PlaceRef(**VIENNA))
    assert places_compatible(kabul, None)


@pytest.mark.parametrize("line, message", [
    ("ASSAULT\tBOMB\tno such type", "unknown PLOVER type 'BOMB'"),
    ("ASSAULT\tASSAULT\tsame", "always compatible with itself"),
    ("ASSAULT\tCOERCE", "TYPE<TAB>TYPE<TAB>why"),
    ("COERCE\tASSAULT\ttwice", "duplicate key"),
])
def test_the_type_table_rejects_bad_lines_naming_file_and_line(tmp_path, line, message):
    path = tmp_path / "n.tsv"
    path.write_text(f"# version: t\nASSAULT\tCOERCE\ta raid\n{line}\n")
    with pytest.raises(TableError, match=message) as exc:
        load_neighbours(path)
    assert f"{path}:3" in str(exc.value)


def test_the_shipped_tables_load():
    from newsgraph.clusters.compat import anaphors, neighbours, roles

    assert neighbours().compatible("ASSAULT", "COERCE") and not neighbours().compatible("ASSAULT", "PROTEST")
    assert "airstrike" in anaphors()["ASSAULT"] and "mutual" in roles()["CONSULT"]


def test_roles_and_anaphors_check_their_types(tmp_path):
    bad = tmp_path / "r.tsv"
    bad.write_text("# version: t\nASSAULT\tenemies\twhy\n")
    with pytest.raises(TableError, match=r"r.tsv:2: unknown property"):
        load_roles(bad)
    bad = tmp_path / "a.txt"
    bad.write_text("# version: t\nATTACK: raid\n")
    with pytest.raises(TableError, match=r"a.txt:2: unknown PLOVER type"):
        load_anaphors(bad)


# --- what users see ------------------------------------------------------------------


def test_exports_write_one_record_per_event_with_its_reports(store, tmp_path):
    store.write_batch(_corpus())
    n = export(store, "plover-jsonl", tmp_path / "e.jsonl")
    recs = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert n == len(recs) == 4
    (strike,) = [r for r in recs if r["event_type"] == "ASSAULT" and r["n_reports"] == 3]
    assert len(strike["reports"]) == 3 and strike["n_sources"] == 3
    assert {r["evidence"][0]["trigger_text"] for r in strike["reports"]} == {"stormed", "attacked", "detained"}


def test_cli_events_counts_events_and_lists_reports(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app

    db = tmp_path / "cli.duckdb"
    with Store(db) as s:
        s.write_batch(_corpus())
    res = CliRunner().invoke(app, ["events", "--db", str(db), "--reports"])
    assert res.exit_code == 0, res.output
    assert "4 events from 7 reports; 2 told by more than one report" in " ".join(res.stdout.split())
    assert "[stormed] Taliban fighters stormed a police post" in res.stdout
    res = CliRunner().invoke(app, ["events", "--db", str(db), "--reports", "--format", "json"])
    rows = json.loads(res.stdout)
    assert sum(len(r["reports"]) for r in rows) == 7


def test_an_older_store_is_migrated_and_its_events_keep_their_reports(tmp_path):
    import duckdb

    from newsgraph.store.schema import SCHEMA_VERSION

    db = tmp_path / "old.duckdb"
    with Store(db) as s:  # a schema-3 store, taken back to what schema 2 had
        s.write_batch([STORY[0]()])
    conn = duckdb.connect(str(db))
    for table, cols in (("events", 6), ("documents", 1)):
        names = [r[0] for r in conn.execute(f"SELECT * FROM {table} LIMIT 0").description][-cols:]
        for c in names:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {c}")
    extra = [r[0] for r in conn.execute("SELECT * FROM event_mentions LIMIT 0").description][11:]
    for c in extra:
        conn.execute(f"ALTER TABLE event_mentions DROP COLUMN {c}")
    conn.execute("DROP TABLE doc_minhash")
    conn.execute("DROP TABLE doc_bands")
    conn.execute("UPDATE schema_version SET version = 2")
    conn.close()
    with Store(db) as s:
        assert s.schema_version == SCHEMA_VERSION
        s.write_batch([STORY[1]()])  # joins the migrated event
        (ev,) = find_events(s)
        assert ev["n_reports"] == 2
        fresh = Store(":memory:")
        for table in ("documents", "events", "event_mentions", "doc_minhash"):
            q = f"SELECT * FROM {table} LIMIT 0"
            assert s.execute(q).columns == fresh.execute(q).columns, table


# --- symmetry (mentions within one document: tests/test_event_clusters_within.py) -----


def test_compatibility_is_symmetric():
    """The grouping is order-independent only if 'may be one event' is symmetric."""
    from newsgraph.clusters.compat import Report, compatible, neighbours

    rng = random.Random(3)
    pool = ["ng:a", "ng:b", "AFG|COP|police", "~AFG|COP", "~AFG", "AFG|UAF|gunmen", "ng:c"]
    types = ["ASSAULT", "COERCE", "CONSULT", "AGREE", "ACCUSE"]
    reports = []
    for k in range(300):
        people = tuple(frozenset(rng.sample(pool, rng.randint(1, 2))) for _ in range(rng.randint(0, 3)))
        n = rng.randint(0, len(people))
        start = date(2021, 3, 1) + timedelta(days=rng.randint(0, 5))
        reports.append(Report(key=f"r{k}", exact=f"x{k % 50}", doc_id=f"d{k % 40}", type=rng.choice(types),
                              actors=frozenset().union(*people[:n]), recipients=frozenset().union(*people[n:]),
                              people=people, start=start, end=start + timedelta(days=rng.choice([0, 2, 30])),
                              unknown=frozenset({"AFG|UAF|gunmen"}), place=rng.choice([None, PlaceRef(**KABUL)])))
    table = neighbours()
    for a, b in zip(reports, reports[1:] + reports[:1]):
        assert compatible(a, b, table) == compatible(b, a, table), (a, b)
