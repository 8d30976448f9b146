"""Calendar knowledge for Arabic dates: month and weekday lexicons, number words, date arithmetic.

Lexicons are data (``data/calendar.json``) in every regional series — أكتوبر,
تشرين الأول, جانفي/فيفري/أفريل/جوان/جويلية/أوت, يوليوز/غشت/شتنبر — and are
keyed here by their folded form (``fold``), so matching works on folded text.

>>> month_number("تشرين الأول"), month_number("جويلية"), weekday_number("الجمعة")
(10, 7, 4)
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from rasd.arabic.normalize import fold

UNIT_CODES = ("D", "W", "M", "Y", "DE", "CE", "H", "MIN")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resources.files("rasd.arabic") / "data" / "calendar.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def gregorian_months() -> dict[str, int]:
    """Folded month name → month number, all regional series together."""
    out: dict[str, int] = {}
    for num, series in _data()["gregorian_months"].items():
        for names in series.values():
            for name in names:
                out[fold(name)] = int(num)
    return out


@lru_cache(maxsize=1)
def ambiguous_months() -> frozenset[str]:
    """Month names that are also common words (مارس "practised", آب "father"): need date context."""
    return frozenset(fold(n) for n in _data()["ambiguous_months"])


@lru_cache(maxsize=1)
def hijri_months() -> dict[str, int]:
    """Folded Hijri month name → month number (محرم 1 … ذو الحجة 12)."""
    return {fold(n): int(k) for k, names in _data()["hijri_months"].items() for n in names}


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Folded weekday name (with ال) → Python weekday (Monday 0 … Sunday 6)."""
    return {fold(n): int(k) for k, names in _data()["weekdays"].items() for n in names}


@lru_cache(maxsize=1)
def cardinals() -> dict[str, int]:
    return {fold(k): v for k, v in _data()["cardinals"].items()}


@lru_cache(maxsize=1)
def ordinals() -> dict[str, int]:
    return {fold(k): v for k, v in _data()["ordinals"].items()}


@lru_cache(maxsize=1)
def units() -> dict[str, str]:
    """Folded unit word → unit code (D W M Y DE CE H MIN)."""
    return {fold(w): code for code, words in _data()["units"].items() for w in words}


@lru_cache(maxsize=1)
def dual_units() -> frozenset[str]:
    return frozenset(fold(w) for w in _data()["dual_units"])


@lru_cache(maxsize=1)
def seasons() -> dict[str, str]:
    return {fold(w): code for code, words in _data()["seasons"].items() for w in words}


@lru_cache(maxsize=1)
def day_parts() -> dict[str, str]:
    """Folded part-of-day word → TIMEX3 code (TMO, TAF, TEV, TNI) or MI (midday, T12:00)."""
    return {fold(w): code for code, words in _data()["day_parts"].items() for w in words}


def month_number(name: str) -> int | None:
    """Gregorian month number of a month name in any series: ``month_number("أوت") == 8``."""
    return gregorian_months().get(fold(name).strip())


def hijri_month_number(name: str) -> int | None:
    return hijri_months().get(fold(name).strip())


def weekday_number(name: str) -> int | None:
    """Python weekday of ``الجمعة`` (4); accepts the name with or without ال."""
    key = fold(name).strip()
    table = weekdays()
    return table.get(key, table.get("ال" + key))


def alternation(names: list[str] | set[str] | frozenset[str] | dict[str, Any]) -> str:
    """A regex alternation of folded names, longest first (so تشرين الاول beats تشرين)."""
    items = sorted(set(names), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in items) + ")"


_STRIP_ART = re.compile(r"^(?:ال|ل)")


def number_value(words: str) -> int | None:
    """Value of a cardinal in digits or words: ``"الأربع والعشرين"`` → 24, ``"ثلاثة"`` → 3, ``"٢٤"`` → 24."""
    s = fold(words).strip()
    if s.isdigit():
        return int(s)
    total = 0
    parts = [p for p in re.split(r"\s+", s) if p]
    if not parts:
        return None
    card = cardinals()
    for i, part in enumerate(parts):
        if i > 0 and part.startswith("و"):
            part = part[1:]
        word = part if part in card else _STRIP_ART.sub("", part)
        if word not in card:
            return None
        value = card[word]
        if value == 10 and total and total < 10 and i > 0:  # ثلاثة عشر = 13
            total += 10
        elif value in (100, 1000) and total:
            total *= value
        else:
            total += value
    return total or None


def ordinal_value(word: str) -> int | None:
    """Value of an ordinal word: ``"الثامن"`` → 8, ``"الثالثة"`` → 3."""
    s = fold(word).strip()
    s = _STRIP_ART.sub("", s) if s not in ordinals() else s
    return ordinals().get(s)


def ordinal_day(words: str) -> int | None:
    """Day of the month written as an ordinal: ``"الحادي والعشرين"`` → 21, ``"الثاني عشر"`` → 12."""
    parts = fold(words).split()
    if not parts:
        return None
    first = ordinal_value(parts[0])
    if len(parts) == 1:
        if first:
            return first
        tens = number_value(parts[0])
        return tens if tens in (20, 30) else None
    if first is None:
        return None
    rest = " ".join(parts[1:])
    if rest in ("عشر", "عشره"):
        value = first + 10
    else:
        tens = number_value(rest[1:] if rest.startswith("و") else rest)
        value = first + tens if tens in (20, 30) else None
    return value if value and 1 <= value <= 31 else None


# ------------------------------------------------------------------ date arithmetic

def weekday_on_or_before(anchor: dt.date, weekday: int) -> dt.date:
    """The most recent ``weekday`` on or before ``anchor`` (past-tense news reading)."""
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_after(anchor: dt.date, weekday: int) -> dt.date:
    """The next ``weekday`` strictly after ``anchor`` (future reading: الجمعة المقبلة)."""
    delta = (weekday - anchor.weekday()) % 7
    return anchor + dt.timedelta(days=delta or 7)


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after ``day``'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return index // 12, index % 12 + 1


def iso_week(day: dt.date) -> str:
    """TIMEX3 week value: ``iso_week(date(2022, 10, 21)) == "2022-W42"``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Convert a Hijri (Umm al-Qura) date with hijridate; None when out of its range or invalid."""
    from hijridate import Hijri  # local import: only needed for Hijri dates

    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    """(year, month, day) in the Umm al-Qura calendar, or None out of range."""
    from hijridate import Gregorian

    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().datetuple()
    except (ValueError, OverflowError):
        return None


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
