"""Who meets and agrees with whom when news names them as "the two sides", and signing an agreement.

Meeting reports go on about a meeting named before with ``الطرفان``/``الجانبان``/``البلدين``: ``التقى شكري
نظيره الصفدي … ووقع الطرفان مذكرة تفاهم``، ``وبحث الجانبان خلال الاتصال العلاقات الثنائية``. The two
sides are the two parties of the latest meeting or agreement the article told. An agreement noun that
is signed (``وقعت السعودية والأردن اتفاقية``، ``تم توقيع مذكرة تفاهم بين تونس وقطر``) is a signing, coded
SUPPORT (CAMEO 057, GUIDELINES.md) however long the subject between the verb and the noun. Two parties
named as one subject (``اتفقت السعودية ومصر``) are the two sides: the first the source, the other the
target. A meeting told in the passive (``وجرى خلال اللقاء استعراض العلاقات بين تونس والجزائر``) counts.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.arabic.normalize import fold
from rasd.document import Document, Event
from rasd.stages.event_actors import DURING_WORDS, ActorIndex, token_stem
from rasd.stages.event_forms import verb_forms
from rasd.stages.event_roles import CLAUSE_BREAKS, PASSIVE_AUX
from rasd.stages.event_triggers import Match

# Codes whose two sides the dual words name (a signing is SUPPORT 057).
ACCORD_CODES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# "The two sides / countries / ministers / leaders" (nominative and oblique duals).
DUAL_PARTIES = frozenset(fold(w) for w in (
    "الطرفان الطرفين الجانبان الجانبين البلدان البلدين الدولتان الدولتين الوزيران الوزيرين الزعيمان الزعيمين "
    "الرئيسان الرئيسين القائدان القائدين"
).split())
# How many sentences back the meeting or agreement they refer to may be.
PARTIES_REACH = 3
# Words that sign an agreement: وقع، يوقع، توقيع، التوقيع.
SIGNING = verb_forms("وقع|يوقع") | frozenset(fold(w) for w in "توقيع التوقيع بتوقيع والتوقيع".split())
SIGN_REACH = 8
# A time or cause word between وقع and the noun makes وقع "happened" (وقع الهجوم بعد اتفاق …).
_NOT_SIGNING = frozenset(fold(w) for w in "بعد قبل عقب إثر اثر منذ رغم من".split())


def is_signing(m: Match) -> bool:
    return m.rule.cameo.startswith("057")


def as_signing(keys: list[tuple[str, ...]], m: Match, c0: int) -> Match:
    """The agreement noun (اتفاقية، مذكرة تفاهم) as a signing when a signing word governs it within its clause
    (وقعت المملكة العربية السعودية والأردن اتفاقية), else ``m`` unchanged."""
    rule = m.rule
    if rule.plover != "AGREE" or rule.verbal or not rule.weak:
        return m
    for x in range(m.first - 1, max(c0, m.first - SIGN_REACH) - 1, -1):
        if any(k in _NOT_SIGNING for k in keys[x][:2]) or (keys[x] and keys[x][-1] in CLAUSE_BREAKS):
            return m
        if any(k in SIGNING for k in keys[x]):
            if keys[x][0][:1] == "س" and keys[x][0][1:2] in ("ي", "ت", "ن"):
                return m  # سيوقع الاتفاق: a signing to come is an intent to agree (AGREE)
            return Match(m.first, m.last, replace(rule, cameo="057", plover="SUPPORT"))
    return m


def passive_accord(doc: Document, m: Match, c0: int) -> bool:
    """True for a meeting or signing told in the passive: وجرى خلال اللقاء …، وتم خلال الاجتماع …، تم توقيع …"""
    toks = doc.tokens
    if m.rule.verbal:
        return False
    if m.rule.plover == "CONSULT" and m.first - 2 >= c0 and toks[m.first - 1].norm in DURING_WORDS:
        return _passive_aux(toks[m.first - 2].norm)
    return is_signing(m) and m.first - 1 >= c0 and _passive_aux(toks[m.first - 1].norm)


def _passive_aux(word: str) -> bool:
    return word in PASSIVE_AUX or (word[:1] in ("و", "ف") and word[1:] in PASSIVE_AUX)


def accord_roles(doc: Document, actors: ActorIndex, m: Match, c0: int, c1: int, source: list[str],
                 target: list[str], earlier: list[Event], si: int) -> tuple[list[str], list[str]]:
    """Source and target of a meeting, agreement, cooperation or signing, given those the clause found."""
    if m.rule.plover not in ACCORD_CODES and not is_signing(m):
        return source, target
    # A noun of agreement or cooperation between the two sides is mostly a topic (بحث سبل التعاون بين البلدين);
    # a verb, a meeting noun or a signing is what they did.
    acted = m.rule.verbal or m.rule.plover == "CONSULT" or is_signing(m)
    if not source and acted and _dual_named(doc, m, c0, c1):
        sides = _last_accord(earlier, si)
        if sides is not None:
            return list(sides.source), list(sides.target)
    if source and not target:
        # وقع وزير الطاقة مع نظيره الروسي اتفاقية: the other side of a signing, named with مع before the noun.
        for u in actors.in_range(max(c0, m.first - SIGN_REACH), m.first - 1) if is_signing(m) else ():
            if u.first > c0 and doc.tokens[u.first - 1].norm == "مع" and not set(u.ids) & set(source):
                return source, list(u.ids)
        # اتفقت السعودية ومصر، وقعت السعودية وفرنسا اتفاقية: a subject of two parties is both sides.
        units, seen = [], set()
        for u in actors.in_range(c0, c1):
            if set(u.ids) <= set(source) and not set(u.ids) & seen:
                units.append(u)
                seen |= set(u.ids)
        if len(units) > 1:
            return list(units[0].ids), [e for u in units[1:] for e in u.ids if e not in units[0].ids]
    return source, target


def _dual_named(doc: Document, m: Match, c0: int, c1: int) -> bool:
    """True when "the two sides" stand next to the trigger: its subject (وبحث الطرفان، الجانبان اتفقا) or
    its بين (بين الطرفين)."""
    toks = doc.tokens
    for x in range(max(c0, m.first - 2), min(c1, m.last + 8) + 1):
        if token_stem(doc, toks[x]) in DUAL_PARTIES or toks[x].norm in DUAL_PARTIES:
            return True
    return False


def _last_accord(earlier: list[Event], si: int) -> Event | None:
    """The latest meeting, agreement or signing with both sides named, within ``PARTIES_REACH`` sentences."""
    for ev in reversed(earlier):
        if ev.sentence is not None and si - ev.sentence > PARTIES_REACH:
            return None
        if ev.source and ev.target and (ev.code in ACCORD_CODES or (ev.cameo or "").startswith("057")):
            return ev
    return None
