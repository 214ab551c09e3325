"""Type-aware resolution: states and capitals by position, venues and features not their towns."""

from __future__ import annotations

import pytest

from newsgraph.gazetteer.index import get_gazetteer
from newsgraph.gazetteer.resolve import Resolver, Toponym, distance_km


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(get_gazetteer(15000))


def resolve_all(resolver: Resolver, text: str, names: list[str]):
    """Resolve each name at each of its occurrences; returns a list of resolutions in text order."""
    tops = []
    for n in names:
        i = text.find(n)
        while i >= 0:
            tops.append(Toponym(i, i + len(n), n))
            i = text.find(n, i + 1)
    return sorted(resolver.resolve(sorted(tops, key=lambda t: t.start), text), key=lambda r: r.toponym.start)


def test_new_york_is_the_state_where_only_a_state_fits(resolver):
    text = "New York Gov. Ann Lee spoke in Albany, New York, and later flew to Ohio."
    r = resolve_all(resolver, text, ["New York", "Albany", "Ohio"])
    states = [x for x in r if x.toponym.text == "New York"]
    assert all(x.entry.kind == "admin1" for x in states)
    text = "Upstate New York got snow. The Ohio border towns got rain."
    (ny,) = [x for x in resolve_all(resolver, text, ["New York"])]
    assert ny.entry.kind == "admin1"


def test_an_upper_case_dateline_without_a_state_is_the_capital(resolver):
    text = "WASHINGTON (AP) — Lawmakers from Washington County, Pa., and Pittsburgh met on Tuesday."
    r = resolve_all(resolver, text, ["WASHINGTON", "Washington County", "Pittsburgh"])
    assert r[0].geonameid == 4140963


def test_a_venue_named_after_a_town_is_not_in_that_town(resolver):
    # a Toronto story: the stadium is in Toronto, not in Rogers, Arkansas
    text = "Fans in Toronto and Mississauga filled the Rogers Centre on Friday."
    r = {x.toponym.text: x for x in resolve_all(resolver, text, ["Toronto", "Mississauga", "Rogers Centre"])}
    venue = r["Rogers Centre"]
    assert venue.geonameid is None and venue.country == "CA"
    assert distance_km(venue.lat, venue.lon, 43.65, -79.38) < 50
    # a hotel named after the story's town is there
    text = "The fire began near Sycamore, and guests of the DeKalb Inn were moved."
    r = {x.toponym.text: x for x in resolve_all(resolver, text, ["Sycamore", "DeKalb Inn"])}
    assert r["DeKalb Inn"].point == "contains:DeKalb" and r["DeKalb Inn"].geonameid is None


def test_a_feature_the_gazetteer_lacks_is_placed_in_a_local_story(resolver):
    text = "Boats left Gainesville, Ga., and Buford for Lake Lanier on Sunday."
    r = {x.toponym.text: x for x in resolve_all(resolver, text, ["Gainesville", "Buford", "Lake Lanier"])}
    lake = r["Lake Lanier"]
    assert lake.point == "story" and lake.geonameid is None
    assert distance_km(lake.lat, lake.lon, 34.2, -83.95) < 60
    # but not in a story spread over a country
    text = "Boats left Atlanta and Savannah for Lake Lanier on Sunday."
    r = {x.toponym.text: x for x in resolve_all(resolver, text, ["Atlanta", "Savannah", "Lake Lanier"])}
    assert r["Lake Lanier"].lat is None


def test_an_area_word_after_a_known_name(resolver):
    r = {x.toponym.text: x for x in resolve_all(resolver, "Floods hit Montreal East and Enfield Borough.",
                                                   ["Montreal East", "Enfield Borough"])}
    assert r["Montreal East"].country == "CA" and r["Montreal East"].point.startswith("contains:Montr")
    assert r["Enfield Borough"].lat is not None
