"""Checks on the news30 gold set and on the annotation tool that builds it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.eval.gold import annotate_tool as at

GOLD = Path(at.__file__).resolve().parent / "news30.gold.jsonl"


def records() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_gold_news30_every_record_is_valid() -> None:
    recs = records()
    assert recs, "news30.gold.jsonl is empty"
    for rec in recs:
        assert at.validate(rec) == [], rec["id"]


def test_gold_news30_has_required_layers_and_unique_ids() -> None:
    recs = records()
    assert len({r["id"] for r in recs}) == len(recs)
    for r in recs:
        for key in ("id", "text", "published", "source_dataset", "mentions", "timexes", "events", "claims"):
            assert key in r, (r["id"], key)
        assert r["events"] and r["claims"], r["id"]


def test_gold_news30_labels_types_codes_stances() -> None:
    for r in records():
        assert {m["label"] for m in r["mentions"]} <= at.LABELS
        assert {t["type"] for t in r["timexes"]} <= at.TIMEX_TYPES
        assert {e["code"] for e in r["events"]} <= at.CODES
        assert {c["stance"] for c in r["claims"]} <= at.STANCES


def test_gold_news30_spans_slice_whole_words() -> None:
    for r in records():
        t = r["text"]
        for m in r["mentions"] + r["timexes"] + [c["cue"] for c in r["claims"]]:
            assert at.left_ok(t, m["start"]) and at.right_ok(t, m["end"]), (r["id"], t[m["start"]:m["end"]])


def test_gold_news30_excludes_dev_articles() -> None:
    dev = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev" / "dev.gold.jsonl"
    if not dev.exists():
        pytest.skip("shared dev gold not available")
    dev_ids = {json.loads(line)["id"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not dev_ids & {r["id"] for r in records()}


def test_gold_news30_rebuilds_identically_from_sources() -> None:
    if not at.SRC.exists() or not Path(at.__file__).resolve().parents[3].parent.joinpath("shared", "data", "news").exists():
        pytest.skip("annotation sources or shared news data not available")
    rebuilt = at.build()
    assert [json.dumps(r, ensure_ascii=False) for r in rebuilt] == [json.dumps(r, ensure_ascii=False) for r in records()]


def test_annotate_tool_keeps_proclitics_outside() -> None:
    text = "وقال الرئيس إن لروسيا وبالأردن حقا، ولتركيا"
    assert at.occurrences(text, "روسيا") == [text.index("روسيا")]
    assert at.occurrences(text, "قال") == [1]
    assert at.occurrences(text, "الأردن") == [text.index("الأردن")]


def test_annotate_tool_elided_lam() -> None:
    text = "دعم للأردن"
    ((s, e),) = at.find_spans(text, "الأردن", many=False)
    assert text[s:e] == "لأردن"


def test_annotate_tool_rejects_word_cuts() -> None:
    text = "الروسية"
    assert at.occurrences(text, "روسي") == []


def test_annotate_tool_weekday_check() -> None:
    rec = {"id": "x", "text": "أمس الجمعة", "published": "2015-08-08", "mentions": [], "events": [], "claims": [],
           "timexes": [{"start": 0, "end": 10, "type": "DATE", "value": "2015-08-06"}]}
    assert any("weekday" in e for e in at.validate(rec))
    rec["timexes"][0]["value"] = "2015-08-07"
    assert at.validate(rec) == []


def test_annotate_tool_context_selector() -> None:
    text = "قال زيد. وقال عمرو."
    ((s, e),) = at.find_spans(text, "قال @وقال عمرو", many=False)
    assert (s, e) == (text.index("وقال") + 1, text.index("وقال") + 4)
    with pytest.raises(at.AnnotationError):
        at.find_spans(text, "قال", many=False)
