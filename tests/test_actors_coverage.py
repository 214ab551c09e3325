"""Actors the KB alone does not place: provinces and towns, crowds, minorities, regional bodies, two-word roles."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import actor_at, stage_runner

from newsgraph.config import Config


@pytest.fixture(scope="module")
def run(parse):
    return stage_runner("actors", parse, date(2021, 8, 19))


at = actor_at


def test_province_and_town_give_the_country(run):
    doc = run("The government of Sindh province banned the rally.")
    assert at(doc, "government").country == "PAK"
    doc = run("The Sindh provincial government closed all schools.")
    assert at(doc, "government").country == "PAK"


def test_gazetteer_country_needs_a_plain_answer():
    from newsgraph.gazetteer.index import get_gazetteer
    from newsgraph.actors.spans import gazetteer_country

    gaz = get_gazetteer(Config().min_population)
    assert gazetteer_country(gaz, "Sindh") == "PAK"
    assert gazetteer_country(gaz, "Tyumen") == "RUS"
    assert gazetteer_country(gaz, "Nowhereville Xyzzy") is None


def test_crowd_acting_in_a_country_is_of_that_country(run):
    doc = run("Thousands of students rallied across Serbia on Sunday.")
    assert at(doc, "students").country == "SRB"


def test_people_living_in_another_country(run):
    doc = run("Albanians in southern Serbia demanded more autonomy.")
    assert at(doc, "Albanians").country == "SRB"
    doc = run("Albanians rallied in Tirana.")
    assert at(doc, "Albanians").country == "ALB"


def test_the_home_of_a_people_is_a_place(run):
    doc = run("Ethnic Serbs of northern Kosovo blocked the roads.")
    assert at(doc, "Kosovo") is None


def test_regional_associations_are_non_governmental(run):
    doc = run("The Association of Asian Lawyers condemned the arrests.")
    assert at(doc, "Association of Asian Lawyers").country == "NGO"
    doc = run("Marriott International said its profits rose.")
    assert at(doc, "Marriott International").country != "NGO"


def test_two_word_roles(run):
    doc = run("Danish web sites were hacked last week.")
    a = at(doc, "web sites")
    assert (a.country, a.sector) == ("DNK", "JRN")
    doc = run("A car bomb killed six soldiers near the base.")
    assert at(doc, "car bomb").sector == "UAF"
    doc = run("The site was closed.")
    assert at(doc, "site") is None


def test_fundamentalists_are_rebels_by_default(run):
    doc = run("Islamic fundamentalists attacked the convoy.")
    assert at(doc, "fundamentalists").sector == "REB"


def test_sector_from_the_words(run):
    doc = run("Bolivian military police cleared the square.")
    assert at(doc, "military police").sector == "MIL"
    doc = run("Shiite militias fired rockets at the base.")
    assert at(doc, "Shiite militias").sector == "REB"
    doc = run("The official Egyptian newspaper criticised the plan.")
    assert at(doc, "newspaper").sector == "GOV"
    doc = run("Chinese state media said the talks went well.")
    assert at(doc, "state media").sector == "JRN"
    # a faith word on a soldier of a state army does not make a rebel
    doc = run("Muslim soldiers in the French army held a prayer.")
    assert at(doc, "Muslim soldiers").sector == "MIL"


def test_organisations_sharing_a_kb_row_stay_apart(run):
    doc = run("Reuters and the BBC reported the strike. Hamas and Islamic Jihad claimed it.")
    assert at(doc, "Reuters") is not at(doc, "BBC")
    assert at(doc, "Hamas") is not at(doc, "Islamic Jihad")


def test_companies_the_recogniser_misses(run):
    doc = run("He received an offer from Google and an invitation from Facebook.")
    fb = at(doc, "Facebook")
    assert (fb.country, fb.sector) == ("USA", "BUS")
    doc = run("Xinhua said the talks had ended.")
    assert (at(doc, "Xinhua").country, at(doc, "Xinhua").sector) == ("CHN", "JRN")


def test_more_role_nouns(run):
    doc = run("Critics said voters were misled. Local politicians and councillors met the volunteers.")
    assert at(doc, "Critics").sector == "CVL"
    assert at(doc, "voters").sector == "CVL"
    assert at(doc, "politicians").sector == "PTY"
    assert at(doc, "councillors").sector == "GOV"
    # a bare "fans" or "users" needs a country or owner to be an actor
    doc = run("Fans cheered.")
    assert at(doc, "Fans") is None


def test_story_country_not_given_to_named_commentators(run):
    doc = run("Archbishop John Mbeki criticised the Nigerian government. Nigeria rejected the criticism.")
    assert at(doc, "John Mbeki").country is None
    doc = run("Police commissioner John Okafor said the Nigerian government had ordered the arrests.")
    assert at(doc, "John Okafor").country == "NGA"


def test_unknown_organisation_names(run):
    doc = run("Yesterday the Hanbali Workers Union called a strike.")
    assert at(doc, "Hanbali Workers Union").sector == "LAB"
    # PLOVER codes police COP and armed "security forces" MIL (army/troops)
    doc = run("The Palestinian Authority security forces arrested him.")
    assert at(doc, "Palestinian Authority security forces").sector == "MIL"
    doc = run("The Palestinian Authority police arrested him.")
    assert at(doc, "Palestinian Authority police").sector == "COP"


def test_named_groups_and_glosses(run):
    doc = run("The Wagner group sent more fighters.")
    assert at(doc, "Wagner group") is not None
    doc = run("The party met on Monday.")
    assert at(doc, "The party") is None  # no name, no country: not an actor


def test_crowd_place_on_the_verbs_object(run):
    doc = run("Tens of thousands of people blocked roads in Serbia.")
    assert at(doc, "people").country == "SRB"


def test_title_takes_a_name_and_its_gloss(parse):
    from newsgraph.actors.spans import _title_left

    doc = parse("Students joined the Otpor (Resistance) movement on Friday.")
    toks = doc.tokens
    head = next(t.i for t in toks if t.text == "movement")
    start, _ = _title_left(toks, head, 0, set(), strict=False)
    assert [t.text for t in toks[start : head + 1]] == ["the", "Otpor", "(", "Resistance", ")", "movement"]
