"""Near-duplicate documents: wire copies, updates and syndicated rewrites of one story.

Each document gets a MinHash signature of its word shingles (``datasketch``, fixed seed,
so signatures are the same on every run) cut into LSH bands; two documents that share
a band, whose signatures agree on at least ``threshold`` of their positions (an
estimate of the Jaccard similarity of their shingles) and that appeared within
``max_days_apart`` days of each other are copies of one story. A story
is a connected group of such documents, named by its earliest document (then the
smallest id): the same documents give the same stories in any order.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

import numpy as np

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, kw_only=True)
class NearDupOptions:
    num_perm: int = 128
    #: LSH bands; rows per band = num_perm // bands (32 x 4: pairs above ~0.45 are candidates)
    bands: int = 32
    #: words per shingle
    shingle: int = 5
    #: estimated Jaccard similarity of shingles from which two documents are one story
    threshold: float = 0.5
    #: the MinHash permutations' seed: change it and every stored signature is stale
    seed: int = 1
    #: copies and updates of one story appear within days; a look-alike weeks later (a weekly
    #: report written from one template) is another story
    max_days_apart: int = 3


def shingles(text: str, n: int) -> list[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return [" ".join(words).encode()] if words else []
    return list(dict.fromkeys(" ".join(words[i:i + n]).encode() for i in range(len(words) - n + 1)))


_PERMS: dict[tuple[int, int], object] = {}


def signature(text: str, options: NearDupOptions = NearDupOptions()) -> np.ndarray | None:
    """The MinHash signature (uint64, ``num_perm`` values); None for a text without words."""
    from datasketch import MinHash  # imported on first use: it loads scipy

    sh = shingles(text, options.shingle)
    if not sh:
        return None
    seed = (options.num_perm, options.seed)
    if seed not in _PERMS:
        _PERMS[seed] = MinHash(num_perm=options.num_perm, seed=options.seed, scheme="affine32").permutations
    m = MinHash(num_perm=options.num_perm, seed=options.seed, permutations=_PERMS[seed], scheme="affine32")
    m.update_batch(sh)
    return np.asarray(m.hashvalues, dtype=np.uint64)


def band_hashes(sig: np.ndarray, options: NearDupOptions = NearDupOptions()) -> list[int]:
    """One signed 64-bit hash per band (band number included, so equal values in two bands differ)."""
    rows = options.num_perm // options.bands
    out = []
    for b in range(options.bands):
        h = hashlib.blake2b(sig[b * rows:(b + 1) * rows].tobytes(), digest_size=8, key=b.to_bytes(2, "big"))
        out.append(int.from_bytes(h.digest(), "big", signed=True))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def same_story(sim: float, a: date | None, b: date | None, options: NearDupOptions = NearDupOptions()) -> bool:
    """Two documents this similar, published on these days, are one story."""
    if sim < options.threshold:
        return False
    return a is None or b is None or abs((a - b).days) <= options.max_days_apart


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)
