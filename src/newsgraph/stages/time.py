"""time stage: temporal expressions normalised to TIMEX3 against the publication date.

Recognition and resolution live in :mod:`newsgraph.timex` so the events and
claims stages can reuse them (``newsgraph.timex.dating.event_date``).
"""

from __future__ import annotations

from newsgraph.model import NewsDoc, Timex
from newsgraph.registry import stages
from newsgraph.stages.base import Stage
from newsgraph.timex.annotate import TimexOptions, find_timexes


@stages.register("time")
class TimeStage(Stage):
    name = "time"
    requires = ("tokens", "sentences", "entities")
    sets = ("timexes",)

    #: news reading by default (mode "news": "last month" is the month before publication)
    options_class = TimexOptions

    def find(self, doc: NewsDoc) -> list[Timex]:
        return find_timexes(doc, self.options)
