"""The knowledge base in memory: entries, an alias index on folded keys, role look-ups by date.

An entry is a dict: ``id``, ``type`` (PER/ORG/LOC), ``name`` (English), ``name_ar``,
``aliases`` (any language), ``country`` (ISO3, or an organisation id such as ``UN``),
``roles`` (``[{role, organisation, country, from, to}]``, ISO dates, ``to`` null
while held), ``source``; places also ``kind`` (country/city), ``adjectives``,
``capital_of``, ``population``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from rasd.arabic.lexicon import word_frequencies
from rasd.kb.aliases import key, skeleton, strip_article, surname, tail, variants
from rasd.kb.geo import ARAB_STATES, adjective_index

# How much a match via each kind of alias is worth before context.
FULL, PARTIAL, SKELETON = 1.0, 0.7, 0.85
# Prior trust by source: reviewed entries and countries first; cities and the 2018 dictionary below
# (a dictionary person still links on an exact full name, not on a surname alone).
_PRIOR = {"rasd": 1.0, "iso": 1.0, "user": 1.0, "geo": 0.6, "petr": 0.6}


# Occurrences in the unlabeled news above which a word is an everyday word, not a rare spelling of a name.
COMMON_WORD_COUNT = 500


def _other_common_words(text_key: str, text_skeleton: str, entry: dict[str, Any]) -> bool:
    """True when ``text_key`` meets ``entry`` only by a skeleton that merges two different everyday words:
    الجامعة العامة (a federation) is not الجمعية العامة (the UN General Assembly), though both drop to one
    skeleton; a foreign name's spellings (شويغو، شويجو) are rare words and still meet."""
    for name in (entry.get("name_ar"), *entry.get("aliases", ())):
        if name and skeleton(name) == text_skeleton and not _differ_in_common_words(text_key, key(name)):
            return False  # a spelling of this name that differs in no everyday word
    return True


def _differ_in_common_words(a: str, b: str) -> bool:
    """Whether two keys of as many words differ in a pair of everyday words (الجامعة / الجمعية), not in an
    article or an ending (الأنباء / أنباء، الإمارات / الإماراتية، العربي / العربية: one word's forms)."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and any(
        not (x2 := strip_article(x)).startswith(y2 := strip_article(y)) and not y2.startswith(x2)
        and _common(x) and _common(y) for x, y in zip(wa, wb, strict=True))


def _common(word_key: str) -> bool:
    """Whether a word of a ``key`` (folded already) is an everyday word of the news."""
    return word_frequencies().count_folded(word_key) >= COMMON_WORD_COUNT


@dataclass
class Candidate:
    """One KB entry a name may refer to, with how well the name matched."""

    id: str
    score: float
    how: str  # "alias", "partial", "skeleton", "fuzzy"


def prior(entry: dict[str, Any]) -> float:
    """Trust in an entry before context: reviewed > geography (bigger cities first) > dictionary."""
    p = _PRIOR.get(entry["id"].split(":", 1)[0], 0.8)
    if entry.get("kind") == "city":
        p += 0.3 if entry.get("capital_of") else min(entry.get("population", 0) / 20_000_000, 0.25)
        p += min(entry.get("news_count", 0) / 2000, 0.15)
        p = min(p, 0.95)  # a city never outranks a country of the same name on prior alone (تونس)
    return p


def _same_shape(a: str, b: str) -> bool:
    """Typo-level neighbours only: as many words, each starting with the same letter (يعلون ~ يعالون, not عبد الله ~ الحمد الله)."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(strip_article(x)[:1] == strip_article(y)[:1] for x, y in zip(wa, wb, strict=True))


def role_valid(role: dict[str, Any], date: str | None) -> bool:
    """Whether ``role`` was held on ``date`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); always true without a date."""
    if not date:
        return True
    frm, to = role.get("from"), role.get("to")
    if frm and date < frm[: len(date)]:
        return False
    if to and date > to[: len(date)]:
        return False
    return True


class KnowledgeBase:
    """Entries plus indexes; ``lookup("شويغو")`` → candidates, ``holders("defence minister", "RUS", "2022-10-21")``."""

    def __init__(self, entries: Iterable[dict[str, Any]] = ()):
        self.entries: dict[str, dict[str, Any]] = {}
        self._alias: dict[str, dict[str, float]] = {}
        self._skel: dict[str, set[str]] = {}
        self.adjectives: dict[str, str] = {}
        self.countries: dict[str, str] = {}  # ISO3 → entry id
        self._fuzzy_keys: list[str] | None = None
        self._alias_keys: frozenset[str] | None = None
        self._cache: dict[tuple[str, bool], list[Candidate]] = {}
        self.add(entries)

    # ------------------------------------------------------------- building
    def add(self, entries: Iterable[dict[str, Any]]) -> int:
        """Add or replace entries (same id replaces: user files override the shipped KB)."""
        n = 0
        new = []
        for e in entries:
            if not e.get("id") or not e.get("type"):
                continue
            self.entries[e["id"]] = e
            new.append(e)
            n += 1
        for e in new:
            self._index(e)
        self.adjectives.update(adjective_index(new))
        self._fuzzy_keys = None
        self._alias_keys = None
        self._cache.clear()
        return n

    def _put(self, k: str, entry_id: str, strength: float) -> None:
        if not k:
            return
        slot = self._alias.setdefault(k, {})
        slot[entry_id] = max(slot.get(entry_id, 0.0), strength)

    def _index(self, e: dict[str, Any]) -> None:
        eid = e["id"]
        if e.get("kind") == "country":
            self.countries.setdefault(e["country"], eid)
        foreign = e.get("country") not in ARAB_STATES
        names = [n for n in [e.get("name_ar"), *e.get("aliases", []), e.get("name")] if n]
        for n in names:
            single = len(key(n).split()) == 1
            strength = PARTIAL if e["type"] == "PER" and single else FULL
            for v in variants(n, foreign=foreign):
                self._put(v, eid, strength)
            sk = skeleton(n)
            # Short one-word skeletons collide (استن: أوستن / إستونيا): only long or multi-word ones.
            if (not single or len(sk) >= 5) and len(sk.replace(" ", "")) >= 4 and not (e["type"] == "PER" and single):
                self._skel.setdefault(sk, set()).add(eid)
            # Surnames of the 2018 dictionary's thousands of minor officials would claim every common name.
            if e["type"] == "PER" and not eid.startswith("petr:"):
                for part in (surname(n), tail(n)):
                    if part:
                        for v in variants(part, foreign=foreign):
                            self._put(v, eid, PARTIAL)

    # ------------------------------------------------------------- look-ups
    def get(self, entry_id: str) -> dict[str, Any] | None:
        return self.entries.get(entry_id)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, text_key: str) -> bool:
        return text_key in self._alias

    def alias_keys(self) -> frozenset[str]:
        if self._alias_keys is None:
            self._alias_keys = frozenset(self._alias)
        return self._alias_keys

    def full_name_entries(self, text_key: str) -> list[dict[str, Any]]:
        """Entries whose full name or alias (not a partial name) has this key, in index order."""
        return [self.entries[eid] for eid, strength in self._alias.get(text_key, {}).items() if strength == FULL]

    def lookup(self, text: str, *, fuzzy: bool = True) -> list[Candidate]:
        """Entries ``text`` may name, best first: exact alias, then loose skeleton, then fuzzy."""
        slot = (text, fuzzy)
        hit = self._cache.get(slot)
        if hit is None:
            if len(self._cache) > 200_000:  # names repeat across a corpus; bound the memory anyway
                self._cache.clear()
            hit = self._cache[slot] = self._lookup(text, fuzzy)
        return list(hit)

    def _lookup(self, text: str, fuzzy: bool) -> list[Candidate]:
        k = key(text)
        if not k:
            return []
        found: dict[str, Candidate] = {}
        for eid, strength in self._alias.get(k, {}).items():
            found[eid] = Candidate(eid, strength, "alias" if strength == FULL else "partial")
        sk = skeleton(text)
        for eid in sorted(self._skel.get(sk, ())):  # a set: ties keep one order whatever the hash seed
            if eid not in found and not _other_common_words(k, sk, self.entries[eid]):
                found[eid] = Candidate(eid, SKELETON, "skeleton")
        if not found and fuzzy and len(k) >= 6:
            found.update(self._fuzzy(k))
        return sorted(found.values(), key=lambda c: -c.score * prior(self.entries[c.id]))

    def _fuzzy(self, k: str) -> dict[str, Candidate]:
        """Near spellings of a multi-letter name (a typo, an unusual transliteration)."""
        if self._fuzzy_keys is None:
            # Only full, multi-word or long names: short keys fuzzy-match everything.
            self._fuzzy_keys = [a for a, ids in self._alias.items()
                                if len(a) >= 6 and any(s == FULL for s in ids.values())]
        out: dict[str, Candidate] = {}
        countries = self._countries_named(k)
        for alias, score, _ in process.extract(k, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=88, limit=3):
            # وزارة الخارجية السورية is not وزارة الخارجية الروسية: near strings naming other countries differ.
            if self._countries_named(alias) != countries or not _same_shape(k, alias) \
                    or _differ_in_common_words(k, alias):  # الجامعة العامة is not الجمعية العامة
                continue
            for eid, strength in self._alias[alias].items():
                if strength == FULL:
                    out.setdefault(eid, Candidate(eid, 0.8 * score / 100, "fuzzy"))
        return out

    def _countries_named(self, text_key: str) -> set[str]:
        return {self.adjectives[w] for w in text_key.split() if w in self.adjectives}

    def adjective_country(self, word: str) -> str | None:
        """``الروسية`` → ``RUS``."""
        return self.adjectives.get(key(word))

    def country_entry(self, iso3: str) -> dict[str, Any] | None:
        eid = self.countries.get(iso3)
        return self.entries.get(eid) if eid else None

    def holders(self, role: str, country: str | None = None, date: str | None = None) -> list[dict[str, Any]]:
        """Entries holding ``role`` (for ``country``) on ``date``: ``("defence minister", "USA", "2022-10")``."""
        out = []
        for e in self.entries.values():
            for r in e.get("roles", ()):
                if r.get("role") == role and (country is None or r.get("country") == country) and role_valid(r, date):
                    out.append(e)
                    break
        return out
