"""Hand-written SVG charts (no JavaScript library): a timeline of event counts."""

from __future__ import annotations

from collections import Counter
from datetime import date
from html import escape

from markupsafe import Markup

# Past this many months a timeline is drawn per year.
MAX_MONTHS = 72
MAX_YEARS = 60


def bucket_dates(dates: list[str | None]) -> tuple[str, list[tuple[str, int]]]:
    """Count dates per day (span of two months or less), else per month, else per year; empty periods kept.

    Undated or unparseable values are skipped; a month-precision date counts in its month.

    >>> bucket_dates(["2022-10-21", "2022-10-21", "2022-12", None])
    ('month', [('2022-10', 2), ('2022-11', 0), ('2022-12', 1)])
    """
    valid = [d for d in dates if d and len(d) >= 7 and d[:4].isdigit() and d[4] == "-" and d[5:7].isdigit()
             and 1 <= int(d[5:7]) <= 12]
    if not valid:
        return "month", []
    days = [d[:10] for d in valid if len(d) >= 10 and _is_day(d[:10])]
    months = sorted({d[:7] for d in valid})
    first, last = _month_index(months[0]), _month_index(months[-1])
    if len(days) == len(valid) and last - first < 2:
        counts = Counter(days)
        start, end = date.fromisoformat(min(days)), date.fromisoformat(max(days))
        span = [date.fromordinal(o).isoformat() for o in range(start.toordinal(), end.toordinal() + 1)]
        return "day", [(d, counts.get(d, 0)) for d in span]
    if last - first < MAX_MONTHS:
        counts = Counter(d[:7] for d in valid)
        span = [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(first, last + 1)]
        return "month", [(m, counts.get(m, 0)) for m in span]
    counts = Counter(d[:4] for d in valid)
    first_year, last_year = int(months[0][:4]), int(months[-1][:4])
    if last_year - first_year > MAX_YEARS:
        # A stray far-off date must not make thousands of empty bars: keep only years with data.
        return "year", sorted(counts.items())
    return "year", [(str(y), counts.get(str(y), 0)) for y in range(first_year, last_year + 1)]


def _is_day(s: str) -> bool:
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


def _month_index(ym: str) -> int:
    return int(ym[:4]) * 12 + int(ym[5:7]) - 1


def timeline_svg(dates: list[str | None], *, title: str = "", width: int = 720, height: int = 180) -> Markup:
    """A bar chart of counts over time, earliest on the right (read right to left), as safe inline SVG."""
    unit, buckets = bucket_dates(dates)
    if not buckets:
        return Markup("")
    pad_top, pad_bottom, pad_side = 16, 40, 12
    plot_h = height - pad_top - pad_bottom
    n = len(buckets)
    slot = (width - 2 * pad_side) / n
    bar_w = max(2.0, min(40.0, slot * 0.7))
    peak = max(c for _, c in buckets) or 1
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title, quote=True)}" data-unit="{unit}">',
        f'<line class="axis" x1="{pad_side}" y1="{pad_top + plot_h}" x2="{width - pad_side}" y2="{pad_top + plot_h}"/>',
    ]
    label_every = max(1, n // 12)
    for i, (period, count) in enumerate(buckets):
        # Right to left: the earliest period sits at the right edge.
        cx = width - pad_side - slot * (i + 0.5)
        h = plot_h * count / peak
        x, y = cx - bar_w / 2, pad_top + plot_h - h
        label = escape(period)
        if not count:
            if i % label_every == 0:
                parts.append(f'<text class="period" x="{cx:.1f}" y="{pad_top + plot_h + 16}" '
                             f'text-anchor="middle">{label}</text>')
            continue
        parts.append(
            f'<g class="bar" data-period="{label}" data-count="{count}">'
            f'<title>{label}: {count}</title>'
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}"/>'
            f'<text class="count" x="{cx:.1f}" y="{y - 3:.1f}" text-anchor="middle">{count}</text>'
        )
        if i % label_every == 0:
            parts.append(f'<text class="period" x="{cx:.1f}" y="{pad_top + plot_h + 16}" text-anchor="middle">{label}</text>')
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))
