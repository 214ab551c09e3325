"""time stage (placeholder until its issue lands: it finds nothing, honestly)."""

from __future__ import annotations

from newsgraph.model import NewsDoc
from newsgraph.registry import stages
from newsgraph.stages.base import Stage


@stages.register("time")
class TimeStage(Stage):
    name = "time"
    requires = ("tokens", "sentences", "entities")
    sets = ("timexes",)

    def find(self, doc: NewsDoc) -> list:
        return []
