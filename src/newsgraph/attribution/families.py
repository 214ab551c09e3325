"""Cue families beyond "X said (that) ...": labels, appeals and reporting nouns.

- *labels*: ``Trump called the judge a hater``, ``Sanders calls himself a
  democratic socialist``, ``the senator described the plan as reckless``:
  what was said is the object with what it is called (an object predicate, an
  adjective after the object, or an "as" phrase);
- *appeals*: ``Sanders called for a ban on fracking``, ``the group called on
  Congress to pass the bill``: what was said is what was called for;
- *reporting nouns*: ``Pence's claim that the vote was rigged``, ``her
  promise to cut taxes``: the possessor said the clause the noun carries.

The verbs and nouns are data (``lang/en/attribution_cues.txt``: LABEL_VERBS,
DESCRIBE_VERBS, APPEAL_VERBS, REPORTING_NOUNS). Each family gives a cue only
when the parse has its whole shape, so "called the police", "called a
meeting", "a so-called reset" and "his claim" alone give nothing.
"""

from __future__ import annotations

from newsgraph.attribution.lexicon import APPEAL_VERBS, DESCRIBE_VERBS, LABEL_VERBS, REPORTING_NOUNS
from newsgraph.attribution.tree import Tree
from newsgraph.model import Token

# "called off", "called back", "called in": a particle makes another verb
_PARTICLES = frozenset({"prt"})


def is_family_verb(t: Token) -> bool:
    low = t.lemma.lower()
    # a base form labels or appeals nobody yet ("refused to call the attack terrorism")
    return t.pos == "VERB" and t.tag != "VB" and t.dep not in ("amod", "compound") and (
        low in LABEL_VERBS or low in DESCRIBE_VERBS or low in APPEAL_VERBS
    )


def _passive(tree: Tree, i: int) -> bool:
    return tree.child(i, "auxpass", "nsubjpass") is not None


def family_content(tree: Tree, i: int) -> tuple[int, int] | None:
    """What the label, description or appeal at verb ``i`` reports (a token range)."""
    toks = tree.tokens
    low = toks[i].lemma.lower()
    if _passive(tree, i) or tree.child(i, *_PARTICLES) is not None:
        return None  # "a group called X" names, "called off" cancels
    obj = tree.child(i, "dobj")
    if obj is not None and obj.i < i:
        obj = None
    if low in LABEL_VERBS and obj is not None:
        pred = tree.child(i, "oprd", "ccomp", "xcomp")
        if pred is not None and pred.i > obj.i and not _infinitive(tree, pred.i):
            # (an infinitive is a purpose: "called her to say ..." is a phone call)
            return _span(tree, tree.edges(obj.i)[0], _modifiers_after(tree, i, tree.edges(pred.i)[1]))
        # "called Trump's remarks dangerous": the parser hangs the adjective on the noun
        adj = [a for a in tree.children(obj.i, "amod") if a.i > obj.i]
        if adj:
            return _span(tree, tree.edges(obj.i)[0], tree.edges(adj[-1].i)[1])
    if low in LABEL_VERBS:
        # "branded him a traitor": the parser reads a dative and an object
        dative = tree.child(i, "dative")
        if dative is not None and obj is not None and dative.i < obj.i:
            return _span(tree, tree.edges(dative.i)[0], tree.edges(obj.i)[1])
    if low in DESCRIBE_VERBS and obj is not None:
        as_ = next((p for p in tree.children(i, "prep") if p.text.lower() == "as" and p.i > obj.i), None)
        if as_ is not None:
            return _span(tree, tree.edges(obj.i)[0], tree.edges(as_.i)[1])
    if low in APPEAL_VERBS:
        for p in tree.children(i, "prep"):
            word = p.text.lower()
            if p.i < i or tree.child(p.i, "pobj", "pcomp") is None:
                continue
            if word == "for":
                # "called for a ban", "calls for a prosecutor to investigate";
                # not a date ("called for June 5", an election)
                pobj = tree.child(p.i, "pobj", "pcomp")
                if pobj.ent_type in ("DATE", "TIME"):
                    return None
                hi = tree.edges(p.i)[1]
                for c in tree.children(i, "xcomp", "advcl", "prep"):
                    if c.i > hi and (c.dep == "prep" or _infinitive(tree, c.i)):
                        hi = tree.edges(c.i)[1]
                return _span(tree, p.i + 1, hi)
            if word in ("on", "upon"):
                # "called on Congress to pass the bill": the addressee and the act
                act = tree.child(i, "xcomp")
                if act is None:
                    act = next((c for c in tree.children(tree.child(p.i, "pobj").i, "acl", "relcl") if c.i > p.i), None) \
                        if tree.child(p.i, "pobj") is not None else None
                if act is not None and act.i > p.i:
                    return _span(tree, p.i + 1, tree.edges(act.i)[1])
    return None


def noun_cues(tree: Tree, skip=lambda start: False) -> list[tuple[int, int, tuple[int, int]]]:
    """``(noun, possessor, content)`` for each reporting noun with a possessor and a
    that-clause or to-infinitive: "Pence's claim that ...", "her promise to ..."."""
    toks = tree.tokens
    out = []
    for t in toks:
        if t.pos != "NOUN" or t.lemma.lower() not in REPORTING_NOUNS or skip(t.start):
            continue
        if t.dep == "pobj":
            continue  # "a story about his claim that ...": the topic of another report
        owner = tree.child(t.i, "poss")
        if owner is None or owner.pos not in ("PROPN", "PRON", "NOUN") or skip(owner.start):
            continue
        clause = next((c for c in tree.children(t.i, "acl", "ccomp") if c.i > t.i and _clause_like(tree, c.i)), None)
        if clause is None:
            continue
        lo, hi = tree.edges(clause.i)
        span = _span(tree, lo, hi)
        if span is not None:
            out.append((t.i, owner.i, span))
    return out


def _modifiers_after(tree: Tree, i: int, hi: int) -> int:
    """``hi`` extended over the verb's modifiers that follow it without a break
    ("called the judge a disgrace to the court"): the parser hangs them on
    the verb, the label reads on."""
    toks = tree.tokens
    for k in sorted(tree.kids[i]):
        if k <= hi:
            continue
        if toks[k].dep not in ("prep", "advmod", "npadvmod") or k != hi + 1:
            break
        hi = tree.edges(k)[1]
    return hi


def _infinitive(tree: Tree, i: int) -> bool:
    toks = tree.tokens
    return any(toks[k].dep == "aux" and toks[k].text.lower() == "to" for k in tree.kids[i])


def _clause_like(tree: Tree, i: int) -> bool:
    """A that-clause ("claim that X did") or a to-infinitive ("promise to cut")."""
    kids = tree.kids[i]
    toks = tree.tokens
    return any(toks[k].dep == "mark" and toks[k].text.lower() == "that" for k in kids) or (
        toks[i].tag == "VB" and any(toks[k].dep == "aux" and toks[k].text.lower() == "to" for k in kids)
    )


def _span(tree: Tree, lo: int, hi: int) -> tuple[int, int] | None:
    lo, hi = tree.trim(lo, hi)
    return (lo, hi) if hi > lo else None
