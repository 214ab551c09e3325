"""No import cycles in src/newsgraph: module-level and function-level imports alike.

A late import inside a function, or one under ``if TYPE_CHECKING:``, hides a
cycle from Python but not from a reader: the two modules still depend on each
other, and neither can be understood or moved alone. So every import statement
counts, wherever it stands.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# Cycles known and being removed, each named; remove an entry with its cycle.
KNOWN_CYCLES: set[frozenset[str]] = set()  # none: every cycle found is an error


def _modules() -> dict[str, tuple[Path, bool]]:
    out = {}
    for path in (SRC / "newsgraph").rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        package = parts[-1] == "__init__"
        out[".".join(parts[:-1] if package else parts)] = (path, package)
    return out


def import_graph() -> dict[str, set[str]]:
    """Module -> the newsgraph modules it imports, anywhere in its body."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, (path, package) in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        here = name if package else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here.split(".")[: len(here.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for a in node.names:
                    sub = f"{target}.{a.name}"
                    deps.add(sub if sub in modules else target)
        graph[name] = {d for d in deps if d in modules and d != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    group = set()
                    while True:
                        m = stack.pop()
                        on_stack.discard(m)
                        group.add(m)
                        if m == node:
                            break
                    if len(group) > 1:
                        found.append(frozenset(group))
    return found


def test_the_walker_sees_late_imports():
    graph = import_graph()
    assert "newsgraph.stages.base" in graph["newsgraph.pipeline"]  # module level
    assert "newsgraph.render" in graph["newsgraph.cli"]  # inside a function
    assert "newsgraph.actors.drafts" in graph["newsgraph.actors.groupref"]  # under TYPE_CHECKING
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset("abc")]


def test_no_import_cycles():
    found = set(cycles(import_graph()))
    new = [" <-> ".join(sorted(c)) for c in found - KNOWN_CYCLES]
    assert not new, f"import cycles: {new}; move what both modules need into a third one"


def test_known_cycles_are_still_there():
    # a known cycle that is gone must leave KNOWN_CYCLES, so it cannot come back unnoticed
    gone = KNOWN_CYCLES - set(cycles(import_graph()))
    assert not gone, f"remove from KNOWN_CYCLES: {[sorted(c) for c in gone]}"
