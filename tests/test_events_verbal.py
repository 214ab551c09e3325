"""Verbal conflict and requests the lexicon names: questioning someone's standing, scolding,
pleading, complaints and pleas lodged, resistance, co-sponsorship, particles the parser
reads as adverbs. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

DAY = date(2024, 3, 2)


def coded(doc):
    by_id = {a.id: a for a in doc.actors}
    names = lambda ids: [by_id[i].name for i in ids]
    return [(e.type, names(e.actor), names(e.recipient)) for e in doc.events]


def test_questioning_someones_authority_is_an_accusation_questioning_a_witness_is_not(annotate):
    doc = annotate("Senator Ana Ruiz questioned the governor's authority to close the port. "
                   "Police questioned the witness for hours.", DAY)
    found = coded(doc)
    assert any(t == "ACCUSE" and a == ["Ana Ruiz"] for t, a, _ in found)
    assert not any(t == "ACCUSE" and a and a[0].lower() == "police" for t, a, _ in found)


def test_pleading_with_someone_is_a_request_pleading_guilty_is_not(annotate):
    doc = annotate("The mayor of Goma pleaded with the rebels to free the hostages. The driver pleaded guilty.", DAY)
    types = [t for t, _, _ in coded(doc)]
    assert types.count("REQUEST") == 1


def test_a_complaint_lodged_against_someone_accuses_them(annotate):
    doc = annotate("The opposition party lodged a complaint against the police in Nairobi on Monday.", DAY)
    assert any(t == "ACCUSE" for t, _, _ in coded(doc))


def test_scolding_words_are_disapproval(annotate):
    doc = annotate("The prime minister castigated the central bank on Monday.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["ACCUSE"]


def test_a_particle_the_parser_reads_as_an_adverb_still_makes_the_phrasal_verb(annotate):
    doc = annotate("Finance Minister Lena Berg stepped down on Monday.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["RETREAT"]


def test_a_reduced_passive_is_about_the_subject_of_its_clause(annotate):
    doc = annotate("An Australian man appeared in a court in Perth yesterday, charged with murder.", DAY)
    by_id = {a.id: a for a in doc.actors}
    charges = [e for e in doc.events if e.type == "ACCUSE"]
    assert charges and by_id[charges[0].recipient[0]].name.endswith("man")


def test_recognition_needs_a_party_recognised(annotate):
    doc = annotate("The old bridge has been recognized by UNESCO as part of the world's heritage. "
                   "Bhutan recognized Kosovo on Monday.", DAY)
    assert [(t, a, r) for t, a, r in coded(doc)] == [("SUPPORT", ["Bhutan"], ["Kosovo"])]


def test_ending_a_run_for_office_concedes(annotate):
    doc = annotate("Senator Ann Ruiz dropped out of the presidential race on Monday. The governor of Ohio withdrew "
                   "from the race on Tuesday. Mayor Tom Hale suspended his campaign.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["CONCEDE", "CONCEDE", "CONCEDE"]


def test_ending_other_things_is_no_concession(annotate):
    doc = annotate("Jo Smith dropped out of school in 1990. The company ended its sponsorship.", DAY)
    assert not [t for t, _, _ in coded(doc) if t == "CONCEDE"]


def test_a_release_from_jail_is_the_authorities_a_release_by_captors_is_theirs(annotate):
    doc = annotate("In Kenosha, Kyle Rittenhouse was released from jail on Friday. "
                   "Five hostages were released by the rebels.", DAY)
    releases = [(a, r) for t, a, r in coded(doc) if t == "RETREAT"]
    assert len(releases) == 2 and releases[0][0] and releases[1][0] == ["the rebels"]


def test_speaking_by_telephone_is_a_call(annotate):
    doc = annotate("President Ruto of Kenya and President Samia of Tanzania spoke by telephone on Monday.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["CONSULT"]


def test_a_judge_dismissing_a_lawsuit_rejects_it(annotate):
    doc = annotate("A federal judge in Michigan dismissed the lawsuit on Friday. The coach dismissed the idea.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["REJECT"]


def test_projectiles_thrown_at_someone_are_an_assault_a_party_thrown_is_not(annotate):
    doc = annotate("Protesters hurled bottles at riot police in Valparaiso on Friday. "
                   "The governor of Valparaiso threw a dinner for the mayors.", DAY)
    assert [(t, r) for t, _, r in coded(doc)] == [("ASSAULT", ["riot police"])]


def test_opening_fire_is_a_shooting(annotate):
    doc = annotate("Burmese soldiers opened fire on villagers in Sagaing on Sunday.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["ASSAULT"]


def test_attending_or_taking_part_in_talks_is_a_meeting(annotate):
    doc = annotate("The foreign ministers of Kenya attended a summit in Addis Ababa on Monday. "
                   "Sudanese envoys took part in the negotiations in Juba on Tuesday.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["CONSULT", "CONSULT"]


def test_approving_a_loan_for_someone_is_aid(annotate):
    doc = annotate("The Asian Development Bank approved a $300 million loan for Sri Lanka on Monday.", DAY)
    assert [(t, r) for t, _, r in coded(doc)] == [("AID", ["Sri Lanka"])]


def test_filing_a_lawsuit_against_someone_accuses_them(annotate):
    doc = annotate("Indian farmers filed a lawsuit against the state government of Punjab on Monday.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["ACCUSE"]


def test_investigators_are_police(annotate):
    doc = annotate("Polish investigators charged the former deputy mayor with bribery.", DAY)
    assert ("ACCUSE", ["Polish investigators"]) in [(t, a) for t, a, _ in coded(doc)]


def test_a_country_s_ambassador_is_not_its_un_ambassador(annotate):
    doc = annotate("The government of Bolivia expelled the US ambassador on Monday.", date(2022, 5, 1))
    assert [(t, r) for t, _, r in coded(doc)] == [("SANCTION", ["the US ambassador"])]


def test_setting_fire_to_something_is_an_attack_setting_a_date_is_not(annotate):
    doc = annotate("Masked men set fire to a mosque in Kaduna on Sunday. The council set a date for the vote.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["ASSAULT"]


def test_dissolving_or_suspending_a_legislature_coerces_it(annotate):
    doc = annotate("The president of Tunisia dissolved parliament on Sunday. "
                   "The prime minister of Malta suspended parliament for five weeks.", DAY)
    assert [(t, r) for t, _, r in coded(doc)] == [("COERCE", ["parliament"]), ("COERCE", ["parliament"])]


def test_warning_someone_against_an_act_is_a_threat(annotate):
    doc = annotate("Moscow warned Kyiv against joining NATO. Doctors warned residents about the heat.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["THREATEN"]


def test_outlawing_revoking_annexing_ousting_and_brokering(annotate):
    doc = annotate("Nicaragua outlawed the main opposition party on Tuesday. "
                   "The interior ministry of Belarus revoked the licence of an independent broadcaster. "
                   "Qatar brokered a deal between the Taliban and the United States. "
                   "Rebels ousted the governor of North Kivu.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["COERCE", "COERCE", "CONSULT", "ASSAULT"]


def test_a_deal_brokered_by_someone_inside_another_event_is_not_a_second_event(annotate):
    doc = annotate("Turkey will allow 5,000 refugees to return under an agreement brokered by the United Nations.",
                   DAY)
    assert "CONSULT" not in [t for t, _, _ in coded(doc)]


def test_what_an_offer_is_meant_to_do_has_not_happened(annotate):
    doc = annotate("Chad offered its troops to Niger to help it defeat the rebels.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["AGREE"]


def test_nouns_of_attacks_and_seizures_are_events_with_their_participants(annotate):
    doc = annotate("Ukraine marked the anniversary of Russia's annexation of Crimea.", DAY)
    assert ("COERCE", ["Russia"]) in [(t, a) for t, a, _ in coded(doc)]
    # the shooting of a film is no attack, though the director is an actor who could be shot
    doc = annotate("The Italian director's shooting of the new film began in Rome on Monday.", DAY)
    assert coded(doc) == []


def test_a_source_declining_to_be_named_refuses_no_one(annotate):
    doc = annotate("A senior diplomat, who declined to be identified, said the talks had stalled. "
                   "The ministry refused to comment. Iran declined to discuss its nuclear programme.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["REJECT"]
    # nor is asking not to be named a request
    doc = annotate("The official, who asked not to be named, said the talks would resume on Monday.", DAY)
    assert coded(doc) == []
    # declining to foretell is no refusal either
    doc = annotate("The minister declined to forecast the outcome of the negotiations.", DAY)
    assert coded(doc) == []


def test_a_visit_that_could_or_will_happen_has_not_happened(annotate):
    doc = annotate("The minister said the president's visit to Paris could coincide with the summit.", DAY)
    assert [(t, e.aux) for t, e in zip([e.type for e in doc.events], doc.events)] == [("CONSULT", "hypothetical")]


def test_extending_a_ban_exchanging_fire_and_blacklisting(annotate):
    doc = annotate("The Indian government extended the ban on Chinese apps. "
                   "The rebels and the army exchanged fire near Goma. "
                   "The US Treasury blacklisted three Iranian companies.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["COERCE", "ASSAULT", "SANCTION"]
    assert ("SANCTION", ["US Treasury"]) in [(t, a) for t, a, _ in coded(doc)]


def test_a_promise_of_force_is_a_threat_a_promise_of_schools_is_not(annotate):
    doc = annotate("Iran vowed to retaliate against Israel for the killing. "
                   "The president of Chile vowed to build new schools.", DAY)
    assert [t for t, _, _ in coded(doc)] == ["THREATEN", "AGREE"]


def test_a_plan_the_tagger_reads_as_a_noun_is_still_a_plan(annotate):
    doc = annotate("The Turkish army plans to launch a new offensive in northern Syria.", DAY)
    assert [(e.type, e.aux) for e in doc.events] == [("THREATEN", "future")]


def test_force_used_against_people_is_an_assault(annotate):
    doc = annotate("Riot police used tear gas and water cannon against protesters in Nairobi.", date(2021, 3, 10))
    assert ("ASSAULT", ["Riot police"], ["protesters"]) in coded(doc)
    doc = annotate("The council used the money on new roads.", date(2021, 3, 10))
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_ceding_control_is_a_withdrawal(annotate):
    doc = annotate("France relinquished control of the base to Chad in 2022.", date(2023, 3, 10))
    assert ("RETREAT", ["France"], ["Chad"]) in coded(doc)


def test_people_removed_from_a_room_are_coerced_things_are_not(annotate):
    doc = annotate("Two opposition deputies were removed from the chamber by security guards.", date(2021, 3, 10))
    assert ("COERCE", ["security guards"], ["Two opposition deputies"]) in coded(doc)
    doc = annotate("Workers removed the debris from the road.", date(2021, 3, 10))
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_appealing_a_ruling_rejects_it_appealing_to_someone_asks(annotate):
    doc = annotate("The government said it would appeal the ruling.", date(2021, 3, 10))
    assert [e.type for e in doc.events] == ["REJECT"]
    doc = annotate("The mayor appealed to residents for calm.", date(2021, 3, 10))
    assert [e.type for e in doc.events] == ["REQUEST"]


def test_recovering_arms_is_seizing_them(annotate):
    doc = annotate("Police recovered three rifles from the suspect's car.", date(2021, 3, 10))
    assert ("COERCE", ["Police"], ["the suspect"]) in coded(doc)


def test_who_is_under_an_act_undergoes_it(annotate):
    doc = annotate("The senator is under police investigation for bribery.", date(2021, 3, 10))
    assert ("ACCUSE", ["police"], ["The senator"]) in coded(doc)


def test_a_private_person_named_by_trade_is_acted_on(annotate):
    doc = annotate("The singer was arrested in Tbilisi on Friday.", date(2021, 3, 10))
    assert [(t, r) for t, _, r in coded(doc)] == [("COERCE", ["The singer"])]


def test_suspending_a_membership_sanctions_its_holder(annotate):
    doc = annotate("The African Union suspended Mali's membership.", date(2021, 3, 10))
    assert ("SANCTION", ["African Union"], ["Mali"]) in coded(doc)


def test_closing_a_border_restricts_the_neighbour_closing_a_shop_does_not(annotate):
    doc = annotate("Algeria closed its border with Morocco.", date(2021, 3, 10))
    assert ("COERCE", ["Algeria"], ["Morocco"]) in coded(doc)
    doc = annotate("The shop closed its doors on Monday.", date(2021, 3, 10))
    assert not doc.events


def test_concern_expressed_over_an_act_disapproves_of_its_doers(annotate):
    doc = annotate("Police arrested 40 protesters in Minsk on Sunday. Germany expressed concern over the arrests.",
                   date(2021, 3, 10))
    assert ("ACCUSE", ["Germany"], ["Police"]) in coded(doc)


def test_a_protest_done_with_the_body_is_a_demonstration_whoever_does_it(annotate):
    doc = annotate("Opposition lawmakers protested by chanting slogans in the chamber.", date(2021, 3, 10))
    assert [e.type for e in doc.events] == ["PROTEST"]
    doc = annotate("The foreign ministry protested the decision.", date(2021, 3, 10))
    assert [e.type for e in doc.events] == ["ACCUSE"]


def test_a_ban_on_anyone_falls_on_the_public_of_the_state_imposing_it(annotate):
    doc = annotate("Ghana's interior minister issued an order banning anyone carrying a weapon from the stadium.",
                   date(2021, 3, 10))
    (ban,) = [e for e in doc.events if e.type == "COERCE"]
    by_id = {a.id: a for a in doc.actors}
    assert [(by_id[r].country, by_id[r].sector) for r in ban.recipient] == [("GHA", "CVL")]


def test_declining_to_explain_or_defending_ones_stance_is_no_event(annotate):
    doc = annotate("The lawyer declined to explain the delay.", date(2021, 3, 10))
    assert not doc.events
    doc = annotate("Health officials defended their handling of the outbreak.", date(2021, 3, 10))
    assert not doc.events
    doc = annotate("The United States defended Israel against the charges.", date(2021, 3, 10))
    assert ("SUPPORT", ["United States"], ["Israel"]) in coded(doc)


def test_neither_nor_denies_each_party(annotate):
    doc = annotate("Neither Germany nor France would recognise the new government of Mali.", date(2021, 3, 10))
    assert [(e.type, e.aux) for e in doc.events] == [("REJECT", None)]
    doc = annotate("Neither the EU nor Japan has sent observers to the vote in Mali.", date(2021, 3, 10))
    assert doc.events and all(e.aux == "negated" for e in doc.events)


def test_paying_tribute_is_praise(annotate):
    doc = annotate("Prime Minister Jean Okoro paid tribute to the soldiers killed in the attack.", date(2021, 3, 10))
    assert [e.type for e in doc.events if e.type == "SUPPORT"] == ["SUPPORT"]
    doc = annotate("The tribute band played in Lagos on Saturday.", date(2021, 3, 10))
    assert not doc.events


def test_voters_backing_a_candidate_is_a_result_not_an_event(annotate):
    doc = annotate("Younger voters backed Senator Ana Ruiz in the Reno caucuses on Saturday.", date(2021, 3, 10))
    assert not [e for e in doc.events if e.type == "SUPPORT"]
    # praise of voters is still praise
    doc = annotate("The mayor praised voters in Reno for their patience.", date(2021, 3, 10))
    assert [e.type for e in doc.events] == ["SUPPORT"]


def test_resigning_from_a_company_is_no_political_event(annotate):
    doc = annotate("Acme Corp said its president, Dana Holt, is resigning from the company.", date(2021, 3, 10))
    assert not doc.events
    doc = annotate("The finance minister resigned from the government on Monday.", date(2021, 3, 10))
    assert [(e.type, e.mode) for e in doc.events] == [("RETREAT", "resign")]
