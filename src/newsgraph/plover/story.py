"""Events of a whole story: PLOVER events (who did what to whom, when, where) from the
parse, with what needs the other stages (the engine of the events stage,
:mod:`newsgraph.stages.events`).

The coding itself (triggers, arguments, auxiliary modes from the parse, the
manual's disambiguation rules) is :class:`newsgraph.plover.coder.Coder`; the
story adds what needs the other stages: the event date from the time
expression that governs the trigger (``newsgraph.timex.dating``), the place
(``newsgraph.gazetteer.locate``), ``historical``/``future`` from that date, the
CAMEO root and PLOVER intensity from the versioned lookup tables, and ids.

Besides the events it returns, the story may APPEND actors to ``doc.actors``: a
country, capital, town or nationality adjective that an event takes as its
actor or recipient ("demonstrated in Serbia", "rejected an Indian proposal")
while the actors stage kept it as a place or no actor. They are marked by ids
``pa1``, ``pa2``, ... and described in :mod:`newsgraph.plover.territory`; the
same ids serve the "unidentified attackers" (UAF) of an attack no one is named
for, given the country of the event's place.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from newsgraph.gazetteer.locate import event_place
from newsgraph.kb.lexicon import KIN, PLAIN_PEOPLE, ROLE_NOUNS
from newsgraph.kb.model import NONSTATE
from newsgraph.model import Event, EventDate, NewsDoc
from newsgraph.plover.cameo import DEFAULT_TABLE
from newsgraph.plover.coder import Coder
from newsgraph.plover.modality import aux_from_date
from newsgraph.plover.ontology import FUTURE_TO_AGREE, intensity
from newsgraph.plover.responsibility import (aim_judgments_at_acts, aim_reactions_at_attackers,
                                              credit_claimed_attacks, name_suspects_of_attacks)
from newsgraph.timex.dating import event_date, publication_date


#: statements: dated by the occasion their speaker spoke on
SPEECH_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONCEDE"})
#: acts that carry the date of the story they continue when told without one of their own
#: (material acts; words said are dated when said, which the text rarely repeats)
STORY_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID", "SANCTION", "CONCEDE",
                         "COOPERATE", ("ACCUSE", "allege"), ("ACCUSE", "investigate")})


def _day(iso: str) -> datetime.date:
    # (module imported whole: "date" is the events' own dates in this module)
    return datetime.date.fromisoformat(iso[:10])


#: acts whose unnamed private recipient is a suspect
SUSPECT_ACTS = frozenset({("COERCE", "arrest"), ("ACCUSE", "allege"), ("SANCTION", "convict")})


def _unnamed(name: str) -> bool:
    """"a 34-year-old man", "An individual", "two teenagers": a phrase with no name in it."""
    words = name.split()
    if not words:
        return False
    # ("Gunmen killed ...": a role noun capitalised by the sentence, no name)
    first = words[0].lower() in ("a", "an", "the", "two", "three", "four") or words[0][:1].isdigit() \
        or words[0][:1].islower() or (len(words) == 1 and words[0].lower() in ROLE_NOUNS)
    return first and not any(w[:1].isupper() for w in words[1:])


def _ends_in(phrase: str, words: frozenset[str]) -> bool:
    """Does the phrase's last word, or its singular, belong to ``words``?"""
    last = phrase.lower().split()[-1:] or [""]
    return bool(last[0]) and (last[0] in words or last[0].rstrip("s") in words)


def _plain_people(name: str) -> bool:
    """"a 34-year-old man", "two teenagers": people named by no role of their own."""
    return _ends_in(name, PLAIN_PEOPLE)


def _kin(role: str) -> bool:
    """"her brother", "his son": a family tie, no role of one's own."""
    return _ends_in(role, KIN)


@dataclass(frozen=True, kw_only=True)
class EventOptions:
    #: events that ended more than this many days before publication are historical
    historical_days: int = 30
    #: events below this confidence are dropped
    min_confidence: float = 0.3
    #: keep an attack whose doer the text names in no way as one with no actor; off: it is the
    #: unidentified attackers' of where it happened ("a woman was attacked", "died after being
    #: shot")
    actorless_assaults: bool = False


class EventFinder:
    """Codes a parsed document's events with its actors, places, quotes and times known.

    ``source`` and ``detector`` choose where trigger candidates come from (the coder's
    lexicon, the trained detector, or both; see :class:`newsgraph.plover.coder.Coder`).
    """

    def __init__(self, options: EventOptions = EventOptions(), *, source: str = "rules", detector=None,
                 threshold: float = 0.7, kb=None):
        self.options = options
        self.source, self.detector, self.threshold = source, detector, threshold
        self.table = DEFAULT_TABLE
        #: the knowledge base the actors were linked to, for their roles on an event's date
        self.kb = kb

    def find(self, doc: NewsDoc) -> list[Event]:
        if not doc.tokens:
            return []  # (a text with no actor named may still tell of a protest or an arrest)
        coder = Coder(doc, source=self.source, detector=self.detector, threshold=self.threshold)
        coded = coder.code()
        places = {p.id: p for p in doc.places}
        setting = doc.setting or self._place_setting(doc, coder.territory)
        events: list[Event] = []
        # recent dated events so far, in text order: (date, participants, type, sentence, actors)
        story: list[tuple[EventDate, set[str], str, int, set[str]]] = []
        for c in coded:
            anchor = c.support if c.support is not None else c.trigger
            date = event_date(doc, anchor)
            if self._contrary_reference(doc, date, c):
                # "Widodo was planning to visit Wiranto" after "... in 2016", "the agreement was
                # signed" after "... to be completed by 2025": an earlier sentence's date on the
                # wrong side of publication does not date a plan reported now or a past act
                date = publication_date(doc)
            if date.precision == "publication":
                date = self._story_date(doc, c, story) or date
            elif self._carried(doc, date, c.sentence) and not self._recent(doc, date) and (
                    news := self._story_date(doc, c, story, same_type=True)) is not None:
                # "In 1990, Milken pleaded guilty ... Trump granted Milken a full pardon": the
                # paragraph's background date does not date the news act the story is about
                date = news
            elif self._recent(doc, date):
                story.append((date, set(c.actor) | set(c.recipient), c.type, c.sentence, set(c.actor)))
            aux = c.aux or aux_from_date(date, doc.published, historical_days=self.options.historical_days)
            if aux == "future" and c.aux is None and c.past:
                aux = None  # a past-tense report is not about the future, whatever date was found
            if aux == "historical" and c.aux is None and self._present_elsewhere_dated(doc, anchor, c.sentence, date):
                aux = None  # "the rebels are backed by Iran" after a 2015 sentence: a present state
            typ, mode = c.type, c.mode
            if aux == "future" and c.aux is None and typ in FUTURE_TO_AGREE:
                typ, mode = "AGREE", None  # future by its date: the manual's AGREE
            conf = c.confidence - (0.05 if aux == "hypothetical" else 0.0)
            if doc.quotes and doc.quote_containing(*c.span) is not None:
                conf -= 0.05  # told by a source in a quote, not asserted by the reporter
            if conf < self.options.min_confidence:
                continue
            sent = doc.sentences[c.sentence]
            place = event_place(doc, anchor)
            actor = list(c.actor)
            if not actor and c.unattributed is not None:
                # "a roadside bombing near Samarra killed ...": the unnamed attackers of the
                # country where it happened
                actor = [self._unidentified(doc, coder, places.get(place), sent, c.unattributed, c.recipient)]
            if not actor and c.authority:
                # "were arrested in Minsk", "was charged with murder": the police, courts or
                # government of where it happened, else of where the story is set
                p = places.get(place)
                span = next(((a, b) for a, b in (p.mentions if p else []) if sent.start <= a < sent.end), c.span)
                found = coder.territory.authorities(p, span, type=typ, mode=mode, lemma=c.lemma,
                                                    fallback=setting)
                actor = [x for x in [found] if x and x not in c.recipient]
            recipient = list(c.recipient)
            if not recipient and c.to_court:
                # "pleaded guilty": to the courts of where it happened, else of the setting
                p = places.get(place)
                span = next(((a, b) for a, b in (p.mentions if p else []) if sent.start <= a < sent.end), c.span)
                court = coder.territory.authorities(p, span, type=typ, mode=mode, lemma=c.lemma, fallback=setting)
                recipient = [x for x in [court] if x and x not in actor]
                for a in doc.actors:
                    if a.id in actor and a.sector == "CVL" and a.kb_id is None and _unnamed(a.name) \
                            and _plain_people(a.name):
                        a.sector = "CRM"  # "a man pleaded guilty": a defendant
            if typ == "ASSAULT" and not actor and not self.options.actorless_assaults:
                if not recipient:
                    continue  # no one named acting on no one named (a guard: the coder passes none)
                # "a woman was attacked on Friday night", "died after being shot": someone
                # unnamed did it, the unidentified attackers of where it happened
                actor = [self._unidentified(doc, coder, places.get(place), sent, c.span, recipient, setting)]
            events.append(
                Event(
                    id=f"e{len(events) + 1}",
                    type=typ,
                    mode=mode,
                    trigger=c.span,
                    sentence=sent.span,
                    actor=actor,
                    recipient=recipient,
                    aux=aux,
                    place=place,
                    date=date,
                    cameo=self.table.cameo_root(typ, mode, military=c.military),
                    intensity=intensity(typ, mode),
                    confidence=round(conf, 3),
                )
            )
        self._suspects(doc, events, places, coder.territory, setting)
        # "the Taliban claimed responsibility for the attack": the claimant did it
        unidentified = {a.id for a in coder.territory.new if a.sector == "UAF"}
        credit_claimed_attacks(doc, events, unidentified)
        name_suspects_of_attacks(doc, events, unidentified)
        # "the president condemned the attacks": at their doers, now they are known
        aim_reactions_at_attackers(doc, events, unidentified)
        # "denounced the border agreement": at whoever made it
        aim_judgments_at_acts(doc, events)
        # The events stage's own actors: toponyms and nationality adjectives that an
        # event needs as a participant but the actors stage kept as places or did not
        # read as actors (newsgraph.plover.territory). Only those an event uses are
        # added, each with its mention, so every event id still resolves in doc.actors.
        used = {a for e in events for a in e.actor + e.recipient}
        doc.actors.extend(a for a in coder.territory.new if a.id in used)
        self._roles_then(doc, events)
        return events

    def _roles_then(self, doc: NewsDoc, events: list[Event]) -> None:
        """Each participant's country and sector on a past event's date, where the knowledge
        base dates its role: "Mugabe agreed to power-sharing" in 2008 is the government's act,
        though his obituary names a former president (ELI). Only events that ended more than
        ``historical_days`` before publication, and only roles the KB dates to cover that day."""
        if self.kb is None or doc.published is None:
            return
        linked = {a.id: a for a in doc.actors if a.kb_id and a.kb_id in self.kb.entries}
        if not linked:
            return
        for e in events:
            if not e.date or not e.date.interval or e.date.precision == "publication":
                continue
            start, end = _day(e.date.interval[0]), _day(e.date.interval[1])
            if (doc.published - end).days <= self.options.historical_days:
                continue
            day = start + (end - start) / 2  # (a year told alone: its middle)
            for i in dict.fromkeys(e.actor + e.recipient):
                a = linked.get(i)
                if a is None:
                    continue
                entry = self.kb.entries[a.kb_id]
                if not any(r.dated and r.valid_on(day) for r in entry.roles):
                    continue  # only a role dated to cover that day (a dictionary's later gaps say nothing)
                role = entry.role_on(day)
                if role is None or role.sector is None or not role.country:
                    continue
                if (role.country, role.sector) != (a.country, a.sector):
                    e.roles[i] = (role.country, role.sector)

    def _recent(self, doc: NewsDoc, date: EventDate) -> bool:
        """Is the date the story's own: past or today, and not historical?"""
        if not date.interval or doc.published is None:
            return False
        end = date.interval[1][:10]
        published = doc.published
        return end <= published.isoformat() and (published - _day(end)).days <= self.options.historical_days

    def _story_date(self, doc: NewsDoc, c, story: list[tuple[EventDate, set[str], str, int, set[str]]], *,
                    same_type: bool = False) -> EventDate | None:
        """The date of the story an undated past act belongs to: "Four people were stabbed on
        Thursday ... The officers were stabbed with a kitchen knife." A sentence that goes on
        telling the news carries its date, as readers take it, when it shares a participant with
        that earlier dated act. Only material acts told in the past tense, outside direct
        quotes, and only dates of the story itself (recent, not a historical background date)."""
        if not story or c.aux is not None or not c.past:
            return None
        if doc.quotes and (q := doc.quote_containing(*c.span)) is not None and q.direct:
            return None
        if not (c.type in STORY_TYPES or (c.type, c.mode) in STORY_TYPES):
            # a statement goes on with the dated statements of the same speaker ("On Wednesday
            # Erdogan criticised ... On live television Erdogan also attacked ...")
            if c.type not in SPEECH_TYPES or not c.actor or same_type:
                return None
            said = [d for d, _, typ, sent, spoke in story if sent != c.sentence and typ in SPEECH_TYPES
                    and set(c.actor) <= spoke]
            return said[-1] if said else None
        people = set(c.actor) | set(c.recipient)
        # (an act of the same sentence is another clause's: "Carter, who was released last
        # month, stabbed two men" is not dated by the release)
        story = [(d, who, typ) for d, who, typ, sent, _ in story if sent != c.sentence]
        shared = [d for d, who, typ in story if who & people and (typ == c.type or not same_type)]
        if shared:
            return shared[-1]
        # "four people were stabbed to death on Thursday ... The three officers were stabbed
        # with a kitchen knife": an attack told with its victims only goes on with the attack;
        # "... was granted clemency": a pardon told without its grantor, whom the text leaves
        # to the state, goes on with the story's pardons
        if c.type not in ("ASSAULT", "COERCE", "CONCEDE"):
            return None
        doers = set(c.actor)
        if doers and sum(a.id in doers and a.kind == "state" for a in doc.actors) < len(doers):
            return None  # a named doer's act is dated by what it shares, not by its type
        same = [d for d, _, typ in story if typ == c.type]
        return same[-1] if same else None

    @staticmethod
    def _place_setting(doc: NewsDoc, territory) -> str | None:
        """The country most of the document's resolved places are in, when one dominates."""
        votes: dict[str, int] = {}
        for p in doc.places:
            iso3 = territory.iso3(p) if p.country else None
            if iso3:
                votes[iso3] = votes.get(iso3, 0) + len(p.mentions)
        if not votes:
            return None
        top, n = max(votes.items(), key=lambda kv: kv[1])
        return top if n * 2 > sum(votes.values()) else None

    @staticmethod
    def _suspects(doc: NewsDoc, events: list[Event], places: dict, territory, setting: str | None = None) -> None:
        """An unnamed private person arrested, charged or convicted ("a 34-year-old man was
        arrested") is a suspect: the criminal sector (CRM), as event coders code offenders.
        An unnamed person with no country is of the country where the event happened.

        In an arrest, a charge or a conviction with no place, the police or court with no
        country are of the story's setting, and an unnamed suspect is of the authority's
        country ("a 25-year-old man was arrested by the county police")."""
        by_id = {a.id: a for a in doc.actors}
        for e in events:
            p = places.get(e.place) if e.place else None
            iso3 = territory.iso3(p) if p is not None and p.country else None
            suspect_act = (e.type, e.mode) in SUSPECT_ACTS and e.happened
            if suspect_act and (iso3 or setting):
                for r in e.actor:
                    a = by_id.get(r)
                    if a is None or a.country is not None or a.kb_id is not None or a.sector not in ("COP", "JUD"):
                        continue
                    if iso3:
                        a.country = iso3  # the police who arrest are of where they arrest
                    elif _unnamed(a.name):
                        # "police", "a court": the story's; a force named after an area the
                        # gazetteer does not know ("Thames Valley Police") is left open
                        a.country = setting
            if iso3 is None and suspect_act:
                iso3 = EventFinder._officials_country(by_id, e.actor)
                participants = e.recipient
            else:
                participants = e.actor + e.recipient
            for r in participants:
                a = by_id.get(r)
                if iso3 and a is not None and a.country is None and a.kind in ("person", "group") \
                        and a.kb_id is None and _unnamed(a.name):
                    a.country = iso3
        # who protests in the story is not made a suspect by an arrest: a dissident detained
        # is not coded as a criminal (words are too often misread as accusations to count)
        voices = {a for e in events if e.type == "PROTEST" and e.happened for a in e.actor}
        for e in events:
            if e.type == "ASSAULT" and e.happened:
                # "a man wearing a mask began to stab shoppers": one private person attacking
                # others is an offender (a crowd that clashes with police keeps its role)
                for r in e.actor:
                    a = by_id.get(r)
                    if a is not None and a.kind == "person" and a.kb_id is None and a.sector in ("CVL", None) \
                            and r not in voices and (a.role is None or _plain_people(a.role)) \
                            and e.aux != "historical":
                        a.sector = "CRM"
            if (e.type, e.mode) not in SUSPECT_ACTS or not e.happened:
                continue
            for r in e.recipient:
                a = by_id.get(r)
                if a is None or a.kb_id is not None or a.kind not in ("person", "group") or r in voices:
                    continue
                if a.sector == "CVL" and _unnamed(a.name) and _plain_people(a.name):
                    a.sector = "CRM"  # (a protester or an activist arrested keeps the role the text gives)
                elif a.sector in ("CVL", None) and a.kind == "person" and not _unnamed(a.name) \
                        and (a.role is None or _plain_people(a.role) or _kin(a.role)) \
                        and e.aux != "historical":
                    # "police arrested Dana Kowalczyk": a named person the text gives no role
                    a.sector = "CRM"

    @staticmethod
    def _carried(doc: NewsDoc, date, sentence: int) -> bool:
        """Does the date come from a time expression outside the trigger's sentence (the
        paragraph's reference time, carried over from an earlier sentence)?"""
        if date is None or not date.timex:
            return False
        tx = next((t for t in doc.timexes if t.id == date.timex), None)
        sent = doc.sentences[sentence]
        return tx is not None and not sent.start <= tx.start < sent.end

    @staticmethod
    def _contrary_reference(doc: NewsDoc, date, c) -> bool:
        """Does the date come from an earlier sentence's time expression that lies wholly
        before publication while the clause is about the future, or wholly after it while
        the clause is in the past tense?"""
        if not date.interval or doc.published is None or not EventFinder._carried(doc, date, c.sentence):
            return False
        published = doc.published.isoformat()
        if c.aux == "future":
            return date.interval[1][:10] < published
        return c.past and c.aux is None and date.interval[0][:10] > published

    @staticmethod
    def _unidentified(doc: NewsDoc, coder, place, sent, span, recipients: list[str],
                      setting: str | None = None) -> str:
        """The unidentified attackers of where an attack with no doer named happened: its
        place's country, else the one country of the officials it struck, else ``setting``."""
        where = EventFinder._country_place(doc, place, sent)
        officials = EventFinder._officials_country(coder.actor_by_id, recipients)
        return coder.territory.unidentified(span, where, officials or setting)

    @staticmethod
    def _officials_country(by_id: dict, ids: list[str]) -> str | None:
        """The one state of the officials, police or judges among ``ids`` ("an attempt to
        assassinate the deputy governor of Tyumen"; "arrested by the county police"): where
        an unnamed act by or on them most likely happened when no place is named. Soldiers
        serve abroad, so they do not count; nor do international bodies."""
        countries = {by_id[r].country for r in ids if r in by_id and by_id[r].country
                     and by_id[r].country not in NONSTATE and by_id[r].sector in ("GOV", "LEG", "JUD", "COP")}
        return next(iter(countries)) if len(countries) == 1 else None

    @staticmethod
    def _country_place(doc: NewsDoc, place, sent):
        """The event's place if its country is known, else the one country the sentence's
        places are in ("in Mindanao, Philippines" when Mindanao itself is unresolved)."""
        if place is not None and place.country:
            return place
        inside = [p for p in doc.places if p.country and any(sent.start <= s < sent.end for s, _ in p.mentions)]
        return inside[0] if len({p.country for p in inside}) == 1 else place

    @staticmethod
    def _present_elsewhere_dated(doc: NewsDoc, anchor: int, sentence: int, date) -> bool:
        """Is the trigger's clause in the present tense while its date comes from a time
        expression outside its sentence (carried over from an earlier, historical one)?"""
        if not EventFinder._carried(doc, date, sentence):
            return False
        tok = doc.tokens[anchor]
        words = [tok] + [t for t in doc.children(tok) if t.dep in ("aux", "auxpass")]
        return any(t.tag in ("VBZ", "VBP") for t in words) and not any(t.tag in ("VBD", "VBN") and t.dep in ("aux", "auxpass") for t in words)
