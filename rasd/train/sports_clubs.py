"""Sports clubs mined from the unlabeled news: definite words that often follow ``نادي`` or ``فريق``.

A match report names a club bare as often as after its descriptor (``التعادل مع الوكرة``،
``مباراة السد``), and there an ANERcorp-trained tagger has no cue. The news names the same club
after ``نادي``/``فريق`` elsewhere, so a definite word seen there in ``min_docs`` articles, in at least
``min_share`` of all its occurrences, and mostly in sentences about a match, is a club's name.
The last two tests keep out common words that follow فريق too (فريق العمل، فريق التحقيق: under 4 %
of their occurrences) and the clubs that are no sports (نادي الأسير: its sentences are not about a
match). Used by ``rasd.stages.mention_sports`` in match reports only.

Shipped as ``rasd/stages/data/sports_clubs.tsv`` (``folded word<TAB>articles<TAB>after a head<TAB>count``),
rebuilt by ``rasd train sports-clubs``.

>>> c = count_club_words(["فاز نادي السد على الوكرة في مباراة الدوري. تعادل السد مع فريق الوكرة."])
>>> c.docs[fold("السد")], c.after[fold("الوكرة")], c.total[fold("السد")], c.sporty[fold("السد")]
(1, 1, 2, 2)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.arabic.normalize import fold

OUTPUT = "sports_clubs.tsv"
_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_SENTENCE = re.compile(r"[^.!?؟\n]+")
_HEADS = frozenset(fold(p + w) for w in ("نادي", "فريق") for p in ("", "و", "ف", "ب", "ل"))
MIN_DOCS = 3
MIN_SHARE = 0.05
MIN_SPORTY = 0.4  # share of the word's occurrences in sentences about a match


@dataclass
class ClubCounts:
    docs: Counter = field(default_factory=Counter)  # articles with the word right after a head
    after: Counter = field(default_factory=Counter)  # occurrences right after a head
    total: Counter = field(default_factory=Counter)  # all occurrences
    sporty: Counter = field(default_factory=Counter)  # occurrences in a sentence with a sports word


def count_club_words(texts: Iterable[str]) -> ClubCounts:
    """Counts for every definite word (folded, as written: no proclitic) over ``texts``."""
    from rasd.stages.mention_sports import SPORTS_WORDS

    c = ClubCounts()
    for text in texts:
        seen = set()
        for sent in _SENTENCE.findall(text):
            words = [fold(w) for w in _WORD.findall(sent)]
            sporty = any(w in SPORTS_WORDS for w in words)
            for i, w in enumerate(words):
                if not w.startswith("ال"):
                    continue
                c.total[w] += 1
                if sporty:
                    c.sporty[w] += 1
                if i > 0 and words[i - 1] in _HEADS:
                    c.after[w] += 1
                    seen.add(w)
        c.docs.update(seen)
    return c


def select_clubs(c: ClubCounts, min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE,
                 min_sporty: float = MIN_SPORTY) -> list[str]:
    """The words that pass the tests above, and are no word the sports rules already treat as something
    else (فريق الشباب is the youth team), no sports word, no nationality, no plural of people."""
    from rasd.stages.mention_rules import GENERIC_QUALIFIERS
    from rasd.stages.mention_sports import _NOT_CLUBS, SPORTS_WORDS
    from rasd.stages.mentions import TITLES, is_nationality

    out = []
    for w, d in c.docs.items():
        if d < min_docs or len(w) < 5 or c.after[w] < min_share * c.total[w] or c.sporty[w] < min_sporty * c.total[w]:
            continue
        if w in _NOT_CLUBS or w in SPORTS_WORDS or w in GENERIC_QUALIFIERS or w in TITLES or is_nationality(w) \
                or w.endswith(("ين", "ون")):
            continue
        out.append(w)
    return sorted(out)


def write_clubs(words: list[str], c: ClubCounts, out: Path) -> int:
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for w in words:
            f.write(f"{w}\t{c.docs[w]}\t{c.after[w]}\t{c.total[w]}\n")
    return len(words)


def build_sports_clubs(data: Path, out: Path, min_docs: int = MIN_DOCS, min_share: float = MIN_SHARE,
                       min_sporty: float = MIN_SPORTY) -> int:
    """Mine the unlabeled news under ``data`` into ``out``; returns the clubs written (about a minute on one core)."""
    from rasd.train.lexicon import corpus_paths, iter_corpus_texts

    paths = corpus_paths(data)
    c = count_club_words(iter_corpus_texts(paths))
    return write_clubs(select_clubs(c, min_docs, min_share, min_sporty), c, out)
