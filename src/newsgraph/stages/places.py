"""places: toponyms recognised and resolved to GeoNames entries.

The engine is :mod:`newsgraph.gazetteer.places` (recognition, the metonymy filter and
resolution against the gazetteer); this module is the stage that runs it.
"""

from __future__ import annotations

from newsgraph.gazetteer.places import PlaceFinder
from newsgraph.gazetteer.resolve import Toponym
from newsgraph.model import NewsDoc, Place
from newsgraph.registry import stages
from newsgraph.stages.base import Stage


@stages.register("places")
class PlacesStage(Stage):
    name = "places"
    requires = ("tokens", "entities", "actors")
    sets = ("places",)

    def __init__(self, config=None, options=None):
        super().__init__(config, options)
        self.finder = PlaceFinder(self.config.min_population)

    def find(self, doc: NewsDoc) -> list[Place]:
        return self.finder.find(doc)

    def toponyms(self, doc: NewsDoc) -> list[Toponym]:
        """Toponym spans in the text, before the metonymy filter."""
        return self.finder.toponyms(doc)
