"""Role and sector lexicon: which nouns name actors, and in which PLOVER sector.

``ROLE_NOUNS`` maps a noun lemma to (sector, kind): "troops" is MIL, a group;
"minister" is GOV, a person. ``MODIFIER_SECTORS`` are words that set the
sector of a generic head ("rebel leader" is REB, "opposition leader" OPP,
"military official" MIL). ``canonical_title`` maps the many ways of naming an
office to one title, so "Russia's top diplomat" and "foreign minister Sergey
Lavrov" can be recognised as the same office.
"""

from __future__ import annotations

import re

P, G, O = "person", "group", "organization"


def _rows(spec: str, kind: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for line in spec.strip().splitlines():
        sector, words = line.split(":")
        for w in words.split(","):
            w = w.strip()
            if w:
                out[w] = (sector.strip(), kind)
    return out


#: people (singular lemma). Migrants and immigrants are civilians (CVL), as in the
#: Phoenix agents dictionary; refugees and the displaced are REF.
_PERSON_ROLES = """
GOV: councillor, councilor, dignitary, minister, president, premier, chancellor, king, queen, emir, sultan, monarch, ruler, dictator, diplomat, ambassador, envoy, negotiator, counterpart, secretary, governor, mayor, leader, official, spokesman, spokeswoman, spokesperson, statesman, deputy, representative, emissary, strongman, chief, head, aide, adviser, advisor, mediator, administrator, commissioner, delegate, consul, crown prince, prince, sheikh, director general, director-general, director - general, secretary general, secretary - general, secretary-general, national security adviser, national security advisor, inspector general, auditor general, governor general, governor-general, comptroller general, surgeon general, postmaster general, accountant general, registrar general, ayatollah, vice-president, vice president, prime minister, regent, viceroy, chairman, chairwoman, chair, director, coordinator
MIL: soldier, militiaman, militiamen, general, commander, colonel, officer, admiral, marine, sailor, pilot, paratrooper, serviceman, servicemen, servicewoman, lieutenant, major, captain, sergeant, corporal, private, peacekeeper, warlord, destroyer, warship, frigate, submarine, aircraft carrier, carrier, jet, fighter jet, warplane, bomber, drone, helicopter, tank, aircraft, gunboat, predator, veteran
REB: rebel, insurgent, militant, guerrilla, guerilla, separatist, jihadist, jihadi, terrorist, extremist, fighter, mujahideen, secessionist, fundamentalist
UAF: gunman, gunmen, armed men, armed man, assailant, attacker, sniper, bomber, car bomb, mercenary
COP: policeman, policewoman, police officer, cop, detective, gendarme, trooper, guard, border guard
JUD: judge, prosecutor, magistrate, justice, attorney general, lawyer, jurist, solicitor general, advocate general
LEG: lawmaker, legislator, senator, congressman, congresswoman, parliamentarian, mp, deputy, speaker, assemblyman, representative
OPP: dissident, opposition leader, opponent
CVL: civilian, resident, villager, citizen, protester, protestor, demonstrator, activist, inhabitant, national, passenger, tourist, pilgrim, youth, man, woman, child, individual, teenager, boy, girl, mourner, shopper, eyewitness, hostage, people, bystander, crowd, mob, family, settler, witness, person, visitor, attendee, user, voter, fan, critic, campaigner, volunteer, victim, survivor, relative, migrant, immigrant, passenger jet, passenger plane, passenger aircraft, airliner, jetliner, civilian aircraft, civilian plane
JRN: journalist, reporter, correspondent, editor, photographer, photojournalist, videographer, columnist, commentator, presenter, blogger, cameraman, broadcaster, newspaper, daily, news agency, channel
MED: doctor, nurse, physician, medic, paramedic, surgeon, health worker
REL: cleric, imam, priest, bishop, archbishop, cardinal, pope, rabbi, monk, mullah, pastor, missionary
LAB: worker, employee, miner, laborer, labourer, docker, trade unionist, unionist
EDU: student, teacher, professor, academic, lecturer, pupil, scholar
REF: refugee, asylum seeker, asylum-seeker, displaced person, evacuee, returnee
CRM: criminal, gang, gangs, smuggler, trafficker, gangster, kidnapper, pirate, drug lord, hacker, thief, robber, prisoner, inmate, convict, detainee, suspect, defendant, perpetrator, murderer, killer, shooter, rapist, offender, fugitive, culprit, abuser
BUS: businessman, businesswoman, oligarch, executive, investor, trader, banker, merchant, entrepreneur, industrialist, tycoon, shopkeeper, ceo
AGR: farmer, peasant, herder, fisherman, fishermen, grower, rancher
ELI: former, ex-president
PTY: politician, party member
"""

#: collectives and institutions
_ORG_ROLES = """
GOV: government, administration, authority, authorities, regime, cabinet, ministry, commission, leadership, junta, presidency, embassy, consulate, delegation, council, state department, foreign ministry, interior ministry, kremlin, palace, monarchy, officialdom, establishment
MIL: army, military, troops, force, forces, security forces, military police, navy, air force, armed forces, battalion, brigade, division, regiment, platoon, fleet, garrison, artillery, militia, contingent, special forces, marines, coalition, defence ministry, defense ministry, pentagon, commando, commandos, paramilitary
REB: rebellion, insurgency, faction, underground, resistance
COP: police, gendarmerie, riot police, border police, border patrol, patrol, interior ministry troops, coast guard, coastguard
JUD: court, tribunal, judiciary, supreme court, high court, constitutional court, prosecution, prosecutor's office
LEG: parliament, legislature, congress, senate, assembly, duma, knesset, house, chamber
PTY: party
OPP: opposition
JRN: media, press, television, radio, website, web site, news agency, outlet, broadcaster, magazine
MED: hospital, clinic, health ministry
REL: church, mosque, temple, clergy, synagogue, diocese, vatican
LAB: union, labor union, trade union, workforce
EDU: university, school, college, academy
BUS: company, firm, corporation, bank, business, industry, enterprise, conglomerate, manufacturer, producer
NGO: association, federation, organization, organisation, ngo, charity, foundation, alliance, society, league
SOC: agency, group, movement, community, team
SPY: intelligence, intelligence service, spy agency, secret service, spy, spies
REF: camp, refugee camp
"""

ROLE_NOUNS: dict[str, tuple[str, str]] = {**_rows(_PERSON_ROLES, P), **_rows(_ORG_ROLES, O)}
# Plural-only group nouns the lemmatiser may leave alone.
for _w, _s in (("troops", "MIL"), ("forces", "MIL"), ("authorities", "GOV"), ("police", "COP"),
               ("people", "CVL"), ("gunmen", "UAF"), ("servicemen", "MIL"),
               ("fishermen", "AGR"), ("clergy", "REL"), ("mujahideen", "REB"), ("militiamen", "MIL")):
    ROLE_NOUNS[_w] = (_s, G)

#: nouns that need a country or organisation in the phrase to be an actor
#: ("people in Hong Kong" is an actor, "people" alone is not).
NEEDS_ANCHOR = frozenset(
    "people man woman child individual teenager boy girl mourner shopper eyewitness youth family person crowd mob house chamber assembly council group community "
    "society league alliance movement association federation organization organisation company firm business "
    "industry agency website web site media press television radio outlet magazine school college university "
    "academy hospital clinic union workforce camp coalition palace establishment national head chief director "
    "chair chairman chairwoman representative delegate deputy coordinator major private captain daily channel "
    "aircraft drone helicopter jet carrier tank bomber predator witness veteran intelligence resistance "
    "underground faction party court house team "
    "visitor attendee user fan volunteer victim survivor relative".split()
)

#: generic heads whose sector follows a modifier ("rebel leader", "army chief")
GENERIC_HEADS = frozenset(
    "leader official spokesman spokeswoman spokesperson chief head member representative figure source "
    "commander group delegation officer forces force unit wing member members supporter supporters "
    "fighter fighters man men personnel staff negotiator delegate adviser advisor aide coalition "
    "organization organisation movement association federation union network council committee body "
    "agency office ministry authority authorities guard guards camp director head chief team".split()
)

MODIFIER_SECTORS: dict[str, str] = {}
for _line in """
REB: rebel, rebels, terror, insurgent, militant, guerrilla, guerilla, separatist, jihadist, jihadi, terrorist, extremist, islamist, taliban, armed
MIL: military, army, defence, defense, naval, navy, air force, armed forces, troop, war, militia
COP: police, security, border, interior
OPP: opposition, dissident, protest, anti-government
PTY: party, ruling party, ruling
GOV: government, state, official, presidential, ministerial, cabinet, foreign, diplomatic, royal, regime
LEG: parliamentary, congressional, senate, legislative, parliament
JUD: judicial, court, supreme court
REF: refugee
LAB: labor, labour, trade, workers, worker
EDU: student, students, university, school, teachers, teacher
REL: religious, church, islamic, muslim, christian, catholic, jewish, shiite, sunni, buddhist
MED: medical, health, hospital
JRN: media, press, news, newspaper, state-run, state-owned
BUS: business, company, corporate, oil, trade, industry, bank
CVL: civilian, civil, civic, human rights, rights
SPY: intelligence, spy
AGR: farm, farmers, agricultural
""".strip().splitlines():
    _sec, _words = _line.split(":")
    for _w in _words.split(","):
        MODIFIER_SECTORS[_w.strip()] = _sec.strip()
# "foreign", "state" and "official" only colour a generic head, never override
# a specific one; "security" is COP for people but leaves "security council".
WEAK_MODIFIERS = frozenset({"foreign", "state", "official", "security", "trade", "war", "armed", "government"})

#: "former", "ex-", "retired", "ousted", "exiled" make an official ELI
FORMER = frozenset({"former", "ex", "ex-", "retired", "ousted", "exiled", "deposed", "late", "onetime", "erstwhile", "toppled"})

#: nouns that name a part of a place: "Libya's capital" is a place, not an actor
PLACE_NOUNS = frozenset(
    "capital city town village border borders frontier region territory territories province state district "
    "north south east west northeast northwest southeast southwest coast coastline soil airspace waters port "
    "outskirts suburb suburbs interior heartland mainland island islands centre center area areas part parts "
    "countryside desert mountains streets street neighbourhood neighborhood enclave exclave zone embassy sector quarter "
    "economy history people population oil gas market markets currency debt budget "
    "future past".split()
)

# --- canonical office titles -------------------------------------------------

_TITLES = [
    ("foreign minister", r"(foreign|external) (affairs )?minister|minister (of|for) (foreign|external) affairs|"
     r"foreign secretary|secretary of state|top diplomat|chief diplomat|foreign affairs secretary|"
     r"minister of foreign relations|foreign relations minister|external affairs minister"),
    ("defence minister", r"defen[cs]e (minister|secretary|chief)|minister (of|for) (national )?defen[cs]e|"
     r"secretary of defen[cs]e|war minister|defense department head"),
    ("interior minister", r"interior minister|minister of (the )?interior|home secretary|home minister|"
     r"minister of home affairs"),
    ("finance minister", r"finance minister|minister of finance|treasury secretary|chancellor of the exchequer|"
     r"secretary of the treasury"),
    ("vice president", r"vice[- ]president|deputy president"),
    ("prime minister", r"prime minister|premier|head of government|chief executive|chancellor"),
    ("supreme leader", r"supreme leader"),
    ("head of state", r"president|head of state|king|queen|emir|sultan|monarch|dictator|"
     r"(?<!opposition )(?<!rebel )(?<!party )(?<!militia )(?<!group )(?<!movement )(?<!taliban )(?<!hamas )"
     r"(?<!houthi )(?<!hezbollah )(?<!protest )(?<!union )(?<!religious )(?<!community )(?<!tribal )leader|"
     r"ruler|strongman|junta leader"),
    ("UN Secretary-General", r"(un|u\.n\.|united nations) secretary[- ]general"),
    ("NATO Secretary General", r"nato secretary[- ]general"),
    ("envoy", r"(special )?envoy|special representative|mediator"),
    ("spokesman", r"spokes(man|woman|person)"),
    ("commander", r"commander|warlord|field marshal"),
    ("army chief", r"army chief|chief of (the )?(general )?staff|army commander|military chief"),
    ("speaker", r"speaker"),
    ("ambassador", r"ambassador"),
]
_TITLE_RES = [(t, re.compile(r"\b(?:" + rx + r")\b")) for t, rx in _TITLES]

# Office titles in the KB use these words too; map them to canonical ones.
_KB_TITLE_ALIASES = {
    "president": "head of state", "king": "head of state", "emir": "head of state", "leader": "head of state",
    "supreme leader": "supreme leader", "junta leader": "head of state", "interim president": "head of state",
    "Palestinian leader": "head of state", "head of government": "prime minister",
    "Sovereign Council chairman": "head of state", "Presidential Council chairman": "head of state",
    "Presidential Leadership Council chairman": "head of state", "chief executive": "prime minister",
    "state counsellor": "prime minister", "chancellor": "prime minister", "pope": "head of state",
    "crown prince": "crown prince", "commander-in-chief": "army chief", "chief of the general staff": "army chief",
    "army chief": "army chief", "army commander": "army chief",
}


def canonical_title(text: str | None) -> str | None:
    """One canonical office title for a phrase ("top diplomat" -> "foreign minister")."""
    if not text:
        return None
    low = text.lower()
    for title, rx in _TITLE_RES:
        if rx.search(low):
            # a deputy holds another office: "deputy prime minister" is not the prime minister
            if title != "vice president" and re.search(r"\b(deputy|vice|assistant|under|junior|state)\b[- ]*" +
                                                      r"(\w+ )?" + title.split()[0], low):
                return "deputy " + title
            return title
    return None


def kb_title(title: str | None) -> str | None:
    """Canonical title for a KB role title."""
    if not title:
        return None
    if title in _KB_TITLE_ALIASES:
        return _KB_TITLE_ALIASES[title]
    return canonical_title(title) or title


#: heads of person roles where a "counterpart" inherits the office
PERSON_TITLE_HEADS = frozenset(
    "minister president premier chancellor king queen emir sultan monarch diplomat ambassador envoy "
    "secretary governor mayor leader spokesman spokeswoman spokesperson commander general chief counterpart "
    "head prince ruler dictator negotiator".split()
)

#: nouns naming an act whose national modifier is its agent: "an Indian proposal",
#: "US mediation", "Russian sanctions" (the state did it)
EVENT_NOUNS = frozenset(
    "mediation proposal offer plan initiative support backing aid assistance ultimatum demand request call "
    "appeal threat warning sanctions sanction embargo blockade veto decision policy stance position role "
    "intervention involvement invasion occupation rule attack attacks strike strikes airstrike airstrikes "
    "raid raids offensive bombardment shelling incursion crackdown pressure criticism accusation accusations "
    "condemnation recognition rejection refusal approval withdrawal pullout deployment presence influence "
    "interference meddling diplomacy efforts effort bid mediator statement announcement response retaliation "
    "aggression provocation pledge promise commitment guarantee loan grant funding investment delegation "
    "envoy visit talks negotiations negotiators demands objections opposition protest protests".split()
)

#: quantity and collection nouns: "a group of Moroccan diplomats" is the diplomats
COLLECTION_NOUNS = frozenset("group number team band handful dozens hundreds thousands delegation crowd "
                             "contingent batch unit".split())


def role_of(word: str, lemma: str | None = None) -> tuple[str, str] | None:
    """(sector, kind) of a role noun, trying the word, its lemma and a naive singular."""
    w = word.lower()
    hit = ROLE_NOUNS.get(w) or (ROLE_NOUNS.get(lemma.lower()) if lemma else None)
    if hit is None and len(w) > 3 and w.endswith("s"):
        hit = ROLE_NOUNS.get(w[:-1]) or (ROLE_NOUNS.get(w[:-2]) if w.endswith("es") else None)
    return hit


_ROLE_SLIPS: dict[str, set[str]] = {}


def role_of_misspelt(word: str) -> tuple[str, str] | None:
    """(sector, kind) of a long role noun misspelt by one letter inside it ("Commision").

    Only for capitalised words in names, where copy misspells; one candidate only.
    """
    w = word.lower()
    if len(w) < 7 or not word[:1].isupper():
        return None
    if not _ROLE_SLIPS:
        for k in ROLE_NOUNS:
            if len(k) >= 7 and " " not in k:
                for i in range(1, len(k) - 1):
                    _ROLE_SLIPS.setdefault(k[:i] + k[i + 1 :], set()).add(k)
                _ROLE_SLIPS.setdefault(k, set()).add(k)
    forms = {w[:i] + w[i + 1 :] for i in range(1, len(w) - 1)} | {w}
    hits = {k for f in forms for k in _ROLE_SLIPS.get(f, ()) if k[0] == w[0] and k[-1] == w[-1]
            and abs(len(k) - len(w)) <= 1 and k != w}
    return ROLE_NOUNS[hits.pop()] if len(hits) == 1 else None
