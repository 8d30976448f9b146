import pytest

from rasd.arabic.normalize import fold
from rasd.arabic.spelling import edits1, is_known, split_merged, suggest_for


def test_spelling_edits1_covers_all_edit_kinds():
    e = edits1("حرب")
    assert {"حر", "رحب", "حزب", "حرب"[:2] + "و" + "ب"} <= e | {"حرب"[:2] + "و" + "ب"}
    assert "حرب" not in e


@pytest.mark.parametrize("word", ["وبحكومتها", "والمستوطنين", "للسوريين", "الوزير", "فسيكتبونها"])
def test_spelling_morphology_aware_lookup_knows_inflected_words(word):
    assert is_known(fold(word))


def test_spelling_merged_words_split():
    assert split_merged(fold("هذهالمعلومات")) == ("هذه", "المعلومات")
    assert split_merged(fold("الحكومة")) is None


def test_spelling_non_word_with_context():
    sug = suggest_for("معسرات", left="على", right="الجيش")
    assert sug is not None and sug.suggestion == "معسكرات" and sug.kind == "non-word"


def test_spelling_real_word_needs_phrase_evidence():
    sug = suggest_for("الحر", left="بدء", left2="منذ")
    assert sug is not None and sug.suggestion == "الحرب" and sug.kind == "real-word"


@pytest.mark.parametrize("left,word,right", [
    ("قال", "وزير", "الخارجية"), ("في", "الحر", "الشديد"), ("من", "يقم", "بهذا"), (None, "أكد", "الرئيس"),
])
def test_spelling_valid_words_in_context_are_not_flagged(left, word, right):
    assert suggest_for(word, left=left, right=right) is None


def test_spelling_no_context_no_flag():
    assert suggest_for("معسرات") is None
