"""claims stage: numbers, bounds, units, sources, places, dates, event size.

Texts are written for these tests; actors, places, quotes and events are set
by hand where a test needs them, then the stage runs.
"""

from __future__ import annotations

import pytest

from newsgraph.attribution.numbers import bound_before, parse_numeral, parse_words, vague_quantity
from newsgraph.model import Actor, Event, Place, Quote
from newsgraph.stages.claims import ClaimsStage


def claims_of(doc):
    return ClaimsStage()(doc).claims


def one(doc, unit_word):
    hits = [c for c in claims_of(doc) if unit_word in c.unit]
    assert hits, f"no claim about {unit_word!r}: {[(c.value, c.unit) for c in doc.claims]}"
    return hits[0]


# --- the number library -------------------------------------------------------


@pytest.mark.parametrize(
    "words, value",
    [
        (["20,000"], 20000), (["1.5", "million"], 1_500_000), (["two", "hundred", "thousand"], 200_000),
        (["a", "dozen"], 12), (["twenty-five"], 25), (["3bn"], 3e9), (["one", "hundred", "twenty"], 120),
    ],
)
def test_parse_words(words, value):
    assert parse_words(words) == value


def test_numbers_library_edges():
    assert parse_numeral("1,2,3") is None and parse_words(["people"]) is None
    assert vague_quantity(["dozens"]) == (24, "at least")
    assert vague_quantity(["tens", "of", "thousands"]) == (20_000, "at least")
    assert bound_before(["there", "were", "more", "than"]) == ("more than", 2)
    assert bound_before(["up", "to"]) == ("at most", 2)
    assert bound_before(["the"]) is None


# --- claims ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, bound, unit",
    [
        ("There were at least 300 soldiers in the town.", 300, "at least", "soldiers"),
        ("More than 40 villages were flooded.", 40, "more than", "villages"),
        ("Up to 5,000 troops will be deployed.", 5000, "at most", "troops"),
        ("Fewer than 90 delegates voted.", 90, "fewer than", "delegates"),
        ("About 1.5 million refugees crossed the border.", 1_500_000, "about", "refugees"),
        ("The ministry counted twenty-five new cases.", 25, "exact", "new cases"),
        ("Dozens of protesters gathered outside.", 24, "at least", "protesters"),
        ("Hundreds of families fled the fighting.", 200, "at least", "families"),
        ("A dozen journalists were there.", 12, "about", "journalists"),
        ("Tens of thousands of people marched.", 20_000, "at least", "people"),
    ],
)
def test_value_bound_unit(parse, text, value, bound, unit):
    c = one(parse(text), unit.split()[-1])
    assert (c.value, c.bound, c.unit) == (value, bound, unit)


def test_range(parse):
    c = one(parse("Between 20 and 30 million euros were spent on the dam."), "euros")
    assert (c.value, c.value_max, c.bound) == (20_000_000, 30_000_000, "range")


def test_money_and_percent(parse):
    doc = parse("The fund pledged $3 billion, and 40% of voters backed it.")
    units = {c.unit: c.value for c in claims_of(doc)}
    assert units == {"US dollars": 3e9, "percent": 40}


def test_subject_with_conjunction_and_casualty_participle(parse):
    doc = parse("The attack killed 25 civilians. At least 12 people were wounded and foreign fighters and mercenaries numbered 900.")
    units = [c.unit for c in claims_of(doc)]
    assert "civilians killed" in units and "people wounded" in units


def test_years_dates_and_ages_are_not_claims(parse):
    doc = parse("In 2019, on March 3, a 45-year-old man waited for five days and came first.")
    assert claims_of(doc) == []


def test_source_from_surrounding_quote(parse):
    doc = parse("“We lost 200 tanks in the spring offensive,” the general said.")
    start = doc.text.index("We lost")
    doc.actors = [Actor(id="a1", name="General", kind="person", mentions=[(doc.text.index("the general"), doc.text.index("the general") + 11)])]
    doc.quotes = [Quote(id="q1", content=(start, doc.text.index(",”")), direct=True, speaker="a1")]
    assert one(doc, "tanks").source == "a1"


def test_source_from_estimated_and_according_to(parse):
    doc = parse("The agency estimated that 4,000 families had left. Some 600 homes burned, according to the governor.")
    t = doc.text
    doc.actors = [
        Actor(id="a1", name="agency", kind="organization", mentions=[(t.index("The agency"), t.index("The agency") + 10)]),
        Actor(id="a2", name="governor", kind="person", mentions=[(t.index("the governor"), t.index("the governor") + 12)]),
    ]
    claims = claims_of(doc)
    assert one(doc, "families").source == "a1"
    assert [c for c in claims if c.unit == "homes"][0].source == "a2"
    assert [c for c in claims if c.unit == "homes"][0].bound == "about"


def test_place_from_the_clause(parse):
    doc = parse("At least 20,000 fighters remain in Libya, officials said.")
    s = doc.text.index("Libya")
    doc.places = [Place(id="p1", name="Libya", mentions=[(s, s + 5)])]
    assert one(doc, "fighters").place == "p1"


def test_casualty_count_fills_event_size(parse):
    doc = parse("Soldiers opened fire on the march, killing 14 protesters and wounding dozens of others. Police arrested 30 people.")
    t = doc.text
    s1 = doc.sentences[0].span
    s2 = doc.sentences[1].span
    doc.events = [
        Event(id="e1", type="ASSAULT", trigger=(t.index("opened"), t.index("opened") + 6), sentence=s1),
        Event(id="e2", type="COERCE", trigger=(t.index("arrested"), t.index("arrested") + 8), sentence=s2),
    ]
    claims_of(doc)
    assert doc.events[0].size == {"dead": 14, "injured": 24}
    assert doc.events[1].size == {"arrested": 30}


def test_claim_date_uses_event_dating(parse):
    c = one(parse("Police arrested 30 people."), "people")
    assert c.date is not None and c.date.value is not None


def test_seed_claim(seed_document, pipeline):
    doc = pipeline(seed_document)
    assert doc.actors, "the actors stage found no actors in the seed article; the claim's source is the UN actor"
    hits = [c for c in doc.claims if c.value == 20000 and c.bound == "at least"]
    assert hits, [(c.value, c.bound, c.unit) for c in doc.claims]
    c = hits[0]
    assert c.unit == "foreign fighters and mercenaries"
    src = doc.actor_by_id(c.source)
    assert src is not None and (src.org == "UN" or "United Nations" in src.name)
    place = next(p for p in doc.places if p.id == c.place)
    assert place.name == "Libya"
    if c.date is not None and c.date.precision != "publication":
        assert c.date.value == "2020-WI"


def test_bare_count_of_casualty_verb(parse):
    doc = parse("Soldiers fired on the march, killing 12 and wounding dozens.")
    units = {c.unit: (c.value, c.bound) for c in claims_of(doc)}
    assert units == {"people killed": (12, "exact"), "people wounded": (24, "at least")}


def test_claims_stage_handles_empty_document(parse):
    assert claims_of(parse("")) == []
