"""Checks on the event/claim gold batches (held-out and agreement sets): shape, codes, spans, draws."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rasd.eval.gold import annotate_tool as at

GOLD = Path(at.__file__).resolve().parent
FILES = sorted(GOLD.glob("heldout/batch*.gold.jsonl")) + sorted(GOLD.glob("iaa/*.gold.jsonl"))


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_batch_records_are_valid(path: Path) -> None:
    recs = _records(path)
    assert recs and len({r["id"] for r in recs}) == len(recs)
    for rec in recs:
        # codes, stances, spans that cut no word, source and target lists that do not match each other
        assert at.validate({"mentions": [], "timexes": [], **rec}) == [], rec["id"]


@pytest.mark.parametrize("path", [p for p in FILES if p.parent.name == "heldout"
                                  and int(re.search(r"\d+", p.name).group()) >= 6], ids=lambda p: p.name)
def test_gold_batch_draw_reproduces_its_articles(path: Path) -> None:
    from rasd.eval.gold.heldout.batch_tools import FULL_CORPORA, NEWS_SAMPLES
    from rasd.eval.gold.heldout.draw_batch import FIRST_FULL_CORPUS_BATCH, draw
    from rasd.paths import shared_dir

    recs = _records(path)
    seed = int(re.search(r"\d+", path.name).group())
    needed = NEWS_SAMPLES + (FULL_CORPORA if seed >= FIRST_FULL_CORPUS_BATCH else ())
    if not all((shared_dir() / "data" / "news" / name).exists() for name in needed):
        pytest.skip("news samples not available")
    assert [r["id"] for r in draw(seed, len(recs))] == [r["id"] for r in recs]


def test_gold_batch_writer_refuses_a_cue_inside_a_word(tmp_path):
    from rasd.eval.gold.heldout.batch_tools import cue, write_batch

    text = "دعا الوزير إلى الاستقالة. وقال الوزير إن الوضع خطير."
    record = {"id": "t", "text": text, "published": "2017-01-01", "events": [],
              "claims": [{"speaker": ["الوزير"], "cue": cue(text, "قال"), "stance": "assert"}]}
    with pytest.raises(ValueError, match="cuts a word"):
        write_batch(str(tmp_path / "build.py"), "t.gold.jsonl", [record])
    record["claims"][0]["cue"] = cue(text, "قال", 2)
    write_batch(str(tmp_path / "build.py"), "t.gold.jsonl", [record])
    assert (tmp_path / "t.gold.jsonl").exists()


def test_never_used_boundary_agrees_with_the_heldout_readme():
    # The stance model trains on every batch below the boundary, so a boundary that runs ahead of the README would
    # train on batches still reported as never used.
    from rasd.eval.gold.heldout import FIRST_NEVER_USED

    readme = (GOLD / "heldout" / "README.md").read_text(encoding="utf-8")
    last = re.findall(r"\*\*Never used: (\d+)", readme)[-1]
    assert int(last) == FIRST_NEVER_USED
