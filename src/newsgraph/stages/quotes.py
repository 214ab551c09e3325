"""quotes stage (placeholder until its issue lands: it finds nothing, honestly)."""

from __future__ import annotations

from newsgraph.model import NewsDoc
from newsgraph.registry import stages
from newsgraph.stages.base import Stage


@stages.register("quotes")
class QuotesStage(Stage):
    name = "quotes"
    requires = ("tokens", "sentences", "actors")
    sets = ("quotes",)

    def find(self, doc: NewsDoc) -> list:
        return []
