"""Run the pipeline over many inputs, in this process or a process pool, order preserved.

Results are contract dicts (``Document.to_dict()``) or error records, so they
cross process boundaries as plain data. Each worker builds its pipeline once.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from rasd.config import Config, load_config
from rasd.document import Document
from rasd.errors import RasdError, error_record

Result = dict[str, Any]

_WORKER: dict[str, Any] = {}


def _init_worker(config_path: str | None) -> None:
    from rasd.pipeline import Pipeline

    _WORKER["pipeline"] = Pipeline.from_config(load_config(config_path))


def _run_one(item: Document | Result, pipeline: Any = None) -> Result:
    """One input through the pipeline; never raises."""
    if isinstance(item, dict):
        return item
    if pipeline is None:
        pipeline = _WORKER["pipeline"]
    try:
        doc = pipeline(item)
    except RasdError as exc:
        return exc.record(item.id)
    except Exception as exc:  # last resort: one article must not end the batch
        return error_record(item.id, "pipeline", f"{type(exc).__name__}: {exc}")
    out = doc.to_dict()
    out["_tokens"] = len(doc.tokens)  # for throughput figures; dropped before output
    return out


def run_batch(items: Iterable[Document | Result], *, config_path: str | Path | None = None,
              workers: int = 1, config: Config | None = None) -> Iterator[Result]:
    """Results for ``items`` in input order; ``workers > 1`` uses that many processes."""
    if workers <= 1:
        from rasd.pipeline import Pipeline

        pipeline = Pipeline.from_config(config or load_config(config_path))
        for item in items:
            yield _run_one(item, pipeline)
        return
    from rasd.pipeline import check_requirements
    from rasd.registry import stage_class

    # Fail on a bad config here, once, rather than in every worker.
    cfg = config or load_config(config_path)
    check_requirements([stage_class(n) for n in cfg.pipeline])
    workers = min(workers, os.cpu_count() or workers)
    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                             initargs=(str(config_path) if config_path else None,)) as pool:
        # Bounded look-ahead: a huge corpus is never read into memory at once.
        it = iter(items)
        window = workers * 8
        pending = [pool.submit(_run_one, x) for x in itertools.islice(it, window)]
        while pending:
            fut = pending.pop(0)
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(_run_one, nxt))
            yield fut.result()


def is_error(result: Result) -> bool:
    """True for the contract's failed-input record."""
    return "error" in result and "text" not in result


def public(result: Result) -> Result:
    """The result without rasd's private bookkeeping keys (``_tokens``)."""
    return {k: v for k, v in result.items() if not k.startswith("_")}
