"""actors: who is who in a document, grouped into actors with all their mentions.

The engine is :mod:`newsgraph.actors` (:class:`newsgraph.actors.story.ActorFinder`
over its mentions and coreference, reading the knowledge base of :mod:`newsgraph.kb`);
this module is the stage that runs it with the knowledge base the configuration chooses.
"""

from __future__ import annotations

from newsgraph.actors.story import ActorFinder
from newsgraph.kb import load_kb
from newsgraph.model import Actor, NewsDoc
from newsgraph.registry import stages
from newsgraph.stages.base import Stage


@stages.register("actors")
class ActorsStage(Stage):
    name = "actors"
    requires = ("tokens", "entities")
    sets = ("actors", "setting")

    def __init__(self, config=None, options=None):
        super().__init__(config, options)
        self.kb = load_kb(self.config)
        self.finder = ActorFinder(self.kb, self.config.min_population)

    def find(self, doc: NewsDoc) -> tuple[list[Actor], str | None]:
        return self.finder.find(doc)

    def set_annotations(self, doc: NewsDoc, found: tuple[list[Actor], str | None]) -> None:
        doc.actors, doc.setting = list(found[0]), found[1]
