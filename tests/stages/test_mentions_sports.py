"""Sports clubs in match reports (rasd.stages.mention_sports)."""

from __future__ import annotations

from rasd.config import load_config
from rasd.document import Document, Mention
from rasd.stages.mention_sports import sports_club_mentions
from rasd.stages.mentions import is_country, is_nationality
from rasd.stages.text import TextStage


def _run(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    ms = [Mention(text.index(w), text.index(w) + len(w), label=lab) for w, lab in tagged]
    out = sports_club_mentions(text, doc.tokens, ms, [(s.start, s.end) for s in doc.sentences],
                               is_nationality, is_country)
    return [(text[m.start:m.end], m.label) for m in out]


def test_sports_city_with_masculine_nationality_is_a_club():
    text = "وحقق الفريق فوزا صعبا على هامبورغ الالماني في المباراة."
    assert _run(text, [("هامبورغ", "LOC")]) == [("هامبورغ", "ORG")]


def test_sports_city_outside_a_match_report_stays_a_place():
    text = "وصل الوزير إلى هامبورغ الالماني أمس."
    assert _run(text, [("هامبورغ", "LOC")]) == [("هامبورغ", "LOC")]


def test_sports_results_line_and_merged_club_name():
    text = "ايك اثينا ( اليونان ) - ليل ( فرنسا ) 1 - صفر"
    got = _run(text, [("ايك", "ORG"), ("اثينا", "LOC"), ("اليونان", "LOC"), ("فرنسا", "ORG")])
    assert got == [("ايك اثينا", "ORG"), ("اليونان", "LOC"), ("ليل", "ORG"), ("فرنسا", "LOC")]


def test_sports_club_after_its_descriptor():
    text = "وكانت الأفضلية لفريق الشمال في الشوط الأول بينما لعب فريق راؤول السابق بفريق العاصمة الإسبانية."
    assert _run(text, [("راؤول", "PER")]) == [("الشمال", "ORG"), ("راؤول", "PER")]
    text = "وفاز فريق النجم الرياضي الساحلي التونسي بالمباراة وغاب ضيفة الشرف."
    assert _run(text, []) == [("النجم الرياضي الساحلي", "ORG")]


def test_sports_listed_club_with_no_cue_word():
    from rasd.arabic.normalize import fold

    clubs = frozenset(fold(w) for w in ("الوكرة", "الأهلي", "الوحدة"))

    def run(text: str) -> list[tuple[str, str]]:
        doc = Document(id="t", text=text)
        TextStage(load_config())(doc)
        out = sports_club_mentions(text, doc.tokens, [], [(s.start, s.end) for s in doc.sentences],
                                   is_nationality, is_country, clubs)
        return [(text[m.start:m.end], m.label) for m in out]

    # ل swallowed the article's alef: the span starts at its lam (GUIDELINES.md)
    assert run("وتعادل العربي مع الوكرة في المباراة وسجل للأهلي مهاجمه.") == [("الوكرة", "ORG"), ("لأهلي", "ORG")]
    # not outside a match report, nor inside a longer phrase (الوحدة الوطنية)
    assert run("تعادل العربي مع الوكرة.") == [("الوكرة", "ORG")]
    assert run("مع الوكرة أمس.") == []
    assert run("ودعا اللاعب إلى الوحدة الوطنية بعد المباراة.") == []


def _cups(text: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from rasd.stages.mention_sports import competition_mentions

    doc = Document(id="t", text=text)
    TextStage(load_config())(doc)
    ms = []
    for w, lab in tagged:
        at = text.index(w, ms[-1].end if ms else 0)
        ms.append(Mention(at, at + len(w), label=lab))
    return [(text[m.start:m.end], m.label) for m in competition_mentions(text, doc.tokens, ms)]


def test_sports_a_cup_named_for_a_country_is_one_misc_name():
    text = "لعب في بطولة كأس إسبانيا مباراتين وفاز بكأس ملك إسبانيا عام 2006 ثم زار إسبانيا."
    got = _cups(text, [("إسبانيا", "LOC"), ("إسبانيا", "LOC"), ("إسبانيا", "LOC")])
    assert got == [("بطولة كأس إسبانيا", "MISC"), ("كأس ملك إسبانيا", "MISC"), ("إسبانيا", "LOC")]


def test_sports_a_league_and_an_untagged_cup_are_left_alone():
    """ANERcorp tags the continent in دوري أبطال أوروبا as a place; a cup named by nothing tagged stays untagged."""
    text = "تأهل الفريق إلى دوري أبطال أوروبا وخسر نهائي كأس العالم."
    assert _cups(text, [("أوروبا", "LOC")]) == [("أوروبا", "LOC")]
