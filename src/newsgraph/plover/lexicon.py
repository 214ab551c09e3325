"""Trigger lexicon: which words announce which PLOVER event.

Written for newsgraph (not taken from CAMEO or PETRARCH dictionaries). Each
line of the tables below is ``lemma | TYPE[:mode] | options``:

- ``r=dobj,to,with``: where the recipient is (the direct object, or the object
  of a preposition). Verbs default to ``dobj``; nouns to ``against,on,with,to``.
- ``of=actor`` / ``of=recipient``: what "of X" is for a nominal trigger
  ("the support of Turkey" -> actor; "the arrest of X" -> recipient).
- ``poss=recipient``: the possessor undergoes the nominal when no "of X" follows
  ("Basilashvili's arrest"; but "Russia's arrest of X" is Russia's doing).
- ``need``: fire only when one of the object rules matched ("sign an
  agreement", not "sign autographs").
- ``CLASS>TYPE:mode``: object rule: when the object (or the object's
  compound, or a verb complement) is in the noun class, the event becomes
  TYPE:mode; ``CLASS>-`` vetoes the trigger.
- ``partner``: a meeting verb that needs someone to meet ("discussed with X",
  "the leaders discussed"), not a topic alone ("discussed his background").
- ``content``: the verb takes an event as complement ("agreed to cooperate",
  "threatened to attack"); the complement is absorbed, not coded twice.
- ``objctl``: the object controls the complement ("urged Iran to stop").
- ``ccomp``: the recipient is the subject of a that-clause ("demanded that
  Israel withdraw").
- ``mutual``: the recipient side joins the actors ("clashed with").
- ``civil``/``state``: the type depends on who acts (``protest`` is PROTEST for
  crowds, ACCUSE for governments): ``civil=PROTEST:demo``.
- ``c=0.6``: confidence of the trigger alone (default 0.7 verbs, 0.6 nouns).

Lemmas with a particle are written ``call off``; multi-word nouns by their
head with a ``mod=`` requirement (``strike mod=air,missile``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.plover.classes import (  # noqa: F401 - re-exported for the coder
    ASSAULT_MODE_CUES, MODIFIER_CLASSES, NOUN_CLASSES, PROTEST_MODE_CUES,
)
from newsgraph.plover.ontology import check

LEXICON_VERSION = "newsgraph-lexicon-2"

_VERBS = r"""
# ---- AGREE: intent, offers, promises
agree          | AGREE        | r=with,to | content | needarg | PROPOSAL>AGREE | DEMANDS>CONCEDE
offer          | AGREE        | r=dative,to | content | need | OFFERABLE>AGREE
promise        | AGREE        | r=dative,to | content
pledge         | AGREE        | r=dative,to | content
vow            | AGREE        | r=to | content
swear          | AGREE        | r=to | content | needcomp
commit         | AGREE        | r=to | content | c=0.6 | needcomp
propose        | AGREE        | r=to | content | c=0.6 | LEGISLATION>-
invite         | AGREE        | r=dobj | c=0.65
accept         | AGREE        | r=poss | need | PROPOSAL>AGREE | DEMANDS>CONCEDE | MEETING>AGREE | AGREEMENT>AGREE | REFUGEES>AID
# ---- CONSULT: meetings, calls, visits
meet           | CONSULT      | r=with,dobj | GOALS>-
talk           | CONSULT      | r=with | c=0.55 | partner
negotiate      | CONSULT      | r=with
confer         | CONSULT      | r=with | partner
consult        | CONSULT      | r=dobj,with
discuss        | CONSULT      | r=with | c=0.55 | partner
host           | CONSULT:visit | r=dobj | SHOWS>-
visit          | CONSULT:visit | r=dobj
telephone      | CONSULT:phone | r=dobj
phone          | CONSULT:phone | r=dobj
mediate        | CONSULT      | r=between,in
convene        | CONSULT:multilateral | r=dobj | c=0.55
summon         | ACCUSE:disapprove | r=dobj
receive        | CONSULT:visit | r=dobj | need | OBSERVERS>RETREAT:access | DIPLOMATS>CONSULT:visit | VISITORS>CONSULT:visit
# ---- SUPPORT: diplomatic backing, praise, recognition, signing
support        | SUPPORT      | r=dobj | c=0.65
back           | SUPPORT      | r=dobj | c=0.65
endorse        | SUPPORT      | r=dobj
praise         | SUPPORT      | r=dobj
commend        | SUPPORT      | r=dobj
hail           | SUPPORT      | r=dobj | c=0.6 | dobj
welcome        | SUPPORT      | r=dobj | c=0.6
congratulate   | SUPPORT      | r=dobj
applaud        | SUPPORT      | r=dobj
thank          | SUPPORT      | r=dobj | c=0.6
recognize      | SUPPORT      | r=dobj | c=0.55
recognise      | SUPPORT      | r=dobj | c=0.55
defend         | SUPPORT      | r=dobj | c=0.55 | TERRITORY>-
forgive        | SUPPORT      | r=dobj | AIDGOODS>AID
sign           | SUPPORT      | r=with | need | AGREEMENT>SUPPORT
ratify         | SUPPORT      | r=with | need | AGREEMENT>SUPPORT
present        | SUPPORT      | r=to | need | CREDENTIALS>SUPPORT
establish      | SUPPORT      | r=with | need | TIES>SUPPORT
restore        | SUPPORT      | r=with | need | TIES>SUPPORT
upgrade        | SUPPORT      | r=with | need | TIES>SUPPORT
normalize      | SUPPORT      | r=with | need | TIES>SUPPORT
normalise      | SUPPORT      | r=with | need | TIES>SUPPORT
# apologies are SUPPORT (CAMEO 055 -> SUPPORT in CAMEO2PLOVER-2021)
apologize      | SUPPORT      | r=to
apologise      | SUPPORT      | r=to
rally          | PROTEST:demo | r=against | SUPPORTERS>SUPPORT
# ---- CONCEDE: verbal concessions, pardons, lifting restrictions
concede        | CONCEDE      | r=to
regret         | CONCEDE      | r=dobj | c=0.5
pardon         | CONCEDE      | r=dobj
acquit         | CONCEDE      | r=dobj
accede         | CONCEDE      | r=to
relent         | CONCEDE      | r=to
lift           | CONCEDE      | r=on,in,against | need | SANCTIONS>RETREAT | RESTRICTION>CONCEDE
ease           | CONCEDE      | r=on,in,against | need | SANCTIONS>RETREAT | RESTRICTION>CONCEDE
cancel         | CONCEDE      | r=to | need | RESTRICTION>CONCEDE | MEETING>REJECT:meet | AGREEMENT>SANCTION:discontinue
call off       | CONCEDE      | r=to | need | STRIKE>CONCEDE | MEETING>REJECT:meet
allow          | CONCEDE      | r=dobj | c=0.55 | OBSERVERS>RETREAT:access | AIDGOODS>RETREAT:access
permit         | CONCEDE      | r=dobj | c=0.55 | OBSERVERS>RETREAT:access | AIDGOODS>RETREAT:access
grant          | AID          | r=dative,to | need | ASYLUM>AID | AMNESTY>CONCEDE | AIDGOODS>AID | ENTRY>RETREAT:access | PERMISSION>CONCEDE
# ---- COOPERATE: mutual material cooperation
cooperate      | COOPERATE    | r=with
co-operate     | COOPERATE    | r=with
collaborate    | COOPERATE    | r=with
extradite      | COOPERATE    | r=to
share          | COOPERATE    | r=with | need | AIDGOODS>COOPERATE
take part      | COOPERATE    | r=in | c=0.5 | need | COOPWORK>COOPERATE
# ---- AID
aid            | AID          | r=dobj
help           | AID          | r=dobj | c=0.55 | dobj
assist         | AID          | r=dobj | c=0.6 | dobj
provide        | AID          | r=to,dative,with | need | AIDGOODS>AID | PEACEKEEPING>AID
give           | AID          | r=dative,to | need | AIDGOODS>AID | ASYLUM>AID
send           | AID          | r=to,dative | need | MESSAGES>- | AIDGOODS>AID | TROOPS>MOBILIZE:troops | DIPLOMATS>CONSULT:visit | OBSERVERS>ACCUSE:investigate
supply         | AID          | r=to,dative,with | need | AIDGOODS>AID
deliver        | AID          | r=to,dative | need | MESSAGES>- | AIDGOODS>AID
dispatch       | AID          | r=to | need | OBSERVERS>ACCUSE:investigate | AIDGOODS>AID | TROOPS>MOBILIZE:troops
donate         | AID          | r=to
contribute     | AID          | r=to | need | AIDGOODS>AID
fund           | AID          | r=dobj | c=0.6
finance        | AID          | r=dobj | c=0.6
rescue         | AID          | r=dobj
hand over      | AID          | r=to | need | AIDGOODS>AID | PERSONS>COOPERATE | TERRITORY>RETREAT:withdraw | PRISONERS>RETREAT:release
pay            | AID          | r=to,dative | need | AIDGOODS>AID
lend           | AID          | r=to,dative
# ---- RETREAT
withdraw       | RETREAT:withdraw | r=from | PEACEKEEPING>SANCTION:expel | TROOPS>RETREAT:withdraw | ORGS>SANCTION:withdraw | DIPLOMATS>SANCTION:withdraw | OBSERVERS>SANCTION:withdraw | AIDGOODS>SANCTION:discontinue | SUPPORTERS>SANCTION:discontinue
pull out       | RETREAT:withdraw | r=of,from
pull back      | RETREAT:withdraw | r=from
retreat        | RETREAT:withdraw | r=from
evacuate       | RETREAT:withdraw | r=from | c=0.55
release        | RETREAT:release | r=to | STATEMENT>- | PRONOUNS>- | PRISONERS>RETREAT:release | PERSONS>RETREAT:release
return         | RETREAT:release | r=to | need | RETURNABLE>RETREAT:release
free           | RETREAT:release | r=to | c=0.6
surrender      | RETREAT:disarm | r=to
disarm         | RETREAT:disarm | r=dobj
demobilize     | RETREAT:disarm | r=dobj
demobilise     | RETREAT:disarm | r=dobj
resign         | RETREAT:resign | r=from
step down      | RETREAT:resign | r=from
quit           | RETREAT:resign | r=dobj | c=0.5
repatriate     | RETREAT      | r=to
# ---- REQUEST
demand         | REQUEST      | r=from,of,dobj | objctl | ccomp | MEETING>REQUEST:meet | PRISONERS>REQUEST:yield
urge           | REQUEST      | r=dobj | objctl | ccomp
ask            | REQUEST      | r=dobj,for | objctl | c=0.55
request        | REQUEST      | r=from,dobj | c=0.6
call on        | REQUEST      | r=on | objctl
call for       | REQUEST      | r=from | c=0.65
appeal         | REQUEST      | r=to | c=0.55 | needprep=to,for
press          | REQUEST      | r=dobj | objctl | c=0.6
pressure       | REQUEST      | r=dobj | objctl
push           | REQUEST      | r=for | need | DEMANDS>REQUEST | c=0.5
order          | REQUEST      | r=dobj | objctl | c=0.55 | need | TROOPS>MOBILIZE:troops | POLICE>MOBILIZE:police | PERSONS>REQUEST | DIPLOMATS>REQUEST
# ---- ACCUSE
accuse         | ACCUSE:allege | r=dobj
blame          | ACCUSE:allege | r=dobj
criticize      | ACCUSE:disapprove | r=dobj
criticise      | ACCUSE:disapprove | r=dobj
condemn        | ACCUSE:disapprove | r=dobj
denounce       | ACCUSE:disapprove | r=dobj
decry          | ACCUSE:disapprove | r=dobj
deplore        | ACCUSE:disapprove | r=dobj
slam           | ACCUSE:disapprove | r=dobj | c=0.6
censure        | ACCUSE:disapprove | r=dobj
rebuke         | ACCUSE:disapprove | r=dobj
reproach       | ACCUSE:disapprove | r=dobj
complain       | ACCUSE:disapprove | r=to,about
object         | ACCUSE:disapprove | r=to | c=0.5
charge         | ACCUSE:allege | r=dobj | c=0.6 | dobj
indict         | ACCUSE:allege | r=dobj
sue            | ACCUSE:allege | r=dobj
allege         | ACCUSE:allege | r=dobj | c=0.55 | TIES>-
investigate    | ACCUSE:investigate | r=dobj
probe          | ACCUSE:investigate | r=dobj
convict        | SANCTION:convict | r=dobj
sentence       | COERCE:arrest | r=dobj
# ---- REJECT
reject         | REJECT       | r=poss,dobj | PROPOSAL>REJECT | MEETING>REJECT:meet | DEMANDS>REJECT:change
refuse         | REJECT       | r=dobj,dative | content
decline        | REJECT       | r=poss | content | c=0.6
oppose         | REJECT       | r=dobj | c=0.6
veto           | REJECT       | r=dobj,poss
rebuff         | REJECT       | r=dobj
spurn          | REJECT       | r=dobj
defy           | REJECT:yield | r=dobj
violate        | REJECT:yield | r=dobj | need | RESTRICTION>REJECT:yield | AGREEMENT>ASSAULT
deny           | REJECT       | r=dative,to | need | ENTRY>REJECT | DEMANDS>REJECT | PERMISSION>REJECT
bar            | COERCE:restrict | r=dobj | ENTRY>REJECT
turn down      | REJECT       | r=poss | c=0.6
# ---- THREATEN
threaten       | THREATEN     | r=dobj,against | content
warn           | THREATEN     | r=dobj | c=0.45
# ---- PROTEST
protest        | PROTEST:demo | r=against,dobj | state=ACCUSE:disapprove
demonstrate    | PROTEST:demo | r=against,outside,in | nodobj
march          | PROTEST:demo | r=against,on | c=0.5 | state=-
riot           | PROTEST:riot | r=against,in
picket         | PROTEST:demo | r=dobj
boycott        | PROTEST:boycott | r=dobj | state=SANCTION:discontinue
block          | PROTEST:obstruct | r=dobj | need | ROAD>PROTEST:obstruct | PROPOSAL>REJECT
strike         | ASSAULT      | r=dobj | c=0.55
stop           | PROTEST:strike | r=against | need | WORK>PROTEST:strike
# ---- SANCTION
sanction       | SANCTION:discontinue | r=dobj
embargo        | SANCTION:discontinue | r=dobj
sever          | SANCTION:discontinue | r=with | need | TIES>SANCTION:discontinue
cut            | SANCTION:discontinue | r=with,to | need | TIES>SANCTION:discontinue | AIDGOODS>SANCTION:discontinue
break off      | SANCTION:discontinue | r=with | need | TIES>SANCTION:discontinue | MEETING>SANCTION:withdraw
suspend        | SANCTION:discontinue | r=with,to | need | TIES>SANCTION:discontinue | AIDGOODS>SANCTION:discontinue | MEETING>SANCTION:withdraw | STRIKE>CONCEDE | AGREEMENT>SANCTION:discontinue
halt           | SANCTION:discontinue | r=with,to,among | need | TIES>SANCTION:discontinue | AIDGOODS>SANCTION:discontinue | MEETING>SANCTION:withdraw
freeze         | SANCTION:discontinue | r=with,of | need | TIES>SANCTION:discontinue | AIDGOODS>SANCTION:discontinue | PROPERTY>SANCTION:discontinue | MEETING>SANCTION:withdraw
reduce         | SANCTION:discontinue | r=to | need | AIDGOODS>SANCTION:discontinue | TIES>SANCTION:discontinue
downgrade      | SANCTION:discontinue | r=with | need | TIES>SANCTION:discontinue
recall         | SANCTION:withdraw | r=from | need | DIPLOMATS>SANCTION:withdraw
prohibit       | SANCTION:discontinue | r=to | need | AIDGOODS>SANCTION:discontinue | ENTRY>REJECT
expel          | COERCE:deport | r=dobj | DIPLOMATS>SANCTION:expel | OBSERVERS>SANCTION:expel
# ---- MOBILIZE
mobilize       | MOBILIZE:troops | r=against | need | TROOPS>MOBILIZE:troops | POLICE>MOBILIZE:police | SUPPORTERS>PROTEST:demo | PROTESTERS>PROTEST:demo
mobilise       | MOBILIZE:troops | r=against | need | TROOPS>MOBILIZE:troops | POLICE>MOBILIZE:police | SUPPORTERS>PROTEST:demo | PROTESTERS>PROTEST:demo
deploy         | MOBILIZE:troops | r=to,in,against | POLICE>MOBILIZE:police | PEACEKEEPING>AID | WEAPONS>MOBILIZE:weapons
mass           | MOBILIZE:troops | r=near,on,along | need | TROOPS>MOBILIZE:troops
reinforce      | MOBILIZE:troops | r=dobj | c=0.5
patrol         | MOBILIZE:police | r=dobj | c=0.5
# ---- COERCE
arrest         | COERCE:arrest | r=dobj
detain         | COERCE:arrest | r=dobj
jail           | COERCE:arrest | r=dobj
imprison       | COERCE:arrest | r=dobj
round up       | COERCE:arrest | r=dobj
seize          | COERCE:seize | r=from,dobj | COMBATANT>ASSAULT:abduct | PERSONS>COERCE:arrest | CHANCE>-
confiscate     | COERCE:seize | r=from
raid           | COERCE:seize | r=dobj
ban            | COERCE:restrict | r=dobj
censor         | COERCE:censor | r=dobj
deport         | COERCE:deport | r=dobj
force out      | COERCE:deport | r=dobj
evict          | COERCE:deport | r=dobj
blockade       | COERCE:restrict | r=dobj | civil=PROTEST:obstruct
besiege        | COERCE:restrict | r=dobj
cordon off     | COERCE:restrict | r=dobj
prevent        | COERCE:restrict | r=dobj | need | STRIKE>COERCE:restrict | PROTESTERS>COERCE:restrict
disperse       | COERCE:restrict | r=dobj | need | PROTESTERS>COERCE:restrict | STRIKE>COERCE:restrict
crack down     | COERCE       | r=on
suppress       | COERCE       | r=dobj | c=0.55
repress        | COERCE       | r=dobj
hack           | COERCE:cyber | r=dobj
deface         | COERCE:cyber | r=dobj | c=0.55
occupy         | COERCE:seize | r=dobj | civil=PROTEST:obstruct
reimpose       | COERCE:restrict | r=on,against,in | need | SANCTIONS>SANCTION:discontinue | CURFEW>COERCE:curfew | EMERGENCY>COERCE:martial-law | RESTRICTION>COERCE:restrict
declare        | COERCE:martial-law | r=in,on | need | EMERGENCY>COERCE:martial-law | CURFEW>COERCE:curfew
impose         | COERCE:restrict | r=on,against,in | need | SANCTIONS>SANCTION:discontinue | CURFEW>COERCE:curfew | EMERGENCY>COERCE:martial-law | RESTRICTION>COERCE:restrict
# ---- ASSAULT
attack         | ASSAULT      | r=dobj | UTTERANCE>ACCUSE:disapprove
assault        | ASSAULT:beat | r=dobj
bomb           | ASSAULT:explosives | r=dobj
shell          | ASSAULT:heavy-weapons | r=dobj
bombard        | ASSAULT:heavy-weapons | r=dobj
pound          | ASSAULT:heavy-weapons | r=dobj | c=0.5
kill           | ASSAULT      | r=dobj
murder         | ASSAULT:targeted | r=dobj
assassinate    | ASSAULT:targeted | r=dobj
execute        | ASSAULT:targeted | r=dobj | c=0.55
behead         | ASSAULT:targeted | r=dobj
shoot          | ASSAULT:firearms | r=dobj,at
gun down       | ASSAULT:firearms | r=dobj
open           | ASSAULT:firearms | r=on,at | need | WEAPONTEST>-
fire           | ASSAULT      | r=on,at,into | c=0.5 | needprep=on,at,into,upon
wound          | ASSAULT      | r=dobj
injure         | ASSAULT      | r=dobj | c=0.55
kidnap         | ASSAULT:abduct | r=dobj
hold           | ASSAULT:abduct | r=dobj | need | HOSTAGE>ASSAULT:abduct
abduct         | ASSAULT:abduct | r=dobj
hijack         | ASSAULT:abduct | r=dobj
torture        | ASSAULT:torture | r=dobj
rape           | ASSAULT:sexual | r=dobj
abuse          | ASSAULT:beat | r=dobj | c=0.5 | POWER>-
beat           | ASSAULT:beat | r=dobj | c=0.55
stab           | ASSAULT:primitive | r=dobj
massacre       | ASSAULT:targeted | r=dobj
invade         | ASSAULT      | r=dobj
ambush         | ASSAULT      | r=dobj
clash          | ASSAULT      | r=with | mutual
fight          | ASSAULT      | r=against,with,dobj | c=0.55
battle         | ASSAULT      | r=dobj,with | mutual | c=0.55
capture        | COERCE:seize | r=dobj,from | COMBATANT>ASSAULT:abduct | PERSONS>COERCE:arrest | TERRITORY>ASSAULT | DEPICTION>-
retake         | ASSAULT      | r=dobj,from
recapture      | ASSAULT      | r=dobj,from
overrun        | ASSAULT      | r=dobj
storm          | ASSAULT      | r=dobj
blow up        | ASSAULT:destroy | r=dobj
explode        | ASSAULT:explosives | r=dobj,in | dobj
detonate       | ASSAULT:explosives | r=dobj,in | dobj
destroy        | ASSAULT:destroy | r=dobj | c=0.55
demolish       | COERCE:seize | r=dobj
torch          | ASSAULT:destroy | r=dobj
topple         | ASSAULT      | r=dobj | c=0.5
overthrow      | ASSAULT      | r=dobj | c=0.55
target         | ASSAULT      | r=dobj | c=0.5
"""

_NOUNS = r"""
# ---- AGREE: offers and pledges as nouns ("made an offer", "renewed its pledge")
offer          | AGREE        | of=actor | r=to | c=0.5
pledge         | AGREE        | of=actor | r=to | c=0.55
promise        | AGREE        | of=actor | r=to | c=0.5
commitment     | AGREE        | of=actor | r=to | c=0.5
willingness    | AGREE        | of=actor | r=to | c=0.55
readiness      | AGREE        | of=actor | r=to | c=0.55
# ---- CONSULT (the other side is "with" or "between"; "talks on Syria" name a topic, "a
# meeting on Crete" a venue)
talk           | CONSULT      | of=actor | r=with,between | plural
negotiation    | CONSULT      | of=actor | r=with,between
meeting        | CONSULT      | of=actor | r=with,between | c=0.55
summit         | CONSULT:multilateral | of=actor | r=with,between
visit          | CONSULT:visit | of=actor | r=to
trip           | CONSULT:visit | of=actor | r=to | c=0.5
discussion     | CONSULT      | of=actor | r=with,between | c=0.5
consultation   | CONSULT      | of=actor | r=with,between | c=0.5
mediation      | CONSULT      | of=actor | r=between
call           | CONSULT:phone | of=actor | mod=phone,telephone
# ---- SUPPORT / AID / COOPERATE
support        | SUPPORT      | of=actor | r=for
backing        | SUPPORT      | of=actor | r=for
endorsement    | SUPPORT      | of=actor | r=for
recognition    | SUPPORT      | of=actor | c=0.5
apology        | SUPPORT      | of=actor | r=to
aid            | AID          | of=actor | r=to,for | c=0.5
assistance     | AID          | of=actor | r=to,for | c=0.5
exercise       | MOBILIZE:troops | of=actor | mod=military,naval,joint,war | JOINT>COOPERATE
drill          | MOBILIZE:troops | of=actor | mod=military,naval,joint,war | JOINT>COOPERATE
game           | MOBILIZE:troops | of=actor | mod=war | JOINT>COOPERATE
agreement      | AGREE        | of=actor | r=with | c=0.5 | light
deal           | AGREE        | of=actor | r=with | c=0.5 | light
accord         | AGREE        | of=actor | r=with | c=0.5 | light
consensus      | AGREE        | of=actor | r=with | c=0.5 | light
# ---- RETREAT / CONCEDE
ceasefire      | RETREAT:ceasefire | of=actor | r=with,between
cease-fire     | RETREAT:ceasefire | of=actor | r=with,between
truce          | RETREAT:ceasefire | of=actor | r=with,between
withdrawal     | RETREAT:withdraw | of=actor | r=from | ORGS>SANCTION:withdraw
pullout        | RETREAT:withdraw | of=actor | r=from
release        | RETREAT:release | of=recipient | poss=recipient | PRESS>-
resignation    | RETREAT:resign | of=actor
# ---- conflict, verbal
threat         | THREATEN     | of=actor | r=against,to | c=0.5
ultimatum      | THREATEN     | of=actor | r=to | c=0.55
accusation     | ACCUSE:allege | of=actor | r=against | c=0.5
criticism      | ACCUSE:disapprove | of=actor | r=of | c=0.5
condemnation   | ACCUSE:disapprove | of=actor | c=0.5
investigation  | ACCUSE:investigate | of=recipient | r=into,of | c=0.55
probe          | ACCUSE:investigate | of=recipient | r=into | c=0.55
inquiry        | ACCUSE:investigate | of=recipient | r=into | c=0.5
lawsuit        | ACCUSE:allege | of=actor | r=against
hearing        | ACCUSE:investigate | of=actor | r=into | c=0.5
veto           | REJECT       | of=actor | c=0.5
# ---- conflict, material
protest        | PROTEST:demo | of=actor | r=against | c=0.55
demonstration  | PROTEST:demo | of=actor | r=against | c=0.55
rally          | PROTEST:demo | of=actor | r=against | c=0.45 | CAMPAIGN>- | state=-
riot           | PROTEST:riot | of=actor | c=0.55
strike         | PROTEST:strike | of=actor | AIRSTRIKE>ASSAULT:aerial
walkout        | PROTEST:strike | of=actor
sit-in         | PROTEST:demo | of=actor
boycott        | PROTEST:boycott | of=actor | r=of
sanction       | SANCTION:discontinue | of=actor | r=against,on | plural
embargo        | SANCTION:discontinue | of=actor | r=against,on
blockade       | COERCE:restrict | of=actor | r=of,on,against
curfew         | COERCE:curfew | of=actor | r=on,in
arrest         | COERCE:arrest | of=recipient | poss=recipient | c=0.55
detention      | COERCE:arrest | of=recipient | poss=recipient | c=0.5
warrant        | THREATEN:arrest | of=recipient | mod=arrest | r=for,against,on | c=0.55
crackdown      | COERCE       | of=actor | r=on,against
deportation    | COERCE:deport | of=recipient | poss=recipient | c=0.5
expulsion      | COERCE:deport | of=recipient | poss=recipient | c=0.5
mobilization   | MOBILIZE:troops | of=actor
mobilisation   | MOBILIZE:troops | of=actor
deployment     | MOBILIZE:troops | of=actor | r=to,in
alert          | MOBILIZE:troops | of=actor | r=against | c=0.5 | ADVISORY>-
suspension     | SANCTION:discontinue | of=actor | r=with,to | c=0.5
offensive      | ASSAULT      | of=actor | r=against,on
attack         | ASSAULT      | of=actor | r=on,against
assault        | ASSAULT      | of=actor | r=on,against
airstrike      | ASSAULT:aerial | of=actor | r=on,against
air-strike     | ASSAULT:aerial | of=actor | r=on,against
raid           | COERCE:seize | of=actor | r=on,against | AIRSTRIKE>ASSAULT:aerial
bombing        | ASSAULT:explosives | of=recipient | r=of,on
shelling       | ASSAULT:heavy-weapons | of=recipient | r=of,on
bombardment    | ASSAULT:heavy-weapons | of=recipient | r=of,on
invasion       | ASSAULT      | of=recipient | r=of,into
incursion      | ASSAULT      | of=actor | r=into
ambush         | ASSAULT      | of=actor | r=on,against
clash          | ASSAULT      | of=actor | r=with,between | mutual
fighting       | ASSAULT      | of=actor | r=with,between,against | mutual | c=0.5
battle         | ASSAULT      | of=actor | r=with,between,against | mutual | c=0.5
killing        | ASSAULT      | of=recipient | poss=recipient | c=0.5
massacre       | ASSAULT:targeted | of=recipient
assassination  | ASSAULT:targeted | of=recipient | poss=recipient
kidnapping     | ASSAULT:abduct | of=recipient | poss=recipient
abduction      | ASSAULT:abduct | of=recipient | poss=recipient
hijacking      | ASSAULT:abduct | of=recipient
uprising       | ASSAULT      | of=actor | r=against | c=0.45
coup           | ASSAULT      | of=actor | r=against | c=0.5
"""

# Verbs that only carry a nominal trigger ("held talks", "launched an
# offensive"): their subject is the event's actor; they are not events.
LIGHT_VERBS = frozenset(
    "hold launch stage conduct carry mount make have begin start resume open continue renew "
    "undertake pursue wage step go issue reach announce declare order impose take join lead "
    "organize organise head plan call seek win receive give express voice lodge file deliver "
    "institute introduce enforce implement complete finish speed accelerate remain put place pay grant".split()
)
# light verbs that change the nominal's type (verb lemma, nominal type) -> type
LIGHT_OVERRIDES: dict[tuple[str, str], str] = {
    ("declare", "RETREAT"): "CONCEDE",   # declaring a ceasefire is verbal (manual, CONCEDE)
    ("announce", "RETREAT"): "CONCEDE",
    ("reach", "RETREAT"): "AGREE",
    ("seek", "CONSULT"): "REQUEST",
    ("call", "CONSULT"): "REQUEST",
    ("call", "RETREAT"): "REQUEST",
    ("plan", "CONSULT"): "AGREE",
    ("order", "ASSAULT"): "ASSAULT",
    # a diplomatic protest is lodged, not marched: ACCUSE (manual, PROTEST ambiguities)
    ("lodge", "PROTEST"): "ACCUSE",
    ("file", "PROTEST"): "ACCUSE",
    ("voice", "PROTEST"): "ACCUSE",
    ("express", "PROTEST"): "ACCUSE",
    ("deliver", "PROTEST"): "ACCUSE",
}
# verbs that enact an agreement noun ("reach a deal"); others ("sign", "reject") are triggers themselves
AGREEMENT_VERBS = frozenset("reach conclude strike hammer broker clinch seal finalize finalise".split())

@dataclass(frozen=True, kw_only=True)
class Entry:
    """One trigger: the event it announces and where its arguments are."""

    lemma: str
    particle: str | None
    pos: str  # VERB or NOUN
    type: str
    mode: str | None
    recipient_roles: tuple[str, ...]
    of_role: str | None = None
    poss_role: str | None = None  # "recipient": "his arrest" is his, unless "of X" follows
    need_object: bool = False
    need_dobj: bool = False
    no_dobj: bool = False
    need_complement: bool = False  # "committed to help" (not "committed crimes")
    required_preps: frozenset[str] = frozenset()  # "appealed to/for", not "appealed the verdict"
    need_argument: bool = False  # "agreed to/on/with ..." (not "the governor agreed, saying ...")  # "demonstrated a lack of ..." is not a demonstration
    need_partner: bool = False  # "talked with X", "the two leaders discussed" (not "discussed his role")
    need_support: bool = False  # nominal counts only with a verb that enacts it ("reached an agreement")
    content: bool = False
    object_control: bool = False
    ccomp_recipient: bool = False
    mutual: bool = False
    plural_only: bool = False
    required_mods: frozenset[str] = frozenset()
    civil: tuple[str, str | None] | None = None
    state: tuple[str, str | None] | None | str = None
    object_rules: tuple[tuple[str, str | None, str | None], ...] = ()  # (class, type or None=veto, mode)
    confidence: float = 0.7


class LexiconError(ValueError):
    """A malformed lexicon line; the message names the line."""


def _type_mode(spec: str, where: str) -> tuple[str | None, str | None]:
    if spec == "-":
        return None, None
    t, _, m = spec.partition(":")
    try:
        check(t, m or None)
    except ValueError as exc:
        raise LexiconError(f"{where}: {exc}") from None
    return t, (m or None)


def _parse(block: str, pos: str) -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for n, raw in enumerate(block.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 2:
            raise LexiconError(f"{pos} lexicon line {n}: expected 'lemma | TYPE[:mode] | options': {raw!r}")
        words = parts[0].split()
        lemma, particle = words[0], (words[1] if len(words) > 1 else None)
        etype, mode = _type_mode(parts[1], f"{pos} lexicon line {n} ({lemma})")
        kw: dict = {"recipient_roles": ("dobj",) if pos == "VERB" else ("against", "on", "with", "to")}
        rules = []
        conf = 0.7 if pos == "VERB" else 0.6
        for opt in parts[2:]:
            if opt.startswith("r="):
                kw["recipient_roles"] = tuple(opt[2:].split(","))
            elif opt.startswith("of="):
                kw["of_role"] = opt[3:]
            elif opt.startswith("poss="):
                kw["poss_role"] = opt[5:]
            elif opt.startswith("c="):
                conf = float(opt[2:])
            elif opt.startswith("needprep="):
                kw["required_preps"] = frozenset(opt[9:].split(","))
            elif opt.startswith("mod="):
                kw["required_mods"] = frozenset(opt[4:].split(","))
            elif opt.startswith("civil="):
                kw["civil"] = _type_mode(opt[6:], f"line {n}")
            elif opt.startswith("state="):
                kw["state"] = _type_mode(opt[6:], f"line {n}") if opt[6:] != "-" else "-"
            elif ">" in opt:
                cls, _, spec = opt.partition(">")
                if cls not in NOUN_CLASSES and cls not in MODIFIER_CLASSES:
                    raise LexiconError(f"{pos} lexicon line {n} ({lemma}): unknown noun class {cls!r}")
                t, m = _type_mode(spec, f"{pos} lexicon line {n} ({lemma})")
                rules.append((cls, t, m))
            elif opt in ("need", "content", "objctl", "ccomp", "mutual", "plural", "dobj", "light", "nodobj", "needcomp",
                         "needarg", "partner"):
                key = {"need": "need_object", "dobj": "need_dobj", "light": "need_support", "nodobj": "no_dobj",
                       "needcomp": "need_complement", "needarg": "need_argument", "partner": "need_partner", "content": "content", "objctl": "object_control",
                       "ccomp": "ccomp_recipient", "mutual": "mutual", "plural": "plural_only"}[opt]
                kw[key] = True
            else:
                raise LexiconError(f"{pos} lexicon line {n} ({lemma}): unknown option {opt!r}")
        if etype is None:
            raise LexiconError(f"{pos} lexicon line {n} ({lemma}): a trigger needs a type")
        entry = Entry(lemma=lemma, particle=particle, pos=pos, type=etype, mode=mode,
                      object_rules=tuple(rules), confidence=conf, **kw)
        out.setdefault(lemma, []).append(entry)
    return out


@lru_cache(maxsize=1)
def verb_lexicon() -> dict[str, list[Entry]]:
    """Verb lemma -> entries (several when particles differ: 'call on', 'call off')."""
    return _parse(_VERBS, "VERB")


@lru_cache(maxsize=1)
def noun_lexicon() -> dict[str, list[Entry]]:
    return _parse(_NOUNS, "NOUN")
