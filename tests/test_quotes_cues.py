"""quotes stage, issue 13: cue frames, cue families, nesting and the cue word files.

Every sentence here is written for these tests. Actors are built by hand on the
parsed document (as in tests/test_quotes.py), then the stage runs alone.
"""

from __future__ import annotations

import re

import pytest

from newsgraph.attribution.lexicon import (
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
    assert PREP_CUES["warn"] == ("of", "against", "about")


def test_cue_file_rejects_unknown_class_and_bad_word(tmp_path):
    good = "SPEECH_VERBS: say\nQUOTE_VERBS: say\nOBJECT_CUES: deny\nURGE_VERBS: urge\nQUESTION_VERBS: ask\n" \
           "FRAME_VERBS: say\nINTRODUCING_VERBS: speak\n"
    p = tmp_path / "attribution_cues.txt"
    p.write_text("# version: t\n" + good + "MOOD_VERBS: think\n", encoding="utf-8")
    with pytest.raises(TableError, match=r":9: unknown class MOOD_VERBS"):
        read_cue_classes(p)
    p.write_text("# version: t\n" + good.replace("deny", "Deny"), encoding="utf-8")
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
