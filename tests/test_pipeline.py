"""The pipeline spine: stage registry, order checks, per-document failures."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.config import Config
from newsgraph.model import Document, NewsDoc
from newsgraph.pipeline import Pipeline, PipelineError, check_order
from newsgraph.registry import stages
from newsgraph.stages.base import Stage

EXPECTED = {"nlp", "time", "actors", "places", "quotes", "events", "claims"}


def test_every_stage_is_registered_by_name():
    assert EXPECTED <= set(stages.names())


def test_each_stage_declares_what_it_requires_and_sets():
    for name in EXPECTED:
        cls = stages.get(name)
        assert cls.name == name
        assert cls.sets, f"stage {name} sets nothing"


def test_unknown_stage_lists_the_available_ones():
    with pytest.raises(PipelineError, match="unknown stage 'event'; available: .*events"):
        Pipeline(Config(stages=("nlp", "event")))


def test_order_is_checked_when_the_pipeline_is_built():
    with pytest.raises(PipelineError, match="stage 'events' requires .*timexes"):
        Pipeline(Config(stages=("nlp", "events")))


def test_default_order_is_valid():
    check_order([stages.get(n)(Config()) if n != "nlp" else _FakeNlp() for n in Config().stages])


class _FakeNlp(Stage):
    name = "nlp"
    sets = ("tokens", "sentences", "entities")


class _Boom(Stage):
    name = "boom"
    requires = ("tokens",)
    sets = ("events",)

    def find(self, doc):
        if "boom" in doc.text:
            raise ValueError("cannot code this")
        return []


def test_a_failing_document_does_not_stop_the_batch():
    p = Pipeline(Config(stages=("nlp",)))
    p.stages.append(_Boom(p.config))
    docs = [Document.create(t, published=date(2021, 1, 1)) for t in ("Fine text.", "This goes boom.", "Also fine.")]
    out = list(p.pipe(docs))
    assert [d.failed for d in out] == [False, True, False]
    assert out[1].errors[0].startswith(out[1].id) and "stage boom failed: ValueError: cannot code this" in out[1].errors[0]
    assert out[0].tokens and out[2].tokens


def test_nlp_stage_fills_the_document_model(parse):
    doc = parse("The minister arrived on Monday.\n\nProtesters gathered in Paris. Police made arrests.")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1]
    assert doc.text[doc.sentences[0].start:doc.sentences[0].end] == "The minister arrived on Monday."
    tok = doc.token_at(doc.text.index("arrived"))
    assert tok.lemma == "arrive" and tok.pos == "VERB"
    assert any(e.label == "GPE" and e.text == "Paris" for e in doc.entities)
    assert isinstance(doc, NewsDoc)


def test_overlong_text_is_refused_with_a_clear_error():
    p = Pipeline(Config(stages=("nlp",), max_chars=100))
    (doc,) = p.pipe([Document.create("word " * 100)])
    assert doc.failed and "over the limit of 100" in doc.errors[0]


def test_hard_wrapped_lines_do_not_break_sentences(parse):
    doc = parse("The central bank raised its key rate\nby half a point on Tuesday, the\nbank said.\n"
                "    Analysts had expected the move.")
    assert len(doc.sentences) == 2
    assert doc.sentences[0].paragraph == 0 and doc.sentences[1].paragraph == 1
    assert doc.text[doc.sentences[0].start:doc.sentences[0].end].endswith("bank said.")


def test_one_line_paragraphs_are_paragraphs(parse):
    # web copy: each paragraph a long line of its own, a single newline between
    para = ("The minister said on Monday that the talks with the neighbouring government would resume next "
            "week in the capital")
    text = f"{para}\n{para.replace('Monday', 'Tuesday')}\n{para.replace('Monday', 'Friday')}"
    doc = parse(text)
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2]
    assert all("\n" not in doc.text[s.start:s.end] for s in doc.sentences)
    # the same words hard-wrapped at 60 characters stay one sentence in one paragraph
    import textwrap

    wrapped = "\n".join(textwrap.wrap(para + ".", 60))
    doc = parse(wrapped)
    assert len(doc.sentences) == 1 and doc.sentences[0].paragraph == 0


def test_hard_wraps_are_joined_for_the_model_but_offsets_stay(parse):
    from newsgraph.stages.nlp import unwrap

    text = ("Officials at the Central Intelligence Agency and the State\nDepartment said on Monday that the report was "
            "accurate.\nShort title\nNext line.")
    assert len(unwrap(text)) == len(text)
    assert "State Department" in unwrap(text)
    assert "accurate.\nShort" in unwrap(text)  # after a sentence end the newline stays
    doc = parse(text)
    ent = next(e for e in doc.entities if "Department" in e.text)
    assert doc.text[ent.start:ent.end] == ent.text and "\n" in ent.text


def test_offset_look_ups_follow_a_replaced_token_list(parse):
    doc = parse("Police arrested two men in Lagos. They were released on Friday.")
    k = doc.text.index("Lagos")
    assert doc.token_at(k).text == "Lagos" and doc.token_index(k + 2) == doc.token_at(k).i
    assert [t.text for t in doc.tokens_in(k - 3, k + 5)] == ["in", "Lagos"]
    assert doc.sentence_at(doc.text.index("released")).i == 1
    assert doc.token_index(-1) is None and doc.sentence_at(len(doc.text) + 5) is None
    doc.tokens = doc.tokens[:3]  # a stage may replace the list: the index must not go stale
    assert doc.token_at(k) is None and len(doc.token_starts()) == 3
