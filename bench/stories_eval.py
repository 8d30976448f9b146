"""Story clusters against hand-labelled article pairs (ids only; SaudiNewsNet two-day sample).

    .venv/bin/python bench/stories_eval.py --db FILE [--threshold 0.45] [--window 3]

``bench/data/snn_story_pairs.jsonl``: 60 pairs sampled at random from three
TF-IDF cosine bands (0.25–0.4, 0.4–0.55, 0.55–0.75: the borderline cases),
labelled by hand from title and lead: ``same_story`` is true when both report
the same event or its direct follow-up/reactions (lenient, story level). The
store at ``--db`` must hold the sample analysed by ``rasd analyze``; the clusters
are rebuilt there with the given settings, then pair precision/recall reported.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.corpus.stories import cluster_store  # noqa: E402
from rasd.store import Store  # noqa: E402

PAIRS = Path(__file__).resolve().parent / "data" / "snn_story_pairs.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--threshold", type=float, default=0.45)
    ap.add_argument("--window", type=int, default=3)
    args = ap.parse_args()
    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    with Store(args.db) as store:
        res = cluster_store(store, threshold=args.threshold, window_days=args.window, rebuild=True)
        member = dict(store.conn.execute("SELECT doc_id, cluster_id FROM corpus_cluster_members"))
    missing = [p for p in pairs if p["a"] not in member or p["b"] not in member]
    pairs = [p for p in pairs if p not in missing]
    tp = sum(1 for p in pairs if p["same_story"] and member[p["a"]] == member[p["b"]])
    fp = sum(1 for p in pairs if not p["same_story"] and member[p["a"]] == member[p["b"]])
    fn = sum(1 for p in pairs if p["same_story"] and member[p["a"]] != member[p["b"]])
    sizes = list(dict.fromkeys(member.values()))
    print(json.dumps({"threshold": args.threshold, "window": args.window, "articles": res["articles"],
                      "clusters": len(sizes), "pairs": len(pairs), "missing": len(missing),
                      "precision": round(tp / (tp + fp), 3) if tp + fp else None,
                      "recall": round(tp / (tp + fn), 3) if tp + fn else None,
                      "accuracy": round((len(pairs) - fp - fn) / len(pairs), 3) if pairs else None}))


if __name__ == "__main__":
    main()
