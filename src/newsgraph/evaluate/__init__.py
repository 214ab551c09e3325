"""Accuracy against gold in ../shared. Each module registers one or more tasks.

A task is a function ``task(shared: Path, *, config: Config, limit: int | None)
-> EvalReport``, registered with ``@eval_tasks.register("name")``.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class EvalReport:
    task: str
    #: headline numbers, e.g. {"precision": 0.9, "recall": 0.8, "f1": 0.85}
    metrics: dict[str, float | int]
    #: human-readable lines: per-set numbers, error examples
    details: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"task": self.task, "metrics": self.metrics, "details": self.details}


class GoldMissing(FileNotFoundError):
    """The gold set is not there (../shared absent)."""


def require(path: Path) -> Path:
    if not path.exists():
        raise GoldMissing(f"gold not found: {path} (eval needs ../shared next to the project, or --shared DIR)")
    return path


# Import every submodule so its tasks register.
for _m in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_m.name}")
