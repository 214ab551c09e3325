"""Throughput benchmark: the whole pipeline against the spaCy model alone, in one run.

Ratios measured in the same process on the same texts are what we report;
absolute articles/s on a shared machine are noise.
"""

from __future__ import annotations

import gzip
import json
import random
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from newsgraph.config import Config
from newsgraph.model import Document
from newsgraph.paths import shared_dir
from newsgraph.pipeline import Pipeline
from newsgraph.stages.nlp import load_model

def default_corpus(config: Config | None = None) -> Path:
    return shared_dir(config.shared_dir if config else None) / "data" / "reuters21578" / "reuters21578.jsonl.gz"


class BenchError(RuntimeError):
    pass


@dataclass
class BenchResult:
    docs: int
    chars: int
    seconds: float
    baseline_seconds: float
    stages: dict[str, float] = field(default_factory=dict)  # share of pipeline time
    stage_seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    corpus: str = ""

    @property
    def articles_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0

    @property
    def baseline_articles_per_s(self) -> float:
        return self.docs / self.baseline_seconds if self.baseline_seconds else 0.0

    @property
    def ratio(self) -> float:
        """Pipeline throughput as a fraction of the spaCy model's alone."""
        return self.articles_per_s / self.baseline_articles_per_s if self.baseline_articles_per_s else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "chars": self.chars,
            "corpus": self.corpus,
            "articles_per_s": round(self.articles_per_s, 2),
            "baseline_articles_per_s": round(self.baseline_articles_per_s, 2),
            "ratio": round(self.ratio, 3),
            "overhead_vs_baseline": round(1 / self.ratio - 1, 3) if self.ratio else None,
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "stages": {k: round(v, 4) for k, v in self.stages.items()},
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
        }


def load_corpus(path: Path | None, n: int, seed: int = 13, config: Config | None = None) -> list[Document]:
    """N articles with text and date: a seeded sample of a JSONL(.gz) file or any readable input."""
    path = Path(path) if path else default_corpus(config)
    if not path.exists():
        raise BenchError(f"benchmark corpus not found: {path}; pass --file with articles (JSONL, CSV or a directory)")
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        rows = [r for r in rows if (r.get("text") or "").strip()]
        random.Random(seed).shuffle(rows)
        docs = []
        for r in rows[:n]:
            published = None
            if r.get("date"):
                from datetime import date

                try:
                    published = date.fromisoformat(str(r["date"])[:10])
                except ValueError:
                    published = None
            docs.append(Document.create(r["text"], published=published, title=r.get("title")))
        return docs
    from newsgraph.readers import read_path

    return [d for d in read_path(path) if isinstance(d, Document)][:n]


def run(
    *,
    docs: int = 200,
    file: Path | None = None,
    config: Config | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> BenchResult:
    config = config or Config()
    corpus = load_corpus(file, docs, config=config)
    if not corpus:
        raise BenchError("no articles to benchmark")
    texts = [d.text for d in corpus]
    pipeline = Pipeline(config)
    nlp = load_model(config.model)
    # Warm up: model loading, first calls, and the vocabulary growing on words seen
    # for the first time (that would favour whichever of the two ran second).
    for _ in nlp.pipe(texts, batch_size=config.batch_size):
        pass
    list(pipeline.pipe(corpus[:4]))
    pipeline.timings.clear()

    # Interleave the two over the same chunks so that load from other processes
    # on a shared machine hits both alike instead of whichever ran second.
    baseline = total = 0.0
    step = config.batch_size
    for i in range(0, len(corpus), step):
        chunk = corpus[i:i + step]
        t_base = t_pipe = 0.0
        for which in (("baseline", "pipeline") if (i // step) % 2 == 0 else ("pipeline", "baseline")):
            t0 = time.perf_counter()
            if which == "baseline":
                for _ in nlp.pipe([d.text for d in chunk], batch_size=step):
                    pass
                t_base = time.perf_counter() - t0
            else:
                for _ in pipeline.pipe(chunk):
                    pass
                t_pipe = time.perf_counter() - t0
            if progress:
                progress(which, len(chunk))
        baseline += t_base
        total += t_pipe

    stage_total = sum(pipeline.timings.values()) or 1.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return BenchResult(
        docs=len(corpus),
        chars=sum(map(len, texts)),
        seconds=total,
        baseline_seconds=baseline,
        stages={k: v / stage_total for k, v in pipeline.timings.items()},
        stage_seconds=dict(pipeline.timings),
        peak_rss_mb=peak,
        corpus=str(file or default_corpus(config)),
    )
