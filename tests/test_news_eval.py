"""The document-level evaluation (`newsgraph eval news`): how an article's output is matched
to its gold. The matchers are tested on hand-built outputs; one test runs the tune half."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.news import (
    Scored, date_ok, event_matches, forbidden_hit, load_split, match_actors, note_alternatives, side_ok,
)

from conftest import shared_path

TEXT = "Police arrested Ana Ruiz in Lima. Ruiz was charged."


def output(events, actors=None):
    actors = actors or [
        {"id": "a1", "name": "police", "kind": "group", "country": "PER", "org": None, "sector": "COP",
         "mentions": [[0, 6]]},
        {"id": "a2", "name": "Ana Ruiz", "kind": "person", "country": "PER", "org": None, "sector": "CRM",
         "mentions": [[16, 24], [34, 38]]},
    ]
    return Scored({"text": TEXT, "actors": actors, "events": events})


def event(typ="COERCE", actor=("a1",), recipient=("a2",), value="2021-03-02", precision="day"):
    return {"type": typ, "mode": None, "aux": None, "actor": list(actor), "recipient": list(recipient),
            "date": {"value": value, "precision": precision}, "trigger": [7, 15], "sentence": [0, 33]}


def gold(**kw):
    g = {"id": "E1", "type": "COERCE", "actor": [["PER", "COP"]], "recipient": [["PER", "CRM"]],
         "date": "2021-03-02", "evidence": "Police arrested Ana Ruiz in Lima.", "note": ""}
    g.update(kw)
    return g


def test_note_alternatives_are_read_from_accepting_clauses_only():
    alt = note_alternatives("arrest by police; REQUEST also accepted; recipient PHL BUS acceptable; "
                            "null also accepted. AID in future tense = AGREE")
    assert alt.types == {"REQUEST"}
    assert ("PHL", "BUS") in alt.pairs["recipient"] and not alt.pairs["actor"]
    assert None in alt.dates
    assert note_alternatives("Recipient sector EDU (high-school student) also accepted.").sectors["recipient"] == {"EDU"}


def test_an_event_matches_on_type_dyad_and_date():
    s = output([])
    assert event_matches(event(), gold(), s)
    assert not event_matches(event(typ="ACCUSE"), gold(), s)
    assert event_matches(event(typ="ACCUSE"), gold(note="ACCUSE allege also accepted"), s)
    assert not event_matches(event(recipient=()), gold(), s)
    assert event_matches(event(recipient=()), gold(note="recipient implicit, empty accepted"), s)
    assert not event_matches(event(actor=("a2",), recipient=("a1",)), gold(), s)


def test_mutual_types_may_put_both_parties_on_either_side():
    s = output([])
    g = gold(type="CONSULT")
    assert event_matches(event(typ="CONSULT", actor=("a1", "a2"), recipient=()), g, s)


def test_dates_match_by_value_or_a_more_precise_day_inside():
    assert date_ok({"value": "2019-10-01", "precision": "day"}, "2019-10", set())
    assert date_ok({"value": "2019-10-01TEV", "precision": "day"}, "2019-10-01", set())
    assert not date_ok({"value": "2019-10", "precision": "month"}, "2019-10-01", set())
    # a gold null date ("the text gives none") is our publication-date fallback
    assert date_ok({"value": "2019-10-02", "precision": "publication"}, None, set())
    assert not date_ok({"value": "2019-09-30", "precision": "day"}, None, set())
    assert date_ok({"value": "2019-09-30", "precision": "day"}, None, {"2019-09-30"})
    # a weekend inside the gold week, read from the interval the extractor gave it
    weekend = {"value": "2019-W31-WE", "interval": ["2019-08-03", "2019-08-04"], "precision": "week"}
    assert date_ok(weekend, "2019-W31", set()) and not date_ok(weekend, "2019-W30", set())


def test_null_gold_fields_are_wildcards_and_igos_compare_their_org():
    eu = {"id": "x", "name": "EU", "country": "IGO", "org": "EU", "sector": None}
    un = {"id": "y", "name": "UN", "country": "IGO", "org": "UN", "sector": None}
    assert side_ok([["IGO", "EU"]], [eu], set(), set(), False)
    assert not side_ok([["IGO", "EU"]], [un], set(), set(), False)
    ngo = {"id": "z", "name": "Amnesty", "country": "GBR", "org": None, "sector": "NGO"}
    assert side_ok([[None, "NGO"]], [ngo], set(), set(), False)


def test_forbidden_patterns_need_every_field_they_give():
    s = output([])
    f = {"type": "COERCE", "date": "2021-03-02", "aux": "asserted", "note": "dated at publication"}
    assert forbidden_hit(event(), f, s)
    assert not forbidden_hit(event(value="2021-03-01"), f, s)
    assert not forbidden_hit({**event(), "aux": "negated"}, f, s)
    # a place given is a field too: "the meeting planned in Lima did not happen"
    s = Scored({**s.out, "places": [{"id": "p1", "geonameid": 3936456, "mentions": [[28, 32]]}]})
    at_lima = {"type": "COERCE", "place": 3936456}
    assert forbidden_hit({**event(), "place": "p1"}, at_lima, s)
    assert not forbidden_hit(event(), at_lima, s)


def test_gold_actors_are_found_by_alias_mention_or_surname():
    s = output([])
    assert [a["id"] for a in match_actors({"name": "Peruvian police", "aliases": ["Police"]}, s.out["actors"], TEXT)] == ["a1"]
    assert [a["id"] for a in match_actors({"name": "Ana María Ruiz"}, s.out["actors"], TEXT)] == ["a2"]


def test_splits_are_disjoint_and_known():
    base = shared_path("data", "newsgold")
    tune, check = set(load_split(base, "tune")), set(load_split(base, "check"))
    assert tune and check and not tune & check
    assert set(load_split(base, "all")) == tune | check
    with pytest.raises(ValueError, match="unknown newsgold split"):
        load_split(base, "dev")


def test_an_asserted_event_does_not_code_a_negated_one():
    s = output([])
    negated = gold(aux="negated", note="'has not been arrested'")
    assert not event_matches(event(), negated, s)
    assert event_matches({**event(), "aux": "negated"}, negated, s)
    assert event_matches({**event(), "aux": "future"}, gold(aux="future"), s)
    assert event_matches(event(), gold(aux="future", note="aux asserted acceptable"), s)


def test_a_gold_name_inside_our_longer_mention_is_found():
    ours = [{"id": "a1", "name": "Represenative Adam Schiff", "kind": "person", "mentions": [[0, 25]]}]
    text = "Represenative Adam Schiff said so."
    assert match_actors({"name": "Adam Schiff"}, ours, text)
    assert not match_actors({"name": "Adam"}, ours, "Adam said so.")


def test_a_folder_of_your_own_gold_is_scored_whole(tmp_path):
    import json
    from pathlib import Path

    from newsgraph.config import Config
    from newsgraph.evaluate.news import evaluate, load_gold_dir

    g = {"doc": "lima-arrest", "url": "https://example.org/lima", "title": "Arrest in Lima",
         "published": "2021-03-02", "actors": [], "events": [{**gold(), "must": True, "aux": "asserted"}],
         "forbidden_events": []}
    (tmp_path / "lima-arrest.json").write_text(json.dumps(g), encoding="utf-8")
    out = output([event()]).out
    report = evaluate(Path("/nowhere"), config=Config(), gold_dir=tmp_path, outputs={"lima-arrest": out})
    assert report.task == f"news:{tmp_path.name}"
    assert report.metrics["must_event_recall"] == 1.0 and report.metrics["event_precision"] == 1.0
    # a file that is not gold names itself and what it lacks
    (tmp_path / "notes.json").write_text('{"doc": "x"}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"notes\.json: no url, events"):
        load_gold_dir(tmp_path)
    with pytest.raises(ValueError, match="no such folder"):
        load_gold_dir(tmp_path / "absent")


@pytest.mark.parametrize("folder", ["data/training/newsgold-free", "data/training/newsgold-fresh",
                                    "data/heldout/newsgold-fresh2"])
def test_our_own_gold_loads_and_stays_out_of_the_newsgold_halves(folder):
    import json
    from pathlib import Path

    from newsgraph.evaluate.news import load_gold_dir

    root = Path(__file__).resolve().parents[1]
    golds = load_gold_dir(root / folder)
    assert all(g["doc"] == p.stem for g, p in zip(golds, sorted((root / folder).glob("*.json"))))
    base = shared_path("data", "newsgold")
    halves = {json.loads((base / "gold" / f"{d}.json").read_text(encoding="utf-8"))["url"]
              for d in load_split(base, "all")}
    assert not {g["url"] for g in golds} & halves
    # and the folders do not share an article
    others = {f for f in ("data/training/newsgold-free", "data/training/newsgold-fresh",
                          "data/heldout/newsgold-fresh2") if f != folder}
    for other in others:
        assert not {g["url"] for g in golds} & {g["url"] for g in load_gold_dir(root / other)}


def test_an_event_scores_its_participants_as_its_own_date_codes_them():
    s = output([])
    ev = {**event(), "roles": {"a2": {"country": "PER", "sector": "GOV"}}}
    assert s.side(ev, "recipient")[0]["sector"] == "GOV"
    assert s.side(event(), "recipient")[0]["sector"] == "CRM"
    assert event_matches(ev, gold(recipient=[["PER", "GOV"]]), s)
