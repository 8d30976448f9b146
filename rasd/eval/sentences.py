"""Sentence-level event detection: does rasd find an event of a given code in a sentence?

The measure the event-data community uses for sentence-annotated news (is there an
ASSAULT here, a PROTEST?): per code, precision, recall and F1 over sentences, each
sentence analysed on its own as a short text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rasd.eval.scoring import Counts


def score_sentences(golds: Iterable[dict[str, Any]], predicted: dict[str, set[str]],
                    codes: Iterable[str]) -> dict[str, Any]:
    """Per code: P/R/F1 of "the sentence reports an event of this code", plus the ids missed and
    wrongly flagged. ``golds`` are ``{"id", "text", "codes"}`` records; ``predicted`` maps ids to codes."""
    golds = list(golds)
    out: dict[str, Any] = {"sentences": len(golds)}
    for code in codes:
        gold_ids = {g["id"] for g in golds if code in g.get("codes", [])}
        pred_ids = {g["id"] for g in golds if code in predicted.get(g["id"], set())}
        c = Counts()
        c.add(len(gold_ids & pred_ids), len(pred_ids), len(gold_ids))
        out[code] = {**c.prf(), "missed": sorted(gold_ids - pred_ids), "false": sorted(pred_ids - gold_ids)}
    return out
