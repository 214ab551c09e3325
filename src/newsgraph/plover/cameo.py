"""CAMEO <-> PLOVER lookup, as our own versioned table.

Runtime direction (PLOVER type and mode -> CAMEO root) is what the events
stage writes into each event's ``cameo`` field. The other direction (a CAMEO
code -> PLOVER type) is for comparing with CAMEO-coded data such as the
PETRARCH unit tests. The table is written here, not read from the upstream
conversion file; :func:`read_upstream_table` parses that file when an
evaluation wants the finer 3- and 4-digit exceptions (``163`` is COERCE).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.plover.ontology import TABLE_VERSION, check

# CAMEO cue categories (2-digit roots) -> PLOVER type. 01 (statements) and 02
# (appeals) have no PLOVER type: a plain statement is a quote, not an event.
_ROOT_TO_PLOVER: dict[str, str | None] = {
    "01": None, "02": None, "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
# 3-digit codes whose PLOVER type differs from their root's.
_CODE_EXCEPTIONS: dict[str, str] = {
    "084": "RETREAT", "085": "RETREAT", "086": "RETREAT", "087": "RETREAT",
    "163": "COERCE", "175": "ASSAULT", "191": "COERCE", "192": "COERCE",
}

# PLOVER type -> CAMEO root; (type, mode) where the mode selects another root.
_TYPE_TO_ROOT: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "CONCEDE": "08",
    "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18",
}
_MODE_TO_ROOT: dict[tuple[str, str], str] = {
    ("ACCUSE", "investigate"): "09",
    # conventional military force is CAMEO 19, mass/unconventional violence 20
    ("ASSAULT", "firearms"): "19", ("ASSAULT", "heavy-weapons"): "19", ("ASSAULT", "aerial"): "19",
    ("ASSAULT", "drone"): "19", ("ASSAULT", "unconventional"): "20",
}


@dataclass(frozen=True, kw_only=True)
class CameoTable:
    """Both directions of the CAMEO/PLOVER mapping, with its version."""

    version: str = TABLE_VERSION
    root_to_plover: dict[str, str | None] = field(default_factory=lambda: dict(_ROOT_TO_PLOVER))
    code_exceptions: dict[str, str] = field(default_factory=lambda: dict(_CODE_EXCEPTIONS))
    type_to_root: dict[str, str] = field(default_factory=lambda: dict(_TYPE_TO_ROOT))
    mode_to_root: dict[str, str] = field(default_factory=lambda: {f"{t}:{m}": r for (t, m), r in _MODE_TO_ROOT.items()})

    def cameo_root(self, event_type: str, mode: str | None = None, *, military: bool = False) -> str:
        """CAMEO root for a PLOVER event; ``military`` picks 19 for an ASSAULT by armed forces."""
        check(event_type)
        if mode is not None and f"{event_type}:{mode}" in self.mode_to_root:
            return self.mode_to_root[f"{event_type}:{mode}"]
        if event_type == "ASSAULT" and military:
            return "19"
        return self.type_to_root[event_type]

    def plover_type(self, cameo_code: str) -> str | None:
        """PLOVER type of a CAMEO code ('064', '1712', '19'); None for 01/02 (no event)."""
        code = cameo_code.strip()
        if not re.fullmatch(r"\d{2,4}", code):
            raise ValueError(f"not a CAMEO code: {cameo_code!r} (expected 2 to 4 digits such as '042')")
        if code[:3] in self.code_exceptions:
            return self.code_exceptions[code[:3]]
        try:
            return self.root_to_plover[code[:2]]
        except KeyError:
            raise ValueError(f"unknown CAMEO root {code[:2]!r} in {cameo_code!r}; roots run 01..20") from None

    # symmetric save/load so a stored dataset can name the exact table it used
    def to_json(self) -> dict:
        return {
            "version": self.version,
            "root_to_plover": self.root_to_plover,
            "code_exceptions": self.code_exceptions,
            "type_to_root": self.type_to_root,
            "mode_to_root": self.mode_to_root,
        }

    @classmethod
    def from_json(cls, data: dict) -> "CameoTable":
        missing = {"version", "root_to_plover", "type_to_root"} - set(data)
        if missing:
            raise ValueError(f"CAMEO table JSON lacks {', '.join(sorted(missing))}; write it with CameoTable.to_disk")
        return cls(
            version=data["version"],
            root_to_plover=dict(data["root_to_plover"]),
            code_exceptions=dict(data.get("code_exceptions", {})),
            type_to_root=dict(data["type_to_root"]),
            mode_to_root=dict(data.get("mode_to_root", {})),
        )

    def to_disk(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=1, sort_keys=True), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: str | Path) -> "CameoTable":
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


DEFAULT_TABLE = CameoTable()

_UPSTREAM_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)?\s*(?:,\s*([^,#]*))?")


def read_upstream_table(path: str | Path) -> dict[str, tuple[str | None, str | None]]:
    """Parse the upstream ``CAMEO2PLOVER`` text file: code -> (PLOVER type, mode).

    Used by evaluations only (the file lives in ../shared, never in the repo).
    Root headers (``08: CONCEDE``) are kept; 01 and 02 map to (None, None).
    """
    table: dict[str, tuple[str | None, str | None]] = {"01": (None, None), "02": (None, None)}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = _UPSTREAM_LINE.match(line)
        if not m or not m.group(2):
            continue
        code, ptype, mode = m.group(1), m.group(2), (m.group(3) or "").strip() or None
        if len(code) == 2 and code in table and table[code][0]:
            continue  # "08" appears twice (CONCEDE, RETREAT): keep the first as the root default
        table[code] = (ptype, mode)
    return table


def upstream_plover_type(table: dict[str, tuple[str | None, str | None]], code: str) -> str | None:
    """Most specific entry of an upstream table for ``code`` (4, 3, then 2 digits)."""
    for k in (code[:4], code[:3], code[:2]):
        if k in table:
            return table[k][0]
    return DEFAULT_TABLE.plover_type(code)
