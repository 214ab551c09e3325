"""Readings of a clause the coder asks about while finishing an event.

Split out of :mod:`newsgraph.plover.coder` (a mixin of :class:`~newsgraph.plover.coder.Coder`,
which provides ``view``, ``tok_actor``, ``actor_by_id``, ``territory``, ``subject`` and
``actors_of``): is a nominal only the scene ("after talks"), a relative clause generic,
an "attack" made of words, an "ask" a question, the doer a disaster or an animal, the
recipient one's own forces or state, the clause past, governed by a verb, refused.
"""

from __future__ import annotations

from newsgraph.plover.candidates import Candidate
from newsgraph.plover.classes import NOUN_CLASSES
from newsgraph.plover.lexicon import RECEIVING, word_set
from newsgraph.plover.mentions import MILITARY_WORDS
from newsgraph.plover.nonevents import ANIMALS


DISASTER = word_set("DISASTER")
FIRES = word_set("FIRES")
WH_WORDS = word_set("WH_WORDS")
NEGATIVE_PRECONJ = word_set("NEGATIVE_PRECONJ")
# where an "attack" is words: "attacked Biden during the debates", "in a tweet"
VERBAL_ARENAS = word_set("VERBAL_ARENAS")
# what only words can attack: "attacks on mail-in voting", "attacked the ruling"
ABSTRACT_TARGETS = word_set("ABSTRACT_TARGETS")
# prepositions of a scene-setting adjunct: "after violent protests", "during a summit",
# "since last month's invasion", "following a government offensive", "in the wake of"
SCENE_PREPS = word_set("SCENE_PREPS")
# what an attacker no one names strikes with: "a roadside bombing killed", "killed in a car
# bomb explosion", "wounded by a mine"; CAMEO and PLOVER code its doer as unidentified (UAF)
ATTACK_MEANS = word_set("ATTACK_MEANS")
# places where civilians are: an attack on them is an attack on civilians ("shelled
# positions of the security forces and residential areas near Rafah")
CIVILIAN_SITES = word_set("CIVILIAN_SITES")
# what someone's forces carry out: "killed in a United States counterterrorism operation"
OPERATIONS = word_set("OPERATIONS")
# "an attempt to assassinate X", "a plot to kill Y": the attack belongs to an unnamed attempt
ATTEMPTS = word_set("ATTEMPTS")  # (a "plot" is not yet an attack)


class ClauseReadings:
    """Mixin: clause-level questions about a candidate event (see the module docstring)."""

    def _scene_setting(self, i: int) -> bool:
        """Is nominal i the object of a scene-setting preposition (SCENE_PREPS, "in the wake of")?"""
        v = self.view
        t = v.tok(i)
        k = 0
        while t.dep == "conj" and t.head != t.i and k < 4:  # "after protests and riots"
            t, k = v.tok(t.head), k + 1
        if t.dep not in ("pobj", "dobj") or t.head == t.i:
            return False
        p = v.tok(t.head)
        word = p.text.lower()
        if t.dep == "dobj" and word != "following":
            return False
        if word in SCENE_PREPS:
            return True
        if word == "of" and p.head != p.i:  # "in the wake of the execution"
            return v.tok(p.head).lemma.lower() in ("wake", "aftermath", "run-up", "eve")
        return False

    def _generic_relative(self, i: int) -> bool:
        """A present-tense relative clause on a bare plural ("journalists who criticise
        the army", "people who protest") describes a kind of people, not an event."""
        v = self.view
        t = v.tok(i)
        if t.dep != "relcl" or t.tag not in ("VBP", "VBZ") or t.head == t.i:
            return False
        if any(a.tag in ("VBD", "VBN") or a.lemma in ("have", "be", "will") for a in v.children(i, "aux", "auxpass")):
            return False
        h = v.tok(t.head)
        return h.tag in ("NNS", "NNPS") and not v.children(h.i, "det", "poss", "nummod")

    def _people_instead(self, r: str, i: int) -> str:
        """A city read as its state ("a curfew in Algiers" -> Algeria) is, under force or
        restriction, its residents (see territory.people_of_place); other recipients stay."""
        a = self.actor_by_id.get(r)
        if a is None or a.kind != "state":
            return r
        sent = self.doc.sentences[self.view.tok(i).sent]
        # (the actor may be new, made from a toponym by territory, and not in tok_actor)
        spans = [(s, e) for s, e in a.mentions if sent.start <= s < sent.end]
        for k in range(sent.token_start, sent.token_end):
            t = self.view.tok(k)
            if (self.tok_actor[k] == r or any(s <= t.start < e for s, e in spans)) and self.territory.place(k) is not None:
                return self.territory.people_of_place(k) or r
        return r

    def _attack_means(self, c: Candidate) -> int | None:
        """The weapon or attack by which an ASSAULT with no named doer was done, as a token
        index: the verb's subject ("a roadside bombing killed"), a nominal merged into it, an
        instrument ("killed in a car bomb explosion", "by a mine") or the attempt the
        attack is part of ("an attempt to assassinate X was thwarted"). None otherwise."""
        v = self.view
        t = v.tok(c.i)
        if c.entry.pos == "VERB" and t.dep in ("acl", "xcomp") and t.head != t.i and not v.children(c.i, "nsubj"):
            h = v.tok(t.head)
            if h.lemma.lower() in ATTEMPTS and not self.tok_actor[h.i] and not v.children(h.i, "poss"):
                return h.i
        doers = v.children(c.i, "nsubj") + v.preps(c.i, "in", "by", "from") + [v.tok(m.i) for m in c.merged]
        if t.dep == "relcl" and t.head != t.i and any(x.pos == "PRON" for x in v.children(c.i, "nsubj")):
            doers.append(v.tok(t.head))  # "a drone attack that killed four guards": the attack
        if t.dep == "advcl" and t.tag == "VBG" and t.head != t.i and not v.children(c.i, "nsubj") \
                and v.tok(t.head).pos == "VERB" and v.lem[t.head] != "be":
            doers += v.children(t.head, "nsubj")  # "two bombs exploded ..., killing nine people"
        if not v.children(c.i, "nsubj") and t.dep == "xcomp" and t.head != t.i:
            # "a bombing was reported to have killed X": the subject of the raising verb
            doers += v.children(t.head, "nsubj", "nsubjpass")
        for d in doers:
            words = {d.lemma.lower()} | {x.lemma.lower() for x in v.children(d.i, "compound")}
            if words & ATTACK_MEANS and not self.tok_actor[d.i] and not v.children(d.i, "poss"):
                return d.i
        return None

    def _instrument_owner(self, c: Candidate, recips: list[str]) -> list[str]:
        """Whose operation, raid or strike a passive attack was done in ("was killed in a
        United States counterterrorism operation", "by an Israeli drone"): its modifier's actor."""
        v = self.view
        for o in v.preps(c.i, "in", "by", "during"):
            if o.lemma.lower() not in ATTACK_MEANS | OPERATIONS:
                continue  # "murdered in the Saudi consulate": a place, not whose operation
            mods = v.children(o.i, "poss", "compound", "amod", "nmod")
            mods += [m2 for m in mods if m.dep == "compound" for m2 in v.children(m.i, "compound", "amod")]
            for m in mods:
                # (a country named as a modifier is a place to the earlier stages: its state)
                a = self.modifier_actor(m.i) or self.territory.actor_for_place(m.i, country_level_only=True)
                act = self.actor_by_id.get(a) if a else None
                if act is not None and act.sector == "UAF" and not act.country:
                    continue  # "a car bomb": a weapon read as an actor names no one
                if a and a not in recips:
                    if act is not None and act.kind == "state" and act.country and any(
                            self.view.lem[x.i] in MILITARY_WORDS for x in mods):
                        # "a United States military airstrike": the state's armed forces struck
                        return [self.territory.forces_of(act.country, (o.start, o.end))]
                    return [a]
        return []

    def _civilian_site_people(self, c: Candidate) -> str | None:
        """The residents (CVL) of the town where an attack hit homes, markets, schools or
        residential areas that name no actor, when the trigger's phrase names the town."""
        v = self.view
        objs = []
        for o in v.children(c.i, "dobj") + v.preps(c.i, "on", "at"):
            objs += v.conjuncts(o.i)
            for p in v.preps(o.i, "of"):
                objs += v.conjuncts(p.i)
        if not any(not self.tok_actor[o.i] and (o.lemma.lower() in CIVILIAN_SITES or any(
                m.lemma.lower() == "residential" for m in v.children(o.i, "amod", "compound"))) for o in objs):
            return None
        lo, hi = v.subtree_span(c.support if c.support is not None else c.i)
        for k in range(lo, hi + 1):
            if self.territory.place(k) is not None:
                a = self.territory.people_of_place(k)
                if a:
                    return a
        return None

    def _agentless(self, c: Candidate) -> bool:
        """Passive with no agent: the verb ("were arrested in Minsk") or a nominal's light
        verb ("was put under investigation")."""
        k = c.i if c.entry.pos == "VERB" else c.support
        if k is not None and c.entry.pos == "NOUN" and self.view.lem[k] in RECEIVING and not self._passive(k):
            return not self.view.preps(k, "from")  # "received prison terms": the giver is untold
        return k is not None and self._passive(k) and not self.view.preps(k, "by")

    def _means_span(self, k: int) -> tuple[int, int]:
        """Characters of the means noun with its left modifiers ("a roadside bombing")."""
        v = self.view
        lo = k
        for x in v.children(k, "det", "amod", "compound", "nmod", "nummod"):
            if x.i < lo:
                lo = min(lo, v.subtree_span(x.i)[0])
        return v.tok(lo).start, v.tok(k).end

    def _verbal_attack(self, c: Candidate) -> bool:
        """An "attack" made with words: in a debate, speech, tweet or interview, or aimed
        at a policy, a vote or an institution rather than at people or places."""
        v = self.view
        head = c.support if c.support is not None else c.i
        lo, hi = v.subtree_span(head)
        subj = {k for s in v.children(head, "nsubj", "nsubjpass") for k in range(v.subtree_span(s.i)[0], v.subtree_span(s.i)[1] + 1)}
        if any(v.tok(k).lemma.lower() in VERBAL_ARENAS for k in range(lo, hi + 1) if k not in subj):
            return True
        targets = v.preps(c.i, "on", "against") if c.entry.pos == "NOUN" else v.children(c.i, "dobj")
        return any(o.lemma.lower() in ABSTRACT_TARGETS and not self.tok_actor[o.i] for o in targets)

    def _asks_a_question(self, i: int) -> bool:
        """"ask" without anything asked for: no "to"-complement ("asked Iran to stop"), no
        "for" ("asked for help"), no that-clause ("asked that the court intervene")."""
        v = self.view
        if v.children(i, "xcomp") or v.preps(i, "for"):
            return False
        for cc in v.children(i, "ccomp"):
            lo, _ = v.subtree_span(cc.i)
            first = v.tok(lo).text.lower()
            if first not in WH_WORDS:
                return False  # "asked that X be released", "asked the court intervene"
        return True

    def _natural_agent(self, i: int) -> bool:
        """Is the doer of verb i a disaster, a fire or an animal (its subject, or the noun it modifies)?"""
        v = self.view
        t = v.tok(i)
        doers = v.children(i, "nsubj") + v.preps(i, "by")
        if t.dep in ("acl", "relcl") and t.head != i:
            doers.append(v.tok(t.head))
        # a bare word, not a name: "Rogaland Fire and Rescue" acts
        return any((d.lemma.lower() in DISASTER or d.lemma.lower() in FIRES or d.text.lower() in ANIMALS)
                   and not v.children(d.i, "compound", "flat", "cc", "conj") for d in doers)

    def _threat_target(self, c: Candidate, actors: list[str], recips: list[str]) -> list[str]:
        """"warned that police will no longer tolerate rallies by the Kifaya group": the
        warned-of clause's subject is the speaker's own side (its police, army, government),
        which carries the threat out; whom it threatens is that clause's object."""
        v = self.view
        own = {self.actor_by_id[a].country for a in actors if a in self.actor_by_id} - {None}
        def same_side(r: str) -> bool:
            a = self.actor_by_id.get(r)
            return a is not None and a.country in own and (a.sector in ("COP", "MIL", "GOV") or a.kind == "state")
        said = [a for cc in v.children(c.i, "ccomp") for a in self.actors_of(v.children(cc.i, "nsubj"))]
        if not own or not said or not set(recips) <= set(said) or not all(same_side(r) for r in recips):
            return recips  # only the warned-of clause's own subject is replaced
        targets: list[str] = []
        for cc in v.children(c.i, "ccomp"):
            objs = v.children(cc.i, "dobj")
            objs += [p for o in objs for p in v.preps(o.i, "by", "of")]
            targets += [a for a in self.actors_of(objs) if a not in targets and a not in actors]
        return targets

    def _own_forces(self, r: str, own: set) -> bool:
        a = self.actor_by_id.get(r)
        if a is None or a.kind == "person" or a.sector not in ("MIL", "COP", None) or a.country not in own | {None}:
            return False
        head = a.name.lower().split()[-1] if a.name else ""
        return head in NOUN_CLASSES["TROOPS"] or head.rstrip("s") in NOUN_CLASSES["TROOPS"]

    def _own_state(self, speaker: list[str], addressee: list[str]) -> bool:
        """"Merkel said Germany must accept more refugees": a government speaking of its own
        state states a policy; it does not demand anything of another party."""
        sp = [self.actor_by_id[a] for a in speaker if a in self.actor_by_id]
        ad = [self.actor_by_id[a] for a in addressee if a in self.actor_by_id]
        return bool(sp and ad) and all(a.sector == "GOV" for a in sp) and all(
            x.country == sp[0].country and (x.kind == "state" or x.sector == "GOV") for x in ad)

    def _past(self, i: int, depth: int = 0) -> bool:
        """Is the clause of token i in the past tense ("talks brought about a ceasefire")?"""
        v = self.view
        t = v.tok(i)
        steps = 0
        while t.pos not in ("VERB", "AUX") and t.head != t.i and steps < 4:
            t, steps = v.tok(t.head), steps + 1
        if t.tag in ("VBD",):
            return True
        auxes = v.children(t.i, "aux", "auxpass")
        if any(a.text.lower() in ("will", "would", "shall", "'ll") for a in auxes):
            return False
        if any(a.tag == "VBD" or a.lemma == "have" for a in auxes):
            return True
        if t.tag == "VBN" and not auxes and v.children(t.i, "nsubj"):
            return True  # "Trump granted Kerik a pardon" tagged as a participle: a main verb all the same
        if t.tag in ("VBN", "VBG") and t.dep in ("pcomp", "advcl", "xcomp") and t.head != t.i and depth < 3:
            # "served eight years before being granted clemency": the tense of the clause it is in
            h = v.tok(t.head)
            if h.pos == "ADP" and h.head != h.i:
                h = v.tok(h.head)
            return h.i != t.i and self._past(h.i, depth + 1)
        return False

    def _governed_by(self, c: Candidate, lemmas: frozenset) -> bool:
        t = self.view.tok(c.support if c.support is not None else c.i)
        steps = 0
        while t.dep in ("xcomp", "ccomp") and t.head != t.i and steps < 3:
            t, steps = self.view.tok(t.head), steps + 1
            if t.lemma.lower() in lemmas:
                return True
        return False

    def _will_not(self, c: Candidate) -> bool:
        v = self.view
        for k in (c.i, c.support):
            if k is None:
                continue
            words = {x.text.lower() for x in v.children(k, "aux")}
            # "would not accept", "neither X nor Y would accept"
            denied = any(x.dep == "neg" for x in v.children(k)) or self._neither(k, "nsubj")
            if words & {"will", "wo", "would", "shall"} and denied:
                return True
        return False

    def _neither(self, k: int, *deps: str) -> bool:
        """Does an argument of token k in ``deps`` open with "neither" ("Neither Germany nor
        France would ...")? Each party of it is denied the act."""
        v = self.view
        return any(v.low[p.i] in NEGATIVE_PRECONJ for s in v.children(k, *deps)
                   for p in v.children(s.i, "preconj", "det"))
