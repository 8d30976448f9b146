"""Linking gate: the entities stage on the hand-linked mentions of the dev articles."""

from pathlib import Path

import pytest

from rasd.kb.evaluate import evaluate_links
from rasd.paths import shared_dir

GOLD = Path(__file__).parent / "data" / "dev_links.jsonl"
ARTICLES = shared_dir() / "eval" / "dev" / "dev.gold.jsonl"


@pytest.mark.skipif(not ARTICLES.exists(), reason="shared/eval not available")
def test_evaluate_dev_links_gate():
    s = evaluate_links(GOLD, ARTICLES)
    # The dev articles were looked at while building: this guards against regressions, it is no estimate.
    assert s["mentions"] == 225
    assert s["link_accuracy"] >= 0.97 and s["bcubed_f1"] >= 0.97, s["errors"]


NEWS = shared_dir() / "data" / "news"
NEWS_FILES = [NEWS / "saudinewsnet_2015-08-09_10_sample2000.jsonl", NEWS / "antcorpus_v1.1_jawharafm_sample2000.jsonl"]


@pytest.mark.skipif(not all(p.exists() for p in NEWS_FILES), reason="shared/data/news not available")
@pytest.mark.parametrize("name", ["heldout_links.jsonl", "heldout2_links.jsonl", "heldout3_links.jsonl"])
def test_evaluate_heldout_links_gate(name):
    s = evaluate_links(Path(__file__).parent / "data" / name, NEWS_FILES, use_dates=True)
    assert not [e for e in s["errors"] if e.startswith("articles not found")]
    assert s["link_accuracy"] >= 0.95 and s["bcubed_f1"] >= 0.95, s["errors"]


UNLABELED = [shared_dir() / "data" / "news" / "unlabeled" / n for n in ("saudinewsnet-full.jsonl.gz", "antcorpus-full.jsonl.gz")]


@pytest.mark.slow
@pytest.mark.skipif(not all(p.exists() for p in UNLABELED), reason="shared/data/news/unlabeled not available")
@pytest.mark.parametrize("name", ["heldout4_links.jsonl", "heldout5_links.jsonl"])
def test_evaluate_unlabeled_heldout_links_gate(name):
    s = evaluate_links(Path(__file__).parent / "data" / name, UNLABELED, use_dates=True)
    assert s["link_accuracy"] >= 0.92, s["errors"]
