"""Mentions of one event within one document become one event with several evidence spans.

A strike and the killing it caused, a lede and its details, an anaphoric "the attack":
the events stage codes each mention as an event; this pass, run by the pipeline after
its stages, folds the later mentions into the first one. The store keeps apart what this
pass keeps apart (two events of one document never share an event key), so it decides
alone. It is conservative: two mentions stay two unless

- their types are the same or PLOVER neighbours (``lang/en/event_neighbours.tsv``), both
  are told as happened or with the same other status (future, negated ...), their dates
  overlap (an undated mention takes the other's, and so does an anaphor dated only by
  the publication) and their places agree;
- no side differs: the named actors are the same, and so are the recipients (for an
  attack, whose reports may name different victims, only when the later mention refers
  back to the earlier one);
- the merge does not make the date worse: mentions dated differently by the text (a
  month and a day) are one only when the vaguer one refers back to the other ("the
  attack" in March) or both are in one sentence;
- and something says they are one:

  * an *anaphor*: the later mention's trigger, or a word hanging on it, is a definite
    noun of the earlier event's type ("al-Muhandis was killed in the airstrike",
    ``lang/en/event_anaphors.txt``: after the, this, that, a possessive); it refers to the
    nearest such mention before it, not to all of them;
  * a *statement* (``statement`` in ``lang/en/event_roles.tsv``: accusations, appeals,
    praise, pledges ...) is a separate act each time a speaker speaks: two are one only by
    an anaphor ("the accusation"), by one trigger hanging on the other in one sentence
    ("criticism by the minister, who questioned ...", not "criticized X and praised Y"),
    or by the same verb with the same content ("pledged to build a school" told twice);
  * any other event: in one sentence, sides that agree ("six officers were killed when
    gunmen attacked the post"); in different sentences, a named participant in common (a
    person or organisation by name, not "police", "protesters" or a country as target),
    and, for a meeting, two of the same people. The same verb with different objects is
    two acts ("released version 8 ... released the new product").

Mentions join from the most alike pair on; a group stays consistent (its dates share a
day, its places agree, no two members name different participants where one event has
the same ones), so a summary joins one of its details, not two different ones. The
merged event keeps the first mention's id, trigger and sentence, lists the others in
``Event.mentions``, and takes the most precise date, the most specific place and the
union of the participants.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from newsgraph.clusters.compat import (
    DATE_RANK, ClusterOptions, Group, Neighbours, PlaceRef, Report, _aux_compatible, anaphors,
    identity_tokens, link_interval, neighbours, places_compatible, roles, sides_agree,
)
from newsgraph.model import Event, EventDate, NewsDoc, Token
from newsgraph.plover.lexicon import word_set
from newsgraph.timex.syntax import span_root

#: determiners before a noun that refers back to an event told before
_DEFINITE = word_set("DEFINITE_DETERMINERS")
#: words whose lemmas make up what an event is about (its trigger, its content)
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
#: dependents of a trigger that are not what the act is about: its doer, its grammar, and
#: other acts or circumstances told alongside it
_NOT_CONTENT = frozenset({
    "nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "aux", "auxpass", "neg", "punct", "cc", "conj",
    "mark", "advcl", "relcl", "parataxis", "advmod", "det", "case", "appos", "agent", "prt", "poss",
})
#: dependents that are what an act is done to or says (not when, where or how)
_OBJECTS = frozenset({"dobj", "obj", "dative", "attr", "oprd", "ccomp", "xcomp"})
#: dependency labels on the way from one trigger to another that make them two acts
#: ("criticized X and praised Y", "..., she said; he denied it")
_SEPARATE = frozenset({"conj", "parataxis"})
#: actor kinds a name identifies; a state identifies an event's doer, not its target (a
#: protest "against the United States" in a story about the United States)
_NAMED_KINDS = frozenset({"person", "organization"})


@dataclass(frozen=True, kw_only=True)
class _Mention:
    i: int
    event: Event
    report: Report
    named: frozenset[str]  # actor ids, unidentified placeholders left out
    recipients: frozenset[str]
    specific: frozenset[str]  # participant ids that name someone (see _named)
    statement: bool  # a said act (``statement`` in lang/en/event_roles.tsv)
    root: int | None  # the trigger's head token (doc index), None without a parse
    above: frozenset[int]  # the root and the tokens it hangs on, up to a coordination of acts
    lemmas: frozenset[str]  # the trigger's content lemmas
    content: frozenset[str]  # what the act is about: content lemmas of its non-subject dependents
    objects: frozenset[str]  # content lemmas of its objects alone (``_OBJECTS``)
    plural: bool  # an object is a plural noun: a summary ('pardoned seven prisoners') its details may name
    definite: frozenset[str]  # definite nouns that are the trigger or hang on it ("in the airstrike")
    dated: bool  # the text dates it (not only the publication)
    width: int | None  # days its date spans
    start: date | None  # the interval it links by (a publication date widened back)
    end: date | None


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _interval(d: EventDate | None) -> tuple[date | None, date | None]:
    if d is None or not d.interval:
        return None, None
    return _iso(d.interval[0]), _iso(d.interval[1])


def _width(d: EventDate | None) -> tuple:
    lo, hi = _interval(d)
    if lo is None or hi is None:
        return (1, 10**6, 99)
    return (0, (hi - lo).days, DATE_RANK.get(d.precision, 9))


class _Parse:
    """The document's dependency tree, as the tests below need it: the children index is the
    document's own parse view (``doc.view``), built once per document and shared with the
    events stage."""

    def __init__(self, doc: NewsDoc):
        self.tokens = doc.tokens
        self._kids = doc.view.kids

    def kids(self, k: int) -> list[int]:
        """The tokens whose head is ``k``."""
        return self._kids[k]

    def root(self, toks: list[Token]) -> int | None:
        """The token of a span whose head lies outside it (the first such)."""
        return span_root(self.tokens, range(toks[0].i, toks[-1].i + 1)) if toks else None

    def definite(self, k: int) -> bool:
        """A noun with a definite determiner or a possessive ('the attack', 'her withdrawal')."""
        t = self.tokens[k]
        if t.pos not in ("NOUN", "PROPN"):
            return False
        return any((self.tokens[c].dep == "det" and self.tokens[c].text.lower() in _DEFINITE)
                   or self.tokens[c].dep == "poss" for c in self.kids(k))

    def content(self, root: int, skip: set[int], keep: frozenset[str] | None = None) -> frozenset[str]:
        """Content lemmas below ``root`` other than its doer and grammar (``_NOT_CONTENT``), or
        only below the dependents labelled ``keep``."""
        out: set[str] = set()
        stack = [c for c in self.kids(root)
                 if (self.tokens[c].dep in keep if keep is not None else self.tokens[c].dep not in _NOT_CONTENT)]
        while stack:
            k = stack.pop()
            t = self.tokens[k]
            if k not in skip and t.pos in _CONTENT_POS:
                out.add(t.lemma.lower())
            stack += [c for c in self.kids(k) if self.tokens[c].dep not in ("relcl", "conj", "advcl", "parataxis")]
        return frozenset(out)

    def above(self, k: int) -> frozenset[int]:
        """``k`` and the tokens above it, up to a coordination of acts (a verb that is a ``conj``
        or ``parataxis`` of another: 'criticized X and praised Y' are two acts)."""
        out = {k}
        while True:
            t = self.tokens[k]
            if t.head == k or t.head in out or (t.dep in _SEPARATE and t.pos in ("VERB", "AUX")):
                return frozenset(out)
            k = t.head
            out.add(k)


def _proper(doc: NewsDoc, parse: "_Parse", start: int, end: int) -> bool:
    """Is the mention's head a proper name ('Thames Valley Police', not 'a Cheltenham man')?"""
    root = parse.root(doc.tokens_in(start, end))
    return root is not None and parse.tokens[root].pos == "PROPN" and parse.tokens[root].ent_type != "NORP"


def _named(doc: NewsDoc, parse: _Parse | None) -> tuple[frozenset[str], frozenset[str]]:
    """Actors that name someone, as doers and as targets: a person or organisation with a KB
    entry or a proper name, and as a doer a state. Groups ('police', 'protesters',
    'Russians') and unnamed people ('a man', 'the attacker') tell one event from another no
    better than the event's type does."""
    used = {i for ev in doc.events for i in (*ev.actor, *ev.recipient)}
    doers, targets = set(), set()
    for a in doc.actors:
        if a.id not in used:
            continue
        if a.kind == "state" and a.kb_id:
            doers.add(a.id)
        elif a.kind in _NAMED_KINDS and (a.kb_id or (parse is not None and any(
                _proper(doc, parse, s, e) for s, e in a.mentions))):
            doers.add(a.id)
            targets.add(a.id)
    return frozenset(doers), frozenset(targets)


def _mentions(doc: NewsDoc, options: ClusterOptions, kinds: dict[str, frozenset[str]]) -> list[_Mention]:
    actors = {a.id: a for a in doc.actors}
    placeholder = {a.id for a in doc.actors if a.sector == "UAF" and not a.kb_id}
    places = {p.id: p for p in doc.places}
    parse = _Parse(doc) if doc.tokens else None
    doers, targets = _named(doc, parse)
    out = []
    for i, ev in enumerate(doc.events):
        lo, hi = _interval(ev.date)
        width = (hi - lo).days if lo and hi else None
        lo, hi = link_interval(lo, hi, ev.date.precision if ev.date else None, options)
        p = places.get(ev.place or "")
        place = PlaceRef(name=p.name, geonameid=p.geonameid, country=p.country, lat=p.lat, lon=p.lon,
                         precision=p.precision) if p else None

        def tokens(ids):
            return [frozenset(identity_tokens(i, kind=actors[i].kind, country=actors[i].country,
                                              sector=actors[i].sector, state=False))
                    for i in dict.fromkeys(ids) if i in actors]

        people = tokens(ev.actor) + tokens(ev.recipient)
        acts = frozenset().union(*tokens(ev.actor))
        recs = frozenset().union(*tokens(ev.recipient))
        # each mention its own "document": the grouping keeps reports of one document apart. A
        # mention dated only by the publication does not bind its group's dates (an anaphor takes
        # its antecedent's); link() tests it pairwise
        text_dated = bool(ev.date and ev.date.precision not in ("publication", "unknown"))
        report = Report(key=f"{i:05d}", exact=f"{i:05d}", doc_id=f"{i:05d}", type=ev.type, actors=acts,
                        recipients=recs, start=lo if text_dated else None, end=hi if text_dated else None,
                        precision=ev.date.precision if ev.date else None,
                        place=place, aux=ev.aux, unknown=acts & placeholder, people=tuple(people))
        root, above, lemmas, content, objects, definite = None, *[frozenset()] * 5
        plural = False
        if parse is not None:
            trig = doc.tokens_in(*ev.trigger)
            root = parse.root(trig)
            if root is not None:
                inside = {t.i for t in trig}
                above = parse.above(root)
                lemmas = frozenset(t.lemma.lower() for t in trig if t.pos in _CONTENT_POS)
                content = parse.content(root, inside)
                objects = parse.content(root, inside, _OBJECTS)
                plural = any(parse.tokens[c].dep in _OBJECTS and parse.tokens[c].tag in ("NNS", "NNPS")
                             for c in parse.kids(root))
                # the trigger itself, or a noun hanging on it or on its preposition
                near = inside | set(parse.kids(root)) | {g for c in parse.kids(root) if parse.tokens[c].dep == "prep"
                                                          for g in parse.kids(c)}
                definite = frozenset(parse.tokens[k].lemma.lower() for k in near if parse.definite(k))
        out.append(_Mention(
            i=i, event=ev, report=report, named=acts - placeholder, recipients=recs,
            specific=(doers & set(ev.actor)) | (targets & set(ev.recipient)),
            statement="statement" in kinds.get(ev.type, ()), root=root, above=above, lemmas=lemmas,
            content=content, objects=objects, plural=plural,
            definite=definite, dated=text_dated and width is not None, width=width, start=lo, end=hi))
    return out


def _refers_back(earlier: _Mention, later: _Mention, words: dict[str, frozenset[str]]) -> bool:
    """The later mention names the earlier event with a definite noun ('in the airstrike', 'the
    accusation'), and the actors both name are the same ones."""
    if not words.get(earlier.event.type, frozenset()) & later.definite:
        return False
    return not (earlier.named and later.named and not earlier.named & later.named)


def _same_content(a: _Mention, b: _Mention) -> bool:
    """The same verb about the same thing: half of the smaller content shared."""
    if not (a.lemmas & b.lemmas) or not a.content or not b.content:
        return False
    return 2 * len(a.content & b.content) >= min(len(a.content), len(b.content))


def _different_objects(a: _Mention, b: _Mention) -> bool:
    """The same verb about different things ('released X' and 'released Y'); not a summary
    and its detail ('pardoned seven prisoners' and 'pardoned the journalist')."""
    if a.plural or b.plural:
        return False
    return bool(a.lemmas & b.lemmas) and bool(a.objects) and bool(b.objects) and not a.objects & b.objects


def _dates_agree(a: _Mention, b: _Mention) -> bool:
    return a.start is None or b.start is None or (a.start <= b.end and b.start <= a.end)


def _date_kept(a: _Mention, b: _Mention, anaphor: bool, same_sentence: bool) -> bool:
    """A merge keeps the most precise date: mentions the text dates differently are one only
    when the vaguer is the later one and refers back, or both are in one sentence."""
    if not (a.dated and b.dated) or same_sentence:
        return True
    if _interval(a.event.date) == _interval(b.event.date):
        return True
    return anaphor and (b.width or 0) > (a.width or 0)


#: why two mentions were linked: by an anaphor only (the nearest antecedent counts), or otherwise
ANAPHOR, EVIDENCE = "anaphor", "evidence"


def link(a: _Mention, b: _Mention, table: Neighbours, words: dict[str, frozenset[str]],
         options: ClusterOptions, kinds: dict[str, frozenset[str]] | None = None) -> str | None:
    """Why mentions ``a`` and ``b`` (``a`` first in the text) may be one event, or None."""
    ra, rb = a.report, b.report
    if not table.compatible(ra.type, rb.type) or not _aux_compatible(ra.aux, rb.aux):
        return None
    if not places_compatible(ra.place, rb.place, options):
        return None
    kinds = roles() if kinds is None else kinds
    same_sentence = a.event.sentence == b.event.sentence
    anaphor = not same_sentence and _refers_back(a, b, words)
    # an anaphor the text does not date ('the accusation') has its antecedent's date, not
    # the publication's
    if not (anaphor and not b.dated) and not _dates_agree(a, b):
        return None
    if not _date_kept(a, b, anaphor, same_sentence):
        return None
    if a.recipients and b.recipients and not a.recipients & b.recipients and not anaphor:
        # different victims are one attack only when the later mention says 'the attack'
        return None
    if anaphor:
        return ANAPHOR
    agree = sides_agree(ra, rb, kinds)
    if a.statement or b.statement:
        if not agree:
            return None
        if same_sentence:
            # one act told by two triggers, one hanging on the other; or the same trigger
            if a.root is None or b.root is None:
                return EVIDENCE if a.event.trigger == b.event.trigger else None
            return EVIDENCE if a.root in b.above or b.root in a.above else None
        return EVIDENCE if _same_content(a, b) else None
    if same_sentence:
        if agree:
            return EVIDENCE
        # "six officers were killed when gunmen attacked the post": one event told twice in
        # one sentence, once without its doer
        return EVIDENCE if (ra.type == rb.type and not (ra.actors and rb.actors)
                            and a.start is not None and b.start is not None) else None
    if not agree or _different_objects(a, b):
        return None
    shared = a.specific & b.specific
    if "mutual" in kinds.get(ra.type, ()) and "mutual" in kinds.get(rb.type, ()):
        # a meeting is told by who met whom: two of the same named people
        return EVIDENCE if len(shared) >= 2 else None
    return EVIDENCE if shared else None


def _group(ms: list[_Mention], table: Neighbours, words, options: ClusterOptions) -> list[list[_Mention]]:
    """Deterministic union-find: the closest linked pairs first, a group kept consistent. An
    anaphor links a mention to one antecedent: the nearest one it can join ('the protests'
    is one protest, not all those told before)."""
    kinds = roles()
    edges = []
    for y in range(len(ms)):
        antecedents = []
        for x in range(y):
            a, b = ms[x], ms[y]
            why = link(a, b, table, words, options, kinds)
            if why is None:
                continue
            if why == ANAPHOR:
                antecedents.insert(0, x)
            overlap = len(a.named & b.named) + len(a.recipients & b.recipients)
            if why == EVIDENCE:
                edges.append((-overlap, a.event.type != b.event.type, y - x, x, (y,)))
        if antecedents:
            a = ms[antecedents[0]]
            overlap = len(a.named & ms[y].named) + len(a.recipients & ms[y].recipients)
            edges.append((-overlap, a.event.type != ms[y].event.type, y - antecedents[0], antecedents[0],
                          (y, *antecedents[1:])))
    edges.sort()
    parent = list(range(len(ms)))
    groups = {k: Group.of(m.report) for k, m in enumerate(ms)}
    members = {k: [k] for k in range(len(ms))}

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def join(x: int, y: int) -> bool:
        gx, gy = find(x), find(y)
        if gx == gy:
            return True
        if not groups[gx].can_join(groups[gy], table, options):
            return False
        root, other = min(gx, gy), max(gx, gy)
        groups[root].join(groups.pop(other))
        members[root] += members.pop(other)
        parent[other] = root
        return True

    for *_, x, (y, *farther) in edges:
        # an anaphor that cannot join its nearest antecedent tries the next one back
        for candidate in (x, *farther):
            if join(candidate, y):
                break
    return [[ms[k] for k in sorted(v)] for _, v in sorted(members.items())]


def _merge(group: list[_Mention], placeholder: set[str]) -> Event:
    first = group[0].event
    evs = [m.event for m in group]
    named = [a for e in evs for a in e.actor if a not in placeholder]
    actors = list(dict.fromkeys(named or [a for e in evs for a in e.actor]))
    recipients = [r for r in dict.fromkeys(r for e in evs for r in e.recipient) if r not in actors]
    dated = min(evs, key=lambda e: (_width(e.date), evs.index(e)))
    placed = [m for m in group if m.event.place and m.report.place]
    place = max(placed, key=lambda m: (m.report.place.rank, -m.i)).event.place if placed else None
    size: dict[str, float] = {}
    for e in evs:
        for k, v in (e.size or {}).items():
            size[k] = max(size.get(k, v), v)
    mentions = list(first.mentions)
    for e in evs[1:]:
        mentions += [(e.trigger, e.sentence), *e.mentions]
    return replace(
        first, actor=actors, recipient=recipients, date=dated.date,
        place=place,
        mode=first.mode or next((e.mode for e in evs if e.type == first.type and e.mode), None),
        confidence=max(e.confidence for e in evs), size=size or None,
        mentions=sorted(dict.fromkeys(mentions)),
    )


def merge_within(doc: NewsDoc, *, options: ClusterOptions = ClusterOptions(),
                 table: Neighbours | None = None) -> NewsDoc:
    """Fold the mentions of one event into one Event (in place; returns ``doc``)."""
    if doc.failed or len(doc.events) < 2:
        return doc
    table = table or neighbours()
    ms = _mentions(doc, options, roles())
    groups = _group(ms, table, anaphors(), options)
    if len(groups) == len(ms):
        return doc
    placeholder = {a.id for a in doc.actors if a.sector == "UAF" and not a.kb_id}
    doc.events = [g[0].event if len(g) == 1 else _merge(g, placeholder) for g in groups]
    doc.events.sort(key=lambda e: (e.trigger[0], e.id))
    return doc
