"""Plural references to actors coordinated before: "the two countries", "both sides",
"all three nations", "the leaders of the two countries", and "they" after "X and Y".

Whole-pipeline tests; every sentence is written for these tests.
"""

from __future__ import annotations

from datetime import date

D = date(2021, 3, 10)


def coded(doc):
    by_id = {a.id: a for a in doc.actors}
    side = lambda ids: sorted(by_id[i].country for i in ids)
    return [(e.type, side(e.actor), side(e.recipient)) for e in doc.events]


def test_the_two_countries_are_the_states_just_coordinated(annotate):
    doc = annotate("Relations between Chile and Peru have been tense for years. "
                   "On Monday the leaders of the two countries met in Lima.", D)
    assert ("CONSULT", ["CHL", "PER"], []) in coded(doc)


def test_both_countries(annotate):
    doc = annotate("Chile and Peru have argued over fishing rights for years. "
                   "On Monday both countries agreed to reopen the border.", D)
    assert ("AGREE", ["CHL", "PER"], []) in coded(doc)


def test_all_three_nations(annotate):
    doc = annotate("Ecuador, Colombia and Peru sent envoys to the talks. "
                   "All three nations signed the accord on Tuesday.", D)
    assert any(a == ["COL", "ECU", "PER"] for t, a, r in coded(doc) if t != "CONSULT")


def test_the_two_leaders_are_the_people_just_coordinated(annotate):
    doc = annotate("President Gabriel Boric of Chile and President Dina Boluarte of Peru met in Lima. "
                   "The two leaders agreed to reopen the border.", D)
    assert ("AGREE", ["CHL", "PER"], []) in coded(doc)


def test_they_after_a_coordinated_subject(annotate):
    doc = annotate("Chile and Peru have argued over fishing rights for years. "
                   "On Monday they agreed to reopen the border.", D)
    assert ("AGREE", ["CHL", "PER"], []) in coded(doc)


def test_a_count_that_does_not_match_reads_nothing_back(annotate):
    # three states coordinated, "the two countries": not a plain reference
    doc = annotate("Ecuador, Colombia and Peru sent envoys to the talks. "
                   "On Tuesday the two countries agreed to reopen the border.", D)
    assert not any(a == ["COL", "ECU", "PER"] or len(a) == 2 for t, a, r in coded(doc) if t == "AGREE")


def test_an_indefinite_count_is_new_people(annotate):
    doc = annotate("Police and protesters clashed in Lima on Monday. Two officials were arrested.", D)
    arrests = [e for e in doc.events if e.type == "COERCE"]
    assert arrests and all(doc.actor_by_id(r).name == "Two officials" for e in arrests for r in e.recipient)


def test_they_inside_the_same_sentence_is_left_to_the_actors_stage(annotate):
    # "they" here is the announcing rebels, not the coordination inside the announcement
    doc = annotate("The rebels announced that President Mira and her party must accept talks before they disarm.", D)
    assert not any(e.type == "RETREAT" for e in doc.events)
