"""One small store for the workbench tests (CLI lists, API, web page), built once per test run:
the bundled samples, the seed article when ../shared has it, and an article of our own whose
text holds markup that must stay text (a <script>, an <img onerror>, "[the]" in a quote)."""

from __future__ import annotations

import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "examples" / "seed.txt"

HOSTILE = (
    "date 2024-02-01\n"
    "Protesters marched in Nairobi on Monday against new taxes. <script>window.__xss = 1</script> "
    "Police arrested 30 people near parliament, the interior ministry said. "
    '<img src=x onerror="window.__xss = 2"> "We reject [the] tax and we will march again," '
    "said opposition leader Amina Odhiambo.\n"
)


_built: dict[str, Path] = {}


def workbench_db(pipeline=None) -> Path:
    """The store's path (in a temporary folder that lives as long as the test run), built on
    the first call, with the test session's pipeline when one is given (no second model load)."""
    if "db" not in _built:
        _built["db"] = _build(pipeline)
    return _built["db"]


def _build(pipeline) -> Path:
    from newsgraph.api import ingest

    folder = Path(tempfile.mkdtemp(prefix="newsgraph-workbench-"))
    inputs = folder / "inputs"
    inputs.mkdir()
    (inputs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    paths = [ROOT / "samples", inputs] + ([SEED] if SEED.exists() else [])
    db = folder / "workbench.duckdb"
    report = ingest(paths, db=db, pipeline=pipeline)
    assert report.failed == 0, report.errors
    return db


def hostile_doc_id(db: Path) -> str:
    from newsgraph.store import Store

    with Store(db, read_only=True) as s:
        return s.execute("SELECT doc_id FROM documents WHERE contains(text, '<script>')").rows[0][0]
