from rasd.arabic.tokenize import tokenize
from rasd.stages.ner_features import NerResources, _gazetteer_tags, token_features


def test_token_features_repeat_the_same_for_the_same_words():
    """Cached word features are shared between sentences: what one caller does to its lists touches no other."""
    res = NerResources(clusters={"موسكو": ("1", "10", "101")})
    text = "قال بوتين في موسكو إن موسكو ترفض"
    toks = tokenize(text)
    first = token_features(text, toks, res)
    for f in first:
        f.append("junk")
    again = token_features(text, toks, res)
    fresh = token_features(text, toks, NerResources(clusters={"موسكو": ("1", "10", "101")}))
    assert again == fresh
    assert not any("junk" in f for f in again)
    # the two موسكو share their own features and differ in their neighbours'
    assert "c0=1" in again[3] and "c0=1" in again[5]
    assert "-1w=في" in again[3] and "-1w=ان" in again[5]


def test_gazetteer_tags_match_from_any_key_of_the_first_word():
    gaz = {("الامم", "المتحده"): frozenset({"ORG"}), ("تونس",): frozenset({"LOC"})}
    keys = [("قال",), ("للامم", "الامم"), ("المتحده",), ("في",), ("وتونس", "تونس")]
    tags = _gazetteer_tags(keys, gaz)
    assert tags == [[], ["gORGB2"], ["gORGI"], [], ["gLOCB1"]]
