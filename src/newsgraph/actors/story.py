"""Who is who in a document, grouped into actors with all their mentions (the engine
of the actors stage, :mod:`newsgraph.stages.actors`).

Three passes over the parse (the work is in ``newsgraph.actors``, so other stages and
tools can reuse it):

1. **Mentions** (``newsgraph.actors.mentions``). Named entities (PERSON, ORG, NORP, and GPE/LOC/FAC used as
   actors), role-noun phrases ("the foreign minister", "Houthi rebels",
   "an American destroyer") and personal pronouns. A person's name takes the
   title before it ("foreign minister Sergey Lavrov" is one mention). A
   country or capital is an actor only in an actor's position ("Moscow
   supports", "backed by Egypt"); "a press conference in Moscow" is left to
   the places stage.
2. **Description.** Each mention is read by ``newsgraph.actors.phrase.describe``:
   country, org, sector, office, KB entry, valid on the document's date; what
   the phrase leaves open is read from the sentence around it
   (``newsgraph.actors.cues``: appositives, "of"/"for", copulas, titles shared by
   coordinated names, the last word of an organisation's name, media verbs).
3. **Coreference** (``newsgraph.actors.coref``). Names group by KB entry or surname; an unnamed office
   ("Russia's top diplomat", "The Libyan foreign minister") joins the named
   person of that country holding it in the text or, failing that, in the KB
   on that date; "his Libyan counterpart" takes the office of whoever "his"
   is; he/she/his/her join the nearest compatible person; "her government" is
   the government of her country; a state's name, capital and government are
   one actor; "the company", "the group" join a named organisation that fits.
   They/it/its/their join a group, organisation or state where the antecedent
   is plain, and "we"/"I" in a quote the speaker's group or the speaker
   (``newsgraph.actors.groupref``). Finally actors left without a country take the
   story's country when one country dominates it (never "foreign" ones, nor
   named clergy, reporters or scholars, nor groups named only by a world faith
   such as "Muslim hackers"). A place acting takes its own country from the
   gazetteer, and a force named after an area ("Thames Valley Police") that
   area's country or none, never the story's.

Cost: one pass over tokens per kind of mention and dictionary look-ups; about
4% of the nlp stage's time on 100 Reuters documents (full pipeline, Nov 2026).
Provinces and towns come from the gazetteer, loaded once per process on first
use and shared with the places stage.
"""

from __future__ import annotations

from newsgraph.kb import DocumentKB, KnowledgeBase
from newsgraph.actors.coref import Draft, Grouper
from newsgraph.actors.cues import ActorCues
from newsgraph.kb.lexicon import (
    AREA_FORCES,
    FOREIGN,
    GENERIC_FORCE_WORDS,
    LOCATIVE_PREPS,
    MODIFIER_SECTORS,
    RANKS,
    ROLE_NOUNS,
    VISIT_WORDS,
    WORLD_FAITHS,
)
from newsgraph.actors.mentions import MentionFinder
from newsgraph.actors.spans import gazetteer_country
from newsgraph.model import Actor, NewsDoc

_NONSTATE = frozenset({"IGO", "NGO", "IMG", "ISM", "MNC"})
#: a state's own institutions: they belong to the country where the story happens
_INSTITUTIONS = frozenset({"COP", "JUD", "GOV", "LEG"})
#: sectors of people who act in their own country (a senator, a police chief, a judge)
_DOMESTIC = frozenset({"LEG", "COP", "JUD"})
#: sectors of named people whose country a story about another country does not tell
_WORLD_VOICES = frozenset({"REL", "JRN", "EDU", "ELI"})


class ActorFinder:
    """Finds a parsed document's actors and the country its story is set in."""

    def __init__(self, kb: KnowledgeBase, min_population: int = 15000):
        self.kb = kb
        self.min_population = min_population

    def _is_place(self, name: str) -> bool:
        """Whether the gazetteer knows ``name`` as a place of its own."""
        return bool(self._gazetteer().lookup(name))

    def _gazetteer(self):
        """Provinces and towns for the country of "the government of Sindh" (loaded once per
        process on first use, and shared with the places stage)."""
        from newsgraph.gazetteer.index import get_gazetteer

        return get_gazetteer(self.min_population)

    def find(self, doc: NewsDoc) -> tuple[list[Actor], str | None]:
        if not doc.tokens:
            return [], None
        # a shared name means the entity the story names in full; a place's own name is no
        # misspelt country's
        kb = DocumentKB(self.kb, doc.text, is_place=self._is_place)
        finder = MentionFinder(doc, kb, self._gazetteer)
        finder.entities()
        finder.listed_names()
        finder.proper_nouns()
        finder.media_subjects()
        finder.role_nouns()
        finder.surnames()
        finder.pronouns()
        drafts = Grouper(doc, kb, finder.mentions).run()
        self._context_sector(doc, drafts)
        cues = ActorCues(doc, kb, drafts, place_country=self._place_country)
        cues.run()
        setting = self._context_country(doc, drafts)
        cues.default_civilians()
        return self._actors(doc, drafts), setting

    def _place_country(self, name: str) -> str | None:
        """The country a place name is in: a country itself, or a town or province the
        gazetteer places plainly ("of Benin", "of Utah")."""
        found = self.kb.find(name)
        if found and found[0].kind in ("state", "capital") and found[0].roles:
            return found[0].roles[0].country
        return gazetteer_country(self._gazetteer(), name)

    @staticmethod
    def _context_sector(doc: NewsDoc, drafts: list[Draft]) -> None:
        """In a police story, bare ranks are police: "the officers", "Sergeant Ratana".

        "Officer", "sergeant", "lieutenant" and "captain" are military by default. When the
        document names police (COP) and no military actor by any other word, they are police.
        """
        toks = doc.tokens

        def military_word(k: int) -> bool:
            low, lem = toks[k].text.lower(), toks[k].lemma.lower()
            role = ROLE_NOUNS.get(lem) or ROLE_NOUNS.get(low)
            return MODIFIER_SECTORS.get(low) == "MIL" or (role is not None and role[0] == "MIL" and lem not in RANKS)

        def ranked(a: Draft) -> bool:
            """MIL only from a shared rank ("the officers"), not from "army officers"."""
            words = [k for m in a.mentions for k in range(m.start, m.end)]
            return any(toks[k].lemma.lower() in RANKS for k in words) and not any(military_word(k) for k in words)

        military = [(a, ranked(a)) for a in drafts if a.sector == "MIL"]
        for a, rank in military:
            # "Metropolitan Police sergeant Matt Ratana": the rank's own phrase says police
            if rank and any(MODIFIER_SECTORS.get(toks[k].text.lower()) == "COP"
                            for m in a.mentions for k in range(m.start, m.end)):
                a.sector = "COP"
        if not any(a.sector == "COP" for a in drafts) or any(not rank for _, rank in military):
            return
        for a, _ in military:
            a.sector = "COP"

    @staticmethod
    def _visitor(doc: NewsDoc, a: Draft) -> bool:
        """Whether the text has the person travel: the subject of a verb of travel, or the
        one a visit is "by" ("next week's visit to Tokyo by Michael Howard")."""
        toks = doc.tokens
        for m in a.mentions:
            h = toks[m.head]
            if h.head == h.i:
                continue
            g = toks[h.head]
            if h.dep == "nsubj" and g.lemma.lower() in VISIT_WORDS:
                return True
            if h.dep == "pobj" and g.text.lower() == "by" and g.head != g.i and toks[g.head].lemma.lower() in VISIT_WORDS:
                return True
        return False

    def _context_country(self, doc: NewsDoc, drafts: list[Draft]) -> str | None:
        """Give unplaced domestic actors the document's own country, and return it (the
        story's setting: where most of its places are, else its dominant country).

        A story about one country names its officials, police and parties
        without repeating the country ("the interior minister", "police").
        When one country accounts for most country-bearing mentions, actors
        without a country take it, as human coders do; international and
        explicitly foreign ones ("foreign fighters") do not.
        """
        votes: dict[str, int] = {}
        for a in drafts:
            if a.country and a.country not in _NONSTATE:
                votes[a.country] = votes.get(a.country, 0) + len(a.mentions)
        # places count too: "demonstrated in Serbia" sets the scene
        scene: dict[str, int] = {}
        covered = {k for a in drafts for m in a.mentions for k in range(m.start, m.end)}
        for ent in doc.entities:
            town = (ent.label == "PERSON" and ent.token_end - ent.token_start == 1 and ent.token_start > 0
                    and doc.tokens[ent.token_start - 1].text.lower() in LOCATIVE_PREPS)  # "a court in Lyon"
            if (ent.label == "GPE" or town) and ent.token_start not in covered:
                found = self.kb.find(ent.text)
                if found and found[0].kind in ("state", "capital") and found[0].roles:
                    c = found[0].roles[0].country
                elif not found:
                    # a town or province named plainly ("El Paso", "Texas") sets the scene too
                    c = gazetteer_country(self._gazetteer(), ent.text)
                else:
                    c = None
                if c and c not in _NONSTATE:
                    votes[c] = votes.get(c, 0) + 1
                    scene[c] = scene.get(c, 0) + 1
        if not votes:
            return None
        top, n = max(votes.items(), key=lambda kv: kv[1])
        # police, courts and officials belong where the story happens: a trial in Paris of
        # a Canadian's attackers has French police, however often "Canadian" comes up
        where, w = max(scene.items(), key=lambda kv: kv[1]) if scene else (None, 0)
        where = where if w * 2 > sum(scene.values()) else None
        if n * 2 <= sum(votes.values()):
            if where is None:
                return None
            top = None
        # a named person takes the country only in a one-country story
        unanimous = len(votes) == 1
        toks = doc.tokens
        for a in drafts:
            if a.country or a.sector in ("UAF",) or a.kind == "state":
                continue
            named = any(m.source == "PERSON" for m in a.mentions)
            if named and self._visitor(doc, a):
                # "a visit to Tokyo by Minister Michael Howard", "Howard, who leaves for Japan":
                # a visitor is not of the country the story is set in, but of its other one
                home = [c for c in votes if c not in (top, where)]  # (only a single other country counts)
                a.country = home[0] if len(home) == 1 else None
                continue
            if named and not unanimous and where is None and not (a.sector in _DOMESTIC and top is not None):
                # a named person may well be a foreigner ("James Baker" in a story on Brazil),
                # but legislators, police and judges act at home: the story's main country
                continue
            if named and (a.sector == "REL" or (a.sector in _WORLD_VOICES and not unanimous and where is None)):
                continue  # churchmen, reporters, scholars comment on other countries' affairs
            if named and not unanimous:
                # "Senator Ted Cruz" in a story set in the US: a named person the text does
                # not place is most likely of the country where the story happens
                a.country = where if where is not None else top
                continue
            words = {toks[k].text.lower() for m in a.mentions for k in range(m.start, m.end)}
            if words & FOREIGN:
                continue
            if not named and words & WORLD_FAITHS:
                continue
            if a.kb_id is None and all(m.source in ("GPE", "LOC", "FAC", "NORP") for m in a.mentions):
                # a place acting or acted upon ("near the town of Samarra", even when the
                # recogniser calls it a people) is in its own country
                place = gazetteer_country(self._gazetteer(), a.name)
                if place:
                    a.country = place
                    continue
            area = self._force_area(doc, a)
            if area is not None:
                # a force named after an area belongs to that area's country, which the
                # gazetteer tells; failing that it is left open, never another state's
                a.country = area or None
                continue
            if where is not None and a.sector in _INSTITUTIONS:
                a.country = where
            elif top is not None:
                a.country = top
        return where or top

    def _force_area(self, doc: NewsDoc, a: Draft) -> str | None:
        """The country of a force named after the area it serves, "" when the area is unknown.

        None when the actor is not such a force ("Iraqi police", "the National Police").
        """
        toks = doc.tokens
        for m in a.mentions:
            if m.source != "ORG" or toks[m.end - 1].text.lower() not in AREA_FORCES:
                continue
            words = [t for t in toks[m.start : m.end - 1] if t.text.lower() != "the"]
            if not words or not all(t.text[:1].isupper() and t.pos == "PROPN" for t in words):
                continue
            if all(t.text.lower() in GENERIC_FORCE_WORDS for t in words):
                continue
            # the place is the name's opening words: "Thames Valley", "Florida" in "Florida Highway Patrol"
            place = []
            for t in words:
                if t.text.lower() in GENERIC_FORCE_WORDS:
                    break
                place.append(t.text)
            gaz = self._gazetteer()
            for k in range(len(place), 0, -1):
                found = gazetteer_country(gaz, " ".join(place[:k]))
                if found:
                    return found
            return ""
        return None

    @staticmethod
    def _actors(doc: NewsDoc, drafts: list[Draft]) -> list[Actor]:
        toks = doc.tokens
        drafts.sort(key=lambda a: min(m.start for m in a.mentions))
        out: list[Actor] = []
        for a in drafts:
            spans = sorted({(toks[m.start].start, toks[m.end - 1].end) for m in a.mentions})
            # pronoun-only actors are not actors, unless the pronoun was resolved
            # to a known one ("'We will fight,' a Taliban spokesman said")
            if a.kb_id is None and all(m.source == "PRON" for m in a.mentions):
                continue
            out.append(Actor(
                id=f"a{len(out) + 1}", name=" ".join(a.name.split()), kind=a.kind if a.kind in (
                    "person", "organization", "state", "group") else "other",
                country=a.country, org=a.org, sector=a.sector, role=a.role, kb_id=a.kb_id, mentions=spans))
        return out
