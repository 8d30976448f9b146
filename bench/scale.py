"""Dask scale-out throughput: articles/s with 1 and 2 workers, peak memory per worker, a cluster projection.

    .venv/bin/python bench/scale.py [JSONL] [--n 2000] [--workers 1 2] [--partition 50] [--json]

For each worker count a LocalCluster (one thread per worker process) is started,
every worker builds the pipeline once (warm-up, not timed), then the articles
are analysed through ``run_dask`` into Parquet (no database: the single store
writer is not what scales). Reported: wall time, articles/s, speed-up over one
worker, peak RSS per worker, and the machine's load average (other users of the
CPU lower the figures; ``--repeat`` runs each count several times in mirrored order
and keeps the best). The projection assumes throughput grows linearly with
workers at the measured per-worker efficiency.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasd.config import load_config  # noqa: E402
from rasd.corpus.dask_engine import run_dask, warm  # noqa: E402

DEFAULT = "../shared/data/news/saudinewsnet_2015-08-09_10_sample2000.jsonl"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _cpu_seconds() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def measure(src: Path, workers: int, partition: int, config) -> dict:
    """One timed run on a warm LocalCluster of ``workers`` processes."""
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    try:
        client.run(warm, config.data)  # warm-up: every worker loads its models once
        with tempfile.TemporaryDirectory(prefix="rasd-scale-") as out:
            load = os.getloadavg()[0]
            cpu0 = sum(client.run(_cpu_seconds).values())
            driver0 = _cpu_seconds()
            t0 = time.perf_counter()
            res = run_dask([src], config, db=None, scheduler=cluster.scheduler_address, workers=workers,
                           out_dir=out, partition_size=partition)
            secs = time.perf_counter() - t0
            driver = _cpu_seconds() - driver0
        cpu = sum(client.run(_cpu_seconds).values()) - cpu0
        rss = client.run(_peak_rss_mb)
    finally:
        client.close()
        cluster.close()
    n = res.analysed + res.failed
    return {"workers": workers, "articles": n, "failed": res.failed, "seconds": round(secs, 2),
            "articles_per_s": round(n / secs, 2), "peak_rss_mb_per_worker": round(max(rss.values()), 1),
            # Worker CPU per article: flat across worker counts means the engine adds no overhead and any
            # shortfall in speed-up is CPU the workers did not get (other processes on the machine).
            "worker_cpu_ms_per_article": round(1000 * cpu / max(n, 1), 1),
            "worker_cpu_share": round(cpu / (secs * workers), 2),
            # Reading inputs, dispatching, and the LocalCluster scheduler all run in this process.
            "driver_cpu_share": round(driver / secs, 2),
            "load_before": round(load, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("jsonl", nargs="?", default=DEFAULT)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--partition", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=1,
                    help="Runs per worker count, in mirrored order (1 2 2 1 …) so drifting load hits both; best kept")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    config = load_config()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with open(args.jsonl, encoding="utf-8") as fh:
            src.write_text("".join(islice(fh, args.n)), encoding="utf-8")
        order = []
        for r in range(args.repeat):
            order += args.workers if r % 2 == 0 else list(reversed(args.workers))
        all_runs = [measure(src, w, args.partition, config) for w in order]
    # Other users of the CPU only slow a run down: the best run per worker count is the least disturbed.
    runs = [max((r for r in all_runs if r["workers"] == w), key=lambda r: r["articles_per_s"]) for w in args.workers]
    for r in runs:
        r["all_articles_per_s"] = [x["articles_per_s"] for x in all_runs if x["workers"] == r["workers"]]
    base = runs[0]["articles_per_s"] / runs[0]["workers"]
    for r in runs:
        r["speedup"] = round(r["articles_per_s"] / runs[0]["articles_per_s"], 2)
        r["efficiency"] = round(r["articles_per_s"] / (base * r["workers"]), 2)
    best = runs[-1]
    per_worker = best["articles_per_s"] / best["workers"]
    eff = min(1.0, best["efficiency"])
    projection = {f"{w}_workers": {"articles_per_s": round(per_worker * w * eff, 1),
                                   "hours_per_million": round(1e6 / (per_worker * w * eff) / 3600, 2),
                                   "memory_gb": round(best["peak_rss_mb_per_worker"] * w / 1024, 1)}
                  for w in (8, 32, 128)}
    out = {"pipeline": config.pipeline, "cpus": os.cpu_count(), "runs": runs, "projection": projection}
    if args.json:
        print(json.dumps(out))
        return
    print(f"pipeline: {', '.join(config.pipeline)}  (cpus: {os.cpu_count()})")
    for r in runs:
        print(f"{r['workers']} worker(s): {r['articles']} articles in {r['seconds']} s = {r['articles_per_s']} art/s, "
              f"speed-up {r['speedup']}x, peak RSS/worker {r['peak_rss_mb_per_worker']} MB, "
              f"worker CPU {r['worker_cpu_ms_per_article']} ms/article ({r['worker_cpu_share']:.0%} of wall), "
              f"driver {r['driver_cpu_share']:.0%} of a core, "
              f"load before {r['load_before']}")
    for k, v in projection.items():
        print(f"projection {k}: {v['articles_per_s']} art/s, {v['hours_per_million']} h per million articles, "
              f"~{v['memory_gb']} GB RAM")


if __name__ == "__main__":
    main()
