"""Institution names FORMAT.md tags as ORG but ANERcorp-trained taggers miss: ministries
(``وزارة الدفاع``) and named councils and legislatures (``مجلس الشيوخ``, ``مجلس الأمن``).

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
