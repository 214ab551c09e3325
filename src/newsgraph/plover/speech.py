"""The speaker's act in what is said: judgments told in words are events.

A mixin of :class:`~newsgraph.plover.coder.Coder` (which provides ``view``,
``doc``, ``tok_actor``, ``actor_by_id``, ``actors_of``, ``subject``, ``verbs``
and ``nouns``). Two kinds of speech are coded, as the PLOVER manual codes
verbal conflict and cooperation:

- **labels**: "called the stabbing 'an act of inexplicable barbarity'",
  "calling it 'null and void'", "described the attacks as a dastardly act". A
  harsh label is ACCUSE (disapprove) of what is labelled, a warm one SUPPORT;
- **judgments in quotes**: a quote whose words judge another party harshly
  ("President Trump treats the rule of law with utter contempt", said X) is
  ACCUSE by the speaker of that party; warm praise of one is SUPPORT.

How harsh or warm words are comes from the VADER valence lexicon
(:mod:`newsgraph.plover.valence`). Words that name events ("killed", "attack")
are not judgments: the events they name are coded in their own right. The
target is the actor the judged clause is about (its subject), else the actor the
label is put on, else the doer of the act judged ("the stabbing": whoever did it).
"""

from __future__ import annotations

from newsgraph.kb.lexicon import after_stance
from newsgraph.plover.candidates import Candidate, Coded
from newsgraph.plover.lexicon import ACT_ANAPHORS, COPULAS, LABEL_VERBS, NEGATORS, NOUN_CLASSES, word_set
from newsgraph.plover.valence import valence

#: valences (VADER, -4..4) that make a word a harsh or a warm judgment
HARSH = -1.5
WARM = 2.0
HARSH_NOUN = -2.5
#: events that react to an act rather than act: "the decision" never points back at them
JUDGED_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})  # a noun in a quote judges only when very harsh ("contempt", not "war" or "crisis")
_JUDGING_POS = frozenset({"ADJ", "NOUN", "VERB", "ADV"})
#: "said X was behind / responsible for the attack", "said X were the perpetrators"
BLAME_SAYING = word_set("BLAME_SAYING")
BLAME_PREDICATES = word_set("BLAME_PREDICATES")
BLAMED_ROLES = word_set("BLAMED_ROLES")
#: "the agreement", "this decision": a noun that points back; "..., which they rejected"
DEFINITE_DETERMINERS = word_set("DEFINITE_DETERMINERS")
THING_RELATIVES = word_set("THING_RELATIVES")


class SpeechActs:
    """Mixin: ACCUSE and SUPPORT events from labels and from judgments in quotes."""

    # --- how a run of words judges ---

    def _judgment(self, tokens, heads: frozenset[int] = frozenset()) -> float | None:
        """The harshest (negative) or warmest (positive) judgment among the tokens, None when
        they judge nothing. Event words do not count, except a label's own head noun ('called
        the coup a threat to the region', 'an attack on democracy': the label judges); a
        negator before a word turns it round."""
        v = self.view
        worst, best = 0.0, 0.0
        for t in tokens:
            if t.pos not in _JUDGING_POS:
                continue
            if (v.lem[t.i] in self.verbs or v.lem[t.i] in self.nouns) and not (t.i in heads and t.pos == "NOUN"):
                continue
            val = valence(t.text, t.lemma)
            if val is None:
                continue
            if self._negated(t.i):
                val = -val / 2  # "not acceptable" is a judgment, "not great" a mild one
            worst, best = min(worst, val), max(best, val)
        if worst <= HARSH:
            return worst
        if best >= WARM:
            return best
        return None

    def _negated(self, i: int) -> bool:
        v = self.view
        t = v.tok(i)
        heads = [i] + ([t.head] if t.head != i else [])
        if any(v.low[c.i] in NEGATORS for h in heads for c in v.children(h, "neg", "det", "advmod")):
            return True
        return i > 0 and v.low[i - 1] in NEGATORS

    # --- labels ---

    def _label_acts(self, sent, cands: dict[int, Candidate], coded: list[Coded]) -> list[Coded]:
        """"called the deal 'lousy'", "described the attacks as a dastardly act"."""
        v = self.view
        out = []
        for k in range(sent.token_start, sent.token_end):
            verb = v.tok(k)
            if verb.pos != "VERB" or v.lem[k] not in LABEL_VERBS:
                continue
            if verb.dep in ("advcl", "xcomp", "conj") and verb.head in cands and not cands[verb.head].absorbed:
                continue  # "rejected the plan, calling it lousy": the rejection is the event
            # "described the visit as a provocation": the parser may hang "as" on the object
            labels = v.children(k, "oprd") + v.preps(k, "as") + [
                x for o in v.children(k, "dobj") for x in v.preps(o.i, "as")]
            labels += [c for c in v.children(k, "xcomp", "ccomp") if c.pos == "ADJ"]
            # "called the law shameful": the parser may hang the label on the object, after it
            labels += [a for o in v.children(k, "dobj") for a in v.children(o.i, "amod", "appos") if a.i > o.i]
            objects = v.children(k, "dobj")
            for g in v.children(k, "oprd", "dobj"):
                if g.tag == "VBG" and v.children(g.i, "det") and v.children(g.i, "dobj"):
                    # "called the stabbing a cowardly act": the parser may read the label as the
                    # gerund's own object; the gerund is what is labelled
                    objects = [g]
                    labels = [x for x in labels if x.i != g.i] + v.children(g.i, "dobj")
            if not labels:
                continue
            words = [v.tok(x) for lab in labels for x in range(v.subtree_span(lab.i)[0], v.subtree_span(lab.i)[1] + 1)]
            judged = self._judgment(words, frozenset(lab.i for lab in labels))
            if judged is None:
                continue
            speaker, passive = self.subject(k)
            actors = [] if passive else self.actors_of(speaker)
            if not actors:
                continue
            targets = [a for a in self.actors_of(objects) if a not in actors]
            if not targets:
                targets = [a for o in objects for a in self._doers(o.i, coded) if a not in actors]
            if not targets:
                targets = self._thing_owners(objects, k, actors)
            for lab in labels:
                lo, hi = v.subtree_span(lab.i)
                for x in range(lo, hi + 1):
                    if x in cands:
                        cands[x].absorbed = True  # the label's words are the judgment, not events
            if k in cands:
                cands[k].absorbed = True  # "called" is not a call for anything here
            for o in objects:
                if o.i in cands and cands[o.i].entry.pos == "NOUN":
                    # "called the Republicans' investigation a disgrace": the act labelled is what is
                    # judged, told before or known, not a new event here
                    cands[o.i].absorbed = True
            out.append(self._speech_event(judged, actors, targets, verb, confidence=0.66))
        return out

    # --- blame told as a state: "X was behind the attack" ---

    def _blame_clauses(self, sent, cands: dict[int, Candidate]) -> list[Coded]:
        """"The army said the militants were behind the attack", "... were responsible for the
        bombing", "... are the suspected perpetrators": the one who says it accuses them
        (ACCUSE allege), as "blamed the militants for the attack" does."""
        v = self.view
        out = []
        for k in range(sent.token_start, sent.token_end):
            verb = v.tok(k)
            if verb.pos != "VERB" or v.lem[k] not in BLAME_SAYING or self._negated(k):
                continue
            speaker, passive = self.subject(k)
            actors = [] if passive else self.actors_of(speaker)
            if not actors:
                continue
            for clause in v.children(k, "ccomp"):
                if v.lem[clause.i] not in COPULAS or self._negated(clause.i):
                    continue
                blamed = [a for a in self.actors_of(v.children(clause.i, "nsubj")) if a not in actors]
                if not blamed:
                    continue
                at = None
                for p in v.children(clause.i, "prep", "acomp", "attr"):
                    if v.low[p.i] in BLAME_PREDICATES and p.dep == "prep":
                        # "behind the attack": only an act of violence, not "behind the wheel"
                        if any(v.lem[o.i] in NOUN_CLASSES["OFFENCES"] for o in v.children(p.i, "pobj")):
                            at = p
                    elif v.lem[p.i] in BLAME_PREDICATES and p.dep == "acomp":
                        at = p  # "responsible for the bombing", "guilty"
                    elif v.lem[p.i] in BLAMED_ROLES and p.dep == "attr":
                        at = p  # "the suspected perpetrators"
                if at is None:
                    continue
                out.append(Coded(type="ACCUSE", mode="allege", trigger=at.i, support=None, actor=list(actors),
                                 recipient=blamed, aux=None, confidence=0.62, military=False,
                                 span=(at.start, at.end), sentence=at.sent, past=verb.tag in ("VBD", "VBN")))
        return out

    # --- judgments in quotes ---

    def _quote_judgments(self, coded: list[Coded]) -> list[Coded]:
        """A quote that judges another party harshly (or praises it warmly) is the speaker's
        ACCUSE (or SUPPORT) of that party; one event per quote, on its harshest word."""
        doc, v = self.doc, self.view
        out = []
        done = {(e.sentence, tuple(e.actor)) for e in coded if e.type in ("ACCUSE", "SUPPORT")}
        for q in doc.quotes:
            if q.speaker is None or q.speaker not in self.actor_by_id:
                continue
            toks = doc.tokens_in(*q.content)
            if not toks:
                continue
            judged, at = None, None
            for t in toks:
                if not self._judging_word(t, q.direct):
                    continue
                val = self._judgment([t])
                if val is not None and (judged is None or abs(val) > abs(judged)):
                    judged, at = val, t
            if judged is None:
                continue
            targets = self._judged_party(at.i, q.speaker, coded, toks)
            if not targets:
                continue
            sent = at.sent
            if (sent, (q.speaker,)) in done:
                continue  # the speaker's words in this sentence are already coded
            done.add((sent, (q.speaker,)))
            out.append(self._speech_event(judged, [q.speaker], targets, at, confidence=0.6))
        return out

    def _judging_word(self, t, direct: bool) -> bool:
        """Which words of a quote can carry its judgment. Topics are not judgments ("war",
        "weapons" are grim words in neutral reports), so: adjectives and adverbs, and in
        direct quotes a noun only when it is very harsh ("contempt"); in indirect speech only
        a predicate ("said the trial was unfair")."""
        v = self.view
        if t.dep == "oprd" and t.head != t.i and v.lem[t.head] in self.verbs:
            return False  # "shot him dead": the result of an act, not a judgment of anyone
        if after_stance(v.low, t.i):
            return False  # "the post-war period", "an anti-war song": a time or a stance
        if not direct:
            # a predicate of a copula ("said the trial was unfair"), not an act's manner
            # ("said he resigned effective immediately")
            return t.pos == "ADJ" and t.dep in ("acomp", "attr", "oprd") and (
                t.head == t.i or v.lem[t.head] in COPULAS or v.tok(t.head).pos != "VERB")
        if t.pos in ("ADJ", "ADV"):
            low = t.text.lower()
            if t.tag in ("JJS", "RBS"):
                return False  # "the worst since 2009", "the best we can": a comparison, not a verdict
            if t.dep in ("nsubj", "nsubjpass", "dobj", "pobj"):
                return False  # "my thoughts are with the injured": people named by what befell them
            if low.endswith("ed") and (low[:-2] in self.verbs or low[:-1] in self.verbs):
                return False  # "injured", "arrested": words that name events are not judgments
            return True
        if t.pos != "NOUN":
            return False
        # a noun judges as a predicate ("is a disgrace") or a manner ("with utter contempt"),
        # not as a topic ("the war", "the crisis")
        manner = t.dep == "pobj" and t.head != t.i and v.low[t.head] == "with"
        val = valence(t.text, t.lemma)
        return (t.dep == "attr" or manner) and val is not None and val <= HARSH_NOUN

    def _judged_party(self, i: int, speaker: str, coded: list[Coded], toks) -> list[str]:
        """Whom the judging word at token i is about: the subject of its clause, the doer of
        an act it judges ("Nabil's murder is unacceptable"), else the one other actor the
        quote names."""
        v = self.view
        k, steps = i, 0
        while v.tok(k).pos not in ("VERB", "AUX") and v.tok(k).head != k and steps < 6:
            k, steps = v.tok(k).head, steps + 1
        subj, passive = self.subject(k) if v.tok(k).pos in ("VERB", "AUX") else ([], False)
        if any(s.dep == "expl" or (s.lemma.lower() == "it" and v.children(k, "ccomp")) for s in
               v.children(k, "nsubj", "expl")):
            # "it's amazing that they were surprised": a situation is judged, and a party only
            # as the doer of an act the clause tells ("it is outrageous that Russia invaded ...")
            spans = [v.subtree_span(c.i) for c in v.children(k, "ccomp")]
            return list(dict.fromkeys(a for e in coded for lo, hi in spans if lo <= e.trigger <= hi
                                      for a in e.actor if a != speaker))
        if not passive:
            found = [a for a in self.actors_of(subj) if a != speaker and not self._same_side(a, speaker)]
            if found:
                return found
            acts = [a for s in subj for a in self._doers(s.i, coded) if a != speaker]
            if acts:
                return acts
        named = list(dict.fromkeys(a for t in toks if (a := self.tok_actor[t.i]) and a != speaker
                                   and not self._same_side(a, speaker)))
        return named[:1] if len(named) == 1 else []

    def _same_side(self, a: str, b: str) -> bool:
        """"We" in a quote is the speaker's side: a party never judges itself here."""
        x, y = self.actor_by_id.get(a), self.actor_by_id.get(b)
        return x is not None and y is not None and x.kind == "state" and x.country == y.country

    def _doers(self, i: int, coded: list[Coded]) -> list[str]:
        """The actors of the act a noun names ("the stabbing", "Nabil's murder"): the event
        coded on that word, else the latest one of its type told before, if any."""
        for e in coded:
            if e.trigger == i and e.actor:
                return list(e.actor)
        # (a gerund the parser read as a verb has the verb's lemma: "stabbing" -> "stab")
        entries = self.nouns.get(self.view.lem[i]) or self.nouns.get(self.view.low[i])
        if not entries:
            return []
        kind = entries[0].type
        earlier = [e for e in coded if e.type == kind and e.actor and e.trigger < i]
        return list(earlier[-1].actor) if earlier else []

    def _act_owner(self, c: Candidate, actors: list[str]) -> list[str]:
        """Whose act a verbal reaction is about, when its object names an act, not an actor:
        the possessor or nationality on the object ("questioned his authority", "denounced
        the Ugandan-Tanzanian deal"), else the doer of the act the object names, coded on
        it or told just before ("... sent troops. Greece criticized the move")."""
        v = self.view
        objects = v.children(c.i, "dobj", "nsubjpass") + [
            o for p in v.children(c.i, "prep") if v.low[p.i] in ("on", "of", "about", "over", "at", "against")
            for o in v.children(p.i, "pobj")]
        # "expressed concern over the arrests": what the feeling is about
        objects += [o for d in v.children(c.i, "dobj") for p in v.children(d.i, "prep")
                    if v.low[p.i] in ("over", "about", "at") for o in v.children(p.i, "pobj")]
        coded = getattr(self, "_coded", [])
        t = v.tok(c.i)
        if t.dep == "relcl" and any(v.low[o.i] in THING_RELATIVES for o in objects):
            # "a route for the rally, which officials rejected": what is rejected is the noun the clause is on
            thing = v.tok(t.head)
            if thing.dep == "pobj" and thing.head != thing.i:
                # the parser hangs the clause on the nearest noun: "a route for the rally, which ..."
                g = v.head(thing.head)
                if g is not None and g.pos == "NOUN":
                    thing = g
                elif g is not None and g.pos == "VERB" and v.children(g.i, "dobj"):
                    thing = v.children(g.i, "dobj")[0]
            objects = [thing] + [o for o in objects if v.low[o.i] not in THING_RELATIVES]
            giver = v.tok(thing.head) if thing.dep in ("dobj", "dative") and thing.head != thing.i else None
            if giver is not None and giver.pos == "VERB" and not self.tok_actor[thing.i]:
                # "... had sent the police a plan, which they rejected": whoever put it forward
                senders = [a for a in self.actors_of(self.subject(giver.i)[0]) if a not in actors]
                if senders:
                    return senders
        for o in objects:
            if self.tok_actor[o.i]:
                return []  # an actor is named: the usual rules decided
            owners = self._modifier_owners(o.i, actors)
            if owners:
                return owners
            definite = any(v.low[d.i] in DEFINITE_DETERMINERS for d in v.children(o.i, "det"))
            made = self._makers(o.i, c.i, coded, actors) if definite else []
            if made:
                # "Chile and Peru signed a border agreement. Bolivia denounced the agreement": the
                # ones whose act made the thing judged, named again by the same noun
                return made
            named = v.lem[o.i] in self.nouns
            anaphor = v.lem[o.i] in ACT_ANAPHORS and definite
            if not (named or anaphor):
                continue
            doers = [a for a in self._doers(o.i, coded) if a not in actors] if named else []
            if not doers and anaphor:
                sent = v.tok(c.i).sent
                # (reactions are not the act: "France welcomed the decision" after "X denounced Y")
                acts = [e for e in coded if e.trigger < c.i and e.actor and not set(e.actor) & set(actors)
                        and e.type not in JUDGED_REACTIONS]
                recent = [e for e in acts if sent - 2 <= e.sentence <= sent]
                # else the act the story opens with ("... criticized the move", paragraphs later)
                lede = [e for e in acts if e.sentence <= 1]
                doers = list(recent[-1].actor) if recent else list(lede[0].actor) if lede else []
            if doers:
                return doers
        return []

    def _thing_owners(self, objects, k: int, actors: list[str]) -> list[str]:
        """Whose thing a pronoun labelled stands for: "spoke about the Ugandan-Tanzanian
        deal, calling it reckless": the nearest noun before it in the sentence that
        names no actor, read by its modifiers."""
        v = self.view
        for o in objects:
            if v.low[o.i] not in ("it", "this", "that") or self.tok_actor[o.i]:
                continue
            sent = v.tok(o.i).sent
            for j in range(o.i - 1, -1, -1):
                t = v.tok(j)
                if t.sent != sent:
                    break
                if t.pos == "NOUN" and t.dep in ("dobj", "pobj") and not self.tok_actor[j]:
                    return self._modifier_owners(j, actors)
        return []

    def _modifier_owners(self, i: int, actors: list[str]) -> list[str]:
        """The actors the possessor, nationality or other modifiers of noun ``i`` name, besides
        ``actors`` ("his authority", "the Ugandan-Tanzanian deal")."""
        v = self.view
        mods = v.children(i, "poss", "amod", "compound", "nmod")
        mods += [x for m in mods for x in v.children(m.i, "amod", "compound", "conj", "npadvmod")]
        return list(dict.fromkeys(a for m in mods if (a := self.modifier_actor(m.i)) and a not in actors))

    def _makers(self, i: int, at: int, coded: list[Coded], actors: list[str]) -> list[str]:
        """The doers of the latest act, this sentence or the two before, whose object is the same
        noun as ``i`` ("signed an agreement" ... "the agreement", "passed a law" ... "the law")."""
        v = self.view
        lemma, sent = v.lem[i], v.tok(at).sent
        for e in reversed(coded):
            if e.sentence < sent - 2:
                break  # (coded is in text order: the rest are earlier still)
            if not (e.sentence <= sent and e.trigger < at and e.actor) or set(e.actor) & set(actors):
                continue
            things = v.children(e.trigger, "dobj", "nsubjpass") + [
                o for p in v.children(e.trigger, "prep") for o in v.children(p.i, "pobj")]
            if v.tok(e.trigger).dep in ("acl", "relcl"):
                things.append(v.tok(v.tok(e.trigger).head))  # "passed a law restricting ...": the law
            same = [t for t in things if v.lem[t.i] == lemma and t.i != i]
            if same:
                # partners "with" whom it was made made it too ("signed a deal with Togo")
                partners = [a for h in (e.trigger, same[0].i) for p in v.children(h, "prep") if v.low[p.i] == "with"
                            for o in v.children(p.i, "pobj") for a in (self.tok_actor[o.i] or ()) if a in e.recipient]
                return [a for a in dict.fromkeys([*e.actor, *partners]) if a not in actors]
        return []

    def _speech_event(self, judged: float, actors: list[str], targets: list[str], tok, *,
                      confidence: float) -> Coded:
        typ, mode = ("ACCUSE", "disapprove") if judged < 0 else ("SUPPORT", None)
        return Coded(type=typ, mode=mode, trigger=tok.i, support=None, actor=list(actors), recipient=list(targets),
                     aux=None, confidence=confidence, military=False, span=(tok.start, tok.end), sentence=tok.sent,
                     past=tok.tag in ("VBD", "VBN"))
