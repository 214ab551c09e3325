"""quotes: who said what, direct and indirect, with the speaker resolved to an actor.

The engine is :mod:`newsgraph.attribution.quotes`; this module is the stage that runs it.
"""

from __future__ import annotations

from newsgraph.attribution.quotes import QuoteOptions, find_quotes
from newsgraph.config import Config
from newsgraph.model import NewsDoc, Quote
from newsgraph.registry import stages
from newsgraph.stages.base import Stage


@stages.register("quotes")
class QuotesStage(Stage):
    name = "quotes"
    requires = ("tokens", "sentences", "actors")
    sets = ("quotes",)

    options_class = QuoteOptions

    def __init__(self, config: Config | None = None, options: QuoteOptions | None = None):
        super().__init__(config, options)

    def find(self, doc: NewsDoc) -> list[Quote]:
        if not doc.tokens:
            return []
        return find_quotes(doc, self.options)
