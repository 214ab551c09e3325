"""Floors for the places eval on ../shared/data/geo (LGL and TR-News), so a
regression fails CI. Floors are the measured numbers rounded down; the full
report is ``newsgraph eval places`` (see src/newsgraph/evaluate/places.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_path
from newsgraph.config import Config

pytestmark = pytest.mark.shared


def _shared() -> Path:
    return Path(shared_path("data", "geo")).parents[1]


def test_resolution_floors_with_gold_spans_on_the_whole_sets():
    """Disambiguation alone (gold spans), default 15,000 gazetteer plus the town index.
    Measured: LGL 0.8597 within 161 km / 0.7225 exact id; TR-News 0.9153 / 0.8604."""
    from newsgraph.evaluate.places import run

    m = run(_shared(), config=Config(min_population=15000), end_to_end=False, with_p500=False).metrics
    assert m["lgl_gold_spans_n"] > 4000 and m["trnews_gold_spans_n"] > 1200
    assert m["lgl_gold_spans_acc161"] >= 0.85
    assert m["lgl_gold_spans_exact_id"] >= 0.72
    assert m["trnews_gold_spans_acc161"] >= 0.91
    assert m["trnews_gold_spans_exact_id"] >= 0.86


def test_end_to_end_floors_on_the_first_articles():
    """Recognition and resolution by the nlp, actors and places stages on the first 30
    articles of each set (about 20 s). Measured: LGL 0.8895 within 161 km, recall 0.8515,
    precision 0.8507; TR-News 0.9653, recall 0.9290, precision 0.8727. On the whole sets:
    LGL 0.8648 within 161 km, recall 0.8653; TR-News 0.9237, recall 0.9043."""
    from newsgraph.evaluate.places import run

    m = run(_shared(), config=Config(min_population=15000), limit=30, with_p500=False).metrics
    assert m["lgl_end_to_end_acc161"] >= 0.88
    assert m["lgl_toponym_recall"] >= 0.85
    assert m["lgl_toponym_precision"] >= 0.84
    assert m["trnews_end_to_end_acc161"] >= 0.96
    assert m["trnews_toponym_recall"] >= 0.92
    assert m["trnews_toponym_precision"] >= 0.86
