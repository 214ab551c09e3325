"""Checked loader of data/non_state_codes.psv: the non-state codes a country filter accepts."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).parent / "data" / "non_state_codes.psv"


class CodeTableError(ValueError):
    """A malformed line in a code table."""


@lru_cache(maxsize=1)
def non_state_codes(path: Path = PATH) -> dict[str, str]:
    """CODE -> label; a line that is not ``CODE | label`` with a three-letter code, or a code
    given twice, is an error naming the file and line."""
    out: dict[str, str] = {}
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        code, bar, label = (x.strip() for x in line.partition("|"))
        if not bar or not re.fullmatch(r"[A-Z]{3}", code) or not label:
            raise CodeTableError(f"{path}:{i}: use CODE | label with a three-letter upper-case code: {line!r}")
        if code in out:
            raise CodeTableError(f"{path}:{i}: {code} is given twice")
        out[code] = label
    return out
