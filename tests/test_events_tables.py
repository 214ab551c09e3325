"""The PLOVER tables: ontology, CAMEO mapping (save/load), intensity, lexicon."""

from __future__ import annotations

import pytest

from newsgraph.plover.cameo import DEFAULT_TABLE, CameoTable, read_upstream_table, upstream_plover_type
from newsgraph.plover.lexicon import noun_lexicon, verb_lexicon
from newsgraph.plover.ontology import MODES, QUAD, TYPES, OntologyError, check, intensity

from conftest import shared_path


def test_sixteen_types_with_quads_and_scores():
    assert len(TYPES) == 16 and set(TYPES) == set(QUAD) == set(MODES)
    assert intensity("ASSAULT") < intensity("COERCE") < intensity("CONSULT") < intensity("AID")
    assert intensity("CONSULT", "visit") == 4.0 and intensity("CONSULT", "nonexistent") == 2.5
    with pytest.raises(OntologyError, match="16 types"):
        check("FIGHT")
    with pytest.raises(OntologyError, match="allowed"):
        check("ASSAULT", "demo")


def test_cameo_roots_both_ways():
    t = DEFAULT_TABLE
    assert t.cameo_root("ASSAULT", "aerial") == "19"
    assert t.cameo_root("ASSAULT", "abduct") == "18"
    assert t.cameo_root("ACCUSE", "investigate") == "09"
    assert t.plover_type("042") == "CONSULT"
    assert t.plover_type("0874") == "RETREAT" and t.plover_type("0811") == "CONCEDE"
    assert t.plover_type("163") == "COERCE"
    assert t.plover_type("010") is None and t.plover_type("02") is None
    with pytest.raises(ValueError, match="CAMEO code"):
        t.plover_type("x1")


def test_table_round_trip(tmp_path):
    path = tmp_path / "cameo.json"
    DEFAULT_TABLE.to_disk(path)
    back = CameoTable.from_disk(path)
    assert back == DEFAULT_TABLE and back.version == DEFAULT_TABLE.version


def test_our_root_table_agrees_with_upstream():
    upstream = read_upstream_table(shared_path("data", "plover", "CAMEO2PLOVER-2021.txt"))
    disagreements = [c for c in upstream if len(c) == 3 and upstream_plover_type(upstream, c) != DEFAULT_TABLE.plover_type(c)]
    # 1712 (destroy property) is 4-digit; every 3-digit code must agree
    assert disagreements == []


def test_lexicon_loads_and_covers_every_type():
    types = {e.type for es in verb_lexicon().values() for e in es} | {e.type for es in noun_lexicon().values() for e in es}
    assert types == set(TYPES)
