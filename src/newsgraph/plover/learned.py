"""Trigger candidates from the trained detector (:mod:`newsgraph.plover.detector`).

A mixin of :class:`~newsgraph.plover.coder.Coder`. The rule lexicon lists the
words it knows; news uses many it does not ("outlawed the party", "reneged on
the deal", "impeached"). The detector scores every verb and noun of a document
once, from word vectors and the parse, and the words it reads as events with
enough probability become candidates like the lexicon's: the same argument
finder, modality and manual rules then code them.

Which source proposes candidates is the coder's ``source``:

- ``rules``: the lexicon only (the detector is not loaded);
- ``model``: the detector only; a word the lexicon knows keeps the lexicon's
  reading of its arguments, with the detector's type;
- ``both``: the lexicon, and the detector for words the lexicon does not know
  (a lexicon word that the rules turned down stays turned down). A detected word
  absorbs nothing, and one inside a rule event's complement is its content.

``Config.event_coder`` chooses (default ``rules`` until the detector helps on text
it was not trained on: measured with ``scripts/train_detector.py --without
newsgold`` and ``newsgraph eval news --split tune``).
"""

from __future__ import annotations

from newsgraph.plover.candidates import Candidate
from newsgraph.plover.lexicon import LIGHT_VERBS, Entry

SOURCES = ("rules", "model", "both")
#: where the recipient of a detected trigger is, by part of speech (as the lexicon's defaults)
_ROLES = {"VERB": ("dobj",), "NOUN": ("against", "on", "with", "to")}


class LearnedCandidates:
    """Mixin: needs ``doc``, ``view``, ``verbs``, ``nouns``, ``detector``, ``source`` and
    ``threshold`` (the probability a detected word needs)."""

    def _detector_scores(self) -> dict[int, tuple[str, float]]:
        """token index -> (type, probability) for every verb and noun of the document."""
        cache = getattr(self, "_scores", None)
        if cache is None:
            cache = {}
            if self.detector is not None:
                toks = [t.i for t in self.doc.tokens if t.pos in ("VERB", "NOUN")]
                cache = {i: (typ, p) for i, typ, p in self.detector.score(self.doc, toks)}
            self._scores = cache
        return cache

    def _learned_cand(self, i: int) -> Candidate | None:
        """A candidate the detector proposes at token i, or None."""
        if self.detector is None:
            return None
        t = self.view.tok(i)
        if t.pos not in _ROLES:
            return None
        lem = self.view.lem[i]
        known = lem in self.verbs or lem in self.nouns
        if self.source == "both" and known:
            return None  # the rules read this word; turned down, it stays down
        if lem in LIGHT_VERBS:
            return None  # "held", "launched" carry a nominal event, they are none
        hit = self._detector_scores().get(i)
        if hit is None or hit[1] < self.threshold:
            return None
        typ, p = hit
        lexicon = (self.verbs if t.pos == "VERB" else self.nouns).get(lem) or []
        entry = next((e for e in lexicon if e.type == typ and e.particle is None), None)
        if entry is None:
            entry = Entry(lemma=lem, particle=None, pos=t.pos, type=typ, mode=None, recipient_roles=_ROLES[t.pos],
                          confidence=round(0.45 + 0.3 * p, 3))
        return Candidate(entry, i, typ, entry.mode, learned=True)
