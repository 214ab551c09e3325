"""Mentions of one event within one document: which become one event, which stay apart.

Each story is parsed (the within-document pass reads the parse: anaphors, objects, which
trigger hangs on which); its actors and events are placed by hand, so what is tested is
the pass, not the event coder. Every sentence is written for these tests.
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from newsgraph.clusters.within import merge_within
from newsgraph.model import Actor, Document, Event, EventDate, NewsDoc
from newsgraph.query import find_events
from newsgraph.store import Store

PUBLISHED = date(2021, 5, 8)


def day(s: str) -> EventDate:
    return EventDate(s, (s, s), "day")


def month(s: str) -> EventDate:
    y, m = map(int, s.split("-"))
    return EventDate(s, (f"{s}-01", f"{s}-{calendar.monthrange(y, m)[1]:02d}"), "month")


PUB = EventDate(PUBLISHED.isoformat(), (PUBLISHED.isoformat(),) * 2, "publication")


@pytest.fixture(scope="module")
def story(parse):
    """story(text, actors, events) -> the parsed document with its actors and events placed.

    actors: {phrase: (kind, country, sector, kb_id)}, every occurrence of the phrase (and of
    any alias after '|') a mention; events: (trigger phrase, type, actor phrases, recipient
    phrases, EventDate or None), a trigger phrase 'word@n' being its n-th occurrence."""

    def _story(text: str, actors: dict[str, tuple], events: list[tuple]) -> NewsDoc:
        doc = parse(text, published=PUBLISHED)
        ids = {}
        for n, (phrases, (kind, country, sector, kb)) in enumerate(actors.items(), 1):
            names = phrases.split("|")
            spans = []
            for name in names:
                k = text.find(name)
                while k >= 0:
                    spans.append((k, k + len(name)))
                    k = text.find(name, k + 1)
            assert spans, names
            for name in names:
                ids[name] = f"a{n}"
            doc.actors.append(Actor(f"a{n}", names[0], kind, country=country, sector=sector, kb_id=kb,
                                    mentions=sorted(spans)))
        for n, (trigger, typ, acts, recs, when) in enumerate(events, 1):
            word, _, nth = trigger.partition("@")
            k = -1
            for _ in range(int(nth or 1)):
                k = text.index(word, k + 1)
            sent = next(s for s in doc.sentences if s.start <= k < s.end)
            doc.events.append(Event(f"e{n}", typ, (k, k + len(word)), sent.span, actor=[ids[a] for a in acts],
                                    recipient=[ids[r] for r in recs], date=when))
        return merge_within(doc)

    return _story


def told(doc: NewsDoc) -> list[list[str]]:
    """Each event's trigger words, its further mentions after the first."""
    text = doc.text
    return [[text[a:b] for a, b in [e.trigger, *[t for t, _ in e.mentions]]] for e in doc.events]


# --- what the issue asks to merge ----------------------------------------------------


def test_a_strike_and_the_killing_it_caused_are_one_event(story):
    doc = story("American drones struck a convoy near the airport on Friday. The strike killed the general "
                "and his aide. The government protested on Saturday.",
                {"American drones": ("group", "USA", "MIL", None), "the general": ("person", "IRN", "MIL", "ng:x"),
                 "The government": ("group", "IRQ", "GOV", None)},
                [("struck", "ASSAULT", ["American drones"], [], day("2021-05-07")),
                 ("killed", "ASSAULT", [], ["the general"], PUB),
                 ("protested", "PROTEST", ["The government"], [], day("2021-05-08"))])
    assert told(doc) == [["struck", "killed"], ["protested"]]
    strike = doc.events[0]
    assert strike.date.value == "2021-05-07" and [doc.actor_by_id(r).name for r in strike.recipient] == ["the general"]


def test_a_victim_named_later_joins_the_attack_it_refers_back_to(story):
    doc = story("Gunmen attacked a checkpoint outside Kora on Friday, killing a soldier. A nurse, Maria Ekwe, "
                "was also wounded in the attack.",
                {"Gunmen": ("group", "NGA", "UAF", None), "a soldier": ("person", "NGA", "MIL", None),
                 "Maria Ekwe": ("person", "NGA", "HLH", None)},
                [("attacked", "ASSAULT", ["Gunmen"], ["a soldier"], day("2021-05-07")),
                 ("wounded", "ASSAULT", [], ["Maria Ekwe"], PUB)])
    assert told(doc) == [["attacked", "wounded"]]


def test_a_summary_and_its_detail_are_one_event(story):
    doc = story("On Thursday, President Ana Costa pardoned seven prisoners. Costa pardoned the journalist Rui "
                "Dias, who had served four years for libel.",
                {"Ana Costa|Costa": ("person", "PRT", "GOV", None), "Rui Dias": ("person", "PRT", "MED", None)},
                [("pardoned", "CONCEDE", ["Ana Costa"], [], day("2021-05-06")),
                 ("pardoned@2", "CONCEDE", ["Costa"], ["Rui Dias"], PUB)])
    assert told(doc) == [["pardoned", "pardoned"]]
    assert doc.events[0].date.value == "2021-05-06"


def test_an_anaphoric_accusation_joins_the_accusation_it_names(story):
    doc = story("On Monday, Minister Ola Berg accused the army of shelling the market. The accusation came a "
                "day after the market burned.",
                {"Ola Berg": ("person", "NOR", "GOV", None), "the army": ("group", "NOR", "MIL", None)},
                [("accused", "ACCUSE", ["Ola Berg"], ["the army"], day("2021-05-03")),
                 ("accusation", "ACCUSE", [], [], PUB)])
    assert told(doc) == [["accused", "accusation"]]


def test_a_pledge_told_twice_in_the_same_words_is_one(story):
    doc = story("Mayor Tom Reyes pledged to rebuild the old bridge. Reyes, who faces an election in June, first "
                "pledged to rebuild the old bridge at a town meeting.",
                {"Tom Reyes|Reyes": ("person", "USA", "GOV", None)},
                [("pledged", "AGREE", ["Tom Reyes"], [], PUB), ("pledged@2", "AGREE", ["Reyes"], [], PUB)])
    assert told(doc) == [["pledged", "pledged"]]


def test_a_vaguely_dated_mention_joins_a_precise_one_only_when_it_refers_back(story):
    doc = story("The Kora Liberation Front stormed a police station on 3 May. The front's attack in May killed "
                "six officers.",
                {"The Kora Liberation Front": ("organization", "NGA", "REB", None),
                 "six officers": ("group", "NGA", "COP", None)},
                [("stormed", "ASSAULT", ["The Kora Liberation Front"], [], day("2021-05-03")),
                 ("killed", "ASSAULT", [], ["six officers"], month("2021-05"))])
    assert told(doc) == [["stormed", "killed"]]
    assert doc.events[0].date.value == "2021-05-03"


# --- what must stay apart ------------------------------------------------------------


def test_one_speakers_separate_accusations_stay_apart(story):
    doc = story("In October, Senator Lena Hart accused the governor of cutting school funds. Hart also accused "
                "the governor of hiding the port contracts. Hart alleged that the governor lied to voters.",
                {"Lena Hart|Hart": ("person", "USA", "LEG", None), "the governor": ("person", "USA", "GOV", None)},
                [("accused", "ACCUSE", ["Lena Hart"], ["the governor"], month("2020-10")),
                 ("accused@2", "ACCUSE", ["Hart"], ["the governor"], month("2020-10")),
                 ("alleged", "ACCUSE", ["Hart"], ["the governor"], month("2020-10"))])
    assert told(doc) == [["accused"], ["accused"], ["alleged"]]


def test_a_speakers_appeals_to_different_people_stay_apart(story):
    doc = story("The envoy Karl Lind urged the rebels to free the hostages. Lind urged the army to open the "
                "roads.",
                {"Karl Lind|Lind": ("person", "SWE", "GOV", None), "the rebels": ("group", "SDN", "REB", None),
                 "the army": ("group", "SDN", "MIL", None)},
                [("urged", "REQUEST", ["Karl Lind"], ["the rebels"], PUB),
                 ("urged@2", "REQUEST", ["Lind"], ["the army"], PUB)])
    assert len(doc.events) == 2


def test_statements_coordinated_in_one_sentence_are_two_acts_a_dependent_one_is_one(story):
    people = {"Lena Hart|Hart": ("person", "USA", "LEG", None)}
    two = story("Senator Lena Hart criticized the budget and condemned the new port tax on Monday.", people,
                [("criticized", "ACCUSE", ["Lena Hart"], [], day("2021-05-03")),
                 ("condemned", "ACCUSE", ["Lena Hart"], [], day("2021-05-03"))])
    assert len(two.events) == 2
    one = story("Senator Lena Hart criticized the budget on Monday, calling it a theft from the poor.", people,
                [("criticized", "ACCUSE", ["Lena Hart"], [], day("2021-05-03")),
                 ("calling", "ACCUSE", ["Lena Hart"], [], day("2021-05-03"))])
    assert told(one) == [["criticized", "calling"]]


def test_unnamed_participants_do_not_make_two_acts_one(story):
    doc = story("Police arrested a student in Lyon on Monday. Police arrested a taxi driver near the station "
                "on Monday. Protesters blocked the ring road on Monday. Later, protesters rallied outside the "
                "town hall.",
                {"Police": ("group", "FRA", "COP", None), "a student": ("person", "FRA", "EDU", None),
                 "a taxi driver": ("person", "FRA", "BUS", None),
                 "Protesters|protesters": ("group", "FRA", "CVL", None)},
                [("arrested", "COERCE", ["Police"], ["a student"], day("2021-05-03")),
                 ("arrested@2", "COERCE", ["Police"], ["a taxi driver"], day("2021-05-03")),
                 ("blocked", "PROTEST", ["Protesters"], [], day("2021-05-03")),
                 ("rallied", "PROTEST", ["protesters"], [], day("2021-05-03"))])
    assert len(doc.events) == 4


def test_the_same_verb_with_different_objects_is_two_acts(story):
    doc = story("Nordia Telecom released its first phone in March. Nordia Telecom later released a tablet.",
                {"Nordia Telecom": ("organization", "NOR", "BUS", None)},
                [("released", "COOPERATE", ["Nordia Telecom"], [], PUB),
                 ("released@2", "COOPERATE", ["Nordia Telecom"], [], PUB)])
    assert len(doc.events) == 2


def test_a_vague_date_does_not_take_a_precise_one_without_an_anaphor(story):
    doc = story("The Kora Liberation Front stormed a police station on 3 May. In May, the Kora Liberation Front "
                "ambushed soldiers near the border.",
                {"The Kora Liberation Front|the Kora Liberation Front": ("organization", "NGA", "REB", None)},
                [("stormed", "ASSAULT", ["The Kora Liberation Front"], [], day("2021-05-03")),
                 ("ambushed", "ASSAULT", ["the Kora Liberation Front"], [], month("2021-05"))])
    assert len(doc.events) == 2


def test_an_anaphor_refers_to_the_nearest_protest_not_to_every_one_before(story):
    doc = story("Farmers blocked a motorway near Lille on Monday. Students marched in Paris on Monday. The "
                "protest ended peacefully.",
                {"Farmers": ("group", "FRA", "AGR", None), "Students": ("group", "FRA", "EDU", None)},
                [("blocked", "PROTEST", ["Farmers"], [], day("2021-05-03")),
                 ("marched", "PROTEST", ["Students"], [], day("2021-05-03")),
                 ("protest", "PROTEST", [], [], PUB)])
    assert told(doc) == [["blocked"], ["marched", "protest"]]


def test_two_meetings_with_different_people_stay_two(story):
    doc = story("The envoy Karl Lind met the president on Monday. Karl Lind met the opposition leader on Monday.",
                {"Karl Lind": ("person", "SWE", "GOV", "ng:e"), "the president": ("person", "VEN", "GOV", "ng:p"),
                 "the opposition leader": ("person", "VEN", "OPP", "ng:o")},
                [("met", "CONSULT", ["Karl Lind"], ["the president"], day("2021-05-03")),
                 ("met@2", "CONSULT", ["Karl Lind"], ["the opposition leader"], day("2021-05-03"))])
    assert len(doc.events) == 2


# --- the store keeps apart what the pass keeps apart ---------------------------------


def test_two_events_of_one_document_that_say_the_same_stay_two_in_the_store(story, tmp_path):
    doc = story("In October, Senator Lena Hart accused the governor of cutting school funds. Hart also accused "
                "the governor of hiding the port contracts.",
                {"Lena Hart|Hart": ("person", "USA", "LEG", None), "the governor": ("person", "USA", "GOV", None)},
                [("accused", "ACCUSE", ["Lena Hart"], ["the governor"], month("2020-10")),
                 ("accused@2", "ACCUSE", ["Hart"], ["the governor"], month("2020-10"))])
    doc.spacy_doc = None
    with Store(tmp_path / "w.duckdb") as s:
        s.write_batch([doc])
        evs = find_events(s)
        assert [e["n_reports"] for e in evs] == [1, 1]
        s.write_batch([doc])  # stored already: nothing changes
        assert len(find_events(s)) == 2
