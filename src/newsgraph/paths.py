"""Where the reference material in ../shared is looked for.

``Config.shared_dir`` wins (the CLI sets it from ``--shared`` or
``NEWSGRAPH_SHARED``); then ``../shared`` next to the working directory; then
``../shared`` next to the source checkout.
"""

from __future__ import annotations

from pathlib import Path


def shared_dir(configured: str | Path | None = None) -> Path:
    if configured:
        return Path(configured)
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        cand = base.parent / "shared"
        if cand.is_dir():
            return cand
    return Path.cwd().parent / "shared"
