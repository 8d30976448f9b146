"""Publication-date inference (rasd.stages.pubdate): priors checked against constraints in the text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import Block, Document, Entity, Meta
from rasd.stages import pubdate
from rasd.stages.timex_rules import detect


def infer(text: str, declared: str | None = None, url: str | None = None, entities=None, blocks=None):
    doc = Document(id="t", text=text, meta=Meta(declared_date=declared, url=url))
    doc.entities = entities or []
    doc.blocks = blocks or []
    return doc, pubdate.infer(doc, detect(text))


def test_pubdate_declared_date_consistent_with_text() -> None:
    _, r = infer("قال الوزير اليوم الجمعة إن", declared="2022-10-21")
    assert r.published.date == "2022-10-21" and r.published.confidence >= 0.9
    assert r.flags == [] and r.anchor == dt.date(2022, 10, 21)


def test_pubdate_declared_date_with_time_is_parsed() -> None:
    _, r = infer("خبر بلا تاريخ", declared="2015-08-09 17:26:01")
    assert r.published.date == "2015-08-09"


def test_pubdate_no_evidence_leaves_date_none() -> None:
    _, r = infer("قال الوزير إن الوضع صعب.")
    assert r.published.date is None and r.anchor is None


def test_pubdate_weekday_without_year_is_not_enough() -> None:
    _, r = infer("قال الوزير اليوم الجمعة إن")
    assert r.published.date is None


def test_pubdate_url_date() -> None:
    assert pubdate.url_date("https://x.com/news/2017/04/05/story.html") == dt.date(2017, 4, 5)
    assert pubdate.url_date("https://x.com/a-2017-04-05-b") == dt.date(2017, 4, 5)
    assert pubdate.url_date("https://x.com/a_20170405.html") == dt.date(2017, 4, 5)
    assert pubdate.url_date("https://x.com/id/12345678901") is None
    _, r = infer("وصل أمس الخميس", url="https://x.com/2022/10/21/x")
    assert r.published.date == "2022-10-21"


def test_pubdate_dateline_from_first_line() -> None:
    _, r = infer("الجمعة 21 أكتوبر 2022\n\nقال الوزير أمس الخميس إن")
    assert r.published.date == "2022-10-21" and not r.flags


def test_pubdate_text_date_with_yesterday_pins_the_day() -> None:
    _, r = infer("اندلعت اشتباكات أمس الجمعة 31 مارس 2017، بين الشرطة")
    assert r.published.date == "2017-04-01"


def test_pubdate_declared_date_contradicted_by_weekday() -> None:
    doc, r = infer("أجرى الوزيران محادثات اليوم الجمعة.", declared="2022-10-20")
    assert r.published.conflicts and r.flags[0].kind == "date-conflict"
    # the flag points at the text that contradicts the declared date
    assert doc.text[r.flags[0].spans[0].start:r.flags[0].spans[0].end] == "اليوم الجمعة"
    assert dt.date.fromisoformat(r.published.candidates[0]).weekday() == 4


SEEDLIKE = ("الخميس 25 أبريل 2024\n\nأجرى الوزيران محادثات هاتفية اليوم الجمعة.\n"
            "وذلك بعد اجتماع في 12 أكتوبر الجاري. وأول أمس الأربعاء، وقع الرئيس مراسيم. وحذر أمس الخميس من هجوم.")


def _roles() -> list[Entity]:
    return [Entity(id="e1", name="A Commander", type="PER",
                   roles=[{"role": "commander", "organisation": "x", "country": "RUS",
                           "from": "2022-10-08", "to": "2023-01-11"}]),
            Entity(id="e2", name="A Minister", type="PER",
                   roles=[{"role": "defence minister", "from": "2021-11-04", "to": "2023-09-05"}])]


def test_pubdate_dateline_conflict_resolved_by_text_and_roles() -> None:
    doc, r = infer(SEEDLIKE, entities=_roles())
    assert r.flags and r.flags[0].kind == "date-conflict"
    span = r.flags[0].spans[0]
    assert doc.text[span.start:span.end] == "الخميس 25 أبريل 2024"
    assert r.published.value in ("2022-10", "2022-10-21") and r.published.date in r.published.candidates
    assert "2022-10-21" in r.published.candidates
    assert all(dt.date.fromisoformat(c).weekday() == 4 for c in r.published.candidates)
    assert all(c.startswith("2022-10-") and int(c[-2:]) >= 12 for c in r.published.candidates)
    assert r.published.evidence and r.flags[0].message_ar


def test_pubdate_dateline_conflict_without_roles_keeps_constraints() -> None:
    _, r = infer(SEEDLIKE)
    assert r.flags
    for c in r.published.candidates:
        d = dt.date.fromisoformat(c)
        assert d.weekday() == 4 and d.month == 10 and d.day >= 12


def test_pubdate_layout_dateline_block_is_used() -> None:
    text = "قال الوزير أمس الخميس إن\nالجمعة 21 أكتوبر 2022"
    start = text.index("الجمعة 21")
    _, r = infer(text, blocks=[Block(start, len(text), kind="dateline")])
    assert r.published.date == "2022-10-21"


def test_pubdate_role_bounds_accept_years_and_months() -> None:
    assert pubdate._bound("2022", start=True) == dt.date(2022, 1, 1)
    assert pubdate._bound("2022-02", start=False) == dt.date(2022, 2, 28)
    assert pubdate._bound(None, start=True) is None


def test_pubdate_explicit_past_date_estimates_the_day() -> None:
    _, r = infer("وقعت الحادثة الخميس 17 أكتوبر 2013 في المنستير.")
    assert r.published.date is not None and r.published.confidence <= 0.6
    assert r.published.candidates[0] >= "2013-10-17"


def test_pubdate_near_miss_keeps_declared_date_and_anchors_on_text_day() -> None:
    # written on Saturday ("today Saturday"), dated Sunday by the publisher
    doc, r = infer("قال الوزير اليوم السبت إن", declared="2015-08-09")
    assert r.published.date == "2015-08-09"
    assert r.anchor == dt.date(2015, 8, 8)
    assert r.flags and r.flags[0].confidence < 0.9


def test_pubdate_agency_dateline_with_hijri_and_gregorian() -> None:
    text = "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nانطلقت أمس اختبارات الجامعة."
    _, r = infer(text)
    assert r.published.date == "2015-08-10"


def test_pubdate_self_contradicting_text_does_not_overrule_declared() -> None:
    _, r = infer("قال اليوم الأحد إنه سيعود مساء اليوم السبت.", declared="2017-01-22")
    assert r.published.date == "2017-01-22" and not r.flags


def test_pubdate_declared_near_miss_beats_url_agreeing_with_text() -> None:
    _, r = infer("قال الوزير اليوم السبت إن", declared="2015-08-09", url="https://x.com/2015/08/08/a")
    assert r.published.date == "2015-08-09" and r.anchor == dt.date(2015, 8, 8)
    assert len(r.flags) == 1 and "declared" in r.flags[0].message


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)), st.integers(0, 6))
@settings(max_examples=40, deadline=None)
def test_pubdate_weekday_property(declared: dt.date, wd: int) -> None:
    _, r = infer(f"قال الوزير اليوم {pubdate.WEEKDAY_AR[wd]} إن", declared=declared.isoformat())
    assert r.anchor is not None and r.anchor.weekday() == wd
    if declared.weekday() == wd:
        assert r.published.date == declared.isoformat() and not r.flags
    else:
        assert r.flags
        if (declared - r.anchor).days in (1, 2):  # written a day or two before it was dated
            assert r.published.date == declared.isoformat()
        else:
            assert all(dt.date.fromisoformat(c).weekday() == wd for c in r.published.candidates)
