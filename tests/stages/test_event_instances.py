"""One record per event instance (rasd.stages.event_instances: merge_duplicates, drop_told_again)."""

from __future__ import annotations

from rasd.document import Document, Entity, Event, Span
from rasd.stages.event_instances import drop_told_again, merge_duplicates
from tests.stages.event_helpers import make_doc


def _doc() -> Document:
    doc = Document(id="t", text="x" * 200)
    doc.entities = [
        Entity(id="tr", name="Turkey", type="LOC", kb="iso:TUR", name_ar="تركيا", country="TUR"),
        Entity(id="tr2", name="Turkey", type="LOC", kb="iso:TUR", name_ar="تركيا", country="TUR"),
        Entity(id="pkk", name="Kurdistan Workers' Party", type="ORG", name_ar="حزب العمال الكردستاني", country="TUR"),
        Entity(id="sec", name="قوات الأمن التركية", type="ORG", name_ar="قوات الأمن التركية", country="TUR"),
    ]
    return doc


def _ev(n: int, source: list[str], target: list[str], sentence: int) -> Event:
    return Event(id="", code="ASSAULT", trigger=Span(n * 10, n * 10 + 5), source=source, target=target, sentence=sentence)


def test_event_instances_two_sides_of_one_country_stay_two_attacks():
    """Turkey bombing the PKK and the PKK attacking Turkish forces: one country on every side, two acts."""
    got = merge_duplicates(_doc(), [_ev(1, ["tr"], ["pkk"], 0), _ev(2, ["pkk"], ["sec"], 1)])
    assert [(e.source, e.target) for e in got] == [(["tr"], ["pkk"]), (["pkk"], ["sec"])]


def test_event_instances_a_retelling_of_a_domestic_attack_still_merges():
    got = merge_duplicates(_doc(), [_ev(1, ["tr"], ["pkk"], 0), _ev(2, ["tr2"], [], 3)])
    assert len(got) == 1


def test_event_instances_a_call_and_a_demand_on_someone_in_one_sentence_stay_two():
    """ودعت الحركة إلى التهدئة، مطالبة الحكومة بتسريع الحوار: two calls; told in two sentences they would be one."""
    def call(n: int, target: list[str], sentence: int) -> Event:
        return Event(id="", code="REQUEST", trigger=Span(n * 10, n * 10 + 5), source=["pkk"], target=target,
                     sentence=sentence)

    assert len(merge_duplicates(_doc(), [call(1, [], 0), call(2, ["tr"], 0)])) == 2
    assert len(merge_duplicates(_doc(), [call(1, [], 0), call(2, ["tr"], 1)])) == 1


def test_event_instances_a_meeting_named_again_after_khilal_is_the_same_meeting():
    """استقبل الأمير الوزير … واستعرض الأمير خلال اللقاء …: one meeting; a second one only without the article
    or with nothing of its code told before."""
    text = "استقبل الأمير الوزير أمس. واستعرض الأمير خلال اللقاء الأوضاع. وعقد الأمير خلال لقاء آخر مباحثات."
    doc = make_doc(text)

    def meeting(word: str) -> Event:
        start = text.index(word)
        return Event(id="", code="CONSULT", trigger=Span(start, start + len(word)))

    first, again, other = meeting("استقبل"), meeting("اللقاء"), meeting("لقاء آخر")
    assert drop_told_again(doc, [first, again, other]) == [first, other]
    assert drop_told_again(doc, [again, other]) == [again, other]
