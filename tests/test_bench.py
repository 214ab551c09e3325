"""The benchmark reports what later issues read (no timing is asserted)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_bench_json_has_the_agreed_keys():
    res = CliRunner().invoke(app, ["bench", "--docs", "3", "--file", str(SAMPLES), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout.strip().splitlines()[-1])
    for key in ("articles_per_s", "baseline_articles_per_s", "ratio", "peak_rss_mb", "stages"):
        assert key in data
    assert data["docs"] == 3
    assert set(data["stages"]) == {"nlp", "time", "actors", "places", "quotes", "events", "claims"}
    assert abs(sum(data["stages"].values()) - 1) < 0.01
