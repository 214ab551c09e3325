"""The running example end to end: ../shared/examples/seed.txt against its gold."""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from newsgraph.config import Config

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed_out():
    from newsgraph.api import extract

    (obj,) = list(extract([shared_path("examples", "seed.txt")], config=Config()))
    return obj


@pytest.fixture(scope="module")
def seed_report(seed_out):
    from newsgraph.evaluate.seed import score

    gold = json.loads(shared_path("examples", "seed.gold.json").read_text())
    return score(seed_out, gold)


def test_extract_has_the_contract_and_the_article(seed_out):
    assert seed_out["published"] == "2021-08-19"
    assert seed_out["text"].startswith("Russia's top diplomat")
    assert seed_out["errors"] == []


def test_extract_validates_against_the_contract_schema(seed_out):
    import jsonschema

    schema = json.loads(shared_path("contract", "extract.schema.json").read_text())
    jsonschema.validate(seed_out, schema)


def test_offsets_point_into_the_text(seed_out):
    text = seed_out["text"]
    for a in seed_out["actors"]:
        for s, e in a["mentions"]:
            assert 0 <= s < e <= len(text)
    for t in seed_out["times"]:
        assert text[t["start"]:t["end"]] == t["text"]
    for ev in seed_out["events"]:
        s, e = ev["trigger"]
        ss, se = ev["sentence"]
        assert ss <= s < e <= se


def test_jan_kubis_is_not_a_date(seed_report):
    assert seed_report.metrics["not_times_found"] == 0


def test_no_forbidden_event(seed_report):
    assert seed_report.metrics["forbidden_events"] == 0, seed_report.details


@pytest.mark.parametrize("part", ["times", "actors", "places", "quotes", "events", "claims"])
def test_must_items(seed_report, part):
    assert seed_report.metrics[f"{part}_recall"] == 1.0, [d for d in seed_report.details if part[:-1] in d]


def test_every_must_event_and_the_rivals_support(seed_report):
    missed = [d for d in seed_report.details if d.startswith("event missed")]
    assert missed == []
