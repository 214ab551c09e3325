"""Where the reference material in ../shared is looked for.

``NEWSGRAPH_SHARED`` wins; then ``../shared`` next to the working directory;
then ``../shared`` next to the source checkout.
"""

from __future__ import annotations

import os
from pathlib import Path


def shared_dir() -> Path:
    env = os.environ.get("NEWSGRAPH_SHARED")
    if env:
        return Path(env)
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        cand = base.parent / "shared"
        if cand.is_dir():
            return cand
    return Path.cwd().parent / "shared"
