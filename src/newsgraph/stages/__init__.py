"""Pipeline stages. Each module holds one stage and registers it by name."""

from newsgraph.stages.base import Stage, StageError

__all__ = ["Stage", "StageError"]
