"""Readings of trigger words that are no political event.

Two families the dictionary senses cannot tell apart on their own:

- traffic accidents: "was struck by a Volvo", "struck a guard rail", "the truck hit
  a cyclist" use the verbs of attack, but a vehicle on a road is no ASSAULT unless
  the sentence says it was one ("rammed a crowd in a terror attack", "a car bomb");
- interviews: "With Wikinews, X discussed ...", "told reporters", "spoke to CNN":
  talking to the press is reported speech (a quote), not a CONSULT with the press.
"""

from __future__ import annotations

from newsgraph.parse import ParseView
from newsgraph.plover.lexicon import word_set

# verbs of striking that a vehicle does as readily as an attacker
IMPACT_VERBS = word_set("IMPACT_VERBS")
# words that place a sentence on the road
TRAFFIC = word_set("TRAFFIC")
# what makes a vehicle a weapon: intent, a bomb, an attack named as such
INTENT = word_set("INTENT")
# who interviews: a newsroom or its people
MEDIA_WORDS = word_set("MEDIA_WORDS")


def traffic_accident(view: ParseView, sent_start: int, sent_end: int, trigger_lemma: str) -> bool:
    """An impact verb in a sentence about driving, with nothing saying it was an attack.
    (Common words only: "van" in "Leon van Biljon" is a name, not a vehicle.)"""
    if trigger_lemma not in IMPACT_VERBS:
        return False
    words = {t.lemma.lower() for t in (view.tok(k) for k in range(sent_start, sent_end)) if t.pos != "PROPN"}
    return bool(words & TRAFFIC) and not (words & INTENT)


def _media_token(view: ParseView, i: int) -> bool:
    lo, hi = view.subtree_span(i)
    return any(view.tok(k).lemma.lower() in MEDIA_WORDS or view.tok(k).text.lower() in MEDIA_WORDS
               for k in range(lo, hi + 1))


def press_partners(view: ParseView, head: int, sent_start: int, sent_end: int) -> bool:
    """Is the "with"/"to" partner of a talk only the press ("With Wikinews, X discussed",
    "spoke to reporters")? The fronted "With X," may hang anywhere in the parse, so a
    sentence-initial "with" phrase counts too."""
    partners = view.preps(head, "with")
    first = view.tok(sent_start)
    if first.text.lower() == "with":
        partners += view.children(first.i, "pobj")
    # "spoke to reporters"; a "to" beside a "with" is a topic ("from X to Y")
    partners = partners or view.preps(head, "to")
    return bool(partners) and all(_media_token(view, p.i) for p in partners)


# whom one appeals to inside one's own group or the general public
OWN_PEOPLE = word_set("OWN_PEOPLE")
POSSESSIVE_PRONOUNS = word_set("POSSESSIVE_PRONOUNS")
PUBLIC = word_set("PUBLIC")


def in_group_appeal(view: ParseView, head: int, addressed_to: list[str]) -> bool:
    """"I urge my colleagues to ...", "asked his countrymen to stay home", "urging viewers
    to vote": an appeal to one's own people or the public, not a REQUEST of another
    party. ``addressed_to`` are the prepositions that take the addressee ("called on")."""
    addressees = view.children(head, "dobj") + view.preps(head, *addressed_to)
    if not addressees:
        return False
    for a in addressees:
        word = a.lemma.lower()
        if word in PUBLIC or a.text.lower() in PUBLIC:
            continue
        own = any(p.text.lower() in POSSESSIVE_PRONOUNS for p in view.children(a.i, "poss"))
        if own and (word in OWN_PEOPLE or a.text.lower() in OWN_PEOPLE):
            continue
        return False
    return True


PERMITTING = word_set("PERMITTING")


def thing_permits(view: ParseView, i: int, is_actor) -> bool:
    """"a gun licence allowing him to buy weapons", "the emergency appears to allow him":
    a document or a state of affairs permits; whoever holds it concedes nothing. True when
    the doer of permission verb i (its subject, or the noun its participle modifies) is a
    common noun that is no actor. ``is_actor(k)`` tells whether token k is an actor mention."""
    t = view.tok(i)
    if t.lemma.lower() not in PERMITTING:
        return False
    doers = view.children(i, "nsubj")
    if not doers and t.dep in ("acl", "relcl") and t.head != i:
        doers = [view.tok(t.head)]
    if not doers and t.dep == "xcomp" and t.head != i:  # "appears to allow"
        doers = view.children(t.head, "nsubj")
    return bool(doers) and all(d.pos == "NOUN" and not is_actor(d.i) for d in doers)


# animals maul and kill, but no one acts ("was killed by his lions", "a shark attack")
ANIMALS = word_set("ANIMALS")


# what is "killed", "executed" or "deployed" that is no person and no force: "killed the bill",
# "executed a planned shutdown",
# "killed the part of the project", "deploy CentOS Stream", "deploy the software"
LIFELESS_OBJECTS = word_set("LIFELESS_OBJECTS")


def lifeless_object(view: ParseView, i: int, is_actor) -> bool:
    """Is every direct object of verb i a thing no force is used on (LIFELESS_OBJECTS)?"""
    objs = view.children(i, "dobj")
    return bool(objs) and all(o.lemma.lower() in LIFELESS_OBJECTS and not is_actor(o.i) for o in objs)


def projection(view: ParseView, i: int) -> bool:
    """"the AP called the election for Biden", "called Nevada for Biden": a newsroom's
    projection of a result (call + object + "for"), not a call for something."""
    return view.tok(i).lemma.lower() == "call" and bool(view.children(i, "dobj")) and bool(view.preps(i, "for"))


def danger_warning(view: ParseView, i: int) -> bool:
    """"warned the delayed transition could be a threat to national security": a warning
    that something may be dangerous (could/might/may + be), not a threat to do harm."""
    for cc in view.children(i, "ccomp"):
        auxes = {a.text.lower() for a in view.children(cc.i, "aux")}
        if cc.lemma.lower() == "be" and auxes & {"could", "might", "may"}:
            return True
    return False
