"""Country and region names kept whole (rasd.stages.mention_places)."""

from __future__ import annotations

from rasd.arabic.normalize import fold
from rasd.arabic.tokenize import tokenize
from rasd.document import Mention
from rasd.stages.mention_places import CITY_EPITHETS, place_name_completion, toponym_head_completion


def test_place_name_completion_widens_a_cut_country_name():
    names = frozenset({fold("كوت ديفوار"), fold("جنوب أفريقيا")})

    def run(text, tagged):
        ms = [Mention(text.index(w), text.index(w) + len(w), label=lab) for w, lab in tagged]
        return [(text[m.start:m.end], m.label) for m in place_name_completion(text, tokenize(text), ms, names)]

    assert run("مهاجمي بطل كوت ديفوار .", [("كوت", "LOC")]) == [("كوت ديفوار", "LOC")]
    assert run("في جنوب أفريقيا وطريقة", [("أفريقيا", "LOC")]) == [("جنوب أفريقيا", "LOC")]
    assert run("في جنوب سورية", [("سورية", "LOC")]) == [("سورية", "LOC")]       # not a listed name
    assert run("بطل كوت ديفوار", [("ديفوار", "PER")]) == [("ديفوار", "PER")]      # only a LOC is widened


def _tag(fn, text, tagged):
    ms, at = [], 0
    for w, lab in tagged:
        at = text.index(w, at)
        ms.append(Mention(at, at + len(w), label=lab))
        at += len(w)
    return [(text[m.start:m.end], m.label) for m in fn(text, tokenize(text), ms)]


def test_toponym_head_completion_keeps_a_place_name_whole():
    def run(text, tagged):
        return _tag(toponym_head_completion, text, tagged)

    assert run("في ولاية سيدي بوزيد أمس", [("سيدي", "LOC"), ("بوزيد", "LOC")]) == [("سيدي بوزيد", "LOC")]
    assert run("نفذ الأولياء بسيدي بوزيد وقفة", [("بوزيد", "LOC")]) == [("سيدي بوزيد", "LOC")]  # proclitic outside
    assert run("معتمدية منزل تميم من ولاية نابل", [("تميم", "LOC"), ("نابل", "LOC")]) == [
        ("منزل تميم", "LOC"), ("نابل", "LOC")]
    # the head inside a person's name, or a comma between, keeps them apart
    assert run("التقى محمد بن سلمان بوفد", [("محمد بن", "PER"), ("سلمان", "LOC")]) == [
        ("محمد بن", "PER"), ("سلمان", "LOC")]
    assert run("زار سيدي، بوزيد", [("بوزيد", "LOC")]) == [("بوزيد", "LOC")]


def test_city_named_by_its_epithet_is_completed():
    def run(text, tagged):
        return _tag(lambda t, toks, ms: place_name_completion(t, toks, ms, CITY_EPITHETS), text, tagged)

    assert run("وصل الوفد إلى المدينة المنورة أمس", [("المنورة", "LOC")]) == [("المدينة المنورة", "LOC")]
