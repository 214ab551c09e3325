"""Event dating: the time expression that governs an event trigger.

The events stage calls :func:`event_date`; it reads only ``doc.timexes`` and
the parse, so it depends on the document model, not on the time stage.
"""

from __future__ import annotations

from newsgraph.model import EventDate, NewsDoc


def publication_date(doc: NewsDoc) -> EventDate:
    if doc.published is None:
        return EventDate(value=None, interval=None, precision="unknown")
    iso = doc.published.isoformat()
    return EventDate(value=iso, interval=(iso, iso), precision="publication")


def event_date(doc: NewsDoc, trigger_token: int) -> EventDate:
    """Date of the event whose trigger is token ``trigger_token``.

    Placeholder until the time issue lands: the publication date.
    """
    return publication_date(doc)
