"""events: PLOVER events (who did what to whom, when, where) from the parse.

The engine is :mod:`newsgraph.plover` (:class:`newsgraph.plover.story.EventFinder`
over :class:`newsgraph.plover.coder.Coder`); this module is the stage that runs it,
with the trigger source the configuration chooses.

Besides ``doc.events`` this stage may APPEND actors to ``doc.actors``: a country,
capital, town or nationality adjective that an event takes as its actor or recipient,
and the "unidentified attackers" of an attack no one is named for (ids ``pa1``, ...;
see :mod:`newsgraph.plover.territory`).
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.config import Config
from newsgraph.kb import load_kb
from newsgraph.model import Event, NewsDoc
from newsgraph.plover.story import EventFinder, EventOptions
from newsgraph.registry import stages
from newsgraph.stages.base import Stage


@stages.register("events")
class EventsStage(Stage):
    name = "events"
    requires = ("tokens", "timexes", "actors", "places", "quotes")
    sets = ("events",)
    options_class = EventOptions

    def __init__(self, config: Config | None = None, options: EventOptions | None = None):
        super().__init__(config, options)
        self._finder: EventFinder | None = None

    @property
    def finder(self) -> EventFinder:
        if self._finder is None:  # (the detector, when one is used, loads on first use)
            self._finder = EventFinder(self.options, source=self.config.event_coder, detector=self._detector(),
                                       threshold=self.config.detector_threshold, kb=load_kb(self.config))
        return self._finder

    def find(self, doc: NewsDoc) -> list[Event]:
        return self.finder.find(doc)

    def _detector(self):
        """The trained trigger detector, loaded once per process; None for the rules alone."""
        if self.config.event_coder == "rules":
            return None
        from newsgraph.plover.detector import TriggerDetector

        weights = self.config.detector_weights
        return TriggerDetector.load(weights=Path(weights) if weights else None)
