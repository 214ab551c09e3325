"""Edges of mention phrases on the parse, and country and organisation look-ups.

Helpers of :mod:`newsgraph.actors.mentions` (split out to keep that module to its
one job, finding mentions): how far a name or role phrase reaches left over its
title ("Russia's top diplomat") and right over "of X", whether a token is a
noun, and which country a sub-national name is in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.actors.cuewords import org_words
from newsgraph.kb.lexicon import KIN, NOMINAL_PARTICIPLES, ROLE_NOUNS
from newsgraph.actors.phrase import TITLE_WORDS
from newsgraph.model import Token

if TYPE_CHECKING:
    from newsgraph.gazetteer.index import Gazetteer

NOMINAL = ("NOUN", "PROPN")

_ISO3: dict[str, str] = {}


def gazetteer_country(gaz: Gazetteer, name: str) -> str | None:
    """ISO alpha-3 country of a sub-national place name, when the gazetteer makes it plain.

    All primary entries in one country, a single first-level region of that name
    ("Florida" the US state, not the Cuban town), or one entry at least ten times as
    populous as the next ("Tyumen", "Sindh"); otherwise None ("Paris" is in
    France, but a smaller Paris in Texas keeps it plain only by population).
    """
    entries = [e for e, alternate in gaz.lookup(name) if not alternate and e.country and e.kind != "country"]
    if not entries:
        return None
    countries = {e.country for e in entries}
    provinces = {e.country for e in entries if e.kind == "admin1"}
    if len(countries) > 1 and len(provinces) == 1:
        # a first-level region outranks towns named after it ("Florida", "Punjab")
        entries = [e for e in entries if e.kind == "admin1"]
    elif len(countries) > 1:
        entries.sort(key=lambda e: -(e.population or 0))
        if (entries[0].population or 0) < 10 * max(entries[1].population or 0, 1):
            return None
    iso2 = entries[0].country
    if not _ISO3:
        import pycountry

        _ISO3.update({c.alpha_2: c.alpha_3 for c in pycountry.countries})
        _ISO3["XK"] = "KOS"  # PLOVER code, as in newsgraph.kb.countries
    return _ISO3.get(iso2)


#: last words of organisation names ("... Party", "... Commission")
_ORG_HEAD_SLIPS: dict[str, str] = {}


def _org_heads() -> frozenset[str]:
    """Words that end an organisation's name (``actor_cues.txt``), with their one-slip forms."""
    heads = org_words()
    if not _ORG_HEAD_SLIPS:
        for w in sorted(heads):
            if len(w) >= 7:
                for k in range(1, len(w) - 1):
                    _ORG_HEAD_SLIPS.setdefault(w[:k] + w[k + 1 :], w)
                _ORG_HEAD_SLIPS.setdefault(w, w)
    return heads


def org_head(word: str) -> str | None:
    """The organisation word ``word`` is, allowing one slip inside a long one ("Comission")."""
    low = word.lower()
    heads = _org_heads()
    if low in heads:
        return low
    if len(low) < 6 or not word[:1].isupper():
        return None
    forms = {low[:k] + low[k + 1 :] for k in range(1, len(low) - 1)} | {low}
    hits = {_ORG_HEAD_SLIPS[f] for f in forms if f in _ORG_HEAD_SLIPS}
    hits = {h for h in hits if h[0] == low[0] and h[-1] == low[-1] and abs(len(h) - len(low)) <= 1}
    return next(iter(hits)) if len(hits) == 1 else None


def _given_name_before(tokens: list[Token], s: int) -> bool:
    """Does a given name come right before token ``s`` ("Ali Amman", "Valeska Paris")?"""
    if s == 0:
        return False
    t = tokens[s - 1]
    return t.ent_type == "PERSON" and t.pos == "PROPN" and t.text[:1].isupper()


_NP_DEPS = frozenset({"amod", "compound", "det", "poss", "case", "nmod", "nummod", "quantmod", "advmod", "punct",
                      "npadvmod", "cc", "conj", "predet"})


def _nominal(t: Token, tokens: list[Token]) -> bool:
    """A noun, or "military" that the tagger read as an adjective where it is the noun.

    "Myanmar's military seized power": an adjective "military" is followed by
    the noun it modifies; followed by a verb, a preposition or punctuation it
    is the noun (the armed forces).
    """
    if t.pos in NOMINAL:
        return True
    if t.lemma.lower() in NOMINAL_PARTICIPLES or t.text.lower() in NOMINAL_PARTICIPLES:
        # "police arrested the accused": after a determiner, in a noun's place
        return (t.i > 0 and tokens[t.i - 1].pos == "DET" and t.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
                and (t.i + 1 >= len(tokens) or tokens[t.i + 1].pos not in ("NOUN", "PROPN", "ADJ")))
    if t.text.lower() != "military":
        return False
    nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
    return tokens[t.head].pos not in NOMINAL or nxt is None or (
        nxt.pos not in ("NOUN", "PROPN", "ADJ", "NUM") and nxt.text not in ("-", "–"))


def _title_left(tokens: list[Token], i: int, floor: int, taken: set[int], *, strict: bool = True
                ) -> tuple[int, int | None]:
    """Extend a name or role head leftwards over its title ("Russia's top", "the Libyan foreign").

    Returns the new start token and the token of a possessive pronoun when
    one opens the phrase ("his Libyan counterpart").
    """
    k = i - 1
    start = i
    while k >= floor and k not in taken:
        t = tokens[k]
        low = t.text.lower()
        if not strict and t.text == ")" and k == start - 1:
            # a gloss before the head: "the Umma (Nation) party", "the Kifaya ("Enough") group"
            opening = next((o for o in range(k - 1, max(floor, k - 6) - 1, -1) if tokens[o].text == "("), None)
            if opening is not None and opening - 1 >= floor and opening - 1 not in taken \
                    and tokens[opening - 1].text[:1].isupper():
                start = opening - 1  # the name the gloss translates belongs to the phrase
                k = opening - 2
                continue
        if t.text == ")" and k == start - 1 and k - 2 >= floor and tokens[k - 2].text == "(" \
                and tokens[k - 1].text.isupper() and tokens[k - 1].text.isalpha() and k - 3 >= floor \
                and tokens[start].pos == "PROPN" and any(
                    w.text.lower() in ROLE_NOUNS or w.lemma.lower() in ROLE_NOUNS for w in (tokens[k - 1], tokens[k - 3])):
            # "Member of Parliament (MP) Dora Vance": the title's abbreviation between title and name
            start = k - 2
            k -= 3
            continue
        if t.pos == "PRON" and t.dep == "poss":
            return k, k
        if t.pos == "DET" and low in ("the", "a", "an"):
            return k, None
        if low in KIN or t.lemma.lower() in KIN:
            break  # "her husband Zorvek Tolvik": a family tie is no title of the name
        if t.pos in ("VERB", "AUX") and t.dep not in ("amod", "compound", "nmod"):
            break  # "Amnesty accused Egyptian security forces": the clause's verb, not a title

        ok = (
            t.ent_type in ("GPE", "NORP", "ORG")
            or low in ("'s", "’s", "-", "–", "u.s.", "u.n.")
            or low in TITLE_WORDS
            or low in ROLE_NOUNS
            or t.lemma.lower() in ROLE_NOUNS
            or (low in ("of", "to", "for", "from") and k - 1 >= floor and tokens[k - 1].text[:1].isupper())
            or (t.pos == "PROPN" and t.text[:1].isupper() and t.dep in ("compound", "poss", "nmod"))
            # a role noun's own modifiers ("Palestinian armed groups", "French paper workers");
            # a name's title is read strictly, since parses of long names go astray
            or (not strict and low == "led")
            # coordinated nationalities: "Hungarian and Romanian officials"
            or (not strict and low in ("and", ",") and k - 1 >= floor and tokens[k - 1].ent_type == "NORP"
                and tokens[start].ent_type == "NORP")
            # "internationally recognised government"; but not "UN-supported" (a separate actor)
            or (not strict and t.tag in ("VBN", "VBG") and t.dep == "amod" and t.head == i
                and not (k > 0 and tokens[k - 1].text in ("-", "–")))
            or (not strict and t.dep in _NP_DEPS and start <= t.head <= i and t.pos != "VERB"
                and t.text not in (",", ";", "(", ")"))
            # a title's own modifiers: "Italian economic development minister Stefano Patuanelli"
            or (t.dep in ("amod", "compound") and t.pos in ("ADJ", "NOUN") and start <= t.head < i
                and any(tokens[x].lemma.lower() in ROLE_NOUNS for x in range(start, i)))
        )
        if not ok:
            break
        start = k
        k -= 1
    # do not begin with a dangling preposition or possessive marker
    while start < i and tokens[start].text.lower() in ("of", "to", "for", "'s", "’s", "-", "–", ",", "and", "or"):
        start += 1
    return start, None


def _right_pp(tokens: list[Token], head: Token, end: int, limit: int) -> int:
    """Include "of Armenia", "of the Popular Mobilization Forces" after a role head.

    "in Kabul" is not included: a toponym in a locative phrase stays free for
    the places stage (its country is still read, see ``_country_right``).
    """
    j = end
    if j + 1 < limit and tokens[j].text.lower() == "of" and tokens[j].head == head.i:
        k = j + 1
        while k < limit and tokens[k].pos in ("DET", "ADJ", "PROPN", "NOUN", "PART") and tokens[k].text not in (",",):
            if tokens[k].ent_type in ("GPE", "ORG", "NORP", "LOC") or (
                    tokens[k].pos == "PROPN" and not tokens[k].ent_type and tokens[k].text[:1].isupper()
                    and (k + 1 >= limit or tokens[k + 1].pos not in ("PROPN", "NOUN", "ADJ", "PUNCT"))):
                j = k + 1  # (a one-word name the recogniser left untagged ending the phrase: "the King of Jordan")
            k += 1
            if k - j > 3:
                break
    return j
