"""Word bigram and trigram counts from unlabeled news, for judging which word fits a context.

>>> ngrams().count("وزير", "الخارجيه") > ngrams().count("وزير", "الخارجي")
True
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

import numpy as np


def ngram_key(*words: str) -> int:
    """A stable 64-bit key for a sequence of folded words."""
    return int.from_bytes(hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest(), "little")


class NgramCounts:
    """Sorted hashed keys + counts for 2- and 3-word sequences; unseen sequences count 0."""

    def __init__(self, keys: np.ndarray, counts: np.ndarray):
        self.keys = keys
        self.counts = counts

    def count(self, *words: str | None) -> int:
        """Count of the folded word sequence (0 when any word is missing)."""
        if any(not w for w in words):
            return 0
        k = np.uint64(ngram_key(*words))
        i = int(np.searchsorted(self.keys, k))
        if i < len(self.keys) and self.keys[i] == k:
            return int(self.counts[i])
        return 0

    def __len__(self) -> int:
        return len(self.keys)


@lru_cache(maxsize=1)
def ngrams() -> NgramCounts:
    """The shipped n-gram model (``rasd/arabic/data/ngrams.npz``), loaded once per process."""
    path = resources.files("rasd.arabic") / "data" / "ngrams.npz"
    try:
        with path.open("rb") as f:
            data = np.load(f)
            return NgramCounts(data["keys"], data["counts"])
    except FileNotFoundError:
        raise FileNotFoundError(
            "n-gram model missing: rasd/arabic/data/ngrams.npz — rebuild it with `rasd train ngrams`"
        ) from None
