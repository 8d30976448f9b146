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
from rasd.stages.event_actors import (
    AGENT_HEADS,
    COURTESY,
    DURING_WORDS,
    HONORIFICS,
    SEQUENCE_WORDS,
    ActorIndex,
    Unit,
    bare_stem,
    has_article,
    token_stem,
)
from rasd.stages.event_forms import is_future_form, verb_forms
from rasd.stages.event_roles import ACTOR_REACH, CLAUSE_BREAKS, RELATIVES, direct_object, first_unit, passive_aux
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
# Words that sign an agreement: وقع، يوقع، توقيع، التوقيع, and the Maghreb's أمضى، إمضاء (أمضت تونس مع الصندوق
# السعودي للتنمية اتفاقية قرض).
SIGNING = verb_forms("وقع|يوقع") | verb_forms("امضى|يمضي") | frozenset(
    fold(w) for w in "توقيع التوقيع بتوقيع والتوقيع إمضاء الإمضاء بإمضاء".split())
SIGN_REACH = 8
# A time or cause word between وقع and the noun makes وقع "happened" (وقع الهجوم بعد اتفاق …).
_NOT_SIGNING = SEQUENCE_WORDS | frozenset(fold(w) for w in "منذ رغم من".split())


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
            if is_future_form(keys[x][0]):
                return m  # سيوقع الاتفاق: a signing to come is an intent to agree (AGREE)
            return Match(m.first, m.last, replace(rule, cameo="057", plover="SUPPORT"))
    return m


def passive_accord(doc: Document, m: Match, c0: int) -> bool:
    """True for a meeting or signing told in the passive: وجرى خلال اللقاء …، وتم خلال الاجتماع …، تم توقيع …"""
    toks = doc.tokens
    if m.rule.verbal:
        return False
    if m.rule.plover == "CONSULT" and m.first - 2 >= c0 and toks[m.first - 1].norm in DURING_WORDS:
        return passive_aux(toks[m.first - 2].norm)
    aux = m.first - 1
    while aux > c0 and any(t.start <= toks[aux].start < t.end for t in doc.timexes):
        aux -= 1  # تم اليوم التوقيع على …: past the day
    return is_signing(m) and aux >= c0 and passive_aux(toks[aux].norm)


def accord_roles(doc: Document, actors: ActorIndex, m: Match, c0: int, c1: int, source: list[str],
                 target: list[str], earlier: list[Event], si: int) -> tuple[list[str], list[str]]:
    """Source and target of a meeting, agreement, cooperation or signing, given those the clause found."""
    if m.rule.plover not in ACCORD_CODES and not is_signing(m):
        return source, target
    if m.rule.verbal and m.rule.plover == "CONSULT":
        source, target = _titled_sides(doc, actors, m, c1, source, target)
    elif joined(doc, m):
        source, target = _joined_sides(doc, actors, m, c1, source, target, si)
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


# Words a title phrase does not run across: the one met is named after them (مع نظيره، بين الوفدين).
_TITLE_STOPS = frozenset(fold(w) for w in "مع بين ضد و".split())
# Where a host receives (بمقر الوزارة، في مكتب الأمين العام): the institution named there is no guest.
_PREMISES = frozenset(fold(w) for w in "مقر مكتب قصر مبنى".split())
# Envoys, named after whom they represent (سفير خادم الحرمين الشريفين لدى اليمن محمد آل جابر).
_ENVOYS = frozenset(fold(w) for w in "سفير سفيرة مبعوث مبعوثة مندوب مندوبة ممثل ممثلة قنصل".split())
# How far a title phrase may run before its name.
TITLE_REACH = 18


def _titled_person(doc: Document, actors: ActorIndex, x: int, end: int, titled: bool = False) -> Unit | None:
    """The person a title phrase starting at token ``x`` ends in, or None: ``الأمين العام لمجلس التعاون لدول
    الخليج العربية الدكتور عبداللطيف الزياني``، ``المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان …،
    الدكتور عبدالله الربيعة``، ``معالي وزير الخارجية بجمهورية ألمانيا الاتحادية فرانك شتاينماير``. The phrase
    opens with a title or courtesy word and runs through places, institutions and honorifics; it stops at a
    date, a clause's end, a comma not followed by the name, and the words that name a second party (مع،
    بنظيره، بوزير)."""
    toks = doc.tokens
    y = x
    while y <= min(end, x + TITLE_REACH):
        tok = toks[y]
        if y in actors.timex_tokens or tok.norm in CLAUSE_BREAKS or tok.norm in _TITLE_STOPS:
            return None
        u = actors.unit_at.get(y)
        if u is not None:
            if u.first == y and actors.proclitics(u).startswith("و"):
                return None  # وزير الخارجية والوفد المرافق له: a second party
            if u.label == "PER":
                return u if titled or y == x else None
            titled = titled or u.kind == "titled"
            y = u.last + 1
            continue
        if tok.norm in ("،", ","):
            nxt = actors.unit_at.get(y + 1) if y + 1 <= end else None
            if y + 1 > end or not (fold(doc.text[toks[y + 1].base_start:toks[y + 1].end]) in HONORIFICS
                                   or (nxt is not None and nxt.first == y + 1 and nxt.label == "PER")):
                return None
            y += 1
            continue
        if not tok.norm[:1].isalpha() or doc.text[tok.start:tok.base_start].startswith("ف"):
            return None  # فطالب المحامي …: a new clause
        stem = bare_stem(doc, tok)
        if stem.startswith(fold("نظير")) or (y > x and tok.base_start > tok.start and stem in AGENT_HEADS):
            return None  # بنظيره الفرنسي، بمدير عام المدينة الطبية: the one met
        titled = titled or actors.is_head(y) or token_stem(doc, tok) in COURTESY or stem in COURTESY
        y += 1
    return None


def _in_construct(doc: Document, actors: ActorIndex, u: Unit) -> bool:
    """True when a noun before the unit governs it (سفارة سويسرا، بجمهورية ألمانيا، لدى المملكة): a word
    without the article, or one with بـ/لـ on it, that is no actor and no date."""
    k = u.first - 1
    if actors.oblique(u):
        return True
    if k < 0 or actors.unit_at.get(k) is not None or k in actors.timex_tokens or not doc.tokens[k].norm[:1].isalpha():
        return False
    tok = doc.tokens[k]
    return bool(doc.text[tok.start:tok.base_start]) or not has_article(doc, tok)


def _governed_by_title(doc: Document, actors: ActorIndex, u: Unit) -> bool:
    """True when a title noun outside the unit governs it (سفير خادم الحرمين الشريفين): the unit names whose
    envoy or officer the actor is, not the actor."""
    k = u.first - 1
    if u.label == "PER" and u.last > u.first and bare_stem(doc, doc.tokens[u.first]) in _ENVOYS:
        return True  # the tagger took the envoy's title into his sovereign's name
    return k >= 0 and actors.unit_at.get(k) is None and actors.is_head(k) and not has_article(doc, doc.tokens[k])


def _guest(actors: ActorIndex, start: int, c1: int, source: list[str]) -> list[str]:
    """The one met, named after the host: the first actor after ``start`` (or its first direct object within
    two reaches, past a place and a date), skipping the host's own title and nationality (التركي، ولي العهد
    النائب الثاني لرئيس مجلس الوزراء: no guest is governed by لـ) and his premises (بمقر الوزارة)."""
    toks = actors.doc.tokens
    while start <= c1:
        reach = start + 2 * ACTOR_REACH + sum(x in actors.timex_tokens for x in range(start, start + 2 * ACTOR_REACH))
        tgt = first_unit(actors, start, c1, ACTOR_REACH, False, stop_comma=True) \
            or direct_object(actors, start, min(c1, reach))
        if tgt is None:
            return []
        premises = tgt.first > 0 and token_stem(actors.doc, toks[tgt.first - 1]).lstrip("ب") in _PREMISES
        if tgt.kind != "country" and not set(tgt.ids) & set(source) and not actors.proclitics(tgt).endswith("ل") \
                and not premises:
            return list(tgt.ids)
        start = tgt.last + 1
    return []


def _titled_sides(doc: Document, actors: ActorIndex, m: Match, c1: int, source: list[str],
                  target: list[str]) -> tuple[list[str], list[str]]:
    """Host and guest of a meeting verb whose subject is a long title ending in a name (VSO): ``استقبل معالي
    الأمين العام لرابطة العالم الإسلامي الدكتور عبدالله التركي بمقر الرابطة اليوم، الأمين العام للاتحاد …``.
    The name ends the subject, and the one met follows it; an object that is itself a title ending in a name
    is that person (``التقى الجبير اليوم معالي وزير الخارجية بجمهورية ألمانيا الاتحادية فرانك شتاينماير``)."""
    toks = doc.tokens
    x = m.last + 1
    while x <= c1 and (x in actors.timex_tokens or toks[x].norm in ("،", ",")):
        x += 1
    if x > c1:
        return source, target
    y = x
    while y < c1 and actors.unit_at.get(y) is None and token_stem(doc, toks[y]) in COURTESY:
        y += 1
    first = actors.unit_at.get(y)
    subject_after = not source or (first is not None and set(first.ids) & set(source))
    person = _titled_person(doc, actors, x, c1) if subject_after else None
    if person is not None and (not source or (first is not None and first.last < person.first
                                              and not set(person.ids) & set(target))):
        old = [e for e in source if first is not None and e in first.ids and first.last < person.first]
        source = [*person.ids, *(e for e in old if e not in person.ids)]
        target = _guest(actors, person.last + 1, c1, source)
    # The one met: a title ending in a name is the person (an institution or place in it is his title's).
    units = sorted((u for u in actors.in_range(m.last + 1, c1) if set(u.ids) & set(target)), key=lambda u: u.first)
    if units and units[0].label != "PER" and (units[0].label != "LOC" or _in_construct(doc, actors, units[0])):
        # (a place is in a title: وزير الخارجية بجمهورية ألمانيا، سفارة سويسرا; a place visited is none:
        # زار المالكي هذا العام بيروت فطالب المحامي …)
        t = units[0]
        y = t.first
        while y - 1 > m.last and actors.unit_at.get(y - 1) is None and y - 1 not in actors.timex_tokens \
                and toks[y - 1].norm[:1].isalpha() and toks[y - 1].norm not in _TITLE_STOPS:
            y -= 1
        guest = _titled_person(doc, actors, y, c1, titled=True)
        if guest is not None and guest.first > t.first and not set(guest.ids) & set(source):
            target = list(guest.ids)
    elif units and _governed_by_title(doc, actors, units[0]):
        # سفير خادم الحرمين الشريفين لدى اليمن محمد سعيد آل جابر: the ambassador of the King is the guest.
        guest = _titled_person(doc, actors, units[0].last + 1, c1, titled=True)
        if guest is not None and not set(guest.ids) & set(source):
            target = list(guest.ids)
    return source, target


# "That brought him (her, them) together with": لقاء جمعه بنظيره الإيطالي، اجتماع جمعها مع الوزير.
_JOINED = frozenset(fold(w) for w in "جمعه جمعها جمعهما جمعهم جمعني جمعنا جمعتهم جمعته جمعتها".split())


def joined(doc: Document, m: Match) -> bool:
    """True for a meeting noun followed by جمع with the pronoun of the one who met (لقاء جمعه بـ …، اللقاء الذي
    جمعه بالرئيس السوداني)."""
    return joined_at(doc, m) is not None


def joined_at(doc: Document, m: Match) -> int | None:
    """The token of جمعه after a meeting noun, past its relative pronoun (اللقاء الذي جمعه), if there is one."""
    toks, k = doc.tokens, m.last + 1
    if k + 1 < len(toks) and toks[k].norm in RELATIVES:
        k += 1
    ok = m.rule.plover == "CONSULT" and not m.rule.verbal and k < len(toks) and toks[k].norm in _JOINED
    return k if ok else None


# "That brought together", with the sides named after it: اللقاء الذي جمع بين السراج وحفتر، اجتماع جمع X و Y.
_BROUGHT_TOGETHER = frozenset(fold(w) for w in "جمع جمعت يجمع تجمع".split())
# Words that may stand between the meeting noun and جمع: its relative pronoun, or an adjective (اجتماعا غير معلن جمع).
_BROUGHT_TOGETHER_REACH = 3


def brought_together(doc: Document, m: Match) -> bool:
    """True for a meeting noun whose own relative clause, with جمع, names who met (اللقاء الذي جمع … بين رئيس المجلس
    الرئاسي فائز السراج، والمشير خليفة حفتر، اجتماعا غير معلن جمع الثلاثاء الماضي أحمد أويحيى و علي الصلابي)."""
    if m.rule.plover != "CONSULT" or m.rule.verbal:
        return False
    toks = doc.tokens
    for k in range(m.last + 1, min(len(toks), m.last + 1 + _BROUGHT_TOGETHER_REACH)):
        norm = toks[k].norm
        if norm in _BROUGHT_TOGETHER:
            return True
        if not norm[:1].isalpha():
            return False
    return False


def _joined_sides(doc: Document, actors: ActorIndex, m: Match, c1: int, source: list[str], target: list[str],
                  si: int) -> tuple[list[str], list[str]]:
    """``عقب لقاء جمعه بنظيره الإيطالي``، ``على اثر لقاء جمعه في العاصمة تونس مع نظيره القطري``: the one the
    pronoun names (the sentence's subject) met the one named with بـ or مع after جمعه (past a date, a place
    and the host's premises); at the host's premises the visitor is the source."""
    toks = doc.tokens
    guest = None
    after = (joined_at(doc, m) or m.last + 1) + 1  # past جمعه
    for u in sorted(actors.in_range(after, min(c1, after + 2 * ACTOR_REACH)), key=lambda u: u.first):
        before = toks[u.first - 1]
        premises = token_stem(doc, before).lstrip("ب") in _PREMISES
        with_ba = actors.proclitics(u).endswith("ب") or doc.text[before.start:before.base_start].endswith("ب")
        if (with_ba or before.norm == "مع") and not premises and u.kind != "country":
            guest = u  # بنظيره، مع نظيره، بأعضاء البعثة
            break
    if guest is None:
        return source, target
    target = list(guest.ids)
    source = [e for e in source if e not in target]
    if not source:
        i = actors.token_range(doc.sentences[si].start, doc.sentences[si].end)[0]
        for x in range(m.first - 1, i - 1, -1):
            u = actors.unit_at.get(x)
            if u is not None and not actors.oblique(u) and not actors.locative(u) and u.kind != "country" \
                    and not set(u.ids) & set(target):
                source = list(u.ids)
                break
    at_home = any(token_stem(doc, toks[x]).lstrip("ب") in _PREMISES and (
        doc.text[toks[x].start:toks[x].base_start].endswith("ب") or token_stem(doc, toks[x])[:1] == "ب"
        or toks[x - 1].norm == "في") for x in range(after, min(c1, after + 2 * ACTOR_REACH) + 1))
    if at_home and source:
        # … جمعه بنظيره الإيطالي بمقر وزارة الداخلية: the host at his premises; the visitor is the source
        # (GUIDELINES.md), as for استقبل.
        source, target = target, source
    return source, target
