"""Word classes for the trigger lexicon's object rules and mode cues.

Object rules (``CLASS>TYPE:mode`` in :mod:`newsgraph.plover.lexicon`) test the
lemmas of a trigger's object, its modifiers and prepositional objects against
these classes; the mode cues pick an ASSAULT or PROTEST mode from the words
around the trigger. Written for newsgraph (not taken from CAMEO or PETRARCH).
"""

from __future__ import annotations

# Noun classes used by object rules. Lemmas (spaCy lemmatises plurals).
NOUN_CLASSES: dict[str, frozenset[str]] = {
    k: frozenset(v.split())
    for k, v in {
        "TROOPS": "troop force soldier army reservist reserve unit battalion brigade division contingent "
        "peacekeeper warship ship vessel tank jet aircraft missile military navy marine paratrooper",
        "PEACEKEEPING": "peacekeeper peacekeeping peace-keeping",
        "POLICE": "police policeman officer patrol riot",
        "WEAPONS": "weapon missile rocket warhead arm arsenal bomb artillery",
        "AIDGOODS": "aid assistance relief food medicine medical supply fund funding money loan grant credit "
        "dollar euro million billion equipment weapon arm ammunition vaccine shelter tent water fuel "
        "grain wheat rice intelligence photograph donation support troop",
        "ASYLUM": "asylum refuge sanctuary",
        "AMNESTY": "amnesty pardon clemency",
        "AGREEMENT": "agreement accord treaty pact deal protocol memorandum convention charter "
        "declaration communique contract ceasefire cease-fire truce armistice",
        "SANCTIONS": "sanction embargo boycott tariff",
        "RESTRICTION": "restriction ban curb curfew emergency law limit control blockade siege measure "
        "rule censorship",
        "CURFEW": "curfew",
        "EMERGENCY": "emergency martial",
        "PRISONERS": "prisoner hostage detainee captive inmate activist dissident journalist prisoner-of-war pow",
        "DIPLOMATS": "ambassador diplomat envoy consul attache charge embassy mission",
        "OBSERVERS": "observer inspector monitor peacekeeper worker agency ngo",
        "TIES": "tie relation relationship link contact cooperation dialogue",
        "MEETING": "talk meeting negotiation summit visit trip conference dialogue discussion session "
        "mediation consultation",
        "STRIKE": "strike walkout protest demonstration rally boycott sit-in march",
        "ROAD": "road street highway bridge roadway railway route border crossing port airport entrance "
        "square runway",
        "PROPERTY": "property asset land house home building village crop farm equipment weapon "
        "explosive ammunition arm drug passport document vehicle car ship",
        "TERRITORY": "town city village territory area region province district stronghold position "
        "base hill airport port border enclave capital outpost",
        "ENTRY": "entry enter access admittance admission visa landing",
        # what is handed back ("will return the weapons seized", "returned the helicopter")
        "RETURNABLE": "weapon weapons equipment helicopter aircraft plane jet ship vessel boat tanker property "
        "asset assets land territory body bodies remains artifact artefact passport passports prisoner prisoners "
        "hostage hostages detainee detainees captive captives",
        # what an authority grants or withholds ("denied permission for a mosque")
        "PERMISSION": "permission permit licence license approval authorization authorisation clearance "
        "allocation consent",
        "DEMANDS": "demand request call condition appeal",
        # what is sent or delivered as words, not goods ("sent a letter of support")
        "MESSAGES": "letter message note greeting congratulation condolence invitation telegram cable",
        "PROPOSAL": "proposal offer plan initiative invitation resolution mediation ultimatum proposition "
        "bid draft peace formula compromise settlement",
        "ACCUSATION": "allegation charge accusation claim report responsibility involvement",
        "COMBATANT": "soldier fighter rebel militant guerrilla insurgent troop combatant commander "
        "gunman militiaman officer pilot",
        "PERSONS": "people person civilian citizen national resident villager student worker man woman child "
        "member leader official activist journalist suspect protester demonstrator he she",
        "PROTESTERS": "protester demonstrator crowd student worker activist supporter opponent youth "
        "marcher rioter striker",
        "RESIGN": "resignation",
        "SUPPORTERS": "supporter support",
        "HOSTAGE": "hostage shield captive",
        "PRONOUNS": "it they this that these those",
        "CROWD": "thousand hundred dozen crowd people protester demonstrator student worker farmer resident "
        "supporter activist youth villager citizen teacher doctor driver",
        "VISITORS": "delegation minister president counterpart leader envoy premier chancellor king emir prince "
        "secretary visitor delegate",
        "OFFERABLE": "concession aid assistance help support troop talk negotiation mediation deal ceasefire "
        "truce asylum compromise plan proposal guarantee loan credit amnesty peace dialogue cooperation "
        "resignation security protection",
        "ORGS": "union organization organisation alliance bloc council community treaty agreement accord pact "
        "deal talk commission court coalition federation league parliament eu nato un",
        "CREDENTIALS": "credential credentials",
        "STATEMENT": "statement report video footage document data figure result list image photo audio "
        "recording detail information communique album song film book version update record transcript letter "
        "summary cause name finding picture photograph plan schedule budget return file memo email tape",
        # what a camera or a story "captures": "tourists captured pictures", "captured the moment"
        "DEPICTION": "picture image video footage photo photograph moment scene attention imagination heart "
        "arrival departure mood spirit essence",
        "COOPWORK": "work effort process operation mission talk negotiation exercise program programme project "
        "initiative",
        "REFUGEES": "refugee migrant asylum-seeker immigrant evacuee",
        "WORK": "work production operation",
        "EXERCISE": "exercise drill maneuver manoeuvre game",
        "WEAPONTEST": "test launch",
        "CHANCE": "opportunity chance moment occasion initiative",
        # what one meets that is not a party: "met the deadline", "does not meet the requirement"
        "GOALS": "requirement deadline target standard criterion criteria goal need expectation obligation quota "
        "threshold benchmark",
        # hosting a show or a championship is no visit
        "SHOWS": "show program programme podcast concert festival tournament championship olympics game match "
        "competition series broadcast event party exhibition",
        "POWER": "power authority position office privilege trust",
        # proposing a bill is lawmaking, not an offer to another party
        "LEGISLATION": "bill legislation law amendment budget act statute ordinance regulation",
        # a verbal attack: "attacked the proclamation", "attacked the investigation as a witch hunt"
        "UTTERANCE": "proclamation decision policy plan proposal remark comment statement speech bill law move idea "
        "claim report criticism investigation inquiry probe ruling verdict record stance view argument "
        "comment rhetoric announcement deal agreement response handling approach",
    }.items()
}


# Modifier classes for nominal triggers (compound/amod lemmas)
MODIFIER_CLASSES: dict[str, frozenset[str]] = {
    "AIRSTRIKE": frozenset("air aerial missile drone rocket military airstrike".split()),
    "JOINT": frozenset("joint bilateral combined".split()),
    "PRESS": frozenset("press news".split()),
    # a campaign rally is electioneering, not a protest
    "CAMPAIGN": frozenset("campaign election electoral re-election reelection".split()),
    # an embassy's "security alert" advises travellers; it mobilises no one
    "ADVISORY": frozenset("security travel weather health storm flood tsunami amber".split()),
}

# Words in a sentence that set an ASSAULT's mode when the trigger has none
# (order matters: the first family found wins).
ASSAULT_MODE_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("unconventional", frozenset("chemical nerve sarin chlorine biological nuclear radiological".split())),
    ("crowd-control", frozenset("teargas tear-gas cannon rubber pepper baton truncheon".split())),
    ("suicide-attack", frozenset("suicide".split())),
    ("drone", frozenset("drone uav".split())),
    ("aerial", frozenset("airstrike air-strike warplane jet aircraft helicopter gunship bomber airstrikes".split())),
    ("heavy-weapons", frozenset("artillery shell shelling tank mortar rocket howitzer missile".split())),
    ("explosives", frozenset("bomb bombing ied explosive mine landmine grenade blast explosion".split())),
    ("firearms", frozenset("gun gunman gunmen gunfire rifle pistol shot shooting sniper bullet".split())),
    ("primitive", frozenset("machete knife knives axe stone rock spear arson".split())),
    ("abduct", frozenset("hostage kidnap kidnapped abducted captive".split())),
)

PROTEST_MODE_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("hunger", frozenset(["hunger"])),
    ("riot", frozenset("riot rioting rioter violent".split())),
    ("strike", frozenset("strike walkout".split())),
    ("obstruct", frozenset("block blockade barricade".split())),
)
