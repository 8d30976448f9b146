"""Resolution of detected time expressions to TIMEX3 values against an anchor (the publication date).

Values keep the precision of the expression: ``الأسبوع الماضي`` → ``2015-W30``,
``الصيف الماضي`` → ``2014-SU``, ``يوليو الماضي`` → ``2015-07``, ``أمس الخميس`` →
the day before. Weekdays in past-tense news are the most recent such day on or
before the anchor, unless the clause says future (المقبل، سوف، سـ).

>>> import datetime as dt
>>> from rasd.stages.timex_rules import detect
>>> [resolve(s, dt.date(2022, 10, 21)) for s in detect("في 12 أكتوبر الجاري")]
['2022-10-12']
"""

from __future__ import annotations

import datetime as dt

from rasd.arabic import calendar as cal
from rasd.stages.timex_rules import TimexSpec


def resolve(spec: TimexSpec, anchor: dt.date | None) -> str | None:
    """The TIMEX3 value of ``spec``; None when it needs an anchor and there is none."""
    f = spec.fields
    kind = spec.kind
    if kind in ("ref", "duration", "set"):
        return f["value"]
    if kind == "date":
        return _with_time(_resolve_date(f, anchor), f)
    if kind == "relday":
        if anchor is None:
            return None
        return _with_time((anchor + dt.timedelta(days=f["offset"])).isoformat(), f)
    if kind == "weekday":
        day = resolve_weekday(f, anchor)
        return _with_time(day.isoformat() if day else None, f)
    if kind == "relunit":
        return _resolve_relunit(f, anchor)
    if kind == "ago":
        return _resolve_ago(f, anchor)
    if kind == "clock":
        if anchor is None:
            return None
        return _with_time(anchor.isoformat(), {"clock": (f["hour"], f["minute"]), "tz": f.get("tz")})
    return None


def resolve_weekday(f: dict, anchor: dt.date | None) -> dt.date | None:
    """The day a weekday name points to: past by default, forward for المقبل or a future clause."""
    if anchor is None:
        return None
    wd = f["weekday"]
    direction = f.get("dir")
    if direction == "next":
        return cal.weekday_after(anchor, wd)
    if direction == "past":
        # الجمعة الماضية said on a Friday means a week ago
        return cal.weekday_on_or_before(anchor - dt.timedelta(days=1), wd)
    if f.get("future") and direction != "current":
        return cal.weekday_after(anchor - dt.timedelta(days=1), wd)  # on or after the anchor
    return cal.weekday_on_or_before(anchor, wd)


def _with_time(value: str | None, f: dict) -> str | None:
    if value is None:
        return None
    if f.get("midnight"):
        return f"{value}T24:00"
    if f.get("clock"):
        h, m = f["clock"]
        return f"{value}T{h:02d}:{m:02d}{f.get('tz') or ''}"
    part = f.get("part")
    if part:
        return f"{value}{part}"
    return value


def _resolve_date(f: dict, anchor: dt.date | None) -> str | None:
    if f.get("hijri"):
        return _resolve_hijri(f, anchor)
    year, month, day = f.get("year"), f.get("month"), f.get("day")
    if year is not None:
        if month is None:
            return f"{year:04d}"
        if day is None:
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month is None or anchor is None:
        return None
    year = infer_year(month, day, anchor, f.get("month_rel"), bool(f.get("future")))
    if day is None:
        return f"{year:04d}-{month:02d}"
    if cal.valid_date(year, month, day) is None:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def infer_year(month: int, day: int | None, anchor: dt.date, rel: str | None, future: bool = False) -> int:
    """The year of a month (and day) named without one: الجاري = the anchor's; الماضي = the last such
    month before the anchor; المقبل = the next; otherwise the most recent (or, in a future clause, the next)."""
    if rel == "current":
        return anchor.year
    here = (month, day or 1)
    now = (anchor.month, anchor.day if day else 1)
    if rel == "past":
        return anchor.year if month < anchor.month or (day and here < (anchor.month, anchor.day)) else anchor.year - 1
    if rel == "next" or future:
        return anchor.year if here >= now and (rel != "next" or month > anchor.month or day) else anchor.year + 1
    return anchor.year if here <= now else anchor.year - 1


def _resolve_hijri(f: dict, anchor: dt.date | None) -> str | None:
    hyear = f.get("hyear")
    if hyear is None:
        if anchor is None:
            return None
        h = cal.gregorian_to_hijri(anchor)
        if h is None:
            return None
        hyear = h[0]
        if f.get("month_rel") == "past" and f["hmonth"] >= h[1] or (f.get("month_rel") is None and (f["hmonth"], f["day"]) > (h[1], h[2]) and not f.get("future")):
            hyear -= 1
    day = cal.hijri_to_gregorian(hyear, f["hmonth"], f["day"])
    if day is None and f["day"] == 30:  # a 30th in a 29-day Umm al-Qura month: the day after the 29th
        day29 = cal.hijri_to_gregorian(hyear, f["hmonth"], 29)
        day = day29 + dt.timedelta(days=1) if day29 else None
    wd = f.get("weekday")
    if day is not None and wd is not None and day.weekday() != wd:
        # Sighting-based calendars differ from Umm al-Qura by a day or two: the weekday named decides.
        for k in (-1, 1, -2, 2):
            if (day + dt.timedelta(days=k)).weekday() == wd:
                day += dt.timedelta(days=k)
                break
    return day.isoformat() if day else None


def _resolve_relunit(f: dict, anchor: dt.date | None) -> str | None:
    if anchor is None:
        return None
    unit, off = f["unit"], f["offset"]
    if unit == "D":
        return (anchor + dt.timedelta(days=off)).isoformat()
    if unit == "W":
        week = cal.iso_week(anchor + dt.timedelta(weeks=off))
        return f"{week}-WE" if f.get("weekend") else week
    if unit == "M":
        y, m = cal.add_months(anchor, off)
        return f"{y:04d}-{m:02d}"
    if unit == "Y":
        return f"{anchor.year + off:04d}"
    if unit == "DE":
        return f"{anchor.year // 10 + off:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + off:02d}"
    if unit.startswith("S:"):
        season = unit[2:]
        return f"{_season_year(anchor, season, off):04d}-{season}"
    return None


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_year(anchor: dt.date, season: str, off: int) -> int:
    """Year of الصيف الماضي / الخريف المقبل: the last season that ended before the anchor, the next that
    starts after it, or the one containing it (a season's year is the year it starts in)."""
    start = _SEASON_START[season]
    here = anchor.year * 12 + anchor.month - 1

    def span(year: int) -> tuple[int, int]:
        first = year * 12 + start - 1
        return first, first + 2

    if off < 0:
        year = anchor.year
        while span(year)[1] >= here:
            year -= 1
        return year
    if off > 0:
        year = anchor.year - 1
        while span(year)[0] <= here:
            year += 1
        return year
    year = anchor.year
    while span(year)[0] > here:
        year -= 1
    return year


def _resolve_ago(f: dict, anchor: dt.date | None) -> str | None:
    if anchor is None:
        return None
    n, unit, sign = f["n"], f["unit"], f["sign"]
    if unit == "D":
        return (anchor + dt.timedelta(days=sign * n)).isoformat()
    if unit == "W":
        return cal.iso_week(anchor + dt.timedelta(weeks=sign * n))
    if unit == "M":
        y, m = cal.add_months(anchor, sign * n)
        return f"{y:04d}-{m:02d}"
    if unit == "Y":
        return f"{anchor.year + sign * n:04d}"
    if unit == "DE":
        return f"{(anchor.year + sign * 10 * n) // 10:03d}"
    if unit in ("H", "MIN"):
        return anchor.isoformat()
    return None


def concrete_day(spec: TimexSpec, anchor: dt.date | None) -> dt.date | None:
    """The calendar day a resolved expression names, or None when it is not day-precise."""
    value = resolve(spec, anchor)
    if not value or len(value) < 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
