"""The document model every stage reads and writes.

A reader yields a :class:`Document` (the article as handed to us). The pipeline
wraps it in a :class:`NewsDoc`, which carries the text, the sentences and tokens
from the nlp stage and one list per stage of annotations. Every annotation keeps
character offsets into ``NewsDoc.text`` (end exclusive), so each fact points at
the characters that state it.

Stages import this module, never each other. Look-ups that several stages need
(which sentence holds an offset, which tokens cover a span) live here as
methods of :class:`NewsDoc`.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterator

Span = tuple[int, int]

_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Text as used for the document id: NFC, whitespace collapsed, stripped."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def document_id(text: str, url: str | None = None) -> str:
    """Stable id: a hash of the normalised text plus the URL when given.

    The same article read from a seed file, a CSV row or standard input gets the
    same id, so re-ingesting it is a no-op.
    """
    h = hashlib.sha256()
    h.update(normalise_text(text).encode("utf-8"))
    h.update(b"\x00")
    h.update((url or "").strip().encode("utf-8"))
    return "doc_" + h.hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Document:
    """One article as a reader yields it."""

    id: str
    published: date | None
    title: str | None
    url: str | None
    source: str | None
    text: str
    # Problems the reader noticed but could work around (replaced bytes, a bad
    # date header); they travel with the document into its output.
    warnings: tuple[str, ...] = ()
    # The input's own id (a JSONL `id`, a CSV id column, a file's name), so results join back to
    # the user's corpus; ``id`` (a content hash) stays the key. None when the input has none.
    source_id: str | None = None

    @classmethod
    def create(
        cls,
        text: str,
        *,
        published: date | None = None,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        warnings: tuple[str, ...] = (),
        id: str | None = None,
        source_id: str | None = None,
    ) -> "Document":
        return cls(
            id=id or document_id(text, url),
            published=published,
            title=title,
            url=url,
            source=source,
            text=text,
            warnings=tuple(warnings),
            source_id=source_id,
        )


# --- nlp layer -------------------------------------------------------------


@dataclass(slots=True)
class Token:
    """A token from the nlp stage, with its parse. ``head`` is a doc-level index."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent: int
    ent_type: str = ""
    ent_iob: str = "O"
    whitespace: str = " "

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(slots=True)
class Sentence:
    i: int
    start: int
    end: int
    token_start: int  # first token index
    token_end: int  # one past the last token index
    paragraph: int = 0

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(slots=True)
class Entity:
    """A named entity from the statistical model (PERSON, ORG, GPE, DATE, ...)."""

    start: int
    end: int
    label: str
    text: str
    token_start: int
    token_end: int


# --- stage annotations -------------------------------------------------------


@dataclass(slots=True)
class Timex:
    """A temporal expression normalised to a TIMEX3 value."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    interval: tuple[str, str] | None = None  # first and last day, ISO dates
    precision: str | None = None  # day|week|month|season|quarter|year|decade|unknown
    anchor: str | None = None  # what it was resolved against: publication, previous, none
    id: str = ""
    # TIMEX3 mod: START (early), MID, END (late), APPROX, ...; the value keeps the
    # unmodified granularity, the interval is narrowed.
    mod: str | None = None

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(slots=True)
class Actor:
    """An actor of the document, with all its mentions."""

    id: str
    name: str
    kind: str  # person|organization|state|group|other
    country: str | None = None  # ISO-3166 alpha-3 or IGO/NGO
    org: str | None = None
    sector: str | None = None  # PLOVER sector code
    role: str | None = None
    kb_id: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Place:
    id: str
    name: str
    geonameid: int | None = None
    country: str | None = None  # ISO-3166 alpha-2, as GeoNames has it
    lat: float | None = None
    lon: float | None = None
    precision: str = "other"  # city|region|country|other
    feature_class: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class EventDate:
    value: str | None
    interval: tuple[str, str] | None
    precision: str  # day|week|month|season|quarter|year|decade|publication|unknown
    timex: str | None = None  # id of the governing Timex, if any

    def to_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "interval": list(self.interval) if self.interval else None,
            "precision": self.precision,
        }


@dataclass(slots=True)
class Event:
    id: str
    type: str  # PLOVER type
    trigger: Span
    sentence: Span
    actor: list[str] = field(default_factory=list)  # actor ids
    recipient: list[str] = field(default_factory=list)
    mode: str | None = None
    aux: str | None = None  # historical|future|hypothetical|negated
    place: str | None = None  # place id
    date: EventDate | None = None
    cameo: str | None = None
    intensity: float | None = None
    confidence: float = 0.5
    size: dict[str, float] | None = None  # PLOVER size: dead, injured, arrested
    #: actor id -> (country, sector) at the event's own date, where the knowledge base dates
    #: that actor's role otherwise than on the publication date (Mugabe is GOV in 2008, ELI
    #: when his obituary is published); the actor keeps its document-level codes
    roles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    #: further mentions of this same event in the document, (trigger, sentence) each, in text
    #: order: the within-document pass (newsgraph.clusters.within) folds them into this event
    mentions: list[tuple[Span, Span]] = field(default_factory=list)

    @property
    def happened(self) -> bool:
        """Told as done: neither denied nor only imagined (aux not negated or hypothetical)."""
        return self.aux not in ("negated", "hypothetical")


@dataclass(slots=True)
class Quote:
    id: str
    content: Span
    direct: bool
    speaker: str | None = None  # actor id
    speaker_text: str | None = None
    speaker_span: Span | None = None
    cue: Span | None = None
    # when it was said: the date governing the cue verb (None when unknown)
    date: EventDate | None = None
    # id of the quote this one carries on (a standalone quote after an
    # attributed one, same speaker), so readers can join a run of quotes
    continues: str | None = None
    # id of the quote this one is reported inside ("X said Y had called it ..."): its cue and
    # speaker lie in that quote's content (newsgraph.attribution.nesting)
    within: str | None = None


@dataclass(slots=True)
class Claim:
    id: str
    span: Span
    value: float
    bound: str  # exact|at least|more than|at most|fewer than|about|range
    unit: str
    value_max: float | None = None
    source: str | None = None  # actor id
    place: str | None = None  # place id
    date: EventDate | None = None


# --- the annotated document --------------------------------------------------


@dataclass
class NewsDoc:
    """A document as it moves through the pipeline."""

    document: Document
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: the country (ISO alpha-3) where the story happens, as the actors stage reads it
    #: from its places and actors; None when no one country dominates
    setting: str | None = None
    # names of the stages that ran, in order
    done: list[str] = field(default_factory=list)
    # The spaCy Doc, for stages that want the parse as spaCy objects. It never
    # leaves the process: output and store read only the fields above.
    spacy_doc: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.warnings.extend(self.document.warnings)

    # plain attributes of the underlying document
    @property
    def id(self) -> str:
        return self.document.id

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def published(self) -> date | None:
        return self.document.published

    @property
    def label(self) -> str:
        """How error lines name the document: its id and where it came from."""
        src = self.document.source
        return f"{self.id} ({src})" if src else self.id

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    def clear_annotations(self, names: list[str] | tuple[str, ...] | set[str]) -> None:
        """Drop the annotations ``names``, back to their defaults (used when a document fails:
        the names are what the stages set, :func:`newsgraph.stages.base.annotation_names`)."""
        from dataclasses import MISSING, fields

        defaults = {f.name: f for f in fields(self)}
        for name in names:
            f = defaults.get(name)
            if f is not None:
                setattr(self, name, f.default_factory() if f.default_factory is not MISSING else f.default)
            else:  # a plugin stage's own attribute
                self.__dict__.pop(name, None)

    # --- look-ups shared by stages ---

    def token_starts(self) -> list[int]:
        """Start offsets of the tokens, built once per token list (stages look up often)."""
        cache = self.__dict__.get("_token_starts")
        if cache is None or cache[0] is not self.tokens or len(cache[1]) != len(self.tokens):
            cache = (self.tokens, [t.start for t in self.tokens])
            self.__dict__["_token_starts"] = cache
        return cache[1]

    @property
    def view(self):
        """The dependency parse indexed both ways (:class:`newsgraph.parse.ParseView`), built once
        per token list: every engine reads the parse through it."""
        cache = self.__dict__.get("_view")
        if cache is None or cache.tokens is not self.tokens or len(cache.kids) != len(self.tokens):
            cache = ParseView(self)
            self.__dict__["_view"] = cache
        return cache

    def _sentence_starts(self) -> list[int]:
        cache = self.__dict__.get("_sent_starts")
        if cache is None or cache[0] is not self.sentences or len(cache[1]) != len(self.sentences):
            cache = (self.sentences, [s.start for s in self.sentences])
            self.__dict__["_sent_starts"] = cache
        return cache[1]

    def token_index(self, offset: int) -> int | None:
        """Index of the last token starting at or before ``offset`` (None before the first)."""
        k = bisect.bisect_right(self.token_starts(), offset) - 1
        return k if k >= 0 else None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset``."""
        k = bisect.bisect_right(self._sentence_starts(), offset) - 1
        if k >= 0 and self.sentences[k].start <= offset < max(self.sentences[k].end, self.sentences[k].start + 1):
            return self.sentences[k]
        return None

    def token_at(self, offset: int) -> Token | None:
        k = self.token_index(offset)
        if k is not None and self.tokens[k].start <= offset < self.tokens[k].end:
            return self.tokens[k]
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens that overlap the character span [start, end)."""
        k = self.token_index(start)
        k = 0 if k is None else k
        out = []
        while k < len(self.tokens) and self.tokens[k].start < end:
            if self.tokens[k].end > start:
                out.append(self.tokens[k])
            k += 1
        return out

    def sentence_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens[sent.token_start : sent.token_end]

    def children(self, token: Token) -> Iterator[Token]:
        """The token's dependents, in text order (from the parse view, ``self.view``)."""
        yield from self.view.children(token.i)

    def actor_by_id(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping [start, end), the longest mention first."""
        best: tuple[int, Actor] | None = None
        for a in self.actors:
            for ms, me in a.mentions:
                if ms < end and me > start:
                    size = me - ms
                    if best is None or size > best[0]:
                        best = (size, a)
        return best[1] if best else None

    def place_at(self, start: int, end: int) -> Place | None:
        for p in self.places:
            for ms, me in p.mentions:
                if ms < end and me > start:
                    return p
        return None

    def timexes_in(self, start: int, end: int) -> list[Timex]:
        return [t for t in self.timexes if t.start >= start and t.end <= end]

    def quote_containing(self, start: int, end: int) -> Quote | None:
        for q in self.quotes:
            if q.content[0] <= start and end <= q.content[1]:
                return q
        return None


class ParseView:
    """A read-only view of one document's dependency parse, built once per token list.

    The document stores each token's head; the engines need the other direction
    (children by relation) many times per sentence, so it is indexed once here
    instead of scanning the sentence for every question. It also keeps each
    token's lower-cased form and lemma, so rules do not lower-case the same
    strings again and again. Get it with ``doc.view``.
    """

    __slots__ = ("doc", "tokens", "kids", "low", "lem")

    def __init__(self, doc: NewsDoc):
        self.doc = doc
        self.tokens: list[Token] = doc.tokens
        kids: list[list[int]] = [[] for _ in doc.tokens]
        for t in doc.tokens:
            if t.head != t.i:
                kids[t.head].append(t.i)
        self.kids = kids
        #: lower-cased text and lemma of each token, by token index
        self.low: list[str] = [t.text.lower() for t in doc.tokens]
        self.lem: list[str] = [t.lemma.lower() for t in doc.tokens]

    def tok(self, i: int) -> Token:
        return self.tokens[i]

    def children(self, i: int, *deps: str) -> list[Token]:
        toks = self.tokens
        if not deps:
            return [toks[k] for k in self.kids[i]]
        return [toks[k] for k in self.kids[i] if toks[k].dep in deps]

    def child(self, i: int, *deps: str) -> Token | None:
        toks = self.tokens
        for k in self.kids[i]:
            if toks[k].dep in deps:
                return toks[k]
        return None

    def head(self, i: int) -> Token | None:
        t = self.tokens[i]
        return None if t.head == i else self.tokens[t.head]

    def conjuncts(self, i: int) -> list[Token]:
        """The token and every token coordinated with it ("Egypt, the UAE, Russia and France")."""
        out = [self.tokens[i]]
        stack = [i]
        while stack:
            k = stack.pop()
            for c in self.kids[k]:
                if self.tokens[c].dep == "conj":
                    out.append(self.tokens[c])
                    stack.append(c)
        return out

    def preps(self, i: int, *words: str) -> list[Token]:
        """Objects of the prepositions ``words`` attached to token i ("talks WITH x")."""
        out = []
        toks = self.tokens
        for k in self.kids[i]:
            t = toks[k]
            if t.dep in ("prep", "agent", "dative") and t.text.lower() in words:
                for c in self.kids[k]:
                    if toks[c].dep in ("pobj", "pcomp"):
                        out.append(toks[c])
        return out

    def for_clauses(self, i: int) -> list[Token]:
        """Heads of "for X to do Y" clauses of verb i ("called for the government to resign"):
        an adverbial clause marked "for" with a subject of its own."""
        out = []
        for k in self.kids[i]:
            a = self.tokens[k]
            if a.dep == "advcl" and any(self.tokens[m].text.lower() == "for" and self.tokens[m].dep == "mark"
                                        for m in self.kids[a.i]) and any(
                    self.tokens[m].dep in ("nsubj", "nsubjpass") for m in self.kids[a.i]):
                out.append(a)
        return out

    def particle(self, i: int) -> str | None:
        for k in self.kids[i]:
            t = self.tokens[k]
            if t.dep == "prt":
                return t.text.lower()
        return None

    def subtree_span(self, i: int) -> tuple[int, int]:
        """Token index range [lo, hi] of the subtree of token i."""
        lo = hi = i
        stack = [i]
        while stack:
            k = stack.pop()
            lo, hi = min(lo, k), max(hi, k)
            stack.extend(self.kids[k])
        return lo, hi

    def ancestors(self, i: int):
        seen = 0
        t = self.tokens[i]
        while t.head != t.i and seen < 64:
            t = self.tokens[t.head]
            seen += 1
            yield t
