"""Editorial-check flag rate on clean news, and a random sample of flags to review.

    python bench/checks_precision.py --limit 300 --sample 40 [--news FILE ...]

Prints flags per 1,000 words by kind and, for review, each sampled flag with
its context. Precision is judged by a person reading the sample.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter

from rasd.config import load_config
from rasd.document import Document
from rasd.paths import shared_data_dir
from rasd.pipeline import Pipeline

NEWS = [
    shared_data_dir() / "news" / "antcorpus_v1.1_jawharafm_sample2000.jsonl",
    shared_data_dir() / "news" / "saudinewsnet_2015-08-09_10_sample2000.jsonl",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--news", nargs="*", default=[str(p) for p in NEWS])
    ap.add_argument("--limit", type=int, default=300, help="articles per file")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--stages", nargs="*", help="run only these configured stages (default: the whole pipeline)")
    ap.add_argument("--json", dest="json_out", help="write every flag with context to this JSONL")
    args = ap.parse_args()
    config = load_config()
    stages = [n for n in config.pipeline if n in args.stages] if args.stages else config.pipeline
    nlp = Pipeline(stages, config)
    words = 0
    kinds: Counter = Counter()
    flags = []
    for path in args.news:
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= args.limit:
                    break
                art = json.loads(line)
                doc = nlp(Document(id=art["id"], text=art["text"]))
                words += len(re.findall(r"\w+", doc.text))
                for fl in doc.flags:
                    if fl.kind in ("typo", "merged-words"):
                        kinds[fl.kind] += 1
                        s = fl.spans[0]
                        ctx = doc.text[max(0, s.start - 40):s.end + 40].replace("\n", " ")
                        flags.append({"doc": doc.id, "kind": fl.kind, "word": doc.text[s.start:s.end],
                                      "suggestion": fl.suggestion, "confidence": fl.confidence, "context": ctx})
    print(f"{words} words; flags per 1,000 words: " + ", ".join(f"{k}={v * 1000 / words:.2f}" for k, v in kinds.items()))
    random.Random(args.seed).shuffle(flags)
    for fl in flags[: args.sample]:
        print(f"- [{fl['kind']}] {fl['word']} → {fl['suggestion']}  ({fl['confidence']})  …{fl['context']}…")
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as f:
            for fl in flags:
                f.write(json.dumps(fl, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
