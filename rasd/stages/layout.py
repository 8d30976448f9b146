"""The layout stage: each non-empty line of the page becomes a typed block.

Kinds: ``dateline`` (a date line at the top, ``الخميس 25 أبريل 2024``),
``headline`` (the first short line without a final period), ``caption``
(short unpunctuated lines between the headline and the body — photo captions),
``subheading`` (short unpunctuated lines inside the body), ``byline``
(``كتب: …``, ``بقلم …``) and ``paragraph``. A line repeated verbatim gets
``duplicate_of`` = the index of its first block.

Scraped pages keep one paragraph per line, so a line is the unit; how short
is "short" is a setting (``[layout]``).
"""

from __future__ import annotations

import re
from typing import ClassVar

from rasd.arabic.normalize import fold
from rasd.config import Config
from rasd.document import Block, Document

_WEEKDAYS = "(?:ال)?(?:سبت|أحد|احد|إثنين|اثنين|ثلاثاء|ثلاثا|أربعاء|اربعاء|خميس|جمعة|جمعه)"
_MONTHS = (
    "يناير|كانون الثاني|فبراير|شباط|مارس|آذار|أبريل|ابريل|إبريل|نيسان|مايو|أيار|ايار|يونيو|يونيه|حزيران|"
    "يوليو|يوليه|تموز|أغسطس|اغسطس|آب|سبتمبر|أيلول|ايلول|أكتوبر|اكتوبر|تشرين الأول|نوفمبر|تشرين الثاني|"
    "ديسمبر|كانون الأول|جانفي|فيفري|أفريل|افريل|ماي|جوان|جويلية|أوت|اوت"
)
_D = r"[0-9\u0660-\u0669]"
# A date: "25 أبريل 2024", "25/4/2024", "2024-04-25", optionally after a weekday and a comma.
_DATE = (
    rf"(?:{_D}{{1,2}}\s*(?:من\s+)?(?:{_MONTHS})\s*،?\s*{_D}{{4}}"
    rf"|{_D}{{1,2}}\s*[/.\-]\s*{_D}{{1,2}}\s*[/.\-]\s*{_D}{{2,4}}"
    rf"|{_D}{{4}}\s*[/.\-]\s*{_D}{{1,2}}\s*[/.\-]\s*{_D}{{1,2}})"
)
# A dateline: the date may come with a weekday, a time, a place or "updated" words, but little else.
DATELINE_RE = re.compile(
    r"^(?:(?:نشر|نشرت|آخر تحديث|اخر تحديث|تاريخ النشر|تحديث)\s*(?:في|بتاريخ)?\s*[:：]?\s*)?"
    r"(?:\S+(?:\s\S+)?\s*[\-–—|،,:]\s*)?"  # a place before a separator: "القاهرة - "
    rf"(?:(?:يوم\s+)?{_WEEKDAYS}\s*[،,\-–]?\s*)?{_DATE}"
    rf"(?:\s*[\-–—|،,]?\s*(?:الساعة\s*)?{_D}{{1,2}}[:.]{_D}{{2}}(?:\s*(?:ص|م|صباحا|مساء|مساءً|AM|PM|am|pm))?)?"
    r"(?:\s*[\-–—|،,]\s*[^\n]{0,25})?\s*$"
)
BYLINE_RE = re.compile(
    r"^(?:كتب|كتبت|كتبه|كتبها|بقلم|بواسطة|إعداد|اعداد|تقرير|تحرير|متابعة|حوار|ترجمة|المحرر|مراسل|من\s+مراسل|بوابة)"
    r"\s*[:：\-–]?\s*\S"
)
_END_PERIOD = ".!؟?؛…:"  # a line ending in one of these is prose, not a caption or subheading
_HEADLINE_BAN = ".:؛"  # headlines may end in ? or ! but not in a period


class LayoutStage:
    """Type each line: dateline, headline, caption, subheading, byline, paragraph."""

    name: ClassVar[str] = "rasd.layout.v1"
    requires: ClassVar[tuple[str, ...]] = ("text", "sentences")
    provides: ClassVar[tuple[str, ...]] = ("blocks",)

    def __init__(self, config: Config):
        s = config.section("layout")
        self.short_words = int(s.get("short_words", 20))
        self.short_chars = int(s.get("short_chars", 160))

    def __call__(self, doc: Document) -> None:
        doc.blocks = layout_blocks(doc.text, short_words=self.short_words, short_chars=self.short_chars)


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines, surrounding whitespace trimmed."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def is_dateline(line: str) -> bool:
    """A line that is a date, perhaps with weekday, time and place: ``الخميس 25 أبريل 2024``."""
    return len(line) <= 80 and DATELINE_RE.match(line) is not None


def is_byline(line: str) -> bool:
    """``كتب: أحمد علي``, ``بقلم محمد``…, short."""
    return len(line.split()) <= 10 and BYLINE_RE.match(line) is not None


def layout_blocks(text: str, *, short_words: int = 20, short_chars: int = 160) -> list[Block]:
    """Blocks of ``text``, one per non-empty line, typed by position and shape."""

    def short(line: str) -> bool:
        return len(line.split()) <= short_words and len(line) <= short_chars

    def prose(line: str) -> bool:
        return line[-1] in _END_PERIOD or not short(line)

    blocks: list[Block] = []
    seen: dict[str, int] = {}
    state = "top"  # top → (headline seen) → lead matter → body
    spans = _lines(text)
    for i, (s, e) in enumerate(spans):
        line = text[s:e]
        last = line[-1]
        nxt = text[spans[i + 1][0]:spans[i + 1][1]] if i + 1 < len(spans) else None
        if state == "top" and not blocks and is_dateline(line):
            kind = "dateline"
        elif is_byline(line):
            kind = "byline"
        elif state == "top" and short(line) and last not in _HEADLINE_BAN:
            kind, state = "headline", "lead"
        elif state == "lead" and short(line) and last not in _END_PERIOD:
            kind = "caption"
        elif state == "body" and short(line) and last not in _END_PERIOD and nxt is not None and prose(nxt):
            kind = "subheading"
        elif state == "body" and short(line) and last not in _END_PERIOD and nxt is None and is_dateline(line):
            kind = "dateline"
        else:
            kind, state = "paragraph", "body"
        key = fold(line)
        block = Block(s, e, kind=kind, duplicate_of=seen.get(key))
        seen.setdefault(key, len(blocks))
        blocks.append(block)
    return blocks
