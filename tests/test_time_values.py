"""The timex library without the parser: calendar values, resolution rules, the eval scorer."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.model import Document, NewsDoc, Timex
from newsgraph.timex.annotate import TimexOptions, find_timexes
from newsgraph.timex.values import Point, season_of, shift, shift_day


def bare(text, published=date(2021, 8, 19), mode="news", **options):
    """find_timexes on a document without a parse (no tense, no entities)."""
    doc = NewsDoc(Document.create(text, published=published))
    return {t.text: t for t in find_timexes(doc, TimexOptions(mode=mode, **options))}


# --- values ---------------------------------------------------------------------------


def test_point_values_and_intervals():
    assert Point("season", 2020, season="WI").interval() == ("2020-12-01", "2021-02-28")
    assert Point("season", 2023, season="WI").interval() == ("2023-12-01", "2024-02-29")  # leap February
    assert Point("week", 2021, week=33).value == "2021-W33"
    assert Point("week", 2021, week=33).interval() == ("2021-08-16", "2021-08-22")
    assert Point("year", -480).value == "BC0480"
    assert Point("year", -480).interval() is None
    assert Point("decade", 1990).value == "199"
    assert Point("century", 1900).value == "19"
    assert Point("half", 2008, half=2).value == "2008-H2"
    assert Point("month", 2020, 2).interval("END") == ("2020-02-21", "2020-02-29")


def test_calendar_arithmetic_across_years_and_leap_days():
    assert shift(Point("month", 2022, 1), -1) == Point("month", 2021, 12)
    assert shift(Point("season", 2021, season="SP"), -1) == Point("season", 2020, season="WI")
    assert shift(Point("quarter", 2021, quarter=1), -1) == Point("quarter", 2020, quarter=4)
    assert shift(Point("day", 2024, 2, 28), 1) == Point("day", 2024, 2, 29)
    assert shift(Point("day", 2023, 2, 28), 1) == Point("day", 2023, 3, 1)
    assert shift_day(date(2024, 2, 29), years=-1) == date(2023, 2, 28)
    assert season_of(date(2021, 1, 15)) == (2020, "WI")
    assert season_of(date(2021, 12, 15)) == (2021, "WI")


# --- rules without a parse ---------------------------------------------------------------


def test_news_mode_reads_against_publication():
    found = bare("Last month the UN met. Last winter it was cold. The 1990s were violent.")
    assert found["Last month"].value == "2021-07"
    assert found["Last winter"].value == "2020-WI"
    assert found["The 1990s"].value == "199"


def test_narrative_mode_reads_against_the_story():
    found = bare("The war began on 1 September 1939. In April, Germany attacked. The next day, it rained.",
                 published=date(2009, 12, 19), mode="narrative")
    assert found["April"].value == "1939-04"
    assert found["The next day"].value == "1939-04-XX"  # only the month is known


def test_narrative_days_follow_the_last_date():
    text = "On 3 May 1940 the army moved. Two days later it attacked. The following week, it rested."
    # TIMEX2 (WikiWars) writes the date "Two days later" leads to
    found = bare(text, published=date(2009, 12, 19), mode="narrative", anchored_durations=False)
    assert found["Two days later"].value == "1940-05-05"
    assert found["The following week"].value == "1940-W19"
    # TIMEX3 writes the duration; the story's time still moves with it
    found = bare(text, published=date(2009, 12, 19), mode="narrative")
    assert found["Two days"].value == "P2D"
    assert found["The following week"].value == "1940-W19"


def test_day_ranges_share_their_month():
    found = bare("The battle raged on 6-7 January 1916 and again on May 4 and 5.", published=date(1916, 8, 1))
    assert found["6"].value == "1916-01-06"
    assert found["7 January 1916"].value == "1916-01-07"
    assert found["5"].value == "1916-05-05"


def test_options_are_checked():
    with pytest.raises(ValueError, match="narrative"):
        TimexOptions(mode="story")


def test_no_publication_date_no_anchor():
    found = bare("Last month the UN met in 2019.", published=None)
    assert found["2019"].value == "2019"


# --- the eval scorer -------------------------------------------------------------------------


def test_read_tml_and_score(tmp_path):
    from newsgraph.evaluate.time import read_tml, score

    tml = tmp_path / "x.tml"
    tml.write_text(
        '<?xml version="1.0" ?><TimeML><DOCID>x</DOCID>'
        '<DCT><TIMEX3 tid="t0" type="DATE" value="2009-12-19">2009-12-19</TIMEX3></DCT>\n'
        '<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1939-09-01">September 1, 1939</TIMEX3>, war &amp; '
        'fear began. In <TIMEX3 tid="t2" type="DATE" value="1940-04">April</TIMEX3> it spread.</TEXT></TimeML>',
        encoding="utf-8",
    )
    text, dct, gold = read_tml(tml)
    assert dct == date(2009, 12, 19)
    assert text[gold[0].start:gold[0].end] == "September 1, 1939"
    assert "war & fear" in text
    assert [g.value for g in gold] == ["1939-09-01", "1940-04"]
    system = [
        Timex(gold[0].start, gold[0].end, "September 1, 1939", "DATE", "1939-09-01"),
        Timex(gold[1].start, gold[1].end, "April", "DATE", "1939-04"),
        Timex(0, 2, "On", "DATE", "PRESENT_REF"),
    ]
    s = score(gold, system)
    assert (s.gold, s.system, s.matched, s.value_ok) == (2, 3, 2, 1)


def test_era_ranges_and_bc_seasons():
    found = bare("The Ionian Revolt (499-493 BC) failed. A congress met in late autumn of 481 BC.",
                 published=date(2009, 12, 19), mode="narrative")
    assert found["499"].value == "BC0499"
    assert found["493 BC"].value == "BC0493"
    assert found["late autumn of 481 BC"].value == "BC0481-FA"
    assert bare("Rome grew (70-79 AD).")["70"].value == "0070"
