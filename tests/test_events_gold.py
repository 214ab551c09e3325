"""The events stage against gold in ../shared: the seed article and PLOVER dev.

The seed test runs the whole pipeline, so it also depends on the time,
actors and places stages. The first PLOVER floor uses actors built from the gold
markup, so it measures the event coder alone; lowering it must be a choice
made in the same commit, with the reason. A second floor runs the whole
pipeline (what users get).
"""

from __future__ import annotations

import json

import pytest

from conftest import SHARED, shared_path
from newsgraph.config import Config

# type+dyad F1 of the coder with gold ("oracle") actors on PLOVER dev; measured 0.828
# (precision 0.861, type+dyad recall 0.798) on 2026-11-27
PLOVER_ORACLE_F1_FLOOR = 0.82
# ... and through the full pipeline (actors from the actors stage, places from the places
# stage); measured 0.809 on 2026-11-27 (`newsgraph eval events --format json`, plover_f1;
# precision 0.801, type+dyad recall 0.816), rounded down. It also depends on the actors
# and places stages: if they move, re-measure.
PLOVER_PIPELINE_F1_FLOOR = 0.80



@pytest.fixture(scope="module")
def seed_out():
    from newsgraph.evaluate.seed import extract_seed

    shared_path("examples", "seed.txt")
    return extract_seed(SHARED, Config())


def _gold():
    return json.loads(shared_path("examples", "seed.gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("event_id", ["E1", "E2", "E3", "E4", "E5"])
def test_seed_must_events(seed_out, event_id):
    from newsgraph.evaluate.seed import event_matches

    gold = next(g for g in _gold()["events"] if g["id"] == event_id)
    assert gold["must"]
    actors = {a["id"]: a for a in seed_out["actors"]}
    places = {p["id"]: p for p in seed_out["places"]}
    assert any(event_matches(e, gold, actors, places) for e in seed_out["events"]), gold["evidence"]


def test_seed_offensive_is_historical_and_dated(seed_out):
    offensive = [e for e in seed_out["events"] if e["type"] == "ASSAULT"
                 and seed_out["text"][e["trigger"][0]:e["trigger"][1]].startswith("launched")]
    assert offensive and offensive[0]["date"]["value"] == "2019-04" and offensive[0]["aux"] == "historical"


def test_seed_no_forbidden_events(seed_out):
    for f in _gold()["forbidden_events"]:
        for e in seed_out["events"]:
            asserted = f.get("status") != "asserted" or e.get("aux") in (None, "historical")
            assert not (e["type"] == f["type"] and (e.get("date") or {}).get("value") == f["date"] and asserted), f["note"]


def test_plover_dev_coder_floor():
    from newsgraph.evaluate.events import plover_dev

    shared_path("data", "plover", "PLOVER_GSR_dev.json")
    metrics, _ = plover_dev(SHARED, Config(), oracle=True)
    assert metrics["f1"] >= PLOVER_ORACLE_F1_FLOOR, metrics


def test_plover_dev_pipeline_floor():
    from newsgraph.evaluate.events import plover_dev

    shared_path("data", "plover", "PLOVER_GSR_dev.json")
    metrics, _ = plover_dev(SHARED, Config())
    assert metrics["f1"] >= PLOVER_PIPELINE_F1_FLOOR, metrics


def test_gold_codes_are_normalised_like_ours():
    from newsgraph.evaluate.codes import norm_country, norm_sector

    # the GSR predates PLOVER's NGO code and spells civilians "CIV"
    assert norm_country("NGO") == norm_country("IGO") == "IGO"
    assert norm_sector("CIVsrp") == "CVL"
    # a CAMEO religion code where a sector would be is a religious actor
    assert norm_sector("MOS") == norm_sector("CHR") == "REL"
    assert norm_sector("GOVMOS") == "GOV"
    assert norm_sector("***") is None and norm_country("JAP") == "JPN"


def test_marked_event_words_are_located_in_the_sentence():
    from newsgraph.evaluate.events import GoldRecord, marked_spans

    rec = GoldRecord(id="x", text="An attempt to assassinate the governor was thwarted in Tyumen.", type="ASSAULT",
                     source=(), target=(), markup="An (EVT: attempt to assassinate) (TAR: the governor) was "
                                                  "(EVT: thwarted (LOC: in Tyumen)).")
    spans = marked_spans(rec)
    assert [rec.text[s:e] for s, e in spans] == ["attempt to assassinate", "thwarted"]
