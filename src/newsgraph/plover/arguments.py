"""Who acted and on whom: subjects, agents, objects and fallbacks on the parse.

Handles passive and reduced-passive voice, raising ("is expected to"),
subjects inherited through xcomp/conj/advcl/relative clauses, nominal
triggers with their light verbs ("had the support of"), the addressee of
reported speech ("assured his counterpart that ..."), and, as dictionary
coders do, the first other actor in the trigger's phrase as a last resort.
"""

from __future__ import annotations

from newsgraph.plover.candidates import Candidate
from newsgraph.plover.lexicon import ADDRESS, LIGHT_VERBS, RECEIVING, word_set

# verbs of a closing attribution (", a rights group charged", ", officials said")
ATTRIBUTING = word_set("ATTRIBUTING")
TEMPORAL_PREPS = word_set("TEMPORAL_PREPS")
# stative participles: "is opposed to", "is committed to" have an active subject
STATIVE = word_set("STATIVE")
# "posted on Twitter blaming X", "said in a statement urging Y": a medium, not a speaker
MEDIUM_PREPS = word_set("MEDIUM_PREPS")
# "visited Kenosha two days after Trump": who came before or after is no recipient
# (but "called off the strike after talks with the government" names the other side)
SEQUENCE_PREPS = word_set("SEQUENCE_PREPS")
LOCATIVE = word_set("LOCATIVE")
# relations on the path from a trigger down to the place it acts on
PLACE_PATH = frozenset({"dobj", "prep", "pobj", "pcomp", "xcomp", "advcl", "compound", "amod", "nmod", "appos",
                        "acl", "conj", "attr", "oprd", "dative", "npadvmod", "prt", "advmod", "agent"})
# event types whose target may be the place acted upon (a meeting's place is its venue;
# an accusation or a demand is about someone, not somewhere)
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "AID", "RETREAT", "CONCEDE", "SANCTION",
                                "THREATEN", "REJECT", "AGREE", "SUPPORT"})
# force and restriction acting on a city or town act on its people (CVL), not on its state
PEOPLE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
VENUE_NOUNS = word_set("VENUE_NOUNS")
EVENT_CONTAINERS = word_set("EVENT_CONTAINERS")
# verbal events: the place they act on is in their content ("refused to deploy troops in X")
VERBAL_PLACE_TYPES = frozenset({"REJECT", "AGREE", "SUPPORT", "THREATEN"})
# relations whose subtrees may hold the recipient when no rule found one
VP_DEPS = frozenset({"dobj", "dative", "prep", "xcomp", "ccomp", "attr", "oprd", "acomp", "pobj", "npadvmod",
                     "compound", "amod", "poss", "det", "prt"})


class ArgumentFinder:
    """Mixin for the coder: needs ``view``, ``verbs``, ``tok_actor``, ``_cands`` and the
    :class:`~newsgraph.plover.mentions.ActorLookup` methods."""

    # --- arguments --------------------------------------------------------------

    def subject(self, i: int, depth: int = 0) -> tuple[list, bool]:
        """Subject tokens of the clause of verb i, inherited when the verb has none.

        Returns (tokens, passive_subject).
        """
        v = self.view
        s = v.children(i, "nsubj", "csubj")
        if not s and v.tok(i).lemma.lower() in STATIVE and not v.preps(i, "by"):
            s = v.children(i, "nsubjpass")
        if s:
            rel = [x for x in s if x.lemma.lower() in ("who", "which", "that")]
            if rel and v.tok(i).dep == "relcl":
                return [v.tok(v.tok(i).head)], False
            return s, False
        sp = v.children(i, "nsubjpass")
        if sp:
            return sp, True
        t = v.tok(i)
        if depth > 4 or t.head == i:
            return [], False
        h = v.tok(t.head)
        if t.dep in ("xcomp", "acomp"):
            e = self.verbs.get(h.lemma.lower())
            if e and any(x.object_control for x in e):
                obj = v.children(h.i, "dobj") or v.preps(h.i, "on")
                if obj:
                    return obj, False
            # "the US is expected to impose": the raised passive subject acts in the complement
            return self.subject(h.i, depth + 1)[0], False
        if t.dep in ("conj", "advcl") and h.pos in ("VERB", "AUX", "ADJ"):
            return self.subject(h.i, depth + 1)
        if t.dep == "pcomp" and t.tag == "VBG" and h.head != h.i:
            # "was forceful in blaming Iran", "by supporting Assad": the clause's subject acts
            g = v.tok(h.head)
            if g.pos in ("VERB", "AUX", "ADJ"):
                return self.subject(g.i, depth + 1)
        if t.dep == "relcl":
            return [h], False
        if t.dep == "amod" and t.tag == "VBG" and h.pos in ("NOUN", "PROPN") and self.tok_actor[h.i]:
            return [h], False  # "protesting students", "striking miners": the ones doing it
        if t.dep == "acl" and h.pos == "NOUN" and any(x.text.lower() == "to" for x in v.children(i, "aux")):
            # "Brazil's decision to expel diplomats": the decider acts
            owner = v.children(h.i, "poss") or [m for m in v.children(h.i, "compound", "amod") if self.tok_actor[m.i]]
            if owner:
                return owner, False
        if t.dep == "acl" and t.tag == "VBG":
            # "issued a declaration demanding ...": the declaration speaks for the clause subject
            if self.np_actor(h.i) is None or (h.dep == "pobj" and v.tok(h.head).text.lower() in MEDIUM_PREPS):
                # ("posted a message on Twitter blaming Iran": not Twitter but the poster)
                return self._clause_subject_of_noun(i), False
            return [h], False
        return [], False

    def _clause_subject_of_noun(self, i: int) -> list:
        """For a participle modifying a non-actor noun, the subject of the enclosing clause."""
        for anc in self.view.ancestors(i):
            if anc.pos in ("VERB", "AUX"):
                s, passive = self.subject(anc.i)
                return [] if passive else s
        return []

    def _recipient_tokens(self, c: Candidate, passive: bool) -> list:
        v, i = self.view, c.i
        out = []
        for role in c.entry.recipient_roles:
            if role == "dobj":
                out += v.children(i, "nsubjpass") if passive else v.children(i, "dobj")
            elif role == "dative":
                out += v.children(i, "dative")
            elif role == "poss":
                for o in v.children(i, "dobj"):
                    out += v.children(o.i, "poss")
                    mods = v.children(o.i, "amod", "compound")
                    # "vetoed a Security Council resolution": a compound inside a compound
                    mods += [m2 for m in mods if not self.tok_actor[m.i] for m2 in v.children(m.i, "compound")]
                    out += [m for m in mods if self.tok_actor[m.i]]
                    out += v.preps(o.i, "from", "by")  # "rejected an offer from Kabul", "calls by X"
            else:
                # "hurled bottles at police", "a loan for Argentina": the parser may hang the
                # preposition on the object rather than on the verb
                out += v.preps(i, role) or self._dangling_object(i, role) or [
                    x for o in v.children(i, "dobj") for x in v.preps(o.i, role)]
        if c.type == "REQUEST" and c.entry.pos == "VERB":
            # "pushing for the US to support the plan": the US is asked
            out += [s for fc in v.for_clauses(i) for s in v.children(fc.i, "nsubj", "nsubjpass")]
        if c.entry.ccomp_recipient:
            for cc in v.children(i, "ccomp"):
                out += v.children(cc.i, "nsubj")
        if c.entry.object_control:
            out += v.children(i, "dobj")
        return [t for t in out if not self._trailing_source(t)]

    def _dangling_object(self, i: int, word: str) -> list:
        """"granted asylum to five officers holed up in ...": the parser left the preposition
        without an object (the noun became a clause's subject); the actor right after it."""
        v = self.view
        for p in v.children(i, "prep", "dative"):
            if p.text.lower() != word or v.children(p.i, "pobj", "pcomp"):
                continue
            for k in range(p.i + 1, min(p.i + 7, len(self.tok_actor))):
                if v.tok(k).pos in ("PUNCT", "VERB", "AUX", "ADP"):
                    break
                if self.tok_actor[k]:
                    return [v.tok(k)]
        return []

    def _trailing_source(self, t) -> bool:
        """", a human rights organization charged on Saturday": the parser may hang the
        closing attribution as a second object with the speech verb as its participle; the
        source is no recipient."""
        v = self.view
        if t.dep != "dobj" or t.i == 0:
            return False
        lo, _ = v.subtree_span(t.i)
        if lo == 0 or v.tok(lo - 1).text != ",":
            return False
        return any(a.lemma.lower() in ATTRIBUTING for a in v.children(t.i, "acl", "relcl"))

    def arguments(self, c: Candidate) -> tuple[list[str], list[str]]:
        v, i = self.view, c.i
        t = v.tok(i)
        actors: list[str] = []
        recips: list[str] = []
        if c.entry.pos == "VERB":
            passive = self._passive(i)
            if passive or (t.tag == "VBN" and t.dep in ("acl", "amod")):
                actors = self.actors_of(v.preps(i, "by"))
                if not actors and t.dep == "amod":  # "NATO-backed uprising"
                    actors = [a for m in v.children(i, "npadvmod", "compound", "nmod") if (a := self.modifier_actor(m.i))]
                rec_toks = v.children(i, "nsubjpass")
                if not rec_toks and not v.children(i, "aux", "auxpass"):
                    rec_toks = v.children(i, "nsubj")  # the small clause's subject (see _passive)
                if t.dep == "relcl" and any(x.lemma.lower() in ("who", "which", "that") for x in rec_toks):
                    rec_toks = [v.tok(t.head)]  # "Lam, who is supported by Beijing"
                if not rec_toks and t.dep in ("acl", "amod"):
                    rec_toks = [v.tok(t.head)]
                # ", backed by Egypt": a participle set off by a comma tells about the
                # clause's subject, whatever noun the parser hung it on
                set_off = t.dep == "acl" and i > 0 and v.tok(i - 1).text == ","
                recips = [] if set_off else self.actors_of(rec_toks)
                if not recips and not set_off:
                    # "her sentence was commuted", "their homes were shelled": the owner undergoes it
                    recips = self.actors_of([p for r in rec_toks for p in v.children(r.i, "poss")])
                if not recips and not rec_toks:
                    recips = (self._left_subject(i) if v.children(i, "auxpass") else []) or self._matrix_subject(i)
                if not recips and t.dep == "acl":
                    recips = self.actors_of(self._clause_subject_of_noun(i)) or self.actors_of(rec_toks)
                recips += [r for r in self.actors_of(self._recipient_tokens(c, False)) if r not in recips and "dobj" not in c.entry.recipient_roles]
            else:
                subj, was_passive = self.subject(i)
                if was_passive:
                    recips = self.actors_of(subj)
                else:
                    actors = self.actors_of(subj)
                recips += [r for r in self.actors_of(self._recipient_tokens(c, False)) if r not in recips]
        else:
            actors, recips = self._noun_arguments(c)
        if not recips:
            recips = self._addressee(c.support if c.support is not None else i)
        if c.content is not None and not recips:
            a2, r2 = self.arguments(c.content)
            # "rejected French mediation": the content's own actor is whom we answer
            recips = ([a for a in a2 if a not in actors] if c.content.entry.pos == "NOUN" else []) + r2
        if not recips and actors:
            recips = self._vp_recipient(c, actors)
        if c.entry.pos == "VERB" and actors:
            # "Prisoners rioted, joining thousands of demonstrators": those joined act too
            for j in v.children(i, "advcl", "xcomp", "conj"):
                if j.lemma.lower() == "join" and j.tag == "VBG" and not v.children(j.i, "nsubj"):
                    actors += [a for a in self.actors_of(v.children(j.i, "dobj")) if a not in actors and a not in recips]
        if c.entry.mutual:
            actors += [r for r in recips if r not in actors]
            recips = []
        actors = list(dict.fromkeys(actors))  # one actor named by several modifiers counts once
        recips = [r for r in dict.fromkeys(recips) if r not in actors]
        return actors, recips

    def _matrix_subject(self, i: int) -> list[str]:
        """"X died after being shot", "was at the centre after being detained", "appeared in
        court, charged with murder": a passive gerund or participle clause with no subject of
        its own is about the subject of the clause it hangs on."""
        v = self.view
        t = v.tok(i)
        being = any(v.low[a.i] == "being" for a in v.children(i, "auxpass"))
        reduced = t.dep == "advcl" and not v.children(i, "aux", "auxpass", "nsubj", "mark")
        if t.tag != "VBN" or not (being or reduced):
            return []  # ("appeared in court, charged with murder": a reduced passive clause)
        k = t
        if k.dep == "pcomp" and k.head != k.i:
            k = v.tok(k.head)  # the preposition ("after", "before", "following")
        if k.dep not in ("prep", "advcl", "pcomp") or k.head == k.i:
            return []
        h = v.tok(k.head)
        if h.pos not in ("VERB", "AUX"):
            return []
        subj, passive = self.subject(h.i)
        return self.actors_of(subj)

    def _left_subject(self, i: int) -> list[str]:
        """"after Paweł Adamowicz, mayor of Gdańsk, was stabbed": a passive verb the parser left
        without a subject (it made the name an object of "after"); the nearest actor before
        its auxiliary, in the same clause (no other verb in between)."""
        v = self.view
        aux = [a.i for a in v.children(i, "auxpass", "aux")]
        k = min(aux + [i]) - 1
        lo = self.doc.sentences[v.tok(i).sent].token_start
        if k >= lo and v.tok(k).text == ",":
            # "Ana Costa, mayor of the town of Braga, was stabbed": the name before the apposition
            opening = next((j for j in range(k - 1, lo - 1, -1) if v.tok(j).text == ","), None)
            if opening is not None:
                k = opening - 1
        while k >= lo:
            t = v.tok(k)
            if t.pos in ("VERB", "AUX") or t.dep == "mark" or t.text == ";":
                return []
            if self.tok_actor[k]:
                return [self.tok_actor[k]]
            k -= 1
        return []

    def _noun_arguments(self, c: Candidate) -> tuple[list[str], list[str]]:
        v, i, e = self.view, c.i, c.entry
        t = v.tok(i)
        if t.dep == "pobj" and v.tok(t.head).text.lower() in ("in", "as") and e.type == "SUPPORT" and t.head != i:
            # "flies fighters to Syria in support of Assad": the clause's subject supports Assad
            subj, passive = self.subject(v.tok(t.head).head) if v.tok(t.head).head != t.head else ([], False)
            return ([] if passive else self.actors_of(subj)), self.actors_of(v.preps(i, "of"))
        actors = self.actors_of(v.children(i, "poss"))
        undergoes: list[str] = []
        if actors and e.poss_role == "recipient" and not v.preps(i, "of") and not any(
                self.is_state([a]) for a in actors):
            # "Basilashvili's arrest", "Soleimani's assassination": the person it happened to
            undergoes, actors = actors, []
        actors += [a for a in self.actors_of(v.preps(i, "by")) if a not in actors]
        light_subject = c.support is not None and v.tok(c.support).lemma.lower() not in RECEIVING
        if e.of_role == "actor" and not (light_subject and not actors and self.actors_of(self.subject(c.support)[0])):
            actors += [a for a in self.actors_of(v.preps(i, "of", "from")) if a not in actors]
        if not actors:
            actors = [a for m in v.children(i, "compound", "amod", "nmod") if (a := self.modifier_actor(m.i))]
        recips: list[str] = list(undergoes)
        if e.of_role == "recipient":
            recips += [r for r in self.actors_of(v.preps(i, "of")) if r not in recips]
        roles = [r for r in e.recipient_roles if r not in ("dobj", "dative", "poss")]
        between = self.actors_of(v.preps(i, "between", "among"))
        recips += [r for r in self.actors_of(v.preps(i, *roles)) if r not in recips]
        if c.support is not None:
            sv = v.tok(c.support)
            subj, was_passive = self.subject(sv.i)
            subj_ids = self.actors_of(subj)
            if sv.lemma.lower() in RECEIVING and not was_passive:
                recips = [r for r in subj_ids if r not in actors] + recips
            elif not actors and not was_passive:
                actors = subj_ids
            elif sv.lemma.lower() in RECEIVING and was_passive:
                # "assistance is received by the Houthis": the agent receives
                recips = [r for r in self.actors_of(v.preps(sv.i, "by")) if r not in actors] + recips
            elif not actors and was_passive:
                actors = self.actors_of(v.preps(sv.i, "by"))
                # "X was put under investigation", "was placed under arrest": X undergoes it
                recips = [r for r in subj_ids if r not in actors] + recips
            if not recips:
                sroles = [r for r in e.recipient_roles if r not in ("dobj", "dative", "poss")]
                recips = self.actors_of(v.preps(sv.i, *sroles))
        elif not actors and v.tok(i).dep == "pobj":
            # "After talks with X, Lavrov said ...": a meeting named in a time phrase
            p = v.tok(v.tok(i).head)
            h = v.head(p.i)
            if h is not None and p.text.lower() in TEMPORAL_PREPS and h.pos in ("VERB", "AUX") and recips and (c.type == "CONSULT" or e.mutual):
                subj, was_passive = self.subject(h.i)
                if not was_passive:
                    actors = self.actors_of(subj)
        if not actors and c.support is None:
            actors, more = self._carrier_arguments(i)
            recips += [r for r in more if r not in recips and r not in actors]
        if between and c.type == "CONSULT" and e.lemma == "mediation":
            recips += [a for a in between if a not in recips and a not in actors]  # the mediator acts on both
        elif between:
            actors += [a for a in between if a not in actors]
        return actors, recips

    def _carrier_arguments(self, i: int) -> tuple[list[str], list[str]]:
        """The parties of an event noun carried by a phrase rather than a light verb:

        - a participle of doing after it: "a phone call made by the president to X", "an
          attack carried out by X" (the participle's agent acts; never a participle that is
          itself an act, "the attack condemned by X");
        - a noun holding it: "sent a letter of support", "staged a show of force", "a wave
          of attacks by X" (the holder's verb or agent gives the parties)."""
        v = self.view
        for acl in v.children(i, "acl"):
            if acl.tag == "VBN" and v.lem[acl.i] in LIGHT_VERBS:
                actors = self.actors_of(v.preps(acl.i, "by"))
                if actors:
                    return actors, [r for r in self.actors_of(v.preps(acl.i, "to", "with", "against", "on"))
                                    if r not in actors]
        t = v.tok(i)
        if t.dep != "pobj" or v.low[t.head] != "of" or v.tok(t.head).head == t.head:
            return [], []
        holder = v.tok(v.tok(t.head).head)
        if v.lem[holder.i] not in EVENT_CONTAINERS:
            return [], []
        actors = self.actors_of(v.preps(holder.i, "by", "from"))
        if not actors and holder.dep == "dobj" and holder.head != holder.i:
            subj, passive = self.subject(holder.head)
            actors = [] if passive else self.actors_of(subj)
        elif not actors and holder.dep == "nsubjpass" and holder.head != holder.i:
            actors = self.actors_of(v.preps(holder.head, "by"))
        if not actors:
            return [], []
        recips = self.actors_of(v.preps(holder.i, "to", "against", "on"))
        if not recips and holder.dep == "dobj" and holder.head != holder.i:
            recips = self.actors_of(v.preps(holder.head, "to", "against", "on"))
        return actors, [r for r in recips if r not in actors]

    def _vp_recipient(self, c: Candidate, actors: list[str]) -> list[str]:
        """Last resort, as dictionary coders do: the first other actor in the trigger's phrase."""
        v = self.view
        head = c.support if c.support is not None else c.i
        lo, hi = v.subtree_span(head)
        skip: set[int] = set()
        comma = next((x.i for x in v.children(head, "punct") if x.i > head and x.text == ","), None)
        if comma is not None:
            hi = min(hi, comma)  # ", with officials saying ...": another clause begins
        for ch in v.children(head):
            if ch.dep == "advcl" and c.type == "PROTEST" and any(
                    x.text.lower() == "to" and x.dep == "aux" for x in v.children(ch.i)):
                continue  # "blocked a road to show their anger at X": a protest's purpose names its target
            if ch.dep not in VP_DEPS or ch.dep in ("nsubj", "nsubjpass", "csubj", "agent") or (
                    ch.dep == "prep" and ch.text.lower() in SEQUENCE_PREPS
                    and any(self.np_actor(o.i) for o in v.children(ch.i, "pobj"))) or (
                    ch.dep == "prep" and ch.text.lower() in LOCATIVE and c.type == "CONSULT"):
                # a meeting's place is its venue ("met in Niamey"), not its recipient; for other
                # events the place acted upon is often the recipient ("lifted the curfew in Algiers")
                a, b = v.subtree_span(ch.i)
                skip.update(range(a, b + 1))
        for k in range(lo, hi + 1):
            if v.tok(k).lemma.lower() in VENUE_NOUNS:
                # "agreed to a future meeting on Crete": a meeting's place is its venue
                for p in v.children(k, "prep"):
                    if p.text.lower() in LOCATIVE or p.text.lower() == "on":
                        a, b = v.subtree_span(p.i)
                        skip.update(range(a, b + 1))
        for ch in v.children(head, "ccomp", "parataxis"):
            if ch.i < head:  # a fronted quote/report
                a, b = v.subtree_span(ch.i)
                skip.update(range(a, b + 1))
        if "dobj" not in c.entry.recipient_roles and c.entry.pos == "VERB":
            # "withdraw its force from Chad": the object is the actor's own, not the recipient
            for o in v.children(c.i, "dobj"):
                skip.add(o.i)
                skip.update(m.i for m in v.children(o.i, "compound", "amod", "poss", "det"))
        for k, other in self._cands.items():
            # another event's phrase ("..., backed by Egypt") holds that event's actors
            if k != c.i and not other.absorbed and other is not c.content and lo <= k <= hi and k != head:
                a, b = v.subtree_span(k)
                skip.update(range(a, b + 1))
        for k in range(lo, hi + 1):
            if v.tok(k).dep == "relcl" and k not in skip and not any(
                    x.text.lower() == "to" and x.dep == "aux" for x in v.children(k)):  # ("a rally to protest X" is a purpose)
                # "a coalition to patrol the Gulf, which was joined by X": the relative clause
                # tells about the noun, not about the event
                a, b = v.subtree_span(k)
                skip.update(range(a, b + 1))
        for k in range(max(lo, min(head, c.i) + 1), hi + 1):
            if k in skip or c.i == k:
                continue
            a = self.tok_actor[k]
            if a and a not in actors:
                out = [a]
                # coordinated recipients come along ("Romania and Poland")
                for cj in v.conjuncts(self._np_head(k)):
                    b = self.np_actor(cj.i)
                    if b and b not in out and b not in actors:
                        out.append(b)
                return out
        return []

    def place_target(self, c, actors: list[str]) -> list[str]:
        """The place acted upon, as PLOVER codes it when no other target is named.

        "demonstrated on Tuesday in Serbia", "lifted a state of emergency in West
        Darfur", "refused to deploy peacekeepers in Iraq": the first toponym in the
        trigger's own phrase (objects and prepositional phrases, not its subject,
        other events' phrases or side clauses) stands for its state or people.
        A state's own country is not its target ("Serbian police arrested 20 in
        Serbia"); a town or region of it is (Sudan lifting an emergency in West
        Darfur acts on Darfur), and so is the state of protesters or rebels.
        """
        v = self.view
        head = c.support if c.support is not None else c.i
        # a state's own country is not its target; protesters' or rebels' own state may be
        own = {self.actor_by_id[a].country for a in actors if a in self.actor_by_id} if self.is_state(actors) else set()
        stack = [head] + ([c.i] if c.i != head else [])
        seen: set[int] = set()
        found: list[int] = []
        while stack:
            k = stack.pop()
            if k in seen:
                continue
            seen.add(k)
            for ch in v.children(k):
                if ch.dep not in PLACE_PATH or ch.i in seen or ch.lemma.lower() in VENUE_NOUNS:
                    continue  # (a meeting's place is its venue: "agreed to a meeting in Crete")
                if k == head and c.type in VERBAL_PLACE_TYPES and ch.dep in ("prep", "agent", "advmod", "npadvmod"):
                    continue  # where a refusal was voiced is not its target; its content's place is
                other = self._cands.get(ch.i)
                if other is not None and other is not c and not other.absorbed and other is not c.content and (
                        other.entry.pos == "VERB" or other.support is not None or ch.dep not in ("dobj", "pobj")):
                    continue  # another event's clause (an object noun such as "the rally in X" is ours)
                if ch.dep == "advcl" and not any(x.text.lower() == "to" and x.dep == "aux" for x in v.children(ch.i)):
                    continue  # "after clashes in X": a side clause, except a purpose ("to protest in X")
                if self.territory.place(ch.i) is not None:
                    found.append(ch.i)
                stack.append(ch.i)
        for k in sorted(found):
            if self._place_head_dep(k) not in ("pobj", "dobj", "appos", "conj", "nsubjpass"):
                continue  # "a Cheltenham man", "Trump's Tulsa rally": a toponym modifying a noun
            p = self.territory.place(k)
            if self.territory.country_level(p) and self.territory.iso3(p) in own:
                continue
            a = None
            if c.type in PEOPLE_TARGET_TYPES:
                a = self.territory.people_of_place(k)
            a = a or self.territory.actor_for_place(k)
            if a and a not in actors:
                return [a]
        return []

    def _place_head_dep(self, k: int) -> str:
        """Relation of the head of the toponym that covers token k ("West Darfur State" -> pobj)."""
        v = self.view
        p = self.territory.place(k)
        t = v.tok(k)
        steps = 0
        while t.head != t.i and steps < 6 and self.territory.place(t.head) is p:
            t, steps = v.tok(t.head), steps + 1
        return t.dep

    def _np_head(self, k: int) -> int:
        t = self.view.tok(k)
        steps = 0
        while t.dep in ("compound", "amod", "flat", "nmod", "det", "poss") and t.head != t.i and steps < 4:
            t, steps = self.view.tok(t.head), steps + 1
        return t.i

    def _addressee(self, i: int) -> list[str]:
        """"X assured his counterpart that Moscow supports ...": the counterpart is the recipient."""
        t = self.view.tok(i)
        steps = 0
        while t.dep in ("ccomp", "conj") and t.head != t.i and steps < 3:
            h = self.view.tok(t.head)
            if h.lemma.lower() in ADDRESS:
                return self.actors_of(self.view.children(h.i, "dobj", "dative"))
            t, steps = h, steps + 1
        return []

    def _passive(self, i: int) -> bool:
        """Passive voice, including reduced passives ("150 soldiers killed", "troops deployed there")."""
        v = self.view
        t = v.tok(i)
        if any(x.dep in ("nsubjpass", "auxpass") for x in v.children(i)):
            return t.lemma.lower() not in STATIVE or bool(v.preps(i, "by"))
        if t.tag == "VBN" and t.dep not in ("ROOT",) and not v.children(i, "nsubj"):
            return not any(x.lemma == "have" for x in v.children(i, "aux"))
        if t.tag == "VBN" and t.dep in ("ccomp", "xcomp", "oprd") and not v.children(i, "aux", "auxpass"):
            return True  # "saw thousands of Ndebele killed": a participle small clause, its subject the victim
        return False
