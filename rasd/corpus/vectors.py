"""Sparse TF-IDF vectors of articles over folded stems, with a fixed IDF from the news lexicon.

The IDF comes from ``rasd.arabic.lexicon`` (12M words of news), not from the
corpus being clustered, so a vector never changes when articles are added —
which is what lets story clusters grow incrementally.

>>> v = tfidf("أعلنت وزارة الداخلية القبض على خلية إرهابية في عسير")
>>> "عسير" in v and "في" not in v
True
"""

from __future__ import annotations

import math
from functools import lru_cache

from rasd.arabic.lexicon import word_frequencies
from rasd.arabic.normalize import fold
from rasd.arabic.tokenize import segment_word, tokenize

# Words this common (IDF below the floor: more than ~1 in 400 words of news) carry no story.
IDF_FLOOR = 6.0
MAX_TERMS = 80
TITLE_WEIGHT = 2.0


@lru_cache(maxsize=1)
def stem_counts() -> tuple[dict[str, int], int]:
    """Lexicon counts folded onto stems (``الرياض`` and ``بالرياض`` both count for ``رياض``); ~1 s once."""
    counts: dict[str, int] = {}
    total = 0
    for word, n in word_frequencies().items():
        _, stem, end = segment_word(word)
        s = word[stem:end]
        counts[s] = counts.get(s, 0) + n
        total += n
    return counts, total


@lru_cache(maxsize=200_000)
def idf(stem: str) -> float:
    """log(total / count) over lexicon stems; unseen stems get the highest IDF."""
    counts, total = stem_counts()
    return math.log((total + 1) / (counts.get(stem, 0) + 1))


def stems(text: str) -> list[str]:
    """Folded word stems without clitics or the article: ``"وبالرياض"`` → ``["رياض"]``."""
    out = []
    for t in tokenize(text):
        s = fold(text[t.stem_start:t.stem_end])
        if len(s) >= 2 and s.isalpha():
            out.append(s)
    return out


def tfidf(text: str, title: str | None = None, max_terms: int = MAX_TERMS) -> dict[str, float]:
    """The L2-normalised TF-IDF vector (top ``max_terms`` terms) of a title and text."""
    tf: dict[str, float] = {}
    for s in stems(text):
        tf[s] = tf.get(s, 0.0) + 1.0
    for s in stems(title or ""):
        tf[s] = tf.get(s, 0.0) + TITLE_WEIGHT
    weights = {}
    for s, n in tf.items():
        w = idf(s)
        if w >= IDF_FLOOR:
            weights[s] = (1.0 + math.log(n)) * w
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:max_terms]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {s: w / norm for s, w in top}


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two sparse vectors (iterating the smaller)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(s, 0.0) for s, w in a.items())


def norm(v: dict[str, float]) -> float:
    return math.sqrt(sum(w * w for w in v.values()))
