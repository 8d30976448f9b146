"""Country and region names kept whole (rasd.stages.mention_places)."""

from __future__ import annotations

from rasd.arabic.normalize import fold
from rasd.arabic.tokenize import tokenize
from rasd.document import Mention
from rasd.stages.mention_places import place_name_completion


def test_place_name_completion_widens_a_cut_country_name():
    names = frozenset({fold("كوت ديفوار"), fold("جنوب أفريقيا")})

    def run(text, tagged):
        ms = [Mention(text.index(w), text.index(w) + len(w), label=lab) for w, lab in tagged]
        return [(text[m.start:m.end], m.label) for m in place_name_completion(text, tokenize(text), ms, names)]

    assert run("مهاجمي بطل كوت ديفوار .", [("كوت", "LOC")]) == [("كوت ديفوار", "LOC")]
    assert run("في جنوب أفريقيا وطريقة", [("أفريقيا", "LOC")]) == [("جنوب أفريقيا", "LOC")]
    assert run("في جنوب سورية", [("سورية", "LOC")]) == [("سورية", "LOC")]       # not a listed name
    assert run("بطل كوت ديفوار", [("ديفوار", "PER")]) == [("ديفوار", "PER")]      # only a LOC is widened
