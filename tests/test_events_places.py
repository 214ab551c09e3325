"""Places and nationalities as event participants (newsgraph.plover.territory).

Each test parses a text we wrote, adds the actors and places correct actors and
places stages would find, runs the events stage and checks whom the events
name, including the actors the events stage appends for toponyms.
"""

from __future__ import annotations

import re

from newsgraph.model import Actor, Place
from newsgraph.stages.events import EventsStage


def setup(doc, actors=(), places=()):
    """actors: (name, kind, country, sector); places: (name, iso2, precision). Every occurrence is a mention."""
    for k, (name, kind, country, sector) in enumerate(actors):
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), doc.text)]
        assert spans, name
        doc.actors.append(Actor(id=f"a{k}", name=name, kind=kind, country=country, sector=sector, mentions=spans))
    for k, (name, iso2, precision) in enumerate(places):
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), doc.text)]
        assert spans, name
        doc.places.append(Place(id=f"p{k}", name=name, country=iso2, precision=precision, mentions=spans))
    return doc


def coded(doc):
    events = EventsStage().find(doc)
    by_id = {a.id: a for a in doc.actors}  # after find: includes the stage's own additions
    return [(e.type, [by_id[a] for a in e.actor], [by_id[a] for a in e.recipient]) for e in events]


def one(events, type_):
    found = [e for e in events if e[0] == type_]
    assert len(found) == 1, events
    return found[0]


def test_protest_in_a_country_targets_its_state(parse):
    doc = setup(parse("Hundreds of farmers demonstrated on Friday in Kenya against new taxes."),
                [("Hundreds of farmers", "group", "KEN", "AGR")], [("Kenya", "KE", "country")])
    _, actors, recips = one(coded(doc), "PROTEST")
    assert [a.country for a in actors] == ["KEN"]
    assert [(r.country, r.sector, r.kind) for r in recips] == [("KEN", "GOV", "state")]
    new = recips[0]
    assert new in doc.actors and doc.text[slice(*new.mentions[0])] == "Kenya"


def test_a_town_acted_upon_is_the_target(parse):
    doc = setup(parse("The army lifted the curfew in Mandalay on Monday."),
                [("The army", "group", "MMR", "MIL")], [("Mandalay", "MM", "city")])
    _, _, recips = one(coded(doc), "CONCEDE")
    assert [(r.name, r.country, r.sector) for r in recips] == [("Mandalay", "MMR", None)]


def test_withdrawal_from_a_country(parse):
    doc = setup(parse("Nigeria withdrew its peacekeeping force from Chad."),
                [("Nigeria", "state", "NGA", "GOV")], [("Chad", "TD", "country")])
    _, _, recips = one(coded(doc), "RETREAT")
    assert [r.country for r in recips] == ["TCD"]


def test_a_states_own_country_is_not_its_target(parse):
    doc = setup(parse("Serbian police arrested 20 people in Serbia on Sunday."),
                [("Serbian police", "group", "SRB", "COP")], [("Serbia", "RS", "country")])
    _, _, recips = one(coded(doc), "COERCE")
    assert recips == []
    assert all(not a.id.startswith("pa") for a in doc.actors)  # nothing added when no event uses it


def test_a_meeting_place_is_a_venue_not_a_target(parse):
    doc = setup(parse("Putin met Erdogan in Sochi on Tuesday."),
                [("Putin", "person", "RUS", "GOV"), ("Erdogan", "person", "TUR", "GOV")], [("Sochi", "RU", "city")])
    _, _, recips = one(coded(doc), "CONSULT")
    assert [r.name for r in recips] == ["Erdogan"]


def test_a_toponym_modifying_a_person_is_no_target(parse):
    doc = setup(parse("Police arrested a Cheltenham man on suspicion of burglary."),
                [("Police", "group", "GBR", "COP")], [("Cheltenham", "GB", "city")])
    _, _, recips = one(coded(doc), "COERCE")
    assert recips == []


def test_where_a_refusal_was_voiced_is_not_its_target(parse):
    doc = setup(parse("At a tournament in Basel, the champion refused to play against the challenger."),
                [("the champion", "person", "IRN", None)], [("Basel", "CH", "city")])
    events = coded(doc)
    assert all(r.name != "Basel" for e in events for r in e[2])


def test_a_refusal_to_act_in_a_country(parse):
    doc = setup(parse("Pakistan has refused to deploy troops in Yemen."),
                [("Pakistan", "state", "PAK", "GOV")], [("Yemen", "YE", "country")])
    _, _, recips = one(coded(doc), "REJECT")
    assert [r.country for r in recips] == ["YEM"]


def test_coordinated_nationalities_share_the_noun(parse):
    doc = setup(parse("US and British forces attacked the airport on Monday."),
                [("British forces", "group", "GBR", "MIL")], [("US", "US", "country")])
    _, actors, _ = one(coded(doc), "ASSAULT")
    assert [(a.country, a.sector, a.kind) for a in actors] == [("GBR", "MIL", "group"), ("USA", "MIL", "group")]


def test_coordinated_nationality_adjectives(parse):
    doc = setup(parse("Senior Hungarian and Romanian officials agreed on Friday to reopen the border crossing."),
                [("Senior Hungarian", "group", "HUN", "GOV"), ("Romanian officials", "group", "ROU", "GOV")])
    _, actors, _ = one(coded(doc), "AGREE")
    assert sorted(a.country for a in actors) == ["HUN", "ROU"]


def test_leaders_of_an_organisation_act_for_it(parse):
    doc = setup(parse("Leaders of the Green opposition alliance agreed to call off the strike."),
                [("Leaders", "group", "KEN", "GOV"), ("opposition alliance", "organization", "KEN", "OPP")])
    events = coded(doc)
    assert events and all([a.sector for a in e[1]] == ["OPP"] for e in events), events


# --- argument finding and types refined with the places work -------------------

def test_the_condition_of_a_threat_is_no_event(parse):
    doc = setup(parse("Kenya will impose sanctions on Somalia unless the militants release the hostages."),
                [("Kenya", "state", "KEN", "GOV"), ("Somalia", "state", "SOM", "GOV"),
                 ("the militants", "group", "SOM", "REB")])
    events = coded(doc)
    assert [e[0] for e in events] == ["THREATEN"], events


def test_a_protests_purpose_names_its_target(parse):
    doc = setup(parse("Students blocked a highway to show their anger at the Chilean government's policies."),
                [("Students", "group", "CHL", "EDU"), ("the Chilean government", "state", "CHL", "GOV")])
    _, _, recips = one(coded(doc), "PROTEST")
    assert [r.name for r in recips] == ["the Chilean government"]


def test_the_nearest_modifier_owns_the_noun(parse):
    doc = setup(parse("Government troops captured a Tuareg rebel stronghold on Sunday."),
                [("Government troops", "group", "MLI", "MIL"), ("Tuareg", "group", "MLI", "CVL"),
                 ("rebel", "group", "MLI", "REB")])
    _, _, recips = one(coded(doc), "ASSAULT")
    assert [r.sector for r in recips] == ["REB"]


def test_expelling_an_agency_is_sanction(parse):
    doc = setup(parse("Ethiopia expelled the World Food Programme from the region."),
                [("Ethiopia", "state", "ETH", "GOV"), ("the World Food Programme", "organization", "IGO", "REF")])
    assert one(coded(doc), "SANCTION")


def test_what_is_alleged_or_demanded_is_not_asserted(parse):
    doc = setup(parse("Zambia accused Malawi of shelling villages during the talks."),
                [("Zambia", "state", "ZMB", "GOV"), ("Malawi", "state", "MWI", "GOV")])
    assert [e[0] for e in coded(doc)] == ["ACCUSE"]
    doc = setup(parse("Chile demanded that its neighbours refuse to recognise the new government."),
                [("Chile", "state", "CHL", "GOV"), ("its neighbours", "group", None, "GOV")])
    assert [e[0] for e in coded(doc)] == ["REQUEST"]


def test_a_relative_clause_inside_a_demand_is_asserted(parse):
    doc = setup(parse("Russia said Sudan must return the helicopter that Sudanese troops seized last week."),
                [("Russia", "state", "RUS", "GOV"), ("Sudan", "state", "SDN", "GOV"),
                 ("Sudanese troops", "group", "SDN", "MIL")])
    assert sorted(e[0] for e in coded(doc)) == ["COERCE", "REQUEST"]


# --- senses that are not events (found reading Wikinews output) -------------------

def test_verbal_attacks_are_accusations(parse):
    cast = [("The senator", "person", "USA", "LEG"), ("the governor", "person", "USA", "GOV")]
    for text in ("The senator attacked the governor for his handling of the floods.",
                 "The senator attacked the governor's proposal on Tuesday."):
        events = coded(setup(parse(text), cast))
        assert [e[0] for e in events] == ["ACCUSE"], (text, events)
    events = coded(setup(parse("Gunmen attacked the governor's convoy on Tuesday."),
                         [("Gunmen", "group", None, "UAF"), ("the governor", "person", "NGA", "GOV")]))
    assert [e[0] for e in events] == ["ASSAULT"]


def test_talking_about_a_topic_is_no_meeting(parse):
    cast = [("The candidate", "person", "USA", None), ("the mayor", "person", "USA", "GOV")]
    assert coded(setup(parse("The candidate discussed his background and his plans for the city."), cast[:1])) == []
    assert [e[0] for e in coded(setup(parse("The candidate discussed the budget with the mayor."), cast))] == ["CONSULT"]


def test_other_senses_are_no_events(parse):
    cast = [("The president", "person", "ZWE", "GOV"), ("Iran", "state", "IRN", "GOV"),
            ("Members of parliament", "group", "GBR", "LEG")]
    for text in ("The president fired his vice president in November.",
                 "Iran hosted the women's world championship in 2017.",
                 "Members of parliament have abused their power.",
                 "Iran does not meet the requirement.",
                 "The president proposed a bill to raise taxes."):
        assert coded(setup(parse(text), [c for c in cast if c[0] in text])) == [], text


def test_a_persons_supporter_is_not_the_person(parse):
    doc = setup(parse("Police said a Trump supporter was shot in Portland."), [("Trump", "person", "USA", "GOV")])
    assert all(r.name != "Trump" for e in coded(doc) for r in e[2])


# --- nationality adjectives on things; participles that describe -----------------

def test_a_nationality_on_a_thing_is_the_state(parse):
    doc = setup(parse("Greece rejected an Italian proposal for joint patrols."), [("Greece", "state", "GRC", "GOV")])
    _, _, recips = one(coded(doc), "REJECT")
    assert [(r.country, r.sector, r.kind) for r in recips] == [("ITA", "GOV", "state")]
    assert doc.text[slice(*recips[0].mentions[0])] == "Italian"
    doc = setup(parse("Turkish airstrikes hit a camp near the border on Sunday."),
                [("Turkish", "group", "TUR", "CVL")])  # a bare adjective the actors stage read as civilians
    _, actors, _ = one(coded(doc), "ASSAULT")
    assert [(a.country, a.sector) for a in actors] == [("TUR", "GOV")]


def test_a_nationality_on_people_stays_people(parse):
    doc = setup(parse("Turkish farmers protested against the new tax on Monday."),
                [("Turkish", "group", "TUR", "CVL")])
    _, actors, _ = one(coded(doc), "PROTEST")
    assert [(a.country, a.sector) for a in actors] == [("TUR", "CVL")]


def test_a_participle_that_describes_is_no_event(parse):
    doc = setup(parse("The guards watched over the captured fighters and a banned organization."),
                [("The guards", "group", "SYR", "MIL")])
    assert coded(doc) == []


def test_a_medium_is_not_a_speaker(parse):
    doc = setup(parse("The minister posted a message on Twitter blaming Iran for the attacks."),
                [("The minister", "person", "USA", "GOV"), ("Twitter", "organization", "USA", "BUS"),
                 ("Iran", "state", "IRN", "GOV")])
    _, actors, recips = one(coded(doc), "ACCUSE")
    assert [a.name for a in actors] == ["The minister"] and [r.name for r in recips] == ["Iran"]


def test_nobody_hurt_is_negated(parse):
    doc = setup(parse("No coalition troops were injured in the rocket attack."),
                [("No coalition troops", "group", "USA", "MIL")])
    events = coded(doc)
    assert events and all(e[0] == "ASSAULT" for e in events)
    assert EventsStage().find(setup(parse("No coalition troops were injured in the rocket attack."),
                                    [("No coalition troops", "group", "USA", "MIL")]))[0].aux == "negated"


def test_a_meetings_place_is_its_venue(parse):
    doc = setup(parse("The foreign ministers agreed to a meeting in Nicosia next month."),
                [("The foreign ministers", "group", "GRC", "GOV")], [("Nicosia", "CY", "city")])
    _, _, recips = one(coded(doc), "AGREE")
    assert recips == []


def test_they_after_a_group_of_people(parse):
    doc = setup(parse("A group of tribal leaders announced that they backed the governor."),
                [("tribal leaders", "group", "NGA", "ELI"), ("the governor", "person", "NGA", "GOV")])
    _, actors, recips = one(coded(doc), "SUPPORT")
    assert [a.name for a in actors] == ["tribal leaders"] and [r.name for r in recips] == ["the governor"]


def test_withdrawing_peacekeepers_is_sanction(parse):
    doc = setup(parse("Ghana withdrew its peacekeepers from Liberia."),
                [("Ghana", "state", "GHA", "GOV")], [("Liberia", "LR", "country")])
    _, _, recips = one(coded(doc), "SANCTION")
    assert [r.country for r in recips] == ["LBR"]


def test_in_support_of_names_the_supported(parse):
    doc = setup(parse("The airline flew weapons to Syria in support of Assad."),
                [("The airline", "organization", "IRN", "BUS"), ("Assad", "person", "SYR", "GOV")])
    _, actors, recips = one(coded(doc), "SUPPORT")
    assert [a.name for a in actors] == ["The airline"] and [r.name for r in recips] == ["Assad"]


# --- the unnamed doer of an attack (UAF) ---------------------------------------------


def test_bombing_that_killed_is_done_by_unidentified_attackers_of_the_place(parse):
    doc = setup(parse("A roadside bomb near the town of Kandahar killed four police officers on Tuesday."),
                [("four police officers", "group", None, "COP")], [("Kandahar", "AF", "city")])
    _, actors, recips = one(coded(doc), "ASSAULT")
    assert [(a.name, a.sector, a.country, a.kind) for a in actors] == [("unidentified attackers", "UAF", "AFG", "group")]
    assert [r.name for r in recips] == ["four police officers"]
    # the actor's evidence is the weapon named in the text
    s, e = actors[0].mentions[0]
    assert doc.text[s:e] == "A roadside bomb"


def test_killed_in_an_explosion_and_an_attempt_to_assassinate(parse):
    doc = setup(parse("Two journalists were killed in a car bomb explosion in central Mogadishu on Friday."),
                [("Two journalists", "group", None, "JRN")], [("Mogadishu", "SO", "city")])
    _, actors, _ = one(coded(doc), "ASSAULT")
    assert [(a.sector, a.country) for a in actors] == [("UAF", "SOM")]

    doc = setup(parse("An attempt to assassinate the mayor of Herat was foiled on Monday."),
                [("the mayor of Herat", "person", "AFG", "GOV")], [("Herat", "AF", "city")])
    _, actors, recips = one(coded(doc), "ASSAULT")
    assert [a.sector for a in actors] == ["UAF"] and [r.name for r in recips] == ["the mayor of Herat"]


def test_named_attackers_and_natural_causes_are_not_unidentified(parse):
    doc = setup(parse("Rebel fighters killed four police officers in Kandahar with a roadside bomb."),
                [("Rebel fighters", "group", "AFG", "REB"), ("four police officers", "group", None, "COP")],
                [("Kandahar", "AF", "city")])
    _, actors, _ = one(coded(doc), "ASSAULT")
    assert [a.name for a in actors] == ["Rebel fighters"]
    # no one attacked: a flood, and a killing with no weapon or attack named
    doc = setup(parse("Floods killed twelve villagers near Kandahar on Sunday."),
                [("twelve villagers", "group", None, "CVL")], [("Kandahar", "AF", "city")])
    assert coded(doc) == []
    doc = setup(parse("Twelve villagers were found dead near Kandahar on Sunday."),
                [("Twelve villagers", "group", None, "CVL")], [("Kandahar", "AF", "city")])
    assert all(a.sector != "UAF" for _, acts, _ in coded(doc) for a in acts)


def test_killed_in_the_attack_told_before_is_done_by_its_attacker(parse):
    doc = setup(parse("Arnor's air force bombed a convoy near Bree on Monday. A senior commander was also killed "
                      "in the airstrike."),
                [("Arnor's air force", "organization", "ARN", "MIL"), ("A senior commander", "person", None, "MIL")],
                [("Bree", "AF", "city")])
    events = coded(doc)
    killing = [e for e in events if any(r.name == "A senior commander" for r in e[2])]
    assert [[a.name for a in e[1]] for e in killing] == [["Arnor's air force"]], events


def test_reported_to_have_killed_and_the_country_of_the_sentence(parse):
    # the means is the raising verb's subject; the event's place (a region the gazetteer
    # did not resolve) has no country, the sentence's other place does
    doc = setup(parse("A bombing was reported to have killed a photographer in the port of Mokha, Yemen, on Tuesday."),
                [("a photographer", "person", None, "JRN")], [("Mokha", None, "other"), ("Yemen", "YE", "country")])
    _, actors, _ = one(coded(doc), "ASSAULT")
    assert [(a.sector, a.country) for a in actors] == [("UAF", "YEM")]


def test_killed_in_someones_operation_or_airstrike_is_done_by_them(parse):
    doc = setup(parse("Three civilians were killed in an Arnorian airstrike on Bree on Monday."),
                [("Three civilians", "group", None, "CVL"), ("Arnorian", "state", "ARN", "GOV")],
                [("Bree", "AF", "city")])
    events = coded(doc)
    assert len(events) == 1, events  # the airstrike is the killing, not a second event
    _, actors, recips = events[0]
    assert [a.name for a in actors] == ["Arnorian"] and "Three civilians" in [r.name for r in recips]
    doc = setup(parse("The commander was killed in a Gondor counterterrorism operation in the north."),
                [("The commander", "person", None, "REB"), ("Gondor", "state", "GON", "GOV")])
    _, actors, _ = one(coded(doc), "ASSAULT")
    assert [a.name for a in actors] == ["Gondor"]


def test_with_no_place_the_attackers_country_is_the_officials(parse):
    doc = setup(parse("An attempt to assassinate the deputy governor of the province was thwarted on Monday."),
                [("the deputy governor of the province", "person", "ARN", "GOV")])
    _, actors, _ = one(coded(doc), "ASSAULT")
    assert [(a.sector, a.country) for a in actors] == [("UAF", "ARN")]
    # soldiers serve abroad: their country is not where they were attacked
    doc = setup(parse("A roadside bomb killed two Arnorian soldiers on Monday."),
                [("two Arnorian soldiers", "group", "ARN", "MIL")])
    _, actors, _ = one(coded(doc), "ASSAULT")
    assert [(a.sector, a.country) for a in actors] == [("UAF", None)]


def test_an_arrest_told_without_its_doer_is_by_the_state_of_the_place(parse):
    doc = setup(parse("Three journalists were arrested in Minas Tirith on Sunday."),
                [("Three journalists", "group", None, "JRN")], [("Minas Tirith", "BY", "city")])
    _, actors, recips = one(coded(doc), "COERCE")
    # an arrest is the police's (lang/en/plover_authorities.psv); a ban would be the state's
    assert [(a.country, a.sector, a.kind) for a in actors] == [("BLR", "COP", "group")]
    assert [r.name for r in recips] == ["Three journalists"]
    s, e = actors[0].mentions[0]
    assert doc.text[s:e] == "Minas Tirith"  # the evidence is where it happened
    # "was put under investigation": the light verb is passive, the subject is investigated
    doc = setup(parse("An Arnorian national has been put under investigation in Italy for rioting."),
                [("An Arnorian national", "person", "ARN", "CVL")], [("Italy", "IT", "country")])
    _, actors, recips = one(coded(doc), "ACCUSE")
    assert [a.country for a in actors] == ["ITA"] and [r.name for r in recips] == ["An Arnorian national"]
    # with no place and no setting, no one is invented
    doc = setup(parse("Twenty protesters were detained on Sunday."), [("Twenty protesters", "group", None, "CVL")])
    _, actors, _ = one(coded(doc), "COERCE")
    assert actors == []


def test_an_attack_on_homes_or_markets_hits_the_towns_civilians(parse):
    doc = setup(parse("Arnor tanks shelled positions of the Gondor security forces and residential areas near "
                      "the town of Bree."),
                [("Arnor tanks", "group", "ARN", "MIL"), ("the Gondor security forces", "group", "GON", "MIL")],
                [("Bree", "PS", "city")])
    _, _, recips = one(coded(doc), "ASSAULT")
    assert [(r.name, r.sector) for r in recips] == [("the Gondor security forces", "MIL"), ("Bree", "CVL")]
    # military positions alone are not civilians
    doc = setup(parse("Arnor tanks shelled positions of the Gondor security forces near the town of Bree."),
                [("Arnor tanks", "group", "ARN", "MIL"), ("the Gondor security forces", "group", "GON", "MIL")],
                [("Bree", "PS", "city")])
    _, _, recips = one(coded(doc), "ASSAULT")
    assert [r.name for r in recips] == ["the Gondor security forces"]


def test_killed_in_a_place_named_for_someone_is_not_done_by_them(parse):
    # "in the Arnor consulate" is where, not whose operation
    doc = setup(parse("The journalist was murdered last October in the Arnor consulate in Bree."),
                [("The journalist", "person", None, "JRN"), ("the Arnor consulate", "organization", "ARN", "GOV")],
                [("Bree", "TR", "city")])
    assert all(a.name != "the Arnor consulate" for _, acts, _ in coded(doc) for a in acts)


def test_a_toponym_inside_an_actors_name_does_not_locate_the_event(annotate):
    doc = annotate("A US national has been put under investigation in Italy for rioting in Genoa.",
                   published=__import__("datetime").date(2020, 3, 4))
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    place = next(p for p in doc.places if p.id == ev.place)
    assert place.country == "IT"
