"""Which rules, tables, knowledge and model an ingest ran with.

Each ingest stores these in one ``ingest_runs`` row, and each stored document
and event points at its run, so a stored event can say what made it. A
version is the one its data file declares (``# version: NAME``); the built-in
knowledge base, written in Python, is named by a digest of its entries.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import newsgraph
from newsgraph.config import Config

#: the data files the time stage reads
TIMEX_FILES = ("timex_words.txt", "timex_holidays.psv", "timex_not_timexes.psv", "timex_parts_of_day.psv")


def _package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def data_versions(lang: str = "en") -> dict[str, str]:
    """Every language data file that declares a version, by file name."""
    from newsgraph.lang.tables import TableError, read_version

    out = {}
    folder = Path(str(resources.files(f"newsgraph.lang.{lang}")))
    for path in sorted(folder.iterdir()):
        if path.suffix in (".txt", ".psv", ".tsv"):
            try:
                out[path.name] = read_version(path)
            except TableError:
                continue  # a file without a version line is not a versioned table
    return out


def _one(versions: dict[str, str], names: tuple[str, ...]) -> str | None:
    """The shared version of ``names``, or each file's when they differ."""
    found = {n: versions[n] for n in names if n in versions}
    if not found:
        return None
    if len(set(found.values())) == 1:
        return next(iter(found.values()))
    return " ".join(f"{n}={v}" for n, v in found.items())


def kb_version(data: dict[str, str]) -> str:
    """The built-in knowledge base: a digest of its entries, with the alias table's version."""
    from newsgraph.kb import builtin_entries

    digest = hashlib.sha1(repr(builtin_entries()).encode("utf-8")).hexdigest()[:12]
    aliases = data.get("kb_aliases.tsv")
    return f"builtin-{digest}" + (f" aliases={aliases}" if aliases else "")


def imported_kb(config: Config) -> str | None:
    """The imported KB file and a digest of its content, when there is one."""
    if not config.kb_path:
        return None
    path = Path(config.kb_path)
    try:
        digest = hashlib.sha1(path.read_bytes()).hexdigest()[:12]
    except OSError:
        digest = "unreadable"
    return f"{path} sha1-{digest}" + (" (preferred)" if config.prefer_imported_kb else "")


def detector_version(config: Config) -> str | None:
    """The trigger detector's weights version; None when the event coder uses its rules only."""
    if config.event_coder == "rules":
        return None
    from newsgraph.plover.detector import TriggerDetector

    det = TriggerDetector.load(weights=Path(config.detector_weights) if config.detector_weights else None)
    return det.version if det.available else "unavailable"


def run_versions(config: Config) -> dict[str, Any]:
    """The columns of an ``ingest_runs`` row that describe what the run ran with."""
    from newsgraph.plover.lexicon import LEXICON_VERSION
    from newsgraph.plover.ontology import TABLE_VERSION

    data = data_versions()
    settings = asdict(config)
    settings.pop("debug", None)
    settings.pop("shared_dir", None)
    return {
        "newsgraph_version": newsgraph.__version__,
        "lexicon_version": LEXICON_VERSION,
        "ontology_version": TABLE_VERSION,
        "kb_version": kb_version(data),
        "kb_phoenix_version": data.get("kb_phoenix.tsv"),
        "kb_imported": imported_kb(config),
        "detector_version": detector_version(config),
        "timex_version": _one(data, TIMEX_FILES),
        "model_name": config.model,
        "model_version": _package_version(config.model),
        "spacy_version": _package_version("spacy"),
        "data_versions": json.dumps(data, sort_keys=True),
        "config": json.dumps(settings, sort_keys=True, default=str),
    }
