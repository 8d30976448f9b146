"""Publication-date inference: priors (declared date, metadata, URL, dateline) checked against the text.

The text constrains the day: ``اليوم الجمعة`` ⇒ a Friday; ``أمس الخميس`` ⇒ the day
before is a Thursday; ``12 أكتوبر الجاري`` ⇒ October, on or after the 12th; a
reported past date precedes publication; the people named must hold their roles
then. A prior that satisfies every hard constraint wins; otherwise the days that
satisfy them are searched around the priors and scored by the soft evidence, and
the estimate keeps only the precision the evidence supports (``2022-10`` with
the candidate days, best first).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rasd.arabic import calendar as cal
from rasd.document import Block, Document, Flag, Published, Span
from rasd.stages.timex_resolve import resolve
from rasd.stages.timex_rules import TimexSpec

WEEKDAY_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_AR = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
# Metadata keys an ingester may fill from HTML (<meta property="article:published_time"> …).
# Days scoring within this of the best stay candidates (and lower the estimate's precision).
CLOSE_MARGIN = 0.04
HTML_DATE_KEYS = ("html_date", "date_published", "published", "published_time", "meta_date", "pubdate")


@dataclass
class Prior:
    """A claimed publication day from outside the text body."""

    day: dt.date
    source: str  # declared | html | url | dateline
    weight: float
    span: Span | None = None


@dataclass
class Hard:
    """A constraint the text states outright (``اليوم الجمعة``)."""

    ok: Callable[[dt.date], bool]
    evidence: str
    span: Span


@dataclass
class Soft:
    """Evidence that makes some days likelier (explicit past dates, role intervals, years mentioned)."""

    score: Callable[[dt.date], float]
    evidence: str


@dataclass
class PubDateResult:
    published: Published
    anchor: dt.date | None
    flags: list[Flag] = field(default_factory=list)


# ---------------------------------------------------------------- parsing priors

def parse_day(value: Any) -> dt.date | None:
    """A day from ``2017-04-05``, ``2015-08-09 17:26:01``, ``05/04/2017`` or a date object."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})", s)
    if m:
        return cal.valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})", s)
    if m:
        return cal.valid_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)(?:([/_\-.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?!\d)")


def url_date(url: str | None) -> dt.date | None:
    """A day in a URL path: ``/2017/04/05/``, ``-2017-04-05``, ``_20170405``."""
    if not url:
        return None
    for m in _URL_DATE.finditer(url):
        if m.group(3):
            day = cal.valid_date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        else:
            day = cal.valid_date(int(m.group(1)), int(m.group(5)), int(m.group(6)))
        if day:
            return day
    return None


def dateline_spec(doc: Document, specs: list[TimexSpec]) -> TimexSpec | None:
    """The date of the dateline block, else of an early line that is mostly a date."""
    blocks: list[Block] = [b for b in doc.blocks if b.kind == "dateline"]
    if blocks:
        for block in blocks:
            for spec in specs:
                if block.start <= spec.start and spec.end <= block.end and _day_precise(spec):
                    return spec
        return None
    # else one of the first lines (a title may come before it) that is a date with little else
    for m in itertools.islice(re.finditer(r"[^\n]+", doc.text), 4):
        spec = _dateline_in_line(doc.text, m.start(), m.end(), specs)
        if spec is not None:
            return spec
    return None


def _dateline_in_line(text: str, line_start: int, line_end: int, specs: list[TimexSpec]) -> TimexSpec | None:
    line = text[line_start:line_end].strip()
    if not line or len(line) > 90:
        return None
    inside = [s for s in specs if line_start <= s.start and s.end <= line_end]
    dated = [s for s in inside if _day_precise(s) and s.fields.get("offset") is None]
    if not dated:
        return None
    rest = text[line_start:line_end]
    for s in sorted(inside, key=lambda s: -s.start):
        rest = rest[:s.start - line_start] + " " + rest[s.end - line_start:]
    # what is left is a place, an agency or الموافق: a dateline has few other words
    if len(re.findall(r"\w+", rest)) > 3 or (line.endswith(".") and len(line) > 40):
        return None
    gregorian = [s for s in dated if not s.fields.get("hijri")]
    return (gregorian or dated)[0]


def _day_precise(spec: TimexSpec) -> bool:
    f = spec.fields
    if spec.kind != "date":
        return False
    if f.get("hijri"):
        return f.get("hyear") is not None
    return f.get("year") is not None and f.get("day") is not None


def collect_priors(doc: Document, specs: list[TimexSpec]) -> tuple[list[Prior], TimexSpec | None]:
    priors: list[Prior] = []
    declared = parse_day(doc.meta.declared_date)
    if declared:
        priors.append(Prior(declared, "declared", 1.0))
    if declared is None:
        # a source date the ingester could not read as ISO (``17/10/2013``) is still the declared date
        day = parse_day(doc.meta.extra.get("date_raw"))
        if day:
            priors.append(Prior(day, "declared", 1.0))
    for key in HTML_DATE_KEYS:
        day = parse_day(doc.meta.extra.get(key))
        if day:
            priors.append(Prior(day, "html", 0.8))
            break
    day = url_date(doc.meta.url)
    if day:
        priors.append(Prior(day, "url", 0.8))
    dl = dateline_spec(doc, specs)
    if dl is not None:
        value = resolve(dl, None)
        day = parse_day(value)
        wd = dl.fields.get("weekday")
        if day and (wd is None or day.weekday() == wd):  # a dateline contradicting itself is no evidence
            priors.append(Prior(day, "dateline", 0.7, Span(dl.start, dl.end)))
    return priors, dl


# ---------------------------------------------------------------- constraints from the text

def _quote(doc: Document, spec: TimexSpec) -> str:
    return f"«{doc.text[spec.start:spec.end]}»"


def text_constraints(doc: Document, specs: list[TimexSpec], dateline: TimexSpec | None) -> tuple[list[Hard], list[Soft]]:
    """Hard and soft constraints on the publication day from the time expressions of the text."""
    hard: list[Hard] = []
    soft: list[Soft] = []
    explicit_years: list[int] = []
    for spec in specs:
        if spec is dateline:
            continue
        f = spec.fields
        span = Span(spec.start, spec.end)
        q = _quote(doc, spec)
        if spec.kind == "relday" and f.get("weekday") is not None:
            off, wd = f["offset"], f["weekday"]
            hard.append(Hard(_weekday_ok(off, wd), f"{q}: {_rel_words(off)} a {WEEKDAY_EN[wd]}", span))
        elif spec.kind == "date" and not f.get("hijri"):
            year, month, day = f.get("year"), f.get("month"), f.get("day")
            wd = f.get("weekday")
            if year and month and day and wd is not None and dt.date(year, month, day).weekday() != wd:
                continue  # the text contradicts itself (wrong weekday for the date): no evidence
            if f.get("offset") is not None and month and day:
                off = f["offset"]
                if year:
                    target = dt.date(year, month, day)
                    hard.append(Hard(lambda d, t=target, o=off: d + dt.timedelta(days=o) == t,
                                     f"{q}: published on {target + dt.timedelta(days=-off)}", span))
                else:
                    hard.append(Hard(lambda d, m=month, dd=day, o=off: _md(d + dt.timedelta(days=o)) == (m, dd),
                                     f"{q}: {_rel_words(off)} {month:02d}-{day:02d}", span))
                continue
            if f.get("month_rel") == "current" and month:
                hard.append(Hard(lambda d, m=month: d.month == m, f"{q}: published in month {month:02d}", span))
                if day and not f.get("future"):
                    soft.append(Soft(_recent_after(month, day), f"{q}: on or after day {day} of that month"))
                continue
            if year and month and day and not f.get("future"):
                target = dt.date(year, month, day)
                soft.append(Soft(_after_date(target), f"{q}: a reported date, so published on or after {target}"))
            if year and not f.get("future"):
                explicit_years.append(year)
    if explicit_years:
        latest = max(explicit_years)
        soft.append(Soft(_year_fit(explicit_years, latest), f"years named in the text, latest {latest}"))
    soft.extend(role_constraints(doc))
    return hard, soft


def _md(d: dt.date) -> tuple[int, int]:
    return d.month, d.day


def _rel_words(off: int) -> str:
    return {0: "the publication day is", -1: "the day before publication is", -2: "two days before publication is",
            1: "the day after publication is", 2: "two days after publication is"}.get(off, f"publication {off:+d} days is")


def _weekday_ok(off: int, wd: int) -> Callable[[dt.date], bool]:
    return lambda d: (d + dt.timedelta(days=off)).weekday() == wd


def _after_date(target: dt.date) -> Callable[[dt.date], float]:
    """A reported past date: publication is on or after it, most likely soon after."""
    def score(d: dt.date) -> float:
        gap = (d - target).days
        # before it is unlikely, not impossible: a date may be an announced future one
        return -0.3 if gap < 0 else max(0.0, 0.3 - 0.01 * gap)
    return score


def _recent_after(month: int, day: int) -> Callable[[dt.date], float]:
    """``12 أكتوبر الجاري``: after the 12th. A day less than a week back is usually named by its weekday
    (الأربعاء الماضي), so a dated reference suggests a week or more — but not much more."""
    def score(d: dt.date) -> float:
        if d.month != month:
            return 0.0
        gap = d.day - day
        if gap < 0:
            return -0.3  # the date may be coming (the meeting on the 30th of this month)
        return 0.2 if gap < 7 else max(0.05, 0.3 - 0.003 * gap)
    return score


def _year_fit(years: list[int], latest: int) -> Callable[[dt.date], float]:
    """News names its own year most; a publication year before years the text names is unlikely
    (a later year may still be a plan: ميزانية 2018)."""
    counts = {y: years.count(y) for y in set(years)}
    top = max(counts.values())

    def score(d: dt.date) -> float:
        later = len({y for y in years if y > d.year})
        return 0.3 * counts.get(d.year, 0) / top + 0.1 * counts.get(d.year - 1, 0) / top - 0.2 * min(later, 2)
    return score


def role_constraints(doc: Document) -> list[Soft]:
    """People must hold the roles the text gives them: entity role intervals (``from``/``to``) as evidence."""
    out: list[Soft] = []
    for ent in doc.entities:
        intervals = []
        roles = [r for r in (ent.roles or []) if isinstance(r, dict)]
        if ent.role:
            matching = [r for r in roles if r.get("role") and (r["role"] in ent.role or ent.role in r["role"])]
            roles = matching or roles
        for r in roles:
            lo = _bound(r.get("from"), start=True)
            hi = _bound(r.get("to"), start=False)
            if lo or hi:
                intervals.append((lo or dt.date.min, hi or dt.date.max, r))
        if not intervals:
            continue
        desc = "; ".join(f"{r.get('role') or 'role'} {r.get('from') or '…'}–{r.get('to') or '…'}" for _, _, r in intervals[:3])

        def score(d: dt.date, iv=tuple(intervals)) -> float:
            return 0.5 if any(lo <= d <= hi for lo, hi, _ in iv) else -0.5
        out.append(Soft(score, f"{ent.name}: {desc}"))
    return out


def _bound(value: Any, start: bool) -> dt.date | None:
    if value in (None, ""):
        return None
    s = str(value)
    day = parse_day(s)
    if day:
        return day
    m = re.match(r"^(\d{4})(?:-(\d{1,2}))?$", s)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(2):
        mo = int(m.group(2))
        if start:
            return dt.date(y, mo, 1)
        y2, m2 = cal.add_months(dt.date(y, mo, 1), 1)
        return dt.date(y2, m2, 1) - dt.timedelta(days=1)
    return dt.date(y, 1, 1) if start else dt.date(y, 12, 31)


# ---------------------------------------------------------------- inference

def infer(doc: Document, specs: list[TimexSpec], *, years_back: int = 4, max_candidates: int = 10) -> PubDateResult:
    """The publication date of ``doc`` with confidence, candidates, evidence and conflicts."""
    priors, dl = collect_priors(doc, specs)
    hard, soft = text_constraints(doc, specs, dl)
    evidence = list(dict.fromkeys([h.evidence for h in hard] + [s.evidence for s in soft]))
    conflicts: list[str] = []
    flags: list[Flag] = []

    best_sat = _best_achievable(hard, priors)
    sat = {p.day: sum(h.ok(p.day) for h in hard) for p in priors}
    # The text may contradict itself (a quoted "today"); a prior as good as any day is consistent.
    consistent = [p for p in priors if sat[p.day] >= best_sat]
    near = None if consistent else _near_miss(priors, hard, best_sat)
    declared = next((p for p in priors if p.source == "declared"), None)
    if declared is not None and declared not in consistent:
        # the publisher's own date a day after the text's "today" stands, even if a URL agrees with the text
        near = _near_miss([declared], hard, best_sat) or near
        if near is not None and near[0] is declared:
            consistent = []
    for p in priors:
        if p in consistent or sat[p.day] >= best_sat:
            continue
        broken = [h for h in hard if not h.ok(p.day)]
        msg = (f"{p.source} date {p.day} ({WEEKDAY_EN[p.day.weekday()]}) contradicts the text: "
               + "; ".join(dict.fromkeys(h.evidence for h in broken)))
        conflicts.append(msg)
        spans = [p.span] if p.span else [h.span for h in broken]
        if near is not None and p is near[0]:
            msg += (f"; the text's day is {near[1]}, {abs((near[1] - p.day).days)} day(s) off: "
                    "written the day before publication (print edition or time zone)")
        flags.append(Flag(kind="date-conflict", spans=spans, message=msg,
                          message_ar=f"تاريخ {_source_ar(p.source)} {p.day.isoformat()} ({WEEKDAY_AR[p.day.weekday()]}) "
                                     f"يتعارض مع النص: " + "، ".join(dict.fromkeys(_quote_span(doc, h.span) for h in broken)),
                          confidence=0.6 if near is not None and p is near[0] else 0.9))

    if near is not None:
        # Off by a day or two: the publisher's date stands, the text's "today" anchors its expressions.
        prior, day = near
        for flag in flags:
            flag.suggestion = prior.day.isoformat()
        ev = [f"{prior.source} date {prior.day}, written on {day} by the text's own words"]
        return PubDateResult(Published(prior.day.isoformat(), 0.7, [prior.day.isoformat(), day.isoformat()],
                                       ev + evidence, conflicts, precision="day", value=prior.day.isoformat()),
                             day, flags)

    if consistent:
        best = max(consistent, key=lambda p: p.weight)
        others = [p for p in priors if p.day != best.day and p in consistent]
        for p in others:
            conflicts.append(f"{p.source} date {p.day} differs from the {best.source} date {best.day}")
        conf = 0.95 if hard else {"declared": 0.85, "html": 0.75, "url": 0.75, "dateline": 0.7}[best.source]
        if others:
            conf -= 0.15
        agree = sorted({p.source for p in priors if p.day == best.day} - {best.source})
        ev = [f"{best.source} date {best.day}" + (f", agreeing with {', '.join(agree)}" if agree else "")]
        if hard:
            ev.append(f"consistent with {len(hard)} constraint(s) in the text")
        for flag in flags:
            flag.suggestion = best.day.isoformat()
        return PubDateResult(Published(best.day.isoformat(), round(conf, 2), [best.day.isoformat()], ev + evidence,
                                       conflicts, precision="day", value=best.day.isoformat()), best.day, flags)

    # No prior survives (or none exists): search the days the text allows.
    days = _search_window(priors, specs, dl, years_back)
    if days is None or (not hard and not priors and not _has_day_evidence(soft)):
        return PubDateResult(Published(None, 0.0, [], evidence or ["no date evidence"], conflicts), None, flags)
    scored = _score_days(days, hard, soft, priors)
    if not scored:
        return PubDateResult(Published(None, 0.0, [], evidence, conflicts), None, flags)
    best_score = scored[0][0]
    close = [d for s, d in scored if best_score - s <= CLOSE_MARGIN][:max_candidates]
    cands = [d.isoformat() for d in close]
    best = close[0]
    if len(close) == 1:
        value, conf, precision = best.isoformat(), 0.6, "day"
    elif all((d.year, d.month) == (best.year, best.month) for d in close):
        value, conf, precision = f"{best.year:04d}-{best.month:02d}", 0.5, "month"
    elif all(d.year == best.year for d in close):
        value, conf, precision = f"{best.year:04d}", 0.3, "year"
    else:
        value, conf, precision = best.isoformat(), 0.2, "day"
    if not hard:
        conf = min(conf, 0.4)
    evidence.insert(0, f"inferred from the text: {len(close)} candidate day(s), best {best}")
    for flag in flags:
        flag.suggestion = value
    # ``date`` is the best full day (the contract requires ISO days); the
    # precision the evidence supports travels beside it.
    return PubDateResult(Published(best.isoformat(), conf, cands, evidence, conflicts, precision=precision,
                                   value=value), best, flags)


def _best_achievable(hard: list[Hard], priors: list[Prior]) -> int:
    """The most hard constraints any day around the priors satisfies (all of them when they agree)."""
    if not hard or not priors:
        return len(hard)
    best = 0
    for p in priors:
        for k in range(-400, 401):
            d = p.day + dt.timedelta(days=k)
            best = max(best, sum(h.ok(d) for h in hard))
            if best == len(hard):
                return best
    return best


def _near_miss(priors: list[Prior], hard: list[Hard], best_sat: int) -> tuple[Prior, dt.date] | None:
    """A prior one or two days after the day the text calls today: written the day before it was dated."""
    for p in sorted(priors, key=lambda p: -p.weight):
        for k in (-1, -2):
            d = p.day + dt.timedelta(days=k)
            if sum(h.ok(d) for h in hard) >= best_sat:
                return p, d
    return None


def _source_ar(source: str) -> str:
    return {"declared": "النشر المعلن", "html": "البيانات الوصفية", "url": "الرابط", "dateline": "رأس الصفحة"}[source]


def _quote_span(doc: Document, span: Span) -> str:
    return f"«{doc.text[span.start:span.end]}»"


def _has_day_evidence(soft: list[Soft]) -> bool:
    return any("reported date" in s.evidence for s in soft)


def _search_window(priors: list[Prior], specs: list[TimexSpec], dl: TimexSpec | None,
                   years_back: int) -> list[dt.date] | None:
    """Days to search: years around the priors, else around the latest year the text names."""
    if priors:
        lo = min(p.day.year for p in priors) - years_back
        hi = max(p.day.year for p in priors) + 1
    else:
        years = [s.fields["year"] for s in specs if s is not dl and s.kind == "date" and s.fields.get("year")
                 and not s.fields.get("future")]
        if not years:
            return None
        # around the year the text names most (ties: the later), not the latest: 2030 may be a plan
        mode = max(set(years), key=lambda y: (years.count(y), y))
        lo, hi = mode, mode + 1
    start, end = dt.date(max(lo, 1), 1, 1), dt.date(min(hi, 9998), 12, 31)
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _score_days(days: list[dt.date], hard: list[Hard], soft: list[Soft],
                priors: list[Prior]) -> list[tuple[float, dt.date]]:
    """Days satisfying the most hard constraints, scored by the soft evidence and nearness to the priors."""
    counts = [sum(h.ok(d) for h in hard) for d in days]
    top = max(counts) if counts else 0
    out = []
    for d, c in zip(days, counts, strict=True):
        if c < top:
            continue
        s = sum(x.score(d) for x in soft)
        if priors:
            near = min(abs((d - p.day).days) for p in priors)
            s -= 0.6 * min(1.0, near / 60.0)
            # a page's display date is never before publication
            if any(p.source == "dateline" and d > p.day for p in priors):
                s -= 0.1
        out.append((s, d))
    out.sort(key=lambda x: (-x[0], x[1]))
    return out
