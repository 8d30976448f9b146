"""Sentence-level detection scoring and the sentence gold sets."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rasd.cli import app
from rasd.eval.sentences import score_sentences

GOLD_DIR = Path(__file__).resolve().parents[2] / "rasd" / "eval" / "gold" / "sentences"


def test_sentences_score_counts_per_code():
    golds = [{"id": "a", "codes": ["ASSAULT"]}, {"id": "b", "codes": []}, {"id": "c", "codes": ["PROTEST"]}]
    res = score_sentences(golds, {"a": {"ASSAULT"}, "b": {"ASSAULT"}, "c": set()}, ["ASSAULT", "PROTEST"])
    assert (res["ASSAULT"]["tp"], res["ASSAULT"]["predicted"], res["ASSAULT"]["gold"]) == (1, 2, 1)
    assert res["ASSAULT"]["false"] == ["b"] and res["PROTEST"]["missed"] == ["c"]
    assert res["PROTEST"]["f1"] == 0.0


def test_sentences_gold_sets_are_well_formed():
    for name in ("dev.jsonl", "test.jsonl"):
        rows = [json.loads(line) for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines()]
        assert len(rows) == 100 and len({r["id"] for r in rows}) == 100
        assert all(set(r["codes"]) <= {"ASSAULT", "PROTEST"} and r["text"].strip() for r in rows)


def test_sentences_cli_scores_a_small_file(tmp_path):
    gold = tmp_path / "s.jsonl"
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "1", "text": "قصفت الطائرات مواقع المسلحين في إدلب.", "codes": ["ASSAULT"]},
        {"id": "2", "text": "نظم مئات العمال وقفة احتجاجية أمام الوزارة.", "codes": ["PROTEST"]},
        {"id": "3", "text": "ارتفعت أسعار النفط اليوم.", "codes": []},
    ]), encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "sentences", str(gold), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["ASSAULT"]["f1"] == 1.0 and out["PROTEST"]["f1"] == 1.0
