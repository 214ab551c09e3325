"""Actors coded from the words around their mentions (newsgraph.actors.cues) and from the story.

Every sentence here is written for these tests; none comes from a gold set.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import stage_runner


@pytest.fixture(scope="module")
def run(parse):
    return stage_runner("actors", parse, default_date=date(2019, 6, 1))


def actor(doc, name):
    hits = [a for a in doc.actors if name in a.name or any(doc.text[s:e] == name for s, e in a.mentions)]
    assert hits, f"no actor for {name!r} in {[a.name for a in doc.actors]}"
    return hits[0]


def code(doc, name):
    a = actor(doc, name)
    return a.country, a.sector


def test_appositive_role_gives_sector_and_country(run):
    doc = run("Darek Wolny, a Polish journalist, said the film would be shown in Gdynia.")
    assert code(doc, "Darek Wolny") == ("POL", "JRN")


def test_possessive_role_before_an_apposed_name(run):
    doc = run("The Kenyan government rejected the report. The government's spokesman, Omondi Otieno, "
              "called it baseless.")
    assert actor(doc, "Omondi Otieno").country == "KEN"


def test_title_shared_by_coordinated_names(run):
    doc = run("The bill was sponsored by Senators Alan Dwyer of Ohio, Ruth Calloway of Iowa, and "
              "Pete Marsh of Idaho.")
    for name in ("Ruth Calloway", "Pete Marsh"):
        assert code(doc, name) == ("USA", "LEG")


def test_trailing_of_gives_the_country(run):
    doc = run("Jean-Paul Mbeki of Benin met Aminata Diallo of Senegal in Dakar.")
    assert actor(doc, "Jean-Paul Mbeki").country == "BEN"
    assert actor(doc, "Aminata Diallo").country == "SEN"


def test_copula_gives_nationality_and_role(run):
    doc = run("Police arrested Kemal Aslan on Tuesday. Aslan is a Turkish businessman who lives in Hamburg.")
    assert code(doc, "Kemal Aslan") == ("TUR", "BUS")


@pytest.mark.parametrize("name,sector", [
    ("Kestrel Airlines", "BUS"), ("Valley Morning Herald", "JRN"), ("Orchard Children's Foundation", "NGO"),
    ("Harlow Institute", "EDU"), ("Kilbride Cathedral", "REL"), ("Department of Water Affairs", "GOV"),
])
def test_an_organisation_name_ends_in_its_kind(run, name, sector):
    doc = run(f"The {name} said on Monday that it would appeal the decision in Nairobi.")
    assert actor(doc, name).sector == sector


def test_rights_words_make_an_advocacy_body_an_ngo(run):
    doc = run("The Coastal Civil Liberties Union sued the state of Oregon on Friday.")
    assert actor(doc, "Coastal Civil Liberties Union").sector == "NGO"


def test_an_unknown_organisation_that_reports_is_an_outlet(run):
    doc = run("A spokesman told the Lakeside Ledger that the minister had resigned.")
    assert actor(doc, "Lakeside Ledger").sector == "JRN"
    doc = run("Brightfold reported on Sunday that the governor of Texas had signed the bill.")
    assert actor(doc, "Brightfold").sector == "JRN"


def test_a_committee_chair_is_a_legislator(run):
    doc = run("House Budget Committee chairman Alan Pryce criticised the White House plan on Monday.")
    assert code(doc, "Alan Pryce") == ("USA", "LEG")


def test_candidates_are_party_or_opposition(run):
    doc = run("Opposition presidential candidate Olena Hrytsenko addressed a rally in Minsk. "
              "Belarusian police detained dozens of her supporters.")
    assert code(doc, "Olena Hrytsenko") == ("BLR", "OPP")


def test_a_named_person_with_no_affiliation_is_a_civilian_of_the_story(run):
    doc = run("Police in Ohio arrested a man after a shooting in Dayton. Marla Finch, who lives nearby, "
              "said she heard six shots. The Dayton police chief said the suspect was 24.")
    assert code(doc, "Marla Finch") == ("USA", "CVL")


def test_a_titled_name_is_not_made_a_civilian(run):
    doc = run("Brig. Gen. Tomas Ferreira resigned on Monday in Lisbon.")
    assert actor(doc, "Tomas Ferreira").sector != "CVL"


def test_news_outlets_have_home_countries(run):
    doc = run("Reuters and Al Jazeera reported the clashes near the border on Sunday.")
    assert code(doc, "Reuters") == ("GBR", "JRN")
    assert code(doc, "Al Jazeera") == ("QAT", "JRN")


def test_a_definite_title_joins_the_person_named_with_it(run):
    doc = run("Governor Mary Holt signed the bill on Wednesday. The governor said the law would stand.")
    assert actor(doc, "Mary Holt") is actor(doc, "The governor")


def test_a_lone_given_name_joins_the_one_person_named_in_full(run):
    doc = run("Protesters cheered Joanna Mazur in Gdansk. Joanna thanked them.")
    assert actor(doc, "Joanna Mazur") is actor(doc, "Joanna")


def test_a_title_of_another_country_is_not_the_person_named_before(run):
    doc = run("President Anna Berg of Norland met the president of Armenia in Oslo.")
    assert actor(doc, "Anna Berg") is not actor(doc, "the president of Armenia")


@pytest.mark.parametrize("text,name", [
    ("The vote ended at 21:00 UTC on Sunday, officials in Warsaw said.", "UTC"),
    ("COVID-19 has killed 40 people in Lagos, the governor said.", "COVID-19"),
    ("The Public Order Act was passed by parliament in Accra on Monday.", "Public Order Act"),
])
def test_time_zones_diseases_and_laws_are_not_actors(run, text, name):
    doc = run(text)
    assert not [a for a in doc.actors if a.name == name]


def test_news_eval_flags_no_person_named_bill(run):
    from newsgraph.evaluate.news import _NONACTOR

    assert _NONACTOR.search("UTC") and _NONACTOR.search("National Emergencies Act")
    assert not _NONACTOR.search("Bill Clinton")


def test_a_nationality_in_an_appositive_without_a_known_role(run):
    doc = run("Tomas Varga, a Slovak tennis player ranked 40th in the world, was arrested in Vienna.")
    assert actor(doc, "Tomas Varga").country == "SVK"


def test_a_lone_attacker_is_a_criminal_gunmen_in_numbers_stay_unidentified(run):
    doc = run("Police said a gunman shot three shoppers in Denver.")
    assert actor(doc, "a gunman").sector == "CRM"
    doc = run("Unidentified gunmen attacked a checkpoint near Kandahar.")
    assert actor(doc, "Unidentified gunmen").sector == "UAF"


def test_a_generic_title_for_an_organisation_takes_its_sector(run):
    doc = run("Phil Walker, director of global news for AFP, condemned the killing.")
    assert code(doc, "Phil Walker") == ("FRA", "JRN")


def test_a_candidate_in_an_appositive(run):
    doc = run("Anna Rudko, an opposition candidate for the presidential election, held a rally in Minsk.")
    assert code(doc, "Anna Rudko") == ("BLR", "OPP")


def test_an_acronym_in_brackets_is_the_same_body(run):
    doc = run("The Northern Water Safety Council (NWSC) criticised the plan. NWSC said the dam was unsafe.")
    council = actor(doc, "Northern Water Safety Council")
    assert council.name == "Northern Water Safety Council" and council is actor(doc, "NWSC")


def test_a_titles_own_modifiers_carry_its_nationality(run):
    doc = run("Greece and Cyprus signed the deal, and Portuguese economic development minister Rui Costa "
              "sent a letter of support.")
    assert code(doc, "Rui Costa") == ("PRT", "GOV")


def test_a_member_of_a_body_before_the_name(run):
    doc = run("A member of the Kenyan Parliament, Joseph Kamau said the vote was rigged.")
    assert code(doc, "Joseph Kamau") == ("KEN", "LEG")
