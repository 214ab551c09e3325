"""The events stage's coder seam: rules, the trained detector, or both (Config.event_coder)."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.config import Config
from newsgraph.model import Document
from newsgraph.pipeline import Pipeline
from newsgraph.plover.lexicon import noun_lexicon, verb_lexicon

TEXT = "The junta proscribed the opposition party on Friday."


def detector_or_skip():
    from newsgraph.plover.detector import TriggerDetector

    det = TriggerDetector.load()
    if not det.available:
        pytest.skip(f"trigger detector unavailable: {det.reason}")
    return det


def events(config: Config):
    (doc,) = Pipeline(config).pipe([Document.create(TEXT, published=date(2020, 3, 4), id="seam")])
    return doc, [(e.type, doc.text[e.trigger[0]:e.trigger[1]]) for e in doc.events]


def test_the_word_is_one_the_lexicon_lacks():
    assert "proscribe" not in verb_lexicon() and "proscribe" not in noun_lexicon()


def test_rules_alone_do_not_code_a_word_they_do_not_list():
    _, found = events(Config(event_coder="rules"))
    assert found == []


def test_both_codes_it_with_the_detectors_type_when_sure_enough():
    det = detector_or_skip()
    doc, found = events(Config(event_coder="both", detector_threshold=0.0))
    (i, typ, _), = [s for s in det.score(doc, [t.i for t in doc.tokens if t.text == "proscribed"])]
    assert (typ, "proscribed") in found
    _, none = events(Config(event_coder="both", detector_threshold=1.0))
    assert none == []


def test_an_unknown_coder_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="rules, model or both"):
        Config(event_coder="neural")
