"""time stage, TIMEX3 kinds: anchored durations, bare units, sets, fiscal years, plausibility.

Every sentence here is written for these tests. Publication date 2021-08-19 (a Thursday)
unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.model import EventDate
from newsgraph.stages.time import TimeStage
from newsgraph.timex.anchored import anchoring, implied_date


def annotated(parse, text, published="2021-08-19"):
    return TimeStage()(parse(text, published=published))


def found(parse, text, published="2021-08-19"):
    return {t.text: t for t in annotated(parse, text, published).timexes}


def typed(parse, text, published="2021-08-19"):
    return {t.text: (t.type, t.value) for t in annotated(parse, text, published).timexes}


# --- anchored durations ------------------------------------------------------------------


def test_a_duration_before_later_is_the_duration_with_its_anchor(parse):
    doc = annotated(parse, "The ceasefire was signed on 3 March 2019. A month later, fighting resumed.")
    t = next(x for x in doc.timexes if x.type == "DURATION")
    assert (t.text, t.value) == ("A month", "P1M")
    a = anchoring(doc, t)
    assert (a.signal, a.direction, a.anchor) == ("later", 1, "timex")
    assert next(x for x in doc.timexes if x.id == a.anchor_timex).text == "3 March 2019"
    assert implied_date(doc, t).value == "2019-04"
    assert implied_date(doc, t).interval == ("2019-04-01", "2019-04-30")


def test_earlier_counts_back(parse):
    doc = annotated(parse, "Talks collapsed on 10 June 2020. A week earlier, both sides had agreed a truce.")
    t = next(x for x in doc.timexes if x.type == "DURATION")
    assert t.value == "P1W"
    assert anchoring(doc, t).direction == -1
    assert implied_date(doc, t).value == "2020-W23"


def test_from_now_is_anchored_on_publication(parse):
    doc = annotated(parse, "The minister said the plant will close eight years from now.")
    t = next(x for x in doc.timexes if x.type == "DURATION")
    assert (t.text, t.value) == ("eight years", "P8Y")
    assert anchoring(doc, t).anchor == "publication"
    assert implied_date(doc, t).value == "2029"


def test_after_an_event_needs_the_event_date(parse):
    doc = annotated(parse, "Two years after his arrest, the journalist was released.")
    t = next(x for x in doc.timexes if x.type == "DURATION")
    assert t.value == "P2Y"
    a = anchoring(doc, t)
    assert (a.signal, a.anchor) == ("after", "event")
    assert doc.text[a.anchor_span[0]:a.anchor_span[1]] == "his arrest"
    assert implied_date(doc, t) is None  # the event's date is the events stage's to give
    arrest = EventDate(value="2018-05-02", interval=("2018-05-02", "2018-05-02"), precision="day")
    assert implied_date(doc, t, anchor_date=arrest).value == "2020"


def test_before_a_named_day_anchors_on_it(parse):
    doc = annotated(parse, "Police searched the house over a week before Christmas 2020.")
    t = next(x for x in doc.timexes if x.type == "DURATION")
    assert t.value == "P1W"
    a = anchoring(doc, t)
    assert a.anchor == "timex" and doc.text[a.anchor_span[0]:a.anchor_span[1]] == "Christmas 2020"
    assert implied_date(doc, t).value == "2020-W51"


def test_ago_is_still_the_date_it_names(parse):
    got = typed(parse, "The firm was founded three years ago. The post went up 24 hours ago. "
                       "The browser shipped nearly a decade ago.")
    assert got["three years ago"] == ("DATE", "2018")
    assert got["24 hours ago"] == ("DATE", "2021-08-18")
    assert got["nearly a decade ago"] == ("DATE", "2011")


def test_anchored_duration_still_moves_the_story(parse):
    got = typed(parse, "Rebels took the town on 3 March 2019. Two days later, on Tuesday, the army returned.")
    assert got["Two days"] == ("DURATION", "P2D")
    assert got["Tuesday"] == ("DATE", "2019-03-05")


# --- durations without a number ---------------------------------------------------------


@pytest.mark.parametrize("text, phrase, value", [
    ("Negotiations like these can take weeks.", "weeks", "PXW"),
    ("The alarm sounded minutes before the blast.", "minutes", "PTXM"),
    ("Prices have risen sharply in recent weeks.", "recent weeks", "PXW"),
    ("Families waited for months and even years for a decision.", "years", "PXY"),
    ("The queue was hours long.", "hours", "PTXH"),
    ("The board must reply within twenty working days.", "twenty working days", "P20D"),
    ("The vote took nearly half an hour.", "half an hour", "PT30M"),
    ("The trip lasted an hour and a half.", "an hour and a half", "PT90M"),
])
def test_bare_and_odd_durations(parse, text, phrase, value):
    got = typed(parse, text)
    hit = [v for k, v in got.items() if phrase in k]
    assert hit == [("DURATION", value)], got


def test_bare_unit_without_a_cue_is_no_timex(parse):
    assert "years" not in typed(parse, "Those years were the hardest of the war.")


def test_elided_unit_in_a_range(parse):
    got = typed(parse, "Repairs will take between 12 and 18 months.")
    assert got == {"12": ("DURATION", "P12M"), "18 months": ("DURATION", "P18M")}


@pytest.mark.parametrize("text, phrase, value", [
    ("The runner finished in 2:03:59 on Sunday.", "2:03:59", "PT2H3M59S"),
    ("It is a 1:45 hours drive from the capital.", "1:45 hours", "PT1H45M"),
])
def test_clock_format_durations(parse, text, phrase, value):
    assert typed(parse, text)[phrase] == ("DURATION", value)


@pytest.mark.parametrize("text, phrase, type_, value", [
    ("Exports grew over the past two decades.", "the past two decades", "DURATION", "P2DE"),
    ("Exports grew over the last decade.", "the last decade", "DURATION", "P1DE"),
    ("The region has been unstable for decades.", "decades", "DURATION", "PXDE"),
    ("The party was founded in the 1990s.", "the 1990s", "DATE", "199"),
])
def test_decades_over_a_period_are_durations(parse, text, phrase, type_, value):
    assert typed(parse, text)[phrase] == (type_, value)


# --- sets --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, phrase, value", [
    ("Protesters gather every morning outside the court.", "every morning", "XXXX-XX-XXTMO"),
    ("The league changes its rules each season.", "each season", "P1Y"),
    ("The report is published annually.", "annually", "P1Y"),
    ("The market opens on Sundays.", "Sundays", "XXXX-WXX-7"),
    ("Traffic is heavy at weekends.", "weekends", "XXXX-WXX-WE"),
    ("Floods return every spring.", "every spring", "XXXX-SP"),
    ("The council meets every Monday morning.", "every Monday morning", "XXXX-WXX-1TMO"),
])
def test_sets(parse, text, phrase, value):
    assert typed(parse, text)[phrase] == ("SET", value)


def test_everyday_is_no_set(parse):
    assert not any(t.type == "SET" for t in annotated(parse, "Cameras record their every day lives.").timexes)


# --- fiscal years and year ends ---------------------------------------------------------


@pytest.mark.parametrize("text, phrase, value, mod", [
    ("Revenue will rise this fiscal year.", "this fiscal year", "2021", None),
    ("Revenue fell in fiscal 2019.", "fiscal 2019", "2019", None),
    ("The FY2022 budget was approved.", "FY2022", "2022", None),
    ("The ministry hopes to clear the backlog by year end.", "year end", "2021", "END"),
    ("The rules take effect at the end of year.", "the end of year", "2021", "END"),
])
def test_fiscal_years_and_year_ends(parse, text, phrase, value, mod):
    t = found(parse, text)[phrase]
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


# --- plausibility ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The lawsuit cites Section 1201 of the copyright act.",
    "Iran breached Resolution 2231 according to the envoys.",
    "Flight 1549 landed safely.",
])
def test_numbers_that_are_labels_are_no_years(parse, text):
    assert not annotated(parse, text).timexes


def test_a_year_after_a_preposition_is_still_a_year(parse):
    assert typed(parse, "The castle was built in 1201.")["1201"] == ("DATE", "1201")


# --- tense and prepositions of bare months and weekdays ----------------------------------


@pytest.mark.parametrize("text, phrase, value", [
    ("The exhibition runs through June.", "June", "2022-06"),
    ("The festival continues until June.", "June", "2022-06"),
    ("Sales have grown since June.", "June", "2021-06"),
    ("The ban was extended until March.", "March", "2022-03"),
    ("The final was postponed until Saturday.", "Saturday", "2021-08-21"),
    ("The rebels attacked on Saturday.", "Saturday", "2021-08-14"),
])
def test_bare_months_and_weekdays_by_tense_and_preposition(parse, text, phrase, value):
    assert found(parse, text)[phrase].value == value


def test_a_clock_time_and_its_weekday_are_one_time(parse):
    t = found(parse, "The vote was postponed until 15:00 GMT Saturday.")["15:00 GMT Saturday"]
    assert (t.type, t.value) == ("TIME", "2021-08-21T15:00")
    assert (t.interval, t.precision) == (("2021-08-21", "2021-08-21"), "day")


def test_a_part_of_day_keeps_its_value_but_dates_by_its_day(parse):
    t = found(parse, "Gunmen stormed the hotel on Saturday morning.", published="2020-01-13")["Saturday morning"]
    assert (t.type, t.value) == ("TIME", "2020-01-11TMO")
    assert (t.interval, t.precision) == (("2020-01-11", "2020-01-11"), "day")


def test_a_weekend_is_its_two_days(parse):
    t = found(parse, "Crowds filled the square last weekend.")["last weekend"]
    assert (t.value, t.interval) == ("2021-W32-WE", ("2021-08-14", "2021-08-15"))


# --- holidays and today -----------------------------------------------------------------


def test_holidays_come_from_the_data_file(parse):
    assert found(parse, "The new flag will be raised on Waitangi Day.")["Waitangi Day"].value == "2022-02-06"
    assert found(parse, "Shops closed on Christmas Eve 2019.")["Christmas Eve 2019"].value == "2019-12-24"


def test_today_in_general_is_present_ref(parse):
    assert typed(parse, "Today, about 100,000 people worship the old gods.")["Today"] == ("DATE", "PRESENT_REF")
    assert typed(parse, "The ministry today announces new rules.")["today"] == ("DATE", "2021-08-19")
    assert typed(parse, "The agency is to begin the tests today.")["today"] == ("DATE", "2021-08-19")


def test_idioms_are_no_timexes(parse):
    assert not annotated(parse, "Every now and then the band plays its old songs.").timexes


def test_publication_of_the_tests_is_a_thursday():
    assert date(2021, 8, 19).isoweekday() == 4


# --- reference time: reported speech, the narrative, an adjacent year ---------------------


def test_a_dated_quote_counts_from_the_day_it_was_written(parse):
    text = ('In an e-mail sent on 2 August, the organiser wrote: "The march will go ahead on Sunday night." '
            'Police said on Monday that they expect thousands.')
    got = found(parse, text)
    assert got["Sunday night"].value == "2021-08-08TNI"  # the Sunday after 2 August, not after 19 August
    assert got["Monday"].value == "2021-08-16"  # outside the quote: from publication


def test_a_bare_month_takes_the_year_written_in_its_sentence(parse):
    got = found(parse, "In 2015, the company opened a plant and in March it hired 300 workers.")
    assert got["March"].value == "2015-03"
    # without a year beside it, a bare month is read from publication and tense
    assert found(parse, "The company hired 300 workers in March.")["March"].value == "2021-03"


def test_values_with_a_time_of_day_read_as_days():
    from newsgraph.timex.values import display

    assert display("2020-01-11TMO", ("2020-01-11", "2020-01-11")) == "2020-01-11 morning"
    assert display("2021-08-21T15:00", ("2021-08-21", "2021-08-21")) == "2021-08-21 15:00"
    assert display("2020-W02-WE", ("2020-01-11", "2020-01-12")) == "2020-01-11..2020-01-12"
    assert display("XXXX-XX-XXT06:00", None) == "06:00 (day unknown)"
    assert display("PRESENT_REF", None) == "now"
