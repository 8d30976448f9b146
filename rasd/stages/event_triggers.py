"""Event trigger look-up: folded words → CAMEO/PLOVER rules, from ``data/event_triggers.json``.

The lexicon is built by ``rasd train events`` (``rasd.train.event_lexicon``); here it
is indexed once by the first word of each rule so matching a document is one dict
look-up per token.
"""

from __future__ import annotations

import json
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.arabic.calendar import number_value
from rasd.arabic.normalize import fold
from rasd.arabic.tokenize import first_letter_belongs
from rasd.document import Document, Token
from rasd.errors import ModelMissingError

# How far the second word of a verb phrase may follow its verb (فرض … عقوبات).
PHRASE_GAP = 4
# How many tokens of a named subject a verb phrase may reach past besides (خادم الحرمين الشريفين الملك …).
MAX_NAMED = 10
# How far a verb's required object may follow it.
OBJECT_GAP = 8
NOT_OBJECT_GAP = 8  # past a host named at length: استقبل مستشفى قوى الأمن بالرياض ثماني حالات
# How far its required preposition may follow it, past a named subject and a date
# (وحذر الرئيس الأوكراني فلوديمير زيلينسكي، أمس الخميس، من …).
PREP_GAP = 14
# A noun's preposition follows it closely (مؤتمر صحفي مشترك مع، تضامنها الكامل مع): one far off belongs to
# another phrase (في مؤتمر صحفي عقده أمس، إن لجنته بصدد التعاقد مع مكتب محاماة).
NOUN_PREP_GAP = 6


@dataclass(frozen=True)
class Rule:
    """One trigger rule: its words, CAMEO code, PLOVER type (empty for a blocking phrase) and constraints."""

    words: tuple[frozenset[str], ...]
    cameo: str
    plover: str
    kind: str  # v (verb), w (literal verb forms), n (noun), p (phrase)
    weak: bool = False
    needs_target: bool = False
    genitive_target: bool = False
    no_target_cameo: str | None = None
    part: bool = False  # a participle (مطالبا): its subject is the clause's subject
    framed: bool = False  # a noun whose doer is the clause's subject
    place: bool = False  # a journey: coded only when where it goes is a country or capital
    agent: bool = False  # a noun naming the doer (انتحاري "suicide bomber"): with no other source, it is the source
    bare: bool = False  # a verb or phrase coded only without an object pronoun (حققوا في، not يحققونها في)
    obj: frozenset[str] = frozenset()
    ditransitive: bool = False  # ``obj`` is the second of two objects (حمّل X Y المسؤولية): it may come far after
    counted: bool = False  # a number in digits and a word right after it also fill ``obj`` (إيقاف 4 تونسيين)
    invitation_only: bool = False  # coded only as an invitation (وجه دعوة إلى نظيره لزيارة واشنطن), never a call
    # Words that, soon after the verb, make it no event (استقبل المستشفى حالات: patients, not guests).
    not_obj: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    source: str = "curated"

    @property
    def verbal(self) -> bool:
        return self.kind in ("v", "w") or (self.kind == "p" and any(w.startswith("ي") for w in self.words[0]))


@dataclass(frozen=True)
class Match:
    """A trigger found in a document: tokens ``[first, last]`` and its rule."""

    first: int
    last: int
    rule: Rule


class TriggerLexicon:
    """Rules indexed by the folded forms of their first word."""

    def __init__(self, data: dict[str, Any]):
        self.cameo2plover: dict[str, str] = data["cameo2plover"]
        self.extra: dict[str, str] = data.get("extra_cameo", {})
        self.by_first: dict[str, list[Rule]] = {}
        for row in data["triggers"]:
            # cameo "-" marks a phrase that is no event (رفض التعليق): matched so nothing shorter fires.
            named = ((row.get("plover") or [None])[0] or "").upper()  # a row naming its type (plover=SANCTION)
            if named and named not in self.cameo2plover.values():
                raise ValueError(f"trigger row {row.get('line')}: unknown PLOVER type {named!r}")
            plover = "" if row["cameo"] == "-" else named or self.plover(row["cameo"])
            if plover is None:
                continue
            rule = Rule(
                words=tuple(frozenset(w) for w in row["words"]), cameo=row["cameo"], plover=plover,
                kind=row["kind"], weak=bool(row.get("weak")), needs_target=bool(row.get("tgt")),
                genitive_target=bool(row.get("gen")),
                no_target_cameo=(row.get("notgt") or [None])[0],
                part=bool(row.get("part")),
                framed=bool(row.get("frame")),
                place=bool(row.get("place")),
                agent=bool(row.get("agent")),
                bare=bool(row.get("bare")) and row["kind"] != "n",
                obj=frozenset(row.get("obj") or ()), prep=frozenset(row.get("prep") or ()),
                not_obj=frozenset(row.get("noobj") or ()),
                ditransitive=bool(row.get("ditrans")),
                counted=bool(row.get("counted")),
                invitation_only=bool(row.get("invite")),
            )
            for w in rule.words[0]:
                self.by_first.setdefault(w, []).append(rule)
        # Longer phrases first, so "وقف إطلاق النار" wins over "إطلاق النار".
        for rules in self.by_first.values():
            rules.sort(key=lambda r: -len(r.words))
        pet = data.get("petrarch") or {}
        self.pet_patterns: list[list[list[str]]] = pet.get("patterns", [])
        self.pet_forms: dict[str, list[int]] = pet.get("forms", {})

    def plover(self, cameo: str) -> str | None:
        """PLOVER type of a CAMEO code (falling back to its parent code)."""
        for n in range(len(cameo), 1, -1):
            code = cameo[:n]
            if code in self.cameo2plover:
                return self.cameo2plover[code]
            if code in self.extra:
                return self.extra[code]
        return None


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    """The shipped trigger lexicon, loaded once per process."""
    path = resources.files("rasd.stages") / "data" / "event_triggers.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelMissingError(
            "event trigger lexicon missing: rasd/stages/data/event_triggers.json — rebuild it with `rasd train events`"
        ) from None
    return TriggerLexicon(data)


def token_keys(doc: Document, tok: Token) -> tuple[str, ...]:
    """Folded look-up keys of a token, most specific first: without clitics, without ال, whole."""
    text = doc.text
    keys = [fold(text[tok.base_start:tok.end]), fold(text[tok.stem_start:tok.end]),
            fold(text[tok.stem_start:tok.stem_end]), tok.norm]
    # و/ف/ب/ل the tokenizer kept attached (rare words): وبقصف → قصف، وطالبتها → طالبت. At most one
    # conjunction and then one preposition: وبلدان is و + بلدان "countries", never ب + ل + دان "condemned".
    # وزارته (his ministry) is no و + زارت (she visited) + ه: before a pronoun, where ة is written ت, a letter the
    # news writes far more often with the rest of the word than the rest alone belongs to the word.
    stem = fold(text[tok.start:tok.stem_end])
    for n in (tok.norm, *(() if stem != tok.norm and first_letter_belongs(tok.norm) else (stem,))):
        for clitics, shortest in (("وف", 3), ("بل", 4)):
            # وحث: a three-letter word keeps و/ف (not ب/ل: بحث is "discuss", not ب + حث)
            if n[:1] in clitics and len(n) >= shortest:
                n = n[1:]
                keys.append(n)
                if n.startswith("ال"):
                    keys.append(n[2:])
    # لقائه، اعتدائها: before a pronoun the hamza sits on ي (folded to ي), so the noun is لقاء/اعتداء
    for k in list(keys):
        for suffix in _PRONOUN_SUFFIXES:
            if k.endswith("ي" + suffix) and len(k) > len(suffix) + 3:
                keys.append(k[: -len(suffix) - 1] + "ء")
                break
    return _dedup(keys)


def _dedup(keys: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for k in keys:
        if k and k not in out:
            out.append(k)
    return tuple(out)


# Possessive and object pronouns a word may end in (لقائهم، دعمه، أدانتها).
_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه", "كم", "نا")


def _has_pronoun_key(keys: tuple[str, ...]) -> bool:
    """True when one look-up key is another with a pronoun suffix (دعمه beside دعم): the word carries one."""
    return any(k.endswith(p) and k[: -len(p)] in keys for k in keys for p in _PRONOUN_SUFFIXES if len(k) > len(p) + 1)


def _word_at(keys: list[tuple[str, ...]], x: int, words: frozenset[str]) -> bool:
    return any(k in words for k in keys[x])


def match_at(lex: TriggerLexicon, keys: list[tuple[str, ...]], k: int, end: int,
             named: Container[int] = ()) -> Match | None:
    """The best curated rule starting at token ``k`` (tokens up to ``end`` exclusive), if any. Tokens in
    ``named`` (a subject's name: بعث خادم الحرمين الشريفين الملك سلمان برقية تهنئة) do not count towards
    the gap between a verb and the rest of its phrase."""
    rules: list[Rule] = []
    for key in keys[k]:
        rules.extend(lex.by_first.get(key, ()))
    if after_comma(keys, k):
        # دعت إلى التهدئة، مطالبة الحكومة بـ …: after a comma the form is the participle that goes on
        # with the clause's subject, not the verbal noun "the government's demand".
        rules.sort(key=lambda r: not r.part)
    definite = bool(keys[k]) and keys[k][0].startswith("ال") and len(keys[k][0]) > 4
    # دعمه الكامل لروسيا: a word with a pronoun followed by a definite adjective is a noun
    # ("his full support"), since a verb's object pronoun is not followed by an adjective.
    # A pronoun or a preposition (لدعم الحوثيين) makes the word a noun; a conjunction does not (وأدانت السعودية
    # is the verb, though its keys differ by the و).
    governed = len(keys[k]) > 1 and keys[k][0] != keys[k][1] and keys[k][1][:1] not in ("و", "ف")
    possessed_noun = (governed or _has_pronoun_key(keys[k])) and k + 1 < end and bool(keys[k + 1]) \
        and (keys[k + 1][0].startswith("ال") or keys[k + 1][-1].startswith("ل")) \
        and any(not r.verbal and r.plover for r in rules)  # (a blocked look-alike, طالب الدكتوراه, is no noun reading)
    word = keys[k][0] if keys[k] else ""
    for rule in rules:
        # (a verb's word matched only through a form the look-up keys derived from it, not as it stands)
        derived = word not in rule.words[0]
        verb = rule.verbal and rule.kind != "p"
        if verb and definite and derived:
            continue  # القاتل is a noun, not the verb قاتل (but التقى is a verb)
        if verb and possessed_noun:
            continue
        if verb and derived and word.endswith("ي") and word[:-1] in rule.words[0]:
            continue  # داني (Dani) is no دان + ي: a verb takes ني for "me", never ي
        if verb and derived and word[:1] == "ب" and word[1:] in rule.words[0] \
                and len(word) > 1 + min(map(len, rule.words[0])):
            # بحثا عن is searching for, not ب + حثا "they urged": ب never attaches to an inflected verb, only
            # to a verbal noun spelt like the bare past (قام جيشه بذبح الأكراد)
            continue
        if rule.bare and derived:
            continue  # مكاسب يحققونها في الجنوب: with its object pronoun حقق is "achieve", not "investigate"
        last = k
        ok = True
        for n, words in enumerate(rule.words[1:]):
            # تضامنها الكامل مع، وقوف بلاده إلى جانب: a framed noun takes one modifier before its preposition
            gap = PHRASE_GAP if n == 0 and rule.verbal else 2 if n == 0 and rule.framed else 1
            if n == 0 and rule.verbal and named and min(len(w) for w in words) > 3:
                # (an object noun only: a preposition far off belongs to another phrase, حققته … من انتصارات في)
                gap += sum(1 for x in range(last + 1, min(end, last + 1 + gap + MAX_NAMED)) if x in named)
            found = next((x for x in range(last + 1, min(end, last + 1 + gap)) if _word_at(keys, x, words)), None)
            if found is None:
                ok = False
                break
            last = found
        if not ok:
            continue
        if rule.not_obj and any(_word_at(keys, x, rule.not_obj) for x in range(k + 1, min(end, k + 1 + NOT_OBJECT_GAP))):
            continue
        if rule.obj:
            gap = OBJECT_GAP
            if rule.ditransitive:
                # حمّل نائب الرئيس أسامة النجيفي نظيره نوري المالكي المسؤولية: the required word comes after two
                # noun phrases, the subject and the first object, whose names do not count towards the distance
                gap += sum(1 for x in range(k + 1, min(end, k + 1 + OBJECT_GAP + MAX_NAMED)) if x in named)
            if not any(_word_at(keys, x, rule.obj) or (rule.counted and x <= k + 2 and _counted_at(keys, x, end))
                       for x in range(k + 1, min(end, k + 1 + gap))):
                continue
        gap = PREP_GAP if rule.verbal else NOUN_PREP_GAP
        if rule.prep and not any(_prep_at(keys, x, rule.prep) for x in range(k + 1, min(end, k + 1 + gap))):
            continue
        return Match(k, last if len(rule.words) > 1 else k, rule)
    return None


def _counted_at(keys: list[tuple[str, ...]], x: int, end: int) -> bool:
    """A number in digits then a word at ``x`` (إيقاف 4 تونسيين، القبض على 12 عنصرا): right after an arrest,
    people counted, whatever the noun that names them (further off, a date: توقيف قرارات اجتماع 29 ديسمبر)."""
    return x + 1 < end and bool(keys[x]) and keys[x][0].isdigit() and bool(keys[x + 1]) \
        and keys[x + 1][0][:1].isalpha()


def after_comma(keys: list[tuple[str, ...]], k: int) -> bool:
    """True when token ``k`` follows a comma."""
    return k > 0 and bool(keys[k - 1]) and keys[k - 1][-1] in ("،", ",")


def participle_at(lex: TriggerLexicon, keys: list[tuple[str, ...]], k: int) -> bool:
    """True when token ``k`` opens a participle clause: after a comma (، مطالبا الحكومة بـ …), or in the
    masculine accusative, which no noun of the clause takes (بدور في مساندة المبادرة مطالبا المسؤولين …)."""
    part = [key for key in keys[k] if any(r.part for r in lex.by_first.get(key, ()))]
    return bool(part) and not counted_at(keys, k) \
        and (after_comma(keys, k) or any(key.endswith("ا") and len(key) > 4 for key in part))


# The participle متهم: accusing with its object after it (متهما الحكومة بـ), accused with the charge (متهما
# بالإرهاب), and a noun of people, a defendant, after a number (24 متهما).
ACCUSED_PARTICIPLES = frozenset(fold(w) for w in "متهما متهمة متهمه".split())


def counted_at(keys: list[tuple[str, ...]], k: int) -> bool:
    """True when token ``k`` is a participle that is also a noun of people, counted by a number right before it
    (أمرت النيابة بحبس 24 متهما: 24 defendants): no participle clause. (A year before a participle, إلى غاية
    2016 مؤكدا أن, leaves it one.)"""
    return k > 0 and bool(keys[k - 1]) and bool(set(keys[k]) & ACCUSED_PARTICIPLES) \
        and number_value(keys[k - 1][0]) is not None


def _prep_at(keys: list[tuple[str, ...]], x: int, preps: frozenset[str]) -> bool:
    """True when token ``x`` is one of ``preps`` or starts with a one-letter one (بـ، لـ) the tokenizer split off
    or that an article follows (بالحوار), not a name's first letter (جيب بوش، بوتين)."""
    forms = keys[x]
    for key in forms:
        # (a letter the tokenizer split off leaves the word as the first key: بقصف → قصف; a name it kept
        # whole, بريطانيا, only has the shorter key token_keys guessed, ريطانيا)
        if key in preps or (key[:1] in preps and len(key) > 2 and (key[1:] == forms[0] or key[1:3] == "ال")):
            return True
    return False


def petrarch_at(lex: TriggerLexicon, keys: list[tuple[str, ...]], k: int, end: int) -> Match | None:
    """A PETRARCH verb + object rule at token ``k`` (the object within ``OBJECT_GAP`` tokens)."""
    groups: list[int] = []
    for key in keys[k][:1]:
        groups = lex.pet_forms.get(key, [])
    for g in groups:
        for obj, code in lex.pet_patterns[g]:
            for x in range(k + 1, min(end, k + 1 + OBJECT_GAP)):
                if obj in keys[x]:
                    plover = lex.plover(code)
                    if plover:
                        return Match(k, k, Rule(words=(frozenset(),), cameo=code, plover=plover, kind="v",
                                                source="petrarch"))
    return None
