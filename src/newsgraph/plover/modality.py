"""Auxiliary modes: did the event happen, will it, might it, or did it not?

PLOVER's auxiliary modes are ``historical``, ``future``, ``hypothetical`` and
negation (``negated`` here). Future, hypothetical and negated come from the
parse around the trigger (auxiliaries, negation, conditional clauses, verbs
such as "deny", "expect", "plan"); historical comes from the event date
(see :func:`aux_from_date`).
"""

from __future__ import annotations

from datetime import date, timedelta

from newsgraph.model import EventDate
from newsgraph.parse import ParseView
from newsgraph.plover.lexicon import word_set

FUTURE_AUX = word_set("FUTURE_AUX")  # "wo" is "won't" split by spaCy
HYPO_AUX = word_set("HYPO_AUX")
# "X said it would attack": a past reporting verb turns "would" into a future-in-the-past
REPORTING = word_set("REPORTING")
# control verbs and predicates over an event that make it future or hypothetical
FUTURE_GOVERNORS = word_set("FUTURE_GOVERNORS")
HYPO_GOVERNORS = word_set("HYPO_GOVERNORS")
# liking to do something is a habit or a wish, not an act ("likes dropping bombs on people");
# only with the act as its own complement (xcomp): "liked that I agreed" reports a fact
HABIT_GOVERNORS = word_set("HABIT_GOVERNORS")
NEGATING_GOVERNORS = word_set("NEGATING_GOVERNORS")
NEG_WORDS = word_set("NEG_WORDS")
NOT_YET = word_set("NOT_YET")
CONDITIONAL_MARKS = word_set("CONDITIONAL_MARKS")
# nouns that report evidence for an event: "no suggestion of a threat", "no sign that
# troops attacked", "no evidence the attacks came from Yemen" deny the event
EVIDENCE_NOUNS = word_set("EVIDENCE_NOUNS")
# clause relations we climb through when looking for what governs a trigger
_CLIMB = frozenset({"xcomp", "ccomp", "conj", "dobj", "pobj", "prep", "pcomp", "acomp", "attr", "advcl", "csubj",
                    "nsubj", "nsubjpass", "oprd", "relcl", "acl", "appos", "compound", "amod", "npadvmod"})


# a law or proposal not yet in force: what it would do has not happened
PENDING_LAW_NOUNS = word_set("PENDING_LAW_NOUNS")
PROPOSING = word_set("PROPOSING")


def pending_law_content(view: ParseView, i: int) -> bool:
    """Is token i what a proposed law would do ("proposed a bill banning protests",
    "introduced a draft law that bans ...")? A law already signed or passed is in force."""
    t = view.tok(i)
    steps = 0
    while t.dep in ("xcomp", "conj", "ccomp") and t.head != t.i and steps < 3:
        t, steps = view.tok(t.head), steps + 1
    if t.dep not in ("acl", "relcl") or t.head == t.i:
        return False
    law = view.tok(t.head)
    if law.lemma.lower() not in PENDING_LAW_NOUNS:
        return False
    if law.lemma.lower() in ("proposal", "plan", "draft", "motion"):
        return True
    mods = {m.lemma.lower() for m in view.children(law.i, "amod", "compound")}
    if mods & {"draft", "proposed", "propose", "planned"}:
        return True
    gov = view.tok(law.head) if law.head != law.i else None
    return gov is not None and law.dep in ("dobj", "nsubjpass") and gov.lemma.lower() in PROPOSING


def _aux_words(view: ParseView, i: int) -> set[str]:
    return {t.text.lower() for t in view.children(i, "aux", "auxpass")}


def _negated_here(view: ParseView, i: int) -> bool:
    for t in view.children(i, "neg", "det", "advmod", "preconj"):
        if t.text.lower() in NEG_WORDS and (t.dep != "det" or view.tok(i).pos in ("NOUN", "PROPN")):
            return True
    return False


def _conditional(view: ParseView, i: int) -> bool:
    return any(t.text.lower() in CONDITIONAL_MARKS for t in view.children(i, "mark"))


def _for_to(view: ParseView, i: int) -> bool:
    """"(waited) for the rebels to withdraw": a for-to clause is wanted, not reported."""
    kids = view.children(i)
    return any(t.dep == "mark" and t.text.lower() == "for" for t in kids) and any(
        t.dep == "aux" and t.text.lower() == "to" for t in kids)


def clause_aux(view: ParseView, trigger: int, support: int | None = None) -> str | None:
    """Auxiliary mode from the parse: 'negated', 'hypothetical', 'future' or None.

    ``support`` is the light verb of a nominal trigger ("will hold talks").
    Walks from the trigger up through the verbs that govern it, stopping at
    the first reporting verb (whose own tense only matters for "would").
    """
    neg = hypo = fut = False
    chain = [trigger] + ([support] if support is not None and support != trigger else [])
    cur = view.tok(support if support is not None else trigger)
    # climb through governing words until a reporting verb or the root; a
    # relative clause is its own assertion ("Lam, who is supported by ...")
    steps = 0
    governed_by: dict[int, str] = {}
    while cur.head != cur.i and cur.dep in _CLIMB and cur.dep != "relcl" and steps < 8:
        parent = view.tok(cur.head)
        steps += 1
        if parent.pos in ("VERB", "AUX", "ADJ") and parent.lemma in REPORTING and cur.dep in ("ccomp", "xcomp", "conj"):
            chain.append(-parent.i - 1)  # marker: reporting verb reached
            break
        chain.append(parent.i)
        governed_by[parent.i] = cur.dep
        cur = parent
    reported_past = False
    for k in chain:
        if k < 0:
            rep = view.tok(-k - 1)
            reported_past = rep.tag in ("VBD", "VBN")
            if _negated_here(view, rep.i) and rep.lemma in ("say", "confirm"):
                pass  # "did not say X attacked" is about the report, not the event
            break
        t = view.tok(k)
        words = _aux_words(view, k)
        is_trigger_clause = k in (trigger, support)
        if _negated_here(view, k) and (is_trigger_clause or t.lemma in NEGATING_GOVERNORS or t.pos == "AUX"):
            neg = True
        if not is_trigger_clause and t.pos == "NOUN" and t.lemma.lower() in EVIDENCE_NOUNS and _negated_here(view, k):
            neg = True
        if not is_trigger_clause and t.lemma in NEGATING_GOVERNORS:
            neg = True
        if not is_trigger_clause and t.lemma in ("have", "be") and governed_by.get(k) == "xcomp" and any(
                a.text.lower() in NOT_YET for a in view.children(k, "advmod")):
            neg = True  # "has yet to concede", "is yet to release": not so far
        if _negated_here(view, k) and not is_trigger_clause and t.lemma in FUTURE_GOVERNORS | HYPO_GOVERNORS:
            neg = True  # "did not plan to attack", "refused"-like readings
        if words & FUTURE_AUX:
            fut = True
        if words & HYPO_AUX:
            if ("would" in words or "'d" in words) and not (t.lemma == "be" and not is_trigger_clause):
                # "said it would withdraw" (intent) versus "would be a major step" (evaluation)
                hypo = hypo or "would"
            else:
                hypo = True
        if _conditional(view, k) or _for_to(view, k):
            hypo = True
        verbal = t.pos in ("VERB", "AUX", "ADJ") or (t.dep == "ROOT" and bool(view.children(k, "nsubj")))
        # ("the army plans to launch": a verb the tagger took for a noun, with its subject)
        if not is_trigger_clause and governed_by.get(k) in ("xcomp", "ccomp", "acomp") and verbal:
            # only a verb or adjective taking the event as complement governs it
            lem = t.lemma.lower()
            if lem == "decide" and (t.tag == "VBD" or "have" in {a.lemma for a in view.children(k, "aux")}):
                pass  # "the court decided to allow X": a decision taken is the act, not a plan
            elif lem in FUTURE_GOVERNORS or (lem == "go" and t.tag == "VBG"):
                fut = True
            elif lem in HYPO_GOVERNORS or (lem in HABIT_GOVERNORS and governed_by.get(k) == "xcomp"):
                hypo = True
            elif lem == "be" and any(c.dep == "xcomp" for c in view.children(k)):
                fut = True  # "is to visit": planned
    if hypo == "would":
        # "said it would withdraw" reports an intention: future, not hypothetical
        if reported_past:
            fut, hypo = True, False
        else:
            hypo = True
    if neg:
        return "negated"
    if hypo or pending_law_content(view, support if support is not None else trigger):
        # (a proposed law's content, "proposed a bill banning protests", is hypothetical too)
        return "hypothetical"
    if fut:
        return "future"
    return None


def aux_from_date(date_: EventDate | None, published: date | None, *, historical_days: int = 30) -> str | None:
    """'historical' when the event ended well before publication; 'future' when it starts after.

    Recent past (yesterday, last week) is the ordinary news report, not
    history: only events ending more than ``historical_days`` before the
    publication date are historical.
    """
    if date_ is None or published is None or not date_.interval or date_.precision in ("publication", "unknown"):
        return None
    try:
        start = date.fromisoformat(date_.interval[0][:10])
        end = date.fromisoformat(date_.interval[1][:10])
    except ValueError:
        return None
    if end < published - timedelta(days=historical_days):
        return "historical"
    if start > published:
        return "future"
    return None
