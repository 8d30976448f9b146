"""Measure entity linking and in-article coreference against hand-annotated mention links.

Gold: JSONL rows ``{doc, start, end, text, label, kb, entity}`` (``kb`` null for a
real actor the KB lacks; ``entity`` names the real actor). The entities stage runs
on each article with the gold mentions, so only linking and coreference are scored:
link accuracy (NIL counts as a label), accuracy on linkable mentions, NIL
precision/recall, and B-cubed F1 of the entity clusters.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from rasd.config import Config, load_config
from rasd.document import Document, Mention, Meta
from rasd.stages.entities import EntitiesStage
from rasd.stages.text import TextStage


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    text = gzip.open(path, "rt", encoding="utf-8").read() if str(path).endswith(".gz") else path.read_text(encoding="utf-8")
    return [json.loads(ln) for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _bcubed(gold: dict[int, str], pred: dict[int, str]) -> tuple[float, float]:
    """B-cubed precision and recall of predicted clusters against gold clusters (one article)."""
    g_sets: dict[str, set[int]] = defaultdict(set)
    p_sets: dict[str, set[int]] = defaultdict(set)
    for i, k in gold.items():
        g_sets[k].add(i)
    for i, k in pred.items():
        p_sets[k].add(i)
    p = sum(len(g_sets[gold[i]] & p_sets[pred[i]]) / len(p_sets[pred[i]]) for i in gold)
    r = sum(len(g_sets[gold[i]] & p_sets[pred[i]]) / len(g_sets[gold[i]]) for i in gold)
    return p, r


def evaluate_links(gold_path: Path, articles_path: Path | list[Path], config: Config | None = None,
                   use_dates: bool = False) -> dict[str, Any]:
    """Scores of the entities stage on the gold mentions; articles (``id``, ``text``) come from ``articles_path``.

    Rows marked ``skip`` (tagger errors) stay in the document but are not scored.
    """
    config = config or load_config(overrides={"entities": {"user_kb": ""}})
    text_stage, stage = TextStage(config), EntitiesStage(config)
    gold_rows = _read_jsonl(gold_path)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in gold_rows:
        by_doc[r["doc"]].append(r)
    n = correct = linkable = linkable_ok = 0
    nil_pred = nil_gold = nil_both = 0
    bp = br = 0.0
    errors = []
    paths = articles_path if isinstance(articles_path, list) else [articles_path]
    for art in (a for p in paths for a in _read_jsonl(p)):
        rows = by_doc.pop(art["id"], None)
        if not rows:
            continue
        when = art.get("published") if isinstance(art.get("published"), str) else art.get("date")
        date = when[:10] if use_dates and isinstance(when, str) else None
        doc = Document(id=art["id"], text=art["text"], meta=Meta(declared_date=date))
        text_stage(doc)
        doc.mentions = [Mention(r["start"], r["end"], label=r["label"]) for r in rows]
        stage(doc)
        gold_c, pred_c = {}, {}
        for i, (r, m) in enumerate(zip(rows, doc.mentions, strict=True)):
            if r.get("skip"):
                continue
            ent = doc.entity(m.entity)
            pred_kb = ent.kb if ent else None
            n += 1
            correct += pred_kb == r["kb"]
            if r["kb"] is not None:
                linkable += 1
                linkable_ok += pred_kb == r["kb"]
            nil_gold += r["kb"] is None
            nil_pred += pred_kb is None
            nil_both += r["kb"] is None and pred_kb is None
            if pred_kb != r["kb"]:
                errors.append(f"{art['id']}: {r['text']} gold={r['kb']} pred={pred_kb}")
            gold_c[i], pred_c[i] = r["entity"], m.entity or f"none{i}"
        p, rec = _bcubed(gold_c, pred_c)
        bp, br = bp + p, br + rec
    if by_doc:
        errors.append(f"articles not found: {', '.join(sorted(by_doc))}")
    b_p, b_r = (bp / n, br / n) if n else (0.0, 0.0)
    return {
        "mentions": n,
        "link_accuracy": round(correct / n, 4) if n else 0.0,
        "linkable_accuracy": round(linkable_ok / linkable, 4) if linkable else 0.0,
        "linkable": linkable,
        "nil_precision": round(nil_both / nil_pred, 4) if nil_pred else 0.0,
        "nil_recall": round(nil_both / nil_gold, 4) if nil_gold else 0.0,
        "bcubed_f1": round(2 * b_p * b_r / (b_p + b_r), 4) if b_p + b_r else 0.0,
        "errors": errors,
    }
