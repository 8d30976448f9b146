"""Institution names FORMAT.md tags as ORG but ANERcorp-trained taggers miss: ministries
(``وزارة الدفاع``), named councils and legislatures (``مجلس الشيوخ``, ``مجلس الأمن``) and
organisations named in quotes (``منظمة "أنا يقظ"``, ``“مركز الميزان لحقوق الإنسان”``).

Applied only to untagged tokens, under FORMAT.md conventions.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.arabic.normalize import fold
from rasd.document import Mention, Token

MINISTRY = frozenset(fold(w) for w in ("وزارة", "وزارتي"))
COUNCIL = fold("مجلس")
# Councils that are names on their own (the legislature, the UN Security Council, the cabinet).
COUNCIL_NAMES = frozenset(fold(w) for w in (
    "الشيوخ", "النواب", "الأمن", "الشعب", "الوزراء", "الشورى", "الأمة", "العموم", "اللوردات", "الدوما", "التعاون",
))
RULE_CONFIDENCE = 0.7


def institution_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus ministries and named councils found at untagged tokens, sorted."""
    # Characters already inside a mention: a scan of every mention per candidate was quadratic.
    taken = bytearray(len(text))
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * len(taken[m.start:m.end])

    def free(a: int, b: int) -> bool:
        return not any(taken[a:b])

    added = []
    for i in range(len(tokens) - 1):
        head = fold(text[tokens[i].base_start:tokens[i].end])
        nxt = fold(text[tokens[i + 1].start:tokens[i + 1].end])
        if not nxt.startswith("ال") or len(nxt) < 5:
            continue
        if head in MINISTRY or (head == COUNCIL and nxt in COUNCIL_NAMES):
            start, end = tokens[i].base_start, tokens[i + 1].end
            if free(start, end):
                added.append(Mention(start, end, label="ORG", confidence=RULE_CONFIDENCE))
                taken[start:end] = b"\x01" * len(taken[start:end])
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# A quoted name that is an organisation: it opens with one of these (“مركز الميزان لحقوق الإنسان”) …
QUOTED_ORG_HEADS = frozenset(fold(w) for w in (
    "مركز", "منظمة", "جمعية", "هيئة", "حزب", "حركة", "اتحاد", "رابطة", "مؤسسة", "شبكة", "تيار", "ائتلاف",
    "جبهة", "مجموعة", "شركة", "لجنة", "نقابة", "مرصد", "تحالف", "كتلة",
))
# … or one of these stands before it, outside the span (منظمة "أنا يقظ"، صحيفة «الوطن»).
QUOTED_ORG_DESCRIPTORS = QUOTED_ORG_HEADS | frozenset(fold(w) for w in (
    "صحيفة", "جريدة", "مجلة", "قناة", "وكالة", "موقع", "إذاعة", "اذاعة", "منظمه",
))
_OPEN_QUOTES = frozenset('«“"„')
_CLOSE_QUOTES = frozenset('»”"')
QUOTED_MAX_WORDS = 6


def quoted_org_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus organisations named in quotes at untagged tokens, sorted."""
    taken = bytearray(len(text))
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * len(taken[m.start:m.end])
    added = []
    n = len(tokens)
    i = 0
    while i < n:
        if text[tokens[i].start:tokens[i].end] not in _OPEN_QUOTES:
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= QUOTED_MAX_WORDS and text[tokens[j].start:tokens[j].end] not in _CLOSE_QUOTES \
                and tokens[j].norm[:1].isalnum():
            j += 1
        if j >= n or j == i + 1 or text[tokens[j].start:tokens[j].end] not in _CLOSE_QUOTES:
            i += 1
            continue
        first = fold(text[tokens[i + 1].base_start:tokens[i + 1].end])
        before = fold(text[tokens[i - 1].base_start:tokens[i - 1].end]) if i > 0 else ""
        start, end = tokens[i + 1].start, tokens[j - 1].end
        if (first in QUOTED_ORG_HEADS and j - i > 2 or before in QUOTED_ORG_DESCRIPTORS) and not any(taken[start:end]):
            added.append(Mention(start, end, label="ORG", confidence=RULE_CONFIDENCE))
            taken[start:end] = b"\x01" * (end - start)
        i = j + 1
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
