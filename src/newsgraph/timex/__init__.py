"""Temporal expressions: recognition, normalisation to TIMEX3, event dating.

- :func:`find_timexes` (``annotate``): the timexes of a parsed document, with
  TIMEX3 values, intervals and precisions, read against the publication date
  (``TimexOptions(mode="news")``) or the story's own dates (``"narrative"``).
- :func:`event_date` (``dating``): the date that governs an event trigger.
- ``values``: calendar points and TIMEX3 value strings; ``grammar``: the
  recognition patterns; ``rules``: one resolution rule per pattern.
"""

from newsgraph.timex.annotate import TimexOptions, find_timexes
from newsgraph.timex.dating import event_date, publication_date

__all__ = ["TimexOptions", "find_timexes", "event_date", "publication_date"]
