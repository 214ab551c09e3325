"""One batching helper for the pipeline and the API."""

from __future__ import annotations

import pytest

from newsgraph.batching import batched


def test_batches_keep_order_and_the_last_is_shorter():
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched(iter("ab"), 2)) == [["a", "b"]]
    assert list(batched([], 4)) == []


def test_a_batch_size_below_one_is_refused():
    with pytest.raises(ValueError, match="batch size must be at least 1, not 0"):
        list(batched([1], 0))
