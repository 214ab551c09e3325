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
# every TIMEX3 type scored strictly with evaluate/data/gum_news_timex3.tsv (issue 13): measured
# 0.946 over all types, DURATION 0.988, SET 1.0 (42 and 7 gold; the supplement was written for
# newsgraph and the rules were developed against it, so these are development figures)
GUM_NEWS_TIMEX3_VALUE_F1_FLOOR = 0.92
GUM_NEWS_TIMEX3_DURATION_FLOOR = 0.90
GUM_NEWS_TIMEX3_SET_FLOOR = 0.85
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


def test_gum_news_every_timex3_type(gum_metrics):
    m, details = gum_metrics
    assert m["gum_timex3_gold"] >= m["gum_gold"] + 60  # the supplement adds durations, sets, *_REF
    assert m["gum_timex3_value_f1"] >= GUM_NEWS_TIMEX3_VALUE_F1_FLOOR, details[:40]
    assert m["gum_timex3_duration_value_f1"] >= GUM_NEWS_TIMEX3_DURATION_FLOOR, details[:40]
    assert m["gum_timex3_set_value_f1"] >= GUM_NEWS_TIMEX3_SET_FLOOR, details[:40]
    for kind in ("date", "time", "duration", "set", "ref"):
        assert m[f"gum_timex3_{kind}_gold"] > 0 and 0.0 <= m[f"gum_timex3_{kind}_value_f1"] <= 1.0


def test_timex3_scoring_counts_each_type():
    from newsgraph.evaluate.time import TypedGold, score_typed
    from newsgraph.model import Timex

    gold = [TypedGold(0, 11, "three weeks", "DURATION", "P3W"), TypedGold(20, 25, "daily", "SET", "P1D"),
            TypedGold(30, 33, "now", "REF", "PRESENT_REF")]
    system = [Timex(0, 11, "three weeks", "DURATION", "P3W"), Timex(20, 25, "daily", "SET", "P1W"),
              Timex(40, 46, "Friday", "DATE", "2020-05-01")]
    errors: list[str] = []
    m = score_typed(gold, system, errors).metrics("")
    assert (m["duration_precision"], m["duration_recall"]) == (1.0, 1.0)
    assert (m["set_precision"], m["set_recall"]) == (0.0, 0.0)  # found, wrong value
    assert (m["ref_recall"], m["date_precision"]) == (0.0, 0.0)  # missed; extra
    assert m["value_f1"] == round(2 * (1 / 3) * (1 / 3) / (2 / 3), 4)
    assert sum(e.startswith(("missed", "value", "extra")) for e in errors) == 3


def test_timex3_supplement_rejects_bad_lines(tmp_path):
    from newsgraph.evaluate.time import read_supplement
    from newsgraph.lang.tables import TableError

    path = tmp_path / "s.tsv"
    path.write_text("# version: t\nGUM_news_x\t3\t2\tDURATION\tP3W\tadd\tabcdef12\n", encoding="utf-8")
    with pytest.raises(TableError, match="s.tsv:2"):
        read_supplement(path)
    path.write_text("# version: t\nGUM_news_x\t2\t3\tDATE\t2020\toverride\tabcdef12\n", encoding="utf-8")
    with pytest.raises(TableError, match="needs a note"):
        read_supplement(path)
    path.write_text("# version: t\nGUM_news_x\t2\t3\tDURATION\t2020\tadd\tabcdef12\n", encoding="utf-8")
    with pytest.raises(TableError, match="does not fit"):
        read_supplement(path)


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
