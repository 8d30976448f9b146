"""City names the news uses as names: knowledge-base cities whose bare Arabic name follows a place noun often.

The ANERcorp-trained tagger never saw most Saudi and Tunisian towns (الطائف، أبها، حائل، صفاقس) and leaves
them untagged even after ``إلى``. The knowledge base knows them, but GeoNames also gives many cities an Arabic
name that is a common word (بيان، إطار، الجديد، وقف، الشهداء), which a plain lookup would tag everywhere. The
news tells the two apart: a town is named after a place noun (``مدينة الطائف``، ``محافظة أبها``، ``ولاية
صفاقس``، ``شمال حلب``) in a good share of its occurrences, a common word (almost) never. A single-word KB
city name seen ``min_count`` times, at least ``min_share`` of them right after a place noun, and not itself a
place noun with the article (المدينة), is kept.

Shipped as ``rasd/stages/data/city_names.tsv`` (``folded name<TAB>occurrences<TAB>after a place noun``),
rebuilt by ``rasd train city-names``; used by ``rasd.stages.mention_kb.kb_city_mentions``.

>>> c = count_city_words(["وصل إلى مدينة الطائف. الطائف مدينة جميلة. صدر بيان عن الوزارة."],
...                      {fold("الطائف"), fold("بيان")})
>>> c.total[fold("الطائف")], c.after[fold("الطائف")], c.after[fold("بيان")]
(2, 1, 0)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.arabic.normalize import fold

OUTPUT = "city_names.tsv"
_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
# Nouns of a settled place or of where in it (with the proclitics news writes on them).
PLACE_NOUNS = frozenset(fold(w) for w in (
    "مدينة محافظة منطقة ولاية معتمدية بلدية أمانة إمارة مطار ميناء ضواحي أهالي سكان "
    "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي"
).split())
_HEADS = frozenset(p + w for w in PLACE_NOUNS for p in ("", "و", "ب", "ل", "وب", "ول"))
_PROCLITICS = frozenset(("و", "ب", "ل", "وب", "ول"))
MIN_COUNT = 100
MIN_SHARE = 0.13  # البيضاء "white" 0.11، العيون "eyes" 0.12 fall below; الطائف 0.33، أبها 0.21، صفاقس 0.21 pass


@dataclass
class CityCounts:
    total: Counter = field(default_factory=Counter)  # occurrences, bare or after و/ب/ل
    after: Counter = field(default_factory=Counter)  # occurrences right after a place noun


def count_city_words(texts: Iterable[str], names: set[str] | frozenset[str]) -> CityCounts:
    """Counts of the folded single-word ``names`` over ``texts``."""
    c = CityCounts()
    for text in texts:
        words = [fold(w) for w in _WORD.findall(text)]
        for i, w in enumerate(words):
            if w not in names:
                # و، ب، ل and وب، ول written on the name (وبالطائف)
                w = next((w[n:] for n in (1, 2) if w[n:] in names and w[:n] in _PROCLITICS), "")
                if not w:
                    continue
            c.total[w] += 1
            if i > 0 and words[i - 1] in _HEADS:
                c.after[w] += 1
    return c


def kb_city_names(kb) -> set[str]:
    """Folded single-word Arabic names of the knowledge base's cities."""
    return {fold(e["name_ar"]) for e in kb.entries.values()
            if e.get("kind") == "city" and e.get("name_ar") and " " not in e["name_ar"]}


def select_cities(c: CityCounts, min_count: int = MIN_COUNT, min_share: float = MIN_SHARE) -> list[str]:
    """The names named as towns often enough, and no place noun themselves (المدينة: any city)."""
    return sorted(w for w, n in c.total.items()
                  if n >= min_count and c.after[w] >= min_share * n
                  and not (w.startswith("ال") and w[2:] in PLACE_NOUNS) and w not in PLACE_NOUNS)


def build_city_names(data: Path, out: Path, min_count: int = MIN_COUNT, min_share: float = MIN_SHARE) -> int:
    """Mine the unlabeled news under ``data`` into ``out``; returns the names written (seconds on one core)."""
    from rasd.kb.load import load_kb
    from rasd.train.lexicon import corpus_paths, iter_corpus_texts

    paths = corpus_paths(data)
    c = count_city_words(iter_corpus_texts(paths), kb_city_names(load_kb()))
    names = select_cities(c, min_count, min_share)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for w in names:
            f.write(f"{w}\t{c.total[w]}\t{c.after[w]}\n")
    return len(names)
