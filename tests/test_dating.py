"""Event dating: the timex that governs a trigger, else the paragraph's time, else publication."""

from __future__ import annotations

from datetime import date

from newsgraph.model import Document, NewsDoc, Sentence, Timex, Token
from newsgraph.stages.time import TimeStage
from newsgraph.timex.dating import event_date, publication_date


def dated(parse, text, published="2021-08-19"):
    return TimeStage()(parse(text, published=published))


def tok(doc, word, nth=0):
    hits = [t.i for t in doc.tokens if t.text == word]
    assert len(hits) > nth, f"{word!r} not in {[t.text for t in doc.tokens]}"
    return hits[nth]


def test_same_clause_wins(parse):
    doc = dated(parse, "In April 2019, Hifter launched an offensive, and in June 2020 the offensive failed.")
    assert event_date(doc, tok(doc, "launched")).value == "2019-04"
    assert event_date(doc, tok(doc, "failed")).value == "2020-06"


def test_a_nominal_trigger_takes_its_verbs_date(parse):
    doc = dated(parse, "Rebels toppled the dictator in 2011 after a long uprising.")
    d = event_date(doc, tok(doc, "uprising"))
    assert d.value == "2011" and d.precision == "year"


def test_sentence_then_paragraph_then_publication(parse):
    text = (
        "Last month, the envoy said the withdrawal would be a major step. Rebels agreed.\n\n"
        "The ministers met in Moscow."
    )
    doc = dated(parse, text)
    said = event_date(doc, tok(doc, "said"))
    assert said.value == "2021-07" and said.precision == "month" and said.timex == "t1"
    # no timex in its sentence: the paragraph's reference time
    assert event_date(doc, tok(doc, "agreed")).value == "2021-07"
    # a new paragraph with no date: the publication date
    met = event_date(doc, tok(doc, "met"))
    assert met.value == "2021-08-19" and met.precision == "publication" and met.timex is None


def test_a_relative_clause_keeps_its_own_date(parse):
    doc = dated(parse, "Libya has been wracked by conflict since an uprising toppled Gaddafi in 2011.")
    assert event_date(doc, tok(doc, "toppled")).value == "2011"


def test_durations_and_sets_never_date_an_event(parse):
    doc = dated(parse, "The siege lasted three years. Protesters gather every Friday.")
    assert event_date(doc, tok(doc, "lasted")).precision == "publication"
    assert event_date(doc, tok(doc, "gather")).precision == "publication"


def test_seed_events(pipeline, seed_document):
    doc = pipeline(seed_document)
    assert event_date(doc, tok(doc, "launched")).value == "2019-04"
    assert event_date(doc, tok(doc, "backed")).value == "2011"  # NATO-backed uprising
    assert event_date(doc, tok(doc, "backed", 1)).value == "2019-04"
    assert event_date(doc, tok(doc, "toppled")).value == "2011"
    assert event_date(doc, tok(doc, "supports")).value == "2021-08-19"
    kubis_said = [t.i for t in doc.tokens if t.text == "said" and "Kubis" in doc.text[t.start - 30:t.start]]
    assert event_date(doc, kubis_said[0]).value == "2021-07"
    talks = event_date(doc, tok(doc, "talks"))
    assert talks.value == "2021-08-19"


def test_hand_built_doc_without_parse_falls_back_to_publication():
    doc = NewsDoc(Document.create("Hello.", published=date(2021, 8, 19)))
    assert event_date(doc, 0) == publication_date(doc)
    undated = NewsDoc(Document.create("Hello."))
    assert event_date(undated, 0).precision == "unknown"


def test_hand_built_doc_uses_its_timexes():
    # "Rebels attacked in 2019 ." with a hand-made parse: attacked <- in <- 2019
    text = "Rebels attacked in 2019 ."
    words = [("Rebels", "NOUN", "NNS", "nsubj", 1), ("attacked", "VERB", "VBD", "ROOT", 1),
             ("in", "ADP", "IN", "prep", 1), ("2019", "NUM", "CD", "pobj", 2), (".", "PUNCT", ".", "punct", 1)]
    tokens, pos = [], 0
    for i, (w, p, tag, dep, head) in enumerate(words):
        start = text.index(w, pos)
        tokens.append(Token(i, start, start + len(w), w, w.lower(), p, tag, dep, head, 0))
        pos = start + len(w)
    doc = NewsDoc(Document.create(text, published=date(2021, 8, 19)), tokens=tokens,
                  sentences=[Sentence(0, 0, len(text), 0, len(tokens))])
    doc.timexes = [Timex(19, 23, "2019", "DATE", "2019", ("2019-01-01", "2019-12-31"), "year", "none", "t1")]
    d = event_date(doc, 1)
    assert d.value == "2019" and d.timex == "t1"


def test_a_date_of_a_lower_clause_does_not_date_the_main_event(parse):
    text = ("The offensive failed in June 2020. Peace talks installed a government expected to lead "
            "until elections take place in December.")
    doc = dated(parse, text)
    assert event_date(doc, tok(doc, "take")).value == "2021-12"
    talks = event_date(doc, tok(doc, "talks"))
    assert talks.value == "2020-06"  # the paragraph's time, not December


def test_a_direct_quote_does_not_take_the_previous_sentences_date(parse):
    from newsgraph.model import Quote, Timex
    from newsgraph.timex.dating import event_date

    text = ('Last month, the envoy said talks would resume. "We will be ready to help," the minister said.')
    doc = parse(text, published="2021-08-19")
    s = text.index("Last month")
    doc.timexes = [Timex(s, s + 10, "Last month", "DATE", "2021-07", ("2021-07-01", "2021-07-31"), "month", id="t1")]
    q0 = text.index("We will")
    doc.quotes = [Quote("q1", (q0, text.index(',"')), direct=True)]
    trigger = doc.token_at(text.index("help")).i
    assert event_date(doc, trigger).value == "2021-08-19"
    # outside a quote the paragraph's date still carries
    doc.quotes = []
    assert event_date(doc, trigger).value == "2021-07"


def test_a_period_bound_or_a_relative_clause_date_is_no_reference_time(parse):
    # "since 1995" bounds a period; "who was arrested in May" dates only that clause
    doc = dated(parse, "She promised to cancel all amendments made since 1995. She asked for support.",
                published="2020-08-03")
    assert event_date(doc, tok(doc, "asked")).precision == "publication"
    doc = dated(parse, "She spoke about her husband, who was arrested in May. She asked for support.",
                published="2020-08-03")
    assert event_date(doc, tok(doc, "arrested")).value == "2020-05"
    assert event_date(doc, tok(doc, "asked")).precision == "publication"
    # a plain earlier date still carries into the next sentence of the paragraph
    doc = dated(parse, "In May the rebels attacked the town. They seized the airport.", published="2020-08-03")
    assert event_date(doc, tok(doc, "seized")).value == "2020-05"


def test_a_date_of_what_the_act_is_for_or_after_does_not_date_the_act(parse):
    doc = dated(parse, "Senator Ana Ortiz announced yesterday that she was endorsing Tom Hale for this year's "
                       "election.")
    assert event_date(doc, tok(doc, "endorsing")).value == "2021-08-18"
    doc = dated(parse, "Police arrested the suspect after the 2019 riots.")
    assert event_date(doc, tok(doc, "arrested")).precision == "publication"
    # the act's own object keeps its date: attending last week's summit happened last week
    doc = dated(parse, "The premier attended last week's summit in Brussels.")
    assert event_date(doc, tok(doc, "attended")).value == "2021-W32"
