"""Violent and coercive events, protests, mobilisation, sanctions and aid on hand-made Arabic news sentences:
the common constructions news writes them in, and look-alikes that are no event."""

from __future__ import annotations

import pytest

from rasd.config import load_config
from rasd.stages.events import EventsStage
from tests.stages.event_helpers import make_doc, names


@pytest.fixture(scope="module")
def stage() -> EventsStage:
    return EventsStage(load_config())


def run(stage, text, mentions=()):
    doc = make_doc(text, mentions)
    stage(doc)
    return doc


def coded(doc):
    return [(e.code, names(doc, e.source), names(doc, e.target)) for e in doc.events]


@pytest.mark.parametrize("text, mentions, expected", [
    # open fire, raid, sentence, expel, deport, close a crossing
    ("فتح مسلحون النار على حافلة للجيش المصري في سيناء.", [("سيناء", "LOC")], "ASSAULT"),
    ("داهمت قوات الأمن منزل الناشط في القاهرة.", [("القاهرة", "LOC")], "COERCE"),
    ("حكمت محكمة مصرية بالسجن على محمد مرسي.", [("محمد مرسي", "PER")], "COERCE"),
    ("قضت المحكمة العسكرية بسجن ياسين العياري.", [("المحكمة العسكرية", "ORG"), ("ياسين العياري", "PER")], "COERCE"),
    ("طردت السلطات الفرنسية إماما متطرفا.", [], "COERCE"),
    ("رحلت السلطات السعودية آلاف المخالفين.", [], "COERCE"),
    ("أغلقت السلطات المصرية معبر رفح.", [("رفح", "LOC")], "COERCE"),
    ("أوقفت الشرطة الجزائرية صحفيا في العاصمة.", [], "COERCE"),
    ("تمكنت قوات الأمن من إلقاء القبض على إرهابي خطير.", [], "COERCE"),
    ("طردت روسيا 23 دبلوماسيا بريطانيا.", [("روسيا", "LOC")], "SANCTION"),
    ("أرسلت تركيا تعزيزات عسكرية إلى الحدود السورية.", [("تركيا", "LOC")], "MOBILIZE"),
    ("أرسلت الإمارات قافلة إغاثة إلى غزة.", [("الإمارات", "LOC"), ("غزة", "LOC")], "AID"),
    ("سيرت الإمارات مساعدات إلى اليمن.", [("الإمارات", "LOC"), ("اليمن", "LOC")], "AID"),
    ("تبرعت الكويت بمبلغ 100 مليون دولار لدعم سوريا.", [("الكويت", "LOC"), ("سوريا", "LOC")], "AID"),
    ("استقبلت تركيا مليوني لاجئ سوري.", [("تركيا", "LOC")], "AID"),
])
def test_violence_lexicon_constructions(stage, text, mentions, expected):
    doc = run(stage, text, mentions)
    assert expected in [e.code for e in doc.events], coded(doc)


def test_violence_hosting_refugees_is_no_visit(stage):
    doc = run(stage, "استقبلت تركيا مليوني لاجئ سوري.", [("تركيا", "LOC")])
    assert "CONSULT" not in [e.code for e in doc.events], coded(doc)


def test_violence_interrupting_a_speaker_is_no_boycott(stage):
    doc = run(stage, "قاطع الرئيس كلمة الصحفي.")
    assert not doc.events, coded(doc)


def test_violence_arrest_as_background_is_no_event(stage):
    """بعد إلقاء القبض عليه: the one arrested is the subject; the arrest only dates what he did."""
    doc = run(stage, "واعترف العنصر الإرهابي بعد إلقاء القبض عليه بتحوله إلى ليبيا.", [("ليبيا", "LOC")])
    assert "COERCE" not in [e.code for e in doc.events], coded(doc)
    doc = run(stage, "وتمكنت الشرطة التونسية من إلقاء القبض عليه في سوسة.", [("سوسة", "LOC")])
    assert "COERCE" in [e.code for e in doc.events], coded(doc)
