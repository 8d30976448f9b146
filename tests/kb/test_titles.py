"""Titles and nationality phrases around names (rasd.kb.titles)."""

from rasd.kb.load import load_kb
from rasd.kb.titles import parse_title, title_after, title_before


def test_titles_before_name_with_adjective():
    t = title_before(load_kb(), "وأعلن وزير الدفاع الروسي ")
    assert (t.role, t.countries) == ("defence minister", ["RUS"])


def test_titles_ambassador_keeps_sending_country():
    t = title_before(load_kb(), "فيما أكد سفير روسيا في الولايات المتحدة ")
    assert (t.role, t.countries) == ("ambassador", ["RUS"])


def test_titles_dual_with_two_adjectives():
    t = parse_title(load_kb(), "وزيرا الدفاع الأمريكي والروسي")
    assert t.plural and t.countries == ["USA", "RUS"]


def test_titles_apposition_after_name():
    t = title_after(load_kb(), "، وزير الخارجية الأمريكي، إن")
    assert (t.role, t.countries) == ("foreign minister", ["USA"])


def test_titles_plain_words_are_no_title():
    assert title_before(load_kb(), "وذهب إلى السوق ") is None


def test_titles_proclitic_phrase_after_a_name_is_no_apposition():
    assert title_after(load_kb(), "، بوزير خارجية مصر") is None


def test_titles_honorific_between_title_and_name():
    t = title_before(load_kb(), "واستقبل أمير قطر الشيخ ")
    assert (t.role, t.countries) == ("emir", ["QAT"])


def test_titles_office_before_a_princely_rank():
    t = title_before(load_kb(), "وقال وزير الخارجية السعودي الأمير ")
    assert (t.role, t.countries) == ("foreign minister", ["SAU"])
