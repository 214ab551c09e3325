"""Event location: the place that governs an event trigger.

The events stage calls :func:`event_place`; it reads only ``doc.places`` and
the parse (tokens with heads, sentences).

Order of evidence:

1. a place in the trigger's own phrase, found by walking down the dependency
   tree from the trigger without crossing into another clause: "a press
   conference in Moscow" (told -> conference -> in -> Moscow), "at a military
   base in Maidan Wardak", "the offensive to capture Tripoli"; when the
   trigger is a noun inside a prepositional phrase ("After talks with X, Y
   told a press conference in Moscow"), the walk starts from the verb it
   hangs on;
2. else the most specific place of the sentence;
3. else none. A country is returned only when it is the only kind of place
   the text names (then its precision says ``country``); an event is never
   put at a country's centre because a city was not found.

A place mention the actors stage also reads as an actor in an agent's position
("Moscow supports", "Russia's top diplomat", "backed by Egypt") locates
nothing (:func:`metonymic`), nor does an adjective of place ("Syrian
troops"): the places stage keeps both as mentions of the place, but the event
did not happen there for that.
"""

from __future__ import annotations

from newsgraph.gazetteer.words import is_demonym
from newsgraph.model import NewsDoc, ParseView, Place, Token

# Dependencies that start another clause: a place inside them belongs to
# another event ("Lavrov said [that fighting in Tripoli ...]").
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "conj", "acl:relcl"})
# Below the trigger itself a relative clause still describes it ("the
# offensive that took Tripoli"); the other clause links start another event.
_TRIGGER_CLAUSE_DEPS = _CLAUSE_DEPS - {"relcl", "acl:relcl"}
_PRECISION_RANK = {"city": 0, "region": 1, "other": 2, "country": 3}
_MAX_DEPTH = 4


def _place_of_token(doc: NewsDoc, tok: Token) -> Place | None:
    for p in doc.places:
        for s, e in p.mentions:
            if s <= tok.start < e:
                return p if locates(doc, s, e) else None
    return None


def locates(doc: NewsDoc, start: int, end: int) -> bool:
    """Whether a place mention may say where an event happened: not an adjective of
    place ("Syrian troops" are not in Syria for that), not a metonymic actor, not a
    modifier inside an actor's longer name ("a US national", "one U.S. soldier")."""
    return not is_demonym(doc.text[start:end]) and not metonymic(doc, start, end) \
        and not _inside_actor(doc, start, end)


def _inside_actor(doc: NewsDoc, start: int, end: int) -> bool:
    """Is the mention part of a longer actor mention that names someone else?"""
    for a in doc.actors:
        for s, e in a.mentions:
            if s <= start and end <= e and (e - s) > (end - start):
                return True
    return False


def metonymic(doc: NewsDoc, start: int, end: int) -> bool:
    """Whether a place mention stands for its people or government here, not for where
    something happened: an actor's mention (the actors stage's reading) in an agent's
    position, the subject of a clause ("Moscow supports"), a possessive owner
    ("Russia's top diplomat") or the agent of a passive ("backed by Egypt"). The place
    layer keeps such mentions; an event is not located by them."""
    if doc.actor_at(start, end) is None:
        return False
    toks = [t for t in doc.tokens if t.start < end and start < t.end]
    if not toks:
        return False
    lo, hi = toks[0].i, toks[-1].i
    head = next((t for t in toks if not lo <= t.head <= hi or t.head == t.i), toks[-1])
    while head.dep == "conj" and head.head != head.i and not lo <= head.head <= hi:
        head = doc.tokens[head.head]  # "Egypt and Sudan agreed": the first conjunct's role
    if head.dep in ("nsubj", "nsubjpass", "poss"):
        return True
    if hi + 1 < len(doc.tokens) and doc.tokens[hi + 1].text in ("'s", "’s", "'", "’"):
        return True
    return head.dep == "pobj" and head.head != head.i and doc.tokens[head.head].text.lower() == "by"


def _named_instead(doc: NewsDoc, tok: Token, view: ParseView) -> Place | None:
    """"the Red Sea port town of Mokha": a toponym modifying a place noun that names its
    place with "of" describes that place; the place itself is the one named."""
    if tok.dep not in ("compound", "amod", "nmod") or tok.head == tok.i:
        return None
    head = doc.tokens[tok.head]
    while head.dep == "compound" and head.head != head.i:  # "Red Sea port town": up to "town"
        head = doc.tokens[head.head]
    for prep in view.children(head.i):
        if prep.dep == "prep" and prep.text.lower() == "of":
            for obj in view.children(prep.i):
                if obj.dep == "pobj":
                    named = _place_of_token(doc, obj)
                    if named is not None:
                        return named
    return None


def _walk(doc: NewsDoc, root: Token, view: ParseView) -> list[tuple[int, Place]]:
    """Places under ``root`` within the same clause, with their depth."""
    found: list[tuple[int, Place]] = []
    stack = [(root, 0)]
    while stack:
        tok, depth = stack.pop()
        p = _place_of_token(doc, tok)
        if p is not None and tok is not root:
            found.append((depth, _named_instead(doc, tok, view) or p))
        if depth >= _MAX_DEPTH:
            continue
        for c in view.children(tok.i):
            if c.dep in (_CLAUSE_DEPS if depth > 0 else _TRIGGER_CLAUSE_DEPS):
                continue
            stack.append((c, depth + 1))
    return found


def _best(cands: list[tuple[int, Place]]) -> Place | None:
    if not cands:
        return None
    # Nearest in the tree first; among equals the most specific place.
    cands.sort(key=lambda x: (x[0], _PRECISION_RANK.get(x[1].precision, 2)))
    return cands[0][1]


def _specific(places: list[tuple[int, Place]]) -> Place | None:
    """Prefer a sub-national place; a country only if nothing finer is named."""
    finer = [x for x in places if x[1].precision != "country"]
    return _best(finer) or _best(places)


def event_place(doc: NewsDoc, trigger_token: int) -> str | None:
    """Id of the place where the event at ``trigger_token`` happened, or None."""
    if not doc.places or not (0 <= trigger_token < len(doc.tokens)):
        return None
    trig = doc.tokens[trigger_token]
    sent = doc.sentences[trig.sent] if trig.sent < len(doc.sentences) else None
    if sent is None:
        return None
    view = doc.view

    # 1. the trigger's own phrase
    place = _specific(_walk(doc, trig, view))
    if place is None and trig.pos in ("NOUN", "PROPN"):
        # a nominal trigger in a prepositional phrase: go up to its verb
        up = trig
        for _ in range(3):
            head = doc.tokens[up.head]
            if head.i == up.i:
                break
            up = head
            if up.pos in ("VERB", "AUX"):
                place = _specific([x for x in _walk(doc, up, view) if x[0] <= 3])
                break
    if place is not None:
        return place.id

    # 2. the place of the sentence: places mentioned inside it, by order
    in_sent: list[tuple[int, Place]] = []
    for p in doc.places:
        for s, e in p.mentions:
            if sent.start <= s < sent.end and locates(doc, s, e):
                in_sent.append((abs(s - trig.start), p))
    place = _specific(in_sent)
    return place.id if place is not None else None
