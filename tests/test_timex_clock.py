"""time stage, clock times and parts of the day: midnight and noon, "in the evening", a day named
later in the sentence, habitual clauses and stories set in another year.

Every sentence here is written for these tests. Publication date 2021-08-19 (a Thursday)
unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from newsgraph.lang.tables import TableError
from newsgraph.stages.time import TimeStage
from newsgraph.timex.lexicon import CLOCK_WORDS, PARTS_OF_DAY, load_parts_of_day


def typed(parse, text, published="2021-08-19"):
    return {t.text: (t.type, t.value) for t in TimeStage()(parse(text, published=published)).timexes}


# --- named clock times -------------------------------------------------------------------


def test_midnight_on_a_weekday_is_the_end_of_that_day(parse):
    found = typed(parse, "The curfew begins at midnight on Friday.")
    assert found["midnight"] == ("TIME", "2021-08-20T24:00")
    assert found["Friday"] == ("DATE", "2021-08-20")


def test_noon_is_twelve_o_clock_of_its_day(parse):
    assert typed(parse, "The talks broke up shortly after noon on Monday.")["noon"] == ("TIME", "2021-08-16T12:00")
    assert typed(parse, "The polls close at 12 noon today.")["12 noon today"] == ("TIME", "2021-08-19T12:00")


def test_midnight_as_a_name_or_a_kind_of_thing_is_no_time(parse):
    assert typed(parse, "Midnight Oil played in Sydney.") == {}
    assert typed(parse, "The bishop said midnight mass in the cathedral.") == {}


# --- parts of the day without a day of their own --------------------------------------------


def test_in_the_evening_is_the_evening_of_the_story_s_day(parse):
    found = typed(parse, "Farmers blocked the motorway on Tuesday. In the evening, the police cleared the road.")
    assert found["the evening"] == ("TIME", "2021-08-17TEV")


def test_the_highlight_of_the_evening_is_a_time(parse):
    text = "The museum reopened on Saturday. The highlight of the evening was a concert in the courtyard."
    assert typed(parse, text)["the evening"] == ("TIME", "2021-08-14TEV")


def test_the_night_or_the_evening_as_a_thing_is_no_time(parse):
    assert typed(parse, "The striking miners spent the night outside the gates.") == {}
    assert "the evening" not in typed(parse, "She presented the evening news for a decade.")


# --- the day a clock time falls on ----------------------------------------------------------


def test_a_clock_time_takes_the_day_named_later_in_its_sentence(parse):
    found = typed(parse, "At 10 p.m. the police moved in, and by Saturday morning the square was empty.")
    assert found["10 p.m."] == ("TIME", "2021-08-14T22:00")


def test_a_day_named_before_the_clock_in_its_sentence_wins(parse):
    text = "On Tuesday the riots began at 9 p.m., and on Wednesday the army arrived."
    assert typed(parse, text)["9 p.m."] == ("TIME", "2021-08-17T21:00")


def test_a_habitual_clock_time_names_no_day(parse):
    assert typed(parse, "The baker usually opened his shop at 6am.")["6am"] == ("TIME", "XXXX-XX-XXT06:00")
    found = typed(parse, "Every day the guards worked from 7:00am to midnight.")
    assert found["7:00am"] == ("TIME", "XXXX-XX-XXT07:00")
    assert found["midnight"] == ("TIME", "XXXX-XX-XXT24:00")


def test_a_clock_time_in_a_story_set_years_back_names_no_day(parse):
    text = "In 2003 he joined a fishing crew in Alaska. He was hauling nets from 5:00am until midnight."
    found = typed(parse, text)
    assert found["5:00am"] == ("TIME", "XXXX-XX-XXT05:00")
    assert found["midnight"] == ("TIME", "XXXX-XX-XXT24:00")


def test_a_clock_time_in_this_year_s_story_still_falls_on_publication_day(parse):
    assert typed(parse, "The minister will speak at 3 p.m.")["3 p.m."] == ("TIME", "2021-08-19T15:00")


# --- the data file -------------------------------------------------------------------------


def test_parts_of_day_come_from_the_data_file():
    assert PARTS_OF_DAY["evening"] == "EV"
    assert CLOCK_WORDS == {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}


@pytest.mark.parametrize("line, message", [
    ("dusk | DU", "neither a TIMEX3 part of day"),
    ("teatime | 25:00", "neither a TIMEX3 part of day"),
    ("late night | NI", "not one word"),
    ("evening", "word | value"),
])
def test_the_parts_of_day_file_rejects_bad_lines(tmp_path, line, message):
    path = tmp_path / "pod.psv"
    path.write_text(f"# version: test\nmorning | MO\n{line}\n", encoding="utf-8")
    with pytest.raises(TableError, match=f"pod.psv:3: .*{message}"):
        load_parts_of_day(path)


def test_the_parts_of_day_file_rejects_a_word_twice(tmp_path):
    path = tmp_path / "pod.psv"
    path.write_text("# version: test\nnoon | 12:00\nNoon | MI\n", encoding="utf-8")
    with pytest.raises(TableError, match="pod.psv:3: duplicate"):
        load_parts_of_day(path)


def test_a_narrative_clock_time_with_no_day_named_is_of_an_unknown_day(parse):
    from newsgraph.timex.annotate import TimexOptions, find_timexes

    doc = parse("In March 1916 the garrison held the fort. The guns opened fire at 4:30 a.m.", published=None)
    found = {t.text: t.value for t in find_timexes(doc, TimexOptions(mode="narrative"))}
    assert found["4:30 a.m."] == "XXXX-XX-XXT04:30"  # not the first of March
    doc = parse("On 21 March 1916 the garrison held the fort. The guns opened fire at 4:30 a.m.", published=None)
    found = {t.text: t.value for t in find_timexes(doc, TimexOptions(mode="narrative"))}
    assert found["4:30 a.m."] == "1916-03-21T04:30"


def test_a_day_beside_the_clock_wins_over_one_named_before(parse):
    text = "On Monday the company extended its offer until midnight (EST) Friday."
    assert typed(parse, text)["midnight"] == ("TIME", "2021-08-20T24:00")


def test_a_story_that_names_a_coming_season_keeps_the_publication_day(parse):
    text = "Prices are expected to rise over the summer. The index had gained two points by noon."
    assert typed(parse, text, published="2021-03-11")["noon"] == ("TIME", "2021-03-11T12:00")


def test_a_year_in_passing_does_not_take_the_story_back(parse):
    text = "Copper rose to its highest since April 1985. It had gained two cents by noon."
    assert typed(parse, text, published="2021-03-11")["noon"] == ("TIME", "2021-03-11T12:00")
