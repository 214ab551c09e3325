"""Group pronouns (they/it/its/their, and we/I in a quote) and the military-noun reading."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import actor_at, stage_runner

from newsgraph.actors.groupref import token_quote_spans


@pytest.fixture(scope="module")
def run(parse):
    return stage_runner("actors", parse, date(2021, 8, 19))


at = actor_at


def test_they_follows_plural_subject_of_speech_verb(run):
    doc = run("Protesters said they would return to the square on Monday.")
    assert at(doc, "they") is not None and at(doc, "they") is at(doc, "Protesters")


def test_they_takes_reporting_subject_not_the_addressee(run):
    doc = run("The rebels told reporters they would keep fighting.")
    assert at(doc, "they") is at(doc, "The rebels")


def test_object_pronoun_is_not_its_own_subject(run):
    doc = run("Police detained the protesters and beat them.")
    them = at(doc, "them")
    assert them is None or them is not at(doc, "Police")


def test_it_follows_an_organisation_and_a_state(run):
    doc = run("The army said it had killed ten insurgents.")
    assert at(doc, "it") is at(doc, "The army")
    doc = run("Russia said it would respond to the sanctions.")
    assert at(doc, "it").country == "RUS"


def test_its_possessive_carries_the_country(run):
    doc = run("Turkey said its troops would stay in the north.")
    assert at(doc, "its").country == "TUR"
    assert at(doc, "its troops").country == "TUR"


def test_expletive_it_and_non_actor_antecedent_stay_unresolved(run):
    doc = run("Russia said nothing. It is unclear whether talks will resume.")
    assert at(doc, "It") is None
    doc = run("The government presented the budget plan. It will cost billions.")
    assert at(doc, "It") is None  # the plan, or the government: not plain


def test_coordinated_antecedent_is_not_one_actor(run):
    doc = run("Russia and China said they would veto the resolution.")
    assert at(doc, "they") is None


def test_chain_of_they_across_sentences(run):
    doc = run("Houthi rebels attacked a tanker in the Red Sea. They said the ship was bound for Israel.")
    assert at(doc, "They") is at(doc, "Houthi rebels")


def test_we_in_a_quote_is_the_speakers_group(run):
    doc = run('Houthi rebels attacked a ship. "We will continue," a Houthi spokesman said.')
    assert at(doc, "We") is at(doc, "Houthi rebels")
    doc = run('"We are ready for talks," said Foreign Minister Sergey Lavrov.')
    we = at(doc, "We")
    assert (we.country, we.sector, we.kind) == ("RUS", "GOV", "state")
    doc = run('The Taliban spokesman said: "We will not allow this. Our fighters are ready."')
    assert at(doc, "We").org is None and at(doc, "We").name == "Taliban"
    k = doc.text.index("Our")
    assert (k, k + 3) in at(doc, "We").mentions  # "Our fighters" are the Taliban's


def test_we_outside_a_quote_is_the_writer(run):
    doc = run("We asked the ministry for comment, the company said.")
    assert at(doc, "We") is None


def test_military_is_a_noun_before_a_verb(run):
    doc = run("Myanmar's military seized power in February.")
    a = at(doc, "Myanmar's military")
    assert (a.country, a.sector) == ("MMR", "MIL")
    doc = run("The military said it would hold elections next year.")
    assert at(doc, "The military").sector == "MIL"
    # an adjective stays an adjective: "military leaders" are the actor
    doc = run("Sudan's military leaders met the envoy.")
    assert at(doc, "military leaders").sector == "MIL"


def test_quote_marks_read_by_the_tagger(parse):
    doc = parse('A stray " mark. The minister said: "We will act." Then "it" ended.')
    spans = [doc.text[a:b] for a, b in token_quote_spans(doc.tokens)]
    assert '"We will act."' in spans


def test_we_of_a_seat_spokesperson_is_the_government(run):
    doc = run('Jeff Rathke, the State Department spokesperson, said: "We urge all sides to talk."')
    we = at(doc, "We")
    assert (we.country, we.kind) == ("USA", "state")


def test_possessive_belongs_to_its_clause_subject(run):
    doc = run("NASA praised the young engineer Ahmed Mohamed on its website.")
    k = doc.text.index("its")
    assert (k, k + 3) in at(doc, "NASA").mentions
    doc = run("The plan drew criticism over its cost.")
    assert at(doc, "its") is None


def test_definite_descriptions_refer_back(run):
    doc = run("Microsoft released a new browser on Tuesday. The company said it would end support for the old one.")
    assert at(doc, "The company") is at(doc, "Microsoft")
    doc = run("Hamas fired rockets overnight. The group said the attack was a warning.")
    assert at(doc, "The group") is at(doc, "Hamas")
    # no antecedent of the right kind: no actor
    doc = run("The company said profits rose.")
    assert at(doc, "The company") is None
    doc = run("Reuters reported the attack. The group said it was a warning.")
    assert at(doc, "The group") is None


def test_possessive_inside_a_nominal_is_not_the_subjects(run):
    doc = run("Ankara supports the withdrawal of all foreign fighters from its borders.")
    its = doc.text.index("its")
    assert (its, its + 3) not in at(doc, "Ankara").mentions


def test_possessive_follows_a_chained_verb_to_its_subject(run):
    doc = run("Acme Corp said it had been cleared to list on the New York Stock Exchange "
              "and expects to file its application soon.")
    acme = at(doc, "Acme Corp")
    for word in (" it ", "its"):
        k = doc.text.index(word) + (1 if word.startswith(" ") else 0)
        n = len(word.strip())
        assert (k, k + n) in acme.mentions, word
    doc = run("Acme Corp shares rose sharply. It was reported that talks had failed.")
    assert at(doc, "It") is None


def test_a_kinship_noun_gives_the_named_person_a_gender(annotate):
    # "her husband Zorvek Tolvik" is a man, so the next "She" is not him
    doc = annotate(
        "Maren Tolvik held a rally in the capital. Her husband Zorvek Tolvik was jailed in May. "
        "She asked for support.", published=date(2020, 8, 3))
    k = doc.text.rindex("She")
    assert doc.actor_at(k, k + 3).name == "Maren Tolvik"
