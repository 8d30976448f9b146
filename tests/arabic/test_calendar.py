"""Calendar lexicons and date arithmetic (rasd.arabic.calendar)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.arabic import calendar as cal


@pytest.mark.parametrize("name, month", [
    ("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1),            # Egyptian/Gulf, Levantine, Maghrebi
    ("فبراير", 2), ("شباط", 2), ("فيفري", 2),
    ("آذار", 3), ("مارس", 3),
    ("أبريل", 4), ("إبريل", 4), ("نيسان", 4), ("أفريل", 4),
    ("مايو", 5), ("أيار", 5), ("ماي", 5),
    ("يونيو", 6), ("يونيه", 6), ("حزيران", 6), ("جوان", 6),
    ("يوليو", 7), ("تموز", 7), ("جويلية", 7), ("يوليوز", 7),
    ("أغسطس", 8), ("آب", 8), ("أوت", 8), ("غشت", 8),
    ("سبتمبر", 9), ("أيلول", 9), ("شتنبر", 9),
    ("أكتوبر", 10), ("تشرين الأول", 10),
    ("نوفمبر", 11), ("تشرين الثاني", 11), ("نونبر", 11),
    ("ديسمبر", 12), ("كانون الأول", 12), ("دجنبر", 12),
])
def test_calendar_month_names_every_region(name: str, month: int) -> None:
    assert cal.month_number(name) == month


def test_calendar_weekdays_and_hijri_months() -> None:
    assert cal.weekday_number("الجمعة") == 4
    assert cal.weekday_number("الإثنين") == 0
    assert cal.weekday_number("أحد") == 6
    assert cal.hijri_month_number("ذو الحجة") == 12
    assert cal.hijri_month_number("جمادى الآخرة") == 6


@pytest.mark.parametrize("words, value", [
    ("ثلاثة", 3), ("الأربع والعشرين", 24), ("خمسة عشر", 15), ("٢٤", 24), ("عشرين", 20), ("غير", None),
])
def test_calendar_number_words(words: str, value: int | None) -> None:
    assert cal.number_value(words) == value


@pytest.mark.parametrize("word, value", [("الثامن", 8), ("الثالث", 3), ("الأولى", 1), ("العاشرة", 10)])
def test_calendar_ordinals(word: str, value: int) -> None:
    assert cal.ordinal_value(word) == value


def test_calendar_hijri_conversion_round_trip() -> None:
    assert cal.hijri_to_gregorian(1436, 10, 24) == dt.date(2015, 8, 9)
    assert cal.gregorian_to_hijri(dt.date(2015, 8, 9)) == (1436, 10, 24)
    assert cal.hijri_to_gregorian(1436, 13, 1) is None


def test_calendar_iso_week() -> None:
    assert cal.iso_week(dt.date(2022, 10, 21)) == "2022-W42"
    assert cal.iso_week(dt.date(2015, 7, 26)) == "2015-W30"


days = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))


@given(days, st.integers(0, 6))
def test_calendar_weekday_on_or_before_lands_right(anchor: dt.date, wd: int) -> None:
    d = cal.weekday_on_or_before(anchor, wd)
    assert d.weekday() == wd
    assert d <= anchor
    assert (anchor - d).days < 7


@given(days, st.integers(0, 6))
def test_calendar_weekday_after_lands_right(anchor: dt.date, wd: int) -> None:
    d = cal.weekday_after(anchor, wd)
    assert d.weekday() == wd
    assert anchor < d
    assert (d - anchor).days <= 7


@given(days, st.integers(-40, 40))
def test_calendar_add_months_is_consistent(anchor: dt.date, n: int) -> None:
    y, m = cal.add_months(anchor, n)
    assert 1 <= m <= 12
    assert (y * 12 + m) - (anchor.year * 12 + anchor.month) == n


@given(st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2070, 12, 31)))
def test_calendar_hijri_round_trip_property(day: dt.date) -> None:
    h = cal.gregorian_to_hijri(day)
    if h is not None:
        assert cal.hijri_to_gregorian(*h) == day


@pytest.mark.parametrize("words, day", [
    ("الخامس", 5), ("الحادي عشر", 11), ("الثاني والعشرين", 22), ("العشرين", 20), ("الحادي والثلاثين", 31),
    ("الثالث والثلاثين", None),
])
def test_calendar_ordinal_days(words: str, day: int | None) -> None:
    assert cal.ordinal_day(words) == day
