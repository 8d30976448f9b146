"""Build the word n-gram model from the unlabeled news corpora.

Bigrams (count ≥ 2) and trigrams (count ≥ 3) of folded Arabic words, reset at
punctuation, digits and Latin text, stored as one sorted array of 64-bit keys
plus counts (``rasd/arabic/data/ngrams.npz``, loaded in milliseconds). Used
by the editorial checks to judge which spelling fits the context.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from rasd.arabic.ngrams import ngram_key
from rasd.arabic.normalize import fold
from rasd.train.lexicon import corpus_paths, iter_corpus_texts

# Arabic words, or any run of other visible characters (which breaks the chain).
_SEGMENT = re.compile(r"[\u0621-\u064A\u0640\u064B-\u065F\u0670]+|[^\s\u0621-\u064A]+")
MIN_COUNT = {2: 2, 3: 3}


def count_ngrams(texts: Iterable[str]) -> tuple[Counter, Counter]:
    bi: Counter = Counter()
    tri: Counter = Counter()
    for text in texts:
        p1 = p2 = None
        for m in _SEGMENT.finditer(text):
            w = m.group()
            if not ("\u0621" <= w[0] <= "\u064A"):
                p1 = p2 = None
                continue
            f = fold(w)
            if p1 is not None:
                bi[(p1, f)] += 1
                if p2 is not None:
                    tri[(p2, p1, f)] += 1
            p2, p1 = p1, f
    return bi, tri


def build_ngrams(data_dir: Path, out_path: Path) -> int:
    """Count n-grams over the corpora and write the hashed model; return how many were kept."""
    paths = corpus_paths(data_dir)
    bi, tri = count_ngrams(iter_corpus_texts(paths))
    items: dict[int, int] = {}
    for counts, n in ((bi, 2), (tri, 3)):
        for words, c in counts.items():
            if c >= MIN_COUNT[n]:
                items[ngram_key(*words)] = c
    keys = np.array(sorted(items), dtype=np.uint64)
    values = np.array([min(items[int(k)], 2**32 - 1) for k in keys], dtype=np.uint32)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out_path, keys=keys, counts=values)
    return len(keys)


if __name__ == "__main__":  # pragma: no cover
    import sys

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data")
    out = Path(__file__).resolve().parents[1] / "arabic" / "data" / "ngrams.npz"
    print(build_ngrams(root, out), "n-grams written to", out)
