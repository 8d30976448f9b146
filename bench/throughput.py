#!/usr/bin/env python3
"""Throughput of the default pipeline over a news JSONL: articles/s, tokens/s, peak RSS.

    python bench/throughput.py [FILE.jsonl] [--limit N] [--workers N] [--json OUT.json]

Not a unit test. Ingestion (JSON parsing) is included in the timing, pipeline
construction (model loading) is timed separately. Peak RSS is this process's
(and, with --workers, its largest child's) maximum resident set size.
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasd.batch import is_error, run_batch  # noqa: E402
from rasd.config import load_config  # noqa: E402
from rasd.ingest import iter_inputs  # noqa: E402


def _peak_rss_mb() -> tuple[float, float]:
    """(this process, largest finished child) peak RSS in MB (Linux reports KiB)."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / (1024 * 1024)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return round(own, 1), round(kids, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(REPO / "examples" / "ant-sample.jsonl"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--config", default=None)
    ap.add_argument("--json", dest="json_out", default=None, help="write the result as JSON here")
    args = ap.parse_args()

    config = load_config(args.config)
    t0 = time.perf_counter()
    if args.workers <= 1:
        from rasd.pipeline import Pipeline

        Pipeline.from_config(config)  # warm: load models once outside the timed loop
    load_s = time.perf_counter() - t0

    items = iter_inputs([args.file], config)
    if args.limit:
        items = itertools.islice(items, args.limit)
    docs = errors = tokens = chars = 0
    t1 = time.perf_counter()
    for r in run_batch(items, config_path=args.config, workers=args.workers, config=config):
        if is_error(r):
            errors += 1
            continue
        docs += 1
        tokens += r.get("_tokens", 0)
        chars += len(r["text"])
    secs = time.perf_counter() - t1
    own, kids = _peak_rss_mb()
    result = {
        "file": args.file, "workers": args.workers, "pipeline": config.pipeline,
        "documents": docs, "errors": errors, "tokens": tokens, "chars": chars,
        "seconds": round(secs, 3), "load_seconds": round(load_s, 3),
        "articles_per_s": round(docs / secs, 2) if secs else None,
        "tokens_per_s": round(tokens / secs, 1) if secs else None,
        "peak_rss_mb": own, "peak_rss_child_mb": kids,
        "python": platform.python_version(), "machine": platform.machine(),
    }
    print(f"{docs} articles ({errors} errors), {tokens:,} tokens in {secs:.2f}s "
          f"(+{load_s:.2f}s loading) → {result['articles_per_s']} articles/s, "
          f"{result['tokens_per_s']:,} tokens/s; peak RSS {own} MB" + (f" (child {kids} MB)" if kids else ""))
    if args.json_out:
        Path(args.json_out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json_out).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
