import pytest

from rasd.arabic.tokenize import tokenize
from rasd.document import Mention
from rasd.kb.load import load_kb
from rasd.stages.mention_kb import kb_city_mentions, kb_name_mentions, kb_relabel_places


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def tagged(text, kb, mentions=()):
    out = kb_name_mentions(text, tokenize(text), list(mentions), kb)
    return [(text[m.start:m.end], m.label) for m in out]


def test_mention_kb_tags_known_groups_the_tagger_missed(kb):
    assert ("داعش", "ORG") in tagged("وأعلن تنظيم داعش مسؤوليته عن الهجوم.", kb)
    assert ("صندوق النقد الدولي", "ORG") in tagged("وطالب صندوق النقد الدولي بإصلاحات.", kb)


def test_mention_kb_keeps_names_that_contain_their_descriptor(kb):
    assert ("حزب الله", "ORG") in tagged("وقال حزب الله في بيان إن …", kb)


def test_mention_kb_proclitic_stays_outside(kb):
    [(span, label)] = tagged("وانتقد الوزير بداعش وأنصاره.", kb)
    assert span == "داعش" and label == "ORG"


def test_mention_kb_adjectives_and_common_words_are_not_names(kb):
    assert tagged("يتحدث اللغة العربية في جزيرة صغيرة.", kb) == []


def test_mention_kb_never_overlaps_existing_mentions(kb):
    text = "وأعلن تنظيم داعش مسؤوليته."
    i = text.index("تنظيم")
    out = tagged(text, kb, [Mention(i, i + len("تنظيم داعش"), "ORG")])
    assert out == [("تنظيم داعش", "ORG")]


def test_mention_kb_drops_descriptor_when_the_bare_name_is_used_alone(kb):
    text = "وقالت حركة النهضة في بيان إن النهضة ستشارك في الحكومة."
    spans = tagged(text, kb)
    assert spans[0] == ("النهضة", "ORG")


def test_mention_kb_a_curated_person_ends_the_organisation_run_on_over_his_name(kb):
    """الأمين العام لجامعة الدول العربية نبيل العربي: the tagger's ORG ran on over the secretary-general's
    name; his curated full name ends it there. An ORG with no person's name in it stays whole."""
    text = "ونوه الأمين العام لجامعة الدول العربية نبيل العربي بجهود المملكة."
    i = text.index("جامعة")
    out = tagged(text, kb, [Mention(i, text.index(" بجهود"), "ORG")])
    assert ("جامعة الدول العربية", "ORG") in out and ("نبيل العربي", "PER") in out, out
    text = "وقالت جامعة الدول العربية إن القرار مهم."
    i = text.index("جامعة")
    assert tagged(text, kb, [Mention(i, i + len("جامعة الدول العربية"), "ORG")]) == [("جامعة الدول العربية", "ORG")]


def test_mention_kb_a_first_letter_read_as_a_proclitic_stays_in_the_name(kb):
    # بان: the tokenizer reads its ب as "with"; the known full name is the whole word
    assert ("بان كي مون", "PER") in tagged("ودعا بان كي مون الأطراف إلى الحوار.", kb)
    assert ("بان كي مون", "PER") in tagged("وأشاد الوزير ببان كي مون.", kb)  # a real ب stays outside


def city_tagged(text, mentions=()):
    out = kb_city_mentions(text, tokenize(text), list(mentions))
    return [(text[m.start:m.end], m.label) for m in out]


def test_mention_kb_tags_towns_the_news_names_as_towns():
    # Saudi and Tunisian towns the ANERcorp-trained tagger never saw; the proclitic stays outside.
    assert city_tagged("وصل الوزير إلى الطائف أمس ثم زار أبها وبصفاقس.") == [
        ("الطائف", "LOC"), ("أبها", "LOC"), ("صفاقس", "LOC")]


def test_mention_kb_city_names_that_are_common_words_stay_words():
    # GeoNames gives towns the names بيان، إطار، الجديد، الشهداء: the news never names them after a place noun.
    assert city_tagged("صدر بيان جديد في إطار الاحتفال بذكرى الشهداء.") == []


def test_mention_kb_city_never_overlaps_a_tagged_name():
    text = "زار أمين محافظة الطائف المعرض."
    i = text.index("محافظة")
    assert city_tagged(text, [Mention(i, len(text) - len(" المعرض."), "LOC")]) == [("محافظة الطائف", "LOC")]


def test_mention_kb_realigns_an_organisation_the_tagger_cut_or_ran_on(kb):
    from rasd.stages.mention_kb import kb_realign_orgs

    # باللجنة [الدولية للصليب الأحمر نوران]: the name's first word lost to the proclitics, the person's run into
    text = "الموظفة باللجنة الدولية للصليب الأحمر نوران حواص."
    start = text.index("الدولية")
    tagged = [Mention(start, text.index(" حواص"), "ORG")]
    out = kb_realign_orgs(text, tokenize(text), tagged, kb)
    assert [(text[m.start:m.end], m.label) for m in out] == [("اللجنة الدولية للصليب الأحمر", "ORG")]
    # a name of its own is left alone (الأمم المتحدة, not منظمة الأمم المتحدة), as is one that only lacks a
    # descriptor or an adjective
    for text, name in (("وقالت منظمة الأمم المتحدة إن …", "الأمم المتحدة"), ("وأعلن تنظيم داعش …", "داعش")):
        start = text.index(name)
        tagged = [Mention(start, start + len(name), "ORG")]
        assert kb_realign_orgs(text, tokenize(text), tagged, kb) == tagged


def test_mention_kb_gives_a_name_back_the_letter_read_as_a_proclitic(kb):
    from rasd.stages.mention_kb import kb_proclitic_names

    text = "ودعا الأمين العام بان كي مون إلى دعم الوكالة، وقال بوتين كلمته."
    tagged = [Mention(text.index("ان كي"), text.index(" إلى"), "PER"), Mention(text.index("بوتين"), text.index(" كلمته"), "PER")]
    out = kb_proclitic_names(text, tokenize(text), tagged, kb)
    # بوتين keeps its own ب; ان كي مون is بان كي مون
    assert [text[m.start:m.end] for m in out] == ["بان كي مون", "بوتين"]


def test_mention_kb_a_place_given_back_the_letter_read_as_a_proclitic(kb):
    """كابل read as ك + ابل: the place the knowledge base knows with its ك, not a town ابل; بغداد untouched."""
    from rasd.stages.mention_kb import kb_proclitic_names

    text = "وقال مسؤول في كابل إن الهجوم وقع قرب بغداد."
    tokens = tokenize(text)
    kabul = next(t for t in tokens if text[t.start:t.end] == "كابل")
    tagged = [Mention(kabul.base_start, kabul.end, "LOC"), Mention(text.index("بغداد"), text.index("."), "LOC")]
    out = kb_proclitic_names(text, tokens, tagged, kb)
    assert [text[m.start:m.end] for m in out] == ["كابل", "بغداد"]


def test_mention_kb_an_organisation_run_on_past_its_curated_name_after_its_head_is_cut_there(kb):
    """[منظمة هيومن رايتس ووتش قوات الأمن] المصرية: after its head (منظمة), the tag ran on past a curated name into
    the body the sentence goes on to name; it ends with the curated name. A tag that holds no curated name stays."""
    from rasd.stages.mention_kb import kb_realign_orgs

    text = "اتهمت منظمة هيومن رايتس ووتش قوات الأمن المصرية بارتكاب مذبحة."
    i = text.index("منظمة")
    out = kb_realign_orgs(text, tokenize(text), [Mention(i, text.index(" المصرية"), "ORG")], kb)
    assert [(text[m.start:m.end], m.label) for m in out] == [("منظمة هيومن رايتس ووتش", "ORG")]
    text = "وقالت منظمة العفو المحلية قوات الأمن إن القرار مهم."
    i = text.index("منظمة")
    tagged_org = [Mention(i, text.index(" إن"), "ORG")]
    assert kb_realign_orgs(text, tokenize(text), tagged_org, kb) == tagged_org


def test_mention_kb_a_city_the_tagger_called_a_person_is_a_place(kb):
    """أبو ظبي read as a kunya: a name of several words that is a city's and no curated person's is LOC; a one-word
    name and a known person keep their label."""
    text = "جمع في العاصمة الإماراتية أبو ظبي بين رئيس المجلس وجو بايدن وحمص."
    spans = [("أبو ظبي", "PER"), ("جو بايدن", "PER"), ("حمص", "PER")]
    mentions = [Mention(text.index(s), text.index(s) + len(s), label) for s, label in spans]
    out = kb_relabel_places(text, mentions, kb)
    assert [(text[m.start:m.end], m.label) for m in out] == [("أبو ظبي", "LOC"), ("جو بايدن", "PER"), ("حمص", "PER")]
