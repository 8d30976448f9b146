"""Near-duplicate grouping measured against exact word-5-gram Jaccard.

    .venv/bin/python bench/dedup_eval.py [JSONL] [--accept 0.7] [--json]

Reports: groups of identical texts found (all must be), the share of article
pairs with exact Jaccard >= 0.8 that land in one group (recall, target >= 90 %),
and the share of grouped pairs whose exact Jaccard is below 0.5 (target <= 2 %).
Exact Jaccard is computed for every pair sharing a shingle, via an inverted index.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.corpus.dedup import find_duplicates  # noqa: E402
from rasd.corpus.shingles import shingles  # noqa: E402

DEFAULT = "../shared/data/news/saudinewsnet_2015-08-09_10_sample2000.jsonl"


def exact_pairs(sets: dict[str, frozenset[int]], floor: float = 0.5) -> dict[tuple[str, str], float]:
    """Every pair with exact Jaccard >= ``floor`` (pairs sharing no shingle have Jaccard 0)."""
    postings: dict[int, list[str]] = defaultdict(list)
    for doc_id, sh in sets.items():
        for h in sh:
            postings[h].append(doc_id)
    inter: Counter = Counter()
    for ids in postings.values():
        if len(ids) > 1:
            for a, b in combinations(sorted(ids), 2):
                inter[(a, b)] += 1
    out = {}
    for (a, b), n in inter.items():
        j = n / (len(sets[a]) + len(sets[b]) - n)
        if j >= floor:
            out[(a, b)] = j
    return out


def evaluate(rows: list[dict], accept: float) -> dict:
    """The three figures of the dedup target, plus counts."""
    t0 = time.perf_counter()
    groups = find_duplicates(rows, accept=accept)
    seconds = time.perf_counter() - t0
    group_of = {m: g.group for g in groups for m in g.members}
    sets = {str(r["id"]): shingles(r.get("text") or "") for r in rows}
    high = exact_pairs(sets, floor=0.5)

    # Identical texts: every group of byte-identical texts must sit inside one found group.
    by_text: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        by_text[r.get("text") or ""].append(str(r["id"]))
    identical = [ids for ids in by_text.values() if len(ids) > 1]
    identical_found = sum(1 for ids in identical if len({group_of.get(i) for i in ids}) == 1 and ids[0] in group_of)

    pairs08 = [p for p, j in high.items() if j >= 0.8]
    together = sum(1 for a, b in pairs08 if a in group_of and group_of.get(a) == group_of.get(b))
    grouped_pairs = [(a, b) for g in groups for a, b in combinations(sorted(g.members), 2)]
    below = [(a, b) for a, b in grouped_pairs if high.get((a, b), 0.0) < 0.5]
    return {
        "articles": len(rows), "groups": len(groups), "grouped_articles": len(group_of),
        "identical_groups": len(identical), "identical_found": identical_found,
        "pairs_j>=0.8": len(pairs08), "pairs_j>=0.8_grouped": together,
        "recall_j>=0.8": round(together / len(pairs08), 4) if pairs08 else 1.0,
        "grouped_pairs": len(grouped_pairs), "grouped_pairs_j<0.5": len(below),
        "share_below_0.5": round(len(below) / len(grouped_pairs), 4) if grouped_pairs else 0.0,
        "dedup_seconds": round(seconds, 2), "accept": accept,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl", nargs="?", default=DEFAULT)
    ap.add_argument("--accept", type=float, default=0.7, help="Jaccard needed to accept an LSH candidate")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with open(args.jsonl, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    res = evaluate(rows, args.accept)
    if args.json:
        print(json.dumps(res))
        return
    for k, v in res.items():
        print(f"{k:24} {v}")
    ok = (res["identical_found"] == res["identical_groups"] and res["recall_j>=0.8"] >= 0.9
          and res["share_below_0.5"] <= 0.02)
    print("target met" if ok else "target NOT met")


if __name__ == "__main__":
    main()
