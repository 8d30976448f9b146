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
