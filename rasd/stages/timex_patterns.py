"""Regular-expression pieces for Arabic time expressions, over *folded* text (``fold``).

Folded text has أإآ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي, no diacritics or tatweel, Western
digits; so the patterns here are written in that alphabet (``السنه``, ``اول امس``).
Lexical alternations (months, weekdays, units) come from ``rasd.arabic.calendar``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rasd.arabic import calendar as cal

# A word start, with the proclitics و ف ب ك ل left outside the span.
PRE = r"(?<!\w)(?:[وف]?[بكل]?)"
END = r"(?!\w)"
# The article, or the lam left of it when ل swallows its alef (للشهر → ل|لشهر).
ART = r"(?:ال|(?<=ل)ل)"
YEAR = r"(?:1[5-9]\d\d|20\d\d|210\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
SP = r"\s+"

# Relative day words → day offset (folded).
RELDAYS: dict[str, int] = {
    "اليوم": 0, "الليله": 0, "هذا الصباح": 0, "هذا المساء": 0, "الليله الماضيه": -1, "ليله امس": -1,
    "امس الاول": -2, "اول امس": -2, "اول من امس": -2, "امس": -1, "البارحه": -1,
    "غدا": 1, "غد": 1, "الغد": 1, "يوم غد": 1, "بعد غد": 2, "بعد الغد": 2,
}
# Modifiers after a unit or a month name → direction.
PAST_MODS = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت", "الفايته", "السابق", "السابقه", "المنقضي")
NEXT_MODS = ("المقبل", "المقبله", "القادم", "القادمه", "التالي", "التاليه")
CURRENT_MODS = ("الجاري", "الجاريه", "الحالي", "الحاليه")
EDGES = ("منتصف", "مطلع", "اوائل", "اواخر", "نهايه", "بدايه", "اواسط", "اخر", "اول", "اوخر", "اوسط", "مستهل")
AMPM = {"صباحا": "am", "صباح": "am", "فجرا": "am", "ص": "am", "ظهرا": "pm12", "عصرا": "pm", "بعد الظهر": "pm",
        "مساء": "pm", "مساءا": "pm", "م": "pm", "ليلا": "pm"}
REFS: dict[str, str] = {
    "الان": "PRESENT_REF", "حاليا": "PRESENT_REF", "الوقت الحالي": "PRESENT_REF", "الوقت الراهن": "PRESENT_REF",
    "الوقت الحاضر": "PRESENT_REF", "هذه الايام": "PRESENT_REF", "راهنا": "PRESENT_REF",
    "موخرا": "PAST_REF", "الماضي القريب": "PAST_REF",
    "لاحقا": "FUTURE_REF", "المستقبل": "FUTURE_REF", "مستقبلا": "FUTURE_REF", "قريبا": "FUTURE_REF",
    "المستقبل القريب": "FUTURE_REF", "وقت لاحق": "FUTURE_REF",
    "الفتره الماضيه": "PAST_REF", "الفتره الاخيره": "PAST_REF", "الاونه الاخيره": "PAST_REF",
    "الفتره المقبله": "FUTURE_REF", "الفتره القادمه": "FUTURE_REF", "الماضي": "PAST_REF",
}
SETS: dict[str, str] = {
    "يوميا": "P1D", "يوميه": "P1D", "اليوميه": "P1D", "اليومي": "P1D",
    "اسبوعيا": "P1W", "اسبوعيه": "P1W", "الاسبوعيه": "P1W", "الاسبوعي": "P1W",
    "شهريا": "P1M", "شهريه": "P1M", "الشهريه": "P1M", "الشهري": "P1M",
    "سنويا": "P1Y", "سنويه": "P1Y", "السنويه": "P1Y", "السنوي": "P1Y",
}
SET_UNITS = {"يوم": "P1D", "اسبوع": "P1W", "شهر": "P1M", "عام": "P1Y", "سنه": "P1Y", "ساعه": "PT1H",
             "صباح": "P1D", "مساء": "P1D", "ليله": "P1D"}
# Singular unit nouns (with article) that take a direction modifier: الأسبوع الماضي.
REL_UNITS = {"يوم": "D", "اسبوع": "W", "شهر": "M", "عام": "Y", "سنه": "Y", "عقد": "DE", "قرن": "CE"}
PLURAL_UNITS = {"ايام": "D", "اسابيع": "W", "اشهر": "M", "شهور": "M", "اعوام": "Y", "سنوات": "Y", "سنين": "Y",
                "عقود": "DE", "ساعات": "H", "دقايق": "MIN", "قرون": "CE", "اسبوعين": "W", "يومين": "D",
                "شهرين": "M", "عامين": "Y", "سنتين": "Y", "ساعتين": "H"}
VAGUE_NUMBERS = ("عده", "بضعه", "بضع", "عدة")
# Words before a bare year that make it a date (في 2013، دستور 2012), not a count (2000 جندي).
YEAR_CUES = ("في", "عام", "العام", "سنه", "السنه", "عامي", "سنتي", "منذ", "حتي", "خلال", "قبل", "بعد",
             "مطلع", "نهايه", "بدايه", "اواخر", "اوائل", "منتصف", "موسم", "دستور", "انتخابات", "ميزانيه",
             "موازنه", "رويه", "مونديال", "كاس", "اولمبياد", "لعام", "وعام", "بعام", "الي", "وحتي", "ومنذ",
             "من", "مند", "اواسط", "صيف", "شتاء", "ربيع", "خريف", "عاما", "لسنه", "بين")


def alt(items) -> str:
    """Alternation of folded phrases, longest first, spaces matching any whitespace."""
    return cal.alternation(list(items))


@lru_cache(maxsize=1)
def lex() -> dict[str, str]:
    """The lexical alternations, built once from the calendar lexicons."""
    months = cal.gregorian_months()
    return {
        "MON": alt(months),
        "MON_UNAMB": alt(k for k in months if k not in cal.ambiguous_months()),
        "HMON": alt(cal.hijri_months()),
        "WD": alt(cal.weekdays()),
        "WDBARE": alt(k[2:] for k in cal.weekdays()),
        "REL": alt(RELDAYS),
        "PART": alt(cal.day_parts()),
        "PASTM": alt(PAST_MODS), "NEXTM": alt(NEXT_MODS), "CURM": alt(CURRENT_MODS),
        "MODS": alt(PAST_MODS + NEXT_MODS + CURRENT_MODS),
        "EDGE": alt(EDGES),
        "AMPM": alt(AMPM),
        "REFS": alt(REFS), "SETS": alt(SETS), "SETU": alt(SET_UNITS),
        "RELU": alt(REL_UNITS), "PLU": alt(PLURAL_UNITS),
        "UNIT": alt(cal.units()),
        "CARD": alt(cal.cardinals()),
        "ORD": alt(cal.ordinals()),
        "SEASON": alt(cal.seasons()),
    }


def compile_patterns() -> dict[str, re.Pattern[str]]:
    """Named patterns; each has a group ``t`` (the span) and named parts for the reader."""
    L = lex()
    num_words = rf"(?:(?:ال)?{L['CARD']}(?:\s+و(?:ال)?{L['CARD']})*)"
    number = rf"(?:\d+|{num_words}|{alt(VAGUE_NUMBERS)})"
    year_tail = rf"(?:\s*,?\s*(?:من\s+)?(?:(?:عام|العام|سنه|لعام)\s+)?(?P<y>{YEAR})(?:\s*م{END}|\s+ميلادي(?:ه)?{END})?)"
    # فبراير (شباط)، فبراير / شباط: spaces only before a closing bracket, so a span never ends in one
    gloss = rf"(?:\s*[\(/]\s*(?P<gloss>{L['MON']})(?:\s*\))?)"
    reld = rf"(?:(?P<rel>{L['REL']})\s+)"
    wd_pre = rf"(?:(?:يوم\s+)?(?P<wd>{L['WD']})\s*[,\-]?\s*(?:الموافق\s+(?:ل\s*)?)?)"
    p: dict[str, str] = {
        # [أمس] [الجمعة] 31 مارس [الجاري] [2017]
        "dmy": rf"{PRE}(?P<t>{reld}?{wd_pre}?(?:ال\s*)?(?P<d>{DAY}|غره)\s*(?:من\s+)?(?:شهر\s+)?(?P<mon>{L['MON']}){gloss}?"
               rf"(?:\s+(?P<mrel>{L['MODS']}))?{year_tail}?){END}",
        # الخامس من حزيران / الحادي والعشرين من أكتوبر 2022
        "dwords": rf"{PRE}(?P<t>{wd_pre}?(?P<dw>ال{L['ORD']}(?:\s+(?:عشر|عشره)|\s+و(?:ال)?(?:عشرين|ثلاثين))?|العشرين|الثلاثين)"
                  rf"\s+من\s+(?:شهر\s+)?(?P<mon>{L['MON']}){gloss}?(?:\s+(?P<mrel>{L['MODS']}))?{year_tail}?){END}",
        # 5 و7 أكتوبر / من 5 إلى 7 أكتوبر → two dates
        "drange": rf"{PRE}(?P<t>(?P<d1>{DAY})\s*(?:-|–|و|الي|حتي)\s*(?P<d2>{DAY})\s+(?:من\s+)?(?:شهر\s+)?"
                  rf"(?P<mon>{L['MON']}){gloss}?(?:\s+(?P<mrel>{L['MODS']}))?{year_tail}?){END}",
        # 04/04/2017, 4-4-2017, 2017-04-04
        "numdate": rf"(?<![\w/.\-])(?P<t>{wd_pre}?(?:(?P<d>\d{{1,2}})(?P<sep>[/.\-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{YEAR})"
                   rf"|(?P<y2>{YEAR})(?P<sep2>[/\-])(?P<m2>\d{{1,2}})(?P=sep2)(?P<d2>\d{{1,2}})))(?![\w/]|[.\-]\d)",
        # 3/11/1436هـ, 1436/11/15هـ: numeric Hijri dates (the year tells the calendar)
        "hnum": rf"(?<![\w/.\-])(?P<t>{wd_pre}?(?:(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})\s*/\s*(?P<y>1[34]\d\d)"
                rf"|(?P<y2>1[34]\d\d)\s*/\s*(?P<m2>\d{{1,2}})\s*/\s*(?P<d2>\d{{1,2}}))(?:\s*(?:ه|للهجره|هجري|هجريه){END})?)(?![\w/])",
        # [منتصف] [شهر] أفريل [الماضي] [2017]
        "my": rf"{PRE}(?P<t>(?:(?P<edge>{L['EDGE']})\s+)?(?:(?P<shahr>شهر|شهري)\s+)?(?P<mon>{L['MON']}){gloss}?"
              rf"(?:\s+(?P<mrel>{L['MODS']}))?{year_tail}?){END}",
        # 24 شوال 1436 هـ
        "hijri": rf"{PRE}(?P<t>{wd_pre}?(?P<d>{DAY})\s+(?:من\s+)?(?:شهر\s+)?(?P<hm>{L['HMON']})(?:\s+(?P<hmrel>{L['MODS']}))?"
                 rf"(?:\s*,?\s*(?:(?:عام|لعام|سنه)\s+)?(?P<hy>1[34]\d\d))?(?:\s*(?:ه|للهجره|هجري|هجريه){END})?){END}",
        # صباح اليوم / أمس الخميس / أول أمس الأربعاء / ظهر اليوم
        "relday": rf"{PRE}(?P<t>(?:(?P<part>{L['PART']})\s+(?:يوم\s+)?)?(?P<rel>{L['REL']})(?:\s+(?P<wd>{L['WD']}))?"
                  rf"(?:\s+(?P<part2>صباحا|مساء|ظهرا|عصرا|فجرا|ليلا))?){END}",
        # منتصف ليل الأربعاء - الخميس / فجر الجمعة / الجمعة المقبلة / يوم السبت
        "weekday": rf"{PRE}(?P<t>(?:(?P<mid>منتصف\s+(?:ليل|ليله))\s+|(?P<part>{L['PART']})\s+(?:يوم\s+)?)?"
                   rf"(?P<wd>{L['WD']})(?:\s*[-–/]?\s*(?P<wd2>{L['WD']}))?(?:\s+(?P<dir>{L['MODS']}))?){END}",
        "midnight": rf"{PRE}(?P<t>منتصف\s+(?:الليل|الليله))(?:\s+(?P<dir>{L['PASTM']}))?{END}",
        # الساعة 4:30 / 10:30 صباحا / 04,00 ت غ / الساعة الثالثة عصرا
        "clock": rf"(?<!\w)(?P<t>(?:(?:تمام\s+)?(?P<sa>الساعه)\s+)?(?:(?P<h>\d{{1,2}})(?P<csep>[:.,])(?P<mi>[0-5]\d)|(?P<hw>(?:ال)?{L['ORD']}|(?:ال)?{L['CARD']})(?:\s+(?P<half>والنصف|والربع|الا\s+ربعا|الا\s+ربع))?)"
                 rf"(?:\s*(?P<ampm>{L['AMPM']}))?(?:\s*(?P<tz>ت\s*غ|بتوقيت\s+غرينتش|بتوقيت\s+غرينيتش|gmt|GMT|بتوقيت\s+\w+|بالتوقيت\s+المحلي))?){END}",
        # في وقت سابق هذا الأسبوع / الأسبوع الماضي / العام المقبل / هذا الشهر / الصيف الماضي
        "relunit": rf"{PRE}(?P<t>(?P<earlier>(?:في\s+)?وقت\s+(?:سابق|لاحق)\s+(?:من\s+)?)?(?:(?P<edge>{L['EDGE']})\s+)?"
                   rf"(?:(?P<this>هذا|هذه)\s+)?{ART}(?P<u>{L['RELU']}|{L['SEASON'].replace('ال', '')})(?:\s+(?P<mod>قبل\s+الماضي(?:ه)?|{L['MODS']}))?){END}",
        # العقود الماضية / الأشهر المقبلة / الساعات الـ24 الماضية / الأسبوعين الماضيين
        "plural": rf"{PRE}(?P<t>{ART}(?:(?P<n1>{num_words}|\d+)\s+)?(?P<u>{L['PLU']}|{L['UNIT']})(?:\s+ال\s*(?P<n2>\d+)|\s+(?P<n3>ال{L['CARD']}))?(?:\s+(?P<few>القليله))?"
                  rf"\s+(?P<mod>{L['PASTM']}|الماضيين|الماضيتين|الاخيره|الاخيرين|الاخير|{L['NEXTM']}|المقبلين|القادمين))(?!\w)",
        # منذ ثلاثة أيام / قبل سنتين / بعد أسبوعين / ثلاثة أعوام / 43 عاما / عدة أيام
        "count": rf"{PRE}(?P<t>(?:(?P<dir>منذ|مند|قبل|بعد|خلال|طيله|طوال|لمده)\s+(?:نحو\s+|حوالي\s+)?)?"
                 rf"(?:(?P<n>{number})\s+(?P<u>{L['UNIT']})|(?P<dual>{alt(cal.dual_units())})|(?P<fu>ايام|اسابيع|اشهر|شهور|سنوات|ساعات|دقايق)\s+(?P<few>قليله|معدوده))(?:\s+(?P<mod>الماضيه|الماضي|الماضيين|الاخيره|المقبله|القادمه))?){END}",
        # منذ سنوات / قبل أيام / بعد أسابيع / سنوات طويلة
        "vague": rf"{PRE}(?P<t>(?:(?P<dir>منذ|قبل|بعد)\s+(?P<u>ايام|اسابيع|اشهر|شهور|سنوات|سنين|اعوام|عقود)"
                 rf"|(?P<u2>ايام|اسابيع|اشهر|شهور|سنوات|سنين|اعوام|عقود)\s+(?:طويله|عديده|عده))){END}",
        # للشهر الثامن / للعام الثالث على التوالي
        "ordinal": rf"{PRE}(?P<t>{ART}(?P<u>{L['RELU']})\s+(?P<ord>(?:ال){L['ORD']}|ال{L['CARD']}\s+و(?:ال)?{L['CARD']}))(?P<row>\s+علي\s+التوالي)?{END}",
        "ref": rf"{PRE}(?P<t>{L['REFS']}){END}",
        "set": rf"{PRE}(?P<t>{L['SETS']}|كل\s+(?P<su>{L['SETU']}))(?P<after>\s+\w+)?{END}",
        # بين عامي 2006 و2007 / (1954-1989) / في 2013
        "year": rf"(?<![\w/.:,])(?:[وب]?)(?P<t>(?:(?P<yw>عام|العام|سنه|السنه|عامي)\s+)?(?P<y>{YEAR})(?:\s*م{END})?)(?![\w/%]|[.,:]\d)",
    }
    return {name: re.compile(rx) for name, rx in p.items()}


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    return compile_patterns()
