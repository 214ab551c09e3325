"""A role and a name set off by commas, a rights group named after its name, a title shared down a list."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import actor_at, stage_runner


@pytest.fixture(scope="module")
def run(parse):
    return stage_runner("actors", parse, date(2022, 5, 4))


at = actor_at


def test_a_name_set_off_after_its_role_holds_it(run):
    doc = run("The roads will reopen on Monday, the Tulsa mayor, Grace Holloway, told reporters.")
    holloway = at(doc, "Grace Holloway")
    assert (holloway.country, holloway.sector) == ("USA", "GOV")
    assert at(doc, "the Tulsa mayor") is holloway
    doc = run("Poland's interior minister, Jan Wrona, said the border would stay shut.")
    assert at(doc, "Jan Wrona").country == "POL" and at(doc, "Jan Wrona").sector == "GOV"


def test_a_list_after_a_role_is_no_apposition(run):
    doc = run("We met the mayor, Grace Holloway and Tom Reyes at the fair.")
    assert at(doc, "Tom Reyes") is not at(doc, "Grace Holloway")


def test_a_rights_group_is_non_governmental(run):
    doc = run("The arrests were counted by Dzikir, a small Latvian human rights group.")
    dzikir = at(doc, "Dzikir")
    assert (dzikir.country, dzikir.sector) == ("LVA", "NGO")
    assert at(doc, "a small Latvian human rights group") is dzikir


def test_a_title_in_the_first_name_is_shared_down_the_list(run):
    doc = run("The motion was signed by Labour members of the Senate Ann Dale and Rob Finch.")
    assert at(doc, "Rob Finch").sector == "LEG"
    doc = run("Mayor Tom Reyes and his wife Lisa Marsh attended the parade.")
    assert at(doc, "Lisa Marsh").sector != "GOV"


def test_a_word_of_political_alignment_before_a_name_is_its_sector(run):
    doc = run("In Malta, the ruling Blue Front praised the budget.")
    assert at(doc, "Blue Front").sector == "PTY"
    doc = run("The rebel Popular Front seized the town.")
    assert at(doc, "Popular Front").sector == "REB"


def test_a_stance_is_not_a_nationality(run):
    doc = run("Anti-American protesters gathered outside the embassy in Karachi.")
    assert at(doc, "Anti-American protesters").country == "PAK"


def test_one_name_spelt_two_ways_is_one_person(run):
    doc = run("Yusuf bin Khalid was killed in a raid. Officials said Yusuf bin Kaled had led the cell since 2015.")
    assert at(doc, "Yusuf bin Khalid") is at(doc, "Yusuf bin Kaled")
    doc = run("Ali Hassan and Ali Hussein were arrested in Basra.")
    assert at(doc, "Ali Hassan") is not at(doc, "Ali Hussein")


def test_former_makes_an_official_an_elite_not_a_nurse(run):
    doc = run("The former nurse admitted the killings. The former minister denied the charges.")
    assert at(doc, "The former nurse").sector == "MED"
    assert at(doc, "The former minister").sector == "ELI"


def test_a_plural_title_with_its_second_word_after_the_head(run):
    doc = run("Attorneys general of nine states sued the agency on Tuesday.")
    assert at(doc, "Attorneys general").sector == "GOV"


def test_words_of_a_cause_anchor_a_group(run):
    doc = run("An environmental group sued the mining company.")
    assert at(doc, "An environmental group").sector == "NGO"
    doc = run("Madrid firefighters pulled 12 people from the river.")
    assert (at(doc, "Madrid firefighters").country, at(doc, "Madrid firefighters").sector) == ("ESP", "GOV")


def test_a_given_name_shares_the_surname_of_the_name_after_it(run):
    doc = run("Anna and Piotr Zielinski were arrested in Warsaw.")
    assert at(doc, "Anna").name == "Anna Zielinski"
    assert at(doc, "Anna") is not at(doc, "Piotr Zielinski")


def test_a_party_label_makes_a_party_member(run):
    doc = run("Republican Dale Corwin backed the bill in committee.")
    assert at(doc, "Dale Corwin").sector == "PTY"
    for text in ("Earlier, a Democrat, Dale Corwin, opposed the plan.",
                 "On Monday, a Republican, Nora Blake, said she would vote against it."):
        doc = run(text)
        assert at(doc, text.split(", ")[2]).sector == "PTY", text
    doc = run("The Labour MP Jane Hollis asked a question.")
    assert at(doc, "Jane Hollis").sector == "LEG"  # the office, when there is one


def test_a_titled_name_the_recogniser_took_for_a_body_is_a_person(run):
    doc = run("Taoiseach Sean Murphy opened the new hospital in Cork.")
    murphy = at(doc, "Taoiseach Sean Murphy")
    assert (murphy.name, murphy.kind, murphy.sector) == ("Sean Murphy", "person", "GOV")


def test_a_legislatures_leader_is_no_head_of_state(run):
    doc = run("President Ivan Moro vetoed the bill. The Senate Minority Leader, Ann Kell, said "
              "\"We will ask the president to think again.\"")
    kell = at(doc, "Ann Kell")
    assert at(doc, "The Senate Minority Leader") is kell and kell.sector == "LEG"
    assert at(doc, "the president") is at(doc, "Ivan Moro")


def test_a_bare_noun_names_again_the_body_whose_name_ends_with_it(run):
    doc = run("The Kenyan National Police said on Monday that three officers were hurt. Police said the attackers fled.")
    assert at(doc, "Police", 1) is at(doc, "Kenyan National Police")
    doc = run("The Northern Salvation Council seized the port. The council said it would hold the city.")
    assert at(doc, "The council") is at(doc, "Northern Salvation Council")


def test_a_body_apposed_to_words_of_a_cause_is_non_governmental(run):
    doc = run("The arrests were counted by Dzikir, a small Latvian human rights center based in Riga.")
    assert (at(doc, "Dzikir").country, at(doc, "Dzikir").sector) == ("LVA", "NGO")


def test_a_civil_liberties_union_is_non_governmental(run):
    doc = run("The Kenyan Civil Liberties Union sued the police.")
    assert at(doc, "Kenyan Civil Liberties Union").sector == "NGO"


def test_a_name_the_parser_hangs_on_the_body_a_role_is_of_holds_the_role(run):
    doc = run("One member of the Kenyan Parliament, Joseph Otieno, voted against the law.")
    assert (at(doc, "Joseph Otieno").country, at(doc, "Joseph Otieno").sector) == ("KEN", "LEG")


def test_a_generic_title_of_a_body_takes_the_bodys_sector(run):
    doc = run("Chief Mara Lind of the port police said two boats sank.")
    assert at(doc, "Mara Lind").sector == "COP"


def test_researchers_and_scientists_are_of_education(run):
    doc = run("Political scientist Ruth Obi said prices would rise.")
    assert at(doc, "Ruth Obi").sector == "EDU"
