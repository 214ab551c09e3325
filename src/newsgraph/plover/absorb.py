"""Events inside events: which trigger candidates belong to another event.

"threatened to attack" is one THREATEN, "accused X of shelling Y" one
ACCUSE, "imposed sanctions" one SANCTION, "will withdraw unless the rebels
disarm" one announcement: the complement, object or condition of a trigger
is absorbed into it (and may set its mode) instead of being coded twice. A
mixin for :class:`newsgraph.plover.coder.Coder` (needs ``view``).
"""

from __future__ import annotations

from newsgraph.plover.candidates import Candidate
from newsgraph.plover.ontology import MODES
from newsgraph.plover.lexicon import word_set

# content type -> THREATEN / REJECT / REQUEST mode
THREAT_MODE = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations", "PROTEST": "restrict",
               "MOBILIZE": "violence", "REJECT": "relations"}
REQUEST_MODE = {"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
                "RETREAT": "yield", "CONCEDE": "yield"}
CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "THREATEN"})
# events about other events: their object is content, not a second event
VERBAL_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "SUPPORT"})
# events that commit their actor to something, and the auxiliaries of announced acts:
# their if/unless clause is a condition, not a second event
COMMITMENTS = frozenset({"THREATEN", "AGREE", "REQUEST", "REJECT", "CONCEDE"})
COMMITTING_AUX = word_set("COMMITTING_AUX")
# verbal events whose complement is what they are about ("accused X of attacking Y")
CONTENT_HOLDERS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "AGREE", "REJECT"})
CONTENT_PREPS = ("of", "for", "to", "on", "over", "against")  # ("warned Iran against attacking")
# relations inside a complement that assert on their own: relative clauses, time phrases
_OWN_ASSERTION = frozenset({"relcl", "advcl"})
_TIME_PREPS = word_set("CONTENT_TIME_PREPS")


def _absorbers(cands: dict[int, Candidate]) -> list[Candidate]:
    """The candidates that may hold another as content: the lexicon's. A word only the
    trained detector proposes can be swallowed by a rule reading, but swallows nothing."""
    return [c for c in cands.values() if not c.learned]


class Absorber:
    """Mixin: folds candidates into the events they belong to."""

    def _absorb(self, cands: dict[int, Candidate]) -> None:
        """Content verbs swallow the event they govern; trigger verbs swallow their object noun."""
        v = self.view
        learned = [c for c in cands.values() if c.learned]
        for c in _absorbers(cands) if learned else ():
            # "allowed workers to enter": a word the detector proposes inside a rule event's
            # complement is that event's content, never an event beside it
            for comp in v.children(c.i, "xcomp", "ccomp", "advcl"):
                lo, hi = v.subtree_span(comp.i)
                for n in learned:
                    if lo <= n.i <= hi:
                        n.absorbed = True
        for c in _absorbers(cands):
            if c.entry.pos != "VERB":
                continue
            if c.entry.content:
                comps = v.children(c.i, "xcomp", "ccomp") + [
                    a for a in v.children(c.i, "advcl") if any(x.text.lower() == "to" and x.dep == "aux" for x in v.children(a.i))]
                for comp in comps:
                    inner = cands.get(comp.i) or self._light_noun(comp.i, cands)
                    if inner is not None and inner is not c:
                        inner.absorbed = True
                        c.content = inner
                        self._retype_by_content(c, inner)
                        break
            if c.type in VERBAL_TYPES and c.type != "SUPPORT":
                # "rejected an invitation to attend a meeting": events inside the object are its content
                for o in v.children(c.i, "dobj"):
                    lo, hi = v.subtree_span(o.i)
                    for k2, n2 in cands.items():
                        if lo <= k2 <= hi and k2 != o.i and n2.entry.pos == "NOUN":
                            n2.absorbed = True
            # nominal trigger that is the plain object of a verbal trigger: part of that event
            objs = v.children(c.i, "dobj", "nsubjpass") + v.preps(c.i, "for", "to", "against", "on")
            for o in objs:
                n = cands.get(o.i)
                if n is None or n.entry.pos != "NOUN" or n.support is not None:
                    continue
                if c.type in VERBAL_TYPES:
                    # "called for sanctions against X", "rejected French mediation"
                    n.absorbed = True
                    lo, hi = v.subtree_span(o.i)
                    for k2, n2 in cands.items():  # "rejected an invitation to attend a meeting"
                        if lo <= k2 <= hi and n2.entry.pos == "NOUN":
                            n2.absorbed = True
                    if c.content is None:
                        c.content = n
                        self._retype_by_content(c, n)
                elif o.dep in ("dobj", "nsubjpass"):
                    has_own = bool(v.children(o.i, "poss")) or bool(v.preps(o.i, "by"))
                    if not has_own:
                        n.absorbed = True
            # "attacked the camp, killing 156": a participle of the same kind is the same event
            for adv in v.children(c.i, "advcl", "conj"):
                other = cands.get(adv.i)
                if other is not None and other.type == c.type and not v.children(adv.i, "nsubj", "nsubjpass") and (
                        adv.tag == "VBG" or adv.dep == "conj"):
                    other.absorbed = True  # "killed two and wounded five": one attack
                    c.merged.append(other)
            # "a roadside bombing killed a soldier", "were killed in an Israeli airstrike": the
            # subject or the instrument names the same event
            for sj in v.children(c.i, "nsubj") + v.preps(c.i, "in", "by"):
                other = cands.get(sj.i)
                if other is not None and other.entry.pos == "NOUN" and other.type == c.type:
                    other.absorbed = True
                    c.merged.append(other)
            # a purpose clause ("launched an offensive to capture the capital") belongs to its event
            for adv in v.children(c.i, "advcl", "xcomp"):
                if any(x.text.lower() == "to" and x.dep == "aux" for x in v.children(adv.i)) and adv.i in cands:
                    if not c.entry.content:
                        cands[adv.i].absorbed = True
                        if c.content is None:
                            c.content = cands[adv.i]
        # "accused the US of restoring blackmail in the negotiations", "demanded that its partners
        # refuse to recognise X": what is alleged, demanded, promised or refused is content, not
        # an asserted event (a relative clause or a time phrase inside it still asserts its own)
        for c in _absorbers(cands):
            if c.type not in CONTENT_HOLDERS or c.entry.pos != "VERB":
                continue
            comps = v.children(c.i, "ccomp", "xcomp") + v.preps(c.i, *CONTENT_PREPS) + v.for_clauses(c.i)
            # "offered its troops to help him oust X": what an offer, threat or demand is for
            # has not happened either
            comps += [a for a in v.children(c.i, "advcl")
                      if any(x.text.lower() == "to" and x.dep == "aux" for x in v.children(a.i))]
            # "demanded an admission that X murdered ...", "denied reports that troops shelled ...":
            # the that-clause of the object noun is what is demanded or denied
            # "rejected an invitation to attend a meeting": so is the infinitive of the object noun
            comps += [cl for o in v.children(c.i, "dobj") for cl in v.children(o.i, "acl", "ccomp")
                      if any(x.text.lower() == "that" and x.dep == "mark" for x in v.children(cl.i))
                      or (cl.dep == "acl" and any(x.text.lower() == "to" and x.dep == "aux" for x in v.children(cl.i)))]
            for comp in comps:
                for k2 in self._content_tokens(comp.i):
                    other = cands.get(k2)
                    if other is not None and other is not c:
                        other.absorbed = True
        # "will withdraw unless the rebels disarm", "would meet him if he gave them a veto": the
        # condition of a threat, an offer or an announced act is part of it, not an event of its own
        for c in _absorbers(cands):
            heads = [k for k in (c.i, c.support) if k is not None]
            committed = c.absorbed or c.type in COMMITMENTS or any(
                x.text.lower() in COMMITTING_AUX for k in heads for x in v.children(k, "aux"))
            if not committed:
                continue
            # "demanded a truce before allowing aid convoys", "refused to withdraw until ...":
            # what a demand, threat or refusal puts before or until it has not happened either
            demand = c.type in ("REQUEST", "THREATEN", "REJECT")
            marks = ("if", "unless", "before", "until") if demand else ("if", "unless")
            if demand and c.content is not None:
                heads = heads + [c.content.i]  # "refused to release them until ...": the content's own
            for k in heads:
                clauses = [a for a in v.children(k, "advcl") if any(x.text.lower() in marks for x in v.children(a.i, "mark"))]
                if demand:
                    clauses += [x for p in v.children(k, "prep") if p.text.lower() in ("before", "until")
                                for x in v.children(p.i, "pcomp")]  # "before allowing aid convoys"
                for adv in clauses:
                    lo, hi = v.subtree_span(adv.i)
                    for k2, other in cands.items():
                        if lo <= k2 <= hi and other is not c:
                            other.absorbed = True
        # "held talks with X at a lunch hosted by Y": the host's reading is the same meeting
        for c in _absorbers(cands):
            t = v.tok(c.i)
            if c.type != "CONSULT" or c.entry.pos != "VERB" or t.dep != "acl" or t.head == t.i:
                continue
            for other in cands.values():
                if other is c or other.type != "CONSULT" or other.absorbed:
                    continue
                head = other.support if other.support is not None else other.i
                lo, hi = v.subtree_span(head)
                if lo <= t.head <= hi:
                    c.absorbed = True
                    break
        # "its offer of talks", "a call for sanctions": a nominal about another event holds it as content
        for c in _absorbers(cands):
            if c.entry.pos == "NOUN" and c.type in VERBAL_TYPES and not c.absorbed:
                for o in v.preps(c.i, "of", "for"):
                    n = cands.get(o.i)
                    if n is not None and n is not c and n.entry.pos == "NOUN":
                        n.absorbed = True
                        if c.content is None:
                            c.content = n
        # "a rally to protest X": an infinitival relative on a nominal trigger is its purpose
        for c in _absorbers(cands):
            if c.entry.pos == "NOUN":
                for rc in v.children(c.i, "relcl", "acl"):
                    if rc.i in cands and any(x.text.lower() == "to" and x.dep == "aux" for x in v.children(rc.i)):
                        cands[rc.i].absorbed = True
                        if c.content is None:
                            c.content = cands[rc.i]
        # "rioted ..., (joining others in) demanding a referendum from Jakarta": what protesters
        # demand is what they protest; the demand's addressee is the protest's target
        by_head = {k: c for c in _absorbers(cands) if c.type == "PROTEST" for k in (c.i, c.support) if k is not None}
        for r in _absorbers(cands):
            if r.type != "REQUEST" or r.entry.pos != "VERB" or r.absorbed or v.children(r.i, "nsubj", "nsubjpass"):
                continue
            t, steps = v.tok(r.i), 0
            while t.dep in ("advcl", "pcomp", "prep", "xcomp", "acl", "pobj") and t.head != t.i and steps < 4:
                t, steps = v.tok(t.head), steps + 1
                host = by_head.get(t.i)
                if host is not None:
                    r.absorbed = True
                    if host.content is None:
                        host.content = r
                    break
        # a light verb's own clause may carry a purpose clause too
        for c in _absorbers(cands):
            if c.support is not None:
                for adv in v.children(c.support, "advcl", "xcomp"):
                    if adv.i in cands and any(x.text.lower() == "to" and x.dep == "aux" for x in v.children(adv.i)):
                        cands[adv.i].absorbed = True
                        if c.content is None:
                            c.content = cands[adv.i]

    def _content_tokens(self, i: int) -> list[int]:
        """Tokens of the complement headed by i, without relative clauses, side clauses and
        time phrases ("... following the invasions of Dagestan" reports its own event)."""
        v = self.view
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            out.append(k)
            for ch in v.children(k):
                if ch.dep in _OWN_ASSERTION or (ch.dep == "prep" and ch.text.lower() in _TIME_PREPS) or (
                        ch.dep == "acl" and ch.tag == "VBN"):  # "soldiers killed in the war"
                    continue
                stack.append(ch.i)
        return out

    def _light_noun(self, i: int, cands: dict[int, Candidate]) -> Candidate | None:
        for o in self.view.children(i, "dobj"):
            n = cands.get(o.i)
            if n is not None and n.support == i:
                return n
        return None

    def _retype_by_content(self, c: Candidate, inner: Candidate) -> None:
        if c.type == "THREATEN":
            c.mode = THREAT_MODE.get(inner.type, inner.mode if inner.type == "THREATEN" else None)
        elif c.type == "REJECT":
            c.mode = REQUEST_MODE.get(inner.type)
        elif c.type == "AGREE":
            lem = c.entry.lemma
            if inner.type in CONFLICT and lem in ("vow", "promise", "pledge", "swear"):
                c.type, c.mode = "THREATEN", THREAT_MODE.get(inner.type)
            elif inner.type == "RETREAT" and inner.mode in ("release", "access"):
                pass  # "pledged to return the prisoners": intent to release or let in is AGREE (CAMEO 0353)
            elif inner.type == "RETREAT" and lem in ("offer", "promise", "pledge", "vow", "commit", "propose"):
                c.type, c.mode = "CONCEDE", None
        if c.mode is not None and c.mode not in MODES[c.type]:
            c.mode = None
