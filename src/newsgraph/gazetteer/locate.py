"""Event location: the place that governs an event trigger.

The events stage calls :func:`event_place`; it reads only ``doc.places`` and
the parse.
"""

from __future__ import annotations

from newsgraph.model import NewsDoc


def event_place(doc: NewsDoc, trigger_token: int) -> str | None:
    """Id of the place where the event at ``trigger_token`` happened, or None.

    Placeholder until the places issue lands: no place.
    """
    return None
