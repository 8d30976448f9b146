"""Actor units for events and claims: who, in a sentence, can be a source, target or speaker.

A unit is a run of tokens that names an actor, with the entity ids it stands for:
a linked mention (``لويد أوستن``), a title or agent noun with a nationality
adjective (``القوات الروسية`` → an entity "القوات الروسية" of country Russia),
a bare nationality adjective (``العدوان الروسي`` → Russia), or a collective
agent noun (``المتظاهرون``). Entities that the entities stage did not make are
appended to ``doc.entities`` with fresh ids, reusing any entity with the same name.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.arabic.lexicon import restore_article, word_frequencies
from rasd.arabic.normalize import fold
from rasd.arabic.particles import COMMAS, PREPOSITIONS, QUOTE_MARKS
from rasd.document import Document, Entity, Span, Token
from rasd.kb.titles import OUTLET_HEADS, PERSON_TITLES
from rasd.stages.coref import FORMER_WORDS, known_title, title_unheld
from rasd.stages.event_forms import NEGATIONS
from rasd.stages.mention_places import common_sense_by_noun_before
from rasd.stages.mention_rules import byline_name_end

# People named by what they are, not by name: actors only with their nationality (شخص تونسي، ناشطا
# مصريا), and no speakers of their own (قال الشاب).
PEOPLE_NOUNS = frozenset(fold(w) for w in "شخص شخصا مواطن مواطنا رجل رجلا شاب شابا امرأة سيدة ناشط ناشطا".split())
# Kin, named by whose kin they are (شقيق القتيلة، والد مايكل براون).
KIN = frozenset(fold(w) for w in "والد والدة أب أم ابن ابنة نجل نجلة شقيق شقيقة أخ أخت زوج زوجة أرملة عم عمة خال خالة جد جدة".split())
# Titles and agent nouns that head an actor phrase (folded, without ال).
AGENT_HEADS = frozenset(fold(w) for w in (
    "قوات قوة جيش جيوش حكومة حكومات وزارة وزير وزيرا وزراء رئيس الرئيس رئيسة سفير سفيرا مبعوث مصدر مصادر "
    "مسؤول مسؤولون مسؤولين مسؤولا متحدث المتحدث ناطق سلطات السلطات شرطة الشرطة بحرية طائرات مقاتلات طيران "
    "مدفعية مروحيات دبابات بوارج زوارق "  # قصفت المدفعية التركية، المروحيات الروسية
    "جنود جنديا مقاتلون مقاتلين أمن الأمن نواب نائب برلمانيين برلمانيون برلماني دبلوماسي دبلوماسيون "
    "خارجية الخارجية الدفاع دفاع الداخلية داخلية البرلمان برلمان مجلس وفد قائد قادة زعيم زعماء ملك أمير قيادي "
    "قيادة مخابرات المخابرات الاستخبارات استخبارات نظام النظام دولة الدولة وكالة هيئة محكمة مدعي الادعاء "
    "نظير نظيره نظيرها نظيريه عضو أعضاء ممثل ممثلو ممثلون مستشار المستشارة مستشارة قاضي قاضية "
    "حزب حركة جماعة منظمة ائتلاف كتلة لجنة مركز جبهة تحالف تيار اتحاد نقابة صحيفة صحافة وسائل إعلام "
    # Further titles: الأمين العام لحزب الله حسن نصر الله، وزيرة الأسرة التركية، العاهل الأردني.
    "أمين وزيرة مندوب مندوبة مدير مديرة مرشد عاهل سيناتور قيادي محافظ والي نائبة سفيرة "
    # وكيل وزارة العمل الدكتور عبدالله أبوثنين (an undersecretary), وكيل الجمهورية (a Tunisian prosecutor)
    "وكيل وكيلة "
    # The judiciary: القضاء الألماني (and PEOPLE_NOUNS, added below).
    "قضاء النيابة نيابة "
    # الكاتب العام (the Maghreb's secretary general); honorifics heading a title: فضيلة رئيس هيئة …، معالي الوزير
    "كاتب فضيلة سماحة معالي سعادة "
    # a Tunisian delegation's delegate (معتمد قبلي الجنوبية منير محاجبة)
    "معتمد "
    # an institution's office speaks for it: المكتب التنفيذي للاتحاد، المكتب السياسي لحركة حماس
    "مكتب "
    # lawmakers, who speak for their state's legislature (قال مشرعون أمريكيون إن …, GUIDELINES.md: مسؤولون
    # أمريكيون speak, bare محللون do not)
    "مشرع مشرعون مشرعين "
    # an agency: جهاز الأمن السري الأميركي، جهاز المخابرات; a secretariat: الأمانة العامة لمجلس التعاون; a UN
    # rapporteur: مقررة الأمم المتحدة المعنية بالحق في الغذاء هلال إيلفر
    "جهاز أمانة مقرر مقررة "
    # a state's or a region's mufti (وندد مفتي مصر شوقي علام، مفتي عام المملكة)
    "مفتي"
).split()) | PEOPLE_NOUNS
# Collective agents that most often stand in a construct after another noun, where they name no actor.
_GENITIVE_PRONE = frozenset(fold(w) for w in "الدولة".split())
# Collective agent nouns that are actors even without a name or nationality.
_COLLECTIVE_WORDS = (
    "متظاهرون متظاهرين المتظاهرون المتظاهرين محتجون محتجين المحتجون المحتجين مسلحون مسلحين المسلحون المسلحين "
    "متمردون متمردين المتمردون المتمردين الانفصاليون الانفصاليين انفصاليون انفصاليين المعارضة المعارضين "
    "الشرطة الحوثيون الحوثيين المستوطنون المستوطنين مستوطنون مستوطنين الإرهابيون الإرهابيين المتشددون المتشددين "
    "الحكومة الدولة الثوار المقاومة الميليشيات المليشيات الانقلابيون الانقلابيين المجرمون المجرمين الجيش "
    "الجنود المهاجمون المهاجمين المعتصمون المعتصمين النواب الناشطون الناشطين مقاتلون مقاتلين "
    "النشطاء نشطاء الشباب الأهالي أهالي "
    # The coalitions of the wars in the news: التحالف العربي، التحالف الدولي.
    "التحالف "
    # People named by who they are, the ones a demand, an arrest or an attack is so often aimed at
    # (دعا الوزير المواطنين إلى …، اعتقلت الشرطة ثلاثة شبان، منعت السلطات المهاجرين …).
    "المواطنين المواطنون مواطنين مواطنون المدنيين المدنيون مدنيين مدنيون شبان الشبان "
    "المهاجرين المهاجرون مهاجرين اللاجئين اللاجئون لاجئين المصلين مصلين الطلبة طلبة الطلاب طلاب "
    "العمال الصحفيين الصحفيون صحفيين الأطباء أطباء المعلمين معلمين الأساتذة أساتذة السجناء الأسرى "
    "المعتقلين معتقلين الشعراء شعراء المزارعين مزارعين التلاميذ السياح سياحا عمال العاطلين المعطلين "
    "الموظفين موظفين الفلاحين فلاحين السكان المتساكنين التجار "
    # drivers, students sent abroad on scholarships, and the public a ministry calls on (دعت الوزارة العموم إلى …)
    "سواق السواق سائقي السائقين سائقو المبتعثين مبتعثين المبتعثون العموم "
    # a congress's delegates (أبرز العياري أن المؤتمرين طالبوا بـ …)
    "المؤتمرين المؤتمرون "
    # A state's own nationals, whom its travel warnings address (دعت الولايات المتحدة رعاياها إلى …).
    "الرعايا رعايا رعاياها رعاياه رعاياهم مواطنيها مواطنيه مواطنيهم "
    # Doers named only by what they are: ألقى متطرفون يهود زجاجة حارقة، أطلق مجهولون النار، اعتداء منحرفين.
    "متطرفون متطرفين المتطرفون المتطرفين مجهولون مجهولين مجهولان المجهولون منحرفون منحرفين المنحرفين "
    # ... and whom the police arrest (القبض على ثلاثة إرهابيين، تفكيك عصابة).
    "إرهابيين إرهابيون عصابة العصابة عصابات العصابات "
    # The authorities of the country the article is about (منعت السلطات الصحفيين من …), a forum's
    # participants (طالب المشاركون في المنتدى الحكومة بـ …).
    "السلطات المشاركون المشاركين تلاميذ "
    # … and in the Tunisian press, السلط (السلط الجهوية، السلط المعنية، تجاهل السلط لمطالبهم)
    "السلط "
    # The prosecution, named by its office (أذنت النيابة العمومية بالاحتفاظ بالمظنون فيه).
    "النيابة "
    # More people named by who they are, speakers and addressees as often as the groups above (عبر المرضى عن
    # سعادتهم، دعت الوزارة المسافرين إلى …، طالب المتقاعدون بـ …، وأكد المحامون أن …).
    "المرضى مرضى المستهلكين الركاب المسافرين المسافرون أولياء الأولياء الأسر العائلات النساء "
    "الأمهات المتقاعدين المتقاعدون المتضررين المتضررون المتساكنون المقيمين المقيمون الوافدين الطالبات المعلمات "
    "المربين المربون الحرفيين الباعة المحامين المحامون القضاة الأئمة "
    # teachers and professionals, the doers of so many strikes (سيدخل مهنيو الصحة في إضراب)
    "المدرسين مدرسين المدرسون مدرسون المهنيين مهنيين المهنيون مهنيون "
    # the press, criticised and quoted as one (انتقد الحكم بعض الصحف بسبب نشرها صورا)
    "الصحف "
    # a club's fans, whom its coach and board call on (مطالبا الجماهير بالوقوف خلف الفريق)
    "الجماهير جماهير"
).split()
# A plural in construct drops its ن: مدرسو التعليم، مهنيو الصحة، مواطنو الجهة (from مدرسون، مهنيون، مواطنون).
_COLLECTIVE_WORDS += [w[:-1] for w in _COLLECTIVE_WORDS if w.endswith("ون") and not w.startswith("ال") and len(w) > 4]
COLLECTIVE_AGENTS = frozenset(fold(w) for w in _COLLECTIVE_WORDS)
# Indefinite collectives spelt with ة, which folded read like a noun with the pronoun ه (طلبة students, طلبه his
# request: سيدعم الاتحاد طلبه).
_TA_MARBUTA_COLLECTIVES = frozenset(fold(w) for w in _COLLECTIVE_WORDS if w.endswith("ة") and not w.startswith("ال"))
# A place's part named by a compass adjective after it (قبلي الجنوبية، سيدي بوزيد الغربية).
_COMPASS_ADJECTIVES = frozenset(fold(w) for w in (
    "جنوبية شمالية شرقية غربية جنوبي شمالي شرقي غربي وسطى"
).split())
# "Unknown ones": a doer on their own (أطلق مجهولان النار), an adjective after a noun (مسلحين مجهولين); and so
# the extremists (هاجمها مسلحون متطرفون، مسلحين متشددين), who after a collective describe it.
_UNKNOWN_ONES = frozenset(fold(w) for w in (
    "مجهولون مجهولين مجهولان متطرفون متطرفين متشددون متشددين"
).split())
# تلك الدول، هذه البلدان، الدول الثلاث: the states named together just before; هذا الهيكل النقابي، هذه الجهة: the
# body named last.
_DEMONSTRATIVES = frozenset(fold(w) for w in "هذا هذه تلك".split())
_STATES_WORDS = frozenset(fold(w) for w in "دول الدول بلدان البلدان دولتين الدولتين".split())
# Words for a body a demonstrative points back with: any body, or (هذا الحزب، هذه الوزارة) the last of that kind.
_ANY_BODY = frozenset(fold(w) for w in "هيكل جهة مؤسسة منظمة هيئة تنظيم طرف".split())
_BODY_KINDS = frozenset(fold(w) for w in (
    "حزب حركة نقابة اتحاد جمعية لجنة مجلس وزارة شركة إدارة تحالف ائتلاف جبهة جماعة مجموعة خلية تيار مركز"
).split())
_DEMONSTRATED_BODIES = _ANY_BODY | _BODY_KINDS
# "One of" (أحد الأشخاص، إحدى المصحات): picks someone out of the group named after it.
ONE_OF = frozenset(fold(w) for w in "أحد إحدى".split())
# Broken plurals of people, and plurals of bodies, one of which may be an actor (أحد الأشخاص، إحدى المصحات).
_ONE_OF_BODIES = frozenset(fold(w) for w in "مصحات مستشفيات شركات مؤسسات جمعيات منظمات أحزاب فصائل مواقع".split())
_ONE_OF_GROUPS = frozenset(fold(w) for w in (
    "أشخاص أنفار شبان رجال أطفال فتيات نساء تلاميذ طلبة طلاب عناصر جنود ضباط أعوان قادة أعضاء أئمة"
).split()) | _ONE_OF_BODIES
# Relative pronouns (الذي، التي …), which open a clause about the noun before them.
RELATIVES = frozenset(fold(w) for w in "الذي التي الذين اللذان اللتان اللواتي".split())


def _is_superlative(doc: Document, tok: Token) -> bool:
    """An elative before a definite plural (أخطر، أبرز، أكبر): أفعل, four letters opening with alif."""
    w = bare_stem(doc, tok)
    return len(w) == 4 and w[0] == "ا" and not has_article(doc, tok)


_COUNT_ADJECTIVES = frozenset(fold(w) for w in "الثلاث الأربع الخمس الست الثلاثة الأربعة الخمسة".split())


# Particles a description standing for a person may follow (وأكد أن الممثلة …، لكن اللاعب …).
_DESCRIPTION_OPENERS = frozenset(fold(w) for w in "أن إن ان لكن ولكن بينما وقد قد كما حيث إذ".split())


def _is_state(doc: Document, eid: str) -> bool:
    e = doc.entity(eid)
    return e is not None and e.type == "LOC" and bool(e.kb and e.kb.startswith("iso:"))


# Person titles that, with no name, stand for the article's one holder (الوزير، رئيس الحكومة).
BARE_PERSON_TITLES = PERSON_TITLES | frozenset(fold(w) for w in "ملك أمير مستشارة مبعوث عاهل ولي".split())
# Posts held beside a person, named in construct with the person (مستشار الرئيس، مبعوث الملك، نائب الرئيس).
RELATIONAL_HEADS = frozenset(fold(w) for w in (
    "مستشار مستشارة مستشارو مستشاري نائب نائبة مساعد مساعدة مبعوث مبعوثة ممثل ممثلة سكرتير مرافق مرافقو "
    "حارس حراس"
).split())
# Kin heading a phrase of their own (زوجة الرئيس، شقيق المتهم، والد الضحية، أقارب الشاب): a person apart from the one
# named. KIN less the words that are as often something else before a definite noun: أم (or), ابن (in names),
# أب، عم (about what), خال (free of), جد (very).
FAMILY_HEADS = KIN - frozenset(fold(w) for w in "أب أم ابن عم عمة خال خالة جد جدة".split()) \
    | frozenset(fold(w) for w in "أقارب أسرة".split())
# Owners named by what they own (صاحب المركب، أصحاب المحلات): people the article does not name (صاحب السمو is a courtesy).
OWNER_HEADS = frozenset(fold(w) for w in "صاحب صاحبة".split())
# The posts a person holds, in his own right or beside another (a body or a place is none).
PERSON_POSTS = BARE_PERSON_TITLES | RELATIONAL_HEADS
# Collective agents a nationality adjective makes a state's actor (المعارضة السورية), beside AGENT_HEADS.
ADJECTIVE_COLLECTIVES = frozenset(fold(w) for w in "المعارضة".split())
# Actors named by a noun with one adjective that the noun alone is not (المجتمع: society).
PAIRED_COLLECTIVES = frozenset((fold(a), fold(b)) for a, b in (
    ("مجتمع", "الدولي"), ("مجتمع", "المدني"), ("أسرة", "الدولية"), ("مجموعة", "الدولية"),
    # ألقت الجهات الأمنية القبض على …: the security agencies (الجهات alone are the regions, in Tunisia).
    ("جهات", "الأمنية"), ("أجهزة", "الأمنية"),
    # the public prosecution (طالب الادعاء العام المحكمة بـ …) and a Tunisian region's governor and delegate
    ("ادعاء", "العام"), ("والي", "الجهة"), ("معتمد", "الجهة"), ("معتمد", "المنطقة"),
    # the government's delegation to a negotiation (التقى الوفد الحكومي ممثلي المعتصمين)
    ("وفد", "الحكومي"), ("وفد", "الرسمي"), ("وفد", "الوزاري"),
    # the media named as one (نفى الوزير ما تناقلته بعض وسائل الإعلام), not a means of anything (وسائل التواصل)
    ("وسائل", "الإعلام"),
))
# States named by an epithet the news uses for them (noun, folded next word) → the state's nationality word.
STATE_EPITHETS = {(fold(a), fold(b)): fold(c) for a, b, c in (
    ("كيان", "الصهيوني", "اسرائيلي"), ("كيان", "الإسرائيلي", "اسرائيلي"), ("دولة", "الاحتلال", "اسرائيلي"),
)}
# Heads that take the next word as part of an unnamed actor: قوات الأمن، رجال المقاومة، مسلحي الحوثي.
PHRASE_HEADS = frozenset(fold(w) for w in (
    "قوات قوى عناصر رجال مقاتلو مقاتلي مسلحو مسلحي ميليشيات مليشيات وحدات أنصار طائرات طيران مقاتلات "
    # Tunisian usage for security agents: أعوان الأمن، أعوان الحرس الوطني، فرقة الأبحاث والتفتيش.
    "أعوان عون فرقة فرق دورية دوريات "
    # Representatives of a sector: اجتمع الوزير بممثلي الشركات البترولية (the construct form of ممثلون).
    "ممثلي "
    # a university's students on scholarship (طلب مبتعثو الجامعات السعودية من الملحق الثقافي …), a body's staff
    # (رفض كثير من منسوبي الحرس الجمهوري تنفيذ الأوامر)
    "مبتعثو مبتعثي منسوبي منسوبو "
    # a family named by one of its own (تنظم عائلة الصحفي المختطف مسيرة احتجاجية)
    "عائلة عائلات "
    # members counted out of a group act and are acted on as the group (قتلت الغارة عضوين من حزب الله)
    "عضوين عضوان"
).split())
# Armed men named by what they are, who act as the named group they are "from" (مسلحين من جبهة النصرة).
ARMED_MEMBERS = frozenset(fold(w) for w in (
    "مسلحين مسلحون مقاتلين مقاتلون متمردين متمردون إرهابيين إرهابيون ارهابيين ارهابيون متشددين متشددون"
).split())
# How often a sound plural's singular is seen in the news for the plural to name people (إعلامي, مغرد).
_COMMON_SINGULAR = 10
# Followers named by whom they follow (أنصار حزب العمال الكردستاني): a group apart from the one followed.
FOLLOWERS = frozenset({fold("أنصار")})
# Words that count a people or group: تظاهر آلاف الأردنيين، احتج مئات التونسيين، مئات من المحتجين.
QUANTITIES = frozenset(fold(w) for w in "آلاف الآلاف مئات المئات عشرات العشرات ألوف".split())
# Nouns that count a group named after من: عدد من العاطلين، مئات من المحتجين، مجموعة من الشبان، اعتقلت عددا من الأشخاص.
QUANTIFIERS = QUANTITIES | frozenset(fold(w) for w in "عدد عددا العديد الاف مجموعة بعض جمع كثير الكثير".split())
# "Led by": the leader named after an actor describes it (التحالف بقيادة السعودية), it is acted on by no one.
LED_BY = frozenset(fold(w) for w in "بقيادة بزعامة".split())
# … and "chaired by" (اجتماعات تنسيقية برئاسة أمين الطائف، وفد برئاسة وزير الخارجية): who presides is of the body
# or meeting, neither its counterpart nor what it acts on.
PRESIDED_BY = frozenset(fold(w) for w in "برئاسة".split())
# What places a name where something happens (في موسكو، قرب دمشق; وفي مصر سيلتقي كيري with its conjunction).
_WHERE = frozenset(fold(w) for w in "في داخل قرب وفي ففي".split())
_ABR = fold("عبر")  # "via", and the verb "expressed" (عبّر) written the same
# A security agent or unit named by its service without the article (Tunisian عون أمن، فرقة أمن الملاهي).
_SERVICES = frozenset(fold(w) for w in "أمن حرس شرطة ديوانة حماية".split())
# Prepositions and adverbs no title phrase runs across (الوزير بعد الضربات الأمريكية).
# Words that place one event in time against another (سيلتقي بعد …، عقب الاجتماع) and "during" (خلال اللقاء).
SEQUENCE_WORDS = frozenset(fold(w) for w in "بعد قبل عقب إثر اثر".split())
DURING_WORDS = frozenset(fold(w) for w in "خلال أثناء اثناء".split())
_NOT_IN_A_NAME = PREPOSITIONS | SEQUENCE_WORDS | DURING_WORDS | frozenset(fold(w) for w in "منذ عند أمام امام".split())
# Honorifics between a title and a name: وزير الإعلام الأردني د.محمد المومني.
# Heads that, bare and definite, stand for the one name in full the article gives with them
# (المملكة ← المملكة العربية السعودية، الحركة ← حركة النهضة).
SHORT_NAME_HEADS = frozenset(fold(w) for w in (
    "مملكة حركة حزب جبهة تنظيم جماعة ائتلاف تحالف اتحاد "
    # institutions taken up again by their head: وقالت البعثة، وأضافت الصحيفة، ودعت الجمعية
    "بعثة جمعية صحيفة وزارة منظمة هيئة لجنة نقابة مرصد "
    # وأكدت الشركة في بيانها، وقضت المحكمة، وقال المجلس: the one company, court or council named in full
    "شركة مؤسسة محكمة رابطة بلدية مجلس"
).split())
_KINGDOM_HEAD = fold("مملكة")
# Kingdoms a bare المملكة may stand for (ISO 3166 alpha-3).
KINGDOMS = frozenset("SAU JOR MAR BHR GBR ESP NLD BEL SWE NOR DNK THA".split())
# Peoples named by a broken plural, which after a collective describe it like an adjective
# (المسلحون الأكراد، متظاهرون أتراك، مقاتلين أكراد), with the country the people stands for, if any.
GROUP_PLURALS: dict[str, str | None] = {fold(w): c for w, c in (
    ("أكراد", None), ("عرب", None), ("أتراك", "تركيا"), ("أفغان", "أفغانستان"), ("شيشان", None),
    ("أمازيغ", None), ("تركمان", None), ("طوارق", None), ("دروز", None), ("بلوش", None), ("أرمن", "أرمينيا"),
    ("إيزيديين", None), ("إيزيديون", None), ("أيزيديين", None), ("أيزيديون", None),
)}
# Forms of كان (was): كان X قد فعل، التي كان يحركها، كان للرئيس لقاءات.
KANA = frozenset(fold(w) for w in "كان كانت كانوا يكون تكون يكن تكن يكونوا".split())  # (يكن: after لم)
# كان … قد VERB: the subject sits between them, its apposition (title, affiliation) included.
KANA_STOPS = frozenset(fold(w) for w in "أن إن ان . ؛ : « » \"".split())
KANA_REACH = 30
# Words naming a kind of place before its name (في منطقة سلطان بيلي، بمدينة غاو).
PLACE_WORDS = frozenset(fold(w) for w in "منطقة مدينة محافظة ولاية حي بلدة قرية مخيم إقليم ضاحية جزيرة قصر قطاع".split())
# Where in a place (في وسط قطاع غزة، في شمال سوريا): between في and the place, like a place word.
_PLACE_PARTS = frozenset(fold(w) for w in (
    "وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي أطراف ضواحي "
    # … and the streets, quarters or villages of it (في بعض شوارع اللاذقية، في أحياء حلب الشرقية)
    "بعض شوارع أحياء قرى مدن مناطق أرياف ريف شارع"
).split())
# An unnamed delegation named by who is in it (وفد طلاب، وفد برلماني، وفد رجال أعمال).
DELEGATION_HEADS = frozenset(fold(w) for w in "وفد وفدا".split())
# An unnamed armed group (مجموعة مسلحة، جماعات إرهابية، خلية إرهابية): the head and its adjective.
ARMED_GROUP_HEADS = frozenset(fold(w) for w in (
    "مجموعة مجموعات جماعة جماعات خلية خلايا عصابة عصابات عنصر عنصرا عناصر"
).split())
ARMED_GROUP_ADJECTIVES = frozenset(fold(w) for w in (
    "مسلحة مسلحه إرهابية ارهابية إرهابيه متطرفة متشددة مجهولة تكفيرية انتحارية "
    # a member: عنصرا تكفيريا، عنصر إرهابي
    "مسلح مسلحا إرهابي إرهابيا ارهابي ارهابيا متطرف متطرفا متشدد متشددا تكفيري تكفيريا"
).split())
# A body's organ named by its head and kind before the body (المكتب السياسي لحزب آفاق تونس، الهيئة الإدارية للاتحاد
# العام التونسي للشغل، الأمانة العامة لمجلس التعاون): it speaks and acts for the body.
ORGAN_HEADS = frozenset(fold(w) for w in "مكتب هيئة مجلس لجنة أمانة قيادة كتابة".split())
ORGAN_KINDS = frozenset(fold(w) for w in (
    "السياسي التنفيذي التنفيذية الإدارية الادارية المديرة الوطني الوطنية المركزي المركزية العامة العام "
    "الجهوي الجهوية المحلي المحلية الدائم الدائمة"
).split())
# Security bodies named by a generic head and what they are for (جهاز الأمن والمخابرات، الإدارة الفرعية للقضايا
# الإجرامية، التشكيلة العسكرية، المصالح الأمنية): an actor only with one of the qualifiers after it, as the head
# alone is most often no body (إدارة الأزمة، جهاز التحكم).
SECURITY_BODY_HEADS = frozenset(fold(w) for w in (
    "جهاز أجهزة إدارة الإدارة مديرية المديرية مصالح المصالح مصلحة تشكيلة التشكيلة تشكيلات"
).split())
SECURITY_QUALIFIERS = frozenset(fold(w) for w in (
    "أمن الأمن أمنية الأمنية أمني الأمني عسكرية العسكرية فرعية الفرعية جهوية الجهوية مخابرات المخابرات "
    "استخبارات الاستخبارات حرس الحرس شرطة الشرطة ديوانة الديوانة جمارك الجمارك"
).split())
# Words that make an actor a security force (الشرطة، وحدات الأمن، الحرس الوطني، الجيش، الديوانة): the qualifiers
# above but those of any administration (فرعية، جهوية), and the army and gendarmerie.
SECURITY_FORCE_WORDS = SECURITY_QUALIFIERS - frozenset(fold(w) for w in "فرعية الفرعية جهوية الجهوية".split()) \
    | frozenset(fold(w) for w in "جيش الجيش درك الدرك".split())
# Nouns of places a nationality adjective can qualify (في العاصمة الجزائرية، في المدن السورية).
PLACE_NOUNS = PLACE_WORDS | frozenset(fold(w) for w in (
    "عاصمة مدن مناطق أراضي اراضي محافظات ولايات شوارع مخيمات قرى مياه أجواء اجواء حدود سجون سواحل"
).split())
# Places and institutions named after a person (مطار حميد كرزاي، مدينة الأمير سلطان الإنسانية): the
# person's name there names the place, not the person.
NAMED_AFTER_HEADS = frozenset(fold(w) for w in (
    "مطار مستشفى جامعة شارع ميناء مسجد جامع مدرسة قاعدة ملعب جسر معبر مدينة مركز مؤسسة جائزة مجمع"
).split())
HONORIFICS = frozenset(fold(w) for w in "د . الدكتور المهندس الشيخ اللواء العميد العقيد الفريق المشير السيد السيدة".split())
# Courtesy words that open a title or a name in wire copy, or stand between a title and its holder's name:
# معالي الأمين العام …، صاحب السمو الملكي الأمير …، صاحب الجلالة الملك …، فخامة الرئيس ….
COURTESY = frozenset(fold(w) for w in (
    "معالي المعالي سعادة فضيلة سماحة صاحب السمو الملكي سمو الجلالة جلالة الفخامة فخامة الأستاذ الاستاذ "
    "الأستاذة المهندس المهندسة الدكتور الدكتورة"
).split())
_SEPARATORS = COMMAS | QUOTE_MARKS
TITLE_COMPLEMENTS = frozenset(fold(w) for w in (
    "خارجية دفاع داخلية وزراء باسم عام أركان مجلس حكومة جمهورية حزب حركة برلمان نواب شرطة أمن قوات جيش "
    # a province's or town's council or governor (مجلس محافظة الأنبار، والي ولاية سوسة، رئيس بلدية تونس), a
    # region's government (حكومة إقليم كردستان)
    "محافظة ولاية منطقة بلدية مدينة إقليم"
).split())
# A surname this common in the news (علي، محمد) is no evidence of the person named in full.
SURNAME_MAX_COUNT = 2000
# Words that may sit between a head and its nationality adjective (وزير الدفاع الروسي، مصدر عسكري أردني).
_MODIFIER_GAP = 3
# Posts a person is introduced by and named by again without the name (رئيس الأكاديمية، عميد الكلية), and how
# many words of its body may stand between the post and the name.
_ANAPHOR_POSTS = PERSON_POSTS | frozenset(fold(w) for w in "عميد عميدة عمدة".split())
_POST_BODY_MAX = 6
# What a title's term is, between its nationality and the name (الرئيس الأمريكي المنتخب دونالد ترامب).
_TERM_ADJECTIVES = frozenset(fold(w) for w in "المنتخب المنتخبة الجديد الجديدة السابق السابقة الأسبق الحالي الحالية المؤقت المؤقتة المكلف المكلفة".split())
# The spokesman of a body (المتحدث باسم، الناطق الرسمي باسم).
_SPOKESMEN = frozenset(fold(w) for w in "متحدث متحدثة ناطق ناطقة".split())
_ON_BEHALF = frozenset(fold(w) for w in ("باسم",))
_OFFICIAL_ADJECTIVES = frozenset(fold(w) for w in ("الرسمي", "الرسمية"))
_GOVERNMENTS = frozenset(fold(w) for w in ("حكومة", "حكومات"))
# Words that describe a state's government without naming one (الحكومة المركزية العراقية).
_GOVERNMENT_QUALIFIERS = frozenset(fold(w) for w in (
    "الحالية", "الجديدة", "السابقة", "المركزية", "الاتحادية", "المحلية", "الشرعية", "الرسمية"))


_FORMER = frozenset(fold(w) for w in (*FORMER_WORDS, "سابق", "سابقة", "أسبق"))
_MINISTER = frozenset(fold(w) for w in ("وزير", "وزيرة"))
# Heads of a body named by what it is (مدير المستشفى، رئيس النادي، عميد الكلية): an office the title table need not
# know, as a minister's post.
_BODY_HEADS = frozenset(fold(w) for w in "رئيس رئيسة مدير مديرة عميد".split())


def _complement_adjective(doc: Document, tok: Token) -> bool:
    """A definite adjective that closes a post's complement (الشؤون [الدينية]، التعليم [العالي]) or tells its
    term (السابق), not a nationality (الداخلية [التونسي] names the state) nor a proclitic's new word."""
    if not has_article(doc, tok) or tok.base_start > tok.start or not tok.norm[:1].isalpha():
        return False
    stem = bare_stem(doc, tok)
    if stem in _TERM_ADJECTIVES or fold(tok.norm) in _TERM_ADJECTIVES:
        return True
    return stem.endswith(("يه", "ي")) and len(stem) > 4 and adjective_country(stem) is None


@lru_cache(maxsize=1)
def nationalities() -> dict[str, dict[str, Any]]:
    """Nationality adjective (folded, masc. sg.) → country record; built by ``rasd train events``."""
    path = resources.files("rasd.stages") / "data" / "nationalities.json"
    return json.loads(path.read_text(encoding="utf-8"))


def adjective_country(stem: str) -> dict[str, Any] | None:
    """The country of a folded nationality adjective in any inflection: الروسية، أمريكيون، الأوكرانيين."""
    table = nationalities()
    # ألماني folds to الماني: try the word as it is before taking ال for the article.
    stems = [stem, stem[2:]] if stem.startswith("ال") and len(stem) > 4 else [stem]
    for st in reversed(stems):
        for cand in (st, st[:-1] if st.endswith(("ه", "ا")) else None,
                     st[:-2] if st.endswith(("ين", "ون", "ان")) else None,
                     st[:-3] if st.endswith(("تان", "تين")) else None):
            if cand and len(cand) >= 3 and cand in table:
                return table[cand]
    return None


@lru_cache(maxsize=1)
def nationalities_by_name() -> dict[str, dict[str, Any]]:
    """Country records by any folded name (روسيا، موسكو، Russia)."""
    out: dict[str, dict[str, Any]] = {}
    for rec in nationalities().values():
        for n in (rec["name"], rec["name_ar"], rec.get("iso3") or "", *rec.get("aliases", [])):
            if n:
                out.setdefault(fold(n), rec)
    return out


def _country_named(doc: Document, tok: Token) -> dict[str, Any] | None:
    """The country a one-word name or capital stands for (السعودية، موسكو، بالرياض), if any."""
    rec = nationalities_by_name().get(token_stem(doc, tok))
    if rec is None and tok.base_start < tok.stem_start:
        # للأردن is written without the article's alef.
        rec = nationalities_by_name().get("ا" + _fold_word(doc.text[tok.base_start:tok.end]))
    if rec is not None and common_sense_by_noun_before(doc.text, tok.base_start, token_stem(doc, tok)):
        return None  # لصلاة المغرب: the sunset prayer
    return rec


def country_key(name: str | None) -> str | None:
    """Canonical English name of a country given any of its names (روسيا، موسكو، Russia), else None."""
    if not name:
        return None
    return _country_names().get(fold(name))


def stands_for_state(doc: Document, eid: str) -> bool:
    """A country, or its capital standing for it (روسيا، موسكو); a country the knowledge base links though the
    nationality table lacks it (غينيا، مالي, whose adjectives are ambiguous or missing)."""
    e = doc.entity(eid)
    return e is not None and e.type == "LOC" and (
        any(country_key(n) for n in (e.name, e.name_ar) if n) or (e.kb or "").startswith("iso:"))


def is_city(doc: Document, eid: str) -> bool:
    """A place entity that is no country (نيس، بغداد)."""
    e = doc.entity(eid)
    if e is None or e.type != "LOC":
        return False
    if e.kb:  # the entities stage links countries to iso:, places to geo:
        return e.kb.startswith("geo:")
    return not any(country_key(n) for n in (e.name, e.name_ar) if n)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for rec in nationalities().values():
        for n in (rec["name"], rec["name_ar"], rec.get("iso3") or "", *rec.get("aliases", [])):
            if n:
                out.setdefault(fold(n), rec["name"])
    return out


# Loyal to, belonging to (المتشددون الموالون لداعش، مسلحون تابعون لحزب كوملة), without the article.
ALLEGIANCE_WORDS = frozenset(fold(w) for w in (
    "موال موالي مواليا موالية موالون موالين موالتين تابع تابعا تابعة تابعون تابعين تابعتين"
).split())


@dataclass
class Unit:
    """An actor in a sentence: tokens ``[first, last]`` and the entity ids it stands for."""

    first: int
    last: int
    ids: list[str] = field(default_factory=list)
    kind: str = "mention"  # mention, nominal, country, collective
    label: str = "ORG"
    start: int = -1  # first character (a mention may start after a proclitic the tokenizer kept)


class EntityMaker:
    """Finds or appends entities for country and nominal actors, with fresh ids."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._by_key: dict[str, str] = {}
        for e in doc.entities:
            for name in (e.name, e.name_ar, *(e.aliases or [])):
                if name:
                    self._by_key.setdefault(fold(name), e.id)
        used = {e.id for e in doc.entities}
        for m in doc.mentions:
            if m.entity in used:
                self._by_key.setdefault(fold(doc.text[m.start:m.end]), m.entity)
        self._n = len(used)
        self._used = used

    def _fresh_id(self) -> str:
        while True:
            self._n += 1
            cand = f"e{self._n}"
            # The entities API (actor_for_phrase) may have added entities since this maker was built.
            if cand not in self._used and self.doc.entity(cand) is None:
                self._used.add(cand)
                return cand

    def country(self, rec: dict[str, Any]) -> str:
        """Id of the entity for a country record (reusing one named like it)."""
        for name in (rec["name_ar"], rec["name"]):
            if fold(name) in self._by_key:
                return self._by_key[fold(name)]
        iso3 = rec.get("iso3")
        ent = Entity(id=self._fresh_id(), name=rec["name"], type="LOC", name_ar=rec["name_ar"],
                     kb=f"iso:{iso3}" if iso3 else None, country=iso3 or rec["name"],
                     aliases=list(rec.get("aliases") or []))
        self.doc.entities.append(ent)
        for name in (ent.name, ent.name_ar):
            self._by_key[fold(name)] = ent.id
        return ent.id

    def nominal(self, phrase: str, country: dict[str, Any] | None, type_: str = "ORG") -> str:
        """Id of an entity for an unnamed actor phrase such as ``مصدر عسكري أردني``."""
        key = fold(phrase)
        if key in self._by_key:
            return self._by_key[key]
        aliases = [country["name_ar"], country["name"], *country.get("aliases", [])] if country else []
        ent = Entity(id=self._fresh_id(), name=phrase, type=type_, name_ar=phrase,
                     country=(country.get("iso3") or country["name"]) if country else None, aliases=aliases)
        self.doc.entities.append(ent)
        self._by_key[key] = ent.id
        return ent.id

    def for_mention(self, text: str, label: str) -> str:
        """Id for a mention the entities stage left unlinked (an entity named by its text)."""
        key = fold(text)
        if key in self._by_key:
            return self._by_key[key]
        ent = Entity(id=self._fresh_id(), name=text, type=label, name_ar=text)
        self.doc.entities.append(ent)
        self._by_key[key] = ent.id
        return ent.id


# Masculine singular heads of organisations' names: a feminine nationality word after one (حزب الله السعودية)
# is no adjective of it but the country (السعودية is both).
MASCULINE_ORG_HEADS = frozenset(fold(w) for w in (
    "حزب مجلس جيش اتحاد تحالف تنظيم تيار مركز مكتب ائتلاف برلمان نادي بنك صندوق معهد جهاز"
).split())


def _agrees(doc: Document, head: Token, adjective: Token) -> bool:
    """Whether a nationality word can be the adjective of a name headed by ``head``."""
    return not (bare_stem(doc, adjective).endswith("يه") and bare_stem(doc, head) in MASCULINE_ORG_HEADS)


# The first words of outlets often named bare (رويترز، فرانس برس، «الشرق الأوسط»، الجوهرة أف أم); two-word
# names are joined by "_".
OUTLET_NAMES = frozenset(fold(w) for w in (
    "رويترز فرانس أسوشيتد أسوشييتد الأناضول الشرق_الأوسط أف_أم اف_ام جوهرة سبوتنيك الجزيرة"
).split())


def is_outlet(e) -> bool:
    """Whether an entity is a news outlet, named by its head word or bare (صحيفة كيهان، وكالة أسوشيتد برس by an
    alias, رويترز، فرانس برس): an outlet attacks in words, is told, not met, and passes others' words on."""
    for name in (e.name_ar, e.name, *(e.aliases or ())):
        words = [fold(w) for w in (name or "").split()]
        if words and (words[0].removeprefix("ال") in OUTLET_HEADS or words[0] in OUTLET_NAMES
                      or "_".join(words[:2]) in OUTLET_NAMES):
            return True
    return False


def is_kana(word: str) -> bool:
    """True for a folded form of كان, with or without the و/ف the tokenizer may leave on it (وكان)."""
    return word in KANA or (word[:1] in ("و", "ف") and word[1:] in KANA)


def word_name(doc: Document, tok: Token) -> str:
    """A word as a name, without proclitics: ``وللمتمردين`` → ``المتمردين`` (the elided alef restored)."""
    word = doc.text[tok.base_start:tok.end]
    return restore_article(word) if doc.text[tok.start:tok.base_start].endswith("ل") else word


def definite(doc: Document, tok: Token) -> bool:
    """True when a word carries the article (الغارات، والهجوم, but not لهجوم or هجوما)."""
    return has_article(doc, tok) and tok.stem_start > tok.base_start


def _definiteness(doc: Document, tok: Token) -> bool | None:
    """``definite``, or None when لـ may have elided the article (للاجئين: لاجئين or اللاجئين)."""
    if _fold_word(doc.text[tok.start:tok.end]).startswith("لل"):
        return None
    return definite(doc, tok)


def _adjectival(doc: Document, tok: Token, min_len: int = 6) -> bool:
    """A definite nisba adjective (الشعبية، الوطني، الجنوبية) that is no nationality, of at least ``min_len``
    letters with its article."""
    w = tok.norm
    if w in _PLURAL_NISBA:
        return True  # النشطاء المدنيين: civil, not civilians
    return w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) >= min_len and adjective_country(w) is None


def _body_adjective(doc: Document, tok: Token) -> bool:
    """A definite adjective of a body's name that is no nationality (الداخلي، السري، العام، العاملة)."""
    return tok.norm in _GENERAL or tok.norm in _STATIONED or _adjectival(doc, tok, min_len=5)


_GENERAL = frozenset(fold(w) for w in "العام العامة".split())
# Where a unit serves (التشكيلة العسكرية العاملة بالمنطقة): part of its name, never an actor of its own.
_STATIONED = frozenset(fold(w) for w in "العاملة العامل العاملين المتمركزة المرابطة المختصة".split())
# Brackets and quotes a group's name may stand in after its fighters (مسلحو "داعش"، مسلحو (داعش)).
_NAME_BRACKETS = frozenset('("«“')


# Particles no name opens with, which end a title phrase as plainly as a preposition (وكان وزير الخارجية قد
# دعا، وزير التربية الذي دعا).
_PHRASE_ENDERS = frozenset(fold(w) for w in "قد لقد لم لن سوف الذي التي".split())


# Plural nisba adjectives that are also people nouns (المدنيين: civilians / civil).
_PLURAL_NISBA = frozenset(fold(w) for w in "المدنيين المدنيون".split())


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    # Words repeat across and within articles: folding each once saves most of the stage's time.
    return fold(word)


def token_stem(doc: Document, tok: Token) -> str:
    """Folded word without proclitics (keeps ال): ``وبالقوات`` → ``القوات``."""
    return _fold_word(doc.text[tok.base_start:tok.end])


def prep_clitic(doc: Document, tok: Token) -> bool:
    """True when a preposition is attached to the token (بالوزارة، للاتحاد، كرئيس)."""
    return any(c in "بلك" for c in doc.text[tok.start:tok.base_start])


def has_article(doc: Document, tok: Token) -> bool:
    """True when the word, past its proclitics, starts with ال (والهجوم، الغارات; not هجوم)."""
    return token_stem(doc, tok).startswith("ال")


def past_quote_marks(doc: Document, x: int, end: int) -> int:
    """The first token from ``x`` (up to ``end``) that is no quotation mark: وطالب "الفيفي" …"""
    while x <= end and doc.tokens[x].norm in QUOTE_MARKS:
        x += 1
    return x


def _after_verb(doc: Document, tok: Token, verbs: frozenset[str]) -> bool:
    """Whether ``tok`` is one of ``verbs`` past its proclitics, the و the tokenizer may have left on it too (وأكد)."""
    w = _fold_word(doc.text[tok.base_start:tok.end])
    return w in verbs or (w[:1] in ("و", "ف") and w[1:] in verbs)


def bare_stem(doc: Document, tok: Token) -> str:
    """Folded word without proclitics and article: ``وبالقوات`` → ``قوات``."""
    return _fold_word(doc.text[tok.stem_start:tok.end])


def word_forms(doc: Document, tok: Token, drop_suffix: bool = True) -> set[str]:
    """Folded look-up forms of a word: without proclitics, without the article, without the
    accusative alef or ة (تحريضا → تحريض، مغالطة → مغالط) and, with ``drop_suffix``, without a
    pronoun suffix (اعتداءاتها → اعتداءات)."""
    forms = {token_stem(doc, tok), bare_stem(doc, tok)}
    if drop_suffix:
        forms.add(_fold_word(doc.text[tok.stem_start:tok.stem_end]))
    return forms | {f[:-1] for f in forms if f.endswith(("ا", "ه")) and len(f) > 4}


# Nouns that with من before them govern an agent: من طرف X، من قبل X.
AGENT_MARKERS = frozenset(fold(w) for w in "قبل طرف".split())

# The outlet's own reporter (مراسلنا، موفدتنا): the narrator, no actor of the story.
NARRATOR_WORDS = frozenset(fold(w) for w in (
    "مراسلنا مراسلتنا مراسلينا موفدنا موفدتنا موفدينا مندوبنا مندوبتنا محررنا"
).split())


class ActorIndex:
    """Actor units of a whole document, per token, built once per document."""

    use_entities_api = True
    create = True

    def __init__(self, doc: Document, maker: EntityMaker | None = None, verbs: frozenset[str] = frozenset()):
        """``verbs``: folded verb forms that a one-word name at the start of a sentence is taken to be
        (دان معالي الأمين العام …: "condemned", which the name tagger read as the name Dan)."""
        self.doc = doc
        self.maker = maker or EntityMaker(doc)
        toks = doc.tokens
        self.starts = [t.start for t in toks]
        self.units: list[Unit] = []
        self.unit_at: dict[int, Unit] = {}
        # First tokens of units that only attribute (بحسب رويترز): never an event's actor.
        self.excluded: set[int] = set()
        # Units of an outlet a statement is made or told to (لمراسلة الجوهرة أف أم، أفاد … وكالة رويترز بأن): no speaker.
        self.told_outlets: set[int] = set()
        # First tokens of bodies named as whose a group is (أساتذة [جامعة الزيتونة]): passed over when an event's
        # target is looked for.
        self.genitives: set[int] = set()
        # First tokens of groups only counted (عدد من الإعلاميين): actors of events, but bare, so no speakers.
        self.counted_people: set[int] = set()
        self._full_names: dict[str, dict[str, tuple[int, list[str], str]]] | None = None
        self._sentence_starts: set[int] | None = None
        # Entities named as the outlet's own reporter (موفدتنا إيمان الفجاري): the narrator, no actor.
        self.narrators: set[str] = set()
        # Tokens inside time expressions (actors are looked for past them).
        self.timex_tokens: set[int] = set()
        for t in doc.timexes:
            i, j = self.token_range(t.start, t.end)
            self.timex_tokens.update(range(i, j + 1))
        covered: set[int] = set()
        openers = {self.token_range(s.start, s.end)[0] for s in doc.sentences} if verbs else set()
        byline = byline_name_end(doc.text)
        for m in sorted(doc.mentions, key=lambda m: m.start):
            i, j = self.token_range(m.start, m.end)
            if i > j:
                continue
            if m.end <= byline:
                # خلود غنام- سبق- الرياض: the reporter who signs the lead is no actor there (الرياض- واس: nor the
                # dateline's place); a namesake in the story still is (وطالب "الفيفي" after عبدالرحمن الفيفي- سبق-)
                continue
            if m.entity and any(fold(doc.text[toks[x].base_start:toks[x].end]) in NARRATOR_WORDS for x in (i - 1, i)
                                if x >= 0):
                self.narrators.add(m.entity)  # (وقال مراسلنا فلان، موفدتنا فلانة as one mention)
            if i == j and i in openers and toks[i].norm in verbs:
                continue  # a sentence's first word, a verb, read as a one-word name
            if m.label == "PER" and i > 0 and i - 1 not in covered and bare_stem(doc, toks[i - 1]) in NAMED_AFTER_HEADS:
                self._unnamed(i - 1, j, covered)  # مطار حميد كرزاي: the airport, named after the man
                continue
            known = m.entity is not None and doc.entity(m.entity) is not None
            eid = m.entity if known else self.maker.for_mention(doc.text[m.start:m.end], m.label)
            u = Unit(i, j, [eid], "mention", m.label, m.start)
            ent = doc.entity(eid)
            rec = nationalities_by_name().get(fold(ent.country)) if ent is not None and ent.country \
                and m.label == "PER" else None
            if rec is not None:  # a state official also stands for the state (GUIDELINES.md, Aliases)
                u.ids.append(self.maker.country(rec))
            self._add(u)
            covered.update(range(i, j + 1))
        self._adjective_mentions()
        self._repeats(covered)
        self._surnames(covered)
        self._appositions()
        self._titles(covered)
        self._relational_titles(covered)
        self._bare_titles(covered)
        self._state_epithets(covered)
        self._descriptions(covered, verbs)
        self._title_anaphors(covered, verbs)
        for k, tok in enumerate(toks):
            if k in covered or not tok.norm[:1].isalpha():
                continue
            rec = adjective_country(bare_stem(doc, tok))
            if rec is not None:
                self._adjective(k, rec)
                continue
            short = self._short_name(k)
            if short is not None:
                # سيزور المملكة، ودعت الحركة: the one kingdom or movement the article names in full.
                self._add(Unit(k, k, list(short[0]), "mention", short[1], tok.base_start))
                covered.add(k)
                continue
            rec = _country_named(doc, tok)
            if rec is not None:
                # A country or capital the name tagger missed (زار ترامب الرياض): an actor all the same.
                self._add(Unit(k, k, [self.maker.country(rec)], "mention", "LOC", tok.base_start))
                covered.add(k)
                continue
            if bare_stem(doc, tok) in FAMILY_HEADS | OWNER_HEADS and not has_article(doc, tok) and k + 1 < len(toks) \
                    and k + 1 not in covered and k + 1 not in self.unit_at and definite(doc, toks[k + 1]) \
                    and toks[k + 1].norm not in COURTESY and not (
                        bare_stem(doc, tok) in OWNER_HEADS and (w := self.unit_at.get(k + 2)) is not None
                        and w.label == "PER" and w.first == k + 2) \
                    and not self._apposed_to_name(k):
                # وطالب زوج الهالكة، قال والد الضحية، وأكد صاحب المركب: the kin or the owner of someone or
                # something unnamed (صاحب المشروع العياشي العجرودي: the owner named right after)
                self._unnamed(k, k + 1, covered)
                continue
            if bare_stem(doc, tok) in DELEGATION_HEADS and not has_article(doc, tok) \
                    and (body := self._group_after_min(k, states=True)) is not None:
                self._extend_back(body, k, covered)  # التقى وفد من هيئة المحامين …: the body's own delegation
                continue
            if bare_stem(doc, tok) in DELEGATION_HEADS and k + 1 < len(toks) and k + 1 not in covered \
                    and toks[k + 1].norm[:1].isalpha() and not has_article(doc, toks[k + 1]) \
                    and toks[k + 1].norm not in PREPOSITIONS and toks[k + 1].norm not in LED_BY | PRESIDED_BY \
                    and toks[k + 1].base_start == toks[k + 1].start and not has_article(doc, tok):
                # زار وفد طلاب الملحقية: an unnamed delegation visits; وفد برلماني فرنسي زار سوريا، وفد
                # فرنسي: with its state's adjective, the state's delegation
                rec = adjective_country(bare_stem(doc, toks[k + 1]))
                last = k + 1
                if rec is None and k + 2 < len(toks) and k + 2 not in covered and not has_article(doc, toks[k + 2]):
                    rec = adjective_country(bare_stem(doc, toks[k + 2]))
                    last = k + 2 if rec is not None else k + 1
                self._unnamed(k, last, covered, rec)
                continue
            if bare_stem(doc, tok) in DELEGATION_HEADS and has_article(doc, tok) and k + 1 < len(toks) \
                    and k + 1 not in covered and has_article(doc, toks[k + 1]) \
                    and toks[k + 1].base_start == toks[k + 1].start and adjective_country(bare_stem(doc, toks[k + 1])) is None:
                self._unnamed(k, k + 1, covered)  # الوفد البرلماني الذي زار سوريا: the delegation of its adjective
                continue
            if bare_stem(doc, tok) in ARMED_GROUP_HEADS and k + 1 < len(toks) and k + 1 not in covered \
                    and bare_stem(doc, toks[k + 1]) in ARMED_GROUP_ADJECTIVES:
                self._unnamed(k, k + 1, covered)  # الهجوم الذي شنته مجموعة مسلحة: an actor though unnamed
                continue
            if bare_stem(doc, tok) in SECURITY_BODY_HEADS and k + 1 < len(toks) and k + 1 not in covered \
                    and k + 1 not in self.unit_at and toks[k + 1].norm in SECURITY_QUALIFIERS:
                last = k + 1
                if last + 1 < len(toks) and last + 1 not in covered and toks[last + 1].norm[:1] == "و" \
                        and toks[last + 1].norm[1:] in SECURITY_QUALIFIERS:
                    last += 1  # جهاز الأمن والمخابرات
                while last + 1 < len(toks) and last + 1 not in covered and last + 1 not in self.unit_at \
                        and last < k + 4 and _body_adjective(doc, toks[last + 1]):
                    last += 1  # جهاز الأمن الداخلي، جهاز الأمن السري الأميركي
                rec = adjective_country(bare_stem(doc, toks[last + 1])) \
                    if last + 1 < len(toks) and last + 1 not in covered else None
                self._unnamed(k, last + 1 if rec is not None else last, covered, rec)
                continue
            if bare_stem(doc, tok) in ORGAN_HEADS and has_article(doc, tok) and k + 2 < len(toks) \
                    and k + 1 not in covered and toks[k + 1].norm in ORGAN_KINDS \
                    and (body := self.unit_at.get(k + 2)) is not None and body.first == k + 2 \
                    and body.kind in ("mention", "titled") and body.label == "ORG" \
                    and "ل" in doc.text[toks[k + 2].start:toks[k + 2].base_start]:
                self._extend_back(body, k, covered)  # جدد المكتب السياسي لحزب آفاق تونس دعمه: the party
                continue
            if (token_stem(doc, tok) in PHRASE_HEADS or bare_stem(doc, tok) in PHRASE_HEADS) and k + 1 < len(toks):
                nxt = self.unit_at.get(k + 1)
                if nxt is None and k + 2 < len(toks) and toks[k + 1].norm in _NAME_BRACKETS \
                        and (inner := self.unit_at.get(k + 2)) is not None and inner.first == k + 2 \
                        and inner.kind == "mention" and bare_stem(doc, tok) not in FOLLOWERS:
                    nxt = inner  # أطلق مسلحو (داعش) النار: the group named in brackets or quotes
                if nxt is None and bare_stem(doc, tok) not in FOLLOWERS:
                    nxt = self._group_after_min(k)  # خطف عناصر من جبهة النصرة قائد الفرقة: members act as the group
                if nxt is not None and nxt.first == k + 1 and nxt.kind == "mention" \
                        and bare_stem(doc, tok) in FOLLOWERS and nxt in self.units:
                    # تظاهر أنصار حزب العمال الكردستاني: the party's supporters are people of their own, not the party
                    self.units.remove(nxt)
                    self._unnamed(k, nxt.last, covered)
                    continue
                if nxt is not None and nxt.first in (k + 1, k + 2):  # مسلحي الحوثي → the Houthis
                    self._extend_back(nxt, k, covered)
                    continue
                if k + 1 not in covered and (toks[k + 1].norm.startswith("ال") or toks[k + 1].norm in _SERVICES) \
                        and adjective_country(bare_stem(doc, toks[k + 1])) is None:
                    last, rec = k + 1, None
                    if k + 2 < len(toks) and k + 2 not in covered:
                        rec = adjective_country(bare_stem(doc, toks[k + 2]))
                        if rec is not None:
                            last = k + 2  # قوات الاحتلال الإسرائيلي: the occupation forces are Israel's
                    self._unnamed(k, last, covered, rec)
                    continue
            stem = token_stem(doc, tok)
            if k + 1 < len(toks) and k + 1 not in covered and (
                    bare_stem(doc, tok), toks[k + 1].norm) in PAIRED_COLLECTIVES:
                # دعا عباس المجتمع الدولي إلى التدخل; الادعاء العام الألماني: with its state's adjective
                rec = adjective_country(bare_stem(doc, toks[k + 2])) if k + 2 < len(toks) and k + 2 not in covered \
                    else None
                self._unnamed(k, k + 2 if rec is not None else k + 1, covered, rec)
                continue
            if stem in COLLECTIVE_AGENTS or bare_stem(doc, tok) in COLLECTIVE_AGENTS or (
                    "ال" + bare_stem(doc, tok) in COLLECTIVE_AGENTS and (
                        tok.stem_start > tok.base_start or stem.endswith(("ين", "ون")))) or (
                    # (a sound plural listed with ال stands without it too: ثلاثة متشددين، إرهابيون)
                    stem[:1] in ("و", "ف") and stem[1:] in COLLECTIVE_AGENTS):  # ومحتجين, و left on by the tokenizer
                if k + 1 < len(toks) and adjective_country(bare_stem(doc, toks[k + 1])) is not None:
                    continue  # الجيش الأردني: the adjective makes a nominal actor with its country
                if stem in _GENITIVE_PRONE and k > 0 and not has_article(doc, toks[k - 1]) \
                        and toks[k - 1].base_start == toks[k - 1].start and not self._may_stand_alone(k, verbs):
                    continue  # رئيس الدولة، مؤسسات الدولة: the state is whose the noun before it is, no actor
                if doc.text[tok.base_start:tok.end].endswith("ه") and bare_stem(doc, tok) in _TA_MARBUTA_COLLECTIVES:
                    continue  # طلبه: his request, not students (طلبة)
                if bare_stem(doc, tok) in _UNKNOWN_ONES and k > 0 and (k - 1 in covered or k - 1 in self.unit_at):
                    continue  # برصاص مسلحين مجهولين: "unknown" describes the gunmen before it
                if stem.endswith("و") and not has_article(doc, tok) and (group := self.unit_at.get(k + 1)) is not None \
                        and group.first == k + 1 and group.label == "ORG":
                    continue  # متمردو طالبان، مسلحو داعش: a group's fighters (a plural in construct) are the group
                if bare_stem(doc, tok) in ARMED_MEMBERS and (group := self._group_after_min(k)) is not None:
                    self._extend_back(group, k, covered)  # مسلحين من جبهة النصرة خطفوا …: fighters from a named group
                    continue
                last = k
                people = self._group_plural(k + 1, definite=has_article(doc, tok))
                if people is not None:  # المسلحون الأكراد: one actor, not militants acting on the Kurds
                    last = k + 1
                # With its adjective: المقاومة الشعبية، الجيش الوطني.
                if k + 1 < len(toks) and k + 1 not in covered and _adjectival(doc, toks[k + 1]):
                    last = k + 1
                phrase = word_name(doc, tok) + doc.text[tok.end:toks[last].end]
                if stem not in COLLECTIVE_AGENTS and bare_stem(doc, tok) not in COLLECTIVE_AGENTS \
                        and stem[:1] in ("و", "ف") and stem[1:] in COLLECTIVE_AGENTS:
                    phrase = phrase[1:]  # ومحتجين → محتجين
                country = nationalities_by_name().get(fold(people)) if people else None
                self._add(Unit(k, last, [self.maker.nominal(phrase, country)], "collective", "ORG"))
                covered.update(range(k, last + 1))
                if last == k and not has_article(doc, tok) and not stem.endswith(("و", "ون", "ين", "ا")) \
                        and (body := self.unit_at.get(k + 1)) is not None and body.first == k + 1 \
                        and body.label == "ORG":
                    # أساتذة جامعة الزيتونة، عمال شركة الفسفاط: the body is whose they are, no actor of its own
                    self.genitives.add(body.first)
        self._counted_people(covered)
        self._one_of(covered)
        self._states_named_before(covered)
        self._demonstrative_bodies(covered)
        self._spokesmen()
        self._allegiances()
        self.units.sort(key=lambda u: u.first)
        self.excluded.update(u.first for u in self.units if u.first > 0 and toks[u.first - 1].norm in PRESIDED_BY)
        # First tokens of the units, in order, for bisecting (the units do not change after this).
        self.unit_firsts = [u.first for u in self.units]

    def _group_after_min(self, k: int, states: bool = False) -> Unit | None:
        """The named organisation right after من past token ``k`` (عناصر من [جبهة النصرة]), which the words at ``k``
        name members of. Only an organisation: fighters from a country (مقاتلون من سوريا) are not the country, but
        with ``states`` a delegation from one is its (وفد من السعودية)."""
        toks = self.doc.tokens
        if k + 2 >= len(toks) or toks[k + 1].norm != "من":
            return None
        u = self.unit_at.get(k + 2)
        if u is None or u.first != k + 2 or u.kind != "mention":
            return None
        return u if u.label == "ORG" or (states and any(stands_for_state(self.doc, x) for x in u.ids)) else None

    def _extend_back(self, unit: Unit, k: int, covered: set[int]) -> None:
        """Extend ``unit`` back to token ``k``: the words before it name the same actor (مسلحي [الحوثي]، عناصر من
        [جبهة النصرة]، المكتب السياسي ل[حزب آفاق تونس])."""
        for x in range(k, unit.first):
            self.unit_at[x] = unit
            covered.add(x)
        unit.first = k

    def _allegiances(self) -> None:
        """An actor named after الموالي(ن) لـ or التابع(ون) لـ is the side of the actor right before it, one actor
        with it: ``سيطر المتشددون الموالون لداعش على مدينة سرت`` (the militants are the Islamic State's), ``هاجم
        مسلحون تابعون لحزب كوملة``; not the object of what that actor does."""
        doc, toks = self.doc, self.doc.tokens
        for v in list(self.units):
            k = v.first - 1
            if k >= 1 and toks[k].norm == "ل":
                k -= 1  # (لـ written apart)
            elif "ل" not in doc.text[toks[v.first].start:toks[v.first].base_start]:
                continue
            if k < 1 or bare_stem(doc, toks[k]) not in ALLEGIANCE_WORDS:
                continue
            # (the word may already close the actor as its adjective: القوات الموالية)
            u = self.unit_at.get(k) or self.unit_at.get(k - 1)
            if u is None or u is v or u.last not in (k - 1, k) or u not in self.units:
                continue
            self._take_in(u, v)

    def _spokesmen(self) -> None:
        """A spokesman speaks for his body: المتحدث باسم الخارجية الإيرانية، الناطق الرسمي باسم الحكومة is the
        body's unit, run back over the title (which, with no name after it, made no unit of its own)."""
        doc, toks = self.doc, self.doc.tokens
        for u in list(self.units):
            x = u.first - 1
            if x < 1 or token_stem(doc, toks[x]) not in _ON_BEHALF or x - 1 in self.unit_at:
                continue
            y = x - 1
            if token_stem(doc, toks[y]) in _OFFICIAL_ADJECTIVES and y > 0 and y - 1 not in self.unit_at:
                y -= 1
            if bare_stem(doc, toks[y]) not in _SPOKESMEN:
                continue
            if any((named := self.unit_at.get(z)) is not None and named.label == "PER" and named.first == z
                   for z in range(u.last + 1, min(len(toks), u.last + 6))):
                # الناطق الرسمي باسم الجبهة الشعبية حمة الهمامي، … باسم وزارة الدفاع الوطني المقدم بلحسن الوسلاتي:
                # the spokesman is named, past a rank or a title, and speaks
                continue
            if y > 0 and (named := self.unit_at.get(y - 1)) is not None and named.label == "PER" \
                    and named.last == y - 1:
                continue  # هزار الجيناوي الناطقة باسم الحزب: named just before, the title says what she is
            for z in range(y, u.first):
                self.unit_at[z] = u
            u.first = y

    def _group_plural(self, k: int, definite: bool) -> str | None:
        """The country name (or "" for a stateless people) of a people's broken plural at token ``k``
        agreeing in definiteness with the collective before it (الأكراد after المسلحون, أكراد after
        مقاتلين); None if there is none. A one-word name unit the tagger made of it is dropped."""
        doc, toks = self.doc, self.doc.tokens
        if k >= len(toks) or toks[k].base_start > toks[k].start:
            return None  # وللأكراد: a preposition or conjunction makes it another phrase
        word = token_stem(doc, toks[k])
        if word.startswith("ال") != definite:
            return None
        key = word[2:] if definite else word
        if key not in GROUP_PLURALS:
            return None
        u = self.unit_at.get(k)
        if u is not None:
            if u.first != u.last:
                return None
            self.units.remove(u)
            del self.unit_at[k]
        return GROUP_PLURALS[key] or ""

    def _short_name(self, k: int) -> tuple[list[str], str] | None:
        """Ids and label of the one name the article gives in full that a bare definite head at token
        ``k`` stands for: ``سيزور المملكة`` → المملكة العربية السعودية, ``ودعت الحركة`` → حركة النهضة."""
        doc, toks = self.doc, self.doc.tokens
        tok = toks[k]
        if not has_article(doc, tok) or bare_stem(doc, tok) not in SHORT_NAME_HEADS:
            return None
        if k + 1 < len(toks) and _adjectival(doc, toks[k + 1]):
            return None  # الحركة الوطنية: a head with its own adjective is another name
        if self._full_names is None:
            self._full_names = {}
            for u in self.units:
                if u.kind not in ("mention", "titled") or u.label not in ("LOC", "ORG"):
                    continue
                if u.kind == "titled":
                    # حزب آفاق تونس, its head taken in with the tagged name: the head opens the unit
                    if bare_stem(doc, toks[u.first]) not in SHORT_NAME_HEADS:
                        continue
                    head = bare_stem(doc, toks[u.first])
                elif u.last == u.first:
                    # تنظيم داعش with only داعش tagged: the head word before the name is its head.
                    if u.first == 0 or bare_stem(doc, toks[u.first - 1]) not in SHORT_NAME_HEADS:
                        continue
                    head = bare_stem(doc, toks[u.first - 1])
                else:
                    head = bare_stem(doc, toks[u.first])
                name = fold(doc.text[u.start:toks[u.last].end])
                self._full_names.setdefault(head, {}).setdefault(name, (u.first, list(u.ids), u.label))
        names = self._full_names.get(bare_stem(doc, tok), {})
        if not names and bare_stem(doc, tok) == _KINGDOM_HEAD:
            return self._the_kingdom()
        # The one name given before it; with none before, the article's one name (a later name the tagger made
        # of the head and the next word, الجمعية الزكاة, does not make the earlier جمعية البر ambiguous).
        before = [(ids, label) for first, ids, label in names.values() if first < k]
        if len(before) == 1:
            return before[0]
        return next((ids, label) for _, ids, label in names.values()) if len(names) == 1 else None

    def _the_kingdom(self) -> tuple[list[str], str] | None:
        """The kingdom a bare المملكة stands for when the article never names one in full: the one kingdom it
        names otherwise (السعودية، الأردن), or with none named Saudi Arabia, as the Gulf press writes it (bare
        المملكة is in 4,725 of the unlabeled articles; 3,857 of them name no kingdom but Saudi Arabia)."""
        named = {iso for u in self.units for e in u.ids if (ent := self.doc.entity(e)) is not None
                 and (iso := (ent.kb or "").removeprefix("iso:")) in KINGDOMS}
        if len(named) > 1:
            return None
        rec = nationalities_by_name().get(fold(next(iter(named)) if named else "SAU"))
        return ([self.maker.country(rec)], "LOC") if rec is not None else None

    def _appositions(self) -> None:
        """A name followed by its title and country is one actor: هوراسيو كارتيس رئيس باراغواي."""
        toks = self.doc.tokens
        for u in list(self.units):
            if u.label != "PER":
                continue
            k = u.last + 1
            if k < len(toks) and toks[k].norm in COMMAS:
                k += 1
            if k >= len(toks) or k in self.unit_at:
                continue
            if bare_stem(self.doc, toks[k]) not in AGENT_HEADS and token_stem(self.doc, toks[k]) not in AGENT_HEADS:
                continue
            if toks[k].base_start > toks[k].start:
                continue  # لقاء الناصر بوزير خارجية مصر: a prepositional phrase, not the name's title
            for x in (k + 1, k + 2):
                v = self.unit_at.get(x)
                if v is not None and v is not u and v.first == x and v.label in ("LOC", "ORG"):
                    if (w := self.unit_at.get(v.last + 1)) is not None and w.first == v.last + 1 \
                            and w.label == "PER" and w.kind == "mention":
                        # طالب … ريكاردو ايتشيجاراي رئيس لجنة الحكام لويس سيجورا: the title goes before the name
                        # right after it, that name's own, not the apposition of the name before
                        break
                    self._take_in(u, v)
                    break
                if v is not None:
                    break

    def _repeats(self, covered: set[int]) -> None:
        """A name tagged once is an actor wherever the same words recur untagged
        (the name tagger often finds حزب العمال الكردستاني once in an article, not every time)."""
        doc, toks = self.doc, self.doc.tokens
        freq = word_frequencies()
        by_first: dict[str, list[tuple[tuple[str, ...], Unit]]] = {}
        for u in self.units:
            first = fold(doc.text[max(toks[u.first].base_start, u.start):toks[u.first].end])
            rest = tuple(toks[x].norm for x in range(u.first + 1, u.last + 1))
            if not first or u.last - u.first > 4 or not all(rest):
                continue
            if not rest and u.label != "LOC" and freq.count_folded(first) >= SURNAME_MAX_COUNT:
                continue  # a common single word tagged once is weak evidence
            by_first.setdefault(first, []).append((rest, u))
        if not by_first:
            return
        for cands in by_first.values():
            cands.sort(key=lambda c: -len(c[0]))
        text = doc.text
        k = 0
        while k < len(toks):
            cands = None if k in covered else by_first.get(fold(text[toks[k].base_start:toks[k].end]))
            hit = None
            for rest, owner in cands or ():
                n = len(rest) + 1
                if k + n <= len(toks) and all(toks[k + 1 + x].norm == w and k + 1 + x not in covered
                                              for x, w in enumerate(rest)):
                    hit = (n, owner)
                    break
            if hit is None:
                k += 1
                continue
            n, owner = hit
            self._add(Unit(k, k + n - 1, [owner.ids[0]], "mention", owner.label, toks[k].base_start))
            covered.update(range(k, k + n))
            k += n
        self.units.sort(key=lambda u: u.first)

    def _descriptions(self, covered: set[int], verbs: frozenset[str]) -> None:
        """A person introduced by what they are (الممثلة الفرنسية بريجيت باردو، الفنان راشد الماجد) is an actor
        where that word stands for them again, as subject or object (وكانت الممثلة دعت السلطات): the one
        introduced last before it. Only after a verb, a particle or punctuation: after a noun the word is its
        genitive, anyone (حقوق المواطن)."""
        doc, toks = self.doc, self.doc.tokens
        intros: dict[str, list[tuple[int, str]]] = {}
        for u in self.units:
            if u.kind != "mention" or u.label != "PER" or u.first < 1:
                continue
            h = u.first - 1
            while h > u.first - 3 and h - 1 >= 0 and has_article(doc, toks[h]) and h - 1 not in covered \
                    and h - 1 not in self.unit_at and has_article(doc, toks[h - 1]) \
                    and toks[h - 1].base_start == toks[h - 1].start:
                h -= 1  # (الممثلة الفرنسية المعتزلة بريجيت باردو: the head opens the definite phrase)
            tok = toks[h]
            if h in covered or h in self.unit_at or not has_article(doc, tok) or tok.base_start != tok.start \
                    or not tok.norm.isalpha() or len(tok.norm) < 5 or _adjectival(doc, tok, 5) \
                    or adjective_country(bare_stem(doc, tok)) is not None:
                continue
            if h > 0 and not self._may_stand_alone(h, verbs):
                continue  # (وزير الدفاع الروسي سيرغي شويغو: الدفاع is the title's genitive, no description)
            intros.setdefault(tok.norm, []).append((h, u.ids[0]))
        if not intros:
            return
        for k, tok in enumerate(toks):
            seen = intros.get(tok.norm) if k not in covered and k not in self.unit_at else None
            owner = next((eid for at, eid in reversed(seen) if at < k), None) if seen else None
            if owner is None or tok.base_start != tok.start or k == 0:
                continue
            nxt = self.unit_at.get(k + 1)
            if nxt is not None and nxt.label == "PER":
                continue  # (الممثلة الأمريكية جين فوندا: another one introduced)
            if not self._may_stand_alone(k, verbs):
                continue
            self._add(Unit(k, k, [owner], "mention", "PER", tok.base_start))
            covered.add(k)
        self.units.sort(key=lambda u: u.first)

    def _title_anaphors(self, covered: set[int], verbs: frozenset[str]) -> None:
        """A person introduced after a post and its body (رئيس الأكاديمية العربية للعلوم إسماعيل عبد الغفار، عميد
        التعلم الإلكتروني عبدالعزيز العامر) is the one meant where the post stands again before words of that body
        with no name after it (وأكد رئيس الأكاديمية، أن …): the one person so introduced before it."""
        doc, toks = self.doc, self.doc.tokens
        n = len(toks)
        intros: list[tuple[int, str, frozenset[str], str]] = []  # (post token, post, words of its body, person)
        for u in self.units:
            if u.kind != "mention" or u.label != "PER":
                continue
            for h in range(u.first - 1, max(-1, u.first - 1 - _POST_BODY_MAX), -1):
                v = self.unit_at.get(h)
                if not toks[h].norm[:1].isalpha() or (v is not None and v.label == "PER"):
                    break
                post = bare_stem(doc, toks[h])
                if post in _ANAPHOR_POSTS and not has_article(doc, toks[h]) and h + 1 < u.first:
                    body = frozenset(bare_stem(doc, toks[x]) for x in range(h + 1, u.first)
                                     if toks[x].norm not in HONORIFICS and token_stem(doc, toks[x]) not in COURTESY)
                    if body:
                        intros.append((h, post, body, u.ids[0]))
                    break
        if not intros:
            return
        for k in range(1, n - 1):
            post = bare_stem(doc, toks[k])
            if k in covered or k in self.unit_at or post not in _ANAPHOR_POSTS or has_article(doc, toks[k]) \
                    or not (self._may_stand_alone(k, verbs) or _after_verb(doc, toks[k - 1], verbs)):
                # (وأكد رئيس الأكاديمية, the و left on the verb too; not حقوق رئيس الأكاديمية. _descriptions keeps
                # the stricter test: read past that و there, a later word after وحذر took the wrong person on the seed)
                continue
            last = k
            while last + 1 < n and last - k < 2 and last + 1 not in covered and toks[last + 1].norm[:1].isalpha() \
                    and ((v := self.unit_at.get(last + 1)) is None or v.label != "PER"):
                words = frozenset(bare_stem(doc, toks[x]) for x in range(k + 1, last + 2))
                if not any(p == post and words <= body for _, p, body, _ in intros):
                    break
                last += 1
            if last == k or any((v := self.unit_at.get(x)) is not None and v.label == "PER"
                                for x in range(last + 1, min(n, last + 4))) \
                    or (last + 1 < n and adjective_country(bare_stem(doc, toks[last + 1])) is not None) \
                    or known_title(doc, Span(toks[k].base_start, toks[last].end)):
                # (رئيس الأكاديمية إسماعيل عبد الغفار: introduced again, by name; وزير الخارجية السعودي: a title
                # the title table knows, left to _bare_titles)
                continue
            words = frozenset(bare_stem(doc, toks[x]) for x in range(k + 1, last + 1))
            people = {eid for h, p, body, eid in intros if h < k and p == post and words <= body}
            if len(people) != 1:
                continue
            for x in range(k + 1, last + 1):
                inner = self.unit_at.get(x)
                if inner is not None and inner in self.units:
                    self.units.remove(inner)  # (بلدية ناغازاكي: the place of the post, inside the title)
            self._add(Unit(k, last, [people.pop()], "titled", "PER", toks[k].base_start))
            covered.update(range(k, last + 1))
        self.units.sort(key=lambda u: u.first)

    def _may_stand_alone(self, k: int, verbs: frozenset[str]) -> bool:
        """Token ``k`` follows a verb, كان, a particle or punctuation: it heads a phrase of its own, not the
        genitive of a noun before it."""
        prev = self.doc.tokens[k - 1]
        return not prev.norm[:1].isalpha() or prev.norm in verbs or is_kana(prev.norm) \
            or prev.norm in _DESCRIPTION_OPENERS

    def _surnames(self, covered: set[int]) -> None:
        """A person named in full elsewhere in the article is an actor where only the surname
        stands (وقال الجبير), even if the name tagger missed it there."""
        doc, toks = self.doc, self.doc.tokens
        freq = word_frequencies()
        names: dict[str, Unit] = {}
        for u in self.units:
            words = doc.text[u.start:toks[u.last].end].split()
            if u.label == "PER" and u.kind == "mention" and len(words) >= 2:
                last = fold(words[-1])
                if len(last) >= 4 and freq.count_folded(last) < SURNAME_MAX_COUNT and last not in AGENT_HEADS:
                    names.setdefault(last, u)
        if not names:
            return
        for k, tok in enumerate(toks):
            if k in covered:
                continue
            owner = names.get(token_stem(doc, tok))
            if owner is not None:
                self._add(Unit(k, k, [owner.ids[0]], "mention", "PER", tok.base_start))
                covered.add(k)
        self.units.sort(key=lambda u: u.first)

    def is_head(self, k: int) -> bool:
        """True when token ``k`` is a title or agent noun that heads an actor phrase (وزير، حركة، قوات)."""
        tok = self.doc.tokens[k]
        return bare_stem(self.doc, tok) in AGENT_HEADS or token_stem(self.doc, tok) in AGENT_HEADS

    def _title_complement(self, k: int) -> bool:
        """A word between a title and a name: وزير خارجية مصر، المتحدث باسم الحكومة (not إن، في …)."""
        tok = self.doc.tokens[k]
        w = fold(self.doc.text[tok.start:tok.end])
        if adjective_country(bare_stem(self.doc, tok)) is not None:
            return False
        return w in TITLE_COMPLEMENTS or (w.startswith("ال") and w not in PREPOSITIONS and len(w) > 3)

    def _state_epithets(self, covered: set[int]) -> None:
        """أعلن الكيان الصهيوني، قصفت طائرات دولة الاحتلال: the state the news names by an epithet (before
        the other actors, so that طائرات الكيان الصهيوني are the state's like طائرات إسرائيل)."""
        doc, toks = self.doc, self.doc.tokens
        for k in range(len(toks) - 1):
            if k in covered or k + 1 in covered:
                continue
            named = STATE_EPITHETS.get((bare_stem(doc, toks[k]), toks[k + 1].norm))
            rec = adjective_country(named) if named is not None else None
            if rec is not None:
                self._add(Unit(k, k + 1, [self.maker.country(rec)], "mention", "LOC", toks[k].base_start))
                covered.update((k, k + 1))

    def _titles(self, covered: set[int]) -> None:
        """A title before a name joins it: وزير خارجية مصر، سفير روسيا، زعيم تيار المحبة، الهاشمي الحامدي.

        Before a place or organisation the title makes an unnamed actor of that country
        (``سفير روسيا``); a following apposed name (``، الهاشمي الحامدي``) is the same actor."""
        doc, toks = self.doc, self.doc.tokens
        for u in sorted(list(self.units), key=lambda u: u.first):
            if u.kind != "mention" or u.first == 0:
                continue
            head = None
            before = toks[u.first - 1]
            if u.first - 1 not in self.unit_at and self.is_head(u.first - 1) and not (
                    # مدير إدارة الإعلام بالوزارة محمد الغامدي: a head inside a prepositional phrase ends the
                    # title before the name; it is no title of the name's own
                    u.label == "PER" and prep_clitic(doc, before)) and not (
                    u.label != "PER" and has_article(doc, toks[u.first - 1])
                    and toks[u.first].base_start == toks[u.first].start
                    and adjective_country(bare_stem(doc, toks[u.first])) is None):
                # اتهمت الحكومة إسرائيل: a word with ال is in construct with no name after it, so the
                # name is another actor (القيادي بحركة نداء تونس: ب makes the name the title's complement;
                # الوزير التونسي: a nationality adjective agrees with it).
                head = u.first - 1
            elif u.first >= 2 and toks[u.first - 1].norm in QUOTE_MARKS and self.is_head(u.first - 2) \
                    and u.first - 2 not in self.unit_at:
                head = u.first - 2  # وكالة «إيرنا»
            elif u.first >= 2 and u.first - 1 not in self.unit_at and u.first - 2 not in self.unit_at \
                    and self._title_complement(u.first - 1) and self.is_head(u.first - 2) and not (
                        has_article(doc, toks[u.first - 2]) and bare_stem(doc, toks[u.first - 2]).endswith("ه")
                        and not bare_stem(doc, toks[u.first - 1]).endswith("ه")) and not (
                        has_article(doc, toks[u.first - 2]) and not has_article(doc, toks[u.first - 1])
                        and toks[u.first - 1].base_start == toks[u.first - 1].start
                        and toks[u.first - 1].norm not in _ON_BEHALF):
                # (a feminine head with ال takes a feminine adjective; in اعتقلت الشرطة الصحفي أحمد علي the
                # masculine word after it is the object's own title, not the police's; a head with ال takes no
                # bare noun after it, only a phrase with a preposition (المتحدث باسم): in قصفت قوات النظام مدينة
                # درعا the city is the object)
                head = u.first - 2
            if head is None:
                continue
            # المتحدث الرسمي في أمانة الأحساء خالد بووشل: a body governed by a preposition ends the title's phrase
            # before the name, which is neither its title's nor the same actor (على الرئيس سلفاكير: a post so
            # governed is the name's own)
            governed_body = head > 0 and toks[head - 1].norm in PREPOSITIONS \
                and bare_stem(doc, toks[head]) not in PERSON_POSTS
            if u.label == "PER" and governed_body:
                continue
            if u.label in ("LOC", "ORG", "MISC"):  # a leader's MISC is an organisation the tagger mislabelled
                rec = nationalities_by_name().get(fold(doc.text[u.start:toks[u.last].end])) if u.label == "LOC" else None
                phrase = word_name(doc, toks[head]) + doc.text[toks[head].end:toks[u.last].end]
                ids = [e for e in self.resolve(toks[head].base_start, toks[u.last].end) if e not in u.ids]
                u.ids[:0] = ids or [self.maker.nominal(phrase, rec)]
                u.kind = "titled"
            for x in range(head, u.first):
                self.unit_at[x] = u
                covered.add(x)
            u.first = head
            u.start = toks[head].base_start
            # زعيم تيار المحبة، الهاشمي الحامدي: the apposed name is the same actor.
            k = u.last + 1
            if k < len(toks) and k not in self.unit_at and adjective_country(bare_stem(doc, toks[k])) is not None:
                k += 1  # المتحدث باسم الحكومة الألمانية، كريستيانه فيرتس
            elif u.label == "LOC" and k < len(toks) and k not in self.unit_at \
                    and has_article(doc, toks[k]) and bare_stem(doc, toks[k]) in _COMPASS_ADJECTIVES:
                k += 1  # معتمد قبلي الجنوبية منير محاجبة: the place's part, then its delegate's name
            # … past a prepositional phrase: رئيس كتلة النهضة بمجلس نواب الشعب، نور الدين البحيري،
            # سفير أستراليا لدى المملكة جون كينغ
            if k + 1 < len(toks) and toks[k].norm in PREPOSITIONS and k not in self.unit_at:
                if k + 1 in self.unit_at:
                    k += 1
                elif k + 2 < len(toks) and (v := self.unit_at.get(k + 2)) is not None and v.first == k + 2 \
                        and v.label == "PER" and toks[k + 1].norm[:1].isalpha():
                    k += 2  # لدى المملكة جون كينغ: a one-word place the tagger left untagged
            while k < len(toks) and k in self.unit_at and self.oblique(self.unit_at[k]) and k - u.last < 6:
                k = self.unit_at[k].last + 1
            if governed_body:
                continue
            if u.kind == "titled" and k < len(toks):
                # رئيس مجلس النواب أوغو فيلاسكيز، عضو مجلس الشيوخ المعارض لويس فاغنر
                for x in (k, k + 1):
                    v = self.unit_at.get(x)
                    if v is not None:
                        break
                if v is not None and v.label == "PER" and v.first == x and (x == k or toks[k].norm[:1] not in "،,"):
                    self._absorb(u, v)
                    continue
            if u.kind == "titled" and k + 1 < len(toks) and toks[k].norm in COMMAS:
                v = self.unit_at.get(k + 1)
                if v is not None and v.label == "PER" and v.first == k + 1:
                    self._absorb(u, v)
        self._comma_titles(covered)

    def _relational_titles(self, covered: set[int]) -> None:
        """A post held beside a person, in construct with the person's name (مستشار الرئيس أردوغان، نائب الرئيس
        بشار الأسد، مستشار خادم الحرمين الشريفين) is another actor: the adviser or deputy, of the person's state,
        not the person. Only the person's own title with ال may stand between them: in نائب رئيس الفريق مغير
        الشمري and مستشار الأمن القومي جون بولتون the post is the named man's own."""
        doc, toks = self.doc, self.doc.tokens
        # Where each entity's mentions start, once: looked up per person unit, a scan of every mention grew with
        # the square of a long text.
        mention_starts: dict[str, list[int]] = {}
        for m in doc.mentions:
            if m.entity is not None:
                mention_starts.setdefault(m.entity, []).append(self.token_range(m.start, m.end)[0])
        for u in list(self.units):
            if u.label != "PER":
                continue
            person = next((e for e in u.ids if (x := doc.entity(e)) is not None and x.type == "PER"), None)
            if person is None:
                continue
            named = [x for x in mention_starts.get(person, ()) if u.first <= x <= u.last]
            name_first = min(named) if named else u.first
            heads = RELATIONAL_HEADS | FAMILY_HEADS
            h = next((x for x in range(u.first, name_first) if bare_stem(doc, toks[x]) in heads), None)
            if h is None and u.first > 0 and u.first - 1 not in self.unit_at and u.first - 1 not in covered:
                h = u.first - 1 if bare_stem(doc, toks[u.first - 1]) in heads else None
            if h is None or has_article(doc, toks[h]) or not all(
                    has_article(doc, toks[x]) and (bare_stem(doc, toks[x]) in BARE_PERSON_TITLES or (
                        x > h + 1 and adjective_country(bare_stem(doc, toks[x])) is not None))
                    for x in range(h + 1, name_first)):
                continue  # (مستشار الأمن القومي جون بولتون: a field, not a person's title, so the post is his)
            if bare_stem(doc, toks[h]) in FAMILY_HEADS and self._apposed_to_name(h):
                continue  # بسمة الخلفاوي أرملة شكري بلعيد: the kin word describes the person named before it
            ent = doc.entity(person)
            # (an adviser or deputy acts for the person's state; his brother or wife does not)
            rec = nationalities_by_name().get(fold(ent.country)) if ent.country \
                and bare_stem(doc, toks[h]) not in FAMILY_HEADS else None
            tok = toks[h]
            phrase = word_name(doc, tok) + doc.text[tok.end:toks[u.last].end]
            u.ids = [self.maker.nominal(phrase, rec, "PER"), *([self.maker.country(rec)] if rec else [])]
            if h < u.first:
                u.first, u.start = h, tok.base_start
                self.unit_at[h] = u
                covered.add(h)
            u.kind = "titled"
            # نائب خادم الحرمين الشريفين الأمير محمد بن نايف: the name apposed to the post is its holder.
            k = u.last + 1
            if k < len(toks) and k not in self.unit_at and has_article(doc, toks[k]) and self.is_head(k):
                k += 1
            v = self.unit_at.get(k)
            if v is not None and v is not u and v.label == "PER" and v.first == k:
                self._absorb(u, v)

    def _counted_people(self, covered: set[int]) -> None:
        """A group counted by a quantifier and named by a sound plural the lists do not know (ندد عدد من
        الإعلاميين، مئات من المغردين): people the article does not name, an actor all the same. The plural's
        singular must be a common word, which tells الإعلاميين (إعلامي) from broken plurals ending the same way
        (الملايين، القوانين)."""
        doc, toks = self.doc, self.doc.tokens
        freq = word_frequencies()
        for k in range(2, len(toks)):
            if k in covered or k in self.unit_at or toks[k - 1].norm != "من" \
                    or token_stem(doc, toks[k - 2]) not in QUANTIFIERS or not definite(doc, toks[k]):
                continue
            plural = bare_stem(doc, toks[k])
            if not plural.endswith(("ين", "ون")) or len(plural) < 5 \
                    or freq.count_folded(plural[:-2]) < _COMMON_SINGULAR:
                continue
            self._add(Unit(k, k, [self.maker.nominal(word_name(doc, toks[k]), None)], "collective", "ORG"))
            self.counted_people.add(k)
            covered.add(k)

    def _one_of(self, covered: set[int]) -> None:
        """"One of" a group: someone the article does not name, picked out of people or bodies it names by what
        they are (اتهمت المواطنة إحدى المصحات الخاصة بارتكاب خطأ، تم إيقاف أحد المتهمين، أحد أخطر العناصر
        الجهادية، أحد مستخدمي الشبكات الاجتماعية): an actor all the same, named with the group. Not لا أحد (no one)
        (لم يصب أحد) or a weekday (الأحد), and not when the group is itself an actor (أحد المواطنين: the citizens' unit)."""
        doc, toks = self.doc, self.doc.tokens
        for k in range(1, len(toks) - 1):
            if k in covered or k in self.unit_at or bare_stem(doc, toks[k]) not in ONE_OF \
                    or has_article(doc, toks[k]) or token_stem(doc, toks[k - 1]) in NEGATIONS:
                continue
            if toks[k - 1].norm in COMMAS:
                continue  # قال توم كوتس، أحد المستخدمين: an apposition says what the one just named is
            j = k + 1
            if (named := self.unit_at.get(k - 1)) is not None and named.label == "PER" \
                    and bare_stem(doc, toks[j]) not in _ONE_OF_BODIES:
                continue  # سيرخيو بيزوتا أحد المتحدثين باسم اللجنة: so without the comma, when it is one of people
            if j + 1 < len(toks) and _is_superlative(doc, toks[j]) and definite(doc, toks[j + 1]):
                j += 1  # أحد أخطر العناصر
            if j in covered or j in self.unit_at or self.is_head(j):
                continue  # (أحد المسؤولين: a title's phrase, read as one with its speakers)
            if definite(doc, toks[j]):
                last = j
            elif j + 1 < len(toks) and j + 1 not in covered and j + 1 not in self.unit_at \
                    and not doc.text[toks[j].start:toks[j].base_start] and definite(doc, toks[j + 1]) \
                    and _fold_word(doc.text[toks[j].base_start:toks[j].end]).endswith(("ي", "و")):
                last = j + 1  # أحد مستخدمي الشبكات: a sound plural in construct
            else:
                continue
            if not self._group_noun(toks[j]):
                continue
            # its adjectives (إحدى المصحات الخاصة، أحد العناصر المتشددة)
            while last + 1 < len(toks) and last - j < 2 and last + 1 not in covered and last + 1 not in self.unit_at \
                    and definite(doc, toks[last + 1]) and toks[last + 1].norm.endswith(("ه", "ي", "يه")) \
                    and toks[last + 1].norm not in RELATIVES \
                    and not self.is_head(last + 1) and adjective_country(bare_stem(doc, toks[last + 1])) is None:
                last += 1
            self._unnamed(k, last, covered)
            self.counted_people.add(k)  # like a counted group, an unnamed one of many is no speaker (GUIDELINES.md)

    def _group_noun(self, tok: Token) -> bool:
        """A plural naming people or bodies (المتهمين، الأشخاص، المصحات), of which "one" is an actor; not things
        (أحد القرارات، أحد الخيارات). A sound masculine plural counts when its singular is a common word."""
        plural = bare_stem(self.doc, tok)
        if plural in _ONE_OF_GROUPS:
            return True
        return plural.endswith(("ين", "ون", "ي", "و")) and len(plural) >= 5 \
            and word_frequencies().count_folded(plural[:-2] if plural.endswith(("ين", "ون")) else plural[:-1]) \
            >= _COMMON_SINGULAR

    def _states_named_before(self, covered: set[int]) -> None:
        """``تلك الدول``، ``هذه الدول``، ``الدول الثلاث``: the states last named together (السعودية والإمارات
        والبحرين), one actor standing for all of them."""
        doc, toks = self.doc, self.doc.tokens
        for k in range(len(toks) - 1):
            if k in covered or k + 1 in covered:
                continue
            if toks[k].norm in _DEMONSTRATIVES and bare_stem(doc, toks[k + 1]) in _STATES_WORDS:
                first, last = k, k + 1
            elif bare_stem(doc, toks[k]) in _STATES_WORDS and has_article(doc, toks[k]) \
                    and toks[k + 1].norm in _COUNT_ADJECTIVES:
                first, last = k, k + 1
            else:
                continue
            group = self._last_state_list(first)
            if group:
                self._add(Unit(first, last, group, "collective", "ORG", toks[first].base_start))
                covered.update(range(first, last + 1))

    def _demonstrative_bodies(self, covered: set[int]) -> None:
        """``وعبر هذا الهيكل النقابي``، ``أكد هذا الحزب``: the organisation named last before it (of the kind the
        word names, when it names one), one actor with it."""
        doc, toks = self.doc, self.doc.tokens
        bodies = [u for u in self.units if u.label == "ORG" and u.kind == "mention"]
        for k in range(len(toks) - 1):
            if k in covered or k + 1 in covered or k + 1 in self.unit_at or toks[k].norm not in _DEMONSTRATIVES:
                continue
            noun = toks[k + 1]
            head = bare_stem(doc, noun)
            if not definite(doc, noun) or noun.base_start != noun.start or head not in _DEMONSTRATED_BODIES:
                continue
            before = [u for u in bodies if u.last < k and (head in _ANY_BODY or any(
                bare_stem(doc, toks[x]) == head for x in range(u.first, u.last + 1)))]
            if not before:
                continue
            last = k + 1
            while last + 1 < len(toks) and last + 1 not in covered and last + 1 not in self.unit_at \
                    and last < k + 3 and _adjectival(doc, toks[last + 1]):
                last += 1  # هذا الهيكل النقابي
            self._add(Unit(k, last, list(before[-1].ids), "mention", "ORG", toks[k].base_start))
            covered.update(range(k, last + 1))

    def _last_state_list(self, before: int) -> list[str]:
        """Country ids of the last list of two or more states joined by و before token ``before``."""
        doc = self.doc
        states = sorted((u for u in self.units if u.last < before and any(_is_state(doc, e) for e in u.ids)),
                        key=lambda u: u.first)
        for i in range(len(states) - 1, 0, -1):
            run = [states[i]]
            j = i
            while j > 0 and states[j - 1].last + 1 == states[j].first and self.proclitics(states[j]).startswith("و"):
                run.insert(0, states[j - 1])
                j -= 1
            if len(run) >= 2:
                return [e for u in run for e in u.ids if _is_state(doc, e)]
        return []

    def _adjective_mentions(self) -> None:
        """A one-word place the tagger found right after a feminine institution, that is also the
        feminine nationality adjective (وزارة الداخلية السعودية: the country's name is the adjective), is
        the institution's adjective, not a second actor (حزب الله السعودية, masculine, names the country)."""
        doc, toks = self.doc, self.doc.tokens
        for v in list(self.units):
            if v.kind != "mention" or v.label != "LOC" or v.first != v.last or v.first == 0:
                continue
            u = self.unit_at.get(v.first - 1)
            tok = toks[v.first]
            if u is None or u is v or u.label != "ORG" or tok.base_start > tok.start or not has_article(doc, tok):
                continue
            stem = bare_stem(doc, tok)
            if not stem.endswith("يه") or adjective_country(stem) is None:
                continue
            if not _agrees(doc, toks[u.first], tok):
                continue  # a masculine head (حزب، مجلس) takes no feminine adjective: the place is an actor
            u.ids.extend(e for e in v.ids if e not in u.ids)
            u.last = v.last
            self.unit_at[v.first] = u
            self.units.remove(v)

    def _bare_titles(self, covered: set[int]) -> None:
        """A person's title with no name (واتهم الوزير إسرائيل، ودعا رئيس الحكومة النقابات) is the one person
        of the article holding it (``coref.resolve_titles``: the role the text gave, or the KB's at the
        article date); nothing when none or several do. One with a nationality adjective is left to it."""
        doc, toks = self.doc, self.doc.tokens
        n = len(toks)
        for k, tok in enumerate(toks):
            if k in covered or bare_stem(doc, tok) not in BARE_PERSON_TITLES:
                continue
            for j in (k + 2, k + 1, k):
                if j >= n or any(x in covered or not toks[x].norm[:1].isalpha()
                                 or adjective_country(bare_stem(doc, toks[x])) is not None for x in range(k + 1, j + 1)):
                    continue
                if j + 1 < n and (adjective_country(bare_stem(doc, toks[j + 1])) is not None or (
                        (v := self.unit_at.get(j + 1)) is not None and v.label == "PER")):
                    continue  # الوزير الأمريكي (the adjective's), وزير الخارجية سامح شكري (the name's)
                if j == k and not has_article(doc, tok):
                    continue  # a bare وزير always takes a complement
                ids = [e for e in self.resolve(tok.base_start, toks[j].end)
                       if (ent := doc.entity(e)) is not None and ent.type == "PER"]
                if ids:
                    self._add(Unit(k, j, ids, "titled", "PER", tok.base_start))
                    covered.update(range(k, j + 1))
                    break
            else:
                self._unheld_title(k, covered)

    def _unheld_title(self, k: int, covered: set[int]) -> None:
        """A post with its complement that no person of the article holds (وطالبت النقابة وزير الداخلية
        بـ …، دعا الحزب رئيس الجمهورية إلى …) is still an actor: the office, named as the text names it.
        Only where the phrase plainly ends (a preposition, a proclitic, punctuation or another actor's head
        next), so that an untagged name or adjective after it is never cut off."""
        doc, toks = self.doc, self.doc.tokens
        n = len(toks)
        if has_article(doc, toks[k]):
            return  # المدير العام، السفيرة الأميركية: a title with ال takes adjectives, not a complement
        j = k + 1
        if j + 1 < n and not has_article(doc, toks[j]) and has_article(doc, toks[j + 1]):
            j += 1  # رئيس مجلس النواب
        if j >= n or not has_article(doc, toks[j]) or any(
                x in covered or x in self.unit_at or not toks[x].norm[:1].isalpha()
                or adjective_country(bare_stem(doc, toks[x])) is not None for x in range(k + 1, j + 1)):
            return
        while j + 1 < n and j + 1 not in covered and j + 1 not in self.unit_at and _complement_adjective(doc, toks[j + 1]):
            j += 1  # وزير الشؤون الدينية، وزير التعليم العالي، وزير المالية السابق: the complement's adjective
        if j + 1 < n:
            nxt = toks[j + 1]
            if not (not nxt.norm[:1].isalpha() or nxt.base_start > nxt.start or nxt.norm in PREPOSITIONS
                    or nxt.norm in _PHRASE_ENDERS or (self.is_head(j + 1) and has_article(doc, nxt))):
                return
            if adjective_country(bare_stem(doc, nxt)) is not None or j + 1 in self.unit_at:
                return
            if any((v := self.unit_at.get(x)) is not None and v.label == "PER" for x in range(j + 1, min(n, j + 5))):
                return  # وزير الخارجية بجمهورية ألمانيا الاتحادية فرانك شتاينماير: the name after the posting
        span = Span(toks[k].base_start, toks[j].end)
        former = bare_stem(doc, toks[j]) in _FORMER or fold(toks[j].norm) in _FORMER
        if not title_unheld(doc, span):
            # وزير المالية السابق: a former holder is no holder the article or the KB names; وزير الشؤون الدينية:
            # a minister's post the title table does not know is an office all the same. Neither when the post
            # runs on over و or a name follows it in the clause (وزير التنمية والاستثمار … ياسين ابراهيم).
            if not (former or (bare_stem(doc, toks[k]) in _MINISTER | _BODY_HEADS and not known_title(doc, span))):
                return
            nxt = toks[j + 1] if j + 1 < n else None
            if nxt is not None and doc.text[nxt.start:nxt.base_start].startswith("و") or any(
                    (v := self.unit_at.get(x)) is not None and v.label == "PER" for x in range(j + 1, min(n, j + 10))):
                return
            if bare_stem(doc, toks[k]) in _BODY_HEADS and k > 0 and (
                    bare_stem(doc, toks[k - 1]) in PERSON_POSTS or toks[k - 1].norm in PRESIDED_BY):
                return  # برئاسة نائب رئيس اللجنة: the head inside a longer post, not an office of its own
            if self._named_holder(k, j) or self._apposed_to_name(k):
                return  # وزير الشؤون الاجتماعية محمد الطرابلسي earlier: the post stands for him (_title_anaphors)
        phrase = word_name(doc, toks[k]) + doc.text[toks[k].end:toks[j].end]
        self._add(Unit(k, j, [self.maker.nominal(phrase, None, "PER")], "titled", "PER", toks[k].base_start))
        covered.update(range(k, j + 1))

    def _apposed_to_name(self, k: int) -> bool:
        """True when the post at token ``k`` follows a person's name, past a comma (عيسى الحكمي مدير التعليم)."""
        toks = self.doc.tokens
        before = k - 2 if k >= 2 and toks[k - 1].norm in COMMAS else k - 1
        return before >= 0 and (v := self.unit_at.get(before)) is not None and v.label == "PER" and v.last == before

    def _named_holder(self, k: int, j: int) -> bool:
        """True when the article names a person right after the post of tokens ``k``–``j`` (or the rest of a longer
        post), or right before it, somewhere else."""
        toks, n, size = self.doc.tokens, len(self.doc.tokens), j - k + 1
        words = [fold(self.doc.text[t.base_start:t.end]) for t in toks[k:j + 1]]
        for p in range(n - size):
            if p != k and all(fold(self.doc.text[toks[p + i].base_start:toks[p + i].end]) == words[i]
                              for i in range(size)):
                if self._apposed_to_name(p):
                    return True  # مرتضى منصور، رئيس النادي: the name the post is apposed to
                for x in range(p + size, min(n, p + size + _POST_BODY_MAX + 2)):
                    if not toks[x].norm[:1].isalpha():
                        break  # (the name may follow the rest of the post: وزيرة الثقافة والمحافظة على التراث سنية مبارك)
                    if (v := self.unit_at.get(x)) is not None and v.label == "PER" and v.first == x:
                        return True
        return False

    def _comma_titles(self, covered: set[int]) -> None:
        """An untagged title phrase set off before a name is that person: ``دعا زعيم تيار المحبة،
        الهاشمي الحامدي، …``; ``أكد رئيس كتلة حركة النهضة بمجلس نواب الشعب، نور الدين البحيري``
        (a titled organisation inside the phrase stays one of the person's ids)."""
        toks = self.doc.tokens
        for u in list(self.units):
            if u.label != "PER" or u.kind != "mention" or u.first < 3:
                continue
            comma = u.first - 1
            if comma > 0 and fold(self.doc.text[toks[comma].base_start:toks[comma].end]) in HONORIFICS:
                comma -= 1  # …، المهندس جديع بن نهار القحطاني
            if toks[comma].norm not in COMMAS:
                continue
            earliest, inner = None, []
            x = comma - 1
            while x >= 0 and comma - x <= 8:
                v = self.unit_at.get(x)
                if v is not None:
                    if v is u or not (v.kind == "titled" or (v.label in ("ORG", "LOC") and self.oblique(v))):
                        break
                    inner.append(v)
                    if v.kind == "titled":
                        earliest = v.first
                    x = v.first - 1
                    continue
                if toks[x].norm in PREPOSITIONS or not toks[x].norm[:1].isalpha():
                    break
                if self.is_head(x):
                    earliest = x
                x -= 1
            if earliest is None or (earliest > 0 and earliest - 1 in self.unit_at and
                                    self.unit_at[earliest - 1] not in inner):
                continue
            for v in inner:
                if v.first >= earliest:
                    u.ids.extend(e for e in v.ids if e not in u.ids)
                    if v in self.units:
                        self.units.remove(v)
            for y in range(earliest, u.first):
                self.unit_at[y] = u
                covered.add(y)
            u.first, u.start = earliest, toks[earliest].base_start

    def _take_in(self, u: Unit, v: Unit) -> None:
        """``u`` takes in ``v``, the unit after it, as one actor: ``v``'s ids and its tokens and those between."""
        for e in v.ids:
            if e not in u.ids:
                u.ids.append(e)
        for x in range(u.last + 1, v.last + 1):
            self.unit_at[x] = u
        u.last = v.last
        self.units.remove(v)

    def _absorb(self, u: Unit, v: Unit) -> None:
        """A title unit and the name apposed to it are one actor: ``v`` takes ``u``'s ids and tokens."""
        for e in u.ids:
            if e not in v.ids:
                v.ids.append(e)
        for x in range(u.first, v.first):
            self.unit_at[x] = v
        v.first, v.start = u.first, u.start
        self.units.remove(u)

    def resolve(self, start: int, end: int) -> list[str]:
        """Entities the entities stage finds for a title or nominal phrase (``وزير الدفاع الأمريكي`` →
        Lloyd Austin, ``القوات الروسية`` → Russia (military)); empty when it names none."""
        if not self.use_entities_api:
            return []
        from rasd.stages.coref import actor_for_phrase

        return [e for e in actor_for_phrase(self.doc, start, end, create=self.create) if self.doc.entity(e) is not None]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices of the first and last token overlapping ``[start, end)``."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or self.doc.tokens[i].end <= start:
            i += 1
        j = bisect.bisect_left(self.starts, end) - 1
        return i, j

    def _add(self, u: Unit) -> None:
        self.units.append(u)
        for k in range(u.first, u.last + 1):
            self.unit_at[k] = u

    def _adjective(self, k: int, rec: dict[str, Any]) -> None:
        """Attach a nationality adjective to the actor it modifies, or make one."""
        doc, toks = self.doc, self.doc.tokens
        country_id = self.maker.country(rec)
        # A title with a nationality right before a name: الرئيس الروسي فلاديمير بوتين.
        nxt = self.unit_at.get(k + 1) or (self.unit_at.get(k + 2) if k + 2 < len(toks) and toks[k + 1].norm in COMMAS else None)
        # A named institution right before: وزارة الدفاع الروسية.
        prev = self.unit_at.get(k - 1)
        if prev is not None and prev.label == "ORG" and prev.last == k - 1 and (
                (prev.kind == "mention" and _agrees(doc, toks[prev.first], toks[k]))
                # المتحدث باسم وزارة الخارجية الإيرانية: the adjective of the title's body, of that country
                or (prev.kind == "titled" and any((e := doc.entity(i)) is not None and e.country == rec.get("iso3")
                                                  for i in prev.ids))):
            if country_id not in prev.ids:
                prev.ids.append(country_id)
            prev.last = k
            self.unit_at[k] = prev
            return
        head = None
        for h in range(k - 1, max(-1, k - 1 - _MODIFIER_GAP), -1):
            if h in self.unit_at or not toks[h].norm[:1].isalpha() or toks[h].norm in _NOT_IN_A_NAME:
                break  # الوزير بعد الضربات الأمريكية: the adjective is the strikes', past a preposition
            if head is not None and has_article(doc, toks[h]) and not _adjectival(doc, toks[h + 1]):
                break  # اتهم الوزير الحكومة السورية: a word with ال heads no construct (وزير الدفاع الروسي)
            if bare_stem(doc, toks[h]) in AGENT_HEADS or token_stem(doc, toks[h]) in AGENT_HEADS \
                    or token_stem(doc, toks[h]) in ADJECTIVE_COLLECTIVES \
                    or (h == k - 1 and token_stem(doc, toks[h]) in COLLECTIVE_AGENTS):
                head = h  # (اللاجئين السوريين، المتظاهرين الأتراك: a group with its nationality)
        if nxt is not None and nxt.first == k + 1 and nxt.kind in ("titled", "mention") and self.is_head(k + 1) \
                and head is not None:
            nxt = None  # انتقدت المعارضة الفنزويلية الرئيس مادورو: the adjective is the opposition's, not his
        if nxt is not None and nxt.kind == "mention" and nxt.label == "PER":
            if country_id not in nxt.ids:
                nxt.ids.append(country_id)
            first = head if head is not None else k
            for x in range(first, nxt.first):
                self.unit_at[x] = nxt
            nxt.first = first
            return
        if head is not None:
            # A title with its post and then the name: المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد.
            # … past its post's place (السفير الأسترالي لدى المملكة د. رالف بيتر كينج: one word after a
            # preposition, which the tagger may leave untagged) and an honorific.
            for x in range(k + 1, min(len(toks), k + 7)):
                if toks[x].norm == "." and toks[x - 1].norm != fold("د"):
                    break  # a sentence's end, not the dot of د.
                v = self.unit_at.get(x)
                if v is not None and v.kind == "mention" and v.label == "PER" and v.first == x:
                    if self.is_head(x):
                        break  # انتقدت المعارضة الفنزويلية الرئيس مادورو: he has his own title
                    if country_id not in v.ids:
                        v.ids.append(country_id)
                    for y in range(head, x):
                        self.unit_at.setdefault(y, v)
                    v.first = head
                    return
                if v is None and toks[x].norm not in PREPOSITIONS and toks[x].norm not in _SEPARATORS \
                        and toks[x].norm not in HONORIFICS and toks[x].norm not in _TERM_ADJECTIVES and fold(
                        doc.text[toks[x].base_start:toks[x].end]) not in PREPOSITIONS \
                        and not (toks[x - 1].norm in PREPOSITIONS and toks[x].norm[:1].isalpha()):
                    break
            # An apposition after a name: إياد علاوي نائب الرئيس العراقي.
            h = head - 1 if head - 1 >= 0 and toks[head - 1].norm in COMMAS else head
            owner = self.unit_at.get(h - 1)
            if owner is not None and self._other_state(owner, rec):
                owner = None  # استقبل قيس سعيد وزير الخارجية الجزائري: a Tunisian is no Algerian minister
            if bare_stem(doc, toks[head]) not in PERSON_POSTS:
                owner = None  # طالب حمة الهمامي الحكومة التونسية: a body after a name is his object, not his post
            if owner is not None and owner.kind == "mention" and owner.label == "PER" and owner.last == h - 1:
                if country_id not in owner.ids:
                    owner.ids.append(country_id)
                for x in range(owner.last + 1, k + 1):
                    self.unit_at[x] = owner
                owner.last = k
                return
            phrase = word_name(doc, toks[head]) + doc.text[toks[head].end:toks[k].end]
            ids = self.resolve(toks[head].base_start, toks[k].end) or [self.maker.nominal(phrase, rec)]
            if ids == [country_id] and bare_stem(doc, toks[head]) in _GOVERNMENTS and any(
                    token_stem(doc, toks[x]) not in _GOVERNMENT_QUALIFIERS for x in range(head + 1, k)):
                # حكومة الإنقاذ الوطني الليبية: a government with a name of its own is the state's, but named
                # as the text names it (one of Libya's rival governments), not as the state
                ids = [self.maker.nominal(phrase, rec), country_id]
            # The state too (GUIDELINES.md), unless the actor already goes by its name (Russia (military)).
            named_as_state = any((e := doc.entity(i)) is not None and e.name == rec["name"] for i in ids)
            self._add(Unit(head, k, ids if country_id in ids or named_as_state else [*ids, country_id],
                           "nominal", "ORG"))
            return
        if bare_stem(doc, toks[k]).endswith(("يين", "يون")) and self._people_noun(k):
            # A plural with no head names people, not their state (مواجهات بين فلسطينيين ملثمين والشرطة،
            # القبض على أمريكيين): an actor of their own, named as the text names them, with the state.
            self._add(Unit(k, k, [self.maker.nominal(word_name(doc, toks[k]), rec), country_id], "nominal", "ORG"))
            return
        stem = bare_stem(doc, toks[k])
        if stem.endswith(("ي", "يا")) and not has_article(doc, toks[k]) and self._people_noun(k) and k > 0 \
                and toks[k - 1].norm[:1].isalpha() and not doc.text[toks[k].start:toks[k].base_start]:
            # One person named by his nationality, standing as a noun after a word it cannot qualify (أوقفت
            # الشرطة الألمانية تونسيا): a person of that state, as the text names him, not the state (with the
            # article it is most often a family name: عبدالله بن عبدالمحسن التركي).
            self._add(Unit(k, k, [self.maker.nominal(word_name(doc, toks[k]), rec), country_id], "nominal", "PER"))
            return
        self._add(Unit(k, k, [country_id], "country", "LOC"))

    def _people_noun(self, k: int) -> bool:
        """Whether the nationality plural at ``k`` stands as a noun: after a preposition, a quantity (آلاف
        العراقيين) or a word it cannot qualify (مشاعر التونسيين: an adjective agrees in the article), not
        after a noun it may be the adjective of (تلميذين سوريين، ناشطون فلسطينيون، اللاعبين الجزائريين)."""
        doc, toks = self.doc, self.doc.tokens
        if k == 0 or not toks[k - 1].norm[:1].isalpha() or doc.text[toks[k].start:toks[k].base_start]:
            return True  # at a clause's start, after punctuation, or with a proclitic (والفلسطينيين، على يد)
        prev = toks[k - 1]
        here, there = _definiteness(doc, toks[k]), _definiteness(doc, prev)
        return prev.norm in PREPOSITIONS or token_stem(doc, prev) in QUANTITIES \
            or (here is not None and there is not None and here != there)

    def _unnamed(self, first: int, last: int, covered: set[int], rec: dict[str, Any] | None = None) -> None:
        """An unnamed actor over tokens ``[first, last]`` (مجموعة مسلحة، وفد طلاب), with the state of its
        nationality adjective ``rec`` if any (قوات الاحتلال الإسرائيلي)."""
        toks = self.doc.tokens
        phrase = word_name(self.doc, toks[first]) + self.doc.text[toks[first].end:toks[last].end]
        ids = [self.maker.nominal(phrase, rec)]
        if rec is not None:
            ids.append(self.maker.country(rec))
        self._add(Unit(first, last, ids, "collective", "ORG"))
        covered.update(range(first, last + 1))

    def person_after_qualifier(self, u: Unit, end: int) -> Unit | None:
        """The person named right after a town that belongs to his title (أدان محافظ محايل عسير محمد
        المتحمي، رئيس هيئة مدينة جدة الشيخ عبدالله السلمان), or after the nationality of a title the tagger
        left unnamed (طالب الداعية البحريني الدكتور حسن الحسيني), past honorifics, before token ``end``."""
        toks = self.doc.tokens
        nationality_of_title = u.kind == "country" and u.first > 0 \
            and u.first - 1 not in self.unit_at and has_article(self.doc, toks[u.first - 1])
        if not nationality_of_title and (
                u.label != "LOC" or not u.ids or not all(is_city(self.doc, e) for e in u.ids)):
            return None
        y = u.last + 1
        while y < end and (toks[y].norm in HONORIFICS or (
                nationality_of_title and y == u.last + 1 and bare_stem(self.doc, toks[y]) in _COMPASS_ADJECTIVES)):
            y += 1  # (الطبيب الكوري الشمالي ري يونغ تشول)
        if nationality_of_title and y == u.last + 1 and y + 1 < end and y not in self.unit_at \
                and has_article(self.doc, toks[y]) and toks[y].base_start == toks[y].start and not self.is_head(y) \
                and (v := self.unit_at.get(y + 1)) is not None and v.first == y + 1 and v.label == "PER":
            y += 1  # دعت الممثلة الفرنسية المعتزلة بريجيت باردو: one more adjective of the title
        person = self.unit_at.get(y)
        return person if person is not None and person.first == y and person.label == "PER" else None

    def _other_state(self, u: Unit, rec: dict[str, Any]) -> bool:
        """True when the person of ``u`` is known to serve a state other than ``rec``'s."""
        codes = {c for c in (rec.get("iso3"), rec.get("name")) if c}
        for eid in u.ids:
            e = self.doc.entity(eid)
            if e is not None and e.type == "PER" and e.country:
                return e.country not in codes
            if e is not None and e.type == "LOC" and country_key(e.name_ar or e.name) is not None:
                return e.name not in codes and (e.kb or "").removeprefix("iso:") not in codes
        return False

    def proclitics(self, u: Unit) -> str:
        """The proclitics written on the unit's first word (و، ب، ل …), including any the
        tokenizer kept on a word whose mention starts after them."""
        tok = self.doc.tokens[u.first]
        end = tok.base_start
        if tok.start <= u.start < tok.end:
            end = max(end, u.start)
        if end == tok.start and u.kind == "collective" and tok.norm[:1] in ("و", "ف") \
                and tok.norm[1:] in COLLECTIVE_AGENTS:
            end = tok.start + 1  # ومحتجين: the و the tokenizer kept on
        return self.doc.text[tok.start:end]

    def locative(self, u: Unit) -> bool:
        """A place governed by في or بـ (في موسكو، بالقاهرة): where, not whom."""
        toks = self.doc.tokens
        if u.first > 0 and u.kind != "mention" and self._place_word_with_ba(toks[u.first - 1]):
            return True  # بقصر الحكومة: the government's palace, where
        if u.kind == "country" and u.first >= 2:
            # في العاصمة الجزائرية، بالمدن التونسية: a nationality adjective on a place where it happened
            head = toks[u.first - 1]
            if bare_stem(self.doc, head) not in PLACE_NOUNS:
                return False
            return toks[u.first - 2].norm in ("في", "داخل") or "ب" in self.doc.text[head.start:head.base_start]
        if u.label != "LOC" or u.kind != "mention":
            return False
        if "ب" in self.proclitics(u):
            return True
        x = u.first - 1
        # في منطقة ( سلطان بيلي ): past a place word and punctuation to the preposition; في العاصمة الإيرانية
        # طهران: past a place noun and the nationality adjective on it
        while x >= 0 and u.first - x <= 3 and (not toks[x].norm[:1].isalpha() or toks[x].norm in PLACE_WORDS
                                                or toks[x].norm in _PLACE_PARTS
                                                or self._place_word_with_ba(toks[x])
                                                or bare_stem(self.doc, toks[x]) in PLACE_NOUNS
                                                or (c := self.unit_at.get(x)) is not None and c.kind == "country"):
            if self._place_word_with_ba(toks[x]):
                return True  # بمنطقة X، بقصر قرطاج
            x -= 1
        if x >= 0 and x + 1 < u.first and toks[x + 1].norm in COMMAS and (before := self.unit_at.get(x)) is not None \
                and before.last == x and before.label == "LOC" and before is not u and self.locative(before):
            return True  # في عاصمة باراغواي، أسونسيون: a place set off after a place where it happened is there too
        return x >= 0 and toks[x].norm in _WHERE

    def _place_word_with_ba(self, tok: Token) -> bool:
        """True for a place word governed by بـ, split off by the tokenizer (بمنطقة) or left on (بقصر)."""
        # … and a part of one (بشمال شرق سوريا، بوسط المدينة)
        if tok.norm[:1] == "ب" and (tok.norm[1:] in PLACE_WORDS or tok.norm[1:] in _PLACE_PARTS):
            return True
        return (tok.norm in PLACE_WORDS or tok.norm in _PLACE_PARTS) and "ب" in self.doc.text[tok.start:tok.base_start]

    def oblique(self, u: Unit) -> bool:
        """True when a preposition governs the unit (بروسيا، في موسكو، مع قطر): it cannot be a subject."""
        toks = self.doc.tokens
        if any(c in "بلك" for c in self.proclitics(u)):
            return True
        if u.first > 0 and toks[u.first - 1].norm == _ABR and self._opens_sentence(u.first - 1):
            return False  # عبّر الاتحاد عن رفضه: a sentence opening on عبر opens on the verb, not "via"
        if u.first > 1 and toks[u.first - 1].norm in AGENT_MARKERS and toks[u.first - 2].norm == "من":
            return True  # من طرف الحوثيين، من قبل الشرطة: the agent of a passive or a verbal noun
        return u.first > 0 and toks[u.first - 1].norm in PREPOSITIONS

    def _opens_sentence(self, k: int) -> bool:
        if self._sentence_starts is None:
            self._sentence_starts = {self.token_range(s.start, s.end)[0] for s in self.doc.sentences}
        return k in self._sentence_starts

    def kana_subject(self, k: int, start: int) -> Unit | None:
        """The subject of ``كان X … قد`` before verb token ``k`` (tokens from ``start`` on): ``وكان سيرجي
        سوروفيكين، قائد القوات الروسية في …، قد صرح`` → Surovikin, however long his apposition."""
        toks = self.doc.tokens
        if k - 1 < start or toks[k - 1].norm != "قد":
            return None
        for x in range(k - 2, max(start, k - KANA_REACH) - 1, -1):
            if toks[x].norm in QUOTE_MARKS and (x - 1 in self.unit_at or x + 1 in self.unit_at):
                continue  # وكان "الحزب الدستوري الحر" قد أعلن: the name in quotes
            if toks[x].norm in KANA_STOPS:
                return None
            if is_kana(token_stem(self.doc, toks[x])):
                y = x + 1
                while y < k and toks[y].norm in _SEPARATORS:
                    y += 1  # وكان، بلقاسم الشايب، عضو جمعية … قد أكد: the name set off by commas or quotes
                u = self.unit_at.get(y)
                return u if u is not None and u.first == y and u.kind != "country" else None
        return None

    def in_range(self, first: int, last: int) -> list[Unit]:
        """Units wholly inside tokens ``[first, last]``, in order (found by bisecting their first tokens: a scan
        of every unit per call grew with the square of a long text)."""
        lo = bisect.bisect_left(self.unit_firsts, first)
        hi = bisect.bisect_right(self.unit_firsts, last)
        return [u for u in self.units[lo:hi] if u.last <= last]
