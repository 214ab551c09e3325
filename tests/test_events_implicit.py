"""Implicit arguments: events whose doer or target the sentence leaves unsaid.

Whole-pipeline tests (the setting comes from the actors stage); every sentence is
written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest


def coded(doc):
    by_id = {a.id: a for a in doc.actors}
    side = lambda ids: [(by_id[i].country, by_id[i].sector) for i in ids]
    return [(e.type, e.mode, side(e.actor), side(e.recipient)) for e in doc.events]


def test_an_agentless_arrest_is_the_local_police(annotate):
    doc = annotate("A 41-year-old woman was arrested in Bristol on Monday after the fire.", date(2020, 3, 4))
    assert ("COERCE", "arrest", [("GBR", "COP")], [("GBR", "CRM")]) in coded(doc)


def test_the_police_the_text_names_do_the_arrest(annotate):
    doc = annotate("Police in Lyon said a man was arrested on Friday. Police gave no name.", date(2020, 3, 4))
    events = [e for e in doc.events if e.type == "COERCE"]
    assert events and doc.actor_by_id(events[0].actor[0]).name.lower() == "police"


def test_with_no_place_the_story_setting_gives_the_authorities(annotate):
    doc = annotate("Protests continued in Nairobi on Sunday. Kenyan officials said the march was peaceful. "
                   "Later, a man was detained.", date(2020, 3, 4))
    assert ("COERCE", "arrest", [("KEN", "COP")], [("KEN", "CRM")]) in coded(doc)


def test_a_passive_charge_is_the_courts(annotate):
    doc = annotate("Police in Leeds arrested a man on Friday. He was charged with arson on Saturday.", date(2020, 3, 4))
    assert any(t == "ACCUSE" and a == [("GBR", "JUD")] and r == [("GBR", "CRM")] for t, _, a, r in coded(doc))


def test_a_passive_subject_the_parser_hung_elsewhere(annotate):
    # the small parser reads "after Ana Costa" as a prepositional phrase and leaves
    # "was stabbed" without a subject: the nearest actor before it is the victim
    doc = annotate("Two men were arrested after Ana Costa, mayor of the Portuguese town of Braga, "
                   "was stabbed at a rally.", date(2020, 3, 4))
    stabs = [e for e in doc.events if e.type == "ASSAULT"]
    assert stabs and doc.actor_by_id(stabs[0].recipient[0]).name == "Ana Costa"


def test_an_unnamed_private_person_who_is_attacked_stays_a_civilian(annotate):
    doc = annotate("Police in Leeds said a woman was attacked on Friday night.", date(2020, 3, 4))
    assert any(t == "ASSAULT" and r == [("GBR", "CVL")] for t, _, a, r in coded(doc))


def test_a_later_paragraph_about_the_same_people_carries_the_story_date(annotate):
    doc = annotate("Police arrested opposition leader Amadou Sow in Dakar on Tuesday, his party said.\n\n"
                   "Sow was later charged with inciting violence, according to his lawyer.", date(2021, 3, 5))
    dates = {e.type: e.date.value for e in doc.events}
    assert dates["COERCE"] == "2021-03-02" and dates["ACCUSE"] == "2021-03-02"


def test_the_story_date_does_not_reach_words_or_other_people(annotate):
    doc = annotate("Police arrested opposition leader Amadou Sow in Dakar on Tuesday.\n\n"
                   "Separately, the interior minister condemned the rioters.", date(2021, 3, 5))
    accuse = [e for e in doc.events if e.type == "ACCUSE"]
    assert accuse and all(e.date.precision == "publication" for e in accuse)


def test_an_anchored_duration_dates_its_clause(annotate):
    doc = annotate("Police arrested opposition leader Amadou Sow in Dakar on Tuesday.\n\n"
                   "Two days later, soldiers attacked protesters in Thies.", date(2021, 3, 5))
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert assault and assault[0].date.value == "2021-03-04"


def test_clemency_granted_in_a_ditransitive_the_parser_misreads(annotate):
    # the small parser hangs "a full pardon" on the name as an apposition
    doc = annotate("Governor Mary Holt granted Dale Ritter a full and unconditional pardon.", date(2020, 3, 4))
    assert any(t == "CONCEDE" and r for t, _, a, r in coded(doc))


def test_clemency_told_without_its_giver_is_the_states(annotate):
    doc = annotate("In Ohio, the prisoner Dale Ritter was granted clemency on Monday.", date(2020, 3, 4))
    assert any(t == "CONCEDE" and a == [("USA", "GOV")] for t, _, a, r in coded(doc))


def test_a_protest_told_without_participants_is_the_peoples_against_their_government(annotate):
    doc = annotate("The new electoral law has sparked protests in Minsk.", date(2020, 3, 4))
    assert ("PROTEST", "demo", [("BLR", "CVL")], [("BLR", "GOV")]) in [
        (t, m, a, r) for t, m, a, r in [(e.type, e.mode, *coded_sides(doc, e)) for e in doc.events]]


def test_a_protest_beside_another_event_is_its_background(annotate):
    doc = annotate("Police arrested forty students in Minsk during the protests.", date(2020, 3, 4))
    assert [e.type for e in doc.events] == ["COERCE"]


def coded_sides(doc, e):
    by_id = {a.id: a for a in doc.actors}
    return ([(by_id[i].country, by_id[i].sector) for i in e.actor],
            [(by_id[i].country, by_id[i].sector) for i in e.recipient])


@pytest.mark.parametrize("text,typ", [
    ("The state senate impeached Governor Dale Ritter on Friday.", "ACCUSE"),
    ("Prosecutors in Denver arraigned the suspect on Monday.", "ACCUSE"),
    ("A judge in Leeds remanded the suspect in custody on Monday.", "COERCE"),
    ("Police said a second man was taken into custody in Lyon.", "COERCE"),
])
def test_the_judicial_process(annotate, text, typ):
    doc = annotate(text, date(2020, 3, 4))
    assert typ in [e.type for e in doc.events]


def test_a_states_military_strike_is_its_armed_forces(annotate):
    doc = annotate("The Israeli military airstrike killed three fighters near Gaza.", date(2020, 3, 4))
    assert any(t == "ASSAULT" and a == [("ISR", "MIL")] for t, _, a, r in coded(doc))


def test_an_attack_told_with_its_victims_only_goes_on_with_the_attack(annotate):
    doc = annotate("A gunman shot four shoppers at a market in Lyon on Thursday, police said.\n\n"
                   "Two officers were also shot in the market.", date(2019, 10, 5))
    dates = [e.date.value for e in doc.events if e.type == "ASSAULT"]
    assert dates and all(d == "2019-10-03" for d in dates)


def test_a_passive_gerund_is_about_the_subject_of_its_clause(annotate):
    doc = annotate("Omar Haddad, a reporter from Yemen, died in Aden on Tuesday after being shot in his car.",
                   date(2020, 3, 4))
    shots = [e for e in doc.events if e.type == "ASSAULT"]
    assert shots and doc.actor_by_id(shots[0].recipient[0]).name == "Omar Haddad"


def test_what_belongs_to_someone_undergoing_an_act_makes_them_its_target(annotate):
    doc = annotate("Maria Lopez was convicted of fraud in 2006. Her sentence was commuted on Tuesday by President "
                   "Trump.", date(2020, 3, 4))
    eased = [e for e in doc.events if e.type == "CONCEDE"]
    assert eased and doc.actor_by_id(eased[0].recipient[0]).name == "Maria Lopez"


def test_a_paragraphs_background_date_does_not_date_the_news_act(annotate):
    doc = annotate("On Tuesday, President Ruto granted pardons to four businessmen.\n\n"
                   "In 2011, Peter Mwangi was convicted of tax fraud in Nairobi. Ruto granted Mwangi a full pardon.",
                   date(2024, 3, 8))
    pardons = [e for e in doc.events if e.type == "CONCEDE"]
    assert pardons and all(e.date.value == "2024-03-05" for e in pardons)


def test_kin_acted_upon_are_actors_kin_speaking_are_not(annotate):
    doc = annotate("Police in Lyon said the suspect's wife was taken into custody on Friday. "
                   "His brother told reporters the family was shocked.", date(2020, 3, 4))
    names = {a.name.lower() for a in doc.actors}
    assert "the suspect's wife" in names or "wife" in " ".join(names)
    assert not any("brother" in n for n in names)
    assert any(e.type == "COERCE" and e.recipient for e in doc.events)


def test_an_arrest_by_an_unresolved_they_is_the_police(annotate):
    doc = annotate("A house in Leeds was burgled on Friday. On Saturday they arrested a 66-year-old man on "
                   "suspicion of burglary.", date(2024, 3, 4))
    assert ("COERCE", "arrest", [("GBR", "COP")], [("GBR", "CRM")]) in coded(doc)
    assert not any(a.sector == "LEG" for a in doc.actors)  # a house is no legislature


def test_a_statement_goes_on_with_the_speaker_s_dated_statements(annotate):
    from datetime import date as _date

    doc = annotate("On Wednesday, Chilean Foreign Minister Carlos Mendoza criticized Peru over the border closure.\n\n"
                   "In a televised address, Mendoza also condemned the arrest of Chilean truck drivers.",
                   _date(2021, 3, 12))
    condemned = [e for e in doc.events if doc.text[e.trigger[0]:e.trigger[1]] == "condemned"]
    assert condemned and condemned[0].date.value == "2021-03-10"


def test_counted_people_killed_are_the_victims(annotate):
    doc = annotate("Three people were killed in a bombing in Kano on Sunday.", date(2021, 3, 10))
    assert any(t == "ASSAULT" and r == [("NGA", "CVL")] for t, _, _, r in coded(doc))
    doc = annotate("Gunmen killed at least 20 people in Zamfara on Sunday.", date(2021, 3, 10))
    # the place is where the victims are, not who they are; the gunmen are of where they struck
    assert ("ASSAULT", "firearms", [("NGA", "UAF")], [("NGA", "CVL")]) in coded(doc)


def test_both_or_all_standing_alone_is_the_group_named_before(annotate):
    doc = annotate("The two governors were charged with bribery in March. Both were acquitted by a court in "
                   "Denver on Friday.", date(2021, 3, 10))
    assert ("CONCEDE", None, [("USA", "JUD")], [("USA", "GOV")]) in coded(doc)
    doc = annotate("Five activists were tried in Minsk. All were convicted on Friday.", date(2021, 3, 10))
    assert ("SANCTION", "convict", [("BLR", "JUD")], [("BLR", "CVL")]) in coded(doc)


def test_police_with_no_country_and_their_suspects_are_of_where_they_arrest(annotate):
    doc = annotate("Wessex Vale Police said on Tuesday that they had arrested a 41-year-old man over the theft of "
                   "a statue from a manor near Leeds.", date(2021, 3, 10))
    assert ("COERCE", "arrest", [("GBR", "COP")], [("GBR", "CRM")]) in coded(doc)
    # no place in the arrest's sentence: plain police are of the story's setting ...
    doc = annotate("Burglars stole a statue from a manor near Leeds on Sunday. Police arrested a 41-year-old man "
                   "on Tuesday.", date(2021, 3, 10))
    assert ("COERCE", "arrest", [("GBR", "COP")], [("GBR", "CRM")]) in coded(doc)
    # ... but a force named after an area the gazetteer does not know is left open, never
    # given another country the story is about
    doc = annotate("Thames Valley Police arrested two men. Libya's government condemned the killing in "
                   "Benghazi. Libyan officials met.", date(2021, 3, 10))
    assert all(c != [("LBY", "COP")] for t, _, c, _ in coded(doc) if t == "COERCE")


def test_an_attack_told_in_a_relative_or_participle_clause_is_coded(annotate):
    doc = annotate("In 2018 the colonel survived a drone attack that killed four guards in Aden.", date(2021, 3, 10))
    assert ("ASSAULT", "drone", [("YEM", "UAF")], [("YEM", "COP")]) in coded(doc)
    doc = annotate("Two bombs exploded at a market in Maiduguri on Sunday, killing nine people.", date(2021, 3, 10))
    assert ("ASSAULT", "explosives", [("NGA", "UAF")], [("NGA", "CVL")]) in coded(doc)
    # a stabbing is a means of attack as a bombing or a shooting is
    doc = annotate("A mass stabbing killed three people in Leeds on Saturday.", date(2021, 3, 10))
    assert any(t == "ASSAULT" and a == [("GBR", "UAF")] and r == [("GBR", "CVL")] for t, _, a, r in coded(doc))


@pytest.mark.parametrize("claim", [
    "The Taliban claimed responsibility for the attack.",
    "The attack was claimed by the Taliban.",
    "The Taliban later claimed responsibility.",
])
def test_a_claim_of_responsibility_names_the_attacker(annotate, claim):
    doc = annotate(f"A bombing killed six soldiers in Kandahar on Monday. {claim}", date(2021, 3, 10))
    assert ("ASSAULT", "explosives", [("AFG", "REB")], [("AFG", "MIL")]) in coded(doc)


@pytest.mark.parametrize("claim", [
    "No militant group has claimed responsibility for the attack.",  # (an actor: only "no" stops it)
    "The Taliban has not claimed the attack.",
])
def test_a_denied_or_absent_claim_names_no_one(annotate, claim):
    doc = annotate(f"A bombing killed six soldiers in Kandahar on Monday. {claim}", date(2021, 3, 10))
    assert ("ASSAULT", "explosives", [("AFG", "UAF")], [("AFG", "MIL")]) in coded(doc)


def test_a_condemned_attack_aims_the_condemnation_at_its_known_doers(annotate):
    doc = annotate("A bombing killed six soldiers in Kandahar on Monday. The Taliban claimed responsibility. "
                   "The president condemned the attack.", date(2021, 3, 10))
    assert ("ACCUSE", "disapprove", [("AFG", "GOV")], [("AFG", "REB")]) in coded(doc)
    # unidentified attackers leave the condemnation unaimed
    doc = annotate("A bombing killed six soldiers in Kandahar on Monday. The president condemned the attack.",
                   date(2021, 3, 10))
    assert ("ACCUSE", "disapprove", [("AFG", "GOV")], []) in coded(doc)


def test_someone_arrested_over_an_attack_with_no_doer_is_its_suspected_doer(annotate):
    doc = annotate("A bomb exploded at a market in Kano on Sunday, killing nine people. Police arrested two men "
                   "over the bombing on Monday.", date(2021, 3, 10))
    assert ("ASSAULT", "explosives", [("NGA", "CRM")], [("NGA", "CVL")]) in coded(doc)
    # an arrest over something else names no attacker
    doc = annotate("A bomb exploded at a market in Kano on Sunday, killing nine people. Police arrested two men "
                   "for theft on Monday.", date(2021, 3, 10))
    assert ("ASSAULT", "explosives", [("NGA", "UAF")], [("NGA", "CVL")]) in coded(doc)


def test_an_attack_on_someone_with_no_doer_named_is_the_unidentified_attackers(annotate):
    doc = annotate("Omar Haddad, a reporter from Yemen, died in Aden on Tuesday after being shot in his car.",
                   date(2020, 3, 4))
    assert any(t == "ASSAULT" and a == [("YEM", "UAF")] for t, _, a, _ in coded(doc))


def test_attacks_with_no_doer_can_be_kept_as_they_are_told():
    from newsgraph.config import Config
    from newsgraph.model import Document
    from newsgraph.pipeline import Pipeline

    config = Config(stage_options={"events": {"actorless_assaults": True}})
    (doc,) = Pipeline(config).pipe([Document.create("Police in Leeds said a woman was attacked on Friday night.",
                                                    published=date(2020, 3, 4), id="t")])
    assert any(e.type == "ASSAULT" and not e.actor for e in doc.events)


def test_an_unnamed_attacker_and_the_people_attacked_are_actors(annotate):
    # a private person doing something to someone is an actor, and so are "people" acted on
    doc = annotate("On Sunday in Cardiff a woman armed with a hammer walked into a cafe and began to attack "
                   "people.", date(2021, 3, 10))
    assert any(t == "ASSAULT" and a == [("GBR", "CRM")] and r == [("GBR", "CVL")] for t, _, a, r in coded(doc))


def test_one_person_attacking_is_an_offender_but_a_crowd_keeps_its_role(annotate):
    doc = annotate("A man shot two guards outside a bank in Rotterdam on Friday.", date(2021, 3, 10))
    assert any(t == "ASSAULT" and a == [("NLD", "CRM")] for t, _, a, _ in coded(doc))
    doc = annotate("Protesters threw stones at police officers in Rotterdam on Friday.", date(2021, 3, 10))
    assert any(t == "ASSAULT" and a == [("NLD", "CVL")] for t, _, a, _ in coded(doc))


def test_the_people_a_collection_holds_are_the_ones_acted_on(annotate):
    doc = annotate("Late on Friday in Derby a man approached and attacked a group of young men with a knife.",
                   date(2021, 3, 10))
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and [doc.actor_by_id(r).name for r in attacks[0].recipient] == ["young men"]


def test_an_event_noun_carried_by_a_participle_or_a_holding_noun_takes_their_parties(annotate):
    doc = annotate("On Monday the Dutch prime minister sent a letter of support to the president of Ghana.",
                   date(2021, 3, 10))
    assert ("SUPPORT", None, [("NLD", "GOV")], [("GHA", "GOV")]) in coded(doc)
    doc = annotate("A series of attacks carried out by Boko Haram killed 30 soldiers in Borno last month.",
                   date(2021, 3, 10))
    assert any(t == "ASSAULT" and a == [("NGA", "REB")] for t, _, a, _ in coded(doc))
    # a participle that is itself an act does not give the noun its doer
    doc = annotate("The bombing of the depot, condemned by the Kenyan government, killed two guards.",
                   date(2021, 3, 10))
    assert not any(t == "ASSAULT" and a == [("KEN", "GOV")] for t, _, a, _ in coded(doc))


def test_a_judgment_of_an_act_is_aimed_at_its_doers(annotate):
    doc = annotate("The House opened an impeachment inquiry into President Tom Hale. Senator Ann Ross voiced "
                   "support for the inquiry.", date(2021, 3, 10))
    support = [e for e in doc.events if e.type == "SUPPORT"]
    assert support and [doc.actor_by_id(r).name for r in support[0].recipient] == ["House"]


def test_someone_arrested_after_an_attack_told_beside_it_is_its_suspect(annotate):
    doc = annotate("A man has been arrested after Mayor Ana Lutz was stabbed at a concert in Poznan on Sunday.",
                   date(2021, 3, 10))
    stab = next(e for e in doc.events if e.type == "ASSAULT")
    assert doc.actor_by_id(stab.actor[0]).name == "A man"
    # an attack told in another sentence needs the arrest to name the offence
    doc = annotate("Police arrested a 30-year-old man on Monday. On Sunday a woman was stabbed in Poznan.",
                   date(2021, 3, 10))
    stab = next(e for e in doc.events if e.type == "ASSAULT")
    assert doc.actor_by_id(stab.actor[0]).sector == "UAF"
