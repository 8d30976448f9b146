from rasd.config import load_config
from rasd.document import Block, Claim, Document, Entity, Event, Mention, Span
from rasd.stages.checks import ChecksStage, restore_surface
from rasd.stages.text import TextStage


def run_checks(text, **layers):
    config = load_config()
    doc = Document(id="t", text=text)
    TextStage(config)(doc)
    for k, v in layers.items():
        setattr(doc, k, v)
    ChecksStage(config)(doc)
    return doc


def test_checks_restore_surface_keeps_hamza():
    assert restore_surface("أفادا", "افادت") == "أفادت"
    assert restore_surface("الحر", "الحرب") == "الحرب"
    assert restore_surface("سط", "وسط") == "وسط"


def test_checks_merged_words_flag():
    doc = run_checks("ونفت الحكومة هذهالمعلومات بشكل قاطع.")
    flags = [f for f in doc.flags if f.kind == "merged-words"]
    assert len(flags) == 1 and flags[0].suggestion == "هذه المعلومات"
    assert doc.slice(flags[0].spans[0]) == "هذهالمعلومات"


def test_checks_typo_flag_with_suggestion_and_offsets():
    doc = run_checks("واستولت القوات على معسرات الجيش في المدينة.")
    flags = [f for f in doc.flags if f.kind == "typo"]
    assert [(doc.slice(f.spans[0]), f.suggestion) for f in flags] == [("معسرات", "معسكرات")]
    assert flags[0].message_ar


def test_checks_clean_sentence_has_no_flags():
    doc = run_checks("قال وزير الخارجية السعودي إن المحادثات مع الجانب الأمريكي مستمرة منذ أسابيع.")
    assert doc.flags == []


def test_checks_names_are_not_flagged():
    text = "التقى الوزير بالسيد كوزمينكوف في العاصمة."
    i = text.index("كوزمينكوف")
    doc = run_checks(text, mentions=[Mention(i, i + 9, "PER")])
    assert not [f for f in doc.flags if doc.slice(f.spans[0]) == "كوزمينكوف"]


def test_checks_duplicate_caption_from_layout_blocks():
    text = "العنوان\nصورة الوزير\nصورة الوزير\nنص الخبر."
    a, b = text.index("صورة"), text.rindex("صورة")
    blocks = [Block(0, 7, "headline"), Block(a, a + 11, "caption"), Block(b, b + 11, "caption", duplicate_of=1)]
    doc = run_checks(text, blocks=blocks)
    flags = [f for f in doc.flags if f.kind == "duplicate-caption"]
    assert len(flags) == 1 and flags[0].spans[0].start == b


def test_checks_participant_conflict_when_announcers_differ_from_parties():
    text = "وأعلنت وزارتا الخارجية في كل مصر والسودان، أن وزير الخارجية المصري ونظيره الإثيوبي أجريا محادثات."
    def span(w):
        i = text.index(w)
        return i, i + len(w)
    m1, m2 = span("مصر"), span("السودان")
    cue = span("وأعلنت")
    trig = span("محادثات")
    content = Span(text.index("وزير الخارجية المصري"), len(text) - 1)
    doc = run_checks(
        text,
        mentions=[Mention(*m1, "LOC", "c1"), Mention(*m2, "LOC", "c2")],
        entities=[Entity("c1", "Egypt", "LOC", country="Egypt"), Entity("c2", "Sudan", "LOC", country="Sudan"),
                  Entity("p1", "Egyptian foreign minister", "PER", country="Egypt"),
                  Entity("p2", "Ethiopian foreign minister", "PER", country="Ethiopia")],
        claims=[Claim("c1", Span(cue[0] + 1, cue[1]), content, "assert")],
        events=[Event("v1", "CONSULT", Span(*trig), source=["p1"], target=["p2"])],
    )
    flags = [f for f in doc.flags if f.kind == "participant-conflict"]
    assert len(flags) == 1 and "السودان" in flags[0].message


def test_checks_no_participant_conflict_when_announcers_are_the_parties():
    text = "وأعلنت وزارتا الخارجية في كل مصر وإثيوبيا، أن الوزيرين أجريا محادثات."
    i1, i2 = text.index("مصر"), text.index("إثيوبيا")
    trig = text.index("محادثات")
    doc = run_checks(
        text,
        mentions=[Mention(i1, i1 + 3, "LOC", "c1"), Mention(i2, i2 + 7, "LOC", "c2")],
        entities=[Entity("c1", "Egypt", "LOC", country="Egypt"), Entity("c2", "Ethiopia", "LOC", country="Ethiopia")],
        claims=[Claim("c1", Span(1, 6), Span(text.index("الوزيرين"), len(text) - 1), "assert")],
        events=[Event("v1", "CONSULT", Span(trig, trig + 7), source=["c1"], target=["c2"])],
    )
    assert not [f for f in doc.flags if f.kind == "participant-conflict"]


def test_checks_participant_conflict_through_the_pipeline():
    """The announcers are a dual subject no single mention covers; claims and events find them."""
    import pytest

    rasd = pytest.importorskip("rasd")
    text = ("وأعلنت وزارتا الخارجية في كل مصر والسودان، أن وزير الخارجية المصري سامح شكري "
            "ووزير الخارجية الإثيوبي أجريا محادثات هاتفية اليوم الأحد.")
    doc = rasd.analyze(text, id="x")
    assert [doc.slice(c.cue) for c in doc.claims] == ["أعلنت"]
    flags = [f for f in doc.flags if f.kind == "participant-conflict"]
    assert len(flags) == 1 and doc.slice(flags[0].spans[0]) == "السودان"
