"""Quotes: who said what, direct and indirect, with the speaker resolved to an actor
(the engine of the quotes stage, :mod:`newsgraph.stages.quotes`).

Three passes over one document:

1. the quote-mark scanner (:mod:`newsgraph.attribution.marks`) finds quoted
   spans in the raw text, whatever their marks;
2. cues (:mod:`newsgraph.attribution.cues`) come from the parse: a speech verb
   or ``according to``, its speaker and the clause it reports;
3. each quoted span is tied to the nearest cue of its sentences. If the span
   is (most of) what the cue reports, it is a direct quote; if it is a
   fragment inside a longer reported clause (``considers the issue
   “important”``), the clause is an indirect quote that holds it. A quoted
   span standing alone as its own sentence, right after an attributed quote
   (same or next paragraph), carries that quote's speaker on. Cues left over
   with a clause become indirect quotes.

The speaker is the subject's noun phrase; its actor is the actors stage's
mention there (``doc.actor_at``); a pronoun with no actor mention falls back
to the most recent person actor before it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from newsgraph.attribution.cues import Cue, find_cues
from newsgraph.attribution.lexicon import GROUP_PRONOUNS, INTRODUCING_VERBS, PERSON_PRONOUNS, QUOTE_VERBS
from newsgraph.attribution.marks import QuotedSpan, scan
from newsgraph.attribution.nesting import within
from newsgraph.attribution.tree import Tree
from newsgraph.model import Actor, NewsDoc, Quote
from newsgraph.timex.dating import event_date, publication_date


@dataclass(frozen=True, kw_only=True)
class QuoteOptions:
    #: a quoted span is direct when the clause its cue reports has at most
    #: this many words outside it (or this share of its words); with more it
    #: is a fragment inside indirect speech (a mixed quote)
    direct_outside_words: int = 2
    direct_outside_share: float = 0.15
    #: a quoted span covering this share of its sentences stands alone and may
    #: inherit the previous quote's speaker
    standalone_share: float = 0.6
    #: how many paragraphs back a standalone quote may find its speaker
    carry_paragraphs: int = 1
    #: most characters between a quote and a cue that has no clause of its own
    #: (``Lavrov said: "..."``)
    max_gap: int = 80
    #: most words other than the speaker's between such a cue and its quote
    max_gap_words: int = 3
    #: fewest words in a quote tied to a cue only by standing next to it
    min_direct_words: int = 3
    #: fewest word tokens in an indirect quote's content
    min_indirect_tokens: int = 3


class _Paragraphs:
    """Paragraphs as the nlp stage found them: a blank line or an indented line in
    wire copy, any newline where each paragraph is one line (web copy). A quote on
    its own line must not be read as part of the narration before it."""

    def __init__(self, doc: NewsDoc):
        self.starts = [s.start for s in doc.sentences]
        self.paras = [s.paragraph for s in doc.sentences]
        self.spans: dict[int, tuple[int, int]] = {}
        for s in doc.sentences:
            lo, hi = self.spans.get(s.paragraph, (s.start, s.end))
            self.spans[s.paragraph] = (min(lo, s.start), max(hi, s.end))

    def of(self, offset: int) -> int:
        """Paragraph index of the sentence at (or last before) ``offset``."""
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.paras[k] if k >= 0 else 0

    def breaks(self, start: int, end: int) -> bool:
        """True when a paragraph ends between ``start`` and ``end``."""
        return self.of(start) != self.of(end)

    def clip(self, start: int, end: int, anchor: int) -> tuple[int, int]:
        """``start..end`` cut to the paragraph holding ``anchor``."""
        lo, hi = self.spans.get(self.of(anchor), (start, end))
        return max(start, lo), min(end, hi)


def _words(text: str, start: int, end: int) -> int:
    return sum(1 for w in text[start:end].split() if any(c.isalnum() for c in w))


class _Resolver:
    """Speaker phrase -> actor, with the pronoun fallback."""

    def __init__(self, doc: NewsDoc):
        self.doc = doc
        # every actor mention in text order, for "most recent actor before"
        ments: list[tuple[int, int, Actor]] = []
        for a in doc.actors:
            for s, e in a.mentions:
                ments.append((s, e, a))
        ments.sort(key=lambda m: m[0])
        self.mentions = ments
        self.starts = [m[0] for m in ments]

    def recent(self, offset: int, kinds: tuple[str, ...]) -> Actor | None:
        k = bisect.bisect_left(self.starts, offset) - 1
        while k >= 0:
            s, e, a = self.mentions[k]
            if e <= offset and a.kind in kinds:
                return a
            k -= 1
        return None

    def actor(self, tree: Tree, head: int, span: tuple[int, int]) -> Actor | None:
        tok = tree.tokens[head]
        a = self.doc.actor_at(tok.start, tok.end)
        if a is not None:
            return a
        low = tok.text.lower()
        if tok.pos == "PRON" or low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
            if low in PERSON_PRONOUNS:
                return self.recent(tok.start, ("person",))
            if low in ("it",):
                return self.recent(tok.start, ("organization", "state", "group", "other"))
            return self.recent(tok.start, ("person", "organization", "state", "group", "other"))
        return self.doc.actor_at(*span)


def _said_on(doc: NewsDoc, cue_token: int, content: tuple[int, int]):
    """When a cue was said: a time expression of the cue's own sentence,
    else the publication date. The paragraph's earlier reference time
    (which event dating falls back to) dates narrated events, not the
    reporter's "X said", which is the news of the day; and a time expression
    inside what was said dates the content, not the saying."""
    d = event_date(doc, cue_token)
    if d.timex is None:
        return d
    sent = doc.sentences[doc.tokens[cue_token].sent]
    tx = next((t for t in doc.timexes if t.id == d.timex), None)
    if tx is not None and (not (sent.start <= tx.start < sent.end) or content[0] <= tx.start < content[1]):
        return publication_date(doc)
    return d


def _introducer(doc: NewsDoc, tree: Tree, quote_start: int) -> int | None:
    """Subject token of the clause that ends with "," or ":" right before a quote."""
    sent = doc.sentence_at(quote_start)
    if sent is None or not doc.text[sent.start:quote_start].rstrip().endswith((",", ":")):
        return None
    verbs = [t for t in doc.tokens_in(sent.start, quote_start)
             if t.pos == "VERB" and t.lemma.lower() in INTRODUCING_VERBS and t.end <= quote_start]
    for v in reversed(verbs):
        subj = tree.child(v.i, "nsubj")
        if subj is not None and subj.end <= v.start:
            return subj.i
    return None


def find_quotes(doc: NewsDoc, opts: QuoteOptions = QuoteOptions()) -> list[Quote]:
    text = doc.text
    tree = Tree(doc)
    spans = scan(text)
    q_starts = [q.start for q in spans]

    def inside_quote(offset: int) -> bool:
        k = bisect.bisect_right(q_starts, offset) - 1
        return k >= 0 and spans[k].start < offset < spans[k].end

    cues = [
        # a "subject" inside a quoted span belongs to the quote, not to the cue
        c if c.speaker is None or not inside_quote(tree.tokens[c.speaker].start) else replace(c, speaker=None)
        for c in find_cues(doc, tree, skip=inside_quote)
    ]
    resolver = _Resolver(doc)
    by_sent: dict[int, list[Cue]] = {}
    for c in cues:
        by_sent.setdefault(tree.tokens[c.token].sent, []).append(c)

    def sent_range(start: int, end: int) -> tuple[int, int]:
        a = doc.sentence_at(start)
        b = doc.sentence_at(max(start, end - 1))
        sa = a.i if a else (b.i if b else 0)
        sb = b.i if b else sa
        return sa, sb

    layout = _Paragraphs(doc)

    def content_chars(c: Cue) -> tuple[int, int] | None:
        # what a cue reports stays on the cue's line when lines are paragraphs
        # (the parser may have glued the next paragraph onto the clause)
        return layout.clip(*tree.char_span(*c.content), c.span[0]) if c.content else None

    # --- 1. tie quoted spans to cues -------------------------------------
    direct: dict[int, list[QuotedSpan]] = {}  # cue token -> quoted fragments
    partial_cues: set[int] = set()  # cues whose clause holds a quoted fragment
    loose: list[QuotedSpan] = []  # spans with no cue of their own
    cue_of: dict[int, Cue] = {c.token: c for c in cues}

    def quoted(chars: tuple[int, int]) -> bool:
        """True when a quoted span holds most of ``chars``."""
        k = bisect.bisect_right(q_starts, chars[1]) - 1
        while k >= 0 and spans[k].end > chars[0]:
            sp = spans[k]
            if min(sp.end, chars[1]) - max(sp.start, chars[0]) >= 0.6 * (chars[1] - chars[0]):
                return True
            k -= 1
        return False
    for q in spans:
        sa, sb = sent_range(q.inner_start, q.inner_end)
        best: tuple[float, Cue, str] | None = None
        # the quote's own sentences, and the neighbours: the parser often
        # splits '“...!” Sessions said' or 'He said:\n\n"..."' in two
        for si in range(max(0, sa - 1), sb + 2):
            for c in by_sent.get(si, ()):
                cs = content_chars(c)
                if (si < sa or si > sb) and cs is not None and not (cs[0] < q.inner_end and q.inner_start < cs[1]):
                    continue  # a neighbour's cue that reports its own clause
                if cs is not None and cs[0] < q.inner_end and q.inner_start < cs[1]:
                    # the cue reports a clause that overlaps the quote
                    # words the cue reports outside the quote: a few ("that",
                    # "Lavrov said") make it direct, more make it a mixed quote
                    outside = _words(text, cs[0], min(cs[1], q.start)) + _words(text, max(cs[0], q.end), cs[1])
                    total = max(1, _words(text, cs[0], cs[1]))
                    # ... unless the quote is no longer than them: in 'he
                    # voted “uncommitted”' the quoted word is a fragment
                    direct_ = outside <= max(opts.direct_outside_words, opts.direct_outside_share * total) and (
                        outside == 0 or outside < total - outside
                    )
                    kind = "direct" if direct_ else "partial"
                    score = 2.0 + (1.0 - outside / total)
                else:
                    gap = c.span[0] - q.end if c.span[0] >= q.end else q.start - c.span[1]
                    if gap > opts.max_gap or gap < -1 or c.speaker is None:
                        continue
                    # a short quote counts only in the plain '“Absolutely,” he said' frame:
                    # closed by a comma, question or exclamation mark, its cue right after
                    framed = cs is None and c.span[0] >= q.end and text[q.inner_end - 1 : q.inner_end] in (",", "?", "!") \
                        and _words(text, q.end, c.span[0]) <= 2 and tree.tokens[c.token].tag in ("VBD", "VBZ", "VBP")
                    if c.lemma not in QUOTE_VERBS or (
                        _words(text, q.inner_start, q.inner_end) < opts.min_direct_words and not framed
                    ):
                        continue  # a scare quote next to "pledged", "cited", ...
                    if c.span[0] >= q.end and (tree.child(c.token, "neg") is not None or layout.breaks(q.end, c.span[0])):
                        # "X did not respond", or a cue in the next
                        # paragraph: it reports nothing of the quote before it
                        continue
                    # between the cue and the quote only the speaker may stand
                    # ('“...,” said Novak, the minister'), not another clause
                    a, b = (q.end, c.span[0]) if c.span[0] >= q.end else (c.span[1], q.start)
                    sp = tree.char_span(*tree.noun_phrase(c.speaker))
                    if sp[0] >= a and sp[1] <= b:
                        rest = _words(text, a, sp[0]) + _words(text, sp[1], b)
                    else:
                        rest = _words(text, a, b)
                    if rest > opts.max_gap_words:
                        # more words are fine inside the cue's own sentence
                        # ("told the crowd in Iowa on Tuesday: “...”") as long
                        # as no other cue reports something there
                        cue_sent = doc.sentences[tree.tokens[c.token].sent]
                        if not (cue_sent.start <= a and b <= cue_sent.end + 1):
                            continue
                        if any(a <= o.span[0] < b for o in by_sent.get(tree.tokens[c.token].sent, ())):
                            continue
                    split = (cs[1] <= c.span[0] and c.span[1] <= q.start) or (q.end <= c.span[0] and c.span[1] <= cs[0]) if cs else False
                    if cs is not None and not (split and quoted(cs)):
                        # the cue reports another clause, not this quote —
                        # unless that clause is the first half of a quote
                        # the cue splits ('“A,” he said, “but B”')
                        continue
                    kind, score = "direct", 1.0 - gap / (opts.max_gap + 1)
                if best is None or score > best[0]:
                    best = (score, c, kind)
        if best is not None and best[1].speaker is None and not best[1].implicit and best[1].lemma != "according to":
            best = None  # a cue that names nobody: the quote may still carry a speaker on
        if best is None:
            loose.append(q)
        elif best[2] == "direct":
            direct.setdefault(best[1].token, []).append(q)
        else:
            partial_cues.add(best[1].token)

    found: list[tuple[int, Quote, int]] = []  # (content start, quote, paragraph)

    def speaker_fields(c: Cue) -> dict:
        if c.speaker is None:
            return {}
        lo, hi = tree.noun_phrase(c.speaker)
        span = tree.char_span(lo, hi)
        actor = resolver.actor(tree, c.speaker, span)
        return {
            "speaker": actor.id if actor else None,
            "speaker_text": text[span[0] : span[1]],
            "speaker_span": span,
        }

    def para(offset: int) -> int:
        return layout.of(offset)

    def add(content: tuple[int, int], direct_: bool, c: Cue | None, fields: dict) -> Quote | None:
        s, e = content
        while e > s and text[e - 1] in " \n\t,;:":
            e -= 1
        if e <= s:
            return None
        q = Quote(
            id="",
            content=(s, e),
            direct=direct_,
            cue=c.span if c else None,
            date=_said_on(doc, c.token, (s, e)) if c else fields.pop("date", None),
            **{k: v for k, v in fields.items() if k != "date"},
        )
        found.append((s, q, para(e - 1)))
        return q

    for tok, frags in direct.items():
        c = cue_of[tok]
        # '“A,” he said, “B.”' is one quote round its cue; a later fragment
        # elsewhere ('..., showing off the “Make America Great Again” hat')
        # is a scare quote, not more of what was said
        end = frags[0].inner_end
        for f in frags[1:]:
            if end <= c.span[0] and c.span[1] <= f.inner_start and any(
                t.pos == "VERB" and t.i != c.token for t in doc.tokens_in(c.span[1], f.start)
            ):
                break
            end = f.inner_end
        add((frags[0].inner_start, end), True, c, speaker_fields(c))
    for c in cues:
        if c.token in direct or c.content is None:
            continue
        if c.speaker is None and c.lemma != "according to" and not c.implicit:
            continue
        s, e = content_chars(c)
        if _words(text, s, e) < opts.min_indirect_tokens and c.token not in partial_cues:
            continue
        add((s, e), False, c, speaker_fields(c))

    # --- 2. standalone quotes carry the previous speaker on --------------
    continues: dict[int, Quote] = {}
    found.sort(key=lambda f: f[0])
    for q in list(loose):
        # 'Trump, also on Twitter, defended his decision, "As I have stated ..."': a
        # clause ending in a comma or colon right before the quote introduces its speaker
        head = _introducer(doc, tree, q.start)
        if head is not None:
            lo, hi = tree.noun_phrase(head)
            span = tree.char_span(lo, hi)
            actor = resolver.actor(tree, head, span)
            if actor is not None:
                add(q.inner, True, None, {"speaker": actor.id, "speaker_text": text[span[0]:span[1]],
                                          "speaker_span": span})
                loose.remove(q)
    found.sort(key=lambda f: f[0])
    for q in loose:
        sa, sb = sent_range(q.inner_start, q.inner_end)
        s_start, s_end = layout.clip(doc.sentences[sa].start, doc.sentences[sb].end, q.inner_start)
        if (q.end - q.start) < opts.standalone_share * max(1, s_end - s_start):
            continue  # a scare quote or a title inside narration
        prev = None
        for start, fq, p in found:
            if start >= q.start:
                break
            prev = (fq, p)
        if prev is None or prev[0].speaker_span is None:
            continue
        fq, p = prev
        if not fq.direct:
            # '“A,” Clark said, noting B. “C.”': C goes on with the direct quote
            # of that sentence, not with the participle's report
            same = doc.sentence_at(fq.content[0])
            direct_q = [f for _, f, _ in found if f.direct and f.content[0] < fq.content[0]
                        and same is not None and same.start <= f.content[0] < same.end]
            if direct_q and direct_q[-1].speaker == fq.speaker:
                fq = direct_q[-1]
        if para(q.inner_start) - p > opts.carry_paragraphs:
            continue
        fields = {
            "speaker": fq.speaker,
            "speaker_text": fq.speaker_text,
            "speaker_span": fq.speaker_span,
            "date": fq.date,
        }
        carried = add(q.inner, True, None, fields)
        if carried is not None:
            continues[id(carried)] = fq
        found.sort(key=lambda f: f[0])

    quotes = [f[1] for f in sorted(found, key=lambda f: f[0])]
    for k, q in enumerate(quotes, 1):
        q.id = f"q{k}"
    for q in quotes:
        prev_q = continues.get(id(q))
        if prev_q is not None:
            q.continues = prev_q.id
    by_id = {q.id: q for q in quotes}
    for inner, outer in within(quotes).items():
        by_id[inner].within = outer  # "X said Y had called it ...": Y's words are told inside X's
    return quotes
