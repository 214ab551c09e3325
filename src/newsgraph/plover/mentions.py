"""Argument tokens to actor ids: the actors stage's mentions, read for event coding.

A noun phrase names an actor through its own mention, a capital or country
standing for its state, a first-person pronoun inside a quote (the speaker),
a pronoun subject of reported speech (the reporter), or a modifier ("European
Community foreign ministers"). The coder never invents an actor.
"""

from __future__ import annotations

import bisect

from newsgraph.attribution.numbers import parse_numeral, word_value
from newsgraph.model import NewsDoc
from newsgraph.plover.modality import REPORTING
from newsgraph.plover.territory import demonyms
from newsgraph.plover.lexicon import word_set

FIRST_PERSON = word_set("FIRST_PERSON")
THIRD_PERSON = word_set("THIRD_PERSON")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# role nouns for members of a group: "leaders of X", "X officials" act for X
MEMBER_NOUNS = word_set("MEMBER_NOUNS")
# collective nouns that take "they" when they hold a plural ("a group of leaders")
COLLECTIVES = word_set("COLLECTIVES")
# things a state says or is: a nationality on them stands for the state
#: modifiers that put an act in a state's armed forces' hands ("a US military airstrike")
MILITARY_WORDS = word_set("MILITARY_WORDS")
STATE_VOICES = word_set("STATE_VOICES")
# nouns for someone related to a person, who is not that person
RELATIONS = word_set("RELATIONS")
# whom an actor fights: "Hifter launched an offensive on the capital ... his rivals"
ADVERSARIES = word_set("ADVERSARIES")
# events that make their recipient the actor's adversary
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE"})
AFFILIATION = word_set("AFFILIATION")
COUNTED_REFERENCES = word_set("COUNTED_REFERENCES")
STATE_REFERENCES = word_set("STATE_REFERENCES")
DEFINITE_QUANTIFIERS = word_set("DEFINITE_QUANTIFIERS")
DEFINITE_DETERMINERS = word_set("DEFINITE_DETERMINERS")
PAIR_WORDS = word_set("PAIR_WORDS")
PLURAL_PRONOUNS = word_set("PLURAL_PRONOUNS")
#: how far back (in sentences) a counted plural or a plural pronoun looks for its coordination
COORDINATION_REACH = 2


class ActorLookup:
    """Mixin for the coder: needs ``doc``, ``view``, ``tok_actor``, ``territory``,
    ``actor_by_id`` and ``nouns`` set by the coder."""

    # --- actors ---------------------------------------------------------------

    @staticmethod
    def _index_actors(doc: NewsDoc) -> list[str | None]:
        """Actor id per token: the longest mention covering it (like NewsDoc.actor_at)."""
        toks = doc.tokens
        out: list[str | None] = [None] * len(toks)
        size = [0] * len(toks)
        starts = doc.token_starts()
        for a in doc.actors:
            for s, e in a.mentions:
                k = max(bisect.bisect_right(starts, s) - 1, 0)
                while k < len(toks) and toks[k].start < e:
                    if toks[k].end > s and e - s > size[k]:
                        out[k], size[k] = a.id, e - s
                    k += 1
        return out

    def np_actor(self, i: int, depth: int = 0) -> str | None:
        """The actor a noun phrase headed by token i names, if any."""
        t = self.view.tok(i)
        if t.dep in ("amod", "compound") and t.head != i and self._voice(t.head):
            return self.modifier_actor(i)  # the adjective itself taken as an argument ("Indian" proposal)
        if self.tok_actor[i]:
            return self.tok_actor[i]
        if t.tag in ("WDT", "WP") and depth == 0:
            # "Cyprus, which Turkey does not recognize": the relative pronoun is the noun it follows
            rel = self.view.tok(t.head)
            if rel.dep == "relcl" and rel.head != rel.i and t.head != i:
                return self.np_actor(rel.head, 1)
        # a country or capital standing for its state ("to capture the capital"); an
        # argument that is only a toponym gets the state even when the actors stage
        # kept it as a place (see newsgraph.plover.territory)
        a = self.territory.existing_state(i) if depth else self.territory.actor_for_place(i, country_level_only=True)
        if a:
            return a
        if t.pos == "VERB" and t.dep in ("nsubj", "nsubjpass") and depth == 0:
            # "The Red Cross operating in Iraq said": the parser made the participle the subject
            for s in self.view.children(i, "nsubj"):
                a = self.np_actor(s.i, 1)
                if a:
                    return a
        if t.text.lower() in FIRST_PERSON:
            q = self.doc.quote_containing(t.start, t.end)
            if q is not None and q.speaker:
                return q.speaker
        if t.pos == "PRON" and t.text.lower() in THIRD_PERSON:
            return self._reporter_of(i)
        if depth > 1:
            return None
        if t.lemma.lower() in ADVERSARIES:
            a = self._adversary(i)
            if a:
                return a
        mods = self.view.children(i, "compound", "nmod", "amod", "npadvmod")
        # the modifier nearest the noun owns it: "a Karen guerrilla stronghold" is the guerrillas'
        for c in self.view.children(i, "appos", "poss") + sorted(mods, key=lambda m: -m.i):
            # "his rivals" are not him: a pronoun possessor does not name the phrase
            a = self.tok_actor[c.i] if c.pos != "PRON" else None
            if c.dep in ("amod", "compound") and self._voice(i):
                a = self.modifier_actor(c.i)  # "the Turkish statement", "the Syrian regime": the state
            if a and c.dep != "appos" and t.lemma.lower() in RELATIONS and (self.actor_by_id[a].kind == "person" if a in self.actor_by_id else False):
                a = None  # "a Trump supporter", "Biden's son": someone else, related to the person
            if a and c.dep in ("amod", "compound", "nmod") and self._voice(i):
                act = self.actor_by_id.get(a)
                if act is not None and act.kind == "state" and act.country and any(
                        self.view.lem[x.i] in MILITARY_WORDS for x in mods if x.i != c.i):
                    # "a United States military airstrike": the state's armed forces did it
                    return self.territory.forces_of(act.country, (t.start, t.end))
            if a:
                return a
        if t.lemma.lower() in self.nouns:
            return None  # "the withdrawal of fighters" names an event, not an actor
        for acl in self.view.children(i, "acl"):
            # "workers affiliated with the union", "fighters loyal to Hifter"
            if acl.tag == "VBN" and acl.lemma.lower() in AFFILIATION:
                for p in self.view.preps(acl.i, "with", "to"):
                    a = self.np_actor(p.i, depth + 1)
                    if a:
                        return a
        for p in self.view.preps(i, "of", "from", "in", "for"):
            if p.pos in ("NOUN", "PROPN", "PRON"):
                a = self.np_actor(p.i, depth + 1)
                if a:
                    return a
        return None

    def _adversary(self, i: int) -> str | None:
        """"his rivals", "the army's enemies": whom the possessor last acted against with
        force or pressure in the text so far (``hostile_to``), if anyone."""
        for c in self.view.children(i, "poss") + self.view.preps(i, "of"):
            owner = self.tok_actor[c.i]
            against = self.hostile_to.get(owner) if owner else None
            if against:
                return against[-1]
        return None

    def _voice(self, i: int) -> bool:
        """Is token i a thing a state says, decides or does (so a nationality on it is the state)?"""
        lem = self.view.tok(i).lemma.lower()
        return lem in STATE_VOICES or lem in self.nouns

    def modifier_actor(self, i: int) -> str | None:
        """Whom a modifier of an event noun names: "Turkish airstrikes", "an Indian proposal".

        A nationality adjective on a thing stands for that country's state (the
        manual codes "French mediation" as France's government), whether the actors
        stage made it an actor of its own (then a bare "Turkish", often as civilians)
        or none; other modifiers name whatever actor covers them.
        """
        t = self.view.tok(i)
        a = self.tok_actor[i]
        if t.pos in ("ADJ", "PROPN", "NOUN") and t.text.lower() in demonyms():
            act = self.actor_by_id.get(a) if a else None
            bare = act is not None and all(e - s <= len(t.text) for s, e in act.mentions if s <= t.start < e)
            if a is None or (bare and act.kind != "state"):
                return self.territory.actor_for_demonym(i) or a
        return a

    def _reporter_of(self, i: int) -> str | None:
        """"Iraq said it would allow ...": a pronoun subject of reported speech is the reporter."""
        v = self.view
        t = v.tok(i)
        if t.dep not in ("nsubj", "nsubjpass"):
            return None
        clause = v.tok(t.head)
        steps = 0
        while clause.dep in ("conj", "xcomp") and clause.head != clause.i and steps < 3:
            clause, steps = v.tok(clause.head), steps + 1
        if clause.dep != "ccomp" or clause.head == clause.i:
            return None
        rep = v.tok(clause.head)
        if rep.lemma.lower() not in REPORTING:
            return None
        plural_pronoun = t.text.lower() == "they"
        for s in v.children(rep.i, "nsubj"):
            plural = s.tag in ("NNS", "NNPS") or (s.lemma.lower() in COLLECTIVES and any(
                o.tag in ("NNS", "NNPS") for o in self.view.preps(s.i, "of")))  # "a group of leaders ... they"
            a = self.np_actor(s.i) if s.i != i and s.pos != "PRON" else None
            body = a is not None and getattr(self.actor_by_id.get(a), "kind", None) in ("organization", "state")
            if plural != plural_pronoun and s.tag.startswith("NN") and not (plural_pronoun and body):
                # "officials confirmed it has killed three": 'it' is not the officials; but
                # "UNICEF said they had delivered ...": a body is often 'they'
                continue
            if a and t.text.lower() == "it" and getattr(self.actor_by_id.get(a), "kind", None) == "person":
                # "Houthi spokesperson Yahya Sarea said it had carried out the attack": 'it' is
                # the body the person speaks for (a modifier in the subject), never the person
                lo, hi = v.subtree_span(s.i)
                # (no such modifier: the person still tells whose side it is)
                a = next((self.tok_actor[k] for k in range(lo, hi + 1) if self.tok_actor[k]
                          and getattr(self.actor_by_id.get(self.tok_actor[k]), "kind", None) != "person"), a)
            if a:
                return a
        return None

    def _count(self, i: int) -> int | None:
        """How many a definite plural counts: "the two countries" 2, "both sides" 2,
        "all three nations" 3; None when it is not counted or not definite ("two
        officials were killed" introduces new people)."""
        v = self.view
        dets = {v.low[d.i] for d in v.children(i, "det", "predet")}
        numbers = [n for n in (word_value(x.text) or parse_numeral(x.text) for x in v.children(i, "nummod")) if n]
        if numbers and dets & (DEFINITE_DETERMINERS | DEFINITE_QUANTIFIERS):
            return int(numbers[0])
        if not numbers and dets & PAIR_WORDS:
            return 2
        return None

    def counted_reference(self, i: int) -> list[str] | None:
        """"The two countries", "both sides", "all three nations", "the leaders of the two
        countries", "Both" alone: the actors last coordinated before, when as many ("Turkey
        and Greece ... the two countries"); states only for country words."""
        v = self.view
        t = v.tok(i)
        low = v.lem[i]
        if t.pos == "PRON" and v.low[i] in PAIR_WORDS and not v.preps(i, "of"):
            return self._last_coordination(i, 2, states_only=False)
        if t.tag not in ("NNS", "NNPS") or low not in COUNTED_REFERENCES:
            return None
        head, n = i, self._count(i)
        if n is None and low in MEMBER_NOUNS:
            for p in v.preps(i, "of"):  # "the leaders of the two countries"
                if v.lem[p.i] in COUNTED_REFERENCES and v.tok(p.i).tag in ("NNS", "NNPS"):
                    head, n = p.i, self._count(p.i)
                    break
        if n is None or n < 2:
            return None
        return self._last_coordination(i, n, states_only=v.lem[head] in STATE_REFERENCES)

    def _last_coordination(self, i: int, n: int | None, states_only: bool,
                           subjects_only: bool = False) -> list[str] | None:
        """The actors of the nearest coordination before token i ("Turkey and Greece"),
        within COORDINATION_REACH sentences, of n actors (any number from two when n is
        None), each conjunct a different actor; with ``subjects_only``, only the subject
        of the previous sentence. Only the nearest coordination of actors is
        read: a nearer one of another size means the reference is not plain."""
        v, toks = self.view, self.doc.tokens
        first_sent = max(toks[i].sent - COORDINATION_REACH, 0)
        k = i - 1
        while k >= 0 and toks[k].sent >= first_sent:
            t = toks[k]
            k -= 1
            if t.dep == "conj" or not any(v.tok(c).dep == "conj" for c in v.kids[t.i]):
                continue
            if subjects_only and (t.dep not in ("nsubj", "nsubjpass") or t.sent != toks[i].sent - 1):
                continue  # a pronoun takes the previous sentence's subject, as groupref's do
            group = [x for x in v.conjuncts(t.i) if x.i < i]
            ids = [self.np_actor(x.i, 1) for x in group]
            if len(group) < 2 or not all(ids) or len(set(ids)) < len(ids):
                continue  # not a coordination of actors ("tanks and guns")
            if n is not None and len(ids) != n:
                return None
            acts = [self.actor_by_id.get(a) for a in ids]
            if states_only and not all(a is not None and a.kind == "state" for a in acts):
                return None
            return ids
        return None

    def actors_of(self, toks) -> list[str]:
        ids: list[str] = []
        v = self.view
        for t in toks:
            for c in v.conjuncts(t.i):
                counted = self.counted_reference(c.i)
                if counted is None and v.low[c.i] in PLURAL_PRONOUNS and not self.tok_actor[c.i]:
                    # "Chile and Peru argued for years. On Monday they agreed": a plural pronoun
                    # the actors stage left open is the subjects just coordinated
                    counted = self._last_coordination(c.i, None, states_only=False, subjects_only=True)
                if counted:
                    ids += [a for a in counted if a not in ids]
                    continue
                a = self.np_actor(c.i)
                if a is not None and self.tok_actor[c.i] == a and self._countryless(a):
                    # "European Community foreign ministers": the modifier says whose ministers
                    for m in v.children(c.i, "compound", "amod", "poss", "nmod") + v.preps(c.i, "of"):
                        b = self.tok_actor[m.i]
                        if b and b != a and not self._countryless(b) and m.pos != "PRON":
                            a = b
                            break
                if a and self.tok_actor[c.i] == a:
                    a = self._member_of(c.i, a) or a
                if a and a not in ids:
                    ids.append(a)
                if a and self.tok_actor[c.i] is None:
                    # "the ambassadors of Arnor, Osgiliath and Gondor": every country named
                    for p in v.preps(c.i, "of"):
                        if self.np_actor(p.i) == a:
                            for pc in v.conjuncts(p.i)[1:]:
                                b = self.np_actor(pc.i)
                                if b and b not in ids:
                                    ids.append(b)
                if a:
                    # "Hungarian and Romanian officials", "US and British forces": coordinated
                    # modifiers of one noun are several actors of the noun's kind
                    like = self.actor_by_id.get(a)
                    for m in v.children(c.i, "amod", "compound", "nmod"):
                        group = v.conjuncts(m.i)
                        if len(group) < 2 or not any(self.tok_actor[x.i] == a or x.i == c.i for x in group) and \
                                self.tok_actor[c.i] != a:
                            continue
                        for mc in group:
                            b = self.tok_actor[mc.i] or (self.territory.actor_for_modifier(mc.i, c.i, like)
                                                         if like is not None else None)
                            if b and b not in ids:
                                ids.append(b)
        return ids

    def _member_of(self, i: int, a: str) -> str | None:
        """"Leaders of the opposition coalition", "AKK officials": whose members they are.

        A bare role noun ("officials", "leaders") that the actors stage made an
        actor of its own says less than the organisation it belongs to.
        """
        t = self.view.tok(i)
        act = self.actor_by_id.get(a)
        if act is None or act.kind == "person" or t.lemma.lower() not in MEMBER_NOUNS:
            return None
        if not any(s == t.start and e == t.end for s, e in act.mentions):
            return None  # the mention carries its own modifiers ("Romanian officials")
        for m in self.view.preps(i, "of") + self.view.children(i, "compound", "nmod"):
            b = self.tok_actor[m.i]
            ob = self.actor_by_id.get(b) if b else None
            if ob is not None and b != a and m.pos != "PRON" and ob.kind in ("organization", "group", "state"):
                return b
        return None

    def _countryless(self, actor_id: str) -> bool:
        a = self.actor_by_id.get(actor_id)
        return a is not None and not a.country

    def is_state(self, ids: list[str]) -> bool:
        acts = [self.actor_by_id[a] for a in ids if a in self.actor_by_id]
        return bool(acts) and all(a.kind == "state" or (a.sector or "") in STATE_SECTORS for a in acts)

    def is_military(self, ids: list[str]) -> bool:
        return any((self.actor_by_id[a].sector or "") == "MIL" for a in ids if a in self.actor_by_id)

    # --- candidates -------------------------------------------------------------
