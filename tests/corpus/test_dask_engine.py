"""The Dask engine gives the single-process results, keeps failures as records, skips done ids."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest

from rasd.config import load_config
from rasd.corpus.dask_engine import iter_items, partitions, read_documents, run_dask
from rasd.pipeline import Pipeline

SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "data" / "news" / "saudinewsnet_2015-08-09_10_sample2000.jsonl"

TEXTS = [
    "قال وزير الخارجية إن المحادثات كانت مثمرة. وأضاف أن الجانبين اتفقا على مواصلة الحوار.",
    "أعلنت وزارة الصحة تسجيل حالات جديدة في الرياض. ودعت المواطنين إلى الحذر.",
    "ارتفعت أسعار النفط اليوم. وتوقع محللون استمرار الصعود.",
]


def _single(paths, config):
    nlp = Pipeline.from_config(config)
    return [d if isinstance(d, dict) else d.to_dict() for d in nlp.run_many(iter_items(paths, config))]


def _write_jsonl(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"a{i}", "text": TEXTS[i % 3] + f" الرقم {i}.", "date": "2015-08-09",
                                 "source": "test"}, ensure_ascii=False) + "\n")
        fh.write('{"id": "bad", "text": ""}\n')
        fh.write("not json\n")
    return path


def test_partitions_cut_in_order():
    assert [len(p) for p in partitions(range(7), 3)] == [3, 3, 1]


def test_dask_engine_equals_single_process_and_keeps_failures(tmp_path):
    config = load_config(overrides={"pipeline": {"stages": ["rasd.text.v1"]}})
    src = _write_jsonl(tmp_path / "in.jsonl", 9)
    res = run_dask([src], config, db=tmp_path / "r.db", workers=2, out_dir=tmp_path / "out", partition_size=4)
    assert res.analysed == 9 and res.failed == 2 and res.stored == 9
    assert read_documents(tmp_path / "out") == _single([src], config)
    assert (tmp_path / "out" / "sentences").is_dir()

    from rasd.store import Store

    with Store(tmp_path / "r.db") as st:
        assert len(st) == 9
    again = run_dask([src], config, db=tmp_path / "r.db", workers=1, out_dir=tmp_path / "out")
    assert again.skipped == 9 and again.analysed == 0


def test_dask_engine_reads_parquet(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    config = load_config(overrides={"pipeline": {"stages": ["rasd.text.v1"]}})
    rows = [{"id": f"p{i}", "text": t, "date": "2015-08-10"} for i, t in enumerate(TEXTS)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    res = run_dask([tmp_path / "in.parquet"], config, workers=1, out_dir=tmp_path / "out")
    assert res.analysed == 3
    assert [d["id"] for d in read_documents(tmp_path / "out")] == ["p0", "p1", "p2"]


@pytest.mark.slow
def test_dask_engine_equals_single_process_on_100_news_articles(tmp_path):
    if not SAMPLE.exists():
        pytest.skip("shared/data not available")
    src = tmp_path / "news100.jsonl"
    with SAMPLE.open(encoding="utf-8") as fh:
        src.write_text("".join(islice(fh, 100)), encoding="utf-8")
    config = load_config()
    res = run_dask([src], config, workers=2, out_dir=tmp_path / "out")
    assert res.analysed + res.failed == 100
    assert read_documents(tmp_path / "out") == _single([src], config)


def test_dask_engine_failed_partition_becomes_error_records(tmp_path, monkeypatch):
    import rasd.corpus.dask_engine as eng

    config = load_config(overrides={"pipeline": {"stages": ["rasd.text.v1"]}})
    src = _write_jsonl(tmp_path / "in.jsonl", 3)

    def broken(*args, **kwargs):
        raise RuntimeError("worker lost")

    monkeypatch.setattr(eng, "process_partition", broken)
    res = run_dask([src], config, workers=1, out_dir=tmp_path / "out", scheduler=None)
    assert res.analysed == 0 and res.failed == 5
    assert all(d["error"]["stage"] == "dask" for d in read_documents(tmp_path / "out"))


def test_dask_engine_unknown_stage_fails_before_starting(tmp_path):
    from rasd.errors import ConfigError

    config = load_config(overrides={"pipeline": {"stages": ["rasd.nope.v1"]}})
    with pytest.raises(ConfigError):
        run_dask([_write_jsonl(tmp_path / "in.jsonl", 1)], config, workers=1, out_dir=tmp_path / "out")


def test_dask_engine_runs_against_a_scheduler_address(tmp_path):
    from dask.distributed import LocalCluster

    config = load_config(overrides={"pipeline": {"stages": ["rasd.text.v1"]}})
    src = _write_jsonl(tmp_path / "in.jsonl", 4)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        res = run_dask([src], config, scheduler=cluster.scheduler_address, out_dir=tmp_path / "out")
    assert res.analysed == 4 and res.failed == 2
    assert read_documents(tmp_path / "out") == _single([src], config)
