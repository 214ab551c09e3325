"""A long text is parsed in pieces of whole paragraphs, joined into one parse with the text's
own offsets, so one very long article does not take the process past 1 GB (spaCy's working
memory grows with the characters parsed at once). A text of ordinary length is parsed whole."""

from __future__ import annotations

from datetime import date

import pytest

import newsgraph.stages.nlp as nlp_module
from newsgraph.model import Document, NewsDoc
from newsgraph.stages.nlp import pieces

# Paragraphs written for this test, each telling its own event with its own actors and day.
PARAGRAPHS = [
    "Police in Nairobi arrested 40 protesters on Monday after a march against rising food prices, "
    "a police spokesman said.",
    "The foreign ministers of Chile and Peru signed a fishing agreement in Lima on Tuesday, ending "
    "a long dispute over the southern waters.",
    "Rebels attacked an army base near the Malian town of Gao on Wednesday, killing three soldiers, "
    "the Malian defence ministry said.",
    "The European Union imposed sanctions on six Belarusian officials on Thursday over the jailing "
    "of opposition leaders.",
    "Thousands of French farmers marched through Paris on Friday to protest against a new tax on diesel fuel.",
    "Japan pledged 20 million dollars in emergency aid to flood victims in Bangladesh on Saturday.",
]
PUBLISHED = date(2021, 3, 14)


def joined(paragraphs: list[str], sep: str = "\n\n") -> tuple[str, list[int]]:
    """The paragraphs as one text, and where each begins in it."""
    starts, at = [], 0
    for p in paragraphs:
        starts.append(at)
        at += len(p) + len(sep)
    return sep.join(paragraphs), starts


def offsets_hold(doc: NewsDoc) -> None:
    text = doc.text
    assert all(text[t.start:t.end] == t.text for t in doc.tokens)
    assert [t.i for t in doc.tokens] == list(range(len(doc.tokens)))
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    assert all(doc.tokens[s.token_start].start <= s.start < s.end <= doc.tokens[s.token_end - 1].end
               for s in doc.sentences)


# --- where a text is cut ---


def test_a_text_no_longer_than_a_piece_is_one_piece():
    text, _ = joined(PARAGRAPHS)
    assert pieces(text, False, most=len(text)) == [(0, len(text))]


def test_pieces_cover_the_text_and_each_begins_a_paragraph():
    text, starts = joined(PARAGRAPHS)
    cut = pieces(text, False, most=300)
    assert len(cut) > 2
    assert cut[0][0] == 0 and cut[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(cut, cut[1:]))
    assert all(end - start <= 300 for start, end in cut)
    assert {start for start, _ in cut} <= set(starts)


def test_a_wire_paragraph_break_is_a_newline_and_indentation():
    text, starts = joined(PARAGRAPHS, sep="\n   ")
    cut = pieces(text, False, most=300)
    assert len(cut) > 2 and {start for start, _ in cut} <= set(starts)


def test_a_hard_wrapped_line_is_never_a_cut():
    # one paragraph wrapped at 60 columns: no paragraph break, so no cut, however long
    words = " ".join(PARAGRAPHS).split()
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) > 60:
            lines.append(line)
            line = ""
        line = f"{line} {w}".strip()
    text = "\n".join([*lines, line])
    assert pieces(text, False, most=200) == [(0, len(text))]


def test_a_paragraph_longer_than_a_piece_is_a_piece_of_its_own():
    long_paragraph = " ".join(PARAGRAPHS[:4])
    text, starts = joined([PARAGRAPHS[4], long_paragraph, PARAGRAPHS[5]])
    cut = pieces(text, False, most=200)
    assert (starts[1], starts[2]) in cut


def test_one_line_paragraphs_are_cut_at_any_newline():
    text, starts = joined(PARAGRAPHS, sep="\n")
    cut = pieces(text, True, most=300)
    assert len(cut) > 2 and {start for start, _ in cut} <= set(starts)


# --- the parse ---


def parse_with(nlp_stage, text: str) -> NewsDoc:
    return nlp_stage(NewsDoc(Document.create(text, published=PUBLISHED)))


def test_an_ordinary_article_is_parsed_exactly_as_spacy_parses_it_whole(nlp_stage):
    text, _ = joined(PARAGRAPHS)
    assert len(text) < nlp_module.PIECE_CHARS
    doc = parse_with(nlp_stage, text)
    whole = NewsDoc(Document.create(text, published=PUBLISHED))
    nlp_module.copy_parse(whole, nlp_stage.nlp(nlp_stage.prepare(text)))
    assert doc.tokens == whole.tokens and doc.sentences == whole.sentences and doc.entities == whole.entities


def test_a_text_over_a_piece_gets_the_sentences_of_its_paragraphs_alone(nlp_stage):
    # over 20,000 characters: the stage parses it in pieces as it stands
    paragraphs = PARAGRAPHS * 30
    text, starts = joined(paragraphs)
    assert len(text) > nlp_module.PIECE_CHARS and len(pieces(text, False)) == 2
    doc = parse_with(nlp_stage, text)
    offsets_hold(doc)
    alone = {p: parse_with(nlp_stage, p) for p in PARAGRAPHS}
    expected = [(start + s.start, start + s.end) for p, start in zip(paragraphs, starts) for s in alone[p].sentences]
    assert [(s.start, s.end) for s in doc.sentences] == expected
    assert [s.paragraph for s in doc.sentences] == [
        i for i, p in enumerate(paragraphs) for _ in alone[p].sentences]
    expected_entities = [(start + e.start, e.label) for p, start in zip(paragraphs, starts) for e in alone[p].entities]
    assert [(e.start, e.label) for e in doc.entities] == expected_entities
    assert doc.spacy_doc.text == text  # one parse of the whole text, joined


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 300)


def events_of(doc: NewsDoc, shift: int = 0) -> list[tuple]:
    text = doc.text
    return sorted((e.type, text[e.trigger[0]:e.trigger[1]], e.trigger[0] + shift) for e in doc.events)


def test_a_long_text_gets_the_events_of_its_paragraphs_alone(annotate, small_pieces):
    text, starts = joined(PARAGRAPHS)
    assert len(pieces(text, False)) > 2
    doc = annotate(text, published=PUBLISHED)
    assert not doc.errors, doc.errors
    offsets_hold(doc)
    expected = sorted(e for p, start in zip(PARAGRAPHS, starts) for e in events_of(annotate(p, PUBLISHED), start))
    assert len(expected) >= 5
    assert events_of(doc) == expected
    assert [doc.text[s.start:s.end] for s in doc.sentences] == [
        p[s.start:s.end] for p in PARAGRAPHS for s in annotate(p, PUBLISHED).sentences]


def test_in_pieces_or_whole_the_tokens_and_sentences_are_the_same(annotate, monkeypatch):
    # (a tag may differ next to a cut, where the model sees less context: 'Rebels' opening a
    # piece was a common noun, inside the whole text a proper one)
    text, _ = joined(PARAGRAPHS)
    whole = annotate(text, published=PUBLISHED)
    monkeypatch.setattr(nlp_module, "PIECE_CHARS", 300)
    cut = annotate(text, published=PUBLISHED)
    assert [(t.start, t.end, t.sent) for t in cut.tokens] == [(t.start, t.end, t.sent) for t in whole.tokens]
    assert cut.sentences == whole.sentences
    assert [(e.start, e.end, e.label) for e in cut.entities] == [(e.start, e.end, e.label) for e in whole.entities]
