"""Finding actor mentions in a parsed document: names, role phrases, pronouns.

:class:`MentionFinder` makes the mentions the actors stage groups into actors
(``newsgraph.actors.coref``):

- named entities (PERSON, ORG, NORP, and GPE/LOC/FAC used as actors); a
  person's name takes the title before it ("foreign minister Sergey
  Lavrov"); a country or capital is an actor only in an actor's position
  ("Moscow supports", "backed by Egypt"), "a press conference in Moscow" is
  left to the places stage; a national adjective on an act names its agent
  ("US mediation");
- KB names the recogniser missed ("Kremlin", "Human Rights Watch");
- role-noun phrases ("the foreign minister", "Houthi rebels", "an American
  destroyer"), split at coordinated nationalities;
- surnames of people named in full elsewhere, and personal pronouns.

Each pass is one walk over the tokens with dictionary look-ups. How far a
phrase reaches, and which country a sub-national name is in, are
:mod:`newsgraph.actors.spans`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from newsgraph.kb import KnowledgeBase
from newsgraph.actors.coref import DEFINITE_ANAPHORS, PRONOUN_GENDER
from newsgraph.kb.names import gender_of
from newsgraph.actors.drafts import Mention
from newsgraph.actors.cuewords import cue_words, never_actor, org_words
from newsgraph.actors.groupref import GROUP_PRONOUNS
from newsgraph.kb.lexicon import (COLLECTION_NOUNS, EVENT_NOUNS, LOCATIVE_PREPS, MODIFIER_SECTORS, NEEDS_ANCHOR,
                                  PLACE_OPENERS, PLURAL_QUANTIFIERS, ROLE_NOUNS, TITLE_WORDS, SUBJECT_INSTITUTIONS, KIN, CHAMBERS, role_of)
from newsgraph.actors.phrase import Description, describe, kb_matches, toponym_is_actor
from newsgraph.kb.model import NAME_SUFFIXES, name_key
from newsgraph.actors.spans import (
    NOMINAL as _NOMINAL, _given_name_before, _nominal, _right_pp, _title_left, gazetteer_country,
    org_head,
)
from newsgraph.model import NewsDoc, Token

if TYPE_CHECKING:
    from newsgraph.gazetteer.index import Gazetteer

#: sectors of crowds that act where they live (not troops or officials abroad)
_CROWD_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "AGR", "MED"})
# media outlets a name may follow: "news agency Fars", "the daily Kommersant"
_MEDIA_ROLES = frozenset("agency newspaper daily weekly broadcaster channel television radio website magazine "
                         "outlet network station tabloid".split())
# nouns whose "of" names a place: "the town of Samarra", "the province of Herat"
_PLACE_KINDS = frozenset("town city village province district region county state island port municipality "
                         "governorate prefecture suburb neighbourhood neighborhood enclave".split())
_NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
_NOMINAL = ("NOUN", "PROPN")
_PERSON_TITLE = re.compile(r"^(President|Minister|Premier|General|Gen\.?|Colonel|Col\.?|Senator|Sen\.?|Governor|"
                           r"Gov\.?|Mayor|Judge|Ambassador|Envoy|Chancellor|King|Queen|Prince|Emir|Sheikh|Dr\.?|"
                           r"Mr\.?|Mrs\.?|Ms\.?|Archbishop|Bishop|Cardinal|Imam|Ayatollah|Commander|Admiral)$")

#: dependencies of a noun that takes part in its clause (not a modifier, not a location)
_CORE_ARGS = frozenset({"nsubjpass", "dobj", "dative"})

#: verbs that introduce a person's name ("a man named Amman", "a boy called Paris")
_NAMING_VERBS = frozenset({"name", "call", "identify"})


class MentionFinder:
    """Builds the mentions of one document."""

    def __init__(self, doc: NewsDoc, kb: KnowledgeBase, gazetteer: Callable[[], Gazetteer] | None = None):
        self.doc = doc
        self.kb = kb
        self.gazetteer = gazetteer  # loads the gazetteer on first use
        self.day = doc.published
        self.tokens = doc.tokens
        self.taken: set[int] = set()
        self.mentions: list[Mention] = []

    def _acts_on(self, verb: int) -> bool:
        """Whether a clause does something to something or says something ('mourners chanted
        slogans', 'eyewitnesses said ...'): plural people doing that are actors, plural people
        who only cheer or gather are not, unless something else anchors them ('Fans cheered.')."""
        v = self.doc.view
        # "walked into a cafe and began to attack people": the verbs the subject shares count too
        return any(v.children(c.i, "dobj", "ccomp", "xcomp", "dative") for c in v.conjuncts(verb))

    def _relative_subject(self, t: Token) -> bool:
        """"her brother, who was arrested in May", "a woman who stabbed two guards": a person
        who is the subject of a relative clause takes part in what it tells."""
        v = self.doc.view
        return any(any(w.tag == "WP" for w in v.children(rc.i, "nsubj", "nsubjpass")) for rc in v.children(t.i, "relcl"))

    def _in_acted_on_collection(self, t: Token) -> bool:
        """"attacked a group of young men", "a crowd of protesters was dispersed": the people
        a collection noun holds, when a clause acts on the collection."""
        toks = self.tokens
        if t.dep != "pobj" or toks[t.head].text.lower() != "of" or toks[t.head].head == t.head:
            return False
        holder = toks[toks[t.head].head]
        return holder.lemma.lower() in COLLECTION_NOUNS and holder.dep in _CORE_ARGS

    def sent_floor(self, i: int) -> tuple[int, int]:
        s = self.doc.sentences[self.tokens[i].sent] if self.doc.sentences else None
        return (s.token_start, s.token_end) if s else (0, len(self.tokens))

    def add(self, m: Mention) -> None:
        toks = self.tokens
        while m.end - 1 > m.start and (toks[m.end - 1].pos == "SPACE" or not toks[m.end - 1].text.strip()):
            m.end -= 1
        while m.start < m.end - 1 and (toks[m.start].pos == "SPACE" or not toks[m.start].text.strip()):
            m.start += 1
        if not (m.start <= m.head < m.end):
            m.head = m.end - 1
        self.mentions.append(m)
        self.taken.update(range(m.start, m.end))

    def describe(self, m: Mention, label: str = "") -> Description:
        return describe(self.tokens[m.start : m.end], self.tokens[m.head], self.kb, self.day, label=label)

    def entities(self) -> None:
        toks = self.tokens
        # people first, so a title can take the organisation or country in it
        # ("UN Special Envoy to Libya Jan Kubis")
        ordered = sorted(self._joined_entities(), key=lambda e: (e.label != "PERSON", e.start))
        # surnames of people named in full: a later "Paris" tagged as a city is Valeska Paris
        person_last = {w for w in (ent.text.split()[-1] for ent in ordered
                                   if ent.label == "PERSON" and len(ent.text.split()) > 1)
                       if not self._is_demonym(w)}
        # a one-word name after a role ("security minister Wiranto") is a person's whole name
        person_last |= {ent.text for ent in ordered if ent.label == "PERSON" and " " not in ent.text
                        and ent.token_start > 0 and toks[ent.token_start - 1].lemma.lower() in ROLE_NOUNS
                        and not self._is_demonym(ent.text)}
        outlets: set[str] = set()
        for ent in ordered:
            if ent.label not in _NAME_LABELS or any(i in self.taken for i in range(ent.token_start, ent.token_end)):
                continue
            s, e = ent.token_start, ent.token_end
            while s < e and toks[s].pos == "DET":
                s += 1
            if ent.label == "PERSON" and e - s == 1 and s > 0 and toks[s - 1].text.lower() == "the" and (
                    ROLE_NOUNS.get(toks[s].text.lower()) or (None, ""))[1] == "person":
                continue  # "the Queen", "the Pope": a title the recogniser read as a name
            acronym = None
            paren = next((k for k in range(s + 1, e) if toks[k].text == "("), None)
            if paren is not None:
                # "the Commission on International Religious Freedom (USCIRF)": the name ends at the
                # bracket; the acronym inside is the same body (an appositive mention of it)
                if paren + 1 < len(toks) and toks[paren + 1].text.isupper() and toks[paren + 1].text.isalpha():
                    acronym = paren + 1
                e = paren
            while e > s and toks[e - 1].text in ("'s", "’s", "'"):
                e -= 1
            if s >= e or not any(c.isupper() for c in ent.text):
                continue  # "cts", "dlrs": the recogniser's lower-case noise
            if ent.label != "PERSON" and never_actor(self.doc.text[toks[s].start : toks[e - 1].end]):
                continue  # "UTC", "COVID-19", "the National Emergencies Act": no one acts
            s, e = self._extend_by_kb(s, e)
            head = max(range(s, e), key=lambda k: (not (s <= toks[k].head < e) or toks[k].head == k, k))
            htok = toks[head]
            found = self.kb.find(ent.text) or self.kb.find(self.doc.text[toks[s].start : toks[e - 1].end])
            kind = found[0].kind if found else None
            person_name = False
            if ent.label != "PERSON" and ent.text in person_last:
                kind, person_name = "person", True
            elif ent.label == "PERSON" and kind in ("capital", "seat") and e - s == 1 and (
                    s > 0 and toks[s - 1].pos == "VERB" and toks[s - 1].lemma.lower() in _NAMING_VERBS
                    or htok.dep in ("appos", "oprd") or _given_name_before(toks, s)):
                # a capital's name the recogniser reads as a person's: "a man named Amman";
                # later bare uses of the name are that person too ("Amman said")
                kind, person_name = "person", True
                person_last.add(ent.text)
            if kind is None and ent.label in ("ORG", "GPE", "NORP") and s > 0 and _PERSON_TITLE.match(
                    toks[s - 1].text) and toks[s - 1].pos == "PROPN":
                kind = "person"  # "Vice-President Moody Awori" tagged ORG
            if kind is None and ent.label in ("ORG", "GPE") and e - s >= 3 and (
                    role_of(toks[s].text, toks[s].lemma) or (None, ""))[1] == "person" and toks[s].text[:1].isupper() \
                    and gender_of(toks[s + 1].text) is not None and all(t.pos == "PROPN" for t in toks[s + 1 : e]):
                kind = "person"  # "Taoiseach Sean Murphy" tagged ORG: a title, a given name, a surname
            if kind is None and not found and ent.label in ("ORG", "GPE") and e - s >= 3 \
                    and gender_of(toks[e - 2].text) is not None and toks[e - 1].pos == "PROPN" \
                    and toks[e - 1].text[:1].isupper() and (self._is_place(s, e - 2) or self._is_body(s, e - 2)):
                # "Senator from Vermont Dana Reyes" with "Vermont Dana Reyes" tagged ORG, "members of
                # the Assembly Dana Reyes": a place or a body before a given name and a surname; the
                # person is the name, the place or body is left to the title
                s, kind = e - 2, "person"
                head = e - 1
                htok = toks[head]
            if ent.label == "PERSON" and kind != "person" and e - s == 1 and htok.dep == "compound" and \
                    self._modifies_role(htok):
                continue  # "Turkish Kurd refugees": a one-word "name" modifying a role noun
            if ent.label == "PERSON" and kind is None and e - s == 1 and ent.text not in person_last and \
                    self._town_after_preposition(htok):
                continue  # "sentenced by a court in Lyon" (tagged PERSON): a town, the places stage's
            if kind is None and not found and e - s == 1 and self._capitalised_common_word(htok):
                continue  # "Twin bombings struck": a capital letter opening a sentence is not a name
            if ent.label != "PERSON" and kind != "person" and (self._modifies_role(htok) or (
                    e + 1 < len(toks) and toks[e].text in ("-", "–") and toks[e + 1].text.lower() == "led")):
                continue  # "UN peacekeepers", "a Hamas official": the role phrase takes the name
            if kind is None and not found and ent.label in ("ORG", "NORP") and self._named_place(htok):
                continue  # "the town of Samarra" tagged NORP or ORG: a place's name, the places stage's
            if ent.label == "PERSON" and kind is None and not found and (
                    ent.text in outlets or self._outlet_reporting(s, e, htok)):
                # "Magyar Hirlap reported that ...", tagged PERSON: no given name, and it reports;
                # the same name later ("according to Magyar Hirlap") is the same outlet
                outlets.add(ent.text)
                self.add(Mention(s, e, head, "ORG"))
                continue
            if ent.label == "PERSON" or kind == "person" or (ent.label == "ORG" and kind in (None, "organization", "group", "seat")):
                lo, hi = self.sent_floor(head)
                if ent.label == "PERSON" or kind == "person":
                    start, poss = _title_left(toks, s, lo, self.taken)
                else:
                    start, poss = self._country_left(s, lo), None
                m = Mention(start, e, head, ent.label if kind != "person" else "PERSON", possessor=poss,
                            person_name=person_name)
                if ent.label == "ORG" and e - s == 1 and toks[s].text.isupper() and s > 1 and toks[s - 1].text == "(" \
                        and e < len(toks) and toks[e].text == ")":
                    # "The Northern Water Council (NWSC)": the acronym is the name before the bracket
                    before = next((x for x in self.mentions if x.end == s - 1 and x.source == "ORG"), None)
                    if before is not None:
                        m.appos_of = before.head
                if ent.label == "ORG" and kind is None and not found:
                    m.end = _right_pp(toks, htok, e, hi) if acronym is None else e
                if m.source == "PERSON" and m.start < s and any(toks[k].ent_type == "GPE" for k in range(m.start, s)):
                    # "Texas Governor Dan Hale", "New Jersey Governor Phil Murphy": the title's
                    # place, which the gazetteer knows when the KB does not
                    m.desc = describe(toks[m.start : m.end], toks[m.head], self.kb, self.day, label="PERSON",
                                      person_name=m.person_name)
                    if m.desc.country is None:
                        m.desc.country = next((c for k in range(m.start, s) if toks[k].ent_type == "GPE"
                                               and (c := self._place_country(k, gazetteer_only=True))), None)
                self.add(m)
                if acronym is not None and acronym not in self.taken and ent.label == "ORG":
                    self.add(Mention(acronym, acronym + 1, acronym, "ORG", appos_of=m.head))
                continue
            if kind is None and not found and ent.label not in ("PERSON", "ORG") and (r := self._media_role_before(s)):
                # "state-owned Iranian news agency Fars" (tagged FAC): the outlet, not the province
                self.add(Mention(r, e, head, "ORG"))
                continue
            if kind in ("state", "capital", "seat", "organization", "group", "region") or ent.label in ("GPE",):
                if kind is None:
                    continue  # an unknown place name: the places stage's business
                if self._modifies_role(htok):
                    continue  # "Russia's top diplomat": the role phrase takes it
                if kind == "state" and self._agent_modifier(htok):
                    self.add(Mention(s, e, head, "AGENT"))  # "US mediation"
                    continue
                if kind in ("state", "capital") and not toponym_is_actor(htok, toks, capital=kind == "capital"):
                    continue
                self.add(Mention(s, e, head, ent.label))
                continue
            if ent.label == "NORP" or kind == "demonym":
                if kind == "demonym" and self._agent_modifier(htok):
                    self.add(Mention(s, e, head, "AGENT"))  # "an Indian proposal"
                    continue
                if self._modifies_role(htok) or htok.pos not in _NOMINAL and htok.tag not in ("NNS", "NNPS"):
                    continue
                if htok.dep in ("amod", "compound", "nmod") and toks[htok.head].pos in _NOMINAL and htok.head != head:
                    continue  # "Libyan oil": an adjective, not a group
                if s > 0 and toks[s - 1].text.lower() == "ethnic" and s - 1 not in self.taken:
                    s -= 1  # "ethnic Albanians": the description needs the word
                self.add(Mention(s, e, head, "NORP", home=self._minority_home(htok)))

    def _town_after_preposition(self, t: Token) -> bool:
        """A one-word "person" that is the object of a locative preposition and a town the
        gazetteer knows ("in Lyon", "near Gainesville"): a place, not a person."""
        toks = self.tokens
        if self.gazetteer is None or t.dep != "pobj" or t.i == 0 or t.head != t.i - 1:
            return False
        if toks[t.i - 1].text.lower() not in LOCATIVE_PREPS:
            return False
        return any(not alternate and entry.kind in ("city", "admin1", "admin2", "county")
                   for entry, alternate in self.gazetteer().lookup(t.text))

    def _capitalised_common_word(self, t: Token) -> bool:
        """A sentence's first word, capitalised only for that, modifying a common noun ("Twin bombings").

        The recogniser reads such words as names; a real name in that place is
        usually a KB entry or a person named in full elsewhere, which are kept.
        """
        toks = self.tokens
        lo, _ = self.sent_floor(t.i)
        first = next((k for k in range(lo, t.i + 1) if toks[k].text.strip() and toks[k].pos not in ("SPACE", "PUNCT")),
                     None)
        if first != t.i or t.dep not in ("compound", "amod", "nmod") or t.head == t.i:
            return False
        if any(c.isupper() or c.isdigit() for c in t.text[1:]):
            return False  # "YouTube", "iPhone": inner capitals mark a name
        h = toks[t.head]
        return h.i > t.i and h.pos == "NOUN" and h.text[:1].islower() and not self._modifies_role(t)

    def _minority_home(self, t: Token) -> str | None:
        """ "Albanians in southern Serbia", "Serbs of northern Kosovo": the country they live in."""
        toks = self.tokens
        _, hi = self.sent_floor(t.i)
        for prep in toks[t.i + 1 : min(hi, t.i + 3)]:
            if prep.head == t.i and prep.dep == "prep" and prep.text.lower() in ("in", "of", "from"):
                obj = next((c for c in toks[prep.i + 1 : min(hi, prep.i + 5)] if c.head == prep.i and c.dep == "pobj"),
                           None)
                if obj is not None and obj.ent_type == "GPE":
                    return self._place_country(obj.i)
        return None

    def _joined_entities(self) -> list:
        """Entities, with names split by a line break joined ("Antonio\\nPadua de Seixas")."""
        from newsgraph.model import Entity

        toks = self.tokens
        out: list = []
        for ent in self.doc.entities:
            prev = out[-1] if out else None
            if (prev is not None and prev.label == ent.label == "PERSON" and all(
                    not toks[k].text.strip() for k in range(prev.token_end, ent.token_start))
                    and ent.token_start - prev.token_end <= 1):
                text = self.doc.text[prev.start : ent.end]
                out[-1] = Entity(prev.start, ent.end, "PERSON", text, prev.token_start, ent.token_end)
            else:
                out.append(ent)
        return out

    def _extend_by_kb(self, s: int, e: int) -> tuple[int, int]:
        """Extend an entity the recogniser cut short when a longer KB name takes in up to three
        capitalised words after it, else before it ("Doctors Without Borders", of which only
        "Borders" was tagged); before it only for a body, never a person's given names."""
        toks = self.tokens
        text = self.doc.text

        def free(a: int, b: int, joiners: bool = False) -> bool:
            # ("Islamic State of Iraq" + "and the Levant": a long name's joining words are lower-case)
            return 0 <= a < b <= len(toks) and toks[b - 1].text[:1].isupper() and all(
                (toks[j].text[:1].isupper() or (joiners and toks[j].text in ("and", "the", "of", "for")))
                and j not in self.taken for j in range(a, b))

        for k in (4, 3, 2, 1):
            if free(e, e + k, joiners=True) and self.kb.find(text[toks[s].start : toks[e + k - 1].end]):
                return s, e + k
        for k in (3, 2, 1):
            if free(s - k, s) and toks[s - k].sent == toks[s].sent:
                found = self.kb.find(text[toks[s - k].start : toks[e - 1].end])
                if found and found[0].kind not in ("person", "demonym"):
                    return s - k, e
        return s, e

    def _verb_compound(self, t: Token) -> bool:
        """A bare singular noun between "was" and a participle it seems to govern
        ("was gang raped", "were police escorted"): the parser's reading of a compound verb."""
        toks = self.tokens
        if t.tag != "NN" or t.i == 0 or t.i + 1 >= len(toks):
            return False
        nxt, prev = toks[t.i + 1], toks[t.i - 1]
        return (nxt.tag == "VBN" and nxt.head == t.i and prev.lemma == "be"
                and not any(c.head == t.i and c.dep in ("det", "poss", "amod", "nummod") for c in toks[max(0, t.i - 3):t.i]))

    def _media_role_before(self, s: int) -> int | None:
        """Start of a media role phrase right before token s ("Iranian news agency"), or None."""
        toks = self.tokens
        r = s - 1
        if r < 0 or r in self.taken or toks[r].lemma.lower() not in _MEDIA_ROLES:
            return None
        lo, _ = self.sent_floor(r)
        start = r
        while start - 1 >= lo and start - 1 not in self.taken and start <= toks[start - 1].head <= r and \
                toks[start - 1].dep in ("amod", "compound", "det", "nmod", "npadvmod", "punct", "poss"):
            start -= 1
        return start

    def _country_left(self, s: int, lo: int) -> int:
        """An organisation takes its country before it: "Ivory Coast's Supreme Court"."""
        toks = self.tokens
        k = s - 1
        start = s
        while k >= lo and k not in self.taken and (
                toks[k].ent_type in ("GPE", "NORP") or toks[k].text in ("'s", "’s")):
            start = k
            k -= 1
        while start < s and toks[start].text in ("'s", "’s"):
            start += 1
        return start

    def _agent_modifier(self, t: Token) -> bool:
        """A national adjective on an act names its agent: "an Indian proposal", "US mediation"."""
        if t.dep not in ("amod", "compound", "nmod", "poss") or t.head == t.i:
            return False
        h = self.tokens[t.head]
        return h.pos in _NOMINAL and h.lemma.lower() in EVENT_NOUNS

    def _named_place(self, t: Token) -> bool:
        """Is t the name in "the town of X", "the province of X" (a place noun's "of")?"""
        if t.dep != "pobj" or t.head == t.i:
            return False
        prep = self.tokens[t.head]
        if prep.text.lower() != "of" or prep.head == prep.i:
            return False
        return self.tokens[prep.head].lemma.lower() in _PLACE_KINDS

    def _modifies_role(self, t: Token) -> bool:
        """Is this token a modifier inside a phrase whose head is a role noun or a name?"""
        toks = self.tokens
        k = t
        if k.dep == "pobj" and k.head != k.i:
            prep = toks[k.head]
            h = toks[prep.head]
            if prep.text.lower() in ("of", "in") and prep.head != prep.i and (
                    h.text.lower() in ROLE_NOUNS or h.lemma.lower() in ROLE_NOUNS) and h.pos in _NOMINAL:
                return True
        # "Myanmar's military seized power": a possessor before a role noun
        # belongs to it, whatever the parse attached it to
        j = k.i + 1
        if j + 1 < len(toks) and toks[j].text in ("'s", "’s"):
            nxt = toks[j + 1]
            if _nominal(nxt, toks) and (nxt.text.lower() in ROLE_NOUNS or nxt.lemma.lower() in ROLE_NOUNS) and (
                    nxt.text.lower() not in NEEDS_ANCHOR):
                return True
        for _ in range(3):
            if k.dep not in ("poss", "amod", "compound", "nmod", "case") or k.head == k.i:
                return False
            h = toks[k.head]
            if not _nominal(h, toks):
                return False  # "NATO-backed uprising": not inside a noun phrase of names and titles
            low, lem = h.text.lower(), h.lemma.lower()
            if low in ROLE_NOUNS or lem in ROLE_NOUNS:
                return True
            if h.ent_type == "PERSON":
                return True
            k = h
        return False

    def role_nouns(self) -> None:
        toks = self.tokens
        for t in toks:
            if t.i in self.taken:
                continue
            low, lem = t.text.lower(), t.lemma.lower()
            if not _nominal(t, toks):
                continue
            spec = ROLE_NOUNS.get(low) or ROLE_NOUNS.get(lem)
            if spec is None and "-" in low.strip("-"):
                # "counter-protesters", "party-goers", "co-petitioners": the role after the hyphen
                spec = role_of(low.rsplit("-", 1)[1])
            if spec is None and t.i > 0 and toks[t.i - 1].dep == "compound" and toks[t.i - 1].head == t.i:
                # two-word roles whose head alone is no actor: "web sites", "car bomb"
                spec = ROLE_NOUNS.get(toks[t.i - 1].text.lower() + " " + lem)
            if spec is None:
                continue
            if t.dep == "compound" and toks[t.head].pos in _NOMINAL and t.head != t.i:
                h = toks[t.head]
                if h.text.lower() in ROLE_NOUNS or h.lemma.lower() in ROLE_NOUNS or h.ent_type:
                    continue  # "police officer", "army chief": the head decides
                # "army bulldozers", "police custody": the role noun is the actor
            if lem in COLLECTION_NOUNS and t.i + 1 < len(toks) and toks[t.i + 1].text.lower() == "of":
                continue  # "a group of Moroccan diplomats": the diplomats are the actor
            if t.ent_type in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
                continue
            if self._verb_compound(t):
                continue  # "she was gang raped": part of the verb, not a gang
            lo, hi = self.sent_floor(t.i)
            start, poss = _title_left(toks, t.i, lo, self.taken, strict=False)
            after = t.i + 1
            if after < hi and toks[after].dep == "amod" and toks[after].head == t.i and \
                    f"{t.lemma.lower()} {toks[after].text.lower()}" in ROLE_NOUNS:
                after += 1  # "attorneys general": the title's second word follows the plural head
            end = _right_pp(toks, t, after, hi)
            if any(k in self.taken for k in range(t.i + 1, end)):
                end = t.i + 1
            if poss is None and start - 2 >= lo and toks[start - 1].text in ("'s", "’s") and start - 2 in self.taken:
                poss = start - 2  # "Hifter's forces": the name is its own mention
            m = Mention(start, end, t.i, "ROLE", possessor=poss)
            if t.dep == "appos" and (toks[t.head].ent_type == "PERSON" or (
                    toks[t.head].ent_type == "ORG" and spec[1] == "organization")):
                # "Dzikir, an independent human rights group": the body named before it
                m.appos_of = t.head
            elif spec[1] == "person" and t.tag in ("NN", "NNP"):  # ("the Senate Minority Leader")
                # "the director of the Kenya Wildlife Service, Paul Otieno, ...": the name in
                # apposition to the role is who holds it
                # (the parser may hang the name on the role's own "of" phrase: "the Service")
                names = {x.head: x.start for x in self.mentions if x.source == "PERSON"}
                m.appos_of = next((k for k in range(end, hi) if toks[k].dep == "appos" and k in names and (
                    toks[k].head == t.i or (t.i < toks[k].head < end and end < hi and toks[end].text == ","
                                            and names[k] == end + 1))), None)
                if m.appos_of is None and end + 1 < hi and toks[end].text == ",":
                    # "..., the Tulsa mayor, Grace Holloway, told reporters": set off by commas
                    # on both sides (or ending the sentence), a name after the role is its holder,
                    # however the parser attached it; "the mayor, Grace Holloway and ..." is a list
                    after = next((x for x in self.mentions if x.source == "PERSON" and x.start == end + 1), None)
                    if after is not None and (after.end >= hi or toks[after.end].text in (".", "!", "?") or (
                            toks[after.end].text == "," and after.end + 1 < hi
                            and toks[after.end + 1].text.lower() not in ("and", "or"))):
                        m.appos_of = after.head
            m.desc = self.describe(m)
            if m.desc.country is None and m.desc.kind in ("group", "person", "organization") and m.desc.sector not in (
                    "UAF", "MIL") and not any(
                    w.text.lower() in ("foreign", "international", "western") for w in toks[start : t.i]):
                self._country_right(m)
            modified = any(w.text.lower() in MODIFIER_SECTORS for w in toks[start : t.i])
            # a name in the phrase anchors it too: "the Wagner group", "the Zapatista movement"
            named = any(w.pos == "PROPN" and w.text[:1].isupper() and w.i != lo for w in toks[start : t.i])
            anchored = (m.desc.country or m.desc.org or poss is not None or m.appos_of is not None or modified
                        or named)
            # a person or people taking part in a clause ("a 34-year-old man was arrested", "a woman
            # told police") is an actor: a private person of the story's setting
            anchored = anchored or (spec[1] == "person" and spec[0] == "CVL" and (
                t.dep in _CORE_ARGS or (t.dep == "nsubj" and self._acts_on(t.head))
                or self._in_acted_on_collection(t)))
            # people a clause acts on are too ("three people were killed", "began to stab people")
            anchored = anchored or (spec == ("CVL", "group") and t.dep in _CORE_ARGS)
            # an institution acting is one ("the court acquitted him", "sentenced by a court")
            anchored = anchored or ((lem in SUBJECT_INSTITUTIONS or low in SUBJECT_INSTITUTIONS) and (
                t.dep == "nsubj" or (t.dep == "pobj" and toks[t.head].text.lower() == "by"
                                     and toks[t.head].dep == "agent")))
            if (lem in CHAMBERS or low in CHAMBERS) and not (t.text[:1].isupper() or any(
                    toks[k].text.lower() in ("lower", "upper") for k in range(start, t.i))):
                continue  # "a house in Leeds" is a building; "the House", "the lower house" a legislature
            if lem in KIN or low in KIN:
                # "her husband Zorvek Tolvik": the name is the actor, the kin word tells his gender
                named_after = t.i + 1 < len(toks) and toks[t.i + 1].ent_type == "PERSON"
                anchored = (t.dep in ("nsubjpass", "dobj", "dative") or self._relative_subject(t)) \
                    and m.appos_of is None and not named_after
            elif spec[1] == "person" and spec[0] == "CVL" and not anchored:
                anchored = self._relative_subject(t)
            if (lem in NEEDS_ANCHOR or low in NEEDS_ANCHOR or lem in KIN or low in KIN) and not anchored:
                if lem in DEFINITE_ANAPHORS and t.tag == "NN" and toks[start].text.lower() in ("the", "this") \
                        and end == t.i + 1:
                    # "the company", "the group": an actor only through an antecedent (the grouper decides)
                    self.add(Mention(start, end, t.i, "DEF", desc=m.desc))
                continue
            for part in self._split_coordination(m):
                self.add(part)

    def _country_right(self, m: Mention) -> None:
        """ "refugees fleeing the civil war in Liberia", "a newspaper based in Beirut"."""
        toks = self.tokens
        head = toks[m.head]
        _, hi = self.sent_floor(m.head)
        ancestors = set()
        k = head
        for _ in range(12):
            if k.head == k.i:
                break
            ancestors.add(k.head)
            k = toks[k.head]
        # a province or town inside the phrase: "the Sindh provincial government"
        for j in range(m.start, m.head):
            if toks[j].ent_type == "GPE" and toks[j].text[:1].isupper():
                country = self._place_country(j, gazetteer_only=True)
                if country:
                    m.desc.country = country
                    return
        for j in range(m.head + 1, min(hi, m.head + 10)):
            t = toks[j]
            if j in ancestors or t.text in (",", ";", "(", ":") or t.dep in ("relcl",) or j in self.taken:
                break
            if t.ent_type in ("GPE", "NORP") and t.text[:1].isupper():
                country = self._place_country(j)
                if country:
                    m.desc.country = country
                    return
        # a crowd acting in a country is of that country: "thousands of people marched in
        # Hong Kong", "students rallied across Serbia" (the coders' practice)
        if m.desc.plural and m.desc.sector in _CROWD_SECTORS:
            verb = next((toks[a] for a in sorted(ancestors, key=lambda a: abs(a - m.head))
                         if toks[a].pos == "VERB"), None)
            if verb is None:
                return
            # "in Hong Kong" on the verb or on its object ("blocked streets in Hong Kong")
            heads = {verb.i} | {c.i for c in toks[verb.i + 1 : hi] if c.head == verb.i and c.dep == "dobj"}
            for prep in toks[verb.i + 1 : hi]:
                if prep.head in heads and prep.dep == "prep" and prep.text.lower() in ("in", "across", "throughout"):
                    obj = next((c for c in toks[prep.i + 1 : hi] if c.head == prep.i and c.dep == "pobj"), None)
                    if obj is not None and obj.ent_type == "GPE":
                        country = self._place_country(obj.i)
                        if country:
                            m.desc.country = country
                            return

    def _is_body(self, s: int, e: int) -> bool:
        """Are tokens s..e-1 a body's name ending in a role noun ("House of Representatives",
        "National Assembly")?"""
        toks = self.tokens
        if e <= s or toks[e - 1].pos != "PROPN" or not all(
                toks[k].pos == "PROPN" or toks[k].text.lower() in ("of", "the") for k in range(s, e)):
            return False
        low = toks[e - 1].text.lower()
        found = self.kb.find(self.doc.text[toks[s].start : toks[e - 1].end])
        return bool(found and found[0].kind in ("organization", "seat")) or role_of(low, toks[e - 1].lemma) is not None

    def _is_place(self, s: int, e: int) -> bool:
        """Are tokens s..e-1 a place's name (tagged GPE, a KB state or capital, or a gazetteer place)?"""
        toks = self.tokens
        if s >= e or not all(toks[k].pos == "PROPN" for k in range(s, e)):
            return False
        if all(toks[k].ent_type == "GPE" for k in range(s, e)):
            return True
        text = self.doc.text[toks[s].start : toks[e - 1].end]
        found = self.kb.find(text)
        if found:
            return found[0].kind in ("state", "capital")
        return self.gazetteer is not None and gazetteer_country(self.gazetteer(), text) is not None

    def _place_country(self, j: int, *, gazetteer_only: bool = False) -> str | None:
        """The country of the place name at token ``j``: the KB's states, capitals and
        demonyms, then the gazetteer's provinces and towns ("of Sindh", "in Tyumen")."""
        toks = self.tokens
        t = toks[j]
        if t.ent_type == "GPE" and self.gazetteer is not None:
            # a place named in several words ("New Jersey", "New Mexico") is that place, not a
            # country whose name is one of its words
            s, e = j, j + 1
            while s > 0 and toks[s].ent_iob == "I" and toks[s - 1].ent_type == "GPE":
                s -= 1
            while e < len(toks) and toks[e].ent_type == "GPE" and toks[e].ent_iob == "I" \
                    and toks[e].text not in ("'s", "’s"):
                e += 1
            if e - s > 1 and toks[s].text.lower() in PLACE_OPENERS:
                whole = self.doc.text[toks[s].start : toks[e - 1].end]
                if not self.kb.find(whole):
                    return gazetteer_country(self.gazetteer(), whole)  # (never the country inside)
        found = self.kb.find(t.text)
        if found:
            if found[0].kind in ("state", "capital", "demonym"):
                role = found[0].role_on(self.day)
                if role and role.country and not gazetteer_only:
                    return role.country
            return None  # a KB name of another kind is not a place
        if t.ent_type != "GPE" or self.gazetteer is None:
            return None
        s = j
        while s > 0 and toks[s - 1].ent_type == "GPE" and t.ent_iob != "B" and toks[s].ent_iob != "B":
            s -= 1
        e = j + 1
        while e < len(toks) and toks[e].ent_type == "GPE" and toks[e].ent_iob == "I":
            e += 1
        return gazetteer_country(self.gazetteer(), self.doc.text[toks[s].start : toks[e - 1].end])

    def _split_coordination(self, m: Mention) -> list[Mention]:
        """ "Hungarian and Romanian officials" are two actors, one per country."""
        toks = self.tokens
        nat = [k for k in range(m.start, m.head) if toks[k].ent_type in ("NORP", "GPE") and toks[k].dep == "conj"]
        if not nat or m.desc is None:
            return [m]
        first = toks[nat[0]].head
        if not (m.start <= first < m.head):
            return [m]
        out = []
        cut = m.start
        for k in [first, *nat]:
            found = self.kb.find(toks[k].text)
            if not found:
                return [m]
            role = found[0].role_on(self.day)
            part = Mention(cut if k == first else k, k + 1, m.head, "ROLE", possessor=m.possessor)
            part.desc = Description(**{f: getattr(m.desc, f) for f in m.desc.__slots__})
            part.desc.country = role.country if role else None
            out.append(part)
        # the last conjunct keeps the head noun ("Romanian officials")
        out[-1].end = m.end
        return out

    def listed_names(self) -> None:
        """People named in a list after a plural title ("Ministers Hans Gerber and Lena Vogt",
        "Representatives Ann Kell, Rob Dane and Tim Ford"): the entity recogniser often misses
        the first name or reads a surname as a place; each capitalised name of two or more
        words in the list is a person (the title is given to each by the actors' cues)."""
        toks = self.tokens
        n = len(toks)
        for t in toks:
            # (a capitalised plural is often tagged NNP: "Ministers")
            plural = t.tag in ("NNS", "NNPS") or (t.text.endswith("s") and t.text.lower() not in ROLE_NOUNS)
            if not plural or t.i + 2 >= n:
                continue
            role = role_of(t.text, t.lemma)
            if role is None or role[1] != "person" or not toks[t.i + 1].text[:1].isupper():
                continue
            _, hi = self.sent_floor(t.i)
            k = t.i + 1
            while k < hi:
                j = k
                while j < hi and toks[j].pos == "PROPN" and toks[j].text[:1].isupper() and j - k < 4:
                    j += 1
                if j - k < 2:
                    break  # not a full name: the list ends
                inside = [m for m in self.mentions if k <= m.start and m.end <= j]
                if k not in self.taken and all(m.source in ("GPE", "LOC", "NORP") for m in inside) and all(
                        x not in self.taken or any(m.start <= x < m.end for m in inside) for x in range(k, j)):
                    # ("Ana Petrova": the recogniser's place "Petrova" is the surname)
                    for m in inside:
                        self.mentions.remove(m)
                        self.taken.difference_update(range(m.start, m.end))
                    self.add(Mention(k, j, j - 1, "PERSON"))
                if j < hi and toks[j].text == "of" and j + 1 < hi and toks[j + 1].text[:1].isupper():
                    j += 2  # "Mike Lee of Utah, ...": the place stays its own mention
                    while j < hi and toks[j].text[:1].isupper() and toks[j].pos == "PROPN":
                        j += 1
                if j < hi and toks[j].text == ",":
                    j += 1
                if j < hi and toks[j].text.lower() in ("and", "&"):
                    j += 1
                if j == k or j >= hi or not toks[j].text[:1].isupper():
                    break
                k = j

    def proper_nouns(self) -> None:
        """KB names the entity recogniser missed ("Kremlin", "Human Rights Watch", "Trump")."""
        toks = self.tokens
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            if i in self.taken or not t.text[:1].isupper() or t.pos not in ("PROPN", "NOUN", "ADJ"):
                i += 1
                continue
            j = i
            while j < n and j not in self.taken and (toks[j].text[:1].isupper() or toks[j].text.lower() in (
                    "of", "for", "the", "-", "al", "bin", "von", "der", "de")) and j - i < 10:
                j += 1
            matches = kb_matches(toks[i:j], self.kb)
            if matches and all(m[2].kind in ("state", "capital", "demonym", "region") and m[1] < j - i
                               for m in matches):
                # a country inside an unknown body's name: "Kenya Anti-Corruption Commission"
                self._unknown_org(i, j)
                if j - 1 in self.taken:
                    i = max(j, i + 1)
                    continue
            for ms, me, entry in matches:
                s, e = i + ms, i + me
                head = max(range(s, e), key=lambda k: (not (s <= toks[k].head < e) or toks[k].head == k, k))
                htok = toks[head]
                kind = entry.kind
                if kind == "demonym" or (kind in ("state", "capital") and (
                        self._modifies_role(htok) or not toponym_is_actor(htok, toks, capital=kind == "capital"))):
                    continue
                if kind != "person" and self._modifies_role(htok):
                    continue
                if kind == "person":
                    lo, _ = self.sent_floor(head)
                    start, poss = _title_left(toks, s, lo, self.taken)
                    self.add(Mention(start, e, head, "PERSON", possessor=poss))
                else:
                    self.add(Mention(s, e, head, "GPE" if kind in ("state", "capital") else "ORG"))
            if not matches:
                self._unknown_org(i, j)
            i = max(j, i + 1)

    def _unknown_org(self, i: int, j: int) -> None:
        """A capitalised name ending in an organisation word that the recogniser and the KB
        both missed: "the Kifaya Movement", "Umma Party", "Kenya Anti-Corruption Commission"."""
        toks = self.tokens
        while j > i and (j - 1 in self.taken or toks[j - 1].text in ("-", "of", "for", "the")):
            j -= 1
        while i < j and (i in self.taken or toks[i].text.lower() in ("the", "of", "for", "-")):
            i += 1
        if j - i < 2 or org_head(toks[j - 1].text) is None or any(k in self.taken for k in range(i, j)):
            return
        if not any(toks[k].pos == "PROPN" and toks[k].text.lower() not in org_words() for k in range(i, j - 1)):
            return  # "The Party", "Security Council" alone: no name
        if self._modifies_role(toks[j - 1]):
            return  # "Umma Party leaders": the role phrase takes the name
        k = i - 1
        while k >= 0 and not toks[k].text.strip():
            k -= 1  # a line break inside a name
        if k >= 0 and (toks[k].text.lower() in ("and", "&") or (
                toks[k].text[:1].isupper() and toks[k].ent_type != "GPE" and (k in self.taken or k < i - 1))):
            return  # the tail of a longer name ("Securities and Exchange Commission", "Central\nIntelligence")
        lo, _ = self.sent_floor(i)
        self.add(Mention(self._country_left(i, lo), j, j - 1, "ORG"))

    def media_subjects(self) -> None:
        """A name the recogniser missed that reports or publishes ("Brightfold reported on
        Sunday"): an outlet, which the actor cues code JRN."""
        toks = self.tokens
        verbs = cue_words()[1]["MEDIA_VERBS"]
        for t in toks:
            if (t.dep != "nsubj" or t.pos != "PROPN" or t.ent_type or t.i in self.taken
                    or toks[t.head].lemma.lower() not in verbs):
                continue
            s = t.i
            while s > 0 and toks[s - 1].dep == "compound" and toks[s - 1].head == t.i and toks[s - 1].pos == "PROPN" \
                    and s - 1 not in self.taken:
                s -= 1
            self.add(Mention(s, t.i + 1, t.i, "ORG"))

    def _outlet_reporting(self, s: int, e: int, head: Token) -> bool:
        """A "person" with no given name, no title before it, that reports or publishes
        ("Magyar Hirlap reported"): a news outlet the recogniser took for a person."""
        toks = self.tokens
        if head.dep != "nsubj" or head.head == head.i or toks[head.head].lemma.lower() not in cue_words()[1]["MEDIA_VERBS"]:
            return False
        if any(gender_of(toks[k].text) is not None for k in range(s, e)):
            return False
        return not (s > 0 and (role_of(toks[s - 1].text, toks[s - 1].lemma) or toks[s - 1].text.lower().rstrip(".")
                                in TITLE_WORDS))

    def _is_demonym(self, word: str) -> bool:
        found = self.kb.find(word, surnames=False)
        return bool(found) and found[0].kind == "demonym"

    def surnames(self) -> None:
        """A surname the recogniser missed, of a person named in full elsewhere ("Montalvo")."""
        toks = self.tokens
        last: set[str] = set()
        for m in self.mentions:
            if m.source == "PERSON":
                names = [t for t in toks[m.start : m.end] if t.ent_type == "PERSON"]
                while len(names) > 2 and name_key(names[-1].text) in NAME_SUFFIXES:
                    names = names[:-1]  # "Hallworth" of "Robert J. Hallworth Jr."
                if len(names) >= 2 and names[-1].text[:1].isupper() and not self._is_demonym(names[-1].text):
                    last.add(names[-1].text)
        if not last:
            return
        for t in toks:
            if t.text in last and t.i not in self.taken and t.pos == "PROPN":
                self.add(Mention(t.i, t.i + 1, t.i, "PERSON"))

    def pronouns(self) -> None:
        for t in self.tokens:
            if t.pos != "PRON" or t.i in self.taken:
                continue
            low = t.text.lower()
            cls = PRONOUN_GENDER.get(low) or GROUP_PRONOUNS.get(low)
            if cls is None and low in PLURAL_QUANTIFIERS and t.dep in ("nsubj", "nsubjpass", "dobj") \
                    and not any(p.text.lower() == "of" for p in self.doc.view.children(t.i, "prep")):
                cls = "pl"  # "Both were acquitted": a group named before ("both of them": "them" is)
            if cls is not None and not (low == "us" and t.text == "US"):
                self.mentions.append(Mention(t.i, t.i + 1, t.i, "PRON", gender=cls))
