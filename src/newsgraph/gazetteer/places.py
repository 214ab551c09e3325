"""Places: toponyms recognised and resolved to GeoNames entries (the engine of the
places stage, :mod:`newsgraph.stages.places`).

Recognition takes spaCy's GPE, LOC and FAC entities, and adds what the model
missed when the gazetteer knows the name: a capitalised proper-noun run that
names a country, state or region, any gazetteer place right after a locative
preposition (a small town of the secondary index only after "in", "at",
"near", "outside"), the upper-case place of a dateline ("TORRINGTON —",
"COLUMBUS, Ohio (AP) —"), and the town, county or state an organisation's
name starts or ends with ("the Alexandria City Public Schools", "the
University of Georgia"; never a country, which inside an organisation's name
is its nationality). A direction word in front of a country or region is kept
("eastern Libya"). A one-word town that is the surname of a person the
document names is dropped ("Darren Ripley ... Ripley said"), and so is a name
the model labelled a place that reads as a person's ("Crystal Munoz was
convicted"). A court's district or a compass-named division ("the Northern
District of Georgia") is one mention of the state or country it names; a
compass word alone ("Western", "Northern Region") is a place only as a
division of a country the story speaks for.

Metonymy belongs to the actors stage: a toponym that is or overlaps an actor
mention ("Moscow supports", "backed by Egypt", "Russia's top diplomat") is an
actor, not a place, so it is skipped here. The one exception is a town or
state nested inside a longer organisation mention (not followed by a
possessive): the organisation is the actor and the place says where it is.
The actors' countries still count as evidence for resolution (an article
whose actors are Libyan is about Libya).

Resolution (:mod:`newsgraph.gazetteer.resolve`) gives each name a GeoNames
entry; a name the gazetteer lacks stays a place with ``geonameid=None`` and its
text, never a guess. "the capital" right after a capital city was named joins
that city's mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsgraph.gazetteer.countries import DEMONYMS
from newsgraph.gazetteer.index import get_gazetteer, name_key
from newsgraph.gazetteer.regions import DIRECTIONS
from newsgraph.gazetteer.resolve import Resolution, Resolver, Toponym, compass_only, distance_km
from newsgraph.gazetteer.words import is_demonym, word_classes
from newsgraph.model import NewsDoc, Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: knowledge-base ids of organisations (the project's and the Phoenix dictionaries')
_KB_ORGANISATIONS = ("ng:org/", "phx:")
_STRONG_KINDS = frozenset({"country", "admin1", "region", "continent", "county"})
_MISLABELLED = frozenset({"PERSON", "ORG", "NORP", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT"})
_LOCATIVE = word_classes()["LOCATIVE_PREPS"]  # lang/en/places_words.txt
_IN_PLACE = word_classes()["IN_PLACE_PREPS"]
_QUALIFIED = re.compile(r",\s*[A-Z]")
# "the University of Georgia": a place at the end of an organisation's name says where it is
_WHERE_BEFORE = re.compile(r"\b(?:of|in|at)\s+(?:the\s+)?$")
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_TRAILING_POSS = re.compile(r"(?:'s|’s|')$")
_DIRECTION_BEFORE = re.compile(r"\b(" + "|".join(sorted(DIRECTIONS, key=len, reverse=True)) + r")\s+$", re.I)
# "the capital", "the country's capital", "the Libyan capital" (not "the capital of X",
# which names its own place, nor "capital gains").
_CAPITAL = re.compile(r"\b[Tt]he (?:(?:country|nation)'s |([A-Z][a-z]+) )?capital\b(?! of| gains| city of)")


def _whole_words(words: frozenset[str]) -> re.Pattern:
    """Any of ``words``, case as written, as a whole word; longest first, as ``Sheriff'?s?`` was."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + r")\b")


# Words that make a capitalised name an institution rather than a place, and those that make a
# place's name a facility or a street in it (lang/en/places_words.txt).
_INSTITUTION = _whole_words(word_classes()["INSTITUTION_WORDS"])
_FACILITY_PART = _whole_words(word_classes()["FACILITY_WORDS"])
_PARTY_SEAT = re.compile(r"(?<![\w-])(?:[DRI]|DFL)-([A-Z][\w.]*(?: ?[A-Z][\w.]*)?)(?=[,;)]|\s)")
_STATE_ABBR_END = re.compile(r"[A-Z][a-z]?\.$")
_OF_PLACE = re.compile(r"\b(?:University|College|City|Town|Township|Village|County|State|Borough|Diocese|"
                       r"Port|Bank|Friends) of (?:the )?([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2})$")
# "Barrow, Jackson and Madison counties": the word after a list of names, and what each is
_LIST_KINDS = {"counties": "County", "parishes": "Parish", "townships": "Township", "boroughs": "Borough"}
_CAP_WORD = re.compile(r"[A-Z][\w.'’-]*")
# a word of a person's name: "Crystal", "McArthur", "O'Neill", "Smith-Jones"
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'’][A-Z]?[a-z]+)?")
_POSSESSOR_BEFORE = re.compile(r"\b[A-Z][\w-]*(?:'s|’s)\s+$")
_AGE_OR_WHO = re.compile(r"\s*,\s*(?:\d{1,3}\s*,|who\b|aged\b)")
# A dateline: an upper-case place at the start of the text, a line or a
# sentence, then an optional ", State", an optional "(AP)", and a dash.
_DATELINE = re.compile(
    r"(?:^|\n|[.!?]\s+|\d{4}\s+)([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})"
    r"(?=(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*(?:\([A-Za-z ]+\)\s*)?(?:—|–|--+|-\s|:\s))")


# "the Northern District of Georgia", "the Western District of Texas": a court's district or a
# compass-named division of a state or country lies inside it
_COMPASS_DIVISION = re.compile(
    r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Northeastern|Northwestern|Southeastern|"
    r"Southwestern|Middle|Central)\s+(?:Judicial\s+)?(?:District|Division|Region)\s+of\s+(?:the\s+)?"
    r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})")


@lru_cache(maxsize=1)
def _alpha3_to_alpha2() -> dict[str, str]:
    import pycountry

    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the', trailing commas and a trailing possessive from an entity span."""
    while end > start and text[end - 1] in ",;: ":
        end -= 1  # the model's "Bay," in "Hawke's Bay, New Zealand"
    span = text[start:end]
    m = _LEADING_THE.match(span)
    if m:
        start += m.end()
    m = _TRAILING_POSS.search(text[start:end])
    if m and end - m.start() + start > start:
        end = start + m.start()
    return start, end


class PlaceFinder:
    """Finds and resolves the places of a parsed document whose actors are known."""

    def __init__(self, min_population: int = 15000):
        # The gazetteer loads once per process (module-level cache) on first use.
        self.gazetteer = get_gazetteer(min_population)
        if self.gazetteer.has_towns:
            # the secondary town index too (a disk-cached load, well under a
            # second; a few seconds the first time), so no document pays for it
            from newsgraph.gazetteer.towns import get_towns

            get_towns()
        self.resolver = Resolver(self.gazetteer)

    # --- recognition ---

    def toponyms(self, doc: NewsDoc) -> list[Toponym]:
        """Toponym spans in the text, before the metonymy filter."""
        text = doc.text
        spans: list[tuple[int, int]] = []
        weak: set[tuple[int, int]] = set()
        taken = [False] * len(doc.tokens)
        people = self._people_named_like_places(doc)
        for ent in doc.entities:
            for i in range(ent.token_start, min(ent.token_end, len(taken))):
                taken[i] = True
            if ent.label in PLACE_LABELS:
                s, e = _trim(text, ent.start, ent.end)
                if (s, e) in people:
                    continue  # "Crystal Munoz was convicted": a person, labelled a place
                s = self._possessive_start(text, s, e)
                if e > s and not self._known(text[s:e]):
                    # "Henderson County Jail", "Greer City Hall", "Otter Tail County
                    # Road": a facility GeoNames lacks, in a place it has. Not "Rogers
                    # Centre" or "Windsor Castle" when the story does not name the town
                    # by itself: a venue named after a town need not be in it, and the
                    # whole name is the toponym (placed by the resolver if it can be)
                    inner = self._embedded(text, s, e, marker=_FACILITY_PART)
                    if inner is not None and (self._strong(text[inner[0]:inner[1]])
                                              or self._named_elsewhere(text, *inner, s, e)):
                        s, e = inner
                if e > s:
                    spans.append((s, e))
            elif ent.label == "ORG" and self._strong(text[slice(*_trim(text, ent.start, ent.end))]):
                # An organisation whose whole name is a country's or state's name ("Ohio")
                # is the small model mislabelling a place. A town's name ("Dublin", but
                # also "Alliance", "Delta", "Commerce") is one only where the story is
                # (_coherent_names, after the first resolution).
                spans.append(_trim(text, ent.start, ent.end))
            elif ent.label == "ORG" and (inner := self._embedded(text, ent.start, ent.end)):
                # "the Alexandria City Public Schools", "the University of
                # Georgia": a sub-national place naming where the institution is.
                # A town (not a state) only where the story is: "the Commerce
                # Department" is not in Commerce, Texas.
                spans.append(inner)
                follows = text[inner[1]:inner[1] + 30].split()
                if not self._strong(text[inner[0]:inner[1]]) and not (
                        follows and follows[0].lower().strip(".,'’s") in word_classes()["LOCAL_INSTITUTIONS"]):
                    weak.add(inner)  # ("the Athens Police Department" is the town's own police)
            elif ent.label in _MISLABELLED and self._prep_before(doc, ent.token_start):
                # The small model calls some places persons, organisations or
                # even languages ("outside Aleppo"); after a locative
                # preposition, trust the gazetteer's main names.
                s, e = _trim(text, ent.start, ent.end)
                if compass_only(text[s:e]):
                    continue
                if any(not alt for _, alt in self.gazetteer.lookup(text[s:e])) or (
                    self._prep_before(doc, ent.token_start, _IN_PLACE) and self.gazetteer.towns(text[s:e])
                ):
                    spans.append((s, e))
        divisions = self._compass_divisions(text)
        if divisions:
            # the division's words are no place of their own ("Northern District" is not Fiji's)
            spans = [(s, e) for s, e in spans if not any(ds < e and s < de for ds, _, de in divisions)]
            spans.extend((ns, ne) for _, ns, ne in divisions)
            taken = list(taken)
            for t in doc.tokens:
                if any(ds <= t.start < de for ds, _, de in divisions):
                    taken[t.i] = True
        spans.extend(self._gazetteer_matches(doc, taken))
        spans.extend(self._datelines(text, spans))
        spans.extend(self._party_seats(text, spans))
        spans.extend(self._adjectives(doc, spans))
        listed = self._county_lists(doc, spans)
        spans.extend((s, e) for s, e, _ in listed)
        spans.extend(self._repeats(doc, spans))
        spans = self._with_direction(text, spans)
        spans = self._not_surnames(doc, spans, {text[s:e].split()[-1] for s, e in people})
        spans.sort()
        # a name of a county list is looked up as the county ("Barrow" -> "Barrow County")
        surface = {(s, e): f"{text[s:e]} {kind}" for s, e, kind in listed}
        division = {(ns, ne) for _, ns, ne in divisions}
        out: list[Toponym] = []
        last_end = -1
        for s, e in spans:
            if s >= last_end:
                if (s, e) in division:
                    # the state or country a division is of: "Georgia" of "the Northern District of
                    # Georgia" is the US state
                    name = text[s:e]
                    out.append(Toponym(s, e, name, area=True, within="US" if self._us_state(name) else None))
                else:
                    out.append(Toponym(s, e, surface.get((s, e), text[s:e]), weak=(s, e) in weak))
                last_end = e
        return out

    def _compass_divisions(self, text: str) -> list[tuple[int, int, int]]:
        """'the Northern District of Georgia', 'Eastern District of New York': where the phrase
        starts, and the span of the state's or country's name. The phrase names a part of that state or country, so the
        place it gives is that state or country, and its compass words are no place of their
        own; a state of the US means the US (a federal court's district), never the country
        Georgia. Only a state, region or country follows."""
        out = []
        for m in _COMPASS_DIVISION.finditer(text):
            words = m.group(1).split()
            for k in range(len(words), 0, -1):
                name = " ".join(words[:k]).rstrip(".,;:'’")
                if any(not alt and e.kind in ("admin1", "region", "country") for e, alt in self.gazetteer.lookup(name)):
                    out.append((m.start(), m.start(1), m.start(1) + len(name)))
                    break
        return out

    def _us_state(self, name: str) -> bool:
        return any(not alt and e.kind == "admin1" and e.country == "US" for e, alt in self.gazetteer.lookup(name))

    def _not_surnames(self, doc: NewsDoc, spans: list[tuple[int, int]], surnames: set[str] = frozenset()
                      ) -> list[tuple[int, int]]:
        """Drop a one-word town that is the surname of a person the document names:
        after "Darren Ripley", a lone "Ripley" is him, not Ripley, N.Y.; so is the name of a
        person the actors stage knows by one name ("Wiranto"), and the last word of a name
        labelled a place that reads as a person's (``surnames``: "Crystal Munoz ... Munoz
        said"). A country or state name stays, and so does a town with a qualifier
        ("Jackson, Miss.") or right after "in", "at", "near", "outside"."""
        text = doc.text
        surnames = set(surnames)
        for ent in doc.entities:
            if ent.label == "PERSON" and ent.token_end - ent.token_start >= 2:
                last = doc.tokens[ent.token_end - 1].text
                if last[:1].isupper() and last.isalpha():
                    surnames.add(last)
        for a in doc.actors:
            # a person known by one name ("security minister Wiranto"): a later bare "Wiranto" is him
            # (not a name the primary index has: the actors stage also takes towns for people,
            # "Gainesville residents", and a town does not stop being one for that)
            if a.kind == "person" and " " not in a.name and a.name[:1].isupper() and a.name.isalpha() \
                    and not self._main_name(a.name):
                surnames.add(a.name)
        if not surnames:
            return spans
        out = []
        for s, e in spans:
            name = text[s:e]
            if name in surnames and not self._strong(name) and not _QUALIFIED.match(text, e) \
                    and not _IN_PLACE_BEFORE.search(text, max(0, s - 10), s):
                continue
            out.append((s, e))
        return out

    def _possessive_start(self, text: str, s: int, e: int) -> int:
        """'Hawke's Bay', 'Martha's Vineyard' when the model took only 'Bay': the start of a
        place's name with a possessive in it, when the gazetteer knows the whole name."""
        m = _POSSESSOR_BEFORE.search(text, max(0, s - 30), s)
        if m and self._known(text[m.start():e]):
            return m.start()
        return s

    def _people_named_like_places(self, doc: NewsDoc) -> set[tuple[int, int]]:
        """Spans of names the model labelled places that read as people's names: two or three
        capitalised words ("Crystal Munoz") the gazetteer lacks as a whole, with no word that
        place names are made of (PLACE_NAME_WORDS, FEATURE_WORDS: "Fort Worth", "Lake Lanier"),
        standing where a person stands: the subject of a verb a person does ("was convicted",
        "told", PERSON_VERBS), before or after "said", before ", 41," or ", who"; or whose last
        word stands alone elsewhere in the story ("Munoz said"). That the first word is a
        town's name ("Crystal, Minnesota") makes no place of a person."""
        words = word_classes()
        placeish = words["PLACE_NAME_WORDS"] | words["FEATURE_WORDS"] | words["LOCAL_INSTITUTIONS"] | frozenset(DIRECTIONS)
        text = doc.text
        out: set[tuple[int, int]] = set()
        for ent in doc.entities:
            if ent.label not in PLACE_LABELS:
                continue
            s, e = _trim(text, ent.start, ent.end)
            parts = text[s:e].split()
            if not 2 <= len(parts) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in parts):
                continue
            if any(w.lower() in placeish for w in parts) or self.gazetteer.has(text[s:e]) \
                    or self.gazetteer.towns(text[s:e]):
                continue
            if self._person_position(doc, s, e, parts[-1]):
                out.add((s, e))
        return out

    def _person_position(self, doc: NewsDoc, s: int, e: int, last: str) -> bool:
        """Whether the name at [s, e) stands where a person does (see _people_named_like_places)."""
        text = doc.text
        if _AGE_OR_WHO.match(text, e):
            return True
        toks = [t for t in doc.tokens if s <= t.start < e]
        if not toks:
            return False
        before = doc.tokens[toks[0].i - 1] if toks[0].i > 0 else None
        after = doc.tokens[toks[-1].i + 1] if toks[-1].i + 1 < len(doc.tokens) else None
        if (before is not None and before.lemma.lower() == "say") or (after is not None and after.lemma.lower() == "say"):
            return True
        verbs = word_classes()["PERSON_VERBS"]
        for t in toks:
            if t.dep in ("nsubj", "nsubjpass") and t.head != t.i and doc.tokens[t.head].lemma.lower() in verbs:
                return True
        # the surname alone elsewhere, as a one-word name: "Munoz said", "Munoz's lawyer"
        # (not a big place's name: "Metro Nashville ... Nashville" is the city)
        if self._strong(last) or self._prominent_city(last):
            return False
        toks = doc.tokens
        for t in toks:
            if t.text != last or s <= t.start < e or t.tag == "NNPS":
                continue  # "the visiting Royals": a team, not a person
            prev = toks[t.i - 1] if t.i > 0 else None
            nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
            if prev is not None and (prev.tag in ("NNP", "NNPS") or prev.text.lower() == "the"):
                continue  # inside a longer name ("Winterfest Weekend"), or "the Royals"
            if nxt is not None and nxt.tag in ("NNP", "NNPS"):
                continue  # "Munoz Street"
            return True
        return False

    def _prominent_city(self, name: str) -> bool:
        return any(not alt and e.kind == "city" and e.population >= 100_000 for e, alt in self.gazetteer.lookup(name))

    def _known(self, name: str, *, countries: bool = True) -> bool:
        """A main name of the primary index (a country only if ``countries``) or a town of the secondary one.
        Not a compass word alone ("Western", "Northern Region"): many countries have a division so named."""
        if compass_only(name):
            return False
        cands = [e for e, alt in self.gazetteer.lookup(name) if not alt]
        if cands:
            return countries or any(e.kind != "country" for e in cands)
        return bool(self.gazetteer.towns(name))

    def _embedded(self, text: str, start: int, end: int, *, marker: re.Pattern = None) -> tuple[int, int] | None:
        """The place an organisation's name starts with ("Henderson County Crimestoppers",
        "the Ohio Department of Development") or ends with after "of" ("the University of
        Georgia"), when the name also has an institution word. Countries are left out:
        inside an organisation's name a country is the actor's nationality (the actors
        stage's business), while a town or state says where the institution is."""
        marker = marker or _INSTITUTION
        s, e = _trim(text, start, end)
        name = text[s:e]
        if not marker.search(name):
            return None
        m = _OF_PLACE.search(name)
        if m:
            ps, pe = m.span(1)
            if self._known(m.group(1), countries=False):
                return s + ps, s + pe
        words = list(_CAP_WORD.finditer(name))
        if not words or words[0].start() != 0:
            return None
        for k in range(min(3, len(words) - 1), 0, -1):
            cand = name[: words[k - 1].end()]
            rest = name[words[k - 1].end():]
            if rest.startswith(("'s", "’s")):
                return None  # "Ohio's Department": the state owns it, the actors stage's matter
            if _INSTITUTION.fullmatch(words[0].group()):
                return None  # "City Hall", "State Department": no place in front
            if self._known(cand, countries=False) and not self._independent_city(cand):
                return s, s + len(cand)
            if k > 1 and words[0].group().lower() in DIRECTIONS and self._strong(cand) \
                    and not self._is_country(name[words[1].start():words[k - 1].end()]):
                # "the Western Pennsylvania Kennel Association", "Northern Illinois University"
                return s, s + len(cand)
        return None

    def _is_country(self, name: str) -> bool:
        return any(not alt and e.kind == "country" for e, alt in self.gazetteer.lookup(name))

    @staticmethod
    def _named_elsewhere(text: str, s: int, e: int, outer_s: int, outer_e: int) -> bool:
        """Whether the name text[s:e] also stands in the text outside the span [outer_s, outer_e)."""
        for m in re.finditer(r"\b" + re.escape(text[s:e]) + r"\b", text):
            if m.end() <= outer_s or m.start() >= outer_e:
                return True
        return False

    def _independent_city(self, name: str) -> bool:
        """'Alexandria City' in 'Alexandria City Public Schools' is the city's
        name plus the schools' word; only the county list spells it as a name."""
        cands = [e for e, alt in self.gazetteer.lookup(name) if not alt]
        return bool(cands) and all(e.kind == "county" and e.name.endswith(" city") for e in cands)

    def _datelines(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'HUNTSVILLE, Texas (AP) —', 'TORRINGTON —': the capitalised place a report opens with."""
        out = []
        for m in _DATELINE.finditer(text):
            s, e = m.span(1)
            if any(cs < e and s < ce for cs, ce in spans):
                continue
            name = m.group(1)
            if len(name.replace(" ", "")) >= 3 and self._known(name.title()):
                out.append((s, e))
        return out

    def _party_seats(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'Sen. Jay Rockefeller, D-W.Va.', 'Rep. Carrie Webster, D-Kanawha': the party
        letter and the state or district a US legislator represents."""
        out = []
        for m in _PARTY_SEAT.finditer(text):
            s, e = m.span(1)
            name = m.group(1).rstrip(".,") if not _STATE_ABBR_END.search(m.group(1)) else m.group(1)
            e = s + len(name)
            if any(cs < e and s < ce for cs, ce in spans):
                continue
            if self._known(name) or self.gazetteer.qualifier(name):
                out.append((s, e))
        return out

    def _adjectives(self, doc: NewsDoc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Adjectives of place modifying a word ("the Syrian army", "a Sri Lankan
        official", "Russian-American art"): mentions of their country or region, as
        the geoparsing gold sets count them. Not a plural noun ("Syrians": people, the
        actors'), not a language or people standing alone ("in French", "the French"),
        not inside an organisation's or a work's name (its nationality is the actors')."""
        toks = doc.tokens
        out = []
        i, n = 0, len(toks)
        while i < n:
            hit = None
            for k in (2, 1):
                if i + k > n:
                    continue
                words = toks[i:i + k]
                name = doc.text[words[0].start:words[-1].end]
                if is_demonym(name) and words[-1].tag in ("JJ", "NNP") and self._modifies(doc, words[-1]):
                    hit = (words[0].start, words[-1].end, k)
                    break
            if hit is None:
                i += 1
                continue
            s, e, k = hit
            i += k
            ent = next((x for x in doc.entities if x.start < e and s < x.end), None)
            if ent is not None and ent.label not in ("NORP", "GPE", "LOC"):
                continue
            if any(cs < e and s < ce for cs, ce in spans):
                continue
            out.append((s, e))
        return out

    @staticmethod
    def _modifies(doc: NewsDoc, tok) -> bool:
        """Whether an adjective of place stands before what it qualifies ("Syrian troops",
        "the Russian-American art", "Iraqi and Syrian forces"), not alone as a noun."""
        nxt = doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None
        if nxt is None:
            return False
        if nxt.text in ("-", "–") or nxt.pos in ("NOUN", "PROPN", "ADJ", "NUM"):
            return True
        # "Iraqi and Syrian forces": a conjunct before another adjective of place
        return nxt.text.lower() in ("and", "or", ",") and tok.dep in ("amod", "compound", "conj", "nmod")

    def _county_lists(self, doc: NewsDoc, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        """'Barrow, Jackson and Madison counties', 'Pleasant and Madison townships': each
        name of the list is a county (township, parish) of the gazetteer, whatever the
        model made of it."""
        toks = doc.tokens
        out = []
        for k, t in enumerate(toks):
            kind = _LIST_KINDS.get(t.text.lower())
            if kind is None or k == 0:
                continue
            # walk back over "Name, Name Name and Name"
            names: list[tuple[int, int]] = []
            j, end, joined = k - 1, None, False
            while j >= 0:
                w = toks[j]
                if w.text[:1].isupper() and w.tag in ("NNP", "NNPS", "JJ", "NN"):
                    end = end if end is not None else j
                    if j == 0 or not (toks[j - 1].text[:1].isupper() and toks[j - 1].tag in ("NNP", "NNPS")) \
                            or end - j >= 1:
                        names.append((toks[j].start, toks[end].end))
                        end = None
                    j -= 1
                elif w.text in (",", "and", "or", "&") and end is None and names:
                    joined = joined or w.text != ","
                    j -= 1
                else:
                    break
            if len(names) < 2 or not joined:
                continue
            found = [(s, e) for s, e in names
                     if self._known(f"{doc.text[s:e]} {kind}") or self.gazetteer.towns(f"{doc.text[s:e]} {kind}")]
            # most of the list must be known ones: "Smith and Jones counties" names no counties
            if len(found) * 2 >= len(names):
                out.extend((x[0], x[1], kind) for x in found if not any(cs < x[1] and x[0] < ce for cs, ce in spans))
        return out

    def _main_name(self, name: str) -> bool:
        s, e = _trim(name, 0, len(name))
        return not compass_only(name[s:e]) and any(not alt for _, alt in self.gazetteer.lookup(name[s:e]))

    def _repeats(self, doc: NewsDoc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """One sense per discourse: a name recognised as a place once is a
        place at its other occurrences too, unless it is part of a longer
        entity there ("Andrew Jackson" after "Jackson, Miss.")."""
        text = doc.text
        names = {text[s:e] for s, e in spans if e - s > 2 and text[s:s + 1].isupper()}
        # only names the gazetteer knows: a surname spaCy once took for a
        # place must not spread
        names = {n for n in names if self._main_name(n)}
        # a dateline's "TORRINGTON" is "Torrington" in the story (a town the
        # secondary index knows is enough: an upper-case place is not a surname)
        caps = {text[s:e] for s, e in spans if e - s > 3 and text[s:e].isupper()}
        names |= {n.title() for n in caps if self._known(n.title())}
        if not names:
            return []
        covered = sorted(spans)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
        ents = doc.entities
        out = []
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(cs < e and s < ce for cs, ce in covered):
                continue
            ent = next((x for x in ents if x.start < e and s < x.end), None)
            if ent is not None and (ent.start < s or ent.end > e) and text[ent.start:ent.end].strip() != text[s:e]:
                continue
            if ent is not None and ent.label == "PERSON" and not self._prominent(text[s:e]):
                continue
            out.append((s, e))
        return out

    def _prominent(self, name: str) -> bool:
        """A strong name, or a city of 15,000 or more: enough to overrule a PERSON label."""
        return not compass_only(name) and any(
            not alt and (e.kind in _STRONG_KINDS or e.population >= 15000) for e, alt in self.gazetteer.lookup(name)
        )

    def _strong(self, name: str) -> bool:
        """A main name of a country, state, region, continent or county ("Ohio"), or such a name
        after a capitalised direction ("Western Pennsylvania"); never a compass word alone."""
        if compass_only(name):
            return False
        if any(not alt and e.kind in _STRONG_KINDS for e, alt in self.gazetteer.lookup(name)):
            return True
        first, _, rest = name.partition(" ")
        return first.lower() in DIRECTIONS and first[:1].isupper() and bool(rest) and self._strong(rest)

    @staticmethod
    def _prep_before(doc: NewsDoc, i: int, words: frozenset[str] = _LOCATIVE) -> bool:
        return i > 0 and doc.tokens[i - 1].text.lower() in words

    def _gazetteer_matches(self, doc: NewsDoc, taken: list[bool]) -> list[tuple[int, int]]:
        """Proper-noun runs outside any entity that the gazetteer knows."""
        toks = doc.tokens
        out = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if taken[i] or t.tag not in ("NNP", "NNPS") or not t.text[:1].isupper():
                i += 1
                continue
            j = i
            while j < n and j - i < 4 and not taken[j] and toks[j].tag in ("NNP", "NNPS"):
                j += 1
            # the longest known run starting at i
            for k in range(j, i, -1):
                name = doc.text[toks[i].start : toks[k - 1].end]
                if compass_only(name):
                    continue  # "Western", "Eastern traditions": no place of their own
                cands = [e for e, alt in self.gazetteer.lookup(name) if not alt]
                if not cands:
                    # a small town only right after "in", "at", "near", "outside":
                    # "from Smith" or "of Ford" may well be a person or a brand
                    if self._prep_before(doc, i, _IN_PLACE) and self.gazetteer.towns(name):
                        out.append((toks[i].start, toks[k - 1].end))
                        break
                    continue
                if any(e.kind in _STRONG_KINDS for e in cands) or self._prep_before(doc, i):
                    out.append((toks[i].start, toks[k - 1].end))
                    break
            i = j if j > i else i + 1
        return out

    def _with_direction(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'eastern Libya': take the direction word into the span of a country or region."""
        out = []
        for s, e in spans:
            m = _DIRECTION_BEFORE.search(text, max(0, s - 16), s)
            if m and m.group(1)[0].islower() and self._strong(text[s:e]):
                s = m.start(1)
            out.append((s, e))
        return out

    # --- the stage ---

    def find(self, doc: NewsDoc) -> list[Place]:
        found = [t for t in self.toponyms(doc) if not self._actor_mention(doc, t)]
        toponyms = [t for t in found if not t.weak]
        context = self._actor_context(doc, toponyms)
        resolutions = self.resolver.resolve(toponyms, doc.text, context_countries=context)
        more = self._coherent_names(doc, found, resolutions) + self._fitting(found, resolutions)
        if more:
            first = resolutions
            toponyms = sorted(toponyms + more, key=lambda t: t.start)
            resolutions = self.resolver.resolve(toponyms, doc.text, context_countries=context)
            # a name let in for a town near the story must resolve to such a town: "Delta"
            # let in for a Florida hamlet near Cape Canaveral is no Delta, British Columbia
            local, countries = self._story(first)
            added = {(t.start, t.end) for t in more}
            stray = {(r.toponym.start, r.toponym.end) for r in resolutions if (r.toponym.start, r.toponym.end) in added
                     and (r.entry is None or not self._coheres(r.entry, local, countries))}
            if stray:
                toponyms = [t for t in toponyms if (t.start, t.end) not in stray]
                resolutions = self.resolver.resolve(toponyms, doc.text, context_countries=context)
        # "the Western Boone Foundation", "Eastern traditions": a compass word that names no
        # division of a country of the story is no place
        resolutions = [r for r in resolutions if r.entry is not None or not compass_only(r.toponym.text)]
        return self._places(doc, resolutions)

    @staticmethod
    def _story(first: list[Resolution]) -> tuple[list[tuple[float, float]], set[str]]:
        """The points of the towns and counties, and the countries, a first resolution found."""
        local = [(r.lat, r.lon) for r in first
                 if r.entry is not None and r.entry.kind in ("city", "county") and r.lat is not None]
        countries = {r.country for r in first if r.entry is not None and r.entry.kind == "country" and r.country}
        return local, countries

    def _coherent_names(self, doc: NewsDoc, toponyms: list[Toponym], first: list[Resolution]) -> list[Toponym]:
        """Capitalised names the model did not take for places (or took for a person, an
        organisation, a product) that name a town or county where the story is: within
        80 km of a town or county the story already names, or a capital or city of
        100,000 of a country it names ("Tbilisi says", "Hopkinton is the latest town",
        "Theresa Pilkington of Jeannette"). Towns of the secondary index count too."""
        local, countries = self._story(first)
        if not local and not countries:
            return []
        text = doc.text
        toks = doc.tokens
        taken = [(t.start, t.end) for t in toponyms]
        ents = doc.entities
        words = word_classes()
        # the people of the story, by any word of their names ("Clinton" after "Hillary
        # Clinton", "Chester said" after "Geoff Chester"): a person, not a town
        # (names of two words or more: a one-word "person" may be a town the model misread)
        people = {w for x in ents if x.label == "PERSON" and x.token_end - x.token_start >= 2
                  for w in x.text.replace("’s", "").replace("'s", "").split()}
        people |= {w for a in doc.actors if a.kind == "person" and " " in a.name.strip() for w in a.name.split()}
        out: list[Toponym] = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i]
            if t.tag not in ("NNP", "NNPS") or not t.text[:1].isupper() or not t.text[1:2].islower():
                i += 1
                continue
            j = i
            while j < n and j - i < 3 and toks[j].tag in ("NNP", "NNPS") and toks[j].text[:1].isupper():
                j += 1
            s, e = toks[i].start, toks[j - 1].end
            first_i, i = i, j
            if j < n and toks[j].tag in ("NNP", "NNPS") or any(cs < e and s < ce for cs, ce in taken):
                continue
            if first_i > 0 and toks[first_i - 1].text.rstrip(".").lower() in words["PERSON_TITLES"]:
                continue  # "Mrs. Sharon", "Sen. Clark"
            if j < n and toks[j].text.lower() in words["NOT_PLACE_BEFORE"]:
                continue  # "the Clinton administration", "the Adena people"
            if any(x.text.lower() == "who" for x in toks[j:j + 2]):
                continue  # "Matsumoto, who manages": a person
            ent = next((x for x in ents if x.start < e and s < x.end), None)
            if ent is not None:
                es, ee = _trim(text, ent.start, ent.end)
                if (es, ee) != (s, e) or ent.label in ("GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY"):
                    continue
            name = text[s:e]
            if any(w in people for w in name.split()) and not (ent is not None and ent.label != "PERSON"
                                                                and (ent.start, ent.end) == (s, e)):
                continue
            cands = [x for x, alt in self.gazetteer.lookup(name) if not alt and x.kind in ("city", "county")]
            cands += self.gazetteer.towns(name)
            person = ent is not None and ent.label in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART")
            if any(self._coheres(x, local, countries, capital_only=person) for x in cands):
                out.append(Toponym(s, e, name))
        return out

    def _fitting(self, found: list[Toponym], first: list[Resolution]) -> list[Toponym]:
        """The weak toponyms (towns inside organisations' names) that fit the story."""
        weak = [t for t in found if t.weak]
        if not weak:
            return []
        local, countries = self._story(first)
        out = []
        for t in weak:
            cands = [x for x, alt in self.gazetteer.lookup(t.text) if not alt and x.kind in ("city", "county")]
            cands += self.gazetteer.towns(t.text)
            if any(self._coheres(x, local, countries) for x in cands):
                out.append(t)
        return out

    @staticmethod
    def _coheres(e, local: list[tuple[float, float]], countries: set[str], *, capital_only: bool = False) -> bool:
        """Near a town or county of the story, or a capital (or, unless the model took the
        name for a person's, a city of 100,000: "Matsumoto" is a surname first) of a
        country of the story."""
        if e.lat is None:
            return False
        if e.country in countries and (e.capital or (e.population >= 100_000 and not capital_only)):
            return True
        return any(distance_km(e.lat, e.lon, la, lo) < 80 for la, lo in local)

    @staticmethod
    def _actor_context(doc: NewsDoc, toponyms: list[Toponym]) -> dict[str, float]:
        """Country evidence from the actors the knowledge base identifies ("Saad Hariri",
        "the Libyan foreign ministry"), half a point per mention. Not from the others: the
        actors stage reads their country from the story's place names ("London police",
        the coalition's chair in a London, Ontario story taken for British), and a name's
        own evidence must not resolve it. Nor from an actor that is itself one of the
        toponyms ("Moscow supports"): the resolver weighs that name already."""
        a2 = _alpha3_to_alpha2()
        context: dict[str, float] = {}
        for actor in doc.actors:
            c = a2.get(actor.country or "")
            if not c or not actor.kb_id:
                continue
            if any(t.start < me and ms < t.end for ms, me in actor.mentions for t in toponyms):
                continue
            context[c] = context.get(c, 0.0) + len(actor.mentions) * 0.5
        return context

    def _actor_mention(self, doc: NewsDoc, t: Toponym) -> bool:
        """Whether the toponym is an organisation's own name rather than a place.

        A toponym that is also an actor stays a place: the actor layer codes
        "Moscow" in "Moscow supports" as Russia's government, the place layer
        keeps every mention of Moscow (event location skips the metonymic ones,
        :func:`newsgraph.gazetteer.locate.event_place`). The one exception is a
        place name that ends a longer organisation's name without "of", "in" or
        "at" before it ("news agency Fars", "the daily Kathimerini"): there the
        name is the outlet's, not a place it is in; so is the whole name of an
        organisation the knowledge base knows ("UN" is not Un, India).
        """
        text = doc.text
        for a in doc.actors:
            if a.kind not in ("organization", "group"):
                continue
            for ms, me in a.mentions:
                if ms < t.start and t.end == me and not _WHERE_BEFORE.search(text, ms, t.start) \
                        and not text.startswith(("'s", "’s"), t.end):
                    return True
                if a.kb_id and a.kb_id.startswith(_KB_ORGANISATIONS) and name_key(text[ms:me]) == name_key(t.text) \
                        and not self._strong(t.text):
                    # "the UN" anywhere in the story: the organisation the knowledge base
                    # knows, not Un, India
                    return True
        return False

    def _places(self, doc: NewsDoc, resolutions: list[Resolution]) -> list[Place]:
        places: list[Place] = []
        by_key: dict[tuple, Place] = {}
        for r in resolutions:
            key = (r.geonameid, r.name if r.geonameid is None else None, r.lat, r.lon)
            if r.entry is None:
                key = ("unresolved", name_key(r.toponym.text))
            p = by_key.get(key)
            if p is None:
                p = Place(
                    id=f"p{len(places) + 1}",
                    name=r.name,
                    geonameid=r.geonameid,
                    country=r.country,
                    lat=round(r.lat, 5) if r.lat is not None else None,
                    lon=round(r.lon, 5) if r.lon is not None else None,
                    precision=r.precision,
                    feature_class=r.fclass,
                )
                by_key[key] = p
                places.append(p)
            p.mentions.append((r.toponym.start, r.toponym.end))
        self._capital_anaphora(doc, places)
        return places

    def _capital_anaphora(self, doc: NewsDoc, places: list[Place]) -> None:
        """'the capital' names the capital city last mentioned before it."""
        capitals = []
        for p in places:
            if p.geonameid is None or p.feature_class != "P":
                continue
            e = next((e for e, alt in self.gazetteer.lookup(p.name) if e.geonameid == p.geonameid), None)
            if e is not None and e.capital:
                capitals.extend((m[0], p) for m in p.mentions)
        if not capitals:
            return
        capitals.sort(key=lambda x: x[0])
        for m in _CAPITAL.finditer(doc.text):
            span = (m.start(), m.end())
            if doc.actor_at(*span) is not None or any(
                ms < span[1] and me > span[0] and not is_demonym(doc.text[ms:me])
                for p in places for ms, me in p.mentions
            ):
                continue
            nation = DEMONYMS.get(m.group(1) or "")
            if m.group(1) and nation is None:
                continue  # "the Tory capital": not a country's adjective
            cands = [(s, p) for s, p in capitals if nation is None or p.country == nation]
            before = [p for s, p in cands if s < m.start()]
            after = [p for s, p in cands if m.end() <= s < m.end() + 40]
            # "the capital, Tripoli": the apposition names it; else the last one named.
            target = after[0] if after else (before[-1] if before else None)
            if target is not None and span not in target.mentions:
                target.mentions.append(span)
                target.mentions.sort()
                # "the Lebanese capital" is Beirut's mention, its adjective no longer Lebanon's
                for p in places:
                    p.mentions = [(ms, me) for ms, me in p.mentions
                                  if p is target or not (span[0] <= ms and me <= span[1])]
        places[:] = [p for p in places if p.mentions]
        for i, p in enumerate(places, 1):
            p.id = f"p{i}"
