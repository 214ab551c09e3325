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
    Measured: LGL 0.8633 within 161 km / 0.7232 exact id; TR-News 0.9161 / 0.8604."""
    from newsgraph.evaluate.places import run

    m = run(_shared(), config=Config(min_population=15000), end_to_end=False, with_p500=False).metrics
    assert m["lgl_gold_spans_n"] > 4000 and m["trnews_gold_spans_n"] > 1200
    assert m["lgl_gold_spans_acc161"] >= 0.86
    assert m["lgl_gold_spans_exact_id"] >= 0.72
    assert m["trnews_gold_spans_acc161"] >= 0.91
    assert m["trnews_gold_spans_exact_id"] >= 0.86


def test_end_to_end_floors_on_the_first_articles():
    """Recognition and resolution by the nlp, actors and places stages on the first 30
    articles of each set (about 20 s). Measured: LGL 0.9235 within 161 km, recall 0.8416,
    precision 0.8648; TR-News 0.9652, recall 0.9258, precision 0.8913. On the whole sets:
    LGL 0.872 within 161 km, recall 0.857, precision 0.849; TR-News 0.926, recall 0.898,
    precision 0.906."""
    from newsgraph.evaluate.places import run

    m = run(_shared(), config=Config(min_population=15000), limit=30, with_p500=False).metrics
    assert m["lgl_end_to_end_acc161"] >= 0.92
    assert m["lgl_toponym_recall"] >= 0.84
    assert m["lgl_toponym_precision"] >= 0.86
    assert m["trnews_end_to_end_acc161"] >= 0.96
    assert m["trnews_toponym_recall"] >= 0.92
    assert m["trnews_toponym_precision"] >= 0.89
