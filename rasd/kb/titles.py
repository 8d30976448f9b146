"""Titles and nationality phrases around names: ``وزير الدفاع الروسي`` → (defence minister, RUS).

Reads a phrase word by word (folded keys, proclitic و/ف/ب/ل stripped where that
yields a known word) and recognises: a title from ``data/titles.json`` followed
by country indicators (nationality adjectives ``الروسي``, country names
``روسيا``, ``في`` + a second country for ambassadors), in either order around a name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from rasd.arabic.normalize import fold
from rasd.kb.aliases import key
from rasd.kb.base import KnowledgeBase

# Singular titles of one person (folded, without the article): the heads the events, claims and mentions
# stages read a person's title by (رئيس الحكومة، وزير الخارجية، المتحدث باسم …); each adds the few it also needs.
PERSON_TITLES = frozenset(fold(w) for w in (
    "رئيس رئيسة زعيم أمين وزير وزيرة متحدث ناطق مدير مديرة سفير سفيرة مندوب قائد نائب عضو محافظ والي مستشار"
).split())

# Heads of a news outlet's name (صحيفة الوطن، قناة الجزيرة، وكالة الأنباء، إذاعة موزاييك): an outlet is a
# body that reports and may speak or attack in words; mentions, claims and events each add the few they also need.
OUTLET_HEADS = frozenset(fold(w) for w in "صحيفة جريدة مجلة قناة وكالة موقع إذاعة".split())

WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\w]+")
# Words that may sit between a title and its country without changing the meaning.
_LINKS = frozenset({"في", "لدي", "الي"})
_MAX_TITLE_WORDS = 5
_MAX_COUNTRY_WORDS = 4


@dataclass
class Title:
    """A recognised title: role (English), countries named with it (nearest first), its span."""

    role: str
    countries: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0
    plural: bool = False  # وزيرا / وزيري / وزراء: refers to more than one holder
    dual: bool = False  # وزيرا / الوزيرين: exactly two
    posting: str | None = None  # سفير روسيا في الولايات المتحدة: USA


@lru_cache(maxsize=1)
def _titles_json() -> dict:
    return json.loads((resources.files("rasd.kb") / "data" / "titles.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    """Folded honorifics, ranks and modifiers that sit between a title and a name (الشيخ، اللواء، السابق)."""
    table = _titles_json()
    return frozenset(key(w) for w in table.get("_honorifics", []) + table.get("_modifiers", []) if " " not in w)


@lru_cache(maxsize=1)
def modifiers() -> frozenset[str]:
    """Folded one-word modifiers that follow a title and are none (السابق، الراحل)."""
    return frozenset(key(w) for w in _titles_json().get("_modifiers", []) if " " not in w)


@lru_cache(maxsize=1)
def title_table() -> dict[str, str]:
    """Folded title phrase → English role."""
    out: dict[str, str] = {}
    for role, phrases in _titles_json().items():
        if role.startswith("_"):
            continue
        for p in phrases:
            out.setdefault(key(p), role)
    return out


_PLURAL_HEADS = frozenset(key(w) for w in "وزيرا وزيري وزراء الوزيرين الوزيران الوزراء رؤساء زعماء قادة سفراء".split())


def words(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """(folded word, start, end) for the words of ``text`` (offsets shifted by ``offset``)."""
    return [(key(m.group()), m.start() + offset, m.end() + offset) for m in WORD.finditer(text)]


def _variants(w: str) -> list[str]:
    """A word and the word without one proclitic: ``والروسي`` → ``والروسي``, ``الروسي``."""
    out = [w]
    if len(w) > 3 and w[0] in "وفبل":
        out.append(w[1:])
        if w.startswith("لل"):
            out.append("ا" + w[1:])
    return out


def _country_at(kb: KnowledgeBase, ws: list[tuple[str, int, int]], end: int) -> tuple[str, int] | None:
    """A country indicator ending just before index ``end``: (ISO3, start index)."""
    for n in range(min(_MAX_COUNTRY_WORDS, end), 0, -1):
        phrase = [w for w, _, _ in ws[end - n:end]]
        for first in _variants(phrase[0]):
            text = " ".join([first] + phrase[1:])
            if n == 1 and (iso := kb.adjectives.get(text)):
                return iso, end - n
            for cand in kb.lookup(text, fuzzy=False)[:3]:
                e = kb.get(cand.id)
                if e and e.get("kind") == "country" and cand.how == "alias":
                    return e["country"], end - n
    return None


def _country_from(kb: KnowledgeBase, ws: list[tuple[str, int, int]], start: int) -> tuple[str, int] | None:
    """A country indicator starting at index ``start``: (ISO3, end index)."""
    for n in range(min(_MAX_COUNTRY_WORDS, len(ws) - start), 0, -1):
        phrase = [w for w, _, _ in ws[start:start + n]]
        for first in _variants(phrase[0]):
            text = " ".join([first] + phrase[1:])
            if n == 1 and (iso := kb.adjectives.get(text)):
                return iso, start + n
            for cand in kb.lookup(text, fuzzy=False)[:3]:
                e = kb.get(cand.id)
                if e and e.get("kind") == "country" and cand.how == "alias":
                    return e["country"], start + n
    return None


_MINISTER = frozenset(key(w) for w in ("وزير", "وزيرة"))


def _title_ending(ws: list[tuple[str, int, int]], end: int) -> tuple[str, int] | None:
    """The longest title phrase ending just before index ``end``: (role, start index)."""
    table = title_table()
    for n in range(min(_MAX_TITLE_WORDS, end), 0, -1):
        phrase = [w for w, _, _ in ws[end - n:end]]
        for first in _variants(phrase[0]):
            role = table.get(" ".join([first] + phrase[1:]))
            if role:
                return role, end - n
    # Any other portfolio: وزير الثقافة → a minister.
    if end >= 2 and ws[end - 1][0].startswith("ال") and any(v in _MINISTER for v in _variants(ws[end - 2][0])):
        return "minister", end - 2
    return None


def _title_starting(ws: list[tuple[str, int, int]], start: int, clitics: bool = True) -> tuple[str, int] | None:
    """The longest title phrase starting at index ``start``: (role, end index)."""
    table = title_table()
    for n in range(min(_MAX_TITLE_WORDS, len(ws) - start), 0, -1):
        phrase = [w for w, _, _ in ws[start:start + n]]
        for first in (_variants(phrase[0]) if clitics else [phrase[0]]):
            role = table.get(" ".join([first] + phrase[1:]))
            if role:
                return role, start + n
    return None


def title_before(kb: KnowledgeBase, text: str, offset: int = 0, skip_one: bool = True) -> Title | None:
    """The title that ends ``text`` (the words right before a name).

    With ``skip_one``, a single word between the title and the name is allowed when
    nothing else fits (``الرئيس اليمني السابق علي`` + ``عبدالله صالح``: a first name the
    tagger left out).

    >>> from rasd.kb.load import load_kb
    >>> t = title_before(load_kb(), "وأعلن وزير الدفاع الروسي ")
    >>> (t.role, t.countries)
    ('defence minister', ['RUS'])
    """
    ws = words(text, offset)
    end = len(ws)
    # أمير قطر الشيخ تميم: honorifics and ranks between the title and the name.
    hon = honorifics()
    while end > 0 and ws[end - 1][0] in hon and not (end >= 2 and f"{ws[end - 2][0]} {ws[end - 1][0]}" in title_table()):
        end -= 1
    countries: list[str] = []
    # Country indicators right before the name: الروسي ; روسيا في الولايات المتحدة ; الأمريكي والروسي.
    while end > 0:
        found = _country_at(kb, ws, end)
        if found:
            countries.insert(0, found[0])
            end = found[1]
            continue
        if ws[end - 1][0] in _LINKS and countries:
            countries = []  # "in X" names the posting, not the nationality
            end -= 1
            continue
        break
    t = _title_ending(ws, end)
    if not t:
        if skip_one and len(ws) >= 2 and ws[-1][2] - offset >= len(text.rstrip()):
            shorter = title_before(kb, text[: ws[-1][1] - offset], offset, skip_one=False)
            if shorter is not None:
                return shorter
        return None
    role, i = t
    if role == "prince" and not countries and i > 0:
        # وزير الخارجية السعودي الأمير فيصل: the office before the rank is the role.
        office = title_before(kb, text[: ws[i][1] - offset], offset)
        if office is not None and office.role != "prince" and office.end >= ws[i - 1][2]:
            return office
    return Title(role, countries, ws[i][1], ws[len(ws) - 1][2] if ws else offset,
                 plural=_is_plural(ws[i][0]), dual=_is_dual(ws[i][0]))


def title_after(kb: KnowledgeBase, text: str, offset: int = 0, apposition: bool = True) -> Title | None:
    """A title in apposition after a name: ``، وزير الدفاع الأمريكي``."""
    ws = words(text, offset)
    if not ws:
        return None
    # An apposition starts with the title itself: "، بوزير" (with the minister) is no apposition.
    t = _title_starting(ws, 0, clitics=not apposition)
    if not t:
        return None
    role, i = t
    countries: list[str] = []
    posting = None
    while i < len(ws):
        found = _country_from(kb, ws, i)
        if not found and countries and ws[i][0] in _LINKS and i + 1 < len(ws):
            # "in X" after the nationality names the posting: سفير روسيا في الولايات المتحدة.
            there = _country_from(kb, ws, i + 1)
            if there:
                posting, i = there[0], there[1]
                continue
        if not found:
            break
        countries.append(found[0])
        i = found[1]
    return Title(role, countries, ws[0][1], ws[i - 1][2], plural=_is_plural(ws[0][0]), dual=_is_dual(ws[0][0]),
                 posting=posting)


def parse_title(kb: KnowledgeBase, text: str, offset: int = 0) -> Title | None:
    """A whole phrase that is a title with its countries: ``وزيرا الدفاع الأمريكي والروسي``."""
    t = title_after(kb, text, offset, apposition=False)
    if t is None:
        return None
    ws = words(text, offset)
    used = [w for w in ws if w[2] <= t.end]
    return t if len(used) == len(ws) else None


def _is_plural(word: str) -> bool:
    return any(v in _PLURAL_HEADS for v in _variants(word))


_DUAL_HEADS = frozenset(key(w) for w in "وزيرا وزيري الوزيرين الوزيران رئيسا رئيسي الرئيسين الرئيسان سفيرا".split())


def _is_dual(word: str) -> bool:
    return any(v in _DUAL_HEADS for v in _variants(word))
