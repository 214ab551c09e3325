"""Courts and verdicts: findings of guilt, acquittals, sentences received, courts that act.

Whole-pipeline tests; every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.kb.lexicon import load_roles, load_words
from newsgraph.lang.tables import TableError

DAY = date(2024, 3, 2)


def coded(doc):
    by_id = {a.id: a for a in doc.actors}
    side = lambda ids: [(by_id[i].country, by_id[i].sector) for i in ids]
    return [(e.type, e.mode, side(e.actor), side(e.recipient)) for e in doc.events]


def test_found_guilty_is_a_conviction_by_the_courts(annotate):
    doc = annotate("Three activists were found guilty of sedition by a court in Nairobi on Tuesday.", DAY)
    assert ("SANCTION", "convict", [("KEN", "JUD")], [("KEN", "CVL")]) in coded(doc)


def test_the_court_that_finds_someone_guilty_is_the_actor(annotate):
    doc = annotate("A court in Porto on Monday found the former mayor guilty of fraud.", DAY)
    assert ("SANCTION", "convict", [("PRT", "JUD")], [("PRT", "ELI")]) in coded(doc)


def test_found_not_guilty_is_an_acquittal_not_a_denied_conviction(annotate):
    doc = annotate("Two farmers were found not guilty of arson in Lyon on Friday.", DAY)
    events = [(e.type, e.aux) for e in doc.events]
    assert ("CONCEDE", None) in events and not any(t == "SANCTION" for t, _ in events)


def test_a_prison_term_received_is_the_courts_act_on_whoever_receives_it(annotate):
    doc = annotate("In Lyon, two police officers on Thursday received eight-year prison terms.", DAY)
    assert ("COERCE", "arrest", [("FRA", "JUD")], [("FRA", "COP")]) in coded(doc)


def test_a_sentence_served_or_completed_is_no_new_event(annotate):
    doc = annotate("The former governor of Ogun completed his sentence in 2019.", DAY)
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_a_court_acting_is_an_actor_of_the_story_country(annotate):
    doc = annotate("Protesters marched in Lyon on Monday. The court acquitted the two activists on Tuesday.", DAY)
    assert ("CONCEDE", None, [("FRA", "JUD")], [("FRA", "CVL")]) in coded(doc)


def test_the_accused_is_a_suspect(annotate):
    doc = annotate("Police in Leeds arrested the accused near the station on Friday.", DAY)
    assert ("COERCE", "arrest", [("GBR", "COP")], [("GBR", "CRM")]) in coded(doc)


def test_a_named_person_arrested_or_convicted_with_no_other_role_is_a_suspect(annotate):
    doc = annotate("Police in Gdansk arrested Dana Kowalczyk on Friday.", DAY)
    assert ("COERCE", "arrest", [("POL", "COP")], [("POL", "CRM")]) in coded(doc)
    doc = annotate("A court in Leeds on Monday convicted Ronald Teague of fraud.", DAY)
    assert ("SANCTION", "convict", [("GBR", "JUD")], [("GBR", "CRM")]) in coded(doc)
    # a family tie is no role of his own either
    doc = annotate("A court in Multan sentenced her brother Tariq Mahmood to life in prison on Friday.", DAY)
    assert ("COERCE", "arrest", [("PAK", "JUD")], [("PAK", "CRM")]) in coded(doc)
    # "man" is no role of his own
    doc = annotate("Police in Leeds arrested Canadian man Morris Quint on Monday.", DAY)
    assert ("COERCE", "arrest", [("GBR", "COP")], [("CAN", "CRM")]) in coded(doc)


def test_a_protester_arrested_is_not_made_a_suspect(annotate):
    doc = annotate("Dana Kowalczyk led a protest against the government in Warsaw on Sunday. Police arrested "
                   "Dana Kowalczyk on Monday.", DAY)
    assert not any(a.sector == "CRM" for a in doc.actors)


def test_a_named_person_with_a_role_keeps_it_when_arrested(annotate):
    doc = annotate("Police in Gdansk arrested the opposition leader Dana Kowalczyk on Friday.", DAY)
    assert not any("CRM" in str(r) for _, _, _, r in coded(doc))


def test_an_old_conviction_does_not_make_a_suspect_of_today(annotate):
    doc = annotate("Ronald Teague, who was convicted of fraud in 1998, opened a bakery in Leeds on Monday.", DAY)
    assert not any(a.sector == "CRM" for a in doc.actors)


def test_a_town_the_recogniser_calls_a_person_is_no_actor(annotate):
    doc = annotate("Two protesters were acquitted by a court in Lyon on Tuesday.", DAY)
    assert "Lyon" not in {a.name for a in doc.actors}
    assert ("CONCEDE", None, [("FRA", "JUD")], [("FRA", "CVL")]) in coded(doc)


def test_a_result_of_an_act_in_reported_speech_is_no_judgment(annotate):
    doc = annotate("Officers in Leeds shot the gunman dead outside a shop, police said.", DAY)
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_role_table_refuses_a_word_with_two_sectors(tmp_path):
    path = tmp_path / "roles.psv"
    path.write_text("# version: t\nrole | GOV | person | minister\nrole | MIL | person | minister\n")
    with pytest.raises(TableError, match="already a role"):
        load_roles(path)


def test_role_table_refuses_an_unknown_sector_and_kind(tmp_path):
    path = tmp_path / "roles.psv"
    path.write_text("# version: t\nrole | XYZ | person | minister\n")
    with pytest.raises(TableError, match="unknown sector"):
        load_roles(path)
    path.write_text("# version: t\nrole | GOV | crowd | minister\n")
    with pytest.raises(TableError, match="kind"):
        load_roles(path)


def test_word_classes_must_all_be_there(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("# version: t\nNEEDS_ANCHOR: people\n")
    with pytest.raises(TableError, match="missing"):
        load_words(path)


def test_a_plea_of_guilty_concedes_to_the_courts_and_not_guilty_rejects(annotate):
    doc = annotate("A man from Leeds pleaded guilty to fraud on Monday. In Texas, Daniel Reyes pleaded not guilty "
                   "on Tuesday to seven counts of homicide.", DAY)
    found = coded(doc)
    assert ("CONCEDE", None, [("GBR", "CRM")], [("GBR", "JUD")]) in found
    assert any(t == "REJECT" and r == [("USA", "JUD")] for t, _, _, r in found)


def test_pleading_with_someone_stays_a_request(annotate):
    doc = annotate("The mayor of Goma pleaded with the rebels to free the hostages.", DAY)
    assert [t for t, _, _, _ in coded(doc)] == ["REQUEST"]


def test_a_pardon_told_without_its_grantor_goes_on_with_the_story_s_pardons(annotate):
    from datetime import date as _date

    doc = annotate("On Tuesday, Governor Ana Ruiz of Nevada issued six pardons and two commutations.\n\n"
                   "Tom Vale was jailed for fraud in 2012. He served seven years before being granted clemency.",
                   _date(2021, 3, 12))
    granted = [e for e in doc.events if e.type == "CONCEDE" and doc.text[e.trigger[0]:e.trigger[1]] == "granted"]
    assert granted and granted[0].date.value == "2021-03-09"


def test_owning_up_to_a_crime_concedes(annotate):
    doc = annotate("The suspect admitted the killings in court.", date(2021, 3, 10))
    assert [e.type for e in doc.events] == ["CONCEDE"]
    doc = annotate("The minister admitted that the plan had failed.", date(2021, 3, 10))
    assert not doc.events


def test_a_court_overturning_convictions_concedes_to_the_convicted(annotate):
    doc = annotate("The Supreme Court overturned the convictions of two former aides.", date(2021, 3, 10))
    by_id = {a.id: a for a in doc.actors}
    assert [(e.type, [by_id[r].name for r in e.recipient]) for e in doc.events] == [("CONCEDE", ["two former aides"])]


def test_whoever_stays_in_custody_is_held_by_whoever_ordered_it(annotate):
    doc = annotate("A magistrate ordered that the driver remain in custody until March.", date(2021, 3, 10))
    by_id = {a.id: a for a in doc.actors}
    assert [(e.type, [by_id[a].name for a in e.actor], [by_id[r].name for r in e.recipient]) for e in doc.events] \
        == [("COERCE", ["A magistrate"], ["the driver"])]


def test_charges_faced_or_brought_accuse_the_one_charged(annotate):
    doc = annotate("The court unsealed charges against the hacker on Tuesday.", date(2021, 3, 10))
    by_id = {a.id: a for a in doc.actors}
    assert [(e.type, [by_id[a].name for a in e.actor], [by_id[r].name for r in e.recipient]) for e in doc.events] \
        == [("ACCUSE", ["The court"], ["the hacker"])]
    doc = annotate("The former governor faces charges of corruption.", date(2021, 3, 10))
    by_id = {a.id: a for a in doc.actors}
    assert [(e.type, [by_id[r].name for r in e.recipient]) for e in doc.events] == [("ACCUSE", ["The former governor"])]


def test_a_ruling_against_someone_or_finding_an_act_unlawful_is_a_conviction(annotate):
    # the manual's convict mode: found guilty, unconstitutional or liable
    doc = annotate("The High Court in Nairobi ruled against the government on Tuesday.", DAY)
    assert ("SANCTION", "convict", [("KEN", "JUD")], [("KEN", "GOV")]) in coded(doc)
    doc = annotate("The Supreme Court ruled the curfew unconstitutional on Monday.", DAY)
    assert [(t, m) for t, m, _, _ in coded(doc)] == [("SANCTION", "convict")]
    doc = annotate("A court in Lyon found the decree unlawful on Tuesday.", DAY)
    assert [(t, m) for t, m, _, _ in coded(doc)] == [("SANCTION", "convict")]


def test_ruling_a_country_or_ruling_on_evidence_is_no_conviction(annotate):
    for text in ("The king ruled the country for forty years.", "The judge ruled that the evidence was admissible.",
                 "The court ruled in favour of the union on Tuesday.",
                 # a verdict word modifying the object is no verdict
                 "Police found illegal weapons in the house on Monday."):
        assert not annotate(text, DAY).events, text


def test_a_legislature_passing_a_measure_carries_the_measure_as_its_act(annotate):
    doc = annotate("The House of Representatives passed articles of impeachment against the governor on Friday.", DAY)
    assert any(t == "ACCUSE" and a == [(None, "LEG")] and r == [(None, "GOV")] for t, _, a, r in coded(doc))
    # a plain bill passed is no event
    assert not annotate("The parliament of Ghana passed the budget on Friday.", DAY).events


def test_a_fine_given_is_the_courts_sanction_and_a_sentence_given_its_arrest(annotate):
    doc = annotate("The doctor was given a fine of 20,000 dollars by a court in Leeds.", DAY)
    assert ("SANCTION", "convict", [("GBR", "JUD")], [("GBR", "MED")]) in coded(doc)
    doc = annotate("A court in Leeds gave the driver a ten-year sentence on Monday.", DAY)
    assert any(t == "COERCE" and m == "arrest" for t, m, _, _ in coded(doc))
    doc = annotate("The charity gave the refugees food and blankets.", DAY)
    assert [t for t, _, _, _ in coded(doc)] == ["AID"]


def test_all_including_someone_is_the_group_named_before(annotate):
    doc = annotate("Seven farmers stood trial for arson in Lahore. All, including their village elder, were "
                   "acquitted on Friday.", DAY)
    assert ("CONCEDE", None, [("PAK", "JUD")], [("PAK", "AGR")]) in coded(doc)
