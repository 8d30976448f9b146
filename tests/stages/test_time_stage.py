"""The time stage end to end on hand-made documents (rasd.stages.time)."""

from __future__ import annotations

from rasd.config import load_config
from rasd.document import Document, Meta
from rasd.pipeline import Pipeline
from rasd.registry import stage_class


def run(text: str, declared: str | None = None) -> Document:
    nlp = Pipeline.from_config(load_config(), stages=["rasd.text.v1", "rasd.time.v1"])
    return nlp(Document(id="t", text=text, meta=Meta(declared_date=declared)))


def test_time_stage_registered() -> None:
    cls = stage_class("rasd.time.v1")
    assert cls.name == "rasd.time.v1" and "timexes" in cls.provides and "published" in cls.provides
    assert "rasd.time.v1" in load_config().pipeline


def test_time_stage_resolves_against_declared_date() -> None:
    doc = run("حذر الرئيس أمس الخميس من هجوم، وسيزور باريس الأحد المقبل.", declared="2022-10-21")
    assert doc.published.date == "2022-10-21"
    assert [(doc.slice(t), t.type, t.value) for t in doc.timexes] == [
        ("أمس الخميس", "DATE", "2022-10-20"), ("الأحد المقبل", "DATE", "2022-10-23")]
    d = doc.to_dict()
    assert d["timexes"][0]["text"] == "أمس الخميس" and d["published"]["date"] == "2022-10-21"


def test_time_stage_without_date_keeps_absolute_values() -> None:
    doc = run("قال أمس إن الاتفاق وقع في 5 يونيو 2015.")
    assert doc.published.value == "2015-06" and doc.published.precision == "month"
    assert doc.published.date == doc.published.candidates[0] == "2015-06-05"
    assert [t.value for t in doc.timexes][1] == "2015-06-05"


def test_time_stage_conflict_flag_in_contract() -> None:
    doc = run("الخميس 25 أبريل 2024\n\nأجرى الوزيران محادثات اليوم الجمعة.")
    flags = doc.to_dict()["flags"]
    assert flags and flags[0]["kind"] == "date-conflict"
    assert flags[0]["spans"][0]["text"] == "الخميس 25 أبريل 2024"
    # the dateline keeps its own value
    assert doc.timexes[0].value == "2024-04-25"


def test_time_stage_empty_text() -> None:
    doc = run("")
    assert doc.timexes == [] and doc.published.date is None


def test_time_stage_range_end_follows_start() -> None:
    doc = run("يمتد موسم الصيد من 27 ماي الى 27 جوان.", declared="2017-06-05")
    assert [t.value for t in doc.timexes] == ["2017-05-27", "2017-06-27"]


def test_time_stage_ghurra_is_the_first() -> None:
    doc = run("نظمت مسيرة يوم الخميس غرة جوان الجاري.", declared="2017-06-05")
    assert [(doc.slice(t), t.value) for t in doc.timexes] == [("يوم الخميس غرة جوان الجاري", "2017-06-01")]
