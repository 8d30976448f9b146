"""Casualty figures stated in an article: ``مقتل 14 شخصا`` → (killed, 14, span).

Matched on folded text (so ``قتلى``/``قتلي``, ``١٤``/``14`` agree) and mapped back
to original offsets. Only the common phrasings are covered; a figure missed is
a contradiction not flagged, never a false one.

>>> [(f.category, f.value) for f in casualty_figures("أسفر الانفجار عن مقتل ١٤ شخصاً وإصابة 30 آخرين")]
[('killed', 14), ('injured', 30)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.arabic.normalize import normalize

NUMBER_WORDS = {
    "واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7,
    "ثمانيه": 8, "تسعه": 9, "عشره": 10, "ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8,
    "تسع": 9, "عشر": 10,
}
KILLED_NOUNS = "قتيلا|قتيل|قتلي|شهيدا|شهيد|شهداء|ضحيه|ضحايا|وفيات|حالات وفاه"
INJURED_NOUNS = "جريحا|جريح|جرحي|مصابا|مصاب|مصابين|اصابات"
KILLED_VERBS = "مقتل|مصرع|استشهاد|وفاه|بحياه|قتل"
INJURED_VERBS = "اصابه|جرح"
_NUM = r"(\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
# "14 قتيلا", "14 من القتلى"; "مقتل 14 شخصا", "أودى بحياة 9 أشخاص".
_PATTERNS = [
    ("killed", re.compile(_NUM + r"\s+(?:من\s+)?(?:ال)?(?:" + KILLED_NOUNS + r")\b")),
    ("injured", re.compile(_NUM + r"\s+(?:من\s+)?(?:ال)?(?:" + INJURED_NOUNS + r")\b")),
    ("killed", re.compile(r"\b(?:و|ب|ل)?(?:" + KILLED_VERBS + r")\s+" + _NUM + r"\b")),
    ("injured", re.compile(r"\b(?:و|ب|ل)?(?:" + INJURED_VERBS + r")\s+" + _NUM + r"\b")),
]


@dataclass(frozen=True)
class Figure:
    category: str  # killed | injured
    value: int
    start: int
    end: int


def _value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


def casualty_figures(text: str) -> list[Figure]:
    """Casualty figures in text order, with original-text spans."""
    norm = normalize(text)
    found: dict[tuple[int, int], Figure] = {}
    for category, pattern in _PATTERNS:
        for m in pattern.finditer(norm.text):
            value = _value(m.group(1))
            if value is None or value > 100_000:
                continue
            start, end = norm.original_span(m.start(), m.end())
            if not any(start < e and s < end for s, e in found):
                found[(start, end)] = Figure(category, value, start, end)
    return sorted(found.values(), key=lambda f: f.start)
