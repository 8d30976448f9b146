"""Institution names FORMAT.md tags as ORG but ANERcorp-trained taggers miss: ministries
(``وزارة الدفاع``), named councils and legislatures (``مجلس الشيوخ``, ``مجلس الأمن``) and
organisations named in quotes (``منظمة "أنا يقظ"``, ``“مركز الميزان لحقوق الإنسان”``).

Applied only to untagged tokens, under FORMAT.md conventions.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from importlib import resources
from typing import NamedTuple

from rasd.arabic.calendar import weekdays
from rasd.arabic.normalize import fold
from rasd.document import Mention, Token
from rasd.errors import ModelMissingError
from rasd.kb.titles import OUTLET_HEADS
from rasd.stages.ner_features import NameList

MINISTRY = frozenset(fold(w) for w in ("وزارة", "وزارتي"))
COUNCIL = fold("مجلس")
# Councils that are names on their own (the legislature, the UN Security Council, the cabinet).
COUNCIL_NAMES = frozenset(fold(w) for w in (
    "الشيوخ", "النواب", "الأمن", "الشعب", "الوزراء", "الشورى", "الأمة", "العموم", "اللوردات", "الدوما", "التعاون",
))
RULE_CONFIDENCE = 0.7


def shipped_word_list(filename: str, what: str, command: str) -> frozenset[str]:
    """The first column of a word list mined by ``rasd train …`` and shipped in ``rasd/stages/data/`` (sports
    clubs, towns), or a clear error saying how to rebuild it."""
    path = resources.files("rasd.stages") / "data" / filename
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ModelMissingError(
            f"{what} missing: rasd/stages/data/{filename} — rebuild it with `rasd train {command}`") from None
    return frozenset(line.split("\t", 1)[0] for line in text.splitlines() if line.strip())


def arabic_word(w: str, min_len: int = 2) -> bool:
    """A folded word of Arabic letters only (no digit, Latin or punctuation), at least ``min_len`` long."""
    return len(w) >= min_len and all("\u0621" <= c <= "\u064A" for c in w)


class TokenWords(NamedTuple):
    """Each token's folded form past its proclitics (``bases``: وبالرئيس → الرييس) and whole (``words``)."""

    bases: list[str]
    words: list[str]


# The article last asked about and its tokens' folded forms (held, so that no other object can come to share
# the ids while the forms are kept).
_TOKEN_WORDS: list[tuple[str, Sequence[Token], int, TokenWords]] = []


def token_words(text: str, tokens: Sequence[Token]) -> TokenWords:
    """The folded forms of ``tokens``, computed once per article: some twenty rules read them, and slicing and
    folding every token again in each rule was a good part of the mentions stage's time."""
    if _TOKEN_WORDS:
        held_text, held_tokens, held_n, held = _TOKEN_WORDS[0]
        if held_text is text and held_tokens is tokens and held_n == len(tokens):
            return held
    forms = TokenWords([fold(text[t.base_start:t.end]) for t in tokens], [fold(text[t.start:t.end]) for t in tokens])
    _TOKEN_WORDS[:] = [(text, tokens, len(tokens), forms)]
    return forms


def taken_chars(text: str, mentions: list[Mention]) -> bytearray:
    """A byte per character of ``text``, set inside a mention: a rule asks it whether a span is free
    (a scan of every mention per candidate was quadratic)."""
    taken = bytearray(len(text))
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * len(taken[m.start:m.end])
    return taken


_AFFAIRS = frozenset(fold(w) for w in ("الشؤون", "الشئون"))


def institution_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus ministries and named councils found at untagged tokens, sorted."""
    taken = taken_chars(text, mentions)

    def free(a: int, b: int) -> bool:
        return not any(taken[a:b])

    added = []
    bases, words = token_words(text, tokens)
    for i in range(len(tokens) - 1):
        head, nxt = bases[i], words[i + 1]
        if not nxt.startswith("ال") or len(nxt) < 5:
            continue
        if head in MINISTRY or (head == COUNCIL and nxt in COUNCIL_NAMES):
            start, end = tokens[i].base_start, tokens[i + 1].end
            if nxt in _AFFAIRS and i + 2 < len(tokens) and tokens[i + 2].norm.startswith("ال"):
                end = tokens[i + 2].end  # وزارة الشؤون الخارجية: "affairs" names no ministry without its kind
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
QUOTED_ORG_DESCRIPTORS = QUOTED_ORG_HEADS | OUTLET_HEADS
_OPEN_QUOTES = frozenset('«“"„')
_CLOSE_QUOTES = frozenset('»”"')
QUOTED_MAX_WORDS = 6


def quoted_run_end(text: str, tokens: Sequence[Token], i: int, max_words: int = QUOTED_MAX_WORDS) -> int:
    """Index of the closing quote when token ``i`` opens a quote around 1..``max_words`` words, else -1.

    « الناس وأنا » at token i gives the index of »; a quote that runs on, or holds punctuation, gives -1.
    """
    if text[tokens[i].start:tokens[i].end] not in _OPEN_QUOTES:
        return -1
    n = len(tokens)
    j = i + 1
    while j < n and j - i <= max_words and text[tokens[j].start:tokens[j].end] not in _CLOSE_QUOTES \
            and tokens[j].norm[:1].isalnum():
        j += 1
    if j >= n or j == i + 1 or text[tokens[j].start:tokens[j].end] not in _CLOSE_QUOTES:
        return -1
    return j


def quoted_org_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus organisations named in quotes at untagged tokens, sorted."""
    taken = taken_chars(text, mentions)
    added = []
    replaced: set[int] = set()
    n = len(tokens)
    i = 0
    while i < n:
        j = quoted_run_end(text, tokens, i)
        if j < 0:
            i += 1
            continue
        first = fold(text[tokens[i + 1].base_start:tokens[i + 1].end])
        before = fold(text[tokens[i - 1].base_start:tokens[i - 1].end]) if i > 0 else ""
        start, end = tokens[i + 1].start, tokens[j - 1].end
        inside = [k for k, m in enumerate(mentions) if start <= m.start and m.end <= end]
        if before in QUOTED_ORG_DESCRIPTORS and inside and any(taken[start:end]) \
                and all(mentions[k].label == "LOC" for k in inside) \
                and not any(m.start < end and start < m.end for k, m in enumerate(mentions) if k not in inside):
            # حزب "آفاق تونس"، حركة "نداء تونس": the country in the quoted name is part of the party's name
            replaced.update(inside)
            taken[start:end] = bytes(end - start)
        if (first in QUOTED_ORG_HEADS and j - i > 2 or before in QUOTED_ORG_DESCRIPTORS) and not any(taken[start:end]):
            added.append(Mention(start, end, label="ORG", confidence=RULE_CONFIDENCE))
            taken[start:end] = b"\x01" * (end - start)
        i = j + 1
    if not added:
        return mentions
    return sorted([m for k, m in enumerate(mentions) if k not in replaced] + added, key=lambda m: m.start)


# Titles of works named in quotes after what they are (برنامج « الناس وأنا »، بعنوان « أصل الكلمة »): a
# name, MISC (CoNLL's and ANERcorp's class for works), whatever the tagger read inside the quotes.
WORK_HEADS = frozenset(fold(w) for w in (
    "برنامج", "البرنامج", "برنامجا", "برنامجه", "برنامجها", "بعنوان", "عنوان", "فيلم", "الفيلم", "فيلما",
    "مسلسل", "المسلسل", "مسلسلا", "كتاب", "الكتاب", "كتابا", "كتابه", "كتابها", "رواية", "الرواية", "روايته",
    "مسرحية", "المسرحية", "أغنية", "الأغنية", "ألبوم", "الألبوم", "قصيدة", "القصيدة",
))
# Words between the head and the quote that leave it the title's head (برنامج جديد « حور الدنيا »).
_WORK_BETWEEN = frozenset(fold(w) for w in ("جديد", "جديدا", "الجديد", "جديدة", "الجديدة", "الشهير", "الشهيرة"))


def quoted_title_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with works named in quotes after a work head tagged MISC (mentions inside replaced), sorted."""
    spans: list[tuple[int, int]] = []
    n = len(tokens)
    i = 1
    while i < n:
        j = quoted_run_end(text, tokens, i)
        if j < 0:
            i += 1
            continue
        before = fold(text[tokens[i - 1].base_start:tokens[i - 1].end])
        if before in _WORK_BETWEEN and i > 1:
            before = fold(text[tokens[i - 2].base_start:tokens[i - 2].end])
        if before in WORK_HEADS:
            spans.append((tokens[i + 1].start, tokens[j - 1].end))
            i = j + 1
        else:
            i += 1
    if not spans:
        return mentions
    starts = [a for a, _ in spans]
    kept = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and spans[k][0] <= m.start and m.end <= spans[k][1]:
            continue  # inside a title: « مع نور » is the programme, not نور
        if k >= 0 and m.start < spans[k][1] or k + 1 < len(spans) and spans[k + 1][0] < m.end:
            spans = [sp for sp in spans if not (sp[0] < m.end and m.start < sp[1])]  # a name across the quote wins
            starts = [a for a, _ in spans]
        kept.append(m)
    added = [Mention(a, b, label="MISC", confidence=RULE_CONFIDENCE) for a, b in spans]
    return sorted(kept + added, key=lambda m: m.start)


# GUIDELINES.md: outlets named in bylines are ORG (سبق، «اليوم»، «الوطن»). A byline names its outlet after the
# dateline's place: ``لندن : « الشرق الأوسط »`` (quoted after a place and a colon, whatever the tagger read
# inside: الشرق الأوسط the region) or ``البحرين - الرأي -`` (one definite word between dashes, opening the
# sentence; not a reporter's name, which has no article).
_DASHES = frozenset("-ـ–—")
BYLINE_MAX_WORDS = 3
# A lead signed by its reporter before the outlet and the place (خلود غنام- سبق- الرياض: …، أحمد البراهيم- جازان:).
_DASH_CLASS = "".join(sorted(_DASHES)).replace("-", "\\-")
_BYLINE_LEAD = re.compile(rf"\s*([^\s{_DASH_CLASS}:.،]+(?:\s+[^\s{_DASH_CLASS}:.،]+){{0,3}})\s*[{_DASH_CLASS}]\s*"
                          rf"[^{_DASH_CLASS}:\n.،]{{2,25}}?\s*(?:[{_DASH_CLASS}]\s*[^{_DASH_CLASS}:\n.،]{{2,25}}?\s*)?:")


def byline_name_end(text: str) -> int:
    """Where the reporter's name ends in a lead that opens with it (``خلود غنام- سبق- الرياض: طالب …`` → 9), or 0:
    the mentions before it are the reporter's and the dateline's, no actors of the story."""
    m = _BYLINE_LEAD.match(text[:120])
    return m.end(1) if m else 0


def byline_outlet_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention],
                           sentences: Sequence[tuple[int, int]]) -> list[Mention]:
    """``mentions`` with outlets named in bylines tagged ORG (a mention inside the quotes relabelled), sorted."""
    if not tokens:
        return mentions
    taken = taken_chars(text, mentions)
    places = {m.end for m in mentions if m.label == "LOC"}
    by_span = {(m.start, m.end): k for k, m in enumerate(mentions)}
    out = list(mentions)
    added: list[Mention] = []
    n = len(tokens)

    def tok(k: int) -> str:
        return text[tokens[k].start:tokens[k].end]

    for i in range(2, n - 2):
        if tok(i - 1) != ":" or tokens[i - 2].end not in places:
            continue
        j = quoted_run_end(text, tokens, i, BYLINE_MAX_WORDS)
        if j < 0:
            continue
        start, end = tokens[i + 1].start, tokens[j - 1].end
        k = by_span.get((start, end))
        if k is not None:
            m = out[k]
            out[k] = Mention(m.start, m.end, label="ORG", entity=m.entity, confidence=m.confidence)
        elif not any(taken[start:end]):
            added.append(Mention(start, end, label="ORG", confidence=RULE_CONFIDENCE))
    starts = [t.start for t in tokens]
    for s, _ in sentences or [(0, len(text))]:
        lo = bisect.bisect_left(starts, s)
        for d in (lo + 1, lo + 2):  # البحرين - الرأي - / لندن ـ دبي - الرأي -
            if d + 2 < n and tok(d) in _DASHES and tok(d + 2) in _DASHES:
                w = tokens[d + 1]
                if w.base_start == w.start and fold(text[w.start:w.end]).startswith("ال") and w.end - w.start > 3 \
                        and not any(taken[w.start:w.end]):
                    added.append(Mention(w.start, w.end, label="ORG", confidence=RULE_CONFIDENCE))
                break
    return sorted(out + added, key=lambda m: m.start) if added or out != mentions else mentions


# Institutions named by a head noun and what qualifies it (GUIDELINES.md: courts, councils,
# commissions, authorities with a name are ORG): المحكمة الدستورية، هيئة الحقيقة والكرامة،
# مجلس نواب الشعب، الهيئة العليا المستقلة للانتخابات، لجنة التوافقات.
INSTITUTION_HEADS = frozenset(fold(w) for w in (
    "مجلس", "محكمة", "لجنة", "هيئة", "سلطة", "مفوضية", "بعثة", "جبهة", "ائتلاف", "وكالة", "جامعة", "منظمة",
    "رئاسة",  # رئاسة الجمهورية، رئاسة الحكومة
    "جمعية", "نقابة", "رابطة",  # جمعية القضاة التونسيين، نقابة الصحفيين
    "ملحقية", "قنصلية", "سفارة",  # الملحقية الثقافية السعودية، السفارة الأمريكية
    "مرصد",  # المرصد السوري لحقوق الإنسان، المرصد العراقي للحريات الصحفية
    "حزب",  # حزب المؤتمر، حزب العدالة والتنمية (a party the tagger misses after a comma: استنكر، حزب المؤتمر،)
    "بنك", "مصرف",  # البنك الدولي، البنك التجاري، البنك الآسيوي للتنمية
    "تلفزة", "تلفزيون", "تليفزيون", "إذاعة",  # التلفزة الوطنية، الإذاعة الوطنية (not التلفزيون الرسمي/الحكومي)
))
_PARTY = fold("حزب")
# Heads that name a body only with what it is for (الشركة السعودية للكهرباء، الديوان الوطني للحماية
# المدنية، الاتحاد المحلي للشغل): without it they describe one (الشركة المصنعة، المكتب السياسي).
FOR_HEADS = frozenset(fold(w) for w in ("شركة", "مؤسسة", "ديوان", "اتحاد", "مكتب", "صندوق", "معهد", "مركز",
                                         "غرفة",  # الغرفة الوطنية لأصحاب المخابز (not غرفة النوم)
                                         # المديرية العامة للجوازات، الإدارة الجهوية للحماية المدنية
                                         "إدارة", "ادارة", "مديرية"))
# Generic on their own (اللجنة المحلية) but names before what the body is for (الاتحاد المحلي للشغل).
# Not الأعلى: المجلس الأعلى للقضاء tagged made the events stage take it for the target of a meeting
# (development pool events 138 -> 137 true positives), and ANERcorp leaves المجلس الأعلى للثورة untagged.
BEFORE_FOR = frozenset(fold(w) for w in ("المحلي", "المحلية", "المركزي", "المركزية", "الجهوي", "الجهوية",
                                          "الفرعية"))
# What a لـ phrase names when it is the body's owner, not its purpose (المكتب السياسي للحركة).
OWNERS = frozenset(fold(w) for w in (
    "حزب", "حركة", "وزارة", "دولة", "حكومة", "جيش", "مجموعة", "جماعة", "تنظيم", "نادي", "فريق", "بلدية", "ولاية",
    "مدينة", "شركة", "مؤسسة", "اتحاد", "منظمة", "جمعية", "هيئة", "مجلس", "لجنة", "بنك", "جبهة", "رئيس", "رئاسة",
))
# Words that end a name that runs on after its لـ phrase (الهيئة العليا للانتخابات الثلاثاء، … الرئيس).
_NAME_STOPS = frozenset(weekdays()) | frozenset(fold(w) for w in (
    "الرئيس", "الوزير", "السيد", "الشيخ", "الأمين", "العام", "العامة",
))
# Masculine heads: a feminine adjective after one qualifies something before it, not the bank
# (خطط البنك التنموية الدولية).
MASCULINE_HEADS = frozenset(fold(w) for w in ("بنك", "مصرف"))
# Prepositions and particles, which no construct name runs through (جمعية في المشاركة).
_PARTICLES = frozenset(fold(w) for w in "في من إلى الى على عن مع منذ عند لدى أن إن لا لم لن قد".split())
# Bodies whose name is followed by the nationality of their members (جمعية القضاة التونسيين).
NATIONAL_BODIES = frozenset(fold(w) for w in ("جمعية", "نقابة", "رابطة", "اتحاد", "ملحقية", "قنصلية", "سفارة"))
# Words after a head that make it a description, not a name (اللجنة المختصة، المجلس الحالي).
GENERIC_QUALIFIERS = frozenset(fold(w) for w in (
    "المختصة", "المختص", "المعنية", "المعني", "المحلية", "المحلي", "الداخلية", "الداخلي", "التنفيذية",
    "الحالية", "الحالي", "السابقة", "السابق", "الجديدة", "الجديد", "المقبلة", "المقبل", "الماضية", "الماضي",
    "الأولى", "الأول", "الثانية", "الثاني", "المشتركة", "المشترك", "الخاصة", "الخاص", "الرسمية", "الرسمي",
    "نفسها", "نفسه", "ذاتها", "ذاته", "المذكورة", "المذكور", "هذه", "هذا", "تلك", "ذلك", "التي", "الذي",
    "الإدارة", "الادارة", "المركزية", "الفرعية", "الوزارية", "الوزراء", "الحكومة", "الأعلى", "الأمن",
    "الذين", "اللذين", "اللتين", "اللواتي", "إلى", "الى", "الآن", "اليوم", "المنعقد", "المنعقدة", "المكلفة",
    "المكلف", "المقترح", "المقترحة", "المتعلقة", "المتعلق", "الحكومي", "الحكومية",
))
# Qualifier words that, right after a name, do not make it a description (… المخابز إلى التحلي، … الذي).
_NOT_DESCRIBING = frozenset(fold(w) for w in ("إلى", "الى", "الذين", "التي", "الذي"))
_TO = frozenset(fold(w) for w in ("إلى", "الى"))
INSTITUTION_MAX_WORDS = 7
_RELATIVE_WORDS = frozenset(fold(w) for w in ("الذي", "التي"))
_DATE_STOPS = frozenset(fold(w) for w in ("الأسبوع", "الشهر", "القادم", "القادمة", "الجاري", "الحالي"))
# Plural peoples after a body's members that the nationality lexicon (adjectives) does not hold.
MEMBER_NATIONS = frozenset(fold(w) for w in ("العرب", "الأفارقة", "الأوروبيين", "المسلمين"))


def _for_phrase(text: str, tokens: Sequence[Token], k: int) -> bool:
    """True when token ``k`` opens a لـ phrase saying what a body is for: للحريات، لحقوق الإنسان (the
    tokenizer may leave ل on the word), not the people it serves (للصحفيين)."""
    w = fold(text[tokens[k].start:tokens[k].end])
    if w.endswith(("ين", "ون")):
        return False
    return w.startswith("لل") or (w.startswith("ل") and k + 1 < len(tokens)
                                  and fold(text[tokens[k + 1].base_start:tokens[k + 1].end]).startswith("ال"))


def institution_name_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention],
                              is_nationality, is_country_adjective=None, given_name=None) -> list[Mention]:
    """``mentions`` plus institutions named by a head noun and its qualifiers, at untagged tokens.

    ``given_name(folded_word)`` tells a given name with the article (الطاهر), where the name ends when a bare
    word (its surname) follows. ``is_nationality(folded_word)`` tells a country's adjective: a head with only that
    (الحكومة العراقية، البرلمان الألماني) is a description, not a name (GUIDELINES.md).
    ``is_country_adjective`` also counts a country that is named by its adjective (الشركة السعودية
    للكهرباء); it defaults to ``is_nationality``."""
    is_country_adjective = is_country_adjective or is_nationality
    given_name = given_name or (lambda w: False)
    taken = taken_chars(text, mentions)

    bases = token_words(text, tokens).bases

    def word(k: int) -> str:
        return bases[k]

    def head_word(k: int) -> str:
        """``word(k)``, with the article restored where ل swallowed its alef (للبنك → البنك)."""
        tok, w = tokens[k], word(k)
        if tok.base_start > tok.start and text[tok.base_start - 1] == "ل" and w.startswith("ل") \
                and tok.stem_start == tok.base_start + 1:
            return "ا" + w
        return w

    added = []
    absorbed: list[Mention] = []  # country mentions a name took in as its nationality adjective
    n = len(tokens)
    i = 0
    while i < n:
        head = head_word(i)
        bare = head[2:] if head.startswith("ال") else head
        if (bare not in INSTITUTION_HEADS and bare not in FOR_HEADS) or any(taken[tokens[i].base_start:tokens[i].end]):
            i += 1
            continue
        if bare in MASCULINE_HEADS and i + 1 < n and word(i + 1).endswith(("ة", "ه")):
            i += 1
            continue
        j = i + 1
        # المحكمة الدستورية / محكمة الجنايات الدولية / مجلس نواب الشعب / هيئة الحقيقة والكرامة
        if not head.startswith("ال"):
            while j < n and j - i < 3 and not word(j).startswith("ال") and word(j)[:1].isalpha() \
                    and tokens[j].base_start == tokens[j].start and word(j) not in _PARTICLES:
                j += 1  # an indefinite construct noun: مجلس نواب الشعب
            if j >= n or not word(j).startswith("ال") or tokens[j].base_start != tokens[j].start:
                i += 1
                continue
            j += 1
        qualified = j > i + 1
        # المرصد العراقي للحريات الصحفية، المرصد السوري لحقوق الإنسان: a nationality followed by what the
        # body is for makes a name (a nationality alone describes: الحكومة العراقية).
        national_name = head.startswith("ال") and j + 1 < n and is_country_adjective(word(j)) \
            and _for_phrase(text, tokens, j + 1)
        # الشركة السعودية للكهرباء with السعودية tagged as the country: the adjective belongs to the name.
        country_inside = next((m for m in mentions if m.label == "LOC" and m.start == tokens[j].base_start
                               and m.end == tokens[j].end), None) if national_name else None
        if national_name and any(taken[tokens[j].base_start:tokens[j + 1].end]) and (
                country_inside is None or any(taken[tokens[j + 1].start:tokens[j + 1].end])):
            national_name = False
        if national_name and country_inside is not None:
            taken[country_inside.start:country_inside.end] = bytes(country_inside.end - country_inside.start)
            absorbed.append(country_inside)
        if national_name:
            j, qualified = j + 2, True  # past العراقي للحريات; the qualifiers after it (الصحفية) as for any name
        has_for = national_name  # the name has said what the body is for (للانتخابات)
        while j < n and j - i < INSTITUTION_MAX_WORDS:
            if any(taken[tokens[j].base_start:tokens[j].end]):
                break  # الملحقية الثقافية السعودية with السعودية tagged: the name ends before it
            w = word(j)
            proclitic = text[tokens[j].start:tokens[j].base_start]
            # و joins a second genitive only right after the first (هيئة الحقيقة والكرامة), never an
            # adjective phrase to a new noun (المحكمة الدستورية والتقليص من …)
            conj_ok = proclitic == "" or (proclitic == "و" and not head.startswith("ال") and j == i + 2)
            if has_for and (proclitic or w in _NAME_STOPS):
                break  # after its لـ phrase a name runs on over plain ال words only (للانتخابات البلدية)
            # ... and over adjectives only (للتعليم الأساسي، not the verbal noun after the name: … الدخول في إضراب),
            # or the genitive of an indefinite for-word (لحقوق الإنسان، لكرة القدم)
            if has_for and not (w.endswith(("ي", "يه", "يا")) or w in _RELATIVE_WORDS
                                or tokens[j - 1].stem_start == tokens[j - 1].base_start):
                break
            # المحلي، الأعلى: generic, but part of the name before what the body is for (الاتحاد المحلي للشغل)
            # (after what the body is for, an adjective is that noun's: للأمن الداخلي، للانتخابات البلدية)
            for_adjective = has_for and w.endswith(("ي", "يه")) and w not in _RELATIVE_WORDS and w not in _PARTICLES
            generic = w in GENERIC_QUALIFIERS and not for_adjective and not (
                w in BEFORE_FOR and j + 1 < n and _for_phrase(text, tokens, j + 1))
            if w in _DATE_STOPS:
                break  # نقابة التعليم الابتدائي الأسبوع القادم: the name ends before its date
            if given_name(w) and j + 1 < n and tokens[j + 1].base_start == tokens[j + 1].start \
                    and not word(j + 1).startswith("ال") and word(j + 1)[:1].isalpha() and word(j + 1) not in _PARTICLES:
                break  # النائب بالمجلس الوطني التأسيسي الطاهر هميلة: a given name and its surname after the body
            # (the article as the tokenizer reads it: إلغاء folds to الغاء, and is no ال word)
            if w.startswith("ال") and tokens[j].stem_start > tokens[j].base_start and conj_ok and not generic \
                    and not is_nationality(w) and w not in MEMBER_NATIONS and w[2:] not in INSTITUTION_HEADS \
                    and not w.endswith(("ين", "ون")):
                j += 1  # الدستورية، والكرامة (not المؤيدين، the plural of the members around it)
                qualified = True
            elif proclitic == "ل" and fold(text[tokens[j].stem_start - 2:tokens[j].stem_start]) in ("ال", "لل") \
                    and qualified and not has_for and fold(text[tokens[j].stem_start:tokens[j].end]) not in OWNERS:
                j += 1  # للانتخابات; not a body's owner (المكتب السياسي للحركة)
                has_for = True
            elif proclitic == "ل" and qualified and not has_for and j + 1 < n and j + 1 - i < INSTITUTION_MAX_WORDS \
                    and word(j - 1).endswith(("ي", "يه", "يا")) and len(word(j)) >= 3 and word(j + 1) not in _NAME_STOPS \
                    and tokens[j].stem_start == tokens[j].base_start and word(j + 1).startswith("ال") \
                    and tokens[j + 1].base_start == tokens[j + 1].start and not any(taken[tokens[j + 1].start:tokens[j + 1].end]) \
                    and word(j) not in OWNERS and not word(j + 1).endswith(("ين", "ون")):
                j += 2  # لحقوق الإنسان، لأصحاب المخابز: what the body is for, an indefinite noun and its genitive
                has_for = True
            else:
                break
        first_word = word(i + 1) if i + 1 < n else ""
        after = word(j) if j < n else ""
        # لجنة التشاور السياسي التونسية المصرية: a body of two countries is named by both nationalities, kept
        # whole (one nationality alone describes: اللجنة العليا السعودية)
        if qualified and j + 1 < n and is_nationality(after) and is_nationality(word(j + 1)) \
                and tokens[j].base_start == tokens[j].start \
                and tokens[j + 1].base_start == tokens[j + 1].start \
                and not any(taken[tokens[j].start:tokens[j + 1].end]):
            j += 2
            after = word(j) if j < n else ""
        # وكالة الأنباء الرسمية الإيرانية: the words go on describing, so it is no name
        # (a nationality after the name stays outside it: جمعية القضاة التونسيين → جمعية القضاة, FORMAT.md, and so
        # after a name that has said what the body is for: الشركة الوطنية للسكك الحديدية [التونسية])
        # (إلى after a name says where it goes, a description of a delegation or a bank's data: بعثة النصر إلى
        # لندن; after what the body is for it is the verb's: دعا الغرفة الوطنية لأصحاب المخابز إلى …)
        described = after in GENERIC_QUALIFIERS - (_NOT_DESCRIBING if has_for else _NOT_DESCRIBING - _TO) or (
            is_nationality(after) and bare not in NATIONAL_BODIES and not has_for)
        # اتحاد الحقوقيين العرب، اتحاد الصحفيين الفلسطينيين: a body of the members named with their nationality
        # is named by them, as a body named by what it is for is.
        of_members = bare in NATIONAL_BODIES and word(j - 1).endswith(("ين", "ون")) and (
            is_nationality(after) or after in MEMBER_NATIONS)
        if not qualified or j == i + 1 or described or (bare in FOR_HEADS and not has_for and not of_members) or (not national_name and (
                (first_word in GENERIC_QUALIFIERS and not (has_for and first_word in BEFORE_FOR))
                or is_nationality(first_word))):
            i += 1
            continue
        if bare == _PARTY and (has_for or (not head.startswith("ال") and not first_word.startswith("ال"))
                               or (head.startswith("ال") and not first_word.endswith(("ي", "يه")))):
            # حزب المؤتمر، الحزب الديمقراطي are names; الحزب الحاكم، الحزب الفائز، حزب سياسي describe one, and
            # no party is named by a purpose (حزب المسار للانتخابات الرئاسية is the party and its race)
            i += 1
            continue
        start, end = tokens[i].base_start, tokens[j - 1].end
        if not any(taken[start:end]):
            added.append(Mention(start, end, label="ORG", confidence=RULE_CONFIDENCE))
            taken[start:end] = b"\x01" * (end - start)
        i = j
    if absorbed:
        gone = {id(m) for m in absorbed if any(a.start <= m.start and m.end <= a.end for a in added)}
        mentions = [m for m in mentions if id(m) not in gone]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def title_name_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention],
                        names: NameList, autolex: dict[str, tuple[float, ...]] | None = None) -> list[Mention]:
    """``mentions`` plus full names seen after titles in the news (``rasd.train.title_names``) found at
    untagged tokens: ``التقى يوسف الشاهد`` → PER ``يوسف الشاهد`` when the tagger left it out.

    Longest match first; the first word may carry a proclitic (ويوسف الشاهد), which stays outside the span.
    A name an ORG ran on over (الجبهة الشعبية حمة الهمامي) is split off it when ``autolex`` (word → PER, …
    shares in auto-tagged news) does not say its first word is a common word other than a name (دار العلوم)."""
    if not names:
        return mentions
    taken = taken_chars(text, mentions)
    longest, first_words = names.longest, names.first_words
    norms = [t.norm for t in tokens]
    added: list[Mention] = []
    trimmed: list[tuple[Mention, Mention]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        base = norms[i][tok.base_start - tok.start:] if tok.base_start > tok.start else norms[i]
        if norms[i] not in first_words and base not in first_words:
            i += 1
            continue
        firsts = (norms[i], base)
        for length in range(min(longest, len(tokens) - i), 1, -1):
            rest = tuple(norms[i + 1:i + length])
            if any((f,) + rest in names for f in firsts):
                start, end = tokens[i].base_start, tokens[i + length - 1].end
                if not any(taken[start:end]):
                    added.append(Mention(start, end, label="PER", confidence=RULE_CONFIDENCE))
                elif i > 0 and autolex is not None and _may_open_a_name(autolex, firsts) \
                        and (org := org_running_into(mentions, start, end, tokens[i - 1].end)) is not None:
                    # الناطق باسم الجبهة الشعبية حمة الهمامي: the organisation of the title ends before
                    # the name, which the tagger ran it on over.
                    trimmed.append((org, dataclasses.replace(org, end=tokens[i - 1].end)))
                    added.append(Mention(start, end, label="PER", confidence=RULE_CONFIDENCE))
                i += length - 1
                break
        i += 1
    if trimmed:
        replaced = {id(old): new for old, new in trimmed}
        mentions = [replaced.get(id(m), m) for m in mentions]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _may_open_a_name(autolex: dict[str, tuple[float, ...]], forms: tuple[str, ...]) -> bool:
    """A first name, or a word too rare in the news to tell (حمة: a third of its few uses names a person;
    دار: 800 uses, almost none a person)."""
    shares = next((autolex[f] for f in forms if f in autolex), None)
    return shares is None or shares[0] >= 0.25


def org_running_into(mentions: list[Mention], start: int, end: int, before: int) -> Mention | None:
    """The one ORG mention that starts before ``start`` and ends inside ``[start, end]`` (a name found
    there is its tail), keeping at least a word before ``before``; None otherwise."""
    over = [m for m in mentions if m.start < end and start < m.end]
    if len(over) != 1:
        return None
    m = over[0]
    return m if m.label == "ORG" and m.start < start and start < m.end <= end and before > m.start else None


# Parties named by a head and a genitive whose name goes on with a political adjective the tagger
# leaves out (حزب الشعوب [الديمقراطي]، حزب العمال [الكردستاني]).
PARTY_HEADS = frozenset(fold(w) for w in ("حزب", "الحزب", "تيار", "التيار", "جبهة", "الجبهة", "حركة", "الحركة",
                                          "تحالف", "التحالف", "ائتلاف", "الائتلاف"))
PARTY_ADJECTIVES = frozenset(fold(w) for w in (
    "الديمقراطي", "الديموقراطي", "الديمقراطية", "الديموقراطية", "الجمهوري", "الجمهورية", "الاشتراكي",
    "الاشتراكية", "الليبرالي", "الليبرالية", "الشعبي", "الشعبية", "التقدمي", "التقدمية", "الدستوري",
    "الدستورية", "الكردستاني", "الموحد", "الموحدة", "الحر", "الحرة", "الاجتماعي", "المسيحي",
))


# Words after حزب that say what the party is, not its name.
_PARTY_DESCRIBED = frozenset(fold(w) for w in (
    "الحاكم", "المعارض", "الحاكمة", "الفائز", "المقرب", "الجديد", "الوحيد", "الأكبر", "الاكبر", "الأول", "الاول",
    "الثاني", "السابق", "نفسه", "ذاته"))


def party_name_extension(text: str, tokens: Sequence[Token], mentions: list[Mention],
                         is_nationality=lambda w: False) -> list[Mention]:
    """``mentions`` with an ORG that opens with a party head (حزب الشعوب) run on over the political
    adjectives right after it (الديمقراطي), when they are untagged and joined by a space only."""
    if not mentions:
        return mentions
    starts = {t.base_start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    taken = taken_chars(text, mentions)
    out = []
    for m in mentions:
        first, last = starts.get(m.start), ends.get(m.end)
        if m.label == "ORG" and first is not None and first == last and first + 1 < len(tokens) \
                and fold(text[tokens[first].base_start:tokens[first].end]) == _PARTY:
            # حزب alone, the name left out (وأكد [حزب] العدالة والتنمية الحاكم): the definite words after it, and
            # one more joined by و, are the name (not a nationality or what it is: الحاكم، المعارض)
            k = first + 1
            while k < len(tokens) and k - first <= 3 and not text[tokens[k - 1].end:tokens[k].start].strip() \
                    and not any(taken[tokens[k].start:tokens[k].end]):
                w = fold(text[tokens[k].base_start:tokens[k].end])
                proclitic = text[tokens[k].start:tokens[k].base_start]
                if not w.startswith("ال") or w in _PARTY_DESCRIBED or is_nationality(w) or proclitic not in ("", "و") \
                        or (proclitic == "و" and k == first + 1):
                    break
                k += 1
            if k > first + 1:
                m = Mention(m.start, tokens[k - 1].end, label=m.label, entity=m.entity, confidence=m.confidence)
            out.append(m)
            continue
        if m.label == "ORG" and first is not None and last is not None and last > first \
                and fold(text[tokens[first].base_start:tokens[first].end]) in PARTY_HEADS:
            k = last + 1
            while k < len(tokens) and tokens[k].base_start == tokens[k].start \
                    and not text[tokens[k - 1].end:tokens[k].start].strip() \
                    and fold(text[tokens[k].start:tokens[k].end]) in PARTY_ADJECTIVES \
                    and not any(taken[tokens[k].start:tokens[k].end]):
                k += 1
            if k > last + 1:
                m = Mention(m.start, tokens[k - 1].end, label=m.label, entity=m.entity, confidence=m.confidence)
        out.append(m)
    return out


# The party head before a name of the form "<word> <country>" (حزب آفاق تونس، حزب تحيا تونس); after حركة, a
# movement, such a phrase is as often what it fights for (حركة تحرير السودان), so only a name the knowledge
# base lists is taken there (حركة نداء تونس).
_MOVEMENT_HEAD = fold("حركة")


def party_country_names(text: str, tokens: Sequence[Token], mentions: list[Mention],
                        is_country=lambda w: False, known_org=lambda name: False) -> list[Mention]:
    """``mentions`` with a party named by a word and its country after a party head kept as one ORG, the
    head outside (GUIDELINES.md): [حزب] آفاق [تونس] → آفاق تونس، حزب [نداء] [تونس] → نداء تونس. The tagger
    reads the head alone as the organisation and the country as a place. The word is indefinite (a definite
    one is the head's own adjective or genitive: حزب الله، حزب العمال) and joined by spaces only."""
    if len(tokens) < 3 or not any(m.label == "LOC" for m in mentions):
        return mentions
    by_start = {m.start: m for m in mentions}
    out = list(mentions)
    changed = False
    for k in range(len(tokens) - 2):
        head, word, place = tokens[k], tokens[k + 1], tokens[k + 2]
        head_word = fold(text[head.base_start:head.end])
        if head_word not in (_PARTY, _MOVEMENT_HEAD) or word.base_start != word.start \
                or place.base_start != place.start or text[head.end:word.start].strip() \
                or text[word.end:place.start].strip():
            continue
        w = fold(text[word.start:word.end])
        loc = by_start.get(place.start)
        if not arabic_word(w, 3) or w.startswith("ال") or w in _PARTICLES or loc is None or loc.label != "LOC" \
                or loc.end != place.end or not is_country(fold(text[place.start:place.end])):
            continue
        if head_word == _MOVEMENT_HEAD and not known_org(text[word.start:place.end]):
            continue
        inside = [m for m in out if m.start < place.end and head.base_start < m.end]
        if any(m.label not in ("ORG", "LOC") for m in inside):
            continue
        out = [m for m in out if m not in inside]
        out.append(Mention(word.start, place.end, label="ORG", confidence=RULE_CONFIDENCE))
        changed = True
    return sorted(out, key=lambda m: m.start) if changed else mentions


# News agencies are named by their nationality (GUIDELINES.md: وكالة الأنباء السعودية is a name, kept whole;
# وكالة الأنباء الرسمية الإيرانية, with الرسمية between, is a description).
# A club's sport is no part of an institution's name (ريال مدريد الإسباني لكرة القدم).
_SPORT_FOR = tuple(fold(w) for w in ("لكرة", "للكرة", "لألعاب", "للألعاب"))
# Adjectives a body's name has before what it is for (الهيئة الوطنية لمكافحة الفساد، النقابة الأساسية لأعوان …).
NAMING_ADJECTIVES = frozenset(fold(w) for w in (
    "الوطني", "الوطنية", "العام", "العامة", "الجهوي", "الجهوية", "الأساسي", "الأساسية", "الدولي", "الدولية",
    "العالمي", "العالمية", "العليا", "الأعلى", "المستقل", "المستقلة", "الإقليمي", "الإقليمية"))
# Times a لـ phrase gives after a body's name, which say when, not what the body is for (للفترة، للعام), and the night
# that starts like one (حزب كوملة الكردستاني الإيراني ليلة السبت).
_TIME_NOUNS = frozenset(fold(w) for w in "فترة عام سنة مرة موسم يوم شهر أسبوع دورة ليلة".split())
AGENCY_HEADS = frozenset(fold(w) for w in ("وكالة", "الوكالة"))
AGENCY_WORDS = frozenset(fold(w) for w in ("الأنباء", "أنباء", "الانباء", "انباء"))


def national_name_extension(text: str, tokens: Sequence[Token], mentions: list[Mention],
                            is_nationality, known_org=lambda name: False) -> list[Mention]:
    """``mentions`` with national names kept whole, sorted:

    - an organisation the tagger cut before its nationality and what it is for runs on over both
      (``الاتحاد العام`` + ``التونسي للشغل``, ``الاتحاد الوطني`` + ``التونسي للمرأة``);
    - one it cut after its nationality or a naming adjective runs on over what it is for, untagged or
      tagged apart (``المنظمة التونسية`` + ``لمناهضة التعذيب``, ``الهيئة الوطنية`` + ``لمكافحة الفساد``),
      unless ``known_org`` knows it whole already (الاتحاد الأوروبي للفترة …) or a time follows (للعام);
    - ``وكالة الأنباء`` + a nationality, untagged, is an ORG (``وكالة الأنباء الألمانية``)."""
    if not tokens:
        return mentions
    taken = taken_chars(text, mentions)
    ends = {t.end: k for k, t in enumerate(tokens)}
    n = len(tokens)

    bases = token_words(text, tokens).bases

    def word(k: int) -> str:
        return bases[k]

    def bare_word(k: int) -> str:  # without proclitics and article (للعام → عام)
        return fold(text[tokens[k].stem_start:tokens[k].end])

    def free(a: int, b: int) -> bool:  # tokens a..b-1 untagged, the first with no proclitic
        return b <= n and tokens[a].base_start == tokens[a].start and not any(
            taken[tokens[a].start:tokens[b - 1].end])

    out = []
    dropped: set[int] = set()
    changed = False
    for m in mentions:
        last = ends.get(m.end)
        head = fold(text[m.start:m.end].split()[0])
        head = head[2:] if head.startswith(("ال", "لا")) else head  # لاتحاد: ل swallowed the article's alef
        if m.label == "ORG" and last is not None and last + 2 < n and " " in text[m.start:m.end].strip() \
                and (head in INSTITUTION_HEADS or head in FOR_HEADS) and free(last + 1, last + 3) \
                and is_nationality(word(last + 1)) and _for_phrase(text, tokens, last + 2) \
                and not fold(text[tokens[last + 2].start:tokens[last + 2].end]).startswith(_SPORT_FOR):
            k = last + 2 if fold(text[tokens[last + 2].start:tokens[last + 2].end]).startswith("لل") else last + 3
            if k < n and not any(taken[tokens[last + 1].start:tokens[k].end]):
                m = Mention(m.start, tokens[k].end, label="ORG", entity=m.entity, confidence=m.confidence)
                changed = True
        elif m.label == "ORG" and last is not None and last + 1 < n and " " in text[m.start:m.end].strip() \
                and (head in INSTITUTION_HEADS or head in FOR_HEADS) \
                and (word(last) in NAMING_ADJECTIVES or is_nationality(word(last))) \
                and _for_phrase(text, tokens, last + 1) and word(last + 1) not in OWNERS \
                and bare_word(last + 1) not in _TIME_NOUNS and not known_org(text[m.start:m.end]) \
                and not fold(text[tokens[last + 1].start:tokens[last + 1].end]).startswith(_SPORT_FOR):
            k = last + 1 if fold(text[tokens[last + 1].start:tokens[last + 1].end]).startswith("لل") else last + 2
            span = (tokens[last + 1].start, tokens[k].end)
            # what lies there is free, or a mention of its own inside it: the tagger's PER لمناهضة التعذيب, which
            # took in the preposition as no name does (رئاسة المجلس الوطني لتوفيق القاهري names a person)
            inside = [x for x in mentions if x.start < span[1] and span[0] < x.end]
            if k < n and all(span[0] <= x.start and x.end <= span[1] and (x.label != "PER" or x.start == span[0])
                             for x in inside):
                dropped.update(id(x) for x in inside)
                m = Mention(m.start, tokens[k].end, label="ORG", entity=m.entity, confidence=m.confidence)
                changed = True
        out.append(m)
    out = [m for m in out if id(m) not in dropped]
    added = []
    for i in range(n - 2):
        if word(i) in AGENCY_HEADS and word(i + 1) in AGENCY_WORDS and free(i + 1, i + 3) \
                and not any(taken[tokens[i].base_start:tokens[i].end]) and is_nationality(word(i + 2)):
            added.append(Mention(tokens[i].base_start, tokens[i + 2].end, label="ORG", confidence=RULE_CONFIDENCE))
    if not changed and not added:
        return mentions
    return sorted(out + added, key=lambda m: m.start)


# Armies whose official name has an adjective before the nationality (GUIDELINES.md: الجيش العربي الأردني،
# الجيش الوطني الليبي), or the nationality before الحر (الجيش السوري الحر): names, kept whole.
ARMY_HEADS = frozenset(fold(w) for w in ("الجيش", "جيش"))
ARMY_NAME_ADJECTIVES = frozenset(fold(w) for w in ("العربي", "الوطني", "الشعبي"))


# GUIDELINES.md keeps السلطة الفلسطينية whole: the singular السلطة (the authority, not السلطات, the
# authorities) before a nationality, or before الوطنية and a nationality, is a national authority's name.
AUTHORITY_HEADS = frozenset(fold(w) for w in ("السلطة",))
AUTHORITY_ADJECTIVES = frozenset(fold(w) for w in ("الوطنية",))


def army_name_mentions(text: str, tokens: Sequence[Token], mentions: list[Mention],
                       is_nationality) -> list[Mention]:
    """``mentions`` plus armies named as above, and national authorities (السلطة الوطنية الفلسطينية),
    at untagged tokens."""
    taken = taken_chars(text, mentions)
    added = []
    bases, words = token_words(text, tokens)
    for i in range(len(tokens) - 1):
        if bases[i] not in AUTHORITY_HEADS:
            continue
        k = i + 1
        if k + 1 < len(tokens) and tokens[k].base_start == tokens[k].start and words[k] in AUTHORITY_ADJECTIVES:
            k += 1
        if tokens[k].base_start == tokens[k].start and is_nationality(words[k]):
            start, end = tokens[i].base_start, tokens[k].end
            if not any(taken[start:end]):
                added.append(Mention(start, end, label="ORG", confidence=RULE_CONFIDENCE))
                taken[start:end] = b"\x01" * (end - start)
    for i in range(len(tokens) - 2):
        if bases[i] not in ARMY_HEADS or any(t.base_start != t.start for t in tokens[i + 1:i + 3]):
            continue
        second, third = bases[i + 1], bases[i + 2]
        if (second in ARMY_NAME_ADJECTIVES and is_nationality(third)) or \
                (is_nationality(second) and third == fold("الحر")):
            start, end = tokens[i].base_start, tokens[i + 2].end
            if not any(taken[start:end]):
                added.append(Mention(start, end, label="ORG", confidence=RULE_CONFIDENCE))
                taken[start:end] = b"\x01" * (end - start)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
