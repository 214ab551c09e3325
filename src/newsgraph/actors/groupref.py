"""Plural and organisational pronouns: "they", "it", "its", "their", and "we" in a quote.

He/she follow people (``newsgraph.actors.coref``); the pronouns here follow
groups, organisations and states. They are resolved only where the text makes
the antecedent plain, since a wrong link is worse for the events stage than
none:

- the pronoun agrees in number: "they/them/their" with a plural noun phrase
  ("protesters", "the police", "Houthi rebels"), "it/its" with a singular
  organisation or state ("the army", "Microsoft", "Russia");
- in its own sentence the pronoun takes the nearest agreeing noun phrase before
  it; the subject of a speech verb wins for the subject of its reported clause
  ("The rebels told reporters they would fight": the rebels); an object
  pronoun never takes the subject of its own verb ("Police beat them");
- failing that, the first agreeing subject of the previous sentence (the topic
  a new sentence usually continues);
- the first agreeing candidate decides: when it is not an actor ("the plan ...
  it") the pronoun stays unresolved rather than skipping to a farther actor;
- expletive "it" ("it is unclear", "it seems") is left alone;
- "I/me/my" inside quotation marks is the speaker, when one person speaks;
- "we/us/our" inside quotation marks is the speaker's group: the organisation
  or state speaking, the organisation named in a spokesman's title ("a
  Taliban spokesman"), or the government of a minister or official. Outside a
  quote "we" is the writer and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.attribution.lexicon import SPEECH_VERBS
from newsgraph.actors.phrase import Description, describe, kb_matches
from newsgraph.model import Token

if TYPE_CHECKING:
    from newsgraph.actors.drafts import Draft, Grouping, Mention

#: pronoun -> class: "pl" plural, "n" singular neuter, "we" first person plural
GROUP_PRONOUNS = {"they": "pl", "them": "pl", "their": "pl", "theirs": "pl", "themselves": "pl",
                  "it": "n", "its": "n", "itself": "n",
                  "we": "we", "us": "we", "our": "we", "ours": "we", "ourselves": "we",
                  "i": "i", "me": "i", "my": "i", "mine": "i", "myself": "i"}

_SUBJ = frozenset({"nsubj", "nsubjpass"})
_NP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "attr", "conj", "poss", "ROOT"})
#: verbs whose subject "it" is usually an expletive or a thing, not an actor
_EXPLETIVE_VERBS = frozenset("be seem appear happen remain become take matter rain snow cost mean look feel sound "
                             "make get go come turn prove".split())
#: verbs whose passive takes an expletive "it" ("it was reported that ...")
_REPORTING_PASSIVES = frozenset("report say expect believe think know estimate fear understand announce decide "
                                "agree hope suggest claim allege rumour rumor feel consider note learn confirm "
                                "assume argue predict".split())
#: collective nouns that take "they" as often as "it" ("the team ... their robot")
_COLLECTIVE = frozenset("team group government family couple crew committee band club party delegation "
                        "council board panel jury staff police army military company".split())
#: nouns always read as plural although tagged singular
_PLURAL_NOUNS = frozenset({"police", "people", "clergy", "militia", "personnel", "staff", "youth", "public"})
# "X said they ...": the speech-verb lexicon the quotes stage uses
_SPEECH = SPEECH_VERBS
_GROUP_KINDS = frozenset({"organization", "state", "group"})


def token_quote_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """Quoted passages from the tagger's reading of each mark (`` opens, '' closes).

    Straight quotes pair wrongly after one unmatched mark; the tagger decides
    each mark from its context, so one stray mark spoils one quote, not all
    that follow.
    """
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for t in tokens:
        if t.text in ("“", "``") or (t.text == '"' and t.tag == "``"):
            opened = t.start
        elif opened is not None and (t.text in ("”", "''") or (t.text == '"' and t.tag == "''")):
            out.append((opened, t.end))
            opened = None
    return out


class GroupPronouns:
    """Resolves the group pronouns of one document, after names and he/she."""

    def __init__(self, g: "Grouping"):
        self.g = g
        self.tokens: list[Token] = g.tokens
        self.covering: dict[int, "Mention"] = {}
        for m in g.mentions:
            if m.actor is not None:
                for k in range(m.start, m.end):
                    # the innermost (shortest) mention wins: "its" inside "its troops"
                    old = self.covering.get(k)
                    if old is None or (old.end - old.start) > (m.end - m.start):
                        self.covering[k] = m
        self._quotes: list[tuple[int, int]] | None = None

    def note(self, m: "Mention") -> None:
        """Record a mention attached after this resolver was built (chains: "they ... they")."""
        for k in range(m.start, m.end):
            old = self.covering.get(k)
            if old is None or old.actor is None or (old.end - old.start) >= (m.end - m.start):
                self.covering[k] = m

    # --- agreement -----------------------------------------------------------

    def _number(self, t: Token) -> str | None:
        """'pl', 'n' or None (a person, or not a noun phrase head) for a candidate token."""
        m = self.covering.get(t.i)
        if m is not None and m.actor is not None and m.head == t.i:
            a = m.actor
            if m.source == "PRON":
                return m.gender if m.gender in ("pl", "n") else None
            if a.kind == "person":
                return None
            if m.desc is not None and m.desc.plural:
                return "pl"
            if a.kind in _GROUP_KINDS and t.lemma.lower() in _COLLECTIVE and t.tag == "NN":
                return "coll"
            return "n" if a.kind in _GROUP_KINDS else None
        if t.pos == "PRON":
            return None
        if t.pos not in ("NOUN", "PROPN"):
            return None
        if t.ent_type == "PERSON":
            return None
        if t.tag in ("NNS", "NNPS") or t.lemma.lower() in _PLURAL_NOUNS or t.text.lower() in _PLURAL_NOUNS:
            return "pl"
        return "n"

    def _coordinated(self, t: Token) -> bool:
        """ "Russia and China": plural as a whole, but no single actor."""
        return any(c.dep == "conj" and c.head == t.i for c in self.tokens[t.i + 1 : t.i + 12])

    # --- resolution --------------------------------------------------------------

    def resolve(self, p: "Mention") -> "Draft | None":
        want = p.gender
        if want in ("we", "i"):
            return self._speaker_group(p)
        t = self.tokens[p.start]
        if want == "n" and t.text.lower() == "it":
            if t.dep not in _SUBJ and t.dep not in ("dobj", "pobj"):
                return None
            if t.dep in _SUBJ and self.tokens[t.head].lemma.lower() in _EXPLETIVE_VERBS:
                return None
            if t.dep == "nsubjpass" and self.tokens[t.head].lemma.lower() in _REPORTING_PASSIVES:
                return None  # "it was reported that", "it is expected to": expletive
        cands = list(self._candidates(p))
        for n, cand in enumerate(cands):
            num = self._number(cand)
            if num == "coll":
                # "the team ... they", "the army ... it"; but a true plural farther
                # back ("bureaucrats of the government ... they") makes it unclear
                if want == "pl" and any(self._number(c) == "pl" for c in cands[n + 1 :]):
                    return None
                num = want
            if num is None or num != want and not (want == "pl" and num == "n" and self._coordinated(cand)):
                continue
            if want == "pl" and self._coordinated(cand):
                return None  # "Russia and China ... they": not one actor
            m = self.covering.get(cand.i)
            if m is None or m.actor is None or m.head != cand.i:
                return None  # the nearest agreeing phrase is no actor: leave the pronoun alone
            return m.actor
        return None

    def _candidates(self, p: "Mention"):
        """Noun phrase heads the pronoun may refer to, best first."""
        toks = self.tokens
        t = toks[p.start]
        sents = self.g.doc.sentences
        s = sents[t.sent] if sents else None
        lo = s.token_start if s else 0
        own_verb = t.head if t.dep in ("dobj", "pobj", "dative") else None
        if t.dep == "pobj":
            own_verb = toks[t.head].head
        # the subject of a speech verb speaks of itself in its reported clause
        if t.dep in _SUBJ and toks[t.head].dep == "ccomp":
            verb = toks[toks[t.head].head]
            if verb.lemma.lower() in _SPEECH:
                subj = [c for c in toks[lo : verb.i] if c.head == verb.i and c.dep in _SUBJ]
                if subj:
                    yield subj[-1]
        # a possessive most often belongs to the subject of its own clause: "NASA tweeted
        # support via its account", "Twitter offered him a place at their company"
        # The possessed noun must be the verb's own argument (object, or object of a
        # preposition on the verb): inside a nominal ("supports the withdrawal of
        # fighters from its borders") the owner is not plain.
        if t.dep == "poss":
            owned = toks[t.head]
            v = toks[owned.head]
            if owned.dep == "pobj" and v.dep == "prep":
                v = toks[v.head]
            if owned.dep in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") and v.pos in ("VERB", "AUX"):
                # a verb without its own subject shares the one it is chained to:
                # "X said it was cleared ... and expects to file its application"
                for _ in range(4):
                    subj = [c for c in toks[lo : p.start] if c.head == v.i and c.dep in _SUBJ]
                    if subj or v.dep not in ("xcomp", "conj") or v.head == v.i:
                        break
                    v = toks[v.head]
                if subj:
                    yield subj[-1]
        for k in range(p.start - 1, lo - 1, -1):
            c = toks[k]
            if c.dep not in _NP_DEPS or c.i in range(p.start, p.end):
                continue
            if own_verb is not None and c.dep in _SUBJ and c.head == own_verb:
                continue  # "Police beat them": not the police
            if c.dep == "poss" and c.pos == "PRON" and self.covering.get(c.i) is None:
                continue
            yield c
        if s is None or t.sent == 0:
            return
        prev = sents[t.sent - 1]
        for k in range(prev.token_start, prev.token_end):
            c = toks[k]
            if c.dep in _SUBJ:
                yield c

    # --- "we" in a quote -----------------------------------------------------------

    def _speaker_group(self, p: "Mention") -> "Draft | None":
        toks = self.tokens
        t = toks[p.start]
        if self._quotes is None:
            self._quotes = token_quote_spans(self.tokens)
        q = next(((a, b) for a, b in self._quotes if a <= t.start < b), None)
        if q is None:
            return None
        speaker = self._speaker(q)
        if speaker is None:
            return None
        a = speaker.actor
        if p.gender == "i":
            # "I" in a quote is the speaker, when the speaker is one person
            return a if a.kind == "person" else None
        if a.kind in _GROUP_KINDS:
            return a
        if a.kind != "person":
            return None
        # "a Taliban spokesman": the organisation in the speaker's title
        for ms, me, entry in kb_matches(toks[speaker.start : speaker.end], self.g.kb):
            if entry.kind == "seat":
                # "the State Department spokesperson": the government it is the seat of
                sub = toks[speaker.start + ms : speaker.start + me]
                d = describe(sub, sub[-1], self.g.kb, self.g.day, label="ORG")
                if d.kind == "state" and d.country:
                    self.g.state(p, d)
                    return p.actor
                continue
            if entry.kind in ("organization", "group"):
                named = self._group_named(entry.id)
                if named is not None:
                    return named  # "Houthi rebels ... 'we'": the group already in the text
                sub = toks[speaker.start + ms : speaker.start + me]
                d = describe(sub, sub[-1], self.g.kb, self.g.day, label="ORG")
                return self.g.draft(("kb", entry.id), p, d, entry.name)
        # a minister or official of a state: its government
        if a.sector == "GOV" and a.country and a.country not in ("IGO", "NGO", "IMG") and a.org is None:
            d = Description(kind="state", country=a.country, sector="GOV")
            self.g.state(p, d)
            return p.actor
        return None

    def _group_named(self, entry_id: str) -> "Draft | None":
        """An actor of the text that is this KB organisation or a group of it ("Houthi rebels")."""
        toks = self.tokens
        for a in self.g.drafts.values():
            if a.kind not in _GROUP_KINDS or not a.mentions:
                continue
            if a.kb_id == entry_id:
                return a
            for m in a.mentions:
                if m.source != "PRON" and any(e.id == entry_id for _, _, e in kb_matches(toks[m.start : m.end],
                                                                                         self.g.kb)):
                    return a
        return None

    def _speaker(self, q: tuple[int, int]) -> "Mention | None":
        """The actor mention that is the subject of a speech verb outside the quote, next to it."""
        toks = self.tokens
        sents = self.g.doc.sentences
        if not sents:
            return None
        first = toks[self._token_at(q[0])].sent
        last = toks[self._token_at(q[1] - 1)].sent
        for si in dict.fromkeys((last, first, last + 1, first - 1)):
            if not 0 <= si < len(sents):
                continue
            s = sents[si]
            for k in range(s.token_start, s.token_end):
                v = toks[k]
                if q[0] <= v.start < q[1] or v.lemma.lower() not in _SPEECH or v.pos not in ("VERB", "AUX"):
                    continue
                for c in toks[s.token_start : s.token_end]:
                    if c.head == v.i and c.dep in _SUBJ and not q[0] <= c.start < q[1]:
                        m = self.covering.get(c.i)
                        if m is not None and m.actor is not None and m.source != "PRON" or (
                                m is not None and m.actor is not None and m.gender in ("m", "f")):
                            return m
        return None

    def _token_at(self, char: int) -> int:
        return self.g.doc.token_index(char) or 0
