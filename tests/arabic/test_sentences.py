"""Sentence splitter properties: spans slice the original text, ordered, disjoint, trimmed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.sentences import split_sentences

PIECES = st.sampled_from([
    "قال", "الوزير", "د.", "3.5", "..", "...", "…", ".", "!", "؟", "?", "؛", "»", "«", ")", "(", "\"",
    " ", " ", " ", "\n", "\n\n", "\r\n", "ص.ب", "U.S.", "وأضاف", "نعم", "2024", "م.", "\t",
])
TEXTS = st.lists(PIECES, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_sentences_slice_text_ordered_disjoint_trimmed(text: str) -> None:
    prev_end = 0
    for s in split_sentences(text):
        assert prev_end <= s.start < s.end <= len(text)
        piece = text[s.start:s.end]
        assert piece == piece.strip()
        prev_end = s.end


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_sentences_cover_all_visible_characters(text: str) -> None:
    covered = set()
    for s in split_sentences(text):
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_sentences_never_cross_a_line_break(text: str) -> None:
    for s in split_sentences(text):
        assert "\n" not in text[s.start:s.end]


def test_sentences_seed_like_headline_with_ellipsis_is_one() -> None:
    text = "مباحثات بين وزيري دفاع البلدين.. ومساع لوقف التصعيد\n\nقال الوزير. وأضاف: نعم!"
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "مباحثات بين وزيري دفاع البلدين.. ومساع لوقف التصعيد", "قال الوزير.", "وأضاف: نعم!"]


def test_sentences_window_offsets() -> None:
    text = "أولا. ثانيا. ثالثا."
    spans = split_sentences(text, 6)
    assert [text[s.start:s.end] for s in spans] == ["ثانيا.", "ثالثا."]
