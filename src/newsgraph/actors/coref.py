"""In-document coreference of actor mentions: which mentions are one actor.

The actors stage finds mentions (names, role phrases, pronouns) and reads each
with ``newsgraph.actors.phrase.describe``; :class:`Grouper` then groups them:

- names by KB entry, full name, surname or a shorter form of the name;
- an unnamed office ("Russia's top diplomat", "The Libyan foreign minister")
  with the named person of that country holding it in the text, else the KB's
  holder on the document date; "his Libyan counterpart" takes the office of
  whoever "his" is;
- he/she/his/her with the nearest compatible person (same sentence, subject
  first, then up to two sentences back);
- "her government" with the government of her country; a state's name,
  capital and government are one actor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from newsgraph.kb import KnowledgeBase
from newsgraph.kb.countries import country_names
from newsgraph.actors.drafts import Draft, Mention
from newsgraph.actors.groupref import GROUP_PRONOUNS, GroupPronouns
from newsgraph.kb.lexicon import (
    ANAPHOR_ARMED_OR_POLITICAL,
    ANAPHOR_BUSINESS,
    ANAPHOR_CHURCH,
    ANAPHOR_KNOWN_BODY,
    ANAPHOR_PARTY,
    ANAPHOR_TEAM,
    ANAPHOR_UNION,
    CORPORATE_SUFFIXES,
    FEMALE_HONORIFICS,
    FEMALE_KIN,
    FEMALE_PRONOUNS,
    HUMAN_NOUNS,
    MALE_HONORIFICS,
    MALE_KIN,
    MALE_PRONOUNS,
    PERSON_TITLE_HEADS,
    ROLE_NOUNS,
    SUSPECT_NOUNS,
)
from newsgraph.kb.model import name_key, person_key
from newsgraph.kb.names import gender_of
from newsgraph.actors.phrase import Description, describe
from newsgraph.lang.tables import TableError, data_file
from newsgraph.model import NewsDoc, Token


def _by_word(groups, what: str) -> dict:
    """word -> value over (word class, value) pairs; a word in two classes would leave one reading dead."""
    out: dict = {}
    for words, value in groups:
        for w in words:
            if w in out:
                raise TableError(f"{data_file('actor_words.txt')}: {w!r} is in two {what} classes; keep it in one")
            out[w] = value
    return out


PRONOUN_GENDER = _by_word(((MALE_PRONOUNS, "m"), (FEMALE_PRONOUNS, "f")), "pronoun")
_ARMED_OR_POLITICAL = frozenset({"REB", "MIL", "UAF", "OPP", "PTY", "IMG"})
#: sectors of bodies the KB or the words identify (not an unknown name, not the media)
_KNOWN_BODIES = frozenset({"GOV", "CVL", "MED", "REF", "AGR", "EDU", "LAB", "REL", "SPY", "COP", "JUD", "LEG",
                           "BUS", "SOC"})
#: definite descriptions that refer back to a named organisation: head -> the sectors it may
#: have. "Microsoft ... the company", "Hamas ... the group".
#: The heads are word classes of actor_words.txt, one per group of sectors.
DEFINITE_ANAPHORS: dict[str, frozenset] = _by_word((
    (ANAPHOR_BUSINESS, frozenset({"BUS"})),
    (ANAPHOR_ARMED_OR_POLITICAL, _ARMED_OR_POLITICAL),
    (ANAPHOR_KNOWN_BODY, _KNOWN_BODIES),
    (ANAPHOR_PARTY, frozenset({"PTY", "OPP"})),
    (ANAPHOR_TEAM, frozenset({"SOC"})),
    (ANAPHOR_CHURCH, frozenset({"REL"})),
    (ANAPHOR_UNION, frozenset({"LAB"})),
), "ANAPHOR_")


@lru_cache(maxsize=8192)  # (read for every person named so far, at each new full name)
def _skeleton(name: str) -> str:
    """A name's consonant frame, for spellings of one transliterated name: vowels are one
    letter, an "h" inside a word is dropped, doubled letters are one ("mohammed" = "muhammad")."""
    out = []
    for w in name.split():
        w = w[:1] + w[1:].replace("h", "")
        w = "".join("a" if c in "aeiouy" else c for c in w)
        out.append("".join(c for k, c in enumerate(w) if k == 0 or c != w[k - 1]))
    return " ".join(out)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (short names only)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


#: dependencies of a noun that is an argument ("convicted a man", "the suspect fled")
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "attr", "conj"})


class Grouper:
    """Groups mentions into actors (in-document coreference)."""

    def __init__(self, doc: NewsDoc, kb: KnowledgeBase, mentions: list[Mention]):
        self.doc = doc
        self.kb = kb
        self.day = doc.published
        self.tokens = doc.tokens
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.drafts: dict[tuple, Draft] = {}
        self.by_head: dict[int, Mention] = {}
        # name indexes, so long documents stay linear: person drafts by the
        # last word of their name, organisation drafts by their first word
        self._by_last: dict[str, list[Draft]] = {}
        self._by_first: dict[str, list[tuple[list[str], Draft]]] = {}
        self._groups: GroupPronouns | None = None  # built on first use
        self._acronyms: dict[str, Draft] = {}  # acronyms a text gives in brackets after a name

    def _index(self, a: Draft) -> None:
        words = name_key(a.name).split()
        if not words:
            return
        if a.kind == "person":
            self._by_last.setdefault(person_key(a.name).split()[-1], []).append(a)
        if a.key[0] == "org":
            self._by_first.setdefault(words[0], []).append((words, a))

    def draft(self, key: tuple, m: Mention, d: Description, name: str) -> Draft:
        a = self.drafts.get(key)
        if a is None:
            a = self.drafts[key] = Draft(key, name, d.kind, d.country, d.org, d.sector, d.title, d.office,
                                         d.entry.id if d.entry else None, text_sector=d.text_sector)
            if d.entry is not None:
                a.gender = d.entry.gender
            self._index(a)
        else:
            self._merge(a, d)
        self.attach(a, m)
        return a

    def attach(self, a: Draft, m: Mention) -> None:
        m.actor = a
        a.mentions.append(m)
        if self._groups is not None:
            self._groups.note(m)

    def group_pronouns(self) -> GroupPronouns:
        if self._groups is None:
            self._groups = GroupPronouns(self)
        return self._groups

    @staticmethod
    def _merge(a: Draft, d: Description) -> None:
        if d.country and not a.country:
            a.country, a.org = d.country, d.org
        # a KB person's current office is not rewritten by a later appositive
        # ("Carrie Lam, the chief executive of Hong Kong" stays GOV)
        locked = a.kb_id is not None and a.kind == "person" and a.sector not in (None, "ELI")
        if d.sector and not locked and (not a.sector or (d.text_sector and not a.text_sector)):
            a.sector, a.text_sector = d.sector, d.text_sector or a.text_sector
        if d.office and not a.office:
            a.office = d.office
        if d.title and not a.role:
            a.role = d.title

    def text(self, m: Mention) -> str:
        return self.doc.text[self.tokens[m.start].start : self.tokens[m.end - 1].end]

    def run(self) -> list[Draft]:
        toks = self.tokens
        for m in self.mentions:
            if m.source != "PRON" and m.desc is None:
                m.desc = describe(toks[m.start : m.end], toks[m.head], self.kb, self.day, label=m.source,
                                  person_name=m.person_name)
                if m.home and m.desc.entry is not None and m.desc.entry.kind == "demonym":
                    # a people in another country is coded by where they live, as a minority
                    m.desc.country, m.desc.org = m.home, None
            self.by_head[m.head] = m
        # 1. names: KB entries and full names first, so surnames and titles find them
        persons = [m for m in self.mentions if m.source == "PERSON"]
        persons.sort(key=lambda m: -len(self._name_tokens(m)))
        surnames: dict[str, Draft] = {}
        for m in persons:
            d = m.desc
            name_toks = self._name_tokens(m)
            name = (self.doc.text[name_toks[0].start : name_toks[-1].end] if name_toks else self.text(m))
            shared = self._shared_surname(m, name_toks)
            if shared:
                name = f"{name} {shared}"  # "Anna and Piotr Zielinski": Anna Zielinski
            key = person_key(name)
            last = key.split()[-1] if name_toks and key else key  # ("Hallworth" of "Robert J. Hallworth Jr.")
            longer = self._longer_name(key)
            if shared:
                a = self.draft(("person", key), m, d, name)
            elif d.entry is not None:
                a = self.draft(("kb", d.entry.id), m, d, d.entry.name)
            elif len(name_toks) == 1 and last in surnames and gender_of(last) is None:
                # a lone surname joins the full name; a lone given name ("Mohamed") does not
                a = surnames[last]
                self._merge(a, d)
                self.attach(a, m)
            elif len(name_toks) == 1 and (given := self._given_name_holder(key, m.start)) is not None:
                # "Paweł was 53" after "Paweł Adamowicz": the one person named in full with it
                a = given
                self._merge(a, d)
                self.attach(a, m)
            elif longer is not None:
                a = longer  # "al-Muhandis" after "Abu Mahdi al-Muhandis"
                self._merge(a, d)
                self.attach(a, m)
            elif len(name_toks) >= 2 and (variant := self._spelling_variant(key)) is not None:
                a = variant  # "Hamza bin Ladin" after "Hamza bin Laden": one name, two transliterations
                self._merge(a, d)
                self.attach(a, m)
            elif len(name_toks) >= 2 and m.end - m.start > len(name_toks) and len(
                    known := [e for e in self.kb.find(name, surnames=False) if e.kind == "person"]) == 1:
                # "former Prime Minister of the United Kingdom Theresa May": the title ran into
                # the name and hid it from the knowledge base; the name alone is known
                a = self._kb_person(known[0], d)
                self.attach(a, m)
            else:
                a = self.draft(("person", key), m, d, name)
            if len(name_toks) >= 1:
                surnames.setdefault(last, a)
            a.gender = a.gender or self._honorific_gender(m) or (gender_of(name_toks[0].text) if name_toks else None)
        # 2. everything else, in text order (antecedents come first)
        for m in self.mentions:
            if m.actor is not None or m.source == "PERSON":
                continue
            if m.source == "PRON" and m.gender in ("m", "f"):
                self.pronoun(m)
            elif m.source == "DEF":
                self.definite(m)
            elif m.source != "PRON":
                self.other(m)
        # 3. they/it/we once every name and role has its actor
        for m in self.mentions:
            if m.source == "PRON" and m.actor is None and m.gender in ("pl", "n", "we", "i"):
                a = self.group_pronouns().resolve(m)
                if a is not None and m.actor is None:
                    self.attach(a, m)
        return [a for a in self.drafts.values() if a.mentions]

    def _titled_person(self, head: str, at: int, words: list[str] | None = None) -> Draft | None:
        """The person last named before token ``at`` with a title ending in ``head`` ("the
        mayor" after "Paweł Adamowicz, mayor of Gdańsk"; "the Pope" after "Pope Francis").
        With the mention's ``words``, the title must end with all of them ("the Attorney
        General" is not "Major General Ali Bashir")."""
        best, best_at = None, -1
        for a in self.drafts.values():
            if a.kind != "person" or not a.role:
                continue
            role = name_key(a.role).split()
            if role[-1:] != [head] or (words and role[-len(words):] != words):
                continue
            named = [x.start for x in a.mentions if x.source == "PERSON" and x.start < at]
            if named and max(named) > best_at:
                best, best_at = a, max(named)
        return best

    def _suspect_before(self, at: int) -> Draft | None:
        """The one person last called a suspect or an attacker before token ``at``."""
        best, best_at = None, -1
        for a in self.drafts.values():
            if a.kind != "person":
                continue
            for x in a.mentions:
                if x.start < at and x.start > best_at and self.tokens[x.head].lemma.lower() in SUSPECT_NOUNS \
                        and self.tokens[x.head].tag != "NNS":
                    best, best_at = a, x.start
        return best

    def _given_name_holder(self, key: str, at: int) -> Draft | None:
        """The one person named in full before token ``at`` whose first name is ``key``."""
        hits = {id(a): a for a in self.drafts.values() if a.kind == "person" and a.kb_id is None
                and len(name_key(a.name).split()) >= 2 and name_key(a.name).split()[0] == key
                and any(x.start < at for x in a.mentions)}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _longer_name(self, key: str) -> Draft | None:
        """The one person already named whose full name ends with this shorter one."""
        if not key:
            return None
        suffix = " " + key
        last = key.split()[-1]
        hits = [a for a in self._by_last.get(last, ()) if a.kind == "person" and (
            name_key(a.name).endswith(suffix) or person_key(a.name).endswith(suffix))]
        return hits[0] if len(hits) == 1 else None

    def _shared_surname(self, m: Mention, name_toks: list[Token]) -> str | None:
        """The surname a lone given name shares with the full name coordinated after it
        ("Anna and Piotr Zielinski", "Ann and Rob Dane"), or None."""
        toks = self.tokens
        if len(name_toks) != 1 or gender_of(name_toks[0].text) is None:
            return None
        k = name_toks[0].i + 1
        if k + 2 >= len(toks) or toks[k].text.lower() != "and":
            return None
        first, surname = toks[k + 1], toks[k + 2]
        if first.ent_type != "PERSON" or surname.ent_type != "PERSON" or gender_of(first.text) is None:
            return None
        if k + 3 < len(toks) and toks[k + 3].ent_type == "PERSON":
            return None  # a longer name after: not plainly given name and surname
        return surname.text

    def _spelling_variant(self, key: str) -> Draft | None:
        """The one person already named whose full name is this one spelt another way: the same
        words once vowels and an inner "h" are set aside, at most two letters apart ("Usama bin
        Ladin" / "Osama bin Laden", "Khalid" / "Kaled"; not "Hassan" / "Hussein")."""
        skel, n = _skeleton(key), key.count(" ")
        hits = {id(a): a for a in self.drafts.values() if a.kind == "person" and (k := person_key(a.name)) != key
                and k.count(" ") == n and _skeleton(k) == skel and _edits(k, key) <= 2}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _name_tokens(self, m: Mention) -> list[Token]:
        toks = [t for t in self.tokens[m.start : m.end] if t.ent_type == "PERSON" and t.text not in ("'s", "’s")]
        if not toks and m.source == "PERSON":
            # a titled name the recogniser tagged as an organisation ("Taoiseach Sean Murphy")
            toks = [t for t in self.tokens[m.start : m.end] if t.pos == "PROPN"]
            # the name is the closing run of proper nouns from its given name on ("Senator from
            # Vermont Dana Reyes"), when a given name opens such a run
            run = []
            for t in reversed(self.tokens[m.start : m.end]):
                if t.pos != "PROPN":
                    break
                run.insert(0, t)
            given = next((k for k, t in enumerate(run[:-1]) if gender_of(t.text) is not None), None)
            if given is not None:
                toks = run[given:]
        # a title the recogniser took into the name ("Taoiseach Leo Varadkar") is not part of it
        while len(toks) > 2 and (ROLE_NOUNS.get(toks[0].text.lower()) or (None, ""))[1] == "person":
            toks = toks[1:]
        return toks

    def _honorific_gender(self, m: Mention) -> str | None:
        for t in self.tokens[m.start : m.end]:
            low = t.text.lower()
            if low in FEMALE_HONORIFICS or (t.ent_type != "PERSON" and t.lemma.lower() in FEMALE_KIN):
                return "f"
            if low in MALE_HONORIFICS or (t.ent_type != "PERSON" and t.lemma.lower() in MALE_KIN):
                return "m"  # ("her husband Zorvek Tolvik": the kin word is inside the mention)
        if m.start > 0:
            kin = self.tokens[m.start - 1].lemma.lower()
            if kin in FEMALE_KIN:
                return "f"
            if kin in MALE_KIN:
                return "m"
        return None

    # --- unnamed mentions ---

    def other(self, m: Mention) -> None:
        d = m.desc
        toks = self.tokens
        head = toks[m.head]
        lem = head.lemma.lower()
        if m.appos_of is not None and m.appos_of in self.by_head and self.by_head[m.appos_of].actor:
            a = self.by_head[m.appos_of].actor
            self._merge(a, d)
            self.attach(a, m)
            text = self.text(m)
            if text.isupper() and text.isalpha():
                self._acronyms.setdefault(text, a)  # "(USCIRF)": later "USCIRF" is the same body
            return
        if m.source == "ORG" and self.text(m) in self._acronyms:
            a = self._acronyms[self.text(m)]
            self._merge(a, d)
            self.attach(a, m)
            return
        owner = self.resolve_possessor(m)
        if d.entry is not None and d.kind in ("organization", "group"):
            role = d.entry.role_on(self.day)
            if role is not None and role.country == "NGO" and d.country not in (None, "NGO"):
                # a national society of an international movement ("the Palestinian Red
                # Crescent", "the American Red Cross") is its own body, of its own country
                a = self.draft(("kb", d.entry.id, d.country), m, d, self.text(m))
                a.kb_id = None  # not the international body the KB entry is
                return
            self.draft(("kb", d.entry.id), m, d, self.text(m) if d.entry.kind == "demonym" else d.entry.name)
            return
        if m.source == "AGENT":
            d.kind, d.sector = "state", "GOV"
            self.state(m, d)
            return
        if d.entry is not None and d.kind == "state" and d.sector == "GOV":
            self.state(m, d)
            return
        if d.kind == "person" and not d.plural:
            if lem == "counterpart" and owner is not None:
                d.office = d.office or owner.office
                d.sector = d.sector or owner.sector
            if owner is not None and owner.kind == "person" and lem != "counterpart" and not d.country:
                d.country = owner.country  # "his envoy"
            a = self.person_for_office(d, m.start) if (lem in PERSON_TITLE_HEADS or lem == "counterpart") else None
            if a is None and lem in SUSPECT_NOUNS and toks[m.start].text.lower() in ("the", "this"):
                a = self._suspect_before(m.start)  # "a gunman ... the suspect": one person
            if a is None and toks[m.start].text.lower() in ("the", "this") and lem != "counterpart" \
                    and not d.country and m.end == m.head + 1:
                # "The governor" after "Governor Kay Ivey" (not "the president of Armenia")
                words = name_key(self.text(m)).split()
                words = [w for w in words[1:]] if words and words[0] in ("the", "this") else words
                a = self._titled_person(lem, m.start, words[:-1] + [lem])
            if a is not None:
                self._merge(a, d)
                self.attach(a, m)
                return
        if owner is not None and not d.country:
            d.country, d.org = owner.country, owner.org
        if d.kind == "state" or (lem in ("government", "administration", "authorities", "regime", "leadership")
                                 and d.country):
            d.kind = "state"
            self.state(m, d)
            return
        if m.source in ("ORG", "FAC") and d.entry is None:
            person = self._longer_name(name_key(self.text(m)))
            if person is not None:
                self.attach(person, m)  # "al-Muhandis" tagged as an organisation
                return
            name = self.text(m)
            words = name_key(name).split()
            # "Cenergy" after "Cenergy Corp": one name a word-prefix of the other, unambiguously
            same = [a2 for w2, a2 in (self._by_first.get(words[0], ()) if words else ())
                    if w2[: len(words)] == words or words[: len(w2)] == w2]
            if not same and words:
                # "the Supreme Court" after "the US Supreme Court": the name without its country
                same = [a2 for ws in self._by_first.values() for w2, a2 in ws
                        if len(w2) > len(words) and w2[-len(words):] == words and all(
                            self._is_country_word(w) for w in w2[: -len(words)])]
            if len(same) == 1:
                self._merge(same[0], d)
                self.attach(same[0], m)
                return
            self.draft(("org", name_key(name)), m, d, name)
            return
        bare = m.start == m.head and (toks[m.head].tag in ("NNS", "NNPS") or lem == "police")  # "Police said"
        if ((toks[m.start].text.lower() in ("the", "these", "those") or bare) and m.end == m.head + 1
                and not d.country and m.possessor is None and d.kind in ("group", "organization")):
            # "Houthi rebels fired ... The rebels said": the bare definite group is the one named
            # before with the same head noun; so is a body named before with that noun last
            # ("the Southern Transitional Council ... the council", "the Kenyan National Police ... Police")
            before = [(max(x.start for x in a.mentions if x.start < m.start), a) for a in self.drafts.values()
                      if (a.sector == d.sector or d.sector is None) and any(
                          x.start < m.start and toks[x.head].lemma.lower() == lem and (
                              (x.source == "ROLE" and a.kind == d.kind and a.country)
                              or (x.source == "ORG" and x.head == x.end - 1 and a.kind in ("organization", "group")
                                  and (a.country or not bare)))
                          for x in a.mentions)]
            if before:
                a = max(before, key=lambda b: b[0])[1]
                self._merge(a, d)
                self.attach(a, m)
                return
        key = ("role", d.kind, d.country, d.org, d.sector, d.office or lem)
        self.draft(key, m, d, self.text(m) if d.kind != "group" or not d.country else self.text(m))

    def _is_country_word(self, word: str) -> bool:
        """A state's name or its people's ("us", "kenyan"), as it begins a body's name."""
        found = self.kb.find(word)
        return bool(found) and found[0].kind in ("state", "demonym")

    def definite(self, m: Mention) -> None:
        """ "the company" after "Microsoft": the nearest named organisation that fits, up to
        three sentences back; unresolved, the phrase is no actor."""
        toks = self.tokens
        lem = toks[m.head].lemma.lower()
        sectors = DEFINITE_ANAPHORS.get(lem)
        ms = toks[m.start].sent
        best = None
        for o in self.mentions:
            if o.start >= m.start:
                break
            a = o.actor
            if a is None or o.source not in ("ORG", "ROLE") or a.kind not in ("organization", "group"):
                continue
            corporate = a.sector is None and name_key(a.name).split()[-1:] in ([w] for w in CORPORATE_SUFFIXES)
            fits = a.sector in sectors or (corporate and "BUS" in sectors)
            if ms - toks[o.start].sent > 3 or not fits:
                continue  # (a newspaper is "the paper", not "the organisation")
            if o.source == "ROLE" and toks[o.head].lemma.lower() != lem:
                continue  # a role phrase counts only with the same head ("a Kenyan company")
            if a.country == "IGO" and lem in ("company", "firm", "bank"):
                continue
            best = a
        if best is not None:
            self.attach(best, m)

    def state(self, m: Mention, d: Description) -> None:
        country = d.country
        if country is None:
            return
        name = d.org if country in ("IGO", "NGO", "IMG") and d.org else country_names().get(country, country)
        sector = d.sector or "GOV"
        d.sector = sector
        a = self.draft(("state", country, d.org, sector), m, d, name)
        a.kind = "state" if country not in ("IGO", "NGO", "IMG") else "organization"
        if country not in ("IGO", "NGO", "IMG"):
            a.kb_id = f"ng:state/{country}"

    def person_for_office(self, d: Description, at: int | None = None) -> Draft | None:
        """The named person holding this office: in the text first, then in the KB on the date."""
        if not d.office:
            return None
        if not d.country:
            # "the President" after "President Donald Trump", "The governor" after "Governor Kay
            # Ivey": the one holder named in the text (known to the KB, else named before it)
            hits = [a for a in self.drafts.values() if a.kind == "person" and a.office == d.office and a.kb_id]
            if not hits and at is not None:
                named = [(max(x.start for x in a.mentions if x.start < at), a) for a in self.drafts.values()
                         if a.kind == "person" and a.office == d.office
                         and any(x.source == "PERSON" and x.start < at for x in a.mentions)]
                if named:
                    return max(named, key=lambda b: b[0])[1]
            if len(hits) > 1 and at is not None:
                # several holders named: the one mentioned last before this mention
                before = [(max((x.start for x in a.mentions if x.start < at), default=-1), a) for a in hits]
                before = [b for b in before if b[0] >= 0]
                return max(before, key=lambda b: b[0])[1] if before else None
            if len(hits) == 1:
                return hits[0]
            if hits:
                return None
            # an office only one country has ("the Pope"): its holder on the day, wherever the story is
            entry = self.kb.sole_office_holder(d.office, self.day)
            return self._kb_person(entry, d) if entry is not None else None
        hits = [a for a in self.drafts.values()
                if a.kind == "person" and a.country == d.country and a.office == d.office]
        if len(hits) == 1:
            return hits[0]
        if hits:
            return None
        entry = self.kb.office_holder(d.country, d.office, self.day, d.org)
        if entry is None:
            return None
        return self._kb_person(entry, d)

    def _kb_person(self, entry, d: Description) -> Draft:
        key = ("kb", entry.id)
        a = self.drafts.get(key)
        if a is None:
            role = entry.role_on(self.day)
            a = self.drafts[key] = Draft(key, entry.name, "person", role.country if role else d.country,
                                         role.org if role else None, role.sector if role else d.sector,
                                         role.title if role else d.title, d.office, entry.id, entry.gender)
            self._index(a)
        return a

    def resolve_possessor(self, m: Mention) -> Draft | None:
        if m.possessor is None:
            return None
        t = self.tokens[m.possessor]
        g = PRONOUN_GENDER.get(t.text.lower())
        if g is None and t.pos == "PRON" and t.text.lower() in GROUP_PRONOUNS:
            # "their leaders", "its forces": the group's, when plain
            p = Mention(m.possessor, m.possessor + 1, m.possessor, "PRON", gender=GROUP_PRONOUNS[t.text.lower()])
            a = self.group_pronouns().resolve(p)
            if a is not None:
                self.attach(a, p)
            return a
        if g is None:
            # a name: "Hifter's forces" belong to Hifter's side
            owner = next((o for o in self.mentions if o.start <= m.possessor < o.end and o.actor), None)
            return owner.actor if owner else None
        p = Mention(m.possessor, m.possessor + 1, m.possessor, "PRON", gender=g)
        a = self.antecedent(p)
        if a is not None:
            self.attach(a, p)
        return a

    def pronoun(self, m: Mention) -> None:
        a = self.antecedent(m)
        if a is not None:
            self.attach(a, m)

    def _new_person_between(self, a: Draft, m: Mention, p: Mention) -> bool:
        """Is someone else introduced between mention ``m`` and pronoun ``p``?

        A singular person noun that no actor holds ("convicted a 45-year-old",
        "the suspect") is a likelier antecedent than a person named sentences
        earlier, even though it made no mention of its own.
        """
        toks = self.tokens
        own = {k for x in a.mentions for k in range(x.start, x.end)}
        for t in toks[m.end : p.start]:
            if t.i in own:
                continue
            # "a 45-year-old" (tokenised 45 - year - old) is someone
            aged = t.text.lower() == "old" and t.i >= 2 and toks[t.i - 2].text.lower() in ("year", "years") \
                and t.dep in _ARG_DEPS
            if not aged and (t.pos != "NOUN" or t.tag != "NN" or t.dep not in _ARG_DEPS):
                continue
            low = t.text.lower()
            if aged or low in HUMAN_NOUNS or ROLE_NOUNS.get(t.lemma.lower(), ("", ""))[1] == "person":
                held = self.by_head.get(t.i)
                if held is None or held.actor is not a:
                    return True
        return False

    def antecedent(self, p: Mention) -> Draft | None:
        """Nearest compatible person: same sentence (subject first), then up to two sentences back.

        Within a sentence the main clause's subject comes first, then other subjects,
        then the nearest mention.

        An earlier resolved pronoun counts as a mention of its person, so a
        chain of "she ... she" carries through a long paragraph; a person of
        the pronoun's known gender is found up to five sentences back.
        """
        toks = self.tokens
        ps = toks[p.start].sent
        # a pronoun that is its own main clause's subject continues the previous topic
        pt = toks[p.head]
        p_main = pt.dep in ("nsubj", "nsubjpass") and toks[pt.head].dep == "ROOT"
        best: tuple[tuple, Draft] | None = None
        for m in self.mentions:
            if m.start >= p.start:
                break
            a = m.actor
            if a is None or a.kind != "person":
                continue
            dist = ps - toks[m.start].sent
            if dist < 0 or dist > 5 or (dist > 2 and not (a.gender and a.gender == p.gender)):
                continue
            if a.gender and p.gender and a.gender != p.gender:
                continue
            if dist >= 2 and self._new_person_between(a, m, p):
                continue  # "Obama spoke ... A court convicted a 45-year-old. He was sentenced"
            # a possessive in the mention's own phrase cannot point to it ("his counterpart")
            if m.start <= p.start < m.end:
                continue
            subj = toks[m.head].dep in ("nsubj", "nsubjpass")
            # the topic is the main clause's subject: in "Blagojevich was jailed after he tried to
            # sell Obama's seat after Obama was elected. He was sentenced", "He" is Blagojevich
            main = p_main and dist > 0 and subj and toks[toks[m.head].head].dep == "ROOT"
            score = (-dist, main, subj, m.start)
            if best is None or score > best[0]:
                best = (score, a)
        return best[1] if best else None
