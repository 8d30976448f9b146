"""Web fixtures: a tmp store holding a hand-annotated seed article and an article containing ``<script>``."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rasd.document import Claim, Document, Entity, Event, Flag, Mention, Meta, Published, Sentence, Span, Timex
from rasd.store import Store
from rasd.web import create_app

SEED = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "seed-article.txt"
SCRIPT_TEXT = 'قال المتحدث <script>alert("x")</script> إن الوزير سيرجي شويجو زار <b>موسكو</b> أمس.'


def _at(text: str, needle: str, nth: int = 0) -> Span:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return Span(pos, pos + len(needle))


def seed_document(text: str) -> Document:
    """The seed with a few hand-placed layers (found by substring, not by the pipeline)."""
    doc = Document(id="seed", text=text,
                   meta=Meta(source="seed (scraped Egyptian news page)", title="مباحثات بين وزيرا دفاع روسيا وأمريكا",
                             declared_date="2024-04-25"),
                   published=Published(date="2022-10-21", confidence=0.8, candidates=["2022-10-21", "2022-10-14"],
                                       evidence=["«اليوم الجمعة» → a Friday", "«12 أكتوبر الجاري» → October"],
                                       conflicts=["dateline 2024-04-25 is not a Friday in October"]))
    doc.sentences = [Sentence(0, len(text))]
    doc.entities = [
        Entity(id="e1", name="Sergei Shoigu", name_ar="سيرجي شويجو", type="PER", kb="Q295478", country="RUS",
               role="defence minister", aliases=["شويجو"]),
        Entity(id="e2", name="Lloyd Austin", name_ar="لويد أوستن", type="PER", kb="Q1514817", country="USA",
               role="defence minister"),
        Entity(id="e3", name="Russia", name_ar="روسيا", type="LOC", kb="Q159"),
        Entity(id="e4", name="Pentagon", name_ar="البنتاجون", type="ORG", country="USA"),
    ]
    doc.mentions = [
        Mention(*_span(text, "روسيا", 0), label="LOC", entity="e3"),
        Mention(*_span(text, "سيرجي شويجو", 0), label="PER", entity="e1"),
        Mention(*_span(text, "لويد أوستن", 0), label="PER", entity="e2"),
        Mention(*_span(text, "البنتاجون", 0), label="ORG", entity="e4"),
        Mention(*_span(text, "سيرجي شويجو", 1), label="PER", entity="e1"),
    ]
    doc.timexes = [
        Timex(*_span(text, "الخميس 25 أبريل 2024", 0), type="DATE", value="2024-04-25"),
        Timex(*_span(text, "اليوم الجمعة", 0), type="DATE", value="2022-10-21"),
    ]
    call = _at(text, "أجريا محادثات هاتفية")
    doc.events = [Event(id="v1", code="CONSULT", cameo="040", trigger=Span(call.start, call.start + 5),
                        source=["e2"], target=["e1"], date="2022-10-21", modality="reported", sentence=0)]
    cue = _at(text, "وأعلنت")
    doc.claims = [Claim(speaker="e4", cue=Span(cue.start + 1, cue.end), content=_at(text, "أن وزير الدفاع الروسي"),
                        stance="assert")]
    doc.flags = [Flag(kind="typo", spans=[_at(text, "الحر الروسية")], message="الحر → الحرب?", suggestion="الحرب")]
    doc.pipeline = ["test.hand.v1"]
    return doc


def _span(text: str, needle: str, nth: int) -> tuple[int, int]:
    s = _at(text, needle, nth)
    return s.start, s.end


def script_document() -> Document:
    """An article whose text and metadata carry HTML that must show as text."""
    text = SCRIPT_TEXT
    doc = Document(id="evil<1>", text=text,
                   meta=Meta(source="<i>src</i>", title='<img src=x onerror="alert(1)">', declared_date="2023-01-05"),
                   published=Published(date="2023-01-04", confidence=0.5))
    doc.entities = [Entity(id="e1", name="Sergei Shoigu", name_ar="سيرجي شويجو", type="PER", kb="Q295478",
                           role="<script>role</script>")]
    doc.mentions = [Mention(*_span(text, "سيرجي شويجو", 0), label="PER", entity="e1"),
                    Mention(*_span(text, "موسكو", 0), label="LOC")]
    doc.timexes = [Timex(*_span(text, "أمس", 0), type="DATE", value="2023-01-03")]
    visit = _at(text, "زار")
    doc.events = [Event(id="v1", code="CONSULT", trigger=visit, source=["e1"], date="2023-01-03")]
    # A span crossing the <script> tag: the highlighter must split it and still escape everything.
    doc.flags = [Flag(kind="markup", spans=[Span(5, text.index("</script>") + 4)], message="<script>flag</script>")]
    return doc


@pytest.fixture
def seed_doc() -> Document:
    if not SEED.exists():
        pytest.skip("shared/data not available")
    return seed_document(SEED.read_text(encoding="utf-8"))


@pytest.fixture
def db_path(tmp_path: Path, seed_doc: Document) -> Path:
    path = tmp_path / "web.db"
    with Store(path) as store:
        store.put(seed_doc)
        store.put(script_document())
    return path


@pytest.fixture
def client(db_path: Path):
    with TestClient(create_app(db_path), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def write_client(tmp_path: Path):
    with TestClient(create_app(tmp_path / "w.db", allow_writes=True), raise_server_exceptions=False) as c:
        yield c
