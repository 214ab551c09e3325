"""Batches are bounded by characters as well as documents, so one process's memory stays flat
whatever the corpus: spaCy's working memory grows with the characters of a batch."""

from __future__ import annotations

from datetime import date

from newsgraph.model import Document, NewsDoc
from newsgraph.pipeline import BATCH_CHARS, bounded


def docs(*lengths: int) -> list[NewsDoc]:
    return [NewsDoc(Document.create("x" * n, published=date(2021, 1, 1), id=f"d{i}")) for i, n in enumerate(lengths)]


def ids(batches) -> list[list[str]]:
    return [[d.id for d in b] for b in batches]


def test_a_batch_holds_at_most_size_documents():
    assert ids(bounded(docs(10, 10, 10, 10, 10), 2)) == [["d0", "d1"], ["d2", "d3"], ["d4"]]


def test_a_batch_holds_at_most_max_chars_characters_in_order():
    assert ids(bounded(docs(40, 40, 20, 90, 5), 32, max_chars=100)) == [["d0", "d1", "d2"], ["d3", "d4"]]


def test_a_document_longer_than_the_bound_goes_alone():
    assert ids(bounded(docs(5, 250, 5), 32, max_chars=100)) == [["d0"], ["d1"], ["d2"]]


def test_reuters_sized_batches_are_unaffected():
    assert ids(bounded(docs(*[700] * 40), 32)) == [[f"d{i}" for i in range(32)], [f"d{i}" for i in range(32, 40)]]
    assert 32 * 700 < BATCH_CHARS


def test_nothing_in_nothing_out():
    assert list(bounded([], 32)) == []
