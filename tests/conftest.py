"""Shared fixtures: one pipeline per test session, paths into ../shared."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsgraph.config import Config
from newsgraph.model import Document, NewsDoc

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"


def shared_path(*parts: str) -> Path:
    """A path in ../shared, or skip the test with the reason."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (real text and gold live there, not in the repo)")
    return p


@pytest.fixture(scope="session")
def nlp_stage():
    from newsgraph.stages.nlp import NlpStage

    return NlpStage(Config())


@pytest.fixture(scope="session")
def parse(nlp_stage):
    """parse(text, published=date(...)) -> NewsDoc with tokens, sentences and entities."""

    def _parse(text: str, published: date | str | None = date(2021, 8, 19), **kw) -> NewsDoc:
        if isinstance(published, str):
            published = date.fromisoformat(published)
        doc = NewsDoc(Document.create(text, published=published, **kw))
        return nlp_stage(doc)

    return _parse


@pytest.fixture(scope="session")
def pipeline():
    from newsgraph.pipeline import Pipeline

    return Pipeline(Config())


@pytest.fixture(scope="session")
def annotate(pipeline):
    """annotate(text, published=date(...)) -> NewsDoc after every stage of the pipeline."""

    def _annotate(text: str, published: date = date(2021, 8, 19)) -> NewsDoc:
        (doc,) = pipeline.pipe([Document.create(text, published=published, id="t")])
        return doc

    return _annotate


@pytest.fixture(scope="session")
def seed_document():
    from newsgraph.readers import read_path

    docs = list(read_path(shared_path("examples", "seed.txt")))
    assert len(docs) == 1
    return docs[0]


def stage_runner(stage_name: str, parse, default_date: date = date(2021, 8, 19)):
    """run(text, published=...) -> NewsDoc after the nlp stage and the named stage alone."""
    from newsgraph.registry import stages

    stage = stages.get(stage_name)(Config())

    def _run(text: str, published: date | str | None = default_date) -> NewsDoc:
        return stage(parse(text, published=published))

    return _run


def actor_at(doc: NewsDoc, phrase: str, nth: int = 0):
    """The actor at the nth occurrence of ``phrase`` in the document."""
    k = -1
    for _ in range(nth + 1):
        k = doc.text.index(phrase, k + 1)
    return doc.actor_at(k, k + len(phrase))
