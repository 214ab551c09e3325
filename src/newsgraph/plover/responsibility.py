"""Who did an attack told without its doer, and whom reactions to an act are aimed at.

"A bombing killed six soldiers ... The Taliban claimed responsibility for the attack",
"... the attack was claimed by the Islamic State", "a blast that killed ten was claimed
by X": the claimant is the attack's actor, in place of the unidentified attackers the
coder gave it (newsgraph.plover.territory) or of none. The claim itself is no event.
"""

from __future__ import annotations

from newsgraph.model import Event, NewsDoc
from newsgraph.plover.lexicon import NEGATORS, NOUN_CLASSES, word_set

CLAIM_VERBS = word_set("CLAIM_VERBS")
CLAIM_OBJECTS = word_set("CLAIM_OBJECTS")
ATTACK_MEANS = word_set("ATTACK_MEANS")
OFFENCES = NOUN_CLASSES["OFFENCES"]


def _open_attacks(events: list[Event], placeholders: set[str]) -> list[Event]:
    """Attacks told as done whose doers are only unidentified attackers, or none."""
    return [e for e in events if e.type == "ASSAULT" and e.happened and all(a in placeholders for a in e.actor)]


def _claims(doc: NewsDoc) -> list[tuple[int, int]]:
    """(claimant token, attack token) of each claim of responsibility in the document."""
    v = doc.view
    out = []
    for t in doc.tokens:
        if t.pos != "VERB" or t.lemma.lower() not in CLAIM_VERBS:
            continue
        if v.children(t.i, "neg") or any(v.low[c.i] in NEGATORS for c in v.children(t.i, "advmod")):
            continue  # "no group has claimed the attack" is dropped below; "has not claimed" here
        subj = v.children(t.i, "nsubj")
        if subj and any(v.low[d.i] in NEGATORS for d in v.children(subj[0].i, "det")):
            continue
        objects = v.children(t.i, "dobj")
        if subj and objects:
            if v.lem[objects[0].i] in CLAIM_OBJECTS:
                # "claimed responsibility for the bombing"; "... later claimed responsibility":
                # the attack told before
                targets = v.preps(objects[0].i, "for") + v.preps(t.i, "for") or [objects[0]]
            else:
                targets = objects  # "claimed the attack"
            out += [(subj[0].i, x.i) for x in targets[:1]]
            continue
        passive = v.children(t.i, "nsubjpass")
        agents = [o for a in v.children(t.i, "agent") for o in v.children(a.i, "pobj")]
        if passive and agents:
            out.append((agents[0].i, passive[0].i))  # "the attack was claimed by X"
    return out


def credit_claimed_attacks(doc: NewsDoc, events: list[Event], placeholders: set[str]) -> None:
    """Give each claimed attack with no named doer its claimant as actor (in place)."""
    if not _open_attacks(events, placeholders):
        return  # (most documents: no need to read them for claims)
    toks = doc.tokens
    for who, what in _claims(doc):
        noun = toks[what]
        lemma = noun.lemma.lower()
        if lemma not in ATTACK_MEANS | CLAIM_OBJECTS and not any(
                e.type == "ASSAULT" and e.trigger[0] <= noun.start < e.trigger[1] for e in events):
            continue  # "claimed victory", "claimed the seat"
        claimant = doc.actor_at(toks[who].start, toks[who].end)
        if claimant is None:
            continue
        open_attacks = [e for e in _open_attacks(events, placeholders) if claimant.id not in e.recipient]
        # the attack the noun names: coded on it, or in its own sentence ("a bombing that
        # killed six was claimed by X"), else the latest one told before it ("the attack")
        # ("claimed responsibility" names no attack of its own sentence: the one told before)
        sent = doc.sentences[noun.sent] if noun.sent < len(doc.sentences) and lemma not in CLAIM_OBJECTS else None
        same = [e for e in open_attacks if sent is not None and e.sentence == sent.span]
        before = [e for e in open_attacks if e.trigger[0] < noun.start]
        target = same[0] if same else before[-1] if before else None
        if target is not None:
            target.actor = [claimant.id]


def aim_reactions_at_attackers(doc: NewsDoc, events: list[Event], placeholders: set[str]) -> None:
    """A judgment of an attack with no one judged ("the president condemned the attacks",
    "described the attacks as a dastardly act") is aimed at the attack's doers, once they
    are known (named or claimed; unidentified attackers leave it unaimed). In place."""
    v = doc.view
    attacks = [e for e in events if e.type == "ASSAULT" and e.happened and e.actor
               and not all(a in placeholders for a in e.actor)]
    if not attacks:
        return
    for e in events:
        if e.type not in ("ACCUSE", "SUPPORT") or e.recipient:
            continue
        head = next((t for t in doc.tokens_in(*e.trigger) if t.pos == "VERB"), None)
        if head is None:
            continue
        for obj in v.children(head.i, "dobj"):
            own = [a for a in attacks if a.trigger[0] <= obj.start < a.trigger[1]]
            if not own and obj.lemma.lower() not in ATTACK_MEANS:
                continue
            before = [a for a in attacks if a.trigger[1] <= obj.start]
            target = own[0] if own else before[-1] if before else None
            if target is not None:
                e.recipient = [a for a in target.actor if a not in e.actor]
            break


def name_suspects_of_attacks(doc: NewsDoc, events: list[Event], placeholders: set[str]) -> None:
    """An attack with no doer named, then someone arrested or charged over it ("a 25-year-old
    man was arrested on suspicion of murder", "charged with the killing"): the suspect is
    the attack's actor, as event coders code a named suspect. Only an attack told in the
    arrest's own sentence, or else the latest one told before it when the arrest names the
    offence. In place."""
    if not _open_attacks(events, placeholders):
        return
    for e in events:
        if (e.type, e.mode) not in (("COERCE", "arrest"), ("ACCUSE", "allege")) or not e.recipient \
                or not e.happened:
            continue
        # the offence named in a prepositional phrase ("on suspicion of murder", "over the
        # bombing"), or the attack told in the arrest's own sentence ("a man has been arrested
        # after the mayor was stabbed")
        same = [a for a in events if a.type == "ASSAULT" and a.happened and a.sentence == e.sentence
                and a is not e]
        if not same and not any(t.dep == "pobj" and t.lemma.lower() in OFFENCES
                                for t in doc.tokens_in(*e.sentence)):
            continue
        if same and all(x in placeholders for x in same[0].actor):
            suspects = [r for r in e.recipient if r not in same[0].recipient]
            if suspects:
                same[0].actor = suspects
            continue
        earlier = [a for a in events if a.type == "ASSAULT" and a.trigger[0] < e.trigger[0] and a.happened]
        if earlier and earlier[-1].actor and all(x in placeholders for x in earlier[-1].actor):
            suspects = [r for r in e.recipient if r not in earlier[-1].recipient]
            if suspects:
                earlier[-1].actor = suspects


#: event types that judge another party's act: aimed at whoever did the act judged
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})


def aim_judgments_at_acts(doc: NewsDoc, events: list[Event]) -> None:
    """A judgment of an act with no one judged ("denounced the border agreement", "attacked
    the impeachment inquiry", "voiced support for the inquiry") is aimed at the act's
    doers: the act its object names, when that object is itself coded as an event or
    repeats the word of one told before ("the agreement" after "Turkey and Libya signed an
    agreement"). In place."""
    v = doc.view
    for e in events:
        if e.type not in JUDGING_TYPES or e.recipient or not e.actor:
            continue
        heads = [t for t in doc.tokens_in(*e.trigger) if t.pos in ("VERB", "NOUN")]
        if not heads:
            continue
        head = heads[-1] if heads[-1].pos == "NOUN" else heads[0]
        objects = v.children(head.i, "dobj") + v.preps(head.i, "for", "against", "of")
        for obj in objects:
            own = [a for a in events if a is not e and a.actor and a.trigger[0] <= obj.start < a.trigger[1]]
            if not own:
                before = [a for a in events if a is not e and a.actor and a.trigger[1] <= e.trigger[0]
                          and any(v.lem[t.i] == v.lem[obj.i] for t in doc.tokens_in(*a.trigger))]
                own = before[-1:]
            if own:
                e.recipient = [a for a in own[0].actor if a not in e.actor]
                break
