"""Names and titles that make one actor or two: initials, suffixes, titles that share a
word, bodies that speak through people, acronyms two bodies share. Every sentence is
written for these tests."""

from __future__ import annotations

from datetime import date

DAY = date(2024, 3, 2)


def actors(doc):
    return {a.name: (a.country, a.sector, len(a.mentions)) for a in doc.actors}


def test_a_middle_initial_does_not_make_another_person(annotate):
    doc = annotate("Aldo R. Brennan, the national security adviser, resigned. Aldo Brennan said he was proud.", DAY)
    people = [a for a in doc.actors if a.kind == "person"]
    assert len(people) == 1 and len(people[0].mentions) >= 3


def test_a_surname_after_a_name_with_a_suffix_is_that_person(annotate):
    doc = annotate("Robert J. Hallworth Jr. was pardoned. Hallworth thanked the president.", DAY)
    assert "Hallworth" not in actors(doc)
    assert actors(doc)["Robert J. Hallworth Jr."][2] == 2


def test_the_attorney_general_is_not_a_general_named_before(annotate):
    doc = annotate("Major General Ali Bashir spoke on Monday. The Attorney General said nothing.", DAY)
    found = actors(doc)
    assert found["Ali Bashir"][1] == "MIL" and found["The Attorney General"][1] == "GOV"  # an executive office


def test_a_spokesperson_speaks_with_the_sector_of_the_body(annotate):
    doc = annotate("Borvik Holdings paid the fine. A spokesman for Borvik said the firm would appeal. "
                   "A spokeswoman for the Kenyan army said five soldiers died.", DAY)
    found = actors(doc)
    assert found["A spokesman"][1] == "BUS" and found["A spokeswoman"][1] == "MIL"


def test_a_person_of_a_military_command_is_military(annotate):
    doc = annotate("The Directorate General of Civil Aviation said the plane was safe. "
                   "Arnel Cruz of the army's Western Mindanao Command said two soldiers died.", DAY)
    found = actors(doc)
    assert found["Arnel Cruz"][1] == "MIL"
    assert found["Directorate General of Civil Aviation"][1] == "GOV"  # a directorate, not a general


def test_an_acronym_two_bodies_share_means_the_one_the_story_names(annotate):
    doc = annotate("Sabrina Bennoui of RSF said the killing was a blow. Reporters Without Borders has condemned it.",
                   DAY)
    assert actors(doc)["Reporters Without Borders"][:2] == ("FRA", "NGO")
    doc = annotate("The RSF fought the army in Khartoum on Monday.", DAY)
    assert actors(doc)["Rapid Support Forces"][:2] == ("SDN", "MIL")


def test_a_date_in_a_relative_clause_is_not_the_main_clauses(annotate):
    doc = annotate("Michael Carter, who had been released from prison last month, stabbed two shoppers in Leeds.",
                   DAY)
    (stab,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert stab.date.precision == "publication"


def test_the_suspect_after_a_gunman_is_the_same_person(annotate):
    doc = annotate("A gunman opened fire at a mall in Dallas on Saturday. Police said the suspect, a 21-year-old "
                   "man, was arrested. The attacker had posted a manifesto. A woman was injured.", DAY)
    people = [a for a in doc.actors if a.kind == "person"]
    assert len(people) == 2 and len(people[0].mentions) == 3


def test_plural_people_who_act_are_actors(annotate):
    doc = annotate("In Tehran, mourners chanted slogans on Monday.", DAY)
    assert ("IRN", "CVL") == actors(doc)["mourners"][:2]


def test_each_name_listed_after_a_plural_title_is_a_person_with_that_title(annotate):
    doc = annotate("Ministers Hans Gerber and Lena Vogt met in Berlin on Monday.", DAY)
    found = actors(doc)
    assert found["Hans Gerber"][:2] == ("DEU", "GOV") and found["Lena Vogt"][:2] == ("DEU", "GOV")
    doc = annotate("Representatives Ann Kellerby, Rob Danford and Tim Fordham questioned the plan.", DAY)
    assert {n: s for n, (_, s, _) in actors(doc).items()} == {
        "Ann Kellerby": "LEG", "Rob Danford": "LEG", "Tim Fordham": "LEG"}


def test_a_surname_the_recogniser_took_for_a_place_is_part_of_a_listed_name(annotate):
    doc = annotate("Opposition leaders Ana Petrova and Ivan Sokol were detained in Minsk.", DAY)
    assert actors(doc)["Ana Petrova"][:2] == actors(doc)["Ivan Sokol"][:2] == ("BLR", "OPP")


def test_a_named_legislator_is_of_the_story_s_main_country(annotate):
    # a story about two countries with no single scene: a senator, police chief or judge acts
    # at home, so takes the country most of the story's actors are of
    doc = annotate("The United States accused China of spying on Monday. The United States expelled two "
                   "Chinese diplomats. Washington also warned American companies. "
                   "Senator Rob Danford welcomed the expulsions.", DAY)
    assert actors(doc)["Rob Danford"][:2] == ("USA", "LEG")


def test_the_kind_of_body_before_a_name_gives_its_sector_and_nationality(annotate):
    found = actors(annotate("Kenyan airline Jambo Air suspended flights to Mogadishu on Monday.", DAY))
    assert found["Jambo Air"][:2] == ("KEN", "BUS")
    found = actors(annotate("The Washington think-tank Freedom Institute published the report.", DAY))
    assert found["Freedom Institute"][:2] == ("USA", "NGO")  # a think tank, not a tank
    found = actors(annotate("US rights group Civic Watch said the law was unjust.", DAY))
    assert found["Civic Watch"][:2] == ("USA", "NGO")


def test_a_nation_s_populace_and_event_organizers_are_civilians(annotate):
    found = actors(annotate("The Peruvian populace voted in a referendum on Sunday. "
                            "Event organizers in Lima cancelled the march.", DAY))
    assert found["The Peruvian populace"][:2] == ("PER", "CVL")
    assert found["Event organizers"][:2] == ("PER", "CVL")


def test_the_queen_and_the_pope_are_titles_not_names(annotate):
    doc = annotate("The Queen opened the new session of parliament in London on Tuesday, the royal household said.",
                   date(2019, 10, 10))
    assert actors(doc)["The Queen"][:2] == ("GBR", "GOV")
    # an office only one state has: its holder on the day, wherever the story happens
    doc = annotate("The Pope visited Iraq on Friday.", date(2021, 3, 10))
    assert actors(doc)["Pope Francis"][:2] == ("VAT", "REL")


def test_a_country_the_recogniser_left_untagged_still_places_a_title(annotate):
    doc = annotate("The King of Jordan met the Queen in London.", date(2019, 9, 11))
    assert actors(doc)["King Abdullah II"][:2] == ("JOR", "GOV")


def test_a_role_with_a_name_in_apposition_is_one_person(annotate):
    # the parser hangs the name on the role's own "of" phrase; it is still who holds the role
    doc = annotate("The director of the Kenya Wildlife Service, Paul Otieno, resigned on Friday.", DAY)
    assert [(a.name, a.country, a.sector, len(a.mentions)) for a in doc.actors] == [("Paul Otieno", "KEN", "GOV", 2)]


def test_a_visitor_is_of_the_story_s_other_country(annotate):
    doc = annotate("The British government hopes for a breakthrough on trade during next week's visit to Tokyo "
                   "by Corporate Affairs Minister Alan Brock. Japanese officials said Japan would not change "
                   "its policy. Tokyo rejected the British demands.", date(1987, 4, 3))
    assert actors(doc)["Alan Brock"][:2] == ("GBR", "GOV")


def test_a_nationality_set_off_before_a_name_is_the_person_s_country(annotate):
    doc = annotate("A Canadian, Lee Park, aged 44, was detained by police in Lyon on Tuesday.", DAY)
    assert actors(doc)["Lee Park"][0] == "CAN"


def test_a_bare_definite_group_is_the_group_named_before_with_that_noun(annotate):
    doc = annotate("Houthi rebels fired missiles at Saudi Arabia on Monday. The rebels said the attack was "
                   "retaliation.", DAY)
    assert actors(doc)["Houthi rebels"] == ("YEM", "REB", 2)


def test_a_court_of_a_country_is_that_country_s(annotate):
    doc = annotate("The Supreme Court of the United Kingdom ruled that the suspension was unlawful.", DAY)
    assert actors(doc)["Supreme Court"][:2] == ("GBR", "JUD")


def test_the_irish_prime_minister_s_title_is_a_title(annotate):
    doc = annotate("Irish Taoiseach Michael Kelly met the British prime minister in Dublin on Monday.",
                   date(2019, 10, 10))
    assert actors(doc)["Michael Kelly"][:2] == ("IRL", "GOV")


def test_the_head_of_a_body_is_of_the_body_s_sector(annotate):
    doc = annotate("Mary Wanjiru, the chairwoman of the Kenya Human Rights Network, criticised the bill.", DAY)
    assert actors(doc)["Mary Wanjiru"][:2] == ("KEN", "NGO")
    doc = annotate("Tom Otieno, the chairman of the Kenya Airways, resigned.", DAY)
    assert actors(doc)["Tom Otieno"][:2] == ("KEN", "BUS")
    doc = annotate("The president of Ghana, Nana Akufo-Addo, spoke on Monday.", DAY)
    assert [a.sector for a in doc.actors if a.kind == "person"] == ["GOV"]


def test_a_title_coordinated_with_a_nationality_s_title_shares_the_country(annotate):
    doc = annotate("Chilean foreign minister Ana Soto and trade minister Luis Vera signed the deal on Monday.", DAY)
    assert actors(doc)["Luis Vera"][:2] == ("CHL", "GOV")


def test_one_of_someone_s_aides_is_an_aide(annotate):
    doc = annotate("Police questioned Rina Kovac, one of Mayor Ana Horvat's aides, in Zagreb on Monday.",
                   date(2019, 10, 10))
    assert actors(doc)["Rina Kovac"][:2] == ("HRV", "GOV")


def test_a_legislature_s_committee_is_the_legislature_s_whatever_its_subject(annotate):
    doc = annotate("The defence minister testified before a Senate Energy Committee hearing in Washington.", DAY)
    assert actors(doc)["Senate Energy Committee"][1] == "LEG"


def test_locals_are_civilians(annotate):
    doc = annotate("The mayor of Lagos urged locals to stay indoors on Friday.", DAY)
    assert actors(doc)["locals"][:2] == ("NGA", "CVL")


def test_the_clause_s_verb_is_no_title_of_the_actor_after_it(annotate):
    doc = annotate("Amnesty International accused Egyptian security forces of torturing detainees.", DAY)
    assert "Egyptian security forces" in actors(doc)
    doc = annotate("Boko Haram fighters abducted 300 schoolgirls in Chibok.", DAY)
    assert actors(doc)["300 schoolgirls"][:2] == ("NGA", "CVL")


def test_a_known_name_the_recogniser_cut_on_the_left_is_whole(annotate):
    doc = annotate("Doctors Without Borders suspended its operations in Tigray.", DAY)
    assert actors(doc)["Doctors Without Borders"][:2] == ("NGO", "MED")
