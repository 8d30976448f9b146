"""Rule-tagged institutions: ministries and named councils (FORMAT.md conventions)."""

from __future__ import annotations

from rasd.arabic.tokenize import tokenize
from rasd.document import Mention
from rasd.stages.mention_rules import institution_mentions


def _spans(text: str, ms: list[Mention]) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.label) for m in ms]


def test_mentions_rules_ministry_and_council_without_proclitic():
    text = "ووفقا لوزارة الدفاع فإن مجلس الشيوخ وافق"
    assert _spans(text, institution_mentions(text, tokenize(text), [])) == [
        ("وزارة الدفاع", "ORG"), ("مجلس الشيوخ", "ORG")]


def test_mentions_rules_leave_tagged_and_generic_councils_alone():
    text = "مجلس إدارة الشركة ومجلس الأمن"
    tagged = [Mention(text.index("مجلس الأمن"), len(text), label="ORG")]
    assert institution_mentions(text, tokenize(text), tagged) == tagged
    assert institution_mentions("مجلس إدارة", tokenize("مجلس إدارة"), []) == []
