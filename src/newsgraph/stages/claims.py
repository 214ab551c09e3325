"""claims: numeric statements with their bound, subject, place, date and source.

The engine is :mod:`newsgraph.attribution.claims`; this module is the stage that runs it.
"""

from __future__ import annotations

from newsgraph.attribution.claims import ClaimOptions, find_claims
from newsgraph.config import Config
from newsgraph.model import Claim, NewsDoc
from newsgraph.registry import stages
from newsgraph.stages.base import Stage


@stages.register("claims")
class ClaimsStage(Stage):
    name = "claims"
    requires = ("tokens", "timexes", "actors", "places", "quotes")
    sets = ("claims",)

    options_class = ClaimOptions

    def __init__(self, config: Config | None = None, options: ClaimOptions | None = None):
        super().__init__(config, options)

    def find(self, doc: NewsDoc) -> list[Claim]:
        if not doc.tokens:
            return []
        return find_claims(doc, self.options)
