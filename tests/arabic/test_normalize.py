from hypothesis import given
from hypothesis import strategies as st

from rasd.arabic.normalize import fold, load_charmap, normalize

ARABICISH = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي") + list("أإآىةؤئءـًٌٍَُِّْ٠١٢٣۴\u200e\u200f\u061c\u00a0 .،ﻻ") + list("abc123")),
    max_size=60,
)


def test_normalize_folds_alef_ya_ta_and_digits():
    assert fold("أمريكا") == fold("امريكا") == "امريكا"
    assert fold("مصطفى") == "مصطفي"
    assert fold("وزارة") == "وزاره"
    assert fold("٢٠٢٤") == "2024"
    assert fold("۲۰۲۴") == "2024"
    assert fold("مـــصر") == "مصر"
    assert fold("مُحَمَّد") == "محمد"
    assert fold("a\u200fb\u00a0c") == "ab c"


def test_normalize_expands_lam_alef_ligature_with_offsets():
    n = normalize("ﻻ بد")
    assert n.text == "لا بد"
    assert n.original_span(0, 2) == (0, 1)


def test_normalize_charmaps_are_data():
    assert load_charmap("alef")["أ"] == "ا"


@given(ARABICISH)
def test_normalize_offsets_slice_original(text):
    n = normalize(text)
    assert len(n.offsets) == len(n.text) + 1
    for i in range(len(n.text)):
        s, e = n.original_span(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert fold(text[s:e]) .find(n.text[i]) >= 0


@given(ARABICISH)
def test_normalize_is_idempotent(text):
    once = fold(text)
    assert fold(once) == once
    assert normalize(once).text == once


def test_has_tanwin_fath_tells_nouns_and_adverbs_from_verbs():
    from rasd.arabic.normalize import has_tanwin_fath

    assert has_tanwin_fath("دهساً") and has_tanwin_fath("شخصيًا")
    assert not has_tanwin_fath("دهس") and not has_tanwin_fath("مُحَمَّد")


def test_ends_in_nisba_reads_the_written_ending():
    from rasd.arabic.normalize import ends_in_nisba

    assert ends_in_nisba("حكومي") and ends_in_nisba("الوطنية") and ends_in_nisba("الوطنيه")
    # the alef maqsura of a noun (بدعوى، بردى) folds to ي but is no nisba
    assert not ends_in_nisba("بدعوى") and not ends_in_nisba("مستشفى")
