"""Precision of the places stage (issue 13 follow-up): court districts and compass-named
divisions, people's names that start with a town's name, counties of England, and the
quarters of a city. Sentences written for these tests."""

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
        doc = parse(text)
        doc.actors = []
        return places_stage(doc)

    return _run


def _mentions(doc: NewsDoc) -> dict[str, object]:
    """Each mention's text -> its place."""
    return {doc.text[s:e]: p for p in doc.places for s, e in p.mentions}


def test_a_court_district_is_a_mention_of_its_state(run):
    doc = run("Dana Whitfield was convicted in 2011 in the Northern District of Georgia and served "
              "her sentence near Atlanta.")
    m = _mentions(doc)
    assert m["Georgia"].geonameid == 4197000  # the US state, not the country
    assert set(m) == {"Georgia", "Atlanta"}  # "Northern District" is not Fiji's Northern Division
    doc = run("Prosecutors in the Southern District of New York and the Western District of Texas filed "
              "charges on Monday.")
    m = _mentions(doc)
    assert m["New York"].geonameid == 5128638 and m["New York"].precision == "region"  # the state
    assert m["Texas"].geonameid == 4736286 and set(m) == {"New York", "Texas"}


def test_a_compass_word_alone_names_no_division_of_a_country_the_story_never_names(run):
    doc = run("Wheat farmers in Kansas and Nebraska said the Western region had too little rain, "
              "while Eastern growers were hopeful.")
    assert {p.country for p in doc.places} == {"US"}
    assert not any(p.name in ("Western", "Eastern") for p in doc.places)


def test_a_compass_named_division_of_the_storys_country_resolves(run):
    doc = run("Floods hit Tamale, the largest town of Ghana's Northern Region, on Friday.")
    northern = [p for p in doc.places if p.name == "Northern"]
    assert northern and northern[0].country == "GH"


def test_a_direction_before_a_state_in_an_organisations_name_is_that_state(run):
    doc = run("She is president of the Western Pennsylvania Kennel Association, which met in Pittsburgh.")
    assert _mentions(doc)["Western Pennsylvania"].name == "western Pennsylvania"
    assert {p.country for p in doc.places} == {"US"}


def test_a_persons_name_that_starts_with_a_towns_name_is_no_place(run):
    doc = run("Crystal Munoz was convicted in 2008 of fraud. Munoz, who lived near Minneapolis, "
              "said she would appeal.")
    m = _mentions(doc)
    assert "Crystal Munoz" not in m and "Munoz" not in m  # not Crystal, Minnesota, nor Muñoz in the Philippines
    assert m["Minneapolis"].country == "US"
    doc = run("Police in Minneapolis said Crystal Munoz, 41, was arrested at her home.")
    assert [p.name for p in doc.places] == ["Minneapolis"]


def test_a_name_with_a_word_places_are_made_of_is_not_read_as_a_persons(parse, places_stage):
    """Whatever the model's label: "Pollards Hill said" keeps the place, "Dale Hurst said" does not."""
    from newsgraph.model import Entity

    def labelled_place(text: str, name: str) -> NewsDoc:
        doc = parse(text)
        i = text.index(name)
        toks = [t.i for t in doc.tokens if i <= t.start < i + len(name)]
        doc.entities = [x for x in doc.entities if not (x.start < i + len(name) and i < x.end)]
        doc.entities.append(Entity(i, i + len(name), "GPE", name, toks[0], toks[-1] + 1))
        doc.entities.sort(key=lambda x: x.start)
        doc.actors = []
        return doc

    doc = labelled_place("Pollards Hill said goodbye to its library on Saturday.", "Pollards Hill")
    assert [t.text for t in places_stage.toponyms(doc)] == ["Pollards Hill"]
    doc = labelled_place("Dale Hurst said goodbye to his library on Saturday.", "Dale Hurst")
    assert places_stage.toponyms(doc) == []


def test_a_quarter_of_a_city_is_the_city(run):
    doc = run("Police in South London said a man was arrested in Croydon. He was later taken to a station "
              "in north-west London, and officers from East London joined them.")
    m = _mentions(doc)
    for quarter in ("South London", "East London"):
        assert m[quarter].geonameid == 2643743  # London, with its point (not East London, South Africa)
    assert m["Croydon"].country == "GB"
    assert all(p.lat is not None for p in doc.places)


def test_a_place_whose_name_has_a_possessive_keeps_it(run):
    doc = run("The officer, from Hawke's Bay, New Zealand, had served in Wellington.")
    m = _mentions(doc)
    assert m["Hawke's Bay"].country == "NZ" and "Bay," not in m
