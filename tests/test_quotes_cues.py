"""quotes stage, issue 13: cue frames, cue families, nesting and the cue word files.

Every sentence here is written for these tests. Actors are built by hand on the
parsed document (as in tests/test_quotes.py), then the stage runs alone.
"""

from __future__ import annotations

import re

import pytest

from newsgraph.attribution.lexicon import (
    CUE_CLASSES,
    OBJECT_CUES,
    PREP_CUES,
    QUOTE_VERBS,
    SPEECH_VERBS,
    read_cue_classes,
    read_prep_cues,
)
from newsgraph.attribution.nesting import within
from newsgraph.lang.tables import TableError
from newsgraph.model import Actor, Quote
from newsgraph.stages.quotes import QuotesStage


def with_actors(doc, *people):
    """Person actors whose mentions are every occurrence of the given names."""
    doc.actors = [
        Actor(id=f"a{k}", name=name, kind="person",
              mentions=[(m.start(), m.end()) for m in re.finditer(re.escape(name), doc.text)])
        for k, name in enumerate(people, 1)
    ]
    return doc


def quotes_of(parse, text, *people):
    doc = with_actors(parse(text), *people)
    return doc, QuotesStage()(doc).quotes


def content(doc, q):
    return doc.text[q.content[0] : q.content[1]]


def one(doc, quotes, words):
    hits = [q for q in quotes if words in content(doc, q)]
    assert hits, f"no quote holds {words!r}: {[content(doc, q) for q in quotes]}"
    return hits[0]


# --- the cue word files ------------------------------------------------------------


def test_cue_files_load_with_the_lists_the_stages_read():
    assert {"say", "tell", "warn", "deny"} <= SPEECH_VERBS
    assert "say" in QUOTE_VERBS and "announce" in OBJECT_CUES
    assert PREP_CUES["warn"] == ("of", "against", "about") and PREP_CUES["ask"] == ("about", "for")


def test_cue_file_rejects_unknown_class_and_bad_word(tmp_path):
    good = "".join(f"{name}: say\n" for name in CUE_CLASSES)
    p = tmp_path / "attribution_cues.txt"
    p.write_text("# version: t\n" + good + "MOOD_VERBS: think\n", encoding="utf-8")
    with pytest.raises(TableError, match=rf":{len(CUE_CLASSES) + 2}: unknown class MOOD_VERBS"):
        read_cue_classes(p)
    p.write_text("# version: t\n" + good.replace("say", "Say", 1), encoding="utf-8")
    with pytest.raises(TableError, match="not a lower-case lemma"):
        read_cue_classes(p)
    p.write_text("# version: t\nSPEECH_VERBS: say\n", encoding="utf-8")
    with pytest.raises(TableError, match="missing"):
        read_cue_classes(p)


def test_prep_cue_file_rejects_a_line_without_prepositions(tmp_path):
    p = tmp_path / "attribution_prep_cues.psv"
    p.write_text("# version: t\nwarn | of\nwarn | about\n", encoding="utf-8")
    with pytest.raises(TableError, match="duplicate key"):
        read_prep_cues(p)
    p.write_text("# version: t\nwarn |\n", encoding="utf-8")
    with pytest.raises(TableError, match=":2:"):
        read_prep_cues(p)


# --- frames: closing, inserted and "as" cues ----------------------------------------


def test_closing_cue_reports_the_clause_before_it(parse):
    doc, qs = quotes_of(parse, "As the storm reached the coast on Sunday, two fishing boats were lost near the harbour, "
                        "police said.")
    q = one(doc, qs, "two fishing boats were lost")
    assert content(doc, q).startswith("As the storm reached") and q.speaker_text == "police"
    assert not q.direct


def test_inserted_cue_reports_both_halves(parse):
    doc, qs = quotes_of(parse, "If the bridge stays closed, Marta Silva said, the farmers will lose the harvest.",
                        "Marta Silva")
    q = one(doc, qs, "the farmers will lose the harvest")
    assert content(doc, q).startswith("If the bridge stays closed") and q.speaker == "a1"


def test_inserted_cue_misparsed_as_taking_an_object(parse):
    # the parser may read "the schools" as the object of "said"; the commas still frame the cue
    doc, qs = quotes_of(parse, "In both towns, Marta Silva said, the schools will stay shut until March.", "Marta Silva")
    q = one(doc, qs, "the schools will stay shut")
    assert q.speaker == "a1"


def test_as_cue_reports_the_clause_after_it(parse):
    doc, qs = quotes_of(parse, "As Marta Silva said, the new road has cut the trip to the capital by two hours.",
                        "Marta Silva")
    q = one(doc, qs, "the new road has cut the trip")
    assert q.speaker == "a1"


def test_participle_after_an_inserted_cue_is_not_its_content(parse):
    doc, qs = quotes_of(parse, "“We will rebuild,” Marta Silva said, adding that the money was already there.",
                        "Marta Silva")
    direct = one(doc, qs, "We will rebuild")
    assert direct.direct and direct.speaker == "a1"


def test_inverted_cue_after_a_quote_takes_the_name_after_it(parse):
    doc, qs = quotes_of(parse, "“The drop in sales is directly due to the strike,” said a person close to the company.")
    (q,) = qs
    assert q.direct and q.speaker_text == "a person close to the company"


def test_addressee_is_never_the_speaker(parse):
    doc, qs = quotes_of(parse, "Told the workers that the plant would close, the union leaders walked out.")
    assert all(q.speaker_text != "the workers" for q in qs)


# --- nesting --------------------------------------------------------------------------


def _q(id_, content_, cue=None, speaker=None):
    return Quote(id=id_, content=content_, direct=False, cue=cue, speaker_span=speaker)


def test_within_links_the_inner_report_to_the_outer():
    outer = _q("q1", (20, 80), cue=(0, 12), speaker=(13, 16))
    inner = _q("q2", (40, 80), cue=(30, 34), speaker=(20, 29))
    assert within([outer, inner]) == {"q2": "q1"}


def test_within_needs_the_speaker_inside_too():
    outer = _q("q1", (20, 80), cue=(0, 12))
    inner = _q("q2", (40, 80), cue=(30, 34), speaker=(10, 14))
    assert within([outer, inner]) == {}


def test_within_takes_the_innermost_outer():
    a = _q("q1", (10, 100), cue=(0, 5))
    b = _q("q2", (30, 100), cue=(20, 25))
    c = _q("q3", (50, 100), cue=(40, 45))
    assert within([a, b, c]) == {"q2": "q1", "q3": "q2"}


def test_according_to_holds_the_nested_report(parse):
    doc, qs = quotes_of(parse, "According to the Daily Courier, Marta Silva said the dam would be repaired by June.",
                        "Marta Silva")
    outer = one(doc, qs, "Marta Silva said the dam")
    inner = next(q for q in qs if q is not outer and "the dam would be repaired" in content(doc, q))
    assert within(qs) == {inner.id: outer.id}
    assert getattr(inner, "within", outer.id) == outer.id  # set on the quote once the model carries it


# --- cue families: labels, descriptions, appeals, reporting nouns ---------------------


@pytest.mark.parametrize("text, words", [
    ("Marta Silva called the judge a disgrace to the court.", "the judge a disgrace to the court"),
    ("Marta Silva calls herself a farmer first and a senator second.", "herself a farmer first"),
    ("Marta Silva described the budget as a gift to the banks.", "the budget as a gift to the banks"),
    ("Marta Silva called for a ban on night flights over the city.", "a ban on night flights over the city"),
    ("Marta Silva called on the council to reopen the bridge this week.", "the council to reopen the bridge"),
])
def test_cue_families(parse, text, words):
    doc, qs = quotes_of(parse, text, "Marta Silva")
    q = one(doc, qs, words)
    assert q.speaker == "a1" and not q.direct


@pytest.mark.parametrize("text", [
    "Marta Silva called the police after the break-in.",
    "Marta Silva called a meeting for Friday.",
    "A group called Friends of the River sued the city.",
    "Marta Silva called off the strike.",
    "Marta Silva called her brother to say the flight was late.",
    "Marta Silva refused to call the flood a disaster.",
])
def test_call_that_reports_nothing(parse, text):
    doc, qs = quotes_of(parse, text, "Marta Silva")
    assert not any(doc.text[q.cue[0]:q.cue[1]].startswith("call") for q in qs if q.cue)


def test_reporting_noun_with_possessor(parse):
    doc, qs = quotes_of(parse, "Marta Silva's claim that the dam was safe turned out to be wrong.", "Marta Silva")
    q = one(doc, qs, "the dam was safe")
    assert q.speaker == "a1"


def test_reporting_noun_as_the_topic_of_another_report_gives_nothing(parse):
    doc, qs = quotes_of(parse, "The paper ran a story about Marta Silva's claim that the dam was safe.", "Marta Silva")
    assert not any(q.speaker == "a1" for q in qs)


def test_reporting_noun_without_possessor_gives_nothing(parse):
    doc, qs = quotes_of(parse, "The claim that the dam was safe turned out to be wrong.")
    assert qs == []


def test_noted_with_a_noun_phrase(parse):
    doc, qs = quotes_of(parse, "Marta Silva noted a sharp rise in rents across the region.", "Marta Silva")
    assert content(doc, one(doc, qs, "a sharp rise in rents")).startswith("a sharp rise")


def test_asked_for(parse):
    doc, qs = quotes_of(parse, "Marta Silva asked for a recount of the ballots in two districts.", "Marta Silva")
    assert one(doc, qs, "a recount of the ballots").speaker == "a1"


# --- speakers: passive, agent, participles, relatives ---------------------------------


def test_passive_cue_without_agent_has_no_speaker(parse):
    doc, qs = quotes_of(parse, "It was reported on Monday that the mine would close within a year.")
    q = one(doc, qs, "the mine would close")
    assert q.speaker is None and q.speaker_text is None


def test_passive_cue_with_agent(parse):
    doc, qs = quotes_of(parse, "The closure was announced by Marta Silva at a meeting with miners.", "Marta Silva")
    assert all(q.speaker in (None, "a1") for q in qs)


def test_participle_on_a_noun_names_its_speakers(parse):
    doc, qs = quotes_of(parse, "The share of farmers saying they will sell their land has doubled since May.")
    q = one(doc, qs, "they will sell their land")
    assert q.speaker_text.endswith("farmers")


def test_relative_clause_report(parse):
    doc, qs = quotes_of(parse, "The council closed a school that inspectors said was unsafe for children.")
    q = one(doc, qs, "unsafe for children")
    assert q.speaker_text == "inspectors" and not content(doc, q).startswith("that")


def test_set_off_speaker(parse):
    doc, qs = quotes_of(parse, "Marta Silva, a farmer who leads the cooperative in the valley, said the harvest was lost.",
                        "Marta Silva")
    assert one(doc, qs, "the harvest was lost").speaker == "a1"


# --- direct quotes: fragments and runs ----------------------------------------------------


def test_scare_quote_after_the_cue_is_not_more_of_the_quote(parse):
    text = "“I think the plan will work,” she said, waving a “Vote Yes” sign at the crowd."
    doc, qs = quotes_of(parse, text)
    q = one(doc, qs, "I think the plan will work")
    assert "Vote Yes" not in content(doc, q)


def test_quote_split_by_its_cue_is_one_quote(parse):
    doc, qs = quotes_of(parse, "“The plan will not fail,” Marta Silva said on Monday, “if the banks help us.”",
                        "Marta Silva")
    q = one(doc, qs, "if the banks help us")
    assert content(doc, q).startswith("The plan") and q.direct


def test_carried_quote_goes_on_with_the_direct_quote_of_its_sentence(parse):
    text = ("“The money is there,” Marta Silva said, noting that the fund had doubled.\n\n"
            "“We will spend all of it on the schools before the winter comes.”")
    doc, qs = quotes_of(parse, text, "Marta Silva")
    first = one(doc, qs, "The money is there")
    carried = one(doc, qs, "We will spend all of it")
    assert carried.continues == first.id and carried.speaker == "a1"


# --- more boundaries -------------------------------------------------------------------


def test_reason_after_an_inserted_cue_goes_on(parse):
    doc, qs = quotes_of(parse, "The mine will close, Marta Silva said, because the seam is exhausted.", "Marta Silva")
    q = one(doc, qs, "The mine will close")
    assert content(doc, q).endswith("the seam is exhausted") and q.speaker == "a1"


def test_participle_that_is_no_report_stays_in_the_content(parse):
    doc, qs = quotes_of(parse, "Marta Silva said the fund raised $2 million in May, bringing its total to $9 million.",
                        "Marta Silva")
    assert content(doc, one(doc, qs, "the fund raised")).endswith("$9 million")


def test_participle_that_reports_more_is_its_own_quote(parse):
    doc, qs = quotes_of(parse, "Marta Silva said the fund was empty, adding that the banks had refused a loan.",
                        "Marta Silva")
    first = one(doc, qs, "the fund was empty")
    assert "banks" not in content(doc, first)
    assert one(doc, qs, "the banks had refused a loan").speaker == "a1"


def test_asked_by_gives_the_asker(parse):
    doc, qs = quotes_of(parse, "Asked by Marta Silva whether the mine would close, the manager said it would not.",
                        "Marta Silva")
    q = one(doc, qs, "the mine would close")
    assert q.speaker == "a1"


def test_unclosed_quote_ending_a_paragraph_is_a_quote():
    from newsgraph.attribution.marks import scan

    text = ("“The bridge is safe,” said Marta Silva. “We checked every bolt twice and found nothing wrong.\n\n"
            "She added, “It will open on Monday.”")
    inner = [text[q.inner_start:q.inner_end] for q in scan(text)]
    assert "We checked every bolt twice and found nothing wrong." in inner
    assert "It will open on Monday." in inner



def test_a_quote_reported_inside_another_names_it_in_the_output(annotate):
    from newsgraph.output import to_contract

    doc = annotate('The minister said the governor had called the plan "a disgrace to the region", '
                   'according to officials.')
    out = to_contract(doc)
    assert all("within" in q for q in out["quotes"])
    ids = {q["id"] for q in out["quotes"]}
    assert all(q["within"] is None or q["within"] in ids for q in out["quotes"])
