"""Who did it to whom in violent and coercive events: the word orders of casualty reports and attacks.

News tells violence from its victims' side as often as from its doer's: ``أصيب ثلاثة فلسطينيين برصاص
الجيش الإسرائيلي`` (the possessor of the bullets shoots, the wounded are hit), ``قتل جندي تركي في هجوم
لحزب العمال`` (those killed in the attack are its target), ``تعرض مقر الحزب لهجوم من قبل محتجين`` (who
undergoes it is hit; من قبل names the doer), ``أعلن الحزب مسؤوليته عن الهجوم`` (who claims it did it).
A doer may be named by its people and their group: ``هاجم مسلحون من طالبان``، ``دهس فلسطيني مستوطنين``.
"""

from __future__ import annotations

from rasd.arabic.normalize import fold
from rasd.arabic.particles import COMMAS, ON, TO
from rasd.document import Document
from rasd.stages.event_actors import (
    ARMED_GROUP_ADJECTIVES,
    KIN,
    PEOPLE_NOUNS,
    PREPOSITIONS,
    QUANTIFIERS,
    SHORT_NAME_HEADS,
    ActorIndex,
    Unit,
    bare_stem,
    has_article,
    stands_for_state,
    token_stem,
)
from rasd.stages.event_forms import NEGATIONS, verb_forms
from rasd.stages.event_roles import (
    ACTOR_REACH,
    AGENT_MARKERS,
    CASUALTY_VERBS,
    GATHERING_QUANTIFIERS,
    QUANTITIES,
    first_unit,
    group_ids,
    has_pronoun_suffix,
    is_count,
    nearest_unit_before,
    passive_agent,
)
from rasd.stages.event_triggers import Match

# Words that report casualties before the attack that caused them: قتل، أصيب، لقي مصرعه، مقتل، إصابة.
CASUALTY_WORDS = CASUALTY_VERBS | frozenset(fold(w) for w in "مقتل إصابة اصابة استشهاد مصرع جرح إصابات اصابات".split())
# Killing verbs that are active as often as passive (قَتل الجيشُ، قُتل جنديٌّ): casualties only with victims next.
ACTIVE_KILLING = verb_forms("قتل|يقتل") | verb_forms("جرح|يجرح")
VICTIM_NOUNS = frozenset(fold(w) for w in (
    "شخص شخصا أشخاص شخصان شخصين مدني مدنيا مدنيين مدنيان جندي جنديا جنود جنديان جنديين شرطي شرطيا شرطيان "
    "شرطيين عنصر عنصرا عناصر طفل طفلا أطفال طفلان طفلين امرأة نساء مواطن مواطنا مواطنين مسلح مسلحا مسلحين "
    "ضابط ضابطا ضباط عدد العشرات المئات "  # (numbers, in digits or words, are is_count's)
    "شاب شابا شابان شابين شبان فتى فتاة رجل رجلا رجلان رجلين"  # قتل شاب فلسطيني برصاص الجيش
).split())
# Nouns of a death, whose possessor died (استشهادهم، مقتل الصحفي).
DEATH_NOUNS = frozenset(fold(w) for w in "مقتل استشهاد مصرع".split())
# Being exposed to an attack or arrest: تعرض مقر الحزب لهجوم، يتعرض الصحفيون للاعتقال.
EXPOSED = verb_forms("تعرض|يتعرض")
# Claiming an attack: أعلن الحزب مسؤوليته عن الهجوم، تبنت الحركة المسؤولية عن التفجير، أعلنت القوات أنها
# مسؤولة عن الهجوم.
RESPONSIBILITY = frozenset(fold(w) for w in (
    "مسؤولية المسؤولية مسؤوليته مسؤوليتها مسؤوليتهم مسؤوليتهما مسؤول مسؤولة مسؤولا مسؤولان مسؤولون مسؤولين"
).split())
# Who carried out an attack, named by what they did (منفذ هجوم نيس، مرتكبو التفجير، مدبر الهجوم).
PERPETRATORS = frozenset(fold(w) for w in "منفذ منفذي منفذو مرتكب مرتكبي مرتكبو مدبر مدبري مدبرو".split())
# Involved in an attack (محمد بوهلال المتورط في هجوم نيس، المتورطين في التفجير).
INVOLVED = frozenset(fold(w) for w in "متورط متورطة متورطين متورطون".split())
# An attack laid at someone's door: نسب الهجوم إلى، هجوم نسبته السلطات إلى التمرد الكردي.
LAID_AT = verb_forms("نسب|ينسب")  # (ونسبته، تنسبه: the look-up keys strip the clitics)
# What an attack that caused deaths follows: قتل خمسة جنود إثر هجوم، جراء غارة، خلال هجوم.
CAUSED_BY = frozenset(fold(w) for w in "إثر اثر جراء عقب خلال".split())
# How far after a noun its passive agent (من قبل X) may be: لهجوم بالحجارة من قبل محتجين.
AGENT_REACH = 6
# People named only by who they are, as the object of an arrest or an attack (أوقفت الشرطة شخصين، ألقت
# القبض على المتهم، اعتقلت امرأة منقبة): the one it is done to, though no actor elsewhere (folded, no ال). The
# people nouns, their other numbers, suspects, professions and groups arrested together (خلية، عصابة); not
# the armed (مسلحا), whom an army kills in a raid that is the event (قتل الجيش 20 مسلحا في غارة).
DESCRIBED_PEOPLE = PEOPLE_NOUNS | frozenset(fold(w) for w in (
    "أشخاص شخصان شخصين رجال رجلين امرأتين نساء فتاة فتاتين شابين شابة طفل طفلا أطفال طفلين عنصر عنصرا عناصر "
    "عنصرين متهم متهما متهمين متهمة مشتبه مشتبها مظنون موقوف سائق سائقا طيار ناشطة صحفي صحفيا صحفية جندي "
    "جنديا جنديين جنود شرطي شرطيا ضابط ضابطا مهرب مهربا مهربين إرهابي إرهابيا إرهابيين تكفيري تكفيريا تكفيريين "
    "متشدد متشددا مراهق مراهقا تلميذ تلميذا تلميذة طالب طالبا طالبة عامل عاملا عاملة كهل كهلا مسن مسنا أستاذ "
    "أستاذا أستاذة معلم معلما معلمة طبيب طبيبا طبيبة ممرض ممرضا ممرضة خلية عصابة شبكة منحرف منحرفا "
    "مسنة عجوز فتى قاصر قاصرا قاصرة "
    "جنديان شرطيان شرطيين مدنيان مدنيين"  # the nominative dual of the passive's subject: قتل جنديان ماليان
).split())
# Adjectives of an attack that also name its doers as nouns (هجوم إرهابي an attack, اعتقال إرهابي a terrorist):
# right after an attack noun they describe it. Those of an armed group, and a few of attacks alone.
ATTACK_ADJECTIVES = ARMED_GROUP_ADJECTIVES | frozenset(fold(w) for w in (
    "انتحاري انتحاريا انتحارية إجرامي إجراميا إجرامية دموي دمويا دموية"
).split())
# "One of" a group (من طرف أحد أحباء فريقه): a person named by the group he is of.
_ONE_OF = frozenset(fold(w) for w in "أحد احد إحدى احدى".split())
_NISBA_ENDINGS = ("ي", "يه", "يا", "يين", "يون")


# استهدف / يستهدف: an indefinite attack noun's describing verb (هجمات تستهدف قوات الأمن) names what it hits.
_TARGETING = verb_forms("استهدف|يستهدف")


def hit_by_targeting(actors: ActorIndex, keys: list[tuple[str, ...]], x: int, c1: int) -> list[str] | None:
    """When token ``x`` is the verb "targeting" (استهدف، تستهدف), the ids of the actor it names after it, what is
    hit ([] when none is named); None for any other word."""
    if not set(keys[x]) & _TARGETING:
        return None
    return group_ids(actors, first_unit(actors, x + 1, c1, ACTOR_REACH, False, stop_comma=True), c1)


def _aimed_at(actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c1: int, source: list[str],
              target: list[str]) -> tuple[list[str], list[str]]:
    """An attack noun followed by the verb "targeting" (right after it, or past one adjective: هجمات إرهابية
    تستهدف …): the actor after the verb is hit, and none of it is the attacker (ويشهد القوقاز مواجهات وهجمات
    تستهدف قوات الأمن)."""
    for x in (m.last + 1, m.last + 2):
        if x > c1:
            break
        aimed = hit_by_targeting(actors, keys, x, c1)
        if aimed is not None:
            if not aimed:
                break
            return [e for e in source if e not in aimed], aimed + [e for e in target if e not in aimed]
        if actors.unit_at.get(x) is not None:
            break
    return source, target


def violence_roles(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c0: int, c1: int,
                   source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """Source and target of a violent or coercive trigger, corrected for the word orders above."""
    rule = m.rule
    if not rule.verbal and rule.plover == "ASSAULT" and any(k in DEATH_NOUNS for k in keys[m.first]):
        # أعلنت القوات استشهادهم، نعى الحزب مقتل قياديه: who announces or mourns a death did not kill; the
        # killer is named only by an agent or an instrument after it (مقتل X برصاص Y، على يد Y)
        before = {e for u in actors.in_range(c0, m.first - 1) for e in u.ids}
        source = [e for e in source if e not in before]
    if not rule.verbal:
        source, target = _exposed(doc, actors, keys, m, c0, c1, source, target)
        if rule.plover == "ASSAULT":
            source, target = _aimed_at(actors, keys, m, c1, source, target)
            source, target = _casualties(doc, actors, keys, m, c0, c1, source, target)
            if not source:
                source = _claimed_by(doc, actors, keys, m, c0)
            perpetrator = _perpetrator(doc, actors, m, c0, c1)
            if perpetrator and not set(perpetrator) & set(source):
                # منفذ هجوم نيس: the genitive (a place) is where the attack struck, its perpetrator the doer
                target = target or [e for e in source if e not in perpetrator]
                source = perpetrator
            if not source:
                source = _laid_at(doc, actors, keys, m, c1)
            if not source and m.last + 2 <= c1 and doc.tokens[m.last + 1].norm == "من" \
                    and (by := actors.unit_at.get(m.last + 2)) is not None and by.first == m.last + 2 \
                    and (by.label != "LOC" or any(stands_for_state(doc, e) for e in by.ids)):
                # في هجمات من الجانب الأوكراني، هجوم من مسلحين: من names where the attack came from
                source = group_ids(actors, by, c1)
                target = [t for t in target if t not in source]
        if not source and rule.plover in ("ASSAULT", "COERCE"):
            # تم اعتقال 5 أشخاص من قبل الشرطة: the agent close after the noun (not of a later verb)
            agent = passive_agent(actors, m.last + 1, min(c1, m.last + AGENT_REACH))
            if agent is not None:
                source = group_ids(actors, agent, c1)
                target = [t for t in target if t not in source]
    else:
        source, target = _nationality_subject(doc, actors, m, c0, c1, source, target)
    source, target = _blew_self_up(doc, actors, keys, m, c1, source, target)
    source, target = _partitive(doc, actors, m, c1, source, target)
    if source and rule.plover in ("ASSAULT", "COERCE"):
        person = _described_object(doc, actors, keys, m, c1, source)
        if person is not None:
            target = [person]
    return source, target


# Blowing oneself up (فجرت فتاة نفسها، فجر الانتحاري نفسه): the one named before the reflexive is the bomber.
_DETONATED = verb_forms("فجر|يفجر")
_SELF = frozenset(fold(w) for w in "نفسه نفسها أنفسهم انفسهم نفسيهما".split())
_SELF_REACH = 8


def _blew_self_up(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c1: int,
                  source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """``فجرت فتاة في العاشرة من عمرها نفسها``: the one between the verb and نفسه is who set off the blast,
    never what it hit (the doer named before the clause, a group, is left to the claim of the attack)."""
    toks = doc.tokens
    if not any(k in _DETONATED for k in keys[m.first][:2]):
        return source, target
    inside = next((u for u in actors.in_range(m.first + 1, m.last)), None)
    if not source and inside is not None:
        source = list(inside.ids)  # فجر مسلحون مبنى البلدية: the doer is part of the phrase matched
    # (the trigger may end on the reflexive itself: فجر الانتحاري نفسه)
    self_at = next((y for y in range(m.first + 2, min(c1, m.last + _SELF_REACH) + 1) if toks[y].norm in _SELF), None)
    if self_at is None:
        return source, [t for t in target if t not in source]
    u = actors.unit_at.get(m.first + 1)
    if u is not None and u.first == m.first + 1 and u.last < self_at:
        bomber = list(u.ids)
    elif (person := described_person_at(doc, actors, m.first + 1, self_at - 1)) is not None:
        bomber = [person]
    elif 1 <= self_at - m.first - 1 <= 2 and all(toks[x].norm[:1].isalpha() and toks[x].norm not in PREPOSITIONS
                                                 for x in range(m.first + 1, self_at)):
        # فجر الانتحاري نفسه: an unnamed bomber, named by what he is
        bomber = [actors.maker.nominal(doc.text[toks[m.first + 1].base_start:toks[self_at - 1].end], None, "PER")]
    else:
        return source, target
    return bomber, [t for t in target if t not in bomber and t not in source]


def _described_object(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c1: int,
                      source: list[str]) -> str | None:
    """The entity of a person named only by a description in the trigger's object slot: ``أوقفت قوات الأمن
    ثلاثة أشخاص``، ``ألقت الشرطة القبض على شقيق القتيلة``، ``اعتقلت الشرطة رجلا يشتبه في انتمائه إلى داعش``
    (the man, not the group named in what he is suspected of). None when the slot holds an actor, or
    ``من`` + a group follows the description (شخصين من تنظيم داعش: the group is hit)."""
    toks = doc.tokens
    x = m.last + 1
    while x <= c1 and x in actors.timex_tokens:
        x += 1
    u, subject_at = actors.unit_at.get(x), x
    if m.rule.verbal and u is None and x + 1 <= c1 and bare_stem(doc, toks[x]) in SHORT_NAME_HEADS:
        # اعتقل تنظيم داعش 38 مواطنا: the tagger left the head word out of the subject's name
        u, subject_at = actors.unit_at.get(x + 1), x + 1
    if m.rule.verbal and u is not None and u.first == subject_at and set(u.ids) <= set(source):
        x = u.last + 1  # VSO: past the subject
        while x <= c1 and x in actors.timex_tokens:
            x += 1
    if x <= c1 and toks[x].norm == ON:
        x += 1
    if x <= c1 and (is_count(doc, x) or token_stem(doc, toks[x]) in QUANTIFIERS):
        x += 1
        if x <= c1 and toks[x].norm == "من" and toks[x].base_start == toks[x].start:
            x += 1  # عددا من الأشخاص، عشرات من الشبان
    elif x <= c1 and toks[x].norm in GATHERING_QUANTIFIERS:
        x += 1  # إلقاء القبض على جميع المتهمين
    if x > c1:
        return None
    if not m.rule.verbal and x == m.last + 1 and has_article(doc, toks[m.last]) and has_article(doc, toks[x]):
        return None  # التفجير الإرهابي: an adjective of the noun, not whom it hit
    if not m.rule.verbal and m.rule.plover == "ASSAULT" and x == m.last + 1 and toks[x].norm in ATTACK_ADJECTIVES:
        return None  # نفذ هجوما إرهابيا على …: the attack's adjective, indefinite like it, is no one hit
    return described_person_at(doc, actors, x, c1)


def described_person_at(doc: Document, actors: ActorIndex, x: int, end: int) -> str | None:
    """The entity of a person or group named at token ``x`` only by what they are (شخصين، شقيق القتيلة،
    امرأة منقبة، عنصر تكفيري), made for the document; None when ``x`` holds an actor or another word, or
    ``من`` + a group follows (شخصين من تنظيم داعش: the group is who is meant)."""
    toks = doc.tokens
    if x > end or actors.unit_at.get(x) is not None or toks[x].base_start != toks[x].start:
        return None
    head = bare_stem(doc, toks[x])
    if head in _ONE_OF and x + 1 <= end and toks[x + 1].norm[:1].isalpha() and actors.unit_at.get(x + 1) is None \
            and toks[x + 1].base_start == toks[x + 1].start and actors.unit_at.get(x + 2) is None:
        # (إحدى زوجات أبو بكر البغدادي: whose she is, an actor, is left to the rules for kin)
        return actors.maker.nominal(doc.text[toks[x].base_start:toks[x + 1].end], None, "PER")  # أحد أحباء فريقه
    if head not in DESCRIBED_PEOPLE and head not in KIN:
        return None
    last = x
    nxt = toks[x + 1] if x + 1 <= end else None
    if nxt is not None and nxt.norm == "من" and any(actors.unit_at.get(y) is not None for y in (x + 2, x + 3) if y <= end):
        return None
    if nxt is not None and nxt.norm[:1].isalpha() and nxt.base_start == nxt.start and actors.unit_at.get(x + 1) is None:
        adjective = bare_stem(doc, nxt)
        if head in KIN or (len(adjective) > 3 and adjective.endswith(_NISBA_ENDINGS) and not adjective.startswith("ي")
                           and adjective not in PREPOSITIONS):
            last = x + 1  # شقيق القتيلة، امرأة منقبة، عنصر تكفيري
    elif head in KIN and toks[x].stem_end == toks[x].end:
        return None  # a kinship word needs whose kin it is
    phrase = doc.text[toks[x].base_start:toks[last].end]
    return actors.maker.nominal(phrase, None, "PER")


def _casualties(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c0: int, c1: int,
                source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """``قتل جندي تركي في هجوم لحزب العمال``، ``أصيب فلسطينيون برصاص الجيش``: the casualties named before
    the attack noun are its target, and the possessor of an instrument (برصاص X، بنيران X) its doer."""
    toks = doc.tokens
    words = [x for x in range(m.first - 1, max(c0, m.first - 8) - 1, -1) if any(k in CASUALTY_WORDS for k in keys[x])]
    if not words or _kills_actively(doc, actors, keys, words[0]):
        return source, target  # قتل الجيش العراقي 20 مسلحا في غارة: the army kills, it is no casualty
    cas = words[0]
    trig = toks[m.first]
    # برصاص، بنيران: ب on the noun, left on by the tokenizer or not
    instrument = "ب" in doc.text[trig.start:trig.base_start] or (trig.norm[:1] == "ب" and trig.norm[1:] in keys[m.first])
    if not instrument and toks[m.first - 1].norm != "في" and toks[m.first - 1].norm not in CAUSED_BY:
        return source, target
    # أعلنت السلطات الأردنية مقتل 5 أشخاص في هجوم: who is named before the deaths reports them
    source = [e for e in source if not any(e in u.ids for u in actors.in_range(c0, cas - 1))]
    victim_ids = _casualties_named(doc, actors, cas, m.first - 1)
    if not victim_ids and len(words) > 1 and not _kills_actively(doc, actors, keys, words[1]):
        # قتل جنديان ماليان وأصيب اربعة آخرون في كمين: "four others" name no one, the dead before them do
        victim_ids = _casualties_named(doc, actors, words[1], words[0] - 1)
    if instrument:
        owner = actors.unit_at.get(m.last + 1)
        if owner is not None and owner.first == m.last + 1 and not actors.oblique(owner):
            source = group_ids(actors, owner, c1)
    source = [e for e in source if e not in victim_ids]
    target = [*victim_ids, *(t for t in target if t not in victim_ids and t not in source)]
    return source, target


def _casualties_named(doc: Document, actors: ActorIndex, cas: int, last: int) -> list[str]:
    """The casualties a casualty word at ``cas`` names up to token ``last``: an actor, or people named by what
    they are past their count (قتل خمسة جنود إثر هجوم)."""
    victims = [u for u in actors.in_range(cas + 1, last) if not actors.locative(u)]
    victim_ids = [e for u in victims[:1] for e in group_ids(actors, u, last)]
    if victim_ids:
        return victim_ids
    x = cas + 1
    if x <= last and is_count(doc, x):
        x += 1
    person = described_person_at(doc, actors, x, last)
    return [person] if person is not None else []


def _kills_actively(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], x: int) -> bool:
    """True when the killing verb at ``x`` is active (قتل الجيش 20 مسلحا), not a passive with its victims next."""
    return any(k in ACTIVE_KILLING for k in keys[x]) and not _victims_next(doc, actors, keys, x)


def _victims_next(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], x: int) -> bool:
    """True when a count, a victim noun or a people's nationality follows the verb at ``x`` (قتل 5 جنود،
    قتل جندي تركي، قتل فلسطيني): the verb is then passive."""
    if x + 1 >= len(doc.tokens):
        return False
    if is_count(doc, x + 1):
        return True
    u = actors.unit_at.get(x + 1)
    return any(k in VICTIM_NOUNS for k in keys[x + 1]) or (u is not None and u.kind == "country")


def exposure_verb(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c0: int) -> int | None:
    """The token of تعرض that exposes someone to the trigger (تعرض لهجوم، and in Tunisian copy تعرض إلى
    اعتداء), or None. A date and its comma between them do not count towards the distance (تعرضت أستاذة …
    يوم الخميس 12 ماي 2017، إلى اعتداء)."""
    toks = doc.tokens
    to = doc.text[toks[m.first].start:toks[m.first].base_start].endswith("ل") or (
        m.first > c0 and toks[m.first - 1].norm == TO)
    if not to:
        return None
    reach = 8 + sum(1 for x in range(max(c0, m.first - 16), m.first)
                    if x in actors.timex_tokens or toks[x].norm in ("،", ","))
    return next((x for x in range(m.first - 1, max(c0, m.first - reach) - 1, -1) if any(k in EXPOSED for k in keys[x])),
                None)


def _weapon_words(doc: Document, k: int, c1: int) -> int:
    """How many words the weapon of an attack takes right at ``k`` (بالبراميل المتفجرة، بقذائف الهاون: two)."""
    toks = doc.tokens
    if k > c1 or doc.text[toks[k].start:toks[k].base_start] != "ب":
        return 0
    return 2 if k + 1 <= c1 and toks[k + 1].norm.startswith("ال") and toks[k + 1].base_start == toks[k + 1].start else 1


def _exposed(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c0: int, c1: int,
             source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """``تعرض مقر حزب النهضة لهجوم من قبل محتجين``: who is exposed to the act undergoes it."""
    toks = doc.tokens
    exp = exposure_verb(doc, actors, keys, m, c0)
    if exp is None:
        return source, target
    person = described_person_at(doc, actors, exp + 1, m.first - 1)
    # تعرضت أستاذة (تدرس بمعهد …) إلى اعتداء: the one named by what she is, right after the verb
    hit = [person] if person is not None else [e for u in actors.in_range(exp + 1, m.first - 1)
                                               if not actors.locative(u) for e in u.ids]
    before = nearest_unit_before(actors, max(c0, exp - 4), exp - 1)
    if not hit and (areas := areas_place(doc, actors, exp + 1, min(exp + 2, m.first - 1))) is not None:
        hit = list(areas.ids)  # تعرضت مناطق في بلدة الغنطو بريف حمص لقصف: the town whose areas were hit
    if not hit and before is not None:
        hit = list(before.ids)  # مقر الحزب تعرض لهجوم
    agent = passive_agent(actors, m.last + 1, c1)
    genitive = actors.unit_at.get(m.last + 1)
    if agent is None and genitive is not None and genitive.first == m.last + 1 and not actors.proclitics(genitive) \
            and not has_pronoun_suffix(doc, keys, m.last):
        agent = genitive  # تعرض قريتين … لقصف دبابات تركية: the attack's genitive is its doer
    if agent is None:
        # تعرض المخيم للقصف من قوات الأسد: من before an actor right after the act (past its adjective) names the doer
        # (past the weapon: لقصف بالبراميل المتفجرة من طائرات النظام)
        at = next((x for x in range(m.last + 1, min(c1, m.last + 3 + _weapon_words(doc, m.last + 1, c1)))
                   if toks[x].norm == "من"), None)
        by = actors.unit_at.get(at + 1) if at is not None else None
        if by is not None and by.first == at + 1 and by.kind != "country" and not actors.locative(by) \
                and not set(by.ids) & set(hit):
            agent = by
    if agent is None:
        # من طرف تلميذة، من قبل شخصين: an agent named by what it is
        by = next((x + 1 for x in range(m.last + 1, min(c1, m.last + AGENT_REACH))
                   if toks[x].norm in AGENT_MARKERS and x > 0 and toks[x - 1].norm == "من"), None)
        doer = described_person_at(doc, actors, by, c1) if by is not None else None
        if doer is not None:
            return [doer], [*hit, *(t for t in target if t not in hit)]
    # With no agent named the doer is unknown: the clause's subject is the one exposed, and a speaker
    # before it (قال … إن شقيقه تعرض للاعتداء) is no doer either.
    source = group_ids(actors, agent, c1) if agent is not None else []
    return source, [*hit, *(t for t in target if t not in hit and t not in source)]


# Parts of a town an attack hits (قصفت القوات مناطق في …، أحياء في …، محيط مطار …), and how far after the trigger
# they may stand (past the attacker's name).
_AREAS = frozenset(fold(w) for w in "مناطق منطقة أحياء حي قرى بلدات أطراف محيط".split())
AREA_REACH = 6


def areas_place(doc: Document, actors: ActorIndex, start: int, end: int) -> Unit | None:
    """The place named after the first area word in ``[start, end]`` (stopping at a comma): ``قصفت قوات النظام
    مناطق في بلدة بيت جن`` → بيت جن, ``تعرضت مناطق في بلدة الغنطو … لقصف`` → الغنطو. None when no area word is
    there, no place follows it, or the place is a country (هجمات على قرى بشمال شرق سوريا: where, not what was
    hit)."""
    toks = doc.tokens
    for x in range(start, end + 1):
        if toks[x].norm in COMMAS:
            return None
        if bare_stem(doc, toks[x]) not in _AREAS:
            continue
        for y in range(x + 1, min(len(toks) - 1, x + 3) + 1):
            u = actors.unit_at.get(y)
            if u is not None and u.first == y and u.label == "LOC":
                return None if any(stands_for_state(doc, e) for e in u.ids) else u
            if toks[y].norm in COMMAS:
                return None
        return None
    return None


# Facing, undergoing or receiving criticism or threats: واجه الرئيس انتقادات من الحزب، تعرض الوزير لانتقادات
# من النقابة، تلقى الصحفي تهديدات من الجماعة.
FACED = verb_forms("واجه|يواجه") | verb_forms("تلقى|يتلقى")


def criticism_faced(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c0: int, c1: int,
                    source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """``تعرض الوزير لانتقادات حادة من النقابة``، ``واجه ترامب انتقادات من الحزب الديمقراطي``، ``تلقى الصحفي
    تهديدات من الجماعة``: the one who faces the criticism (or threat) is its target, the one named after من its
    source."""
    toks = doc.tokens
    exp = exposure_verb(doc, actors, keys, m, c0)
    if exp is None:
        exp = next((x for x in range(m.first - 1, max(c0, m.first - 8) - 1, -1)
                    if any(k in FACED for k in keys[x])), None)
    if exp is None:
        return source, target
    faced = [e for u in actors.in_range(exp + 1, m.first - 1) for e in u.ids]
    if not faced:
        before = nearest_unit_before(actors, max(c0, exp - 4), exp - 1)
        faced = list(before.ids) if before is not None else []
    critic = passive_agent(actors, m.last + 1, min(c1, m.last + AGENT_REACH))
    if critic is None:
        # من + the critic, past an adjective (انتقادات حادة من …) and a count (من عدد من أنصار …)
        x = m.last + 1
        while x <= c1 and x <= m.last + 2 and toks[x].norm != "من":
            x += 1
        if x <= c1 and toks[x].norm == "من":
            x += 1
            if x + 1 <= c1 and token_stem(doc, toks[x]) in QUANTIFIERS and toks[x + 1].norm == "من":
                x += 2
            u = actors.unit_at.get(x)
            critic = u if u is not None and u.first == x else None
    if critic is None or not faced:
        return source, target
    critics = group_ids(actors, critic, c1)
    return critics, [e for e in faced if e not in critics]


def _claimed_by(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c0: int) -> list[str]:
    """``أعلن حزب العمال الكردستاني مسؤوليته عن الهجوم``: the one who claims the attack did it."""
    toks = doc.tokens
    x = m.first - 1
    if x - 1 < c0 or toks[x].norm != "عن" or not any(k in RESPONSIBILITY for k in keys[x - 1]):
        return []
    if any(k in NEGATIONS for y in range(c0, x - 1) for k in keys[y]):
        return []  # لم تعلن حركة طالبان مسؤوليتها عن هجوم
    u = nearest_unit_before(actors, c0, x - 2)
    return list(u.ids) if u is not None and u.kind != "country" else []


def _perpetrator(doc: Document, actors: ActorIndex, m: Match, c0: int, c1: int) -> list[str]:
    """The doer an attack noun names by its perpetrator: لمحمد بوهلال، منفذ هجوم نيس؛ منفذ الهجوم محمد بوهلال؛
    بوهلال المتورط في هجوم نيس."""
    toks = doc.tokens
    k = m.first - 1
    if k - 2 >= c0 and toks[k].norm == "في" and bare_stem(doc, toks[k - 1]) in INVOLVED:
        u = actors.unit_at.get(k - 2)  # محمد بوهلال المتورط في هجوم نيس
        return list(u.ids) if u is not None and u.last == k - 2 and u.kind != "country" else []
    if k < c0 or bare_stem(doc, toks[k]) not in PERPETRATORS:
        return []
    if k - 1 >= c0 and toks[k - 1].norm in ("،", ","):
        u = actors.unit_at.get(k - 2)
        if u is not None and u.last == k - 2 and u.kind != "country":
            return list(u.ids)
    for y in range(m.last + 1, min(c1, m.last + 4) + 1):
        v = actors.unit_at.get(y)
        if v is not None and v.first == y and v.label == "PER":
            return list(v.ids)
    return []


def _laid_at(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c1: int) -> list[str]:
    """The one an attack with no doer of its own is laid at: هجوما وقع مساء السبت ونسب إلى حزب العمال."""
    toks = doc.tokens
    for y in range(m.last + 1, min(c1, m.last + 10)):
        if set(keys[y]) & LAID_AT:
            z = y + 1
            if z <= c1 and toks[z].norm == TO:
                u = actors.unit_at.get(z + 1)
                if u is not None and u.first == z + 1 and u.kind != "country":
                    return list(u.ids)
            return []
    return []


def _nationality_subject(doc: Document, actors: ActorIndex, m: Match, c0: int, c1: int,
                         source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """A people named by its nationality right after the verb is its subject: ``تظاهر آلاف الأردنيين``
    (a protest has no passive), ``دهس فلسطيني مستوطنين`` (an object after it makes the verb active)."""
    toks = doc.tokens
    x = m.last + 1
    if x <= c1 and (token_stem(doc, toks[x]) in QUANTITIES or is_count(doc, x)):
        x += 1
    u = actors.unit_at.get(x)
    if source or u is None or u.first != x or u.kind != "country" or x > c1:
        return source, target
    if m.rule.plover != "PROTEST":
        obj = actors.unit_at.get(u.last + 1)
        nxt = toks[u.last + 1] if u.last + 1 <= c1 else None
        if obj is None and nxt is not None and nxt.norm.endswith("ا") and nxt.base_start == nxt.start \
                and u.last + 2 <= c1:
            obj = actors.unit_at.get(u.last + 2)  # طعن فلسطيني جنديا إسرائيليا
        if obj is None or actors.oblique(obj) or actors.locative(obj) or obj is u:
            return source, target  # اعتقل فلسطيني في الخليل: the one arrested (a passive)
    source = list(u.ids)
    after = first_unit(actors, u.last + 1, c1, ACTOR_REACH, False, stop_comma=True)
    return source, [e for e in group_ids(actors, after, c1) if e not in source]


def _partitive(doc: Document, actors: ActorIndex, m: Match, c1: int,
               source: list[str], target: list[str]) -> tuple[list[str], list[str]]:
    """``هاجم مسلحون من طالبان``، ``فجر انتحاري من داعش``: unnamed fighters "from" a group act for it."""
    toks = doc.tokens
    if not source:
        return source, target
    doer = next((u for u in actors.units if u.ids and u.ids[0] == source[0] and u.first >= m.first - 12), None)
    if doer is None or doer.kind not in ("collective", "nominal") or doer.last + 2 > c1 \
            or toks[doer.last + 1].norm != "من":
        return source, target
    group = actors.unit_at.get(doer.last + 2)
    if group is None or group.first != doer.last + 2 or actors.locative(group) or group.kind == "country" \
            or group.label == "LOC":
        return source, target
    members = group_ids(actors, group, c1)
    source = [*source, *(e for e in members if e not in source)]
    target = [t for t in target if t not in members]
    if not target:
        after = first_unit(actors, group.last + 1, c1, ACTOR_REACH, False, stop_comma=True)
        target = [e for e in group_ids(actors, after, c1) if e not in source]
    return source, target


# Words that end the phrase of what an attack hit (قرب، أمس، حيث، مما …): not part of its name.
_THING_STOPS = PREPOSITIONS | frozenset(fold(w) for w in (
    "قرب بالقرب شمال جنوب شرق غرب وسط أمس امس اليوم حيث مما ما الذي التي الذين أثناء اثناء خلال بعد قبل عند"
).split())
THING_WORDS = 3


def attacked_thing(doc: Document, actors: ActorIndex, m: Match, end: int) -> str | None:
    """The entity of what an attack noun hit when it is named only by what it is, after على past the noun's
    adjectives (الهجوم الجوي على نقطة تفتيش أفغانية → نقطة تفتيش أفغانية), made for the document; None
    when an actor, a time or a function word stands there."""
    toks = doc.tokens
    x = m.last + 1
    while x <= end and x <= m.last + 2 and has_article(doc, toks[x]) and toks[x].base_start == toks[x].start \
            and actors.unit_at.get(x) is None:
        x += 1  # (الهجوم الجوي، الهجوم الإرهابي الانتحاري)
    if x + 1 > end or toks[x].norm != ON:
        return None
    first = x + 1
    last = None
    for y in range(first, min(end, first + THING_WORDS - 1) + 1):
        tok = toks[y]
        if actors.unit_at.get(y) is not None or y in actors.timex_tokens or not tok.norm.isalpha() \
                or tok.base_start != tok.start or tok.norm in _THING_STOPS or token_stem(doc, tok) in _THING_STOPS \
                or len(tok.norm) < 3:
            break
        last = y
    if last is None:
        return None
    return actors.maker.nominal(doc.text[toks[first].start:toks[last].end], None)
