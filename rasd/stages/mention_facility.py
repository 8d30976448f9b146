"""Named facilities (GUIDELINES.md: "Named facilities keep their full name": قصر قرطاج، مطار الملك عبد
العزيز الدولي، قاعدة الشعيرات) are one LOC span with their head word inside.

An ANERcorp-trained tagger tags only the name after the head, as whatever the name is on its own: a
city (مطار [دمشق] الدولي), a person (مسجد [عمران بن شاهين]، ملعب [ثاني بن جاسم]) or a club
(ملعب [سانتياغو بيرنابيو] as ORG). When a mention starts right after a facility head, joined by a
space only, the head is taken in, the span becomes LOC and runs on over the generic adjectives that
end such names (الدولي، الوطني، الكبير) and over a name the tagger split in two (مطار [تونس] [قرطاج]).

Heads that also name organisations (جامعة، دار، سوق: سوق دبي المالي، دار الإفتاء) or people (حرم,
a wife: حرم الرئيس) are left out, as are settlement descriptors GUIDELINES.md drops (حي، مدينة، منطقة).
A quoted name (استاد "سلتيك بارك") is not joined: the head stays outside the quotes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.arabic.normalize import fold
from rasd.document import Mention, Token
from rasd.stages.mention_rules import RULE_CONFIDENCE, arabic_word, taken_chars, token_words

FACILITY_HEADS = frozenset(fold(w) for w in (
    "قصر", "جامع", "مسجد", "ملعب", "استاد", "ستاد", "مطار", "متحف", "ساحة", "شارع", "جسر", "سد", "ميناء",
    "قلعة", "باب", "ضريح", "مقام", "كنيسة", "كاتدرائية", "مستشفى", "سجن", "معتقل", "قاعدة", "مفاعل",
    "فندق", "ميدان", "برج", "مئذنة", "معبد", "دير", "مرفأ", "مجمع", "صالة",
))
# Titles of the person a facility is named after, inside its name (مجمع الأمير فيصل بن فهد الأولمبي).
NAMESAKE_TITLES = frozenset(fold(w) for w in ("الملك", "الأمير", "الشيخ", "الإمام", "السلطان", "الرئيس"))
# Generic words that end a facility's name (مطار دمشق الدولي، متحف دمشق الوطني، المسجد الأموي الكبير).
FACILITY_ADJECTIVES = frozenset(fold(w) for w in (
    "الدولي", "الدولية", "الوطني", "الوطنية", "الكبير", "الكبيرة", "الكبرى", "القديم", "القديمة", "التاريخي",
    "التاريخية", "الشريف", "الشريفة", "المقدس", "المقدسة", "المطهرة", "الرياضي", "الرياضية", "الجوية",
    "الجوي", "البحرية", "البحري", "العسكرية", "العسكري", "المركزي", "المركزية", "الأولمبي", "الأولمبية",
))


# A word the news has seen at most this often, untagged after a facility head, is taken for its name
# (ملعب تشيرمارتين، مسجد السنانية، ملعب سانتياغو [بيرنابيو]); common words are the facility's
# description, not its name (ملعب المدينة، ساحة المعركة، مطار العاصمة).
RARE = 20
_CLITICS = frozenset("وفبلك")
_NISBA = (fold("ية"), fold("يه"), fold("ي"))




def facility_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention],
                      count: Callable[[str], int] | None = None) -> list[Mention]:
    """``mentions`` with each name right after a facility head widened into the facility, sorted.
    ``count`` (the news' count of a folded word) lets a rare untagged word stand for the name."""
    if not tokens:
        return mentions
    n = len(tokens)
    by_start = {m.start: m for m in mentions}
    tok_end = {t.end: k for k, t in enumerate(tokens)}
    covered = taken_chars(text, mentions)

    bases = token_words(text, tokens).bases

    def word(k: int) -> str:
        return bases[k]

    def joined(k: int) -> bool:  # token k follows k-1 after a space only, with no proclitic
        return tokens[k].base_start == tokens[k].start and not text[tokens[k - 1].end:tokens[k].start].strip()

    def free(k: int) -> bool:
        return not any(covered[tokens[k].start:tokens[k].end])

    def rare(k: int) -> bool:
        w = word(k)
        if count is None or not free(k) or not arabic_word(w, 3) or w in FACILITY_ADJECTIVES or count(w) > RARE:
            return False
        if w[0] in _CLITICS and count(w[1:]) > 0:  # a clitic the tokenizer left on a seen word: وطبربة، لامتاع
            return False
        return w.startswith("ال") or not w.endswith(_NISBA)  # an indefinite adjective: كنيسة قبطية

    def name_at(k: int) -> tuple[int, Mention | None] | None:
        """The name starting at token k: (the token after it, the mention it is, if any)."""
        m = by_start.get(tokens[k].start)
        if m is not None and m.end in tok_end:
            return tok_end[m.end] + 1, m
        if m is None and rare(k):
            return k + 1, None
        return None

    drop: set[int] = set()
    added = []
    for i in range(n - 1):
        if word(i) not in FACILITY_HEADS or not free(i) or not joined(i + 1):
            continue
        # مجمع الأمير فيصل بن فهد الأولمبي، مسجد الملك عبدالله: a facility named after a titled person
        j = i + 2 if i + 2 < n and word(i + 1) in NAMESAKE_TITLES and free(i + 1) and joined(i + 2) else i + 1
        first = name_at(j)
        if first is None:
            continue
        k, m = first
        absorbed = [m] if m is not None else []
        if k < n and joined(k):  # a second name right after (مطار تونس قرطاج، ملعب سانتياغو بيرنابيو)
            second = name_at(k)
            if second is not None:
                k = second[0]
                if second[1] is not None:
                    absorbed.append(second[1])
        while k < n and joined(k) and free(k) and word(k) in FACILITY_ADJECTIVES:
            k += 1
        drop.update(id(a) for a in absorbed)
        conf = max((a.confidence for a in absorbed), default=RULE_CONFIDENCE)
        added.append(Mention(tokens[i].base_start, tokens[k - 1].end, label="LOC", confidence=conf))
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in drop] + added, key=lambda m: m.start)

