"""claims stage (placeholder until its issue lands: it finds nothing, honestly)."""

from __future__ import annotations

from newsgraph.model import NewsDoc
from newsgraph.registry import stages
from newsgraph.stages.base import Stage


@stages.register("claims")
class ClaimsStage(Stage):
    name = "claims"
    requires = ("tokens", "timexes", "actors", "places", "quotes")
    sets = ("claims",)

    def find(self, doc: NewsDoc) -> list:
        return []
