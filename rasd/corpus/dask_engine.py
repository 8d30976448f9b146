"""Scale-out: the same stage chain mapped over partitions by ``dask.distributed``.

The driver reads inputs with the ordinary ingestion (so ids and error records
are exactly those of a single-process run), cuts them into partitions and
submits each to a worker. A worker builds the pipeline once per process, runs
it over its partition and writes one Parquet part per table: ``documents``
(one row per article: id, contract JSON, error) and one table per layer
(``mentions``, ``entities``, ``timexes``, ``events``, ``claims``, ``flags``,
``sentences``) keyed by ``doc_id``. The driver loads finished parts into the
store itself — the one writer. A failed article is an error row, never fatal;
a rerun skips ids already in the store or in ``out_dir``.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.config import Config, load_config
from rasd.document import Document
from rasd.errors import ConfigError, InputError, error_record

log = logging.getLogger(__name__)

LAYER_TABLES = ("sentences", "mentions", "entities", "timexes", "events", "claims", "flags")
PARQUET_EXT = (".parquet", ".pq")

# Per-worker-process pipeline cache: building stages loads models, so do it once.
_PIPELINES: dict[str, Any] = {}


@dataclass
class DaskRunResult:
    """What a run did: counts, the output folder, and the failed ids with reasons."""

    analysed: int = 0
    failed: int = 0
    skipped: int = 0
    stored: int = 0
    partitions: int = 0
    seconds: float = 0.0
    out_dir: str = ""
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("analysed", "failed", "skipped", "stored", "partitions",
                                               "seconds", "out_dir")} | {"errors": self.errors[:20]}


# ------------------------------------------------------------------ inputs
def iter_items(inputs: Iterable[str | Path], config: Config) -> Iterator[Document | dict[str, Any]]:
    """Documents or error records from files: Parquet read here, everything else by ``rasd.ingest``."""
    from rasd.ingest.sources import iter_inputs

    plain: list[str] = []
    for path in inputs:
        p = str(path)
        if p.lower().endswith(PARQUET_EXT):
            if plain:
                yield from iter_inputs(plain, config)
                plain = []
            yield from _parquet_items(Path(p), config)
        else:
            plain.append(p)
    if plain:
        yield from iter_inputs(plain, config)


def _parquet_items(path: Path, config: Config) -> Iterator[Document | dict[str, Any]]:
    """Rows of a Parquet file with the JSONL record columns (``text`` required), batch by batch."""
    import pyarrow.parquet as pq

    from rasd.ingest.records import document_from_record

    max_chars = int(config.section("ingest").get("max_chars", 2_000_000))
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for unreadable files
        yield error_record(path.stem, "ingest", f"{path}: not a readable Parquet file ({exc})")
        return
    n = 0
    for batch in pf.iter_batches(batch_size=1000):
        for rec in batch.to_pylist():
            n += 1
            fallback = f"{path.stem}-{n}"
            try:
                yield document_from_record(rec, fallback, f"{path}[{n}]", max_chars)
            except InputError as exc:
                rid = rec.get("id") if isinstance(rec, dict) else None
                yield exc.record(str(rid) if rid not in (None, "") else fallback)


def partitions(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of ``size`` items (the last may be shorter)."""
    part: list[Any] = []
    for item in items:
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


# ------------------------------------------------------------------ worker side
def _pipeline(config_data: dict[str, Any]):
    from rasd.pipeline import Pipeline

    key = json.dumps(config_data, sort_keys=True, default=str)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline.from_config(Config(config_data))
    return _PIPELINES[key]


def warm(config_data: dict[str, Any]) -> list[str]:
    """Build this worker's pipeline now (models loaded before any timing); return its stage names."""
    return list(_pipeline(config_data).names)


def analyse_partition(items: list[dict[str, Any]], config_data: dict[str, Any]) -> list[dict[str, Any]]:
    """Analyse one partition: document dicts (or error records) in, contract dicts or error records out."""
    nlp = _pipeline(config_data)
    out = []
    for item in items:
        if "error" in item:
            out.append(item)
            continue
        try:
            doc = Document.from_dict(item)
        except (KeyError, TypeError, ValueError) as exc:
            out.append(error_record(item.get("id"), "ingest", f"bad document record: {exc}"))
            continue
        res = next(iter(nlp.run_many([doc])))
        out.append(res if isinstance(res, dict) else res.to_dict())
    return out


def layer_rows(d: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows of each layer table for one contract dict (nested values as JSON strings)."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in LAYER_TABLES}
    for table in LAYER_TABLES:
        for i, item in enumerate(d.get(table) or []):
            row = {"doc_id": d["id"], "idx": i}
            for k, v in item.items():
                row[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
            rows[table].append(row)
    return rows


def write_partition(results: list[dict[str, Any]], out_dir: str, part: int) -> dict[str, Any]:
    """Write one partition's documents and layer tables as Parquet parts; return ids and errors."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    docs, tables = [], {t: [] for t in LAYER_TABLES}
    ok, errors = [], []
    for d in results:
        if "error" in d:
            err = d["error"] or {}
            docs.append({"id": str(d.get("id")), "doc_json": None, "error_stage": err.get("stage"),
                         "error_message": err.get("message")})
            errors.append(d)
            continue
        docs.append({"id": d["id"], "doc_json": json.dumps(d, ensure_ascii=False), "error_stage": None,
                     "error_message": None})
        ok.append(d["id"])
        for t, rows in layer_rows(d).items():
            tables[t].extend(rows)
    name = f"part-{part:06d}.parquet"
    _write(pa, pq, docs, Path(out_dir) / "documents" / name)
    for t, rows in tables.items():
        if rows:
            _write(pa, pq, rows, Path(out_dir) / t / name)
    return {"part": part, "path": str(Path(out_dir) / "documents" / name), "ok": ok, "errors": errors}


def _write(pa, pq, rows: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    pq.write_table(pa.Table.from_pylist(rows), tmp)
    os.replace(tmp, path)  # a part appears whole or not at all


def process_partition(items: list[dict[str, Any]], config_data: dict[str, Any], out_dir: str,
                      part: int) -> dict[str, Any]:
    """The worker task: analyse, then write the Parquet parts."""
    return write_partition(analyse_partition(items, config_data), out_dir, part)


# ------------------------------------------------------------------ driver side
def done_ids(out_dir: Path) -> set[str]:
    """Ids already analysed successfully in earlier runs into ``out_dir``."""
    import pyarrow.parquet as pq

    ids: set[str] = set()
    for p in sorted((out_dir / "documents").glob("part-*.parquet")):
        t = pq.read_table(p, columns=["id", "doc_json"])
        for i, j in zip(t.column("id").to_pylist(), t.column("doc_json").to_pylist(), strict=True):
            if j is not None:
                ids.add(i)
    return ids


def _next_part(out_dir: Path) -> int:
    parts = sorted((out_dir / "documents").glob("part-*.parquet"))
    return int(parts[-1].stem.split("-")[1]) + 1 if parts else 0


def load_part(path: str, store) -> int:
    """Put the analysed documents of one Parquet part into the store (the single writer)."""
    import pyarrow.parquet as pq

    t = pq.read_table(path, columns=["doc_json"])
    docs = (Document.from_dict(json.loads(j)) for j in t.column("doc_json").to_pylist() if j is not None)
    return store.put_many(docs)


def read_documents(out_dir: str | Path) -> list[dict[str, Any]]:
    """Every document row of an output folder as a contract dict or error record, in part order."""
    import pyarrow.parquet as pq

    out = []
    for p in sorted((Path(out_dir) / "documents").glob("part-*.parquet")):
        for row in pq.read_table(p).to_pylist():
            if row["doc_json"] is not None:
                out.append(json.loads(row["doc_json"]))
            else:
                out.append(error_record(row["id"], row["error_stage"], row["error_message"]))
    return out


def _check_stages(config: Config) -> None:
    """Fail before starting workers when a stage name is unknown or the order leaves requirements unmet."""
    from rasd.pipeline import check_requirements
    from rasd.registry import stage_class

    check_requirements([stage_class(n) for n in config.pipeline])


def _client(scheduler: str | None, workers: int):
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def run_dask(inputs: Iterable[str | Path], config: Config | None = None, db: str | Path | None = None,
             scheduler: str | None = None, workers: int = 2, out_dir: str | Path | None = None,
             partition_size: int = 50, max_in_flight: int | None = None) -> DaskRunResult:
    """Analyse ``inputs`` on Dask, write Parquet to ``out_dir`` and load the documents into ``db``.

    ``scheduler`` is a ``tcp://host:port`` address; without it a LocalCluster of
    ``workers`` processes runs here. Returns counts; failed articles are listed.
    """
    from dask.distributed import as_completed

    if workers < 1:
        raise ConfigError("--workers must be at least 1")
    config = config or load_config()
    _check_stages(config)
    out = Path(out_dir) if out_dir else Path(tempfile.mkdtemp(prefix="rasd-dask-"))
    out.mkdir(parents=True, exist_ok=True)
    store = None
    if db is not None:
        from rasd.store import Store

        store = Store(db)
    skip = done_ids(out)
    if store is not None:
        skip |= set(store.ids())
    result = DaskRunResult(out_dir=str(out))
    t0 = time.perf_counter()
    client, cluster = _client(scheduler, workers)
    try:
        config_data = config.data
        in_flight = max_in_flight or max(4, 3 * workers)
        part_no = _next_part(out)
        pending = as_completed()

        def todo() -> Iterator[dict[str, Any]]:
            for item in iter_items(inputs, config):
                doc_id = item.get("id") if isinstance(item, dict) else item.id
                if doc_id in skip:
                    result.skipped += 1
                    continue
                yield item if isinstance(item, dict) else item.to_dict()

        submitted: dict[Any, tuple[int, list[str]]] = {}

        def collect(fut) -> None:
            part, ids = submitted.pop(fut)
            try:
                info = fut.result()
            except Exception as exc:  # a worker died or the task broke: its articles become error records
                log.warning("partition %d failed: %s", part, exc)
                info = write_partition([error_record(i, "dask", f"partition {part} failed: {type(exc).__name__}: {exc}")
                                        for i in ids], str(out), part)
            result.analysed += len(info["ok"])
            result.failed += len(info["errors"])
            result.errors.extend(info["errors"])
            if store is not None:
                result.stored += load_part(info["path"], store)

        count = 0
        for part in partitions(todo(), partition_size):
            fut = client.submit(process_partition, part, config_data, str(out), part_no, pure=False)
            submitted[fut] = (part_no, [str(item.get("id")) for item in part])
            pending.add(fut)
            part_no += 1
            result.partitions += 1
            count += 1
            if count >= in_flight:  # bound memory: wait for one part before submitting more
                collect(next(pending))
                count -= 1
        for fut in pending:
            collect(fut)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        if store is not None:
            store.close()
    result.seconds = round(time.perf_counter() - t0, 3)
    return result


def run_from_cli(paths: list[str], config_path: Path | None, db: Path | None, engine: str, scheduler: str | None,
                 workers: int, out_dir: Path | None, json_out: bool) -> int:
    """``rasd analyze --engine dask``: run, print JSONL or a summary, return the exit status (1 if any failed)."""
    import sys

    from rasd.errors import RasdError

    if engine != "dask":
        print(f"rasd: error: unknown --engine {engine!r} (use local or dask)", file=sys.stderr)
        return 2
    if "-" in paths:
        print("rasd: error: --engine dask reads files, not standard input", file=sys.stderr)
        return 2
    try:
        res = run_dask(paths, load_config(config_path), db=db, scheduler=scheduler, workers=max(workers, 1),
                       out_dir=out_dir)
    except RasdError as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return 1
    for err in res.errors:
        e = err.get("error") or {}
        print(f"rasd: {err.get('id')}: {e.get('stage')}: {e.get('message')}", file=sys.stderr)
    if json_out:
        for d in read_documents(res.out_dir):
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    else:
        summary = res.to_dict()
        summary.pop("errors")
        print(json.dumps(summary), file=sys.stderr)
    return 1 if res.failed else 0
