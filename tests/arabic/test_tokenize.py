"""Tokenizer properties: tokens slice the original text, in order, never overlapping."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.arabic.tokenize import segment_word, tokenize

# Arabic letters, harakat, tatweel, digits (both kinds), punctuation, Latin, spaces and line breaks.
ALPHABET = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ") + list("\u064b\u064e\u0650\u0651\u0652\u0640")
    + list("0123456789٠١٢٣٤٥٦٧٨٩") + list(".,،؛؟!:%/-«»\"'()") + list("abcXYZ") + [" ", " ", "\n", "\r\n", "\t", "\u200c"]
)
TEXTS = st.lists(ALPHABET, max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_tokenize_tokens_slice_text_in_order(text: str) -> None:
    prev_end = 0
    for tok in tokenize(text):
        assert prev_end <= tok.start < tok.end <= len(text)
        assert tok.start <= tok.base_start <= tok.stem_start <= tok.stem_end <= tok.end
        assert not text[tok.start:tok.end].isspace() and text[tok.start:tok.end].strip() == text[tok.start:tok.end]
        prev_end = tok.end


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_tokenize_covers_every_visible_character(text: str) -> None:
    covered = set()
    for tok in tokenize(text):
        covered.update(range(tok.start, tok.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace() and ch != "\u200c")


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(0, 40))
def test_tokenize_window_offsets_into_whole_text(text: str, cut: int) -> None:
    cut = min(cut, len(text))
    for tok in tokenize(text, cut):
        assert tok.start >= cut and tok.end <= len(text)


def test_tokenize_clitics_split_points() -> None:
    [tok] = tokenize("وبالوزارة")
    assert "وبالوزارة"[: tok.base_start] == "وب" and "وبالوزارة"[tok.base_start:tok.stem_start] == "ال"


def test_tokenize_a_governor_is_no_conjunction_and_preposition() -> None:
    # والي سوسة (the governor of Sousse) is one word; "and to" is written وإلى and still splits
    assert segment_word("والي") == (0, 0, len("والي"))
    assert segment_word("وإلى")[0] == 1


def test_tokenize_segment_word_with_diacritics_stays_inside() -> None:
    word = "وَالْحَرْبِ"
    b, s, e = segment_word(word)
    assert 0 <= b <= s <= e <= len(word)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(min_codepoint=0x600, max_codepoint=0x6FF) | st.sampled_from(list(" \n.ﻻﷲ\u200d\u0300é1")),
               max_size=40))
def test_tokenize_any_arabic_block_character(text: str) -> None:
    prev_end = 0
    for tok in tokenize(text):
        assert prev_end <= tok.start <= tok.base_start <= tok.stem_start <= tok.stem_end <= tok.end <= len(text)
        assert tok.start < tok.end
        prev_end = tok.end


def test_tokenize_an_alef_with_hamza_is_no_article() -> None:
    """إلغاء، ألمانيا begin with a root letter; the article's alef carries no hamza (الإضراب، للألمان)."""
    from rasd.arabic.tokenize import segment_word

    assert segment_word("إلغاء") == (0, 0, 5)
    assert segment_word("ألمانيا") == (0, 0, 7)
    assert segment_word("الإضراب")[:2] == (0, 2)
    assert segment_word("وللألمان")[:2] == (2, 3)
