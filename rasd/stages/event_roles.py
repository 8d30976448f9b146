"""Who did it to whom: source and target actors of an event trigger in its clause.

Word order decides: verb–subject–object and subject–verb–object, a noun's possessor
(``هجوم القوات الروسية``), ``بين X و Y``, prepositions (``مع``، ``ضد``، ``على``، ``إلى``),
the passive ``على يد``, relative clauses (``الذي يستهدف``), coordination
(``السعودية ومصر والإمارات``) and the clause's subject for participles and framed nouns.
"""

from __future__ import annotations

import re

from rasd.arabic.calendar import number_value
from rasd.arabic.lexicon import word_frequencies
from rasd.arabic.normalize import fold
from rasd.arabic.particles import COMMAS, ON, QUOTE_MARKS
from rasd.document import Document, Event
from rasd.stages.event_actors import (
    AGENT_HEADS,
    AGENT_MARKERS,
    ALLEGIANCE_WORDS,
    COLLECTIVE_AGENTS,
    COURTESY,
    DURING_WORDS,
    HONORIFICS,
    KANA,
    KIN,
    LED_BY,
    ONE_OF,
    PERSON_POSTS,
    PREPOSITIONS,
    QUANTIFIERS,
    QUANTITIES,
    RELATIVES,
    SEQUENCE_WORDS,
    ActorIndex,
    Unit,
    bare_stem,
    country_key,
    definite,
    has_article,
    is_city,
    is_kana,
    past_quote_marks,
    prep_clitic,
    stands_for_state,
    token_stem,
)
from rasd.stages.event_forms import present_forms, verb_forms
from rasd.stages.event_triggers import Match, Rule

# The longest aside between two commas a phrase runs across (، بالتنسيق مع الحرس والأمن الوطنيين، / ودعا الملا منصور،
# في أول تسجيل صوتي له، مقاتلي …): the events stage passes over it, a call's addressee is found past it.
ASIDE_MAX_TOKENS = 6
# Words that end a clause: actors are not looked for across them.
# "That (was)", which places the event just told: …، وذلك بمقر المركز، وذلك خلال لقائه.
THAT_IS = frozenset(fold(w) for w in "وذلك ذلك".split())
CLAUSE_BREAKS = frozenset(fold(w) for w in "لكن ولكن بينما وبينما فيما حيث . ؛ ; ! ؟ ?".split())
# شن / يشن (launched) in every form: verb_forms reads a three-letter present (يشن) as a past, so the present
# forms are added (إسرائيل تشن غارات).
LAUNCHED = verb_forms("شن|يشن") | present_forms("يشن")
# Verbs that carry a nominal trigger: أجرى محادثات، شن هجوما، فرض عقوبات.
SUPPORT_VERBS = LAUNCHED | frozenset().union(*(verb_forms(v) for v in (
    "اجرى|يجري", "عقد|يعقد", "نفذ|ينفذ", "بدا|يبدا", "واصل|يواصل", "قام|يقوم", "ابرم|يبرم",
    "توصل|يتوصل", "فرض|يفرض", "قدم|يقدم", "اعلن|يعلن", "شارك|يشارك", "خاض|يخوض", "ارتكب|يرتكب",
    "وجه|يوجه", "تبادل|يتبادل", "جدد|يجدد", "نظم|ينظم", "اطلق|يطلق", "اكد|يؤكد", "تلقى|يتلقى",
    "ادى|يؤدي",  # يؤدي زيارة إلى تونس
    "تبنى|يتبنى",  # تبنى تنظيم داعش عملية دهس …: claiming an attack names its doer
    "اصدر|يصدر",  # أصدرت المحكمة حكما بسجن …، أصدر القضاء مذكرة اعتقال
    "التام|يلتيم",  # يلتئم لقاء بين رئيس الحكومة ورئيس الهيئة: a meeting convenes
    "الغى|يلغي", "اجل|يؤجل", "ارجا|يرجئ",  # ألغت لوبان لقاء مع المفتي: the one who calls it off
    "ابدى|يبدي",  # أبدت اللجنة استعدادها لتقديم التسهيلات، أبدى رفضه (its direct object, without عن)
    "باشر|يباشر", "استانف|يستانف",  # باشرت الحكومة مفاوضات مع …، استأنف الطرفان المحادثات: began, resumed
))) | frozenset(fold(w) for w in "مبديا مبدية مبدين".split())

# Verbs of deciding. The decider holds what it decided, past its subject (قررت الجامعة العامة للبلديين تنفيذ إضراب
# عام: a strong support verb), and what is decided is yet to come (events: planned).
DECISION_VERBS = verb_forms("قرر|يقرر")

# Verbs that open or close a visit or tour, whose long subject may stand between them and it:
# استهل وزير الشؤون الخارجية خميس الجهيناوي الزيارة … بلقاء مع …، اختتمت لجنة الأمم المتحدة … زيارة.
TOUR_VERBS = frozenset().union(*(verb_forms(v) for v in ("استهل|يستهل", "اختتم|يختتم", "ادى|يؤدي", "بدأ|يبدأ")))
# Support verbs that govern a nominal trigger even across their subject: شنت تركيا في 24 يوليو حربا.
STRONG_SUPPORT = LAUNCHED | frozenset().union(*(verb_forms(v) for v in (
    "اجرى|يجري", "عقد|يعقد", "نفذ|ينفذ", "ابرم|يبرم", "فرض|يفرض", "نظم|ينظم", "خاض|يخوض",
    "ارتكب|يرتكب", "وقع|يوقع", "تبادل|يتبادل",
    "نصب|ينصب",  # نصب مسلحون كمينا لدورية
    "توصل|يتوصل",  # توصلت إيران والقوى الكبرى إلى اتفاق
    "اصدر|يصدر",  # أصدرت المحكمة الجزائية بالرياض حكما بالسجن: the court and its seat stand between
    "باشر|يباشر", "استانف|يستانف",  # باشر الرئيس أردوغان في خريف 2012 مفاوضات سلام مع …
))) | DECISION_VERBS | frozenset(fold(w) for w in "أقر أقرت أقروا".split()) | frozenset(
    # أقدمت مجموعة مسلحة على اختطاف …: the past only (يقدم is also "presents", أقدم alone "oldest")
    fold(w) for w in "أقدم أقدمت أقدموا أقدما".split())
# Verbs of managing to do something: their subject does the verbal noun they govern through من/في
# (تمكنت الوحدات الأمنية أمس من القبض على 3 شبان، نجحت القوات في صد الهجوم).
MANAGE_VERBS = frozenset().union(*(verb_forms(v) for v in ("تمكن|يتمكن", "نجح|ينجح", "استطاع|يستطيع")))
_MANAGED_BY = frozenset(fold(w) for w in "من في".split())
RECIPROCAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# Speech acts whose verbal noun names the speaker in the genitive and the addressee with لـ.
ADDRESSED_CODES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# How big a counted group is: عدد هام من، عدد كبير من، أعداد غفيرة من.
_SIZE_ADJECTIVES = frozenset(fold(w) for w in "هام هامة مهم مهمة كبير كبيرة غفير غفيرة قليل قليلة".split())
# Words naming what kind of group follows (تنظيم داعش، حركة حماس), left outside its name (GUIDELINES.md).
DESCRIPTORS = frozenset(fold(w) for w in "تنظيم حركة جماعة جبهة مجموعة ميليشيا مليشيا ميليشيات مليشيات".split())
_THAT_PARTICLES = frozenset(fold(w) for w in "أن إن ان لأن بأن".split())
# بدوره "in turn" stands between a verb and its subject (أكد بدوره وزير الخارجية) though it starts with ب.
_IN_TURN = frozenset(fold(w) for w in "بدوره بدورها بدورهم بدورهما".split())
# What may stand between a subject and its nominal trigger besides a time expression: punctuation and the
# invocations that follow a ruler's name (حفظه الله، يحفظه الله، رعاه الله، أيده الله).
_QAD = fold("قد")
_TRANSPARENT = frozenset(fold(w) for w in "، , - – حفظه يحفظه حفظهما رعاه يرعاه أيده ايده الله".split())
# Verbal nouns of carrying out a protest or an operation (تنفيذ وقفة، الدخول في إضراب، شن هجوم), as look-up keys
# and as written after بـ (أعلنت النقابة عن تنفيذ إضراب، قامت بشن هجوم), and what links them to their subject and to it.
_DOING = ("تنفيذ", "شن", "خوض", "دخول", "تنظيم")
_DOING_NOUNS = frozenset(fold(a + w) for w in _DOING for a in ("", "ال"))
_CARRYING_OUT = frozenset(fold(p + w) for w in _DOING for p in ("", "ب", "ال", "بال"))
_CARRYING_OUT_LINKS = _CARRYING_OUT | COMMAS | frozenset(fold(w) for w in "عن في إمكانية امكانية".split())
_PREPS_TARGET = frozenset(fold(w) for w in "على ضد مع إلى الى في من عن".split())
_CONJ = frozenset({"و", "،", ",", "او"})
# A preposition with a pronoun (فيها، عليه، منهم): the verb's subject is that pronoun's clause.
PREP_PRONOUNS = frozenset(p + suf for p in ("في", "علي", "من", "عن", "مع", "ل", "ب", "الي")
                          for suf in ("ه", "ها", "هم", "هما", "هن"))
# "To it" after a verb of calling: دعا إليه X, X called for it (دعا فيه X is "called X in it").
_TO_IT = frozenset(p for p in PREP_PRONOUNS if p.startswith("الي"))
# Nominal triggers after these belong to the clause's subject: خلال مكالمة، عقب اجتماعها.
FRAME_WORDS = DURING_WORDS | frozenset(fold(w) for w in "عقب إثر اثر لدى في".split())
# Words after which a verb opens its clause, so a subject it does not name is a pronoun (كما اتهموا …).
CLAUSE_OPENERS = frozenset(fold(w) for w in "كما ثم قد وقد فقد كذلك بل أنهم إنهم بأنهم لكنهم ، , : «".split())
# "It (then)" opening the main clause after فيما / إذا (فإنها دعت، فإنه طالب): a statement of its own by the one the
# pronoun takes up.
SO_IT = frozenset(fold("فإن" + suffix) for suffix in ("ه", "ها", "هم", "هما", "نا"))
# أنه، إنها، فإنهم …: "that he / she / they", and لكنه، ولكنها: "but he / she", whose pronoun takes up the doer (not
# فإننا, a speaker's own "we").
PRONOUN_THAT = (SO_IT - {fold("فإننا")}) | frozenset(fold(w) for w in "أنه أنها أنهم إنه إنها إنهم بأنه بأنها لأنه".split()) \
    | frozenset(fold(b + s) for b in ("لكن", "ولكن") for s in ("ه", "ها", "هم", "هما"))
PASSIVE_AUX = frozenset(fold(w) for w in "تم يتم سيتم جرى يجري".split())


def passive_aux(word: str) -> bool:
    """A folded word is the passive auxiliary, with the و or ف it may carry (تم، وتم، فيتم)."""
    return word in PASSIVE_AUX or (word[:1] in ("و", "ف") and word[1:] in PASSIVE_AUX)


def passive_before(actors: ActorIndex, k: int, c0: int) -> bool:
    """True when the passive auxiliary stands before token ``k`` in the clause from ``c0``, past a time expression:
    تم القضاء على …، تم اليوم الأحد القضاء على …"""
    aux = k - 1
    while aux > c0 and aux in actors.timex_tokens:
        aux -= 1
    return c0 <= aux < k and passive_aux(actors.doc.tokens[aux].norm)


# Events whose two sides may be named with بين X و Y.
BETWEEN_CODES = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "RETREAT", "SANCTION"})
# Places whose owner is the one an attack on them hits (تفجير مسجد قوات الطوارئ، قصف مقر الحزب).
TARGET_PLACES = frozenset(fold(w) for w in (
    "مسجد مقر مقار مبنى سفارة قنصلية مركز منزل منازل بيت كنيسة فندق مستشفى مدرسة قاعدة معسكر ثكنة "
    "موكب سيارة حافلة دورية مواقع موقع مخازن مخزن "
    # positions and checkpoints (استهدفت الفصائل تمركزات لقوات النظام، هاجموا نقطة تفتيش للجيش)
    "تمركزات تمركز نقاط نقطة حواجز حاجز"
).split())
_CONTENT_START = frozenset(fold(w) for w in "ان أن إن :".split())
ATTRIBUTION = frozenset(fold(w) for w in "بحسب حسب وفقا وفق طبقا نقلا حسبما وحسب وبحسب ووفقا".split())
_CLAUSE_AFTER_COMMA = frozenset(fold(w) for w in "ما مما الذي التي الذين حيث هي هو هم هما وهي وهو".split())
ACTOR_REACH = 8


def _group_from(actors: ActorIndex, u: Unit, end: int) -> list[Unit]:
    """``u`` and the units coordinated after it: روسيا وأوكرانيا، السعودية ومصر والإمارات.

    Commas join a list only when a و follows (X، Y وZ); otherwise they mark appositions
    (زعيم تيار المحبة، الهاشمي الحامدي، …) and end the group."""
    group = [u]
    links: list[str] = []
    toks = actors.doc.tokens
    while True:
        last = group[-1].last
        nxt = last + 1
        link = "و"
        if nxt <= end and toks[nxt].norm in _CONJ:
            link = "," if toks[nxt].norm in COMMAS else "و"
            nxt += 1
        v = actors.unit_at.get(nxt)
        if v is None or v in group or nxt > end or v.first != nxt:
            break
        if nxt == last + 1 and not actors.proclitics(v).startswith("و"):
            break
        if link == "," and actors.proclitics(v).startswith("و"):
            link = "و"
        group.append(v)
        links.append(link)
    while links and links[-1] == ",":
        links.pop()
        group.pop()
    return group


def _group_ending(actors: ActorIndex, u: Unit, start: int) -> list[Unit]:
    """``u`` and the units coordinated before it (so the whole subject is taken)."""
    group = [u]
    seen_waw = False
    toks = actors.doc.tokens
    while True:
        first = group[0].first
        waw = actors.proclitics(group[0]).startswith("و")
        comma = first - 1 >= start and toks[first - 1].norm in _CONJ
        if not waw and not comma:
            break
        if not waw and toks[first - 1].norm in COMMAS and not seen_waw:
            break
        seen_waw = seen_waw or waw or toks[first - 1].norm == "و"
        p = first - 1 if waw else first - 2
        v = actors.unit_at.get(p)
        if v is None or p < start or v in group:
            break
        group.insert(0, v)
    if len(group) > 1 and group[0].first > 0 and toks[group[0].first - 1].norm == _BETWEEN:
        return group[-1:]  # اشتباكات بين قوات الأمن ومسلحين أطلقوا النار: the pair is the clash's, the verb the last one's
    return group


_BETWEEN = fold("بين")


def _ids(group: list[Unit]) -> list[str]:
    out: list[str] = []
    for u in group:
        for e in u.ids:
            if e not in out:
                out.append(e)
    return out


# Particles between a conjunction and its verb: ولم، ولن، ولا، وقد.
VERB_PARTICLES = frozenset(fold(w) for w in "لم لن لا قد".split())


def _meets_alone(actors: ActorIndex, group: list[Unit], end: int) -> bool:
    """True when no one is named after the actors right after a meeting verb (التقى X بـY، مع Y): then X
    is the one met."""
    return not any(actors.unit_at.get(x) is not None for x in range(group[-1].last + 1, min(end, group[-1].last + 6) + 1))


# Verbs that report casualties (قتل، أصيب، لقي مصرعه …), whose plural (قُتلوا، أصيبوا) is as often passive: their
# subject is who died, not who attacked.
CASUALTY_VERBS = frozenset().union(*(verb_forms(v) for v in (
    "قتل|يقتل", "اصيب|يصاب", "جرح|يجرح", "استشهد|يستشهد", "لقي|يلقى", "سقط|يسقط", "توفي|يتوفى")))


def _counted_part(doc: Document, u: Unit) -> bool:
    """True for the group a number or quantity counts (400 من الانفصاليين، عدد من المحتجين): من there is
    partitive, and the counted group is the one acting."""
    toks = doc.tokens
    x = u.first - 1
    if x < 1 or toks[x].norm != "من":
        return False
    return is_count(doc, x - 1) or token_stem(doc, toks[x - 1]) in QUANTIFIERS


def is_count(doc: Document, x: int) -> bool:
    """True when token ``x`` is a number standing alone, in digits or words (29، خمسة), with no proclitic."""
    tok = doc.tokens[x]
    return tok.base_start == tok.start and number_value(tok.norm) is not None


def _counted_group_acts(doc: Document, keys: list[tuple[str, ...]], m: Match, u: Unit) -> bool:
    """True when the counted group ``u`` (400 من الانفصاليين) is the subject of the plural verb at ``m``
    (هاجموا), which a casualty verb never makes it (قتلوا is as often "were killed")."""
    return _counted_part(doc, u) and _plural_verb(keys[m.first], m.rule) and not set(keys[m.first]) & CASUALTY_VERBS


# "Issued" (بيان صادر عن، التقرير الصادر عن), read without the article; and how many words (a day) may stand
# between it and its عن.
ISSUED = frozenset(fold(w) for w in ("صادر", "صادرة"))
_ISSUED_GAP = 4  # صادر اليوم الجمعة 12 ماي عن


def issuer_of_statement(doc: Document, x: int) -> bool:
    """True when token ``x`` follows ``صادر عن`` (في بيان صادر عن وزارة الخارجية), a day between them
    too (بيان صادر اليوم الجمعة عن …): the statement's issuer."""
    toks = doc.tokens
    if x < 2 or toks[x - 1].norm != "عن":
        return False
    return any(bare_stem(doc, toks[y]) in ISSUED for y in range(x - 2, max(-1, x - 2 - _ISSUED_GAP), -1))


# Openers of the other side's turn: من جهته، من جانبه، بدوره.
REPLY_OPENERS = frozenset(fold(w) for w in "جهته جهتها جانبه جانبها بدوره بدورها".split())


def first_unit(actors: ActorIndex, start: int, end: int, gap: int, stop_preps: bool,
                subject: bool = False, stop_comma: bool = False) -> Unit | None:
    """First unit starting in ``[start, start+gap]``; with ``stop_preps``, none after a preposition;
    a ``subject`` is never oblique (governed by a preposition) nor an attribution source."""
    toks, doc = actors.doc.tokens, actors.doc
    # Time expressions do not count towards the gap: دعا X في مداخلة له اليوم الخميس 27 أفريل 2017 Y إلى …
    last = start + gap
    for x in range(start, min(end, start + gap + 12) + 1):
        if x in actors.timex_tokens:
            last += 1
    passed = -1
    for x in range(start, min(end, last) + 1):
        if x <= passed:
            continue
        u = actors.unit_at.get(x)
        if u is not None and u.first in actors.genitives and not subject:
            passed = u.last  # دعا أساتذة جامعة الزيتونة الوزارة: whose the callers are is passed over
            continue
        if u is not None:
            if u.first != x and x != start:
                return None
            if u.first in actors.excluded or (subject and actors.oblique(u)):
                return None
            if subject and u.label == "LOC" and u.kind == "mention" and x - 2 >= start \
                    and all(y not in actors.timex_tokens and toks[y].norm[:1].isalpha() and not has_article(doc, toks[y])
                            for y in (x - 2, x - 1)):
                # دعت إدارة تعليم الطائف: the town completes the unnamed body before it, the subject (one word
                # before it, إمارة عسير، شرطة جدة, is the town's own authority, which the town stands for)
                return None
            if not subject and (actors.locative(u) or _alongside(actors.doc, u.first) or _headed(doc, u.first) or (
                    u.first > 0 and toks[u.first - 1].norm in SEQUENCE_WORDS) or issuer_of_statement(doc, u.first)):
                # في موسكو (where), إلى جانب القوات الحكومية (an ally), سيلتقي بعد ماي (when), في بيان صادر
                # عن وزارة الخارجية (who issues the statement)
                continue
            person = actors.person_after_qualifier(u, end) if subject else None
            return person if person is not None else u  # أدان محافظ محايل عسير محمد المتحمي
        norm = toks[x].norm
        if subject and x == start and bare_stem(doc, toks[x]) in AGENT_HEADS and (
                has_article(doc, toks[x]) or (x + 1 <= end and has_article(doc, toks[x + 1])
                                              and x + 1 not in actors.unit_at)):
            # اتهم الوزير الحكومة السورية، حمل وزير الداخلية حركة حماس …: the subject is the unnamed
            # minister, and the actor named after him the object
            return _title_holder(actors, x, end)
        if stop_preps and (norm in _PREPS_TARGET or token_stem(doc, toks[x]) in _PREPS_TARGET) and not (
                norm == "من" and x > start and token_stem(doc, toks[x - 1]) in QUANTIFIERS):
            return None  # (اعتصم عدد من العاطلين: the group counted is the subject)
        if subject and norm in PREP_PRONOUNS:
            return None
        if subject and norm not in _IN_TURN and prep_clitic(doc, toks[x]):
            return None  # وأشاد بيقظة رجال الأمن: an actor inside a prepositional phrase is no subject
        if norm in _CONTENT_START or norm in ATTRIBUTION:
            return None  # … العدوان الروسي، بحسب البيان الأمريكي: the source of the report is no party
        if stop_comma and norm in COMMAS and x + 1 < len(toks) and (
                toks[x + 1].norm[:1] in ("و", "ف") or toks[x + 1].norm in _CLAUSE_AFTER_COMMA):
            return None
    return None


# How far a title phrase the tagger left unnamed (رئيس الإدارة الاتحادية للرقابة على الدخول) may run before its holder.
TITLE_HOLDER_REACH = 8


def _title_holder(actors: ActorIndex, x: int, end: int) -> Unit | None:
    """The person a title phrase opening at ``x`` runs on into, its holder: ``طالب رئيس الإدارة الاتحادية للرقابة
    على الدخول ريكاردو ايتشيجاراي رئيس لجنة الحكام …``. None when the phrase first reaches anything else (حمل وزير
    الداخلية حركة حماس: the body is the object), punctuation, or a person with a title of his own (اتهم وزير
    الداخلية الرئيس السابق بن علي: the former president is the object)."""
    toks, doc = actors.doc.tokens, actors.doc
    for y in range(x + 1, min(end, x + TITLE_HOLDER_REACH) + 1):
        u = actors.unit_at.get(y)
        if u is not None:
            own_title = bare_stem(doc, toks[y - 1]) in AGENT_HEADS or toks[y - 1].norm in HONORIFICS
            return u if u.first == y and u.kind == "mention" and u.label == "PER" and not own_title else None
        if not toks[y].norm[:1].isalpha() or y in actors.timex_tokens:
            return None
    return None


def passive_agent(actors: ActorIndex, start: int, end: int) -> Unit | None:
    """The actor after ``من قبل`` / ``من طرف`` / ``على يد`` (the doer of a passive or a verbal noun) in
    ``[start, end]``."""
    toks = actors.doc.tokens
    for x in range(start, end):
        if (toks[x].norm == "من" and toks[x + 1].norm in AGENT_MARKERS) or (
                hands_at(toks, x)):
            u = actors.unit_at.get(x + 2)
            if u is None and x + 3 <= end and token_stem(actors.doc, toks[x + 2]) in QUANTIFIERS:
                u = first_unit(actors, x + 3, end + 3, 2, False)  # من قبل عدد/مجموعة من …
            return u if u is not None and u.kind != "country" else None
        if toks[x].norm in CLAUSE_BREAKS:
            return None
    return None


_ALONGSIDE = frozenset(fold(w) for w in "جانب بجانب جنب".split())


# على يد X, على أيدي X (by the hand(s) of): the passive's agent.
HANDS = frozenset(fold(w) for w in "يد أيدي ايدي".split())


def hands_at(toks, x: int) -> bool:
    """True when tokens ``x``, ``x + 1`` are على يد / على أيدي, which names the doer of a passive after it."""
    return x + 1 < len(toks) and toks[x].norm == ON and toks[x + 1].norm in HANDS


_HEAD_OF = fold("رأس")


def _headed(doc: Document, k: int) -> bool:
    """True when token ``k`` follows على رأس: the party the subject heads (زيارة إلى المانية على رأس وفد رسمي),
    its own side, not the one it acts on."""
    toks = doc.tokens
    return k >= 2 and toks[k - 1].norm == _HEAD_OF and toks[k - 2].norm == ON


def _alongside(doc: Document, k: int) -> bool:
    """True for an actor after إلى جانب / بجانب / جنبا إلى جنب مع: fighting beside, not against."""
    toks = doc.tokens
    for x in (k - 1, k - 2):
        if x >= 0 and (toks[x].norm in _ALONGSIDE or token_stem(doc, toks[x]) in _ALONGSIDE):
            return True
    return False


# Nouns of consequence before لـ (نتيجة للاشتباك، تبعا للقرار): the ل names a cause, not a purpose.
_RESULT_WORDS = frozenset(fold(w) for w in "نتيجة ونتيجة نظرا تبعا".split())
# The cared-for whom a visit goes to (قامت اللجنة بزيارة المرضى المنومين): after a visit noun they are visited,
# never the visitors.
_VISITED = frozenset(fold(w) for w in "مرضى جرحى مصابين أيتام مسنين".split())


def _owner_of_place(actors: ActorIndex, u: Unit) -> bool:
    """True for the owner after ل of a place hit (قصف مواقع لحزب العمال، موقعا تابعا لكتائب القسام): the
    one the attack hits, though a preposition governs it."""
    doc, toks = actors.doc, actors.doc.tokens
    if "ل" not in actors.proclitics(u):
        return False
    x = u.first - 1
    if x >= 0 and bare_stem(doc, toks[x]) in ALLEGIANCE_WORDS:
        x -= 1  # موقعا تابعا لكتائب القسام: past the word of belonging
    return x >= 0 and bare_stem(doc, toks[x]) in TARGET_PLACES


# Tokens a phrase set off by commas after a subject may span.
APPOSITION_REACH = 10


def _name_after_title(actors: ActorIndex, group: list[Unit], x: int, end: int) -> Unit | None:
    """The person a lone title unit (no name of its own) is followed by, past honorifics only: the title's
    holder (نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف)."""
    if len(group) != 1 or group[0].kind != "titled" or group[0].label != "PER":
        return None
    toks = actors.doc.tokens
    y = x
    while y <= end and y < x + 5 and (token_stem(actors.doc, toks[y]) in COURTESY or toks[y].norm in HONORIFICS):
        y += 1
    u = actors.unit_at.get(y)
    return u if y > x and u is not None and u.first == y and u.label == "PER" and u.kind == "mention" else None


# "One of" opening a description of the subject (أحد المتحدثين باسم لجنة التحكيم، إحدى قياديات الحركة), and how far
# the body it names may stand.
ONE_OF_REACH = 4


def _past_apposition(actors: ActorIndex, x: int, end: int) -> int:
    """The token after a phrase set off by commas right after a subject (خطفت جبهة النصرة، ذراع تنظيم القاعدة في
    سوريا، خمسة مقاتلين): the phrase describes the subject, and the object comes after it. ``x`` when no such
    phrase starts at ``x`` (one opening on و or a clause word is a clause of its own)."""
    toks = actors.doc.tokens
    if x < end and toks[x].norm in ONE_OF:
        # وانتقد الحكم سيرخيو بيزوتا أحد المتحدثين باسم لجنة التحكيم بعض الصحف: "one of the spokesmen of …", with
        # no comma, describes the subject up to the body it names
        for y in range(x + 1, min(end, x + ONE_OF_REACH) + 1):
            if (u := actors.unit_at.get(y)) is not None:
                return u.last + 1 if u.first == y else x
            if toks[y].norm in COMMAS or toks[y].norm in CLAUSE_BREAKS:
                return x
        return x
    if x >= end or toks[x].norm not in COMMAS or toks[x + 1].norm[:1] in ("و", "ف") \
            or toks[x + 1].norm in _CLAUSE_AFTER_COMMA or x + 1 in actors.unit_at or toks[x + 1].norm == "مع":
        # (اجتمع الأمير محمد بن سلمان، مع رئيس حزب القوات سمير جعجع، …: with whom, not what the subject is)
        return x  # (دعا زعيم تيار المحبة، الهاشمي الحامدي، الباجي قائد السبسي، إلى: an actor there is the object)
    for y in range(x + 2, min(end, x + 1 + APPOSITION_REACH) + 1):
        if toks[y].norm in COMMAS:
            return y + 1
        if toks[y].norm in CLAUSE_BREAKS or toks[y].norm in _CONTENT_START:
            return x
    return x


def _subject_before_apposition(actors: ActorIndex, verb: int, c0: int) -> Unit | None:
    """The actor named right before a phrase set off by commas that ends at the verb (فيديريكا موغيريني، منسقة
    السياسة الخارجية في الاتحاد الأوروبي، ستجري محادثات): the phrase says what the subject is. None when no
    such phrase ends at ``verb``, or when it opens a clause of its own (الذي، و …)."""
    toks = actors.doc.tokens
    end = verb - 1
    if end > c0 and toks[end].norm == _QAD:
        end -= 1  # …، قد التقى
    if end <= c0 or toks[end].norm not in COMMAS:
        return None
    for y in range(end - 2, max(c0, end - 1 - APPOSITION_REACH) - 1, -1):
        w = toks[y].norm
        if w in CLAUSE_BREAKS or w in _CONTENT_START or w in QUOTE_MARKS:
            return None
        if w not in COMMAS:
            continue
        first = toks[y + 1].norm
        if first[:1] in ("و", "ف") or first in _CLAUSE_AFTER_COMMA or _relative(first) \
                or any(_relative(toks[z].norm) or toks[z].norm in _CLAUSE_AFTER_COMMA for z in range(y + 1, end)):
            return None
        if first.endswith("ا") and not first.startswith("ال"):
            return None  # …، رسميا، تعهد: an adverb set off by commas, with the subject after the verb
        u = actors.unit_at.get(y - 1)
        if u is None or u.last != y - 1 or u.kind == "country" or actors.oblique(u) or actors.locative(u) \
                or u.first < c0 or u.first in actors.excluded:
            return None
        # the name opens its clause (or follows إن، أن، كان): a name inside a phrase before (عقب إعلان وفاة
        # زعيمها الملا محمد عمر، …) is no subject
        opens = u.first == c0 or toks[u.first - 1].norm in _CONTENT_START | _THAT_PARTICLES or is_kana(toks[u.first - 1].norm) \
            or toks[u.first - 1].norm in COMMAS and u.first - 1 <= c0
        return u if opens else None
    return None


def _past_description(actors: ActorIndex, subject: Unit, x: int, end: int) -> int:
    """The token after what a named person is, told right after the name with no comma before it (وطالب أوليفيه
    ديبي المصمم البلجيكي اللجنة الأولمبية، دعت هزار الجيناوي الناطقة باسم الحزب الديمقراطي، الدولة): the
    description runs to a comma, else over the definite words and nationalities that make it, and the object
    comes after it. ``x`` when no description starts at ``x``."""
    doc, toks = actors.doc, actors.doc.tokens
    if subject.label != "PER" or subject.kind != "mention" or x >= end or x in actors.unit_at \
            or x in actors.timex_tokens or not definite(doc, toks[x]) or toks[x].base_start != toks[x].start \
            or toks[x].stem_end < toks[x].end or bare_stem(doc, toks[x]) in COLLECTIVE_AGENTS or _relative(toks[x].norm):
        return x
    for y in range(x + 1, min(end, x + APPOSITION_REACH) + 1):
        if toks[y].norm in COMMAS:
            return y + 1
        if toks[y].norm in CLAUSE_BREAKS or toks[y].norm in _CONTENT_START or toks[y].norm[:1] in ("و", "ف"):
            break
    y = x + 1
    while y <= end and ((u := actors.unit_at.get(y)) is not None and u.kind == "country" or y not in actors.unit_at
                        and definite(doc, toks[y]) and toks[y].base_start == toks[y].start):
        y = u.last + 1 if u is not None else y + 1
    return y if y <= end and y in actors.unit_at else x


def direct_object(actors: ActorIndex, start: int, end: int) -> Unit | None:
    """The first actor in ``[start, end]`` that no preposition governs, before any clause boundary."""
    toks = actors.doc.tokens
    for x in range(start, end + 1):
        u = actors.unit_at.get(x)
        if u is not None and u.first == x and not actors.oblique(u) and not actors.locative(u) \
                and u.first not in actors.excluded:
            return u
        if toks[x].norm in _CONTENT_START or toks[x].norm in CLAUSE_BREAKS:
            return None
    return None


def group_ids(actors: ActorIndex, u: Unit | None, end: int) -> list[str]:
    """Entity ids of ``u`` and the actors coordinated with it up to ``end`` (السعودية ومصر والإمارات)."""
    return _ids(_group_from(actors, u, end)) if u is not None else []


def assign_roles(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match,
                 c0: int, c1: int, prev: Event | None = None,
                 topic: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Source and target entity ids of a trigger within clause tokens ``[c0, c1]``."""
    toks = doc.tokens
    rule = m.rule
    # بين X و Y: the first named is the source (for events that have two sides). A framed noun with the
    # subject's pronoun (أبدت روسيا استعدادها للوساطة بين السعودية وإيران) is the subject's: بين names its target.
    own = rule.framed and toks[m.last].stem_end < toks[m.last].end
    between = (rule.plover in BETWEEN_CODES or rule.cameo.startswith("057")) and not own  # 057: a signing
    for x in range(m.last + 1, min(c1, m.last + 8) + 1 if between else m.last + 1):
        if toks[x].norm in COMMAS:
            break
        if (w := actors.unit_at.get(x)) is not None and not (w.kind == "country" or actors.locative(w)):
            break  # (اللقاء الذي جمع في العاصمة الإماراتية بين …: where it was held is none of the sides)
        if toks[x].norm == "بين":
            u = first_unit(actors, x + 1, c1, 4, False)
            if u is not None:
                group = _group_from(actors, u, c1)
                if len(group) == 1:
                    # بين قوات الأمن التي استعملت الغاز، ومحتجين: the second side after a relative clause
                    other = _conjoined_after(actors, u.last + 1, min(c1, u.last + 14))
                    group += [other] if other is not None else []
                return _ids(group[:1]), _ids(group[1:])
    # Passive with its agent: على يد X.
    for x in range(m.last + 1, min(c1, m.last + 8)):
        if x + 1 <= c1 and hands_at(toks, x):
            u = first_unit(actors, x + 2, c1, 2, False)
            if u is not None:
                tgt = first_unit(actors, m.last + 1, x - 1, 3, False)
                if tgt is None and m.first > c0:
                    # القيادي ابو حمزة السنحاني و 12 من مرافقيه قتلوا على يد …: the passive's subject before it,
                    # in the same clause (not the speaker before إن: قال مارك رولي إن ثلاثة قتلوا على يد …)
                    tgt = nearest_unit_before(actors, c0, m.first - 1, places=False)
                    if tgt is not None and any(toks[y].norm in _THAT_PARTICLES or toks[y].norm in PRONOUN_THAT
                                               or toks[y].norm in COMMAS for y in range(tgt.last + 1, m.first)):
                        tgt = None
                    tgt = _group_ending(actors, tgt, c0)[0] if tgt is not None else None
                return group_ids(actors, u, c1), [e for e in group_ids(actors, tgt, c1) if e not in u.ids]
    before = None
    reach = 4 if rule.verbal else ACTOR_REACH
    # وفي محافظة شيرناك الحدودية مع سوريا والعراق، قتل أربعة عناصر: a clause opening on a prepositional phrase
    # set off by a comma names no subject in it
    fronted = rule.verbal and m.first > c0 and token_stem(doc, toks[c0]) in PREPOSITIONS and not (
        # من جانبه معتمد الجهة منير الغريبي، استقبل …: "for his part" fronts no phrase; the subject is before the comma
        c0 + 1 < m.first and toks[c0 + 1].norm.lstrip("و") in REPLY_OPENERS)
    # وفي هجومين منفصلين بإقليمي فان واغري قتل المتمردون: with no comma to close it, the fronted phrase runs up to
    # the verb, and a place in it is where, though no preposition governs it directly
    open_front = fronted and not any(toks[x].norm in COMMAS for x in range(c0, m.first))
    x, floor = m.first, m.first - reach
    while x - 1 >= max(c0, floor):
        x -= 1
        if fronted and toks[x].norm in COMMAS:
            break
        if x in actors.timex_tokens and not rule.verbal:
            floor -= 1  # تمكنت نهاية الأسبوع الماضي من إيقاف: a time uses up no reach of a noun either
        elif _dated_aside(actors, x, m.first):
            floor -= 1  # أعلنت حركة النهضة، مساء الثلاثاء في بيان لها، رفضها: an aside uses up no reach
        u = actors.unit_at.get(x)
        if u is not None and u.first < x and actors.oblique(u) and actors.locative(u):
            # قررت النقابة الأساسية بمستشفى ابن الجزار بالقيروان تأجيل الإضراب: the words of where the subject
            # is do not use up the reach the subject is looked for in (the unit is still read at its first word)
            floor -= x - u.first
            x = u.first + 1
            continue
        if u is not None and not rule.verbal and _accusative_plural(doc, u) and not (
                u.first > 0 and token_stem(doc, toks[u.first - 1]) in _THAT_PARTICLES):
            # قتل مسلحون خمسة مدنيين في هجوم: the verb's object holds no attack of its own (after أن the
            # accusative is the subject: أن مسلحين استخدموا القنابل في الهجوم)
            continue
        if u is not None and rule.verbal and (actors.locative(u) or (open_front and u.label == "LOC")):
            continue  # حملتها … بمدينة نيويورك، دعت: where the clause before happened does not act
        if u is not None and u.label == "LOC" and actors.proclitics(u).startswith("و") and (
                (head := _group_ending(actors, u, c0)[0]) is not u) and head.label == "LOC" and actors.locative(head):
            continue  # من كليات الطب بتونس وسوسة وصفاقس مسيرة: the places joined to one a preposition governs are where
        if u is not None and u.first not in actors.excluded and u.first not in actors.genitives and (not actors.oblique(u) or (
                rule.verbal and _counted_group_acts(doc, keys, m, u))):
            if rule.verbal and u.kind == "country":
                break  # أي طرف ليبي … وترحب: the adjective's noun, not the country, is the subject
            before = u
            break
        if not rule.verbal and toks[x].norm in THAT_IS:
            break  # …، وذلك خلال لقائه نظيره: what وذلك places belongs to the whole clause before, held by its subject
        if toks[x].norm in ("ان", "أن", "إن", ":", "«") or toks[x].norm in CLAUSE_BREAKS or (
                x == m.first - 1 and toks[x].norm in ('"', "“")):
            break  # (قال رامي عبد الرحمن "خطفت جبهة النصرة …": the speaker before the quotation is not its doer)
    # SVO when an actor sits right before the trigger (روسيا نفت، روسيا قد اتهمت).
    close_before = before is not None and (before.last == m.first - 1 or (
        before.last == m.first - 2 and (rule.verbal or toks[m.first - 1].norm in COMMAS)) or (
        # تلقى السبسي مساء اليوم مكالمة هاتفية، تلقى الملك سلمان - حفظه الله - اتصالا: only a time
        # expression or an invocation stands between them.
        before.last < m.first - 1 and all(x in actors.timex_tokens or toks[x].norm in _TRANSPARENT
                                          for x in range(before.last + 1, m.first))) or (
        # أن ترامب كان قد التقى ميركل: كان قد between the subject and its verb
        rule.verbal and before.last < m.first - 1 and all(is_kana(toks[x].norm) or toks[x].norm == _QAD
                                                          for x in range(before.last + 1, m.first))) or (
        # أعلنت النقابة عن تنفيذ إضراب، قرر الشباب الدخول في اعتصام: the subject carries out what it announced
        not rule.verbal and toks[m.first - 1].norm in _CARRYING_OUT_LINKS and before.last < m.first - 1
        and any(toks[x].norm in _CARRYING_OUT for x in range(before.last + 1, m.first))
        and all(toks[x].norm in _CARRYING_OUT_LINKS for x in range(before.last + 1, m.first))))
    if not close_before and (rule.verbal or (m.first - 1 > c0 and any(
            k in SUPPORT_VERBS for k in keys[m.first - 1]))) and (
            apposed := _subject_before_apposition(actors, m.first if rule.verbal else m.first - 1, c0)) is not None:
        # موغيريني، منسقة السياسة الخارجية في الاتحاد الأوروبي، التقت … (ستجري محادثات): the subject before what
        # it is, right before the verb (or the support verb of a noun)
        before, close_before = apposed, True
    waw = toks[m.first].norm[:1] in ("و", "ف") or (
        # ولم تقصف تركيا …: the conjunction sits on the particle before the verb.
        m.first > c0 and toks[m.first - 1].norm[:1] in ("و", "ف") and toks[m.first - 1].norm[1:] in VERB_PARTICLES)
    if rule.verbal and m.first > c0 and (_relative(toks[m.first - 1].norm) or (
            m.first - 2 >= c0 and _relative(toks[m.first - 2].norm) and toks[m.first - 1].norm in KANA)):
        # اللغم الذي كان يستهدف قوات الأمن: the antecedent is the subject, what follows the object.
        rel = m.first - 1 if _relative(toks[m.first - 1].norm) else m.first - 2
        ante = actors.unit_at.get(rel - 1)
        if ante is None and rel >= 2 and toks[rel - 1].norm in COMMAS:
            ante = actors.unit_at.get(rel - 2)  # وقال رينزي، الذي التقى الرئيس عباس: the name before the comma
        if m.last + 2 <= c1 and toks[m.last + 1].norm in PREP_PRONOUNS and (
                doer := _doer_after(actors, m.last + 2, c1)) is not None and rule.plover not in MATERIAL_CODES:
            # اجتماع اللجنة الفنية، والذي دعت إليه الأمانة العامة: the pronoun after the verb takes up the
            # antecedent, and the actor after it does the act
            return group_ids(actors, doer, c1), []
        if rule.cameo.startswith("1823") and rule.kind == "w":
            # رجال الأمن الذين استشهدوا: the ones killed are the antecedent, the doer is not named here
            return [], (_ids([ante]) if ante is not None and ante.kind != "country" else [])
        if m.last + 1 <= c1 and toks[m.last + 1].norm in PREP_PRONOUNS:
            # سربرينتشا التي قتل فيها أكثر من ثمانية آلاف: the pronoun makes the antecedent where, not who
            return [], []
        tgt = first_unit(actors, m.first + 1, c1, ACTOR_REACH, False, stop_comma=True)
        trig = toks[m.first]
        if trig.stem_end < trig.end and tgt is not None and ante is not None and ante.kind != "country":
            # بيليتي الذي أوقفه الاتحاد الإفريقي: the verb's pronoun is the antecedent, its object; the actor
            # after it does the act.
            return group_ids(actors, tgt, c1), _ids([ante])
        return (_ids([ante]) if ante is not None and ante.kind != "country" else []), group_ids(actors, tgt, c1)
    if rule.part:
        # مطالبا المسؤولين الأوروبيين بتقديم الدعم: the participle's subject is the clause's; with none named,
        # the actor right before it is the main verb's object (انتقد الحزب الحكومة متهما إياها), not its subject.
        tgt = first_unit(actors, m.first + 1, c1, ACTOR_REACH, False, stop_comma=True)
        return list(topic or []), group_ids(actors, tgt, c1)
    if rule.kind == "v" and rule.plover in ("ASSAULT", "COERCE") and m.first > c0 \
            and toks[m.first - 1].norm in _NOUN_GOVERNORS and toks[m.first].base_start == toks[m.first].start:
        # أقدم على قتل كل من محمد وعلي: after a preposition the word is the verbal noun, and the ones named after
        # it were killed; the doer is the clause's subject, when one is named before it
        tgt = first_unit(actors, m.last + 1, c1, 2, False, stop_comma=True)
        # the verb of undertaking within four words before the preposition (أقدم الجاني على، أن تكف تركيا عن،
        # نجحت قوة خاصة من الحشد الشعبي من); without one, who is named before did not kill (قال المرصد … عن قتل X)
        governor = next((x for x in range(m.first - 2, max(c0, m.first - 6) - 1, -1)
                         if any(k in _UNDERTOOK for k in keys[x])), None)
        doer = None if governor is None else nearest_unit_before(actors, governor + 1, m.first - 2, places=False) or (
            # قوة خاصة … توغلت ونجحت من قتل: a verb joined by و shares the subject before it
            nearest_unit_before(actors, c0, governor - 1, places=False) if toks[governor].norm.startswith("و") else None)
        source = _ids(_group_ending(actors, doer, c0)) if doer is not None else []
        return source, [e for e in group_ids(actors, tgt, c1) if e not in source]
    if rule.verbal and m.first > c0 and toks[m.first - 1].norm in _OPENING_QUOTES and any(
            k.startswith("ا") and len(k) > 3 and "ي" + k[1:] in rule.words[0] and k + "ت" not in rule.words[0]
            for k in keys[m.first][:2]):
        # أكد في برقية للرئيس المنتخب "أهنئ الرئيس الأميركي المنتخب دونالد ترامب": a quote opening on a verb
        # in the first person is the speaker's own act; who follows is its object. (A past that reads the same,
        # "استهدف سلاح الجو …، أعلن", has its feminine استهدفت among the forms: no first person.)
        tgt = first_unit(actors, m.first + 1, c1, ACTOR_REACH, False, stop_comma=True)
        return list(topic or []), [e for e in group_ids(actors, tgt, c1) if e not in (topic or [])]
    pronoun_subject = rule.verbal and rule.plover != "ASSAULT" and _plural_verb(keys[m.first], rule) and (
        m.first == c0 or toks[m.first - 1].norm in CLAUSE_OPENERS)
    kana = actors.kana_subject(m.first, c0) if rule.verbal else None
    if kana is not None:
        # وكان الجيش الروسي، الذي …، قد قصف مواقع: the subject of كان, past its apposition.
        tgt = first_unit(actors, m.first + 1, c1, ACTOR_REACH, False, stop_comma=True)
        x = m.first + 1
        while x <= c1 and x in actors.timex_tokens:
            x += 1
        if rule.plover == "COERCE" and (x > c1 or (
                not any(actors.unit_at.get(y) is not None for y in range(x, min(c1, x + 2) + 1))
                and not is_count(doc, x) and not toks[x].norm.endswith("ا"))):
            # وكان مهدي بن نصر قد اعتقل عام 2008 في إيطاليا: with no one after it the verb is passive, and
            # كان's subject is the one arrested
            return [], _ids(_group_from(actors, kana, m.first - 1))
        return _ids(_group_from(actors, kana, m.first - 1)), group_ids(actors, tgt, c1)
    if (exchange := received_from(actors, m.last + 1, c1)) is not None:
        # خطاب شكر تلقاه الوزير من الأمير، برقية تهنئة تلقاها الرئيس من نظيره: the sender acts on the receiver
        # (شكر, which reads as a verb too, is the noun the pronoun takes up)
        return group_ids(actors, exchange[1], c1), [e for e in group_ids(actors, exchange[0], c1)
                                                  if e not in exchange[1].ids]
    if (given := _with_help_of(actors, m, c0, c1)) is not None:  # (ب never attaches to a verb)
        # يواصل مقاتلون محليون بدعم من الحكومة …: the one after من gives, the one before receives
        source = group_ids(actors, given[0], c1)
        return source, [e for e in (_ids(_group_ending(actors, given[1], c0)) if given[1] else []) if e not in source]
    if rule.verbal and rule.plover == "REQUEST" and m.last + 2 <= c1 and toks[m.last + 1].norm in _TO_IT \
            and (doer := first_unit(actors, m.last + 2, c1, 3, True, subject=True)) is not None:
        # اجتماع طارئ لبلدية بيروت دعا إليه رئيس بلديتها: the pronoun after the verb takes up what was called for,
        # and the actor after it calls (as after الذي, above); the noun's owner before it is no one called on
        return group_ids(actors, doer, c1), []
    if rule.verbal:
        subj_after = first_unit(actors, m.first + 1, c1, 2, True, subject=True)
        if subj_after is not None and disagrees(doc, m, subj_after):
            # وطالب الحكومة بـ …: a masculine verb right before a feminine noun (which as its subject would make
            # it طالبت) has it for object; the subject is in the verb (the one the sentence before was about)
            subj_after = None
        if pronoun_subject or (before is not None and _counted_group_acts(doc, keys, m, before)):
            # اتهموا القوات الأوكرانية، 400 من الانفصاليين … هاجموا القوات الحكومية: the plural verb holds its
            # subject; what follows is the object
            subj_after = None
        if subj_after is not None and _accusative_plural(doc, subj_after) and not (
                rule.plover not in ("ASSAULT", "COERCE") and subj_after.first > m.last + 1
                and token_stem(doc, toks[subj_after.first - 1]) in QUANTITIES):
            # استهدفت المتمردين: -ين marks an object, a subject would be -ون; but تظاهر آلاف المواطنين counts
            # its subject, a genitive after the number (قتل عشرات المدنيين counts the victims)
            subj_after = None
        if subj_after is not None and subj_after.first - 1 > m.last \
                and bare_stem(doc, toks[subj_after.first - 1]) in TARGET_PLACES:
            subj_after = None  # استهدفت مواقع داعش: the owner of the place hit is no subject
        if subj_after is None and not pronoun_subject and rule.plover not in ("ASSAULT", "COERCE"):
            # اعتصم عدد من العاطلين (استشهاد عدد من رجال الأمن counts the victims, not the doers)
            subj_after = _counted_group(actors, m.first + 1, c1)
        if m.first > c0 and toks[m.first - 1].norm in PRONOUN_THAT and topic:
            # أنه يزور أوجلان: the subject is the pronoun (the speaker or topic); what follows is the target.
            tgt = first_unit(actors, m.first + 1, c1, ACTOR_REACH, False, stop_comma=True)
            return list(topic), group_ids(actors, tgt, c1)
        if rule.plover == "REQUEST" and subj_after is not None and subj_after.first == m.last + 2 \
                and toks[m.last + 1].norm in _OPENING_QUOTES \
                and (subj_after.last + 1 > c1 or toks[subj_after.last + 1].norm not in QUOTE_MARKS):
            # كما طالبت "الحكومة وكل الدوائر ذات الصلة بالتدخل …": the quotation opens on what is asked, its first
            # actor the one asked; a name quoted alone (وطالب "الفيفي" الجهات) is still the subject
            subj_after = None
        if subj_after is not None and subj_after.kind == "country":
            subj_after = None  # a bare nationality adjective qualifies a noun that is no actor
        if subj_after is not None and waw and prev is not None and prev.code == rule.plover == "REQUEST" \
                and prev.source and call_complement(doc, _group_from(actors, subj_after, c1)[-1].last + 1, c1):
            # دعا X حزب العمال إلى … وحث الحكومة على …: the second call has the first one's caller.
            source, tstart = list(prev.source), m.first + 1
        elif subj_after is not None and waw and prev is not None and prev.code == rule.plover == "CONSULT" \
                and prev.source and (before is None or set(before.ids) & set(prev.target)) and _meets_alone(actors, _group_from(actors, subj_after, c1), c1):
            # زار لودريان تونس والتقى الرئيس قيس سعيد: the second verb shares the visitor; who follows is met.
            source, tstart = list(prev.source), m.first + 1
        elif subj_after is not None and close_before and subj_after.first == m.last + 1 \
                and toks[m.last].stem_end < toks[m.last].end and rule.kind != "p":
            # مقاتلين تدعمهم الولايات المتحدة: the pronoun on the verb takes up the noun before it (a relative
            # clause with no الذي), and the name right after is the subject
            return _ids(_group_from(actors, subj_after, c1)), _ids(_group_ending(actors, before, c0))
        elif subj_after is not None and (not close_before or (waw and subj_after.first == m.first + 1)):
            src_group = _group_from(actors, subj_after, c1)
            source = _ids(src_group)
            tstart = _past_apposition(actors, src_group[-1].last + 1, c1)
            # استقبل خادم الحرمين الشريفين الملك سلمان … وزير الخارجية: the subject named again right after its
            # title is no object
            while src_group[0].first > m.last and (same := actors.unit_at.get(tstart)) is not None \
                    and same.first == tstart and same.ids and set(same.ids) <= set(source):
                tstart = same.last + 1
            if tstart == src_group[-1].last + 1:
                tstart = _past_description(actors, src_group[-1], tstart, c1)
            named = _name_after_title(actors, src_group, tstart, c1) if src_group[0].first > m.last else None
            if named is not None:
                # استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف …: the title's holder,
                # named after it past honorifics, is the subject, not the one received
                source, tstart = _ids([named]), named.last + 1
        elif waw and prev is not None and prev.source and (
                before is None or set(before.ids) & set(prev.target)
                or (before.label == "LOC" and before.kind == "mention"
                    and not country_key(doc.text[before.start:toks[before.last].end]))
                # وافق الأردن على استقبال جرحى يمنيين مدنيين وتعهد …: an unnamed group inside the first verb's
                # phrase is what it was about
                or (before.kind in ("collective", "nominal")
                    and before.first > actors.token_range(prev.trigger.start, prev.trigger.end)[1])):
            # زار ترامب الرياض واجتمع …: a second verb shares the first one's subject.
            source, tstart = list(prev.source), m.first + 1
        elif close_before:
            source, tstart = _ids(_group_ending(actors, before, c0)), m.first + 1
        elif before is not None:
            source, tstart = _ids(_group_ending(actors, before, c0)), m.first + 1
        else:
            source, tstart = (list(topic) if pronoun_subject and topic else []), m.first + 1
        t0 = max(tstart, m.first + 1)
        tgt = first_unit(actors, t0, c1, ACTOR_REACH, False, stop_comma=True)
        if tgt is not None and source and tgt.first == t0 + 1 and bare_stem(doc, toks[t0]) in KIN \
                and toks[t0].base_start == toks[t0].start:
            # دعت بسمة الخلفاوي أرملة شكري بلعيد الإعلامي معز بن غربية إلى: whose widow the subject is describes
            # her; the one called on follows
            tgt = first_unit(actors, tgt.last + 1, c1, ACTOR_REACH, False, stop_comma=True)
        if tgt is not None and subj_after is not None and source and tgt.first == tstart and tgt.last + 1 <= c1 \
                and subj_after.kind in ("collective", "nominal") and not actors.proclitics(tgt) \
                and not has_article(doc, toks[subj_after.last]) and has_article(doc, toks[tgt.first]):
            # دعا نشطاء المجتمع المدني الرئيس …: a subject noun without the article heads a genitive, which
            # is its own side, not the one it addresses
            tgt = first_unit(actors, tgt.last + 1, c1, ACTOR_REACH, False, stop_comma=True)
        if tgt is None and source and t0 <= c1 and (actors.is_head(t0) or rule.plover == "CONSULT"):
            # دعا دمرداش زعيم حزب الشعوب … في تركيا أمس حزب العمال: the object follows the subject's title;
            # التقى البريكي، اليوم الإربعاء بمقر الوزارة، أستاذي القانون الصادق بلعيد: the one met may
            # follow a date, a place and a title.
            tgt = direct_object(actors, t0, min(c1, t0 + 2 * ACTOR_REACH))
        asked_of = tgt is not None and rule.verbal and rule.plover == "REQUEST" and tgt.first - 1 == t0 \
            and toks[t0].norm == "من" and toks[tgt.first].base_start == toks[tgt.first].start
        if tgt is not None and actors.oblique(tgt) and not rule.prep and not _owner_of_place(actors, tgt) \
                and not asked_of:
            # دعا X (… الموالي للأكراد …) حزب العمال: a direct object beats a prepositional phrase (not the one
            # asked right after من: طلب الجبوري من الأردن بذل مساعيه لدى أنقرة. A من further on is no
            # addressee: طالب الجيلاني الهمامي من الجبهة الشعبية names the member's party).
            direct = direct_object(actors, tgt.last + 1, min(c1, max(tstart, m.first + 1) + ACTOR_REACH))
            tgt = direct or tgt
        target = group_ids(actors, tgt, c1)
        trig = toks[m.first]
        if waw and prev is not None and prev.target and trig.stem_end < trig.end and source == prev.source and (
                not target or (tgt is not None and actors.oblique(tgt))):
            # وطالبتها (بوقف دعمها لمتشددين): the object pronoun points back to the previous target; an actor
            # in a prepositional phrase after it belongs to what is asked.
            target = list(prev.target)
    else:
        possessor = first_unit(actors, m.last + 1, c1, 1, True, subject=True)
        place_owner = None
        if possessor is not None and possessor.first == m.last + 2 and rule.plover == "ASSAULT" \
                and bare_stem(doc, toks[m.last + 1]) in TARGET_PLACES:
            # تفجير مسجد قوات الطوارئ، مهاجمة المواقع الروسية: the owner of the place attacked is hit,
            # not hitting.
            place_owner, possessor = possessor, None
        if possessor is not None and rule.kind == "p" and toks[m.last].norm in PREPOSITIONS:
            # تضامنه الكلي مع القضية الفلسطينية: after a phrase ending in a preposition comes its object (the
            # nationality adjective there is no doer)
            possessor = None
        if possessor is not None and possessor.first == m.last + 1 and possessor.kind != "country" \
                and definite(doc, toks[m.last]):
            # استهدفت الغارات المتمردين: a noun with the article heads no genitive, so the actor after
            # it is no possessor (the verb's object, here); a nationality adjective (العدوان الروسي) is.
            possessor = None
        # (The tokenizer leaves ه on words it does not know; a framed phrase lists its suffixed forms.)
        suffixed = has_pronoun_suffix(doc, keys, m.last) or (
            rule.framed and len(toks[m.last].norm) > 4 and toks[m.last].norm.endswith(_RESUMPTIVE))
        if suffixed:
            # امتنانه لقطر، زيارته لتونس: the pronoun is the possessor, so what follows is no possessor.
            possessor = None
        if possessor is None and not suffixed:  # اجتماع لمجموعة الاتصال: ل marks a possessor too
            u = actors.unit_at.get(m.last + 1)
            tok = toks[m.last + 1] if m.last + 1 <= c1 else None
            if u is None and tok is not None and m.last + 2 <= c1 and bare_stem(doc, tok) in DESCRIPTORS:
                u = actors.unit_at.get(m.last + 2)  # هجوم لتنظيم داعش: the descriptor stays outside the name
                u = u if u is not None and u.first == m.last + 2 else None
            if u is not None and tok is not None and doc.text[tok.start:tok.base_start].endswith("ل") \
                    and not (rule.cameo.startswith("042") and (u.label != "PER" or all(
                        is_city(doc, e) or stands_for_state(doc, e) for e in u.ids))):
                # (زيارة لمصر، زيارة للخطوط السعودية: ل marks where a visit goes, not whose it is; a person after it
                # is whose visit it is: زيارة للرئيس النيجيري)
                possessor = u
        supported = close_before or _support_before(doc, keys, m.first, c0) or voiced_stance(doc, keys, m.first, c0)
        after_poss = possessor.last + 1 if possessor is not None else m.last + 1
        prep_tgt = first_unit(actors, after_poss, c1, ACTOR_REACH, False, stop_comma=True)
        if possessor is not None and possessor.kind == "country" and possessor.first == m.last + 1 \
                and rule.plover in MATERIAL_CODES and not rule.genitive_target and definite(doc, toks[m.last]):
            # أدانت كردستان القصف التركي على قرية: the nationality adjective of an act with the article names
            # its doer, whoever frames it
            source = group_ids(actors, possessor, c1)
            return source, [e for e in group_ids(actors, prep_tgt, c1) if e not in source]
        # لزيارة القوات الأمريكية: ل of purpose; after نتيجة it is the cause (نتيجة للاشتباك), not what is sought.
        purpose = "ل" in doc.text[toks[m.first].start:toks[m.first].base_start] and not (
            m.first > c0 and toks[m.first - 1].norm in _RESULT_WORDS)
        passive = passive_before(actors, m.first, c0)
        owner = had_by(actors, m.first, c0)
        if owner is not None:
            # كان للرئيس لقاءات مع المستشارة ميركل: the one who had the meetings holds them.
            after = first_unit(actors, m.last + 1, c1, ACTOR_REACH, False, stop_comma=True)
            source = group_ids(actors, owner, c1)
            return source, [e for e in group_ids(actors, after, c1) if e not in source]
        # (زيارة يقوم بها الرئيس أوباما لكينيا: the one who undertakes it does it, like a relative clause's doer)
        doer = relative_clause_doer(actors, keys, _past_adjective(actors, m.last + 1, c1), c1) \
            or _undertaken_by(actors, m.last + 1, c1)
        if doer is not None:
            # الهجوم الذي شنته مجموعة مسلحة على فندق: the relative clause names the doer (and the ones
            # coordinated with it: الحصار الذي فرضته السعودية والإمارات والبحرين على قطر).
            doers = _group_from(actors, doer, c1)
            after = first_unit(actors, doers[-1].last + 1, c1, ACTOR_REACH, False, stop_comma=True)
            source = _ids(doers)
            return source, [e for e in group_ids(actors, after, c1) if e not in source]
        if rule.plover in MATERIAL_CODES and (doer := resumptive_doer(actors, keys, m.last + 1, c1)) is not None:
            # أول هجوم كبير يشنه المتمردون، مسيرة نظمها الاتحاد: the clause after an indefinite noun names its
            # doer as the relative clause does, whoever the sentence was about before
            source = group_ids(actors, doer, c1)
            x = doer.last + 1
            if x + 1 <= c1 and toks[x].norm in COMMAS and toks[x + 1].norm in _AIMED_AT:
                x += 1  # هجوم شنه إرهابيون، على سيارة للشرطة: a comma before what is aimed at
            after = None if rule.plover == "PROTEST" or (x <= c1 and toks[x].norm in LED_BY) else \
                first_unit(actors, x, c1, ACTOR_REACH, False, stop_comma=True)  # التحالف بقيادة السعودية: its leader
            return source, [e for e in group_ids(actors, after, c1) if e not in source]
        visited = rule.plover == "CONSULT" and possessor is not None and possessor.kind != "mention" \
            and bare_stem(doc, toks[possessor.first]) in _VISITED
        if passive:
            # تم إطلاق سراح X: X underwent it, the doer is not named, or is after من قبل / من طرف (تم القبض على 3
            # عناصر … من قبل الإدارة الفرعية للقضايا الإجرامية)
            agent = passive_agent(actors, m.last + 1, c1)
            source = group_ids(actors, agent, c1) if agent is not None else []
            target = [e for e in group_ids(actors, possessor, c1) or group_ids(actors, prep_tgt, c1) if e not in source]
        elif rule.genitive_target or visited or (purpose and (topic or before is not None)):
            # لزيارة القوات الأمريكية: the genitive is visited; the clause's subject visits.
            verb_subject = _support_verb_subject(actors, keys, m.first, c0)
            beneficiary = _lam_object(actors, possessor.last + 1, c1) if possessor is not None else None
            trig = toks[m.first]
            if rule.genitive_target and possessor is None and trig.stem_end < trig.end:
                # أكد ترامب … دعمه الكامل لروسيا: the pronoun is the giver (the clause's subject)
                # and the لـ object the receiver.
                receiver = _lam_object(actors, m.last + 1, c1) or _lam_object(actors, m.last + 2, c1)
                giver = verb_subject or (None if before is None else before)
                if receiver is not None and (giver is not None or topic):
                    source = _ids(_group_ending(actors, giver, c0)) if giver is not None else list(topic)
                    return source, [e for e in group_ids(actors, receiver, c1) if e not in source]
            if rule.genitive_target and possessor is not None and beneficiary is not None:
                # دعم طهران لنظام الأسد، دعم حكومة الولايات المتحدة لروسيا: with a لـ object, the
                # genitive gives and the لـ object receives.
                source, target = group_ids(actors, possessor, c1), group_ids(actors, beneficiary, c1)
                return source, target
            if verb_subject is not None:
                source = _ids(_group_from(actors, verb_subject, m.first - 1))
            elif before is not None and (supported or purpose):
                source = _ids(_group_ending(actors, before, c0))
            else:
                source = list(topic) if purpose and topic else []
            target = group_ids(actors, possessor, c1) or group_ids(actors, prep_tgt, c1)
        elif (verb_subject := _support_verb_subject(actors, keys, m.first, c0)) is not None:
            # اختتمت لجنة الأمم المتحدة … زيارة: the support verb's subject after it (VSO).
            source = _ids(_group_from(actors, verb_subject, m.first - 1))
            target = group_ids(actors, possessor, c1) or group_ids(actors, prep_tgt, c1)
        elif before is not None and supported:
            source = _ids(_group_ending(actors, before, c0))
            target = group_ids(actors, possessor, c1) or group_ids(actors, prep_tgt, c1)
        elif possessor is not None and not (rule.plover in RECIPROCAL and (rule.framed or _framed(doc, m, keys)) and topic):
            source, target = group_ids(actors, possessor, c1), group_ids(actors, prep_tgt, c1)
        elif before is not None and (rule.framed or _framed(doc, m, keys)) and not rule.genitive_target:
            # تمكنت المقاومة الشعبية عقب مواجهات مع …: the clause's subject holds the event.
            source = _ids(_group_ending(actors, before, c0))
            target = group_ids(actors, possessor, c1) or group_ids(actors, prep_tgt, c1)
        elif topic and (rule.framed or _framed(doc, m, keys)) and not (
                rule.plover == "ASSAULT" and m.first > c0 and toks[m.first - 1].norm == "في"):
            # خلال مكالمة هاتفية مع نظيره، عقب اجتماعها بالرئيس: the clause's subject holds the event (not one
            # an attack is told in: أعلنت الشرطة أن عدد القتلى في هجوم إرهابي ارتفع)
            source = list(topic)
            target = group_ids(actors, possessor, c1) or group_ids(actors, prep_tgt, c1)
            if not target:
                nxt = first_unit(actors, m.last + 1, c1, 3, False)
                target = group_ids(actors, nxt, c1)
        else:
            source, target = [], []
        if rule.plover in ADDRESSED_CODES and possessor is not None and not passive and (
                addressee := _lam_object(actors, possessor.last + 1, c1)) is not None:
            # مطالبة الحكومة الفلسطينية للمجتمع الدولي بتوفير الحماية، اتهام الحكومة للمعارضة بـ …: the
            # genitive makes the demand (or charge), the لـ object is the one it is addressed to.
            target = [e for e in group_ids(actors, addressee, c1) if e not in possessor.ids]
            if not source:
                source = group_ids(actors, possessor, c1)
            source = source if set(source).isdisjoint(target) else group_ids(actors, possessor, c1)
        if not source:
            doer = resumptive_doer(actors, keys, m.last + 1, c1)
            if doer is not None:
                source = group_ids(actors, doer, c1)
        if place_owner is not None:
            source = [e for e in source if e not in place_owner.ids]
            target = target or group_ids(actors, place_owner, c1)
    if not target and before is not None and rule.plover in RECIPROCAL:
        group = _group_ending(actors, before, c0)
        if len(group) > 1 and _ids(group) == source:
            return _ids(group[:1]), _ids(group[1:])
    return source, target


def call_complement(doc: Document, k: int, c1: int) -> bool:
    """Token ``k`` opens what a call asks for: على/إلى + a noun, or بـ + a noun (حث الحكومة على بدء …)."""
    if k > c1:
        return False
    tok = doc.tokens[k]
    if tok.norm in ("علي", "الي") and k + 1 <= c1:
        return True
    if tok.base_start == tok.start and tok.norm[:1] == "ب" and len(tok.norm) > 4:
        # بمتابعة left whole by the tokenizer: ب + a noun when the noun alone is the commoner word
        freq = word_frequencies()
        return freq.count_folded(tok.norm[1:]) >= 2 * freq.count_folded(tok.norm)
    return doc.text[tok.start:tok.base_start] == "ب" and tok.end - tok.base_start > 2


# Words that count or gather an addressee group: كافة الهياكل النقابية، جميع الأطراف، أصحاب المخابز.
GATHERING_QUANTIFIERS = frozenset(fold(w) for w in "كافة كل جميع مختلف عموم".split())
# Verbal-noun patterns that name an act, not a group: مفاعلة (المواصلة، المشاركة)، استفعال (الاستمرار).
_VERBAL_NOUN = re.compile(r"م.ا..ه|است..ا.")
# After a verb whose doer goes on from before, more verbal-noun patterns open what is asked: تفاعل (التعامل،
# التعاون), تفعيل (التطبيق), افتعال (الاحترام).
_DROPPED_VERBAL_NOUN = re.compile(r"ت.ا..|ت..ي.|ا..ا..")
# A post or "the official": the one going on named again, not one asked (وطالب المسؤول النقابي بـ …).
_CALLER_AGAIN = PERSON_POSTS | frozenset(fold(w) for w in "مسؤول مسؤولة متحدث متحدثة".split())


def _source_words(doc: Document, source: list[str]) -> set[str]:
    """Folded words of the source's names, to tell the doer named again (وناشد المسؤولين بالبلدية) from one asked."""
    return {w for e in doc.entities if e.id in source for n in (e.name, e.name_ar, *e.aliases) if n
            for w in fold(n).split()}


# What a call says is needed before what it asks (دعا إلى ضرورة أن …، طالب بضرورة الإسراع).
_CALL_NEEDS = frozenset(fold(w) for w in "ضرورة أهمية وجوب".split())
# Nouns in construct that open what is asked, not whom (طالب ضرورة الإسراع، دعا كل الأطراف إلى …'s كل is a quantifier).
_NOT_ADDRESSEES = PREPOSITIONS | _CALL_NEEDS | frozenset(fold(w) for w in "مزيد بعد قبل خلال".split())
# Words that take the subject up again right after it (المنظمة المذكورة، الوزير نفسه).
_SUBJECT_ANAPHORS = frozenset(fold(w) for w in "المذكور المذكورة المذكورين المذكوران نفسه نفسها ذاته ذاتها".split())
_ADDRESSEE_HEADS_BEFORE_GENITIVE = frozenset(fold(w) for w in "أصحاب ممثلي مسؤولي أولياء أهالي".split())


# What a call asks be done by whom (دعا إلى ضرورة أن تعمل الدول الأعضاء، طالب بأن تتحمل الحكومة): أن, and how far
# after the subjunctive verb its subject may be named.
_THAT_SUBJUNCTIVE = frozenset(fold(w) for w in "أن بأن".split())
SUBJUNCTIVE_SUBJECT_REACH = 6


def subjunctive_addressee(actors: ActorIndex, start: int, c1: int, source: list[str]) -> list[str] | None:
    """The subject of the clause a call asks for, the one called on: ``دعا رئيس الوزراء السويدي إلى ضرورة أن
    تعمل جميع الدول الأعضاء في الاتحاد الأوروبي على …`` (the EU's members), ``طالب بأن تتحمل الحكومة …``. None
    when what follows the call is no such clause or names no actor."""
    doc, toks = actors.doc, actors.doc.tokens
    x = start
    u = actors.unit_at.get(x)
    if u is not None and u.first == x and set(u.ids) <= set(source):
        x = u.last + 1  # VSO: past the caller
    if x <= c1 and toks[x].norm in ("الي", "علي"):
        x += 1
    if x <= c1 and bare_stem(doc, toks[x]) in _CALL_NEEDS:
        x += 1
    if x > c1 or toks[x].norm not in _THAT_SUBJUNCTIVE:
        return None
    verb = x + 1
    if verb > c1 or verb in actors.unit_at or not toks[verb].norm[:1].isalpha():
        return None
    for y in range(verb + 1, min(c1, verb + SUBJUNCTIVE_SUBJECT_REACH) + 1):
        if not toks[y].norm[:1].isalpha():
            return None
        u = actors.unit_at.get(y)
        if u is not None and u.first == y:
            if actors.locative(u) or set(u.ids) & set(source):
                return None
            return list(u.ids)
    return None


# "Its" after a statement noun (في بيان له، في بلاغ لها).
_ITS = frozenset(fold(w) for w in "له لها لهم لهما".split())
# A statement and its issuing (في بيان أصدره، في بلاغ نشرته): what a call was made in.
_STATEMENT_NOUNS = frozenset(fold(w) for w in "بيان بلاغ تصريح رسالة".split())
_ISSUED_IT = frozenset(fold(w) for w in "أصدره أصدرته أصدروه نشره نشرته وجهه وجهته".split())
# "In this regard" (في هذا الصدد، في ذات السياق، في نفس الإطار): a link to what came before, between a call and
# whom it calls on.
_THIS = frozenset(fold(w) for w in "هذا ذات نفس".split())
_REGARD = frozenset(fold(w) for w in "الصدد الإطار السياق الشأن".split())
# A sound masculine plural in construct with a pronoun (منخرطيها، مواطنيه، منتسبيهم), which the tokenizer leaves whole.
_PLURAL_POSSESSED = ("يها", "يهم", "يهما")


def described_addressee(doc: Document, actors: ActorIndex, m: Match, c1: int, source: list[str],
                        dropped: bool = False) -> list[str] | None:
    """The entity of a group a call is addressed to, named by what it is rather than by a name, between the
    caller and what is asked: ``ودعا القحطاني الجمعيات الوطنية للتنسيق``، ``دعت الوزارة أصحاب المخابز إلى
    تجنب الإضراب``، ``دعا الاتحاد كافة الهياكل النقابية إلى مواصلة العمل``. The caller must stand right
    after the verb (or before it, or be ``dropped``: the one going on from before, ودعا سلطة الإشراف إلى …), and
    what is asked must follow the group (إلى، على، بـ، لـ + a noun)."""
    toks = doc.tokens
    caller = next((u for u in actors.in_range(m.last + 1, min(c1, m.last + 8)) if set(u.ids) & set(source)), None)
    if m.rule.part:
        x = m.last + 1  # …، داعيا المستثمرين إلى …: the participle's caller is the clause's subject, before it
    elif caller is not None:
        if not definite(doc, toks[caller.last]) and bare_stem(doc, toks[caller.last]) in AGENT_HEADS:
            return None  # رئيس حزب المجد: the caller's head noun goes on in a name the tagger missed
        x = caller.last + 1  # VSO: past the caller and the title before its name
        # وزير التجارة والصناعة زياد العذاري: past the rest of the title to the name, the caller's too
        while (nxt := next((y for y in range(x, min(c1, x + 2) + 1) if (u := actors.unit_at.get(y)) is not None
                            and set(u.ids) & set(source)), None)) is not None \
                and all(toks[z].norm[:1].isalpha() for z in range(x, nxt)):
            x = actors.unit_at[nxt].last + 1
    elif dropped or any(set(u.ids) & set(source) for u in actors.in_range(max(0, m.first - 8), m.first - 1)) or (
            m.last + 1 <= c1 and toks[m.last + 1].norm in PREP_PRONOUNS):
        # SVO; or the verb in the relative clause of a statement its caller issued, however far before (أصدرت
        # وزارة الشباب والرياضة اليوم السبت 4 مارس 2017 بلاغا دعت فيه كافة الفاعلين …)
        x = m.last + 1
    else:
        return None  # the words after the verb may still be the caller's (المكتب التنفيذي للاتحاد)
    x = past_quote_marks(doc, x, c1)  # وطالب "الفيفي" الجهات المعنية بـ …: past the quotes around the caller's name
    if caller is not None and x <= c1 and doc.text[toks[x].start:toks[x].base_start] == "و" and definite(doc, toks[x]) \
            and x not in actors.unit_at:
        # دعت النقابة العامة للقيمين والقيمين العامين، …: the rest of the caller's name the tagger left out, set off
        # by the comma that ends it
        y = x + 1
        while y <= c1 and y - x < 4 and definite(doc, toks[y]) and toks[y].base_start == toks[y].start \
                and y not in actors.unit_at:
            y += 1
        if y <= c1 and toks[y].norm in COMMAS:
            x = y
    if caller is not None and (place := actors.unit_at.get(x)) is not None and place.first == x \
            and place.label == "LOC" and actors.oblique(place) and not set(place.ids) & set(source):
        x = place.last + 1  # طالب الاتحاد الجهوي للشغل بسيدي بوزيد …: where the caller is, not who is asked
    if x <= c1 and toks[x].norm in PREP_PRONOUNS:
        x += 1  # بلاغا دعت فيه كافة الفاعلين إلى …: the statement the pronoun takes up, then who is called on
    if x + 2 <= c1 and toks[x].norm == "في" and (toks[x + 2].norm in _ITS or (
            bare_stem(doc, toks[x + 1]) in _STATEMENT_NOUNS and toks[x + 2].norm in _ISSUED_IT)):
        # دعت النقابة في بلاغ لها منخرطيها إلى …، طالب الاتحاد في بيان أصدره اليوم الرباعي بـ …: the statement it
        # was made in (the day after it is passed below)
        x += 3
    elif x + 2 <= c1 and toks[x].norm == "في" and toks[x + 1].norm in _THIS and toks[x + 2].norm in _REGARD:
        x += 3  # داعيا في هذا الصدد، مختلف الكتل النيابية إلى …: "in this regard", then who is called on
    comma = False
    while x <= c1 and (x in actors.timex_tokens or toks[x].norm in COMMAS):
        if toks[x].norm in COMMAS:
            comma = True
            aside = next((y for y in range(x + 1, min(c1, x + ASIDE_MAX_TOKENS + 1) + 1) if toks[y].norm in COMMAS), None)
            if aside is not None and not any(call_complement(doc, y, c1) or y in actors.unit_at
                                             for y in range(x + 1, aside)):
                x = aside  # ودعا الملا منصور، في أول تسجيل صوتي له، ولمدة 30 دقيقة، مقاتلي …: past each aside
                continue
        x += 1
    if x < c1 and toks[x].norm in _OPENING_QUOTES and toks[x + 1].norm in GATHERING_QUANTIFIERS:
        x += 1  # داعيا "كافة الهياكل النقابية … لمواصلة العمل": the statement's words quoted from the addressee on
    if x <= c1 and toks[x].norm in GATHERING_QUANTIFIERS:
        x += 1
    while x <= c1 and toks[x].norm in _SUBJECT_ANAPHORS:
        x += 1  # دعت المنظمة المذكورة إلى …: the word still describes the subject, it is no one called on
    named = actors.unit_at.get(x)
    if comma and named is not None and named.first == x and not set(named.ids) & set(source) \
            and not actors.proclitics(named) and call_complement(doc, named.last + 1, c1):
        # دعا وزير التجارة زياد العذاري، الغرفة الوطنية لأصحاب المخابز إلى …: a comma between the caller
        # and the named body called on, which what is asked follows at once (an apposition would have its comma)
        return list(named.ids)
    if x > c1 or named is not None or toks[x].base_start != toks[x].start:
        return None
    head = x
    if _VERBAL_NOUN.fullmatch(bare_stem(doc, toks[x])) or (dropped and _DROPPED_VERBAL_NOUN.fullmatch(bare_stem(doc, toks[x]))):
        return None  # مطالبا المواصلة على هذا النهج، وشددت على ضرورة التعامل: what is asked, not who is asked
    if dropped and (bare_stem(doc, toks[x]) in _CALLER_AGAIN
                    or fold(doc.text[toks[x].base_start:toks[x].end]) in _source_words(doc, source)):
        return None  # وطالب المسؤول النقابي بـ …: the one going on, named again by what he is, asks; no one is asked
    if bare_stem(doc, toks[x]) in _ADDRESSEE_HEADS_BEFORE_GENITIVE and x + 1 <= c1 and actors.unit_at.get(x + 1) is None:
        x += 1  # أصحاب المخابز: the genitive says who they are
    elif toks[x].norm[:1].isalpha() and (toks[x].stem_end < toks[x].end or (
            len(toks[x].norm) >= 6 and toks[x].norm.endswith(_PLURAL_POSSESSED))):
        pass  # منخرطيها، مواطنيه (its members, his citizens): the pronoun makes the group definite
    elif not definite(doc, toks[x]):
        if not (x + 1 <= c1 and definite(doc, toks[x + 1]) and toks[x + 1].base_start == toks[x + 1].start
                and actors.unit_at.get(x + 1) is None and toks[x].norm[:1].isalpha()
                and bare_stem(doc, toks[x]) not in _NOT_ADDRESSEES and toks[x].norm not in _NOT_ADDRESSEES):
            return None
        x += 1  # دول العالم، مستعملي الطريق: a noun in construct, made definite by its genitive
    last = x
    # Adjectives that agree with it (الأحزاب السياسية، الهياكل النقابية): definite words, no proclitic.
    while last + 1 <= c1 and last - head < 3 and definite(doc, toks[last + 1]) \
            and toks[last + 1].base_start == toks[last + 1].start and actors.unit_at.get(last + 1) is None:
        last += 1
    nxt = last + 1
    # والمؤسسات الوطنية: further groups coordinated with it are called on too; the first names them.
    while nxt <= c1 and doc.text[toks[nxt].start:toks[nxt].base_start] == "و" and actors.unit_at.get(nxt) is None \
            and nxt - head < 8 and (definite(doc, toks[nxt]) or (
                # وعموم الأمنيين: a noun in construct, made definite by its genitive
                nxt + 1 <= c1 and definite(doc, toks[nxt + 1]) and actors.unit_at.get(nxt + 1) is None)):
        nxt += 1
        while nxt <= c1 and definite(doc, toks[nxt]) and toks[nxt].base_start == toks[nxt].start \
                and actors.unit_at.get(nxt) is None and nxt - head < 8:
            nxt += 1
    if nxt + 1 <= c1 and toks[nxt].norm == "في" and (u := actors.unit_at.get(nxt + 1)) is not None \
            and u.first == nxt + 1 and u.label == "LOC":
        nxt = u.last + 1  # وحضت المحافظين في الولايات المتحدة على رفضه: where the group is, then what is asked
    elif nxt + 1 <= c1 and toks[nxt].norm == "في" and definite(doc, toks[nxt + 1]) \
            and actors.unit_at.get(nxt + 1) is None:
        # كافة الفاعلين في المشهد الرياضي إلى …: the field the group is in, then what is asked
        nxt += 2
        while nxt <= c1 and nxt - head < 8 and definite(doc, toks[nxt]) and actors.unit_at.get(nxt) is None \
                and toks[nxt].base_start == toks[nxt].start:
            nxt += 1
    if nxt > c1:
        return None
    opens = call_complement(doc, nxt, c1) or (
        doc.text[toks[nxt].start:toks[nxt].base_start] == "ل" and toks[nxt].end - toks[nxt].base_start > 2)
    if not opens:
        return None
    return [actors.maker.nominal(doc.text[toks[head].base_start:toks[last].end], None)]


def listed_after(actors: ActorIndex, start: int, end: int) -> tuple[list[str], int]:
    """The actors enumerated after ``كل من`` within the clause (وهي كل من السعودية ومصر …), and
    the token where the list starts."""
    toks = actors.doc.tokens
    for x in range(start, min(end, start + 14)):
        if toks[x].norm == "كل" and x + 2 <= end and toks[x + 1].norm == "من":
            if x > start and toks[x - 1].norm in PREPOSITIONS:
                return [], -1  # ستلتقي مع كل من السيسي والرئيس الأوكراني: the ones met, not who meets
            u = actors.unit_at.get(x + 2)
            if u is not None and u.first == x + 2:
                return _ids(_group_from(actors, u, end)), x
            return [], x
    return [], -1


def _conjoined_after(actors: ActorIndex, start: int, end: int) -> Unit | None:
    """The first actor in ``[start, end]`` written with و (a unit starting with و, or after a lone و)."""
    toks = actors.doc.tokens
    for x in range(start, end + 1):
        u = actors.unit_at.get(x)
        if u is not None and u.first == x and actors.proclitics(u).startswith("و"):
            return u
        if (toks[x].norm == "و" or (toks[x].norm[:1] == "و" and (
                toks[x].norm[1:] in HONORIFICS or toks[x].norm[1:] in PERSON_POSTS))) and x + 1 <= end:
            # (بين رئيس المجلس الرئاسي فائز السراج، والمشير خليفة حفتر، بين رئيس الحكومة يوسف الشاهد ورئيس
            # الهيئة شفيق صرصار: the و on the honorific or the title before the name)
            v = actors.unit_at.get(x + 1)
            if v is not None and v.first == x + 1:
                return v
        if toks[x].norm in CLAUSE_BREAKS:
            return None
    return None


def _plural_verb(keys: tuple[str, ...], rule: Rule) -> bool:
    """A verb written with its plural subject (اتهموا، يطالبون): no named subject follows it.

    The singular must be a form of the same verb, so تتعاون (ت + تعاون) is no plural."""
    # (keys[1] is the word without the و the tokenizer left on it: وطالبوا)
    return any(len(w) > 4 and w.endswith(("وا", "ون")) and w[:-2] in rule.words[0] for w in keys[:2])


def _counted_group(actors: ActorIndex, x: int, end: int) -> Unit | None:
    """The group counted by a quantifier at ``x`` (عدد من العاطلين، مئات من المحتجين): the verb's subject,
    though the group itself stands in the genitive."""
    toks = actors.doc.tokens
    if x + 2 > end or token_stem(actors.doc, toks[x]) not in QUANTIFIERS:
        return None
    of = x + 2 if toks[x + 1].norm in _SIZE_ADJECTIVES and x + 3 <= end else x + 1  # عدد هام من الأطباء
    if toks[of].norm != "من":
        return None
    u = actors.unit_at.get(of + 1)
    return u if u is not None and u.first == of + 1 else None


def _accusative_plural(doc: Document, u: Unit) -> bool:
    """An unnamed plural actor in the accusative/genitive (المتمردين، مسلحين): not a subject."""
    if u.kind not in ("collective", "nominal"):
        return False
    head = fold(doc.text[doc.tokens[u.first].base_start:doc.tokens[u.first].end])
    return head.endswith("ين") and len(head) > 5


def has_pronoun_suffix(doc: Document, keys: list[tuple[str, ...]], k: int) -> bool:
    """Token ``k`` ends in a possessive or object pronoun: split off by the tokenizer (اجتماعها), or left on
    a word it does not know but matched through the form without it (لقائه → لقاء; never ة: مظاهرة)."""
    tok = doc.tokens[k]
    if tok.stem_end < tok.end:
        return True
    surface = doc.text[tok.start:tok.end]
    suffix = next((p for p in _RESUMPTIVE if surface.endswith(p)), None)
    # the form without it keeps the word's start (لقايه → لقاء), unlike one without a proclitic (لقايه → قايه)
    return suffix is not None and any(len(key) == len(tok.norm) - len(suffix) and key[:-1] == tok.norm[:len(key) - 1]
                                      for key in keys[k][1:])


def _framed(doc: Document, m: Match, keys: list[tuple[str, ...]]) -> bool:
    """A nominal trigger after خلال/عقب/في …, or with a pronoun suffix (اجتماعها، لقائه)."""
    toks = doc.tokens
    if has_pronoun_suffix(doc, keys, m.first):
        return True
    return m.first > 0 and (toks[m.first - 1].norm in FRAME_WORDS
                            or token_stem(doc, toks[m.first - 1]) in FRAME_WORDS)


def _support_before(doc: Document, keys: list[tuple[str, ...]], first: int, c0: int) -> bool:
    """A support verb right before a nominal trigger (أجرى محادثات، أعلن وقف …), or a strong one or one that opens
    or closes a visit further back in its clause (وشنت تركيا في 24 يوليو حربا …، بدأ الوزير … جولة), or a verb of
    managing it (تمكنت … من القبض)."""
    for x in range(first - 1, max(c0 - 1, first - 11), -1):
        if x < first - 3 and doc.tokens[x].stem_end < doc.tokens[x].end:
            continue  # بيان أصدره اليوم الأحد، إثر اجتماع مكتبه: a verb with its object pronoun governs no far noun
        verbs = STRONG_SUPPORT if x < first - 3 else SUPPORT_VERBS
        if any(k in verbs or k in TOUR_VERBS for k in keys[x]) or _manages(keys, x, first):
            return True
    return False


_RESUMPTIVE = ("ها", "ه", "هم", "هما")
_AIMED_AT = frozenset(fold(w) for w in "على ضد".split())
_OPENING_QUOTES = frozenset('"«“')
# Verbs of undertaking, managing or stopping whose subject does the verbal noun after their preposition
# (أقدم الجاني على قتل …، نجحت القوة من قتل …، أن تكف تركيا عن قتل الأكراد).
_UNDERTOOK = frozenset().union(*(verb_forms(v) for v in (
    "اقدم|يقدم", "عمد|يعمد", "نجح|ينجح", "تمكن|يتمكن", "توقف|يتوقف", "استمر|يستمر", "كف"))) \
    | present_forms("يكف")  # (as for LAUNCHED: verb_forms reads a three-letter present as a past)
# Prepositions that make the verb-form word after them a verbal noun (أقدم على قتل، بعد اعتقال).
_NOUN_GOVERNORS = frozenset(fold(w) for w in "على في من إلى الى عن بعد قبل اثر إثر عقب".split())
# Codes of a material act done to someone (violence, coercion, protest, mobilisation, sanctions, aid): their
# roles are read by event_violence, and a relative clause gives their weak nouns a doer (العقوبات التي فرضتها واشنطن).
MATERIAL_CODES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "AID"})
_LAUNCH_VERBS = frozenset().union(*(verb_forms(v) for v in ("اطلق|يطلق", "قاد|يقود", "دعا|يدعو", "نفذ|ينفذ", "حرك|يحرك")))


def _resumptive_stem(word: str) -> str | None:
    """The verb a word is with a pronoun taking up the noun before it (نظمها → نظم، عقده → عقد), else None."""
    return next((word[: -len(p)] for p in _RESUMPTIVE if word.endswith(p) and len(word) > len(p) + 1), None)


def _held_it(word: str) -> bool:
    """A support verb with a pronoun pointing back to the noun before it: عقده، أجراها، أداها."""
    stem = _resumptive_stem(word)
    return bool(stem) and (stem in SUPPORT_VERBS or stem in STRONG_SUPPORT)


def resumptive_doer(actors: ActorIndex, keys: list[tuple[str, ...]], start: int, end: int) -> Unit | None:
    """The doer named after a nominal trigger by a support verb with a pronoun pointing back to it:
    ``مسيرة ضخمة نظمها الشباب المحتج``، ``اعتصامات أطلقها الشباب المعطل``."""
    x = resumptive_verb_at(actors, start, end)
    return _doer_after(actors, x + 1, end) if x is not None else None


def resumptive_verb_at(actors: ActorIndex, start: int, end: int) -> int | None:
    """The token of a support verb with a pronoun pointing back to the nominal trigger before ``start``
    (وقفة احتجاجية نفذها، مسيرة نظمها), within three words, else None."""
    toks = actors.doc.tokens
    for x in range(start, min(end, start + 3) + 1):
        word = toks[x].norm
        stem = _resumptive_stem(word)
        if stem and (stem in SUPPORT_VERBS or stem in STRONG_SUPPORT or stem in _LAUNCH_VERBS):
            return x
        if x in actors.unit_at or word in RELATIVES:
            return None  # الاتفاق النووي الذي أبرمته إيران: a relative clause is background
    return None


_RECEIVED = frozenset(fold(w) for w in (
    "تلقاه تلقته تلقاها تلقتها تلقوه تلقوها يتلقاه يتلقاها استلمه استلمها استلمته استلمتها تسلمه تسلمها تسلمته "
    "تسلمتها"
).split())


def nearest_unit_before(actors: ActorIndex, start: int, end: int, places: bool = True) -> Unit | None:
    """The last actor wholly inside ``[start, end]`` that is neither a place where nor governed by a preposition;
    with ``places=False`` no place at all but a state (the doer of an act: a town never kills)."""
    return next((u for u in reversed(actors.in_range(start, end)) if not actors.locative(u) and not actors.oblique(u)
                 and (places or u.label != "LOC" or any(stands_for_state(actors.doc, e) for e in u.ids))), None)


def _with_help_of(actors: ActorIndex, m: Match, c0: int, c1: int) -> tuple[Unit, Unit | None] | None:
    """For a noun written with بـ and followed by من and an actor (بدعم من الحكومة، بمساندة من التحالف): the
    actor after من and the one just before the noun (the helped), or None."""
    toks = actors.doc.tokens
    trig = toks[m.first]
    if "ب" not in actors.doc.text[trig.start:trig.base_start] or m.last + 2 > c1 or toks[m.last + 1].norm != "من":
        return None
    giver = actors.unit_at.get(m.last + 2)
    if giver is None or giver.first != m.last + 2:
        return None
    # The helped only when a group named by what it is stands right before (مقاتلون محليون بدعم من …): a name
    # there is as often the object of the clause (طرد القبائل القاعدة من الموصل بدعم من القوات الأمريكية).
    helped = nearest_unit_before(actors, max(c0, m.first - 2), m.first - 1)
    return giver, helped if helped is not None and helped.kind in ("collective", "nominal") else None


def received_from(actors: ActorIndex, start: int, end: int) -> tuple[Unit, Unit] | None:
    """The receiver and the sender of a nominal trigger taken up by a verb of receiving right after it
    (خطاب شكر تلقاه الشيخ صالح آل الشيخ من الأمير فيصل بن مشعل): (receiver, sender), or None."""
    toks = actors.doc.tokens
    for x in range(start, min(end, start + 2) + 1):
        if toks[x].norm in _RECEIVED:
            receiver = first_unit(actors, x + 1, end, 3, True, subject=True)
            if receiver is None or receiver.last + 1 > end:
                return None
            y = receiver.last + 1
            while (nxt := actors.unit_at.get(y)) is not None and nxt.first == y and nxt.ids == receiver.ids:
                y = nxt.last + 1  # الشيخ | صالح آل الشيخ: a title the tagger took for a name of its own
            if y > end or toks[y].norm != "من":
                return None
            sender = actors.unit_at.get(y + 1)
            if sender is None:
                sender = first_unit(actors, y + 1, end, 3, True, subject=True)  # من الأمير الدكتور فيصل
            return (receiver, sender) if sender is not None and sender.first <= y + 4 else None
        if x in actors.unit_at:
            return None
    return None


def relative_clause_doer(actors: ActorIndex, keys: list[tuple[str, ...]], start: int, end: int) -> Unit | None:
    """The doer a relative clause names for a nominal trigger right before it (الهجوم الذي شنته مجموعة
    مسلحة، التظاهرات التي يحركها ائتلاف دولة القانون): a clause with an explicit actor, so an event."""
    toks = actors.doc.tokens
    if start > end or toks[start].norm not in RELATIVES:
        return None
    x = start + 1
    if x <= end and toks[x].norm in KANA:
        x += 1  # التي كان يحركها
    if x > end:
        return None
    word = toks[x].norm
    stem = _resumptive_stem(word)
    if not stem or not (stem in SUPPORT_VERBS or stem in STRONG_SUPPORT or stem in _LAUNCH_VERBS
                        or any(k[: -len(p)] in SUPPORT_VERBS for k in keys[x] for p in _RESUMPTIVE if k.endswith(p))):
        return None
    return _doer_after(actors, x + 1, end)


def _past_adjective(actors: ActorIndex, x: int, end: int) -> int:
    """Where the relative clause of a definite noun trigger may open: past one definite adjective that is no
    actor (الضربات الجوية التي تقودها الولايات المتحدة، الحملة العسكرية التي يشنها الجيش)."""
    doc, toks = actors.doc, actors.doc.tokens
    if x + 1 <= end and x not in actors.unit_at and toks[x + 1].norm in RELATIVES and definite(doc, toks[x - 1]) \
            and definite(doc, toks[x]) and bare_stem(doc, toks[x]).endswith(("ي", "يه")):
        return x + 1
    return x


def _relative(norm: str) -> bool:
    """الذي، التي … and والذي (a second description of the same antecedent: اجتماع اللجنة، والذي دعت إليه)."""
    return norm in RELATIVES or (norm[:1] == "و" and norm[1:] in RELATIVES)


# Adverbs that may stand between a verb and its subject or object (طالب أيضا الحكومة، دعا كذلك).
VERB_ADVERBS = frozenset(fold(w) for w in "أيضا ايضا أيضاً ايضاً كذلك بدوره بدورها مجددا مجدداً".split())


def past_adverbs(toks, x: int, end: int) -> int:
    """The first token from ``x`` (up to ``end``) that is no such adverb: where a verb's subject or object begins."""
    while x <= end and toks[x].norm in VERB_ADVERBS:
        x += 1
    return x


def disagrees(doc: Document, m: Match, u: Unit) -> bool:
    """True when the verb at ``m`` is masculine singular and ``u``, right after it (past an adverb), is headed by a
    feminine noun that is no person (الحكومة، وزارة الداخلية): a subject right after its verb agrees with it in gender
    (طالبت الحكومة), so ``u`` is the object. Verbs opening on ت (تعهد past or تطالب present) are not judged."""
    toks = doc.tokens
    # (كما طالب أيضا الحكومة: an adverb between them changes nothing)
    if u.first <= m.last or past_adverbs(toks, m.last + 1, u.first - 1) != u.first \
            or u.label == "PER" or m.first != m.last:
        return False
    verb = toks[m.first]
    # only a verb opening its clause: رفض/دعم after a preposition (إثر رفض وزارة المالية) is the verbal noun,
    # whose genitive is its doer
    if set(doc.text[verb.start:verb.base_start]) & {"ب", "ل"} or verb.norm[:1] in ("ب", "ل"):
        return False  # برفض الحكومة
    form = fold(doc.text[verb.base_start:verb.stem_end])
    # ودعا, the و the tokenizer left on a short verb
    joined = form[:1] in ("و", "ف") and form[1:] in m.rule.words[0] and form not in m.rule.words[0]
    if joined:
        form = form[1:]
    opens = joined or doc.text[verb.start:verb.base_start] in ("و", "ف") or m.first == 0 \
        or toks[m.first - 1].norm in _CLAUSE_OPENING or not toks[m.first - 1].norm[:1].isalpha()
    if not opens:
        return False
    if form[:1] == "س":
        form = form[1:]
    # دعا ends on its root's alif: masculine singular, unlike the dual طالبا (طالب + ا)
    final_alif = form.endswith("ا") and form[:-1] not in m.rule.words[0]
    if not form or form[:1] in ("ت", "ن", "ا") or form.endswith(("ت", "ن")) or (form.endswith("ا") and not final_alif):
        return False
    head = doc.text[toks[u.first].start:toks[u.first].end]
    return head.endswith("ة")


_CLAUSE_OPENING = frozenset(fold(w) for w in "كما ثم قد لقد وقد فقد كذلك".split())
# قام بـ: "did", whose verbal noun is the act itself (قامت الشرطة باعتقال أحمد علي), and يقوم بها X (X does it).
DID = verb_forms("قام|يقوم")
# The verbs that decide, intend or announce carrying an act out (_DOING_NOUNS), whose subject is the doer however
# far back it stands.
_INTENT_VERBS = DECISION_VERBS | frozenset().union(*(verb_forms(v) for v in (
    "اعتزم|يعتزم", "عزم|يعزم", "اكد|يؤكد", "اعلن|يعلن", "هدد|يهدد", "نوى|ينوي")))
_INTENT_REACH = 12


def _undertaken_by(actors: ActorIndex, start: int, end: int) -> Unit | None:
    """The doer of ``يقوم بها X`` right after a nominal trigger (زيارة [رسمية] يقوم بها الرئيس أوباما)."""
    toks = actors.doc.tokens
    for x in range(start, min(end - 1, start + 2) + 1):
        if any(k in DID for k in (toks[x].norm, bare_stem(actors.doc, toks[x]))) \
                and toks[x + 1].norm in PREP_PRONOUNS and toks[x + 1].norm.startswith("ب"):
            return _doer_after(actors, x + 2, end)
        if x in actors.unit_at:
            return None
    return None


def _doer_after(actors: ActorIndex, x: int, end: int) -> Unit | None:
    """The subject that starts at token ``x`` of a support verb with a resumptive pronoun (شنه تنظيم داعش),
    past a descriptor word the name was tagged without."""
    if x <= end and x not in actors.unit_at and bare_stem(actors.doc, actors.doc.tokens[x]) in DESCRIPTORS:
        x += 1
    u = actors.unit_at.get(x) if x <= end else None
    return u if u is not None and u.first == x and not actors.oblique(u) else None


def _lam_object(actors: ActorIndex, start: int, end: int) -> Unit | None:
    """An actor written with لـ within a couple of words after ``start`` (دعم طهران لنظام الأسد)."""
    for x in range(start, min(end, start + 2) + 1):
        u = actors.unit_at.get(x)
        if u is not None and u.first == x:
            return u if actors.proclitics(u).endswith("ل") else None
        if not actors.doc.tokens[x].norm[:1].isalpha():
            return None
    return None


def _support_verb_subject(actors: ActorIndex, keys: list[tuple[str, ...]], first: int, c0: int) -> Unit | None:
    """The named subject right after the support verb of a nominal trigger (شنت طائرات التحالف …
    غارات), when the verb comes first; None for subject-first clauses."""
    keys_before = keys[first - 1] if first - 1 >= c0 else ()
    doing = first - 1 if set(keys_before) & _DOING_NOUNS else (
        first - 2 if first - 2 >= c0 and "في" in keys_before and set(keys[first - 2]) & _DOING_NOUNS else None)
    if doing is not None:
        # تعتزم النقابة … تنفيذ وقفة احتجاجية، أكد المجمع … الدخول في إضراب: the one who decides, intends or
        # announces carrying it out, however long its name
        for x in range(doing - 1, max(c0 - 1, doing - 1 - _INTENT_REACH), -1):
            if any(k in _INTENT_VERBS for k in keys[x]):
                u = first_unit(actors, x + 1, doing - 1, 2, True, subject=True)
                if u is not None and u.kind != "country":
                    return u
                break
    dated = 0  # the words of a date between verb and noun (نظم … اليوم السبت وقفة) put no distance between them
    # قام X … بالهجوم: قام with the noun as its بـ complement names its subject as far as a strong support verb does
    trig = actors.doc.tokens[first]
    proclitics = actors.doc.text[trig.start:trig.base_start]
    did = "ب" in proclitics
    joined = proclitics.startswith("و")  # (وإلقاء القبض: a second complement of a verb of managing)
    for x in range(first - 1, max(c0 - 1, first - 24), -1):
        if _aside_word(actors, x, first):
            # أعلنت الحركة، مساء الثلاثاء في بيان لها، رفضها: the commas of an aside and the statement the act was
            # voiced in stand between the verb and its noun as a date does
            dated += 1
        far = first - x - dated
        verbs = (SUPPORT_VERBS | TOUR_VERBS) if far <= 3 else (STRONG_SUPPORT | TOUR_VERBS | (DID if did else frozenset())) \
            if far <= 11 else TOUR_VERBS
        if any(k in verbs for k in keys[x]) or (far <= MANAGED_REACH and _manages(keys, x, first, joined)):
            u = first_unit(actors, x + 1, first - 1, 2, True, subject=True)
            if u is None:
                # نفذ اليوم عدد هام من الأطباء مسيرة احتجاجية: the group counted is the subject
                y = x + 1
                while y < first and y in actors.timex_tokens:
                    y += 1
                u = _counted_group(actors, y, first - 1)
            return u if u is not None and u.kind != "country" and u.last < first else None
    return None


def _aside_word(actors: ActorIndex, y: int, first: int) -> bool:
    """True for token ``y`` (before ``first``) of a date, a comma or the statement an act is voiced in (في بيان لها)."""
    toks = actors.doc.tokens
    w = toks[y].norm
    return y in actors.timex_tokens or w in COMMAS or w in _STATEMENT_WORDS or (
        w in _IN_STATEMENT and y + 1 < first and toks[y + 1].norm in _STATEMENT_WORDS) or (
        w in _ITS and y > 0 and toks[y - 1].norm in _STATEMENT_WORDS)


def _dated_aside(actors: ActorIndex, x: int, first: int) -> bool:
    """True when token ``x`` is in the run right before ``first`` of date words, commas and the statement an act
    is voiced in (، مساء الثلاثاء في بيان لها،), an aside between a subject and its verb; a run of commas alone
    is none (المعلمين الخارجة عن الحدود، وشدد)."""
    toks = actors.doc.tokens
    y = first - 1
    while y >= 0 and _aside_word(actors, y, first):
        y -= 1
    return y < x < first and any(toks[z].norm not in COMMAS for z in range(y + 1, first))


# The statement an act is voiced in (في بيان لها، في تصريح له), which puts no distance between verb and noun.
_IN_STATEMENT = frozenset(fold(w) for w in ("في",))
_STATEMENT_WORDS = frozenset(fold(w) for w in "بيان بلاغ تصريح تصريحات كلمة رسالة".split())
_ITS = frozenset(fold(w) for w in "له لها لهم لهما".split())

# How far back a verb of managing may stand from its من complement (تمكنت وحدات الديوانة بمنطقة التوي بالمنطقة
# العازلة من جهة بن قردان اليوم الأحد من القبض على …): من + the verbal noun ties them across a long subject.
MANAGED_REACH = 16


def _manages(keys: list[tuple[str, ...]], x: int, first: int, joined: bool = False) -> bool:
    """Token ``x`` is a verb of managing and the trigger at ``first`` is its من/في complement, or (``joined``: the
    trigger carries و) the second of two (تمكنت الوحدات من إحباط عملية … وإلقاء القبض على …)."""
    if first - 1 <= x or not any(k in MANAGE_VERBS for k in keys[x]):
        return False
    if _MANAGED_BY.intersection(keys[first - 1]):
        return True
    return joined and any(_MANAGED_BY.intersection(keys[y]) for y in range(x + 1, first - 1))


def had_by(actors: ActorIndex, first: int, c0: int) -> Unit | None:
    """The actor that "had" a nominal event (كان لرئيس الجمهورية … لقاءات مع …): a لـ actor right after
    كان, ending at most a comma before the noun."""
    toks = actors.doc.tokens
    for x in range(first - 1, max(c0, first - 8) - 1, -1):
        u = actors.unit_at.get(x)
        if u is None:
            if toks[x].norm in COMMAS:
                continue
            return None
        kana = toks[u.first - 1].norm if u.first - 1 >= c0 else ""
        if is_kana(kana) and "ل" in actors.proclitics(u):
            return u
        return None
    return None


# Verbs (and their participles) that voice a stance named after عن: أعربت تركيا عن إدانتها، معبرا عن دعمه.
EXPRESSION_VERBS = frozenset().union(
    *(verb_forms(v) for v in ("اعرب|يعرب", "عبر|يعبر", "ابدى|يبدي")),
    (fold(w) for w in "معربا معبرا مبديا معربة معبرة مبدية معربين معبرين مبدين".split()))
# Words that may stand between عن and the stance noun: عن عظيم شكره، عن بالغ قلقه.
_INTENSIFIERS = frozenset(fold(w) for w in "عظيم بالغ خالص جزيل عميق كامل شديد".split())


def voiced_stance(doc: Document, keys: list[tuple[str, ...]], first: int, c0: int, last: int | None = None) -> bool:
    """True when the noun at ``first``, with the subject's pronoun on it (or on the phrase's ``last`` word:
    استعداد بلادنا), follows عن after an expression verb of its clause (أعربت تركيا عن إدانتها للتفجير، أعرب
    الوزير عن بالغ دعمه). With a name after it instead (أعربت الوزارة عن إدانة تونس) the name holds the
    stance, as any genitive would."""
    owned = doc.tokens[first if last is None else last]
    if owned.stem_end >= owned.end:
        return False
    x = first - 1
    if x >= c0 and any(k in _INTENSIFIERS for k in keys[x]):
        x -= 1
    if x < c0 or fold("عن") not in keys[x]:
        return False
    return any(any(k in EXPRESSION_VERBS for k in keys[y]) for y in range(x - 1, max(c0 - 1, x - 9), -1))


def weak_trigger_ok(doc: Document, actors: ActorIndex, keys: list[tuple[str, ...]], m: Match, c0: int) -> bool:
    """A weak noun counts with a support verb or a subject right before it, an expression verb's عن
    (أعربت تركيا عن إدانتها), or an actor right after it."""
    if _support_before(doc, keys, m.first, c0) or had_by(actors, m.first, c0) is not None:
        return True
    if voiced_stance(doc, keys, m.first, c0, m.last):
        return True
    for x in (m.first - 1, m.first - 2):
        if x >= c0 and actors.unit_at.get(x) is not None:
            return True
    if resumptive_doer(actors, keys, m.last + 1, len(doc.tokens) - 1) is not None:
        return True  # مسيرة ضخمة نظمها الشباب المحتج
    if m.last + 1 < len(doc.tokens) and _held_it(doc.tokens[m.last + 1].norm) and any(
            doc.tokens[x].norm == "مع" for x in range(m.last + 2, min(len(doc.tokens), m.last + 8))):
        # خلال لقاء عقده أمس مع …: held with someone by the one the pronoun points to, the clause's subject
        # (an institution's own meeting, اجتماع عقده المكتب التنفيذي, is no consultation)
        return True
    if m.rule.plover in MATERIAL_CODES and (
            relative_clause_doer(actors, keys, m.last + 1, len(doc.tokens) - 1) is not None
            or passive_agent(actors, m.last + 1, min(len(doc.tokens) - 1, m.last + ACTOR_REACH)) is not None):
        return True  # الحصار الذي فرضته السعودية على قطر، تم اعتقال 5 أشخاص من قبل الشرطة: an explicit actor
    after = actors.unit_at.get(m.last + 1)
    if after is not None and m.rule.plover == "PROTEST" and after.label == "LOC":
        return False  # تظاهرة صفاقس عاصمة للثقافة العربية: a town names a festival; a place holds no protest
    return after is not None
