"""places stage (placeholder until its issue lands: it finds nothing, honestly)."""

from __future__ import annotations

from newsgraph.model import NewsDoc
from newsgraph.registry import stages
from newsgraph.stages.base import Stage


@stages.register("places")
class PlacesStage(Stage):
    name = "places"
    requires = ("tokens", "entities", "actors")
    sets = ("places",)

    def find(self, doc: NewsDoc) -> list:
        return []
