"""time stage: timexes found in parsed text and resolved against the publication date.

Texts are written for these tests; the seed is read from ../shared.
"""

from __future__ import annotations

import json

import pytest

from newsgraph.registry import stages
from newsgraph.stages.time import TimeStage
from newsgraph.timex.anchored import implied_date

from conftest import shared_path


def times(parse, text, published="2021-08-19"):
    doc = parse(text, published=published)
    return TimeStage()(doc).timexes


def value_of(parse, text, phrase, published="2021-08-19"):
    found = times(parse, text, published)
    hits = [t for t in found if phrase in t.text or t.text in phrase]
    assert hits, f"{phrase!r} not found in {[(t.text, t.value) for t in found]}"
    return hits[0]


def values(parse, text, published="2021-08-19"):
    return {t.text: t.value for t in times(parse, text, published)}


# --- the seed ------------------------------------------------------------------------


def test_seed_expressions_exactly_as_gold(pipeline, seed_document):
    gold = json.loads(shared_path("examples", "seed.gold.json").read_text(encoding="utf-8"))
    doc = pipeline(seed_document)
    got = {t.text: t.value for t in doc.timexes}
    for g in gold["times"]:
        assert got.get(g["text"]) == g["value"], f"{g['text']}: {got.get(g['text'])} != {g['value']} ({got})"
    # Jan in "Jan Kubis" is a name, not January
    jan = doc.text.index("Jan Kubis")
    assert not any(t.start <= jan < t.end for t in doc.timexes)
    # ids in text order
    assert [t.id for t in doc.timexes] == [f"t{i}" for i in range(1, len(doc.timexes) + 1)]
    assert [t.start for t in doc.timexes] == sorted(t.start for t in doc.timexes)


def test_stage_is_registered():
    assert stages.get("time") is TimeStage
    assert TimeStage.sets == ("timexes",)


# --- absolute --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase, value, interval, precision",
    [
        ("The uprising began in 2011.", "2011", "2011", ("2011-01-01", "2011-12-31"), "year"),
        ("Hifter attacked in April 2019.", "April 2019", "2019-04", ("2019-04-01", "2019-04-30"), "month"),
        ("The deal was signed on 19 August 2021.", "19 August 2021", "2021-08-19", ("2021-08-19", "2021-08-19"), "day"),
        ("The deal was signed on August 19, 2021.", "August 19, 2021", "2021-08-19", None, "day"),
        ("The report is dated 2021-08-19.", "2021-08-19", "2021-08-19", None, "day"),
        ("Violence was common in the 1990s.", "the 1990s", "199", ("1990-01-01", "1999-12-31"), "decade"),
        ("Prices fell in the 19th century.", "19th century", "18", ("1800-01-01", "1899-12-31"), "unknown"),
        ("Growth slowed in the second quarter of 2020.", "second quarter of 2020", "2020-Q2",
         ("2020-04-01", "2020-06-30"), "quarter"),
        ("Rome fell in 476 AD, Carthage in 146 BC.", "146 BC", "BC0146", None, "year"),
    ],
)
def test_absolute(parse, text, phrase, value, interval, precision):
    t = value_of(parse, text, phrase)
    assert t.value == value
    assert t.type == "DATE"
    assert t.precision == precision
    assert t.anchor == "none"
    if interval:
        assert t.interval == interval


def test_month_day_without_year_takes_the_publication_year(parse):
    t = value_of(parse, "The two ministers met on Aug. 19 in Moscow.", "Aug. 19")
    assert t.value == "2021-08-19" and t.anchor == "publication"


def test_mid_and_early_keep_value_and_narrow_interval(parse):
    mid = value_of(parse, "Talks stalled in mid-2020.", "mid-2020")
    assert mid.value == "2020" and mid.mod == "MID"
    assert "2020-01-01" < mid.interval[0] and mid.interval[1] < "2020-12-31"
    early = value_of(parse, "Fighting resumed in early March.", "early March")
    assert early.value == "2021-03" and early.mod == "START"
    assert early.interval == ("2021-03-01", "2021-03-10")


# --- relative to publication -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The minister spoke yesterday.", "yesterday", "2021-08-18"),
        ("The minister will speak tomorrow.", "tomorrow", "2021-08-20"),
        ("Prices rose last month.", "last month", "2021-07"),
        ("Elections are due next year.", "next year", "2022"),
        ("Inflation rose last week.", "last week", "2021-W32"),
        ("Last winter, the UN counted the fighters.", "Last winter", "2020-WI"),
        ("The talks started two weeks ago.", "two weeks ago", "2021-W31"),
        ("The talks started three years ago.", "three years ago", "2018"),
        ("Earlier this year, the army withdrew.", "Earlier this year", "2021"),
        ("The envoy arrived last Monday.", "last Monday", "2021-08-16"),
        ("The envoy will arrive next Monday.", "next Monday", "2021-08-23"),
        ("The summit was held last December.", "last December", "2020-12"),
    ],
)
def test_relative_to_publication(parse, text, phrase, value):
    t = value_of(parse, text, phrase)
    assert t.value == value
    assert t.anchor == "publication"


def test_weekday_by_tense(parse):
    # published on a Thursday
    assert value_of(parse, "Lavrov met Mangoush on Thursday.", "Thursday").value == "2021-08-19"
    assert value_of(parse, "Lavrov met Mangoush on Tuesday.", "Tuesday").value == "2021-08-17"
    assert value_of(parse, "Lavrov will meet Mangoush on Saturday.", "Saturday").value == "2021-08-21"
    assert value_of(parse, "Lavrov will meet Mangoush on Monday.", "Monday").value == "2021-08-23"


def test_bare_month_by_tense(parse):
    past = value_of(parse, "Fighting broke out in December.", "December")
    future = value_of(parse, "General elections take place in December.", "December")
    will = value_of(parse, "The vote will be held in March.", "March")
    assert past.value == "2020-12"
    assert future.value == "2021-12"
    assert will.value == "2022-03"


def test_season_by_tense(parse):
    assert value_of(parse, "The offensive began in the spring.", "spring").value == "2021-SP"
    assert value_of(parse, "The offensive will begin in the spring.", "spring").value == "2022-SP"


def test_following_day_is_relative_to_the_last_date(parse):
    found = values(parse, "The army attacked on 3 March 2019. The following day, the rebels withdrew.")
    assert found["3 March 2019"] == "2019-03-03"
    assert found["The following day"] == "2019-03-04"
    # TIMEX3: "Three days" is the duration, "later" its signal; the date it leads to is asked for
    doc = parse("The army attacked on 3 March 2019. Three days later, the rebels withdrew.", published="2021-08-19")
    doc = TimeStage()(doc)
    t = next(x for x in doc.timexes if x.text == "Three days")
    assert (t.type, t.value, t.anchor) == ("DURATION", "P3D", "previous")
    assert implied_date(doc, t).value == "2019-03-06"


def test_that_year(parse):
    found = values(parse, "The war began in 1939. Later that year, Poland fell.")
    assert found["Later that year"] == "1939" or found.get("that year") == "1939"


# --- year boundaries and leap years ---------------------------------------------------------


def test_year_boundary_last_month_in_january(parse):
    t = value_of(parse, "Prices rose last month, the ministry said.", "last month", published="2022-01-02")
    assert t.value == "2021-12"
    assert t.interval == ("2021-12-01", "2021-12-31")


def test_year_boundary_other_kinds(parse):
    pub = "2022-01-02"
    assert value_of(parse, "The ministry reported it yesterday.", "yesterday", pub).value == "2022-01-01"
    # 2 January 2022 is a Sunday in ISO week 2021-W52; from Wednesday 5 January, last week is W52
    assert value_of(parse, "The strike happened last week.", "last week", pub).value == "2021-W51"
    assert value_of(parse, "The strike happened last week.", "last week", "2022-01-05").value == "2021-W52"
    assert value_of(parse, "Rebels attacked in December.", "December", pub).value == "2021-12"
    assert value_of(parse, "Rebels attacked on Dec. 28.", "Dec. 28", pub).value == "2021-12-28"
    assert value_of(parse, "Elections will take place in November.", "November", pub).value == "2022-11"
    assert value_of(parse, "Last winter was cold.", "Last winter", pub).value == "2020-WI"


def test_leap_years(parse):
    # 2024 is a leap year: the day before 1 March is 29 February
    assert value_of(parse, "The talks collapsed yesterday.", "yesterday", "2024-03-01").value == "2024-02-29"
    t = value_of(parse, "Exports fell last month.", "last month", "2024-03-10")
    assert t.interval == ("2024-02-01", "2024-02-29")
    t = value_of(parse, "Exports fell last month.", "last month", "2023-03-10")
    assert t.interval == ("2023-02-01", "2023-02-28")
    # 29 February without a year goes to the nearest leap year, never an impossible date
    t = value_of(parse, "The treaty was signed on Feb. 29.", "Feb. 29", "2021-08-19")
    assert t.value == "2020-02-29"
    # an impossible day keeps only what is certain
    assert value_of(parse, "The treaty was signed on 29 February 2019.", "2019", "2021-08-19").value == "2019-02"


# --- durations and sets ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The war lasted for three years.", "three years", "P3Y"),
        ("They talked for 46 days.", "46 days", "P46D"),
        ("The siege lasted several months.", "several months", "PXM"),
        ("He was held for 24 hours.", "24 hours", "PT24H"),
        ("A decade of war ended.", "A decade", "P1DE"),
    ],
)
def test_durations(parse, text, phrase, value):
    t = value_of(parse, text, phrase)
    assert t.type == "DURATION" and t.value == value
    assert t.interval is None


@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("Protesters gather every Friday.", "every Friday", "XXXX-WXX-5"),
        ("The council meets weekly.", "weekly", "P1W"),
        ("Patrols go out every day.", "every day", "P1D"),
    ],
)
def test_sets(parse, text, phrase, value):
    t = value_of(parse, text, phrase)
    assert t.type == "SET" and t.value == value
    assert t.interval is None


# --- traps -------------------------------------------------------------------------------


def test_person_names_are_not_dates(parse):
    found = times(parse, "April Ryan asked Jan Kubis about the plan on Thursday.")
    assert [t.text for t in found] == ["Thursday"]
    found = times(parse, "June Carter and May Smith sang.")
    assert found == []


def test_may_the_modal_is_not_a_date(parse):
    found = times(parse, "The talks may resume soon. May I ask a question?")
    assert found == []
    found = times(parse, "The talks may resume in May.")
    assert [t.text for t in found] == ["May"]
    assert found[0].value == "2022-05"


def test_ages_are_not_durations(parse):
    assert times(parse, "The man, aged 78, died in hospital.") == []
    assert times(parse, "A 78-year-old man was killed.") == []
    assert times(parse, "The victim was 78 years old.") == []


def test_counts_are_not_years(parse):
    assert times(parse, "About 2,000 fighters left the city.") == []
    assert times(parse, "Some 2000 fighters left the city.") == []
    assert times(parse, "The army sent 1500 troops.") == []
    assert [t.value for t in times(parse, "The city fell in 2014.")] == ["2014"]


def test_march_the_noun_is_not_a_date(parse):
    assert times(parse, "The march on Tripoli failed.") == []


def test_header_dates_are_skipped(parse):
    text = "TRIPOLI, Aug 19 (Reuters) - Fighting resumed in the capital on Wednesday."
    found = times(parse, text)
    assert [t.text for t in found] == ["Wednesday"]
    assert found[0].value == "2021-08-18"
    found = times(parse, "Published: 19 August 2021\n\nRebels withdrew in July.")
    assert [t.text for t in found] == ["July"]


def test_arab_spring_is_not_a_season(parse):
    assert not any(t.text.lower().endswith("spring") for t in times(parse, "The Arab Spring reached Libya in 2011."))


def test_no_publication_date_still_resolves_absolutes(parse):
    doc = parse("The uprising began in 2011. Last month the UN met.", published=None)
    found = {t.text: t for t in TimeStage()(doc).timexes}
    assert found["2011"].value == "2011"


def test_fixed_holidays(parse):
    found = values(parse, "The ceasefire held over Christmas. A truce began on New Year's Day.", published="2022-01-10")
    assert found["Christmas"] == "2021-12-25"
    assert found["New Year's Day"] == "2022-01-01"


def test_table_numbers_are_not_times(parse):
    found = times(parse, "Stocks were 25,873,904 bushels vs 25,873,904 last week. Linseed Feb 32.9, Mar 6.8.",
                  published="1987-02-26")
    assert [(t.text, t.type, t.value) for t in found] == [("last week", "DATE", "1987-W08")]


def test_kinds_of_day_and_age_limits_are_not_times(parse):
    assert times(parse, "The Sunday trade ban also hurt sales.", published="2020-06-21") == []
    assert times(parse, "Justices over the age of 70 years would retire.") == []


def test_present_tense_month_is_the_nearest_one(parse):
    t = value_of(parse, "According to the newspaper in March, the chain is too big to sell.", "March",
                 published="2020-06-21")
    assert t.value == "2020-03"
    # a present that schedules looks ahead
    assert value_of(parse, "The contract expires in March.", "March", published="2020-06-21").value == "2021-03"


def test_a_date_line_at_the_top_is_a_header(parse):
    found = times(parse, "Tuesday, September 24, 2019\n\nYesterday the court ruled.", published="2019-09-24")
    assert [(t.text, t.value) for t in found] == [("Yesterday", "2019-09-23")]


def test_military_clock_is_not_a_year(parse):
    found = values(parse, "The fire started at about 19:00 local time (1700 UTC).", published="2019-04-16")
    assert "1700" not in found


def test_until_a_day_can_lie_ahead(parse):
    t = value_of(parse, "Johnson suspended Parliament until October 14.", "October 14", published="2019-09-24")
    assert t.value == "2019-10-14"
    t = value_of(parse, "Johnson suspended Parliament on October 14.", "October 14", published="2019-09-24")
    assert t.value == "2018-10-14"


def test_a_clock_time_falls_on_the_story_s_day_past_a_caption_s_year(parse):
    text = ("The mayoral election in Lisbon was held on Sunday. Rui Costa of the Socialists; from file, 2012. "
            "Counting began after the polls closed at 20:00.")
    assert value_of(parse, text, "20:00", published="2021-09-29").value == "2021-09-26T20:00"
