"""The hand-written SVG timeline: buckets with empty periods kept, escaped labels, bounded size."""

from __future__ import annotations

from rasd.web.charts import bucket_dates, timeline_svg


def test_charts_days_when_the_span_is_short():
    unit, buckets = bucket_dates(["2022-10-21", "2022-10-23", "2022-10-21"])
    assert unit == "day" and buckets == [("2022-10-21", 2), ("2022-10-22", 0), ("2022-10-23", 1)]


def test_charts_months_with_gaps_filled_and_month_precision_dates():
    unit, buckets = bucket_dates(["2015-08-09", "2015-11", "garbage", None, "2015-13-01"])
    assert unit == "month" and [b[0] for b in buckets] == ["2015-08", "2015-09", "2015-10", "2015-11"]


def test_charts_years_for_long_spans_and_no_flood_from_far_dates():
    assert bucket_dates(["2001-01-01", "2020-05-01"])[0] == "year"
    unit, buckets = bucket_dates(["0001-01-01", "2022-10-21"])
    assert unit == "year" and len(buckets) == 2


def test_charts_svg_is_safe_and_empty_without_dates():
    assert str(timeline_svg([None, "x"])) == ""
    svg = str(timeline_svg(["2022-10-21"], title='"><script>'))
    assert svg.startswith("<svg") and "<script>" not in svg and 'data-count="1"' in svg
