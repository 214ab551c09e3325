"""Cues of attribution found in the parse: who said, and which clause is what.

A cue is a speech verb (``said``, ``told``, ``stressed``, ``warned``) or
``according to``. For each we read from the dependency tree:

- the speaker: the verb's subject; for a verb conjoined to another or a
  participle hanging off another (``said ... but stressed``, ``..., adding
  that``) the subject of the verb it hangs from; for ``according to X``, X;
- the content: the verb's clausal complement (``said (that) ...``,
  ``told reporters (that) ...``), its object-plus-infinitive for verbs of
  urging (``urged supporters to vote``), the object of its preposition for
  ``warned of ...``; for a trailing verb (``The plan failed, he said``) and
  for ``according to`` the rest of the clause it is attached to.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.attribution.families import family_content, is_family_verb, noun_cues
from newsgraph.attribution.frames import cue_group, frame_content
from newsgraph.attribution.lexicon import OBJECT_CUES, PREP_CUES, QUESTION_VERBS, SPEECH_VERBS, URGE_VERBS
from newsgraph.attribution.tree import Tree
from newsgraph.model import NewsDoc

_SUBJ = ("nsubj",)
_CLAUSE_DEPS = ("ccomp",)
# "issued a statement saying", "held a sign saying": a participle on the
# object noun reports the speech of whoever issued or held it
# relations by which a verb hangs off another verb and shares its subject
_SHARED_SUBJ = frozenset({"conj", "advcl", "xcomp"})
# relations by which a trailing cue hangs off the clause it reports
_TRAILING = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep"})


@dataclass(frozen=True, slots=True)
class Cue:
    token: int  # index of the cue's head token
    span: tuple[int, int]  # character span of the cue words
    speaker: int | None  # token index of the speaker's head
    content: tuple[int, int] | None  # token range (inclusive) of what was said
    lemma: str
    #: the cue names no speaker by its form ("it was reported that", "was
    #: asked whether"): a quote without a speaker is what it says
    implicit: bool = False


def _nearest_subject(tree: Tree, i: int):
    """The verb's subject; when the parser gives it two ("LONDON (Reuters) -
    Donald Trump said", "Tuesday in Berea, OH, ... John Kasich said"), the one
    nearest before the verb: the other is a dateline or a place."""
    subjs = tree.children(i, *_SUBJ)
    if len(subjs) < 2:
        return subjs[0] if subjs else None
    before = [s for s in subjs if s.i < i]
    after = [s for s in subjs if s.i > i]
    if before and after and i > 0 and tree.tokens[i - 1].text in (",", "”", '"', "''"):
        # '..., said Alan Abramowitz, a demographer': the parser took a word
        # of the reported clause for a second subject
        return min(after, key=lambda s: s.i)
    return max(before, key=lambda s: s.i) if before else subjs[0]


def _speaker_of(tree: Tree, i: int) -> int | None:
    """Subject of verb ``i``, inherited through conj/advcl/xcomp chains."""
    seen = 0
    while seen < 4:
        subj = _nearest_subject(tree, i)
        if subj is not None:
            # a dateline parsed as the subject: "CLEVELAND, July 19 (UPI) --
            # Former Attorney General Michael Mukasey told ...": the speaker
            # is the apposition after the dash
            for ap in tree.children(subj.i, "appos"):
                # (a dash between words, not the hyphen of "(R-Utah)")
                if any(tree.tokens[k].text in ("--", "—", "–", "-") and tree.tokens[k].tag != "HYPH"
                       for k in range(subj.i + 1, ap.i)):
                    return ap.i
            # "which/who said": the relative pronoun stands for the head noun
            if subj.tag in ("WDT", "WP") and tree.tokens[i].dep == "relcl":
                return tree.tokens[i].head
            return subj.i
        t = tree.tokens[i]
        if t.dep == "relcl":
            return t.head  # "Lavrov, who told reporters ..." -> Lavrov
        if t.dep in _SHARED_SUBJ and t.head != i:
            i = t.head
            seen += 1
            continue
        if t.dep == "acl" and tree.tokens[t.head].pos == "NOUN" and tree.tokens[t.head].dep in ("dobj", "pobj"):
            # "issued a statement saying ...": the subject of "issued"
            noun = tree.tokens[t.head]
            i = noun.head if noun.dep == "dobj" else tree.tokens[noun.head].head
            seen += 1
            continue
        if t.dep == "acl" and tree.tokens[t.head].pos in ("NOUN", "PROPN") and t.tag == "VBG" and t.head < i:
            # "The proportion of GOP primary voters saying they want ...": the
            # people the participle describes are the ones saying it
            return t.head
        if t.dep == "pcomp" and tree.tokens[t.head].dep == "prep":
            # "responded by saying ...": the subject of "responded"
            i = tree.tokens[t.head].head
            seen += 1
            continue
        # "said Lavrov" parsed with the name as object of the inverted verb
        return None
    return None


def _content_of(tree: Tree, i: int, lemma: str) -> tuple[int, int] | None:
    toks = tree.tokens
    # a "clause" whose subject is a relative pronoun is a relative clause the
    # parser misplaced ('said Gregory Slayton, ... and who is now supporting')
    comps = [c for c in tree.children(i, *_CLAUSE_DEPS)
             if lemma in QUESTION_VERBS or not any(s.text.lower() in ("who", "which") and i < s.i < c.i
                                                   for s in tree.children(c.i, "nsubj", "nsubjpass"))]
    # a clause after the verb is what it reports; one before it only when
    # there is none after ("The plan failed, he said")
    comp = next((c for c in comps if c.i > i), comps[0] if comps else None)
    if comp is None and lemma not in URGE_VERBS:
        # "He said legalizing it could put thousands to work": a gerund the
        # parser made the verb's open complement is the reported clause's subject
        comp = next((x for x in tree.children(i, "xcomp") if x.i == i + 1 and x.tag == "VBG"), None)
    if comp is None:
        comp = _that_clause(tree, i)
    if comp is None and lemma in QUESTION_VERBS:
        # "asked workers if they planned to ...": the parser hangs the
        # question on the verb as an adverbial clause
        comp = next(
            (a for a in tree.children(i, "advcl") if a.i > i and any(m.text.lower() in ("if", "whether") for m in tree.children(a.i, "mark"))),
            None,
        )
    if comp is not None:
        lo, hi = tree.edges(comp.i)
        lo, hi = tree.trim(lo, hi)
        # the complementizer "that" is not part of what was said
        if toks[lo].dep == "mark" and toks[lo].head == comp.i and toks[lo].text.lower() in ("that", "whether", "if") and lo < hi:
            lo += 1
        if comp.i > i and lo < i:
            # "a charity that prosecutors said was suspected of ...": the
            # relative pronoun heads the reported clause, before the cue
            lo = i + 1
        if comp.i > i or lo > i:
            hi = _cut_aside(tree, lo, hi)
            hi = _same_subject_conj(tree, i, comp.i, hi)
            hi = _reason_after(tree, i, hi)
            return (lo, hi) if hi >= lo else None
        # a clausal complement before the verb: "The plan failed, he said" —
        # take it, but only the part before the cue
        hi = min(hi, i - 1)
        lo, hi = tree.trim(lo, hi)
        # "He's leaning toward Kasich, he said, because he prizes electability":
        # the reason after an inserted cue goes on with what was said
        for a in tree.children(i, "advcl"):
            if a.i > i and toks[tree.edges(a.i)[0] - 1].text == "," and _inserted(tree, i, tree.child(i, "nsubj")) and any(
                m.text.lower() in _GOES_ON for m in tree.children(a.i, "mark")
            ):
                hi = tree.trim(lo, tree.edges(a.i)[1])[1]
        return (lo, hi) if hi > lo else None
    if lemma in URGE_VERBS:
        x = tree.child(i, "xcomp")
        if x is not None and x.i > i:
            obj = tree.child(i, "dobj")
            lo = min(tree.edges(obj.i)[0], tree.edges(x.i)[0]) if obj is not None else tree.edges(x.i)[0]
            hi = tree.edges(x.i)[1]
            lo, hi = tree.trim(lo, hi)
            return (lo, hi) if hi > lo else None
    if lemma in OBJECT_CUES:
        obj = tree.child(i, "dobj")
        if obj is not None and obj.i > i and obj.pos in ("NOUN", "PROPN"):
            lo, hi = tree.trim(*tree.edges(obj.i))
            return (lo, hi) if hi > lo else None
    preps = PREP_CUES.get(lemma)
    if preps:
        for p in tree.children(i, "prep"):
            if p.text.lower() in preps and p.i > i:
                pobj = tree.child(p.i, "pobj", "pcomp")
                if pobj is not None:
                    lo, hi = tree.trim(*tree.edges(pobj.i))
                    return (lo, hi) if hi > lo else None
    return None


def _reason_after(tree: Tree, i: int, hi: int) -> int:
    """``Gowdy said that claim smacked of hypocrisy because Democrats ...``:
    the parser hangs the reason on the cue; it goes on with what was said."""
    toks = tree.tokens
    for a in tree.children(i, "advcl"):
        a_lo, a_hi = tree.edges(a.i)
        if a_lo in (hi + 1, hi + 2) and all(toks[k].pos == "PUNCT" for k in range(hi + 1, a_lo)) and any(
            m.text.lower() in _GOES_ON for m in tree.children(a.i, "mark")
        ):
            hi = tree.trim(a_lo, a_hi)[1]
    return hi


def _same_subject_conj(tree: Tree, i: int, comp: int, hi: int) -> int:
    """``He said he will back the nominee, but he does not want to campaign``:
    the parser hangs the second clause on the cue verb, yet it goes on with
    what was said — its subject is the same pronoun as the reported
    clause's. Extend the content over it (not over another speech verb)."""
    subj = tree.child(comp, "nsubj")
    if subj is None or subj.pos != "PRON":
        return hi
    for c in tree.children(i, "conj"):
        if c.i <= hi or c.lemma.lower() in SPEECH_VERBS:
            continue
        s2 = tree.child(c.i, "nsubj")
        if s2 is not None and s2.text.lower() == subj.text.lower() and tree.edges(c.i)[0] > hi:
            hi = tree.trim(*tree.edges(c.i))[1]
    return hi


# subordinators whose clause after an inserted cue goes on with what was said
_GOES_ON = frozenset({"because", "if", "unless", "since"})
_ASIDE_MARKS = frozenset({"while", "though", "although", "whereas", "as"})


def _cut_aside(tree: Tree, lo: int, hi: int) -> int:
    """End of a reported clause without the writer's aside after a comma:
    an apposition or non-restrictive relative ("..., a graduate of Harvard",
    "..., who leads in the polls"), a contrast ("..., while 4 in 10 ...") or a
    participle that reports more ("..., adding that ..."). Other participles
    go on with what was said ("it raised $21 million, bringing its total to
    ...")."""
    toks = tree.tokens
    best = hi
    for k in range(lo + 2, hi + 1):
        t = toks[k]
        if t.dep not in ("appos", "relcl", "acl", "advcl"):
            continue
        a, b = tree.edges(k)
        if b < hi - 1 or a - 1 <= lo + 1:
            continue
        if toks[a - 1].text != ",":
            continue
        if t.dep == "relcl" and any(toks[m].lemma.lower() in SPEECH_VERBS and toks[m].pos == "VERB" for m in range(a, b + 1)):
            continue  # "refugees, who he speculates are ...": a report within the report
        aside = t.dep in ("appos", "relcl", "acl") or (
            t.dep == "advcl"
            and ((t.tag == "VBG" and t.lemma.lower() in SPEECH_VERBS)
                 or any(c.text.lower() in _ASIDE_MARKS for c in tree.children(k, "mark")))
        )
        if aside:
            best = min(best, a - 2)
    lo2, best = tree.trim(lo, best)
    return best


def _that_clause(tree: Tree, i: int):
    """``said during a news conference that ...``: the parser hangs the
    that-clause on a noun after the verb; take it when nothing else
    intervenes (it must start with "that" and follow the verb)."""
    toks = tree.tokens
    lo, hi = tree.edges(i)
    for k in range(i + 1, min(hi + 1, i + 12)):
        t = toks[k]
        if t.text.lower() == "that" and t.dep == "mark" and t.head > k and toks[t.head].dep in ("relcl", "acl", "advcl", "ccomp"):
            return toks[t.head]
        if t.pos in ("VERB", "AUX") and t.dep not in ("amod", "compound"):
            return None  # another clause comes first
    return None


def _trailing_content(tree: Tree, i: int) -> tuple[int, int] | None:
    """``The plan failed, he said``: the cue hangs off the reported clause."""
    t = tree.tokens[i]
    if t.dep not in _TRAILING:
        return None
    if t.head > i:
        return _parenthetical(tree, i)
    # only a bare ", X said (on Monday)." closing its sentence: an explicit
    # subject, no object or clause of its own ("..., declaring victory" is
    # not a report of the clause before it)
    if tree.child(i, "nsubj") is None or tree.child(i, "dobj", "ccomp", "xcomp", "attr") is not None:
        return None
    sent = tree.doc.sentences[t.sent]
    cue_lo, cue_hi = tree.edges(i)
    toks = tree.tokens
    if any(toks[k].pos not in ("PUNCT", "SPACE") for k in range(cue_hi + 1, sent.token_end)):
        return _parenthetical(tree, i)
    lo, _ = tree.edges(t.head)
    cue_lo, _ = tree.edges(i)
    hi = cue_lo - 1
    lo, hi = tree.trim(lo, hi)
    return (lo, hi) if hi > lo else None


def _parenthetical(tree: Tree, i: int) -> tuple[int, int] | None:
    """"If it is small, the campaign said, it may not bother": a cue set off
    by commas inside the clause it reports. The content runs round it (and so
    holds the cue words: spans are contiguous)."""
    toks = tree.tokens
    t = toks[i]
    if tree.child(i, "nsubj") is None or tree.child(i, "dobj", "ccomp", "xcomp", "attr") is not None:
        return None
    cue_lo, cue_hi = tree.edges(i)
    before = cue_lo if toks[cue_lo].text == "," else cue_lo - 1
    after = cue_hi if toks[cue_hi].text == "," else cue_hi + 1
    if before < 0 or after >= len(toks) or toks[before].text != "," or toks[after].text != ",":
        return None
    lo, hi = tree.trim(*tree.edges(t.head))
    if hi > after:
        hi = max(after + 1, _cut_aside(tree, after + 1, hi))
    return (lo, hi) if hi > after and lo < before else None


def _according(tree: Tree, i: int) -> Cue | None:
    """``according to X`` at token ``i`` ("according")."""
    toks = tree.tokens
    if i + 1 >= len(toks) or toks[i + 1].text.lower() != "to":
        return None
    to = toks[i + 1]
    pobj = tree.child(to.i, "pobj") or tree.child(i, "pobj")
    if pobj is None:
        return None
    # the clause the phrase is attached to, minus the phrase itself
    p_lo, p_hi = tree.edges(i)
    p_lo, p_hi = min(p_lo, i), max(p_hi, tree.edges(to.i)[1])
    head = toks[i].head if toks[i].head != i else i
    # climb to the clause (a verb) the phrase modifies
    h = toks[head]
    steps = 0
    while h.pos not in ("VERB", "AUX") and h.head != h.i and steps < 4:
        h = toks[h.head]
        steps += 1
    sent = tree.doc.sentences[toks[i].sent]
    s_lo, s_hi = tree.edges(h.i) if h.i != i else (sent.token_start, sent.token_end - 1)
    if all(toks[k].pos in ("PUNCT", "SPACE") for k in range(sent.token_start, p_lo)) or all(
        toks[k].pos in ("PUNCT", "SPACE") for k in range(p_hi + 1, sent.token_end)
    ):
        # "According to X, A, B and C." / "A, B and C, according to X.": a
        # phrase opening or closing its sentence governs all of it,
        # whichever clause the parser hung it on
        s_lo, s_hi = sent.token_start, sent.token_end - 1
    if p_lo > s_lo:
        lo, hi = s_lo, p_lo - 1
        if p_hi < s_hi and (s_hi - p_hi) > (p_lo - s_lo):
            lo, hi = p_hi + 1, s_hi
    else:
        lo, hi = p_hi + 1, s_hi
    lo, hi = tree.trim(lo, hi)
    content = (lo, hi) if hi > lo else None
    return Cue(i, (toks[i].start, to.end), pobj.i, content, "according to")


# what stands before an inverted cue: '“...,” said X', '..., said X', '“...” says X'
_INVERTING = frozenset({"”", '"', "''", ",", "’", "'", ":", "—", "--"})


def _inverted_speaker(tree: Tree, i: int) -> int | None:
    """``said Lavrov``: the speaker after the verb."""
    toks = tree.tokens
    if i == 0 or toks[i - 1].text not in _INVERTING:
        return None  # "told AFP", "telling the crowd": the addressee, not the speaker
    nxt = tree.child(i, "dobj", "nsubj", "attr")
    if nxt is not None and nxt.i > i and nxt.pos in ("PROPN", "NOUN", "PRON"):
        return nxt.i
    if i + 1 < len(toks):
        # '“...,” said former executive Carly Fiorina.' parsed loosely:
        # the name phrase right after the verb, whatever its relation
        k = i + 1
        sent_end = tree.doc.sentences[toks[i].sent].token_end
        while k < sent_end and toks[k].pos in ("DET", "ADJ", "PROPN", "NOUN") and toks[k].dep != "ROOT":
            k += 1
        if k > i + 1 and toks[k - 1].pos in ("PROPN", "NOUN"):
            return k - 1
    return None


def _inserted(tree: Tree, i: int, speaker) -> bool:
    """The cue and its speaker stand between commas ("A, he said, B"), no quote mark by them."""
    sp = speaker.i if hasattr(speaker, "i") else speaker
    group = cue_group(tree, i, sp)
    if group is None:
        return False
    toks = tree.tokens
    lo, hi = group
    return 0 < lo and hi + 1 < len(toks) and toks[lo - 1].text == "," and toks[hi + 1].text == ","


def _agent(tree: Tree, i: int) -> int | None:
    """``was reported by the Post``: the passive cue's agent."""
    by = tree.child(i, "agent")
    pobj = tree.child(by.i, "pobj") if by is not None else None
    return pobj.i if pobj is not None else None


def _set_off_speaker(tree: Tree, i: int, skip) -> int | None:
    """``Jeffrey Salkin, a rabbi helping to organize the boycott, said ...``,
    ``Mr. Trump, asked about the deaths, had said ...``: the parser loses the
    subject behind a phrase set off by commas. With no subject and a comma
    just before the cue (its auxiliaries aside), the speaker is the first
    named person or organisation of the sentence that a comma follows."""
    toks = tree.tokens
    k = i - 1
    while k >= 0 and toks[k].dep in ("aux", "neg", "advmod") and toks[k].head == i:
        k -= 1
    if k < 0 or toks[k].text != ",":
        return None
    sent = tree.doc.sentences[toks[i].sent]
    for m in range(sent.token_start, k - 1):
        t = toks[m]
        if t.ent_type in ("PERSON", "ORG") and toks[m + 1].text == "," and not skip(t.start):
            return m
    return None


def _is_cue_verb(t) -> bool:
    # "pledged delegates" is no statement
    return t.lemma.lower() in SPEECH_VERBS and t.pos in ("VERB", "AUX") and t.dep not in ("amod", "compound")


def find_cues(doc: NewsDoc, tree: Tree, skip=lambda start: False) -> list[Cue]:
    """All cues in the document; ``skip(offset)`` leaves out cues inside quotes."""
    out: list[Cue] = []
    verbs = frozenset(t.i for t in doc.tokens if _is_cue_verb(t))
    for t in doc.tokens:
        low = t.lemma.lower()
        if t.text.lower() == "according":
            if skip(t.start):
                continue
            c = _according(tree, t.i)
            if c is not None:
                out.append(c)
            continue
        if skip(t.start):
            continue
        if t.i not in verbs:
            if is_family_verb(t):
                content = family_content(tree, t.i)
                if content is not None:
                    speaker = _speaker_of(tree, t.i)
                    if speaker is not None and (skip(doc.tokens[speaker].start) or content[0] <= speaker <= content[1]):
                        speaker = None
                    out.append(Cue(t.i, t.span, speaker, content, low))
            continue
        passive = tree.child(t.i, "auxpass", "nsubjpass") is not None
        # "Asked by Starnes whether ..., Carson said": the participle's agent asked
        agent = _agent(tree, t.i)
        speaker = agent if passive or agent is not None else _speaker_of(tree, t.i)
        if speaker is not None and skip(doc.tokens[speaker].start):
            speaker = None  # a "subject" inside a quote belongs to the quote
        if speaker is None:
            speaker = _inverted_speaker(tree, t.i)
        if speaker is None:
            speaker = _set_off_speaker(tree, t.i, skip)
        content = _content_of(tree, t.i, low)
        if speaker is not None and content is not None and content[0] <= speaker <= content[1] \
                and not (content[0] <= t.i <= content[1] and _inserted(tree, t.i, speaker)):
            speaker = None  # a "subject" inside what was said is a misparse (unless the cue is inserted there)
        if speaker is not None and content is not None and speaker > t.i:
            s_lo, s_hi = tree.edges(speaker)
            if s_lo <= content[0] and content[1] <= s_hi:
                # '“...,” said Hany Farid, who co-developed the system': a clause
                # of the inverted speaker's phrase is not what was said
                content = None
        if content is None:
            content = _trailing_content(tree, t.i)
        if content is None:
            content = frame_content(tree, t.i, speaker, verbs - {t.i})
        out.append(Cue(t.i, t.span, speaker, content, low, implicit=passive and speaker is None))
    for noun, owner, content in noun_cues(tree, skip):
        t = doc.tokens[noun]
        out.append(Cue(noun, t.span, owner, content, t.lemma.lower()))
    out.sort(key=lambda c: c.token)
    return _split_coordinated(tree, out)


def _split_coordinated(tree: Tree, cues: list[Cue]) -> list[Cue]:
    """``X said the plan was sound but stressed it should ...``: the parser
    often hangs "stressed" inside what "said" reports. A subjectless
    coordinated cue inside another cue's content is a second report by the
    same speaker: cut the first content before it, give it the speaker. A
    coordinated cue with a subject of its own ("they were worried, and more
    than 4 in 10 said ...") is another speaker's report: the first content
    ends before it too."""
    toks = tree.tokens
    out = list(cues)
    for a_k, a in enumerate(out):
        if a.content is None:
            continue
        for b_k, b in enumerate(out):
            if b is a or not (a.content[0] <= b.token <= a.content[1]):
                continue
            if toks[b.token].dep != "conj":
                continue
            own_subject = tree.child(b.token, "nsubj") is not None
            cut = tree.edges(b.token)[0] - 1
            if own_subject and toks[cut].dep != "cc":
                continue  # "..., and more than 4 in 10 said ...": a coordinated report of its own
            while cut > a.content[0] and (toks[cut].dep == "cc" or toks[cut].pos == "PUNCT"):
                cut -= 1
            if cut <= a.content[0]:
                continue
            a = Cue(a.token, a.span, a.speaker, (a.content[0], cut), a.lemma)
            out[a_k] = a
            if not own_subject:
                out[b_k] = Cue(b.token, b.span, a.speaker, b.content, b.lemma)
    return out
