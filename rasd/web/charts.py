"""Hand-written SVG charts (no JavaScript library): a timeline of event counts."""

from __future__ import annotations

from collections import Counter
from datetime import date
from html import escape

from markupsafe import Markup


def bucket_dates(dates: list[str | None]) -> tuple[str, list[tuple[str, int]]]:
    """Count dates per day when they span two months or less, else per month; undated ones are skipped.

    >>> bucket_dates(["2022-10-21", "2022-10-21", "2022-10", None])
    ('month', [('2022-10', 3)])
    """
    valid = [d for d in dates if d and len(d) >= 7 and d[:4].isdigit() and d[5:7].isdigit()]
    if not valid:
        return "month", []
    days = [d[:10] for d in valid if len(d) >= 10 and _is_day(d[:10])]
    months = sorted({d[:7] for d in valid})
    by_day = len(days) == len(valid) and _month_index(months[-1]) - _month_index(months[0]) < 2
    if by_day:
        return "day", sorted(Counter(days).items())
    return "month", sorted(Counter(d[:7] for d in valid).items())


def _is_day(s: str) -> bool:
    try:
        date.fromisoformat(s)
        return True
    except ValueError:
        return False


def _month_index(ym: str) -> int:
    return int(ym[:4]) * 12 + int(ym[5:7])


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
    peak = max(c for _, c in buckets)
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
