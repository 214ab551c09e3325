"""Cues around an actor's mentions: what the sentence tells that the phrase leaves open.

After grouping (:mod:`newsgraph.actors.coref`) an actor may still lack a sector or a
country; the sentence around one of its mentions often gives them:

1. an appositive: "Tomasz Sekielski, a Polish journalist"; "Merkel's
   spokesperson, Steffen Seibert" (the possessor's country);
2. a title shared by coordinated names: "Senators Marco Rubio of Florida,
   Mike Lee of Utah, and David Perdue";
3. a trailing "of"/"for": "Patrice Talon of Benin", "a spokesman for the PMF";
4. a copula: "Nasser is a Turkish national";
5. the last word of an organisation's name: "Saha Airlines" is a business,
   "the Cyprus Mail" a newspaper, "Vande Bharat Foundation" an NGO; rights words
   make an advocacy body an NGO ("Civil Human Rights Front");
6. media: an organisation no one knows that reports, publishes or is told
   something is a news outlet ("Politico reported", "told the Nevada Independent");
7. a legislature in the title: the chair, leader or member of a House, Senate
   or committee is a legislator, not the executive ("House Intelligence
   Committee chairman Adam Schiff"); a candidate is a party's, an opposition
   candidate the opposition's.

Cues fill gaps: they never change what a name's knowledge-base entry says or
what the mention's own words set, except the legislature cue, which corrects
the executive reading of a generic title. A named person left with no
affiliation at all is a civilian (CVL), as ICEWS codes a private person
("Citizen"). The word classes are data: ``newsgraph/lang/en/actor_cues.txt``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from newsgraph.kb import KnowledgeBase
from newsgraph.kb.lexicon import BODY_TITLES, GENERIC_HEADS, MODIFIER_SECTORS, ROLE_NOUNS, agent_sector, role_of
from newsgraph.actors.phrase import TITLE_WORDS, Description, describe
from newsgraph.actors.cuewords import cue_words, name_sectors
from newsgraph.model import NewsDoc, Token

#: people who speak for a body: their sector is the body's ("a spokeswoman for the airline")
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "official", "member"})

if TYPE_CHECKING:
    from newsgraph.actors.drafts import Draft, Mention

#: sectors that say nothing about affiliation (a person with these is still open)
_OPEN = frozenset({None, "UNK"})
#: modifier sectors that tell a body's political alignment, not its trade
_ALIGNMENTS = frozenset({"PTY", "OPP", "REB"})
_ORG_KINDS = frozenset({"organization", "group"})


class ActorCues:
    """Reads the cues for every actor of one document (build one per document)."""

    def __init__(self, doc: NewsDoc, kb: KnowledgeBase, drafts: list[Draft],
                 place_country: Callable[[str], str | None] | None = None):
        self.doc = doc
        self.toks = doc.tokens
        self.view = doc.view
        self.kb = kb
        self.drafts = drafts
        self.place_country = place_country
        _, self.words = cue_words()
        self.by_token: dict[int, Draft] = {}
        for a in drafts:
            for m in a.mentions:
                for k in range(m.start, m.end):
                    self.by_token.setdefault(k, a)

    def run(self) -> None:
        self._body_sector: dict[int, tuple] = {}
        # organisations first, so that a person "of" or "for" one told earlier ("Dale Hogue, a
        # spokesman for Hogue Logistics") can take the sector its own words give it
        for a in sorted(self.drafts, key=lambda d: d.kind not in _ORG_KINDS):
            for m in a.mentions:
                if m.source == "ROLE" and self.view.lem[m.head] in _SPOKESPEOPLE:
                    self._of_for(a, m)  # "a spokeswoman for the army": the body's sector, set or not
            if a.sector in _OPEN or not a.country:
                for m in a.mentions:
                    if m.source in ("PRON", "DEF"):
                        continue
                    self._appositive(a, m)
                    self._party_label(a, m)
                    self._type_before(a, m)
                    self._shared_title(a, m)
                    self._of_for(a, m)
                    self._copula(a, m)
                    if a.sector not in _OPEN and a.country:
                        break
            if a.kind in _ORG_KINDS and any(m.source == "ORG" for m in a.mentions):
                self._org_name(a)
                if a.sector in _OPEN:
                    self._media(a)
            if a.kind == "person":
                self._legislature(a)
                if a.sector == "UAF" and a.kb_id is None and any(
                        self.view.lem[m.head] in self.words["LONE_ATTACKERS"] for m in a.mentions):
                    # "a gunman", "the attacker": one named or singled-out assailant is a criminal;
                    # unknown gunmen in numbers stay unidentified armed forces (UAF)
                    a.sector = "CRM"
        for a, sector in self._body_sector.values():
            if a.sector in _OPEN:
                a.sector = sector
        for a in self.drafts:
            if a.kind == "person" and a.sector == "GOV" and a.kb_id is None:
                self._body_head(a)
        for a in self.drafts:
            if a.kind == "person" and not a.country:
                self._coordinated_title(a)

    def _coordinated_title(self, a: Draft) -> None:
        """"Greek prime minister Nikos Pappas and energy minister Kostas Mavros": a title
        coordinated with a nationality's title is of the same country."""
        toks = self.toks
        for m in a.mentions:
            t = toks[m.head]
            if t.dep != "conj" or t.head == t.i or not any(
                    (role_of(toks[k].text, toks[k].lemma) or (None, ""))[1] == "person" for k in range(m.start, m.head)):
                continue
            other = self.by_token.get(t.head)
            if other is not None and other is not a and other.kind == "person" and other.country:
                self._fill(a, other.country, other.org)
                return

    def _body_head(self, a: Draft) -> None:
        """"the president of the Moroccan League for Human Rights, Karim Tazi": whoever heads a
        body that is not a state's is of the body's sector (read once every body is coded)."""
        v = self.view
        for m in a.mentions:
            if m.source != "ROLE" or v.lem[m.head] not in BODY_TITLES:
                continue
            for o in v.preps(m.head, "of", "for"):
                owner = self._owner(o.i)
                if owner is not None and owner is not a:
                    sector = owner.sector if owner.kind in _ORG_KINDS and owner.country not in (None, "IGO") else None
                else:
                    # the body's name inside the role's own phrase ("the chairwoman of the Kenya
                    # Human Rights Network"): its words tell its sector, as an organisation's name does
                    lo, hi = v.subtree_span(o.i)
                    sector = self._name_sector(range(lo, hi + 1))
                if sector not in (None, "GOV", "MIL", "LEG", "JUD", "COP"):
                    a.sector = sector
                    return

    def _name_sector(self, ks) -> str | None:
        """The sector an organisation's name gives by its words: a rights or advocacy word
        (NGO_WORDS), else its last word ("Network", "Association", "Airlines")."""
        words = [self.view.low[k] for k in ks if self.toks[k].pos != "PUNCT"]
        if set(words) & self.words["NGO_WORDS"]:
            return "NGO"
        return name_sectors().get(words[-1]) if words else None

    def default_civilians(self) -> None:
        """A named person with no affiliation anywhere in the text is a private person.

        Not a name that follows a title the lexicon does not know ("Lt. Gen. Prosper Avril",
        "Prophet Mohammed"), nor a place the recogniser took for a person ("Rhine")."""
        for a in self.drafts:
            if a.kind != "person" or a.sector not in _OPEN or a.kb_id is not None:
                continue
            names = [m for m in a.mentions if m.source == "PERSON"]
            if not names or any(self._titled(m) for m in names):
                continue
            if self.place_country is not None and self.place_country(a.name):
                continue
            a.sector = "CVL"

    def _titled(self, m: Mention) -> bool:
        """Is the name preceded, inside its mention or just before it, by a capitalised word
        that is no part of the name (a title: "Prophet Mohammed", "Lt. Gen. Prosper Avril")?"""
        toks = self.toks
        first = next((k for k in range(m.start, m.end) if toks[k].ent_type == "PERSON"), m.start)
        before = list(range(m.start, first))
        k = m.start - 1
        while k >= 0 and toks[k].text == ".":
            k -= 1
        if k >= 0 and toks[k].sent == toks[m.start].sent:
            before.append(k)
        for k in before:
            t = toks[k]
            word = t.text.rstrip(".").lower()
            if word in TITLE_WORDS or (t.text[:1].isupper() and t.ent_type != "PERSON" and t.pos in ("PROPN", "NOUN")
                                       and toks[k].i != toks[m.start].i and not self._sentence_start(k)):
                return True
        return False

    def _sentence_start(self, k: int) -> bool:
        return self.doc.sentences[self.toks[k].sent].token_start == k

    # --- helpers ---

    def _describe(self, lo: int, hi: int, head: int) -> Description | None:
        """What the tokens lo..hi (inclusive) say, read as one phrase with its head."""
        toks = [t for t in self.toks[lo : hi + 1] if t.pos != "PUNCT" or t.text in ("'s", "’s", "-")]
        if not toks:
            return None
        return describe(toks, self.toks[head], self.kb, self.doc.published)

    @staticmethod
    def _fill(a: Draft, country: str | None = None, org: str | None = None, sector: str | None = None,
              role: str | None = None) -> None:
        if country and not a.country:
            a.country, a.org = country, org
        if sector and a.sector in _OPEN:
            a.sector = sector
        if role and not a.role:
            a.role = role

    def _fill_from(self, a: Draft, d: Description | None) -> None:
        if d is None:
            return
        self._fill(a, d.country, d.org, d.sector if d.kind != "state" else None, d.title)

    def _owner(self, k: int) -> Draft | None:
        """The actor a token names ("Merkel" in "Merkel's spokesperson")."""
        return self.by_token.get(k)

    def _role_phrase(self, a: Draft, r: Token) -> None:
        """A role noun said of the actor ("a Polish journalist", "Merkel's spokesperson")."""
        v = self.view
        role = role_of(r.text, r.lemma) is not None or v.lem[r.i] in ROLE_NOUNS
        lo, hi = v.subtree_span(r.i)
        # the role phrase alone: not a name it is apposed to inside its own subtree
        lo = max(lo, min((m.end for m in a.mentions if m.start <= lo < m.end), default=lo))
        d = self._describe(lo, hi, r.i)
        if not role:
            # "a Georgian tennis player": no role the lexicon knows, but a nationality all the same
            if d is not None and d.country and r.pos == "NOUN" and a.kind == "person":
                self._fill(a, d.country, d.org)
            agent = agent_sector(r.text, r.lemma, v.low[r.i - 1] if r.i > lo else None) if r.pos == "NOUN" else None
            if agent is not None and a.kind == "person":
                # "Ann Cole, a dentist": a kind of person the broad agent table knows
                self._fill(a, sector=agent)
            if a.kind in _ORG_KINDS and r.pos == "NOUN" and {v.low[k] for k in range(lo, hi + 1)} & self.words["NGO_WORDS"]:
                # "Dzikir, a small human rights center": a body of a cause, whatever its head noun
                self._fill(a, d.country if d is not None else None, d.org if d is not None else None, "NGO")
            if v.lem[r.i] in self.words["CANDIDATE"] and a.kind == "person":
                # "Sviatlana Tsikhanouskaya, an opposition candidate"
                words = {v.low[k] for k in range(lo, hi + 1)}
                self._fill(a, sector="OPP" if "opposition" in words else "PTY")
            if v.lem[r.i] not in GENERIC_HEADS:
                return
            # "A member of the Tunisian Parliament, Samir Dilou": the body's sector below
        else:
            self._fill_from(a, d)
        # the possessor or "of"/"for" organisation or state gives the country, and for a
        # generic role ("director", "spokesman") the sector too
        for owner_tok in v.children(r.i, "poss") + v.preps(r.i, "of", "for", "at"):
            owner = self._owner(owner_tok.i)
            if owner is not None and owner is not a:
                self._fill(a, owner.country, owner.org)
                if owner.kind in _ORG_KINDS and owner.sector and role_of(r.text, r.lemma) in (None, ("GOV", "person")):
                    if a.sector == "GOV" and (v.lem[r.i] in GENERIC_HEADS or v.lem[r.i] in BODY_TITLES) \
                            and a.kb_id is None and owner.kind != "state":
                        # "director of global news for AFP": the outlet's (JRN); "the president of
                        # the Moroccan League for Human Rights": the league's (NGO)
                        a.sector = owner.sector
                    self._fill(a, sector=owner.sector)

    # --- the cues ---

    def _appositive(self, a: Draft, m: Mention) -> None:
        v = self.view
        t = self.toks[m.head]
        for c in v.children(t.i, "appos"):
            if c.pos in ("NOUN", "PROPN") and not (m.start <= c.i < m.end):
                self._role_phrase(a, c)
            elif c.lemma.lower() == "one":
                # "Tom Reyes, one of the governor's aides": the role is the plural after "of"
                for o in v.preps(c.i, "of"):
                    if o.pos == "NOUN":
                        self._role_phrase(a, o)
        for c in v.children(t.i, "amod", "appos"):
            if c.ent_type == "NORP" and c.i < m.start and a.kind == "person" and self.by_token.get(c.i) in (None, a):
                self._nationality(a, c.i)  # set off before the name
        if t.dep == "appos" and t.head != t.i:
            h = self.toks[t.head]
            if h.dep == "pobj" and (role_of(h.text, h.lemma) is None or h.pos == "PROPN") and v.head(h.head) is not None:
                # "deputy governor of the Tyumen region, Oleg Chemezov": the parser hangs the
                # name on the region; the role is the noun the region is "of"
                h = v.head(h.head)
            if h.pos == "NOUN" and not (m.start <= h.i < m.end):
                self._role_phrase(a, h)
            elif h.ent_type == "NORP" and not (m.start <= h.i < m.end) and a.kind == "person":
                self._nationality(a, h.i)  # the parser hung the name on it
        if t.dep == "nsubj" and t.head != t.i and m.start > 0 and self.toks[m.start - 1].text == ",":
            # "A member of the Tunisian Parliament, Samir Dilou said": the parser made the role a
            # second subject of the verb instead of an apposition
            for sib in v.children(t.head, "nsubj"):
                if sib.i < m.start and sib.pos == "NOUN" and v.subtree_span(sib.i)[1] == m.start - 2:
                    self._role_phrase(a, sib)

    def _nationality(self, a: Draft, i: int) -> None:
        """"A Canadian, Lena Ward, 41, was charged": a nationality word
        apposed to a name gives the person its country."""
        d = self._describe(i, i, i)
        if d is not None and d.country:
            self._fill(a, d.country, d.org)

    def _party(self, word: str) -> str | None:
        """The sector PTY when a capitalised word labels a party's member ("Republican",
        "Democrat", "Labour", "Likud"): the word, its plural or with "Party" names a party."""
        if not word[:1].isupper():
            return None
        for form in (word, word + "s", word + " Party"):
            found = self.kb.find(form)
            if found and found[0].kind in ("organization", "group") and any(r.sector == "PTY" for r in found[0].roles):
                return "PTY"
        return None

    def _party_label(self, a: Draft, m: Mention) -> None:
        """"Republican Dale Corwin", "a Republican, Dale Corwin": a party's member (PTY)."""
        if a.kind != "person" or m.source != "PERSON" or a.kb_id is not None:
            return
        toks = self.toks
        before = [k for k in range(max(0, m.start - 1), m.head) if toks[k].ent_type == "NORP"]
        if toks[m.head].dep == "appos" and toks[m.head].head < m.start:
            before.append(toks[m.head].head)  # "a Republican, Dale Corwin"
        if m.start >= 2 and toks[m.start - 1].text == "," and toks[m.start - 2].ent_type == "NORP":
            before.append(m.start - 2)  # (the same, whatever the parser attached the label to)
        for k in before:
            if self._party(toks[k].text):
                self._fill(a, sector="PTY")
                return

    def _type_before(self, a: Draft, m: Mention) -> None:
        """"Kenyan airline Jambo Air", "the Stockholm think tank Nordic Policy Forum": a common
        noun naming what kind of body a name is, just before the name, with its nationality."""
        if m.source not in ("ORG", "GPE", "NORP", "FAC") or m.start == 0:
            return
        toks, k = self.toks, m.start - 1
        r = toks[k]
        if self.by_token.get(k) not in (None, a) or not r.text[:1].islower():
            return
        # two-word kinds first: "think tank" (not a tank; the parser may even read a verb),
        # "think-tank", "news agency"
        pair = None
        if k > 1 and toks[k - 1].text == "-":
            pair = f"{toks[k - 2].text}-{r.text}"
        elif k > 0:
            pair = f"{toks[k - 1].text} {r.text}"
        spec = role_of(pair) if pair else None
        if spec is None and m.source == "ORG" and r.dep in ("amod", "compound") and r.head in range(m.start, m.end) \
                and MODIFIER_SECTORS.get(r.text.lower()) in _ALIGNMENTS:
            # "the ruling Blue Front", "the opposition Civic Platform", "the rebel Popular
            # Front": a word of political alignment before a body's name is its sector
            self._fill(a, sector=MODIFIER_SECTORS[r.text.lower()])
            return
        if spec is None:
            if r.pos != "NOUN" or not (r.dep in ("compound", "nmod", "appos") or r.head == m.head):
                return
            spec = role_of(r.text, r.lemma)
        if spec is None or spec[1] == "person":
            return
        if r.pos == "NOUN" and pair is not None and role_of(pair) is None:
            self._role_phrase(a, r)
            return
        # the kind's own sector; a nationality or place before it gives the country
        self._fill(a, sector=spec[0])
        d = self._describe(self.view.subtree_span(r.i)[0], k, k) if r.pos == "NOUN" else None
        if d is not None and d.country:
            self._fill(a, d.country, d.org)

    def _shared_title(self, a: Draft, m: Mention) -> None:
        """"Senators Marco Rubio of Florida, Mike Lee of Utah": the title of the first name."""
        if a.sector not in _OPEN:
            return
        v = self.view
        t = self.toks[m.head]
        seen = 0
        while t.dep in ("conj", "appos") and t.head != t.i and seen < 12:
            t = self.toks[t.head]
            seen += 1
        if t.i != m.head and t.pos == "NOUN" and t.tag == "NNS" and (role_of(t.text, t.lemma) or (None, ""))[1] == "person":
            # "opposition leaders Ana Petrova and Ivan Sokol": the list hangs on the title itself
            self._role_phrase(a, t)
            return
        if t.i != m.head and t.ent_type == "PERSON":
            # "members of the Senate Joan Whitfield and Carl Ostrander": the title words sit in
            # the first name's mention, and the later names of the list share them
            h = self.by_token.get(t.i)
            hm = next((x for x in h.mentions if x.start <= t.i < x.end), None) if h is not None else None
            if (h is not None and h is not a and h.kind == "person" and h.sector not in _OPEN and h.kb_id is None
                    and hm is not None and any(self.toks[k].ent_type != "PERSON" and self.toks[k].pos in (
                        "NOUN", "PROPN") for k in range(hm.start, t.i))):
                self._fill(a, h.country, h.org, h.sector)
                return
        for c in v.children(t.i, "compound"):
            if c.i < m.head and (c.tag in ("NNS", "NNPS") or c.text.endswith("s")):
                # (the first name of the list has the title before it: "Representatives Ann Kell")
                role = role_of(c.text, c.lemma)
                if role and role[1] == "person":
                    self._fill(a, sector=role[0])
                    return

    def _of_for(self, a: Draft, m: Mention) -> None:
        """"Patrice Talon of Benin", "Mike Lee of Utah": the place or body a person is of."""
        v = self.view
        generic = m.source == "ROLE" and v.lem[m.head] in _SPOKESPEOPLE
        for o in v.preps(m.head, "of") + (v.preps(m.head, "for") if generic else []):
            owner = self._owner(o.i)
            if owner is not None and owner is not a:
                self._fill(a, owner.country, owner.org)
                if owner.kind in ("organization", "group") and owner.sector not in ("SOC", None):
                    # "Arnel Cruz of the Western Mindanao Command": the body's sector, unless a
                    # closer cue (a title, an appositive) tells the person's own role
                    self._body_sector.setdefault(id(a), (a, owner.sector))
                    if m.source == "PERSON" and a.sector == "GOV" and a.kb_id is None and self._generic_title(m):
                        # "Chief Mara Lind of the port police": the body's sector, not
                        # the one a bare "chief" would be taken for
                        a.sector = owner.sector
                if generic and owner.kind in ("organization", "group") and owner.sector:
                    # "a spokesman for Borvik Holdings": the voice of that body, whatever a bare
                    # "spokesman" would be taken for
                    a.sector = owner.sector
                continue
            if o.ent_type == "GPE" and self.place_country is not None and not a.country:
                lo, hi = v.subtree_span(o.i)
                while lo < hi and self.toks[lo].pos == "DET":
                    lo += 1  # "of the United Kingdom"
                name = self.doc.text[self.toks[lo].start : self.toks[hi].end]
                self._fill(a, self.place_country(name))

    def _copula(self, a: Draft, m: Mention) -> None:
        """"X is a Turkish national", "X, who is a senator"."""
        v = self.view
        t = self.toks[m.head]
        verb = None
        if t.dep == "nsubj" and v.lem[t.head] == "be":
            verb = t.head
        elif t.dep in ("nsubj", "dobj", "pobj", "appos"):
            for rel in v.children(t.i, "relcl"):
                if v.lem[rel.i] == "be" and any(v.low[s.i] in ("who", "that") for s in v.children(rel.i, "nsubj")):
                    verb = rel.i
        if verb is None:
            return
        for attr in v.children(verb, "attr"):
            if attr.pos == "NOUN":
                self._role_phrase(a, attr)

    def _org_name(self, a: Draft) -> None:
        """The last word of an organisation's name ("Saha Airlines", "the Cyprus Mail")."""
        names = [m for m in a.mentions if m.source == "ORG"]
        words = [self.view.low[k] for m in names for k in range(m.start, m.end)]
        if a.sector in _OPEN or (a.sector in ("CVL", "SOC") and not a.kb_id):
            if set(words) & self.words["NGO_WORDS"]:
                a.sector = "NGO"  # "Civil Human Rights Front", "American Civil Liberties Union"
                return
        if a.sector not in _OPEN:
            return
        sectors = name_sectors()
        for m in names:
            # the last word, or the head of "Department of Water Affairs"
            for k in (m.end - 1, m.head):
                if self.view.low[k] in sectors:
                    a.sector = sectors[self.view.low[k]]
                    return

    def _media(self, a: Draft) -> None:
        """An unknown organisation that reports, publishes or is told something is an outlet."""
        v = self.view
        for m in a.mentions:
            if m.source != "ORG":
                continue
            t = self.toks[m.head]
            h = v.head(t.i)
            if h is None:
                continue
            if t.dep == "nsubj" and v.lem[h.i] in self.words["MEDIA_VERBS"]:
                a.sector = "JRN"
                return
            if t.dep in ("dobj", "dative") and v.lem[h.i] in self.words["TOLD_VERBS"]:
                a.sector = "JRN"
                return
            if t.dep == "pobj" and v.low[h.i] == "to" and v.lem[h.head] in ("accord",):
                continue  # "according to the agency" says nothing of what it is

    def _generic_title(self, m: Mention) -> bool:
        """Is every role word before the name in the mention a generic head ("chief", "head",
        "director"), so that only a body can say what the person does?"""
        words = [t for t in self.toks[m.start : m.head] if t.ent_type != "PERSON" and t.pos in ("NOUN", "PROPN")]
        roles = [t for t in words if role_of(t.text, t.lemma) is not None]
        return bool(roles) and all(self.view.lem[t.i] in GENERIC_HEADS or t.text.lower() in GENERIC_HEADS
                                   for t in roles)

    def _legislature(self, a: Draft) -> None:
        """A chair, leader or member of a House, Senate or committee is a legislator; a
        candidate is a party's (an opposition candidate the opposition's)."""
        if a.kb_id is not None and a.sector not in _OPEN:
            return
        v = self.view
        for m in a.mentions:
            # the mention and the title phrase hung on its head ("Opposition presidential candidate")
            lo = min(m.start, v.subtree_span(m.head)[0])
            words = {v.low[k] for k in range(lo, m.end)}
            if a.sector in _OPEN | {"GOV"} and words & self.words["LEG_TITLES"] and words & self.words["LEGISLATURE"]:
                a.sector = "LEG"
                return
            if a.sector in _OPEN | {"ELI"} and words & self.words["CANDIDATE"]:
                a.sector = "OPP" if "opposition" in words else "PTY"
                return
