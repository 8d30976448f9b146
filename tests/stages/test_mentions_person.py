"""Person names the tagger cut short (rasd.stages.mention_person)."""

from __future__ import annotations

from rasd.arabic.normalize import fold
from rasd.arabic.tokenize import tokenize
from rasd.document import Mention
from rasd.stages.mention_person import person_name_extension

# autolex-style shares (PER, LOC, ORG, MISC) and corpus counts standing in for the shipped resources
AUTOLEX = {fold("طلعت"): (0.64, 0.0, 0.07, 0.0), fold("أحمد"): (0.99, 0.0, 0.0, 0.0),
           fold("قال"): (0.0, 0.0, 0.0, 0.0), fold("الممثل"): (0.02, 0.0, 0.0, 0.0)}
COUNTS = {fold("طلعت"): 34, fold("أحمد"): 4115, fold("قال"): 90000, fold("الممثل"): 800, fold("يتقمص"): 40}


def _run(text: str, tagged: list[str]) -> list[tuple[str, str]]:
    ms = [Mention(text.index(w), text.index(w) + len(w), label="PER") for w in tagged]
    out = person_name_extension(text, tokenize(text), ms, AUTOLEX, lambda w: COUNTS.get(w, 0), lambda w: False)
    return [(text[m.start:m.end], m.label) for m in out]


def test_person_name_runs_on_over_a_first_name_before_it():
    # طلعت is a person in most of its auto-tagged occurrences; الممثل is not
    assert _run("وكان الممثل طلعت زكريا يتقمص شخصية", ["زكريا"]) == [("طلعت زكريا", "PER")]


def test_person_name_runs_on_over_person_words_after_it():
    assert _run("وشارك أشرف غاني أحمد في الاجتماع", ["أشرف غاني"]) == [("أشرف غاني أحمد", "PER")]


def test_person_name_stops_at_common_words_and_at_a_proclitic():
    assert _run("وقال زكريا يتقمص", ["زكريا"]) == [("زكريا", "PER")]
    assert _run("بين كاسياس وأحمد", ["كاسياس"]) == [("كاسياس", "PER")]
