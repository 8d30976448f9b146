"""Hand-made stories: three outlets on one attack (one denies, one gives another toll), one unrelated article."""

from __future__ import annotations

import pytest

from rasd.document import Document, Entity, Event, Meta, Published, Span

ATTACK = ("أعلنت وزارة الداخلية اليمنية مقتل 12 شخصا في هجوم انتحاري استهدف مسجدا في مدينة عدن "
          "وقالت إن تنظيم داعش نفذ الهجوم الانتحاري على المسجد خلال صلاة الجمعة")
ATTACK_B = ("قتل 12 شخصا في هجوم انتحاري على مسجد في عدن وأعلن تنظيم داعش مسؤوليته عن الهجوم الانتحاري "
            "الذي استهدف المصلين في المسجد بحسب وزارة الداخلية اليمنية")
ATTACK_C = ("نفى تنظيم داعش أي صلة له بالهجوم الانتحاري على مسجد عدن الذي أسفر عن مقتل 5 أشخاص "
            "بحسب مصادر طبية في المدينة اليمنية بينما تحدثت وزارة الداخلية عن حصيلة أخرى")
OIL = ("ارتفعت أسعار النفط في الأسواق العالمية بعد صدور بيانات عن تراجع المخزونات الأمريكية "
       "وتوقع محللون أن تواصل أسعار الخام صعودها خلال الأسبوع المقبل مع زيادة الطلب الصيني")


def _doc(doc_id, text, title, source, date, modality="asserted", event_date=None, published=None):
    isis = Entity(id="e1", name="ISIS", name_ar="داعش", type="ORG")
    aden = Entity(id="e2", name="Aden", name_ar="عدن", type="LOC")
    start = text.index("داعش") if "داعش" in text else 0
    doc = Document(id=doc_id, text=text, meta=Meta(source=source, title=title, declared_date=date),
                   entities=[isis, aden], published=published or Published(date=date, confidence=0.9))
    trig = text.index("الهجوم") if "الهجوم" in text else start
    doc.events = [Event(id="v1", code="ASSAULT", trigger=Span(trig, trig + 6), source=["e1"], target=["e2"],
                        date=event_date, modality=modality)]
    return doc


@pytest.fixture
def story_docs() -> list[Document]:
    return [
        _doc("a1", ATTACK, "مقتل 12 في هجوم انتحاري على مسجد في عدن", "okaz", "2015-08-09", event_date="2015-08-07"),
        _doc("a2", ATTACK_B, "داعش يتبنى الهجوم الانتحاري على مسجد عدن", "alriyadh", "2015-08-09",
             event_date="2015-08-07"),
        _doc("a3", ATTACK_C, "داعش ينفي صلته بهجوم مسجد عدن", "alyaum", "2015-08-10", modality="denied",
             event_date="2015-08-08",
             published=Published(date="2015-08", confidence=0.3, candidates=["2015-08-09", "2015-08-16"])),
        Document(id="o1", text=OIL, meta=Meta(source="aleqtisadiya", title="النفط يرتفع", declared_date="2015-08-09")),
    ]


@pytest.fixture
def story_store(tmp_path, story_docs):
    from rasd.store import Store

    with Store(tmp_path / "s.db") as st:
        st.put_many(story_docs)
        yield st
