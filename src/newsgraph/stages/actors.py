"""actors stage (placeholder until its issue lands: it finds nothing, honestly)."""

from __future__ import annotations

from newsgraph.model import NewsDoc
from newsgraph.registry import stages
from newsgraph.stages.base import Stage


@stages.register("actors")
class ActorsStage(Stage):
    name = "actors"
    requires = ("tokens", "entities")
    sets = ("actors",)

    def find(self, doc: NewsDoc) -> list:
        return []
