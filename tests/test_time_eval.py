"""Quality floors for the time eval: the seed must be exact, WikiWars must not regress.

The floors are pinned from a measured run; lower one only on purpose, in the
same commit as the change that lowers it, saying why.
"""

from __future__ import annotations

import pytest

from newsgraph.config import Config
from newsgraph.registry import eval_tasks

from conftest import SHARED, shared_path

# measured on the first 3 WikiWars documents (01_WW2, 02_WW1, 03_AmCivWar), narrative mode
WIKIWARS_3DOC_VALUE_F1_FLOOR = 0.85


@pytest.fixture(scope="module")
def report():
    shared_path("data", "timex", "wikiwars")
    shared_path("examples", "seed.gold.json")
    return eval_tasks.get("time")(SHARED, config=Config(), limit=3)


def test_seed_is_exact(report):
    m = report.metrics
    assert m["seed_value_f1"] == 1.0, [d for d in report.details if d.startswith("seed")]
    assert m["seed_jan_kubis_dated"] == 0


def test_wikiwars_floor(report):
    m = report.metrics
    assert m["gold"] > 400
    assert m["value_f1"] >= WIKIWARS_3DOC_VALUE_F1_FLOOR, report.details[:10]
    assert 0.0 <= m["precision"] <= 1.0 and 0.0 <= m["recall"] <= 1.0


# --- GUM news (Wikinews): real news timexes with normalised values ------------------------

# measured on all 24 GUM news documents (news mode, anchored at dateCreated): value F1
# 0.914 over calendar timexes, 0.853 strict (durations, sets and *_REF counted as errors)
GUM_NEWS_VALUE_F1_FLOOR = 0.90
GUM_NEWS_STRICT_VALUE_F1_FLOOR = 0.83
# the 19 GUM interviews, read as news (measured 0.819; partly looked at while fixing, so not held out)
GUM_INTERVIEW_VALUE_F1_FLOOR = 0.80


@pytest.fixture(scope="module")
def gum_metrics():
    from newsgraph.evaluate.time import gum

    shared_path("data", "gum", "xml")
    metrics, details = gum(SHARED, Config())
    return metrics, details


def test_gum_news_floor(gum_metrics):
    m, details = gum_metrics
    assert m["gum_gold"] >= 180  # every valued <date> of the 24 news documents
    assert m["gum_value_f1"] >= GUM_NEWS_VALUE_F1_FLOOR, details[:30]
    assert m["gum_strict_value_f1"] >= GUM_NEWS_STRICT_VALUE_F1_FLOOR, details[:30]
    assert m["gum_strict_precision"] <= m["gum_precision"]


def test_gum_interview_floor(gum_metrics):
    m, details = gum_metrics
    assert m["gum_interview_gold"] >= 80
    assert m["gum_interview_value_f1"] >= GUM_INTERVIEW_VALUE_F1_FLOOR, [d for d in details if "interview" in d][:30]


def test_gum_range_values():
    from datetime import date

    from newsgraph.evaluate.time import gum_range_value, gum_value

    assert gum_range_value(date(1960, 1, 1), date(1969, 12, 31)) == "196"
    assert gum_range_value(date(1900, 1, 1), date(1999, 12, 31)) == "19"
    assert gum_range_value(date(2022, 6, 1), date(2022, 8, 31)) == "2022-SU"
    assert gum_range_value(date(2017, 7, 10), date(2017, 7, 16)) == "2017-W28"
    assert gum_range_value(date(2016, 9, 3), date(2016, 9, 4)) == "2016-W35-WE"
    assert gum_range_value(date(2021, 3, 1), date(2021, 3, 31)) == "2021-03"
    assert gum_range_value(date(2006, 2, 19), date(2006, 2, 26)) is None  # not a calendar unit
    assert gum_value({"when": "2010-09-04T22:30:00"}) == ("2010-09-04T22:30", None)
    assert gum_value({"notBefore": "2001", "notAfter": "2001"}) == ("2001", None)
    assert gum_value({"notBefore": "1996", "notAfter": "2008"}) == (None, None)  # vague: neutral
    assert gum_value({"from": "2006-02-19", "to": "2006-02-26"}) == (None, ("2006-02-19", "2006-02-26"))


def test_read_gum_rebuilds_text_and_spans(tmp_path):
    from newsgraph.evaluate.time import read_gum

    # a made-up TT-SGML document in GUM's layout (token, tags, lemma per line)
    sgml = "\n".join([
        '<text id="x" dateCreated="2020-05-04" title="t">',
        "<head>", "<s>", "Talks\tNNS\ttalk", "end\tVVP\tend", "</s>", "</head>",
        "<p>", "<s>",
        '<date when="2020-05-01">', "Friday\tNP\tFriday", "</date>",
        ",\t,\t,", "the\tDT\tthe",
        "<w>", "two\tCD\ttwo", "-\tHYPH\t-", "day\tNN\tday", "</w>",
        "talks\tNNS\ttalk", "ended\tVVD\tend",
        '<date notBefore="2019" notAfter="2020">', "recently\tRB\trecently", "</date>",
        ".\tSENT\t.", "</s>", "</p>", "</text>",
    ])
    path = tmp_path / "GUM_news_x.xml"
    path.write_text(sgml, encoding="utf-8")
    doc = read_gum(path)
    assert doc.text == "Talks end\n\nFriday, the two-day talks ended recently."
    assert str(doc.published) == "2020-05-04"
    assert [(d.text, d.value) for d in doc.dates] == [("Friday", "2020-05-01")]
    assert [doc.text[a:b] for a, b in doc.neutral] == ["recently"]
