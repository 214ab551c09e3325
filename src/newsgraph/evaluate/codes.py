"""CAMEO-era codes in the PLOVER gold, normalised the same way for every task that reads it.

The GSR file was coded with CAMEO/Phoenix dictionaries before PLOVER settled
its codes: some countries have pre-ISO codes, Amnesty International and the
Red Cross are IGO (PLOVER later split off NGO), "CIV" is an old spelling of
the civilian sector and CAMEO religion codes (MOS, CHR, ...) stand where a
sector would be. Our output is compared after the same mapping.
"""

from __future__ import annotations

OLD_COUNTRIES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UNO": "IGO", "EUR": "IGO", "KSV": "KOS",
                 "ROM": "ROU", "GER": "DEU", "UK": "GBR", "SIN": "SGP", "BOS": "BIH"}
OLD_SECTORS = {"CIV": "CVL", "HLH": "MED"}
# CAMEO religion codes; as a sector they mean "religious actor"
RELIGIONS = frozenset("ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS "
                      "MRN NEW ORT PAG PRO SFI SHI SHN SIK SUN TAO UDR ZRO".split())


def plover_sector(ours: str | None) -> str | None:
    """Our sector as PLOVER's list has it: PLOVER has no NGO sector (only an NGO country
    code for transnational ones); a non-governmental organisation is its civil society (SOC)."""
    return "SOC" if ours == "NGO" else ours


def norm_country(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()[:3]
    code = OLD_COUNTRIES.get(code, code)
    return "IGO" if code == "NGO" else code


def norm_sector(code: str | None) -> str | None:
    """The first three letters of a CAMEO agent code as a sector; None for "***" or none."""
    if not code or code.startswith("*"):
        return None
    s = code.strip().upper()[:3]
    if s in RELIGIONS:
        return "REL"
    return OLD_SECTORS.get(s, s)
