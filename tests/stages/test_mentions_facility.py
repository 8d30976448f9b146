"""Named facilities kept whole with their head (rasd.stages.mention_facility)."""

from __future__ import annotations

from rasd.arabic.normalize import fold
from rasd.arabic.tokenize import tokenize
from rasd.document import Mention
from rasd.stages.mention_facility import facility_mentions

COUNTS = {fold("المدينة"): 4944, fold("طبربة"): 12, fold("عام"): 17000, fold("أمس"): 9000}


def _run(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ms = sorted((Mention(text.index(w), text.index(w) + len(w), label=lab) for w, lab in tagged),
                key=lambda m: m.start)
    out = facility_mentions(text, tokenize(text), ms, lambda w: COUNTS.get(w, 0))
    return [(text[m.start:m.end], m.label) for m in out]


def test_facility_takes_its_head_and_generic_adjectives():
    # the tagger tags the city alone; FORMAT keeps the airport's full name, the proclitic outside
    assert _run("وصل الوفد إلى مطار دمشق الدولي أمس", [("دمشق", "LOC")]) == [("مطار دمشق الدولي", "LOC")]
    assert _run("صلى في مسجد عمران بن شاهين", [("عمران بن شاهين", "PER")]) == [("مسجد عمران بن شاهين", "LOC")]


def test_facility_joins_a_name_split_in_two():
    assert _run("هبطت الطائرة في مطار تونس قرطاج صباحا", [("تونس", "LOC"), ("قرطاج", "LOC")]) == [
        ("مطار تونس قرطاج", "LOC")]
    assert _run("على ملعب سانتياغو بيرنابيو", [("سانتياغو", "PER")]) == [("ملعب سانتياغو بيرنابيو", "LOC")]


def test_facility_named_by_a_rare_word_only():
    assert _run("افتتح ملعب تشيرمارتين عام", []) == [("ملعب تشيرمارتين", "LOC")]
    assert _run("افتتح ملعب المدينة عام", []) == []        # a common word: a description
    assert _run("تفجير كنيسة قبطية أمس", []) == []          # an indefinite adjective
    assert _run("في برج العامري وطبربة", [("العامري", "LOC")]) == [("برج العامري", "LOC")]


def test_facility_not_across_quotes_nor_after_a_tagged_head():
    assert _run('على استاد " سلتيك بارك " في', [("سلتيك بارك", "MISC")]) == [("سلتيك بارك", "MISC")]
    assert _run("على ملعب القاهرة", [("ملعب القاهرة", "ORG")]) == [("ملعب القاهرة", "ORG")]


def test_facility_named_after_a_titled_person():
    # the namesake's title and name are the facility's name, not a person acting
    assert _run("عقد الاجتماع بمجمع الأمير فيصل بن فهد الأولمبي مساء", [("فيصل بن فهد", "PER")]) == [
        ("مجمع الأمير فيصل بن فهد الأولمبي", "LOC")]
    assert _run("تم تحويلها لمستشفى الملك فهد بالباحة", [("فهد", "PER"), ("الباحة", "LOC")]) == [
        ("مستشفى الملك فهد", "LOC"), ("الباحة", "LOC")]
