"""Reading one mention: what a noun phrase says about its actor.

Given the tokens of a mention ("Russia's top diplomat", "an American
destroyer", "UN Special Envoy to Libya Jan Kubis") and the document date,
:func:`describe` returns a :class:`Description`: country, org, sector, office
title, kind and the KB entry when a name is known. Text comes first: a title
in the phrase sets the sector ("commander" is MIL) and a country word sets the
country; the KB fills what the text leaves open, with the role valid on the
date.

:func:`toponym_is_actor` decides metonymy for a country or capital name from
its syntactic use: an agent, patient or possessor ("Moscow supports",
"backed by Egypt", "Libya's government") is an actor, a locative ("in
Moscow", "from its borders") is a place.

Works on ``newsgraph.model.Token`` lists so any stage (and the eval) can use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from newsgraph.kb import KBEntry, KnowledgeBase
from newsgraph.kb.lexicon import (
    ACTOR_PREPS,
    ASSOCIATIONS,
    COMMUNITY_HEADS,
    FAITHS,
    FORCE_DESCRIPTORS,
    FORMER,
    FROM_SOURCE,
    GENERIC_HEADS,
    HYPHEN_VERBS,
    MODIFIER_SECTORS,
    MOTION_VERBS,
    NOT_OWN_PREPS,
    ON_TARGET,
    PLACE_NOUNS,
    PLACE_OPENERS,
    REGIONAL,
    ROLE_NOUNS,
    STANCE_PREFIXES,
    STATE_HEADS,
    STATE_MEDIA,
    TITLE_WORDS,
    TO_RECIPIENT,
    WEAK_MODIFIERS,
    after_stance,
    agent_sector,
    canonical_title,
    kb_title,
    role_of,
    role_of_misspelt,
)
from newsgraph.model import Token

#: modifiers that name an affiliation and override any head ("rebel soldiers")
_AFFILIATION = frozenset({"REB", "OPP", "REF"})


@dataclass(slots=True)
class Description:
    kind: str  # person|organization|state|group|other
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    title: str | None = None  # as written ("top diplomat") or from the KB
    office: str | None = None  # canonical office ("foreign minister")
    entry: KBEntry | None = None
    text_sector: bool = False  # the sector came from the words of the mention
    plural: bool = False
    former: bool = False
    name: str | None = None


def _span_text(tokens: Sequence[Token]) -> str:
    return "".join(t.text + t.whitespace for t in tokens).strip()


def kb_matches(tokens: Sequence[Token], kb: KnowledgeBase, *, max_len: int = 10) -> list[tuple[int, int, KBEntry]]:
    """Longest KB names in a token run, left to right: (start, end, entry), token offsets."""
    out: list[tuple[int, int, KBEntry]] = []
    i, n = 0, len(tokens)
    last_known = -1  # where the last known name (kept or not) ended
    while i < n:
        t = tokens[i]
        # names start with a capital letter, or are entity tokens ("al-Qaeda")
        if not (t.text[:1].isupper() or t.ent_type or t.text[:3].lower() in ("al-", "el-")):
            i += 1
            continue
        hit = None
        for j in range(min(n, i + max_len), i, -1):
            if tokens[j - 1].text in ("'s", "’s", ",", "-", "(") and j - 1 > i:
                continue
            # a lone surname matches only as the whole run ("Kishida said"), not
            # inside another name ("Michel" in "Michel Cote")
            found = kb.find(_span_text(tokens[i:j]), surnames=(i == 0 and j == n))
            if found:
                hit = (i, j, found[0])
                break
        if hit:
            # "UN-supported government": the UN does not describe the government
            j = hit[1]
            hyphen_verb = j + 1 < n and tokens[j].text in ("-", "–") and tokens[j + 1].text.lower() in HYPHEN_VERBS
            # "anti-Syria journalist", "pro-Russian separatists": the stance, not the country
            stance = i >= 2 and tokens[i - 1].text in ("-", "–") and tokens[i - 2].text.lower() in STANCE_PREFIXES
            stance = stance or tokens[i].text.lower().split("-")[0] in STANCE_PREFIXES and "-" in tokens[i].text or (
                i >= 1 and tokens[i].text in ("-", "–") and tokens[i - 1].text.lower() in STANCE_PREFIXES)
            # "Hamza bin Laden" is not Osama: a known surname after an unknown given name
            other_person = (hit[2].kind == "person" and i > 0 and tokens[i - 1].pos == "PROPN"
                            and tokens[i - 1].text[:1].isupper() and tokens[i - 1].ent_type not in ("GPE", "NORP")
                            and tokens[i - 1].text.lower().rstrip(".") not in TITLE_WORDS
                            and role_of(tokens[i - 1].text) is None)
            # "New Jersey", "New Mexico": a state's name inside another place's
            inside = (hit[2].kind in ("state", "capital", "demonym") and i > 0
                      and tokens[i - 1].text.lower() in PLACE_OPENERS and tokens[i - 1].text[:1].isupper())
            # "Liberal Democratic Party": a known body's name that is only the end of a longer
            # name the recogniser reads as one (an unknown body, not the known one)
            # (not after a known name: "Belarusian KGB" is the KGB of Belarus)
            inside = inside or (hit[2].kind not in ("person", "state", "capital", "demonym") and i > 0
                                and last_known != i
                                and tokens[i].ent_iob == "I" and tokens[i].ent_type in ("ORG", "NORP")
                                and tokens[i - 1].ent_type == tokens[i].ent_type
                                and tokens[i - 1].pos == "PROPN" and tokens[i - 1].text[:1].isupper())
            if not hyphen_verb and not stance and not other_person and not inside:
                out.append(hit)
            i = last_known = hit[1]
        else:
            i += 1
    return out


def describe(
    tokens: Sequence[Token],
    head: Token,
    kb: KnowledgeBase,
    day: date | None,
    *,
    label: str = "",
    person_name: bool = False,
) -> Description:
    """What the mention ``tokens`` (with syntactic ``head``) says about its actor.

    ``person_name``: the mention is known to name a person although its words
    are a place's ("Amman" for a man named Ali Amman), so no toponym entry covers it.
    """
    matches = kb_matches(tokens, kb)
    head_pos = next((k for k, t in enumerate(tokens) if t.i == head.i), len(tokens) - 1)
    words = [t.text.lower() for t in tokens]
    lemma = head.lemma.lower()
    hword = head.text.lower()
    d = Description(kind="other")

    # --- a named entry that covers the head (person, organisation, state...)
    own = next((m for m in matches if m[0] <= head_pos < m[1]), None)
    if (own is not None and label == "PERSON" and own[2].kind in ("state", "capital", "seat", "region")
            and own[0] > 0 and tokens[own[0] - 1].ent_type == "PERSON"):
        own = None  # "Valeska Paris" is a person, not France (a lone "Azerbaijan" mis-tagged PERSON is not)
    if own is not None and person_name and own[2].kind in ("state", "capital", "seat", "region"):
        own = None
    # --- the country and org named by the words (left of the head first)
    # "Envoy to Libya": a destination after "to"/"for" does not give the country
    matches = [m for m in matches if m is own or m[0] == 0 or words[m[0] - 1] not in NOT_OWN_PREPS]
    left = [m for m in matches if m[1] <= head_pos and m is not own]
    right = [m for m in matches if m[0] > head_pos and m is not own]
    country = org = None
    ctx_sector = None
    for m in left + right:
        e = m[2]
        role = e.role_on(day)
        if role is None or role.country is None:
            continue
        if e.kind == "person":
            # "Hifter's forces": a possessor person gives the country only
            if m[1] < len(tokens) and tokens[m[1]].text in ("'s", "’s"):
                country = country or role.country
            continue
        country, org = role.country, role.org
        if e.kind in ("organization", "group", "seat") and role.sector:
            ctx_sector = role.sector
        break

    # --- sector and title from the words. For a name the title is the role
    # noun before it ("commander Khalifa Hifter"); otherwise the head itself.
    is_name = label == "PERSON" or (own is not None and own[2].kind == "person")
    if is_name:
        name_start = own[0] if own is not None else next(
            (k for k, t in enumerate(tokens) if t.ent_type == "PERSON"), head_pos)
        # the title may sit inside the entity ("Archbishop Desmond Tutu")
        limit = name_start if own is not None else head_pos
        role_idx = next((k for k in range(limit - 1, -1, -1)
                         if words[k] in ROLE_NOUNS or tokens[k].lemma.lower() in ROLE_NOUNS), None)
    else:
        role_idx = head_pos if own is None else None
    former = any(w in FORMER or w.startswith("ex-") for w in words[: head_pos + 1])
    text_sector = None
    role_noun = None
    title = None
    if role_idx is not None and words[role_idx] == "general" and role_idx > 0 and (
            tokens[role_idx - 1].pos in ("NOUN", "PROPN")
            and f"{words[role_idx - 1]} general" not in ROLE_NOUNS
            and (role_of(words[role_idx - 1]) or ("", ""))[0] != "MIL" and words[role_idx - 1] != "brigadier"):
        role_idx -= 1  # "the Directorate General of Civil Aviation": a directorate, not a general
    if role_idx is not None:
        rtok = tokens[role_idx]
        rword, rlemma = words[role_idx], rtok.lemma.lower()
        role_noun = role_of(rword, rlemma)
        if role_noun is None and label == "ORG":
            role_noun = role_of_misspelt(rtok.text)  # "Anti-Corruption Commision"
        if role_noun:
            text_sector = role_noun[0]
        # multi-word role names ("air force", "security forces", "prime minister")
        mw_start = role_idx
        for k in range(max(0, role_idx - 2), role_idx):
            mw = " ".join(words[k : role_idx + 1])
            if mw not in ROLE_NOUNS:
                mw = " ".join([*words[k:role_idx], rlemma])  # "web sites", "car bombs"
            if mw in ROLE_NOUNS:
                text_sector = ROLE_NOUNS[mw][0]
                role_noun = role_noun or ROLE_NOUNS[mw]
                mw_start = k
                break
        else:
            # a title whose second word follows the plural head ("attorneys general",
            # "secretaries general"): the singular title's role
            nxt = words[role_idx + 1] if role_idx + 1 < len(words) else None
            if nxt and tokens[role_idx + 1].pos == "ADJ" and f"{rlemma} {nxt}" in ROLE_NOUNS:
                role_noun = ROLE_NOUNS[f"{rlemma} {nxt}"]
                text_sector = role_noun[0]
        generic = rlemma in GENERIC_HEADS or rword in GENERIC_HEADS or role_noun is None
        by_modifier = False
        in_names = {k for a, b, _ in matches for k in range(a, b)}
        legislatures = {k for a, b, e in matches for k in range(a, b)
                        if e.kind != "person" and (r := e.role_on(day)) is not None and r.sector == "LEG"}
        for k, w in enumerate(words[:mw_start]):
            if k in legislatures and generic and not by_modifier:
                # "Senate Labor Committee": a legislature's committee, whatever its subject
                text_sector, by_modifier = "LEG", True
                continue
            if k in in_names:
                continue  # "Palestinian Islamic Jihad movement": the name, not a modifier
            if after_stance(words, k):
                continue  # "the anti-war movement", "a pro-army rally": a stance, not the sector
            mod = MODIFIER_SECTORS.get(w)
            if mod is None and k + 1 < mw_start:  # "human rights group": "rights group" is the role
                mod = MODIFIER_SECTORS.get(w + " " + words[k + 1])
            if mod is None:
                continue
            if w in FORCE_DESCRIPTORS and role_noun is not None and role_noun[0] in ("COP", "MIL"):
                continue  # "armed police": the police, armed
            if by_modifier and text_sector == "LEG":
                continue  # "Senate Labor Committee", "Senate Armed Services Committee": the legislature's
            if mod in _AFFILIATION or generic and not (w in WEAK_MODIFIERS and mod == "GOV" and text_sector):
                text_sector = mod
                by_modifier = True
        # "Union of Teachers", "group of students": the members name the sector
        if generic and role_idx + 2 < len(tokens) and words[role_idx + 1] == "of":
            for t2 in tokens[role_idx + 2 :]:
                spec2 = role_of(t2.text, t2.lemma)
                if spec2 and spec2[0] not in ("SOC",):
                    text_sector = spec2[0]
                    break
        if ctx_sector and generic and not by_modifier and mw_start == role_idx:
            # "Hamas official", "Kremlin spokesman": the organisation's sector
            text_sector = ctx_sector
        mods = {w for k, w in enumerate(words[:mw_start]) if k not in in_names}
        if text_sector == "GOV" and rlemma in COMMUNITY_HEADS and not by_modifier and (
                any(e.id.startswith("ng:ethnic/") and b <= role_idx for _, b, e in matches)
                or any(tokens[k].ent_type == "NORP" and k not in in_names for k in range(role_idx))):
            # "Yoruba leaders", "Kurdish leaders": a people's leaders hold no office of a state
            text_sector = "ELI"
        if text_sector == "JRN" and mods & STATE_MEDIA:
            text_sector = "GOV"  # "the official Syrian newspaper", "state-run television": the state's voice
        elif text_sector == "MIL" and mods & FAITHS and (role_noun is None or role_noun[1] != "person"):
            text_sector = "REB"  # "Moslem forces", "Shiite militias": armed groups no state commands
        title = canonical_title(_span_text(tokens[: role_idx + 1]))
        # the role as written, without the name, nationality or determiner:
        # "The Libyan foreign minister" -> "foreign minister"
        title_text = _span_text([t for k, t in enumerate(tokens[: role_idx + 1])
                                 if t.ent_type not in ("PERSON", "GPE", "NORP", "CARDINAL", "QUANTITY", "PERCENT")
                                 and t.pos != "NUM"
                                 and not (k in in_names and k != role_idx)
                                 and t.text not in ("'s", "’s") and t.pos not in ("DET", "PRON")]).lower()
    elif ctx_sector and own is None:
        text_sector = ctx_sector
    if is_name and role_idx is None and own is None:
        # a title the role lexicon does not know, just before the name ("County Sheriff Ann
        # Cole", "historian Ann Cole"): the broad agent table. The name's own last word is
        # never read as one ("Ann Hunter").
        for k in range(head_pos - 1, max(-1, head_pos - 5), -1):
            t = tokens[k]
            if t.pos not in ("NOUN", "PROPN") or t.ent_type in ("GPE", "NORP"):
                break
            sector = agent_sector(words[k], t.lemma, words[k - 1] if k > 0 else None)
            if sector is not None:
                text_sector = sector
                break

    if own is not None:
        e = own[2]
        role = e.role_on(day)
        d.entry = e
        d.name = e.name
        d.kind = {"person": "person", "organization": "organization", "group": "group", "seat": "state",
                  "state": "state", "capital": "state", "demonym": "group", "region": "state"}.get(e.kind, "other")
        if e.kind == "seat" and role and role.sector != "GOV":
            d.kind = "organization"
        if role:
            d.country, d.org, d.sector = role.country, role.org, role.sector
            d.title = role.title if e.kind == "person" else None
            d.office = kb_title(role.title) if e.kind == "person" else None
        if e.kind == "state":
            d.sector = "GOV"  # a state as an actor is its government (PLOVER practice)
        if e.kind == "demonym":
            d.sector = "CVL"
            d.plural = True
            if own[0] > 0 and words[own[0] - 1] == "ethnic":
                # "ethnic Albanians" in Serbia: an ethnicity, not Albania's nationals
                d.country = d.org = None
    else:
        d.kind = "person" if label == "PERSON" else "organization" if label in ("ORG", "FAC") else "other"
        if role_noun and d.kind == "other":
            d.kind = role_noun[1]
        # a name ending in -s ("Anastasiades") is not a plural
        d.plural = (head.tag == "NNS" or (head.tag == "NNPS" and not label)) or hword in ("police", "people", "clergy")
        if d.kind == "person" and d.plural:
            d.kind = "group"
    if (country is None and own is None and d.country is None and label == "ORG"
            and any(w in REGIONAL for w in words) and any(w in ASSOCIATIONS for w in words)):
        # "Association of African Jurists", "World Federation of Trade Unions":
        # a body over many countries that no state runs
        country = "NGO"
    if country and (d.country is None or d.kind != "person" or d.entry is None):
        d.country, d.org = country, org
    elif country and d.entry is not None and d.entry.kind == "person" and d.country != country:
        # text names another country than the KB role: trust the text
        d.country, d.org = country, org
    # A person's office in force on the date outranks the words: "Chief Executive
    # Carrie Lam" is GOV although "executive" alone is BUS. An expired office
    # yields to the words ("dictator Moammar Gaddafi" is GOV, not ELI); so do
    # the KB's roles when the document has no date to choose one by.
    held = (own is not None and own[2].kind == "person" and d.sector is not None and d.sector != "ELI"
            and day is not None and any(r.dated and r.valid_on(day) for r in own[2].roles))
    if text_sector and not held:
        d.sector, d.text_sector = text_sector, True
    if title:
        d.office = title
        if not (d.title and own is not None and title == kb_title(d.title)):
            d.title = _strip_det(title_text) or title or None
    elif role_noun and own is None:
        d.title = _strip_det(title_text) or None
    if former and d.kind in ("person", "group"):
        d.former = True
        if d.sector not in _PRIVATE_TRADES:
            # a former official is of the elite; a former nurse is still a nurse
            d.sector, d.text_sector = "ELI", True
    # government-like collectives are the state: "the Libyan leadership", "Russian government"
    if own is None and lemma in STATE_HEADS and d.country and d.country not in ("IGO", "NGO", "IMG"):
        d.kind = "state"
        d.sector = d.sector or "GOV"
    return d


#: sectors of a trade, not an office: "former" does not make their people elites
_PRIVATE_TRADES = frozenset({"CVL", "MED", "EDU", "BUS", "JRN", "LAB", "AGR", "REL", "CRM", "REF", "NGO", "SOC"})


def _strip_det(text: str) -> str:
    for det in ("the ", "a ", "an "):
        if text.startswith(det):
            return text[len(det):]
    return text


def toponym_is_actor(tok: Token, tokens: Sequence[Token], *, capital: bool) -> bool:
    """Is this country or capital name used as an actor (agent, patient, possessor)?

    ``tok`` is the head token of the toponym; ``tokens`` the document tokens.
    """
    u = tok
    for _ in range(6):  # climb coordination and apposition to the governing use
        if u.dep in ("conj", "appos") and u.head != u.i:
            u = tokens[u.head]
            continue
        break
    nxt = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
    if u.dep == "poss" or (nxt is not None and nxt.text in ("'s", "’s") and u.i == tok.i):
        gov = tokens[u.head]
        return gov.lemma.lower() not in PLACE_NOUNS
    if u.dep in ("nsubj", "nsubjpass", "csubj"):
        return True
    if u.dep in ("dobj", "iobj", "dative", "oprd"):
        return not capital or tokens[u.head].lemma.lower() not in MOTION_VERBS
    if u.dep == "pobj":
        prep = tokens[u.head]
        p = prep.text.lower()
        gov = tokens[prep.head]
        g = gov.lemma.lower()
        if prep.dep == "agent" or p in ACTOR_PREPS:
            return True
        if p == "of":
            # "Serbs of northern Kosovo": the people's home, a place
            if gov.ent_type == "NORP" or (gov.tag == "NNPS" and gov.i + 1 == prep.i):
                return False
            return gov.pos in ("NOUN", "PROPN") and g not in PLACE_NOUNS and g not in MOTION_VERBS
        if p == "to":
            return g in TO_RECIPIENT
        if p == "from":
            return g in FROM_SOURCE
        if p == "on":
            return g in ON_TARGET
        if p == "for":
            return g not in ("leave", "depart", "head", "bind", "bound", "fly", "set")
        return False
    return False
