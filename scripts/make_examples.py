#!/usr/bin/env python3
"""Rebuild ``examples/``: the seed article and a fixed sample of ANT corpus articles (Apache-2.0).

    python scripts/make_examples.py [--data ../shared/data] [--n 200]

The sample is deterministic: articles are ordered by a hash of their id within
each category, and categories are drawn in proportion to the corpus (at least
a few from each), so reruns give the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
KEEP = ("id", "source", "date", "url", "title", "category", "text")
ANT = "news/antcorpus_v1.1_jawharafm_sample2000.jsonl"


def _key(article_id: str) -> str:
    return hashlib.sha256(f"rasd-examples-v1:{article_id}".encode()).hexdigest()


def sample(rows: list[dict], n: int, min_per_category: int = 10) -> list[dict]:
    """``n`` articles spread over categories in proportion, chosen by a fixed hash, ordered by id."""
    by_cat: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_cat[row.get("category") or ""].append(row)
    total = len(rows)
    quota = {c: max(min_per_category, round(n * len(v) / total)) for c, v in by_cat.items()}
    while sum(quota.values()) > n:  # trim the largest category until the total is n
        quota[max(quota, key=quota.get)] -= 1
    picked = []
    for cat, items in sorted(by_cat.items()):
        picked += sorted(items, key=lambda r: _key(r["id"]))[: quota[cat]]
    return sorted(picked, key=lambda r: r["id"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--out", type=Path, default=REPO / "examples")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(args.data / "seed" / "seed-article.txt", args.out / "seed-article.txt")
    with open(args.data / ANT, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    chosen = sample([r for r in rows if (r.get("text") or "").strip()], args.n)
    with open(args.out / "ant-sample.jsonl", "w", encoding="utf-8") as fh:
        for row in chosen:
            fh.write(json.dumps({k: row.get(k) for k in KEEP}, ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} articles to {args.out / 'ant-sample.jsonl'} and the seed article")


if __name__ == "__main__":
    main()
