"""Claims: numeric statements with their bound, subject, place, date and source (the
engine of the claims stage, :mod:`newsgraph.stages.claims`).

"Last winter, the UN estimated there were at least 20,000 foreign fighters and
mercenaries in Libya" gives value 20000, bound "at least", unit "foreign
fighters and mercenaries", place Libya, date from the time expression that
governs the clause, source the UN (the speaker of the quote that holds the
number, or the agent of the reporting verb above it, or "according to X").

Numbers come as numerals ("20,000", "1.5 million", "$3bn"), words
("twenty-five", "a dozen") and vague plurals ("dozens", "hundreds of
thousands", read as the least value they commit to with bound "at least").
Dates, times, ordinals and durations are the time stage's, not claims.
Casualty and arrest counts also fill the PLOVER ``size`` of the event
reported in the same sentence (dead, injured, arrested).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newsgraph.attribution.lexicon import SPEECH_VERBS
from newsgraph.attribution.numbers import VAGUE, bound_before, parse_numeral, parse_words, vague_quantity, word_value
from newsgraph.attribution.tree import Tree
from newsgraph.lang.tables import data_file, read_rows
from newsgraph.model import Claim, NewsDoc, Token
from newsgraph.timex.dating import event_date


@dataclass(frozen=True, kw_only=True)
class ClaimOptions:
    #: words before a number searched for a bound ("at least", "more than")
    bound_window: int = 4


# Dates and times are the time stage's: numbers inside its timexes are
# skipped (its recogniser, not the statistical NER, which tags "between 20
# and 30 million euros" as a DATE). Ordinals never count.
_SKIP_ENTS = frozenset({"ORDINAL"})
#: PLOVER size keys a casualty count fills
SIZE_KEYS = ("dead", "injured", "arrested")
# fields of each kind of row in claims_words.psv, after the kind itself
_CLAIM_KINDS = {"SCALE": 1, "TIME_UNIT": 1, "CURRENCY": 2, "CURRENCY_WORD": 2, "CASUALTY_VERB": 3, "CASUALTY_NOUN": 2}


@dataclass(frozen=True, kw_only=True)
class ClaimWords:
    """The words of ``claims_words.psv``: scale words, time units, currencies, casualty words."""

    version: str
    scale_words: frozenset[str]
    time_units: frozenset[str]
    currency: dict[str, str]
    currency_words: dict[str, str]
    casualty: dict[str, tuple[str, str]]
    casualty_nouns: dict[str, str]


def load_claim_words(path=None) -> ClaimWords:
    """The claims stage's words from ``claims_words.psv`` (or ``path``), checked: a known
    kind with its number of fields, lower-case words (currency signs as written), a known
    size key, and each (kind, word) once."""
    table = read_rows(path or data_file("claims_words.psv"), min_fields=2, max_fields=4,
                      key=lambda f: (f[0], f[1]), shape="KIND | word | value ...")
    got: dict[str, dict[str, tuple[str, ...]]] = {k: {} for k in _CLAIM_KINDS}
    for row in table.rows:
        kind, word, *values = row.fields
        if kind not in _CLAIM_KINDS:
            raise row.error(f"unknown kind {kind!r}; known: {', '.join(_CLAIM_KINDS)}")
        if len(values) != _CLAIM_KINDS[kind] - 1 or not all(values) or not word:
            raise row.error(f"a {kind} row has {_CLAIM_KINDS[kind] + 1} non-empty fields: {' | '.join(row.fields)!r}")
        if kind != "CURRENCY" and word != word.lower():
            raise row.error(f"words are lower case: {word!r}")
        if kind in ("CASUALTY_VERB", "CASUALTY_NOUN") and values[-1] not in SIZE_KEYS:
            raise row.error(f"unknown size key {values[-1]!r}; known: {', '.join(SIZE_KEYS)}")
        got[kind][word] = tuple(values)
    return ClaimWords(
        version=table.version,
        scale_words=frozenset(got["SCALE"]),
        time_units=frozenset(got["TIME_UNIT"]),
        currency={w: v[0] for w, v in got["CURRENCY"].items()},
        currency_words={w: v[0] for w, v in got["CURRENCY_WORD"].items()},
        casualty={w: (v[0], v[1]) for w, v in got["CASUALTY_VERB"].items()},
        casualty_nouns={w: v[0] for w, v in got["CASUALTY_NOUN"].items()},
    )


CLAIM_WORDS = load_claim_words()
_SCALE_WORDS = CLAIM_WORDS.scale_words
_CURRENCY = CLAIM_WORDS.currency
_CURRENCY_WORDS = CLAIM_WORDS.currency_words
# a number of these is a duration or a date, which the time stage owns
_TIME_UNITS = CLAIM_WORDS.time_units
# casualty and arrest verbs -> (participle for the unit, PLOVER size key)
_CASUALTY = CLAIM_WORDS.casualty
_CASUALTY_NOUNS = CLAIM_WORDS.casualty_nouns


def _is_number_token(t: Token) -> bool:
    low = t.text.lower()
    if t.ent_type in _SKIP_ENTS:
        return False
    if low == "dozen":
        return True  # "a dozen", tagged NOUN as often as NUM
    if t.pos == "NUM" or low in VAGUE:
        return parse_numeral(low) is not None or word_value(low) is not None or low in VAGUE or low in _SCALE_WORDS
    return parse_numeral(low) is not None and t.pos not in ("PROPN",)


def _compound_number(tens: str, unit: str) -> bool:
    t, u = word_value(tens), word_value(unit)
    return t is not None and u is not None and t >= 20 and t % 10 == 0 and 0 < u < 10


def _run_end(toks: list[Token], i: int, stop: int) -> int:
    """Last index of the number run starting at ``i`` ("1.5 million", "two hundred")."""
    j = i
    while j + 1 < stop:
        nxt = toks[j + 1]
        if nxt.text == "-" and j + 2 < stop and _compound_number(toks[j].text, toks[j + 2].text):
            j += 2  # "twenty-five", split by the tokenizer
            continue
        low = nxt.text.lower()
        if low in _SCALE_WORDS or (nxt.pos == "NUM" and nxt.ent_type not in _SKIP_ENTS and "-" not in toks[j].text):
            j += 1
            continue
        break
    return j


def _unit(tree: Tree, toks: list[Token], lo: int, hi: int, sent_end: int) -> tuple[str, int, Token | None]:
    """Unit text, last token index of the claim, and the unit's head noun."""
    last = toks[hi]
    head = toks[last.head] if last.head != last.i else None
    # "20,000 foreign fighters": the noun the number modifies, after it
    noun = None
    if head is not None and head.i > hi and head.pos in ("NOUN", "PROPN") and last.dep in ("nummod", "quantmod", "compound", "amod", "nmod"):
        noun = head
    elif last.text.lower() in VAGUE or last.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "ROOT", "appos", "conj"):
        # "dozens of people", "50 of the protesters"
        of = tree.child(last.i, "prep")
        if of is not None and of.text.lower() == "of":
            noun = tree.child(of.i, "pobj")
    if noun is None and head is not None and last.dep in ("dobj", "nsubjpass") and head.lemma.lower() in _CASUALTY:
        # "killing 12 and wounding dozens": the count stands for people
        return f"people {_CASUALTY[head.lemma.lower()][0]}", hi, None
    if noun is None or noun.pos == "PRON":
        return "", hi, None
    # the noun with its modifiers and conjuncts, without prepositional tails
    start = hi + 1
    if toks[start].text.lower() == "of" if start < sent_end else False:
        start += 1
        # skip determiners: "dozens of the protesters"
        while start < noun.i and toks[start].dep in ("det", "poss"):
            start += 1
    end = noun.i
    for c in tree.children(noun.i, "conj"):
        if tree.child(c.i, "nummod") is not None or c.pos == "NUM":
            continue  # "a dozen journalists and 40% of voters": its own claim
        end = max(end, tree.edges_without(c.i, frozenset({"prep", "relcl", "acl", "punct", "appos"}))[1])
    words = [t.text for t in toks[start : end + 1] if t.pos != "PUNCT" or t.text == "-"]
    unit = " ".join(words).replace(" - ", "-")
    # "people killed", "protesters arrested"
    verb = None
    for c in tree.children(noun.i, "acl"):
        verb = c
    if verb is None:
        # the noun, or the number standing for it ("dozens of protesters were arrested")
        holder = noun if noun.i == (head.i if head is not None else -1) else last
        if holder.dep in ("nsubjpass", "nsubj", "dobj") and holder.head != holder.i:
            verb = toks[holder.head]
    if verb is not None and verb.lemma.lower() in _CASUALTY:
        unit = f"{unit} {_CASUALTY[verb.lemma.lower()][0]}"
    return unit, end, noun


def _governing_verb(tree: Tree, i: int) -> Token | None:
    t = tree.tokens[i]
    if t.pos in ("VERB", "AUX"):
        return t
    for a in tree.ancestors(i):
        if a.pos in ("VERB", "AUX"):
            return a
    return None


def _source(doc: NewsDoc, tree: Tree, span: tuple[int, int], verb: Token | None) -> str | None:
    q = doc.quote_containing(*span)
    if q is not None and q.speaker:
        return q.speaker
    if verb is not None:
        for a in [verb, *tree.ancestors(verb.i)]:
            if a.lemma.lower() in SPEECH_VERBS and a.pos == "VERB":
                subj = tree.child(a.i, "nsubj")
                if subj is not None:
                    lo, hi = tree.noun_phrase(subj.i)
                    actor = doc.actor_at(subj.start, subj.end) or doc.actor_at(*tree.char_span(lo, hi))
                    if actor is not None:
                        return actor.id
    # "according to X" anywhere in the sentence
    sent = doc.sentences[tree.tokens[verb.i if verb is not None else 0].sent] if verb is not None else doc.sentence_at(span[0])
    if sent is None:
        return None
    for t in tree.tokens[sent.token_start : sent.token_end]:
        if t.text.lower() == "according" and t.i + 1 < sent.token_end and tree.tokens[t.i + 1].text.lower() == "to":
            pobj = tree.child(t.i + 1, "pobj")
            if pobj is not None:
                actor = doc.actor_at(*tree.char_span(*tree.noun_phrase(pobj.i)))
                if actor is not None:
                    return actor.id
    return None


def _place(doc: NewsDoc, tree: Tree, noun: Token | None, verb: Token | None, sent) -> str | None:
    if not doc.places:
        return None
    for anchor in (noun, verb):
        if anchor is None:
            continue
        lo, hi = tree.edges(anchor.i)
        p = doc.place_at(*tree.char_span(lo, hi))
        if p is not None:
            return p.id
    p = doc.place_at(sent.start, sent.end)
    return p.id if p else None


def find_claims(doc: NewsDoc, opts: ClaimOptions = ClaimOptions()) -> list[Claim]:
    tree = Tree(doc)
    toks = doc.tokens
    claims: list[Claim] = []
    timex_spans = sorted((t.start, t.end) for t in doc.timexes)
    timex_starts = [s for s, _ in timex_spans]

    def in_timex(tok: Token) -> bool:
        k = bisect.bisect_right(timex_starts, tok.start) - 1
        return k >= 0 and timex_spans[k][1] > tok.start
    for sent in doc.sentences:
        i = sent.token_start
        stop = sent.token_end
        while i < stop:
            t = toks[i]
            if not _is_number_token(t) or in_timex(t):
                i += 1
                continue
            lo = i
            hi = _run_end(toks, i, stop)
            i = hi + 1
            words = [x.text for x in toks[lo : hi + 1] if x.text != "-"]
            low0 = words[0].lower()
            if low0 in _SCALE_WORDS and low0 != "dozen" and not (lo > sent.token_start and toks[lo - 1].text.lower() in ("a", "an")):
                continue  # "billion" without its number (split off by a timex or a typo)
            value_max = None
            bound = "exact"
            vague = vague_quantity(words + ([toks[hi + 2].text] if hi + 2 < stop and toks[hi + 1].text.lower() == "of" and toks[hi + 2].text.lower() in ("thousands", "millions", "billions") else []))
            if vague is not None:
                value, bound = vague
                if hi + 2 < stop and toks[hi + 1].text.lower() == "of" and toks[hi + 2].text.lower() in ("thousands", "millions", "billions"):
                    hi += 2
                    i = hi + 1
            else:
                value = parse_words(words)
                if value is None:
                    continue
                if low0 == "dozen" or (lo > sent.token_start and toks[lo - 1].text.lower() == "a" and words[-1].lower() == "dozen"):
                    bound = "about"
            # a four-digit number alone is a year unless money or a count says otherwise
            if len(words) == 1 and 1800 <= value <= 2100 and "," not in words[0] and "." not in words[0] and t.ent_type != "MONEY":
                continue
            # range: "between 20 and 30", "20 to 30", "20-30"
            if hi + 2 < stop and toks[hi + 1].text.lower() in ("to", "-", "–", "and") and _is_number_token(toks[hi + 2]):
                r_lo = hi + 2
                r_hi = _run_end(toks, r_lo, stop)
                second = parse_words([x.text for x in toks[r_lo : r_hi + 1]])
                between = lo > sent.token_start and toks[lo - 1].text.lower() == "between"
                if second is not None and second > value and (toks[hi + 1].text.lower() != "and" or between):
                    # "20 to 30 million": the scale of the second applies to the first
                    if value < 1000 <= second and toks[r_hi].text.lower() in _SCALE_WORDS and not any(w.lower() in _SCALE_WORDS for w in words):
                        scale = parse_words(["1", toks[r_hi].text]) or 1
                        value *= scale
                    value_max, bound = second, "range"
                    hi = r_hi
                    i = hi + 1
            # bound words before the number
            start_tok = lo
            if lo > sent.token_start and toks[lo - 1].text.lower() == "between" and bound == "range":
                start_tok = lo - 1
            elif bound != "range":
                # "about a dozen", "nearly a million": the article is part of the number
                first = lo - 1 if lo > sent.token_start and toks[lo - 1].text.lower() in ("a", "an") and low0 in _SCALE_WORDS else lo
                start_tok = first
                before = [x.text for x in toks[max(sent.token_start, first - opts.bound_window) : first]]
                # a currency sign sits between the bound and the number: "at least $5"
                cur = before[-1] if before and before[-1] in _CURRENCY else None
                found = bound_before(before[:-1] if cur else before)
                if found is not None and vague is None:
                    bound = found[0]
                    start_tok = first - found[1] - (1 if cur else 0)
            # unit
            prev = toks[lo - 1].text if lo > sent.token_start else ""
            unit, end_tok, noun = "", hi, None
            if prev in _CURRENCY:
                unit = _CURRENCY[prev]
                start_tok = min(start_tok, lo - 1)
            elif hi + 1 < stop and toks[hi + 1].text.lower() in ("%", "percent", "per", "pct"):
                unit, end_tok = "percent", hi + 1 if toks[hi + 1].text != "per" else hi + 2
            elif hi + 1 < stop and toks[hi + 1].text.lower() in _CURRENCY_WORDS:
                unit, end_tok = _CURRENCY_WORDS[toks[hi + 1].text.lower()], hi + 1
            else:
                unit, end_tok, noun = _unit(tree, toks, lo, hi, stop)
                if not unit or unit.startswith("-"):
                    continue  # no counted noun, or "three-for-two", "one-centimeter" compounds
                if value == 1 and words[0].lower() == "one" and noun is not None and noun.i > hi + 1 and toks[hi + 1].text.lower() == "of":
                    continue  # "one of the criticisms" picks one out, it counts nothing
                if noun is not None and noun.text.lower() in _TIME_UNITS or unit.split()[0].lower() in _TIME_UNITS:
                    continue
            if "-year-old" in unit or unit.endswith("year-old"):
                continue
            span = (toks[start_tok].start, toks[end_tok].end)
            verb = _governing_verb(tree, lo)
            date = None
            if verb is not None:
                date = event_date(doc, verb.i)
                if date.precision in ("publication", "unknown"):
                    # "Last winter, the UN estimated there were ...": the date
                    # may govern the reporting verb above the clause
                    for a in tree.ancestors(verb.i, limit=3):
                        if a.lemma.lower() in SPEECH_VERBS:
                            d2 = event_date(doc, a.i)
                            if d2.precision not in ("publication", "unknown"):
                                date = d2
                            break
            claims.append(
                Claim(
                    id=f"c{len(claims) + 1}",
                    span=span,
                    value=value,
                    bound=bound,
                    unit=unit,
                    value_max=value_max,
                    source=_source(doc, tree, span, verb),
                    place=_place(doc, tree, noun, verb, sent),
                    date=date,
                )
            )
            _fill_size(doc, claims[-1], noun, verb)
    return claims


def _size_key(claim: Claim, noun: Token | None, verb: Token | None) -> str | None:
    words = claim.unit.lower().split()
    if words and words[-1] in ("killed", "dead"):
        return "dead"
    if words and words[-1] in ("injured", "wounded"):
        return "injured"
    if words and words[-1] in ("arrested", "detained", "jailed"):
        return "arrested"
    for w in words:
        if w in _CASUALTY_NOUNS:
            return _CASUALTY_NOUNS[w]
    return None


def _fill_size(doc: NewsDoc, claim: Claim, noun: Token | None, verb: Token | None) -> None:
    """A casualty or arrest count is the PLOVER size of the event in its sentence."""
    key = _size_key(claim, noun, verb)
    if key is None or not doc.events:
        return
    s, e = claim.span
    sent = doc.sentence_at(s)
    if sent is None:
        return
    in_sentence = [ev for ev in doc.events if ev.sentence[0] <= s and e <= ev.sentence[1]]
    if not in_sentence:
        return
    # the event whose trigger is nearest the number
    ev = min(in_sentence, key=lambda x: abs(x.trigger[0] - s))
    size = dict(ev.size or {})
    size[key] = max(size.get(key, 0), claim.value)
    ev.size = size
