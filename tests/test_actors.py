"""The actors stage: mentions, metonymy, coreference, dated roles."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import actor_at, shared_path

from newsgraph.config import Config
from newsgraph.stages.actors import ActorsStage


@pytest.fixture(scope="module")
def actors():
    return ActorsStage(Config())


@pytest.fixture(scope="module")
def run(parse, actors):
    def _run(text, published=date(2021, 8, 19)):
        return actors(parse(text, published=published))

    return _run


at = actor_at


def texts(doc, actor):
    return [doc.text[s:e] for s, e in actor.mentions]


def test_seed_actors_match_gold(seed_document, nlp_stage, actors):
    from newsgraph.model import NewsDoc

    doc = actors(nlp_stage(NewsDoc(seed_document)))
    gold = json.loads(shared_path("examples", "seed.gold.json").read_text())
    for g in gold["actors"]:
        hits = [a for a in doc.actors if a.country == g["country"] and (not g.get("org") or a.org == g["org"])
                and (not g.get("sector") or a.sector == g["sector"])]
        assert hits, f"no actor for {g['name']}"
        names = [g["name"], *g.get("aliases", [])]
        best = max(hits, key=lambda a: sum(any(n.lower() in t.lower() for t in texts(doc, a)) for n in names))
        for n in names[1:]:
            assert any(n.lower() in t.lower() for t in texts(doc, best)), (g["name"], n, texts(doc, best))
    lavrov = at(doc, "Russia's top diplomat")
    assert lavrov.name == "Sergey Lavrov" and lavrov.kb_id
    assert "Lavrov" in texts(doc, lavrov)
    mangoush = at(doc, "his Libyan counterpart")
    assert mangoush.name == "Najla Mangoush"
    assert {"The Libyan foreign minister", "her", "Mangoush"} <= set(texts(doc, mangoush))
    # the quotes stage asks for the speaker of a pronoun
    k = doc.text.index("her government")
    assert doc.actor_at(k, k + 3) is not None
    # metonymy: "Moscow supports" is Russia's government, the press conference is in a place
    moscow = doc.text.index("Moscow supports")
    assert doc.actor_at(moscow, moscow + 6).country == "RUS"
    place = doc.text.index("Moscow that the Libyan")
    assert doc.actor_at(place, place + 6) is None
    tripoli = doc.text.index("Tripoli, and rival")
    assert doc.actor_at(tripoli, tripoli + 7) is None
    assert [a.id for a in doc.actors] == [f"a{i + 1}" for i in range(len(doc.actors))]


def test_capital_and_country_metonymy(run):
    doc = run("Washington imposed sanctions on Moscow after talks with Beijing, at a summit in Paris.")
    assert (at(doc, "Washington").country, at(doc, "Washington").sector) == ("USA", "GOV")
    assert at(doc, "Moscow").country == "RUS"
    assert at(doc, "Beijing").country == "CHN"
    assert at(doc, "Paris") is None
    doc = run("The offensive was backed by Egypt, the UAE and France.")
    assert [at(doc, c).country for c in ("Egypt", "UAE", "France")] == ["EGY", "ARE", "FRA"]


def test_role_nouns_sectors_and_countries(run):
    doc = run("Houthi rebels attacked an American destroyer while Syrian refugees and Israeli police watched.")
    assert (at(doc, "Houthi rebels").country, at(doc, "Houthi rebels").sector) == ("YEM", "REB")
    assert (at(doc, "an American destroyer").country, at(doc, "an American destroyer").sector) == ("USA", "MIL")
    assert (at(doc, "Syrian refugees").country, at(doc, "Syrian refugees").sector) == ("SYR", "REF")
    assert (at(doc, "Israeli police").country, at(doc, "Israeli police").sector) == ("ISR", "COP")


def test_same_name_resolves_by_document_date(run):
    then = run("Karzai accused Pakistan of sheltering militants.", published=date(2010, 5, 1))
    later = run("Karzai accused Pakistan of sheltering militants.", published=date(2016, 5, 1))
    assert at(then, "Karzai").sector == "GOV"
    assert at(later, "Karzai").sector == "ELI"


def test_unnamed_office_resolves_through_kb_on_date(run):
    doc = run("The Russian foreign minister flew to Ankara on Monday.", published=date(2015, 11, 30))
    a = at(doc, "The Russian foreign minister")
    assert a.name == "Sergey Lavrov" and a.kb_id == "ng:person/sergey-lavrov"
    doc = run("The US president met the press.", published=date(2018, 5, 1))
    assert at(doc, "The US president").name == "Donald Trump"


def test_pronouns_and_possessives_join_their_antecedent(run):
    doc = run("Najla Mangoush arrived in Rome. She said her government wanted elections.")
    m = at(doc, "Najla Mangoush")
    assert at(doc, "She") is m
    gov = at(doc, "her government")
    assert (gov.country, gov.sector, gov.kind) == ("LBY", "GOV", "state")


def test_counterpart_takes_the_office_of_the_possessor(run):
    doc = run("Hakan Fidan met his Iranian counterpart in Tehran.", published=date(2023, 9, 1))
    fidan = at(doc, "Hakan Fidan")
    assert (fidan.country, fidan.role) == ("TUR", "foreign minister")
    other = at(doc, "his Iranian counterpart")
    assert other.country == "IRN" and other.name == "Hossein Amir-Abdollahian"


def test_titles_and_surnames_group_into_one_actor(run):
    doc = run("Russian Foreign Minister Sergei Lavrov met the envoy. Lavrov later said Moscow would respond.")
    a = at(doc, "Russian Foreign Minister Sergei Lavrov")
    assert at(doc, "Lavrov", 1) is a
    assert a.role == "foreign minister"


def test_igo_roles(run):
    doc = run("UN Special Envoy to Libya Jan Kubis said the talks would resume.")
    a = at(doc, "Jan Kubis")
    assert (a.country, a.org, a.sector) == ("IGO", "UN", "GOV")
    doc = run("UN peacekeepers patrolled the buffer zone as a UN official watched.")
    assert (at(doc, "UN peacekeepers").country, at(doc, "UN peacekeepers").sector) == ("IGO", "MIL")


def test_former_officials_are_eli(run):
    doc = run("The retired vice president criticised the budget.")
    assert at(doc, "The retired vice president").sector == "ELI"


def test_written_cases_floor():
    from newsgraph.evaluate.actors import _pipeline, read_cases, run_cases

    cases = read_cases()
    assert len(cases) >= 200
    metrics, fails = run_cases(_pipeline(Config()), cases)
    # quality floor: lower it only on purpose, with the reason, in the same commit
    assert metrics["cases_accuracy"] >= 0.99, fails


def test_empty_document(run):
    assert run("").actors == []


def test_imported_dictionary_changes_stage_resolution(parse, tmp_path):
    from newsgraph.kb import save_entries
    from newsgraph.kb.phoenix import read_phoenix

    kb_file = save_entries(read_phoenix(shared_path("data", "petrarch", "phoenix", "Phoenix.Countries.actors.txt")),
                           tmp_path / "phoenix.json")
    # the shipped table leaves out people whose roles all ended before 1980
    text = "Zulfikar Ali Bhutto met the Soviet ambassador in Islamabad."
    plain = ActorsStage(Config())(parse(text, published=date(1975, 1, 1)))
    imported = ActorsStage(Config(kb_path=str(kb_file)))(parse(text, published=date(1975, 1, 1)))
    later = ActorsStage(Config(kb_path=str(kb_file)))(parse(text, published=date(1978, 1, 1)))
    # without the dictionary he is only placed by the story (Islamabad), not known
    assert at(plain, "Zulfikar Ali Bhutto").kb_id is None
    assert (at(imported, "Zulfikar Ali Bhutto").country, at(imported, "Zulfikar Ali Bhutto").sector) == ("PAK", "GOV")
    # the dictionary's dated role as head of government ended in 1977: ELI after that
    assert at(later, "Zulfikar Ali Bhutto").sector == "ELI"


def test_eval_task_floors():
    """Quality floors on the seed and PLOVER dev; lower one only on purpose, with the reason."""
    from newsgraph.evaluate.actors import run

    shared = shared_path("data", "plover", "PLOVER_GSR_dev.json").parents[2]
    report = run(shared, config=Config())
    m = report.metrics
    assert m["seed_actors"] == 1.0 and m["seed_alias_recall"] == 1.0
    assert m["plover_country_accuracy_found"] >= 0.98
    assert m["plover_country_accuracy_excl_locative"] >= 0.96
    assert m["plover_coverage"] >= 0.89
    assert m["plover_sector_accuracy"] >= 0.855
    # the whole pipeline's actors (the events stage adds places acted upon as states)
    assert m["plover_system_country_accuracy"] >= 0.935
    assert m["plover_system_sector_accuracy"] >= 0.87
    assert m["cases"] >= 355 and m["cases_accuracy"] >= 0.99
    if "gum_docs" in m:  # GUM news coreference: mention recall, and link precision kept
        assert m["gum_mention_recall"] >= 0.56
        assert m["gum_group_pronouns_linked"] >= 20 and m["gum_group_pronoun_precision"] >= 0.6
        # unnamed people who undergo an act ("a man was arrested") are actors (mention recall
        # 0.566 -> 0.578); "the governor", "the Pope" join the person last named with that title
        # and a lone given name the one person named in full with it: pair recall 0.615 -> 0.648,
        # F1 0.714 -> 0.734, at the cost of pair precision 0.851 -> 0.845 (floor lowered on purpose)
        # One name spelt two ways is one person (Kristen/Kristin Wilkins): recall 0.647 -> 0.653,
        # F1 0.733 -> 0.734, but her chain carried pronouns of a man (her given name is not in the
        # names table), now on more pairs: precision 0.845 -> 0.837 (floor lowered on purpose)
        assert m["gum_coref_pair_precision"] >= 0.835 and m["gum_coref_pair_recall"] >= 0.64
    assert any(d.startswith("plover error kinds") for d in report.details)


def test_pronoun_gender_from_given_names(run):
    doc = run("Maria Lopez met Juan Perez in Lima. She said he had agreed to the plan.")
    assert at(doc, "She") is at(doc, "Maria Lopez")
    k = doc.text.index(" he ") + 1
    assert doc.actor_at(k, k + 2) is at(doc, "Juan Perez")
