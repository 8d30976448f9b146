"""Demands, threats and accusations carried by what a speaker says (rasd.stages.event_content)."""

from __future__ import annotations

import pytest

from rasd.config import load_config
from rasd.stages.claims import ClaimsStage
from rasd.stages.events import EventsStage
from tests.stages.event_helpers import make_doc, names


@pytest.fixture(scope="module")
def stage() -> EventsStage:
    return EventsStage(load_config())


def coded(stage, text, mentions):
    doc = make_doc(text, mentions, ())
    stage(doc)
    return [(e.code, names(doc, e.source), names(doc, e.target)) for e in doc.events]


def test_event_content_obligation_laid_on_an_actor_is_a_request(stage):
    got = coded(stage, "وقال الجبير إنه يجب على إيران تغيير سياستها.", [("الجبير", "PER"), ("إيران", "LOC")])
    assert ("REQUEST", {"الجبير"}, {"إيران"}) in got


def test_event_content_who_will_pay_the_price_is_threatened(stage):
    got = coded(stage, "قال أردوغان إن هولندا ستدفع ثمن تصرفاتها.", [("أردوغان", "PER"), ("هولندا", "LOC")])
    assert ("THREATEN", {"أردوغان"}, {"هولندا"}) in got


def test_event_content_wrongdoing_charged_to_its_possessor(stage):
    got = coded(stage, "وأكد المتحدث سامي أن انتهاكات الحوثيين مستمرة.", [("سامي", "PER"), ("الحوثيين", "ORG")])
    assert ("ACCUSE", {"سامي"}, {"الحوثيين"}) in got


def test_event_content_a_place_before_a_wrongdoing_word_is_no_wrongdoer(stage):
    # the suspect lives in Connecticut; the state is not charged with the assault
    got = coded(stage, "وقالت الشرطة إن الطالب المقيم في ولاية كونيكتيكت ملاحق بتهمة الاعتداء على شرطي.",
                [("الشرطة", "ORG"), ("كونيكتيكت", "LOC")])
    assert not [g for g in got if g[0] == "ACCUSE" and g[2] == {"كونيكتيكت"}], got


def test_event_content_wrongdoing_by_the_agent_after_min_qibal(stage):
    got = coded(stage, "وقال سامي إن هناك تحريضا مستمرا من قبل حزب الله ضد الحكومة.",
                [("سامي", "PER"), ("حزب الله", "ORG")])
    assert ("ACCUSE", {"سامي"}, {"حزب الله"}) in got


@pytest.mark.parametrize("text, mentions", [
    # negated: no charge
    ("وأكد الجبير أن إيران لا تدخل في شؤون جيرانها.", [("الجبير", "PER"), ("إيران", "LOC")]),
    # a named background act (العدوان الروسي) is not the speaker's accusation
    ("وأكد أوستن دعم أوكرانيا في مواجهة العدوان الروسي.", [("أوستن", "PER"), ("أوكرانيا", "LOC")]),
    # no speaker: no speech act
    ("يجب على إيران تغيير سياستها.", [("إيران", "LOC")]),
])
def test_event_content_no_event_without_an_explicit_charge(stage, text, mentions):
    got = coded(stage, text, mentions)
    assert not [g for g in got if g[0] in ("ACCUSE", "REQUEST", "THREATEN")], got


def test_event_content_can_be_switched_off():
    cfg = load_config(overrides={"events": {"speech_content": False}})
    doc = make_doc("قال أردوغان إن هولندا ستدفع ثمن تصرفاتها.", [("أردوغان", "PER"), ("هولندا", "LOC")], ())
    EventsStage(cfg)(doc)
    ClaimsStage(cfg)(doc)
    assert not [e for e in doc.events if e.code == "THREATEN"] and doc.claims


def test_event_content_wrongdoer_is_the_subject_past_its_modifiers(stage):
    got = coded(stage, "وذكر المتحدث أندريه ليسينكو أن الانفصاليين المدعومين من روسيا يستخدمون أسلحة ثقيلة يحظر استخدامها.",
                [("أندريه ليسينكو", "PER"), ("روسيا", "LOC")])
    assert ("ACCUSE", {"أندريه ليسينكو"}, {"الانفصاليين"}) in got


def test_event_content_a_warning_accuses_the_first_party_it_names(stage):
    got = coded(stage, "وقال الرئيس زيلينسكي إن الوضع خطير، محذرا من أن روسيا تخطط لتفجير السد.",
                [("زيلينسكي", "PER"), ("روسيا", "LOC")])
    assert ("ACCUSE", {"زيلينسكي"}, {"روسيا"}) in got
    got = coded(stage, "وقال الرئيس زيلينسكي إن روسيا تخطط لزيارة السد.", [("زيلينسكي", "PER"), ("روسيا", "LOC")])
    assert not [g for g in got if g[0] == "ACCUSE"]


def test_event_content_misrule_charged_to_its_possessor_only(stage):
    """تعنت الحكومة، فشل الحكومة: a charge of misrule with its possessor named after it; مكافحة الفساد and
    فضيحة فساد name what is fought or reported, and charge no one."""
    got = coded(stage, "وقال سامي الطاهري إن تعنت الحكومة هو سبب الأزمة.", [("سامي الطاهري", "PER")])
    assert ("ACCUSE", {"سامي الطاهري"}, {"الحكومة"}) in got, got
    got = coded(stage, "وقال سامي الطاهري إن الحكومة عازمة على مكافحة الفساد.", [("سامي الطاهري", "PER")])
    assert not [g for g in got if g[0] == "ACCUSE"], got


def test_event_content_a_threat_coded_from_its_verb_is_no_accusation_too(stage):
    """توعد/هدد is a threat coded from the verb, with its target; the warning fallback (حذر من أن روسيا
    تخطط …: ACCUSE Russia) does not add an accusation of the same party."""
    got = coded(stage, "وتوعد الحوثي السعودية برد قاس.", [("الحوثي", "PER"), ("السعودية", "LOC")])
    assert [g[0] for g in got] == ["THREATEN"], got
    got = coded(stage, "وحذر زيلينسكي من أن روسيا تخطط لتفجير السد.", [("زيلينسكي", "PER"), ("روسيا", "LOC")])
    assert ("ACCUSE", {"زيلينسكي"}, {"روسيا"}) in got, got


def test_event_content_outlet_told_of_a_crime_is_no_wrongdoer(stage):
    """قالت المتحدثة لوكالة فرانس برس "اعتقلنا أربعة أجانب إثر جريمة قتل": the agency is who is told, not accused."""
    got = coded(stage, 'وقالت اغاتا كوليكوفسكا المتحدثة باسم الشرطة لوكالة فرانس برس "لقد اعتقلنا أربعة أجانب إثر جريمة '
                       'قتل وقعت ليل السبت".', [("اغاتا كوليكوفسكا", "PER"), ("فرانس برس", "ORG")])
    assert not [g for g in got if g[0] == "ACCUSE"]


def test_event_content_who_confronts_crimes_is_no_wrongdoer(stage):
    """إكبار لجهود المواطنين في التصدي لهذه الجرائم: those who confront the crimes are not charged with them."""
    got = coded(stage, "وأكد البحيري إكباره لجهود قوات الجيش والأمن وعموم المواطنين في التصدي لهذه الجرائم.",
                [("البحيري", "PER")])
    assert not [g for g in got if g[0] == "ACCUSE"]
