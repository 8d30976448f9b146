"""Layout stage on hand-made page layouts (none of them the seed)."""

from __future__ import annotations

import pytest

from rasd.config import load_config
from rasd.document import Document
from rasd.stages.layout import LayoutStage, is_byline, is_dateline, layout_blocks

BODY1 = "قال وزير الخارجية في مؤتمر صحفي عقده اليوم في العاصمة إن المحادثات مع الجانب الآخر ستستمر خلال الأسبوع المقبل."
BODY2 = "وأضاف الوزير أن بلاده تأمل في التوصل إلى اتفاق شامل ينهي الخلاف القائم منذ سنوات بين البلدين الجارين."
BODY3 = "وكانت الحكومة قد أعلنت في وقت سابق عن خطة جديدة لدعم القطاع الزراعي في المناطق الريفية المتضررة من الجفاف."


def kinds(text: str) -> list[str]:
    return [b.kind for b in layout_blocks(text)]


@pytest.mark.parametrize("line", [
    "الأحد 3 مارس 2019",
    "السبت، 12 جانفي 2016",
    "12/01/2016",
    "2016-01-12 14:05",
    "الرياض - الإثنين 5 يونيو 2023 | 10:30 م",
    "نشر في: 7 أوت 2015",
])
def test_layout_dateline_shapes(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize("line", ["مظاهرات حاشدة في العاصمة يوم 3 مارس 2019 ضد الغلاء", BODY1, "وزير الخارجية يزور تونس"])
def test_layout_not_dateline(line: str) -> None:
    assert not is_dateline(line)


def test_layout_dateline_headline_captions_subheading() -> None:
    text = "\n\n".join([
        "الأحد 3 مارس 2019",
        "وزير الخارجية يبحث مع نظيره سبل إنهاء الخلاف",
        "صورة أرشيفية للوزير",
        "صورة أرشيفية للوزير",
        BODY1, BODY2,
        "خطة لدعم الزراعة",
        BODY3,
    ])
    blocks = layout_blocks(text)
    assert [b.kind for b in blocks] == [
        "dateline", "headline", "caption", "caption", "paragraph", "paragraph", "subheading", "paragraph"]
    assert blocks[3].duplicate_of == 2 and blocks[2].duplicate_of is None
    assert text[blocks[1].start:blocks[1].end] == "وزير الخارجية يبحث مع نظيره سبل إنهاء الخلاف"


def test_layout_no_dateline_headline_question_and_byline() -> None:
    text = "هل تنجح المفاوضات هذه المرة؟\nكتب: أحمد علي\n" + BODY1 + "\n" + BODY2
    assert kinds(text) == ["headline", "byline", "paragraph", "paragraph"]


def test_layout_body_only_article() -> None:
    assert kinds(BODY1 + "\n" + BODY2 + "\n" + BODY3) == ["paragraph"] * 3


def test_layout_short_last_line_with_period_is_paragraph() -> None:
    assert kinds("عاجل: انفجار في الميناء\n" + BODY1 + "\nوالتحقيق جار.") == ["headline", "paragraph", "paragraph"]


def test_layout_headline_with_final_period_is_paragraph() -> None:
    assert kinds("انتهى الاجتماع.\n" + BODY1) == ["paragraph", "paragraph"]


def test_layout_crlf_and_indent_spans_trimmed() -> None:
    text = "  الأحد 3 مارس 2019 \r\n\r\nعنوان قصير للخبر\r\n" + BODY1 + "\r\n"
    blocks = layout_blocks(text)
    assert [b.kind for b in blocks] == ["dateline", "headline", "paragraph"]
    for b in blocks:
        piece = text[b.start:b.end]
        assert piece == piece.strip() and "\n" not in piece


def test_layout_byline_shapes() -> None:
    assert is_byline("بقلم: سامي محمود")
    assert not is_byline(BODY1)


def test_layout_stage_runs_with_config() -> None:
    doc = Document(id="l1", text="عنوان\n" + BODY1)
    LayoutStage(load_config())(doc)
    assert [b.kind for b in doc.blocks] == ["headline", "paragraph"]
    assert doc.to_dict()["blocks"][0]["kind"] == "headline"


def test_layout_empty_text_has_no_blocks() -> None:
    assert layout_blocks("") == [] and layout_blocks(" \n\n ") == []
