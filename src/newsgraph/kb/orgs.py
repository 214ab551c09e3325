"""International organisations, NGOs and armed groups that recur in the news.

Rows: ``country | org | sector | name; aliases / name; aliases``: ``;``
separates the names of one organisation, `` / `` organisations that share a
country, org and sector (each is its own actor: Reuters is not the BBC). IGOs get country ``IGO``
and their acronym as ``org`` (PLOVER's separate UNO/EUR codes are kept as
``org`` values UN and EU so one country code covers every IGO). Armed groups
that fight across borders get ``IMG`` (PLOVER "transnational militarized
group"); national ones get their country with REB.
"""

from __future__ import annotations

from newsgraph.kb.model import KBEntry, Role

_ORGS = """
IGO|UN||United Nations;UN;U.N.;the UN;the United Nations;UNO
IGO|UN|GOV|UN Security Council;Security Council;U.N. Security Council;UNSC
IGO|UN|GOV|UN General Assembly;General Assembly
IGO|UN|GOV|UN Secretariat;UN Secretary-General
IGO|UN|MIL|UN peacekeepers;U.N. peacekeepers;blue helmets;UNIFIL;MONUSCO;UNMISS;MINUSMA;UNAMID;UNPROFOR
IGO|UN|GOV|UNSMIL;UN Support Mission in Libya / UNAMA;UN Assistance Mission in Afghanistan / UNAMI;UN Assistance Mission for Iraq
IGO|UN|REF|UNHCR;UN refugee agency;U.N. refugee agency;UN High Commissioner for Refugees / UNRWA
IGO|UN|MED|World Health Organization;WHO
IGO|UN|AGR|World Food Programme;World Food Program;WFP / Food and Agriculture Organization;FAO
IGO|UN|EDU|UNICEF / UNESCO
IGO|UN|GOV|International Atomic Energy Agency;IAEA;UN nuclear watchdog
IGO|UN|GOV|UN Human Rights Council;Human Rights Council;OHCHR;UN human rights office
IGO|UN|GOV|OCHA;UN Office for the Coordination of Humanitarian Affairs
IGO|UN|JUD|International Court of Justice;ICJ;World Court
IGO|ICC|JUD|International Criminal Court;ICC
IGO|UN|JUD|ICTY;International Criminal Tribunal for the former Yugoslavia;UN war crimes tribunal;U.N. war crimes court / ICTR;International Criminal Tribunal for Rwanda
IGO|EU||European Union;EU;E.U.;the EU;European Community;EC;European Economic Community;EEC;European common market;Common Market
IGO|EU|GOV|European Commission;Brussels;EU Commission
IGO|EU|LEG|European Parliament
IGO|EU|GOV|European Council;Council of the European Union
IGO|EU|JUD|European Court of Justice;ECJ
IGO|ECB|BUS|European Central Bank;ECB
IGO|NATO||NATO;North Atlantic Treaty Organization;Nato;the Atlantic alliance;OTAN
IGO|AU||African Union;AU;Organization of African Unity;OAU
IGO|AMISOM|MIL|AMISOM;ATMIS;African Union Mission in Somalia
IGO|ARL||Arab League;League of Arab States;the Arab League
IGO|OPEC||OPEC;Organization of the Petroleum Exporting Countries;OPEC+
IGO|GCC||Gulf Cooperation Council;GCC
IGO|ASEAN||ASEAN;Association of Southeast Asian Nations
IGO|APEC||APEC;Asia-Pacific Economic Cooperation
IGO|OSCE||OSCE;Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe;CSCE
IGO|OAS||Organization of American States;OAS
IGO|ECOWAS||ECOWAS;Economic Community of West African States
IGO|SADC||SADC;Southern African Development Community
IGO|IGAD||IGAD;Intergovernmental Authority on Development
IGO|OIC||Organisation of Islamic Cooperation;Organization of Islamic Cooperation;Organization of the Islamic Conference;OIC
IGO|IMF|BUS|International Monetary Fund;IMF;the Fund
IGO|WB|BUS|World Bank
IGO|WTO|BUS|World Trade Organization;WTO
IGO|G7||G7;G-7;Group of Seven;G8;G-8
IGO|G20||G20;G-20;Group of 20
IGO|BRICS||BRICS
IGO|SCO||Shanghai Cooperation Organisation;Shanghai Cooperation Organization;SCO
IGO|CSTO|MIL|Collective Security Treaty Organization;CSTO
IGO|CIS||Commonwealth of Independent States;CIS
IGO|COE||Council of Europe
IGO|COE|JUD|European Court of Human Rights;ECHR
IGO|INTERPOL|COP|Interpol;International Criminal Police Organization
IGO|OPCW||Organisation for the Prohibition of Chemical Weapons;OPCW
IGO|OECD|BUS|OECD;Organisation for Economic Co-operation and Development
IGO|ADB|BUS|Asian Development Bank / African Development Bank
IGO|COMMONWEALTH||the Commonwealth;Commonwealth of Nations
IGO|MERCOSUR|BUS|Mercosur
IGO|G77||Group of 77;G77
NGO||NGO|Amnesty International;Amnesty
NGO||NGO|Human Rights Watch;HRW
NGO||MED|Red Cross;International Committee of the Red Cross;ICRC
# the Federation and the national Red Crescent societies are distinct bodies from the ICRC
NGO||MED|International Federation of Red Cross and Red Crescent Societies;IFRC
NGO||MED|Red Crescent;Red Crescent Society
NGO||MED|Doctors Without Borders;Medecins Sans Frontieres;MSF
NGO||NGO|Oxfam / Save the Children / International Rescue Committee / Norwegian Refugee Council / CARE International
# press-freedom groups are NGOs with a home: RSF in Paris, CPJ in New York
USA||NGO|Committee to Protect Journalists;CPJ
NGO||NGO|Transparency International / Greenpeace
GBR||NGO|Syrian Observatory for Human Rights;SOHR
# news agencies and broadcasters by home country: an outlet is its country's media
GBR||JRN|Reuters / BBC;British Broadcasting Corporation / The Guardian;Guardian / The Times / Financial Times / The Independent / The Telegraph;Daily Telegraph / Sky News / PA Media;Press Association / The Economist
USA||JRN|Associated Press;AP / CNN / Bloomberg / The New York Times;New York Times / The Washington Post;Washington Post / The Wall Street Journal;Wall Street Journal / NPR;National Public Radio / Fox News / NBC News;NBC / CBS News;CBS / ABC News / Voice of America;VOA / Radio Free Europe;RFE/RL
FRA||JRN|AFP;Agence France-Presse;Agence France Presse / Le Monde / France 24
QAT||JRN|Al Jazeera;Al-Jazeera
DEU||JRN|Deutsche Welle;DW / Der Spiegel;Spiegel / dpa;Deutsche Presse-Agentur
RUS||JRN|TASS;ITAR-TASS / RIA Novosti / Interfax / RT;Russia Today / Sputnik
CHN||JRN|Xinhua;Xinhua News Agency / CCTV;China Central Television / Global Times / CGTN / People's Daily
IRN||JRN|IRNA;Islamic Republic News Agency / Fars News Agency;Fars News / Tasnim;Tasnim News Agency / Press TV / Mehr News Agency;Mehr / ISNA
TUR||JRN|Anadolu Agency;Anadolu / TRT
JPN||JRN|Kyodo;Kyodo News / NHK
KOR||JRN|Yonhap
PRK||JRN|KCNA;Korean Central News Agency
ARE||JRN|Al Arabiya;Al-Arabiya
EGY||JRN|MENA;Middle East News Agency / Al-Ahram
SAU||JRN|SPA;Saudi Press Agency
AUS||JRN|Australian Broadcasting Corporation
NGO||REL|Catholic Church;Vatican;Roman Catholic Church
IMG||REB|al-Qaeda;al Qaeda;Al-Qaida;al-Qaida;Qaeda / AQAP;al-Qaeda in the Arabian Peninsula / AQIM;al-Qaeda in the Islamic Maghreb
IMG||REB|Islamic State;ISIS;ISIL;IS;Daesh;Daish;Islamic State of Iraq and the Levant;Islamic State of Iraq and Syria;Islamic State group / ISIS-K;Islamic State Khorasan
RUS||MIL|Wagner Group;Wagner;Wagner mercenaries;Africa Corps
AFG||REB|Taliban;the Taliban;Afghan Taliban
PAK||REB|Pakistani Taliban;Tehrik-i-Taliban Pakistan;TTP / Lashkar-e-Taiba;LeT / Jaish-e-Mohammed
AFG||REB|Haqqani network
SOM||REB|al-Shabaab;al Shabaab;Al-Shabab;al-Shabab;Shabaab
NGA||REB|Boko Haram / ISWAP;Islamic State West Africa Province
YEM||REB|Houthis;Houthi;Huthis;Huthi;Houthi movement;Ansar Allah;Ansarullah
LBN||REB|Hezbollah;Hizbollah;Hizballah;Hizbullah
PSE||REB|Hamas;Izz ad-Din al-Qassam Brigades;Qassam Brigades / Islamic Jihad;Palestinian Islamic Jihad;PIJ / Al-Aqsa Martyrs Brigades
PSE||GOV|Palestinian Authority;PA / Palestine Liberation Organization;PLO
PSE||PTY|Fatah
SYR||REB|Hayat Tahrir al-Sham;HTS;Nusra Front;al-Nusra Front;Jabhat al-Nusra / Free Syrian Army;FSA / Syrian National Army / Jaish al-Islam / Ahrar al-Sham
SYR||REB|Syrian Democratic Forces;SDF / YPG;People's Protection Units
TUR||REB|PKK;Kurdistan Workers' Party;Kurdistan Workers Party
IRQ||MIL|Popular Mobilization Forces;PMF;Hashd al-Shaabi;Popular Mobilisation Forces
IRQ||REB|Kataib Hezbollah / Asaib Ahl al-Haq
IRQ||GOV|Kurdistan Regional Government;KRG / Peshmerga
LBY||MIL|Libyan National Army;LNA;Libyan Arab Armed Forces
LBY||GOV|Government of National Accord;GNA / Government of National Unity;GNU / Presidential Council / House of Representatives of Libya
SDN||MIL|Rapid Support Forces;RSF;Janjaweed
SDN||REB|Sudan People's Liberation Movement-North;SPLM-N / Justice and Equality Movement;JEM / Sudan Liberation Army
SSD||REB|SPLM-IO;Sudan People's Liberation Movement-in-Opposition
SSD||GOV|SPLM;Sudan People's Liberation Movement
ETH||REB|Tigray People's Liberation Front;TPLF;Tigray Defense Forces / Oromo Liberation Army;OLA / Fano
MMR||REB|Arakan Army / Karen National Union;KNU / Kachin Independence Army;KIA / People's Defence Force;PDF / Arakan Rohingya Salvation Army;ARSA / Three Brotherhood Alliance
MMR||MIL|Tatmadaw;Myanmar military;junta
COD||REB|M23;March 23 Movement / ADF;Allied Democratic Forces / CODECO
CAF||REB|Seleka / anti-Balaka / Coalition of Patriots for Change;CPC
MLI||REB|JNIM;Jama'at Nusrat al-Islam wal-Muslimin / Ansar Dine / MNLA;National Movement for the Liberation of Azawad
MOZ||REB|Ansar al-Sunna / RENAMO;Renamo;Mozambican National Resistance
COL||REB|FARC;Revolutionary Armed Forces of Colombia / ELN;National Liberation Army
PER||REB|Shining Path;Sendero Luminoso
LKA||REB|Tamil Tigers;LTTE;Liberation Tigers of Tamil Eelam
PHL||REB|Moro Islamic Liberation Front;MILF / Abu Sayyaf / New People's Army;NPA
UKR||REB|Donetsk People's Republic;DPR / Luhansk People's Republic;LPR / pro-Russian separatists
UKR||MIL|Azov Regiment;Azov Battalion
AGO||REB|UNITA;National Union for the Total Independence of Angola
SLE||REB|Revolutionary United Front;RUF
UGA||REB|Lord's Resistance Army;LRA
ESP||REB|ETA
GBR||REB|IRA;Irish Republican Army;Provisional IRA
RWA||PTY|Rwandan Patriotic Front;RPF
ZAF||PTY|African National Congress;ANC
ISR||PTY|Likud
GBR||PTY|Conservative Party;Tories / Labour Party
USA||PTY|Republican Party;GOP;Republicans / Democratic Party;Democrats
RUS||PTY|United Russia
IND||PTY|Bharatiya Janata Party;BJP / Congress Party;Indian National Congress
CHN||PTY|Chinese Communist Party;Communist Party of China;CCP;CPC
TUR||PTY|Justice and Development Party;AKP
EGY||OPP|Muslim Brotherhood
# companies, news media and agencies that recur in the news, by home country
USA||BUS|Google;Alphabet / Facebook;Meta Platforms / Twitter / Microsoft / Apple Inc.;Apple / Amazon.com / Tesla / Boeing / Lockheed Martin / Raytheon / ExxonMobil;Exxon Mobil;Exxon / Chevron / Pfizer / Moderna / Goldman Sachs / JPMorgan;JPMorgan Chase / Intel / Nvidia / OpenAI / General Motors / Ford Motor
USA||GOV|NASA;National Aeronautics and Space Administration
CHN||BUS|Huawei / Alibaba / Tencent / ByteDance / TikTok / Sinopec / PetroChina
RUS||BUS|Gazprom / Rosneft / Lukoil / Rosatom
SAU||BUS|Saudi Aramco;Aramco
KOR||BUS|Samsung / Hyundai
JPN||BUS|Toyota / Sony / Mitsubishi
DEU||BUS|Volkswagen / Siemens / Deutsche Bank
GBR||BUS|BP / Royal Dutch Shell;Shell / HSBC / Glencore
FRA||BUS|TotalEnergies / Renault
NLD||BUS|Airbus
# bodies known by an acronym another uses too come last: the first listed is read unless the
# story names this one in full ("RSF" is the Rapid Support Forces unless Reporters Without
# Borders is named)
FRA||NGO|Reporters Without Borders;Reporters Sans Frontieres;RSF
"""


def org_entries() -> list[KBEntry]:
    out: list[KBEntry] = []
    rows = [line for line in _ORGS.strip().splitlines() if line.strip() and not line.startswith("#")]
    for i, line in enumerate(rows):
        country, org, sector, names = line.split("|")
        kind = "group" if sector in ("REB", "MIL") and country != "IGO" else "organization"
        role = Role(country, sector or None, None, org or None)
        # " / " separates distinct organisations sharing a row; ";" separates one's names
        for j, body in enumerate(names.split(" / ")):
            alias = [n.strip() for n in body.split(";") if n.strip()]
            oid = f"ng:org/{i}" if j == 0 else f"ng:org/{i}.{j}"
            out.append(KBEntry(oid, alias[0], kind, tuple(alias[1:]), (role,)))
    return out
