"""The word-frequency lexicon learnt from unlabeled Arabic news.

Folded word → corpus count, loaded once. Built by ``rasd.train.lexicon``.

>>> lex = word_frequencies()
>>> lex.count("وزير") > lex.count("زير")
True
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources

from rasd.arabic.normalize import fold


class WordFrequencies:
    """Counts of folded words; unknown words count 0."""

    def __init__(self, counts: dict[str, int]):
        self._counts = counts
        self.total = sum(counts.values()) or 1

    def count(self, word: str) -> int:
        return self._counts.get(fold(word), 0)

    def count_folded(self, folded: str) -> int:
        return self._counts.get(folded, 0)

    def __contains__(self, word: str) -> bool:
        return fold(word) in self._counts

    def __len__(self) -> int:
        return len(self._counts)

    def items(self):
        return self._counts.items()


@lru_cache(maxsize=1)
def word_frequencies() -> WordFrequencies:
    """The shipped lexicon (``rasd/arabic/data/wordfreq.tsv.gz``), loaded once per process."""
    path = resources.files("rasd.arabic") / "data" / "wordfreq.tsv.gz"
    counts: dict[str, int] = {}
    try:
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            for line in f:
                word, _, c = line.rstrip("\n").partition("\t")
                counts[word] = int(c)
    except FileNotFoundError:
        raise FileNotFoundError(
            "word lexicon missing: rasd/arabic/data/wordfreq.tsv.gz — rebuild it with `rasd train lexicon`"
        ) from None
    return WordFrequencies(counts)


def restore_article(name: str) -> str:
    """A name written after the preposition لـ with its article's alef elided, given back its alef
    when the news' word counts say so: ``لاتحاد العام`` (from للاتحاد) → ``الاتحاد العام``, while
    ``لبنان`` (from للبنان) stays.

    >>> restore_article("لاتحاد العام")
    'الاتحاد العام'
    >>> restore_article("لبنان")
    'لبنان'
    """
    if not name.startswith("ل"):
        return name
    first = name.split()[0]
    counts = word_frequencies()
    return "ا" + name if counts.count("ا" + first) > counts.count(first) else name

