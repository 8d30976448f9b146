#!/usr/bin/env python3
"""Speed of the default NER stage alone (rasd.mentions.crf.v1, tagger and rules) in tokens/s, on one core.

    python bench/ner_speed.py [FILE.jsonl] [--limit N] [--repeat R]

Not a unit test. The documents are tokenised first (text and layout stages, not timed); the stage is
built and run once before timing (model loading is not counted); the best of R passes is reported,
since a shared machine's other load only ever slows a pass down. Each pass starts with the stage's per-form caches
(CRF features of a word form, name keys) empty, so repeating the same articles does not overstate the speed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasd.config import load_config  # noqa: E402
from rasd.document import Document  # noqa: E402
from rasd.pipeline import Pipeline  # noqa: E402
from rasd.registry import stage_class  # noqa: E402

NER_STAGE = "rasd.mentions.crf.v1"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(REPO / "examples" / "ant-sample.jsonl"))
    ap.add_argument("--limit", type=int, default=400, help="the first N articles")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    args = ap.parse_args()

    config = load_config()
    before = Pipeline.from_config(config, stages=["rasd.text.v1", "rasd.layout.v1"])
    with open(args.file, encoding="utf-8") as f:
        records = [json.loads(line) for line in itertools.islice(f, args.limit) if line.strip()]
    docs = [before(Document.from_dict({"id": r.get("id", str(n)), "text": r["text"]})) for n, r in enumerate(records)]
    stage = stage_class(NER_STAGE)(config)
    if docs:
        stage(docs[0])  # loads the model and resources
    tokens = sum(len(d.tokens) for d in docs)
    best = 0.0
    for _ in range(max(1, args.repeat)):
        # Each pass starts with the stage's per-form caches empty, as a batch of new articles would: a pass
        # over articles already seen would find every form cached and overstate the speed.
        stage.clear_caches()
        start = time.perf_counter()
        for d in docs:
            stage(d)
        best = max(best, tokens / max(time.perf_counter() - start, 1e-9))
    print(f"{NER_STAGE}: {len(docs)} articles, {tokens:,} tokens; best of {args.repeat}: {best:,.0f} tokens/s")


if __name__ == "__main__":
    main()
