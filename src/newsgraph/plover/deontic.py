"""Demands told as obligations: "Russia said Sudan must return the helicopter".

A mixin of :class:`~newsgraph.plover.coder.Coder` (which provides ``view``,
``actors_of``, ``_own_state`` and ``_content_tokens``): a reporting verb whose
that-clause says another party must or should act is a REQUEST by the speaker.
"""

from __future__ import annotations

from newsgraph.plover.absorb import REQUEST_MODE
from newsgraph.plover.candidates import Candidate, Coded
from newsgraph.plover.modality import REPORTING
from newsgraph.plover.lexicon import NOUN_CLASSES, word_set

DEONTIC = word_set("DEONTIC")
MANDATIVE = word_set("MANDATIVE")
#: things a demand to change falls on whoever can change them ("the tax laws should be changed")
POLICY_NOUNS = NOUN_CLASSES["LEGISLATION"] | NOUN_CLASSES["RULING"] | NOUN_CLASSES["AGREEMENT"]


class DeonticRequests:
    """Mixin: REQUEST events from "X said Y must do Z"."""

    def _deontic_requests(self, sent, cands: dict[int, Candidate]) -> list[Coded]:
        """"Russia said Sudan must return the helicopter": a demand (REQUEST) by the speaker."""
        v = self.view
        out = []
        for k in range(sent.token_start, sent.token_end):
            rep = v.tok(k)
            if rep.pos != "VERB" or rep.lemma.lower() not in REPORTING:
                continue
            speaker = self.actors_of(v.children(k, "nsubj"))
            if not speaker:
                continue
            for cc in v.children(k, "ccomp"):
                auxes = {x.text.lower() for x in v.children(cc.i, "aux", "auxpass")}
                # "insisted that the bill include funds for schools": a bare verb with its own subject
                # in a that-clause is the mandative subjunctive, an obligation as "must" is
                # (the tagger reads "Congress fund" as VBP: a bare form after a singular subject)
                mandative = rep.lemma.lower() in MANDATIVE and (auxes <= {"be"}) and (
                    auxes == {"be"} or cc.tag == "VB"  # ("that the law be changed")
                    or (cc.tag == "VBP" and any(x.tag in ("NN", "NNP") for x in v.children(cc.i, "nsubj"))))
                if not (auxes & DEONTIC or mandative):
                    continue
                subjects = v.children(cc.i, "nsubj", "nsubjpass")
                addressee = [a for a in self.actors_of(subjects) if a not in speaker]
                # "said the tax laws should be changed": a law, a ruling or a deal to be changed is a
                # demand on whoever can change it, though none is named
                policy = not addressee and (mandative or bool(v.children(cc.i, "nsubjpass"))) and any(
                    v.lem[x.i] in POLICY_NOUNS for x in subjects)
                if not (addressee or policy) or (addressee and self._own_state(speaker, addressee)):
                    continue
                inner = cands.get(cc.i)
                mode = None
                if inner is not None:
                    inner.absorbed = True
                    mode = REQUEST_MODE.get(inner.type)
                for k2 in self._content_tokens(cc.i) + self._purposes(cc.i):
                    # "said US forces must ensure security to allow supplies in": all that is
                    # demanded is the demand's content, not events of their own
                    if k2 in cands:
                        cands[k2].absorbed = True
                out.append(Coded(
                    type="REQUEST", mode=mode, trigger=cc.i, support=None, actor=speaker, recipient=addressee,
                    aux=None, confidence=0.62, military=False, span=(v.tok(cc.i).start, v.tok(cc.i).end),
                    sentence=rep.sent,
                ))
        return out

    def _purposes(self, i: int) -> list[int]:
        """Heads of the purpose clauses ("to allow ...") of verb i."""
        v = self.view
        return [a.i for a in v.children(i, "advcl") if any(x.text.lower() == "to" and x.dep == "aux"
                                                          for x in v.children(a.i))]
