"""Document-level propagation of names to their untagged repeats."""

from __future__ import annotations

from rasd.arabic.tokenize import tokenize
from rasd.document import Mention
from rasd.stages.mention_propagation import propagate


def _m(text: str, s: str, label: str, conf: float = 0.9, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(s, start + 1)
    return Mention(start, start + len(s), label=label, confidence=conf)


def test_mentions_propagation_tags_exact_repeats_without_proclitic():
    text = "زار الوفد باراغواي أمس. وقال إن لباراغواي دورا."
    out = propagate(text, tokenize(text), [_m(text, "باراغواي", "LOC")])
    assert [(text[m.start:m.end], m.label) for m in out] == [("باراغواي", "LOC"), ("باراغواي", "LOC")]


def test_mentions_propagation_surname_alone_is_per():
    text = "استقبل الباجي قائد السبسي الوفد. وقال السبسي إن"
    out = propagate(text, tokenize(text), [_m(text, "الباجي قائد السبسي", "PER")])
    assert ("السبسي", "PER") in [(text[m.start:m.end], m.label) for m in out]
    assert len(out) == 2


def test_mentions_propagation_ignores_low_confidence_and_tagged_tokens():
    text = "قال بوتين إن بوتين"
    low = propagate(text, tokenize(text), [_m(text, "بوتين", "PER", conf=0.3)])
    assert len(low) == 1
    both = [_m(text, "بوتين", "PER"), _m(text, "بوتين", "PER", nth=1)]
    assert len(propagate(text, tokenize(text), both)) == 2


def test_mentions_propagation_joins_a_full_name_split_in_two_by_a_propagated_surname():
    text = "نفذ محمد الحويج بوهلال الهجوم. ووصف عادل اللطيفي الحويج بوهلال بالمتشدد، ثم قابل عادل اللطيفي أحمد."
    found = [_m(text, "محمد الحويج بوهلال", "PER"), _m(text, "عادل اللطيفي", "PER"), _m(text, "الحويج", "PER", nth=1),
             _m(text, "عادل", "PER", nth=1), _m(text, "أحمد", "PER")]
    out = [(text[m.start:m.end], m.label) for m in propagate(text, tokenize(text), found)]
    # the surname بوهلال, propagated, no longer cuts الحويج بوهلال in two; two different people stay apart
    assert out == [("محمد الحويج بوهلال", "PER"), ("عادل اللطيفي", "PER"), ("الحويج بوهلال", "PER"),
                   ("عادل اللطيفي", "PER"), ("أحمد", "PER")]


def test_mentions_propagation_a_party_named_again_without_its_head():
    text = "وعبر حزب المسار عن تشبثه بحق الاحتجاج. ودعا المسار الحكومة إلى التحقيق. وأصدر حزب آفاق تونس بيانا، وقال آفاق تونس إن"
    out = propagate(text, tokenize(text), [_m(text, "حزب المسار", "ORG"), _m(text, "حزب آفاق تونس", "ORG")])
    found = [(text[m.start:m.end], m.label) for m in out]
    assert ("المسار", "ORG") in found and ("آفاق تونس", "ORG") in found


def test_mentions_propagation_no_short_name_from_a_verb_a_common_noun_or_an_adjective():
    # حركة فتح … فتح تحقيقا (a verb), حزب العمال … العمال (the workers), حزب الوطني … الوطني (an adjective)
    for name, later in (("حركة فتح", "فتح"), ("حزب العمال", "العمال"), ("حزب الوطني", "الوطني")):
        text = f"أصدر {name} بيانا. وقال إن {later} التحقيق جار."
        out = propagate(text, tokenize(text), [_m(text, name, "ORG")])
        assert len(out) == 1, (name, [(text[m.start:m.end], m.label) for m in out])
