"""Toponyms the model does not label as places: found from the gazetteer and the story."""

from __future__ import annotations

import pytest

from newsgraph.config import Config
from newsgraph.model import NewsDoc


@pytest.fixture(scope="module")
def places_stage():
    from newsgraph.stages.places import PlacesStage

    return PlacesStage(Config())


@pytest.fixture
def run(parse, places_stage):
    def _run(text: str) -> NewsDoc:
        return places_stage(parse(text))

    return _run


def _mentions(doc: NewsDoc) -> dict[str, object]:
    return {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}


def test_a_town_the_model_took_for_a_person_is_a_place_where_the_story_is(run):
    # the model tags Bogart and Irwin as people, Murrysville as an organisation
    doc = run("Crews worked in Athens, Ga., on Monday. Bogart is next, the manager said.")
    assert _mentions(doc)["Bogart"].country == "US"
    doc = run("A storm hit Pittsburgh on Monday. Later Irwin lost power, and Murrysville followed.")
    found = _mentions(doc)
    assert {"Irwin", "Murrysville"} <= set(found) and found["Irwin"].lat == pytest.approx(40.32, abs=0.1)


def test_a_capital_of_the_storys_country_speaks_for_itself(run):
    doc = run("Shelling hit villages in Georgia overnight. Tbilisi says the separatists fired first.")
    assert _mentions(doc)["Tbilisi"].geonameid == 611717


def test_people_are_not_towns_of_their_names(run):
    doc = run("Kate Sharon, who teaches in Hartford, Conn., retired. Mrs. Sharon said she would travel.")
    assert "Sharon" not in _mentions(doc)


def test_each_name_of_a_county_list_is_a_county(run):
    doc = run("School boards in Barrow, Jackson and Madison counties cut budgets in Georgia.")
    found = _mentions(doc)
    assert {"Barrow", "Jackson", "Madison"} <= set(found)
    assert all(found[n].name.endswith("County") and found[n].country == "US" for n in ("Barrow", "Jackson", "Madison"))


def test_dateline_with_a_colon(run):
    doc = run("Clashes go on. BEIRUT: The body of a man was found on Saturday.")
    assert _mentions(doc)["BEIRUT"].geonameid == 276781


def test_seat_of_a_minnesota_legislator(run):
    doc = run("Senate Tax Chairman Tom Bakk, DFL-Duluth, said the bill would pass.")
    assert _mentions(doc)["Duluth"].country == "US"


def test_a_town_inside_an_organisations_name(run):
    # the town's own police is the town's wherever the story is
    doc = run("The Athens Police Department arrested a man on Friday.")
    assert "Athens" in _mentions(doc)
    # a federal department named like a town is no place in a story elsewhere
    doc = run("Exports to Japan rose, the Commerce Department said in Washington.")
    assert "Commerce" not in _mentions(doc)
