"""Where a cue stands in its sentence, read from positions when the parse says nothing.

The parser often hangs a reported clause on a closing or inserted cue in ways
that give no clausal complement: "..., a girl was hurt by a bystander, police
said." (the clause becomes an adverbial of "said"), "In both cases, Eric Trump
said, those donations paid for ..." ("donations" becomes the object of
"said"). The frame of the sentence is plain all the same:

- a *closing* cue: ``CONTENT, [speaker] said [adverbials].`` or
  ``CONTENT, said [speaker].``: what was said is everything before the comma;
- an *inserted* cue: ``A, [speaker] said, B.``: what was said is A and B
  (PolNeAR's content runs round the cue; spans are contiguous here, so the
  cue's few words ride along), or only B when A is a bare adverbial ("In both
  cases", "On Monday") with no verb of its own;
- an *opening* "as": ``As [speaker] said, CONTENT.``

Quoted material is left to the quote-mark pass: a frame whose reported part
begins or ends at a quote mark is not read here.
"""

from __future__ import annotations

from newsgraph.attribution.lexicon import ADDRESSEE_VERBS, FRAME_VERBS
from newsgraph.attribution.tree import Tree

_QUOTE_MARKS = frozenset("\"'“”‘’„«»`")
# a cue's own dependents that may stand between it and the comma that ends
# its frame: "police said on Monday", "he said in a statement", "she said
# Tuesday", "Trump later said", "said Alan Abramowitz, a demographer"
_CUE_GROUP = frozenset({"aux", "auxpass", "neg", "advmod", "prep", "npadvmod", "nsubj", "nsubjpass", "prt"})
# the part before an inserted cue counts as reported only if it holds a verb
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _is_quote(tok) -> bool:
    return tok.text in _QUOTE_MARKS or tok.text in ("''", "``")


def cue_group(tree: Tree, i: int, speaker: int | None) -> tuple[int, int] | None:
    """Token range of the cue with its speaker and adverbials, or None when
    the cue governs more (an object, a clause) than a frame allows."""
    toks = tree.tokens
    lo = hi = i
    if speaker is not None:
        s_lo, s_hi = tree.edges(speaker)
        lo, hi = min(lo, s_lo), max(hi, s_hi)
    for k in tree.kids[i]:
        t = toks[k]
        if k == speaker or t.dep == "punct":
            continue
        a, b = tree.edges(k)
        if t.dep == "mark" and t.text.lower() == "as" and k < i:
            pass  # "As Marta Silva said, ..."
        elif t.dep in ("dobj", "dative") and k > i and toks[i].lemma.lower() in ADDRESSEE_VERBS:
            pass  # "..., his aide told The Huffington Post."
        elif t.dep not in _CUE_GROUP:
            # an object or clause after the cue is its own content, unless
            # it lies beyond the comma that closes the frame (the misparse
            # this module is for: "Eric Trump said, those donations ...")
            if k > i and any(toks[m].text == "," for m in range(i + 1, a)):
                continue
            if k < i and any(toks[m].text == "," for m in range(b + 1, i)):
                continue
            return None
        if k > i and any(toks[m].text == "," for m in range(i + 1, a)) and t.dep != "nsubj":
            continue  # beyond the closing comma
        if k < i and any(toks[m].text == "," for m in range(b + 1, lo)):
            continue  # before the opening comma: part of the content
        lo, hi = min(lo, a), max(hi, b)
    return lo, hi


def frame_content(tree: Tree, i: int, speaker: int | None, others: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The reported token range of a closing, inserted or "as" cue at ``i``;
    ``others`` are the token indexes of the other cues (a frame holding one
    is a report inside a report, left to the parse)."""
    toks = tree.tokens
    sent = tree.doc.sentences[toks[i].sent]
    s_lo, s_hi = sent.token_start, sent.token_end - 1
    while s_lo < s_hi and toks[s_lo].pos == "SPACE":
        s_lo += 1
    while s_hi > s_lo and toks[s_hi].pos == "SPACE":
        s_hi -= 1
    end_mark = toks[s_hi].text if toks[s_hi].text in (".", "!", "?") else None
    if end_mark:
        s_hi -= 1
    if toks[i].lemma.lower() not in FRAME_VERBS:
        return None
    group = cue_group(tree, i, speaker)
    if group is None:
        return None
    g_lo, g_hi = group
    # the appositive of an inverted speaker belongs to the group too
    # ('..., said Alan Abramowitz, a demographer at Emory University.')
    if speaker is not None and speaker > i:
        g_hi = max(g_hi, tree.edges(speaker)[1])
    before, after = g_lo - 1, g_hi + 1
    if toks[g_lo].text.lower() == "as" and toks[g_lo].head == i:
        # "As X said, CONTENT." / "CONTENT, as X reported."
        if g_lo == s_lo and after <= s_hi and toks[after].text == ",":
            return _plain(tree, after + 1, s_hi, others)
        if before > s_lo and toks[before].text == ",":
            return _plain(tree, s_lo, before - 1, others)
        return None
    if before < s_lo:
        return None
    # an inserted cue reports the clause it sits in: the subtree of the word
    # the parser hung it on, or the sentence when the cue is the root
    head = toks[i].head
    c_lo = s_lo if head == i or toks[i].dep == "ROOT" else max(s_lo, tree.edges(head)[0])
    if toks[before].text != ",":
        return None
    if after > s_hi:
        # closing: the sentence must end here, and what precedes must be a clause
        if end_mark is None:
            return None
        a = _plain(tree, s_lo, before - 1, others)
        return a if a is not None and _finite(tree, *a) else None
    if toks[after].text == ",":
        a = _plain(tree, c_lo, before - 1, others)
        b = _plain(tree, after + 1, s_hi, others)
        if a is None or b is None or toks[b[0]].tag in ("VBG", "VBN", "WDT", "WP", "IN"):
            return None  # "..., he said, adding that": the participle is his next report
        return (a[0], b[1]) if _finite(tree, *a) else b
    return None


def _finite(tree: Tree, lo: int, hi: int) -> bool:
    return any(tree.tokens[k].tag in _FINITE for k in range(lo, hi + 1))


def _plain(tree: Tree, lo: int, hi: int, others: frozenset[int]) -> tuple[int, int] | None:
    """``lo..hi`` trimmed, when it holds words, no quote mark and no other cue."""
    toks = tree.tokens
    if any(_is_quote(toks[k]) for k in range(max(0, lo - 1), min(len(toks), hi + 2))):
        return None
    lo, hi = tree.trim(lo, hi)
    if hi <= lo or any(lo <= o <= hi for o in others):
        return None
    if sum(1 for k in range(lo, hi + 1) if toks[k].text[:1].isalnum()) < 2:
        return None
    return lo, hi

