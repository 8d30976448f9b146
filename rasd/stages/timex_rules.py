"""Detection of Arabic time expressions: folded-text patterns → ``TimexSpec`` (span + meaning).

A spec says *what* an expression means (``relday -1, weekday Thursday``);
``timex_resolve`` turns it into a TIMEX3 value once the publication date is known,
and ``pubdate`` reads the constraints it carries (``اليوم الجمعة`` ⇒ a Friday).

>>> [(s.kind, s.fields.get("offset")) for s in detect("حذر أمس الخميس")]
[('relday', -1)]
"""

from __future__ import annotations

import re
from typing import Any

from rasd.arabic import calendar as cal
from rasd.arabic.normalize import normalize
from rasd.stages import timex_context as ctx
from rasd.stages import timex_patterns as tp
from rasd.stages.timex_spec import TimexSpec

__all__ = ["TimexSpec", "detect"]


# Pattern priority for equal-length ties (earlier wins).
ORDER = ("dmy", "dwords", "drange", "numdate", "hijri", "hnum", "relday", "weekday", "midnight", "my", "relunit", "plural",
         "ordinal", "count", "vague", "set", "ref", "clock", "year")


def detect(text: str) -> list[TimexSpec]:
    """All time expressions in ``text``, non-overlapping, in text order."""
    norm = normalize(text)
    ft = norm.text
    found: list[tuple[int, int, int, TimexSpec]] = []
    for rank, name in enumerate(ORDER):
        reader = _READERS[name]
        for m in tp.patterns()[name].finditer(ft):
            for fs, fe, spec in reader(m, ft):
                if fe <= fs:
                    continue
                s, e = norm.original_span(fs, fe)
                spec.start, spec.end = s, e
                spec.fields.setdefault("_fspan", (fs, fe))
                found.append((fs, fe, rank, spec))
    # Longest first, then pattern priority: a composite (أمس الجمعة 31 مارس 2017) beats its parts.
    found.sort(key=lambda x: (-(x[1] - x[0]), x[2], x[0]))
    taken: list[tuple[int, int]] = []
    chosen: list[TimexSpec] = []
    for fs, fe, _, spec in found:
        if any(fs < b and a < fe for a, b in taken):
            continue
        taken.append((fs, fe))
        chosen.append(spec)
    chosen.sort(key=lambda s: s.start)
    chosen = ctx.merge_clock_with_day(chosen, ft)
    ctx.mark_future(chosen, ft)
    ctx.mark_quoted(chosen, ft)
    for spec in chosen:
        spec.fields.pop("_fspan", None)
    return chosen


# ---------------------------------------------------------------- readers: match → specs

Reader = Any


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _month_rel(mod: str | None) -> str | None:
    if not mod:
        return None
    mod = re.sub(r"\s+", " ", mod)
    if mod in tp.PAST_MODS:
        return "past"
    if mod in tp.NEXT_MODS:
        return "next"
    if mod in tp.CURRENT_MODS:
        return "current"
    if mod.startswith("قبل"):
        return "past2"
    return None


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.start("t"), m.end("t")


def _month_of(m: re.Match[str]) -> int | None:
    return cal.gregorian_months().get(re.sub(r"\s+", " ", m.group("mon")))


def _read_dmy(m: re.Match[str], ft: str):
    month = _month_of(m)
    day = 1 if m.group("d") == "غره" else int(m.group("d"))  # غرة = the first of the month
    year = int(m.group("y")) if _g(m, "y") else None
    if month is None or cal.valid_date(year or 2000, month, day) is None:
        return []
    f: dict[str, Any] = {"year": year, "month": month, "day": day, "month_rel": _month_rel(_g(m, "mrel"))}
    if _g(m, "wd"):
        f["weekday"] = cal.weekdays()[m.group("wd")]
    if _g(m, "rel"):
        rel = re.sub(r"\s+", " ", m.group("rel"))
        if rel != "اليوم" or _g(m, "wd"):  # "اليوم الـ15 من سبتمبر" is "the 15th day", not today
            f["offset"] = tp.RELDAYS[rel]
    return [(*_span(m), TimexSpec(0, 0, "DATE", "date", f))]


def _read_dwords(m: re.Match[str], ft: str):
    month = _month_of(m)
    day = cal.ordinal_day(m.group("dw"))
    year = int(m.group("y")) if _g(m, "y") else None
    if month is None or day is None or cal.valid_date(year or 2000, month, day) is None:
        return []
    f: dict[str, Any] = {"year": year, "month": month, "day": day, "month_rel": _month_rel(_g(m, "mrel"))}
    if _g(m, "wd"):
        f["weekday"] = cal.weekdays()[m.group("wd")]
    return [(*_span(m), TimexSpec(0, 0, "DATE", "date", f))]


def _read_drange(m: re.Match[str], ft: str):
    month = _month_of(m)
    if month is None:
        return []
    year = int(m.group("y")) if _g(m, "y") else None
    rel = _month_rel(_g(m, "mrel"))
    out = []
    for g in ("d1", "d2"):
        day = int(m.group(g))
        if cal.valid_date(year or 2000, month, day) is None:
            return []
        f = {"year": year, "month": month, "day": day, "month_rel": rel}
        start = m.start(g)
        end = m.end(g) if g == "d1" else m.end("t")
        out.append((start, end, TimexSpec(0, 0, "DATE", "date", f)))
    return out


def _read_numdate(m: re.Match[str], ft: str):
    if _g(m, "y"):
        d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if mo > 12 and d <= 12:  # month/day order (US style) when the first cannot be a day
            d, mo = mo, d
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    if cal.valid_date(y, mo, d) is None:
        return []
    f: dict[str, Any] = {"year": y, "month": mo, "day": d}
    if _g(m, "wd"):
        f["weekday"] = cal.weekdays()[m.group("wd")]
    return [(*_span(m), TimexSpec(0, 0, "DATE", "date", f))]


def _read_my(m: re.Match[str], ft: str):
    name = re.sub(r"\s+", " ", m.group("mon"))
    month = cal.gregorian_months().get(name)
    if month is None:
        return []
    rel = _month_rel(_g(m, "mrel"))
    year = int(m.group("y")) if _g(m, "y") else None
    context = _g(m, "shahr") or rel or year or _g(m, "gloss") or _g(m, "edge")
    if name in cal.ambiguous_months() and not context:
        return []  # مارس "practised", آب "father": a bare ambiguous name is not a date
    if not context and not _date_context_before(ft, m.start("t")):
        return []
    f = {"year": year, "month": month, "day": None, "month_rel": rel}
    return [(*_span(m), TimexSpec(0, 0, "DATE", "date", f))]


_MONTH_CUES = re.compile(r"(?:في|خلال|منذ|حتي|من|الي|قبل|بعد|مطلع|نهايه|بدايه|منتصف|اواخر|اوائل|و|شهري|شهر|اشهر|بين)\s*$")


def _date_context_before(ft: str, pos: int) -> bool:
    """A bare month name counts after a preposition (في يوليو), or as a proclitic-led word (بيوليو)."""
    if pos > 0 and ft[pos - 1] in "وفبل":
        return True
    return bool(_MONTH_CUES.search(ft[max(0, pos - 12):pos]))


def _read_hijri(m: re.Match[str], ft: str):
    month = cal.hijri_months().get(re.sub(r"\s+", " ", m.group("hm")))
    day = int(m.group("d"))
    if month is None or day > 30:
        return []
    f: dict[str, Any] = {"hijri": True, "hyear": int(m.group("hy")) if _g(m, "hy") else None,
                         "hmonth": month, "day": day, "month_rel": _month_rel(_g(m, "hmrel"))}
    if _g(m, "wd"):
        f["weekday"] = cal.weekdays()[m.group("wd")]
    return [(*_span(m), TimexSpec(0, 0, "DATE", "date", f))]


def _read_hnum(m: re.Match[str], ft: str):
    if _g(m, "y"):
        d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    else:
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    if not (1 <= mo <= 12 and 1 <= d <= 30) or cal.hijri_to_gregorian(y, mo, d) is None:
        return []
    f: dict[str, Any] = {"hijri": True, "hyear": y, "hmonth": mo, "day": d, "month_rel": None}
    if _g(m, "wd"):
        f["weekday"] = cal.weekdays()[m.group("wd")]
    return [(*_span(m), TimexSpec(0, 0, "DATE", "date", f))]


def _part_code(word: str | None) -> str | None:
    if not word:
        return None
    word = re.sub(r"\s+", " ", word)
    table = cal.day_parts()
    if word in table:
        return table[word]
    return {"صباحا": "TMO", "فجرا": "TMO", "ظهرا": "TMI", "عصرا": "TAF", "مساء": "TEV", "ليلا": "TNI"}.get(word)


def _read_relday(m: re.Match[str], ft: str):
    rel = re.sub(r"\s+", " ", m.group("rel"))
    f: dict[str, Any] = {"offset": tp.RELDAYS[rel], "rel": rel}
    part = _part_code(_g(m, "part")) or _part_code(_g(m, "part2"))
    if rel in ("الليله", "الليله الماضيه", "ليله امس"):
        part = part or "TNI"
    if rel == "هذا الصباح":
        part = "TMO"
    if rel == "هذا المساء":
        part = "TEV"
    if _g(m, "wd"):
        f["weekday"] = cal.weekdays()[m.group("wd")]
    if rel == "اليوم" and not part and not _g(m, "wd") and _not_a_day(ft, m.start("t"), m.end("t")):
        return []
    if part:
        f["part"] = part
    return [(*_span(m), TimexSpec(0, 0, "TIME" if part else "DATE", "relday", f))]


def _not_a_day(ft: str, s: int, e: int) -> bool:
    """``اليوم`` as a name: «اليوم» (a newspaper), عين اليوم, صحيفة اليوم, or inside ``في وقت سابق من``."""
    before = ft[max(0, s - 12):s]
    after = ft[e:e + 12]
    if before.rstrip().endswith(('"', "'")) and after.lstrip().startswith(('"', "'")):
        return True
    if re.search(r"(?:ذلك|ذاك|نفس|ذات|مدار|طوال|طيله)\s*$", before):
        return True  # ذلك اليوم "that day", على مدار اليوم "all day long"
    if re.match(r"\s*(?:نفسه|ذاته|النفسه|التالي|السابق|الاخير|الاول|الثاني|الثالث|الموالي|ال\s*\d|\d)", after):
        return True  # اليوم التالي / اليوم الأخير من الشهر: a day of the story
    return bool(re.search(r"(?:عين|صحيفه|جريده|موقع|قناه)\s*\"?\s*$", before))


def _read_weekday(m: re.Match[str], ft: str):
    wd = cal.weekdays()[m.group("wd")]
    f: dict[str, Any] = {"weekday": wd, "dir": _month_rel(_g(m, "dir"))}
    typ = "DATE"
    if _g(m, "mid"):
        f["midnight"] = True
        typ = "TIME"
    elif _g(m, "part"):
        f["part"] = _part_code(m.group("part"))
        typ = "TIME"
    return [(*_span(m), TimexSpec(0, 0, typ, "weekday", f))]


def _read_midnight(m: re.Match[str], ft: str):
    off = -1 if _g(m, "dir") else 0
    return [(*_span(m), TimexSpec(0, 0, "TIME", "relday", {"offset": off, "midnight": True}))]


def _read_clock(m: re.Match[str], ft: str):
    ampm = tp.AMPM.get(re.sub(r"\s+", " ", _g(m, "ampm") or ""), None)
    tz = "Z" if _g(m, "tz") and re.search(r"غ|gmt|GMT", m.group("tz")) else None
    if _g(m, "h"):
        if m.group("csep") != ":" and not (_g(m, "sa") or ampm or tz):
            return []
        hour, minute = int(m.group("h")), int(m.group("mi"))
    else:
        if not _g(m, "sa"):
            return []
        word = m.group("hw")
        hour = cal.ordinal_value(word) or cal.number_value(word) or 0
        if not 1 <= hour <= 12 or (not ampm and not _clock_context(ft, m.end("t"))):
            return []
        half = _g(m, "half") or ""
        minute = 30 if "نصف" in half else 15 if "والربع" in half else 0
        if "الا" in half:
            hour, minute = hour - 1, 45
    if ampm in ("pm",) and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return []
    return [(*_span(m), TimexSpec(0, 0, "TIME", "clock", {"hour": hour, "minute": minute, "tz": tz}))]


def _clock_context(ft: str, end: int) -> bool:
    """``الساعة الثالثة`` is a clock time only when a day reference or a time of day follows."""
    return bool(re.match(r"\s*(?:من\s+)?(?:(?:صباح|مساء|ظهر|فجر|عصر|ليل)|(?:يوم\s+)?(?:اليوم|امس|غدا|ال\w+))", ft[end:end + 20]))


def _read_relunit(m: re.Match[str], ft: str):
    u = m.group("u")
    season = cal.seasons().get("ال" + u)
    unit = "S:" + season if season else tp.REL_UNITS.get(u)
    rel = _month_rel(_g(m, "mod"))
    if _g(m, "this"):
        rel = rel or "current"
    if _g(m, "earlier") and not rel:
        # في وقت سابق من اليوم → today
        if u == "يوم":
            rel = "current"
        else:
            return []
    edge = _g(m, "edge")
    weekend = edge == "نهايه" and u == "اسبوع"  # نهاية الأسبوع: the weekend, YYYY-Wnn-WE
    if rel is None and edge and edge not in ("اخر", "اول") and u != "يوم":
        rel = "current"
    if rel is None or unit is None:
        return []
    if u == "يوم" and rel in ("past", "next"):
        return []  # اليوم التالي is relative to the story, not to publication
    offset = {"past": -1, "next": 1, "current": 0, "past2": -2}[rel]
    f = {"unit": unit, "offset": offset}
    if weekend:
        f["weekend"] = True
    return [(*_span(m), TimexSpec(0, 0, "DATE", "relunit", f))]


def _unit_code(word: str) -> str | None:
    return tp.PLURAL_UNITS.get(word) or cal.units().get(word) or cal.units().get("ال" + word)


def _read_plural(m: re.Match[str], ft: str):
    unit = _unit_code(m.group("u"))
    if unit is None:
        return []
    mod = m.group("mod")
    n = None
    if _g(m, "n1"):
        n = cal.number_value(m.group("n1"))
    elif _g(m, "n2"):
        n = int(m.group("n2"))
    elif _g(m, "n3"):
        n = cal.number_value(m.group("n3"))
    elif m.group("u") in cal.dual_units() or m.group("u") in ("اسبوعين", "يومين", "شهرين", "عامين", "سنتين", "ساعتين"):
        n = 2
    plural = m.group("u") in tp.PLURAL_UNITS or n is not None
    if not plural:
        return []  # الشهر الماضي is a relunit, read elsewhere
    if mod in tp.NEXT_MODS or mod in ("المقبلين", "القادمين"):
        if n is None:
            return [(*_span(m), TimexSpec(0, 0, "DATE", "ref", {"value": "FUTURE_REF"}))]
    return [(*_span(m), TimexSpec(0, 0, "DURATION", "duration", {"value": _duration(n, unit)}))]


def _duration(n: int | None, unit: str) -> str:
    amount = "X" if n is None else str(n)
    if unit in ("H", "MIN"):
        return f"PT{amount}{'H' if unit == 'H' else 'M'}"
    return f"P{amount}{unit}"


def _read_count(m: re.Match[str], ft: str):
    if _g(m, "fu"):
        n: int | None = None
        unit = tp.PLURAL_UNITS.get(m.group("fu"))
        if unit is None:
            return []
        mod = _g(m, "mod") or ""
        if _g(m, "dir") in ("بعد",) or mod in ("المقبله", "القادمه"):
            return [(*_span(m), TimexSpec(0, 0, "DATE", "ref", {"value": "FUTURE_REF"}))]
        if _g(m, "dir") in ("منذ", "مند", "قبل"):
            return [(*_span(m), TimexSpec(0, 0, "DATE", "ref", {"value": "PAST_REF"}))]
        start = m.start("fu") if _g(m, "dir") in ("خلال", "طيله", "طوال", "لمده") else m.start("t")
        return [(start, m.end("t"), TimexSpec(0, 0, "DURATION", "duration", {"value": _duration(None, unit)}))]
    if _g(m, "dual"):
        n = 2
        unit = cal.units().get(m.group("dual"))
    else:
        raw = m.group("n")
        unit = cal.units().get(m.group("u"))
        if raw in tp.VAGUE_NUMBERS:
            n = None
        else:
            n = cal.number_value(raw)
            if n is None:
                return []
    if unit is None:
        return []
    word = m.group("u") if not _g(m, "dual") else m.group("dual")
    if word.startswith("ال") and not _g(m, "dual"):
        return []
    if unit == "Y" and n is not None and n > 200:
        return []
    direction = _g(m, "dir")
    if not direction and not _g(m, "dual") and n is not None and n == 1 and word in ("يوم", "يوما"):
        return []  # يوماً alone is a frequency adverb ("one day"), not tagged
    if direction in ("منذ", "مند", "قبل") and n is not None:
        return [(*_span(m), TimexSpec(0, 0, "DATE", "ago", {"n": n, "unit": unit, "sign": -1}))]
    if direction == "بعد" and n is not None:
        return [(*_span(m), TimexSpec(0, 0, "DATE", "ago", {"n": n, "unit": unit, "sign": 1}))]
    start, end = _span(m)
    if not direction and n is not None and re.search(r"(?<!\w)كل\s+$", ft[max(0, start - 6):start]):
        # مرة كل 5 سنوات: a frequency (the span keeps كل, as in كل يوم)
        return [(ft.rindex("كل", 0, start), end, TimexSpec(0, 0, "SET", "set", {"value": _duration(n, unit)}))]
    if direction in ("خلال", "طيله", "طوال", "لمده"):
        # the duration itself, without the preposition (لمدة ثلاثة أعوام → ثلاثة أعوام)
        start = m.start("n") if _g(m, "n") else m.start("dual")
    if not direction and _g(m, "dual") and not _g(m, "mod"):
        # a bare dual (يومين) is a duration only with a count context; keep it
        pass
    return [(start, end, TimexSpec(0, 0, "DURATION", "duration", {"value": _duration(n, unit)}))]


def _read_vague(m: re.Match[str], ft: str):
    """منذ سنوات → PXY; قبل أيام → PAST_REF; بعد أسابيع → FUTURE_REF; سنوات طويلة → PXY."""
    unit = tp.PLURAL_UNITS.get(m.group("u") or m.group("u2"))
    if unit is None:
        return []
    direction = _g(m, "dir")
    if direction == "قبل":
        return [(*_span(m), TimexSpec(0, 0, "DATE", "ref", {"value": "PAST_REF"}))]
    if direction == "بعد":
        return [(*_span(m), TimexSpec(0, 0, "DATE", "ref", {"value": "FUTURE_REF"}))]
    return [(*_span(m), TimexSpec(0, 0, "DURATION", "duration", {"value": _duration(None, unit)}))]


def _read_ordinal(m: re.Match[str], ft: str):
    unit = tp.REL_UNITS.get(m.group("u"))
    word = m.group("ord")
    n = cal.ordinal_value(word) or cal.number_value(word)
    if unit is None or not n:
        return []
    return [(*_span(m), TimexSpec(0, 0, "DURATION", "duration", {"value": f"P{n}{unit}"}))]


def _read_ref(m: re.Match[str], ft: str):
    key = re.sub(r"\s+", " ", m.group("t"))
    value = tp.REFS.get(key)
    if value is None:
        return []
    if key == "الماضي" and not re.search(r"(?:في|منذ|عن)\s+$", ft[max(0, m.start("t") - 6):m.start("t")]):
        return []  # الموسم الماضي: an adjective; only في الماضي is "the past"
    if key == "المستقبل" and re.match(r"\s+\w", ft[m.end("t"):]) and not re.match(r"\s+(?:القريب|البعيد)", ft[m.end("t"):]):
        nxt = re.match(r"\s+(\w+)", ft[m.end("t"):]).group(1)
        if nxt.startswith("ال") and nxt not in ("القريب", "البعيد"):
            return []  # المستقبل السياسي: an adjective follows, "the future" as a topic
    return [(*_span(m), TimexSpec(0, 0, "DATE", "ref", {"value": value}))]


def _read_set(m: re.Match[str], ft: str):
    if _g(m, "su"):
        value = tp.SET_UNITS[m.group("su")]
        after = (_g(m, "after") or "").strip()
        if after in ("واحد", "منهم", "منها"):
            return []
    else:
        word = m.group("t")
        value = tp.SETS[word]
        if word.startswith("ال"):
            prev = re.search(r"(\w+)\s+$", ft[max(0, m.start("t") - 25):m.start("t")])
            if not prev or not re.match(r"^[وفبلك]?(?:ال|لل)", prev.group(1)):
                return []  # الشهري after a name is a family name
    return [(*_span(m), TimexSpec(0, 0, "SET", "set", {"value": value}))]


_YEAR_CUE_RX = re.compile(r"(?:^|\s)(?:" + "|".join(tp.YEAR_CUES) + r")\s*$")


def _read_year(m: re.Match[str], ft: str):
    y = int(m.group("y"))
    start = m.start("t")
    before = ft[max(0, start - 16):start]
    after = ft[m.end("t"):m.end("t") + 3]
    ok = bool(_g(m, "yw")) or bool(_YEAR_CUE_RX.search(before))
    ok = ok or before.endswith(("(", "-", "–", "/")) or re.search(r"\d\s*و$", before) is not None
    ok = ok or bool(re.match(r"\s*[\)\-–]", after)) or (start > 0 and ft[start - 1] in "وب")
    if not ok:
        return []
    return [(*_span(m), TimexSpec(0, 0, "DATE", "date", {"year": y, "month": None, "day": None}))]


_READERS = {
    "dmy": _read_dmy, "dwords": _read_dwords, "drange": _read_drange, "hnum": _read_hnum, "numdate": _read_numdate, "my": _read_my, "hijri": _read_hijri,
    "relday": _read_relday, "weekday": _read_weekday, "midnight": _read_midnight, "clock": _read_clock,
    "relunit": _read_relunit, "plural": _read_plural, "count": _read_count, "vague": _read_vague, "ordinal": _read_ordinal,
    "ref": _read_ref, "set": _read_set, "year": _read_year,
}
