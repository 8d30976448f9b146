"""Detection and TIMEX3 resolution of Arabic time expressions (timex_rules + timex_resolve)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.arabic import calendar as cal
from rasd.stages.timex_resolve import resolve
from rasd.stages.timex_rules import TimexSpec, detect

A = dt.date(2022, 10, 21)  # a Friday
B = dt.date(2015, 8, 4)    # a Tuesday


def one(text: str) -> tuple[str, str, str | None]:
    """(span text, type, value at anchor A) of the single expression in ``text``."""
    specs = detect(text)
    assert len(specs) == 1, [(text[s.start:s.end], s.kind) for s in specs]
    s = specs[0]
    return text[s.start:s.end], s.type, resolve(s, A)


def value(text: str, anchor: dt.date = A) -> list[str | None]:
    return [resolve(s, anchor) for s in detect(text)]


@pytest.mark.parametrize("text, span, typ, val", [
    # relative days
    ("وصل اليوم إلى القاهرة", "اليوم", "DATE", "2022-10-21"),
    ("قال أمس إن", "أمس", "DATE", "2022-10-20"),
    ("وقع أول أمس الأربعاء مراسيم", "أول أمس الأربعاء", "DATE", "2022-10-19"),
    ("شن أمس الأول هجوما", "أمس الأول", "DATE", "2022-10-19"),
    ("يصل غداً إلى عمان", "غداً", "DATE", "2022-10-22"),
    ("يعقد بعد غد اجتماعا", "بعد غد", "DATE", "2022-10-23"),
    ("أعلن صباح اليوم", "صباح اليوم", "TIME", "2022-10-21TMO"),
    ("قتل مساء أمس", "مساء أمس", "TIME", "2022-10-20TEV"),
    ("ستعقد الليلة جلسة", "الليلة", "TIME", "2022-10-21TNI"),
    ("محادثات هاتفية اليوم الجمعة، هي", "اليوم الجمعة", "DATE", "2022-10-21"),
    # weekdays: most recent on or before the anchor, forward when the clause is future
    ("التقى الوزير يوم الثلاثاء", "الثلاثاء", "DATE", "2022-10-18"),
    ("يزور الجمعة المقبلة باريس", "الجمعة المقبلة", "DATE", "2022-10-28"),
    ("سيزور الوزير باريس الأحد", "الأحد", "DATE", "2022-10-23"),
    ("دمرت فجر الجمعة مركبة", "فجر الجمعة", "TIME", "2022-10-21TMO"),
    ("صادق بعد ظهر الخميس", "بعد ظهر الخميس", "TIME", "2022-10-20TAF"),
    ("بعد منتصف ليل الأربعاء - الخميس.", "منتصف ليل الأربعاء - الخميس", "TIME", "2022-10-19T24:00"),
    # months in every series, with الجاري / الماضي / المقبل
    ("اجتماع في 12 أكتوبر الجاري.", "12 أكتوبر الجاري", "DATE", "2022-10-12"),
    ("في 3 تشرين الأول الماضي", "3 تشرين الأول الماضي", "DATE", "2022-10-03"),
    ("منذ منتصف أفريل الماضي", "منتصف أفريل الماضي", "DATE", "2022-04"),
    ("صدر في جويلية 2016 قرار", "جويلية 2016", "DATE", "2016-07"),
    ("خلال شهر أبريل الماضي،", "شهر أبريل الماضي", "DATE", "2022-04"),
    ("تم التوصل إليه في فبراير (شباط) لكنه", "فبراير (شباط)", "DATE", "2022-02"),
    ("يوم 15 أوت 2017", "15 أوت 2017", "DATE", "2017-08-15"),
    ("في 5 غشت 2019 بالرباط", "5 غشت 2019", "DATE", "2019-08-05"),
    ("في 20 حزيران 2014", "20 حزيران 2014", "DATE", "2014-06-20"),
    ("ينعقد في ديسمبر المقبل", "ديسمبر المقبل", "DATE", "2022-12"),
    ("أمس الجمعة 31 مارس 2017، بين", "أمس الجمعة 31 مارس 2017", "DATE", "2017-03-31"),
    # digits, Western and Arabic-Indic
    ("الهجوم يوم 04/04/2017 على", "04/04/2017", "DATE", "2017-04-04"),
    ("بتاريخ 2017-04-04 صدر", "2017-04-04", "DATE", "2017-04-04"),
    ("في ١٢ أكتوبر ٢٠٢٢ وقع", "١٢ أكتوبر ٢٠٢٢", "DATE", "2022-10-12"),
    # Hijri
    ("الموافق 24 شوال 1436هـ", "24 شوال 1436هـ", "DATE", "2015-08-09"),
    # weeks, months, years, seasons
    ("قتل الأسبوع الماضي", "الأسبوع الماضي", "DATE", "2022-W41"),
    ("في وقت سابق هذا الأسبوع بقصف", "في وقت سابق هذا الأسبوع", "DATE", "2022-W42"),
    ("قطعت علاقاتها هذا الشهر وطالبت", "هذا الشهر", "DATE", "2022-10"),
    ("ضمتها روسيا العام الماضي من", "العام الماضي", "DATE", "2021"),
    ("الشهر المقبل", "الشهر المقبل", "DATE", "2022-11"),
    ("خلال الصيف الماضي", "الصيف الماضي", "DATE", "2022-SU"),
    ("في الخريف المقبل", "الخريف المقبل", "DATE", "2023-FA"),
    # ago / in
    ("بدأت منذ ثلاثة أيام", "منذ ثلاثة أيام", "DATE", "2022-10-18"),
    ("بقوله: قبل سنتين كان", "قبل سنتين", "DATE", "2020"),
    ("انتهت قبل أسبوعين", "قبل أسبوعين", "DATE", "2022-W40"),
    # durations
    ("حظر سفر لمدة ثلاثة أعوام ضد", "ثلاثة أعوام", "DURATION", "P3Y"),
    ("خلال الساعات الـ24 الماضية", "الساعات الـ24 الماضية", "DURATION", "PT24H"),
    ("خلال الأربع والعشرين ساعة الماضية، قبل", "الأربع والعشرين ساعة الماضية", "DURATION", "PT24H"),
    ("خلال الأسبوعين الماضيين وزادت", "الأسبوعين الماضيين", "DURATION", "P2W"),
    ("تتواصل العمليات للشهر الثامن، و", "لشهر الثامن", "DURATION", "P8M"),
    ("ارتفع للعام الثالث على التوالي", "لعام الثالث", "DURATION", "P3Y"),
    ("على مدار العقود الماضية.", "العقود الماضية", "DURATION", "PXDE"),
    ("بقي عدة أيام في", "عدة أيام", "DURATION", "PXD"),
    ("الرجل البالغ 43 عاما", "43 عاما", "DURATION", "P43Y"),
    # vague references
    ("في الوقت الحالي في ظل", "الوقت الحالي", "DATE", "PRESENT_REF"),
    ("التي ضمتها مؤخرا بناء", "مؤخرا", "DATE", "PAST_REF"),
    ("قدرتها على الدفاع في المستقبل، مشيرا", "المستقبل", "DATE", "FUTURE_REF"),
    ("خلال الأشهر المقبلة", "الأشهر المقبلة", "DATE", "FUTURE_REF"),
    ("يتفاقم الوضع حاليا", "حاليا", "DATE", "PRESENT_REF"),
    # sets
    ("في إفادة صحافية يومية أن", "يومية", "SET", "P1D"),
    ("يجتمعون كل يوم في", "كل يوم", "SET", "P1D"),
    ("يصدر أسبوعياً", "أسبوعياً", "SET", "P1W"),
    # clock times
    ("عند الساعة 4:30 فجر الجمعة", "الساعة 4:30 فجر الجمعة", "TIME", "2022-10-21T04:30"),
    ("في 10:30 صباحاً", "10:30 صباحاً", "TIME", "2022-10-21T10:30"),
    ("الساعة الثالثة عصراً", "الساعة الثالثة عصراً", "TIME", "2022-10-21T15:00"),
    ("(04,00 ت غ) عاد", "04,00 ت غ", "TIME", "2022-10-21T04:00Z"),
])
def test_time_rules_detect_and_resolve(text: str, span: str, typ: str, val: str) -> None:
    assert one(text) == (span, typ, val)


@pytest.mark.parametrize("text", [
    "مارس الضغوط على الحكومة",        # مارس the verb
    "قال عين اليوم في تقرير",          # the outlet عين اليوم
    "نقلت صحيفة «اليوم» عن مصادر",     # the newspaper «اليوم»
    "قتل 2000 جندي",                 # a count, not a year
    "سياسة الحكومة الجديدة",
    "يوماً ما سيحاكمون",
])
def test_time_rules_no_false_positives(text: str) -> None:
    assert detect(text) == []


def test_time_rules_ranges_split_into_two_dates() -> None:
    text = "ما بين عامي 2006 و2007 وحكم ستروسنر (1954-1989)"
    assert value(text) == ["2006", "2007", "1954", "1989"]
    text = "من 5 إلى 7 أكتوبر 2022"
    specs = detect(text)
    assert [text[s.start:s.end] for s in specs] == ["5", "7 أكتوبر 2022"]
    assert value(text) == ["2022-10-05", "2022-10-07"]


def test_time_rules_quoted_today_is_present_ref() -> None:
    text = 'وأضاف: "تضاعف العدد اليوم ليصل الرقم إلى 21 مليون"'
    assert value(text) == ["PRESENT_REF"]
    assert value("مع وجود 4 آلاف قتيل إلى اليوم.") == ["PRESENT_REF"]
    assert value("حلت اليوم بتونس في زيارة") == ["2022-10-21"]


def test_time_rules_month_without_year_takes_the_last_occurrence() -> None:
    assert value("يوليو الماضي", B) == ["2015-07"]
    assert value("في ديسمبر", B) == ["2014-12"]
    assert value("مايو الماضي", B) == ["2015-05"]
    assert value("أغسطس الماضي", B) == ["2014-08"]


def test_time_rules_no_anchor_gives_no_relative_value() -> None:
    assert value("قال أمس", None) == [None]
    assert value("في 12 أكتوبر 2022", None) == ["2022-10-12"]


def test_time_rules_offsets_point_into_original_text() -> None:
    text = "وَقَعَ الهُجُومُ أَمْسِ الخَمِيسِ."
    (s,) = detect(text)
    assert text[s.start:s.end] == "أَمْسِ الخَمِيسِ"


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)), st.sampled_from(list(cal.weekdays())))
def test_time_rules_weekday_resolution_property(anchor: dt.date, name: str) -> None:
    spec = TimexSpec(0, 0, "DATE", "weekday", {"weekday": cal.weekdays()[name]})
    day = dt.date.fromisoformat(resolve(spec, anchor))
    assert day.weekday() == cal.weekdays()[name] and day <= anchor and (anchor - day).days < 7
    spec.fields["dir"] = "next"
    day = dt.date.fromisoformat(resolve(spec, anchor))
    assert day.weekday() == cal.weekdays()[name] and day > anchor


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)), st.integers(-2, 2))
def test_time_rules_relday_property(anchor: dt.date, off: int) -> None:
    spec = TimexSpec(0, 0, "DATE", "relday", {"offset": off})
    assert dt.date.fromisoformat(resolve(spec, anchor)) - anchor == dt.timedelta(days=off)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)), st.integers(1, 12))
def test_time_rules_past_month_is_before_anchor(anchor: dt.date, month: int) -> None:
    spec = TimexSpec(0, 0, "DATE", "date", {"year": None, "month": month, "day": None, "month_rel": "past"})
    y, m = map(int, resolve(spec, anchor).split("-"))
    assert m == month and (y, m) < (anchor.year, anchor.month) and (anchor.year * 12 + anchor.month) - (y * 12 + m) <= 12


def test_time_rules_hijri_numeric_and_weekday_adjustment() -> None:
    text = "ابتداء من يوم الاثنين الموافق 3 /11 / 1436هـ ويستمر حتى يوم السبت الموافق 1436/11/15هـ."
    # Umm al-Qura gives Tuesday 18 and Sunday 30 August; the weekdays named win (sighting differs by a day)
    assert value(text, dt.date(2015, 8, 10)) == ["2015-08-17", "2015-08-29"]


def test_time_rules_few_days() -> None:
    assert value("خلال أيام قليلة تسبق") == ["PXD"]
    assert value("في الساعات القليلة القادمة") == ["FUTURE_REF"]


@pytest.mark.parametrize("text, val", [
    ("حصدت خلال الأيام الثلاثة الماضية أرواح", ["P3D"]),
    ("في كابول منذ سنوات.", ["PXY"]),
    ("وجدت نفسي قبل أيام حيال", ["PAST_REF"]),
    ("خلال الفترة المقبلة", ["FUTURE_REF"]),
    ("ضد معارضيه في الماضي، وكذا", ["PAST_REF"]),
    ("لم تتغير عن الموسم الماضي", []),
    ("في مطلع القرن الماضي،", ["19"]),
    ("منذ بداية العام وذلك", ["2022"]),
    ("عائدين من عطلة نهاية الأسبوع.", ["2022-W42-WE"]),
    ("قال الأمين العام للرئاسة", []),
])
def test_time_rules_vague_plurals_and_edges(text: str, val: list[str]) -> None:
    assert value(text) == val


def test_time_rules_midday_weekend_and_article_before_day() -> None:
    assert value("ظهر أمس الخميس") == ["2022-10-20TMI"]
    assert value("يوم الـ31 من جانفي") == ["2022-01-31"]
    assert value("خلال عطلة نهاية الأسبوع المقبل") == ["2022-W43-WE"]


def test_time_rules_future_clause_reads_weekday_forward() -> None:
    assert value("من المقرر أن يجتمع وزراء المالية الجمعة", B) == ["2015-08-07"]
    assert value("اجتمع وزراء المالية الجمعة", B) == ["2015-07-31"]


@pytest.mark.parametrize("text, val", [
    ("عبدالرحمن الشهري – بارق", []),                 # a family name, not "monthly"
    ("الراتب الشهري للموظف", ["P1M"]),
    ("من أواخر العام قبل الماضي.", ["2020"]),
    ("خلال ذلك اليوم.", []),
    ("في اليوم نفسه", []),
    ("اليوم الأخير من الشهر", []),
])
def test_time_rules_story_days_and_names(text: str, val: list[str]) -> None:
    assert value(text) == val


def test_time_rules_day_number_after_alyawm_is_no_offset() -> None:
    (s,) = detect("إلى نهاية اليوم الـ15 من شهر سبتمبر")
    assert "offset" not in s.fields


@pytest.mark.parametrize("text, val", [
    ("في الخامس من حزيران 1967", ["1967-06-05"]),
    ("هجمات الحادي عشر من سبتمبر 2001", ["2001-09-11"]),
    ("يوم الحادي والعشرين من أكتوبر الجاري", ["2022-10-21"]),
    ("في الأول من يناير المقبل", ["2023-01-01"]),
])
def test_time_rules_dates_in_words(text: str, val: list[str]) -> None:
    assert value(text) == val


def test_time_rules_every_n_units_is_a_set() -> None:
    text = "تنظيم انتخابات تشريعية مرة كل 5 سنوات بدلا من 4"
    specs = detect(text)
    assert [(text[s.start:s.end], s.type, resolve(s, A)) for s in specs] == [("كل 5 سنوات", "SET", "P5Y")]
    assert value("يجتمع مرة كل ستة أشهر") == ["P6M"]


def test_time_rules_ghad_without_alef() -> None:
    assert value("مناظرة تعقد مساء غد السبت") == ["2022-10-22TEV"]


_VOCAB = ["اليوم", "أمس", "الجمعة", "12", "٢٠١٧", "أكتوبر", "الجاري", "الماضي", "منذ", "ثلاثة", "أيام", "الساعة",
          "4:30", "فجر", "كل", "يوم", "1436هـ", "شوال", "/", "-", "(", ")", "،", ".", "\n", "قال", "الوزير", "و",
          "30", "فبراير", "للشهر", "الثامن", "2015", "عامي", "الأسبوع", "المقبل", "منتصف", "ليل", "غدا", "31"]


@given(st.lists(st.sampled_from(_VOCAB), max_size=30), st.dates(min_value=dt.date(1900, 3, 1),
                                                               max_value=dt.date(2099, 10, 31)))
def test_time_rules_never_crash_and_spans_are_sane(words: list[str], anchor: dt.date) -> None:
    text = " ".join(words)
    specs = detect(text)
    last_end = 0
    for s in specs:
        assert last_end <= s.start < s.end <= len(text)
        assert text[s.start:s.end].strip() == text[s.start:s.end]
        last_end = s.end
        resolve(s, anchor)
        resolve(s, None)
