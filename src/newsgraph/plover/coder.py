"""Dependency-pattern PLOVER coder: trigger words plus who-did-what-to-whom.

For every sentence the coder finds trigger candidates (verbs and nouns in
:mod:`newsgraph.plover.lexicon`), lets "content" verbs absorb the event they
govern ("threatened to attack" is one THREATEN, not a THREATEN and an
ASSAULT), then reads the arguments off the parse: subjects and agents
(passive voice), objects and prepositional objects, coordinated actors as one
list, subjects inherited through xcomp/conj/relative clauses, and the
addressee of reported speech, and, when no other target is named, the place
acted upon. Argument tokens become actor ids through the actors stage's
mentions; a toponym or nationality adjective the actors stage did not make an
actor gets one from :mod:`newsgraph.plover.territory` (appended to the
document by the events stage). Which candidates belong to another event is
:mod:`newsgraph.plover.absorb`.

The result is a list of :class:`~newsgraph.plover.candidates.Coded` records; the
events stage adds dates, places and ids. Demands told as obligations ("said X
must ...") are :mod:`newsgraph.plover.deontic`.
"""

from __future__ import annotations

from newsgraph.model import NewsDoc
from newsgraph.plover.absorb import REQUEST_MODE, THREAT_MODE, Absorber
from newsgraph.plover.lexicon import (
    word_set,
    AGREEMENT_VERBS, ASSAULT_MODE_CUES, LIGHT_OVERRIDES, LIGHT_VERBS, MODIFIER_CLASSES, NEGATORS, NOUN_CLASSES,
    GENERIC_ACTS, PREDICATE_CLASSES, PROTEST_MODE_CUES, RECEIVING,
    Entry, noun_lexicon, verb_lexicon,
)
from newsgraph.plover.modality import CONDITIONAL_MARKS, clause_aux
from newsgraph.plover.ontology import FUTURE_TO_AGREE, FUTURE_TO_THREATEN, MODES
from newsgraph.plover.candidates import Candidate, Coded
from newsgraph.plover.deontic import DeonticRequests
from newsgraph.plover.learned import SOURCES, LearnedCandidates
from newsgraph.plover.speech import SpeechActs
from newsgraph.plover.arguments import PEOPLE_TARGET_TYPES, PLACE_TARGET_TYPES, ArgumentFinder
from newsgraph.plover.mentions import HOSTILE_TYPES, ActorLookup
from newsgraph.plover.readings import DISASTER, ClauseReadings
from newsgraph.plover.nonevents import (
    danger_warning, in_group_appeal, lifeless_object, press_partners, projection, thing_permits, traffic_accident,
)
from newsgraph.parse import ParseView
from newsgraph.plover.territory import PlaceActors

# verbs of taking part: "converged for a rally", "joined the protest"
PARTICIPATE = word_set("PARTICIPATE")
# what a warning "of"/"about" must name to be a threat ("warned of serious consequences")
THREAT_CONTENT = word_set("THREAT_CONTENT")
# "fought against/with X" is combat; "fought for control of" too, "fight for jobs" is not
CONTESTED = word_set("CONTESTED")
CONTROL = word_set("CONTROL")
# (lemmas: spaCy lemmatises the participles "planned", "scheduled" to their verbs)
FUTURE_MODIFIERS = word_set("FUTURE_MODIFIERS")
HYPO_MODIFIERS = word_set("HYPO_MODIFIERS")
FAILING = word_set("FAILING")
# giving something up: vowing NOT to do it is a refusal ("vowed never to cede an inch")
YIELDING = word_set("YIELDING")
FORCES_MOVED_TYPES = frozenset({"MOBILIZE", "RETREAT", "REJECT", "AID", "SANCTION", "CONCEDE", "AGREE", "THREATEN"})
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
# a verdict or a plea with "not": what the act becomes
NEGATED_VERDICT = {("SANCTION", "convict"): ("CONCEDE", None), ("CONCEDE", None): ("REJECT", None)}
# reactions to what someone did ("criticized the move", "welcomed the decision")
JUDGED_ACT_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})
# acts besides coercion that only authorities do: "was charged", "were convicted", "is being investigated"
AUTHORITY_ACTS = frozenset({("ACCUSE", "investigate"), ("ACCUSE", "allege"), ("SANCTION", "convict")})
# pardons, amnesties and commuted sentences told without who granted them: the state's
CLEMENCY = word_set("CLEMENCY")
NOBODY = word_set("NOBODY")
ELECTORATE = word_set("ELECTORATE")
INFORMAL_BLAME = word_set("INFORMAL_BLAME")
STAYING = word_set("STAYING")
EVERYONE = word_set("EVERYONE")
TOPIC_PREPS = word_set("TOPIC_PREPS")
ABSTRACT_TARGETS = word_set("ABSTRACT_TARGETS")
ORDERING = word_set("ORDERING")
REFUSABLE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})


class Coder(ActorLookup, ArgumentFinder, Absorber, ClauseReadings, DeonticRequests, SpeechActs, LearnedCandidates):
    """Codes one document; build one per document (it indexes the parse and actors).

    ``source`` says where trigger candidates come from: the lexicon (``rules``), the trained
    detector (``model``) or both (:mod:`newsgraph.plover.learned`); ``detector`` is a loaded
    :class:`~newsgraph.plover.detector.TriggerDetector` (None: rules only).
    """

    def __init__(self, doc: NewsDoc, *, source: str = "rules", detector=None, threshold: float = 0.4):
        if source not in SOURCES:
            raise ValueError(f"unknown event coder source {source!r}; use one of {', '.join(SOURCES)}")
        self.source = source if detector is not None and detector.available else "rules"
        self.detector = detector if self.source != "rules" else None
        self.threshold = threshold
        self.doc = doc
        self.view = doc.view
        self.tok_actor = self._index_actors(doc)
        self.actor_by_id = {a.id: a for a in doc.actors}
        self.verbs = verb_lexicon()
        self.nouns = noun_lexicon()
        self.territory = PlaceActors(doc, self.actor_by_id)
        self._cands: dict[int, Candidate] = {}
        # actor id -> recipients of its hostile events so far, in text order ("his rivals")
        self.hostile_to: dict[str, list[str]] = {}
        self.last_attackers: list[str] = []  # actors of the last ASSAULT so far ("in the airstrike")

    def _object_lemmas(self, i: int) -> list[set[str]]:
        """Object words in tiers: the objects' head nouns first, then their modifiers and
        prepositional objects ("captured part of a guerrilla stronghold" is about a stronghold)."""
        v = self.view
        heads: set[str] = set()
        mods: set[str] = set()
        t = v.tok(i)
        if t.tag == "VBN" and t.dep in ("acl", "amod") and t.head != i:
            heads.add(v.tok(t.head).lemma.lower())  # "a statement released by ...": the noun is the object
        objects = v.children(i, "dobj", "nsubjpass", "attr", "xcomp", "ccomp", "oprd", "acomp", "dative")
        # "granted Pogue a full pardon": the parser may hang the second object on the first as an
        # apposition; it is what is given all the same
        objects += [x for d in v.children(i, "dative") for x in v.children(d.i, "appos") if x.pos == "NOUN"]
        # "ruled the curfew unconstitutional": the parser may hang the object's predicate
        # adjective on the verb as an adverb
        objects += [x for x in v.children(i, "advmod") if x.pos == "ADJ"]
        for c in objects:
            for cc in v.conjuncts(c.i):
                heads.add(cc.lemma.lower())
                mods.update(m.lemma.lower() for m in v.children(cc.i, "compound", "amod"))
                # "700 kg of medicine", "a state of emergency", "part of a stronghold"
                for o in v.preps(cc.i, "of"):
                    heads.add(o.lemma.lower())
                    mods.update(m.lemma.lower() for m in v.children(o.i, "compound", "amod"))
                    for o2 in v.preps(o.i, "of"):
                        mods.add(o2.lemma.lower())
        has_object = bool(v.children(i, "dobj"))
        for p in v.children(i, "prep", "agent"):
            if p.text.lower() == "to":
                continue  # "contributed to suffering": a goal, not what is handed over
            if p.text.lower() == "from" and has_object:
                continue  # "received credits from official agencies": the giver, not what is given
            for o in v.children(p.i, "pobj", "pcomp"):
                mods.add(o.lemma.lower())
            for p2 in v.children(p.i, "prep"):  # "dropped out of the race"
                mods.update(o.lemma.lower() for o in v.children(p2.i, "pobj"))
        return [heads, mods]

    def _apply_rules(self, entry: Entry, tiers) -> tuple[str | None, str | None, bool]:
        """(type, mode, matched) after object rules; type None when vetoed."""
        if isinstance(tiers, set):
            tiers = [tiers]
        for k, lemmas in enumerate(tiers):
            for cls, t, m in entry.object_rules:
                if k > 0 and cls in PREDICATE_CLASSES:
                    continue  # "found illegal weapons": a verdict word modifying the object is none
                words = NOUN_CLASSES.get(cls) or MODIFIER_CLASSES.get(cls, frozenset())
                if lemmas & words:
                    return t, m, True
        return entry.type, entry.mode, False

    def _verb_cand(self, i: int) -> Candidate | None:
        t = self.view.tok(i)
        entries = self.verbs.get(t.lemma.lower()) or self._by_stem(t.text.lower())
        if not entries:
            return None
        v = self.view
        prt = v.particle(i) or next((c.text.lower() for c in v.children(i, "advmod")
                                     if c.i == i + 1 and c.text.lower() in ("down", "up", "off", "out", "back")), None)
        preps = {c.text.lower() for c in v.children(i, "prep")}
        for_clause = bool(v.for_clauses(i))
        if for_clause:
            preps.add("for")  # "called for the government to resign": "call for" with a clause
        objs = {c.lemma.lower() for c in v.children(i, "dobj")}
        chosen = None
        for e in entries:
            if e.particle and (e.particle == prt or e.particle in preps or e.particle in objs):
                chosen = e
                break
        if chosen is None:
            chosen = next((e for e in entries if e.particle is None), None)
            if chosen is None or (prt and prt in ("off", "out", "down", "up", "back", "over") and chosen.lemma in ("call", "pull", "step", "blow", "hand", "crack", "round", "break", "turn", "gun")):
                return None
        lemmas = self._object_lemmas(i)
        typ, mode, matched = self._apply_rules(chosen, lemmas)
        if typ is None or (chosen.need_object and not matched and not (
                chosen.content and v.children(i, "xcomp", "ccomp")) and not (for_clause and typ == "REQUEST")):
            return None  # ("offered to negotiate" needs no object: the complement is the offer)
        if chosen.required_preps and not matched and not v.preps(i, *chosen.required_preps) and not any(
                v.preps(o.i, *chosen.required_preps) for o in v.children(i, "dobj")):
            return None  # ("pleaded with the rebels"; a matched object rule needs none: "pleaded guilty")
        if (typ, mode) in NEGATED_VERDICT and any(
                v.lem[x.i] in NOUN_CLASSES["VERDICT"] and (v.children(x.i, "neg") or (x.i > 0 and v.low[x.i - 1] in NEGATORS))
                for x in v.children(i, "oprd", "ccomp", "acomp")):
            # "found not guilty" is an acquittal, not a conviction denied; "pleaded not guilty"
            # rejects the charge
            typ, mode = NEGATED_VERDICT[(typ, mode)]
        if chosen.need_dobj and not v.children(i, "dobj") and not (self._passive(i) and (
                v.children(i, "nsubjpass") or (t.tag == "VBN" and t.dep == "advcl" and not v.children(i, "nsubj")))):
            # ("appeared in court, charged with murder": a reduced passive about the clause's subject)
            # ("was charged with murder": the passive subject is the object)
            return None
        if chosen.no_dobj and v.children(i, "dobj"):
            return None
        if chosen.need_complement and not (v.children(i, "xcomp", "ccomp") or v.preps(i, "to") or any(
                x.text.lower() == "to" and x.dep == "aux" for a in v.children(i, "advcl") for x in v.children(a.i))):
            return None  # ("have sworn to fight": the parser may make the infinitive an advcl)
        if chosen.need_argument and not (v.children(i, "xcomp", "ccomp", "dobj")
                                         or any(x.text.lower() == "to" for a in v.children(i, "advcl")
                                                for x in v.children(a.i, "aux"))
                                         or v.preps(i, "to", "on", "upon", "with", "in", "over")
                                         or len(self.view.conjuncts(v.children(i, "nsubj")[0].i)) > 1
                                         if v.children(i, "nsubj") else False):
            return None
        if chosen.need_partner and not self._has_partner(i):
            return None  # "discussed his background with reporters' questions" is no meeting
        if typ in ("ASSAULT", "MOBILIZE") and chosen.lemma in ("kill", "deploy", "execute") and lifeless_object(
                v, i, lambda k: bool(self.tok_actor[k])):
            return None  # "killed the bill", "deploy the software": nothing political is done
        if typ == "REQUEST" and chosen.lemma == "call" and projection(v, i):
            return None  # "the AP called the election for Biden": a projection, not a demand
        if typ == "THREATEN" and chosen.lemma == "warn" and danger_warning(v, i):
            return None  # "warned the delay could be a threat to security": a danger, not a threat
        if chosen.lemma == "ask" and typ == "REQUEST" and self._asks_a_question(i):
            return None  # "asked me what had happened", "asked about my story": a question, not a request
        if chosen.lemma == "warn" and typ == "THREATEN" and not v.children(i, "ccomp", "xcomp") and any(
                o.lemma.lower() not in THREAT_CONTENT and o.pos != "VERB"  # ("warned Kyiv against joining NATO")
                for o in v.preps(i, "about", "of", "against")
                + [p for d in v.children(i, "dobj") for p in v.preps(d.i, "about", "of")]):
            return None  # "warned people about the outbreak": a warning of danger, not a threat
        if chosen.lemma == "warn" and typ == "THREATEN" and v.children(i, "xcomp") and any(
                o.lemma.lower() in NOUN_CLASSES["CROWD"] or o.lemma.lower() in ("public", "everyone", "anyone")
                for o in v.children(i, "dobj")):
            typ, mode = "REQUEST", None  # "warned residents to stay inside": advice to the public, not a threat
        if typ == "ASSAULT" and chosen.lemma in ("fight", "battle") and not objs and not (preps & CONTESTED) \
                and any(o.lemma.lower() not in CONTROL for o in v.preps(i, "for")):
            return None  # "vowed to fight for working families": a campaign, not combat
        return Candidate(chosen, i, typ, mode, by_object=matched)

    def _implicit_protest(self, c: Candidate) -> tuple[list[str], list[str]] | None:
        """Protesters and their government for a protest told without either: of the place
        named in the protest's phrase, else of the story's setting."""
        v = self.view
        head = c.support if c.support is not None else c.i
        lo, hi = v.subtree_span(head)
        where = self.territory.country_in(lo, hi) or self.doc.setting
        if where is None:
            return None
        t = v.tok(c.i)
        span = (t.start, t.end)
        return [self.territory.civilians_of(where, span)], [self.territory.state_of(where, span)]

    def _has_partner(self, i: int) -> bool:
        """Someone to meet: "talked with X", "X and Y discussed", "the ministers discussed"."""
        v = self.view
        if v.preps(i, "with", "between", "among", "to") or any(
                x.text.lower() in ("together", "jointly") for x in v.children(i, "advmod")):
            return True
        subj, passive = self.subject(i)
        if passive or not subj:
            return False
        s = subj[0]
        return len(v.conjuncts(s.i)) > 1 or s.tag in ("NNS", "NNPS") or s.text.lower() in ("they", "we")

    def _by_stem(self, word: str) -> list[Entry] | None:
        """The lemmatiser sometimes misses ("cordoned" -> "cordone"): try plain English stems."""
        for suffix in ("ing", "ed", "es", "s", "d"):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)]
                for cand in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
                    if cand and cand in self.verbs:
                        return self.verbs[cand]
        return None

    def _noun_cand(self, i: int) -> Candidate | None:
        t = self.view.tok(i)
        entries = self.nouns.get(t.lemma.lower())
        if not entries and t.lemma.lower() in GENERIC_ACTS:
            # "a mediation mission", "a peace effort": the modifier names the event
            for m in self.view.children(i, "compound"):
                if m.lemma.lower() in self.nouns:
                    entries = self.nouns[m.lemma.lower()]
                    break
        if not entries:
            return None
        e = entries[0]
        if e.plural_only and t.tag not in ("NNS", "NNPS"):
            return None
        if t.dep == "pobj" and self.view.low[t.head] in TOPIC_PREPS:
            return None  # "Regarding the minister's call, ...": the topic of what is said, told before
        mods = {c.lemma.lower() for c in self.view.children(i, "compound", "amod", "nmod")}
        if e.required_mods and not (mods & e.required_mods):
            return None
        # "the withdrawal of the UK from the EU": what it is withdrawn from decides the type;
        # what the noun is "of" is its object, as a verb's ("the shooting of a film" is no attack)
        pobjs = {p.lemma.lower() for p in self.view.preps(i, "from")}
        ofs = {p.lemma.lower() for p in self.view.preps(i, "of")}
        typ, mode, _ = self._apply_rules(e, [mods, pobjs, ofs])
        if typ is None:
            return None
        # the "press conference" problem: a noun used as a modifier is not an event
        if t.dep == "compound":
            return None
        if t.dep == "dobj" and t.head != i and self.view.children(t.head, "oprd") and e.need_support:
            return None  # "called the Republicans' investigation a disgrace" with no one of its own
        if t.dep == "oprd" and t.head != i and self.view.children(t.head, "dobj"):
            # "what police declared a terrorist attack", "called the bombing an attack": a
            # label put on something, coded where that thing is reported, not by the labeller
            return None
        c = Candidate(e, i, typ, mode)
        h = self.view.head(i)
        if t.dep == "dobj" and h is not None and self.view.children(h.i, "oprd"):
            # "called the inquiry a disgrace": the noun is what is labelled, not an
            # event the labeller carries out; it keeps only its own actors ("the Democrats'")
            return c
        if t.dep == "pobj" and h is not None and h.text.lower() == "of":
            # "launched 10 days of war games", "exploded a series of bombs"
            q = self.view.head(h.i)
            q2 = self.view.head(q.i) if q is not None else None
            if q is not None and q.dep == "dobj" and q2 is not None and q2.pos == "VERB" and q2.lemma.lower() in LIGHT_VERBS \
                    and q.lemma.lower() not in self.nouns:
                c.support = q2.i
                return c
        if h is not None and ((h.pos in ("VERB", "AUX") and t.dep in ("dobj", "nsubjpass", "attr", "oprd"))
                              or (t.dep == "pobj" and h.pos == "ADP")):
            via_prep = None
            if t.dep == "pobj":
                p = self.view.tok(t.head)
                h2 = self.view.head(p.i)
                if h2 is not None and h2.lemma.lower() in ("go", "remain", "put", "place", "stay") and p.text.lower() == "on":  # "go on strike", "remain on alert"
                    via_prep = h2
                elif h2 is not None and h2.lemma.lower() in ("put", "place", "keep", "hold") and p.text.lower() == "under":
                    via_prep = h2  # "placed him under house arrest", "put under investigation"
                elif h2 is not None and h2.lemma.lower() in ("take", "hold", "keep", "remain", "place", "put") \
                        and p.text.lower() in ("into", "in"):
                    via_prep = h2  # "was taken into custody", "held in custody"
            sv = via_prep or (h if t.dep != "pobj" else None)
            if t.dep == "pobj" and sv is None:
                p = self.view.tok(t.head)
                h2 = self.view.head(p.i)
                if h2 is not None and h2.pos == "VERB" and h2.lemma.lower() in PARTICIPATE and p.text.lower() in ("for", "in", "at", "into", "on"):
                    c.support = h2.i
                    return c
            if sv is not None and e.need_support:
                if sv.lemma.lower() not in AGREEMENT_VERBS:
                    return None
                c.support = sv.i
                return c
            if sv is not None and e.carriers and sv.lemma.lower() not in e.carriers:
                return None  # "completed his sentence": served, not received
            if sv is not None and (sv.lemma.lower() in LIGHT_VERBS or sv.lemma.lower() in RECEIVING
                                   or sv.lemma.lower() in e.carriers):
                c.support = sv.i
                c.type = LIGHT_OVERRIDES.get((sv.lemma.lower(), c.type), c.type)
                if c.type != typ:
                    c.mode = "disapprove" if c.type == "ACCUSE" else None
        if e.need_verb and c.support is None:
            return None  # "died while in police custody": a state of things, no act
        if e.need_support and c.support is None:
            return None
        return c

    # --- coding -------------------------------------------------------------------

    def code(self) -> list[Coded]:
        out: list[Coded] = []
        self._coded = out  # events of the sentences so far (labels look back for the act judged)
        for sent in self.doc.sentences:
            out.extend(self._code_sentence(sent))
        out.extend(self._quote_judgments(out))
        out.sort(key=lambda e: (e.sentence, e.trigger))
        return out

    def _code_sentence(self, sent) -> list[Coded]:
        v = self.view
        cands: dict[int, Candidate] = {}
        for k in range(sent.token_start, sent.token_end):
            t = v.tok(k)
            c = None
            if self.source != "model":
                if t.pos == "VERB" or (t.pos == "ADJ" and t.tag == "VBN"):
                    c = self._verb_cand(k)
                elif t.pos == "NOUN":
                    c = self._noun_cand(k)
            if c is None:
                c = self._learned_cand(k)
            if c is not None:
                cands[k] = c
        if not cands:
            self._cands = cands
            return self._said_acts(sent, cands)
        # "imposed sanctions": the nominal with its light verb is the one event
        for c in list(cands.values()):
            if c.entry.pos == "NOUN" and c.support is not None and c.support in cands:
                if cands[c.support].by_object:
                    del cands[c.i]  # "called off a strike": the verb's reading of its object wins
                else:
                    del cands[c.support]
        self._cands = cands
        self._absorb(cands)
        extra = self._said_acts(sent, cands)
        lemmas = {v.tok(k).lemma.lower() for k in range(sent.token_start, sent.token_end)}
        out = []
        for c in cands.values():
            if c.absorbed:
                continue
            coded = self._finish(c, lemmas)
            if coded is not None:
                out.append(coded)
        out = self._merge(out)
        if len(out) + len(extra) > 1:
            # a protest with no participants of its own beside another event of the sentence is
            # that event's background or part ("stopped work on the first day of a strike")
            out = [e for e in out if not e.implicit]
        if any(not e.scene and not e.learned for e in out + extra):
            # "surrendered following a government offensive", "ordered patrols after
            # protests": the nominal in the time adjunct is the backdrop of the event
            # reported, told where it was itself the news; alone in its sentence ("After
            # talks with X, Lavrov told reporters ...") it is the news and stays
            out = [e for e in out if not e.scene]
        return out + extra

    def _said_acts(self, sent, cands: dict[int, Candidate]) -> list[Coded]:
        """The sentence's acts told by what is said rather than by a trigger: "X must stop",
        labels ("called the deal lousy"), blame ("said X was behind the attack")."""
        return (self._deontic_requests(sent, cands) + self._label_acts(sent, cands, getattr(self, "_coded", []))
                + self._blame_clauses(sent, cands))

    @staticmethod
    def _merge(events: list[Coded]) -> list[Coded]:
        """"Journalists were injured after being attacked by protesters": one ASSAULT, not two."""
        keep = []
        for e in events:
            if not e.actor:
                host = next((o for o in events if o is not e and o.type == e.type and o.actor
                             and (not o.recipient or set(o.recipient) & set(e.recipient))), None)
                if host is not None:
                    host.recipient += [r for r in e.recipient if r not in host.recipient and r not in host.actor]
                    continue
            keep.append(e)
        return keep

    def _unresolved_pronoun_subject(self, c: Candidate) -> bool:
        """"On Saturday they arrested a man": a pronoun doer no antecedent was found for; an
        act only authorities do is still theirs."""
        if c.entry.pos != "VERB":
            return False
        subj, passive = self.subject(c.i)
        return not passive and bool(subj) and all(
            t.pos == "PRON" and t.text.lower() in ("they", "we") and not self.tok_actor[t.i] for t in subj)

    def _electorate(self, ids: list[str]) -> bool:
        """Are all these actors voters ("younger voters", "the electorate")?"""
        roles = [(self.actor_by_id[a].role or "").split() if a in self.actor_by_id else [] for a in ids]
        return bool(ids) and all(r and r[-1].lower() in ELECTORATE for r in roles)

    def _private(self, ids: list[str]) -> bool:
        """Are all these actors private persons (no public sector, no state, no organisation)?"""
        acts = [self.actor_by_id.get(a) for a in ids]
        return bool(acts) and all(a is not None and a.kind == "person" and a.sector in (None, "CVL") for a in acts)

    def _under(self, i: int) -> list[str]:
        """Who is "under" the act a noun names: the subject of the clause the "under" phrase
        tells of ("the senator is under investigation", "the town came under attack", "was
        placed under arrest")."""
        v = self.view
        t = v.tok(i)
        if t.dep != "pobj" or v.low[t.head] != "under":
            return []
        verb = v.tok(v.tok(t.head).head)
        if verb.pos not in ("VERB", "AUX"):
            return []
        subj, _ = self.subject(verb.i)
        return self.actors_of(subj)

    def _finish(self, c: Candidate, sent_lemmas: set[str]) -> Coded | None:
        v = self.view
        actors, recips = self.arguments(c)
        for m in c.merged:
            a2, r2 = self.arguments(m)
            if not actors:
                actors = [a for a in a2 if a not in recips]  # "the Brazilian attack killed 20"
            recips += [r for r in r2 if r not in recips and r not in actors]
        staying = c.entry.pos == "NOUN" and c.support is not None and v.lem[c.support] in STAYING
        if staying and actors and not recips:
            actors, recips = [], actors  # "the suspect remained in custody": held, not holding
            carrier = v.tok(c.support)
            if carrier.dep in ("ccomp", "xcomp") and v.lem[carrier.head] in ORDERING:
                # "the judge ordered that the suspect remain in custody": whoever ordered it holds him
                actors = [a for a in self.actors_of(self.subject(carrier.head)[0]) if a not in recips]
        if not recips and actors and c.type == "COERCE" and any(
                v.lem[o.i] in EVERYONE for o in v.children(c.i, "dobj", "nsubjpass")):
            # "an order banning anyone carrying a weapon": a measure on the public of the state imposing it
            home = next((self.actor_by_id[a].country for a in actors if a in self.actor_by_id
                         and self.actor_by_id[a].country and len(self.actor_by_id[a].country) == 3
                         and self.actor_by_id[a].country not in ("IGO", "NGO", "IMG")), None)
            if home is not None:
                t = v.tok(c.i)
                recips = [self.territory.civilians_of(home, (t.start, t.end), name="the public")]
        if not recips and c.entry.pos == "NOUN" and (under := self._under(c.i)):
            recips = [a for a in under if a not in actors]  # "the senator is under investigation"
        if not recips and actors and c.type in JUDGED_ACT_TYPES and c.entry.pos == "VERB":
            recips = self._act_owner(c, actors)  # "criticized the move": whoever made it
        if c.entry.need_recipient and not recips:
            return None  # "it has been recognized by UNESCO as heritage": no party is recognised
        if c.type == "THREATEN" and recips and actors:
            recips = self._threat_target(c, actors, recips)
        if c.type in PEOPLE_TARGET_TYPES:
            recips = [self._people_instead(r, c.i) for r in recips]
        if c.type == "ASSAULT" and (people := self._civilian_site_people(c)) and people not in recips:
            recips.append(people)  # "... and residential areas near Rafah": its civilians were hit
        if c.type in FORCES_MOVED_TYPES and recips and self.is_state(actors):
            # "refused to deploy peacekeepers in Iraq", "will withdraw its troops from Chad":
            # a state's own forces are what it moves, not whom it acts on
            own = {self.actor_by_id[a].country for a in actors if a in self.actor_by_id}
            recips = [r for r in recips if not self._own_forces(r, own)]
        if actors and c.type in PLACE_TARGET_TYPES and not any(
                r in self.actor_by_id and (self.actor_by_id[r].country or self.actor_by_id[r].kind == "person" or
                                           self.actor_by_id[r].sector not in (None, "MIL", "UAF", "REB"))
                for r in recips):
            # no target, or only a vague one ("contribute troops to a force in Liberia"): the place acted upon
            recips += self.place_target(c, actors)
        if not actors and recips and c.type == "ASSAULT" and c.entry.pos == "VERB":
            actors = self._instrument_owner(c, recips)  # "killed in a United States operation"
        means = self._attack_means(c) if not actors and recips and c.type == "ASSAULT" else None
        if means is not None and self.last_attackers and any(
                d.lemma.lower() in ("the", "this", "that") for d in v.children(means, "det")):
            # "... was also killed in the airstrike": the attack told before, by whoever did it
            actors, means = [a for a in self.last_attackers if a not in recips], None
        # "three journalists were arrested in Minsk", "was put under investigation in Italy": an
        # act only authorities do, told without them, was done by the authorities of the place
        clemency = c.type == "CONCEDE" and (c.entry.lemma in CLEMENCY or bool(self._object_lemmas(c.i)[0] & CLEMENCY)
                                            or c.entry.type == "SANCTION")  # (a verdict of not guilty)
        # "was released from jail", "freed on bail": the authorities let go whom they held
        from_custody = (c.type, c.mode) == ("RETREAT", "release") and bool(
            set().union(*self._object_lemmas(c.i)) & NOUN_CLASSES["CUSTODY"])
        authority = not actors and means is None and bool(recips) and (
            c.type == "COERCE" or ((c.type, c.mode) in AUTHORITY_ACTS and v.lem[c.i] not in INFORMAL_BLAME)
            or clemency or from_custody) and (
            self._agentless(c) or self._unresolved_pronoun_subject(c) or staying)
        doer = bool(actors) or means is not None or authority
        implicit = False
        if not doer and not recips and c.type == "PROTEST" and (crowd := self._implicit_protest(c)):
            # "the bill has sparked protests", "protests erupted in Minsk": the people of the
            # place against its government, unless the text says otherwise (PLOVER practice)
            actors, recips = crowd
            doer = implicit = True
        if sent_lemmas & DISASTER and (not actors or c.mode in ("martial-law", "curfew")):
            # manual (COERCE): an emergency declared for a disaster is not repression; and
            # people hurt in a quake or a crash with no one doing it are not an ASSAULT
            return None
        if c.entry.pos == "VERB" and self._natural_agent(c.i):
            return None  # "wildfires destroying the rainforest", "the storm killed 20": no one acted
        if c.entry.lemma in ("fight", "battle") and not recips and not any(
                (self.actor_by_id[a].sector or "") in ("MIL", "REB", "UAF") for a in actors if a in self.actor_by_id):
            return None  # "fight for an America that works": a campaign, not combat
        if not doer and (not recips or c.entry.pos == "NOUN" or c.type not in VICTIM_TYPES):
            # PLOVER codes events with an actor; we keep actorless ones only where the
            # victim is the news ("three soldiers were killed", "20 were arrested")
            return None
        if not actors and c.entry.pos == "VERB" and (v.tok(c.i).dep == "amod" or (
                v.tok(c.i).dep == "acl" and v.tok(c.i).tag == "VBN" and not v.children(c.i, "auxpass"))):
            # "the captured fighters", "a banned organization", "weapons seized last year":
            # a participle describing a noun tells a state of things, not a report
            return None
        if c.entry.pos == "VERB" and self._generic_relative(c.i):
            return None  # "a law that would jail journalists who criticise the army": a kind of people
        if not actors and c.entry.pos == "VERB" and any(
                a.tag in ("VBZ", "VBP") for a in v.children(c.i, "auxpass")) and not v.children(c.i, "aux"):
            return None  # "the PKK is banned in Turkey": a standing state, not a reported act
        if not doer and c.entry.pos == "VERB" and not self._passive(c.i):
            return None  # "an uprising toppled X": a subject that is no actor (PLOVER needs an actor)
        typ, mode = c.type, c.mode
        e = c.entry
        state = self.is_state(actors)
        if e.civil and not state and actors:
            typ, mode = e.civil
        if state and c.entry.pos == "VERB":
            # "thousands of Brazilian farmers protested": a crowd, whoever's nationals they are
            subj = self.subject(c.i)[0]
            if any(t.lemma.lower() in NOUN_CLASSES["CROWD"] for t in subj):
                state = False
            # "members of parliament protested by shouting and holding signs": a protest done with
            # the body is a demonstration, whoever does it
            if typ == "PROTEST" and any(v.tok(x.i).tag == "VBG" for p in v.children(c.i, "prep")
                                        if v.low[p.i] == "by" for x in v.children(p.i, "pcomp")):
                state = False
        if e.state and state:
            if e.state == "-":
                return None
            typ, mode = e.state
        sent = self.doc.sentences[v.tok(c.i).sent]
        if typ == "ASSAULT" and traffic_accident(v, sent.token_start, sent.token_end, e.lemma):
            return None  # "struck by a Volvo", "struck a guard rail": a road accident, no attack
        if (typ, mode) == ("RETREAT", "resign") and recips and all(
                getattr(self.actor_by_id.get(r), "sector", None) == "BUS" for r in recips):
            return None  # "is resigning from the company": a firm's staffing, not a political act
        if typ in ("SUPPORT", "AID") and self._electorate(actors):
            return None  # "younger voters backed Sanders": a vote's result, not an event
        if typ == "CONSULT" and self._private(actors + recips):
            return None  # "whom she met while studying": people with no public role meeting privately
        if typ == "CONSULT":
            if press_partners(v, c.support if c.support is not None else c.i, sent.token_start, sent.token_end):
                return None  # "With Wikinews, X discussed ...": an interview is quoted, not a meeting
        if typ == "CONCEDE" and c.entry.pos == "VERB" and thing_permits(v, c.i, lambda k: bool(self.tok_actor[k])):
            return None  # "a gun licence allowing him to buy weapons": a rule permits, no one concedes
        if typ == "REQUEST" and c.entry.pos == "VERB" and in_group_appeal(v, c.i, ["on", "upon"]):
            return None  # "urged its citizens to leave", "urging viewers to vote": no other party asked
        aux = clause_aux(v, c.i, c.support)
        if c.entry.pos == "VERB" and aux is None and any(
                s.text.lower() in NOBODY or any(d.text.lower() == "no" for d in v.children(s.i, "det"))
                for s in v.children(c.i, "nsubj", "nsubjpass")):
            aux = "negated"  # "no troops were injured", "nobody was killed"
        if c.entry.pos == "VERB" and aux in (None, "hypothetical", "future") and \
                self._neither(c.i, "nsubj", "nsubjpass", "dobj"):
            aux = "negated"  # "neither the EU nor the US would endorse it": each one did not
        if c.entry.pos == "NOUN" and c.support is None and aux != "negated":
            # "will no longer tolerate rallies", "following the resignation of X, Y would ...":
            # the clause's tense is not the nominal event's; its own modifiers are
            mods = {m.lemma.lower() for m in v.children(c.i, "amod", "compound")}
            clause = aux
            aux = "future" if mods & FUTURE_MODIFIERS else "hypothetical" if mods & HYPO_MODIFIERS else None
            t = v.tok(c.i)
            if aux is None and clause in ("future", "hypothetical") and t.head != t.i and (
                    t.dep in ("nsubj", "nsubjpass") or (t.dep == "pobj" and v.low[t.head] in ("during", "at"))):
                # "Nakasone's visit could coincide with ...", "will promote trade during his visit":
                # what the clause says may or will happen, or happens during it, has not happened
                aux = clause
        conditional = any(x.text.lower() in CONDITIONAL_MARKS for k in (c.i, c.support) if k is not None
                          for adv in v.children(k, "advcl") for x in v.children(adv.i, "mark"))
        unless = any(x.text.lower() == "unless" for k in (c.i, c.support) if k is not None
                     for adv in v.children(k, "advcl") for x in v.children(adv.i, "mark"))
        if aux == "negated" and typ in REFUSABLE and self._will_not(c):
            # "will not accept", "would not meet": a refusal, which PLOVER codes REJECT
            typ, mode, aux = "REJECT", REQUEST_MODE.get(typ), None
        if typ in ("AGREE", "CONCEDE") and e.lemma in ("vow", "pledge", "promise", "swear") and any(
                x.lemma.lower() in YIELDING and v.children(x.i, "neg") for x in v.children(c.i, "xcomp")):
            typ, mode = "REJECT", None  # "vowed not to return the Golan Heights": a refusal to yield
        if aux == "negated" and typ == "AGREE" and self._governed_by(c, FAILING):
            typ, mode, aux = "REJECT", None, None  # "failed to reach agreement"
        if conditional and typ == "SANCTION" and aux in ("future", "hypothetical") and actors:
            typ, mode, aux = "THREATEN", "relations", None  # "may halt mediation if ..."
        if unless and aux in ("future", "hypothetical") and typ not in ("THREATEN", "REQUEST") and actors:
            # "will withdraw its force unless ...": a conditional announcement is a threat
            mode = FUTURE_TO_THREATEN.get(typ) or THREAT_MODE.get(typ) or "relations"
            typ, aux = "THREATEN", None
        if typ == "ASSAULT" and e.lemma == "attack" and e.pos == "VERB" and any(
                o.ent_type not in ("DATE", "TIME") for o in v.preps(c.i, "as", "for", "over")):
            typ, mode = "ACCUSE", "disapprove"  # "attacked Drudge as a Trump opponent": words, not force
        elif typ == "ASSAULT" and e.lemma == "attack" and self._verbal_attack(c):
            typ, mode = "ACCUSE", "disapprove"  # "attacked Biden during the debates", "attacks on mail-in voting"
        elif typ == "ASSAULT" and e.pos == "VERB" and not recips and (objs := v.children(c.i, "dobj")) and all(
                v.lem[o.i] in ABSTRACT_TARGETS and not self.tok_actor[o.i] for o in objs):
            return None  # "the bombers want to destroy our values": no one and nothing struck
        if typ == "COERCE" and mode == "deport" and recips and all(
                r in self.actor_by_id and (self.actor_by_id[r].kind == "organization"
                                           or self.actor_by_id[r].country in ("IGO", "NGO")) for r in recips):
            typ, mode = "SANCTION", "expel"  # expelling an agency or a mission (manual, SANCTION expel)
        if typ == "MOBILIZE" and c.entry.lemma in ("exercise", "drill", "game") and len(
                {self.actor_by_id[a].country for a in actors if a in self.actor_by_id}) > 1:
            typ, mode = "COOPERATE", None  # joint exercises are cooperation (manual, MOBILIZE)
        # manual: cooperation reported as future is AGREE; announced retreat is CONCEDE;
        # material conflict announced for the future (or on a condition) is a threat
        if aux == "future" and typ in FUTURE_TO_AGREE:
            typ, mode = "AGREE", None
        elif aux == "future" and typ == "RETREAT" and mode in ("release", "access"):
            typ, mode = "AGREE", None  # intent to release or let in (CAMEO 0353, 0355) is AGREE
        elif aux == "future" and typ == "RETREAT":
            typ, mode = "CONCEDE", None
        elif typ in FUTURE_TO_THREATEN and (aux == "future" or (aux == "hypothetical" and conditional)) and actors:
            mode = FUTURE_TO_THREATEN[typ] if typ != "COERCE" else ("arrest" if mode == "arrest" else "restrict")
            typ = "THREATEN"
        if typ == "AGREE" and c.content is not None and c.content.type in FUTURE_TO_THREATEN and actors:
            # "vowed to retaliate against Israel": a promise of force is a threat (manual, THREATEN)
            typ, mode = "THREATEN", FUTURE_TO_THREATEN[c.content.type]
        if typ == "ASSAULT" and mode is None:
            mode = next((m for m, words in ASSAULT_MODE_CUES if sent_lemmas & words), None)
        elif typ == "PROTEST" and mode in (None, "demo"):
            # the protest's own phrase, not the sentence ("demonstrated in Serbia, where ... riots")
            lo_i, hi_i = v.subtree_span(c.support if c.support is not None else c.i)
            own = {v.tok(k).lemma.lower() for k in range(lo_i, hi_i + 1)}
            for adv in v.children(c.support if c.support is not None else c.i, "advcl", "relcl"):
                a, b = v.subtree_span(adv.i)
                own -= {v.tok(k).lemma.lower() for k in range(a, b + 1)}
            mode = next((m for m, words in PROTEST_MODE_CUES if own & words), mode)
        if mode is not None and mode not in MODES[typ]:
            mode = None
        conf = e.confidence + (0.12 if actors else 0.0 if doer else -0.15) + (0.06 if recips else 0.0)
        if c.support is not None:
            conf += 0.05
        lo = v.tok(min(c.i, c.support if c.support is not None else c.i))
        hi = v.tok(max(c.i, c.support if c.support is not None else c.i))
        if c.support is not None and abs(c.i - c.support) > 6:
            lo = hi = v.tok(c.i)
        if e.particle and c.support is None:
            # "take part", "called off": the trigger span covers the particle
            prt = next((x for x in v.children(c.i, "prt", "prep", "dobj") if x.text.lower() == e.particle
                        and 0 < x.i - c.i <= 3), None)
            if prt is not None:
                hi = prt
        if typ == "ASSAULT" and actors and aux not in ("negated", "hypothetical"):
            self.last_attackers = list(actors)
        if typ in HOSTILE_TYPES and aux not in ("negated", "hypothetical"):
            for a in actors:
                self.hostile_to.setdefault(a, []).extend(r for r in recips if r not in actors)
        actors = list(dict.fromkeys(actors))
        recips = [r for r in dict.fromkeys(recips) if r not in actors]
        return Coded(
            type=typ, mode=mode, trigger=c.i, support=c.support, actor=actors, recipient=recips, aux=aux,
            confidence=round(max(0.05, min(conf, 0.98)), 3), military=self.is_military(actors),
            span=(lo.start, hi.end), sentence=v.tok(c.i).sent,
            past=self._past(c.support if c.support is not None else c.i),
            scene=c.entry.pos == "NOUN" and c.support is None and self._scene_setting(c.i),
            unattributed=self._means_span(means) if means is not None else None,
            authority=authority and not actors, lemma=e.lemma, learned=c.learned, implicit=implicit,
            to_court=e.to_court and not recips and typ in ("CONCEDE", "REJECT"),
        )
